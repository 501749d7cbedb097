import { Form } from "@remix-run/react";
import { CopyButton } from "~/components/copy-button";
import { formatRupiah } from "~/modules/money/money";
import type { MidtransPaymentView } from "~/modules/payments/midtrans/instruction.server";
import { formatDateTime } from "~/utils/format";
import { useI18n } from "~/utils/use-i18n";

const BANK_NAMES = { bca: "BCA", bni: "BNI", bri: "BRI", permata: "Permata" } as const;

/**
 * A checkout's Midtrans payment still waiting: the QR code, virtual account number, Mandiri bill
 * codes or e-wallet link to pay with, until when, and that it is confirmed without the buyer
 * doing anything more. When the charge could not be made at checkout, a button makes it again.
 */
export function GatewayPayment({ view }: { view: MidtransPaymentView }) {
  const { locale, t } = useI18n();
  const amount = formatRupiah(view.amount);
  const { instruction } = view;
  return (
    <section
      aria-labelledby="bayar-midtrans"
      className="space-y-3 rounded-xl border border-amber-300 bg-amber-50 p-4"
    >
      <h2 id="bayar-midtrans" className="text-lg font-semibold">
        {t("midtrans.pay.title", {
          amount,
          channel: view.channel ? t(`midtrans.channel.${view.channel}`) : t("payment.MIDTRANS"),
        })}
      </h2>
      {instruction === null ? (
        <Form method="post" className="space-y-2">
          <p>{t("midtrans.pay.notCreated")}</p>
          <button type="submit" name="intent" value="pay" className="btn-primary">
            {t("midtrans.pay.create")}
          </button>
        </Form>
      ) : null}
      {instruction?.kind === "va" ? (
        <div className="space-y-1">
          <p className="font-medium">
            {t("midtrans.pay.vaNumber", { bank: BANK_NAMES[instruction.bank] })}
          </p>
          <div className="flex flex-wrap items-center gap-3">
            <CopyableNumber value={instruction.vaNumber} />
          </div>
        </div>
      ) : null}
      {instruction?.kind === "bill" ? (
        <dl className="grid gap-2 sm:grid-cols-2">
          <div>
            <dt className="font-medium">{t("midtrans.pay.billerCode")}</dt>
            <dd>
              <CopyableNumber value={instruction.billerCode} />
            </dd>
          </div>
          <div>
            <dt className="font-medium">{t("midtrans.pay.billKey")}</dt>
            <dd>
              <CopyableNumber value={instruction.billKey} />
            </dd>
          </div>
          <p className="text-sm text-stone-700 sm:col-span-2">{t("midtrans.pay.billNote")}</p>
        </dl>
      ) : null}
      {instruction?.kind === "redirect" ? (
        <p>
          <a href={instruction.url} className="btn-primary inline-block" rel="noopener noreferrer">
            {t("midtrans.pay.openApp")}
          </a>
        </p>
      ) : null}
      {view.qrSvg ? (
        <figure className="space-y-1">
          <div
            role="img"
            aria-label={t("midtrans.pay.qrImage", { amount })}
            data-midtrans-qr=""
            className="w-64 max-w-full bg-white"
            // Generated on the server by the qrcode library from Midtrans' QR string.
            dangerouslySetInnerHTML={{ __html: view.qrSvg }}
          />
          <figcaption className="text-sm text-stone-700">{t("midtrans.pay.qrNote")}</figcaption>
        </figure>
      ) : null}
      {view.deadline ? (
        <p className="font-medium">
          {t("midtrans.pay.deadline", { date: formatDateTime(locale, view.deadline) })}
        </p>
      ) : null}
      <p className="text-sm text-stone-700">{t("midtrans.pay.automatic")}</p>
    </section>
  );
}

/** A number to type into a banking app: large, selectable text, with a copy button. */
function CopyableNumber({ value }: { value: string }) {
  const { t } = useI18n();
  return (
    <span className="inline-flex flex-wrap items-center gap-3">
      <span className="select-all break-all font-mono text-2xl font-bold tracking-wider">
        {value}
      </span>
      <CopyButton value={value} label={t("midtrans.pay.copy")} />
    </span>
  );
}
