# The title of each request type, shown on the home screen and in the drafts list; every other
# message of a request type is in templates/<request type>.ftl, loaded when such a request is open.

art29-preservation-title = Žádost o urychlené uchování uložených počítačových dat
art31-subscriber-title = Žádost o vzájemnou právní pomoc týkající se informací o účastnících
art31-traffic-title = Žádost o vzájemnou právní pomoc týkající se uložených provozních dat
art31-content-title = Žádost o vzájemnou právní pomoc týkající se uložených obsahových dat
emergency-disclosure-title = Naléhavá žádost o zpřístupnění uložených počítačových dat
provider-preservation-title = Žádost poskytovateli služeb o uchování dat
provider-disclosure-title = Žádost poskytovateli služeb o dobrovolné zpřístupnění informací o účastnících, IP adres a záznamů o přihlášení
reply-receipt-title = Potvrzení o přijetí žádosti
reply-preserved-title = Potvrzení o uchování
reply-action-title = Oznámení o přijatých opatřeních
reply-clarification-title = Žádost o upřesnění
reply-refusal-title = Oznámení, že žádost nelze vyřídit
