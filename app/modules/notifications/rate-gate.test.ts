import { describe, expect, it } from "vitest";
import { RateGate } from "./delivery.server";

describe("the WhatsApp rate gate", () => {
  it("queues callers beyond the rate instead of dropping them", async () => {
    const gate = new RateGate(50);
    const started = Date.now();
    const done: number[] = [];
    await Promise.all(
      Array.from({ length: 6 }, async (_, i) => {
        await gate.wait();
        done.push(i);
      }),
    );
    // Six calls at 50 per second: the last waits at least 5 × 20 ms; none is lost.
    expect(Date.now() - started).toBeGreaterThanOrEqual(95);
    expect(done.sort()).toEqual([0, 1, 2, 3, 4, 5]);
  });
});
