# Template art31-content: mutual legal assistance request for stored content data, with traffic data and subscriber information if needed (Budapest Convention Art. 31).
# Sections 1-11 follow the numbering and wording of T-CY(2018)10, as in art31-subscriber; later sections follow Art. 1(d), 18(3), 25(5), 28 and 31 of the Convention.

art31-content-legal-basis = { $basis ->
        [budapest] साइबर अपराध पर कन्वेंशन (ETS सं. 185) का अनुच्छेद 31
       *[other] { basis-legal-basis }
    }
art31-content-date = तिथि
art31-content-reference = संदर्भ / मामला संख्या
art31-content-status = अनुरोध की स्थिति
    .hint = लागू होने वाले प्रत्येक बॉक्स को चिह्नित करें। अनुवर्ती अनुरोध चुनने पर पूर्व अनुरोध के विवरण के लिए खंड 9 और 10 खुलते हैं।
art31-content-status-new = नया अनुरोध
art31-content-status-follow-up-mla = पारस्परिक विधिक सहायता के पूर्व अनुरोध पर अनुवर्ती अनुरोध (विवरण खंड 9 में)
art31-content-status-follow-up-preservation = परिरक्षण के पूर्व अनुरोध पर अनुवर्ती अनुरोध (विवरण खंड 10 में)
art31-content-requested-authority = अनुरोधित प्राधिकारी
art31-content-requested-authority-country = अनुरोधित राज्य
art31-content-requested-authority-authority = प्राधिकारी
    .hint = { $basis ->
            [budapest] अनुरोधित राज्य का पारस्परिक सहायता हेतु केंद्रीय प्राधिकारी (अनुच्छेद 27(2)), या वह प्राधिकारी जिसे उसने ऐसे अनुरोध प्राप्त करने के लिए नामित किया है।
           *[other] अनुरोधित राज्य का पारस्परिक सहायता हेतु केंद्रीय प्राधिकारी, या वह प्राधिकारी जिसे उसने ऐसे अनुरोध प्राप्त करने के लिए नामित किया है।
        }
art31-content-requesting-authority = अनुरोधकर्ता प्राधिकारी
art31-content-requesting-authority-organisation = संगठन
art31-content-requesting-authority-person = अनुरोध का प्रभारी व्यक्ति
art31-content-requesting-authority-address = पता
art31-content-requesting-authority-phone = टेलीफ़ोन नंबर
art31-content-requesting-authority-mobile = मोबाइल टेलीफ़ोन नंबर
art31-content-requesting-authority-email = ई-मेल पता
art31-content-requesting-authority-fax = फ़ैक्स नंबर
art31-content-requesting-authority-office-hours = कार्यालय समय
art31-content-requesting-authority-time-zone = समय क्षेत्र
    .hint = आपके कार्यालय का समय क्षेत्र, UTC से अंतर के रूप में। इस अनुरोध का प्रत्येक अन्य समय अपने समय क्षेत्र के साथ दिया जाता है।
art31-content-requesting-authority-response = उत्तर का माध्यम
art31-content-requesting-authority-response-expedited = ई-मेल या अन्य शीघ्र माध्यम से उत्तर को प्राथमिकता
art31-content-requesting-authority-response-other = अन्य माध्यम से उत्तर को प्राथमिकता
art31-content-requesting-authority-response-other-detail = उत्तर इस माध्यम से अपेक्षित
art31-content-additional-contact = यदि अनुरोधकर्ता प्राधिकारी से अतिरिक्त पुष्टि की आवश्यकता हो, तो कृपया संपर्क करें
art31-content-additional-contact-contacts = संपर्क व्यक्ति
art31-content-additional-contact-contacts-name = नाम
art31-content-additional-contact-contacts-job-title = पदनाम
art31-content-additional-contact-contacts-function = कार्य
art31-content-additional-contact-contacts-phone = टेलीफ़ोन नंबर
art31-content-additional-contact-contacts-mobile = मोबाइल टेलीफ़ोन नंबर
art31-content-additional-contact-contacts-email = ई-मेल पता
art31-content-investigating-authority = मामले का प्रभारी अन्वेषण / परिचालन प्राधिकारी (यदि अनुरोधकर्ता प्राधिकारी से भिन्न हो)
art31-content-investigating-authority-organisation = संगठन
art31-content-investigating-authority-person = मामले का प्रभारी व्यक्ति
art31-content-investigating-authority-address = पता
art31-content-investigating-authority-phone = टेलीफ़ोन नंबर
art31-content-investigating-authority-mobile = मोबाइल टेलीफ़ोन नंबर
art31-content-investigating-authority-email = ई-मेल पता
art31-content-investigating-authority-fax = फ़ैक्स नंबर
art31-content-prosecution-court = प्रभारी अभियोजन कार्यालय या न्यायालय, यदि लागू हो
art31-content-prosecution-court-prosecution = प्रभारी अभियोजन कार्यालय और मामला संख्या
art31-content-prosecution-court-court = प्रभारी न्यायालय और मामला संख्या
art31-content-prosecution-court-decisions = इस अनुरोध से संबंधित अभियोजन या न्यायालय के निर्णय
    .hint = प्रत्येक निर्णय के लिए: प्राधिकारी, उसकी तिथि और संख्या, और वह क्या आदेश या प्राधिकृत करता है। यदि अनुरोधित राज्य अपेक्षा करता है, तो एक प्रति संलग्न करें।
