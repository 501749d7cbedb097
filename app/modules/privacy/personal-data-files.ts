/**
 * The download of a personal-data export: `data.json` with everything, and one CSV per table for
 * people who read it in a spreadsheet, together in one ZIP file.
 */
import { stringify } from "csv-stringify/sync";
import { strToU8, zipSync } from "fflate";
import type { PersonalDataExport } from "./export.server";

export interface CsvFile {
  name: string;
  csv: string;
}

type Cell = string | number | boolean | null | undefined;

// A cell starting with one of these is read as a formula by spreadsheet programs; text that
// came from someone else (a shop's name, a note) must stay text.
const FORMULA_START = /^[=+\-@\t\r]/;

function cell(value: Cell): string | number {
  if (value === null || value === undefined) return "";
  if (typeof value === "boolean") return value ? "ya" : "tidak";
  if (typeof value === "number") return value;
  return FORMULA_START.test(value) ? `'${value}` : value;
}

function table<T>(name: string, columns: Record<string, (row: T) => Cell>, rows: T[]): CsvFile {
  const header = Object.keys(columns);
  const getters = Object.values(columns);
  // A byte-order mark so spreadsheet programs read the UTF-8 (names, "Rp") correctly.
  const csv = stringify(
    rows.map((row) => getters.map((get) => cell(get(row)))),
    { header: true, columns: header, bom: true },
  );
  return { name, csv };
}

