# Requests received: a request made with Tandem by another authority, opened from its PDF (which
# carries the request as data) or from its draft file, and shown read-only in the language of the
# screen. Nothing is stored when a file is refused.

received-heading = Дархостҳои воридшуда
received-intro = Дархосте, ки мақоми дигар бо Tandem тартиб додааст, дар ин ҷо танҳо барои хондан кушода мешавад ва ҳар як нишона, аломат, кишвар ва сана бо забони ҳамин экран нишон дода мешавад. Файл дар ҳамин браузер мемонад.
received-open = Кушодани дархости воридшуда (PDF-и он ё файли лоиҳа)
received-none = Ҳоло ягон дархост ворид нашудааст.
# Terms of a request received in the list (each followed by its value).
received-from = Мақоми дархосткунанда
received-reference = Рақами бақайдгирӣ
received-date = Санаи воридшавӣ
received-delete = Нест кардан
# Variables:
#   $title (String) - the request's type, e.g. "Request for expedited preservation of stored computer data"
received-deleted = Дархости воридшуда нест карда шуд: { $title }. Барои барқарор кардани он файлашро дубора кушоед.

# Why a file was not opened as a request received. Each ends by saying that nothing was stored.
# Variables:
#   $limit (Number) - the largest size accepted, in kilobytes
received-refused-too-large = Ин файл аз { $limit } кБ калонтар аст, яъне аз ҳар дархосте, ки бо Tandem тартиб дода мешавад, калонтар аст. Ҳеҷ чиз нигоҳ дошта нашуд.
received-refused-not-pdf = Ин файл на PDF аст ва на файли лоиҳаи Tandem. Ҳеҷ чиз нигоҳ дошта нашуд.
received-refused-no-data = Ин PDF дархостро дар шакли маълумот дар бар намегирад: он бо Tandem тартиб дода нашудааст ё пас аз тартиб додан тағйир дода шудааст. Ҳеҷ чиз нигоҳ дошта нашуд.
received-refused-unreadable = Маълумоти дархостро дар ин файл хондан ғайриимкон аст: он вайрон шудааст ё дар формати Tandem нест. Ҳеҷ чиз нигоҳ дошта нашуд.
received-refused-newer = Ин дархост бо версияи навтари Tandem тартиб дода шудааст. Ҳеҷ чиз нигоҳ дошта нашуд.
received-refused-unknown = Ин дархост барои навъи дархостест, ки дар ин версияи Tandem вуҷуд надорад. Ҳеҷ чиз нигоҳ дошта нашуд.
received-refused-locked = Ин файли лоиҳа бо ибораи рамзӣ қулф шудааст. PDF-и дархостро аз мақоми дархосткунанда талаб кунед. Ҳеҷ чиз нигоҳ дошта нашуд.
received-refused-fingerprint = Маълумоти дархост дар ин PDF ба ҷамъи санҷишии дар он чопшуда мувофиқат намекунад: файл пас аз тартиб додан тағйир дода шудааст. Ҳеҷ чиз нигоҳ дошта нашуд. Саҳифаҳои чопшудаи худи PDF-ро хонед ва аз мақоми дархосткунанда нусхаи навро талаб кунед.
# Variables:
#   $reason (String) - the browser's own reason, as it gives it
received-refused-storage = Ин браузер аз нигоҳ доштани дархост даст кашид ({ $reason }). Ҳеҷ чиз нигоҳ дошта нашуд.

# The screen of a request received.
received-banner = Дархости воридшуда — танҳо барои хондан. Онро мақоми дархосткунанда бо Tandem тартиб додааст; ҷавобҳо аз они ӯянд.
# Variables:
#   $date (String) - the date and time the request was opened in this browser, in the local style
received-on = Вақти воридшавӣ ба ин браузер: { $date }.
# Variables:
#   $a (String) - the name of the request's language A, in that language, e.g. "ქართული"
#   $b (String) - the name of the request's language B, in that language, e.g. "English"
received-doc-langs = Забонҳои ҳуҷҷати дархост: { $a } | { $b }. Матни озод чунон нишон дода мешавад, ки мақоми дархосткунанда онро бо забони { $a } навиштааст ва дар паҳлӯяш тарҷумаи худи ӯ ба забони { $b } оварда мешавад.
# Variables:
#   $fingerprint (String) - 16 hexadecimal digits, e.g. 0123456789abcdef
received-fingerprint-checked = Ҷамъи санҷишӣ { $fingerprint }: он ба маълумоти дархост мувофиқат мекунад, чунон ки дар ҳар саҳифаи PDF-и он чоп шудааст.
# Variables:
#   $fingerprint (String) - 16 hexadecimal digits, e.g. 0123456789abcdef
received-fingerprint-draft = Ҷамъи санҷишӣ { $fingerprint }: аз файли лоиҳа ҳисоб карда шудааст, ки дар он ҷамъи санҷишии чопшуда барои муқоиса вуҷуд надорад.
received-copy-heading = Нусха барои шиносоӣ
received-copy-intro = Ин дархостро ҳамчун PDF бо ду забони дилхоҳ содир кунед, масалан, забони худи он дар паҳлӯи забони шумо. Дар ҳар саҳифа қайд карда мешавад, ки ин нусха барои шиносоӣ бо дархости воридшуда аст; он қисми имзо надорад.
received-copy-export = Содир кардани нусха барои шиносоӣ (PDF)

# Answering a request received: each answer is a draft of its own (a reply template), made here.
received-answer-heading = Ҷавоб додан ба ин дархост
received-answer-intro = Ҳар як ҷавоб шакли алоҳидаест, ки бо рақами бақайдгирӣ, сана ва ҷамъи санҷишии ҳамин дархост пур карда мешавад ва ҳамчун PDF-и дузабона бо забони шумо ва забони мақоми дархосткунанда содир мегардад. PDF ҷавобро дар шакли маълумот дар бар мегирад, то Tandem дар ҷониби мақоми дархосткунанда онро ба ҳамин дархост марбут карда сабт кунад.
received-answers-made = Ҷавобҳое, ки ба ин дархост омода шудаанд
