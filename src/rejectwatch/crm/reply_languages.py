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
    say = _PHRASES.get(lang)
    if say is None:
        return None
    team = company if len(company) <= 60 else ""  # a name short enough to greet its team
    greeting = say.hello
    if first or (team and say.hello_team):
        greeting = (
            say.hello_person.format(first=first) if first else say.hello_team.format(team=team)
        )
    at = say.at.format(company=company) if company else ""
    about = say.about_role if position else say.about_post
    about = about.format(position=position, at=at)
    mine = not position and not company
    if mine:
        about = say.about_mine
    middle = ""
    if interviewed:
        opening = say.thanks_after_interview.format(about=about)
        team_of = say.team_of.format(company=company) if company else say.the_team
        who = say.you_and.format(team=team_of) if first else team_of
        middle = say.enjoyed.format(who=who)
    else:
        opening = (say.thanks_mine if mine and say.thanks_mine else say.thanks).format(about=about)
    if reason == "role_cancelled":
        middle = f"{middle} {say.plans_change}".strip()
    future = say.kept_on_file if reason == "kept_on_file" else say.future.format(at=at)
    paragraphs = tuple(p for p in (opening, middle, future) if p)
    return Wording(greeting, paragraphs, say.closing)


@dataclass(frozen=True, slots=True)
class _Phrases:
    """One language's draft, as format strings: {first}, {team}, {company}, {position}, {at}
    (" bei Acme", "" without a company), {about} (what the rejection was about), {who}."""

    hello_person: str
    hello_team: str  # "" when the language greets no team (then: hello)
    hello: str
    at: str
    about_role: str
    about_post: str
    about_mine: str
    thanks: str
    thanks_after_interview: str
    team_of: str
    the_team: str
    you_and: str
    enjoyed: str
    plans_change: str
    future: str
    kept_on_file: str
    closing: str
    thanks_mine: str = ""  # thanks when it is about "my application" (else: thanks)


