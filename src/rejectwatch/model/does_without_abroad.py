"""Another chosen, and the application ending here, in languages read slices 185 and 186 refused
in (issue 11, sixty-fourth pass, fourth round). Each is written for its shape, not its sentence:

* **another applicant got it**: Thai "มีผู้สมัครอีกคนได้ไปแล้ว";
* **the place occupied by another**: Armenian "… տեղը զբաղեցրեց … մի վարպետ";
* **the post gone to someone from somewhere**: Welsh "mae swydd y … wedi mynd i saer o …";
* **the post taken over by someone**: German "Die Helferstelle hat jetzt ein Tischler aus …
  übernommen";
* **the work got by one**: Tamil "… வேலையை ஒரு … கலைஞர் பெற்றார்";
* **the post given to someone**: Irish "tá post … tugtha d'fhear ó …";
* **the application closed or ended**: Thai "ทางเราขอปิดใบสมัครนี้", German "für Sie wird es
  diesmal also nichts", Welsh "daw'ch cais i ben yma", Basque "zure eskaerak ez du aurrera
  egingo", Irish "níl tuilleadh le déanamh le d'iarratas".

READINGS are appended to the outcome readings of rejectwatch.model.negation (plain_outcomes),
so none is read in a conditional, still-to-come, quoted or reader-decided sentence.
"""

from __future__ import annotations

from rejectwatch.model import lazy_re as re
from rejectwatch.model.prefilter import readings

__all__ = ["READINGS"]

_ANOTHER_GOT_IT = re.compile(
    # Thai: another applicant has got it
    r"ผู้สมัคร(?:อีกคน|อีกท่าน|คนอื่น)ได้(?:ไป)?แล้ว"
    # Armenian: the place was occupied by (a master from …)
    r"|տեղը զբաղեցր(?:եց|ել է)"
    # Welsh: the post … has gone to (never "to you", "wedi mynd i chi")
    r"|\bswydd\b[^.!?\n]{0,40}? wedi mynd i\b(?! (?:chi|ti|chdi)\b)"
    # German: the post (a compound's last word, "Helferstelle") has now been taken over by a
    # (joiner)
    r"|(?:stelle|platz|posten|job)\b[^.!?\n]{0,12} hat (?:jetzt |nun |bereits |schon |"
    r"mittlerweile |inzwischen )?"
    r"(?:ein|eine|einer) [^.!?\n]{1,40}? übernommen\b"
    # Tamil: a (one) … artist got the work
    r"|வேலையை ஒரு [^.!?\n]{1,40}?(?:பெற்றார்|பெற்றுவிட்டார்|பெற்றுள்ளார்)"
    # Irish: the post has been given to
    r"|\btá (?:an )?post\b[^.!?\n]{0,40}? tugtha (?:do|d['\u2019])"
)
_ENDS_FOR_YOU = re.compile(
    # Thai: we close this application
    r"(?:ขอ)?ปิดใบสมัคร(?:นี้|ของ(?:คุณ|ท่าน))"
    # German: for you it comes to nothing this time
    r"|\bfür sie wird es (?:diesmal |dieses mal |leider )?(?:also )?nichts\b"
    # Welsh: your application comes to an end here
    r"|\bdaw['\u2019](?:ch| eich) cais i ben\b"
    # Basque: your application will not go ahead
    r"|\bzure (?:eskaerak|hautagaitzak) ez du aurrera egingo\b"
    # Irish: there is nothing more to do with your application
    r"|\bníl (?:tuilleadh|níos mó) le déanamh le d['\u2019]iarratas\b"
)

READINGS = readings(
    ("chose_other", _ANOTHER_GOT_IT),
    ("reader_out", _ENDS_FOR_YOU),
)
