# Template reply-refusal: notice that a request received cannot be executed, with its reasons.

reply-refusal-legal-basis = Njoftim se kërkesa e identifikuar në seksionin 3 nuk mund të ekzekutohet

## 1 to 4: common to every answer

reply-refusal-date = Data
reply-refusal-reference = Referenca jonë
    .hint = Numri i referencës nën të cilin autoriteti juaj e trajton kërkesën, që autoriteti kërkues ta citojë kur e ndjek më tej.
reply-refusal-request = Kërkesa së cilës i përgjigjemi
reply-refusal-request-reference = Numri i referencës së kërkesës
reply-refusal-request-date = Data e kërkesës
reply-refusal-request-authority = Autoriteti kërkues
reply-refusal-request-fingerprint = Gjurma e kërkesës
    .hint = Gjurma e shtypur në fund të çdo faqeje të kërkesës. Plotësohet nga kërkesa e marrë: i tregon autoritetit kërkues saktësisht cilit version të kërkesës së tij i përgjigjet ky dokument.
reply-refusal-responding-authority = Autoriteti që përgjigjet
reply-refusal-responding-authority-organisation = Autoriteti
reply-refusal-responding-authority-person = Zyrtari që trajton kërkesën
reply-refusal-responding-authority-position = Pozicioni ose grada
reply-refusal-responding-authority-telephone = Numri i telefonit
reply-refusal-responding-authority-email = Adresa e postës elektronike

## 5 and 6: reasons, and what would allow execution

reply-refusal-reasons = Arsyet
reply-refusal-reasons-reasons = Kërkesa nuk mund të ekzekutohet sepse
reply-refusal-reasons-reasons-incomplete = kërkesa është e paplotë
reply-refusal-reasons-reasons-wrong-addressee = u dërgua tek autoriteti ose personi juridik i gabuar
reply-refusal-reasons-reasons-identification = informacioni i dhënë nuk mjafton për të identifikuar përdoruesin ose të dhënat
reply-refusal-reasons-reasons-not-held = të dhënat nuk disponohen
reply-refusal-reasons-reasons-retention-expired = të dhënat nuk mbahen më
reply-refusal-reasons-reasons-legal-obstacle = ekziston një pengesë ligjore për ekzekutimin
reply-refusal-reasons-reasons-dual-criminality = nuk plotësohet kushti i kriminalitetit të dyfishtë
reply-refusal-reasons-reasons-other = arsye tjetër
reply-refusal-reasons-reasons-other-detail = Arsye tjetër
reply-refusal-reasons-explanation = Shpjegim
    .hint = Fakultative. Faktet që qëndrojnë pas arsyeve të shënuara, në mënyrë që autoriteti kërkues të mund të veprojë në bazë të tyre.
reply-refusal-next = Çfarë do të lejonte ekzekutimin e kërkesës
    .hint = Fakultative. Për shembull: informacioni që mungon, autoriteti ose personi juridik kompetent, ose procedura ligjore që duhet ndjekur.
