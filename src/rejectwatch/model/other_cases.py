"""Other mail that names a refusal as one of its cases (issue 11, twenty-first pass, part E).

Blind slice 19 filed four other mails and left six more in the review band, none of them a
decision on the reader's application; each names a refusal as a case still ahead, in words the
readings took for one given. Read here, each as a rule (rules_ahead.rule_sentence, so the cue
readings and the outcome readings both see the sentence as one, its words entering the refusal
block as ``hyp_``):

* **a silence asked, its time first** (:func:`silence_asked`): "Sunday night comes with no call
  from me? Then it's a no", "Friday passes without a word from us? Then we've gone another
  way", "End of the month and still nothing from me? ...": the sentence after the question is
  its consequence, as the eighteenth pass read "Not heard back by the 20th? Then ...", whose
  absence came first. In English a time then the absence of word from the sender (never "from
  you"), or any such absence asked with the consequence opened by "then"; in the languages
  read, an absence of word from the sender asked ("Bis Freitag keine Nachricht von uns?",
  "Vendredi soir sans nouvelles de notre part ?", "¿Llega el viernes sin noticias nuestras?")
  and the consequence opened by the language's "then" ("Dann", "Alors", "Entonces", "Dan",
  "Då");
* **the outcomes a process can have, listed** (:func:`a_case_named`): "What can happen next:
  Interview · Offer · Not moving forward", "Your status can be one of: In review, Interview,
  Offer or Not selected": a refusal label beside an invitation or an offer as one of short
  alternatives, with a word of possibility or an "or" (not a tracker's trail, "Applied ·
  Interview · Not moving forward", which names no alternative);
* **a refusal as a kind of application** (:func:`a_case_named`): "A declined application shows
  here too, and in a letter", "An unsuccessful application gets a letter as well": the
  sentence opens with an indefinite refused application (the plural, "declined applications
  are shown here", was read as a class already); not "your declined application";
* **a decision told either way** (:func:`a_case_named`): "Invited to first-stage interview or
  not, a letter will reach you within 21 days", "Shortlisted or not, you'll hear from us by
  30 June": the negation of "or not" refuses nothing;
* **the reader kept in a paused search, in other words** (:func:`kept_in`, read by
  rules_ahead.paused_kept_open beside its kept-open application): "As soon as it restarts we'll
  pick up with the candidates we already have, you included", "You remain in the process",
  "your place on the shortlist is unaffected", "Nothing has been decided".

other_mail reads two more kinds where the status rows and the dates are checked: a record
closed at the reader's own request ("Stage: Screening → Closed / Disposition: Withdrawn by
candidate") and an interview refused on one day with nothing else said of it ("We cannot offer
you an interview on Tuesday, sorry").
"""

from __future__ import annotations

from rejectwatch.model import lazy_re as re
from rejectwatch.model.prefilter import Prefiltered

__all__ = [
    "CASE_NAMED_NEEDS",
    "DAY_REFUSED_NEEDS",
    "SENT",
    "a_case_named",
    "a_day_refused",
    "kept_in",
    "silence_asked",
]

# --- a silence asked, its time first -------------------------------------------------------

