# Preservation periods (T-CY Rec 16) in a preservation request, and the requests that follow it.
# $kind and $date are filled in by the app; the table's own wording stays in English.
preservation-heading = Saqlash muddati
preservation-needs = Saqlash qachon tugashini koʻrish uchun soʻrov yuborilgan davlatni va saqlash ijro etilgan sanani koʻrsating.
preservation-end-label = Saqlashning kutilayotgan tugash sanasi
preservation-end = { $kind ->
    [date] { $date }
    [no-time-limit] T-CY jadvaliga koʻra muddat bilan cheklanmagan
    [not-fixed] T-CY jadvalida belgilanmagan, tanlangan huquqiy asos esa eng kam muddatni belgilamaydi: saqlash qachon tugashini soʻrov yuborilgan organdan soʻrang
   *[convention-minimum] T-CY jadvalida belgilanmagan: faqat Konvensiyada nazarda tutilgan eng kam 60 kunlik muddat (29-moddaning 7-bandi) aniq, { $date } gacha
}
preservation-days-left = { $days ->
    [one] { $days } kun qoldi
   *[other] { $days } kun qoldi
}
preservation-expired = Saqlash muddati tugadi.
preservation-renewal-label = Uzaytirish yoki yangilash
preservation-renewal = { $kind ->
    [days] { $n } kun
    [months] { $n } oy
    [up-to-days] { $n } kungacha
    [up-to-months] { $n } oygacha
    [not-permitted] Uzaytirishga yoʻl qoʻyilmaydi
    [reported-not-permitted] Yoʻl qoʻyilmasligi xabar qilingan (T-CY hisoboti, 3.2-boʻlim)
    [conditional] Shartlar bajarilganda: jadvaldagi matnga qarang
   *[unknown] T-CY jadvalida koʻrsatilmagan
}
preservation-impractical = T-CY kamida bir marta yangilash imkoniyati boʻlmagan 90 kundan qisqa saqlash muddatlarini amalda samarasiz deb hisoblaydi: oʻzaro huquqiy yordam toʻgʻrisidagi soʻrovni kechiktirmasdan yuboring.
preservation-table = T-CY jadvalining matni (ingliz tilida, T-CY(2017)2, 16-tavsiya)
preservation-table-period = Xorijiy soʻrov boʻyicha saqlash muddati
preservation-table-renewal = Uzaytirish yoki yangilash shartlari va muddatlari
preservation-table-notes = Hisobotning 3.2-boʻlimi bilan taqqoslash
preservation-table-missing = T-CY jadvalida ushbu davlat boʻyicha yozuv yoʻq.
preservation-extend = Uzaytirishni soʻrash
preservation-follow-up = Oʻzaro huquqiy yordam toʻgʻrisidagi soʻrovni tayyorlash
preservation-follow-up-kind = Olinadigan maʼlumotlar
preservation-follow-up-create = Soʻrovni yaratish
preservation-calendar = Taqvimimga eslatma qoʻshish (.ics)
preservation-ics-summary = Saqlash muddatining tugashi: { $reference } ({ $country })
preservation-ics-description = № { $reference } ({ $country }) soʻrov bilan soʻralgan saqlash muddati { $date } tugaydi. Shu sanagacha uzaytirishni soʻrang yoki oʻzaro huquqiy yordam toʻgʻrisidagi soʻrovni yuboring.
preservation-links = Bogʻliq soʻrovlar
preservation-link = { $kind ->
    [extension-of] Saqlash toʻgʻrisidagi № { $reference } soʻrovni uzaytirish
    [extended-by] № { $reference } soʻrov bilan uzaytirilgan
    [follow-up-of] Saqlash toʻgʻrisidagi № { $reference } soʻrovning davomi
   *[followed-up-by] Davomi — oʻzaro huquqiy yordam toʻgʻrisidagi № { $reference } soʻrov
}
preservation-link-missing = Bu soʻrov ushbu brauzerda saqlanmagan.
preservation-next-steps = Keyingi qadamlar
preservation-follow-up-disclosure = Oshkor qilish toʻgʻrisidagi soʻrovni tayyorlash
preservation-link-disclosure = Davomi — oshkor qilish toʻgʻrisidagi № { $reference } soʻrov
