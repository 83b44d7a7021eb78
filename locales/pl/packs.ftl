# Request forms an authority adds from a file (a "template pack", templates/README.md): the home
# screen's list of them, and why a file is refused (nothing is stored then).

packs-add = Dodaj formularz wniosku z pliku
packs-heading = Formularze wniosków dodane w tej przeglądarce
# Variables:
#   $issuer (String) - the authority that issued the form, as the file names it
#   $version (Number) - the form's version
#   $langs (String) - the languages the form is written in, e.g. "English, ქართული"
packs-details = Wydany przez: { $issuer } · wersja { $version } · języki: { $langs }
# Variables:
#   $source (String) - where the form comes from, as the file says
#   $date (String) - the date the form was issued, as written in the file (YYYY-MM-DD)
packs-source = Źródło: { $source } ({ $date })
packs-remove = Usuń ten formularz
# Variables:
#   $title (String) - the request form's title
packs-added = Dodano formularz wniosku: { $title }.
# Variables:
#   $title (String) - the request form's title
packs-removed = Usunięto formularz wniosku: { $title }. Jego projekty pozostają w tej przeglądarce i otwierają się w trybie tylko do odczytu.
# Variables:
#   $title (String) - the request form's title
#   $old (Number) - the version in this browser
#   $new (Number) - the version in the file
packs-replace-question = Ta przeglądarka ma wersję { $old } formularza „{ $title }”. Zastąpić ją wersją { $new }? Projekty sporządzone przy użyciu tego formularza zachowają swoje odpowiedzi.
packs-replace = Zastąp
# Variables:
#   $title (String) - the request form's title
#   $version (Number) - the version now in use
packs-replaced = Zaktualizowano formularz wniosku: { $title }, wersja { $version }.
# Variables:
#   $title (String) - the request form's title
#   $old (Number) - the version in this browser
#   $new (Number) - the version in the file
packs-not-newer = Ta przeglądarka ma już wersję { $old } formularza „{ $title }”; plik zawiera wersję { $new }. Niczego nie zmieniono.
# Shown on a draft whose request form was removed from this browser.
# Variables:
#   $id (String) - the form's identifier, e.g. ge-subscriber
#   $version (Number) - the form's version the draft was made with
#   $issuer (String) - the authority that issued the form
packs-draft-read-only = Ten projekt sporządzono przy użyciu formularza wniosku „{ $id }” w wersji { $version }, wydanego przez { $issuer }. Tego formularza nie ma już w tej przeglądarce, dlatego projekt jest wyświetlany w trybie tylko do odczytu: aby go edytować, dodaj ponownie ten formularz z jego pliku.

# Why a file was refused as a request form. The first line is always shown, then one reason.
packs-refused = Ten plik nie został dodany jako formularz wniosku. Niczego nie zapisano.
# Variables:
#   $limit (Number) - the largest size accepted, in kilobytes
packs-too-large = Plik jest większy niż { $limit } kB.
# Variables:
#   $limit (Number) - the deepest nesting accepted
packs-too-deep = Zagnieżdżenie struktury pliku przekracza dopuszczalną liczbę poziomów ({ $limit }).
packs-not-pack = Plik nie jest plikiem formularza wniosku Tandem.
packs-unknown-format = Plik nie wskazuje znanego formatu formularza wniosku.
# Variables:
#   $format (Number) - the format version the file states
packs-newer-format = Plik zapisano dla nowszej wersji Tandem (format { $format }).
# Variables:
#   $field (String) - the field's name in the file, e.g. issuer
packs-bad-field = Pole pliku { $field } nie istnieje, jest puste, zbyt długie lub ma nieprawidłowy typ.
# Variables:
#   $id (String) - the identifier the file gives the form
packs-bad-id = Identyfikator formularza { $id } musi składać się z od 1 do 40 małych liter, cyfr i łączników oraz zaczynać się od litery.
# Variables:
#   $id (String) - the identifier the file gives the form
packs-reserved-id = Identyfikator formularza { $id } jest zajęty przez własne rodzaje wniosków lub teksty Tandem.
# Variables:
#   $id (String) - the identifier the file gives the form
#   $template (String) - the identifier of the template in the file
packs-template-id = Identyfikator formularza { $id } i identyfikator jego szablonu { $template } są różne.
# Variables:
#   $path (String) - where in the template the mistake is, e.g. section.item
packs-bad-template = Szablon formularza jest nieprawidłowy w miejscu { $path }.
# Variables:
#   $kind (String) - the item kind named in the file
packs-unknown-kind = Szablon formularza używa rodzaju elementu, którego Tandem nie zna: { $kind }.
# Variables:
#   $lang (String) - the language code named in the file
packs-bad-lang = Język { $lang } nie jest obsługiwany przez Tandem lub został podany dwukrotnie.
packs-few-langs = Formularz musi być sporządzony w co najmniej dwóch językach.
# Variables:
#   $lang (String) - the language code, e.g. ka
packs-messages-missing = Formularz nie zawiera tekstów w języku { $lang } albo zawiera teksty w języku, którego nie deklaruje.
# Variables:
#   $lang (String) - the language code, e.g. ka
#   $line (Number) - the line of the texts where the mistake is
packs-syntax = Nie można odczytać tekstów w języku { $lang } (wiersz { $line }).
# Variables:
#   $id (String) - the text's identifier
#   $lang (String) - the language code, e.g. ka
packs-missing-message = Brak tekstu { $id } w języku { $lang }.
# Variables:
#   $id (String) - the text's identifier
#   $prefix (String) - what every text identifier of this form must start with
packs-outside-namespace = Tekst { $id } nie zaczyna się od { $prefix }: formularz nie może zmieniać własnych tekstów Tandem.
# Variables:
#   $id (String) - the text's identifier
#   $lang (String) - the language code, e.g. ka
packs-markup = Tekst { $id } w języku { $lang } zawiera znaczniki; dozwolony jest tylko zwykły tekst.
# Variables:
#   $id (String) - the text's identifier
#   $lang (String) - the language code, e.g. ka
packs-function = Tekst { $id } w języku { $lang } używa funkcji lub termu; dozwolone są tylko zwykły tekst, zmienne i warianty wyboru.
# Variables:
#   $id (String) - the text's identifier
#   $lang (String) - the language code, e.g. ka
#   $limit (Number) - the longest text accepted, in characters
packs-text-too-long = Tekst { $id } w języku { $lang } przekracza dopuszczalną liczbę znaków ({ $limit }).
# Variables:
#   $limit (Number) - the most texts accepted in one language
packs-too-many = Liczba tekstów formularza w jednym języku przekracza dopuszczalną wartość ({ $limit }).
