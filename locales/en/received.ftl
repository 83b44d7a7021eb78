# Requests received: a request made with Tandem by another authority, opened from its PDF (which
# carries the request as data) or from its draft file, and shown read-only in the language of the
# screen. Nothing is stored when a file is refused.

received-heading = Requests received
received-intro = A request made with Tandem by another authority opens here, read-only, with every label, tick, country and date in the language of this screen. The file stays in this browser.
received-open = Open a request received (its PDF or draft file)
received-none = No request received yet.
# Terms of a request received in the list (each followed by its value).
received-from = Requesting authority
received-reference = Reference
received-date = Received
received-delete = Delete
# Variables:
#   $title (String) - the request's type, e.g. "Request for expedited preservation of stored computer data"
received-deleted = Request received deleted: { $title }. Open its file again to bring it back.

# Why a file was not opened as a request received. Each ends by saying that nothing was stored.
# Variables:
#   $limit (Number) - the largest size accepted, in kilobytes
received-refused-too-large = This file is larger than { $limit } kB, more than any request made with Tandem. Nothing was stored.
received-refused-not-pdf = This file is neither a PDF nor a Tandem draft file. Nothing was stored.
received-refused-no-data = This PDF does not carry the request as data: it was not made by Tandem, or it was altered after it was made. Nothing was stored.
received-refused-unreadable = The request data in this file cannot be read: it is damaged or not in Tandem's format. Nothing was stored.
received-refused-newer = This request was made by a newer version of Tandem. Nothing was stored.
received-refused-unknown = This request is for a type of request this version of Tandem does not have. Nothing was stored.
received-refused-locked = This draft file is locked with a passphrase. Ask the requesting authority for the request's PDF. Nothing was stored.
received-refused-fingerprint = The request data in this PDF does not match the fingerprint printed on it: the file was altered after it was made. Nothing was stored. Read the printed pages of the PDF itself, and ask the requesting authority for a new copy.
# Variables:
#   $reason (String) - the browser's own reason, as it gives it
received-refused-storage = This browser refused to store the request ({ $reason }). Nothing was stored.

# The screen of a request received.
received-banner = Request received — read-only. Made with Tandem by the requesting authority; the answers are theirs.
# Variables:
#   $date (String) - the date and time the request was opened in this browser, in the local style
received-on = Received in this browser on { $date }.
# Variables:
#   $a (String) - the name of the request's language A, in that language, e.g. "ქართული"
#   $b (String) - the name of the request's language B, in that language, e.g. "English"
received-doc-langs = Document languages of the request: { $a } | { $b }. Free text is shown as the requesting authority wrote it in { $a }, with its own translation into { $b } beside it.
# Variables:
#   $fingerprint (String) - 16 hexadecimal digits, e.g. 0123456789abcdef
received-fingerprint-checked = Fingerprint { $fingerprint }: it matches the request's data, as printed on every page of its PDF.
# Variables:
#   $fingerprint (String) - 16 hexadecimal digits, e.g. 0123456789abcdef
received-fingerprint-draft = Fingerprint { $fingerprint }: computed from the draft file, which has no printed fingerprint to check it against.
received-copy-heading = Reading copy
received-copy-intro = Export this request as a PDF in any two languages, for example its own language beside yours. Every page is marked as a reading copy of a request received; it has no signature block.
received-copy-export = Export a reading copy (PDF)

# Answering a request received: each answer is a draft of its own (a reply template), made here.
received-answer-heading = Answer this request
received-answer-intro = Each answer is a form of its own, filled in with this request's reference, date and fingerprint, and exported as a bilingual PDF in your language and the requesting authority's. The PDF carries the answer as data, so that Tandem at the requesting end records it against this request.
received-answers-made = Answers prepared for this request
