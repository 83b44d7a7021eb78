# Templat provider-disclosure: permintaan yang dikirim langsung kepada penyedia layanan untuk pengungkapan sukarela
# data selain konten (informasi pelanggan, alamat IP, dan catatan login). Tidak ada perjanjian yang dirujuk: penyedia
# memutuskan berdasarkan kebijakan dan hukumnya sendiri apakah akan mengungkapkan data; permintaan menyebutkan hukum
# nasional yang menjadi dasar tindakan otoritas peminta.

provider-disclosure-legal-basis = Permintaan pengungkapan sukarela yang diajukan langsung kepada penyedia layanan oleh otoritas peminta berdasarkan hukum nasionalnya (bagian 6)
provider-disclosure-date = Tanggal
provider-disclosure-reference = Nomor referensi / nomor perkara
provider-disclosure-status = Status permintaan
provider-disclosure-status-new = Permintaan baru
provider-disclosure-status-follow-up-preservation = Tindak lanjut atas permintaan preservasi yang dikirim kepada penyedia layanan
provider-disclosure-previous-preservation = Permintaan preservasi yang ditindaklanjuti
provider-disclosure-previous-preservation-date = Tanggal permintaan preservasi
provider-disclosure-previous-preservation-reference = Nomor referensi permintaan preservasi
provider-disclosure-previous-preservation-provider-reference = Nomor referensi yang diberikan penyedia layanan untuk preservasi tersebut
    .hint = Jika penyedia layanan mengonfirmasi preservasi dengan nomor referensinya sendiri, cantumkan nomor itu: penyedia lalu dapat segera menemukan data yang dipreservasi.

## 4 Penyedia layanan yang dituju

provider-disclosure-addressee = Penyedia layanan yang dituju
provider-disclosure-addressee-name = Badan hukum yang dituju
    .hint = Perusahaan yang bertanggung jawab atas layanan dan atas pengguna yang bersangkutan. Permintaan yang dikirim kepada badan hukum yang salah sering ditolak: pilih penyedia di atas, atau ketik badan hukum yang disebutkan dalam pedomannya bagi aparat penegak hukum.
provider-disclosure-addressee-service = Layanan yang bersangkutan
    .hint = Layanan yang datanya diminta, sebagaimana dikenal oleh penggunanya (misalnya jejaring sosial, layanan surel, atau layanan pesan).
provider-disclosure-addressee-country = Negara tempat badan hukum didirikan
provider-disclosure-addressee-address = Alamat untuk penyampaian dokumen hukum
provider-disclosure-addressee-portal = Portal atau formulir web untuk permintaan aparat penegak hukum
provider-disclosure-addressee-email = Surel untuk permintaan aparat penegak hukum

## 5 Otoritas peminta

provider-disclosure-requesting-authority = Otoritas peminta
provider-disclosure-requesting-authority-organisation = Otoritas
provider-disclosure-requesting-authority-person = Pejabat penanggung jawab permintaan
provider-disclosure-requesting-authority-position = Jabatan atau pangkat
provider-disclosure-requesting-authority-address = Alamat
provider-disclosure-requesting-authority-telephone = Nomor telepon
    .hint = Dalam format internasional, diawali + dan kode negara, agar penyedia layanan dapat menelepon balik untuk memeriksa keaslian permintaan.
provider-disclosure-requesting-authority-cell-phone = Nomor telepon seluler
provider-disclosure-requesting-authority-email = Alamat surel resmi
    .hint = Alamat dalam domain resmi otoritas Anda: penyedia layanan dapat menolak permintaan yang dikirim dari alamat surel pribadi atau gratis.
provider-disclosure-requesting-authority-time-zone = Zona waktu
    .hint = Zona waktu kantor Anda, sebagai selisih dari UTC. Setiap waktu dalam permintaan ini dibaca dalam zona waktu tersebut kecuali dinyatakan lain.

## 6 Dasar hukum nasional

provider-disclosure-domestic-legal-basis = Dasar hukum permintaan menurut hukum otoritas peminta
provider-disclosure-domestic-legal-basis-domestic-legal-basis = Ketentuan hukum nasional yang menjadi dasar tindakan otoritas peminta
    .hint = Pasal-pasal hukum nasional Anda (misalnya kitab undang-undang hukum acara pidana) yang memberi kewenangan kepada otoritas Anda untuk menyidik perkara dan meminta data ini. Jangan merujuk perjanjian apa pun dan jangan menjelaskan kepada penyedia layanan hukumnya sendiri: penyedia memutuskan berdasarkan kebijakan dan hukumnya sendiri apakah akan mengungkapkan data.
provider-disclosure-domestic-legal-basis-decision = Keputusan atau perintah yang mengizinkan permintaan, jika ada
    .hint = Otoritas, tanggal, dan nomor keputusan, perintah, atau surat perintah yang menjadi dasar permintaan, apabila hukum Anda mensyaratkannya. Banyak penyedia layanan meminta dokumen yang akan disyaratkan oleh hukum mereka sendiri, atau padanannya di negara setempat: lihat persyaratan penyedia di atas.

## 7 Tindak pidana dan fakta

provider-disclosure-offence = Tindak pidana dan ringkasan singkat fakta
provider-disclosure-offence-offences = Tindak pidana yang sedang disidik
    .hint = Satu baris untuk setiap tindak pidana: nama atau uraian singkatnya, ketentuan hukum pidana Anda yang mengaturnya, dan ancaman pidana maksimumnya.
