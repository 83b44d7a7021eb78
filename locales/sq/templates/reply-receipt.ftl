# Template reply-receipt: confirmation of receipt of a request received (T-CY Rec 9).

reply-receipt-legal-basis = Konfirmim i marrjes së kërkesës së identifikuar në seksionin 3

## 1 to 4: common to every answer

reply-receipt-date = Data
reply-receipt-reference = Referenca jonë
    .hint = Numri i referencës nën të cilin autoriteti juaj e trajton kërkesën, që autoriteti kërkues ta citojë kur e ndjek më tej.
reply-receipt-request = Kërkesa së cilës i përgjigjemi
reply-receipt-request-reference = Numri i referencës së kërkesës
reply-receipt-request-date = Data e kërkesës
reply-receipt-request-authority = Autoriteti kërkues
reply-receipt-request-fingerprint = Gjurma e kërkesës
    .hint = Gjurma e shtypur në fund të çdo faqeje të kërkesës. Plotësohet nga kërkesa e marrë: i tregon autoritetit kërkues saktësisht cilit version të kërkesës së tij i përgjigjet ky dokument.
reply-receipt-responding-authority = Autoriteti që përgjigjet
reply-receipt-responding-authority-organisation = Autoriteti
reply-receipt-responding-authority-person = Zyrtari që trajton kërkesën
reply-receipt-responding-authority-position = Pozicioni ose grada
reply-receipt-responding-authority-telephone = Numri i telefonit
reply-receipt-responding-authority-email = Adresa e postës elektronike

## 5 to 7

reply-receipt-received-date = Data e marrjes së kërkesës
reply-receipt-forwarded = Përcjellë për ekzekutim te
    .hint = Autoriteti të cilit iu përcoll kërkesa për ekzekutim, nëse iu përcoll; lëreni bosh nëse kërkesën e ekzekuton autoriteti juaj.
reply-receipt-remarks = Vërejtje
