# Drafts locked with a passphrase (encrypted in this browser).

lock-empty-passphrase = أدخل عبارة مرور.
lock-wrong-passphrase = عبارة المرور خاطئة، أو عُدّلت المسودة المشفّرة. لم يتغير شيء.
lock-damaged = هذه المسودة المشفّرة تالفة ولا يمكن فتحها.
lock-newer-format = شُفّرت هذه المسودة بإصدار أحدث من Tandem.
lock-no-random = لا يستطيع هذا المتصفح توليد أرقام عشوائية آمنة: لا يمكن تشفير المسودة.
