# Ecrãs da aplicação.

app-name = Tandem
app-tagline = Pedidos transfronteiriços de prova eletrónica, em duas línguas
app-ui-language = Língua da interface
# Shown beside a language in the language menus when its translation is machine-drafted.
app-machine-translation = tradução automática, ainda não revista
app-language-search = Procurar uma língua (nome ou código)
app-language-none = Nenhuma língua corresponde ao que escreveu.
app-language-group-latin = Alfabeto latino
app-language-group-cyrillic = Alfabeto cirílico
app-language-group-rtl = Escritas árabe e hebraica
app-language-group-other = Outras escritas
app-document-languages = Línguas do documento
app-document-language-a = Língua da autoridade requerente
app-document-language-b = Língua do Estado requerido
# Shown when the language chosen for one side of the document was the other side's: the two
# change places. A one-language PDF is made with a single-language layout at export.
app-languages-swapped = A língua da autoridade requerente e a língua do Estado requerido trocaram de lugar: as duas línguas do documento são sempre diferentes. Para um PDF numa só língua, mantenha aqui duas línguas e escolha uma paginação numa só língua ao exportar.
app-export-pdf = Exportar em PDF
app-export-consultation = Exportar projeto para consulta
app-exporting = A preparar o PDF…
# Variables:
#   $reason (String) - what went wrong, as reported by the PDF engine
app-export-failed = Não foi possível gerar o PDF: { $reason }
app-export-font-missing = a fonte { $font } ainda não está neste dispositivo. É guardada na primeira vez que se gera um PDF nesta língua com ligação à Internet: ligue-se uma vez e gere novamente o PDF.
app-saved = Guardado neste navegador
# Variables:
#   $reason (String) - the browser's reason
app-save-failed = Este navegador recusou guardar o projeto ({ $reason }). Descarregue-o agora para não perder nada.
app-download-draft = Descarregar o projeto
app-privacy = Tudo fica neste navegador: nada do que escrever é enviado para lado nenhum.
app-request-type = Tipo de pedido
app-template-loading = A carregar este tipo de pedido…
app-template-failed = Não foi possível carregar este tipo de pedido. Verifique a ligação e tente novamente: nada foi perdido.
app-load-failed = Não foi possível carregar esta parte do Tandem. Verifique a ligação e tente novamente: nada foi perdido.
app-choose = Escolha…
app-required = obrigatório
app-errors-heading = Foi detetado um problema
# Variables:
#   $done (Number) - required items answered
#   $total (Number) - required items in the template
#   $translate (Number) - answers whose wording in the other document language is still missing
app-completeness = { $translate ->
    [0] Campos obrigatórios preenchidos: { $done } de { $total }
    [one] Campos obrigatórios preenchidos: { $done } de { $total } · { $translate } resposta por traduzir
   *[other] Campos obrigatórios preenchidos: { $done } de { $total } · { $translate } respostas por traduzir
}

# Linhas repetíveis e identificadores.
app-add-row = Acrescentar uma linha
app-remove-row = Remover
app-move-up = Mover para cima
app-move-down = Mover para baixo
# Variables:
#   $number (String) - the row's number, e.g. 10.2
app-row = Linha { $number }
app-add-identifier = Acrescentar um identificador
identifier-type = Tipo de identificador
identifier-type-ip = Endereço IP
identifier-type-email = Endereço de correio eletrónico
identifier-type-phone = Número de telefone
identifier-type-account = Conta ou identificador de utilizador
identifier-type-username = Nome de utilizador
identifier-type-url = URL
identifier-type-domain = Nome de domínio
identifier-type-device = Identificador do dispositivo (IMEI, endereço MAC, número de série)
identifier-value = Identificador
identifier-port = Porta de origem
identifier-at = Data e hora de utilização
identifier-from = Dados desde
identifier-to = Dados até
app-date = Data
app-time = Hora
app-time-zone = Fuso horário
app-choose-time-zone = Escolha o fuso horário…
# Variables:
#   $zone (String) - the office's UTC offset, e.g. UTC+04:00
app-time-zone-office = { $zone } — fuso horário da autoridade requerente
app-currency = Moeda
app-utc-equivalent = Equivalente em UTC
app-translation = Texto na outra língua do documento

# Mensagens de validação, apresentadas junto ao campo e no resumo.
validation-required = Responda a esta pergunta.
validation-choose-one = Escolha uma das opções.
validation-exclusive = «Nenhuma das anteriores» não pode ser assinalada juntamente com outra opção.
validation-email = Introduza um endereço de correio eletrónico como nome@example.org.
validation-phone = Introduza o número em formato internacional, começando por + e o indicativo do país, como +995 32 200 00 00.
validation-url = Introduza um endereço web completo começado por https:// ou http://.
validation-domain = Introduza um nome de domínio como example.org.
validation-ip = Introduza um endereço IPv4 como 192.0.2.10 ou um endereço IPv6 como 2001:db8::1.
validation-port = Introduza um número de porta entre 1 e 65535.
validation-ip-port-missing = Indique a porta de origem: quando o endereço é partilhado, o prestador pode não conseguir identificar o assinante sem ela.
validation-ip-time-missing = Indique a data e a hora exatas, com o respetivo fuso horário, em que o endereço IP foi utilizado.
validation-date = Introduza a data no formato ano-mês-dia, por exemplo 2026-11-22.
validation-date-time = Introduza uma data e uma hora.
validation-time-zone-missing = Escolha o fuso horário desta hora.
validation-time-zone = Escolha um fuso horário.
validation-country = Escolha um país da lista.
validation-amount = Introduza o montante em algarismos, com um ponto antes dos cêntimos, se os houver, por exemplo 4500 ou 4500.50.
validation-currency = Escolha a moeda do montante.
validation-identifier-type = Escolha o tipo deste identificador.
validation-identifier-missing = Acrescente pelo menos um identificador dos dados pretendidos.
validation-range-open = Indique o início e o fim do período.
validation-range-order = O fim do período é anterior ao seu início.
validation-dates-order = Esta data é anterior à data a que deve suceder.
validation-us-damage-threshold = Os Estados Unidos recusam geralmente pedidos relativos a danos inferiores a 5000 USD: pondere se este pedido pode ser executado nesse país.
validation-period-long = Este período é mais longo do que os pedidos deste tipo costumam justificar: peça apenas o período de que a investigação necessita, ou explique no pedido por que razão o pede.
validation-recommended = Recomendado: os pedidos sem este elemento são frequentemente recusados ou devolvidos.
validation-answers-differ = Esta resposta difere da mesma informação prestada anteriormente no pedido.
validation-untranslated = Indique o texto desta resposta na outra língua do documento ou assinale «Igual nas duas línguas» ou «Deixar sem tradução».
validation-answers-contradict = Esta resposta contradiz a situação do pedido: um pedido na sequência de um pedido de conservação significa que a conservação foi pedida.
app-layout = Paginação do PDF
app-layout-side-by-side = As duas línguas do documento lado a lado
app-layout-target-only = Apenas a língua do Estado requerido
app-layout-single = Apenas a língua da autoridade requerente
