"""Twenty-fifth pass, part B (issue 11): English refusals still unread, in general forms
(rejectwatch.model.decisions_unshortlisted, and one still-to-come exception of
rejectwatch.model.negation).

Refusals that must carry a decision token: someone else taken on or asked, so the post is
covered or the sender sorted for that kind of hand; no room to add the reader; the roster, crew
or intake full; no start (or place) for the reader this time; the cast, squad or shortlist
picked and the reader not in it; the reader not admitted to the next stage; a review still
running but the reader's own application not shortlisted; the post offered to an internal
candidate who accepted. Twins that must stay unread: an internal candidate who may also apply,
a shortlist still to come, a cast still to pick, the reader admitted, a casting call, rota talk,
an SMS interview reminder. Every sentence is written for these tests, in several trades."""

from __future__ import annotations

import pytest

from readings import message_decisions

REFUSALS = [
    # someone else taken on or asked, so the post covered / the sender sorted for that hand
    (
        "Re: helping out on the farm",
        "Thanks for the offer, Niamh. We've taken on Josie from down the lane, who can do the "
        "early milking, so the relief milker job is covered now.",
    ),
    (
        "Saturday help at the shop",
        "Hi Ravi, we've hired Tomasz, who already knows the till, so the Saturday assistant "
        "post is filled.",
    ),
    (
        "Stable hand",
        "I've asked a girl from the riding school who has her BHS stage 2, so I'm sorted for a "
        "groom this season.",
    ),
    (
        "Boat yard apprentice",
        "Had a think - we've taken on a lad from the college who's finished his first year, so "
        "we're sorted for an apprentice this year.",
    ),
    # no room to add the reader
    (
        "Your roster application",
        "Thanks for the audition tape. The tutor roster is now full and there's no room to add "
        "you this term.",
    ),
    (
        "Re: string quartet deps",
        "Lovely playing, but there's no room to take you on for the summer season.",
    ),
    # the roster, crew or intake full
    (
        "Picking",
        "Thanks for applying. Our packing crew for the apple harvest is now full, so no start "
        "for you this season.",
    ),
    (
        "Volunteer drivers",
        "Thanks Hana - the driver roster for the winter is full, we won't be adding anyone.",
    ),
    # no start (or place) for the reader this time
    (
        "Fwd: Text message",
        "Forwarded text message\nFrom: 88012 (Hollins Berry Farm)\n\nHollins Berry Farm: Hi "
        "Jo, thanks for applying. No start date for you this time. Reply STOP to opt out.",
    ),
    (
        "Warehouse temps",
        "Hi Kemal, we've filled the peak-season shifts, there's no work for you this year.",
    ),
    # the cast, squad or shortlist picked and the reader not in it
    (
        "Callback results",
        "The director has picked the cast for the spring tour and you are not in it.",
    ),
    (
        "Squad",
        "Coach has chosen the squad for the academy season and I'm afraid you aren't in it.",
    ),
    (
        "Shortlist",
        "We've finalised the shortlist for the archivist post and unfortunately you're not on it.",
    ),
    # the reader not admitted to the next stage
    (
        "Graduate programme",
        "Thank you for completing the online tests. We cannot admit you to the next stage of "
        "the graduate programme.",
    ),
    (
        "Assessment centre",
        "Thank you for your video interview. We are unable to move you to the next round.",
    ),
    (
        "Trainee solicitor scheme",
        "After review we are not able to admit you to the next phase of the scheme.",
    ),
    # a review still running, the reader's own application not shortlisted
    (
        "Data analyst",
        "We are still reviewing applications, and sadly yours has not been shortlisted.",
    ),
    (
        "Ward sister",
        "The panel is still interviewing for other posts, but unfortunately your application "
        "was not shortlisted for this one.",
    ),
    (
        "Site manager",
        "We're still assessing candidates, and I'm afraid you haven't been shortlisted.",
    ),
    # the post offered to an internal candidate first, who accepted
    (
        "Finance assistant",
        "The role was offered to an internal candidate first and they accepted.",
    ),
    (
        "Head of year",
        "The post was first offered to a colleague already on the staff, who has accepted it.",
    ),
]

TWINS = [
    ("Finance assistant", "An internal candidate may also apply; we will let you know."),
    (
        "Data analyst",
        "We are still reviewing applications and will shortlist by Friday.",
    ),
    ("Callback results", "The director will pick the cast next week."),
    ("Callback results", "The director has picked the cast and you are in it! Rehearsals Monday."),
    (
        "Graduate programme",
        "Congratulations, you are admitted to the next stage of the graduate programme.",
    ),
    (
        "Graduate programme",
        "We cannot admit you to the next stage until you upload your transcript.",
    ),
    (
        "Casting call",
        "Open casting call: the director is picking the cast for the spring tour, auditions "
        "Saturday.",
    ),
    (
        "Interview reminder",
        "Forwarded text message\nFrom: 70211 (Hollins Berry Farm)\n\nHollins Berry Farm: Hi "
        "Jo, reminder of your interview tomorrow at 10am. Reply STOP to opt out.",
    ),
    # rota talk and things, not posts
    ("Sunday", "The Sunday shift is covered, so we won't need you this weekend."),
    ("Minibus", "Sorry, the minibus is full and there's no room to take you in the van."),
    ("Group chat", "There's no room to add you to the group chat, it's at its limit."),
    ("Saturday", "Our crew for Saturday is full, but can you do Sunday?"),
    ("Team", "Our team is full of people who love a challenge - come and meet us Monday."),
    ("Intake", "The September intake is full, so we've moved you to the January intake."),
    (
        "Under-12s trial",
        "Thanks for bringing Leo to the trial. The squad is full this term, so no place for "
        "him in the match group.",
    ),
    ("School place", "The reception intake is full for September, sorry."),
    (
        "Mailing list",
        "Hi all, apt fails here.\n\nI performed another test copying the file to /root/Download"
        "\n\nAny ideas?",
    ),
    ("Start", "No start date for you yet - we'll confirm once your checks are back."),
    ("Induction", "We've taken on Amy, who will train you, so the induction is covered."),
    ("Lift", "I've asked a mate to pick you up, so we're sorted for a lift on Saturday."),
    (
        "Shortlist",
        "We've finalised the shortlist and you're on it - interviews are on the 12th.",
    ),
]


@pytest.mark.parametrize(("subject", "body"), REFUSALS)
def test_the_refusals_are_read(subject: str, body: str) -> None:
    assert message_decisions(subject, body)


@pytest.mark.parametrize(("subject", "body"), TWINS)
def test_the_twins_stay_unread(subject: str, body: str) -> None:
    assert not message_decisions(subject, body)
