# Template reply-clarification: request for clarification of a request received.

reply-clarification-legal-basis = Permintaan klarifikasi atas permintaan yang disebutkan dalam bagian 3

## 1 to 4: common to every answer

reply-clarification-date = Tanggal
reply-clarification-reference = Nomor referensi kami
    .hint = Nomor referensi yang digunakan otoritas Anda untuk menangani permintaan, agar otoritas peminta dapat mengutipnya saat menindaklanjutinya.
reply-clarification-request = Permintaan yang dijawab
reply-clarification-request-reference = Nomor referensi permintaan
reply-clarification-request-date = Tanggal permintaan
reply-clarification-request-authority = Otoritas peminta
reply-clarification-request-fingerprint = Sidik jari permintaan
    .hint = Sidik jari yang tercetak di bagian bawah setiap halaman permintaan. Diisi dari permintaan yang diterima: sidik jari ini memberi tahu otoritas peminta dengan tepat versi permintaannya yang dijawab.
reply-clarification-responding-authority = Otoritas yang menjawab
reply-clarification-responding-authority-organisation = Otoritas
reply-clarification-responding-authority-person = Pejabat yang menangani permintaan
reply-clarification-responding-authority-position = Jabatan atau pangkat
reply-clarification-responding-authority-telephone = Nomor telepon
reply-clarification-responding-authority-email = Alamat surel

## 5 Clarification requested

reply-clarification-clarification = Klarifikasi yang diminta
reply-clarification-clarification-fields = Isian permintaan yang dipersoalkan
    .hint = Satu baris untuk setiap isian bernomor dalam permintaan yang tidak jelas atau tidak lengkap: nomornya sebagaimana tercetak dalam permintaan, dan apa yang diperlukan.
reply-clarification-clarification-fields-field = Nomor isian
reply-clarification-clarification-fields-question = Apa yang tidak jelas atau kurang
reply-clarification-clarification-by = Mohon dijawab paling lambat
    .hint = Opsional. Untuk preservasi, tanggal paling lambat jawaban diperlukan agar data tetap disimpan.