# What the sender might send ("a call", "a text", "word", "an email"; rules_ahead's silence
# within a time reads it too)
SENT = (
    r"(?:phone |e-?mail |interview )?(?:calls?|callbacks?|call-backs?|texts?|messages?|news|"
    r"word|replies|reply|responses?|contact|e-?mails?|answers?|invites?|invitations?|updates?|"
    r"offers?|ping|ring|notes?|letters?|feedback|confirmation|outcome|communications?|correspondence)"
)
# ... its absence ("with no call", "without a word", "and still nothing", "not a single text"),
# never the reader's ("no reply from you")
_ABSENCE = (
    r"\b(?:(?:with |and |but )?(?:still )?no(?: single| further)? " + SENT
    + r"|without (?:a |an |any |a single )?" + SENT
    + r"|(?:with |and |but )?(?:still )?nothing(?! (?:else|to|new|more)\b)"
    + r"|not (?:a|one|a single) " + SENT
    + r")\b(?! (?:back )?(?:from|by) you\b)"
)  # fmt: skip
# A time it is bounded by, named first ("Sunday night", "Friday evening", "the weekend", "end
# of the month", "the 14th", "tomorrow")
_TIME_FIRST = (
    r"\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|weekend|tomorrow|tonight|fortnight|"
    r"(?:end|close) of (?:the |this |next )?(?:day|week|month)|(?:this|next) week|"
    # (fifty-fifth pass: the end written after its span, "Month end come and no call?")
    r"(?:month|week|year|term)[- ]end|"
    r"\d{1,2}(?:st|nd|rd|th))\b"
)
# The question: the time, then the absence ("Sunday night comes with no call from me?",
# "Monday comes and goes with nothing from the studio?")
_TIME_THEN_ABSENCE = re.compile(_TIME_FIRST + r"[^.!?\n]{0,50}?" + _ABSENCE)
_TIME_THEN_ABSENCE_FAST = Prefiltered(_TIME_THEN_ABSENCE)
# ... or any absence asked ("No word from me?") when the consequence opens on "then"
# (twenty-ninth pass, part H: or a silence named as one, "Silence for 21 days after the advert
# shuts? Then your form missed the shortlist", "All quiet by the end of the month? Then ...",
# blind slice 27's council confirmations, filed at 0.74-0.86)
# (sixty-fifth pass: or nobody who calls, "Two weeks pass an' nobody call? Den de job gone by
# somebody else", two receipts, slice 189; "No one rings by Friday? Then ...")
_ABSENCE_ASKED = re.compile(
    _ABSENCE
    + r"|\b(?:silence|silent|quiet)\b"
    + r"|\b(?:nobody|no one|no-one|noone)(?: (?:from|at) (?:the |our )?[a-z]+)?"
    r"(?: (?:has|have|had|did|does|will|would))?(?: (?:yet|ever|even))? (?:call|ring|phone|"
    r"text|write|e-?mail|contact|reply|respond|answer|get|got|reach|come|came|buzz|message)\w*"
)
# In the languages read: an absence of word asked ("kein Anruf von mir", "keine Nachricht",
# "sans nouvelles de notre part", "sin noticias nuestras", "zonder bericht van ons", "utan
# besked från oss"), never the reader's ("von Ihnen", "de votre part", "de su parte", "van u")
_ABSENCE_ABROAD = re.compile(
    r"\b(?:kein(?:e|en)?|ohne) (?:anruf|nachricht|r\u00fcckmeldung|antwort|bescheid|e-?mail|"
    r"mail|zusage|einladung|meldung)\b"
    r"|\b(?:sans|pas d['\u2019]|pas de|aucune?) ?(?:appel|nouvelles?|r\u00e9ponse|retour|"
    r"message|e-?mail|courriel)\b"
    r"|\b(?:sin|ninguna?|ning\u00fan) (?:llamada|noticias?|respuesta|mensaje|correo|"
    r"contestaci\u00f3n)\b"
    r"|\b(?:senza|nessuna?|nessun) (?:chiamata|telefonata|notizie?|risposta|messaggio|e-?mail)\b"
    r"|\b(?:sem|nenhuma?) (?:liga\u00e7\u00e3o|chamada|not\u00edcias?|resposta|mensagem|"
    r"e-?mail)\b"
    r"|\b(?:zonder|geen) (?:telefoontje|bericht|reactie|antwoord|nieuws|mail|e-?mail)\b"
    r"|\b(?:utan|inget|ingen|inga|uden|uten) (?:samtal|besked|beskjed|svar|meddelande|opkald|"
    r"anrop|e-?post)\b"
    r"|\b(?:bez|brak|\u017cadnej|\u017cadnego) (?:telefonu|wiadomo\u015bci|odpowiedzi|"
    r"kontaktu)\b"
)
_READERS_SIDE = re.compile(
    r"\b(?:von (?:ihnen|dir|euch)|de votre part|de ta part|de vous|de su parte|de usted|"
    r"de tu parte|suya|tuya|da parte sua|da parte tua|da lei|da voc\u00ea|van u|van jou|"
    r"fr\u00e5n dig|fra dig|fra deg|od pana|od pani|od ciebie)\b"
)
# The consequence opened by "then" ("Then it's a no", "Dann ...", "Alors ...", "Entonces ...")
_THEN_OPENS = re.compile(
    r"\s*(?:then|in that case|if so|dann|in diesem fall|alors|dans ce cas|entonces|en ese caso|"
    r"allora|in quel caso|ent\u00e3o|nesse caso|dan|in dat geval|d\u00e5|i s\u00e5 fall|"
    r"i s\u00e5 fald|s\u00e5|wtedy|w takim razie)\b"
    # (sixty-fifth pass: or a Creole "den", "Den de job gone by somebody else")
    r"|\s*den(?= (?:de|di|the|dem|we|wi|it|yuh|you|your|dat|that|a|mean|it['\u2019]s)\b)"
    # (fifty-fifth pass: or by the reader told what to take from it, "No word from us when the
    # month's out? Take it we've found someone", "... ? Assume the post has gone", the Krio "Know
    # say the work don go to somebody else": slice 112's receipts)
    r"|\s*(?:(?:you can|you may|you should|just|please) )?(?:take it|assume|presume|know say)\b"
    # (twenty-fourth pass, part C: or by what the silence will mean, in the future, "That will
    # mean we went with another applicant", "Cela voudra dire qu'une autre personne a été
    # prise", "Eso querrá decir que ...", "Das wird heißen, dass ..."; not the present's "Cela
    # veut dire que nous avons retenu ...", a silence explained)
    r"|\s*(?:that|this|it|which)(?: will|['\u2019]ll| would) mean\b"
    r"|\s*(?:cela|ça|ceci) (?:voudra|voudrait) dire\b|\s*(?:cela|ça|ceci) signifiera\b"
    r"|\s*(?:eso|esto|ello) (?:querrá decir|significará)\b"
    r"|\s*(?:ci[oò]|questo) (?:vorrà dire|significherà)\b"
    r"|\s*(?:isso|isto) (?:vai significar|significará|quererá dizer)\b"
    r"|\s*das (?:wird (?:heißen|bedeuten)|heißt dann|bedeutet dann)\b"
    r"|\s*dat (?:zal betekenen|betekent dan)\b"
)