art31-content-previous-mla = पारस्परिक विधिक सहायता के पूर्व अनुरोध की जानकारी, यदि लागू हो
art31-content-previous-mla-date = तिथि
art31-content-previous-mla-reference = टिकट / संदर्भ संख्या
art31-content-previous-mla-requesting = पूर्व अनुरोध करने वाले प्राधिकारी के संपर्क विवरण
art31-content-previous-mla-executing = पूर्व अनुरोध का उत्तर देने वाले (या उसे निष्पादित करने वाले) प्राधिकारी के संपर्क विवरण
art31-content-previous-mla-channel = पूर्व अनुरोध प्रस्तुत करने के लिए प्रयुक्त संचार माध्यम (ई-मेल पता, फ़ैक्स नंबर आदि)
art31-content-previous-preservation = परिरक्षण के पूर्व अनुरोध की जानकारी, यदि लागू हो
art31-content-previous-preservation-date = तिथि
art31-content-previous-preservation-reference = टिकट / संदर्भ संख्या
art31-content-previous-preservation-requesting = परिरक्षण का अनुरोध करने वाले प्राधिकारी के संपर्क विवरण
art31-content-previous-preservation-executing = परिरक्षण अनुरोध का उत्तर देने वाले (या उसे निष्पादित करने वाले) प्राधिकारी के संपर्क विवरण
art31-content-previous-preservation-channel = संचार का माध्यम
art31-content-previous-preservation-channel-network-247 = 24/7 नेटवर्क का संपर्क केंद्र
art31-content-previous-preservation-channel-provider = सीधे सेवा प्रदाता को
art31-content-previous-preservation-channel-police = पुलिस सहयोग माध्यम
art31-content-previous-preservation-channel-mla = पारस्परिक सहायता हेतु केंद्रीय प्राधिकारी
art31-content-previous-preservation-channel-other = अन्य
art31-content-previous-preservation-channel-other-detail = प्रयुक्त माध्यम
art31-content-previous-preservation-expiry = डेटा परिरक्षित रहने की अंतिम तिथि
    .hint = वह तिथि जिसको परिरक्षण समाप्त होता है, जैसी अनुरोधित राज्य या सेवा प्रदाता द्वारा पुष्टि की गई हो, यदि ज्ञात हो।
art31-content-legal-grounds = अनुरोध का विधिक आधार
art31-content-legal-grounds-domestic = अनुरोध का घरेलू विधिक आधार, यदि लागू हो
    .hint = आपकी विधि के वे उपबंध जिनके अंतर्गत यह अनुरोध किया जा रहा है, उदाहरण के लिए पारस्परिक विधिक सहायता के अनुरोधों से संबंधित दंड प्रक्रिया संहिता की धाराएँ।
