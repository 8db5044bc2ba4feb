"""Another chosen, in languages read slices 189 and 190 refused in (issue 11, sixty-fifth pass,
first round). Each is written for its shape, not its sentence:

* **the post received or taken by another**: Romanian "Postul de mecanic de noapte l-a primit
  alt candidat";
* **the place given to someone**: Tamil "தர ஆய்வாளர் இடம் … ராமசாமிக்கு வழங்கப்பட்டது";
* **the place occupied by someone**: Armenian "Թարգմանչի տեղը այս անգամ զբաղեցրեց … մասնագետ";
* **a board that chose another person**: Irish "Roghnaigh an bord duine eile don phost";
* **the choice stopped on a candidate**: Georgian "არჩევანი ბათუმელ კანდიდატზე შევაჩერეთ".

READINGS are appended to the outcome readings of rejectwatch.model.negation (plain_outcomes),
so none is read in a conditional, still-to-come, quoted or reader-decided sentence.
"""

from __future__ import annotations

from rejectwatch.model import lazy_re as re
from rejectwatch.model.prefilter import readings

__all__ = ["READINGS"]

_ANOTHER_GOT_IT = re.compile(
    # Romanian: another candidate (someone else) received, got or took the post
    r"\b(?:l-a|a) (?:primit|obținut|luat|ocupat|câștigat) (?:alt|altă|un alt|o altă) "
    r"(?:candidat|candidată|persoană|aplicant)\b"
    r"|\b(?:l-a|a) (?:primit|obținut|luat|ocupat|câștigat) altcineva\b"
    r"|\b(?:postul|locul)\b[^.!?\n]{0,40}? a fost (?:ocupat|dat|acordat|oferit) (?:de|unui|unei) "
    r"(?:alt|altă|un alt|o altă|altui|altei)\b"
    # Tamil: the place (post, job) was given to someone
    r"|(?:இடம்|பதவி|வேலை|பணியிடம்)[^.!?\n]{0,60}?(?:க்கு|கு) (?:வழங்கப்பட்டது|"
    r"கொடுக்கப்பட்டது|அளிக்கப்பட்டது)"
    # Armenian: the place (post) was occupied by, went to someone
    r"|(?:տեղը|պաշտոնը|աշխատատեղը)[^.!?\n]{0,40}? զբաղեցր(?:եց|ել է|ին)"
    # Irish: the board (the panel, they) chose another person
    r"|\broghnaigh (?:an |na )?\w+(?: \w+)? (?:iarrthóir|duine) eile\b"
    # Georgian: we stopped (settled) the choice on a candidate
    r"|არჩევანი[^.!?\n]{0,50}? (?:შევაჩერეთ|შეჩერდა|გაკეთდა)"
    r"|შევაჩერეთ არჩევანი"
)

READINGS = readings(
    ("chose_other", _ANOTHER_GOT_IT),
)
