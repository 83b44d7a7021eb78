# Template art31-traffic: mutual legal assistance request for stored traffic data, with subscriber information if needed (Budapest Convention Art. 31).
# Sections 1-11 follow the numbering and wording of T-CY(2018)10, as in art31-subscriber; later sections follow Art. 1(d), 18(3) and 31 of the Convention.

art31-traffic-legal-basis = { $basis ->
        [budapest] Pasal 31 Konvensi tentang Kejahatan Siber (ETS No. 185)
       *[other] { basis-legal-basis }
    }
art31-traffic-date = Tanggal
art31-traffic-reference = Nomor referensi / nomor perkara
art31-traffic-status = Status permintaan
    .hint = Centang setiap kotak yang berlaku. Tindak lanjut membuka bagian 9 dan 10 untuk rincian permintaan sebelumnya.
art31-traffic-status-new = Permintaan baru
art31-traffic-status-follow-up-mla = Tindak lanjut atas permintaan bantuan timbal balik dalam masalah pidana sebelumnya (rincian di bagian 9)
art31-traffic-status-follow-up-preservation = Tindak lanjut atas permintaan preservasi sebelumnya (rincian di bagian 10)
art31-traffic-requested-authority = Otoritas yang diminta
art31-traffic-requested-authority-country = Negara Diminta
art31-traffic-requested-authority-authority = Otoritas
    .hint = { $basis ->
            [budapest] Otoritas pusat untuk bantuan timbal balik di Negara Diminta (Pasal 27 ayat (2)), atau otoritas yang ditunjuknya untuk menerima permintaan semacam itu.
           *[other] Otoritas pusat untuk bantuan timbal balik di Negara Diminta, atau otoritas yang ditunjuknya untuk menerima permintaan semacam itu.
        }
art31-traffic-requesting-authority = Otoritas peminta
art31-traffic-requesting-authority-organisation = Organisasi
art31-traffic-requesting-authority-person = Penanggung jawab permintaan
art31-traffic-requesting-authority-address = Alamat
art31-traffic-requesting-authority-phone = Nomor telepon
art31-traffic-requesting-authority-mobile = Nomor telepon seluler
art31-traffic-requesting-authority-email = Alamat surel
art31-traffic-requesting-authority-fax = Nomor faks
art31-traffic-requesting-authority-office-hours = Jam kerja
art31-traffic-requesting-authority-time-zone = Zona waktu
    .hint = Zona waktu kantor Anda, sebagai selisih dari UTC. Setiap waktu lain dalam permintaan ini mencantumkan zona waktunya sendiri.
art31-traffic-requesting-authority-response = Sarana jawaban
art31-traffic-requesting-authority-response-expedited = Jawaban melalui surel atau sarana cepat lainnya lebih diutamakan
art31-traffic-requesting-authority-response-other = Jawaban diutamakan melalui sarana lain
art31-traffic-requesting-authority-response-other-detail = Jawaban diutamakan melalui sarana
art31-traffic-additional-contact = Apabila diperlukan konfirmasi tambahan dari otoritas peminta, mohon menghubungi
art31-traffic-additional-contact-contacts = Narahubung
art31-traffic-additional-contact-contacts-name = Nama
art31-traffic-additional-contact-contacts-job-title = Jabatan
art31-traffic-additional-contact-contacts-function = Fungsi
art31-traffic-additional-contact-contacts-phone = Nomor telepon
art31-traffic-additional-contact-contacts-mobile = Nomor telepon seluler
art31-traffic-additional-contact-contacts-email = Alamat surel
art31-traffic-investigating-authority = Otoritas penyidik / operasional yang menangani perkara (jika berbeda dari otoritas peminta)
art31-traffic-investigating-authority-organisation = Organisasi
art31-traffic-investigating-authority-person = Penanggung jawab perkara
art31-traffic-investigating-authority-address = Alamat
art31-traffic-investigating-authority-phone = Nomor telepon
art31-traffic-investigating-authority-mobile = Nomor telepon seluler
art31-traffic-investigating-authority-email = Alamat surel
art31-traffic-investigating-authority-fax = Nomor faks
art31-traffic-prosecution-court = Kejaksaan atau pengadilan yang menangani, jika ada
art31-traffic-prosecution-court-prosecution = Kejaksaan yang menangani dan nomor perkara
art31-traffic-prosecution-court-court = Pengadilan yang menangani dan nomor perkara
art31-traffic-prosecution-court-decisions = Keputusan kejaksaan atau pengadilan yang berkaitan dengan permintaan ini
    .hint = Untuk setiap keputusan: otoritas yang mengeluarkan, tanggal dan nomornya, serta apa yang diperintahkan atau diizinkannya. Lampirkan salinannya jika Negara Diminta mensyaratkannya.
