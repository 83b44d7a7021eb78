# Sorğunun əsaslana biləcəyi hüquqi əsaslar (templates/bases.toml), formada seçilir. `$basis` oradakı
# əsasın identifikatorudur (heç biri seçilməyibsə, `none`); maddə nömrələri (`$articles`, onların sayı
# `$count`) bases.toml-dan götürülür və bütün dillərdə eyni oxunur.

## Beynəlxalq sənədlər, formadakı seçimdə və sorğunun hüquqi əsas sətrində adlandırıldığı kimi

basis-budapest = Kibercinayətkarlıq haqqında Konvensiya (ETS № 185)
basis-protocol2 = Kibercinayətkarlıq haqqında Konvensiyaya gücləndirilmiş əməkdaşlıq və elektron sübutların açıqlanması haqqında İkinci Əlavə Protokol (CETS № 224)
basis-untoc = Birləşmiş Millətlər Təşkilatının Transmilli mütəşəkkil cinayətkarlığa qarşı Konvensiyası
basis-un-cybercrime = Birləşmiş Millətlər Təşkilatının Kibercinayətkarlığa qarşı Konvensiyası
basis-ets30 = Cinayət işləri üzrə qarşılıqlı yardım haqqında Avropa Konvensiyası (ETS № 30)
basis-ets30-p2 = Cinayət işləri üzrə qarşılıqlı yardım haqqında Avropa Konvensiyasına İkinci Əlavə Protokol (ETS № 182)
basis-cis-minsk-1993 = Mülki, ailə və cinayət işləri üzrə hüquqi yardım və hüquqi münasibətlər haqqında Konvensiya (Minsk, 22 yanvar 1993-cü il)
basis-cis-chisinau-2002 = Mülki, ailə və cinayət işləri üzrə hüquqi yardım və hüquqi münasibətlər haqqında Konvensiya (Kişinyov, 7 oktyabr 2002-ci il)
basis-cis-it-crime-2018 = Müstəqil Dövlətlər Birliyi üzvü olan dövlətlərin informasiya texnologiyaları sahəsində cinayətlərlə mübarizədə əməkdaşlığı haqqında Saziş (Düşənbə, 28 sentyabr 2018-ci il)
basis-arab-ito-2010 = İnformasiya texnologiyaları sahəsində cinayətlərlə mübarizə haqqında Ərəb Konvensiyası (Qahirə, 21 dekabr 2010-cu il)
basis-bilateral = Sorğu edən və sorğu edilən dövlətlər arasında ikitərəfli müqavilə
basis-reciprocity = Qarşılıqlılıq (iki dövlət arasında qarşılıqlı hüquqi yardım haqqında heç bir müqavilə tətbiq edilmir)

## Sorğunun başlığı altında çap olunan hüquqi əsas sətri

# Sorğunun əsaslandığı sənədin maddələri, məsələn, «maddələr 18(1), 18(3)(i)».
basis-articles = { $count ->
        [one] maddə { $articles }
       *[other] maddələr { $articles }
    }
# `$treaty`: ikitərəfli müqavilə və onun maddələri, istifadəçinin yazdığı (və tərcümə etdiyi) kimi.
basis-legal-basis = { $basis ->
        [budapest] { basis-budapest }, { basis-articles }
        [protocol2] { basis-protocol2 }, { basis-articles }; Protokol yalnız onun Tərəfləri olan dövlətlər arasında tətbiq edilir
        [untoc] { basis-untoc }, { basis-articles }
        [un-cybercrime] { basis-un-cybercrime }, { basis-articles }
        [ets30] { basis-ets30 }, { basis-articles }
        [ets30-p2] { basis-ets30-p2 }, { basis-articles }; Protokol yalnız həm onun, həm də Konvensiyanın Tərəfləri olan dövlətlər arasında tətbiq edilir
        [cis-minsk-1993] { basis-cis-minsk-1993 }, { basis-articles }
        [cis-chisinau-2002] { basis-cis-chisinau-2002 }, { basis-articles }
        [cis-it-crime-2018] { basis-cis-it-crime-2018 }, { basis-articles }
        [arab-ito-2010] { basis-arab-ito-2010 }, { basis-articles }
        [bilateral] { basis-bilateral }: { $treaty }
        [reciprocity] Sorğu qarşılıqlılıq əsasında göndərilir; sorğu edən və sorğu edilən dövlətlər arasında qarşılıqlı hüquqi yardım haqqında heç bir müqavilə tətbiq edilmir
       *[none] Hüquqi əsas hələ seçilməyib
    }

