# Drafts locked with a passphrase (encrypted in this browser).

lock-empty-passphrase = یک عبارت عبور وارد کنید.
lock-wrong-passphrase = عبارت عبور نادرست است، یا پیش‌نویس قفل‌شده دستکاری شده است. هیچ چیز تغییر نکرد.
lock-damaged = این پیش‌نویس قفل‌شده آسیب دیده است و باز نمی‌شود.
lock-newer-format = این پیش‌نویس با نسخه تازه‌تری از Tandem قفل شده است.
lock-no-random = این مرورگر نمی‌تواند اعداد تصادفی امن تولید کند: پیش‌نویس را نمی‌توان قفل کرد.
lock-unavailable = رمزگذاری در این مرورگر آغاز نشد.
lock-action = قفل با عبارت عبور…
lock-passphrase = عبارت عبور
lock-repeat = تکرار عبارت عبور
lock-no-recovery = اگر عبارت عبور فراموش شود، هیچ‌کس نمی‌تواند این پیش‌نویس را بازیابی کند.
lock-mismatch = دو عبارت عبور یکسان نیستند.
lock-submit = قفل کردن پیش‌نویس
lock-locking = در حال قفل کردن…
lock-locked = این پیش‌نویس قفل است: به صورت رمزگذاری‌شده در این مرورگر ذخیره می‌شود.
lock-remove = برداشتن قفل
lock-remove-confirm = قفل برداشته شود؟ پس از آن پیش‌نویس بدون رمزگذاری در این مرورگر ذخیره می‌شود.
# Variables:
#   $revision (Number) - how many times the locked draft was saved
lock-listed = پیش‌نویس قفل‌شده (ویرایش { $revision })
lock-open = باز کردن
lock-opening = در حال باز کردن…
# A label for a locked draft, stored unencrypted so the list of drafts can tell locked drafts apart.
lock-label = برچسب در فهرست پیش‌نویس‌ها (رمزگذاری نمی‌شود، اختیاری)
lock-label-warning = برچسب بدون رمزگذاری در کنار پیش‌نویس قفل‌شده ذخیره می‌شود: هر کسی که از این مرورگر استفاده کند یا رونوشت خروجی‌گرفته‌ای در اختیار داشته باشد می‌تواند آن را بخواند. نام‌ها، جزئیات پرونده یا هیچ مطلب محرمانه دیگری را در آن ننویسید.
lock-label-save = ذخیره برچسب
lock-label-saved = برچسب ذخیره شد.
# A locked draft in the list of drafts, when it has a label.
# Variables:
#   $label (String) - the label the user gave the locked draft
#   $revision (Number) - how many times the locked draft was saved
lock-listed-label = { $label } (پیش‌نویس قفل‌شده، ویرایش { $revision })
