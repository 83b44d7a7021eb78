# Reading a draft file, a backup or a stored draft: why it was refused (nothing is changed).

import-too-large = यह फ़ाइल 2 MB से बड़ी है।
import-too-deep = यह फ़ाइल मसौदा होने के लिए अत्यधिक गहराई तक नेस्टेड है।
import-not-draft = यह फ़ाइल Tandem का मसौदा या बैकअप नहीं है।
import-unknown-format = यह फ़ाइल किसी ज्ञात मसौदा प्रारूप का उल्लेख नहीं करती।
import-newer-format = यह मसौदा Tandem के नए संस्करण द्वारा लिखा गया था।
import-bad-id = मसौदे का पहचानकर्ता अनुपस्थित या अमान्य है।
import-unknown-template = यह मसौदा ऐसे अनुरोध-प्रकार का उपयोग करता है जो इस संस्करण के लिए अज्ञात है।
import-bad-langs = मसौदे की दस्तावेज़-भाषाएँ दो समर्थित भाषाएँ नहीं हैं।
import-bad-answers = मसौदे के उत्तर अपेक्षित रूप में नहीं हैं।
# Variables:
#   $field (String) - the field's name in the file, e.g. template_version
import-bad-field = मसौदे के फ़ील्ड { $field } का प्रकार गलत है।
import-locked = यह मसौदा लॉक है: इसका पासफ़्रेज़ दर्ज करें।

# Import report, one line per draft in the file.
# Variables:
#   $name (String) - the draft's name, else its reference number, else the label of a locked draft
backup-added = आयात किया गया: { $name }
# Variables:
#   $name (String) - the draft's name, else its reference number, else the label of a locked draft
backup-copied = { $name } यहाँ पहले से भिन्न सामग्री के साथ सहेजा गया है: प्रतिलिपि के रूप में आयात किया गया
# Variables:
#   $name (String) - the draft's name, else its reference number, else the label of a locked draft
backup-skipped = पहले से सहेजा गया: { $name }
# Variables:
#   $name (String) - the draft's name, else its reference number, else the label of a locked draft
backup-rejected = आयात नहीं किया गया: { $name }
# What the report calls a draft with neither a name nor a reference number.
# Variables:
#   $number (Number) - the draft's place in the file: 1 for the first
backup-unnamed = फ़ाइल का मसौदा { $number }
# A button beside "Already saved": imports the same draft again under a new identifier.
backup-as-copy = प्रतिलिपि के रूप में आयात करें
