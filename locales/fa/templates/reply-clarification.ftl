# Template reply-clarification: request for clarification of a request received.

reply-clarification-legal-basis = درخواست توضیح درباره درخواستی که در بخش 3 مشخص شده است

## 1 to 4: common to every answer

reply-clarification-date = تاریخ
reply-clarification-reference = شماره مرجع ما
    .hint = شماره مرجعی که مرجع شما درخواست را با آن رسیدگی می‌کند، تا مرجع درخواست‌کننده بتواند هنگام پیگیری به آن استناد کند.
reply-clarification-request = درخواستی که پاسخ داده می‌شود
reply-clarification-request-reference = شماره مرجع درخواست
reply-clarification-request-date = تاریخ درخواست
reply-clarification-request-authority = مرجع درخواست‌کننده
reply-clarification-request-fingerprint = اثر انگشت درخواست
    .hint = اثر انگشتی که در پایین هر صفحه درخواست چاپ شده است. از درخواست دریافتی پر می‌شود: به مرجع درخواست‌کننده دقیقاً نشان می‌دهد که این پاسخ به کدام نسخه از درخواستش مربوط است.
reply-clarification-responding-authority = مرجع پاسخ‌دهنده
reply-clarification-responding-authority-organisation = مرجع
reply-clarification-responding-authority-person = مأمور رسیدگی‌کننده به درخواست
reply-clarification-responding-authority-position = سمت یا رتبه
reply-clarification-responding-authority-telephone = شماره تلفن
reply-clarification-responding-authority-email = نشانی پست الکترونیکی

## 5 Clarification requested

reply-clarification-clarification = توضیح درخواست‌شده
reply-clarification-clarification-fields = بندهای مورد نظر درخواست
    .hint = برای هر بند شماره‌دار درخواست که روشن یا کامل نیست یک ردیف: شماره آن، همان‌گونه که در درخواست چاپ شده است، و آنچه لازم است.
reply-clarification-clarification-fields-field = شماره بند
reply-clarification-clarification-fields-question = آنچه روشن نیست یا کم است
reply-clarification-clarification-by = لطفاً تا این تاریخ پاسخ دهید
    .hint = اختیاری. در مورد حفظ، تاریخی که پاسخ باید تا آن زمان برسد تا داده‌ها نگه داشته شوند.
