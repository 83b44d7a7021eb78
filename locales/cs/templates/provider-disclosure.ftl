# Šablona provider-disclosure: žádost zasílaná přímo poskytovateli služeb o dobrovolné zpřístupnění jiných než
# obsahových dat (informace o účastnících, IP adresy a záznamy o přihlášení). Necituje se žádná smlouva: poskytovatel
# rozhoduje podle své politiky a svého práva, zda data zpřístupní; žádost uvádí vnitrostátní právo, podle něhož
# dožadující orgán jedná.

provider-disclosure-legal-basis = Žádost zaslaná dožadujícím orgánem přímo poskytovateli služeb podle vnitrostátního práva tohoto orgánu (oddíl 6), o dobrovolné zpřístupnění
provider-disclosure-date = Datum
provider-disclosure-reference = Číslo jednací / spisová značka
provider-disclosure-status = Stav žádosti
provider-disclosure-status-new = Nová žádost
provider-disclosure-status-follow-up-preservation = Navazuje na žádost o uchování zaslanou poskytovateli služeb
provider-disclosure-previous-preservation = Žádost o uchování, na niž se navazuje
provider-disclosure-previous-preservation-date = Datum žádosti o uchování
provider-disclosure-previous-preservation-reference = Číslo jednací žádosti o uchování
provider-disclosure-previous-preservation-provider-reference = Číslo, které poskytovatel služeb uchování přidělil
    .hint = Potvrdil-li poskytovatel služeb uchování pod vlastním číslem, uveďte je: poskytovatel pak uchovaná data ihned najde.

## 4 Poskytovatel služeb, jemuž je žádost adresována

provider-disclosure-addressee = Poskytovatel služeb, jemuž je žádost adresována
provider-disclosure-addressee-name = Právnická osoba, jíž je žádost adresována
    .hint = Společnost, která odpovídá za službu a za dotčené uživatele. Žádosti zaslané nesprávné právnické osobě bývají často odmítnuty: vyberte poskytovatele výše nebo zadejte právnickou osobu uvedenou v jeho pokynech pro orgány činné v trestním řízení.
provider-disclosure-addressee-service = Dotčená služba
    .hint = Služba, jejíž data jsou požadována, pod názvem, pod nímž ji znají její uživatelé (například sociální síť, e-mailová nebo komunikační služba).
provider-disclosure-addressee-country = Stát, v němž je právnická osoba usazena
provider-disclosure-addressee-address = Adresa pro doručování písemností v řízení
provider-disclosure-addressee-portal = Portál nebo webový formulář pro žádosti orgánů činných v trestním řízení
provider-disclosure-addressee-email = E-mailová adresa pro žádosti orgánů činných v trestním řízení

## 5 Dožadující orgán

provider-disclosure-requesting-authority = Dožadující orgán
provider-disclosure-requesting-authority-organisation = Orgán
provider-disclosure-requesting-authority-person = Úřední osoba odpovědná za žádost
provider-disclosure-requesting-authority-position = Funkce nebo hodnost
provider-disclosure-requesting-authority-address = Adresa
provider-disclosure-requesting-authority-telephone = Telefonní číslo
    .hint = V mezinárodním formátu, začínající znakem + a předvolbou země, aby poskytovatel služeb mohl zavolat zpět a ověřit pravost žádosti.
provider-disclosure-requesting-authority-cell-phone = Číslo mobilního telefonu
provider-disclosure-requesting-authority-email = Úřední e-mailová adresa
    .hint = Adresa v úřední doméně Vašeho orgánu: poskytovatelé služeb mohou odmítnout žádosti zaslané ze soukromých nebo bezplatných e-mailových adres.
provider-disclosure-requesting-authority-time-zone = Časové pásmo
    .hint = Časové pásmo Vašeho úřadu jako posun vůči UTC. Každý čas v této žádosti se vztahuje k tomuto pásmu, není-li uvedeno jinak.

## 6 Vnitrostátní právní základ

provider-disclosure-domestic-legal-basis = Právní základ žádosti v právu dožadujícího orgánu
provider-disclosure-domestic-legal-basis-domestic-legal-basis = Ustanovení vnitrostátního práva, podle nichž dožadující orgán jedná
    .hint = Ustanovení Vašeho vnitrostátního práva (například trestního řádu), která Váš orgán opravňují věc vyšetřovat a tato data vyžadovat. Necitujte žádnou smlouvu a nevysvětlujte poskytovateli služeb jeho vlastní právo: o tom, zda data zpřístupní, rozhoduje podle své politiky a svého práva.
provider-disclosure-domestic-legal-basis-decision = Rozhodnutí nebo příkaz, jímž je žádost povolena, existuje-li
    .hint = Orgán, datum a číslo rozhodnutí, usnesení nebo příkazu, na jehož základě se žádost podává, vyžaduje-li to Vaše právo. Mnozí poskytovatelé služeb žádají listinu, kterou by vyžadovalo jejich vlastní právo, nebo její místní obdobu: viz požadavky poskytovatele výše.

## 7 Trestný čin a skutečnosti

