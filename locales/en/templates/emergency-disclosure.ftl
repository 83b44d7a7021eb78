# Template emergency-disclosure: emergency request for disclosure of stored computer data (Second
# Additional Protocol Art. 9 through the 24/7 Network, Art. 10 emergency mutual assistance, or a
# service provider's emergency channel). Wording follows the Convention and the Protocol.

emergency-disclosure-legal-basis = { $route ->
        [protocol-art9] Article 9 of the Second Additional Protocol to the Convention on Cybercrime (CETS No. 224), through the 24/7 Network; the Protocol applies only between States that are Parties to it
        [protocol-art10] Article 10 of the Second Additional Protocol to the Convention on Cybercrime (CETS No. 224); the Protocol applies only between States that are Parties to it
        [provider] Request to a service provider for voluntary disclosure in an emergency
       *[other] { basis-legal-basis }
    }
emergency-disclosure-date = Date
emergency-disclosure-reference = Reference / case number

emergency-disclosure-channel = Channel and legal basis
emergency-disclosure-channel-basis = Channel used for this request
    .hint = { $match ->
        [general] The instrument chosen has no article on emergency requests: the request rests on its provisions on urgent requests and mutual assistance, cited at the top of the request.
        [user] Name the treaty and give the articles on which the request rests: they are printed at the top of the request.
       *[other] Article 9 of the Second Additional Protocol: through the 24/7 Network, for data held by a service provider in the requested State. Article 10: emergency mutual assistance through the central or competent authority. The Protocol applies only between States for which it is in force: check that it is in force for both States before you choose either. Another treaty that binds both States: the request rests on its provisions on urgent requests and mutual assistance. Reciprocity: no treaty applies. A provider's emergency channel: the request goes directly to the service provider, which decides itself whether to disclose; no treaty is cited.
    }
emergency-disclosure-channel-basis-protocol-art9 = Expedited disclosure in an emergency through the 24/7 Network (Article 9 of the Second Additional Protocol)
emergency-disclosure-channel-basis-protocol-art10 = Emergency mutual assistance (Article 10 of the Second Additional Protocol)
emergency-disclosure-channel-basis-provider = Emergency disclosure channel of the service provider

emergency-disclosure-addressee = Requested State and addressee
emergency-disclosure-addressee-country = Requested State
    .hint = For a request sent directly to a service provider: the State in which the provider is established.
emergency-disclosure-addressee-name = Addressee: authority or service provider
    .hint = The 24/7 point of contact, the central or competent authority, or the service provider to which this request is sent.
emergency-disclosure-addressee-address = Address
emergency-disclosure-addressee-portal = Portal or web form for law enforcement requests
emergency-disclosure-addressee-email = E-mail
emergency-disclosure-addressee-provider = Service provider holding the data, if not the addressee: name and address
    .hint = Required for a request under Article 9 of the Protocol (Article 9, paragraph 3.c): the name and address of the service provider in the requested State that holds the data.

emergency-disclosure-requesting-authority = Requesting authority
emergency-disclosure-requesting-authority-authority = Competent authority
emergency-disclosure-requesting-authority-officer = Requesting officer
emergency-disclosure-requesting-authority-position = Position
emergency-disclosure-requesting-authority-address = Address
emergency-disclosure-requesting-authority-phone = Telephone
    .hint = In international format: a number answered at any hour for as long as the emergency lasts.
emergency-disclosure-requesting-authority-mobile = Mobile telephone
emergency-disclosure-requesting-authority-email = E-mail
    .hint = An official address of your authority: service providers may not answer requests from private addresses.
emergency-disclosure-requesting-authority-time-zone = Time zone
    .hint = The time zone of your office, as an offset from UTC. Every time in this request is read in it unless stated otherwise.
emergency-disclosure-requesting-authority-reachable = The requesting officer can be reached at the telephone numbers above at any hour while the emergency lasts
    .hint = An emergency request needs someone who answers at any hour. If you cannot, give the number of your 24/7 point of contact above.

emergency-disclosure-authoriser = Supervisor or authorising officer
emergency-disclosure-authoriser-name = Name
    .hint = The officer who authorised this emergency request and can confirm it to the requested State or the service provider.
emergency-disclosure-authoriser-position = Position
emergency-disclosure-authoriser-phone = Telephone
emergency-disclosure-authoriser-email = E-mail

emergency-disclosure-offences = Offence(s)
emergency-disclosure-offences-offence = Offences under investigation
    .hint = One row for each offence, with its legal provision and the maximum penalty.
emergency-disclosure-offences-offence-description = Offence
emergency-disclosure-offences-offence-provision = Legal provision
emergency-disclosure-offences-offence-penalty = Maximum penalty
emergency-disclosure-mla = Domestic legal basis and mutual assistance requested
emergency-disclosure-mla-domestic-legal-basis = Domestic legal basis
    .hint = The provisions of your national law under which the case is investigated and this request is made. Required for emergency mutual assistance (Article 10 of the Protocol); recommended on every route, as requests without it are often refused.
emergency-disclosure-mla-prosecution = Prosecution office or court in charge and case number
    .hint = For emergency mutual assistance: the judicial authority in charge of the case, if there is one.