# ... not a consequence that explains a silence already kept ("Weeks passed without a word from
# us? Then I owe you an apology: we have decided not to progress your application"; twenty-first
# pass, part M)
_THEN_EXPLAINS = re.compile(
    r"[ \t,]*(?:(?:i|we) owe you (?:an apology|an explanation|one)|(?:i|we) (?:must|should) "
    r"apologi[sz]e|(?:that|it)(?:['\u2019]s| is| was) because|(?:i['\u2019]m|we['\u2019]re|i am|"
    r"we are) (?:so |very |really )?sorry|(?:my |our )?apologies|sorry)\b"
)


def silence_asked(lowered: str, start: int, end: int, after: int) -> bool:
    """Is lowered[start:end] (a question, its "?" at ``end`` - 1) a silence from the sender
    asked, so that the sentence starting at ``after`` is its consequence: a time, then the
    absence ("Sunday night comes with no call from me?"), or an absence asked and the
    consequence opened by "then", in English or a language read ("No word from me? Then ...",
    "Bis Freitag keine Nachricht von uns? Dann ...")?"""
    if _TIME_THEN_ABSENCE_FAST.search(lowered, start, end) is not None:
        return True
    opens = _THEN_OPENS.match(lowered, after)
    if opens is None or _THEN_EXPLAINS.match(lowered, opens.end()) is not None:
        return False
    return _ABSENCE_ASKED.search(lowered, start, end) is not None or (
        _ABSENCE_ABROAD.search(lowered, start, end) is not None
        and _READERS_SIDE.search(lowered, start, end) is None
    )


# --- a case named: outcomes listed, a refusal as a kind, a decision told either way --------

