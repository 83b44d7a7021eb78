# The worked example of a template pack, English. Every ID starts with "example-subscriber-";
# plain text only (no markup, no functions); variables and choices as in the app's own files.

example-subscriber-title = Request for subscriber information
example-subscriber-legal-basis = Request made by the requesting authority under its domestic law (section 4)
example-subscriber-date = Date
example-subscriber-reference = Reference / case number
example-subscriber-authority = Requesting authority
example-subscriber-authority-name = Authority
example-subscriber-authority-person = Official in charge of the request
example-subscriber-authority-email = Official e-mail address
example-subscriber-authority-telephone = Telephone number
    .hint = In international form, starting with + and the country code, so that the service provider can call back to check that the request is genuine.
example-subscriber-legal-basis-provisions = Provisions of domestic law under which the request is made
    .hint = The articles of your national law that empower your authority to request these data.
example-subscriber-data = Data sought
example-subscriber-data-identifiers = Identifiers of the accounts concerned
    .hint = Each account, user name, e-mail address, telephone number or IP address exactly as the service shows it. For an IP address give the source port and the exact date and time of use with its time zone.
example-subscriber-data-categories = Categories of data sought
example-subscriber-data-categories-subscriber = Subscriber information: name, address, e-mail address and telephone number given
example-subscriber-data-categories-registration = Date the account was created and IP address used to create it
example-subscriber-data-categories-payment = Means of payment registered for the account
example-subscriber-facts = Summary of the facts and relevance of the data
    .hint = Show how these accounts are connected to the offence and what the data will establish.
example-subscriber-no-notification = Please do not inform the user of this request
