# Template reply-receipt: confirmation of receipt of a request received (T-CY Rec 9).

reply-receipt-legal-basis = Konfirmasi penerimaan permintaan yang disebutkan dalam bagian 3

## 1 to 4: common to every answer

reply-receipt-date = Tanggal
reply-receipt-reference = Nomor referensi kami
    .hint = Nomor referensi yang digunakan otoritas Anda untuk menangani permintaan, agar otoritas peminta dapat mengutipnya saat menindaklanjutinya.
reply-receipt-request = Permintaan yang dijawab
reply-receipt-request-reference = Nomor referensi permintaan
reply-receipt-request-date = Tanggal permintaan
reply-receipt-request-authority = Otoritas peminta
reply-receipt-request-fingerprint = Sidik jari permintaan
    .hint = Sidik jari yang tercetak di bagian bawah setiap halaman permintaan. Diisi dari permintaan yang diterima: sidik jari ini memberi tahu otoritas peminta dengan tepat versi permintaannya yang dijawab.
reply-receipt-responding-authority = Otoritas yang menjawab
reply-receipt-responding-authority-organisation = Otoritas
reply-receipt-responding-authority-person = Pejabat yang menangani permintaan
reply-receipt-responding-authority-position = Jabatan atau pangkat
reply-receipt-responding-authority-telephone = Nomor telepon
reply-receipt-responding-authority-email = Alamat surel

## 5 to 7

reply-receipt-received-date = Tanggal permintaan diterima
reply-receipt-forwarded = Diteruskan untuk dilaksanakan kepada
    .hint = Otoritas yang menerima penerusan permintaan untuk dilaksanakan, jika permintaan diteruskan; kosongkan jika otoritas Anda sendiri yang melaksanakannya.
reply-receipt-remarks = Catatan
