"""How a decision still ahead will be told (issue 11, twentieth pass, part E).

An application confirmation often says how a no would reach the reader, or what a stretch of
silence will mean, in the words of a refusal: "A no from the team would arrive from this address
and the dashboard will show 'Not Progressing'", "Not chosen this time? The status will read
'Position filled'", "not shortlisted means a message from us all the same", "three silent weeks
after the deadline mean the role has gone elsewhere", "Sadly we only contact those on the
shortlist: a month of silence means your application stops there". Blind slice 18 filed five such
confirmations (0.68-0.81) and left four more in the review band. Read here, each as a rule about
a decision not yet taken (rules_ahead.rule_sentence and negation's quotation check call them):

* **a stretch of silence that means the consequence, as the sentence's rule** (``stretch_means``):
  "three silent weeks ... mean", "a month of silence means", "silence from us for four weeks
  means", "not hearing from us by the 20th means", "hearing nothing back = ...". Negation's
  conditional read "silence" and "weeks of quiet" from where they stand only, so a regret or a
  policy before them in the same sentence ("sadly we only contact those on the shortlist: ...",
  "we can't always answer each person, so ...") read as a refusal given. The whole sentence is
  the rule; not after an apology for a silence past ("apologies for three weeks of silence,
  which means you've waited: we have chosen another candidate");
* **the consequence of a refusal asked as a question** (``refusal_asked``): "Not chosen this
  time? The status will read ...", "Unsuccessful? You'll get an email from us", "Not shortlisted
  on this occasion? We'll keep your CV": the sentence after such a question, as after a silence
  asked (rules_ahead). Not a question that asks why ("Why weren't you selected? The panel chose
  ...") nor one naming no refusal ("Not the news you hoped for? ...");
* **a refusal named as a case and what it brings** (``case_means``): a clause opened by the bare
  outcome ("not shortlisted means a message from us", "Not selected = an email within two
  weeks", "unsuccessful -> a note from the portal"), not a sentence whose subject was refused
  ("you were not shortlisted, which means ...");
* **a decision told as one of the alternatives of a letter still to come**
  (``alternative_ahead``, twenty-seventh pass, part A): "We'll write again once a decision is
  made: to arrange a conversation, or to say we've chosen someone else", "we will email you:
  with an interview date, or to let you know we've appointed another candidate". Negation reads
  a choice as still to come by the words before it in its clause, and a colon had cut the
  letter's "we'll" off from the choice; here a choice after "or to say", "or to let you know",
  "or telling you" is still to come when the sentence holds a future before that "or" (never a
  decision given, "we said we'd write: I'm sorry to say we've chosen someone else", which holds
  no "or");
* **a status label the portal will show** (``label_ahead``): a refusal inside quotation marks
  after a display verb in the future or the conditional ("the dashboard will show 'Not
  Progressing'", "the status would read "Unsuccessful"", "you may see 'Position filled'"). Not a
  label shown now ("your status will now show 'Not progressing'", "has been changed to
  'Rejected'"): the decision made.
"""

from __future__ import annotations

from rejectwatch.model import lazy_re as re
from rejectwatch.model.prefilter import Prefiltered

__all__ = [
    "CASE_MEANS_NEEDS",
    "NOT_APOLOGISED",
    "STRETCH_NEEDS",
    "STRETCH_NOT_APOLOGISED",
    "alternative_ahead",
    "case_means",
    "label_ahead",
    "refusal_asked",
    "stretch_means",
]

