/**
 * What the buyer's order page shows of a checkout's pending Midtrans payment: how to pay (the
 * instruction stored when it was charged, with its QR code drawn here as SVG), how much and
 * until when. The stored JSON is read through a schema: it is ours, but written by an older
 * version perhaps, and a page must not break on it.
 */
import { z } from "zod";
import type { PaymentStatus } from "~/generated/prisma/enums";
import { isMidtransChannel, type MidtransChannel } from "./channels";
import { qrSvg } from "~/utils/qr-svg.server";

const StoredInstructionSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("qr"), qrString: z.string().min(1), qrUrl: z.string().optional() }),
  z.object({
    kind: z.literal("va"),
    bank: z.enum(["bca", "bni", "bri", "permata"]),
    vaNumber: z.string().min(1),
  }),
  z.object({ kind: z.literal("bill"), billerCode: z.string().min(1), billKey: z.string().min(1) }),
  z.object({
    kind: z.literal("redirect"),
    url: z.url({ protocol: /^https?$/ }),
    qrString: z.string().optional(),
  }),
]);

export type MidtransPaymentInstruction = z.infer<typeof StoredInstructionSchema>;

export interface MidtransPaymentView {
  amount: number;
  channel: MidtransChannel | null;
  /** Null when the charge has not been made (Midtrans could not be reached at checkout). */
  instruction: MidtransPaymentInstruction | null;
  /** The QR code to scan, as SVG markup generated here from Midtrans' QR string. */
  qrSvg: string | null;
  /** ISO time until which it can be paid: Midtrans' expiry, else the orders' deadline. */
  deadline: string | null;
}

function parseInstruction(
  stored: string | null,
): { instruction: MidtransPaymentInstruction; expiresAt: string | null } | null {
  if (!stored) return null;
  let json: unknown;
  try {
    json = JSON.parse(stored);
  } catch {
    return null;
  }
  const parsed = StoredInstructionSchema.safeParse(json);
  if (!parsed.success) return null;
  const expiresAt = z.object({ expiresAt: z.iso.datetime({ offset: true }) }).safeParse(json);
  return {
    instruction: parsed.data,
    expiresAt: expiresAt.success ? expiresAt.data.expiresAt : null,
  };
}

/** The view of a checkout's gateway payment when it is a Midtrans payment still waiting; else null. */
export async function midtransPaymentView(
  payment: {
    method: string;
    status: PaymentStatus;
    amount: number;
    channel: string | null;
    instruction: string | null;
  } | null,
  orders: { expiresAt: string | null }[],
): Promise<MidtransPaymentView | null> {
  if (!payment || payment.method !== "MIDTRANS" || payment.status !== "PENDING") return null;
  const stored = parseInstruction(payment.instruction);
  const instruction = stored?.instruction ?? null;
  const qrString =
    instruction?.kind === "qr" || instruction?.kind === "redirect" ? instruction.qrString : null;
  const deadlines = orders.flatMap((o) => (o.expiresAt ? [o.expiresAt] : [])).sort();
  return {
    amount: payment.amount,
    channel: isMidtransChannel(payment.channel) ? payment.channel : null,
    instruction,
    qrSvg: qrString ? await qrSvg(qrString) : null,
    deadline: stored?.expiresAt ?? deadlines[0] ?? null,
  };
}
