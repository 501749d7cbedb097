import { Prisma } from "~/generated/prisma/client";
import { resolveDatabaseTarget } from "./database-url";

/**
 * Multi-row INSERTs for the few hot paths where Prisma's per-query planning costs more than the
 * work itself (checkout writes five tables). Portable between SQLite and PostgreSQL: values are
 * bound parameters; timestamps use the exact text Prisma stores on SQLite, and on PostgreSQL
 * enum and timestamp columns are cast explicitly.
 */
export type ColumnType =
  "text" | "int" | "bigint" | "bool" | "json" | "timestamp" | `enum:${string}`;

/**
 * The columns of the tables written with multi-row inserts, with their types (PostgreSQL needs
 * them to cast bound values). A unit test checks them against prisma/schema.prisma.
 */
export const INSERT_COLUMNS = {
  Region: {
    code: "text",
    level: "enum:RegionLevel",
    kind: "enum:RegionKind",
    name: "text",
    slug: "text",
    parentCode: "text",
  },
  OrderGroup: {
    id: "text",
    code: "text",
    buyerId: "text",
    buyerName: "text",
    buyerPhone: "text",
    address: "text",
    desaCode: "text",
    postalCode: "text",
    paymentMethod: "enum:PaymentMethod",
    total: "int",
    createdAt: "timestamp",
  },
  Order: {
    id: "text",
    code: "text",
    groupId: "text",
    sellerId: "text",
    status: "enum:OrderStatus",
    shippingMethod: "enum:ShippingMethod",
    shippingFee: "int",
    shippingService: "text",
    shippingEtd: "text",
    subtotal: "int",
    total: "int",
    cancelReason: "text",
    expiresAt: "timestamp",
    packBy: "timestamp",
    receiveBy: "timestamp",
    paidAt: "timestamp",
    completedAt: "timestamp",
    createdAt: "timestamp",
    updatedAt: "timestamp",
  },
  OrderItem: {
    id: "text",
    orderId: "text",
    productId: "text",
    variantId: "text",
    productTitle: "text",
    variantName: "text",
    unitPrice: "int",
    quantity: "int",
    lineTotal: "int",
  },
  OrderStatusChange: {
    id: "text",
    orderId: "text",
    fromStatus: "enum:OrderStatus",
    toStatus: "enum:OrderStatus",
    actorId: "text",
    note: "text",
    createdAt: "timestamp",
  },
  Payment: {
    id: "text",
    groupId: "text",
    orderId: "text",
    payee: "text",
    method: "enum:PaymentMethod",
    status: "enum:PaymentStatus",
    amount: "int",
    currency: "text",
    provider: "text",
    idempotencyKey: "text",
    qrisPayload: "text",
    uniqueCode: "int",
    channel: "text",
    confirmedById: "text",
    confirmedAt: "timestamp",
    createdAt: "timestamp",
    updatedAt: "timestamp",
  },
  LedgerEntry: {
    id: "text",
    sellerId: "text",
    type: "enum:LedgerEntryType",
    amount: "int",
    orderId: "text",
    description: "text",
    createdAt: "timestamp",
  },
  User: {
    id: "text",
    phone: "text",
    name: "text",
    passwordHash: "text",
    createdAt: "timestamp",
    updatedAt: "timestamp",
  },
  Seller: {
    id: "text",
    slug: "text",
    businessName: "text",
    ownerName: "text",
    desaCode: "text",
    sector: "enum:BusinessSector",
    whatsapp: "text",
    description: "text",
    verificationStatus: "enum:VerificationStatus",
    sizeClass: "enum:SizeClass",
    createdAt: "timestamp",
    updatedAt: "timestamp",
  },
  SellerLegality: {
    id: "text",
    sellerId: "text",
    type: "enum:LegalityType",
    number: "text",
    status: "enum:LegalityStatus",
    createdAt: "timestamp",
    updatedAt: "timestamp",
  },
  Category: { id: "text", slug: "text", nameId: "text", nameEn: "text" },
  Product: {
    id: "text",
    slug: "text",
    sellerId: "text",
    categoryId: "text",
    title: "text",
    status: "enum:ProductStatus",
    price: "int",
    createdAt: "timestamp",
    updatedAt: "timestamp",
  },
  ProductVariant: {
    id: "text",
    productId: "text",
    sku: "text",
    name: "text",
    options: "json",
    price: "int",
    createdAt: "timestamp",
    updatedAt: "timestamp",
  },
  TrainingProgramme: {
    id: "text",
    title: "text",
    topic: "enum:TrainingTopic",
    organiser: "text",
    description: "text",
    minPostScore: "int",
    createdById: "text",
    createdAt: "timestamp",
  },
  TrainingSession: {
    id: "text",
    programmeId: "text",
    startsAt: "timestamp",
    endsAt: "timestamp",
    desaCode: "text",
    venue: "text",
    trainer: "text",
    capacity: "int",
    createdAt: "timestamp",
  },
  TrainingAttendance: {
    id: "text",
    sessionId: "text",
    sellerId: "text",
    status: "enum:AttendanceStatus",
    preScore: "int",
    postScore: "int",
    certificateNumber: "text",
    certificateIssuedAt: "timestamp",
    recordedById: "text",
    createdAt: "timestamp",
    updatedAt: "timestamp",
  },
  LiteracyAssessment: {
    id: "text",
    sellerId: "text",
    instrumentVersion: "text",
    answers: "json",
    knowledgeScore: "int",
    skillScore: "int",
    confidenceScore: "int",
    attitudeScore: "int",
    behaviourScore: "int",
    totalScore: "int",
    stratum: "enum:LiteracyStratum",
    hasBankAccount: "bool",
    usesEwallet: "bool",
    hasSavings: "bool",
    hasCredit: "bool",
    hasKur: "bool",
    hasInsurance: "bool",
    assessedAt: "timestamp",
    recordedById: "text",
    createdAt: "timestamp",
  },
  CashbookEntry: {
    id: "text",
    sellerId: "text",
    kind: "enum:CashbookKind",
    category: "text",
    amount: "bigint",
    occurredOn: "timestamp",
    note: "text",
    recordedById: "text",
    createdAt: "timestamp",
  },
  Debt: {
    id: "text",
    sellerId: "text",
    direction: "enum:DebtDirection",
    partyName: "text",
    partyPhone: "text",
    category: "text",
    amount: "bigint",
    paidAmount: "bigint",
    incurredOn: "timestamp",
    dueOn: "timestamp",
    note: "text",
    remind: "bool",
    settledAt: "timestamp",
    recordedById: "text",
    createdAt: "timestamp",
    updatedAt: "timestamp",
  },
  DebtPayment: {
    id: "text",
    debtId: "text",
    amount: "bigint",
    paidOn: "timestamp",
    cashbookEntryId: "text",
    recordedById: "text",
    createdAt: "timestamp",
  },
  Notification: {
    id: "text",
    userId: "text",
    kind: "text",
    params: "json",
    link: "text",
    dedupeKey: "text",
    createdAt: "timestamp",
  },
  NotificationDelivery: {
    id: "text",
    notificationId: "text",
    channel: "enum:NotificationChannel",
    status: "enum:DeliveryStatus",
    address: "text",
    createdAt: "timestamp",
  },
  BankStatementLine: {
    id: "text",
    statementId: "text",
    sellerId: "text",
    fingerprint: "text",
    lineNumber: "int",
    bookedOn: "text",
    description: "text",
    amount: "int",
    outcome: "enum:StatementLineOutcome",
    paymentId: "text",
    candidateIds: "text",
    createdAt: "timestamp",
  },
  AuditLog: {
    id: "text",
    actorId: "text",
    actorRole: "enum:Role",
    action: "text",
    entityType: "text",
    entityId: "text",
    sellerId: "text",
    data: "json",
    ip: "text",
    createdAt: "timestamp",
  },
  OutboxEvent: {
    topic: "text",
    aggregateId: "text",
    payload: "json",
    status: "enum:OutboxStatus",
    availableAt: "timestamp",
    createdAt: "timestamp",
  },
} as const satisfies Record<string, Record<string, ColumnType>>;

