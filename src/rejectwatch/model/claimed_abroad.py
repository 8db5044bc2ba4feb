"""Another chosen, and the application closed, in languages read slices 181 and 182 refused in
(issue 11, sixty-fourth pass, second round). Each is written for its shape, not its sentence:

* **the place got by another**: Czech "Místo dostala paní, která …", Tamil "இந்த இடத்தை
  மற்றொரு கலைஞர் பெற்றுவிட்டார்";
* **another applicant chosen**: Welsh "Rydym wedi dewis ymgeisydd arall";
* **the post given to someone else**: Basque "Lanpostua beste norbaiti eman diogu";
* **the reader's application closed by the sender**: Czech "Vaši přihlášku tedy uzavíráme".

READINGS are appended to the outcome readings of rejectwatch.model.negation (plain_outcomes),
so none is read in a conditional, still-to-come, quoted or reader-decided sentence.
"""

from __future__ import annotations

from rejectwatch.model import lazy_re as re
from rejectwatch.model.prefilter import readings

__all__ = ["READINGS"]

_ANOTHER_GOT_IT = re.compile(
    # Czech: the place went to (was got by) a lady, a colleague, someone else
    # (fourth round: or the place of a trade named between, "Místo montéra stánků získal jiný
    # zájemce", slice 185)
    r"\bmísto(?: \S+){0,3} (?:už |již )?(?:dostal|dostala|dostali|získal|získala|získali|obsadil|"
    r"obsadila) (?:pán|paní|kolega|kolegyně|jiný|jiná|jiné|někdo|uchazeč|uchazečka|zájemce|"
    r"zájemkyně)(?![a-zěščřžýáíéůú])"
    # Tamil: another [artist] has got (this place)
    r"|மற்றொரு \S+ (?:பெற்றுவிட்டார்|பெற்றார்|பெற்றுள்ளார்|பெற்றுக்கொண்டார்)"
    # Welsh: we have chosen another candidate (someone else)
    r"|\bwedi dewis (?:ymgeisydd|rhywun|person|gweithiwr|crefftwr) arall\b"
    # Basque: we gave the post to someone else (another candidate)
    r"|\bbeste (?:norbaiti|hautagai bati|pertsona bati|langile bati) eman (?:diogu|zaio|dio|"
    r"diote|genion)\b"
)
_CLOSED_BY_US = re.compile(
    # Czech: so we are closing (have closed) your application
    r"\b(?:vaši|tvou|vaše) (?:přihlášku|žádost|kandidaturu) (?:tedy |proto |tímto )?"
    r"(?:uzavíráme|jsme uzavřeli|zamítáme|jsme zamítli|odkládáme|jsme odložili)"
    r"(?![a-zěščřžýáíéůú])"
)

READINGS = readings(
    ("chose_other", _ANOTHER_GOT_IT),
    ("reader_out", _CLOSED_BY_US),
)
