# Haýyşyň esaslanyp biljek hukuk esaslary (templates/bases.toml), olar formada saýlanýar. `$basis` şol
# faýldaky esasyň kesgitleýjisidir (hiç biri saýlanmadyk bolsa `none`); maddalaryň belgileri (`$articles`,
# olaryň sany `$count`) bases.toml-dan alynýar we ähli dillerde birmeňzeş okalýar.

## Resminamalar, formadaky saýlawda we haýyşyň hukuk esasy setirinde atlandyrylyşy ýaly

basis-budapest = Kiberjenaýatçylyk hakyndaky konwensiýa (ETS № 185)
basis-protocol2 = Kiberjenaýatçylyk hakyndaky konwensiýanyň güýçlendirilen hyzmatdaşlyk we elektron subutnamalary açyp bermek hakyndaky Ikinji goşmaça teswirnamasy (CETS № 224)
basis-untoc = Birleşen Milletler Guramasynyň Transmilli guramaçylykly jenaýatçylyga garşy konwensiýasy
basis-un-cybercrime = Birleşen Milletler Guramasynyň Kiberjenaýatçylyga garşy konwensiýasy
basis-ets30 = Jenaýat işleri boýunça özara kömek hakyndaky Ýewropa konwensiýasy (ETS № 30)
basis-ets30-p2 = Jenaýat işleri boýunça özara kömek hakyndaky Ýewropa konwensiýasynyň Ikinji goşmaça teswirnamasy (ETS № 182)
basis-cis-minsk-1993 = Raýat, maşgala we jenaýat işleri boýunça hukuk kömegi we hukuk gatnaşyklary hakyndaky konwensiýa (Minsk, 1993-nji ýylyň 22-nji ýanwary)
basis-cis-chisinau-2002 = Raýat, maşgala we jenaýat işleri boýunça hukuk kömegi we hukuk gatnaşyklary hakyndaky konwensiýa (Kişinýow, 2002-nji ýylyň 7-nji oktýabry)
basis-cis-it-crime-2018 = Garaşsyz Döwletleriň Arkalaşygyna agza döwletleriň maglumat tehnologiýalary ulgamyndaky jenaýatlara garşy göreşde hyzmatdaşlygy hakyndaky ylalaşyk (Duşanbe, 2018-nji ýylyň 28-nji sentýabry)
basis-arab-ito-2010 = Maglumat tehnologiýalary ulgamyndaky jenaýatlara garşy göreş hakyndaky Arap konwensiýasy (Kair, 2010-njy ýylyň 21-nji dekabry)
basis-bilateral = Haýyş edýän döwlet bilen haýyş edilýän döwletiň arasyndaky ikitaraplaýyn şertnama
basis-reciprocity = Özaralyk (iki döwletiň arasynda özara hukuk kömegi hakynda hiç bir şertnama ulanylmaýar)

## Haýyşyň adynyň aşagynda çap edilýän hukuk esasy setiri

# Haýyşyň esaslanýan resminamasynyň maddalary, meselem: «maddalar 18(1), 18(3)(i)».
basis-articles = { $count ->
        [one] madda { $articles }
       *[other] maddalar { $articles }
    }
# `$treaty`: ikitaraplaýyn şertnama we onuň maddalary, ulanyjynyň ýazyşy (we terjime edişi) ýaly.
basis-legal-basis = { $basis ->
        [budapest] { basis-budapest }, { basis-articles }
        [protocol2] { basis-protocol2 }, { basis-articles }; Teswirnama diňe onuň Taraplary bolan döwletleriň arasynda ulanylýar
        [untoc] { basis-untoc }, { basis-articles }
        [un-cybercrime] { basis-un-cybercrime }, { basis-articles }
        [ets30] { basis-ets30 }, { basis-articles }
        [ets30-p2] { basis-ets30-p2 }, { basis-articles }; Teswirnama diňe onuň we Konwensiýanyň Taraplary bolan döwletleriň arasynda ulanylýar
        [cis-minsk-1993] { basis-cis-minsk-1993 }, { basis-articles }
        [cis-chisinau-2002] { basis-cis-chisinau-2002 }, { basis-articles }
        [cis-it-crime-2018] { basis-cis-it-crime-2018 }, { basis-articles }
        [arab-ito-2010] { basis-arab-ito-2010 }, { basis-articles }
        [bilateral] { basis-bilateral }: { $treaty }
        [reciprocity] Haýyş özaralyk esasynda iberilýär; haýyş edýän döwlet bilen haýyş edilýän döwletiň arasynda özara hukuk kömegi hakynda hiç bir şertnama ulanylmaýar
       *[none] Hukuk esasy entek saýlanmady
    }

