# The title of each request type, shown on the home screen and in the drafts list; every other
# message of a request type is in templates/<request type>.ftl, loaded when such a request is open.

art29-preservation-title = Искане за експедитивно запазване на съхранявани компютърни данни
art31-subscriber-title = Искане за взаимна правна помощ за получаване на информация за абоната
art31-traffic-title = Искане за взаимна правна помощ за получаване на съхранявани данни за трафика
art31-content-title = Искане за взаимна правна помощ за получаване на съхранявани данни за съдържанието
emergency-disclosure-title = Спешно искане за разкриване на съхранявани компютърни данни
provider-preservation-title = Искане до доставчик на услуги за запазване на данни
provider-disclosure-title = Искане до доставчик на услуги за доброволно разкриване на информация за абоната, IP адреси и записи за влизане
reply-receipt-title = Потвърждение за получаване на искане
reply-preserved-title = Потвърждение за запазване
reply-action-title = Уведомление за предприетите действия
reply-clarification-title = Искане за пояснение
reply-refusal-title = Уведомление, че искането не може да бъде изпълнено
