# Zgjedhësi i ofruesit të shërbimit në kërkesat drejtuar një ofruesi shërbimi: profilet në providers/ (kush
# përgjigjet për çdo shërbim, ku dërgohen kërkesat, çfarë duhet të përmbajnë), çdo fakt i lexuar në një burim
# publik në një datë të caktuar.

provider-picker = Ofruesi i shërbimit
    .hint = Zgjidhni një ofrues për të plotësuar më poshtë, nga profili i ofruesit, personin juridik, adresën dhe kontaktet e tij, ose zgjidhni «Një tjetër ofrues shërbimi» dhe shkruajini vetë. Faktet që profili nuk i ka mbeten për t'u plotësuar nga ju.
provider-picker-other = Një tjetër ofrues shërbimi (shkruajeni më poshtë)
provider-picker-service = Shërbimi
provider-picker-region = Ku jetojnë përdoruesit në fjalë
provider-picker-requesters = Ku ndodhet autoriteti kërkues
provider-picker-filled = Plotësuar nga profili i { $provider }: verifikoni çdo fakt përpara se të dërgoni kërkesën.
provider-profile-read = Ky profil u lexua në burime publike më { $date }; mund të mos jetë i përditësuar. Shihni udhëzimet e vetë ofruesit për organet e zbatimit të ligjit përpara se të dërgoni kërkesën.
provider-profile-requirements = Çfarë kërkon ofruesi nga një kërkesë
provider-profile-no-requirements = Profili nuk përmend asnjë kërkesë formale për këtë lloj kërkese.
provider-profile-emergency = Kërkesat urgjente
provider-profile-no-emergency = Profili nuk përmend asnjë rrugë për kërkesat urgjente.
provider-profile-preservation = Ruajtja me kërkesë
provider-profile-preservation-days = { $extendable ->
        [yes] Të dhënat ruhen për { $days } ditë; mund të kërkohet zgjatje.
        [no] Të dhënat ruhen për { $days } ditë; ruajtja nuk zgjatet.
       *[unknown] Të dhënat ruhen për { $days } ditë; burimi nuk thotë nëse ruajtja mund të zgjatet.
    }
provider-profile-preservation-extension = Çdo zgjatje zgjat { $days } ditë.
provider-profile-preservation-max-extensions = { $count ->
        [one] Më së shumti një zgjatje.
       *[other] Më së shumti { $count } zgjatje.
    }
provider-profile-no-preservation = Profili nuk jep asnjë afat për ruajtjen.
provider-profile-languages = Gjuhët në të cilat mund të shkruhet kërkesa: { $codes }
provider-profile-not-found = Kërkuar në burime dhe nuk u gjet: { $kinds }
provider-profile-sources = Burimet
provider-profile-source = { $title }, lexuar më { $date }: { $url }
provider-profile-source-secondary = { $title }, lexuar më { $date }: { $url } (përshkrim i praktikës së ofruesit nga një palë e tretë: verifikojeni përpara se të mbështeteni në të)

## Kontaktet
provider-contact-portal = Portali (me llogari): { $value }
provider-contact-web-form = Formulari në internet: { $value }
provider-contact-email = Posta elektronike: { $value }

## Rajonet që dallon një profil (përveç shteteve), të ofruara në listat e zgjedhësit
provider-region-eu = Bashkimi Evropian
provider-region-eea = Zona Ekonomike Evropiane
provider-region-european-region = «Rajoni Evropian» i ofruesit
provider-region-non-us = Jashtë Shteteve të Bashkuara
provider-region-other = Gjetkë

## Llojet e fakteve që mban një profil
provider-fact-entity = personi juridik
provider-fact-address = adresa për njoftimin e akteve procedurale
provider-fact-portal = portali ose adresa për kërkesat
provider-fact-emergency = rruga për kërkesat urgjente
provider-fact-languages = gjuhët e pranuara
provider-fact-preservation = afati i ruajtjes
provider-fact-preservation-extension = zgjatja e ruajtjes
provider-fact-requirements = kërkesat formale

## Kodet e kërkesave formale (providers/README.md)
provider-requirement-official-email-domain = Dërguar nga një adresë zyrtare shtetërore e postës elektronike (ose nëpërmjet një llogarie në portal të krijuar me një adresë të tillë)
provider-requirement-portal-account = Dërguar nëpërmjet portalit të ofruesit, me llogari
provider-requirement-in-writing = Bërë me shkrim
provider-requirement-signature = Nënshkruar nga zyrtari kërkues
provider-requirement-letterhead = Në letër me kokë të autoritetit
provider-requirement-non-editable-format = Dërguar në një format që nuk mund të ndryshohet
provider-requirement-issued-under-law = Lëshuar mbi bazën e një ligji që i jep autoritetit kompetencë, sipas procedurës së tij
provider-requirement-account-identifier = Identifikon llogarinë me identifikuesit e vetë ofruesit (identifikuesi i përdoruesit, emri i përdoruesit, URL, adresa e postës elektronike)
provider-requirement-relevance-stated = Tregon si lidhen të dhënat e kërkuara me hetimin
provider-requirement-entity-for-user-location = Drejtuar personit juridik që përgjigjet për vendin ku jeton përdoruesi
provider-requirement-mlat-for-content = Për të dhënat e përmbajtjes: nëpërmjet ndihmës juridike të ndërsjellë (traktat ose letërporosi) ose një marrëveshjeje të lidhur sipas ligjit të Shteteve të Bashkuara CLOUD Act
provider-requirement-mlat-for-disclosure = Për çdo zbulim: nëpërmjet ndihmës juridike të ndërsjellë ose letërporosisë
provider-requirement-subpoena-or-equivalent-for-non-content = Për të dhënat që nuk janë të dhëna të përmbajtjes: një urdhër thirrjeje (subpoena) ose ekuivalenti i tij vendas
provider-requirement-warrant-or-equivalent-for-content = Për të dhënat e përmbajtjes: një urdhër kontrolli, një vendim gjykate ose ekuivalenti i tyre vendas
provider-requirement-judicial-order = Një urdhër i një autoriteti gjyqësor
provider-requirement-formal-channel-only = Vetëm nëpërmjet kanaleve zyrtare të ofruesit: kërkesave joformale nuk u përgjigjet
provider-requirement-emergency-form = Kërkesat urgjente: në formularin urgjent të vetë ofruesit
provider-requirement-emergency-facts-stated = Kërkesat urgjente: tregoni rrezikun e vdekjes ose të lëndimit të rëndë fizik dhe si do ta parandalojnë atë të dhënat
