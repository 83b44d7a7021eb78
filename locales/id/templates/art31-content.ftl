# Template art31-content: mutual legal assistance request for stored content data, with traffic data and subscriber information if needed (Budapest Convention Art. 31).
# Sections 1-11 follow the numbering and wording of T-CY(2018)10, as in art31-subscriber; later sections follow Art. 1(d), 18(3), 25(5), 28 and 31 of the Convention.

art31-content-legal-basis = { $basis ->
        [budapest] Pasal 31 Konvensi tentang Kejahatan Siber (ETS No. 185)
       *[other] { basis-legal-basis }
    }
art31-content-date = Tanggal
art31-content-reference = Nomor referensi / nomor perkara
art31-content-status = Status permintaan
    .hint = Centang setiap kotak yang berlaku. Tindak lanjut membuka bagian 9 dan 10 untuk rincian permintaan sebelumnya.
art31-content-status-new = Permintaan baru
art31-content-status-follow-up-mla = Tindak lanjut atas permintaan bantuan timbal balik dalam masalah pidana sebelumnya (rincian di bagian 9)
art31-content-status-follow-up-preservation = Tindak lanjut atas permintaan preservasi sebelumnya (rincian di bagian 10)
art31-content-requested-authority = Otoritas yang diminta
art31-content-requested-authority-country = Negara Diminta
art31-content-requested-authority-authority = Otoritas
    .hint = { $basis ->
            [budapest] Otoritas pusat untuk bantuan timbal balik di Negara Diminta (Pasal 27 ayat (2)), atau otoritas yang ditunjuknya untuk menerima permintaan semacam itu.
           *[other] Otoritas pusat untuk bantuan timbal balik di Negara Diminta, atau otoritas yang ditunjuknya untuk menerima permintaan semacam itu.
        }
art31-content-requesting-authority = Otoritas peminta
art31-content-requesting-authority-organisation = Organisasi
art31-content-requesting-authority-person = Penanggung jawab permintaan
art31-content-requesting-authority-address = Alamat
art31-content-requesting-authority-phone = Nomor telepon
art31-content-requesting-authority-mobile = Nomor telepon seluler
art31-content-requesting-authority-email = Alamat surel
art31-content-requesting-authority-fax = Nomor faks
art31-content-requesting-authority-office-hours = Jam kerja
art31-content-requesting-authority-time-zone = Zona waktu
    .hint = Zona waktu kantor Anda, sebagai selisih dari UTC. Setiap waktu lain dalam permintaan ini mencantumkan zona waktunya sendiri.
art31-content-requesting-authority-response = Sarana jawaban
art31-content-requesting-authority-response-expedited = Jawaban melalui surel atau sarana cepat lainnya lebih diutamakan
art31-content-requesting-authority-response-other = Jawaban diutamakan melalui sarana lain
art31-content-requesting-authority-response-other-detail = Jawaban diutamakan melalui sarana
art31-content-additional-contact = Apabila diperlukan konfirmasi tambahan dari otoritas peminta, mohon menghubungi
art31-content-additional-contact-contacts = Narahubung
art31-content-additional-contact-contacts-name = Nama
art31-content-additional-contact-contacts-job-title = Jabatan
art31-content-additional-contact-contacts-function = Fungsi
art31-content-additional-contact-contacts-phone = Nomor telepon
art31-content-additional-contact-contacts-mobile = Nomor telepon seluler
art31-content-additional-contact-contacts-email = Alamat surel
art31-content-investigating-authority = Otoritas penyidik / operasional yang menangani perkara (jika berbeda dari otoritas peminta)
art31-content-investigating-authority-organisation = Organisasi
art31-content-investigating-authority-person = Penanggung jawab perkara
art31-content-investigating-authority-address = Alamat
art31-content-investigating-authority-phone = Nomor telepon
art31-content-investigating-authority-mobile = Nomor telepon seluler
art31-content-investigating-authority-email = Alamat surel
art31-content-investigating-authority-fax = Nomor faks
art31-content-prosecution-court = Kejaksaan atau pengadilan yang menangani, jika ada
art31-content-prosecution-court-prosecution = Kejaksaan yang menangani dan nomor perkara
art31-content-prosecution-court-court = Pengadilan yang menangani dan nomor perkara
art31-content-prosecution-court-decisions = Keputusan kejaksaan atau pengadilan yang berkaitan dengan permintaan ini
    .hint = Untuk setiap keputusan: otoritas yang mengeluarkan, tanggal dan nomornya, serta apa yang diperintahkan atau diizinkannya. Lampirkan salinannya jika Negara Diminta mensyaratkannya.