provider-disclosure-offence = Trestný čin a stručné shrnutí skutečností
provider-disclosure-offence-offences = Vyšetřované trestné činy
    .hint = Jeden řádek pro každý trestný čin: jeho název nebo stručný popis, ustanovení Vašeho trestního zákona, které jej vymezuje, a nejvyšší trest.
provider-disclosure-offence-offences-offence = Trestný čin
provider-disclosure-offence-offences-provision = Právní ustanovení
provider-disclosure-offence-offences-penalty = Nejvyšší trest
provider-disclosure-offence-facts = Stručné shrnutí skutečností
    .hint = Několika větami: co se stalo, kdy a kde, každé datum a čas s časovým pásmem. Poskytovatel služeb nepotřebuje víc, než kolik je třeba k vyhledání dat a k pochopení, proč jsou potřeba: jméno podezřelého nebo poškozeného uveďte jen tehdy, je-li to nutné.

## 8 Požadovaná data

provider-disclosure-data = Požadovaná data (bez obsahu komunikace)
provider-disclosure-data-identifiers = Identifikátory dotčených účtů
    .hint = Každý účet, uživatelské jméno, ID uživatele, e-mailová adresa, telefonní číslo, URL nebo IP adresa přesně tak, jak je služba zobrazuje. Chybné nebo neúplné identifikátory jsou jedním z hlavních důvodů odmítnutí. U IP adresy uveďte zdrojový port a přesné datum a čas použití s časovým pásmem. Období, které se týká jen jednoho identifikátoru, se uvádí v jeho řádku.
provider-disclosure-data-period = Období požadovaných dat
    .hint = Oba konce s časovým pásmem, tak úzce, jak to vyšetřování dovolí. Žádosti za dlouhá období (více než 90 dnů) bývají často odmítnuty jako příliš široké.
provider-disclosure-data-categories = Kategorie požadovaných dat
    .hint = Pouze jiná než obsahová data: poskytovatelé služeb zpřístupňují obsah komunikace zahraničním orgánům zpravidla jen cestou vzájemné právní pomoci. Zaškrtněte jen to, co vyšetřování potřebuje.
provider-disclosure-data-categories-subscriber = Informace o účastnících: uvedené jméno, adresa, e-mailová adresa a telefonní číslo a datum založení účtu
provider-disclosure-data-categories-registration-ip = IP adresa použitá k založení účtu, s datem, časem, časovým pásmem a zdrojovým portem
provider-disclosure-data-categories-login-ip = IP adresy přihlášení (záznamy o přihlášení), s datem, časem, časovým pásmem a zdrojovým portem
provider-disclosure-data-categories-services = Využívané služby a doba jejich využívání
provider-disclosure-data-categories-other = Jiná data než obsahová data
provider-disclosure-data-categories-other-detail = Jiná požadovaná data
provider-disclosure-data-relationship = Význam dat pro vyšetřování
    .hint = Uveďte, jak tyto účty souvisejí s trestným činem a co data prokážou, například: z účtu byly dne 20. 11. 2026 ve 14:03 UTC+04:00 odeslány výhružné zprávy; informace o účastnících a záznamy o přihlášení umožní zjistit osobu, která účet používala.

## 9 Naléhavost

provider-disclosure-urgency = Naléhavost
provider-disclosure-urgency-reasons = Důvody, proč je žádost naléhavá, je-li
    .hint = Například termín hlavního líčení nebo přezkumu vazby. Hrozí-li nebezpečí pro život nebo bezpečnost osoby, použijte místo toho naléhavou žádost o zpřístupnění.
provider-disclosure-urgency-deadline = Data jsou potřeba do
    .hint = Nechte prázdné, pokud lhůta není.

## 10 Důvěrnost

provider-disclosure-confidentiality = Důvěrnost
provider-disclosure-confidentiality-conditions = Požadovaná důvěrnost
    .hint = Někteří poskytovatelé služeb informují své uživatele o žádostech, nejsou-li požádáni, aby tak nečinili, a sami rozhodují, zda tak učiní. Zaškrtněte, co vyšetřování potřebuje, a níže uveďte důvody.
provider-disclosure-confidentiality-conditions-no-notification = Žádáme, abyste o této žádosti neinformovali uživatele ani majitele účtu ani žádnou třetí osobu
provider-disclosure-confidentiality-conditions-warn = Vyžaduje-li Vaše politika informovat uživatele, žádáme, abyste předtím informovali dožadující orgán
provider-disclosure-confidentiality-details = Důvody důvěrnosti

## 11 Odpověď

provider-disclosure-reply = Odpověď
provider-disclosure-reply-format = Upřednostňovaný formát dat
provider-disclosure-reply-format-electronic = Elektronický a strojově čitelný (například tabulka nebo soubor CSV)
provider-disclosure-reply-format-document = Elektronický dokument (PDF)
provider-disclosure-reply-format-usual = Formát, který obvykle používáte
provider-disclosure-reply-channel = Žádáme o odpověď
provider-disclosure-reply-channel-email = E-mailem na úřední adresu dožadujícího orgánu uvedenou v oddílu 5
provider-disclosure-reply-channel-portal = Prostřednictvím Vašeho portálu pro orgány činné v trestním řízení
provider-disclosure-reply-channel-other = Jiným způsobem
provider-disclosure-reply-channel-other-detail = Způsob odpovědi
