# Requests received: a request made with Tandem by another authority, opened from its PDF (which
# carries the request as data) or from its draft file, and shown read-only in the language of the
# screen. Nothing is stored when a file is refused.

received-heading = Ստացված հարցումներ
received-intro = Այլ մարմնի կողմից Tandem-ով կազմված հարցումն այստեղ բացվում է միայն ընթերցման համար, և յուրաքանչյուր պիտակ, նշում, երկիր ու ամսաթիվ ցուցադրվում է այս էկրանի լեզվով։ Ֆայլը մնում է այս դիտարկիչում։
received-open = Բացել ստացված հարցում (դրա PDF-ը կամ նախագծի ֆայլը)
received-none = Ստացված հարցումներ դեռ չկան։
# Terms of a request received in the list (each followed by its value).
received-from = Հայցող մարմին
received-reference = Ելից համար
received-date = Ստացման ամսաթիվ
received-delete = Ջնջել
# Variables:
#   $title (String) - the request's type, e.g. "Request for expedited preservation of stored computer data"
received-deleted = Ստացված հարցումը ջնջվել է՝ { $title }։ Այն վերականգնելու համար կրկին բացեք դրա ֆայլը։

# Why a file was not opened as a request received. Each ends by saying that nothing was stored.
# Variables:
#   $limit (Number) - the largest size accepted, in kilobytes
received-refused-too-large = Այս ֆայլը գերազանցում է { $limit } ԿԲ-ը՝ ավելի մեծ է, քան Tandem-ով կազմված ցանկացած հարցում։ Ոչինչ չի պահպանվել։
received-refused-not-pdf = Այս ֆայլը ո՛չ PDF է, ո՛չ էլ Tandem-ի նախագծի ֆայլ։ Ոչինչ չի պահպանվել։
received-refused-no-data = Այս PDF-ը հարցումը չի պարունակում տվյալների տեսքով․ այն կազմված չէ Tandem-ով կամ փոփոխվել է կազմվելուց հետո։ Ոչինչ չի պահպանվել։
received-refused-unreadable = Այս ֆայլում հարցման տվյալները հնարավոր չէ կարդալ․ դրանք վնասված են կամ Tandem-ի ձևաչափով չեն։ Ոչինչ չի պահպանվել։
received-refused-newer = Այս հարցումը կազմվել է Tandem-ի ավելի նոր տարբերակով։ Ոչինչ չի պահպանվել։
received-refused-unknown = Այս հարցումը վերաբերում է հարցման այնպիսի տեսակի, որը Tandem-ի այս տարբերակում չկա։ Ոչինչ չի պահպանվել։
received-refused-locked = Նախագծի այս ֆայլը կողպված է գաղտնաբառով։ Հայցող մարմնից խնդրեք հարցման PDF-ը։ Ոչինչ չի պահպանվել։
received-refused-fingerprint = Այս PDF-ում հարցման տվյալները չեն համապատասխանում դրա վրա տպված թվային դրոշմին․ ֆայլը փոփոխվել է կազմվելուց հետո։ Ոչինչ չի պահպանվել։ Կարդացեք հենց PDF-ի տպված էջերը և հայցող մարմնից խնդրեք նոր օրինակ։
# Variables:
#   $reason (String) - the browser's own reason, as it gives it
received-refused-storage = Այս դիտարկիչը հրաժարվեց պահպանել հարցումը ({ $reason })։ Ոչինչ չի պահպանվել։

# The screen of a request received.
received-banner = Ստացված հարցում — միայն ընթերցման համար։ Կազմվել է Tandem-ով հայցող մարմնի կողմից․ պատասխանները նրանն են։
# Variables:
#   $date (String) - the date and time the request was opened in this browser, in the local style
received-on = Այս դիտարկիչում ստացվել է՝ { $date }։
# Variables:
#   $a (String) - the name of the request's language A, in that language, e.g. "ქართული"
#   $b (String) - the name of the request's language B, in that language, e.g. "English"
received-doc-langs = Հարցման փաստաթղթի լեզուները՝ { $a } | { $b }։ Ազատ տեքստը ցուցադրվում է այնպես, ինչպես հայցող մարմինը այն գրել է (լեզուն՝ { $a }), կողքին՝ նրա սեփական թարգմանությունը (լեզուն՝ { $b })։
# Variables:
#   $fingerprint (String) - 16 hexadecimal digits, e.g. 0123456789abcdef
received-fingerprint-checked = Թվային դրոշմ { $fingerprint }․ այն համապատասխանում է հարցման տվյալներին, ինչպես տպված է դրա PDF-ի յուրաքանչյուր էջում։
# Variables:
#   $fingerprint (String) - 16 hexadecimal digits, e.g. 0123456789abcdef
received-fingerprint-draft = Թվային դրոշմ { $fingerprint }․ հաշվարկվել է նախագծի ֆայլից, որում չկա տպված թվային դրոշմ՝ համեմատելու համար։
received-copy-heading = Ընթերցման օրինակ
received-copy-intro = Արտահանեք այս հարցումը PDF-ով ցանկացած երկու լեզվով, օրինակ՝ դրա սեփական լեզուն ձեր լեզվի կողքին։ Յուրաքանչյուր էջում նշվում է, որ դա ստացված հարցման ընթերցման օրինակ է․ այն ստորագրության բաժին չունի։
received-copy-export = Արտահանել ընթերցման օրինակ (PDF)

# Answering a request received: each answer is a draft of its own (a reply template), made here.
received-answer-heading = Պատասխանել այս հարցմանը
received-answer-intro = Յուրաքանչյուր պատասխան առանձին ձև է, որը լրացվում է այս հարցման ելից համարով, ամսաթվով և թվային դրոշմով և արտահանվում է որպես երկլեզու PDF՝ ձեր լեզվով և հայցող մարմնի լեզվով։ PDF-ը պատասխանը պարունակում է նաև տվյալների տեսքով, որպեսզի հայցող կողմում Tandem-ը այն գրանցի այս հարցման տակ։
received-answers-made = Այս հարցման համար պատրաստված պատասխաններ
