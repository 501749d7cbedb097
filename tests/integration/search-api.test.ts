import { beforeAll, describe, expect, it } from "vitest";
import { loader } from "~/routes/api.search";
import { db } from "~/utils/db.server";
import { createCategory, createProduct, createSeller } from "../factories";

async function get(query: string) {
  const response = await loader({
    request: new Request(`http://localhost/api/search?${query}`),
    params: {},
    context: { cspNonce: "", clientIp: "127.0.0.1" },
  });
  return { status: response.status, body: await response.json() };
}

beforeAll(async () => {
  const kopi = await createCategory(db, { slug: "kopi", nameId: "Kopi", nameEn: "Coffee" });
  const seller = await createSeller(db, {
    businessName: "Kopi Gombengsari",
    desaCode: "35.10.21.1006",
  });
  await createProduct(db, {
    sellerId: seller.id,
    categoryId: kopi.id,
    slug: "kopi-robusta-gombengsari",
    title: "Kopi Robusta Gombengsari",
    variants: [{ price: 30_000, stock: 3 }],
  });
});

describe("GET /api/search", () => {
  it("answers the documented shape", async () => {
    const { status, body } = await get(
      "q=robsta&kecamatan=35.10.21&inStock=1&sort=price_asc&page=1",
    );
    expect(status).toBe(200);
    expect(body).toMatchObject({
      total: 1,
      page: 1,
      hits: [
        {
          title: "Kopi Robusta Gombengsari",
          slug: "kopi-robusta-gombengsari",
          price: 30_000,
          sellerName: "Kopi Gombengsari",
          desa: "Gombengsari",
          kecamatan: "Kalipuro",
        },
      ],
      facets: { category: { kopi: 1 }, kecamatan: { "35.10.21": 1 }, desa: { "35.10.21.1006": 1 } },
    });
    expect(typeof body.processingTimeMs).toBe("number");
    expect(body.hits[0]).toHaveProperty("id");
    expect(body.hits[0]).toHaveProperty("image");
  });

  it.each([
    ["sort=cheapest", "sort"],
    ["page=0", "page"],
    ["page=abc", "page"],
    ["minPrice=-5", "minPrice"],
    ["minPrice=50000&maxPrice=1000", "minPrice"],
    ["kecamatan=Glagah", "kecamatan"],
    ["desa=35.10.15", "desa"],
    ["halal=ya", "halal"],
    [`q=${"a".repeat(201)}`, "q"],
  ])("rejects %s with 400 and a message naming %s", async (query, param) => {
    const { status, body } = await get(query);
    expect(status).toBe(400);
    expect(body.error).toBe("Parameter pencarian tidak valid");
    expect(body.issues.map((i: { param: string }) => i.param)).toContain(param);
    expect(body.issues[0].message.length).toBeGreaterThan(5);
  });
});