# An invitation, an offer, a step forward, as a short item of a list
_FORWARD = (
    r"(?:an? )?(?:interview(?: invitation)?|offer(?: made)?|shortlisted|shortlist|hired|"
    r"selected|successful|progressing|progressed|moving forward|next (?:round|stage)|"
    r"assessment(?: day)?|accepted|in review|under review|invited(?: to interview)?)"
)
# A refusal, as a short item of a list
_REFUSAL_ITEM = (
    r"(?:an? )?(?:not (?:moving forward|selected|shortlisted|progressing|progressed|successful|"
    r"taken forward|chosen|hired|invited)|unsuccessful|declined|rejected|rejection|no|"
    r"polite no|regret(?:s| letter)?|closed)"
)
# where an item starts and ends: a separator of a list, "or", a colon
_ITEM_OPENS = r"(?:^|[\u00b7\u2022|/,:;(]|\bor\b|\band\b)\s*"
_ITEM_ENDS = r"\s*(?=$|[\u00b7\u2022|/,;.)!]|\bor\b)"
# (sixtieth pass, third round: a refusal item may carry its reason after a dash, "Interview, or
# Rejected - position filled", a receipt's table of later stages, slice 150)
_REFUSAL_LISTED = re.compile(
    _ITEM_OPENS
    + _REFUSAL_ITEM
    + r"(?:[ \t]*[\-\u2013\u2014][ \t]*[a-z][a-z \-]{0,30}?)?"
    + _ITEM_ENDS
)
_FORWARD_LISTED = re.compile(_ITEM_OPENS + _FORWARD + _ITEM_ENDS)
# ... alternatives: a word of possibility ("can", "could", "may", "possible", "one of",
# "either", "options", "outcomes", "what happens next"; not "can't"), or "or" in the list
_POSSIBLE = re.compile(
    r"\b(?:can(?!['\u2019]t|not)|could(?!n['\u2019]t)|may|might|possible|possibly|one of|"
    r"either|options?|outcomes|what happens next|statuses)\b|\bor\b"
)
# not a tracker's trail ("Applied → Interview → Not moving forward")
_TRAIL = re.compile(r"->|\u2192|\u27f6|=>|>")
_LIST_WORDS = re.compile(
    r"\b(?:not (?:moving|selected|shortlisted|progress|successful|taken|chosen|hired|invited)|"
    r"unsuccessful|declined|rejected|rejection|polite no|regret|closed|or no|or a no)\b"
)
_LIST_WORDS_FAST = Prefiltered(_LIST_WORDS)
# a list's separator, or an "or" between its items
_SEPARATOR = re.compile(r"[\u00b7\u2022|/]| or ")

# A refusal as a kind of application, opening the sentence ("A declined application shows
# here too", "An unsuccessful application gets a letter as well", "Any rejected CV is deleted
# after six months")
_A_KIND_REFUSED = re.compile(
    r"[ \t\u2022*\-]*(?:(?:and|but|so|also) )?(?:a|an|any|every|each|one)"
    r" (?:declined|rejected|unsuccessful|refused|non-selected|unselected|not-selected|"
    r"turned-down) (?:application|applicant|candidate|candidacy|cv|submission|entry|profile)"
    # (the subject of what such an application does or gets, in the present or a modal: not
    # "A declined application - that's the answer, I'm afraid")
    r"(?: (?:also|too|still|always|then))? (?:is|gets|shows|appears|goes|stays|remains|will|"
    r"can|may|might|would|should|receives|triggers|moves|lands|sits|counts|drops|is shown)\b"
)
# A decision told either way ("Invited to first-stage interview or not, ...", "Shortlisted or
# not - ...", "Successful or not, every applicant ..."): the sentence opens with an outcome or
# not (or "or no offer"), then a comma, a colon or a dash
_EITHER_WAY = re.compile(
    r"[ \t\u2022*\-]*(?:(?:and|but|so) )?(?:whether )?(?:[a-z\-]+ ){0,5}?"
    r"(?:chosen|selected|shortlisted|short-listed|successful|picked|progressed|invited|offered|"
    r"hired|appointed|through|accepted|interviewed|offer|interview)"
    r"(?: [a-z\-]+){0,5}? or (?:not|no [a-z\-]+)\s*[,;:\u2013\u2014\-]"
)

# a_case_named is False wherever none of these stands (rules_ahead.rule_sentence; twenty-second
# pass, part E): the list reads a word of _LIST_WORDS, a refusal as a kind opens with one of
# _A_KIND_REFUSED's, a decision told either way holds " or no"
_A_KIND_REFUSED_FAST = Prefiltered(_A_KIND_REFUSED)
_OR_NO_FAST = Prefiltered(re.compile(" or no"))
CASE_NAMED_NEEDS = (_LIST_WORDS_FAST, _A_KIND_REFUSED_FAST, _OR_NO_FAST)

