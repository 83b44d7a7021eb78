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
# A label for a locked draft, stored unencrypted so the list of drafts can tell locked drafts apart.
lock-label = Нишона дар рӯйхати лоиҳаҳо (рамзгузорӣ намешавад, ихтиёрӣ)
lock-label-warning = Нишона дар паҳлуи лоиҳаи қулфшуда бе рамзгузорӣ нигоҳ дошта мешавад: ҳар касе, ки аз ин браузер истифода мебарад ё нусхаи содиршударо дорад, онро хонда метавонад. Дар он номҳо, тафсилоти парванда ё ягон чизи махфӣ нанависед.
lock-label-save = Нигоҳ доштани нишона
lock-label-saved = Нишона нигоҳ дошта шуд.
# A locked draft in the list of drafts, when it has a label.
# Variables:
#   $label (String) - the label the user gave the locked draft
#   $revision (Number) - how many times the locked draft was saved
lock-listed-label = { $label } (лоиҳаи қулфшуда, таҳрири { $revision })
