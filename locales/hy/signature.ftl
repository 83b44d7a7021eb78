# The signature block that closes every request (templates/signature.toml): one set of messages
# for every request type.

signature-heading = Ստորագրություն
signature-name = Անուն, ազգանուն
    .hint = Եթե դաշտը դատարկ է, PDF-ում նշվում է հայցող մարմնի տվյալներում նշված՝ հարցման համար պատասխանատու անձը։
signature-position = Պաշտոն կամ կոչում
    .hint = Եթե դաշտը դատարկ է, PDF-ում նշվում է հայցող մարմնի տվյալներում նշված պաշտոնը, եթե այս ձևն այն պահանջում է։
signature-place = Վայր
signature-date = Ամսաթիվ
signature-checked-name = Պատասխանների թարգմանությունը ստուգել է՝ անուն, ազգանուն
    .hint = Ոչ պարտադիր։ Ձեր պատասխանների թարգմանությունը ստուգած անձը. նրան անվանում է PDF-ի եզրափակիչ նշումը։ Tandem-ը երբեք չի լրացնում այս դաշտը։
signature-checked-office = Պատասխանների թարգմանությունը ստուգել է՝ մարմին կամ ստորաբաժանում
# Printed under the line left for the handwritten signature.
signature-line = Ստորագրություն
# Printed in the empty box left for the official seal or stamp.
signature-seal = Կնիքի տեղ