export type InsertTable = keyof typeof INSERT_COLUMNS;
type Value = string | number | boolean | Date | null;
/** A row to insert: any of the table's registered columns (the first row names the columns). */
export type InsertRow<T extends InsertTable> = {
  [K in keyof (typeof INSERT_COLUMNS)[T]]?: Value;
};

let provider: "sqlite" | "postgresql" | undefined;

/** Whether a write failed on a unique constraint (P2002), e.g. a replay or a race lost. */
export function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}

/** The database this process talks to (from DATABASE_URL). */
export function databaseProvider(): "sqlite" | "postgresql" {
  provider ??= resolveDatabaseTarget().provider;
  return provider;
}

/** A timestamp column read by a raw query: a Date, or the text or number SQLite returns. */
export function sqlDate(value: unknown): Date | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value;
  return new Date(
    typeof value === "number" || typeof value === "bigint" ? Number(value) : String(value),
  );
}

/** Prisma's on-disk form of a DateTime in SQLite (and a valid timestamp literal for PostgreSQL). */
export function sqlTimestamp(date: Date): string {
  return date.toISOString().replace("Z", "+00:00");
}

/**
 * One bound value for hand-written SQL, typed for PostgreSQL (which cannot infer a parameter's
 * type inside a SELECT list or a CASE) and as Prisma stores it on SQLite. Objects are JSON.
 */
