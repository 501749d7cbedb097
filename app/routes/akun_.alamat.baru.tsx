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
import { requireUser } from "~/http/session.server";
import { AddressSchema, createAddress } from "~/modules/accounts/addresses.server";
import { formatIndonesianPhone } from "~/modules/auth/phone";
import { regionPickerState } from "~/modules/regions/region-picker.server";
import { db } from "~/utils/db.server";
import { metaTranslator, pageTitle } from "~/utils/meta";
import { useI18n } from "~/utils/use-i18n";

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  return {
    picker: await regionPickerState(db, {}),
    defaultValue: { recipientName: user.name, phone: formatIndonesianPhone(user.phone) },
    constraint: getZodConstraint(AddressSchema),
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const formData = await readForm(request);
  return addressFormAction(request, formData, (data) =>
    createAddress(db, { userId: user.id, data }),
  );
}

export const meta: MetaFunction = ({ matches }) => {
  const t = metaTranslator(matches);
  return [{ title: pageTitle(t, t("address.newTitle")) }, { name: "robots", content: "noindex" }];
};

export default function NewAddressPage() {
  const { t } = useI18n();
  return (
    <AddressFormPage
      title={t("address.newTitle")}
      page={useLoaderData<typeof loader>()}
      reply={useActionData<typeof action>()}
    />
  );
}

export function ErrorBoundary() {
  return <RouteErrorBoundary home="/akun/alamat" />;
}
