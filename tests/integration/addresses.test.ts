import { beforeAll, describe, expect, it } from "vitest";
import {
  addressForCheckout,
  AddressSchema,
  createAddress,
  deleteAddress,
  getAddress,
  listAddresses,
  MAX_ADDRESSES,
  setDefaultAddress,
  updateAddress,
  type AddressInput,
} from "~/modules/accounts/addresses.server";
import { type CheckoutInput } from "~/modules/orders/checkout-form.server";
import { placeOrder, type OrderSettings } from "~/modules/orders/checkout.server";
import { db } from "~/utils/db.server";
import { createCategory, createProduct, createSeller, createUser } from "../factories";
import { domainErrorOf } from "../domain-error";

/** Kelurahan Ketabang, Kecamatan Genteng, Kota Surabaya: outside Banyuwangi. */
const KETABANG = "35.78.07.1004";
const KEMIREN = "35.10.15.2004";

function input(extra: Partial<AddressInput> = {}): AddressInput {
  return AddressSchema.parse({
    label: "Rumah",
    recipientName: "Bu Rina",
    phone: "0812-3456-7001",
    detail: "Jl. Ketabang Kali 12, RT 03 RW 04",
    desaCode: KETABANG,
    postalCode: "60272",
    ...extra,
  });
}

describe("address book", () => {
  it("normalizes the phone, refuses a bad postal code, a kecamatan code and an unknown desa", async () => {
    expect(input().phone).toBe("+6281234567001");
    const bad = AddressSchema.safeParse({ ...input(), phone: "0812", postalCode: "6027" });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues.map((i) => i.message)).toEqual(
      expect.arrayContaining(["Kode pos 5 angka", "Nomor HP tidak valid (contoh: 0812 3456 7890)"]),
    );
    const user = await createUser(db);
    const kecamatan = AddressSchema.safeParse({ ...input(), desaCode: "35.78.07" });
    expect(kecamatan.success).toBe(false);
    const unknown = await domainErrorOf(
      createAddress(db, { userId: user.id, data: input({ desaCode: "35.78.07.9999" }) }),
    );
    expect(unknown).toMatchObject({ code: "INVALID", message: "Pilih desa/kelurahan" });
  });

  it("makes the first address the default and promotes the newest when the default is deleted", async () => {
    const user = await createUser(db);
    const first = await createAddress(db, { userId: user.id, data: input() });
    const second = await createAddress(db, {
      userId: user.id,
      data: input({ label: "Kantor", desaCode: KEMIREN }),
    });
    const third = await createAddress(db, { userId: user.id, data: input({ label: "Kos" }) });
    let list = await listAddresses(db, user.id);
    expect(list.map((a) => [a.label, a.isDefault])).toEqual([
      ["Rumah", true],
      ["Kos", false],
      ["Kantor", false],
    ]);
    expect(list[0]!.place).toBe("Ketabang, Genteng, Kota Surabaya, Jawa Timur");

    await setDefaultAddress(db, { id: second.id, userId: user.id });
    list = await listAddresses(db, user.id);
    expect(list.filter((a) => a.isDefault).map((a) => a.id)).toEqual([second.id]);

    await deleteAddress(db, { id: second.id, userId: user.id });
    list = await listAddresses(db, user.id);
    expect(list.filter((a) => a.isDefault).map((a) => a.id)).toEqual([third.id]);
    await deleteAddress(db, { id: first.id, userId: user.id });
    await deleteAddress(db, { id: third.id, userId: user.id });
    expect(await listAddresses(db, user.id)).toEqual([]);
  });

  it("treats another user's address as not found for every command", async () => {
    const owner = await createUser(db);
    const other = await createUser(db);
    const { id } = await createAddress(db, { userId: owner.id, data: input() });
    expect(await getAddress(db, { id, userId: other.id })).toBeNull();
    // Each command runs only when awaited, one after the other.
    const attempts = [
      () => updateAddress(db, { id, userId: other.id, data: input({ label: "Dicuri" }) }),
      () => deleteAddress(db, { id, userId: other.id }),
      () => setDefaultAddress(db, { id, userId: other.id }),
    ];
    for (const attempt of attempts) {
      expect(await domainErrorOf(attempt())).toMatchObject({
        code: "NOT_FOUND",
        message: "Alamat tidak ditemukan",
      });
    }
    expect(await domainErrorOf(addressForCheckout(db, { id, userId: other.id }))).toMatchObject({
      code: "INVALID",
      message: "Alamat tersimpan tidak ditemukan; pilih lagi",
    });
    const mine = await getAddress(db, { id, userId: owner.id });
    expect(mine).toMatchObject({ label: "Rumah", isDefault: true });
  });

  it(`keeps at most ${MAX_ADDRESSES} addresses per user`, async () => {
    const user = await createUser(db);
    for (let i = 0; i < MAX_ADDRESSES; i++) {
      await createAddress(db, { userId: user.id, data: input({ label: `Alamat ${i}` }) });
    }
    const error = await domainErrorOf(createAddress(db, { userId: user.id, data: input() }));
    expect(error).toMatchObject({
      code: "CONFLICT",
      message: "Maksimal 20 alamat; hapus yang lama dulu",
    });
    expect(await db.address.count({ where: { userId: user.id } })).toBe(MAX_ADDRESSES);
  });
});

