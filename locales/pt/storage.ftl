# Stored drafts: storage refused or unreadable, newer versions' drafts, two tabs, persistence, backup, how full storage is.

storage-unavailable = Este navegador não permite que o Tandem guarde projetos. O seu trabalho fica apenas nesta página: descarregue o projeto antes de a fechar.
storage-read-only = Este projeto foi redigido com uma versão mais recente do Tandem e não pode ser alterado aqui.
storage-copy-note = Uma cópia pode ser editada aqui; os dados que esta versão não reconhece são mantidos, mas não são apresentados.
storage-keep-copy = Guardar uma cópia editável
storage-read-only-tag = Só de leitura: redigido com uma versão mais recente do Tandem
storage-changed-elsewhere = Este projeto foi alterado noutro separador ou janela.
storage-changed-newer = Uma versão mais recente do Tandem alterou este projeto noutro separador ou janela.
storage-changed-unreadable = Não foi possível ler a versão guardada deste projeto: foi posta de parte, sem alterações, e esta versão foi guardada.
storage-load-other-note = Se carregar a outra versão, as alterações ainda não guardadas neste separador perdem-se.
storage-load-other = Carregar a outra versão
storage-keep-mine = Guardar a minha como cópia
# Variables:
#   $count (Number) - how many stored drafts could not be read
storage-unreadable = Projetos guardados que não puderam ser lidos: { $count }. Foram postos de parte, sem alterações.
# Variables:
#   $file (String) - the name of the file offered for download
storage-download-file = Descarregar { $file }
storage-persistent = Este navegador mantém estes projetos até que os elimine.
storage-not-persistent = Este navegador pode eliminar estes projetos quando faltar espaço: exporte uma cópia de segurança.
storage-export-all = Exportar todos os projetos
# Variables:
#   $kb (Number) - kilobytes the stored drafts take
#   $percent (Number) - that share of the browser's limit, in whole percent
#   $limit (Number) - kilobytes this browser keeps at most for them (its local storage limit)
storage-usage = Os projetos guardados ocupam { $kb } kB, ou seja, { $percent } % dos { $limit } kB que este navegador lhes reserva.
# Variables:
#   $used (Number) - megabytes the browser counts for all of this site's data (it may leave local storage out)
#   $quota (Number) - megabytes the browser allows this site in all
storage-usage-estimate = Valor próprio do navegador para todos os dados deste sítio, que pode não incluir os projetos: { $used } MB dos { $quota } MB que permite.
# Variables:
#   $percent (Number) - share of the limit used, in whole percent (80 or more)
storage-usage-warning = O espaço para projetos está { $percent } % cheio. Quando estiver cheio, as alterações deixarão de poder ser guardadas neste navegador. Exporte todos os projetos para um ficheiro e, em seguida, elimine os projetos de que já não precisa; os mais antigos são indicados abaixo.
# Variables:
#   $name (String) - what the drafts list calls the draft
#   $kb (Number) - kilobytes its entry takes
storage-usage-draft = { $name }: ocupa { $kb } kB
