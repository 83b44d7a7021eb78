# Podstawy prawne, na których może opierać się wniosek (templates/bases.toml), wybierane w formularzu.
# `$basis` to identyfikator podstawy (`none`, dopóki żadnej nie wybrano); numery artykułów (`$articles`,
# ich liczba `$count`) pochodzą z bases.toml i w każdym języku brzmią tak samo.

## Instrumenty, tak jak są nazwane w wyborze w formularzu i w wierszu podstawy prawnej wniosku

basis-budapest = Konwencja o cyberprzestępczości (ETS nr 185)
basis-protocol2 = Drugi protokół dodatkowy do Konwencji o cyberprzestępczości w sprawie wzmocnionej współpracy i ujawniania dowodów elektronicznych (CETS nr 224)
basis-untoc = Konwencja Narodów Zjednoczonych przeciwko międzynarodowej przestępczości zorganizowanej
basis-un-cybercrime = Konwencja Narodów Zjednoczonych przeciwko cyberprzestępczości
basis-ets30 = Europejska konwencja o pomocy prawnej w sprawach karnych (ETS nr 30)
basis-ets30-p2 = Drugi protokół dodatkowy do Europejskiej konwencji o pomocy prawnej w sprawach karnych (ETS nr 182)
basis-cis-minsk-1993 = Konwencja o pomocy prawnej i stosunkach prawnych w sprawach cywilnych, rodzinnych i karnych (Mińsk, 22 stycznia 1993 r.)
basis-cis-chisinau-2002 = Konwencja o pomocy prawnej i stosunkach prawnych w sprawach cywilnych, rodzinnych i karnych (Kiszyniów, 7 października 2002 r.)
basis-cis-it-crime-2018 = Porozumienie o współpracy państw członkowskich Wspólnoty Niepodległych Państw w zwalczaniu przestępstw w dziedzinie technologii informacyjnych (Duszanbe, 28 września 2018 r.)
basis-arab-ito-2010 = Arabska konwencja o zwalczaniu przestępstw w dziedzinie technologii informacyjnych (Kair, 21 grudnia 2010 r.)
basis-bilateral = Umowa dwustronna między państwem wzywającym a państwem wezwanym
basis-reciprocity = Wzajemność (między oboma państwami nie ma zastosowania żadna umowa o wzajemnej pomocy prawnej)

## Wiersz podstawy prawnej drukowany pod tytułem wniosku

# Artykuły instrumentu, na których opiera się wniosek, np. «art. 18(1), 18(3)(i)»; skrót «art.» służy
# w polskim piśmie urzędowym zarówno liczbie pojedynczej, jak i mnogiej.
basis-articles = { $count ->
        [one] art. { $articles }
       *[other] art. { $articles }
    }
# `$treaty`: umowa dwustronna i jej artykuły, tak jak wpisał je (i przetłumaczył) użytkownik.
basis-legal-basis = { $basis ->
        [budapest] { basis-budapest }, { basis-articles }
        [protocol2] { basis-protocol2 }, { basis-articles }; protokół ma zastosowanie wyłącznie między państwami, które są jego Stronami
        [untoc] { basis-untoc }, { basis-articles }
        [un-cybercrime] { basis-un-cybercrime }, { basis-articles }
        [ets30] { basis-ets30 }, { basis-articles }
        [ets30-p2] { basis-ets30-p2 }, { basis-articles }; protokół ma zastosowanie wyłącznie między państwami, które są Stronami protokołu i konwencji
        [cis-minsk-1993] { basis-cis-minsk-1993 }, { basis-articles }
        [cis-chisinau-2002] { basis-cis-chisinau-2002 }, { basis-articles }
        [cis-it-crime-2018] { basis-cis-it-crime-2018 }, { basis-articles }
        [arab-ito-2010] { basis-arab-ito-2010 }, { basis-articles }
        [bilateral] { basis-bilateral }: { $treaty }
        [reciprocity] Wniosek składany na zasadzie wzajemności; między państwem wzywającym a państwem wezwanym nie ma zastosowania żadna umowa o wzajemnej pomocy prawnej
       *[none] Podstawa prawna jeszcze niewybrana
    }