# a regret after the case: the sentence gives the reader's decision
_REGRET_AFTER = re.compile(
    r"\b(?:i['\u2019]m afraid|i am afraid|we['\u2019]re afraid|sorry|unfortunately|sadly|regret"
    r"(?:fully|tably)?|this (?:is|was) yours)\b"
)


def _label_above(lowered: str, left: int) -> tuple[int, int]:
    """The (start, end) of the line above the one holding ``left`` when it ends with a colon
    (the blank lines between skipped), else an empty span."""
    end = lowered.rfind("\n", 0, left)
    while end > 0 and lowered[end - 1] == "\n":
        end -= 1
    if end <= 0 or not lowered[:end].rstrip(" \t").endswith(":"):
        return 0, 0
    return lowered.rfind("\n", 0, end) + 1, end


def _listed(lowered: str, left: int, right: int) -> bool:
    """Does the sentence lowered[left:right] list a refusal beside an invitation or an offer as
    short alternatives ("What can happen next: Interview · Offer · Not moving forward"; sixty-
    sixth pass: or a row under its label's line, "Stages it can reach:\n\nScreening | Interview |
    Offer | Unsuccessful - position filled", two receipts filed, slice 204)?"""
    if _TRAIL.search(lowered, left, right):
        return False
    if _POSSIBLE.search(lowered, left, right) is None:
        start, end = _label_above(lowered, left)
        if _POSSIBLE.search(lowered, start, end) is None:
            return False
    return (
        _REFUSAL_LISTED.search(lowered, left, right) is not None
        and _FORWARD_LISTED.search(lowered, left, right) is not None
    )


def a_case_named(lowered: str, left: int, right: int) -> bool:
    """Does the sentence lowered[left:right] name a refusal as one of its cases: the outcomes a
    process can have, listed ("What can happen next: Interview · Offer · Not moving forward"),
    a refusal as a kind of application ("A declined application shows here too"), or a
    decision told either way ("Invited to interview or not, a letter will reach you")?"""
    # (the cheap tests first: a list's separator, "or no", the sentence's opening words)
    if (
        _SEPARATOR.search(lowered, left, right) is not None
        and _LIST_WORDS_FAST.search(lowered, left, right) is not None
        and _listed(lowered, left, right)
    ):
        return True
    case = _A_KIND_REFUSED.match(lowered, left, right) or (
        _EITHER_WAY.match(lowered, left, right)
        if lowered.find(" or no", left, right) >= 0
        else None
    )
    # (twenty-first pass, part M: not when the sentence goes on to the reader's own, with a
    # regret: "An unsuccessful application gets a letter, and I'm afraid this is yours: ...",
    # "Shortlisted or not, every applicant hears from us; I'm sorry to say you were not ...")
    return case is not None and _REGRET_AFTER.search(lowered, case.end(), right) is None


# --- a step refused for one day ---------------------------------------------------------

# A step held on a day refused for that day ("We cannot offer you an interview on Tuesday,
# sorry", "I can't fit you in for a trial on Saturday", "can't put you on the rota for the
# 14th"): the day refused, not the application
_DAY = (
    r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day(?: (?:morning|afternoon|evening|night))?|"
    r"\d{1,2}(?:st|nd|rd|th)|tomorrow(?: (?:morning|afternoon|evening))?|tonight|"
    r"(?:this|that|next) (?:day|date|weekend|morning|afternoon|evening))"
)
_DAY_REFUSED = re.compile(
    r"(?:\bcannot|\bcan['\u2019]?t|\bunable to|\bnot able to|\bwon['\u2019]t be able to)"
    r" (?:offer|give|fit|squeeze|put|book|see|take|have|schedule|slot|invite)"
    r"(?: [a-z\-]+){0,4}? (?:interview|trial(?: shift| day)?|shift|slot|call|meeting|session|"
    r"rota|visit|induction|assessment)s?[ ,]*(?:on|for|at)? (?:the )?" + _DAY + r"\b"
)
_DAY_REFUSED_FAST = Prefiltered(_DAY_REFUSED)
# a_day_refused is False wherever it cannot match (rules_ahead.rule_sentence)
DAY_REFUSED_NEEDS = (_DAY_REFUSED_FAST,)
# ... one day, not a range ("for the 14th or after", "on Tuesday or any other day", "from the
# 3rd onwards")
_RANGE_AFTER = re.compile(
    r"[ \t,]*(?:or (?:after|later|any|beyond|on any|at any|at all)|and (?:after|beyond|any|"
    r"later)|onwards?|from then|after that|going forward|either|at all|nor)\b"
)
# ... and nothing of a decision in its sentence ("... on the 14th, as the post has been filled",
# "... on Tuesday: we've gone with other candidates")
_DECISION_WORDS = re.compile(
    r"\b(?:application|candidacy|candidates?|applicants?|role|post|position|vacancy|job|filled|"
    r"appointed|someone|somebody|another|other|others|chosen|selected|shortlist\w*|further|"
    r"forward|progress\w*|unsuccessful|decided|decision|any)\b"
)


