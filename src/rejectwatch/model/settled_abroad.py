"""Another chosen, and the application ending here, in languages read slices 177 and 178 refused
in (issue 11, sixty-third pass, fifth round). Each is written for its shape, not its sentence:

* **the reader's name not in the list**: Hindi "आपका नाम इस सूची में नहीं है";
* **another applicant chosen, so the application does not go on**: Amharic "ሌላ አመልካች ስለመረጥን
  ማመልከቻዎ አይቀጥልም";
* **someone else took the work**: Yoruba "Ẹlòmíràn ló gba iṣẹ́ …";
* **the work gone to another**: Tamil "இன்னொருவருக்குப் போனது";
* **the post for another person**: Basque "lanpostua beste pertsona batentzat izan da";
* **the new hire is another applicant**: Thai "…คนใหม่ของเราคือผู้สมัครอีกท่าน";
* **the application closed here**: Basque "zure eskaera honekin itxita geratzen da", Thai
  "ใบสมัครนี้จึงปิดลงตรงนี้".

READINGS are appended to the outcome readings of rejectwatch.model.negation (plain_outcomes),
so none is read in a conditional, still-to-come, quoted or reader-decided sentence.
"""

from __future__ import annotations

from rejectwatch.model import lazy_re as re
from rejectwatch.model.prefilter import readings

__all__ = ["READINGS"]

_NOT_ON_THE_LIST = re.compile(r"आपका नाम (?:इस |उस )?(?:सूची|लिस्ट) में नहीं (?:है|था|आया|आ सका)")
_ANOTHER_CHOSEN = re.compile(
    # Amharic: (since) we chose another applicant
    r"ሌላ (?:አመልካች|እጩ|ሰው) (?:ስለ)?(?:መረጥን|መርጠናል)"
    # Yoruba: someone else took the work
    r"|\b(?:ẹlòmíràn|elomiran|ẹlòmíì|elomii) (?:ló|lo|ni ó|ni o) (?:gba|gbà) (?:iṣẹ́|ise|ipò|ipo)"
    r"(?!\w)"
    # Tamil: went to another
    r"|இன்னொருவருக்குப் (?:போனது|போய்விட்டது|சென்றது)"
    # Basque: the post has been for another person
    # (sixty-fourth pass, fourth round: or for a named kind of person, "postua Pasaiako arotz
    # batentzat izan da", slice 186)
    r"|\b(?:lanpostua|postua|tokia|lekua)\b[^.!?\n]{0,40}? (?:beste )?\S+ (?:batentzat|batena) "
    r"izan da\b"
    # Thai: our new [potter] is another applicant
    r"|คนใหม่ของเรา(?:คือ|เป็น)ผู้สมัคร(?:อีกท่าน|อีกคน|คนอื่น)"
)
_CLOSED_HERE = re.compile(
    # Amharic: your application does not continue
    r"ማመልከቻዎ (?:አይቀጥልም|አልቀጠለም)"
    # Basque: your application stays closed with this
    r"|\bzure (?:eskaera|hautagaitza|eskabidea) (?:honekin|hemen) itxita geratzen da\b"
    # Thai: this application therefore closes here
    r"|ใบสมัคร(?:นี้|ของ(?:คุณ|ท่าน))จึง?ปิด(?:ลง|แล้ว)?(?!รับ)"
)

READINGS = readings(
    ("reader_out", _NOT_ON_THE_LIST),
    ("chose_other", _ANOTHER_CHOSEN),
    ("reader_out", _CLOSED_HERE),
)
