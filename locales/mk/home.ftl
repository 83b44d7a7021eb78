# Home screen (request types, drafts kept in this browser), autosave and the PDF preview.

home-all-requests = Сите барања
home-start = Започнете ново барање
home-use-art29-preservation = Започнете тука: обезбедете итно зачувување на податоците пред да можат да бидат избришани.
home-use-art31-subscriber = За добивање информации за претплатникот по пат на взаемна правна помош, по зачувувањето.
home-use-art31-traffic = За добивање податоци за сообраќајот по пат на взаемна правна помош, по зачувувањето.
home-use-art31-content = За добивање податоци за содржината по пат на взаемна правна помош, по зачувувањето.
home-use-emergency-disclosure = Само при непосредна опасност по животот или безбедноста на некое лице.
home-use-provider-preservation = Кога давател на услуги непосредно прима барања од странски органи: обезбедете веднаш зачувување на податоците.
home-use-provider-disclosure = За непосредно барање од давател на услуги на податоци што не се податоци за содржината, по зачувувањето.
home-drafts = Нацрти во овој прелистувач
home-no-drafts = Сѐ уште нема нацрти.
home-untitled = Нацрт без број на предмет
home-country = Замолена држава
home-edited = Последна измена
home-duplicate = Направи копија
home-rename = Преименувај
home-name = Назив на нацртот
home-save-name = Зачувај го називот
home-cancel = Откажи
home-delete = Избриши
home-export = Извези во датотека
home-import = Увези датотека со нацрт
# Variables:
#   $name (String) - the draft's name or reference number
home-deleted = Нацртот е избришан: { $name }.
home-undo = Врати
# Variables:
#   $name (String) - the draft's name or reference number
home-imported = Нацртот е увезен: { $name }.
# Variables:
#   $name (String) - the draft's name or reference number
home-imported-copy = Овој нацрт веќе постоеше тука, па е увезен како копија: { $name }.
home-import-malformed = Оваа датотека не е нацрт на Tandem. Ништо не е променето.
home-import-too-large = Оваа датотека е преголема за нацрт на Tandem. Ништо не е променето.
home-import-newer = Овој нацрт е направен со понова верзија на Tandem. Ништо не е променето.
home-import-unknown = Овој нацрт се однесува на вид барање што оваа верзија на Tandem го нема. Ништо не е променето.
# Variables:
#   $reason (String) - the browser's reason
home-storage-failed = Прелистувачот одби да зачува ({ $reason }). Ништо не е променето.
home-not-found = Овој нацрт не е во овој прелистувач.
home-saving = Се зачувува…
home-preview = Преглед на PDF
home-preview-title = Преглед на PDF-документот
home-preview-download = Преземи го овој PDF
