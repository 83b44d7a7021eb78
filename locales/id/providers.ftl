# Pemilih penyedia layanan dalam permintaan yang ditujukan kepada penyedia layanan: profil dalam providers/ (siapa
# yang bertanggung jawab atas setiap layanan, ke mana permintaan dikirim, apa yang harus dimuatnya), setiap fakta
# dibaca dari sumber publik pada tanggal yang disebutkan.

provider-picker = Penyedia layanan
    .hint = Pilih penyedia untuk mengisi badan hukum, alamat, dan kontaknya di bawah dari profil penyedia, atau pilih "Penyedia layanan lain" dan ketikkan sendiri. Fakta yang tidak ada dalam profil dibiarkan untuk Anda isi.
provider-picker-other = Penyedia layanan lain (ketik di bawah)
provider-picker-service = Layanan
provider-picker-region = Tempat tinggal pengguna yang bersangkutan
provider-picker-requesters = Tempat kedudukan otoritas peminta
provider-picker-filled = Diisi dari profil { $provider }: periksa setiap fakta sebelum Anda mengirim permintaan.
provider-profile-read = Profil ini dibaca dari sumber publik pada { $date }; profil ini mungkin sudah tidak mutakhir. Periksa pedoman penyedia sendiri bagi aparat penegak hukum sebelum Anda mengirim permintaan.
provider-profile-requirements = Persyaratan penyedia atas suatu permintaan
provider-profile-no-requirements = Profil tidak menyebutkan persyaratan apa pun untuk jenis permintaan ini.
provider-profile-emergency = Permintaan darurat
provider-profile-no-emergency = Profil tidak menyebutkan saluran apa pun untuk permintaan darurat.
provider-profile-preservation = Preservasi atas permintaan
provider-profile-preservation-days = { $extendable ->
        [yes] Data dipreservasi selama { $days } hari; perpanjangan dapat diminta.
        [no] Data dipreservasi selama { $days } hari; preservasi tidak diperpanjang.
       *[unknown] Data dipreservasi selama { $days } hari; sumber tidak menyebutkan apakah preservasi dapat diperpanjang.
    }
provider-profile-preservation-extension = Setiap perpanjangan berlaku { $days } hari.
provider-profile-preservation-max-extensions = { $count ->
       *[other] Paling banyak { $count } kali perpanjangan.
    }
provider-profile-no-preservation = Profil tidak menyebutkan jangka waktu preservasi.
provider-profile-languages = Bahasa yang dapat digunakan untuk menulis permintaan: { $codes }
provider-profile-not-found = Dicari dalam sumber dan tidak ditemukan: { $kinds }
provider-profile-sources = Sumber
provider-profile-source = { $title }, dibaca pada { $date }: { $url }
provider-profile-source-secondary = { $title }, dibaca pada { $date }: { $url } (uraian pihak ketiga tentang praktik penyedia: periksa sebelum Anda mengandalkannya)

## Kontak
provider-contact-portal = Portal (dengan akun): { $value }
provider-contact-web-form = Formulir web: { $value }
provider-contact-email = Surel: { $value }

## Wilayah yang dibedakan dalam profil (selain negara), ditawarkan dalam daftar pemilih
provider-region-eu = Uni Eropa
provider-region-eea = Kawasan Ekonomi Eropa
provider-region-european-region = "Wilayah Eropa" penyedia
provider-region-non-us = Di luar Amerika Serikat
provider-region-other = Tempat lain

## Jenis fakta yang dimuat profil
provider-fact-entity = badan hukum
provider-fact-address = alamat untuk penyampaian dokumen hukum
provider-fact-portal = portal atau alamat untuk permintaan
provider-fact-emergency = saluran untuk permintaan darurat
provider-fact-languages = bahasa yang diterima
provider-fact-preservation = jangka waktu preservasi
provider-fact-preservation-extension = perpanjangan preservasi
provider-fact-requirements = persyaratan

## Kode persyaratan (providers/README.md)
provider-requirement-official-email-domain = Dikirim dari alamat surel resmi pemerintah (atau melalui akun portal yang dibuat dengan alamat tersebut)
provider-requirement-portal-account = Dikirim melalui portal penyedia, dengan akun
provider-requirement-in-writing = Dibuat secara tertulis
provider-requirement-signature = Ditandatangani oleh pejabat peminta
provider-requirement-letterhead = Menggunakan kop surat otoritas
provider-requirement-non-editable-format = Dikirim dalam format yang tidak dapat disunting
provider-requirement-issued-under-law = Dikeluarkan berdasarkan undang-undang yang memberi kewenangan kepada otoritas, sesuai dengan prosedurnya
provider-requirement-account-identifier = Mengidentifikasi akun dengan pengenal milik penyedia sendiri (ID pengguna, nama pengguna, URL, alamat surel)
provider-requirement-relevance-stated = Menjelaskan hubungan data yang diminta dengan penyidikan
provider-requirement-entity-for-user-location = Ditujukan kepada badan hukum yang bertanggung jawab atas tempat tinggal pengguna
provider-requirement-mlat-for-content = Untuk data konten: melalui bantuan timbal balik dalam masalah pidana (perjanjian atau surat rogatori) atau perjanjian yang dibuat berdasarkan CLOUD Act, undang-undang Amerika Serikat
provider-requirement-mlat-for-disclosure = Untuk setiap pengungkapan: melalui bantuan timbal balik dalam masalah pidana atau surat rogatori
provider-requirement-subpoena-or-equivalent-for-non-content = Untuk data selain data konten: subpoena atau padanannya di negara setempat
provider-requirement-warrant-or-equivalent-for-content = Untuk data konten: surat perintah penggeledahan, penetapan pengadilan, atau padanannya di negara setempat
provider-requirement-judicial-order = Perintah dari otoritas kehakiman
provider-requirement-formal-channel-only = Hanya melalui saluran resmi penyedia: permintaan informal tidak dijawab
provider-requirement-emergency-form = Permintaan darurat: menggunakan formulir darurat milik penyedia sendiri
provider-requirement-emergency-facts-stated = Permintaan darurat: sebutkan bahaya kematian atau cedera fisik serius dan bagaimana data akan mencegahnya
