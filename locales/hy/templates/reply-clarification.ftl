# Template reply-clarification: request for clarification of a request received.

reply-clarification-legal-basis = 3-րդ բաժնում նշված հարցման վերաբերյալ պարզաբանման հարցում

## 1 to 4: common to every answer

reply-clarification-date = Ամսաթիվ
reply-clarification-reference = Մեր ելից համար
    .hint = Այն համարը, որով ձեր մարմինը վարում է հարցումը, որպեսզի հայցող մարմինը կարողանա հղում կատարել դրան հետագա դիմումներում։
reply-clarification-request = Պատասխանվող հարցում
reply-clarification-request-reference = Հարցման ելից համար
reply-clarification-request-date = Հարցման ամսաթիվ
reply-clarification-request-authority = Հայցող մարմին
reply-clarification-request-fingerprint = Հարցման թվային դրոշմ
    .hint = Հարցման յուրաքանչյուր էջի ստորին մասում տպված թվային դրոշմը։ Լրացվում է ստացված հարցումից․ այն հայցող մարմնին ճշգրիտ ցույց է տալիս, թե իր հարցման որ տարբերակին է վերաբերում այս պատասխանը։
reply-clarification-responding-authority = Պատասխանող մարմին
reply-clarification-responding-authority-organisation = Մարմին
reply-clarification-responding-authority-person = Հարցումը վարող պաշտոնատար անձ
reply-clarification-responding-authority-position = Պաշտոն կամ կոչում
reply-clarification-responding-authority-telephone = Հեռախոսահամար
reply-clarification-responding-authority-email = Էլեկտրոնային փոստի հասցե

## 5 Clarification requested

reply-clarification-clarification = Պահանջվող պարզաբանում
reply-clarification-clarification-fields = Հարցման այն դաշտերը, որոնք պարզաբանում են պահանջում
    .hint = Հարցման յուրաքանչյուր համարակալված դաշտի համար, որն անհասկանալի է կամ թերի, մեկ տող՝ դրա համարը, ինչպես տպված է հարցման մեջ, և այն, ինչ անհրաժեշտ է։
reply-clarification-clarification-fields-field = Դաշտի համար
reply-clarification-clarification-fields-question = Ինչն է անհասկանալի կամ բացակայում
reply-clarification-clarification-by = Խնդրում ենք պատասխանել մինչև
    .hint = Ոչ պարտադիր։ Պահպանման դեպքում՝ այն ամսաթիվը, մինչև որը պատասխանն անհրաժեշտ է, որպեսզի տվյալները շարունակեն պահվել։
