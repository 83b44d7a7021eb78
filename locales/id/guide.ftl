# The route guide on the home screen ("Which request do I need?"): five questions lead to the
# request to start with and the next steps, each with a one-line reason. It recommends, following
# public guidance (UNODC tips for Central Asia and the Southern Caucasus); the official decides.
# The titles of the request types it names are those of requests.ftl.

guide-title = Permintaan mana yang saya perlukan?
guide-intro = Lima pertanyaan menunjukkan permintaan yang menjadi titik awal dan langkah-langkah berikutnya, sesuai dengan panduan publik (kiat UNODC bagi penyidik dan penuntut umum). Jawaban Anda tetap berada di halaman ini: jawaban tersebut tidak dicatat dan tidak dikirim ke mana pun.

# Question 1 and its options.
guide-data = Data apa yang Anda perlukan?
guide-data-subscriber = Informasi pelanggan: siapa pemegang akun
guide-data-traffic = Data lalu lintas: alamat IP, catatan login, log koneksi
guide-data-content = Data konten: pesan, berkas, gambar, unggahan

# Question 2; answered with guide-yes or guide-no.
guide-emergency = Apakah nyawa seseorang terancam, atau apakah kerugian serius terhadap seseorang akan segera terjadi?

# Question 3 and its options.
guide-reach = Apakah penyedia layanan menerima permintaan atas data ini secara langsung dari otoritas asing?
    .hint = Misalnya, penyedia layanan yang berkedudukan di Amerika Serikat dapat mengungkapkan secara langsung kepada otoritas asing data yang bukan data konten. Jika Anda tidak yakin, tanyakan kepada penyedia layanan atau otoritas Negara Diminta.
guide-reach-direct = Ya, secara langsung
guide-reach-state = Tidak, hanya melalui Negara Diminta
guide-reach-unsure = Tidak yakin

# Question 4; answered with guide-yes or guide-no.
guide-preserved = Apakah data sudah dipreservasi?

# Question 5 and its options.
guide-basis = Apa yang menghubungkan Negara Anda dengan Negara Diminta?
guide-basis-budapest = Kedua Negara merupakan Pihak pada Konvensi Budapest (Konvensi tentang Kejahatan Siber)
guide-basis-treaty = Perjanjian lain: bilateral, regional, atau konvensi Perserikatan Bangsa-Bangsa
guide-basis-reciprocity = Tidak ada perjanjian: resiprositas atau hukum nasional

guide-yes = Ya
guide-no = Tidak

# The recommendation, shown once every question is answered.
guide-incomplete = Jawab setiap pertanyaan untuk melihat dari mana harus memulai.
guide-advice = Dari mana memulai
guide-fallback = Jika penyedia layanan tidak menjawab atau menolak
# The button of each recommended request: opens a new draft of that type.
guide-open = Mulai permintaan ini
guide-disclaimer = Ini adalah rekomendasi yang bersumber dari panduan publik, bukan pendapat hukum: keputusan ada pada Anda, bila perlu bersama otoritas Negara Diminta.

# Why each request is recommended (one line each).
guide-why-emergency-provider = Gunakan saluran pengungkapan darurat penyedia layanan (bagian 3 permintaan): penyedia layanan memutuskan sendiri apakah akan mengungkapkan data apabila meyakini bahwa nyawa seseorang terancam.
guide-why-emergency-network = Kirimkan permintaan melalui titik kontak 24/7 Anda, atau sebagai permintaan bantuan timbal balik dalam masalah pidana yang bersifat darurat. Di bagian 3, pilih Pasal 9 atau Pasal 10 Protokol Tambahan Kedua hanya jika Protokol berlaku bagi kedua Negara; jika tidak, sebutkan saluran dan dasar hukumnya.
guide-why-emergency-other = Kirimkan permintaan kepada otoritas berwenang Negara Diminta; di bagian 3, sebutkan saluran dan dasar hukumnya (perjanjian atau resiprositas).
guide-why-preserve-provider = Mintakan agar data dipreservasi terlebih dahulu, karena data dapat dihapus sewaktu-waktu: kirimkan permintaan langsung kepada penyedia layanan, dan salinannya kepada otoritas berwenang Negara Diminta.
guide-why-preserve-network = Mintakan agar data dipreservasi terlebih dahulu, karena data dapat dihapus sewaktu-waktu: kirimkan permintaan melalui titik kontak 24/7 Anda (Jaringan 24/7, Pasal 35 Konvensi Budapest).
guide-why-preserve-authority = Mintakan agar data dipreservasi terlebih dahulu, karena data dapat dihapus sewaktu-waktu: kirimkan permintaan melalui Jaringan 24/7 jika kedua Negara tergabung di dalamnya, atau jika tidak, kepada otoritas penyidikan atau penuntutan Negara Diminta.
guide-why-provider-disclosure = Mintalah data kepada penyedia layanan: beberapa penyedia layanan mengungkapkan secara langsung kepada otoritas asing data yang bukan data konten, dan memutuskan sendiri apakah akan melakukannya.
guide-why-fallback = Permintaan bantuan timbal balik dalam masalah pidana atas data yang sama, melalui Negara Diminta.
guide-why-mla = Peroleh data melalui bantuan timbal balik dalam masalah pidana: siapkan permintaan tanpa menunda begitu data telah dipreservasi.
guide-why-mla-content = Data konten diperoleh melalui bantuan timbal balik dalam masalah pidana: misalnya, penyedia layanan yang berkedudukan di Amerika Serikat hanya dapat mengungkapkan secara langsung kepada otoritas asing data yang bukan data konten. Siapkan permintaan tanpa menunda begitu data telah dipreservasi.

# What qualifies the recommendation, when it applies.
guide-note-unsure = Pastikan kepada penyedia layanan dan otoritas Negara Diminta apakah penyedia layanan menerima permintaan secara langsung dari otoritas asing: sebagian penyedia kurang bersedia bekerja sama dengan aparat penegak hukum. Sampai hal itu jelas, jalurnya melalui Negara Diminta.
guide-note-emergency = Permintaan darurat menyebutkan proses hukum yang akan menyusulnya: permintaan-permintaan berikutnya adalah tindak lanjut tersebut, untuk memperoleh data sebagai alat bukti.
guide-note-preserved = Kirimkan permintaan pengungkapan sebelum masa preservasi berakhir: jangka waktu preservasi berbeda-beda antara satu Negara dan Negara lain, serta antara satu penyedia layanan dan penyedia lainnya.
guide-note-treaty = Jenis permintaan yang sama berlaku: pilih perjanjian tersebut sebagai dasar hukum dalam formulir, dan periksa dalam teksnya pasal mana yang mengatur setiap tindakan, khususnya preservasi segera.
guide-note-reciprocity = Jenis permintaan yang sama berlaku: pilih resiprositas atau hukum nasional sebagai dasar hukum dalam formulir. Tanpa perjanjian, apakah dan bagaimana Negara Diminta memberikan bantuan bergantung pada hukumnya: konsultasikan terlebih dahulu dengan otoritasnya.
