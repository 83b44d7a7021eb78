# Template art31-traffic: mutual legal assistance request for stored traffic data, with subscriber information if needed (Budapest Convention Art. 31).
# Sections 1-11 follow the numbering and wording of T-CY(2018)10, as in art31-subscriber; later sections follow Art. 1(d), 18(3) and 31 of the Convention.

art31-traffic-legal-basis = { $basis ->
        [budapest] Article 31 of the Convention on Cybercrime (ETS No. 185)
       *[other] { basis-legal-basis }
    }
art31-traffic-date = Date
art31-traffic-reference = Reference / case number
art31-traffic-status = Request status
    .hint = Tick every box that applies. A follow-up opens sections 9 and 10 for the details of the earlier request.
art31-traffic-status-new = New request
art31-traffic-status-follow-up-mla = Follow-up to a previous mutual legal assistance request (details in section 9)
art31-traffic-status-follow-up-preservation = Follow-up to a previous preservation request (details in section 10)
art31-traffic-requested-authority = Requested authority
art31-traffic-requested-authority-country = Requested State
art31-traffic-requested-authority-authority = Authority
    .hint = { $basis ->
            [budapest] The central authority for mutual assistance of the requested State (Article 27(2)), or the authority it has designated to receive such requests.
           *[other] The central authority for mutual assistance of the requested State, or the authority it has designated to receive such requests.
        }
art31-traffic-requesting-authority = Requesting authority
art31-traffic-requesting-authority-organisation = Organisation
art31-traffic-requesting-authority-person = Person in charge of the request
art31-traffic-requesting-authority-address = Address
art31-traffic-requesting-authority-phone = Telephone number
art31-traffic-requesting-authority-mobile = Mobile telephone number
art31-traffic-requesting-authority-email = E-mail address
art31-traffic-requesting-authority-fax = Fax number
art31-traffic-requesting-authority-office-hours = Office hours
art31-traffic-requesting-authority-time-zone = Time zone
    .hint = The time zone of your office, as an offset from UTC. Every other time in this request carries its own time zone.
art31-traffic-requesting-authority-response = Means of response
art31-traffic-requesting-authority-response-expedited = Response by e-mail or other expedited means preferred
art31-traffic-requesting-authority-response-other = Response preferred by other means
art31-traffic-requesting-authority-response-other-detail = Response preferred by means of
art31-traffic-additional-contact = Should additional confirmation from the requesting authority be needed, please contact
art31-traffic-additional-contact-contacts = Contact person
art31-traffic-additional-contact-contacts-name = Name
art31-traffic-additional-contact-contacts-job-title = Job title
art31-traffic-additional-contact-contacts-function = Function
art31-traffic-additional-contact-contacts-phone = Telephone number
art31-traffic-additional-contact-contacts-mobile = Mobile telephone number
art31-traffic-additional-contact-contacts-email = E-mail address
art31-traffic-investigating-authority = Investigative / operational authority in charge of the case (if different from the requesting authority)
art31-traffic-investigating-authority-organisation = Organisation
art31-traffic-investigating-authority-person = Person in charge of the case
art31-traffic-investigating-authority-address = Address
art31-traffic-investigating-authority-phone = Telephone number
art31-traffic-investigating-authority-mobile = Mobile telephone number
art31-traffic-investigating-authority-email = E-mail address
art31-traffic-investigating-authority-fax = Fax number
art31-traffic-prosecution-court = Prosecution office or court in charge, if applicable
art31-traffic-prosecution-court-prosecution = Prosecution office in charge and case number
art31-traffic-prosecution-court-court = Court in charge and case number
art31-traffic-prosecution-court-decisions = Prosecution or court decisions related to this request
    .hint = For each decision: the authority, its date and number, and what it orders or authorises. Attach a copy if the requested State requires one.
