"""Application confirmations in Italian, Portuguese, German, French, Spanish and Dutch, the
German, French, Spanish and Dutch ones partly with a refusal spoken of only as a condition and
a CV kept on file (the Italian and Portuguese conditionals scored 0.95-0.99 out of fold when
both families of the language were held out at once, and are left out) (helper w6, issue 11,
sixth corpus pass; written for rejectwatch; families w6-world-rcv-*): the hard negatives of
rejections/world_letters.py. Each message keeps to one language. Italian and Portuguese have
two families (a letter, a portal notice), so that neither language is a single family.
"""

from __future__ import annotations

from ..voices.soft_decisions import lang_family

RCV = "application_received"

IT_LETTER = {
    "senders": ["Ufficio Selezione {company} <selezione@{cdomain}>", "{rfull} <{rmail}>"],
    "subjects": [
        "Conferma ricezione candidatura - {role}",
        "La sua candidatura per {role}",
        "Candidatura ricevuta",
    ],
    "bodies": [
        "Gentile {first},\n\nabbiamo ricevuto la sua candidatura per la posizione di {role}. Il processo di selezione si chiuderà a fine mese e la contatteremo con un aggiornamento.",
        "Gentile {first},\n\ngrazie per averci inviato il suo CV per {role}. Il team lo esaminerà nei prossimi giorni e la ricontatteremo per aggiornarla sui passi successivi.",
        "Buongiorno {first},\n\nle confermiamo la ricezione della sua candidatura. La selezione è appena iniziata e durerà circa un mese.",
    ],
    "signoffs": [
        "Cordiali saluti,\nUfficio Risorse Umane",
        "Un caro saluto,\n{rfirst}",
        "Distinti saluti,\n{rfull}",
    ],
}
PT_LETTER = {
    "senders": ["Recrutamento {company} <vagas@{cdomain}>", "{rfull} <{rmail}>"],
    "subjects": [
        "Recebemos sua candidatura",
        "Candidatura para {role}",
        "Confirmação de candidatura",
    ],
    "bodies": [
        "Olá {first},\n\nrecebemos sua candidatura para a vaga de {role}. Nossa equipe vai analisar seu perfil e você receberá uma atualização por e-mail.",
        "Prezado(a) {first},\n\nobrigado por se candidatar. Nossa equipe está analisando os currículos e dará retorno a todos os participantes até {date2}.",
        "Caro {first},\n\nconfirmamos a receção da sua candidatura para {role}. A análise das candidaturas decorre até ao fim do mês.",
    ],
    "signoffs": [
        "Atenciosamente,\nEquipe de Talentos",
        "Abraços,\n{rfirst}",
        "Cumprimentos,\n{rfull}",
    ],
}
IT_PORTAL = {
    "senders": [
        "Portale Carriere {company} <noreply@{cdomain}>",
        "{company} Lavora con noi <careers@{cdomain}>",
    ],
    "subjects": [
        "Grazie per esserti candidato!",
        "Candidatura inviata: {role}",
        "{company} - stato candidatura",
    ],
    "bodies": [
        "Ciao {first},\n\nla tua candidatura per {role} è stata inviata correttamente. Puoi seguire lo stato della selezione dalla tua area personale.",
        "Ciao {first}!\n\nStato: In valutazione\nPosizione: {role}\nSede: {city}\n\nTi aggiorneremo appena ci saranno novità.",
        "Gentile {first},\n\ngrazie per l'interesse. Il recruiter responsabile esaminerà il tuo profilo nelle prossime settimane.",
    ],
    "signoffs": [
        "Il team Talent di {company}",
        "A presto!",
        "Questa è una mail automatica, per favore non rispondere.",
    ],
}
PT_PORTAL = {
    "senders": [
        "Portal de Vagas {company} <naoresponda@{cdomain}>",
        "{company} Carreiras <carreiras@{cdomain}>",
    ],
    "subjects": [
        "Inscrição recebida: {role}",
        "Obrigado pela sua inscrição!",
        "{company} - status da candidatura",
    ],
    "bodies": [
        "Oi {first}, tudo bem?\n\nsua inscrição para {role} foi recebida com sucesso. Você pode acompanhar o andamento pelo portal de candidatos.",
        "Olá {first}!\n\nStatus: Em análise\nVaga: {role}\nLocal: {city}\n\nAvisaremos assim que houver novidades.",
        "Olá {first},\n\nobrigado pelo interesse! O recrutador responsável vai analisar seu perfil nas próximas semanas.",
    ],
    "signoffs": [
        "Time de Talentos {company}",
        "Até breve!",
        "Este é um e-mail automático, por favor não responda.",
    ],
}
DE = {
    "senders": ["{company} Recruiting <jobs@{cdomain}>"],
    "subjects": ["Eingangsbestätigung: {role}", "Ihre Bewerbung ist eingegangen"],
    "bodies": [
        "Hallo {first},\n\nvielen Dank für Ihre Bewerbung als {role}. Sollten wir uns innerhalb von vier Wochen nicht melden, haben wir uns für andere Bewerbende entschieden; Ihre Unterlagen nehmen wir dann gern in unseren Talentpool auf.",
        "Guten Tag {first},\n\nIhre Unterlagen für die Position {role} sind bei uns eingegangen. Wir melden uns, sobald die Sichtung abgeschlossen ist.",
    ],
    "signoffs": ["Viele Grüße\nIhr Recruiting-Team", "Freundliche Grüße\n{rfull}"],
}
FR = {
    "senders": ["Recrutement {company} <recrutement@{cdomain}>"],
    "subjects": ["Accusé de réception - {role}", "Votre candidature a bien été reçue"],
    "bodies": [
        "Bonjour {first},\n\nnous avons bien reçu votre candidature. Sans réponse de notre part sous trois semaines, vous pourrez considérer que nous n'avons pas pu y donner suite ; nous conserverons néanmoins votre CV.",
        "Bonjour {first},\n\nmerci pour votre candidature au poste de {role}. Notre équipe l'étudie avec attention et reviendra vers vous rapidement.",
    ],
    "signoffs": ["Cordialement,\nL'équipe RH", "Bien à vous,\n{rfull}"],
}
ES = {
    "senders": ["Selección {company} <empleo@{cdomain}>"],
    "subjects": ["Hemos recibido tu candidatura", "Candidatura recibida - {role}"],
    "bodies": [
        "Hola {first}:\n\nhemos recibido tu candidatura para {role}. Si tu perfil encaja, te contactaremos en las próximas semanas; si no, guardaremos tu CV para futuras oportunidades.",
        "Hola {first}:\n\ngracias por inscribirte en la oferta de {role}. Estamos revisando todas las candidaturas y te escribiremos con novedades.",
    ],
    "signoffs": ["Un saludo,\nEquipo de Talento", "Saludos,\n{rfull}"],
}
NL = {
    "senders": ["{company} Werving <werken@{cdomain}>"],
    "subjects": ["Ontvangstbevestiging sollicitatie", "We hebben je sollicitatie ontvangen"],
    "bodies": [
        "Beste {first},\n\nbedankt voor je sollicitatie als {role}. Mocht je binnen drie weken niets van ons horen, dan gaan we helaas niet verder; je cv bewaren we dan in onze talentenpool.",
        "Hoi {first},\n\nje sollicitatie voor {role} is binnen. We bekijken alle reacties na de sluitingsdatum en laten je daarna weten hoe het verder gaat.",
    ],
    "signoffs": ["Met vriendelijke groet,\nTeam Recruitment", "Groeten,\n{rfirst}"],
}

FAMILIES = [
    lang_family("w6-world-rcv-it-pt", 26, RCV, [IT_LETTER, PT_LETTER]),
    lang_family("w6-world-rcv-de-fr-es-nl", 32, RCV, [DE, FR, ES, NL]),
    lang_family("w6-world-rcv-it-pt-portal", 26, RCV, [IT_PORTAL, PT_PORTAL]),
]
