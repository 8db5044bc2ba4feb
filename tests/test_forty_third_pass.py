"""Forty-third pass (issue 11): blind slice 53's misses and its two other mails filed, read as
kinds and written for the kind (rejectwatch.model.others_holding; negation._PENDING,
others_starting._LIST_OMITS, decisions_before._ENDS_APPLICATION and insiders_abroad for the
rest).

Each kind has two sets of wordings: WRITTEN, the ones the readings were written from, and
APART, written afterwards without changing the readings to suit them; those of APART left
unread are kept as they are in UNREAD, with why. Twins that must stay unread: one shift on a
rota, a thing hired ("his mate's van"), someone engaged to be married, a staff role in the
reader's hiring, a list kept anonymous, a photographer for a wedding, "full of". Every message
is written for these tests."""

from __future__ import annotations

import pytest

from readings import decision, marks
from rejectwatch.model.classifier import held_back
from rejectwatch.model.features import Document

WRITTEN = [
    "Vern's nephew Tyler has the stock clerk job as of Monday.",
    "My cousin Ana has the job now.",
    "Boss hired his buddy from Apalachicola.",
    "The owner took on her niece.",
    "Chef brought in his mate from the Crown.",
    "we found our calliope player for the county fair, it's Bert Hollis.",
    "We've found our drummer for the summer: it's Kit Moran.",
    "Miss Euphrosyne Carr from the Dunoon exchange has been engaged for the switchboard.",
    "Tom Reilly has been taken on for the bar.",
    "Tom Reilly has been hired as our new barman.",
    "we signed Colt Two Bulls for the summer events, crews full",
    "massive welcome to Jaz, our newest mermaid, thanks to everyone who tried out, including you "
    "Henrietta",
    "Today's interview shortlist was published without your roll number.",
    "We interview from 28 upwards, which puts your application at an end here.",
    "This puts an end to your application.",
    "Escolhemos a Beatriz para ajudante; é afilhada da dona e já nos ajudava aos fins de semana.",
]
# ... written apart afterwards (eleven of fourteen read; the three left are in UNREAD)
APART = [
    "The provisional selection list went up on the board this morning without your registration "
    "number.",
    "The interview call list was released yesterday without your name.",
    "I'm afraid that puts your application at an end.",
    "Sheila's grandson Owen has the Saturday job from next week.",
    "Our neighbour's daughter has got the till shifts now.",
    "The manager took on his nephew for the summer.",
    "We've finally found our new dishwasher: Kwame Boateng, who starts on the 3rd.",
    "I found my assistant for the stall - it's Rhiannon from the market.",
    "Ms Ottilie Brandt has been taken on as the new bookbinder.",
    "Rahim from the night market was hired for the stall.",
    "Picked up two deckies from Eden, crew's full.",
]
UNREAD = [
    # ("for now" after the end may be a pause: the stop after the end is asked)
    "Your typing test came in at 31 wpm against our 45 minimum, which puts an end to your "
    "application for now.",
    # (a school in the clause is the clause's event: others_starting._NOT_AN_EVENT)
    "She gave the job to her best friend from school.",
    # (a new one welcomed is staff news, rejectwatch.model.notices_other, unless the thanks come
    # in the same sentence as the welcome and the reader is among those thanked)
    "Please welcome Nadia, our new pastry cook, and thanks to all who applied, including you.",
]
TWINS = [
    "My sister has the late shift now, so she can't babysit.",
    "He hired his mate's van for the move.",
    "My dad took on his brother's debts.",
    "We found our new photographer for the wedding, it's Pete.",
    "My sister has been engaged for six months.",
    "Dr Moss has been engaged as the interviewer for your panel.",
    "Results are published without your name, by roll number only.",
    "Come to the barbecue, team all full of beans.",
    "Escolhemos o hotel para o jantar.",
]
# nobody picked so far is no choice (slice 53's two other mails filed were a status "In review"
# with "No candidate is picked or out at this point"); nobody appointed, and a new advert, is
PENDING = [
    "Decisions: none so far. No candidate is picked or out at this point.",
    "No one has been chosen so far.",
    "no candidate is picked at this stage.",
    "No applicant has been selected as yet.",
    # (written apart)
    "Status: open. No finalist has been picked at this stage.",
    "Nobody has been offered the post to date.",
]


@pytest.mark.parametrize("text", WRITTEN + APART)
def test_a_refusal_is_read(text: str) -> None:
    assert decision(text), marks(text)


@pytest.mark.parametrize("text", UNREAD)
def test_a_wording_left_unread_stays_unread(text: str) -> None:
    """Kept so that the count in APART's comment (eleven of fourteen) stays true."""
    assert not decision(text), marks(text)


@pytest.mark.parametrize("text", TWINS + PENDING)
def test_the_twin_gets_no_decision(text: str) -> None:
    assert not decision(text), marks(text)


def test_nobody_appointed_and_a_new_advert_is_still_a_decision() -> None:
    assert decision("No candidate was appointed, so we will re-advertise the post.")


def test_a_status_in_review_is_not_filed_as_a_choice() -> None:
    """The whole message of slice 53's kind: a status in review whose line says nobody is picked
    or out is no refusal and no step asked of the reader."""
    body = (
        "Foundry Careers\n\nPosition: Polishing Hand\nStatus: In review\n\nDecisions: none so "
        "far. No candidate is picked or out at this point."
    )
    assert not decision(body), marks(body)
    assert not held_back(Document("Application status: Polishing Hand", body, "jobs@f.example"))