provider-disclosure-offence-offences-offence = Tindak pidana
provider-disclosure-offence-offences-provision = Ketentuan hukum
provider-disclosure-offence-offences-penalty = Ancaman pidana maksimum
provider-disclosure-offence-facts = Ringkasan singkat fakta
    .hint = Dalam beberapa kalimat: apa yang terjadi, kapan dan di mana, dengan setiap tanggal dan waktu beserta zona waktunya. Penyedia layanan tidak memerlukan lebih dari yang diperlukan untuk menemukan data dan memahami mengapa data itu diperlukan: sebutkan tersangka atau korban hanya jika diperlukan.

## 8 Data yang diminta

provider-disclosure-data = Data yang diminta (tanpa isi komunikasi)
provider-disclosure-data-identifiers = Pengenal akun yang bersangkutan
    .hint = Setiap akun, nama pengguna, ID pengguna, alamat surel, nomor telepon, URL, atau alamat IP persis sebagaimana ditampilkan oleh layanan. Pengenal yang salah atau tidak lengkap merupakan salah satu alasan utama penolakan. Untuk alamat IP, cantumkan port sumber serta tanggal dan waktu penggunaan yang tepat beserta zona waktunya. Jangka waktu yang hanya menyangkut satu pengenal dicantumkan pada barisnya.
provider-disclosure-data-period = Jangka waktu data yang diminta
    .hint = Kedua ujungnya beserta zona waktunya, sesempit yang dimungkinkan penyidikan. Permintaan untuk jangka waktu panjang (lebih dari 90 hari) sering ditolak karena terlalu luas.
provider-disclosure-data-categories = Kategori data yang diminta
    .hint = Hanya data selain data konten: penyedia layanan umumnya mengungkapkan isi komunikasi kepada otoritas asing hanya melalui bantuan timbal balik dalam masalah pidana. Centang hanya yang diperlukan penyidikan.
provider-disclosure-data-categories-subscriber = Informasi pelanggan: nama, alamat, alamat surel, dan nomor telepon yang diberikan, serta tanggal pembuatan akun
provider-disclosure-data-categories-registration-ip = Alamat IP yang digunakan untuk membuat akun, beserta tanggal, waktu, zona waktu, dan port sumber
provider-disclosure-data-categories-login-ip = Alamat IP saat login (catatan login), beserta tanggal, waktu, zona waktu, dan port sumber
provider-disclosure-data-categories-services = Layanan yang digunakan dan jangka waktu penggunaan
provider-disclosure-data-categories-other = Data lain selain data konten
provider-disclosure-data-categories-other-detail = Data lain yang diminta
provider-disclosure-data-relationship = Relevansi data bagi penyidikan
    .hint = Tunjukkan bagaimana akun-akun ini terkait dengan tindak pidana dan apa yang akan dibuktikan oleh data, misalnya: akun tersebut mengirim pesan ancaman pada 20/11/2026 pukul 14:03 UTC+04:00; informasi pelanggan dan catatan login akun tersebut akan mengidentifikasi orang yang menggunakannya.

## 9 Urgensi

provider-disclosure-urgency = Urgensi
provider-disclosure-urgency-reasons = Alasan permintaan ini mendesak, jika memang mendesak
    .hint = Misalnya tanggal persidangan atau peninjauan penahanan. Apabila terdapat risiko terhadap nyawa atau keselamatan seseorang, gunakan permintaan darurat untuk pengungkapan sebagai gantinya.
provider-disclosure-urgency-deadline = Data diperlukan paling lambat
    .hint = Kosongkan jika tidak ada tenggat waktu.

## 10 Kerahasiaan

provider-disclosure-confidentiality = Kerahasiaan
provider-disclosure-confidentiality-conditions = Kerahasiaan yang diminta
    .hint = Sebagian penyedia layanan memberi tahu pengguna mereka tentang permintaan kecuali diminta untuk tidak melakukannya, dan memutuskan sendiri apakah akan melakukannya. Centang apa yang diperlukan penyidikan dan jelaskan alasannya di bawah.
provider-disclosure-confidentiality-conditions-no-notification = Mohon tidak memberitahukan permintaan ini kepada pengguna atau pemegang akun, maupun kepada pihak ketiga mana pun
provider-disclosure-confidentiality-conditions-warn = Jika kebijakan Anda mewajibkan pemberitahuan kepada pengguna, mohon memberi tahu otoritas peminta sebelum melakukannya
provider-disclosure-confidentiality-details = Alasan kerahasiaan

## 11 Jawaban

provider-disclosure-reply = Jawaban
provider-disclosure-reply-format = Format data yang diinginkan
provider-disclosure-reply-format-electronic = Elektronik dan dapat dibaca mesin (misalnya lembar kerja atau berkas CSV)
provider-disclosure-reply-format-document = Dokumen elektronik (PDF)
provider-disclosure-reply-format-usual = Format yang biasa Anda gunakan
provider-disclosure-reply-channel = Mohon jawab
provider-disclosure-reply-channel-email = Melalui surel ke alamat resmi otoritas peminta yang tercantum dalam bagian 5
provider-disclosure-reply-channel-portal = Melalui portal Anda untuk aparat penegak hukum
provider-disclosure-reply-channel-other = Melalui cara lain
provider-disclosure-reply-channel-other-detail = Cara menjawab
