# Template reply-receipt: confirmation of receipt of a request received (T-CY Rec 9).

reply-receipt-legal-basis = खंड 3 में पहचाने गए अनुरोध की प्राप्ति की पुष्टि

## 1 to 4: common to every answer

reply-receipt-date = तिथि
reply-receipt-reference = हमारी संदर्भ संख्या
    .hint = वह संदर्भ संख्या जिसके अंतर्गत आपका प्राधिकारी अनुरोध पर कार्रवाई कर रहा है, ताकि अनुरोधकर्ता प्राधिकारी आगे पत्राचार करते समय उसका उल्लेख कर सके।
reply-receipt-request = जिस अनुरोध का उत्तर दिया जा रहा है
reply-receipt-request-reference = अनुरोध की संदर्भ संख्या
reply-receipt-request-date = अनुरोध की तिथि
reply-receipt-request-authority = अनुरोधकर्ता प्राधिकारी
reply-receipt-request-fingerprint = अनुरोध का अंगुलिचिह्न
    .hint = अनुरोध के हर पृष्ठ के नीचे मुद्रित अंगुलिचिह्न। प्राप्त अनुरोध से स्वतः भरा जाता है: इससे अनुरोधकर्ता प्राधिकारी को ठीक-ठीक पता चलता है कि यह उत्तर उसके अनुरोध के किस संस्करण का है।
reply-receipt-responding-authority = उत्तर देने वाला प्राधिकारी
reply-receipt-responding-authority-organisation = प्राधिकारी
reply-receipt-responding-authority-person = अनुरोध पर कार्रवाई करने वाला अधिकारी
reply-receipt-responding-authority-position = पद या श्रेणी
reply-receipt-responding-authority-telephone = टेलीफ़ोन नंबर
reply-receipt-responding-authority-email = ई-मेल पता

## 5 to 7

reply-receipt-received-date = अनुरोध प्राप्त होने की तिथि
reply-receipt-forwarded = जिस प्राधिकारी को निष्पादन हेतु अग्रेषित किया गया
    .hint = वह प्राधिकारी जिसे अनुरोध निष्पादन हेतु अग्रेषित किया गया, यदि ऐसा किया गया हो; यदि आपका प्राधिकारी स्वयं उसे निष्पादित करता है तो खाली छोड़ें।
reply-receipt-remarks = टिप्पणियाँ
