"""Pure: which language a rejection is written in, and the reply draft's wording in it.

:func:`language_of` counts common function words ("und", "nous", "hemos", "het", "siamo",
"não") in the rejection's text: a language is chosen only when its words clearly outnumber
those of every other, English included, so a bilingual mail, a short one or one in a
language not listed here gets the English draft. :func:`wording` writes the draft's
greeting, paragraphs and closing in German, French, Spanish, Dutch, Italian or Portuguese,
with the same facts the English one uses and no gap where a fact is missing. The writer's
gender is unknown, so no sentence has the writer agree with it ("déçu(e)", "obrigado/a").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["LANGUAGES", "Wording", "language_of", "wording"]


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Words frequent in any text of a language and rare in the others; a word two languages
# share ("con", "para", "una", "le") is dropped from both below.
_WORDS: dict[str, frozenset[str]] = {
    "en": _words(
        "the and you your we to of for with have that this our not be will thank would are "
        "was has been from which unfortunately application regret decided"
    ),
    "de": _words(
        "und der das wir ihre ihnen ihr nicht mit für sie ist haben eine einen leider "
        "bewerbung vielen dank uns sehr auch wünschen freundlichen grüßen dass sich auf dir "
        "dich deine dein danke herzlichen bedauern alles gute unterlagen stelle diesmal hat "
        "können wurde möchten"
    ),
    "fr": _words(
        "le les nous vous votre vos pas pour avec une des est qui malheureusement merci "
        "sommes avons pu au aux été cette suite bien nos poste notre ne avoir mesure regret "
        "retenue retenir pourvu"
    ),
    "es": _words(
        "el los las usted su sus para con una por muy hemos lamentablemente gracias del sido "
        "nuestro nuestra proceso le agradecemos y este esta tu te has muchas mucha después "
        "entrevista equipo otra sentimos lamentamos deseamos suerte nuestros nuestras "
        "ofertas selección puesto seleccionado seleccionada"
    ),
    "nl": _words(
        "het een wij u uw je jouw niet voor met van zijn hebben helaas sollicitatie bedankt "
        "ons onze graag wel hebt naar bij besloten verder gaan andere kandidaat dank groet "
        "vriendelijke jij jullie tijd op deze vacature inmiddels vervuld groeten"
    ),
    "it": _words(
        "il gli della di che non per con siamo abbiamo purtroppo grazie nostro sua è alla "
        "questa essere stata al nel selezionata colloquio ci vostro suo un saluto nostra "
        "delle nella dei successive ma tua tuo ti dispiace auguriamo meglio più proseguire"
    ),
    "pt": _words(
        "o os não para com uma seu sua nós você infelizmente obrigado agradecemos foi "
        "processo dos das candidatura vaga em selecionada selecionado pelo pela muito "
        "ao à seus suas também mais já esta na outra outros sucesso vamos informamos "
        "desejamos seletivo"
    ),
}
_SHARED = {
    w for lang, ws in _WORDS.items() for w in ws if any(w in _WORDS[o] for o in _WORDS if o != lang)
}
_DISTINCT = {lang: ws - _SHARED for lang, ws in _WORDS.items()}
LANGUAGES = tuple(lang for lang in _WORDS if lang != "en")
MIN_WORDS = 6  # fewer function words than this: too little text to tell
LEAD = 2.0  # the language's count over the next one's
_WORD_RE = re.compile(r"[^\W\d_]+")
_LINK_RE = re.compile(r"\S*(?:://|@)\S*|\S+\.\S+")  # "https://acme.com/jobs", "acme.com": no words


# How a mail in each language opens: a writer who greets in German writes in German, though
# a hiring tool may add English boilerplate around the words ("Hallo" opens Dutch mail too).
_GREETING_RES = {
    "de": re.compile(r"(?:hallo|guten (?:tag|morgen)|sehr geehrte|liebe|moin|servus)\b"),
    "fr": re.compile(r"(?:bonjour|bonsoir|cher|chère|madame|monsieur)\b"),
    "es": re.compile(r"(?:hola|estimad[oa]|buen[oa]s (?:días|tardes))\b"),
    "nl": re.compile(r"(?:beste|geachte|hallo|hoi|goedemiddag|goedemorgen)\b"),
    "it": re.compile(r"(?:gentile|buongiorno|buonasera|ciao|car[oa]|egregi[oa])\b"),
    "pt": re.compile(r"(?:olá|ola|oi|prezad[oa]|car[oa]|bom dia|boa tarde)\b"),
}
_ENGLISH_GREETING_RE = re.compile(
    r"^\s*(?:dear|hello|hi|good (?:morning|afternoon))\b", re.MULTILINE
)
GREETED_WORDS = 4  # with such a greeting, this many of the language's words suffice


def language_of(text: str) -> str:
    """ "de", "fr", "es", "nl", "it" or "pt" when *text* is clearly in that language, else "en"
    (English, or unsure: too short, bilingual, or another language). Clearly: its common
    words outnumber every other language's twice over, English's included; or the mail
    greets in it and its words outnumber the other languages' (not English's) twice over."""
    lowered = _LINK_RE.sub(" ", text[:4000].lower())
    counts = dict.fromkeys(_DISTINCT, 0)
    for word in _WORD_RE.findall(lowered):
        for lang, words in _DISTINCT.items():
            if word in words:
                counts[lang] += 1
    english = counts.pop("en")
    ranked = sorted(counts.items(), key=lambda item: item[1], reverse=True)
    (best, top), (_, second) = ranked[0], ranked[1]
    if top < LEAD * second:
        return "en"
    if top >= MIN_WORDS and top >= LEAD * english:
        return best
    lines = [line.strip() for line in lowered.splitlines() if line.strip()]
    if _ENGLISH_GREETING_RE.search(lowered):
        return "en"  # the letter again in English: in two languages
    if top >= GREETED_WORDS and any(_GREETING_RES[best].match(line) for line in lines[:3]):
        return best  # the subject may come first
    return "en"


@dataclass(frozen=True, slots=True)
class Wording:
    """A draft's text before wrapping: greeting line, paragraphs, closing (without comma
    where the language writes none: German "Viele Grüße")."""

    greeting: str
    paragraphs: tuple[str, ...]
    closing: str


def wording(
    lang: str,
    *,
    first: str,
    company: str,
    position: str,
    interviewed: bool,
    reason: str,
) -> Wording | None:
    """The draft in *lang* (one of :data:`LANGUAGES`); None for any other (English)."""
    write = _WRITERS.get(lang)
    if write is None:
        return None
    team = company if len(company) <= 60 else ""
    return write(_Facts(first, team, company, position, interviewed, reason))


@dataclass(frozen=True, slots=True)
class _Facts:
    first: str
    team: str  # the company, when short enough to greet its team
    company: str
    position: str
    interviewed: bool
    reason: str


def _german(f: _Facts) -> Wording:
    greeting = "Guten Tag,"
    if f.first or f.team:
        greeting = f"Hallo {f.first}," if f.first else f"Hallo an das Team von {f.team},"
    at = f" bei {f.company}" if f.company else ""
    about = f"zur Stelle als {f.position}{at}" if f.position else f"zur Stelle{at}"
    if not f.position and not f.company:
        about = "zu meiner Bewerbung"
    # after a greeting with a comma, German goes on in lower case (DIN 5008)
    if f.interviewed:
        opening = (
            f"vielen Dank für Ihre Zeit und für Ihre Rückmeldung {about}. Natürlich bin ich "
            "enttäuscht, aber ich verstehe die Entscheidung."
        )
        team = f"dem Team von {f.company}" if f.company else "dem Team"
        who = f"Ihnen und {team}" if f.first else team
        middle = (
            f"Die Gespräche mit {who} haben mir sehr gefallen, ich habe viel über Ihre Arbeit "
            "erfahren und die Sorgfalt im ganzen Verfahren sehr geschätzt."
        )
    else:
        opening = (
            f"vielen Dank für Ihre Rückmeldung {about} und dafür, dass Sie sich Zeit für meine "
            "Unterlagen genommen haben. Das ist natürlich schade, aber ich verstehe es."
        )
        middle = ""
    if f.reason == "role_cancelled":
        middle = _also(
            middle, "Pläne ändern sich, und ich danke Ihnen, dass Sie mir Bescheid gegeben haben."
        )
    future = (
        f"Ich würde mich freuen, wenn Sie bei künftigen passenden Stellen{at} an mich denken. "
        "Vielleicht kreuzen sich unsere Wege ja wieder."
    )
    if f.reason == "kept_on_file":
        future = (
            "Danke auch, dass Sie meine Unterlagen aufbewahren; ich würde mich freuen, wenn Sie "
            "bei künftigen Stellen an mich denken. Vielleicht kreuzen sich unsere Wege ja wieder."
        )
    return Wording(greeting, _kept(opening, middle, future), "Viele Grüße")


def _french(f: _Facts) -> Wording:
    greeting = "Bonjour,"
    if f.first or f.team:
        greeting = f"Bonjour {f.first}," if f.first else f"Bonjour à l'équipe {f.team},"
    at = f" chez {f.company}" if f.company else ""
    about = f"concernant le poste de {f.position}{at}" if f.position else f"concernant le poste{at}"
    if not f.position and not f.company:
        about = "concernant ma candidature"
    if f.interviewed:
        opening = (
            f"Merci pour votre temps et pour votre réponse {about}. C'est bien sûr une déception, "
            "mais je comprends votre décision."
        )
        team = f"l'équipe {f.company}" if f.company else "l'équipe"
        who = f"vous et {team}" if f.first else team
        middle = (
            f"J'ai beaucoup aimé échanger avec {who} et découvrir votre travail, et j'ai apprécié "
            "le soin apporté à tout le processus."
        )
    else:
        opening = (
            f"Merci pour votre réponse {about} et pour le temps consacré à mon dossier. C'est "
            "une déception, mais je comprends."
        )
        middle = ""
    if f.reason == "role_cancelled":
        middle = (
            f"{middle} Les projets évoluent, et je vous remercie de votre transparence.".strip()
        )
    future = (
        f"N'hésitez pas à penser à moi pour de futurs postes{at} qui pourraient me correspondre, "
        "ce serait avec grand plaisir. Au plaisir de croiser à nouveau votre route."
    )
    if f.reason == "kept_on_file":
        future = (
            "Merci également de conserver mon dossier. N'hésitez pas à penser à moi pour de "
            "futurs postes. Au plaisir de croiser à nouveau votre route."
        )
    return Wording(greeting, _kept(opening, middle, future), "Bien cordialement,")


def _spanish(f: _Facts) -> Wording:
    greeting = "Hola:"
    if f.first or f.team:
        greeting = f"Hola, {f.first}:" if f.first else f"Hola, equipo de {f.team}:"
    at = f" en {f.company}" if f.company else ""
    about = f"sobre el puesto de {f.position}{at}" if f.position else f"sobre el puesto{at}"
    if not f.position and not f.company:
        about = "sobre mi candidatura"
    if f.interviewed:
        opening = (
            f"Gracias por su tiempo y por informarme {about}. Lamento el resultado, claro, pero "
            "entiendo la decisión."
        )
        team = f"el equipo de {f.company}" if f.company else "el equipo"
        who = f"usted y con {team}" if f.first else team
        middle = (
            f"Disfruté mucho conversando con {who} y conociendo mejor su trabajo, y agradezco "
            "el cuidado con el que llevaron todo el proceso."
        )
    else:
        opening = (
            f"Gracias por informarme {about} y por el tiempo dedicado a mi perfil. Lamento el "
            "resultado, pero lo entiendo."
        )
        middle = ""
    if f.reason == "role_cancelled":
        middle = _also(
            middle, "Entiendo que los planes cambian, y agradezco que me lo hayan comunicado."
        )
    future = (
        f"Me encantaría que me tuvieran en cuenta para futuros puestos{at} que encajen con mi "
        "perfil. Espero que nuestros caminos vuelvan a cruzarse."
    )
    if f.reason == "kept_on_file":
        future = (
            "Gracias también por conservar mis datos; por favor, ténganme en cuenta para futuros "
            "puestos. Espero que nuestros caminos vuelvan a cruzarse."
        )
    return Wording(greeting, _kept(opening, middle, future), "Un saludo cordial,")


def _dutch(f: _Facts) -> Wording:
    greeting = "Goedendag,"
    if f.first or f.team:
        greeting = f"Beste {f.first}," if f.first else f"Beste team van {f.team},"
    at = f" bij {f.company}" if f.company else ""
    about = f"over de functie {f.position}{at}" if f.position else f"over de functie{at}"
    if not f.position and not f.company:
        about = "over mijn sollicitatie"
    if f.interviewed:
        opening = (
            f"Dank u wel voor uw tijd en voor uw bericht {about}. Ik ben natuurlijk teleurgesteld, "
            "maar ik begrijp de beslissing."
        )
        team = f"het team van {f.company}" if f.company else "het team"
        who = f"u en {team}" if f.first else team
        middle = (
            f"Ik vond de gesprekken met {who} erg prettig, heb veel over jullie werk geleerd en "
            "waardeerde de zorg waarmee het hele proces verliep."
        )
    else:
        spent = "eraan" if about == "over mijn sollicitatie" else "aan mijn sollicitatie"
        opening = (
            f"Dank u wel voor uw bericht {about} en voor de tijd die u {spent} hebt besteed. "
            "Dat is natuurlijk jammer, maar ik begrijp het."
        )
        middle = ""
    if f.reason == "role_cancelled":
        middle = _also(
            middle, "Plannen kunnen veranderen, en ik waardeer het dat u mij dit hebt laten weten."
        )
    future = (
        f"Ik zou het fijn vinden als u aan mij denkt bij toekomstige functies{at} die bij mij "
        "passen. Hopelijk kruisen onze wegen elkaar nog eens."
    )
    if f.reason == "kept_on_file":
        future = (
            "Dank u ook dat u mijn gegevens bewaart; ik hoor graag van u als er een passende "
            "functie vrijkomt. Hopelijk kruisen onze wegen elkaar nog eens."
        )
    return Wording(greeting, _kept(opening, middle, future), "Met vriendelijke groet")


def _italian(f: _Facts) -> Wording:
    greeting = "Buongiorno,"
    if f.first or f.team:
        greeting = f"Gentile {f.first}," if f.first else f"Gentile team di {f.team},"
    at = f" presso {f.company}" if f.company else ""
    about = (
        f"riguardo alla posizione di {f.position}{at}"
        if f.position
        else f"riguardo alla posizione{at}"
    )
    if not f.position and not f.company:
        about = "riguardo alla mia candidatura"
    if f.interviewed:
        opening = (
            f"Grazie per il tempo che mi avete dedicato e per il riscontro {about}. Mi dispiace, "
            "naturalmente, ma capisco la decisione."
        )
        team = f"il team di {f.company}" if f.company else "il team"
        who = f"Lei e {team}" if f.first else team
        middle = (
            f"Ho apprezzato molto i colloqui con {who}, l'occasione di conoscere meglio il vostro "
            "lavoro e la cura con cui è stato seguito tutto il processo."
        )
    else:
        opening = (
            f"Grazie per il riscontro {about} e per il tempo dedicato al mio profilo. Mi dispiace, "
            "ma capisco la decisione."
        )
        middle = ""
    if f.reason == "role_cancelled":
        middle = _also(
            middle, "So bene che i piani possono cambiare, e apprezzo che me lo abbiate comunicato."
        )
    future = (
        f"Vi chiedo di tenermi presente per future posizioni{at} adatte al mio profilo: sarebbe "
        "un piacere risentirci. Spero che le nostre strade si incrocino di nuovo."
    )
    if f.reason == "kept_on_file":
        future = (
            "Grazie anche per aver conservato il mio profilo; vi prego di tenermi presente per "
            "future posizioni. Spero che le nostre strade si incrocino di nuovo."
        )
    return Wording(greeting, _kept(opening, middle, future), "Cordiali saluti,")


def _portuguese(f: _Facts) -> Wording:
    # Written to read right in Portugal and in Brazil: no "equipa"/"equipe", "você"/"vós"
    greeting = f"Olá, {f.first}," if f.first else "Olá,"
    at = f" na {f.company}" if f.company else ""
    about = f"sobre a vaga de {f.position}{at}" if f.position else f"sobre a vaga{at}"
    if not f.position and not f.company:
        about = "sobre a minha candidatura"
    if f.interviewed:
        opening = (
            f"Agradeço o tempo que me dedicaram e a resposta {about}. Lamento o resultado, claro, "
            "mas compreendo a decisão."
        )
        work = f"o trabalho da {f.company}" if f.company else "o vosso trabalho"
        middle = (
            f"Gostei muito das conversas durante o processo e de conhecer melhor {work}, e "
            "agradeço o cuidado com que tudo foi conduzido."
        )
    else:
        opening = (
            f"Agradeço a resposta {about} e o tempo dedicado ao meu perfil. Lamento o resultado, "
            "mas compreendo."
        )
        middle = ""
    if f.reason == "role_cancelled":
        middle = _also(middle, "Sei que os planos mudam e agradeço que me tenham informado.")
    future = (
        f"Gostaria que considerassem o meu perfil para futuras vagas{at} adequadas à minha "
        "experiência. Espero que os nossos caminhos se cruzem novamente."
    )
    if f.reason == "kept_on_file":
        future = (
            "Agradeço também por guardarem os meus dados; gostaria que considerassem o meu "
            "perfil para futuras vagas. Espero que os nossos caminhos se cruzem novamente."
        )
    return Wording(greeting, _kept(opening, middle, future), "Cordialmente,")


def _also(paragraph: str, sentence: str) -> str:
    return f"{paragraph} {sentence}".strip()


def _kept(*paragraphs: str) -> tuple[str, ...]:
    return tuple(p for p in paragraphs if p)


_WRITERS = {
    "de": _german,
    "fr": _french,
    "es": _spanish,
    "nl": _dutch,
    "it": _italian,
    "pt": _portuguese,
}