## Formadakı seçim (heç vaxt çap olunmur: sorğuda yuxarıdakı hüquqi əsas sətri göstərilir)

basis-heading = Beynəlxalq hüquqi əsas
# `$match`: seçilmiş sənədin bu sorğu üçün nəzərdə tutduğu (templates/bases.toml): `specific`,
# `general`, `user` (ikitərəfli müqavilə), `none` (qarşılıqlılıq), `unchosen`; `$request`: sorğunun növü
# (`preservation`, `subscriber`, `traffic`, `content`, `emergency`).
basis-choice = Sorğunun əsaslandığı müqavilə və ya digər beynəlxalq əsas
    .hint = { $match ->
        [specific] Seçilmiş sənəddə məhz bu sorğu üçün nəzərdə tutulmuş maddələr var; onlara sorğunun əvvəlində istinad edilir. Onu yalnız həm sorğu edən, həm də sorğu edilən dövlət üçün məcburi olduqda seçin.
        [general] { $request ->
            [preservation] Seçilmiş sənəddə təcili mühafizə haqqında maddə yoxdur: sorğu onun qarşılıqlı yardım haqqında ümumi müddəalarına əsaslanır və onlara sorğunun əvvəlində istinad edilir. Məlumatların mühafizə olunub-olunmayacağı və hansı müddətə mühafizə olunacağı sorğu edilən dövlətin qanunvericiliyindən asılıdır.
           *[other] Seçilmiş sənəddə məhz bu sorğu üçün nəzərdə tutulmuş maddə yoxdur: sorğu onun qarşılıqlı yardım haqqında ümumi müddəalarına əsaslanır və onlara sorğunun əvvəlində istinad edilir.
        }
        [user] Müqavilənin adını və sorğunun əsaslandığı maddələri göstərin: onlar sorğunun əvvəlində çap olunur.
        [none] İki dövlət arasında heç bir müqavilə tətbiq edilmir: sorğu qarşılıqlılığa əsaslanır və heç bir maddəyə istinad etmir. Daxili hüquqi əsasınızı müvafiq bölmədə göstərin.
       *[unchosen] Həm sorğu edən, həm də sorğu edilən dövlət üçün məcburi olan müqaviləni seçin. Onun maddələrinə sorğunun əvvəlində və sorğunun onlara istinad etdiyi hər yerdə istinad edilir.
    }
basis-bilateral-treaty = Müqavilənin adı və tarixi, habelə sorğunun əsaslandığı maddələr
# Sorğunu tərtib edənin yoxlaması; yalnız oxunan mənbələrə görə qüvvədə olmayan və ya statusu məlum olmayan
# sənəd üçün göstərilir (`$status`: `not-in-force`, `unknown`; `$as-of`: həmin mənbənin tarixi, İİİİ-AA-GG
# formatında). Heç vaxt çap olunmur: alana onun öz hüququ izah edilmir.
basis-in-force = { $basis ->
        [protocol2] Hər iki dövlətin Kibercinayətkarlıq haqqında Konvensiyaya İkinci Əlavə Protokolun Tərəfləri olduğunu və onun bu dövlətlər arasında qüvvədə olduğunu yoxlamışam
        [ets30-p2] Hər iki dövlətin Cinayət işləri üzrə qarşılıqlı yardım haqqında Avropa Konvensiyasına İkinci Əlavə Protokolun Tərəfləri olduğunu və onun bu dövlətlər arasında qüvvədə olduğunu yoxlamışam
       *[other] Hər iki dövlətin seçilmiş sənədin Tərəfləri olduğunu və onun bu dövlətlər arasında qüvvədə olduğunu yoxlamışam
    }
    .hint = { $status ->
        [not-in-force] Bu tətbiq üçün oxunan mənbələrə görə, bu sənəd { $as-of } tarixinə hələ qüvvəyə minməmişdi. Ona istinad etməzdən əvvəl mərkəzi orqanınızdan və ya depozitaridən dəqiqləşdirin. Bu, sizin öz yoxlamanızdır: sorğuda heç vaxt çap olunmur.
       *[unknown] Bu tətbiq üçün oxunan mənbələr bu sənədin qüvvədə olub-olmadığını göstərmir. Ona istinad etməzdən əvvəl mərkəzi orqanınızdan və ya depozitaridən dəqiqləşdirin. Bu, sizin öz yoxlamanızdır: sorğuda heç vaxt çap olunmur.
    }
