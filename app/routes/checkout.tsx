import { getFormProps, getInputProps, getTextareaProps, useForm } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod/v4";
import {
  data,
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useRef, useState, type FormEvent } from "react";
import { DesaSelect } from "~/components/seller-fields";
import { Field, FormError, inputClass } from "~/components/ui/field";
import { readForm } from "~/http/body.server";
import { formatIndonesianPhone } from "~/modules/auth/phone";
import { formatRupiah } from "~/modules/money/money";
import { MIDTRANS_CHANNELS } from "~/modules/payments/midtrans/channels";
import { getCart, type CartView } from "~/modules/orders/cart.server";
import { CheckoutSchema } from "~/modules/orders/checkout-form.server";
import { placeOrder } from "~/modules/orders/checkout.server";
import { quoteDeliveries } from "~/modules/shipping/checkout-quotes.server";
import { chosenFee, DeliveryChoices } from "~/components/checkout-delivery";
import type { ShopDeliveries } from "~/modules/shipping/checkout-quotes";
import {
  offeredPaymentMethods,
  paymentProvider,
} from "~/modules/payments/providers/registry.server";
import { listDesaOptions } from "~/modules/regions/regions.server";
import { db } from "~/utils/db.server";
import { publicOrigin } from "~/http/public-url.server";
import { metaTranslator, pageTitle } from "~/utils/meta";
import { orderSettings } from "~/modules/orders/settings.server";
import {
  domainFailure,
  formReply,
  withDomainErrors,
  type DomainFailure,
} from "~/http/errors.server";
import { addressForCheckout, listAddresses } from "~/modules/accounts/addresses.server";
import { isDomainError } from "~/utils/errors";
import { redirectWithToast } from "~/http/flash.server";
import { requireUser } from "~/http/session.server";
import { useI18n } from "~/utils/use-i18n";

const DESA_CODE = /^\d{2}\.\d{2}\.\d{2}\.\d{4}$/;

/**
 * Each shop's delivery options for the cart, priced to a desa (none yet: courier waits). An
 * action's answer reads the tariff afresh, as placeOrder does, so a refused order shows the
 * fees it was refused with.
 */
async function deliveriesFor(
  cart: Pick<CartView, "groups">,
  destination: { desaCode: string | null; postalCode?: string | null },
  cache = true,
) {
  const lines = cart.groups.flatMap((g) => g.lines);
  const { desaCode, postalCode } = destination;
  const quotes = await quoteDeliveries(db, {
    lines,
    destinationDesaCode: desaCode && DESA_CODE.test(desaCode) ? desaCode : null,
    destinationPostalCode: postalCode && /^\d{5}$/.test(postalCode) ? postalCode : null,
    cache,
  });
  return [...quotes.values()];
}

/** The shipping choice of each shop as the form sent it, to keep it chosen on re-render. */
function chosenInForm(formData: FormData): Record<string, string> {
  const chosen: Record<string, string> = {};
  for (const [key, value] of formData) {
    const match = /^shipping\[(\d+)\]\.method$/.exec(key);
    const sellerId = match ? formData.get(`shipping[${match[1]}].sellerId`) : null;
    if (typeof sellerId === "string" && typeof value === "string") {
      chosen[sellerId] = value.split("=")[0] ?? "";
    }
  }
  return chosen;
}

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const cart = await getCart(db, { userId: user.id });
  if (!cart.ready) throw redirect("/keranjang");
  const url = new URL(request.url);
  const settings = orderSettings();
  const methods = offeredPaymentMethods(
    settings,
    cart.groups.map((g) => g.seller),
  );
  const addresses = await listAddresses(db, user.id);
  const constraint = getZodConstraint(CheckoutSchema);
  // Quotes go to ?alamat=<saved address>, else ?desa=<code>, else the default address.
  const asked = url.searchParams.get("alamat");
  const saved =
    addresses.find((a) => a.id === asked) ??
    (url.searchParams.has("desa") ? undefined : addresses.find((a) => a.isDefault));
  const desaCode = saved?.desaCode ?? url.searchParams.get("desa");
  return {
    cart,
    methods,
    user: { name: user.name, phone: formatIndonesianPhone(user.phone) },
    addresses: addresses.map((a) => ({
      id: a.id,
      label: a.label,
      isDefault: a.isDefault,
      text: `${a.recipientName} · ${formatIndonesianPhone(a.phone)} — ${a.detail}, ${a.place}${a.postalCode ? ` ${a.postalCode}` : ""}`,
    })),
    desaOptions: await listDesaOptions(db),
    deliveries: await deliveriesFor(cart, { desaCode, postalCode: saved?.postalCode }),
    addressId: saved ? saved.id : addresses.length > 0 ? "" : null,
    /** ?desa=<code>: the desa the fees were worked out for, preselected below. */
    desaCode: saved ? undefined : (desaCode ?? undefined),
    // With a saved address chosen, the free-text address stays empty: not required then.
    constraint:
      addresses.length > 0
        ? { ...constraint, address: { ...constraint.address, required: false } }
        : constraint,
  };
}

