# Drafts locked with a passphrase (encrypted in this browser).

lock-empty-passphrase = Introduza uma frase-passe.
lock-wrong-passphrase = Frase-passe errada, ou o projeto cifrado foi alterado. Nada foi modificado.
lock-damaged = Este projeto cifrado está danificado e não pode ser aberto.
lock-newer-format = Este projeto foi cifrado por uma versão mais recente do Tandem.
lock-no-random = Este navegador não consegue gerar números aleatórios seguros: o projeto não pode ser cifrado.
lock-unavailable = Não foi possível iniciar a cifragem neste navegador.
lock-action = Bloquear com uma frase-passe…
lock-passphrase = Frase-passe
lock-repeat = Repita a frase-passe
lock-no-recovery = Se a frase-passe for esquecida, ninguém poderá recuperar este projeto.
lock-mismatch = As duas frases-passe não são iguais.
lock-submit = Bloquear o projeto
lock-locking = A bloquear…
lock-locked = Este projeto está bloqueado: é guardado cifrado neste navegador.
lock-remove = Remover o bloqueio
lock-remove-confirm = Remover o bloqueio? O projeto passará a ser guardado sem cifra neste navegador.
# Variables:
#   $revision (Number) - how many times the locked draft was saved
lock-listed = Projeto bloqueado (revisão { $revision })
lock-open = Abrir
lock-opening = A abrir…
# A label for a locked draft, stored unencrypted so the list of drafts can tell locked drafts apart.
lock-label = Etiqueta na lista de projetos (sem cifra, facultativa)
lock-label-warning = A etiqueta é guardada sem cifra junto do projeto bloqueado: qualquer pessoa que utilize este navegador, ou que tenha uma cópia exportada, pode lê-la. Não inclua nela nomes, pormenores do processo nem nada confidencial.
lock-label-save = Guardar a etiqueta
lock-label-saved = Etiqueta guardada.
# A locked draft in the list of drafts, when it has a label.
# Variables:
#   $label (String) - the label the user gave the locked draft
#   $revision (Number) - how many times the locked draft was saved
lock-listed-label = { $label } (projeto bloqueado, revisão { $revision })
