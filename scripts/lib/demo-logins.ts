import { DEMO_ACCOUNTS, DEMO_PASSWORD, SECOND_OPERATOR } from "../../prisma/seed/seed";

const LABEL: Record<string, string> = {
  BUYER: "Pembeli (buyer)",
  SELLER: "Penjual (seller)",
  OPERATOR: "Operator desa (Kemiren)",
  STAFF: "Staf Dinas (district staff)",
  ADMIN: "Admin",
};

export function printDemoLogins(): void {
  console.log("\nAkun demo (kata sandi untuk semua: " + DEMO_PASSWORD + "):");
  for (const account of DEMO_ACCOUNTS) {
    console.log(
      `  ${LABEL[account.role]!.padEnd(28)} ${account.phone}  (0${account.phone.slice(3)})`,
    );
  }
  console.log(
    `  ${"Operator desa (Olehsari)".padEnd(28)} ${SECOND_OPERATOR.phone}  (0${SECOND_OPERATOR.phone.slice(3)})`,
  );
  console.log("");
}
