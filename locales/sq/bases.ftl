# Bazat ligjore mbi të cilat mund të mbështetet një kërkesë (templates/bases.toml), që zgjidhen në formular.
# `$basis` është identifikuesi i një baze atje (`none` derisa të mos jetë zgjedhur asnjë); numrat e neneve
# (`$articles`, `$count` prej tyre) vijnë nga bases.toml dhe lexohen njësoj në të gjitha gjuhët.

## Instrumentet, siç emërtohen në zgjedhjen e formularit dhe në rreshtin e bazës ligjore të kërkesës

basis-budapest = Konventa për Krimin Kibernetik (ETS nr. 185)
basis-protocol2 = Protokolli i Dytë Shtesë i Konventës për Krimin Kibernetik për bashkëpunimin e përforcuar dhe zbulimin e provave elektronike (CETS nr. 224)
basis-untoc = Konventa e Kombeve të Bashkuara kundër Krimit të Organizuar Ndërkombëtar
basis-un-cybercrime = Konventa e Kombeve të Bashkuara kundër Krimit Kibernetik
basis-ets30 = Konventa Evropiane për Ndihmën e Ndërsjellë në Çështjet Penale (ETS nr. 30)
basis-ets30-p2 = Protokolli i Dytë Shtesë i Konventës Evropiane për Ndihmën e Ndërsjellë në Çështjet Penale (ETS nr. 182)
basis-cis-minsk-1993 = Konventa për ndihmën juridike dhe marrëdhëniet juridike në çështjet civile, familjare dhe penale (Minsk, 22 janar 1993)
basis-cis-chisinau-2002 = Konventa për ndihmën juridike dhe marrëdhëniet juridike në çështjet civile, familjare dhe penale (Kishinau, 7 tetor 2002)
basis-cis-it-crime-2018 = Marrëveshja për bashkëpunimin e shteteve anëtare të Bashkësisë së Shteteve të Pavarura në luftën kundër krimeve në fushën e teknologjive të informacionit (Dushanbe, 28 shtator 2018)
basis-arab-ito-2010 = Konventa Arabe për Luftën kundër Veprave Penale të Teknologjisë së Informacionit (Kajro, 21 dhjetor 2010)
basis-bilateral = Traktat dypalësh ndërmjet Shtetit kërkues dhe Shtetit të kërkuar
basis-reciprocity = Reciprociteti (ndërmjet dy Shteteve nuk zbatohet asnjë traktat për ndihmë juridike të ndërsjellë)

## Rreshti i bazës ligjore që shtypet nën titullin e kërkesës

# Nenet e instrumentit mbi të cilat mbështetet kërkesa, p.sh. «nenet 18(1), 18(3)(i)».
basis-articles = { $count ->
        [one] neni { $articles }
       *[other] nenet { $articles }
    }
# `$treaty`: traktati dypalësh dhe nenet e tij, siç i ka shkruar (dhe përkthyer) përdoruesi.
basis-legal-basis = { $basis ->
        [budapest] { basis-budapest }, { basis-articles }
        [protocol2] { basis-protocol2 }, { basis-articles }; Protokolli zbatohet vetëm ndërmjet Shteteve që janë Palë të tij
        [untoc] { basis-untoc }, { basis-articles }
        [un-cybercrime] { basis-un-cybercrime }, { basis-articles }
        [ets30] { basis-ets30 }, { basis-articles }
        [ets30-p2] { basis-ets30-p2 }, { basis-articles }; Protokolli zbatohet vetëm ndërmjet Shteteve që janë Palë të tij dhe të Konventës
        [cis-minsk-1993] { basis-cis-minsk-1993 }, { basis-articles }
        [cis-chisinau-2002] { basis-cis-chisinau-2002 }, { basis-articles }
        [cis-it-crime-2018] { basis-cis-it-crime-2018 }, { basis-articles }
        [arab-ito-2010] { basis-arab-ito-2010 }, { basis-articles }
        [bilateral] { basis-bilateral }: { $treaty }
        [reciprocity] Kërkesë e bërë mbi bazën e reciprocitetit; ndërmjet Shtetit kërkues dhe Shtetit të kërkuar nuk zbatohet asnjë traktat për ndihmë juridike të ndërsjellë
       *[none] Baza ligjore nuk është zgjedhur ende
    }