_PHRASES = {
    # After a greeting with a comma, German goes on in lower case (DIN 5008); its closing
    # has no comma.
    "de": _Phrases(
        hello_person="Hallo {first},",
        hello_team="Hallo an das Team von {team},",
        hello="Guten Tag,",
        at=" bei {company}",
        about_role="zur Stelle als {position}{at}",
        about_post="zur Stelle{at}",
        about_mine="zu meiner Bewerbung",
        thanks=(
            "vielen Dank für Ihre Rückmeldung {about} und dafür, dass Sie sich Zeit für meine "
            "Unterlagen genommen haben. Das ist natürlich schade, aber ich verstehe es."
        ),
        thanks_after_interview=(
            "vielen Dank für Ihre Zeit und für Ihre Rückmeldung {about}. Natürlich bin ich "
            "enttäuscht, aber ich verstehe die Entscheidung."
        ),
        team_of="dem Team von {company}",
        the_team="dem Team",
        you_and="Ihnen und {team}",
        enjoyed=(
            "Die Gespräche mit {who} haben mir sehr gefallen, ich habe viel über Ihre Arbeit "
            "erfahren und die Sorgfalt im ganzen Verfahren sehr geschätzt."
        ),
        plans_change="Pläne ändern sich, und ich danke Ihnen, dass Sie mir Bescheid gegeben haben.",
        future=(
            "Ich würde mich freuen, wenn Sie bei künftigen passenden Stellen{at} an mich denken. "
            "Vielleicht kreuzen sich unsere Wege ja wieder."
        ),
        kept_on_file=(
            "Danke auch, dass Sie meine Unterlagen aufbewahren; ich würde mich freuen, wenn Sie "
            "bei künftigen Stellen an mich denken. Vielleicht kreuzen sich unsere Wege ja wieder."
        ),
        closing="Viele Grüße",
    ),
    "fr": _Phrases(
        hello_person="Bonjour {first},",
        hello_team="Bonjour à l'équipe {team},",
        hello="Bonjour,",
        at=" chez {company}",
        about_role="concernant le poste de {position}{at}",
        about_post="concernant le poste{at}",
        about_mine="concernant ma candidature",
        thanks=(
            "Merci pour votre réponse {about} et pour le temps consacré à mon dossier. C'est "
            "une déception, mais je comprends."
        ),
        thanks_after_interview=(
            "Merci pour votre temps et pour votre réponse {about}. C'est bien sûr une déception, "
            "mais je comprends votre décision."
        ),
        team_of="l'équipe {company}",
        the_team="l'équipe",
        you_and="vous et {team}",
        enjoyed=(
            "J'ai beaucoup aimé échanger avec {who} et découvrir votre travail, et j'ai apprécié "
            "le soin apporté à tout le processus."
        ),
        plans_change="Les projets évoluent, et je vous remercie de votre transparence.",
        future=(
            "N'hésitez pas à penser à moi pour de futurs postes{at} qui pourraient me "
            "correspondre, ce serait avec grand plaisir. Au plaisir de croiser à nouveau "
            "votre route."
        ),
        kept_on_file=(
            "Merci également de conserver mon dossier. N'hésitez pas à penser à moi pour de "
            "futurs postes. Au plaisir de croiser à nouveau votre route."
        ),
        closing="Bien cordialement,",
    ),
    "es": _Phrases(
        hello_person="Hola, {first}:",
        hello_team="Hola, equipo de {team}:",
        hello="Hola:",
        at=" en {company}",
        about_role="sobre el puesto de {position}{at}",
        about_post="sobre el puesto{at}",
        about_mine="sobre mi candidatura",
        thanks=(
            "Gracias por informarme {about} y por el tiempo dedicado a mi perfil. Lamento el "
            "resultado, pero lo entiendo."
        ),
        thanks_after_interview=(
            "Gracias por su tiempo y por informarme {about}. Lamento el resultado, claro, pero "
            "entiendo la decisión."
        ),
        team_of="el equipo de {company}",
        the_team="el equipo",
        you_and="usted y con {team}",
        enjoyed=(
            "Disfruté mucho conversando con {who} y conociendo mejor su trabajo, y agradezco "
            "el cuidado con el que llevaron todo el proceso."
        ),
        plans_change="Entiendo que los planes cambian, y agradezco que me lo hayan comunicado.",
        future=(
            "Me encantaría que me tuvieran en cuenta para futuros puestos{at} que encajen con mi "
            "perfil. Espero que nuestros caminos vuelvan a cruzarse."
        ),
        kept_on_file=(
            "Gracias también por conservar mis datos; por favor, ténganme en cuenta para futuros "
            "puestos. Espero que nuestros caminos vuelvan a cruzarse."
        ),
        closing="Un saludo cordial,",
    ),
    # Dutch closes without a comma
    "nl": _Phrases(
        hello_person="Beste {first},",
        hello_team="Beste team van {team},",
        hello="Goedendag,",
        at=" bij {company}",
        about_role="over de functie {position}{at}",
        about_post="over de functie{at}",
        about_mine="over mijn sollicitatie",
        thanks=(
            "Dank u wel voor uw bericht {about} en voor de tijd die u aan mijn sollicitatie "
            "hebt besteed. Dat is natuurlijk jammer, maar ik begrijp het."
        ),
        thanks_mine=(
            "Dank u wel voor uw bericht {about} en voor de tijd die u eraan hebt besteed. "
            "Dat is natuurlijk jammer, maar ik begrijp het."
        ),
        thanks_after_interview=(
            "Dank u wel voor uw tijd en voor uw bericht {about}. Ik ben natuurlijk teleurgesteld, "
            "maar ik begrijp de beslissing."
        ),
        team_of="het team van {company}",
        the_team="het team",
        you_and="u en {team}",
        enjoyed=(
            "Ik vond de gesprekken met {who} erg prettig, heb veel over jullie werk geleerd en "
            "waardeerde de zorg waarmee het hele proces verliep."
        ),
        plans_change=(
            "Plannen kunnen veranderen, en ik waardeer het dat u mij dit hebt laten weten."
        ),
        future=(
            "Ik zou het fijn vinden als u aan mij denkt bij toekomstige functies{at} die bij mij "
            "passen. Hopelijk kruisen onze wegen elkaar nog eens."
        ),
        kept_on_file=(
            "Dank u ook dat u mijn gegevens bewaart; ik hoor graag van u als er een passende "
            "functie vrijkomt. Hopelijk kruisen onze wegen elkaar nog eens."
        ),
        closing="Met vriendelijke groet",
    ),
    "it": _Phrases(
        hello_person="Gentile {first},",
        hello_team="Gentile team di {team},",
        hello="Buongiorno,",
        at=" presso {company}",
        about_role="riguardo alla posizione di {position}{at}",
        about_post="riguardo alla posizione{at}",
        about_mine="riguardo alla mia candidatura",
        thanks=(
            "Grazie per il riscontro {about} e per il tempo dedicato al mio profilo. Mi dispiace, "
            "ma capisco la decisione."
        ),
        thanks_after_interview=(
            "Grazie per il tempo che mi avete dedicato e per il riscontro {about}. Mi dispiace, "
            "naturalmente, ma capisco la decisione."
        ),
        team_of="il team di {company}",
        the_team="il team",
        you_and="Lei e {team}",
        enjoyed=(
            "Ho apprezzato molto i colloqui con {who}, l'occasione di conoscere meglio il vostro "
            "lavoro e la cura con cui è stato seguito tutto il processo."
        ),
        plans_change=(
            "So bene che i piani possono cambiare, e apprezzo che me lo abbiate comunicato."
        ),
        future=(
            "Vi chiedo di tenermi presente per future posizioni{at} adatte al mio profilo: sarebbe "
            "un piacere risentirci. Spero che le nostre strade si incrocino di nuovo."
        ),
        kept_on_file=(
            "Grazie anche per aver conservato il mio profilo; vi prego di tenermi presente per "
            "future posizioni. Spero che le nostre strade si incrocino di nuovo."
        ),
        closing="Cordiali saluti,",
    ),
    # Written to read right in Portugal and in Brazil: no "equipa"/"equipe", "você"/"vós"
    "pt": _Phrases(
        hello_person="Olá, {first},",
        hello_team="",
        hello="Olá,",
        at=" na {company}",
        about_role="sobre a vaga de {position}{at}",
        about_post="sobre a vaga{at}",
        about_mine="sobre a minha candidatura",
        thanks=(
            "Agradeço a resposta {about} e o tempo dedicado ao meu perfil. Lamento o resultado, "
            "mas compreendo."
        ),
        thanks_after_interview=(
            "Agradeço o tempo que me dedicaram e a resposta {about}. Lamento o resultado, claro, "
            "mas compreendo a decisão."
        ),
        team_of="o trabalho da {company}",
        the_team="o vosso trabalho",
        you_and="{team}",
        enjoyed=(
            "Gostei muito das conversas durante o processo e de conhecer melhor {who}, e "
            "agradeço o cuidado com que tudo foi conduzido."
        ),
        plans_change="Sei que os planos mudam e agradeço que me tenham informado.",
        future=(
            "Gostaria que considerassem o meu perfil para futuras vagas{at} adequadas à minha "
            "experiência. Espero que os nossos caminhos se cruzem novamente."
        ),
        kept_on_file=(
            "Agradeço também por guardarem os meus dados; gostaria que considerassem o meu "
            "perfil para futuras vagas. Espero que os nossos caminhos se cruzem novamente."
        ),
        closing="Cordialmente,",
    ),
}
LANGUAGES = tuple(_PHRASES)
