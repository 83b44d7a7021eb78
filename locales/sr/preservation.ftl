# Рокови чувања (T-CY, препорука 16) у захтеву за чување и захтеви који следе.
preservation-heading = Рок чувања
preservation-needs = Наведите замољену државу и датум извршења чувања да бисте видели када рок истиче.
preservation-end-label = Очекивани истек чувања
preservation-end = { $kind ->
    [date] { $date }
    [no-time-limit] Без временског ограничења, према табели T-CY
    [not-fixed] Није утврђено у табели T-CY, а изабрани правни основ не прописује најкраће трајање: питајте замољени орган када чување истиче
   *[convention-minimum] Није утврђено у табели T-CY: једино извесно је најкраће трајање од 60 дана према Конвенцији (члан 29 став 7), до { $date }
}
preservation-days-left = { $days ->
    [one] Преостао је { $days } дан
    [few] Преостала су { $days } дана
   *[other] Преостало је { $days } дана
}
preservation-expired = Рок чувања је истекао.
preservation-renewal-label = Продужење или обнављање
preservation-renewal = { $kind ->
    [days] { $n } дана
    [months] { $n } месеци
    [up-to-days] До { $n } дана
    [up-to-months] До { $n } месеци
    [not-permitted] Продужење није дозвољено
    [reported-not-permitted] Пријављено као недозвољено (извештај T-CY, одељак 3.2)
    [conditional] Под условима: видети текст табеле
   *[unknown] Није наведено у табели T-CY
}
preservation-impractical = T-CY сматра да рокови чувања краћи од 90 дана без могућности бар једног обнављања нису практични: без одлагања пошаљите захтев за узајамну правну помоћ.
preservation-table = Текст табеле T-CY (на енглеском, T-CY(2017)2, препорука 16)
preservation-table-period = Рок чувања после страног захтева
preservation-table-renewal = Услови и рокови продужења или обнављања
preservation-table-notes = Поређење са одељком 3.2 извештаја
preservation-table-missing = Табела T-CY нема податке за ову државу.
preservation-extend = Затражите продужење
preservation-follow-up = Припремите захтев за узајамну правну помоћ
preservation-follow-up-kind = Подаци који се траже
preservation-follow-up-create = Направите захтев
preservation-calendar = Додајте подсетник у мој календар (.ics)
preservation-ics-summary = Истек чувања: { $reference } ({ $country })
preservation-ics-description = Чување затражено под бројем { $reference } ({ $country }) истиче { $date }. Пре тог датума затражите продужење или пошаљите захтев за узајамну правну помоћ.
preservation-links = Повезани захтеви
preservation-link = { $kind ->
    [extension-of] Продужење захтева за чување { $reference }
    [extended-by] Продужено захтевом { $reference }
    [follow-up-of] Наставак захтева за чување { $reference }
   *[followed-up-by] Настављено захтевом за узајамну правну помоћ { $reference }
}
preservation-link-missing = Овај захтев није сачуван у овом прегледачу.
preservation-next-steps = Следећи кораци
preservation-follow-up-disclosure = Припремите захтев за откривање података
preservation-link-disclosure = Настављено захтевом за откривање података { $reference }
