# Legal bases a request can rest on (templates/bases.toml), chosen in the form. `$basis` is the id of a
# basis there (`none` while none is chosen); the article numbers (`$articles`, `$count` of them) come from
# bases.toml and read the same in every language. Kazakh puts the article numbers before «бап».

## The instruments, as named in the form's choice and in the request's legal-basis line

basis-budapest = Киберқылмыс туралы конвенция (ETS № 185)
basis-protocol2 = Киберқылмыс туралы конвенцияға ынтымақтастықты күшейту және электрондық дәлелдемелерді ашу туралы Екінші қосымша хаттама (CETS № 224)
basis-untoc = Трансұлттық ұйымдасқан қылмысқа қарсы Біріккен Ұлттар Ұйымының конвенциясы
basis-un-cybercrime = Киберқылмысқа қарсы Біріккен Ұлттар Ұйымының конвенциясы
basis-ets30 = Қылмыстық істер бойынша өзара көмек туралы Еуропалық конвенция (ETS № 30)
basis-ets30-p2 = Қылмыстық істер бойынша өзара көмек туралы Еуропалық конвенцияға Екінші қосымша хаттама (ETS № 182)
basis-cis-minsk-1993 = Азаматтық, отбасылық және қылмыстық істер бойынша құқықтық көмек және құқықтық қатынастар туралы конвенция (Минск, 1993 жылғы 22 қаңтар)
basis-cis-chisinau-2002 = Азаматтық, отбасылық және қылмыстық істер бойынша құқықтық көмек және құқықтық қатынастар туралы конвенция (Кишинев, 2002 жылғы 7 қазан)
basis-cis-it-crime-2018 = Тәуелсіз Мемлекеттер Достастығына қатысушы мемлекеттердің ақпараттық технологиялар саласындағы қылмыстармен күрестегі ынтымақтастығы туралы келісім (Душанбе, 2018 жылғы 28 қыркүйек)
basis-arab-ito-2010 = Ақпараттық технологиялар саласындағы қылмыстармен күрес туралы араб конвенциясы (Каир, 2010 жылғы 21 желтоқсан)
basis-bilateral = Сұрау салушы және сұрау салынатын мемлекеттер арасындағы екіжақты шарт
basis-reciprocity = Өзаралық (екі мемлекет арасында өзара құқықтық көмек туралы ешқандай шарт қолданылмайды)

## The legal-basis line printed under the title of the request

# The articles of the instrument that the request rests on, e.g. «18(1), 18(3)(i)-баптар».
basis-articles = { $count ->
        [one] { $articles }-бап
       *[other] { $articles }-баптар
    }
# `$treaty`: the bilateral treaty and its articles, as the user typed them (and translated them).
basis-legal-basis = { $basis ->
        [budapest] { basis-budapest }, { basis-articles }
        [protocol2] { basis-protocol2 }, { basis-articles }; Хаттама тек оның Тараптары болып табылатын мемлекеттер арасында қолданылады
        [untoc] { basis-untoc }, { basis-articles }
        [un-cybercrime] { basis-un-cybercrime }, { basis-articles }
        [ets30] { basis-ets30 }, { basis-articles }
        [ets30-p2] { basis-ets30-p2 }, { basis-articles }; Хаттама тек оның және Конвенцияның Тараптары болып табылатын мемлекеттер арасында қолданылады
        [cis-minsk-1993] { basis-cis-minsk-1993 }, { basis-articles }
        [cis-chisinau-2002] { basis-cis-chisinau-2002 }, { basis-articles }
        [cis-it-crime-2018] { basis-cis-it-crime-2018 }, { basis-articles }
        [arab-ito-2010] { basis-arab-ito-2010 }, { basis-articles }
        [bilateral] { basis-bilateral }: { $treaty }
        [reciprocity] Сұрау салу өзаралық негізінде жасалады; сұрау салушы және сұрау салынатын мемлекеттер арасында өзара құқықтық көмек туралы ешқандай шарт қолданылмайды
       *[none] Құқықтық негіз әлі таңдалмаған
    }

