# Screens of the app.

app-name = Tandem
app-tagline = Cross-border requests for electronic evidence, in two languages
app-ui-language = Interface language
app-document-languages = Document languages
app-document-language-a = Language of the requesting authority
app-document-language-b = Language of the requested State
app-export-pdf = Export PDF
app-export-consultation = Export draft for consultation
app-exporting = Preparing the PDF…
# Variables:
#   $reason (String) - what went wrong, as reported by the PDF engine
app-export-failed = The PDF could not be made: { $reason }
app-saved = Saved in this browser
# Variables:
#   $reason (String) - the browser's reason
app-save-failed = This browser refused to save the draft ({ $reason }). Download it now so nothing is lost.
app-download-draft = Download the draft
app-privacy = Everything stays in this browser: nothing you type is sent anywhere.
app-choose = Choose…
app-required = required
app-errors-heading = There is a problem
# Variables:
#   $done (Number) - required items answered
#   $total (Number) - required items in the template
app-completeness = { $done } of { $total } required done

# Validation messages, shown at the field and in the summary.
validation-required = Answer this question.
validation-email = Enter an e-mail address like name@example.org.
validation-date = Enter a date as year-month-day, for example 2026-11-22.
validation-time-zone = Choose a time zone.
