# Template emergency-disclosure: emergency request for disclosure of stored computer data (Second
# Additional Protocol Art. 9 through the 24/7 Network, Art. 10 emergency mutual assistance, or a
# service provider's emergency channel). Wording follows the Convention and the Protocol.

emergency-disclosure-legal-basis = { $route ->
        [protocol-art9] साइबर अपराध पर कन्वेंशन के दूसरे अतिरिक्त प्रोटोकॉल (CETS सं. 224) का अनुच्छेद 9, 24/7 नेटवर्क के माध्यम से; प्रोटोकॉल केवल उन राज्यों के बीच लागू होता है जो उसके पक्षकार हैं
        [protocol-art10] साइबर अपराध पर कन्वेंशन के दूसरे अतिरिक्त प्रोटोकॉल (CETS सं. 224) का अनुच्छेद 10; प्रोटोकॉल केवल उन राज्यों के बीच लागू होता है जो उसके पक्षकार हैं
        [provider] आपात स्थिति में स्वैच्छिक प्रकटन के लिए सेवा प्रदाता से अनुरोध
       *[other] { basis-legal-basis }
    }
emergency-disclosure-date = तिथि
emergency-disclosure-reference = संदर्भ / मामला संख्या

emergency-disclosure-channel = माध्यम और विधिक आधार
emergency-disclosure-channel-basis = इस अनुरोध के लिए प्रयुक्त माध्यम
    .hint = { $match ->
        [general] चुने गए लिखत में आपातकालीन अनुरोधों पर कोई अनुच्छेद नहीं है: अनुरोध तत्काल अनुरोधों और पारस्परिक सहायता पर उसके उपबंधों पर आधारित है, जो अनुरोध के आरंभ में उद्धृत हैं।
        [user] संधि का नाम और वे अनुच्छेद दें जिन पर अनुरोध आधारित है: वे अनुरोध के आरंभ में मुद्रित होते हैं।
       *[other] दूसरे अतिरिक्त प्रोटोकॉल का अनुच्छेद 9: 24/7 नेटवर्क के माध्यम से, अनुरोधित राज्य में किसी सेवा प्रदाता द्वारा धारित डेटा के लिए। अनुच्छेद 10: केंद्रीय या सक्षम प्राधिकारी के माध्यम से आपातकालीन पारस्परिक सहायता। प्रोटोकॉल केवल उन राज्यों के बीच लागू होता है जिनके लिए वह प्रवृत्त है: दोनों में से कोई भी विकल्प चुनने से पहले जाँच लें कि वह दोनों राज्यों के लिए प्रवृत्त है। दोनों राज्यों पर बाध्यकारी कोई अन्य संधि: अनुरोध तत्काल अनुरोधों और पारस्परिक सहायता पर उसके उपबंधों पर आधारित है। पारस्परिकता: कोई संधि लागू नहीं होती। प्रदाता का आपातकालीन माध्यम: अनुरोध सीधे सेवा प्रदाता को जाता है, जो स्वयं निर्णय करता है कि प्रकटन करे या नहीं; किसी संधि का उल्लेख नहीं किया जाता।
    }
emergency-disclosure-channel-basis-protocol-art9 = आपात स्थिति में 24/7 नेटवर्क के माध्यम से शीघ्र प्रकटन (दूसरे अतिरिक्त प्रोटोकॉल का अनुच्छेद 9)
emergency-disclosure-channel-basis-protocol-art10 = आपातकालीन पारस्परिक सहायता (दूसरे अतिरिक्त प्रोटोकॉल का अनुच्छेद 10)
emergency-disclosure-channel-basis-provider = सेवा प्रदाता का आपातकालीन प्रकटन माध्यम

emergency-disclosure-addressee = अनुरोधित राज्य और प्राप्तकर्ता
emergency-disclosure-addressee-country = अनुरोधित राज्य
    .hint = सीधे सेवा प्रदाता को भेजे गए अनुरोध के लिए: वह राज्य जिसमें प्रदाता स्थापित है।
emergency-disclosure-addressee-name = प्राप्तकर्ता: प्राधिकारी या सेवा प्रदाता
    .hint = 24/7 संपर्क केंद्र, केंद्रीय या सक्षम प्राधिकारी, या वह सेवा प्रदाता जिसे यह अनुरोध भेजा जा रहा है।
