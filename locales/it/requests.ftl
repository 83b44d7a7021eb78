art29-preservation-title = Richiesta di conservazione rapida di dati informatici immagazzinati
art31-subscriber-title = Richiesta di mutua assistenza giudiziaria per informazioni relative agli abbonati
art31-traffic-title = Richiesta di mutua assistenza giudiziaria per dati relativi al traffico immagazzinati
art31-content-title = Richiesta di mutua assistenza giudiziaria per dati relativi al contenuto immagazzinati
emergency-disclosure-title = Richiesta di divulgazione di dati informatici immagazzinati in caso di emergenza
provider-preservation-title = Richiesta di conservazione di dati rivolta a un fornitore di servizi
provider-disclosure-title = Richiesta di divulgazione volontaria di informazioni relative agli abbonati, indirizzi IP e registri di accesso rivolta a un fornitore di servizi
