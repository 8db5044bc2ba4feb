"""The post gone to another, or the reader's application ending here, in languages read slices 163
and 164 refused in (issue 11, sixty-second pass, third round). Each is written for its shape,
not its sentence:

* **the post gone to another**: Bengali "এক ওস্তাদ রংমিস্ত্রি এই কাজে বহাল হলেন" (a master painter
  was appointed to this work), Arabic "وقع الاختيار … على متقدّم" (the choice fell on an
  applicant), Hebrew "את משרת … קיבלה עובדת" (a worker got the post), Spanish "La plaza es para
  otra candidata", Catalan "La plaça … és per a algú que …", Galician "O posto … vai para unha
  compañeira"; never the reader ("para ti", "per a tu", "عليك");
* **the reader's application ending here**: Spanish "tu candidatura se queda aquí", Galician
  "a túa candidatura queda aquí", Catalan "tanquem la teva sol·licitud" (we close your
  application).

READINGS are appended to the outcome readings of rejectwatch.model.negation (plain_outcomes),
so none is read in a conditional, still-to-come, quoted or reader-decided sentence.
"""

from __future__ import annotations

from rejectwatch.model import lazy_re as re
from rejectwatch.model.prefilter import readings

__all__ = ["READINGS"]

_GONE_TO_ANOTHER = re.compile(
    # Bengali: [a person] was appointed to this work or post
    r"(?:এক|অন্য|আরেক)\S* [^।\n]{0,40}?(?:এই|সেই|ওই) (?:কাজে|পদে|চাকরিতে) বহাল (?:হলেন|হয়েছেন|হল|"
    r"হয়েছে)"
    # Arabic: the choice fell on [someone] (never you)
    r"|وقع (?:الاختيار|اختيارنا)[^.\n،]{0,40}? على (?!حضرتك|حضرتكم|طلبك|ملفك)\S+"
    # Hebrew: [a person] received the post (the object "את" before the post)
    r"|את (?:המשרה|משרת|התפקיד|תפקיד|המקום)[^.\n]{0,40}? (?:קיבלה|קיבל|קיבלו) (?!אותך)\S+"
    # Spanish, Catalan, Galician: the post is for, or goes to, another (never you)
    r"|\b(?:la plaza|el puesto|la plaça|el lloc|o posto|a praza)\b[^.!?\n;]{0,40}? (?:es|és|é|va|"
    r"vai|irá|anirà) (?:para|per a|pra) (?:otra|otro|otras|otros|una altra|un altre|algú|alguien|"
    r"outra|outro|unha|un)\b(?! (?:ti|vos|vostè|usted|vostede)\b)"
)
_ENDS_HERE = re.compile(
    r"\b(?:tu|su|a túa|a súa) candidatura (?:se )?(?:queda|remata|acaba|termina) "
    r"(?:aquí|aquí mismo|aquí mesmo)\b"
    r"|\btanquem (?:la teva|la seva|la vostra) (?:sol·licitud|sol.licitud|candidatura)\b"
)

READINGS = readings(
    ("chose_other", _GONE_TO_ANOTHER),
    ("reader_out", _ENDS_HERE),
)
