# ruff: noqa: RUF002, RUF003  (Crimean Tatar dotless i is the words read)
"""Forms of three West Slavic tongues, Crimean Tatar and Hiligaynon that languages_breadth
lacked (issue 11, twenty-seventh pass, part D).

Blind slice 25 refused in Kashubian, Upper Sorbian, Silesian, Crimean Tatar and Hiligaynon with
no decision token. rejectwatch.model.languages_breadth (twenty-sixth pass, part N) reads each,
but only in one word order and with "another" candidate; the slice's letters took someone
described ("a woman from our village who …", "a young man who worked with us last year"), said
so with another verb or an adverb between, or said nobody else was needed. Those forms are read
here, written for the language and never one message's words:

* Kashubian: "më ju wzãlë białkã …", "më przëjãlë jinszą òsobã", "më wëbrelë kandidata …";
* Upper Sorbian: "smy so nětko za druheho požadarja rozsudźili", "smy hižo druhu wosobu
  wuzwolili";
* Silesian: "wziōnżeśmy karlusa …", "żeśmy już wybrali dziołcha …", "robota je już zajynto",
  "tōż mŏmy już pełno";
* Crimean Tatar: "keçken yıl bizimle çalışqan bir yaşnı aldıq", "tecrübeli bir ustanı işke
  aldıq", "şimdilik başqa adamğa ihtiyacımız yoq";
* Hiligaynon: "nagpili kami sang iban nga aplikante …", "may napili na kami nga iban", "indi
  ka napili", "puno na ang posisyon".

Their twins stay unread: the reader in the clause, a thing, a date or an event rather than a
person ("za druhi termin", "sang iban nga petsa", "bir künni sayladıq"), a supper full
("na wieczerzo mŏmy już pełno": "full" and "nobody else needed" are read only after their "so",
"for now", "this season", since an event named before the verb is out of a lookahead's sight),
a receipt, an invitation, and each language's "if" (read with languages_breadth's: "jeżlë",
"jeli", "jeźli", "eger", "kon indi"). rejectwatch.model.negation's English "may" is no longer
read as a hedge after Hiligaynon "nga" ("aplikante nga may eksperyensya", who has experience).

Each reading is (token name, word groups, pattern) over lower-cased text, appended to the
outcome readings by rejectwatch.model.decisions_abroad (rejectwatch.model.language_modules), so
the same checks apply. Every match lies inside one sentence and opens with a literal word.
"""

from __future__ import annotations

from rejectwatch.model import lazy_re as re
from rejectwatch.model.languages_usual import _NO_DAY, _no_reader, _not_in_sentence
from rejectwatch.model.prefilter import readings

__all__ = ["READINGS"]

# (each language's "if" is read with languages_breadth's: "jeżlë", "jeli", "jeźli", "eger", "kon
# indi")

# (never a party, a meal, a trip, a show, a seat, a date or a meeting)
_SLAVIC_NO_EVENT = _not_in_sentence(
    r"wieczórk\w*|wieczerz\w*|wieczor\w*|wesel\w*|fest\w*|swiãt\w*|świynt\w*|swjedźeń|"
    r"wulet\w*|wylot\w*|wycieczk\w*|wanderowanj\w*|kòncert\w*|koncert\w*|teater\w*|teatr\w*|"
    r"autobus\w*|bus|cug\w*|ćah\w*|pociąg\w*|blido|stół|stoł\w*|tisz\w*|sydło|sydła|"
    r"krzesło|rozmow\w*|rozmòw\w*|rozmołw\w*|zetkanj\w*|termin\w*|spotkani\w*|zebrani\w*|"
    r"posiedzeni\w*|bilet\w*|lisćik\w*|kolacj\w*|obiad\w*|"
    # (twenty-seventh pass, part Q: a side, a match, a tournament, a contest)
    r"drużyn\w*|mecz\w*|turniej\w*|zawod\w*|konkurs\w*|rozgrywk\w*"
)

# ---------------------------------------------------------------------------------------------
# Kashubian
# ---------------------------------------------------------------------------------------------

_CSB_PERSON = (
    r"(?:jinszą|jiną|jinszégò|jinégò|jinszi|białkã|chłopa|knôpa|knôpã|dzéwczã|dzéwùszkã|"
    r"kandidata|kandidatkã|òsobã|kògòs|człowieka|młodą|młodégò)"
)
_CSB_OTHER = re.compile(
    r"\bmë (?:ju |równo |terô )?(?:wzãlë|wzãłë|wëbrelë|wëbrałë|przëjãlë|zatrudnilë|nalazlë|"
    r"nalezlë|najãlë) "
    + _CSB_PERSON
    + r"(?!\w)(?! (?:dzéń|dzeń|termin|rzecz|łódkã|aùto|hotel)\b)"
    + _NO_DAY
    + _no_reader(r"\b(?:ce|cebie|tebie|wa|waju|was|wama)\b")
    + _SLAVIC_NO_EVENT
)

# ---------------------------------------------------------------------------------------------
# Upper Sorbian
# ---------------------------------------------------------------------------------------------

_HSB_PERSON = (
    r"(?:požadarja|požadarku|kandidata|kandidatku|wosobu|čłowjeka|pomocnika|pomocnicu|"
    r"kolegu|kolegowku|nawuknika|nawuknicu)"
)
_HSB_OTHER = re.compile(
    r"\bsmy so (?:\w+ ){0,2}?za (?:druheho|druhu|jeneho druheho|jednu druhu)(?: "
    + _HSB_PERSON
    + r")?(?: \w+){0,2}? rozsudźili\b"
    + _SLAVIC_NO_EVENT
    + r"|\bsmy (?:hižo |nětko |mjeztym )?(?:druheho|druhu) "
    + _HSB_PERSON
    + r" (?:wuzwolili|přiwzali|zastajili|namakali|wzali)\b"
    + _SLAVIC_NO_EVENT
)

