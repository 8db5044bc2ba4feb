"""The guard in new shapes (issue 11, twenty-first pass, part I).

written-27 pairs each rejection with a twin from the same sender that differs only in the
deciding sentence, across channels (a text passed on as mail, a form's update, a portal's
file, a letter read off a scan). With the shipped model at filing threshold 0.6217 the guard
(rejectwatch.model.classifier.held_back) let eight of its protected twins be filed, each said in
a shape none of its readings knew:

- an appointment made, the offer of a public body's notice: "You are appointed to the position,
  effective from the start of next term" (its rejection twin names another: "Ms Lavinia has been
  appointed to the position");
- a place kept for the reader while they take a step: "A caravan bed is held for you until 19
  January. Reply with your bank details and passport copy by then", "You hold a provisional
  place on the summer team. It becomes firm when we have your tetanus date";
- the reader's entry taken for a round set for a day: "Your entry for the auditions is in. The
  screened round takes place on 14 September" (its rejection twin: "The screened round ended
  with four players invited to the final, and your number was not one of the four").

Each is read here as its kind, in other words and in the languages read ("vous êtes nommée au
poste", "u bent benoemd", "ein Platz ist bis Freitag für Sie reserviert", "tu inscripción para
las audiciones está confirmada"), said plainly (rejectwatch.model.said_plainly: no negation or
regret before it in its clause or inside it, no conditional before it in its sentence), and,
for a place kept, with nothing after it saying the place has gone ("a bed has been held for
you until Friday; it has now been given to the next name").
"""

from __future__ import annotations

from rejectwatch.model import lazy_re as re
from rejectwatch.model.said_plainly import Branches, clause_bounds, said_plainly, sentence_bounds

__all__ = ["held_in_shape"]

# The reader appointed, engaged or hired: an offer said as a decision made
_APPOINTED = re.compile(
    r"\byou (?:are|have been|['\u2019]ve been|have now been|have today been|were|will be)"
    r"(?: hereby| now| today| duly| formally| officially)* (?:appointed|engaged|hired|taken on|"
    r"employed|recruited) (?:to|as|for|into|on|in)\b"
    r"|\b(?:hereby|have|has|are pleased to|is pleased to|have decided to|has decided to|"
    r"resolved to|voted to) appoint(?:ed)? you (?:to|as|for|with effect)\b"
    r"|\b(?:decided|like|want|wants|pleased|delighted|glad|happy|agreed) to (?:hire|engage|take "
    r"on) you\b"
    # (twenty-third pass, part I: "It gives us pleasure to appoint you as Wall Supervisor", "glad
    # to be able to appoint you")
    r"|\b(?:pleasure|honou?r|privilege|able|pleased|delighted|glad|happy) to appoint you "
    r"(?:to|as|for|with effect)\b"
    # (forty-fifth pass: the reader named as the choice, "You're the committee's choice for
    # Equipment Officer from the start of the season")
    r"|\byou(?:['\u2019]re| are| were) (?:the |our )?(?:[a-z\-]+['\u2019]s )?(?:unanimous |clear "
    r"|first |preferred |top )?(?:choice|pick|preferred candidate|selection) (?:for|as)\b"
    r"|\byour appointment (?:to|as) (?:the )?[^.!?\n]{1,60}? (?:is|has been) (?:now )?(?:confirmed|"
    r"approved|made|effective)\b"
    # French, German, Dutch, Spanish, Italian, Portuguese, Nordic, Polish
    r"|\bvous (?:êtes|avez été|serez)(?: \w+)? (?:nommée?|recrutée?|engagée?|embauchée?)(?:\(e\))?"
    r" (?:au|à|en|comme|sur|pour|dans)\b"
    r"|\b(?:décidé|plaisir|heureux|heureuse|ravis?) de vous (?:nommer|recruter|engager|embaucher)\b"
    r"|\b(?:sie|du) (?:sind|wurden|werden|bist|wurdest|wirst)(?: hiermit| ab sofort)? (?:zum|zur|"
    r"als) [^.!?\n]{1,60}? (?:ernannt|bestellt|eingestellt|berufen)\b"
    r"|\b(?:sind|wurden|werden) (?:sie|du) (?:hiermit |ab sofort )?(?:zum|zur|als) [^.!?\n]{1,60}?"
    r" (?:ernannt|bestellt|eingestellt|berufen)\b"
    r"|\b(?:sie|dich) (?:\w+ ){0,2}?einzustellen\b"
    r"|\b(?:je|u) (?:bent|wordt)(?: hierbij| per [\w.\-]+)? (?:benoemd|aangenomen|aangesteld)\b"
    r"|\b(?:bent|wordt) (?:je|u) (?:hierbij |per [\w.\-]+ )?(?:benoemd|aangenomen|aangesteld)\b"
    r"|\b(?:benoemen|nemen) (?:we|wij) (?:je|jou|u) (?:graag |hierbij )?(?:aan|tot|als)\b"
    r"|\bhas sido (?:nombrad|contratad|designad|seleccionad)[oa] (?:para|como|en)\b"
    r"|\busted (?:ha sido|queda) (?:nombrad|contratad|designad)[oa]\b"
    r"|\bsei stat[oa] (?:nominat|assunt)[oa]\b|\b(?:la|ti) (?:assumiamo|nominiamo)\b"
    r"|\bvocê foi (?:nomead|contratad|admitid)[oa]\b"
    r"|\bdu (?:har )?(?:blivit|är|er|er blevet|er blitt) (?:anställd|antagen|ansat|ansatt)\b"
    r"|\b(?:zostałeś|zostałaś|został pan|została pani) (?:zatrudnion|powołan|mianowan)\w*"
)