art31-content-legal-grounds-instruments = अन्य लागू संधियाँ या व्यवस्थाएँ
art31-content-legal-grounds-instruments-ets-30 = आपराधिक मामलों में पारस्परिक सहायता पर यूरोपीय कन्वेंशन (ETS सं. 30) और उसके प्रोटोकॉल
art31-content-legal-grounds-instruments-bilateral = द्विपक्षीय संधि
art31-content-legal-grounds-instruments-bilateral-detail = संधि का शीर्षक और तिथि
art31-content-legal-grounds-instruments-reciprocity = पारस्परिकता
art31-content-offences = अपराध
art31-content-offences-offences = अपराध
art31-content-offences-offences-name = अपराध
art31-content-offences-offences-provision = विधिक उपबंध
art31-content-offences-offences-penalty = अधिकतम दंड
art31-content-offences-damage = कारित क्षति
    .hint = हानि की राशि, उसकी मुद्रा में, यदि कोई हो।
art31-content-offences-damage-below-threshold = क्षति USD 5,000 के समतुल्य से कम है
    .hint = आपकी अपनी जाँच, जो अनुरोध में कभी मुद्रित नहीं होती। संयुक्त राज्य अमेरिका सामान्यतः USD 5,000 से कम की क्षति से संबंधित अनुरोध अस्वीकार करता है; अपनी मुद्रा में क्षति की तुलना उस राशि से करें।
art31-content-facts = तथ्यों का संक्षिप्त सारांश
    .hint = किसने क्या किया, कब और कहाँ, और संबंधित सेवा की सहायता से अपराध कैसे किया गया। प्रत्येक समय उसके समय क्षेत्र सहित दें।
art31-content-identifiers = मांगे गए डेटा के पहचानकर्ता और अवधि
art31-content-identifiers-identifiers = मांगे गए डेटा के पहचानकर्ता
    .hint = प्रत्येक खाता, पता या नंबर जिसका डेटा मांगा गया है। IP पते के लिए स्रोत पोर्ट और सटीक तिथि और समय उसके समय क्षेत्र सहित दें: साझा पतों के पीछे प्रदाता इनके बिना अभिदाता की पहचान नहीं कर सकता।
art31-content-identifiers-period = वह सटीक अवधि जिसके लिए डेटा मांगा गया है
    .hint = आरंभ और अंत, उनके समय क्षेत्र सहित। केवल वही अवधि मांगें जिसकी अन्वेषण को आवश्यकता है: लंबी अवधियों (90 दिन से अधिक) के अनुरोध प्रायः अत्यधिक व्यापक होने के कारण अस्वीकार कर दिए जाते हैं।
art31-content-data = मांगा गया डेटा
art31-content-data-content = मांगा गया सामग्री डेटा
    .hint = केवल वही सामग्री बताएँ जिसे तथ्य उचित ठहराते हैं; अनुरोधित राज्य को इसके लिए न्यायालय के आदेश की आवश्यकता हो सकती है।
art31-content-data-content-messages = संग्रहीत संदेश, चैट और प्रत्यक्ष संदेशों सहित
art31-content-data-content-emails = संग्रहीत ई-मेल उनके संलग्नकों सहित
art31-content-data-content-files = संग्रहीत फ़ाइलें और दस्तावेज़, क्लाउड संग्रहण सहित
art31-content-data-content-media = फ़ोटो और वीडियो
art31-content-data-content-posts = पोस्ट, टिप्पणियाँ और अन्य प्रकाशित सामग्री
art31-content-data-content-location = संग्रहीत स्थान संबंधी जानकारी
art31-content-data-content-contacts = संपर्क सूचियाँ और पता पुस्तिकाएँ
art31-content-data-content-other = अन्य
art31-content-data-content-other-detail = मांगा गया अन्य सामग्री डेटा
art31-content-data-traffic = मांगा गया ट्रैफ़िक डेटा
    .hint = { $basis ->
            [budapest] केवल वही चिह्नित करें जो सामग्री के अतिरिक्त आवश्यक है। पहले आठ बॉक्स कन्वेंशन के अनुच्छेद 1(d) में ट्रैफ़िक डेटा की परिभाषा के अनुसार हैं: संचार की श्रृंखला के भाग के रूप में किसी कंप्यूटर प्रणाली द्वारा उत्पन्न डेटा।
           *[other] केवल वही चिह्नित करें जो सामग्री के अतिरिक्त आवश्यक है। ट्रैफ़िक डेटा वह डेटा है जो संचार की श्रृंखला के भाग के रूप में किसी कंप्यूटर प्रणाली द्वारा उत्पन्न होता है।
        }
