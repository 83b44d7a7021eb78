art29-preservation-title = Cerere de conservare rapidă a datelor informatice stocate
art31-subscriber-title = Cerere de asistență judiciară privind informații referitoare la abonați
art31-traffic-title = Cerere de asistență judiciară privind date referitoare la trafic stocate
art31-content-title = Cerere de asistență judiciară privind date referitoare la conținut stocate
emergency-disclosure-title = Cerere de divulgare a datelor informatice stocate în caz de urgență
provider-preservation-title = Cerere adresată unui furnizor de servicii pentru conservarea datelor
provider-disclosure-title = Cerere adresată unui furnizor de servicii pentru divulgarea voluntară a informațiilor referitoare la abonați, a adreselor IP și a înregistrărilor de autentificare
