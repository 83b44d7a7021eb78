# Drafts locked with a passphrase (encrypted in this browser).

lock-empty-passphrase = Въведете парола.
lock-wrong-passphrase = Грешна парола или заключеният проект е бил променен. Нищо не е променено.
lock-damaged = Този заключен проект е повреден и не може да бъде отворен.
lock-newer-format = Този проект е заключен с по-нова версия на Tandem.
lock-no-random = Този браузър не може да генерира сигурни случайни числа: проектът не може да бъде заключен.
lock-unavailable = Шифроването не можа да бъде стартирано в този браузър.
lock-action = Заключване с парола…
lock-passphrase = Парола
lock-repeat = Повторете паролата
lock-no-recovery = Ако паролата бъде забравена, никой не може да възстанови този проект.
lock-mismatch = Двете пароли не съвпадат.
lock-submit = Заключване на проекта
lock-locking = Заключване…
lock-locked = Този проект е заключен: съхранява се шифрован в този браузър.
lock-remove = Премахване на заключването
lock-remove-confirm = Да се премахне ли заключването? Тогава проектът ще се съхранява нешифрован в този браузър.
# Variables:
#   $revision (Number) - how many times the locked draft was saved
lock-listed = Заключен проект (версия { $revision })
lock-open = Отваряне
lock-opening = Отваряне…
# A label for a locked draft, stored unencrypted so the list of drafts can tell locked drafts apart.
lock-label = Етикет в списъка с проекти (не се шифрова, незадължително)
lock-label-warning = Етикетът се съхранява нешифрован до заключения проект: всеки, който използва този браузър или разполага с експортирано копие, може да го прочете. Не включвайте в него имена, подробности по делото или каквато и да е поверителна информация.
lock-label-save = Записване на етикета
lock-label-saved = Етикетът е записан.
# A locked draft in the list of drafts, when it has a label.
# Variables:
#   $label (String) - the label the user gave the locked draft
#   $revision (Number) - how many times the locked draft was saved
lock-listed-label = { $label } (заключен проект, версия { $revision })
