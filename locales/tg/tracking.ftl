# The request log: what became of a request once it was sent (T-CY Recommendation 9: confirmation
# of receipt and notice of action taken). Kept in this browser with the draft; never printed.

tracking-heading = Пас аз фиристодан
tracking-intro = Феҳристи идораи шумо оид ба ин дархост: кай фиристода шуд ва кадом ҷавобҳо гирифта шуданд. Феҳрист дар ҳамин браузер бо лоиҳа мемонад ва ҳеҷ гоҳ дар дархост чоп намешавад.
tracking-status = Ҳолат
tracking-status-draft = Ҳанӯз фиристода нашудааст
tracking-status-sent = Фиристода шуд
tracking-status-receipt-confirmed = Гирифтан тасдиқ шуд
tracking-status-executed = Ҳифз иҷро шуд
tracking-status-answered = Чораҳо андешида шуданд
tracking-status-clarification-asked = Тавзеҳот талаб шуд
tracking-status-refused = Иҷро ғайриимкон аст
tracking-status-closed = Баста шуд

# Recording the request as sent.
tracking-sent-on = Санаи фиристодан
tracking-channel = Тарзи фиристодан
tracking-channel-email = Почтаи электронӣ
tracking-channel-portal = Портали мақом ё хизматрасон
tracking-channel-post = Почта ё курйер
tracking-channel-diplomatic = Роҳи дипломатӣ
tracking-channel-other = Роҳи дигар
tracking-mark-sent = Ҳамчун фиристодашуда қайд кардан
# Variables:
#   $date (String) - the date sent, e.g. 2026-11-02
#   $channel (String) - how it was sent, e.g. "E-mail"
tracking-sent = { $date } фиристода шуд; тарзи фиристодан: { $channel }.
# Variables:
#   $date (String) - the date by which a confirmation of receipt is expected, e.g. 2026-11-12
tracking-due = Тасдиқи гирифтан то { $date } интизор меравад.
# Variables:
#   $days (Number) - the days to wait for a confirmation of receipt, as set on the home screen
tracking-overdue = Дар давоми { $days } рӯз пас аз фиристодан тасдиқи гирифтан нарасид: дархостро пайгирӣ кунед.
tracking-reminder = Ёдраскунӣ дар тақвим (.ics)
# The calendar reminder's title and text.
# Variables:
#   $reference (String) - the request's reference number
tracking-ics-summary = Мӯҳлати тасдиқи гирифтан: дархости { $reference }
# Variables:
#   $reference (String) - the request's reference number
#   $date (String) - the date sent, e.g. 2026-11-02
tracking-ics-description = Дархости { $reference } { $date } фиристода шуд ва гирифтани он ҳанӯз тасдиқ нашудааст. Аз мақоми дархостшаванда тасдиқи гирифтанро талаб кунед.
# Variables:
#   $date (String) - the last day the data are kept, e.g. 2027-02-03
tracking-preserved-until = Мақоми дархостшаванда ҳифзро то { $date } тасдиқ кард.

# Answers received.
tracking-answers = Ҷавобҳои гирифташуда
tracking-answers-none = Ҳанӯз ягон ҷавоб сабт нашудааст.
# Variables:
#   $kind (String) - the kind of answer, e.g. "Confirmation of receipt of a request"
#   $date (String) - the answer's date, e.g. 2026-11-04
tracking-answer-line = { $kind } аз { $date }
# Variables:
#   $reference (String) - the answering authority's reference
tracking-answer-their-reference = Рақами мақоми ҷавобдиҳанда: { $reference }
# Variables:
#   $reasons (String) - the reasons given, separated by commas
tracking-answer-reasons-given = Сабабҳо: { $reasons }
tracking-answer-from-pdf = Аз PDF-и ҷавоб хонда шуд
tracking-answer-by-hand = Дастӣ ворид карда шуд

