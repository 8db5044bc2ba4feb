"""Another chosen, and the application ending here, in languages read slices 179 and 180 refused
in (issue 11, sixty-fourth pass, first round). Each is written for its shape, not its sentence:

* **the post going to another applicant**: German "die Stelle geht an eine andere Bewerberin",
  "ging an einen anderen Bewerber";
* **the post gone to someone from somewhere**: Norwegian "stillingen gikk likevel til ei
  syerske fra …", Danish "jobben gik til en fra …", Swedish "tjänsten gick till en …";
* **the workshop took another**: Bengali "অন্য এক শিল্পীকে নিয়েছে";
* **closed to the reader, stopping here, the ways parting here**: German "für Sie bleibt sie
  verschlossen", Norwegian "her stopper det for deg", Danish "så vores veje skilles her";
* **the form or application ending right here**: Bengali "এই ফর্ম এখানেই শেষ".

(rejectwatch.model.settled_abroad's Thai reading of the application closed is widened in the same
round: "ใบสมัครนี้จึงปิด" with no "ลง" after it.)

READINGS are appended to the outcome readings of rejectwatch.model.negation (plain_outcomes),
so none is read in a conditional, still-to-come, quoted or reader-decided sentence.
"""

from __future__ import annotations

from rejectwatch.model import lazy_re as re
from rejectwatch.model.prefilter import readings

__all__ = ["READINGS"]

_GONE_TO_ANOTHER = re.compile(
    # German: goes (went) to another (female) applicant, to someone else
    r"\b(?:geht|ging|gehen|gingen|vergeben) (?:[a-zäöüß]+ ){0,2}?an (?:eine andere|einen anderen|"
    r"jemand anderen|jemand anderes|eine mitbewerberin|einen mitbewerber) ?(?:bewerberin|bewerber|"
    r"kandidatin|kandidaten|person)?(?![a-zäöüß])"
    # Norwegian, Danish, Swedish: the post (job) went to one from …
    r"|\b(?:stillingen|jobben|plassen|tjänsten|jobbet|platsen|[a-zæøå]+(?:jobben|stillingen|"
    r"plassen|tjänsten))(?: [a-zæøåä]+){0,3}? (?:gikk|gik|gick|går|har gått|er gået) "
    r"(?:likevel |alligevel |dessverre |desværre |tyvärr |i stedet |i stället )?til (?:ei|en|et|"
    r"ein|nogen|noen|någon)\b"
    # Bengali: took another (one) artist
    r"|অন্য (?:এক |একজন )?\S+কে (?:নিয়েছে|নিয়েছেন|নিয়ে নিয়েছে|বেছে নিয়েছে)"
)
_ENDS_FOR_YOU = re.compile(
    # German: for you it stays closed
    r"\bfür sie bleibt (?:sie|es|die stelle|der platz)(?: [a-zäöüß]+){0,2}? (?:verschlossen|zu)\b"
    # Norwegian, Danish: here it stops for you; our ways part here
    r"|\bher stopper (?:det|den|søknaden|ansøgningen) for (?:deg|dig)\b"
    r"|\b(?:våre|vores|våra) (?:veier|veje|vägar) (?:skilles|skiljs|skiller seg) her\b"
    # Bengali: this form (application) ends right here
    r"|(?:আবেদন|ফর্ম|আবেদনপত্র)(?:টি|টা)? এখানেই শেষ"
)

READINGS = readings(
    ("chose_other", _GONE_TO_ANOTHER),
    ("reader_out", _ENDS_FOR_YOU),
)
