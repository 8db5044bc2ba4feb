"""Soft rejections in Italian, Portuguese, German, French, Spanish and Dutch (helper w6, issue
11, sixth corpus pass; written for rejectwatch): warm, hedged or choice-of-someone-else
decisions, several with the CV kept on file afterwards (families w6-world-*). Fewer messages
per language than their negatives: with more refusals than confirmations in a language, a
held-out confirmation family in it scored as a rejection out of fold. The hard
negatives of the same shapes (confirmations with a conditional, invitations) are in
confirmations/ and interviews/ world_letters.py.
"""

from __future__ import annotations

from ..voices.soft_decisions import SETUP, fam

REJ = "rejection"

IT = fam(
    "w6-world-it-esito",
    12,
    ["{rfull} <{rmail}>", "Ufficio Selezione {company} <selezione@{cdomain}>"],
    [
        "Esito della selezione - {role}",
        "La sua candidatura",
        "Aggiornamento candidatura {role}",
        "Re: colloquio",
    ],
    ["Gentile {first},", "Buongiorno {first},", "Gentile {first} {last},", "Ciao {first},"],
    [
        "La ringraziamo per l'interesse dimostrato verso {company} e per il tempo dedicato al colloquio.",
        "Grazie per la candidatura e per la piacevole chiacchierata di {weekday}.",
        "",
    ],
    [
        "Dopo un'attenta valutazione abbiamo scelto di proseguire con un profilo più vicino alle esigenze attuali del team.",
        "Le comunichiamo che la posizione è stata assegnata a un altro candidato.",
        "Purtroppo la sua candidatura non è stata selezionata per le fasi successive.",
        "Abbiamo deciso di procedere con altri candidati, la cui esperienza corrisponde meglio al ruolo.",
        "Il team ha optato per una persona con più esperienza nel settore.",
    ],
    [
        "Conserveremo il suo CV nel nostro database per eventuali opportunità future.",
        "Le auguriamo il meglio per il suo percorso professionale.",
        "",
    ],
    [
        "Cordiali saluti,\n{rfull}",
        "Un caro saluto,\n{rfirst}",
        "Distinti saluti,\nUfficio Risorse Umane",
    ],
    setup=SETUP,
    kind=REJ,
)
PT = fam(
    "w6-world-pt-retorno",
    12,
    ["{rfull} <{rmail}>", "Recrutamento {company} <vagas@{cdomain}>"],
    [
        "Retorno sobre o processo seletivo - {role}",
        "Sua candidatura",
        "Processo seletivo {company}",
        "Atualização: {role}",
    ],
    ["Olá {first},", "Prezado(a) {first},", "Caro {first},", "Oi {first}, tudo bem?"],
    [
        "Agradecemos muito o seu interesse em fazer parte da {company}.",
        "Obrigado pela conversa e pelo tempo dedicado ao nosso processo.",
        "",
    ],
    [
        "Após uma análise cuidadosa, optamos por seguir com outro candidato cujo perfil está mais alinhado à vaga neste momento.",
        "Informamos que a vaga já foi preenchida.",
        "Neste momento, decidimos seguir com outros perfis para a posição de {role}.",
        "Infelizmente você não foi selecionado(a) para a próxima etapa.",
        "A equipa escolheu avançar com outra pessoa para esta função.",
    ],
    [
        "Seu currículo ficará em nosso banco de talentos para futuras oportunidades.",
        "Desejamos muito sucesso na sua jornada.",
        "",
    ],
    ["Abraços,\n{rfirst}", "Atenciosamente,\nEquipe de Talentos", "Cumprimentos,\n{rfull}"],
    setup=SETUP,
    kind=REJ,
)
DE = fam(
    "w6-world-de-entscheidung",
    14,
    ["{rfull} <{rmail}>", "{company} Recruiting <jobs@{cdomain}>"],
    [
        "Ihre Bewerbung als {role}",
        "Rückmeldung zu Ihrer Bewerbung",
        "Re: Gespräch am {weekday}",
        "Bewerbung {req}",
    ],
    [
        "Liebe/r {first} {last},",
        "Hallo {first},",
        "Sehr geehrte/r {first} {last},",
        "Guten Tag {first},",
    ],
    [
        "vielen Dank für Ihr Interesse und das angenehme Gespräch.",
        "herzlichen Dank für Ihre Geduld in den letzten Wochen.",
        "",
    ],
    [
        "Wir haben uns nach reiflicher Überlegung für eine Kandidatin entschieden, deren Profil noch genauer zu unseren Anforderungen passt.",
        "Die Stelle konnten wir inzwischen mit einer anderen Person besetzen.",
        "Leider können wir Ihnen keine positive Nachricht geben: Ihre Bewerbung wird nicht weiter berücksichtigt.",
        "Nach Abschluss der Gespräche haben wir uns für einen anderen Bewerber entschieden.",
    ],
    [
        "Gerne nehmen wir Ihre Unterlagen in unseren Talentpool auf.",
        "Für Ihren weiteren Weg wünschen wir Ihnen alles Gute.",
        "",
    ],
    [
        "Viele Grüße\n{rfull}",
        "Mit freundlichen Grüßen\n{rfull}\nPersonalabteilung",
        "Beste Grüße\n{rfirst}",
    ],
    setup=SETUP,
    kind=REJ,
)
FR = fam(
    "w6-world-fr-decision",
    14,
    ["{rfull} <{rmail}>", "Recrutement {company} <recrutement@{cdomain}>"],
    [
        "Votre candidature - {role}",
        "Suite à notre entretien",
        "Réponse à votre candidature",
        "Re: {role}",
    ],
    ["Bonjour {first},", "Madame, Monsieur,", "Cher {first},", "Bonjour {first} {last},"],
    [
        "Merci pour l'intérêt que vous portez à {company} et pour notre échange.",
        "Nous vous remercions pour le temps consacré à notre processus.",
        "",
    ],
    [
        "Après mûre réflexion, nous avons choisi de poursuivre avec un profil plus proche de nos besoins actuels.",
        "Le poste a été pourvu par un autre candidat.",
        "Nous avons retenu une candidature correspondant davantage au poste.",
        "Nous ne sommes malheureusement pas en mesure de donner une suite favorable à votre candidature.",
    ],
    [
        "Nous conservons votre CV dans notre vivier pour de futures opportunités.",
        "Nous vous souhaitons pleine réussite dans vos recherches.",
        "",
    ],
    ["Bien cordialement,\n{rfull}", "Belle journée,\n{rfirst}", "Cordialement,\nL'équipe RH"],
    setup=SETUP,
    kind=REJ,
)
ES = fam(
    "w6-world-es-decision",
    14,
    ["{rfull} <{rmail}>", "Selección {company} <empleo@{cdomain}>"],
    [
        "Tu candidatura - {role}",
        "Proceso de selección {role}",
        "Actualización sobre tu candidatura",
        "Re: entrevista",
    ],
    ["Hola {first}:", "Estimado/a {first}:", "Hola {first},", "Buenos días {first},"],
    [
        "Gracias por tu interés en {company} y por el tiempo que nos dedicaste.",
        "Te agradecemos la participación en nuestro proceso.",
        "",
    ],
    [
        "Tras valorar todas las candidaturas, hemos decidido seguir adelante con otra persona cuyo perfil encaja mejor con la posición.",
        "La vacante ya ha sido cubierta.",
        "En esta ocasión hemos optado por otros perfiles más ajustados a las necesidades del equipo.",
        "Lamentablemente no continuarás en el proceso para el puesto de {role}.",
    ],
    [
        "Guardaremos tu CV en nuestra base de datos para futuras oportunidades.",
        "Te deseamos mucha suerte en tu búsqueda.",
        "",
    ],
    ["Un saludo,\n{rfull}", "Saludos cordiales,\nEquipo de Talento", "Un abrazo,\n{rfirst}"],
    setup=SETUP,
    kind=REJ,
)
NL = fam(
    "w6-world-nl-besluit",
    14,
    ["{rfull} <{rmail}>", "{company} Werving <werken@{cdomain}>"],
    [
        "Je sollicitatie - {role}",
        "Terugkoppeling sollicitatie",
        "Re: gesprek {weekday}",
        "Update sollicitatie {role}",
    ],
    ["Beste {first},", "Hoi {first},", "Geachte {first} {last},", "Beste {first} {last},"],
    [
        "Bedankt voor je interesse in {company} en het fijne gesprek.",
        "Dank voor je geduld de afgelopen weken.",
        "",
    ],
    [
        "We hebben besloten verder te gaan met een kandidaat wiens ervaring nog beter aansluit bij de functie.",
        "De vacature is inmiddels vervuld.",
        "Helaas gaan we niet verder met je sollicitatie.",
        "Na zorgvuldige afweging hebben we gekozen voor een andere kandidaat.",
    ],
    [
        "We bewaren je cv graag in onze talentenpool voor toekomstige vacatures.",
        "Veel succes met je zoektocht.",
        "",
    ],
    [
        "Met vriendelijke groet,\n{rfull}",
        "Groeten,\n{rfirst}",
        "Hartelijke groet,\nTeam Recruitment",
    ],
    setup=SETUP,
    kind=REJ,
)

