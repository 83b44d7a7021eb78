# Template reply-action: notice of action taken on a request received (T-CY Rec 9).

reply-action-legal-basis = Njoftim për veprimet e kryera në lidhje me kërkesën e identifikuar në seksionin 3

## 1 to 4: common to every answer

reply-action-date = Data
reply-action-reference = Referenca jonë
    .hint = Numri i referencës nën të cilin autoriteti juaj e trajton kërkesën, që autoriteti kërkues ta citojë kur e ndjek më tej.
reply-action-request = Kërkesa së cilës i përgjigjemi
reply-action-request-reference = Numri i referencës së kërkesës
reply-action-request-date = Data e kërkesës
reply-action-request-authority = Autoriteti kërkues
reply-action-request-fingerprint = Gjurma e kërkesës
    .hint = Gjurma e shtypur në fund të çdo faqeje të kërkesës. Plotësohet nga kërkesa e marrë: i tregon autoritetit kërkues saktësisht cilit version të kërkesës së tij i përgjigjet ky dokument.
reply-action-responding-authority = Autoriteti që përgjigjet
reply-action-responding-authority-organisation = Autoriteti
reply-action-responding-authority-person = Zyrtari që trajton kërkesën
reply-action-responding-authority-position = Pozicioni ose grada
reply-action-responding-authority-telephone = Numri i telefonit
reply-action-responding-authority-email = Adresa e postës elektronike

## 5 Action taken

reply-action-action = Veprimet e kryera
reply-action-action-taken = Veprimet e kryera në lidhje me kërkesën
    .hint = Çfarë është bërë deri tani, për shembull: të dhënat janë marrë nga ofruesi i shërbimit dhe dërgohen bashkë me këtë njoftim, ose kërkesa i është përcjellë gjykatës për nxjerrjen e një urdhri.
reply-action-action-date = Data e veprimit
reply-action-action-next = Veprimet e mëtejshme që priten
