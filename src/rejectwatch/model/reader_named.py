"""The reader chosen by name (issue 11, thirteenth pass).

A recruiter forwards the hiring manager's note to the candidate it is about: "the panel was
unanimous for Bilal. I've e-mailed the runner-up to say we've decided not to proceed with
them", "I want to go with Keisha. I've already called the other finalist". The note is worded
as a decision about finalists, with a refusal of the other one in it, and scored 0.94-0.98 out
of fold; what makes it good news is only that the name chosen is the name the mail greets. The
guard (rejectwatch.model.classifier.held_back) holds such mail below filing, like an offer.

Read: a greeting's name at the top ("Dear Bilal,", "Hi Keisha,") and, anywhere in the mail,
that name as the object of a choice ("go with", "went with", "unanimous for", "chose",
"picked", "settled on", "appoint", "hire") with no negation earlier in its clause.
"""

from __future__ import annotations

from rejectwatch.model import lazy_re as re

__all__ = ["chooses_the_reader"]

# the greeting's name in the first lines ("Dear Bilal,", "Hi Keisha", "Good morning Ana")
_GREETING = re.compile(
    r"^[ \t]*(?i:hi|hello|dear|hey|hiya|morning|good morning|good afternoon)[ \t]+"
    # (twenty-fourth pass, part P: the name after a title, "Dear Dr Okafor", not the title)
    r"(?:(?:Dr|Mr|Mrs|Ms|Miss|Mx|Prof|Professor|Rev|Sir|Dame)\.?[ \t]+)?"
    r"([A-Z][^\W\d_]+(?:-[A-Z][^\W\d_]+)?)\b",
    re.MULTILINE,
)
_NOT_NAMES = frozenset({"team", "all", "there", "everyone", "applicant", "candidate", "hiring"})
_HEAD = 300
_CHOICE = (
    r"\b(?:(?:go|going|went|gone) with|(?:unanimous|voted|decided|settled) (?:for|on)|"
    r"(?:chose|chosen|picked|selected|appoint|appointed|hire|hired|landed on)) "
)
_TITLE = r"(?:(?:dr|mr|mrs|ms|miss|mx|prof|professor|rev|sir|dame)\.? )?"
_NEGATION = re.compile(r"\b(?:not|no longer|never|rather than|instead of)\b|n['\u2019]t\b")
_STOPS = (".", "!", "?", "\n", ";", ",")


def chooses_the_reader(text: str) -> bool:
    """Does ``text`` (subject and body) greet someone by name and name them as the one
    chosen, with no negation earlier in that clause?"""
    greeting = _GREETING.search(text, 0, _HEAD + text.find("\n") + 1)
    if greeting is None or greeting.group(1).lower() in _NOT_NAMES:
        return False
    lowered = text.lower()
    name = greeting.group(1).lower()
    if lowered.count(name) < 2:
        return False
    for match in re.finditer(_CHOICE + _TITLE + re.escape(name) + r"\b", lowered):
        left = max(lowered.rfind(stop, 0, match.start()) for stop in _STOPS) + 1
        if not _NEGATION.search(lowered, left, match.start()):
            return True
    return False
