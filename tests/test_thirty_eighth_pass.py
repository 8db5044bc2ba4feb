"""Thirty-eighth pass (issue 11): blind slice 38's misses and other mail filed, read as kinds
(rejectwatch.model.hired_by_name, places_full, negation, languages, rules_ahead).

Refusals that must carry a decision token: someone else hired, told by name or a short
description ("we hired Noor, who ran our Sunday stall", "the delivery round goes to Ifeanyi
from the depot"); the choice settled on the person being taken on, or leaned toward others;
the offer gone elsewhere with the post's name before it; the reader below a cut ("missed the
cut", "stops at the shortlisting stage", "the cut-off fell above your score", "your name is
absent from the list", the referral cut of a public employer); the place full, taken or no
longer free in Malay varieties, Persian-script varieties, Marathi- and Rajasthani-belt
Devanagari, Chinese varieties, Arabic varieties, Caribbean creole English and Thai. Twins that
must stay unread: the reader hired, a count or a class of staff hired, a recruiter taken on, a
post that will be filled, a form filled in; someone else's hire named as a case ("another
applicant being hired included"), the Arabic "and if", the Italian "whether … or …", and rules
for a class ("selected profiles get an interview call", "ineligible applicants get a written
notice").
Every message is written for these tests."""

from __future__ import annotations

import pytest

from readings import decision, marks

REFUSALS = [
    # someone else hired, told by name or a short description
    "We hired Noor, who ran our Sunday market stall all summer, as shop assistant.",
    "In the end we took on Bartek from the night crew, so the bench is covered.",
    "I have just signed on a deckhand, a former apprentice of my brother's.",
    "We've engaged Thandi as our new ticket clerk starting next week.",
    "The delivery round goes to Ifeanyi from the depot, who knows the estates.",
    "That kitchen porter job was given to Mateus, who did the Christmas rush with us.",
    # the choice settled or leaned, and the offer gone elsewhere
    "After the second trial the owners settled on the person they're bringing on for spring.",
    "On reflection the panel leaned towards other applicants with more lab hours.",
    "I'm afraid the Junior Sound Engineer offer has gone elsewhere.",
    # the reader below a cut
    "We scored every entry and yours narrowly missed the cut for the assessment day.",
    "Your application stops at the shortlisting stage this time.",
    "The cut-off came above your score of 62, so we will not be inviting you to interview.",
    "The referral cut landed above your rating for this posting.",
    "Your name is absent from the certified list sent to the hiring office.",
    # the place full, taken or no longer free in regional languages
    "Terima kasih sudah datang. Tempat kerja tu dah penuh sekarang.",
    "Katong su kasi karja itu pada satu nona dari Passo.",
    "ممنون که آمدی. جای ای کار حالا پر شده.",
    "ही नोकरी आता भरली आहे, माफ करा.",
    "म्हारी दुकान की जगा अब खाली कोनी।",
    "多谢你来试工，个位置已经有人做了。",
    "الوظيفة ما عادت شاغرة، الله يوفقك.",
    "Sorry, de cook job tek awready.",
    "We give de bar job to Miss Claudette nephew, he help we all season.",
    "ร้านเราได้รับคนจากหมู่บ้านข้างๆ ไปแล้วค่ะ",
]
TWINS = [
    # the reader, a count, a class of staff, a recruiter
    "We hired you as our weekend supervisor, welcome aboard!",
    "Last year we hired 40 people from the graduate fair, who now lead teams across the group.",
    "We've taken on a new recruiter, who will review your application this week.",
    "We hired more staff from the agency, so the rota is easier now.",
    "The job goes to you, congratulations!",
    "The role goes to whoever scores highest at the assessment day.",
    # a post still to be filled, a form filled in
    "यह पद भरा जाएगा, परिणाम की सूचना आपको दी जाएगी।",
    "Jawatan ini akan diisi selepas temu duga.",
    # someone else's hire named as a case, not told
    "Any change to the outcome, another candidate being appointed included, shows on this page.",
    # the Arabic "and if", the Italian "whether … or …"
    "وصلنا طلبك، وإن تم اختيار مرشح آخر سنخبرك بذلك.",
    "Che la scelta cada su di te o su un altro, ti scriveremo entro venerdì.",
    # rules for a class
    "Selected profiles get a call from our team; the rest receive an email at the end.",
    "Screening comes first, and ineligible applicants get a short written notice.",
    "If yours has missed the cut for interviews, we will still send the written feedback.",
]


@pytest.mark.parametrize("text", REFUSALS)
def test_a_refusal_is_read(text: str) -> None:
    assert decision(text), marks(text)


@pytest.mark.parametrize("text", TWINS)
def test_the_twin_gets_no_decision(text: str) -> None:
    assert not decision(text), marks(text)


def test_a_choice_made_as_a_gerund_after_its_verb_is_still_read() -> None:
    """A gerund after "resulted in" tells a choice made; only a case named ("…, another
    applicant being hired included") is read as no decision."""
    assert decision("Our review resulted in another candidate being selected for the role.")
