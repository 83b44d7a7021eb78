# Template art31-subscriber: mutual legal assistance request for subscriber information (Budapest Convention Art. 31).
# Sections 1-11 follow the numbering and wording of T-CY(2018)10; later sections follow Art. 18(3) and 31 of the Convention.

art31-subscriber-legal-basis = { $basis ->
        [budapest] Article 31 of the Convention on Cybercrime (ETS No. 185)
       *[other] { basis-legal-basis }
    }
art31-subscriber-date = Date
art31-subscriber-reference = Reference / case number
art31-subscriber-status = Request status
    .hint = Tick every box that applies. A follow-up opens sections 9 and 10 for the details of the earlier request.
art31-subscriber-status-new = New request
art31-subscriber-status-follow-up-mla = Follow-up to a previous mutual legal assistance request (details in section 9)
art31-subscriber-status-follow-up-preservation = Follow-up to a previous preservation request (details in section 10)
art31-subscriber-requested-authority = Requested authority
art31-subscriber-requested-authority-country = Requested State
art31-subscriber-requested-authority-authority = Authority
    .hint = { $basis ->
            [budapest] The central authority for mutual assistance of the requested State (Article 27(2)), or the authority it has designated to receive such requests.
           *[other] The central authority for mutual assistance of the requested State, or the authority it has designated to receive such requests.
        }
art31-subscriber-requesting-authority = Requesting authority
art31-subscriber-requesting-authority-organisation = Organisation
art31-subscriber-requesting-authority-person = Person in charge of the request
art31-subscriber-requesting-authority-address = Address
art31-subscriber-requesting-authority-phone = Telephone number
art31-subscriber-requesting-authority-mobile = Mobile telephone number
art31-subscriber-requesting-authority-email = E-mail address
art31-subscriber-requesting-authority-fax = Fax number
art31-subscriber-requesting-authority-office-hours = Office hours
art31-subscriber-requesting-authority-time-zone = Time zone
    .hint = The time zone of your office, as an offset from UTC. Every other time in this request carries its own time zone.
art31-subscriber-requesting-authority-response = Means of response
art31-subscriber-requesting-authority-response-expedited = Response by e-mail or other expedited means preferred
art31-subscriber-requesting-authority-response-other = Response preferred by other means
art31-subscriber-requesting-authority-response-other-detail = Response preferred by means of
art31-subscriber-additional-contact = Should additional confirmation from the requesting authority be needed, please contact
art31-subscriber-additional-contact-contacts = Contact person
art31-subscriber-additional-contact-contacts-name = Name
art31-subscriber-additional-contact-contacts-job-title = Job title
art31-subscriber-additional-contact-contacts-function = Function
art31-subscriber-additional-contact-contacts-phone = Telephone number
art31-subscriber-additional-contact-contacts-mobile = Mobile telephone number
art31-subscriber-additional-contact-contacts-email = E-mail address
art31-subscriber-investigating-authority = Investigative / operational authority in charge of the case (if different from the requesting authority)
art31-subscriber-investigating-authority-organisation = Organisation
art31-subscriber-investigating-authority-person = Person in charge of the case
art31-subscriber-investigating-authority-address = Address
art31-subscriber-investigating-authority-phone = Telephone number
art31-subscriber-investigating-authority-mobile = Mobile telephone number
art31-subscriber-investigating-authority-email = E-mail address
art31-subscriber-investigating-authority-fax = Fax number
art31-subscriber-prosecution-court = Prosecution office or court in charge, if applicable
art31-subscriber-prosecution-court-prosecution = Prosecution office in charge and case number
art31-subscriber-prosecution-court-court = Court in charge and case number
art31-subscriber-prosecution-court-decisions = Prosecution or court decisions related to this request
    .hint = For each decision: the authority, its date and number, and what it orders or authorises. Attach a copy if the requested State requires one.
art31-subscriber-previous-mla = Information on the previous mutual legal assistance request, if applicable
art31-subscriber-previous-mla-date = Date
art31-subscriber-previous-mla-reference = Ticket / reference number
art31-subscriber-previous-mla-requesting = Contact details of the authority that made the previous request
art31-subscriber-previous-mla-executing = Contact details of the authority that responded to (or executed) the previous request
art31-subscriber-previous-mla-channel = Communication method used to submit the previous request (e-mail address, fax number, etc.)
art31-subscriber-previous-preservation = Information on the previous preservation request, if applicable
art31-subscriber-previous-preservation-date = Date
art31-subscriber-previous-preservation-reference = Ticket / reference number
art31-subscriber-previous-preservation-requesting = Contact details of the authority that requested preservation
art31-subscriber-previous-preservation-executing = Contact details of the authority that responded to (or executed) the preservation request
art31-subscriber-previous-preservation-channel = Channel of communication
art31-subscriber-previous-preservation-channel-network-247 = 24/7 Network point of contact
art31-subscriber-previous-preservation-channel-provider = Directly to the service provider
art31-subscriber-previous-preservation-channel-police = Police cooperation channel
art31-subscriber-previous-preservation-channel-mla = Central authority for mutual assistance
art31-subscriber-previous-preservation-channel-other = Other
art31-subscriber-previous-preservation-channel-other-detail = Channel used
art31-subscriber-previous-preservation-expiry = Data preserved until
    .hint = The date on which the preservation ends, as confirmed by the requested State or the service provider, if known.
