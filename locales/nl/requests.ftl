# The title of each request type, shown on the home screen and in the drafts list; every other
# message of a request type is in templates/<request type>.ftl, loaded when such a request is open.

art29-preservation-title = Verzoek om spoedbewaring van opgeslagen computergegevens
art31-subscriber-title = Verzoek om wederzijdse rechtshulp voor abonnee-informatie
art31-traffic-title = Verzoek om wederzijdse rechtshulp voor opgeslagen verkeersgegevens
art31-content-title = Verzoek om wederzijdse rechtshulp voor opgeslagen inhoudsgegevens
emergency-disclosure-title = Verzoek om verstrekking van opgeslagen computergegevens in een noodsituatie
provider-preservation-title = Verzoek aan een serviceprovider om bewaring van gegevens
provider-disclosure-title = Verzoek aan een serviceprovider om vrijwillige verstrekking van abonnee-informatie, IP-adressen en inlogregistraties
reply-receipt-title = Ontvangstbevestiging van een verzoek
reply-preserved-title = Bevestiging van de bewaring
reply-action-title = Kennisgeving van de genomen maatregelen
reply-clarification-title = Verzoek om verduidelijking
reply-refusal-title = Kennisgeving dat een verzoek niet kan worden uitgevoerd
