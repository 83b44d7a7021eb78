# Template reply-preserved: confirmation that a preservation request was executed.

reply-preserved-legal-basis = खंड 3 में पहचाने गए अनुरोध में माँगे गए परिरक्षण की पुष्टि

## 1 to 4: common to every answer

reply-preserved-date = तिथि
reply-preserved-reference = हमारी संदर्भ संख्या
    .hint = वह संदर्भ संख्या जिसके अंतर्गत आपका प्राधिकारी अनुरोध पर कार्रवाई कर रहा है, ताकि अनुरोधकर्ता प्राधिकारी आगे पत्राचार करते समय उसका उल्लेख कर सके।
reply-preserved-request = जिस अनुरोध का उत्तर दिया जा रहा है
reply-preserved-request-reference = अनुरोध की संदर्भ संख्या
reply-preserved-request-date = अनुरोध की तिथि
reply-preserved-request-authority = अनुरोधकर्ता प्राधिकारी
reply-preserved-request-fingerprint = अनुरोध का अंगुलिचिह्न
    .hint = अनुरोध के हर पृष्ठ के नीचे मुद्रित अंगुलिचिह्न। प्राप्त अनुरोध से स्वतः भरा जाता है: इससे अनुरोधकर्ता प्राधिकारी को ठीक-ठीक पता चलता है कि यह उत्तर उसके अनुरोध के किस संस्करण का है।
reply-preserved-responding-authority = उत्तर देने वाला प्राधिकारी
reply-preserved-responding-authority-organisation = प्राधिकारी
reply-preserved-responding-authority-person = अनुरोध पर कार्रवाई करने वाला अधिकारी
reply-preserved-responding-authority-position = पद या श्रेणी
reply-preserved-responding-authority-telephone = टेलीफ़ोन नंबर
reply-preserved-responding-authority-email = ई-मेल पता

## 5 Preservation

reply-preserved-preservation = परिरक्षण
reply-preserved-preservation-preserved-on = डेटा परिरक्षित किए जाने की तिथि
reply-preserved-preservation-ends-on = डेटा इस तिथि तक परिरक्षित
    .hint = वह अंतिम दिन जब तक डेटा रखा जाएगा, जब तक कि परिरक्षण बढ़ाया न जाए या उस दिन तक डेटा के प्रकटन का अनुरोध प्राप्त न हो जाए।
reply-preserved-preservation-scope = परिरक्षित डेटा
reply-preserved-preservation-scope-all = अनुरोधित संपूर्ण डेटा
reply-preserved-preservation-scope-part = अनुरोधित डेटा का एक भाग
reply-preserved-preservation-scope-part-detail = परिरक्षित डेटा, तथा वह डेटा जो परिरक्षित नहीं किया गया, कारण सहित
reply-preserved-preservation-holder = डेटा धारक
reply-preserved-remarks = टिप्पणियाँ