# A place kept for the reader while they take a step
_PLACE = (
    r"(?:place|spot|seat|slot|bed|bunk|berth|room|pitch|position|vacancy|role|post|shift|space|"
    r"desk|cabin|caravan|tent|billet)"
)
_LIST = (
    r"(?:it|the (?![a-z\- ]{0,30}?\b(?:reserve|waiting|wait|standby|back-?up)\b)(?:[a-z\-]+ ){0,2}?"
    r"(?:list|roster|rota|crew|squad|team sheet|manifest))\b"
)
_KEPT = re.compile(
    r"\b(?:a|an|the|your|one|this)(?: [a-z\-]+){0,2}? " + _PLACE + r"(?: (?:on|in|at|for|with) "
    r"[^.!?\n,;]{1,50}?)? (?:is|has been|will be|is "
    r"being|is now|stays|remains)(?: [a-z]+)? (?:held|reserved|kept|saved|set aside|pencilled|"
    r"penciled|ring-?fenced|kept open|open) (?:for you|in your name)\b"
    r"|\b(?:we|i)(?:['\u2019]re| are| am|['\u2019]m) (?:holding|keeping|saving|reserving) "
    r"(?:a|an|the|your|one)(?: [a-z\-]+){0,2}? " + _PLACE + r" (?:for you|in your name|open)\b"
    r"|\b(?:we|i)(?:['\u2019]ve| have| will|['\u2019]ll) (?:hold|keep|save|reserve|held|kept|saved|"
    r"reserved) (?:a|an|the|your|one)(?: [a-z\-]+){0,2}? " + _PLACE + r" (?:for you|in your "
    r"name|open)\b"
    r"|\byou (?:now |still )?(?:hold|have|keep)(?: [a-z]+)? (?:a|an|your) (?:provisional|reserved|"
    r"conditional|held|pencilled|penciled|tentative|unconfirmed|pending)(?: [a-z\-]+){0,2}? "
    + _PLACE
    + r"\b"
    # the reader on a list for now, a step still asked ("You're on it, provisionally, for the
    # science berth - she wants your sea survival certificate by Wednesday"); not a reserve list
    r"|\byou(?:['\u2019]re| are)(?: now)? (?:provisionally |conditionally |tentatively )?on "
    + _LIST
    + r",? (?:provisionally|conditionally|tentatively|pending|subject to)\b"
    r"|\byou(?:['\u2019]re| are)(?: now)? (?:provisionally|conditionally|tentatively) on "
    + _LIST
    + r"|\b(?:becomes?|will become|is made|will be made) (?:firm|confirmed|final|definite|secure|"
    r"secured|yours) (?:when|once|as soon as) (?:we (?:have|get|receive|see)|you (?:send|return|"
    r"upload|give|provide|complete|sign|pay|reply))\b"
    # German, French, Dutch, Spanish, Italian, Portuguese
    r"|\b(?:platz|stelle|bett|zimmer|schicht)\w* (?:\w+ ){0,3}?(?:ist|bleibt|wird)(?: \w+){0,3}? "
    r"für (?:sie|dich) (?:reserviert|freigehalten|vorgemerkt|geblockt)\b"
    r"|\b(?:place|poste|lit|chambre|créneau)s? (?:vous )?(?:est|reste|sera) (?:\w+ )?(?:réservée?|"
    r"gardée?|bloquée?)(?: pour vous)?(?: jusqu)"
    r"|\b(?:plek|plaats|bed|kamer|dienst) (?:\w+ ){0,3}?(?:is|blijft|wordt)(?: \w+){0,3}? "
    r"(?:voor (?:je|jou|u) (?:gereserveerd|vastgehouden|vrijgehouden)|gereserveerd voor "
    r"(?:je|jou|u))\b"
    r"|\b(?:plaza|puesto|cama|habitación|turno)s? (?:está|queda|sigue) (?:reservad[oa]|guardad[oa])"
    r" (?:para (?:ti|usted)|a tu nombre|a su nombre)\b"
    r"|\b(?:posto|letto|camera|turno) (?:è|resta|rimane) (?:riservat[oa]|tenut[oa]) (?:per te|per "
    r"lei|a tuo nome|a suo nome)\b"
    r"|\b(?:vaga|cama|quarto|turno) (?:está|fica|continua) (?:reservad[oa]|guardad[oa]) para "
    r"(?:você|ti|si)\b"
)
# ... and nothing after it saying the place has gone
_GONE = re.compile(
    r"\b(?:has|have|had|was|were|is) (?:now )?(?:gone|been given|been passed|been offered|been "
    r"allocated|been filled|lapsed|expired|been released|been reallocated|released|filled|"
    r"taken)\b|\bno longer\b|"
    # (twenty-first pass, part N: "… so your application is closed", "the offer has now been
    # withdrawn")
    r"\b(?:offer|application|place|booking|reservation|hold) (?:has|had|is|was) (?:now )?(?:been )?"
    r"(?:withdrawn|closed|cancelled)\b|\b(?:ist|wurde) (?:\w+ )?vergeben\b|\ba été attribuée?\b"
)

