# Requests received: a request made with Tandem by another authority, opened from its PDF (which
# carries the request as data) or from its draft file, and shown read-only in the language of the
# screen. Nothing is stored when a file is refused.

received-heading = Примљени захтеви
received-intro = Захтев који је други орган саставио помоћу апликације Tandem отвара се овде само за читање, са сваким натписом, ознаком, државом и датумом на језику овог екрана. Датотека остаје у овом прегледачу.
received-open = Отвори примљени захтев (његов PDF или датотеку нацрта)
received-none = Још нема примљених захтева.
# Terms of a request received in the list (each followed by its value).
received-from = Орган молилац
received-reference = Број предмета
received-date = Примљено
received-delete = Избриши
# Variables:
#   $title (String) - the request's type, e.g. "Request for expedited preservation of stored computer data"
received-deleted = Примљени захтев је избрисан: { $title }. Да бисте га вратили, поново отворите његову датотеку.

# Why a file was not opened as a request received. Each ends by saying that nothing was stored.
# Variables:
#   $limit (Number) - the largest size accepted, in kilobytes
received-refused-too-large = Ова датотека је већа од { $limit } КБ, више од било ког захтева састављеног помоћу апликације Tandem. Ништа није сачувано.
received-refused-not-pdf = Ова датотека није ни PDF ни датотека нацрта апликације Tandem. Ништа није сачувано.
received-refused-no-data = Овај PDF не садржи захтев у облику података: није састављен помоћу апликације Tandem или је измењен након што је састављен. Ништа није сачувано.
received-refused-unreadable = Подаци захтева у овој датотеци не могу да се прочитају: оштећени су или нису у формату апликације Tandem. Ништа није сачувано.
received-refused-newer = Овај захтев је састављен новијом верзијом апликације Tandem. Ништа није сачувано.
received-refused-unknown = Овај захтев се односи на врсту захтева коју ова верзија апликације Tandem нема. Ништа није сачувано.
received-refused-locked = Ова датотека нацрта је закључана приступном фразом. Затражите PDF захтева од органа молиоца. Ништа није сачувано.
received-refused-fingerprint = Подаци захтева у овом PDF-у не одговарају отиску одштампаном на њему: датотека је измењена након што је састављена. Ништа није сачувано. Читајте одштампане странице самог PDF-а и затражите нови примерак од органа молиоца.
# Variables:
#   $reason (String) - the browser's own reason, as it gives it
received-refused-storage = Овај прегледач је одбио да сачува захтев ({ $reason }). Ништа није сачувано.

# The screen of a request received.
received-banner = Примљени захтев — само за читање. Саставио га је орган молилац помоћу апликације Tandem; одговори су његови.
# Variables:
#   $date (String) - the date and time the request was opened in this browser, in the local style
received-on = Примљено у овом прегледачу { $date }.
# Variables:
#   $a (String) - the name of the request's language A, in that language, e.g. "ქართული"
#   $b (String) - the name of the request's language B, in that language, e.g. "English"
received-doc-langs = Језици документа захтева: { $a } | { $b }. Слободан текст приказан је онако како га је орган молилац написао на језику { $a }, а поред њега је његов сопствени превод на језик { $b }.
# Variables:
#   $fingerprint (String) - 16 hexadecimal digits, e.g. 0123456789abcdef
received-fingerprint-checked = Отисак { $fingerprint }: одговара подацима захтева, онако како је одштампан на свакој страници његовог PDF-а.
# Variables:
#   $fingerprint (String) - 16 hexadecimal digits, e.g. 0123456789abcdef
received-fingerprint-draft = Отисак { $fingerprint }: израчунат из датотеке нацрта, која нема одштампан отисак са којим би се упоредио.
received-copy-heading = Примерак за увид
received-copy-intro = Извезите овај захтев као PDF на било која два језика, на пример на његовом језику поред вашег. Свака страница је означена као примерак за увид примљеног захтева; нема поље за потпис.
received-copy-export = Извези примерак за увид (PDF)

# Answering a request received: each answer is a draft of its own (a reply template), made here.
received-answer-heading = Одговорите на овај захтев
received-answer-intro = Сваки одговор је посебан образац, попуњен бројем, датумом и отиском овог захтева, који се извози као двојезични PDF на вашем језику и на језику органа молиоца. PDF садржи одговор и у облику података, тако да га Tandem код органа молиоца евидентира уз овај захтев.
received-answers-made = Одговори припремљени за овај захтев
