# Template reply-refusal: notice that a request received cannot be executed, with its reasons.

reply-refusal-legal-basis = Огоҳинома дар бораи ғайриимкон будани иҷрои дархосте, ки дар қисми 3 нишон дода шудааст

## 1 to 4: common to every answer

reply-refusal-date = Сана
reply-refusal-reference = Рақами бақайдгирии мо
    .hint = Рақаме, ки мақоми шумо дархостро бо он баррасӣ мекунад, то мақоми дархосткунанда дар мукотибаи минбаъда ба он истинод карда тавонад.
reply-refusal-request = Дархосте, ки ба он ҷавоб дода мешавад
reply-refusal-request-reference = Рақами бақайдгирии дархост
reply-refusal-request-date = Санаи дархост
reply-refusal-request-authority = Мақоми дархосткунанда
reply-refusal-request-fingerprint = Ҷамъи санҷишии дархост
    .hint = Ҷамъи санҷишӣ, ки дар поёни ҳар саҳифаи дархост чоп шудааст. Аз дархости воридшуда пур карда мешавад: он ба мақоми дархосткунанда дақиқ нишон медиҳад, ки ин ҷавоб ба кадом таҳрири дархости ӯ дода шудааст.
reply-refusal-responding-authority = Мақоми ҷавобдиҳанда
reply-refusal-responding-authority-organisation = Мақом
reply-refusal-responding-authority-person = Шахси мансабдоре, ки дархостро баррасӣ мекунад
reply-refusal-responding-authority-position = Мансаб ё рутба
reply-refusal-responding-authority-telephone = Рақами телефон
reply-refusal-responding-authority-email = Суроғаи почтаи электронӣ

## 5 and 6: reasons, and what would allow execution

reply-refusal-reasons = Сабабҳо
reply-refusal-reasons-reasons = Дархостро иҷро кардан ғайриимкон аст, зеро
reply-refusal-reasons-reasons-incomplete = дархост нопурра аст
reply-refusal-reasons-reasons-wrong-addressee = он ба мақом ё шахси ҳуқуқии нодуруст фиристода шудааст
reply-refusal-reasons-reasons-identification = маълумоти пешниҳодшуда барои муайян кардани корбар ё маълумот кофӣ нест
reply-refusal-reasons-reasons-not-held = маълумот мавҷуд нест
reply-refusal-reasons-reasons-retention-expired = маълумот дигар нигоҳ дошта намешавад
reply-refusal-reasons-reasons-legal-obstacle = монеаи ҳуқуқӣ иҷроро ғайриимкон мегардонад
reply-refusal-reasons-reasons-dual-criminality = шарти ҷинояткории дугона риоя нашудааст
reply-refusal-reasons-reasons-other = сабаби дигар
reply-refusal-reasons-reasons-other-detail = Сабаби дигар
reply-refusal-reasons-explanation = Шарҳ
    .hint = Ихтиёрӣ. Далелҳое, ки асоси сабабҳои қайдшударо ташкил медиҳанд, ба тарзе баён шуда, ки мақоми дархосткунанда тибқи онҳо амал карда тавонад.
reply-refusal-next = Чӣ имкон медод, ки дархост иҷро шавад
    .hint = Ихтиёрӣ. Масалан: маълумоти намерасида, мақоми салоҳиятдор ё шахси ҳуқуқӣ, ё мурофиаи ҳуқуқие, ки бояд истифода шавад.
