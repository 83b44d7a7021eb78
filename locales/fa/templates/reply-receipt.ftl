# Template reply-receipt: confirmation of receipt of a request received (T-CY Rec 9).

reply-receipt-legal-basis = تأیید دریافت درخواستی که در بخش 3 مشخص شده است

## 1 to 4: common to every answer

reply-receipt-date = تاریخ
reply-receipt-reference = شماره مرجع ما
    .hint = شماره مرجعی که مرجع شما درخواست را با آن رسیدگی می‌کند، تا مرجع درخواست‌کننده بتواند هنگام پیگیری به آن استناد کند.
reply-receipt-request = درخواستی که پاسخ داده می‌شود
reply-receipt-request-reference = شماره مرجع درخواست
reply-receipt-request-date = تاریخ درخواست
reply-receipt-request-authority = مرجع درخواست‌کننده
reply-receipt-request-fingerprint = اثر انگشت درخواست
    .hint = اثر انگشتی که در پایین هر صفحه درخواست چاپ شده است. از درخواست دریافتی پر می‌شود: به مرجع درخواست‌کننده دقیقاً نشان می‌دهد که این پاسخ به کدام نسخه از درخواستش مربوط است.
reply-receipt-responding-authority = مرجع پاسخ‌دهنده
reply-receipt-responding-authority-organisation = مرجع
reply-receipt-responding-authority-person = مأمور رسیدگی‌کننده به درخواست
reply-receipt-responding-authority-position = سمت یا رتبه
reply-receipt-responding-authority-telephone = شماره تلفن
reply-receipt-responding-authority-email = نشانی پست الکترونیکی

## 5 to 7

reply-receipt-received-date = تاریخ دریافت درخواست
reply-receipt-forwarded = ارجاع‌شده برای اجرا به
    .hint = مرجعی که درخواست برای اجرا به آن ارجاع شده است، اگر چنین شده باشد؛ اگر مرجع شما خود آن را اجرا می‌کند، خالی بگذارید.
reply-receipt-remarks = ملاحظات
