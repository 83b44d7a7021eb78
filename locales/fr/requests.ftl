art29-preservation-title = Demande de conservation rapide de données informatiques stockées
art31-subscriber-title = Demande d'entraide portant sur des informations relatives aux abonnés
art31-traffic-title = Demande d'entraide portant sur des données relatives au trafic stockées
art31-content-title = Demande d'entraide portant sur des données relatives au contenu stockées
emergency-disclosure-title = Demande urgente de divulgation de données informatiques stockées
