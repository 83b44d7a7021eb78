# Template reply-refusal: notice that a request received cannot be executed, with its reasons.

reply-refusal-legal-basis = Ծանուցում այն մասին, որ 3-րդ բաժնում նշված հարցումը հնարավոր չէ կատարել

## 1 to 4: common to every answer

reply-refusal-date = Ամսաթիվ
reply-refusal-reference = Մեր ելից համար
    .hint = Այն համարը, որով ձեր մարմինը վարում է հարցումը, որպեսզի հայցող մարմինը կարողանա հղում կատարել դրան հետագա դիմումներում։
reply-refusal-request = Պատասխանվող հարցում
reply-refusal-request-reference = Հարցման ելից համար
reply-refusal-request-date = Հարցման ամսաթիվ
reply-refusal-request-authority = Հայցող մարմին
reply-refusal-request-fingerprint = Հարցման թվային դրոշմ
    .hint = Հարցման յուրաքանչյուր էջի ստորին մասում տպված թվային դրոշմը։ Լրացվում է ստացված հարցումից․ այն հայցող մարմնին ճշգրիտ ցույց է տալիս, թե իր հարցման որ տարբերակին է վերաբերում այս պատասխանը։
reply-refusal-responding-authority = Պատասխանող մարմին
reply-refusal-responding-authority-organisation = Մարմին
reply-refusal-responding-authority-person = Հարցումը վարող պաշտոնատար անձ
reply-refusal-responding-authority-position = Պաշտոն կամ կոչում
reply-refusal-responding-authority-telephone = Հեռախոսահամար
reply-refusal-responding-authority-email = Էլեկտրոնային փոստի հասցե

## 5 and 6: reasons, and what would allow execution

reply-refusal-reasons = Պատճառներ
reply-refusal-reasons-reasons = Հարցումը հնարավոր չէ կատարել, քանի որ
reply-refusal-reasons-reasons-incomplete = հարցումը թերի է
reply-refusal-reasons-reasons-wrong-addressee = այն ուղարկվել է սխալ մարմնի կամ իրավաբանական անձի
reply-refusal-reasons-reasons-identification = տրամադրված տեղեկությունները բավարար չեն օգտատիրոջը կամ տվյալները նույնականացնելու համար
reply-refusal-reasons-reasons-not-held = տվյալները մեր տրամադրության տակ չեն
reply-refusal-reasons-reasons-retention-expired = տվյալներն այլևս չեն պահվում
reply-refusal-reasons-reasons-legal-obstacle = առկա է կատարմանը խոչընդոտող իրավական արգելք
reply-refusal-reasons-reasons-dual-criminality = կրկնակի քրեականության պայմանը բավարարված չէ
reply-refusal-reasons-reasons-other = այլ պատճառ
reply-refusal-reasons-reasons-other-detail = Այլ պատճառ
reply-refusal-reasons-explanation = Հիմնավորում
    .hint = Ոչ պարտադիր։ Նշված պատճառների հիմքում ընկած փաստերը՝ շարադրված այնպես, որ հայցող մարմինը կարողանա դրանց հիման վրա գործել։
reply-refusal-next = Ինչը հնարավոր կդարձներ հարցման կատարումը
    .hint = Ոչ պարտադիր։ Օրինակ՝ բացակայող տեղեկությունները, իրավասու մարմինը կամ իրավաբանական անձը, կամ կիրառման ենթակա իրավական ընթացակարգը։
