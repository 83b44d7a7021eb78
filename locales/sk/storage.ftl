# Stored drafts: storage refused or unreadable, newer versions' drafts, two tabs, persistence, backup, how full storage is.

storage-unavailable = Tento prehliadač nedovoľuje aplikácii Tandem ukladať návrhy. Vaša práca zostáva len na tejto stránke: pred jej zatvorením si návrh stiahnite.
storage-read-only = Tento návrh bol zapísaný novšou verziou aplikácie Tandem a nemožno ho tu meniť.
storage-copy-note = Tu možno upravovať kópiu; podrobnosti, ktoré táto verzia nepozná, zostanú zachované, ale nezobrazia sa.
storage-keep-copy = Ponechať upraviteľnú kópiu
storage-read-only-tag = Len na čítanie: zapísané novšou verziou aplikácie Tandem
storage-changed-elsewhere = Tento návrh bol zmenený na inej karte alebo v inom okne.
storage-changed-newer = Novšia verzia aplikácie Tandem zmenila tento návrh na inej karte alebo v inom okne.
storage-changed-unreadable = Uloženú verziu tohto návrhu sa nepodarilo prečítať: bola bez zmeny odložená bokom a uložila sa táto verzia.
storage-load-other-note = Ak načítate druhú verziu, zmeny dosiaľ neuložené na tejto karte sa stratia.
storage-load-other = Načítať druhú verziu
storage-keep-mine = Ponechať moju ako kópiu
# Variables:
#   $count (Number) - how many stored drafts could not be read
storage-unreadable = Uložené návrhy, ktoré sa nepodarilo prečítať: { $count }. Boli bez zmeny odložené bokom.
# Variables:
#   $file (String) - the name of the file offered for download
storage-download-file = Stiahnuť { $file }
storage-persistent = Tento prehliadač uchováva tieto návrhy, kým ich nevymažete.
storage-not-persistent = Tento prehliadač môže tieto návrhy vymazať, keď dôjde miesto: exportujte zálohu.
storage-export-all = Exportovať všetky návrhy
# Variables:
#   $kb (Number) - kilobytes the stored drafts take
#   $percent (Number) - that share of the browser's limit, in whole percent
#   $limit (Number) - kilobytes this browser keeps at most for them (its local storage limit)
storage-usage = Uložené návrhy zaberajú { $kb } kB: { $percent } % z { $limit } kB, ktoré im tento prehliadač vyhradzuje.
# Variables:
#   $used (Number) - megabytes the browser counts for all of this site's data (it may leave local storage out)
#   $quota (Number) - megabytes the browser allows this site in all
storage-usage-estimate = Vlastný údaj prehliadača o všetkých dátach tohto webu, ktorý nemusí zahŕňať návrhy: { $used } MB z povolených { $quota } MB.
# Variables:
#   $percent (Number) - share of the limit used, in whole percent (80 or more)
storage-usage-warning = Úložisko návrhov je zaplnené na { $percent } %. Keď sa zaplní, zmeny už nebude možné v tomto prehliadači uložiť. Exportujte všetky návrhy do súboru a potom vymažte návrhy, ktoré už nepotrebujete; najstaršie sú uvedené nižšie.
# Variables:
#   $name (String) - what the drafts list calls the draft
#   $kb (Number) - kilobytes its entry takes
storage-usage-draft = { $name }: { $kb } kB v úložisku
