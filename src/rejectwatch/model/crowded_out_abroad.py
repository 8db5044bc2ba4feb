"""The post gone to another, or the reader not taken further, in languages read slices 165 and 166
refused in (issue 11, sixty-second pass, fourth round). Each is written for its shape, not its
sentence:

* **the post gone to another**: Hungarian "A helyet egy … jelölt kapja" (a candidate gets the
  place), Tamil "அந்த வேலை வேறு ஒருவருக்குப் போய்விட்டது" (that job went to someone else),
  Yoruba "ẹlòmíràn ni iṣẹ́ … bọ́ sí lọ́wọ́" (the job fell into another's hands), French "notre
  choix s'est porté ailleurs" (our choice went elsewhere);
* **the reader not taken further**: Hungarian "jelentkezését most nem visszük tovább" (we are
  not taking your application further now), Welsh "na fuoch yn llwyddiannus" (that you were not
  successful).

READINGS are appended to the outcome readings of rejectwatch.model.negation (plain_outcomes),
so none is read in a conditional, still-to-come, quoted or reader-decided sentence.
"""

from __future__ import annotations

from rejectwatch.model import lazy_re as re
from rejectwatch.model.prefilter import readings

__all__ = ["READINGS"]

_GONE_TO_ANOTHER = re.compile(
    # Hungarian: [a candidate] gets or got the place (never "ön", you)
    r"\ba helyet (?:egy|egy másik|más|egy új)\b(?! önnek\b)[^.!?\n]{0,50}? (?:kapja|kapta|"
    r"nyerte el|tölti be|töltötte be)\b"
    # Tamil: that job went, or was given, to someone else
    r"|வேறு (?:ஒருவருக்குப்|ஒருவருக்கு|நபருக்குப்|நபருக்கு)[^.!?\n]{0,10}?(?:போய்விட்டது|சென்றது|"
    r"கொடுக்கப்பட்டது|வழங்கப்பட்டது)"
    # Yoruba: the job fell into another's hands
    r"|\b(?:ẹlòmíràn|elomiran) ni [^.!?\n]{0,40}?(?:bọ́ sí|bo si) (?:lọ́wọ́|lowo)"
    # French: our choice went elsewhere, or to another
    r"|\bnotre choix s['\u2019]est (?:porté|arrêté) (?:ailleurs|sur (?:un autre|une autre|"
    r"d['\u2019]autres?))\b"
)
_NOT_FURTHER = re.compile(
    # Hungarian: we are not taking your application further (now, this time)
    r"\bjelentkezését (?:most |ezúttal |sajnos )?nem (?:visszük|vihetjük) tovább\b"
    # Welsh: that you were not successful
    r"|\bna (?:fuoch|fuost|fu eich cais|fu dy gais) yn llwyddiannus\b"
)

READINGS = readings(
    ("chose_other", _GONE_TO_ANOTHER),
    ("reader_out", _NOT_FURTHER),
)
