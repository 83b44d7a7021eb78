# The title of each request type, shown on the home screen and in the drafts list; every other
# message of a request type is in templates/<request type>.ftl, loaded when such a request is open.

art29-preservation-title = Сакталып турган компьютердик маалыматтарды ыкчам сактоо жөнүндө суроо-талап
art31-subscriber-title = Абонент жөнүндө маалымат алуу үчүн өз ара укуктук жардам жөнүндө суроо-талап
art31-traffic-title = Сакталып турган трафик жөнүндө маалыматтарды алуу үчүн өз ара укуктук жардам жөнүндө суроо-талап
art31-content-title = Сакталып турган мазмун жөнүндө маалыматтарды алуу үчүн өз ара укуктук жардам жөнүндө суроо-талап
emergency-disclosure-title = Өзгөчө кырдаалда сакталып турган компьютердик маалыматтарды ачып берүү жөнүндө суроо-талап
provider-preservation-title = Маалыматтарды сактоо жөнүндө кызмат көрсөтүүчүгө суроо-талап
provider-disclosure-title = Абонент жөнүндө маалыматты, IP даректерди жана кирүү жазууларын ыктыярдуу түрдө ачып берүү жөнүндө кызмат көрсөтүүчүгө суроо-талап
reply-receipt-title = Суроо-талаптын алынганын ырастоо
reply-preserved-title = Маалыматтардын сакталганын ырастоо
reply-action-title = Көрүлгөн чаралар жөнүндө билдирүү
reply-clarification-title = Түшүндүрмө берүү жөнүндө суроо-талап
reply-refusal-title = Суроо-талапты аткаруу мүмкүн эмес экени жөнүндө билдирүү
