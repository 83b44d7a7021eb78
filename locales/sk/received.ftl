# Requests received: a request made with Tandem by another authority, opened from its PDF (which
# carries the request as data) or from its draft file, and shown read-only in the language of the
# screen. Nothing is stored when a file is refused.

received-heading = Prijaté žiadosti
received-intro = Žiadosť, ktorú iný orgán vytvoril v aplikácii Tandem, sa tu otvorí len na čítanie a každý popis, zaškrtnutie, štát a dátum sa zobrazí v jazyku tejto obrazovky. Súbor zostáva v tomto prehliadači.
received-open = Otvoriť prijatú žiadosť (jej PDF alebo súbor návrhu)
received-none = Zatiaľ nebola prijatá žiadna žiadosť.
# Terms of a request received in the list (each followed by its value).
received-from = Dožadujúci orgán
received-reference = Číslo konania
received-date = Prijaté
received-delete = Vymazať
# Variables:
#   $title (String) - the request's type, e.g. "Request for expedited preservation of stored computer data"
received-deleted = Prijatá žiadosť bola vymazaná: { $title }. Ak ju chcete obnoviť, otvorte znova jej súbor.

# Why a file was not opened as a request received. Each ends by saying that nothing was stored.
# Variables:
#   $limit (Number) - the largest size accepted, in kilobytes
received-refused-too-large = Tento súbor je väčší ako { $limit } kB, teda väčší než akákoľvek žiadosť vytvorená v aplikácii Tandem. Nič sa neuložilo.
received-refused-not-pdf = Tento súbor nie je PDF ani súbor návrhu aplikácie Tandem. Nič sa neuložilo.
received-refused-no-data = Toto PDF neobsahuje žiadosť vo forme údajov: nebolo vytvorené v aplikácii Tandem alebo bolo po vytvorení zmenené. Nič sa neuložilo.
received-refused-unreadable = Údaje žiadosti v tomto súbore sa nedajú prečítať: sú poškodené alebo nie sú vo formáte aplikácie Tandem. Nič sa neuložilo.
received-refused-newer = Táto žiadosť bola vytvorená novšou verziou aplikácie Tandem. Nič sa neuložilo.
received-refused-unknown = Táto žiadosť je pre druh žiadosti, ktorý táto verzia aplikácie Tandem nepozná. Nič sa neuložilo.
received-refused-locked = Tento súbor návrhu je uzamknutý heslom. Požiadajte dožadujúci orgán o PDF žiadosti. Nič sa neuložilo.
received-refused-fingerprint = Údaje žiadosti v tomto PDF nezodpovedajú kontrolnému súčtu, ktorý je na ňom vytlačený: súbor bol po vytvorení zmenený. Nič sa neuložilo. Prečítajte si vytlačené strany samotného PDF a požiadajte dožadujúci orgán o nové vyhotovenie.
# Variables:
#   $reason (String) - the browser's own reason, as it gives it
received-refused-storage = Tento prehliadač odmietol žiadosť uložiť ({ $reason }). Nič sa neuložilo.

# The screen of a request received.
received-banner = Prijatá žiadosť — len na čítanie. Vytvoril ju v aplikácii Tandem dožadujúci orgán; odpovede sú jeho.
# Variables:
#   $date (String) - the date and time the request was opened in this browser, in the local style
received-on = Prijaté v tomto prehliadači { $date }.
# Variables:
#   $a (String) - the name of the request's language A, in that language, e.g. "ქართული"
#   $b (String) - the name of the request's language B, in that language, e.g. "English"
received-doc-langs = Jazyky dokumentu žiadosti: { $a } | { $b }. Voľný text sa zobrazuje tak, ako ho dožadujúci orgán napísal v jazyku { $a }, a vedľa neho jeho vlastný preklad do jazyka { $b }.
# Variables:
#   $fingerprint (String) - 16 hexadecimal digits, e.g. 0123456789abcdef
received-fingerprint-checked = Kontrolný súčet { $fingerprint }: zodpovedá údajom žiadosti, ako je vytlačený na každej strane jej PDF.
# Variables:
#   $fingerprint (String) - 16 hexadecimal digits, e.g. 0123456789abcdef
received-fingerprint-draft = Kontrolný súčet { $fingerprint }: vypočítaný zo súboru návrhu, ktorý nemá žiadny vytlačený kontrolný súčet na porovnanie.
received-copy-heading = Kópia na nahliadnutie
received-copy-intro = Exportujte túto žiadosť ako PDF v ľubovoľných dvoch jazykoch, napríklad v jej vlastnom jazyku vedľa vášho. Každá strana je označená ako kópia na nahliadnutie prijatej žiadosti; kópia nemá pole na podpis.
received-copy-export = Exportovať kópiu na nahliadnutie (PDF)

# Answering a request received: each answer is a draft of its own (a reply template), made here.
received-answer-heading = Odpovedať na túto žiadosť
received-answer-intro = Každá odpoveď je samostatný formulár, vyplnený číslom konania, dátumom a kontrolným súčtom tejto žiadosti, ktorý sa exportuje ako dvojjazyčné PDF vo vašom jazyku a v jazyku dožadujúceho orgánu. PDF obsahuje odpoveď vo forme údajov, takže ju Tandem u dožadujúceho orgánu zaznamená k tejto žiadosti.
received-answers-made = Odpovede pripravené na túto žiadosť
