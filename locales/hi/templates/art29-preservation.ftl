# Template art29-preservation: request for expedited preservation of stored computer data
# (Convention on Cybercrime, Articles 29 and 30). Sections 1 to 7 follow T-CY(2018)11, sections
# 8 and 9 T-CY(2018)10, sections 10 to 14 the elements of Article 29, paragraph 2.b to f.

art29-preservation-legal-basis = { $basis ->
        [budapest] साइबर अपराध पर कन्वेंशन (ETS सं. 185) के अनुच्छेद 29 और 30
       *[other] { basis-legal-basis }
    }

## 1 to 3: date, reference, status

art29-preservation-date = तिथि
art29-preservation-reference = संदर्भ / मामला संख्या
art29-preservation-status = अनुरोध की स्थिति
art29-preservation-status-new = नया अनुरोध
art29-preservation-status-extension = पूर्व अनुरोध का विस्तार
art29-preservation-status-previous-reference = पूर्व अनुरोध की टिकट या संदर्भ संख्या
art29-preservation-previous-request-date = पूर्व अनुरोध की तिथि
art29-preservation-executed-date = वह तिथि जिसको अनुरोधित पक्षकार ने परिरक्षण निष्पादित किया
    .hint = आपकी अपनी टिप्पणी, जो अनुरोध में कभी मुद्रित नहीं होती: वह तिथि जिसकी पुष्टि अनुरोधित पक्षकार या सेवा प्रदाता ने की, ज्ञात होने पर। ऐप में और अनुस्मारक में दिखाई गई परिरक्षण अवधि इसी तिथि से गिनी जाती है।

## 4 Requested authority

art29-preservation-requested-authority = अनुरोधित प्राधिकारी
art29-preservation-requested-authority-type = अनुरोध किसे संबोधित है
art29-preservation-requested-authority-type-point-of-contact = { $basis ->
        [budapest] 24/7 संपर्क केंद्र (अनुच्छेद 35)
       *[other] 24/7 संपर्क केंद्र
    }
art29-preservation-requested-authority-type-competent-authority = अन्य सक्षम प्राधिकारी
art29-preservation-requested-authority-authority = प्राधिकारी का नाम
    .hint = { $basis ->
            [budapest] अनुरोधित राज्य का 24/7 संपर्क केंद्र या सक्षम प्राधिकारी, जैसा कि यूरोप परिषद की निर्देशिका में या उस राज्य की घोषणाओं में नामित है।
           *[other] अनुरोधित राज्य का 24/7 संपर्क केंद्र या सक्षम प्राधिकारी, जैसा कि चुने गए लिखत के अंतर्गत उस राज्य की घोषणाओं में नामित है।
        }
art29-preservation-requested-authority-country = अनुरोधित राज्य
    .hint = वह पक्षकार जिससे डेटा परिरक्षित करने का अनुरोध किया गया है: सामान्यतः वह राज्य जहाँ कंप्यूटर प्रणाली या सेवा प्रदाता स्थित है।

## 5 Requesting authority

art29-preservation-requesting-authority = अनुरोधकर्ता प्राधिकारी
art29-preservation-requesting-authority-organisation = संगठन
art29-preservation-requesting-authority-person = अनुरोध का प्रभारी व्यक्ति
art29-preservation-requesting-authority-address = पता
art29-preservation-requesting-authority-telephone = टेलीफ़ोन नंबर
    .hint = अंतरराष्ट्रीय रूप में, + और देश कोड से आरंभ करते हुए। तत्काल प्रश्नों के लिए ऐसा नंबर दें जिसका उत्तर कार्यालय समय के बाहर भी दिया जाता हो।
art29-preservation-requesting-authority-cell-phone = मोबाइल फ़ोन नंबर
art29-preservation-requesting-authority-email = ई-मेल
art29-preservation-requesting-authority-fax = फ़ैक्स नंबर
art29-preservation-requesting-authority-office-hours = कार्यालय समय
    .hint = नीचे दिए गए समय क्षेत्र में आपके कार्य-दिवस और कार्य-समय, उदाहरण के लिए: सोमवार से शुक्रवार, 09:00–18:00।
art29-preservation-requesting-authority-time-zone = समय क्षेत्र
    .hint = आपके कार्यालय का समय क्षेत्र, UTC से अंतर के रूप में। इस अनुरोध का प्रत्येक समय, अन्यथा उल्लिखित न होने पर, इसी समय क्षेत्र में पढ़ा जाता है।
