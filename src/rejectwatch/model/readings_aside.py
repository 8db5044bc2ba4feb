"""Older false readings left in main, and the general faults behind them (issue 11,
twenty-eighth pass, part K).

Older decision readings of rejectwatch.model.negation gave a decision token to mail that refuses
no candidacy of the reader. Each kind is left unread where a reading's token is checked
(negation._unread), by the sentence that holds it and, for one, the sentence after it:

* **the reader among the ones picked** (someone else chosen): "we selected several others for
  interview as well as you", "we continue the selection with other candidates and with you in
  the next phase", "the coaches have picked you and chose two others to go forward";
* **a choice of someone for a task that is no post** (someone else chosen): "we chose someone
  with more experience to lead the workshop", "we picked someone from the museum to give the
  talk on Saturday" (a workshop, a talk, a tour, a session led, given or run; never a team, a
  project or a post, nor in a sentence naming a role, a job or an application);
* **a stop that is a pause** (the reader out): "your application stops here for the Christmas
  break and resumes on 5 January", "your visa application stops here until the employer sends
  the certificate" (a stop followed at once by "until" or by a break, or resumed in its
  sentence);
* **the reader starting beside the one hired** (someone else chosen, the post gone): "the person
  we hired has started already, so you'll shadow her", "… so you'll have a buddy";
* **a choice still leaned toward** (someone else chosen): "the panel is leaning toward a
  candidate who has led a team before; final decision next week";
* **staff news welcoming the one appointed** (someone else chosen, the post gone): "The college
  has made an appointment to the new Dean position. Welcome, Maria!" (the next sentence opens on
  a welcome to someone named; mail naming no application, candidate, interview or hiring).

Refusals in the same words stay read: "we chose someone with more experience to lead the team",
"your application stops here, as we need someone with German", "the person we hired has started
already", "we selected several others for interview whose experience matched more closely".
"""

from __future__ import annotations

from rejectwatch.model import lazy_re as re
from rejectwatch.model.readings_apart import HIRING

__all__ = ["CONTEST", "not_given"]

_READER_OUT = "xreaderout"
_CHOSE_OTHER = "xchoseother"
_ROLE_GONE = "xrolegone"

