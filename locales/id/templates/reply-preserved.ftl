# Template reply-preserved: confirmation that a preservation request was executed.

reply-preserved-legal-basis = Konfirmasi preservasi yang diminta dalam permintaan yang disebutkan dalam bagian 3

## 1 to 4: common to every answer

reply-preserved-date = Tanggal
reply-preserved-reference = Nomor referensi kami
    .hint = Nomor referensi yang digunakan otoritas Anda untuk menangani permintaan, agar otoritas peminta dapat mengutipnya saat menindaklanjutinya.
reply-preserved-request = Permintaan yang dijawab
reply-preserved-request-reference = Nomor referensi permintaan
reply-preserved-request-date = Tanggal permintaan
reply-preserved-request-authority = Otoritas peminta
reply-preserved-request-fingerprint = Sidik jari permintaan
    .hint = Sidik jari yang tercetak di bagian bawah setiap halaman permintaan. Diisi dari permintaan yang diterima: sidik jari ini memberi tahu otoritas peminta dengan tepat versi permintaannya yang dijawab.
reply-preserved-responding-authority = Otoritas yang menjawab
reply-preserved-responding-authority-organisation = Otoritas
reply-preserved-responding-authority-person = Pejabat yang menangani permintaan
reply-preserved-responding-authority-position = Jabatan atau pangkat
reply-preserved-responding-authority-telephone = Nomor telepon
reply-preserved-responding-authority-email = Alamat surel

## 5 Preservation

reply-preserved-preservation = Preservasi
reply-preserved-preservation-preserved-on = Tanggal data dipreservasi
reply-preserved-preservation-ends-on = Data dipreservasi sampai dengan
    .hint = Hari terakhir data akan disimpan, kecuali preservasi diperpanjang atau permintaan pengungkapan data tersebut diterima sebelum tanggal itu.
reply-preserved-preservation-scope = Data yang dipreservasi
reply-preserved-preservation-scope-all = Seluruh data yang diminta
reply-preserved-preservation-scope-part = Sebagian data yang diminta
reply-preserved-preservation-scope-part-detail = Data yang dipreservasi, serta data yang tidak dipreservasi beserta alasannya
reply-preserved-preservation-holder = Data dikuasai oleh
reply-preserved-remarks = Catatan
