# The route guide on the home screen ("Which request do I need?"): five questions lead to the
# request to start with and the next steps, each with a one-line reason. It recommends, following
# public guidance (UNODC tips for Central Asia and the Southern Caucasus); the official decides.
# The titles of the request types it names are those of requests.ftl.

guide-title = 我需要提出哪种请求？
guide-intro = 回答五个问题，即可依据公开指南（联合国机构UNODC为侦查人员和检察官提供的提示），确定应从哪项请求着手以及下一步如何进行。您的回答仅保留在本页面：不会被存储，也不会被发送到任何地方。

# Question 1 and its options.
guide-data = 您需要哪些数据？
guide-data-subscriber = 订户信息：账户由谁持有
guide-data-traffic = 流量数据：IP地址、登录记录、连接日志
guide-data-content = 内容数据：消息、文件、图片、帖子

# Question 2; answered with guide-yes or guide-no.
guide-emergency = 是否有人的生命面临危险，或是否有人即将受到严重伤害？

# Question 3 and its options.
guide-reach = 服务提供者是否直接接受外国机关就这些数据提出的请求？
    .hint = 例如，设在美国的服务提供者可以直接向外国机关披露内容数据以外的数据。如不确定，请询问服务提供者或被请求国的机关。
guide-reach-direct = 是，直接接受
guide-reach-state = 否，仅通过被请求国
guide-reach-unsure = 不确定

# Question 4; answered with guide-yes or guide-no.
guide-preserved = 数据是否已经予以保全？

# Question 5 and its options.
guide-basis = 贵国与被请求国之间以何为合作依据？
guide-basis-budapest = 两国均为《网络犯罪公约》缔约国
guide-basis-treaty = 其他条约：双边条约、区域条约或联合国公约
guide-basis-reciprocity = 无条约：互惠或国内法

guide-yes = 是
guide-no = 否

# The recommendation, shown once every question is answered.
guide-incomplete = 请回答每个问题，以查看应从何处着手。
guide-advice = 从何处着手
guide-fallback = 如服务提供者未答复或予以拒绝
# The button of each recommended request: opens a new draft of that type.
guide-open = 新建此请求
guide-disclaimer = 本建议依据公开指南得出，并非法律意见：决定由您作出，必要时会同被请求国的机关作出。

# Why each request is recommended (one line each).
guide-why-emergency-provider = 使用服务提供者的紧急披露渠道（本请求第3节）：服务提供者在认为有人生命面临危险时，自行决定是否披露。
guide-why-emergency-network = 通过贵方24/7联络点发送，或作为紧急司法协助请求发送。在第3节中，仅当第二附加议定书对两国均已生效时，方可选择第二附加议定书第9条或第10条；否则请写明渠道和法律依据。
guide-why-emergency-other = 发送至被请求国的主管机关；在第3节中写明渠道和法律依据（条约或互惠）。
guide-why-preserve-provider = 首先请求保全数据，因为数据随时可能被删除：将请求直接发送给服务提供者，并将副本发送给被请求国的主管机关。
guide-why-preserve-network = 首先请求保全数据，因为数据随时可能被删除：通过贵方24/7联络点（24/7网络，《网络犯罪公约》第35条）发送请求。
guide-why-preserve-authority = 首先请求保全数据，因为数据随时可能被删除：如两国均属24/7网络，通过24/7网络发送请求；否则发送至被请求国的侦查或起诉机关。
guide-why-provider-disclosure = 请求服务提供者提供数据：有些服务提供者直接向外国机关披露内容数据以外的数据，并自行决定是否披露。
guide-why-fallback = 通过被请求国，就同一数据提出司法协助请求。
guide-why-mla = 通过司法协助获取数据：数据保全后，请从速准备该请求。
guide-why-mla-content = 内容数据通过司法协助获取：例如，设在美国的服务提供者仅可直接向外国机关披露内容数据以外的数据。数据保全后，请从速准备该请求。

# What qualifies the recommendation, when it applies.
guide-note-unsure = 请向服务提供者和被请求国的机关核实该服务提供者是否直接接受外国机关的请求：有些服务提供者不配合执法。在核实之前，请通过被请求国提出请求。
guide-note-emergency = 紧急请求写明其后将进行的法律程序：接下来的各项请求即为该后续程序，以便将数据作为证据获取。
guide-note-preserved = 请在保全期限届满前发送披露请求：各国和各服务提供者的保全期限各不相同。
guide-note-treaty = 适用相同的请求类型：在表格中选择该条约作为法律依据，并查阅条约文本，确认各项措施（特别是快速保全）由哪一条规定。
guide-note-reciprocity = 适用相同的请求类型：在表格中选择互惠或国内法作为法律依据。没有条约时，被请求国是否提供协助以及如何提供，取决于其法律：请先询问该国的机关。
