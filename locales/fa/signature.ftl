# The signature block that closes every request (templates/signature.toml): one set of messages
# for every request type. Its items are shown in the form; the PDF prints name, position, place
# and date above a signature line and a space for the official seal, kept together on one page.

signature-heading = امضا
signature-name = نام
    .hint = اگر خالی بماند، در PDF شخص مسئول درخواست که در مشخصات مرجع درخواست‌کننده آمده است درج می‌شود.
signature-position = سمت یا رتبه
    .hint = اگر خالی بماند، در PDF سمتی که در مشخصات مرجع درخواست‌کننده آمده است درج می‌شود، در مواردی که این فرم آن را می‌خواهد.
signature-place = محل
signature-date = تاریخ
signature-checked-name = ترجمه پاسخ‌ها بررسی شده توسط: نام
    .hint = اختیاری. شخصی که ترجمه پاسخ‌های شما را بررسی کرده است؛ یادداشت پایانی PDF نام او را ذکر می‌کند. این فیلد هرگز به دست Tandem پر نمی‌شود.
signature-checked-office = ترجمه پاسخ‌ها بررسی شده توسط: اداره
# Printed under the line left for the handwritten signature.
signature-line = امضا
# Printed in the empty box left for the official seal or stamp.
signature-seal = محل مهر رسمی