art31-traffic-previous-mla = Informasi mengenai permintaan bantuan timbal balik dalam masalah pidana sebelumnya, jika ada
art31-traffic-previous-mla-date = Tanggal
art31-traffic-previous-mla-reference = Nomor tiket / referensi
art31-traffic-previous-mla-requesting = Rincian kontak otoritas yang mengajukan permintaan sebelumnya
art31-traffic-previous-mla-executing = Rincian kontak otoritas yang menjawab (atau melaksanakan) permintaan sebelumnya
art31-traffic-previous-mla-channel = Sarana komunikasi yang digunakan untuk mengajukan permintaan sebelumnya (alamat surel, nomor faks, dsb.)
art31-traffic-previous-preservation = Informasi mengenai permintaan preservasi sebelumnya, jika ada
art31-traffic-previous-preservation-date = Tanggal
art31-traffic-previous-preservation-reference = Nomor tiket / referensi
art31-traffic-previous-preservation-requesting = Rincian kontak otoritas yang meminta preservasi
art31-traffic-previous-preservation-executing = Rincian kontak otoritas yang menjawab (atau melaksanakan) permintaan preservasi
art31-traffic-previous-preservation-channel = Saluran komunikasi
art31-traffic-previous-preservation-channel-network-247 = Titik kontak Jaringan 24/7
art31-traffic-previous-preservation-channel-provider = Langsung kepada penyedia layanan
art31-traffic-previous-preservation-channel-police = Saluran kerja sama kepolisian
art31-traffic-previous-preservation-channel-mla = Otoritas pusat untuk bantuan timbal balik
art31-traffic-previous-preservation-channel-other = Lainnya
art31-traffic-previous-preservation-channel-other-detail = Saluran yang digunakan
art31-traffic-previous-preservation-expiry = Data dipreservasi sampai
    .hint = Tanggal berakhirnya preservasi, sebagaimana dikonfirmasi oleh Negara Diminta atau penyedia layanan, jika diketahui.
art31-traffic-legal-grounds = Dasar hukum permintaan
art31-traffic-legal-grounds-domestic = Dasar hukum nasional permintaan, jika ada
    .hint = Ketentuan hukum Anda yang menjadi dasar permintaan ini, misalnya pasal-pasal kitab undang-undang hukum acara pidana mengenai permintaan bantuan timbal balik dalam masalah pidana.
art31-traffic-legal-grounds-instruments = Perjanjian atau pengaturan lain yang berlaku
art31-traffic-legal-grounds-instruments-ets-30 = Konvensi Eropa tentang Bantuan Timbal Balik dalam Masalah Pidana (ETS No. 30) dan Protokol-protokolnya
art31-traffic-legal-grounds-instruments-bilateral = Perjanjian bilateral
art31-traffic-legal-grounds-instruments-bilateral-detail = Judul dan tanggal perjanjian
art31-traffic-legal-grounds-instruments-reciprocity = Resiprositas
art31-traffic-offences = Tindak pidana
art31-traffic-offences-offences = Tindak pidana
art31-traffic-offences-offences-name = Tindak pidana
art31-traffic-offences-offences-provision = Ketentuan hukum
art31-traffic-offences-offences-penalty = Ancaman pidana maksimum
art31-traffic-offences-damage = Kerugian yang ditimbulkan
    .hint = Jumlah kerugian, dalam mata uangnya, jika ada.
