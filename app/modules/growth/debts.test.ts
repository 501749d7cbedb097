import { describe, expect, it } from "vitest";
import { debtState, receivableReminderText, reminderStage } from "./debts";

describe("debtState", () => {
  const today = "2026-03-10";
  it.each([
    [{ remaining: 0, dueOn: "2026-03-01" }, "settled"],
    [{ remaining: 5_000, dueOn: null }, "open"],
    [{ remaining: 5_000, dueOn: "2026-03-09" }, "overdue"],
    [{ remaining: 5_000, dueOn: "2026-03-10" }, "dueToday"],
    [{ remaining: 5_000, dueOn: "2026-03-11" }, "dueSoon"],
    [{ remaining: 5_000, dueOn: "2026-03-13" }, "dueSoon"],
    [{ remaining: 5_000, dueOn: "2026-03-14" }, "open"],
  ] as const)("%o on 10 March is %s", (debt, state) => {
    expect(debtState(debt, today)).toBe(state);
  });
});

describe("reminderStage", () => {
  it.each([
    ["2026-03-31", "2026-03-27", null],
    ["2026-03-31", "2026-03-28", "soon"],
    ["2026-03-31", "2026-03-30", "soon"],
    ["2026-03-31", "2026-03-31", "due"],
    ["2026-03-31", "2026-04-01", null],
    // Across a month and a year end.
    ["2027-01-02", "2026-12-30", "soon"],
  ] as const)("due %s, today %s → %s", (dueOn, today, stage) => {
    expect(reminderStage(dueOn, today)).toBe(stage);
  });
});

describe("receivableReminderText", () => {
  const base = { partyName: "Sri", shopName: "Warung Bu Tin", remaining: 125_000 };
  it("names the amount and the due date politely", () => {
    const text = receivableReminderText({ ...base, dueOn: "2026-03-31", today: "2026-03-28" });
    expect(text).toContain("Halo Bapak/Ibu Sri");
    expect(text).toContain("Warung Bu Tin");
    expect(text).toContain("Rp125.000");
    expect(text).toContain("akan jatuh tempo pada 31 Maret 2026");
    expect(text).toContain("mohon abaikan");
  });
  it("says when the due date is today or past", () => {
    expect(receivableReminderText({ ...base, dueOn: "2026-03-31", today: "2026-03-31" })).toContain(
      "jatuh tempo hari ini, 31 Maret 2026",
    );
    expect(receivableReminderText({ ...base, dueOn: "2026-03-01", today: "2026-03-31" })).toContain(
      "yang jatuh tempo pada 1 Maret 2026",
    );
  });
  it("leaves the date out when there is none", () => {
    const text = receivableReminderText({ ...base, dueOn: null, today: "2026-03-31" });
    expect(text).toContain("sebesar Rp125.000. Bila");
  });
});
