# Requests received: a request made with Tandem by another authority, opened from its PDF (which
# carries the request as data) or from its draft file, and shown read-only in the language of the
# screen. Nothing is stored when a file is refused.

received-heading = प्राप्त अनुरोध
received-intro = किसी अन्य प्राधिकारी द्वारा Tandem से बनाया गया अनुरोध यहाँ केवल पठनीय रूप में खुलता है, और उसका हर लेबल, चिह्न, देश और तिथि इस स्क्रीन की भाषा में दिखाई जाती है। फ़ाइल इसी ब्राउज़र में रहती है।
received-open = प्राप्त अनुरोध खोलें (उसका PDF या मसौदा फ़ाइल)
received-none = अभी तक कोई अनुरोध प्राप्त नहीं हुआ है।
# Terms of a request received in the list (each followed by its value).
received-from = अनुरोधकर्ता प्राधिकारी
received-reference = संदर्भ संख्या
received-date = प्राप्ति की तिथि
received-delete = हटाएँ
# Variables:
#   $title (String) - the request's type, e.g. "Request for expedited preservation of stored computer data"
received-deleted = प्राप्त अनुरोध हटाया गया: { $title }। उसे वापस लाने के लिए उसकी फ़ाइल फिर से खोलें।

# Why a file was not opened as a request received. Each ends by saying that nothing was stored.
# Variables:
#   $limit (Number) - the largest size accepted, in kilobytes
received-refused-too-large = यह फ़ाइल { $limit } kB से बड़ी है, जो Tandem से बनाए गए किसी भी अनुरोध से अधिक है। कुछ भी संग्रहीत नहीं किया गया।
received-refused-not-pdf = यह फ़ाइल न तो PDF है और न ही Tandem की मसौदा फ़ाइल। कुछ भी संग्रहीत नहीं किया गया।
received-refused-no-data = इस PDF में अनुरोध डेटा के रूप में नहीं है: यह Tandem से नहीं बनाया गया था, या बनाए जाने के बाद इसमें बदलाव किया गया। कुछ भी संग्रहीत नहीं किया गया।
received-refused-unreadable = इस फ़ाइल में अनुरोध का डेटा पढ़ा नहीं जा सकता: वह क्षतिग्रस्त है या Tandem के प्रारूप में नहीं है। कुछ भी संग्रहीत नहीं किया गया।
received-refused-newer = यह अनुरोध Tandem के नए संस्करण द्वारा बनाया गया था। कुछ भी संग्रहीत नहीं किया गया।
received-refused-unknown = यह अनुरोध ऐसे अनुरोध-प्रकार का है जो Tandem के इस संस्करण में नहीं है। कुछ भी संग्रहीत नहीं किया गया।
received-refused-locked = यह मसौदा फ़ाइल पासफ़्रेज़ से लॉक है। अनुरोधकर्ता प्राधिकारी से अनुरोध का PDF माँगें। कुछ भी संग्रहीत नहीं किया गया।
received-refused-fingerprint = इस PDF में अनुरोध का डेटा उस पर मुद्रित अंगुलिचिह्न से मेल नहीं खाता: फ़ाइल बनाए जाने के बाद उसमें बदलाव किया गया। कुछ भी संग्रहीत नहीं किया गया। स्वयं PDF के मुद्रित पृष्ठ पढ़ें, और अनुरोधकर्ता प्राधिकारी से नई प्रति माँगें।
# Variables:
#   $reason (String) - the browser's own reason, as it gives it
received-refused-storage = इस ब्राउज़र ने अनुरोध को संग्रहीत करने से मना कर दिया ({ $reason })। कुछ भी संग्रहीत नहीं किया गया।

# The screen of a request received.
received-banner = प्राप्त अनुरोध — केवल पठनीय। अनुरोधकर्ता प्राधिकारी द्वारा Tandem से बनाया गया; उत्तर उसी के हैं।
# Variables:
#   $date (String) - the date and time the request was opened in this browser, in the local style
received-on = इस ब्राउज़र में { $date } को प्राप्त हुआ।
# Variables:
#   $a (String) - the name of the request's language A, in that language, e.g. "ქართული"
#   $b (String) - the name of the request's language B, in that language, e.g. "English"
received-doc-langs = अनुरोध के दस्तावेज़ की भाषाएँ: { $a } | { $b }। मुक्त पाठ वैसा ही दिखाया जाता है जैसा अनुरोधकर्ता प्राधिकारी ने उसे { $a } में लिखा, और उसके साथ { $b } में उसी का अपना अनुवाद।
# Variables:
#   $fingerprint (String) - 16 hexadecimal digits, e.g. 0123456789abcdef
received-fingerprint-checked = अंगुलिचिह्न { $fingerprint }: यह अनुरोध के डेटा से मेल खाता है, जैसा कि उसके PDF के हर पृष्ठ पर मुद्रित है।
# Variables:
#   $fingerprint (String) - 16 hexadecimal digits, e.g. 0123456789abcdef
received-fingerprint-draft = अंगुलिचिह्न { $fingerprint }: मसौदा फ़ाइल से परिकलित, जिसमें मिलान के लिए कोई मुद्रित अंगुलिचिह्न नहीं है।
received-copy-heading = अवलोकनार्थ प्रति
received-copy-intro = इस अनुरोध को किन्हीं भी दो भाषाओं में PDF के रूप में निर्यात करें, उदाहरण के लिए उसकी अपनी भाषा आपकी भाषा के साथ। हर पृष्ठ पर अंकित होता है कि यह प्राप्त अनुरोध की अवलोकनार्थ प्रति है; इसमें हस्ताक्षर खंड नहीं है।
received-copy-export = अवलोकनार्थ प्रति निर्यात करें (PDF)

# Answering a request received: each answer is a draft of its own (a reply template), made here.
received-answer-heading = इस अनुरोध का उत्तर दें
received-answer-intro = प्रत्येक उत्तर अपना अलग फ़ॉर्म है, जिसमें इस अनुरोध की संदर्भ संख्या, तिथि और अंगुलिचिह्न भरे जाते हैं, और जिसे आपकी भाषा तथा अनुरोधकर्ता प्राधिकारी की भाषा में द्विभाषी PDF के रूप में निर्यात किया जाता है। PDF में उत्तर डेटा के रूप में रहता है, ताकि अनुरोध करने वाले पक्ष का Tandem उसे इस अनुरोध के साथ दर्ज कर ले।
received-answers-made = इस अनुरोध के लिए तैयार किए गए उत्तर
