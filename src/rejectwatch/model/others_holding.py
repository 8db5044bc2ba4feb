"""Someone else holding the work now, told the everyday way (issue 11, forty-third pass).

Blind slice 53's misses were the kinds the forty-second pass read (someone else on the work,
the reader left off a list, the reader's road ending) in shapes no reading held. These are
written for the kind, each from a set of wordings of our own, and checked on a second set
written apart (tests/test_forty_third_pass.py):

* **kin who has the work now**: "Vern's nephew Tyler has the stock clerk job as of Monday",
  "My cousin Ana has got the Saturday shifts now";
* **someone who took on their own**: "boss hired his buddy from Apalachicola", "the owner has
  taken on her niece", "Chef brought in his mate from the Crown";
* **the writer who found their one**: "we found our calliope player for the county fair, it's
  Bert Hollis", "We've found our drummer for the summer: Kit Moran";
* **a named person engaged or taken on for the work**: "Miss Euphrosyne Carr from the Dunoon
  exchange has been engaged for the switchboard", "Tom Reilly has been taken on for the bar";
* **the crew full, told bare in a chat**: "we signed Colt Two Bulls for the summer events, crews
  full";
* **a newcomer welcomed, with thanks to all who tried, the reader among them**: "massive
  welcome to Jaz, our newest mermaid, thanks to everyone who tried out, incl. you".

Never the reader, a staff role in the reader's hiring, a meeting, a meal, a course or a school,
and, like every outcome reading (rejectwatch.model.plain_outcomes appends them), none in a
conditional, still-to-come or quoted sentence.
"""

from __future__ import annotations

from rejectwatch.model import lazy_re as re
from rejectwatch.model.decisions_casual import _A
from rejectwatch.model.hired_by_name import _NOT_STAFFING
from rejectwatch.model.others_starting import (
    _CLAUSE,
    _KIN,
    _KIN_FOUND,
    _NOT_AN_EVENT,
    _PERSON,
    _TRADE,
)
from rejectwatch.model.posts_given import TITLES
from rejectwatch.model.prefilter import readings

__all__ = ["READINGS"]

# the work held: a post or shifts (one shift is a rota: "My sister has the late shift now")
_HELD = r"(?:job|role|post|position|spot|gig|apprenticeship|traineeship|placement|shifts)"
# kin who has the work now, with a time ("Vern's nephew Tyler has the stock clerk job as of
# Monday", "My cousin Ana has got the Saturday shifts now")
_KIN_HAS = re.compile(
    _KIN_FOUND + r"\b[^.!?\n;]{0,40}? (?:has|has got|" + _A + r"s got|now has) the "
    r"(?:[a-z\-]+ ){0,3}?" + _HELD + r"\b[^.!?\n;]{0,30}?\b(?:as of|from|starting|now)\b"
    + _NOT_AN_EVENT
)  # fmt: skip
# someone who took on their own ("boss hired his buddy from Apalachicola", "the owner has taken
# on her niece"): never a thing of theirs ("his mate's van") nor a job done for the writer
_OWN_ONE = (
    r"(?:(?:buddy|mate|pal|friend|chum|mucker|homie|bestie)\b|" + _KIN + r")"
    r"(?!" + _A + r"s\b| (?:to|for) (?:help|do|fix|paint|clean|build|move|look)\b)"
)
_TOOK_OWN = re.compile(
    r"\b(?:hired|took on|has taken on|" + _A + r"s taken on|brought in|signed|gave it to|"
    r"gave the (?:[a-z\-]+ ){0,2}?(?:job|spot|shifts?|post|role) to) (?:his|her|their) (?:own )?"
    r"(?:best |old |oldest |youngest |little |big )?" + _OWN_ONE + r"\b" + _NOT_AN_EVENT
)  # fmt: skip
# the writer who found their one ("we found our calliope player for the county fair, it's Bert
# Hollis", "We've found our drummer for the summer: Kit Moran")
_FOUND_OURS = re.compile(
    r"\b(?:we|i)(?:" + _A + r"ve| have)? (?:now |finally |just |already )?found (?:our|my) "
    # (never one hired for an occasion or a home, "our new photographer for the wedding")
    r"(?![^.!?\n;]*\b(?:wedding|party|funeral|birthday|christening|holiday|honeymoon|trip|"
    r"house|flat|home|garden|kitchen refit|venue|dog|cat|puppy|kitten|you|your)\b)"
    r"(?:new )?" + _TRADE + r"[^.!?\n;:]{0,40}?(?:[,:] |\s[\u2014\u2013\-] )(?:it" + _A + r"s |"
    r"it is |its |that" + _A + r"s |she" + _A + r"s |he" + _A + r"s )?(?:" + TITLES + r"\.? )?"
    + _PERSON + _NOT_STAFFING
)  # fmt: skip
# a named person engaged or taken on for the work ("Miss Euphrosyne Carr from the Dunoon
# exchange has been engaged for the switchboard")
_ENGAGED = re.compile(
    _CLAUSE + r"(?:" + TITLES + r"\.? )?" + _PERSON + r"(?: from (?:the|our) [^,.!?\n]{1,40}?)? "
    r"(?:has been|have been|" + _A + r"s been|was|is now) (?:engaged|taken on|brought on|"
    r"signed on|hired) (?:for|as|on) (?:the|our) " + _NOT_AN_EVENT + _NOT_STAFFING
)  # fmt: skip
# the crew full, told bare after a comma or a dash ("we signed Colt Two Bulls for the summer
# events, crews full")
_CREW_FULL = re.compile(
    r"(?:[,;]|\s[\u2014\u2013\-]) (?:the |our )?(?:crew|team|squad|cast|roster|line-?up|staff)"
    r"(?:s|" + _A + r"s)? (?:all |now )?(?:full|complete|filled)(?: up)?"
    r"(?=[ \t]*(?:[.,;!]|\n|$| for (?:the|this)\b| now\b| this\b))"
)
# a newcomer welcomed, with thanks to all who tried, the reader among them ("massive welcome to
# Jaz, our newest mermaid, thanks to everyone who tried out, incl. you")
_WELCOMED_THANKED = re.compile(
    r"\bwelcome (?:to )?[^\n]{1,40}?\bour (?:newest|new) [^\n]{1,80}?\b(?:thanks|thank you|"
    r"cheers|ta) (?:so much )?(?:to )?(?:everyone|everybody|all|all of you|each of you) "
    r"(?:who|that) (?:tried out|auditioned|applied|came (?:along|out|down)|went for it|had a go)"
    r"\b[^.!?\n]{0,20}?(?:incl\.?|including|esp\.?|especially) you\b"
)
READINGS = readings(
    ("chose_other", _KIN_HAS),
    ("chose_other", _TOOK_OWN),
    ("chose_other", _FOUND_OURS),
    ("chose_other", _ENGAGED),
    ("role_gone", _CREW_FULL),
    ("chose_other", _WELCOMED_THANKED),
)