/**
 * A saved address chosen at checkout fills the recipient fields from the buyer's own address
 * book (never from the form); an unknown or someone else's id is a refusal.
 */
async function fillFromAddressBook(
  request: Request,
  formData: FormData,
  userId: string,
): Promise<DomainFailure | null> {
  const addressId = formData.get("addressId");
  formData.delete("addressId");
  if (typeof addressId !== "string" || addressId === "") return null;
  try {
    const fields = await addressForCheckout(db, { id: addressId.slice(0, 40), userId });
    for (const [name, value] of Object.entries(fields)) formData.set(name, value);
    return null;
  } catch (error) {
    if (!isDomainError(error)) throw error;
    return domainFailure(request, error);
  }
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const formData = await readForm(request);
  const intent = formData.get("intent");
  formData.delete("intent");
  const addressId = formData.get("addressId");
  const refusal = await fillFromAddressBook(request, formData, user.id);
  const submission = parseWithZod(formData, { schema: CheckoutSchema });
  // Every answer that shows the form again brings the fees for the address it was sent with
  // (worked out only then: a placed order is priced by placeOrder alone).
  const desaCode = formData.get("desaCode");
  const postalCode = formData.get("postalCode");
  const shown = async () => ({
    deliveries: await deliveriesFor(
      await getCart(db, { userId: user.id }),
      {
        desaCode: typeof desaCode === "string" ? desaCode : null,
        postalCode: typeof postalCode === "string" ? postalCode : null,
      },
      false,
    ),
    chosen: chosenInForm(formData),
    addressId: typeof addressId === "string" ? addressId : null,
  });
  if (refusal) {
    return data(
      { result: formReply(request, submission, refusal), ...(await shown()) },
      { status: 400 },
    );
  }
  if (intent === "quote") {
    // "Hitung ongkir": the same form again with this address's fees, nothing checked yet.
    return { result: { initialValue: submission.reply().initialValue }, ...(await shown()) };
  }
  if (submission.status !== "success") {
    return data(
      { result: formReply(request, submission, null), ...(await shown()) },
      { status: 400 },
    );
  }
  return withDomainErrors(
    request,
    async () => {
      const placed = await placeOrder(db, {
        buyerId: user.id,
        checkout: submission.value,
        settings: orderSettings(),
        fromCartOf: user.id,
      });
      const provider = paymentProvider(submission.value.paymentMethod);
      if (placed.gatewayPayment && provider.start) {
        try {
          const started = await provider.start(db, {
            paymentId: placed.gatewayPayment.id,
            returnUrl: `${publicOrigin(request)}/pesanan/${placed.groupCode}`,
          });
          if (started) return redirect(started.redirectTo);
        } catch (error) {
          // The order exists; the buyer can start the payment again from its page.
          console.error(`${provider.method} payment could not be opened:`, error);
          return redirectWithToast(`/pesanan/${placed.groupCode}`, {
            kind: "error",
            key: provider.method === "STRIPE" ? "order.cardFailed" : "order.gatewayFailed",
          });
        }
      }
      return redirectWithToast(`/pesanan/${placed.groupCode}`, {
        kind: "success",
        key: "order.placed",
      });
    },
    async (failure) => ({ result: formReply(request, submission, failure), ...(await shown()) }),
  );
}

