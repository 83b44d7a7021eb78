# The signature block that closes every request (templates/signature.toml): one set of messages
# for every request type. Its items are shown in the form; the PDF prints name, position, place
# and date above a signature line and a space for the official seal, kept together on one page.

signature-heading = Ondertekening
signature-name = Naam
    .hint = Blijft dit veld leeg, dan vermeldt de PDF de persoon die verantwoordelijk is voor het verzoek, zoals genoemd in de gegevens van de verzoekende autoriteit.
signature-position = Functie of rang
    .hint = Blijft dit veld leeg, dan vermeldt de PDF de functie die in de gegevens van de verzoekende autoriteit is opgegeven, voor zover dit formulier daarnaar vraagt.
signature-place = Plaats
signature-date = Datum
signature-checked-name = Vertaling van de antwoorden gecontroleerd door: naam
    .hint = Facultatief. De persoon die de vertaling van uw antwoorden heeft gecontroleerd; de slotnotitie van de PDF noemt deze persoon. Wordt nooit door Tandem ingevuld.
signature-checked-office = Vertaling van de antwoorden gecontroleerd door: dienst
# Printed under the line left for the handwritten signature.
signature-line = Ondertekening
# Printed in the empty box left for the official seal or stamp.
signature-seal = Dienststempel
