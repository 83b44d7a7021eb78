# Šablona provider-preservation: žádost zasílaná přímo poskytovateli služeb o uchování dat.
# Necituje se žádná smlouva: poskytovatel rozhoduje podle své politiky a svého práva; žádost uvádí vnitrostátní
# právo, podle něhož dožadující orgán jedná.

provider-preservation-legal-basis = Žádost zaslaná dožadujícím orgánem přímo poskytovateli služeb podle vnitrostátního práva tohoto orgánu (oddíl 6)

## 1 až 3: datum, číslo jednací, stav

provider-preservation-date = Datum
provider-preservation-reference = Číslo jednací / spisová značka
provider-preservation-status = Stav žádosti
provider-preservation-status-new = Nová žádost
provider-preservation-status-extension = Prodloužení předchozí žádosti o uchování
provider-preservation-status-previous-reference = Číslo předchozí žádosti (číslo přidělené poskytovatelem služeb, pokud je sdělil)
provider-preservation-previous-request-date = Datum předchozí žádosti

## 4 Poskytovatel služeb, jemuž je žádost adresována

provider-preservation-addressee = Poskytovatel služeb, jemuž je žádost adresována
provider-preservation-addressee-name = Právnická osoba, jíž je žádost adresována
    .hint = Společnost, která odpovídá za službu a za dotčené uživatele. Žádosti zaslané nesprávné právnické osobě bývají často odmítnuty: vyberte poskytovatele výše nebo zadejte právnickou osobu uvedenou v jeho pokynech pro orgány činné v trestním řízení.
provider-preservation-addressee-service = Dotčená služba
    .hint = Služba, jejíž data mají být uchována, pod názvem, pod nímž ji znají její uživatelé (například sociální síť, e-mailová nebo komunikační služba).
provider-preservation-addressee-country = Stát, v němž je právnická osoba usazena
provider-preservation-addressee-address = Adresa pro doručování písemností v řízení
provider-preservation-addressee-portal = Portál nebo webový formulář pro žádosti orgánů činných v trestním řízení
provider-preservation-addressee-email = E-mailová adresa pro žádosti orgánů činných v trestním řízení

## 5 Dožadující orgán

provider-preservation-requesting-authority = Dožadující orgán
provider-preservation-requesting-authority-organisation = Orgán
provider-preservation-requesting-authority-person = Úřední osoba odpovědná za žádost
provider-preservation-requesting-authority-position = Funkce nebo hodnost
provider-preservation-requesting-authority-address = Adresa
provider-preservation-requesting-authority-telephone = Telefonní číslo
    .hint = V mezinárodním formátu, začínající znakem + a předvolbou země, aby poskytovatel služeb mohl zavolat zpět a ověřit pravost žádosti.
provider-preservation-requesting-authority-cell-phone = Číslo mobilního telefonu
provider-preservation-requesting-authority-email = Úřední e-mailová adresa
    .hint = Adresa v úřední doméně Vašeho orgánu: poskytovatelé služeb mohou odmítnout žádosti zaslané ze soukromých nebo bezplatných e-mailových adres.
provider-preservation-requesting-authority-time-zone = Časové pásmo
    .hint = Časové pásmo Vašeho úřadu jako posun vůči UTC. Každý čas v této žádosti se vztahuje k tomuto pásmu, není-li uvedeno jinak.

## 6 Vnitrostátní právní základ

provider-preservation-domestic-legal-basis = Právní základ žádosti v právu dožadujícího orgánu
provider-preservation-domestic-legal-basis-domestic-legal-basis = Ustanovení vnitrostátního práva, podle nichž dožadující orgán jedná
    .hint = Ustanovení Vašeho vnitrostátního práva (například trestního řádu), která Váš orgán opravňují věc vyšetřovat a podat tuto žádost. Necitujte žádnou smlouvu a nevysvětlujte poskytovateli služeb jeho vlastní právo: o tom, zda žádosti vyhoví, rozhoduje podle své politiky a svého práva.
provider-preservation-domestic-legal-basis-decision = Rozhodnutí nebo příkaz, jímž je žádost povolena, existuje-li
    .hint = Orgán, datum a číslo rozhodnutí, usnesení nebo příkazu, na jehož základě se žádost podává, vyžaduje-li to Vaše právo.

## 7 Trestný čin a skutečnosti

provider-preservation-offence = Trestný čin a stručné shrnutí skutečností
provider-preservation-offence-offences = Vyšetřované trestné činy
    .hint = Jeden řádek pro každý trestný čin: jeho název nebo stručný popis, ustanovení Vašeho trestního zákona, které jej vymezuje, a nejvyšší trest.
