# Xidmət təminatçısına ünvanlanan sorğularda xidmət təminatçısının seçimi: providers/ qovluğundakı profillər
# (hər xidmətə görə kim cavabdehdir, sorğular hara göndərilir, onlarda nə olmalıdır), hər fakt göstərilən
# tarixdə açıq mənbədə oxunub.

provider-picker = Xidmət təminatçısı
    .hint = Aşağıdakı hüquqi şəxsi, onun ünvanını və əlaqə vasitələrini təminatçının profilindən doldurmaq üçün təminatçını seçin və ya «Başqa xidmət təminatçısı» variantını seçib onları özünüz yazın. Profildə olmayan faktları siz doldurmalısınız.
provider-picker-other = Başqa xidmət təminatçısı (aşağıda yazın)
provider-picker-service = Xidmət
provider-picker-region = Müvafiq istifadəçilərin yaşadığı yer
provider-picker-requesters = Sorğu edən orqanın yerləşdiyi yer
provider-picker-filled = { $provider } profilindən doldurulub: sorğunu göndərməzdən əvvəl hər faktı yoxlayın.
provider-profile-read = Bu profil { $date } tarixində açıq mənbələrdən oxunub; köhnəlmiş ola bilər. Sorğunu göndərməzdən əvvəl təminatçının hüquq-mühafizə orqanları üçün öz təlimatları ilə tanış olun.
provider-profile-requirements = Təminatçının sorğuya qoyduğu tələblər
provider-profile-no-requirements = Profildə bu növ sorğu üçün heç bir tələb göstərilməyib.
provider-profile-emergency = Fövqəladə sorğular
provider-profile-no-emergency = Profildə fövqəladə sorğular üçün heç bir kanal göstərilməyib.
provider-profile-preservation = Sorğu əsasında mühafizə
provider-profile-preservation-days = { $extendable ->
        [yes] Məlumatlar { $days } gün mühafizə olunur; müddətin uzadılması xahiş edilə bilər.
        [no] Məlumatlar { $days } gün mühafizə olunur; mühafizə müddəti uzadılmır.
       *[unknown] Məlumatlar { $days } gün mühafizə olunur; mənbədə mühafizə müddətinin uzadıla bilib-bilməyəcəyi göstərilmir.
    }
provider-profile-preservation-extension = Hər uzadılma { $days } gün davam edir.
provider-profile-preservation-max-extensions = { $count ->
        [one] Ən çoxu bir uzadılma.
       *[other] Ən çoxu { $count } uzadılma.
    }
provider-profile-no-preservation = Profildə mühafizə müddəti göstərilməyib.
provider-profile-languages = Sorğunun yazıla biləcəyi dillər: { $codes }
provider-profile-not-found = Mənbələrdə axtarılıb, lakin tapılmayıb: { $kinds }
provider-profile-sources = Mənbələr
provider-profile-source = { $title }, { $date } tarixində oxunub: { $url }
provider-profile-source-secondary = { $title }, { $date } tarixində oxunub: { $url } (təminatçının təcrübəsinin üçüncü şəxs tərəfindən təsviri: ona istinad etməzdən əvvəl yoxlayın)

## Əlaqə vasitələri
provider-contact-portal = Portal (hesab ilə): { $value }
provider-contact-web-form = Veb forma: { $value }
provider-contact-email = Elektron poçt: { $value }

## Profilin (ölkələrdən başqa) fərqləndirdiyi regionlar, seçim siyahılarında
provider-region-eu = Avropa İttifaqı
provider-region-eea = Avropa İqtisadi Zonası
provider-region-european-region = Təminatçının «Avropa regionu»
provider-region-non-us = Amerika Birləşmiş Ştatlarından kənarda
provider-region-other = Başqa yer

## Profildəki faktların növləri
provider-fact-entity = hüquqi şəxs
provider-fact-address = prosessual sənədlərin təqdim edilməsi üçün ünvan
provider-fact-portal = sorğular üçün portal və ya ünvan
provider-fact-emergency = fövqəladə sorğular üçün kanal
provider-fact-languages = qəbul edilən dillər
provider-fact-preservation = mühafizə müddəti
provider-fact-preservation-extension = mühafizə müddətinin uzadılması
provider-fact-requirements = tələblər

## Tələb kodları (providers/README.md)
provider-requirement-official-email-domain = Rəsmi dövlət elektron poçt ünvanından (və ya belə ünvanla yaradılmış portal hesabı vasitəsilə) göndərilir
provider-requirement-portal-account = Təminatçının portalı vasitəsilə, hesab ilə göndərilir
provider-requirement-in-writing = Yazılı formada tərtib edilir
provider-requirement-signature = Sorğu edən vəzifəli şəxs tərəfindən imzalanır
provider-requirement-letterhead = Orqanın blankında tərtib edilir
provider-requirement-non-editable-format = Redaktə edilə bilməyən formatda göndərilir
provider-requirement-issued-under-law = Orqana səlahiyyət verən qanun əsasında, onun müəyyən etdiyi qaydada verilir
provider-requirement-account-identifier = Hesabı təminatçının öz identifikatorları ilə müəyyən edir (istifadəçi identifikatoru, istifadəçi adı, URL, elektron poçt ünvanı)
provider-requirement-relevance-stated = Tələb olunan məlumatların istintaqla necə əlaqəli olduğunu göstərir
provider-requirement-entity-for-user-location = İstifadəçinin yaşadığı yerə görə cavabdeh olan hüquqi şəxsə ünvanlanır
provider-requirement-mlat-for-content = Məzmun məlumatları üçün: qarşılıqlı hüquqi yardım (müqavilə və ya məhkəmə tapşırığı) qaydasında və ya Amerika Birləşmiş Ştatlarının CLOUD Act qanununa əsasən bağlanmış saziş əsasında
provider-requirement-mlat-for-disclosure = İstənilən açıqlama üçün: qarşılıqlı hüquqi yardım və ya məhkəmə tapşırığı qaydasında
provider-requirement-subpoena-or-equivalent-for-non-content = Məzmun məlumatları olmayan məlumatlar üçün: çağırış vərəqəsi (subpoena) və ya onun yerli ekvivalenti
provider-requirement-warrant-or-equivalent-for-content = Məzmun məlumatları üçün: axtarış orderi, məhkəmə qərarı və ya onların yerli ekvivalenti
provider-requirement-judicial-order = Məhkəmə orqanının qərarı
provider-requirement-formal-channel-only = Yalnız təminatçının rəsmi kanalları vasitəsilə: qeyri-rəsmi sorğulara cavab verilmir
provider-requirement-emergency-form = Fövqəladə sorğular: təminatçının öz fövqəladə hallar forması ilə
provider-requirement-emergency-facts-stated = Fövqəladə sorğular: ölüm və ya ağır bədən xəsarəti təhlükəsini və məlumatların bunun qarşısını necə alacağını göstərin
