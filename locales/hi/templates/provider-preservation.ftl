# टेम्पलेट provider-preservation: डेटा परिरक्षित करने के लिए सीधे किसी सेवा प्रदाता को भेजा गया अनुरोध। किसी संधि का
# उल्लेख नहीं किया जाता: प्रदाता अपनी नीति और विधि के अनुसार निर्णय करता है; अनुरोध वह घरेलू विधि बताता है जिसके
# अंतर्गत अनुरोधकर्ता प्राधिकारी कार्य करता है।

provider-preservation-legal-basis = अनुरोधकर्ता प्राधिकारी द्वारा अपनी घरेलू विधि के अंतर्गत (खंड 6) सीधे सेवा प्रदाता को किया गया अनुरोध

## 1 से 3: तिथि, संदर्भ, स्थिति

provider-preservation-date = तिथि
provider-preservation-reference = संदर्भ / मामला संख्या
provider-preservation-status = अनुरोध की स्थिति
provider-preservation-status-new = नया अनुरोध
provider-preservation-status-extension = पूर्व परिरक्षण अनुरोध का विस्तार
provider-preservation-status-previous-reference = पूर्व अनुरोध की संदर्भ संख्या (सेवा प्रदाता की, यदि उसने दी हो)
provider-preservation-previous-request-date = पूर्व अनुरोध की तिथि

## 4 संबोधित सेवा प्रदाता

provider-preservation-addressee = संबोधित सेवा प्रदाता
provider-preservation-addressee-name = संबोधित विधिक इकाई
    .hint = वह कंपनी जो सेवा और संबंधित उपयोगकर्ताओं के लिए उत्तरदायी है। गलत विधिक इकाई को भेजे गए अनुरोध प्रायः अस्वीकार कर दिए जाते हैं: ऊपर प्रदाता चुनें, या उसके विधि प्रवर्तन दिशानिर्देशों में नामित इकाई लिखें।
provider-preservation-addressee-service = संबंधित सेवा
    .hint = वह सेवा जिसका डेटा परिरक्षित किया जाना है, जैसा उसके उपयोगकर्ता उसे जानते हैं (उदाहरण के लिए सोशल नेटवर्क, ई-मेल या संदेश सेवा)।
provider-preservation-addressee-country = वह राज्य जिसमें विधिक इकाई स्थापित है
provider-preservation-addressee-address = विधिक आदेशिका की तामील का पता
provider-preservation-addressee-portal = विधि प्रवर्तन अनुरोधों के लिए पोर्टल या वेब फ़ॉर्म
provider-preservation-addressee-email = विधि प्रवर्तन अनुरोधों के लिए ई-मेल

## 5 अनुरोधकर्ता प्राधिकारी

provider-preservation-requesting-authority = अनुरोधकर्ता प्राधिकारी
provider-preservation-requesting-authority-organisation = प्राधिकारी
provider-preservation-requesting-authority-person = अनुरोध का प्रभारी अधिकारी
provider-preservation-requesting-authority-position = पद या श्रेणी
provider-preservation-requesting-authority-address = पता
provider-preservation-requesting-authority-telephone = टेलीफ़ोन नंबर
    .hint = अंतरराष्ट्रीय रूप में, + और देश कोड से आरंभ करते हुए, ताकि सेवा प्रदाता वापस फ़ोन करके जाँच सके कि अनुरोध वास्तविक है।
provider-preservation-requesting-authority-cell-phone = मोबाइल फ़ोन नंबर
provider-preservation-requesting-authority-email = आधिकारिक ई-मेल पता
    .hint = आपके प्राधिकारी के आधिकारिक डोमेन का पता: सेवा प्रदाता निजी या निःशुल्क ई-मेल पतों से भेजे गए अनुरोध अस्वीकार कर सकते हैं।
provider-preservation-requesting-authority-time-zone = समय क्षेत्र
    .hint = आपके कार्यालय का समय क्षेत्र, UTC से अंतर के रूप में। इस अनुरोध का प्रत्येक समय, अन्यथा उल्लिखित न होने पर, इसी समय क्षेत्र में पढ़ा जाता है।

## 6 घरेलू विधिक आधार

