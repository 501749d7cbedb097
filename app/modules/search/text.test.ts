import { describe, expect, it } from "vitest";
import { boundedEditDistance, highlightTitle, tokenize, typoBudget } from "./text";

describe("search text helpers", () => {
  it("tokenizes into lower-case ASCII words", () => {
    expect(tokenize("Oleh-oleh Kopi Osing, 250 g")).toEqual([
      "oleh",
      "oleh",
      "kopi",
      "osing",
      "250",
      "g",
    ]);
    expect(tokenize("Café  Kémiren")).toEqual(["cafe", "kemiren"]);
  });

  it("allows one typo from 4 letters and two from 8", () => {
    expect([
      typoBudget("kue"),
      typoBudget("batk"),
      typoBudget("robusta"),
      typoBudget("klanceng"),
    ]).toEqual([0, 1, 1, 2]);
  });

  it("measures edit distance up to a bound", () => {
    expect(boundedEditDistance("kripik", "keripik", 2)).toBe(1);
    expect(boundedEditDistance("batk", "batik", 1)).toBe(1);
    expect(boundedEditDistance("pindng", "pindang", 1)).toBe(1);
    expect(boundedEditDistance("kopi", "kopi", 1)).toBe(0);
    expect(boundedEditDistance("kopi", "madu", 2)).toBe(3); // beyond the bound: bound + 1
    expect(boundedEditDistance("ab", "abcdef", 2)).toBe(3);
  });

  it("marks matched words of a title, keeping its exact text", () => {
    expect(highlightTitle("Batik Tulis Gajah Oling", new Set(["gajah", "oling"]))).toEqual([
      { text: "Batik Tulis ", match: false },
      { text: "Gajah", match: true },
      { text: " ", match: false },
      { text: "Oling", match: true },
    ]);
  });
});
