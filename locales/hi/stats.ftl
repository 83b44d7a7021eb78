# The office's statistics (T-CY Recommendation 2: statistics to monitor the efficiency of mutual
# legal assistance), computed in this browser from the request log. Nothing is sent anywhere.

stats-heading = कार्यालय के आँकड़े
stats-intro = भेजे गए के रूप में दर्ज अनुरोधों से इसी ब्राउज़र में परिकलित। कुछ भी कहीं नहीं भेजा जाता: अपने कार्यालय की अपनी रिपोर्टिंग के लिए आँकड़े निर्यात करें।
stats-none = अभी तक कोई अनुरोध भेजे गए के रूप में दर्ज नहीं है।
# Variables:
#   $count (Number) - requests recorded as sent
stats-total = { $count ->
    [one] भेजे गए के रूप में दर्ज { $count } अनुरोध
   *[other] भेजे गए के रूप में दर्ज { $count } अनुरोध
}
stats-by-country = अनुरोधित राज्य के अनुसार
stats-by-type = अनुरोध के प्रकार के अनुसार
stats-by-category = अपराध की श्रेणी के अनुसार
stats-by-status = परिणाम के अनुसार
stats-refusals = कारण के अनुसार अस्वीकृतियाँ
stats-times = लगा समय
stats-median-confirmation = भेजने से प्राप्ति की पुष्टि तक के दिनों की माध्यिका
stats-median-answer = भेजने से उत्तर (निष्पादित, कार्रवाई की गई या अस्वीकृत) तक के दिनों की माध्यिका
stats-column-what = श्रेणी
stats-column-count = अनुरोध
stats-column-days = दिन
stats-column-answered = उत्तर मिला
stats-not-given = नहीं बताया गया
stats-no-figure = अभी कोई आँकड़ा नहीं
stats-export-csv = CSV के रूप में निर्यात करें
stats-print = मुद्रित करें, या PDF के रूप में सहेजें
stats-open = कार्यालय के आँकड़े
