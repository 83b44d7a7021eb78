# Template provider-preservation: request sent directly to a service provider to preserve data.
# No treaty is cited: the provider decides under its own policy and law; the request states the
# domestic law under which the requesting authority acts.

provider-preservation-legal-basis = Request made directly to the service provider by the requesting authority under its domestic law (section 6)

## 1 to 3: date, reference, status

provider-preservation-date = Date
provider-preservation-reference = Reference / case number
provider-preservation-status = Request status
provider-preservation-status-new = New request
provider-preservation-status-extension = Extension of a previous preservation request
provider-preservation-status-previous-reference = Reference number of the previous request (the service provider's, if it gave one)
provider-preservation-previous-request-date = Date of the previous request

## 4 Service provider addressed

provider-preservation-addressee = Service provider addressed
provider-preservation-addressee-name = Legal entity addressed
    .hint = The company that answers for the service and for the users concerned. Requests sent to the wrong legal entity are often refused: pick the provider above, or type the entity named in its guidelines for law enforcement.
provider-preservation-addressee-service = Service concerned
    .hint = The service whose data is to be preserved, as its users know it (for example a social network, an e-mail or a messaging service).
provider-preservation-addressee-country = State in which the legal entity is established
provider-preservation-addressee-address = Address for legal process
provider-preservation-addressee-portal = Portal or web form for law enforcement requests
provider-preservation-addressee-email = E-mail for law enforcement requests

## 5 Requesting authority

provider-preservation-requesting-authority = Requesting authority
provider-preservation-requesting-authority-organisation = Authority
provider-preservation-requesting-authority-person = Official in charge of the request
provider-preservation-requesting-authority-position = Position or rank
provider-preservation-requesting-authority-address = Address
provider-preservation-requesting-authority-telephone = Telephone number
    .hint = In international form, starting with + and the country code, so that the service provider can call back to check that the request is genuine.
provider-preservation-requesting-authority-cell-phone = Cell phone number
provider-preservation-requesting-authority-email = Official e-mail address
    .hint = An address in your authority's official domain: service providers may refuse requests sent from private or free e-mail addresses.
provider-preservation-requesting-authority-time-zone = Time zone
    .hint = The time zone of your office, as an offset from UTC. Every time in this request is read in it unless stated otherwise.

## 6 Domestic legal basis

provider-preservation-domestic-legal-basis = Legal basis of the request in the law of the requesting authority
provider-preservation-domestic-legal-basis-domestic-legal-basis = Provisions of domestic law under which the requesting authority acts
    .hint = The articles of your national law (for example the code of criminal procedure) that empower your authority to investigate the case and to make this request. Cite no treaty and do not tell the service provider its own law: it decides under its own policy and law whether to act on the request.
provider-preservation-domestic-legal-basis-decision = Decision or order authorising the request, if any
    .hint = The authority, date and number of the decision, order or warrant under which the request is made, where your law requires one.

## 7 Offence and facts

provider-preservation-offence = Offence and brief summary of the facts
provider-preservation-offence-offences = Offences under investigation
    .hint = One row for each offence: its name or a short description, the provision of your criminal law that defines it, and the maximum penalty.
provider-preservation-offence-offences-offence = Offence
provider-preservation-offence-offences-provision = Legal provision
provider-preservation-offence-offences-penalty = Maximum penalty
provider-preservation-offence-facts = Brief summary of the facts
    .hint = In a few sentences: what happened, when and where, with every date and time in its time zone. The service provider needs no more than it takes to find the data: name a suspect or a victim only where that is needed.

## 8 Data to be preserved

provider-preservation-data = Data to be preserved
provider-preservation-data-identifiers = Identifiers of the accounts or data to be preserved
    .hint = Each account, user name, user ID, e-mail address, telephone number, URL or IP address exactly as the service shows it. Wrong or incomplete identifiers are a main reason for refusal. For an IP address give the source port and the exact date and time of use with its time zone. A period that concerns one identifier only goes in its row.
provider-preservation-data-period = Period of the data to be preserved
    .hint = The period the data must cover, when it is the same for all identifiers, each end with its time zone. Requests for long periods (more than 90 days) are often refused as over-broad.
provider-preservation-data-categories = Categories of data to be preserved
    .hint = Tick only what the investigation needs. Preservation keeps the data as they are; it does not disclose them: they will be sought by the legal process named in section 9.
provider-preservation-data-categories-subscriber = Subscriber information
provider-preservation-data-categories-traffic = Traffic data, including IP addresses and log-in records
provider-preservation-data-categories-content = Content data
provider-preservation-data-categories-other = Other data
provider-preservation-data-categories-other-detail = Other data to be preserved
provider-preservation-data-relationship = Relationship of the data to the investigation
    .hint = Show how these accounts or data are connected to the offence, for example: the account sent the threatening messages on 20/11/2026 at 14:03 UTC+04:00.

## 9 Legal process to follow

provider-preservation-follow-up = Disclosure of the preserved data
provider-preservation-follow-up-process = The requesting authority will seek the disclosure of the preserved data by
    .hint = Tick what you will send. A preservation only keeps the data; to obtain them, send the request for disclosure well before the preservation ends, or ask in time for an extension.
provider-preservation-follow-up-process-mla = A request for mutual legal assistance to the State in which the service provider is established
provider-preservation-follow-up-process-provider = A request to the service provider for voluntary disclosure
provider-preservation-follow-up-process-other = Other legal process
provider-preservation-follow-up-process-other-detail = Legal process
provider-preservation-follow-up-expected-date = Expected date of the request for disclosure
    .hint = How long a service provider preserves data depends on its policy: see its profile above, and send the request for disclosure within that period.

## 10 Confidentiality

provider-preservation-confidentiality = Confidentiality
provider-preservation-confidentiality-conditions = Confidentiality requested
    .hint = Some service providers notify their users of requests unless asked not to, and decide themselves whether to do so. Tick what the investigation needs and say why below.
provider-preservation-confidentiality-conditions-no-notification = Please do not notify the user or account holder, or any third party, of this request
provider-preservation-confidentiality-conditions-warn = If your policy requires you to notify the user, please inform the requesting authority before you do so
provider-preservation-confidentiality-details = Reasons for confidentiality

## 11 Reply

provider-preservation-reply = Reply
provider-preservation-reply-acknowledgement = Please confirm that the data have been preserved, and give the reference number assigned to this request and the date on which the preservation will end
provider-preservation-reply-channel = Please reply
provider-preservation-reply-channel-email = By e-mail to the official address of the requesting authority in section 5
provider-preservation-reply-channel-portal = Through your law enforcement portal
provider-preservation-reply-channel-other = By other means
provider-preservation-reply-channel-other-detail = Means of reply
