# Template reply-clarification: request for clarification of a request received.

reply-clarification-legal-basis = Захтев за појашњење захтева наведеног у одељку 3

## 1 to 4: common to every answer

reply-clarification-date = Датум
reply-clarification-reference = Наш број
    .hint = Број под којим ваш орган поступа по захтеву, како би орган молилац могао да га наведе када се буде обраћао поводом захтева.
reply-clarification-request = Захтев на који се одговара
reply-clarification-request-reference = Број захтева
reply-clarification-request-date = Датум захтева
reply-clarification-request-authority = Орган молилац
reply-clarification-request-fingerprint = Отисак захтева
    .hint = Отисак одштампан у подножју сваке странице захтева. Попуњава се из примљеног захтева: органу молиоцу тачно показује на коју верзију његовог захтева се овај одговор односи.
reply-clarification-responding-authority = Орган који одговара
reply-clarification-responding-authority-organisation = Орган
reply-clarification-responding-authority-person = Службено лице које поступа по захтеву
reply-clarification-responding-authority-position = Функција или чин
reply-clarification-responding-authority-telephone = Број телефона
reply-clarification-responding-authority-email = Адреса електронске поште

## 5 Clarification requested

reply-clarification-clarification = Тражено појашњење
reply-clarification-clarification-fields = Поља захтева на која се појашњење односи
    .hint = По један ред за свако нумерисано поље захтева које је нејасно или непотпуно: његов број онако како је одштампан у захтеву и шта је потребно.
reply-clarification-clarification-fields-field = Број поља
reply-clarification-clarification-fields-question = Шта је нејасно или недостаје
reply-clarification-clarification-by = Молимо да одговорите до
    .hint = Необавезно. Код чувања, датум до ког је одговор потребан да би подаци и даље били задржани.
