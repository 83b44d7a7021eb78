# 요청의 근거가 될 수 있는 법적 근거(templates/bases.toml)로, 양식에서 선택합니다. `$basis`는 그 파일에 있는
# 근거의 식별자입니다(아무것도 선택하지 않은 동안에는 `none`). 조문 번호(`$articles`, 그 개수 `$count`)는
# bases.toml에서 가져오며 모든 언어에서 같습니다.

## 양식의 선택 항목과 요청서의 법적 근거 줄에 기재되는 문서의 명칭

basis-budapest = 사이버범죄에 관한 협약(ETS 제185호)
basis-protocol2 = 강화된 협력 및 전자증거의 공개에 관한 사이버범죄에 관한 협약 제2추가의정서(CETS 제224호)
basis-untoc = 국제연합 초국가적 조직범죄 방지 협약
basis-un-cybercrime = 국제연합 사이버범죄 방지 협약
basis-ets30 = 형사사법공조에 관한 유럽협약(ETS 제30호)
basis-ets30-p2 = 형사사법공조에 관한 유럽협약 제2추가의정서(ETS 제182호)
basis-cis-minsk-1993 = 민사, 가사 및 형사 사건의 사법공조 및 법률관계에 관한 협약(1993년 1월 22일, 민스크)
basis-cis-chisinau-2002 = 민사, 가사 및 형사 사건의 사법공조 및 법률관계에 관한 협약(2002년 10월 7일, 키시너우)
basis-cis-it-crime-2018 = 정보기술 분야의 범죄 대응에 관한 독립국가연합 회원국 간 협력 협정(2018년 9월 28일, Dushanbe)
basis-arab-ito-2010 = 정보기술범죄 방지에 관한 아랍 협약(2010년 12월 21일, 카이로)
basis-bilateral = 요청국과 피요청국 간의 양자 조약
basis-reciprocity = 상호주의(두 국가 간에 적용되는 형사사법공조 조약이 없음)

## 요청서 제목 아래에 인쇄되는 법적 근거 줄

# 요청의 근거가 되는 문서의 조문. 예: "조문 18(1), 18(3)(i)".
basis-articles = { $count ->
        [one] 조문 { $articles }
       *[other] 조문 { $articles }
    }
# `$treaty`: 사용자가 입력한(그리고 번역한) 양자 조약과 그 조문.
basis-legal-basis = { $basis ->
        [budapest] { basis-budapest }, { basis-articles }
        [protocol2] { basis-protocol2 }, { basis-articles }. 이 의정서는 그 당사국인 국가들 사이에서만 적용됩니다
        [untoc] { basis-untoc }, { basis-articles }
        [un-cybercrime] { basis-un-cybercrime }, { basis-articles }
        [ets30] { basis-ets30 }, { basis-articles }
        [ets30-p2] { basis-ets30-p2 }, { basis-articles }. 이 의정서는 이 의정서와 협약의 당사국인 국가들 사이에서만 적용됩니다
        [cis-minsk-1993] { basis-cis-minsk-1993 }, { basis-articles }
        [cis-chisinau-2002] { basis-cis-chisinau-2002 }, { basis-articles }
        [cis-it-crime-2018] { basis-cis-it-crime-2018 }, { basis-articles }
        [arab-ito-2010] { basis-arab-ito-2010 }, { basis-articles }
        [bilateral] { basis-bilateral }: { $treaty }
        [reciprocity] 상호주의에 따른 요청. 요청국과 피요청국 간에 적용되는 형사사법공조 조약이 없음
       *[none] 법적 근거를 아직 선택하지 않음
    }

## 양식에서의 선택(인쇄되지 않음: 요청서에는 위의 법적 근거 줄이 표시됨)

basis-heading = 국제법적 근거
# `$match`: 선택한 문서가 이 요청에 대하여 두고 있는 것(templates/bases.toml): `specific`, `general`,
# `user`(양자 조약), `none`(상호주의), `unchosen`. `$request`: 요청의 종류(`preservation`, `subscriber`,
# `traffic`, `content`, `emergency`).
basis-choice = 요청의 근거가 되는 조약 또는 그 밖의 국제적 근거
    .hint = { $match ->
        [specific] 선택한 문서에는 이 요청을 위하여 마련된 조문이 있으며, 그 조문은 요청서 첫머리에 인용됩니다. 요청국과 피요청국 모두를 구속하는 경우에만 선택하십시오.
        [general] { $request ->
            [preservation] 선택한 문서에는 신속한 보전에 관한 조문이 없습니다. 요청은 그 문서의 공조에 관한 일반 규정에 근거하며, 그 규정은 요청서 첫머리에 인용됩니다. 데이터가 보전되는지, 얼마 동안 보전되는지는 피요청국의 법률에 따릅니다.
           *[other] 선택한 문서에는 이 요청을 위하여 마련된 조문이 없습니다. 요청은 그 문서의 공조에 관한 일반 규정에 근거하며, 그 규정은 요청서 첫머리에 인용됩니다.
        }
        [user] 조약의 명칭과 요청의 근거가 되는 조문을 기재하십시오. 이는 요청서 첫머리에 인쇄됩니다.
        [none] 두 국가 간에 적용되는 조약이 없습니다. 요청은 상호주의에 근거하며 어떠한 조문도 인용하지 않습니다. 국내법적 근거는 해당 절에 기재하십시오.
       *[unchosen] 요청국과 피요청국 모두를 구속하는 조약을 선택하십시오. 그 조문은 요청서 첫머리와 요청서가 그 조문을 언급하는 모든 곳에 인용됩니다.
    }
basis-bilateral-treaty = 조약의 명칭과 일자, 그리고 요청의 근거가 되는 조문
# 요청서 작성자가 하는 확인으로, 참조한 자료상 발효되지 않았거나 발효 여부가 알려지지 않은 문서에 대해서만
# 표시됩니다(`$status`: `not-in-force`, `unknown`; `$as-of`: 그 자료의 날짜, YYYY-MM-DD 형식). 인쇄되지 않음:
# 수신자에게 그 자신의 법을 설명하지 않습니다.
basis-in-force = { $basis ->
        [protocol2] 두 국가 모두가 사이버범죄에 관한 협약 제2추가의정서의 당사국이며 이 의정서가 두 국가 간에 발효 중임을 확인하였습니다
        [ets30-p2] 두 국가 모두가 형사사법공조에 관한 유럽협약 제2추가의정서의 당사국이며 이 의정서가 두 국가 간에 발효 중임을 확인하였습니다
       *[other] 두 국가 모두가 선택한 문서의 당사국이며 그 문서가 두 국가 간에 발효 중임을 확인하였습니다
    }
    .hint = { $status ->
        [not-in-force] 이 앱이 참조한 자료에 따르면 이 문서는 { $as-of } 현재 아직 발효되지 않았습니다. 이 문서에 근거하기 전에 중앙기관 또는 수탁자에게 확인하십시오. 이는 작성자 자신의 확인이며, 요청서에는 인쇄되지 않습니다.
       *[unknown] 이 앱이 참조한 자료로는 이 문서가 발효 중인지 알 수 없습니다. 이 문서에 근거하기 전에 중앙기관 또는 수탁자에게 확인하십시오. 이는 작성자 자신의 확인이며, 요청서에는 인쇄되지 않습니다.
    }
