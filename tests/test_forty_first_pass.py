"""Forty-first pass (issue 11): blind slice 48's misses and other mail filed, read as kinds
(rejectwatch.model.posts_given, choices_plain, insiders_abroad, negation's pending words and the
Arabic either-outcome).

Refusals that must carry a decision token: the post given or handed to someone told bare (by
title, kin, a relative or a name, often with no article and no clause on who they are), given
by the writer to someone told next, it going to someone with who they are, someone named to the
post, the new holder told with who they are, someone who said yes to it and starts, kin running
it from a day, someone from a crew taking it for the season, someone who got the job, someone
taken on so the place is full, others who had done more and that swung it, the reader's road
ending here, and the Italian, French, Russian and Spanish shapes. Twins that must stay unread:
nothing decided yet, both outcomes named in Arabic, a job that went to plan, a seat on a coach,
the reader's contact named, a testimonial, a marathon, an application that goes on to review.
Every message is written for these tests."""

from __future__ import annotations

import pytest

from readings import decision, marks

REFUSALS = [
    "Boatswain job given to Mr Ochieng from the dry dock. thanks for coming",
    "tiller role given to Ama K. see u at the fair",
    "Deckhand berth given to Rowan Tait, sailed the Hebrides with us twice.",
    "The clerk's stall at the land registry is given to my cousin Vikram, he knows the forms.",
    "ferrier post to Okafor's daughter Ngozi. many thanks",
    "The stall job we give to Pak Budi from the Pasar Baru stand.",
    "About the ghillie job. We've given it to Callum Reid, he's worked the river for ten years.",
    "We met to choose a keeper. It goes to Saoirse Nolan, who has minded the nets since U12s.",
    "Sensei Okada has named Priya Shah her assistant coach for the junior squad.",
    "Dorota Wilk, who has led our Monday kitchen for a year, is our new kitchen lead.",
    "Femi, Bayo's cousin, said yes to the grill station today, so he'll be cooking from Friday.",
    "Her nephew Tomasz will be minding the shop from August, so it stays with the family.",
    "Rhys from the harbour crew is taking it this summer.",
    "Anahera got the job.",
    "We took on Kemal Arslan last month, he's cut keys for years, so the counter is full now.",
    "Two of the others had done more tree work near power lines, and in the end that tipped it.",
    "You scored 11 of 40 against a cut of 18, so this stage is as far as your application goes.",
    "I'm sorry to say this one ends here for you.",
    "Il ruolo in cantina è andato a Marco, il figlio del fattore, che ci aiuta da anni.",
    "Nous avons retenu Lucas Perrin, qui a travaillé deux saisons avec nous au chalet.",
    "Место помощника мы отдали Ивану Сомову: он уже год работает у нас.",
    "Como auxiliar de cocina entra Pilar Ríos, que ya trabajó dos veranos con nosotros.",
    "ตำแหน่งพนักงานร้าน ทางเราตกลงรับพี่นิด ซึ่งช่วยงานที่ร้านมาสองปี",
]
TWINS = [
    "Nothing has been decided for any candidate so far; we'll write once we have.",
    "سواء اخترناك أو لا، ستصلك منا رسالة. اخترناك أم اخترنا شخصاً آخر، سنتصل بك بعد العيد.",
    "The bathroom job went to plan and the client paid on time.",
    "The window seat on the coach was given to Mr Ochieng, who asked first.",
    "Sensei Okada has named Priya Shah as your contact for the dojo visit.",
    "Priya got the job she wanted after using our CV review service.",
    "Kia ora Hemi, good news: you've got the dairy job! Start Monday at 6.",
    "Great news you got the apprenticeship, see you on the 3rd.",
    "Tane from the garage got the job at the mill, so ours is still going if you want it.",
    "Your application for the job has been handed to recruitment, who will be in touch.",
    "Your application for the role has been handed to Priya, who leads the team.",
    "Your application for the kitchen job has been given to Priya Shah.",
    "My son will be running the marathon this year, so I'm off on Sunday.",
    "This is as far as your application goes through our system before the panel reads it.",
    "Whether the role goes to you or someone else, we'll call you on Friday.",
]


@pytest.mark.parametrize("text", REFUSALS)
def test_a_refusal_is_read(text: str) -> None:
    assert decision(text), marks(text)


@pytest.mark.parametrize("text", TWINS)
def test_the_twin_gets_no_decision(text: str) -> None:
    assert not decision(text), marks(text)
