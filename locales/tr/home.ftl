# Home screen (request types, drafts kept in this browser), autosave and the PDF preview.

home-all-requests = Tüm talepler
home-start = Yeni bir talep başlat
home-use-art29-preservation = Buradan başlayın: veriler silinmeden önce derhal muhafaza edilmesini sağlayın.
home-use-art31-subscriber = Muhafaza edildikten sonra abone bilgilerini karşılıklı adli yardım yoluyla elde etmek için.
home-use-art31-traffic = Muhafaza edildikten sonra trafik verilerini karşılıklı adli yardım yoluyla elde etmek için.
home-use-art31-content = Muhafaza edildikten sonra içerik verilerini karşılıklı adli yardım yoluyla elde etmek için.
home-use-emergency-disclosure = Yalnızca bir kişinin hayatı veya güvenliği için yakın bir tehlike olduğunda.
home-use-provider-preservation = Bir hizmet sağlayıcı yabancı makamların taleplerini doğrudan kabul ediyorsa: verilerin derhal muhafaza edilmesini sağlayın.
home-use-provider-disclosure = Muhafaza edildikten sonra, içerik verileri dışındaki verileri doğrudan bir hizmet sağlayıcıdan istemek için.
home-drafts = Bu tarayıcıdaki taslaklar
home-no-drafts = Henüz taslak yok.
home-untitled = Sayısı olmayan taslak
home-country = Talep edilen Devlet
home-edited = Son düzenleme
home-duplicate = Kopyasını oluştur
home-rename = Yeniden adlandır
home-name = Taslağın adı
home-save-name = Adı kaydet
home-cancel = Vazgeç
home-delete = Sil
home-export = Dosyaya aktar
home-import = Taslak dosyası içe aktar
# Variables:
#   $name (String) - the draft's name or reference number
home-deleted = Taslak silindi: { $name }.
home-undo = Geri al
# Variables:
#   $name (String) - the draft's name or reference number
home-imported = Taslak içe aktarıldı: { $name }.
# Variables:
#   $name (String) - the draft's name or reference number
home-imported-copy = Bu taslak zaten burada olduğundan kopya olarak içe aktarıldı: { $name }.
home-import-malformed = Bu dosya bir Tandem taslağı değil. Hiçbir şey değiştirilmedi.
home-import-too-large = Bu dosya bir Tandem taslağı için çok büyük. Hiçbir şey değiştirilmedi.
home-import-newer = Bu taslak Tandem'in daha yeni bir sürümüyle oluşturulmuş. Hiçbir şey değiştirilmedi.
home-import-unknown = Bu taslak, Tandem'in bu sürümünde bulunmayan bir talep türüne ait. Hiçbir şey değiştirilmedi.
# Variables:
#   $reason (String) - the browser's reason
home-storage-failed = Tarayıcı kaydetmeyi reddetti ({ $reason }). Hiçbir şey değiştirilmedi.
home-not-found = Bu taslak bu tarayıcıda yok.
home-saving = Kaydediliyor…
home-preview = PDF'yi önizle
home-preview-title = PDF önizlemesi
home-preview-download = Bu PDF'yi indir
