# Der Wegweiser auf dem Startbildschirm („Welches Ersuchen brauche ich?“): Fünf Fragen führen zu dem
# Ersuchen, mit dem zu beginnen ist, und zu den nächsten Schritten, jeweils mit einer einzeiligen
# Begründung. Er empfiehlt nach öffentlich zugänglichen Leitlinien (Hinweise des UNODC für Zentralasien
# und den Südkaukasus); die Entscheidung trifft die Amtsperson. Die Titel der Ersuchensarten sind die
# aus requests.ftl.

guide-title = Welches Ersuchen brauche ich?
guide-intro = Fünf Fragen führen zu dem Ersuchen, mit dem Sie beginnen, und zu den nächsten Schritten, nach öffentlich zugänglichen Leitlinien (Hinweise des UNODC für Ermittlungsbeamte und Staatsanwälte). Ihre Antworten bleiben auf dieser Seite: Sie werden weder gespeichert noch irgendwohin gesendet.

# Frage 1 und ihre Optionen.
guide-data = Welche Daten benötigen Sie?
guide-data-subscriber = Bestandsdaten: wer Inhaber des Kontos ist
guide-data-traffic = Verkehrsdaten: IP-Adressen, Anmeldeprotokolle, Verbindungsprotokolle
guide-data-content = Inhaltsdaten: Nachrichten, Dateien, Bilder, Beiträge

# Frage 2; Antwort guide-yes oder guide-no.
guide-emergency = Ist ein Menschenleben in Gefahr, oder steht einer Person ein schwerer Schaden unmittelbar bevor?

# Frage 3 und ihre Optionen.
guide-reach = Nimmt der Diensteanbieter Ersuchen um diese Daten unmittelbar von ausländischen Behörden entgegen?
    .hint = Beispielsweise dürfen Diensteanbieter mit Sitz in den Vereinigten Staaten andere Daten als Inhalte unmittelbar an ausländische Behörden herausgeben. Wenn Sie nicht sicher sind, fragen Sie den Diensteanbieter oder die Behörden des ersuchten Staates.
guide-reach-direct = Ja, unmittelbar
guide-reach-state = Nein, nur über den ersuchten Staat
guide-reach-unsure = Ich weiß es nicht

# Frage 4; Antwort guide-yes oder guide-no.
guide-preserved = Sind die Daten bereits gesichert worden?

# Frage 5 und ihre Optionen.
guide-basis = Was verbindet Ihren Staat mit dem ersuchten Staat?
guide-basis-budapest = Beide Staaten sind Vertragsparteien des Budapester Übereinkommens (Übereinkommen über Computerkriminalität)
guide-basis-treaty = Ein anderer Vertrag: bilateral, regional oder ein Übereinkommen der Vereinten Nationen
guide-basis-reciprocity = Kein Vertrag: Gegenseitigkeit oder innerstaatliches Recht

guide-yes = Ja
guide-no = Nein

# Die Empfehlung, sobald jede Frage beantwortet ist.
guide-incomplete = Beantworten Sie jede Frage, um zu sehen, womit Sie beginnen.
guide-advice = Womit Sie beginnen
guide-fallback = Wenn der Diensteanbieter nicht antwortet oder ablehnt
# Die Schaltfläche jedes empfohlenen Ersuchens: öffnet einen neuen Entwurf dieser Art.
guide-open = Dieses Ersuchen beginnen
guide-disclaimer = Dies ist eine Empfehlung auf der Grundlage öffentlich zugänglicher Leitlinien, kein Rechtsgutachten: Die Entscheidung liegt bei Ihnen, erforderlichenfalls gemeinsam mit den Behörden des ersuchten Staates.