art31-traffic-offences-damage-below-threshold = Kerugian di bawah nilai setara USD 5.000
    .hint = Pemeriksaan Anda sendiri, tidak pernah dicetak dalam permintaan. Amerika Serikat pada umumnya menolak permintaan mengenai kerugian di bawah USD 5.000; bandingkan kerugian dalam mata uang Anda dengan jumlah tersebut.
art31-traffic-facts = Ringkasan singkat fakta
    .hint = Siapa melakukan apa, kapan dan di mana, serta bagaimana tindak pidana dilakukan dengan bantuan layanan yang bersangkutan. Cantumkan setiap waktu beserta zona waktunya.
art31-traffic-identifiers = Pengenal dan jangka waktu data yang diminta
art31-traffic-identifiers-identifiers = Pengenal data yang diminta
    .hint = Setiap akun, alamat, atau nomor yang datanya diminta. Untuk alamat IP, cantumkan port sumber serta tanggal dan waktu yang tepat beserta zona waktunya: di balik alamat bersama, penyedia tidak dapat mengidentifikasi pelanggan tanpa keterangan tersebut.
art31-traffic-identifiers-period = Jangka waktu yang tepat untuk data yang diminta
    .hint = Awal dan akhir beserta zona waktunya. Mintalah hanya jangka waktu yang diperlukan penyidikan: permintaan untuk jangka waktu panjang (lebih dari 90 hari) sering ditolak karena terlalu luas.
art31-traffic-data = Data yang diminta
art31-traffic-data-traffic = Data lalu lintas yang diminta
    .hint = { $basis ->
            [budapest] Delapan kotak pertama mengikuti definisi data lalu lintas dalam Pasal 1 huruf d Konvensi: data yang dihasilkan oleh sistem komputer sebagai bagian dari rantai komunikasi.
           *[other] Data yang dihasilkan oleh sistem komputer sebagai bagian dari rantai komunikasi: centang hanya yang diperlukan penyidikan.
        }
art31-traffic-data-traffic-origin = Asal komunikasi
art31-traffic-data-traffic-destination = Tujuan komunikasi
art31-traffic-data-traffic-route = Rute
art31-traffic-data-traffic-time = Waktu
art31-traffic-data-traffic-date = Tanggal
art31-traffic-data-traffic-size = Ukuran
art31-traffic-data-traffic-duration = Durasi
art31-traffic-data-traffic-service = Jenis layanan yang mendasarinya
art31-traffic-data-traffic-connection-log = Riwayat koneksi IP: log masuk dan log keluar beserta alamat IP, port sumber, tanggal, dan waktu
art31-traffic-data-traffic-headers = Informasi kepala surel (header), tanpa isi
art31-traffic-data-traffic-other = Lainnya
art31-traffic-data-traffic-other-detail = Data lalu lintas lain yang diminta
art31-traffic-data-subscriber = Informasi pelanggan yang diminta
    .hint = { $basis ->
            [budapest] Centang hanya yang diperlukan sebagai tambahan atas data lalu lintas. Enam kotak pertama mengikuti definisi informasi pelanggan dalam Pasal 18 ayat (3) Konvensi.
           *[other] Centang hanya yang diperlukan sebagai tambahan atas data lalu lintas.
        }
