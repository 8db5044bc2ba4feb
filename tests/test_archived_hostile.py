"""Twenty-fifth pass, part K (issue 11): a hostile re-read of parts A and B
(rejectwatch.model.decisions_archived, decisions_unshortlisted).

Mail that must stay unread: an ATS digest or a vacancy's own row whose "Status: Archived" is a
closed advert's, a status changed after the reader's own withdrawal, a weekend roster or a
swimming pool full, a bake sale's or an open day's helpers, a weekend's cleaner, no room on a
trip, no start because a course is full, a shortlist email sent by mistake, a raffle's running,
a priority that still considers the reader. Refusals that must stay read beside them: the
reader's own application archived or made inactive, a crew full with no start, no room on the
team, the post offered to another while others may apply for a reserve list. Every message is
written for these tests, in several trades."""

from __future__ import annotations

import pytest

from readings import message_decisions

NOT_REFUSALS = [
    # a digest's or a vacancy's status, not the reader's application's
    (
        "Your weekly job digest",
        "Roles you follow\n\nWarehouse Operative - Leeds - Status: "
        "Archived\nForklift Driver - Bradford - Status: Archived\nPicker Packer - Wakefield - "
        "Status: Open",
    ),
    (
        "Job alert: 3 new roles",
        "Barista, Leeds\nStatus: Open\n\nLine Cook, York\nStatus: "
        "Archived\n\nKitchen Porter, Hull\nStatus: Open",
    ),
    (
        "Saved job update",
        "The Marketing Assistant job you saved has been taken down by the "
        "employer. Status: Archived.",
    ),
    (
        "Your vacancy",
        "Vacancy: Sous Chef (Harrogate)\nStatus: Archived\nApplicants: 42\n\nRepost "
        "it from your dashboard.",
    ),
    ("Job status", "Job status: Archived\nThe advert closed on 3 March."),
    (
        "Alerts paused",
        "Status: Inactive\nYour job alert subscription is paused. Turn it back on any time.",
    ),
    # after the reader's own withdrawal
    (
        "Withdrawal received",
        "Following your withdrawal, your application status has been "
        "changed to Inactive. Good luck with the new job!",
    ),
    # rota, pool, bake sale, trip, course
    ("Rota", "Our weekend roster is now full. Please pick another shift in the app."),
    ("Lanes", "Our swimming pool is full this afternoon, the gym is open though."),
    ("Bake sale", "The volunteer roster for the bake sale is full, thanks so much everyone!"),
    ("Summer trip", "We have no room to take you on the trip, the coach only seats forty."),
    (
        "Autumn intake",
        "There's no start date for you this time because the course is full; "
        "apply for the January course.",
    ),
    (
        "Spring news",
        "Spring news from Fernhill Farm\n\nOur picking crew is full for the "
        "strawberry open days - book tickets now! Txt STOP to opt out",
    ),
    ("Cleaning", "I've asked Jenny to do the Saturday, so I'm sorted for a cleaner this weekend."),
    # a shortlist email by mistake, a raffle, a priority that still considers the reader
    ("Oops", "We left you off the shortlist email by mistake - you are shortlisted, see attached."),
    ("Staff raffle", "You're no longer in the running for the raffle prize, sorry!"),
    (
        "Your application",
        "Other applicants hold the licence already, so we give them priority; "
        "you are still considered and we'll be in touch.",
    ),
]

REFUSALS = [
    (
        "Orrin Labs",
        "Hi Ana,\n\nApplication: Warehouse Operative\nStatus: Archived\n\nThis is "
        "an automated notification.",
    ),
    (
        "Application update",
        "Hello Kwame,\n\nThe status of your application for Site Engineer "
        "changed to Inactive.\n\nBuildwell Careers",
    ),
    (
        "Application update",
        "Thanks for applying. Unfortunately your application has been moved to the archive.",
    ),
    ("Shop floor", "Thanks Priya, we have decided to move your application to our archive."),
    ("Picking", "Hi Dev, sorry the harvest crew is full, no start for you this season."),
    ("Re: joining", "Sorry, there's no room to add you to the team this season."),
    # a refusal beside others who may apply for something else
    (
        "Re: application",
        "We've offered the role to someone else; other applicants may also "
        "apply for the reserve list.",
    ),
]


@pytest.mark.parametrize(("subject", "body"), NOT_REFUSALS)
def test_not_a_refusal_stays_unread(subject: str, body: str) -> None:
    assert not message_decisions(subject, body)


@pytest.mark.parametrize(("subject", "body"), REFUSALS)
def test_refusal_stays_read(subject: str, body: str) -> None:
    assert message_decisions(subject, body)
