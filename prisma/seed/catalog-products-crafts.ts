/** Seed product templates: batik, fashion and accessories, bamboo and wood crafts. */
import { opt, ukuranBaju, type ProductTemplate } from "./catalog-options";

export const CRAFT_TEMPLATES: ProductTemplate[] = [
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
];
