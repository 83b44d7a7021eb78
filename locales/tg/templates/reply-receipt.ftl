# Template reply-receipt: confirmation of receipt of a request received (T-CY Rec 9).

reply-receipt-legal-basis = Тасдиқи гирифтани дархосте, ки дар қисми 3 нишон дода шудааст

## 1 to 4: common to every answer

reply-receipt-date = Сана
reply-receipt-reference = Рақами бақайдгирии мо
    .hint = Рақаме, ки мақоми шумо дархостро бо он баррасӣ мекунад, то мақоми дархосткунанда дар мукотибаи минбаъда ба он истинод карда тавонад.
reply-receipt-request = Дархосте, ки ба он ҷавоб дода мешавад
reply-receipt-request-reference = Рақами бақайдгирии дархост
reply-receipt-request-date = Санаи дархост
reply-receipt-request-authority = Мақоми дархосткунанда
reply-receipt-request-fingerprint = Ҷамъи санҷишии дархост
    .hint = Ҷамъи санҷишӣ, ки дар поёни ҳар саҳифаи дархост чоп шудааст. Аз дархости воридшуда пур карда мешавад: он ба мақоми дархосткунанда дақиқ нишон медиҳад, ки ин ҷавоб ба кадом таҳрири дархости ӯ дода шудааст.
reply-receipt-responding-authority = Мақоми ҷавобдиҳанда
reply-receipt-responding-authority-organisation = Мақом
reply-receipt-responding-authority-person = Шахси мансабдоре, ки дархостро баррасӣ мекунад
reply-receipt-responding-authority-position = Мансаб ё рутба
reply-receipt-responding-authority-telephone = Рақами телефон
reply-receipt-responding-authority-email = Суроғаи почтаи электронӣ

## 5 to 7

reply-receipt-received-date = Санаи гирифтани дархост
reply-receipt-forwarded = Барои иҷро супурда шудааст ба
    .hint = Мақоме, ки дархост барои иҷро ба он супурда шудааст, агар супурда шуда бошад; агар дархостро мақоми шумо иҷро кунад, холӣ гузоред.
reply-receipt-remarks = Эзоҳҳо
