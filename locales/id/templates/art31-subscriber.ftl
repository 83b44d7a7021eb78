# Template art31-subscriber: mutual legal assistance request for subscriber information (Budapest Convention Art. 31).
# Sections 1-11 follow the numbering and wording of T-CY(2018)10; later sections follow Art. 18(3) and 31 of the Convention.

art31-subscriber-legal-basis = { $basis ->
        [budapest] Pasal 31 Konvensi tentang Kejahatan Siber (ETS No. 185)
       *[other] { basis-legal-basis }
    }
art31-subscriber-date = Tanggal
art31-subscriber-reference = Nomor referensi / nomor perkara
art31-subscriber-status = Status permintaan
    .hint = Centang setiap kotak yang berlaku. Tindak lanjut membuka bagian 9 dan 10 untuk rincian permintaan sebelumnya.
art31-subscriber-status-new = Permintaan baru
art31-subscriber-status-follow-up-mla = Tindak lanjut atas permintaan bantuan timbal balik dalam masalah pidana sebelumnya (rincian di bagian 9)
art31-subscriber-status-follow-up-preservation = Tindak lanjut atas permintaan preservasi sebelumnya (rincian di bagian 10)
art31-subscriber-requested-authority = Otoritas yang diminta
art31-subscriber-requested-authority-country = Negara Diminta
art31-subscriber-requested-authority-authority = Otoritas
    .hint = { $basis ->
            [budapest] Otoritas pusat untuk bantuan timbal balik di Negara Diminta (Pasal 27 ayat (2)), atau otoritas yang ditunjuknya untuk menerima permintaan semacam itu.
           *[other] Otoritas pusat untuk bantuan timbal balik di Negara Diminta, atau otoritas yang ditunjuknya untuk menerima permintaan semacam itu.
        }
art31-subscriber-requesting-authority = Otoritas peminta
art31-subscriber-requesting-authority-organisation = Organisasi
art31-subscriber-requesting-authority-person = Penanggung jawab permintaan
art31-subscriber-requesting-authority-address = Alamat
art31-subscriber-requesting-authority-phone = Nomor telepon
art31-subscriber-requesting-authority-mobile = Nomor telepon seluler
art31-subscriber-requesting-authority-email = Alamat surel
art31-subscriber-requesting-authority-fax = Nomor faks
art31-subscriber-requesting-authority-office-hours = Jam kerja
art31-subscriber-requesting-authority-time-zone = Zona waktu
    .hint = Zona waktu kantor Anda, sebagai selisih dari UTC. Setiap waktu lain dalam permintaan ini mencantumkan zona waktunya sendiri.
art31-subscriber-requesting-authority-response = Sarana jawaban
art31-subscriber-requesting-authority-response-expedited = Jawaban melalui surel atau sarana cepat lainnya lebih diutamakan
art31-subscriber-requesting-authority-response-other = Jawaban diutamakan melalui sarana lain
art31-subscriber-requesting-authority-response-other-detail = Jawaban diutamakan melalui sarana
art31-subscriber-additional-contact = Apabila diperlukan konfirmasi tambahan dari otoritas peminta, mohon menghubungi
art31-subscriber-additional-contact-contacts = Narahubung
art31-subscriber-additional-contact-contacts-name = Nama
art31-subscriber-additional-contact-contacts-job-title = Jabatan
art31-subscriber-additional-contact-contacts-function = Fungsi
art31-subscriber-additional-contact-contacts-phone = Nomor telepon
art31-subscriber-additional-contact-contacts-mobile = Nomor telepon seluler
art31-subscriber-additional-contact-contacts-email = Alamat surel
art31-subscriber-investigating-authority = Otoritas penyidik / operasional yang menangani perkara (jika berbeda dari otoritas peminta)
art31-subscriber-investigating-authority-organisation = Organisasi
art31-subscriber-investigating-authority-person = Penanggung jawab perkara
art31-subscriber-investigating-authority-address = Alamat
art31-subscriber-investigating-authority-phone = Nomor telepon
art31-subscriber-investigating-authority-mobile = Nomor telepon seluler
art31-subscriber-investigating-authority-email = Alamat surel
art31-subscriber-investigating-authority-fax = Nomor faks
art31-subscriber-prosecution-court = Kejaksaan atau pengadilan yang menangani, jika ada
art31-subscriber-prosecution-court-prosecution = Kejaksaan yang menangani dan nomor perkara
art31-subscriber-prosecution-court-court = Pengadilan yang menangani dan nomor perkara
art31-subscriber-prosecution-court-decisions = Keputusan kejaksaan atau pengadilan yang berkaitan dengan permintaan ini
    .hint = Untuk setiap keputusan: otoritas yang mengeluarkan, tanggal dan nomornya, serta apa yang diperintahkan atau diizinkannya. Lampirkan salinannya jika Negara Diminta mensyaratkannya.
