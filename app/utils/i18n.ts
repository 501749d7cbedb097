/**
 * Two languages, rendered on the server. Bahasa Indonesia is the default; English is the
 * second. A typed dictionary keeps every key present in both languages (the compiler checks
 * the English table against the Indonesian one) and ships no i18n runtime to the browser.
 */
export const LOCALES = ["id", "en"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "id";
export const LOCALE_COOKIE = "lang";

const id = {
  "site.name": "Pasar Kampung",
  "site.tagline": "Produk UMKM desa Banyuwangi, langsung dari pembuatnya",
  "nav.home": "Beranda",
  "nav.categories": "Kategori",
  "nav.regions": "Jelajah kecamatan",
  "nav.skip": "Lewati ke konten utama",
  "nav.breadcrumb": "Jejak navigasi",
  "lang.switch": "English",
  "lang.label": "Bahasa",
  "home.featured": "Produk pilihan hari ini",
  "home.featuredNote":
    "Pilihan berganti setiap hari dan mengutamakan UMKM yang belum banyak pesanan.",
  "home.categories": "Belanja per kategori",
  "home.regions": "Jelajah kecamatan",
  "home.hero": "Belanja langsung dari UMKM desa",
  "home.heroBody":
    "Kopi Osing, batik Gajah Oling, bagiak, madu hutan dan ratusan produk lain dari {sellers} UMKM di {desa} desa dan kelurahan Kabupaten Banyuwangi.",
  "home.sellersInRegion": "{count} UMKM",
  "category.title": "Kategori {name}",
  "category.count": "{count} produk",
  "category.empty": "Belum ada produk di kategori ini.",
  "sort.label": "Urutkan",
  "sort.newest": "Terbaru",
  "sort.price_asc": "Harga terendah",
  "sort.price_desc": "Harga tertinggi",
  "sort.apply": "Terapkan",
  "pagination.label": "Halaman",
  "pagination.prev": "Sebelumnya",
  "pagination.next": "Berikutnya",
  "pagination.page": "Halaman {page} dari {pages}",
  "product.variants": "Pilihan",
  "product.stock": "Stok {count}",
  "product.outOfStock": "Stok habis",
  "product.weight": "Berat {grams} g",
  "product.description": "Deskripsi",
  "product.seller": "Penjual",
  "product.from": "dari {desa}, Kec. {kecamatan}",
  "product.whatsapp": "Tanya lewat WhatsApp",
  "product.whatsappMessage":
    'Halo {seller}, saya tertarik dengan produk "{product}" di Pasar Kampung. Apakah masih tersedia?',
  "product.moreFromShop": "Produk lain dari toko ini",
  "product.photoOf": "Foto {title}",
  "product.category": "Kategori",
  "product.rating": "{rating} dari 5 ({count} ulasan)",
  "product.noRating": "Belum ada ulasan",
  "badge.nib": "NIB",
  "badge.nibTitle": "Memiliki Nomor Induk Berusaha (NIB) terverifikasi",
  "badge.pirt": "P-IRT",
  "badge.pirtTitle": "Memiliki izin Pangan Industri Rumah Tangga (P-IRT) terverifikasi",
  "badge.halal": "Halal",
  "badge.halalTitle": "Bersertifikat halal terverifikasi",
  "badge.verified": "UMKM terverifikasi",
  "shop.title": "Toko {name}",
  "shop.owner": "Pemilik: {name}",
  "shop.products": "Produk ({count})",
  "shop.since": "Bergabung {date}",
  "shop.empty": "Toko ini belum punya produk aktif.",
  "shop.sector": "Sektor",
  "shop.whatsappMessage": "Halo {seller}, saya melihat toko Anda di Pasar Kampung.",
  "region.kecamatanIndex": "Kecamatan di Kabupaten Banyuwangi",
  "region.kecamatanTitle": "Kecamatan {name}",
  "region.desaList": "Desa dan kelurahan",
  "region.sellers": "UMKM di Kecamatan {name}",
  "region.noSellers": "Belum ada UMKM terverifikasi di sini.",
  "region.desaTitle": "Produk dari {kind} {name}",
  "region.desaSubtitle": "Kecamatan {kecamatan}, Kabupaten Banyuwangi",
  "region.desaEmpty":
    "Belum ada produk dari {kind} {name}. Lihat UMKM lain di Kecamatan {kecamatan}.",
  "region.desa": "Desa",
  "region.kelurahan": "Kelurahan",
  "region.sellerCount": "{count} UMKM",
  "region.productCount": "{count} produk",
  "region.sellersHere": "UMKM di sini",
  "sector.KULINER": "Kuliner",
  "sector.MINUMAN": "Minuman",
  "sector.FASHION": "Fesyen",
  "sector.KRIYA": "Kriya",
  "sector.PERTANIAN": "Pertanian",
  "sector.PERIKANAN": "Perikanan",
  "sector.PETERNAKAN": "Peternakan",
  "sector.HERBAL": "Herbal",
  "sector.JASA": "Jasa",
  "sector.LAINNYA": "Lainnya",
  "search.label": "Cari produk",
  "search.placeholder": "Cari kopi, batik, bagiak…",
  "search.submit": "Cari",
  "search.title": "Hasil pencarian",
  "search.titleFor": "Hasil untuk \u201c{q}\u201d",
  "search.count": "{count} produk",
  "search.filters": "Saring hasil",
  "search.category": "Kategori",
  "search.kecamatan": "Kecamatan",
  "search.desa": "Desa",
  "search.price": "Harga",
  "search.minPrice": "Harga minimum (Rp)",
  "search.maxPrice": "Harga maksimum (Rp)",
  "search.badges": "Legalitas dan stok",
  "search.halal": "Halal",
  "search.nib": "Punya NIB",
  "search.pirt": "Punya P-IRT",
  "search.inStock": "Stok tersedia",
  "search.apply": "Terapkan",
  "search.activeFilters": "Filter aktif",
  "search.removeFilter": "Hapus filter {name}",
  "search.clearFilters": "Hapus semua filter",
  "search.sort.relevance": "Paling sesuai",
  "search.empty": "Tidak ada produk yang cocok.",
  "search.emptyWithFilters": "Coba hapus beberapa filter, atau periksa ejaan kata kunci.",
  "search.popular": "Mungkin Anda suka",
  "search.invalid": "Ada parameter pencarian yang tidak valid:",
  "search.resultsRegion": "Hasil pencarian",
  "error.notFoundTitle": "Halaman tidak ditemukan",
  "error.notFoundBody": "Halaman yang Anda cari tidak ada atau sudah dipindahkan.",
  "error.title": "Terjadi kesalahan",
  "error.body": "Maaf, ada masalah di pihak kami. Silakan coba lagi sebentar lagi.",
  "error.backHome": "Kembali ke beranda",
  "footer.about":
    "Pasar Kampung adalah pasar daring terbuka untuk UMKM desa, mengikuti semangat program Smart Kampung Banyuwangi.",
  "footer.regionData": "Data wilayah: idn-area-data (Kepmendagri 2025), lisensi ODbL.",
} as const;

export type MessageKey = keyof typeof id;
type Messages = Record<MessageKey, string>;

const en: Messages = {
  "site.name": "Pasar Kampung",
  "site.tagline": "Village UMKM products from Banyuwangi, straight from their makers",
  "nav.home": "Home",
  "nav.categories": "Categories",
  "nav.regions": "Explore districts",
  "nav.skip": "Skip to main content",
  "nav.breadcrumb": "Breadcrumb",
  "lang.switch": "Bahasa Indonesia",
  "lang.label": "Language",
  "home.featured": "Today's picks",
  "home.featuredNote": "Picks change every day and favour small businesses with few orders so far.",
  "home.categories": "Shop by category",
  "home.regions": "Explore districts",
  "home.hero": "Shop directly from village businesses",
  "home.heroBody":
    "Osing coffee, Gajah Oling batik, bagiak, wild honey and hundreds more from {sellers} small businesses in {desa} villages of Banyuwangi Regency.",
  "home.sellersInRegion": "{count} businesses",
  "category.title": "{name}",
  "category.count": "{count} products",
  "category.empty": "No products in this category yet.",
  "sort.label": "Sort by",
  "sort.newest": "Newest",
  "sort.price_asc": "Lowest price",
  "sort.price_desc": "Highest price",
  "sort.apply": "Apply",
  "pagination.label": "Pages",
  "pagination.prev": "Previous",
  "pagination.next": "Next",
  "pagination.page": "Page {page} of {pages}",
  "product.variants": "Options",
  "product.stock": "{count} in stock",
  "product.outOfStock": "Out of stock",
  "product.weight": "Weight {grams} g",
  "product.description": "Description",
  "product.seller": "Seller",
  "product.from": "from {desa}, {kecamatan} district",
  "product.whatsapp": "Ask on WhatsApp",
  "product.whatsappMessage":
    'Hello {seller}, I am interested in "{product}" on Pasar Kampung. Is it still available?',
  "product.moreFromShop": "More from this shop",
  "product.photoOf": "Photo of {title}",
  "product.category": "Category",
  "product.rating": "{rating} of 5 ({count} reviews)",
  "product.noRating": "No reviews yet",
  "badge.nib": "NIB",
  "badge.nibTitle": "Verified business identification number (NIB)",
  "badge.pirt": "P-IRT",
  "badge.pirtTitle": "Verified home-industry food permit (P-IRT)",
  "badge.halal": "Halal",
  "badge.halalTitle": "Verified halal certificate",
  "badge.verified": "Verified business",
  "shop.title": "{name}",
  "shop.owner": "Owner: {name}",
  "shop.products": "Products ({count})",
  "shop.since": "Joined {date}",
  "shop.empty": "This shop has no active products yet.",
  "shop.sector": "Sector",
  "shop.whatsappMessage": "Hello {seller}, I found your shop on Pasar Kampung.",
  "region.kecamatanIndex": "Districts of Banyuwangi Regency",
  "region.kecamatanTitle": "{name} district",
  "region.desaList": "Villages",
  "region.sellers": "Businesses in {name} district",
  "region.noSellers": "No verified businesses here yet.",
  "region.desaTitle": "Products from {name} {kind}",
  "region.desaSubtitle": "{kecamatan} district, Banyuwangi Regency",
  "region.desaEmpty":
    "No products from {name} {kind} yet. See other businesses in {kecamatan} district.",
  "region.desa": "village",
  "region.kelurahan": "urban village",
  "region.sellerCount": "{count} businesses",
  "region.productCount": "{count} products",
  "region.sellersHere": "Businesses here",
  "sector.KULINER": "Food",
  "sector.MINUMAN": "Drinks",
  "sector.FASHION": "Fashion",
  "sector.KRIYA": "Crafts",
  "sector.PERTANIAN": "Farming",
  "sector.PERIKANAN": "Fisheries",
  "sector.PETERNAKAN": "Livestock",
  "sector.HERBAL": "Herbal",
  "sector.JASA": "Services",
  "sector.LAINNYA": "Other",
  "search.label": "Search products",
  "search.placeholder": "Search coffee, batik, bagiak…",
  "search.submit": "Search",
  "search.title": "Search results",
  "search.titleFor": "Results for \u201c{q}\u201d",
  "search.count": "{count} products",
  "search.filters": "Filter results",
  "search.category": "Category",
  "search.kecamatan": "District",
  "search.desa": "Village",
  "search.price": "Price",
  "search.minPrice": "Minimum price (Rp)",
  "search.maxPrice": "Maximum price (Rp)",
  "search.badges": "Legality and stock",
  "search.halal": "Halal",
  "search.nib": "Has NIB",
  "search.pirt": "Has P-IRT",
  "search.inStock": "In stock",
  "search.apply": "Apply",
  "search.activeFilters": "Active filters",
  "search.removeFilter": "Remove filter {name}",
  "search.clearFilters": "Clear all filters",
  "search.sort.relevance": "Best match",
  "search.empty": "No matching products.",
  "search.emptyWithFilters": "Try removing some filters, or check the spelling.",
  "search.popular": "You may like",
  "search.invalid": "Some search parameters are invalid:",
  "search.resultsRegion": "Search results",
  "error.notFoundTitle": "Page not found",
  "error.notFoundBody": "The page you are looking for does not exist or has moved.",
  "error.title": "Something went wrong",
  "error.body": "Sorry, something broke on our side. Please try again shortly.",
  "error.backHome": "Back to home",
  "footer.about":
    "Pasar Kampung is an open marketplace for village small businesses, in the spirit of Banyuwangi's Smart Kampung programme.",
  "footer.regionData": "Region data: idn-area-data (Kepmendagri 2025), ODbL licence.",
};

const dictionaries: Record<Locale, Messages> = { id, en };

export type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

export function createTranslator(locale: Locale): Translate {
  const messages = dictionaries[locale];
  return (key, values) => {
    const template = messages[key];
    if (!values) return template;
    return template.replace(/\{(\w+)\}/g, (match, name: string) =>
      name in values ? String(values[name]) : match,
    );
  };
}

/** Reads the locale from the `lang` cookie; anything else falls back to Indonesian. */
export function getLocaleFromCookieHeader(cookieHeader: string | null): Locale {
  if (!cookieHeader) return DEFAULT_LOCALE;
  for (const part of cookieHeader.split(";")) {
    const [name, ...rest] = part.trim().split("=");
    if (name === LOCALE_COOKIE) {
      const value = decodeURIComponent(rest.join("="));
      return isLocale(value) ? value : DEFAULT_LOCALE;
    }
  }
  return DEFAULT_LOCALE;
}

export function formatNumber(locale: Locale, value: number): string {
  return new Intl.NumberFormat(locale === "id" ? "id-ID" : "en-GB").format(value);
}

export function formatDate(locale: Locale, date: Date | string, timeZone = "Asia/Jakarta"): string {
  return new Intl.DateTimeFormat(locale === "id" ? "id-ID" : "en-GB", {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone,
  }).format(typeof date === "string" ? new Date(date) : date);
}
