# The request log: what became of a request once it was sent (T-CY Recommendation 9: confirmation
# of receipt and notice of action taken). Kept in this browser with the draft; never printed.

tracking-heading = A megküldés után
tracking-intro = Hivatala nyilvántartása erről a megkeresésről: mikor küldték meg, és milyen válaszok érkeztek rá. A tervezettel együtt ebben a böngészőben marad, és a megkeresésben soha nem jelenik meg.
tracking-status = Állapot
tracking-status-draft = Még nincs megküldve
tracking-status-sent = Megküldve
tracking-status-receipt-confirmed = Kézhezvétel visszaigazolva
tracking-status-executed = Megőrzés végrehajtva
tracking-status-answered = Intézkedés megtörtént
tracking-status-clarification-asked = Pontosítást kértek
tracking-status-refused = Nem teljesíthető
tracking-status-closed = Lezárva

# Recording the request as sent.
tracking-sent-on = A megküldés dátuma
tracking-channel = A megküldés módja
tracking-channel-email = Elektronikus levél
tracking-channel-portal = A hatóság vagy a szolgáltató portálja
tracking-channel-post = Posta vagy futárszolgálat
tracking-channel-diplomatic = Diplomáciai út
tracking-channel-other = Egyéb csatorna
tracking-mark-sent = Megküldés rögzítése
# Variables:
#   $date (String) - the date sent, e.g. 2026-11-02
#   $channel (String) - how it was sent, e.g. "E-mail"
tracking-sent = Megküldve: { $date }, módja: { $channel }.
# Variables:
#   $date (String) - the date by which a confirmation of receipt is expected, e.g. 2026-11-12
tracking-due = A kézhezvétel visszaigazolása { $date } napjáig várható.
# Variables:
#   $days (Number) - the days to wait for a confirmation of receipt, as set on the home screen
tracking-overdue = A megküldéstől számított { $days } napon belül nem érkezett visszaigazolás a kézhezvételről: érdeklődjön a megkeresés iránt.
tracking-reminder = Naptári emlékeztető (.ics)
# The calendar reminder's title and text.
# Variables:
#   $reference (String) - the request's reference number
tracking-ics-summary = Esedékes a kézhezvétel visszaigazolása: { $reference } számú megkeresés
# Variables:
#   $reference (String) - the request's reference number
#   $date (String) - the date sent, e.g. 2026-11-02
tracking-ics-description = A(z) { $reference } hivatkozási számú megkeresést { $date } napján küldték meg, kézhezvételét azonban még nem igazolták vissza. Kérje a megkeresett hatóságot, hogy igazolja vissza a kézhezvételt.
# Variables:
#   $date (String) - the last day the data are kept, e.g. 2027-02-03
tracking-preserved-until = A megkeresett hatóság visszaigazolta a megőrzést { $date } napjáig.

# Answers received.
tracking-answers = Beérkezett válaszok
tracking-answers-none = Még nincs rögzített válasz.
# Variables:
#   $kind (String) - the kind of answer, e.g. "Confirmation of receipt of a request"
#   $date (String) - the answer's date, e.g. 2026-11-04
tracking-answer-line = { $kind }, kelt: { $date }
# Variables:
#   $reference (String) - the answering authority's reference
tracking-answer-their-reference = Hivatkozási számuk: { $reference }
# Variables:
#   $reasons (String) - the reasons given, separated by commas
tracking-answer-reasons-given = Indokok: { $reasons }
tracking-answer-from-pdf = A válasz PDF-jéből beolvasva
tracking-answer-by-hand = Kézzel rögzítve

