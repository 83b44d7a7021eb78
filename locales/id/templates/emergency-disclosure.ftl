# Template emergency-disclosure: emergency request for disclosure of stored computer data (Second
# Additional Protocol Art. 9 through the 24/7 Network, Art. 10 emergency mutual assistance, or a
# service provider's emergency channel). Wording follows the Convention and the Protocol.

emergency-disclosure-legal-basis = { $route ->
        [protocol-art9] Pasal 9 Protokol Tambahan Kedua pada Konvensi tentang Kejahatan Siber (CETS No. 224), melalui Jaringan 24/7; Protokol hanya berlaku di antara Negara-Negara yang menjadi Pihak padanya
        [protocol-art10] Pasal 10 Protokol Tambahan Kedua pada Konvensi tentang Kejahatan Siber (CETS No. 224); Protokol hanya berlaku di antara Negara-Negara yang menjadi Pihak padanya
        [provider] Permintaan kepada penyedia layanan untuk pengungkapan sukarela dalam keadaan darurat
       *[other] { basis-legal-basis }
    }
emergency-disclosure-date = Tanggal
emergency-disclosure-reference = Nomor referensi / nomor perkara

emergency-disclosure-channel = Saluran dan dasar hukum
emergency-disclosure-channel-basis = Saluran yang digunakan untuk permintaan ini
    .hint = { $match ->
        [general] Instrumen yang dipilih tidak memuat pasal tentang permintaan darurat: permintaan didasarkan pada ketentuannya tentang permintaan mendesak dan bantuan timbal balik, yang dirujuk di awal permintaan.
        [user] Sebutkan perjanjian dan pasal-pasal yang menjadi dasar permintaan: keduanya dicetak di awal permintaan.
       *[other] Pasal 9 Protokol Tambahan Kedua: melalui Jaringan 24/7, untuk data yang dikuasai penyedia layanan di Negara Diminta. Pasal 10: bantuan timbal balik darurat melalui otoritas pusat atau otoritas berwenang. Protokol hanya berlaku di antara Negara-Negara yang terhadapnya Protokol telah berlaku: periksa bahwa Protokol berlaku bagi kedua Negara sebelum Anda memilih salah satunya. Perjanjian lain yang mengikat kedua Negara: permintaan didasarkan pada ketentuannya tentang permintaan mendesak dan bantuan timbal balik. Resiprositas: tidak ada perjanjian yang berlaku. Saluran darurat penyedia: permintaan langsung ditujukan kepada penyedia layanan, yang memutuskan sendiri apakah akan mengungkapkan data; tidak ada perjanjian yang dirujuk.
    }
emergency-disclosure-channel-basis-protocol-art9 = Pengungkapan segera dalam keadaan darurat melalui Jaringan 24/7 (Pasal 9 Protokol Tambahan Kedua)
emergency-disclosure-channel-basis-protocol-art10 = Bantuan timbal balik darurat (Pasal 10 Protokol Tambahan Kedua)
emergency-disclosure-channel-basis-provider = Saluran pengungkapan darurat penyedia layanan

emergency-disclosure-addressee = Negara Diminta dan penerima
emergency-disclosure-addressee-country = Negara Diminta
    .hint = Untuk permintaan yang dikirim langsung kepada penyedia layanan: Negara tempat penyedia tersebut berkedudukan.
emergency-disclosure-addressee-name = Penerima: otoritas atau penyedia layanan
    .hint = Titik kontak 24/7, otoritas pusat atau otoritas berwenang, atau penyedia layanan yang menjadi tujuan permintaan ini.
emergency-disclosure-addressee-address = Alamat
emergency-disclosure-addressee-portal = Portal atau formulir web untuk permintaan aparat penegak hukum
emergency-disclosure-addressee-email = Surel
emergency-disclosure-addressee-provider = Penyedia layanan yang menguasai data, jika bukan penerima: nama dan alamat
    .hint = Wajib untuk permintaan berdasarkan Pasal 9 Protokol (Pasal 9 ayat (3) huruf c): nama dan alamat penyedia layanan di Negara Diminta yang menguasai data.

emergency-disclosure-requesting-authority = Otoritas peminta
emergency-disclosure-requesting-authority-authority = Otoritas berwenang
emergency-disclosure-requesting-authority-officer = Pejabat peminta
emergency-disclosure-requesting-authority-position = Jabatan
emergency-disclosure-requesting-authority-address = Alamat
emergency-disclosure-requesting-authority-phone = Telepon
    .hint = Dalam format internasional: nomor yang dijawab setiap saat selama keadaan darurat berlangsung.
emergency-disclosure-requesting-authority-mobile = Telepon seluler
emergency-disclosure-requesting-authority-email = Surel
    .hint = Alamat resmi otoritas Anda: penyedia layanan mungkin tidak menjawab permintaan dari alamat pribadi.
