"""Grouped CV's out-of-fold false positives read by kind (issue 11, twentieth pass, part K;
rejectwatch.model.other_refusals, gate.no_job_decision): a newsletter's headline, a plan called
off, a place to volunteer, an enquiry about a non-job thing, a recruiter's pitch, another
offer's good news, a misspelt referral. Our own sentences; each kind beside rejection twins
that must stay decided."""

from __future__ import annotations

import pytest

from rejectwatch.model.features import Document, documents_to_views
from rejectwatch.model.gate import decided_for_reader, no_job_decision


def _no_job_decision(subject: str, body: str, sender: str = "") -> bool:
    texts, sentences = documents_to_views([Document(subject, body, sender)])
    return no_job_decision(texts[0], sentences[0])


@pytest.mark.parametrize(
    ("subject", "body", "sender"),
    [
        # a career newsletter: an article's headline, a line about job seekers in general
        (
            "7 reasons your CV was rejected",
            "Every job seeker hears 'we have decided not to progress your application' sooner "
            "or later. Our careers coach explains what to do next.\n\nRead more on Jobfinch",
            "Jobfinch <newsletter@jobfinch.example>",
        ),
        (
            "Why you weren't shortlisted (and what to do)",
            "This week: how to respond when you're turned down after a final interview.\n\n"
            "Also inside: ten employers hiring in Leeds.",
            "The Shortlist <digest@shortlist.example>",
        ),
        # a plan between friends called off
        ("Re: Saturday", "Our train was cancelled so we can't make the barbecue, sorry!", ""),
        ("Re: dinner", "Sorry, we won't make dinner on Friday after all. Next week?", ""),
        # a place to volunteer refused
        (
            "Your sign-up",
            "Thanks for signing up to volunteer at the harvest festival. All volunteer places "
            "have now been taken.",
            "",
        ),
        # an enquiry about a non-job thing turned down
        (
            "Re: tenancy enquiry",
            "We had a lot of interest in the cottage and won't be going ahead with your "
            "application.",
            "",
        ),
        # a recruiter's pitch under a subject naming feedback
        (
            "Feedback + a new opportunity",
            "I came across your profile and one of my clients in Bristol is hiring a Site "
            "Surveyor. Fancy a chat?",
            "",
        ),
        # another offer's good news acknowledged, the other processes closed
        (
            "Congratulations",
            "Fantastic news about Hollybank - well done! I've let the other clients know and "
            "closed those applications for you.",
            "",
        ),
        # a decision naming the scholarship or grant it refuses, funding applied for
        (
            "Scholarship outcome",
            "We're sorry to say your application was not shortlisted for the second round of "
            "the bursary.",
            "",
        ),
        (
            "Your funding application",
            "Your application has been declined by the panel; feedback follows next week.",
            "",
        ),
        # a misspelt referral's outcome
        ("Re: follow up", "Your referal Tomasz didn't get through the panel, he knows.", ""),
    ],
)
def test_other_mail_gives_no_job_decision(subject: str, body: str, sender: str) -> None:
    assert _no_job_decision(subject, body, sender)


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        ("Analyst post", "We've declined your application for the analyst post."),
        (
            "Your application",
            "Unfortunately the Volunteer Coordinator role has been offered to another candidate.",
        ),
        (
            "Re: Saturday shift",
            "Sorry, we won't be taking your application for the weekend bar job further.",
        ),
        (
            "Feedback from Solent Marine",
            "The client has decided not to progress your application for the Estimator role. "
            "I'll keep looking for you.",
        ),
        (
            "Your application",
            "Thank you for your interest. Your application has been declined at the assessment "
            "stage for the Payroll Officer post.",
        ),
        (
            "Bursary Officer",
            "Your application was not shortlisted for the post of Bursary Officer.",
        ),
        (
            "Stage marketing",
            "Nous avons le regret de vous informer que votre candidature pour le stage n'a pas "
            "été retenue.",
        ),
    ],
)
def test_rejection_twins_keep_their_decision(subject: str, body: str) -> None:
    assert not _no_job_decision(subject, body)
    assert decided_for_reader([Document(subject, body, "")]) == [True]


def test_an_employers_refusal_above_a_mailing_footer_is_no_newsletter() -> None:
    """An employer's own refusal that talks about every candidate and why the reader wasn't
    shortlisted, and points to its newsletter, is a decision, not a career newsletter's article
    (the re-read of part K)."""
    body = (
        "Thank you for applying for the Programme Coordinator post. We were not able to offer "
        "every candidate an interview this time, and we're sorry to say yours will not go "
        "further. We can't always explain why you weren't shortlisted, but we wish you well, "
        "and our weekly newsletter lists every new vacancy if you'd like to try again."
    )
    assert not _no_job_decision("Your application", body, "Careers <careers@trust.example>")
    assert decided_for_reader([Document("Your application", body, "")]) == [True]