art31-traffic-data-subscriber-service = Jenis layanan komunikasi yang digunakan, ketentuan teknis yang diambil untuk itu, dan jangka waktu layanan
art31-traffic-data-subscriber-identity = Identitas pelanggan
art31-traffic-data-subscriber-address = Alamat pos atau alamat geografis
art31-traffic-data-subscriber-access-number = Nomor telepon dan nomor akses lainnya
art31-traffic-data-subscriber-billing = Informasi tagihan dan pembayaran
art31-traffic-data-subscriber-installation = Tempat pemasangan peralatan komunikasi
art31-traffic-data-subscriber-email = Alamat surel yang terhubung dengan akun
art31-traffic-data-subscriber-registration-ip = Alamat IP serta tanggal dan waktu pendaftaran
art31-traffic-data-subscriber-other = Lainnya
art31-traffic-data-subscriber-other-detail = Informasi pelanggan lain yang diminta
art31-traffic-preservation = Preservasi data
art31-traffic-preservation-sought = Apakah preservasi data telah dimintakan?
    .hint = { $basis ->
            [budapest] Apakah data telah dipreservasi berdasarkan Pasal 29 Konvensi, melalui Jaringan 24/7 atau langsung kepada penyedia layanan. Nomor referensi memungkinkan otoritas yang diminta dan penyedia menemukan data yang dipreservasi. Jika permintaan ini menindaklanjuti permintaan preservasi yang diuraikan dalam bagian 10, cantumkan tanggal dan nomor referensi yang sama.
           *[other] Apakah data telah dipreservasi, melalui Jaringan 24/7, otoritas lain di Negara Diminta, atau langsung kepada penyedia layanan. Nomor referensi memungkinkan otoritas yang diminta dan penyedia menemukan data yang dipreservasi. Jika permintaan ini menindaklanjuti permintaan preservasi yang diuraikan dalam bagian 10, cantumkan tanggal dan nomor referensi yang sama.
        }
art31-traffic-preservation-sought-yes = Ya
art31-traffic-preservation-sought-no = Tidak
art31-traffic-preservation-date = Tanggal permintaan preservasi
art31-traffic-preservation-reference = Nomor referensi permintaan preservasi
    .hint = Nomor referensi yang diberikan oleh otoritas yang diminta atau penyedia layanan; jika tidak ada, nomor referensi Anda sendiri.
art31-traffic-relevance = Hubungan data dengan penyidikan
    .hint = Jelaskan bagaimana setiap pengenal dan setiap jenis data yang diminta terkait dengan tindak pidana dan tersangka, dan mengapa penyedia layanan diyakini menguasai data tersebut.
art31-traffic-service-provider = Penyedia layanan yang menguasai data
art31-traffic-service-provider-name = Nama penyedia layanan
    .hint = Nama resmi penyedia sebagaimana tercantum dalam ketentuan layanannya atau pedomannya bagi aparat penegak hukum.
art31-traffic-service-provider-address = Alamat atau lokasi
art31-traffic-urgency = Urgensi
art31-traffic-urgency-urgent = Pelaksanaan segera diminta
art31-traffic-urgency-reasons = Alasan urgensi
    .hint = { $basis ->
            [budapest] Misalnya tersangka sedang ditahan, suatu tenggat waktu proses perkara, atau terdapat alasan untuk meyakini bahwa data sangat rentan hilang atau berubah (Pasal 31 ayat (3)).
           *[other] Misalnya tersangka sedang ditahan, suatu tenggat waktu proses perkara, atau terdapat alasan untuk meyakini bahwa data sangat rentan hilang atau berubah.
        }
art31-traffic-urgency-deadline = Data diperlukan paling lambat
art31-traffic-confidentiality = Kerahasiaan
art31-traffic-confidentiality-confidential = Mohon agar fakta dan pokok permintaan ini dirahasiakan, kecuali sejauh diperlukan untuk melaksanakannya
art31-traffic-confidentiality-no-notification = Minta penyedia layanan agar tidak memberi tahu pelanggan atau pihak ketiga mana pun
    .hint = Tanyakan kepada otoritas yang diminta apakah praktik atau sistem penyedia dapat membuat pengguna waspada.
art31-traffic-confidentiality-reasons = Alasan kerahasiaan
    .hint = Misalnya risiko tersangka menghilangkan alat bukti, melarikan diri, atau memperingatkan kaki tangannya.
art31-traffic-form = Bentuk data dan autentikasi
art31-traffic-form-electronic = Salinan elektronik dalam format yang dapat dibaca
art31-traffic-form-certified = Salinan yang dilegalisasi
art31-traffic-form-certificate = Sertifikat keaslian catatan usaha dari penyedia layanan
art31-traffic-form-other = Lainnya
art31-traffic-form-other-detail = Persyaratan lain
