# Drafts locked with a passphrase (encrypted in this browser).

lock-empty-passphrase = Մուտքագրեք գաղտնաբառ։
lock-wrong-passphrase = Գաղտնաբառը սխալ է, կամ գաղտնագրված նախագիծը փոփոխվել է։ Ոչինչ չի փոխվել։
lock-damaged = Այս գաղտնագրված նախագիծը վնասված է և չի կարող բացվել։
lock-newer-format = Այս նախագիծը գաղտնագրվել է Tandem-ի ավելի նոր տարբերակով։
lock-no-random = Այս դիտարկիչը չի կարող ստեղծել անվտանգ պատահական թվեր. նախագիծը հնարավոր չէ գաղտնագրել։
