# The request log: what became of a request once it was sent (T-CY Recommendation 9: confirmation
# of receipt and notice of action taken). Kept in this browser with the draft; never printed.

tracking-heading = भेजने के बाद
tracking-intro = इस अनुरोध के बारे में आपके कार्यालय का अभिलेख: यह कब भेजा गया, और कौन-से उत्तर प्राप्त हुए। यह मसौदे के साथ इसी ब्राउज़र में रहता है और अनुरोध में कभी मुद्रित नहीं होता।
tracking-status = स्थिति
tracking-status-draft = अभी भेजा नहीं गया
tracking-status-sent = भेजा गया
tracking-status-receipt-confirmed = प्राप्ति की पुष्टि हुई
tracking-status-executed = परिरक्षण निष्पादित
tracking-status-answered = कार्रवाई की गई
tracking-status-clarification-asked = स्पष्टीकरण माँगा गया
tracking-status-refused = निष्पादित नहीं किया जा सकता
tracking-status-closed = बंद

# Recording the request as sent.
tracking-sent-on = भेजने की तिथि
tracking-channel = भेजने का माध्यम
tracking-channel-email = ई-मेल
tracking-channel-portal = प्राधिकारी या सेवा प्रदाता का पोर्टल
tracking-channel-post = डाक या कूरियर
tracking-channel-diplomatic = राजनयिक माध्यम
tracking-channel-other = अन्य माध्यम
tracking-mark-sent = भेजा गया के रूप में दर्ज करें
# Variables:
#   $date (String) - the date sent, e.g. 2026-11-02
#   $channel (String) - how it was sent, e.g. "E-mail"
tracking-sent = { $date } को { $channel } द्वारा भेजा गया।
# Variables:
#   $date (String) - the date by which a confirmation of receipt is expected, e.g. 2026-11-12
tracking-due = प्राप्ति की पुष्टि { $date } तक अपेक्षित है।
# Variables:
#   $days (Number) - the days to wait for a confirmation of receipt, as set on the home screen
tracking-overdue = { $days ->
    [one] भेजने के { $days } दिन के भीतर प्राप्ति की पुष्टि नहीं मिली: अनुरोध पर अनुवर्ती कार्रवाई करें।
   *[other] भेजने के { $days } दिनों के भीतर प्राप्ति की पुष्टि नहीं मिली: अनुरोध पर अनुवर्ती कार्रवाई करें।
}
tracking-reminder = कैलेंडर अनुस्मारक (.ics)
# The calendar reminder's title and text.
# Variables:
#   $reference (String) - the request's reference number
tracking-ics-summary = प्राप्ति की पुष्टि देय: अनुरोध { $reference }
# Variables:
#   $reference (String) - the request's reference number
#   $date (String) - the date sent, e.g. 2026-11-02
tracking-ics-description = अनुरोध { $reference } { $date } को भेजा गया था और उसकी प्राप्ति की अभी तक पुष्टि नहीं हुई है। अनुरोधित प्राधिकारी से प्राप्ति की पुष्टि माँगें।
# Variables:
#   $date (String) - the last day the data are kept, e.g. 2027-02-03
tracking-preserved-until = अनुरोधित प्राधिकारी ने { $date } तक परिरक्षण की पुष्टि की।

# Answers received.
tracking-answers = प्राप्त उत्तर
tracking-answers-none = अभी तक कोई उत्तर दर्ज नहीं किया गया है।
# Variables:
#   $kind (String) - the kind of answer, e.g. "Confirmation of receipt of a request"
#   $date (String) - the answer's date, e.g. 2026-11-04
tracking-answer-line = { $kind }, दिनांक { $date }
# Variables:
#   $reference (String) - the answering authority's reference
tracking-answer-their-reference = उनकी संदर्भ संख्या: { $reference }
# Variables:
#   $reasons (String) - the reasons given, separated by commas
tracking-answer-reasons-given = कारण: { $reasons }
tracking-answer-from-pdf = उत्तर के PDF से पढ़ा गया
tracking-answer-by-hand = हाथ से दर्ज किया गया

