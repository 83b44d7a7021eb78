# Home screen (request types, drafts kept in this browser), autosave and the PDF preview.

home-all-requests = Ähli haýyşlar
home-start = Täze haýyşy başlamak
home-use-art29-preservation = Şu ýerden başlaň: maglumatlar pozulmazdan öň olary derrew gorap saklamagy üpjün ediň.
home-use-art31-subscriber = Maglumatlar gorap saklanylandan soň, abonent baradaky maglumatlary özara hukuk kömegi tertibinde almak üçin.
home-use-art31-traffic = Maglumatlar gorap saklanylandan soň, trafik baradaky maglumatlary özara hukuk kömegi tertibinde almak üçin.
home-use-art31-content = Maglumatlar gorap saklanylandan soň, mazmun baradaky maglumatlary özara hukuk kömegi tertibinde almak üçin.
home-use-emergency-disclosure = Diňe adamyň durmuşyna ýa-da howpsuzlygyna gönüden-göni howp abanan ýagdaýynda.
home-use-provider-preservation = Hyzmat üpjünçisi daşary ýurt edaralarynyň haýyşlaryny gönüden-göni kabul edýän bolsa: maglumatlary derrew gorap saklamagy üpjün ediň.
home-use-provider-disclosure = Maglumatlar gorap saklanylandan soň, mazmun baradaky maglumatlar bolmadyk maglumatlary gönüden-göni hyzmat üpjünçisinden soramak üçin.
home-drafts = Şu brauzerdäki taslamalar
home-no-drafts = Entek taslama ýok.
home-untitled = Çykyş belgisiz taslama
home-country = Haýyş edilýän döwlet
home-edited = Soňky üýtgetme
home-duplicate = Nusgasyny döretmek
home-rename = Adyny üýtgetmek
home-name = Taslamanyň ady
home-save-name = Ady ýatda saklamak
home-cancel = Ýatyrmak
home-delete = Pozmak
home-export = Faýla eksport etmek
home-import = Taslama faýlyny import etmek
# Variables:
#   $name (String) - the draft's name or reference number
home-deleted = Taslama pozuldy: { $name }.
home-undo = Yzyna gaýtarmak
# Variables:
#   $name (String) - the draft's name or reference number
home-imported = Taslama import edildi: { $name }.
# Variables:
#   $name (String) - the draft's name or reference number
home-imported-copy = Bu taslama bu ýerde eýýäm bardy, şonuň üçin nusga hökmünde import edildi: { $name }.
home-import-malformed = Bu faýl Tandem taslamasy däl. Hiç zat üýtgedilmedi.
home-import-too-large = Bu faýl Tandem taslamasy üçin gaty uly. Hiç zat üýtgedilmedi.
home-import-newer = Bu taslama Tandem programmasynyň has täze wersiýasynda döredildi. Hiç zat üýtgedilmedi.
home-import-unknown = Bu taslama Tandem programmasynyň şu wersiýasynda ýok bolan haýyş görnüşine degişli. Hiç zat üýtgedilmedi.
# Variables:
#   $reason (String) - the browser's reason
home-storage-failed = Bu brauzer ony ýatda saklamakdan ýüz öwürdi ({ $reason }). Hiç zat üýtgedilmedi.
home-not-found = Bu taslama şu brauzerde ýok.
home-saving = Ýatda saklanýar…
home-preview = PDF-i öňünden görmek
home-preview-title = PDF resminamasyny öňünden görmek
home-preview-download = Bu PDF resminamasyny ýükläp almak
