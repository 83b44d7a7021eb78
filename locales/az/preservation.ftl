# Mühafizə müddətləri (T-CY, tövsiyə 16) mühafizə sorğusunda və ondan sonrakı sorğular.
preservation-heading = Mühafizə müddəti
preservation-needs = Müddətin nə vaxt bitdiyini görmək üçün sorğu edilən dövləti və mühafizənin icra edildiyi tarixi göstərin.
preservation-end-label = Mühafizənin gözlənilən bitmə tarixi
preservation-end = { $kind ->
    [date] { $date }
    [no-time-limit] T-CY cədvəlinə görə müddət məhdudiyyəti yoxdur
    [not-fixed] T-CY cədvəlində müəyyən edilməyib və seçilmiş hüquqi əsas minimum müddət nəzərdə tutmur: mühafizənin nə vaxt başa çatacağını sorğu edilən orqandan soruşun
   *[convention-minimum] T-CY cədvəlində müəyyən edilməyib: yeganə əminlik Konvensiyada nəzərdə tutulan 60 günlük minimumdur (maddə 29.7), { $date } tarixinədək
}
preservation-days-left = { $days } gün qalıb
preservation-expired = Mühafizə müddəti başa çatıb.
preservation-renewal-label = Uzadılma və ya yenilənmə
preservation-renewal = { $kind ->
    [days] { $n } gün
    [months] { $n } ay
    [up-to-days] { $n } günədək
    [up-to-months] { $n } ayadək
    [not-permitted] Uzadılmaya icazə verilmir
    [reported-not-permitted] İcazə verilmədiyi bildirilib (T-CY hesabatı, bölmə 3.2)
    [conditional] Şərtlərlə: cədvəlin mətninə baxın
   *[unknown] T-CY cədvəlində göstərilməyib
}
preservation-impractical = T-CY hesab edir ki, ən azı bir dəfə yenilənmə imkanı olmadan 90 gündən az mühafizə müddətləri praktik deyil: qarşılıqlı hüquqi yardım sorğusunu dərhal göndərin.
preservation-table = T-CY cədvəlinin mətni (ingilis dilində, T-CY(2017)2, tövsiyə 16)
preservation-table-period = Xarici sorğudan sonra mühafizə müddəti
preservation-table-renewal = Uzadılma və ya yenilənmə şərtləri və müddətləri
preservation-table-notes = Hesabatın 3.2 bölməsi ilə müqayisə
preservation-table-missing = T-CY cədvəlində bu dövlət üzrə qeyd yoxdur.
preservation-extend = Uzadılma tələb edin
preservation-follow-up = Qarşılıqlı hüquqi yardım sorğusunu hazırlayın
preservation-follow-up-kind = Əldə ediləcək məlumatlar
preservation-follow-up-create = Sorğunu yaradın
preservation-calendar = Təqvimimə xatırlatma əlavə edin (.ics)
preservation-ics-summary = Mühafizənin bitməsi: { $reference } ({ $country })
preservation-ics-description = { $reference } istinadı ilə ({ $country }) tələb olunan mühafizə { $date } tarixində başa çatır. Bu tarixədək uzadılma tələb edin və ya qarşılıqlı hüquqi yardım sorğusunu göndərin.
preservation-links = Əlaqəli sorğular
preservation-link = { $kind ->
    [extension-of] { $reference } mühafizə sorğusunun uzadılması
    [extended-by] { $reference } sorğusu ilə uzadılıb
    [follow-up-of] { $reference } mühafizə sorğusunun davamı
   *[followed-up-by] { $reference } qarşılıqlı hüquqi yardım sorğusu ilə davam etdirilib
}
preservation-link-missing = Bu sorğu bu brauzerdə saxlanılmayıb.
preservation-next-steps = Növbəti addımlar
preservation-follow-up-disclosure = Açıqlama barədə sorğunu hazırla
preservation-link-disclosure = { $reference } açıqlama sorğusu ilə davam etdirilib
