/**
 * Curated seed data describing typical Banyuwangi UMKM products.
 *
 * Categories, product templates, seller name parts, owner names and shop taglines used by the
 * deterministic seed to generate sellers and products that resemble real village businesses in
 * Kabupaten Banyuwangi. All names are invented; prices are realistic rupiah ranges.
 */

export type Sector =
  | "KULINER"
  | "MINUMAN"
  | "FASHION"
  | "KRIYA"
  | "PERTANIAN"
  | "PERIKANAN"
  | "PETERNAKAN"
  | "HERBAL"
  | "JASA"
  | "LAINNYA";

export type Motif =
  "beans" | "stripes" | "dots" | "waves" | "leaves" | "grid" | "rings" | "diamonds";

export interface CategorySeed {
  slug: string;
  nameId: string;
  nameEn: string;
  sector: Sector;
  palette: [string, string, string];
  motif: Motif;
}

export interface OptionSeed {
  name: string;
  values: { label: string; priceFactor: number }[];
}

export interface ProductTemplate {
  category: string;
  title: string;
  description: string;
  basePrice: [number, number];
  weightGrams: number;
  halal: boolean;
  options: OptionSeed[];
}

/** Builds an option axis from `[label, priceFactor]` pairs (a fresh object on every call). */
const opt = (name: string, values: [string, number][]): OptionSeed => ({
  name,
  values: values.map(([label, priceFactor]) => ({ label, priceFactor })),
});

const ukuranKopi = (): OptionSeed =>
  opt("Ukuran", [
    ["100 g", 1],
    ["250 g", 2.3],
    ["500 g", 4.4],
  ]);

const gilingan = (): OptionSeed =>
  opt("Gilingan", [
    ["Biji", 1],
    ["Bubuk", 1],
  ]);

const ukuranBaju = (): OptionSeed =>
  opt("Ukuran", [
    ["S", 1],
    ["M", 1],
    ["L", 1.05],
    ["XL", 1.1],
  ]);

const ukuranMadu = (): OptionSeed =>
  opt("Ukuran", [
    ["250 ml", 1],
    ["500 ml", 1.9],
    ["1 L", 3.6],
  ]);

const rasaKeripik = (): OptionSeed =>
  opt("Rasa", [
    ["Original", 1],
    ["Pedas", 1],
    ["Balado", 1.05],
  ]);

const beratKg = (): OptionSeed =>
  opt("Berat", [
    ["1 kg", 1],
    ["2 kg", 1.95],
    ["5 kg", 4.6],
  ]);

export const CATEGORIES: CategorySeed[] = [
  {
    slug: "kopi",
    nameId: "Kopi",
    nameEn: "Coffee",
    sector: "MINUMAN",
    palette: ["#4b2e1e", "#8b5a2b", "#d9b38c"],
    motif: "beans",
  },
  {
    slug: "batik",
    nameId: "Batik",
    nameEn: "Batik",
    sector: "FASHION",
    palette: ["#1f2a44", "#8b5a2b", "#e8d8b0"],
    motif: "diamonds",
  },
  {
    slug: "fashion-aksesoris",
    nameId: "Fashion & Aksesoris",
    nameEn: "Fashion & Accessories",
    sector: "FASHION",
    palette: ["#7a1f1f", "#1c1c1c", "#d4a017"],
    motif: "stripes",
  },
  {
    slug: "kue-oleh-oleh",
    nameId: "Kue & Oleh-oleh",
    nameEn: "Cakes & Traditional Treats",
    sector: "KULINER",
    palette: ["#c98b3e", "#f3dcb2", "#7a4a21"],
    motif: "dots",
  },
  {
    slug: "keripik-camilan",
    nameId: "Keripik & Camilan",
    nameEn: "Chips & Snacks",
    sector: "KULINER",
    palette: ["#e3a72f", "#f7e3a1", "#b5521b"],
    motif: "rings",
  },
  {
    slug: "olahan-ikan",
    nameId: "Olahan Ikan",
    nameEn: "Processed Seafood",
    sector: "PERIKANAN",
    palette: ["#1f5f7a", "#9fc9d6", "#e07a3f"],
    motif: "waves",
  },
  {
    slug: "madu",
    nameId: "Madu",
    nameEn: "Honey",
    sector: "PETERNAKAN",
    palette: ["#b86b00", "#f2b233", "#fff1c1"],
    motif: "diamonds",
  },
  {
    slug: "jamu-herbal",
    nameId: "Jamu & Herbal",
    nameEn: "Jamu & Herbal Remedies",
    sector: "HERBAL",
    palette: ["#d98e04", "#6b8e23", "#f4e1a1"],
    motif: "leaves",
  },
  {
    slug: "gula-aren-kelapa",
    nameId: "Gula Aren & Gula Kelapa",
    nameEn: "Palm & Coconut Sugar",
    sector: "PERTANIAN",
    palette: ["#5a3319", "#a0652f", "#e8c99b"],
    motif: "grid",
  },
  {
    slug: "kerajinan-bambu",
    nameId: "Kerajinan Bambu & Anyaman",
    nameEn: "Bamboo & Woven Crafts",
    sector: "KRIYA",
    palette: ["#a67c3d", "#e0c48a", "#6b4f2a"],
    motif: "grid",
  },
  {
    slug: "kerajinan-kayu",
    nameId: "Kerajinan Kayu & Suvenir",
    nameEn: "Wood Crafts & Souvenirs",
    sector: "KRIYA",
    palette: ["#6e3b1f", "#b0703c", "#e9cfa5"],
    motif: "stripes",
  },
  {
    slug: "buah-hasil-tani",
    nameId: "Buah & Hasil Tani",
    nameEn: "Fruit & Farm Produce",
    sector: "PERTANIAN",
    palette: ["#c2185b", "#7cb342", "#ffd54f"],
    motif: "dots",
  },
  {
    slug: "rempah-bumbu",
    nameId: "Rempah & Bumbu",
    nameEn: "Spices & Seasonings",
    sector: "KULINER",
    palette: ["#a8321c", "#d98e2b", "#5b3a1a"],
    motif: "leaves",
  },
  {
    slug: "sambal-makanan-beku",
    nameId: "Sambal & Makanan Beku",
    nameEn: "Sambal & Frozen Food",
    sector: "KULINER",
    palette: ["#c62828", "#ff7043", "#3e2723"],
    motif: "dots",
  },
  {
    slug: "minuman",
    nameId: "Minuman",
    nameEn: "Beverages",
    sector: "MINUMAN",
    palette: ["#b0124f", "#f48fb1", "#fff3e0"],
    motif: "rings",
  },
  {
    slug: "hasil-ternak",
    nameId: "Hasil Ternak",
    nameEn: "Livestock Products",
    sector: "PETERNAKAN",
    palette: ["#8d6e63", "#f5f0e1", "#6d8b3a"],
    motif: "waves",
  },
];

