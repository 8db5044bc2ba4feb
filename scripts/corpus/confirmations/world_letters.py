"""Application confirmations in Italian, Portuguese, German, French, Spanish and Dutch, with a
refusal spoken of only as a condition and a CV kept on file (helper w6, issue 11, sixth
corpus pass; written for rejectwatch; families w6-world-rcv-*): the hard negatives of
rejections/world_letters.py.
"""

from __future__ import annotations

from ..voices.soft_decisions import SETUP, fam

RCV = "application_received"

FAMILIES = [
    fam(
        "w6-world-rcv-it-pt",
        20,
        [
            "Ufficio Selezione {company} <selezione@{cdomain}>",
            "Recrutamento {company} <vagas@{cdomain}>",
        ],
        [
            "Conferma ricezione candidatura - {role}",
            "Recebemos sua candidatura",
            "La sua candidatura per {role}",
        ],
        [
            "Gentile {first},\n\nabbiamo ricevuto la sua candidatura per la posizione di {role}. Se il suo profilo sarà in linea con le nostre esigenze, la contatteremo entro tre settimane; in caso contrario, conserveremo il suo CV per future opportunità.",
            "Gentile {first},\n\ngrazie per averci inviato il suo CV per {role}. Il team lo esaminerà nei prossimi giorni e la ricontatteremo per aggiornarla sui passi successivi.",
            "Olá {first},\n\nrecebemos sua candidatura para a vaga de {role}. Caso seu perfil seja selecionado, entraremos em contato; caso contrário, seu currículo ficará em nosso banco de talentos.",
            "Oi {first}, tudo bem?\n\nsua inscrição para {role} foi recebida com sucesso. Você pode acompanhar o andamento pelo portal de candidatos.",
            "Ciao {first},\n\nabbiamo ricevuto la tua candidatura per {role}: grazie! Puoi seguire lo stato della selezione dalla tua area personale.",
            "Prezado(a) {first},\n\nobrigado por se candidatar. Nossa equipe está analisando os currículos e dará retorno a todos os participantes até {date2}.",
        ],
        [
            "Cordiali saluti,\nUfficio Risorse Umane",
            "Atenciosamente,\nEquipe de Talentos",
            "Un caro saluto,\n{rfirst}",
        ],
        setup=SETUP,
        kind=RCV,
    ),
    fam(
        "w6-world-rcv-de-fr-es-nl",
        22,
        [
            "{company} Recruiting <jobs@{cdomain}>",
            "Recrutement {company} <recrutement@{cdomain}>",
            "Selección {company} <empleo@{cdomain}>",
            "{company} Werving <werken@{cdomain}>",
        ],
        [
            "Eingangsbestätigung: {role}",
            "Accusé de réception - {role}",
            "Hemos recibido tu candidatura",
            "Ontvangstbevestiging sollicitatie",
        ],
        [
            "Hallo {first},\n\nvielen Dank für Ihre Bewerbung als {role}. Sollten wir uns innerhalb von vier Wochen nicht melden, haben wir uns für andere Bewerbende entschieden; Ihre Unterlagen nehmen wir dann gern in unseren Talentpool auf.",
            "Bonjour {first},\n\nnous avons bien reçu votre candidature. Sans réponse de notre part sous trois semaines, vous pourrez considérer que nous n'avons pas pu y donner suite ; nous conserverons néanmoins votre CV.",
            "Hola {first}:\n\nhemos recibido tu candidatura para {role}. Si tu perfil encaja, te contactaremos en las próximas semanas; si no, guardaremos tu CV para futuras oportunidades.",
            "Beste {first},\n\nbedankt voor je sollicitatie als {role}. Mocht je binnen drie weken niets van ons horen, dan gaan we helaas niet verder; je cv bewaren we dan in onze talentenpool.",
        ],
        [
            "Viele Grüße\nIhr Recruiting-Team",
            "Cordialement,\nL'équipe RH",
            "Un saludo,\nEquipo de Talento",
            "Met vriendelijke groet,\nTeam Recruitment",
        ],
        setup=SETUP,
        kind=RCV,
    ),
]
