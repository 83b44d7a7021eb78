# The office's statistics (T-CY Recommendation 2: statistics to monitor the efficiency of mutual
# legal assistance), computed in this browser from the request log. Nothing is sent anywhere.

stats-heading = İdarənin statistikası
stats-intro = Göndərilmiş kimi qeyd edilmiş sorğular əsasında bu brauzerdə hesablanır. Heç nə heç yerə göndərilmir: göstəriciləri idarənizin öz hesabatları üçün ixrac edin.
stats-none = Hələ heç bir sorğu göndərilmiş kimi qeyd edilməyib.
# Variables:
#   $count (Number) - requests recorded as sent
stats-total = { $count ->
    [one] { $count } sorğu göndərilmiş kimi qeyd edilib
   *[other] { $count } sorğu göndərilmiş kimi qeyd edilib
}
stats-by-country = Sorğu edilən dövlətlər üzrə
stats-by-type = Sorğunun növləri üzrə
stats-by-category = Cinayət kateqoriyaları üzrə
stats-by-status = Nəticə üzrə
stats-refusals = Səbəblər üzrə imtinalar
stats-times = Müddətlər
stats-median-confirmation = Göndərilmədən alınmanın təsdiqinədək günlərin medianı
stats-median-answer = Göndərilmədən cavabadək günlərin medianı (icra edilib, tədbirlər görülüb və ya imtina edilib)
stats-column-what = Kateqoriya
stats-column-count = Sorğular
stats-column-days = Günlər
stats-column-answered = Cavab alınıb
stats-not-given = Göstərilməyib
stats-no-figure = Hələ göstərici yoxdur
stats-export-csv = CSV kimi ixrac et
stats-print = Çap et və ya PDF kimi saxla
stats-open = İdarənin statistikası
