# Template art31-subscriber: mutual legal assistance request for subscriber information (Budapest Convention Art. 31).
# Sections 1-11 follow the numbering and wording of T-CY(2018)10; later sections follow Art. 18(3) and 31 of the Convention.

art31-subscriber-legal-basis = { $basis ->
        [budapest] साइबर अपराध पर कन्वेंशन (ETS सं. 185) का अनुच्छेद 31
       *[other] { basis-legal-basis }
    }
art31-subscriber-date = तिथि
art31-subscriber-reference = संदर्भ / मामला संख्या
art31-subscriber-status = अनुरोध की स्थिति
    .hint = लागू होने वाले प्रत्येक बॉक्स को चिह्नित करें। अनुवर्ती अनुरोध चुनने पर पूर्व अनुरोध के विवरण के लिए खंड 9 और 10 खुलते हैं।
art31-subscriber-status-new = नया अनुरोध
art31-subscriber-status-follow-up-mla = पारस्परिक विधिक सहायता के पूर्व अनुरोध पर अनुवर्ती अनुरोध (विवरण खंड 9 में)
art31-subscriber-status-follow-up-preservation = परिरक्षण के पूर्व अनुरोध पर अनुवर्ती अनुरोध (विवरण खंड 10 में)
art31-subscriber-requested-authority = अनुरोधित प्राधिकारी
art31-subscriber-requested-authority-country = अनुरोधित राज्य
art31-subscriber-requested-authority-authority = प्राधिकारी
    .hint = { $basis ->
            [budapest] अनुरोधित राज्य का पारस्परिक सहायता हेतु केंद्रीय प्राधिकारी (अनुच्छेद 27(2)), या वह प्राधिकारी जिसे उसने ऐसे अनुरोध प्राप्त करने के लिए नामित किया है।
           *[other] अनुरोधित राज्य का पारस्परिक सहायता हेतु केंद्रीय प्राधिकारी, या वह प्राधिकारी जिसे उसने ऐसे अनुरोध प्राप्त करने के लिए नामित किया है।
        }
art31-subscriber-requesting-authority = अनुरोधकर्ता प्राधिकारी
art31-subscriber-requesting-authority-organisation = संगठन
art31-subscriber-requesting-authority-person = अनुरोध का प्रभारी व्यक्ति
art31-subscriber-requesting-authority-address = पता
art31-subscriber-requesting-authority-phone = टेलीफ़ोन नंबर
art31-subscriber-requesting-authority-mobile = मोबाइल टेलीफ़ोन नंबर
art31-subscriber-requesting-authority-email = ई-मेल पता
art31-subscriber-requesting-authority-fax = फ़ैक्स नंबर
art31-subscriber-requesting-authority-office-hours = कार्यालय समय
art31-subscriber-requesting-authority-time-zone = समय क्षेत्र
    .hint = आपके कार्यालय का समय क्षेत्र, UTC से अंतर के रूप में। इस अनुरोध का प्रत्येक अन्य समय अपने समय क्षेत्र के साथ दिया जाता है।
