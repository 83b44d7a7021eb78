# Reading a draft file, a backup or a stored draft: why it was refused (nothing is changed).

import-too-large = Ֆայլը գերազանցում է 2 ՄԲ-ը։
import-too-deep = Ֆայլի ներդրվածությունը չափազանց խորն է նախագծի համար։
import-not-draft = Այս ֆայլը Tandem-ի նախագիծ կամ պահուստային պատճեն չէ։
import-unknown-format = Ֆայլում նշված չէ նախագծի հայտնի ձևաչափ։
import-newer-format = Այս նախագիծը ստեղծվել է Tandem-ի ավելի նոր տարբերակով։
import-bad-id = Նախագծի նույնացուցիչը բացակայում է կամ անվավեր է։
import-unknown-template = Այս նախագիծն օգտագործում է հարցման տեսակ, որն անհայտ է այս տարբերակին։
import-bad-langs = Նախագծի փաստաթղթի լեզուները երկու աջակցվող լեզուներ չեն։
import-bad-answers = Նախագծի պատասխանները սպասված ձևով չեն։
# Variables:
#   $field (String) - the field's name in the file, e.g. template_version
import-bad-field = Նախագծի { $field } դաշտը սխալ տեսակի է։
import-locked = Այս նախագիծը գաղտնագրված է. մուտքագրեք դրա գաղտնաբառը։

# Import report, one line per draft in the file.
# Variables:
#   $id (String) - the draft's identifier in the file
backup-added = Ներմուծված է՝ { $id }
# Variables:
#   $id (String) - the draft's identifier in the file
#   $copy (String) - the identifier of the copy
backup-copied = { $id } նույնացուցիչով այլ բովանդակություն արդեն կա. ներմուծված է որպես { $copy }
# Variables:
#   $id (String) - the draft's identifier in the file
backup-skipped = Արդեն պահպանված է՝ { $id }
# Variables:
#   $id (String) - the draft's identifier in the file
backup-rejected = Ներմուծված չէ՝ { $id }
