"""The post handed on and the reader let go, in shapes the readings lacked (issue 11, twelfth
pass).

Blind slice 10's English misses, read by kind after it had been measured, gave decisions
with no negation of a selection verb, or a negation of a shape the readings did not know:

* **the post handed to someone named or described**: "we're offering it to Kemi", "the
  Product Designer job goes to someone else", "the two summer places have now gone to
  students from our own programme", "the board resolved to appoint Dr Nwosu as Treasurer",
  "our VP made the call to bring back a former employee", "they're going to run with
  Lachlan", "Chef has decided to take on Rory full-time instead" (a choice and its "instead");
* **the others better, said in the past**: "others' applications were a better reflection
  of the mix", "the team is carrying on with different people";
* **the reader told it was not them**: "it wasn't you", "I'm sorry it wasn't you";
* **a status set on the application**: "your application has been marked inactive", "the
  a table whose Status column reads "Not Selected",
  a subject "Application unsuccessful - Marketing Executive" over a bland body;
* **the reader not taken on in other words**: "we are unable to consider it further", "we
  haven't been able to match you this time", "we write to all applicants who were not invited
  to campus", "we've decided not to hire for this role after all", and the next action alone:
  "we'll be archiving your application", "we're going to close this one out for you".

Not read: the reader as the one chosen ("offering it to you", "the choice fell on you"), a
thing handed on ("gone to the hiring manager", "bring in a second round"), a choice still to
come (the checks of rejectwatch.model.negation: none in a conditional, still-to-come or quoted
sentence, none in mail about someone else's candidacy).

Each reading is (token name, word groups, pattern) over lower-cased text, appended to the
outcome readings by rejectwatch.model.plain_outcomes; READINGS lie inside one sentence,
LINE_READINGS start at a line break (a table's header over its row, a subject). The word
groups are read off the patterns (rejectwatch.model.prefilter.openers).
"""

from __future__ import annotations

from rejectwatch.model import lazy_re as re
from rejectwatch.model.prefilter import readings

__all__ = ["LINE_READINGS", "READINGS"]