export const PRODUCT_TEMPLATES: ProductTemplate[] = [
  // ── Kopi ────────────────────────────────────────────────────────────────────
  {
    category: "kopi",
    title: "Kopi Lanang Robusta Gombengsari",
    description:
      "Biji kopi lanang hasil sortir tangan dari kebun rakyat di lereng Gombengsari, Kalipuro. Disangrai tingkat medium-gelap sehingga rasanya tebal dengan sentuhan cokelat dan rempah. Nikmat diseduh tubruk untuk teman pagi.",
    basePrice: [25000, 40000],
    weightGrams: 120,
    halal: true,
    options: [ukuranKopi(), gilingan()],
  },
  {
    category: "kopi",
    title: "Kopi Osing Robusta Kemiren",
    description:
      "Kopi robusta yang disangrai di atas tungku tanah liat dengan kayu bakar, seperti kebiasaan warga Osing di Kemiren. Aromanya kuat dan sedikit berasap dengan kepahitan yang bersih. Paling pas disajikan tubruk dengan gula aren.",
    basePrice: [15000, 25000],
    weightGrams: 120,
    halal: true,
    options: [ukuranKopi(), gilingan()],
  },
  {
    category: "kopi",
    title: "Kopi Arabika Ijen Raung",
    description:
      "Arabika dari ketinggian 1.200–1.500 mdpl di kawasan Ijen–Raung, dipetik merah dan diproses basah. Rasanya cerah dengan keasaman buah, aroma jeruk dan akhir manis seperti gula aren. Cocok untuk seduh manual maupun tubruk.",
    basePrice: [35000, 60000],
    weightGrams: 120,
    halal: true,
    options: [ukuranKopi(), gilingan()],
  },
  {
    category: "kopi",
    title: "Kopi Robusta Kalibaru Natural",
    description:
      "Robusta dari kebun rakyat Kalibaru yang dijemur utuh bersama kulit buahnya selama dua sampai tiga minggu. Proses natural ini memberi rasa manis, badan tebal dan sentuhan buah matang. Enak untuk kopi susu maupun diminum hitam.",
    basePrice: [18000, 30000],
    weightGrams: 120,
    halal: true,
    options: [ukuranKopi(), gilingan()],
  },
  {
    category: "kopi",
    title: "Kopi Lanang Arabika Ijen",
    description:
      "Biji lanang pilihan dari panen arabika di lereng Ijen, jumlahnya hanya sebagian kecil dari setiap panen. Sangrai medium menonjolkan rasa manis karamel dengan keasaman yang lembut. Disangrai sepekan sekali agar tetap segar saat sampai.",
    basePrice: [40000, 70000],
    weightGrams: 120,
    halal: true,
    options: [ukuranKopi(), gilingan()],
  },
  {
    category: "kopi",
    title: "Kopi Robusta Petik Merah Kalipuro",
    description:
      "Hanya buah kopi yang sudah merah sempurna yang dipetik, lalu dikupas dan dijemur di para-para bambu. Hasilnya robusta yang lebih manis dan tidak getir di tenggorokan. Disangrai medium agar aromanya tetap kuat.",
    basePrice: [20000, 32000],
    weightGrams: 120,
    halal: true,
    options: [ukuranKopi(), gilingan()],
  },
  {
    category: "kopi",
    title: "Kopi Tubruk Jahe Osing",
    description:
      "Campuran bubuk robusta dan jahe emprit yang disangrai bersama, resep warung kopi lawas di Banyuwangi. Hangat di badan dan cocok diminum saat udara dingin atau setelah bekerja di sawah. Cukup seduh dengan air mendidih lalu diamkan sebentar.",
    basePrice: [15000, 22000],
    weightGrams: 120,
    halal: true,
    options: [
      opt("Ukuran", [
        ["100 g", 1],
        ["250 g", 2.3],
      ]),
    ],
  },
  {
    category: "kopi",
    title: "Kopi Celup Robusta Osing",
    description:
      "Kopi robusta giling halus yang dikemas dalam kantong celup seperti teh, praktis dibawa ke kantor atau perjalanan. Cukup celupkan ke air panas selama tiga sampai empat menit. Tanpa ampas dan tanpa tambahan gula.",
    basePrice: [20000, 30000],
    weightGrams: 100,
    halal: true,
    options: [
      opt("Isi", [
        ["10 kantong", 1],
        ["20 kantong", 1.9],
      ]),
    ],
  },
  {
    category: "kopi",
    title: "Kopi Luwak Liar Ijen",
    description:
      "Biji kopi yang dipungut dari kotoran luwak liar di kebun sekitar Ijen, bukan dari luwak kandang. Dicuci bersih, dijemur, lalu disangrai dalam jumlah kecil. Rasanya halus, tidak pahit dan meninggalkan aroma manis yang lama.",
    basePrice: [90000, 175000],
    weightGrams: 120,
    halal: true,
    options: [
      opt("Ukuran", [
        ["100 g", 1],
        ["200 g", 1.9],
      ]),
      gilingan(),
    ],
  },

  // ── Batik ───────────────────────────────────────────────────────────────────
  {
    category: "batik",
    title: "Kain Batik Tulis Gajah Oling",
    description:
      "Kain batik tulis motif Gajah Oling, motif khas Banyuwangi yang melambangkan belalai gajah sekaligus uret. Dibatik tangan di atas kain primisima berukuran sekitar 2,15 x 1,15 meter. Pengerjaan satu lembar memakan waktu dua sampai tiga minggu.",
    basePrice: [350000, 1250000],
    weightGrams: 350,
    halal: false,
    options: [
      opt("Warna", [
        ["Sogan Klasik", 1],
        ["Merah Marun", 1],
        ["Biru Indigo", 1.1],
      ]),
    ],
  },
  {
    category: "batik",
    title: "Kain Batik Cap Kangkung Setingkes",
    description:
      "Kain batik cap bermotif Kangkung Setingkes, gambaran seikat kangkung yang melambangkan kebersamaan. Memakai kain katun yang adem dan warna yang tidak mudah luntur. Cocok dijahit menjadi kemeja, rok atau seragam kantor.",
    basePrice: [125000, 225000],
    weightGrams: 300,
    halal: false,
    options: [
      opt("Warna", [
        ["Hijau Daun", 1],
        ["Cokelat Sogan", 1],
        ["Biru Dongker", 1],
      ]),
    ],
  },
  {
    category: "batik",
    title: "Kemeja Batik Tulis Paras Gempal Pria",
    description:
      "Kemeja pria lengan panjang dari batik tulis motif Paras Gempal yang terinspirasi batu cadas pecah. Dijahit rapi dengan furing di bagian dalam sehingga nyaman untuk acara resmi. Setiap kemeja memiliki goresan canting yang sedikit berbeda.",
    basePrice: [275000, 650000],
    weightGrams: 400,
    halal: false,
    options: [ukuranBaju()],
  },
  {
    category: "batik",
    title: "Kemeja Batik Cap Gajah Oling Lengan Pendek",
    description:
      "Kemeja batik cap lengan pendek dengan motif Gajah Oling yang khas Banyuwangi. Bahan katun halus terasa adem dipakai seharian di cuaca pesisir yang panas. Pas untuk kerja, kondangan, maupun seragam komunitas.",
    basePrice: [120000, 195000],
    weightGrams: 300,
    halal: false,
    options: [
      opt("Ukuran", [
        ["M", 1],
        ["L", 1],
        ["XL", 1.05],
        ["XXL", 1.1],
      ]),
    ],
  },
  {
    category: "batik",
    title: "Kain Batik Tulis Sembruk Cacing Pewarna Alam",
    description:
      "Batik tulis motif Sembruk Cacing yang diwarnai dengan bahan alami seperti kulit mahoni, tingi dan daun indigo. Warnanya lembut dan makin cantik setelah beberapa kali dicuci. Dikerjakan perajin dalam jumlah terbatas.",
    basePrice: [450000, 1500000],
    weightGrams: 350,
    halal: false,
    options: [],
  },
  {
    category: "batik",
    title: "Blus Batik Cap Kopi Pecah Wanita",
    description:
      "Blus wanita berpotongan longgar dengan motif Kopi Pecah, motif yang menggambarkan biji kopi terbelah dari kebun-kebun Banyuwangi. Kainnya ringan dan jatuh sehingga nyaman untuk kerja maupun santai. Kancing depan memudahkan dipakai ibu menyusui.",
    basePrice: [135000, 225000],
    weightGrams: 250,
    halal: false,
    options: [ukuranBaju()],
  },
  {
    category: "batik",
    title: "Kemeja Batik Alas Kobong Lengan Panjang",
    description:
      "Kemeja lengan panjang bermotif Alas Kobong dengan perpaduan batik tulis dan cap. Warna merah bata dan hitamnya tampil tegas namun tetap sopan untuk acara resmi. Jahitan rapi dengan saku dada tersembunyi.",
    basePrice: [185000, 350000],
    weightGrams: 400,
    halal: false,
    options: [ukuranBaju()],
  },
  {
    category: "batik",
    title: "Kain Batik Tulis Moto Pitik",
    description:
      "Kain batik tulis motif Moto Pitik atau mata ayam, salah satu motif lama Banyuwangi. Polanya rapat dan dikerjakan dengan canting halus di atas kain katun prima. Cocok untuk kain jarik, selendang lebar atau dijahit menjadi busana.",
    basePrice: [300000, 850000],
    weightGrams: 350,
    halal: false,
    options: [],
  },
  {
    category: "batik",
    title: "Selendang Batik Sekar Jagad Blambangan",
    description:
      "Selendang panjang motif Sekar Jagad Blambangan dari kain sutra campur katun yang ringan. Bisa dipakai sebagai pelengkap kebaya, syal, atau kenang-kenangan untuk tamu. Dikemas dalam kotak kertas sehingga siap diberikan.",
    basePrice: [85000, 175000],
    weightGrams: 150,
    halal: false,
    options: [],
  },
  {
    category: "batik",
    title: "Daster Batik Cap Blarak Semplah",
    description:
      "Daster rumahan dari batik cap motif Blarak Semplah, gambaran daun kelapa yang patah. Bahan rayon adem dan tidak panas dipakai seharian di rumah. Modelnya longgar dengan kancing depan.",
    basePrice: [75000, 125000],
    weightGrams: 250,
    halal: false,
    options: [
      opt("Ukuran", [
        ["Standar", 1],
        ["Jumbo", 1.15],
      ]),
    ],
  },

  // ── Fashion & Aksesoris ─────────────────────────────────────────────────────
  {
    category: "fashion-aksesoris",
    title: "Udeng Osing Batik Gajah Oling",
    description:
      "Ikat kepala khas Osing dari kain batik motif Gajah Oling, biasa dipakai laki-laki saat upacara adat maupun acara resmi. Tersedia model siap pakai yang sudah dijahit dan model lembaran untuk diikat sendiri. Ukurannya menyesuaikan lingkar kepala dewasa.",
    basePrice: [35000, 75000],
    weightGrams: 100,
    halal: false,
    options: [
      opt("Model", [
        ["Siap Pakai", 1],
        ["Lembaran", 0.85],
      ]),
    ],
  },
  {
    category: "fashion-aksesoris",
    title: "Kaos Osing Sablon Gandrung",
    description:
      "Kaos katun dengan sablon gambar penari Gandrung dan tulisan dalam bahasa Osing. Sablon dikerjakan manual sehingga awet dan tidak mudah retak. Pas dijadikan oleh-oleh atau seragam komunitas.",
    basePrice: [65000, 95000],
    weightGrams: 200,
    halal: false,
    options: [
      opt("Ukuran", [
        ["S", 1],
        ["M", 1],
        ["L", 1],
        ["XL", 1.05],
        ["XXL", 1.1],
      ]),
    ],
  },
  {
    category: "fashion-aksesoris",
    title: "Tas Anyaman Pandan Motif Osing",
    description:
      "Tas tangan dari anyaman daun pandan yang dijemur dan diwarnai, dengan aksen kain batik Osing di bagian tutup. Kuat untuk membawa dompet, ponsel dan perlengkapan kecil. Bagian dalam dilapisi kain dan diberi resleting.",
    basePrice: [85000, 185000],
    weightGrams: 350,
    halal: false,
    options: [
      opt("Warna", [
        ["Natural", 1],
        ["Hitam", 1.05],
        ["Merah Bata", 1.05],
      ]),
    ],
  },
  {
    category: "fashion-aksesoris",
    title: "Dompet Batik Gajah Oling",
    description:
      "Dompet kecil dari kain batik Gajah Oling yang dijahit rapi dengan resleting di bagian atas. Muat untuk uang, kartu dan kunci. Harganya terjangkau sehingga sering dipesan untuk suvenir acara.",
    basePrice: [25000, 55000],
    weightGrams: 80,
    halal: false,
    options: [
      opt("Warna", [
        ["Cokelat", 1],
        ["Merah", 1],
        ["Biru", 1],
      ]),
    ],
  },
  {
    category: "fashion-aksesoris",
    title: "Kostum Tari Gandrung Anak",
    description:
      "Satu set kostum tari Gandrung untuk anak, terdiri dari baju, kain, sampur dan omprok hiasan kepala. Dijahit dan dihias manik-manik oleh penjahit sanggar tari setempat. Cocok untuk lomba, karnaval sekolah dan pentas seni.",
    basePrice: [250000, 450000],
    weightGrams: 800,
    halal: false,
    options: [
      opt("Ukuran", [
        ["Anak S", 1],
        ["Anak M", 1.05],
        ["Anak L", 1.1],
      ]),
    ],
  },
  {
    category: "fashion-aksesoris",
    title: "Sarung Batik Gajah Oling",
    description:
      "Sarung dengan motif Gajah Oling yang dicap di atas katun tebal namun tetap lembut. Nyaman untuk salat, santai di rumah, maupun kondangan. Jahitan sambungnya rapi dan tidak mudah lepas.",
    basePrice: [90000, 175000],
    weightGrams: 400,
    halal: false,
    options: [],
  },
  {
    category: "fashion-aksesoris",
    title: "Tas Selempang Kain Batik Osing",
    description:
      "Tas selempang ringkas dari kain batik Osing yang dipadukan dengan kanvas tebal. Talinya bisa diatur panjang pendeknya dan terdapat dua kantong di dalam. Cocok untuk jalan-jalan ke Ijen maupun belanja ke pasar.",
    basePrice: [65000, 135000],
    weightGrams: 300,
    halal: false,
    options: [],
  },
  {
    category: "fashion-aksesoris",
    title: "Peci Batik Gajah Oling",
    description:
      "Peci berbahan beludru hitam dengan lingkar kain batik Gajah Oling di sekelilingnya. Bagian dalam diberi busa tipis agar nyaman dan bentuknya tetap tegak. Sering dipakai untuk acara adat, hari jadi Banyuwangi dan salat Jumat.",
    basePrice: [35000, 65000],
    weightGrams: 150,
    halal: false,
    options: [
      opt("Ukuran", [
        ["No. 5", 1],
        ["No. 6", 1],
        ["No. 7", 1],
        ["No. 8", 1],
      ]),
    ],
  },
  {
    category: "fashion-aksesoris",
    title: "Kalung Manik-Manik Osing",
    description:
      "Kalung dari manik-manik kaca dan kayu yang dirangkai tangan dengan warna merah, hitam dan emas khas Osing. Panjangnya pas untuk dipakai dengan kebaya maupun busana sehari-hari. Ringan dan tidak membuat leher gatal.",
    basePrice: [25000, 60000],
    weightGrams: 60,
    halal: false,
    options: [],
  },

  // ── Kue & Oleh-oleh ─────────────────────────────────────────────────────────
  {
    category: "kue-oleh-oleh",
    title: "Bagiak Khas Banyuwangi",
    description:
      "Kue kering panjang dari tepung sagu, telur dan gula yang dipanggang hingga renyah. Teksturnya keras di awal lalu lumer di mulut, cocok dicelup ke kopi atau teh. Oleh-oleh paling dicari dari Banyuwangi.",
    basePrice: [10000, 20000],
    weightGrams: 250,
    halal: true,
    options: [
      opt("Rasa", [
        ["Original", 1],
        ["Susu", 1.05],
        ["Jahe", 1.05],
        ["Wijen", 1.1],
      ]),
    ],
  },
  {
    category: "kue-oleh-oleh",
    title: "Sale Pisang Kering Gulung",
    description:
      "Pisang kepok matang diiris tipis, dijemur di bawah matahari lalu digulung dan digoreng sebentar. Rasanya manis legit alami tanpa tambahan gula berlebihan. Tahan hingga dua bulan dalam wadah tertutup.",
    basePrice: [18000, 28000],
    weightGrams: 250,
    halal: true,
    options: [
      opt("Rasa", [
        ["Original", 1],
        ["Cokelat", 1.1],
      ]),
    ],
  },
  {
    category: "kue-oleh-oleh",
    title: "Sale Pisang Basah Kemasan",
    description:
      "Sale pisang basah dari pisang ambon yang dijemur hingga berwarna cokelat tua dan terasa kenyal. Manisnya berasal dari buah pisang sendiri tanpa pengawet. Enak dimakan langsung sebagai teman minum teh.",
    basePrice: [15000, 25000],
    weightGrams: 250,
    halal: true,
    options: [],
  },
  {
    category: "kue-oleh-oleh",
    title: "Kue Kucur Gula Merah",
    description:
      "Kue kucur tradisional dari tepung beras dan gula merah yang digoreng sehingga pinggirannya renyah dan bagian tengahnya empuk. Dibuat setiap pagi dan paling enak dinikmati dalam dua hari. Dikemas dalam kotak kertas agar tidak penyok.",
    basePrice: [15000, 25000],
    weightGrams: 350,
    halal: true,
    options: [
      opt("Isi", [
        ["10 buah", 1],
        ["20 buah", 1.9],
      ]),
    ],
  },
  {
    category: "kue-oleh-oleh",
    title: "Kue Satuh Kacang Hijau",
    description:
      "Kue satuh dari tepung kacang hijau sangrai dan gula halus yang dicetak kecil-kecil. Langsung lumer begitu masuk mulut dengan aroma kacang yang wangi. Kue lawas yang dulu selalu ada saat Lebaran di rumah-rumah Osing.",
    basePrice: [12000, 20000],
    weightGrams: 200,
    halal: true,
    options: [],
  },
  {
    category: "kue-oleh-oleh",
    title: "Kelemben Manis Banyuwangi",
    description:
      "Kelemben adalah kue kering khas Banyuwangi dari tepung terigu, telur dan gula yang dipanggang dalam cetakan hingga mengembang. Teksturnya renyah di luar dan sedikit berongga di dalam. Cocok dicelup ke kopi panas.",
    basePrice: [15000, 25000],
    weightGrams: 250,
    halal: true,
    options: [
      opt("Rasa", [
        ["Original", 1],
        ["Pandan", 1.05],
      ]),
    ],
  },
  {
    category: "kue-oleh-oleh",
    title: "Bolu Kuwuk Panggang",
    description:
      "Bolu kering kecil berbentuk kerang yang dipanggang dalam cetakan besi di atas arang. Rasanya manis dengan aroma telur yang harum dan tekstur renyah. Camilan jadul yang masih disukai anak-anak hingga orang tua.",
    basePrice: [15000, 25000],
    weightGrams: 250,
    halal: true,
    options: [],
  },
  {
    category: "kue-oleh-oleh",
    title: "Jenang Bedodo Gula Merah",
    description:
      "Jenang dari tepung ketan, santan dan gula kelapa yang diaduk berjam-jam di atas tungku hingga kalis. Teksturnya kenyal dan legit dengan aroma santan yang kuat. Dibungkus kecil-kecil dengan kertas minyak agar mudah dibagikan.",
    basePrice: [20000, 35000],
    weightGrams: 400,
    halal: true,
    options: [],
  },
  {
    category: "kue-oleh-oleh",
    title: "Manisan Pepaya Kering",
    description:
      "Manisan dari pepaya mengkal yang direndam air kapur sirih, dimasak dengan gula lalu dijemur hingga kering. Warnanya cerah dan rasanya manis segar dengan tekstur sedikit kenyal. Tahan lama tanpa disimpan di kulkas.",
    basePrice: [12000, 20000],
    weightGrams: 250,
    halal: true,
    options: [],
  },

  // ── Keripik & Camilan ───────────────────────────────────────────────────────
  {
    category: "keripik-camilan",
    title: "Keripik Pisang Manis",
    description:
      "Keripik dari pisang kepok tua yang diiris tipis memanjang lalu digoreng dengan minyak kelapa. Renyah dan gurih-manis, tidak keras saat digigit. Dikemas dalam standing pouch berklip agar tetap renyah setelah dibuka.",
    basePrice: [12000, 20000],
    weightGrams: 220,
    halal: true,
    options: [rasaKeripik()],
  },
  {
    category: "keripik-camilan",
    title: "Keripik Tempe Sagu Tipis",
    description:
      "Tempe kedelai buatan sendiri diiris setipis kertas, dibalur adonan tepung sagu berbumbu bawang putih dan ketumbar. Digoreng dua kali sehingga renyah tahan lama. Enak jadi lauk pendamping nasi maupun camilan.",
    basePrice: [10000, 18000],
    weightGrams: 220,
    halal: true,
    options: [rasaKeripik()],
  },
  {
    category: "keripik-camilan",
    title: "Rengginang Ketan Terasi",
    description:
      "Rengginang dari beras ketan pilihan yang dibumbui terasi Muncar, bawang putih dan garam. Dijemur hingga benar-benar kering sehingga mengembang sempurna saat digoreng. Tersedia dalam kondisi mentah maupun siap makan.",
    basePrice: [15000, 25000],
    weightGrams: 300,
    halal: true,
    options: [
      opt("Kondisi", [
        ["Mentah", 1],
        ["Sudah Digoreng", 1.2],
      ]),
    ],
  },
  {
    category: "keripik-camilan",
    title: "Keripik Singkong Pedas Manis",
    description:
      "Singkong segar dari ladang sekitar diiris tipis, digoreng renyah lalu dibalur bumbu cabai dan gula merah. Rasa pedas dan manisnya seimbang sehingga bikin susah berhenti. Tanpa penyedap buatan.",
    basePrice: [10000, 18000],
    weightGrams: 220,
    halal: true,
    options: [
      opt("Level Pedas", [
        ["Sedang", 1],
        ["Pedas", 1],
        ["Sangat Pedas", 1],
      ]),
    ],
  },
  {
    category: "keripik-camilan",
    title: "Keripik Buah Naga",
    description:
      "Buah naga merah dari kebun Banyuwangi diiris lalu dikeringkan dengan mesin vakum sehingga warna dan rasanya tetap terjaga. Renyah, manis-asam dan tidak berminyak. Camilan sehat yang disukai anak-anak.",
    basePrice: [20000, 35000],
    weightGrams: 120,
    halal: true,
    options: [],
  },
  {
    category: "keripik-camilan",
    title: "Keripik Sukun Gurih",
    description:
      "Buah sukun tua dikupas, diiris tipis lalu digoreng hingga kuning keemasan. Rasanya gurih dengan sedikit asin dan tekstur yang renyah. Cocok untuk teman nonton atau suguhan tamu.",
    basePrice: [12000, 20000],
    weightGrams: 200,
    halal: true,
    options: [rasaKeripik()],
  },
  {
    category: "keripik-camilan",
    title: "Keripik Jamur Tiram",
    description:
      "Jamur tiram segar dari kumbung petani setempat, disuwir lalu dibalut tepung berbumbu dan digoreng kering. Teksturnya renyah seperti kulit ayam goreng. Disukai yang sedang mengurangi daging.",
    basePrice: [15000, 25000],
    weightGrams: 150,
    halal: true,
    options: [rasaKeripik()],
  },
  {
    category: "keripik-camilan",
    title: "Stik Bawang Daun Kelor",
    description:
      "Stik renyah dari tepung terigu dan tapioka dengan campuran bawang putih dan daun kelor kering. Gurih, tidak terlalu asin, dan warnanya hijau alami dari kelor. Dikemas dalam toples plastik yang mudah ditutup kembali.",
    basePrice: [15000, 25000],
    weightGrams: 300,
    halal: true,
    options: [],
  },

  // ── Olahan Ikan ─────────────────────────────────────────────────────────────
  {
    category: "olahan-ikan",
    title: "Petis Ikan Muncar",
    description:
      "Petis hitam pekat dari kaldu ikan laut hasil tangkapan nelayan Muncar yang dimasak lama dengan gula merah. Rasanya gurih-manis dan harum, cocok untuk rujak cingur, tahu petis dan lontong balap. Disimpan dalam toples kaca bertutup rapat.",
    basePrice: [15000, 30000],
    weightGrams: 300,
    halal: true,
    options: [
      opt("Ukuran", [
        ["250 g", 1],
        ["500 g", 1.9],
      ]),
    ],
  },
  {
    category: "olahan-ikan",
    title: "Kerupuk Ikan Tenggiri Muncar",
    description:
      "Kerupuk mentah dari daging ikan tenggiri segar dan tapioka dengan kadar ikan yang tinggi. Saat digoreng mengembang besar dan rasa ikannya terasa jelas. Dijemur di bawah matahari pesisir Muncar hingga kering sempurna.",
    basePrice: [20000, 35000],
    weightGrams: 270,
    halal: true,
    options: [
      opt("Ukuran", [
        ["250 g", 1],
        ["500 g", 1.9],
        ["1 kg", 3.6],
      ]),
    ],
  },
  {
    category: "olahan-ikan",
    title: "Kerupuk Udang Muncar",
    description:
      "Kerupuk udang mentah dengan campuran udang segar yang cukup banyak sehingga warnanya kemerahan. Gurih, renyah dan harum udang saat digoreng. Cocok untuk lauk harian maupun hajatan.",
    basePrice: [25000, 45000],
    weightGrams: 270,
    halal: true,
    options: [
      opt("Ukuran", [
        ["250 g", 1],
        ["500 g", 1.9],
        ["1 kg", 3.6],
      ]),
    ],
  },
  {
    category: "olahan-ikan",
    title: "Abon Ikan Tuna",
    description:
      "Abon dari daging ikan tuna yang direbus, disuwir halus lalu disangrai dengan bumbu bawang, ketumbar dan gula merah. Kering, gurih dan tahan hingga tiga bulan. Praktis untuk bekal dan lauk anak kos.",
    basePrice: [25000, 40000],
    weightGrams: 130,
    halal: true,
    options: [
      opt("Rasa", [
        ["Original", 1],
        ["Pedas", 1.05],
      ]),
    ],
  },
  {
    category: "olahan-ikan",
    title: "Terasi Udang Muncar",
    description:
      "Terasi dari udang rebon pilihan yang difermentasi dan dijemur secara tradisional oleh pengolah di Muncar. Aromanya tajam dan rasanya gurih sehingga sambal terasa lebih mantap. Dibungkus plastik lalu kertas agar baunya tidak menyebar.",
    basePrice: [10000, 20000],
    weightGrams: 120,
    halal: true,
    options: [
      opt("Ukuran", [
        ["100 g", 1],
        ["250 g", 2.3],
      ]),
    ],
  },
  {
    category: "olahan-ikan",
    title: "Pindang Tongkol Besek",
    description:
      "Ikan tongkol segar yang dipindang dengan garam dan sedikit kunyit, ditata dalam besek bambu. Dagingnya padat dan tidak amis, siap digoreng atau dimasak pindang koyong. Sebaiknya segera dimasak atau disimpan di lemari pendingin.",
    basePrice: [15000, 25000],
    weightGrams: 700,
    halal: true,
    options: [
      opt("Isi", [
        ["2 ekor", 1],
        ["4 ekor", 1.9],
      ]),
    ],
  },
  {
    category: "olahan-ikan",
    title: "Ikan Teri Nasi Kering",
    description:
      "Teri nasi ukuran kecil yang direbus dengan air garam lalu dijemur hingga kering. Warnanya putih bersih dan rasanya tidak terlalu asin. Enak digoreng kering, dibuat sambal teri atau campuran nasi goreng.",
    basePrice: [30000, 55000],
    weightGrams: 270,
    halal: true,
    options: [
      opt("Ukuran", [
        ["250 g", 1],
        ["500 g", 1.9],
      ]),
    ],
  },
  {
    category: "olahan-ikan",
    title: "Ikan Lemuru Asap",
    description:
      "Ikan lemuru, ikan khas perairan Selat Bali, diasap dengan sabut kelapa hingga berwarna keemasan. Aromanya harum dan dagingnya gurih, tinggal digoreng atau dimasak mangut. Dikemas vakum agar lebih tahan lama.",
    basePrice: [20000, 30000],
    weightGrams: 550,
    halal: true,
    options: [],
  },

  // ── Madu ────────────────────────────────────────────────────────────────────
  {
    category: "madu",
    title: "Madu Hutan Alas Purwo",
    description:
      "Madu dari sarang lebah liar yang dipanen warga pinggiran hutan Alas Purwo dengan cara tiris, tanpa diperas. Warnanya cokelat gelap dengan rasa manis yang sedikit asam dan pahit khas madu hutan. Tidak dicampur gula maupun air.",
    basePrice: [65000, 95000],
    weightGrams: 400,
    halal: true,
    options: [ukuranMadu()],
  },
  {
    category: "madu",
    title: "Madu Randu Murni",
    description:
      "Madu dari lebah ternak yang digembalakan di kebun pohon randu saat musim berbunga. Rasanya manis lembut dengan warna kuning kecokelatan. Cocok diminum setiap pagi atau dicampur jamu.",
    basePrice: [45000, 70000],
    weightGrams: 400,
    halal: true,
    options: [ukuranMadu()],
  },
  {
    category: "madu",
    title: "Madu Klanceng Trigona",
    description:
      "Madu dari lebah klanceng tanpa sengat yang diternak di stup kayu di pekarangan rumah. Rasanya asam-manis segar karena bercampur propolis dan resin tanaman. Hasil panennya sedikit sehingga dijual dalam botol kecil.",
    basePrice: [60000, 95000],
    weightGrams: 200,
    halal: true,
    options: [
      opt("Ukuran", [
        ["100 ml", 1],
        ["250 ml", 2.3],
      ]),
    ],
  },
  {
    category: "madu",
    title: "Madu Bunga Kopi Gombengsari",
    description:
      "Madu dari lebah yang dipelihara di sela-sela kebun kopi Gombengsari saat pohon kopi sedang berbunga. Warnanya gelap dengan aroma khas dan sedikit rasa pahit di akhir. Produksinya hanya sekali setahun.",
    basePrice: [55000, 85000],
    weightGrams: 400,
    halal: true,
    options: [ukuranMadu()],
  },
  {
    category: "madu",
    title: "Madu Kaliandra",
    description:
      "Madu dari nektar bunga kaliandra merah yang banyak tumbuh di lereng pegunungan. Rasanya manis kuat dengan sedikit aroma karamel. Disaring dua kali tanpa dipanaskan agar enzimnya tetap terjaga.",
    basePrice: [50000, 80000],
    weightGrams: 400,
    halal: true,
    options: [ukuranMadu()],
  },
  {
    category: "madu",
    title: "Madu Sarang Utuh",
    description:
      "Potongan sarang lebah utuh lengkap dengan madunya, dikemas dalam kotak plastik bening. Bisa dikunyah langsung atau dioles ke roti dan pancake. Diambil dari stup lebah ternak yang sehat.",
    basePrice: [75000, 125000],
    weightGrams: 350,
    halal: true,
    options: [],
  },
  {
    category: "madu",
    title: "Madu Bunga Mangga",
    description:
      "Madu panen musim kemarau ketika kebun mangga di Banyuwangi sedang berbunga. Rasanya manis segar dengan sedikit aroma buah. Warnanya kuning terang dan teksturnya agak kental.",
    basePrice: [50000, 80000],
    weightGrams: 400,
    halal: true,
    options: [ukuranMadu()],
  },

  // ── Jamu & Herbal ───────────────────────────────────────────────────────────
  {
    category: "jamu-herbal",
    title: "Jahe Merah Instan",
    description:
      "Serbuk minuman jahe merah yang dibuat dari jahe segar yang diparut, diperas, lalu dimasak bersama gula hingga mengkristal. Hangat dan pedas di tenggorokan, cocok saat cuaca dingin. Cukup seduh dua sendok dengan air panas.",
    basePrice: [15000, 25000],
    weightGrams: 270,
    halal: true,
    options: [
      opt("Ukuran", [
        ["250 g", 1],
        ["500 g", 1.9],
      ]),
    ],
  },
  {
    category: "jamu-herbal",
    title: "Temulawak Instan",
    description:
      "Minuman serbuk temulawak yang dibuat dengan cara dimasak hingga mengkristal seperti resep turun-temurun. Rasanya pahit-manis dengan aroma rimpang yang khas. Biasa diminum untuk menjaga nafsu makan dan kebugaran.",
    basePrice: [15000, 25000],
    weightGrams: 270,
    halal: true,
    options: [
      opt("Ukuran", [
        ["250 g", 1],
        ["500 g", 1.9],
      ]),
    ],
  },
  {
    category: "jamu-herbal",
    title: "Jamu Kunyit Asam Botol",
    description:
      "Jamu kunyit asam segar dari kunyit, asam jawa dan gula aren yang direbus setiap pagi. Rasanya segar, asam-manis dan paling nikmat diminum dingin. Tanpa pengawet, tahan tiga hari di lemari es.",
    basePrice: [8000, 15000],
    weightGrams: 400,
    halal: true,
    options: [
      opt("Isi", [
        ["1 botol", 1],
        ["6 botol", 5.5],
      ]),
    ],
  },
  {
    category: "jamu-herbal",
    title: "Beras Kencur Instan",
    description:
      "Serbuk beras kencur dari beras yang disangrai dan kencur segar, dimasak bersama gula. Rasanya manis, segar dan harum kencur. Diminum hangat atau dingin untuk melepas pegal setelah bekerja.",
    basePrice: [15000, 25000],
    weightGrams: 270,
    halal: true,
    options: [
      opt("Ukuran", [
        ["250 g", 1],
        ["500 g", 1.9],
      ]),
    ],
  },
  {
    category: "jamu-herbal",
    title: "Jamu Sinom Segar",
    description:
      "Jamu sinom dari daun asam muda, kunyit dan gula aren yang direbus lalu disaring. Warnanya kuning cerah dengan rasa segar yang tidak terlalu asam. Dikemas dalam botol kaca agar rasanya tetap terjaga.",
    basePrice: [7000, 12000],
    weightGrams: 400,
    halal: true,
    options: [
      opt("Isi", [
        ["1 botol", 1],
        ["6 botol", 5.5],
      ]),
    ],
  },
  {
    category: "jamu-herbal",
    title: "Teh Daun Kelor",
    description:
      "Daun kelor muda dari pekarangan yang dikeringkan di ruang teduh lalu diremas kasar. Diseduh seperti teh dengan rasa sedikit mirip teh hijau. Banyak dipilih untuk pelengkap pola hidup sehat.",
    basePrice: [20000, 35000],
    weightGrams: 80,
    halal: true,
    options: [],
  },
  {
    category: "jamu-herbal",
    title: "Teh Bunga Rosela Kering",
    description:
      "Kelopak bunga rosela merah yang dipetik dari kebun sendiri lalu dijemur hingga kering. Seduhannya berwarna merah cerah dengan rasa asam segar. Bisa ditambah madu atau gula aren sesuai selera.",
    basePrice: [15000, 25000],
    weightGrams: 80,
    halal: true,
    options: [],
  },
  {
    category: "jamu-herbal",
    title: "Minyak Sereh Wangi",
    description:
      "Minyak atsiri sereh wangi hasil penyulingan daun sereh dari ladang di lereng Raung. Aromanya segar dan biasa dipakai untuk pijat, pengharum ruangan, atau mengusir nyamuk. Hanya untuk pemakaian luar.",
    basePrice: [25000, 45000],
    weightGrams: 100,
    halal: false,
    options: [
      opt("Ukuran", [
        ["30 ml", 1],
        ["100 ml", 2.8],
      ]),
    ],
  },

  // ── Gula Aren & Gula Kelapa ─────────────────────────────────────────────────
  {
    category: "gula-aren-kelapa",
    title: "Gula Aren Cetak Batok",
    description:
      "Gula aren dari nira pohon aren yang disadap pagi dan sore, lalu dimasak di atas tungku kayu dan dicetak dalam batok kelapa. Warnanya cokelat gelap dengan aroma karamel yang khas. Cocok untuk kolak, dawet dan kopi.",
    basePrice: [22000, 35000],
    weightGrams: 520,
    halal: true,
    options: [
      opt("Ukuran", [
        ["500 g", 1],
        ["1 kg", 1.9],
      ]),
    ],
  },
  {
    category: "gula-aren-kelapa",
    title: "Gula Semut Aren Organik",
    description:
      "Gula aren berbentuk butiran halus yang diayak setelah nira dimasak hingga mengering. Mudah larut sehingga praktis untuk kopi, teh dan kue. Diproduksi kelompok penyadap tanpa bahan kimia tambahan.",
    basePrice: [25000, 40000],
    weightGrams: 270,
    halal: true,
    options: [
      opt("Ukuran", [
        ["250 g", 1],
        ["500 g", 1.9],
        ["1 kg", 3.6],
      ]),
    ],
  },
  {
    category: "gula-aren-kelapa",
    title: "Gula Kelapa Cetak",
    description:
      "Gula kelapa dari nira pohon kelapa di pesisir selatan Banyuwangi, dicetak dalam cetakan bambu. Rasanya manis legit dengan warna cokelat keemasan. Bahan utama untuk sambal pecel, bumbu rujak dan jajanan pasar.",
    basePrice: [15000, 25000],
    weightGrams: 520,
    halal: true,
    options: [
      opt("Ukuran", [
        ["500 g", 1],
        ["1 kg", 1.9],
      ]),
    ],
  },
  {
    category: "gula-aren-kelapa",
    title: "Gula Semut Kelapa Rempah",
    description:
      "Gula semut kelapa yang dicampur serbuk rempah kering, tinggal diseduh dengan air panas menjadi minuman hangat. Tersedia campuran jahe, kayu manis atau serai. Bisa juga ditaburkan di atas roti panggang.",
    basePrice: [18000, 30000],
    weightGrams: 270,
    halal: true,
    options: [
      opt("Rasa", [
        ["Jahe", 1],
        ["Kayu Manis", 1],
        ["Serai", 1],
      ]),
    ],
  },
  {
    category: "gula-aren-kelapa",
    title: "Gula Aren Cair",
    description:
      "Sirup gula aren kental yang dimasak dari nira segar hingga berwarna cokelat tua. Praktis untuk kopi susu, es cendol dan topping pancake. Disimpan dalam botol kaca dengan tutup rapat.",
    basePrice: [25000, 40000],
    weightGrams: 450,
    halal: true,
    options: [
      opt("Ukuran", [
        ["250 ml", 1],
        ["500 ml", 1.9],
      ]),
    ],
  },
  {
    category: "gula-aren-kelapa",
    title: "Gula Aren Kotak Praktis",
    description:
      "Gula aren dicetak dalam bentuk kotak kecil sebesar dadu sehingga mudah ditakar. Satu potong pas untuk secangkir teh atau kopi. Dikemas dalam toples plastik bersegel.",
    basePrice: [20000, 30000],
    weightGrams: 320,
    halal: true,
    options: [],
  },

  // ── Kerajinan Bambu & Anyaman ───────────────────────────────────────────────
  {
    category: "kerajinan-bambu",
    title: "Besek Bambu Tutup",
    description:
      "Besek anyaman bambu lengkap dengan tutupnya, dibuat tangan oleh perajin desa. Biasa dipakai untuk wadah nasi berkat, kue hantaran dan kemasan oleh-oleh. Dijual per pak berisi sepuluh buah.",
    basePrice: [15000, 30000],
    weightGrams: 600,
    halal: false,
    options: [
      opt("Ukuran", [
        ["Kecil", 1],
        ["Sedang", 1.3],
        ["Besar", 1.7],
      ]),
    ],
  },
  {
    category: "kerajinan-bambu",
    title: "Tampah Bambu Anyaman",
    description:
      "Tampah bulat dari anyaman bambu apus dengan bingkai rotan yang kuat. Fungsinya untuk menampi beras, menjemur kerupuk, atau alas tumpeng. Banyak juga dipakai sebagai hiasan dinding bergaya tradisional.",
    basePrice: [20000, 45000],
    weightGrams: 700,
    halal: false,
    options: [
      opt("Diameter", [
        ["40 cm", 1],
        ["50 cm", 1.3],
        ["60 cm", 1.6],
      ]),
    ],
  },
  {
    category: "kerajinan-bambu",
    title: "Kap Lampu Bambu Anyaman",
    description:
      "Kap lampu gantung dari bilah bambu tipis yang dianyam renggang sehingga cahayanya membentuk pola di dinding. Cocok untuk kafe, homestay dan teras rumah. Sudah termasuk fiting dan kabel sepanjang satu meter.",
    basePrice: [75000, 175000],
    weightGrams: 800,
    halal: false,
    options: [
      opt("Model", [
        ["Bulat", 1],
        ["Tabung", 1.1],
        ["Kerucut", 1.2],
      ]),
    ],
  },
  {
    category: "kerajinan-bambu",
    title: "Keranjang Parsel Bambu",
    description:
      "Keranjang anyaman bambu dengan pegangan, pas untuk wadah parsel Lebaran, hantaran atau buah. Anyamannya rapat dan dipernis tipis agar tidak mudah berjamur. Bisa dipesan dalam jumlah banyak untuk acara.",
    basePrice: [25000, 50000],
    weightGrams: 500,
    halal: false,
    options: [
      opt("Ukuran", [
        ["Kecil", 1],
        ["Sedang", 1.3],
        ["Besar", 1.6],
      ]),
    ],
  },
  {
    category: "kerajinan-bambu",
    title: "Tudung Saji Bambu",
    description:
      "Tudung saji dari anyaman bambu halus yang melindungi makanan di meja dari lalat dan debu. Ringan, berongga sehingga makanan tidak lembap. Dibuat perajin anyaman yang sudah turun-temurun.",
    basePrice: [35000, 70000],
    weightGrams: 500,
    halal: false,
    options: [
      opt("Diameter", [
        ["45 cm", 1],
        ["55 cm", 1.25],
      ]),
    ],
  },
  {
    category: "kerajinan-bambu",
    title: "Tas Anyaman Bambu Wanita",
    description:
      "Tas jinjing dari anyaman bambu halus dengan pegangan kayu dan lapisan kain batik di dalam. Bentuknya kokoh dan cocok untuk jalan-jalan maupun pesta kebun. Setiap tas dianyam tangan dalam dua sampai tiga hari.",
    basePrice: [90000, 175000],
    weightGrams: 450,
    halal: false,
    options: [],
  },
  {
    category: "kerajinan-bambu",
    title: "Kukusan Bambu Tradisional",
    description:
      "Kukusan berbentuk kerucut dari anyaman bambu untuk menanak nasi dan tumpeng di atas dandang. Nasi yang dikukus terasa lebih pulen dan harum. Dicuci bersih dan dijemur sebelum dikirim.",
    basePrice: [10000, 20000],
    weightGrams: 300,
    halal: false,
    options: [],
  },
  {
    category: "kerajinan-bambu",
    title: "Angklung Banyuwangi Mini",
    description:
      "Angklung khas Banyuwangi berukuran kecil yang tetap bisa dimainkan, terbuat dari bambu wulung yang sudah dikeringkan. Cocok untuk suvenir, pajangan atau mengenalkan musik daerah pada anak. Nadanya disetel oleh perajin alat musik setempat.",
    basePrice: [45000, 90000],
    weightGrams: 400,
    halal: false,
    options: [],
  },
  {
    category: "kerajinan-bambu",
    title: "Tempat Tisu Bambu",
    description:
      "Kotak tisu dari potongan bambu yang diamplas halus dan dipernis natural. Serat bambunya tampak jelas sehingga memberi kesan hangat di meja makan atau kantor. Bagian bawah bisa dibuka untuk mengganti tisu.",
    basePrice: [30000, 55000],
    weightGrams: 350,
    halal: false,
    options: [],
  },

  // ── Kerajinan Kayu & Suvenir ────────────────────────────────────────────────
  {
    category: "kerajinan-kayu",
    title: "Miniatur Barong Osing",
    description:
      "Miniatur Barong Osing dari kayu pule yang diukir dan dicat tangan dengan warna merah, hitam dan emas. Bentuk mahkota dan sayapnya meniru barong yang diarak pada tradisi Ider Bumi di Kemiren. Cocok untuk pajangan ruang tamu atau cendera mata.",
    basePrice: [150000, 450000],
    weightGrams: 900,
    halal: false,
    options: [
      opt("Tinggi", [
        ["20 cm", 1],
        ["30 cm", 1.6],
        ["40 cm", 2.4],
      ]),
    ],
  },
  {
    category: "kerajinan-kayu",
    title: "Patung Penari Gandrung Kayu",
    description:
      "Patung penari Gandrung lengkap dengan omprok dan kipas, diukir dari kayu mahoni. Pewarnaan dibuat detail hingga motif kain dan sampurnya. Suvenir favorit tamu yang berkunjung ke Banyuwangi.",
    basePrice: [125000, 350000],
    weightGrams: 800,
    halal: false,
    options: [
      opt("Tinggi", [
        ["25 cm", 1],
        ["40 cm", 1.8],
      ]),
    ],
  },
  {
    category: "kerajinan-kayu",
    title: "Topeng Barong Kemiren Hiasan Dinding",
    description:
      "Topeng kepala barong dari kayu pule utuh dengan mata melotot dan taring yang dicat emas. Dibuat oleh pemahat yang juga membuat barong untuk kesenian desa. Dilengkapi pengait untuk digantung di dinding.",
    basePrice: [200000, 600000],
    weightGrams: 1200,
    halal: false,
    options: [],
  },
  {
    category: "kerajinan-kayu",
    title: "Topeng Kayu Jaranan Buto",
    description:
      "Topeng raksasa bergaya Jaranan Buto, kesenian kuda lumping khas Banyuwangi, dengan wajah merah dan rambut dari ijuk. Diukir dari kayu ringan sehingga bisa dipakai untuk pentas. Juga menarik sebagai pajangan.",
    basePrice: [150000, 400000],
    weightGrams: 900,
    halal: false,
    options: [],
  },
  {
    category: "kerajinan-kayu",
    title: "Gantungan Kunci Kayu Gandrung",
    description:
      "Gantungan kunci dari kayu sonokeling yang diukir bentuk penari Gandrung dan dicat sederhana. Ringan, awet dan murah sehingga cocok untuk suvenir acara. Bisa dipesan dengan tulisan nama di baliknya.",
    basePrice: [5000, 10000],
    weightGrams: 20,
    halal: false,
    options: [
      opt("Isi", [
        ["1 pcs", 1],
        ["12 pcs", 10],
      ]),
    ],
  },
  {
    category: "kerajinan-kayu",
    title: "Hiasan Dinding Ukir Gajah Oling",
    description:
      "Panel kayu jati berukir motif Gajah Oling dengan finishing pelitur cokelat tua. Motif diukir timbul sehingga bayangannya tampak indah saat terkena cahaya. Cocok dipasang di ruang tamu atau lobi penginapan.",
    basePrice: [175000, 450000],
    weightGrams: 1500,
    halal: false,
    options: [
      opt("Ukuran", [
        ["30 x 30 cm", 1],
        ["40 x 60 cm", 1.8],
      ]),
    ],
  },
  {
    category: "kerajinan-kayu",
    title: "Miniatur Perahu Slerek Muncar",
    description:
      "Miniatur perahu slerek, perahu penangkap ikan khas Muncar, lengkap dengan cat warna-warni dan hiasan di haluan. Dibuat dari kayu waru dan bambu dengan detail tiang serta jaring. Kenang-kenangan yang khas dari pesisir Banyuwangi.",
    basePrice: [100000, 275000],
    weightGrams: 700,
    halal: false,
    options: [
      opt("Panjang", [
        ["30 cm", 1],
        ["50 cm", 1.7],
      ]),
    ],
  },
  {
    category: "kerajinan-kayu",
    title: "Kotak Perhiasan Kayu Ukir",
    description:
      "Kotak kecil dari kayu mahoni dengan ukiran bunga di tutupnya dan lapisan kain beludru di dalam. Muat untuk cincin, anting dan kalung. Pilihan hadiah yang manis untuk ibu atau pasangan.",
    basePrice: [60000, 120000],
    weightGrams: 400,
    halal: false,
    options: [],
  },

  // ── Buah & Hasil Tani ───────────────────────────────────────────────────────
  {
    category: "buah-hasil-tani",
    title: "Buah Naga Merah Super",
    description:
      "Buah naga daging merah dari kebun di Bangorejo dan Pesanggaran yang dipetik saat matang pohon. Rasanya manis segar dengan daging tebal dan banyak air. Dikemas dengan kertas koran dan kardus berlubang agar aman selama pengiriman.",
    basePrice: [15000, 30000],
    weightGrams: 1100,
    halal: false,
    options: [beratKg()],
  },
  {
    category: "buah-hasil-tani",
    title: "Buah Naga Putih",
    description:
      "Buah naga berdaging putih dengan rasa manis ringan dan sedikit asam yang menyegarkan. Cocok untuk jus, salad buah dan campuran es. Dipanen langsung dari kebun petani.",
    basePrice: [12000, 22000],
    weightGrams: 1100,
    halal: false,
    options: [beratKg()],
  },
  {
    category: "buah-hasil-tani",
    title: "Jeruk Siam Banyuwangi",
    description:
      "Jeruk siam dari sentra kebun jeruk di Bangorejo dan Tegaldlimo dengan kulit tipis dan banyak air. Rasanya manis dengan sedikit asam yang segar. Dipilih ukuran sedang hingga besar dan disortir dari buah yang cacat.",
    basePrice: [12000, 22000],
    weightGrams: 1100,
    halal: false,
    options: [
      opt("Berat", [
        ["1 kg", 1],
        ["3 kg", 2.85],
        ["5 kg", 4.6],
      ]),
    ],
  },
  {
    category: "buah-hasil-tani",
    title: "Manggis Songgon",
    description:
      "Manggis dari kebun di lereng Songgon yang dipetik saat kulitnya sudah ungu gelap. Daging buahnya putih bersih, manis dan sedikit asam. Tersedia hanya saat musim panen sekitar akhir hingga awal tahun.",
    basePrice: [25000, 45000],
    weightGrams: 1100,
    halal: false,
    options: [
      opt("Berat", [
        ["1 kg", 1],
        ["3 kg", 2.85],
      ]),
    ],
  },
  {
    category: "buah-hasil-tani",
    title: "Durian Merah Banyuwangi",
    description:
      "Durian langka dengan daging buah berwarna merah jingga yang tumbuh di pekarangan warga Banyuwangi. Rasanya manis legit dengan sedikit pahit dan aroma yang tidak terlalu menyengat. Dijual per buah dan dikemas dengan kayu agar aman.",
    basePrice: [150000, 400000],
    weightGrams: 2500,
    halal: false,
    options: [
      opt("Ukuran", [
        ["Sedang", 1],
        ["Besar", 1.5],
      ]),
    ],
  },
  {
    category: "buah-hasil-tani",
    title: "Beras Merah Lokal",
    description:
      "Beras merah pecah kulit dari padi varietas lokal yang ditanam di sawah irigasi lereng Ijen. Teksturnya pulen setelah direndam sebentar sebelum dimasak. Digiling seminggu sekali agar tetap segar.",
    basePrice: [18000, 28000],
    weightGrams: 1050,
    halal: false,
    options: [
      opt("Berat", [
        ["1 kg", 1],
        ["5 kg", 4.7],
      ]),
    ],
  },
  {
    category: "buah-hasil-tani",
    title: "Pisang Raja Bulu per Sisir",
    description:
      "Pisang raja bulu dengan kulit kuning tipis dan daging yang manis harum. Enak dimakan langsung, digoreng atau dijadikan kolak. Dikirim dalam keadaan mengkal agar matang di perjalanan.",
    basePrice: [20000, 35000],
    weightGrams: 1500,
    halal: false,
    options: [],
  },
  {
    category: "buah-hasil-tani",
    title: "Alpukat Mentega",
    description:
      "Alpukat mentega berdaging kuning tebal dengan tekstur lembut dan gurih. Dipetik tua lalu diperam sehingga matang merata dalam dua sampai tiga hari. Cocok untuk jus dan es alpukat.",
    basePrice: [20000, 35000],
    weightGrams: 1100,
    halal: false,
    options: [beratKg()],
  },

  // ── Rempah & Bumbu ──────────────────────────────────────────────────────────
  {
    category: "rempah-bumbu",
    title: "Sambal Pecel Banyuwangi",
    description:
      "Bumbu pecel dari kacang tanah sangrai, cabai, kencur, daun jeruk dan gula kelapa yang diulek lalu dipadatkan. Tinggal diseduh air hangat untuk menyiram sayur rebus. Rasanya gurih, manis dan pedas khas pecel Banyuwangi.",
    basePrice: [15000, 25000],
    weightGrams: 270,
    halal: true,
    options: [
      opt("Level Pedas", [
        ["Sedang", 1],
        ["Pedas", 1],
        ["Sangat Pedas", 1.05],
      ]),
    ],
  },
  {
    category: "rempah-bumbu",
    title: "Bumbu Rujak Soto Instan",
    description:
      "Paket bumbu untuk membuat rujak soto, perpaduan rujak cingur dan soto daging yang hanya ada di Banyuwangi. Berisi bumbu rujak petis dan bumbu soto yang dikemas terpisah. Cukup siapkan sayur rebus dan daging sapi.",
    basePrice: [15000, 25000],
    weightGrams: 250,
    halal: true,
    options: [],
  },
  {
    category: "rempah-bumbu",
    title: "Bumbu Pecel Pitik Kemiren",
    description:
      "Bumbu kelapa parut berbumbu kemiri, cabai, daun jeruk dan terasi untuk membuat pecel pitik, hidangan adat Osing. Cukup dicampur dengan ayam kampung panggang yang disuwir. Resep dari juru masak selamatan di Kemiren.",
    basePrice: [15000, 25000],
    weightGrams: 250,
    halal: true,
    options: [],
  },
  {
    category: "rempah-bumbu",
    title: "Bumbu Pindang Koyong",
    description:
      "Bumbu halus untuk pindang koyong, sup ikan berkuah kuning pedas-asam khas Osing. Terbuat dari kunyit, cabai, bawang, lengkuas dan belimbing wuluh. Satu bungkus cukup untuk satu kilogram ikan.",
    basePrice: [12000, 20000],
    weightGrams: 200,
    halal: true,
    options: [],
  },
  {
    category: "rempah-bumbu",
    title: "Bumbu Rawon Instan",
    description:
      "Bumbu rawon dari kluwek pilihan, bawang, lengkuas dan serai yang ditumis hingga matang. Kuahnya hitam pekat dengan aroma kluwek yang kuat. Praktis untuk masak rawon daging di rumah.",
    basePrice: [12000, 20000],
    weightGrams: 200,
    halal: true,
    options: [],
  },
  {
    category: "rempah-bumbu",
    title: "Kunyit Bubuk Murni",
    description:
      "Kunyit segar dari ladang petani yang diiris, dijemur, lalu digiling halus tanpa campuran tepung. Warnanya kuning pekat dan aromanya tajam. Untuk bumbu masakan, nasi kuning maupun jamu rumahan.",
    basePrice: [10000, 18000],
    weightGrams: 120,
    halal: true,
    options: [
      opt("Ukuran", [
        ["100 g", 1],
        ["250 g", 2.3],
      ]),
    ],
  },
  {
    category: "rempah-bumbu",
    title: "Cengkeh Kering Kalibaru",
    description:
      "Bunga cengkeh dari kebun di Kalibaru yang dipetik saat kuncup lalu dijemur hingga cokelat kering. Aromanya kuat dan minyaknya masih terasa saat dipatahkan. Untuk bumbu masakan, wedang rempah dan jamu.",
    basePrice: [25000, 40000],
    weightGrams: 120,
    halal: true,
    options: [
      opt("Ukuran", [
        ["100 g", 1],
        ["250 g", 2.3],
      ]),
    ],
  },
  {
    category: "rempah-bumbu",
    title: "Sambal Terasi Muncar",
    description:
      "Sambal terasi dari cabai rawit, tomat dan terasi udang Muncar yang digoreng hingga matang. Aromanya harum terasi bakar dengan pedas yang nendang. Tahan sebulan di suhu ruang jika selalu memakai sendok kering.",
    basePrice: [18000, 30000],
    weightGrams: 250,
    halal: true,
    options: [],
  },

  // ── Sambal & Makanan Beku ───────────────────────────────────────────────────
  {
    category: "sambal-makanan-beku",
    title: "Sambal Tempong Botol",
    description:
      "Sambal tempong khas Banyuwangi dari cabai rawit, tomat, terasi dan jeruk sambal yang diulek mentah lalu dimasak sebentar. Pedasnya menampar sesuai namanya, dengan rasa segar dari jeruk. Cocok untuk lalapan, ikan goreng dan tempe.",
    basePrice: [18000, 30000],
    weightGrams: 250,
    halal: true,
    options: [
      opt("Level Pedas", [
        ["Pedas", 1],
        ["Sangat Pedas", 1.05],
      ]),
    ],
  },
  {
    category: "sambal-makanan-beku",
    title: "Paket Bumbu Sego Tempong",
    description:
      "Satu paket untuk membuat sego tempong di rumah, berisi sambal tempong, bumbu tempe-tahu dan ikan asin kering. Tinggal siapkan nasi hangat dan sayur rebus. Cukup untuk empat porsi.",
    basePrice: [25000, 40000],
    weightGrams: 400,
    halal: true,
    options: [],
  },
  {
    category: "sambal-makanan-beku",
    title: "Sambal Cumi Asin",
    description:
      "Sambal bawang berisi potongan cumi asin yang digoreng renyah sebelum dimasak bersama cabai. Gurih, pedas dan terasa cuminya di setiap suapan. Cukup dengan nasi hangat sudah jadi makan enak.",
    basePrice: [30000, 50000],
    weightGrams: 250,
    halal: true,
    options: [],
  },
  {
    category: "sambal-makanan-beku",
    title: "Sambal Bawang Ebi",
    description:
      "Sambal bawang dengan ebi sangrai yang ditumbuk kasar, dimasak dengan minyak kelapa hingga harum. Rasanya gurih, pedas dan sedikit manis. Praktis dibawa untuk bekal perjalanan.",
    basePrice: [25000, 40000],
    weightGrams: 250,
    halal: true,
    options: [],
  },
  {
    category: "sambal-makanan-beku",
    title: "Nugget Ikan Tenggiri Beku",
    description:
      "Nugget dari daging ikan tenggiri segar, wortel dan tepung roti tanpa pengawet. Disimpan beku dan tinggal digoreng sebentar hingga kuning keemasan. Cara enak membuat anak mau makan ikan.",
    basePrice: [30000, 45000],
    weightGrams: 550,
    halal: true,
    options: [],
  },
  {
    category: "sambal-makanan-beku",
    title: "Bakso Ikan Muncar Beku",
    description:
      "Bakso kenyal dari ikan laut segar hasil tangkapan Muncar dengan campuran tapioka secukupnya. Bisa direbus untuk kuah bakso, digoreng atau dibakar. Dikirim beku dengan kotak styrofoam dan es batu.",
    basePrice: [30000, 45000],
    weightGrams: 550,
    halal: true,
    options: [],
  },
  {
    category: "sambal-makanan-beku",
    title: "Ayam Kesrut Siap Saji Beku",
    description:
      "Ayam kampung berkuah asam pedas dengan belimbing wuluh dan cabai, masakan rumahan khas Osing. Sudah dimasak matang lalu dibekukan, tinggal dipanaskan. Satu bungkus cukup untuk dua sampai tiga orang.",
    basePrice: [35000, 55000],
    weightGrams: 650,
    halal: true,
    options: [],
  },
  {
    category: "sambal-makanan-beku",
    title: "Pecel Pitik Beku",
    description:
      "Ayam kampung panggang yang disuwir dan dicampur bumbu kelapa pedas ala pecel pitik Osing. Dibekukan segera setelah dimasak agar rasanya tidak berubah. Hangatkan dengan dikukus sebentar sebelum disajikan.",
    basePrice: [40000, 65000],
    weightGrams: 600,
    halal: true,
    options: [],
  },

  // ── Minuman ─────────────────────────────────────────────────────────────────
  {
    category: "minuman",
    title: "Sari Buah Naga",
    description:
      "Minuman sari buah naga merah dari kebun Banyuwangi yang diblender, disaring dan dipasteurisasi. Warnanya merah keunguan alami dan rasanya manis segar. Paling nikmat diminum dingin.",
    basePrice: [10000, 18000],
    weightGrams: 350,
    halal: true,
    options: [
      opt("Isi", [
        ["1 botol", 1],
        ["6 botol", 5.5],
      ]),
    ],
  },
  {
    category: "minuman",
    title: "Wedang Uwuh Rempah",
    description:
      "Racikan rempah kering berisi kayu secang, jahe, cengkeh, kayu manis dan daun pala, lengkap dengan gula batu. Seduhannya merah dan hangat dengan aroma rempah yang kuat. Satu kantong bisa diseduh dua kali.",
    basePrice: [15000, 25000],
    weightGrams: 200,
    halal: true,
    options: [
      opt("Isi", [
        ["5 kantong", 1],
        ["10 kantong", 1.9],
      ]),
    ],
  },
  {
    category: "minuman",
    title: "Susu Kambing Etawa Pasteurisasi",
    description:
      "Susu segar dari kambing etawa yang diperah pagi hari lalu dipasteurisasi dan dikemas dalam botol. Rasanya gurih, sedikit manis dan tidak prengus. Harus disimpan dingin dan habis dalam lima hari.",
    basePrice: [15000, 25000],
    weightGrams: 550,
    halal: true,
    options: [
      opt("Rasa", [
        ["Original", 1],
        ["Cokelat", 1.1],
        ["Stroberi", 1.1],
      ]),
    ],
  },
  {
    category: "minuman",
    title: "Sirup Jeruk Siam",
    description:
      "Sirup kental dari perasan jeruk siam Banyuwangi dan gula pasir. Cukup dicampur air dingin dan es batu untuk minuman segar saat siang. Tanpa pewarna buatan.",
    basePrice: [20000, 35000],
    weightGrams: 700,
    halal: true,
    options: [],
  },
  {
    category: "minuman",
    title: "Kopi Susu Gula Aren Botol",
    description:
      "Kopi susu siap minum dari robusta Banyuwangi, susu segar dan gula aren cair. Diseduh setiap hari dan dikirim dalam keadaan dingin. Simpan di lemari es dan kocok sebelum diminum.",
    basePrice: [15000, 25000],
    weightGrams: 300,
    halal: true,
    options: [
      opt("Ukuran", [
        ["250 ml", 1],
        ["1 L", 3.6],
      ]),
    ],
  },
  {
    category: "minuman",
    title: "Teh Hitam Kebun Kalibendo",
    description:
      "Teh hitam dari pucuk daun teh yang ditanam di lereng Ijen, diolah dan dikeringkan secara sederhana oleh petani. Seduhannya merah pekat dengan rasa sepat yang pas. Nikmat dengan gula batu atau tanpa gula.",
    basePrice: [20000, 35000],
    weightGrams: 120,
    halal: true,
    options: [],
  },
  {
    category: "minuman",
    title: "Sirup Buah Naga",
    description:
      "Sirup dari buah naga merah yang dimasak dengan gula hingga mengental. Warnanya cantik dan cocok untuk es buah, es campur atau minuman saat berbuka puasa. Satu botol bisa untuk sekitar dua puluh gelas.",
    basePrice: [25000, 40000],
    weightGrams: 700,
    halal: true,
    options: [],
  },
  {
    category: "minuman",
    title: "Cokelat Bubuk Glenmore",
    description:
      "Bubuk cokelat murni dari biji kakao kebun di Glenmore yang difermentasi, disangrai lalu digiling. Rasanya pekat dan sedikit pahit tanpa campuran gula. Cocok untuk minuman cokelat panas maupun bahan kue.",
    basePrice: [30000, 50000],
    weightGrams: 220,
    halal: true,
    options: [
      opt("Ukuran", [
        ["200 g", 1],
        ["500 g", 2.3],
      ]),
    ],
  },

  // ── Hasil Ternak ────────────────────────────────────────────────────────────
  {
    category: "hasil-ternak",
    title: "Susu Kambing Etawa Bubuk",
    description:
      "Susu bubuk dari susu kambing etawa peternak setempat yang dikeringkan dengan suhu rendah. Mudah larut dan cocok diminum pagi atau sebelum tidur. Rasanya lembut tanpa bau prengus.",
    basePrice: [40000, 70000],
    weightGrams: 230,
    halal: true,
    options: [
      opt("Rasa", [
        ["Original", 1],
        ["Cokelat", 1.05],
        ["Jahe", 1.05],
      ]),
    ],
  },
  {
    category: "hasil-ternak",
    title: "Telur Asin Bebek",
    description:
      "Telur bebek dari peternakan di pinggir sawah yang diasinkan dengan adonan abu gosok dan garam selama dua minggu. Kuning telurnya masir, berminyak dan asinnya pas. Tersedia yang direbus biasa atau dipanggang.",
    basePrice: [35000, 50000],
    weightGrams: 750,
    halal: true,
    options: [
      opt("Isi", [
        ["10 butir", 1],
        ["20 butir", 1.95],
        ["30 butir", 2.85],
      ]),
      opt("Olahan", [
        ["Rebus", 1],
        ["Panggang", 1.1],
      ]),
    ],
  },
  {
    category: "hasil-ternak",
    title: "Telur Ayam Kampung",
    description:
      "Telur dari ayam kampung yang diumbar di pekarangan dan diberi pakan jagung serta dedak. Kuningnya lebih oranye dan rasanya gurih. Dikemas dalam tray dan kardus agar aman saat dikirim.",
    basePrice: [25000, 35000],
    weightGrams: 700,
    halal: false,
    options: [
      opt("Isi", [
        ["10 butir", 1],
        ["30 butir", 2.9],
      ]),
    ],
  },
  {
    category: "hasil-ternak",
    title: "Dendeng Sapi Manis",
    description:
      "Irisan tipis daging sapi yang dibumbui ketumbar, bawang dan gula aren lalu dijemur hingga kering. Tinggal digoreng sebentar hingga harum. Cocok untuk lauk bekal karena awet tanpa lemari es.",
    basePrice: [55000, 85000],
    weightGrams: 270,
    halal: true,
    options: [],
  },
  {
    category: "hasil-ternak",
    title: "Abon Sapi",
    description:
      "Abon dari daging sapi has dalam yang disuwir halus dan digoreng dengan bumbu rempah. Seratnya lembut, gurih-manis dan tidak terlalu berminyak. Enak untuk taburan nasi, roti atau bubur.",
    basePrice: [40000, 65000],
    weightGrams: 220,
    halal: true,
    options: [
      opt("Rasa", [
        ["Original", 1],
        ["Pedas", 1.05],
      ]),
    ],
  },
  {
    category: "hasil-ternak",
    title: "Kerupuk Rambak Kulit Sapi",
    description:
      "Kerupuk dari kulit sapi yang direbus, dibumbui bawang putih lalu dijemur kering. Saat digoreng mengembang besar dan sangat renyah. Cocok untuk teman makan rawon dan sego tempong.",
    basePrice: [20000, 35000],
    weightGrams: 270,
    halal: true,
    options: [
      opt("Kondisi", [
        ["Mentah", 1],
        ["Sudah Digoreng", 1.25],
      ]),
    ],
  },
  {
    category: "hasil-ternak",
    title: "Sabun Susu Kambing Etawa",
    description:
      "Sabun batang buatan tangan dari susu kambing etawa, minyak kelapa dan minyak zaitun dengan proses dingin. Busanya lembut dan membuat kulit terasa lembap setelah mandi. Didiamkan empat minggu sebelum dijual agar matang.",
    basePrice: [15000, 25000],
    weightGrams: 110,
    halal: false,
    options: [
      opt("Aroma", [
        ["Tanpa Aroma", 1],
        ["Sereh", 1],
        ["Kopi", 1.05],
      ]),
    ],
  },
];

