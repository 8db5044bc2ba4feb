"""Rejections in German, French, Spanish and Dutch, and a bilingual refusal with an English
version under it (families w5-eu-*; helper W5, issue 11; written for rejectwatch). The skeleton
is voices/european_letters.py, shared with the confirmations and invitations in the same
languages (confirmations/european_letters.py, interviews/european_letters.py).
"""

from __future__ import annotations

from ..voices.european_letters import agency_local, bilingual, letter, status_record, terse_local
from ..voices.portal_letters import family

REJ = "rejection"

DE = [
    "Leider müssen wir Ihnen mitteilen, dass wir Ihre Bewerbung [[nicht weiter berücksichtigen können|im weiteren Auswahlverfahren nicht berücksichtigen werden]].",
    "Nach [[sorgfältiger|eingehender]] Prüfung Ihrer Unterlagen haben wir uns für [[eine andere Kandidatin|einen anderen Kandidaten|andere Bewerber:innen]] entschieden, deren Profil [[noch besser|genauer]] zu den Anforderungen der Stelle passt.",
    "Wir bedauern, Ihnen [[heute|diesmal]] keine positive Rückmeldung geben zu können.",
    "Die Position als {role} [[konnten wir inzwischen besetzen|ist mittlerweile besetzt]].",
    "Trotz Ihres [[interessanten|überzeugenden]] Werdegangs [[fiel unsere Wahl auf jemand anderen|haben wir uns für jemand anderen entschieden]].",
    "Leider haben wir uns [[nach dem Gespräch|nach den Interviews]] dazu entschieden, den Prozess [[mit einer anderen Person|mit anderen Kandidat:innen]] fortzusetzen.",
    "Leider hat es diesmal nicht geklappt: Wir haben uns für jemand anderen entschieden.",
    "Wir können Ihnen die Stelle [[leider|zu unserem Bedauern]] nicht anbieten.",
]
DE_AFTER = [
    "Diese Entscheidung ist uns nicht leichtgefallen und stellt keine Bewertung Ihrer Qualifikation dar.",
    "Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute und viel Erfolg.",
    "Gerne dürfen Sie sich auch künftig auf passende Stellen bei uns bewerben.",
    "Ihre Unterlagen werden gemäß den Datenschutzbestimmungen [[nach sechs Monaten|nach Ablauf der gesetzlichen Frist]] gelöscht.",
    "Für deinen weiteren Weg wünschen wir dir alles Gute!",
]
FR = [
    "Nous avons le regret de vous informer que votre candidature n'a pas été retenue.",
    "Après [[une étude attentive|un examen approfondi]] de votre dossier, nous avons [[choisi|décidé]] de poursuivre avec [[un profil|une candidate|un candidat]] correspondant davantage à nos besoins.",
    "Malheureusement, nous ne pouvons pas donner une suite favorable à votre candidature.",
    "Le poste de {role} a [[depuis|entre-temps]] été pourvu.",
    "À l'issue de nos entretiens, notre choix s'est porté sur une autre personne.",
    "Nous ne sommes pas en mesure de [[vous proposer ce poste|retenir votre candidature]] [[pour le moment|à l'issue de ce processus]].",
]
FR_AFTER = [
    "Nous conservons votre CV dans notre vivier pour de futures opportunités, sauf avis contraire de votre part.",
    "Nous vous souhaitons pleine réussite dans vos recherches.",
    "Cette décision ne remet pas en cause la qualité de votre parcours.",
    "N'hésitez pas à consulter régulièrement nos offres.",
]
ES = [
    "Lamentamos comunicarte que [[en esta ocasión|esta vez]] no vamos a continuar con tu candidatura.",
    "Tras analizar tu perfil, hemos decidido seguir adelante con otros candidatos cuyo perfil se ajusta mejor a las necesidades del puesto.",
    "El proceso de selección para el puesto de {role} ha finalizado y la vacante ya ha sido cubierta.",
    "Sentimos decirte que no has sido seleccionado/a para la siguiente fase.",
    "Después de la entrevista, el equipo ha optado por otra persona para el puesto.",
    "Por desgracia, tu candidatura no ha sido seleccionada.",
]
ES_AFTER = [
    "Guardaremos tu CV en nuestra base de datos para futuros procesos, si no nos indicas lo contrario.",
    "Te deseamos mucha suerte en tu búsqueda.",
    "Te animamos a seguir atento/a a nuestras ofertas.",
    "Esta decisión no es un juicio sobre tu valía profesional.",
]
NL = [
    "Helaas moeten wij je laten weten dat we niet verder gaan met je sollicitatie.",
    "Na zorgvuldige overweging hebben we gekozen voor een andere kandidaat, [[wiens ervaring beter aansluit bij de functie|die net iets beter past bij het team]].",
    "De vacature [[is inmiddels ingevuld|is inmiddels vervuld]].",
    "We hebben besloten je niet uit te nodigen voor een [[gesprek|tweede gesprek]].",
    "Tot onze spijt moeten wij u mededelen dat uw sollicitatie niet is geselecteerd voor de volgende ronde.",
    "Het is helaas niet geworden: we gaan door met een andere kandidaat.",
]
NL_AFTER = [
    "We wensen je veel succes met je verdere zoektocht.",
    "Mocht er in de toekomst een passende vacature zijn, dan horen we graag weer van je.",
    "Wil je feedback? Bel of mail gerust even.",
    "Je gegevens verwijderen we na vier weken.",
]

