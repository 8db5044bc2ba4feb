"""Interview invitations in Italian, Portuguese, German, French, Spanish and Dutch, some with
a regret about a time slot (helper w6, issue 11, sixth corpus pass; written for rejectwatch;
family w6-world-int-*): the hard negatives of rejections/world_letters.py.
"""

from __future__ import annotations

from ..voices.soft_decisions import SETUP, fam

INT = "interview"

FAMILIES = [
    fam(
        "w6-world-int-invito",
        24,
        ["{rfull} <{rmail}>"],
        [
            "Invito a colloquio - {role}",
            "Convite para entrevista",
            "Einladung zum Gespräch",
            "Invitation à un entretien",
            "Invitación a entrevista",
            "Uitnodiging gesprek",
        ],
        [
            "Gentile {first},\n\nla ringraziamo per la candidatura: abbiamo scelto di proseguire con il suo profilo e vorremmo invitarla a un colloquio il {date2} alle {time}.",
            "Olá {first},\n\nseu perfil foi selecionado para a próxima etapa! Infelizmente a data de {weekday} não está mais disponível; podemos conversar em {date2}?",
            "Hallo {first},\n\nwir haben uns entschieden, Sie zu einem Gespräch einzuladen. Leider passt uns {weekday} nicht mehr; hätten Sie am {date2} um {time} Zeit?",
            "Bonjour {first},\n\nnous avons retenu votre candidature pour un premier entretien. Malheureusement le créneau de {time} n'est plus libre ; pourriez-vous venir le {date2} ?",
            "Hola {first}:\n\nhemos decidido seguir adelante con tu candidatura y nos gustaría hacerte una entrevista el {date2} a las {time}.",
            "Beste {first},\n\nwe gaan graag verder met je sollicitatie en nodigen je uit voor een gesprek op {date2}. Helaas kan het niet op {weekday}.",
        ],
        [
            "Cordiali saluti,\n{rfull}",
            "Abraços,\n{rfirst}",
            "Viele Grüße\n{rfull}",
            "Bien cordialement,\n{rfull}",
            "Un saludo,\n{rfirst}",
            "Groeten,\n{rfirst}",
        ],
        setup=SETUP,
        kind=INT,
    ),
]
