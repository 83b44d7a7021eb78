# Template reply-action: notice of action taken on a request received (T-CY Rec 9).

reply-action-legal-basis = 3-cü bölmədə göstərilən sorğu üzrə görülmüş tədbirlər barədə bildiriş

## 1 to 4: common to every answer

reply-action-date = Tarix
reply-action-reference = Bizim istinad nömrəmiz
    .hint = Orqanınızın sorğuya baxdığı nömrə: sorğu edən orqan sonrakı yazışmalarda ona istinad edə bilsin deyə.
reply-action-request = Cavab verilən sorğu
reply-action-request-reference = Sorğunun istinad nömrəsi
reply-action-request-date = Sorğunun tarixi
reply-action-request-authority = Sorğu edən orqan
reply-action-request-fingerprint = Sorğunun yoxlama kodu
    .hint = Sorğunun hər səhifəsinin aşağısında çap olunmuş yoxlama kodu. Daxil olmuş sorğudan doldurulur: o, sorğu edən orqana bu cavabın onun sorğusunun dəqiq hansı redaksiyasına verildiyini göstərir.
reply-action-responding-authority = Cavab verən orqan
reply-action-responding-authority-organisation = Orqan
reply-action-responding-authority-person = Sorğuya baxan vəzifəli şəxs
reply-action-responding-authority-position = Vəzifəsi və ya rütbəsi
reply-action-responding-authority-telephone = Telefon nömrəsi
reply-action-responding-authority-email = Elektron poçt ünvanı

## 5 Action taken

reply-action-action = Görülmüş tədbirlər
reply-action-action-taken = Sorğu üzrə görülmüş tədbirlər
    .hint = İndiyədək nə edildiyi, məsələn: məlumatlar xidmət təminatçısından alınıb və bu bildirişlə birlikdə göndərilir, yaxud sorğu qərar çıxarılması üçün məhkəməyə verilib.
reply-action-action-date = Tədbirlərin görüldüyü tarix
reply-action-action-next = Gözlənilən növbəti tədbirlər
