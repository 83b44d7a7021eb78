# The signature block that closes every request (templates/signature.toml): one set of messages
# for every request type. Its items are shown in the form; the PDF prints name, position, place
# and date above a signature line and a space for the official seal, kept together on one page.

signature-heading = Подпис
signature-name = Име
    .hint = Ако полето остане празно, в PDF файла се вписва лицето, отговарящо за искането, посочено в данните на молещия орган.
signature-position = Длъжност или звание
    .hint = Ако полето остане празно, в PDF файла се вписва длъжността, посочена в данните на молещия орган, когато този формуляр я изисква.
signature-place = Място
signature-date = Дата
signature-checked-name = Преводът на отговорите е проверен от: име
    .hint = Незадължително. Лицето, проверило превода на вашите отговори; заключителната бележка на PDF файла го посочва. Tandem никога не попълва това поле.
signature-checked-office = Преводът на отговорите е проверен от: звено
# Printed under the line left for the handwritten signature.
signature-line = Подпис
# Printed in the empty box left for the official seal or stamp.
signature-seal = Място за печат
