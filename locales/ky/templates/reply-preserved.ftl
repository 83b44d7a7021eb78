# Template reply-preserved: confirmation that a preservation request was executed.

reply-preserved-legal-basis = 3-бөлүмдө көрсөтүлгөн суроо-талапта суралган маалыматтарды сактоону ырастоо

## 1 to 4: common to every answer

reply-preserved-date = Күнү
reply-preserved-reference = Биздин каттоо номерибиз
    .hint = Сиздин органыңыз суроо-талапты караган номер: суроо-талап жөнөтүүчү орган кийинки кат алышууда ага шилтеме кыла алышы үчүн.
reply-preserved-request = Жооп берилген суроо-талап
reply-preserved-request-reference = Суроо-талаптын чыгыш номери
reply-preserved-request-date = Суроо-талаптын күнү
reply-preserved-request-authority = Суроо-талап жөнөтүүчү орган
reply-preserved-request-fingerprint = Суроо-талаптын текшерүү суммасы
    .hint = Суроо-талаптын ар бир барагынын ылдый жагында басылган текшерүү суммасы. Келип түшкөн суроо-талаптан толтурулат: ал суроо-талап жөнөтүүчү органга бул жооп анын суроо-талабынын так кайсы нускасына берилгенин көрсөтөт.
reply-preserved-responding-authority = Жооп берүүчү орган
reply-preserved-responding-authority-organisation = Орган
reply-preserved-responding-authority-person = Суроо-талапты караган кызмат адамы
reply-preserved-responding-authority-position = Кызмат орду же наамы
reply-preserved-responding-authority-telephone = Телефон номери
reply-preserved-responding-authority-email = Электрондук почта дареги

## 5 Preservation

reply-preserved-preservation = Сактоо
reply-preserved-preservation-preserved-on = Маалыматтар сакталган күн
reply-preserved-preservation-ends-on = Маалыматтар сактала турган акыркы күн
    .hint = Эгер сактоо мөөнөтү узартылбаса же ушул күнгө чейин маалыматтарды ачып берүү жөнүндө суроо-талап келип түшпөсө, маалыматтар сактала турган акыркы күн.
reply-preserved-preservation-scope = Сакталган маалыматтар
reply-preserved-preservation-scope-all = Суралган маалыматтардын баары
reply-preserved-preservation-scope-part = Суралган маалыматтардын бир бөлүгү
reply-preserved-preservation-scope-part-detail = Сакталган маалыматтар жана себеби көрсөтүлгөн сакталбаган маалыматтар
reply-preserved-preservation-holder = Маалыматтарды кармоочу
reply-preserved-remarks = Эскертүүлөр
