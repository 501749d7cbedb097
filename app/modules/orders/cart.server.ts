import crypto from "node:crypto";
import { z } from "zod";
import { Prisma } from "~/generated/prisma/client";
import type { PaymentMethod } from "~/generated/prisma/enums";
import { unpayableMethods } from "~/modules/payments/providers/registry.server";
import { publicProductWhere } from "~/modules/catalog/catalog.server";
import { storedImageSelect, toStoredImage, type StoredImage } from "~/modules/images/image-url";
import type { Db } from "~/utils/db.server";
import { DomainError } from "~/utils/errors";
import { desaWithKecamatan } from "~/modules/regions/selects";

type Tx = Prisma.TransactionClient | Db;

/** A cart belongs to a signed-in user, or to a guest through an opaque token in a cookie. */
export type CartOwner = { userId: string } | { token: string | null };

export const MAX_LINE_QUANTITY = 999;
export const MAX_CART_LINES = 50;

const quantity = (min: number) =>
  z.coerce
    .number({ error: "Jumlah harus angka" })
    .int({ error: "Jumlah harus bilangan bulat" })
    .min(min, { error: min === 0 ? "Jumlah tidak boleh negatif" : "Jumlah minimal 1" })
    .max(MAX_LINE_QUANTITY, { error: `Jumlah maksimal ${MAX_LINE_QUANTITY}` });

export const AddToCartSchema = z.object({
  variantId: z.string({ error: "Pilih varian dulu" }).min(1).max(40),
  quantity: quantity(1).default(1),
});

export const UpdateCartSchema = z.object({
  variantId: z.string().min(1).max(40),
  /** 0 removes the line. */
  quantity: quantity(0),
});

export function newCartToken(): string {
  return crypto.randomBytes(18).toString("base64url");
}

async function findCartId(db: Tx, owner: CartOwner): Promise<string | null> {
  if ("userId" in owner) {
    const cart = await db.cart.findUnique({
      where: { userId: owner.userId },
      select: { id: true },
    });
    return cart?.id ?? null;
  }
  if (!owner.token) return null;
  const cart = await db.cart.findUnique({ where: { token: owner.token }, select: { id: true } });
  return cart?.id ?? null;
}

async function ensureCart(db: Tx, owner: CartOwner): Promise<{ id: string; token: string | null }> {
  const existing = await findCartId(db, owner);
  if (existing) return { id: existing, token: "token" in owner ? owner.token : null };
  if ("userId" in owner) {
    const cart = await db.cart.upsert({
      where: { userId: owner.userId },
      create: { userId: owner.userId },
      update: {},
      select: { id: true },
    });
    return { id: cart.id, token: null };
  }
  const token = newCartToken();
  const cart = await db.cart.create({ data: { token }, select: { id: true } });
  return { id: cart.id, token };
}

/** A variant a buyer may put in a cart: active, of a public product, with its stock. */
async function purchasableVariant(db: Tx, variantId: string) {
  const variant = await db.productVariant.findFirst({
    where: { id: variantId, isActive: true, product: publicProductWhere },
    select: { id: true, stock: true, name: true, product: { select: { title: true } } },
  });
  if (!variant) throw new DomainError("NOT_FOUND", "Produk ini tidak tersedia lagi");
  return variant;
}

/**
 * A quantity the stock cannot cover, refused with the stock in the message (and `details.stock`
 * for the form's limit). `inCart` is what the cart already holds of it, which counts too.
 */
function stockError(title: string, stock: number, inCart = 0): DomainError {
  const message =
    stock <= 0
      ? `Stok habis: ${title}`
      : inCart > 0
        ? `Stok ${title} tinggal ${stock}, ${inCart} sudah di keranjang`
        : `Stok ${title} tinggal ${stock}`;
  return new DomainError("OUT_OF_STOCK", message, { stock, field: "quantity" });
}

/**
 * Adds a quantity of a variant, creating the cart when needed. Returns the cart's guest token
 * when one was created (the caller stores it in a cookie).
 */