art29-preservation-requesting-authority-response = उत्तर का पसंदीदा माध्यम
art29-preservation-requesting-authority-response-expedited = ई-मेल या अन्य शीघ्र माध्यम से उत्तर को प्राथमिकता
art29-preservation-requesting-authority-response-means = उत्तर इस माध्यम से अपेक्षित:
art29-preservation-requesting-authority-response-means-detail = उत्तर का माध्यम

## 6 Backup contact

art29-preservation-backup-contact = यदि अनुरोधकर्ता प्राधिकारी से अतिरिक्त पुष्टि की आवश्यकता हो, तो कृपया संपर्क करें
art29-preservation-backup-contact-name = नाम
art29-preservation-backup-contact-job-title = पदनाम
art29-preservation-backup-contact-function = कार्य
art29-preservation-backup-contact-telephone = टेलीफ़ोन नंबर
art29-preservation-backup-contact-cell-phone = मोबाइल फ़ोन नंबर
art29-preservation-backup-contact-email = ई-मेल

## 7 Investigative or operational authority

art29-preservation-investigative-authority = मामले का प्रभारी अन्वेषण या परिचालन प्राधिकारी
art29-preservation-investigative-authority-different = अन्वेषण या परिचालन प्राधिकारी अनुरोधकर्ता प्राधिकारी से भिन्न है
art29-preservation-investigative-authority-organisation = संगठन
art29-preservation-investigative-authority-person = मामले का प्रभारी व्यक्ति
art29-preservation-investigative-authority-address = पता
art29-preservation-investigative-authority-telephone = टेलीफ़ोन नंबर
art29-preservation-investigative-authority-cell-phone = मोबाइल फ़ोन नंबर
art29-preservation-investigative-authority-email = ई-मेल
art29-preservation-investigative-authority-fax = फ़ैक्स नंबर

## 8 Prosecution office or court

art29-preservation-prosecution = प्रभारी अभियोजन कार्यालय या न्यायालय, यदि लागू हो
art29-preservation-prosecution-office = प्रभारी अभियोजन कार्यालय
art29-preservation-prosecution-office-case = अभियोजन कार्यालय में मामला संख्या
art29-preservation-prosecution-court = प्रभारी न्यायालय
art29-preservation-prosecution-court-case = न्यायालय में मामला संख्या

## 9 Domestic legal basis

art29-preservation-domestic-legal-basis = अनुरोध का घरेलू विधिक आधार, यदि लागू हो
    .hint = आपकी राष्ट्रीय विधि के वे उपबंध जिनके अंतर्गत मामले का अन्वेषण किया जा रहा है और यह परिरक्षण अनुरोधित है, उदाहरण के लिए दंड प्रक्रिया संहिता की धाराएँ।

## 10 Offence and facts: Article 29, paragraph 2.b

art29-preservation-offence = { $basis ->
        [budapest] अपराध और तथ्यों का संक्षिप्त सारांश (अनुच्छेद 29, पैरा 2.b)
       *[other] अपराध और तथ्यों का संक्षिप्त सारांश
    }
art29-preservation-offence-offences = वे अपराध जो आपराधिक अन्वेषण या कार्यवाही की विषय-वस्तु हैं
    .hint = प्रत्येक अपराध के लिए एक पंक्ति: उसका नाम या संक्षिप्त विवरण, आपकी दंड विधि का वह उपबंध जो उसे परिभाषित करता है, और अधिकतम दंड।
art29-preservation-offence-offences-offence = अपराध
art29-preservation-offence-offences-provision = विधिक उपबंध
art29-preservation-offence-offences-penalty = अधिकतम दंड
art29-preservation-offence-facts = तथ्यों का संक्षिप्त सारांश
    .hint = कुछ वाक्यों में: क्या हुआ, कब और कहाँ; इतना कि अनुरोधित प्राधिकारी अनुरोध को समझ सके, उससे अधिक नहीं। प्रत्येक तिथि और समय उसके समय क्षेत्र सहित दें। 24/7 संपर्क केंद्र प्रायः यह अनुरोध सेवा प्रदाता को अग्रेषित करते हैं: किसी संदिग्ध या पीड़ित का नाम केवल तभी दें जब अनुरोधित प्राधिकारी को डेटा खोजने के लिए उस नाम की आवश्यकता हो।
