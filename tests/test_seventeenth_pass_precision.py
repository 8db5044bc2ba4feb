"""Issue 11, seventeenth pass, part C: mail the rules read as giving no decision on the reader's
job application is never filed, however high its words score (rejectwatch.model.gate
.no_job_decision, held below filing in classifier.Model.scores).

Every case is scored by the shipped model with its statistical score forced high, so what is
tested is the rule alone: the held mail must stay below filing, and each kind's twins (real
rejections worded close to it) must still be filed. The texts are our own wording.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from rejectwatch.model import classifier
from rejectwatch.model.features import Document, documents_to_views

HIGH = 0.985  # a statistical score above any filing threshold the model has had


@pytest.fixture(scope="module")
def model() -> Iterator[classifier.Model]:
    loaded = classifier.load()
    # (thirty-sixth pass: Model.scores combines the factor log-odds itself, to read the job
    # model's too, so the combined probability is what is forced; the job log-odds stay real)
    factors = loaded.scorer.classifier
    original = factors.probabilities

    def forced(z: Any) -> list[float]:
        return [HIGH] * len(z)

    object.__setattr__(factors, "probabilities", forced)
    try:
        yield loaded
    finally:
        object.__setattr__(factors, "probabilities", original)


def filed(model: classifier.Model, subject: str, body: str) -> bool:
    [score] = model.scores([Document(subject, body, "")])
    return score >= model.filing_threshold


# --- no decision yet: a status received or under review, in the languages read -------------

HELD_PENDING = [
    (
        "Application update",
        "Hello Ruth,\n\nRole: Payroll Officer\nStatus: Under review\nUpdated: 3 March\n\n"
        "Log in to your candidate area to follow it.",
    ),
    (
        "Vaše přihláška",
        "Dobrý den,\n\nděkujeme za přihlášku na pozici Skladník.\nStav: Posuzuje se\n\nTým náboru",
    ),
    (
        "Η αίτησή σας",
        "Καλησπέρα,\n\nη αίτησή σας για τη θέση Λογιστή βρίσκεται σε στάδιο αξιολόγησης.\n\n"
        "Με εκτίμηση",
    ),
    (
        "Votre candidature",
        "Bonjour,\n\nPoste : Magasinier\nStatut : En cours d'étude\n\n"
        "Aucune décision n'a encore été prise.",
    ),
    (
        "Thanks for applying",
        "Hi Omar,\n\nWe have received your application for Night Porter. Our team reads every "
        "one and the hiring manager will be in touch.\n\nLegal notice: the company does not "
        "charge candidates fees at any stage.",
    ),
    (
        "Next stage",
        "Dear applicant,\n\nYou were found eligible for the Archivist vacancy. Your application "
        "will now be rated by a subject matter expert.",
    ),
]

FILED_PENDING_TWINS = [
    # a status that is a refusal
    (
        "Application update",
        "Hello Ruth,\n\nRole: Payroll Officer\nStatus: Not progressed\nUpdated: 3 March",
    ),
    # received, then refused in the same letter
    (
        "Your application",
        "Hi Omar,\n\nWe have received your application for Night Porter and read it closely. "
        "Unfortunately we have decided not to take it further.",
    ),
    # a refusal forwarding the old acknowledgement below it
    (
        "Your application",
        "Hi Omar,\n\nFollowing up on this: we have decided to go with another candidate.\n\n"
        "---------- Forwarded message ---------\nFrom: Careers\n\n"
        "We have received your application and will review it shortly.",
    ),
    # "reviewed" of something else, in a refusal's footer
    (
        "Night Porter",
        "Hi Omar,\n\nI'm sorry to say your application was not successful this time.\n\n"
        "Parking permits are being reviewed ahead of April.",
    ),
]


# --- what was applied for is no job -------------------------------------------------------

HELD_NOT_A_JOB = [
    (
        "Your tenancy application",
        "Dear Ms Ode,\n\nWe regret that your tenancy application for 4 Mill Lane was "
        "unsuccessful on this occasion.",
    ),
    (
        "Re: Juniper",
        "Thank you for applying to adopt Juniper. After our home visit we won't be going ahead "
        "with your application.",
    ),
    (
        "Your request",
        "We have looked at your application for a loan and we are not able to approve it.",
    ),
    ("Resultado", "Lamentamos informarte de que tu solicitud de beca no ha sido aprobada."),
    (
        "Re: the cottage",
        "So sorry - the owners decided to go with another family in the end.",
    ),
    (
        "Outcome of tender 2291",
        "Thank you for submitting a tender for the grounds maintenance contract. It was not "
        "the highest-scoring bid and has not been successful.",
    ),
    (
        "Your decision in principle",
        "Unfortunately we cannot issue an agreement in principle following our underwriting "
        "review.",
    ),
    (
        "Your application to study",
        "Dear Ana,\n\nThe admissions tutors have read your statement. I'm sorry to say the "
        "department will not be making you an offer for entry next year.",
    ),
    (
        "Landscape prize shortlist",
        "The judges looked at 900 entries, and we're sorry to say your entry was not among "
        "this year's twenty prize-winners.",
    ),
    (
        "Spring batch",
        "Thanks for applying with your startup. Sadly we can't invite your company into this "
        "batch.",
    ),
]

FILED_JOB_TWINS = [
    # a job title that holds a non-job noun
    (
        "Grant Officer",
        "Your application for Grant Officer has been unsuccessful. We wish you well.",
    ),
    (
        "Tenancy Support Worker",
        "Sadly your application for Tenancy Support Worker was not successful this time.",
    ),
    # an employer whose name holds one
    (
        "Your Marlow Housing application",
        "Thank you for your interest. We will not be progressing your application.",
    ),
    # a loan officer's post, named with the job word
    (
        "Loan Officer role",
        "We have decided to move forward with another candidate for the loan officer role.",
    ),
]


# --- not the reader's application: they posted the job, never applied, or decided ----------

HELD_NOT_THE_READERS = [
    (
        "An update on your gig",
        "One of your applicants, Tomasz, has withdrawn from 'Garden clearance'. You still have "
        "3 applicants to review.",
    ),
    (
        "Reminder",
        "You marked 'Dog walker needed' as filled on Monday, but 4 applicants are still "
        "waiting to hear. Send them our decline note.",
    ),
    (
        "Saved job",
        "Warehouse Lead at Brindle Foods\nStatus: Filled\nYou did not apply to this job.",
    ),
    (
        "Re: Thursday",
        "Sorry to hear you'd rather not come in on Thursday. I've cancelled the interview and "
        "closed your file.",
    ),
    (
        "Re: Offer",
        "Thanks for letting us know so quickly. I've marked the offer as declined and stopped "
        "the reference checks.",
    ),
    (
        "Re: Data Engineer",
        "Thanks for telling us you've accepted another offer - we've closed your application. "
        "Good luck!",
    ),
    (
        "Panel for Tuesday",
        "We turned down forty CVs at the sift and have five candidates for you to meet on Tuesday.",
    ),
    (
        "Status change",
        "Hello Ade,\n\nStatus: Paused - you remain in the process while the budget is agreed.",
    ),
    (
        "Your job alert",
        "Stock Controller at Fenwick Yard\nThis vacancy has been filled.\n\nWe've found "
        "similar roles below.",
    ),
    (
        "Great news",
        "Congratulations on landing the job at Pellow & Co! I've closed your other processes.",
    ),
]

FILED_THE_READERS_TWINS = [
    # an anti-fraud footer's "if you did not apply"
    (
        "Your application",
        "We will not be moving your application forward.\n\nIf you did not apply for this "
        "role, please tell us.",
    ),
    # a refusal of the reader's own application that names a filled post
    (
        "Stock Controller",
        "Thank you for applying. The vacancy has been filled and we will not be taking your "
        "application further.",
    ),
    # thanks, and a decision on the reader
    (
        "Re: dates",
        "Thanks for letting me know your dates. Sadly, we have decided to go with another "
        "candidate.",
    ),
]


HELD = HELD_PENDING + HELD_NOT_A_JOB + HELD_NOT_THE_READERS
TWINS = FILED_PENDING_TWINS + FILED_JOB_TWINS + FILED_THE_READERS_TWINS


@pytest.mark.parametrize(("subject", "body"), HELD)
def test_mail_giving_no_decision_on_the_readers_job_application_is_not_filed(
    model: classifier.Model, subject: str, body: str
) -> None:
    assert not filed(model, subject, body)


@pytest.mark.parametrize(("subject", "body"), TWINS)
def test_a_refusal_of_the_reader_worded_close_to_it_is_still_filed(
    model: classifier.Model, subject: str, body: str
) -> None:
    assert filed(model, subject, body)


def test_the_rule_reads_the_views_it_is_given() -> None:
    from rejectwatch.model.gate import no_job_decision  # noqa: PLC0415 - new in this pass

    docs = [Document(s, b, "") for s, b in HELD_PENDING[:1] + FILED_PENDING_TWINS[:1]]
    texts, sentences = documents_to_views(docs)
    assert [no_job_decision(t, s) for t, s in zip(texts, sentences, strict=True)] == [True, False]
