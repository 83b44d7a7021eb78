# Templat provider-preservation: permintaan yang dikirim langsung kepada penyedia layanan untuk melakukan preservasi
# data. Tidak ada perjanjian yang dirujuk: penyedia memutuskan berdasarkan kebijakan dan hukumnya sendiri; permintaan
# menyebutkan hukum nasional yang menjadi dasar tindakan otoritas peminta.

provider-preservation-legal-basis = Permintaan yang diajukan langsung kepada penyedia layanan oleh otoritas peminta berdasarkan hukum nasionalnya (bagian 6)

## 1 sampai 3: tanggal, referensi, status

provider-preservation-date = Tanggal
provider-preservation-reference = Nomor referensi / nomor perkara
provider-preservation-status = Status permintaan
provider-preservation-status-new = Permintaan baru
provider-preservation-status-extension = Perpanjangan permintaan preservasi sebelumnya
provider-preservation-status-previous-reference = Nomor referensi permintaan sebelumnya (nomor dari penyedia layanan, jika penyedia memberikannya)
provider-preservation-previous-request-date = Tanggal permintaan sebelumnya

## 4 Penyedia layanan yang dituju

provider-preservation-addressee = Penyedia layanan yang dituju
provider-preservation-addressee-name = Badan hukum yang dituju
    .hint = Perusahaan yang bertanggung jawab atas layanan dan atas pengguna yang bersangkutan. Permintaan yang dikirim kepada badan hukum yang salah sering ditolak: pilih penyedia di atas, atau ketik badan hukum yang disebutkan dalam pedomannya bagi aparat penegak hukum.
provider-preservation-addressee-service = Layanan yang bersangkutan
    .hint = Layanan yang datanya akan dipreservasi, sebagaimana dikenal oleh penggunanya (misalnya jejaring sosial, layanan surel, atau layanan pesan).
provider-preservation-addressee-country = Negara tempat badan hukum didirikan
provider-preservation-addressee-address = Alamat untuk penyampaian dokumen hukum
provider-preservation-addressee-portal = Portal atau formulir web untuk permintaan aparat penegak hukum
provider-preservation-addressee-email = Surel untuk permintaan aparat penegak hukum

## 5 Otoritas peminta

provider-preservation-requesting-authority = Otoritas peminta
provider-preservation-requesting-authority-organisation = Otoritas
provider-preservation-requesting-authority-person = Pejabat penanggung jawab permintaan
provider-preservation-requesting-authority-position = Jabatan atau pangkat
provider-preservation-requesting-authority-address = Alamat
provider-preservation-requesting-authority-telephone = Nomor telepon
    .hint = Dalam format internasional, diawali + dan kode negara, agar penyedia layanan dapat menelepon balik untuk memeriksa keaslian permintaan.
provider-preservation-requesting-authority-cell-phone = Nomor telepon seluler
provider-preservation-requesting-authority-email = Alamat surel resmi
    .hint = Alamat dalam domain resmi otoritas Anda: penyedia layanan dapat menolak permintaan yang dikirim dari alamat surel pribadi atau gratis.
provider-preservation-requesting-authority-time-zone = Zona waktu
    .hint = Zona waktu kantor Anda, sebagai selisih dari UTC. Setiap waktu dalam permintaan ini dibaca dalam zona waktu tersebut kecuali dinyatakan lain.

## 6 Dasar hukum nasional

provider-preservation-domestic-legal-basis = Dasar hukum permintaan menurut hukum otoritas peminta
provider-preservation-domestic-legal-basis-domestic-legal-basis = Ketentuan hukum nasional yang menjadi dasar tindakan otoritas peminta
    .hint = Pasal-pasal hukum nasional Anda (misalnya kitab undang-undang hukum acara pidana) yang memberi kewenangan kepada otoritas Anda untuk menyidik perkara dan mengajukan permintaan ini. Jangan merujuk perjanjian apa pun dan jangan menjelaskan kepada penyedia layanan hukumnya sendiri: penyedia memutuskan berdasarkan kebijakan dan hukumnya sendiri apakah akan menindaklanjuti permintaan.
provider-preservation-domestic-legal-basis-decision = Keputusan atau perintah yang mengizinkan permintaan, jika ada
    .hint = Otoritas, tanggal, dan nomor keputusan, perintah, atau surat perintah yang menjadi dasar permintaan, apabila hukum Anda mensyaratkannya.

## 7 Tindak pidana dan fakta

provider-preservation-offence = Tindak pidana dan ringkasan singkat fakta
provider-preservation-offence-offences = Tindak pidana yang sedang disidik
    .hint = Satu baris untuk setiap tindak pidana: nama atau uraian singkatnya, ketentuan hukum pidana Anda yang mengaturnya, dan ancaman pidana maksimumnya.
