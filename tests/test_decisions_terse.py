"""Nineteenth pass, part I (issue 11): the grouped CV's out-of-fold English kinds no reading saw,
read by kind: a decision only in the subject over "Please see subject", parting ways on the
application, only those living near considered (with a regret), another direction taken and
the others closed out, a better match looked for, "filled already, sorry!", our person found,
and a status set by the employer with its label quoted. Each kind in several wordings and
sectors, with twins in the same words that carry no decision (a condition, a rule in an advert,
a step still to come, another role). Every sentence is written for these tests."""

from __future__ import annotations

import pytest

from readings import decision, message_decisions


def tokens(subject: str, body: str) -> set[str]:
    """The decision tokens a whole message (subject, sender, body) is given."""
    return message_decisions(subject, body)


@pytest.mark.parametrize(
    "body",
    [
        # parting ways on the application
        "I think it's best if we part ways on this one.",
        "We're not able to get near that figure, so it's best that we part ways on this role.",
        "It would be best for both of us to part ways on this position.",
        "Honestly, I think it's fairest if we part ways on this occasion.",
        # only those living near, with a regret
        "We're only able to consider people already living near the office for this one, sorry.",
        "Sadly, we can only consider applicants based within commuting distance of the depot.",
        "Unfortunately we are only able to consider candidates who already live in Ontario.",
        "We can only take on staff living near the farm, I'm afraid.",
        # another direction, and the others closed out
        "We've gone in a different direction for this hire and will be closing out the remaining "
        "candidates this week, you included.",
        "We have gone in another direction for the warehouse lead role and will be notifying "
        "the other applicants today.",
        # a better match looked for
        "Your details will stay on our talent pool for twelve months, and a recruiter will reach "
        "out if a better match appears.",
        "We'll keep your CV on file and we'll be in touch if a more suitable match comes up.",
        "A member of our team will get in touch should a closer fit for you open up.",
        # filled already
        "Filled already, sorry! Wish you luck.",
        "Sorry - already filled!",
        "Afraid it's been filled already.",
        # our person found
        "Hey Priya - we found our person for this one. Really appreciate you applying!",
        "We've found the right person for the role, thanks for your patience.",
        "We have now found our new hire for the position.",
        # a status set by the employer, the label quoted
        "Northwind Logistics marked your application as \u201cNot a fit\u201d.",
        'The hiring team has set your application status to "Not selected".',
        "Brightwater Clinic moved your application to 'Unsuccessful'.",
        # the next kinds (597673e's out-of-fold misses): a founder's pass, a debrief's
        # conclusion, a status set by a tracker
        "We're going to hold off on you for now - the stage we're at needs someone more senior.",
        "I'm going to pass on this round, mostly because every hire counts at our size.",
        "We've decided to pass on your application this time.",
        "In the debrief the team concluded that the gaps in system design were too large for "
        "this level.",
        "The panel agreed that the gaps in clinical audit experience were too big for this grade.",
        "Unfortunately, the application for Accounts Payable Clerk was set to: Archived (not "
        "selected).",
        'Your application has been moved to "Unsuccessful".',
    ],
)
def test_the_unread_out_of_fold_kinds_are_read(body: str) -> None:
    assert decision(body)


@pytest.mark.parametrize(
    "body",
    [
        # parting ways: a condition, or another relationship
        "If it's best that we part ways on this one, just say so.",
        "Let me know if you think it's best we part ways on this contract.",
        # a rule, a contact, no regret
        "We'll only contact applicants living near the office.",
        "We can only consider applicants living within commuting distance, so please check "
        "before applying.",
        "We're only able to consider people living near the office if they can start in May.",
        # another direction still to come
        "If we go in a different direction for this hire, we will be closing out the remaining "
        "candidates.",
        "We may go in a different direction for this hire.",
        # a better match: a condition ahead, or a step for the reader
        "If a better match appears, a recruiter will reach out.",
        "If you're unsuccessful, your details will stay on our talent pool and a recruiter will "
        "reach out if a better match appears.",
        "The panel will finish its interviews next week.",
        "The panel has finished its interviews and will be in touch on Friday.",
        # filled already: something else filled, a question
        "Filled already, sorry for the duplicate form.",
        "Is it filled already? Sorry to chase.",
        "Your form is filled already, sorry!",
        # our person found: another role, still to come
        "We found our person for the other role \u2014 and want you for this one.",
        "Once we've found our person we'll close the advert.",
        "We hope to have found our person by March.",
        # a label that is no refusal, or one marked by the reader
        "We've marked your application as \u201cIn review\u201d.",
        "If the employer marks your application as \u201cNot a fit\u201d, we'll let you know.",
        "Tip: employers rarely mark an application as \u201cNot a fit\u201d in the first week.",
        # a pass on something else, or held off until something happens
        "I'm going to pass your CV to the hiring manager.",
        "We're going to pass on the conference this year.",
        "We're going to hold off on the interviews until January.",
        "We're going to hold off on you until the funding lands.",
        "If we pass on your application, we'll tell you why.",
        # a debrief still to come, a conclusion under a condition
        "We'll decide in the debrief whether the gaps in system design are too large for this "
        "level.",
        "If the team concluded that the gaps in your experience were too large for this level, "
        "we'd tell you.",
        # a status that refuses nothing, or one under a condition
        "Your application was set to: Interview scheduled.",
        "If your application is set to: Not selected, you'll get an email.",
    ],
)
def test_the_same_words_without_a_decision_are_not_read(body: str) -> None:
    assert not decision(body)


@pytest.mark.parametrize(
    "subject",
    [
        "Store Manager: not progressing",
        "Silverleaf Veterinary: position filled",
        "Application outcome: not selected",
        "Decision: Nurse Practitioner (unsuccessful)",
        "Your application \u2013 regret",
    ],
)
@pytest.mark.parametrize(
    "body",
    [
        "Hi Kavya,\n\nPlease see subject. Thank you for applying.\n\nWei",
        "As per the subject line, thank you for your time.\n\n\u2013 Camille",
        "Morning,\n\nThe subject says it all, I'm afraid. Thanks for applying.",
    ],
)
def test_a_decision_only_in_the_subject_is_read(subject: str, body: str) -> None:
    assert tokens(subject, body)


@pytest.mark.parametrize(
    "subject",
    [
        "Interview invitation: Store Manager",
        "Card payment unsuccessful",
        "Your application to Ridgeline Outdoor",
        "Re: Warehouse Operative shifts",
    ],
)
def test_please_see_subject_over_a_subject_that_refuses_nothing_is_not_read(subject: str) -> None:
    assert not tokens(subject, "Hi Kavya,\n\nPlease see subject. Thank you.\n\nWei")