emergency-disclosure-addressee-address = पता
emergency-disclosure-addressee-portal = विधि प्रवर्तन अनुरोधों के लिए पोर्टल या वेब फ़ॉर्म
emergency-disclosure-addressee-email = ई-मेल
emergency-disclosure-addressee-provider = डेटा धारण करने वाला सेवा प्रदाता, यदि वह प्राप्तकर्ता नहीं है: नाम और पता
    .hint = प्रोटोकॉल के अनुच्छेद 9 के अंतर्गत अनुरोध के लिए अनिवार्य (अनुच्छेद 9, पैरा 3.c): अनुरोधित राज्य में डेटा धारण करने वाले सेवा प्रदाता का नाम और पता।

emergency-disclosure-requesting-authority = अनुरोधकर्ता प्राधिकारी
emergency-disclosure-requesting-authority-authority = सक्षम प्राधिकारी
emergency-disclosure-requesting-authority-officer = अनुरोध करने वाला अधिकारी
emergency-disclosure-requesting-authority-position = पद
emergency-disclosure-requesting-authority-address = पता
emergency-disclosure-requesting-authority-phone = टेलीफ़ोन
    .hint = अंतरराष्ट्रीय प्रारूप में: ऐसा नंबर जिसका उत्तर आपात स्थिति बने रहने तक किसी भी समय दिया जाता हो।
emergency-disclosure-requesting-authority-mobile = मोबाइल टेलीफ़ोन
emergency-disclosure-requesting-authority-email = ई-मेल
    .hint = आपके प्राधिकारी का आधिकारिक पता: सेवा प्रदाता निजी पतों से आए अनुरोधों का उत्तर नहीं भी दे सकते हैं।
emergency-disclosure-requesting-authority-time-zone = समय क्षेत्र
    .hint = आपके कार्यालय का समय क्षेत्र, UTC से अंतर के रूप में। इस अनुरोध का प्रत्येक समय, अन्यथा उल्लिखित न होने पर, इसी समय क्षेत्र में पढ़ा जाता है।
emergency-disclosure-requesting-authority-reachable = आपात स्थिति बने रहने तक अनुरोध करने वाले अधिकारी से ऊपर दिए गए टेलीफ़ोन नंबरों पर किसी भी समय संपर्क किया जा सकता है
    .hint = आपातकालीन अनुरोध के लिए ऐसे व्यक्ति की आवश्यकता होती है जो किसी भी समय उत्तर दे। यदि आप ऐसा नहीं कर सकते, तो ऊपर अपने 24/7 संपर्क केंद्र का नंबर दें।

emergency-disclosure-authoriser = पर्यवेक्षक या प्राधिकृत करने वाला अधिकारी
emergency-disclosure-authoriser-name = नाम
    .hint = वह अधिकारी जिसने इस आपातकालीन अनुरोध को प्राधिकृत किया और जो अनुरोधित राज्य या सेवा प्रदाता के समक्ष इसकी पुष्टि कर सकता है।
emergency-disclosure-authoriser-position = पद
emergency-disclosure-authoriser-phone = टेलीफ़ोन
emergency-disclosure-authoriser-email = ई-मेल

emergency-disclosure-offences = अपराध
emergency-disclosure-offences-offence = अन्वेषणाधीन अपराध
    .hint = प्रत्येक अपराध के लिए एक पंक्ति, उसके विधिक उपबंध और अधिकतम दंड सहित।
emergency-disclosure-offences-offence-description = अपराध
emergency-disclosure-offences-offence-provision = विधिक उपबंध
emergency-disclosure-offences-offence-penalty = अधिकतम दंड
emergency-disclosure-mla = घरेलू विधिक आधार और अनुरोधित पारस्परिक सहायता
emergency-disclosure-mla-domestic-legal-basis = घरेलू विधिक आधार
    .hint = आपकी राष्ट्रीय विधि के वे उपबंध जिनके अंतर्गत मामले का अन्वेषण किया जा रहा है और यह अनुरोध किया जा रहा है। आपातकालीन पारस्परिक सहायता के लिए अनिवार्य (प्रोटोकॉल का अनुच्छेद 10); प्रत्येक माध्यम में अनुशंसित, क्योंकि इसके बिना अनुरोध प्रायः अस्वीकार कर दिए जाते हैं।
emergency-disclosure-mla-prosecution = प्रभारी अभियोजन कार्यालय या न्यायालय और मामला संख्या
    .hint = आपातकालीन पारस्परिक सहायता के लिए: मामले का प्रभारी न्यायिक प्राधिकारी, यदि कोई हो।
emergency-disclosure-mla-assistance = अनुरोधित सहायता
    .hint = आपातकालीन पारस्परिक सहायता के लिए: अनुरोधित राज्य से क्या करने का अनुरोध है, उदाहरण के लिए सेवा प्रदाता को खंड 9 में वर्णित डेटा प्रकट करने और उसे अनुरोधकर्ता प्राधिकारी को प्रेषित करने का आदेश देना।
