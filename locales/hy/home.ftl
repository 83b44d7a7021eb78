# Home screen (request types, drafts kept in this browser), autosave and the PDF preview.

home-all-requests = Բոլոր հարցումները
home-start = Սկսել նոր հարցում
home-use-art29-preservation = Սկսեք այստեղից՝ ապահովեք տվյալների անհապաղ պահպանումը, նախքան դրանք կարող են ջնջվել։
home-use-art31-subscriber = Բաժանորդի մասին տեղեկություններ ստանալու համար՝ փոխադարձ իրավական օգնության կարգով, պահպանումից հետո։
home-use-art31-traffic = Երթևեկության տվյալներ ստանալու համար՝ փոխադարձ իրավական օգնության կարգով, պահպանումից հետո։
home-use-art31-content = Բովանդակության տվյալներ ստանալու համար՝ փոխադարձ իրավական օգնության կարգով, պահպանումից հետո։
home-use-emergency-disclosure = Միայն անձի կյանքին կամ անվտանգությանը սպառնացող անմիջական վտանգի դեպքում։
home-use-provider-preservation = Երբ ծառայություններ մատուցողն անմիջականորեն ընդունում է օտարերկրյա մարմինների հարցումները՝ ապահովեք տվյալների անհապաղ պահպանումը։
home-use-provider-disclosure = Ծառայություններ մատուցողից անմիջականորեն այնպիսի տվյալներ պահանջելու համար, որոնք բովանդակության տվյալներ չեն, պահպանումից հետո։
home-drafts = Նախագծերն այս դիտարկիչում
home-no-drafts = Նախագծեր դեռ չկան։
home-untitled = Նախագիծ՝ առանց ելից համարի
home-country = Հայցվող պետություն
home-edited = Վերջին փոփոխությունը
home-duplicate = Ստեղծել պատճեն
home-rename = Վերանվանել
home-name = Նախագծի անվանումը
home-save-name = Պահպանել անվանումը
home-cancel = Չեղարկել
home-delete = Ջնջել
home-export = Արտահանել ֆայլի մեջ
home-import = Ներմուծել նախագծի ֆայլ
# Variables:
#   $name (String) - the draft's name or reference number
home-deleted = Նախագիծը ջնջված է՝ { $name }։
home-undo = Վերականգնել
# Variables:
#   $name (String) - the draft's name or reference number
home-imported = Նախագիծը ներմուծված է՝ { $name }։
# Variables:
#   $name (String) - the draft's name or reference number
home-imported-copy = Այս նախագիծն արդեն կար այստեղ, ուստի այն ներմուծվել է որպես պատճեն՝ { $name }։
home-import-malformed = Այս ֆայլը Tandem-ի նախագիծ չէ։ Ոչինչ չի փոխվել։
home-import-too-large = Այս ֆայլը չափազանց մեծ է Tandem-ի նախագծի համար։ Ոչինչ չի փոխվել։
home-import-newer = Այս նախագիծը ստեղծվել է Tandem-ի ավելի նոր տարբերակով։ Ոչինչ չի փոխվել։
home-import-unknown = Այս նախագիծը վերաբերում է հարցման այնպիսի տեսակի, որը Tandem-ի այս տարբերակում չկա։ Ոչինչ չի փոխվել։
# Variables:
#   $reason (String) - the browser's reason
home-storage-failed = Դիտարկիչը հրաժարվեց պահպանել ({ $reason })։ Ոչինչ չի փոխվել։
home-not-found = Այս նախագիծն այս դիտարկիչում չկա։
home-saving = Պահպանվում է…
home-preview = PDF-ի նախադիտում
home-preview-title = PDF փաստաթղթի նախադիտում
home-preview-download = Ներբեռնել այս PDF-ը