# The reader's entry taken for a round, an audition or a trial set for a day
_ROUND = (
    r"(?:auditions?|trials?|heats?|rounds?|try-?outs?|selection (?:day|event|weekend|camp)s?|"
    r"assessment (?:day|centre|center)s?|screenings?|qualifiers?|castings?|tests?)"
)
_ENTERED = re.compile(
    r"\byour (?:entry|application|registration|booking|place|name|slot) (?:for|to|in|on|at) "
    r"(?:the |this |our |these )?(?:[a-z0-9\-]+ ){0,4}?" + _ROUND + r" (?:is in|is confirmed|is "
    r"accepted|is booked|is through|has been (?:accepted|confirmed|approved|booked))\b"
    r"|\byou(?:['\u2019]re| are| have been|['\u2019]ve been) (?:now )?(?:entered|registered|listed|"
    r"booked|down|drawn|scheduled) (?:in |for |into |to (?:play|sing|dance|race|run) in )(?:the |"
    r"this |our |a |an )?(?:[a-z0-9\-]+ ){0,4}?" + _ROUND + r"\b"
    r"|\bwe have you (?:down|booked|pencilled|penciled|listed|entered) (?:in )?for (?:the |this |"
    r"a |an )?(?:[a-z0-9\-]+ ){0,3}?(?:" + _ROUND + r"|interviews?|assessments?)\b"
    # French, German, Dutch, Spanish, Italian, Portuguese
    r"|\bvotre inscription (?:à|au|aux|pour) (?:l['\u2019]|la |le |les )?(?:\w+ ){0,3}?"
    r"(?:audition|épreuve|tour|sélection|essai)s? (?:est|a été) (?:confirmée|acceptée|validée|"
    r"enregistrée)\b"
    r"|\b(?:ihre|deine) (?:anmeldung|teilnahme|bewerbung) (?:zum|zur|für (?:das|die|den)) "
    r"(?:\w+ ){0,3}?(?:vorspiel|probespiel|vorsingen|casting|auswahl\w*|probetraining|sichtung)\w* "
    r"(?:ist|wurde) (?:\w+ )?(?:bestätigt|angenommen|eingegangen)\b"
    r"|\b(?:je|jouw|uw) (?:inschrijving|aanmelding) (?:voor (?:de|het) )(?:\w+ ){0,3}?(?:auditie|"
    r"proefspel|selectie|try-?out)\w* (?:is|werd) (?:\w+ )?(?:bevestigd|aangenomen|binnen)\b"
    r"|\btu (?:inscripción|participación) (?:en|para) (?:la|las|el|los) (?:\w+ ){0,3}?(?:audici"
    r"\w+|prueba|casting|selección) (?:está|ha sido|queda) (?:confirmad|aceptad|registrad)a\b"
    r"|\bla (?:tua|sua) iscrizione (?:all['\u2019]|alla |alle |al )(?:\w+ ){0,3}?(?:audizion\w+|"
    r"prova|provin\w+|selezion\w+) (?:è|è stata) (?:confermata|accettata)\b"
    r"|\bsua inscrição (?:para|na|nas|no) (?:a |as |o )?(?:\w+ ){0,3}?(?:audiç\w+|prova|seleção|"
    r"peneira) (?:está|foi) (?:confirmada|aceita)\b"
)
# The reader summoned to a round, or a round awaiting them: "le jury vous convoque au second
# tour le 8.09.", "un entretien vous attend le 6.01. à 10h", "the panel calls you to the final
# round", "an interview awaits you on Monday"
_STAGES = r"(?:interview|round|audition|stage|final|panel|assessment|test|trial|oral|heat|recall)s?"
_SUMMONED = re.compile(
    r"\b(?:calls?|summons|summon|has called|has summoned|have called|have summoned|recalls?|has "
    r"recalled|have recalled) you (?:back )?(?:to|for) (?:the|a|an|your) (?:[a-z\-]+ ){0,2}?"
    + _STAGES
    + r"\b"
    r"|\byou(?:['\u2019]re| are| have been|['\u2019]ve been) (?:called|summoned|recalled) "
    r"(?:back )?(?:to|for) (?:the|a|an|your) (?:[a-z\-]+ ){0,2}?" + _STAGES + r"\b"
    r"|\b(?:an?|your) (?:[a-z\-]+ ){0,2}?(?:interview|audition|assessment|trial|test|oral) "
    r"(?:awaits you|is waiting for you)\b"
    r"|\b(?:vous|te) convo(?:que|quons|quent|querons|querai)\b"
    r"|\b(?:vous êtes|tu es|vous serez) convoquée?s?(?:\(e\))? (?:à|au|aux|pour|le|en)\b"
    r"|\bconvocation (?:à|au|pour) (?:un |une |l['\u2019]|le |la )?(?:\w+ )?(?:entretien|épreuve|"
    r"audition|tour|oral|test)\b"
    r"|\b(?:un|une|votre|ton) (?:\w+ ){0,2}?(?:entretien|audition|épreuve|oral|rendez-vous) "
    r"(?:vous|t['\u2019]) ?attend\b"
    r"|\b(?:le|te|les) convocamos (?:a|para)\b|\b(?:la|ti|vi) convochiamo (?:a|al|alla|per)\b"
    r"|\b(?:convocamos (?:você|o senhor|a senhora)|você (?:está|foi) convocad[oa]) (?:para|a)\b"
    r"|\b(?:roepen (?:we|wij)|(?:we|wij) roepen) (?:je|jou|u) (?:graag |hierbij )?op (?:voor|om)\b"
)
# The reader's start or induction set for a day, a thing to bring said as its consequence
# ("Site induction for the pipeline welder crew is Friday at 06:45; without your CSCS card on the
# day we can't let you on site"): no refusal of the reader after it outside such a condition
_STARTING = re.compile(
    r"\b(?:site |safety |staff |new[- ]starter |crew |your )?(?:induction|onboarding|orientation|"
    r"first (?:shift|day|morning|watch))(?: (?:for|on|with|at) [^.!?\n;]{1,50}?)? (?:is|will be|"
    r"starts|begins|takes place|is on|is booked|is set)\b"
)
_REFUSED = re.compile(
    r"(?:\b(?:not|no longer|unable|cannot)\b|n['\u2019]t\b)[^.!?\n]{0,60}?\byou\b"
    r"|\byou\b[^.!?\n]{0,60}?(?:\b(?:not|no longer|unable|cannot)\b|n['\u2019]t\b)"
    r"|\b(?:unfortunately|regret|sorry|sadly|however|but|afraid|unsuccessful)\b"
)
_CONDITION = re.compile(r"\b(?:without|unless|if|otherwise|or else|failing)\b")
# ... and the round set for a day, near it
_DAY_RE = re.compile(
    r"\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|tomorrow|next week|"
    r"\d{1,2}(?:st|nd|rd|th)? (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*|"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* \d{1,2}\b|\d{1,2}[./]\d{1,2}\b|"
    r"\d{1,2}[:.]\d\d\b|\d{1,2} ?(?:am|pm|uhr|h)\b|"
    r"montag|dienstag|mittwoch|donnerstag|freitag|samstag|lundi|mardi|mercredi|jeudi|vendredi|"
    r"samedi|lunes|martes|miércoles|jueves|viernes|sábado|lunedì|martedì|mercoledì|giovedì|"
    r"venerdì|sabato|segunda|terça|quarta|quinta|sexta|maandag|dinsdag|woensdag|donderdag|vrijdag|"
    r"zaterdag|\d{1,2}(?:er)? (?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|"
    r"octobre|novembre|décembre|januar|februar|märz|april|juni|juli|august|september|oktober|"
    r"november|dezember|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|"
    r"noviembre|diciembre|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|"
    r"dicembre))"
)
# how far after an entry taken its round's day may stand (the next sentence or two)
_DAY_REACH = 240

