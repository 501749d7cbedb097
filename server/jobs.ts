import crypto from "node:crypto";
import os from "node:os";
import { sweepExpiredThrottles } from "../app/modules/auth/throttle.server";
import { sendDebtReminders } from "../app/modules/growth/debts.server";
import { handleLegalityExpiry } from "../app/modules/sellers/legality-expiry.server";
import { runOrderDeadlines } from "../app/modules/orders/deadlines.server";
import { pollStaleShipments } from "../app/modules/orders/shipment-tracking.server";
import { processPickupCancelOutbox } from "../app/modules/orders/pickup-cancellation.server";
import { shippingProviderFor } from "../app/modules/shipping/shipping-provider.server";
import { processNotificationOutbox } from "../app/modules/notifications/delivery.server";
import { orderSettings } from "../app/modules/orders/settings.server";
import { refreshSalesSummary } from "../app/modules/reports/sales-summary.server";
import { processAvifOutbox } from "../app/modules/images/avif-jobs.server";
import { imageStorage } from "../app/modules/images/storage.server";
import { startOutboxWorker } from "../app/modules/outbox/worker.server";
import { processCardRefundOutbox } from "../app/modules/payments/card-refunds.server";
import { getStripe } from "../app/modules/payments/stripe.server";
import { processSearchOutbox, tailSearchOutbox } from "../app/modules/search/indexer.server";
import {
  ensureSearchReady,
  getSearchEngine,
  getSearchTail,
} from "../app/modules/search/search.server";
import { db } from "../app/utils/db.server";

const globalForJobs = globalThis as unknown as { __pasarJobs?: { stop: () => Promise<void> } };

/**
 * Starts this process's background work once: builds (or checks) the search index, then drains
 * the outbox into it whenever a catalog write lands, and at least every second; encodes AVIF
 * variants; expires unpaid orders; moves orders past their pack and receipt deadlines and sends
 * reminders (and the debt book's); reads the tracking of parcels whose courier went quiet; sends
 * WhatsApp and email notifications, card refunds, and the cancellations of refunded orders'
 * pickups; keeps the dashboard's sales summary current; and clears expired login counters.
 */
export function startBackgroundJobs(): void {
  if (globalForJobs.__pasarJobs) return;
  const workerId = `${os.hostname()}:${process.pid}:${crypto.randomBytes(3).toString("hex")}`;
  let worker: ReturnType<typeof startOutboxWorker> | undefined;
  // AVIF encoding is slow; it has its own worker so search updates never wait behind it.
  const images = startOutboxWorker({
    drain: () => processAvifOutbox(db, imageStorage(), { workerId }),
    intervalMs: 2_000,
    wakeDelayMs: 20,
  });
  // Unpaid orders past their payment deadline (stock back), pack and receipt deadlines,
  // reminders, the staff digest, debt-book reminders and expiring legality documents: a pass a minute, on a timer of its own (waking it after
  // every commit would only repeat the same queries).
  let deadlineRun: Promise<unknown> | null = null;
  const runDeadlines = () => {
    deadlineRun ??= runOrderDeadlines(db, { feePercent: orderSettings().feePercent })
      .then(() => sendDebtReminders(db))
      .then(() => handleLegalityExpiry(db))
      .catch((error) => console.error("Order deadlines failed:", error))
      .finally(() => {
        deadlineRun = null;
      });
  };
  runDeadlines();
  const deadlineTimer = setInterval(runDeadlines, 60_000);
  deadlineTimer.unref();
  // Parcels whose courier reports stopped: their tracking is read again, on a timer of its own
  // (a round waits on the courier's API and must not hold the order deadlines up).
  let trackingRun: Promise<unknown> | null = null;
  const trackingTimer = setInterval(() => {
    trackingRun ??= pollStaleShipments(db, shippingProviderFor(db))
      .catch((error) => console.error("Parcel tracking failed:", error))
      .finally(() => {
        trackingRun = null;
      });
  }, 5 * 60_000);
  trackingTimer.unref();
  // Expired login and sign-up counters, hourly.
  const sweepTimer = setInterval(() => {
    sweepExpiredThrottles(db).catch((error) => console.error("Throttle sweep failed:", error));
  }, 60 * 60_000);
  sweepTimer.unref();
  // WhatsApp and email messages, sent after the commit that wrote them.
  const notifications = startOutboxWorker({
    drain: () => processNotificationOutbox(db, { workerId }),
    intervalMs: 1_000,
    wakeDelayMs: 20,
  });
  // Card refunds to send to Stripe (idempotent, so racing the page that asked is harmless).
  const stripe = getStripe();
  const refunds = stripe
    ? startOutboxWorker({
        drain: () => processCardRefundOutbox(db, stripe.stripe, { workerId }),
        intervalMs: 5_000,
        wakeDelayMs: 1_000,
      })
    : null;
  // Pickups of refunded orders to call off at the courier, when a provider can (like card refunds).
  const pickupCancels = shippingProviderFor(db).cancel
    ? startOutboxWorker({
        drain: () => processPickupCancelOutbox(db, shippingProviderFor(db), { workerId }),
        intervalMs: 10_000,
        wakeDelayMs: 1_000,
      })
    : null;
  // The dashboard refreshes the summary before reading too; this keeps that refresh short.
  let summaryRun: Promise<unknown> = Promise.resolve();
  const refreshSummary = () => {
    summaryRun = refreshSalesSummary(db).catch((error) =>
      console.error("Sales summary refresh failed:", error),
    );
  };
  refreshSummary();
  const summaryTimer = setInterval(refreshSummary, 60_000);
  summaryTimer.unref();
  const ready = ensureSearchReady(db)
    .then(() => {
      const engine = getSearchEngine();
      const tail = getSearchTail();
      // A shared engine (Meilisearch) takes each event once across instances; the embedded
      // engine lives in this process's memory, so this process follows every event.
      worker = startOutboxWorker({
        drain: () =>
          engine.name === "embedded" && tail
            ? tailSearchOutbox(db, engine, tail)
            : processSearchOutbox(db, engine, { workerId }),
        intervalMs: 1_000,
        wakeDelayMs: 20,
      });
    })
    .catch((error) => console.error("Search index could not be prepared:", error));
  globalForJobs.__pasarJobs = {
    stop: async () => {
      await ready;
      clearInterval(summaryTimer);
      clearInterval(deadlineTimer);
      clearInterval(sweepTimer);
      clearInterval(trackingTimer);
      await Promise.all([
        worker?.stop(),
        images.stop(),
        deadlineRun,
        trackingRun,
        notifications.stop(),
        refunds?.stop(),
        pickupCancels?.stop(),
        summaryRun,
      ]);
    },
  };
}
