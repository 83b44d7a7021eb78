# Drafts locked with a passphrase (encrypted in this browser).

lock-empty-passphrase = Сырсөз фразасын киргизиңиз.
lock-wrong-passphrase = Сырсөз фразасы туура эмес же кулпуланган долбоор өзгөртүлгөн. Эч нерсе өзгөртүлгөн жок.
lock-damaged = Бул кулпуланган долбоор бузулган, аны ачуу мүмкүн эмес.
lock-newer-format = Бул долбоор Tandem программасынын жаңыраак версиясында кулпуланган.
lock-no-random = Бул браузер коопсуз кокус сандарды түзө албайт: долбоорду кулпулоо мүмкүн эмес.
lock-unavailable = Бул браузерде шифрлөөнү иштетүү мүмкүн болгон жок.
lock-action = Сырсөз фразасы менен кулпулоо…
lock-passphrase = Сырсөз фразасы
lock-repeat = Сырсөз фразасын кайталаңыз
lock-no-recovery = Сырсөз фразасы унутулса, бул долбоорду эч ким калыбына келтире албайт.
lock-mismatch = Эки сырсөз фразасы бирдей эмес.
lock-submit = Долбоорду кулпулоо
lock-locking = Кулпуланууда…
lock-locked = Бул долбоор кулпуланган: ал ушул браузерде шифрленген түрдө сакталат.
lock-remove = Кулпуну алуу
lock-remove-confirm = Кулпуну алуу керекпи? Андан кийин долбоор ушул браузерде шифрленбеген түрдө сакталат.
# Variables:
#   $revision (Number) - how many times the locked draft was saved
lock-listed = Кулпуланган долбоор (редакциясы: { $revision })
lock-open = Ачуу
lock-opening = Ачылууда…
# A label for a locked draft, stored unencrypted so the list of drafts can tell locked drafts apart.
lock-label = Долбоорлор тизмесиндеги белги (шифрленбейт, милдеттүү эмес)
lock-label-warning = Белги кулпуланган долбоордун жанында шифрленбеген түрдө сакталат: аны ушул браузерди колдонгон же экспорттолгон көчүрмөсү бар ар бир адам окуй алат. Ага аты-жөндөрдү, иштин чоо-жайын же купуялуулугун сактоо керек болгон эч кандай маалыматты жазбаңыз.
lock-label-save = Белгини сактоо
lock-label-saved = Белги сакталды.
# A locked draft in the list of drafts, when it has a label.
# Variables:
#   $label (String) - the label the user gave the locked draft
#   $revision (Number) - how many times the locked draft was saved
lock-listed-label = { $label } (кулпуланган долбоор, редакциясы: { $revision })
