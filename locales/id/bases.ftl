# Dasar hukum yang dapat menjadi landasan permintaan (templates/bases.toml), dipilih dalam formulir. `$basis` adalah
# pengenal suatu dasar dalam berkas tersebut (`none` selama belum ada yang dipilih); nomor pasal (`$articles`,
# sebanyak `$count`) berasal dari bases.toml dan ditulis sama dalam semua bahasa.

## Instrumen, sebagaimana disebut dalam pilihan formulir dan dalam baris dasar hukum permintaan

basis-budapest = Konvensi tentang Kejahatan Siber (ETS No. 185)
basis-protocol2 = Protokol Tambahan Kedua pada Konvensi tentang Kejahatan Siber tentang Peningkatan Kerja Sama dan Pengungkapan Bukti Elektronik (CETS No. 224)
basis-untoc = Konvensi Perserikatan Bangsa-Bangsa Menentang Tindak Pidana Transnasional yang Terorganisasi
basis-un-cybercrime = Konvensi Perserikatan Bangsa-Bangsa Menentang Kejahatan Siber
basis-ets30 = Konvensi Eropa tentang Bantuan Timbal Balik dalam Masalah Pidana (ETS No. 30)
basis-ets30-p2 = Protokol Tambahan Kedua pada Konvensi Eropa tentang Bantuan Timbal Balik dalam Masalah Pidana (ETS No. 182)
basis-cis-minsk-1993 = Konvensi tentang Bantuan Hukum dan Hubungan Hukum dalam Perkara Perdata, Keluarga, dan Pidana (Minsk, 22 Januari 1993)
basis-cis-chisinau-2002 = Konvensi tentang Bantuan Hukum dan Hubungan Hukum dalam Perkara Perdata, Keluarga, dan Pidana (Chisinau, 7 Oktober 2002)
basis-cis-it-crime-2018 = Persetujuan Kerja Sama Negara-Negara Anggota Persemakmuran Negara-Negara Merdeka dalam Memberantas Kejahatan di Bidang Teknologi Informasi (Dushanbe, 28 September 2018)
basis-arab-ito-2010 = Konvensi Arab tentang Pemberantasan Kejahatan Teknologi Informasi (Kairo, 21 Desember 2010)
basis-bilateral = Perjanjian bilateral antara Negara Peminta dan Negara Diminta
basis-reciprocity = Resiprositas (tidak ada perjanjian bantuan timbal balik dalam masalah pidana yang berlaku antara kedua Negara)

## Baris dasar hukum yang dicetak di bawah judul permintaan

# Pasal-pasal instrumen yang menjadi dasar permintaan, misalnya "Pasal 18(1), 18(3)(i)".
basis-articles = { $count ->
       *[other] Pasal { $articles }
    }
# `$treaty`: perjanjian bilateral dan pasal-pasalnya, sebagaimana diketik (dan diterjemahkan) oleh pengguna.
basis-legal-basis = { $basis ->
        [budapest] { basis-budapest }, { basis-articles }
        [protocol2] { basis-protocol2 }, { basis-articles }; Protokol hanya berlaku di antara Negara-Negara yang menjadi Pihak padanya
        [untoc] { basis-untoc }, { basis-articles }
        [un-cybercrime] { basis-un-cybercrime }, { basis-articles }
        [ets30] { basis-ets30 }, { basis-articles }
        [ets30-p2] { basis-ets30-p2 }, { basis-articles }; Protokol hanya berlaku di antara Negara-Negara yang menjadi Pihak padanya dan pada Konvensi
        [cis-minsk-1993] { basis-cis-minsk-1993 }, { basis-articles }
        [cis-chisinau-2002] { basis-cis-chisinau-2002 }, { basis-articles }
        [cis-it-crime-2018] { basis-cis-it-crime-2018 }, { basis-articles }
        [arab-ito-2010] { basis-arab-ito-2010 }, { basis-articles }
        [bilateral] { basis-bilateral }: { $treaty }
        [reciprocity] Permintaan yang diajukan atas dasar resiprositas; tidak ada perjanjian bantuan timbal balik dalam masalah pidana yang berlaku antara Negara Peminta dan Negara Diminta
       *[none] Dasar hukum belum dipilih
    }

