# Template art29-preservation: request for expedited preservation of stored computer data
# (Convention on Cybercrime, Articles 29 and 30). Sections 1 to 7 follow T-CY(2018)11, sections
# 8 and 9 T-CY(2018)10, sections 10 to 14 the elements of Article 29, paragraph 2.b to f.

art29-preservation-legal-basis = { $basis ->
        [budapest] Articles 29 and 30 of the Convention on Cybercrime (ETS No. 185)
       *[other] { basis-legal-basis }
    }

## 1 to 3: date, reference, status

art29-preservation-date = Date
art29-preservation-reference = Reference / case number
art29-preservation-status = Request status
art29-preservation-status-new = New request
art29-preservation-status-extension = Extension of previous request
art29-preservation-status-previous-reference = Ticket or reference number of the previous request
art29-preservation-previous-request-date = Date of the previous request
art29-preservation-executed-date = Date the requested Party executed the preservation
    .hint = Your own note, never printed in the request: the date the requested Party or the service provider confirmed, once known. The preservation period shown in the app and in the reminder runs from it.

## 4 Requested authority

art29-preservation-requested-authority = Requested authority
art29-preservation-requested-authority-type = The request is addressed to
art29-preservation-requested-authority-type-point-of-contact = { $basis ->
        [budapest] The 24/7 point of contact (Article 35)
       *[other] The 24/7 point of contact
    }
art29-preservation-requested-authority-type-competent-authority = Another competent authority
art29-preservation-requested-authority-authority = Name of the authority
    .hint = { $basis ->
            [budapest] The 24/7 point of contact or the competent authority of the requested State, as named in the Council of Europe's directory or in that State's declarations.
           *[other] The 24/7 point of contact or the competent authority of the requested State, as named in that State's declarations under the instrument chosen.
        }
art29-preservation-requested-authority-country = Requested State
    .hint = The Party asked to preserve the data: usually the State where the computer system or the service provider is.

## 5 Requesting authority

art29-preservation-requesting-authority = Requesting authority
art29-preservation-requesting-authority-organisation = Organisation
art29-preservation-requesting-authority-person = Person in charge of the request
art29-preservation-requesting-authority-address = Address
art29-preservation-requesting-authority-telephone = Telephone number
    .hint = In international form, starting with + and the country code. Give a number that is answered outside office hours too, for urgent questions.
art29-preservation-requesting-authority-cell-phone = Cell phone number
art29-preservation-requesting-authority-email = E-mail
art29-preservation-requesting-authority-fax = Fax number
art29-preservation-requesting-authority-office-hours = Office hours
    .hint = Your working days and hours in the time zone below, for example: Monday to Friday, 09:00–18:00.
art29-preservation-requesting-authority-time-zone = Time zone
    .hint = The time zone of your office, as an offset from UTC. Every time in this request is read in it unless stated otherwise.
art29-preservation-requesting-authority-response = Preferred means of response
art29-preservation-requesting-authority-response-expedited = Response by e-mail or other expedited means preferred
art29-preservation-requesting-authority-response-means = Response preferred by means of:
art29-preservation-requesting-authority-response-means-detail = Means of response

## 6 Backup contact

art29-preservation-backup-contact = Should additional confirmation from the requesting authority be needed, please contact
art29-preservation-backup-contact-name = Name
art29-preservation-backup-contact-job-title = Job title
art29-preservation-backup-contact-function = Function
art29-preservation-backup-contact-telephone = Telephone number
art29-preservation-backup-contact-cell-phone = Cell phone number
art29-preservation-backup-contact-email = E-mail

## 7 Investigative or operational authority

art29-preservation-investigative-authority = Investigative or operational authority in charge of the case
art29-preservation-investigative-authority-different = The investigative or operational authority is different from the requesting authority
art29-preservation-investigative-authority-organisation = Organisation
art29-preservation-investigative-authority-person = Person in charge of the case
art29-preservation-investigative-authority-address = Address
art29-preservation-investigative-authority-telephone = Telephone number
art29-preservation-investigative-authority-cell-phone = Cell phone number
art29-preservation-investigative-authority-email = E-mail
art29-preservation-investigative-authority-fax = Fax number

## 8 Prosecution office or court

art29-preservation-prosecution = Prosecution office or court in charge, if applicable
art29-preservation-prosecution-office = Prosecution office in charge
art29-preservation-prosecution-office-case = Case number at the prosecution office
art29-preservation-prosecution-court = Court in charge
art29-preservation-prosecution-court-case = Case number at the court

