# Fundamentos jurídicos en los que puede basarse una solicitud (templates/bases.toml), elegidos en el formulario.
# `$basis` es el identificador de un fundamento de ese archivo (`none` mientras no se haya elegido ninguno); los
# números de artículo (`$articles`, `$count` de ellos) proceden de bases.toml y se escriben igual en todos los idiomas.

## Los instrumentos, tal como se nombran en la elección del formulario y en la línea del fundamento jurídico de la solicitud

basis-budapest = Convenio sobre la Ciberdelincuencia (STE n.º 185)
basis-protocol2 = Segundo Protocolo adicional al Convenio sobre la Ciberdelincuencia relativo a la cooperación reforzada y la revelación de pruebas electrónicas (STCE n.º 224)
basis-untoc = Convención de las Naciones Unidas contra la Delincuencia Organizada Transnacional
basis-un-cybercrime = Convención de las Naciones Unidas contra la Ciberdelincuencia
basis-ets30 = Convenio Europeo de Asistencia Judicial en Materia Penal (STE n.º 30)
basis-ets30-p2 = Segundo Protocolo adicional al Convenio Europeo de Asistencia Judicial en Materia Penal (STE n.º 182)
basis-cis-minsk-1993 = Convención sobre asistencia jurídica y relaciones jurídicas en materia civil, familiar y penal (Minsk, 22 de enero de 1993)
basis-cis-chisinau-2002 = Convención sobre asistencia jurídica y relaciones jurídicas en materia civil, familiar y penal (Chisináu, 7 de octubre de 2002)
basis-cis-it-crime-2018 = Acuerdo de cooperación de los Estados miembros de la Comunidad de Estados Independientes en la lucha contra los delitos en el ámbito de las tecnologías de la información (Dusambé, 28 de septiembre de 2018)
basis-arab-ito-2010 = Convención Árabe sobre la Lucha contra los Delitos de Tecnología de la Información (El Cairo, 21 de diciembre de 2010)
basis-bilateral = Tratado bilateral entre el Estado requirente y el Estado requerido
basis-reciprocity = Reciprocidad (no se aplica entre ambos Estados ningún tratado de asistencia mutua)

## La línea del fundamento jurídico impresa bajo el título de la solicitud

# Los artículos del instrumento en los que se basa la solicitud, p. ej. «artículos 18(1), 18(3)(i)».
basis-articles = { $count ->
        [one] artículo { $articles }
       *[other] artículos { $articles }
    }
# `$treaty`: el tratado bilateral y sus artículos, tal como los escribió (y tradujo) el usuario.
basis-legal-basis = { $basis ->
        [budapest] { basis-budapest }, { basis-articles }
        [protocol2] { basis-protocol2 }, { basis-articles }; el Protocolo solo se aplica entre los Estados que son Partes en él
        [untoc] { basis-untoc }, { basis-articles }
        [un-cybercrime] { basis-un-cybercrime }, { basis-articles }
        [ets30] { basis-ets30 }, { basis-articles }
        [ets30-p2] { basis-ets30-p2 }, { basis-articles }; el Protocolo solo se aplica entre los Estados que son Partes en él y en el Convenio
        [cis-minsk-1993] { basis-cis-minsk-1993 }, { basis-articles }
        [cis-chisinau-2002] { basis-cis-chisinau-2002 }, { basis-articles }
        [cis-it-crime-2018] { basis-cis-it-crime-2018 }, { basis-articles }
        [arab-ito-2010] { basis-arab-ito-2010 }, { basis-articles }
        [bilateral] { basis-bilateral }: { $treaty }
        [reciprocity] Solicitud formulada sobre la base de la reciprocidad; no se aplica entre el Estado requirente y el Estado requerido ningún tratado de asistencia mutua
       *[none] Fundamento jurídico aún no elegido
    }

## La elección en el formulario (nunca se imprime: la solicitud muestra la línea del fundamento jurídico anterior)

basis-heading = Fundamento jurídico internacional
# `$match`: lo que el instrumento elegido prevé para esta solicitud (templates/bases.toml): `specific`,
# `general`, `user` (un tratado bilateral), `none` (reciprocidad), `unchosen`; `$request`: el tipo de
# solicitud (`preservation`, `subscriber`, `traffic`, `content`, `emergency`).
basis-choice = Tratado u otro fundamento internacional en el que se basa la solicitud
    .hint = { $match ->
        [specific] El instrumento elegido contiene artículos específicos para esta solicitud; se citan al principio de la solicitud. Elíjalo solo si vincula tanto al Estado requirente como al Estado requerido.
        [general] { $request ->
            [preservation] El instrumento elegido no contiene ningún artículo sobre la conservación rápida: la solicitud se basa en sus disposiciones generales sobre asistencia mutua, citadas al principio de la solicitud. Si los datos se conservan, y durante cuánto tiempo, depende del derecho del Estado requerido.
           *[other] El instrumento elegido no contiene ningún artículo específico para esta solicitud: la solicitud se basa en sus disposiciones generales sobre asistencia mutua, citadas al principio de la solicitud.
        }
        [user] Indique el tratado y los artículos en los que se basa la solicitud: se imprimen al principio de la solicitud.
        [none] No se aplica ningún tratado entre ambos Estados: la solicitud se basa en la reciprocidad y no cita ningún artículo. Indique su fundamento jurídico de derecho interno en la sección correspondiente.
       *[unchosen] Elija el tratado que vincula tanto al Estado requirente como al Estado requerido. Sus artículos se citan al principio de la solicitud y dondequiera que la solicitud se remita a ellos.
    }
basis-bilateral-treaty = Título y fecha del tratado, y artículos en los que se basa la solicitud
# Una comprobación que hace el solicitante, mostrada solo para un instrumento que no estaba en vigor, o cuya
# situación no se conoce, en las fuentes consultadas (`$status`: `not-in-force`, `unknown`; `$as-of`: la fecha
# de esa fuente, como AAAA-MM-DD). Nunca se imprime: nunca se explica al destinatario su propio derecho.
basis-in-force = { $basis ->
        [protocol2] He comprobado que ambos Estados son Partes en el Segundo Protocolo adicional al Convenio sobre la Ciberdelincuencia y que este está en vigor entre ellos
        [ets30-p2] He comprobado que ambos Estados son Partes en el Segundo Protocolo adicional al Convenio Europeo de Asistencia Judicial en Materia Penal y que este está en vigor entre ellos
       *[other] He comprobado que ambos Estados son Partes en el instrumento elegido y que este está en vigor entre ellos
    }
    .hint = { $status ->
        [not-in-force] Según las fuentes consultadas para esta aplicación, este instrumento aún no estaba en vigor el { $as-of }. Consulte a su autoridad central o al depositario antes de basarse en él. Comprobación para su propio uso: nunca se imprime en la solicitud.
       *[unknown] Las fuentes consultadas para esta aplicación no indican si este instrumento está en vigor. Consulte a su autoridad central o al depositario antes de basarse en él. Comprobación para su propio uso: nunca se imprime en la solicitud.
    }
