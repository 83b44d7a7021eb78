# Requests received: a request made with Tandem by another authority, opened from its PDF (which
# carries the request as data) or from its draft file, and shown read-only in the language of the
# screen. Nothing is stored when a file is refused.

received-heading = Kërkesat e marra
received-intro = Një kërkesë e hartuar me Tandem nga një autoritet tjetër hapet këtu vetëm për lexim, me çdo etiketë, shenjë, shtet dhe datë në gjuhën e këtij ekrani. Skedari mbetet në këtë shfletues.
received-open = Hap një kërkesë të marrë (PDF-në ose skedarin e saj të draftit)
received-none = Ende nuk ka kërkesa të marra.
# Terms of a request received in the list (each followed by its value).
received-from = Autoriteti kërkues
received-reference = Numri i referencës
received-date = Marrë më
received-delete = Fshi
# Variables:
#   $title (String) - the request's type, e.g. "Request for expedited preservation of stored computer data"
received-deleted = Kërkesa e marrë u fshi: { $title }. Për ta rikthyer, hapeni sërish skedarin e saj.

# Why a file was not opened as a request received. Each ends by saying that nothing was stored.
# Variables:
#   $limit (Number) - the largest size accepted, in kilobytes
received-refused-too-large = Ky skedar i kalon { $limit } kB, më shumë se çdo kërkesë e hartuar me Tandem. Nuk u ruajt asgjë.
received-refused-not-pdf = Ky skedar nuk është as PDF, as skedar drafti i Tandem. Nuk u ruajt asgjë.
received-refused-no-data = Kjo PDF nuk e përmban kërkesën në formë të dhënash: nuk është hartuar me Tandem ose është ndryshuar pasi u hartua. Nuk u ruajt asgjë.
received-refused-unreadable = Të dhënat e kërkesës në këtë skedar nuk mund të lexohen: janë të dëmtuara ose nuk janë në formatin e Tandem. Nuk u ruajt asgjë.
received-refused-newer = Kjo kërkesë është hartuar me një version më të ri të Tandem. Nuk u ruajt asgjë.
received-refused-unknown = Kjo kërkesë i përket një lloji kërkese që ky version i Tandem nuk e ka. Nuk u ruajt asgjë.
received-refused-locked = Ky skedar drafti është i kyçur me një frazë kalimi. Kërkojini autoritetit kërkues PDF-në e kërkesës. Nuk u ruajt asgjë.
received-refused-fingerprint = Të dhënat e kërkesës në këtë PDF nuk përputhen me gjurmën e shtypur mbi të: skedari është ndryshuar pasi u hartua. Nuk u ruajt asgjë. Lexoni faqet e shtypura të vetë PDF-së dhe kërkojini autoritetit kërkues një kopje të re.
# Variables:
#   $reason (String) - the browser's own reason, as it gives it
received-refused-storage = Ky shfletues refuzoi ta ruajë kërkesën ({ $reason }). Nuk u ruajt asgjë.

# The screen of a request received.
received-banner = Kërkesë e marrë — vetëm për lexim. Hartuar me Tandem nga autoriteti kërkues; përgjigjet janë të tij.
# Variables:
#   $date (String) - the date and time the request was opened in this browser, in the local style
received-on = Marrë në këtë shfletues më { $date }.
# Variables:
#   $a (String) - the name of the request's language A, in that language, e.g. "ქართული"
#   $b (String) - the name of the request's language B, in that language, e.g. "English"
received-doc-langs = Gjuhët e dokumentit të kërkesës: { $a } | { $b }. Teksti i lirë shfaqet ashtu siç e ka shkruar autoriteti kërkues në { $a }, me përkthimin e tij në { $b } përbri.
# Variables:
#   $fingerprint (String) - 16 hexadecimal digits, e.g. 0123456789abcdef
received-fingerprint-checked = Gjurma { $fingerprint }: përputhet me të dhënat e kërkesës, siç është e shtypur në çdo faqe të PDF-së së saj.
# Variables:
#   $fingerprint (String) - 16 hexadecimal digits, e.g. 0123456789abcdef
received-fingerprint-draft = Gjurma { $fingerprint }: e llogaritur nga skedari i draftit, i cili nuk ka gjurmë të shtypur me të cilën të krahasohet.
received-copy-heading = Kopje për lexim
received-copy-intro = Eksportojeni këtë kërkesë si PDF në çdo dy gjuhë, për shembull gjuhën e saj përbri gjuhës suaj. Çdo faqe shënohet si kopje për lexim e një kërkese të marrë; nuk ka rubrikë për nënshkrim.
received-copy-export = Eksporto një kopje për lexim (PDF)

# Answering a request received: each answer is a draft of its own (a reply template), made here.
received-answer-heading = Përgjigjuni kësaj kërkese
received-answer-intro = Çdo përgjigje është një formular më vete, i plotësuar me numrin e referencës, datën dhe gjurmën e kësaj kërkese, dhe eksportohet si PDF dygjuhëshe në gjuhën tuaj dhe në atë të autoritetit kërkues. PDF-ja e përmban përgjigjen edhe në formë të dhënash, që Tandem në anën kërkuese ta regjistrojë atë për këtë kërkesë.
received-answers-made = Përgjigjet e përgatitura për këtë kërkesë
