art29-preservation-title = Pedido de conservação expedita de dados informáticos armazenados
art31-subscriber-title = Pedido de auxílio mútuo para obtenção de dados relativos aos assinantes
art31-traffic-title = Pedido de auxílio mútuo para obtenção de dados de tráfego armazenados
art31-content-title = Pedido de auxílio mútuo para obtenção de dados de conteúdo armazenados
emergency-disclosure-title = Pedido de divulgação, em situação de emergência, de dados informáticos armazenados
provider-preservation-title = Pedido de conservação de dados dirigido a um prestador de serviços
provider-disclosure-title = Pedido de divulgação voluntária de dados relativos aos assinantes, endereços IP e registos de início de sessão dirigido a um prestador de serviços
