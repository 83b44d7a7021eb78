# Request forms an authority adds from a file (a "template pack", templates/README.md): the home
# screen's list of them, and why a file is refused (nothing is stored then).

packs-add = 파일에서 요청 양식 추가
packs-heading = 이 브라우저에 추가된 요청 양식
# Variables:
#   $issuer (String) - the authority that issued the form, as the file names it
#   $version (Number) - the form's version
#   $langs (String) - the languages the form is written in, e.g. "English, ქართული"
packs-details = 발행: { $issuer } · 버전 { $version } · 언어: { $langs }
# Variables:
#   $source (String) - where the form comes from, as the file says
#   $date (String) - the date the form was issued, as written in the file (YYYY-MM-DD)
packs-source = 출처: { $source } ({ $date })
packs-remove = 이 양식 제거
# Variables:
#   $title (String) - the request form's title
packs-added = 요청 양식이 추가되었습니다: { $title }.
# Variables:
#   $title (String) - the request form's title
packs-removed = 요청 양식이 제거되었습니다: { $title }. 이 양식의 초안은 이 브라우저에 남아 있으며 읽기 전용으로 열립니다.
# Variables:
#   $title (String) - the request form's title
#   $old (Number) - the version in this browser
#   $new (Number) - the version in the file
packs-replace-question = 이 브라우저에는 “{ $title }” 버전 { $old }이(가) 있습니다. 버전 { $new }(으)로 교체하시겠습니까? 이 양식으로 작성된 초안의 답변은 유지됩니다.
packs-replace = 교체
# Variables:
#   $title (String) - the request form's title
#   $version (Number) - the version now in use
packs-replaced = 요청 양식이 갱신되었습니다: { $title }, 버전 { $version }.
# Variables:
#   $title (String) - the request form's title
#   $old (Number) - the version in this browser
#   $new (Number) - the version in the file
packs-not-newer = 이 브라우저에는 이미 “{ $title }” 버전 { $old }이(가) 있으며, 파일에 들어 있는 것은 버전 { $new }입니다. 아무것도 변경되지 않았습니다.
# Shown on a draft whose request form was removed from this browser.
# Variables:
#   $id (String) - the form's identifier, e.g. ge-subscriber
#   $version (Number) - the form's version the draft was made with
#   $issuer (String) - the authority that issued the form
packs-draft-read-only = 이 초안은 요청 양식 “{ $id }”(버전 { $version }, 발행: { $issuer })(으)로 작성되었으나, 그 양식은 더 이상 이 브라우저에 없습니다. 이 초안은 읽기 전용으로 표시됩니다. 초안을 편집하려면 그 양식을 해당 파일에서 다시 추가하십시오.

# Why a file was refused as a request form. The first line is always shown, then one reason.
packs-refused = 이 파일은 요청 양식으로 추가되지 않았습니다. 아무것도 저장되지 않았습니다.
# Variables:
#   $limit (Number) - the largest size accepted, in kilobytes
packs-too-large = 파일이 { $limit } kB보다 큽니다.
# Variables:
#   $limit (Number) - the deepest nesting accepted
packs-too-deep = 파일의 중첩이 { $limit }단계보다 깊습니다.
packs-not-pack = 이 파일은 Tandem 요청 양식 파일이 아닙니다.
packs-unknown-format = 파일에 알려진 요청 양식 형식이 표시되어 있지 않습니다.
# Variables:
#   $format (Number) - the format version the file states
packs-newer-format = 이 파일은 더 새로운 버전의 Tandem용으로 작성되었습니다(형식 { $format }).
# Variables:
#   $field (String) - the field's name in the file, e.g. issuer
packs-bad-field = 파일의 필드 { $field }이(가) 없거나, 비어 있거나, 너무 길거나, 유형이 잘못되었습니다.
# Variables:
#   $id (String) - the identifier the file gives the form
packs-bad-id = 양식 식별자 { $id }은(는) 영문 소문자, 숫자, 하이픈 1~40자로 이루어지고 영문자로 시작해야 합니다.
# Variables:
#   $id (String) - the identifier the file gives the form
packs-reserved-id = 양식 식별자 { $id }은(는) Tandem 자체의 요청 종류 또는 문구가 이미 사용하고 있습니다.
# Variables:
#   $id (String) - the identifier the file gives the form
#   $template (String) - the identifier of the template in the file
packs-template-id = 양식 식별자 { $id }와(과) 그 틀의 식별자 { $template }이(가) 서로 다릅니다.
# Variables:
#   $path (String) - where in the template the mistake is, e.g. section.item
packs-bad-template = 양식의 틀이 { $path } 위치에서 유효하지 않습니다.
# Variables:
#   $kind (String) - the item kind named in the file
packs-unknown-kind = 양식의 틀이 Tandem이 알지 못하는 항목 종류를 사용합니다: { $kind }.
# Variables:
#   $lang (String) - the language code named in the file
packs-bad-lang = 언어 { $lang }은(는) Tandem이 지원하는 언어가 아니거나 두 번 지정되었습니다.
packs-few-langs = 양식은 두 개 이상의 언어로 작성되어야 합니다.
# Variables:
#   $lang (String) - the language code, e.g. ka
packs-messages-missing = 양식에 언어 { $lang }의 문구가 없거나, 양식이 선언하지 않은 언어의 문구가 있습니다.
# Variables:
#   $lang (String) - the language code, e.g. ka
#   $line (Number) - the line of the texts where the mistake is
packs-syntax = 언어 { $lang }의 문구를 읽을 수 없습니다({ $line }번째 줄).
# Variables:
#   $id (String) - the text's identifier
#   $lang (String) - the language code, e.g. ka
packs-missing-message = 문구 { $id }이(가) 언어 { $lang }에 없습니다.
# Variables:
#   $id (String) - the text's identifier
#   $prefix (String) - what every text identifier of this form must start with
packs-outside-namespace = 문구 { $id }은(는) { $prefix }(으)로 시작하지 않습니다. 양식은 Tandem 자체의 문구를 변경할 수 없습니다.
# Variables:
#   $id (String) - the text's identifier
#   $lang (String) - the language code, e.g. ka
packs-markup = 언어 { $lang }의 문구 { $id }에 마크업이 있습니다. 일반 문구만 허용됩니다.
# Variables:
#   $id (String) - the text's identifier
#   $lang (String) - the language code, e.g. ka
packs-function = 언어 { $lang }의 문구 { $id }에 함수 또는 용어가 사용되었습니다. 일반 문구, 변수 및 선택만 허용됩니다.
# Variables:
#   $id (String) - the text's identifier
#   $lang (String) - the language code, e.g. ka
#   $limit (Number) - the longest text accepted, in characters
packs-text-too-long = 언어 { $lang }의 문구 { $id }이(가) { $limit }자보다 깁니다.
# Variables:
#   $limit (Number) - the most texts accepted in one language
packs-too-many = 양식에 한 언어의 문구가 { $limit }개보다 많습니다.