art31-content-previous-mla = Informasi mengenai permintaan bantuan timbal balik dalam masalah pidana sebelumnya, jika ada
art31-content-previous-mla-date = Tanggal
art31-content-previous-mla-reference = Nomor tiket / referensi
art31-content-previous-mla-requesting = Rincian kontak otoritas yang mengajukan permintaan sebelumnya
art31-content-previous-mla-executing = Rincian kontak otoritas yang menjawab (atau melaksanakan) permintaan sebelumnya
art31-content-previous-mla-channel = Sarana komunikasi yang digunakan untuk mengajukan permintaan sebelumnya (alamat surel, nomor faks, dsb.)
art31-content-previous-preservation = Informasi mengenai permintaan preservasi sebelumnya, jika ada
art31-content-previous-preservation-date = Tanggal
art31-content-previous-preservation-reference = Nomor tiket / referensi
art31-content-previous-preservation-requesting = Rincian kontak otoritas yang meminta preservasi
art31-content-previous-preservation-executing = Rincian kontak otoritas yang menjawab (atau melaksanakan) permintaan preservasi
art31-content-previous-preservation-channel = Saluran komunikasi
art31-content-previous-preservation-channel-network-247 = Titik kontak Jaringan 24/7
art31-content-previous-preservation-channel-provider = Langsung kepada penyedia layanan
art31-content-previous-preservation-channel-police = Saluran kerja sama kepolisian
art31-content-previous-preservation-channel-mla = Otoritas pusat untuk bantuan timbal balik
art31-content-previous-preservation-channel-other = Lainnya
art31-content-previous-preservation-channel-other-detail = Saluran yang digunakan
art31-content-previous-preservation-expiry = Data dipreservasi sampai
    .hint = Tanggal berakhirnya preservasi, sebagaimana dikonfirmasi oleh Negara Diminta atau penyedia layanan, jika diketahui.
art31-content-legal-grounds = Dasar hukum permintaan
art31-content-legal-grounds-domestic = Dasar hukum nasional permintaan, jika ada
    .hint = Ketentuan hukum Anda yang menjadi dasar permintaan ini, misalnya pasal-pasal kitab undang-undang hukum acara pidana mengenai permintaan bantuan timbal balik dalam masalah pidana.
art31-content-legal-grounds-instruments = Perjanjian atau pengaturan lain yang berlaku
art31-content-legal-grounds-instruments-ets-30 = Konvensi Eropa tentang Bantuan Timbal Balik dalam Masalah Pidana (ETS No. 30) dan Protokol-protokolnya
art31-content-legal-grounds-instruments-bilateral = Perjanjian bilateral
art31-content-legal-grounds-instruments-bilateral-detail = Judul dan tanggal perjanjian
art31-content-legal-grounds-instruments-reciprocity = Resiprositas
art31-content-offences = Tindak pidana
art31-content-offences-offences = Tindak pidana
art31-content-offences-offences-name = Tindak pidana
art31-content-offences-offences-provision = Ketentuan hukum
art31-content-offences-offences-penalty = Ancaman pidana maksimum
art31-content-offences-damage = Kerugian yang ditimbulkan
    .hint = Jumlah kerugian, dalam mata uangnya, jika ada.
art31-content-offences-damage-below-threshold = Kerugian di bawah nilai setara USD 5.000
    .hint = Pemeriksaan Anda sendiri, tidak pernah dicetak dalam permintaan. Amerika Serikat pada umumnya menolak permintaan mengenai kerugian di bawah USD 5.000; bandingkan kerugian dalam mata uang Anda dengan jumlah tersebut.
art31-content-facts = Ringkasan singkat fakta
    .hint = Siapa melakukan apa, kapan dan di mana, serta bagaimana tindak pidana dilakukan dengan bantuan layanan yang bersangkutan. Cantumkan setiap waktu beserta zona waktunya.
