import { parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";
import { z } from "zod";
import type { Role } from "~/generated/prisma/enums";
import { recordAudit } from "~/modules/audit/audit.server";
import { can, type Actor } from "~/modules/auth/permissions";
import { BANYUWANGI_CODE } from "~/modules/regions/region-code";
import type { Db, DbOrTx } from "~/utils/db.server";
import { DomainError, isDomainError } from "~/utils/errors";
import { blankToUndefined } from "~/utils/forms";
import {
  SHIPPING_SERVICES,
  SHIPPING_ZONES,
  zoneOf,
  type ShippingService,
  type ShippingZone,
  type TariffRow,
} from "./tariff";

/**
 * The embedded shipping tariff table: rows per origin kecamatan, a per-process cache for quotes,
 * and the writes district staff make at /staf/ongkir (one row, or a whole CSV in one
 * transaction). Every write is audited and clears the cache.
 */

const KECAMATAN_CODE = /^\d{2}\.\d{2}\.\d{2}$/;
const KABUPATEN_CODE = /^\d{2}\.\d{2}$/;

const wholeRupiah = () =>
  z.preprocess(
    blankToUndefined,
    z.coerce
      .number({ error: "Tarif wajib diisi (angka rupiah)" })
      .int({ error: "Tarif harus bilangan bulat rupiah" })
      .min(1, { error: "Tarif minimal Rp1" })
      .max(10_000_000, { error: "Tarif maksimal Rp10.000.000" }),
  );
const days = z.preprocess(
  blankToUndefined,
  z.coerce
    .number({ error: "Perkiraan hari wajib diisi (angka)" })
    .int({ error: "Perkiraan hari harus bilangan bulat" })
    .min(0, { error: "Perkiraan hari tidak boleh negatif" })
    .max(60, { error: "Perkiraan hari paling lama 60" }),
);

/** One tariff row as the admin form and each CSV line send it. */
export const TariffSchema = z
  .object({
    originKecamatanCode: z
      .string({ error: "Pilih kecamatan asal" })
      .trim()
      .regex(KECAMATAN_CODE, { error: "Kode kecamatan asal tidak valid (contoh 35.10.11)" }),
    zone: z.enum(SHIPPING_ZONES, { error: "Pilih zona tujuan" }),
    // Blank (undefined from a form, "" from a CSV) = the zone's own rate.
    destinationKabupatenCode: z
      .string()
      .trim()
      .regex(/^(\d{2}\.\d{2})?$/, { error: "Kode kabupaten tujuan tidak valid (contoh 35.78)" })
      .optional()
      .transform((v) => v ?? ""),
    service: z.enum(SHIPPING_SERVICES, { error: "Pilih layanan" }),
    pricePerKg: wholeRupiah(),
    minimumPrice: wholeRupiah(),
    etdMinDays: days,
    etdMaxDays: days,
  })
  .superRefine((row, ctx) => {
    if (row.etdMaxDays < row.etdMinDays) {
      ctx.addIssue({
        code: "custom",
        path: ["etdMaxDays"],
        message: "Perkiraan paling lama tidak boleh kurang dari paling cepat",
      });
    }
    // An override is a price for one kabupaten inside its zone: the zone must be the one that
    // kabupaten falls in from this origin.
    if (
      KABUPATEN_CODE.test(row.destinationKabupatenCode) &&
      KECAMATAN_CODE.test(row.originKecamatanCode) &&
      zoneOf(row.originKecamatanCode, row.destinationKabupatenCode) !== row.zone
    ) {
      ctx.addIssue({
        code: "custom",
        path: ["zone"],
        message: "Zona tidak cocok dengan kabupaten tujuan",
      });
    }
  });
export type TariffInput = z.infer<typeof TariffSchema>;

export interface TariffWriter {
  actor: Actor;
  role: Role;
}

const rowSelect = {
  id: true,
  originKecamatanCode: true,
  zone: true,
  destinationKabupatenCode: true,
  service: true,
  pricePerKg: true,
  minimumPrice: true,
  etdMinDays: true,
  etdMaxDays: true,
  updatedAt: true,
} as const;

export type StoredTariff = TariffRow & { id: string; updatedAt: Date };

const zoneOrder = (z: ShippingZone) => SHIPPING_ZONES.indexOf(z);
const serviceOrder = (s: ShippingService) => SHIPPING_SERVICES.indexOf(s);

function sortRows<T extends TariffRow>(rows: T[]): T[] {
  return rows.sort(
    (a, b) =>
      a.originKecamatanCode.localeCompare(b.originKecamatanCode) ||
      serviceOrder(a.service) - serviceOrder(b.service) ||
      zoneOrder(a.zone) - zoneOrder(b.zone) ||
      a.destinationKabupatenCode.localeCompare(b.destinationKabupatenCode),
  );
}

/** An origin's rows for the admin page and the CSV, in service, zone, override order. */
export async function listTariffs(db: DbOrTx, origins: string[]): Promise<StoredTariff[]> {
  const rows = await db.shippingTariff.findMany({
    where: { originKecamatanCode: { in: origins } },
    select: rowSelect,
  });
  return sortRows(rows);
}

/**
 * The kecamatan whose tables an actor maintains, by name: those of their staff regions (an
 * admin: the platform's regency).
 */
export async function listTariffOrigins(
  db: DbOrTx,
  actor: Actor,
): Promise<{ code: string; name: string }[]> {
  const prefixes = actor.roles.some((r) => r.role === "ADMIN")
    ? [BANYUWANGI_CODE]
    : actor.roles.filter((r) => r.role === "STAFF" && r.regionCode).map((r) => r.regionCode!);
  if (prefixes.length === 0) return [];
  const kecamatan = await db.region.findMany({
    where: {
      level: "KECAMATAN",
      OR: prefixes.flatMap((p) => [{ code: p }, { code: { startsWith: `${p}.` } }]),
    },
    orderBy: { name: "asc" },
    select: { code: true, name: true },
  });
  return kecamatan.filter((k) => can(actor, "shipping.tariffs", { desaCode: k.code }));
}

// ───────────── cache for quotes ─────────────

/**
 * How long a cached origin is trusted. Writes clear this process's cache at once; the TTL bounds
 * how stale another app instance (scale mode) can be after staff change a price.
 */
const CACHE_TTL_MS = 60_000;
const caches = new WeakMap<object, Map<string, { rows: TariffRow[]; expires: number }>>();

function cacheOf(db: object) {
  let cache = caches.get(db);
  if (!cache) caches.set(db, (cache = new Map()));
  return cache;
}

/** Forgets every cached origin of this database (after a write). */
function invalidateTariffCache(db: object): void {
  caches.get(db)?.clear();
}

/**
 * The rows of an origin kecamatan for quoting, cached per process (`cache: false` reads the
 * database every time, for comparison in the benchmark).
 */
export async function loadTariffs(
  db: DbOrTx,
  originKecamatanCode: string,
  options: { cache?: boolean } = {},
): Promise<TariffRow[]> {
  const useCache = options.cache ?? true;
  const cache = cacheOf(db);
  const hit = useCache ? cache.get(originKecamatanCode) : undefined;
  if (hit && hit.expires > Date.now()) return hit.rows;
  const rows = await db.shippingTariff.findMany({
    where: { originKecamatanCode },
    select: {
      originKecamatanCode: true,
      zone: true,
      destinationKabupatenCode: true,
      service: true,
      pricePerKg: true,
      minimumPrice: true,
      etdMinDays: true,
      etdMaxDays: true,
    },
  });
  if (useCache) cache.set(originKecamatanCode, { rows, expires: Date.now() + CACHE_TTL_MS });
  return rows;
}

// ───────────── writes ─────────────

function assertMayEdit(writer: TariffWriter, origin: string, message?: string): void {
  if (!can(writer.actor, "shipping.tariffs", { desaCode: origin })) {
    throw new DomainError("FORBIDDEN", message ?? "Tarif kecamatan ini bukan wewenang Anda");
  }
}

async function unknownKecamatan(db: DbOrTx, codes: string[]): Promise<Set<string>> {
  const known = await db.region.findMany({
    where: { code: { in: codes }, level: "KECAMATAN" },
    select: { code: true },
  });
  const knownCodes = new Set(known.map((r) => r.code));
  return new Set(codes.filter((c) => !knownCodes.has(c)));
}

const DUPLICATE = "Tarif untuk asal, zona, tujuan dan layanan ini sudah ada";

const isUniqueViolation = (error: unknown) =>
  typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002";

/**
 * Adds a row, or changes the row `id`. Refused: an origin outside the writer's regency, an
 * unknown kecamatan, and a second row for the same origin, zone, destination and service.
 */
export async function saveTariff(
  db: Db,
  input: { writer: TariffWriter; id?: string; data: TariffInput },
): Promise<{ id: string }> {
  const data = TariffSchema.parse(input.data);
  assertMayEdit(input.writer, data.originKecamatanCode);
  if ((await unknownKecamatan(db, [data.originKecamatanCode])).size > 0) {
    throw new DomainError("INVALID", "Kecamatan asal tidak dikenal", {
      field: "originKecamatanCode",
    });
  }
  try {
    const id = await db.$transaction(async (tx) => {
      let saved: { id: string };
      if (input.id) {
        const existing = await tx.shippingTariff.findUnique({
          where: { id: input.id },
          select: { originKecamatanCode: true },
        });
        if (!existing) throw new DomainError("NOT_FOUND", "Tarif tidak ditemukan");
        assertMayEdit(input.writer, existing.originKecamatanCode);
        saved = await tx.shippingTariff.update({
          where: { id: input.id },
          data: { ...data, updatedById: input.writer.actor.id },
          select: { id: true },
        });
      } else {
        const exists = await tx.shippingTariff.findUnique({
          where: {
            originKecamatanCode_zone_destinationKabupatenCode_service: {
              originKecamatanCode: data.originKecamatanCode,
              zone: data.zone,
              destinationKabupatenCode: data.destinationKabupatenCode,
              service: data.service,
            },
          },
          select: { id: true },
        });
        if (exists) throw new DomainError("CONFLICT", DUPLICATE);
        saved = await tx.shippingTariff.create({
          data: { ...data, updatedById: input.writer.actor.id },
          select: { id: true },
        });
      }
      await recordAudit(tx, {
        actorId: input.writer.actor.id,
        actorRole: input.writer.role,
        action: input.id ? "shipping.tariff.update" : "shipping.tariff.create",
        entityType: "ShippingTariff",
        entityId: saved.id,
        data: { ...data },
      });
      return saved.id;
    });
    return { id };
  } catch (error) {
    if (isUniqueViolation(error)) throw new DomainError("CONFLICT", DUPLICATE);
    throw error;
  } finally {
    invalidateTariffCache(db);
  }
}

export async function deleteTariff(
  db: Db,
  input: { writer: TariffWriter; id: string },
): Promise<void> {
  await db.$transaction(async (tx) => {
    const row = await tx.shippingTariff.findUnique({ where: { id: input.id }, select: rowSelect });
    if (!row) throw new DomainError("NOT_FOUND", "Tarif tidak ditemukan");
    assertMayEdit(input.writer, row.originKecamatanCode);
    await tx.shippingTariff.delete({ where: { id: input.id } });
    await recordAudit(tx, {
      actorId: input.writer.actor.id,
      actorRole: input.writer.role,
      action: "shipping.tariff.delete",
      entityType: "ShippingTariff",
      entityId: input.id,
      data: { ...row, updatedAt: row.updatedAt.toISOString() },
    });
  });
  invalidateTariffCache(db);
}

// ───────────── CSV ─────────────

export const TARIFF_CSV_HEADER = [
  "kecamatan_asal",
  "zona",
  "kabupaten_tujuan",
  "layanan",
  "harga_per_kg",
  "harga_minimum",
  "etd_min_hari",
  "etd_maks_hari",
] as const;

/** The rows of some origins as CSV, in the order the page lists them. */
export async function exportTariffsCsv(db: DbOrTx, origins: string[]): Promise<string> {
  const rows = await listTariffs(db, origins);
  return stringify(
    rows.map((r) => [
      r.originKecamatanCode,
      r.zone,
      r.destinationKabupatenCode,
      r.service,
      r.pricePerKg,
      r.minimumPrice,
      r.etdMinDays,
      r.etdMaxDays,
    ]),
    { header: true, columns: [...TARIFF_CSV_HEADER] },
  );
}

const HEADER_MESSAGE =
  "Judul kolom CSV harus: kecamatan_asal,zona,kabupaten_tujuan,layanan,harga_per_kg,harga_minimum,etd_min_hari,etd_maks_hari";

/** A refused line, named by its line number in the file. */
function lineError(csvLine: number, reason: string): DomainError {
  return new DomainError("INVALID", `Baris ${csvLine}: ${reason}`, { line: csvLine });
}

/**
 * Replaces the table of every origin kecamatan the file names with the file's rows, in one
 * transaction: a file is the whole table of the kecamatan it covers (export, edit in a
 * spreadsheet, import), and a refused line leaves everything as it was.
 */
export async function importTariffsCsv(
  db: Db,
  input: { writer: TariffWriter; csvText: string },
): Promise<{ rows: number; origins: string[] }> {
  let records: { line: number; values: string[] }[];
  try {
    const raw = parse(input.csvText, {
      bom: true,
      info: true,
      skip_empty_lines: true,
      relax_column_count: true,
      trim: true,
    }) as unknown as { record: string[]; info: { lines: number } }[];
    records = raw.map((r) => ({ line: r.info.lines, values: r.record }));
  } catch {
    throw new DomainError("INVALID", "Berkas CSV tidak bisa dibaca");
  }
  const [header, ...lines] = records;
  if (!header) throw new DomainError("INVALID", "Berkas CSV kosong");
  if (header.values.join(",") !== TARIFF_CSV_HEADER.join(",")) {
    throw new DomainError("INVALID", HEADER_MESSAGE);
  }
  if (lines.length === 0) throw new DomainError("INVALID", "Berkas CSV tidak berisi tarif");

  const rows: (TariffInput & { line: number })[] = [];
  const seen = new Map<string, number>();
  for (const { line, values } of lines) {
    const parsed = TariffSchema.safeParse(
      Object.fromEntries(
        [
          "originKecamatanCode",
          "zone",
          "destinationKabupatenCode",
          "service",
          "pricePerKg",
          "minimumPrice",
          "etdMinDays",
          "etdMaxDays",
        ].map((key, i) => [key, values[i]]),
      ),
    );
    if (!parsed.success) {
      throw lineError(line, parsed.error.issues[0]?.message ?? "Data tidak valid");
    }
    const row = parsed.data;
    const key = [row.originKecamatanCode, row.zone, row.destinationKabupatenCode, row.service];
    if (seen.has(key.join("|"))) {
      throw lineError(line, "Tarif yang sama sudah ada di baris sebelumnya");
    }
    seen.set(key.join("|"), line);
    try {
      assertMayEdit(input.writer, row.originKecamatanCode);
    } catch (error) {
      if (isDomainError(error)) throw lineError(line, error.message);
      throw error;
    }
    rows.push({ ...row, line });
  }
  const origins = [...new Set(rows.map((r) => r.originKecamatanCode))].sort();
  const unknown = await unknownKecamatan(db, origins);
  const firstUnknown = rows.find((r) => unknown.has(r.originKecamatanCode));
  if (firstUnknown) throw lineError(firstUnknown.line, "Kecamatan asal tidak dikenal");

  try {
    await db.$transaction(async (tx) => {
      await tx.shippingTariff.deleteMany({ where: { originKecamatanCode: { in: origins } } });
      await tx.shippingTariff.createMany({
        data: rows.map(({ line: _, ...row }) => ({ ...row, updatedById: input.writer.actor.id })),
      });
      for (const origin of origins) {
        await recordAudit(tx, {
          actorId: input.writer.actor.id,
          actorRole: input.writer.role,
          action: "shipping.tariff.import",
          entityType: "ShippingTariffTable",
          entityId: origin,
          data: { rows: rows.filter((r) => r.originKecamatanCode === origin).length },
        });
      }
    });
  } finally {
    invalidateTariffCache(db);
  }
  return { rows: rows.length, origins };
}
