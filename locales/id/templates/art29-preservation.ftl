# Template art29-preservation: request for expedited preservation of stored computer data
# (Convention on Cybercrime, Articles 29 and 30). Sections 1 to 7 follow T-CY(2018)11, sections
# 8 and 9 T-CY(2018)10, sections 10 to 14 the elements of Article 29, paragraph 2.b to f.

art29-preservation-legal-basis = { $basis ->
        [budapest] Pasal 29 dan 30 Konvensi tentang Kejahatan Siber (ETS No. 185)
       *[other] { basis-legal-basis }
    }

## 1 to 3: date, reference, status

art29-preservation-date = Tanggal
art29-preservation-reference = Nomor referensi / nomor perkara
art29-preservation-status = Status permintaan
art29-preservation-status-new = Permintaan baru
art29-preservation-status-extension = Perpanjangan permintaan sebelumnya
art29-preservation-status-previous-reference = Nomor tiket atau referensi permintaan sebelumnya
art29-preservation-previous-request-date = Tanggal permintaan sebelumnya
art29-preservation-executed-date = Tanggal Pihak Diminta melaksanakan preservasi
    .hint = Catatan Anda sendiri, tidak pernah dicetak dalam permintaan: tanggal yang dikonfirmasi oleh Pihak Diminta atau penyedia layanan, setelah diketahui. Jangka waktu preservasi yang ditampilkan dalam aplikasi dan dalam pengingat dihitung sejak tanggal tersebut.

## 4 Requested authority

art29-preservation-requested-authority = Otoritas yang diminta
art29-preservation-requested-authority-type = Permintaan ditujukan kepada
art29-preservation-requested-authority-type-point-of-contact = { $basis ->
        [budapest] Titik kontak 24/7 (Pasal 35)
       *[other] Titik kontak 24/7
    }
art29-preservation-requested-authority-type-competent-authority = Otoritas berwenang lainnya
art29-preservation-requested-authority-authority = Nama otoritas
    .hint = { $basis ->
            [budapest] Titik kontak 24/7 atau otoritas berwenang Negara Diminta, sebagaimana disebutkan dalam direktori Dewan Eropa atau dalam deklarasi Negara tersebut.
           *[other] Titik kontak 24/7 atau otoritas berwenang Negara Diminta, sebagaimana disebutkan dalam deklarasi Negara tersebut berdasarkan instrumen yang dipilih.
        }
art29-preservation-requested-authority-country = Negara Diminta
    .hint = Pihak yang diminta untuk melakukan preservasi data: biasanya Negara tempat sistem komputer atau penyedia layanan berada.

## 5 Requesting authority

art29-preservation-requesting-authority = Otoritas peminta
art29-preservation-requesting-authority-organisation = Organisasi
art29-preservation-requesting-authority-person = Penanggung jawab permintaan
art29-preservation-requesting-authority-address = Alamat
art29-preservation-requesting-authority-telephone = Nomor telepon
    .hint = Dalam format internasional, diawali + dan kode negara. Cantumkan nomor yang juga dijawab di luar jam kerja, untuk pertanyaan mendesak.
art29-preservation-requesting-authority-cell-phone = Nomor telepon seluler
art29-preservation-requesting-authority-email = Surel
art29-preservation-requesting-authority-fax = Nomor faks
art29-preservation-requesting-authority-office-hours = Jam kerja
    .hint = Hari dan jam kerja Anda dalam zona waktu di bawah, misalnya: Senin sampai Jumat, 09:00–18:00.
art29-preservation-requesting-authority-time-zone = Zona waktu
    .hint = Zona waktu kantor Anda, sebagai selisih dari UTC. Setiap waktu dalam permintaan ini dibaca dalam zona waktu tersebut kecuali dinyatakan lain.
art29-preservation-requesting-authority-response = Sarana jawaban yang diutamakan
art29-preservation-requesting-authority-response-expedited = Jawaban melalui surel atau sarana cepat lainnya lebih diutamakan
art29-preservation-requesting-authority-response-means = Jawaban diutamakan melalui sarana:
art29-preservation-requesting-authority-response-means-detail = Sarana jawaban

## 6 Backup contact

art29-preservation-backup-contact = Apabila diperlukan konfirmasi tambahan dari otoritas peminta, mohon menghubungi
art29-preservation-backup-contact-name = Nama
art29-preservation-backup-contact-job-title = Jabatan
art29-preservation-backup-contact-function = Fungsi
art29-preservation-backup-contact-telephone = Nomor telepon
art29-preservation-backup-contact-cell-phone = Nomor telepon seluler
art29-preservation-backup-contact-email = Surel

