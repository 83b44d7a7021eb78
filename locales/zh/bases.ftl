# 请求可依据的法律依据（templates/bases.toml），在表单中选择。`$basis` 是该文件中某一依据的标识
# （尚未选择时为 `none`）；条款编号（`$articles`，共 `$count` 条）取自 bases.toml，在各语言中写法相同。

## 各项文书，按表单选项和请求法律依据行中的名称

basis-budapest = 《网络犯罪公约》（ETS第185号）
basis-protocol2 = 《关于加强合作和披露电子证据的网络犯罪公约第二附加议定书》（CETS第224号）
basis-untoc = 《联合国打击跨国有组织犯罪公约》
basis-un-cybercrime = 《联合国打击网络犯罪公约》
basis-ets30 = 《欧洲刑事司法协助公约》（ETS第30号）
basis-ets30-p2 = 《欧洲刑事司法协助公约第二附加议定书》（ETS第182号）
basis-cis-minsk-1993 = 《关于民事、家事和刑事案件司法协助和法律关系的公约》（1993年1月22日，明斯克）
basis-cis-chisinau-2002 = 《关于民事、家事和刑事案件司法协助和法律关系的公约》（2002年10月7日，Chisinau）
basis-cis-it-crime-2018 = 《独立国家联合体成员国打击信息技术领域犯罪合作协定》（2018年9月28日，Dushanbe）
basis-arab-ito-2010 = 《阿拉伯打击信息技术犯罪公约》（2010年12月21日，开罗）
basis-bilateral = 请求国与被请求国之间的双边条约
basis-reciprocity = 互惠（两国之间不适用任何司法协助条约）

## 请求标题下方打印的法律依据行

# 请求所依据的文书条款，例如“第 18(1), 18(3)(i) 条”。
basis-articles = { $count ->
       *[other] 第 { $articles } 条
    }
# `$treaty`：用户填写（并翻译）的双边条约及其条款。
basis-legal-basis = { $basis ->
        [budapest] { basis-budapest }，{ basis-articles }
        [protocol2] { basis-protocol2 }，{ basis-articles }；该议定书仅在其缔约国之间适用
        [untoc] { basis-untoc }，{ basis-articles }
        [un-cybercrime] { basis-un-cybercrime }，{ basis-articles }
        [ets30] { basis-ets30 }，{ basis-articles }
        [ets30-p2] { basis-ets30-p2 }，{ basis-articles }；该议定书仅在同为该议定书和该公约缔约国的国家之间适用
        [cis-minsk-1993] { basis-cis-minsk-1993 }，{ basis-articles }
        [cis-chisinau-2002] { basis-cis-chisinau-2002 }，{ basis-articles }
        [cis-it-crime-2018] { basis-cis-it-crime-2018 }，{ basis-articles }
        [arab-ito-2010] { basis-arab-ito-2010 }，{ basis-articles }
        [bilateral] { basis-bilateral }：{ $treaty }
        [reciprocity] 依据互惠原则提出的请求；请求国与被请求国之间不适用任何司法协助条约
       *[none] 尚未选择法律依据
    }

## 表单中的选择（从不打印：请求中显示上述法律依据行）

basis-heading = 国际法律依据
# `$match`：所选文书对本请求的规定（templates/bases.toml）：`specific`、`general`、`user`（双边条约）、
# `none`（互惠）、`unchosen`；`$request`：请求类型（`preservation`、`subscriber`、`traffic`、`content`、`emergency`）。
basis-choice = 本请求所依据的条约或其他国际依据
    .hint = { $match ->
        [specific] 所选文书载有专门适用于本请求的条款，这些条款在请求开头援引。仅在该文书对请求国和被请求国均适用时选择。
        [general] { $request ->
            [preservation] 所选文书没有关于快速保全的条款：本请求依据其在请求开头援引的关于相互协助的通用规定。数据是否保全以及保全多长时间，取决于被请求国的法律。
           *[other] 所选文书没有专门适用于本请求的条款：本请求依据其在请求开头援引的关于相互协助的通用规定。
        }
        [user] 请填写条约名称以及本请求所依据的条款：这些内容打印在请求开头。
        [none] 两国之间不适用任何条约：本请求依据互惠原则，不援引任何条款。请在相应部分说明贵方的国内法律依据。
       *[unchosen] 请选择对请求国和被请求国均适用的条约。其条款在请求开头以及请求中提及这些条款的各处援引。
    }
basis-bilateral-treaty = 条约名称和日期，以及本请求所依据的条款
# 请求方所作的核实，仅在所查阅的资料显示某文书尚未生效或其状况不明时显示（`$status`：`not-in-force`、
# `unknown`；`$as-of`：该资料的日期，格式为 YYYY-MM-DD）。从不打印：从不向收件方说明其本国法律。
basis-in-force = { $basis ->
        [protocol2] 本人已核实两国均为《网络犯罪公约》第二附加议定书的缔约国，且该议定书在两国之间有效
        [ets30-p2] 本人已核实两国均为《欧洲刑事司法协助公约》第二附加议定书的缔约国，且该议定书在两国之间有效
       *[other] 本人已核实两国均为所选文书的缔约国，且该文书在两国之间有效
    }
    .hint = { $status ->
        [not-in-force] 根据本应用所查阅的资料，该文书截至 { $as-of } 尚未生效。在援引之前，请向贵国中央机关或保存机关核实。此项核实仅供您本人使用，从不打印在请求中。
       *[unknown] 本应用所查阅的资料未显示该文书是否已生效。在援引之前，请向贵国中央机关或保存机关核实。此项核实仅供您本人使用，从不打印在请求中。
    }
