/** KlikBCA statement files for the reconciliation benchmark, with what each line must do. */

export interface StatementRow {
  text: string;
  amount: number;
  direction: "CR" | "DB";
  /** The payment this credit must confirm; none for a decoy. */
  payment?: string;
}

export interface BuiltStatement {
  csv: string;
  /** File line → the payment its credit must confirm. */
  expected: Map<number, string>;
  /** File lines that must confirm nothing. */
  decoys: Set<number>;
}

const rupiah = (n: number) => `${n.toLocaleString("en-US")}.00`;

/**
 * One KlikBCA CSV (`tests/fixtures/statements/bca.csv` shows the layout): the account lines, the
 * header, one line per row dated `day` ("YYYY-MM-DD"), and the summary lines.
 */
export function bcaStatement(input: {
  account: string;
  holder: string;
  day: string;
  rows: StatementRow[];
}): BuiltStatement {
  const [yyyy, mm, dd] = input.day.split("-");
  const head = [
    "Informasi Rekening - Mutasi Rekening",
    `No. rekening : ,'${input.account}`,
    `Nama : ,${input.holder.toUpperCase()}`,
    `Periode : ,'01/${mm}/${yyyy} - ${dd}/${mm}/${yyyy}`,
    "Kode Mata Uang : ,Rp",
    "",
    "Tanggal Transaksi,Keterangan,Cabang,Jumlah,,Saldo",
  ];
  const expected = new Map<number, string>();
  const decoys = new Set<number>();
  let balance = 10_000_000;
  let credit = 0;
  let debit = 0;
  const body = input.rows.map((row, k) => {
    const lineNumber = head.length + k + 1;
    if (row.payment) expected.set(lineNumber, row.payment);
    else decoys.add(lineNumber);
    balance += row.direction === "CR" ? row.amount : -row.amount;
    if (row.direction === "CR") credit += row.amount;
    else debit += row.amount;
    return `'${dd}/${mm},'${row.text},'0000,"${rupiah(row.amount)}",${row.direction},"${rupiah(balance)}"`;
  });
  const debits = input.rows.filter((r) => r.direction === "DB").length;
  const tail = [
    "",
    `Saldo Awal,:,"${rupiah(10_000_000)}"`,
    `Mutasi Kredit,:,"${rupiah(credit)}",${input.rows.length - debits}`,
    `Mutasi Debet,:,"${rupiah(debit)}",${debits}`,
    `Saldo Akhir,:,"${rupiah(balance)}"`,
  ];
  return { csv: [...head, ...body, ...tail].join("\r\n"), expected, decoys };
}

/** How the credits of a transfer read on KlikBCA, in three of its common shapes. */
export function creditText(k: number, amount: number, buyerName: string, day: string): string {
  const [, mm, dd] = day.split("-");
  const name = buyerName.toUpperCase();
  if (k % 3 === 0) {
    return `TRSF E-BANKING CR ${dd}${mm}/FTSCY/WS9${String(k % 10_000).padStart(4, "0")} ${amount}.00 ${name}`;
  }
  return k % 3 === 1
    ? `SWITCHING CR TRANSFER   DR 014 ${name}`
    : `KR OTOMATIS LLG-ANTAR BANK ${name}`;
}
