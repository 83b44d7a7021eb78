# Home screen (request types, drafts kept in this browser), autosave and the PDF preview.

home-all-requests = Бардык суроо-талаптар
home-start = Жаңы суроо-талапты баштоо
home-use-art29-preservation = Ушундан баштаңыз: маалыматтар жок кылына электе аларды дароо сактоону камсыз кылыңыз.
home-use-art31-subscriber = Маалыматтар сакталгандан кийин абонент жөнүндө маалыматты өз ара укуктук жардам тартибинде алуу үчүн.
home-use-art31-traffic = Маалыматтар сакталгандан кийин трафик жөнүндө маалыматтарды өз ара укуктук жардам тартибинде алуу үчүн.
home-use-art31-content = Маалыматтар сакталгандан кийин мазмун жөнүндө маалыматтарды өз ара укуктук жардам тартибинде алуу үчүн.
home-use-emergency-disclosure = Адамдын өмүрүнө же коопсуздугуна түздөн-түз коркунуч туулганда гана.
home-use-provider-preservation = Кызмат көрсөтүүчү чет өлкөлүк органдардын суроо-талаптарын түздөн-түз кабыл алганда: маалыматтарды дароо сактоону камсыз кылыңыз.
home-use-provider-disclosure = Маалыматтар сакталгандан кийин, мазмун жөнүндө маалыматтардан башка маалыматтарды түздөн-түз кызмат көрсөтүүчүдөн суроо үчүн.
home-drafts = Ушул браузердеги долбоорлор
home-no-drafts = Азырынча долбоорлор жок.
home-untitled = Чыгыш номери жок долбоор
home-country = Суроо-талап жөнөтүлгөн мамлекет
home-edited = Акыркы өзгөртүү
home-duplicate = Көчүрмөсүн түзүү
home-rename = Атын өзгөртүү
home-name = Долбоордун аталышы
home-save-name = Аталышты сактоо
home-cancel = Жокко чыгаруу
home-delete = Өчүрүү
home-export = Файлга экспорттоо
home-import = Долбоор файлын импорттоо
# Variables:
#   $name (String) - the draft's name or reference number
home-deleted = Долбоор өчүрүлдү: { $name }.
home-undo = Кайтаруу
# Variables:
#   $name (String) - the draft's name or reference number
home-imported = Долбоор импорттолду: { $name }.
# Variables:
#   $name (String) - the draft's name or reference number
home-imported-copy = Бул долбоор мурдатан бул жерде бар болчу, ошондуктан көчүрмө катары импорттолду: { $name }.
home-import-malformed = Бул файл Tandem долбоору эмес. Эч нерсе өзгөртүлгөн жок.
home-import-too-large = Бул файл Tandem долбоору үчүн өтө чоң. Эч нерсе өзгөртүлгөн жок.
home-import-newer = Бул долбоор Tandem программасынын жаңыраак версиясында түзүлгөн. Эч нерсе өзгөртүлгөн жок.
home-import-unknown = Бул долбоор Tandem программасынын бул версиясында жок суроо-талап түрүнө арналган. Эч нерсе өзгөртүлгөн жок.
# Variables:
#   $reason (String) - the browser's reason
home-storage-failed = Бул браузер аны сактоодон баш тартты ({ $reason }). Эч нерсе өзгөртүлгөн жок.
home-not-found = Бул долбоор ушул браузерде жок.
home-saving = Сакталууда…
home-preview = PDF алдын ала көрүү
home-preview-title = PDF документин алдын ала көрүү
home-preview-download = Бул PDF документин жүктөп алуу
