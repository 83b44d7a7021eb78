# The route guide on the home screen ("Which request do I need?"): five questions lead to the
# request to start with and the next steps, each with a one-line reason. It recommends, following
# public guidance (UNODC tips for Central Asia and the Southern Caucasus); the official decides.
# The titles of the request types it names are those of requests.ftl.

guide-title = 어떤 요청이 필요합니까?
guide-intro = 다섯 가지 질문에 답하면, 공개된 지침(수사관 및 검사를 위한 UNODC의 조언)에 따라 먼저 작성할 요청과 다음 단계를 안내합니다. 답변은 이 페이지에만 남으며, 어디에도 기록되거나 전송되지 않습니다.

# Question 1 and its options.
guide-data = 어떤 데이터가 필요합니까?
guide-data-subscriber = 가입자 정보: 계정의 보유자
guide-data-traffic = 트래픽 데이터: IP 주소, 로그인 기록, 접속 기록
guide-data-content = 내용 데이터: 메시지, 파일, 사진, 게시물

# Question 2; answered with guide-yes or guide-no.
guide-emergency = 사람의 생명이 위험에 처해 있거나, 사람에 대한 중대한 위해가 임박해 있습니까?

# Question 3 and its options.
guide-reach = 서비스 제공자가 이 데이터에 관한 요청을 외국 기관으로부터 직접 받습니까?
    .hint = 예를 들어, 미국에 소재한 서비스 제공자는 내용 데이터가 아닌 데이터를 외국 기관에 직접 공개할 수 있습니다. 확실하지 않으면 서비스 제공자 또는 피요청국 기관에 문의하십시오.
guide-reach-direct = 예, 직접
guide-reach-state = 아니요, 피요청국을 통해서만
guide-reach-unsure = 잘 모름

# Question 4; answered with guide-yes or guide-no.
guide-preserved = 데이터의 보전이 이미 이루어졌습니까?

# Question 5 and its options.
guide-basis = 자국과 피요청국을 연결하는 것은 무엇입니까?
guide-basis-budapest = 두 국가 모두 부다페스트 협약(사이버범죄에 관한 협약)의 당사국임
guide-basis-treaty = 그 밖의 조약: 양자 조약, 지역 조약 또는 국제연합 협약
guide-basis-reciprocity = 조약 없음: 상호주의 또는 국내법

guide-yes = 예
guide-no = 아니요

# The recommendation, shown once every question is answered.
guide-incomplete = 어디서 시작할지 보려면 각 질문에 답하십시오.
guide-advice = 시작할 곳
guide-fallback = 서비스 제공자가 응답하지 않거나 거절하는 경우
# The button of each recommended request: opens a new draft of that type.
guide-open = 이 요청 작성
guide-disclaimer = 이는 공개된 지침에 근거한 권고이며 법률 의견이 아닙니다. 결정은 귀하가 하며, 필요한 경우 피요청국 기관과 함께 합니다.

# Why each request is recommended (one line each).
guide-why-emergency-provider = 서비스 제공자의 긴급 공개 경로를 이용하십시오(요청서 제3절). 제공자는 사람의 생명이 위험에 처해 있다고 판단할 때 공개 여부를 스스로 결정합니다.
guide-why-emergency-network = 자국의 24/7 연락창구 경로로, 또는 긴급 형사사법공조 요청으로 송부하십시오. 제3절에서 제2추가의정서 제9조 또는 제10조는 의정서가 두 국가 모두에 대하여 발효 중인 경우에만 선택하고, 그렇지 않으면 경로와 법적 근거를 기재하십시오.
guide-why-emergency-other = 피요청국의 권한 있는 기관에 송부하고, 제3절에 경로와 법적 근거(조약 또는 상호주의)를 기재하십시오.
guide-why-preserve-provider = 데이터는 언제든지 삭제될 수 있으므로 먼저 보전되도록 하십시오. 요청은 서비스 제공자에게 직접 송부하고, 그 사본을 피요청국의 권한 있는 기관에 송부합니다.
guide-why-preserve-network = 데이터는 언제든지 삭제될 수 있으므로 먼저 보전되도록 하십시오. 요청은 자국의 24/7 연락창구 경로로 송부합니다(24/7 네트워크, 부다페스트 협약 제35조).
guide-why-preserve-authority = 데이터는 언제든지 삭제될 수 있으므로 먼저 보전되도록 하십시오. 두 국가 모두 24/7 네트워크에 참여하고 있으면 24/7 네트워크를 통하여, 그렇지 않으면 피요청국의 수사기관 또는 소추기관에 요청을 송부합니다.
guide-why-provider-disclosure = 서비스 제공자에게 데이터를 요청하십시오. 일부 제공자는 내용 데이터가 아닌 데이터를 외국 기관에 직접 공개하며, 공개 여부를 스스로 결정합니다.
guide-why-fallback = 피요청국을 통한, 같은 데이터에 관한 형사사법공조 요청.
guide-why-mla = 형사사법공조를 통하여 데이터를 확보하십시오. 데이터가 보전된 후 지체 없이 요청을 준비하십시오.
guide-why-mla-content = 내용 데이터는 형사사법공조를 통하여 확보합니다. 예를 들어, 미국에 소재한 서비스 제공자는 내용 데이터가 아닌 데이터만 외국 기관에 직접 공개할 수 있습니다. 데이터가 보전된 후 지체 없이 요청을 준비하십시오.

# What qualifies the recommendation, when it applies.
guide-note-unsure = 제공자가 외국 기관의 요청을 직접 받는지 서비스 제공자와 피요청국 기관에 확인하십시오. 일부 제공자는 법집행기관에 협조적이지 않습니다. 확인될 때까지는 피요청국을 통한 경로를 따릅니다.
guide-note-emergency = 긴급 요청에는 그 뒤에 이어질 법적 절차를 기재합니다. 다음 요청들이 바로 데이터를 증거로 확보하기 위한 그 후속 절차입니다.
guide-note-preserved = 보전이 끝나기 전에 공개 요청을 송부하십시오. 보전 기간은 국가와 서비스 제공자에 따라 다릅니다.
guide-note-treaty = 같은 종류의 요청이 적용됩니다. 양식에서 해당 조약을 법적 근거로 선택하고, 각 조치, 특히 신속한 보전을 어느 조항이 규정하는지 조약 본문에서 확인하십시오.
guide-note-reciprocity = 같은 종류의 요청이 적용됩니다. 양식에서 상호주의 또는 국내법을 법적 근거로 선택하십시오. 조약이 없는 경우 피요청국의 공조 여부와 방법은 그 국가의 법률에 따릅니다. 먼저 그 국가의 기관에 문의하십시오.
