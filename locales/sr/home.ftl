# Home screen (request types, drafts kept in this browser), autosave and the PDF preview.

home-all-requests = Сви захтеви
home-start = Започните нови захтев
home-use-art29-preservation = Почните овде: обезбедите хитно чување података пре него што буду избрисани.
home-use-art31-subscriber = За прибављање података о претплатнику путем узајамне правне помоћи, након чувања.
home-use-art31-traffic = За прибављање података о саобраћају путем узајамне правне помоћи, након чувања.
home-use-art31-content = За прибављање података о садржају путем узајамне правне помоћи, након чувања.
home-use-emergency-disclosure = Само у случају непосредне опасности по живот или безбедност неког лица.
home-use-provider-preservation = Када пружалац услуга прима захтеве страних органа непосредно: обезбедите хитно чување података.
home-use-provider-disclosure = За непосредно тражење од пружаоца услуга података који нису подаци о садржају, након чувања.
home-drafts = Нацрти у овом прегледачу
home-no-drafts = Још нема нацрта.
home-untitled = Нацрт без броја предмета
home-country = Замољена држава
home-edited = Последња измена
home-duplicate = Направи копију
home-rename = Преименуј
home-name = Назив нацрта
home-save-name = Сачувај назив
home-cancel = Откажи
home-delete = Избриши
home-export = Извези у датотеку
home-import = Увези датотеку нацрта
# Variables:
#   $name (String) - the draft's name or reference number
home-deleted = Нацрт је избрисан: { $name }.
home-undo = Опозови
# Variables:
#   $name (String) - the draft's name or reference number
home-imported = Нацрт је увезен: { $name }.
# Variables:
#   $name (String) - the draft's name or reference number
home-imported-copy = Овај нацрт је већ био овде, па је увезен као копија: { $name }.
home-import-malformed = Ова датотека није нацрт апликације Tandem. Ништа није промењено.
home-import-too-large = Ова датотека је превелика за нацрт апликације Tandem. Ништа није промењено.
home-import-newer = Овај нацрт је направљен новијом верзијом апликације Tandem. Ништа није промењено.
home-import-unknown = Овај нацрт се односи на врсту захтева коју ова верзија апликације Tandem нема. Ништа није промењено.
# Variables:
#   $reason (String) - the browser's reason
home-storage-failed = Прегледач је одбио да сачува ({ $reason }). Ништа није промењено.
home-not-found = Овај нацрт није у овом прегледачу.
home-saving = Чување…
home-preview = Преглед PDF-а
home-preview-title = Преглед PDF документа
home-preview-download = Преузми овај PDF