export async function addToCart(
  db: Db,
  input: { owner: CartOwner; variantId: string; quantity: number },
): Promise<{ cartId: string; token: string | null; quantity: number }> {
  const variant = await purchasableVariant(db, input.variantId);
  const cart = await ensureCart(db, input.owner);
  const current = await db.cartItem.findUnique({
    where: { cartId_variantId: { cartId: cart.id, variantId: variant.id } },
    select: { quantity: true },
  });
  if (!current) {
    const lines = await db.cartItem.count({ where: { cartId: cart.id } });
    if (lines >= MAX_CART_LINES) {
      throw new DomainError("INVALID", `Keranjang maksimal berisi ${MAX_CART_LINES} produk`);
    }
  }
  const wanted = Math.min((current?.quantity ?? 0) + input.quantity, MAX_LINE_QUANTITY);
  if (wanted > variant.stock) {
    throw stockError(variant.product.title, variant.stock, current?.quantity ?? 0);
  }
  await db.cartItem.upsert({
    where: { cartId_variantId: { cartId: cart.id, variantId: variant.id } },
    create: { cartId: cart.id, variantId: variant.id, quantity: wanted },
    update: { quantity: wanted },
  });
  await db.cart.update({ where: { id: cart.id }, data: { updatedAt: new Date() } });
  return { cartId: cart.id, token: cart.token, quantity: wanted };
}

/** Sets a line's quantity; 0 removes it. A variant that is gone can always be removed. */
export async function setCartQuantity(
  db: Db,
  input: { owner: CartOwner; variantId: string; quantity: number },
): Promise<void> {
  const cartId = await findCartId(db, input.owner);
  if (!cartId) return;
  if (input.quantity === 0) {
    await db.cartItem.deleteMany({ where: { cartId, variantId: input.variantId } });
    return;
  }
  const variant = await purchasableVariant(db, input.variantId);
  if (input.quantity > variant.stock) throw stockError(variant.product.title, variant.stock);
  const { count } = await db.cartItem.updateMany({
    where: { cartId, variantId: input.variantId },
    data: { quantity: input.quantity },
  });
  if (count === 0) throw new DomainError("NOT_FOUND", "Produk ini tidak ada di keranjang");
}

/**
 * Moves a guest cart into the user's cart after login or sign-up. Quantities of the same variant
 * add up (capped), and the guest cart is deleted.
 */
export async function mergeGuestCart(
  db: Db,
  input: { token: string; userId: string },
): Promise<void> {
  await db.$transaction(async (tx) => {
    const guest = await tx.cart.findUnique({
      where: { token: input.token },
      select: { id: true, userId: true, items: { select: { variantId: true, quantity: true } } },
    });
    if (!guest || guest.userId) return;
    if (guest.items.length > 0) {
      const cart = await ensureCart(tx, { userId: input.userId });
      for (const item of guest.items) {
        const existing = await tx.cartItem.findUnique({
          where: { cartId_variantId: { cartId: cart.id, variantId: item.variantId } },
          select: { quantity: true },
        });
        const quantity = Math.min((existing?.quantity ?? 0) + item.quantity, MAX_LINE_QUANTITY);
        await tx.cartItem.upsert({
          where: { cartId_variantId: { cartId: cart.id, variantId: item.variantId } },
          create: { cartId: cart.id, variantId: item.variantId, quantity },
          update: { quantity },
        });
      }
    }
    await tx.cart.delete({ where: { id: guest.id } });
  });
}

export interface CartLine {
  variantId: string;
  productId: string;
  productSlug: string;
  productTitle: string;
  variantName: string;
  unitPrice: number;
  quantity: number;
  lineTotal: number;
  stock: number;
  /** False when the product was withdrawn or the stock no longer covers the quantity. */
  available: boolean;
  image: StoredImage | null;
}

