# Plazos de conservación (T-CY Rec. 16) en una solicitud de conservación, y solicitudes que derivan de ella.
preservation-heading = Plazo de conservación
preservation-needs = Indique el Estado requerido y la fecha de ejecución de la conservación para conocer su fecha de fin.
preservation-end-label = Fin previsto de la conservación
preservation-end = { $kind ->
    [date] { $date }
    [no-time-limit] Sin límite de tiempo, según la tabla del T-CY
    [not-fixed] No fijado en la tabla del T-CY, y el fundamento jurídico elegido no establece ningún plazo mínimo: pregunte a la autoridad requerida cuándo finaliza la conservación
   *[convention-minimum] No fijado en la tabla del T-CY: la única certeza es el mínimo de 60 días del Convenio (art. 29.7), hasta el { $date }
}
preservation-days-left = { $days ->
    [one] Queda { $days } día
   *[other] Quedan { $days } días
}
preservation-expired = El plazo de conservación ha vencido.
preservation-renewal-label = Prórroga o renovación
preservation-renewal = { $kind ->
    [days] { $n } días
    [months] { $n } meses
    [up-to-days] Hasta { $n } días
    [up-to-months] Hasta { $n } meses
    [not-permitted] No se permite prórroga
    [reported-not-permitted] Comunicado como no permitido (informe del T-CY, sección 3.2)
    [conditional] Sujeto a condiciones: véase el texto de la tabla
   *[unknown] No indicado en la tabla del T-CY
}
preservation-impractical = El T-CY considera que los plazos de conservación inferiores a 90 días sin posibilidad de al menos una renovación no son prácticos: envíe sin demora la solicitud de asistencia mutua.
preservation-table = Texto de la tabla del T-CY (en inglés, T-CY(2017)2, Rec. 16)
preservation-table-period = Plazo de conservación tras una solicitud extranjera
preservation-table-renewal = Condiciones y plazos de prórroga o renovación
preservation-table-notes = Comparación con la sección 3.2 del informe
preservation-table-missing = La tabla del T-CY no contiene ninguna entrada para este Estado.
preservation-extend = Solicitar una prórroga
preservation-follow-up = Preparar la solicitud de asistencia mutua
preservation-follow-up-kind = Datos que se solicitan
preservation-follow-up-create = Crear la solicitud
preservation-calendar = Añadir un recordatorio a mi calendario (.ics)
preservation-ics-summary = Fin de la conservación: { $reference } ({ $country })
preservation-ics-description = La conservación solicitada con la referencia { $reference } ({ $country }) finaliza el { $date }. Solicite una prórroga o envíe la solicitud de asistencia mutua antes de esa fecha.
preservation-links = Solicitudes vinculadas
preservation-link = { $kind ->
    [extension-of] Prórroga de la solicitud de conservación { $reference }
    [extended-by] Prorrogada por la solicitud { $reference }
    [follow-up-of] Continuación de la solicitud de conservación { $reference }
   *[followed-up-by] Continuada por la solicitud de asistencia mutua { $reference }
}
preservation-link-missing = Esta solicitud no está guardada en este navegador.
preservation-next-steps = Próximos pasos
preservation-follow-up-disclosure = Preparar la solicitud de revelación
preservation-link-disclosure = Continuada por la solicitud de revelación { $reference }
