# Template reply-action: notice of action taken on a request received (T-CY Rec 9).

reply-action-legal-basis = Уведомление за действията, предприети по искането, посочено в раздел 3

## 1 to 4: common to every answer

reply-action-date = Дата
reply-action-reference = Наш референтен номер
    .hint = Референтният номер, под който вашият орган обработва искането, за да може молещият орган да го посочва при последващи запитвания.
reply-action-request = Искане, на което се отговаря
reply-action-request-reference = Референтен номер на искането
reply-action-request-date = Дата на искането
reply-action-request-authority = Молещ орган
reply-action-request-fingerprint = Контролен отпечатък на искането
    .hint = Контролният отпечатък, отпечатан в долната част на всяка страница от искането. Попълва се от полученото искане: показва на молещия орган точно за коя версия на неговото искане се отнася този отговор.
reply-action-responding-authority = Отговарящ орган
reply-action-responding-authority-organisation = Орган
reply-action-responding-authority-person = Длъжностно лице, което работи по искането
reply-action-responding-authority-position = Длъжност или звание
reply-action-responding-authority-telephone = Телефонен номер
reply-action-responding-authority-email = Адрес на електронна поща

## 5 Action taken

reply-action-action = Предприети действия
reply-action-action-taken = Действия, предприети по искането
    .hint = Какво е направено досега, например: данните са получени от доставчика на услуги и се изпращат с настоящото уведомление, или искането е предадено на съд за издаване на разпореждане.
reply-action-action-date = Дата на действието
reply-action-action-next = Очаквани по-нататъшни действия