# ---------------------------------------------------------------------------------------------
# Silesian
# ---------------------------------------------------------------------------------------------

_SZL_PERSON = (
    r"(?:inkszego|inkszo|inkszõ|inkszą|inkszygo|karlusa|dziołcha|dziołcha|dziołchã|gizda|"
    r"synka|ôsobã|ôsoba|ôsobę|kandydatkã)"
)
_SZL_TOOK = (
    r"(?:wziōnżeśmy|wziōnlimy|wziylimy|wybrali żeśmy|wybrałżeśmy|"
    r"przijōnżeśmy|przijynlimy|znodżeśmy|najōnżeśmy|zatrudniylimy|"
    r"żeśmy (?:już )?(?:wziōnli|wziyli|wybrali|przijōnli|znodli|najyli|zatrudniyli))"
)
_SZL_OTHER = re.compile(
    r"\b"
    + _SZL_TOOK
    + r" (?:już )?"
    + _SZL_PERSON
    + r"(?!\w)(?! (?:dzień|dziyń|termin|auto|autŏ)\b)"
    + _NO_DAY
    + _no_reader(r"\b(?:ciebie|cie|ci|wŏs|wos|wōm|was)\b")
    + _SLAVIC_NO_EVENT
)
_SZL_GONE = re.compile(
    r"\b(?:robota|roboty|plac|sztela|miejsce) (?:je |bōło |była )?(?:już )?(?:zajynto|zajynta|"
    r"zajynty|ôbsadzōno|ôbsadzōny|dano)\b"
    + _SLAVIC_NO_EVENT
    # "tōż mŏmy już pełno", "na tyn czas mōmy już kōmplet", opened by its "so", "for now" (an
    # event named before the verb, "na wieczerzo mŏmy już pełno", is out of a lookahead's sight)
    + r"|\b(?:tōż|toż|to|teroz|teraz|na tyn czas|na tyn sezōn|na razie),? (?:mŏmy|mōmy|momy) "
    r"(?:już )?(?:pełno|kōmplet|komplet)\b" + _NO_DAY + _SLAVIC_NO_EVENT
)

# ---------------------------------------------------------------------------------------------
# Crimean Tatar
# ---------------------------------------------------------------------------------------------

_CRH_PERSON = r"(?:adamnı|adamını|namzetni|insannı|işçini|qıznı|yigitni|yaşnı|ustanı|hanımnı)"
_CRH_NO_EVENT = _not_in_sentence(
    r"toy|toyğa|bayram\w*|konsert\w*|seyahat\w*|ekskursiya\w*|avtobus\w*|otel\w*|masa\w*|"
    r"bilet\w*|körüşüv\w*|lagerge|lager|kün|künni|saat|ziyafet\w*|"
    # (twenty-seventh pass, part Q: a side, a match, a contest)
    r"futbol\w*|komanda\w*|yarış\w*|turnir\w*|musabaqa\w*|\w*konkurs\w*"
)
_CRH_OTHER = re.compile(
    r"\bbir " + _CRH_PERSON + r" (?:işke )?(?:aldıq|sayladıq|qabul ettik)\b" + _CRH_NO_EVENT
)
_CRH_GONE = re.compile(
    # "şimdilik başqa adamğa ihtiyacımız yoq", opened by its "for now", "this season" (an event
    # named before it, "toy içün başqa adamğa …", is out of a lookahead's sight)
    r"\b(?:şimdilik|endi|artıq|bu mevsim|bu yıl|bu sene),? (?:başqa |daa )?(?:bir )?(?:adamğa|"
    r"işçige|kimsege|insanğa|namzetke) (?:endi )?ihtiyacımız (?:yoq|qalmadı)\b" + _CRH_NO_EVENT
)

# ---------------------------------------------------------------------------------------------
# Hiligaynon
# ---------------------------------------------------------------------------------------------

_HIL_PERSON = r"(?:aplikante|aplikant|tawo|kandidato|kandidata|empleyado|trabahador|manugbulig)"
_HIL_NO_EVENT = _not_in_sentence(
    r"raffle|rifa|premyo|lotto|piesta|party|kasal|biyahe|bus|tiket|ticket|interbyu|interview|"
    r"petsa|adlaw nga|lamesa|kan-on"
)
_HIL_OTHER = re.compile(
    r"\b(?:nagpili|nagkuha|nag-hire|naghire|nagbaton|nakapili) kami sang (?:iban|lain) nga "
    + _HIL_PERSON
    + r"\b"
    + _HIL_NO_EVENT
    + r"|\bmay (?:napili|nakuha|na-hire|nahire) na kami nga (?:iban|lain)\b"
    # (twenty-seventh pass, part Q: never another thing, Cebuano "lain nga hotel")
    + r"(?! nga (?!"
    + _HIL_PERSON
    + r"\b))"
    + _HIL_NO_EVENT
)
_HIL_OUT = re.compile(r"(?<!kon )\bindi (?:ka|kamo) napili\b" + _HIL_NO_EVENT)
_HIL_GONE = re.compile(r"\bpuno na ang (?:posisyon|bakante|trabaho)\b" + _HIL_NO_EVENT)

READINGS = readings(
    ("chose_other", _CSB_OTHER),
    ("chose_other", _HSB_OTHER),
    ("chose_other", _SZL_OTHER),
    ("role_gone", _SZL_GONE),
    ("chose_other", _CRH_OTHER),
    ("role_gone", _CRH_GONE),
    ("chose_other", _HIL_OTHER),
    ("reader_out", _HIL_OUT),
    ("role_gone", _HIL_GONE),
)
