"""Lower Sorbian and Interslavic refusals (issue 11, twenty-eighth pass, part D).

Blind slice 26 refused in Lower Sorbian ("smy se rozsuźili za drugego kandidata") and in
Interslavic ("my izbrali drugogo kandidata") with no decision token: neither language was read
(Upper Sorbian is, by rejectwatch.model.languages_slavic_turkic_visayan, with "druhu", "so" and
"rozsudźili"). Each language's general forms are read here, written for the language and never
one message's words:

* Lower Sorbian: "smy se rozsuźili za drugu wósobu", "smy se za drugego pśizjawjarja
  rozsuźili", "smy južo drugego kandidata wuzwólili", "městno jo južo wobsajźone";
* Interslavic: "izbrali smo / my (uže) izbrali drugogo kandidata", "my vybrali inu osobu",
  "pozicija jest uže zapoljnena", "vaša kandidatura ne byla izbrana".

Their twins stay unread: another date or thing chosen ("drugi termin", "drugy termin"), the
reader chosen ("izbrali vas"), a seat on a bus or at a concert, a receipt, and each language's
"if" (Lower Sorbian "jolic", "jaliž", here; Interslavic "ako", "jestli" before the post).

Each reading is (token name, word groups, pattern) over lower-cased text, appended to the
outcome readings by rejectwatch.model.decisions_abroad (rejectwatch.model.language_modules), so
the same checks apply. Every match lies inside one sentence and opens with a literal word.
"""

from __future__ import annotations

from rejectwatch.model import lazy_re as re
from rejectwatch.model.languages_usual import _NO_DAY, _no_reader, _not_in_sentence
from rejectwatch.model.prefilter import readings

__all__ = [
    "CONDITIONAL",
    "READINGS",
]

# Lower Sorbian "if" (Interslavic "ako" is read by rejectwatch.model.further_languages)
CONDITIONAL = r"|\bjolic\b|\bjaliž\b"

# (never a bus, a train, a concert, a party, a table or a hall: the same words in both)
_NO_EVENT = _not_in_sentence(
    r"bus\w*|awtobus\w*|avtobus\w*|cug\w*|vlak\w*|kino|koncert\w*|swěźeń\w*|swjeźeń\w*|"
    r"festival\w*|prazdnik\w*|blido|blidle|stol|stolu|rejownja|źiwadło|źiwadle|teatr\w*|"
    r"restavracij\w*|parking\w*|zala|zali|sala|sali|"
    # (twenty-eighth pass, part Q: an election, a contest, a prize)
    r"wólby|wólbach|wólbow|vybory|vyborah|vyborov|izbory|izborah|volby|wybory|nagrad\w*|"
    r"premij\w*|myto|myta|konkurs\w*|sutěž\w*"
)

# ---------------------------------------------------------------------------------------------
# Lower Sorbian
# ---------------------------------------------------------------------------------------------

_DSB_PERSON = (
    r"(?:drugego|drugu|drugich|jadnogo drugego|jadnu drugu) (?:kandidata|kandidatku|kandidatow|"
    r"wósobu|wosobu|wósobow|pśizjawjarja|pśizjawjarku|pśizjawjarjow|pomocnika|pomocnicu|"
    r"źěłaśerja|źěłaśerku|cłowjeka|gólca|źowćo|kolegu|kolegowku|mištra|wuknikarja|wuknikarku)\b"
)
_DSB_DECIDED = "(?:rozsuźili|rozsuźiłej|rozsuźił|rozsuźiła)"
_DSB_TOOK = "(?:wuzwólili|wuzwolili|wzeli|pśiwzeli|zastajili|wubrali|namakali)"
_DSB_READER = _no_reader(r"\b(?:was|wam|tebje|tebi|wy|ty)\b")
_DSB_OTHER = re.compile(
    r"\bsmy se (?:južo |nakóńc |skóńcnje )?(?:"
    + _DSB_DECIDED
    + r" za "
    + _DSB_PERSON
    + r"|za "
    + _DSB_PERSON
    + r" "
    + _DSB_DECIDED
    + r"\b)"
    + _NO_DAY
    + _DSB_READER
    + _NO_EVENT
    + r"|\bsmy (?:južo |nakóńc |skóńcnje )?(?:"
    + _DSB_PERSON
    + r" "
    + _DSB_TOOK
    + r"\b|"
    + _DSB_TOOK
    + r" "
    + _DSB_PERSON
    + r")"
    + _NO_DAY
    + _DSB_READER
    + _NO_EVENT
)
# "městno jo južo wobsajźone", "to městno pomocnika jo wěcej njewólne"
_DSB_GONE = re.compile(
    r"\bměstno"
    + _NO_EVENT
    + r"(?: (?!jo\b)\S+){0,3}? jo (?:južo |něnto |mjaztym )?(?:wobsajźone|wobsaźone|wobsajźene|"
    r"pśeźane)\b" + _NO_DAY
)

# ---------------------------------------------------------------------------------------------
# Interslavic
# ---------------------------------------------------------------------------------------------

_ISV_PERSON = (
    r"(?:drugogo|drugu|inogo|inu|drugyh|inyh|jednogo drugogo) (?:kandidata|kandidatku|"
    r"kandidatov|osobu|osob|člověka|čeloveka|rabotnika|rabotnicu|pracovnika|pracovnicu|kolegu|"
    r"pomočnika|pomočnicu|vodiča|učenika|učenicu)\b"
)
_ISV_TOOK = "(?:izbrali|vybrali|prijęli|prijeli|zaposlili|najęli|najeli|vzęli|vzeli)"
_ISV_OTHER = re.compile(
    r"\b(?:my (?:uže |už |već )?"
    + _ISV_TOOK
    + r"|"
    + _ISV_TOOK
    + r" smo) (?:uže |už )?"
    + _ISV_PERSON
    + _NO_DAY
    + _no_reader(r"\b(?:vas|vam|tebe|tebę|tobě|ty|vy)\b")
    + _NO_EVENT
)
# "pozicija jest uže zapoljnena", "to rabotno město jest uže zanjeto"
_ISV_GONE = re.compile(
    r"(?<!ako )(?<!jestli )(?<!jesli )\b(?:pozicija|posada|město|vakancija)"
    + _NO_EVENT
    + r"(?: (?!jest\b|je\b)\S+){0,3}? (?:jest |je )?(?:uže |už )?(?:zapoljnena|zapolnjena|"
    r"zapoljneno|zapolnjeno|zanjeta|zanjato|obsadžena|obsadženo)\b" + _NO_DAY
)
# "vaša kandidatura ne byla izbrana", "vy ne byli izbrani"
_ISV_OUT = re.compile(
    r"(?<!ako )(?<!jestli )\b(?:vaša|tvoja) (?:kandidatura|prijava|aplikacija) ne (?:byla|jest) "
    r"(?:izbrana|prijęta|prijeta|odobrena)\b"
    r"|(?<!ako )(?<!jestli )\b(?:vy|ty) ne (?:byli|byl|byla|jeste|jesi) (?:izbrani|izbran|izbrana|"
    r"izbrane|prijęti|prijeti)\b"
)

READINGS = readings(
    ("chose_other", _DSB_OTHER),
    ("role_gone", _DSB_GONE),
    ("chose_other", _ISV_OTHER),
    ("role_gone", _ISV_GONE),
    ("reader_out", _ISV_OUT),
)
