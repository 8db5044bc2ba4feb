"""Another chosen, and the post full, in languages read slices 175 and 176 refused in (issue 11,
sixty-third pass, fourth round). Each is written for its shape, not its sentence:

* **a candidate chosen, so no further work with the reader**: Latvian "Šoreiz izvēlējāmies
  kandidātu no Cēsīm …" (this time we chose a candidate from Cēsis), "ar Jums tālāk
  nesadarbosimies" (we will not work further with you);
* **someone taken on, the post now full**: Bengali "… সুপারভাইজারকে মালিকপক্ষ নিয়ে ফেলেছেন" (the
  owners have taken on a supervisor), "পদটি এখন পূর্ণ" (the post is now full).

READINGS are appended to the outcome readings of rejectwatch.model.negation (plain_outcomes),
so none is read in a conditional, still-to-come, quoted or reader-decided sentence.
"""

from __future__ import annotations

from rejectwatch.model import lazy_re as re
from rejectwatch.model.prefilter import readings

__all__ = ["READINGS"]

_CHOSE_ANOTHER = re.compile(
    # Latvian: we chose a candidate (another, with more experience)
    r"\b(?:izvēlējāmies|esam izvēlējušies|izvēlējās) (?:citu |kādu citu )?(?:kandidātu|"
    r"kandidāti|pretendentu|pretendenti|darbinieku)\b"
    # Bengali: [the owners] have taken on a [supervisor, worker]
    r"|(?:সুপারভাইজারকে|কর্মীকে|কারিগরকে|প্রার্থীকে|লোককে|জনকে) (?:[^\s।]+ ){0,2}?(?:নিয়ে "
    r"ফেলেছেন|নিয়ে ফেলেছে|নিয়োগ দিয়েছেন|নিয়েছেন)"
)
_NO_FURTHER = re.compile(
    # Latvian: we will not work further with you
    r"\bar (?:jums|tevi) (?:tālāk|turpmāk) (?:nesadarbosimies|nesadarbojamies)\b"
)
_FULL = re.compile(
    # Bengali: the post is now full
    r"(?:পদটি|পদ|জায়গাটি) (?:এখন )?(?:পূর্ণ|পূরণ হয়ে গেছে|ভরে গেছে)"
)

READINGS = readings(
    ("chose_other", _CHOSE_ANOTHER),
    ("reader_out", _NO_FURTHER),
    ("role_gone", _FULL),
)
