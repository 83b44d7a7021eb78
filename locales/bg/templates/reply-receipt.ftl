# Template reply-receipt: confirmation of receipt of a request received (T-CY Rec 9).

reply-receipt-legal-basis = Потвърждение за получаване на искането, посочено в раздел 3

## 1 to 4: common to every answer

reply-receipt-date = Дата
reply-receipt-reference = Наш референтен номер
    .hint = Референтният номер, под който вашият орган обработва искането, за да може молещият орган да го посочва при последващи запитвания.
reply-receipt-request = Искане, на което се отговаря
reply-receipt-request-reference = Референтен номер на искането
reply-receipt-request-date = Дата на искането
reply-receipt-request-authority = Молещ орган
reply-receipt-request-fingerprint = Контролен отпечатък на искането
    .hint = Контролният отпечатък, отпечатан в долната част на всяка страница от искането. Попълва се от полученото искане: показва на молещия орган точно за коя версия на неговото искане се отнася този отговор.
reply-receipt-responding-authority = Отговарящ орган
reply-receipt-responding-authority-organisation = Орган
reply-receipt-responding-authority-person = Длъжностно лице, което работи по искането
reply-receipt-responding-authority-position = Длъжност или звание
reply-receipt-responding-authority-telephone = Телефонен номер
reply-receipt-responding-authority-email = Адрес на електронна поща

## 5 to 7

reply-receipt-received-date = Дата на получаване на искането
reply-receipt-forwarded = Препратено за изпълнение на
    .hint = Органът, на който искането е препратено за изпълнение, ако е препратено; оставете празно, ако искането се изпълнява от вашия орган.
reply-receipt-remarks = Забележки
