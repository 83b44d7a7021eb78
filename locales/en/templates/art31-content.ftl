# Template art31-content: mutual legal assistance request for stored content data, with traffic data and subscriber information if needed (Budapest Convention Art. 31).
# Sections 1-11 follow the numbering and wording of T-CY(2018)10, as in art31-subscriber; later sections follow Art. 1(d), 18(3), 25(5), 28 and 31 of the Convention.

art31-content-legal-basis = { $basis ->
        [budapest] Article 31 of the Convention on Cybercrime (ETS No. 185)
       *[other] { basis-legal-basis }
    }
art31-content-date = Date
art31-content-reference = Reference / case number
art31-content-status = Request status
    .hint = Tick every box that applies. A follow-up opens sections 9 and 10 for the details of the earlier request.
art31-content-status-new = New request
art31-content-status-follow-up-mla = Follow-up to a previous mutual legal assistance request (details in section 9)
art31-content-status-follow-up-preservation = Follow-up to a previous preservation request (details in section 10)
art31-content-requested-authority = Requested authority
art31-content-requested-authority-country = Requested State
art31-content-requested-authority-authority = Authority
    .hint = { $basis ->
            [budapest] The central authority for mutual assistance of the requested State (Article 27(2)), or the authority it has designated to receive such requests.
           *[other] The central authority for mutual assistance of the requested State, or the authority it has designated to receive such requests.
        }
art31-content-requesting-authority = Requesting authority
art31-content-requesting-authority-organisation = Organisation
art31-content-requesting-authority-person = Person in charge of the request
art31-content-requesting-authority-address = Address
art31-content-requesting-authority-phone = Telephone number
art31-content-requesting-authority-mobile = Mobile telephone number
art31-content-requesting-authority-email = E-mail address
art31-content-requesting-authority-fax = Fax number
art31-content-requesting-authority-office-hours = Office hours
art31-content-requesting-authority-time-zone = Time zone
    .hint = The time zone of your office, as an offset from UTC. Every other time in this request carries its own time zone.
art31-content-requesting-authority-response = Means of response
art31-content-requesting-authority-response-expedited = Response by e-mail or other expedited means preferred
art31-content-requesting-authority-response-other = Response preferred by other means
art31-content-requesting-authority-response-other-detail = Response preferred by means of
art31-content-additional-contact = Should additional confirmation from the requesting authority be needed, please contact
art31-content-additional-contact-contacts = Contact person
art31-content-additional-contact-contacts-name = Name
art31-content-additional-contact-contacts-job-title = Job title
art31-content-additional-contact-contacts-function = Function
art31-content-additional-contact-contacts-phone = Telephone number
art31-content-additional-contact-contacts-mobile = Mobile telephone number
art31-content-additional-contact-contacts-email = E-mail address
art31-content-investigating-authority = Investigative / operational authority in charge of the case (if different from the requesting authority)
art31-content-investigating-authority-organisation = Organisation
art31-content-investigating-authority-person = Person in charge of the case
art31-content-investigating-authority-address = Address
art31-content-investigating-authority-phone = Telephone number
art31-content-investigating-authority-mobile = Mobile telephone number
art31-content-investigating-authority-email = E-mail address
art31-content-investigating-authority-fax = Fax number
art31-content-prosecution-court = Prosecution office or court in charge, if applicable
art31-content-prosecution-court-prosecution = Prosecution office in charge and case number
art31-content-prosecution-court-court = Court in charge and case number
art31-content-prosecution-court-decisions = Prosecution or court decisions related to this request
    .hint = For each decision: the authority, its date and number, and what it orders or authorises. Attach a copy if the requested State requires one.
art31-content-previous-mla = Information on the previous mutual legal assistance request, if applicable
art31-content-previous-mla-date = Date
art31-content-previous-mla-reference = Ticket / reference number
art31-content-previous-mla-requesting = Contact details of the authority that made the previous request
art31-content-previous-mla-executing = Contact details of the authority that responded to (or executed) the previous request
art31-content-previous-mla-channel = Communication method used to submit the previous request (e-mail address, fax number, etc.)
art31-content-previous-preservation = Information on the previous preservation request, if applicable
art31-content-previous-preservation-date = Date
art31-content-previous-preservation-reference = Ticket / reference number
art31-content-previous-preservation-requesting = Contact details of the authority that requested preservation
art31-content-previous-preservation-executing = Contact details of the authority that responded to (or executed) the preservation request
art31-content-previous-preservation-channel = Channel of communication
art31-content-previous-preservation-channel-network-247 = 24/7 Network point of contact
art31-content-previous-preservation-channel-provider = Directly to the service provider
art31-content-previous-preservation-channel-police = Police cooperation channel
art31-content-previous-preservation-channel-mla = Central authority for mutual assistance
art31-content-previous-preservation-channel-other = Other
art31-content-previous-preservation-channel-other-detail = Channel used
art31-content-previous-preservation-expiry = Data preserved until
    .hint = The date on which the preservation ends, as confirmed by the requested State or the service provider, if known.