art31-subscriber-requesting-authority-response = उत्तर का माध्यम
art31-subscriber-requesting-authority-response-expedited = ई-मेल या अन्य शीघ्र माध्यम से उत्तर को प्राथमिकता
art31-subscriber-requesting-authority-response-other = अन्य माध्यम से उत्तर को प्राथमिकता
art31-subscriber-requesting-authority-response-other-detail = उत्तर इस माध्यम से अपेक्षित
art31-subscriber-additional-contact = यदि अनुरोधकर्ता प्राधिकारी से अतिरिक्त पुष्टि की आवश्यकता हो, तो कृपया संपर्क करें
art31-subscriber-additional-contact-contacts = संपर्क व्यक्ति
art31-subscriber-additional-contact-contacts-name = नाम
art31-subscriber-additional-contact-contacts-job-title = पदनाम
art31-subscriber-additional-contact-contacts-function = कार्य
art31-subscriber-additional-contact-contacts-phone = टेलीफ़ोन नंबर
art31-subscriber-additional-contact-contacts-mobile = मोबाइल टेलीफ़ोन नंबर
art31-subscriber-additional-contact-contacts-email = ई-मेल पता
art31-subscriber-investigating-authority = मामले का प्रभारी अन्वेषण / परिचालन प्राधिकारी (यदि अनुरोधकर्ता प्राधिकारी से भिन्न हो)
art31-subscriber-investigating-authority-organisation = संगठन
art31-subscriber-investigating-authority-person = मामले का प्रभारी व्यक्ति
art31-subscriber-investigating-authority-address = पता
art31-subscriber-investigating-authority-phone = टेलीफ़ोन नंबर
art31-subscriber-investigating-authority-mobile = मोबाइल टेलीफ़ोन नंबर
art31-subscriber-investigating-authority-email = ई-मेल पता
art31-subscriber-investigating-authority-fax = फ़ैक्स नंबर
art31-subscriber-prosecution-court = प्रभारी अभियोजन कार्यालय या न्यायालय, यदि लागू हो
art31-subscriber-prosecution-court-prosecution = प्रभारी अभियोजन कार्यालय और मामला संख्या
art31-subscriber-prosecution-court-court = प्रभारी न्यायालय और मामला संख्या
art31-subscriber-prosecution-court-decisions = इस अनुरोध से संबंधित अभियोजन या न्यायालय के निर्णय
    .hint = प्रत्येक निर्णय के लिए: प्राधिकारी, उसकी तिथि और संख्या, और वह क्या आदेश या प्राधिकृत करता है। यदि अनुरोधित राज्य अपेक्षा करता है, तो एक प्रति संलग्न करें।
art31-subscriber-previous-mla = पारस्परिक विधिक सहायता के पूर्व अनुरोध की जानकारी, यदि लागू हो
art31-subscriber-previous-mla-date = तिथि
art31-subscriber-previous-mla-reference = टिकट / संदर्भ संख्या
art31-subscriber-previous-mla-requesting = पूर्व अनुरोध करने वाले प्राधिकारी के संपर्क विवरण
art31-subscriber-previous-mla-executing = पूर्व अनुरोध का उत्तर देने वाले (या उसे निष्पादित करने वाले) प्राधिकारी के संपर्क विवरण
art31-subscriber-previous-mla-channel = पूर्व अनुरोध प्रस्तुत करने के लिए प्रयुक्त संचार माध्यम (ई-मेल पता, फ़ैक्स नंबर आदि)
art31-subscriber-previous-preservation = परिरक्षण के पूर्व अनुरोध की जानकारी, यदि लागू हो
art31-subscriber-previous-preservation-date = तिथि
art31-subscriber-previous-preservation-reference = टिकट / संदर्भ संख्या
art31-subscriber-previous-preservation-requesting = परिरक्षण का अनुरोध करने वाले प्राधिकारी के संपर्क विवरण
art31-subscriber-previous-preservation-executing = परिरक्षण अनुरोध का उत्तर देने वाले (या उसे निष्पादित करने वाले) प्राधिकारी के संपर्क विवरण
art31-subscriber-previous-preservation-channel = संचार का माध्यम
art31-subscriber-previous-preservation-channel-network-247 = 24/7 नेटवर्क का संपर्क केंद्र
art31-subscriber-previous-preservation-channel-provider = सीधे सेवा प्रदाता को
art31-subscriber-previous-preservation-channel-police = पुलिस सहयोग माध्यम
art31-subscriber-previous-preservation-channel-mla = पारस्परिक सहायता हेतु केंद्रीय प्राधिकारी
art31-subscriber-previous-preservation-channel-other = अन्य
art31-subscriber-previous-preservation-channel-other-detail = प्रयुक्त माध्यम
art31-subscriber-previous-preservation-expiry = डेटा परिरक्षित रहने की अंतिम तिथि
    .hint = वह तिथि जिसको परिरक्षण समाप्त होता है, जैसी अनुरोधित राज्य या सेवा प्रदाता द्वारा पुष्टि की गई हो, यदि ज्ञात हो।
