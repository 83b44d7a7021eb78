# Template reply-action: notice of action taken on a request received (T-CY Rec 9).

reply-action-legal-basis = 3-րդ բաժնում նշված հարցման կապակցությամբ ձեռնարկված գործողությունների մասին ծանուցում

## 1 to 4: common to every answer

reply-action-date = Ամսաթիվ
reply-action-reference = Մեր ելից համար
    .hint = Այն համարը, որով ձեր մարմինը վարում է հարցումը, որպեսզի հայցող մարմինը կարողանա հղում կատարել դրան հետագա դիմումներում։
reply-action-request = Պատասխանվող հարցում
reply-action-request-reference = Հարցման ելից համար
reply-action-request-date = Հարցման ամսաթիվ
reply-action-request-authority = Հայցող մարմին
reply-action-request-fingerprint = Հարցման թվային դրոշմ
    .hint = Հարցման յուրաքանչյուր էջի ստորին մասում տպված թվային դրոշմը։ Լրացվում է ստացված հարցումից․ այն հայցող մարմնին ճշգրիտ ցույց է տալիս, թե իր հարցման որ տարբերակին է վերաբերում այս պատասխանը։
reply-action-responding-authority = Պատասխանող մարմին
reply-action-responding-authority-organisation = Մարմին
reply-action-responding-authority-person = Հարցումը վարող պաշտոնատար անձ
reply-action-responding-authority-position = Պաշտոն կամ կոչում
reply-action-responding-authority-telephone = Հեռախոսահամար
reply-action-responding-authority-email = Էլեկտրոնային փոստի հասցե

## 5 Action taken

reply-action-action = Ձեռնարկված գործողություններ
reply-action-action-taken = Հարցման կապակցությամբ ձեռնարկված գործողություններ
    .hint = Այն, ինչ արվել է մինչ այժմ, օրինակ՝ տվյալները ստացվել են ծառայություններ մատուցողից և ուղարկվում են սույն ծանուցման հետ, կամ հարցումը փոխանցվել է դատարան՝ որոշում կայացնելու համար։
reply-action-action-date = Գործողության ամսաթիվ
reply-action-action-next = Սպասվող հետագա գործողություններ
