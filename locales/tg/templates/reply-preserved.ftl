# Template reply-preserved: confirmation that a preservation request was executed.

reply-preserved-legal-basis = Тасдиқи ҳифзи маълумот, ки дар дархости дар қисми 3 нишондодашуда талаб шудааст

## 1 to 4: common to every answer

reply-preserved-date = Сана
reply-preserved-reference = Рақами бақайдгирии мо
    .hint = Рақаме, ки мақоми шумо дархостро бо он баррасӣ мекунад, то мақоми дархосткунанда дар мукотибаи минбаъда ба он истинод карда тавонад.
reply-preserved-request = Дархосте, ки ба он ҷавоб дода мешавад
reply-preserved-request-reference = Рақами бақайдгирии дархост
reply-preserved-request-date = Санаи дархост
reply-preserved-request-authority = Мақоми дархосткунанда
reply-preserved-request-fingerprint = Ҷамъи санҷишии дархост
    .hint = Ҷамъи санҷишӣ, ки дар поёни ҳар саҳифаи дархост чоп шудааст. Аз дархости воридшуда пур карда мешавад: он ба мақоми дархосткунанда дақиқ нишон медиҳад, ки ин ҷавоб ба кадом таҳрири дархости ӯ дода шудааст.
reply-preserved-responding-authority = Мақоми ҷавобдиҳанда
reply-preserved-responding-authority-organisation = Мақом
reply-preserved-responding-authority-person = Шахси мансабдоре, ки дархостро баррасӣ мекунад
reply-preserved-responding-authority-position = Мансаб ё рутба
reply-preserved-responding-authority-telephone = Рақами телефон
reply-preserved-responding-authority-email = Суроғаи почтаи электронӣ

## 5 Preservation

reply-preserved-preservation = Ҳифз
reply-preserved-preservation-preserved-on = Санаи ҳифзи маълумот
reply-preserved-preservation-ends-on = Маълумот то ин сана ҳифз карда мешавад
    .hint = Рӯзи охирине, ки маълумот нигоҳ дошта мешавад, агар мӯҳлати ҳифз тамдид нашавад ё то ин сана дархост дар бораи ифшои он ворид нашавад.
reply-preserved-preservation-scope = Маълумоти ҳифзшуда
reply-preserved-preservation-scope-all = Тамоми маълумоти дархостшуда
reply-preserved-preservation-scope-part = Қисми маълумоти дархостшуда
reply-preserved-preservation-scope-part-detail = Маълумоти ҳифзшуда ва маълумоти ҳифзнашуда бо зикри сабаб
reply-preserved-preservation-holder = Нигаҳдорандаи маълумот
reply-preserved-remarks = Эзоҳҳо
