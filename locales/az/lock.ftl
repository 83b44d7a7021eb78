# Drafts locked with a passphrase (encrypted in this browser).

lock-empty-passphrase = Parol ifadəsini daxil edin.
lock-wrong-passphrase = Parol ifadəsi yanlışdır və ya şifrələnmiş qaralama dəyişdirilib. Heç nə dəyişdirilməyib.
lock-damaged = Bu şifrələnmiş qaralama zədələnib və açıla bilməz.
lock-newer-format = Bu qaralama Tandem-in daha yeni versiyası ilə şifrələnib.
lock-no-random = Bu brauzer təhlükəsiz təsadüfi ədədlər yarada bilmir: qaralamanı şifrələmək mümkün deyil.
lock-unavailable = Bu brauzerdə şifrələməni başlatmaq mümkün olmadı.
lock-action = Parol ifadəsi ilə kilidləyin…
lock-passphrase = Parol ifadəsi
lock-repeat = Parol ifadəsini təkrar daxil edin
lock-no-recovery = Parol ifadəsi unudularsa, bu qaralamanı heç kim bərpa edə bilməz.
lock-mismatch = İki parol ifadəsi eyni deyil.
lock-submit = Qaralamanı kilidləyin
lock-locking = Kilidlənir…
lock-locked = Bu qaralama kilidlənib: bu brauzerdə şifrələnmiş şəkildə saxlanılır.
lock-remove = Kilidi götürün
lock-remove-confirm = Kilid götürülsün? Bundan sonra qaralama bu brauzerdə şifrələnmədən saxlanılacaq.
# Variables:
#   $revision (Number) - how many times the locked draft was saved
lock-listed = Kilidlənmiş qaralama (redaksiya { $revision })
lock-open = Açın
lock-opening = Açılır…
# A label for a locked draft, stored unencrypted so the list of drafts can tell locked drafts apart.
lock-label = Qaralamalar siyahısında nişan (şifrələnmir, istəyə bağlı)
lock-label-warning = Nişan kilidlənmiş qaralamanın yanında şifrələnmədən saxlanılır: bu brauzerdən istifadə edən və ya ixrac edilmiş surətə malik olan hər kəs onu oxuya bilər. Ona adlar, iş üzrə təfərrüatlar və ya hər hansı məxfi məlumat yazmayın.
lock-label-save = Nişanı saxla
lock-label-saved = Nişan saxlanıldı.
# A locked draft in the list of drafts, when it has a label.
# Variables:
#   $label (String) - the label the user gave the locked draft
#   $revision (Number) - how many times the locked draft was saved
lock-listed-label = { $label } (kilidlənmiş qaralama, redaksiya { $revision })