art29-preservation-offence-convention-offence = यह अपराध साइबर अपराध पर कन्वेंशन के अनुच्छेद 2 से 11 के अनुसार स्थापित किसी अपराध के अनुरूप है
    .hint = दोहरी आपराधिकता परिरक्षण की शर्त नहीं है (अनुच्छेद 29, पैरा 3), सिवाय उस स्थिति के जब अनुरोधित पक्षकार ने अनुच्छेद 2 से 11 के अपराधों से भिन्न अपराधों के लिए इसकी अपेक्षा करने का अधिकार आरक्षित किया हो (अनुच्छेद 29, पैरा 4)। यदि अपराध उनमें से एक है, तो चिह्नित करें और संबंधित अनुच्छेदों का नाम दें। केवल चिह्नित होने पर मुद्रित होता है।
art29-preservation-offence-convention-articles = कन्वेंशन के संगत अनुच्छेद
art29-preservation-offence-convention-articles-art2 = अनुच्छेद 2: अवैध पहुँच
art29-preservation-offence-convention-articles-art3 = अनुच्छेद 3: अवैध अंतरावरोधन
art29-preservation-offence-convention-articles-art4 = अनुच्छेद 4: डेटा में हस्तक्षेप
art29-preservation-offence-convention-articles-art5 = अनुच्छेद 5: प्रणाली में हस्तक्षेप
art29-preservation-offence-convention-articles-art6 = अनुच्छेद 6: उपकरणों का दुरुपयोग
art29-preservation-offence-convention-articles-art7 = अनुच्छेद 7: कंप्यूटर से संबंधित कूटरचना
art29-preservation-offence-convention-articles-art8 = अनुच्छेद 8: कंप्यूटर से संबंधित कपट
art29-preservation-offence-convention-articles-art9 = अनुच्छेद 9: बाल अश्लील सामग्री से संबंधित अपराध
art29-preservation-offence-convention-articles-art10 = अनुच्छेद 10: प्रतिलिप्यधिकार और संबंधित अधिकारों के उल्लंघन से संबंधित अपराध
art29-preservation-offence-convention-articles-art11 = अनुच्छेद 11: प्रयत्न और सहायता या दुष्प्रेरण

## 11 Data to be preserved: Article 29, paragraph 2.c

art29-preservation-data = { $basis ->
        [budapest] परिरक्षित किया जाने वाला संग्रहीत कंप्यूटर डेटा (अनुच्छेद 29, पैरा 2.c)
       *[other] परिरक्षित किया जाने वाला संग्रहीत कंप्यूटर डेटा
    }
art29-preservation-data-identifiers = परिरक्षित किए जाने वाले डेटा के पहचानकर्ता
    .hint = प्रत्येक खाता, उपयोगकर्ता नाम, ई-मेल पता, टेलीफ़ोन नंबर, URL, डोमेन, उपकरण या IP पता जिसका डेटा परिरक्षित किया जाना है। IP पते के लिए स्रोत पोर्ट और उपयोग की सटीक तिथि और समय उसके समय क्षेत्र सहित दें: साझा पते के पीछे प्रदाता इनके बिना उपयोगकर्ता को नहीं खोज सकता। जो अवधि केवल एक पहचानकर्ता से संबंधित है, वह उसी की पंक्ति में लिखी जाती है।
art29-preservation-data-period = परिरक्षित किए जाने वाले डेटा की अवधि
    .hint = वह अवधि जिसे डेटा में शामिल होना चाहिए, जब वह सभी पहचानकर्ताओं के लिए समान हो। दोनों छोर उनके समय क्षेत्र सहित दें। केवल वही अवधि मांगें जिसकी अन्वेषण को आवश्यकता है: लंबी अवधियों (90 दिन से अधिक) के अनुरोध प्रायः अत्यधिक व्यापक होने के कारण अस्वीकार कर दिए जाते हैं।
art29-preservation-data-categories = परिरक्षित किए जाने वाले डेटा की श्रेणियाँ
    .hint = { $basis ->
            [budapest] केवल वही चिह्नित करें जिसकी अन्वेषण को आवश्यकता है। अभिदाता सूचना: अभिदाता की पहचान, पता और उपयोग की गई सेवा (अनुच्छेद 18, पैरा 3)। ट्रैफ़िक डेटा: संचारों का उद्गम, गंतव्य, मार्ग, समय, तिथि, आकार और अवधि, या अंतर्निहित सेवा का प्रकार (अनुच्छेद 1.d)। सामग्री डेटा: स्वयं संचार।
           *[other] केवल वही चिह्नित करें जिसकी अन्वेषण को आवश्यकता है। अभिदाता सूचना: अभिदाता की पहचान, पता और उपयोग की गई सेवा। ट्रैफ़िक डेटा: संचारों का उद्गम, गंतव्य, मार्ग, समय, तिथि, आकार और अवधि, या अंतर्निहित सेवा का प्रकार। सामग्री डेटा: स्वयं संचार।
        }
