# Template reply-refusal: notice that a request received cannot be executed, with its reasons.

reply-refusal-legal-basis = इस बात की सूचना कि खंड 3 में पहचाना गया अनुरोध निष्पादित नहीं किया जा सकता

## 1 to 4: common to every answer

reply-refusal-date = तिथि
reply-refusal-reference = हमारी संदर्भ संख्या
    .hint = वह संदर्भ संख्या जिसके अंतर्गत आपका प्राधिकारी अनुरोध पर कार्रवाई कर रहा है, ताकि अनुरोधकर्ता प्राधिकारी आगे पत्राचार करते समय उसका उल्लेख कर सके।
reply-refusal-request = जिस अनुरोध का उत्तर दिया जा रहा है
reply-refusal-request-reference = अनुरोध की संदर्भ संख्या
reply-refusal-request-date = अनुरोध की तिथि
reply-refusal-request-authority = अनुरोधकर्ता प्राधिकारी
reply-refusal-request-fingerprint = अनुरोध का अंगुलिचिह्न
    .hint = अनुरोध के हर पृष्ठ के नीचे मुद्रित अंगुलिचिह्न। प्राप्त अनुरोध से स्वतः भरा जाता है: इससे अनुरोधकर्ता प्राधिकारी को ठीक-ठीक पता चलता है कि यह उत्तर उसके अनुरोध के किस संस्करण का है।
reply-refusal-responding-authority = उत्तर देने वाला प्राधिकारी
reply-refusal-responding-authority-organisation = प्राधिकारी
reply-refusal-responding-authority-person = अनुरोध पर कार्रवाई करने वाला अधिकारी
reply-refusal-responding-authority-position = पद या श्रेणी
reply-refusal-responding-authority-telephone = टेलीफ़ोन नंबर
reply-refusal-responding-authority-email = ई-मेल पता

## 5 and 6: reasons, and what would allow execution

reply-refusal-reasons = कारण
reply-refusal-reasons-reasons = अनुरोध निष्पादित नहीं किया जा सकता क्योंकि
reply-refusal-reasons-reasons-incomplete = अनुरोध अपूर्ण है
reply-refusal-reasons-reasons-wrong-addressee = इसे गलत प्राधिकारी या विधिक इकाई को भेजा गया था
reply-refusal-reasons-reasons-identification = दी गई जानकारी उपयोगकर्ता या डेटा की पहचान के लिए पर्याप्त नहीं है
reply-refusal-reasons-reasons-not-held = डेटा धारित नहीं है
reply-refusal-reasons-reasons-retention-expired = डेटा अब प्रतिधारित नहीं है
reply-refusal-reasons-reasons-legal-obstacle = कोई विधिक बाधा निष्पादन को रोकती है
reply-refusal-reasons-reasons-dual-criminality = दोहरी आपराधिकता की शर्त पूरी नहीं होती
reply-refusal-reasons-reasons-other = अन्य कारण
reply-refusal-reasons-reasons-other-detail = अन्य कारण
reply-refusal-reasons-explanation = स्पष्टीकरण
    .hint = वैकल्पिक। चिह्नित कारणों के पीछे के तथ्य, ऐसे शब्दों में जिनके आधार पर अनुरोधकर्ता प्राधिकारी कार्रवाई कर सके।
reply-refusal-next = अनुरोध का निष्पादन किस बात से संभव होगा
    .hint = वैकल्पिक। उदाहरण के लिए: छूटी हुई जानकारी, सक्षम प्राधिकारी या विधिक इकाई, या अपनाई जाने वाली विधिक प्रक्रिया।
