# Template reply-refusal: notice that a request received cannot be executed, with its reasons.

reply-refusal-legal-basis = Pemberitahuan bahwa permintaan yang disebutkan dalam bagian 3 tidak dapat dilaksanakan

## 1 to 4: common to every answer

reply-refusal-date = Tanggal
reply-refusal-reference = Nomor referensi kami
    .hint = Nomor referensi yang digunakan otoritas Anda untuk menangani permintaan, agar otoritas peminta dapat mengutipnya saat menindaklanjutinya.
reply-refusal-request = Permintaan yang dijawab
reply-refusal-request-reference = Nomor referensi permintaan
reply-refusal-request-date = Tanggal permintaan
reply-refusal-request-authority = Otoritas peminta
reply-refusal-request-fingerprint = Sidik jari permintaan
    .hint = Sidik jari yang tercetak di bagian bawah setiap halaman permintaan. Diisi dari permintaan yang diterima: sidik jari ini memberi tahu otoritas peminta dengan tepat versi permintaannya yang dijawab.
reply-refusal-responding-authority = Otoritas yang menjawab
reply-refusal-responding-authority-organisation = Otoritas
reply-refusal-responding-authority-person = Pejabat yang menangani permintaan
reply-refusal-responding-authority-position = Jabatan atau pangkat
reply-refusal-responding-authority-telephone = Nomor telepon
reply-refusal-responding-authority-email = Alamat surel

## 5 and 6: reasons, and what would allow execution

reply-refusal-reasons = Alasan
reply-refusal-reasons-reasons = Permintaan tidak dapat dilaksanakan karena
reply-refusal-reasons-reasons-incomplete = permintaan tidak lengkap
reply-refusal-reasons-reasons-wrong-addressee = permintaan dikirim kepada otoritas atau badan hukum yang salah
reply-refusal-reasons-reasons-identification = informasi yang diberikan tidak cukup untuk mengidentifikasi pengguna atau data
reply-refusal-reasons-reasons-not-held = data tersebut tidak ada pada kami
reply-refusal-reasons-reasons-retention-expired = data tersebut tidak lagi disimpan
reply-refusal-reasons-reasons-legal-obstacle = terdapat hambatan hukum yang menghalangi pelaksanaan
reply-refusal-reasons-reasons-dual-criminality = syarat kriminalitas ganda tidak terpenuhi
reply-refusal-reasons-reasons-other = alasan lain
reply-refusal-reasons-reasons-other-detail = Alasan lain
reply-refusal-reasons-explanation = Penjelasan
    .hint = Opsional. Fakta yang mendasari alasan yang dicentang, dirumuskan sedemikian rupa sehingga otoritas peminta dapat menindaklanjutinya.
reply-refusal-next = Apa yang memungkinkan permintaan dilaksanakan
    .hint = Opsional. Misalnya: informasi yang kurang, otoritas atau badan hukum yang berwenang, atau proses hukum yang harus ditempuh.