art31-content-identifiers = Pengenal dan jangka waktu data yang diminta
art31-content-identifiers-identifiers = Pengenal data yang diminta
    .hint = Setiap akun, alamat, atau nomor yang datanya diminta. Untuk alamat IP, cantumkan port sumber serta tanggal dan waktu yang tepat beserta zona waktunya: di balik alamat bersama, penyedia tidak dapat mengidentifikasi pelanggan tanpa keterangan tersebut.
art31-content-identifiers-period = Jangka waktu yang tepat untuk data yang diminta
    .hint = Awal dan akhir beserta zona waktunya. Mintalah hanya jangka waktu yang diperlukan penyidikan: permintaan untuk jangka waktu panjang (lebih dari 90 hari) sering ditolak karena terlalu luas.
art31-content-data = Data yang diminta
art31-content-data-content = Data konten yang diminta
    .hint = Sebutkan hanya konten yang dibenarkan oleh fakta; Negara Diminta mungkin memerlukan perintah pengadilan untuk itu.
art31-content-data-content-messages = Pesan tersimpan, termasuk obrolan dan pesan langsung
art31-content-data-content-emails = Surel tersimpan beserta lampirannya
art31-content-data-content-files = Berkas dan dokumen tersimpan, termasuk penyimpanan awan
art31-content-data-content-media = Foto dan video
art31-content-data-content-posts = Unggahan, komentar, dan konten lain yang dipublikasikan
art31-content-data-content-location = Informasi lokasi yang tersimpan
art31-content-data-content-contacts = Daftar kontak dan buku alamat
art31-content-data-content-other = Lainnya
art31-content-data-content-other-detail = Data konten lain yang diminta
art31-content-data-traffic = Data lalu lintas yang diminta
    .hint = { $basis ->
            [budapest] Centang hanya yang diperlukan sebagai tambahan atas konten. Delapan kotak pertama mengikuti definisi data lalu lintas dalam Pasal 1 huruf d Konvensi: data yang dihasilkan oleh sistem komputer sebagai bagian dari rantai komunikasi.
           *[other] Centang hanya yang diperlukan sebagai tambahan atas konten. Data lalu lintas adalah data yang dihasilkan oleh sistem komputer sebagai bagian dari rantai komunikasi.
        }
art31-content-data-traffic-origin = Asal komunikasi
art31-content-data-traffic-destination = Tujuan komunikasi
art31-content-data-traffic-route = Rute
art31-content-data-traffic-time = Waktu
art31-content-data-traffic-date = Tanggal
art31-content-data-traffic-size = Ukuran
art31-content-data-traffic-duration = Durasi
art31-content-data-traffic-service = Jenis layanan yang mendasarinya
art31-content-data-traffic-connection-log = Riwayat koneksi IP: log masuk dan log keluar beserta alamat IP, port sumber, tanggal, dan waktu
art31-content-data-traffic-headers = Informasi kepala surel (header), tanpa isi
art31-content-data-traffic-other = Lainnya
art31-content-data-traffic-other-detail = Data lalu lintas lain yang diminta
art31-content-data-subscriber = Informasi pelanggan yang diminta
    .hint = { $basis ->
            [budapest] Centang hanya yang diperlukan sebagai tambahan atas konten. Enam kotak pertama mengikuti definisi informasi pelanggan dalam Pasal 18 ayat (3) Konvensi.
           *[other] Centang hanya yang diperlukan sebagai tambahan atas konten.
        }
