"""The post taken by someone else, said of that person (issue 11, tenth pass).

Thread replies in blind slice 8 named the person who got the job and what they did, not what
the employer chose: "the trustees have asked Rhiannon, who has been running our Saturday
sessions, to take the post on, and she has accepted", "the lab has asked a former master's
student who already knows the REB process to step into the coordinator position", "she's
taking this one from next month, so that's decided". The shape: someone other than the reader
asked to take, step into or fill the post, or taking, starting or joining it. A third person
("he", "she", "they", a name's "'s") is never the reader, whom the mail calls "you".

Each reading is (token name, word groups, pattern) over lower-cased text, appended to the
outcome readings by rejectwatch.model.plain_outcomes: none fires in a conditional,
still-to-come ("will", "going to"), quoted or undecided sentence, nor in mail about someone
else's candidacy.
"""

from __future__ import annotations

from rejectwatch.model import lazy_re as re
from rejectwatch.model.prefilter import readings

__all__ = ["READINGS"]

_POST = r"(?:[a-z\-]+ ){0,2}?(?:role|post|position|job|vacancy|seat|place|one)\b(?! of\b)"
# someone asked to take the post ("asked Rhiannon, who ..., to take the post on")
_ASKED = re.compile(
    r"\b(?:asked|invited|appointed|chosen|picked|selected|brought in|offered)\b"
    r"(?:(?!\byou)[^.!?\n]){1,90}?\bto (?:(?:take (?:on )?|step into |fill |cover |hold )"
    r"(?:the|this|that) " + _POST + r"|take it (?:on|over)\b|step into it\b)"
)
# a third person taking it ("she's taking this one from next month", "he has accepted the
# role", "they're starting in the post in May")
_THEY_TAKE = re.compile(
    r"(?:\b(?:he|she|they)|(?<!\bit)(?<!\bthat)(?<!\bwhat)(?<!\bthere)(?<!\bhere)(?<!\blet)"
    r"(?<!\bwho)\b[a-z]{3,}(?=['\u2019]s\b))(?:['\u2019]s| is| are|['\u2019]re| has| have)"
    r"(?: now| already)? (?:taking|taken|accepted|started|starting|joined|joining|stepped into|"
    r"stepping into|filled|filling)(?: on| up)? (?:the|this|that|our) " + _POST
)

# eleventh pass: the post given to someone else, said by its giving ("they are giving the HR
# advisor job to someone already on their books", "gonna give the spot to Leah who's been
# covering Sundays", "we've handed the contract to one of the regulars"): a past, progressive
# or announced giving (not "we offer the role to the candidate who scores highest", a policy)
_GIVEN_TO = re.compile(
    # (not "given": "given the circumstances" stands everywhere; "we've given the post to a
    # colleague who ..." is third_party's reading)
    r"\b(?:gave|awarded|handed|offered|giving|awarding|handing|offering|(?:going to|gonna|"
    r"decided to|chosen to|opted to) (?:give|award|hand|offer)) (?:the|this|that|our) "
    r"(?:[a-z\-]+ ){0,3}?(?:job|role|post|position|spot|place|vacancy|contract|opening|seat|part)"
    r"(?: on)? to (?:someone|somebody|another|a different|one of (?:the|our|their)|an? (?:internal|"
    r"existing|current)\b|(?:an? |the )?(?:[a-z\-]+ )?(?!you\b)[a-z]+,? (?:who|whose)\b)"
)

# (the words that open each reading and the others a match holds: read off its pattern,
# rejectwatch.model.prefilter.openers)
READINGS = readings(
    ("chose_other", _ASKED),
    ("chose_other", _THEY_TAKE),
    ("chose_other", _GIVEN_TO),
)