art31-content-data-traffic-origin = संचारों का उद्गम
art31-content-data-traffic-destination = संचारों का गंतव्य
art31-content-data-traffic-route = मार्ग
art31-content-data-traffic-time = समय
art31-content-data-traffic-date = तिथि
art31-content-data-traffic-size = आकार
art31-content-data-traffic-duration = अवधि
art31-content-data-traffic-service = अंतर्निहित सेवा का प्रकार
art31-content-data-traffic-connection-log = IP संयोजन इतिहास: IP पतों, स्रोत पोर्टों, तिथियों और समयों सहित लॉग-इन और लॉग-आउट
art31-content-data-traffic-headers = ई-मेल हेडर की जानकारी, सामग्री के बिना
art31-content-data-traffic-other = अन्य
art31-content-data-traffic-other-detail = मांगा गया अन्य ट्रैफ़िक डेटा
art31-content-data-subscriber = मांगी गई अभिदाता सूचना
    .hint = { $basis ->
            [budapest] केवल वही चिह्नित करें जो सामग्री के अतिरिक्त आवश्यक है। पहले छह बॉक्स कन्वेंशन के अनुच्छेद 18(3) में अभिदाता सूचना की परिभाषा के अनुसार हैं।
           *[other] केवल वही चिह्नित करें जो सामग्री के अतिरिक्त आवश्यक है।
        }
art31-content-data-subscriber-service = प्रयुक्त संचार सेवा का प्रकार, उसके लिए किए गए तकनीकी प्रावधान और सेवा की अवधि
art31-content-data-subscriber-identity = अभिदाता की पहचान
art31-content-data-subscriber-address = डाक या भौगोलिक पता
art31-content-data-subscriber-access-number = टेलीफ़ोन और अन्य अभिगम नंबर
art31-content-data-subscriber-billing = बिलिंग और भुगतान संबंधी जानकारी
art31-content-data-subscriber-installation = संचार उपकरण की स्थापना का स्थल
art31-content-data-subscriber-email = खाते से जुड़े ई-मेल पते
art31-content-data-subscriber-registration-ip = पंजीकरण का IP पता तथा तिथि और समय
art31-content-data-subscriber-other = अन्य
art31-content-data-subscriber-other-detail = मांगी गई अन्य अभिदाता सूचना
art31-content-measures = अनुरोधित उपाय
    .hint = { $basis ->
            [budapest] अनुच्छेद 31(1): अनुरोधित पक्षकार अपने राज्यक्षेत्र में संग्रहीत डेटा की, जिसमें अनुच्छेद 29 के अंतर्गत परिरक्षित डेटा भी शामिल है, तलाशी ले सकता है या उस तक समान रूप से पहुँच सकता है, उसका अभिग्रहण कर सकता है या उसे समान रूप से सुरक्षित कर सकता है, और उसे प्रकट कर सकता है।
           *[other] अनुरोधित राज्य से उसके राज्यक्षेत्र में संग्रहीत डेटा के संबंध में, जिसमें पहले से परिरक्षित डेटा भी शामिल है, क्या करने का अनुरोध है: उसकी तलाशी लेना या उस तक समान रूप से पहुँचना, उसका अभिग्रहण करना या उसे समान रूप से सुरक्षित करना, और उसे प्रकट करना।
        }
art31-content-measures-search = तलाशी या समान पहुँच
art31-content-measures-seizure = अभिग्रहण या समान रूप से सुरक्षित करना
art31-content-measures-disclosure = प्रकटन
art31-content-preservation = डेटा का परिरक्षण
art31-content-preservation-sought = क्या डेटा के परिरक्षण का अनुरोध पहले ही किया जा चुका है?
    .hint = { $basis ->
            [budapest] क्या डेटा कन्वेंशन के अनुच्छेद 29 के अंतर्गत, 24/7 नेटवर्क के माध्यम से या सीधे सेवा प्रदाता के पास परिरक्षित किया गया था। संदर्भ संख्या से अनुरोधित प्राधिकारी और प्रदाता परिरक्षित डेटा खोज पाते हैं। यदि यह अनुरोध खंड 10 में वर्णित परिरक्षण अनुरोध पर अनुवर्ती है, तो वही तिथि और संदर्भ संख्या दें।
           *[other] क्या डेटा 24/7 नेटवर्क, अनुरोधित राज्य के किसी अन्य प्राधिकारी के माध्यम से या सीधे सेवा प्रदाता के पास परिरक्षित किया गया था। संदर्भ संख्या से अनुरोधित प्राधिकारी और प्रदाता परिरक्षित डेटा खोज पाते हैं। यदि यह अनुरोध खंड 10 में वर्णित परिरक्षण अनुरोध पर अनुवर्ती है, तो वही तिथि और संदर्भ संख्या दें।
        }
