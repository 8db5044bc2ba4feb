"""Interview invitations in German, French, Spanish and Dutch (family w5-eu-interview-invite;
helper W5, issue 11; written for rejectwatch), in the skeleton of the refusals and
confirmations of rejections/ and confirmations/european_letters.py.
"""

from __future__ import annotations

from ..voices.european_letters import letter
from ..voices.portal_letters import family

CORES = {
    "de": [
        "Ihre Unterlagen haben uns überzeugt, und wir möchten Sie [[gerne|sehr gerne]] zu einem Vorstellungsgespräch am {ndate} einladen.",
        "Wir würden dich gerne [[persönlich|per Video]] kennenlernen. Passt dir der {ndate}?",
        "Bitte wählen Sie über den folgenden Link einen Termin für das Gespräch mit {mfirst} aus unserem {team}-Team.",
    ],
    "fr": [
        "Votre profil a retenu toute notre attention et nous souhaitons vous rencontrer [[en entretien|en visioconférence]] le {ndate}.",
        "Nous serions ravis d'échanger avec vous lors d'un premier entretien avec {mfirst}. Merci de nous indiquer vos disponibilités.",
    ],
    "es": [
        "Nos ha gustado mucho tu perfil y nos gustaría invitarte a una entrevista el {ndate}.",
        "Queremos conocerte: ¿te viene bien una videollamada con {mfirst} esta semana?",
    ],
    "nl": [
        "We willen je graag uitnodigen voor een eerste gesprek op {ndate}.",
        "Je cv sprak ons erg aan. Zullen we een kennismakingsgesprek met {mfirst} inplannen?",
    ],
}
AFTERS = {
    "de": [
        "Bitte bestätigen Sie den Termin kurz per E-Mail.",
        "Das Gespräch dauert etwa {dur} Minuten.",
        "Wir freuen uns auf Sie!",
    ],
    "fr": [
        "Merci de confirmer votre présence.",
        "L'entretien durera environ {dur} minutes.",
        "Au plaisir de vous rencontrer !",
    ],
    "es": [
        "Confírmanos tu asistencia respondiendo a este correo.",
        "La entrevista durará unos {dur} minutos.",
        "¡Hasta pronto!",
    ],
    "nl": [
        "Laat je even weten of dit schikt?",
        "Het gesprek duurt ongeveer {dur} minuten.",
        "We kijken ernaar uit!",
    ],
}

FAMILIES = [
    family("w5-eu-interview-invite", 30, "interview", letter("int", CORES, AFTERS, two=0.0))
]