/** One CSV per table of the export; every file is present, with its header, even when empty. */
export function personalDataCsvFiles(exported: PersonalDataExport): CsvFile[] {
  const { account } = exported;
  const checkouts = exported.orders;
  const orders = checkouts.flatMap((c) => c.orders.map((o) => ({ c, o })));
  const payments = checkouts.flatMap((c) => [
    ...c.payments.map((p) => ({ c, code: null as string | null, p })),
    ...c.orders.flatMap((o) => o.payments.map((p) => ({ c, code: o.code as string | null, p }))),
  ]);
  const sellers = exported.sellers;
  return [
    table(
      "akun.csv",
      {
        id: (a) => a.id,
        nama: (a) => a.name,
        nomor_hp: (a) => a.phone,
        email: (a) => a.email,
        bahasa: (a) => a.locale,
        dibuat: (a) => a.createdAt,
        dinonaktifkan: (a) => a.disabledAt,
        peran: (a) =>
          a.roles.map((r) => (r.regionCode ? `${r.role} (${r.regionCode})` : r.role)).join("; "),
        notifikasi_whatsapp: (a) => a.notifyWhatsapp,
        notifikasi_email: (a) => a.notifyEmail,
      },
      [account],
    ),
    table(
      "sesi-masuk.csv",
      {
        dibuat: (s) => s.createdAt,
        terakhir_aktif: (s) => s.lastSeenAt,
        berlaku_sampai: (s) => s.expiresAt,
        dicabut: (s) => s.revokedAt,
        alamat_ip: (s) => s.ip,
        perangkat: (s) => s.userAgent,
      },
      exported.sessions,
    ),
    table(
      "pesanan.csv",
      {
        kode_checkout: ({ c }) => c.groupCode,
        kode_pesanan: ({ o }) => o.code,
        toko: ({ o }) => o.shop,
        status: ({ o }) => o.status,
        cara_bayar: ({ c }) => c.paymentMethod,
        cara_kirim: ({ o }) => o.shippingMethod,
        subtotal_rupiah: ({ o }) => o.subtotal,
        ongkir_rupiah: ({ o }) => o.shippingFee,
        total_rupiah: ({ o }) => o.total,
        nomor_resi: ({ o }) => o.trackingNumber,
        alasan_batal: ({ o }) => o.cancelReason,
        nama_penerima: ({ c }) => c.recipient.name,
        hp_penerima: ({ c }) => c.recipient.phone,
        alamat: ({ c }) => c.recipient.address,
        desa: ({ c }) => c.recipient.desa,
        dipesan: ({ o }) => o.createdAt,
        dibayar: ({ o }) => o.paidAt,
        selesai: ({ o }) => o.completedAt,
      },
      orders,
    ),
    table(
      "item-pesanan.csv",
      {
        kode_pesanan: ({ o }) => o.code,
        produk: ({ i }) => i.product,
        varian: ({ i }) => i.variant,
        harga_satuan_rupiah: ({ i }) => i.unitPrice,
        jumlah: ({ i }) => i.quantity,
        total_rupiah: ({ i }) => i.lineTotal,
      },
      orders.flatMap(({ o }) => o.items.map((i) => ({ o, i }))),
    ),
    table(
      "pembayaran.csv",
      {
        kode_checkout: ({ c }) => c.groupCode,
        kode_pesanan: ({ code }) => code,
        metode: ({ p }) => p.method,
        status: ({ p }) => p.status,
        jumlah_rupiah: ({ p }) => p.amount,
        dibuat: ({ p }) => p.createdAt,
        dikonfirmasi: ({ p }) => p.confirmedAt,
        bukti_bayar: ({ p }) => p.receipt,
      },
      payments,
    ),
    table(
      "riwayat-status.csv",
      {
        kode_pesanan: ({ o }) => o.code,
        status: ({ t }) => t.status,
        waktu: ({ t }) => t.at,
        catatan: ({ t }) => t.note,
      },
      orders.flatMap(({ o }) => o.timeline.map((t) => ({ o, t }))),
    ),
    table(
      "alamat.csv",
      {
        nama_penerima: (a) => a.name,
        hp_penerima: (a) => a.phone,
        alamat: (a) => a.address,
        kode_desa: (a) => a.desaCode,
        desa: (a) => a.desa,
        pertama_dipakai: (a) => a.firstUsedAt,
        terakhir_dipakai: (a) => a.lastUsedAt,
        jumlah_checkout: (a) => a.checkouts,
      },
      exported.addresses,
    ),
    table(
      "ulasan.csv",
      {
        kode_pesanan: (r) => r.orderCode,
        produk: (r) => r.product,
        varian: (r) => r.variant,
        bintang: (r) => r.rating,
        ulasan: (r) => r.body,
        dibuat: (r) => r.createdAt,
      },
      exported.reviews,
    ),
    table(
      "notifikasi.csv",
      {
        dibuat: (n) => n.createdAt,
        dibaca: (n) => n.readAt,
        jenis: (n) => n.kind,
        judul: (n) => n.title,
        isi: (n) => n.body,
        tautan: (n) => n.link,
      },
      exported.notifications,
    ),
    table(
      "umkm.csv",
      {
        id: (s) => s.id,
        nama_usaha: (s) => s.businessName,
        pemilik: (s) => s.ownerName,
        nik_pemilik: (s) => s.ownerNik,
        kode_desa: (s) => s.desaCode,
        desa: (s) => s.desa,
        alamat: (s) => s.address,
        sektor: (s) => s.sector,
        whatsapp: (s) => s.whatsapp,
        deskripsi: (s) => s.description,
        tahun_berdiri: (s) => s.foundedYear,
        status_verifikasi: (s) => s.verificationStatus,
        diverifikasi: (s) => s.verifiedAt,
        kelas_usaha: (s) => s.sizeClass,
        bank: (s) => s.bankName,
        nomor_rekening: (s) => s.bankAccountNumber,
        nama_rekening: (s) => s.bankAccountName,
        ongkir_lokal_rupiah: (s) => s.localDeliveryFee,
        halaman_toko: (s) => `/toko/${s.slug}`,
        dibuat: (s) => s.createdAt,
      },
      sellers,
    ),
    table(
      "legalitas.csv",
      {
        umkm: ({ s }) => s.businessName,
        jenis: ({ l }) => l.type,
        nomor: ({ l }) => l.number,
        status: ({ l }) => l.status,
        diperiksa: ({ l }) => l.reviewedAt,
        catatan: ({ l }) => l.note,
        terbit: ({ l }) => l.issuedAt,
        berlaku_hingga: ({ l }) => l.expiresAt,
        ada_pindaian: ({ l }) => (l.hasScan ? "ya" : "tidak"),
      },
      sellers.flatMap((s) => s.legalities.map((l) => ({ s, l }))),
    ),
    table(
      "buku-kas.csv",
      {
        umkm: ({ s }) => s.businessName,
        tanggal: ({ e }) => e.occurredOn,
        jenis: ({ e }) => e.kind,
        kategori: ({ e }) => e.category,
        jumlah_rupiah: ({ e }) => e.amount,
        catatan: ({ e }) => e.note,
        kode_pesanan: ({ e }) => e.orderCode,
        dicatat: ({ e }) => e.createdAt,
      },
      sellers.flatMap((s) => s.cashbook.map((e) => ({ s, e }))),
    ),
    table(
      "utang-piutang.csv",
      {
        umkm: ({ s }) => s.businessName,
        jenis: ({ d }) => d.direction,
        nama: ({ d }) => d.partyName,
        nomor_hp: ({ d }) => d.partyPhone,
        kategori: ({ d }) => d.category,
        jumlah_rupiah: ({ d }) => d.amount,
        dibayar_rupiah: ({ d }) => d.paid,
        tanggal: ({ d }) => d.incurredOn,
        jatuh_tempo: ({ d }) => d.dueOn,
        catatan: ({ d }) => d.note,
        pengingat: ({ d }) => d.remind,
        lunas: ({ d }) => d.settledAt,
      },
      sellers.flatMap((s) => s.debts.map((d) => ({ s, d }))),
    ),
    table(
      "asesmen-literasi.csv",
      {
        umkm: ({ s }) => s.businessName,
        tanggal: ({ a }) => a.assessedAt,
        versi_instrumen: ({ a }) => a.instrumentVersion,
        pengetahuan: ({ a }) => a.knowledgeScore,
        keterampilan: ({ a }) => a.skillScore,
        keyakinan: ({ a }) => a.confidenceScore,
        sikap: ({ a }) => a.attitudeScore,
        perilaku: ({ a }) => a.behaviourScore,
        total: ({ a }) => a.totalScore,
        strata: ({ a }) => a.stratum,
        punya_rekening_bank: ({ a }) => a.hasBankAccount,
        pakai_dompet_digital: ({ a }) => a.usesEwallet,
        punya_tabungan: ({ a }) => a.hasSavings,
        punya_kredit: ({ a }) => a.hasCredit,
        punya_kur: ({ a }) => a.hasKur,
        punya_asuransi: ({ a }) => a.hasInsurance,
        jawaban: ({ a }) => JSON.stringify(a.answers),
      },
      sellers.flatMap((s) => s.literacyAssessments.map((a) => ({ s, a }))),
    ),
    table(
      "sertifikat.csv",
      {
        umkm: ({ s }) => s.businessName,
        program: ({ t }) => t.programme,
        topik: ({ t }) => t.topic,
        penyelenggara: ({ t }) => t.organiser,
        mulai: ({ t }) => t.startsAt,
        tempat: ({ t }) => t.venue,
        desa: ({ t }) => t.desa,
        pelatih: ({ t }) => t.trainer,
        kehadiran: ({ t }) => t.status,
        skor_awal: ({ t }) => t.preScore,
        skor_akhir: ({ t }) => t.postScore,
        nomor_sertifikat: ({ t }) => t.certificateNumber,
        sertifikat_terbit: ({ t }) => t.certificateIssuedAt,
      },
      sellers.flatMap((s) => s.training.map((t) => ({ s, t }))),
    ),
    table(
      "permintaan-data.csv",
      {
        tindakan: (r) => r.action,
        waktu: (r) => r.at,
        diproses_staf: (r) => r.onBehalf,
      },
      exported.privacyRequests,
    ),
  ];
}

/** The ZIP a person downloads: `data.json` (complete) and the CSV files. */
export function personalDataZip(exported: PersonalDataExport): Uint8Array {
  const files: Record<string, Uint8Array> = {
    "data.json": strToU8(JSON.stringify(exported, null, 2)),
  };
  for (const file of personalDataCsvFiles(exported)) files[file.name] = strToU8(file.csv);
  // Entries dated at the export, not at the moment of zipping, so one export zips the same.
  return zipSync(files, { level: 6, mtime: new Date(exported.generatedAt) });
}

/** `data-pribadi-2026-05-05.zip`, for the download's Content-Disposition. */
export function personalDataZipName(exported: PersonalDataExport): string {
  return `data-pribadi-${exported.generatedAt.slice(0, 10)}.zip`;
}
