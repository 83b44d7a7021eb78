# Drafts locked with a passphrase (encrypted in this browser).

lock-empty-passphrase = Introduza uma frase-passe.
lock-wrong-passphrase = Frase-passe errada, ou o projeto cifrado foi alterado. Nada foi modificado.
lock-damaged = Este projeto cifrado está danificado e não pode ser aberto.
lock-newer-format = Este projeto foi cifrado por uma versão mais recente do Tandem.
lock-no-random = Este navegador não consegue gerar números aleatórios seguros: o projeto não pode ser cifrado.
