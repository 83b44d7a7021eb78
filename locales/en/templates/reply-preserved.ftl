# Template reply-preserved: confirmation that a preservation request was executed.

reply-preserved-legal-basis = Confirmation of the preservation requested in the request identified in section 3

## 1 to 4: common to every answer

reply-preserved-date = Date
reply-preserved-reference = Our reference
    .hint = The reference under which your authority handles the request, so that the requesting authority can quote it when it follows up.
reply-preserved-request = Request answered
reply-preserved-request-reference = Reference of the request
reply-preserved-request-date = Date of the request
reply-preserved-request-authority = Requesting authority
reply-preserved-request-fingerprint = Fingerprint of the request
    .hint = The fingerprint printed at the foot of every page of the request. Filled in from the request received: it tells the requesting authority exactly which version of its request this answers.
reply-preserved-responding-authority = Authority answering
reply-preserved-responding-authority-organisation = Authority
reply-preserved-responding-authority-person = Official handling the request
reply-preserved-responding-authority-position = Position or rank
reply-preserved-responding-authority-telephone = Telephone number
reply-preserved-responding-authority-email = E-mail address

## 5 Preservation

reply-preserved-preservation = Preservation
reply-preserved-preservation-preserved-on = Date the data were preserved
reply-preserved-preservation-ends-on = Data preserved until
    .hint = The last day the data will be kept unless the preservation is extended or a request for their disclosure is received by then.
reply-preserved-preservation-scope = Data preserved
reply-preserved-preservation-scope-all = All the data requested
reply-preserved-preservation-scope-part = Part of the data requested
reply-preserved-preservation-scope-part-detail = Data preserved, and data not preserved with the reason
reply-preserved-preservation-holder = Data held by
reply-preserved-remarks = Remarks
