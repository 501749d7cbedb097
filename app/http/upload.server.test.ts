import { describe, expect, it } from "vitest";
import { DomainError } from "~/utils/errors";
import { readStatementForm, readTariffCsvForm } from "./upload.server";

function upload(
  field: string,
  bytes: Uint8Array<ArrayBuffer> | null,
  name = "berkas.csv",
): Request {
  const form = new FormData();
  form.set("intent", "impor");
  if (bytes) form.set(field, new File([bytes], name, { type: "text/csv" }));
  return new Request("http://localhost/unggah", { method: "POST", body: form });
}

describe("one-file uploads", () => {
  it("reads the tariff CSV as UTF-8, and no chosen file as none", async () => {
    const csv = new TextEncoder().encode("asal,zona\n35.10.15,SAME_PROVINCE\n");
    const read = await readTariffCsvForm(upload("berkas", csv), "berkas");
    expect(read.text).toBe("asal,zona\n35.10.15,SAME_PROVINCE\n");
    expect(read.formData.get("intent")).toBe("impor");
    expect((await readTariffCsvForm(upload("berkas", null), "berkas")).text).toBeNull();
  });

  it("reads a statement that is not UTF-8 as Windows-1252, keeping its name", async () => {
    const read = await readStatementForm(
      upload("mutasi", new Uint8Array([0x52, 0x70, 0xb7, 0x35]), "mutasi-bri.csv"),
      "mutasi",
    );
    expect(read).toMatchObject({ text: "Rp·5", fileName: "mutasi-bri.csv" });
  });

  it("refuses a file over each limit with its own message", async () => {
    const tariff = await readTariffCsvForm(
      upload("berkas", new Uint8Array(1024 * 1024 + 1)),
      "berkas",
    ).catch((e: unknown) => e);
    expect(tariff).toBeInstanceOf(DomainError);
    expect(tariff).toMatchObject({ code: "INVALID", message: "Berkas tarif maksimal 1 MB" });
    const statement = await readStatementForm(
      upload("mutasi", new Uint8Array(2 * 1024 * 1024 + 1)),
      "mutasi",
    ).catch((e: unknown) => e);
    expect(statement).toMatchObject({ code: "INVALID", message: "Berkas mutasi maksimal 2 MB" });
  });
});
