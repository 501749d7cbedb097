import { describe, expect, it } from "vitest";
import { maskNik, NikSchema } from "./nik";

const message = (value: unknown) => {
  const result = NikSchema.safeParse(value);
  return result.success ? null : result.error.issues[0]?.message;
};

describe("NIK", () => {
  it("accepts 16 digits with a province code and a birth date, as typed", () => {
    expect(NikSchema.parse("3510014501900001")).toBe("3510014501900001");
    expect(NikSchema.parse(" 3510 0145 0190 0001 ")).toBe("3510014501900001");
    expect(NikSchema.parse("35.10.01-120390-0002")).toBe("3510011203900002");
    // Papua Pegunungan, formed in 2022.
    expect(NikSchema.parse("9501010101010001")).toBe("9501010101010001");
  });

  it("refuses other input with a reason in Indonesian", () => {
    expect(message("")).toBe("NIK wajib diisi");
    expect(message(undefined)).toBe("NIK wajib diisi");
    expect(message("351001450190")).toBe("NIK harus 16 angka, sesuai KTP");
    expect(message("35100145019000011")).toBe("NIK harus 16 angka, sesuai KTP");
    expect(message("3510O14501900001")).toBe("NIK harus 16 angka, sesuai KTP");
    expect(message("9910014501900001")).toBe(
      "NIK tidak valid: dua angka pertama bukan kode provinsi",
    );
    expect(message("2010014501900001")).toBe(
      "NIK tidak valid: dua angka pertama bukan kode provinsi",
    );
    for (const date of ["000190", "320190", "720190", "011390", "010090"]) {
      expect(message(`351001${date}0001`)).toBe(
        "NIK tidak valid: angka tanggal lahir (angka ke-7 sampai ke-12) tidak mungkin",
      );
    }
  });

  it("masks all but the first and last four digits", () => {
    expect(maskNik("3510014501900001")).toBe("3510••••••••0001");
  });
});
