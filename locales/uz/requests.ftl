# The title of each request type, shown on the home screen and in the drafts list; every other
# message of a request type is in templates/<request type>.ftl, loaded when such a request is open.

art29-preservation-title = Kompyuterda saqlanayotgan maʼlumotlarni tezkor saqlash toʻgʻrisidagi soʻrov
art31-subscriber-title = Abonent toʻgʻrisidagi maʼlumotlarni olish uchun oʻzaro huquqiy yordam toʻgʻrisidagi soʻrov
art31-traffic-title = Saqlanayotgan trafik toʻgʻrisidagi maʼlumotlarni olish uchun oʻzaro huquqiy yordam toʻgʻrisidagi soʻrov
art31-content-title = Saqlanayotgan mazmun toʻgʻrisidagi maʼlumotlarni olish uchun oʻzaro huquqiy yordam toʻgʻrisidagi soʻrov
emergency-disclosure-title = Favqulodda vaziyatda kompyuterda saqlanayotgan maʼlumotlarni oshkor qilish toʻgʻrisidagi soʻrov
provider-preservation-title = Maʼlumotlarni saqlash toʻgʻrisida xizmat koʻrsatuvchiga soʻrov
provider-disclosure-title = Abonent toʻgʻrisidagi maʼlumotlarni, IP manzillarni va tizimga kirish yozuvlarini ixtiyoriy oshkor qilish toʻgʻrisida xizmat koʻrsatuvchiga soʻrov
reply-receipt-title = Soʻrov olinganligini tasdiqlash
reply-preserved-title = Maʼlumotlar saqlanganligini tasdiqlash
reply-action-title = Koʻrilgan choralar toʻgʻrisida xabarnoma
reply-clarification-title = Tushuntirish berish toʻgʻrisida soʻrov
reply-refusal-title = Soʻrovni ijro etib boʻlmasligi toʻgʻrisida xabarnoma
