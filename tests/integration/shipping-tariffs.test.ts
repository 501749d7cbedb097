import { describe, expect, it } from "vitest";
import { can, type Actor } from "~/modules/auth/permissions";
import { createTariffProvider } from "~/modules/shipping/tariff-provider.server";
import {
  deleteTariff,
  exportTariffsCsv,
  importTariffsCsv,
  listTariffs,
  saveTariff,
  type TariffWriter,
} from "~/modules/shipping/tariffs.server";
import { db } from "~/utils/db.server";
import { domainErrorOf } from "../domain-error";
import { createUser } from "../factories";

const GENTENG = "35.10.11";
const GLAGAH = "35.10.15";
const HEADER =
  "kecamatan_asal,zona,kabupaten_tujuan,layanan,harga_per_kg,harga_minimum,etd_min_hari,etd_maks_hari";

async function staffWriter(): Promise<TariffWriter> {
  const user = await createUser(db, { name: "Staf Ongkir" });
  return { actor: { id: user.id, roles: [{ role: "STAFF", regionCode: "35.10" }] }, role: "STAFF" };
}

const csv = (...lines: string[]) => [HEADER, ...lines].join("\n") + "\n";

const table = (origin: string) =>
  csv(
    `${origin},SAME_KECAMATAN,,REGULAR,6000,6000,1,1`,
    `${origin},SAME_KABUPATEN,,REGULAR,8000,8000,1,2`,
    `${origin},SAME_PROVINCE,,REGULAR,11000,11000,2,3`,
    `${origin},SAME_PROVINCE,35.78,REGULAR,10000,10000,1,2`,
    `${origin},JAWA_BALI,,REGULAR,16000,16000,2,4`,
    `${origin},OUTSIDE_JAWA_BALI,,REGULAR,45000,45000,4,7`,
    `${origin},SAME_PROVINCE,,NEXT_DAY,18000,18000,1,1`,
  );

describe("shipping tariff CSV", () => {
  it("round-trips: an exported table imports back to the same rows and the same file", async () => {
    const writer = await staffWriter();
    await importTariffsCsv(db, { writer, csvText: table(GENTENG) });
    const exported = await exportTariffsCsv(db, [GENTENG]);
    const before = await listTariffs(db, [GENTENG]);
    expect(before).toHaveLength(7);

    const result = await importTariffsCsv(db, { writer, csvText: exported });
    expect(result).toEqual({ rows: 7, origins: [GENTENG] });
    const after = await listTariffs(db, [GENTENG]);
    const strip = (rows: typeof before) => rows.map(({ id: _, updatedAt: __, ...r }) => r);
    expect(strip(after)).toEqual(strip(before));
    expect(await exportTariffsCsv(db, [GENTENG])).toBe(exported);
    expect(exported.split("\n")[0]).toBe(HEADER);
  });

  it("refuses a bad line by its number and changes nothing", async () => {
    const writer = await staffWriter();
    await importTariffsCsv(db, { writer, csvText: table(GLAGAH) });
    const before = await exportTariffsCsv(db, [GLAGAH]);

    const bad = csv(
      `${GLAGAH},SAME_KECAMATAN,,REGULAR,7000,7000,1,1`,
      `${GLAGAH},SAME_KABUPATEN,,REGULAR,9000,9000,1,2`,
      `${GLAGAH},JAWA_BALI,,REGULAR,tujuh belas ribu,16000,2,4`,
    );
    const error = await domainErrorOf(importTariffsCsv(db, { writer, csvText: bad }));
    expect(error.message).toBe("Baris 4: Tarif wajib diisi (angka rupiah)");
    expect(await exportTariffsCsv(db, [GLAGAH])).toBe(before);

    const swapped = csv(`${GLAGAH},SAME_KECAMATAN,,REGULAR,7000,7000,3,1`);
    expect((await domainErrorOf(importTariffsCsv(db, { writer, csvText: swapped }))).message).toBe(
      "Baris 2: Perkiraan paling lama tidak boleh kurang dari paling cepat",
    );
    const twice = csv(
      `${GLAGAH},SAME_KECAMATAN,,REGULAR,7000,7000,1,1`,
      `${GLAGAH},SAME_KECAMATAN,,REGULAR,7500,7500,1,1`,
    );
    expect((await domainErrorOf(importTariffsCsv(db, { writer, csvText: twice }))).message).toBe(
      "Baris 3: Tarif yang sama sudah ada di baris sebelumnya",
    );
    const wrongHeader = "asal,zona\n35.10.15,JAWA_BALI\n";
    expect(
      (await domainErrorOf(importTariffsCsv(db, { writer, csvText: wrongHeader }))).message,
    ).toMatch(/^Judul kolom CSV harus/);
    expect(await exportTariffsCsv(db, [GLAGAH])).toBe(before);
  });

  it("refuses an unknown kecamatan and an override whose zone does not fit", async () => {
    const writer = await staffWriter();
    const unknown = csv(
      `${GENTENG},SAME_KECAMATAN,,REGULAR,6000,6000,1,1`,
      "35.10.99,SAME_KECAMATAN,,REGULAR,6000,6000,1,1",
    );
    const error = await domainErrorOf(importTariffsCsv(db, { writer, csvText: unknown }));
    expect(error.message).toBe("Baris 3: Kecamatan asal tidak dikenal");
    expect(await listTariffs(db, ["35.10.99"])).toEqual([]);

    // Kota Surabaya is in the same province as Banyuwangi, not "Jawa–Bali".
    const misplaced = csv(`${GENTENG},JAWA_BALI,35.78,REGULAR,9000,9000,1,2`);
    expect(
      (await domainErrorOf(importTariffsCsv(db, { writer, csvText: misplaced }))).message,
    ).toBe("Baris 2: Zona tidak cocok dengan kabupaten tujuan");
  });

  it("refuses a regency's staff the table of another regency's kecamatan", async () => {
    const writer = await staffWriter();
    const elsewhere: TariffWriter = {
      ...writer,
      actor: { ...writer.actor, roles: [{ role: "STAFF", regionCode: "35.09" }] },
    };
    const error = await domainErrorOf(
      importTariffsCsv(db, { writer: elsewhere, csvText: table(GENTENG) }),
    );
    expect(error.message).toBe("Baris 2: Tarif kecamatan ini bukan wewenang Anda");
  });
});