IT_SHORT = fam(
    "w6-world-it-breve",
    12,
    ["{rfirst} {rlast} <{rmail}>", "Talent {company} <talent@{cdomain}>"],
    ["Re: candidatura {role}", "{role} - aggiornamento", "Posizione {req}", ""],
    ["Ciao {first},", "Buonasera {first},", "Gentile candidato,", ""],
    [
        "grazie ancora per il tempo che ci hai dedicato. Alla fine il team ha scelto un'altra persona per il ruolo di {role}.",
        "ti scrivo per aggiornarti: la posizione di {role} è stata chiusa con un candidato interno.",
        "abbiamo valutato con attenzione il tuo profilo, ma per questa posizione andremo avanti con altri candidati.",
        "la selezione per {role} si è conclusa e il suo profilo non è stato individuato tra i finalisti.",
        "ci dispiace, ma non proseguiremo con la tua candidatura. Ti auguriamo il meglio!",
    ],
    ["Teniamo il tuo curriculum per le prossime ricerche.", "Resta in contatto su LinkedIn.", ""],
    ["A presto,\n{rfirst}", "Saluti,\n{rfull}", "{rfirst}"],
    setup=SETUP,
    kind=REJ,
)
PT_SHORT = fam(
    "w6-world-pt-breve",
    12,
    ["{rfirst} {rlast} <{rmail}>", "Gente & Gestão {company} <rh@{cdomain}>"],
    ["Re: vaga {role}", "Processo {req}", "Sua participação no processo", ""],
    ["Oi {first},", "Olá, {first}!", "Bom dia {first},", ""],
    [
        "obrigada pela conversa de {weekday}. No fim, o time escolheu outra pessoa para a vaga de {role}.",
        "passando para avisar que encerramos o processo para {role} e seguimos com um candidato interno.",
        "analisamos seu perfil com carinho, mas para esta vaga vamos continuar com outros candidatos.",
        "o processo seletivo foi concluído e você não avançou para a etapa final.",
        "a posição foi preenchida. Agradecemos de verdade o seu interesse!",
    ],
    ["Vamos manter seu currículo para as próximas vagas.", "Sucesso na sua busca!", ""],
    ["Abs,\n{rfirst}", "Obrigado,\n{rfull}", "{rfirst}"],
    setup=SETUP,
    kind=REJ,
)

FAMILIES = [IT, PT, DE, FR, ES, NL, IT_SHORT, PT_SHORT]