art31-subscriber-legal-grounds = Legal basis for the request
art31-subscriber-legal-grounds-domestic = Domestic legal basis for the request, if applicable
    .hint = The provisions of your law under which this request is made, e.g. the articles of the code of criminal procedure on requests for mutual legal assistance.
art31-subscriber-legal-grounds-instruments = Other applicable treaties or arrangements
art31-subscriber-legal-grounds-instruments-ets-30 = European Convention on Mutual Assistance in Criminal Matters (ETS No. 30) and its Protocols
art31-subscriber-legal-grounds-instruments-bilateral = Bilateral treaty
art31-subscriber-legal-grounds-instruments-bilateral-detail = Title and date of the treaty
art31-subscriber-legal-grounds-instruments-reciprocity = Reciprocity
art31-subscriber-offences = Offence(s)
art31-subscriber-offences-offences = Offence
art31-subscriber-offences-offences-name = Offence
art31-subscriber-offences-offences-provision = Legal provision
art31-subscriber-offences-offences-penalty = Maximum penalty
art31-subscriber-offences-damage = Damage caused
    .hint = The amount of the loss, in its currency, if there is one.
art31-subscriber-offences-damage-below-threshold = The damage is below the equivalent of USD 5,000
    .hint = Your own check, never printed in the request. The United States generally declines requests about damage under USD 5,000; compare the damage in your currency with that amount.
art31-subscriber-facts = Brief summary of the facts
    .hint = Who did what, when and where, and how the offence was committed with the help of the service concerned. Give every time with its time zone.
art31-subscriber-identifiers = Identifiers and period of the data sought
art31-subscriber-identifiers-identifiers = Identifiers of the data sought
    .hint = Each account, address or number whose subscriber is sought. For an IP address give the source port and the exact date and time with its time zone: behind shared addresses the provider cannot identify the subscriber without them.
art31-subscriber-identifiers-period = Exact period for which the data are sought
    .hint = The start and end with their time zone. Ask only for the period the investigation needs: requests for long periods (more than 90 days) are often refused as over-broad.
art31-subscriber-categories = Subscriber information sought
    .hint = { $basis ->
            [budapest] Tick only what the investigation needs. The first six boxes follow the definition of subscriber information in Article 18(3) of the Convention.
           *[other] Tick only what the investigation needs.
        }
art31-subscriber-categories-service = Type of communication service used, technical provisions taken thereto and period of service
art31-subscriber-categories-identity = Subscriber's identity
art31-subscriber-categories-address = Postal or geographic address
art31-subscriber-categories-access-number = Telephone and other access numbers
art31-subscriber-categories-billing = Billing and payment information
art31-subscriber-categories-installation = Site of the installation of communication equipment
art31-subscriber-categories-email = E-mail addresses linked to the account
art31-subscriber-categories-registration-ip = IP address and date and time of registration
art31-subscriber-categories-login-ip-at = IP address of a log-in at the date and time given with the identifier (to identify the subscriber)
art31-subscriber-categories-other = Other
art31-subscriber-categories-other-detail = Other information sought
art31-subscriber-relevance = Relationship of the data to the investigation
    .hint = Explain how each identifier is linked to the offence and the suspect, and why the service provider is believed to hold the data.
art31-subscriber-service-provider = Service provider holding the data
art31-subscriber-service-provider-name = Name of the service provider
    .hint = The legal name of the provider, as in its terms of service or law enforcement guidelines.
art31-subscriber-service-provider-address = Address or location
art31-subscriber-urgency = Urgency
art31-subscriber-urgency-urgent = Urgent execution requested
art31-subscriber-urgency-reasons = Reasons for urgency
    .hint = { $basis ->
            [budapest] E.g. the suspect is in custody, a time limit of the proceedings, or grounds to believe that the data are particularly vulnerable to loss or modification (Article 31(3)).
           *[other] E.g. the suspect is in custody, a time limit of the proceedings, or grounds to believe that the data are particularly vulnerable to loss or modification.
        }
art31-subscriber-urgency-deadline = Data needed by
art31-subscriber-confidentiality = Confidentiality
art31-subscriber-confidentiality-confidential = Please keep the fact and the subject of this request confidential, except to the extent necessary to execute it
art31-subscriber-confidentiality-no-notification = Ask the service provider not to notify the subscriber or any third party
    .hint = Ask the requested authority whether the provider's practice or system may alert the user.
art31-subscriber-confidentiality-reasons = Reasons for confidentiality
    .hint = E.g. risk that the suspect destroys evidence, flees or warns accomplices.
art31-subscriber-form = Form of the data and authentication
art31-subscriber-form-electronic = Electronic copy in a readable format
art31-subscriber-form-certified = Certified copy
art31-subscriber-form-certificate = Certificate of authenticity of business records from the service provider
art31-subscriber-form-other = Other
art31-subscriber-form-other-detail = Other requirement
