# Preservation periods (T-CY Rec 16) in a preservation request, and the requests that follow it.
# $kind and $date are filled in by the app; the table's own wording stays in English.
preservation-heading = Jangka waktu preservasi
preservation-needs = Cantumkan negara yang diminta dan tanggal pelaksanaan preservasi untuk melihat kapan preservasi berakhir.
preservation-end-label = Perkiraan berakhirnya preservasi
preservation-end = { $kind ->
    [date] { $date }
    [no-time-limit] Tanpa batas waktu, menurut tabel T-CY
    [not-fixed] Tidak ditetapkan dalam tabel T-CY, dan dasar hukum yang dipilih tidak menetapkan jangka waktu minimum: tanyakan kepada otoritas yang diminta kapan preservasi berakhir
   *[convention-minimum] Tidak ditetapkan dalam tabel T-CY: satu-satunya kepastian adalah jangka waktu minimum Konvensi selama 60 hari (Pasal 29 ayat (7)), sampai { $date }
}
preservation-days-left = { $days ->
   *[other] Sisa { $days } hari
}
preservation-expired = Jangka waktu preservasi telah berakhir.
preservation-renewal-label = Perpanjangan atau pembaruan
preservation-renewal = { $kind ->
    [days] { $n } hari
    [months] { $n } bulan
    [up-to-days] Paling lama { $n } hari
    [up-to-months] Paling lama { $n } bulan
    [not-permitted] Perpanjangan tidak diperbolehkan
    [reported-not-permitted] Dilaporkan tidak diperbolehkan (laporan T-CY, bagian 3.2)
    [conditional] Dengan syarat: lihat rumusan dalam tabel
   *[unknown] Tidak disebutkan dalam tabel T-CY
}
preservation-impractical = T-CY menganggap jangka waktu preservasi kurang dari 90 hari tanpa kemungkinan sedikitnya satu kali pembaruan tidak praktis: kirimkan permintaan bantuan timbal balik dalam masalah pidana tanpa penundaan.
preservation-table = Rumusan tabel T-CY (bahasa Inggris, T-CY(2017)2, Rekomendasi 16)
preservation-table-period = Jangka waktu preservasi setelah permintaan dari luar negeri
preservation-table-renewal = Syarat dan jangka waktu perpanjangan atau pembaruan
preservation-table-notes = Perbandingan dengan bagian 3.2 laporan
preservation-table-missing = Tabel T-CY tidak memuat entri untuk negara ini.
preservation-extend = Minta perpanjangan
preservation-follow-up = Siapkan permintaan bantuan timbal balik dalam masalah pidana
preservation-follow-up-kind = Data yang akan diperoleh
preservation-follow-up-create = Buat permintaan
preservation-calendar = Tambahkan pengingat ke kalender saya (.ics)
preservation-ics-summary = Berakhirnya preservasi: { $reference } ({ $country })
preservation-ics-description = Preservasi yang diminta dengan nomor referensi { $reference } ({ $country }) berakhir pada { $date }. Mintalah perpanjangan atau kirimkan permintaan bantuan timbal balik dalam masalah pidana sebelum tanggal tersebut.
preservation-links = Permintaan terkait
preservation-link = { $kind ->
    [extension-of] Perpanjangan permintaan preservasi { $reference }
    [extended-by] Diperpanjang dengan permintaan { $reference }
    [follow-up-of] Tindak lanjut atas permintaan preservasi { $reference }
   *[followed-up-by] Ditindaklanjuti dengan permintaan bantuan timbal balik dalam masalah pidana { $reference }
}
preservation-link-missing = Permintaan tersebut tidak tersimpan di peramban ini.
preservation-next-steps = Langkah selanjutnya
preservation-follow-up-disclosure = Siapkan permintaan pengungkapan
preservation-link-disclosure = Ditindaklanjuti dengan permintaan pengungkapan { $reference }
