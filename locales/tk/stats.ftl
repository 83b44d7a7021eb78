# The office's statistics (T-CY Recommendation 2: statistics to monitor the efficiency of mutual
# legal assistance), computed in this browser from the request log. Nothing is sent anywhere.

stats-heading = Edaranyň statistikasy
stats-intro = Iberildi diýip bellenen haýyşlar esasynda şu brauzerde hasaplanýar. Hiç zat hiç ýere iberilmeýär: görkezijileri edaraňyzyň öz hasabaty üçin eksport ediň.
stats-none = Entek hiç bir haýyş iberildi diýip bellenmedi.
# Variables:
#   $count (Number) - requests recorded as sent
stats-total = { $count ->
    [one] { $count } haýyş iberildi diýip bellendi
   *[other] { $count } haýyş iberildi diýip bellendi
}
stats-by-country = Haýyş edilýän döwletler boýunça
stats-by-type = Haýyşyň görnüşleri boýunça
stats-by-category = Jenaýatyň kategoriýalary boýunça
stats-by-status = Netije boýunça
stats-refusals = Sebäpler boýunça ret etmeler
stats-times = Möhletler
stats-median-confirmation = Iberilenden alnandygyny tassyklama çenli günler (mediana)
stats-median-answer = Iberilenden jogaba çenli günler (mediana; ýerine ýetirildi, çäreler görüldi ýa-da ret edildi)
stats-column-what = Kategoriýa
stats-column-count = Haýyşlar
stats-column-days = Günler
stats-column-answered = Jogap alnany
stats-not-given = Görkezilmedik
stats-no-figure = Entek görkeziji ýok
stats-export-csv = CSV hökmünde eksport etmek
stats-print = Çap etmek ýa-da PDF hökmünde ýatda saklamak
stats-open = Edaranyň statistikasy