emergency-disclosure-mla-assistance = Assistance requested
    .hint = For emergency mutual assistance: what the requested State is asked to do, for example to order the service provider to disclose the data described in section 9 and transmit them to the requesting authority.
emergency-disclosure-mla-procedure = Procedures to be followed in execution
    .hint = For emergency mutual assistance, where your law requires it: for example a certificate of authenticity of the records, or the form in which the data must be obtained to be admissible as evidence.

emergency-disclosure-emergency = Emergency
emergency-disclosure-emergency-risk = Kind of risk
emergency-disclosure-emergency-risk-kidnapping = Kidnapping or hostage taking
emergency-disclosure-emergency-risk-threat-to-kill = Threat to kill
emergency-disclosure-emergency-risk-suicide = Risk of suicide
emergency-disclosure-emergency-risk-child = Risk to the life or safety of a child
emergency-disclosure-emergency-risk-terrorism = Terrorist threat
emergency-disclosure-emergency-risk-bomb = Bomb threat
emergency-disclosure-emergency-risk-other = Other risk to life or safety
emergency-disclosure-emergency-risk-other-detail = Kind of risk
emergency-disclosure-emergency-facts = Facts showing a significant and imminent risk to the life or safety of a natural person
    .hint = { $basis ->
            [protocol2] Say who is at risk (name or description), what the danger is, why it may materialise at any moment, and where the information comes from and when it was received (with the time zone). A risk that is merely possible, or not imminent, is not an emergency within the meaning of the Protocol.
           *[other] Say who is at risk (name or description), what the danger is, why it may materialise at any moment, and where the information comes from and when it was received (with the time zone). A risk that is merely possible, or not imminent, is not an emergency.
        }
emergency-disclosure-emergency-relation = How the data sought relate to the emergency
    .hint = Say how the data will help avert the danger, for example by locating the person at risk or identifying the person making the threat, and why this service provider is believed to hold them.
emergency-disclosure-emergency-urgency = Why the data cannot be obtained in time through preservation and mutual legal assistance
    .hint = Say how soon the harm may occur and why a preservation request followed by a request for mutual legal assistance, or a production order, could not obtain the data in time.
emergency-disclosure-emergency-needed-by = Data needed by
    .hint = The latest time at which the data can still help, with its time zone. Leave empty if the data are needed immediately.

emergency-disclosure-data = Data sought
emergency-disclosure-data-identifiers = Identifiers of the data sought
    .hint = Each account, address or number exactly as the service shows it. For an IP address give the source port and the exact date and time with its time zone: where addresses are shared, the provider cannot identify the user without them.
emergency-disclosure-data-period = Period of the data sought
    .hint = As narrow as the emergency allows, each end with its time zone: an emergency rarely justifies more than a few days (a period of more than 7 days is flagged).
emergency-disclosure-data-categories = Categories of data sought
    .hint = Ask only for the data the emergency requires. Service providers in some States, such as the United States, may disclose only non-content data directly to foreign authorities.
emergency-disclosure-data-categories-subscriber = Subscriber information
emergency-disclosure-data-categories-traffic = Traffic data
emergency-disclosure-data-categories-content = Content data
emergency-disclosure-data-categories-location = Location data
emergency-disclosure-data-categories-other = Other data
emergency-disclosure-data-categories-other-detail = Other data sought

emergency-disclosure-instructions = Special procedural instructions
emergency-disclosure-instructions-confidentiality = Confidentiality: do not notify the user or any third party of this request
    .hint = Some service providers notify their users of requests unless asked not to. If the user learns of the request, the person at risk may come to harm.
emergency-disclosure-instructions-format = Preferred format of the data
emergency-disclosure-instructions-format-electronic = Electronic and machine-readable (for example a spreadsheet or CSV file)
emergency-disclosure-instructions-format-document = Electronic document (PDF)
emergency-disclosure-instructions-format-usual = The format the service provider normally uses
emergency-disclosure-instructions-format-other = Other format
emergency-disclosure-instructions-format-other-detail = Format
emergency-disclosure-instructions-other = Other instructions or information that may help obtain the data

emergency-disclosure-follow-up = Follow-up legal process
emergency-disclosure-follow-up-process = Legal process that will follow this request
    .hint = Whether the data disclosed in the emergency will be sought again through formal legal process, so that they can be used as evidence.
emergency-disclosure-follow-up-process-mla = Request for mutual legal assistance
emergency-disclosure-follow-up-process-production-order = { $basis ->
        [protocol2] Production order to the service provider under Article 7 of the Second Additional Protocol
       *[other] Production order to the service provider
    }
emergency-disclosure-follow-up-process-preservation = { $basis ->
        [budapest] Request for expedited preservation of stored computer data (Article 29 of the Convention)
        [protocol2] Request for expedited preservation of stored computer data (Article 29 of the Convention)
       *[other] Request for expedited preservation of stored computer data
    }
emergency-disclosure-follow-up-process-none = No follow-up legal process expected
emergency-disclosure-follow-up-process-other = Other legal process
emergency-disclosure-follow-up-process-other-detail = Legal process
emergency-disclosure-follow-up-expected-date = Expected date of sending
    .hint = Leave empty if no follow-up legal process is expected.
emergency-disclosure-follow-up-details = Details of the follow-up process, or why none is expected