provider-preservation-domestic-legal-basis = अनुरोधकर्ता प्राधिकारी की विधि में अनुरोध का विधिक आधार
provider-preservation-domestic-legal-basis-domestic-legal-basis = घरेलू विधि के वे उपबंध जिनके अंतर्गत अनुरोधकर्ता प्राधिकारी कार्य करता है
    .hint = आपकी राष्ट्रीय विधि की वे धाराएँ (उदाहरण के लिए दंड प्रक्रिया संहिता की) जो आपके प्राधिकारी को मामले का अन्वेषण करने और यह अनुरोध करने का अधिकार देती हैं। किसी संधि का उल्लेख न करें और सेवा प्रदाता को उसकी अपनी विधि न बताएँ: वह अपनी नीति और विधि के अनुसार निर्णय करता है कि अनुरोध पर कार्रवाई करे या नहीं।
provider-preservation-domestic-legal-basis-decision = अनुरोध को प्राधिकृत करने वाला निर्णय या आदेश, यदि कोई हो
    .hint = उस निर्णय, आदेश या वारंट का प्राधिकारी, तिथि और संख्या जिसके अंतर्गत अनुरोध किया गया है, जहाँ आपकी विधि ऐसा अपेक्षित करती है।

## 7 अपराध और तथ्य

provider-preservation-offence = अपराध और तथ्यों का संक्षिप्त सारांश
provider-preservation-offence-offences = अन्वेषणाधीन अपराध
    .hint = प्रत्येक अपराध के लिए एक पंक्ति: उसका नाम या संक्षिप्त विवरण, आपकी दंड विधि का वह उपबंध जो उसे परिभाषित करता है, और अधिकतम दंड।
provider-preservation-offence-offences-offence = अपराध
provider-preservation-offence-offences-provision = विधिक उपबंध
provider-preservation-offence-offences-penalty = अधिकतम दंड
provider-preservation-offence-facts = तथ्यों का संक्षिप्त सारांश
    .hint = कुछ वाक्यों में: क्या हुआ, कब और कहाँ, प्रत्येक तिथि और समय उसके समय क्षेत्र सहित। सेवा प्रदाता को डेटा खोजने के लिए जितना आवश्यक है उससे अधिक की आवश्यकता नहीं: किसी संदिग्ध या पीड़ित का नाम केवल आवश्यक होने पर दें।

## 8 परिरक्षित किया जाने वाला डेटा

provider-preservation-data = परिरक्षित किया जाने वाला डेटा
provider-preservation-data-identifiers = परिरक्षित किए जाने वाले खातों या डेटा के पहचानकर्ता
    .hint = प्रत्येक खाता, उपयोगकर्ता नाम, उपयोगकर्ता ID, ई-मेल पता, टेलीफ़ोन नंबर, URL या IP पता ठीक वैसे ही जैसे सेवा उसे दिखाती है। गलत या अपूर्ण पहचानकर्ता अस्वीकृति का एक प्रमुख कारण हैं। IP पते के लिए स्रोत पोर्ट और उपयोग की सटीक तिथि और समय उसके समय क्षेत्र सहित दें। जो अवधि केवल एक पहचानकर्ता से संबंधित है, वह उसी की पंक्ति में लिखी जाती है।
provider-preservation-data-period = परिरक्षित किए जाने वाले डेटा की अवधि
    .hint = वह अवधि जिसे डेटा में शामिल होना चाहिए, जब वह सभी पहचानकर्ताओं के लिए समान हो, दोनों छोर उनके समय क्षेत्र सहित। लंबी अवधियों (90 दिन से अधिक) के अनुरोध प्रायः अत्यधिक व्यापक होने के कारण अस्वीकार कर दिए जाते हैं।
provider-preservation-data-categories = परिरक्षित किए जाने वाले डेटा की श्रेणियाँ
    .hint = केवल वही चिह्नित करें जिसकी अन्वेषण को आवश्यकता है। परिरक्षण डेटा को यथावत रखता है; उसे प्रकट नहीं करता: डेटा खंड 9 में बताई गई विधिक प्रक्रिया द्वारा माँगा जाएगा।
