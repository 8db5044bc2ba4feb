# ruff: noqa: RUF002, RUF003  (Crimean Tatar dotless i is the words read)
"""The usual refusal formulas of three West Slavic tongues, Crimean Tatar and Hiligaynon (issue
11, twenty-seventh pass, part D).

Blind slice 25 refused in Kashubian, Upper Sorbian, Silesian, Crimean Tatar and Hiligaynon with
no decision token. Each language's several usual ways of saying so are read here, written for the
language and never one message's words:

* Kashubian: "më ju wzãlë jinszą òsobã", "më wëbrelë jinszégò kandidata", "më przëjãlë białkã
  …", "plac je ju zajãti";
* Upper Sorbian: "smy so za druheho požadarja rozsudźili", "smy druhu wosobu wuzwolili", "městno
  je hižo wobsadźene";
* Silesian: "wziōnżeśmy karlusa …", "żeśmy wybrali inkszego kandydata", "robota je już
  zajynto", "mŏmy już pełno (ludzi)";
* Crimean Tatar: "başqa bir namzetni sayladıq", "… bir yaşnı işke aldıq", "başqa adamğa
  ihtiyacımız yoq", "bu vazife endi toldı";
* Hiligaynon: "nagpili kami sang iban nga aplikante", "may napili na kami nga iban", "indi ka
  napili", "puno na ang posisyon".

Their twins stay unread: the reader in the clause ("më wzãlë ce", "smy tebje wuzwolili"), a
thing, a date or an event rather than a person ("za druhi termin", "sang iban nga petsa",
"başqa bir künni sayladıq"), a hall or a trip full ("na wieczerzo mŏmy już pełno"), a receipt,
an invitation, and each language's "if" (Kashubian "jeżlë", Upper Sorbian "jeli", Silesian
"jeźli", Crimean Tatar "eger", Hiligaynon "kon" before its subject, read by
rejectwatch.model.languages with the Polish, Turkish and Tagalog ones).

Each reading is (token name, word groups, pattern) over lower-cased text, appended to the
outcome readings by rejectwatch.model.decisions_abroad (rejectwatch.model.language_modules), so
the same checks apply. Every match lies inside one sentence and opens with a literal word.
"""

from __future__ import annotations

from rejectwatch.model import lazy_re as re
from rejectwatch.model.languages_usual import _NO_DAY, _no_reader, _not_in_sentence
from rejectwatch.model.prefilter import readings

__all__ = [
    "A_JOB",
    "CONDITIONAL",
    "INVITED",
    "NEGATION",
    "NOT_A_JOB",
    "NOT_YET",
    "OFFERED",
    "READINGS",
    "REGRET",
]

# Kashubian "jeżlë", Silesian "jeźli"; Upper Sorbian "jeli", Crimean Tatar "eger" and Hiligaynon
# "kon" only before a subject or a verb ("kon indi ka napili", "jeli je městno …"): each alone
# is a word or a place elsewhere (Malaysia's Jeli, Hungary's Eger)
CONDITIONAL = (
    r"|\bjeżlë\b|\bjeźli\b"
    r"|\bjeli (?:je|smy|sće|sy|so|by|budźe|budźemy|njeje|njejsmy|ty|wy|my)\b"
    r"|\beger (?:siz|sen|biz|başqa|bir|namzet\w*|muracaat\w*|yer|iş)\b"
    r"|\bkon (?:indi|kami|ikaw|kamo|may|wala|ang)\b"
)
NOT_YET = ""
NEGATION = ""
REGRET = ""
INVITED = ""
OFFERED = ""
NOT_A_JOB = ""
A_JOB = ""

