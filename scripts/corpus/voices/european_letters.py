"""The voice of the w5-eu-* families (helper W5, issue 11; written for rejectwatch): recruiting
mail in German, French, Spanish and Dutch, the way European ATSs and small employers write it:
greetings, thanks, sign-offs, subjects, privacy and ATS footers in each language, and a
bilingual frame (the local text with an English version under it). The sentences that carry
the decision (or keep the application open, or invite) are in european_letters.py in
rejections/, confirmations/, interviews/ and non_job/: every kind shares this skeleton, so a
model has to read the decision sentence, not the language or the house style.
"""

from __future__ import annotations

from ..engine import R
from .portal_letters import Writer

LANGS = ("de", "fr", "es", "nl")

HELLO = {
    "de": [
        "Sehr geehrte/r {first} {last},",
        "Sehr geehrte Damen und Herren,",
        "Guten Tag {first} {last},",
        "Hallo {first},",
        "Liebe/r {first},",
        "Moin {first},",
    ],
    "fr": [
        "Bonjour {first},",
        "Bonjour {first} {last},",
        "Madame, Monsieur,",
        "Cher/Chère {first},",
        "Bonjour,",
    ],
    "es": [
        "Hola {first}:",
        "Hola, {first}",
        "Estimado/a {first}:",
        "Buenos días, {first}:",
        "Estimado/a candidato/a:",
    ],
    "nl": [
        "Beste {first},",
        "Hoi {first},",
        "Geachte heer/mevrouw {last},",
        "Beste {first} {last},",
        "Goedemiddag {first},",
    ],
}

THANKS = {
    "de": [
        "vielen Dank für Ihre Bewerbung als {role} und das Interesse an {company}.",
        "herzlichen Dank für Ihre Bewerbung und die Zeit, die Sie sich für uns genommen haben.",
        "danke dir für deine Bewerbung bei {company} und dein Interesse an der Stelle als {role}.",
        "wir bedanken uns für Ihr Interesse an einer Tätigkeit bei {company}.",
        "",
    ],
    "fr": [
        "Nous vous remercions de l'intérêt que vous portez à {company} et de votre candidature au poste de {role}.",
        "Merci pour votre candidature au poste de {role}.",
        "Merci d'avoir pris le temps de postuler chez {company}.",
        "",
    ],
    "es": [
        "Gracias por tu interés en {company} y por presentar tu candidatura al puesto de {role}.",
        "Te agradecemos el tiempo que has dedicado a tu candidatura.",
        "Muchas gracias por haber participado en nuestro proceso de selección para {role}.",
        "",
    ],
    "nl": [
        "Bedankt voor je sollicitatie op de functie {role} bij {company}.",
        "Hartelijk dank voor uw belangstelling voor {company} en voor uw sollicitatie.",
        "Dank je wel voor de tijd die je in je sollicitatie hebt gestoken.",
        "",
    ],
}

SIGN = {
    "de": [
        "Mit freundlichen Grüßen\n{rfull}\nRecruiting | {company}",
        "Viele Grüße\n{rfirst}",
        "Beste Grüße\nDein {company} Talent-Team",
        "Freundliche Grüße\nIhr Personalteam der {company} GmbH",
        "Mit besten Grüßen\n{rfull}\nHR Business Partner",
    ],
    "fr": [
        "Cordialement,\n{rfull}\nChargé(e) de recrutement, {company}",
        "Bien cordialement,\nL'équipe Recrutement {company}",
        "Belle journée,\n{rfirst}",
        "Avec nos salutations distinguées,\nLa Direction des Ressources Humaines",
    ],
    "es": [
        "Un saludo,\n{rfull}\nTalent Acquisition | {company}",
        "Saludos cordiales,\nEquipo de Selección de {company}",
        "Un abrazo,\n{rfirst}",
        "Atentamente,\nDepartamento de Recursos Humanos\n{company}",
    ],
    "nl": [
        "Met vriendelijke groet,\n{rfull}\nRecruiter | {company}",
        "Groetjes,\n{rfirst}",
        "Met hartelijke groet,\nTeam Recruitment {company}",
        "Vriendelijke groeten,\nAfdeling HR, {company} B.V.",
    ],
}

