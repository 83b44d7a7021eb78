# Template reply-preserved: confirmation that a preservation request was executed.

reply-preserved-legal-basis = 3-cü bölmədə göstərilən sorğuda xahiş olunan mühafizənin təsdiqi

## 1 to 4: common to every answer

reply-preserved-date = Tarix
reply-preserved-reference = Bizim istinad nömrəmiz
    .hint = Orqanınızın sorğuya baxdığı nömrə: sorğu edən orqan sonrakı yazışmalarda ona istinad edə bilsin deyə.
reply-preserved-request = Cavab verilən sorğu
reply-preserved-request-reference = Sorğunun istinad nömrəsi
reply-preserved-request-date = Sorğunun tarixi
reply-preserved-request-authority = Sorğu edən orqan
reply-preserved-request-fingerprint = Sorğunun yoxlama kodu
    .hint = Sorğunun hər səhifəsinin aşağısında çap olunmuş yoxlama kodu. Daxil olmuş sorğudan doldurulur: o, sorğu edən orqana bu cavabın onun sorğusunun dəqiq hansı redaksiyasına verildiyini göstərir.
reply-preserved-responding-authority = Cavab verən orqan
reply-preserved-responding-authority-organisation = Orqan
reply-preserved-responding-authority-person = Sorğuya baxan vəzifəli şəxs
reply-preserved-responding-authority-position = Vəzifəsi və ya rütbəsi
reply-preserved-responding-authority-telephone = Telefon nömrəsi
reply-preserved-responding-authority-email = Elektron poçt ünvanı

## 5 Preservation

reply-preserved-preservation = Mühafizə
reply-preserved-preservation-preserved-on = Məlumatların mühafizəyə götürüldüyü tarix
reply-preserved-preservation-ends-on = Məlumatların mühafizə olunacağı son gün
    .hint = Mühafizə müddəti uzadılmazsa və ya bu tarixədək məlumatların açıqlanması barədə sorğu daxil olmazsa, məlumatların saxlanılacağı son gün.
reply-preserved-preservation-scope = Mühafizə olunan məlumatlar
reply-preserved-preservation-scope-all = Xahiş olunan bütün məlumatlar
reply-preserved-preservation-scope-part = Xahiş olunan məlumatların bir hissəsi
reply-preserved-preservation-scope-part-detail = Mühafizə olunan məlumatlar, habelə səbəbi göstərilməklə mühafizə olunmayan məlumatlar
reply-preserved-preservation-holder = Məlumatları saxlayan
reply-preserved-remarks = Qeydlər