art31-content-preservation-sought-yes = हाँ
art31-content-preservation-sought-no = नहीं
art31-content-preservation-date = परिरक्षण अनुरोध की तिथि
art31-content-preservation-reference = परिरक्षण अनुरोध की संदर्भ संख्या
    .hint = अनुरोधित प्राधिकारी या सेवा प्रदाता द्वारा दी गई संदर्भ संख्या; यदि कोई नहीं दी गई, तो आपकी अपनी संदर्भ संख्या।
art31-content-relevance = डेटा का अन्वेषण से संबंध
    .hint = स्पष्ट करें कि प्रत्येक पहचानकर्ता और मांगे गए डेटा का प्रत्येक प्रकार अपराध और संदिग्ध से किस प्रकार जुड़ा है, और यह क्यों माना जाता है कि डेटा सेवा प्रदाता के पास है।
art31-content-grounds = सामग्री डेटा की तलाशी या प्रस्तुति का तथ्यात्मक आधार
    .hint = वे विशिष्ट तथ्य जो प्रपीड़क उपायों के लिए अनुरोधित राज्य की सीमा को पूरा करते हैं, उदाहरण के लिए संयुक्त राज्य अमेरिका में "probable cause" (संभाव्य कारण): ऐसे तथ्य जो दर्शाते हैं कि खाते का उपयोग अपराध के संबंध में किया गया था और उसका साक्ष्य मांगी गई सामग्री में मिलने की संभावना है, और वे तथ्य कब घटित हुए। केवल निष्कर्ष या संदेह पर्याप्त नहीं हैं।
art31-content-dual-criminality = दोहरी आपराधिकता
    .hint = { $basis ->
            [budapest] स्पष्ट करें कि खंड 13 में वर्णित आचरण अनुरोधित राज्य की विधि के अंतर्गत भी आपराधिक अपराध कैसे है, ज्ञात होने पर संगत उपबंध का उल्लेख करते हुए। कन्वेंशन के अनुच्छेद 25(5) के अंतर्गत यह शर्त तब पूरी होती है जब अपराध का आधारभूत आचरण वहाँ आपराधिक अपराध हो, चाहे उसकी श्रेणी या नाम कुछ भी हो।
           *[other] स्पष्ट करें कि खंड 13 में वर्णित आचरण अनुरोधित राज्य की विधि के अंतर्गत भी आपराधिक अपराध कैसे है, ज्ञात होने पर संगत उपबंध का उल्लेख करते हुए।
        }
art31-content-use = डेटा के उपयोग पर परिसीमाएँ
art31-content-use-undertakings = अनुरोधकर्ता प्राधिकारी के वचनबंध
    .hint = { $basis ->
            [budapest] अनुच्छेद 28 वहाँ लागू होता है जहाँ पक्षकारों के बीच पारस्परिक सहायता की कोई संधि या एकरूप या पारस्परिक विधान के आधार पर कोई व्यवस्था प्रवृत्त नहीं है; अन्यथा गोपनीयता और उपयोग के संबंध में उस संधि या व्यवस्था के नियम लागू होते हैं।
           *[other] गोपनीयता और उपयोग की परिसीमा की शर्तें चुने गए लिखत की शर्तें हैं, या संधि न होने पर वे शर्तें जो अनुरोधित राज्य निर्धारित करता है।
        }
art31-content-use-undertakings-article-28 = { $basis ->
        [budapest] अनुरोधकर्ता प्राधिकारी कन्वेंशन के अनुच्छेद 28(2) के अंतर्गत अनुरोधित पक्षकार द्वारा निर्धारित गोपनीयता और उपयोग की परिसीमा की शर्तों का पालन करेगा
       *[other] अनुरोधकर्ता प्राधिकारी अनुरोधित राज्य द्वारा निर्धारित गोपनीयता और उपयोग की परिसीमा की शर्तों का पालन करेगा
    }
