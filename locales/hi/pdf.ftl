# Texts printed in the PDF.

# Variables:
#   $page (Number) - this page
#   $pages (Number) - pages in the document
pdf-page = पृष्ठ { $page } / { $pages }
# Variables:
#   $reference (String) - the request's reference number
pdf-reference = संदर्भ सं. { $reference }
# Variables:
#   $fingerprint (String) - first 16 hex digits of the SHA-256 of the draft's content
pdf-fingerprint = अंगुलिचिह्न { $fingerprint }
pdf-draft = परामर्श हेतु मसौदा
pdf-not-translated = [अनूदित नहीं: मूल पाठ दूसरे स्तंभ में है।]
# In a final request, in place of the translation of an answer the requesting authority chose
# to leave untranslated.
pdf-left-untranslated = अनुरोधकर्ता प्राधिकारी द्वारा बिना अनुवाद के छोड़ा गया: मूल पाठ दूसरे स्तंभ में है।
# The same in an answer to a request (confirmation of receipt, notice of action taken, …).
pdf-left-untranslated-answer = उत्तर देने वाले प्राधिकारी द्वारा बिना अनुवाद के छोड़ा गया: मूल पाठ दूसरे स्तंभ में है।
pdf-ticked = हाँ
pdf-not-ticked = नहीं
# The closing note of every request, printed once in each column after the signature block:
# who wrote what. Its heading:
pdf-review-heading = यह अनुरोध कैसे तैयार किया गया
pdf-review-heading-answer = यह उत्तर कैसे तैयार किया गया
# Printed only in the column of a language whose wording in Tandem is machine-drafted (every
# language but English until a legal translator has reviewed it; glossary.toml, review-status).
pdf-review-form-wording = इस स्तंभ में फ़ॉर्म का नियत पाठ (शीर्षक, लेबल और विकल्प) मशीनी अनुवाद है, जिसकी अभी तक किसी विधिक अनुवादक द्वारा समीक्षा नहीं की गई है।
pdf-review-answers = उत्तर अनुरोधकर्ता प्राधिकारी द्वारा लिखे गए हैं, जिसने दूसरी भाषा में उनका पाठ भी उपलब्ध कराया है।
# The same in an answer to a request.
pdf-review-answers-answer = प्रविष्टियाँ उत्तर देने वाले प्राधिकारी द्वारा लिखी गई हैं, जिसने दूसरी भाषा में उनका पाठ भी उपलब्ध कराया है।
# Variables:
#   $name (String) - the person who checked the translation of the answers, as typed
pdf-review-checked = उत्तरों के अनुवाद की जाँच { $name } द्वारा की गई।
# Variables:
#   $name (String) - the person who checked the translation of the answers, as typed
#   $office (String) - their office, as typed (and translated)
pdf-review-checked-office = उत्तरों के अनुवाद की जाँच { $name } ({ $office }) द्वारा की गई।
# Variables:
#   $from (String) - start of the range, date and time with its zone
#   $to (String) - end of the range, date and time with its zone
pdf-time-range = { $from } से { $to } तक
# Variables:
#   $port (String) - the source port of an IP address
pdf-source-port = स्रोत पोर्ट { $port }
# Variables:
#   $time (String) - date and time with its zone
pdf-at-time = { $time } पर

# A PDF exported from a request received: printed on every page, and in each column's closing note.
pdf-reading-copy = प्राप्त अनुरोध की अवलोकनार्थ प्रति
# Variables:
#   $fingerprint (String) - the original request's fingerprint, 16 hexadecimal digits
pdf-reading-copy-note = प्राप्त अनुरोध की अवलोकनार्थ प्रति, अंगुलिचिह्न { $fingerprint }; मूल प्रति वह PDF है जिस पर अनुरोधकर्ता प्राधिकारी ने हस्ताक्षर किए। मुक्त पाठ वैसा ही मुद्रित है जैसा अनुरोधकर्ता प्राधिकारी ने उसे लिखा और अनुवाद किया।
