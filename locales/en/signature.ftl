# The signature block that closes every request (templates/signature.toml): one set of messages
# for every request type. Its items are shown in the form; the PDF prints name, position, place
# and date above a signature line and a space for the official seal, kept together on one page.

signature-heading = Signature
signature-name = Name
    .hint = Left empty, the PDF prints the person in charge of the request named in the requesting authority's details.
signature-position = Position or rank
    .hint = Left empty, the PDF prints the position given in the requesting authority's details, where this form asks for it.
signature-place = Place
signature-date = Date
signature-checked-name = Translation of the answers checked by: name
    .hint = Optional. The person who checked the translation of your answers; the closing note of the PDF names them. Never filled in by Tandem.
signature-checked-office = Translation of the answers checked by: office
# Printed under the line left for the handwritten signature.
signature-line = Signature
# Printed in the empty box left for the official seal or stamp.
signature-seal = Official seal