art31-traffic-previous-mla = Information on the previous mutual legal assistance request, if applicable
art31-traffic-previous-mla-date = Date
art31-traffic-previous-mla-reference = Ticket / reference number
art31-traffic-previous-mla-requesting = Contact details of the authority that made the previous request
art31-traffic-previous-mla-executing = Contact details of the authority that responded to (or executed) the previous request
art31-traffic-previous-mla-channel = Communication method used to submit the previous request (e-mail address, fax number, etc.)
art31-traffic-previous-preservation = Information on the previous preservation request, if applicable
art31-traffic-previous-preservation-date = Date
art31-traffic-previous-preservation-reference = Ticket / reference number
art31-traffic-previous-preservation-requesting = Contact details of the authority that requested preservation
art31-traffic-previous-preservation-executing = Contact details of the authority that responded to (or executed) the preservation request
art31-traffic-previous-preservation-channel = Channel of communication
art31-traffic-previous-preservation-channel-network-247 = 24/7 Network point of contact
art31-traffic-previous-preservation-channel-provider = Directly to the service provider
art31-traffic-previous-preservation-channel-police = Police cooperation channel
art31-traffic-previous-preservation-channel-mla = Central authority for mutual assistance
art31-traffic-previous-preservation-channel-other = Other
art31-traffic-previous-preservation-channel-other-detail = Channel used
art31-traffic-previous-preservation-expiry = Data preserved until
    .hint = The date on which the preservation ends, as confirmed by the requested State or the service provider, if known.
art31-traffic-legal-grounds = Legal basis for the request
art31-traffic-legal-grounds-domestic = Domestic legal basis for the request, if applicable
    .hint = The provisions of your law under which this request is made, e.g. the articles of the code of criminal procedure on requests for mutual legal assistance.
art31-traffic-legal-grounds-instruments = Other applicable treaties or arrangements
art31-traffic-legal-grounds-instruments-ets-30 = European Convention on Mutual Assistance in Criminal Matters (ETS No. 30) and its Protocols
art31-traffic-legal-grounds-instruments-bilateral = Bilateral treaty
art31-traffic-legal-grounds-instruments-bilateral-detail = Title and date of the treaty
art31-traffic-legal-grounds-instruments-reciprocity = Reciprocity
art31-traffic-offences = Offence(s)
art31-traffic-offences-offences = Offence
art31-traffic-offences-offences-name = Offence
art31-traffic-offences-offences-provision = Legal provision
art31-traffic-offences-offences-penalty = Maximum penalty
art31-traffic-offences-damage = Damage caused
    .hint = The amount of the loss, in its currency, if there is one.
art31-traffic-offences-damage-below-threshold = The damage is below the equivalent of USD 5,000
    .hint = Your own check, never printed in the request. The United States generally declines requests about damage under USD 5,000; compare the damage in your currency with that amount.
art31-traffic-facts = Brief summary of the facts
    .hint = Who did what, when and where, and how the offence was committed with the help of the service concerned. Give every time with its time zone.
art31-traffic-identifiers = Identifiers and period of the data sought
art31-traffic-identifiers-identifiers = Identifiers of the data sought
    .hint = Each account, address or number whose data are sought. For an IP address give the source port and the exact date and time with its time zone: behind shared addresses the provider cannot identify the subscriber without them.
art31-traffic-identifiers-period = Exact period for which the data are sought
    .hint = The start and end with their time zone. Ask only for the period the investigation needs: requests for long periods (more than 90 days) are often refused as over-broad.
art31-traffic-data = Data sought
art31-traffic-data-traffic = Traffic data sought
    .hint = { $basis ->
            [budapest] The first eight boxes follow the definition of traffic data in Article 1(d) of the Convention: data generated by a computer system as part of the chain of communication.
           *[other] Data generated by a computer system as part of the chain of communication: tick only what the investigation needs.
        }
