# Requests received: a request made with Tandem by another authority, opened from its PDF (which
# carries the request as data) or from its draft file, and shown read-only in the language of the
# screen. Nothing is stored when a file is refused.

received-heading = Zaprimljeni zahtjevi
received-intro = Zahtjev koji je drugo tijelo izradilo aplikacijom Tandem otvara se ovdje, samo za čitanje, sa svim nazivima polja, odabranim mogućnostima, državama i datumima na jeziku ovog sučelja. Datoteka ostaje u ovom pregledniku.
received-open = Otvori zaprimljeni zahtjev (njegovu PDF datoteku ili datoteku nacrta)
received-none = Još nema zaprimljenih zahtjeva.
# Terms of a request received in the list (each followed by its value).
received-from = Tijelo koje podnosi zahtjev
received-reference = Oznaka
received-date = Zaprimljeno
received-delete = Izbriši
# Variables:
#   $title (String) - the request's type, e.g. "Request for expedited preservation of stored computer data"
received-deleted = Zaprimljeni zahtjev je izbrisan: { $title }. Da biste ga vratili, ponovno otvorite njegovu datoteku.

# Why a file was not opened as a request received. Each ends by saying that nothing was stored.
# Variables:
#   $limit (Number) - the largest size accepted, in kilobytes
received-refused-too-large = Ova je datoteka veća od { $limit } kB, više od ijednog zahtjeva izrađenog aplikacijom Tandem. Ništa nije pohranjeno.
received-refused-not-pdf = Ova datoteka nije ni PDF datoteka ni datoteka nacrta aplikacije Tandem. Ništa nije pohranjeno.
received-refused-no-data = Ova PDF datoteka ne sadržava zahtjev u obliku podataka: nije izrađena aplikacijom Tandem ili je izmijenjena nakon izrade. Ništa nije pohranjeno.
received-refused-unreadable = Podaci zahtjeva u ovoj datoteci ne mogu se pročitati: oštećeni su ili nisu u formatu aplikacije Tandem. Ništa nije pohranjeno.
received-refused-newer = Ovaj je zahtjev izrađen novijom inačicom aplikacije Tandem. Ništa nije pohranjeno.
received-refused-unknown = Ovaj je zahtjev za vrstu zahtjeva koju ova inačica aplikacije Tandem nema. Ništa nije pohranjeno.
received-refused-locked = Ova je datoteka nacrta zaključana zaporkom. Zatražite PDF datoteku zahtjeva od tijela koje podnosi zahtjev. Ništa nije pohranjeno.
received-refused-fingerprint = Podaci zahtjeva u ovoj PDF datoteci ne odgovaraju otisku koji je na njoj ispisan: datoteka je izmijenjena nakon izrade. Ništa nije pohranjeno. Pročitajte ispisane stranice same PDF datoteke i zatražite novu kopiju od tijela koje podnosi zahtjev.
# Variables:
#   $reason (String) - the browser's own reason, as it gives it
received-refused-storage = Ovaj je preglednik odbio pohraniti zahtjev ({ $reason }). Ništa nije pohranjeno.

# The screen of a request received.
received-banner = Zaprimljeni zahtjev — samo za čitanje. Izradilo ga je aplikacijom Tandem tijelo koje podnosi zahtjev; odgovori su njegovi.
# Variables:
#   $date (String) - the date and time the request was opened in this browser, in the local style
received-on = Zaprimljeno u ovom pregledniku: { $date }.
# Variables:
#   $a (String) - the name of the request's language A, in that language, e.g. "ქართული"
#   $b (String) - the name of the request's language B, in that language, e.g. "English"
received-doc-langs = Jezici dokumenta zahtjeva: { $a } | { $b }. Slobodni tekst prikazan je onako kako ga je tijelo koje podnosi zahtjev napisalo na jeziku { $a }, a uz njega je prijevod istog tijela na jezik { $b }.
# Variables:
#   $fingerprint (String) - 16 hexadecimal digits, e.g. 0123456789abcdef
received-fingerprint-checked = Otisak { $fingerprint }: odgovara podacima zahtjeva i jednak je otisku ispisanom na svakoj stranici njegove PDF datoteke.
# Variables:
#   $fingerprint (String) - 16 hexadecimal digits, e.g. 0123456789abcdef
received-fingerprint-draft = Otisak { $fingerprint }: izračunat iz datoteke nacrta, na kojoj nema ispisanog otiska s kojim bi se mogao usporediti.
received-copy-heading = Informativni primjerak
received-copy-intro = Izvezite ovaj zahtjev kao PDF datoteku na bilo koja dva jezika, primjerice na njegovu jeziku uz vaš. Svaka je stranica označena kao informativni primjerak zaprimljenog zahtjeva; nema mjesta za potpis.
received-copy-export = Izvezi informativni primjerak (PDF)

# Answering a request received: each answer is a draft of its own (a reply template), made here.
received-answer-heading = Odgovorite na ovaj zahtjev
received-answer-intro = Svaki je odgovor zaseban obrazac, popunjen oznakom, datumom i otiskom ovog zahtjeva, koji se izvozi kao dvojezična PDF datoteka na vašem jeziku i jeziku tijela koje podnosi zahtjev. PDF datoteka sadržava odgovor u obliku podataka, tako da ga Tandem kod tijela koje podnosi zahtjev evidentira uz ovaj zahtjev.
received-answers-made = Odgovori pripremljeni za ovaj zahtjev
