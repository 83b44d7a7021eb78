# The signature block that closes every request (templates/signature.toml): one set of messages
# for every request type. Its items are shown in the form; the PDF prints name, position, place
# and date above a signature line and a space for the official seal, kept together on one page.

signature-heading = Signature
signature-name = Nom
    .hint = Si ce champ est laissé vide, le PDF indique la personne chargée de la demande mentionnée dans les renseignements relatifs à l'autorité requérante.
signature-position = Fonction ou grade
    .hint = Si ce champ est laissé vide, le PDF indique la fonction mentionnée dans les renseignements relatifs à l'autorité requérante, lorsque ce formulaire la demande.
signature-place = Lieu
signature-date = Date
signature-checked-name = Traduction des réponses vérifiée par : nom
    .hint = Facultatif. La personne qui a vérifié la traduction de vos réponses ; la note finale du PDF la mentionne. Tandem ne remplit jamais ce champ.
signature-checked-office = Traduction des réponses vérifiée par : organisme ou service
# Printed under the line left for the handwritten signature.
signature-line = Signature
# Printed in the empty box left for the official seal or stamp.
signature-seal = Cachet officiel
