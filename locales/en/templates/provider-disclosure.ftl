# Template provider-disclosure: request sent directly to a service provider for the voluntary
# disclosure of non-content data (subscriber information, IP addresses and log-in records). No
# treaty is cited: the provider decides under its own policy and law whether to disclose; the
# request states the domestic law under which the requesting authority acts.

provider-disclosure-legal-basis = Request made directly to the service provider by the requesting authority under its domestic law (section 6), for voluntary disclosure
provider-disclosure-date = Date
provider-disclosure-reference = Reference / case number
provider-disclosure-status = Request status
provider-disclosure-status-new = New request
provider-disclosure-status-follow-up-preservation = Follow-up to a preservation request sent to the service provider
provider-disclosure-previous-preservation = Preservation request followed up
provider-disclosure-previous-preservation-date = Date of the preservation request
provider-disclosure-previous-preservation-reference = Reference of the preservation request
provider-disclosure-previous-preservation-provider-reference = Reference number the service provider gave the preservation
    .hint = If the service provider confirmed the preservation under its own reference number, give it: the provider then finds the preserved data at once.

## 4 Service provider addressed

provider-disclosure-addressee = Service provider addressed
provider-disclosure-addressee-name = Legal entity addressed
    .hint = The company that answers for the service and for the users concerned. Requests sent to the wrong legal entity are often refused: pick the provider above, or type the entity named in its guidelines for law enforcement.
provider-disclosure-addressee-service = Service concerned
    .hint = The service whose data are sought, as its users know it (for example a social network, an e-mail or a messaging service).
provider-disclosure-addressee-country = State in which the legal entity is established
provider-disclosure-addressee-address = Address for legal process
provider-disclosure-addressee-portal = Portal or web form for law enforcement requests
provider-disclosure-addressee-email = E-mail for law enforcement requests

## 5 Requesting authority

provider-disclosure-requesting-authority = Requesting authority
provider-disclosure-requesting-authority-organisation = Authority
provider-disclosure-requesting-authority-person = Official in charge of the request
provider-disclosure-requesting-authority-position = Position or rank
provider-disclosure-requesting-authority-address = Address
provider-disclosure-requesting-authority-telephone = Telephone number
    .hint = In international form, starting with + and the country code, so that the service provider can call back to check that the request is genuine.
provider-disclosure-requesting-authority-cell-phone = Cell phone number
provider-disclosure-requesting-authority-email = Official e-mail address
    .hint = An address in your authority's official domain: service providers may refuse requests sent from private or free e-mail addresses.
provider-disclosure-requesting-authority-time-zone = Time zone
    .hint = The time zone of your office, as an offset from UTC. Every time in this request is read in it unless stated otherwise.

## 6 Domestic legal basis

provider-disclosure-domestic-legal-basis = Legal basis of the request in the law of the requesting authority
provider-disclosure-domestic-legal-basis-domestic-legal-basis = Provisions of domestic law under which the requesting authority acts
    .hint = The articles of your national law (for example the code of criminal procedure) that empower your authority to investigate the case and to request these data. Cite no treaty and do not tell the service provider its own law: it decides under its own policy and law whether to disclose.
provider-disclosure-domestic-legal-basis-decision = Decision or order authorising the request, if any
    .hint = The authority, date and number of the decision, order or warrant under which the request is made, where your law requires one. Many service providers ask for the document that their own law would require, or its local equivalent: see the provider's requirements above.

## 7 Offence and facts

provider-disclosure-offence = Offence and brief summary of the facts
provider-disclosure-offence-offences = Offences under investigation
    .hint = One row for each offence: its name or a short description, the provision of your criminal law that defines it, and the maximum penalty.
provider-disclosure-offence-offences-offence = Offence
provider-disclosure-offence-offences-provision = Legal provision
provider-disclosure-offence-offences-penalty = Maximum penalty
provider-disclosure-offence-facts = Brief summary of the facts
    .hint = In a few sentences: what happened, when and where, with every date and time in its time zone. The service provider needs no more than it takes to find the data and to see why they are needed: name a suspect or a victim only where that is needed.

## 8 Data sought

provider-disclosure-data = Data sought (no content of communications)
provider-disclosure-data-identifiers = Identifiers of the accounts concerned
    .hint = Each account, user name, user ID, e-mail address, telephone number, URL or IP address exactly as the service shows it. Wrong or incomplete identifiers are a main reason for refusal. For an IP address give the source port and the exact date and time of use with its time zone. A period that concerns one identifier only goes in its row.
provider-disclosure-data-period = Period of the data sought
    .hint = Both ends with their time zone, as narrow as the investigation allows. Requests for long periods (more than 90 days) are often refused as over-broad.
provider-disclosure-data-categories = Categories of data sought
    .hint = Non-content data only: service providers generally disclose the content of communications to foreign authorities only through mutual legal assistance. Tick only what the investigation needs.
provider-disclosure-data-categories-subscriber = Subscriber information: name, address, e-mail address and telephone number given, and the date the account was created
provider-disclosure-data-categories-registration-ip = IP address used to create the account, with date, time, time zone and source port
provider-disclosure-data-categories-login-ip = IP addresses of log-ins (log-in records), with date, time, time zone and source port
provider-disclosure-data-categories-services = Services used and period of use
provider-disclosure-data-categories-other = Other non-content data
provider-disclosure-data-categories-other-detail = Other data sought
provider-disclosure-data-relationship = Relevance of the data to the investigation
    .hint = Show how these accounts are connected to the offence and what the data will establish, for example: the account sent the threatening messages on 20/11/2026 at 14:03 UTC+04:00; its subscriber information and log-in records will identify the person who used it.

## 9 Urgency

provider-disclosure-urgency = Urgency
provider-disclosure-urgency-reasons = Reasons why the request is urgent, if it is
    .hint = For example a date of trial or of detention review. Where there is a risk to the life or safety of a person, use the emergency disclosure request instead.
provider-disclosure-urgency-deadline = Data needed by
    .hint = Leave empty if there is no deadline.

## 10 Confidentiality

provider-disclosure-confidentiality = Confidentiality
provider-disclosure-confidentiality-conditions = Confidentiality requested
    .hint = Some service providers notify their users of requests unless asked not to, and decide themselves whether to do so. Tick what the investigation needs and say why below.
provider-disclosure-confidentiality-conditions-no-notification = Please do not notify the user or account holder, or any third party, of this request
provider-disclosure-confidentiality-conditions-warn = If your policy requires you to notify the user, please inform the requesting authority before you do so
provider-disclosure-confidentiality-details = Reasons for confidentiality

## 11 Reply

provider-disclosure-reply = Reply
provider-disclosure-reply-format = Preferred format of the data
provider-disclosure-reply-format-electronic = Electronic and machine-readable (for example a spreadsheet or CSV file)
provider-disclosure-reply-format-document = Electronic document (PDF)
provider-disclosure-reply-format-usual = The format you normally use
provider-disclosure-reply-channel = Please reply
provider-disclosure-reply-channel-email = By e-mail to the official address of the requesting authority in section 5
provider-disclosure-reply-channel-portal = Through your law enforcement portal
provider-disclosure-reply-channel-other = By other means
provider-disclosure-reply-channel-other-detail = Means of reply
