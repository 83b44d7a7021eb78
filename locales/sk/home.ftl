# Home screen (request types, drafts kept in this browser), autosave and the PDF preview.

home-all-requests = Všetky žiadosti
home-start = Začať novú žiadosť
home-use-art29-preservation = Začnite tu: zabezpečte okamžité uchovanie údajov skôr, než môžu byť vymazané.
home-use-art31-subscriber = Na získanie informácií o účastníkoch prostredníctvom vzájomnej právnej pomoci, keď sú už uchované.
home-use-art31-traffic = Na získanie prevádzkových údajov prostredníctvom vzájomnej právnej pomoci, keď sú už uchované.
home-use-art31-content = Na získanie údajov o obsahu prostredníctvom vzájomnej právnej pomoci, keď sú už uchované.
home-use-emergency-disclosure = Len pri bezprostrednom ohrození života alebo bezpečnosti osoby.
home-use-provider-preservation = Ak poskytovateľ služieb prijíma žiadosti zahraničných orgánov priamo: zabezpečte okamžité uchovanie údajov.
home-use-provider-disclosure = Na získanie iných údajov ako údajov o obsahu priamo od poskytovateľa služieb, keď sú už uchované.
home-drafts = Návrhy v tomto prehliadači
home-no-drafts = Zatiaľ tu nie sú žiadne návrhy.
home-untitled = Návrh bez čísla konania
home-country = Dožiadaný štát
home-edited = Naposledy upravené
home-duplicate = Duplikovať
home-rename = Premenovať
home-name = Názov návrhu
home-save-name = Uložiť názov
home-cancel = Zrušiť
home-delete = Vymazať
home-export = Exportovať do súboru
home-import = Importovať súbor návrhu
# Variables:
#   $name (String) - the draft's name or reference number
home-deleted = Návrh vymazaný: { $name }.
home-undo = Vrátiť späť
# Variables:
#   $name (String) - the draft's name or reference number
home-imported = Návrh importovaný: { $name }.
# Variables:
#   $name (String) - the draft's name or reference number
home-imported-copy = Tento návrh tu už bol, preto bol importovaný ako kópia: { $name }.
home-import-malformed = Tento súbor nie je návrhom aplikácie Tandem. Nič sa nezmenilo.
home-import-too-large = Tento súbor je na návrh aplikácie Tandem príliš veľký. Nič sa nezmenilo.
home-import-newer = Tento návrh bol vytvorený novšou verziou aplikácie Tandem. Nič sa nezmenilo.
home-import-unknown = Tento návrh je pre druh žiadosti, ktorý táto verzia aplikácie Tandem nepozná. Nič sa nezmenilo.
# Variables:
#   $reason (String) - the browser's reason
home-storage-failed = Tento prehliadač ho odmietol uložiť ({ $reason }). Nič sa nezmenilo.
home-not-found = Tento návrh v tomto prehliadači nie je.
home-saving = Ukladá sa…
home-preview = Náhľad PDF
home-preview-title = Náhľad PDF
home-preview-download = Stiahnuť toto PDF
