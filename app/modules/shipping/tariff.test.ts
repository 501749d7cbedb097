import { describe, expect, it } from "vitest";
import {
  billableKgOfParcel,
  billableWeightGrams,
  quoteFromTariffs,
  zoneOf,
  type Parcel,
  type ShippingZone,
  type TariffRow,
} from "./tariff";

const GENTENG = "35.10.11";

describe("zoneOf", () => {
  it.each<[string, string, ShippingZone]>([
    [GENTENG, "35.10.11.2001", "SAME_KECAMATAN"],
    ["35.10.11.2001", "35.10.11.2005", "SAME_KECAMATAN"],
    [GENTENG, "35.10.15.2004", "SAME_KABUPATEN"],
    [GENTENG, "35.78.01.1001", "SAME_PROVINCE"],
    [GENTENG, "31.71.01.1001", "JAWA_BALI"],
    [GENTENG, "36.03.01.2001", "JAWA_BALI"],
    [GENTENG, "51.71.01.1001", "JAWA_BALI"],
    [GENTENG, "34.71.01.1001", "JAWA_BALI"],
    [GENTENG, "52.71.01.1001", "OUTSIDE_JAWA_BALI"],
    [GENTENG, "94.71.01.1001", "OUTSIDE_JAWA_BALI"],
    ["64.71.01", "35.10.11.2001", "OUTSIDE_JAWA_BALI"],
    // An override row's kabupaten: never the same kecamatan.
    [GENTENG, "35.10", "SAME_KABUPATEN"],
    [GENTENG, "35.78", "SAME_PROVINCE"],
    // 35.1 is not 35.10: codes compare by segment, not by text prefix.
    ["35.1.01", "35.10.01.2001", "SAME_PROVINCE"],
  ])("%s → %s is %s", (origin, destination, zone) => {
    expect(zoneOf(origin, destination)).toBe(zone);
  });
});

describe("billable weight", () => {
  it.each<[string, Parcel, number]>([
    ["a light parcel bills the 1 kg minimum", { weightGrams: 200 }, 1],
    ["nothing weighed still bills 1 kg", { weightGrams: 0 }, 1],
    ["exactly 1 kg", { weightGrams: 1000 }, 1],
    ["1.3 kg is inside the 0.3 kg tolerance", { weightGrams: 1300 }, 1],
    ["1.301 kg is past it", { weightGrams: 1301 }, 2],
    ["1.31 kg is past it", { weightGrams: 1310 }, 2],
    ["2.3 kg", { weightGrams: 2300 }, 2],
    ["2.31 kg", { weightGrams: 2310 }, 3],
    ["5.25 kg", { weightGrams: 5250 }, 5],
    // 40×30×10 / 6000 = 2 kg volumetric, below the 5.25 kg actual.
    ["actual above volumetric", { weightGrams: 5250, lengthCm: 40, widthCm: 30, heightCm: 10 }, 5],
    // 40×30×30 / 6000 = 6 kg for a 1 kg pillow.
    ["volumetric above actual", { weightGrams: 1000, lengthCm: 40, widthCm: 30, heightCm: 30 }, 6],
    // 30×26×10 / 6000 = 1.3 kg: inside the tolerance.
    ["volumetric 1.3 kg", { weightGrams: 100, lengthCm: 30, widthCm: 26, heightCm: 10 }, 1],
    // 31×26×10 / 6000 = 1.343 kg: past it.
    ["volumetric 1.34 kg", { weightGrams: 100, lengthCm: 31, widthCm: 26, heightCm: 10 }, 2],
    ["one missing side: actual weight only", { weightGrams: 900, lengthCm: 90, widthCm: 90 }, 1],
  ])("%s", (_, parcel, kg) => {
    expect(billableKgOfParcel(parcel)).toBe(kg);
  });

  it("rounds each parcel on its own and sums them in grams", () => {
    expect(billableWeightGrams([{ weightGrams: 1300 }, { weightGrams: 1300 }])).toBe(2000);
    expect(billableWeightGrams([{ weightGrams: 2600 }])).toBe(3000);
    expect(billableWeightGrams([])).toBe(0);
  });
});

const row = (over: Partial<TariffRow>): TariffRow => ({
  originKecamatanCode: GENTENG,
  zone: "SAME_PROVINCE",
  destinationKabupatenCode: "",
  service: "REGULAR",
  pricePerKg: 10_000,
  minimumPrice: 10_000,
  etdMinDays: 2,
  etdMaxDays: 3,
  ...over,
});

describe("quoteFromTariffs", () => {
  const tariffs: TariffRow[] = [
    row({}),
    row({ service: "NEXT_DAY", pricePerKg: 16_000, minimumPrice: 20_000, etdMaxDays: 1 }),
    row({ destinationKabupatenCode: "35.78", pricePerKg: 9_000, etdMinDays: 1, etdMaxDays: 2 }),
    row({ zone: "SAME_KECAMATAN", pricePerKg: 6_000, minimumPrice: 6_000 }),
    row({ originKecamatanCode: "35.10.15", pricePerKg: 99_000 }),
  ];

  it.each<[string, string, number, { service: string; price: number; etdMaxDays: number }[]]>([
    [
      "zone row: price per kg × kg above the minimum",
      "35.09.01.2001",
      3,
      [
        { service: "REGULAR", price: 30_000, etdMaxDays: 3 },
        { service: "NEXT_DAY", price: 48_000, etdMaxDays: 1 },
      ],
    ],
    [
      "the minimum price when the weight is low",
      "35.09.01.2001",
      1,
      [
        { service: "REGULAR", price: 10_000, etdMaxDays: 3 },
        { service: "NEXT_DAY", price: 20_000, etdMaxDays: 1 },
      ],
    ],
    [
      "a kabupaten override wins over the zone row; other services keep the zone row",
      "35.78.01.1001",
      2,
      [
        { service: "REGULAR", price: 18_000, etdMaxDays: 2 },
        { service: "NEXT_DAY", price: 32_000, etdMaxDays: 1 },
      ],
    ],
    [
      "a service without a row is not offered",
      "35.10.11.2001",
      1,
      [{ service: "REGULAR", price: 6_000, etdMaxDays: 3 }],
    ],
    ["no row for the zone: no quote at all", "52.71.01.1001", 1, []],
  ])("%s", (_, destinationDesa, billableKg, expected) => {
    const quotes = quoteFromTariffs(tariffs, {
      originKecamatan: GENTENG,
      destinationDesa,
      billableKg,
    });
    expect(
      quotes.map((q) => ({ service: q.service, price: q.price, etdMaxDays: q.etdMaxDays })),
    ).toEqual(expected);
  });

  it("takes an origin desa code as its kecamatan and ignores other origins' rows", () => {
    const [regular] = quoteFromTariffs(tariffs, {
      originKecamatan: "35.10.11.2003",
      destinationDesa: "35.09.01.2001",
      billableKg: 1,
    });
    expect(regular?.price).toBe(10_000);
  });
});
