# The request log: what became of a request once it was sent (T-CY Recommendation 9: confirmation
# of receipt and notice of action taken). Kept in this browser with the draft; never printed.

tracking-heading = Nach dem Versand
tracking-intro = Die Aufzeichnungen Ihrer Dienststelle zu diesem Ersuchen: wann es versandt wurde und welche Antworten eingegangen sind. Sie bleiben mit dem Entwurf in diesem Browser und werden nie in das Ersuchen gedruckt.
tracking-status = Status
tracking-status-draft = Noch nicht versandt
tracking-status-sent = Versandt
tracking-status-receipt-confirmed = Eingang bestätigt
tracking-status-executed = Sicherung ausgeführt
tracking-status-answered = Maßnahmen getroffen
tracking-status-clarification-asked = Klarstellung erbeten
tracking-status-refused = Kann nicht erledigt werden
tracking-status-closed = Abgeschlossen

# Recording the request as sent.
tracking-sent-on = Versanddatum
tracking-channel = Versandweg
tracking-channel-email = E-Mail
tracking-channel-portal = Portal der Behörde oder des Diensteanbieters
tracking-channel-post = Post oder Kurier
tracking-channel-diplomatic = Diplomatischer Weg
tracking-channel-other = Anderer Weg
tracking-mark-sent = Als versandt erfassen
# Variables:
#   $date (String) - the date sent, e.g. 2026-11-02
#   $channel (String) - how it was sent, e.g. "E-mail"
tracking-sent = Versandt am { $date } ({ $channel }).
# Variables:
#   $date (String) - the date by which a confirmation of receipt is expected, e.g. 2026-11-12
tracking-due = Eingangsbestätigung erwartet bis { $date }.
# Variables:
#   $days (Number) - the days to wait for a confirmation of receipt, as set on the home screen
tracking-overdue = { $days ->
    [one] Keine Eingangsbestätigung innerhalb von { $days } Tag nach dem Versand: Fragen Sie nach.
   *[other] Keine Eingangsbestätigung innerhalb von { $days } Tagen nach dem Versand: Fragen Sie nach.
}
tracking-reminder = Kalendererinnerung (.ics)
# The calendar reminder's title and text.
# Variables:
#   $reference (String) - the request's reference number
tracking-ics-summary = Eingangsbestätigung fällig: Ersuchen { $reference }
# Variables:
#   $reference (String) - the request's reference number
#   $date (String) - the date sent, e.g. 2026-11-02
tracking-ics-description = Das Ersuchen { $reference } wurde am { $date } versandt, und sein Eingang ist noch nicht bestätigt. Bitten Sie die ersuchte Behörde um eine Eingangsbestätigung.
# Variables:
#   $date (String) - the last day the data are kept, e.g. 2027-02-03
tracking-preserved-until = Die ersuchte Behörde hat die Sicherung bis zum { $date } bestätigt.

# Answers received.
tracking-answers = Eingegangene Antworten
tracking-answers-none = Noch keine Antwort erfasst.
# Variables:
#   $kind (String) - the kind of answer, e.g. "Confirmation of receipt of a request"
#   $date (String) - the answer's date, e.g. 2026-11-04
tracking-answer-line = { $kind } vom { $date }
# Variables:
#   $reference (String) - the answering authority's reference
tracking-answer-their-reference = Aktenzeichen der antwortenden Behörde: { $reference }
# Variables:
#   $reasons (String) - the reasons given, separated by commas
tracking-answer-reasons-given = Gründe: { $reasons }
tracking-answer-from-pdf = Aus dem PDF der Antwort gelesen
tracking-answer-by-hand = Von Hand eingegeben