/** Words for seller business names per category slug: the seed builds names like `${prefix} ${core}`. */
export const SELLER_NAME_PARTS: Record<string, { prefixes: string[]; cores: string[] }> = {
  kopi: {
    prefixes: ["Kopi", "Omah Kopi", "Kebun Kopi", "Sangrai", "Warung Kopi", "Kopi Rakyat"],
    cores: [
      "Ijen",
      "Gombengsari",
      "Kemiren",
      "Osing",
      "Mbok Sri",
      "Pak Darmo",
      "Kalibaru",
      "Raung",
      "Lerek",
      "Sumber Rejeki",
      "Lereng Ijen",
    ],
  },
  batik: {
    prefixes: [
      "Batik",
      "Sanggar Batik",
      "Griya Batik",
      "Omah Batik",
      "Rumah Batik",
      "Galeri Batik",
    ],
    cores: [
      "Sekar Osing",
      "Gajah Oling",
      "Blambangan",
      "Sritanjung",
      "Paras Gempal",
      "Sayu Wiwit",
      "Tanjung Wangi",
      "Temenggungan",
      "Kemiren",
      "Gandrung Sewu",
    ],
  },
  "fashion-aksesoris": {
    prefixes: ["Busana", "Udeng", "Kaos", "Griya Busana", "Sandang", "Butik"],
    cores: [
      "Osing",
      "Blambangan",
      "Gandrung",
      "Sritanjung",
      "Sayu Wiwit",
      "Jenggirat",
      "Tanjung",
      "Bumi Blambangan",
      "Kembang Arum",
    ],
  },
  "kue-oleh-oleh": {
    prefixes: ["Kue", "Dapur", "Oleh-oleh", "Bagiak", "Jajan Pasar", "Pawon"],
    cores: [
      "Mbok Sri",
      "Bu Tin",
      "Osing",
      "Blambangan",
      "Sumber Rejeki",
      "Sritanjung",
      "Barokah",
      "Manis Legi",
      "Kemiren",
      "Mak Yah",
    ],
  },
  "keripik-camilan": {
    prefixes: ["Keripik", "Camilan", "Kriuk", "Dapur", "Sentra Keripik", "Aneka Keripik"],
    cores: [
      "Mbok Darmi",
      "Sumber Rejeki",
      "Osing",
      "Genteng",
      "Barokah",
      "Tanjung",
      "Lancar Jaya",
      "Rogojampi",
      "Mak Ijah",
    ],
  },
  "olahan-ikan": {
    prefixes: ["Petis", "Kerupuk", "Olahan Ikan", "Terasi", "Hasil Laut", "Abon Ikan"],
    cores: [
      "Muncar",
      "Kedungrejo",
      "Tembokrejo",
      "Sumber Laut",
      "Selat Bali",
      "Tanjung",
      "Segoro Mulyo",
      "Nelayan Jaya",
      "Pak Darmo",
      "Lemuru",
    ],
  },
  madu: {
    prefixes: ["Madu", "Lebah", "Peternakan Lebah", "Griya Madu", "Madu Murni", "Klanceng"],
    cores: [
      "Alas Purwo",
      "Ijen",
      "Meru Betiri",
      "Raung",
      "Sumber Manis",
      "Blambangan",
      "Gombengsari",
      "Pak Darmo",
      "Rowo Bayu",
    ],
  },
  "jamu-herbal": {
    prefixes: ["Jamu", "Herbal", "Jamu Gendong", "Ramuan", "Griya Jamu", "Empon-Empon"],
    cores: [
      "Mbok Sri",
      "Sehat Waras",
      "Osing",
      "Sritanjung",
      "Sumber Waras",
      "Mbok Ginah",
      "Kemiren",
      "Blambangan",
      "Segar Sari",
    ],
  },
  "gula-aren-kelapa": {
    prefixes: ["Gula Aren", "Gula Semut", "Gula Kelapa", "Nira", "Penderes", "Gula Jawa"],
    cores: [
      "Songgon",
      "Licin",
      "Raung",
      "Sumber Rejeki",
      "Alas Purwo",
      "Kalibaru",
      "Legi Manis",
      "Pak Darmo",
      "Bumi Arum",
    ],
  },
  "kerajinan-bambu": {
    prefixes: ["Anyaman", "Kerajinan Bambu", "Besek", "Pring", "Sentra Anyaman", "Griya Anyaman"],
    cores: [
      "Gintangan",
      "Rogojampi",
      "Osing",
      "Pring Sewu",
      "Blambangan",
      "Sumber Rejeki",
      "Pak Darmo",
      "Tanjung",
      "Kemiren",
    ],
  },
  "kerajinan-kayu": {
    prefixes: ["Ukir", "Galeri", "Kerajinan", "Sanggar", "Pahat", "Suvenir"],
    cores: [
      "Barong Osing",
      "Gandrung",
      "Kemiren",
      "Blambangan",
      "Jaranan Buto",
      "Sritanjung",
      "Minak Jinggo",
      "Cluring",
      "Tanjung",
    ],
  },
  "buah-hasil-tani": {
    prefixes: ["Kebun", "Tani", "Buah", "Hasil Tani", "Kelompok Tani", "Agro"],
    cores: [
      "Naga Merah",
      "Bangorejo",
      "Pesanggaran",
      "Songgon",
      "Sumber Rejeki",
      "Subur Makmur",
      "Tegaldlimo",
      "Ijen",
      "Siliragung",
      "Makmur Jaya",
    ],
  },
  "rempah-bumbu": {
    prefixes: ["Bumbu", "Rempah", "Dapur", "Pawon", "Sambal Pecel", "Racikan"],
    cores: [
      "Mbok Sri",
      "Osing",
      "Kemiren",
      "Bu Tin",
      "Sumber Rasa",
      "Blambangan",
      "Sritanjung",
      "Mak Yah",
      "Genteng",
    ],
  },
  "sambal-makanan-beku": {
    prefixes: ["Sambal", "Sego Tempong", "Dapur", "Lauk Beku", "Warung", "Lauk"],
    cores: [
      "Mbok Nah",
      "Tempong Pedes",
      "Osing",
      "Muncar",
      "Sumber Rasa",
      "Bu Tin",
      "Blambangan",
      "Gandrung",
      "Pak Darmo",
    ],
  },
  minuman: {
    prefixes: ["Sari", "Minuman", "Wedang", "Sirup", "Omah Wedang", "Segar"],
    cores: [
      "Naga Merah",
      "Osing",
      "Ijen",
      "Sritanjung",
      "Sumber Segar",
      "Blambangan",
      "Kalibendo",
      "Jeruk Siam",
      "Mbok Sri",
    ],
  },
  "hasil-ternak": {
    prefixes: ["Peternakan", "Ternak", "Kandang", "Susu Etawa", "Telur Asin", "Griya Ternak"],
    cores: [
      "Etawa Ijen",
      "Sumber Rejeki",
      "Makmur Jaya",
      "Blambangan",
      "Pak Darmo",
      "Subur",
      "Osing",
      "Lereng Raung",
      "Barokah",
    ],
  },
};

