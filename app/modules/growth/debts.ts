/**
 * Rules of the debt book ("buku utang-piutang") that need no database: where a debt stands on a
 * given day, when its reminders are due, and the polite WhatsApp message a shop sends to someone
 * who owes it. Days are Jakarta calendar days `YYYY-MM-DD`.
 */
import { formatRupiah } from "~/modules/money/money";
import { formatDay } from "~/utils/format";
import { daysBetween } from "~/utils/jakarta-calendar";

/** Reminders go out this many days before the due date, and again on the day. */
export const REMINDER_LEAD_DAYS = 3;

export type DebtState = "settled" | "overdue" | "dueToday" | "dueSoon" | "open";

/** Where a debt stands on `today`: paid off, past its due date, due today or soon, or open. */
export function debtState(
  debt: { remaining: number; dueOn: string | null },
  today: string,
): DebtState {
  if (debt.remaining <= 0) return "settled";
  if (!debt.dueOn) return "open";
  const days = daysBetween(today, debt.dueOn);
  if (days < 0) return "overdue";
  if (days === 0) return "dueToday";
  return days <= REMINDER_LEAD_DAYS ? "dueSoon" : "open";
}

/**
 * Which reminder a debt due on `dueOn` gets on `today`: "soon" within the lead days before it,
 * "due" on the day, none otherwise (after the due date the shop sees it as overdue instead).
 */
export function reminderStage(dueOn: string, today: string): "soon" | "due" | null {
  const days = daysBetween(today, dueOn);
  if (days === 0) return "due";
  return days > 0 && days <= REMINDER_LEAD_DAYS ? "soon" : null;
}

/**
 * The message a shop sends, from its own WhatsApp, to someone who owes it. Always in Indonesian:
 * the other party's language is not known, and the reminder is the shop's, not the platform's.
 */
export function receivableReminderText(input: {
  partyName: string;
  shopName: string;
  remaining: number;
  dueOn: string | null;
  today: string;
}): string {
  const amount = formatRupiah(input.remaining);
  const due = input.dueOn ? formatDay("id", input.dueOn) : null;
  const when = !due
    ? ""
    : input.dueOn! < input.today
      ? ` yang jatuh tempo pada ${due}`
      : input.dueOn === input.today
        ? ` yang jatuh tempo hari ini, ${due}`
        : ` yang akan jatuh tempo pada ${due}`;
  return (
    `Halo Bapak/Ibu ${input.partyName}, semoga sehat selalu. ` +
    `Kami dari ${input.shopName} ingin mengingatkan dengan hormat catatan pembayaran sebesar ` +
    `${amount}${when}. Bila sudah dibayar, mohon abaikan pesan ini. Terima kasih banyak.`
  );
}
