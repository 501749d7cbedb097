import { describe, expect, it } from "vitest";
import { readForm, readRawBody, tryReadForm } from "./body.server";

const URL_ = "http://localhost/keranjang";

function post(body: BodyInit | null, contentType?: string, extra: Record<string, string> = {}) {
  const headers = new Headers(extra);
  if (contentType) headers.set("content-type", contentType);
  return new Request(URL_, { method: "POST", body, headers });
}

function multipart(parts: string[], boundary = "XyZ") {
  const body = parts.map((p) => `--${boundary}\r\n${p}\r\n`).join("") + `--${boundary}--\r\n`;
  return post(body, `multipart/form-data; boundary=${boundary}`);
}

async function statusOf(request: Request, limits?: Parameters<typeof readForm>[1]) {
  try {
    await readForm(request, limits);
    return 200;
  } catch (thrown) {
    if (!(thrown instanceof Response)) throw thrown;
    const body = (await thrown.json()) as { requestError: string };
    return `${thrown.status} ${body.requestError}`;
  }
}

describe("readForm", () => {
  it("reads URL-encoded and multipart forms", async () => {
    const form = await readForm(post("intent=add&qty=2", "application/x-www-form-urlencoded"));
    expect(Object.fromEntries(form)).toEqual({ intent: "add", qty: "2" });
    const parts = await readForm(
      multipart(['Content-Disposition: form-data; name="intent"\r\n\r\nadd']),
    );
    expect(parts.get("intent")).toBe("add");
  });

  it.each([
    ["JSON", post('{"intent":"add"}', "application/json"), "415 unsupportedType"],
    ["plain text", post("intent=add", "text/plain"), "415 unsupportedType"],
    ["no content type", post("intent=add"), "415 unsupportedType"],
    ["XML", post("<a/>", "application/xml"), "415 unsupportedType"],
    ["multipart without boundary", post("x", "multipart/form-data"), "400 malformed"],
    [
      "multipart cut off",
      post("--XyZ\r\nContent-Disposition: form-data; na", "multipart/form-data; boundary=XyZ"),
      "400 malformed",
    ],
    [
      "multipart cut off after a whole field, without its closing delimiter",
      post(
        '--XyZ\r\nContent-Disposition: form-data; name="intent"\r\n\r\nadd\r\n--XyZ\r\nContent-Disp',
        "multipart/form-data; boundary=XyZ",
      ),
      "400 malformed",
    ],
    [
      "multipart whose only part has no closing delimiter",
      post(
        '--XyZ\r\nContent-Disposition: form-data; name="intent"\r\n\r\nad',
        "multipart/form-data; boundary=XyZ",
      ),
      "400 malformed",
    ],
    [
      "a 1 MB field",
      post(`note=${"a".repeat(1_000_000)}`, "application/x-www-form-urlencoded"),
      "413 tooLarge",
    ],
    [
      "a 40 kB field",
      post(`note=${"a".repeat(40_000)}`, "application/x-www-form-urlencoded"),
      "413 fieldTooLarge",
    ],
    [
      "a 40 kB multipart field",
      multipart([`Content-Disposition: form-data; name="note"\r\n\r\n${"a".repeat(40_000)}`]),
      "413 fieldTooLarge",
    ],
    [
      "1,000 fields",
      post(
        Array.from({ length: 1000 }, (_, i) => `f${i}=1`).join("&"),
        "application/x-www-form-urlencoded",
      ),
      "413 tooManyFields",
    ],
    [
      "a file where none is taken",
      multipart([
        'Content-Disposition: form-data; name="photo"; filename="a.jpg"\r\nContent-Type: image/jpeg\r\n\r\nxx',
      ]),
      "400 unexpectedFile",
    ],
    [
      "a declared length over the limit",
      post("a=1", "application/x-www-form-urlencoded", { "content-length": "99999999" }),
      "413 tooLarge",
    ],
  ])("refuses %s", async (_name, request, expected) => {
    expect(await statusOf(request)).toBe(expected);
  });

  it("takes files only in the allowed field and within their size", async () => {
    const limits = { files: { field: "photos", maxFileBytes: 10, maxFiles: 2 } };
    const file = (name: string, bytes: string) =>
      `Content-Disposition: form-data; name="${name}"; filename="a.jpg"\r\nContent-Type: image/jpeg\r\n\r\n${bytes}`;
    const ok = await readForm(multipart([file("photos", "12345")]), limits);
    expect((ok.get("photos") as File).size).toBe(5);
    expect(await statusOf(multipart([file("photos", "x".repeat(11))]), limits)).toBe(
      "413 fileTooLarge",
    );
    expect(await statusOf(multipart([file("other", "1")]), limits)).toBe("400 unexpectedFile");
    expect(
      await statusOf(
        multipart([file("photos", "1"), file("photos", "2"), file("photos", "3")]),
        limits,
      ),
    ).toBe("413 tooManyFields");
    // An empty file input is not a file.
    const empty = await readForm(
      multipart([
        'Content-Disposition: form-data; name="photos"; filename=""\r\nContent-Type: application/octet-stream\r\n\r\n',
      ]),
      limits,
    );
    expect(empty.get("photos")).toBeNull();
  });

  it("sees the closing delimiter even when it arrives split across chunks", async () => {
    const text = '--ab\r\nContent-Disposition: form-data; name="intent"\r\n\r\nadd\r\n--ab--\r\n';
    const request = new Request(URL_, {
      method: "POST",
      // One byte at a time: the delimiter is never whole within a chunk.
      body: new ReadableStream<Uint8Array>({
        start(controller) {
          for (const byte of Buffer.from(text)) controller.enqueue(Uint8Array.of(byte));
          controller.close();
        },
      }),
      // A quoted boundary parameter, as some clients send it.
      headers: { "content-type": 'multipart/form-data; boundary="ab"' },
      duplex: "half",
    } as RequestInit);
    expect((await readForm(request)).get("intent")).toBe("add");
  });

  it("cuts a multipart body off at the total limit while streaming", async () => {
    const big = multipart([
      `Content-Disposition: form-data; name="photos"; filename="a.jpg"\r\n\r\n${"x".repeat(5000)}`,
    ]);
    const result = await tryReadForm(big, {
      maxBytes: 1000,
      files: { field: "photos", maxFileBytes: 100_000, maxFiles: 1 },
    });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.status).toBe(413);
  });
});

describe("readRawBody", () => {
  it("returns the exact text and refuses more than the limit", async () => {
    expect(await readRawBody(post('{"id":"evt_1"}', "application/json"), 100)).toBe(
      '{"id":"evt_1"}',
    );
    await expect(readRawBody(post("x".repeat(101), "application/json"), 100)).rejects.toSatisfy(
      (r) => r instanceof Response && r.status === 413,
    );
  });
});