_NUMBER = (
    r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|a few|a couple of|several|"
    r"some)"
)
# What a stretch of silence means: "means", "=", an arrow, "is our answer", "tells you"
_CONSEQUENCE = (
    r"(?=[^.;!?\n]{0,60}(?:\b(?:means?|meaning|equals|tells you|is (?:our|your|the) answer|"
    r"signals?)\b|=|->|\u2192))"
)
# A stretch of silence, as the subject of its consequence: "three silent weeks", "a quiet
# month", "a month of silence", "weeks of no news", "silence from us for four weeks", "silence
# after the 16th", "not hearing from us", "hearing nothing back"
_STRETCH = re.compile(
    r"\b(?:"
    + _NUMBER
    + r"(?: more| further)? (?:silent|quiet|wordless|news-?less) (?:days?|weeks?|months?|"
    r"fortnights?)"
    r"|(?:a |one )?(?:silent|quiet) (?:week|month|fortnight)"
    # (fifty-seventh pass, third round: or a quiet phone or inbox past a point, "a quiet phone
    # past that point means we've passed on you this round")
    r"|(?:a |an )?(?:silent|quiet|empty|still) (?:phone|inbox|line|mailbox|voicemail)"
    r"(?: (?:past|after|beyond|by|from) [^.;!?\n]{1,30}?)?"
    r"|(?:days?|weeks?|months?|fortnights?|while|period) of (?:radio )?(?:silence|quiet|nothing|"
    r"no news|no word|no contact|no reply|no response)"
    r"|(?:radio )?silence(?: from (?:us|me|the team|our side)| on our (?:side|part|end))?"
    r" (?:for|after|beyond|past|over|longer than|until|by|within)\b"
    r"|not hearing(?: back| anything| a thing)?(?: from (?:us|me|the team))?"
    r"|hearing nothing(?: back)?(?: from (?:us|me|the team))?"
    # (twenty-eighth pass, part H: a stretch after a date with nothing in it, "a month after
    # closing with nothing from us in your inbox means", "two weeks past the deadline with no word
    # from the panel means")
    r"|" + _NUMBER + r" (?:days?|weeks?|months?|fortnights?) (?:after|past|from|beyond|following) "
    r"[^.;!?\n]{0,40}? with (?:nothing|no (?:word|news|reply|response|contact|e-?mail|message|"
    r"call|invitation))"
    r")" + _CONSEQUENCE
)
_STRETCH_FAST = Prefiltered(_STRETCH)
# ... and in the languages read, a silence before the word for "means" ("drei Wochen Funkstille
# nach Bewerbungsschluss bedeuten, dass …", "tres semanas de silencio … significan que …",
# "tre veckors tystnad … betyder att …"); the absence of a named word of contact was read
# already (rules_ahead's "keine Nachricht … bedeutet")
_STRETCH_ABROAD = re.compile(
    r"\b(?:funkstille|schweigen|silence|silencio|silenzio|sil\u00eancio|stilte|tystnad|stilhed|"
    r"stillhet|cisza|milczenie|hiljaisuus|lini\u0219te|t\u0103cere"
    # (twentieth pass, part I: the nouns' other cases, "miesiąc ciszy", "tři týdny ticha", and
    # Hungarian, Turkish, Russian, Greek: "három hét csend azt jelenti", Turkish "sessizlik"
    # before its "means", "три недели молчания означают", "σιωπή ... σημαίνει")
    r"|cisz[ey\u0105]|milczeni[ae]|ticho|ticha|tichem|csend\w*|sessizli\w*|"
    r"\u043c\u043e\u043b\u0447\u0430\u043d\u0438\w*|\u0442\u0438\u0448\u0438\u043d\w*|"
    r"\u03c3\u03b9\u03c9\u03c0\w*)\b"
    r"(?=[^.;!?\n]{0,80}\b(?:bedeute\w*|hei\u00dft|signifi\w*|veut dire|veulent dire|betekent|"
    r"betekenen|betyder|betyr|oznacza|znamen\w*|tarkoittaa|\u00eenseamn\u0103|inseamna|"
    r"jelenti|jelentik|jelent|anlam\u0131na gel\w*|\u043e\u0437\u043d\u0430\u0447\u0430\w*|"
    r"\u0437\u043d\u0430\u0447\u0438\u0442|\u03c3\u03b7\u03bc\u03b1\u03af\u03bd\w*)\b)"
)
_STRETCH_ABROAD_FAST = Prefiltered(_STRETCH_ABROAD)
# stretch_means is False wherever neither can match (asked only where one may,
# rules_ahead.rule_sentence)
STRETCH_NEEDS = (_STRETCH_FAST, _STRETCH_ABROAD_FAST)
# ... not a silence past, apologised for ("sorry for the radio silence", "apologies for three
# weeks of silence", "entschuldigen Sie die Funkstille", "désolés pour ce silence")
_APOLOGY = re.compile(
    r"\b(?:sorry|apolog\w*|excuse\w*|forgive|pardon\w*|entschuldig\w*|verzeih\w*|d\u00e9sol\u00e9\w*|"
    r"perd\u00f3n|disculp\w*|lo siento|scus\w*|spiacent\w*|desculp\w*|ursäkt\w*|beklag\w*|"
    r"unnskyld\w*|undskyld\w*|przeprasza\w*|omlouv\w*|eln\u00e9z\u00e9s\w*|bocs\u00e1\w*|"
    r"\u00f6z\u00fcr|\u0438\u0437\u0432\u0438\u043d\w*|\u03c3\u03c5\u03b3\u03b3\u03bd\u03ce\u03bc\w*)"
)


