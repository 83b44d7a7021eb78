# Stored drafts: storage refused or unreadable, newer versions' drafts, two tabs, persistence, backup, how full storage is.

storage-unavailable = Бұл браузер Tandem бағдарламасына жобаларды сақтауға рұқсат бермейді. Жұмысыңыз тек осы бетте қалады: бетті жаппас бұрын жобаны жүктеп алыңыз.
storage-read-only = Бұл жоба Tandem бағдарламасының жаңарақ нұсқасында жазылған, оны мұнда өзгерту мүмкін емес.
storage-copy-note = Мұнда оның көшірмесін өңдеуге болады; осы нұсқаға белгісіз мәліметтер сақталады, бірақ көрсетілмейді.
storage-keep-copy = Өңделетін көшірмесін сақтау
storage-read-only-tag = Тек оқуға арналған: Tandem бағдарламасының жаңарақ нұсқасында жазылған
storage-changed-elsewhere = Бұл жоба басқа қойындыда немесе терезеде өзгертілді.
storage-changed-newer = Tandem бағдарламасының жаңарақ нұсқасы бұл жобаны басқа қойындыда немесе терезеде өзгертті.
storage-changed-unreadable = Бұл жобаның сақталған нұсқасын оқу мүмкін болмады: ол өзгеріссіз бөлек қойылды, ал осы нұсқа сақталды.
storage-load-other-note = Басқа нұсқаны жүктесеңіз, осы қойындыда әлі сақталмаған өзгерістер жоғалады.
storage-load-other = Басқа нұсқаны жүктеу
storage-keep-mine = Менің нұсқамды көшірме ретінде сақтау
# Variables:
#   $count (Number) - how many stored drafts could not be read
storage-unreadable = Оқу мүмкін болмаған сақталған жобалар: { $count }. Олар өзгеріссіз бөлек қойылды.
# Variables:
#   $file (String) - the name of the file offered for download
storage-download-file = Жүктеп алу: { $file }
storage-persistent = Бұл браузер осы жобаларды сіз оларды жойғанша сақтайды.
storage-not-persistent = Орын жетіспегенде бұл браузер осы жобаларды жоюы мүмкін: сақтық көшірмені экспорттаңыз.
storage-export-all = Барлық жобаларды экспорттау
# Variables:
#   $kb (Number) - kilobytes the stored drafts take
#   $percent (Number) - that share of the browser's limit, in whole percent
#   $limit (Number) - kilobytes this browser keeps at most for them (its local storage limit)
storage-usage = Сақталған жобалардың көлемі { $kb } кБ: бұл браузер оларға бөлетін { $limit } кБ-тың { $percent } %.
# Variables:
#   $used (Number) - megabytes the browser counts for all of this site's data (it may leave local storage out)
#   $quota (Number) - megabytes the browser allows this site in all
storage-usage-estimate = Браузердің осы сайттың барлық деректері бойынша өз көрсеткіші (жобалар оған кірмеуі мүмкін): рұқсат етілген { $quota } МБ-тың { $used } МБ.
# Variables:
#   $percent (Number) - share of the limit used, in whole percent (80 or more)
storage-usage-warning = Жобаларға арналған жад { $percent } % толы. Ол толғаннан кейін өзгерістерді осы браузерде сақтау мүмкін болмайды. Барлық жобаларды файлға экспорттаңыз, содан кейін енді қажет емес жобаларды жойыңыз; ең ескілері төменде көрсетілген.
# Variables:
#   $name (String) - what the drafts list calls the draft
#   $kb (Number) - kilobytes its entry takes
storage-usage-draft = { $name }: жадта { $kb } кБ
