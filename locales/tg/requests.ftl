# The title of each request type, shown on the home screen and in the drafts list; every other
# message of a request type is in templates/<request type>.ftl, loaded when such a request is open.

art29-preservation-title = Дархост дар бораи ҳифзи фаврии маълумоти компютерии нигоҳдошташуда
art31-subscriber-title = Дархост дар бораи ёрии ҳуқуқии мутақобила барои гирифтани маълумоти муштарӣ
art31-traffic-title = Дархост дар бораи ёрии ҳуқуқии мутақобила барои гирифтани маълумоти трафики нигоҳдошташуда
art31-content-title = Дархост дар бораи ёрии ҳуқуқии мутақобила барои гирифтани маълумоти мундариҷаи нигоҳдошташуда
emergency-disclosure-title = Дархости фавқулодда дар бораи ифшои маълумоти компютерии нигоҳдошташуда
provider-preservation-title = Дархост ба хизматрасон дар бораи ҳифзи маълумот
provider-disclosure-title = Дархост ба хизматрасон дар бораи ифшои ихтиёрии маълумоти муштарӣ, суроғаҳои IP ва сабтҳои воридшавӣ
reply-receipt-title = Тасдиқи гирифтани дархост
reply-preserved-title = Тасдиқи ҳифз
reply-action-title = Огоҳинома дар бораи чораҳои андешидашуда
reply-clarification-title = Дархост дар бораи пешниҳоди тавзеҳот
reply-refusal-title = Огоҳинома дар бораи ғайриимкон будани иҷрои дархост
