# The title of each request type, shown on the home screen and in the drafts list; every other
# message of a request type is in templates/<request type>.ftl, loaded when such a request is open.

art29-preservation-title = Zaprosilo za hitro zavarovanje shranjenih računalniških podatkov
art31-subscriber-title = Zaprosilo za medsebojno pravno pomoč glede podatkov o naročnikih
art31-traffic-title = Zaprosilo za medsebojno pravno pomoč glede shranjenih podatkov o prometu
art31-content-title = Zaprosilo za medsebojno pravno pomoč glede shranjenih podatkov o vsebini
emergency-disclosure-title = Nujno zaprosilo za razkritje shranjenih računalniških podatkov
provider-preservation-title = Zaprosilo ponudniku storitev za zavarovanje podatkov
provider-disclosure-title = Zaprosilo ponudniku storitev za prostovoljno razkritje podatkov o naročnikih, naslovov IP in evidenc prijav
reply-receipt-title = Potrdilo o prejemu zaprosila
reply-preserved-title = Potrdilo o zavarovanju podatkov
reply-action-title = Obvestilo o sprejetih ukrepih
reply-clarification-title = Zaprosilo za pojasnilo
reply-refusal-title = Obvestilo, da zaprosila ni mogoče izvršiti
