"""The usual refusal formulas of seven Austronesian languages new to the project (issue 11,
twenty-seventh pass, part N).

The slices keep choosing regional and minority languages, and a language no reading knows is
mostly missed. written-43 wrote thirty languages no slice, batch or reading named; the shipped
model filed 5 of its 90 refusals. Its Austronesian seven (the Philippines' Waray, Central Bikol
and Kapampangan; Indonesia's Minangkabau, Balinese and Banjar; Tahitian) are read here, each in
its usual ways of saying the reader was not chosen, the post is filled or someone else was
chosen, written for the language and never one message's words (the rest of written-43's
languages: rejectwatch.model.languages_eurasia):

* Waray: "diri ka napili", "an posisyon … may napili na / puno na", "iba nga aplikante an amon
  ginpili";
* Central Bikol: "dai ka napili", "an posisyon … may nakaokupar na", "iba an samong pinili";
* Kapampangan: "e ka mepili", "ati na kaming mepili", "aliwa ya ing pinili mi";
* Minangkabau and Banjar: "indak tapiliah", "posisi … lah taisi", "mamiliah urang lain"; "kada
  tapilih", "posisi … sudah ada nang ngisi", "mamilih urang lain";
* Balinese: "nenten kapilih", "genah pakaryan … sampun wenten sane ngisi", "milih anak lianan";
* Tahitian: "aita 'oe i mā'itihia", "ua ī te tōro'a", "ua mā'iti mātou i te tahi atu ta'ata".

Their twins stay unread: a receipt with each language's "if you are chosen" ("kun mapili ka",
"nung mapili ka", "kok Sanak tapiliah", "yening ragane kapilih", "amun pian tapilih", "mai te
peu e mā'itihia 'oe": no negation, no other person), an invitation, the reader chosen, a seat,
a parking bay or a ticket for a concert.

Each reading is (token name, word groups, pattern) over lower-cased text, appended to the
outcome readings by rejectwatch.model.decisions_abroad (rejectwatch.model.language_modules), so
the same checks apply. Every match lies inside one sentence and opens with a literal word.
"""

from __future__ import annotations

from rejectwatch.model import lazy_re as re
from rejectwatch.model.languages_eurasia import VENUES
from rejectwatch.model.languages_usual import _NO_DAY, _no_reader, _not_in_sentence
from rejectwatch.model.prefilter import readings

__all__ = ["READINGS"]


_NO_VENUE = _not_in_sentence(
    VENUES + r"|pesta\w*|kenduri\w*|tindahan|\w*konsyer\w*|\w*konsiyer\w*|\w*konsiert\w*"
)
# (twenty-eighth pass, part Q: and for part D's forms, a raffle, a contest, a fiesta, an
# election, a scholarship, a prize, a dance)
_NOT_A_POST = _not_in_sentence(
    VENUES + r"|pesta\w*|kenduri\w*|\w*konsyer\w*|\w*konsiyer\w*|\w*konsiert\w*|raffle|"
    r"contest|pista|piyesta|fiesta|eleksyon|halalan|scholarship|iskolar\w*|premyo|sayaw|"
    r"paligsahan|patimpalak|timpalak"
)
# Tahitian's glottal stop, typed as an apostrophe, a turned comma or not at all
_OK = "['\u2018\u2019\u02bb]?"

# ---------------------------------------------------------------------------------------------
# Waray, Central Bikol, Kapampangan
# ---------------------------------------------------------------------------------------------

