# Home screen (request types, drafts kept in this browser), autosave and the PDF preview.

home-all-requests = Барлық сұрау салулар
home-start = Жаңа сұрау салуды бастау
home-use-art29-preservation = Осыдан бастаңыз: деректер жойылғанға дейін олардың дереу сақталуын қамтамасыз етіңіз.
home-use-art31-subscriber = Деректер сақталғаннан кейін абонент туралы мәліметтерді өзара құқықтық көмек тәртібімен алу үшін.
home-use-art31-traffic = Деректер сақталғаннан кейін трафик туралы деректерді өзара құқықтық көмек тәртібімен алу үшін.
home-use-art31-content = Деректер сақталғаннан кейін мазмұн туралы деректерді өзара құқықтық көмек тәртібімен алу үшін.
home-use-emergency-disclosure = Тек адамның өміріне немесе қауіпсіздігіне тікелей қатер төнген жағдайда.
home-use-provider-preservation = Қызмет көрсетуші шетелдік органдардың сұрау салуларын тікелей қабылдайтын болса: деректердің дереу сақталуын қамтамасыз етіңіз.
home-use-provider-disclosure = Деректер сақталғаннан кейін қызмет көрсетушіден мазмұн туралы деректерден басқа деректерді тікелей сұрату үшін.
home-drafts = Осы браузердегі жобалар
home-no-drafts = Әзірге жобалар жоқ.
home-untitled = Шығыс нөмірі жоқ жоба
home-country = Сұрау салынатын мемлекет
home-edited = Соңғы өзгеріс
home-duplicate = Көшірмесін жасау
home-rename = Атауын өзгерту
home-name = Жобаның атауы
home-save-name = Атауды сақтау
home-cancel = Болдырмау
home-delete = Жою
home-export = Файлға экспорттау
home-import = Жоба файлын импорттау
# Variables:
#   $name (String) - the draft's name or reference number
home-deleted = Жоба жойылды: { $name }.
home-undo = Қайтару
# Variables:
#   $name (String) - the draft's name or reference number
home-imported = Жоба импортталды: { $name }.
# Variables:
#   $name (String) - the draft's name or reference number
home-imported-copy = Бұл жоба мұнда бұрыннан бар еді, сондықтан көшірме ретінде импортталды: { $name }.
home-import-malformed = Бұл файл Tandem жобасы емес. Ештеңе өзгертілмеді.
home-import-too-large = Бұл файл Tandem жобасы үшін тым үлкен. Ештеңе өзгертілмеді.
home-import-newer = Бұл жоба Tandem бағдарламасының жаңарақ нұсқасында жасалған. Ештеңе өзгертілмеді.
home-import-unknown = Бұл жоба Tandem бағдарламасының осы нұсқасында жоқ сұрау салу түріне арналған. Ештеңе өзгертілмеді.
# Variables:
#   $reason (String) - the browser's reason
home-storage-failed = Бұл браузер оны сақтаудан бас тартты ({ $reason }). Ештеңе өзгертілмеді.
home-not-found = Бұл жоба осы браузерде жоқ.
home-saving = Сақталуда…
home-preview = PDF алдын ала қарау
home-preview-title = PDF құжатын алдын ала қарау
home-preview-download = Осы PDF құжатын жүктеп алу
