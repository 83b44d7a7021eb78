# Template reply-refusal: notice that a request received cannot be executed, with its reasons.

reply-refusal-legal-basis = Notice that the request identified in section 3 cannot be executed

## 1 to 4: common to every answer

reply-refusal-date = Date
reply-refusal-reference = Our reference
    .hint = The reference under which your authority handles the request, so that the requesting authority can quote it when it follows up.
reply-refusal-request = Request answered
reply-refusal-request-reference = Reference of the request
reply-refusal-request-date = Date of the request
reply-refusal-request-authority = Requesting authority
reply-refusal-request-fingerprint = Fingerprint of the request
    .hint = The fingerprint printed at the foot of every page of the request. Filled in from the request received: it tells the requesting authority exactly which version of its request this answers.
reply-refusal-responding-authority = Authority answering
reply-refusal-responding-authority-organisation = Authority
reply-refusal-responding-authority-person = Official handling the request
reply-refusal-responding-authority-position = Position or rank
reply-refusal-responding-authority-telephone = Telephone number
reply-refusal-responding-authority-email = E-mail address

## 5 and 6: reasons, and what would allow execution

reply-refusal-reasons = Reasons
reply-refusal-reasons-reasons = The request cannot be executed because
reply-refusal-reasons-reasons-incomplete = the request is incomplete
reply-refusal-reasons-reasons-wrong-addressee = it was sent to the wrong authority or legal entity
reply-refusal-reasons-reasons-identification = the information given is not enough to identify the user or the data
reply-refusal-reasons-reasons-not-held = the data are not held
reply-refusal-reasons-reasons-retention-expired = the data are no longer retained
reply-refusal-reasons-reasons-legal-obstacle = a legal obstacle prevents execution
reply-refusal-reasons-reasons-dual-criminality = the condition of dual criminality is not met
reply-refusal-reasons-reasons-other = other reason
reply-refusal-reasons-reasons-other-detail = Other reason
reply-refusal-reasons-explanation = Explanation
    .hint = Optional. The facts behind the reasons ticked, in terms the requesting authority can act on.
reply-refusal-next = What would allow the request to be executed
    .hint = Optional. For example: the missing information, the competent authority or legal entity, or the legal process to use.
