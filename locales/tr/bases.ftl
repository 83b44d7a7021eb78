# Bir talebin dayanabileceği hukuki dayanaklar (templates/bases.toml), formda seçilir. `$basis`, oradaki bir
# dayanağın kimliğidir (hiçbiri seçilmemişken `none`); madde numaraları (`$articles`, sayıları `$count`)
# bases.toml dosyasından gelir ve her dilde aynı yazılır.

## Formdaki seçimde ve talebin hukuki dayanak satırında adlandırıldıkları şekliyle belgeler

basis-budapest = Siber Suç Sözleşmesi (ETS No. 185)
basis-protocol2 = Siber Suç Sözleşmesine Ek, Gelişmiş İşbirliği ve Elektronik Delillerin Açıklanmasına İlişkin İkinci Protokol (CETS No. 224)
basis-untoc = Sınıraşan Örgütlü Suçlara Karşı Birleşmiş Milletler Sözleşmesi
basis-un-cybercrime = Birleşmiş Milletler Siber Suçlara Karşı Sözleşme
basis-ets30 = Cezai Konularda Karşılıklı Adli Yardım Avrupa Sözleşmesi (ETS No. 30)
basis-ets30-p2 = Cezai Konularda Karşılıklı Adli Yardım Avrupa Sözleşmesine Ek İkinci Protokol (ETS No. 182)
basis-cis-minsk-1993 = Medeni, Aile ve Ceza Davalarında Hukuki Yardım ve Hukuki İlişkiler Sözleşmesi (Minsk, 22 Ocak 1993)
basis-cis-chisinau-2002 = Medeni, Aile ve Ceza Davalarında Hukuki Yardım ve Hukuki İlişkiler Sözleşmesi (Kişinev, 7 Ekim 2002)
basis-cis-it-crime-2018 = Bağımsız Devletler Topluluğu Üye Devletlerinin Bilgi Teknolojileri Alanındaki Suçlarla Mücadelede İşbirliği Anlaşması (Duşanbe, 28 Eylül 2018)
basis-arab-ito-2010 = Bilgi Teknolojisi Suçlarıyla Mücadeleye İlişkin Arap Sözleşmesi (Kahire, 21 Aralık 2010)
basis-bilateral = Talep eden Devlet ile talep edilen Devlet arasındaki ikili antlaşma
basis-reciprocity = Mütekabiliyet (iki Devlet arasında hiçbir karşılıklı adli yardım antlaşması uygulanmamaktadır)

## Talebin başlığının altında basılan hukuki dayanak satırı

# Talebin dayandığı belge maddeleri, örneğin "maddeler 18(1), 18(3)(i)".
basis-articles = { $count ->
        [one] madde { $articles }
       *[other] maddeler { $articles }
    }
# `$treaty`: kullanıcının yazdığı (ve çevirdiği) şekliyle ikili antlaşma ve maddeleri.
basis-legal-basis = { $basis ->
        [budapest] { basis-budapest }, { basis-articles }
        [protocol2] { basis-protocol2 }, { basis-articles }; Protokol yalnızca Protokole Taraf olan Devletler arasında uygulanır
        [untoc] { basis-untoc }, { basis-articles }
        [un-cybercrime] { basis-un-cybercrime }, { basis-articles }
        [ets30] { basis-ets30 }, { basis-articles }
        [ets30-p2] { basis-ets30-p2 }, { basis-articles }; Protokol yalnızca hem Protokole hem Sözleşmeye Taraf olan Devletler arasında uygulanır
        [cis-minsk-1993] { basis-cis-minsk-1993 }, { basis-articles }
        [cis-chisinau-2002] { basis-cis-chisinau-2002 }, { basis-articles }
        [cis-it-crime-2018] { basis-cis-it-crime-2018 }, { basis-articles }
        [arab-ito-2010] { basis-arab-ito-2010 }, { basis-articles }
        [bilateral] { basis-bilateral }: { $treaty }
        [reciprocity] Mütekabiliyet esasına dayanan talep; talep eden Devlet ile talep edilen Devlet arasında hiçbir karşılıklı adli yardım antlaşması uygulanmamaktadır
       *[none] Hukuki dayanak henüz seçilmedi
    }

