# The office's statistics (T-CY Recommendation 2: statistics to monitor the efficiency of mutual
# legal assistance), computed in this browser from the request log. Nothing is sent anywhere.

stats-heading = Statistik kantor
stats-intro = Dihitung di peramban ini dari permintaan yang dicatat sebagai terkirim. Tidak ada yang dikirim ke mana pun: ekspor angka-angkanya untuk pelaporan kantor Anda sendiri.
stats-none = Belum ada permintaan yang dicatat sebagai terkirim.
# Variables:
#   $count (Number) - requests recorded as sent
stats-total = { $count ->
   *[other] { $count } permintaan dicatat sebagai terkirim
}
stats-by-country = Menurut Negara Diminta
stats-by-type = Menurut jenis permintaan
stats-by-category = Menurut kategori tindak pidana
stats-by-status = Menurut hasil
stats-refusals = Penolakan menurut alasan
stats-times = Waktu yang diperlukan
stats-median-confirmation = Median jumlah hari dari pengiriman sampai konfirmasi penerimaan
stats-median-answer = Median jumlah hari dari pengiriman sampai jawaban (dilaksanakan, tindakan diambil, atau ditolak)
stats-column-what = Kategori
stats-column-count = Permintaan
stats-column-days = Hari
stats-column-answered = Dijawab
stats-not-given = Tidak disebutkan
stats-no-figure = Belum ada angka
stats-export-csv = Ekspor sebagai CSV
stats-print = Cetak, atau simpan sebagai PDF
stats-open = Statistik kantor
