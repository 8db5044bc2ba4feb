"""Another chosen, or no place left for the reader, in languages read slices 201 and 202 refused
in (issue 11, sixty-sixth pass, second round) that the sweep's shapes did not hold. Each is
written for its shape, not its sentence:

* **another got or took the post**: Irish "Fuair duine eile post an teagascóra" (another person
  got the tutor's post); Yoruba "Aláró mìíràn ni ilé iṣẹ́ wa gbà fún ipò yìí" (another dyer is
  whom our company took for this post);
* **we gave it to someone else**: Albanian "... ia dhamë dikujt tjetër";
* **someone has come for the job**: Tamil "... வேலைக்கு ஓசூர் ஆசாமி ஒருவர் வந்தாச்சு";
* **no gap left for the reader**: Spanish "y para ti no queda hueco".

READINGS are appended to the outcome readings of rejectwatch.model.negation (plain_outcomes),
so none is read in a conditional, still-to-come, quoted or reader-decided sentence.
"""

from __future__ import annotations

from rejectwatch.model import lazy_re as re
from rejectwatch.model.prefilter import readings

__all__ = ["READINGS"]

_ANOTHER_TOOK_IT = re.compile(
    # Irish: another person (applicant, woman, man) got the post (job, place)
    r"\bfuair (?:duine|iarrthóir|bean|fear|iarratasóir) eile\b[^.!?\n]{0,20}?\b(?:post|ról|jab|"
    r"áit|obair)\b"
    # Yoruba: another (worker) is whom (we, the company) took, with tone marks or without
    r"|\b(?:mìíràn|miiran) ni\b[^.!?\n]{0,40}? (?:gbà|gba)\b"
    # Albanian: we (they) gave it to someone else
    r"|\bia (?:dhamë|dhame|dha|dhanë|kemi dhënë|kanë dhënë) (?:dikujt|një) (?:tjetër|tjetri|"
    r"kandidati tjetër|kandidateje tjetër)\b"
    # Tamil: someone has come for the job (post, work)
    r"|(?:வேலைக்கு|பணிக்கு|பதவிக்கு)[^.!?\n]{0,40}?(?:ஒருவர்|ஆள்|நபர்) (?:வந்தாச்சு|"
    r"வந்துவிட்டார்|வந்துள்ளார்|வந்தார்|கிடைத்துவிட்டார்)"
)
_NO_GAP_FOR_YOU = re.compile(
    # Spanish: no gap (place, post) remains for you (never "there is no room for you in the car
    # park", a twin: "queda" only, and nothing after the noun)
    r"\bpara ti no (?:queda|quedan) (?:hueco|sitio|plaza|lugar|puesto|vacante)s?"
    r"(?=[ \t]*(?:[.;,!\n]|$))"
)

READINGS = readings(
    ("chose_other", _ANOTHER_TOOK_IT),
    ("reader_out", _NO_GAP_FOR_YOU),
)
