# Screens of the app.

app-name = Tandem
app-tagline = Cross-border requests for electronic evidence, in two languages
app-ui-language = Interface language
# Shown beside a language in the language menus when its translation is machine-drafted.
app-machine-translation = machine translation, not yet reviewed
app-language-search = Find a language (name or code)
app-language-none = No language matches what you typed.
app-language-group-latin = Latin script
app-language-group-cyrillic = Cyrillic script
app-language-group-rtl = Arabic and Hebrew scripts
app-language-group-other = Other scripts
app-document-languages = Document languages
app-document-language-a = Language of the requesting authority
app-document-language-b = Language of the requested State
# Shown when the language chosen for one side of the document was the other side's: the two
# change places. A one-language PDF is made with a single-language layout at export.
app-languages-swapped = The language of the requesting authority and the language of the requested State have changed places: the two document languages always differ. For a PDF in one language, keep two languages here and choose a single-language layout when you export.
app-export-pdf = Export PDF
app-export-consultation = Export draft for consultation
app-exporting = Preparing the PDF…
# Variables:
#   $reason (String) - what went wrong, as reported by the PDF engine
app-export-failed = The PDF could not be made: { $reason }
app-export-font-missing = the font { $font } is not on this device yet. It is stored the first time a PDF in this language is made with an internet connection: connect once and make the PDF again.
app-saved = Saved in this browser
# Variables:
#   $reason (String) - the browser's reason
app-save-failed = This browser refused to save the draft ({ $reason }). Download it now so nothing is lost.
app-download-draft = Download the draft
app-privacy = Everything stays in this browser: nothing you type is sent anywhere.
app-request-type = Type of request
# While a request type (its template file) is fetched, and when it could not be.
app-template-loading = Loading this type of request…
app-template-failed = This type of request could not be loaded. Check the connection and try again: nothing was lost.
# A part of the app fetched when first needed (a form, a request received, the statistics,
# the checker of request forms added from files) could not be fetched.
app-load-failed = This part of Tandem could not be loaded. Check the connection and try again: nothing was lost.
app-choose = Choose…
app-required = required
app-errors-heading = There is a problem
# Variables:
#   $done (Number) - required items answered
#   $total (Number) - required items in the template
#   $translate (Number) - answers whose wording in the other document language is still missing
app-completeness = { $translate ->
    [0] { $done } of { $total } required done
    [one] { $done } of { $total } required done · { $translate } answer to translate
   *[other] { $done } of { $total } required done · { $translate } answers to translate
}

# Repeatable rows and identifiers.
app-add-row = Add a row
app-remove-row = Remove
app-move-up = Move up
app-move-down = Move down
# Variables:
#   $number (String) - the row's number, e.g. 10.2
app-row = Row { $number }
app-add-identifier = Add an identifier
identifier-type = Kind of identifier
identifier-type-ip = IP address
identifier-type-email = E-mail address
identifier-type-phone = Telephone number
identifier-type-account = Account or user ID
identifier-type-username = User name
identifier-type-url = URL
identifier-type-domain = Domain name
identifier-type-device = Device identifier (IMEI, MAC address, serial number)
identifier-value = Identifier
identifier-port = Source port
identifier-at = Date and time of use
identifier-from = Data from
identifier-to = Data until
app-date = Date
app-time = Time
app-time-zone = Time zone
app-choose-time-zone = Choose the time zone…
# Variables:
#   $zone (String) - the office's UTC offset, e.g. UTC+04:00
app-time-zone-office = { $zone } — time zone of the requesting authority
app-currency = Currency
app-utc-equivalent = UTC equivalent
app-translation = Wording in the other document language

# Validation messages, shown at the field and in the summary.
validation-required = Answer this question.
validation-choose-one = Choose one of the options.
validation-exclusive = "None of the above" cannot be ticked together with another option.
validation-email = Enter an e-mail address like name@example.org.
validation-phone = Enter the number in international form, starting with + and the country code, like +995 32 200 00 00.
validation-url = Enter a full web address starting with https:// or http://.
validation-domain = Enter a domain name like example.org.
validation-ip = Enter an IPv4 address like 192.0.2.10 or an IPv6 address like 2001:db8::1.
validation-port = Enter a port number from 1 to 65535.
validation-ip-port-missing = Give the source port: behind shared addresses the provider may not identify the subscriber without it.
validation-ip-time-missing = Give the exact date and time, with its time zone, at which the IP address was used.
validation-date = Enter a date as year-month-day, for example 2026-11-22.
validation-date-time = Enter a date and a time.
validation-time-zone-missing = Choose the time zone of this time.
validation-time-zone = Choose a time zone.
validation-country = Choose a country from the list.
validation-amount = Enter the amount in digits, with a full stop before any cents, for example 4500 or 4500.50.
validation-currency = Choose the currency of the amount.
validation-identifier-type = Choose what kind of identifier this is.
validation-identifier-missing = Add at least one identifier of the data sought.
validation-range-open = Give both the start and the end of the time range.
validation-range-order = The end of the time range is before its start.
validation-dates-order = This date is earlier than the one it must follow.
validation-us-damage-threshold = The United States generally declines requests about damage under USD 5,000: consider whether this request can be executed there.
validation-period-long = This period is longer than requests of this type usually justify: ask only for the period the investigation needs, or explain why in the request.
validation-recommended = Recommended: requests without this are often refused or returned.
validation-answers-differ = This answer differs from the same information given earlier in the request.
validation-untranslated = Give this answer's wording in the other document language, or tick "Same in both languages" or "Leave untranslated".
validation-answers-contradict = This answer contradicts the request status: a follow-up to a preservation request means that preservation was sought.
app-layout = PDF layout
app-layout-side-by-side = Both document languages side by side
app-layout-target-only = Only the language of the requested State
app-layout-single = Only the language of the requesting authority
