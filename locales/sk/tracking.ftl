# The request log: what became of a request once it was sent (T-CY Recommendation 9: confirmation
# of receipt and notice of action taken). Kept in this browser with the draft; never printed.

tracking-heading = Po odoslaní
tracking-intro = Záznam vášho úradu o tejto žiadosti: kedy bola odoslaná a aké odpovede boli prijaté. Zostáva v tomto prehliadači spolu s návrhom a v žiadosti sa nikdy netlačí.
tracking-status = Stav
tracking-status-draft = Zatiaľ neodoslaná
tracking-status-sent = Odoslaná
tracking-status-receipt-confirmed = Prijatie potvrdené
tracking-status-executed = Uchovanie vykonané
tracking-status-answered = Úkony vykonané
tracking-status-clarification-asked = Vyžiadané objasnenie
tracking-status-refused = Nemožno vybaviť
tracking-status-closed = Uzavretá

# Recording the request as sent.
tracking-sent-on = Dátum odoslania
tracking-channel = Spôsob odoslania
tracking-channel-email = Elektronická pošta
tracking-channel-portal = Portál orgánu alebo poskytovateľa služieb
tracking-channel-post = Pošta alebo kuriér
tracking-channel-diplomatic = Diplomatická cesta
tracking-channel-other = Iný spôsob
tracking-mark-sent = Zaznamenať ako odoslanú
# Variables:
#   $date (String) - the date sent, e.g. 2026-11-02
#   $channel (String) - how it was sent, e.g. "E-mail"
tracking-sent = Odoslaná { $date }, spôsob: { $channel }.
# Variables:
#   $date (String) - the date by which a confirmation of receipt is expected, e.g. 2026-11-12
tracking-due = Potvrdenie o prijatí sa očakáva do { $date }.
# Variables:
#   $days (Number) - the days to wait for a confirmation of receipt, as set on the home screen
tracking-overdue = { $days ->
    [one] Potvrdenie o prijatí neprišlo do { $days } dňa od odoslania: urgujte vybavenie žiadosti.
    [few] Potvrdenie o prijatí neprišlo do { $days } dní od odoslania: urgujte vybavenie žiadosti.
    [many] Potvrdenie o prijatí neprišlo do { $days } dňa od odoslania: urgujte vybavenie žiadosti.
   *[other] Potvrdenie o prijatí neprišlo do { $days } dní od odoslania: urgujte vybavenie žiadosti.
}
tracking-reminder = Pripomienka v kalendári (.ics)
# The calendar reminder's title and text.
# Variables:
#   $reference (String) - the request's reference number
tracking-ics-summary = Očakáva sa potvrdenie o prijatí: žiadosť { $reference }
# Variables:
#   $reference (String) - the request's reference number
#   $date (String) - the date sent, e.g. 2026-11-02
tracking-ics-description = Žiadosť { $reference } bola odoslaná { $date } a jej prijatie zatiaľ nebolo potvrdené. Požiadajte dožiadaný orgán o potvrdenie o prijatí.
# Variables:
#   $date (String) - the last day the data are kept, e.g. 2027-02-03
tracking-preserved-until = Dožiadaný orgán potvrdil uchovanie do { $date }.

# Answers received.
tracking-answers = Prijaté odpovede
tracking-answers-none = Zatiaľ nie je zaznamenaná žiadna odpoveď.
# Variables:
#   $kind (String) - the kind of answer, e.g. "Confirmation of receipt of a request"
#   $date (String) - the answer's date, e.g. 2026-11-04
tracking-answer-line = { $kind } z { $date }
# Variables:
#   $reference (String) - the answering authority's reference
tracking-answer-their-reference = Ich číslo konania: { $reference }
# Variables:
#   $reasons (String) - the reasons given, separated by commas
tracking-answer-reasons-given = Dôvody: { $reasons }
tracking-answer-from-pdf = Načítané z PDF odpovede
tracking-answer-by-hand = Zadané ručne