art31-subscriber-legal-grounds = अनुरोध का विधिक आधार
art31-subscriber-legal-grounds-domestic = अनुरोध का घरेलू विधिक आधार, यदि लागू हो
    .hint = आपकी विधि के वे उपबंध जिनके अंतर्गत यह अनुरोध किया जा रहा है, उदाहरण के लिए पारस्परिक विधिक सहायता के अनुरोधों से संबंधित दंड प्रक्रिया संहिता की धाराएँ।
art31-subscriber-legal-grounds-instruments = अन्य लागू संधियाँ या व्यवस्थाएँ
art31-subscriber-legal-grounds-instruments-ets-30 = आपराधिक मामलों में पारस्परिक सहायता पर यूरोपीय कन्वेंशन (ETS सं. 30) और उसके प्रोटोकॉल
art31-subscriber-legal-grounds-instruments-bilateral = द्विपक्षीय संधि
art31-subscriber-legal-grounds-instruments-bilateral-detail = संधि का शीर्षक और तिथि
art31-subscriber-legal-grounds-instruments-reciprocity = पारस्परिकता
art31-subscriber-offences = अपराध
art31-subscriber-offences-offences = अपराध
art31-subscriber-offences-offences-name = अपराध
art31-subscriber-offences-offences-provision = विधिक उपबंध
art31-subscriber-offences-offences-penalty = अधिकतम दंड
art31-subscriber-offences-damage = कारित क्षति
    .hint = हानि की राशि, उसकी मुद्रा में, यदि कोई हो।
art31-subscriber-offences-damage-below-threshold = क्षति USD 5,000 के समतुल्य से कम है
    .hint = आपकी अपनी जाँच, जो अनुरोध में कभी मुद्रित नहीं होती। संयुक्त राज्य अमेरिका सामान्यतः USD 5,000 से कम की क्षति से संबंधित अनुरोध अस्वीकार करता है; अपनी मुद्रा में क्षति की तुलना उस राशि से करें।
art31-subscriber-facts = तथ्यों का संक्षिप्त सारांश
    .hint = किसने क्या किया, कब और कहाँ, और संबंधित सेवा की सहायता से अपराध कैसे किया गया। प्रत्येक समय उसके समय क्षेत्र सहित दें।
art31-subscriber-identifiers = मांगे गए डेटा के पहचानकर्ता और अवधि
art31-subscriber-identifiers-identifiers = मांगे गए डेटा के पहचानकर्ता
    .hint = प्रत्येक खाता, पता या नंबर जिसके अभिदाता की जानकारी मांगी गई है। IP पते के लिए स्रोत पोर्ट और सटीक तिथि और समय उसके समय क्षेत्र सहित दें: साझा पतों के पीछे प्रदाता इनके बिना अभिदाता की पहचान नहीं कर सकता।
art31-subscriber-identifiers-period = वह सटीक अवधि जिसके लिए डेटा मांगा गया है
    .hint = आरंभ और अंत, उनके समय क्षेत्र सहित। केवल वही अवधि मांगें जिसकी अन्वेषण को आवश्यकता है: लंबी अवधियों (90 दिन से अधिक) के अनुरोध प्रायः अत्यधिक व्यापक होने के कारण अस्वीकार कर दिए जाते हैं।
art31-subscriber-categories = मांगी गई अभिदाता सूचना
    .hint = { $basis ->
            [budapest] केवल वही चिह्नित करें जिसकी अन्वेषण को आवश्यकता है। पहले छह बॉक्स कन्वेंशन के अनुच्छेद 18(3) में अभिदाता सूचना की परिभाषा के अनुसार हैं।
           *[other] केवल वही चिह्नित करें जिसकी अन्वेषण को आवश्यकता है।
        }
