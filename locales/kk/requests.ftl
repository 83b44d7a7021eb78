# The title of each request type, shown on the home screen and in the drafts list; every other
# message of a request type is in templates/<request type>.ftl, loaded when such a request is open.

art29-preservation-title = Сақтаулы компьютерлік деректерді жедел сақтау туралы сұрау салу
art31-subscriber-title = Абонент туралы мәліметтерді алуға арналған өзара құқықтық көмек туралы сұрау салу
art31-traffic-title = Сақтаулы трафик туралы деректерді алуға арналған өзара құқықтық көмек туралы сұрау салу
art31-content-title = Сақтаулы мазмұн туралы деректерді алуға арналған өзара құқықтық көмек туралы сұрау салу
emergency-disclosure-title = Төтенше жағдайда сақтаулы компьютерлік деректерді ашу туралы сұрау салу
provider-preservation-title = Деректерді сақтау туралы қызмет көрсетушіге сұрау салу
provider-disclosure-title = Абонент туралы мәліметтерді, IP мекенжайларын және жүйеге кіру жазбаларын ерікті түрде ашу туралы қызмет көрсетушіге сұрау салу
reply-receipt-title = Сұрау салудың алынғанын растау
reply-preserved-title = Деректердің сақталғанын растау
reply-action-title = Қабылданған шаралар туралы хабарлама
reply-clarification-title = Түсініктеме беру туралы сұрау салу
reply-refusal-title = Сұрау салуды орындау мүмкін емес екені туралы хабарлама
