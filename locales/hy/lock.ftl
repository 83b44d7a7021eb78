# Drafts locked with a passphrase (encrypted in this browser).

lock-empty-passphrase = Մուտքագրեք գաղտնաբառ։
lock-wrong-passphrase = Գաղտնաբառը սխալ է, կամ գաղտնագրված նախագիծը փոփոխվել է։ Ոչինչ չի փոխվել։
lock-damaged = Այս գաղտնագրված նախագիծը վնասված է և չի կարող բացվել։
lock-newer-format = Այս նախագիծը գաղտնագրվել է Tandem-ի ավելի նոր տարբերակով։
lock-no-random = Այս դիտարկիչը չի կարող ստեղծել անվտանգ պատահական թվեր. նախագիծը հնարավոր չէ գաղտնագրել։
lock-unavailable = Այս դիտարկիչում գաղտնագրումը հնարավոր չեղավ գործարկել։
lock-action = Կողպել գաղտնաբառով…
lock-passphrase = Գաղտնաբառ
lock-repeat = Կրկնեք գաղտնաբառը
lock-no-recovery = Եթե գաղտնաբառը մոռացվի, ոչ ոք չի կարողանա վերականգնել այս նախագիծը։
lock-mismatch = Երկու գաղտնաբառերը չեն համընկնում։
lock-submit = Կողպել նախագիծը
lock-locking = Կողպվում է…
lock-locked = Այս նախագիծը կողպված է․ այն այս դիտարկիչում գրանցված է գաղտնագրված տեսքով։
lock-remove = Հանել կողպումը
lock-remove-confirm = Հանե՞լ կողպումը։ Այնուհետև նախագիծը այս դիտարկիչում կգրանցվի առանց գաղտնագրման։
# Variables:
#   $revision (Number) - how many times the locked draft was saved
lock-listed = Կողպված նախագիծ (խմբագրություն { $revision })
lock-open = Բացել
lock-opening = Բացվում է…
# A label for a locked draft, stored unencrypted so the list of drafts can tell locked drafts apart.
lock-label = Պիտակ նախագծերի ցանկում (չգաղտնագրված, ոչ պարտադիր)
lock-label-warning = Պիտակը պահվում է առանց գաղտնագրման՝ կողպված նախագծի կողքին. այն կարող է կարդալ յուրաքանչյուր ոք, ով օգտվում է այս դիտարկիչից կամ ունի արտահանված պատճեն։ Մի՛ գրեք դրանում անուններ, գործի մանրամասներ կամ որևէ գաղտնի տեղեկություն։
lock-label-save = Պահպանել պիտակը
lock-label-saved = Պիտակը պահպանված է։
# A locked draft in the list of drafts, when it has a label.
# Variables:
#   $label (String) - the label the user gave the locked draft
#   $revision (Number) - how many times the locked draft was saved
lock-listed-label = { $label } (կողպված նախագիծ, խմբագրություն { $revision })
