# Stored drafts: storage refused or unreadable, newer versions' drafts, two tabs, persistence, backup, how full storage is.

storage-unavailable = Ky shfletues nuk i lejon Tandem të ruajë draftet. Puna juaj mbetet vetëm në këtë faqe: shkarkoni draftin para se ta mbyllni.
storage-read-only = Ky draft është hartuar me një version më të ri të Tandem dhe nuk mund të ndryshohet këtu.
storage-copy-note = Një kopje mund të redaktohet këtu; të dhënat që ky version nuk i njeh ruhen, por nuk shfaqen.
storage-keep-copy = Ruaj një kopje të redaktueshme
storage-read-only-tag = Vetëm për lexim: hartuar me një version më të ri të Tandem
storage-changed-elsewhere = Ky draft u ndryshua në një skedë ose dritare tjetër.
storage-changed-newer = Një version më i ri i Tandem e ndryshoi këtë draft në një skedë ose dritare tjetër.
storage-changed-unreadable = Versioni i ruajtur i këtij drafti nuk mund të lexohej: u la mënjanë, i pandryshuar, dhe u ruajt ky version.
storage-load-other-note = Nëse ngarkoni versionin tjetër, ndryshimet e paruajtura ende në këtë skedë humbasin.
storage-load-other = Ngarko versionin tjetër
storage-keep-mine = Ruaj timin si kopje
# Variables:
#   $count (Number) - how many stored drafts could not be read
storage-unreadable = Drafte të ruajtura që nuk mund të lexoheshin: { $count }. U lanë mënjanë, të pandryshuara.
# Variables:
#   $file (String) - the name of the file offered for download
storage-download-file = Shkarko { $file }
storage-persistent = Ky shfletues i ruan këto drafte derisa t'i fshini.
storage-not-persistent = Ky shfletues mund t'i fshijë këto drafte kur hapësira mbaron: eksportoni një kopje rezervë.
storage-export-all = Eksporto të gjitha draftet
# Variables:
#   $kb (Number) - kilobytes the stored drafts take
#   $percent (Number) - that share of the browser's limit, in whole percent
#   $limit (Number) - kilobytes this browser keeps at most for them (its local storage limit)
storage-usage = Draftet e ruajtura zënë { $kb } kB, pra { $percent } % të { $limit } kB që ky shfletues rezervon për to.
# Variables:
#   $used (Number) - megabytes the browser counts for all of this site's data (it may leave local storage out)
#   $quota (Number) - megabytes the browser allows this site in all
storage-usage-estimate = Shifra e vetë shfletuesit për të gjitha të dhënat e këtij sajti, e cila mund të mos i përfshijë draftet: { $used } MB nga { $quota } MB që lejon.
# Variables:
#   $percent (Number) - share of the limit used, in whole percent (80 or more)
storage-usage-warning = Hapësira për draftet është plot { $percent } %. Kur të mbushet, ndryshimet nuk do të mund të ruhen më në këtë shfletues. Eksportoni të gjitha draftet në një skedar, pastaj fshini draftet që nuk ju duhen më; më të vjetrat renditen më poshtë.
# Variables:
#   $name (String) - what the drafts list calls the draft
#   $kb (Number) - kilobytes its entry takes
storage-usage-draft = { $name }: zë { $kb } kB
