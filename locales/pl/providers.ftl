# Wybór dostawcy usług we wnioskach kierowanych do dostawcy usług: profile w providers/ (kto odpowiada za
# daną usługę, dokąd kierować wnioski, jakie muszą spełniać wymogi), każda informacja ze źródła publicznego
# odczytanego w podanym dniu.

provider-picker = Dostawca usług
    .hint = Wybierz dostawcę, aby wypełnić poniżej z jego profilu osobę prawną, jej adres i dane kontaktowe, albo wybierz «Inny dostawca usług» i wpisz je samodzielnie. Informacje, których profil nie zawiera, należy uzupełnić samodzielnie.
provider-picker-other = Inny dostawca usług (wpisz poniżej)
provider-picker-service = Usługa
provider-picker-region = Gdzie mieszkają użytkownicy, których dotyczy wniosek
provider-picker-requesters = Gdzie znajduje się organ wzywający
provider-picker-filled = Wypełniono na podstawie profilu dostawcy { $provider }: przed wysłaniem wniosku sprawdź każdą informację.
provider-profile-read = Ten profil sporządzono na podstawie źródeł publicznych odczytanych w dniu { $date }; może być nieaktualny. Przed wysłaniem wniosku sprawdź wytyczne samego dostawcy dla organów ścigania.
provider-profile-requirements = Wymogi dostawcy wobec wniosku
provider-profile-no-requirements = Profil nie wskazuje żadnych wymogów dla tego rodzaju wniosku.
provider-profile-emergency = Wnioski w sytuacjach nadzwyczajnych
provider-profile-no-emergency = Profil nie wskazuje drogi dla wniosków w sytuacjach nadzwyczajnych.
provider-profile-preservation = Zabezpieczenie na wniosek
provider-profile-preservation-days = { $extendable ->
        [yes] Dane są zabezpieczane przez { $days ->
            [one] { $days } dzień
           *[other] { $days } dni
        }; można wystąpić o przedłużenie zabezpieczenia.
        [no] Dane są zabezpieczane przez { $days ->
            [one] { $days } dzień
           *[other] { $days } dni
        }; zabezpieczenie nie jest przedłużane.
       *[unknown] Dane są zabezpieczane przez { $days ->
            [one] { $days } dzień
           *[other] { $days } dni
        }; źródło nie wskazuje, czy zabezpieczenie można przedłużyć.
    }
provider-profile-preservation-extension = { $days ->
        [one] Każde przedłużenie trwa { $days } dzień.
       *[other] Każde przedłużenie trwa { $days } dni.
    }
provider-profile-preservation-max-extensions = { $count ->
        [one] Najwyżej jedno przedłużenie.
        [few] Najwyżej { $count } przedłużenia.
       *[other] Najwyżej { $count } przedłużeń.
    }
provider-profile-no-preservation = Profil nie podaje okresu zabezpieczenia.
provider-profile-languages = Języki, w których może zostać sporządzony wniosek: { $codes }
provider-profile-not-found = Poszukiwane w źródłach i nieodnalezione: { $kinds }
provider-profile-sources = Źródła
provider-profile-source = { $title }, odczytano { $date }: { $url }
provider-profile-source-secondary = { $title }, odczytano { $date }: { $url } (opis praktyki dostawcy sporządzony przez osobę trzecią: sprawdź go, zanim się na nim oprzesz)

## Dane kontaktowe
provider-contact-portal = Portal (z kontem): { $value }
provider-contact-web-form = Formularz internetowy: { $value }
provider-contact-email = E-mail: { $value }

## Regiony rozróżniane w profilu (oprócz państw), proponowane na listach wyboru
provider-region-eu = Unia Europejska
provider-region-eea = Europejski Obszar Gospodarczy
provider-region-european-region = «Region europejski» dostawcy
provider-region-non-us = Poza Stanami Zjednoczonymi
provider-region-other = Gdzie indziej

## Rodzaje informacji w profilu
provider-fact-entity = osoba prawna
provider-fact-address = adres do doręczeń pism procesowych
provider-fact-portal = portal lub adres do składania wniosków
provider-fact-emergency = droga dla wniosków w sytuacjach nadzwyczajnych
provider-fact-languages = akceptowane języki
provider-fact-preservation = okres zabezpieczenia
provider-fact-preservation-extension = przedłużenie zabezpieczenia
provider-fact-requirements = wymogi

## Kody wymogów (providers/README.md)
provider-requirement-official-email-domain = Wysłany z urzędowego adresu e-mail organu państwowego (lub za pośrednictwem konta w portalu założonego z takiego adresu)
provider-requirement-portal-account = Wysłany za pośrednictwem portalu dostawcy, z konta
provider-requirement-in-writing = Sporządzony na piśmie
provider-requirement-signature = Podpisany przez funkcjonariusza składającego wniosek
provider-requirement-letterhead = Sporządzony na papierze firmowym organu
provider-requirement-non-editable-format = Wysłany w formacie niepozwalającym na edycję
provider-requirement-issued-under-law = Wydany na podstawie ustawy przyznającej organowi uprawnienia, z zachowaniem przewidzianej w niej procedury
provider-requirement-account-identifier = Wskazuje konto za pomocą identyfikatorów samego dostawcy (identyfikator użytkownika, nazwa użytkownika, URL, adres e-mail)
provider-requirement-relevance-stated = Wskazuje, w jaki sposób żądane dane są związane z postępowaniem
provider-requirement-entity-for-user-location = Skierowany do osoby prawnej właściwej dla miejsca zamieszkania użytkownika
provider-requirement-mlat-for-content = W przypadku danych dotyczących treści: w drodze wzajemnej pomocy prawnej (na podstawie umowy międzynarodowej lub wniosku rogatoryjnego) albo porozumienia zawartego na podstawie ustawy Stanów Zjednoczonych CLOUD Act
provider-requirement-mlat-for-disclosure = W przypadku każdego ujawnienia: w drodze wzajemnej pomocy prawnej lub wniosku rogatoryjnego
provider-requirement-subpoena-or-equivalent-for-non-content = W przypadku danych innych niż dane dotyczące treści: wezwanie do wydania (subpoena) lub jego lokalny odpowiednik
provider-requirement-warrant-or-equivalent-for-content = W przypadku danych dotyczących treści: nakaz przeszukania, postanowienie sądu lub ich lokalny odpowiednik
provider-requirement-judicial-order = Postanowienie organu sądowego
provider-requirement-formal-channel-only = Wyłącznie formalnymi kanałami dostawcy: na nieformalne wnioski nie udziela się odpowiedzi
provider-requirement-emergency-form = Wnioski w sytuacjach nadzwyczajnych: na własnym formularzu dostawcy przeznaczonym dla takich wniosków
provider-requirement-emergency-facts-stated = Wnioski w sytuacjach nadzwyczajnych: wskazanie niebezpieczeństwa śmierci lub ciężkiego uszczerbku na zdrowiu oraz tego, w jaki sposób dane pozwolą mu zapobiec
