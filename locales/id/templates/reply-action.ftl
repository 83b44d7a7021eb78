# Template reply-action: notice of action taken on a request received (T-CY Rec 9).

reply-action-legal-basis = Pemberitahuan tentang tindakan yang diambil atas permintaan yang disebutkan dalam bagian 3

## 1 to 4: common to every answer

reply-action-date = Tanggal
reply-action-reference = Nomor referensi kami
    .hint = Nomor referensi yang digunakan otoritas Anda untuk menangani permintaan, agar otoritas peminta dapat mengutipnya saat menindaklanjutinya.
reply-action-request = Permintaan yang dijawab
reply-action-request-reference = Nomor referensi permintaan
reply-action-request-date = Tanggal permintaan
reply-action-request-authority = Otoritas peminta
reply-action-request-fingerprint = Sidik jari permintaan
    .hint = Sidik jari yang tercetak di bagian bawah setiap halaman permintaan. Diisi dari permintaan yang diterima: sidik jari ini memberi tahu otoritas peminta dengan tepat versi permintaannya yang dijawab.
reply-action-responding-authority = Otoritas yang menjawab
reply-action-responding-authority-organisation = Otoritas
reply-action-responding-authority-person = Pejabat yang menangani permintaan
reply-action-responding-authority-position = Jabatan atau pangkat
reply-action-responding-authority-telephone = Nomor telepon
reply-action-responding-authority-email = Alamat surel

## 5 Action taken

reply-action-action = Tindakan yang diambil
reply-action-action-taken = Tindakan yang diambil atas permintaan
    .hint = Apa yang telah dilakukan sejauh ini, misalnya: data telah diperoleh dari penyedia layanan dan dikirimkan bersama pemberitahuan ini, atau permintaan telah diajukan ke pengadilan untuk memperoleh penetapan.
reply-action-action-date = Tanggal tindakan
reply-action-action-next = Tindakan lebih lanjut yang diperkirakan