art31-content-legal-grounds = Legal basis for the request
art31-content-legal-grounds-domestic = Domestic legal basis for the request, if applicable
    .hint = The provisions of your law under which this request is made, e.g. the articles of the code of criminal procedure on requests for mutual legal assistance.
art31-content-legal-grounds-instruments = Other applicable treaties or arrangements
art31-content-legal-grounds-instruments-ets-30 = European Convention on Mutual Assistance in Criminal Matters (ETS No. 30) and its Protocols
art31-content-legal-grounds-instruments-bilateral = Bilateral treaty
art31-content-legal-grounds-instruments-bilateral-detail = Title and date of the treaty
art31-content-legal-grounds-instruments-reciprocity = Reciprocity
art31-content-offences = Offence(s)
art31-content-offences-offences = Offence
art31-content-offences-offences-name = Offence
art31-content-offences-offences-provision = Legal provision
art31-content-offences-offences-penalty = Maximum penalty
art31-content-offences-damage = Damage caused
    .hint = The amount of the loss, in its currency, if there is one.
art31-content-offences-damage-below-threshold = The damage is below the equivalent of USD 5,000
    .hint = Your own check, never printed in the request. The United States generally declines requests about damage under USD 5,000; compare the damage in your currency with that amount.
art31-content-facts = Brief summary of the facts
    .hint = Who did what, when and where, and how the offence was committed with the help of the service concerned. Give every time with its time zone.
art31-content-identifiers = Identifiers and period of the data sought
art31-content-identifiers-identifiers = Identifiers of the data sought
    .hint = Each account, address or number whose data are sought. For an IP address give the source port and the exact date and time with its time zone: behind shared addresses the provider cannot identify the subscriber without them.
art31-content-identifiers-period = Exact period for which the data are sought
    .hint = The start and end with their time zone. Ask only for the period the investigation needs: requests for long periods (more than 90 days) are often refused as over-broad.
art31-content-data = Data sought
art31-content-data-content = Content data sought
    .hint = Name only the content the facts justify; the requested State may need a court order for it.
art31-content-data-content-messages = Stored messages, including chat and direct messages
art31-content-data-content-emails = Stored e-mails with their attachments
art31-content-data-content-files = Stored files and documents, including cloud storage
art31-content-data-content-media = Photos and videos
art31-content-data-content-posts = Posts, comments and other published content
art31-content-data-content-location = Stored location information
art31-content-data-content-contacts = Contact lists and address books
art31-content-data-content-other = Other
art31-content-data-content-other-detail = Other content data sought
art31-content-data-traffic = Traffic data sought
    .hint = { $basis ->
            [budapest] Tick only what is needed in addition to the content. The first eight boxes follow the definition of traffic data in Article 1(d) of the Convention: data generated by a computer system as part of the chain of communication.
           *[other] Tick only what is needed in addition to the content. Traffic data are data generated by a computer system as part of the chain of communication.
        }
art31-content-data-traffic-origin = Origin of the communications
art31-content-data-traffic-destination = Destination of the communications
art31-content-data-traffic-route = Route
art31-content-data-traffic-time = Time
art31-content-data-traffic-date = Date
art31-content-data-traffic-size = Size
art31-content-data-traffic-duration = Duration
art31-content-data-traffic-service = Type of underlying service
art31-content-data-traffic-connection-log = IP connection history: log-ins and log-outs with IP addresses, source ports, dates and times
art31-content-data-traffic-headers = E-mail header information, without content
art31-content-data-traffic-other = Other
art31-content-data-traffic-other-detail = Other traffic data sought
art31-content-data-subscriber = Subscriber information sought
    .hint = { $basis ->
            [budapest] Tick only what is needed in addition to the content. The first six boxes follow the definition of subscriber information in Article 18(3) of the Convention.
           *[other] Tick only what is needed in addition to the content.
        }
art31-content-data-subscriber-service = Type of communication service used, technical provisions taken thereto and period of service
art31-content-data-subscriber-identity = Subscriber's identity
art31-content-data-subscriber-address = Postal or geographic address
art31-content-data-subscriber-access-number = Telephone and other access numbers
art31-content-data-subscriber-billing = Billing and payment information
art31-content-data-subscriber-installation = Site of the installation of communication equipment
art31-content-data-subscriber-email = E-mail addresses linked to the account
art31-content-data-subscriber-registration-ip = IP address and date and time of registration
art31-content-data-subscriber-other = Other
art31-content-data-subscriber-other-detail = Other subscriber information sought
art31-content-measures = Measures requested
    .hint = { $basis ->
            [budapest] Article 31(1): the requested Party may search or similarly access, seize or similarly secure, and disclose data stored in its territory, including data preserved under Article 29.
           *[other] What the requested State is asked to do with the data stored in its territory, including data already preserved: search or similarly access them, seize or similarly secure them, and disclose them.
        }
