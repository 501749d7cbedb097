/**
 * The limit a page could be served at: a plain `node:http` server that runs a category page's
 * two queries (count, and the 24 newest public products with shop, desa and first image) through
 * better-sqlite3 and renders them with a template string. `npm run bench:pages` runs it beside
 * the app, alternately, so both are measured on the same machine at the same moment.
 *
 * Usage: tsx scripts/lib/baseline-server.ts <sqlite file> <port>
 */
import http from "node:http";
import Database from "better-sqlite3";

const [file, portArg] = process.argv.slice(2);
if (!file || !portArg) throw new Error("usage: baseline-server.ts <sqlite file> <port>");
const sqlite = new Database(file, { readonly: true });

const countSql = sqlite.prepare(`
  SELECT count(*) AS n FROM "Product" p
  JOIN "Seller" s ON s."id" = p."sellerId"
  JOIN "Category" c ON c."id" = p."categoryId"
  WHERE c."slug" = ? AND p."status" = 'ACTIVE' AND s."verificationStatus" = 'VERIFIED'`);
const pageSql = sqlite.prepare(`
  SELECT p."slug", p."title", p."price", s."businessName" AS shop, d."name" AS desa,
    (SELECT i."storageKey" FROM "ProductImage" i WHERE i."productId" = p."id"
      ORDER BY i."sortOrder" LIMIT 1) AS image
  FROM "Product" p
  JOIN "Seller" s ON s."id" = p."sellerId"
  JOIN "Region" d ON d."code" = s."desaCode"
  JOIN "Category" c ON c."id" = p."categoryId"
  WHERE c."slug" = ? AND p."status" = 'ACTIVE' AND s."verificationStatus" = 'VERIFIED'
  ORDER BY p."publishedAt" DESC, p."id" ASC LIMIT 24`);

const escape = (s: string) =>
  s.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]!);
const rupiah = new Intl.NumberFormat("id-ID");

interface Row {
  slug: string;
  title: string;
  price: number;
  shop: string;
  desa: string;
  image: string | null;
}

const server = http.createServer((req, res) => {
  const slug = (req.url ?? "/").split("/")[2]?.split("?")[0] ?? "kopi";
  const { n } = countSql.get(slug) as { n: number };
  const rows = pageSql.all(slug) as Row[];
  const cards = rows
    .map(
      (r) =>
        `<li><a href="/produk/${escape(r.slug)}">${r.image ? `<img src="/images/${escape(r.image)}" alt="">` : ""}<h3>${escape(r.title)}</h3><p>Rp${rupiah.format(r.price)}</p><p>${escape(r.shop)} · ${escape(r.desa)}</p></a></li>`,
    )
    .join("");
  res.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
  res.end(
    `<!doctype html><html lang="id"><head><meta charset="utf-8"><title>${escape(slug)}</title></head><body><h1>${escape(slug)}</h1><p>${n} produk</p><ul>${cards}</ul></body></html>`,
  );
});
server.listen(Number(portArg), "127.0.0.1", () => console.log(`baseline ready on ${portArg}`));
