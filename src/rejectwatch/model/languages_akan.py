"""Twi (Akan) refusals (issue 11, twenty-ninth pass, part D).

Blind slice 27 refused in Twi ("Yɛafa obi foforo dada, enti yɛrentumi mfa wo saa bere yi")
with no decision token: no reading knew Akan. Its general forms are read here, written for the
language and never one message's words, its open vowels typed as "ɛ", "ɔ" or as "e", "o":

* someone else taken or chosen: "yɛafa / yɛapaw / yɛfaa obi foforo", "yɛanya obi dada" (we
  have someone already);
* the reader not chosen: "yɛampaw wo", "wɔampaw wo", and "yɛrentumi mfa wo saa bere yi / afe
  yi" (we cannot take you this time, this year: never a lift, "mfa wo nkɔ …");
* the place filled: "baabi no ahyɛ ma", "adwuma no wɔ obi dada".

Their twins stay unread: the reader chosen ("yɛapaw wo ama nkitahodi no"), someone taken to
teach the reader, someone taken for a party, a funeral or a wedding, "if we do not choose you"
("sɛ yɛampaw wo a": "sɛ" before the verb; "sɛ" alone is also "that", so it is no conditional
word), a receipt.

Each reading is (token name, word groups, pattern) over lower-cased text, appended to the
outcome readings by rejectwatch.model.decisions_abroad (rejectwatch.model.language_modules), so
the same checks apply. Every match lies inside one sentence and opens with a literal word.
"""

from __future__ import annotations

from rejectwatch.model import lazy_re as re
from rejectwatch.model.languages_usual import _no_reader, _not_in_sentence
from rejectwatch.model.prefilter import readings

__all__ = ["READINGS"]

# (never a party, a funeral, a wedding, a church service, a game, a ticket, a lift)
_NO_EVENT = _not_in_sentence(
    r"apont[ɔo]\w*|ayie|ayeforo\w*|aware|asɔre|asore|agodie|agor[ɛe]|ti[ck]ete?\w*|"
    r"kar|lɔre|lore|bɔɔl|bool|fɛstival|festival|dwumadi ase|b[ɔo]s|bus|tr[ɔo]tr[ɔo]|"
    r"abato[ɔo]\w*"
)
# the reader ("wo", "mo") after the choice: someone taken to teach, to help the reader
_NOT_FOR_YOU = _no_reader(r"\b(?:wo|mo|w['\u2018\u2019])\b")

_TW_OTHER = re.compile(
    r"(?<!s[ɛe] )\by[ɛe](?:afa|apaw|faa|paw|pawee|ayi) obi foforo\b"
    + _NOT_FOR_YOU
    + _NO_EVENT
    + r"|(?<!s[ɛe] )\by[ɛe]anya obi (?:foforo )?dada\b"
    + _NOT_FOR_YOU
    + _NO_EVENT
)
_TW_OUT = re.compile(
    r"(?<!s[ɛe] )\b(?:y[ɛe]|w[ɔo])ampaw (?:wo|mo)\b(?! a\b)"
    + _NO_EVENT
    + r"|\by[ɛe]rentumi mfa (?:wo|mo) (?:saa bere yi|saa afe yi|afe yi|mprempren)\b(?! nk[ɔo]\b)"
)
_TW_GONE = re.compile(
    r"\bbaabi no ahy[ɛe] ma\b" + _NO_EVENT + r"|\badwuma no w[ɔo] obi dada\b" + _NOT_FOR_YOU
)

READINGS = readings(
    ("chose_other", _TW_OTHER),
    ("reader_out", _TW_OUT),
    ("role_gone", _TW_GONE),
)
