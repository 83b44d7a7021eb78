# Template reply-action: notice of action taken on a request received (T-CY Rec 9).

reply-action-legal-basis = Огоҳинома дар бораи чораҳое, ки оид ба дархости дар қисми 3 нишондодашуда андешида шудаанд

## 1 to 4: common to every answer

reply-action-date = Сана
reply-action-reference = Рақами бақайдгирии мо
    .hint = Рақаме, ки мақоми шумо дархостро бо он баррасӣ мекунад, то мақоми дархосткунанда дар мукотибаи минбаъда ба он истинод карда тавонад.
reply-action-request = Дархосте, ки ба он ҷавоб дода мешавад
reply-action-request-reference = Рақами бақайдгирии дархост
reply-action-request-date = Санаи дархост
reply-action-request-authority = Мақоми дархосткунанда
reply-action-request-fingerprint = Ҷамъи санҷишии дархост
    .hint = Ҷамъи санҷишӣ, ки дар поёни ҳар саҳифаи дархост чоп шудааст. Аз дархости воридшуда пур карда мешавад: он ба мақоми дархосткунанда дақиқ нишон медиҳад, ки ин ҷавоб ба кадом таҳрири дархости ӯ дода шудааст.
reply-action-responding-authority = Мақоми ҷавобдиҳанда
reply-action-responding-authority-organisation = Мақом
reply-action-responding-authority-person = Шахси мансабдоре, ки дархостро баррасӣ мекунад
reply-action-responding-authority-position = Мансаб ё рутба
reply-action-responding-authority-telephone = Рақами телефон
reply-action-responding-authority-email = Суроғаи почтаи электронӣ

## 5 Action taken

reply-action-action = Чораҳои андешидашуда
reply-action-action-taken = Чораҳои оид ба дархост андешидашуда
    .hint = Он чи то ҳол анҷом дода шудааст, масалан: маълумот аз хизматрасон гирифта шуд ва бо ҳамин огоҳинома фиристода мешавад, ё дархост барои қабули қарор ба суд супурда шуд.
reply-action-action-date = Санаи андешидани чораҳо
reply-action-action-next = Чораҳои минбаъдаи интизоршаванда
