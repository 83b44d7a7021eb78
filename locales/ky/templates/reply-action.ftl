# Template reply-action: notice of action taken on a request received (T-CY Rec 9).

reply-action-legal-basis = 3-бөлүмдө көрсөтүлгөн суроо-талап боюнча көрүлгөн чаралар жөнүндө билдирүү

## 1 to 4: common to every answer

reply-action-date = Күнү
reply-action-reference = Биздин каттоо номерибиз
    .hint = Сиздин органыңыз суроо-талапты караган номер: суроо-талап жөнөтүүчү орган кийинки кат алышууда ага шилтеме кыла алышы үчүн.
reply-action-request = Жооп берилген суроо-талап
reply-action-request-reference = Суроо-талаптын чыгыш номери
reply-action-request-date = Суроо-талаптын күнү
reply-action-request-authority = Суроо-талап жөнөтүүчү орган
reply-action-request-fingerprint = Суроо-талаптын текшерүү суммасы
    .hint = Суроо-талаптын ар бир барагынын ылдый жагында басылган текшерүү суммасы. Келип түшкөн суроо-талаптан толтурулат: ал суроо-талап жөнөтүүчү органга бул жооп анын суроо-талабынын так кайсы нускасына берилгенин көрсөтөт.
reply-action-responding-authority = Жооп берүүчү орган
reply-action-responding-authority-organisation = Орган
reply-action-responding-authority-person = Суроо-талапты караган кызмат адамы
reply-action-responding-authority-position = Кызмат орду же наамы
reply-action-responding-authority-telephone = Телефон номери
reply-action-responding-authority-email = Электрондук почта дареги

## 5 Action taken

reply-action-action = Көрүлгөн чаралар
reply-action-action-taken = Суроо-талап боюнча көрүлгөн чаралар
    .hint = Ушул убакка чейин эмне жасалганы, мисалы: маалыматтар кызмат көрсөтүүчүдөн алынды жана ушул билдирүү менен кошо жөнөтүлөт, же суроо-талап чечим чыгаруу үчүн сотко өткөрүлүп берилди.
reply-action-action-date = Чаралар көрүлгөн күн
reply-action-action-next = Күтүлүп жаткан кийинки чаралар