art31-content-measures-search = Search or similar access
art31-content-measures-seizure = Seizure or similar securing
art31-content-measures-disclosure = Disclosure
art31-content-preservation = Preservation of the data
art31-content-preservation-sought = Has preservation of the data already been sought?
    .hint = { $basis ->
            [budapest] Whether the data were preserved under Article 29 of the Convention, through the 24/7 Network or directly with the service provider. The reference lets the requested authority and the provider find the preserved data. If this request follows up the preservation request described in section 10, give the same date and reference.
           *[other] Whether the data were preserved, through the 24/7 Network, another authority of the requested State or directly with the service provider. The reference lets the requested authority and the provider find the preserved data. If this request follows up the preservation request described in section 10, give the same date and reference.
        }
art31-content-preservation-sought-yes = Yes
art31-content-preservation-sought-no = No
art31-content-preservation-date = Date of the preservation request
art31-content-preservation-reference = Reference of the preservation request
    .hint = The reference given by the requested authority or the service provider; if none was given, your own reference.
art31-content-relevance = Relationship of the data to the investigation
    .hint = Explain how each identifier and each kind of data sought is linked to the offence and the suspect, and why the service provider is believed to hold the data.
art31-content-grounds = Factual basis for the search or production of the content data
    .hint = The specific facts that meet the requested State's threshold for coercive measures, e.g. "probable cause" in the United States: facts showing that the account was used in connection with the offence and that evidence of it is likely to be found in the content sought, and when those facts occurred. Conclusions or suspicions alone are not enough.
art31-content-dual-criminality = Dual criminality
    .hint = { $basis ->
            [budapest] Explain how the conduct described in section 13 is also a criminal offence under the law of the requested State, citing the corresponding provision if known. Under Article 25(5) of the Convention the condition is fulfilled if the conduct underlying the offence is a criminal offence there, whatever its category or name.
           *[other] Explain how the conduct described in section 13 is also a criminal offence under the law of the requested State, citing the corresponding provision if known.
        }
art31-content-use = Limitations on the use of the data
art31-content-use-undertakings = Undertakings of the requesting authority
    .hint = { $basis ->
            [budapest] Article 28 applies where no mutual assistance treaty or arrangement on the basis of uniform or reciprocal legislation is in force between the Parties; otherwise the rules of that treaty or arrangement on confidentiality and use apply.
           *[other] The conditions of confidentiality and limitation on use are those of the instrument chosen or, without a treaty, those the requested State sets.
        }
art31-content-use-undertakings-article-28 = { $basis ->
        [budapest] The requesting authority will comply with the conditions of confidentiality and limitation on use set by the requested Party under Article 28(2) of the Convention
       *[other] The requesting authority will comply with the conditions of confidentiality and limitation on use set by the requested State
    }
art31-content-use-undertakings-speciality = The data will be used only for the investigation and proceedings stated in this request, unless the requested Party consents to other use (speciality)
art31-content-use-explanation = Explanation of the intended use of the data
    .hint = E.g. whether the data will have to be disclosed to the defence or used in related proceedings, so that the requested Party can set its conditions accordingly.
art31-content-service-provider = Service provider holding the data
art31-content-service-provider-name = Name of the service provider
    .hint = The legal name of the provider, as in its terms of service or law enforcement guidelines.
art31-content-service-provider-address = Address or location
art31-content-urgency = Urgency
art31-content-urgency-urgent = Urgent execution requested
art31-content-urgency-reasons = Reasons for urgency
    .hint = { $basis ->
            [budapest] E.g. the suspect is in custody, a time limit of the proceedings, or grounds to believe that the data are particularly vulnerable to loss or modification (Article 31(3)).
           *[other] E.g. the suspect is in custody, a time limit of the proceedings, or grounds to believe that the data are particularly vulnerable to loss or modification.
        }
art31-content-urgency-deadline = Data needed by
art31-content-confidentiality = Confidentiality
art31-content-confidentiality-confidential = Please keep the fact and the subject of this request confidential, except to the extent necessary to execute it
art31-content-confidentiality-no-notification = Ask the service provider not to notify the subscriber or any third party
    .hint = Ask the requested authority whether the provider's practice or system may alert the user.
art31-content-confidentiality-reasons = Reasons for confidentiality
    .hint = E.g. risk that the suspect destroys evidence, flees or warns accomplices.
art31-content-form = Form of the data, authentication and chain of custody
    .hint = To be admitted as evidence, content usually has to be authenticated: tick what your courts need, e.g. a forensic copy with hash values and a record of everyone who handled the data, or the service provider's certificate of authenticity of its business records.
art31-content-form-electronic = Electronic copy in a readable format
art31-content-form-certified = Certified copy
art31-content-form-certificate = Certificate of authenticity of business records from the service provider
art31-content-form-forensic = Forensic copy with hash values
art31-content-form-custody = Record of the chain of custody
art31-content-form-other = Other
art31-content-form-other-detail = Other requirement