export const meta: MetaFunction = ({ matches }) => {
  const t = metaTranslator(matches);
  return [{ title: pageTitle(t, t("checkout.title")) }, { name: "robots", content: "noindex" }];
};

/** What an action answer brings back for the form it shows again. */
interface ShownFees {
  deliveries: ShopDeliveries[];
  chosen: Record<string, string>;
  addressId: string | null;
}

export default function CheckoutPage() {
  const loaded = useLoaderData<typeof loader>();
  const { cart, methods, user, addresses, desaOptions, constraint } = loaded;
  const actionData = useActionData<typeof action>();
  // The fees for the address last sent (Hitung ongkir, or a refused order), else the loader's.
  const shown: ShownFees | null = actionData && "deliveries" in actionData ? actionData : null;
  const deliveries = shown?.deliveries ?? loaded.deliveries;
  const addressId = shown ? shown.addressId : loaded.addressId;
  const { t } = useI18n();
  const [form, fields] = useForm<
    Record<
      | "buyerName"
      | "buyerPhone"
      | "address"
      | "desaCode"
      | "note"
      | "paymentMethod"
      | "paymentChannel",
      string
    >
  >({
    lastResult: actionData?.result,
    constraint,
    defaultValue: {
      buyerName: user.name,
      buyerPhone: user.phone,
      paymentMethod: "COD",
      desaCode: loaded.desaCode,
    },
    shouldRevalidate: "onBlur",
  });
  // With JavaScript the total follows the delivery choices; without it, each choice shows its fee.
  const [chosen, setChosen] = useState<Record<string, string>>(() => ({
    ...Object.fromEntries(cart.groups.map((g) => [g.seller.id, "PICKUP_SELLER"])),
    ...shown?.chosen,
  }));
  const bySeller = new Map(deliveries.map((d) => [d.sellerId, d]));
  const shippingTotal = cart.groups.reduce(
    (n, g) => n + chosenFee(bySeller.get(g.seller.id), chosen[g.seller.id]),
    0,
  );
  // With JavaScript, choosing another address works the fees out at once ("Hitung ongkir").
  const quoteButton = useRef<HTMLButtonElement>(null);
  const refreshQuotes = (event: FormEvent<HTMLFormElement>) => {
    const target = event.target;
    const isField = target instanceof HTMLInputElement || target instanceof HTMLSelectElement;
    if (!isField || !["addressId", fields.desaCode.name].includes(target.name)) return;
    if (target.name === "addressId" || target.value !== "") {
      event.currentTarget.requestSubmit(quoteButton.current);
    }
  };
  let lineIndex = 0;
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <p>
        <Link to="/keranjang" className="underline">
          ← {t("cart.title")}
        </Link>
      </p>
      <h1 className="text-2xl font-bold">{t("checkout.title")}</h1>
      <Form method="post" {...getFormProps(form)} onChange={refreshQuotes} className="space-y-6">
        <FormError errors={form.errors} />
        <input type="hidden" name="expectedSubtotal" value={cart.subtotal} />

        <SavedAddresses addresses={addresses} selected={addressId} />

        <fieldset className="space-y-3 rounded-xl border border-stone-200 bg-white p-4">
          <legend className="px-1 font-semibold">
            {addresses.length > 0 ? t("address.useOther") : t("checkout.recipient")}
          </legend>
          <Field
            id={fields.buyerName.id}
            label={t("checkout.name")}
            errors={fields.buyerName.errors}
          >
            <input
              {...getInputProps(fields.buyerName, { type: "text" })}
              autoComplete="name"
              className={inputClass}
            />
          </Field>
          <Field
            id={fields.buyerPhone.id}
            label={t("checkout.phone")}
            errors={fields.buyerPhone.errors}
          >
            <input
              {...getInputProps(fields.buyerPhone, { type: "tel" })}
              autoComplete="tel"
              inputMode="tel"
              className={inputClass}
            />
          </Field>
          <Field
            id={fields.address.id}
            label={t("checkout.address")}
            hint={t("checkout.addressHint")}
            errors={fields.address.errors}
          >
            <textarea
              {...getTextareaProps(fields.address, {
                ariaDescribedBy: `${fields.address.id}-hint`,
              })}
              rows={3}
              autoComplete="street-address"
              className={inputClass}
            />
          </Field>
          <Field
            id={fields.desaCode.id}
            label={t("checkout.desa")}
            hint={t("address.outsideHint")}
            errors={fields.desaCode.errors}
          >
            <DesaSelect field={fields.desaCode} desaOptions={desaOptions} />
          </Field>
          <p>
            <Link to="/akun/alamat/baru" className="underline">
              {t("address.addInBook")}
            </Link>
          </p>
          <Field id={fields.note.id} label={t("checkout.note")} errors={fields.note.errors}>
            <input {...getInputProps(fields.note, { type: "text" })} className={inputClass} />
          </Field>
        </fieldset>

        <div className="space-y-2 rounded-xl border border-stone-200 bg-white p-4">
          <p className="text-sm text-stone-700">{t("checkout.quoteHint")}</p>
          <button
            ref={quoteButton}
            type="submit"
            name="intent"
            value="quote"
            formNoValidate
            className="btn-secondary"
          >
            {t("checkout.quote")}
          </button>
        </div>

        <p className="text-sm text-stone-600">{t("checkout.perSeller")}</p>
        {cart.groups.map((group, groupIndex) => (
          <fieldset
            key={group.seller.id}
            className="space-y-3 rounded-xl border border-stone-200 bg-white p-4"
          >
            <legend className="px-1 font-semibold">
              {t("checkout.shippingFor", { seller: group.seller.businessName })}
            </legend>
            <ul className="text-sm">
              {group.lines.map((line) => {
                const i = lineIndex++;
                return (
                  <li key={line.variantId} className="flex justify-between gap-2 py-1">
                    <span>
                      {line.productTitle} · {line.variantName} × {line.quantity}
                    </span>
                    <span>{formatRupiah(line.lineTotal)}</span>
                    <input type="hidden" name={`lines[${i}].variantId`} value={line.variantId} />
                    <input type="hidden" name={`lines[${i}].quantity`} value={line.quantity} />
                  </li>
                );
              })}
            </ul>
            <input
              type="hidden"
              name={`shipping[${groupIndex}].sellerId`}
              value={group.seller.id}
            />
            <DeliveryChoices
              name={`shipping[${groupIndex}].method`}
              deliveries={bySeller.get(group.seller.id)}
              chosen={chosen[group.seller.id]}
              onChoose={(choice) => setChosen((c) => ({ ...c, [group.seller.id]: choice }))}
            />
          </fieldset>
        ))}

        <fieldset className="space-y-2 rounded-xl border border-stone-200 bg-white p-4">
          <legend className="px-1 font-semibold">{t("checkout.paymentMethod")}</legend>
          {methods.map(({ method, available }) => (
            <div key={method} className="space-y-2">
              <label className="flex items-start gap-2 has-[:disabled]:opacity-60">
                <input
                  type="radio"
                  name={fields.paymentMethod.name}
                  value={method}
                  defaultChecked={method === "COD"}
                  disabled={!available}
                  className="mt-1 h-5 w-5"
                />
                <span>
                  <span className="block font-medium">{t(`payment.${method}`)}</span>
                  <span className="block text-sm text-stone-600">
                    {available ? t(`payment.${method}.hint`) : t("payment.unavailable")}
                  </span>
                </span>
              </label>
              {method === "MIDTRANS" && available ? (
                <MidtransChannels
                  name={fields.paymentChannel.name}
                  methodName={fields.paymentMethod.name}
                  errors={fields.paymentChannel.errors}
                />
              ) : null}
            </div>
          ))}
          {fields.paymentMethod.errors?.length ? (
            <p className="text-sm font-medium text-red-800">
              {fields.paymentMethod.errors.join(" ")}
            </p>
          ) : null}
        </fieldset>

        <section
          aria-labelledby="ringkasan"
          className="space-y-1 rounded-xl border border-stone-200 bg-white p-4"
        >
          <h2 id="ringkasan" className="font-semibold">
            {t("checkout.summary")}
          </h2>
          <p className="flex justify-between">
            <span>{t("checkout.goods")}</span>
            <span>{formatRupiah(cart.subtotal)}</span>
          </p>
          <p className="flex justify-between">
            <span>{t("checkout.shippingTotal")}</span>
            <span>{formatRupiah(shippingTotal)}</span>
          </p>
          <p className="flex justify-between text-lg font-semibold">
            <span>{t("checkout.grandTotal")}</span>
            <span>{formatRupiah(cart.subtotal + shippingTotal)}</span>
          </p>
          <noscript>
            <p className="text-sm text-stone-600">{t("checkout.shippingNote")}</p>
          </noscript>
        </section>

        <button type="submit" className="btn-primary w-full">
          {t("checkout.place")}
        </button>
      </Form>
    </div>
  );
}

