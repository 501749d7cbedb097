/**
 * Runs the local WhatsApp Cloud API stand-in and a real SMTP server in a process of their own, so
 * a benchmark's own process measures only the app's work. Prints one JSON line with their
 * addresses, then serves until killed.
 */
import { startSmtpStandIn } from "../../tests/standins/smtp";
import { startWhatsappStandIn } from "../../tests/standins/whatsapp";

const [whatsapp, smtp] = await Promise.all([startWhatsappStandIn(), startSmtpStandIn()]);
// Keep memory flat over tens of thousands of messages: count, do not keep.
setInterval(() => {
  whatsapp.received.length = 0;
  smtp.received.length = 0;
}, 1_000).unref();
console.log(
  JSON.stringify({
    whatsappUrl: whatsapp.url,
    phoneNumberId: whatsapp.phoneNumberId,
    token: whatsapp.token,
    smtpUrl: smtp.url,
  }),
);
process.on("SIGTERM", async () => {
  await Promise.all([whatsapp.close(), smtp.close()]);
  process.exit(0);
});