## Pilihan dalam formulir (tidak pernah dicetak: permintaan menampilkan baris dasar hukum di atas)

basis-heading = Dasar hukum internasional
# `$match`: apa yang dimiliki instrumen yang dipilih untuk permintaan ini (templates/bases.toml): `specific`,
# `general`, `user` (perjanjian bilateral), `none` (resiprositas), `unchosen`; `$request`: jenis permintaan
# (`preservation`, `subscriber`, `traffic`, `content`, `emergency`).
basis-choice = Perjanjian atau dasar internasional lain yang menjadi landasan permintaan
    .hint = { $match ->
        [specific] Instrumen yang dipilih memuat pasal yang khusus dibuat untuk permintaan ini; pasal-pasal tersebut dirujuk di awal permintaan. Pilih instrumen ini hanya jika mengikat Negara Peminta maupun Negara Diminta.
        [general] { $request ->
            [preservation] Instrumen yang dipilih tidak memuat pasal tentang preservasi segera: permintaan didasarkan pada ketentuan umumnya tentang bantuan timbal balik, yang dirujuk di awal permintaan. Apakah dan berapa lama data dipreservasi bergantung pada hukum Negara Diminta.
           *[other] Instrumen yang dipilih tidak memuat pasal yang khusus dibuat untuk permintaan ini: permintaan didasarkan pada ketentuan umumnya tentang bantuan timbal balik, yang dirujuk di awal permintaan.
        }
        [user] Sebutkan perjanjian dan pasal-pasal yang menjadi dasar permintaan: keduanya dicetak di awal permintaan.
        [none] Tidak ada perjanjian yang berlaku antara kedua Negara: permintaan didasarkan pada resiprositas dan tidak merujuk pasal apa pun. Cantumkan dasar hukum nasional Anda di bagian yang disediakan untuk itu.
       *[unchosen] Pilih perjanjian yang mengikat Negara Peminta maupun Negara Diminta. Pasal-pasalnya dirujuk di awal permintaan dan di setiap tempat permintaan merujuk kepadanya.
    }
basis-bilateral-treaty = Judul dan tanggal perjanjian, serta pasal-pasal yang menjadi dasar permintaan
# Pemeriksaan oleh peminta, hanya ditampilkan untuk instrumen yang belum berlaku, atau yang statusnya tidak diketahui,
# dalam sumber yang dibaca (`$status`: `not-in-force`, `unknown`; `$as-of`: tanggal sumber tersebut, dalam format
# TTTT-BB-HH). Tidak pernah dicetak: penerima tidak pernah dijelaskan hukumnya sendiri.
basis-in-force = { $basis ->
        [protocol2] Saya telah memeriksa bahwa kedua Negara adalah Pihak pada Protokol Tambahan Kedua pada Konvensi tentang Kejahatan Siber dan bahwa Protokol tersebut berlaku di antara keduanya
        [ets30-p2] Saya telah memeriksa bahwa kedua Negara adalah Pihak pada Protokol Tambahan Kedua pada Konvensi Eropa tentang Bantuan Timbal Balik dalam Masalah Pidana dan bahwa Protokol tersebut berlaku di antara keduanya
       *[other] Saya telah memeriksa bahwa kedua Negara adalah Pihak pada instrumen yang dipilih dan bahwa instrumen tersebut berlaku di antara keduanya
    }
    .hint = { $status ->
        [not-in-force] Menurut sumber yang dibaca untuk aplikasi ini, instrumen ini belum berlaku pada { $as-of }. Periksalah kepada otoritas pusat Anda atau penyimpan instrumen sebelum mengandalkannya. Pemeriksaan Anda sendiri: tidak pernah dicetak dalam permintaan.
       *[unknown] Sumber yang dibaca untuk aplikasi ini tidak menunjukkan apakah instrumen ini telah berlaku. Periksalah kepada otoritas pusat Anda atau penyimpan instrumen sebelum mengandalkannya. Pemeriksaan Anda sendiri: tidak pernah dicetak dalam permintaan.
    }