## 7 Investigative or operational authority

art29-preservation-investigative-authority = Otoritas penyidik atau operasional yang menangani perkara
art29-preservation-investigative-authority-different = Otoritas penyidik atau operasional berbeda dari otoritas peminta
art29-preservation-investigative-authority-organisation = Organisasi
art29-preservation-investigative-authority-person = Penanggung jawab perkara
art29-preservation-investigative-authority-address = Alamat
art29-preservation-investigative-authority-telephone = Nomor telepon
art29-preservation-investigative-authority-cell-phone = Nomor telepon seluler
art29-preservation-investigative-authority-email = Surel
art29-preservation-investigative-authority-fax = Nomor faks

## 8 Prosecution office or court

art29-preservation-prosecution = Kejaksaan atau pengadilan yang menangani, jika ada
art29-preservation-prosecution-office = Kejaksaan yang menangani
art29-preservation-prosecution-office-case = Nomor perkara di kejaksaan
art29-preservation-prosecution-court = Pengadilan yang menangani
art29-preservation-prosecution-court-case = Nomor perkara di pengadilan

## 9 Domestic legal basis

art29-preservation-domestic-legal-basis = Dasar hukum nasional permintaan, jika ada
    .hint = Ketentuan hukum nasional Anda yang menjadi dasar penyidikan perkara dan permintaan preservasi ini, misalnya pasal-pasal kitab undang-undang hukum acara pidana.

## 10 Offence and facts: Article 29, paragraph 2.b

art29-preservation-offence = { $basis ->
        [budapest] Tindak pidana dan ringkasan singkat fakta (Pasal 29 ayat (2) huruf b)
       *[other] Tindak pidana dan ringkasan singkat fakta
    }
art29-preservation-offence-offences = Tindak pidana yang menjadi pokok penyidikan atau proses pidana
    .hint = Satu baris untuk setiap tindak pidana: nama atau uraian singkatnya, ketentuan hukum pidana Anda yang mengaturnya, dan ancaman pidana maksimumnya.
art29-preservation-offence-offences-offence = Tindak pidana
art29-preservation-offence-offences-provision = Ketentuan hukum
art29-preservation-offence-offences-penalty = Ancaman pidana maksimum
art29-preservation-offence-facts = Ringkasan singkat fakta
    .hint = Dalam beberapa kalimat: apa yang terjadi, kapan dan di mana; cukup bagi otoritas yang diminta untuk memahami permintaan, dan tidak lebih. Cantumkan setiap tanggal dan waktu beserta zona waktunya. Titik kontak 24/7 sering meneruskan permintaan ini kepada penyedia layanan: sebutkan nama tersangka atau korban hanya jika otoritas yang diminta memerlukan nama tersebut untuk menemukan data.
art29-preservation-offence-convention-offence = Tindak pidana ini sesuai dengan tindak pidana yang ditetapkan berdasarkan Pasal 2 sampai dengan 11 Konvensi tentang Kejahatan Siber
    .hint = Kriminalitas ganda bukan syarat untuk preservasi (Pasal 29 ayat (3)), kecuali apabila Pihak Diminta telah menyatakan reservasi atas haknya untuk mensyaratkannya bagi tindak pidana selain yang diatur dalam Pasal 2 sampai dengan 11 (Pasal 29 ayat (4)). Centang dan sebutkan pasal-pasalnya apabila tindak pidana termasuk salah satunya. Hanya dicetak apabila dicentang.
art29-preservation-offence-convention-articles = Pasal Konvensi yang bersesuaian
art29-preservation-offence-convention-articles-art2 = Pasal 2: Akses ilegal
art29-preservation-offence-convention-articles-art3 = Pasal 3: Intersepsi ilegal
art29-preservation-offence-convention-articles-art4 = Pasal 4: Gangguan terhadap data
art29-preservation-offence-convention-articles-art5 = Pasal 5: Gangguan terhadap sistem
art29-preservation-offence-convention-articles-art6 = Pasal 6: Penyalahgunaan perangkat
art29-preservation-offence-convention-articles-art7 = Pasal 7: Pemalsuan yang berkaitan dengan komputer
art29-preservation-offence-convention-articles-art8 = Pasal 8: Penipuan yang berkaitan dengan komputer
art29-preservation-offence-convention-articles-art9 = Pasal 9: Tindak pidana yang berkaitan dengan pornografi anak
art29-preservation-offence-convention-articles-art10 = Pasal 10: Tindak pidana yang berkaitan dengan pelanggaran hak cipta dan hak terkait
art29-preservation-offence-convention-articles-art11 = Pasal 11: Percobaan dan pembantuan atau penganjuran

