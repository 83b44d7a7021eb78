# Template reply-refusal: notice that a request received cannot be executed, with its reasons.

reply-refusal-legal-basis = Уведомление, че искането, посочено в раздел 3, не може да бъде изпълнено

## 1 to 4: common to every answer

reply-refusal-date = Дата
reply-refusal-reference = Наш референтен номер
    .hint = Референтният номер, под който вашият орган обработва искането, за да може молещият орган да го посочва при последващи запитвания.
reply-refusal-request = Искане, на което се отговаря
reply-refusal-request-reference = Референтен номер на искането
reply-refusal-request-date = Дата на искането
reply-refusal-request-authority = Молещ орган
reply-refusal-request-fingerprint = Контролен отпечатък на искането
    .hint = Контролният отпечатък, отпечатан в долната част на всяка страница от искането. Попълва се от полученото искане: показва на молещия орган точно за коя версия на неговото искане се отнася този отговор.
reply-refusal-responding-authority = Отговарящ орган
reply-refusal-responding-authority-organisation = Орган
reply-refusal-responding-authority-person = Длъжностно лице, което работи по искането
reply-refusal-responding-authority-position = Длъжност или звание
reply-refusal-responding-authority-telephone = Телефонен номер
reply-refusal-responding-authority-email = Адрес на електронна поща

## 5 and 6: reasons, and what would allow execution

reply-refusal-reasons = Причини
reply-refusal-reasons-reasons = Искането не може да бъде изпълнено, защото
reply-refusal-reasons-reasons-incomplete = искането е непълно
reply-refusal-reasons-reasons-wrong-addressee = е изпратено до неправилния орган или юридическо лице
reply-refusal-reasons-reasons-identification = предоставената информация не е достатъчна за установяване на потребителя или на данните
reply-refusal-reasons-reasons-not-held = не разполагаме с данните
reply-refusal-reasons-reasons-retention-expired = данните вече не се съхраняват
reply-refusal-reasons-reasons-legal-obstacle = правна пречка не позволява изпълнението
reply-refusal-reasons-reasons-dual-criminality = не е изпълнено условието за двойна наказуемост
reply-refusal-reasons-reasons-other = друга причина
reply-refusal-reasons-reasons-other-detail = Друга причина
reply-refusal-reasons-explanation = Обяснение
    .hint = Незадължително. Фактите, на които се основават отбелязаните причини, изложени така, че молещият орган да може да предприеме действия въз основа на тях.
reply-refusal-next = Какво би позволило изпълнението на искането
    .hint = Незадължително. Например: липсващата информация, компетентният орган или юридическо лице, или правната процедура, която да се използва.
