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
#   $name (String) - the draft's name, else its reference number, else the label of a locked draft
backup-added = Ներմուծված է՝ { $name }
# Variables:
#   $name (String) - the draft's name, else its reference number, else the label of a locked draft
backup-copied = Այլ բովանդակությամբ արդեն պահպանված է այստեղ՝ { $name }. ներմուծված է որպես պատճեն
# Variables:
#   $name (String) - the draft's name, else its reference number, else the label of a locked draft
backup-skipped = Արդեն պահպանված է՝ { $name }
# Variables:
#   $name (String) - the draft's name, else its reference number, else the label of a locked draft
backup-rejected = Ներմուծված չէ՝ { $name }
# What the report calls a draft with neither a name nor a reference number.
# Variables:
#   $number (Number) - the draft's place in the file: 1 for the first
backup-unnamed = ֆայլի թիվ { $number } նախագիծը
# A button beside "Already saved": imports the same draft again under a new identifier.
backup-as-copy = Ներմուծել որպես պատճեն