## 11 Data to be preserved: Article 29, paragraph 2.c

art29-preservation-data = { $basis ->
        [budapest] Data komputer tersimpan yang akan dipreservasi (Pasal 29 ayat (2) huruf c)
       *[other] Data komputer tersimpan yang akan dipreservasi
    }
art29-preservation-data-identifiers = Pengenal data yang akan dipreservasi
    .hint = Setiap akun, nama pengguna, alamat surel, nomor telepon, URL, domain, perangkat, atau alamat IP yang datanya akan dipreservasi. Untuk alamat IP, cantumkan port sumber serta tanggal dan waktu penggunaan yang tepat beserta zona waktunya: di balik alamat bersama, penyedia tidak dapat menemukan pengguna tanpa keterangan tersebut. Jangka waktu yang hanya menyangkut satu pengenal dicantumkan pada barisnya.
art29-preservation-data-period = Jangka waktu data yang akan dipreservasi
    .hint = Jangka waktu yang harus dicakup data, apabila sama untuk semua pengenal. Cantumkan kedua ujungnya beserta zona waktunya. Mintalah hanya jangka waktu yang diperlukan penyidikan: permintaan untuk jangka waktu panjang (lebih dari 90 hari) sering ditolak karena terlalu luas.
art29-preservation-data-categories = Kategori data yang akan dipreservasi
    .hint = { $basis ->
            [budapest] Centang hanya yang diperlukan penyidikan. Informasi pelanggan: identitas dan alamat pelanggan serta layanan yang digunakan (Pasal 18 ayat (3)). Data lalu lintas: asal, tujuan, rute, waktu, tanggal, ukuran, dan durasi komunikasi, atau jenis layanan yang mendasarinya (Pasal 1 huruf d). Data konten: komunikasi itu sendiri.
           *[other] Centang hanya yang diperlukan penyidikan. Informasi pelanggan: identitas dan alamat pelanggan serta layanan yang digunakan. Data lalu lintas: asal, tujuan, rute, waktu, tanggal, ukuran, dan durasi komunikasi, atau jenis layanan yang mendasarinya. Data konten: komunikasi itu sendiri.
        }
art29-preservation-data-categories-subscriber = Informasi pelanggan
art29-preservation-data-categories-traffic = Data lalu lintas
art29-preservation-data-categories-content = Data konten
art29-preservation-data-categories-other = Data lainnya
art29-preservation-data-categories-other-detail = Data lainnya yang akan dipreservasi
art29-preservation-data-relationship = Hubungan data dengan tindak pidana
    .hint = Tunjukkan bagaimana data ini terkait dengan tindak pidana, misalnya: akun tersebut mengirim pesan ancaman pada 20/11/2026 pukul 14:03 UTC+04:00, atau alamat IP tersebut digunakan untuk masuk ke server korban.

## 12 Custodian and location: Article 29, paragraph 2.d

art29-preservation-custodian = { $basis ->
        [budapest] Penguasa data dan lokasi sistem komputer (Pasal 29 ayat (2) huruf d)
       *[other] Penguasa data dan lokasi sistem komputer
    }
art29-preservation-custodian-provider = Penyedia layanan atau penguasa data lainnya
    .hint = Nama perusahaan atau orang yang menguasai data, sejauh diketahui. Jika tidak diketahui, nyatakan demikian.
art29-preservation-custodian-contact = Alamat atau situs web penguasa data
art29-preservation-custodian-location = Lokasi sistem komputer
    .hint = Tempat sistem komputer yang menyimpan data berada, sejauh diketahui: negara, kota, penyedia hosting, atau pusat data.

## 13 Necessity: Article 29, paragraph 2.e

art29-preservation-necessity = { $basis ->
        [budapest] Keperluan preservasi (Pasal 29 ayat (2) huruf e)
       *[other] Keperluan preservasi
    }
art29-preservation-necessity-reasons = Alasan preservasi segera
art29-preservation-necessity-reasons-deletion = Data dapat dihapus, diubah, atau hilang
art29-preservation-necessity-reasons-retention = Penyedia layanan hanya menyimpan data semacam itu untuk waktu singkat
art29-preservation-necessity-reasons-notice = Tersangka dapat mengetahui adanya penyidikan dan menghapus data
art29-preservation-necessity-reasons-other = Lainnya
art29-preservation-necessity-reasons-other-detail = Alasan lain
art29-preservation-necessity-explanation = Penjelasan
    .hint = Opsional: apa yang membuat urgensi menjadi nyata, misalnya jangka waktu retensi penyedia yang diketahui atau tanggal setelah mana data akan dihapus.

