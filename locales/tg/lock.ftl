# Drafts locked with a passphrase (encrypted in this browser).

lock-empty-passphrase = Ибораи рамзиро ворид кунед.
lock-wrong-passphrase = Ибораи рамзӣ нодуруст аст, ё лоиҳаи қулфшуда тағйир дода шудааст. Ҳеҷ чиз тағйир наёфт.
lock-damaged = Ин лоиҳаи қулфшуда вайрон шудааст ва кушода намешавад.
lock-newer-format = Ин лоиҳа бо версияи навтари Tandem қулф карда шудааст.
lock-no-random = Ин браузер рақамҳои тасодуфии бехатар тавлид карда наметавонад: лоиҳаро қулф кардан мумкин нест.
lock-unavailable = Рамзгузориро дар ин браузер оғоз кардан нашуд.
lock-action = Қулф кардан бо ибораи рамзӣ…
lock-passphrase = Ибораи рамзӣ
lock-repeat = Ибораи рамзиро такрор кунед
lock-no-recovery = Агар ибораи рамзӣ фаромӯш шавад, ҳеҷ кас ин лоиҳаро барқарор карда наметавонад.
lock-mismatch = Ду ибораи рамзӣ якхела нестанд.
lock-submit = Қулф кардани лоиҳа
lock-locking = Қулф карда мешавад…
lock-locked = Ин лоиҳа қулф аст: он дар ин браузер ба таври рамзгузоришуда нигоҳ дошта мешавад.
lock-remove = Бардоштани қулф
lock-remove-confirm = Қулф бардошта шавад? Пас аз он лоиҳа дар ин браузер бе рамзгузорӣ нигоҳ дошта мешавад.
# Variables:
#   $revision (Number) - how many times the locked draft was saved
lock-listed = Лоиҳаи қулфшуда (таҳрири { $revision })
lock-open = Кушодан
lock-opening = Кушода мешавад…
