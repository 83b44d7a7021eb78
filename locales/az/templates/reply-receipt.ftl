# Template reply-receipt: confirmation of receipt of a request received (T-CY Rec 9).

reply-receipt-legal-basis = 3-cü bölmədə göstərilən sorğunun alındığının təsdiqi

## 1 to 4: common to every answer

reply-receipt-date = Tarix
reply-receipt-reference = Bizim istinad nömrəmiz
    .hint = Orqanınızın sorğuya baxdığı nömrə: sorğu edən orqan sonrakı yazışmalarda ona istinad edə bilsin deyə.
reply-receipt-request = Cavab verilən sorğu
reply-receipt-request-reference = Sorğunun istinad nömrəsi
reply-receipt-request-date = Sorğunun tarixi
reply-receipt-request-authority = Sorğu edən orqan
reply-receipt-request-fingerprint = Sorğunun yoxlama kodu
    .hint = Sorğunun hər səhifəsinin aşağısında çap olunmuş yoxlama kodu. Daxil olmuş sorğudan doldurulur: o, sorğu edən orqana bu cavabın onun sorğusunun dəqiq hansı redaksiyasına verildiyini göstərir.
reply-receipt-responding-authority = Cavab verən orqan
reply-receipt-responding-authority-organisation = Orqan
reply-receipt-responding-authority-person = Sorğuya baxan vəzifəli şəxs
reply-receipt-responding-authority-position = Vəzifəsi və ya rütbəsi
reply-receipt-responding-authority-telephone = Telefon nömrəsi
reply-receipt-responding-authority-email = Elektron poçt ünvanı

## 5 to 7

reply-receipt-received-date = Sorğunun alındığı tarix
reply-receipt-forwarded = İcra üçün göndərildiyi orqan
    .hint = Sorğu icra üçün başqa orqana verilibsə, həmin orqan; sorğunu öz orqanınız icra edirsə, boş saxlayın.
reply-receipt-remarks = Qeydlər
