# Preservation periods (T-CY Rec 16) in a preservation request, and the requests that follow it.
# $kind and $date are filled in by the app; the table's own wording stays in English.
preservation-heading = Gorap saklamagyň möhleti
preservation-needs = Gorap saklamagyň haçan tamamlanjakdygyny görmek üçin haýyş edilýän döwleti we gorap saklamagyň ýerine ýetirilen senesini görkeziň.
preservation-end-label = Gorap saklamagyň garaşylýan tamamlanýan senesi
preservation-end = { $kind ->
    [date] { $date }
    [no-time-limit] T-CY tablisasy boýunça möhlet bilen çäklendirilmedik
    [not-fixed] T-CY tablisasynda kesgitlenmedik we saýlanan hukuk esasy iň az möhleti göz öňünde tutmaýar: gorap saklamagyň haçan tamamlanýandygyny haýyş edilýän edaradan soraň
   *[convention-minimum] T-CY tablisasynda kesgitlenmedik: diňe Konwensiýada göz öňünde tutulan iň az 60 günlük möhlet (29-njy maddanyň 7-nji bendi) takyk, { $date } çenli
}
preservation-days-left = { $days ->
    [one] { $days } gün galdy
   *[other] { $days } gün galdy
}
preservation-expired = Gorap saklamagyň möhleti tamamlandy.
preservation-renewal-label = Uzaltmak ýa-da täzelemek
preservation-renewal = { $kind ->
    [days] { $n } gün
    [months] { $n } aý
    [up-to-days] { $n } güne çenli
    [up-to-months] { $n } aýa çenli
    [not-permitted] Uzaltmaga ýol berilmeýär
    [reported-not-permitted] Ýol berilmeýändigi habar berlen (T-CY hasabaty, 3.2 bölümi)
    [conditional] Şertler ýerine ýetirilende: tablisadaky tekste serediň
   *[unknown] T-CY tablisasynda görkezilmedik
}
preservation-impractical = T-CY iň bolmanda bir gezek täzelemek mümkinçiligi bolmadyk 90 günden gysga gorap saklamak möhletlerini amalda netijesiz hasaplaýar: özara hukuk kömegi barada haýyşy gijikdirmän iberiň.
preservation-table = T-CY tablisasynyň teksti (iňlis dilinde, T-CY(2017)2, 16-njy teklip)
preservation-table-period = Daşary ýurt haýyşy boýunça gorap saklamagyň möhleti
preservation-table-renewal = Uzaltmagyň ýa-da täzelemegiň şertleri we möhletleri
preservation-table-notes = Hasabatyň 3.2 bölümi bilen deňeşdirme
preservation-table-missing = T-CY tablisasynda bu döwlet boýunça ýazgy ýok.
preservation-extend = Uzaltmagy soramak
preservation-follow-up = Özara hukuk kömegi barada haýyşy taýýarlamak
preservation-follow-up-kind = Alynjak maglumatlar
preservation-follow-up-create = Haýyşy döretmek
preservation-calendar = Senenamama ýatlatma goşmak (.ics)
preservation-ics-summary = Gorap saklamagyň möhletiniň tamamlanmagy: { $reference } ({ $country })
preservation-ics-description = № { $reference } ({ $country }) haýyş bilen soralan gorap saklamagyň möhleti { $date } tamamlanýar. Şol senä çenli uzaltmagy soraň ýa-da özara hukuk kömegi barada haýyşy iberiň.
preservation-links = Baglanyşykly haýyşlar
preservation-link = { $kind ->
    [extension-of] Gorap saklamak barada № { $reference } haýyşy uzaltmak
    [extended-by] № { $reference } haýyş bilen uzaldyldy
    [follow-up-of] Gorap saklamak barada № { $reference } haýyşyň dowamy
   *[followed-up-by] Dowamy — özara hukuk kömegi barada № { $reference } haýyş
}
preservation-link-missing = Bu haýyş şu brauzerde ýatda saklanmady.
preservation-next-steps = Indiki ädimler
preservation-follow-up-disclosure = Açyp bermek barada haýyşy taýýarlamak
preservation-link-disclosure = Dowamy — açyp bermek barada № { $reference } haýyş
