"""Thirty-ninth pass, second round (issue 11): blind slice 42's misses and other mail filed, read
as kinds (rejectwatch.model.insiders_chosen, negation, gate).

Refusals that must carry a decision token: the post or its spots gone, or going, to someone
named ("the till job's going to Bea who's …", "the steward spots went to Ola and Tam from …"),
filled or taken up by someone with where the post is between, someone from a place or a
relative who will be taking the post (a choice made, told ahead), and the same choice in
Italian, Portuguese, Arabic, Korean and Thai. Twins that must stay unread: the post going to
the reader, a form filled by the reader, someone who will be taking the reader's interview, a
status card's case closed by a noun and "included", a choice still ahead told with "whichever"
or "whoever", the Portuguese place kept for next year and the Arabic "you take the place". A
pre-order claimed and a bazaar's tables are no job. Every message is written for these tests."""

from __future__ import annotations

import pytest

from readings import decision, held_as_no_job, marks

REFUSALS = [
    "Sorry Imogen, the till job's going to Bea who's done Saturdays with me for a year.",
    "The steward spots went to Ola and Tam from the Wednesday darts league.",
    "Night porter slot filled by Rashid from the Aldgate branch.",
    "The vacancy at our Kandy workshop, Peradeniya, has been taken up by Mr. Perera from the "
    "Galle unit.",
    "Marisol from the farmers' market will be taking the cheese counter position this summer.",
    "Our neighbour's daughter, Aoife, will be taking the kennel hand job from May.",
    "Quest'anno abbiamo preso tre ragazze di Positano per la vendemmia.",
    "O lugar na cozinha ficou para o Sr. Joaquim, que já fazia os almoços de domingo.",
    "قررنا أن يتولى الوظيفة ابن صاحب المحل.",
    "주방 보조 자리는 작년부터 설거지를 도와주던 분이 맡게 되었습니다.",
    "ตำแหน่งพนักงานล้างจาน เราได้น้องบีม หลานของแม่ครัว มาช่วยแล้วค่ะ",
]
TWINS = [
    "Great news, the till job's going to you, who impressed us most!",
    "The form at the front desk is filled by you on arrival.",
    "Marisol from the people team will be taking your interview on Tuesday.",
    "Each change of status will show on this card, a hire of another applicant included.",
    "Whichever of you we pick, both of you will hear from me by Friday.",
    "Whoever we choose for the post, every finalist gets a call the same day.",
    "O lugar na cozinha ficou para o próximo ano, voltamos a falar em março.",
    "قررنا أن تأخذ المكان، مبروك!",
]


@pytest.mark.parametrize("text", REFUSALS)
def test_a_refusal_is_read(text: str) -> None:
    assert decision(text), marks(text)


@pytest.mark.parametrize("text", TWINS)
def test_the_twin_gets_no_decision(text: str) -> None:
    assert not decision(text), marks(text)


def test_a_pre_order_and_a_bazaar_table_are_no_job() -> None:
    assert held_as_no_job(
        "Replied to your comment on 'Blue shrimp – pre-orders'",
        '"@Ravi so sorry, every one was claimed by noon. No spot for you this batch."',
    )
    assert held_as_no_job(
        "Harvest bazaar table",
        "Hi Ines,\n\nAll 30 tables have been allocated and yours wasn't among them this year.",
    )
    assert not held_as_no_job(
        "Bar staff",
        "Hi Ines,\n\nAll 3 bar posts have been filled and yours wasn't among the applications "
        "chosen.",
    )
