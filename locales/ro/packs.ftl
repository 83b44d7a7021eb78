# Request forms an authority adds from a file (a "template pack", templates/README.md): the home
# screen's list of them, and why a file is refused (nothing is stored then).

packs-add = Adăugați un formular de cerere dintr-un fișier
packs-heading = Formulare de cerere adăugate în acest browser
# Variables:
#   $issuer (String) - the authority that issued the form, as the file names it
#   $version (Number) - the form's version
#   $langs (String) - the languages the form is written in, e.g. "English, ქართული"
packs-details = Emis de { $issuer } · versiunea { $version } · limbi: { $langs }
# Variables:
#   $source (String) - where the form comes from, as the file says
#   $date (String) - the date the form was issued, as written in the file (YYYY-MM-DD)
packs-source = Sursa: { $source } ({ $date })
packs-remove = Eliminați acest formular
# Variables:
#   $title (String) - the request form's title
packs-added = Formular de cerere adăugat: { $title }.
# Variables:
#   $title (String) - the request form's title
packs-removed = Formular de cerere eliminat: { $title }. Proiectele sale rămân în acest browser și se deschid doar în citire.
# Variables:
#   $title (String) - the request form's title
#   $old (Number) - the version in this browser
#   $new (Number) - the version in the file
packs-replace-question = Acest browser conține versiunea { $old } a formularului „{ $title }”. Îl înlocuiți cu versiunea { $new }? Proiectele întocmite cu acesta își păstrează răspunsurile.
packs-replace = Înlocuiți
# Variables:
#   $title (String) - the request form's title
#   $version (Number) - the version now in use
packs-replaced = Formular de cerere actualizat: { $title }, versiunea { $version }.
# Variables:
#   $title (String) - the request form's title
#   $old (Number) - the version in this browser
#   $new (Number) - the version in the file
packs-not-newer = Acest browser conține deja versiunea { $old } a formularului „{ $title }”; fișierul conține versiunea { $new }. Nu s-a modificat nimic.
# Shown on a draft whose request form was removed from this browser.
# Variables:
#   $id (String) - the form's identifier, e.g. ge-subscriber
#   $version (Number) - the form's version the draft was made with
#   $issuer (String) - the authority that issued the form
packs-draft-read-only = Acest proiect a fost întocmit cu formularul de cerere „{ $id }” (versiunea { $version }, emis de { $issuer }), care nu mai există în acest browser. Proiectul este afișat doar în citire: pentru a-l modifica, adăugați din nou acel formular din fișierul său.

# Why a file was refused as a request form. The first line is always shown, then one reason.
packs-refused = Acest fișier nu a fost adăugat ca formular de cerere. Nu s-a salvat nimic.
# Variables:
#   $limit (Number) - the largest size accepted, in kilobytes
packs-too-large = Fișierul depășește { $limit } kB.
# Variables:
#   $limit (Number) - the deepest nesting accepted
packs-too-deep = Fișierul are o imbricare mai adâncă de { $limit ->
        [one] un nivel
        [few] { $limit } niveluri
       *[other] { $limit } de niveluri
    }.
packs-not-pack = Fișierul nu este un fișier de formular de cerere Tandem.
packs-unknown-format = Fișierul nu indică un format cunoscut de formular de cerere.
# Variables:
#   $format (Number) - the format version the file states
packs-newer-format = Fișierul a fost scris pentru o versiune mai nouă a Tandem (formatul { $format }).
# Variables:
#   $field (String) - the field's name in the file, e.g. issuer
packs-bad-field = Câmpul { $field } al fișierului lipsește, este gol, este prea lung sau are un tip greșit.
# Variables:
#   $id (String) - the identifier the file gives the form
packs-bad-id = Identificatorul formularului, { $id }, trebuie să fie format din 1 până la 40 de litere mici, cifre și cratime și să înceapă cu o literă.
# Variables:
#   $id (String) - the identifier the file gives the form
packs-reserved-id = Identificatorul formularului, { $id }, este deja folosit de tipurile de cereri sau de textele proprii ale Tandem.
# Variables:
#   $id (String) - the identifier the file gives the form
#   $template (String) - the identifier of the template in the file
packs-template-id = Identificatorul formularului, { $id }, diferă de identificatorul șablonului său, { $template }.
# Variables:
#   $path (String) - where in the template the mistake is, e.g. section.item
packs-bad-template = Șablonul formularului nu este valid la { $path }.
# Variables:
#   $kind (String) - the item kind named in the file
packs-unknown-kind = Șablonul formularului folosește un tip de element pe care Tandem nu îl cunoaște: { $kind }.
# Variables:
#   $lang (String) - the language code named in the file
packs-bad-lang = Limba { $lang } nu este una dintre limbile acceptate de Tandem sau este menționată de două ori.
packs-few-langs = Formularul trebuie să fie redactat în cel puțin două limbi.
# Variables:
#   $lang (String) - the language code, e.g. ka
packs-messages-missing = Formularul nu are texte în limba { $lang } sau are texte într-o limbă pe care nu o declară.
# Variables:
#   $lang (String) - the language code, e.g. ka
#   $line (Number) - the line of the texts where the mistake is
packs-syntax = Textele în limba { $lang } nu pot fi citite (rândul { $line }).
# Variables:
#   $id (String) - the text's identifier
#   $lang (String) - the language code, e.g. ka
packs-missing-message = Textul { $id } lipsește în limba { $lang }.
# Variables:
#   $id (String) - the text's identifier
#   $prefix (String) - what every text identifier of this form must start with
packs-outside-namespace = Identificatorul textului { $id } nu începe cu { $prefix }: un formular nu poate modifica textele proprii ale Tandem.
# Variables:
#   $id (String) - the text's identifier
#   $lang (String) - the language code, e.g. ka
packs-markup = Textul { $id } în limba { $lang } conține marcaje; este permis numai text simplu.
# Variables:
#   $id (String) - the text's identifier
#   $lang (String) - the language code, e.g. ka
packs-function = Textul { $id } în limba { $lang } folosește o funcție sau un termen; sunt permise numai text simplu, variabile și variante.
# Variables:
#   $id (String) - the text's identifier
#   $lang (String) - the language code, e.g. ka
#   $limit (Number) - the longest text accepted, in characters
packs-text-too-long = Textul { $id } în limba { $lang } depășește { $limit ->
        [one] un caracter
        [few] { $limit } caractere
       *[other] { $limit } de caractere
    }.
# Variables:
#   $limit (Number) - the most texts accepted in one language
packs-too-many = Formularul are mai mult de { $limit ->
        [one] un text
        [few] { $limit } texte
       *[other] { $limit } de texte
    } într-o singură limbă.
