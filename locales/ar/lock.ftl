# Drafts locked with a passphrase (encrypted in this browser).

lock-empty-passphrase = أدخل عبارة مرور.
lock-wrong-passphrase = عبارة المرور خاطئة، أو عُدّلت المسودة المشفّرة. لم يتغير شيء.
lock-damaged = هذه المسودة المشفّرة تالفة ولا يمكن فتحها.
lock-newer-format = شُفّرت هذه المسودة بإصدار أحدث من Tandem.
lock-no-random = لا يستطيع هذا المتصفح توليد أرقام عشوائية آمنة: لا يمكن تشفير المسودة.
lock-unavailable = تعذّر بدء التشفير في هذا المتصفح.
lock-action = القفل بعبارة مرور…
lock-passphrase = عبارة المرور
lock-repeat = أعد إدخال عبارة المرور
lock-no-recovery = إذا نُسيت عبارة المرور، فلا يمكن لأحد استرداد هذه المسودة.
lock-mismatch = عبارتا المرور غير متطابقتين.
lock-submit = قفل المسودة
lock-locking = جارٍ القفل…
lock-locked = هذه المسودة مقفلة: تُخزَّن مشفّرة في هذا المتصفح.
lock-remove = إزالة القفل
lock-remove-confirm = هل تريد إزالة القفل؟ ستُخزَّن المسودة بعد ذلك غير مشفّرة في هذا المتصفح.
# Variables:
#   $revision (Number) - how many times the locked draft was saved
lock-listed = مسودة مقفلة (المراجعة { $revision })
lock-open = فتح
lock-opening = جارٍ الفتح…
# A label for a locked draft, stored unencrypted so the list of drafts can tell locked drafts apart.
lock-label = تسمية في قائمة المسودات (غير مشفّرة، اختيارية)
lock-label-warning = تُخزَّن التسمية غير مشفّرة إلى جانب المسودة المقفلة: يمكن لأي شخص يستخدم هذا المتصفح، أو يحوز نسخة مصدَّرة منها، أن يقرأها. لا تضع فيها أسماء أو تفاصيل القضية أو أي معلومات سرية.
lock-label-save = حفظ التسمية
lock-label-saved = حُفظت التسمية.
# A locked draft in the list of drafts, when it has a label.
# Variables:
#   $label (String) - the label the user gave the locked draft
#   $revision (Number) - how many times the locked draft was saved
lock-listed-label = { $label } (مسودة مقفلة، المراجعة { $revision })
