import { Link } from "@remix-run/react";
import type { ProductCard as ProductCardData } from "~/modules/catalog/catalog.server";
import { formatRupiah } from "~/modules/money/money";
import { useI18n } from "~/utils/use-i18n";
import { ResponsiveImage } from "./responsive-image";

export function ProductCard({
  product,
  priority,
}: {
  product: ProductCardData;
  priority?: boolean;
}) {
  const { t } = useI18n();
  return (
    <article className="flex flex-col overflow-hidden rounded-xl border border-stone-200 bg-white">
      <Link to={`/produk/${product.slug}`} className="block text-inherit hover:no-underline">
        <div className="aspect-square bg-stone-100">
          {product.image ? (
            <ResponsiveImage
              image={product.image}
              alt={product.image.alt || t("product.photoOf", { title: product.title })}
              sizes="(min-width: 1024px) 220px, (min-width: 640px) 30vw, 48vw"
              className="h-full w-full object-cover"
              priority={priority}
            />
          ) : null}
        </div>
        <div className="space-y-1 p-3">
          <h3 className="line-clamp-2 text-sm font-medium text-stone-900">{product.title}</h3>
          <p className="font-semibold text-brand-800">{formatRupiah(product.price)}</p>
        </div>
      </Link>
      <div className="mt-auto px-3 pb-3 text-xs text-stone-600">
        <Link to={`/toko/${product.sellerSlug}`} className="text-stone-700 underline">
          {product.sellerName}
        </Link>
        <span> · {product.desaName}</span>
        {product.halal ? (
          <span className="badge ml-1 bg-emerald-100 text-emerald-900">{t("badge.halal")}</span>
        ) : null}
        {!product.inStock ? (
          <p className="mt-1 font-medium text-red-800">{t("product.outOfStock")}</p>
        ) : null}
      </div>
    </article>
  );
}

export function ProductGrid({
  products,
  priorityCount = 0,
}: {
  products: ProductCardData[];
  priorityCount?: number;
}) {
  return (
    <ul className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-4">
      {products.map((p, i) => (
        <li key={p.id}>
          <ProductCard product={p} priority={i < priorityCount} />
        </li>
      ))}
    </ul>
  );
}
