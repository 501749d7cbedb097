/** Seed product templates: fish, spices, farm and livestock produce. */
import { beratKg, opt, type ProductTemplate } from "./catalog-options";

export const PRODUCE_TEMPLATES: ProductTemplate[] = [
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
