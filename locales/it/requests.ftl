art29-preservation-title = Richiesta di conservazione rapida di dati informatici immagazzinati
art31-subscriber-title = Richiesta di mutua assistenza giudiziaria per informazioni relative agli abbonati
art31-traffic-title = Richiesta di mutua assistenza giudiziaria per dati relativi al traffico immagazzinati
art31-content-title = Richiesta di mutua assistenza giudiziaria per dati relativi al contenuto immagazzinati
emergency-disclosure-title = Richiesta di divulgazione di dati informatici immagazzinati in caso di emergenza