emergency-disclosure-mla-procedure = निष्पादन में अपनाई जाने वाली प्रक्रियाएँ
    .hint = आपातकालीन पारस्परिक सहायता के लिए, जहाँ आपकी विधि इसकी अपेक्षा करती है: उदाहरण के लिए अभिलेखों की प्रामाणिकता का प्रमाणपत्र, या वह प्रारूप जिसमें डेटा प्राप्त किया जाना चाहिए ताकि वह साक्ष्य के रूप में ग्राह्य हो।

emergency-disclosure-emergency = आपात स्थिति
emergency-disclosure-emergency-risk = जोखिम का प्रकार
emergency-disclosure-emergency-risk-kidnapping = अपहरण या बंधक बनाना
emergency-disclosure-emergency-risk-threat-to-kill = हत्या की धमकी
emergency-disclosure-emergency-risk-suicide = आत्महत्या का जोखिम
emergency-disclosure-emergency-risk-child = किसी बालक के जीवन या सुरक्षा के लिए जोखिम
emergency-disclosure-emergency-risk-terrorism = आतंकवादी धमकी
emergency-disclosure-emergency-risk-bomb = बम की धमकी
emergency-disclosure-emergency-risk-other = जीवन या सुरक्षा के लिए अन्य जोखिम
emergency-disclosure-emergency-risk-other-detail = जोखिम का प्रकार
emergency-disclosure-emergency-facts = किसी प्राकृतिक व्यक्ति के जीवन या सुरक्षा के लिए महत्वपूर्ण और आसन्न जोखिम दर्शाने वाले तथ्य
    .hint = { $basis ->
            [protocol2] बताएँ कि जोखिम में कौन है (नाम या विवरण), खतरा क्या है, वह किसी भी क्षण क्यों घटित हो सकता है, और जानकारी कहाँ से आई और कब प्राप्त हुई (समय क्षेत्र सहित)। जो जोखिम केवल संभावित है, या आसन्न नहीं है, वह प्रोटोकॉल के अर्थ में आपात स्थिति नहीं है।
           *[other] बताएँ कि जोखिम में कौन है (नाम या विवरण), खतरा क्या है, वह किसी भी क्षण क्यों घटित हो सकता है, और जानकारी कहाँ से आई और कब प्राप्त हुई (समय क्षेत्र सहित)। जो जोखिम केवल संभावित है, या आसन्न नहीं है, वह आपात स्थिति नहीं है।
        }
emergency-disclosure-emergency-relation = मांगा गया डेटा आपात स्थिति से कैसे संबंधित है
    .hint = बताएँ कि डेटा खतरे को टालने में कैसे सहायक होगा, उदाहरण के लिए जोखिमग्रस्त व्यक्ति का पता लगाकर या धमकी देने वाले व्यक्ति की पहचान करके, और यह क्यों माना जाता है कि यह डेटा इस सेवा प्रदाता के पास है।
emergency-disclosure-emergency-urgency = डेटा परिरक्षण और पारस्परिक विधिक सहायता के माध्यम से समय पर क्यों प्राप्त नहीं किया जा सकता
    .hint = बताएँ कि हानि कितनी जल्दी हो सकती है और क्यों परिरक्षण अनुरोध के बाद पारस्परिक विधिक सहायता का अनुरोध, या प्रस्तुति आदेश, डेटा समय पर प्राप्त नहीं कर सकता।
emergency-disclosure-emergency-needed-by = डेटा की आवश्यकता इस तिथि तक
    .hint = वह अंतिम समय जब तक डेटा सहायक हो सकता है, उसके समय क्षेत्र सहित। यदि डेटा की तत्काल आवश्यकता है, तो रिक्त छोड़ें।

emergency-disclosure-data = मांगा गया डेटा
emergency-disclosure-data-identifiers = मांगे गए डेटा के पहचानकर्ता
    .hint = प्रत्येक खाता, पता या नंबर ठीक वैसा ही जैसा सेवा उसे दिखाती है। IP पते के लिए स्रोत पोर्ट और सटीक तिथि और समय उसके समय क्षेत्र सहित दें: जहाँ पते साझा होते हैं, वहाँ प्रदाता इनके बिना उपयोगकर्ता की पहचान नहीं कर सकता।
emergency-disclosure-data-period = मांगे गए डेटा की अवधि
    .hint = आपात स्थिति जितनी अनुमति दे उतनी संकीर्ण, प्रत्येक छोर उसके समय क्षेत्र सहित: आपात स्थिति शायद ही कुछ दिनों से अधिक की अवधि को उचित ठहराती है (7 दिन से अधिक की अवधि चिह्नित की जाती है)।
