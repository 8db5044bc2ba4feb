"""The post given to another, or the reader's application set aside, in languages read slices 155
and 156 refused in (issue 11, sixty-first pass, third round).

Each is written for its shape, not its sentence:

* **another taken or chosen**: Belarusian "узялі іншую майстрыху", Russian "выбрали другую
  мастерицу", "взяли другого часовщика" (never another day, date or time), Shona "tasarudza mumwe
  munhu" (we chose another person), Kinyarwanda "wahawe undi musaba" (was given to another
  applicant), Lao "ຄົນອື່ນໄດ້ຮັບແລ້ວ" (someone else has got it), Burmese "တခြားလက်သမားကို
  ပေးလိုက်ပြီ" (given to another craftsman); Portuguese "ficámos com outro trabalhador" (we kept
  another worker) is answered_abroad's "ficou com outra …", in the first person;
* **the reader's application set aside**: Russian "вашу заявку дальше не рассматриваем",
  Portuguese "arquivamos o seu pedido".

READINGS are appended to the outcome readings of rejectwatch.model.negation (plain_outcomes),
so none is read in a conditional, still-to-come, quoted or reader-decided sentence.
"""

from __future__ import annotations

from rejectwatch.model import lazy_re as re
from rejectwatch.model.prefilter import readings

__all__ = ["READINGS"]

_ANOTHER_CHOSEN = re.compile(
    # Belarusian and Russian: took or chose another [person], never a day, a date or a time (a
    # whole word: "другого часовщика", another watchmaker, is a person)
    r"(?<!\w)(?:узялі|ўзялі|выбралі|абралі|взяли|выбрали) "
    r"(?:іншага|іншую|другого|другую|иного|иную) "
    r"(?!(?:дзень|дату|час|день|время)\b)\w+"
    # Shona: we chose another person
    r"|\btasarudza mumwe (?:munhu|mushandi|mukwikwidzi)\b"
    # Kinyarwanda: that post was given to another
    r"|\b(?:mwanya|kazi)\b[^.!?\n]{0,20}? (?:wahawe|yahawe|byahawe) undi\b"
    # Lao: someone else has got it
    r"|ຄົນອື່ນໄດ້ຮັບ"
    # Burmese: given to another [person]
    r"|တခြား\S*ကို ပေး(?:လိုက်)?(?:ပြီ|ပါပြီ)"
)
_SET_ASIDE = re.compile(
    r"\bвашу (?:заявку|кандидатуру|анкету) (?:дальше|больше) не рассматриваем\w*"
    r"|\barquiv(?:amos|ámos) (?:o seu|a sua|o teu|a tua) (?:pedido|candidatura|processo)\b"
)

READINGS = readings(
    ("chose_other", _ANOTHER_CHOSEN),
    ("reader_out", _SET_ASIDE),
)
