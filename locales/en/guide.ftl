# The route guide on the home screen ("Which request do I need?"): five questions lead to the
# request to start with and the next steps, each with a one-line reason. It recommends, following
# public guidance (UNODC tips for Central Asia and the Southern Caucasus); the official decides.
# The titles of the request types it names are those of requests.ftl.

guide-title = Which request do I need?
guide-intro = Five questions lead to the request to start with and to the next steps, following public guidance (UNODC tips for investigators and prosecutors). Your answers stay on this page: they are neither stored nor sent anywhere.

# Question 1 and its options.
guide-data = What data do you need?
guide-data-subscriber = Subscriber information: who holds the account
guide-data-traffic = Traffic data: IP addresses, log-in records, connection logs
guide-data-content = Content data: messages, files, pictures, posts

# Question 2; answered with guide-yes or guide-no.
guide-emergency = Is a life at risk, or is serious harm to a person imminent?

# Question 3 and its options.
guide-reach = Does the service provider accept requests for these data directly from foreign authorities?
    .hint = For example, service providers based in the United States may disclose data other than content directly to foreign authorities. Ask the provider or the authorities of the requested State if you are not sure.
guide-reach-direct = Yes, directly
guide-reach-state = No, only through the requested State
guide-reach-unsure = Not sure

# Question 4; answered with guide-yes or guide-no.
guide-preserved = Have the data already been preserved?

# Question 5 and its options.
guide-basis = What links your State and the requested State?
guide-basis-budapest = Both are Parties to the Budapest Convention
guide-basis-treaty = Another treaty: bilateral, regional or a United Nations convention
guide-basis-reciprocity = No treaty: reciprocity or national law

guide-yes = Yes
guide-no = No

# The recommendation, shown once every question is answered.
guide-incomplete = Answer each question to see where to start.
guide-advice = Where to start
guide-fallback = If the service provider does not answer or declines
# The button of each recommended request: opens a new draft of that type.
guide-open = Start this request
guide-disclaimer = This is a recommendation drawn from public guidance, not a legal opinion: the decision is yours, with the authorities of the requested State where needed.

# Why each request is recommended (one line each).
guide-why-emergency-provider = Use the emergency disclosure channel of the service provider (section 3 of the request): the provider decides itself whether to disclose when it believes a life is at risk.
guide-why-emergency-network = Send it through your 24/7 point of contact, or as emergency mutual legal assistance. In section 3, choose Article 9 or Article 10 of the Second Additional Protocol only if the Protocol is in force for both States; otherwise name the channel and the legal basis.
guide-why-emergency-other = Send it to the competent authority of the requested State; in section 3, name the channel and the legal basis (the treaty, or reciprocity).
guide-why-preserve-provider = Have the data preserved first, as they can be deleted at any time: send the request to the service provider directly, and a copy to the competent authority of the requested State.
guide-why-preserve-network = Have the data preserved first, as they can be deleted at any time: send the request through your 24/7 point of contact (24/7 Network, Article 35 of the Budapest Convention).
guide-why-preserve-authority = Have the data preserved first, as they can be deleted at any time: send the request through the 24/7 Network if both States belong to it, otherwise to the investigating or prosecuting authority of the requested State.
guide-why-provider-disclosure = Ask the service provider for the data: some providers disclose data other than content directly to foreign authorities, and decide themselves whether to do so.
guide-why-fallback = A request for mutual legal assistance for the same data, through the requested State.
guide-why-mla = Obtain the data by mutual legal assistance: prepare the request promptly once the data are preserved.
guide-why-mla-content = Content data are obtained by mutual legal assistance: service providers based in the United States, for example, may disclose only data other than content directly to foreign authorities. Prepare the request promptly once the data are preserved.

# What qualifies the recommendation, when it applies.
guide-note-unsure = Check with the service provider and with the authorities of the requested State whether the provider accepts requests directly from foreign authorities: some are not law-enforcement friendly. Until then, the route goes through the requested State.
guide-note-emergency = The emergency request states the legal process that will follow it: the next requests are that follow-up, to obtain the data as evidence.
guide-note-preserved = Send the disclosure request before the preservation ends: preservation periods differ from one State and one service provider to another.
guide-note-treaty = The same request types apply: choose the treaty as the legal basis in the form, and check in its text which article provides for each measure, expedited preservation in particular.
guide-note-reciprocity = The same request types apply: choose reciprocity or national law as the legal basis in the form. Without a treaty, whether and how the requested State assists depends on its law: consult its authorities first.
