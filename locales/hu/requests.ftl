# The title of each request type, shown on the home screen and in the drafts list; every other
# message of a request type is in templates/<request type>.ftl, loaded when such a request is open.

art29-preservation-title = Megkeresés tárolt számítástechnikai adatok gyors megőrzése iránt
art31-subscriber-title = Kölcsönös jogsegély iránti megkeresés előfizetői adatok beszerzésére
art31-traffic-title = Kölcsönös jogsegély iránti megkeresés tárolt forgalmi adatok beszerzésére
art31-content-title = Kölcsönös jogsegély iránti megkeresés tárolt tartalmi adatok beszerzésére
emergency-disclosure-title = Sürgősségi megkeresés tárolt számítástechnikai adatok kiadása iránt
provider-preservation-title = Szolgáltatóhoz intézett megkeresés adatok megőrzése iránt
provider-disclosure-title = Szolgáltatóhoz intézett megkeresés előfizetői adatok, IP-címek és bejelentkezési naplók önkéntes kiadása iránt
reply-receipt-title = A megkeresés kézhezvételének visszaigazolása
reply-preserved-title = A megőrzés visszaigazolása
reply-action-title = Értesítés a megtett intézkedésekről
reply-clarification-title = Pontosítás kérése
reply-refusal-title = Értesítés arról, hogy a megkeresés nem teljesíthető
