# टेम्पलेट provider-disclosure: सामग्री डेटा से भिन्न डेटा (अभिदाता सूचना, IP पते और लॉग-इन अभिलेख) के स्वैच्छिक
# प्रकटन के लिए सीधे किसी सेवा प्रदाता को भेजा गया अनुरोध। किसी संधि का उल्लेख नहीं किया जाता: प्रदाता अपनी नीति और
# विधि के अनुसार निर्णय करता है कि प्रकटन करे या नहीं; अनुरोध वह घरेलू विधि बताता है जिसके अंतर्गत अनुरोधकर्ता
# प्राधिकारी कार्य करता है।

provider-disclosure-legal-basis = अनुरोधकर्ता प्राधिकारी द्वारा अपनी घरेलू विधि के अंतर्गत (खंड 6) स्वैच्छिक प्रकटन के लिए सीधे सेवा प्रदाता को किया गया अनुरोध
provider-disclosure-date = तिथि
provider-disclosure-reference = संदर्भ / मामला संख्या
provider-disclosure-status = अनुरोध की स्थिति
provider-disclosure-status-new = नया अनुरोध
provider-disclosure-status-follow-up-preservation = सेवा प्रदाता को भेजे गए परिरक्षण अनुरोध पर अनुवर्ती अनुरोध
provider-disclosure-previous-preservation = वह परिरक्षण अनुरोध जिस पर यह अनुवर्ती है
provider-disclosure-previous-preservation-date = परिरक्षण अनुरोध की तिथि
provider-disclosure-previous-preservation-reference = परिरक्षण अनुरोध की संदर्भ संख्या
provider-disclosure-previous-preservation-provider-reference = सेवा प्रदाता द्वारा परिरक्षण को दी गई संदर्भ संख्या
    .hint = यदि सेवा प्रदाता ने अपनी संदर्भ संख्या के अंतर्गत परिरक्षण की पुष्टि की है, तो वह संख्या दें: तब प्रदाता परिरक्षित डेटा तुरंत खोज लेता है।

## 4 संबोधित सेवा प्रदाता

provider-disclosure-addressee = संबोधित सेवा प्रदाता
provider-disclosure-addressee-name = संबोधित विधिक इकाई
    .hint = वह कंपनी जो सेवा और संबंधित उपयोगकर्ताओं के लिए उत्तरदायी है। गलत विधिक इकाई को भेजे गए अनुरोध प्रायः अस्वीकार कर दिए जाते हैं: ऊपर प्रदाता चुनें, या उसके विधि प्रवर्तन दिशानिर्देशों में नामित इकाई लिखें।
provider-disclosure-addressee-service = संबंधित सेवा
    .hint = वह सेवा जिसका डेटा माँगा गया है, जैसा उसके उपयोगकर्ता उसे जानते हैं (उदाहरण के लिए सोशल नेटवर्क, ई-मेल या संदेश सेवा)।
provider-disclosure-addressee-country = वह राज्य जिसमें विधिक इकाई स्थापित है
provider-disclosure-addressee-address = विधिक आदेशिका की तामील का पता
provider-disclosure-addressee-portal = विधि प्रवर्तन अनुरोधों के लिए पोर्टल या वेब फ़ॉर्म
provider-disclosure-addressee-email = विधि प्रवर्तन अनुरोधों के लिए ई-मेल

## 5 अनुरोधकर्ता प्राधिकारी

provider-disclosure-requesting-authority = अनुरोधकर्ता प्राधिकारी
provider-disclosure-requesting-authority-organisation = प्राधिकारी
provider-disclosure-requesting-authority-person = अनुरोध का प्रभारी अधिकारी
provider-disclosure-requesting-authority-position = पद या श्रेणी
provider-disclosure-requesting-authority-address = पता
provider-disclosure-requesting-authority-telephone = टेलीफ़ोन नंबर
    .hint = अंतरराष्ट्रीय रूप में, + और देश कोड से आरंभ करते हुए, ताकि सेवा प्रदाता वापस फ़ोन करके जाँच सके कि अनुरोध वास्तविक है।
provider-disclosure-requesting-authority-cell-phone = मोबाइल फ़ोन नंबर
provider-disclosure-requesting-authority-email = आधिकारिक ई-मेल पता
    .hint = आपके प्राधिकारी के आधिकारिक डोमेन का पता: सेवा प्रदाता निजी या निःशुल्क ई-मेल पतों से भेजे गए अनुरोध अस्वीकार कर सकते हैं।