art31-traffic-data-traffic-origin = Origin of the communications
art31-traffic-data-traffic-destination = Destination of the communications
art31-traffic-data-traffic-route = Route
art31-traffic-data-traffic-time = Time
art31-traffic-data-traffic-date = Date
art31-traffic-data-traffic-size = Size
art31-traffic-data-traffic-duration = Duration
art31-traffic-data-traffic-service = Type of underlying service
art31-traffic-data-traffic-connection-log = IP connection history: log-ins and log-outs with IP addresses, source ports, dates and times
art31-traffic-data-traffic-headers = E-mail header information, without content
art31-traffic-data-traffic-other = Other
art31-traffic-data-traffic-other-detail = Other traffic data sought
art31-traffic-data-subscriber = Subscriber information sought
    .hint = { $basis ->
            [budapest] Tick only what is needed in addition to the traffic data. The first six boxes follow the definition of subscriber information in Article 18(3) of the Convention.
           *[other] Tick only what is needed in addition to the traffic data.
        }
art31-traffic-data-subscriber-service = Type of communication service used, technical provisions taken thereto and period of service
art31-traffic-data-subscriber-identity = Subscriber's identity
art31-traffic-data-subscriber-address = Postal or geographic address
art31-traffic-data-subscriber-access-number = Telephone and other access numbers
art31-traffic-data-subscriber-billing = Billing and payment information
art31-traffic-data-subscriber-installation = Site of the installation of communication equipment
art31-traffic-data-subscriber-email = E-mail addresses linked to the account
art31-traffic-data-subscriber-registration-ip = IP address and date and time of registration
art31-traffic-data-subscriber-other = Other
art31-traffic-data-subscriber-other-detail = Other subscriber information sought
art31-traffic-preservation = Preservation of the data
art31-traffic-preservation-sought = Has preservation of the data already been sought?
    .hint = { $basis ->
            [budapest] Whether the data were preserved under Article 29 of the Convention, through the 24/7 Network or directly with the service provider. The reference lets the requested authority and the provider find the preserved data. If this request follows up the preservation request described in section 10, give the same date and reference.
           *[other] Whether the data were preserved, through the 24/7 Network, another authority of the requested State or directly with the service provider. The reference lets the requested authority and the provider find the preserved data. If this request follows up the preservation request described in section 10, give the same date and reference.
        }
art31-traffic-preservation-sought-yes = Yes
art31-traffic-preservation-sought-no = No
art31-traffic-preservation-date = Date of the preservation request
art31-traffic-preservation-reference = Reference of the preservation request
    .hint = The reference given by the requested authority or the service provider; if none was given, your own reference.
art31-traffic-relevance = Relationship of the data to the investigation
    .hint = Explain how each identifier and each kind of data sought is linked to the offence and the suspect, and why the service provider is believed to hold the data.
art31-traffic-service-provider = Service provider holding the data
art31-traffic-service-provider-name = Name of the service provider
    .hint = The legal name of the provider, as in its terms of service or law enforcement guidelines.
art31-traffic-service-provider-address = Address or location
art31-traffic-urgency = Urgency
art31-traffic-urgency-urgent = Urgent execution requested
art31-traffic-urgency-reasons = Reasons for urgency
    .hint = { $basis ->
            [budapest] E.g. the suspect is in custody, a time limit of the proceedings, or grounds to believe that the data are particularly vulnerable to loss or modification (Article 31(3)).
           *[other] E.g. the suspect is in custody, a time limit of the proceedings, or grounds to believe that the data are particularly vulnerable to loss or modification.
        }
art31-traffic-urgency-deadline = Data needed by
art31-traffic-confidentiality = Confidentiality
art31-traffic-confidentiality-confidential = Please keep the fact and the subject of this request confidential, except to the extent necessary to execute it
art31-traffic-confidentiality-no-notification = Ask the service provider not to notify the subscriber or any third party
    .hint = Ask the requested authority whether the provider's practice or system may alert the user.
art31-traffic-confidentiality-reasons = Reasons for confidentiality
    .hint = E.g. risk that the suspect destroys evidence, flees or warns accomplices.
art31-traffic-form = Form of the data and authentication
art31-traffic-form-electronic = Electronic copy in a readable format
art31-traffic-form-certified = Certified copy
art31-traffic-form-certificate = Certificate of authenticity of business records from the service provider
art31-traffic-form-other = Other
art31-traffic-form-other-detail = Other requirement
