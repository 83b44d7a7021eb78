# Template reply-preserved: confirmation that a preservation request was executed.

reply-preserved-legal-basis = تأیید حفظی که در درخواست مشخص‌شده در بخش 3 درخواست شده است

## 1 to 4: common to every answer

reply-preserved-date = تاریخ
reply-preserved-reference = شماره مرجع ما
    .hint = شماره مرجعی که مرجع شما درخواست را با آن رسیدگی می‌کند، تا مرجع درخواست‌کننده بتواند هنگام پیگیری به آن استناد کند.
reply-preserved-request = درخواستی که پاسخ داده می‌شود
reply-preserved-request-reference = شماره مرجع درخواست
reply-preserved-request-date = تاریخ درخواست
reply-preserved-request-authority = مرجع درخواست‌کننده
reply-preserved-request-fingerprint = اثر انگشت درخواست
    .hint = اثر انگشتی که در پایین هر صفحه درخواست چاپ شده است. از درخواست دریافتی پر می‌شود: به مرجع درخواست‌کننده دقیقاً نشان می‌دهد که این پاسخ به کدام نسخه از درخواستش مربوط است.
reply-preserved-responding-authority = مرجع پاسخ‌دهنده
reply-preserved-responding-authority-organisation = مرجع
reply-preserved-responding-authority-person = مأمور رسیدگی‌کننده به درخواست
reply-preserved-responding-authority-position = سمت یا رتبه
reply-preserved-responding-authority-telephone = شماره تلفن
reply-preserved-responding-authority-email = نشانی پست الکترونیکی

## 5 Preservation

reply-preserved-preservation = حفظ
reply-preserved-preservation-preserved-on = تاریخ حفظ داده‌ها
reply-preserved-preservation-ends-on = حفظ داده‌ها تا تاریخ
    .hint = آخرین روزی که داده‌ها نگه داشته می‌شوند، مگر آن‌که حفظ تمدید شود یا تا آن روز درخواستی برای افشای آن‌ها دریافت شود.
reply-preserved-preservation-scope = داده‌های حفظ‌شده
reply-preserved-preservation-scope-all = همه داده‌های درخواست‌شده
reply-preserved-preservation-scope-part = بخشی از داده‌های درخواست‌شده
reply-preserved-preservation-scope-part-detail = داده‌های حفظ‌شده، و داده‌هایی که حفظ نشده‌اند همراه با دلیل
reply-preserved-preservation-holder = دارنده داده‌ها
reply-preserved-remarks = ملاحظات
