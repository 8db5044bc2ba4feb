"""Outcomes told in shapes no reading held (issue 11, sixty-first pass, second round: read slices
153 and 154's misses). Each form is written here in several wordings, never for one message:

* **the post allotted to another**: "the strapping job is allotted to one Meerut unit worker",
  "the post was allocated to a colleague" (never to the reader, and never assigned to a recruiter
  who will read the application);
* **others pursued instead**, as the letter is written: "we're pursuing others instead";
* **a person named, chosen for the post**: "the management selected Eng. Ahmed Nabil for the Site
  Engineer position" (never the reader, a date or a slot);
* **stopping with the reader**: "so we'll stop there with you", "we're stopping at this round
  with you";
* **the candidature ending, told bare**: "Candidature ends at this stage, without the oral";
* **moving on the post with a different candidate**: "the hiring group is moving on QA Lead with a
  different candidate";
* **this application inactive or closed**: "this application is now inactive and closed on the
  portal";
* **the answer on the post is no**: "the answer on Stock Clerk is no";
* **the application declined by the employer**: "application declined by the store";
* **a cohort or a list complete without the reader**: "The cohort of six is now complete, and you
  are outside it".

READINGS are appended to the outcome readings of rejectwatch.model.negation (plain_outcomes),
so none is read in a conditional, still-to-come, quoted or reader-decided sentence.
"""

from __future__ import annotations

from rejectwatch.model import lazy_re as re
from rejectwatch.model.decisions_casual import _A
from rejectwatch.model.prefilter import readings

__all__ = ["READINGS"]

_POSTS = r"(?:job|post|role|position|vacancy|opening|place|spot|seat|work|contract)"
# the sentence or its clause ends, or goes on with "and", "so" or "since"
_END = r"(?=[ \t]*(?:[.;!,]|\n|$| and\b| so\b| since\b| as\b))"

_ALLOTTED = re.compile(
    r"\b" + _POSTS + r" (?:is|was|has been|had been|got|now) (?:now )?(?:allotted|allocated|"
    r"awarded) to (?!you\b|your\b|yourself\b)(?:one|a|an|another|the other|someone|somebody|"
    r"mr\.?|mrs\.?|ms\.?|miss|dr\.?|our)\b"
    r"(?![^.!?\n]*\b(?:recruiter|consultant|reviewer|coordinator|co-ordinator|panel member)s?\b)"
)
# others told bare, pursued instead as the letter is written (the future is
# decisions_concluded._PURSUE_OTHERS)
_OTHERS_INSTEAD = re.compile(
    r"\b(?:are|is|we" + _A + r"re|they" + _A + r"re) (?:now )?(?:pursuing|progressing|proceeding "
    r"with|continuing with|going with|taking forward|carrying on with) (?:others|someone else|"
    r"somebody else) instead\b"
)
# a title before the name, its stop no sentence's end ("Eng. Ahmed Nabil")
_TITLE = r"(?:(?:eng|dr|mr|mrs|ms|miss|arch|capt|prof|engr|er)\.? )?"
_NOT_A_NAME = (
    r"(?!(?:you|your|yourself|dates?|times?|slots?|days?|venues?|rooms?|one|two|three|to|the|a|an|"
    r"as|and|our|their|his|her|its|this|that|for|from|in|on|at|by|with|who|which)\b)"
)
# the chooser: "we", "they", the management, a panel or a client, never "you have been"
_CHOOSER = (
    r"\b(?:we|they|management|the (?:[a-z\-]+ )?(?:management|panel|board|client|committee|"
    r"company|team|firm|owners?|partners?|director|manager|practice|hospital|school|council|"
    r"department|office))(?: (?:has|have|had|finally|eventually|then|now|already))*"
)
_NAMED_CHOSEN = re.compile(
    _CHOOSER + r" (?:selected|chose|chosen|appointed|picked|hired|went with|gone with) " + _TITLE
    + _NOT_A_NAME + r"[a-z][a-z'\-]+ " + _NOT_A_NAME + r"[a-z][a-z'\-]+ for the "
    r"(?:[a-z\-&]+ ){0,4}?(?:position|role|post|job|vacancy)\b"
)  # fmt: skip
_STOP_WITH_YOU = re.compile(
    r"\b(?:stop|stopping|end|ending|leave it|leaving it|close|closing|finish|finishing|pause|"
    r"halt|halting) (?:it )?(?:there|here|now|at this (?:round|stage|point|step)) with you" + _END
)
_CANDIDATURE_ENDS = re.compile(
    r"(?:^|(?<=\n)|(?<=[.;:] ))(?:the |this |your )?(?:candidature|candidacy|application) "
    r"(?:ends|stops|closes|concludes|terminates|halts) (?:here|now|at this (?:stage|point|step|"
    r"round))\b(?! (?:if|unless|when|until|for (?:anyone|candidates|applicants|those))\b)"
)
_MOVING_ON_WITH = re.compile(
    r"\bmoving (?:on|ahead|forward) (?:(?:on|for|with) )?(?:the )?(?:[a-z\-&]+ ){0,4}?with "
    r"(?:a different|another|an?other|other) (?:candidate|applicant|person|finalist)s?\b"
)
_THIS_APPLICATION_INACTIVE = re.compile(
    r"\bthis application (?:is|has been|was) (?:now )?(?:inactive|marked inactive)\b"
    r"|\bthis application (?:is|has been) (?:now )?(?:inactive|archived) and (?:closed|archived)\b"
)
_ANSWER_IS_NO = re.compile(
    r"\bthe answer (?:on|for|to|about|regarding|re|with) (?:the |your |this )?"
    r"(?:(?!(?:questions?|query|queries|survey|quiz|form|field|box|item|poll)\b)[a-z\-&]+ ){0,4}?"
    r"is (?:still |a |sadly |unfortunately |regrettably |still a )?no\b(?![\-\w])"
)
_DECLINED_BY = re.compile(
    r"\b(?:your )?application (?:was |has been |is |had been )?(?:declined|rejected|turned down|"
    r"not accepted) by (?:the )?(?!you\b|yourself\b|candidate\b)[a-z\-]+"
)
_OUTSIDE_IT = re.compile(
    r"\b(?:cohort|intake|shortlist|list|group|class|squad|crew|team)\b[^.!?\n]{0,60}?"
    r"(?:, and|, so|;|and) you(?:" + _A + r"re| are) (?:outside (?:of )?it|not (?:in|on|among|"
    r"part of) it)" + _END
)

READINGS = readings(
    ("chose_other", _ALLOTTED),
    ("chose_other", _OTHERS_INSTEAD),
    ("chose_other", _NAMED_CHOSEN),
    ("reader_out", _STOP_WITH_YOU),
    ("reader_out", _CANDIDATURE_ENDS),
    ("chose_other", _MOVING_ON_WITH),
    ("reader_out", _THIS_APPLICATION_INACTIVE),
    ("reader_out", _ANSWER_IS_NO),
    ("reader_out", _DECLINED_BY),
    ("reader_out", _OUTSIDE_IT),
)
