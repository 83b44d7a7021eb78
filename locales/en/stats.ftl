# The office's statistics (T-CY Recommendation 2: statistics to monitor the efficiency of mutual
# legal assistance), computed in this browser from the request log. Nothing is sent anywhere.

stats-heading = Office statistics
stats-intro = Computed in this browser from the requests recorded as sent. Nothing is sent anywhere: export the figures for your office's own reporting.
stats-none = No request is recorded as sent yet.
# Variables:
#   $count (Number) - requests recorded as sent
stats-total = { $count ->
    [one] { $count } request recorded as sent
   *[other] { $count } requests recorded as sent
}
stats-by-country = By requested country
stats-by-type = By request type
stats-by-category = By offence category
stats-by-status = By outcome
stats-refusals = Refusals by reason
stats-times = Time taken
stats-median-confirmation = Median days from sending to confirmation of receipt
stats-median-answer = Median days from sending to an answer (executed, action taken or refused)
stats-column-what = Category
stats-column-count = Requests
stats-column-days = Days
stats-column-answered = Answered
stats-not-given = Not given
stats-no-figure = No figure yet
stats-export-csv = Export as CSV
stats-print = Print, or save as PDF
stats-open = Office statistics
