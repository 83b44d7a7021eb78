# Template reply-refusal: notice that a request received cannot be executed, with its reasons.

reply-refusal-legal-basis = Обавештење да захтев наведен у одељку 3 не може бити извршен

## 1 to 4: common to every answer

reply-refusal-date = Датум
reply-refusal-reference = Наш број
    .hint = Број под којим ваш орган поступа по захтеву, како би орган молилац могао да га наведе када се буде обраћао поводом захтева.
reply-refusal-request = Захтев на који се одговара
reply-refusal-request-reference = Број захтева
reply-refusal-request-date = Датум захтева
reply-refusal-request-authority = Орган молилац
reply-refusal-request-fingerprint = Отисак захтева
    .hint = Отисак одштампан у подножју сваке странице захтева. Попуњава се из примљеног захтева: органу молиоцу тачно показује на коју верзију његовог захтева се овај одговор односи.
reply-refusal-responding-authority = Орган који одговара
reply-refusal-responding-authority-organisation = Орган
reply-refusal-responding-authority-person = Службено лице које поступа по захтеву
reply-refusal-responding-authority-position = Функција или чин
reply-refusal-responding-authority-telephone = Број телефона
reply-refusal-responding-authority-email = Адреса електронске поште

## 5 and 6: reasons, and what would allow execution

reply-refusal-reasons = Разлози
reply-refusal-reasons-reasons = Захтев не може бити извршен јер
reply-refusal-reasons-reasons-incomplete = је захтев непотпун
reply-refusal-reasons-reasons-wrong-addressee = је упућен погрешном органу или правном лицу
reply-refusal-reasons-reasons-identification = достављене информације нису довољне за идентификацију корисника или података
reply-refusal-reasons-reasons-not-held = подаци нису у нашем поседу
reply-refusal-reasons-reasons-retention-expired = се подаци више не задржавају
reply-refusal-reasons-reasons-legal-obstacle = правна препрека спречава извршење
reply-refusal-reasons-reasons-dual-criminality = није испуњен услов двоструке кажњивости
reply-refusal-reasons-reasons-other = други разлог
reply-refusal-reasons-reasons-other-detail = Други разлог
reply-refusal-reasons-explanation = Образложење
    .hint = Необавезно. Чињенице на којима се заснивају означени разлози, изнете тако да орган молилац може да поступи у складу с њима.
reply-refusal-next = Шта би омогућило извршење захтева
    .hint = Необавезно. На пример: информације које недостају, надлежни орган или правно лице, или правни поступак који треба користити.
