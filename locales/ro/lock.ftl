# Drafts locked with a passphrase (encrypted in this browser).

lock-empty-passphrase = Introduceți o frază de acces.
lock-wrong-passphrase = Frază de acces greșită sau proiectul criptat a fost modificat. Nu s-a schimbat nimic.
lock-damaged = Acest proiect criptat este deteriorat și nu poate fi deschis.
lock-newer-format = Acest proiect a fost criptat cu o versiune mai nouă a Tandem.
lock-no-random = Acest browser nu poate genera numere aleatorii sigure: proiectul nu poate fi criptat.
