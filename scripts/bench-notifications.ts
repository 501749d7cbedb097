/**
 * Notifications under load, on a fresh SQLite database. Shops whose owner and desa operator opted
 * into WhatsApp and email ("on") against shops nobody is told about ("off"); messages go to local
 * stand-ins (a WhatsApp Cloud API stand-in and a real SMTP server, in a process of their own).
 *
 * 1. Checkout cost: alternating off/on rounds with the sender paused; the slowdown is the median
 *    of the rounds' rate ratios.
 * 2. Sending throughput: the sender drains everything those rounds queued.
 * 3. Delivery delay (commit → handed to the provider) at a steady 40 checkouts/s, a pace the
 *    sender keeps up with, the sender running alongside.
 * 4. Full speed with the sender running in the same process (sharing one core with the
 *    checkouts), alternating rounds again, for comparison.
 *
 * Prints progress, then one line of JSON.
 *
 *   npm run bench:notifications -- --checkouts 5000 --clients 20
 */
import { spawn } from "node:child_process";
import os from "node:os";
import path from "node:path";
import readline from "node:readline";
import { parseArgs } from "node:util";
import { z } from "zod";
import {
  createBenchBuyers,
  createBenchShops,
  percentile,
  runCheckouts,
} from "./lib/bench-checkouts";
import { benchDatabase } from "./lib/bench-db";

const { values } = parseArgs({
  options: {
    checkouts: { type: "string" },
    clients: { type: "string" },
    baseline: { type: "string" },
  },
});
const checkouts = z.coerce
  .number()
  .int()
  .min(100)
  .max(50_000)
  .parse(values.checkouts ?? 5000);
const baseline = z.coerce
  .number()
  .int()
  .min(100)
  .max(50_000)
  .parse(values.baseline ?? 1500);
const clients = z.coerce
  .number()
  .int()
  .min(1)
  .max(200)
  .parse(values.clients ?? 20);

const { dir, cleanup } = await benchDatabase("notifications", false);
process.env.IMAGE_DIR ??= path.join(dir, "images");
process.env.DOCUMENT_DIR ??= path.join(dir, "documents");

console.log("Starting the WhatsApp and SMTP stand-ins…");
const standins = spawn(
  path.resolve("node_modules/.bin/tsx"),
  ["scripts/lib/notification-standins.ts"],
  { stdio: ["ignore", "pipe", "inherit"] },
);
const addresses = await new Promise<{
  whatsappUrl: string;
  phoneNumberId: string;
  token: string;
  smtpUrl: string;
}>((resolve, reject) => {
  standins.once("exit", (code) => reject(new Error(`stand-ins exited with ${code}`)));
  readline
    .createInterface({ input: standins.stdout! })
    .once("line", (line) => resolve(JSON.parse(line)));
});

const { migrateDatabase } = await import("./lib/migrate");
const { db } = await import("../app/utils/db.server");
const { setChannelSettings } = await import("../app/modules/notifications/channels.server");
const { processNotificationOutbox } = await import("../app/modules/notifications/delivery.server");
const { startOutboxWorker } = await import("../app/modules/outbox/worker.server");

console.log("Migrating a fresh SQLite database…");
await migrateDatabase({ quiet: true });
setChannelSettings({
  whatsapp: {
    apiUrl: addresses.whatsappUrl,
    phoneNumberId: addresses.phoneNumberId,
    accessToken: addresses.token,
    // The stand-in has no rate limit; a real number's is set by WHATSAPP_MESSAGES_PER_SECOND.
    messagesPerSecond: 1_000,
  },
  email: { smtpUrl: addresses.smtpUrl, from: "Pasar Kampung <no-reply@bench.test>" },
  publicUrl: "https://pasar.bench",
  timeoutMs: 10_000,
});

console.log("Creating shops (with and without people to notify) and 200 buyers…");
const silentShops = await createBenchShops(db);
const notifiedShops = await createBenchShops(db, { people: { whatsapp: true, email: true } });
const buyerIds = await createBenchBuyers(db, 200);
let worker: ReturnType<typeof startOutboxWorker> | null = null;
const startWorker = () => {
  worker = startOutboxWorker({
    drain: () => processNotificationOutbox(db, { workerId: `bench:${os.hostname()}` }),
    intervalMs: 1_000,
    wakeDelayMs: 20,
  });
};
const run = (shops: typeof silentShops, total: number, label = "") =>
  runCheckouts(db, { shops, buyerIds, clients, total, label });
const rate = (r: { latencies: number[]; seconds: number }) => r.latencies.length / r.seconds;
const median = (values: number[]) => percentile(values, 0.5);

console.log("Warming up (500 checkouts, not counted)…");
await run(silentShops, 500);

// 1. What writing notifications adds to a checkout: alternating rounds, the sender paused.
const rounds = 5;
const perRound = Math.ceil(checkouts / rounds);
const ratios: number[] = [];
const offRates: number[] = [];
const onRates: number[] = [];
for (let i = 1; i <= rounds; i++) {
  const off = await run(silentShops, baseline);
  const on = await run(notifiedShops, perRound);
  offRates.push(rate(off));
  onRates.push(rate(on));
  ratios.push(rate(on) / rate(off));
  console.log(
    `  round ${i}/${rounds}: off ${rate(off).toFixed(0)}/s, on ${rate(on).toFixed(0)}/s ` +
      `(${perRound} checkouts with notifications)`,
  );
}
const slowdown = (1 - median(ratios)) * 100;