/** Common Javanese/Osing given names for seller owners (mixed genders). */
export const OWNER_GIVEN_NAMES: string[] = [
  "Sri",
  "Siti",
  "Suparmi",
  "Sutini",
  "Sumiati",
  "Ngatini",
  "Lastri",
  "Warsini",
  "Endang",
  "Rukmini",
  "Sulastri",
  "Darmi",
  "Tumini",
  "Kasiyah",
  "Murtini",
  "Wahyuni",
  "Yuli",
  "Ratna",
  "Nurul",
  "Ani",
  "Dewi",
  "Ayu",
  "Fitri",
  "Lilis",
  "Indah",
  "Rini",
  "Tutik",
  "Yayuk",
  "Ninik",
  "Umi",
  "Rohmah",
  "Aminah",
  "Juwariyah",
  "Mariyam",
  "Sayu",
  "Slamet",
  "Sugeng",
  "Bambang",
  "Joko",
  "Agus",
  "Budi",
  "Darmo",
  "Hariyanto",
  "Suyitno",
  "Supriyadi",
  "Sutrisno",
  "Wagiman",
  "Sukirno",
  "Purwanto",
  "Eko",
  "Heru",
  "Wahyu",
  "Yusuf",
  "Imam",
  "Ahmad",
  "Hasan",
  "Rahmat",
  "Dedi",
  "Teguh",
  "Basuki",
  "Mulyono",
  "Kasno",
  "Sarip",
  "Untung",
  "Jumadi",
  "Bagus",
  "Adi",
  "Fajar",
  "Rizal",
  "Dwi",
];