## Formdaki seçim (hiçbir zaman basılmaz: talep yukarıdaki hukuki dayanak satırını gösterir)

basis-heading = Uluslararası hukuki dayanak
# `$match`: seçilen belgenin bu talep için içerdiği (templates/bases.toml): `specific`, `general`, `user`
# (ikili antlaşma), `none` (mütekabiliyet), `unchosen`; `$request`: talep türü (`preservation`,
# `subscriber`, `traffic`, `content`, `emergency`).
basis-choice = Talebin dayandığı antlaşma veya diğer uluslararası dayanak
    .hint = { $match ->
        [specific] Seçilen belge bu talebe özgü maddeler içerir; bunlar talebin başında belirtilir. Belgeyi yalnızca hem talep eden hem talep edilen Devleti bağlıyorsa seçin.
        [general] { $request ->
            [preservation] Seçilen belge süratle muhafaza hakkında bir madde içermez: talep, belgenin talebin başında belirtilen karşılıklı yardıma ilişkin genel hükümlerine dayanır. Verilerin muhafaza edilip edilmeyeceği ve ne kadar süreyle muhafaza edileceği talep edilen Devletin hukukuna bağlıdır.
           *[other] Seçilen belge bu talebe özgü bir madde içermez: talep, belgenin talebin başında belirtilen karşılıklı yardıma ilişkin genel hükümlerine dayanır.
        }
        [user] Antlaşmanın adını ve talebin dayandığı maddeleri belirtin: bunlar talebin başına basılır.
        [none] İki Devlet arasında hiçbir antlaşma uygulanmamaktadır: talep mütekabiliyete dayanır ve hiçbir maddeye atıf yapmaz. İç hukuktaki dayanağınızı ilgili bölümde belirtin.
       *[unchosen] Hem talep eden hem talep edilen Devleti bağlayan antlaşmayı seçin. Antlaşmanın maddeleri talebin başında ve talebin bunlara atıf yaptığı her yerde belirtilir.
    }
basis-bilateral-treaty = Antlaşmanın adı ve tarihi ile talebin dayandığı maddeler
# Talep edenin yaptığı bir kontrol; yalnızca okunan kaynaklarda yürürlükte olmayan veya durumu bilinmeyen bir
# belge için gösterilir (`$status`: `not-in-force`, `unknown`; `$as-of`: o kaynağın tarihi, YYYY-AA-GG
# biçiminde). Hiçbir zaman basılmaz: alıcıya kendi hukuku anlatılmaz.
basis-in-force = { $basis ->
        [protocol2] Her iki Devletin de Siber Suç Sözleşmesine Ek İkinci Protokole Taraf olduğunu ve Protokolün aralarında yürürlükte olduğunu kontrol ettim
        [ets30-p2] Her iki Devletin de Cezai Konularda Karşılıklı Adli Yardım Avrupa Sözleşmesine Ek İkinci Protokole Taraf olduğunu ve Protokolün aralarında yürürlükte olduğunu kontrol ettim
       *[other] Her iki Devletin de seçilen belgeye Taraf olduğunu ve belgenin aralarında yürürlükte olduğunu kontrol ettim
    }
    .hint = { $status ->
        [not-in-force] Bu uygulama için okunan kaynaklara göre bu belge { $as-of } tarihinde henüz yürürlükte değildi. Belgeye dayanmadan önce merkezi makamınıza veya depoziter makama danışın. Kendi kontrolünüz: talebe hiçbir zaman basılmaz.
       *[unknown] Bu uygulama için okunan kaynaklar bu belgenin yürürlükte olup olmadığını göstermemektedir. Belgeye dayanmadan önce merkezi makamınıza veya depoziter makama danışın. Kendi kontrolünüz: talebe hiçbir zaman basılmaz.
    }
