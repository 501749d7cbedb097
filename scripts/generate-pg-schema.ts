/** Regenerates prisma/postgres/schema.prisma from prisma/schema.prisma. */
import { POSTGRES_SCHEMA, writePostgresSchema } from "./lib/pg-schema";

console.log(
  writePostgresSchema() ? `Wrote ${POSTGRES_SCHEMA}` : `${POSTGRES_SCHEMA} is up to date`,
);
