# Drafts locked with a passphrase (encrypted in this browser).

lock-empty-passphrase = Құпия фразаны енгізіңіз.
lock-wrong-passphrase = Құпия фраза қате немесе құлыпталған жоба өзгертілген. Ештеңе өзгертілмеді.
lock-damaged = Бұл құлыпталған жоба зақымдалған, оны ашу мүмкін емес.
lock-newer-format = Бұл жоба Tandem бағдарламасының жаңарақ нұсқасында құлыпталған.
lock-no-random = Бұл браузер қауіпсіз кездейсоқ сандар жасай алмайды: жобаны құлыптау мүмкін емес.
lock-unavailable = Бұл браузерде шифрлауды іске қосу мүмкін болмады.
lock-action = Құпия фразамен құлыптау…
lock-passphrase = Құпия фраза
lock-repeat = Құпия фразаны қайталаңыз
lock-no-recovery = Құпия фраза ұмытылса, бұл жобаны ешкім қалпына келтіре алмайды.
lock-mismatch = Екі құпия фраза бірдей емес.
lock-submit = Жобаны құлыптау
lock-locking = Құлыпталуда…
lock-locked = Бұл жоба құлыпталған: ол осы браузерде шифрланған түрде сақталады.
lock-remove = Құлыпты алу
lock-remove-confirm = Құлыпты алу керек пе? Содан кейін жоба осы браузерде шифрланбаған түрде сақталады.
# Variables:
#   $revision (Number) - how many times the locked draft was saved
lock-listed = Құлыпталған жоба (редакциясы: { $revision })
lock-open = Ашу
lock-opening = Ашылуда…
# A label for a locked draft, stored unencrypted so the list of drafts can tell locked drafts apart.
lock-label = Жобалар тізіміндегі белгі (шифрланбайды, міндетті емес)
lock-label-warning = Белгі құлыпталған жобаның жанында шифрланбаған түрде сақталады: осы браузерді пайдаланатын немесе экспортталған көшірмесі бар кез келген адам оны оқи алады. Оған аты-жөндерді, іс мәліметтерін немесе құпиялылығын сақтау қажет ешқандай мәліметті жазбаңыз.
lock-label-save = Белгіні сақтау
lock-label-saved = Белгі сақталды.
# A locked draft in the list of drafts, when it has a label.
# Variables:
#   $label (String) - the label the user gave the locked draft
#   $revision (Number) - how many times the locked draft was saved
lock-listed-label = { $label } (құлыпталған жоба, редакциясы: { $revision })
