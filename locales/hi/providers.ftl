# सेवा प्रदाता को भेजे जाने वाले अनुरोधों में सेवा प्रदाता का चयन: providers/ की प्रोफ़ाइलें (प्रत्येक सेवा के लिए
# कौन उत्तरदायी है, अनुरोध कहाँ भेजे जाते हैं, उनमें क्या होना चाहिए), प्रत्येक तथ्य किसी सार्वजनिक स्रोत में
# बताई गई तिथि को पढ़ा गया।

provider-picker = सेवा प्रदाता
    .hint = नीचे विधिक इकाई, उसका पता और संपर्क प्रदाता की प्रोफ़ाइल से भरने के लिए कोई प्रदाता चुनें, या "अन्य सेवा प्रदाता" चुनें और उन्हें स्वयं लिखें। जो तथ्य प्रोफ़ाइल में नहीं हैं, वे आपको भरने होंगे।
provider-picker-other = अन्य सेवा प्रदाता (नीचे लिखें)
provider-picker-service = सेवा
provider-picker-region = संबंधित उपयोगकर्ता कहाँ रहते हैं
provider-picker-requesters = अनुरोधकर्ता प्राधिकारी कहाँ स्थित है
provider-picker-filled = { $provider } की प्रोफ़ाइल से भरा गया: अनुरोध भेजने से पहले प्रत्येक तथ्य की जाँच करें।
provider-profile-read = यह प्रोफ़ाइल { $date } को सार्वजनिक स्रोतों में पढ़ी गई; हो सकता है यह अद्यतन न हो। अनुरोध भेजने से पहले प्रदाता के अपने विधि प्रवर्तन दिशानिर्देश देखें।
provider-profile-requirements = प्रदाता किसी अनुरोध से क्या अपेक्षा करता है
provider-profile-no-requirements = प्रोफ़ाइल में इस प्रकार के अनुरोध के लिए कोई अपेक्षा नहीं बताई गई है।
provider-profile-emergency = आपातकालीन अनुरोध
provider-profile-no-emergency = प्रोफ़ाइल में आपातकालीन अनुरोधों के लिए कोई माध्यम नहीं बताया गया है।
provider-profile-preservation = अनुरोध पर परिरक्षण
provider-profile-preservation-days = { $extendable ->
        [yes] डेटा { $days } दिन के लिए परिरक्षित किया जाता है; विस्तार का अनुरोध किया जा सकता है।
        [no] डेटा { $days } दिन के लिए परिरक्षित किया जाता है; परिरक्षण का विस्तार नहीं किया जाता।
       *[unknown] डेटा { $days } दिन के लिए परिरक्षित किया जाता है; स्रोत यह नहीं बताता कि परिरक्षण का विस्तार किया जा सकता है या नहीं।
    }
provider-profile-preservation-extension = प्रत्येक विस्तार { $days } दिन का होता है।
provider-profile-preservation-max-extensions = { $count ->
        [one] अधिकतम एक विस्तार।
       *[other] अधिकतम { $count } विस्तार।
    }
provider-profile-no-preservation = प्रोफ़ाइल में कोई परिरक्षण अवधि नहीं दी गई है।
provider-profile-languages = वे भाषाएँ जिनमें अनुरोध लिखा जा सकता है: { $codes }
provider-profile-not-found = स्रोतों में खोजा गया और नहीं मिला: { $kinds }
provider-profile-sources = स्रोत
provider-profile-source = { $title }, { $date } को पढ़ा गया: { $url }
provider-profile-source-secondary = { $title }, { $date } को पढ़ा गया: { $url } (प्रदाता की प्रथा का किसी तीसरे पक्ष द्वारा विवरण: इस पर निर्भर होने से पहले इसकी जाँच करें)

## संपर्क
provider-contact-portal = पोर्टल (खाते के साथ): { $value }
provider-contact-web-form = वेब फ़ॉर्म: { $value }
provider-contact-email = ई-मेल: { $value }

