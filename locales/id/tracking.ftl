# The request log: what became of a request once it was sent (T-CY Recommendation 9: confirmation
# of receipt and notice of action taken). Kept in this browser with the draft; never printed.

tracking-heading = Setelah pengiriman
tracking-intro = Catatan kantor Anda atas permintaan ini: kapan permintaan dikirim, dan jawaban yang diterima. Catatan ini tetap berada di peramban ini bersama drafnya dan tidak pernah dicetak dalam permintaan.
tracking-status = Status permintaan
tracking-status-draft = Belum dikirim
tracking-status-sent = Terkirim
tracking-status-receipt-confirmed = Penerimaan telah dikonfirmasi
tracking-status-executed = Preservasi telah dilaksanakan
tracking-status-answered = Tindakan telah diambil
tracking-status-clarification-asked = Klarifikasi diminta
tracking-status-refused = Tidak dapat dilaksanakan
tracking-status-closed = Ditutup

# Recording the request as sent.
tracking-sent-on = Tanggal pengiriman
tracking-channel = Dikirim melalui
tracking-channel-email = Surel
tracking-channel-portal = Portal otoritas atau penyedia layanan
tracking-channel-post = Pos atau kurir
tracking-channel-diplomatic = Saluran diplomatik
tracking-channel-other = Saluran lain
tracking-mark-sent = Catat sebagai terkirim
# Variables:
#   $date (String) - the date sent, e.g. 2026-11-02
#   $channel (String) - how it was sent, e.g. "E-mail"
tracking-sent = Dikirim pada { $date } melalui { $channel }.
# Variables:
#   $date (String) - the date by which a confirmation of receipt is expected, e.g. 2026-11-12
tracking-due = Konfirmasi penerimaan diharapkan paling lambat { $date }.
# Variables:
#   $days (Number) - the days to wait for a confirmation of receipt, as set on the home screen
tracking-overdue = Belum ada konfirmasi penerimaan dalam { $days } hari sejak pengiriman: tindak lanjuti permintaan ini.
tracking-reminder = Pengingat kalender (.ics)
# The calendar reminder's title and text.
# Variables:
#   $reference (String) - the request's reference number
tracking-ics-summary = Batas waktu konfirmasi penerimaan: permintaan { $reference }
# Variables:
#   $reference (String) - the request's reference number
#   $date (String) - the date sent, e.g. 2026-11-02
tracking-ics-description = Permintaan { $reference } dikirim pada { $date } dan penerimaannya belum dikonfirmasi. Mintalah konfirmasi penerimaan kepada otoritas yang diminta.
# Variables:
#   $date (String) - the last day the data are kept, e.g. 2027-02-03
tracking-preserved-until = Otoritas yang diminta telah mengonfirmasi preservasi sampai dengan { $date }.

# Answers received.
tracking-answers = Jawaban yang diterima
tracking-answers-none = Belum ada jawaban yang dicatat.
# Variables:
#   $kind (String) - the kind of answer, e.g. "Confirmation of receipt of a request"
#   $date (String) - the answer's date, e.g. 2026-11-04
tracking-answer-line = { $kind } tanggal { $date }
# Variables:
#   $reference (String) - the answering authority's reference
tracking-answer-their-reference = Nomor referensi mereka: { $reference }
# Variables:
#   $reasons (String) - the reasons given, separated by commas
tracking-answer-reasons-given = Alasan: { $reasons }
tracking-answer-from-pdf = Dibaca dari PDF jawaban
tracking-answer-by-hand = Dimasukkan secara manual

# Entering an answer by hand (one received on paper, by e-mail or by telephone).
tracking-enter = Masukkan secara manual jawaban yang diterima
tracking-answer-kind = Jawaban
tracking-answer-date = Tanggal jawaban
tracking-answer-reference = Nomor referensi mereka
tracking-answer-ends-on = Data dipreservasi sampai dengan
tracking-answer-reasons = Alasan
tracking-reason-incomplete = Permintaan tidak lengkap
tracking-reason-wrong-addressee = Otoritas atau badan hukum yang salah
tracking-reason-identification = Tidak cukup untuk mengidentifikasi pengguna atau data
tracking-reason-not-held = Data tidak ada pada mereka
tracking-reason-retention-expired = Data tidak lagi disimpan
tracking-reason-legal-obstacle = Hambatan hukum
tracking-reason-dual-criminality = Syarat kriminalitas ganda tidak terpenuhi
tracking-reason-other = Alasan lain
tracking-record = Catat jawaban
tracking-date-needed = Tuliskan tanggal dalam format tahun-bulan-hari, misalnya 2026-11-04.

# Closing and reopening, and the office's offence category for its statistics.
tracking-close = Tutup permintaan
tracking-reopen = Buka kembali permintaan
# Variables:
#   $date (String) - the day the request was closed, e.g. 2026-12-01
tracking-closed = Ditutup pada { $date }.
tracking-category = Kategori tindak pidana, untuk statistik kantor Anda
tracking-category-none = Belum dipilih
tracking-category-confidentiality = Tindak pidana terhadap kerahasiaan, integritas, dan ketersediaan data dan sistem komputer
tracking-category-computer-related = Pemalsuan atau penipuan yang berkaitan dengan komputer
tracking-category-content = Tindak pidana yang berkaitan dengan konten
tracking-category-copyright = Pelanggaran hak cipta dan hak terkait
tracking-category-other = Tindak pidana lainnya

# Recording an answer from its PDF (home screen).
tracking-open-answer = Catat jawaban yang diterima (PDF-nya)
# Variables:
#   $kind (String) - the kind of answer, e.g. "Confirmation of receipt of a request"
#   $reference (String) - the request's reference number
tracking-recorded = { $kind } dicatat untuk permintaan { $reference }.
# Variables:
#   $reference (String) - the request's reference number
tracking-already = Jawaban ini sudah dicatat untuk permintaan { $reference }.
# Variables:
#   $reference (String) - the reference of the request the answer names
tracking-no-match = Tidak ada permintaan di peramban ini yang cocok dengan jawaban ini (jawaban ini menyebut permintaan { $reference }). Impor terlebih dahulu berkas draf permintaan tersebut; permintaan yang terkunci harus dibuka kuncinya. Tidak ada yang disimpan.
# Variables:
#   $reference (String) - the reference of the request the answer names
tracking-several = Beberapa permintaan di peramban ini memiliki nomor referensi { $reference }, dan tidak satu pun mencetak sidik jari yang disebut dalam jawaban ini. Masukkan jawaban secara manual pada permintaan yang tepat. Tidak ada yang disimpan.
tracking-not-answer = PDF ini adalah permintaan, bukan jawaban atas permintaan: bukalah di bagian "Permintaan yang diterima". Tidak ada yang disimpan.
tracking-is-answer = PDF ini adalah jawaban atas permintaan, bukan permintaan: catatlah dengan "Catat jawaban yang diterima". Tidak ada yang disimpan.

# The request log on the home screen: filters, and the days to wait for a confirmation.
tracking-filter-status = Status permintaan
tracking-filter-country = Negara
tracking-filter-type = Jenis permintaan
tracking-filter-all = Semua
tracking-filter-overdue = Hanya permintaan yang konfirmasi penerimaannya terlambat
tracking-confirm-days = Jumlah hari menunggu konfirmasi penerimaan
tracking-overdue-flag = Konfirmasi terlambat
# Variables:
#   $shown (Number) - drafts shown
#   $total (Number) - drafts stored
tracking-filtered = { $shown } dari { $total } ditampilkan