art31-content-data-subscriber-service = Jenis layanan komunikasi yang digunakan, ketentuan teknis yang diambil untuk itu, dan jangka waktu layanan
art31-content-data-subscriber-identity = Identitas pelanggan
art31-content-data-subscriber-address = Alamat pos atau alamat geografis
art31-content-data-subscriber-access-number = Nomor telepon dan nomor akses lainnya
art31-content-data-subscriber-billing = Informasi tagihan dan pembayaran
art31-content-data-subscriber-installation = Tempat pemasangan peralatan komunikasi
art31-content-data-subscriber-email = Alamat surel yang terhubung dengan akun
art31-content-data-subscriber-registration-ip = Alamat IP serta tanggal dan waktu pendaftaran
art31-content-data-subscriber-other = Lainnya
art31-content-data-subscriber-other-detail = Informasi pelanggan lain yang diminta
art31-content-measures = Tindakan yang diminta
    .hint = { $basis ->
            [budapest] Pasal 31 ayat (1): Pihak Diminta dapat melakukan penggeledahan atau akses serupa, penyitaan atau pengamanan serupa, dan pengungkapan data yang tersimpan di wilayahnya, termasuk data yang telah dipreservasi berdasarkan Pasal 29.
           *[other] Apa yang diminta dari Negara Diminta terhadap data yang tersimpan di wilayahnya, termasuk data yang telah dipreservasi: melakukan penggeledahan atau akses serupa, penyitaan atau pengamanan serupa, dan pengungkapan data tersebut.
        }
art31-content-measures-search = Penggeledahan atau akses serupa
art31-content-measures-seizure = Penyitaan atau pengamanan serupa
art31-content-measures-disclosure = Pengungkapan
art31-content-preservation = Preservasi data
art31-content-preservation-sought = Apakah preservasi data telah dimintakan?
    .hint = { $basis ->
            [budapest] Apakah data telah dipreservasi berdasarkan Pasal 29 Konvensi, melalui Jaringan 24/7 atau langsung kepada penyedia layanan. Nomor referensi memungkinkan otoritas yang diminta dan penyedia menemukan data yang dipreservasi. Jika permintaan ini menindaklanjuti permintaan preservasi yang diuraikan dalam bagian 10, cantumkan tanggal dan nomor referensi yang sama.
           *[other] Apakah data telah dipreservasi, melalui Jaringan 24/7, otoritas lain di Negara Diminta, atau langsung kepada penyedia layanan. Nomor referensi memungkinkan otoritas yang diminta dan penyedia menemukan data yang dipreservasi. Jika permintaan ini menindaklanjuti permintaan preservasi yang diuraikan dalam bagian 10, cantumkan tanggal dan nomor referensi yang sama.
        }
art31-content-preservation-sought-yes = Ya
art31-content-preservation-sought-no = Tidak
art31-content-preservation-date = Tanggal permintaan preservasi
art31-content-preservation-reference = Nomor referensi permintaan preservasi
    .hint = Nomor referensi yang diberikan oleh otoritas yang diminta atau penyedia layanan; jika tidak ada, nomor referensi Anda sendiri.
art31-content-relevance = Hubungan data dengan penyidikan
    .hint = Jelaskan bagaimana setiap pengenal dan setiap jenis data yang diminta terkait dengan tindak pidana dan tersangka, dan mengapa penyedia layanan diyakini menguasai data tersebut.
art31-content-grounds = Dasar faktual untuk penggeledahan atau penyerahan data konten
    .hint = Fakta-fakta spesifik yang memenuhi ambang batas Negara Diminta untuk upaya paksa, misalnya "probable cause" (alasan yang patut diduga) di Amerika Serikat: fakta yang menunjukkan bahwa akun tersebut digunakan dalam kaitan dengan tindak pidana dan bahwa bukti tindak pidana tersebut kemungkinan besar ditemukan dalam konten yang diminta, serta kapan fakta-fakta tersebut terjadi. Kesimpulan atau kecurigaan semata tidak cukup.
art31-content-dual-criminality = Kriminalitas ganda
    .hint = { $basis ->
            [budapest] Jelaskan bagaimana perbuatan yang diuraikan dalam bagian 13 juga merupakan tindak pidana menurut hukum Negara Diminta, dengan menyebutkan ketentuan yang bersesuaian jika diketahui. Berdasarkan Pasal 25 ayat (5) Konvensi, syarat ini terpenuhi apabila perbuatan yang mendasari tindak pidana tersebut merupakan tindak pidana di sana, apa pun kategori atau namanya.
           *[other] Jelaskan bagaimana perbuatan yang diuraikan dalam bagian 13 juga merupakan tindak pidana menurut hukum Negara Diminta, dengan menyebutkan ketentuan yang bersesuaian jika diketahui.
        }