## The choice in the form (never printed: the request shows the legal-basis line above)

basis-heading = Халықаралық құқықтық негіз
# `$match`: what the instrument chosen has for this request (templates/bases.toml): `specific`,
# `general`, `user` (a bilateral treaty), `none` (reciprocity), `unchosen`; `$request`: the
# request type (`preservation`, `subscriber`, `traffic`, `content`, `emergency`).
basis-choice = Сұрау салу негізделетін халықаралық шарт немесе басқа халықаралық негіз
    .hint = { $match ->
        [specific] Таңдалған халықаралық шартта дәл осы сұрау салуға арналған баптар бар; олар сұрау салудың басында келтіріледі. Оны сұрау салушы мемлекетті де, сұрау салынатын мемлекетті де міндеттейтін болса ғана таңдаңыз.
        [general] { $request ->
            [preservation] Таңдалған халықаралық шартта жедел сақтау туралы бап жоқ: сұрау салу оның сұрау салудың басында келтірілген өзара көмек туралы жалпы ережелеріне негізделеді. Деректердің сақталатын-сақталмайтыны және қанша уақытқа сақталатыны сұрау салынатын мемлекеттің заңнамасына байланысты.
           *[other] Таңдалған халықаралық шартта дәл осы сұрау салуға арналған бап жоқ: сұрау салу оның сұрау салудың басында келтірілген өзара көмек туралы жалпы ережелеріне негізделеді.
        }
        [user] Шартты және сұрау салу негізделетін баптарды көрсетіңіз: олар сұрау салудың басында басылады.
        [none] Екі мемлекет арасында ешқандай шарт қолданылмайды: сұрау салу өзаралыққа негізделеді және ешбір бапқа сілтеме жасамайды. Ұлттық құқықтық негізді тиісті бөлімде көрсетіңіз.
       *[unchosen] Сұрау салушы мемлекетті де, сұрау салынатын мемлекетті де міндеттейтін шартты таңдаңыз. Оның баптары сұрау салудың басында және сұрау салу оларға сілтеме жасайтын барлық жерде келтіріледі.
    }
basis-bilateral-treaty = Шарттың атауы мен күні және сұрау салу негізделетін баптар
# A check the requester makes, shown only for an instrument that was not in force, or whose status
# is not known, in the sources read (`$status`: `not-in-force`, `unknown`; `$as-of`: the date of
# that source, as YYYY-MM-DD). Never printed: the recipient is never told its own law.
basis-in-force = { $basis ->
        [protocol2] Екі мемлекеттің де Киберқылмыс туралы конвенцияға Екінші қосымша хаттаманың Тараптары екенін және оның олардың арасында күшінде екенін тексердім
        [ets30-p2] Екі мемлекеттің де Қылмыстық істер бойынша өзара көмек туралы Еуропалық конвенцияға Екінші қосымша хаттаманың Тараптары екенін және оның олардың арасында күшінде екенін тексердім
       *[other] Екі мемлекеттің де таңдалған халықаралық шарттың Тараптары екенін және оның олардың арасында күшінде екенін тексердім
    }
    .hint = { $status ->
        [not-in-force] Осы қолданба үшін пайдаланылған дереккөздерге сәйкес бұл халықаралық шарт { $as-of } жағдай бойынша әлі күшіне енбеген. Оған сүйенбес бұрын орталық органыңыздан немесе депозитарийден нақтылаңыз. Сіздің жеке тексеруіңіз, сұрау салуда ешқашан басылмайды.
       *[unknown] Осы қолданба үшін пайдаланылған дереккөздерде бұл халықаралық шарттың күшіне енгені-енбегені көрсетілмеген. Оған сүйенбес бұрын орталық органыңыздан немесе депозитарийден нақтылаңыз. Сіздің жеке тексеруіңіз, сұрау салуда ешқашан басылмайды.
    }
