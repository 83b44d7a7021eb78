# The service provider picker in requests addressed to a service provider: the profiles in
# providers/ (who answers for each service, where requests go, what they must carry), each fact
# read in a public source on a stated date.

provider-picker = Xizmat koʻrsatuvchi
    .hint = Quyidagi yuridik shaxs, uning manzili va aloqa maʼlumotlarini xizmat koʻrsatuvchining profilidan toʻldirish uchun uni tanlang yoki «Boshqa xizmat koʻrsatuvchi»ni tanlab, ularni oʻzingiz kiriting. Profilda boʻlmagan maʼlumotlarni oʻzingiz toʻldirasiz.
provider-picker-other = Boshqa xizmat koʻrsatuvchi (quyida kiriting)
provider-picker-service = Xizmat
provider-picker-region = Tegishli foydalanuvchilar qayerda yashaydi
provider-picker-requesters = Soʻrov yuboruvchi organ qayerda joylashgan
provider-picker-filled = { $provider } profilidan toʻldirildi: soʻrovni yuborishdan oldin har bir maʼlumotni tekshiring.
provider-profile-read = Ushbu profil { $date } kuni oʻqilgan ochiq manbalar asosida tuzilgan va eskirgan boʻlishi mumkin. Soʻrovni yuborishdan oldin xizmat koʻrsatuvchining huquqni muhofaza qilish organlari uchun oʻz qoʻllanmasini tekshiring.
provider-profile-requirements = Xizmat koʻrsatuvchining soʻrovga qoʻyadigan talablari
provider-profile-no-requirements = Profilda bu turdagi soʻrov uchun hech qanday talab koʻrsatilmagan.
provider-profile-emergency = Favqulodda vaziyatdagi soʻrovlar
provider-profile-no-emergency = Profilda favqulodda vaziyatdagi soʻrovlarni yuborish yoʻli koʻrsatilmagan.
provider-profile-preservation = Soʻrov boʻyicha saqlash
provider-profile-preservation-days = { $extendable ->
        [yes] Maʼlumotlar { $days } kun davomida saqlanadi; saqlashni uzaytirishni soʻrash mumkin.
        [no] Maʼlumotlar { $days } kun davomida saqlanadi; saqlash uzaytirilmaydi.
       *[unknown] Maʼlumotlar { $days } kun davomida saqlanadi; manbada saqlashni uzaytirish mumkin-mumkin emasligi koʻrsatilmagan.
    }
provider-profile-preservation-extension = Har bir uzaytirish { $days } kunga amalga oshiriladi.
provider-profile-preservation-max-extensions = { $count ->
        [one] Koʻpi bilan bir marta uzaytiriladi.
       *[other] Koʻpi bilan { $count } marta uzaytiriladi.
    }
provider-profile-no-preservation = Profilda saqlash muddati koʻrsatilmagan.
provider-profile-languages = Soʻrov yozilishi mumkin boʻlgan tillar: { $codes }
provider-profile-not-found = Manbalardan qidirilgan, lekin topilmagan: { $kinds }
provider-profile-sources = Manbalar
provider-profile-source = { $title }, { $date } kuni oʻqilgan: { $url }
provider-profile-source-secondary = { $title }, { $date } kuni oʻqilgan: { $url } (xizmat koʻrsatuvchining amaliyotini uchinchi shaxs tavsiflagan: unga tayanishdan oldin tekshiring)

## Contacts
provider-contact-portal = Portal (hisob yozuvi bilan): { $value }
provider-contact-web-form = Veb-shakl: { $value }
provider-contact-email = Elektron pochta: { $value }

## Regions a profile tells apart (besides countries), offered in the picker's lists
provider-region-eu = Yevropa Ittifoqi
provider-region-eea = Yevropa iqtisodiy hududi
provider-region-european-region = Xizmat koʻrsatuvchining «Yevropa mintaqasi»
provider-region-non-us = Amerika Qoʻshma Shtatlaridan tashqarida
provider-region-other = Boshqa joylarda

## Kinds of fact a profile holds
provider-fact-entity = yuridik shaxs
provider-fact-address = huquqiy hujjatlarni qabul qilish manzili
provider-fact-portal = soʻrovlar uchun portal yoki manzil
provider-fact-emergency = favqulodda vaziyatdagi soʻrovlarni yuborish yoʻli
provider-fact-languages = qabul qilinadigan tillar
provider-fact-preservation = saqlash muddati
provider-fact-preservation-extension = saqlashni uzaytirish
provider-fact-requirements = talablar

## Requirement codes (providers/README.md)
provider-requirement-official-email-domain = Davlat organining rasmiy elektron pochta manzilidan (yoki shunday manzil bilan ochilgan portal hisob yozuvi orqali) yuboriladi
provider-requirement-portal-account = Xizmat koʻrsatuvchining portali orqali hisob yozuvi bilan yuboriladi
provider-requirement-in-writing = Yozma shaklda tuziladi
provider-requirement-signature = Soʻrovni yuborayotgan mansabdor shaxs tomonidan imzolanadi
provider-requirement-letterhead = Organning rasmiy blankasida tuziladi
provider-requirement-non-editable-format = Tahrirlab boʻlmaydigan formatda yuboriladi
provider-requirement-issued-under-law = Organga vakolat beruvchi qonun asosida, uning tartib-taomiliga rioya qilgan holda chiqariladi
provider-requirement-account-identifier = Hisob yozuvi xizmat koʻrsatuvchining oʻz identifikatorlari bilan koʻrsatiladi (foydalanuvchi identifikatori, foydalanuvchi nomi, URL, elektron pochta manzili)
provider-requirement-relevance-stated = Soʻralayotgan maʼlumotlar tergovga qanday aloqador ekani koʻrsatiladi
provider-requirement-entity-for-user-location = Foydalanuvchi yashaydigan joy uchun javobgar boʻlgan yuridik shaxsga yuboriladi
provider-requirement-mlat-for-content = Mazmun toʻgʻrisidagi maʼlumotlar uchun: oʻzaro huquqiy yordam (shartnoma yoki sud topshirigʻi) orqali yoxud Amerika Qoʻshma Shtatlarining CLOUD Act qonuniga muvofiq tuzilgan kelishuv orqali
provider-requirement-mlat-for-disclosure = Har qanday oshkor qilish uchun: oʻzaro huquqiy yordam yoki sud topshirigʻi orqali
provider-requirement-subpoena-or-equivalent-for-non-content = Mazmun toʻgʻrisidagi maʼlumotlardan boshqa maʼlumotlar uchun: sud chaqiruv qogʻozi (subpoena) yoki uning mahalliy muqobili
provider-requirement-warrant-or-equivalent-for-content = Mazmun toʻgʻrisidagi maʼlumotlar uchun: tintuv orderi, sud qarori yoki ularning mahalliy muqobili
provider-requirement-judicial-order = Sud organining qarori
provider-requirement-formal-channel-only = Faqat xizmat koʻrsatuvchining rasmiy kanallari orqali: norasmiy soʻrovlarga javob berilmaydi
provider-requirement-emergency-form = Favqulodda vaziyatdagi soʻrovlar: xizmat koʻrsatuvchining favqulodda vaziyatlar uchun oʻz shaklida
provider-requirement-emergency-facts-stated = Favqulodda vaziyatdagi soʻrovlar: oʻlim yoki ogʻir tan jarohati xavfi va maʼlumotlar uning oldini olishga qanday yordam berishi koʻrsatiladi
