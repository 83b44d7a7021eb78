# Drafts locked with a passphrase (encrypted in this browser).

lock-empty-passphrase = Bir parola ifadesi girin.
lock-wrong-passphrase = Parola ifadesi yanlış veya şifreli taslak değiştirilmiş. Hiçbir şey değiştirilmedi.
lock-damaged = Bu şifreli taslak bozuk ve açılamıyor.
lock-newer-format = Bu taslak, Tandem'in daha yeni bir sürümüyle şifrelenmiş.
lock-no-random = Bu tarayıcı güvenli rastgele sayı üretemiyor: taslak şifrelenemez.
