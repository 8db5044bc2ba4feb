"""Twenty-fourth pass, part C (issue 11): precision, other mail filed.

Slice 22 filed five other mails. Each of the three kinds below is read by rule, with several
paraphrases, and twins (a real rejection in the same shape) that must keep their decision:

* a receipt that tells of a refusal that has not happened: a silence asked and its consequence
  opened by "that will mean" ("Pas d'appel d'ici quinze jours ? Cela voudra dire qu'une autre
  personne a été prise"; rejectwatch.model.other_cases), and a confirmation's own words ("This
  confirms the ... application you sent", "our team is reviewing all submissions") that hold a
  message with no decision token below filing (gate._PENDING_STATUS);
* a place that is no job refused: a leisure course or class full, sold out or filled ("our
  beginners' beekeeping course filled within two days of opening"; gate._PLACE_NO_JOB; "of
  opening" is a course's opening, not a job's);
* the reader's own withdrawal confirmed ("per your request the ... application is now
  withdrawn", "your withdrawal request has been processed"; negation._ABOUT_OTHER).

Every sentence is written for these tests (none is a slice's or a batch's).
"""

from __future__ import annotations

import pytest

from readings import held_as_no_job, message_decisions, message_marks

# (subject, body): a silence asked whose consequence, a refusal, is only a rule: no token
SILENCE_RULES = [
    (
        "Candidature reçue",
        "Bonjour, votre CV est bien arrivé. Pas de nouvelles d'ici trois semaines ? Cela voudra "
        "dire qu'un autre candidat a été retenu, mais nous garderons votre dossier.",
    ),
    (
        "Candidature reçue",
        "Merci pour votre candidature. Pas d'appel de notre part sous dix jours ? Cela signifiera "
        "que nous avons choisi un autre profil.",
    ),
    (
        "Candidature reçue",
        "Merci ! Aucune réponse d'ici fin mai ? Ça voudra dire que le poste a été pourvu.",
    ),
    (
        "Bewerbung eingegangen",
        "Danke für Ihre Bewerbung. Keine Nachricht von uns bis Ende Juni? Das wird heißen, dass "
        "wir uns für jemand anderen entschieden haben.",
    ),
    (
        "Solicitud recibida",
        "Gracias por tu candidatura. ¿Sin noticias nuestras en dos semanas? Eso querrá decir que "
        "hemos elegido a otra persona.",
    ),
    (
        "Application received",
        "Thanks for applying. No call from us within two weeks? That will mean we went with "
        "another applicant, but we'll keep your CV.",
    ),
]
# ... and their twins: a refusal after a question, or a refusal given plainly
SILENCE_TWINS = [
    (
        "Candidature",
        "Bonjour, vous n'avez pas eu de nouvelles ? Cela veut dire que nous avons retenu un autre "
        "candidat, je suis désolée de ne pas vous avoir prévenue plus tôt.",
    ),
    (
        "Candidature",
        "Bonjour, nous avons retenu un autre candidat pour le poste de vendeuse. Nous garderons "
        "votre CV.",
    ),
    (
        "Your application",
        "Sorry for the silence. We have decided to go with another candidate for the role.",
    ),
]

# A confirmation with no decision: held below filing
RECEIPTS = [
    (
        "Confirmation of application - Clerk",
        "This confirms the Clerk application you sent (requisition R1001). Our recruitment team "
        "is reviewing all submissions. Every candidate not selected gets a notice when the "
        "requisition closes.",
    ),
    (
        "Application confirmation",
        "This email confirms your application for Store Colleague. We are currently reviewing "
        "applications and candidates who are not taken forward hear from us at the end.",
    ),
    (
        "We've got it",
        "This message confirms the application you submitted for Night Porter. The hiring team "
        "is reviewing all applications now.",
    ),
]
# ... and rejections in the same shape, which keep their decision
RECEIPT_TWINS = [
    (
        "Application update",
        "This confirms that your application for Clerk was not selected. We wish you well.",
    ),
    (
        "Application update",
        "Thank you for applying for the Clerk role. Our team reviewed all submissions and you "
        "have not been selected for this requisition.",
    ),
]

