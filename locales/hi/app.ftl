# Screens of the app.

app-name = Tandem
app-tagline = इलेक्ट्रॉनिक साक्ष्य के लिए सीमा-पार अनुरोध, दो भाषाओं में
app-ui-language = इंटरफ़ेस की भाषा
# Shown beside a language in the language menus when its translation is machine-drafted.
app-machine-translation = मशीनी अनुवाद, अभी समीक्षित नहीं
app-language-search = भाषा खोजें (नाम या कोड)
app-language-none = आपके द्वारा टाइप किए गए पाठ से कोई भाषा मेल नहीं खाती।
app-language-group-latin = लैटिन लिपि
app-language-group-cyrillic = सिरिलिक लिपि
app-language-group-rtl = अरबी और हिब्रू लिपियाँ
app-language-group-other = अन्य लिपियाँ
app-document-languages = दस्तावेज़ की भाषाएँ
app-document-language-a = अनुरोधकर्ता प्राधिकारी की भाषा
app-document-language-b = अनुरोधित राज्य की भाषा
# Shown when the language chosen for one side of the document was the other side's: the two
# change places. A one-language PDF is made with a single-language layout at export.
app-languages-swapped = अनुरोधकर्ता प्राधिकारी की भाषा और अनुरोधित राज्य की भाषा ने आपस में स्थान बदल लिए हैं: दस्तावेज़ की दोनों भाषाएँ सदैव भिन्न होती हैं। एक ही भाषा वाले PDF के लिए यहाँ दो भाषाएँ रखें और निर्यात करते समय एकल-भाषा अभिन्यास चुनें।
app-export-pdf = PDF निर्यात करें
app-export-consultation = परामर्श हेतु मसौदा निर्यात करें
app-exporting = PDF तैयार किया जा रहा है…
# Variables:
#   $reason (String) - what went wrong, as reported by the PDF engine
app-export-failed = PDF नहीं बनाया जा सका: { $reason }
app-export-font-missing = फ़ॉन्ट { $font } अभी इस उपकरण पर नहीं है। यह तब सहेजा जाता है जब इस भाषा में पहली बार इंटरनेट कनेक्शन के साथ PDF बनाया जाता है: एक बार कनेक्ट करें और PDF फिर से बनाएँ।
app-saved = इस ब्राउज़र में सहेजा गया
# Variables:
#   $reason (String) - the browser's reason
app-save-failed = इस ब्राउज़र ने मसौदा सहेजने से इनकार किया ({ $reason })। कुछ भी खोने से बचाने के लिए इसे अभी डाउनलोड करें।
app-download-draft = मसौदा डाउनलोड करें
app-privacy = सब कुछ इसी ब्राउज़र में रहता है: आप जो भी टाइप करते हैं, वह कहीं नहीं भेजा जाता।
app-request-type = अनुरोध का प्रकार
app-template-loading = इस प्रकार का अनुरोध लोड हो रहा है…
app-template-failed = इस प्रकार का अनुरोध लोड नहीं हो सका। कनेक्शन जाँचें और फिर से प्रयास करें: कुछ भी नहीं खोया।
app-load-failed = Tandem का यह भाग लोड नहीं हो सका। कनेक्शन जाँचें और फिर से प्रयास करें: कुछ भी नहीं खोया।
app-choose = चुनें…
app-required = अनिवार्य
app-errors-heading = एक समस्या है
# Variables:
#   $done (Number) - required items answered
#   $total (Number) - required items in the template
#   $translate (Number) - answers whose wording in the other document language is still missing
app-completeness = { $translate ->
    [0] { $total } में से { $done } अनिवार्य प्रविष्टियाँ पूर्ण
    [one] { $total } में से { $done } अनिवार्य प्रविष्टियाँ पूर्ण · अनुवाद हेतु { $translate } उत्तर
   *[other] { $total } में से { $done } अनिवार्य प्रविष्टियाँ पूर्ण · अनुवाद हेतु { $translate } उत्तर
}

# Repeatable rows and identifiers.
app-add-row = पंक्ति जोड़ें
app-remove-row = हटाएँ
app-move-up = ऊपर ले जाएँ
app-move-down = नीचे ले जाएँ
# Variables:
#   $number (String) - the row's number, e.g. 10.2
app-row = पंक्ति { $number }
app-add-identifier = पहचानकर्ता जोड़ें
identifier-type = पहचानकर्ता का प्रकार
identifier-type-ip = IP पता
identifier-type-email = ई-मेल पता
identifier-type-phone = टेलीफ़ोन नंबर
identifier-type-account = खाता या उपयोगकर्ता ID
identifier-type-username = उपयोगकर्ता नाम
identifier-type-url = URL
identifier-type-domain = डोमेन नाम
identifier-type-device = उपकरण पहचानकर्ता (IMEI, MAC पता, क्रम संख्या)
identifier-value = पहचानकर्ता
identifier-port = स्रोत पोर्ट
identifier-at = उपयोग की तिथि और समय
identifier-from = डेटा किस समय से
identifier-to = डेटा किस समय तक
app-date = तिथि
app-time = समय
app-time-zone = समय क्षेत्र
app-choose-time-zone = समय क्षेत्र चुनें…
# Variables:
#   $zone (String) - the office's UTC offset, e.g. UTC+04:00
app-time-zone-office = { $zone } — अनुरोधकर्ता प्राधिकारी का समय क्षेत्र
app-currency = मुद्रा
app-utc-equivalent = UTC के समतुल्य
app-translation = दस्तावेज़ की दूसरी भाषा में पाठ