# (never a party, a meal, a trip, a show, a seat, a date or a meeting)
_SLAVIC_NO_EVENT = _not_in_sentence(
    r"wieczórk\w*|wieczerz\w*|wieczor\w*|wesel\w*|fest\w*|swiãt\w*|świynt\w*|swjedźeń|"
    r"wulet\w*|wylot\w*|wycieczk\w*|wanderowanj\w*|kòncert\w*|koncert\w*|teater\w*|teatr\w*|"
    r"autobus\w*|bus|cug\w*|ćah\w*|pociąg\w*|blido|stół|stoł\w*|tisz\w*|sydło|sydła|"
    r"krzesło|rozmow\w*|rozmòw\w*|rozmołw\w*|zetkanj\w*|termin\w*|spotkani\w*|zebrani\w*|"
    r"posiedzeni\w*|bilet\w*|lisćik\w*|kolacj\w*|obiad\w*"
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
_CSB_GONE = re.compile(
    r"\b(?:plac|stanowiskò|robòta|môl) (?:je |bëł |bëła )?(?:ju |równo )?(?:zajãti|zajãtô|"
    r"òbsadzony|òbsadzonô|dóny|dónô)\b" + _SLAVIC_NO_EVENT
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
_HSB_GONE = re.compile(
    r"\b(?:městno|dźěłowe městno|přiwučowanske městno) je (?:hižo |nětko |mjeztym )?"
    r"(?:wobsadźene|date|přewzate)\b" + _SLAVIC_NO_EVENT
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
    r"bilet\w*|körüşüv\w*|lagerge|lager|kün|künni|saat|ziyafet\w*"
)
_CRH_OTHER = re.compile(
    r"\b(?:başqa|diger) (?:bir )?" + _CRH_PERSON + r" (?:aldıq|sayladıq|tapdıq|işke aldıq|"
    r"qabul ettik|tuttıq)\b"
    + _CRH_NO_EVENT
    + r"|\bbir "
    + _CRH_PERSON
    + r" (?:işke )?(?:aldıq|sayladıq|qabul ettik)\b"
    + _CRH_NO_EVENT
)
_CRH_GONE = re.compile(
    # "şimdilik başqa adamğa ihtiyacımız yoq", opened by its "for now", "this season" (an event
    # named before it, "toy içün başqa adamğa …", is out of a lookahead's sight)
    r"\b(?:şimdilik|endi|artıq|bu mevsim|bu yıl|bu sene),? (?:başqa |daa )?(?:bir )?(?:adamğa|"
    r"işçige|kimsege|insanğa|namzetke) (?:endi )?ihtiyacımız (?:yoq|qalmadı)\b"
    + _CRH_NO_EVENT
    + r"|\b(?:vazife|iş yeri) (?:endi |artıq )?(?:toldı|tolu|qapandı)\b"
    + _CRH_NO_EVENT
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
    + r"|\bginpili (?:namon|naton) ang (?:iban|lain) nga "
    + _HIL_PERSON
    + r"\b"
    + _HIL_NO_EVENT
    + r"|\bmay (?:napili|nakuha|na-hire|nahire) na kami nga (?:iban|lain)\b"
    + _HIL_NO_EVENT
)
_HIL_OUT = re.compile(r"(?<!kon )\bindi (?:ka|kamo) napili\b" + _HIL_NO_EVENT)
_HIL_GONE = re.compile(
    r"\bpuno na ang (?:posisyon|bakante|trabaho)\b"
    + _HIL_NO_EVENT
    + r"|\b(?:posisyon|bakante) (?:napuno|ginpuno) na\b"
    + _HIL_NO_EVENT
)

READINGS = readings(
    ("chose_other", _CSB_OTHER),
    ("role_gone", _CSB_GONE),
    ("chose_other", _HSB_OTHER),
    ("role_gone", _HSB_GONE),
    ("chose_other", _SZL_OTHER),
    ("role_gone", _SZL_GONE),
    ("chose_other", _CRH_OTHER),
    ("role_gone", _CRH_GONE),
    ("chose_other", _HIL_OTHER),
    ("reader_out", _HIL_OUT),
    ("role_gone", _HIL_GONE),
)