# Entering an answer by hand (one received on paper, by e-mail or by telephone).
tracking-enter = Beérkezett válasz kézi rögzítése
tracking-answer-kind = Válasz
tracking-answer-date = A válasz dátuma
tracking-answer-reference = Hivatkozási számuk
tracking-answer-ends-on = A megőrzés utolsó napja
tracking-answer-reasons = Indokok
tracking-reason-incomplete = Hiányos megkeresés
tracking-reason-wrong-addressee = Téves hatóság vagy jogi személy
tracking-reason-identification = Nem elegendő a felhasználó vagy az adatok azonosításához
tracking-reason-not-held = Az adatok nincsenek a birtokukban
tracking-reason-retention-expired = Az adatokat már nem tárolják
tracking-reason-legal-obstacle = Jogi akadály
tracking-reason-dual-criminality = A kettős büntethetőség feltétele nem teljesül
tracking-reason-other = Egyéb ok
tracking-record = Válasz rögzítése
tracking-date-needed = A dátumot év-hónap-nap formában adja meg, például 2026-11-04.

# Closing and reopening, and the office's offence category for its statistics.
tracking-close = A megkeresés lezárása
tracking-reopen = A megkeresés újranyitása
# Variables:
#   $date (String) - the day the request was closed, e.g. 2026-12-01
tracking-closed = Lezárva: { $date }.
tracking-category = Bűncselekmény-kategória, a hivatal statisztikájához
tracking-category-none = Nincs kiválasztva
tracking-category-confidentiality = A számítástechnikai adatok és rendszerek bizalmassága, sértetlensége és hozzáférhetősége elleni bűncselekmények
tracking-category-computer-related = Számítástechnikai hamisítás vagy csalás
tracking-category-content = Tartalommal kapcsolatos bűncselekmények
tracking-category-copyright = A szerzői és szomszédos jogok megsértése
tracking-category-other = Egyéb bűncselekmények

# Recording an answer from its PDF (home screen).
tracking-open-answer = Beérkezett válasz rögzítése (a PDF-jéből)
# Variables:
#   $kind (String) - the kind of answer, e.g. "Confirmation of receipt of a request"
#   $reference (String) - the request's reference number
tracking-recorded = { $kind } rögzítve a(z) { $reference } számú megkereséshez.
# Variables:
#   $reference (String) - the request's reference number
tracking-already = Ez a válasz már rögzítve van a(z) { $reference } számú megkereséshez.
# Variables:
#   $reference (String) - the reference of the request the answer names
tracking-no-match = Ebben a böngészőben egyetlen megkeresés sem felel meg ennek a válasznak (a válasz a(z) { $reference } számú megkeresést nevezi meg). Először importálja a megkeresés tervezetfájlját; zárolt megkeresés zárolását előbb fel kell oldani. Semmi sem lett tárolva.
# Variables:
#   $reference (String) - the reference of the request the answer names
tracking-several = Ebben a böngészőben több megkeresés is a(z) { $reference } hivatkozási számot viseli, és egyikükre sem azt az ujjlenyomatot nyomtatták, amelyet ez a válasz megnevez. Rögzítse a választ kézzel a megfelelő megkeresésnél. Semmi sem lett tárolva.
tracking-not-answer = Ez a PDF megkeresés, nem pedig válasz egy megkeresésre: a „Beérkezett megkeresések” részben nyissa meg. Semmi sem lett tárolva.
tracking-is-answer = Ez a PDF egy megkeresésre adott válasz, nem megkeresés: a „Beérkezett válasz rögzítése” gombbal rögzítse. Semmi sem lett tárolva.

# The request log on the home screen: filters, and the days to wait for a confirmation.
tracking-filter-status = Állapot
tracking-filter-country = Ország
tracking-filter-type = A megkeresés fajtája
tracking-filter-all = Mind
tracking-filter-overdue = Csak azok a megkeresések, amelyeknél a kézhezvétel visszaigazolása késik
tracking-confirm-days = A kézhezvétel visszaigazolására várt napok száma
tracking-overdue-flag = A visszaigazolás késik
# Variables:
#   $shown (Number) - drafts shown
#   $total (Number) - drafts stored
tracking-filtered = { $total } közül { $shown } látható
