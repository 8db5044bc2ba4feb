"""Twenty-eighth pass, part C (issue 11): precision, other mail that the readings gave a decision
token (written-48's filed and in-band other mail, read by scripts/decisions_gained.py's reading):

* a hiring pause whose mail keeps the reader in ("Your application has not been closed, and it
  moves again once we get the green light"): rejectwatch.model.notices_other._a_hold;
* the slots of one sitting full and the reader booked into another ("all slots for Thursday's
  assessment centre have been filled, so we've booked you into Friday's"):
  notices_other._a_time_moved;
* a flat let in another language ("el piso ya está alquilado a otra persona"), a house sold to
  another buyer ("the sellers went with another offer"), a consulate's appointment slots taken,
  a landlord or a letting agent choosing another tenant: rejectwatch.model.things_refused.

Each with refusal twins from the same kind of sender that must stay read. Every sentence is
written for these tests (none is a slice's or a batch's, and none is written-48's own wording);
read by the rules, so a retrain changes nothing.
"""

from __future__ import annotations

import pytest

from readings import message_decisions

# (subject, body): other mail, no decision on a job application
OTHERS = [
    # a pause that keeps the reader in
    (
        "Data Officer: recruitment paused",
        "Hi Lena, recruitment for the Data Officer post is on hold until the new financial year "
        "is signed off. Your application hasn't been withdrawn, and things start again as soon "
        "as we have the sign-off.",
    ),
    (
        "Update on the Planner vacancy",
        "Dear Mo, hiring for the planner job is paused while the board reviews the budget. Your "
        "application is not closed; we'll be in touch once the team gets approval.",
    ),
    (
        "Hiring on hold - Bid Writer",
        "Hi Aoife, the Bid Writer vacancy has been put on hold for a few weeks. Yours hasn't been "
        "turned down, and the process goes forward again when we get the go-ahead.",
    ),
    # one sitting full, the reader booked into another
    (
        "Your assessment day",
        "Hi Rob, all places at the 9am assessment session were taken, so we've moved you to the "
        "11.30 session on the same day. Same address.",
    ),
    (
        "Online test sitting",
        "Hello Priya, every slot on Monday's test sitting has been filled, so we've put you into "
        "Tuesday's at 10. The link will follow.",
    ),
    (
        "Group exercise",
        "Hi Tom, all the afternoon slots for the group exercise are gone. We've booked you in for "
        "the morning one at 9:15 instead.",
    ),
    # a thing that is no job: a flat, a house, an appointment
    (
        "El apartamento de la avenida",
        "Hola Pilar, lo siento, el apartamento de la avenida ya se lo hemos alquilado a otra "
        "familia. Si aparece otro parecido te escribo.",
    ),
    (
        "L'appartement rue Victor Hugo",
        "Bonjour Marc, désolé, l'appartement a été attribué à un autre candidat. Nous vous "
        "tiendrons au courant des prochaines annonces.",
    ),
    (
        "Re: Maple Drive",
        "Hi Dee, sorry, the sellers accepted a different buyer's offer this morning, one with no "
        "chain. I'll set up two more viewings for Saturday.",
    ),
    (
        "Re: the bungalow",
        "Hi both, the vendors of the bungalow have chosen another offer, a higher one from a "
        "first-time buyer. Let's keep looking.",
    ),
    (
        "Your tenancy application",
        "Dear Sean, thank you for viewing 4 Orchard Row. The landlord has decided to go ahead "
        "with another applicant, and your holding deposit will be returned this week.",
    ),
    (
        "Re: 2-bed on Quay Street",
        "Hi Ama, sorry, the letting agent has gone with a different tenant for Quay Street.",
    ),
    (
        "Appointment booking",
        "Dear applicant, the passport appointment slots for that week are all taken; please pick "
        "another week in the booking system.",
    ),
]

# (subject, body): refusals from the same kinds of sender, which must stay read
REFUSALS = [
    (
        "Data Officer: recruitment paused",
        "Hi Lena, the Data Officer post has been put on hold indefinitely, so we have closed all "
        "applications, yours included.",
    ),
    (
        "Hiring on hold - Bid Writer",
        "Hi Aoife, the Bid Writer vacancy is on hold. We will not be progressing your application.",
    ),
    (
        "Your assessment day",
        "Hi Rob, all the places on the graduate scheme have been filled, so we've put you on our "
        "reserve list.",
    ),
    (
        "Online test sitting",
        "Hello Priya, unfortunately all positions have been filled and we won't be inviting you "
        "to the test sitting.",
    ),
    (
        "Re: Leasing Consultant",
        "Hi Dee, sorry, the leasing consultant role went to another candidate with more lettings "
        "experience.",
    ),
    (
        "Re: Lettings Negotiator",
        "Hi Ama, sorry, the branch has gone with a different applicant for the lettings "
        "negotiator job; the estate agent who interviewed you asked me to pass on her thanks.",
    ),
    (
        "Your application",
        "Dear Sean, the owner has decided to go ahead with another applicant for the shop "
        "assistant post.",
    ),
    (
        "Tu candidatura",
        "Hola Pilar, gracias por tu interés en el puesto de administrativa. Hemos decidido "
        "seguir con otra persona.",
    ),
    (
        "Re: Sales Negotiator",
        "Hi both, the branch chose another applicant for the sales negotiator job, someone who "
        "has sold houses locally before.",
    ),
]


@pytest.mark.parametrize(("subject", "body"), OTHERS)
def test_other_mail_gets_no_decision(subject: str, body: str) -> None:
    assert message_decisions(subject, body) == set()


@pytest.mark.parametrize(("subject", "body"), REFUSALS)
def test_refusal_twins_stay_read(subject: str, body: str) -> None:
    assert message_decisions(subject, body)
