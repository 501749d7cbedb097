import type { LiteracyStratum } from "~/generated/prisma/enums";

/** Stored with every assessment so old answers are always scored against their own questions. */
export const INSTRUMENT_VERSION = "PK-LIT-1";

/** OJK's five dimensions of financial literacy, in the order the form asks them. */
export const DIMENSIONS = ["knowledge", "skill", "confidence", "attitude", "behaviour"] as const;
export type LiteracyDimension = (typeof DIMENSIONS)[number];

export const DIMENSION_LABELS: Record<LiteracyDimension, string> = {
  knowledge: "Pengetahuan",
  skill: "Keterampilan",
  confidence: "Keyakinan",
  attitude: "Sikap",
  behaviour: "Perilaku",
};

export const STRATUM_LABELS: Record<LiteracyStratum, string> = {
  WELL_LITERATE: "Well literate (paham dengan baik)",
  SUFFICIENT_LITERATE: "Sufficient literate (cukup paham)",
  LESS_LITERATE: "Less literate (kurang paham)",
  NOT_LITERATE: "Not literate (belum paham)",
};

/** Strata from best to worst, the order they are shown in. */
export const LITERACY_STRATA = Object.keys(STRATUM_LABELS) as LiteracyStratum[];

export interface ChoiceOption {
  value: string;
  label: string;
}

/** A question with one right answer: knowledge and skill. */
export interface ChoiceQuestion {
  id: string;
  dimension: "knowledge" | "skill";
  text: string;
  kind: "choice";
  options: readonly ChoiceOption[];
  correct: string;
}

/** A statement answered 1–5; `reverse` when agreeing means lower literacy. */
export interface LikertQuestion {
  id: string;
  dimension: "confidence" | "attitude" | "behaviour";
  text: string;
  kind: "likert";
  reverse: boolean;
}

export type LiteracyQuestion = ChoiceQuestion | LikertQuestion;

export const LIKERT_VALUES = ["1", "2", "3", "4", "5"] as const;
export type LikertValue = (typeof LIKERT_VALUES)[number];

export const LIKERT_LABELS: readonly { value: LikertValue; label: string }[] = [
  { value: "1", label: "Sangat tidak setuju" },
  { value: "2", label: "Tidak setuju" },
  { value: "3", label: "Ragu-ragu" },
  { value: "4", label: "Setuju" },
  { value: "5", label: "Sangat setuju" },
];