art31-content-use = Pembatasan penggunaan data
art31-content-use-undertakings = Jaminan dari otoritas peminta
    .hint = { $basis ->
            [budapest] Pasal 28 berlaku apabila di antara para Pihak tidak berlaku perjanjian atau pengaturan bantuan timbal balik berdasarkan perundang-undangan yang seragam atau resiprokal; jika ada, berlaku ketentuan perjanjian atau pengaturan tersebut mengenai kerahasiaan dan penggunaan.
           *[other] Syarat kerahasiaan dan pembatasan penggunaan adalah syarat dalam instrumen yang dipilih atau, jika tidak ada perjanjian, syarat yang ditetapkan oleh Negara Diminta.
        }
art31-content-use-undertakings-article-28 = { $basis ->
        [budapest] Otoritas peminta akan mematuhi syarat kerahasiaan dan pembatasan penggunaan yang ditetapkan oleh Pihak Diminta berdasarkan Pasal 28 ayat (2) Konvensi
       *[other] Otoritas peminta akan mematuhi syarat kerahasiaan dan pembatasan penggunaan yang ditetapkan oleh Negara Diminta
    }
art31-content-use-undertakings-speciality = Data hanya akan digunakan untuk penyidikan dan proses perkara yang disebutkan dalam permintaan ini, kecuali Pihak Diminta menyetujui penggunaan lain (asas kekhususan)
art31-content-use-explanation = Penjelasan mengenai rencana penggunaan data
    .hint = Misalnya apakah data harus diungkapkan kepada pembela atau digunakan dalam proses perkara terkait, sehingga Pihak Diminta dapat menetapkan syaratnya.
art31-content-service-provider = Penyedia layanan yang menguasai data
art31-content-service-provider-name = Nama penyedia layanan
    .hint = Nama resmi penyedia sebagaimana tercantum dalam ketentuan layanannya atau pedomannya bagi aparat penegak hukum.
art31-content-service-provider-address = Alamat atau lokasi
art31-content-urgency = Urgensi
art31-content-urgency-urgent = Pelaksanaan segera diminta
art31-content-urgency-reasons = Alasan urgensi
    .hint = { $basis ->
            [budapest] Misalnya tersangka sedang ditahan, suatu tenggat waktu proses perkara, atau terdapat alasan untuk meyakini bahwa data sangat rentan hilang atau berubah (Pasal 31 ayat (3)).
           *[other] Misalnya tersangka sedang ditahan, suatu tenggat waktu proses perkara, atau terdapat alasan untuk meyakini bahwa data sangat rentan hilang atau berubah.
        }
art31-content-urgency-deadline = Data diperlukan paling lambat
art31-content-confidentiality = Kerahasiaan
art31-content-confidentiality-confidential = Mohon agar fakta dan pokok permintaan ini dirahasiakan, kecuali sejauh diperlukan untuk melaksanakannya
art31-content-confidentiality-no-notification = Minta penyedia layanan agar tidak memberi tahu pelanggan atau pihak ketiga mana pun
    .hint = Tanyakan kepada otoritas yang diminta apakah praktik atau sistem penyedia dapat membuat pengguna waspada.
art31-content-confidentiality-reasons = Alasan kerahasiaan
    .hint = Misalnya risiko tersangka menghilangkan alat bukti, melarikan diri, atau memperingatkan kaki tangannya.
art31-content-form = Bentuk data, autentikasi, dan lacak balak (chain of custody)
    .hint = Agar dapat diterima sebagai alat bukti, konten biasanya harus diautentikasi: centang apa yang diperlukan pengadilan Anda, misalnya salinan forensik dengan nilai hash dan catatan setiap orang yang menangani data, atau sertifikat penyedia layanan mengenai keaslian catatan usahanya.
art31-content-form-electronic = Salinan elektronik dalam format yang dapat dibaca
art31-content-form-certified = Salinan yang dilegalisasi
art31-content-form-certificate = Sertifikat keaslian catatan usaha dari penyedia layanan
art31-content-form-forensic = Salinan forensik dengan nilai hash
art31-content-form-custody = Catatan lacak balak (chain of custody)
art31-content-form-other = Lainnya
art31-content-form-other-detail = Persyaratan lain