provider-disclosure-requesting-authority-time-zone = समय क्षेत्र
    .hint = आपके कार्यालय का समय क्षेत्र, UTC से अंतर के रूप में। इस अनुरोध का प्रत्येक समय, अन्यथा उल्लिखित न होने पर, इसी समय क्षेत्र में पढ़ा जाता है।

## 6 घरेलू विधिक आधार

provider-disclosure-domestic-legal-basis = अनुरोधकर्ता प्राधिकारी की विधि में अनुरोध का विधिक आधार
provider-disclosure-domestic-legal-basis-domestic-legal-basis = घरेलू विधि के वे उपबंध जिनके अंतर्गत अनुरोधकर्ता प्राधिकारी कार्य करता है
    .hint = आपकी राष्ट्रीय विधि की वे धाराएँ (उदाहरण के लिए दंड प्रक्रिया संहिता की) जो आपके प्राधिकारी को मामले का अन्वेषण करने और यह डेटा माँगने का अधिकार देती हैं। किसी संधि का उल्लेख न करें और सेवा प्रदाता को उसकी अपनी विधि न बताएँ: वह अपनी नीति और विधि के अनुसार निर्णय करता है कि प्रकटन करे या नहीं।
provider-disclosure-domestic-legal-basis-decision = अनुरोध को प्राधिकृत करने वाला निर्णय या आदेश, यदि कोई हो
    .hint = उस निर्णय, आदेश या वारंट का प्राधिकारी, तिथि और संख्या जिसके अंतर्गत अनुरोध किया गया है, जहाँ आपकी विधि ऐसा अपेक्षित करती है। कई सेवा प्रदाता वह दस्तावेज़ माँगते हैं जो उनकी अपनी विधि के अंतर्गत अपेक्षित होता, या उसका स्थानीय समतुल्य: ऊपर प्रदाता की अपेक्षाएँ देखें।

## 7 अपराध और तथ्य

provider-disclosure-offence = अपराध और तथ्यों का संक्षिप्त सारांश
provider-disclosure-offence-offences = अन्वेषणाधीन अपराध
    .hint = प्रत्येक अपराध के लिए एक पंक्ति: उसका नाम या संक्षिप्त विवरण, आपकी दंड विधि का वह उपबंध जो उसे परिभाषित करता है, और अधिकतम दंड।
provider-disclosure-offence-offences-offence = अपराध
provider-disclosure-offence-offences-provision = विधिक उपबंध
provider-disclosure-offence-offences-penalty = अधिकतम दंड
provider-disclosure-offence-facts = तथ्यों का संक्षिप्त सारांश
    .hint = कुछ वाक्यों में: क्या हुआ, कब और कहाँ, प्रत्येक तिथि और समय उसके समय क्षेत्र सहित। सेवा प्रदाता को डेटा खोजने और यह समझने के लिए कि उसकी आवश्यकता क्यों है, जितना आवश्यक है उससे अधिक की आवश्यकता नहीं: किसी संदिग्ध या पीड़ित का नाम केवल आवश्यक होने पर दें।

## 8 माँगा गया डेटा

provider-disclosure-data = माँगा गया डेटा (संचार की सामग्री के बिना)
provider-disclosure-data-identifiers = संबंधित खातों के पहचानकर्ता
    .hint = प्रत्येक खाता, उपयोगकर्ता नाम, उपयोगकर्ता ID, ई-मेल पता, टेलीफ़ोन नंबर, URL या IP पता ठीक वैसे ही जैसे सेवा उसे दिखाती है। गलत या अपूर्ण पहचानकर्ता अस्वीकृति का एक प्रमुख कारण हैं। IP पते के लिए स्रोत पोर्ट और उपयोग की सटीक तिथि और समय उसके समय क्षेत्र सहित दें। जो अवधि केवल एक पहचानकर्ता से संबंधित है, वह उसी की पंक्ति में लिखी जाती है।
provider-disclosure-data-period = माँगे गए डेटा की अवधि
    .hint = दोनों छोर उनके समय क्षेत्र सहित, उतनी संकीर्ण जितनी अन्वेषण अनुमति दे। लंबी अवधियों (90 दिन से अधिक) के अनुरोध प्रायः अत्यधिक व्यापक होने के कारण अस्वीकार कर दिए जाते हैं।
