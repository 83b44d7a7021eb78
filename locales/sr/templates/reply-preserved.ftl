# Template reply-preserved: confirmation that a preservation request was executed.

reply-preserved-legal-basis = Потврда о чувању затраженом у захтеву наведеном у одељку 3

## 1 to 4: common to every answer

reply-preserved-date = Датум
reply-preserved-reference = Наш број
    .hint = Број под којим ваш орган поступа по захтеву, како би орган молилац могао да га наведе када се буде обраћао поводом захтева.
reply-preserved-request = Захтев на који се одговара
reply-preserved-request-reference = Број захтева
reply-preserved-request-date = Датум захтева
reply-preserved-request-authority = Орган молилац
reply-preserved-request-fingerprint = Отисак захтева
    .hint = Отисак одштампан у подножју сваке странице захтева. Попуњава се из примљеног захтева: органу молиоцу тачно показује на коју верзију његовог захтева се овај одговор односи.
reply-preserved-responding-authority = Орган који одговара
reply-preserved-responding-authority-organisation = Орган
reply-preserved-responding-authority-person = Службено лице које поступа по захтеву
reply-preserved-responding-authority-position = Функција или чин
reply-preserved-responding-authority-telephone = Број телефона
reply-preserved-responding-authority-email = Адреса електронске поште

## 5 Preservation

reply-preserved-preservation = Чување
reply-preserved-preservation-preserved-on = Датум када су подаци сачувани
reply-preserved-preservation-ends-on = Подаци сачувани до
    .hint = Последњи дан до ког ће подаци бити задржани, осим ако се чување продужи или се до тада прими захтев за њихово откривање.
reply-preserved-preservation-scope = Сачувани подаци
reply-preserved-preservation-scope-all = Сви затражени подаци
reply-preserved-preservation-scope-part = Део затражених података
reply-preserved-preservation-scope-part-detail = Подаци који су сачувани и подаци који нису сачувани, са разлогом
reply-preserved-preservation-holder = Држалац података
reply-preserved-remarks = Напомене
