# Basi giuridiche su cui può fondarsi una richiesta (templates/bases.toml), scelte nel modulo. `$basis` è
# l'identificativo di una base (`none` finché non ne è scelta alcuna); i numeri degli articoli (`$articles`,
# e il loro numero `$count`) provengono da bases.toml e si leggono allo stesso modo in ogni lingua.

## Gli strumenti, come indicati nella scelta del modulo e nella riga della base giuridica della richiesta

basis-budapest = Convenzione sulla criminalità informatica (STE n. 185)
basis-protocol2 = Secondo Protocollo addizionale alla Convenzione sulla criminalità informatica riguardante la cooperazione rafforzata e la divulgazione di prove elettroniche (STCE n. 224)
basis-untoc = Convenzione delle Nazioni Unite contro la criminalità organizzata transnazionale
basis-un-cybercrime = Convenzione delle Nazioni Unite contro la criminalità informatica
basis-ets30 = Convenzione europea di assistenza giudiziaria in materia penale (STE n. 30)
basis-ets30-p2 = Secondo Protocollo addizionale alla Convenzione europea di assistenza giudiziaria in materia penale (STE n. 182)
basis-cis-minsk-1993 = Convenzione sull'assistenza giudiziaria e sui rapporti giuridici in materia civile, familiare e penale (Minsk, 22 gennaio 1993)
basis-cis-chisinau-2002 = Convenzione sull'assistenza giudiziaria e sui rapporti giuridici in materia civile, familiare e penale (Chișinău, 7 ottobre 2002)
basis-cis-it-crime-2018 = Accordo di cooperazione tra gli Stati membri della Comunità degli Stati Indipendenti nella lotta contro i reati nel settore delle tecnologie dell'informazione (Dušanbe, 28 settembre 2018)
basis-arab-ito-2010 = Convenzione araba sulla lotta contro i reati in materia di tecnologie dell'informazione (Il Cairo, 21 dicembre 2010)
basis-bilateral = Trattato bilaterale tra lo Stato richiedente e lo Stato richiesto
basis-reciprocity = Reciprocità (tra i due Stati non si applica alcun trattato di mutua assistenza giudiziaria)

## La riga della base giuridica stampata sotto il titolo della richiesta

# Gli articoli dello strumento su cui si fonda la richiesta, ad es. «articoli 18(1), 18(3)(i)»; seguono il
# nome dello strumento e una virgola, perciò iniziano con la minuscola.
basis-articles = { $count ->
        [one] articolo { $articles }
       *[other] articoli { $articles }
    }
# `$treaty`: il trattato bilaterale e i suoi articoli, come digitati (e tradotti) dall'utente.
basis-legal-basis = { $basis ->
        [budapest] { basis-budapest }, { basis-articles }
        [protocol2] { basis-protocol2 }, { basis-articles }; il Protocollo si applica solo tra gli Stati che ne sono Parti
        [untoc] { basis-untoc }, { basis-articles }
        [un-cybercrime] { basis-un-cybercrime }, { basis-articles }
        [ets30] { basis-ets30 }, { basis-articles }
        [ets30-p2] { basis-ets30-p2 }, { basis-articles }; il Protocollo si applica solo tra gli Stati che sono Parti di esso e della Convenzione
        [cis-minsk-1993] { basis-cis-minsk-1993 }, { basis-articles }
        [cis-chisinau-2002] { basis-cis-chisinau-2002 }, { basis-articles }
        [cis-it-crime-2018] { basis-cis-it-crime-2018 }, { basis-articles }
        [arab-ito-2010] { basis-arab-ito-2010 }, { basis-articles }
        [bilateral] { basis-bilateral }: { $treaty }
        [reciprocity] Richiesta formulata in base al principio di reciprocità; tra lo Stato richiedente e lo Stato richiesto non si applica alcun trattato di mutua assistenza giudiziaria
       *[none] Base giuridica non ancora scelta
    }

## La scelta nel modulo (mai stampata: la richiesta riporta la riga della base giuridica qui sopra)

basis-heading = Base giuridica internazionale
# `$match`: ciò che lo strumento scelto prevede per questa richiesta (templates/bases.toml): `specific`,
# `general`, `user` (un trattato bilaterale), `none` (reciprocità), `unchosen`; `$request`: il tipo di
# richiesta (`preservation`, `subscriber`, `traffic`, `content`, `emergency`).
basis-choice = Trattato o altra base internazionale su cui si fonda la richiesta
    .hint = { $match ->
        [specific] Lo strumento scelto contiene articoli dedicati a questa richiesta; sono citati all'inizio della richiesta. Sceglierlo solo se vincola sia lo Stato richiedente sia lo Stato richiesto.
        [general] { $request ->
            [preservation] Lo strumento scelto non contiene un articolo sulla conservazione rapida: la richiesta si fonda sulle sue disposizioni generali in materia di mutua assistenza giudiziaria, citate all'inizio della richiesta. Se e per quanto tempo i dati siano conservati dipende dal diritto dello Stato richiesto.
           *[other] Lo strumento scelto non contiene un articolo dedicato a questa richiesta: la richiesta si fonda sulle sue disposizioni generali in materia di mutua assistenza giudiziaria, citate all'inizio della richiesta.
        }
        [user] Indicare il trattato e gli articoli su cui si fonda la richiesta: sono stampati all'inizio della richiesta.
        [none] Tra i due Stati non si applica alcun trattato: la richiesta si fonda sulla reciprocità e non cita alcun articolo. Indicare la base giuridica nazionale nella sezione dedicata.
       *[unchosen] Scegliere il trattato che vincola sia lo Stato richiedente sia lo Stato richiesto. I suoi articoli sono citati all'inizio della richiesta e ovunque la richiesta vi faccia riferimento.
    }
basis-bilateral-treaty = Titolo e data del trattato, e articoli su cui si fonda la richiesta
# Una verifica a cura del richiedente, mostrata solo per uno strumento che nelle fonti consultate non era in
# vigore, o il cui stato non è noto (`$status`: `not-in-force`, `unknown`; `$as-of`: la data di tale fonte,
# nel formato AAAA-MM-GG). Mai stampata: al destinatario non si spiega il suo stesso diritto.
basis-in-force = { $basis ->
        [protocol2] Ho verificato che entrambi gli Stati sono Parti del Secondo Protocollo addizionale alla Convenzione sulla criminalità informatica e che esso è in vigore tra loro
        [ets30-p2] Ho verificato che entrambi gli Stati sono Parti del Secondo Protocollo addizionale alla Convenzione europea di assistenza giudiziaria in materia penale e che esso è in vigore tra loro
       *[other] Ho verificato che entrambi gli Stati sono Parti dello strumento scelto e che esso è in vigore tra loro
    }
    .hint = { $status ->
        [not-in-force] Secondo le fonti consultate per questa applicazione, lo strumento non era ancora in vigore al { $as-of }. Verificare presso la propria autorità centrale o il depositario prima di farvi affidamento. Verifica ad uso proprio: mai stampata nella richiesta.
       *[unknown] Le fonti consultate per questa applicazione non indicano se lo strumento sia in vigore. Verificare presso la propria autorità centrale o il depositario prima di farvi affidamento. Verifica ad uso proprio: mai stampata nella richiesta.
    }
