# Drafts locked with a passphrase (encrypted in this browser).

lock-empty-passphrase = Bir parola ifadesi girin.
lock-wrong-passphrase = Parola ifadesi yanlış veya şifreli taslak değiştirilmiş. Hiçbir şey değiştirilmedi.
lock-damaged = Bu şifreli taslak bozuk ve açılamıyor.
lock-newer-format = Bu taslak, Tandem'in daha yeni bir sürümüyle şifrelenmiş.
lock-no-random = Bu tarayıcı güvenli rastgele sayı üretemiyor: taslak şifrelenemez.
lock-unavailable = Bu tarayıcıda şifreleme başlatılamadı.
lock-action = Parola ifadesiyle kilitle…
lock-passphrase = Parola ifadesi
lock-repeat = Parola ifadesini tekrarlayın
lock-no-recovery = Parola ifadesi unutulursa bu taslağı hiç kimse kurtaramaz.
lock-mismatch = İki parola ifadesi aynı değil.
lock-submit = Taslağı kilitle
lock-locking = Kilitleniyor…
lock-locked = Bu taslak kilitli: bu tarayıcıda şifrelenmiş olarak saklanıyor.
lock-remove = Kilidi kaldır
lock-remove-confirm = Kilit kaldırılsın mı? Taslak bundan sonra bu tarayıcıda şifrelenmeden saklanacak.
# Variables:
#   $revision (Number) - how many times the locked draft was saved
lock-listed = Kilitli taslak (revizyon { $revision })
lock-open = Aç
lock-opening = Açılıyor…
# A label for a locked draft, stored unencrypted so the list of drafts can tell locked drafts apart.
lock-label = Taslaklar listesindeki etiket (şifrelenmez, isteğe bağlı)
lock-label-warning = Etiket, kilitli taslağın yanında şifrelenmeden saklanır: bu tarayıcıyı kullanan veya dışa aktarılmış bir kopyaya sahip olan herkes onu okuyabilir. Etikete adlar, dava ayrıntıları veya gizli herhangi bir bilgi yazmayın.
lock-label-save = Etiketi kaydet
lock-label-saved = Etiket kaydedildi.
# A locked draft in the list of drafts, when it has a label.
# Variables:
#   $label (String) - the label the user gave the locked draft
#   $revision (Number) - how many times the locked draft was saved
lock-listed-label = { $label } (kilitli taslak, revizyon { $revision })
