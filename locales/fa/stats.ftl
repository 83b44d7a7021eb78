# The office's statistics (T-CY Recommendation 2: statistics to monitor the efficiency of mutual
# legal assistance), computed in this browser from the request log. Nothing is sent anywhere.

stats-heading = آمار دفتر
stats-intro = در همین مرورگر از درخواست‌هایی که به عنوان فرستاده‌شده ثبت شده‌اند محاسبه می‌شود. هیچ چیز به جایی فرستاده نمی‌شود: ارقام را برای گزارش‌دهی خود دفترتان خروجی بگیرید.
stats-none = هنوز هیچ درخواستی به عنوان فرستاده‌شده ثبت نشده است.
# Variables:
#   $count (Number) - requests recorded as sent
stats-total = { $count ->
    [one] { $count } درخواست ثبت‌شده به عنوان فرستاده‌شده
   *[other] { $count } درخواست ثبت‌شده به عنوان فرستاده‌شده
}
stats-by-country = بر پایه دولت درخواست‌شونده
stats-by-type = بر پایه نوع درخواست
stats-by-category = بر پایه دسته جرم
stats-by-status = بر پایه نتیجه
stats-refusals = ردها بر پایه دلیل
stats-times = زمان صرف‌شده
stats-median-confirmation = میانه روزها از فرستادن تا تأیید دریافت
stats-median-answer = میانه روزها از فرستادن تا پاسخ (اجرا، اقدام یا رد)
stats-column-what = دسته
stats-column-count = درخواست‌ها
stats-column-days = روزها
stats-column-answered = پاسخ داده‌شده
stats-not-given = ذکر نشده
stats-no-figure = هنوز رقمی نیست
stats-export-csv = خروجی {"\u2066"}CSV{"\u2069"}
stats-print = چاپ، یا ذخیره به صورت {"\u2066"}PDF{"\u2069"}
stats-open = آمار دفتر
