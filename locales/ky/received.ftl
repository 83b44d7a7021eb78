# Requests received: a request made with Tandem by another authority, opened from its PDF (which
# carries the request as data) or from its draft file, and shown read-only in the language of the
# screen. Nothing is stored when a file is refused.

received-heading = Келип түшкөн суроо-талаптар
received-intro = Башка орган Tandem программасында түзгөн суроо-талап бул жерде окуу үчүн гана ачылат, ар бир белги, белгилөө, өлкө жана дата ушул экрандын тилинде көрсөтүлөт. Файл ушул браузерде калат.
received-open = Келип түшкөн суроо-талапты ачуу (анын PDF документи же долбоор файлы)
received-none = Азырынча келип түшкөн суроо-талап жок.
# Terms of a request received in the list (each followed by its value).
received-from = Суроо-талап жөнөтүүчү орган
received-reference = Чыгыш номери
received-date = Келип түшкөн күнү
received-delete = Өчүрүү
# Variables:
#   $title (String) - the request's type, e.g. "Request for expedited preservation of stored computer data"
received-deleted = Келип түшкөн суроо-талап өчүрүлдү: { $title }. Аны кайтаруу үчүн анын файлын кайра ачыңыз.

# Why a file was not opened as a request received. Each ends by saying that nothing was stored.
# Variables:
#   $limit (Number) - the largest size accepted, in kilobytes
received-refused-too-large = Бул файлдын көлөмү { $limit } килобайттан ашат, бул Tandem программасында түзүлгөн бардык суроо-талаптардан чоң. Эч нерсе сакталган жок.
received-refused-not-pdf = Бул файл PDF документи да, Tandem долбоор файлы да эмес. Эч нерсе сакталган жок.
received-refused-no-data = Бул PDF документинде суроо-талап маалымат түрүндө жок: ал Tandem программасында түзүлгөн эмес же түзүлгөндөн кийин өзгөртүлгөн. Эч нерсе сакталган жок.
received-refused-unreadable = Бул файлдагы суроо-талаптын маалыматтарын окуу мүмкүн эмес: алар бузулган же Tandem форматында эмес. Эч нерсе сакталган жок.
received-refused-newer = Бул суроо-талап Tandem программасынын жаңыраак версиясында түзүлгөн. Эч нерсе сакталган жок.
received-refused-unknown = Бул суроо-талап Tandem программасынын бул версиясында жок суроо-талап түрүнө арналган. Эч нерсе сакталган жок.
received-refused-locked = Бул долбоор файлы сырсөз фразасы менен кулпуланган. Суроо-талаптын PDF документин суроо-талап жөнөтүүчү органдан сураңыз. Эч нерсе сакталган жок.
received-refused-fingerprint = Бул PDF документиндеги суроо-талаптын маалыматтары андагы басылган текшерүү суммасына дал келбейт: файл түзүлгөндөн кийин өзгөртүлгөн. Эч нерсе сакталган жок. PDF документинин өзүнүн басылган барактарын окуңуз жана суроо-талап жөнөтүүчү органдан жаңы нускасын сураңыз.
# Variables:
#   $reason (String) - the browser's own reason, as it gives it
received-refused-storage = Бул браузер суроо-талапты сактоодон баш тартты ({ $reason }). Эч нерсе сакталган жок.

# The screen of a request received.
received-banner = Келип түшкөн суроо-талап — окуу үчүн гана. Аны Tandem программасында суроо-талап жөнөтүүчү орган түзгөн; жооптор ага таандык.
# Variables:
#   $date (String) - the date and time the request was opened in this browser, in the local style
received-on = Ушул браузерге келип түшкөн убактысы: { $date }.
# Variables:
#   $a (String) - the name of the request's language A, in that language, e.g. "ქართული"
#   $b (String) - the name of the request's language B, in that language, e.g. "English"
received-doc-langs = Суроо-талаптын документинин тилдери: { $a } | { $b }. Эркин текст суроо-талап жөнөтүүчү органдын { $a } тилинде жазгандай көрсөтүлөт, жанында анын өзүнүн { $b } тилине котормосу берилет.
# Variables:
#   $fingerprint (String) - 16 hexadecimal digits, e.g. 0123456789abcdef
received-fingerprint-checked = Текшерүү суммасы { $fingerprint }: ал суроо-талаптын маалыматтарына дал келет, анын PDF документинин ар бир барагында басылгандай.
# Variables:
#   $fingerprint (String) - 16 hexadecimal digits, e.g. 0123456789abcdef
received-fingerprint-draft = Текшерүү суммасы { $fingerprint }: долбоор файлынан эсептелген, анда салыштыра турган басылган текшерүү суммасы жок.
received-copy-heading = Таанышуу үчүн көчүрмө
received-copy-intro = Бул суроо-талапты каалаган эки тилде PDF катары экспорттоңуз, мисалы, анын өз тилин сиздин тилиңиздин жанында. Ар бир баракта анын келип түшкөн суроо-талаптын таанышуу үчүн көчүрмөсү экени белгиленет; анда кол тамга бөлүгү жок.
received-copy-export = Таанышуу үчүн көчүрмөнү экспорттоо (PDF)

# Answering a request received: each answer is a draft of its own (a reply template), made here.
received-answer-heading = Бул суроо-талапка жооп берүү
received-answer-intro = Ар бир жооп — бул суроо-талаптын чыгыш номери, күнү жана текшерүү суммасы толтурулган өзүнчө форма; ал сиздин тилиңизде жана суроо-талап жөнөтүүчү органдын тилинде эки тилдүү PDF катары экспорттолот. PDF жоопту маалымат түрүндө камтыйт, ошондуктан суроо-талап жөнөтүүчү органдагы Tandem аны ушул суроо-талапка карата каттайт.
received-answers-made = Бул суроо-талапка даярдалган жооптор
