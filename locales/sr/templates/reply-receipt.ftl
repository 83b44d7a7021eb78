# Template reply-receipt: confirmation of receipt of a request received (T-CY Rec 9).

reply-receipt-legal-basis = Потврда о пријему захтева наведеног у одељку 3

## 1 to 4: common to every answer

reply-receipt-date = Датум
reply-receipt-reference = Наш број
    .hint = Број под којим ваш орган поступа по захтеву, како би орган молилац могао да га наведе када се буде обраћао поводом захтева.
reply-receipt-request = Захтев на који се одговара
reply-receipt-request-reference = Број захтева
reply-receipt-request-date = Датум захтева
reply-receipt-request-authority = Орган молилац
reply-receipt-request-fingerprint = Отисак захтева
    .hint = Отисак одштампан у подножју сваке странице захтева. Попуњава се из примљеног захтева: органу молиоцу тачно показује на коју верзију његовог захтева се овај одговор односи.
reply-receipt-responding-authority = Орган који одговара
reply-receipt-responding-authority-organisation = Орган
reply-receipt-responding-authority-person = Службено лице које поступа по захтеву
reply-receipt-responding-authority-position = Функција или чин
reply-receipt-responding-authority-telephone = Број телефона
reply-receipt-responding-authority-email = Адреса електронске поште

## 5 to 7

reply-receipt-received-date = Датум пријема захтева
reply-receipt-forwarded = Прослеђено на извршење органу
    .hint = Орган коме је захтев прослеђен на извршење, ако је прослеђен; оставите празно ако захтев извршава ваш орган.
reply-receipt-remarks = Напомене