FOOTER = {
    "de": [
        "Datenschutz: Ihre Bewerbungsunterlagen werden gemäß DSGVO spätestens sechs Monate nach Abschluss des Verfahrens gelöscht.",
        "Diese Nachricht wurde automatisch über {portal} versendet. Bitte antworten Sie nicht direkt auf diese E-Mail.",
        "{company} GmbH · {street} · Registergericht Amtsgericht · Geschäftsführung: {mfirst} {mlast}",
        "Folgen Sie uns auf LinkedIn und XING.",
    ],
    "fr": [
        "Conformément au RGPD, vous pouvez demander la suppression de vos données à tout moment : privacy@{cdomain}.",
        "Ce message a été envoyé automatiquement depuis {portal}, merci de ne pas y répondre.",
        "{company} SAS · {street} · RCS {city}",
        "Retrouvez toutes nos offres sur carrieres.{cdomain}",
    ],
    "es": [
        "De acuerdo con el RGPD, puedes ejercer tus derechos de acceso, rectificación y supresión escribiendo a privacidad@{cdomain}.",
        "Este mensaje se ha enviado automáticamente desde {portal}. Por favor, no respondas a este correo.",
        "{company} S.L. · {street} · {city}",
        "Síguenos en LinkedIn para conocer nuevas ofertas.",
    ],
    "nl": [
        "Je gegevens bewaren we conform de AVG maximaal vier weken na afloop van de procedure, tenzij je toestemming geeft voor langer.",
        "Dit bericht is automatisch verstuurd via {portal}. Je kunt niet op deze e-mail reageren.",
        "{company} B.V. · {street} · KvK {ref}",
        "Bekijk al onze vacatures op werkenbij.{cdomain}",
    ],
}

SUBJECTS = {
    ("de", "rej"): [
        "Ihre Bewerbung als {role}",
        "Rückmeldung zu Ihrer Bewerbung",
        "Absage: {role}",
        "Ihre Bewerbung bei {company} ({req})",
        "Deine Bewerbung bei {company}",
    ],
    ("de", "rcv"): [
        "Eingangsbestätigung Ihrer Bewerbung",
        "Ihre Bewerbung als {role}",
        "Bewerbung eingegangen – {role}",
        "Deine Bewerbung bei {company}",
    ],
    ("de", "int"): [
        "Einladung zum Vorstellungsgespräch – {role}",
        "Ihre Bewerbung als {role}: nächster Schritt",
        "Kennenlerngespräch bei {company}",
    ],
    ("fr", "rej"): [
        "Votre candidature au poste de {role}",
        "Suite donnée à votre candidature",
        "Réponse à votre candidature – {company}",
        "Candidature {req}",
    ],
    ("fr", "rcv"): [
        "Accusé de réception de votre candidature",
        "Votre candidature au poste de {role}",
        "Nous avons bien reçu votre candidature",
    ],
    ("fr", "int"): [
        "Invitation à un entretien – {role}",
        "Votre candidature : prochaine étape",
        "Entretien chez {company}",
    ],
    ("es", "rej"): [
        "Tu candidatura a {role}",
        "Respuesta a tu candidatura",
        "Proceso de selección {role} – {company}",
        "Actualización de tu candidatura",
    ],
    ("es", "rcv"): [
        "Hemos recibido tu candidatura",
        "Confirmación de candidatura – {role}",
        "Tu candidatura a {role}",
    ],
    ("es", "int"): [
        "Invitación a entrevista – {role}",
        "Siguiente fase del proceso – {company}",
        "Entrevista para {role}",
    ],
    ("nl", "rej"): [
        "Je sollicitatie bij {company}",
        "Terugkoppeling sollicitatie {role}",
        "Uw sollicitatie naar de functie {role}",
        "Update over je sollicitatie",
    ],
    ("nl", "rcv"): [
        "Ontvangstbevestiging sollicitatie",
        "Je sollicitatie voor {role}",
        "Bedankt voor je sollicitatie",
    ],
    ("nl", "int"): [
        "Uitnodiging sollicitatiegesprek – {role}",
        "Kennismakingsgesprek bij {company}",
        "Volgende stap in je sollicitatie",
    ],
}

SENDERS = {
    "de": [
        "{company} Recruiting <karriere@{cdomain}>",
        "{rfull} <{rmail}>",
        "{company} Jobs <noreply@{pdomain}>",
        "Personalabteilung {company} <bewerbung@{cdomain}>",
    ],
    "fr": [
        "{company} Recrutement <recrutement@{cdomain}>",
        "{rfull} <{rmail}>",
        "{company} via {portal} <ne-pas-repondre@{pdomain}>",
    ],
    "es": [
        "{company} Empleo <empleo@{cdomain}>",
        "{rfull} <{rmail}>",
        "Selección {company} <no-reply@{pdomain}>",
    ],
    "nl": [
        "{company} Recruitment <werkenbij@{cdomain}>",
        "{rfull} <{rmail}>",
        "{company} <noreply@{pdomain}>",
    ],
}

# English versions under a local text ("English version below"), for the bilingual families
EN_HEAD = [
    "--- English version below ---",
    "[English]",
    "(English translation follows)",
    "*** Please scroll down for the English version ***",
]