export interface CartSellerGroup {
  seller: {
    id: string;
    slug: string;
    businessName: string;
    whatsapp: string;
    desaName: string;
    kecamatanName: string;
    localDeliveryFee: number | null;
    /** Methods this shop cannot be paid with (no bank account, no QRIS). */
    unpayableBy: PaymentMethod[];
  };
  lines: CartLine[];
  subtotal: number;
}

export interface CartView {
  groups: CartSellerGroup[];
  itemCount: number;
  subtotal: number;
  /** Every line can be ordered as it stands. */
  ready: boolean;
}

const EMPTY_CART: CartView = { groups: [], itemCount: 0, subtotal: 0, ready: false };

/** The cart grouped by seller with current prices (prices are never taken from the client). */
export async function getCart(db: Tx, owner: CartOwner): Promise<CartView> {
  const cartId = await findCartId(db, owner);
  if (!cartId) return EMPTY_CART;
  const items = await db.cartItem.findMany({
    where: { cartId },
    orderBy: { createdAt: "asc" },
    select: {
      quantity: true,
      variant: {
        select: {
          id: true,
          name: true,
          price: true,
          stock: true,
          isActive: true,
          product: {
            select: {
              id: true,
              slug: true,
              title: true,
              status: true,
              images: { orderBy: { sortOrder: "asc" }, take: 1, select: storedImageSelect },
              seller: {
                select: {
                  id: true,
                  slug: true,
                  businessName: true,
                  whatsapp: true,
                  verificationStatus: true,
                  localDeliveryFee: true,
                  bankAccountNumber: true,
                  qrisStatic: true,
                  desa: desaWithKecamatan,
                },
              },
            },
          },
        },
      },
    },
  });
  const groups = new Map<string, CartSellerGroup>();
  for (const { quantity, variant } of items) {
    const { product } = variant;
    const { seller } = product;
    let group = groups.get(seller.id);
    if (!group) {
      group = {
        seller: {
          id: seller.id,
          slug: seller.slug,
          businessName: seller.businessName,
          whatsapp: seller.whatsapp,
          desaName: seller.desa.name,
          kecamatanName: seller.desa.parent?.name ?? "",
          localDeliveryFee: seller.localDeliveryFee,
          unpayableBy: unpayableMethods(seller),
        },
        lines: [],
        subtotal: 0,
      };
      groups.set(seller.id, group);
    }
    const isPublic =
      variant.isActive && product.status === "ACTIVE" && seller.verificationStatus === "VERIFIED";
    const line: CartLine = {
      variantId: variant.id,
      productId: product.id,
      productSlug: product.slug,
      productTitle: product.title,
      variantName: variant.name,
      unitPrice: variant.price,
      quantity,
      lineTotal: variant.price * quantity,
      stock: variant.stock,
      available: isPublic && variant.stock >= quantity,
      image: product.images[0] ? toStoredImage(product.images[0]) : null,
    };
    group.lines.push(line);
    if (line.available) group.subtotal += line.lineTotal;
  }
  const list = [...groups.values()];
  const lines = list.flatMap((g) => g.lines);
  return {
    groups: list,
    itemCount: lines.reduce((n, l) => n + l.quantity, 0),
    subtotal: list.reduce((n, g) => n + g.subtotal, 0),
    ready: lines.length > 0 && lines.every((l) => l.available),
  };
}

/** Number of items in the cart, for the header badge. */
/** The header's cart count: asked on every page, so one raw read. */
export async function cartItemCount(db: Db, owner: CartOwner): Promise<number> {
  if (!("userId" in owner) && !owner.token) return 0;
  const rows = await db.$queryRaw<{ n: number | bigint | null }[]>`
    SELECT SUM(i."quantity") AS "n"
    FROM "CartItem" i JOIN "Cart" c ON c."id" = i."cartId"
    WHERE ${"userId" in owner ? Prisma.sql`c."userId" = ${owner.userId}` : Prisma.sql`c."token" = ${owner.token}`}`;
  return Number(rows[0]?.n ?? 0);
}