export const LITERACY_QUESTIONS: readonly LiteracyQuestion[] = [
  {
    id: "k1",
    dimension: "knowledge",
    kind: "choice",
    text: "Uang tabungan di bank dijamin oleh LPS (Lembaga Penjamin Simpanan). Apa artinya?",
    options: [
      { value: "a", label: "Bank wajib memberi bunga tabungan yang tinggi" },
      {
        value: "b",
        label: "Kalau banknya ditutup, uang simpanan nasabah dikembalikan sampai batas tertentu",
      },
      { value: "c", label: "Semua pinjaman dari bank dijamin tidak akan ditagih" },
      { value: "d", label: "Uang yang ditaruh di investasi apa pun pasti tidak akan rugi" },
    ],
    correct: "b",
  },
  {
    id: "k2",
    dimension: "knowledge",
    kind: "choice",
    text: "Apa itu KUR (Kredit Usaha Rakyat)?",
    options: [
      { value: "a", label: "Bantuan uang tunai dari pemerintah yang tidak perlu dikembalikan" },
      { value: "b", label: "Pinjaman dari aplikasi apa saja di HP, tanpa syarat" },
      {
        value: "c",
        label:
          "Pinjaman modal usaha lewat bank atau penyalur resmi, bunganya ringan karena dibantu " +
          "pemerintah, dan tetap wajib dicicil sampai lunas",
      },
      { value: "d", label: "Tabungan wajib untuk semua pedagang pasar" },
    ],
    correct: "c",
  },
  {
    id: "k3",
    dimension: "knowledge",
    kind: "choice",
    text: 'Sebuah aplikasi pinjaman daring (pindar) disebut "berizin dan diawasi OJK". Apa artinya?',
    options: [
      {
        value: "a",
        label:
          "Perusahaannya resmi, wajib ikut aturan OJK soal bunga, biaya, dan cara menagih, dan " +
          "bisa diadukan ke OJK kalau melanggar",
      },
      { value: "b", label: "Pinjamannya pasti tanpa bunga" },
      { value: "c", label: "Pemerintah yang akan melunasi kalau kita tidak bisa membayar" },
      {
        value: "d",
        label: "Aplikasinya boleh membuka semua kontak dan foto di HP kita untuk menagih",
      },
    ],
    correct: "a",
  },
  {
    id: "s1",
    dimension: "skill",
    kind: "choice",
    text:
      "Bu Sri meminjam Rp1.000.000 dengan bunga 2% per bulan selama 3 bulan. Bunga dihitung dari " +
      "pinjaman awal saja (tidak ada bunga berbunga). Berapa total bunga yang harus dibayar?",
    options: [
      { value: "a", label: "Rp20.000" },
      { value: "b", label: "Rp60.000" },
      { value: "c", label: "Rp200.000" },
      { value: "d", label: "Rp600.000" },
    ],
    correct: "b",
  },
  {
    id: "s2",
    dimension: "skill",
    kind: "choice",
    text:
      "Pak Joko meminjam Rp1.200.000. Ia harus mengembalikan pinjaman itu ditambah bunga " +
      "Rp120.000, dicicil 6 kali setiap bulan dengan jumlah yang sama. Berapa cicilan per bulan?",
    options: [
      { value: "a", label: "Rp132.000" },
      { value: "b", label: "Rp200.000" },
      { value: "c", label: "Rp220.000" },
      { value: "d", label: "Rp264.000" },
    ],
    correct: "c",
  },
  {
    id: "s3",
    dimension: "skill",
    kind: "choice",
    text:
      "Keripik pisang dijual Rp25.000 per bungkus. Pembeli yang mengambil 4 bungkus mendapat " +
      "potongan harga (diskon) 10%. Berapa yang harus dibayar pembeli itu?",
    options: [
      { value: "a", label: "Rp60.000" },
      { value: "b", label: "Rp90.000" },
      { value: "c", label: "Rp97.500" },
      { value: "d", label: "Rp100.000" },
    ],
    correct: "b",
  },
  {
    id: "c1",
    dimension: "confidence",
    kind: "likert",
    text: "Saya yakin bisa memilih tabungan atau pinjaman yang cocok untuk usaha saya.",
    reverse: false,
  },
  {
    id: "c2",
    dimension: "confidence",
    kind: "likert",
    text: "Saya yakin bisa membedakan pinjaman daring yang resmi (berizin OJK) dan yang ilegal.",
    reverse: false,
  },
  {
    id: "c3",
    dimension: "confidence",
    kind: "likert",
    text: "Saya merasa bingung dan ragu setiap kali harus berurusan dengan bank atau koperasi.",
    reverse: true,
  },
  {
    id: "a1",
    dimension: "attitude",
    kind: "likert",
    text: "Uang lebih baik dihabiskan sekarang daripada ditabung untuk nanti.",
    reverse: true,
  },
  {
    id: "a2",
    dimension: "attitude",
    kind: "likert",
    text: "Penting bagi saya menyisihkan uang untuk keperluan mendadak (dana darurat).",
    reverse: false,
  },
  {
    id: "a3",
    dimension: "attitude",
    kind: "likert",
    text: "Yang penting dapat pinjaman dulu, soal cara membayar cicilannya dipikir belakangan.",
    reverse: true,
  },
  {
    id: "b1",
    dimension: "behaviour",
    kind: "likert",
    text: "Saya memisahkan uang usaha dari uang belanja rumah tangga.",
    reverse: false,
  },
  {
    id: "b2",
    dimension: "behaviour",
    kind: "likert",
    text: "Saya mencatat uang masuk dan uang keluar usaha saya secara rutin.",
    reverse: false,
  },
  {
    id: "b3",
    dimension: "behaviour",
    kind: "likert",
    text: "Saya sering meminjam uang untuk menutup utang lain (gali lubang tutup lubang).",
    reverse: true,
  },
];

/** Access to and use of formal financial services, asked as yes/no checkboxes. */
export const INCLUSION_INDICATORS = {
  hasBankAccount: "Punya rekening bank",
  usesEwallet: "Memakai dompet digital / QRIS",
  hasSavings: "Punya tabungan",
  hasCredit: "Punya kredit/pinjaman dari lembaga resmi",
  hasKur: "Pernah/sedang memakai KUR",
  hasInsurance: "Punya asuransi",
} as const;
export type InclusionKey = keyof typeof INCLUSION_INDICATORS;
export type InclusionFlags = Record<InclusionKey, boolean>;
export const INCLUSION_KEYS = Object.keys(INCLUSION_INDICATORS) as InclusionKey[];

/** National figures (metode keberlanjutan), shown for context only: not comparable to our score. */
export const SNLIK_2025 = {
  literacy: 66.46,
  inclusion: 80.51,
  source: "OJK & BPS, Survei Nasional Literasi dan Inklusi Keuangan (SNLIK) 2025",
} as const;