/**
 * The buyer's saved addresses as radios, the default preselected, and "another address" for the
 * free-text fields below.
 */
function SavedAddresses({
  addresses,
  selected,
}: {
  addresses: { id: string; label: string; isDefault: boolean; text: string }[];
  /** The address the fees were worked out for ("" = another address). */
  selected: string | null;
}) {
  const { t } = useI18n();
  if (addresses.length === 0) return null;
  return (
    <fieldset className="space-y-2 rounded-xl border border-stone-200 bg-white p-4">
      <legend className="px-1 font-semibold">{t("address.checkoutTitle")}</legend>
      {addresses.map((a) => (
        <label key={a.id} className="flex items-start gap-2">
          <input
            type="radio"
            name="addressId"
            value={a.id}
            defaultChecked={selected === null ? a.isDefault : a.id === selected}
            className="mt-1 h-5 w-5 shrink-0"
          />
          <span>
            <span className="block font-medium">
              {a.label}
              {a.isDefault ? ` (${t("address.default")})` : ""}
            </span>
            <span className="block text-sm text-stone-700">{a.text}</span>
          </span>
        </label>
      ))}
      <label className="flex items-start gap-2">
        <input
          type="radio"
          name="addressId"
          value=""
          defaultChecked={selected === ""}
          className="mt-1 h-5 w-5 shrink-0"
        />
        <span className="font-medium">{t("address.useOther")}</span>
      </label>
      <p>
        <Link to="/akun/alamat/baru" className="underline">
          {t("address.addInBook")}
        </Link>
      </p>
    </fieldset>
  );
}

