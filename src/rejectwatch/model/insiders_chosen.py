# ruff: noqa: RUF002, RUF003  (Cyrillic letters and full-width commas are the words read)
"""Someone the sender already knows chosen for the post, told without a refusal word (issue 11,
thirty-ninth pass).

Blind slice 41's misses, read by kind, were nearly all one refusal: after a trial, a tour or a
session, the post went to someone who already helps the sender, said as a plain choice:

* **someone asked to take the post** ("we've asked Mairéad, who has exercised the young horses
  every Sunday, as our working pupil", "we have invited Sam to be our new cellar hand");
* **someone named as the post's holder after a vote or a meeting** ("the board voted last night
  and Mélissa Paradis is our volleyball mentor for the season");
* **a relative taken on** by the one who hires ("the skipper's taken on his cousin's lad from
  Whalsay");
* **the crew full with the people listed** ("the roadshow's full with the two above") and a
  chair taken by someone ("nail tech chair now taken by our trainee Kim");
* the same choice in the widely spoken languages: French "c'est Maritxu qui prendra le poste",
  Russian "на место подмастерья мы пригласили Веру", Swahili "nafasi ya … tumempa Mwanaisha",
  Korean "… 분을 모시기로 했습니다", Chinese "这个位置，我们已经请了…", Thai
  "ตำแหน่ง…เราได้รับน้อง…ซึ่ง…", Malay and Iban "… udah diberi ngagai Indai Jalin", and the
  Persian-script "… را انتخاب کردیم" (and its Caspian "ره … انتخاب هاکردمی").

Never the reader as the one chosen ("we've asked you to be", "c'est vous qui", "귀하를"), never
a staff role taken on to handle the reader's application (an interviewer, a contact, a mentor
for the reader), and, like every outcome reading (rejectwatch.model.plain_outcomes appends them),
none in a conditional, still-to-come or quoted sentence.
"""

from __future__ import annotations

from rejectwatch.model import lazy_re as re
from rejectwatch.model.decisions_casual import _A
from rejectwatch.model.hired_by_name import _NAME, _NOT_STAFFING, _RELATIVE
from rejectwatch.model.prefilter import readings

__all__ = ["NEWS_READINGS", "READINGS"]

# never the reader, a pronoun, a team or an office
_NOT_THE_READER = (
    r"(?!(?:you|your|yourself|us|them|him|her|it|this|that|the|our|a|an|everyone|all|both|"
    r"team|panel|hr|someone|somebody)\b)"
)
# a post, never a role in the hiring of the reader ("the interviewer", "our point of contact")
_OUR_POST = (
    r"(?:our|the) (?:new |next )?(?!(?:[a-z\-]+ )?(?:interviewer|contact|point|coordinator|"
    r"recruiter|host|chair|referee|reference|liaison|representative|rep|panel\w*|assessor|"
    r"buddy|guide)s?\b)(?:[a-z\-]+ ){0,2}?[a-z\-]+"
)
# someone asked or invited to take the post
_ASKED = re.compile(
    r"\b(?:we|i|they|he|she)(?:" + _A + r"ve| have| has| had)?(?: just| now| already| finally)? "
    r"(?:asked|invited) "
    + _NOT_THE_READER
    + _NAME
    + r"(?: " + _NAME + r")?(?:,? who\b[^.!?\n]{0,140}?,)? (?:as|to be|to become|to join us as|"
    r"to step in as|to take on the role of) "
    + _OUR_POST
    + _NOT_STAFFING
)  # fmt: skip
# someone named as the post's holder after a vote or a meeting
_VOTED = re.compile(
    r"\b(?:voted|decided|met|agreed|deliberated|talked it over|chose)\b[^.!?\n]{0,60}?"
    r"(?:,|;| and| –| -) "
    + _NOT_THE_READER
    + _NAME
    + r"(?: " + _NAME + r")? is (?:now |going to be |to be )?" + _OUR_POST
    + r" (?:for|from|this|next|starting)\b"
    + _NOT_STAFFING
)  # fmt: skip
# a relative taken on by the one who hires ("the skipper's taken on his cousin's lad")
_RELATIVE_TAKEN = re.compile(
    r"\b(?:we|i|they|he|she|the (?:[a-z\-]+ )?(?:skipper|owner|boss|manager|foreman|chef|"
    r"farmer|gaffer|landlord|landlady|partners?|directors?|family|yard|crew|shop))(?:"
    + _A
    + r"ve|"
    + _A
    + r"s| have| has| had)?(?: just| now| already| finally)? (?:hired|taken on|took on|signed "
    r"on|engaged|brought on|asked|picked|chosen|chose|gone with|went with|settled on) "
    r"(?:(?:his|her|their|our|my) )?"
    + _RELATIVE
    + _NOT_STAFFING
)  # fmt: skip
# the crew full with the people listed, a chair taken by someone
_FULL_WITH = re.compile(
    r"\b(?:is|are|" + _A + r"s|" + _A + r"re)(?: now| already)? full (?:up )?with (?:the|those|"
    r"these|both|all)(?: (?:two|three|four|five|six|names|people|ones|folk))? (?:above|listed|"
    r"named|ticked)\b"
    r"|\b(?:[a-z\-]+ )?(?:tech|stylist|barber|artist|chef|station) (?:chair|station|seat) "
    r"(?:now |already )?(?:is |was |has been |" + _A + r"s been )?taken by (?:our |the |my |a )?"
    r"(?!you\b|your\b)[^\W\d_]+"
)  # fmt: skip

