# Template reply-action: notice of action taken on a request received (T-CY Rec 9).

reply-action-legal-basis = اعلام اقدامات انجام‌شده درباره درخواستی که در بخش 3 مشخص شده است

## 1 to 4: common to every answer

reply-action-date = تاریخ
reply-action-reference = شماره مرجع ما
    .hint = شماره مرجعی که مرجع شما درخواست را با آن رسیدگی می‌کند، تا مرجع درخواست‌کننده بتواند هنگام پیگیری به آن استناد کند.
reply-action-request = درخواستی که پاسخ داده می‌شود
reply-action-request-reference = شماره مرجع درخواست
reply-action-request-date = تاریخ درخواست
reply-action-request-authority = مرجع درخواست‌کننده
reply-action-request-fingerprint = اثر انگشت درخواست
    .hint = اثر انگشتی که در پایین هر صفحه درخواست چاپ شده است. از درخواست دریافتی پر می‌شود: به مرجع درخواست‌کننده دقیقاً نشان می‌دهد که این پاسخ به کدام نسخه از درخواستش مربوط است.
reply-action-responding-authority = مرجع پاسخ‌دهنده
reply-action-responding-authority-organisation = مرجع
reply-action-responding-authority-person = مأمور رسیدگی‌کننده به درخواست
reply-action-responding-authority-position = سمت یا رتبه
reply-action-responding-authority-telephone = شماره تلفن
reply-action-responding-authority-email = نشانی پست الکترونیکی

## 5 Action taken

reply-action-action = اقدامات انجام‌شده
reply-action-action-taken = اقدامات انجام‌شده درباره درخواست
    .hint = آنچه تاکنون انجام شده است، برای نمونه: داده‌ها از ارائه‌دهنده خدمات به دست آمده و همراه این اعلام فرستاده می‌شود، یا درخواست برای صدور دستور به دادگاه ارجاع شده است.
reply-action-action-date = تاریخ اقدام
reply-action-action-next = اقدامات بعدی مورد انتظار
