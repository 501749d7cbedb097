/**
 * When a training session's records may be written (docs/decisions/022-honest-training-records.md):
 * attendance from an hour before the start until a week after the end, self check-in until a few
 * hours after the end, certificates once the session is over.
 */
import { DomainError } from "~/utils/errors";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** Participants arrive early: attendance opens this long before the start. */
export const OPENS_BEFORE_START_MS = HOUR;
/** Staff often write the paper list up later: attendance closes this long after the end. */
export const CLOSES_AFTER_END_MS = 7 * DAY;
/** Self check-in (the QR at the venue) stays open this long after the end. */
export const CHECK_IN_AFTER_END_MS = 3 * HOUR;

export interface SessionTimes {
  startsAt: Date;
  endsAt: Date | null;
}

/** The session's end; a session without one ends when it starts. */
export function sessionEnd(session: SessionTimes): Date {
  return session.endsAt ?? session.startsAt;
}

/** From when until when attendance, scores and walk-ins may be recorded. */
export function attendanceWindow(session: SessionTimes): { opensAt: Date; closesAt: Date } {
  return {
    opensAt: new Date(session.startsAt.getTime() - OPENS_BEFORE_START_MS),
    closesAt: new Date(sessionEnd(session).getTime() + CLOSES_AFTER_END_MS),
  };
}

/** From when until when participants may mark themselves present. */
export function checkInWindow(session: SessionTimes): { opensAt: Date; closesAt: Date } {
  return {
    opensAt: new Date(session.startsAt.getTime() - OPENS_BEFORE_START_MS),
    closesAt: new Date(sessionEnd(session).getTime() + CHECK_IN_AFTER_END_MS),
  };
}

export type WindowState = "before" | "open" | "after";

export function windowState(window: { opensAt: Date; closesAt: Date }, at: Date): WindowState {
  if (at < window.opensAt) return "before";
  if (at > window.closesAt) return "after";
  return "open";
}

/** Refuses recording attendance at `now` when it lies outside the session's window. */
export function assertAttendanceWindow(session: SessionTimes, now: Date): void {
  const state = windowState(attendanceWindow(session), now);
  if (state === "before") {
    throw new DomainError(
      "CONFLICT",
      "Kehadiran baru bisa dicatat mulai 1 jam sebelum sesi dimulai",
    );
  }
  if (state === "after") {
    throw new DomainError(
      "CONFLICT",
      "Kehadiran hanya bisa dicatat sampai 7 hari setelah sesi selesai",
    );
  }
}

export function hasEnded(session: SessionTimes, now: Date): boolean {
  return now >= sessionEnd(session);
}

/** The completion rule: present, and (when the programme asks) a post-test score high enough. */
export function meetsCompletionRule(
  attendance: { status: string; postScore: number | null },
  minPostScore: number | null,
): boolean {
  if (attendance.status !== "ATTENDED") return false;
  if (minPostScore === null) return true;
  return attendance.postScore !== null && attendance.postScore >= minPostScore;
}