art31-subscriber-previous-mla = Informasi mengenai permintaan bantuan timbal balik dalam masalah pidana sebelumnya, jika ada
art31-subscriber-previous-mla-date = Tanggal
art31-subscriber-previous-mla-reference = Nomor tiket / referensi
art31-subscriber-previous-mla-requesting = Rincian kontak otoritas yang mengajukan permintaan sebelumnya
art31-subscriber-previous-mla-executing = Rincian kontak otoritas yang menjawab (atau melaksanakan) permintaan sebelumnya
art31-subscriber-previous-mla-channel = Sarana komunikasi yang digunakan untuk mengajukan permintaan sebelumnya (alamat surel, nomor faks, dsb.)
art31-subscriber-previous-preservation = Informasi mengenai permintaan preservasi sebelumnya, jika ada
art31-subscriber-previous-preservation-date = Tanggal
art31-subscriber-previous-preservation-reference = Nomor tiket / referensi
art31-subscriber-previous-preservation-requesting = Rincian kontak otoritas yang meminta preservasi
art31-subscriber-previous-preservation-executing = Rincian kontak otoritas yang menjawab (atau melaksanakan) permintaan preservasi
art31-subscriber-previous-preservation-channel = Saluran komunikasi
art31-subscriber-previous-preservation-channel-network-247 = Titik kontak Jaringan 24/7
art31-subscriber-previous-preservation-channel-provider = Langsung kepada penyedia layanan
art31-subscriber-previous-preservation-channel-police = Saluran kerja sama kepolisian
art31-subscriber-previous-preservation-channel-mla = Otoritas pusat untuk bantuan timbal balik
art31-subscriber-previous-preservation-channel-other = Lainnya
art31-subscriber-previous-preservation-channel-other-detail = Saluran yang digunakan
art31-subscriber-previous-preservation-expiry = Data dipreservasi sampai
    .hint = Tanggal berakhirnya preservasi, sebagaimana dikonfirmasi oleh Negara Diminta atau penyedia layanan, jika diketahui.
art31-subscriber-legal-grounds = Dasar hukum permintaan
art31-subscriber-legal-grounds-domestic = Dasar hukum nasional permintaan, jika ada
    .hint = Ketentuan hukum Anda yang menjadi dasar permintaan ini, misalnya pasal-pasal kitab undang-undang hukum acara pidana mengenai permintaan bantuan timbal balik dalam masalah pidana.
art31-subscriber-legal-grounds-instruments = Perjanjian atau pengaturan lain yang berlaku
art31-subscriber-legal-grounds-instruments-ets-30 = Konvensi Eropa tentang Bantuan Timbal Balik dalam Masalah Pidana (ETS No. 30) dan Protokol-protokolnya
art31-subscriber-legal-grounds-instruments-bilateral = Perjanjian bilateral
art31-subscriber-legal-grounds-instruments-bilateral-detail = Judul dan tanggal perjanjian
art31-subscriber-legal-grounds-instruments-reciprocity = Resiprositas
art31-subscriber-offences = Tindak pidana
art31-subscriber-offences-offences = Tindak pidana
art31-subscriber-offences-offences-name = Tindak pidana
art31-subscriber-offences-offences-provision = Ketentuan hukum
art31-subscriber-offences-offences-penalty = Ancaman pidana maksimum
art31-subscriber-offences-damage = Kerugian yang ditimbulkan
    .hint = Jumlah kerugian, dalam mata uangnya, jika ada.
art31-subscriber-offences-damage-below-threshold = Kerugian di bawah nilai setara USD 5.000
    .hint = Pemeriksaan Anda sendiri, tidak pernah dicetak dalam permintaan. Amerika Serikat pada umumnya menolak permintaan mengenai kerugian di bawah USD 5.000; bandingkan kerugian dalam mata uang Anda dengan jumlah tersebut.
art31-subscriber-facts = Ringkasan singkat fakta
    .hint = Siapa melakukan apa, kapan dan di mana, serta bagaimana tindak pidana dilakukan dengan bantuan layanan yang bersangkutan. Cantumkan setiap waktu beserta zona waktunya.
