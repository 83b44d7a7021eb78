# The signature block that closes every request (templates/signature.toml): one set of messages
# for every request type.

signature-heading = Unterschrift
signature-name = Vor- und Nachname
    .hint = Bleibt das Feld leer, druckt das PDF die für das Ersuchen verantwortliche Person, die in den Angaben zur ersuchenden Behörde genannt ist.
signature-position = Dienststellung oder Dienstgrad
    .hint = Bleibt das Feld leer, druckt das PDF die in den Angaben zur ersuchenden Behörde genannte Dienststellung, sofern dieses Formular danach fragt.
signature-place = Ort
signature-date = Datum
signature-checked-name = Übersetzung der Antworten geprüft von: Name
    .hint = Freiwillige Angabe. Die Person, die die Übersetzung Ihrer Antworten geprüft hat; der Schlussvermerk des PDF nennt sie. Tandem füllt dieses Feld nie aus.
signature-checked-office = Übersetzung der Antworten geprüft von: Dienststelle
signature-line = Unterschrift
# Printed in the empty box left for the official seal or stamp.
signature-seal = Dienstsiegel
