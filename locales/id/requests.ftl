# The title of each request type, shown on the home screen and in the drafts list; every other
# message of a request type is in templates/<request type>.ftl, loaded when such a request is open.

art29-preservation-title = Permintaan preservasi segera atas data komputer yang tersimpan
art31-subscriber-title = Permintaan bantuan timbal balik dalam masalah pidana atas informasi pelanggan
art31-traffic-title = Permintaan bantuan timbal balik dalam masalah pidana atas data lalu lintas yang tersimpan
art31-content-title = Permintaan bantuan timbal balik dalam masalah pidana atas data konten yang tersimpan
emergency-disclosure-title = Permintaan darurat untuk pengungkapan data komputer yang tersimpan
provider-preservation-title = Permintaan kepada penyedia layanan untuk preservasi data
provider-disclosure-title = Permintaan kepada penyedia layanan untuk pengungkapan sukarela informasi pelanggan, alamat IP, dan catatan login
reply-receipt-title = Konfirmasi penerimaan permintaan
reply-preserved-title = Konfirmasi preservasi
reply-action-title = Pemberitahuan tentang tindakan yang diambil
reply-clarification-title = Permintaan klarifikasi
reply-refusal-title = Pemberitahuan bahwa permintaan tidak dapat dilaksanakan
