# Template reply-clarification: request for clarification of a request received.

reply-clarification-legal-basis = 3-cü bölmədə göstərilən sorğu ilə bağlı izahat verilməsi barədə sorğu

## 1 to 4: common to every answer

reply-clarification-date = Tarix
reply-clarification-reference = Bizim istinad nömrəmiz
    .hint = Orqanınızın sorğuya baxdığı nömrə: sorğu edən orqan sonrakı yazışmalarda ona istinad edə bilsin deyə.
reply-clarification-request = Cavab verilən sorğu
reply-clarification-request-reference = Sorğunun istinad nömrəsi
reply-clarification-request-date = Sorğunun tarixi
reply-clarification-request-authority = Sorğu edən orqan
reply-clarification-request-fingerprint = Sorğunun yoxlama kodu
    .hint = Sorğunun hər səhifəsinin aşağısında çap olunmuş yoxlama kodu. Daxil olmuş sorğudan doldurulur: o, sorğu edən orqana bu cavabın onun sorğusunun dəqiq hansı redaksiyasına verildiyini göstərir.
reply-clarification-responding-authority = Cavab verən orqan
reply-clarification-responding-authority-organisation = Orqan
reply-clarification-responding-authority-person = Sorğuya baxan vəzifəli şəxs
reply-clarification-responding-authority-position = Vəzifəsi və ya rütbəsi
reply-clarification-responding-authority-telephone = Telefon nömrəsi
reply-clarification-responding-authority-email = Elektron poçt ünvanı

## 5 Clarification requested

reply-clarification-clarification = Xahiş olunan izahat
reply-clarification-clarification-fields = Sorğunun izahat tələb edən sahələri
    .hint = Sorğunun aydın olmayan və ya natamam olan hər nömrələnmiş sahəsi üçün bir sətir: onun sorğuda çap olunmuş nömrəsi və nəyin lazım olduğu.
reply-clarification-clarification-fields-field = Sahənin nömrəsi
reply-clarification-clarification-fields-question = Nə aydın deyil və ya nə çatışmır
reply-clarification-clarification-by = Xahiş edirik, bu tarixədək cavab verəsiniz
    .hint = İstəyə bağlı. Mühafizə barədə sorğu üçün: məlumatların saxlanılmağa davam etməsi üçün cavabın lazım olduğu tarix.