## 9 Domestic legal basis

art29-preservation-domestic-legal-basis = Domestic legal basis for the request, if applicable
    .hint = The provisions of your national law under which the case is investigated and this preservation is requested, for example the articles of the code of criminal procedure.

## 10 Offence and facts: Article 29, paragraph 2.b

art29-preservation-offence = { $basis ->
        [budapest] Offence and brief summary of the facts (Article 29, paragraph 2.b)
       *[other] Offence and brief summary of the facts
    }
art29-preservation-offence-offences = Offences that are the subject of the criminal investigation or proceedings
    .hint = One row for each offence: its name or a short description, the provision of your criminal law that defines it, and the maximum penalty.
art29-preservation-offence-offences-offence = Offence
art29-preservation-offence-offences-provision = Legal provision
art29-preservation-offence-offences-penalty = Maximum penalty
art29-preservation-offence-facts = Brief summary of the facts
    .hint = In a few sentences: what happened, when and where; enough for the requested authority to understand the request, and no more. Give every date and time with its time zone. 24/7 points of contact often forward this request to the service provider: name a suspect or a victim only where the requested authority needs the name to find the data.
art29-preservation-offence-convention-offence = The offence corresponds to an offence established in accordance with Articles 2 to 11 of the Convention on Cybercrime
    .hint = Dual criminality is not a condition for preservation (Article 29, paragraph 3), except where the requested Party has reserved the right to require it for offences other than those of Articles 2 to 11 (Article 29, paragraph 4). Tick and name the articles when the offence is one of them. Printed only when ticked.
art29-preservation-offence-convention-articles = Corresponding articles of the Convention
art29-preservation-offence-convention-articles-art2 = Article 2: Illegal access
art29-preservation-offence-convention-articles-art3 = Article 3: Illegal interception
art29-preservation-offence-convention-articles-art4 = Article 4: Data interference
art29-preservation-offence-convention-articles-art5 = Article 5: System interference
art29-preservation-offence-convention-articles-art6 = Article 6: Misuse of devices
art29-preservation-offence-convention-articles-art7 = Article 7: Computer-related forgery
art29-preservation-offence-convention-articles-art8 = Article 8: Computer-related fraud
art29-preservation-offence-convention-articles-art9 = Article 9: Offences related to child pornography
art29-preservation-offence-convention-articles-art10 = Article 10: Offences related to infringements of copyright and related rights
art29-preservation-offence-convention-articles-art11 = Article 11: Attempt and aiding or abetting

## 11 Data to be preserved: Article 29, paragraph 2.c

art29-preservation-data = { $basis ->
        [budapest] Stored computer data to be preserved (Article 29, paragraph 2.c)
       *[other] Stored computer data to be preserved
    }
art29-preservation-data-identifiers = Identifiers of the data to be preserved
    .hint = Each account, user name, e-mail address, telephone number, URL, domain, device or IP address whose data are to be preserved. For an IP address give the source port and the exact date and time of use with its time zone: behind a shared address the provider cannot find the user without them. A period that concerns one identifier only goes in its row.
art29-preservation-data-period = Period of the data to be preserved
    .hint = The period the data must cover, when it is the same for all identifiers. Give both ends with their time zone. Ask only for the period the investigation needs: requests for long periods (more than 90 days) are often refused as over-broad.
art29-preservation-data-categories = Categories of data to be preserved
    .hint = { $basis ->
            [budapest] Tick only what the investigation needs. Subscriber information: the subscriber's identity, address and the service used (Article 18, paragraph 3). Traffic data: the origin, destination, route, time, date, size and duration of communications, or the type of underlying service (Article 1.d). Content data: the communications themselves.
           *[other] Tick only what the investigation needs. Subscriber information: the subscriber's identity, address and the service used. Traffic data: the origin, destination, route, time, date, size and duration of communications, or the type of underlying service. Content data: the communications themselves.
        }
art29-preservation-data-categories-subscriber = Subscriber information
art29-preservation-data-categories-traffic = Traffic data
art29-preservation-data-categories-content = Content data
art29-preservation-data-categories-other = Other data
art29-preservation-data-categories-other-detail = Other data to be preserved
art29-preservation-data-relationship = Relationship of the data to the offence
    .hint = Show how these data are connected to the offence, for example: the account sent the threatening messages on 20/11/2026 at 14:03 UTC+04:00, or the IP address was used to log in to the victim's server.