# Validation messages, shown at the field and in the summary.
validation-required = इस प्रश्न का उत्तर दें।
validation-choose-one = विकल्पों में से एक चुनें।
validation-exclusive = "उपर्युक्त में से कोई नहीं" को किसी अन्य विकल्प के साथ नहीं चुना जा सकता।
validation-email = name@example.org जैसा ई-मेल पता दर्ज करें।
validation-phone = नंबर अंतरराष्ट्रीय रूप में दर्ज करें, + और देश कोड से आरंभ करते हुए, जैसे +995 32 200 00 00।
validation-url = https:// या http:// से आरंभ होने वाला पूरा वेब पता दर्ज करें।
validation-domain = example.org जैसा डोमेन नाम दर्ज करें।
validation-ip = 192.0.2.10 जैसा IPv4 पता या 2001:db8::1 जैसा IPv6 पता दर्ज करें।
validation-port = 1 से 65535 तक की पोर्ट संख्या दर्ज करें।
validation-ip-port-missing = स्रोत पोर्ट बताएँ: साझा पतों के पीछे प्रदाता संभवतः इसके बिना अभिदाता की पहचान न कर पाए।
validation-ip-time-missing = वह सटीक तिथि और समय, उसके समय क्षेत्र सहित, बताएँ जिस पर IP पते का उपयोग किया गया।
validation-date = तिथि वर्ष-माह-दिन के रूप में दर्ज करें, उदाहरण के लिए 2026-11-22।
validation-date-time = तिथि और समय दर्ज करें।
validation-time-zone-missing = इस समय का समय क्षेत्र चुनें।
validation-time-zone = समय क्षेत्र चुनें।
validation-country = सूची में से एक देश चुनें।
validation-amount = राशि अंकों में दर्ज करें, पैसे/सेंट से पहले पूर्ण विराम (बिंदु) लगाकर, उदाहरण के लिए 4500 या 4500.50।
validation-currency = राशि की मुद्रा चुनें।
validation-identifier-type = चुनें कि यह किस प्रकार का पहचानकर्ता है।
validation-identifier-missing = मांगे गए डेटा का कम से कम एक पहचानकर्ता जोड़ें।
validation-range-open = समय-सीमा का आरंभ और अंत दोनों बताएँ।
validation-range-order = समय-सीमा का अंत उसके आरंभ से पहले है।
validation-dates-order = यह तिथि उस तिथि से पहले की है जिसके बाद इसे आना चाहिए।
validation-us-damage-threshold = संयुक्त राज्य अमेरिका सामान्यतः USD 5,000 से कम की क्षति से संबंधित अनुरोध अस्वीकार करता है: विचार करें कि क्या यह अनुरोध वहाँ निष्पादित किया जा सकता है।
validation-period-long = यह अवधि इस प्रकार के अनुरोधों में सामान्यतः उचित ठहराई जाने वाली अवधि से लंबी है: केवल वही अवधि मांगें जिसकी अन्वेषण को आवश्यकता है, या अनुरोध में इसका कारण स्पष्ट करें।
validation-recommended = अनुशंसित: इसके बिना अनुरोध प्रायः अस्वीकार कर दिए जाते हैं या लौटा दिए जाते हैं।
validation-answers-differ = यह उत्तर अनुरोध में पहले दी गई उसी जानकारी से भिन्न है।
validation-untranslated = इस उत्तर का पाठ दस्तावेज़ की दूसरी भाषा में दें, या "दोनों भाषाओं में समान" अथवा "बिना अनुवाद के छोड़ें" पर सही का चिह्न लगाएँ।
validation-answers-contradict = यह उत्तर अनुरोध की स्थिति के विपरीत है: परिरक्षण अनुरोध पर अनुवर्ती अनुरोध का अर्थ है कि परिरक्षण मांगा गया था।
app-layout = PDF का अभिन्यास
app-layout-side-by-side = दस्तावेज़ की दोनों भाषाएँ साथ-साथ
app-layout-target-only = केवल अनुरोधित राज्य की भाषा
app-layout-single = केवल अनुरोधकर्ता प्राधिकारी की भाषा
