# Template reply-clarification: request for clarification of a request received.

reply-clarification-legal-basis = खंड 3 में पहचाने गए अनुरोध के संबंध में स्पष्टीकरण हेतु अनुरोध

## 1 to 4: common to every answer

reply-clarification-date = तिथि
reply-clarification-reference = हमारी संदर्भ संख्या
    .hint = वह संदर्भ संख्या जिसके अंतर्गत आपका प्राधिकारी अनुरोध पर कार्रवाई कर रहा है, ताकि अनुरोधकर्ता प्राधिकारी आगे पत्राचार करते समय उसका उल्लेख कर सके।
reply-clarification-request = जिस अनुरोध का उत्तर दिया जा रहा है
reply-clarification-request-reference = अनुरोध की संदर्भ संख्या
reply-clarification-request-date = अनुरोध की तिथि
reply-clarification-request-authority = अनुरोधकर्ता प्राधिकारी
reply-clarification-request-fingerprint = अनुरोध का अंगुलिचिह्न
    .hint = अनुरोध के हर पृष्ठ के नीचे मुद्रित अंगुलिचिह्न। प्राप्त अनुरोध से स्वतः भरा जाता है: इससे अनुरोधकर्ता प्राधिकारी को ठीक-ठीक पता चलता है कि यह उत्तर उसके अनुरोध के किस संस्करण का है।
reply-clarification-responding-authority = उत्तर देने वाला प्राधिकारी
reply-clarification-responding-authority-organisation = प्राधिकारी
reply-clarification-responding-authority-person = अनुरोध पर कार्रवाई करने वाला अधिकारी
reply-clarification-responding-authority-position = पद या श्रेणी
reply-clarification-responding-authority-telephone = टेलीफ़ोन नंबर
reply-clarification-responding-authority-email = ई-मेल पता

## 5 Clarification requested

reply-clarification-clarification = अपेक्षित स्पष्टीकरण
reply-clarification-clarification-fields = अनुरोध की विचाराधीन मदें
    .hint = अनुरोध की प्रत्येक अस्पष्ट या अपूर्ण क्रमांकित मद के लिए एक पंक्ति: अनुरोध में मुद्रित उसकी संख्या, और क्या आवश्यक है।
reply-clarification-clarification-fields-field = मद संख्या
reply-clarification-clarification-fields-question = क्या अस्पष्ट है या क्या छूटा है
reply-clarification-clarification-by = कृपया इस तिथि तक उत्तर दें
    .hint = वैकल्पिक। परिरक्षण के मामले में, वह तिथि जिस तक डेटा रखे रहने के लिए उत्तर आवश्यक है।