# A place that is no job, refused
PLACES = [
    (
        "Beginners' beekeeping course",
        "Dear Olamide, our beginners' beekeeping course filled within two days of opening, so "
        "there's no spring place for you. You're first on the list for the autumn course.",
    ),
    (
        "Pottery class",
        "Hi, the Tuesday pottery class sold out, so there isn't a place for you this term. We'll "
        "email when the next one opens.",
    ),
    (
        "Evening Spanish",
        "Thank you for applying for the evening Spanish course. Unfortunately all places have "
        "been taken and we cannot offer you one.",
    ),
    (
        "Life drawing workshop",
        "Sorry Jo, the Saturday workshop is already at capacity, so we can't fit you in this time.",
    ),
    (
        "Your booking",
        "Thanks for booking onto the weekend sourdough class. Sadly it was oversubscribed and "
        "your place could not be confirmed.",
    ),
]
# ... or a scholarship, a bursary or a grant refused, no application named
PLACES += [
    (
        "Organ scholarship",
        "Dear Sam, the panel heard many strong players this year. Regrettably no scholarship can "
        "be offered to you for the coming year.",
    ),
    (
        "Hardship fund",
        "Thank you for your form. I'm afraid we are unable to offer you a bursary from the "
        "hardship fund this term.",
    ),
    (
        "Community fund",
        "After the committee met, no grant will be awarded to your group in this round.",
    ),
]
# ... and job refusals naming a course, a scholarship, or a job's opening
PLACE_TWINS = [
    (
        "Your application",
        "Thank you for applying for the Course Administrator role. Unfortunately the post has "
        "been filled and we won't be taking your application further.",
    ),
    (
        "Your application",
        "Thanks for applying to be a tutor on our evening course. We have decided to go with "
        "another candidate.",
    ),
    (
        "Kitchen porter",
        "The role filled within two days of opening, so we won't be taking your application "
        "further.",
    ),
    (
        "Scholarships team",
        "We are unable to offer you the Scholarships Officer role, as we have appointed another "
        "candidate.",
    ),
    (
        "Cabin crew",
        "Thank you for applying for our cabin crew training course. Unfortunately you have not "
        "been successful on this occasion.",
    ),
]

# The reader's own withdrawal confirmed
WITHDRAWALS = [
    (
        "[Ticket #1] Application withdrawn",
        "Ticket #1 has been updated\n\nStatus: Closed\n\nHi Hollie, per your request the Ground "
        "Handler application is now withdrawn.",
    ),
    (
        "Withdrawal confirmed",
        "Following your email, your application for Barista has been withdrawn and the status "
        "set to Closed.",
    ),
    (
        "Withdrawal confirmed",
        "Your withdrawal request has been processed. Your application for Barista is now closed.",
    ),
    (
        "Application closed",
        "Status: Closed. Your application for Stock Assistant was withdrawn at your own request "
        "on 3 June.",
    ),
]
# ... and refusals worded beside a request, or a post withdrawn
WITHDRAWAL_TWINS = [
    (
        "Application update",
        "Per our policy, your application for Barista has been closed as the vacancy has been "
        "withdrawn.",
    ),
    (
        "Feedback",
        "As per your request for feedback: the panel went with another candidate who had more "
        "experience.",
    ),
    (
        "Role withdrawn",
        "Following your email asking for news, I can tell you the vacancy has been withdrawn, so "
        "your application is now closed.",
    ),
    (
        "Application closed",
        "Status: Closed\nUnfortunately we will not be progressing your application.",
    ),
]


# One of a class defined by a refusal and told of it: a rule, read as a conditional (hyp_)
CLASS_RULES = [
    (
        "Confirmation",
        "This confirms your application. Every candidate not selected gets a notice when the "
        "requisition closes.",
    ),
    (
        "Confirmation",
        "Thanks for applying. Each applicant who is not shortlisted will receive an email at the "
        "end of the process.",
    ),
]
CLASS_TWINS = [
    (
        "Update",
        "Every candidate was considered carefully, and unfortunately you have not been selected.",
    ),
    ("Update", "We reviewed each application closely; yours was not selected for interview."),
    (
        "Update",
        "Any candidate would be lucky to have your experience, but you have not been selected on "
        "this occasion.",
    ),
]


@pytest.mark.parametrize(("subject", "body"), CLASS_RULES)
def test_a_class_told_is_a_rule(subject: str, body: str) -> None:
    marks = message_marks(subject, body)
    assert any(mark.startswith("hyp_") for mark in marks)
    assert not any(mark.startswith("neg_") for mark in marks)
    assert not message_decisions(subject, body)


@pytest.mark.parametrize(("subject", "body"), SILENCE_RULES + WITHDRAWALS)
def test_no_decision_read(subject: str, body: str) -> None:
    assert not message_decisions(subject, body)


@pytest.mark.parametrize(("subject", "body"), RECEIPTS + PLACES)
def test_held_by_the_gate(subject: str, body: str) -> None:
    assert held_as_no_job(subject, body)


@pytest.mark.parametrize(
    ("subject", "body"),
    SILENCE_TWINS + RECEIPT_TWINS + PLACE_TWINS + WITHDRAWAL_TWINS + CLASS_TWINS,
)
def test_a_refusal_stays_decided(subject: str, body: str) -> None:
    assert message_decisions(subject, body)
    assert not held_as_no_job(subject, body)