# Warum jedes Ersuchen empfohlen wird (je eine Zeile).
guide-why-emergency-provider = Nutzen Sie den Notfallkanal des Diensteanbieters (Abschnitt 3 des Ersuchens): Der Diensteanbieter entscheidet selbst, ob er die Daten herausgibt, wenn er ein Menschenleben für gefährdet hält.
guide-why-emergency-network = Übermitteln Sie das Ersuchen über Ihre 24/7-Kontaktstelle oder als Rechtshilfeersuchen in einem Notfall. Wählen Sie in Abschnitt 3 Artikel 9 oder Artikel 10 des Zweiten Zusatzprotokolls nur, wenn das Protokoll für beide Staaten in Kraft ist; andernfalls geben Sie den Weg und die Rechtsgrundlage an.
guide-why-emergency-other = Übermitteln Sie das Ersuchen an die zuständige Behörde des ersuchten Staates; geben Sie in Abschnitt 3 den Weg und die Rechtsgrundlage an (den Vertrag oder die Gegenseitigkeit).
guide-why-preserve-provider = Lassen Sie die Daten zuerst sichern, da sie jederzeit gelöscht werden können: Übermitteln Sie das Ersuchen unmittelbar an den Diensteanbieter und eine Kopie an die zuständige Behörde des ersuchten Staates.
guide-why-preserve-network = Lassen Sie die Daten zuerst sichern, da sie jederzeit gelöscht werden können: Übermitteln Sie das Ersuchen über Ihre 24/7-Kontaktstelle (24/7-Netzwerk, Artikel 35 des Budapester Übereinkommens).
guide-why-preserve-authority = Lassen Sie die Daten zuerst sichern, da sie jederzeit gelöscht werden können: Übermitteln Sie das Ersuchen über das 24/7-Netzwerk, wenn beide Staaten ihm angehören, andernfalls an die Ermittlungs- oder Strafverfolgungsbehörde des ersuchten Staates.
guide-why-provider-disclosure = Ersuchen Sie den Diensteanbieter um die Daten: Manche Diensteanbieter geben andere Daten als Inhalte unmittelbar an ausländische Behörden heraus und entscheiden selbst, ob sie dies tun.
guide-why-fallback = Ein Rechtshilfeersuchen um dieselben Daten über den ersuchten Staat.
guide-why-mla = Erlangen Sie die Daten im Wege der Rechtshilfe: Bereiten Sie das Ersuchen umgehend vor, sobald die Daten gesichert sind.
guide-why-mla-content = Inhaltsdaten werden im Wege der Rechtshilfe erlangt: Diensteanbieter mit Sitz in den Vereinigten Staaten beispielsweise dürfen unmittelbar an ausländische Behörden nur andere Daten als Inhalte herausgeben. Bereiten Sie das Ersuchen umgehend vor, sobald die Daten gesichert sind.

# Was die Empfehlung einschränkt, wenn es zutrifft.
guide-note-unsure = Klären Sie mit dem Diensteanbieter und mit den Behörden des ersuchten Staates, ob der Diensteanbieter Ersuchen unmittelbar von ausländischen Behörden entgegennimmt: Manche arbeiten mit Strafverfolgungsbehörden nur zurückhaltend zusammen. Bis dahin führt der Weg über den ersuchten Staat.
guide-note-emergency = Das Ersuchen in einem Notfall gibt das förmliche Verfahren an, das ihm folgen wird: Die nächsten Ersuchen sind dieses nachfolgende Verfahren, um die Daten als Beweismittel zu erlangen.
guide-note-preserved = Übermitteln Sie das Ersuchen um Weitergabe vor Ablauf der Sicherung: Die Sicherungsfristen sind je nach Staat und Diensteanbieter unterschiedlich.
guide-note-treaty = Es gelten dieselben Arten von Ersuchen: Wählen Sie im Formular den Vertrag als Rechtsgrundlage und prüfen Sie in seinem Wortlaut, welcher Artikel die jeweilige Maßnahme vorsieht, insbesondere die umgehende Sicherung.
guide-note-reciprocity = Es gelten dieselben Arten von Ersuchen: Wählen Sie im Formular Gegenseitigkeit oder innerstaatliches Recht als Rechtsgrundlage. Ohne Vertrag hängt es vom Recht des ersuchten Staates ab, ob und wie er Unterstützung leistet: Konsultieren Sie zuerst seine Behörden.