art29-preservation-data-categories-subscriber = अभिदाता सूचना
art29-preservation-data-categories-traffic = ट्रैफ़िक डेटा
art29-preservation-data-categories-content = सामग्री डेटा
art29-preservation-data-categories-other = अन्य डेटा
art29-preservation-data-categories-other-detail = परिरक्षित किया जाने वाला अन्य डेटा
art29-preservation-data-relationship = डेटा का अपराध से संबंध
    .hint = दर्शाएँ कि यह डेटा अपराध से किस प्रकार जुड़ा है, उदाहरण के लिए: खाते से 20/11/2026 को 14:03 UTC+04:00 पर धमकी भरे संदेश भेजे गए, या IP पते का उपयोग पीड़ित के सर्वर में लॉग इन करने के लिए किया गया।

## 12 Custodian and location: Article 29, paragraph 2.d

art29-preservation-custodian = { $basis ->
        [budapest] डेटा का अभिरक्षक और कंप्यूटर प्रणाली का स्थान (अनुच्छेद 29, पैरा 2.d)
       *[other] डेटा का अभिरक्षक और कंप्यूटर प्रणाली का स्थान
    }
art29-preservation-custodian-provider = सेवा प्रदाता या डेटा का अन्य अभिरक्षक
    .hint = डेटा धारण करने वाली कंपनी या व्यक्ति का नाम, जहाँ तक ज्ञात हो। यदि ज्ञात नहीं है, तो यह उल्लेख करें।
art29-preservation-custodian-contact = अभिरक्षक का पता या वेबसाइट
art29-preservation-custodian-location = कंप्यूटर प्रणाली का स्थान
    .hint = डेटा धारण करने वाली कंप्यूटर प्रणाली कहाँ है, जहाँ तक ज्ञात हो: देश, शहर, होस्टिंग प्रदाता या डेटा केंद्र।

## 13 Necessity: Article 29, paragraph 2.e

art29-preservation-necessity = { $basis ->
        [budapest] परिरक्षण की आवश्यकता (अनुच्छेद 29, पैरा 2.e)
       *[other] परिरक्षण की आवश्यकता
    }
art29-preservation-necessity-reasons = शीघ्र परिरक्षण के कारण
art29-preservation-necessity-reasons-deletion = डेटा हटाया, परिवर्तित या नष्ट हो सकता है
art29-preservation-necessity-reasons-retention = सेवा प्रदाता ऐसा डेटा केवल थोड़े समय के लिए रखता है
art29-preservation-necessity-reasons-notice = संदिग्ध को अन्वेषण की जानकारी मिल सकती है और वह डेटा हटा सकता है
art29-preservation-necessity-reasons-other = अन्य
art29-preservation-necessity-reasons-other-detail = अन्य कारण
art29-preservation-necessity-explanation = स्पष्टीकरण
    .hint = वैकल्पिक: तात्कालिकता को ठोस रूप से क्या दर्शाता है, उदाहरण के लिए प्रदाता की ज्ञात प्रतिधारण अवधि या वह तिथि जिसके बाद डेटा हटा दिया जाएगा।

## 14 Request for mutual assistance to follow: Article 29, paragraph 2.f

art29-preservation-mla = { $basis ->
        [budapest] पारस्परिक सहायता हेतु आगामी अनुरोध (अनुच्छेद 29, पैरा 2.f)
       *[other] पारस्परिक सहायता हेतु आगामी अनुरोध
    }
art29-preservation-mla-intent = अनुरोधकर्ता पक्षकार संग्रहीत कंप्यूटर डेटा की तलाशी या उस तक समान पहुँच, अभिग्रहण या समान रूप से सुरक्षित करने, या प्रकटन के लिए पारस्परिक सहायता का अनुरोध प्रस्तुत करने का आशय रखता है।
art29-preservation-mla-expected-date = पारस्परिक सहायता हेतु अनुरोध की अपेक्षित तिथि
    .hint = { $basis ->
            [budapest] कन्वेंशन के अनुच्छेद 29, पैरा 7 के अंतर्गत परिरक्षण कम से कम साठ दिन की अवधि के लिए होता है, ताकि पारस्परिक सहायता का अनुरोध प्रस्तुत किया जा सके; वह अनुरोध प्राप्त होने के बाद, उस पर निर्णय होने तक डेटा परिरक्षित बना रहता है। अनुरोधित राज्य वास्तव में कितने समय तक परिरक्षण करता है, यह उसकी विधि और प्रथा पर निर्भर है: परिरक्षण पैनल देखें, और अनुरोध अवधि के भीतर पर्याप्त समय रहते भेजें, या समय पर विस्तार का अनुरोध करें।
           *[other] अनुरोधित राज्य डेटा को कितने समय तक परिरक्षित रखता है, यह उसकी विधि और प्रथा पर निर्भर है: परिरक्षण पैनल देखें, और पारस्परिक सहायता का अनुरोध अवधि के भीतर पर्याप्त समय रहते भेजें, या समय पर विस्तार का अनुरोध करें।
        }

