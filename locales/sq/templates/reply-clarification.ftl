# Template reply-clarification: request for clarification of a request received.

reply-clarification-legal-basis = Kërkesë për sqarim të kërkesës së identifikuar në seksionin 3

## 1 to 4: common to every answer

reply-clarification-date = Data
reply-clarification-reference = Referenca jonë
    .hint = Numri i referencës nën të cilin autoriteti juaj e trajton kërkesën, që autoriteti kërkues ta citojë kur e ndjek më tej.
reply-clarification-request = Kërkesa së cilës i përgjigjemi
reply-clarification-request-reference = Numri i referencës së kërkesës
reply-clarification-request-date = Data e kërkesës
reply-clarification-request-authority = Autoriteti kërkues
reply-clarification-request-fingerprint = Gjurma e kërkesës
    .hint = Gjurma e shtypur në fund të çdo faqeje të kërkesës. Plotësohet nga kërkesa e marrë: i tregon autoritetit kërkues saktësisht cilit version të kërkesës së tij i përgjigjet ky dokument.
reply-clarification-responding-authority = Autoriteti që përgjigjet
reply-clarification-responding-authority-organisation = Autoriteti
reply-clarification-responding-authority-person = Zyrtari që trajton kërkesën
reply-clarification-responding-authority-position = Pozicioni ose grada
reply-clarification-responding-authority-telephone = Numri i telefonit
reply-clarification-responding-authority-email = Adresa e postës elektronike

## 5 Clarification requested

reply-clarification-clarification = Sqarimi i kërkuar
reply-clarification-clarification-fields = Fushat e kërkesës që kanë nevojë për sqarim
    .hint = Një rresht për çdo fushë të numëruar të kërkesës që është e paqartë ose e paplotë: numri i saj siç është shtypur në kërkesë dhe çfarë nevojitet.
reply-clarification-clarification-fields-field = Numri i fushës
reply-clarification-clarification-fields-question = Çfarë është e paqartë ose mungon
reply-clarification-clarification-by = Ju lutemi të përgjigjeni deri më
    .hint = Fakultative. Për një ruajtje, data deri në të cilën nevojitet përgjigjja që të dhënat të mbahen.
