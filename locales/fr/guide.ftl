# Le guide d'orientation de l'écran d'accueil (« De quelle demande ai-je besoin ? ») : cinq questions
# mènent à la demande par laquelle commencer et aux étapes suivantes, chacune avec une raison en une
# ligne. Il recommande, selon des orientations publiques (conseils de l'ONUDC pour l'Asie centrale et
# le Caucase du Sud) ; l'agent décide. Les intitulés des types de demande sont ceux de requests.ftl.

guide-title = De quelle demande ai-je besoin ?
guide-intro = Cinq questions indiquent la demande par laquelle commencer et les étapes suivantes, selon des orientations publiques (conseils de l'ONUDC aux enquêteurs et aux procureurs). Vos réponses restent sur cette page : elles ne sont ni enregistrées ni envoyées nulle part.

# Question 1 et ses options.
guide-data = De quelles données avez-vous besoin ?
guide-data-subscriber = Informations relatives aux abonnés : qui est titulaire du compte
guide-data-traffic = Données relatives au trafic : adresses IP, relevés des ouvertures de session, journaux de connexion
guide-data-content = Données relatives au contenu : messages, fichiers, images, publications

# Question 2 ; réponse guide-yes ou guide-no.
guide-emergency = Une vie est-elle en danger, ou une atteinte grave à une personne est-elle imminente ?

# Question 3 et ses options.
guide-reach = Le fournisseur de services accepte-t-il les demandes portant sur ces données directement de la part d'autorités étrangères ?
    .hint = Par exemple, les fournisseurs de services établis aux États-Unis peuvent divulguer directement aux autorités étrangères des données autres que le contenu. En cas de doute, renseignez-vous auprès du fournisseur de services ou des autorités de l'État requis.
guide-reach-direct = Oui, directement
guide-reach-state = Non, uniquement par l'intermédiaire de l'État requis
guide-reach-unsure = Je ne sais pas

# Question 4 ; réponse guide-yes ou guide-no.
guide-preserved = Les données ont-elles déjà été conservées ?

# Question 5 et ses options.
guide-basis = Qu'est-ce qui lie votre État et l'État requis ?
guide-basis-budapest = Les deux États sont Parties à la Convention de Budapest (Convention sur la cybercriminalité)
guide-basis-treaty = Un autre traité : bilatéral, régional ou une convention des Nations Unies
guide-basis-reciprocity = Aucun traité : réciprocité ou droit interne

guide-yes = Oui
guide-no = Non

# La recommandation, affichée une fois toutes les questions répondues.
guide-incomplete = Répondez à chaque question pour savoir par où commencer.
guide-advice = Par où commencer
guide-fallback = Si le fournisseur de services ne répond pas ou refuse
# Le bouton de chaque demande recommandée : ouvre un nouveau projet de ce type.
guide-open = Commencer cette demande
guide-disclaimer = Il s'agit d'une recommandation tirée d'orientations publiques, et non d'un avis juridique : la décision vous appartient, le cas échéant avec les autorités de l'État requis.

# Pourquoi chaque demande est recommandée (une ligne chacune).
guide-why-emergency-provider = Utilisez la voie de divulgation d'urgence du fournisseur de services (section 3 de la demande) : le fournisseur décide lui-même de divulguer ou non lorsqu'il estime qu'une vie est en danger.
guide-why-emergency-network = Transmettez la demande par l'intermédiaire de votre point de contact 24/7, ou en tant que demande d'entraide judiciaire d'urgence. À la section 3, ne choisissez l'article 9 ou l'article 10 du Deuxième Protocole additionnel que si le Protocole est en vigueur pour les deux États ; à défaut, indiquez la voie et la base juridique.
guide-why-emergency-other = Transmettez la demande à l'autorité compétente de l'État requis ; à la section 3, indiquez la voie et la base juridique (le traité, ou la réciprocité).
guide-why-preserve-provider = Faites d'abord conserver les données, car elles peuvent être effacées à tout moment : adressez la demande directement au fournisseur de services, et une copie à l'autorité compétente de l'État requis.
guide-why-preserve-network = Faites d'abord conserver les données, car elles peuvent être effacées à tout moment : transmettez la demande par l'intermédiaire de votre point de contact 24/7 (Réseau 24/7, article 35 de la Convention de Budapest).
guide-why-preserve-authority = Faites d'abord conserver les données, car elles peuvent être effacées à tout moment : transmettez la demande par l'intermédiaire du Réseau 24/7 si les deux États en font partie, sinon à l'autorité chargée de l'enquête ou des poursuites de l'État requis.
guide-why-provider-disclosure = Demandez les données au fournisseur de services : certains fournisseurs divulguent directement aux autorités étrangères des données autres que le contenu, et décident eux-mêmes de le faire ou non.
guide-why-fallback = Une demande d'entraide judiciaire portant sur les mêmes données, par l'intermédiaire de l'État requis.
guide-why-mla = Obtenez les données par l'entraide judiciaire : préparez la demande sans tarder dès que les données sont conservées.
guide-why-mla-content = Les données relatives au contenu s'obtiennent par l'entraide judiciaire : les fournisseurs de services établis aux États-Unis, par exemple, ne peuvent divulguer directement aux autorités étrangères que des données autres que le contenu. Préparez la demande sans tarder dès que les données sont conservées.

# Ce qui nuance la recommandation, lorsque cela s'applique.
guide-note-unsure = Vérifiez auprès du fournisseur de services et des autorités de l'État requis si le fournisseur accepte les demandes directement de la part d'autorités étrangères : certains ne coopèrent pas volontiers avec les services répressifs. D'ici là, la voie passe par l'État requis.
guide-note-emergency = La demande urgente indique la procédure juridique qui lui fera suite : les demandes suivantes constituent cette suite, afin d'obtenir les données en tant que preuves.
guide-note-preserved = Envoyez la demande de divulgation avant la fin de la conservation : les durées de conservation varient d'un État et d'un fournisseur de services à l'autre.
guide-note-treaty = Les mêmes types de demande s'appliquent : choisissez le traité comme base juridique dans le formulaire, et vérifiez dans son texte quel article prévoit chaque mesure, en particulier la conservation rapide.
guide-note-reciprocity = Les mêmes types de demande s'appliquent : choisissez la réciprocité ou le droit interne comme base juridique dans le formulaire. En l'absence de traité, la question de savoir si et comment l'État requis accorde son assistance dépend de son droit : consultez d'abord ses autorités.
