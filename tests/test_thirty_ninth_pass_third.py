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
Kiri is no Maltese rent, and the guard (rejectwatch.model.steps_ahead) no longer reads a visit
thanked for, nor someone who moved up into the post, as a meeting set for the reader. Every
message is written for these tests."""

from __future__ import annotations

import pytest

from readings import decision, held_as_no_job, marks, message_decisions, message_marks
from rejectwatch.model.classifier import held_back
from rejectwatch.model.features import Document

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


def test_a_visit_thanked_for_and_a_post_moved_into_are_no_step() -> None:
    """The guard held two refusals: "good of you to … come by the hall on Tuesday" read as a
    meeting set, "… from our packing room has moved up into it" as a room moved."""
    for body in (
        "Hi Efe,\n\nGood of you to write, and to come by the yard on Tuesday. The yard hand job "
        "has gone to Colm, our Sunday league keeper; he starts on the first.",
        "Dear Ana,\n\nA note on the Shift Lead post. Nuala from our loading room has moved up "
        "into it from next week, and that brings your application with us to an end.",
    ):
        assert not held_back(Document("Yard hand", body, "boss@yard.example")), body
    for body in (
        "Hi Efe,\n\nKind of you to apply, and we'd love to see you on Monday at 10 for an "
        "interview.",
        "Dear Ana,\n\nThe room for your interview has moved to 3B; see you on Tuesday at 2.",
    ):
        assert held_back(Document("Yard hand", body, "boss@yard.example")), body


def test_a_trial_thanked_for_is_mail_to_an_applicant() -> None:
    """A refusal after a trial, its chosen one starting on a day, is no staff news; the same
    line to the whole team is."""
    refusal = (
        "Hi Sam,\n\nThanks for the trial. The dairy hand job has gone to Colm, our neighbour's "
        "son; he starts Monday."
    )
    assert message_decisions("Dairy hand", refusal), message_marks("Dairy hand", refusal)
    news = "Hi all,\n\nThe dairy hand job has gone to Colm, our neighbour's son; he starts Monday."
    assert not message_decisions("Dairy hand", news), message_marks("Dairy hand", news)
