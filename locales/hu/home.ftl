# Home screen (request types, drafts kept in this browser), autosave and the PDF preview.

home-all-requests = Minden megkeresés
home-start = Új megkeresés indítása
home-use-art29-preservation = Itt kezdje: az adatok azonnali megőrzése, mielőtt törölhetnék őket.
home-use-art31-subscriber = Előfizetői adatok beszerzésére kölcsönös jogsegély útján, a megőrzésük után.
home-use-art31-traffic = Forgalmi adatok beszerzésére kölcsönös jogsegély útján, a megőrzésük után.
home-use-art31-content = Tartalmi adatok beszerzésére kölcsönös jogsegély útján, a megőrzésük után.
home-use-emergency-disclosure = Kizárólag valamely személy életét vagy biztonságát fenyegető közvetlen veszély esetén.
home-use-provider-preservation = Ha a szolgáltató közvetlenül fogad külföldi hatóságoktól megkereséseket: az adatok azonnali megőrzése.
home-use-provider-disclosure = Nem tartalmi adatok közvetlen kérésére a szolgáltatótól, a megőrzésük után.
home-drafts = Tervezetek ebben a böngészőben
home-no-drafts = Még nincsenek tervezetek.
home-untitled = Hivatkozási szám nélküli tervezet
home-country = Megkeresett állam
home-edited = Utoljára szerkesztve
home-duplicate = Másolat készítése
home-rename = Átnevezés
home-name = A tervezet neve
home-save-name = A név mentése
home-cancel = Mégse
home-delete = Törlés
home-export = Exportálás fájlba
home-import = Tervezetfájl importálása
# Variables:
#   $name (String) - the draft's name or reference number
home-deleted = Tervezet törölve: { $name }.
home-undo = Visszavonás
# Variables:
#   $name (String) - the draft's name or reference number
home-imported = Tervezet importálva: { $name }.
# Variables:
#   $name (String) - the draft's name or reference number
home-imported-copy = Ez a tervezet már megvolt, ezért másolatként lett importálva: { $name }.
home-import-malformed = Ez a fájl nem Tandem-tervezet. Semmi sem változott.
home-import-too-large = Ez a fájl túl nagy egy Tandem-tervezethez. Semmi sem változott.
home-import-newer = Ez a tervezet a Tandem újabb verziójával készült. Semmi sem változott.
home-import-unknown = Ez a tervezet olyan megkeresésfajtához tartozik, amely a Tandem e verziójában nem létezik. Semmi sem változott.
# Variables:
#   $reason (String) - the browser's reason
home-storage-failed = Ez a böngésző megtagadta a tárolását ({ $reason }). Semmi sem változott.
home-not-found = Ez a tervezet nincs ebben a böngészőben.
home-saving = Mentés…
home-preview = A PDF előnézete
home-preview-title = A PDF előnézete
home-preview-download = Ennek a PDF-nek a letöltése
