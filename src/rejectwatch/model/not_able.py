"""The employer's refusal in the plainest words the readings did not know (issue 11, tenth
pass), found among grouped CV's out-of-fold misses by kind:

* **"not able to" as "unable to"**: "we are not able to take your application further", "we
  are not able to invite you to the final stage", "we're not in a position to progress your
  application" (the readings knew "unable to" and "cannot" before a verb of taking the reader
  on, and "not able to" only before an offer of employment);
* **the application declined in the present**: "we are declining your application";
* **the reader's application not kept in the selection**: "your candidature was not
  retained", "your CV was not included in the shortlist", "your application could not be
  considered in the selection";
* **a status given by "marked"**: "has been marked declined by the employer";
* **the post taken or gone, said of the post**: "the Teaching Assistant spot is taken now",
  "job's gone".

Each reading is (token name, word groups, pattern) over lower-cased text, appended to the
outcome readings by rejectwatch.model.plain_outcomes, under their checks (no conditional,
still-to-come, quoted or undecided sentence; not about someone else's candidacy).
"""

from __future__ import annotations

import re

__all__ = ["READINGS"]

_NOT_ABLE_WORDS = tuple(
    f"{negation} {how} to"
    for negation in ("not", "n't", "n\u2019t")
    for how in ("able", "be able", "in a position", "be in a position")
)
_TAKE = (
    "take",
    "progress",
    "move",
    "invite",
    "consider",
    "proceed with",
    "shortlist",
    "select",
    "put",
    "bring",
    "advance",
    "accept",
    "continue with",
    "go ahead with",
    "go forward with",
    "move forward with",
    "offer",
    "extend",
)
_NOT_ABLE = re.compile(
    r"(?:\bnot|n['\u2019]t) (?:be )?(?:able|in a position) to (?:" + "|".join(_TAKE) + r") "
    r"(?:you\b|your (?:application|candidacy|candidature|cv|profile)\b)"
    # an offer only of the post, not of a slot ("not able to offer you a time on Tuesday")
    r"(?<!offer you)(?<!extend you)"
    r"|(?:\bnot|n['\u2019]t) (?:be )?(?:able|in a position) to (?:offer|extend) you "
    r"(?:an? |the |one of the )?(?:[a-z'\u2019\-]+ ){0,3}?(?:place|placement|role|position|post|"
    r"job|offer|contract|start date|internship|fellowship|apprenticeship|employment)s?\b"
)
_DECLINING = re.compile(
    r"\b(?:declining|rejecting|turning down) (?:your|this) (?:application|candidacy|"
    r"candidature|cv|profile)\b"
)
_NOT_KEPT = re.compile(
    r"\byour (?:[a-z\-]+ )?(?:application|candidacy|candidature|cv|profile|file|dossier)\b"
    r"[^.!?\n]{0,30}?\b(?:was|were|has|have|had|could|is|are)(?: not|n['\u2019]t)(?: been| be)? "
    r"(?:retained|included in|considered (?:in|for) the (?:selection|shortlist|next))\b"
)
_MARKED = re.compile(
    r"\bmarked (?:as )?[\"\u201c']?(?:declined|rejected|unsuccessful|not selected|not progressing|"
    r"not progressed|not successful)\b"
)
_TAKEN = re.compile(
    r"\b(?:role|job|post|position|spot|place|vacancy|opening)(?:['\u2019]s| is| has been| was) "
    r"(?:now |already )?(?:taken|gone)\b(?! (?:down|off|over|into|to|through)\b)"
)

_TAKEN_WORDS = tuple(
    f"{aux}{when} {what}"
    for aux in ("s", " is", " been", " was")
    for when in ("", " now", " already")
    for what in ("taken", "gone")
)

READINGS: tuple[tuple[str, tuple[tuple[str, ...], ...], re.Pattern[str]], ...] = (
    ("reader_out", (_NOT_ABLE_WORDS,), _NOT_ABLE),
    (
        "reader_out",
        (
            (
                "declining your",
                "rejecting your",
                "turning down your",
                "declining this",
                "rejecting this",
                "turning down this",
            ),
        ),
        _DECLINING,
    ),
    ("reader_out", (("retained", "included in", "considered in", "considered for"),), _NOT_KEPT),
    ("status", (("marked",),), _MARKED),
    ("role_gone", (_TAKEN_WORDS,), _TAKEN),
)