## Formadaky saýlaw (hiç haçan çap edilmeýär: haýyşda ýokardaky hukuk esasy setiri görkezilýär)

basis-heading = Halkara hukuk esasy
# `$match`: saýlanan resminamanyň bu haýyş üçin näme bardygy (templates/bases.toml): `specific`,
# `general`, `user` (ikitaraplaýyn şertnama), `none` (özaralyk), `unchosen`; `$request`: haýyşyň görnüşi
# (`preservation`, `subscriber`, `traffic`, `content`, `emergency`).
basis-choice = Haýyşyň esaslanýan şertnamasy ýa-da beýleki halkara esasy
    .hint = { $match ->
        [specific] Saýlanan resminamada şu görnüşli haýyş üçin niýetlenen maddalar bar; olar haýyşyň başynda getirilýär. Ony diňe haýyş edýän döwlet üçin hem, haýyş edilýän döwlet üçin hem hökmany bolan ýagdaýynda saýlaň.
        [general] { $request ->
            [preservation] Saýlanan resminamada gyssagly gorap saklamak hakynda madda ýok: haýyş onuň özara kömek hakyndaky umumy düzgünlerine esaslanýar, olar haýyşyň başynda getirilýär. Maglumatlaryň gorap saklanjak ýa-da gorap saklanmajakdygy we näçe wagt gorap saklanjakdygy haýyş edilýän döwletiň kanunçylygyna bagly.
           *[other] Saýlanan resminamada şu görnüşli haýyş üçin niýetlenen madda ýok: haýyş onuň özara kömek hakyndaky umumy düzgünlerine esaslanýar, olar haýyşyň başynda getirilýär.
        }
        [user] Şertnamanyň adyny we haýyşyň esaslanýan maddalaryny görkeziň: olar haýyşyň başynda çap edilýär.
        [none] Iki döwletiň arasynda hiç bir şertnama ulanylmaýar: haýyş özaralyga esaslanýar we hiç bir madda salgylanmaýar. Milli hukuk esasyňyzy degişli bölümde görkeziň.
       *[unchosen] Haýyş edýän döwlet üçin hem, haýyş edilýän döwlet üçin hem hökmany bolan şertnamany saýlaň. Onuň maddalary haýyşyň başynda we haýyşyň olara salgylanýan ähli ýerlerinde getirilýär.
    }
basis-bilateral-treaty = Şertnamanyň ady we senesi, şeýle hem haýyşyň esaslanýan maddalary
# Haýyşy düzüjiniň geçirýän barlagy; diňe okalan çeşmelerde güýje girmedik ýa-da ýagdaýy belli bolmadyk resminama
# üçin görkezilýär (`$status`: `not-in-force`, `unknown`; `$as-of`: şol çeşmäniň senesi, ÝÝÝÝ-AA-GG görnüşinde).
# Hiç haçan çap edilmeýär: alyja öz kanuny düşündirilmeýär.
basis-in-force = { $basis ->
        [protocol2] Iki döwletiň hem Kiberjenaýatçylyk hakyndaky konwensiýanyň Ikinji goşmaça teswirnamasynyň Taraplarydygyny we onuň olaryň arasynda güýjündedigini barladym
        [ets30-p2] Iki döwletiň hem Jenaýat işleri boýunça özara kömek hakyndaky Ýewropa konwensiýasynyň Ikinji goşmaça teswirnamasynyň Taraplarydygyny we onuň olaryň arasynda güýjündedigini barladym
       *[other] Iki döwletiň hem saýlanan resminamanyň taraplarydygyny we onuň olaryň arasynda güýjündedigini barladym
    }
    .hint = { $status ->
        [not-in-force] Bu programma üçin okalan çeşmelere görä, bu resminama { $as-of } senesinde entek güýje girmändi. Oňa salgylanmazdan öň muny merkezi edaraňyzda ýa-da depozitariýde barlaň. Bu siziň öz barlagyňyz: haýyşda hiç haçan çap edilmeýär.
       *[unknown] Bu programma üçin okalan çeşmeler bu resminamanyň güýjündedigini ýa-da däldigini görkezmeýär. Oňa salgylanmazdan öň muny merkezi edaraňyzda ýa-da depozitariýde barlaň. Bu siziň öz barlagyňyz: haýyşda hiç haçan çap edilmeýär.
    }
