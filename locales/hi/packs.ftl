# Request forms an authority adds from a file (a "template pack", templates/README.md): the home
# screen's list of them, and why a file is refused (nothing is stored then).

packs-add = फ़ाइल से अनुरोध प्रपत्र जोड़ें
packs-heading = इस ब्राउज़र में जोड़े गए अनुरोध प्रपत्र
# Variables:
#   $issuer (String) - the authority that issued the form, as the file names it
#   $version (Number) - the form's version
#   $langs (String) - the languages the form is written in, e.g. "English, ქართული"
packs-details = जारीकर्ता: { $issuer } · संस्करण { $version } · भाषाएँ: { $langs }
# Variables:
#   $source (String) - where the form comes from, as the file says
#   $date (String) - the date the form was issued, as written in the file (YYYY-MM-DD)
packs-source = स्रोत: { $source } ({ $date })
packs-remove = यह प्रपत्र हटाएँ
# Variables:
#   $title (String) - the request form's title
packs-added = अनुरोध प्रपत्र जोड़ा गया: { $title }।
# Variables:
#   $title (String) - the request form's title
packs-removed = अनुरोध प्रपत्र हटाया गया: { $title }। इसके मसौदे इस ब्राउज़र में बने रहते हैं और केवल पठनीय रूप में खुलते हैं।
# Variables:
#   $title (String) - the request form's title
#   $old (Number) - the version in this browser
#   $new (Number) - the version in the file
packs-replace-question = इस ब्राउज़र में "{ $title }" का संस्करण { $old } है। क्या इसे संस्करण { $new } से प्रतिस्थापित करें? इससे बनाए गए मसौदों के उत्तर बने रहते हैं।
packs-replace = प्रतिस्थापित करें
# Variables:
#   $title (String) - the request form's title
#   $version (Number) - the version now in use
packs-replaced = अनुरोध प्रपत्र अद्यतन किया गया: { $title }, संस्करण { $version }।
# Variables:
#   $title (String) - the request form's title
#   $old (Number) - the version in this browser
#   $new (Number) - the version in the file
packs-not-newer = इस ब्राउज़र में "{ $title }" का संस्करण { $old } पहले से है; फ़ाइल में संस्करण { $new } है। कुछ भी नहीं बदला गया।
# Shown on a draft whose request form was removed from this browser.
# Variables:
#   $id (String) - the form's identifier, e.g. ge-subscriber
#   $version (Number) - the form's version the draft was made with
#   $issuer (String) - the authority that issued the form
packs-draft-read-only = यह मसौदा { $issuer } द्वारा जारी अनुरोध प्रपत्र "{ $id }" (संस्करण { $version }) से बनाया गया था; वह प्रपत्र अब इस ब्राउज़र में नहीं है। यह केवल पठनीय रूप में दिखाया गया है: मसौदे को संपादित करने के लिए वह प्रपत्र उसकी फ़ाइल से फिर से जोड़ें।

