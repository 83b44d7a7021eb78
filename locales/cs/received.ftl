# Requests received: a request made with Tandem by another authority, opened from its PDF (which
# carries the request as data) or from its draft file, and shown read-only in the language of the
# screen. Nothing is stored when a file is refused.

received-heading = Přijaté žádosti
received-intro = Žádost, kterou jiný orgán vytvořil v aplikaci Tandem, se zde otevře jen pro čtení a každý popisek, zaškrtnutí, stát a datum se zobrazí v jazyce této obrazovky. Soubor zůstává v tomto prohlížeči.
received-open = Otevřít přijatou žádost (její PDF nebo soubor konceptu)
received-none = Zatím nebyla přijata žádná žádost.
# Terms of a request received in the list (each followed by its value).
received-from = Dožadující orgán
received-reference = Číslo jednací
received-date = Přijato
received-delete = Smazat
# Variables:
#   $title (String) - the request's type, e.g. "Request for expedited preservation of stored computer data"
received-deleted = Přijatá žádost byla smazána: { $title }. Chcete-li ji obnovit, otevřete znovu její soubor.

# Why a file was not opened as a request received. Each ends by saying that nothing was stored.
# Variables:
#   $limit (Number) - the largest size accepted, in kilobytes
received-refused-too-large = Tento soubor je větší než { $limit } kB, tedy větší než jakákoli žádost vytvořená v aplikaci Tandem. Nic nebylo uloženo.
received-refused-not-pdf = Tento soubor není PDF ani soubor konceptu aplikace Tandem. Nic nebylo uloženo.
received-refused-no-data = Toto PDF neobsahuje žádost ve formě dat: nebylo vytvořeno v aplikaci Tandem, nebo bylo po vytvoření změněno. Nic nebylo uloženo.
received-refused-unreadable = Data žádosti v tomto souboru nelze přečíst: jsou poškozená nebo nejsou ve formátu aplikace Tandem. Nic nebylo uloženo.
received-refused-newer = Tato žádost byla vytvořena novější verzí aplikace Tandem. Nic nebylo uloženo.
received-refused-unknown = Tato žádost je pro druh žádosti, který tato verze aplikace Tandem nezná. Nic nebylo uloženo.
received-refused-locked = Tento soubor konceptu je uzamčen heslem. Požádejte dožadující orgán o PDF žádosti. Nic nebylo uloženo.
received-refused-fingerprint = Data žádosti v tomto PDF neodpovídají kontrolnímu součtu, který je na něm vytištěn: soubor byl po vytvoření změněn. Nic nebylo uloženo. Přečtěte si vytištěné stránky samotného PDF a požádejte dožadující orgán o nové vyhotovení.
# Variables:
#   $reason (String) - the browser's own reason, as it gives it
received-refused-storage = Tento prohlížeč odmítl žádost uložit ({ $reason }). Nic nebylo uloženo.

# The screen of a request received.
received-banner = Přijatá žádost — jen pro čtení. Vytvořil ji v aplikaci Tandem dožadující orgán; odpovědi jsou jeho.
# Variables:
#   $date (String) - the date and time the request was opened in this browser, in the local style
received-on = Přijato v tomto prohlížeči { $date }.
# Variables:
#   $a (String) - the name of the request's language A, in that language, e.g. "ქართული"
#   $b (String) - the name of the request's language B, in that language, e.g. "English"
received-doc-langs = Jazyky dokumentu žádosti: { $a } | { $b }. Volný text se zobrazuje tak, jak jej dožadující orgán napsal v jazyce { $a }, a vedle něj jeho vlastní překlad do jazyka { $b }.
# Variables:
#   $fingerprint (String) - 16 hexadecimal digits, e.g. 0123456789abcdef
received-fingerprint-checked = Kontrolní součet { $fingerprint }: odpovídá datům žádosti, jak je vytištěn na každé stránce jejího PDF.
# Variables:
#   $fingerprint (String) - 16 hexadecimal digits, e.g. 0123456789abcdef
received-fingerprint-draft = Kontrolní součet { $fingerprint }: vypočten ze souboru konceptu, který nemá žádný vytištěný kontrolní součet, s nímž by jej bylo možné porovnat.
received-copy-heading = Kopie k nahlédnutí
received-copy-intro = Exportujte tuto žádost jako PDF v libovolných dvou jazycích, například v jejím vlastním jazyce vedle vašeho. Každá stránka je označena jako kopie k nahlédnutí přijaté žádosti; kopie nemá pole pro podpis.
received-copy-export = Exportovat kopii k nahlédnutí (PDF)

# Answering a request received: each answer is a draft of its own (a reply template), made here.
received-answer-heading = Odpovědět na tuto žádost
received-answer-intro = Každá odpověď je samostatný formulář, vyplněný číslem jednacím, datem a kontrolním součtem této žádosti a exportovaný jako dvojjazyčné PDF ve Vašem jazyce a v jazyce dožadujícího orgánu. PDF obsahuje odpověď ve formě dat, takže ji Tandem na straně dožadujícího orgánu zaznamená k této žádosti.
received-answers-made = Odpovědi připravené k této žádosti
