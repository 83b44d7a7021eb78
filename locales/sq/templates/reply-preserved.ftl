# Template reply-preserved: confirmation that a preservation request was executed.

reply-preserved-legal-basis = Konfirmim i ruajtjes së kërkuar në kërkesën e identifikuar në seksionin 3

## 1 to 4: common to every answer

reply-preserved-date = Data
reply-preserved-reference = Referenca jonë
    .hint = Numri i referencës nën të cilin autoriteti juaj e trajton kërkesën, që autoriteti kërkues ta citojë kur e ndjek më tej.
reply-preserved-request = Kërkesa së cilës i përgjigjemi
reply-preserved-request-reference = Numri i referencës së kërkesës
reply-preserved-request-date = Data e kërkesës
reply-preserved-request-authority = Autoriteti kërkues
reply-preserved-request-fingerprint = Gjurma e kërkesës
    .hint = Gjurma e shtypur në fund të çdo faqeje të kërkesës. Plotësohet nga kërkesa e marrë: i tregon autoritetit kërkues saktësisht cilit version të kërkesës së tij i përgjigjet ky dokument.
reply-preserved-responding-authority = Autoriteti që përgjigjet
reply-preserved-responding-authority-organisation = Autoriteti
reply-preserved-responding-authority-person = Zyrtari që trajton kërkesën
reply-preserved-responding-authority-position = Pozicioni ose grada
reply-preserved-responding-authority-telephone = Numri i telefonit
reply-preserved-responding-authority-email = Adresa e postës elektronike

## 5 Preservation

reply-preserved-preservation = Ruajtja
reply-preserved-preservation-preserved-on = Data e ruajtjes së të dhënave
reply-preserved-preservation-ends-on = Të dhënat ruhen deri më
    .hint = Dita e fundit kur të dhënat do të mbahen, përveç nëse ruajtja zgjatet ose deri atëherë merret një kërkesë për zbulimin e tyre.
reply-preserved-preservation-scope = Të dhënat që janë ruajtur
reply-preserved-preservation-scope-all = Të gjitha të dhënat e kërkuara
reply-preserved-preservation-scope-part = Një pjesë e të dhënave të kërkuara
reply-preserved-preservation-scope-part-detail = Të dhënat që janë ruajtur dhe të dhënat që nuk janë ruajtur, me arsyen
reply-preserved-preservation-holder = Mbajtësi i të dhënave
reply-preserved-remarks = Vërejtje