describe("checkout to a saved address outside Banyuwangi", () => {
  const settings: OrderSettings = { feePercent: 2, paymentTtlMs: 3_600_000, stripeEnabled: false };
  let categoryId: string;
  beforeAll(async () => {
    categoryId = (await createCategory(db)).id;
  });

  async function shop() {
    const seller = await createSeller(db, { localDeliveryFee: 5_000 });
    const product = await createProduct(db, {
      sellerId: seller.id,
      categoryId,
      variants: [{ price: 20_000, stock: 5 }],
    });
    const variant = await db.productVariant.findFirstOrThrow({ where: { productId: product.id } });
    return { seller, variant };
  }

  async function checkoutFromBook(
    buyerId: string,
    addressId: string,
    method: "PICKUP_SELLER" | "LOCAL_DELIVERY",
  ) {
    const { seller, variant } = await shop();
    const filled = await addressForCheckout(db, { id: addressId, userId: buyerId });
    const checkout: CheckoutInput = {
      ...filled,
      paymentMethod: "COD",
      lines: [{ variantId: variant.id, quantity: 1 }],
      shipping: [{ sellerId: seller.id, method }],
      expectedSubtotal: 20_000,
    };
    return placeOrder(db, { buyerId, settings, checkout });
  }

  it("stores the saved recipient, address and Surabaya desa on a COD pickup order", async () => {
    const buyer = await createUser(db);
    const { id } = await createAddress(db, { userId: buyer.id, data: input() });
    const placed = await checkoutFromBook(buyer.id, id, "PICKUP_SELLER");
    const group = await db.orderGroup.findUniqueOrThrow({ where: { id: placed.groupId } });
    expect(group).toMatchObject({
      buyerName: "Bu Rina",
      buyerPhone: "+6281234567001",
      desaCode: KETABANG,
    });
    expect(group.address).toBe(
      "Jl. Ketabang Kali 12, RT 03 RW 04, Ketabang, Genteng, Kota Surabaya, Jawa Timur 60272",
    );
  });

  it("refuses the shop's local delivery outside its regency, and allows it inside", async () => {
    const buyer = await createUser(db);
    const surabaya = await createAddress(db, { userId: buyer.id, data: input() });
    const error = await domainErrorOf(checkoutFromBook(buyer.id, surabaya.id, "LOCAL_DELIVERY"));
    expect(error.code).toBe("INVALID");
    expect(error.message).toMatch(/hanya mengantar di dalam kabupatennya$/);
    expect(await db.orderGroup.count({ where: { buyerId: buyer.id } })).toBe(0);

    const kemiren = await createAddress(db, {
      userId: buyer.id,
      data: input({ label: "Desa", desaCode: KEMIREN }),
    });
    const placed = await checkoutFromBook(buyer.id, kemiren.id, "LOCAL_DELIVERY");
    expect(placed.total).toBe(25_000);
  });
});