// 2. Delivery throughput: the sender drains everything those checkouts queued.
const queued = await db.outboxEvent.count({ where: { topic: { startsWith: "notify" } } });
console.log(`Sending everything queued (${queued} outbox events)…`);
const drainStarted = performance.now();
startWorker();
for (;;) {
  const pending = await db.outboxEvent.count({
    where: { topic: { startsWith: "notify" }, status: { in: ["PENDING", "PROCESSING"] } },
  });
  if (pending === 0) break;
  console.log(`  ${pending} outbox events to go…`);
  await new Promise((r) => setTimeout(r, 2_000));
}
const drainSeconds = (performance.now() - drainStarted) / 1000;
const sentInDrain = await db.notificationDelivery.count({ where: { status: "SENT" } });

// 3. Delivery delay at a steady pace the sender can keep up with, sender running alongside.
const pacedPerSecond = 40;
const pacedTotal = 800;
console.log(`Paced: ${pacedTotal} checkouts at ${pacedPerSecond}/s with the sender running…`);
const pacedSince = new Date();
const pacedStarted = performance.now();
const pacedLatencies: number[] = [];
for (let i = 0; i < pacedTotal; i += pacedPerSecond / 10) {
  const tick = performance.now();
  const r = await run(notifiedShops, pacedPerSecond / 10);
  pacedLatencies.push(...r.latencies);
  const wait = 100 - (performance.now() - tick);
  if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
}
for (;;) {
  const pending = await db.notificationDelivery.count({ where: { status: "PENDING" } });
  if (pending === 0) break;
  await new Promise((r) => setTimeout(r, 200));
}
const pacedSeconds = (performance.now() - pacedStarted) / 1000;

// 4. Full speed with the sender running in the same process (both share one core): alternating
//    rounds again, each "off" round starting once the previous messages are all sent.
const waitForSent = async () => {
  for (;;) {
    const pending = await db.outboxEvent.count({
      where: { topic: { startsWith: "notify" }, status: { in: ["PENDING", "PROCESSING"] } },
    });
    if (pending === 0) return;
    await new Promise((r) => setTimeout(r, 200));
  }
};
const busyRatios: number[] = [];
for (let i = 1; i <= 3; i++) {
  await waitForSent();
  const off = await run(silentShops, baseline);
  const on = await run(notifiedShops, perRound);
  busyRatios.push(rate(on) / rate(off));
  console.log(
    `  with the sender running, round ${i}/3: off ${rate(off).toFixed(0)}/s, on ${rate(on).toFixed(0)}/s`,
  );
}
await waitForSent();
const busySlowdown = (1 - median(busyRatios)) * 100;
await worker!.stop();

const rows = await db.$queryRaw<{ sent: string; created: string }[]>`
  SELECT d."sentAt" AS "sent", n."createdAt" AS "created"
  FROM "NotificationDelivery" d JOIN "Notification" n ON n."id" = d."notificationId"
  WHERE d."status" = 'SENT' AND n."createdAt" >= ${pacedSince.toISOString().replace("Z", "+00:00")}
    AND n."createdAt" < ${new Date(pacedSince.getTime() + pacedSeconds * 1000).toISOString().replace("Z", "+00:00")}`;
const delays = rows.map((r) => new Date(r.sent).getTime() - new Date(r.created).getTime());
const [failed, notifications, messages] = await Promise.all([
  db.notificationDelivery.count({ where: { status: { notIn: ["SENT", "PENDING"] } } }),
  db.notification.count(),
  db.notificationDelivery.count(),
]);
console.log(
  `Checkouts: ${median(offRates).toFixed(0)}/s without notifications, ${median(onRates).toFixed(0)}/s ` +
    `with them (median of ${rounds} alternating rounds): ${slowdown.toFixed(1)} % slower.`,
);
console.log(
  `Sending: ${sentInDrain} messages in ${drainSeconds.toFixed(1)} s = ` +
    `${(sentInDrain / drainSeconds).toFixed(0)}/s. Paced at ${pacedPerSecond} checkouts/s: ` +
    `${rows.length} messages, delay p50 ${percentile(delays, 0.5).toFixed(0)} ms, ` +
    `p95 ${percentile(delays, 0.95).toFixed(0)} ms (checkout p95 ${percentile(pacedLatencies, 0.95).toFixed(1)} ms).`,
);
console.log(
  `Full speed with the sender in the same process: ${busySlowdown.toFixed(1)} % slower ` +
    `(median of 3 rounds); ${notifications} notifications, ${messages} messages, ${failed} failed.`,
);
setChannelSettings(null);
await db.$disconnect();
standins.kill("SIGTERM");
await cleanup();
console.log(
  JSON.stringify({
    database: "sqlite",
    clients,
    checkouts_with_notifications: perRound * (rounds + 3) + pacedTotal,
    notifications,
    messages,
    messages_failed: failed,
    notifications_per_s: Math.round(sentInDrain / drainSeconds),
    p50_delivery_ms: Math.round(percentile(delays, 0.5)),
    p95_delivery_ms: Math.round(percentile(delays, 0.95)),
    paced_checkouts_per_s: pacedPerSecond,
    checkouts_per_s_off: Math.round(median(offRates)),
    checkouts_per_s_on: Math.round(median(onRates)),
    checkout_slowdown_pct: Number(slowdown.toFixed(1)),
    checkout_slowdown_with_sender_pct: Number(busySlowdown.toFixed(1)),
  }),
);
