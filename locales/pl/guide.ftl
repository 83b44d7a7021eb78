# The route guide on the home screen ("Which request do I need?"): five questions lead to the
# request to start with and the next steps, each with a one-line reason. It recommends, following
# public guidance (UNODC tips for Central Asia and the Southern Caucasus); the official decides.
# The titles of the request types it names are those of requests.ftl.

guide-title = Jakiego wniosku potrzebuję?
guide-intro = Pięć pytań prowadzi do wniosku, od którego należy zacząć, oraz do kolejnych kroków, zgodnie z publicznie dostępnymi wytycznymi (wskazówki Biura Narodów Zjednoczonych ds. Narkotyków i Przestępczości, UNODC, dla prowadzących postępowania przygotowawcze i prokuratorów). Twoje odpowiedzi pozostają na tej stronie: nie są ani przechowywane, ani nigdzie wysyłane.

# Question 1 and its options.
guide-data = Jakich danych potrzebujesz?
guide-data-subscriber = Informacje o abonentach: kto jest posiadaczem konta
guide-data-traffic = Dane dotyczące ruchu: adresy IP, zapisy logowań, rejestry połączeń
guide-data-content = Dane dotyczące treści: wiadomości, pliki, zdjęcia, posty

# Question 2; answered with guide-yes or guide-no.
guide-emergency = Czy istnieje zagrożenie życia lub czy osobie grozi bezpośrednio poważna szkoda?

# Question 3 and its options.
guide-reach = Czy dostawca usług przyjmuje wnioski dotyczące tych danych bezpośrednio od organów zagranicznych?
    .hint = Na przykład dostawcy usług z siedzibą w Stanach Zjednoczonych mogą ujawniać organom zagranicznym bezpośrednio dane inne niż dane dotyczące treści. Jeśli nie masz pewności, zapytaj dostawcę lub organy państwa wezwanego.
guide-reach-direct = Tak, bezpośrednio
guide-reach-state = Nie, tylko za pośrednictwem państwa wezwanego
guide-reach-unsure = Nie wiem

# Question 4; answered with guide-yes or guide-no.
guide-preserved = Czy dane zostały już zabezpieczone?

# Question 5 and its options.
guide-basis = Co łączy Twoje państwo z państwem wezwanym?
guide-basis-budapest = Oba są Stronami Konwencji o cyberprzestępczości (konwencji budapeszteńskiej)
guide-basis-treaty = Inna umowa międzynarodowa: dwustronna, regionalna lub konwencja Narodów Zjednoczonych
guide-basis-reciprocity = Brak umowy międzynarodowej: wzajemność lub prawo krajowe

guide-yes = Tak
guide-no = Nie

# The recommendation, shown once every question is answered.
guide-incomplete = Odpowiedz na każde pytanie, aby zobaczyć, od czego zacząć.
guide-advice = Od czego zacząć
guide-fallback = Jeśli dostawca usług nie odpowiada lub odmawia
# The button of each recommended request: opens a new draft of that type.
guide-open = Rozpocznij ten wniosek
guide-disclaimer = Jest to zalecenie oparte na publicznie dostępnych wytycznych, a nie opinia prawna: decyzja należy do Ciebie, w razie potrzeby w porozumieniu z organami państwa wezwanego.

# Why each request is recommended (one line each).
guide-why-emergency-provider = Skorzystaj z kanału dostawcy usług do ujawniania danych w sytuacjach nadzwyczajnych (sekcja 3 wniosku): dostawca sam decyduje, czy ujawnić dane, gdy uzna, że zagrożone jest czyjeś życie.
guide-why-emergency-network = Prześlij go za pośrednictwem Twojego punktu kontaktowego sieci 24/7 albo jako wniosek o nadzwyczajną wzajemną pomoc prawną. W sekcji 3 wybierz art. 9 lub art. 10 Drugiego protokołu dodatkowego tylko wtedy, gdy protokół obowiązuje oba państwa; w przeciwnym razie wskaż kanał i podstawę prawną.
guide-why-emergency-other = Prześlij go do właściwego organu państwa wezwanego; w sekcji 3 wskaż kanał i podstawę prawną (umowę międzynarodową lub wzajemność).
guide-why-preserve-provider = Najpierw doprowadź do zabezpieczenia danych, ponieważ mogą one zostać usunięte w każdej chwili: prześlij wniosek bezpośrednio do dostawcy usług, a jego kopię do właściwego organu państwa wezwanego.
guide-why-preserve-network = Najpierw doprowadź do zabezpieczenia danych, ponieważ mogą one zostać usunięte w każdej chwili: prześlij wniosek za pośrednictwem Twojego punktu kontaktowego sieci 24/7 (sieć 24/7, art. 35 Konwencji o cyberprzestępczości).
guide-why-preserve-authority = Najpierw doprowadź do zabezpieczenia danych, ponieważ mogą one zostać usunięte w każdej chwili: prześlij wniosek za pośrednictwem sieci 24/7, jeśli oba państwa do niej należą, a w przeciwnym razie do organu prowadzącego postępowanie przygotowawcze lub prokuratury państwa wezwanego.
guide-why-provider-disclosure = Zwróć się o dane do dostawcy usług: niektórzy dostawcy ujawniają dane inne niż dane dotyczące treści bezpośrednio organom zagranicznym i sami decydują, czy to zrobić.
guide-why-fallback = Wniosek o wzajemną pomoc prawną w zakresie tych samych danych, za pośrednictwem państwa wezwanego.
guide-why-mla = Uzyskaj dane w drodze wzajemnej pomocy prawnej: przygotuj wniosek niezwłocznie po zabezpieczeniu danych.
guide-why-mla-content = Dane dotyczące treści uzyskuje się w drodze wzajemnej pomocy prawnej: na przykład dostawcy usług z siedzibą w Stanach Zjednoczonych mogą ujawniać organom zagranicznym bezpośrednio jedynie dane inne niż dane dotyczące treści. Przygotuj wniosek niezwłocznie po zabezpieczeniu danych.

# What qualifies the recommendation, when it applies.
guide-note-unsure = Sprawdź u dostawcy usług i u organów państwa wezwanego, czy dostawca przyjmuje wnioski bezpośrednio od organów zagranicznych: niektórzy nie współpracują z organami ścigania. Do tego czasu droga prowadzi przez państwo wezwane.
guide-note-emergency = Wniosek w sytuacji nadzwyczajnej wskazuje postępowanie prawne, które po nim nastąpi: kolejne wnioski stanowią to dalsze postępowanie, mające na celu uzyskanie danych jako dowodu.
guide-note-preserved = Prześlij wniosek o ujawnienie przed upływem okresu zabezpieczenia: okresy zabezpieczenia różnią się w zależności od państwa i od dostawcy usług.
guide-note-treaty = Mają zastosowanie te same rodzaje wniosków: wybierz w formularzu umowę międzynarodową jako podstawę prawną i sprawdź w jej tekście, który artykuł przewiduje poszczególne środki, w szczególności niezwłoczne zabezpieczenie.
guide-note-reciprocity = Mają zastosowanie te same rodzaje wniosków: wybierz w formularzu wzajemność lub prawo krajowe jako podstawę prawną. W braku umowy międzynarodowej to, czy i w jaki sposób państwo wezwane udzieli pomocy, zależy od jego prawa: najpierw skonsultuj się z jego organami.
