# The request log: what became of a request once it was sent (T-CY Recommendation 9: confirmation
# of receipt and notice of action taken). Kept in this browser with the draft; never printed.

tracking-heading = Ուղարկելուց հետո
tracking-intro = Ձեր ստորաբաժանման մատյանն այս հարցման վերաբերյալ՝ երբ է այն ուղարկվել, և ինչ պատասխաններ են ստացվել։ Այն մնում է այս դիտարկիչում նախագծի հետ և երբեք չի տպվում հարցման մեջ։
tracking-status = Կարգավիճակ
tracking-status-draft = Դեռ ուղարկված չէ
tracking-status-sent = Ուղարկված է
tracking-status-receipt-confirmed = Ստացումը հաստատված է
tracking-status-executed = Պահպանումը կատարված է
tracking-status-answered = Գործողություններ են ձեռնարկվել
tracking-status-clarification-asked = Պարզաբանում է պահանջվել
tracking-status-refused = Հնարավոր չէ կատարել
tracking-status-closed = Փակված է

# Recording the request as sent.
tracking-sent-on = Ուղարկման ամսաթիվ
tracking-channel = Ուղարկման եղանակ
tracking-channel-email = Էլեկտրոնային փոստ
tracking-channel-portal = Մարմնի կամ ծառայություններ մատուցողի պորտալ
tracking-channel-post = Փոստ կամ սուրհանդակ
tracking-channel-diplomatic = Դիվանագիտական ուղի
tracking-channel-other = Այլ ուղի
tracking-mark-sent = Գրանցել որպես ուղարկված
# Variables:
#   $date (String) - the date sent, e.g. 2026-11-02
#   $channel (String) - how it was sent, e.g. "E-mail"
tracking-sent = Ուղարկվել է { $date }․ ուղարկման եղանակը՝ { $channel }։
# Variables:
#   $date (String) - the date by which a confirmation of receipt is expected, e.g. 2026-11-12
tracking-due = Ստացման հաստատումն սպասվում է մինչև { $date }։
# Variables:
#   $days (Number) - the days to wait for a confirmation of receipt, as set on the home screen
tracking-overdue = Ուղարկելուց հետո { $days } օրվա ընթացքում ստացման հաստատում չի ստացվել․ հետամուտ եղեք հարցմանը։
tracking-reminder = Հիշեցում օրացույցում (.ics)
# The calendar reminder's title and text.
# Variables:
#   $reference (String) - the request's reference number
tracking-ics-summary = Սպասվում է ստացման հաստատում՝ հարցում { $reference }
# Variables:
#   $reference (String) - the request's reference number
#   $date (String) - the date sent, e.g. 2026-11-02
tracking-ics-description = { $reference } հարցումն ուղարկվել է { $date }, և դրա ստացումը դեռ հաստատված չէ։ Հայցվող մարմնից խնդրեք ստացման հաստատում։
# Variables:
#   $date (String) - the last day the data are kept, e.g. 2027-02-03
tracking-preserved-until = Հայցվող մարմինը հաստատել է պահպանումը մինչև { $date }։

# Answers received.
tracking-answers = Ստացված պատասխաններ
tracking-answers-none = Պատասխան դեռ գրանցված չէ։
# Variables:
#   $kind (String) - the kind of answer, e.g. "Confirmation of receipt of a request"
#   $date (String) - the answer's date, e.g. 2026-11-04
tracking-answer-line = { $kind }՝ { $date }
# Variables:
#   $reference (String) - the answering authority's reference
tracking-answer-their-reference = Նրանց ելից համարը՝ { $reference }
# Variables:
#   $reasons (String) - the reasons given, separated by commas
tracking-answer-reasons-given = Պատճառներ՝ { $reasons }
tracking-answer-from-pdf = Կարդացվել է պատասխանի PDF-ից
tracking-answer-by-hand = Մուտքագրվել է ձեռքով

