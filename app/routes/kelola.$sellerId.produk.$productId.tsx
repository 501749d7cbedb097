import {
  getFormProps,
  getInputProps,
  getSelectProps,
  getTextareaProps,
  useForm,
} from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod/v4";
import {
  data,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { PhotoButton } from "~/components/photo-button";
import { ResponsiveImage } from "~/components/responsive-image";
import { BLANK_VARIANT, VariantNumbers, type VariantFields } from "~/components/variant-fields";
import { Field, FormError, inputClass } from "~/components/ui/field";
import { readForm, rejection, tryReadForm } from "~/http/body.server";
import { failurePage, formReply, requestLocale, withDomainErrors } from "~/http/errors.server";
import { redirectWithToast } from "~/http/flash.server";
import {
  createProduct,
  MAX_VARIANTS,
  ProductEditorSchema,
  updateProduct,
  getProductForEditor,
  listCategoryOptions,
} from "~/modules/catalog/catalog-write.server";
import { toStoredImage } from "~/modules/images/image-url";
import { imageStorage } from "~/modules/images/storage.server";
import {
  addProductPhotos,
  editProductPhoto,
  MAX_PHOTOS_PER_PRODUCT,
  MAX_UPLOAD_BYTES,
} from "~/modules/images/upload.server";
import { db } from "~/utils/db.server";
import { translateErrorMessage } from "~/utils/error-messages-en";
import { invariantResponse } from "~/http/responses";
import { metaTranslator, pageTitle } from "~/utils/meta";
import { requireSellerPermission } from "~/http/guards.server";
import { useI18n } from "~/utils/use-i18n";

const NEW = "baru";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { seller } = await requireSellerPermission(request, "seller.manage", params.sellerId ?? "");
  const categories = await listCategoryOptions(db);
  const constraint = getZodConstraint(ProductEditorSchema);
  const maxVariants = MAX_VARIANTS;
  if (params.productId === NEW)
    return { seller, categories, product: null, constraint, maxVariants };
  const product = await getProductForEditor(db, {
    productId: params.productId ?? "",
    sellerId: seller.id,
  });
  invariantResponse(product, "Produk tidak ditemukan", { status: 404 });
  return {
    seller,
    categories,
    constraint,
    maxVariants,
    product: { ...product, images: product.images.map((i) => ({ id: i.id, ...toStoredImage(i) })) },
  };
}

const PhotoEditSchema = z.discriminatedUnion("intent", [
  z.object({
    intent: z.literal("photo-alt"),
    imageId: z.string().min(1),
    alt: z.string().max(200),
  }),
  z.object({
    intent: z.literal("photo-move"),
    imageId: z.string().min(1),
    direction: z.enum(["-1", "1"]),
  }),
  z.object({ intent: z.literal("photo-delete"), imageId: z.string().min(1) }),
]);