emergency-disclosure-requesting-authority-time-zone = Zona waktu
    .hint = Zona waktu kantor Anda, sebagai selisih dari UTC. Setiap waktu dalam permintaan ini dibaca dalam zona waktu tersebut kecuali dinyatakan lain.
emergency-disclosure-requesting-authority-reachable = Pejabat peminta dapat dihubungi melalui nomor telepon di atas setiap saat selama keadaan darurat berlangsung
    .hint = Permintaan darurat memerlukan seseorang yang menjawab setiap saat. Jika Anda tidak dapat, cantumkan di atas nomor titik kontak 24/7 Anda.

emergency-disclosure-authoriser = Atasan atau pejabat yang memberi otorisasi
emergency-disclosure-authoriser-name = Nama
    .hint = Pejabat yang memberi otorisasi atas permintaan darurat ini dan dapat mengonfirmasinya kepada Negara Diminta atau penyedia layanan.
emergency-disclosure-authoriser-position = Jabatan
emergency-disclosure-authoriser-phone = Telepon
emergency-disclosure-authoriser-email = Surel

emergency-disclosure-offences = Tindak pidana
emergency-disclosure-offences-offence = Tindak pidana yang sedang disidik
    .hint = Satu baris untuk setiap tindak pidana, beserta ketentuan hukumnya dan ancaman pidana maksimumnya.
emergency-disclosure-offences-offence-description = Tindak pidana
emergency-disclosure-offences-offence-provision = Ketentuan hukum
emergency-disclosure-offences-offence-penalty = Ancaman pidana maksimum
emergency-disclosure-mla = Dasar hukum nasional dan bantuan timbal balik yang diminta
emergency-disclosure-mla-domestic-legal-basis = Dasar hukum nasional
    .hint = Ketentuan hukum nasional Anda yang menjadi dasar penyidikan perkara dan pengajuan permintaan ini. Wajib untuk bantuan timbal balik darurat (Pasal 10 Protokol); disarankan untuk setiap saluran, karena permintaan tanpa keterangan ini sering ditolak.
emergency-disclosure-mla-prosecution = Kejaksaan atau pengadilan yang menangani dan nomor perkara
    .hint = Untuk bantuan timbal balik darurat: otoritas kehakiman yang menangani perkara, jika ada.
emergency-disclosure-mla-assistance = Bantuan yang diminta
    .hint = Untuk bantuan timbal balik darurat: apa yang diminta untuk dilakukan oleh Negara Diminta, misalnya memerintahkan penyedia layanan untuk mengungkapkan data yang diuraikan di bagian 9 dan menyampaikannya kepada otoritas peminta.
emergency-disclosure-mla-procedure = Prosedur yang harus diikuti dalam pelaksanaan
    .hint = Untuk bantuan timbal balik darurat, apabila diwajibkan oleh hukum Anda: misalnya sertifikat keaslian catatan, atau bentuk perolehan data yang diperlukan agar dapat diterima sebagai alat bukti.

emergency-disclosure-emergency = Keadaan darurat
emergency-disclosure-emergency-risk = Jenis risiko
emergency-disclosure-emergency-risk-kidnapping = Penculikan atau penyanderaan
emergency-disclosure-emergency-risk-threat-to-kill = Ancaman pembunuhan
emergency-disclosure-emergency-risk-suicide = Risiko bunuh diri
emergency-disclosure-emergency-risk-child = Risiko terhadap nyawa atau keselamatan anak
emergency-disclosure-emergency-risk-terrorism = Ancaman teroris
emergency-disclosure-emergency-risk-bomb = Ancaman bom
emergency-disclosure-emergency-risk-other = Risiko lain terhadap nyawa atau keselamatan
emergency-disclosure-emergency-risk-other-detail = Jenis risiko
emergency-disclosure-emergency-facts = Fakta yang menunjukkan risiko yang signifikan dan segera terjadi terhadap nyawa atau keselamatan orang perseorangan
    .hint = { $basis ->
            [protocol2] Sebutkan siapa yang berada dalam bahaya (nama atau gambaran), apa bahayanya, mengapa bahaya itu dapat terjadi sewaktu-waktu, serta dari mana informasi berasal dan kapan diterima (beserta zona waktunya). Risiko yang sekadar mungkin terjadi, atau tidak segera terjadi, bukanlah keadaan darurat menurut pengertian Protokol.
           *[other] Sebutkan siapa yang berada dalam bahaya (nama atau gambaran), apa bahayanya, mengapa bahaya itu dapat terjadi sewaktu-waktu, serta dari mana informasi berasal dan kapan diterima (beserta zona waktunya). Risiko yang sekadar mungkin terjadi, atau tidak segera terjadi, bukanlah keadaan darurat.
        }
emergency-disclosure-emergency-relation = Bagaimana data yang diminta berkaitan dengan keadaan darurat
    .hint = Sebutkan bagaimana data akan membantu mencegah bahaya, misalnya dengan menemukan lokasi orang yang berada dalam bahaya atau mengidentifikasi orang yang mengancam, dan mengapa penyedia layanan ini diyakini menguasai data tersebut.