## 15 Article 30

art29-preservation-traffic-disclosure = { $basis ->
        [budapest] परिरक्षित ट्रैफ़िक डेटा का शीघ्र प्रकटन (अनुच्छेद 30): यदि किसी विशिष्ट संचार से संबंधित ट्रैफ़िक डेटा को परिरक्षित करते समय यह पाया जाता है कि किसी अन्य राज्य का कोई सेवा प्रदाता उसके संचरण में शामिल था, तो कृपया उस सेवा प्रदाता की और उस मार्ग की पहचान के लिए पर्याप्त मात्रा में ट्रैफ़िक डेटा शीघ्रता से प्रकट करें जिससे होकर संचार संचरित हुआ।
       *[other] परिरक्षित ट्रैफ़िक डेटा का शीघ्र प्रकटन: यदि किसी विशिष्ट संचार से संबंधित ट्रैफ़िक डेटा को परिरक्षित करते समय यह पाया जाता है कि किसी अन्य राज्य का कोई सेवा प्रदाता उसके संचरण में शामिल था, तो कृपया उस सेवा प्रदाता की और उस मार्ग की पहचान के लिए पर्याप्त मात्रा में ट्रैफ़िक डेटा शीघ्रता से प्रकट करें जिससे होकर संचार संचरित हुआ।
    }

## 16 Confidentiality

art29-preservation-confidentiality = गोपनीयता
art29-preservation-confidentiality-conditions = अनुरोधित गोपनीयता
    .hint = कुछ सेवा प्रदाता अपने उपयोगकर्ताओं को अनुरोधों के बारे में बता देते हैं। अनुरोधित प्राधिकारी से पूछें कि क्या ऐसा हो सकता है, और वह चिह्नित करें जिसकी अन्वेषण को आवश्यकता है।
art29-preservation-confidentiality-conditions-no-notification = कृपया अभिदाता या खाताधारक को इस अनुरोध की सूचना न दें
art29-preservation-confidentiality-conditions-warn = कृपया ऐसी किसी भी कार्रवाई से पहले अनुरोधकर्ता प्राधिकारी को सूचित करें जिससे उपयोगकर्ता सतर्क हो सकता है
art29-preservation-confidentiality-conditions-prejudice = { $basis ->
        [budapest] यदि परिरक्षण से डेटा की भविष्य में उपलब्धता सुनिश्चित नहीं होगी, या अन्वेषण की गोपनीयता को संकट में डालेगा या अन्यथा अन्वेषण पर प्रतिकूल प्रभाव डालेगा, तो कृपया अनुरोधकर्ता प्राधिकारी को तत्काल सूचित करें, ताकि वह निर्णय कर सके कि क्या अनुरोध फिर भी निष्पादित किया जाना चाहिए (अनुच्छेद 29, पैरा 6)
       *[other] यदि परिरक्षण से डेटा की भविष्य में उपलब्धता सुनिश्चित नहीं होगी, या अन्वेषण की गोपनीयता को संकट में डालेगा या अन्यथा अन्वेषण पर प्रतिकूल प्रभाव डालेगा, तो कृपया अनुरोधकर्ता प्राधिकारी को तत्काल सूचित करें, ताकि वह निर्णय कर सके कि क्या अनुरोध फिर भी निष्पादित किया जाना चाहिए
    }
art29-preservation-confidentiality-details = गोपनीयता पर अन्य टिप्पणियाँ

## 17 Acknowledgement

art29-preservation-acknowledgement = कृपया पुष्टि करें कि डेटा परिरक्षित कर लिया गया है, और इस अनुरोध को आवंटित संदर्भ संख्या तथा वह तिथि बताएँ जिसको परिरक्षण समाप्त होगा
