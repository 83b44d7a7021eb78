# Home screen (request types, drafts kept in this browser), autosave and the PDF preview.

home-all-requests = Všechny žádosti
home-start = Zahájit novou žádost
home-use-art29-preservation = Začněte zde: zajistěte okamžité uchování dat dříve, než mohou být vymazána.
home-use-art31-subscriber = K získání informací o účastnících cestou vzájemné právní pomoci, jakmile jsou uchovány.
home-use-art31-traffic = K získání provozních dat cestou vzájemné právní pomoci, jakmile jsou uchována.
home-use-art31-content = K získání obsahových dat cestou vzájemné právní pomoci, jakmile jsou uchována.
home-use-emergency-disclosure = Pouze při bezprostředním ohrožení života nebo bezpečnosti osoby.
home-use-provider-preservation = Přijímá-li poskytovatel služeb žádosti zahraničních orgánů přímo: zajistěte okamžité uchování dat.
home-use-provider-disclosure = K vyžádání jiných než obsahových dat přímo od poskytovatele služeb, jakmile jsou uchována.
home-drafts = Koncepty v tomto prohlížeči
home-no-drafts = Zatím zde nejsou žádné koncepty.
home-untitled = Koncept bez čísla jednacího
home-country = Dožádaný stát
home-edited = Naposledy upraveno
home-duplicate = Duplikovat
home-rename = Přejmenovat
home-name = Název konceptu
home-save-name = Uložit název
home-cancel = Zrušit
home-delete = Smazat
home-export = Exportovat do souboru
home-import = Importovat soubor konceptu
# Variables:
#   $name (String) - the draft's name or reference number
home-deleted = Koncept smazán: { $name }.
home-undo = Vrátit zpět
# Variables:
#   $name (String) - the draft's name or reference number
home-imported = Koncept importován: { $name }.
# Variables:
#   $name (String) - the draft's name or reference number
home-imported-copy = Tento koncept zde již byl, proto byl importován jako kopie: { $name }.
home-import-malformed = Tento soubor není konceptem aplikace Tandem. Nic nebylo změněno.
home-import-too-large = Tento soubor je na koncept aplikace Tandem příliš velký. Nic nebylo změněno.
home-import-newer = Tento koncept byl vytvořen novější verzí aplikace Tandem. Nic nebylo změněno.
home-import-unknown = Tento koncept je pro druh žádosti, který tato verze aplikace Tandem nezná. Nic nebylo změněno.
# Variables:
#   $reason (String) - the browser's reason
home-storage-failed = Tento prohlížeč jej odmítl uložit ({ $reason }). Nic nebylo změněno.
home-not-found = Tento koncept v tomto prohlížeči není.
home-saving = Ukládá se…
home-preview = Náhled PDF
home-preview-title = Náhled PDF
home-preview-download = Stáhnout toto PDF
