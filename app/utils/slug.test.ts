import { describe, expect, it } from "vitest";
import { slugify } from "./slug";

describe("slugify", () => {
  it("makes readable ASCII slugs", () => {
    expect(slugify("Kue Bagiak Mbok Sri")).toBe("kue-bagiak-mbok-sri");
    expect(slugify("  Batik & Tenun — Gajah Oling! ")).toBe("batik-dan-tenun-gajah-oling");
    expect(slugify("Kopi Lanang (250 g)")).toBe("kopi-lanang-250-g");
    expect(slugify("Café Osing")).toBe("cafe-osing");
  });
});