provider-preservation-data-categories-subscriber = अभिदाता सूचना
provider-preservation-data-categories-traffic = ट्रैफ़िक डेटा, जिसमें IP पते और लॉग-इन अभिलेख शामिल हैं
provider-preservation-data-categories-content = सामग्री डेटा
provider-preservation-data-categories-other = अन्य डेटा
provider-preservation-data-categories-other-detail = परिरक्षित किया जाने वाला अन्य डेटा
provider-preservation-data-relationship = डेटा का अन्वेषण से संबंध
    .hint = दर्शाएँ कि ये खाते या यह डेटा अपराध से किस प्रकार जुड़े हैं, उदाहरण के लिए: खाते से 20/11/2026 को 14:03 UTC+04:00 पर धमकी भरे संदेश भेजे गए।

## 9 आगे की विधिक प्रक्रिया

provider-preservation-follow-up = परिरक्षित डेटा का प्रकटन
provider-preservation-follow-up-process = अनुरोधकर्ता प्राधिकारी परिरक्षित डेटा का प्रकटन इसके द्वारा माँगेगा
    .hint = जो आप भेजेंगे उसे चिह्नित करें। परिरक्षण केवल डेटा को सुरक्षित रखता है; उसे प्राप्त करने के लिए प्रकटन का अनुरोध परिरक्षण समाप्त होने से पर्याप्त पहले भेजें, या समय पर विस्तार का अनुरोध करें।
provider-preservation-follow-up-process-mla = उस राज्य को पारस्परिक विधिक सहायता का अनुरोध जिसमें सेवा प्रदाता स्थापित है
provider-preservation-follow-up-process-provider = सेवा प्रदाता से स्वैच्छिक प्रकटन का अनुरोध
provider-preservation-follow-up-process-other = अन्य विधिक प्रक्रिया
provider-preservation-follow-up-process-other-detail = विधिक प्रक्रिया
provider-preservation-follow-up-expected-date = प्रकटन के अनुरोध की अपेक्षित तिथि
    .hint = कोई सेवा प्रदाता डेटा को कितने समय तक परिरक्षित रखता है, यह उसकी नीति पर निर्भर है: ऊपर उसकी प्रोफ़ाइल देखें, और प्रकटन का अनुरोध उस अवधि के भीतर भेजें।

## 10 गोपनीयता

provider-preservation-confidentiality = गोपनीयता
provider-preservation-confidentiality-conditions = अनुरोधित गोपनीयता
    .hint = कुछ सेवा प्रदाता, मना न किए जाने पर, अपने उपयोगकर्ताओं को अनुरोधों के बारे में बता देते हैं, और स्वयं निर्णय करते हैं कि ऐसा करें या नहीं। वह चिह्नित करें जिसकी अन्वेषण को आवश्यकता है और नीचे कारण बताएँ।
provider-preservation-confidentiality-conditions-no-notification = कृपया उपयोगकर्ता या खाताधारक को, या किसी तीसरे पक्ष को, इस अनुरोध की सूचना न दें
provider-preservation-confidentiality-conditions-warn = यदि आपकी नीति के अनुसार उपयोगकर्ता को सूचित करना आवश्यक है, तो कृपया ऐसा करने से पहले अनुरोधकर्ता प्राधिकारी को सूचित करें
provider-preservation-confidentiality-details = गोपनीयता के कारण

## 11 उत्तर

provider-preservation-reply = उत्तर
provider-preservation-reply-acknowledgement = कृपया पुष्टि करें कि डेटा परिरक्षित कर लिया गया है, और इस अनुरोध को आवंटित संदर्भ संख्या तथा वह तिथि बताएँ जिसको परिरक्षण समाप्त होगा
provider-preservation-reply-channel = कृपया उत्तर दें
provider-preservation-reply-channel-email = खंड 5 में दिए गए अनुरोधकर्ता प्राधिकारी के आधिकारिक पते पर ई-मेल द्वारा
provider-preservation-reply-channel-portal = आपके विधि प्रवर्तन पोर्टल के माध्यम से
provider-preservation-reply-channel-other = अन्य माध्यम से
provider-preservation-reply-channel-other-detail = उत्तर का माध्यम
