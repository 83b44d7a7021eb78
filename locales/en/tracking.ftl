# The request log: what became of a request once it was sent (T-CY Recommendation 9: confirmation
# of receipt and notice of action taken). Kept in this browser with the draft; never printed.

tracking-heading = After sending
tracking-intro = Your office's log of this request: when it was sent, and the answers received. It stays in this browser with the draft and is never printed in the request.
tracking-status = Status
tracking-status-draft = Not sent yet
tracking-status-sent = Sent
tracking-status-receipt-confirmed = Receipt confirmed
tracking-status-executed = Preservation executed
tracking-status-answered = Action taken
tracking-status-clarification-asked = Clarification asked
tracking-status-refused = Cannot be executed
tracking-status-closed = Closed

# Recording the request as sent.
tracking-sent-on = Date sent
tracking-channel = Sent by
tracking-channel-email = E-mail
tracking-channel-portal = Portal of the authority or service provider
tracking-channel-post = Post or courier
tracking-channel-diplomatic = Diplomatic channel
tracking-channel-other = Other channel
tracking-mark-sent = Record as sent
# Variables:
#   $date (String) - the date sent, e.g. 2026-11-02
#   $channel (String) - how it was sent, e.g. "E-mail"
tracking-sent = Sent on { $date } by { $channel }.
# Variables:
#   $date (String) - the date by which a confirmation of receipt is expected, e.g. 2026-11-12
tracking-due = Confirmation of receipt expected by { $date }.
# Variables:
#   $days (Number) - the days to wait for a confirmation of receipt, as set on the home screen
tracking-overdue = No confirmation of receipt within { $days } days of sending: follow the request up.
tracking-reminder = Calendar reminder (.ics)
# The calendar reminder's title and text.
# Variables:
#   $reference (String) - the request's reference number
tracking-ics-summary = Confirmation of receipt due: request { $reference }
# Variables:
#   $reference (String) - the request's reference number
#   $date (String) - the date sent, e.g. 2026-11-02
tracking-ics-description = Request { $reference } was sent on { $date } and its receipt is not yet confirmed. Ask the requested authority for a confirmation of receipt.
# Variables:
#   $date (String) - the last day the data are kept, e.g. 2027-02-03
tracking-preserved-until = The requested authority confirmed the preservation until { $date }.

# Answers received.
tracking-answers = Answers received
tracking-answers-none = No answer recorded yet.
# Variables:
#   $kind (String) - the kind of answer, e.g. "Confirmation of receipt of a request"
#   $date (String) - the answer's date, e.g. 2026-11-04
tracking-answer-line = { $kind } of { $date }
# Variables:
#   $reference (String) - the answering authority's reference
tracking-answer-their-reference = Their reference: { $reference }
# Variables:
#   $reasons (String) - the reasons given, separated by commas
tracking-answer-reasons-given = Reasons: { $reasons }
tracking-answer-from-pdf = Read from the answer's PDF
tracking-answer-by-hand = Entered by hand

# Entering an answer by hand (one received on paper, by e-mail or by telephone).
tracking-enter = Enter an answer received by hand
tracking-answer-kind = Answer
tracking-answer-date = Date of the answer
tracking-answer-reference = Their reference
tracking-answer-ends-on = Data preserved until
tracking-answer-reasons = Reasons
tracking-reason-incomplete = Request incomplete
tracking-reason-wrong-addressee = Wrong authority or legal entity
tracking-reason-identification = Not enough to identify the user or the data
tracking-reason-not-held = Data not held
tracking-reason-retention-expired = Data no longer retained
tracking-reason-legal-obstacle = Legal obstacle
tracking-reason-dual-criminality = Dual criminality not met
tracking-reason-other = Other reason
tracking-record = Record the answer
tracking-date-needed = Give the date as year-month-day, for example 2026-11-04.

# Closing and reopening, and the office's offence category for its statistics.
tracking-close = Close the request
tracking-reopen = Reopen the request
# Variables:
#   $date (String) - the day the request was closed, e.g. 2026-12-01
tracking-closed = Closed on { $date }.
tracking-category = Offence category, for your office's statistics
tracking-category-none = Not chosen
tracking-category-confidentiality = Offences against the confidentiality, integrity and availability of computer data and systems
tracking-category-computer-related = Computer-related forgery or fraud
tracking-category-content = Content-related offences
tracking-category-copyright = Infringements of copyright and related rights
tracking-category-other = Other offences

# Recording an answer from its PDF (home screen).
tracking-open-answer = Record an answer received (its PDF)
# Variables:
#   $kind (String) - the kind of answer, e.g. "Confirmation of receipt of a request"
#   $reference (String) - the request's reference number
tracking-recorded = { $kind } recorded for request { $reference }.
# Variables:
#   $reference (String) - the request's reference number
tracking-already = This answer is already recorded for request { $reference }.
# Variables:
#   $reference (String) - the reference of the request the answer names
tracking-no-match = No request in this browser matches this answer (it names request { $reference }). Import the request's draft file first; a locked request must be unlocked. Nothing was stored.
# Variables:
#   $reference (String) - the reference of the request the answer names
tracking-several = Several requests in this browser have the reference { $reference }, and none of them printed the fingerprint this answer names. Enter the answer by hand in the right one. Nothing was stored.
tracking-not-answer = This PDF is a request, not an answer to one: open it under "Requests received". Nothing was stored.
tracking-is-answer = This PDF is an answer to a request, not a request: record it with "Record an answer received". Nothing was stored.

# The request log on the home screen: filters, and the days to wait for a confirmation.
tracking-filter-status = Status
tracking-filter-country = Country
tracking-filter-type = Request type
tracking-filter-all = All
tracking-filter-overdue = Only requests whose confirmation of receipt is overdue
tracking-confirm-days = Days to wait for a confirmation of receipt
tracking-overdue-flag = Confirmation overdue
# Variables:
#   $shown (Number) - drafts shown
#   $total (Number) - drafts stored
tracking-filtered = { $shown } of { $total } shown
