# Template reply-clarification: request for clarification of a request received.

reply-clarification-legal-basis = 3-бөлүмдө көрсөтүлгөн суроо-талап боюнча түшүндүрмө берүү жөнүндө суроо-талап

## 1 to 4: common to every answer

reply-clarification-date = Күнү
reply-clarification-reference = Биздин каттоо номерибиз
    .hint = Сиздин органыңыз суроо-талапты караган номер: суроо-талап жөнөтүүчү орган кийинки кат алышууда ага шилтеме кыла алышы үчүн.
reply-clarification-request = Жооп берилген суроо-талап
reply-clarification-request-reference = Суроо-талаптын чыгыш номери
reply-clarification-request-date = Суроо-талаптын күнү
reply-clarification-request-authority = Суроо-талап жөнөтүүчү орган
reply-clarification-request-fingerprint = Суроо-талаптын текшерүү суммасы
    .hint = Суроо-талаптын ар бир барагынын ылдый жагында басылган текшерүү суммасы. Келип түшкөн суроо-талаптан толтурулат: ал суроо-талап жөнөтүүчү органга бул жооп анын суроо-талабынын так кайсы нускасына берилгенин көрсөтөт.
reply-clarification-responding-authority = Жооп берүүчү орган
reply-clarification-responding-authority-organisation = Орган
reply-clarification-responding-authority-person = Суроо-талапты караган кызмат адамы
reply-clarification-responding-authority-position = Кызмат орду же наамы
reply-clarification-responding-authority-telephone = Телефон номери
reply-clarification-responding-authority-email = Электрондук почта дареги

## 5 Clarification requested

reply-clarification-clarification = Суралган түшүндүрмө
reply-clarification-clarification-fields = Суроо-талаптын түшүндүрмө талап кылынган талаалары
    .hint = Суроо-талаптын түшүнүксүз же толук эмес ар бир номерленген талаасы үчүн бир сап: анын суроо-талапта басылган номери жана эмне керек экени.
reply-clarification-clarification-fields-field = Талаанын номери
reply-clarification-clarification-fields-question = Эмне түшүнүксүз же эмне жетишпейт
reply-clarification-clarification-by = Төмөнкү күнгө чейин жооп беришиңизди суранабыз
    .hint = Милдеттүү эмес. Сактоо жөнүндө суроо-талап үчүн: маалыматтарды сактоону улантуу үчүн жооп керек боло турган күн.