emergency-disclosure-data-categories = मांगे गए डेटा की श्रेणियाँ
    .hint = केवल वही डेटा मांगें जिसकी आपात स्थिति में आवश्यकता है। कुछ राज्यों, जैसे संयुक्त राज्य अमेरिका, के सेवा प्रदाता विदेशी प्राधिकारियों को सीधे केवल वह डेटा प्रकट कर सकते हैं जो सामग्री डेटा नहीं है।
emergency-disclosure-data-categories-subscriber = अभिदाता सूचना
emergency-disclosure-data-categories-traffic = ट्रैफ़िक डेटा
emergency-disclosure-data-categories-content = सामग्री डेटा
emergency-disclosure-data-categories-location = स्थान डेटा
emergency-disclosure-data-categories-other = अन्य डेटा
emergency-disclosure-data-categories-other-detail = मांगा गया अन्य डेटा

emergency-disclosure-instructions = विशेष प्रक्रियात्मक निर्देश
emergency-disclosure-instructions-confidentiality = गोपनीयता: उपयोगकर्ता या किसी तृतीय पक्ष को इस अनुरोध की सूचना न दें
    .hint = कुछ सेवा प्रदाता, मना न किए जाने पर, अपने उपयोगकर्ताओं को अनुरोधों की सूचना दे देते हैं। यदि उपयोगकर्ता को अनुरोध का पता चल जाए, तो जोखिमग्रस्त व्यक्ति को हानि पहुँच सकती है।
emergency-disclosure-instructions-format = डेटा का पसंदीदा प्रारूप
emergency-disclosure-instructions-format-electronic = इलेक्ट्रॉनिक और मशीन-पठनीय (उदाहरण के लिए स्प्रेडशीट या CSV फ़ाइल)
emergency-disclosure-instructions-format-document = इलेक्ट्रॉनिक दस्तावेज़ (PDF)
emergency-disclosure-instructions-format-usual = वह प्रारूप जिसका सेवा प्रदाता सामान्यतः उपयोग करता है
emergency-disclosure-instructions-format-other = अन्य प्रारूप
emergency-disclosure-instructions-format-other-detail = प्रारूप
emergency-disclosure-instructions-other = अन्य निर्देश या जानकारी जो डेटा प्राप्त करने में सहायक हो सकती है

emergency-disclosure-follow-up = अनुवर्ती विधिक प्रक्रिया
emergency-disclosure-follow-up-process = वह विधिक प्रक्रिया जो इस अनुरोध के बाद अपनाई जाएगी
    .hint = क्या आपात स्थिति में प्रकट किया गया डेटा औपचारिक विधिक प्रक्रिया के माध्यम से पुनः मांगा जाएगा, ताकि उसका साक्ष्य के रूप में उपयोग किया जा सके।
emergency-disclosure-follow-up-process-mla = पारस्परिक विधिक सहायता हेतु अनुरोध
emergency-disclosure-follow-up-process-production-order = { $basis ->
        [protocol2] दूसरे अतिरिक्त प्रोटोकॉल के अनुच्छेद 7 के अंतर्गत सेवा प्रदाता को प्रस्तुति आदेश
       *[other] सेवा प्रदाता को प्रस्तुति आदेश
    }
emergency-disclosure-follow-up-process-preservation = { $basis ->
        [budapest] संग्रहीत कंप्यूटर डेटा के शीघ्र परिरक्षण हेतु अनुरोध (कन्वेंशन का अनुच्छेद 29)
        [protocol2] संग्रहीत कंप्यूटर डेटा के शीघ्र परिरक्षण हेतु अनुरोध (कन्वेंशन का अनुच्छेद 29)
       *[other] संग्रहीत कंप्यूटर डेटा के शीघ्र परिरक्षण हेतु अनुरोध
    }
emergency-disclosure-follow-up-process-none = कोई अनुवर्ती विधिक प्रक्रिया अपेक्षित नहीं
emergency-disclosure-follow-up-process-other = अन्य विधिक प्रक्रिया
emergency-disclosure-follow-up-process-other-detail = विधिक प्रक्रिया
emergency-disclosure-follow-up-expected-date = भेजने की अपेक्षित तिथि
    .hint = यदि कोई अनुवर्ती विधिक प्रक्रिया अपेक्षित नहीं है, तो रिक्त छोड़ें।
emergency-disclosure-follow-up-details = अनुवर्ती प्रक्रिया का विवरण, या कोई प्रक्रिया अपेक्षित क्यों नहीं है