describe("shipping tariff writes and quotes", () => {
  it("quotes from the cache and sees a saved or deleted row at once", async () => {
    const writer = await staffWriter();
    const origin = "35.10.01";
    await importTariffsCsv(db, { writer, csvText: table(origin) });
    const provider = createTariffProvider(db);
    const quote = () =>
      provider.quote({
        origin: { kecamatanCode: origin, desaCode: `${origin}.2001` },
        destination: { desaCode: "35.78.01.1001" },
        parcels: [
          { weightGrams: 1200 },
          { weightGrams: 500, lengthCm: 30, widthCm: 20, heightCm: 20 },
        ],
      });
    // 1.2 kg → 1 kg, 30×20×20/6000 = 2 kg: 3 kg to Kota Surabaya's override at Rp10.000/kg.
    expect(await quote()).toEqual([
      {
        service: "REGULAR",
        label: "Reguler",
        price: 30_000,
        etdMinDays: 1,
        etdMaxDays: 2,
        courier: "tarif",
      },
      {
        service: "NEXT_DAY",
        label: "Besok sampai",
        price: 54_000,
        etdMinDays: 1,
        etdMaxDays: 1,
        courier: "tarif",
      },
    ]);

    const [override] = (await listTariffs(db, [origin])).filter(
      (r) => r.destinationKabupatenCode === "35.78",
    );
    await saveTariff(db, {
      writer,
      id: override!.id,
      data: { ...override!, pricePerKg: 12_000 },
    });
    expect((await quote())[0]?.price).toBe(36_000);

    await deleteTariff(db, { writer, id: override!.id });
    // Back to the province row: Rp11.000/kg, 2–3 days.
    expect((await quote())[0]).toMatchObject({ price: 33_000, etdMaxDays: 3 });

    const audit = await db.auditLog.findMany({
      where: { actorId: writer.actor.id },
      orderBy: { createdAt: "asc" },
      select: { action: true },
    });
    expect(audit.map((a) => a.action)).toEqual([
      "shipping.tariff.import",
      "shipping.tariff.update",
      "shipping.tariff.delete",
    ]);
  });

  it("refuses a second row for the same origin, zone, destination and service", async () => {
    const writer = await staffWriter();
    const data = {
      originKecamatanCode: "35.10.02",
      zone: "JAWA_BALI" as const,
      destinationKabupatenCode: "",
      service: "REGULAR" as const,
      pricePerKg: 15_000,
      minimumPrice: 15_000,
      etdMinDays: 2,
      etdMaxDays: 4,
    };
    await saveTariff(db, { writer, data });
    const error = await domainErrorOf(saveTariff(db, { writer, data: { ...data, pricePerKg: 1 } }));
    expect(error.code).toBe("CONFLICT");
    expect(await listTariffs(db, ["35.10.02"])).toHaveLength(1);
  });
});

describe("who maintains the tariff table", () => {
  const record = { desaCode: GENTENG };
  it.each<[string, Actor, boolean]>([
    ["regency staff", { id: "s", roles: [{ role: "STAFF", regionCode: "35.10" }] }, true],
    ["an operator", { id: "o", roles: [{ role: "OPERATOR", regionCode: "35.10.11.2001" }] }, false],
    ["a seller", { id: "p", roles: [{ role: "SELLER", regionCode: null }] }, false],
    ["a buyer", { id: "b", roles: [{ role: "BUYER", regionCode: null }] }, false],
  ])("%s: %s", (_, actor, allowed) => {
    expect(can(actor, "shipping.tariffs", record)).toBe(allowed);
  });

  it("refuses an operator's write", async () => {
    const writer = await staffWriter();
    const operator: TariffWriter = {
      actor: { id: writer.actor.id, roles: [{ role: "OPERATOR", regionCode: "35.10.11.2001" }] },
      role: "OPERATOR",
    };
    const error = await domainErrorOf(
      importTariffsCsv(db, { writer: operator, csvText: table(GENTENG) }),
    );
    expect(error.code).toBe("INVALID");
    expect(error.message).toBe("Baris 2: Tarif kecamatan ini bukan wewenang Anda");
  });
});
