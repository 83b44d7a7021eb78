# Legal bases a request can rest on (templates/bases.toml), chosen in the form. `$basis` is the id of a
# basis there (`none` while none is chosen); the article numbers (`$articles`, `$count` of them) come from
# bases.toml and read the same in every language. Every Han character here is in CJK slice 00: the CIS
# is named by its Latin abbreviation, as two characters of its Japanese name are not.

## The instruments, as named in the form's choice and in the request's legal-basis line

basis-budapest = サイバー犯罪に関する条約（ETS第185号）
basis-protocol2 = 強化された協力及び電子的証拠の開示に関するサイバー犯罪に関する条約の第二追加議定書（CETS第224号）
basis-untoc = 国際的な組織犯罪の防止に関する国際連合条約
basis-un-cybercrime = サイバー犯罪に関する国際連合条約
basis-ets30 = 刑事問題に関する相互援助に関する欧州条約（ETS第30号）
basis-ets30-p2 = 刑事問題に関する相互援助に関する欧州条約の第二追加議定書（ETS第182号）
basis-cis-minsk-1993 = 民事、家事及び刑事事件における法律上の援助及び法律関係に関する条約（ミンスク、1993年1月22日）
basis-cis-chisinau-2002 = 民事、家事及び刑事事件における法律上の援助及び法律関係に関する条約（キシナウ、2002年10月7日）
basis-cis-it-crime-2018 = 情報技術の分野における犯罪との戦いにおけるCIS参加国間の協力に関する協定（ドゥシャンベ、2018年9月28日）
basis-arab-ito-2010 = 情報技術犯罪との戦いに関するアラブ条約（カイロ、2010年12月21日）
basis-bilateral = 要請国と被要請国との間の二国間条約
basis-reciprocity = 相互主義（両国間には相互援助に関する条約が適用されない）

## The legal-basis line printed under the title of the request

# The articles of the instrument that the request rests on, e.g. «第18(1), 18(3)(i)条» (Japanese has
# one plural category).
basis-articles = { $count ->
       *[other] 第{ $articles }条
    }
# `$treaty`: the bilateral treaty and its articles, as the user typed them (and translated them).
basis-legal-basis = { $basis ->
        [budapest] { basis-budapest }{ basis-articles }
        [protocol2] { basis-protocol2 }{ basis-articles }。同議定書は、その締約国である国の間でのみ適用されます
        [untoc] { basis-untoc }{ basis-articles }
        [un-cybercrime] { basis-un-cybercrime }{ basis-articles }
        [ets30] { basis-ets30 }{ basis-articles }
        [ets30-p2] { basis-ets30-p2 }{ basis-articles }。同議定書は、同議定書及び同条約の締約国である国の間でのみ適用されます
        [cis-minsk-1993] { basis-cis-minsk-1993 }{ basis-articles }
        [cis-chisinau-2002] { basis-cis-chisinau-2002 }{ basis-articles }
        [cis-it-crime-2018] { basis-cis-it-crime-2018 }{ basis-articles }
        [arab-ito-2010] { basis-arab-ito-2010 }{ basis-articles }
        [bilateral] { basis-bilateral }：{ $treaty }
        [reciprocity] 相互主義に基づく要請。要請国と被要請国との間には相互援助に関する条約が適用されない
       *[none] 法的根拠は未選択
    }

## The choice in the form (never printed: the request shows the legal-basis line above)

basis-heading = 国際法上の根拠
# `$match`: what the instrument chosen has for this request (templates/bases.toml): `specific`,
# `general`, `user` (a bilateral treaty), `none` (reciprocity), `unchosen`; `$request`: the
# request type (`preservation`, `subscriber`, `traffic`, `content`, `emergency`).
basis-choice = 要請の根拠となる条約その他の国際的な根拠
    .hint = { $match ->
        [specific] 選択した条約には、この要請のための条文があります。それらは要請の初めに引用されます。要請国及び被要請国の双方を拘束する場合にのみ選択してください。
        [general] { $request ->
            [preservation] 選択した条約には迅速な保全に関する条文がありません。要請は、要請の初めに引用される、その条約の相互援助に関する一般規定に基づきます。データが保全されるか否か及びその期間は、被要請国の法令によります。
           *[other] 選択した条約には、この要請のための条文がありません。要請は、要請の初めに引用される、その条約の相互援助に関する一般規定に基づきます。
        }
        [user] 条約名及び要請の根拠となる条文を記載してください。これらは要請の初めに印刷されます。
        [none] 両国間には適用される条約がありません。要請は相互主義に基づき、条文は引用しません。国内法上の根拠を該当する節に記載してください。
       *[unchosen] 要請国及び被要請国の双方を拘束する条約を選択してください。その条文は、要請の初めと、要請がそれに言及するすべての部分で引用されます。
    }
basis-bilateral-treaty = 条約の名称及び日付並びに要請の根拠となる条文
# A check the requester makes, shown only for an instrument that was not in force, or whose status
# is not known, in the sources read (`$status`: `not-in-force`, `unknown`; `$as-of`: the date of
# that source, as YYYY-MM-DD). Never printed: the recipient is never told its own law.
basis-in-force = { $basis ->
        [protocol2] 両国がサイバー犯罪に関する条約の第二追加議定書の締約国であり、同議定書が両国間で効力を有することを確認した
        [ets30-p2] 両国が刑事問題に関する相互援助に関する欧州条約の第二追加議定書の締約国であり、同議定書が両国間で効力を有することを確認した
       *[other] 両国が選択した条約の締約国であり、同条約が両国間で効力を有することを確認した
    }
    .hint = { $status ->
        [not-in-force] このアプリのために参照した資料によれば、この条約は{ $as-of }の時点でまだ効力を生じていませんでした。これに基づく前に、自国の中央当局又は条約の保管者に確認してください。自身の確認用であり、要請には印刷されません。
       *[unknown] このアプリのために参照した資料からは、この条約が効力を有するか否かが分かりません。これに基づく前に、自国の中央当局又は条約の保管者に確認してください。自身の確認用であり、要請には印刷されません。
    }
