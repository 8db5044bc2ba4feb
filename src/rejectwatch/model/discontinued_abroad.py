"""The post gone to another, or the reader's application ended, in languages read slices 151 and
152 refused in (issue 11, sixty-first pass, first round).

Each is written for its shape, not its sentence:

* Hungarian "we chose a more experienced [trade]" ("egy tapasztaltabb festőt választottunk")
  and "we cannot take you on" ("nem tudjuk Önt felvenni", "alkalmazni");
* French "for you it is no" ("pour vous, c'est hélas non", "c'est non pour vous cette fois");
* Latvian "the place went to a [trade]" ("vietu … saņēma audēja") and "your application stays
  without a sequel" ("jūsu pieteikums … paliek bez turpinājuma");
* Lithuanian "the place went to …" ("vietą gavo …") and "your application will not be
  considered further" ("jūsų paraiška toliau nebus svarstoma");
* Polish "the place went to a [trade]" ("miejsce … dostała malarka") and "we close your
  application" ("zgłoszenie zamykamy", "zamykamy Pani kandydaturę");
* Bengali "the job went to [a person]" ("কাজটা পেলেন …") and "you were not kept now" ("আপনাকে
  এখন রাখা হল না").

Never the reader as the one who got it ("Ön", "Pani", "jūs", "আপনি"), never a seat, a table or
a parking space.

READINGS are appended to the outcome readings of rejectwatch.model.negation (plain_outcomes),
so none is read in a conditional, still-to-come, quoted or reader-decided sentence.
"""

from __future__ import annotations

from rejectwatch.model import lazy_re as re
from rejectwatch.model.prefilter import readings

__all__ = ["READINGS"]

_CHOSE_ANOTHER = re.compile(
    # Hungarian: "(a more experienced | another) [trade]-t választottunk", the accusative noun
    r"\begy (?:másik |tapasztaltabb |gyakorlottabb |képzettebb |rutinosabb )?(?:[a-záéíóöőúüű]+ )?"
    r"[a-záéíóöőúüű]+(?:t|et|ot|öt|at) (?:választottunk|vettünk fel|alkalmaztunk)\b"
    # Latvian: the place, the job or the post got by someone
    r"|\b(?:vietu|darbu|amatu|darba vietu)\b[^.!?\n]{0,50}? (?:saņēma|ieguva|dabūja) "
    r"(?!jūs\b|jums\b|tu\b)[a-zāčēģīķļņšūž]+"
    # Lithuanian
    r"|\b(?:vietą|darbą|pareigas)\b[^.!?\n]{0,50}? (?:gavo|užėmė|laimėjo) "
    r"(?!jūs\b|jums\b|tu\b)[a-ząčęėįšųūž]+"
    # Polish: the place, the work or the post got by someone (never the reader, "Pani/Pan")
    r"|\b(?:miejsce|pracę|posadę|etat)\b[^.!?\n]{0,50}? (?:dostał|dostała|dostało|otrzymał|"
    r"otrzymała|przypadło|przypadła) (?!pani\b|pan\b|pana\b|państwo\b|ci\b|tobie\b)"
    r"[a-ząćęłńóśźż]+"
    # Bengali: the job or the post got by someone (honorific "পেলেন", never "আপনি")
    r"|(?:কাজটা|কাজটি|পদটা|পদটি|চাকরিটা|চাকরিটি) (?:পেলেন|পেয়েছেন|পেয়েছে|গেল) (?!আপনি)\S+"
)
_READER_ENDED = re.compile(
    # Hungarian: we cannot take you on / employ you
    r"\bnem tudjuk (?:most |sajnos |ezúttal |egyelőre )?(?:önt|téged|önöket) (?:felvenni|"
    r"alkalmazni|foglalkoztatni|szerződtetni)\b"
    # French: for you, it is no
    r"|\bpour vous,? c['\u2019]est (?:hélas |malheureusement |donc |finalement )?non\b"
    r"|\bc['\u2019]est (?:hélas |malheureusement |donc )?non pour vous\b"
    # Latvian: your application stays without a sequel / is not taken further
    r"|\bjūsu (?:pieteikums|pieteikumu|kandidatūra)\b[^.!?\n]{0,40}? (?:paliek|paliks) bez "
    r"(?:turpinājuma|tālākas virzības)\b"
    r"|\bjūsu (?:pieteikums|kandidatūra)\b[^.!?\n]{0,40}? (?:netiek|netiks) (?:virzīts|virzīta) "
    r"tālāk\b"
    # Lithuanian: your application will not be considered further
    r"|\bjūsų (?:paraiška|kandidatūra)\b[^.!?\n]{0,40}? (?:toliau )?(?:nebus|nebebus) "
    r"(?:svarstoma|nagrinėjama)\b"
    # Polish: we close your application or candidature
    r"|\b(?:zgłoszenie|kandydaturę|aplikację) (?:zamykamy|zamknęliśmy|odrzucamy)\b"
    r"|\b(?:zamykamy|zamknęliśmy|odrzucamy) (?:pani/pana |pana/pani |pani |pana |twoje |twoją )?"
    r"(?:zgłoszenie|kandydaturę|aplikację)\b"
    # Bengali: you were not kept (taken on) now
    r"|আপনাকে (?:এখন |এবার |এই মুহূর্তে )?(?:রাখা|নেওয়া|নিয়োগ করা) (?:হল|হলো|গেল|যাচ্ছে) না"
)

READINGS = readings(
    ("chose_other", _CHOSE_ANOTHER),
    ("reader_out", _READER_ENDED),
)
