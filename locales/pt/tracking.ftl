# The request log: what became of a request once it was sent (T-CY Recommendation 9: confirmation
# of receipt and notice of action taken). Kept in this browser with the draft; never printed.

tracking-heading = Após o envio
tracking-intro = O registo do seu serviço relativo a este pedido: quando foi enviado e as respostas recebidas. Permanece neste navegador com o projeto e nunca é impresso no pedido.
tracking-status = Situação
tracking-status-draft = Ainda não enviado
tracking-status-sent = Enviado
tracking-status-receipt-confirmed = Receção confirmada
tracking-status-executed = Conservação executada
tracking-status-answered = Medidas tomadas
tracking-status-clarification-asked = Esclarecimentos pedidos
tracking-status-refused = Não pode ser executado
tracking-status-closed = Encerrado

# Recording the request as sent.
tracking-sent-on = Data de envio
tracking-channel = Meio de envio
tracking-channel-email = Correio eletrónico
tracking-channel-portal = Portal da autoridade ou do prestador de serviços
tracking-channel-post = Correio postal ou estafeta
tracking-channel-diplomatic = Via diplomática
tracking-channel-other = Outro meio
tracking-mark-sent = Registar como enviado
# Variables:
#   $date (String) - the date sent, e.g. 2026-11-02
#   $channel (String) - how it was sent, e.g. "E-mail"
tracking-sent = Enviado em { $date } ({ $channel }).
# Variables:
#   $date (String) - the date by which a confirmation of receipt is expected, e.g. 2026-11-12
tracking-due = Aviso de receção esperado até { $date }.
# Variables:
#   $days (Number) - the days to wait for a confirmation of receipt, as set on the home screen
tracking-overdue = { $days ->
    [one] Nenhum aviso de receção no prazo de { $days } dia após o envio: faça o seguimento do pedido.
   *[other] Nenhum aviso de receção no prazo de { $days } dias após o envio: faça o seguimento do pedido.
}
tracking-reminder = Lembrete de calendário (.ics)
# The calendar reminder's title and text.
# Variables:
#   $reference (String) - the request's reference number
tracking-ics-summary = Aviso de receção em falta: pedido { $reference }
# Variables:
#   $reference (String) - the request's reference number
#   $date (String) - the date sent, e.g. 2026-11-02
tracking-ics-description = O pedido { $reference } foi enviado em { $date } e a sua receção ainda não foi confirmada. Peça à autoridade requerida um aviso de receção.
# Variables:
#   $date (String) - the last day the data are kept, e.g. 2027-02-03
tracking-preserved-until = A autoridade requerida confirmou a conservação até { $date }.

# Answers received.
tracking-answers = Respostas recebidas
tracking-answers-none = Ainda não foi registada nenhuma resposta.
# Variables:
#   $kind (String) - the kind of answer, e.g. "Confirmation of receipt of a request"
#   $date (String) - the answer's date, e.g. 2026-11-04
tracking-answer-line = { $kind } de { $date }
# Variables:
#   $reference (String) - the answering authority's reference
tracking-answer-their-reference = Referência da autoridade que responde: { $reference }
# Variables:
#   $reasons (String) - the reasons given, separated by commas
tracking-answer-reasons-given = Motivos: { $reasons }
tracking-answer-from-pdf = Lida a partir do PDF da resposta
tracking-answer-by-hand = Introduzida manualmente

# Entering an answer by hand (one received on paper, by e-mail or by telephone).
tracking-enter = Introduzir manualmente uma resposta recebida
tracking-answer-kind = Resposta
tracking-answer-date = Data da resposta
tracking-answer-reference = Referência da autoridade que responde
tracking-answer-ends-on = Dados conservados até
tracking-answer-reasons = Motivos
tracking-reason-incomplete = Pedido incompleto
tracking-reason-wrong-addressee = Autoridade ou entidade jurídica errada
tracking-reason-identification = Informações insuficientes para identificar o utilizador ou os dados
tracking-reason-not-held = Dados não disponíveis
tracking-reason-retention-expired = Dados já não armazenados
tracking-reason-legal-obstacle = Obstáculo jurídico
tracking-reason-dual-criminality = Dupla incriminação não verificada
tracking-reason-other = Outro motivo
tracking-record = Registar a resposta
tracking-date-needed = Indique a data no formato ano-mês-dia, por exemplo 2026-11-04.

# Closing and reopening, and the office's offence category for its statistics.
tracking-close = Encerrar o pedido
tracking-reopen = Reabrir o pedido
# Variables:
#   $date (String) - the day the request was closed, e.g. 2026-12-01
tracking-closed = Encerrado em { $date }.
tracking-category = Categoria de infração, para as estatísticas do seu serviço
tracking-category-none = Não escolhida
tracking-category-confidentiality = Infrações contra a confidencialidade, integridade e disponibilidade de sistemas informáticos e dados informáticos
tracking-category-computer-related = Falsificação informática ou burla informática
tracking-category-content = Infrações relacionadas com o conteúdo
tracking-category-copyright = Infrações respeitantes a violações do direito de autor e dos direitos conexos
tracking-category-other = Outras infrações

# Recording an answer from its PDF (home screen).
tracking-open-answer = Registar uma resposta recebida (o respetivo PDF)
# Variables:
#   $kind (String) - the kind of answer, e.g. "Confirmation of receipt of a request"
#   $reference (String) - the request's reference number
tracking-recorded = Registado para o pedido { $reference }: { $kind }.
# Variables:
#   $reference (String) - the request's reference number
tracking-already = Esta resposta já está registada para o pedido { $reference }.
# Variables:
#   $reference (String) - the reference of the request the answer names
tracking-no-match = Nenhum pedido neste navegador corresponde a esta resposta (que se refere ao pedido { $reference }). Importe primeiro o ficheiro de projeto do pedido; um pedido bloqueado tem de ser desbloqueado. Nada foi guardado.
# Variables:
#   $reference (String) - the reference of the request the answer names
tracking-several = Vários pedidos neste navegador têm a referência { $reference }, e nenhum deles foi impresso com o código de verificação indicado nesta resposta. Introduza a resposta manualmente no pedido certo. Nada foi guardado.
tracking-not-answer = Este PDF é um pedido, não uma resposta a um pedido: abra-o em «Pedidos recebidos». Nada foi guardado.
tracking-is-answer = Este PDF é uma resposta a um pedido, não um pedido: registe-o com «Registar uma resposta recebida». Nada foi guardado.

# The request log on the home screen: filters, and the days to wait for a confirmation.
tracking-filter-status = Situação
tracking-filter-country = País
tracking-filter-type = Tipo de pedido
tracking-filter-all = Todos
tracking-filter-overdue = Apenas os pedidos cujo aviso de receção está em atraso
tracking-confirm-days = Dias de espera por um aviso de receção
tracking-overdue-flag = Aviso de receção em atraso
# Variables:
#   $shown (Number) - drafts shown
#   $total (Number) - drafts stored
tracking-filtered = { $shown } de { $total } apresentados
