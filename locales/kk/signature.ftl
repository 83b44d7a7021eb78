# The signature block that closes every request (templates/signature.toml): one set of messages
# for every request type. Its items are shown in the form; the PDF prints name, position, place
# and date above a signature line and a space for the official seal, kept together on one page.

signature-heading = Қолы
signature-name = Аты-жөні
    .hint = Өріс бос қалса, PDF құжатында сұрау салушы органның деректерінде көрсетілген сұрау салуға жауапты адам жазылады.
signature-position = Лауазымы немесе шені
    .hint = Өріс бос қалса, PDF құжатында сұрау салушы органның деректерінде көрсетілген лауазым жазылады (егер бұл нысан оны сұраса).
signature-place = Орны
signature-date = Күні
signature-checked-name = Жауаптардың аудармасын тексерген: аты-жөні
    .hint = Міндетті емес. Жауаптарыңыздың аудармасын тексерген адам; PDF құжатының қорытынды ескертпесінде оның аты аталады. Tandem бұл өрісті ешқашан толтырмайды.
signature-checked-office = Жауаптардың аудармасын тексерген: ұйым немесе бөлімше
# Printed under the line left for the handwritten signature.
signature-line = Қолы
# Printed in the empty box left for the official seal or stamp.
signature-seal = Мөр орны