LOCAL = {
    "de": [
        "Leider können wir Ihre Bewerbung als {role} nicht berücksichtigen; wir haben uns für eine andere Person entschieden.",
        "Die Stelle als {role} ist besetzt; Ihre Bewerbung können wir daher leider nicht weiter verfolgen.",
    ],
    "fr": [
        "Votre candidature au poste de {role} n'a malheureusement pas été retenue.",
        "Nous avons retenu un autre profil pour le poste de {role}.",
    ],
    "es": [
        "No vamos a continuar con tu candidatura para {role}; hemos elegido a otra persona.",
        "La vacante de {role} ya está cubierta y tu candidatura no seguirá adelante.",
    ],
    "nl": [
        "We gaan helaas niet verder met je sollicitatie voor {role}.",
        "We hebben voor {role} een andere kandidaat gekozen.",
    ],
}
EN = [
    "Thank you for applying for the {role} position. We have decided to continue with another candidate.",
    "After reviewing your application for {role}, we will not be taking it further.",
    "The {role} position has been filled, so we cannot take your application forward.",
    "We regret to tell you that your application for {role} was not successful.",
]
EN_TAIL = ["We wish you every success.", "Thank you again for your interest in {company}.", ""]

STATUS = {
    "de": [
        "Absage",
        "Abgelehnt",
        "Nicht berücksichtigt",
        "Stelle anderweitig besetzt",
        "Abgeschlossen – keine Zusage",
    ],
    "fr": ["Candidature non retenue", "Refusée", "Clôturée – poste pourvu", "Non retenu(e)"],
    "es": [
        "Descartado/a",
        "No seleccionado/a",
        "Proceso finalizado – no continúa",
        "Candidatura rechazada",
    ],
    "nl": ["Afgewezen", "Niet geselecteerd", "Gesloten – vacature vervuld", "Afgewezen na gesprek"],
}
STATUS_MEANING = {
    "de": [
        "Wir werden Ihre Bewerbung nicht weiter berücksichtigen.",
        "Das Auswahlverfahren ist für Sie damit beendet.",
        "Vielen Dank für Ihr Interesse.",
    ],
    "fr": [
        "Votre candidature ne sera pas poursuivie.",
        "Le processus est terminé pour ce poste.",
        "Merci de votre intérêt.",
    ],
    "es": [
        "Tu candidatura no seguirá adelante en este proceso.",
        "El proceso ha finalizado para este puesto.",
        "Gracias por tu interés.",
    ],
    "nl": [
        "Je sollicitatie wordt niet verder in behandeling genomen.",
        "De procedure is voor jou afgerond.",
        "Bedankt voor je interesse.",
    ],
}
TERSE = {
    "de": [
        "Sorry, wir haben uns intern entschieden.",
        "Leider ist es jemand anderes geworden, sorry!",
        "Wir gehen mit dem anderen Kandidaten weiter. Trotzdem danke!",
    ],
    "fr": [
        "Désolé, on a retenu quelqu'un en interne.",
        "Malheureusement c'est un autre candidat qui a été choisi. Merci quand même !",
    ],
    "es": [
        "Lo siento, al final hemos elegido a otra persona.",
        "Nos quedamos con un candidato interno, perdona.",
    ],
    "nl": [
        "Helaas, we zijn voor een interne kandidaat gegaan.",
        "Sorry, het is iemand anders geworden. Bedankt voor je tijd!",
    ],
}
AGENCY = {
    "de": [
        "Mein Kunde {company} hat sich leider für einen anderen Kandidaten entschieden.",
        "Ich habe Feedback von {company}: Sie haben die Stelle als {role} intern besetzt.",
    ],
    "fr": [
        "Mon client {company} a finalement choisi un autre candidat pour le poste de {role}.",
        "{company} m'a fait un retour : ils ne donneront pas suite à votre candidature.",
    ],
    "es": [
        "Mi cliente {company} ha decidido continuar con otro candidato para {role}.",
        "He hablado con {company}: finalmente no van a seguir con tu candidatura.",
    ],
    "nl": [
        "Mijn klant {company} heeft helaas voor een andere kandidaat gekozen.",
        "{company} heeft laten weten dat ze niet verder gaan met je sollicitatie voor {role}.",
    ],
}

FAMILIES = [
    family("w5-eu-de-absage", 30, REJ, letter("rej", {"de": DE}, {"de": DE_AFTER})),
    family("w5-eu-fr-refus", 26, REJ, letter("rej", {"fr": FR}, {"fr": FR_AFTER})),
    family("w5-eu-es-descarte", 26, REJ, letter("rej", {"es": ES}, {"es": ES_AFTER})),
    family("w5-eu-nl-afwijzing", 26, REJ, letter("rej", {"nl": NL}, {"nl": NL_AFTER})),
    family("w5-eu-bilingual-refusal", 24, REJ, bilingual("rej", LOCAL, EN, EN_TAIL)),
    family("w5-eu-portal-status-refused", 28, REJ, status_record(STATUS, STATUS_MEANING)),
    family("w5-eu-terse-decision", 26, REJ, terse_local(TERSE)),
    family("w5-eu-agency-client-decided", 26, REJ, agency_local(AGENCY, pitch=0.7)),
]
