# Home screen (request types, drafts kept in this browser), autosave and the PDF preview.

home-all-requests = Të gjitha kërkesat
home-start = Filloni një kërkesë të re
home-use-art29-preservation = Filloni këtu: siguroni ruajtjen e menjëhershme të të dhënave, para se të mund të fshihen.
home-use-art31-subscriber = Për të marrë informacionin mbi pajtimtarin me ndihmë juridike të ndërsjellë, pas ruajtjes.
home-use-art31-traffic = Për të marrë të dhënat e trafikut me ndihmë juridike të ndërsjellë, pas ruajtjes.
home-use-art31-content = Për të marrë të dhënat e përmbajtjes me ndihmë juridike të ndërsjellë, pas ruajtjes.
home-use-emergency-disclosure = Vetëm kur ka rrezik të menjëhershëm për jetën ose sigurinë e një personi.
home-use-provider-preservation = Kur një ofrues shërbimi pranon kërkesa drejtpërdrejt nga autoritetet e huaja: siguroni menjëherë ruajtjen e të dhënave.
home-use-provider-disclosure = Për t'i kërkuar drejtpërdrejt një ofruesi shërbimi të dhëna që nuk janë të dhëna të përmbajtjes, pas ruajtjes.
home-drafts = Draftet në këtë shfletues
home-no-drafts = Ende nuk ka drafte.
home-untitled = Draft pa numër reference
home-country = Shteti i kërkuar
home-edited = Ndryshimi i fundit
home-duplicate = Dyfisho
home-rename = Riemërto
home-name = Emri i draftit
home-save-name = Ruaj emrin
home-cancel = Anulo
home-delete = Fshi
home-export = Eksporto në skedar
home-import = Importo një skedar drafti
# Variables:
#   $name (String) - the draft's name or reference number
home-deleted = Drafti u fshi: { $name }.
home-undo = Zhbëj
# Variables:
#   $name (String) - the draft's name or reference number
home-imported = Drafti u importua: { $name }.
# Variables:
#   $name (String) - the draft's name or reference number
home-imported-copy = Ky draft ishte tashmë këtu, prandaj u importua si kopje: { $name }.
home-import-malformed = Ky skedar nuk është draft i Tandem. Nuk u ndryshua asgjë.
home-import-too-large = Ky skedar është shumë i madh për një draft të Tandem. Nuk u ndryshua asgjë.
home-import-newer = Ky draft është krijuar nga një version më i ri i Tandem. Nuk u ndryshua asgjë.
home-import-unknown = Ky draft i përket një lloji kërkese që ky version i Tandem nuk e ka. Nuk u ndryshua asgjë.
# Variables:
#   $reason (String) - the browser's reason
home-storage-failed = Ky shfletues refuzoi ta ruajë ({ $reason }). Nuk u ndryshua asgjë.
home-not-found = Ky draft nuk ndodhet në këtë shfletues.
home-saving = Po ruhet…
home-preview = Parashiko PDF-në
home-preview-title = Parashikimi i PDF-së
home-preview-download = Shkarko këtë PDF
