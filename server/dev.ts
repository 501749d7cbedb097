import { startServer } from "./index";

await startServer({ production: false });
