# Request forms an authority adds from a file (a "template pack", templates/README.md): the home
# screen's list of them, and why a file is refused (nothing is stored then).

packs-add = Megkeresési űrlap hozzáadása fájlból
packs-heading = Ebben a böngészőben hozzáadott megkeresési űrlapok
# Variables:
#   $issuer (String) - the authority that issued the form, as the file names it
#   $version (Number) - the form's version
#   $langs (String) - the languages the form is written in, e.g. "English, ქართული"
packs-details = Kiadta: { $issuer } · verzió: { $version } · nyelvek: { $langs }
# Variables:
#   $source (String) - where the form comes from, as the file says
#   $date (String) - the date the form was issued, as written in the file (YYYY-MM-DD)
packs-source = Forrás: { $source } ({ $date })
packs-remove = Az űrlap eltávolítása
# Variables:
#   $title (String) - the request form's title
packs-added = Megkeresési űrlap hozzáadva: { $title }.
# Variables:
#   $title (String) - the request form's title
packs-removed = Megkeresési űrlap eltávolítva: { $title }. Tervezetei ebben a böngészőben maradnak, és csak olvasásra nyílnak meg.
# Variables:
#   $title (String) - the request form's title
#   $old (Number) - the version in this browser
#   $new (Number) - the version in the file
packs-replace-question = Ebben a böngészőben a(z) „{ $title }” űrlap { $old }. verziója van meg. Lecseréli a(z) { $new }. verzióra? Az ezzel készült tervezetek megtartják válaszaikat.
packs-replace = Csere
# Variables:
#   $title (String) - the request form's title
#   $version (Number) - the version now in use
packs-replaced = Megkeresési űrlap frissítve: { $title }, verzió: { $version }.
# Variables:
#   $title (String) - the request form's title
#   $old (Number) - the version in this browser
#   $new (Number) - the version in the file
packs-not-newer = Ebben a böngészőben már megvan a(z) „{ $title }” űrlap { $old }. verziója; a fájl a(z) { $new }. verziót tartalmazza. Semmi sem változott.
# Shown on a draft whose request form was removed from this browser.
# Variables:
#   $id (String) - the form's identifier, e.g. ge-subscriber
#   $version (Number) - the form's version the draft was made with
#   $issuer (String) - the authority that issued the form
packs-draft-read-only = Ez a tervezet a(z) „{ $id }” megkeresési űrlappal készült (verzió: { $version }, kiadta: { $issuer }), amely már nincs ebben a böngészőben. A tervezet csak olvasható módban jelenik meg: a tervezet szerkesztéséhez adja hozzá újra az űrlapot annak fájljából.

# Why a file was refused as a request form. The first line is always shown, then one reason.
packs-refused = Ez a fájl nem lett megkeresési űrlapként hozzáadva. Semmi sem lett tárolva.
# Variables:
#   $limit (Number) - the largest size accepted, in kilobytes
packs-too-large = A fájl mérete meghaladja a megengedett értéket ({ $limit } kB).
# Variables:
#   $limit (Number) - the deepest nesting accepted
packs-too-deep = A fájl egymásba ágyazási mélysége meghaladja a megengedett szintszámot ({ $limit }).
packs-not-pack = A fájl nem Tandem megkeresési űrlapot tartalmazó fájl.
packs-unknown-format = A fájl nem jelöl meg ismert formátumot megkeresési űrlapokhoz.
# Variables:
#   $format (Number) - the format version the file states
packs-newer-format = A fájl a Tandem egy újabb verziójához készült (formátum: { $format }).
# Variables:
#   $field (String) - the field's name in the file, e.g. issuer
packs-bad-field = A fájl { $field } mezője hiányzik, üres, túl hosszú vagy hibás típusú.
# Variables:
#   $id (String) - the identifier the file gives the form
packs-bad-id = Az űrlap azonosítója ({ $id }) csak 1–40 kisbetűből, számjegyből és kötőjelből állhat, és betűvel kell kezdődnie.
# Variables:
#   $id (String) - the identifier the file gives the form
packs-reserved-id = Az űrlap azonosítóját ({ $id }) már a Tandem saját megkeresésfajtái vagy szövegei használják.
# Variables:
#   $id (String) - the identifier the file gives the form
#   $template (String) - the identifier of the template in the file
packs-template-id = Az űrlap azonosítója ({ $id }) és sablonjának azonosítója ({ $template }) eltér egymástól.
# Variables:
#   $path (String) - where in the template the mistake is, e.g. section.item
packs-bad-template = Az űrlap sablonja érvénytelen a következő helyen: { $path }.
# Variables:
#   $kind (String) - the item kind named in the file
packs-unknown-kind = Az űrlap sablonja a Tandem számára ismeretlen elemfajtát használ: { $kind }.
# Variables:
#   $lang (String) - the language code named in the file
packs-bad-lang = A(z) { $lang } nyelvet a Tandem nem támogatja, vagy kétszer van megadva.
packs-few-langs = Az űrlapot legalább két nyelven kell elkészíteni.
# Variables:
#   $lang (String) - the language code, e.g. ka
packs-messages-missing = Az űrlapnak nincsenek szövegei a(z) { $lang } nyelven, vagy olyan nyelven is vannak szövegei, amelyet nem jelöl meg.
# Variables:
#   $lang (String) - the language code, e.g. ka
#   $line (Number) - the line of the texts where the mistake is
packs-syntax = A(z) { $lang } nyelvű szövegek nem olvashatók be (sor: { $line }).
# Variables:
#   $id (String) - the text's identifier
#   $lang (String) - the language code, e.g. ka
packs-missing-message = A(z) { $id } szöveg hiányzik a(z) { $lang } nyelven.
# Variables:
#   $id (String) - the text's identifier
#   $prefix (String) - what every text identifier of this form must start with
packs-outside-namespace = A(z) { $id } szöveg azonosítója nem ezzel kezdődik: { $prefix }; az űrlap nem módosíthatja a Tandem saját szövegeit.
# Variables:
#   $id (String) - the text's identifier
#   $lang (String) - the language code, e.g. ka
packs-markup = A(z) { $id } szöveg a(z) { $lang } nyelven jelölőkódot tartalmaz; csak egyszerű szöveg megengedett.
# Variables:
#   $id (String) - the text's identifier
#   $lang (String) - the language code, e.g. ka
packs-function = A(z) { $id } szöveg a(z) { $lang } nyelven függvényt vagy termet használ; csak egyszerű szöveg, változók és választási lehetőségek megengedettek.
# Variables:
#   $id (String) - the text's identifier
#   $lang (String) - the language code, e.g. ka
#   $limit (Number) - the longest text accepted, in characters
packs-text-too-long = A(z) { $id } szöveg a(z) { $lang } nyelven hosszabb a megengedettnél ({ $limit } karakter).
# Variables:
#   $limit (Number) - the most texts accepted in one language
packs-too-many = Az űrlapnak egy nyelven a megengedettnél több szövege van (legfeljebb { $limit }).
