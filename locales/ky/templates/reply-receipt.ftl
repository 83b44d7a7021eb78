# Template reply-receipt: confirmation of receipt of a request received (T-CY Rec 9).

reply-receipt-legal-basis = 3-бөлүмдө көрсөтүлгөн суроо-талаптын алынганын ырастоо

## 1 to 4: common to every answer

reply-receipt-date = Күнү
reply-receipt-reference = Биздин каттоо номерибиз
    .hint = Сиздин органыңыз суроо-талапты караган номер: суроо-талап жөнөтүүчү орган кийинки кат алышууда ага шилтеме кыла алышы үчүн.
reply-receipt-request = Жооп берилген суроо-талап
reply-receipt-request-reference = Суроо-талаптын чыгыш номери
reply-receipt-request-date = Суроо-талаптын күнү
reply-receipt-request-authority = Суроо-талап жөнөтүүчү орган
reply-receipt-request-fingerprint = Суроо-талаптын текшерүү суммасы
    .hint = Суроо-талаптын ар бир барагынын ылдый жагында басылган текшерүү суммасы. Келип түшкөн суроо-талаптан толтурулат: ал суроо-талап жөнөтүүчү органга бул жооп анын суроо-талабынын так кайсы нускасына берилгенин көрсөтөт.
reply-receipt-responding-authority = Жооп берүүчү орган
reply-receipt-responding-authority-organisation = Орган
reply-receipt-responding-authority-person = Суроо-талапты караган кызмат адамы
reply-receipt-responding-authority-position = Кызмат орду же наамы
reply-receipt-responding-authority-telephone = Телефон номери
reply-receipt-responding-authority-email = Электрондук почта дареги

## 5 to 7

reply-receipt-received-date = Суроо-талап алынган күн
reply-receipt-forwarded = Аткаруу үчүн жөнөтүлгөн орган
    .hint = Суроо-талап аткаруу үчүн өткөрүлүп берилген орган, эгер ал өткөрүлүп берилсе; суроо-талапты сиздин органыңыз аткарса, бош калтырыңыз.
reply-receipt-remarks = Эскертүүлөр
