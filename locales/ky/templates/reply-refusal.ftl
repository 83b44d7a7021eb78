# Template reply-refusal: notice that a request received cannot be executed, with its reasons.

reply-refusal-legal-basis = 3-бөлүмдө көрсөтүлгөн суроо-талапты аткаруу мүмкүн эмес экени жөнүндө билдирүү

## 1 to 4: common to every answer

reply-refusal-date = Күнү
reply-refusal-reference = Биздин каттоо номерибиз
    .hint = Сиздин органыңыз суроо-талапты караган номер: суроо-талап жөнөтүүчү орган кийинки кат алышууда ага шилтеме кыла алышы үчүн.
reply-refusal-request = Жооп берилген суроо-талап
reply-refusal-request-reference = Суроо-талаптын чыгыш номери
reply-refusal-request-date = Суроо-талаптын күнү
reply-refusal-request-authority = Суроо-талап жөнөтүүчү орган
reply-refusal-request-fingerprint = Суроо-талаптын текшерүү суммасы
    .hint = Суроо-талаптын ар бир барагынын ылдый жагында басылган текшерүү суммасы. Келип түшкөн суроо-талаптан толтурулат: ал суроо-талап жөнөтүүчү органга бул жооп анын суроо-талабынын так кайсы нускасына берилгенин көрсөтөт.
reply-refusal-responding-authority = Жооп берүүчү орган
reply-refusal-responding-authority-organisation = Орган
reply-refusal-responding-authority-person = Суроо-талапты караган кызмат адамы
reply-refusal-responding-authority-position = Кызмат орду же наамы
reply-refusal-responding-authority-telephone = Телефон номери
reply-refusal-responding-authority-email = Электрондук почта дареги

## 5 and 6: reasons, and what would allow execution

reply-refusal-reasons = Себептер
reply-refusal-reasons-reasons = Суроо-талапты аткаруу мүмкүн эмес, анткени
reply-refusal-reasons-reasons-incomplete = суроо-талап толук эмес
reply-refusal-reasons-reasons-wrong-addressee = ал тийиштүү эмес органга же юридикалык жакка жөнөтүлгөн
reply-refusal-reasons-reasons-identification = берилген маалымат колдонуучуну же маалыматтарды аныктоо үчүн жетишсиз
reply-refusal-reasons-reasons-not-held = маалыматтар жок
reply-refusal-reasons-reasons-retention-expired = маалыматтарды кармоо мөөнөтү өтүп кеткен
reply-refusal-reasons-reasons-legal-obstacle = аткарууга укуктук тоскоолдук бар
reply-refusal-reasons-reasons-dual-criminality = кош кылмыштуулук шарты аткарылган эмес
reply-refusal-reasons-reasons-other = башка себеп
reply-refusal-reasons-reasons-other-detail = Башка себеп
reply-refusal-reasons-explanation = Түшүндүрмө
    .hint = Милдеттүү эмес. Белгиленген себептердин негизинде жаткан фактылар, суроо-талап жөнөтүүчү орган алар боюнча чара көрө алгыдай кылып баяндалган.
reply-refusal-next = Суроо-талапты аткарууга эмне мүмкүнчүлүк бермек
    .hint = Милдеттүү эмес. Мисалы: жетишпеген маалымат, ыйгарым укуктуу орган же юридикалык жак, же колдонула турган укуктук жол-жобо.