# Twentieth pass, part I: a silence past, apologised for, is no condition either ("Apologies for
# three weeks of silence, which means you've waited far too long: we have chosen another
# candidate", "Sorry for the radio silence, which means ...: the role has gone to someone
# else"): negation's conditional "silence" and "weeks of silence ... means" read it as a rule and
# withheld the decision after it. Fixed-width look-behinds (the stdlib's re), checked only where
# the word stands: after "silence" itself (NOT_APOLOGISED) and before a stretch's time word
# (STRETCH_NOT_APOLOGISED, behind a look-ahead for it). "for", "about", "excuse", "forgive",
# "pardon" before a silence are an apology's ("sorry for / apologies for / excuse the").
_APOLOGY_FOR = ("for ", "about ", "excuse ", "forgive ", "pardon ")
_WHOSE = ("", "the ", "our ", "my ", "this ", "that ", "all the ", "all this ", "all our ")
_HOW = ("", "long ", "radio ", "recent ", "lengthy ", "extended ", "prolonged ", "long radio ")
_HOW_LONG = (
    "a ", "one ", "two ", "three ", "four ", "five ", "six ", "seven ", "eight ", "nine ",
    "ten ", "a few ", "several ", "some ", "many ", "the ", "the past ", "the last ", "our ",
    "these ", "those ", r"\d ", r"\d\d ",
)  # fmt: skip
_UNITS = ("day", "days", "week", "weeks", "month", "months", "fortnight")
NOT_APOLOGISED = "".join(
    f"(?<!{ahead}{whose}{how}silence)" for ahead in _APOLOGY_FOR for whose in _WHOSE for how in _HOW
) + "".join(
    f"(?<!{ahead}{how_long}{unit} of silence)"
    for ahead in _APOLOGY_FOR[:2]
    for how_long in _HOW_LONG
    for unit in _UNITS
)
STRETCH_NOT_APOLOGISED = "".join(
    f"(?<!{ahead}{how_long})" for ahead in _APOLOGY_FOR for how_long in _HOW_LONG
)


def stretch_means(lowered: str, left: int, right: int) -> bool:
    """Does the sentence lowered[left:right] say what a stretch of silence means ("three
    silent weeks after the deadline mean the role has gone elsewhere", "a month of silence means
    your application stops there"), after no apology for a silence past?"""
    found = _STRETCH_FAST.search(lowered, left, right) or _STRETCH_ABROAD_FAST.search(
        lowered, left, right
    )
    return found is not None and _APOLOGY.search(lowered, left, found.start()) is None


# The refusal an outcome names: "chosen", "selected", "shortlisted", "successful", "picked",
# "progressed", "invited", "offered", "hired", "through", "taken forward", "moving forward"
_REFUSED = (
    r"(?:chosen|selected|shortlisted|short-listed|successful|picked|progressed|progressing|"
    r"invited|offered|hired|appointed|through|taken forward|moved forward|moving forward|"
    r"going forward|going ahead|the one)"
)
# A question that asks the refusal as a case, nothing before its negation ("Not chosen this
# time?", "Unsuccessful on this occasion?", "Didn't make the shortlist?", "Not selected for
# interview?"); not "why" or "how" (a refusal explained), nor a negation naming no outcome
_ASKED_REFUSAL = re.compile(
    r"[ \t\u2022*\-]*(?:(?:and|but|so|if) )?(?:"
    r"(?:not|never|wasn['\u2019]t|weren['\u2019]t)(?: been| being)? "
    + _REFUSED
    + r"|unsuccessful|unlucky|didn['\u2019]t (?:get|make|land|hear)|no luck"
    r")\b[^.!?\n]{0,60}\?[ \t]*$"
)


def refusal_asked(lowered: str, start: int, end: int) -> bool:
    """Is lowered[start:end] (a sentence ending in its "?") a refusal asked as a case ("Not
    chosen this time?", "Unsuccessful?", "Didn't make the shortlist?"), so that the sentence
    after it is its consequence?"""
    return _ASKED_REFUSAL.match(lowered, start, end) is not None