provider-disclosure-data-categories = माँगे गए डेटा की श्रेणियाँ
    .hint = केवल सामग्री डेटा से भिन्न डेटा: सेवा प्रदाता सामान्यतः संचार की सामग्री विदेशी प्राधिकारियों को केवल पारस्परिक विधिक सहायता के माध्यम से प्रकट करते हैं। केवल वही चिह्नित करें जिसकी अन्वेषण को आवश्यकता है।
provider-disclosure-data-categories-subscriber = अभिदाता सूचना: दिया गया नाम, पता, ई-मेल पता और टेलीफ़ोन नंबर, और खाता बनाए जाने की तिथि
provider-disclosure-data-categories-registration-ip = खाता बनाने के लिए प्रयुक्त IP पता, तिथि, समय, समय क्षेत्र और स्रोत पोर्ट सहित
provider-disclosure-data-categories-login-ip = लॉग-इन के IP पते (लॉग-इन अभिलेख), तिथि, समय, समय क्षेत्र और स्रोत पोर्ट सहित
provider-disclosure-data-categories-services = प्रयुक्त सेवाएँ और उपयोग की अवधि
provider-disclosure-data-categories-other = सामग्री डेटा से भिन्न अन्य डेटा
provider-disclosure-data-categories-other-detail = माँगा गया अन्य डेटा
provider-disclosure-data-relationship = अन्वेषण के लिए डेटा की प्रासंगिकता
    .hint = दर्शाएँ कि ये खाते अपराध से किस प्रकार जुड़े हैं और डेटा क्या स्थापित करेगा, उदाहरण के लिए: खाते से 20/11/2026 को 14:03 UTC+04:00 पर धमकी भरे संदेश भेजे गए; उसकी अभिदाता सूचना और लॉग-इन अभिलेख उस व्यक्ति की पहचान करेंगे जिसने उसका उपयोग किया।

## 9 तात्कालिकता

provider-disclosure-urgency = तात्कालिकता
provider-disclosure-urgency-reasons = अनुरोध तत्काल क्यों है, यदि है, इसके कारण
    .hint = उदाहरण के लिए विचारण की या निरोध की समीक्षा की तिथि। जहाँ किसी व्यक्ति के जीवन या सुरक्षा को जोखिम हो, वहाँ इसके स्थान पर आपातकालीन प्रकटन अनुरोध का उपयोग करें।
provider-disclosure-urgency-deadline = डेटा की आवश्यकता इस तिथि तक
    .hint = कोई समय-सीमा न हो तो रिक्त छोड़ें।

## 10 गोपनीयता

provider-disclosure-confidentiality = गोपनीयता
provider-disclosure-confidentiality-conditions = अनुरोधित गोपनीयता
    .hint = कुछ सेवा प्रदाता, मना न किए जाने पर, अपने उपयोगकर्ताओं को अनुरोधों के बारे में बता देते हैं, और स्वयं निर्णय करते हैं कि ऐसा करें या नहीं। वह चिह्नित करें जिसकी अन्वेषण को आवश्यकता है और नीचे कारण बताएँ।
provider-disclosure-confidentiality-conditions-no-notification = कृपया उपयोगकर्ता या खाताधारक को, या किसी तीसरे पक्ष को, इस अनुरोध की सूचना न दें
provider-disclosure-confidentiality-conditions-warn = यदि आपकी नीति के अनुसार उपयोगकर्ता को सूचित करना आवश्यक है, तो कृपया ऐसा करने से पहले अनुरोधकर्ता प्राधिकारी को सूचित करें
provider-disclosure-confidentiality-details = गोपनीयता के कारण

## 11 उत्तर

provider-disclosure-reply = उत्तर
provider-disclosure-reply-format = डेटा का पसंदीदा प्रारूप
provider-disclosure-reply-format-electronic = इलेक्ट्रॉनिक और मशीन-पठनीय (उदाहरण के लिए स्प्रेडशीट या CSV फ़ाइल)
provider-disclosure-reply-format-document = इलेक्ट्रॉनिक दस्तावेज़ (PDF)
provider-disclosure-reply-format-usual = वह प्रारूप जिसका आप सामान्यतः उपयोग करते हैं
provider-disclosure-reply-channel = कृपया उत्तर दें
provider-disclosure-reply-channel-email = खंड 5 में दिए गए अनुरोधकर्ता प्राधिकारी के आधिकारिक पते पर ई-मेल द्वारा
provider-disclosure-reply-channel-portal = आपके विधि प्रवर्तन पोर्टल के माध्यम से
provider-disclosure-reply-channel-other = अन्य माध्यम से
provider-disclosure-reply-channel-other-detail = उत्तर का माध्यम
