# Requests received: a request made with Tandem by another authority, opened from its PDF (which
# carries the request as data) or from its draft file, and shown read-only in the language of the
# screen. Nothing is stored when a file is refused.

received-heading = Otrzymane wnioski
received-intro = Wniosek sporządzony w Tandem przez inny organ otwiera się tutaj w trybie tylko do odczytu, a każda etykieta, zaznaczenie, państwo i data są wyświetlane w języku tego ekranu. Plik pozostaje w tej przeglądarce.
received-open = Otwórz otrzymany wniosek (jego PDF lub plik projektu)
received-none = Nie otrzymano jeszcze żadnego wniosku.
# Terms of a request received in the list (each followed by its value).
received-from = Organ wzywający
received-reference = Sygnatura
received-date = Data otrzymania
received-delete = Usuń
# Variables:
#   $title (String) - the request's type, e.g. "Request for expedited preservation of stored computer data"
received-deleted = Usunięto otrzymany wniosek: { $title }. Aby go przywrócić, otwórz ponownie jego plik.

# Why a file was not opened as a request received. Each ends by saying that nothing was stored.
# Variables:
#   $limit (Number) - the largest size accepted, in kilobytes
received-refused-too-large = Ten plik jest większy niż { $limit } kB, czyli większy niż jakikolwiek wniosek sporządzony w Tandem. Niczego nie zapisano.
received-refused-not-pdf = Ten plik nie jest ani plikiem PDF, ani plikiem projektu Tandem. Niczego nie zapisano.
received-refused-no-data = Ten PDF nie zawiera wniosku w postaci danych: nie został sporządzony w Tandem albo został zmieniony po sporządzeniu. Niczego nie zapisano.
received-refused-unreadable = Nie można odczytać danych wniosku zawartych w tym pliku: są uszkodzone lub nie są w formacie Tandem. Niczego nie zapisano.
received-refused-newer = Ten wniosek sporządzono w nowszej wersji Tandem. Niczego nie zapisano.
received-refused-unknown = Ten wniosek dotyczy rodzaju wniosku, którego ta wersja Tandem nie zna. Niczego nie zapisano.
received-refused-locked = Ten plik projektu jest zablokowany hasłem. Poproś organ wzywający o PDF wniosku. Niczego nie zapisano.
received-refused-fingerprint = Dane wniosku zawarte w tym PDF nie zgadzają się z wydrukowaną na nim sumą kontrolną: plik został zmieniony po sporządzeniu. Niczego nie zapisano. Przeczytaj wydrukowane strony samego PDF i poproś organ wzywający o nowy egzemplarz.
# Variables:
#   $reason (String) - the browser's own reason, as it gives it
received-refused-storage = Ta przeglądarka odmówiła zapisania wniosku ({ $reason }). Niczego nie zapisano.

# The screen of a request received.
received-banner = Otrzymany wniosek — tylko do odczytu. Sporządzony w Tandem przez organ wzywający; odpowiedzi pochodzą od niego.
# Variables:
#   $date (String) - the date and time the request was opened in this browser, in the local style
received-on = Otrzymano w tej przeglądarce { $date }.
# Variables:
#   $a (String) - the name of the request's language A, in that language, e.g. "ქართული"
#   $b (String) - the name of the request's language B, in that language, e.g. "English"
received-doc-langs = Języki dokumentu wniosku: { $a } | { $b }. Tekst swobodny jest wyświetlany tak, jak organ wzywający zapisał go w języku { $a }, a obok znajduje się własne tłumaczenie tego organu na język { $b }.
# Variables:
#   $fingerprint (String) - 16 hexadecimal digits, e.g. 0123456789abcdef
received-fingerprint-checked = Suma kontrolna { $fingerprint }: zgadza się z danymi wniosku, tak jak jest wydrukowana na każdej stronie jego PDF.
# Variables:
#   $fingerprint (String) - 16 hexadecimal digits, e.g. 0123456789abcdef
received-fingerprint-draft = Suma kontrolna { $fingerprint }: obliczona z pliku projektu, który nie ma wydrukowanej sumy kontrolnej, z którą można by ją porównać.
received-copy-heading = Kopia do wglądu
received-copy-intro = Wyeksportuj ten wniosek jako PDF w dowolnych dwóch językach, na przykład w jego własnym języku obok Twojego. Każda strona jest oznaczona jako kopia do wglądu otrzymanego wniosku; kopia nie ma pola na podpis.
received-copy-export = Eksportuj kopię do wglądu (PDF)

# Answering a request received: each answer is a draft of its own (a reply template), made here.
received-answer-heading = Odpowiedz na ten wniosek
received-answer-intro = Każda odpowiedź jest odrębnym formularzem, wypełnionym sygnaturą, datą i sumą kontrolną tego wniosku i eksportowanym jako dwujęzyczny PDF w Twoim języku i w języku organu wzywającego. PDF zawiera odpowiedź w postaci danych, dzięki czemu Tandem po stronie organu wzywającego rejestruje ją przy tym wniosku.
received-answers-made = Odpowiedzi przygotowane na ten wniosek