_WRAPPED = re.compile(r"(?<=[\w,])[ \t]*\n[ \t]*(?=[a-zà-ÿ])")

_APPOINTED_PARTS = Branches(_APPOINTED)
_SUMMONED_PARTS = Branches(_SUMMONED)
_STARTING_PARTS = Branches(_STARTING)
_KEPT_PARTS = Branches(_KEPT)
_ENTERED_PARTS = Branches(_ENTERED)


def _plain(lowered: str, match: re.Match[str]) -> bool:
    """Is ``match`` said plainly: no negation or regret before it in its clause or inside it,
    no conditional before it in its sentence (rejectwatch.model.said_plainly)?"""
    return said_plainly(lowered, match.start(), match.end(), regrets=True, inside=True)


def _said(lowered: str, parts: Branches) -> bool:
    return any(_plain(lowered, match) for match in parts.finditer(lowered))


def _next_end(lowered: str, end: int) -> int:
    """Where the sentence after the one ending at ``end`` ends."""
    ahead = len(lowered) - len(lowered[end + 1 :].lstrip())
    return max(sentence_bounds(lowered, ahead, ahead)[1], end)


def _kept(lowered: str) -> bool:
    for match in _KEPT_PARTS.finditer(lowered):
        if not _plain(lowered, match):
            continue
        # the rest of its sentence and the next one: nothing says the place has gone
        _, end = sentence_bounds(lowered, match.start(), match.end())
        if _GONE.search(lowered, match.end(), _next_end(lowered, end)) is None:
            return True
    return False