export function sqlValue(v: Value | object | undefined, type: ColumnType): Prisma.Sql {
  const bound = v !== null && typeof v === "object" && !(v instanceof Date) ? JSON.stringify(v) : v;
  return value(bound, type, databaseProvider() === "postgresql");
}

function value(v: Value | undefined, type: ColumnType, postgres: boolean): Prisma.Sql {
  if (v === null || v === undefined) return Prisma.sql`NULL`;
  const bound = v instanceof Date ? sqlTimestamp(v) : typeof v === "boolean" && !postgres ? +v : v;
  if (!postgres) return Prisma.sql`${bound}`;
  if (type === "timestamp") return Prisma.sql`${bound}::timestamp(3)`;
  if (type === "int") return Prisma.sql`${bound}::integer`;
  if (type === "bigint") return Prisma.sql`${bound}::bigint`;
  if (type === "bool") return Prisma.sql`${bound}::boolean`;
  if (type === "json") return Prisma.sql`${bound}::jsonb`;
  if (type.startsWith("enum:")) return Prisma.sql`${bound}::${Prisma.raw(`"${type.slice(5)}"`)}`;
  return Prisma.sql`${bound}::text`;
}

/** One INSERT of `rows` into `table`, with the columns the first row names. */
export function insertRows<T extends InsertTable>(
  table: T,
  rows: readonly InsertRow<T>[],
): Prisma.Sql {
  if (rows.length === 0) throw new Error(`insertRows(${table}) needs at least one row`);
  const postgres = databaseProvider() === "postgresql";
  const types: Record<string, ColumnType> = INSERT_COLUMNS[table];
  const names = Object.keys(rows[0]!);
  for (const name of names) {
    if (!(name in types)) throw new Error(`insertRows: ${table}.${name} is not registered`);
  }
  const head = Prisma.raw(
    `INSERT INTO "${table}" (${names.map((n) => `"${n}"`).join(", ")}) VALUES `,
  );
  const tuples = rows.map((row) => {
    const values = row as Record<string, Value | undefined>;
    return Prisma.sql`(${Prisma.join(
      names.map((n) => value(values[n], types[n]!, postgres)),
      ", ",
    )})`;
  });
  return Prisma.sql`${head}${Prisma.join(tuples, ", ")}`;
}

/**
 * Locks one row until the transaction ends, on PostgreSQL, where transactions run side by side
 * (SQLite runs one write transaction at a time, so there is nothing to do). Take it first, before
 * anything else the transaction writes, so that concurrent transactions queue instead of
 * deadlocking.
 */
export async function lockRow(
  tx: { $queryRaw: (query: Prisma.Sql) => Promise<unknown> },
  table: "Seller" | "Payment" | "TrainingSession" | "TrainingAttendance" | "Shipment",
  id: string,
): Promise<void> {
  if (databaseProvider() !== "postgresql") return;
  await tx.$queryRaw(
    Prisma.sql`SELECT "id" FROM ${Prisma.raw(`"${table}"`)} WHERE "id" = ${id} FOR UPDATE`,
  );
}

/**
 * The Asia/Jakarta calendar month (`YYYY-MM`) of a timestamp column, in SQL. Jakarta is UTC+7 all
 * year; timestamps are stored in UTC (text on SQLite, `timestamp(3)` on PostgreSQL).
 */
export function jakartaMonthSql(column: string): Prisma.Sql {
  return databaseProvider() === "postgresql"
    ? Prisma.raw(`to_char(${column} + interval '7 hours', 'YYYY-MM')`)
    : Prisma.raw(`strftime('%Y-%m', ${column}, '+7 hours')`);
}
