# Requests received: a request made with Tandem by another authority, opened from its PDF (which
# carries the request as data) or from its draft file, and shown read-only in the language of the
# screen. Nothing is stored when a file is refused.

received-heading = Demandes reçues
received-intro = Une demande établie avec Tandem par une autre autorité s'ouvre ici, en lecture seule, avec chaque libellé, case cochée, pays et date dans la langue de cet écran. Le fichier reste dans ce navigateur.
received-open = Ouvrir une demande reçue (son PDF ou son fichier de projet)
received-none = Aucune demande reçue pour l'instant.
# Terms of a request received in the list (each followed by its value).
received-from = Autorité requérante
received-reference = Référence
received-date = Reçue le
received-delete = Supprimer
# Variables:
#   $title (String) - the request's type, e.g. "Request for expedited preservation of stored computer data"
received-deleted = Demande reçue supprimée : { $title }. Ouvrez de nouveau son fichier pour la rétablir.

# Why a file was not opened as a request received. Each ends by saying that nothing was stored.
# Variables:
#   $limit (Number) - the largest size accepted, in kilobytes
received-refused-too-large = Ce fichier dépasse { $limit } ko, plus qu'aucune demande établie avec Tandem. Rien n'a été enregistré.
received-refused-not-pdf = Ce fichier n'est ni un PDF ni un fichier de projet Tandem. Rien n'a été enregistré.
received-refused-no-data = Ce PDF ne contient pas la demande sous forme de données : il n'a pas été établi avec Tandem, ou il a été modifié après son établissement. Rien n'a été enregistré.
received-refused-unreadable = Les données de la demande contenues dans ce fichier sont illisibles : elles sont endommagées ou ne sont pas au format de Tandem. Rien n'a été enregistré.
received-refused-newer = Cette demande a été établie avec une version plus récente de Tandem. Rien n'a été enregistré.
received-refused-unknown = Cette demande concerne un type de demande que cette version de Tandem ne connaît pas. Rien n'a été enregistré.
received-refused-locked = Ce fichier de projet est verrouillé par une phrase secrète. Demandez le PDF de la demande à l'autorité requérante. Rien n'a été enregistré.
received-refused-fingerprint = Les données de la demande contenues dans ce PDF ne correspondent pas à l'empreinte qui y est imprimée : le fichier a été modifié après son établissement. Rien n'a été enregistré. Lisez les pages imprimées du PDF lui-même et demandez une nouvelle copie à l'autorité requérante.
# Variables:
#   $reason (String) - the browser's own reason, as it gives it
received-refused-storage = Ce navigateur a refusé d'enregistrer la demande ({ $reason }). Rien n'a été enregistré.

# The screen of a request received.
received-banner = Demande reçue — lecture seule. Établie avec Tandem par l'autorité requérante ; les réponses sont les siennes.
# Variables:
#   $date (String) - the date and time the request was opened in this browser, in the local style
received-on = Reçue dans ce navigateur le { $date }.
# Variables:
#   $a (String) - the name of the request's language A, in that language, e.g. "ქართული"
#   $b (String) - the name of the request's language B, in that language, e.g. "English"
received-doc-langs = Langues du document de la demande : { $a } | { $b }. Le texte libre est présenté tel que l'autorité requérante l'a rédigé en { $a }, avec sa propre traduction en { $b } en regard.
# Variables:
#   $fingerprint (String) - 16 hexadecimal digits, e.g. 0123456789abcdef
received-fingerprint-checked = Empreinte { $fingerprint } : elle correspond aux données de la demande, telle qu'elle est imprimée sur chaque page de son PDF.
# Variables:
#   $fingerprint (String) - 16 hexadecimal digits, e.g. 0123456789abcdef
received-fingerprint-draft = Empreinte { $fingerprint } : calculée à partir du fichier de projet, qui ne porte aucune empreinte imprimée à laquelle la comparer.
received-copy-heading = Copie de lecture
received-copy-intro = Exportez cette demande en PDF dans deux langues de votre choix, par exemple sa propre langue en regard de la vôtre. Chaque page porte la mention de copie de lecture d'une demande reçue ; la copie ne comporte pas de bloc de signature.
received-copy-export = Exporter une copie de lecture (PDF)

# Answering a request received: each answer is a draft of its own (a reply template), made here.
received-answer-heading = Répondre à cette demande
received-answer-intro = Chaque réponse est un formulaire distinct, prérempli avec la référence, la date et l'empreinte de la présente demande, et exporté en PDF bilingue dans votre langue et dans celle de l'autorité requérante. Le PDF contient la réponse sous forme de données, afin que Tandem, du côté de l'autorité requérante, l'enregistre en regard de cette demande.
received-answers-made = Réponses préparées pour cette demande
