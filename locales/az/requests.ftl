art29-preservation-title = Saxlanılan kompüter məlumatlarının təcili mühafizəsi barədə sorğu
art31-subscriber-title = Abunəçi haqqında məlumata dair qarşılıqlı hüquqi yardım sorğusu
art31-traffic-title = Saxlanılan trafik məlumatlarına dair qarşılıqlı hüquqi yardım sorğusu
art31-content-title = Saxlanılan məzmun məlumatlarına dair qarşılıqlı hüquqi yardım sorğusu
emergency-disclosure-title = Fövqəladə halda saxlanılan kompüter məlumatlarının açıqlanması barədə sorğu
provider-preservation-title = Məlumatların mühafizəsi barədə xidmət təminatçısına sorğu
provider-disclosure-title = Abunəçi haqqında məlumatın, IP ünvanlarının və sistemə giriş qeydlərinin könüllü açıqlanması barədə xidmət təminatçısına sorğu
