# Drafts locked with a passphrase (encrypted in this browser).

lock-empty-passphrase = Parol sözlemini giriziň.
lock-wrong-passphrase = Parol sözlemi nädogry ýa-da gulplanan taslama üýtgedilipdir. Hiç zat üýtgedilmedi.
lock-damaged = Bu gulplanan taslama zaýalanypdyr, ony açyp bolmaýar.
lock-newer-format = Bu taslama Tandem programmasynyň has täze wersiýasynda gulplandy.
lock-no-random = Bu brauzer ygtybarly tötänleýin sanlary döredip bilmeýär: taslamany gulplap bolmaýar.
lock-unavailable = Bu brauzerde şifrlemäni işe girizip bolmady.
lock-action = Parol sözlemi bilen gulplamak…
lock-passphrase = Parol sözlemi
lock-repeat = Parol sözlemini gaýtalaň
lock-no-recovery = Parol sözlemi unudylsa, bu taslamany hiç kim dikeldip bilmez.
lock-mismatch = Iki parol sözlemi birmeňzeş däl.
lock-submit = Taslamany gulplamak
lock-locking = Gulplanýar…
lock-locked = Bu taslama gulplanan: ol şu brauzerde şifrlenen görnüşde saklanýar.
lock-remove = Gulpy aýyrmak
lock-remove-confirm = Gulp aýrylsynmy? Şondan soň taslama şu brauzerde şifrlenmedik görnüşde saklanar.
# Variables:
#   $revision (Number) - how many times the locked draft was saved
lock-listed = Gulplanan taslama (redaksiýasy: { $revision })
lock-open = Açmak
lock-opening = Açylýar…
# A label for a locked draft, stored unencrypted so the list of drafts can tell locked drafts apart.
lock-label = Taslamalaryň sanawyndaky ýarlyk (şifrlenmeýär, hökmany däl)
lock-label-warning = Ýarlyk gulplanan taslamanyň ýanynda şifrlenmedik görnüşde saklanýar: şu brauzeri ulanýan ýa-da eksport edilen nusgasy bolan islendik adam ony okap biler. Oňa atlary, iş boýunça jikme-jiklikleri ýa-da gizlinligi saklanmaly hiç hili maglumaty ýazmaň.
lock-label-save = Ýarlygy ýatda saklamak
lock-label-saved = Ýarlyk ýatda saklanyldy.
# A locked draft in the list of drafts, when it has a label.
# Variables:
#   $label (String) - the label the user gave the locked draft
#   $revision (Number) - how many times the locked draft was saved
lock-listed-label = { $label } (gulplanan taslama, redaksiýasy: { $revision })
