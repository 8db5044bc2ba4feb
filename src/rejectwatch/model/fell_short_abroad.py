"""Another chosen, or the reader's papers stopped here, in the five languages slices 203 and 204
refused in that neither sweep held (issue 11, sixty-sixth pass, third round). Each is written
for its shape, not its sentence:

* **someone took (got) the job**: Bengali "জামদানির কাজটা ... হাশেম ভাই নিয়ে গেলেন"; Thai
  "งาน...ได้คนจากบ้านท่าสว่างไปแล้ว" (the job got a person from the village already);
  Slovenian "je delo čebelarja dobil drug kandidat"; Danish "gik jobbet som glaspuster til en
  anden"; Urdu "انتخاب کسی اور امیدوار کا ہوا" (the choice was of another candidate);
* **the reader's papers (application) stopped or ended here**: Bengali "আপনার কাগজ এখানেই থামল";
  Thai "เรื่องสมัครของคุณจบเท่านี้".

READINGS are appended to the outcome readings of rejectwatch.model.negation (plain_outcomes),
so none is read in a conditional, still-to-come, quoted or reader-decided sentence.
"""

from __future__ import annotations

from rejectwatch.model import lazy_re as re
from rejectwatch.model.prefilter import readings

__all__ = ["READINGS"]

_SOMEONE_TOOK_IT = re.compile(
    # Bengali: (the job, post) someone took away (has taken)
    r"(?:কাজটা|কাজটি|পদটা|পদটি|চাকরিটা|চাকরিটি)[^।.!?\n]{0,40}? নিয়ে (?:গেলেন|গেছেন|গেল|গেছে)"
    # Thai: (the job) got a person (from somewhere, new, another) already
    r"|ได้คน(?:จาก|ใหม่|อื่น)[^\s.!?]{0,30}?(?:ไป)?แล้ว"
    # Slovenian: the job (place, post) got another (candidate)
    r"|\b(?:delo|službo|mesto|položaj|delovno mesto)\b[^.!?\n]{0,40}? dobil[ai]? (?:drug|druga|"
    r"nekdo drug|nekdo drugi)\b"
    # Danish: the job (post, place) went to another
    r"|\b(?:gik|går) (?:jobbet|stillingen|pladsen)\b(?: [^.!?\n]{0,30}?)? til (?:en anden|nogen "
    r"anden)\b"
    # Urdu: the choice was of another candidate (person)
    r"|انتخاب کسی (?:اور|دوسرے) (?:امیدوار|شخص|فرد)\S* کا ہوا"
)
_PAPERS_STOPPED = re.compile(
    # Bengali: your paper (application, file) stopped (ended) right here
    r"আপনার (?:কাগজ|আবেদন|ফাইল)[^।.!?\n]{0,10}?(?:এখানেই|এখানে) (?:থামল|থামলো|থেমে গেল|শেষ হল|"
    r"শেষ হলো)"
    # Thai: your application matter ends (here)
    r"|(?:เรื่องสมัคร|ใบสมัคร|การสมัคร)ของคุณ(?:จบ|สิ้นสุด)"
)

READINGS = readings(
    ("chose_other", _SOMEONE_TOOK_IT),
    ("reader_out", _PAPERS_STOPPED),
)
