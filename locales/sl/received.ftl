# Requests received: a request made with Tandem by another authority, opened from its PDF (which
# carries the request as data) or from its draft file, and shown read-only in the language of the
# screen. Nothing is stored when a file is refused.

received-heading = Prejeta zaprosila
received-intro = Zaprosilo, ki ga je drug organ izdelal z aplikacijo Tandem, se tu odpre samo za branje, vsaka oznaka, kljukica, država in datum pa so prikazani v jeziku tega zaslona. Datoteka ostane v tem brskalniku.
received-open = Odpri prejeto zaprosilo (njegov PDF ali datoteko osnutka)
received-none = Prejetih zaprosil še ni.
# Terms of a request received in the list (each followed by its value).
received-from = Organ prosilec
received-reference = Opravilna številka
received-date = Prejeto
received-delete = Izbriši
# Variables:
#   $title (String) - the request's type, e.g. "Request for expedited preservation of stored computer data"
received-deleted = Prejeto zaprosilo je izbrisano: { $title }. Če ga želite vrniti, znova odprite njegovo datoteko.

# Why a file was not opened as a request received. Each ends by saying that nothing was stored.
# Variables:
#   $limit (Number) - the largest size accepted, in kilobytes
received-refused-too-large = Ta datoteka je večja od { $limit } kB, torej večja od katerega koli zaprosila, izdelanega z aplikacijo Tandem. Nič ni bilo shranjeno.
received-refused-not-pdf = Ta datoteka ni niti PDF niti datoteka osnutka aplikacije Tandem. Nič ni bilo shranjeno.
received-refused-no-data = Ta PDF ne vsebuje zaprosila v obliki podatkov: ni bil izdelan z aplikacijo Tandem ali pa je bil po izdelavi spremenjen. Nič ni bilo shranjeno.
received-refused-unreadable = Podatkov zaprosila v tej datoteki ni mogoče prebrati: so poškodovani ali niso v obliki zapisa aplikacije Tandem. Nič ni bilo shranjeno.
received-refused-newer = To zaprosilo je bilo izdelano z novejšo različico aplikacije Tandem. Nič ni bilo shranjeno.
received-refused-unknown = To zaprosilo je za vrsto zaprosila, ki je ta različica aplikacije Tandem ne pozna. Nič ni bilo shranjeno.
received-refused-locked = Ta datoteka osnutka je zaklenjena z geslom. Od organa prosilca zahtevajte PDF zaprosila. Nič ni bilo shranjeno.
received-refused-fingerprint = Podatki zaprosila v tem PDF-ju se ne ujemajo s kontrolno vsoto, natisnjeno na njem: datoteka je bila po izdelavi spremenjena. Nič ni bilo shranjeno. Preberite natisnjene strani samega PDF-ja in od organa prosilca zahtevajte nov izvod.
# Variables:
#   $reason (String) - the browser's own reason, as it gives it
received-refused-storage = Ta brskalnik je zavrnil shranjevanje zaprosila ({ $reason }). Nič ni bilo shranjeno.

# The screen of a request received.
received-banner = Prejeto zaprosilo — samo za branje. Izdelal ga je organ prosilec z aplikacijo Tandem; odgovori so njegovi.
# Variables:
#   $date (String) - the date and time the request was opened in this browser, in the local style
received-on = Prejeto v tem brskalniku { $date }.
# Variables:
#   $a (String) - the name of the request's language A, in that language, e.g. "ქართული"
#   $b (String) - the name of the request's language B, in that language, e.g. "English"
received-doc-langs = Jezika dokumenta zaprosila: { $a } | { $b }. Prosto besedilo je prikazano tako, kot ga je organ prosilec napisal v jeziku { $a }, ob njem pa je njegov lastni prevod v jezik { $b }.
# Variables:
#   $fingerprint (String) - 16 hexadecimal digits, e.g. 0123456789abcdef
received-fingerprint-checked = Kontrolna vsota { $fingerprint }: ujema se s podatki zaprosila, kot je natisnjena na vsaki strani njegovega PDF-ja.
# Variables:
#   $fingerprint (String) - 16 hexadecimal digits, e.g. 0123456789abcdef
received-fingerprint-draft = Kontrolna vsota { $fingerprint }: izračunana iz datoteke osnutka, ki nima natisnjene kontrolne vsote, s katero bi jo lahko primerjali.
received-copy-heading = Izvod za vpogled
received-copy-intro = Izvozite to zaprosilo kot PDF v poljubnih dveh jezikih, na primer v njegovem jeziku ob vašem. Vsaka stran je označena kot izvod za vpogled prejetega zaprosila; izvod nima polja za podpis.
received-copy-export = Izvozi izvod za vpogled (PDF)

# Answering a request received: each answer is a draft of its own (a reply template), made here.
received-answer-heading = Odgovorite na to zaprosilo
received-answer-intro = Vsak odgovor je samostojen obrazec, izpolnjen z opravilno številko, datumom in kontrolno vsoto tega zaprosila, ki se izvozi kot dvojezični PDF v vašem jeziku in jeziku organa prosilca. PDF vsebuje odgovor v obliki podatkov, tako da ga Tandem pri organu prosilcu evidentira pri tem zaprosilu.
received-answers-made = Odgovori, pripravljeni za to zaprosilo
