# The signature block that closes every request (templates/signature.toml): one set of messages
# for every request type. Its items are shown in the form; the PDF prints name, position, place
# and date above a signature line and a space for the official seal, kept together on one page.

signature-heading = हस्ताक्षर
signature-name = नाम
    .hint = खाली छोड़ने पर PDF में अनुरोधकर्ता प्राधिकारी के विवरण में नामित, अनुरोध का प्रभारी व्यक्ति मुद्रित होता है।
signature-position = पद या श्रेणी
    .hint = खाली छोड़ने पर PDF में अनुरोधकर्ता प्राधिकारी के विवरण में दिया गया पद मुद्रित होता है, जहाँ यह फ़ॉर्म उसे माँगता है।
signature-place = स्थान
signature-date = तिथि
signature-checked-name = उत्तरों के अनुवाद की जाँच करने वाला व्यक्ति: नाम
    .hint = वैकल्पिक। वह व्यक्ति जिसने आपके उत्तरों के अनुवाद की जाँच की; PDF की समापन टिप्पणी में उसका नाम दिया जाता है। Tandem इसे कभी स्वयं नहीं भरता।
signature-checked-office = उत्तरों के अनुवाद की जाँच करने वाला व्यक्ति: कार्यालय
# Printed under the line left for the handwritten signature.
signature-line = हस्ताक्षर
# Printed in the empty box left for the official seal or stamp.
signature-seal = पदीय मुहर
