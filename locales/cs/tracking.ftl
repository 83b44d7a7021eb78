# The request log: what became of a request once it was sent (T-CY Recommendation 9: confirmation
# of receipt and notice of action taken). Kept in this browser with the draft; never printed.

tracking-heading = Po odeslání
tracking-intro = Záznamy Vašeho úřadu o této žádosti: kdy byla odeslána a jaké odpovědi byly přijaty. Zůstávají v tomto prohlížeči spolu s konceptem a nikdy se netisknou do žádosti.
tracking-status = Stav
tracking-status-draft = Dosud neodesláno
tracking-status-sent = Odesláno
tracking-status-receipt-confirmed = Přijetí potvrzeno
tracking-status-executed = Uchování provedeno
tracking-status-answered = Opatření přijata
tracking-status-clarification-asked = Vyžádáno upřesnění
tracking-status-refused = Nelze vyřídit
tracking-status-closed = Uzavřeno

# Recording the request as sent.
tracking-sent-on = Datum odeslání
tracking-channel = Způsob odeslání
tracking-channel-email = E-mailem
tracking-channel-portal = Portálem orgánu nebo poskytovatele služeb
tracking-channel-post = Poštou nebo kurýrem
tracking-channel-diplomatic = Diplomatickou cestou
tracking-channel-other = Jiným způsobem
tracking-mark-sent = Zaznamenat jako odeslané
# Variables:
#   $date (String) - the date sent, e.g. 2026-11-02
#   $channel (String) - how it was sent, e.g. "E-mail"
tracking-sent = Odesláno { $date } ({ $channel }).
# Variables:
#   $date (String) - the date by which a confirmation of receipt is expected, e.g. 2026-11-12
tracking-due = Potvrzení o přijetí se očekává do { $date }.
# Variables:
#   $days (Number) - the days to wait for a confirmation of receipt, as set on the home screen
tracking-overdue = { $days ->
    [one] Do { $days } dne od odeslání nepřišlo potvrzení o přijetí: urgujte vyřízení žádosti.
    [few] Do { $days } dnů od odeslání nepřišlo potvrzení o přijetí: urgujte vyřízení žádosti.
    [many] Do { $days } dne od odeslání nepřišlo potvrzení o přijetí: urgujte vyřízení žádosti.
   *[other] Do { $days } dnů od odeslání nepřišlo potvrzení o přijetí: urgujte vyřízení žádosti.
}
tracking-reminder = Připomínka v kalendáři (.ics)
# The calendar reminder's title and text.
# Variables:
#   $reference (String) - the request's reference number
tracking-ics-summary = Očekávané potvrzení o přijetí: žádost { $reference }
# Variables:
#   $reference (String) - the request's reference number
#   $date (String) - the date sent, e.g. 2026-11-02
tracking-ics-description = Žádost { $reference } byla odeslána { $date } a její přijetí dosud nebylo potvrzeno. Požádejte dožádaný orgán o potvrzení o přijetí.
# Variables:
#   $date (String) - the last day the data are kept, e.g. 2027-02-03
tracking-preserved-until = Dožádaný orgán potvrdil uchování do { $date }.

# Answers received.
tracking-answers = Přijaté odpovědi
tracking-answers-none = Zatím nebyla zaznamenána žádná odpověď.
# Variables:
#   $kind (String) - the kind of answer, e.g. "Confirmation of receipt of a request"
#   $date (String) - the answer's date, e.g. 2026-11-04
tracking-answer-line = { $kind } ze dne { $date }
# Variables:
#   $reference (String) - the answering authority's reference
tracking-answer-their-reference = Číslo jednací orgánu podávajícího odpověď: { $reference }
# Variables:
#   $reasons (String) - the reasons given, separated by commas
tracking-answer-reasons-given = Důvody: { $reasons }
tracking-answer-from-pdf = Načteno z PDF odpovědi
tracking-answer-by-hand = Zadáno ručně

