import { parseWithZod } from "@conform-to/zod/v4";
import { redirect } from "@remix-run/node";
import { describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { DomainError, type DomainErrorCode } from "~/utils/errors";
import { LOCALE_COOKIE } from "~/utils/i18n";
import {
  domainErrorResponse,
  firstFormMessage,
  formReply,
  invalidForm,
  withDomainErrors,
  type DomainFailure,
} from "./errors.server";

/** A request as a reader sends it: Indonesian by default, English with the language cookie. */
function requestIn(locale?: "id" | "en", cookie?: string) {
  const headers = new Headers();
  const value = cookie ?? (locale ? `${LOCALE_COOKIE}=${locale}` : undefined);
  if (value) headers.set("Cookie", value);
  return new Request("http://localhost/akun", { method: "POST", headers });
}

/** What `data(body, init)` carries, read back for an assertion. */
function sent(value: unknown) {
  const { data, init } = value as { data: unknown; init: ResponseInit | null };
  return { data, status: init?.status, headers: new Headers(init?.headers) };
}

/** The answer of an action whose command fails with `error`, replying with the failure itself. */
async function refusal(error: unknown, request = requestIn()) {
  return sent(
    await withDomainErrors(
      request,
      () => Promise.reject(error),
      (failure) => failure,
    ),
  );
}

const SignUpSchema = z.object({
  name: z.string({ error: "Nama wajib diisi" }).min(2, { error: "Nama minimal 2 huruf" }),
  password: z.string({ error: "Kata sandi wajib diisi" }),
  currentPassword: z.string().optional(),
});

function submissionOf(fields: Record<string, string>) {
  const formData = new FormData();
  for (const [name, value] of Object.entries(fields)) formData.set(name, value);
  return parseWithZod(formData, { schema: SignUpSchema });
}

describe("withDomainErrors", () => {
  it("returns the command's own answer when nothing is refused", async () => {
    const reply = vi.fn();
    const answer = await withDomainErrors(requestIn(), async () => ({ saved: true }), reply);
    expect(answer).toEqual({ saved: true });
    expect(reply).not.toHaveBeenCalled();
  });

  it.each<[DomainErrorCode, number]>([
    ["NOT_FOUND", 404],
    // Someone else's record answers like a missing one.
    ["FORBIDDEN", 404],
    ["CONFLICT", 409],
    ["OUT_OF_STOCK", 409],
    ["INVALID", 400],
    ["RATE_LIMITED", 429],
  ])("answers %s with status %i", async (code, status) => {
    const answer = await refusal(new DomainError(code, "Pesanan tidak ditemukan"));
    expect(answer.status).toBe(status);
    expect(answer.data).toMatchObject({ code, status, message: "Pesanan tidak ditemukan" });
  });

  it("tells a throttled reader when to try again, and no one else", async () => {
    const throttled = await refusal(
      new DomainError("RATE_LIMITED", "Terlalu banyak percobaan masuk. Coba lagi dalam 2 menit.", {
        retryAfterSeconds: 90,
      }),
    );
    expect(throttled.status).toBe(429);
    expect(throttled.headers.get("Retry-After")).toBe("90");
    const conflict = await refusal(new DomainError("CONFLICT", "Kuota sesi sudah penuh"));
    expect(conflict.headers.get("Retry-After")).toBeNull();
  });

  it("gives the message in the reader's language, from the language cookie", async () => {
    const error = new DomainError("OUT_OF_STOCK", "Stok Keripik Tempe tinggal 2");
    expect((await refusal(error, requestIn("en"))).data).toMatchObject({
      message: "Only 2 left of Keripik Tempe",
    });
    expect((await refusal(error, requestIn("id"))).data).toMatchObject({
      message: "Stok Keripik Tempe tinggal 2",
    });
    // No cookie, another cookie or an unknown language: Indonesian.
    for (const request of [
      requestIn(),
      requestIn(undefined, "pk_flash=x; sesi=abc"),
      requestIn(undefined, `${LOCALE_COOKIE}=fr`),
    ]) {
      expect((await refusal(error, request)).data).toMatchObject({
        message: "Stok Keripik Tempe tinggal 2",
      });
    }
    // Among other cookies, too.
    const mixed = requestIn(undefined, `pk_flash=x; ${LOCALE_COOKIE}=en; sesi=abc`);
    expect((await refusal(error, mixed)).data).toMatchObject({
      message: "Only 2 left of Keripik Tempe",
    });
  });

  it("names the field a refusal is about, when the module named one", async () => {
    const onField = await refusal(
      new DomainError("INVALID", "Kata sandi lama salah", { field: "currentPassword" }),
    );
    expect(onField.data).toMatchObject({ field: "currentPassword" });
    const onForm = await refusal(new DomainError("CONFLICT", "Kuota sesi sudah penuh"));
    expect(onForm.data).toMatchObject({ field: null });
  });

  it("lets any other error through to the error boundary", async () => {
    const reply = vi.fn();
    const broken = new TypeError("database is gone");
    await expect(withDomainErrors(requestIn(), () => Promise.reject(broken), reply)).rejects.toBe(
      broken,
    );
    // A thrown Response (a redirect, a 404 page) is not a refusal either.
    const page = redirect("/masuk");
    await expect(withDomainErrors(requestIn(), () => Promise.reject(page), reply)).rejects.toBe(
      page,
    );
    expect(reply).not.toHaveBeenCalled();
  });

  it("recognises a DomainError from another copy of the module", async () => {
    const foreign = Object.assign(new Error("Sesi ini sudah lewat"), {
      name: "DomainError",
      code: "CONFLICT",
    });
    expect((await refusal(foreign)).status).toBe(409);
  });

  it("passes a Response the reply makes through untouched", async () => {
    const made = redirect("/staf/data-pribadi", { headers: { "Set-Cookie": "pk_flash=abc" } });
    const answer = await withDomainErrors(
      requestIn("en"),
      () => Promise.reject(new DomainError("NOT_FOUND", "Akun tidak ditemukan")),
      () => made,
    );
    expect(answer).toBe(made);
    expect(answer.status).toBe(302);
    expect(answer.headers.get("Location")).toBe("/staf/data-pribadi");
    expect(answer.headers.get("Set-Cookie")).toBe("pk_flash=abc");
  });

  it("waits for a reply that is itself asynchronous", async () => {
    const answer = await withDomainErrors(
      requestIn(),
      () => Promise.reject(new DomainError("CONFLICT", "Catatan ini sudah lunas")),
      async (failure) => ({ error: failure.message }),
    );
    expect(sent(answer)).toMatchObject({ status: 409, data: { error: "Catatan ini sudah lunas" } });
  });
});

describe("formReply", () => {
  const failure = (over: Partial<DomainFailure>): DomainFailure => ({
    code: "INVALID",
    status: 400,
    message: "Kata sandi lama salah",
    field: null,
    ...over,
  });

  it("puts a refusal on the field the module named", () => {
    const submission = submissionOf({ name: "Sri", password: "rahasia-sekali" });
    const result = formReply(requestIn(), submission, failure({ field: "currentPassword" }));
    expect(result.error).toEqual({ currentPassword: ["Kata sandi lama salah"] });
  });

  it("puts a refusal about no field on the form", () => {
    const submission = submissionOf({ name: "Sri", password: "rahasia-sekali" });
    const result = formReply(
      requestIn(),
      submission,
      failure({ code: "CONFLICT", status: 409, message: "Kuota sesi sudah penuh" }),
    );
    expect(result.error).toEqual({ "": ["Kuota sesi sudah penuh"] });
  });

  it("answers English readers in English, the form's own messages included", () => {
    const invalid = submissionOf({ name: "S" });
    expect(formReply(requestIn("en"), invalid).error).toEqual({
      name: ["Name must be at least 2 characters"],
      password: ["Password is required"],
    });
    expect(formReply(requestIn("id"), invalid).error).toEqual({
      name: ["Nama minimal 2 huruf"],
      password: ["Kata sandi wajib diisi"],
    });
  });

  it("keeps a refusal already in the reader's language as it is", () => {
    // domainFailure has translated it; a second lookup finds no entry and changes nothing.
    const submission = submissionOf({ name: "Sri", password: "rahasia-sekali" });
    const result = formReply(
      requestIn("en"),
      submission,
      failure({ message: "Current password is incorrect", field: "currentPassword" }),
    );
    expect(result.error).toEqual({ currentPassword: ["Current password is incorrect"] });
  });

  it("never sends a hidden field back, and still shows why the form was refused", () => {
    const submission = submissionOf({ name: "S", password: "rahasia-sekali" });
    const hidden = formReply(requestIn(), submission, failure({ field: "currentPassword" }), {
      hideFields: ["password"],
    });
    expect(JSON.stringify(hidden)).not.toContain("rahasia-sekali");
    expect(hidden.initialValue).toMatchObject({ name: "S" });
    expect(hidden.error).toEqual({
      name: ["Nama minimal 2 huruf"],
      currentPassword: ["Kata sandi lama salah"],
    });
  });
});

describe("firstFormMessage", () => {
  it("gives a refused form's first message in the reader's language", () => {
    const invalid = submissionOf({ name: "S" });
    expect(firstFormMessage(requestIn("id"), invalid)).toBe("Nama minimal 2 huruf");
    expect(firstFormMessage(requestIn("en"), invalid)).toBe("Name must be at least 2 characters");
  });
});

describe("invalidForm", () => {
  it("answers invalid input with status 400 and the messages in the reader's language", () => {
    const answer = sent(invalidForm(requestIn("en"), submissionOf({ password: "x" })));
    expect(answer.status).toBe(400);
    expect(answer.data).toMatchObject({
      result: { status: "error", error: { name: ["Name is required"] } },
    });
  });
});

describe("domainErrorResponse", () => {
  it("answers an escaped refusal with its status, message and the reader's language", async () => {
    const response = domainErrorResponse(
      requestIn("en"),
      new DomainError("NOT_FOUND", "Produk tidak ditemukan"),
    );
    expect(response.status).toBe(404);
    expect(response.headers.get("Content-Type")).toMatch(/^application\/json/);
    expect(await response.json()).toEqual({ message: "Product not found", locale: "en" });
  });

  it("carries Retry-After when throttled", async () => {
    const response = domainErrorResponse(
      requestIn(),
      new DomainError("RATE_LIMITED", "Terlalu banyak percobaan masuk. Coba lagi dalam 1 menit.", {
        retryAfterSeconds: 30,
      }),
    );
    expect(response.status).toBe(429);
    expect(response.headers.get("Retry-After")).toBe("30");
    expect(await response.json()).toEqual({
      message: "Terlalu banyak percobaan masuk. Coba lagi dalam 1 menit.",
      locale: "id",
    });
  });
});
