# Requests received: a request made with Tandem by another authority, opened from its PDF (which
# carries the request as data) or from its draft file, and shown read-only in the language of the
# screen. Nothing is stored when a file is refused.

received-heading = Primljeni zahtjevi
received-intro = Zahtjev koji je drugi organ izradio u aplikaciji Tandem otvara se ovdje samo za čitanje, sa svakom oznakom, kvačicom, državom i datumom na jeziku ovog ekrana. Fajl ostaje u ovom pregledniku.
received-open = Otvori primljeni zahtjev (njegov PDF ili fajl nacrta)
received-none = Još nema primljenih zahtjeva.
# Terms of a request received in the list (each followed by its value).
received-from = Organ molilac
received-reference = Referentni broj
received-date = Primljeno
received-delete = Izbriši
# Variables:
#   $title (String) - the request's type, e.g. "Request for expedited preservation of stored computer data"
received-deleted = Primljeni zahtjev je izbrisan: { $title }. Da biste ga vratili, ponovo otvorite njegov fajl.

# Why a file was not opened as a request received. Each ends by saying that nothing was stored.
# Variables:
#   $limit (Number) - the largest size accepted, in kilobytes
received-refused-too-large = Ovaj fajl je veći od { $limit } kB, više od bilo kojeg zahtjeva izrađenog u aplikaciji Tandem. Ništa nije pohranjeno.
received-refused-not-pdf = Ovaj fajl nije ni PDF ni fajl nacrta aplikacije Tandem. Ništa nije pohranjeno.
received-refused-no-data = Ovaj PDF ne sadrži zahtjev u obliku podataka: nije izrađen u aplikaciji Tandem ili je izmijenjen nakon izrade. Ništa nije pohranjeno.
received-refused-unreadable = Podaci zahtjeva u ovom fajlu ne mogu se pročitati: oštećeni su ili nisu u formatu aplikacije Tandem. Ništa nije pohranjeno.
received-refused-newer = Ovaj zahtjev je izrađen novijom verzijom aplikacije Tandem. Ništa nije pohranjeno.
received-refused-unknown = Ovaj zahtjev je za vrstu zahtjeva koju ova verzija aplikacije Tandem nema. Ništa nije pohranjeno.
received-refused-locked = Ovaj fajl nacrta je zaključan lozinkom. Zatražite PDF zahtjeva od organa molioca. Ništa nije pohranjeno.
received-refused-fingerprint = Podaci zahtjeva u ovom PDF-u ne odgovaraju otisku odštampanom na njemu: fajl je izmijenjen nakon izrade. Ništa nije pohranjeno. Čitajte odštampane stranice samog PDF-a i zatražite novi primjerak od organa molioca.
# Variables:
#   $reason (String) - the browser's own reason, as it gives it
received-refused-storage = Ovaj preglednik je odbio pohraniti zahtjev ({ $reason }). Ništa nije pohranjeno.

# The screen of a request received.
received-banner = Primljeni zahtjev — samo za čitanje. Izradio ga je organ molilac u aplikaciji Tandem; odgovori su njegovi.
# Variables:
#   $date (String) - the date and time the request was opened in this browser, in the local style
received-on = Primljeno u ovom pregledniku { $date }.
# Variables:
#   $a (String) - the name of the request's language A, in that language, e.g. "ქართული"
#   $b (String) - the name of the request's language B, in that language, e.g. "English"
received-doc-langs = Jezici dokumenta zahtjeva: { $a } | { $b }. Slobodni tekst prikazan je onako kako ga je organ molilac napisao na jeziku { $a }, a pored njega je njegov vlastiti prijevod na jezik { $b }.
# Variables:
#   $fingerprint (String) - 16 hexadecimal digits, e.g. 0123456789abcdef
received-fingerprint-checked = Otisak { $fingerprint }: odgovara podacima zahtjeva, onako kako je odštampan na svakoj stranici njegovog PDF-a.
# Variables:
#   $fingerprint (String) - 16 hexadecimal digits, e.g. 0123456789abcdef
received-fingerprint-draft = Otisak { $fingerprint }: izračunat iz fajla nacrta, koji nema odštampan otisak s kojim bi se uporedio.
received-copy-heading = Primjerak za uvid
received-copy-intro = Izvezite ovaj zahtjev kao PDF na bilo koja dva jezika, na primjer na njegovom jeziku pored vašeg. Svaka stranica je označena kao primjerak za uvid primljenog zahtjeva; primjerak nema polja za potpis.
received-copy-export = Izvezi primjerak za uvid (PDF)

# Answering a request received: each answer is a draft of its own (a reply template), made here.
received-answer-heading = Odgovorite na ovaj zahtjev
received-answer-intro = Svaki odgovor je zaseban obrazac, popunjen referentnim brojem, datumom i otiskom ovog zahtjeva, koji se izvozi kao dvojezični PDF na vašem jeziku i na jeziku organa molioca. PDF sadrži odgovor i u obliku podataka, tako da ga Tandem kod organa molioca evidentira uz ovaj zahtjev.
received-answers-made = Odgovori pripremljeni za ovaj zahtjev
