# Stored drafts: storage refused or unreadable, newer versions' drafts, two tabs, persistence, backup, how full storage is.

storage-unavailable = यह ब्राउज़र Tandem को मसौदे सहेजने नहीं देता। आपका कार्य केवल इसी पृष्ठ पर रहता है: पृष्ठ बंद करने से पहले मसौदा डाउनलोड करें।
storage-read-only = यह मसौदा Tandem के नए संस्करण द्वारा लिखा गया था और यहाँ बदला नहीं जा सकता।
storage-copy-note = यहाँ एक प्रतिलिपि संपादित की जा सकती है; जिन विवरणों को यह संस्करण नहीं जानता, वे सुरक्षित रखे जाते हैं किंतु दिखाए नहीं जाते।
storage-keep-copy = संपादन योग्य प्रतिलिपि रखें
storage-read-only-tag = केवल पठनीय: Tandem के नए संस्करण द्वारा लिखा गया
storage-changed-elsewhere = यह मसौदा किसी अन्य टैब या विंडो में बदला गया।
storage-changed-newer = Tandem के नए संस्करण ने किसी अन्य टैब या विंडो में यह मसौदा बदला।
storage-changed-unreadable = इस मसौदे का संग्रहीत संस्करण पढ़ा नहीं जा सका: उसे बिना बदले अलग रख दिया गया, और यह संस्करण सहेजा गया।
storage-load-other-note = यदि आप दूसरा संस्करण लोड करते हैं, तो इस टैब में अभी तक न सहेजे गए परिवर्तन खो जाएँगे।
storage-load-other = दूसरा संस्करण लोड करें
storage-keep-mine = मेरा संस्करण प्रतिलिपि के रूप में रखें
# Variables:
#   $count (Number) - how many stored drafts could not be read
storage-unreadable = संग्रहीत मसौदे जो पढ़े नहीं जा सके: { $count }। उन्हें बिना बदले अलग रख दिया गया।
# Variables:
#   $file (String) - the name of the file offered for download
storage-download-file = { $file } डाउनलोड करें
storage-persistent = यह ब्राउज़र इन मसौदों को तब तक रखता है जब तक आप उन्हें हटा नहीं देते।
storage-not-persistent = स्थान कम होने पर यह ब्राउज़र इन मसौदों को हटा सकता है: बैकअप निर्यात करें।
storage-export-all = सभी मसौदे निर्यात करें
# Variables:
#   $kb (Number) - kilobytes the stored drafts take
#   $percent (Number) - that share of the browser's limit, in whole percent
#   $limit (Number) - kilobytes this browser keeps at most for them (its local storage limit)
storage-usage = संग्रहीत मसौदे { $kb } kB स्थान लेते हैं: इस ब्राउज़र द्वारा उनके लिए रखे जाने वाले { $limit } kB का { $percent } %।
# Variables:
#   $used (Number) - megabytes the browser counts for all of this site's data (it may leave local storage out)
#   $quota (Number) - megabytes the browser allows this site in all
storage-usage-estimate = इस साइट के समस्त डेटा के लिए ब्राउज़र का अपना आँकड़ा, जिसमें मसौदे शामिल न हों ऐसा संभव है: उसके द्वारा अनुमत { $quota } MB में से { $used } MB।
# Variables:
#   $percent (Number) - share of the limit used, in whole percent (80 or more)
storage-usage-warning = मसौदों का संग्रहण स्थान { $percent } % भर गया है। पूरा भर जाने पर इस ब्राउज़र में परिवर्तन सहेजे नहीं जा सकेंगे। सभी मसौदों को एक फ़ाइल में निर्यात करें, फिर जिन मसौदों की अब आवश्यकता नहीं है उन्हें हटा दें; सबसे पुराने नीचे सूचीबद्ध हैं।
# Variables:
#   $name (String) - what the drafts list calls the draft
#   $kb (Number) - kilobytes its entry takes
storage-usage-draft = { $name }: संग्रहण में { $kb } kB
