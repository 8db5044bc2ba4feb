"""Twenty-second pass, part F (issue 11): the plainer turns of ordinary ATS mail that written-29's
misses showed no reading held: an application that stops before a stage, and a hedged end.
Each kind in several wordings, stages and senders, with twins in the same words that carry no
decision (a condition, a wait, a stage skipped, another's application, an offer, an invitation,
a bus). Every sentence is written for these tests (none is copied from written-29)."""

from __future__ import annotations

import pytest

from rejectwatch.model import decisions_ordinary, negation
from rejectwatch.model.features import Document, documents_to_views
from rejectwatch.model.negation import CHOSE_OTHER, READER_OUT, ROLE_GONE, STATUS_REFUSED


def tokens(subject: str, body: str) -> set[str]:
    """The decision tokens a whole message (subject, sender, body) is given."""
    texts, _ = documents_to_views([Document(subject, body, "talent@employer.example")])
    found = texts[0].rsplit("\n", 1)[-1].split()
    return {READER_OUT, CHOSE_OTHER, ROLE_GONE, STATUS_REFUSED}.intersection(found)


@pytest.mark.parametrize(
    "body",
    [
        # an application that stops before a stage
        "Thanks for the exercise. The reviewers missed tests around the billing code, so your "
        "application stops before the technical interview.",
        "Having compared the shortlist, your candidacy stops short of the hiring manager's "
        "interviews.",
        "I'm sorry, Priya: your file will stop at the screening stage this time.",
        "Your submission ends ahead of the panel round, I'm afraid.",
        "On the strength of the test scores, your candidature stops before the assessment "
        "centre round.",
        "We read it twice. Your CV stops at the sift for this vacancy.",
        # a hedged end
        "Honestly, it's very unlikely your application goes any further with us.",
        "It is highly unlikely that your candidacy will progress further, given the seniority "
        "the team now wants.",
        "I'd rather be straight with you: it's very unlikely we'll take your application any "
        "further.",
        "It's extremely unlikely the team will move your candidature further this year.",
    ],
)
def test_ordinary_decisions_are_read(body: str) -> None:
    assert tokens("Your application", body) == {READER_OUT}


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        # conditions and waits
        (
            "References",
            "If the references do not arrive, your application stops before the panel interview.",
        ),
        ("Right to work", "Without them, your application stops at the screening stage."),
        (
            "Documents",
            "Your application stops at the screening stage unless you upload your passport.",
        ),
        (
            "Form",
            "Your application stops before the interview stage if the form is incomplete.",
        ),
        ("Deadline", "Please send the form today, otherwise your application stops at the sift."),
        ("Upload", "Should you not upload it, your application stops before the assessment."),
        (
            "Timing",
            "It is very unlikely your application goes any further before January, as the panel "
            "is away.",
        ),
        (
            "Timing",
            "It's very unlikely your application will go any further this month, but do not worry.",
        ),
        # a stage skipped, the way the process runs, an offer, an invitation
        (
            "Good news",
            "Good news: your application stops before the assessment stage because you already "
            "hold the certificate, so we go straight to interview.",
        ),
        (
            "Interview invitation",
            "Your interview is on Tuesday; your process stops at the panel interview, after "
            "which we decide.",
        ),
        (
            "Offer",
            "Congratulations - your application stops at the offer stage, as you've accepted!",
        ),
        (
            "Welcome",
            "Once you accept, your application stops at the offer stage and onboarding begins.",
        ),
        # someone else's application, a process in general, no job
        ("Reference", "Your colleague's application stops before the panel interview."),
        (
            "How we hire",
            "Our process stops before the final round for some roles, so the panel is shorter.",
        ),
        ("Directions", "The bus stops before the interview centre, two minutes' walk away."),
    ],
)
def test_the_same_words_without_a_decision_are_not_read(subject: str, body: str) -> None:
    assert not tokens(subject, body)


def test_the_stop_reading_holds_its_own_before() -> None:
    """ "stops before the technical interview" is where the application stopped: the reading's
    own "before" is no decision still to come (negation._OWN_WORDS)."""
    assert decisions_ordinary.OWN_WORDS
    assert set(decisions_ordinary.OWN_WORDS) <= negation._OWN_WORDS
    read = {pattern for _, _, pattern in decisions_ordinary.READINGS}
    assert set(decisions_ordinary.OWN_WORDS) <= read
