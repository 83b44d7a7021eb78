# Template reply-preserved: confirmation that a preservation request was executed.

reply-preserved-legal-basis = Потвърждение за запазването, поискано с искането, посочено в раздел 3

## 1 to 4: common to every answer

reply-preserved-date = Дата
reply-preserved-reference = Наш референтен номер
    .hint = Референтният номер, под който вашият орган обработва искането, за да може молещият орган да го посочва при последващи запитвания.
reply-preserved-request = Искане, на което се отговаря
reply-preserved-request-reference = Референтен номер на искането
reply-preserved-request-date = Дата на искането
reply-preserved-request-authority = Молещ орган
reply-preserved-request-fingerprint = Контролен отпечатък на искането
    .hint = Контролният отпечатък, отпечатан в долната част на всяка страница от искането. Попълва се от полученото искане: показва на молещия орган точно за коя версия на неговото искане се отнася този отговор.
reply-preserved-responding-authority = Отговарящ орган
reply-preserved-responding-authority-organisation = Орган
reply-preserved-responding-authority-person = Длъжностно лице, което работи по искането
reply-preserved-responding-authority-position = Длъжност или звание
reply-preserved-responding-authority-telephone = Телефонен номер
reply-preserved-responding-authority-email = Адрес на електронна поща

## 5 Preservation

reply-preserved-preservation = Запазване
reply-preserved-preservation-preserved-on = Дата, на която данните са запазени
reply-preserved-preservation-ends-on = Данните са запазени до
    .hint = Последният ден, до който данните ще се съхраняват, освен ако запазването не бъде удължено или дотогава не бъде получено искане за разкриването им.
reply-preserved-preservation-scope = Запазени данни
reply-preserved-preservation-scope-all = Всички поискани данни
reply-preserved-preservation-scope-part = Част от поисканите данни
reply-preserved-preservation-scope-part-detail = Запазени данни и данни, които не са запазени, с причината
reply-preserved-preservation-holder = Държател на данните
reply-preserved-remarks = Забележки
