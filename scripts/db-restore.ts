/**
 * `npm run db:restore -- FOLDER [--yes]`: checks a backup, shows what it will replace, asks for
 * the word PULIHKAN (or takes --yes), then replaces the database and the local image folder.
 * The app must be stopped first.
 */
import readline from "node:readline";
import { parseArgs } from "node:util";
import {
  checkBackup,
  describeCounts,
  describeTarget,
  formatSize,
  KIND_LABEL,
  readCounts,
  restoreBackup,
} from "../app/modules/ops/backup.server";
import { resolveDatabaseTarget } from "../app/utils/database-url";
import { getEnv, type Env } from "../app/utils/env.server";
import { DomainError } from "../app/utils/errors";
import { formatDateTime, formatNumber } from "../app/utils/format";

const CONFIRM_WORD = "PULIHKAN";
const USAGE = "Pemakaian: npm run db:restore -- FOLDER_CADANGAN [--yes]";

let folder: string;
let yes: boolean;
try {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { yes: { type: "boolean", default: false } },
  });
  if (positionals.length !== 1) throw new Error("Sebutkan satu folder cadangan.");
  folder = positionals[0]!;
  yes = values.yes;
} catch (error) {
  console.error(`Argumen tidak valid: ${(error as Error).message}\n${USAGE}`);
  process.exit(2);
}
let env: Env;
try {
  env = getEnv();
} catch {
  process.exit(1);
}

/** One line from stdin; a closed stdin (a script that forgot --yes) answers "". */
function ask(question: string): Promise<string> {
  const rl = readline.createInterface({ input: process.stdin, output: process.stdout });
  return new Promise((resolve) => {
    rl.question(question, (answer) => {
      resolve(answer);
      rl.close();
    });
    rl.once("close", () => resolve(""));
  });
}

const target = resolveDatabaseTarget(env.DATABASE_URL);
const imageDir = env.IMAGE_STORAGE === "local" ? env.IMAGE_DIR : null;
const documentDir = env.IMAGE_STORAGE === "local" ? env.DOCUMENT_DIR : null;
const log = (message: string) => console.log(message);
try {
  const backup = await checkBackup({ dir: folder, target, pgBin: env.PG_BIN, log });
  const { manifest } = backup;
  const current = await readCounts(target);
  const images = manifest.images;
  const documents = manifest.documents;

  console.log(`
Cadangan   ${backup.dir}
  dibuat   ${formatDateTime("id", manifest.createdAt, env.APP_TIME_ZONE)} (${env.APP_TIME_ZONE})
  isi      ${KIND_LABEL[manifest.kind]} ${formatSize(manifest.database.bytes)}: ${describeCounts(manifest.counts)}
  gambar   ${images ? `${formatNumber("id", images.files)} file, ${formatSize(images.bytes)}` : "tidak ada"}
  dokumen  ${documents ? `${formatNumber("id", documents.files)} file, ${formatSize(documents.bytes)}` : "tidak ada"}
  migrasi  ${manifest.migration ?? "—"}

AKAN DIGANTI
  basis data     ${describeTarget(target)}
                 sekarang: ${current ? describeCounts(current) : "kosong atau belum ada"}
  folder gambar  ${!imageDir ? "tidak (gambar di S3)" : images ? `${imageDir} (seluruh isinya)` : "tidak (cadangan tanpa gambar)"}
  folder dokumen ${!documentDir ? "tidak (dokumen di S3)" : documents ? `${documentDir} (seluruh isinya)` : "tidak (cadangan tanpa dokumen)"}

Semua yang tercatat sesudah cadangan dibuat akan hilang.
Hentikan aplikasi (semua instans) sebelum melanjutkan: aplikasi yang masih berjalan
tetap memegang basis data lama, dan tulisannya bisa hilang atau bercampur.
`);
  if (!yes) {
    const answer = await ask(`Ketik ${CONFIRM_WORD} untuk melanjutkan: `);
    if (answer.trim() !== CONFIRM_WORD) {
      console.error("Dibatalkan; tidak ada yang diubah.");
      process.exit(1);
    }
  }

  await restoreBackup({ backup, target, imageDir, documentDir, pgBin: env.PG_BIN, log });
  console.log(
    target.provider === "sqlite"
      ? "Pemulihan selesai. Jalankan aplikasi lagi (npm start menerapkan migrasi yang belum ada)."
      : "Pemulihan selesai. Jalankan `npm run db:migrate` bila aplikasi lebih baru dari cadangan, lalu nyalakan instans.",
  );
} catch (error) {
  if (error instanceof DomainError) {
    console.error(`Pemulihan gagal: ${error.message}`);
    process.exit(1);
  }
  throw error;
}