# Entering an answer by hand (one received on paper, by e-mail or by telephone).
tracking-enter = Ձեռքով մուտքագրել ստացված պատասխան
tracking-answer-kind = Պատասխան
tracking-answer-date = Պատասխանի ամսաթիվ
tracking-answer-reference = Նրանց ելից համարը
tracking-answer-ends-on = Տվյալները պահպանված են մինչև
tracking-answer-reasons = Պատճառներ
tracking-reason-incomplete = Հարցումը թերի է
tracking-reason-wrong-addressee = Սխալ մարմին կամ իրավաբանական անձ
tracking-reason-identification = Բավարար չէ օգտատիրոջը կամ տվյալները նույնականացնելու համար
tracking-reason-not-held = Տվյալները նրանց տրամադրության տակ չեն
tracking-reason-retention-expired = Տվյալներն այլևս չեն պահվում
tracking-reason-legal-obstacle = Իրավական խոչընդոտ
tracking-reason-dual-criminality = Կրկնակի քրեականության պայմանը բավարարված չէ
tracking-reason-other = Այլ պատճառ
tracking-record = Գրանցել պատասխանը
tracking-date-needed = Նշեք ամսաթիվը տարի-ամիս-օր ձևաչափով, օրինակ՝ 2026-11-04։

# Closing and reopening, and the office's offence category for its statistics.
tracking-close = Փակել հարցումը
tracking-reopen = Վերաբացել հարցումը
# Variables:
#   $date (String) - the day the request was closed, e.g. 2026-12-01
tracking-closed = Փակվել է { $date }։
tracking-category = Հանցագործության կատեգորիա՝ ձեր ստորաբաժանման վիճակագրության համար
tracking-category-none = Ընտրված չէ
tracking-category-confidentiality = Համակարգչային տվյալների և համակարգերի գաղտնիության, ամբողջականության և հասանելիության դեմ ուղղված հանցագործություններ
tracking-category-computer-related = Համակարգչի հետ կապված կեղծում կամ խարդախություն
tracking-category-content = Բովանդակության հետ կապված հանցագործություններ
tracking-category-copyright = Հեղինակային իրավունքի և հարակից իրավունքների խախտումներ
tracking-category-other = Այլ հանցագործություններ

# Recording an answer from its PDF (home screen).
tracking-open-answer = Գրանցել ստացված պատասխան (դրա PDF-ը)
# Variables:
#   $kind (String) - the kind of answer, e.g. "Confirmation of receipt of a request"
#   $reference (String) - the request's reference number
tracking-recorded = { $reference } հարցման համար գրանցվել է՝ { $kind }։
# Variables:
#   $reference (String) - the request's reference number
tracking-already = Այս պատասխանն արդեն գրանցված է { $reference } հարցման համար։
# Variables:
#   $reference (String) - the reference of the request the answer names
tracking-no-match = Այս դիտարկիչում ոչ մի հարցում չի համապատասխանում այս պատասխանին (այն նշում է { $reference } հարցումը)։ Նախ ներմուծեք հարցման նախագծի ֆայլը․ կողպված հարցումը պետք է ապակողպել։ Ոչինչ չի պահպանվել։
# Variables:
#   $reference (String) - the reference of the request the answer names
tracking-several = Այս դիտարկիչում մի քանի հարցում ունի { $reference } համարը, և դրանցից ոչ մեկի վրա տպված չէ այն թվային դրոշմը, որը նշված է այս պատասխանում։ Պատասխանը ձեռքով մուտքագրեք ճիշտ հարցման մեջ։ Ոչինչ չի պահպանվել։
tracking-not-answer = Այս PDF-ը հարցում է, այլ ոչ թե հարցման պատասխան․ բացեք այն «Ստացված հարցումներ» բաժնում։ Ոչինչ չի պահպանվել։
tracking-is-answer = Այս PDF-ը հարցման պատասխան է, այլ ոչ թե հարցում․ գրանցեք այն «Գրանցել ստացված պատասխան» կոճակով։ Ոչինչ չի պահպանվել։

# The request log on the home screen: filters, and the days to wait for a confirmation.
tracking-filter-status = Կարգավիճակ
tracking-filter-country = Երկիր
tracking-filter-type = Հարցման տեսակ
tracking-filter-all = Բոլորը
tracking-filter-overdue = Միայն այն հարցումները, որոնց ստացման հաստատումն ուշանում է
tracking-confirm-days = Ստացման հաստատման սպասման օրերի քանակը
tracking-overdue-flag = Հաստատումն ուշանում է
# Variables:
#   $shown (Number) - drafts shown
#   $total (Number) - drafts stored
tracking-filtered = Ցուցադրված է { $shown }-ը { $total }-ից