emergency-disclosure-emergency-urgency = Mengapa data tidak dapat diperoleh tepat waktu melalui preservasi dan bantuan timbal balik dalam masalah pidana
    .hint = Sebutkan seberapa cepat kerugian dapat terjadi dan mengapa permintaan preservasi yang diikuti permintaan bantuan timbal balik dalam masalah pidana, atau perintah penyerahan, tidak dapat memperoleh data tepat waktu.
emergency-disclosure-emergency-needed-by = Data diperlukan paling lambat
    .hint = Waktu paling akhir saat data masih dapat membantu, beserta zona waktunya. Kosongkan jika data diperlukan segera.

emergency-disclosure-data = Data yang diminta
emergency-disclosure-data-identifiers = Pengenal data yang diminta
    .hint = Setiap akun, alamat, atau nomor persis seperti yang ditampilkan layanan. Untuk alamat IP, cantumkan port sumber serta tanggal dan waktu yang tepat beserta zona waktunya: apabila alamat digunakan bersama, penyedia tidak dapat mengidentifikasi pengguna tanpa keterangan tersebut.
emergency-disclosure-data-period = Jangka waktu data yang diminta
    .hint = Sesempit yang dimungkinkan keadaan darurat, setiap ujungnya beserta zona waktunya: keadaan darurat jarang membenarkan lebih dari beberapa hari (jangka waktu lebih dari 7 hari akan ditandai).
emergency-disclosure-data-categories = Kategori data yang diminta
    .hint = Mintalah hanya data yang diperlukan oleh keadaan darurat. Penyedia layanan di beberapa Negara, seperti Amerika Serikat, hanya dapat mengungkapkan secara langsung kepada otoritas asing data yang bukan data konten.
emergency-disclosure-data-categories-subscriber = Informasi pelanggan
emergency-disclosure-data-categories-traffic = Data lalu lintas
emergency-disclosure-data-categories-content = Data konten
emergency-disclosure-data-categories-location = Data lokasi
emergency-disclosure-data-categories-other = Data lainnya
emergency-disclosure-data-categories-other-detail = Data lain yang diminta

emergency-disclosure-instructions = Instruksi prosedural khusus
emergency-disclosure-instructions-confidentiality = Kerahasiaan: jangan memberitahukan permintaan ini kepada pengguna atau pihak ketiga mana pun
    .hint = Sebagian penyedia layanan memberi tahu pengguna mereka tentang permintaan kecuali diminta untuk tidak melakukannya. Jika pengguna mengetahui permintaan tersebut, orang yang berada dalam bahaya dapat celaka.
emergency-disclosure-instructions-format = Format data yang diutamakan
emergency-disclosure-instructions-format-electronic = Elektronik dan dapat dibaca mesin (misalnya lembar kerja atau berkas CSV)
emergency-disclosure-instructions-format-document = Dokumen elektronik (PDF)
emergency-disclosure-instructions-format-usual = Format yang biasa digunakan penyedia layanan
emergency-disclosure-instructions-format-other = Format lain
emergency-disclosure-instructions-format-other-detail = Format
emergency-disclosure-instructions-other = Instruksi atau informasi lain yang dapat membantu memperoleh data

emergency-disclosure-follow-up = Proses hukum lanjutan
emergency-disclosure-follow-up-process = Proses hukum yang akan menyusul permintaan ini
    .hint = Apakah data yang diungkapkan dalam keadaan darurat akan diminta kembali melalui proses hukum formal, agar dapat digunakan sebagai alat bukti.
emergency-disclosure-follow-up-process-mla = Permintaan bantuan timbal balik dalam masalah pidana
emergency-disclosure-follow-up-process-production-order = { $basis ->
        [protocol2] Perintah penyerahan kepada penyedia layanan berdasarkan Pasal 7 Protokol Tambahan Kedua
       *[other] Perintah penyerahan kepada penyedia layanan
    }
emergency-disclosure-follow-up-process-preservation = { $basis ->
        [budapest] Permintaan preservasi segera atas data komputer yang tersimpan (Pasal 29 Konvensi)
        [protocol2] Permintaan preservasi segera atas data komputer yang tersimpan (Pasal 29 Konvensi)
       *[other] Permintaan preservasi segera atas data komputer yang tersimpan
    }
emergency-disclosure-follow-up-process-none = Tidak ada proses hukum lanjutan yang diperkirakan
emergency-disclosure-follow-up-process-other = Proses hukum lain
emergency-disclosure-follow-up-process-other-detail = Proses hukum
emergency-disclosure-follow-up-expected-date = Perkiraan tanggal pengiriman
    .hint = Kosongkan jika tidak ada proses hukum lanjutan yang diperkirakan.
emergency-disclosure-follow-up-details = Rincian proses lanjutan, atau alasan tidak ada proses yang diperkirakan
