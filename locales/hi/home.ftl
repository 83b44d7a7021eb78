# Home screen (request types, drafts kept in this browser), autosave and the PDF preview.

home-all-requests = सभी अनुरोध
home-start = नया अनुरोध आरंभ करें
home-use-art29-preservation = यहाँ से आरंभ करें: डेटा को हटाए जाने से पहले, तुरंत परिरक्षित करवाएँ।
home-use-art31-subscriber = परिरक्षित हो जाने के बाद, पारस्परिक विधिक सहायता द्वारा अभिदाता सूचना प्राप्त करने के लिए।
home-use-art31-traffic = परिरक्षित हो जाने के बाद, पारस्परिक विधिक सहायता द्वारा ट्रैफ़िक डेटा प्राप्त करने के लिए।
home-use-art31-content = परिरक्षित हो जाने के बाद, पारस्परिक विधिक सहायता द्वारा सामग्री डेटा प्राप्त करने के लिए।
home-use-emergency-disclosure = केवल किसी व्यक्ति के जीवन या सुरक्षा के लिए आसन्न जोखिम की स्थिति में।
home-use-provider-preservation = जहाँ कोई सेवा प्रदाता विदेशी प्राधिकारियों के अनुरोध सीधे स्वीकार करता है: डेटा तुरंत परिरक्षित करवाएँ।
home-use-provider-disclosure = परिरक्षित हो जाने के बाद, किसी सेवा प्रदाता से सीधे सामग्री डेटा से भिन्न डेटा माँगने के लिए।
home-drafts = इस ब्राउज़र में मसौदे
home-no-drafts = अभी कोई मसौदा नहीं है।
home-untitled = संदर्भ संख्या रहित मसौदा
home-country = अनुरोधित राज्य
home-edited = अंतिम संपादन
home-duplicate = प्रतिलिपि बनाएँ
home-rename = नाम बदलें
home-name = मसौदे का नाम
home-save-name = नाम सहेजें
home-cancel = रद्द करें
home-delete = हटाएँ
home-export = फ़ाइल में निर्यात करें
home-import = मसौदा फ़ाइल आयात करें
# Variables:
#   $name (String) - the draft's name or reference number
home-deleted = मसौदा हटाया गया: { $name }।
home-undo = पूर्ववत करें
# Variables:
#   $name (String) - the draft's name or reference number
home-imported = मसौदा आयात किया गया: { $name }।
# Variables:
#   $name (String) - the draft's name or reference number
home-imported-copy = यह मसौदा पहले से यहाँ था, इसलिए इसे प्रतिलिपि के रूप में आयात किया गया: { $name }।
home-import-malformed = यह फ़ाइल Tandem का मसौदा नहीं है। कुछ भी नहीं बदला गया।
home-import-too-large = यह फ़ाइल Tandem के मसौदे के लिए बहुत बड़ी है। कुछ भी नहीं बदला गया।
home-import-newer = यह मसौदा Tandem के नए संस्करण द्वारा बनाया गया था। कुछ भी नहीं बदला गया।
home-import-unknown = यह मसौदा ऐसे अनुरोध-प्रकार का है जो Tandem के इस संस्करण में नहीं है। कुछ भी नहीं बदला गया।
# Variables:
#   $reason (String) - the browser's reason
home-storage-failed = इस ब्राउज़र ने इसे संग्रहीत करने से इनकार किया ({ $reason })। कुछ भी नहीं बदला गया।
home-not-found = यह मसौदा इस ब्राउज़र में नहीं है।
home-saving = सहेजा जा रहा है…
home-preview = PDF का पूर्वावलोकन करें
home-preview-title = PDF का पूर्वावलोकन
home-preview-download = यह PDF डाउनलोड करें