## Zgjedhja në formular (nuk shtypet kurrë: kërkesa tregon rreshtin e bazës ligjore më sipër)

basis-heading = Baza ligjore ndërkombëtare
# `$match`: çfarë ka instrumenti i zgjedhur për këtë kërkesë (templates/bases.toml): `specific`,
# `general`, `user` (traktat dypalësh), `none` (reciprocitet), `unchosen`; `$request`: lloji i kërkesës
# (`preservation`, `subscriber`, `traffic`, `content`, `emergency`).
basis-choice = Traktati ose baza tjetër ndërkombëtare mbi të cilën mbështetet kërkesa
    .hint = { $match ->
        [specific] Instrumenti i zgjedhur ka nene të hartuara për këtë lloj kërkese; ato citohen në krye të kërkesës. Zgjidheni vetëm nëse është i detyrueshëm si për Shtetin kërkues, ashtu edhe për Shtetin e kërkuar.
        [general] { $request ->
            [preservation] Instrumenti i zgjedhur nuk ka asnjë nen për ruajtjen e përshpejtuar: kërkesa mbështetet në dispozitat e tij të përgjithshme për ndihmën e ndërsjellë, të cituara në krye të kërkesës. Nëse të dhënat do të ruhen dhe për sa kohë varet nga ligji i Shtetit të kërkuar.
           *[other] Instrumenti i zgjedhur nuk ka asnjë nen të hartuar për këtë lloj kërkese: kërkesa mbështetet në dispozitat e tij të përgjithshme për ndihmën e ndërsjellë, të cituara në krye të kërkesës.
        }
        [user] Emërtoni traktatin dhe jepni nenet mbi të cilat mbështetet kërkesa: ato shtypen në krye të kërkesës.
        [none] Ndërmjet dy Shteteve nuk zbatohet asnjë traktat: kërkesa mbështetet në reciprocitet dhe nuk citon asnjë nen. Tregoni bazën tuaj ligjore të brendshme në seksionin përkatës.
       *[unchosen] Zgjidhni traktatin që është i detyrueshëm si për Shtetin kërkues, ashtu edhe për Shtetin e kërkuar. Nenet e tij citohen në krye të kërkesës dhe kudo ku kërkesa i referohet atyre.
    }
basis-bilateral-treaty = Titulli dhe data e traktatit, si dhe nenet mbi të cilat mbështetet kërkesa
# Një verifikim që bën hartuesi i kërkesës, i shfaqur vetëm për një instrument që nuk ishte në fuqi, ose statusi
# i të cilit nuk dihet, në burimet e lexuara (`$status`: `not-in-force`, `unknown`; `$as-of`: data e atij burimi,
# në formatin VVVV-MM-DD). Nuk shtypet kurrë: marrësit nuk i shpjegohet ligji i tij.
basis-in-force = { $basis ->
        [protocol2] Kam verifikuar që të dy Shtetet janë Palë të Protokollit të Dytë Shtesë të Konventës për Krimin Kibernetik dhe që ai është në fuqi ndërmjet tyre
        [ets30-p2] Kam verifikuar që të dy Shtetet janë Palë të Protokollit të Dytë Shtesë të Konventës Evropiane për Ndihmën e Ndërsjellë në Çështjet Penale dhe që ai është në fuqi ndërmjet tyre
       *[other] Kam verifikuar që të dy Shtetet janë palë të instrumentit të zgjedhur dhe që ai është në fuqi ndërmjet tyre
    }
    .hint = { $status ->
        [not-in-force] Burimet e lexuara për këtë aplikacion tregojnë se ky instrument nuk kishte hyrë ende në fuqi më { $as-of }. Verifikojeni pranë autoritetit tuaj qendror ose depozitarit përpara se të mbështeteni në të. Ky është verifikimi juaj: nuk shtypet kurrë në kërkesë.
       *[unknown] Burimet e lexuara për këtë aplikacion nuk tregojnë nëse ky instrument është në fuqi. Verifikojeni pranë autoritetit tuaj qendror ose depozitarit përpara se të mbështeteni në të. Ky është verifikimi juaj: nuk shtypet kurrë në kërkesë.
    }