def _not_refused(lowered: str, start: int, end: int) -> bool:
    """Is every refusal of the reader in the sentence ``start``-``end`` and the next one a
    condition's consequence (none at all counts)?"""
    refusals = _REFUSED.finditer(lowered, start, _next_end(lowered, end))
    return all(
        _CONDITION.search(lowered, clause_bounds(lowered, at, at)[0], at) is not None
        for at in (refusal.start() for refusal in refusals)
    )


def _entered(lowered: str) -> bool:
    # (twenty-first pass, part N: and no refusal after it, "your entry for the auditions was
    # accepted, and the round took place on 14 september. unfortunately you have not been
    # selected")
    return any(
        _plain(lowered, match)
        and _DAY_RE.search(lowered, match.start(), match.end() + _DAY_REACH) is not None
        and _not_refused(lowered, *sentence_bounds(lowered, match.start(), match.end()))
        for match in _ENTERED_PARTS.finditer(lowered)
    )


def _starting(lowered: str) -> bool:
    for match in _STARTING_PARTS.finditer(lowered):
        start, end = sentence_bounds(lowered, match.start(), match.end())
        if not (_plain(lowered, match) and _DAY_RE.search(lowered, match.end(), end)):
            continue
        # its sentence and the next: every refusal of the reader is a condition's consequence
        if _not_refused(lowered, start, end):
            return True
    return False


def held_in_shape(text: str) -> bool:
    """Does ``text`` appoint the reader ("you are appointed to the position"), keep a place for
    them while they take a step ("a bed is held for you until 19 January", "you hold a
    provisional place; it becomes firm when we have your ..."), or take their entry for a round
    set for a day ("your entry for the auditions is in. The screened round takes place on 14
    September"), in English or a language read, said plainly?"""
    # a letter read off a scan or a PDF breaks its sentences over lines: a line that goes on in
    # lower case is joined to the one before ("Site induction for the structural welder\ncrew
    # is Wednesday at 06:45")
    lowered = _WRAPPED.sub(" ", text).lower()
    return (
        _said(lowered, _APPOINTED_PARTS)
        or _kept(lowered)
        or _entered(lowered)
        or _said(lowered, _SUMMONED_PARTS)
        or _starting(lowered)
    )
