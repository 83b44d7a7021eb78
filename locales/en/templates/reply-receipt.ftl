# Template reply-receipt: confirmation of receipt of a request received (T-CY Rec 9).

reply-receipt-legal-basis = Confirmation of receipt of the request identified in section 3

## 1 to 4: common to every answer

reply-receipt-date = Date
reply-receipt-reference = Our reference
    .hint = The reference under which your authority handles the request, so that the requesting authority can quote it when it follows up.
reply-receipt-request = Request answered
reply-receipt-request-reference = Reference of the request
reply-receipt-request-date = Date of the request
reply-receipt-request-authority = Requesting authority
reply-receipt-request-fingerprint = Fingerprint of the request
    .hint = The fingerprint printed at the foot of every page of the request. Filled in from the request received: it tells the requesting authority exactly which version of its request this answers.
reply-receipt-responding-authority = Authority answering
reply-receipt-responding-authority-organisation = Authority
reply-receipt-responding-authority-person = Official handling the request
reply-receipt-responding-authority-position = Position or rank
reply-receipt-responding-authority-telephone = Telephone number
reply-receipt-responding-authority-email = E-mail address

## 5 to 7

reply-receipt-received-date = Date the request was received
reply-receipt-forwarded = Forwarded for execution to
    .hint = The authority the request was passed to for execution, if it was; leave empty if your authority executes it.
reply-receipt-remarks = Remarks
