# The service provider picker in requests addressed to a service provider: the profiles in
# providers/ (who answers for each service, where requests go, what they must carry), each fact
# read in a public source on a stated date.

provider-picker = Service provider
    .hint = Pick a provider to fill in the legal entity, its address and its contacts below from the provider's profile, or choose "Another service provider" and type them. Facts the profile does not have are left for you to fill in.
provider-picker-other = Another service provider (type it below)
provider-picker-service = Service
provider-picker-region = Where the users concerned live
provider-picker-requesters = Where the requesting authority is
provider-picker-filled = Filled in from the profile of { $provider }: check every fact before you send the request.
provider-profile-read = This profile was read in public sources on { $date }; it may be out of date. Check the provider's own guidelines for law enforcement before you send the request.
provider-profile-requirements = What the provider requires of a request
provider-profile-no-requirements = The profile names no requirement for this kind of request.
provider-profile-emergency = Emergency requests
provider-profile-no-emergency = The profile names no route for emergency requests.
provider-profile-preservation = Preservation on request
provider-profile-preservation-days = { $extendable ->
        [yes] The data are preserved for { $days } days; an extension can be requested.
        [no] The data are preserved for { $days } days; the preservation is not extended.
       *[unknown] The data are preserved for { $days } days; the source does not say whether the preservation can be extended.
    }
provider-profile-preservation-extension = Each extension lasts { $days } days.
provider-profile-preservation-max-extensions = { $count ->
        [one] At most one extension.
       *[other] At most { $count } extensions.
    }
provider-profile-no-preservation = The profile gives no preservation period.
provider-profile-languages = Languages a request may be written in: { $codes }
provider-profile-not-found = Sought in the sources and not found: { $kinds }
provider-profile-sources = Sources
provider-profile-source = { $title }, read on { $date }: { $url }
provider-profile-source-secondary = { $title }, read on { $date }: { $url } (a third party's account of the provider's practice: check it before relying on it)

## Contacts
provider-contact-portal = Portal (with an account): { $value }
provider-contact-web-form = Web form: { $value }
provider-contact-email = E-mail: { $value }

## Regions a profile tells apart (besides countries), offered in the picker's lists
provider-region-eu = European Union
provider-region-eea = European Economic Area
provider-region-european-region = The provider's "European Region"
provider-region-non-us = Outside the United States
provider-region-other = Elsewhere

## Kinds of fact a profile holds
provider-fact-entity = legal entity
provider-fact-address = address for legal process
provider-fact-portal = portal or address for requests
provider-fact-emergency = route for emergency requests
provider-fact-languages = languages accepted
provider-fact-preservation = preservation period
provider-fact-preservation-extension = extension of a preservation
provider-fact-requirements = requirements

## Requirement codes (providers/README.md)
provider-requirement-official-email-domain = Sent from an official government e-mail address (or through a portal account made with one)
provider-requirement-portal-account = Sent through the provider's portal, with an account
provider-requirement-in-writing = Made in writing
provider-requirement-signature = Signed by the requesting official
provider-requirement-letterhead = On the authority's letterhead
provider-requirement-non-editable-format = Sent in a format that cannot be edited
provider-requirement-issued-under-law = Issued under a law that empowers the authority, following its procedure
provider-requirement-account-identifier = Identifies the account by the provider's own identifiers (user ID, user name, URL, e-mail address)
provider-requirement-relevance-stated = Says how the data sought relate to the investigation
provider-requirement-entity-for-user-location = Addressed to the legal entity that answers for where the user lives
provider-requirement-mlat-for-content = For content data: through mutual legal assistance (a treaty or letters rogatory) or an agreement made under the United States CLOUD Act
provider-requirement-mlat-for-disclosure = For any disclosure: through mutual legal assistance or letters rogatory
provider-requirement-subpoena-or-equivalent-for-non-content = For non-content data: a subpoena or its local equivalent
provider-requirement-warrant-or-equivalent-for-content = For content data: a search warrant, a court order or its local equivalent
provider-requirement-judicial-order = An order of a judicial authority
provider-requirement-formal-channel-only = Through the provider's formal channels only: informal requests are not answered
provider-requirement-emergency-form = Emergency requests: on the provider's own emergency form
provider-requirement-emergency-facts-stated = Emergency requests: name the danger of death or serious physical injury and how the data will prevent it