## 12 Custodian and location: Article 29, paragraph 2.d

art29-preservation-custodian = { $basis ->
        [budapest] Custodian of the data and location of the computer system (Article 29, paragraph 2.d)
       *[other] Custodian of the data and location of the computer system
    }
art29-preservation-custodian-provider = Service provider or other custodian of the data
    .hint = The name of the company or person holding the data, as far as it is known. If it is not known, say so.
art29-preservation-custodian-contact = Address or website of the custodian
art29-preservation-custodian-location = Location of the computer system
    .hint = Where the computer system holding the data is, as far as it is known: country, city, hosting provider or data centre.

## 13 Necessity: Article 29, paragraph 2.e

art29-preservation-necessity = { $basis ->
        [budapest] Necessity of the preservation (Article 29, paragraph 2.e)
       *[other] Necessity of the preservation
    }
art29-preservation-necessity-reasons = Reasons for expedited preservation
art29-preservation-necessity-reasons-deletion = The data may be deleted, altered or lost
art29-preservation-necessity-reasons-retention = The service provider keeps such data only for a short period
art29-preservation-necessity-reasons-notice = The suspect may learn of the investigation and delete the data
art29-preservation-necessity-reasons-other = Other
art29-preservation-necessity-reasons-other-detail = Other reason
art29-preservation-necessity-explanation = Explanation
    .hint = Optional: what makes the urgency concrete, for example the provider's known retention period or the date after which the data will be deleted.

## 14 Request for mutual assistance to follow: Article 29, paragraph 2.f

art29-preservation-mla = { $basis ->
        [budapest] Request for mutual assistance to follow (Article 29, paragraph 2.f)
       *[other] Request for mutual assistance to follow
    }
art29-preservation-mla-intent = The requesting Party intends to submit a request for mutual assistance for the search or similar access, seizure or similar securing, or disclosure of the stored computer data.
art29-preservation-mla-expected-date = Expected date of the request for mutual assistance
    .hint = { $basis ->
            [budapest] Under Article 29, paragraph 7, of the Convention a preservation is for a period of not less than sixty days, to enable the submission of a request for mutual assistance; once that request is received, the data continue to be preserved pending a decision on it. How long the requested State actually preserves depends on its law and practice: see the preservation panel, and send the request well within the period, or ask in time for an extension.
           *[other] How long the requested State preserves the data depends on its law and practice: see the preservation panel, and send the request for mutual assistance well within the period, or ask in time for an extension.
        }

## 15 Article 30

art29-preservation-traffic-disclosure = { $basis ->
        [budapest] Expedited disclosure of preserved traffic data (Article 30): if, in preserving traffic data concerning a specific communication, a service provider in another State is found to have been involved in its transmission, please disclose expeditiously a sufficient amount of traffic data to identify that service provider and the path through which the communication was transmitted.
       *[other] Expedited disclosure of preserved traffic data: if, in preserving traffic data concerning a specific communication, a service provider in another State is found to have been involved in its transmission, please disclose expeditiously a sufficient amount of traffic data to identify that service provider and the path through which the communication was transmitted.
    }

## 16 Confidentiality

art29-preservation-confidentiality = Confidentiality
art29-preservation-confidentiality-conditions = Confidentiality requested
    .hint = Some service providers tell their users about requests. Ask the requested authority whether this can happen, and tick what the investigation needs.
art29-preservation-confidentiality-conditions-no-notification = Please do not notify the subscriber or account holder of this request
art29-preservation-confidentiality-conditions-warn = Please inform the requesting authority before any action that could alert the user
art29-preservation-confidentiality-conditions-prejudice = { $basis ->
        [budapest] If the preservation will not ensure the future availability of the data, or will threaten the confidentiality of or otherwise prejudice the investigation, please inform the requesting authority promptly, so that it can decide whether the request should nevertheless be executed (Article 29, paragraph 6)
       *[other] If the preservation will not ensure the future availability of the data, or will threaten the confidentiality of or otherwise prejudice the investigation, please inform the requesting authority promptly, so that it can decide whether the request should nevertheless be executed
    }
art29-preservation-confidentiality-details = Further remarks on confidentiality

## 17 Acknowledgement

art29-preservation-acknowledgement = Please confirm that the data have been preserved, and give the reference number assigned to this request and the date on which the preservation will end
