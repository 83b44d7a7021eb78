# Template reply-preserved: confirmation that a preservation request was executed.

reply-preserved-legal-basis = 3-րդ բաժնում նշված հարցմամբ հայցված պահպանման հաստատում

## 1 to 4: common to every answer

reply-preserved-date = Ամսաթիվ
reply-preserved-reference = Մեր ելից համար
    .hint = Այն համարը, որով ձեր մարմինը վարում է հարցումը, որպեսզի հայցող մարմինը կարողանա հղում կատարել դրան հետագա դիմումներում։
reply-preserved-request = Պատասխանվող հարցում
reply-preserved-request-reference = Հարցման ելից համար
reply-preserved-request-date = Հարցման ամսաթիվ
reply-preserved-request-authority = Հայցող մարմին
reply-preserved-request-fingerprint = Հարցման թվային դրոշմ
    .hint = Հարցման յուրաքանչյուր էջի ստորին մասում տպված թվային դրոշմը։ Լրացվում է ստացված հարցումից․ այն հայցող մարմնին ճշգրիտ ցույց է տալիս, թե իր հարցման որ տարբերակին է վերաբերում այս պատասխանը։
reply-preserved-responding-authority = Պատասխանող մարմին
reply-preserved-responding-authority-organisation = Մարմին
reply-preserved-responding-authority-person = Հարցումը վարող պաշտոնատար անձ
reply-preserved-responding-authority-position = Պաշտոն կամ կոչում
reply-preserved-responding-authority-telephone = Հեռախոսահամար
reply-preserved-responding-authority-email = Էլեկտրոնային փոստի հասցե

## 5 Preservation

reply-preserved-preservation = Պահպանում
reply-preserved-preservation-preserved-on = Տվյալների պահպանման ամսաթիվ
reply-preserved-preservation-ends-on = Տվյալները պահպանված են մինչև
    .hint = Վերջին օրը, մինչև որը տվյալները կպահվեն, եթե պահպանումը չերկարաձգվի կամ մինչ այդ չստացվի դրանց բացահայտման հարցում։
reply-preserved-preservation-scope = Պահպանված տվյալներ
reply-preserved-preservation-scope-all = Բոլոր հայցված տվյալները
reply-preserved-preservation-scope-part = Հայցված տվյալների մի մասը
reply-preserved-preservation-scope-part-detail = Պահպանված տվյալները և չպահպանված տվյալները՝ պատճառի նշմամբ
reply-preserved-preservation-holder = Տվյալները տնօրինող անձ
reply-preserved-remarks = Նշումներ