def letter(
    kind: str,
    cores: dict[str, list[str]],
    afters: dict[str, list[str]],
    *,
    leads: dict[str, list[str]] | None = None,
    two: float = 0.35,
) -> Writer:
    """A letter in one of the four languages: greeting, thanks, an optional lead sentence from
    ``leads[lang]`` (a receipt, say), one or two of the sentences in ``cores[lang]``, a closing
    line from ``afters[lang]``, a sign-off and sometimes a footer."""

    def write(r: R) -> tuple[str, str, str]:
        lang = r.choice([x for x in LANGS if x in cores])
        picks = r.rng.sample(range(len(cores[lang])), 2)
        core = r(cores[lang][picks[0]])
        if r.chance(two):
            core = f"{core} {r(cores[lang][picks[1]])}"
        if leads:
            core = f"{r(leads[lang])} {core}"
        thanks = r(THANKS[lang])
        parts = [r(HELLO[lang])]
        if r.chance(0.75):
            parts += [thanks, core]
        else:
            parts += [core, thanks[:1].upper() + thanks[1:]]
        parts += [r(afters[lang]), r(SIGN[lang])]
        if r.chance(0.4):
            parts.append(r(FOOTER[lang]))
        return r(SUBJECTS[(lang, kind)]), r.body(*parts), r(SENDERS[lang])

    return write


def bilingual(
    kind: str, local: dict[str, list[str]], english: list[str], tail: list[str]
) -> Writer:
    """A short local-language letter with an English version of the same news under it."""

    def write(r: R) -> tuple[str, str, str]:
        lang = r.choice([x for x in LANGS if x in local])
        top = r.body(
            r(HELLO[lang]), r(local[lang]), r(SIGN[lang]).split("\n")[0] + "\n" + r.c["company"]
        )
        bottom = r.body(
            r(["Dear {first},", "Hello {first},", "Hi {first},"]),
            r(english),
            r(tail),
            r(
                [
                    "Kind regards,\n{company} Recruiting",
                    "Best regards,\n{rfull}",
                    "Regards,\nHR Team",
                ]
            ),
        )
        order = (
            [top, r(EN_HEAD), bottom]
            if r.chance(0.7)
            else [
                bottom,
                r(["--- Deutsche Version unten ---", "[Version locale ci-dessous]", "---"]),
                top,
            ]
        )
        subj = r(SUBJECTS[(lang, kind)])
        if r.chance(0.5):
            subj = subj + " / " + r(["Your application", "Application update", "{role}"])
        return subj, r.body(*order), r(SENDERS[lang])

    return write


# --- a portal's status record, a terse reply and an agency's note, in the four languages ---
RECORD_FIELDS = {
    "de": ("Stelle", "Referenz", "Status", "Aktualisiert am"),
    "fr": ("Poste", "Référence", "Statut", "Mis à jour le"),
    "es": ("Puesto", "Referencia", "Estado", "Actualizado el"),
    "nl": ("Functie", "Referentie", "Status", "Bijgewerkt op"),
}
RECORD_INTRO = {
    "de": [
        "Der Status Ihrer Bewerbung hat sich geändert.",
        "Es gibt Neuigkeiten zu Ihrer Bewerbung.",
        "",
    ],
    "fr": [
        "Le statut de votre candidature a été mis à jour.",
        "Du nouveau sur votre candidature.",
        "",
    ],
    "es": ["El estado de tu candidatura ha cambiado.", "Hay novedades sobre tu candidatura.", ""],
    "nl": ["De status van je sollicitatie is gewijzigd.", "Er is nieuws over je sollicitatie.", ""],
}
RECORD_SUBJECTS = {
    "de": [
        "Statusänderung Ihrer Bewerbung",
        "Ihre Bewerbung: neuer Status",
        "[{portal}] Status aktualisiert",
    ],
    "fr": [
        "Mise à jour de votre candidature",
        "Changement de statut",
        "[{portal}] Statut mis à jour",
    ],
    "es": [
        "Actualización del estado de tu candidatura",
        "Cambio de estado",
        "[{portal}] Estado actualizado",
    ],
    "nl": [
        "Statuswijziging sollicitatie",
        "Update van je sollicitatie",
        "[{portal}] Status bijgewerkt",
    ],
}
LOGIN = {
    "de": "Melden Sie sich in Ihrem Kandidatenkonto an, um Details zu sehen.",
    "fr": "Connectez-vous à votre espace candidat pour plus de détails.",
    "es": "Accede a tu área de candidato para ver los detalles.",
    "nl": "Log in op je kandidatenaccount voor meer informatie.",
}


