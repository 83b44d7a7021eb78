# Drafts locked with a passphrase (encrypted in this browser).

lock-empty-passphrase = Parol iborasini kiriting.
lock-wrong-passphrase = Parol iborasi notoʻgʻri yoki qulflangan loyiha oʻzgartirilgan. Hech narsa oʻzgartirilmadi.
lock-damaged = Bu qulflangan loyiha shikastlangan, uni ochib boʻlmaydi.
lock-newer-format = Bu loyiha Tandem dasturining yangiroq versiyasida qulflangan.
lock-no-random = Ushbu brauzer xavfsiz tasodifiy sonlarni yarata olmaydi: loyihani qulflab boʻlmaydi.
lock-unavailable = Ushbu brauzerda shifrlashni ishga tushirib boʻlmadi.
lock-action = Parol iborasi bilan qulflash…
lock-passphrase = Parol iborasi
lock-repeat = Parol iborasini takrorlang
lock-no-recovery = Parol iborasi unutilsa, bu loyihani hech kim tiklay olmaydi.
lock-mismatch = Ikki parol iborasi bir xil emas.
lock-submit = Loyihani qulflash
lock-locking = Qulflanmoqda…
lock-locked = Bu loyiha qulflangan: u ushbu brauzerda shifrlangan holda saqlanadi.
lock-remove = Qulfni olib tashlash
lock-remove-confirm = Qulf olib tashlansinmi? Shundan keyin loyiha ushbu brauzerda shifrlanmagan holda saqlanadi.
# Variables:
#   $revision (Number) - how many times the locked draft was saved
lock-listed = Qulflangan loyiha (tahriri: { $revision })
lock-open = Ochish
lock-opening = Ochilmoqda…
# A label for a locked draft, stored unencrypted so the list of drafts can tell locked drafts apart.
lock-label = Loyihalar roʻyxatidagi yorliq (shifrlanmaydi, ixtiyoriy)
lock-label-warning = Yorliq qulflangan loyiha yonida shifrlanmagan holda saqlanadi: ushbu brauzerdan foydalanadigan yoki eksport qilingan nusxaga ega boʻlgan har qanday shaxs uni oʻqiy oladi. Unga ismlar, ish tafsilotlari yoki maxfiyligini saqlash lozim boʻlgan hech qanday maʼlumotni yozmang.
lock-label-save = Yorliqni saqlash
lock-label-saved = Yorliq saqlandi.
# A locked draft in the list of drafts, when it has a label.
# Variables:
#   $label (String) - the label the user gave the locked draft
#   $revision (Number) - how many times the locked draft was saved
lock-listed-label = { $label } (qulflangan loyiha, tahriri: { $revision })