provider-preservation-offence-offences-offence = Trestný čin
provider-preservation-offence-offences-provision = Právní ustanovení
provider-preservation-offence-offences-penalty = Nejvyšší trest
provider-preservation-offence-facts = Stručné shrnutí skutečností
    .hint = Několika větami: co se stalo, kdy a kde, každé datum a čas s časovým pásmem. Poskytovatel služeb nepotřebuje víc, než kolik je třeba k vyhledání dat: jméno podezřelého nebo poškozeného uveďte jen tehdy, je-li to nutné.

## 8 Data, která mají být uchována

provider-preservation-data = Data, která mají být uchována
provider-preservation-data-identifiers = Identifikátory účtů nebo dat, která mají být uchována
    .hint = Každý účet, uživatelské jméno, ID uživatele, e-mailová adresa, telefonní číslo, URL nebo IP adresa přesně tak, jak je služba zobrazuje. Chybné nebo neúplné identifikátory jsou jedním z hlavních důvodů odmítnutí. U IP adresy uveďte zdrojový port a přesné datum a čas použití s časovým pásmem. Období, které se týká jen jednoho identifikátoru, se uvádí v jeho řádku.
provider-preservation-data-period = Období dat, která mají být uchována
    .hint = Období, které mají data pokrývat, je-li stejné pro všechny identifikátory, každý jeho konec s časovým pásmem. Žádosti za dlouhá období (více než 90 dnů) bývají často odmítnuty jako příliš široké.
provider-preservation-data-categories = Kategorie dat, která mají být uchována
    .hint = Zaškrtněte jen to, co vyšetřování potřebuje. Uchování zachovává data v nezměněném stavu, nezpřístupňuje je: budou vyžádána postupem uvedeným v oddílu 9.
provider-preservation-data-categories-subscriber = Informace o účastnících
provider-preservation-data-categories-traffic = Provozní data včetně IP adres a záznamů o přihlášení
provider-preservation-data-categories-content = Obsahová data
provider-preservation-data-categories-other = Jiná data
provider-preservation-data-categories-other-detail = Jiná data, která mají být uchována
provider-preservation-data-relationship = Souvislost dat s vyšetřováním
    .hint = Uveďte, jak tyto účty nebo data souvisejí s trestným činem, například: z účtu byly dne 20. 11. 2026 ve 14:03 UTC+04:00 odeslány výhružné zprávy.

## 9 Navazující právní postup

provider-preservation-follow-up = Zpřístupnění uchovaných dat
provider-preservation-follow-up-process = Dožadující orgán bude usilovat o zpřístupnění uchovaných dat prostřednictvím
    .hint = Zaškrtněte, co zašlete. Uchování data pouze zachovává; k jejich získání zašlete žádost o zpřístupnění s dostatečnou rezervou před skončením uchování, nebo včas požádejte o prodloužení.
provider-preservation-follow-up-process-mla = Žádosti o vzájemnou právní pomoc státu, v němž je poskytovatel služeb usazen
provider-preservation-follow-up-process-provider = Žádosti poskytovateli služeb o dobrovolné zpřístupnění
provider-preservation-follow-up-process-other = Jiného právního postupu
provider-preservation-follow-up-process-other-detail = Právní postup
provider-preservation-follow-up-expected-date = Předpokládané datum žádosti o zpřístupnění
    .hint = Jak dlouho poskytovatel služeb data uchovává, závisí na jeho politice: viz jeho profil výše a zašlete žádost o zpřístupnění v této době.

## 10 Důvěrnost

provider-preservation-confidentiality = Důvěrnost
provider-preservation-confidentiality-conditions = Požadovaná důvěrnost
    .hint = Někteří poskytovatelé služeb informují své uživatele o žádostech, nejsou-li požádáni, aby tak nečinili, a sami rozhodují, zda tak učiní. Zaškrtněte, co vyšetřování potřebuje, a níže uveďte důvody.
provider-preservation-confidentiality-conditions-no-notification = Žádáme, abyste o této žádosti neinformovali uživatele ani majitele účtu ani žádnou třetí osobu
provider-preservation-confidentiality-conditions-warn = Vyžaduje-li Vaše politika informovat uživatele, žádáme, abyste předtím informovali dožadující orgán
provider-preservation-confidentiality-details = Důvody důvěrnosti

## 11 Odpověď

provider-preservation-reply = Odpověď
provider-preservation-reply-acknowledgement = Žádáme o potvrzení, že data byla uchována, a o sdělení čísla přiděleného této žádosti a data, kdy uchování skončí
provider-preservation-reply-channel = Žádáme o odpověď
provider-preservation-reply-channel-email = E-mailem na úřední adresu dožadujícího orgánu uvedenou v oddílu 5
provider-preservation-reply-channel-portal = Prostřednictvím Vašeho portálu pro orgány činné v trestním řízení
provider-preservation-reply-channel-other = Jiným způsobem
provider-preservation-reply-channel-other-detail = Způsob odpovědi
