import { describe, expect, it } from "vitest";
import {
  buildDynamicQris,
  buildStaticQris,
  crc16CcittFalse,
  parseQris,
  parseTlv,
  QrisError,
  qrisAmount,
} from "./qris";

function tlv(tag: string, value: string): string {
  return `${tag}${String(value.length).padStart(2, "0")}${value}`;
}

function signed(body: string): string {
  return `${body}6304${crc16CcittFalse(`${body}6304`)}`;
}

type Fields = [tag: string, value: string][];

const STATIC_FIELDS: Fields = [
  ["00", "01"],
  ["01", "11"],
  ["26", tlv("00", "ID.CO.QRIS.WWW") + tlv("01", "936000140000000001") + tlv("03", "UMI")],
  ["51", tlv("00", "ID.CO.QRIS.WWW") + tlv("02", "ID1020000000001") + tlv("03", "UMI")],
  ["52", "5812"],
  ["53", "360"],
  ["58", "ID"],
  ["59", "KOPI OSING MBOK SUM"],
  ["60", "BANYUWANGI"],
  ["61", "68432"],
];

function payloadOf(fields: Fields): string {
  return signed(fields.map(([tag, value]) => tlv(tag, value)).join(""));
}

function withField(tag: string, value: string): string {
  return payloadOf(STATIC_FIELDS.map(([t, v]) => [t, t === tag ? value : v]));
}

const STATIC = payloadOf(STATIC_FIELDS);

function expectQrisError(run: () => unknown, message: RegExp): void {
  expect(run).toThrow(QrisError);
  expect(run).toThrow(message);
}

describe("crc16CcittFalse", () => {
  it("matches the CRC-16/CCITT-FALSE check values", () => {
    expect(crc16CcittFalse("123456789")).toBe("29B1");
    expect(crc16CcittFalse("")).toBe("FFFF");
  });

  it("pads to four hex digits", () => {
    expect(crc16CcittFalse("A")).toMatch(/^[0-9A-F]{4}$/);
  });
});

describe("parseTlv", () => {
  it("splits tag, length and value", () => {
    expect(parseTlv("000201010211")).toEqual([
      { tag: "00", value: "01" },
      { tag: "01", value: "11" },
    ]);
    expect(parseTlv("")).toEqual([]);
  });

  it("rejects a value cut short and a non-numeric header", () => {
    expectQrisError(() => parseTlv("0005ab"), /tidak lengkap/);
    expectQrisError(() => parseTlv("00020"), /tidak lengkap/);
    expectQrisError(() => parseTlv("0A02xx"), /rusak/);
  });
});

describe("parseQris", () => {
  it("reads a static QRIS", () => {
    const parsed = parseQris(STATIC);
    expect(parsed.pointOfInitiation).toBe("static");
    expect(parsed.merchantName).toBe("KOPI OSING MBOK SUM");
    expect(parsed.merchantCity).toBe("BANYUWANGI");
    expect(parsed.amount).toBeNull();
    expect(parsed.fields.map((f) => f.tag)).toEqual([...STATIC_FIELDS.map(([tag]) => tag), "63"]);
  });

  it("tolerates whitespace around a paste and a lower-case checksum", () => {
    expect(parseQris(`  ${STATIC}\n`).merchantName).toBe("KOPI OSING MBOK SUM");
    expect(parseQris(STATIC.slice(0, -4) + STATIC.slice(-4).toLowerCase()).amount).toBeNull();
  });

  it("rejects a truncated paste", () => {
    expectQrisError(() => parseQris(STATIC.slice(0, -10)), /^Kode QRIS tidak lengkap/);
    expectQrisError(() => parseQris(STATIC.slice(0, 40)), /^Kode QRIS tidak lengkap/);
  });

  it("rejects a payload without tag 63", () => {
    expectQrisError(() => parseQris(STATIC.slice(0, -8)), /^Kode QRIS tidak lengkap.*tag 63/);
  });

  it("rejects a wrong checksum", () => {
    const typo = STATIC.replace("KOPI", "KOPJ");
    expectQrisError(() => parseQris(typo), /^Checksum QRIS tidak cocok/);
    const last = STATIC.slice(-1) === "0" ? "1" : "0";
    expectQrisError(() => parseQris(STATIC.slice(0, -1) + last), /^Checksum QRIS tidak cocok/);
  });

  it("rejects a currency other than rupiah", () => {
    expectQrisError(
      () => parseQris(withField("53", "840")),
      /^Mata uang QRIS harus Rupiah \(360\)$/,
    );
  });

  it("rejects a country other than Indonesia", () => {
    expectQrisError(() => parseQris(withField("58", "SG")), /^Kode negara QRIS harus ID/);
  });

  it("rejects text that does not start with 000201", () => {
    const notQris = /^Ini bukan kode QRIS/;
    expectQrisError(() => parseQris(signed(STATIC.slice(6, -8))), notQris);
    expectQrisError(() => parseQris(withField("00", "02")), notQris);
    expectQrisError(() => parseQris("bayar ke mbok sum ya, makasih"), notQris);
    expectQrisError(() => parseQris("https://qris.id/bayar?nmid=ID1020000000001"), notQris);
    expectQrisError(() => parseQris("   "), /^Kode QRIS kosong/);
  });

  it("rejects other missing or invalid fields", () => {
    expectQrisError(() => parseQris(withField("01", "13")), /tag 01/);
    expectQrisError(() => parseQris(withField("52", "58A2")), /MCC/);
    expectQrisError(() => parseQris(withField("59", " ")), /Nama merchant/);
    expectQrisError(
      () => parseQris(payloadOf(STATIC_FIELDS.filter(([t]) => t !== "26" && t !== "51"))),
      /akun merchant/,
    );
    expectQrisError(() => parseQris(payloadOf([...STATIC_FIELDS, ["59", "X"]])), /tag 59/);
  });
});

