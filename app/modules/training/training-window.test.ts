import { describe, expect, it } from "vitest";
import {
  assertAttendanceWindow,
  attendanceWindow,
  checkInWindow,
  hasEnded,
  meetsCompletionRule,
  sessionEnd,
  windowState,
} from "./training-window";

// 08:00–11:00 WIB on 5 December 2026.
const session = {
  startsAt: new Date("2026-12-05T01:00:00Z"),
  endsAt: new Date("2026-12-05T04:00:00Z"),
};
const at = (iso: string) => new Date(iso);

describe("a session's windows", () => {
  it("opens attendance an hour before the start and closes it seven days after the end", () => {
    expect(attendanceWindow(session)).toEqual({
      opensAt: at("2026-12-05T00:00:00Z"),
      closesAt: at("2026-12-12T04:00:00Z"),
    });
    const state = (iso: string) => windowState(attendanceWindow(session), at(iso));
    expect(state("2026-12-04T23:59:59Z")).toBe("before");
    expect(state("2026-12-05T00:00:00Z")).toBe("open");
    // 19:40 WIB the same evening: walk-ins and the paper list can still be recorded.
    expect(state("2026-12-05T12:40:00Z")).toBe("open");
    expect(state("2026-12-12T04:00:00Z")).toBe("open");
    expect(state("2026-12-12T04:00:01Z")).toBe("after");
  });

  it("counts from the start when a session has no end", () => {
    const open = { startsAt: session.startsAt, endsAt: null };
    expect(sessionEnd(open)).toEqual(session.startsAt);
    expect(attendanceWindow(open).closesAt).toEqual(at("2026-12-12T01:00:00Z"));
  });

  it("keeps self check-in to the session's day: until three hours after the end", () => {
    expect(checkInWindow(session)).toEqual({
      opensAt: at("2026-12-05T00:00:00Z"),
      closesAt: at("2026-12-05T07:00:00Z"),
    });
  });

  it("refuses recording outside the window with a message saying when it is possible", () => {
    expect(() => assertAttendanceWindow(session, at("2026-12-04T20:00:00Z"))).toThrow(
      "Kehadiran baru bisa dicatat mulai 1 jam sebelum sesi dimulai",
    );
    expect(() => assertAttendanceWindow(session, at("2026-12-13T04:00:00Z"))).toThrow(
      "Kehadiran hanya bisa dicatat sampai 7 hari setelah sesi selesai",
    );
    expect(() => assertAttendanceWindow(session, at("2026-12-05T03:00:00Z"))).not.toThrow();
  });

  it("says a session has ended from its end on", () => {
    expect(hasEnded(session, at("2026-12-05T03:59:59Z"))).toBe(false);
    expect(hasEnded(session, at("2026-12-05T04:00:00Z"))).toBe(true);
  });
});

describe("the completion rule", () => {
  it("asks presence alone when the programme sets no minimum", () => {
    expect(meetsCompletionRule({ status: "ATTENDED", postScore: null }, null)).toBe(true);
    expect(meetsCompletionRule({ status: "ABSENT", postScore: 90 }, null)).toBe(false);
    expect(meetsCompletionRule({ status: "REGISTERED", postScore: null }, null)).toBe(false);
  });

  it("asks a post-test score at least the minimum otherwise", () => {
    expect(meetsCompletionRule({ status: "ATTENDED", postScore: 70 }, 70)).toBe(true);
    expect(meetsCompletionRule({ status: "ATTENDED", postScore: 69 }, 70)).toBe(false);
    expect(meetsCompletionRule({ status: "ATTENDED", postScore: null }, 70)).toBe(false);
    expect(meetsCompletionRule({ status: "ATTENDED", postScore: 0 }, 0)).toBe(true);
  });
});
