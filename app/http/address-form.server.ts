import { parseWithZod } from "@conform-to/zod/v4";
import { data } from "@remix-run/node";
import { AddressSchema, type AddressInput } from "~/modules/accounts/addresses.server";
import { pickerCodesOf, regionPickerState } from "~/modules/regions/region-picker.server";
import { db } from "~/utils/db.server";
import { formReply, withDomainErrors } from "./errors.server";
import { redirectWithToast } from "./flash.server";

const TEXT_FIELDS = ["label", "recipientName", "phone", "detail", "postalCode"] as const;

/**
 * The address form's action, for a new address and an edited one. `intent=lanjut` is one step of
 * the region picker without JavaScript: the form comes back as typed, with the next list.
 * Anything else saves.
 */
export async function addressFormAction(
  request: Request,
  formData: FormData,
  save: (data: AddressInput) => Promise<unknown>,
) {
  // The picker's lists, read only for an answer that shows the form again.
  const picker = () => regionPickerState(db, pickerCodesOf(formData));
  if (formData.get("intent") === "lanjut") {
    const values: Record<string, string> = {};
    for (const name of TEXT_FIELDS) {
      const v = formData.get(name);
      if (typeof v === "string") values[name] = v.slice(0, 300);
    }
    return { step: Date.now(), values, picker: await picker(), result: undefined };
  }
  const submission = parseWithZod(formData, { schema: AddressSchema });
  if (submission.status !== "success") {
    return data(
      {
        step: Date.now(),
        values: null,
        picker: await picker(),
        result: formReply(request, submission),
      },
      { status: 400 },
    );
  }
  return withDomainErrors(
    request,
    async () => {
      await save(submission.value);
      return redirectWithToast("/akun/alamat", { kind: "success", key: "address.saved" });
    },
    async (failure) => ({
      step: Date.now(),
      values: null,
      picker: await picker(),
      result: formReply(request, submission, failure),
    }),
  );
}