_A = r"['\u2019]"
# the reader among the ones picked
_READER_AMONG = re.compile(
    r"\b(?:others|other (?:candidates|applicants|people)|several|a few|some) (?:[a-z\-]+ ){0,4}?"
    r"(?:as well as|alongside|along with|together with) you\b"
    r"|\b(?:and|also|as well as) with you\b|\b(?:which|who|that) (?:is|was|would be) you\b"
    r"|\b(?:it|that)(?:" + _A + r"s| is) you\b"
    r"|\b(?:picked|chose|chosen|selected|shortlisted|invited) you (?:and|as well as|along with)\b"
)
# a choice of someone for a task that is no post ("to lead the workshop", "to give the talk")
_A_TASK = re.compile(
    r"\b(?:to|who (?:will|can|could)|who" + _A + r"ll) (?:lead|run|give|present|host|chair|teach|"
    r"deliver|facilitate|open|close|do|take) (?:the|this|that|our|a|an|next|tomorrow" + _A
    + r"s|(?:mon|tues|wednes|thurs|fri|satur|sun)day" + _A + r"s) (?:[a-z\-]+ ){0,2}?"
    r"(?:workshops?|sessions?|talks?|tours?|seminars?|webinars?|meetings?|classes|class|"
    r"lectures?|keynote|walk|quiz|discussion|training|reading|service|assembly|toast|speech|"
    r"demo|demonstration|briefing|raffle|auction|warm-up|masterclass)\b"
    # (or a speaker, a host or a judge for an event: "one speaker on the panel")
    r"|\b(?:speakers?|presenters?|panell?ists?|keynote|judges?|compere|emcee|hosts?) (?:on|at|"
    r"for) (?:the|this|our|a|next) (?:[a-z\-]+ ){0,2}?(?:panel|conference|event|session|evening|"
    r"night|festival|gala|fair|dinner|launch|summit|meetup|webinar)\b"
)  # fmt: skip
# ... or a contest's entries, a conference's talks or a bid's suppliers, others picked to go on
CONTEST = (
    r"judges?|entr(?:y|ies)(?!-)|talks|abstracts?|posters?|merit|prizes?|competition|contest|"
    r"heats|tournament|regional final|county trials?"
)
# (forty-sixth pass: never a post's title, "our Tournament Director", "Entries Secretary")
_A_CONTEST = re.compile(
    r"\b(?:" + CONTEST + r")\b(?! (?:director|coordinator|co-ordinator|secretary|manager|"
    r"organi[sz]er|official|officer|administrator|steward|chair|lead|controller|supervisor)s?\b)"
)
# a clinic's or a scheme's referral, the reader out of it: "… not been referred to the
# cardiologist"
_A_CLINICS = re.compile(
    r"\breferred to (?:the |a |an |your )?(?:[a-z\-]+ ){0,2}?(?:specialist|consultant|"
    r"cardiolog\w*|dermatolog\w*|clinic|hospital|physio\w*|therap\w*|advis[oe]r|counsell?or|"
    r"doctor|gp|dentist|surgeon|nurse|orthodontist|optician|audiolog\w*|service)\b"
)
# ... or work handed to a tradesperson on a list: "… you were not referred any jobs this month"
_WORK_REFERRED = re.compile(r"\breferred (?:any |a |the )?(?:jobs|work|customers|clients|leads)\b")
# a class's or a trip's place from its waiting list, or the one appointed named as staff news
# ("… so we went with a girl from the waiting list", "… a candidate who had run a charity
# before, our new ceo jane ode")
_A_CUSTOMERS_OR_NEWS = re.compile(
    r"\b(?:class|classes|course|lessons?|club|nursery|trip|camp)\b[^.!?\n]*\b(?:from|off) the "
    r"waiting list\b"
    r"|, our new (?:[a-z\-]+ ){0,2}?(?:ceo|chair|director|head|manager|principal|headteacher|"
    r"dean|president|chief|lead|coordinator|colleague)\b"
)
# ... in a sentence naming no post or application
_A_POST = re.compile(
    r"\b(?:jobs?|roles?|posts?|positions?|vacanc\w+|candida\w+|applica\w+|interview\w*|"
    r"hiring|hire|recruit\w*|shortlist\w*)\b"
)
# a stop that is a pause: "… stops here until …", "… for the christmas break and resumes …"
_PAUSED = re.compile(
    r"\b(?:stops?|stopped|ends?|ended|pauses?|paused|is on hold|halts?|halted)"
    r"(?: here| now| for now| at this (?:stage|point))? (?:until|till|for the (?:[a-z\-]+ )?"
    r"(?:break|shutdown|closure|holidays?|period|weekend))\b"
    r"|\b(?:resumes|will resume|restarts|will restart|picks up again|will pick up again|"
    r"reopens|will reopen|as a draft)\b"
    # (or a course finished: "your training journey stops here at level 2, well done on
    # completing it")
    r"|\b(?:well done|congratulations|congrats) (?:on|for) (?:completing|finishing|passing)\b"
    # (or a stage skipped: "… stops before the interview stage because you've already been
    # interviewed for the twin post; the offer follows")
    r"|\balready (?:been )?(?:interviewed|assessed|tested)\b|\boffer (?:follows|to follow|is "
    r"attached|will follow)\b"
)
_A_STOP = re.compile(r"\b(?:stops?|stopped|ends?|ended|pauses?|paused|on hold|halts?|halted)\b")
# the reader starting beside the one hired
_BESIDE_THE_HIRED = re.compile(
    r"\byou(?:" + _A + r"ll| will| can| get to)? (?:shadow|be shadowing|have a buddy|be buddied|"
    r"be paired|work alongside|be working alongside|learn from|be trained by|train with|sit "
    r"with)\b"
    # (or a rota's others while the reader is away: "… with the sunday rota while you're on
    # holiday")
    r"|\b(?:rota|shifts?)\b[^.!?\n]*\bwhile you(?:" + _A + r"re| are) (?:on holiday|away|on "
    r"leave|off)\b"
)  # fmt: skip
# ... or the mail asks the reader to set the one hired up, or praises their work since
_SET_UP = re.compile(
    r"\b(?:can|could|would|will) you (?:get|set) (?:him|her|them) (?:set up|started|going|"
    r"onboarded|up)\b|\bplease (?:get|set) (?:him|her|them) (?:set )?up\b"
    r"|\b(?:can|could|would|will) you (?:show|train|help|introduce|look after|meet|welcome) "
    r"(?:him|her|them)\b"
    r"|\b(?:he|she|they)(?:" + _A + r"s|" + _A + r"re| has| have) (?:been|done) (?:brilliant|"
    r"great|fantastic|amazing|excellent|a star|superb|really well|really good)\b"
)
# a duty a colleague is asked to take on ("we have asked dan to take on the role of fire
# marshal", "i've asked ama to step into the role of chair for thursday's meeting")
_A_DUTY = re.compile(
    r"\basked [a-z]+ (?:[a-z]\. )?to (?:take on|take up|step into|fill|cover) the (?:role|"
    r"position|duties) of (?:the )?(?:fire (?:marshal|warden)|first[- ]aider|chair|chairperson|"
    r"secretary|treasurer|minute[- ]taker|note[- ]taker|rep|representative|champion|mentor|"
    r"buddy|host|captain|coordinator|organi[sz]er|keyholder|key holder)\b"
)
# a choice still leaned toward
_LEANING = re.compile(
    r"\b(?:leaning|leans|inclined|tending) (?:toward|towards|to)\b"
    r"|\bfinal (?:decision|call|choice) (?:is )?(?:next|due|expected|by|on|later|to come|"
    r"will be)\b"
)
# ... unless the same sentence says the choice is made ("leaning towards profiles with more
# hands-on experience, and they've made their pick from those")
_CHOICE_MADE = re.compile(
    r"\bmade (?:their|our|its|his|her|a|the)(?: final)? (?:pick|choice|decision|call|selection)\b"
    r"|\b(?:have|has|ve|had) (?:now |already |finally )?(?:chosen|selected|picked|decided on|"
    r"gone with|offered (?:it|the (?:role|post|position|job)))\b"
)
# the next sentence opens on a welcome to someone named, in mail naming no hiring
_WELCOMED = re.compile(
    r"[.!]?[\s>*\-]*(?:welcome,? (?!(?:to|aboard|back|you)\b)[a-z]+\b"
    r"|please (?:join (?:me|us) in )?welcom\w* (?!you\b)[a-z]+\b)"
)


