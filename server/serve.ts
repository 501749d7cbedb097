/**
 * `npm run serve`: the compiled production server alone (no build, migration or seeding; see
 * `npm start` for those).
 */
import { startServer } from "./index";

process.env.NODE_ENV = "production";
await startServer({ production: true });
