# Requests received: a request made with Tandem by another authority, opened from its PDF (which
# carries the request as data) or from its draft file, and shown read-only in the language of the
# screen. Nothing is stored when a file is refused.

received-heading = Beérkezett megkeresések
received-intro = Egy másik hatóság által a Tandem segítségével készített megkeresés itt csak olvasható módon nyílik meg, minden felirattal, jelöléssel, országgal és dátummal e képernyő nyelvén. A fájl ebben a böngészőben marad.
received-open = Beérkezett megkeresés megnyitása (a PDF-je vagy a tervezetfájlja)
received-none = Még nem érkezett megkeresés.
# Terms of a request received in the list (each followed by its value).
received-from = Megkereső hatóság
received-reference = Hivatkozási szám
received-date = Beérkezett
received-delete = Törlés
# Variables:
#   $title (String) - the request's type, e.g. "Request for expedited preservation of stored computer data"
received-deleted = A beérkezett megkeresés törölve: { $title }. Visszaállításához nyissa meg újra a fájlját.

# Why a file was not opened as a request received. Each ends by saying that nothing was stored.
# Variables:
#   $limit (Number) - the largest size accepted, in kilobytes
received-refused-too-large = Ez a fájl nagyobb, mint { $limit } kB, vagyis nagyobb bármely, a Tandem segítségével készített megkeresésnél. Semmi sem lett tárolva.
received-refused-not-pdf = Ez a fájl sem nem PDF, sem nem Tandem-tervezetfájl. Semmi sem lett tárolva.
received-refused-no-data = Ez a PDF nem tartalmazza a megkeresést adatként: nem a Tandem segítségével készült, vagy elkészülte után módosították. Semmi sem lett tárolva.
received-refused-unreadable = A fájlban lévő megkeresési adatok nem olvashatók: sérültek, vagy nem a Tandem formátumában vannak. Semmi sem lett tárolva.
received-refused-newer = Ez a megkeresés a Tandem újabb verziójával készült. Semmi sem lett tárolva.
received-refused-unknown = Ez a megkeresés olyan megkeresésfajtához tartozik, amely a Tandem e verziójában nem létezik. Semmi sem lett tárolva.
received-refused-locked = Ez a tervezetfájl jelmondattal zárolva van. Kérje meg a megkereső hatóságot, hogy küldje meg a megkeresés PDF-jét. Semmi sem lett tárolva.
received-refused-fingerprint = A PDF-ben lévő megkeresési adatok nem egyeznek a rá nyomtatott ujjlenyomattal: a fájlt elkészülte után módosították. Semmi sem lett tárolva. Olvassa el magának a PDF-nek a nyomtatott oldalait, és kérje meg a megkereső hatóságot, hogy küldjön új példányt.
# Variables:
#   $reason (String) - the browser's own reason, as it gives it
received-refused-storage = Ez a böngésző megtagadta a megkeresés tárolását ({ $reason }). Semmi sem lett tárolva.

# The screen of a request received.
received-banner = Beérkezett megkeresés — csak olvasható. A megkereső hatóság készítette a Tandem segítségével; a válaszok tőle származnak.
# Variables:
#   $date (String) - the date and time the request was opened in this browser, in the local style
received-on = Ebbe a böngészőbe beérkezett: { $date }.
# Variables:
#   $a (String) - the name of the request's language A, in that language, e.g. "ქართული"
#   $b (String) - the name of the request's language B, in that language, e.g. "English"
received-doc-langs = A megkeresés dokumentumnyelvei: { $a } | { $b }. A szabad szöveg úgy jelenik meg, ahogyan a megkereső hatóság { $a } nyelven megírta, mellette pedig a saját { $b } nyelvű fordítása.
# Variables:
#   $fingerprint (String) - 16 hexadecimal digits, e.g. 0123456789abcdef
received-fingerprint-checked = Ujjlenyomat: { $fingerprint } – egyezik a megkeresés adataival, ahogyan a PDF-je minden oldalára nyomtatták.
# Variables:
#   $fingerprint (String) - 16 hexadecimal digits, e.g. 0123456789abcdef
received-fingerprint-draft = Ujjlenyomat: { $fingerprint } – a tervezetfájlból számítva, amelyen nincs nyomtatott ujjlenyomat, amellyel össze lehetne vetni.
received-copy-heading = Olvasópéldány
received-copy-intro = Exportálja ezt a megkeresést PDF-ként bármely két nyelven, például a megkeresés nyelvét az Ön nyelve mellett. Minden oldalon jelölés mutatja, hogy ez egy beérkezett megkeresés olvasópéldánya; aláírási rovata nincs.
received-copy-export = Olvasópéldány exportálása (PDF)

# Answering a request received: each answer is a draft of its own (a reply template), made here.
received-answer-heading = A megkeresés megválaszolása
received-answer-intro = Minden válasz önálló űrlap, amely e megkeresés hivatkozási számával, dátumával és ujjlenyomatával kitöltve kétnyelvű PDF-ként exportálható az Ön nyelvén és a megkereső hatóság nyelvén. A PDF adatként is tartalmazza a választ, így a megkereső hatóságnál a Tandem ehhez a megkereséshez rögzíti.
received-answers-made = Erre a megkeresésre készített válaszok