def not_given(lowered: str, left: int, right: int, token: str) -> bool:
    """Is the decision ``token`` read in ``lowered[left:right]`` none given to the reader: the
    reader among the ones picked, a task that is no post, a pause, the reader starting beside
    the one hired, a choice still leaned toward, staff news welcoming the one appointed?"""
    sentence = lowered[left:right]
    if token == _READER_OUT:
        return (
            (_A_STOP.search(sentence) is not None and _PAUSED.search(sentence) is not None)
            or (_A_CLINICS.search(sentence) is not None and _no_hiring(lowered, sentence))
            or _WORK_REFERRED.search(sentence) is not None
        )
    if token not in (_CHOSE_OTHER, _ROLE_GONE):
        return False
    if _BESIDE_THE_HIRED.search(sentence) or _SET_UP.search(lowered, left):
        return True
    if _WELCOMED.match(lowered, right) and HIRING.search(lowered) is None:
        return True
    if token != _CHOSE_OTHER:
        return False
    return (
        _READER_AMONG.search(sentence) is not None
        or (_LEANING.search(sentence) is not None and _CHOICE_MADE.search(sentence) is None)
        or (_A_DUTY.search(sentence) is not None and HIRING.search(lowered) is None)
        or _A_CUSTOMERS_OR_NEWS.search(sentence) is not None
        or (
            (_A_TASK.search(sentence) is not None or _A_CONTEST.search(sentence) is not None)
            and _no_hiring(lowered, sentence)
        )
    )


def _no_hiring(lowered: str, sentence: str) -> bool:
    """Does the mail name no hiring and the sentence no post?"""
    return HIRING.search(lowered) is None and _A_POST.search(sentence) is None
