"""Refusals told as the post reshaped, the hire steered, the application stopped at a stage or
the process carried on with others, that blind slice 26's mix part left unread, in their
general forms (issue 11, twenty-eighth pass, part A): a hedge that the post will have no outside
hire after all, a warm note steering the hire toward someone described, a screen note or a
public notice stopping the reader's application before a stage, a learner's-English note
carrying the process on with other persons, a thread reply naming who was asked to take up the
post, a clinic's one line that no interview will be arranged, a retailer's note that someone has
started already.

Each form is written here in several wordings and trades, never for one message:

* **no outside hire after all**: "so there's no outside hire for it after all", "we won't be
  recruiting externally for the role after all", "the post won't be filled externally after
  all" ("after all": a plan reversed since the reader applied; never a staff notice that a post
  is open only to current staff, never "yet" or "until");
* **the hire steered toward someone described**: "we're steering the hire toward someone with
  agency-side buying", "the panel has steered the appointment toward a candidate who has run a
  site already" (the hire, the role or the decision, toward one person; never with the reader in
  the rest of the sentence, never a search still asking people to apply; "leaning toward" is
  left unread, a choice still to be made);
* **the reader's application stopped before a stage**: "your application stops this round",
  "yours stops before the written exam", "we'll stop your reserving actuary process before the
  technical interview", "we have decided to stop your application at this stage" (here, at this
  stage, this round or before a stage; never a pause for a holiday, never "from" expiring, nor
  emails or reminders stopped);
* **the process carried on with other persons**, in a learner's English: "we continue the
  process with other persons", "the selection continues with other profiles" (never "other
  persons of the team" who will call the reader, never with the reader among them);
* **a named other asked to take up the post**: "we have asked Gareth, who did her attachment
  with us last year, to take up the position", "I've asked Ama to step into the role" (never
  the reader, never a task, a shift, a meeting or a cover while someone is away);
* **no interview will be arranged**: "your application was reviewed; no interview will be
  arranged", "an interview will not be offered", "we won't be arranging an interview" (never
  "until", "yet" or "before" a step, never by an agency while the manager calls, never a rule
  for a class of applicants);
* **someone has started already**: "plenty of people applied and someone has started already",
  "the person we took on has already started" (never a question, never with the reader
  shadowing or starting beside them, never a chat, a form or a check started).

READINGS are appended to the outcome readings of rejectwatch.model.negation (plain_outcomes),
so none is read in a conditional, still-to-come, quoted or reader-decided sentence; each opens
with its rarest words (rejectwatch.model.prefilter.openers), so a text holding none of them is
never searched by the sentence patterns.
"""

from __future__ import annotations

from rejectwatch.model import lazy_re as re
from rejectwatch.model.decisions_closed_out import _STEP_OR_INTERVIEW_LATER
from rejectwatch.model.decisions_filled import NAME
from rejectwatch.model.decisions_forwarded import AN_OFFICE, NOT_A_JOURNEY
from rejectwatch.model.decisions_hedged import _NOT_WITH_READER
from rejectwatch.model.prefilter import readings

__all__ = ["LINE_READINGS", "OWN_WORDS", "READINGS"]

_A = r"['\u2019]"
_POST = r"(?:post|role|position|job|vacancy|opening)"
# a time that puts the step off, not away ("yet", "until March", "before the closing date")
_PUT_OFF = r"(?![^.!?\n]*\b(?:yet|until|till|for now|at the moment|this week|next week)\b)"
# the rest of the sentence keeps the reader in ("… and you'll shadow her", "alongside you")
_READER_KEPT = r"(?![^.!?\n]*\b(?:you|your|you" + _A + r"(?:re|ll|d|ve))\b)"

