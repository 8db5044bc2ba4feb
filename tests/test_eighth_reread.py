"""Twenty-second pass, part M (issue 11): a hostile re-read of part F
(rejectwatch.model.decisions_ordinary). Each misfire found is a sentence written for these tests:
a stop that is a pause, a stage reached, a hire or another role; an application for a grant, a
loan or a visa; a hedge denied or about the form it is in; and the ends the module missed in
other words (past tenses, "goes no further than", "is not going further", "is very unlikely to",
an Indian "stands closed")."""

from __future__ import annotations

import pytest

from readings import decision

FALSE = [
    # a stage reached, a pause, a hire, another role
    "Your application process stops before the interview stage while we check your visa.",
    "Thanks for confirming. Your application will stop at the screening stage for a few days "
    "while we review, then move to interview.",
    "Your application stops at the screening stage for now, and we'll be in touch next week "
    "with an interview time.",
    "Your application ends at the assessment stage with an offer, which we're delighted to make.",
    "Your application ends at the final round, where you'll meet the CEO.",
    "Your application stops at the panel interview on Monday; bring ID.",
    "Your application will end at the final interview, where the team will decide.",
    "Your application stops at the screening stage this week, and next week the interviews begin.",
    "Your profile ends at the shortlist stage for the next role: we'd love you to interview.",
    "Your process ends at the onsite, where you'll get a decision the same day.",
    "Your application has ended at the interview stage — congratulations, it's an offer!",
    "Your application stops before the final interview, because the hiring manager has already "
    "seen enough: we're offering you the job.",
    "Your application stops before the technical interview because your portfolio covered it; "
    "the next step is meeting the team.",
    "Your application will stop at the shortlist stage pending a right-to-work check.",
    "Your application stops at the screening stage during the holidays and resumes in January.",
    # an application for something else than a job
    "Your grant application stops at the screening stage.",
    "Your visa application stops at the screening stage while the embassy checks it.",
    "Your loan application ends at the assessment stage, we're sorry to say.",
    # a hedge denied, about the form it is in, or only for today
    "It's very unlikely your application goes any further unchanged, so please revise the "
    "cover letter.",
    "It is not very unlikely that your application goes further; in fact we'd like to meet you.",
    "Contrary to what you fear, it's very unlikely your application goes any further unnoticed "
    "— we read every one.",
    "It's very unlikely your application goes any further today, but we'll pick it up on Monday.",
    # twins of the new forms
    "Your application is not going further until the references arrive.",
    "As you asked to withdraw, your application was closed at the screening stage.",
    "Your application is unlikely to go any further before January, the team is away.",
    "Your application did not go further than the screening stage this week, it will next week.",
    # twins of the second round: an archive, a team, a mistake mended, an earlier application
    "Don't worry, your application is not going further into our archive, it's with the "
    "manager now.",
    "Your file goes no further than the screening team, which is confidential.",
    "Your application was stopped at the screening stage by mistake - it's now moving to the "
    "panel round.",
    "Your previous application ended at the interview stage, but this time you're invited to "
    "the final.",
    "Last year your application stopped at the screening stage; this year we'd love to "
    "interview you.",
    "Your application is highly unlikely to go any further astray - we've fixed the portal bug.",
]

READ = [
    "I'm sorry to say your application ends at the screening stage.",
    "Your application goes no further than the screening stage.",
    "Your application is not going further.",
    "Kindly note that your application is not moving further in the process.",
    "Your candidature will not be proceeded further.",
    "Your application doesn't go further this time.",
    "We regret your application stands closed at the screening stage.",
    "Your application did not go further than the first round.",
    "Sadly, your application stopped at the screening stage.",
    "Your application stopped short of the final round.",
    "Your application ended at the interview stage.",
    "Your application was stopped at the screening stage.",
    "It's unlikely your application will go any further.",
    "It is quite unlikely that your application will progress further.",
    "It's doubtful your application will go any further.",
    "It's very unlikely we can take your application any further.",
    "We're very unlikely to take your application any further.",
    "Your application is very unlikely to go any further.",
    "Your application is highly unlikely to progress further.",
    "Regret to inform that your candidature is not being taken further.",
    "Your profile is not moved further for the next round.",
    "We'd be unlikely to take your application further.",
    "Your application went no further than the CV review.",
    "Your application stood closed at the screening stage.",
]


@pytest.mark.parametrize("text", FALSE)
def test_no_decision_in_these_twins(text: str) -> None:
    assert not decision(text)


@pytest.mark.parametrize("text", READ)
def test_the_missed_ends_are_read(text: str) -> None:
    assert decision(text)
