# Template art29-preservation: request for expedited preservation (Budapest Convention Art. 29, 30).
# Numbering and wording follow T-CY(2018)11.

art29-preservation-title = Request for expedited preservation of stored computer data
art29-preservation-legal-basis = Articles 29 and 30 of the Convention on Cybercrime (ETS No. 185)
art29-preservation-date = Date
art29-preservation-reference = Reference number
art29-preservation-status = Request status
art29-preservation-status-new = New request
art29-preservation-status-extension = Extension of previous request
art29-preservation-status-previous-reference = Ticket or reference number of the previous request
art29-preservation-requested-authority = Requested authority
    .hint = The 24/7 point of contact or the competent authority of the requested State.
art29-preservation-requesting-authority = Requesting authority
art29-preservation-requesting-authority-organisation = Organisation
art29-preservation-requesting-authority-person = Person in charge
art29-preservation-requesting-authority-email = E-mail
art29-preservation-requesting-authority-time-zone = Time zone
    .hint = The time zone of your office, as an offset from UTC. Every time in this request is read in it unless stated otherwise.