# Entering an answer by hand (one received on paper, by e-mail or by telephone).
tracking-enter = Ručne zadať prijatú odpoveď
tracking-answer-kind = Odpoveď
tracking-answer-date = Dátum odpovede
tracking-answer-reference = Ich číslo konania
tracking-answer-ends-on = Údaje uchované do
tracking-answer-reasons = Dôvody
tracking-reason-incomplete = Neúplná žiadosť
tracking-reason-wrong-addressee = Nesprávny orgán alebo právnická osoba
tracking-reason-identification = Nestačí na identifikáciu používateľa alebo údajov
tracking-reason-not-held = Údaje nie sú k dispozícii
tracking-reason-retention-expired = Údaje sa už neuchovávajú
tracking-reason-legal-obstacle = Právna prekážka
tracking-reason-dual-criminality = Nesplnená podmienka obojstrannej trestnosti
tracking-reason-other = Iný dôvod
tracking-record = Zaznamenať odpoveď
tracking-date-needed = Zadajte dátum v tvare rok-mesiac-deň, napríklad 2026-11-04.

# Closing and reopening, and the office's offence category for its statistics.
tracking-close = Uzavrieť žiadosť
tracking-reopen = Znova otvoriť žiadosť
# Variables:
#   $date (String) - the day the request was closed, e.g. 2026-12-01
tracking-closed = Uzavretá { $date }.
tracking-category = Kategória trestného činu pre štatistiku vášho úradu
tracking-category-none = Nevybraná
tracking-category-confidentiality = Trestné činy proti dôvernosti, integrite a dostupnosti počítačových údajov a systémov
tracking-category-computer-related = Falšovanie alebo podvod súvisiace s počítačom
tracking-category-content = Trestné činy súvisiace s obsahom
tracking-category-copyright = Porušovanie autorského práva a s ním súvisiacich práv
tracking-category-other = Iné trestné činy

# Recording an answer from its PDF (home screen).
tracking-open-answer = Zaznamenať prijatú odpoveď (jej PDF)
# Variables:
#   $kind (String) - the kind of answer, e.g. "Confirmation of receipt of a request"
#   $reference (String) - the request's reference number
tracking-recorded = { $kind }: zaznamenané k žiadosti { $reference }.
# Variables:
#   $reference (String) - the request's reference number
tracking-already = Táto odpoveď je už zaznamenaná k žiadosti { $reference }.
# Variables:
#   $reference (String) - the reference of the request the answer names
tracking-no-match = Tejto odpovedi nezodpovedá žiadna žiadosť v tomto prehliadači (odpoveď uvádza žiadosť { $reference }). Najprv importujte súbor návrhu žiadosti; uzamknutú žiadosť treba odomknúť. Nič sa neuložilo.
# Variables:
#   $reference (String) - the reference of the request the answer names
tracking-several = Číslo konania { $reference } má v tomto prehliadači viacero žiadostí a na žiadnej z nich nebol vytlačený kontrolný súčet, ktorý uvádza táto odpoveď. Zadajte odpoveď ručne do správnej žiadosti. Nič sa neuložilo.
tracking-not-answer = Toto PDF je žiadosť, nie odpoveď na žiadosť: otvorte ho v časti „Prijaté žiadosti“. Nič sa neuložilo.
tracking-is-answer = Toto PDF je odpoveď na žiadosť, nie žiadosť: zaznamenajte ho pomocou „Zaznamenať prijatú odpoveď“. Nič sa neuložilo.

# The request log on the home screen: filters, and the days to wait for a confirmation.
tracking-filter-status = Stav
tracking-filter-country = Štát
tracking-filter-type = Druh žiadosti
tracking-filter-all = Všetky
tracking-filter-overdue = Len žiadosti s oneskoreným potvrdením o prijatí
tracking-confirm-days = Počet dní čakania na potvrdenie o prijatí
tracking-overdue-flag = Potvrdenie mešká
# Variables:
#   $shown (Number) - drafts shown
#   $total (Number) - drafts stored
tracking-filtered = Zobrazené: { $shown } z { $total }