art31-subscriber-identifiers = Pengenal dan jangka waktu data yang diminta
art31-subscriber-identifiers-identifiers = Pengenal data yang diminta
    .hint = Setiap akun, alamat, atau nomor yang pelanggannya dicari. Untuk alamat IP, cantumkan port sumber serta tanggal dan waktu yang tepat beserta zona waktunya: di balik alamat bersama, penyedia tidak dapat mengidentifikasi pelanggan tanpa keterangan tersebut.
art31-subscriber-identifiers-period = Jangka waktu yang tepat untuk data yang diminta
    .hint = Awal dan akhir beserta zona waktunya. Mintalah hanya jangka waktu yang diperlukan penyidikan: permintaan untuk jangka waktu panjang (lebih dari 90 hari) sering ditolak karena terlalu luas.
art31-subscriber-categories = Informasi pelanggan yang diminta
    .hint = { $basis ->
            [budapest] Centang hanya yang diperlukan penyidikan. Enam kotak pertama mengikuti definisi informasi pelanggan dalam Pasal 18 ayat (3) Konvensi.
           *[other] Centang hanya yang diperlukan penyidikan.
        }
art31-subscriber-categories-service = Jenis layanan komunikasi yang digunakan, ketentuan teknis yang diambil untuk itu, dan jangka waktu layanan
art31-subscriber-categories-identity = Identitas pelanggan
art31-subscriber-categories-address = Alamat pos atau alamat geografis
art31-subscriber-categories-access-number = Nomor telepon dan nomor akses lainnya
art31-subscriber-categories-billing = Informasi tagihan dan pembayaran
art31-subscriber-categories-installation = Tempat pemasangan peralatan komunikasi
art31-subscriber-categories-email = Alamat surel yang terhubung dengan akun
art31-subscriber-categories-registration-ip = Alamat IP serta tanggal dan waktu pendaftaran
art31-subscriber-categories-login-ip-at = Alamat IP suatu log masuk pada tanggal dan waktu yang dicantumkan bersama pengenal (untuk mengidentifikasi pelanggan)
art31-subscriber-categories-other = Lainnya
art31-subscriber-categories-other-detail = Informasi lain yang diminta
art31-subscriber-relevance = Hubungan data dengan penyidikan
    .hint = Jelaskan bagaimana setiap pengenal terkait dengan tindak pidana dan tersangka, dan mengapa penyedia layanan diyakini menguasai data tersebut.
art31-subscriber-service-provider = Penyedia layanan yang menguasai data
art31-subscriber-service-provider-name = Nama penyedia layanan
    .hint = Nama resmi penyedia sebagaimana tercantum dalam ketentuan layanannya atau pedomannya bagi aparat penegak hukum.
art31-subscriber-service-provider-address = Alamat atau lokasi
art31-subscriber-urgency = Urgensi
art31-subscriber-urgency-urgent = Pelaksanaan segera diminta
art31-subscriber-urgency-reasons = Alasan urgensi
    .hint = { $basis ->
            [budapest] Misalnya tersangka sedang ditahan, suatu tenggat waktu proses perkara, atau terdapat alasan untuk meyakini bahwa data sangat rentan hilang atau berubah (Pasal 31 ayat (3)).
           *[other] Misalnya tersangka sedang ditahan, suatu tenggat waktu proses perkara, atau terdapat alasan untuk meyakini bahwa data sangat rentan hilang atau berubah.
        }
art31-subscriber-urgency-deadline = Data diperlukan paling lambat
art31-subscriber-confidentiality = Kerahasiaan
art31-subscriber-confidentiality-confidential = Mohon agar fakta dan pokok permintaan ini dirahasiakan, kecuali sejauh diperlukan untuk melaksanakannya
art31-subscriber-confidentiality-no-notification = Minta penyedia layanan agar tidak memberi tahu pelanggan atau pihak ketiga mana pun
    .hint = Tanyakan kepada otoritas yang diminta apakah praktik atau sistem penyedia dapat membuat pengguna waspada.
art31-subscriber-confidentiality-reasons = Alasan kerahasiaan
    .hint = Misalnya risiko tersangka menghilangkan alat bukti, melarikan diri, atau memperingatkan kaki tangannya.
art31-subscriber-form = Bentuk data dan autentikasi
art31-subscriber-form-electronic = Salinan elektronik dalam format yang dapat dibaca
art31-subscriber-form-certified = Salinan yang dilegalisasi
art31-subscriber-form-certificate = Sertifikat keaslian catatan usaha dari penyedia layanan
art31-subscriber-form-other = Lainnya
art31-subscriber-form-other-detail = Persyaratan lain
