"""Thirty-ninth pass, third round (issue 11): blind slice 43's misses, read as kinds
(rejectwatch.model.insiders_chosen, scores_below, added_languages).

Refusals that must carry a decision token: the post someone's now ("the bench in the smithy is
Ewan's now", "the driver job is now with Kofi"), the post passed, given or handed to someone
told first ("the cook post we have passed to Hamid, our old dishwasher"), someone asked "to join
as" a post named bare, the reader's name absent from a list told just before, the reader's
score under the lowest score asked for ("everyone on 40 or above"), and the same choice in
Italian, Chinese, Thai, French, Spanish, Korean and Hindi. Twins that must stay unread: the
post the reader's now, a post passed to the hiring team, someone asked to join as the reader's
interviewer, a score above the lowest asked for, the Thai "เป็นของคุณ" (yours) and the Spanish
place the reader holds, the Korean post taken by a name with 님 (the reader's own). The name
Kiri is no Maltese rent. Every message is written for these tests."""

from __future__ import annotations

import pytest

from readings import decision, held_as_no_job, marks

REFUSALS = [
    "The bench in the smithy is Ewan's now; he trained with my father.",
    "The van driver job is now with Kofi, who did our Christmas rounds.",
    "The cook post we have passed to Hamid, our old dishwasher, he starts on the 3rd.",
    "About the deckhand spot you asked after: the skipper has given it to Nell from Ullapool.",
    "We've asked Dimitra, who ran the lab's stores for years, to join as Inventory Analyst.",
    "It names the five highest-scoring candidates; your name is absent from it.",
    "Yours came to 22 out of 40, and we interviewed everyone on 28 or above.",
    "Il posto in cucina l'abbiamo dato a Nino, il nipote del cuoco.",
    "收银员的位置，我们请了老板的表妹来做。",
    "ตำแหน่งคนขับรถตอนนี้เป็นของพี่ชาติแล้ว",
    "Le poste de vendeur, ce sera Karim, un ancien apprenti de la maison.",
    "El puesto de cocinero ya lo ocupa don Ramiro, que trabaja con nosotros desde marzo.",
    "주방 보조 자리는 단골손님의 따님이 맡게 되어, 다음 주부터 함께 일합니다.",
    "रसोइए की जगह अब हमारे पुराने ड्राइवर के बेटे ने संभाल ली है।",
]
TWINS = [
    "The bench in the smithy is yours now, welcome aboard!",
    "The cook post we have passed to the hiring team, who will call you this week.",
    "We've asked Dimitra to join as interviewer for your panel on Monday.",
    "Yours came to 35 out of 40, and we interviewed everyone on 28 or above.",
    "ตำแหน่งคนขับรถตอนนี้เป็นของคุณแล้ว ยินดีด้วย",
    "El puesto de cocinero ya lo ocupa usted desde el lunes, bienvenido.",
    "주방 보조 자리는 이준호 님이 맡게 되어, 다음 주부터 함께 일합니다. 축하드립니다.",
]


@pytest.mark.parametrize("text", REFUSALS)
def test_a_refusal_is_read(text: str) -> None:
    assert decision(text), marks(text)


@pytest.mark.parametrize("text", TWINS)
def test_the_twin_gets_no_decision(text: str) -> None:
    assert not decision(text), marks(text)


def test_the_name_kiri_is_no_rent() -> None:
    body = (
        "Hi Kiri,\n\nThanks for the three rounds. We've asked Ana, who built our telemetry "
        "stack, to join as Flight Software Engineer; she signed on Friday.\n\nTom"
    )
    assert not held_as_no_job("Flight Software Engineer at Orbit Labs", body)
    assert held_as_no_job("Il-kiri tal-appartament", "Ħbieb, il-kiri ma ġiex approvat.")
