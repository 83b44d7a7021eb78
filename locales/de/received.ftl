# Requests received: a request made with Tandem by another authority, opened from its PDF (which
# carries the request as data) or from its draft file, and shown read-only in the language of the
# screen. Nothing is stored when a file is refused.

received-heading = Eingegangene Ersuchen
received-intro = Ein Ersuchen, das eine andere Behörde mit Tandem erstellt hat, wird hier schreibgeschützt geöffnet, mit jeder Bezeichnung, jedem Häkchen, jedem Staat und jedem Datum in der Sprache dieses Bildschirms. Die Datei bleibt in diesem Browser.
received-open = Eingegangenes Ersuchen öffnen (sein PDF oder seine Entwurfsdatei)
received-none = Noch keine Ersuchen eingegangen.
# Terms of a request received in the list (each followed by its value).
received-from = Ersuchende Behörde
received-reference = Aktenzeichen
received-date = Eingegangen am
received-delete = Löschen
# Variables:
#   $title (String) - the request's type, e.g. "Request for expedited preservation of stored computer data"
received-deleted = Eingegangenes Ersuchen gelöscht: { $title }. Öffnen Sie seine Datei erneut, um es wiederherzustellen.

# Why a file was not opened as a request received. Each ends by saying that nothing was stored.
# Variables:
#   $limit (Number) - the largest size accepted, in kilobytes
received-refused-too-large = Diese Datei ist größer als { $limit } kB, größer als jedes mit Tandem erstellte Ersuchen. Es wurde nichts gespeichert.
received-refused-not-pdf = Diese Datei ist weder ein PDF noch eine Tandem-Entwurfsdatei. Es wurde nichts gespeichert.
received-refused-no-data = Dieses PDF enthält das Ersuchen nicht als Daten: Es wurde nicht mit Tandem erstellt oder nach seiner Erstellung verändert. Es wurde nichts gespeichert.
received-refused-unreadable = Die Daten des Ersuchens in dieser Datei können nicht gelesen werden: Sie sind beschädigt oder nicht im Format von Tandem. Es wurde nichts gespeichert.
received-refused-newer = Dieses Ersuchen wurde mit einer neueren Version von Tandem erstellt. Es wurde nichts gespeichert.
received-refused-unknown = Dieses Ersuchen betrifft eine Ersuchensart, die diese Version von Tandem nicht kennt. Es wurde nichts gespeichert.
received-refused-locked = Diese Entwurfsdatei ist mit einer Passphrase gesperrt. Bitten Sie die ersuchende Behörde um das PDF des Ersuchens. Es wurde nichts gespeichert.
received-refused-fingerprint = Die Daten des Ersuchens in diesem PDF stimmen nicht mit der darauf gedruckten Prüfsumme überein: Die Datei wurde nach ihrer Erstellung verändert. Es wurde nichts gespeichert. Lesen Sie die gedruckten Seiten des PDF selbst, und bitten Sie die ersuchende Behörde um eine neue Ausfertigung.
# Variables:
#   $reason (String) - the browser's own reason, as it gives it
received-refused-storage = Dieser Browser hat das Speichern des Ersuchens verweigert ({ $reason }). Es wurde nichts gespeichert.

# The screen of a request received.
received-banner = Eingegangenes Ersuchen — schreibgeschützt. Von der ersuchenden Behörde mit Tandem erstellt; die Angaben stammen von ihr.
# Variables:
#   $date (String) - the date and time the request was opened in this browser, in the local style
received-on = In diesem Browser eingegangen am { $date }.
# Variables:
#   $a (String) - the name of the request's language A, in that language, e.g. "ქართული"
#   $b (String) - the name of the request's language B, in that language, e.g. "English"
received-doc-langs = Dokumentsprachen des Ersuchens: { $a } | { $b }. Freitext wird so angezeigt, wie die ersuchende Behörde ihn in { $a } verfasst hat, daneben ihre eigene Übersetzung in { $b }.
# Variables:
#   $fingerprint (String) - 16 hexadecimal digits, e.g. 0123456789abcdef
received-fingerprint-checked = Prüfsumme { $fingerprint }: Sie stimmt mit den Daten des Ersuchens überein, wie auf jeder Seite seines PDF gedruckt.
# Variables:
#   $fingerprint (String) - 16 hexadecimal digits, e.g. 0123456789abcdef
received-fingerprint-draft = Prüfsumme { $fingerprint }: aus der Entwurfsdatei berechnet, die keine gedruckte Prüfsumme enthält, mit der sie verglichen werden könnte.
received-copy-heading = Lesekopie
received-copy-intro = Exportieren Sie dieses Ersuchen als PDF in zwei beliebigen Sprachen, zum Beispiel in seiner eigenen Sprache neben Ihrer. Jede Seite ist als Lesekopie eines eingegangenen Ersuchens gekennzeichnet; sie enthält keinen Unterschriftenblock.
received-copy-export = Lesekopie exportieren (PDF)

# Answering a request received: each answer is a draft of its own (a reply template), made here.
received-answer-heading = Dieses Ersuchen beantworten
received-answer-intro = Jede Antwort ist ein eigenes Formular, das mit dem Aktenzeichen, dem Datum und der Prüfsumme dieses Ersuchens ausgefüllt und als zweisprachiges PDF in Ihrer Sprache und der Sprache der ersuchenden Behörde exportiert wird. Das PDF enthält die Antwort als Daten, sodass Tandem sie bei der ersuchenden Behörde diesem Ersuchen zuordnet.
received-answers-made = Für dieses Ersuchen vorbereitete Antworten
