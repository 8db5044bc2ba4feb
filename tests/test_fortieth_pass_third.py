"""Fortieth pass, third round (issue 11): blind slice 46's misses and other mail filed, read as
kinds (rejectwatch.model.choices_plain, insiders_chosen, insiders_abroad, third_party, and
negation's either-outcome, present-rule and record-label words).

Refusals that must carry a decision token: the post's new holder named with who they are, the
post someone's from a day, someone named as the holder this year, someone brought on, a
learner's "we choose X, he …", others who suited better, a record that now reads "Not
Selected", and the choice in Swahili by one who hires alone and in German with a start date
between. Confirmations and twins that must stay unread: an application handed to the store
manager "who starts reading on Monday", both outcomes named ("picked or passed over, each
applicant gets word"), a rule in the present ("contacts just those applicants whose …"), the
new recruiter, an office or the reader as the new holder, others who said a time suited them
better, and the Swahili post given to the reader. Every message is written for these tests."""

from __future__ import annotations

import pytest

from readings import decision, marks, message_decisions

REFUSALS = [
    "Our new pot washer is Tomasz Zielinski, who came over from the hotel on the quay.",
    "Our new yard hand is Shona, starting Tuesday; she grew up on the farm next door.",
    "The barista job is Nadia's from next week; she covered two Saturdays for us.",
    "Thank you both for the sketches. Ilse Marten will be my lettering apprentice this year.",
    "For the drum tech spot on the tour we're bringing on Sol Avery, who teched for us in May.",
    "For the trapeze act of our circus we choose Liu Yang, he trained in Shenyang since small.",
    "A couple of the others had longer on the lathe, and we felt that suited the shop better.",
    'After review, your candidate record now reads "Not Selected - Experience".',
    "Asante kwa kuja. Kazi ya mlinzi nimempa Juma wa Kilifi.",
    "Die Stelle in der Spülküche übernimmt ab März Ayşe Demir, die schon bei uns aushilft.",
]
TWINS = [
    "Our new recruitment coordinator is Priya, who will call you to book the interview.",
    "The barista job is yours from next week; welcome aboard!",
    "You will be my lettering apprentice this year, congratulations!",
    "Kazi ya mlinzi nimempa wewe, karibu sana.",
    "A few of the others said mornings suited them better, so we have put you at 2pm.",
    "Our new office is Brunel House, from the station it is a short walk.",
]
CONFIRMATIONS = [
    (
        "Your application: Stock Assistant",
        "Your form for Stock Assistant at our Lisburn store has gone to the store manager, who "
        "starts reading on Monday. Picked or passed over, each applicant gets word in person.",
    ),
    (
        "We got your application",
        "Your Car Valeter application is in! Our hiring team contacts just those applicants "
        "whose availability fits the open shifts.",
    ),
]


@pytest.mark.parametrize("text", REFUSALS)
def test_a_refusal_is_read(text: str) -> None:
    assert decision(text), marks(text)


@pytest.mark.parametrize("text", TWINS)
def test_the_twin_gets_no_decision(text: str) -> None:
    assert not decision(text), marks(text)


@pytest.mark.parametrize(("subject", "body"), CONFIRMATIONS)
def test_a_confirmation_gets_no_decision(subject: str, body: str) -> None:
    assert not message_decisions(subject, body, "jobs@shop.example"), body
