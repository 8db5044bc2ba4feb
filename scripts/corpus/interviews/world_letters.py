"""Interview invitations in Italian, Portuguese, German, French, Spanish and Dutch, some with
a regret about a time slot (helper w6, issue 11, sixth corpus pass; written for rejectwatch;
family w6-world-int-*): the hard negatives of rejections/world_letters.py. Each message keeps
to one language.
"""

from __future__ import annotations

from ..voices.soft_decisions import lang_family

INT = "interview"


def lang(subject: str, body: str, signoff: str) -> dict[str, list[str]]:
    return {
        "senders": ["{rfull} <{rmail}>"],
        "subjects": [subject, "Re: {role}"],
        "bodies": [body],
        "signoffs": [signoff, "{rfirst}"],
    }


FAMILIES = [
    lang_family(
        "w6-world-int-invito",
        30,
        INT,
        [
            lang(
                "Invito a colloquio - {role}",
                "Gentile {first},\n\nla ringraziamo per la candidatura: abbiamo scelto di proseguire con il suo profilo e vorremmo invitarla a un colloquio il {date2} alle {time}.",
                "Cordiali saluti,\n{rfull}",
            ),
            lang(
                "Convite para entrevista",
                "Olá {first},\n\nseu perfil foi selecionado para a próxima etapa! Infelizmente a data de {weekday} não está mais disponível; podemos conversar em {date2}?",
                "Abraços,\n{rfirst}",
            ),
            lang(
                "Einladung zum Gespräch",
                "Hallo {first},\n\nwir haben uns entschieden, Sie zu einem Gespräch einzuladen. Leider passt uns {weekday} nicht mehr; hätten Sie am {date2} um {time} Zeit?",
                "Viele Grüße\n{rfull}",
            ),
            lang(
                "Invitation à un entretien",
                "Bonjour {first},\n\nnous avons retenu votre candidature pour un premier entretien. Malheureusement le créneau de {time} n'est plus libre ; pourriez-vous venir le {date2} ?",
                "Bien cordialement,\n{rfull}",
            ),
            lang(
                "Invitación a entrevista",
                "Hola {first}:\n\nhemos decidido seguir adelante con tu candidatura y nos gustaría hacerte una entrevista el {date2} a las {time}.",
                "Un saludo,\n{rfirst}",
            ),
            lang(
                "Uitnodiging gesprek",
                "Beste {first},\n\nwe gaan graag verder met je sollicitatie en nodigen je uit voor een gesprek op {date2}. Helaas kan het niet op {weekday}.",
                "Groeten,\n{rfirst}",
            ),
        ],
    ),
]