provider-preservation-offence-offences-offence = Tindak pidana
provider-preservation-offence-offences-provision = Ketentuan hukum
provider-preservation-offence-offences-penalty = Ancaman pidana maksimum
provider-preservation-offence-facts = Ringkasan singkat fakta
    .hint = Dalam beberapa kalimat: apa yang terjadi, kapan dan di mana, dengan setiap tanggal dan waktu beserta zona waktunya. Penyedia layanan tidak memerlukan lebih dari yang diperlukan untuk menemukan data: sebutkan tersangka atau korban hanya jika diperlukan.

## 8 Data yang akan dipreservasi

provider-preservation-data = Data yang akan dipreservasi
provider-preservation-data-identifiers = Pengenal akun atau data yang akan dipreservasi
    .hint = Setiap akun, nama pengguna, ID pengguna, alamat surel, nomor telepon, URL, atau alamat IP persis sebagaimana ditampilkan oleh layanan. Pengenal yang salah atau tidak lengkap merupakan salah satu alasan utama penolakan. Untuk alamat IP, cantumkan port sumber serta tanggal dan waktu penggunaan yang tepat beserta zona waktunya. Jangka waktu yang hanya menyangkut satu pengenal dicantumkan pada barisnya.
provider-preservation-data-period = Jangka waktu data yang akan dipreservasi
    .hint = Jangka waktu yang harus dicakup data, apabila sama untuk semua pengenal, dengan setiap ujungnya beserta zona waktunya. Permintaan untuk jangka waktu panjang (lebih dari 90 hari) sering ditolak karena terlalu luas.
provider-preservation-data-categories = Kategori data yang akan dipreservasi
    .hint = Centang hanya yang diperlukan penyidikan. Preservasi menjaga data sebagaimana adanya; preservasi tidak mengungkapkannya: data akan dimintakan melalui proses hukum yang disebutkan dalam bagian 9.
provider-preservation-data-categories-subscriber = Informasi pelanggan
provider-preservation-data-categories-traffic = Data lalu lintas, termasuk alamat IP dan catatan login
provider-preservation-data-categories-content = Data konten
provider-preservation-data-categories-other = Data lain
provider-preservation-data-categories-other-detail = Data lain yang akan dipreservasi
provider-preservation-data-relationship = Hubungan data dengan penyidikan
    .hint = Tunjukkan bagaimana akun atau data ini terkait dengan tindak pidana, misalnya: akun tersebut mengirim pesan ancaman pada 20/11/2026 pukul 14:03 UTC+04:00.

## 9 Proses hukum berikutnya

provider-preservation-follow-up = Pengungkapan data yang telah dipreservasi
provider-preservation-follow-up-process = Otoritas peminta akan meminta pengungkapan data yang telah dipreservasi melalui
    .hint = Centang apa yang akan Anda kirim. Preservasi hanya menyimpan data; untuk memperolehnya, kirimkan permintaan pengungkapan jauh sebelum preservasi berakhir, atau mintalah perpanjangan tepat waktu.
provider-preservation-follow-up-process-mla = Permintaan bantuan timbal balik dalam masalah pidana kepada Negara tempat penyedia layanan didirikan
provider-preservation-follow-up-process-provider = Permintaan kepada penyedia layanan untuk pengungkapan sukarela
provider-preservation-follow-up-process-other = Proses hukum lain
provider-preservation-follow-up-process-other-detail = Proses hukum
provider-preservation-follow-up-expected-date = Perkiraan tanggal permintaan pengungkapan
    .hint = Berapa lama penyedia layanan melakukan preservasi data bergantung pada kebijakannya: lihat profilnya di atas, dan kirimkan permintaan pengungkapan dalam jangka waktu tersebut.

## 10 Kerahasiaan

provider-preservation-confidentiality = Kerahasiaan
provider-preservation-confidentiality-conditions = Kerahasiaan yang diminta
    .hint = Sebagian penyedia layanan memberi tahu pengguna mereka tentang permintaan kecuali diminta untuk tidak melakukannya, dan memutuskan sendiri apakah akan melakukannya. Centang apa yang diperlukan penyidikan dan jelaskan alasannya di bawah.
provider-preservation-confidentiality-conditions-no-notification = Mohon tidak memberitahukan permintaan ini kepada pengguna atau pemegang akun, maupun kepada pihak ketiga mana pun
provider-preservation-confidentiality-conditions-warn = Jika kebijakan Anda mewajibkan pemberitahuan kepada pengguna, mohon memberi tahu otoritas peminta sebelum melakukannya
provider-preservation-confidentiality-details = Alasan kerahasiaan

## 11 Jawaban

provider-preservation-reply = Jawaban
provider-preservation-reply-acknowledgement = Mohon konfirmasi bahwa data telah dipreservasi, dan cantumkan nomor referensi yang diberikan untuk permintaan ini serta tanggal berakhirnya preservasi
provider-preservation-reply-channel = Mohon jawab
provider-preservation-reply-channel-email = Melalui surel ke alamat resmi otoritas peminta yang tercantum dalam bagian 5
provider-preservation-reply-channel-portal = Melalui portal Anda untuk aparat penegak hukum
provider-preservation-reply-channel-other = Melalui cara lain
provider-preservation-reply-channel-other-detail = Cara menjawab
