# The title of each request type, shown on the home screen and in the drafts list; every other
# message of a request type is in templates/<request type>.ftl, loaded when such a request is open.

art29-preservation-title = संग्रहीत कंप्यूटर डेटा के शीघ्र परिरक्षण हेतु अनुरोध
art31-subscriber-title = अभिदाता सूचना हेतु पारस्परिक विधिक सहायता अनुरोध
art31-traffic-title = संग्रहीत ट्रैफ़िक डेटा हेतु पारस्परिक विधिक सहायता अनुरोध
art31-content-title = संग्रहीत सामग्री डेटा हेतु पारस्परिक विधिक सहायता अनुरोध
emergency-disclosure-title = संग्रहीत कंप्यूटर डेटा के प्रकटन हेतु आपातकालीन अनुरोध
provider-preservation-title = डेटा के परिरक्षण हेतु सेवा प्रदाता से अनुरोध
provider-disclosure-title = अभिदाता सूचना, IP पतों और लॉग-इन अभिलेखों के स्वैच्छिक प्रकटन हेतु सेवा प्रदाता से अनुरोध
reply-receipt-title = अनुरोध की प्राप्ति की पुष्टि
reply-preserved-title = परिरक्षण की पुष्टि
reply-action-title = की गई कार्रवाई की सूचना
reply-clarification-title = स्पष्टीकरण हेतु अनुरोध
reply-refusal-title = अनुरोध निष्पादित न किए जा सकने की सूचना