# Entering an answer by hand (one received on paper, by e-mail or by telephone).
tracking-enter = Zadat ručně přijatou odpověď
tracking-answer-kind = Odpověď
tracking-answer-date = Datum odpovědi
tracking-answer-reference = Číslo jednací orgánu podávajícího odpověď
tracking-answer-ends-on = Data uchována do
tracking-answer-reasons = Důvody
tracking-reason-incomplete = Žádost neúplná
tracking-reason-wrong-addressee = Nesprávný orgán nebo právní subjekt
tracking-reason-identification = Nedostatečné k identifikaci uživatele nebo dat
tracking-reason-not-held = Data nejsou v držení
tracking-reason-retention-expired = Data již nejsou uložena
tracking-reason-legal-obstacle = Právní překážka
tracking-reason-dual-criminality = Nesplněna oboustranná trestnost
tracking-reason-other = Jiný důvod
tracking-record = Zaznamenat odpověď
tracking-date-needed = Zadejte datum ve tvaru rok-měsíc-den, například 2026-11-04.

# Closing and reopening, and the office's offence category for its statistics.
tracking-close = Uzavřít žádost
tracking-reopen = Znovu otevřít žádost
# Variables:
#   $date (String) - the day the request was closed, e.g. 2026-12-01
tracking-closed = Uzavřeno { $date }.
tracking-category = Kategorie trestného činu, pro statistiku Vašeho úřadu
tracking-category-none = Nezvoleno
tracking-category-confidentiality = Trestné činy proti důvěrnosti, integritě a dostupnosti počítačových dat a systémů
tracking-category-computer-related = Počítačové padělání nebo počítačový podvod
tracking-category-content = Trestné činy související s obsahem
tracking-category-copyright = Trestné činy týkající se porušení autorského práva a práv souvisejících s právem autorským
tracking-category-other = Jiné trestné činy

# Recording an answer from its PDF (home screen).
tracking-open-answer = Zaznamenat přijatou odpověď (její PDF)
# Variables:
#   $kind (String) - the kind of answer, e.g. "Confirmation of receipt of a request"
#   $reference (String) - the request's reference number
tracking-recorded = Zaznamenáno k žádosti { $reference }: { $kind }.
# Variables:
#   $reference (String) - the request's reference number
tracking-already = Tato odpověď je k žádosti { $reference } již zaznamenána.
# Variables:
#   $reference (String) - the reference of the request the answer names
tracking-no-match = Žádná žádost v tomto prohlížeči neodpovídá této odpovědi (ta uvádí žádost { $reference }). Nejprve importujte soubor konceptu žádosti; uzamčenou žádost je třeba odemknout. Nic nebylo uloženo.
# Variables:
#   $reference (String) - the reference of the request the answer names
tracking-several = Několik žádostí v tomto prohlížeči má číslo jednací { $reference } a žádná z nich nebyla vytištěna s kontrolním součtem, který uvádí tato odpověď. Zadejte odpověď ručně u správné žádosti. Nic nebylo uloženo.
tracking-not-answer = Toto PDF je žádost, nikoli odpověď na žádost: otevřete je v části „Přijaté žádosti“. Nic nebylo uloženo.
tracking-is-answer = Toto PDF je odpověď na žádost, nikoli žádost: zaznamenejte je pomocí „Zaznamenat přijatou odpověď“. Nic nebylo uloženo.

# The request log on the home screen: filters, and the days to wait for a confirmation.
tracking-filter-status = Stav
tracking-filter-country = Stát
tracking-filter-type = Druh žádosti
tracking-filter-all = Vše
tracking-filter-overdue = Jen žádosti, u nichž je potvrzení o přijetí po lhůtě
tracking-confirm-days = Počet dní čekání na potvrzení o přijetí
tracking-overdue-flag = Potvrzení o přijetí po lhůtě
# Variables:
#   $shown (Number) - drafts shown
#   $total (Number) - drafts stored
tracking-filtered = Zobrazeno { $shown } z { $total }
