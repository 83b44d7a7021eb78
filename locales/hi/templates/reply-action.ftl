# Template reply-action: notice of action taken on a request received (T-CY Rec 9).

reply-action-legal-basis = खंड 3 में पहचाने गए अनुरोध पर की गई कार्रवाई की सूचना

## 1 to 4: common to every answer

reply-action-date = तिथि
reply-action-reference = हमारी संदर्भ संख्या
    .hint = वह संदर्भ संख्या जिसके अंतर्गत आपका प्राधिकारी अनुरोध पर कार्रवाई कर रहा है, ताकि अनुरोधकर्ता प्राधिकारी आगे पत्राचार करते समय उसका उल्लेख कर सके।
reply-action-request = जिस अनुरोध का उत्तर दिया जा रहा है
reply-action-request-reference = अनुरोध की संदर्भ संख्या
reply-action-request-date = अनुरोध की तिथि
reply-action-request-authority = अनुरोधकर्ता प्राधिकारी
reply-action-request-fingerprint = अनुरोध का अंगुलिचिह्न
    .hint = अनुरोध के हर पृष्ठ के नीचे मुद्रित अंगुलिचिह्न। प्राप्त अनुरोध से स्वतः भरा जाता है: इससे अनुरोधकर्ता प्राधिकारी को ठीक-ठीक पता चलता है कि यह उत्तर उसके अनुरोध के किस संस्करण का है।
reply-action-responding-authority = उत्तर देने वाला प्राधिकारी
reply-action-responding-authority-organisation = प्राधिकारी
reply-action-responding-authority-person = अनुरोध पर कार्रवाई करने वाला अधिकारी
reply-action-responding-authority-position = पद या श्रेणी
reply-action-responding-authority-telephone = टेलीफ़ोन नंबर
reply-action-responding-authority-email = ई-मेल पता

## 5 Action taken

reply-action-action = की गई कार्रवाई
reply-action-action-taken = अनुरोध पर की गई कार्रवाई
    .hint = अब तक क्या किया गया है, उदाहरण के लिए: डेटा सेवा प्रदाता से प्राप्त कर लिया गया है और इस सूचना के साथ भेजा जा रहा है, या आदेश के लिए अनुरोध न्यायालय को भेजा गया है।
reply-action-action-date = कार्रवाई की तिथि
reply-action-action-next = आगे अपेक्षित कार्रवाई
