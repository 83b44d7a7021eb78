# Home screen (request types, drafts kept in this browser), autosave and the PDF preview.

home-all-requests = Semua permintaan
home-start = Mulai permintaan baru
home-use-art29-preservation = Mulai di sini: mintakan agar data segera dipreservasi, sebelum data tersebut dapat dihapus.
home-use-art31-subscriber = Untuk memperoleh informasi pelanggan melalui bantuan timbal balik dalam masalah pidana, setelah data dipreservasi.
home-use-art31-traffic = Untuk memperoleh data lalu lintas melalui bantuan timbal balik dalam masalah pidana, setelah data dipreservasi.
home-use-art31-content = Untuk memperoleh data konten melalui bantuan timbal balik dalam masalah pidana, setelah data dipreservasi.
home-use-emergency-disclosure = Hanya untuk risiko yang segera terjadi terhadap nyawa atau keselamatan seseorang.
home-use-provider-preservation = Apabila penyedia layanan menerima permintaan langsung dari otoritas asing: mintakan agar data segera dipreservasi.
home-use-provider-disclosure = Untuk meminta langsung kepada penyedia layanan data selain data konten, setelah data dipreservasi.
home-drafts = Draf di peramban ini
home-no-drafts = Belum ada draf.
home-untitled = Draf tanpa nomor referensi
home-country = Negara Diminta
home-edited = Terakhir diubah
home-duplicate = Duplikasi
home-rename = Ganti nama
home-name = Nama draf
home-save-name = Simpan nama
home-cancel = Batal
home-delete = Hapus
home-export = Ekspor ke berkas
home-import = Impor berkas draf
# Variables:
#   $name (String) - the draft's name or reference number
home-deleted = Draf dihapus: { $name }.
home-undo = Urungkan
# Variables:
#   $name (String) - the draft's name or reference number
home-imported = Draf diimpor: { $name }.
# Variables:
#   $name (String) - the draft's name or reference number
home-imported-copy = Draf ini sudah ada di sini, sehingga diimpor sebagai salinan: { $name }.
home-import-malformed = Berkas ini bukan draf Tandem. Tidak ada yang diubah.
home-import-too-large = Berkas ini terlalu besar untuk draf Tandem. Tidak ada yang diubah.
home-import-newer = Draf ini dibuat oleh versi Tandem yang lebih baru. Tidak ada yang diubah.
home-import-unknown = Draf ini untuk jenis permintaan yang tidak dimiliki versi Tandem ini. Tidak ada yang diubah.
# Variables:
#   $reason (String) - the browser's reason
home-storage-failed = Peramban ini menolak menyimpannya ({ $reason }). Tidak ada yang diubah.
home-not-found = Draf ini tidak ada di peramban ini.
home-saving = Menyimpan…
home-preview = Pratinjau PDF
home-preview-title = Pratinjau PDF
home-preview-download = Unduh PDF ini
