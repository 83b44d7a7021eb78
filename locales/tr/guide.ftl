# Ana ekrandaki yol rehberi ("Hangi talebe ihtiyacım var?"): beş soru, başlanacak talebi ve sonraki
# adımları, her biri için tek satırlık bir gerekçeyle gösterir. Rehber, kamuya açık rehberlere (UNODC'nin
# Orta Asya ve Güney Kafkasya için ipuçları) göre öneride bulunur; kararı görevli verir. Talep
# türlerinin başlıkları requests.ftl dosyasındakilerdir.

guide-title = Hangi talebe ihtiyacım var?
guide-intro = Beş soru, kamuya açık rehberlere (UNODC'nin soruşturmacılar ve savcılar için ipuçları) göre hangi talepten başlanacağını ve sonraki adımları gösterir. Yanıtlarınız bu sayfada kalır: hiçbir yerde saklanmaz ve hiçbir yere gönderilmez.

# Soru 1 ve seçenekleri.
guide-data = Hangi verilere ihtiyacınız var?
guide-data-subscriber = Abone bilgileri: hesabın sahibi kim
guide-data-traffic = Trafik verileri: IP adresleri, oturum açma kayıtları, bağlantı kayıtları
guide-data-content = İçerik verileri: mesajlar, dosyalar, resimler, gönderiler

# Soru 2; guide-yes veya guide-no ile yanıtlanır.
guide-emergency = Bir kişinin hayatı tehlikede mi, ya da bir kişinin ciddi bir zarara uğraması yakın mı?

# Soru 3 ve seçenekleri.
guide-reach = Hizmet sağlayıcı bu verilere ilişkin talepleri doğrudan yabancı makamlardan kabul ediyor mu?
    .hint = Örneğin, Amerika Birleşik Devletleri'nde yerleşik hizmet sağlayıcılar, içerik dışındaki verileri doğrudan yabancı makamlara açıklayabilir. Emin değilseniz hizmet sağlayıcıya veya talep edilen Devletin makamlarına sorun.
guide-reach-direct = Evet, doğrudan
guide-reach-state = Hayır, yalnızca talep edilen Devlet aracılığıyla
guide-reach-unsure = Emin değilim

# Soru 4; guide-yes veya guide-no ile yanıtlanır.
guide-preserved = Veriler zaten muhafaza altına alındı mı?

# Soru 5 ve seçenekleri.
guide-basis = Devletinizi talep edilen Devlete ne bağlıyor?
guide-basis-budapest = Her iki Devlet de Budapeşte Sözleşmesi'ne (Siber Suç Sözleşmesi) taraftır
guide-basis-treaty = Başka bir antlaşma: ikili, bölgesel veya bir Birleşmiş Milletler sözleşmesi
guide-basis-reciprocity = Antlaşma yok: karşılıklılık veya iç hukuk

guide-yes = Evet
guide-no = Hayır

# Her soru yanıtlandığında gösterilen öneri.
guide-incomplete = Nereden başlayacağınızı görmek için her soruyu yanıtlayın.
guide-advice = Nereden başlamalı
guide-fallback = Hizmet sağlayıcı yanıt vermez veya reddederse
# Önerilen her talebin düğmesi: o türde yeni bir taslak açar.
guide-open = Bu talebi başlat
guide-disclaimer = Bu, kamuya açık rehberlere dayanan bir öneridir, hukuki görüş değildir: karar, gerektiğinde talep edilen Devletin makamlarıyla birlikte, size aittir.

# Her talebin neden önerildiği (her biri tek satır).
guide-why-emergency-provider = Hizmet sağlayıcının acil durumda veri açıklama kanalını kullanın (talebin 3. bölümü): hizmet sağlayıcı, bir kişinin hayatının tehlikede olduğuna inandığında verileri açıklayıp açıklamayacağına kendisi karar verir.
guide-why-emergency-network = Talebi Devletinizin 7/24 irtibat noktası aracılığıyla veya acil karşılıklı adli yardım talebi olarak gönderin. 3. bölümde İkinci Ek Protokolün 9. veya 10. maddesini yalnızca Protokol her iki Devlet için yürürlükteyse seçin; aksi hâlde kanalı ve hukuki dayanağı belirtin.
guide-why-emergency-other = Talebi talep edilen Devletin yetkili makamına gönderin; 3. bölümde kanalı ve hukuki dayanağı (antlaşma veya karşılıklılık) belirtin.
guide-why-preserve-provider = Veriler her an silinebileceğinden önce muhafaza altına alınmalarını sağlayın: talebi doğrudan hizmet sağlayıcıya, bir örneğini de talep edilen Devletin yetkili makamına gönderin.
guide-why-preserve-network = Veriler her an silinebileceğinden önce muhafaza altına alınmalarını sağlayın: talebi Devletinizin 7/24 irtibat noktası aracılığıyla gönderin (7/24 Ağı, Budapeşte Sözleşmesi 35. madde).
guide-why-preserve-authority = Veriler her an silinebileceğinden önce muhafaza altına alınmalarını sağlayın: talebi, her iki Devlet de 7/24 Ağı'nın üyesiyse 7/24 Ağı aracılığıyla, değilse talep edilen Devletin soruşturma veya kovuşturma makamına gönderin.
guide-why-provider-disclosure = Verileri hizmet sağlayıcıdan isteyin: bazı hizmet sağlayıcılar içerik dışındaki verileri doğrudan yabancı makamlara açıklar ve bunu yapıp yapmayacaklarına kendileri karar verir.
guide-why-fallback = Aynı verilere ilişkin, talep edilen Devlet aracılığıyla gönderilecek bir karşılıklı adli yardım talebi.
guide-why-mla = Verileri karşılıklı adli yardım yoluyla elde edin: veriler muhafaza altına alınır alınmaz talebi derhal hazırlayın.
guide-why-mla-content = İçerik verileri karşılıklı adli yardım yoluyla elde edilir: örneğin Amerika Birleşik Devletleri'nde yerleşik hizmet sağlayıcılar, doğrudan yabancı makamlara yalnızca içerik dışındaki verileri açıklayabilir. Veriler muhafaza altına alınır alınmaz talebi derhal hazırlayın.

# Önerinin kapsamını belirleyen notlar, uygulandıklarında.
guide-note-unsure = Hizmet sağlayıcının talepleri doğrudan yabancı makamlardan kabul edip etmediğini hizmet sağlayıcıya ve talep edilen Devletin makamlarına danışın: bazıları kolluk makamlarıyla işbirliğine pek yatkın değildir. Bu netleşene kadar yol, talep edilen Devlet üzerinden geçer.
guide-note-emergency = Acil talep, ardından izlenecek hukuki süreci belirtir: sonraki talepler, verileri delil olarak elde etmek için izlenen bu süreçtir.
guide-note-preserved = Açıklama talebini muhafaza süresi sona ermeden gönderin: muhafaza süreleri Devletten Devlete ve hizmet sağlayıcıdan hizmet sağlayıcıya farklılık gösterir.
guide-note-treaty = Aynı talep türleri geçerlidir: formda hukuki dayanak olarak antlaşmayı seçin ve her tedbiri, özellikle süratle muhafaza tedbirini, antlaşmanın hangi maddesinin öngördüğünü metninden kontrol edin.
guide-note-reciprocity = Aynı talep türleri geçerlidir: formda hukuki dayanak olarak karşılıklılığı veya iç hukuku seçin. Antlaşma bulunmadığında, talep edilen Devletin yardım edip etmeyeceği ve nasıl edeceği kendi hukukuna bağlıdır: önce o Devletin makamlarına danışın.
