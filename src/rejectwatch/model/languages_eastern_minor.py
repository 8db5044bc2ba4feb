# ruff: noqa: RUF002  (Cyrillic letters are the words read)
"""The usual refusal formulas of eastern Europe's and Russia's smaller languages and varieties:
Montenegrin, Lemko, Goral, Buryat, Kalmyk, Tuvan, Ossetian, Chechen (issue 11, twenty-ninth
pass, part N).

written-50 wrote thirty languages no slice, batch or reading named (its western ones are read by
rejectwatch.model.languages_western_dialects). Each of these eight languages' usual ways of
saying the reader was not chosen, the post is filled or someone else was chosen are read here,
written for the language and never one message's words; a form a reading of a neighbour
already reads ("radno mjesto je već popunjeno", "вас не вибрали на роботу") is left to it:

* Montenegrin: "nijeste izabrani / primljeni", "(škola, firma …) se odlučila za drugog
  kandidata" (never an election's candidate);
* Lemko: "вас не вибрали", "місце … уж обсаджене", "мы вибрали іншу особу";
* Goral (Podhale): "nie wybrali my cie", "robota … juz je zajęto", "wybrali my kogo inksego";
* Buryat, Kalmyk, Tuvan: "шэлэгдээгүйт", "ажалай һуури дүүрэнхэй", "өөрэ хүниие шэлэбди";
  "суңһгдсн уга", "көдлмшин орн дүүрснә", "талдан күн суңһвидн"; "шилиттинмээн", "ажылдың
  туружу долу", "өске кижини шилээн";
* Ossetian (Iron, "æ" typed in Latin or Cyrillic letters), Chechen (the palochka typed as "ӏ",
  "I", "1" or "l"): "дæ нæ равзæрстам", "кусæн бынат ахст у", "æндæр адæймаджы равзæрстам";
  "хьо ца харжийна", "балха меттиг дӏалаьцна", "кхин стаг харжийна".

Their twins stay unread: a receipt with the language's "if you are (not) chosen" (Lemko's "кед"
is this module's conditional; Buryat's "… шэлэгдээгүй болбол", Kalmyk's "… уга болхла" and
Chechen's "харжийнехь" are conditional forms these words never match), an invitation, the
reader chosen, and a place or ticket for a concert taken.

Each reading is (token name, word groups, pattern) over lower-cased text, appended to the
outcome readings by rejectwatch.model.decisions_abroad (rejectwatch.model.language_modules), so
the same checks apply. Every match lies inside one sentence and opens with a literal word.
"""

from __future__ import annotations

from rejectwatch.model.languages_western_dialects import SEATS, guarded
from rejectwatch.model.prefilter import readings

__all__ = ["CONDITIONAL", "READINGS"]

# Lemko's and Rusyn's "if"
CONDITIONAL = r"|\bкед\b"

_taken, _chosen = guarded(
    SEATS + r"|выбор\w*|вибор\w*|ради|раду|рада|раді|predsjedni\w*|odbornik\w*|"
    r"gradonačelni\w*|poslani\w*|stranka|stranke|partij\w*|wybor\w*|сойли|"
    # (part Q: a draw's winner, a deputy, the voters)
    r"победител\w*|переможц\w*|розыгрыш\w*|розіграш\w*|лотере\w*|депутат\w*|избирател\w*|"
    r"виборц\w*|стол\w*|стіл\w*|команд\w*|старост\w*"
)
_AE = "[æӕ]"
_PALOCHKA = "[ӏi1l]"


_EAST_OUT = _chosen(
    r"(?<!\bako )\bnijeste (?:izabran[iae]|primljen[iae]|odabran[iae])\b"
    r"(?! u (?:bolnic\w*|dom|stan|klub\w*)\b)"
    r"|(?<!\bкед )\bвас не (?:вибрали|выбрали|прияли|приняли)\b(?! на (?:розмову|интервю))"
    r"|(?<!\bjak )\bnie wybrali my (?:cie|cię|wos|was)\b"
    r"|\bшэлэгдээгүй(?:т|ш)?\b(?! (?:болбол|бол|һаа)\b)"
    r"|\bсу[ңн][һг]?гдсн уга\b(?! (?:болхла|болхлань)\b)"
    r"|\bшилиттинмээн\b(?! болза)"
    r"|\b[ду]" + _AE + r" н" + _AE + r" равз" + _AE + r"рст(?:ам|ой)\b"
    r"|\bхьо ца харжийна\b"
)
_EAST_GONE = _taken(
    (r"місце", r"(?:уж|уже|вже) обсаджен[еаий]"),
    # (part Q: never after Goral's "jak", if)
    (r"(?<!\bjak )robota", r"(?:juz|już) je (?:zajęto|zajęta|zajynto|obsadzono)"),
    (r"ажалай һуури", r"дүүр(?:энхэй|гэгдэнхэй)"),
    (r"көдлмшин орн", r"дүүрс(?:нә|н)"),
    (r"ажылдың туружу", r"(?:долу|ээлеп алдынган)"),
    (r"кус" + _AE + r"н бынат", r"ахст у"),
    (r"балха меттиг", r"д" + _PALOCHKA + r"алаьцна"),
)
_EAST_OTHER = _chosen(
    r"\bse odluči(?:la|o|li|le) za (?:drugog|drugu|drugoga) (?:kandidat\w*|osob\w*|radnik\w*)\b"
    r"|\bмы вибрали (?:іншу|іншого|иншу|иншого|другу|другого) (?:особу|кандидатку|"
    r"робітника)\b"
    r"|\bwybrali my (?:kogo|kogoś) (?:inksego|innego|inkszego)\b"
    r"|\b(?:өөрэ|ондоо) хүниие шэлэ(?:бди|бэбди|гдэбэ)\b"
    r"|\bталдан (?:күн|күүг) суңһ(?:видн|лавидн|вдн)\b"
    r"|\bөске кижини (?:\S+ )?шилээн\b"
    r"|\b" + _AE + r"нд" + _AE + r"р ад" + _AE + r"ймаджы равз" + _AE + r"рстам\b"
    r"|\bкхин стаг харжийна\b"
)


READINGS = readings(
    ("reader_out", _EAST_OUT),
    ("role_gone", _EAST_GONE),
    ("chose_other", _EAST_OTHER),
)