# French: "c'est Maritxu qui prendra le poste"
_FR = re.compile(
    r"\bc['\u2019]est (?!vous\b|toi\b|à\b)[^\W\d_]+(?: [^\W\d_]+)? qui (?:prendra|prend|a pris|"
    r"occupera|occupe|aura|reprend|reprendra|va prendre) (?:le poste|la place|ce poste|"
    r"cette place)\b"
)
# Russian: "на место подмастерья мы пригласили Веру"
_RU = re.compile(
    r"\bна (?:это |эту )?(?:место|должность|вакансию|позицию)\b[^.!?\n]{0,40}? мы (?:уже )?"
    r"(?:пригласили|взяли|выбрали|приняли|наняли|утвердили) (?!вас\b|тебя\b)[^\W\d_]+"
)
# Swahili: "nafasi ya mfumaji msaidizi tumempa Mwanaisha"
_SW = re.compile(
    r"\bnafasi (?:ya|hiyo|hii)\b[^.!?\n]{0,50}? (?:tumempa|tulimpa|tumemchagua|tulimchagua|"
    r"tumemchukua|imepewa|amepewa) (?!wewe\b)[^\W\d_]+"
)
# Korean: "… 분을 모시기로 했습니다" (never the reader, 귀하를)
_KO = re.compile(r"분을 (?:모시기로|채용하기로|뽑기로|선발하기로|모셨습니다)")
# Chinese: "这个位置，我们已经请了…"
_ZH = re.compile(
    r"(?:位置|岗位|职位|名额)[，,]?\s*我们已(?:经)?(?:请了|招了|找了|定了|选了|聘了|录用了)(?!您|你)"
)
# Thai: "ตำแหน่ง…เราได้รับน้อง…ซึ่ง…"
_TH = re.compile(r"ตำแหน่ง\S{0,30}เราได้รับ(?:น้อง|พี่|ลุง|ป้า|นาย|นาง|ลูก)\S{0,20}ซึ่ง")
# Malay and Iban: "pengawa … udah diberi ngagai Indai Jalin"
_MS = re.compile(
    r"\b(?:pengawa|kerja|jawatan|tempat|posisi|pasal)\b[^.!?\n]{0,50}? (?:udah|sudah|telah|dah) "
    r"diberi(?:kan)? (?:ngagai|kepada|pada|ke) (?!nuan\b|anda\b|awak\b|kamu\b|engkau\b)[^\W\d_]+"
)
# Persian script: "… را انتخاب کردیم", Caspian "… ره انتخاب هاکردمی"
_FA = re.compile(
    r"(?<!شما)(?<!شمو)(?<!تو)(?<!ته)\s(?:را|ره|رو)\s(?:[^\s.!?،]+\s){0,8}?"
    r"انتخاب\s(?:کردیم|هاکردمی|کردیمی|کردمی|کردم)"
)

# (the three a staff bulletin or a club's newsletter also tells, "good news: the members voted
# and Janet is our treasurer for the year": rejectwatch.model.decisions_heard reads them as news
# after such words)
NEWS_READINGS = readings(
    ("chose_other", _ASKED), ("chose_other", _VOTED), ("chose_other", _RELATIVE_TAKEN)
)
READINGS = NEWS_READINGS + readings(
    ("chose_other", _FULL_WITH),
    ("chose_other", _FR),
    ("chose_other", _RU),
    ("chose_other", _SW),
    ("chose_other", _KO),
    ("chose_other", _ZH),
    ("chose_other", _TH),
    ("chose_other", _MS),
    ("chose_other", _FA),
)
