import { describe, expect, it } from "vitest";
import { isLiteRequest } from "./lite";

describe("data-saving mode", () => {
  it.each([
    [{}, false],
    [{ saveData: "on" }, true],
    [{ saveData: "On " }, true],
    [{ saveData: "off" }, false],
    [{ cookie: "lang=en; hemat=1" }, true],
    [{ cookie: "hemat=0", saveData: "on" }, false],
    [{ cookie: "hemat=1", saveData: "off" }, true],
    [{ cookie: "tidakhemat=1" }, false],
  ])("%o → %s", (headers, lite) => {
    expect(isLiteRequest(headers)).toBe(lite);
  });
});
