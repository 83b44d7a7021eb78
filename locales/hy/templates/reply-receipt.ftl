# Template reply-receipt: confirmation of receipt of a request received (T-CY Rec 9).

reply-receipt-legal-basis = 3-րդ բաժնում նշված հարցման ստացման հաստատում

## 1 to 4: common to every answer

reply-receipt-date = Ամսաթիվ
reply-receipt-reference = Մեր ելից համար
    .hint = Այն համարը, որով ձեր մարմինը վարում է հարցումը, որպեսզի հայցող մարմինը կարողանա հղում կատարել դրան հետագա դիմումներում։
reply-receipt-request = Պատասխանվող հարցում
reply-receipt-request-reference = Հարցման ելից համար
reply-receipt-request-date = Հարցման ամսաթիվ
reply-receipt-request-authority = Հայցող մարմին
reply-receipt-request-fingerprint = Հարցման թվային դրոշմ
    .hint = Հարցման յուրաքանչյուր էջի ստորին մասում տպված թվային դրոշմը։ Լրացվում է ստացված հարցումից․ այն հայցող մարմնին ճշգրիտ ցույց է տալիս, թե իր հարցման որ տարբերակին է վերաբերում այս պատասխանը։
reply-receipt-responding-authority = Պատասխանող մարմին
reply-receipt-responding-authority-organisation = Մարմին
reply-receipt-responding-authority-person = Հարցումը վարող պաշտոնատար անձ
reply-receipt-responding-authority-position = Պաշտոն կամ կոչում
reply-receipt-responding-authority-telephone = Հեռախոսահամար
reply-receipt-responding-authority-email = Էլեկտրոնային փոստի հասցե

## 5 to 7

reply-receipt-received-date = Հարցման ստացման ամսաթիվ
reply-receipt-forwarded = Կատարման համար փոխանցվել է
    .hint = Այն մարմինը, որին հարցումը փոխանցվել է կատարման համար, եթե փոխանցվել է․ թողեք դատարկ, եթե հարցումը կատարում է ձեր մարմինը։
reply-receipt-remarks = Նշումներ