export async function action({ request, params }: ActionFunctionArgs) {
  const { seller, user, role } = await requireSellerPermission(
    request,
    "seller.manage",
    params.sellerId ?? "",
  );
  const actor = { id: user.id, role };
  const isMultipart = request.headers.get("content-type")?.startsWith("multipart/form-data");

  if (isMultipart && params.productId !== NEW) {
    // The byte caps apply while streaming: an oversized file is cut off, not buffered.
    const read = await tryReadForm(request, {
      files: { field: "photos", maxFileBytes: MAX_UPLOAD_BYTES, maxFiles: MAX_PHOTOS_PER_PRODUCT },
    });
    if (!read.ok) {
      if (read.error.key !== "fileTooLarge") throw rejection(read.error, request);
      return data(
        {
          photoError: translateErrorMessage("Foto maksimal 10 MB.", requestLocale(request)),
          photoSaved: false,
          result: undefined,
        },
        { status: 413 },
      );
    }
    const files = await photoFiles(read.formData);
    if (files.length === 0) {
      return data(
        {
          photoError: translateErrorMessage("Pilih foto dulu.", requestLocale(request)),
          photoSaved: false,
          result: undefined,
        },
        { status: 400 },
      );
    }
    return withDomainErrors(
      request,
      async () => {
        await addProductPhotos(db, imageStorage(), {
          productId: params.productId ?? "",
          sellerId: seller.id,
          actor,
          files,
        });
        return { photoError: null, photoSaved: true, result: undefined };
      },
      (failure) => ({ photoError: failure.message, photoSaved: false, result: undefined }),
    );
  }

  // A new product's form is multipart: its first photos come with it.
  let formData: FormData;
  let photos: Buffer[] = [];
  if (isMultipart) {
    const read = await tryReadForm(request, {
      files: { field: "photos", maxFileBytes: MAX_UPLOAD_BYTES, maxFiles: MAX_PHOTOS_PER_PRODUCT },
    });
    if (!read.ok) {
      if (read.error.key !== "fileTooLarge") throw rejection(read.error, request);
      // The rest of the body was cut off with the file: only the refusal can be shown.
      return data(
        {
          photoError: translateErrorMessage("Foto maksimal 10 MB.", requestLocale(request)),
          photoSaved: false,
          result: undefined,
        },
        { status: 413 },
      );
    }
    formData = read.formData;
    photos = await photoFiles(formData);
  } else {
    formData = await readForm(request);
  }
  const intent = formData.get("intent");
  if (typeof intent === "string" && intent.startsWith("photo-")) {
    const parsed = PhotoEditSchema.safeParse(Object.fromEntries(formData));
    if (!parsed.success)
      return data(
        {
          photoError: translateErrorMessage("Permintaan tidak valid.", requestLocale(request)),
          photoSaved: false,
          result: undefined,
        },
        { status: 400 },
      );
    const p = parsed.data;
    return withDomainErrors(
      request,
      async () => {
        await editProductPhoto(db, {
          productId: params.productId ?? "",
          sellerId: seller.id,
          imageId: p.imageId,
          actor,
          change:
            p.intent === "photo-alt"
              ? { kind: "alt", alt: p.alt }
              : p.intent === "photo-move"
                ? { kind: "move", direction: p.direction === "1" ? 1 : -1 }
                : { kind: "delete" },
        });
        return { photoError: null, photoSaved: true, result: undefined };
      },
      (failure) => ({ photoError: failure.message, photoSaved: false, result: undefined }),
    );
  }

  // Adding or removing a variant row without JavaScript comes here too (conform's list intents):
  // the form is answered with its rows changed and nothing saved.
  const submission = parseWithZod(formData, { schema: ProductEditorSchema });
  if (submission.status !== "success") {
    return data(
      {
        result: formReply(request, submission),
        photoError: null,
        photoSaved: false,
      },
      { status: submission.status === "error" ? 400 : 200 },
    );
  }
  return withDomainErrors(
    request,
    async () => {
      if (params.productId === NEW) {
        const { productId } = await createProduct(db, {
          sellerId: seller.id,
          actor,
          data: submission.value,
          photos: photos.length > 0 ? { files: photos, storage: imageStorage() } : undefined,
        });
        return redirectWithToast(`/kelola/${seller.id}/produk/${productId}`, {
          kind: "success",
          key: "editor.saved",
        });
      }
      await updateProduct(db, {
        productId: params.productId ?? "",
        sellerId: seller.id,
        actor,
        data: submission.value,
      });
      return redirectWithToast(`/kelola/${seller.id}/produk/${params.productId}`, {
        kind: "success",
        key: "editor.saved",
      });
    },
    (failure) => {
      // The product (or a variant of it) is gone: the editor has nothing left to show.
      if (failure.code === "NOT_FOUND") throw failurePage(request, failure);
      return {
        result: formReply(request, submission, failure),
        photoError: null,
        photoSaved: false,
      };
    },
  );
}

/** The chosen photo files of a multipart form (an empty file input sends an empty part). */
async function photoFiles(formData: FormData): Promise<Buffer[]> {
  const files = formData
    .getAll("photos")
    .filter((f): f is File => typeof f !== "string" && f.size > 0);
  return Promise.all(files.map(async (f) => Buffer.from(await f.arrayBuffer())));
}

export const meta: MetaFunction<typeof loader> = ({ data: loaderData, matches }) => {
  const t = metaTranslator(matches);
  return [{ title: pageTitle(t, loaderData?.product?.title ?? t("editor.newTitle")) }];
};

type EditorFields = {
  title: string;
  description: string;
  categoryId: string;
  isHalal: string;
  weightGrams: string;
  status: string;
  variants: VariantFields[];
  photos: string;
};