def a_day_refused(lowered: str, left: int, right: int) -> bool:
    """Does the sentence lowered[left:right] refuse a step held on a day for that one day ("We
    cannot offer you an interview on Tuesday, sorry"), naming nothing of a decision?"""
    found = _DAY_REFUSED_FAST.search(lowered, left, right)
    return (
        found is not None
        and _RANGE_AFTER.match(lowered, found.end(), right) is None
        and _DECISION_WORDS.search(lowered, left, right) is None
    )


# --- the reader kept in a paused search ---------------------------------------------------

# The reader kept in the process, in the words rules_ahead._KEPT_OPEN does not read ("you remain
# in the process", "you're still a candidate", "your place on the shortlist is unaffected",
# "we'll pick up with the candidates we already have, you included", "we'll pick up where we
# left off", "your application is held", "nothing has been decided", "no one has been given
# the job"): not kept for other or future posts (rules_ahead reads no turn after it)
_KEPT_IN = re.compile(
    r"\byou(?:['\u2019]re| are| remain| stay| will remain| will stay)(?: very much)?(?: still)?"
    r" (?:(?:in|on) (?:the |our )?(?:process|running|shortlist|mix|frame|contention)|"
    r"under consideration|an? (?:active )?(?:candidate|applicant)|the candidate)\b"
    r"(?! (?:for|in) (?:other|future|similar|new)\b)"
    r"|\byour (?:place|position|spot) (?:in the process|on the shortlist|in the queue|in line)"
    r" (?:is|remains|stays) (?:unaffected|safe|secure|kept|held|open|unchanged)\b"
    r"|\b(?:does|will) not affect your (?:place|application|candidacy|position)\b"
    r"|\byour (?:application|candidacy) (?:is|remains|stays) (?:being )?(?:held|kept|"
    r"under consideration|in (?:the )?queue)\b(?! (?:for|in|on) )"
    r"|\bpick (?:things |it |this )?(?:back )?up where we left off\b"
    r"|\b(?:pick (?:things |it |this |everything )?(?:back )?up|resume|restart|continue|"
    r"carry on|come back|get back|return)\b(?:(?!\b(?:not|but|except|without)\b)[^.!?\n]){0,60}?"
    r"(?:\byou included|\bincluding you|"
    r"\byours included|\bwith you\b)"
    r"|\b(?:have not|haven['\u2019]t|we['\u2019]ve not) closed any (?:applications|candidacies)\b"
    r"|\b(?:existing|current) (?:applicants|candidates), including you, (?:remain|stay|are)\b"
    r"|\bnothing has been decided\b"
    r"|\b(?:no one|nobody|no-one) has been (?:given|offered) the (?:job|post|role|position)\b"
)
_KEPT_IN_FAST = Prefiltered(_KEPT_IN)


def kept_in(lowered: str, start: int = 0, end: int | None = None) -> re.Match[str] | None:
    """The first place in lowered[start:end] that keeps the reader in a paused search in the
    words rules_ahead._KEPT_OPEN does not read ("we'll pick up with the candidates we already
    have, you included", "You remain in the process"), or None."""
    return _KEPT_IN_FAST.search(lowered, start, len(lowered) if end is None else end)