# A clause opened by the bare refusal, the case a rule names, and what it brings ("not
# shortlisted means a message from us", "Not selected = an email", "unsuccessful -> a note");
# the clause opens the sentence or follows a ";", ":", a dash or "so"
# (searched from what it brings backwards: the refusal words alone stand in most rejections)
_CASE_TAIL = re.compile(r" (?:means?|=|->|\u2192|equals|gets you|brings)(?=\s)")
_CASE_TAIL_FAST = Prefiltered(_CASE_TAIL)
# case_means is False wherever it cannot match (rules_ahead.rule_sentence)
CASE_MEANS_NEEDS = (_CASE_TAIL_FAST,)
_CASE_OUTCOME = (
    r"[ \t\u2022*\-]*(?:(?:not|never)(?: being)? "
    + _REFUSED
    + r"|unsuccessful)(?: this time| on this occasion| for (?:interview|the shortlist|this role))?$"
)
_CASE_OPENS = re.compile(r"\s*" + _CASE_OUTCOME)
_CASE_IN = re.compile(r"(?:[;:\u2013\u2014]|\s-|\bso|\band)" + _CASE_OUTCOME)


def case_means(lowered: str, left: int, right: int) -> bool:
    """Does the sentence lowered[left:right] name the refusal as a case and what it brings ("not
    shortlisted means a message from us all the same"), in a clause of its own?"""
    tail = _CASE_TAIL_FAST.search(lowered, left, right)
    while tail is not None:
        at = tail.start()
        if _CASE_OPENS.match(lowered, left, at) or _CASE_IN.search(lowered, max(left, at - 60), at):
            return True
        tail = _CASE_TAIL_FAST.search(lowered, tail.end(), right)
    return False


# A display verb ahead: "will read", "will show", "would show", "may say", "'ll see", "will
# change to", "will be set to" (not "will now show": the label shown now, the decision made);
# and in the languages read: "zeigt dann", "wird … lauten", "affichera", "indiquera",
# "mostrará", "mostrerà", "toont dan", "kommer att visa" (never a present alone: "Ihr Status
# lautet 'Abgelehnt'" is the decision)
_SHOWN_AHEAD = re.compile(
    r"(?:\b(?:will|would|may|might|could|should|can)|['\u2019]ll|['\u2019]d)"
    r" (?:then |also |simply |just |instead |probably )?(?:read|show|say|display|appear as|"
    r"see|change to|switch to|move to|update to|flip to|turn to|become|be (?:set|updated|"
    r"changed|moved|marked|shown|listed|labelled|labeled) (?:to|as))\b"
    # (fifty-seventh pass: or a present after a time ahead, "later it switches to 'Interview' or
    # 'Closed - Another Applicant Hired'", "Later it moves on to 'Interview' or to 'Closed'")
    r"|\b(?:later|later on|next|eventually|afterwards|in time|in due course)\b,? (?:it|this|that|"
    r"the (?:status|stage|label)|your (?:status|stage|label))(?: then)? (?:switches|moves|changes|"
    r"updates|flips|turns|goes|shifts|progresses)(?: on)? (?:to|into)\b"
    # (fifty-eighth pass: or the next label named before its values, "Its next label:
    # 'Interview', or 'Filled - Alternate Candidate Hired'", slice 138)
    r"|\b(?:its|the|your) (?:next|later|future|possible|coming) (?:labels?|status(?:es)?|"
    r"stages?)(?: (?:is|are|will be|could be|may be|might be))?\s*:"
    r"|\b(?:wird|w\u00fcrde|werden|w\u00fcrden)\b|\b(?:zeigt|steht|lautet|wechselt|springt) dann\b"
    r"|\b(?:affichera|afficherait|indiquera|indiquerait|passera|passerait|deviendra|"
    r"mostrar\u00e1|mostrar\u00eda|indicar\u00e1|pasar\u00e1|cambiar\u00e1|aparecer\u00e1|mostrer\u00e0|"
    r"mostrerebbe|indicher\u00e0|passer\u00e0|diventer\u00e0|apparir\u00e0|passar\u00e1)\b"
    r"|\b(?:toont|staat|wordt|verandert) dan\b|\b(?:zal|zou)\b|\b(?:kommer (?:att )?|skulle )"
    r"(?:visa|st\u00e5)\b|\b(?:visar|st\u00e5r) d\u00e5\b"
)
# ... and the label one of a case's: the sentence hypothetical ("a no from the team would
# arrive from this address and the dashboard will show 'Not Progressing'"; not "we would like to
# let you know"), the display a consequence ("will then show", "zeigt dann"), or the label one of
# alternatives ("will read 'Position filled' or 'Not progressing'"): a portal that will set the
# status it names, alone, may be telling the decision ("your status will be updated to
# 'Unsuccessful'")
_HYPOTHETICAL = re.compile(
    r"\b(?:would|could|might|w\u00fcrden?|k\u00f6nnte|zou|zouden|skulle)\b"
    r"(?! (?:like|love|be (?:happy|glad|pleased)|prefer|welcome|appreciate|encourage|recommend|"
    r"gerne|graag))|\b\w+(?:erait|eraient|r\u00eda|rebbe)\b"
)
_THEN = re.compile(r"\b(?:then|dann|alors|entonces|allora|dan|d\u00e5|ent\u00e3o)\b")
_ALTERNATIVE = re.compile(
    # (fifty-eighth pass: or a comma before it, "'Interview', or 'Filled - …'", slice 138)
    r"['\u2019\"\u201d\u00bb\u201c],? (?:or|oder|ou|o|of|eller|lub|nebo|sau)"
    # (fifty-seventh pass: "or to", "'Interview' or to 'Closed'")
    r"(?: to| into)? ['\"\u2018\u201c\u00ab\u201e]"
)
# A label opened in quotation marks after a space, a colon, a bracket or a dash and still open
# at the cue, short ("will show 'Not progr|essing'", "affichera « Non re|tenu »"); not an
# apostrophe ("we'll")
_LABEL_OPEN = re.compile(
    r"[ \t(:\[\-\u2013\u2014]['\"\u2018\u201c\u00ab\u201e][^'\"\u2019\u201d\u00bb\n]{0,40}$"
)