_PH_OUT = re.compile(
    r"\bdiri ka (?:napili|natanggap|nakapasar|ginpili)\b"
    r"|\bdai ka (?:napili|natanggap|nakapasar|pinili)\b"
    r"|\be ka (?:mepili|pinili|metanggap|tinanggap)\b"
    # (twenty-eighth pass, part D) the agent pronoun inside: Bikol "dai ka mi / namo(ng)
    # napili", Waray "diri ka namon / nira napili"
    # (not after "kun", "kon", if)
    r"|(?<!kun )(?<!kon )\bdai ka (?:mi|namo|namong|ninda|nindang|niya) (?:napili|natanggap|"
    r"pinili)\b" + _NOT_A_POST + r"|(?<!kun )(?<!kon )\bdiri ka (?:namon|nira|niya) (?:napili|"
    r"natanggap|ginpili)\b" + _NOT_A_POST
)
_PH_GONE = re.compile(
    r"\ban posisyon"
    + _NO_VENUE
    + r"(?: \S+){0,3}? (?:may napili na|may nakaokupar na|may nakaokupa na|puno na|"
    r"napuno na|may nakakuha na)\b" + _NO_VENUE
)
_PH_OTHER = re.compile(
    r"\biba nga (?:aplikante|tawo|kandidato|kandidata) an (?:amon|ira) (?:ginpili|napili|"
    r"gintanggap|kinuha)\b"
    r"|\biba an (?:samong|samo) (?:pinili|napili|kinua|tinanggap)\b"
    r"|\baliwa (?:ya )?ing (?:pinili|mepili|tinanggap) (?:mi|da|ming)\b"
    # (twenty-eighth pass, part D) others who fit better: Bikol "may iba kaming aplikante na mas
    # tama / angay", Waray "may iba kami nga aplikante nga mas angay"
    r"|\bmay iba (?:kaming|kami nga|kami na) (?:mga )?(?:aplikante|kandidato|kandidata|tawo) "
    r"(?:na|nga) mas (?:tama|angay|bagay|sanay|maaram|eksperyensyado|may eksperyensya|maopay|"
    r"hiara|haros)\b"
    + _NOT_A_POST
    + r"|\bati na (?:kaming|kami) (?:mepili|pinili|metanggap|tinanggap)\b"
    + _no_reader(r"\b(?:keka|ika|kekayu)\b")
)

# ---------------------------------------------------------------------------------------------
# Minangkabau, Banjar, Balinese
# ---------------------------------------------------------------------------------------------

_ID_REGIONAL_OUT = re.compile(
    r"\bindak (?:tapiliah|dipiliah|ditarimo)\b"
    r"|\bkada (?:tapilih|dipilih|ditarima)\b"
    r"|\bnenten (?:kapilih|kapilihin|katerima)\b"
)
_ID_REGIONAL_GONE = re.compile(
    r"\bposisi"
    + _NO_VENUE
    + r"(?: \S+){0,2}? (?:lah taisi|lah diisi|sudah ada (?:nang|urang nang) (?:ngisi|"
    r"mangisi|maisi))\b"
    + _NO_VENUE
    + r"|\bgenah (?:pakaryan|makarya)"
    + _NO_VENUE
    + r"(?: \S+){0,2}? sampun (?:wenten sane ngisi|kaisi)\b"
    + _NO_VENUE
)
_ID_REGIONAL_OTHER = re.compile(
    r"\b(?:mamiliah|mamilih) urang (?:nan |nang )?lain\b"
    # (twenty-seventh pass, part Q: never a feast's, a show's or a trip's)
    + _NO_VENUE
    + r"|\bmilih (?:anak|krama|calon) (?:sane )?(?:lianan|tiosan)\b"
    + _no_reader(r"\b(?:sanak|pian|ragane)\b")
)

# ---------------------------------------------------------------------------------------------
# Tahitian
# ---------------------------------------------------------------------------------------------

_TY_OUT = re.compile(
    r"\baita (?:rā |ra )?(?:" + _OK + r"oe|" + _OK + r"outou) i (?:mā|ma)" + _OK + r"itihia\b"
    r"|\baita (?:rā |ra )?(?:" + _OK + r"oe|" + _OK + r"outou) i (?:fā|fa)ri" + _OK + r"ihia\b"
)
_TY_GONE = re.compile(r"\bua (?:ī|i) (?:a )?te (?:tō|to)ro" + _OK + r"a\b" + _NO_VENUE)
_TY_OTHER = re.compile(
    r"\bua (?:mā|ma)" + _OK + r"iti (?:mātou|matou|māua|maua) i te tahi atu (?:ta" + _OK + r"ata|"
    r"vahine|tāne|tane)\b" + _NO_DAY
)


READINGS = readings(
    ("reader_out", _PH_OUT),
    ("role_gone", _PH_GONE),
    ("chose_other", _PH_OTHER),
    ("reader_out", _ID_REGIONAL_OUT),
    ("role_gone", _ID_REGIONAL_GONE),
    ("chose_other", _ID_REGIONAL_OTHER),
    ("reader_out", _TY_OUT),
    ("role_gone", _TY_GONE),
    ("chose_other", _TY_OTHER),
)
