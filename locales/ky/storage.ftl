# Stored drafts: storage refused or unreadable, newer versions' drafts, two tabs, persistence, backup, how full storage is.

storage-unavailable = Бул браузер Tandem программасына долбоорлорду сактоого уруксат бербейт. Ишиңиз ушул баракта гана калат: баракты жабардан мурда долбоорду жүктөп алыңыз.
storage-read-only = Бул долбоор Tandem программасынын жаңыраак версиясында жазылган, аны бул жерде өзгөртүү мүмкүн эмес.
storage-copy-note = Бул жерде анын көчүрмөсүн түзөтүүгө болот; ушул версияга белгисиз маалыматтар сакталат, бирок көрсөтүлбөйт.
storage-keep-copy = Түзөтүлүүчү көчүрмөсүн сактоо
storage-read-only-tag = Окуу үчүн гана: Tandem программасынын жаңыраак версиясында жазылган
storage-changed-elsewhere = Бул долбоор башка өтмөктө же терезеде өзгөртүлдү.
storage-changed-newer = Tandem программасынын жаңыраак версиясы бул долбоорду башка өтмөктө же терезеде өзгөрттү.
storage-changed-unreadable = Бул долбоордун сакталган версиясын окуу мүмкүн болгон жок: ал өзгөрүүсүз өзүнчө коюлду, ал эми ушул версия сакталды.
storage-load-other-note = Башка версияны жүктөсөңүз, ушул өтмөктө азырынча сактала элек өзгөртүүлөр жоголот.
storage-load-other = Башка версияны жүктөө
storage-keep-mine = Меникин көчүрмө катары сактоо
# Variables:
#   $count (Number) - how many stored drafts could not be read
storage-unreadable = Окуу мүмкүн болбогон сакталган долбоорлор: { $count }. Алар өзгөрүүсүз өзүнчө коюлду.
# Variables:
#   $file (String) - the name of the file offered for download
storage-download-file = Жүктөп алуу: { $file }
storage-persistent = Бул браузер бул долбоорлорду сиз өчүргөнгө чейин сактайт.
storage-not-persistent = Орун жетишпей калганда бул браузер бул долбоорлорду өчүрүп салышы мүмкүн: камдык көчүрмөнү экспорттоңуз.
storage-export-all = Бардык долбоорлорду экспорттоо
# Variables:
#   $kb (Number) - kilobytes the stored drafts take
#   $percent (Number) - that share of the browser's limit, in whole percent
#   $limit (Number) - kilobytes this browser keeps at most for them (its local storage limit)
storage-usage = Сакталган долбоорлордун көлөмү { $kb } кБ: бул браузер аларга бөлгөн { $limit } кБ көлөмүнүн { $percent } %.
# Variables:
#   $used (Number) - megabytes the browser counts for all of this site's data (it may leave local storage out)
#   $quota (Number) - megabytes the browser allows this site in all
storage-usage-estimate = Браузердин ушул сайттын бардык маалыматтары боюнча өз көрсөткүчү (долбоорлор ага кирбеши мүмкүн): уруксат берилген { $quota } МБ көлөмүнүн { $used } МБ.
# Variables:
#   $percent (Number) - share of the limit used, in whole percent (80 or more)
storage-usage-warning = Долбоорлор үчүн сактагыч { $percent } % толду. Ал толгондон кийин өзгөртүүлөрдү ушул браузерде сактоо мүмкүн болбой калат. Бардык долбоорлорду файлга экспорттоп, андан кийин керек болбой калган долбоорлорду өчүрүңүз; эң эскилери төмөндө көрсөтүлгөн.
# Variables:
#   $name (String) - what the drafts list calls the draft
#   $kb (Number) - kilobytes its entry takes
storage-usage-draft = { $name }: сактагычта { $kb } кБ