/** Family/second names used in Banyuwangi. */
export const OWNER_FAMILY_NAMES: string[] = [
  "Suryani",
  "Hadi",
  "Wulandari",
  "Santoso",
  "Wibowo",
  "Hartono",
  "Setiawan",
  "Prasetyo",
  "Rahayu",
  "Lestari",
  "Handayani",
  "Susanti",
  "Purnomo",
  "Kurniawan",
  "Hidayat",
  "Maulana",
  "Syaifuddin",
  "Hasanah",
  "Fauziah",
  "Nurhayati",
  "Widodo",
  "Utomo",
  "Saputra",
  "Pratiwi",
  "Anggraini",
  "Permana",
  "Firmansyah",
  "Hakim",
  "Rohim",
  "Sholeh",
  "Mustofa",
  "Ningsih",
  "Astuti",
  "Haryanto",
  "Subagyo",
  "Darmawan",
];

/** One-sentence shop descriptions with `{desa}` and `{kecamatan}` placeholders. */
export const SHOP_TAGLINES: string[] = [
  "Usaha keluarga dari {desa}, Kecamatan {kecamatan}, yang menjaga resep dan cara kerja turun-temurun.",
  "Produk rumahan asli {desa}, {kecamatan}, dibuat dalam jumlah kecil agar mutunya tetap terjaga.",
  "Kami mengolah hasil bumi {desa} di Kecamatan {kecamatan} langsung dari petani dan perajin tetangga.",
  "Dari dapur sederhana di {desa}, {kecamatan}, kami kirim rasa khas Banyuwangi ke seluruh Indonesia.",
  "UMKM binaan desa di {desa}, Kecamatan {kecamatan}, yang melibatkan ibu-ibu PKK setempat.",
  "Perajin lokal {desa}, {kecamatan}, yang bangga memperkenalkan budaya Osing lewat setiap karya.",
  "Berdiri sejak lama di {desa}, Kecamatan {kecamatan}, dan kini melayani pesanan secara daring.",
  "Semua produk kami dibuat tangan oleh warga {desa}, {kecamatan}, tanpa bahan pengawet buatan.",
  "Toko kecil dari {desa}, Kecamatan {kecamatan}, yang siap melayani pesanan eceran maupun hajatan.",
  "Bahan baku dipilih dari kebun dan pasar sekitar {desa}, {kecamatan}, agar selalu segar.",
  "Kelompok usaha bersama di {desa}, Kecamatan {kecamatan}, yang tumbuh bersama pelanggan setia.",
  "Oleh-oleh khas Banyuwangi langsung dari sentra produksi di {desa}, {kecamatan}.",
  "Kami percaya produk desa bisa bersaing; buktikan sendiri kualitas dari {desa}, Kecamatan {kecamatan}.",
  "Dikelola anak muda {desa}, {kecamatan}, yang melanjutkan usaha orang tua dengan sentuhan baru.",
  "Setiap pembelian membantu penghasilan keluarga perajin dan petani di {desa}, Kecamatan {kecamatan}.",
  "Rasa dan mutu yang sudah dikenal warga {desa}, {kecamatan}, kini bisa dipesan dari mana saja.",
  "Pesanan dikemas rapi di rumah produksi kami di {desa}, Kecamatan {kecamatan}, dan dikirim setiap hari kerja.",
  "Produk unggulan {desa}, {kecamatan}, yang sering tampil di pameran UMKM Banyuwangi.",
];