art31-subscriber-categories-service = प्रयुक्त संचार सेवा का प्रकार, उसके लिए किए गए तकनीकी प्रावधान और सेवा की अवधि
art31-subscriber-categories-identity = अभिदाता की पहचान
art31-subscriber-categories-address = डाक या भौगोलिक पता
art31-subscriber-categories-access-number = टेलीफ़ोन और अन्य अभिगम नंबर
art31-subscriber-categories-billing = बिलिंग और भुगतान संबंधी जानकारी
art31-subscriber-categories-installation = संचार उपकरण की स्थापना का स्थल
art31-subscriber-categories-email = खाते से जुड़े ई-मेल पते
art31-subscriber-categories-registration-ip = पंजीकरण का IP पता तथा तिथि और समय
art31-subscriber-categories-login-ip-at = पहचानकर्ता के साथ दी गई तिथि और समय पर लॉग-इन का IP पता (अभिदाता की पहचान के लिए)
art31-subscriber-categories-other = अन्य
art31-subscriber-categories-other-detail = मांगी गई अन्य जानकारी
art31-subscriber-relevance = डेटा का अन्वेषण से संबंध
    .hint = स्पष्ट करें कि प्रत्येक पहचानकर्ता अपराध और संदिग्ध से किस प्रकार जुड़ा है, और यह क्यों माना जाता है कि डेटा सेवा प्रदाता के पास है।
art31-subscriber-service-provider = डेटा धारण करने वाला सेवा प्रदाता
art31-subscriber-service-provider-name = सेवा प्रदाता का नाम
    .hint = प्रदाता का विधिक नाम, जैसा कि उसकी सेवा-शर्तों या विधि प्रवर्तन दिशानिर्देशों में है।
art31-subscriber-service-provider-address = पता या स्थान
art31-subscriber-urgency = तात्कालिकता
art31-subscriber-urgency-urgent = तत्काल निष्पादन का अनुरोध
art31-subscriber-urgency-reasons = तात्कालिकता के कारण
    .hint = { $basis ->
            [budapest] उदाहरण के लिए, संदिग्ध अभिरक्षा में है, कार्यवाही की कोई समय-सीमा है, या यह मानने के आधार हैं कि डेटा के नष्ट होने या उसमें परिवर्तन की विशेष आशंका है (अनुच्छेद 31(3))।
           *[other] उदाहरण के लिए, संदिग्ध अभिरक्षा में है, कार्यवाही की कोई समय-सीमा है, या यह मानने के आधार हैं कि डेटा के नष्ट होने या उसमें परिवर्तन की विशेष आशंका है।
        }
art31-subscriber-urgency-deadline = डेटा की आवश्यकता इस तिथि तक
art31-subscriber-confidentiality = गोपनीयता
art31-subscriber-confidentiality-confidential = कृपया इस अनुरोध के तथ्य और विषय को गोपनीय रखें, सिवाय उस सीमा तक जो इसके निष्पादन के लिए आवश्यक हो
art31-subscriber-confidentiality-no-notification = सेवा प्रदाता से कहें कि वह अभिदाता या किसी तृतीय पक्ष को सूचित न करे
    .hint = अनुरोधित प्राधिकारी से पूछें कि क्या प्रदाता की प्रथा या प्रणाली उपयोगकर्ता को सतर्क कर सकती है।
art31-subscriber-confidentiality-reasons = गोपनीयता के कारण
    .hint = उदाहरण के लिए, यह जोखिम कि संदिग्ध साक्ष्य नष्ट कर दे, फ़रार हो जाए या सहअपराधियों को सचेत कर दे।
art31-subscriber-form = डेटा का प्रारूप और अधिप्रमाणन
art31-subscriber-form-electronic = पठनीय प्रारूप में इलेक्ट्रॉनिक प्रति
art31-subscriber-form-certified = प्रमाणित प्रति
art31-subscriber-form-certificate = सेवा प्रदाता द्वारा कारबारी अभिलेखों की प्रामाणिकता का प्रमाणपत्र
art31-subscriber-form-other = अन्य
art31-subscriber-form-other-detail = अन्य अपेक्षा