describe("buildDynamicQris", () => {
  it("round-trips a static QRIS into a dynamic one with the exact amount", () => {
    const dynamic = buildDynamicQris(STATIC, 27_500);
    const parsed = parseQris(dynamic);
    expect(parsed.pointOfInitiation).toBe("dynamic");
    expect(parsed.amount).toBe(27_500);
    expect(qrisAmount(dynamic)).toBe(27_500);
    expect(parsed.merchantName).toBe("KOPI OSING MBOK SUM");
    expect(dynamic.slice(-4)).toBe(crc16CcittFalse(dynamic.slice(0, -4)));
  });

  it("sets 01 to 12 and puts 54 right before 58, keeping the other tags in order", () => {
    const expected = payloadOf(
      STATIC_FIELDS.flatMap(([tag, value]): Fields => {
        if (tag === "01") return [["01", "12"]];
        if (tag === "58")
          return [
            ["54", "15000"],
            [tag, value],
          ];
        return [[tag, value]];
      }),
    );
    expect(buildDynamicQris(STATIC, 15_000)).toBe(expected);
  });

  it("replaces rather than duplicates tag 54 and drops tip and fee tags", () => {
    const once = buildDynamicQris(STATIC, 10_000);
    const twice = buildDynamicQris(once, 20_000);
    expect(twice).toBe(buildDynamicQris(STATIC, 20_000));
    const amounts = parseQris(twice).fields.filter((f) => f.tag === "54");
    expect(amounts).toEqual([{ tag: "54", value: "20000" }]);

    const withFees = payloadOf(
      STATIC_FIELDS.flatMap(([tag, value]): Fields =>
        tag === "58"
          ? [
              ["54", "5000.00"],
              ["55", "02"],
              ["56", "1000"],
              ["57", "1.5"],
              [tag, value],
            ]
          : [[tag, value]],
      ),
    );
    expect(qrisAmount(withFees)).toBe(5000);
    expect(buildDynamicQris(withFees, 20_000)).toBe(buildDynamicQris(STATIC, 20_000));
  });

  it("accepts the largest amount that fits", () => {
    expect(qrisAmount(buildDynamicQris(STATIC, 9_999_999_999))).toBe(9_999_999_999);
    expect(qrisAmount(buildDynamicQris(STATIC, 1))).toBe(1);
  });

  it("rejects amounts that are not whole rupiah in range", () => {
    for (const amount of [0, -1, 1.5, 10 ** 10, Number.NaN]) {
      expectQrisError(() => buildDynamicQris(STATIC, amount), /^Nominal harus bilangan bulat/);
    }
  });

  it("refuses to build from an invalid QRIS", () => {
    expectQrisError(() => buildDynamicQris(STATIC.replace("KOPI", "KOPJ"), 1000), /Checksum/);
  });
});

describe("buildStaticQris", () => {
  it("makes a valid static code that turns into an exact-amount dynamic one", () => {
    const code = buildStaticQris({
      merchantName: "Kopi Osing Mbok Sum Kemiren Glagah",
      merchantCity: "BANYUWANGI",
      merchantId: "ID1020000000001",
    });
    const parsed = parseQris(code);
    expect(parsed).toMatchObject({
      pointOfInitiation: "static",
      merchantName: "Kopi Osing Mbok Sum Kemir",
      merchantCity: "BANYUWANGI",
      amount: null,
    });
    expect(qrisAmount(buildDynamicQris(code, 47_500))).toBe(47_500);
  });
});
