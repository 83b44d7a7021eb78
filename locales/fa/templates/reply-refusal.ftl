# Template reply-refusal: notice that a request received cannot be executed, with its reasons.

reply-refusal-legal-basis = اعلام این‌که درخواست مشخص‌شده در بخش 3 قابل اجرا نیست

## 1 to 4: common to every answer

reply-refusal-date = تاریخ
reply-refusal-reference = شماره مرجع ما
    .hint = شماره مرجعی که مرجع شما درخواست را با آن رسیدگی می‌کند، تا مرجع درخواست‌کننده بتواند هنگام پیگیری به آن استناد کند.
reply-refusal-request = درخواستی که پاسخ داده می‌شود
reply-refusal-request-reference = شماره مرجع درخواست
reply-refusal-request-date = تاریخ درخواست
reply-refusal-request-authority = مرجع درخواست‌کننده
reply-refusal-request-fingerprint = اثر انگشت درخواست
    .hint = اثر انگشتی که در پایین هر صفحه درخواست چاپ شده است. از درخواست دریافتی پر می‌شود: به مرجع درخواست‌کننده دقیقاً نشان می‌دهد که این پاسخ به کدام نسخه از درخواستش مربوط است.
reply-refusal-responding-authority = مرجع پاسخ‌دهنده
reply-refusal-responding-authority-organisation = مرجع
reply-refusal-responding-authority-person = مأمور رسیدگی‌کننده به درخواست
reply-refusal-responding-authority-position = سمت یا رتبه
reply-refusal-responding-authority-telephone = شماره تلفن
reply-refusal-responding-authority-email = نشانی پست الکترونیکی

## 5 and 6: reasons, and what would allow execution

reply-refusal-reasons = دلایل
reply-refusal-reasons-reasons = درخواست قابل اجرا نیست، زیرا
reply-refusal-reasons-reasons-incomplete = درخواست ناقص است
reply-refusal-reasons-reasons-wrong-addressee = به مرجع یا شخص حقوقی نادرستی فرستاده شده است
reply-refusal-reasons-reasons-identification = اطلاعات داده‌شده برای شناسایی کاربر یا داده‌ها کافی نیست
reply-refusal-reasons-reasons-not-held = داده‌ها در اختیار ما نیست
reply-refusal-reasons-reasons-retention-expired = داده‌ها دیگر نگه‌داری نمی‌شوند
reply-refusal-reasons-reasons-legal-obstacle = مانعی قانونی از اجرا جلوگیری می‌کند
reply-refusal-reasons-reasons-dual-criminality = شرط مجرمیت متقابل برقرار نیست
reply-refusal-reasons-reasons-other = دلیل دیگر
reply-refusal-reasons-reasons-other-detail = دلیل دیگر
reply-refusal-reasons-explanation = توضیح
    .hint = اختیاری. واقعیت‌هایی که دلایل علامت‌خورده بر آن‌ها استوار است، به گونه‌ای که مرجع درخواست‌کننده بتواند بر پایه آن‌ها اقدام کند.
reply-refusal-next = آنچه اجرای درخواست را ممکن می‌سازد
    .hint = اختیاری. برای نمونه: اطلاعات کم‌شده، مرجع یا شخص حقوقی صالح، یا روند قانونی که باید به کار رود.
