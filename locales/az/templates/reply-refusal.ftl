# Template reply-refusal: notice that a request received cannot be executed, with its reasons.

reply-refusal-legal-basis = 3-cü bölmədə göstərilən sorğunun icra edilməsinin mümkün olmaması barədə bildiriş

## 1 to 4: common to every answer

reply-refusal-date = Tarix
reply-refusal-reference = Bizim istinad nömrəmiz
    .hint = Orqanınızın sorğuya baxdığı nömrə: sorğu edən orqan sonrakı yazışmalarda ona istinad edə bilsin deyə.
reply-refusal-request = Cavab verilən sorğu
reply-refusal-request-reference = Sorğunun istinad nömrəsi
reply-refusal-request-date = Sorğunun tarixi
reply-refusal-request-authority = Sorğu edən orqan
reply-refusal-request-fingerprint = Sorğunun yoxlama kodu
    .hint = Sorğunun hər səhifəsinin aşağısında çap olunmuş yoxlama kodu. Daxil olmuş sorğudan doldurulur: o, sorğu edən orqana bu cavabın onun sorğusunun dəqiq hansı redaksiyasına verildiyini göstərir.
reply-refusal-responding-authority = Cavab verən orqan
reply-refusal-responding-authority-organisation = Orqan
reply-refusal-responding-authority-person = Sorğuya baxan vəzifəli şəxs
reply-refusal-responding-authority-position = Vəzifəsi və ya rütbəsi
reply-refusal-responding-authority-telephone = Telefon nömrəsi
reply-refusal-responding-authority-email = Elektron poçt ünvanı

## 5 and 6: reasons, and what would allow execution

reply-refusal-reasons = Səbəblər
reply-refusal-reasons-reasons = Sorğu icra edilə bilməz, çünki
reply-refusal-reasons-reasons-incomplete = sorğu natamamdır
reply-refusal-reasons-reasons-wrong-addressee = o, aidiyyəti olmayan orqana və ya hüquqi şəxsə göndərilib
reply-refusal-reasons-reasons-identification = verilmiş məlumat istifadəçini və ya məlumatları müəyyən etmək üçün kifayət deyil
reply-refusal-reasons-reasons-not-held = məlumatlar mövcud deyil
reply-refusal-reasons-reasons-retention-expired = məlumatlar artıq saxlanılmır
reply-refusal-reasons-reasons-legal-obstacle = icraya hüquqi maneə var
reply-refusal-reasons-reasons-dual-criminality = ikili cinayətkarlıq şərti ödənilmir
reply-refusal-reasons-reasons-other = digər səbəb
reply-refusal-reasons-reasons-other-detail = Digər səbəb
reply-refusal-reasons-explanation = İzah
    .hint = İstəyə bağlı. Qeyd edilmiş səbəblərin əsasında duran faktlar, sorğu edən orqanın onlara əsasən tədbir görə biləcəyi şəkildə.
reply-refusal-next = Sorğunun icrasına nə imkan verərdi
    .hint = İstəyə bağlı. Məsələn: çatışmayan məlumat, səlahiyyətli orqan və ya hüquqi şəxs, yaxud istifadə edilməli olan hüquqi prosedur.
