"""Interview invitations in German, French, Spanish and Dutch (family w5-eu-interview-invite;
helper W5, issue 11; written for rejectwatch), in the skeleton of the refusals and
confirmations of rejections/ and confirmations/european_letters.py.
"""

from __future__ import annotations

from ..voices.european_letters import agency_local, letter, terse_local
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

TERSE = {
    "de": [
        "Das Team war begeistert – hast du Donnerstag um 15 Uhr Zeit?",
        "Wir würden dich gern zur zweiten Runde einladen. Passt nächste Woche?",
    ],
    "fr": [
        "L'équipe a adoré, tu serais dispo jeudi à 15h ?",
        "On aimerait te revoir pour un deuxième entretien, tu es libre quand ?",
    ],
    "es": [
        "Al equipo le encantaste, ¿puedes el jueves a las 15h?",
        "Queremos verte en una segunda entrevista, ¿qué día te va bien?",
    ],
    "nl": [
        "Het team was enthousiast, kun je donderdag om 15.00 uur?",
        "We willen je graag uitnodigen voor een tweede gesprek, wanneer kun je?",
    ],
}
AGENCY = {
    "de": [
        "Mein Kunde {company} möchte Sie gerne zu einem zweiten Gespräch einladen!",
        "Gute Nachrichten von {company}: Sie sind für {role} in der nächsten Runde.",
    ],
    "fr": [
        "Mon client {company} souhaite vous rencontrer pour un second entretien !",
        "Bonne nouvelle : {company} vous retient pour le prochain tour pour {role}.",
    ],
    "es": [
        "Mi cliente {company} quiere conocerte en una segunda entrevista.",
        "Buenas noticias: {company} quiere avanzar contigo para {role}.",
    ],
    "nl": [
        "Mijn klant {company} wil je graag uitnodigen voor een tweede gesprek!",
        "Goed nieuws: {company} wil met je verder voor {role}.",
    ],
}

FAMILIES = [
    family("w5-eu-interview-invite", 30, "interview", letter("int", CORES, AFTERS, two=0.0)),
    family("w5-eu-terse-invite", 22, "interview", terse_local(TERSE)),
    family("w5-eu-agency-client-interview", 22, "interview", agency_local(AGENCY, pitch=0.3)),
]
