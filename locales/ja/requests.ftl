# The title of each request type, shown on the home screen and in the drafts list; every other
# message of a request type is in templates/<request type>.ftl, loaded when such a request is open.

art29-preservation-title = 蔵置されたコンピュータ・データの迅速な保全の要請
art31-subscriber-title = 加入者情報に関する相互援助の要請
art31-traffic-title = 蔵置された通信記録に関する相互援助の要請
art31-content-title = 蔵置された通信内容に関する相互援助の要請
emergency-disclosure-title = 蔵置されたコンピュータ・データの緊急開示の要請
provider-preservation-title = サービス・プロバイダに対するデータの保全の要請
provider-disclosure-title = サービス・プロバイダに対する加入者情報、IPアドレス及びログイン記録の任意の開示の要請
reply-receipt-title = 要請の受領確認
reply-preserved-title = 保全の確認
reply-action-title = とられた措置の通知
reply-clarification-title = 追加説明の要請
reply-refusal-title = 要請を執行できない旨の通知
