import { onOutboxNotify } from "./outbox.server";

/**
 * Runs a drain function whenever the outbox is notified and at least every `intervalMs`, one run
 * at a time; keeps draining while work remains. Returns a stop function.
 */
export function startOutboxWorker(input: {
  drain: () => Promise<number>;
  intervalMs?: number;
  /**
   * Wait this long after a wake-up before draining, so a burst of commits (a checkout every few
   * milliseconds) shares one drain instead of each paying for a claim query.
   */
  wakeDelayMs?: number;
  onError?: (error: unknown) => void;
}): { stop: () => Promise<void>; kick: () => void } {
  let running: Promise<void> | null = null;
  let again = false;
  let stopped = false;

  const run = () => {
    if (stopped) return;
    if (running) {
      again = true;
      return;
    }
    running = (async () => {
      do {
        again = false;
        try {
          while (!stopped && (await input.drain()) > 0) {
            // keep going while events remain
          }
        } catch (error) {
          (input.onError ?? console.error)(error);
        }
      } while (again && !stopped);
    })().finally(() => {
      running = null;
    });
  };

  let wake: ReturnType<typeof setTimeout> | null = null;
  const delayed = () => {
    if (!input.wakeDelayMs) return run();
    wake ??= setTimeout(() => {
      wake = null;
      run();
    }, input.wakeDelayMs);
  };
  const timer = setInterval(run, input.intervalMs ?? 1_000);
  timer.unref();
  const unsubscribe = onOutboxNotify(delayed);
  run();
  return {
    kick: run,
    stop: async () => {
      stopped = true;
      clearInterval(timer);
      if (wake) clearTimeout(wake);
      unsubscribe();
      await running;
    },
  };
}
