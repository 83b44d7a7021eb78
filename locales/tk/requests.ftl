# The title of each request type, shown on the home screen and in the drafts list; every other
# message of a request type is in templates/<request type>.ftl, loaded when such a request is open.

art29-preservation-title = Saklanýan kompýuter maglumatlaryny gyssagly gorap saklamak barada haýyş
art31-subscriber-title = Abonent baradaky maglumatlary almak üçin özara hukuk kömegi barada haýyş
art31-traffic-title = Saklanýan trafik baradaky maglumatlary almak üçin özara hukuk kömegi barada haýyş
art31-content-title = Saklanýan mazmun baradaky maglumatlary almak üçin özara hukuk kömegi barada haýyş
emergency-disclosure-title = Adatdan daşary ýagdaýda saklanýan kompýuter maglumatlaryny açyp bermek barada haýyş
provider-preservation-title = Maglumatlary gorap saklamak barada hyzmat üpjünçisine haýyş
provider-disclosure-title = Abonent baradaky maglumatlary, IP salgylaryny we ulgama giriş ýazgylaryny meýletin açyp bermek barada hyzmat üpjünçisine haýyş
reply-receipt-title = Haýyşyň alnandygyny tassyklamak
reply-preserved-title = Gorap saklamagy tassyklamak
reply-action-title = Görlen çäreler barada habarnama
reply-clarification-title = Düşündiriş bermek barada haýyş
reply-refusal-title = Haýyşy ýerine ýetirip bolmaýandygy barada habarnama
