# Template reply-action: notice of action taken on a request received (T-CY Rec 9).

reply-action-legal-basis = Notice of action taken on the request identified in section 3

## 1 to 4: common to every answer

reply-action-date = Date
reply-action-reference = Our reference
    .hint = The reference under which your authority handles the request, so that the requesting authority can quote it when it follows up.
reply-action-request = Request answered
reply-action-request-reference = Reference of the request
reply-action-request-date = Date of the request
reply-action-request-authority = Requesting authority
reply-action-request-fingerprint = Fingerprint of the request
    .hint = The fingerprint printed at the foot of every page of the request. Filled in from the request received: it tells the requesting authority exactly which version of its request this answers.
reply-action-responding-authority = Authority answering
reply-action-responding-authority-organisation = Authority
reply-action-responding-authority-person = Official handling the request
reply-action-responding-authority-position = Position or rank
reply-action-responding-authority-telephone = Telephone number
reply-action-responding-authority-email = E-mail address

## 5 Action taken

reply-action-action = Action taken
reply-action-action-taken = Action taken on the request
    .hint = What has been done so far, for example: the data were obtained from the service provider and are sent with this notice, or the request was passed to a court for an order.
reply-action-action-date = Date of the action
reply-action-action-next = Further action expected
