art29-preservation-title = Depolanmış bilgisayar verilerinin süratle muhafazası talebi
art31-subscriber-title = Abone bilgilerine ilişkin karşılıklı adli yardım talebi
art31-traffic-title = Depolanmış trafik verilerine ilişkin karşılıklı adli yardım talebi
art31-content-title = Depolanmış içerik verilerine ilişkin karşılıklı adli yardım talebi
emergency-disclosure-title = Depolanmış bilgisayar verilerinin acil durumda açıklanması talebi
provider-preservation-title = Verilerin muhafazası için hizmet sağlayıcıya yöneltilen talep
provider-disclosure-title = Abone bilgilerinin, IP adreslerinin ve oturum açma kayıtlarının gönüllü olarak açıklanması için hizmet sağlayıcıya yöneltilen talep
