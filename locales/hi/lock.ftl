# Drafts locked with a passphrase (encrypted in this browser).

lock-empty-passphrase = पासफ़्रेज़ दर्ज करें।
lock-wrong-passphrase = गलत पासफ़्रेज़, या लॉक किए गए मसौदे में परिवर्तन किया गया था। कुछ भी नहीं बदला गया।
lock-damaged = यह लॉक किया गया मसौदा क्षतिग्रस्त है और खोला नहीं जा सकता।
lock-newer-format = यह मसौदा Tandem के नए संस्करण द्वारा लॉक किया गया था।
lock-no-random = यह ब्राउज़र सुरक्षित यादृच्छिक संख्याएँ उत्पन्न नहीं कर सकता: मसौदा लॉक नहीं किया जा सकता।
lock-unavailable = इस ब्राउज़र में कूटलेखन आरंभ नहीं किया जा सका।
lock-action = पासफ़्रेज़ से लॉक करें…
lock-passphrase = पासफ़्रेज़
lock-repeat = पासफ़्रेज़ दोबारा दर्ज करें
lock-no-recovery = यदि पासफ़्रेज़ भूल गए, तो कोई भी इस मसौदे को पुनर्प्राप्त नहीं कर सकता।
lock-mismatch = दोनों पासफ़्रेज़ एक समान नहीं हैं।
lock-submit = मसौदा लॉक करें
lock-locking = लॉक किया जा रहा है…
lock-locked = यह मसौदा लॉक है: यह इस ब्राउज़र में कूटलेखित रूप में संग्रहीत है।
lock-remove = लॉक हटाएँ
lock-remove-confirm = लॉक हटाएँ? तब मसौदा इस ब्राउज़र में बिना कूटलेखन के संग्रहीत होगा।
# Variables:
#   $revision (Number) - how many times the locked draft was saved
lock-listed = लॉक किया गया मसौदा (संशोधन { $revision })
lock-open = खोलें
lock-opening = खोला जा रहा है…
# A label for a locked draft, stored unencrypted so the list of drafts can tell locked drafts apart.
lock-label = मसौदों की सूची में लेबल (कूटलेखित नहीं, वैकल्पिक)
lock-label-warning = लेबल लॉक किए गए मसौदे के साथ बिना कूटलेखन के संग्रहीत होता है: इस ब्राउज़र का उपयोग करने वाला या निर्यात की गई प्रति रखने वाला कोई भी व्यक्ति उसे पढ़ सकता है। इसमें नाम, मामले का विवरण या कोई भी गोपनीय जानकारी न डालें।
lock-label-save = लेबल सहेजें
lock-label-saved = लेबल सहेजा गया।
# A locked draft in the list of drafts, when it has a label.
# Variables:
#   $label (String) - the label the user gave the locked draft
#   $revision (Number) - how many times the locked draft was saved
lock-listed-label = { $label } (लॉक किया गया मसौदा, संशोधन { $revision })
