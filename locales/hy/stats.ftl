# The office's statistics (T-CY Recommendation 2: statistics to monitor the efficiency of mutual
# legal assistance), computed in this browser from the request log. Nothing is sent anywhere.

stats-heading = Ստորաբաժանման վիճակագրություն
stats-intro = Հաշվարկվում է այս դիտարկիչում՝ որպես ուղարկված գրանցված հարցումներից։ Ոչինչ ոչ մի տեղ չի ուղարկվում․ արտահանեք թվերը ձեր ստորաբաժանման սեփական հաշվետվությունների համար։
stats-none = Որպես ուղարկված գրանցված հարցում դեռ չկա։
# Variables:
#   $count (Number) - requests recorded as sent
stats-total = { $count ->
   *[other] Որպես ուղարկված գրանցված հարցումներ՝ { $count }
}
stats-by-country = Ըստ հայցվող երկրի
stats-by-type = Ըստ հարցման տեսակի
stats-by-category = Ըստ հանցագործության կատեգորիայի
stats-by-status = Ըստ արդյունքի
stats-refusals = Մերժումներ՝ ըստ պատճառի
stats-times = Ծախսված ժամանակ
stats-median-confirmation = Ուղարկումից մինչև ստացման հաստատում օրերի մեդիանը
stats-median-answer = Ուղարկումից մինչև պատասխան օրերի մեդիանը (կատարված, ձեռնարկված գործողություններ կամ մերժված)
stats-column-what = Կատեգորիա
stats-column-count = Հարցումներ
stats-column-days = Օրեր
stats-column-answered = Պատասխանված
stats-not-given = Նշված չէ
stats-no-figure = Թիվ դեռ չկա
stats-export-csv = Արտահանել որպես CSV
stats-print = Տպել կամ պահել որպես PDF
stats-open = Ստորաբաժանման վիճակագրություն
