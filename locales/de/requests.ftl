art29-preservation-title = Ersuchen um umgehende Sicherung gespeicherter Computerdaten
art31-subscriber-title = Rechtshilfeersuchen um Bestandsdaten
art31-traffic-title = Rechtshilfeersuchen um gespeicherte Verkehrsdaten
art31-content-title = Rechtshilfeersuchen um gespeicherte Inhaltsdaten
emergency-disclosure-title = Ersuchen um Weitergabe gespeicherter Computerdaten in einem Notfall
provider-preservation-title = Ersuchen an einen Diensteanbieter um Sicherung von Daten
provider-disclosure-title = Ersuchen an einen Diensteanbieter um freiwillige Weitergabe von Bestandsdaten, IP-Adressen und Anmeldedaten