# no outside hire after all ("so there's no outside hire for it after all", "we won't be
# recruiting externally for the role after all")
_FOR_IT = r"(?: (?:for|on) (?:it|this one|(?:the|this|that) (?:[a-z\-]+ ){0,3}?" + _POST + r"))?"
# (part K: never a staff notice the post is open to staff, "… won't be advertised externally
# after all: it's open only to current staff, please apply via the intranet")
_OPEN_TO_STAFF = r"(?![^.!?\n]*\b(?:apply|intranet|open only to|only open to|open to all)\b)"
_NO_OUTSIDE_HIRE = re.compile(
    r"\bno (?:outside|external) (?:hire|hiring|recruitment|appointment)" + _FOR_IT
    + r",? after all\b" + _PUT_OFF
    + r"|\b(?:won" + _A + r"t|will not|aren" + _A + r"t|are not|isn" + _A + r"t|is not|not) "
    r"(?:be )?(?:hiring|recruiting|appointing|filled|advertised) (?:externally|from outside|"
    r"outside)" + _FOR_IT + r",? after all\b" + _PUT_OFF + _OPEN_TO_STAFF
)  # fmt: skip
# the hire steered toward someone described ("we're steering the hire toward someone with
# agency-side media buying"); the reader's own stop is read by _STOPS
_STEERED = re.compile(
    r"\b(?:steering|steered|swinging|swung) (?:the (?:hire|role|post|position|appointment|"
    r"decision|offer)|this (?:hire|appointment|decision)) (?:toward|towards|to) (?:someone|"
    r"somebody|another (?:candidate|applicant|person|finalist)|a (?:candidate|applicant|person|"
    r"finalist)|the other (?:candidate|applicant|finalist)) (?:with|who|whose)\b"
    + _NOT_WITH_READER
    + r"(?![^.!?\n]*\b(?:apply|applications? (?:are|is) (?:open|welcome)|encourage"
    # (part K: never the reader asked for names, nor the one described the reader: "can you
    # send me two names from your network?", "… which is you, Priya!")
    r"|names|referrals?|recommend\w*|know anyone|network|(?:is|be|was) you"
    # (nor the one appointed announced, "… our new ceo jane ode")
    r"|our new|welcom\w*|congratulat\w*|joins|joined)\b)"
)  # fmt: skip
# the reader's application stopped before a stage ("your application stops this round",
# "yours stops before the written exam", "we'll stop your process before the technical
# interview")
_WHERE_IT_STOPS = (
    r" (?:here|now|at this (?:stage|point|time)|this (?:round|time)|at (?:the )?"
    # (never the end of a hire: "stops at the offer stage, as you've accepted")
    r"(?!(?:[a-z\-]+ ){0,2}?(?:offer|onboarding|contract|signing|start|induction)\b)"
    r"(?:[a-z\-]+ ){0,2}?(?:stage|round|sift|screen)|before (?:the |our |your |a )?"
    r"(?:[a-z\-]+ ){0,3}?(?:interviews?|exams?|tests?|assessments?|assessment (?:centre|center|"
    r"day)|stage|round|panel|sift|screen|call|loop|onsite|exercise|task))\b"
    # (never a pause, "… for the christmas break and resumes in january", nor the papers
    # stopped from expiring, nor a debit, an email or a reminder)
    # (decisions_ordinary's guards too: a stage skipped or reached, a mistake mended)
    r"(?![^.!?\n]*\b(?:resume|resumes|restart|restarts|break|holiday|holidays|christmas|"
    r"shutdown|temporar\w*|while|whilst|pending|for now|until|till|if|unless|without|from "
    r"expiring|expir\w*|emails?|reminders?|notifications?|direct debit|payments?|"
    r"congratulations|well done|complet\w*|where|after which|then|straight to|directly to|skips?|"
    r"exempt|already "
    r"(?:hold|have|passed)|next step|through to|offer\w*|mistake|in error|reopen\w*)\b)"
)
_CANDIDACY = (
    r"(?:application|candidacy|candidature|file|process|submission|journey|"
    r"recruitment process|application process|selection process)"
)
# (never the reader's onboarding, a visa, a claim, a grant, a permit, a paper or a trip: "we'll
# stop your visa process here", "your grant application stops at the screening stage")
_NOT_HIRING = (
    r"(?!(?:[a-z\-]+ ){0,3}?(?:onboarding|induction|visa|payroll|refund|claim|complaint|"
    r"subscription|order|return|account|mortgage|loan|tenancy|membership|insurance|grant|"
    r"funding|bursary|scholarship|planning|permit|licen[cs]e|passport|benefit|housing|"
    r"adoption|tender|bid|award|abstract|paper|manuscript|proposal|" + NOT_A_JOURNEY + r")\b)"
)
_STOPS = re.compile(
    r"\b(?:your " + _NOT_HIRING + r"(?:[a-z\-]+ ){0,3}?" + _CANDIDACY
    + r"|yours) (?:stops|has stopped|will stop|is stopping)" + _WHERE_IT_STOPS
    + r"|\b(?:we|i)(?:" + _A + r"ll| will| shall|" + _A + r"ve| have|" + _A + r"re| are)?"
    r"(?: (?:decided|chosen|had|going) to| to)? (?:stop|stopping) your " + _NOT_HIRING
    + r"(?:[a-z\-]+ ){0,3}?"
    + _CANDIDACY + _WHERE_IT_STOPS
)  # fmt: skip
# the process carried on with other persons, in a learner's English ("we continue the process
# with other persons", "the selection continues with other profiles")
_WITH_OTHERS = (
    r" with (?:other|another|different) (?:persons?|people|candidates?|profiles?|applicants?|"
    r"participants?)\b"
    # (never the sender's colleagues who will write to the reader: "other persons of the team")
    r"(?! (?:of|from|in) (?:the|our|my) (?:team|department|company|office|hr|human))"
    r"(?![^.!?\n]*\b(?:you|your|contact|call|write|phone)\b)"
)
_CONTINUE_WITH_OTHERS = re.compile(
    r"\bwe (?:continue|follow|pursue|carry on|go on|proceed)(?: with)? (?:the|our|this) "
    r"(?:process|selection|recruitment|search)" + _WITH_OTHERS
    + r"|\b(?:the|our) (?:process|selection|recruitment) (?:continues|follows|goes on|proceeds)"
    + _WITH_OTHERS
)  # fmt: skip
# a named other asked to take up the post ("we have asked gareth, who did her attachment with us
# last year, to take up the position")
_ASKED_TO_TAKE_UP = re.compile(
    r"\b(?:we|i)(?:" + _A + r"ve| have)? (?:now )?asked (?!you\b|your\b)" + NAME
    + r"(?: [a-z](?:\.|\b)| " + NAME + r")?(?:,[^,.!?\n]{3,90},)? to (?:take up|fill|step into|"
    r"take on|accept) (?:the|this|that|our) (?:[a-z\-]+ ){0,3}?" + _POST + r"\b" + _READER_KEPT
    + r"(?![^.!?\n]*\b(?:while|cover|covering|temporarily|interim|acting|meeting|for (?:the|this) "
    r"(?:day|week|shift|weekend))\b)" + AN_OFFICE
)  # fmt: skip
# ... and the same with the other's initial, whose full stop ends a sentence for the readings
# ("we have asked gareth p., who did her attachment with us, to take up the position"): searched
# in the whole text (LINE_READINGS), from "asked" on
_ASKED_BY_INITIAL = re.compile(
    r"(?:(?<=\bwe )|(?<=\bi )|(?<=\bwe have )|(?<=\bi have )|(?<=\bwe" + _A + r"ve )|(?<=\bi"
    + _A + r"ve ))asked (?!you\b|your\b)" + NAME + r" [a-z]\.,[^,.!?\n]{3,90}, to (?:take up|"
    r"fill|step into|take on|accept) (?:the|this|that|our) (?:[a-z\-]+ ){0,3}?" + _POST + r"\b"
    + _READER_KEPT
    + r"(?![^.!?\n]*\b(?:while|cover|covering|temporarily|interim|acting|meeting|for (?:the|this) "
    r"(?:day|week|shift|weekend))\b)" + AN_OFFICE
)  # fmt: skip
# no interview will be arranged ("your application was reviewed; no interview will be
# arranged", "we won't be arranging an interview")
_ARRANGED = r"(?:arranged|offered|scheduled|set up|booked|held)"
_NOT_FOR_NOW = (
    r"(?![^.!?\n]*\b(?:yet|until|till|before|once|when|unless|without|by (?:the )?agency|"
    r"directly|link|portal|calendar|yourself|applicants who|candidates who|those who|anyone|"
    r"offer you|welcome|congratulations"
    # (part K: never a place confirmed without one, "… no interview will be arranged; your place
    # on the degree is confirmed")
    r"|(?:is|are|has been|have been) confirmed|exempt\w*|waived)\b)" + _STEP_OR_INTERVIEW_LATER
    # (and decisions_closed_out's, whose no-interview reading needs "with / for / to you": a step
    # still to take, a slot to book, a manner of interview, the application with the panel)
)
_NO_INTERVIEW = re.compile(
    r"\bno (?:interview|interviews|interview slot) (?:will|shall|can|is going to) be "
    + _ARRANGED + r"\b" + _NOT_FOR_NOW
    + r"|\b(?:an|any) interview (?:will|shall|can) not be " + _ARRANGED + r"\b" + _NOT_FOR_NOW
    # (forty-seventh pass: and "shan't", "we shan't be offering an interview this round")
    + r"|\b(?:we|i) (?:will not|won" + _A + r"t|shall not|shan" + _A + r"t|are not|aren" + _A
    + r"t) (?:be )?"
    r"(?:arranging|offering|scheduling|booking|setting up) (?:you )?(?:an|any) interview\b"
    + _NOT_FOR_NOW
)  # fmt: skip
# someone has started already ("plenty of people applied and someone has started already")
_SOMEONE_STARTED = re.compile(
    r"\b(?:someone|somebody|another (?:person|candidate|applicant)|the (?:person|candidate|"
    r"applicant) (?:we|who) (?:hired|chose|picked|took on|appointed|took|got))(?:" + _A
    + r"s| has) (?:already )?started(?: already)?(?: (?:in|on) (?:the|that|this) "
    r"(?:[a-z\-]+ ){0,2}?" + _POST + r")?"
    r"(?=[ \t]*(?:[.!;,\n\u2014\u2013]|-[ \t]|$))(?![^.!\n]*\?)" + _READER_KEPT
)  # fmt: skip

# (the stop "before" a stage is no time still to come, negation._OWN_WORDS)
_STOPPED = readings(("reader_out", _STOPS))
OWN_WORDS = tuple(pattern for _, _, pattern in _STOPPED)
READINGS = _STOPPED + readings(
    ("role_gone", _NO_OUTSIDE_HIRE),
    ("chose_other", _STEERED),
    ("chose_other", _CONTINUE_WITH_OTHERS),
    ("chose_other", _ASKED_TO_TAKE_UP),
    ("reader_out", _NO_INTERVIEW),
    ("role_gone", _SOMEONE_STARTED),
)
LINE_READINGS = readings(("chose_other", _ASKED_BY_INITIAL))
