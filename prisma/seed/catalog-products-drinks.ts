/** Seed product templates: coffee, drinks, herbal medicine, honey and palm sugar. */
import { gilingan, opt, ukuranKopi, ukuranMadu, type ProductTemplate } from "./catalog-options";

export const DRINK_TEMPLATES: ProductTemplate[] = [
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
];