def status_record(values: dict[str, list[str]], meanings: dict[str, list[str]]) -> Writer:
    """A portal notification in one of the four languages: a record block whose status value
    comes from ``values[lang]``, then sometimes a line from ``meanings[lang]``."""

    def write(r: R) -> tuple[str, str, str]:
        lang = r.choice([x for x in LANGS if x in values])
        job, ref, status, updated = RECORD_FIELDS[lang]
        sep = r.choice([": ", "\t", " | "])
        block = "\n".join(
            [
                f"{job}{sep}{r.c['role']}",
                f"{ref}{sep}{r.c['req']}",
                f"{status}{sep}{r(values[lang])}",
                f"{updated}{sep}{r.c['ndate']}",
            ]
        )
        body = r.body(
            r(HELLO[lang]),
            r(RECORD_INTRO[lang]),
            block,
            r(meanings[lang]) if r.chance(0.6) else "",
            LOGIN[lang] if r.chance(0.5) else "",
            r(FOOTER[lang]) if r.chance(0.5) else "",
        )
        return r(RECORD_SUBJECTS[lang]), body, r(SENDERS[lang])

    return write


TERSE = {  # greeting, sign-off, device line, subject, per language
    "de": (
        ["Hi {first},", "Hallo {first}", ""],
        ["VG {rfirst}", "LG, {rfirst}", "{rfirst}"],
        "Von meinem iPhone gesendet",
        ["AW: {role}", "AW: Bewerbung {role}", "Re: Gespräch"],
    ),
    "fr": (
        ["Salut {first},", "Bonjour {first}", ""],
        ["Bien à toi, {rfirst}", "{rfirst}", "Bonne journée, {rfirst}"],
        "Envoyé de mon iPhone",
        ["RE: {role}", "Re: Candidature {role}", "Re: Entretien"],
    ),
    "es": (
        ["Hola {first},", ""],
        ["Saludos, {rfirst}", "Un abrazo, {rfirst}", "{rfirst}"],
        "Enviado desde mi móvil",
        ["RE: {role}", "Re: Entrevista", "RE: Candidatura {role}"],
    ),
    "nl": (
        ["Hoi {first},", ""],
        ["Groet, {rfirst}", "Gr. {rfirst}", "{rfirst}"],
        "Verzonden vanaf mijn iPhone",
        ["Re: {role}", "Re: Sollicitatie", "RE: Gesprek"],
    ),
}


def terse_local(lines: dict[str, list[str]]) -> Writer:
    """A reply typed on a phone in one of the four languages."""

    def write(r: R) -> tuple[str, str, str]:
        lang = r.choice([x for x in LANGS if x in lines])
        hello, sign, device, subjects = TERSE[lang]
        body = r.body(r(hello), r(lines[lang]), r(sign), device if r.chance(0.6) else "")
        return r(subjects), body, r(["{rfull} <{rmail}>", "{rfirst} <{rinit}>"])

    return write


AGENCY_NAMES = [
    "Halden Personalberatung|halden-personal.de",
    "Rhône Talents|rhonetalents.fr",
    "Ibérica Selección|ibericaseleccion.es",
    "Polder Recruitment|polderrecruitment.nl",
]
AGENCY_OF = dict(zip(LANGS, AGENCY_NAMES, strict=True))
AGENCY_PITCH = {
    "de": [
        "Außerdem hätte ich eine weitere spannende Position bei einem Kunden in {city}. Darf ich Ihnen das Profil schicken?",
        "Parallel betreue ich eine ähnliche Stelle: Hätten Sie diese Woche Zeit für ein kurzes Telefonat?",
    ],
    "fr": [
        "J'ai par ailleurs un autre poste chez un client à {city} qui pourrait vous plaire. Je vous envoie la fiche ?",
        "Seriez-vous disponible cette semaine pour parler d'une autre opportunité ?",
    ],
    "es": [
        "Además, tengo otra posición con un cliente en {city} que encaja con tu perfil. ¿Te la envío?",
        "¿Tienes un rato esta semana para hablar de otra oportunidad?",
    ],
    "nl": [
        "Daarnaast heb ik een andere functie bij een klant in {city} die goed bij je past. Zal ik de vacature sturen?",
        "Heb je deze week tijd voor een kort belletje over een andere kans?",
    ],
}


def agency_local(news: dict[str, list[str]], pitch: float) -> Writer:
    """An agency recruiter's note in one of the four languages: the client's news, often
    another role pitched in the same breath."""

    def write(r: R) -> tuple[str, str, str]:
        lang = r.choice([x for x in LANGS if x in news])
        agency, adom = AGENCY_OF[lang].split("|")
        sign = r(SIGN[lang]).split("\n")[0]
        body = r.body(
            r(HELLO[lang]),
            r(news[lang]),
            r(AGENCY_PITCH[lang]) if r.chance(pitch) else "",
            f"{sign}\n{r('{rfull}')}\n{agency}",
        )
        subj = r(
            [
                "{company} – {role}",
                "Feedback {company}",
                "Update: {role}",
                "{role} ({company})",
            ]
        )
        local = r.c["rmail"].split("@")[0]
        return subj, body, f"{r('{rfull}')} <{local}@{adom}>"

    return write