# Why a file was refused as a request form. The first line is always shown, then one reason.
packs-refused = यह फ़ाइल अनुरोध प्रपत्र के रूप में नहीं जोड़ी गई। कुछ भी संग्रहीत नहीं किया गया।
# Variables:
#   $limit (Number) - the largest size accepted, in kilobytes
packs-too-large = फ़ाइल { $limit } kB से बड़ी है।
# Variables:
#   $limit (Number) - the deepest nesting accepted
packs-too-deep = फ़ाइल { $limit } स्तरों से अधिक गहराई तक नेस्टेड है।
packs-not-pack = यह फ़ाइल Tandem की अनुरोध प्रपत्र फ़ाइल नहीं है।
packs-unknown-format = फ़ाइल किसी ज्ञात अनुरोध प्रपत्र प्रारूप का उल्लेख नहीं करती।
# Variables:
#   $format (Number) - the format version the file states
packs-newer-format = फ़ाइल Tandem के नए संस्करण के लिए लिखी गई थी (प्रारूप { $format })।
# Variables:
#   $field (String) - the field's name in the file, e.g. issuer
packs-bad-field = फ़ाइल का फ़ील्ड { $field } अनुपस्थित, रिक्त, बहुत लंबा या गलत प्रकार का है।
# Variables:
#   $id (String) - the identifier the file gives the form
packs-bad-id = प्रपत्र का पहचानकर्ता { $id } 1 से 40 छोटे अक्षरों, अंकों और हाइफ़न से बना होना चाहिए और किसी अक्षर से आरंभ होना चाहिए।
# Variables:
#   $id (String) - the identifier the file gives the form
packs-reserved-id = प्रपत्र का पहचानकर्ता { $id } Tandem के अपने अनुरोध-प्रकारों या पाठों द्वारा पहले से उपयोग में है।
# Variables:
#   $id (String) - the identifier the file gives the form
#   $template (String) - the identifier of the template in the file
packs-template-id = प्रपत्र का पहचानकर्ता { $id } और उसके टेम्पलेट का पहचानकर्ता { $template } भिन्न हैं।
# Variables:
#   $path (String) - where in the template the mistake is, e.g. section.item
packs-bad-template = प्रपत्र का टेम्पलेट { $path } पर मान्य नहीं है।
# Variables:
#   $kind (String) - the item kind named in the file
packs-unknown-kind = प्रपत्र का टेम्पलेट ऐसे मद-प्रकार का उपयोग करता है जिसे Tandem नहीं जानता: { $kind }।
# Variables:
#   $lang (String) - the language code named in the file
packs-bad-lang = भाषा { $lang } Tandem द्वारा समर्थित भाषा नहीं है, या उसका उल्लेख दो बार किया गया है।
packs-few-langs = प्रपत्र कम से कम दो भाषाओं में लिखा होना चाहिए।
# Variables:
#   $lang (String) - the language code, e.g. ka
packs-messages-missing = प्रपत्र में भाषा { $lang } के पाठ नहीं हैं, या उसमें ऐसी भाषा के पाठ हैं जिसे वह घोषित नहीं करता।
# Variables:
#   $lang (String) - the language code, e.g. ka
#   $line (Number) - the line of the texts where the mistake is
packs-syntax = भाषा { $lang } के पाठ पढ़े नहीं जा सकते (पंक्ति { $line })।
# Variables:
#   $id (String) - the text's identifier
#   $lang (String) - the language code, e.g. ka
packs-missing-message = भाषा { $lang } में पाठ { $id } अनुपस्थित है।
# Variables:
#   $id (String) - the text's identifier
#   $prefix (String) - what every text identifier of this form must start with
packs-outside-namespace = पाठ { $id } का पहचानकर्ता { $prefix } से आरंभ नहीं होता: कोई प्रपत्र Tandem के अपने पाठ नहीं बदल सकता।
# Variables:
#   $id (String) - the text's identifier
#   $lang (String) - the language code, e.g. ka
packs-markup = भाषा { $lang } में पाठ { $id } में मार्कअप है; केवल सादा पाठ अनुमत है।
# Variables:
#   $id (String) - the text's identifier
#   $lang (String) - the language code, e.g. ka
packs-function = भाषा { $lang } में पाठ { $id } किसी फ़ंक्शन या टर्म का उपयोग करता है; केवल सादा पाठ, चर और विकल्प अनुमत हैं।
# Variables:
#   $id (String) - the text's identifier
#   $lang (String) - the language code, e.g. ka
#   $limit (Number) - the longest text accepted, in characters
packs-text-too-long = भाषा { $lang } में पाठ { $id } { $limit } वर्णों से लंबा है।
# Variables:
#   $limit (Number) - the most texts accepted in one language
packs-too-many = प्रपत्र में एक भाषा में { $limit } से अधिक पाठ हैं।