export default function ProductEditorPage() {
  const { categories, product, constraint, maxVariants } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { locale, t } = useI18n();
  const rows: VariantFields[] = (product?.variants ?? []).map((v) => ({
    id: v.id,
    name: v.name,
    price: String(v.price),
    stock: String(v.stock),
    weightGrams: v.weightGrams === null ? "" : String(v.weightGrams),
    lengthCm: v.lengthCm === null ? "" : String(v.lengthCm),
    widthCm: v.widthCm === null ? "" : String(v.widthCm),
    heightCm: v.heightCm === null ? "" : String(v.heightCm),
  }));
  if (rows.length === 0) rows.push(BLANK_VARIANT);
  const [form, fields] = useForm<EditorFields>({
    lastResult: actionData?.result,
    constraint,
    shouldRevalidate: "onBlur",
    defaultValue: {
      title: product?.title ?? "",
      description: product?.description ?? "",
      categoryId: product?.categoryId ?? "",
      isHalal: product?.isHalal ? "on" : "",
      weightGrams: product ? String(product.weightGrams) : "",
      status: product?.status ?? "ACTIVE",
      variants: rows,
    },
  });
  const variantRows = fields.variants.getFieldList();
  const photosError =
    fields.photos.errors ?? (actionData?.photoError ? [actionData.photoError] : []);
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <h1 className="text-2xl font-bold">
        {product ? t("editor.editTitle") : t("editor.newTitle")}
      </h1>
      <Form
        method="post"
        // A new product takes its first photos with it.
        encType={product ? undefined : "multipart/form-data"}
        {...getFormProps(form)}
        className="space-y-4 rounded-xl border border-stone-200 bg-white p-4"
      >
        <input type="hidden" name="intent" value="save" />
        <FormError errors={form.errors} />
        <Field id={fields.title.id} label={t("editor.title")} errors={fields.title.errors}>
          <input {...getInputProps(fields.title, { type: "text" })} className={inputClass} />
        </Field>
        <Field
          id={fields.categoryId.id}
          label={t("editor.category")}
          errors={fields.categoryId.errors}
        >
          <select {...getSelectProps(fields.categoryId)} className={inputClass}>
            <option value="">{t("editor.chooseCategory")}</option>
            {categories.map((c) => (
              <option key={c.id} value={c.id}>
                {locale === "en" ? c.nameEn : c.nameId}
              </option>
            ))}
          </select>
        </Field>
        <Field
          id={fields.description.id}
          label={t("editor.description")}
          errors={fields.description.errors}
        >
          <textarea {...getTextareaProps(fields.description)} rows={5} className={inputClass} />
        </Field>
        <div className="grid gap-4 sm:grid-cols-2">
          <Field
            id={fields.weightGrams.id}
            label={t("editor.weight")}
            errors={fields.weightGrams.errors}
            hint={t("editor.weightHint")}
          >
            <input
              {...getInputProps(fields.weightGrams, { type: "number" })}
              aria-describedby={`${fields.weightGrams.id}-hint${fields.weightGrams.errors ? ` ${fields.weightGrams.id}-error` : ""}`}
              inputMode="numeric"
              className={inputClass}
            />
          </Field>
          <Field
            id={fields.status.id}
            label={t("editor.status")}
            errors={fields.status.errors}
            hint={t("editor.statusHint")}
          >
            <select
              {...getSelectProps(fields.status)}
              aria-describedby={`${fields.status.id}-hint${fields.status.errors ? ` ${fields.status.id}-error` : ""}`}
              className={inputClass}
            >
              {(["ACTIVE", "DRAFT", "ARCHIVED"] as const).map((s) => (
                <option key={s} value={s}>
                  {t(`status.${s}`)}
                </option>
              ))}
            </select>
          </Field>
        </div>
        <div>
          <label className="flex min-h-11 items-center gap-2">
            <input
              {...getInputProps(fields.isHalal, { type: "checkbox" })}
              aria-describedby="halal-hint"
              className="h-5 w-5"
            />
            {t("editor.halal")}
          </label>
          <p id="halal-hint" className="text-sm text-stone-600">
            {t("editor.halalHint")}
          </p>
        </div>
        <fieldset className="space-y-3 rounded-lg border border-stone-200 p-3">
          <legend className="px-1 font-medium">{t("editor.variants")}</legend>
          <p className="text-sm text-stone-600">{t("editor.variantsHint", { max: maxVariants })}</p>
          <FormError errors={fields.variants.errors} />
          <ol className="space-y-3">
            {variantRows.map((row, i) => {
              const v = row.getFieldset();
              return (
                <li key={row.key}>
                  <fieldset className="space-y-2 rounded-lg bg-stone-50 p-3">
                    <legend className="float-left mb-1 w-full font-medium">
                      {t("editor.variant", { n: i + 1 })}
                    </legend>
                    <input type="hidden" name={v.id.name} value={v.id.initialValue ?? ""} />
                    <Field id={v.name.id} label={t("editor.variantName")} errors={v.name.errors}>
                      <input {...getInputProps(v.name, { type: "text" })} className={inputClass} />
                    </Field>
                    <VariantNumbers v={v} productWeight={fields.weightGrams.value ?? undefined}>
                      {variantRows.length > 1 ? (
                        <button
                          {...form.remove.getButtonProps({ name: fields.variants.name, index: i })}
                          className="btn-secondary w-full"
                        >
                          {t("editor.removeVariant", { n: i + 1 })}
                        </button>
                      ) : null}
                    </VariantNumbers>
                  </fieldset>
                </li>
              );
            })}
          </ol>
          {variantRows.length < maxVariants ? (
            <button
              {...form.insert.getButtonProps({
                name: fields.variants.name,
                defaultValue: BLANK_VARIANT,
              })}
              className="btn-secondary w-full"
            >
              {t("editor.addVariant")}
            </button>
          ) : null}
        </fieldset>
        {product ? null : (
          <Field
            id="photos"
            label={t("editor.photoUpload")}
            errors={photosError}
            hint={t("editor.photoHint")}
          >
            <input
              id="photos"
              name="photos"
              type="file"
              accept="image/jpeg,image/png,image/webp"
              multiple
              aria-describedby={`photos-hint${photosError.length ? " photos-error" : ""}`}
              aria-invalid={photosError.length ? true : undefined}
              className="block w-full"
            />
          </Field>
        )}
        <button type="submit" className="btn-primary w-full">
          {t("editor.save")}
        </button>
      </Form>

      {product ? (
        <section
          aria-labelledby="foto"
          className="space-y-3 rounded-xl border border-stone-200 bg-white p-4"
        >
          <h2 id="foto" className="text-lg font-semibold">
            {t("editor.photos")}
          </h2>
          {actionData?.photoError ? (
            <p role="alert" className="rounded-lg border border-red-300 bg-red-50 p-3 text-red-900">
              {actionData.photoError}
            </p>
          ) : null}
          {actionData?.photoSaved ? (
            <p role="status" className="rounded-lg bg-brand-50 p-3 text-brand-900">
              {t("editor.photoSaved")}
            </p>
          ) : null}
          <Form method="post" encType="multipart/form-data" className="space-y-2">
            <label htmlFor="photos" className="block font-medium">
              {t("editor.photoUpload")}
            </label>
            <input
              id="photos"
              name="photos"
              type="file"
              accept="image/jpeg,image/png,image/webp"
              multiple
              aria-describedby="photos-hint"
              className="block w-full"
            />
            <p id="photos-hint" className="text-sm text-stone-600">
              {t("editor.photoHint")}
            </p>
            <button type="submit" className="btn-secondary">
              {t("editor.photoSubmit")}
            </button>
          </Form>
          {product.images.length === 0 ? <p>{t("editor.noPhotos")}</p> : null}
          <ol className="space-y-3">
            {product.images.map((image, i) => (
              <li
                key={image.id}
                className="grid grid-cols-[6rem_1fr] gap-3 rounded-lg border border-stone-200 p-2"
              >
                <ResponsiveImage
                  image={image}
                  alt={image.alt}
                  sizes="96px"
                  className="aspect-square w-24 rounded object-cover"
                />
                <div className="space-y-2">
                  <Form method="post" className="flex flex-wrap items-end gap-2">
                    <input type="hidden" name="intent" value="photo-alt" />
                    <input type="hidden" name="imageId" value={image.id} />
                    <label className="min-w-0 flex-1 text-sm">
                      {t("editor.altText", { n: i + 1 })}
                      <input
                        name="alt"
                        defaultValue={image.alt}
                        maxLength={200}
                        className={inputClass}
                      />
                    </label>
                    <button type="submit" className="btn-secondary">
                      {t("editor.saveAlt")}
                    </button>
                  </Form>
                  <div className="flex flex-wrap gap-2">
                    {i > 0 ? (
                      <PhotoButton
                        imageId={image.id}
                        intent="photo-move"
                        direction="-1"
                        label={t("editor.moveUp", { n: i + 1 })}
                      />
                    ) : null}
                    {i < product.images.length - 1 ? (
                      <PhotoButton
                        imageId={image.id}
                        intent="photo-move"
                        direction="1"
                        label={t("editor.moveDown", { n: i + 1 })}
                      />
                    ) : null}
                    <PhotoButton
                      imageId={image.id}
                      intent="photo-delete"
                      label={t("editor.deletePhoto", { n: i + 1 })}
                    />
                  </div>
                </div>
              </li>
            ))}
          </ol>
        </section>
      ) : null}
    </div>
  );
}
