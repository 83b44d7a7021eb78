# Template reply-action: notice of action taken on a request received (T-CY Rec 9).

reply-action-legal-basis = Обавештење о радњама предузетим по захтеву наведеном у одељку 3

## 1 to 4: common to every answer

reply-action-date = Датум
reply-action-reference = Наш број
    .hint = Број под којим ваш орган поступа по захтеву, како би орган молилац могао да га наведе када се буде обраћао поводом захтева.
reply-action-request = Захтев на који се одговара
reply-action-request-reference = Број захтева
reply-action-request-date = Датум захтева
reply-action-request-authority = Орган молилац
reply-action-request-fingerprint = Отисак захтева
    .hint = Отисак одштампан у подножју сваке странице захтева. Попуњава се из примљеног захтева: органу молиоцу тачно показује на коју верзију његовог захтева се овај одговор односи.
reply-action-responding-authority = Орган који одговара
reply-action-responding-authority-organisation = Орган
reply-action-responding-authority-person = Службено лице које поступа по захтеву
reply-action-responding-authority-position = Функција или чин
reply-action-responding-authority-telephone = Број телефона
reply-action-responding-authority-email = Адреса електронске поште

## 5 Action taken

reply-action-action = Предузете радње
reply-action-action-taken = Радње предузете по захтеву
    .hint = Шта је до сада учињено, на пример: подаци су прибављени од пружаоца услуга и достављају се уз ово обавештење, или је захтев прослеђен суду ради доношења наредбе.
reply-action-action-date = Датум радње
reply-action-action-next = Очекиване даље радње
