/** Seed product templates: cakes, snacks, sambal and frozen food. */
import { opt, rasaKeripik, type ProductTemplate } from "./catalog-options";

export const SNACK_TEMPLATES: ProductTemplate[] = [
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
];
