# Template reply-clarification: request for clarification of a request received.

reply-clarification-legal-basis = Дархост дар бораи пешниҳоди тавзеҳот оид ба дархости дар қисми 3 нишондодашуда

## 1 to 4: common to every answer

reply-clarification-date = Сана
reply-clarification-reference = Рақами бақайдгирии мо
    .hint = Рақаме, ки мақоми шумо дархостро бо он баррасӣ мекунад, то мақоми дархосткунанда дар мукотибаи минбаъда ба он истинод карда тавонад.
reply-clarification-request = Дархосте, ки ба он ҷавоб дода мешавад
reply-clarification-request-reference = Рақами бақайдгирии дархост
reply-clarification-request-date = Санаи дархост
reply-clarification-request-authority = Мақоми дархосткунанда
reply-clarification-request-fingerprint = Ҷамъи санҷишии дархост
    .hint = Ҷамъи санҷишӣ, ки дар поёни ҳар саҳифаи дархост чоп шудааст. Аз дархости воридшуда пур карда мешавад: он ба мақоми дархосткунанда дақиқ нишон медиҳад, ки ин ҷавоб ба кадом таҳрири дархости ӯ дода шудааст.
reply-clarification-responding-authority = Мақоми ҷавобдиҳанда
reply-clarification-responding-authority-organisation = Мақом
reply-clarification-responding-authority-person = Шахси мансабдоре, ки дархостро баррасӣ мекунад
reply-clarification-responding-authority-position = Мансаб ё рутба
reply-clarification-responding-authority-telephone = Рақами телефон
reply-clarification-responding-authority-email = Суроғаи почтаи электронӣ

## 5 Clarification requested

reply-clarification-clarification = Тавзеҳоти дархостшуда
reply-clarification-clarification-fields = Майдонҳои дархост, ки тавзеҳ талаб мекунанд
    .hint = Барои ҳар як майдони рақамгузоришудаи дархост, ки норавшан ё нопурра аст, як сатр: рақами он, чунон ки дар дархост чоп шудааст, ва он чи лозим аст.
reply-clarification-clarification-fields-field = Рақами майдон
reply-clarification-clarification-fields-question = Чӣ норавшан аст ё чӣ намерасад
reply-clarification-clarification-by = Лутфан то ин сана ҷавоб диҳед
    .hint = Ихтиёрӣ. Барои дархости ҳифз: санае, ки то он ҷавоб барои нигоҳ доштани маълумот лозим аст.