def label_ahead(lowered: str, left: int, at: int) -> bool:
    """Does the cue at ``at`` stand in a label in quotation marks opened in its sentence (which
    starts at ``left``) that a portal will show in a case ("A no would arrive from this address
    and the dashboard will show 'Not Progressing'", "the status will read 'Position filled' or
    'Not progressing'", "the portal will then show 'Unsuccessful'")?"""
    label = _LABEL_OPEN.search(lowered, max(left, at - 42), at)
    if label is None:
        return False
    opening = label.start() + 1
    shown = _SHOWN_AHEAD.search(lowered, left, opening)
    if shown is None:
        return False
    right = min(at + 120, len(lowered))
    return (
        _HYPOTHETICAL.search(lowered, left, opening) is not None
        or _THEN.search(lowered, shown.start(), opening) is not None
        or _ALTERNATIVE.search(lowered, max(left, opening - 60), right) is not None
    )


# Twenty-seventh pass, part A: a decision told as the other of two alternatives a letter still to
# come will bring ("we'll write again once a decision is made: to arrange a conversation, or to
# say we've chosen someone else"): blind slice 25 filed a museum's confirmation so (0.99)
_OR_TO_TELL = re.compile(
    r"\bor (?:else |just |simply )?(?:to (?:say|tell you|let you know|confirm|explain|inform you|"
    r"say that|tell you that)|(?:saying|telling you|letting you know|confirming|explaining|"
    r"informing you)"
    # (twenty-eighth pass, part H: the letter's sender in the third person, in the present of a
    # routine, "the team either books an interview with you or writes that another candidate was
    # chosen", "each applicant either gets a call or hears that the post has gone")
    r"|(?:writes|emails|e-mails|tells you|lets you know|says|confirms|informs you|"
    r"(?:hear|hears|learn|learns)(?: from us)?)(?: to say| to tell you)?(?: that)?)\b"
)
# (twenty-seventh pass, part K2: never a thing the reader knows already, "as you'll know from Sam,
# or to confirm it in writing, the post has gone to another applicant", an aside before a
# decision given)
_STILL_TO_COME = re.compile(
    r"(?:['\u2019]ll\b|\b(?:will|shall)\b)(?! (?:know|remember|recall|have (?:heard|seen)|"
    r"appreciate|understand|be aware|already)\b)|\b(?:going to|expect|once|when the)\b"
    # (part H: or "either" before the "or", two alternatives named as such)
    r"|\beither\b(?! way\b)"
)


# (thirty-seventh pass: or the decision itself right after "or", as the second of two things the
# letter will do, "An email will follow, either booking a phone screen or closing out your
# application")
_OR_JUST_BEFORE = re.compile(r"\bor (?:else |just |simply |by )?$")


def alternative_ahead(lowered: str, left: int, clause: int, at: int) -> bool:
    """Is the choice read at ``at``, in the clause starting at ``clause`` of the sentence
    starting at ``left``, told as the other of two alternatives of a letter still to come ("we'll
    write again: to arrange a conversation, or to say we've chosen someone else"): an "or to
    say" before it in its clause, and a future in the sentence before that "or"?"""
    if lowered.find(" or ", clause, at) < 0:
        return False
    found = _OR_TO_TELL.search(lowered, clause, at) or _OR_JUST_BEFORE.search(lowered, clause, at)
    return found is not None and _STILL_TO_COME.search(lowered, left, found.start()) is not None
