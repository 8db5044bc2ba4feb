"""Fortieth pass, second round (issue 11): blind slice 45's misses, read as kinds
(rejectwatch.model.choices_plain, insiders_chosen, insiders_abroad, and a payment's "Reference:"
read as the payer's own words in negation._RELAYED).

Refusals that must carry a decision token: kin taking the post on or joining, one of the
employer's own moved up into it, the post someone's for the season, someone being taken on or
put on the work, the post taken by someone told with who they are, others who brought more
experience than the reader, the choice told ahead ("we will move forward with an applicant
whose …"), the reader's name outside the list, and the same choice in French, Spanish, Arabic
and Korean. Twins that must stay unread: the reader taking it on, kin taking the children, a
choice ahead only if the reader does not reply, others who brought more friends to an open day,
the reader's name on the list, the Arabic "we decided to take your application", and a slot
taken by the reader. Every message is written for these tests."""

from __future__ import annotations

import pytest

from readings import decision, marks

REFUSALS = [
    "Thanks for the trial shift. My son-in-law is taking it on from the first of May.",
    "Owner's niece Brigid joins the pastry team from Tuesday; she trained in Lyon.",
    "About the depot role: Harlow Freight moved one of their own dispatchers up into it.",
    "The face-painting pitch for this season is Oona's, she painted at the fete for us in May.",
    "Cheers for the shift - we're taking on Dev from the night crew for it, sorry pal.",
    "Thanks for the day on the roof. I've put Marek on the slating work, he's done four barns.",
    "The stilt-walker slot at the carnival has been taken by Lerato, who walked for us in 2024.",
    "Others who interviewed brought more years of cold-chain experience than you, I'm afraid.",
    "We will move forward with a candidate whose lab hours fit the night rota more closely.",
    "Your score is 61 of 150. Your name therefore falls outside the merit list for interview.",
    "Pour le poste de vendeuse, c'est Fanta, la nièce de notre boulanger, qui a été retenue.",
    "La plaza de ayudante de cocina quedó para Iker, sobrino de la dueña, que empieza el lunes.",
    "قررنا أن نأخذ سامي، ابن أخت المدير، وسيبدأ العمل يوم الأحد.",
    "주방 보조 자리는 사장님 조카인 민호 씨가 맡기로 했습니다.",
]
TWINS = [
    "Thanks for the trial shift. You are taking it on from the first of May, welcome!",
    "My sister is taking the kids to the fair this weekend, so the shop opens late.",
    "If you don't reply by Friday, we will move forward with other candidates.",
    "Others who applied brought more friends than you to the open day, which was lovely.",
    "Your score is 121 of 150, and your name is on the merit list for interview.",
    "قررنا أن نأخذ طلبك، إلى المرحلة التالية، وسنتصل بك قريبا.",
    "The stilt-walker slot at the carnival has been taken by you, so see you on Saturday!",
]


@pytest.mark.parametrize("text", REFUSALS)
def test_a_refusal_is_read(text: str) -> None:
    assert decision(text), marks(text)


@pytest.mark.parametrize("text", TWINS)
def test_the_twin_gets_no_decision(text: str) -> None:
    assert not decision(text), marks(text)


def test_a_payments_reference_is_the_payers_words() -> None:
    body = (
        "You received £45.00 from Ciarán Boyle\n\n"
        'Reference: "Thanks for Tuesday - taking on Rory from the dairy crew for it"\n\nMonzo'
    )
    assert decision(body), marks(body)
