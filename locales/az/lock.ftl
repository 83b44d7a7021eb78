# Drafts locked with a passphrase (encrypted in this browser).

lock-empty-passphrase = Parol ifadəsini daxil edin.
lock-wrong-passphrase = Parol ifadəsi yanlışdır və ya şifrələnmiş qaralama dəyişdirilib. Heç nə dəyişdirilməyib.
lock-damaged = Bu şifrələnmiş qaralama zədələnib və açıla bilməz.
lock-newer-format = Bu qaralama Tandem-in daha yeni versiyası ilə şifrələnib.
lock-no-random = Bu brauzer təhlükəsiz təsadüfi ədədlər yarada bilmir: qaralamanı şifrələmək mümkün deyil.
