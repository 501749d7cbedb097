import { describe, expect, it } from "vitest";
import { DEFAULT_DATABASE_URL, resolveDatabaseTarget } from "./database-url";

describe("resolveDatabaseTarget", () => {
  it("defaults to a SQLite file under ./data, resolved against the project root", () => {
    expect(resolveDatabaseTarget(undefined, "/srv/pasar")).toEqual({
      provider: "sqlite",
      url: "file:/srv/pasar/data/pasar-kampung.db",
      filePath: "/srv/pasar/data/pasar-kampung.db",
    });
    expect(DEFAULT_DATABASE_URL).toBe("file:./data/pasar-kampung.db");
  });

  it("recognises PostgreSQL URLs", () => {
    expect(resolveDatabaseTarget("postgresql://u:p@db/pasar").provider).toBe("postgresql");
    expect(resolveDatabaseTarget("postgres://u:p@db/pasar").provider).toBe("postgresql");
  });

  it("refuses anything else with a message naming the value", () => {
    expect(() => resolveDatabaseTarget("mysql://db/pasar")).toThrow(/mysql:\/\/db\/pasar/);
  });
});
