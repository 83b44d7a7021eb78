# Preservation periods (T-CY Rec 16) in a preservation request, and the requests that follow it.
# $kind and $date are filled in by the app; the table's own wording stays in English.
preservation-heading = परिरक्षण की अवधि
preservation-needs = परिरक्षण कब समाप्त होता है, यह देखने के लिए अनुरोधित देश और परिरक्षण के निष्पादन की तिथि बताएँ।
preservation-end-label = परिरक्षण की अपेक्षित समाप्ति
preservation-end = { $kind ->
    [date] { $date }
    [no-time-limit] कोई समय-सीमा नहीं, T-CY तालिका के अनुसार
    [not-fixed] T-CY तालिका में निर्धारित नहीं, और चुना गया विधिक आधार कोई न्यूनतम अवधि निर्धारित नहीं करता: अनुरोधित प्राधिकारी से पूछें कि परिरक्षण कब समाप्त होता है
   *[convention-minimum] T-CY तालिका में निर्धारित नहीं: निश्चित केवल कन्वेंशन की न्यूनतम 60 दिन की अवधि है (अनुच्छेद 29(7)), { $date } तक
}
preservation-days-left = { $days ->
    [one] { $days } दिन शेष
   *[other] { $days } दिन शेष
}
preservation-expired = परिरक्षण की अवधि समाप्त हो गई है।
preservation-renewal-label = विस्तार या नवीकरण
preservation-renewal = { $kind ->
    [days] { $n } दिन
    [months] { $n } माह
    [up-to-days] अधिकतम { $n } दिन
    [up-to-months] अधिकतम { $n } माह
    [not-permitted] विस्तार की अनुमति नहीं
    [reported-not-permitted] अनुमति न होने की सूचना (T-CY रिपोर्ट, खंड 3.2)
    [conditional] शर्तों के अधीन: तालिका का पाठ देखें
   *[unknown] T-CY तालिका में उल्लेख नहीं
}
preservation-impractical = T-CY के अनुसार कम से कम एक नवीकरण की संभावना के बिना 90 दिन से कम की परिरक्षण अवधियाँ व्यावहारिक नहीं हैं: पारस्परिक विधिक सहायता का अनुरोध अविलंब भेजें।
preservation-table = T-CY तालिका का पाठ (अंग्रेज़ी, T-CY(2017)2, सिफ़ारिश 16)
preservation-table-period = विदेशी अनुरोध के बाद परिरक्षण की अवधि
preservation-table-renewal = विस्तार या नवीकरण की शर्तें और अवधियाँ
preservation-table-notes = रिपोर्ट के खंड 3.2 से तुलना
preservation-table-missing = T-CY तालिका में इस देश के लिए कोई प्रविष्टि नहीं है।
preservation-extend = विस्तार का अनुरोध करें
preservation-follow-up = पारस्परिक विधिक सहायता का अनुरोध तैयार करें
preservation-follow-up-kind = प्राप्त किया जाने वाला डेटा
preservation-follow-up-create = अनुरोध बनाएँ
preservation-calendar = मेरे कैलेंडर में अनुस्मारक जोड़ें (.ics)
preservation-ics-summary = परिरक्षण की समाप्ति: { $reference } ({ $country })
preservation-ics-description = संदर्भ संख्या { $reference } ({ $country }) के अंतर्गत अनुरोधित परिरक्षण { $date } को समाप्त होता है। उससे पहले विस्तार का अनुरोध करें या पारस्परिक विधिक सहायता का अनुरोध भेजें।
preservation-links = संबद्ध अनुरोध
preservation-link = { $kind ->
    [extension-of] परिरक्षण अनुरोध { $reference } का विस्तार
    [extended-by] अनुरोध { $reference } द्वारा विस्तारित
    [follow-up-of] परिरक्षण अनुरोध { $reference } पर अनुवर्ती अनुरोध
   *[followed-up-by] पारस्परिक विधिक सहायता अनुरोध { $reference } द्वारा अनुवर्तित
}
preservation-link-missing = वह अनुरोध इस ब्राउज़र में संग्रहीत नहीं है।
preservation-next-steps = अगले चरण
preservation-follow-up-disclosure = प्रकटन का अनुरोध तैयार करें
preservation-link-disclosure = प्रकटन अनुरोध { $reference } द्वारा अनुवर्तित