## वे क्षेत्र जिन्हें प्रोफ़ाइल (देशों के अतिरिक्त) अलग बताती है, चयन की सूचियों में प्रस्तुत
provider-region-eu = यूरोपीय संघ
provider-region-eea = यूरोपीय आर्थिक क्षेत्र
provider-region-european-region = प्रदाता का "यूरोपीय क्षेत्र"
provider-region-non-us = संयुक्त राज्य अमेरिका के बाहर
provider-region-other = अन्यत्र

## प्रोफ़ाइल में रखे जाने वाले तथ्यों के प्रकार
provider-fact-entity = विधिक इकाई
provider-fact-address = विधिक आदेशिका की तामील का पता
provider-fact-portal = अनुरोधों के लिए पोर्टल या पता
provider-fact-emergency = आपातकालीन अनुरोधों का माध्यम
provider-fact-languages = स्वीकृत भाषाएँ
provider-fact-preservation = परिरक्षण अवधि
provider-fact-preservation-extension = परिरक्षण का विस्तार
provider-fact-requirements = अपेक्षाएँ

## अपेक्षा कोड (providers/README.md)
provider-requirement-official-email-domain = किसी आधिकारिक सरकारी ई-मेल पते से भेजा गया (या ऐसे पते से बनाए गए पोर्टल खाते के माध्यम से)
provider-requirement-portal-account = प्रदाता के पोर्टल के माध्यम से, खाते के साथ भेजा गया
provider-requirement-in-writing = लिखित रूप में किया गया
provider-requirement-signature = अनुरोध करने वाले अधिकारी द्वारा हस्ताक्षरित
provider-requirement-letterhead = प्राधिकारी के लेटरहेड पर
provider-requirement-non-editable-format = ऐसे प्रारूप में भेजा गया जिसे संपादित नहीं किया जा सकता
provider-requirement-issued-under-law = प्राधिकारी को सशक्त करने वाली विधि के अंतर्गत, उसकी प्रक्रिया का पालन करते हुए जारी किया गया
provider-requirement-account-identifier = खाते की पहचान प्रदाता के अपने पहचानकर्ताओं (उपयोगकर्ता ID, उपयोगकर्ता नाम, URL, ई-मेल पता) से करता है
provider-requirement-relevance-stated = बताता है कि मांगा गया डेटा अन्वेषण से किस प्रकार संबंधित है
provider-requirement-entity-for-user-location = उस विधिक इकाई को संबोधित जो उपयोगकर्ता के निवास-स्थान के लिए उत्तरदायी है
provider-requirement-mlat-for-content = सामग्री डेटा के लिए: पारस्परिक विधिक सहायता (संधि या अनुरोध-पत्र) के माध्यम से या संयुक्त राज्य अमेरिका के CLOUD Act के अंतर्गत किए गए किसी करार के माध्यम से
provider-requirement-mlat-for-disclosure = किसी भी प्रकटन के लिए: पारस्परिक विधिक सहायता या अनुरोध-पत्र के माध्यम से
provider-requirement-subpoena-or-equivalent-for-non-content = सामग्री डेटा से भिन्न डेटा के लिए: subpoena या उसका स्थानीय समतुल्य
provider-requirement-warrant-or-equivalent-for-content = सामग्री डेटा के लिए: तलाशी वारंट, न्यायालय का आदेश या उसका स्थानीय समतुल्य
provider-requirement-judicial-order = किसी न्यायिक प्राधिकारी का आदेश
provider-requirement-formal-channel-only = केवल प्रदाता के औपचारिक माध्यमों से: अनौपचारिक अनुरोधों का उत्तर नहीं दिया जाता
provider-requirement-emergency-form = आपातकालीन अनुरोध: प्रदाता के अपने आपातकालीन फ़ॉर्म पर
provider-requirement-emergency-facts-stated = आपातकालीन अनुरोध: मृत्यु या गंभीर शारीरिक क्षति के खतरे का और डेटा उसे कैसे रोकेगा, इसका उल्लेख
