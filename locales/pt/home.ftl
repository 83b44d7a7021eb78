# Home screen (request types, drafts kept in this browser), autosave and the PDF preview.

home-all-requests = Todos os pedidos
home-start = Iniciar um novo pedido
home-use-art29-preservation = Comece aqui: obter a conservação imediata dos dados, antes que possam ser apagados.
home-use-art31-subscriber = Para obter dados relativos aos assinantes por auxílio judiciário mútuo, depois de conservados.
home-use-art31-traffic = Para obter dados de tráfego por auxílio judiciário mútuo, depois de conservados.
home-use-art31-content = Para obter dados de conteúdo por auxílio judiciário mútuo, depois de conservados.
home-use-emergency-disclosure = Apenas perante um risco iminente para a vida ou a segurança de uma pessoa.
home-use-provider-preservation = Quando um prestador de serviços aceita diretamente pedidos de autoridades estrangeiras: obter a conservação imediata dos dados.
home-use-provider-disclosure = Para pedir diretamente a um prestador de serviços dados que não sejam dados de conteúdo, depois de conservados.
home-drafts = Projetos neste navegador
home-no-drafts = Ainda não há projetos.
home-untitled = Projeto sem número de referência
home-country = Estado requerido
home-edited = Última alteração
home-duplicate = Duplicar
home-rename = Mudar o nome
home-name = Nome do projeto
home-save-name = Guardar o nome
home-cancel = Cancelar
home-delete = Eliminar
home-export = Exportar para um ficheiro
home-import = Importar um ficheiro de projeto
# Variables:
#   $name (String) - the draft's name or reference number
home-deleted = Projeto eliminado: { $name }.
home-undo = Anular
# Variables:
#   $name (String) - the draft's name or reference number
home-imported = Projeto importado: { $name }.
# Variables:
#   $name (String) - the draft's name or reference number
home-imported-copy = Este projeto já existia aqui, pelo que foi importado como cópia: { $name }.
home-import-malformed = Este ficheiro não é um projeto do Tandem. Nada foi alterado.
home-import-too-large = Este ficheiro é demasiado grande para um projeto do Tandem. Nada foi alterado.
home-import-newer = Este projeto foi criado por uma versão mais recente do Tandem. Nada foi alterado.
home-import-unknown = Este projeto refere-se a um tipo de pedido que esta versão do Tandem não contém. Nada foi alterado.
# Variables:
#   $reason (String) - the browser's reason
home-storage-failed = Este navegador recusou guardá-lo ({ $reason }). Nada foi alterado.
home-not-found = Este projeto não está neste navegador.
home-saving = A guardar…
home-preview = Pré-visualizar o PDF
home-preview-title = Pré-visualização do PDF
home-preview-download = Descarregar este PDF
