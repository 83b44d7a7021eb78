# Průvodce volbou cesty na úvodní obrazovce („Jakou žádost potřebuji?“): pět otázek vede k žádosti, kterou
# začít, a k dalším krokům, každý s jednořádkovým odůvodněním. Doporučuje podle veřejně dostupných pokynů
# (rady UNODC pro Střední Asii a jižní Kavkaz); rozhoduje úřední osoba. Názvy druhů žádostí jsou ty
# z requests.ftl.

guide-title = Jakou žádost potřebuji?
guide-intro = Pět otázek ukáže, kterou žádostí začít a jaké jsou další kroky, v souladu s veřejně dostupnými pokyny (rady UNODC pro vyšetřovatele a státní zástupce). Vaše odpovědi zůstávají na této stránce: nikam se neukládají ani neodesílají.

# Otázka 1 a její možnosti.
guide-data = Jaká data potřebujete?
guide-data-subscriber = Informace o účastnících: kdo je držitelem účtu
guide-data-traffic = Provozní data: IP adresy, záznamy o přihlášení, záznamy o připojení
guide-data-content = Obsahová data: zprávy, soubory, obrázky, příspěvky

# Otázka 2; odpověď guide-yes nebo guide-no.
guide-emergency = Je ohrožen něčí život, nebo osobě bezprostředně hrozí závažná újma?

# Otázka 3 a její možnosti.
guide-reach = Přijímá poskytovatel služeb žádosti o tato data přímo od zahraničních orgánů?
    .hint = Například poskytovatelé služeb se sídlem ve Spojených státech mohou zahraničním orgánům přímo zpřístupnit jiná než obsahová data. Nejste-li si jisti, zeptejte se poskytovatele služeb nebo orgánů dožádaného státu.
guide-reach-direct = Ano, přímo
guide-reach-state = Ne, pouze prostřednictvím dožádaného státu
guide-reach-unsure = Nevím jistě

# Otázka 4; odpověď guide-yes nebo guide-no.
guide-preserved = Byla již data uchována?

# Otázka 5 a její možnosti.
guide-basis = Co spojuje váš stát s dožádaným státem?
guide-basis-budapest = Oba státy jsou smluvními stranami Budapešťské úmluvy (Úmluvy o počítačové kriminalitě)
guide-basis-treaty = Jiná smlouva: dvoustranná, regionální nebo úmluva Organizace spojených národů
guide-basis-reciprocity = Žádná smlouva: vzájemnost nebo vnitrostátní právo

guide-yes = Ano
guide-no = Ne

# Doporučení, zobrazené po zodpovězení všech otázek.
guide-incomplete = Odpovězte na každou otázku, abyste viděli, kde začít.
guide-advice = Kde začít
guide-fallback = Pokud poskytovatel služeb neodpoví nebo odmítne
# Tlačítko každé doporučené žádosti: otevře nový koncept daného druhu.
guide-open = Zahájit tuto žádost
guide-disclaimer = Jde o doporučení vycházející z veřejně dostupných pokynů, nikoli o právní stanovisko: rozhodnutí je na vás, v případě potřeby ve spolupráci s orgány dožádaného státu.

# Proč je každá žádost doporučena (po jednom řádku).
guide-why-emergency-provider = Použijte nouzový kanál poskytovatele služeb pro zpřístupnění dat (oddíl 3 žádosti): poskytovatel sám rozhodne, zda data zpřístupní, domnívá-li se, že je ohrožen život.
guide-why-emergency-network = Zašlete žádost prostřednictvím svého kontaktního místa sítě 24/7, nebo jako naléhavou žádost o vzájemnou právní pomoc. V oddílu 3 zvolte článek 9 nebo článek 10 Druhého dodatkového protokolu pouze tehdy, je-li protokol v platnosti pro oba státy; jinak uveďte kanál a právní základ.
guide-why-emergency-other = Zašlete žádost příslušnému orgánu dožádaného státu; v oddílu 3 uveďte kanál a právní základ (smlouvu nebo vzájemnost).
guide-why-preserve-provider = Nejprve zajistěte uchování dat, protože mohou být kdykoli vymazána: zašlete žádost přímo poskytovateli služeb a její kopii příslušnému orgánu dožádaného státu.
guide-why-preserve-network = Nejprve zajistěte uchování dat, protože mohou být kdykoli vymazána: zašlete žádost prostřednictvím svého kontaktního místa sítě 24/7 (síť 24/7, článek 35 Budapešťské úmluvy).
guide-why-preserve-authority = Nejprve zajistěte uchování dat, protože mohou být kdykoli vymazána: zašlete žádost prostřednictvím sítě 24/7, jsou-li oba státy jejími členy, jinak orgánu dožádaného státu příslušnému k vyšetřování nebo trestnímu stíhání.
guide-why-provider-disclosure = Požádejte o data poskytovatele služeb: někteří poskytovatelé zpřístupňují zahraničním orgánům přímo jiná než obsahová data a sami rozhodují, zda tak učiní.
guide-why-fallback = Žádost o vzájemnou právní pomoc týkající se týchž dat, prostřednictvím dožádaného státu.
guide-why-mla = Získejte data cestou vzájemné právní pomoci: připravte žádost neprodleně, jakmile jsou data uchována.
guide-why-mla-content = Obsahová data se získávají cestou vzájemné právní pomoci: například poskytovatelé služeb se sídlem ve Spojených státech mohou zahraničním orgánům přímo zpřístupnit pouze jiná než obsahová data. Připravte žádost neprodleně, jakmile jsou data uchována.

# Co doporučení upřesňuje, pokud se uplatní.
guide-note-unsure = Ověřte u poskytovatele služeb a u orgánů dožádaného státu, zda poskytovatel přijímá žádosti přímo od zahraničních orgánů: někteří nejsou k orgánům činným v trestním řízení vstřícní. Do té doby vede cesta přes dožádaný stát.
guide-note-emergency = Naléhavá žádost uvádí právní postup, který na ni bude navazovat: další žádosti jsou právě tímto navazujícím postupem, jehož cílem je získat data jako důkaz.
guide-note-preserved = Zašlete žádost o zpřístupnění dříve, než uchování skončí: doby uchování se liší podle státu i podle poskytovatele služeb.
guide-note-treaty = Použijí se tytéž druhy žádostí: ve formuláři zvolte jako právní základ danou smlouvu a v jejím textu ověřte, který článek upravuje jednotlivá opatření, zejména urychlené uchování.
guide-note-reciprocity = Použijí se tytéž druhy žádostí: ve formuláři zvolte jako právní základ vzájemnost nebo vnitrostátní právo. Bez smlouvy závisí na právu dožádaného státu, zda a jak pomoc poskytne: nejprve se poraďte s jeho orgány.