# Entering an answer by hand (one received on paper, by e-mail or by telephone).
tracking-enter = Eingegangene Antwort von Hand erfassen
tracking-answer-kind = Antwort
tracking-answer-date = Datum der Antwort
tracking-answer-reference = Aktenzeichen der antwortenden Behörde
tracking-answer-ends-on = Daten gesichert bis
tracking-answer-reasons = Gründe
tracking-reason-incomplete = Ersuchen unvollständig
tracking-reason-wrong-addressee = Falsche Behörde oder juristische Person
tracking-reason-identification = Angaben reichen zur Identifizierung des Nutzers oder der Daten nicht aus
tracking-reason-not-held = Daten liegen nicht vor
tracking-reason-retention-expired = Daten nicht mehr gespeichert
tracking-reason-legal-obstacle = Rechtliches Hindernis
tracking-reason-dual-criminality = Beiderseitige Strafbarkeit nicht gegeben
tracking-reason-other = Sonstiger Grund
tracking-record = Antwort erfassen
tracking-date-needed = Geben Sie das Datum als Jahr-Monat-Tag an, zum Beispiel 2026-11-04.

# Closing and reopening, and the office's offence category for its statistics.
tracking-close = Ersuchen abschließen
tracking-reopen = Ersuchen wieder öffnen
# Variables:
#   $date (String) - the day the request was closed, e.g. 2026-12-01
tracking-closed = Abgeschlossen am { $date }.
tracking-category = Straftatenkategorie, für die Statistik Ihrer Dienststelle
tracking-category-none = Nicht ausgewählt
tracking-category-confidentiality = Straftaten gegen die Vertraulichkeit, Unversehrtheit und Verfügbarkeit von Computerdaten und -systemen
tracking-category-computer-related = Computerbezogene Fälschung oder computerbezogener Betrug
tracking-category-content = Inhaltsbezogene Straftaten
tracking-category-copyright = Straftaten in Zusammenhang mit Verletzungen des Urheberrechts und verwandter Schutzrechte
tracking-category-other = Sonstige Straftaten

# Recording an answer from its PDF (home screen).
tracking-open-answer = Eingegangene Antwort erfassen (ihr PDF)
# Variables:
#   $kind (String) - the kind of answer, e.g. "Confirmation of receipt of a request"
#   $reference (String) - the request's reference number
tracking-recorded = { $kind } für das Ersuchen { $reference } erfasst.
# Variables:
#   $reference (String) - the request's reference number
tracking-already = Diese Antwort ist für das Ersuchen { $reference } bereits erfasst.
# Variables:
#   $reference (String) - the reference of the request the answer names
tracking-no-match = Kein Ersuchen in diesem Browser passt zu dieser Antwort (sie nennt das Ersuchen { $reference }). Importieren Sie zuerst die Entwurfsdatei des Ersuchens; ein gesperrtes Ersuchen muss entsperrt werden. Es wurde nichts gespeichert.
# Variables:
#   $reference (String) - the reference of the request the answer names
tracking-several = Mehrere Ersuchen in diesem Browser haben das Aktenzeichen { $reference }, und keines davon wurde mit der Prüfsumme gedruckt, die diese Antwort nennt. Erfassen Sie die Antwort von Hand beim richtigen Ersuchen. Es wurde nichts gespeichert.
tracking-not-answer = Dieses PDF ist ein Ersuchen, keine Antwort auf ein Ersuchen: Öffnen Sie es unter „Eingegangene Ersuchen“. Es wurde nichts gespeichert.
tracking-is-answer = Dieses PDF ist eine Antwort auf ein Ersuchen, kein Ersuchen: Erfassen Sie es mit „Eingegangene Antwort erfassen“. Es wurde nichts gespeichert.

# The request log on the home screen: filters, and the days to wait for a confirmation.
tracking-filter-status = Status
tracking-filter-country = Staat
tracking-filter-type = Art des Ersuchens
tracking-filter-all = Alle
tracking-filter-overdue = Nur Ersuchen mit überfälliger Eingangsbestätigung
tracking-confirm-days = Wartefrist für die Eingangsbestätigung (Tage)
tracking-overdue-flag = Eingangsbestätigung überfällig
# Variables:
#   $shown (Number) - drafts shown
#   $total (Number) - drafts stored
tracking-filtered = { $shown } von { $total } angezeigt
