import { redirect } from "@remix-run/node";
import { describe, expect, it } from "vitest";
import { readToast, redirectWithToast, withToast, type Toast } from "./flash.server";

/** The next request's Cookie header, as a browser sends back what `response` set. */
function cookieFrom(response: Response): string {
  const set = response.headers.get("Set-Cookie") ?? "";
  return set.split(";")[0]!;
}

function requestWith(cookie?: string) {
  return new Request("http://localhost/pesanan/PK-7Q2M9X", {
    headers: cookie ? { Cookie: cookie } : {},
  });
}

/** A value shaped like the flash cookie's, from any payload. */
function encoded(payload: unknown) {
  return `pk_flash=${encodeURIComponent(btoa(JSON.stringify(payload)))}`;
}

describe("redirectWithToast", () => {
  it("redirects and sets a short-lived, script-proof cookie holding the toast", async () => {
    const response = await redirectWithToast("/pesanan/PK-7Q2M9X", {
      kind: "success",
      key: "order.placed",
    });
    expect(response.status).toBe(302);
    expect(response.headers.get("Location")).toBe("/pesanan/PK-7Q2M9X");
    const set = response.headers.get("Set-Cookie") ?? "";
    expect(set).toMatch(/^pk_flash=[^;]+/);
    expect(set).toContain("Max-Age=60");
    expect(set).toContain("Path=/");
    expect(set).toContain("HttpOnly");
    expect(set).toContain("SameSite=Lax");
    // The address stays clean: the toast is not in the URL.
    expect(response.headers.get("Location")).not.toContain("?");
  });

  it("keeps the cookies a response already sets, e.g. one that ends a session", async () => {
    const response = redirect("/privasi", { headers: { "Set-Cookie": "sesi=; Max-Age=0" } });
    await withToast(response, { kind: "success", key: "privacy.erased" });
    const cookies = response.headers.getSetCookie();
    expect(cookies).toHaveLength(2);
    expect(cookies[0]).toBe("sesi=; Max-Age=0");
    expect(cookies[1]).toMatch(/^pk_flash=/);
  });
});

describe("readToast", () => {
  it.each<[string, Toast]>([
    ["a message key with values", { kind: "success", key: "editor.saved", values: { n: 2 } }],
    ["a refusal already in the reader's language", { kind: "error", message: "Period invalid" }],
  ])("reads back %s, with the header that clears it", async (_, toast) => {
    const response = await redirectWithToast("/kelola/s1/laporan", toast);
    const { toast: read, clear } = await readToast(requestWith(cookieFrom(response)));
    expect(read).toEqual(toast);
    expect(clear).toMatch(/^pk_flash=;/);
    expect(clear).toContain("Max-Age=0");
    expect(clear).toContain("Path=/");
  });

  it("finds the toast among other cookies", async () => {
    const response = await redirectWithToast("/", { kind: "success", key: "order.placed" });
    const cookie = `lang=en; ${cookieFrom(response)}; sesi=abc`;
    expect((await readToast(requestWith(cookie))).toast).toEqual({
      kind: "success",
      key: "order.placed",
    });
  });

  it("has nothing to show or clear without the cookie", async () => {
    expect(await readToast(requestWith())).toEqual({ toast: null, clear: null });
    expect(await readToast(requestWith("lang=id; sesi=abc"))).toEqual({
      toast: null,
      clear: null,
    });
  });

  it.each([
    ["garbage", "pk_flash=%%%not-base64%%%"],
    ["an empty value", "pk_flash="],
    ["bytes cut off", "pk_flash=eyJraW5kIjoic3VjY2Vzcy"],
    ["a kind no page shows", encoded({ kind: "info", message: "Halo" })],
    ["neither a key nor a message of the right type", encoded({ kind: "error", message: 42 })],
    ["a message longer than any toast", encoded({ kind: "error", message: "x".repeat(501) })],
    ["not an object", encoded(["success", "order.placed"])],
    // Well formed but not signed by this site: another site cannot put words on our pages.
    [
      "a well-formed toast without the site's signature",
      encoded({ kind: "error", message: "Hai" }),
    ],
  ])("shows no toast for %s, and still clears the cookie", async (_, cookie) => {
    const { toast, clear } = await readToast(requestWith(cookie));
    expect(toast).toBeNull();
    expect(clear).toContain("Max-Age=0");
  });

  it("shows no toast for a cookie whose bytes were changed", async () => {
    const response = await redirectWithToast("/", { kind: "success", key: "order.placed" });
    const cookie = cookieFrom(response);
    const value = decodeURIComponent(cookie.slice("pk_flash=".length));
    // One character of the JSON's opening changed: it no longer decodes.
    const tampered = `pk_flash=${encodeURIComponent(`A${value.slice(1)}`)}`;
    expect(tampered).not.toBe(cookie);
    expect((await readToast(requestWith(tampered))).toast).toBeNull();
  });
});