# Entering an answer by hand (one received on paper, by e-mail or by telephone).
tracking-enter = प्राप्त उत्तर हाथ से दर्ज करें
tracking-answer-kind = उत्तर
tracking-answer-date = उत्तर की तिथि
tracking-answer-reference = उनकी संदर्भ संख्या
tracking-answer-ends-on = डेटा इस तिथि तक परिरक्षित
tracking-answer-reasons = कारण
tracking-reason-incomplete = अनुरोध अपूर्ण
tracking-reason-wrong-addressee = गलत प्राधिकारी या विधिक इकाई
tracking-reason-identification = उपयोगकर्ता या डेटा की पहचान के लिए अपर्याप्त
tracking-reason-not-held = डेटा धारित नहीं
tracking-reason-retention-expired = डेटा अब प्रतिधारित नहीं
tracking-reason-legal-obstacle = विधिक बाधा
tracking-reason-dual-criminality = दोहरी आपराधिकता की शर्त पूरी नहीं
tracking-reason-other = अन्य कारण
tracking-record = उत्तर दर्ज करें
tracking-date-needed = तिथि वर्ष-माह-दिन के रूप में दें, उदाहरण के लिए 2026-11-04।

# Closing and reopening, and the office's offence category for its statistics.
tracking-close = अनुरोध बंद करें
tracking-reopen = अनुरोध फिर से खोलें
# Variables:
#   $date (String) - the day the request was closed, e.g. 2026-12-01
tracking-closed = { $date } को बंद किया गया।
tracking-category = अपराध की श्रेणी, आपके कार्यालय के आँकड़ों के लिए
tracking-category-none = चुनी नहीं गई
tracking-category-confidentiality = कंप्यूटर डेटा और प्रणालियों की गोपनीयता, अखंडता और उपलब्धता के विरुद्ध अपराध
tracking-category-computer-related = कंप्यूटर से संबंधित कूटरचना या कपट
tracking-category-content = सामग्री से संबंधित अपराध
tracking-category-copyright = प्रतिलिप्यधिकार और संबंधित अधिकारों का उल्लंघन
tracking-category-other = अन्य अपराध

# Recording an answer from its PDF (home screen).
tracking-open-answer = प्राप्त उत्तर दर्ज करें (उसका PDF)
# Variables:
#   $kind (String) - the kind of answer, e.g. "Confirmation of receipt of a request"
#   $reference (String) - the request's reference number
tracking-recorded = अनुरोध { $reference } के लिए दर्ज किया गया: { $kind }।
# Variables:
#   $reference (String) - the request's reference number
tracking-already = यह उत्तर अनुरोध { $reference } के लिए पहले से दर्ज है।
# Variables:
#   $reference (String) - the reference of the request the answer names
tracking-no-match = इस ब्राउज़र में कोई भी अनुरोध इस उत्तर से मेल नहीं खाता (यह उत्तर अनुरोध { $reference } का उल्लेख करता है)। पहले अनुरोध की मसौदा फ़ाइल आयात करें; लॉक किए गए अनुरोध को अनलॉक करना होगा। कुछ भी संग्रहीत नहीं किया गया।
# Variables:
#   $reference (String) - the reference of the request the answer names
tracking-several = इस ब्राउज़र में संदर्भ संख्या { $reference } वाले कई अनुरोध हैं, और उनमें से किसी पर भी वह अंगुलिचिह्न मुद्रित नहीं था जिसका यह उत्तर उल्लेख करता है। सही अनुरोध में उत्तर हाथ से दर्ज करें। कुछ भी संग्रहीत नहीं किया गया।
tracking-not-answer = यह PDF एक अनुरोध है, किसी अनुरोध का उत्तर नहीं: इसे "प्राप्त अनुरोध" में खोलें। कुछ भी संग्रहीत नहीं किया गया।
tracking-is-answer = यह PDF किसी अनुरोध का उत्तर है, अनुरोध नहीं: इसे "प्राप्त उत्तर दर्ज करें" से दर्ज करें। कुछ भी संग्रहीत नहीं किया गया।

# The request log on the home screen: filters, and the days to wait for a confirmation.
tracking-filter-status = स्थिति
tracking-filter-country = देश
tracking-filter-type = अनुरोध का प्रकार
tracking-filter-all = सभी
tracking-filter-overdue = केवल वे अनुरोध जिनकी प्राप्ति की पुष्टि अतिदेय है
tracking-confirm-days = प्राप्ति की पुष्टि की प्रतीक्षा के दिन
tracking-overdue-flag = पुष्टि अतिदेय
# Variables:
#   $shown (Number) - drafts shown
#   $total (Number) - drafts stored
tracking-filtered = { $total } में से { $shown } दिखाए गए
