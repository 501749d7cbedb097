/**
 * Notifications under load: checkouts whose shops have an owner and a desa operator opted into
 * WhatsApp and email, with the delivery worker sending to local stand-ins (a WhatsApp Cloud API
 * stand-in and a real SMTP server, in a process of their own) while the checkouts run. The same
 * run places checkouts at shops nobody is told about (notifications off) before and after, for
 * the slowdown. Prints progress, then one line of JSON.
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
const worker = startOutboxWorker({
  drain: () => processNotificationOutbox(db, { workerId: `bench:${os.hostname()}` }),
  intervalMs: 200,
});

const run = (shops: typeof silentShops, total: number, label: string) =>
  runCheckouts(db, { shops, buyerIds, clients, total, label });

console.log(`Notifications off: ${baseline} checkouts…`);
const off1 = await run(silentShops, baseline, "off ");
console.log(`Notifications on: ${checkouts} checkouts, delivery worker running…`);
const onStarted = performance.now();
const on = await run(notifiedShops, checkouts, "on ");
console.log(`Notifications off again: ${baseline} checkouts…`);
const off2 = await run(silentShops, baseline, "off ");

const expected = await db.notificationDelivery.count();
console.log(`Waiting for ${expected} messages to be handed to the providers…`);
for (;;) {
  const pending = await db.notificationDelivery.count({ where: { status: "PENDING" } });
  if (pending === 0) break;
  console.log(`  ${pending} still queued…`);
  await new Promise((r) => setTimeout(r, 2_000));
}
const seconds = (performance.now() - onStarted) / 1000;
await worker.stop();

const rows = await db.$queryRaw<{ sent: string; created: string }[]>`
  SELECT d."sentAt" AS "sent", n."createdAt" AS "created"
  FROM "NotificationDelivery" d JOIN "Notification" n ON n."id" = d."notificationId"
  WHERE d."status" = 'SENT'`;
const delays = rows.map((r) => new Date(r.sent).getTime() - new Date(r.created).getTime());
const [failed, notifications] = await Promise.all([
  db.notificationDelivery.count({ where: { status: { not: "SENT" } } }),
  db.notification.count(),
]);
const rate = (r: typeof on) => r.latencies.length / r.seconds;
const offRate = (rate(off1) + rate(off2)) / 2;
const slowdown = ((offRate - rate(on)) / offRate) * 100;

console.log(
  `${on.latencies.length} checkouts with notifications at ${rate(on).toFixed(0)}/s ` +
    `(off: ${rate(off1).toFixed(0)}/s before, ${rate(off2).toFixed(0)}/s after); ` +
    `${notifications} in-app notifications, ${rows.length} messages sent in ${seconds.toFixed(1)} s, ` +
    `${failed} not sent; delivery p50 ${percentile(delays, 0.5).toFixed(0)} ms, ` +
    `p95 ${percentile(delays, 0.95).toFixed(0)} ms`,
);
setChannelSettings(null);
await db.$disconnect();
standins.kill("SIGTERM");
await cleanup();
console.log(
  JSON.stringify({
    database: "sqlite",
    clients,
    checkouts: on.latencies.length,
    notifications,
    messages_sent: rows.length,
    messages_not_sent: failed,
    notifications_per_s: Math.round(rows.length / seconds),
    p50_delivery_ms: Math.round(percentile(delays, 0.5)),
    p95_delivery_ms: Math.round(percentile(delays, 0.95)),
    checkouts_per_s_on: Math.round(rate(on)),
    checkouts_per_s_off: Math.round(offRate),
    checkout_slowdown_pct: Number(slowdown.toFixed(1)),
  }),
);
