# Template reply-clarification: request for clarification of a request received.

reply-clarification-legal-basis = Request for clarification of the request identified in section 3

## 1 to 4: common to every answer

reply-clarification-date = Date
reply-clarification-reference = Our reference
    .hint = The reference under which your authority handles the request, so that the requesting authority can quote it when it follows up.
reply-clarification-request = Request answered
reply-clarification-request-reference = Reference of the request
reply-clarification-request-date = Date of the request
reply-clarification-request-authority = Requesting authority
reply-clarification-request-fingerprint = Fingerprint of the request
    .hint = The fingerprint printed at the foot of every page of the request. Filled in from the request received: it tells the requesting authority exactly which version of its request this answers.
reply-clarification-responding-authority = Authority answering
reply-clarification-responding-authority-organisation = Authority
reply-clarification-responding-authority-person = Official handling the request
reply-clarification-responding-authority-position = Position or rank
reply-clarification-responding-authority-telephone = Telephone number
reply-clarification-responding-authority-email = E-mail address

## 5 Clarification requested

reply-clarification-clarification = Clarification requested
reply-clarification-clarification-fields = Fields of the request at issue
    .hint = One row for each numbered field of the request that is unclear or incomplete: its number as printed in the request, and what is needed.
reply-clarification-clarification-fields-field = Field number
reply-clarification-clarification-fields-question = What is unclear or missing
reply-clarification-clarification-by = Please answer by
    .hint = Optional. For a preservation, the date by which the answer is needed to keep the data.