art31-content-use-undertakings-speciality = डेटा का उपयोग केवल इस अनुरोध में उल्लिखित अन्वेषण और कार्यवाही के लिए किया जाएगा, जब तक कि अनुरोधित पक्षकार अन्य उपयोग के लिए सहमति न दे (विशिष्टता का नियम)
art31-content-use-explanation = डेटा के आशयित उपयोग का स्पष्टीकरण
    .hint = उदाहरण के लिए, क्या डेटा बचाव पक्ष को प्रकट करना होगा या संबंधित कार्यवाहियों में उपयोग करना होगा, ताकि अनुरोधित पक्षकार तदनुसार अपनी शर्तें निर्धारित कर सके।
art31-content-service-provider = डेटा धारण करने वाला सेवा प्रदाता
art31-content-service-provider-name = सेवा प्रदाता का नाम
    .hint = प्रदाता का विधिक नाम, जैसा कि उसकी सेवा-शर्तों या विधि प्रवर्तन दिशानिर्देशों में है।
art31-content-service-provider-address = पता या स्थान
art31-content-urgency = तात्कालिकता
art31-content-urgency-urgent = तत्काल निष्पादन का अनुरोध
art31-content-urgency-reasons = तात्कालिकता के कारण
    .hint = { $basis ->
            [budapest] उदाहरण के लिए, संदिग्ध अभिरक्षा में है, कार्यवाही की कोई समय-सीमा है, या यह मानने के आधार हैं कि डेटा के नष्ट होने या उसमें परिवर्तन की विशेष आशंका है (अनुच्छेद 31(3))।
           *[other] उदाहरण के लिए, संदिग्ध अभिरक्षा में है, कार्यवाही की कोई समय-सीमा है, या यह मानने के आधार हैं कि डेटा के नष्ट होने या उसमें परिवर्तन की विशेष आशंका है।
        }
art31-content-urgency-deadline = डेटा की आवश्यकता इस तिथि तक
art31-content-confidentiality = गोपनीयता
art31-content-confidentiality-confidential = कृपया इस अनुरोध के तथ्य और विषय को गोपनीय रखें, सिवाय उस सीमा तक जो इसके निष्पादन के लिए आवश्यक हो
art31-content-confidentiality-no-notification = सेवा प्रदाता से कहें कि वह अभिदाता या किसी तृतीय पक्ष को सूचित न करे
    .hint = अनुरोधित प्राधिकारी से पूछें कि क्या प्रदाता की प्रथा या प्रणाली उपयोगकर्ता को सतर्क कर सकती है।
art31-content-confidentiality-reasons = गोपनीयता के कारण
    .hint = उदाहरण के लिए, यह जोखिम कि संदिग्ध साक्ष्य नष्ट कर दे, फ़रार हो जाए या सहअपराधियों को सचेत कर दे।
art31-content-form = डेटा का प्रारूप, अधिप्रमाणन और अभिरक्षा की श्रृंखला
    .hint = साक्ष्य के रूप में ग्राह्य होने के लिए सामग्री को सामान्यतः अधिप्रमाणित करना होता है: वह चिह्नित करें जिसकी आपके न्यायालयों को आवश्यकता है, उदाहरण के लिए हैश मानों सहित फ़ॉरेंसिक प्रति और डेटा का संचालन करने वाले प्रत्येक व्यक्ति का अभिलेख, या सेवा प्रदाता द्वारा उसके कारबारी अभिलेखों की प्रामाणिकता का प्रमाणपत्र।
art31-content-form-electronic = पठनीय प्रारूप में इलेक्ट्रॉनिक प्रति
art31-content-form-certified = प्रमाणित प्रति
art31-content-form-certificate = सेवा प्रदाता द्वारा कारबारी अभिलेखों की प्रामाणिकता का प्रमाणपत्र
art31-content-form-forensic = हैश मानों सहित फ़ॉरेंसिक प्रति
art31-content-form-custody = अभिरक्षा की श्रृंखला का अभिलेख
art31-content-form-other = अन्य
art31-content-form-other-detail = अन्य अपेक्षा
