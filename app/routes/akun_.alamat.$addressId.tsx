import { getZodConstraint } from "@conform-to/zod/v4";
import {
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { AddressFormPage } from "~/components/address-form";
import { RouteErrorBoundary } from "~/components/error-page";
import { addressFormAction } from "~/http/address-form.server";
import { readForm } from "~/http/body.server";
import { notFound } from "~/http/responses";
import { requireUser } from "~/http/session.server";
import { AddressSchema, getAddress, updateAddress } from "~/modules/accounts/addresses.server";
import { formatIndonesianPhone } from "~/modules/auth/phone";
import { chainOfDesa, regionPickerState } from "~/modules/regions/region-picker.server";
import { db } from "~/utils/db.server";
import { metaTranslator, pageTitle } from "~/utils/meta";
import { useI18n } from "~/utils/use-i18n";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const address = await getAddress(db, { id: params.addressId ?? "", userId: user.id });
  if (!address) notFound("Alamat tidak ditemukan");
  return {
    picker: await regionPickerState(db, chainOfDesa(address.desaCode)),
    defaultValue: {
      label: address.label,
      recipientName: address.recipientName,
      phone: formatIndonesianPhone(address.phone),
      detail: address.detail,
      postalCode: address.postalCode ?? "",
    },
    constraint: getZodConstraint(AddressSchema),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const formData = await readForm(request);
  const id = params.addressId ?? "";
  return addressFormAction(request, formData, (data) =>
    updateAddress(db, { id, userId: user.id, data }),
  );
}

export const meta: MetaFunction = ({ matches }) => {
  const t = metaTranslator(matches);
  return [{ title: pageTitle(t, t("address.editTitle")) }, { name: "robots", content: "noindex" }];
};

export default function EditAddressPage() {
  const { t } = useI18n();
  return (
    <AddressFormPage
      title={t("address.editTitle")}
      page={useLoaderData<typeof loader>()}
      reply={useActionData<typeof action>()}
    />
  );
}

export function ErrorBoundary() {
  return <RouteErrorBoundary home="/akun/alamat" />;
}
