"""Thirty-ninth pass (issue 11): blind slice 41's misses and other mail filed, read as kinds
(rejectwatch.model.insiders_chosen, things_refused, negation, gate).

Refusals that must carry a decision token: someone asked or invited to take the post, someone
named as its holder after a vote, a relative taken on by the one who hires, the crew full with
the people listed, a stylist's chair taken by someone, the same choice in French, Russian,
Swahili, Korean, Chinese, Thai, Malay and Persian; a yard's working pupil is a job, and "the
spring before last" is a time gone by, not a decision still to come. Twins that must stay
unread: the reader asked or chosen, someone asked to be the reader's contact or interviewer, a
school pupil's place, a decision still ahead "before" a date, news told to staff or members
("Great news, everyone: the members voted …"). A micro-grant's round is no job application.
Every message is written for these tests."""

from __future__ import annotations

import pytest

from readings import decision, held_as_no_job, marks

REFUSALS = [
    "After the trial we've asked Oisín, who has helped at the forge every Saturday, as our new "
    "striker.",
    "We have invited Priscila to be our cellar hand for the harvest.",
    "The committee voted on Monday and Tomasz Wierzbicki is our grounds steward for the year.",
    "The head chef's taken on her neighbour's girl for the bar shifts.",
    "The summer crew is full with the three above.",
    "Barber chair now taken by our apprentice Dale.",
    "C'est Léonie qui prendra le poste de vendeuse à la fromagerie.",
    "На должность пекаря мы пригласили Тимура, который уже работал у нас летом.",
    "Nafasi hiyo ya mpishi tumempa Baraka, ambaye amekuwa nasi tangu mwaka jana.",
    "이번에는 저희 매장에서 오래 일해 온 분을 모시기로 했습니다.",
    "收银这个岗位，我们已经招了老板的侄女。",
    "ตำแหน่งพนักงานเสิร์ฟเราได้รับน้องฝนซึ่งเคยช่วยงานในร้าน",
    "Kerja di kedai itu sudah diberikan kepada Halim, anak saudara tuan kedai.",
    "ما علی را که سه سال با ما کار کرده انتخاب کردیم.",
    "We've asked Wanjiru, who has mucked out for us since the spring before last, as our working "
    "pupil.",
]
TWINS = [
    "We've asked you to be our guest at the open day.",
    "We have invited Ms Kaur to be the interviewer for your panel on Thursday.",
    "We have asked Ronan, who runs the rota, to be your contact before your first shift.",
    "We have asked Ronan, who runs the rota, to be the duty manager on your trial shift.",
    "Sorry, every reception place is taken and your son is not among the pupils admitted.",
    "Before the committee meets on Friday, nothing has been decided about the post.",
    "C'est vous qui prendrez le poste dès lundi, bienvenue !",
    "ما شما را برای مصاحبه انتخاب کردیم.",
    "귀하를 모시기로 했습니다. 축하드립니다.",
    "Great news, everyone: the members voted last night and Janet Oduya is our treasurer for the "
    "year.",
    "Staff update: we've asked Colm, who ran the Cork office, to be our new operations lead.",
]


@pytest.mark.parametrize("text", REFUSALS)
def test_a_refusal_is_read(text: str) -> None:
    assert decision(text), marks(text)


@pytest.mark.parametrize("text", TWINS)
def test_the_twin_gets_no_decision(text: str) -> None:
    assert not decision(text), marks(text)


def test_a_micro_grant_round_is_no_job() -> None:
    body = (
        "Dear Ruairí,\n\nThe spring microgrant bids were read by the panel last week. Three other "
        "projects were funded, and yours was not among them.\n\nNiamh"
    )
    assert held_as_no_job("Microgrant round", body)
    job = (
        "Dear Ruairí,\n\nThanks for applying for the warehouse assistant post. Three other "
        "applicants were appointed, and you were not among them.\n\nNiamh"
    )
    assert not held_as_no_job("Warehouse assistant", job)