## Wybór w formularzu (nigdy nie jest drukowany: wniosek zawiera powyższy wiersz podstawy prawnej)

basis-heading = Międzynarodowa podstawa prawna
# `$match`: co wybrany instrument przewiduje dla tego wniosku (templates/bases.toml): `specific`,
# `general`, `user` (umowa dwustronna), `none` (wzajemność), `unchosen`; `$request`: rodzaj wniosku
# (`preservation`, `subscriber`, `traffic`, `content`, `emergency`).
basis-choice = Umowa międzynarodowa lub inna międzynarodowa podstawa, na której opiera się wniosek
    .hint = { $match ->
        [specific] Wybrany instrument zawiera artykuły przeznaczone dla takiego wniosku; są one przytoczone na początku wniosku. Wybierz go tylko wtedy, gdy wiąże zarówno państwo wzywające, jak i państwo wezwane.
        [general] { $request ->
            [preservation] Wybrany instrument nie zawiera artykułu o niezwłocznym zabezpieczeniu: wniosek opiera się na jego ogólnych postanowieniach o wzajemnej pomocy, przytoczonych na początku wniosku. To, czy i jak długo dane zostaną zabezpieczone, zależy od prawa państwa wezwanego.
           *[other] Wybrany instrument nie zawiera artykułu przeznaczonego dla takiego wniosku: wniosek opiera się na jego ogólnych postanowieniach o wzajemnej pomocy, przytoczonych na początku wniosku.
        }
        [user] Wskaż umowę i artykuły, na których opiera się wniosek: są one drukowane na początku wniosku.
        [none] Między oboma państwami nie ma zastosowania żadna umowa: wniosek opiera się na wzajemności i nie przytacza żadnego artykułu. Podstawę prawną w prawie krajowym wskaż w przeznaczonej do tego sekcji.
       *[unchosen] Wybierz umowę wiążącą zarówno państwo wzywające, jak i państwo wezwane. Jej artykuły są przytaczane na początku wniosku i wszędzie tam, gdzie wniosek się do nich odwołuje.
    }
basis-bilateral-treaty = Tytuł i data umowy oraz artykuły, na których opiera się wniosek
# Sprawdzenie dokonywane przez wnioskodawcę, wyświetlane tylko dla instrumentu, który według przeczytanych
# źródeł nie obowiązywał lub którego status nie jest znany (`$status`: `not-in-force`, `unknown`; `$as-of`:
# data tego źródła w formacie RRRR-MM-DD). Nigdy nie jest drukowane: adresatowi nie objaśnia się jego prawa.
basis-in-force = { $basis ->
        [protocol2] Sprawdzono, że oba państwa są Stronami Drugiego protokołu dodatkowego do Konwencji o cyberprzestępczości i że obowiązuje on między nimi
        [ets30-p2] Sprawdzono, że oba państwa są Stronami Drugiego protokołu dodatkowego do Europejskiej konwencji o pomocy prawnej w sprawach karnych i że obowiązuje on między nimi
       *[other] Sprawdzono, że oba państwa są Stronami wybranego instrumentu i że obowiązuje on między nimi
    }
    .hint = { $status ->
        [not-in-force] Według źródeł wykorzystanych w tej aplikacji instrument ten nie wszedł jeszcze w życie na dzień { $as-of }. Przed powołaniem się na niego sprawdź to w swoim organie centralnym lub u depozytariusza. Twoja własna kontrola, nigdy niedrukowana we wniosku.
       *[unknown] Ze źródeł wykorzystanych w tej aplikacji nie wynika, czy instrument ten obowiązuje. Przed powołaniem się na niego sprawdź to w swoim organie centralnym lub u depozytariusza. Twoja własna kontrola, nigdy niedrukowana we wniosku.
    }
