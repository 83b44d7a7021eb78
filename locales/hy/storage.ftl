# Stored drafts: storage refused or unreadable, newer versions' drafts, two tabs, persistence, backup, how full storage is.

storage-unavailable = Այս դիտարկիչը Tandem-ին թույլ չի տալիս պահպանել նախագծերը։ Ձեր աշխատանքը մնում է միայն այս էջում․ ներբեռնեք նախագիծը՝ նախքան էջը փակելը։
storage-read-only = Այս նախագիծը կազմվել է Tandem-ի ավելի նոր տարբերակով և այստեղ չի կարող փոփոխվել։
storage-copy-note = Պատճենը կարելի է խմբագրել այստեղ․ այս տարբերակին անհայտ տվյալները պահպանվում են, բայց չեն ցուցադրվում։
storage-keep-copy = Պահել խմբագրելի պատճեն
storage-read-only-tag = Միայն ընթերցման համար․ կազմվել է Tandem-ի ավելի նոր տարբերակով
storage-changed-elsewhere = Այս նախագիծը փոփոխվել է այլ ներդիրում կամ պատուհանում։
storage-changed-newer = Tandem-ի ավելի նոր տարբերակը փոփոխել է այս նախագիծը այլ ներդիրում կամ պատուհանում։
storage-changed-unreadable = Այս նախագծի պահված տարբերակը հնարավոր չեղավ կարդալ․ այն առանձնացվել է անփոփոխ, իսկ այս տարբերակը պահվել է։
storage-load-other-note = Եթե բեռնեք մյուս տարբերակը, այս ներդիրում դեռ չպահված փոփոխությունները կկորչեն։
storage-load-other = Բեռնել մյուս տարբերակը
storage-keep-mine = Պահել իմը որպես պատճեն
# Variables:
#   $count (Number) - how many stored drafts could not be read
storage-unreadable = Պահված նախագծեր, որոնք հնարավոր չեղավ կարդալ՝ { $count }։ Դրանք առանձնացվել են անփոփոխ։
# Variables:
#   $file (String) - the name of the file offered for download
storage-download-file = Ներբեռնել { $file }
storage-persistent = Այս դիտարկիչը պահում է այս նախագծերը, մինչև դուք դրանք ջնջեք։
storage-not-persistent = Այս դիտարկիչը կարող է ջնջել այս նախագծերը, երբ տեղը սպառվի․ արտահանեք պահուստային պատճեն։
storage-export-all = Արտահանել բոլոր նախագծերը
# Variables:
#   $kb (Number) - kilobytes the stored drafts take
#   $percent (Number) - that share of the browser's limit, in whole percent
#   $limit (Number) - kilobytes this browser keeps at most for them (its local storage limit)
storage-usage = Պահված նախագծերը զբաղեցնում են { $kb } ԿԲ, այսինքն՝ այն { $limit } ԿԲ-ի { $percent } %-ը, որը այս դիտարկիչը հատկացնում է դրանց։
# Variables:
#   $used (Number) - megabytes the browser counts for all of this site's data (it may leave local storage out)
#   $quota (Number) - megabytes the browser allows this site in all
storage-usage-estimate = Դիտարկիչի սեփական հաշվարկը այս կայքի բոլոր տվյալների համար, որում նախագծերը կարող են ներառված չլինել՝ { $used } ՄԲ՝ թույլատրելի { $quota } ՄԲ-ից։
# Variables:
#   $percent (Number) - share of the limit used, in whole percent (80 or more)
storage-usage-warning = Նախագծերի համար նախատեսված տեղը լցված է { $percent } %-ով։ Երբ այն լցվի, փոփոխություններն այլևս հնարավոր չի լինի պահել այս դիտարկիչում։ Արտահանեք բոլոր նախագծերը ֆայլի մեջ, ապա ջնջեք այն նախագծերը, որոնք այլևս պետք չեն․ ամենահները նշված են ստորև։
# Variables:
#   $name (String) - what the drafts list calls the draft
#   $kb (Number) - kilobytes its entry takes
storage-usage-draft = { $name }՝ զբաղեցնում է { $kb } ԿԲ
