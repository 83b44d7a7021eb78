# Requests received: a request made with Tandem by another authority, opened from its PDF (which
# carries the request as data) or from its draft file, and shown read-only in the language of the
# screen. Nothing is stored when a file is refused.

received-heading = Permintaan yang diterima
received-intro = Permintaan yang dibuat dengan Tandem oleh otoritas lain dibuka di sini dalam mode hanya-baca, dengan setiap label, centang, negara, dan tanggal dalam bahasa layar ini. Berkas tetap berada di peramban ini.
received-open = Buka permintaan yang diterima (PDF atau berkas drafnya)
received-none = Belum ada permintaan yang diterima.
# Terms of a request received in the list (each followed by its value).
received-from = Otoritas peminta
received-reference = Nomor referensi
received-date = Diterima pada
received-delete = Hapus
# Variables:
#   $title (String) - the request's type, e.g. "Request for expedited preservation of stored computer data"
received-deleted = Permintaan yang diterima telah dihapus: { $title }. Buka kembali berkasnya untuk memulihkannya.

# Why a file was not opened as a request received. Each ends by saying that nothing was stored.
# Variables:
#   $limit (Number) - the largest size accepted, in kilobytes
received-refused-too-large = Berkas ini lebih besar dari { $limit } kB, melebihi permintaan apa pun yang dibuat dengan Tandem. Tidak ada yang disimpan.
received-refused-not-pdf = Berkas ini bukan PDF dan bukan berkas draf Tandem. Tidak ada yang disimpan.
received-refused-no-data = PDF ini tidak memuat permintaan dalam bentuk data: PDF ini tidak dibuat dengan Tandem, atau telah diubah setelah dibuat. Tidak ada yang disimpan.
received-refused-unreadable = Data permintaan dalam berkas ini tidak dapat dibaca: data tersebut rusak atau tidak dalam format Tandem. Tidak ada yang disimpan.
received-refused-newer = Permintaan ini dibuat oleh versi Tandem yang lebih baru. Tidak ada yang disimpan.
received-refused-unknown = Permintaan ini untuk jenis permintaan yang tidak dimiliki versi Tandem ini. Tidak ada yang disimpan.
received-refused-locked = Berkas draf ini terkunci dengan frasa sandi. Mintalah PDF permintaan tersebut kepada otoritas peminta. Tidak ada yang disimpan.
received-refused-fingerprint = Data permintaan dalam PDF ini tidak cocok dengan sidik jari yang tercetak di atasnya: berkas telah diubah setelah dibuat. Tidak ada yang disimpan. Bacalah halaman cetak PDF itu sendiri, dan mintalah salinan baru kepada otoritas peminta.
# Variables:
#   $reason (String) - the browser's own reason, as it gives it
received-refused-storage = Peramban ini menolak menyimpan permintaan ({ $reason }). Tidak ada yang disimpan.

# The screen of a request received.
received-banner = Permintaan yang diterima — hanya-baca. Dibuat dengan Tandem oleh otoritas peminta; jawabannya adalah jawaban otoritas tersebut.
# Variables:
#   $date (String) - the date and time the request was opened in this browser, in the local style
received-on = Diterima di peramban ini pada { $date }.
# Variables:
#   $a (String) - the name of the request's language A, in that language, e.g. "ქართული"
#   $b (String) - the name of the request's language B, in that language, e.g. "English"
received-doc-langs = Bahasa dokumen permintaan: { $a } | { $b }. Teks bebas ditampilkan sebagaimana ditulis oleh otoritas peminta dalam { $a }, dengan terjemahan otoritas itu sendiri ke dalam { $b } di sampingnya.
# Variables:
#   $fingerprint (String) - 16 hexadecimal digits, e.g. 0123456789abcdef
received-fingerprint-checked = Sidik jari { $fingerprint }: cocok dengan data permintaan, sebagaimana tercetak di setiap halaman PDF-nya.
# Variables:
#   $fingerprint (String) - 16 hexadecimal digits, e.g. 0123456789abcdef
received-fingerprint-draft = Sidik jari { $fingerprint }: dihitung dari berkas draf, yang tidak memiliki sidik jari tercetak untuk dicocokkan.
received-copy-heading = Salinan baca
received-copy-intro = Ekspor permintaan ini sebagai PDF dalam dua bahasa mana pun, misalnya bahasanya sendiri di samping bahasa Anda. Setiap halaman ditandai sebagai salinan baca dari permintaan yang diterima; salinan ini tidak memiliki blok tanda tangan.
received-copy-export = Ekspor salinan baca (PDF)

# Answering a request received: each answer is a draft of its own (a reply template), made here.
received-answer-heading = Jawab permintaan ini
received-answer-intro = Setiap jawaban merupakan formulir tersendiri, yang diisi dengan nomor referensi, tanggal, dan sidik jari permintaan ini, lalu diekspor sebagai PDF dwibahasa dalam bahasa Anda dan bahasa otoritas peminta. PDF tersebut memuat jawaban dalam bentuk data, sehingga Tandem di pihak peminta mencatatnya pada permintaan ini.
received-answers-made = Jawaban yang disiapkan untuk permintaan ini
