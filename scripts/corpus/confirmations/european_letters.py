"""Application confirmations in German, French, Spanish and Dutch that talk about a refusal
that has not happened ("should we not be able to offer you the post ...", "if you hear nothing
within four weeks ..."), and a bilingual receipt (families w5-eu-*; helper W5, issue 11;
written for rejectwatch). Hard negatives for rejections/european_letters.py, in the same
skeleton (voices/european_letters.py).
"""

from __future__ import annotations

from ..voices.european_letters import bilingual, letter, status_record
from ..voices.portal_letters import family

RCV = "application_received"

DE = [
    "Sollten wir Ihnen keine Zusage geben können, informieren wir Sie [[selbstverständlich|natürlich]] ebenfalls.",
    "Falls Ihr Profil nicht zu dieser Stelle passt, würden wir Ihre Unterlagen gerne für künftige Vakanzen in unserem Talentpool speichern.",
    "Sie erhalten in jedem Fall eine Rückmeldung von uns, auch wenn es eine Absage sein sollte.",
    "Bitte haben Sie Verständnis, dass die Prüfung [[bis zu drei Wochen|einige Zeit]] dauern kann.",
    "Eine Entscheidung ist noch nicht gefallen; wir melden uns, sobald wir alle Bewerbungen gesichtet haben.",
]
DE_AFTER = [
    "Den Status Ihrer Bewerbung können Sie jederzeit in Ihrem Kandidatenkonto einsehen.",
    "Bei Fragen erreichen Sie uns unter bewerbung@{cdomain}.",
    "Wir freuen uns, dass du dabei bist, und melden uns bald!",
    "",
]
FR = [
    "Si votre profil ne correspondait pas à nos attentes, nous vous en informerions par e-mail.",
    "Sans réponse de notre part sous quatre semaines, vous pourrez considérer que votre candidature n'a pas été retenue.",
    "Votre dossier est en cours d'étude par notre équipe.",
    "Dans le cas où votre candidature ne serait pas retenue, nous conserverons votre CV pour d'autres postes.",
    "Aucune décision n'a encore été prise ; nous reviendrons vers vous dès que possible.",
]
FR_AFTER = [
    "Vous pouvez suivre l'avancement de votre candidature depuis votre espace candidat.",
    "Merci pour votre patience.",
    "",
]
ES = [
    "Si tu perfil no encaja con lo que buscamos, te lo comunicaremos igualmente.",
    "En caso de no resultar seleccionado/a, conservaremos tus datos para futuros procesos durante un año.",
    "Nuestro equipo revisará tu CV en los próximos días.",
    "Si no recibes noticias nuestras en 30 días, entenderemos que el proceso ha seguido otro camino.",
    "Todavía no hemos tomado ninguna decisión; te escribiremos cuando termine la revisión.",
]
ES_AFTER = [
    "Puedes consultar el estado de tu candidatura en el portal.",
    "Gracias por tu paciencia.",
    "",
]
NL = [
    "Mocht je niet door gaan naar de volgende ronde, dan laten we je dat ook weten.",
    "Als je binnen drie weken niets van ons hoort, is er helaas geen match.",
    "Je sollicitatie wordt de komende dagen door de recruiter bekeken.",
    "Is er geen match, dan bewaren we je cv graag een jaar, als je daar akkoord mee gaat.",
    "Er is nog geen beslissing genomen; we laten zo snel mogelijk van ons horen.",
]
NL_AFTER = [
    "Je kunt de status volgen in je kandidatenaccount.",
    "Alvast bedankt voor je geduld.",
    "",
]

LOCAL = {
    "de": [
        "Ihre Bewerbung als {role} ist eingegangen. Sollte es keine Zusage geben, erfahren Sie das ebenfalls von uns."
    ],
    "fr": [
        "Nous avons bien reçu votre candidature au poste de {role}. Que la réponse soit positive ou non, nous vous tiendrons informé(e)."
    ],
    "es": [
        "Hemos recibido tu candidatura para {role}. Tanto si sigues adelante como si no, te avisaremos."
    ],
    "nl": [
        "We hebben je sollicitatie voor {role} ontvangen. Ook als het geen match is, hoor je van ons."
    ],
}
EN = [
    "We have received your application for {role}. If we are unable to take it forward, we will let you know.",
    "Thank you, your application for {role} has arrived. Either way, you will hear from us once the review is done.",
    "Your application for {role} is now with the recruiting team. Should you not be selected, we will keep your CV on file.",
]
EN_TAIL = ["This usually takes two to three weeks.", "No action is needed from you.", ""]

LEADS = {
    "de": [
        "Ihre Bewerbung [[ist bei uns eingegangen|haben wir erhalten]] und wird nun [[sorgfältig|von der Fachabteilung]] geprüft.",
        "Hiermit bestätigen wir den Eingang Ihrer Unterlagen für die Stelle als {role}.",
        "Deine Bewerbung ist angekommen!",
    ],
    "fr": [
        "Nous accusons bonne réception de votre candidature au poste de {role}.",
        "Votre candidature a bien été enregistrée sous la référence {req}.",
    ],
    "es": [
        "Hemos recibido correctamente tu candidatura para el puesto de {role}.",
        "Tu candidatura ha quedado registrada con la referencia {req}.",
    ],
    "nl": [
        "We hebben je gegevens in goede orde ontvangen.",
        "Je sollicitatie voor {role} is bij ons binnengekomen.",
    ],
}

STATUS = {
    "de": ["In Prüfung", "Eingegangen", "In Bearbeitung", "Beim Fachbereich"],
    "fr": ["En cours d'étude", "Reçue", "Transmise au manager"],
    "es": ["En revisión", "Recibida", "En proceso"],
    "nl": ["In behandeling", "Ontvangen", "Bij de manager"],
}
STATUS_MEANING = {
    "de": [
        "Sollten wir uns gegen Sie entscheiden, ändert sich der Status auf „Absage“ und Sie erhalten eine E-Mail.",
        "Eine Entscheidung steht noch aus.",
    ],
    "fr": [
        "Si votre candidature n'était pas retenue, le statut changerait et vous recevriez un e-mail.",
        "Aucune décision n'a encore été prise.",
    ],
    "es": [
        "Si no sigues adelante, el estado cambiará y te avisaremos por correo.",
        "Aún no hay una decisión.",
    ],
    "nl": [
        "Als we niet verder gaan, verandert de status en krijg je een e-mail.",
        "Er is nog geen besluit genomen.",
    ],
}

CONDITIONAL = [
    ("w5-eu-de-eingang-bedingt", 28, "de", DE, DE_AFTER),
    ("w5-eu-fr-accuse-conditionnel", 24, "fr", FR, FR_AFTER),
    ("w5-eu-es-recibida-condicional", 24, "es", ES, ES_AFTER),
    ("w5-eu-nl-ontvangst-voorwaardelijk", 24, "nl", NL, NL_AFTER),
]

FAMILIES = [
    *(
        family(name, n, RCV, letter("rcv", {lang: core}, {lang: after}, leads=LEADS, two=0.5))
        for name, n, lang, core, after in CONDITIONAL
    ),
    family("w5-eu-bilingual-received", 22, RCV, bilingual("rcv", LOCAL, EN, EN_TAIL)),
    family("w5-eu-portal-status-open", 24, RCV, status_record(STATUS, STATUS_MEANING)),
]