# Entering an answer by hand (one received on paper, by e-mail or by telephone).
tracking-enter = Дастӣ ворид кардани ҷавоби гирифташуда
tracking-answer-kind = Навъи ҷавоб
tracking-answer-date = Санаи ҷавоб
tracking-answer-reference = Рақами мақоми ҷавобдиҳанда
tracking-answer-ends-on = Маълумот то ин сана ҳифз карда мешавад
tracking-answer-reasons = Сабабҳо
tracking-reason-incomplete = Дархост нопурра аст
tracking-reason-wrong-addressee = Мақом ё шахси ҳуқуқии нодуруст
tracking-reason-identification = Барои муайян кардани корбар ё маълумот кофӣ нест
tracking-reason-not-held = Маълумот мавҷуд нест
tracking-reason-retention-expired = Маълумот дигар нигоҳ дошта намешавад
tracking-reason-legal-obstacle = Монеаи ҳуқуқӣ
tracking-reason-dual-criminality = Шарти ҷинояткории дугона риоя нашудааст
tracking-reason-other = Сабаби дигар
tracking-record = Сабт кардани ҷавоб
tracking-date-needed = Санаро дар шакли сол-моҳ-рӯз нишон диҳед, масалан 2026-11-04.

# Closing and reopening, and the office's offence category for its statistics.
tracking-close = Бастани дархост
tracking-reopen = Аз нав кушодани дархост
# Variables:
#   $date (String) - the day the request was closed, e.g. 2026-12-01
tracking-closed = { $date } баста шуд.
tracking-category = Категорияи ҷиноят барои омори идораи шумо
tracking-category-none = Интихоб нашудааст
tracking-category-confidentiality = Ҷиноятҳо бар зидди махфият, тамомият ва дастрасии маълумоти компютерӣ ва системаҳои компютерӣ
tracking-category-computer-related = Қалбакӣ ё қаллобӣ бо истифодаи компютер
tracking-category-content = Ҷиноятҳои марбут ба мундариҷа
tracking-category-copyright = Ҷиноятҳои марбут ба вайрон кардани ҳуқуқи муаллиф ва ҳуқуқҳои вобаста
tracking-category-other = Ҷиноятҳои дигар

# Recording an answer from its PDF (home screen).
tracking-open-answer = Сабт кардани ҷавоби гирифташуда (PDF-и он)
# Variables:
#   $kind (String) - the kind of answer, e.g. "Confirmation of receipt of a request"
#   $reference (String) - the request's reference number
tracking-recorded = { $kind } барои дархости { $reference } сабт шуд.
# Variables:
#   $reference (String) - the request's reference number
tracking-already = Ин ҷавоб барои дархости { $reference } аллакай сабт шудааст.
# Variables:
#   $reference (String) - the reference of the request the answer names
tracking-no-match = Ягон дархост дар ин браузер ба ин ҷавоб мувофиқат намекунад (дар он дархости { $reference } номбар шудааст). Аввал файли лоиҳаи дархостро ворид кунед; дархости қулфшударо бояд аз қулф кушоед. Ҳеҷ чиз нигоҳ дошта нашуд.
# Variables:
#   $reference (String) - the reference of the request the answer names
tracking-several = Дар ин браузер якчанд дархост рақами { $reference } доранд ва дар ҳеҷ кадоми онҳо ҷамъи санҷишие, ки ин ҷавоб номбар мекунад, чоп нашудааст. Ҷавобро дар дархости дуруст дастӣ ворид кунед. Ҳеҷ чиз нигоҳ дошта нашуд.
tracking-not-answer = Ин PDF дархост аст, на ҷавоб ба он: онро дар қисми «Дархостҳои воридшуда» кушоед. Ҳеҷ чиз нигоҳ дошта нашуд.
tracking-is-answer = Ин PDF ҷавоб ба дархост аст, на дархост: онро бо тугмаи «Сабт кардани ҷавоби гирифташуда» сабт кунед. Ҳеҷ чиз нигоҳ дошта нашуд.

# The request log on the home screen: filters, and the days to wait for a confirmation.
tracking-filter-status = Ҳолат
tracking-filter-country = Давлат
tracking-filter-type = Навъи дархост
tracking-filter-all = Ҳама
tracking-filter-overdue = Танҳо дархостҳое, ки мӯҳлати тасдиқи гирифтанашон гузаштааст
tracking-confirm-days = Мӯҳлати интизори тасдиқи гирифтан (рӯз)
tracking-overdue-flag = Мӯҳлати тасдиқ гузаштааст
# Variables:
#   $shown (Number) - drafts shown
#   $total (Number) - drafts stored
tracking-filtered = { $shown } аз { $total } нишон дода шудааст