_NOT_YOU = r"(?!you\b|yourself\b|your\b)"
_POST = (
    r"(?:job|role|post|position|vacancy|place|spot|opening|contract|internship|placement|"
    r"offer)s?"
)
_PEOPLE = (
    r"(?:candidates?|applicants?|students?|people|persons?|colleagues?|employees?|finalists?|"
    r"graduates?|contractors?|interns?|someone|somebody)"
)
# the post goes, or has gone, to someone else ("the job goes to someone else", "the two
# summer places in my group have now gone to students from our own master's programme")
_GONE_TO = re.compile(
    # (sixteenth pass: or been offered, awarded or allocated to them, "the two lab placements
    # I had money for have been offered to students from our partner group")
    r"\b" + _POST + r"\b(?: [a-z'\u2019\-]+){0,6}? (?:goes|went|(?:has|have|had)"
    r"(?: now| already)? (?:gone|been given|been offered|been awarded|been allocated)) "
    r"to (?:an? |the |two |three |our |other |another )?(?:[a-z'\u2019\-]+ ){0,3}?"
    + _PEOPLE
    + r"\b"
    # (part K: not the reader named after it, nor only on a condition: "- that's you", "only if
    # no one outside applies")
    + r"(?![^.!?\n]*\b(?:that['\u2019]s you|that is you|which is you|which means you|namely you|"
    r"i\.e\. you|only if|only when|unless|provided)\b)"
)
# offered to someone else, by name ("we're offering it to Kemi", "we've offered the planner
# job to someone else"; not the strongest, the best or whoever scores highest: a policy)
_OFFERED_TO = re.compile(
    r"\b(?:we|they|i)(?:['\u2019](?:re|ve)| are| have| had)?(?: now| already| just)?"
    r"(?: decided to)?\s(?:offering|offered)\s(?:it|this one|the (?:[a-z\-]+ ){0,2}?" + _POST + r")"
    r"\sto " + _NOT_YOU + r"(?!the (?:strongest|best|most|successful)|whoever)[a-z]"
)
# a person's choice named by its verb ("the board resolved to appoint Dr Nwosu", "our VP made
# the call to bring back a former employee"; not "decided to appoint you")
_RESOLVED_TO = re.compile(
    r"\b(?:resolved|decided|agreed|voted|elected|opted|made the (?:call|decision)|chose|chosen)"
    r"\sto (?:appoint|hire|bring back|re-?hire|promote|take on|reappoint) "
    + _NOT_YOU
    # (twenty-ninth pass, part K: nor one hired to find someone, "decided to hire a recruiter
    # for the Paralegal role", "to take on a consultant")
    + r"(?!(?:an? |the |our |another )?(?:[a-z\-]+ )?(?:recruiters?|recruitment|consultants?|"
    r"consultancy|agency|agencies|headhunters?|search firm)\b)"
)
# someone else taken "instead" ("Chef has decided to take on Rory full-time instead", "we're
# going to extend Jamal's contract insted")
_INSTEAD = re.compile(
    r"\b(?:take on|taking on|took on|taken on|hire|hiring|hired|appoint|appointing|appointed|"
    r"go with|going with|went with|gone with|bring back|brought back|extend|"
    r"extending|extended|promote|promoting|promoted|chose|chosen|picked) "
    + _NOT_YOU
    + r"(?!the (?:deadline|date|call|interview|meeting)\b)(?:[a-z'\u2019\-]+ ){1,5}?inste?a?d\b"
)
# "they're going to run with Lachlan" (not "run with it / this / the idea")
_RUN_WITH = re.compile(
    r"\b(?:going to|gonna|decided to|chosen to|opted to|will|['\u2019]ll) run with "
    + _NOT_YOU
    + r"(?!it\b|this\b|that\b|the idea\b)[a-z]"
    r"|\bran with " + _NOT_YOU + r"(?!it\b|this\b|that\b|the idea\b)[a-z]"
)
# the others better, said in the past ("others' applications were a better reflection of")
_OTHERS_WERE = re.compile(
    r"\bother(?:s['\u2019]?| applicants['\u2019]?| candidates['\u2019]?)(?: [a-z]+)? "
    r"(?:were|was) (?:an? )?(?:better|closer|stronger)\b"
)
# going on with others ("the hiring team is carrying on with different people")
_ON_WITH_OTHERS = re.compile(
    r"\b(?:carrying on|continuing|going ahead|moving forward|proceeding|pressing on|moving ahead|"
    r"progressing) with (?:different|alternative)\s(?:people|candidates|applicants|profiles|"
    r"finalists)\b"
)
# "it wasn't you" (not "it wasn't you who was late")
_NOT_YOU_CHOSEN = re.compile(
    r"\b(?:it|that)(?: just)?\s(?:wasn['\u2019]t|was not|isn['\u2019]t|is not|won['\u2019]t be|"
    r"will not be) (?:going to be )?you\b(?! (?:who|that|at fault|to blame|personally|alone))"
)
# a status set on the application ("your application reference CX-30917 for Finance Business
# Partner has been marked inactive")
_MARKED = re.compile(
    r"\b(?:application|candidacy|candidature)\b[^.!?\n]{0,60}? (?:has been|have been|was|is now)"
    r"\s(?:marked|set|moved)(?: to| as)? (?:inactive|closed|archived|not selected|"
    r"unsuccessful|rejected|declined)\b"
)
# the reader not taken on, in other words ("we are unable to consider it further", "we haven't
# been able to match you this time", "we've decided not to hire for this role after all")
_NOT_FURTHER = re.compile(
    r"\b(?:unable to|cannot|can['\u2019]t|not able to)\s(?:consider|progress|take) "
    r"(?:it|this application|this one) (?:any )?further\b"
)
_NOT_MATCHED = re.compile(
    r"\b(?:haven['\u2019]t|have not|weren['\u2019]t|were not|couldn['\u2019]t|could not|"
    r"unable to|not able to)(?: been)?(?: able to)?\smatch you\b"
)
_NOT_HIRING = re.compile(
    r"\b(?:decided|chosen|opted) (?:not to|against)\s(?:hire|hiring|recruit|recruiting|fill|"
    r"filling)\s(?:for )?(?:this|the|that)\b"
)
# the next action alone ("we'll be archiving your application", "your application will now be
# archived", "we're going to close this one out for you"; not "applications are archived after
# six months", "will be archived automatically")
_ARCHIVED = re.compile(
    r"\b(?:we|i)(?:['\u2019](?:ll|re|m)| will| are| am)?(?: now)?(?: be)?\s(?:archiving|archive)"
    r" your (?:application|candidacy|candidature|profile)\b"
    r"|\byour (?:application|candidacy|candidature)\s(?:will now be|has now been|will be|"
    r"is being) archived\b(?! (?:after|if|once|when|unless|automatically|at the end|for)\b)"
    r"|\bclos(?:e|ing) (?:this|it|things) (?:one )?out\s(?:for you|with you|on your side)\b"
)
# a notice to those not taken on ("we write to all applicants who were not invited to
# campus")
_WRITE_TO_ALL = re.compile(
    r"\bwe(?: are|['\u2019]re)? writ(?:e|ing)\sto (?:all|every|each|those)(?: of the)?"
    r"(?: applicants| candidates)? who\s(?:were|was|have|has|had)(?: not|n['\u2019]t)\s"
    r"(?:been )?(?:invited|selected|shortlisted|successful|chosen|progressed)\b"
)
# A status column over its row ("Job  Req ID  Status  Updated" / "Backend Engineer  JR118420
# Not Selected  Today"), and a subject that gives the outcome ("Application unsuccessful -
# Marketing Executive").
# (a header of words and column rules only: no sentence, no "Status: Submitted" line; the row
# one line below it, or two where rows are set apart, and no sentence either)
_STATUS_TABLE = re.compile(
    r"(?:^|\n)[a-z0-9 #|/\t\-]{0,40}\bstatus\b[a-z0-9 #|/\t\-]{0,30}\n\n?"
    # (sixty-second pass: never a row of statuses that may come, "Could later show | Interview /
    # Not progressed": two receipts' tables, slice 160)
    r"(?![^\n]{0,80}?\b(?:could|might|would|possible|possibly|potential)\b)"
    r"[^\n.:;!?]{0,80}?\b(?:not selected|rejected|unsuccessful|declined|not progressed|"
    # (thirteenth pass: an HTML table's "Not progressing")
    r"not progressing|not proceeding|"
    r"no longer (?:being )?considered|no longer under consideration)\b[^\n.!?]{0,30}(?:\n|$)"
)
# (the noun and the outcome joined by a space or a separator, so the reading opens on the pair,
# not on every "application" of a job mail)
_SUBJECT_OUTCOME = re.compile(
    r"(?:^|\n)(?:(?:re|fwd?|aw): ?)*(?:your )?application(?::| -)? "
    r"(?:unsuccessful|rejected|declined|not successful|not selected)\b"
    r"(?! (?:candidates|applicants|applications)\b)"
)

READINGS = readings(
    ("chose_other", _GONE_TO),
    ("chose_other", _OFFERED_TO),
    ("chose_other", _RESOLVED_TO),
    ("chose_other", _INSTEAD),
    ("chose_other", _RUN_WITH),
    ("chose_other", _OTHERS_WERE),
    ("chose_other", _ON_WITH_OTHERS),
    ("reader_out", _NOT_YOU_CHOSEN),
    ("status", _MARKED),
    ("reader_out", _NOT_FURTHER),
    ("reader_out", _NOT_MATCHED),
    ("role_gone", _NOT_HIRING),
    ("reader_out", _WRITE_TO_ALL),
    ("reader_out", _ARCHIVED),
)
LINE_READINGS = readings(("status", _STATUS_TABLE), ("reader_out", _SUBJECT_OUTCOME))