## 14 Request for mutual assistance to follow: Article 29, paragraph 2.f

art29-preservation-mla = { $basis ->
        [budapest] Permintaan bantuan timbal balik yang akan menyusul (Pasal 29 ayat (2) huruf f)
       *[other] Permintaan bantuan timbal balik yang akan menyusul
    }
art29-preservation-mla-intent = Pihak Peminta bermaksud mengajukan permintaan bantuan timbal balik untuk penggeledahan atau akses serupa, penyitaan atau pengamanan serupa, atau pengungkapan data komputer yang tersimpan.
art29-preservation-mla-expected-date = Perkiraan tanggal permintaan bantuan timbal balik
    .hint = { $basis ->
            [budapest] Berdasarkan Pasal 29 ayat (7) Konvensi, preservasi berlaku untuk jangka waktu tidak kurang dari enam puluh hari, agar permintaan bantuan timbal balik dapat diajukan; setelah permintaan tersebut diterima, data tetap dipreservasi sambil menunggu keputusan atas permintaan itu. Berapa lama Negara Diminta benar-benar melakukan preservasi bergantung pada hukum dan praktiknya: lihat panel preservasi, dan kirimkan permintaan jauh sebelum jangka waktu berakhir, atau mintalah perpanjangan tepat waktu.
           *[other] Berapa lama Negara Diminta melakukan preservasi data bergantung pada hukum dan praktiknya: lihat panel preservasi, dan kirimkan permintaan bantuan timbal balik jauh sebelum jangka waktu berakhir, atau mintalah perpanjangan tepat waktu.
        }

## 15 Article 30

art29-preservation-traffic-disclosure = { $basis ->
        [budapest] Pengungkapan segera data lalu lintas yang telah dipreservasi (Pasal 30): apabila dalam melakukan preservasi data lalu lintas mengenai suatu komunikasi tertentu diketahui bahwa penyedia layanan di Negara lain terlibat dalam transmisinya, mohon segera mengungkapkan data lalu lintas dalam jumlah yang cukup untuk mengidentifikasi penyedia layanan tersebut dan jalur yang dilalui komunikasi tersebut.
       *[other] Pengungkapan segera data lalu lintas yang telah dipreservasi: apabila dalam melakukan preservasi data lalu lintas mengenai suatu komunikasi tertentu diketahui bahwa penyedia layanan di Negara lain terlibat dalam transmisinya, mohon segera mengungkapkan data lalu lintas dalam jumlah yang cukup untuk mengidentifikasi penyedia layanan tersebut dan jalur yang dilalui komunikasi tersebut.
    }

## 16 Confidentiality

art29-preservation-confidentiality = Kerahasiaan
art29-preservation-confidentiality-conditions = Kerahasiaan yang diminta
    .hint = Sebagian penyedia layanan memberi tahu pengguna mereka tentang permintaan. Tanyakan kepada otoritas yang diminta apakah hal ini dapat terjadi, dan centang apa yang diperlukan penyidikan.
art29-preservation-confidentiality-conditions-no-notification = Mohon tidak memberitahukan permintaan ini kepada pelanggan atau pemegang akun
art29-preservation-confidentiality-conditions-warn = Mohon memberi tahu otoritas peminta sebelum melakukan tindakan apa pun yang dapat membuat pengguna waspada
art29-preservation-confidentiality-conditions-prejudice = { $basis ->
        [budapest] Apabila preservasi tidak akan menjamin ketersediaan data di masa mendatang, atau akan mengancam kerahasiaan penyidikan atau merugikan penyidikan dengan cara lain, mohon segera memberi tahu otoritas peminta, agar otoritas peminta dapat memutuskan apakah permintaan tetap harus dilaksanakan (Pasal 29 ayat (6))
       *[other] Apabila preservasi tidak akan menjamin ketersediaan data di masa mendatang, atau akan mengancam kerahasiaan penyidikan atau merugikan penyidikan dengan cara lain, mohon segera memberi tahu otoritas peminta, agar otoritas peminta dapat memutuskan apakah permintaan tetap harus dilaksanakan
    }
art29-preservation-confidentiality-details = Catatan lebih lanjut mengenai kerahasiaan

## 17 Acknowledgement

art29-preservation-acknowledgement = Mohon konfirmasi bahwa data telah dipreservasi, dan cantumkan nomor referensi yang diberikan untuk permintaan ini serta tanggal berakhirnya preservasi
