# Preservation periods (T-CY Rec 16) in a preservation request, and the requests that follow it.
# $kind and $date are filled in by the app; the table's own wording stays in English.
preservation-heading = Preservation period
preservation-needs = Give the requested country and the date the preservation was executed to see when it ends.
preservation-end-label = Expected end of preservation
preservation-end = { $kind ->
    [date] { $date }
    [no-time-limit] No time limit, according to the T-CY table
    [not-fixed] Not fixed in the T-CY table, and the legal basis chosen sets no minimum period: ask the requested authority when the preservation ends
   *[convention-minimum] Not fixed in the T-CY table: the only certainty is the Convention minimum of 60 days (Art. 29(7)), until { $date }
}
preservation-days-left = { $days ->
    [one] { $days } day left
   *[other] { $days } days left
}
preservation-expired = The preservation period has ended.
preservation-renewal-label = Extension or renewal
preservation-renewal = { $kind ->
    [days] { $n } days
    [months] { $n } months
    [up-to-days] Up to { $n } days
    [up-to-months] Up to { $n } months
    [not-permitted] No extension permitted
    [reported-not-permitted] Reported as not permitted (T-CY report, section 3.2)
    [conditional] Subject to conditions: see the table's wording
   *[unknown] Not stated in the T-CY table
}
preservation-impractical = The T-CY considers preservation periods of less than 90 days without the possibility of at least one renewal not practical: send the mutual legal assistance request without delay.
preservation-table = Wording of the T-CY table (English, T-CY(2017)2, Rec 16)
preservation-table-period = Period of preservation after a foreign request
preservation-table-renewal = Conditions and periods of extension or renewal
preservation-table-notes = Comparison with section 3.2 of the report
preservation-table-missing = The T-CY table has no entry for this country.
preservation-extend = Request an extension
preservation-follow-up = Prepare the mutual legal assistance request
preservation-follow-up-kind = Data to obtain
preservation-follow-up-create = Create the request
preservation-calendar = Add a reminder to my calendar (.ics)
preservation-ics-summary = End of preservation: { $reference } ({ $country })
preservation-ics-description = The preservation requested under reference { $reference } ({ $country }) ends on { $date }. Request an extension or send the mutual legal assistance request before then.
preservation-links = Linked requests
preservation-link = { $kind ->
    [extension-of] Extension of preservation request { $reference }
    [extended-by] Extended by request { $reference }
    [follow-up-of] Follow-up to preservation request { $reference }
   *[followed-up-by] Followed up by mutual legal assistance request { $reference }
}
preservation-link-missing = That request is not stored in this browser.
preservation-next-steps = Next steps
preservation-follow-up-disclosure = Prepare the request for disclosure
preservation-link-disclosure = Followed up by request for disclosure { $reference }
