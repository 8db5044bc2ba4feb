"""Another chosen, in languages read slices 183 and 184 refused in (issue 11, sixty-fourth pass,
third round). Each is written for its shape, not its sentence:

* **the post reached another**: Persian "این جایگاه به مربی‌ای رسید" (this position went to an
  instructor);
* **the post gone to one of them**: Tagalog "Ang puwesto ng welder ay napunta na sa isang dating
  empleyado";
* **the place taken by a colleague or another**: Latvian "… vietu ieņēma kolēģis no …";
* **the post got by one of theirs**: Bengali "… পদটি এবার আমাদেরই এক পুরনো … শিক্ষিকা পেয়েছেন"
  (never the reader: one, another, or someone is named between).

READINGS are appended to the outcome readings of rejectwatch.model.negation (plain_outcomes),
so none is read in a conditional, still-to-come, quoted or reader-decided sentence.
"""

from __future__ import annotations

from rejectwatch.model import lazy_re as re
from rejectwatch.model.prefilter import readings

__all__ = ["READINGS"]

_ANOTHER_GOT_IT = re.compile(
    # Persian: this position (job, post) went to [an instructor]
    r"(?:جایگاه|موقعیت|شغل|سمت|پست)(?: \S+){0,3} به (?!شما)\S+ رسید"
    # Tagalog: the post has gone to a (another) …
    r"|\b(?:puwesto|posisyon|trabaho)\b[^.!?\n]{0,40}? (?:ay )?napunta (?:na )?sa (?:isang|ibang|"
    r"iba)\b"
    # Latvian: the place was taken by a colleague, another
    r"|\bvietu (?:jau )?(?:ieņēma|ieguva|saņēma) (?:kolēģis|kolēģe|cits|cita|kāds|kāda)\b"
    # Bengali: the post … one (another) … has got
    r"|পদ(?:টি|টা)? [^।.!?\n]{0,40}?(?:এক|একজন|অন্য|আরেকজন) [^।.!?\n]{0,40}?(?:পেয়েছেন|পেয়েছে)"
)

READINGS = readings(("chose_other", _ANOTHER_GOT_IT))
