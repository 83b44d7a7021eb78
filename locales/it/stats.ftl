# The office's statistics (T-CY Recommendation 2: statistics to monitor the efficiency of mutual
# legal assistance), computed in this browser from the request log. Nothing is sent anywhere.

stats-heading = Statistiche dell'ufficio
stats-intro = Calcolate in questo browser dalle richieste registrate come inviate. Nulla viene trasmesso altrove: esportare i dati per la rendicontazione del proprio ufficio.
stats-none = Nessuna richiesta è ancora registrata come inviata.
# Variables:
#   $count (Number) - requests recorded as sent
stats-total = { $count ->
    [one] { $count } richiesta registrata come inviata
   *[other] { $count } richieste registrate come inviate
}
stats-by-country = Per Stato richiesto
stats-by-type = Per tipo di richiesta
stats-by-category = Per categoria di reato
stats-by-status = Per esito
stats-refusals = Mancate esecuzioni per motivo
stats-times = Tempi
stats-median-confirmation = Mediana dei giorni dall'invio alla conferma di ricevimento
stats-median-answer = Mediana dei giorni dall'invio a una risposta (eseguita, misure adottate o non eseguibile)
stats-column-what = Categoria
stats-column-count = Richieste
stats-column-days = Giorni
stats-column-answered = Con risposta
stats-not-given = Non indicato
stats-no-figure = Ancora nessun dato
stats-export-csv = Esporta in CSV
stats-print = Stampa, o salva come PDF
stats-open = Statistiche dell'ufficio
