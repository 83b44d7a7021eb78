# Template reply-clarification: request for clarification of a request received.

reply-clarification-legal-basis = Искане за пояснение на искането, посочено в раздел 3

## 1 to 4: common to every answer

reply-clarification-date = Дата
reply-clarification-reference = Наш референтен номер
    .hint = Референтният номер, под който вашият орган обработва искането, за да може молещият орган да го посочва при последващи запитвания.
reply-clarification-request = Искане, на което се отговаря
reply-clarification-request-reference = Референтен номер на искането
reply-clarification-request-date = Дата на искането
reply-clarification-request-authority = Молещ орган
reply-clarification-request-fingerprint = Контролен отпечатък на искането
    .hint = Контролният отпечатък, отпечатан в долната част на всяка страница от искането. Попълва се от полученото искане: показва на молещия орган точно за коя версия на неговото искане се отнася този отговор.
reply-clarification-responding-authority = Отговарящ орган
reply-clarification-responding-authority-organisation = Орган
reply-clarification-responding-authority-person = Длъжностно лице, което работи по искането
reply-clarification-responding-authority-position = Длъжност или звание
reply-clarification-responding-authority-telephone = Телефонен номер
reply-clarification-responding-authority-email = Адрес на електронна поща

## 5 Clarification requested

reply-clarification-clarification = Поискано пояснение
reply-clarification-clarification-fields = Полета от искането, за които се иска пояснение
    .hint = По един ред за всяко номерирано поле от искането, което е неясно или непълно: номерът му, както е отпечатан в искането, и какво е необходимо.
reply-clarification-clarification-fields-field = Номер на полето
reply-clarification-clarification-fields-question = Какво е неясно или липсва
reply-clarification-clarification-by = Моля, отговорете до
    .hint = Незадължително. При запазване — датата, до която е необходим отговорът, за да продължи съхраняването на данните.
