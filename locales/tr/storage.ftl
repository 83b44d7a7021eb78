# Stored drafts: storage refused or unreadable, newer versions' drafts, two tabs, persistence, backup, how full storage is.

storage-unavailable = Bu tarayıcı Tandem'in taslakları kaydetmesine izin vermiyor. Çalışmanız yalnızca bu sayfada kalır: sayfayı kapatmadan önce taslağı indirin.
storage-read-only = Bu taslak, Tandem'in daha yeni bir sürümüyle yazılmıştır ve burada değiştirilemez.
storage-copy-note = Bir kopya burada düzenlenebilir; bu sürümün tanımadığı bilgiler korunur ancak gösterilmez.
storage-keep-copy = Düzenlenebilir bir kopya sakla
storage-read-only-tag = Salt okunur: Tandem'in daha yeni bir sürümüyle yazılmıştır
storage-changed-elsewhere = Bu taslak başka bir sekmede veya pencerede değiştirildi.
storage-changed-newer = Tandem'in daha yeni bir sürümü bu taslağı başka bir sekmede veya pencerede değiştirdi.
storage-changed-unreadable = Bu taslağın kayıtlı sürümü okunamadı: değiştirilmeden bir kenara ayrıldı ve bu sürüm kaydedildi.
storage-load-other-note = Diğer sürümü yüklerseniz, bu sekmede henüz kaydedilmemiş değişiklikler kaybolur.
storage-load-other = Diğer sürümü yükle
storage-keep-mine = Benimkini kopya olarak sakla
# Variables:
#   $count (Number) - how many stored drafts could not be read
storage-unreadable = Okunamayan kayıtlı taslaklar: { $count }. Değiştirilmeden bir kenara ayrıldılar.
# Variables:
#   $file (String) - the name of the file offered for download
storage-download-file = { $file } dosyasını indir
storage-persistent = Bu tarayıcı bu taslakları siz silene kadar saklar.
storage-not-persistent = Bu tarayıcı, yer azaldığında bu taslakları silebilir: bir yedek dışa aktarın.
storage-export-all = Tüm taslakları dışa aktar
# Variables:
#   $kb (Number) - kilobytes the stored drafts take
#   $percent (Number) - that share of the browser's limit, in whole percent
#   $limit (Number) - kilobytes this browser keeps at most for them (its local storage limit)
storage-usage = Kayıtlı taslaklar { $kb } KB yer kaplıyor: bu tarayıcının onlara ayırdığı { $limit } KB alanın %{ $percent } kadarı.
# Variables:
#   $used (Number) - megabytes the browser counts for all of this site's data (it may leave local storage out)
#   $quota (Number) - megabytes the browser allows this site in all
storage-usage-estimate = Tarayıcının bu sitenin tüm verileri için kendi hesabı (taslaklar bu hesaba dahil olmayabilir): izin verilen { $quota } MB alanın { $used } MB kadarı.
# Variables:
#   $percent (Number) - share of the limit used, in whole percent (80 or more)
storage-usage-warning = Taslaklar için ayrılan alan %{ $percent } dolu. Alan dolduğunda değişiklikler artık bu tarayıcıya kaydedilemez. Tüm taslakları bir dosyaya dışa aktarın, ardından artık ihtiyaç duymadığınız taslakları silin; en eskileri aşağıda listelenmiştir.
# Variables:
#   $name (String) - what the drafts list calls the draft
#   $kb (Number) - kilobytes its entry takes
storage-usage-draft = { $name }: { $kb } KB yer kaplıyor
