# Screens of the app.

app-name = Tandem
app-tagline = Permintaan lintas batas atas alat bukti elektronik, dalam dua bahasa
app-ui-language = Bahasa antarmuka
# Shown beside a language in the language menus when its translation is machine-drafted.
app-machine-translation = terjemahan mesin, belum ditinjau
app-language-search = Cari bahasa (nama atau kode)
app-language-none = Tidak ada bahasa yang cocok dengan yang Anda ketik.
app-language-group-latin = Aksara Latin
app-language-group-cyrillic = Aksara Sirilik
app-language-group-rtl = Aksara Arab dan Ibrani
app-language-group-other = Aksara lain
app-document-languages = Bahasa dokumen
app-document-language-a = Bahasa otoritas peminta
app-document-language-b = Bahasa Negara Diminta
# Shown when the language chosen for one side of the document was the other side's: the two
# change places. A one-language PDF is made with a single-language layout at export.
app-languages-swapped = Bahasa otoritas peminta dan bahasa Negara Diminta telah bertukar tempat: kedua bahasa dokumen selalu berbeda. Untuk PDF dalam satu bahasa, tetap pilih dua bahasa di sini dan pilih tata letak satu bahasa saat mengekspor.
app-export-pdf = Ekspor PDF
app-export-consultation = Ekspor draf untuk konsultasi
app-exporting = Menyiapkan PDF…
# Variables:
#   $reason (String) - what went wrong, as reported by the PDF engine
app-export-failed = PDF tidak dapat dibuat: { $reason }
app-export-font-missing = fon { $font } belum ada di perangkat ini. Fon ini disimpan saat PDF dalam bahasa ini pertama kali dibuat dengan koneksi internet: sambungkan sekali, lalu buat PDF lagi.
app-saved = Tersimpan di peramban ini
# Variables:
#   $reason (String) - the browser's reason
app-save-failed = Peramban ini menolak menyimpan draf ({ $reason }). Unduh draf sekarang agar tidak ada yang hilang.
app-download-draft = Unduh draf
app-privacy = Semuanya tetap berada di peramban ini: apa pun yang Anda ketik tidak dikirim ke mana pun.
app-request-type = Jenis permintaan
app-template-loading = Memuat jenis permintaan ini…
app-template-failed = Jenis permintaan ini tidak dapat dimuat. Periksa koneksi lalu coba lagi: tidak ada yang hilang.
app-load-failed = Bagian Tandem ini tidak dapat dimuat. Periksa koneksi lalu coba lagi: tidak ada yang hilang.
app-choose = Pilih…
app-required = wajib
app-errors-heading = Terdapat masalah
# Variables:
#   $done (Number) - required items answered
#   $total (Number) - required items in the template
#   $translate (Number) - answers whose wording in the other document language is still missing
app-completeness = { $translate ->
    [0] { $done } dari { $total } isian wajib selesai
   *[other] { $done } dari { $total } isian wajib selesai · { $translate } jawaban perlu diterjemahkan
}

# Repeatable rows and identifiers.
app-add-row = Tambah baris
app-remove-row = Hapus
app-move-up = Pindah ke atas
app-move-down = Pindah ke bawah
# Variables:
#   $number (String) - the row's number, e.g. 10.2
app-row = Baris { $number }
app-add-identifier = Tambah pengenal
identifier-type = Jenis pengenal
identifier-type-ip = Alamat IP
identifier-type-email = Alamat surel
identifier-type-phone = Nomor telepon
identifier-type-account = Akun atau ID pengguna
identifier-type-username = Nama pengguna
identifier-type-url = URL
identifier-type-domain = Nama domain
identifier-type-device = Pengenal perangkat (IMEI, alamat MAC, nomor seri)
identifier-value = Pengenal
identifier-port = Port sumber
identifier-at = Tanggal dan waktu penggunaan
identifier-from = Data sejak
identifier-to = Data hingga
app-date = Tanggal
app-time = Waktu
app-time-zone = Zona waktu
app-choose-time-zone = Pilih zona waktu…
# Variables:
#   $zone (String) - the office's UTC offset, e.g. UTC+04:00
app-time-zone-office = { $zone } — zona waktu otoritas peminta
app-currency = Mata uang
app-utc-equivalent = Padanan UTC
app-translation = Rumusan dalam bahasa dokumen yang lain

# Validation messages, shown at the field and in the summary.
validation-required = Jawab pertanyaan ini.
validation-choose-one = Pilih salah satu opsi.
validation-exclusive = "Tidak satu pun di atas" tidak dapat dicentang bersama opsi lain.
validation-email = Masukkan alamat surel seperti name@example.org.
validation-phone = Masukkan nomor dalam format internasional, diawali + dan kode negara, seperti +995 32 200 00 00.
validation-url = Masukkan alamat web lengkap yang diawali https:// atau http://.
validation-domain = Masukkan nama domain seperti example.org.
validation-ip = Masukkan alamat IPv4 seperti 192.0.2.10 atau alamat IPv6 seperti 2001:db8::1.
validation-port = Masukkan nomor port dari 1 sampai 65535.
validation-ip-port-missing = Cantumkan port sumber: di balik alamat bersama, penyedia mungkin tidak dapat mengidentifikasi pelanggan tanpanya.
validation-ip-time-missing = Cantumkan tanggal dan waktu yang tepat, beserta zona waktunya, saat alamat IP tersebut digunakan.
validation-date = Masukkan tanggal dalam bentuk tahun-bulan-hari, misalnya 2026-11-22.
validation-date-time = Masukkan tanggal dan waktu.
validation-time-zone-missing = Pilih zona waktu untuk waktu ini.
validation-time-zone = Pilih zona waktu.
validation-country = Pilih negara dari daftar.
validation-amount = Masukkan jumlah dalam angka, dengan titik sebelum sen (jika ada), misalnya 4500 atau 4500.50.
validation-currency = Pilih mata uang jumlah tersebut.
validation-identifier-type = Pilih jenis pengenal ini.
validation-identifier-missing = Tambahkan sedikitnya satu pengenal data yang diminta.
validation-range-open = Cantumkan awal dan akhir rentang waktu.
validation-range-order = Akhir rentang waktu berada sebelum awalnya.
validation-dates-order = Tanggal ini lebih awal daripada tanggal yang seharusnya mendahuluinya.
validation-us-damage-threshold = Amerika Serikat pada umumnya menolak permintaan mengenai kerugian di bawah USD 5.000: pertimbangkan apakah permintaan ini dapat dilaksanakan di sana.
validation-period-long = Jangka waktu ini lebih panjang daripada yang biasanya dapat dibenarkan untuk permintaan jenis ini: mintalah hanya jangka waktu yang diperlukan penyidikan, atau jelaskan alasannya dalam permintaan.
validation-recommended = Disarankan: permintaan tanpa keterangan ini sering ditolak atau dikembalikan.
validation-answers-differ = Jawaban ini berbeda dari informasi yang sama yang diberikan sebelumnya dalam permintaan.
validation-untranslated = Berikan rumusan jawaban ini dalam bahasa dokumen yang lain, atau centang "Sama dalam kedua bahasa" atau "Biarkan tidak diterjemahkan".
validation-answers-contradict = Jawaban ini bertentangan dengan status permintaan: tindak lanjut atas permintaan preservasi berarti preservasi telah dimintakan.
app-layout = Tata letak PDF
app-layout-side-by-side = Kedua bahasa dokumen berdampingan
app-layout-target-only = Hanya bahasa Negara Diminta
app-layout-single = Hanya bahasa otoritas peminta
