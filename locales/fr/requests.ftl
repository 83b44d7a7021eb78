art29-preservation-title = Demande de conservation rapide de données informatiques stockées
art31-subscriber-title = Demande d'entraide portant sur des informations relatives aux abonnés
art31-traffic-title = Demande d'entraide portant sur des données relatives au trafic stockées
art31-content-title = Demande d'entraide portant sur des données relatives au contenu stockées
emergency-disclosure-title = Demande urgente de divulgation de données informatiques stockées
provider-preservation-title = Demande de conservation de données adressée à un fournisseur de services
provider-disclosure-title = Demande de divulgation volontaire d'informations relatives aux abonnés, d'adresses IP et de journaux de connexion adressée à un fournisseur de services
