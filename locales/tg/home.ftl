# Home screen (request types, drafts kept in this browser), autosave and the PDF preview.

home-all-requests = Ҳамаи дархостҳо
home-start = Оғози дархости нав
home-use-art29-preservation = Аз ин ҷо оғоз кунед: маълумотро фавран, пеш аз он ки нест карда шаванд, ҳифз кунонед.
home-use-art31-subscriber = Барои гирифтани маълумоти муштарӣ тавассути ёрии ҳуқуқии мутақобила, баъд аз ҳифз.
home-use-art31-traffic = Барои гирифтани маълумоти трафик тавассути ёрии ҳуқуқии мутақобила, баъд аз ҳифз.
home-use-art31-content = Барои гирифтани маълумоти мундариҷа тавассути ёрии ҳуқуқии мутақобила, баъд аз ҳифз.
home-use-emergency-disclosure = Танҳо ҳангоми хатари бевоситаи ҳаёт ё амнияти шахс.
home-use-provider-preservation = Агар хизматрасон дархостҳоро бевосита аз мақомоти хориҷӣ қабул кунад: маълумотро фавран ҳифз кунонед.
home-use-provider-disclosure = Барои бевосита аз хизматрасон дархост кардани маълумоте, ки маълумоти мундариҷа нест, баъд аз ҳифз.
home-drafts = Лоиҳаҳо дар ин браузер
home-no-drafts = Ҳоло лоиҳае нест.
home-untitled = Лоиҳа бе рақами бақайдгирӣ
home-country = Давлати дархостшаванда
home-edited = Охирин таҳрир
home-duplicate = Нусхабардорӣ
home-rename = Тағйири ном
home-name = Номи лоиҳа
home-save-name = Нигоҳ доштани ном
home-cancel = Бекор кардан
home-delete = Нест кардан
home-export = Содир кардан ба файл
home-import = Ворид кардани файли лоиҳа
# Variables:
#   $name (String) - the draft's name or reference number
home-deleted = Лоиҳа нест карда шуд: { $name }.
home-undo = Баргардонидан
# Variables:
#   $name (String) - the draft's name or reference number
home-imported = Лоиҳа ворид карда шуд: { $name }.
# Variables:
#   $name (String) - the draft's name or reference number
home-imported-copy = Ин лоиҳа аллакай дар ин ҷо буд, бинобар ин ҳамчун нусха ворид карда шуд: { $name }.
home-import-malformed = Ин файл лоиҳаи Tandem нест. Ҳеҷ чиз тағйир наёфт.
home-import-too-large = Ин файл барои лоиҳаи Tandem хеле калон аст. Ҳеҷ чиз тағйир наёфт.
home-import-newer = Ин лоиҳа бо версияи навтари Tandem сохта шудааст. Ҳеҷ чиз тағйир наёфт.
home-import-unknown = Ин лоиҳа барои навъи дархостест, ки дар ин версияи Tandem вуҷуд надорад. Ҳеҷ чиз тағйир наёфт.
# Variables:
#   $reason (String) - the browser's reason
home-storage-failed = Ин браузер нигоҳ доштани онро рад кард ({ $reason }). Ҳеҷ чиз тағйир наёфт.
home-not-found = Ин лоиҳа дар ин браузер нест.
home-saving = Нигоҳ дошта мешавад…
home-preview = Пешнамоиши PDF
home-preview-title = Пешнамоиши PDF
home-preview-download = Боргирии ин PDF