/**
 * The Midtrans channels, nested under the Midtrans option. Plain radios, so they work without
 * JavaScript (the server ignores a channel sent with another method); with JavaScript, picking a
 * channel also picks Midtrans.
 */
function MidtransChannels({
  name,
  methodName,
  errors,
}: {
  name: string;
  methodName: string;
  errors?: string[];
}) {
  const { t } = useI18n();
  const errorId = `${name}-error`;
  return (
    <fieldset
      className="ml-7 space-y-1 border-l-2 border-stone-200 pl-3"
      aria-describedby={errors?.length ? errorId : undefined}
    >
      <legend className="text-sm font-medium">{t("midtrans.chooseChannel")}</legend>
      <p className="text-sm text-stone-600">{t("midtrans.chooseChannelHint")}</p>
      <ul className="grid gap-1 sm:grid-cols-2">
        {MIDTRANS_CHANNELS.map((channel) => (
          <li key={channel.id}>
            <label className="flex min-h-11 items-center gap-2">
              <input
                type="radio"
                name={name}
                value={channel.id}
                className="h-5 w-5 shrink-0"
                onChange={(event) => {
                  const method = event.currentTarget.form?.elements.namedItem(methodName);
                  if (method instanceof RadioNodeList) method.value = "MIDTRANS";
                }}
              />
              <span>{t(`midtrans.channel.${channel.id}`)}</span>
            </label>
          </li>
        ))}
      </ul>
      {errors?.length ? (
        <p id={errorId} role="alert" className="text-sm font-medium text-red-800">
          {errors.join(" ")}
        </p>
      ) : null}
    </fieldset>
  );
}
