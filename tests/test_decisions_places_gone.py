"""Twenty-eighth pass, part E (issue 11): a small outfit's places gone to others, in the forms
slice 26's wide English misses showed unread (rejectwatch.model.decisions_places_gone), each
written here in several settings and channels beyond the trades the slice showed: an office, a
lab, a school, a charity, a theatre, a newsroom, a club, by mail, a page's reply, a reply-all, a
noticeboard and an e-sign platform.

Refusals that must carry a decision token: room for one only and another taken on; the post
being given to the other; the hands set or sorted for the term; no slot for the reader this
time; last year's people taken back. Twins that must stay unread: a trial day offered, a season
full for customers, a noticeboard's "position still open", a reply-all confirming a group
interview, a newsletter announcing a new hire to members, an e-sign request for a contract, a
thing handed over for a task, a day's rota, the reader among those set or taken back.

Every sentence is written for these tests.
"""

from __future__ import annotations

import pytest

from readings import message_decisions

REFUSALS = [
    # room for one only, and another taken on
    (
        "Re: summer internship",
        "Thanks for coming in. We could only afford one intern this summer, and we have taken "
        "on a student who already knows our database.",
    ),
    (
        "Re: research assistant",
        "Dear Ola,\n\nThe grant only had money for one assistant, so we went with a graduate "
        "from the department who has run the survey before.\n\nBest,\nDr Mensah",
    ),
    (
        "Re: teaching assistant post",
        "We can only take one trainee this term, and we've picked someone who already "
        "volunteers in the reception class.",
    ),
    (
        "Your message to Harbour Lights Theatre",
        'Harbour Lights Theatre replied to your message:\n"Hi Josh, we only had room for one '
        'stage manager on the tour, and we hired a woman who toured with us last spring."',
    ),
    (
        "Re: newsroom placement",
        "Sadly we could only take on one placement student, and I've chosen a girl from the "
        "journalism course who can do the full six weeks.",
    ),
    (
        "Re: volunteer coordinator",
        "The charity can only pay for one coordinator, and we have gone with a local who ran "
        "the food bank last year.",
    ),
    (
        "Re: junior developer",
        "Hi Ravi, honestly the budget only stretched to one hire. We only need one developer, "
        "and we've hired someone else with more React work behind them.",
    ),
    (
        "Re: lab technician",
        "We only have space for one technician in the lab, so we've signed up a graduate who "
        "trained on the sequencer.",
    ),
    # the post being given to the other
    (
        "Re: assistant editor",
        "It was close, but the job needs someone who can start in January, so I'm giving it to "
        "the other candidate.",
    ),
    (
        "Re: gallery assistant",
        "Thank you for your time on Friday. We're offering the position to someone else who has "
        "more framing experience.",
    ),
    (
        "Re: club coach role",
        "Hi Tom, after both sessions we've decided to give the job to another applicant.",
    ),
    (
        "Re: receptionist",
        "You interviewed really well, but I'm going to offer it to the other applicant, who "
        "speaks Polish.",
    ),
    (
        "Re: school caretaker",
        "The governors met last night and they're offering the post to someone else. I'm sorry.",
    ),
    (
        "Facebook page reply",
        'Elm Street Community Cafe replied to your message:\n"Hi Femi! Thanks so much for '
        "asking about the barista job. We've given it to the other girl who did the trial "
        'before you. Good luck x"',
    ),
    (
        "Re: office manager",
        "You don't have the payroll background we need yet, so we've offered the role to "
        "another candidate.",
    ),
    (
        "Re: apprentice",
        "You can't do Saturdays until March, so I'm giving the apprenticeship to the other lad.",
    ),
    # the hands set or sorted for the term
    (
        "Re: helping at the summer school",
        "Thanks Lena. The tutors are all set for this summer, we kept everyone from last year.",
    ),
    (
        "Re: volunteering",
        "Hi Marcus, our volunteer team's sorted for this year. Do try again next spring.",
    ),
    (
        "Reply to your enquiry",
        "Thank you for asking about ushering. Our ushers are set for the season now.",
    ),
    (
        "Re: museum guide",
        "We've got our guides sorted for the season, I'm afraid. Maybe next year.",
    ),
    (
        "Re: youth leader post",
        "Hi Alex, we've got our leaders all sorted for this term, all of them from the parish.",
    ),
    (
        "Message from Brookside Allotments",
        'Brookside Allotments replied to your message:\n"Hi Jo! The site wardens are picked '
        'for the year now. Thanks for thinking of us 🌱"',
    ),
    (
        "Re: research interns",
        "Hello, the interns are chosen for this programme, so that's us done. Thanks.",
    ),
    (
        "Re: lifeguard",
        "Cheers for getting in touch, the lifeguard staff is set for the summer.",
    ),
    # no slot for the reader this time
    (
        "Re: exhibition invigilator",
        "The invigilator list is full with people who've done our shows before, so there's no "
        "slot for you this time.",
    ),
    (
        "Re: festival volunteering",
        "We had so many returning volunteers that there's no slot for you this year, sorry.",
    ),
    (
        "Re: teaching cover",
        "Thanks for applying to the supply pool. I'm afraid there's no slot for you this term.",
    ),
    (
        "Re: radio show",
        "Hi Kai, the schedule's packed with presenters we already know, so no slot for you this "
        "season.",
    ),
    (
        "Re: marshal",
        "Unfortunately there are no slots left for you this series; the team is complete.",
    ),
    (
        "Re: conference crew",
        "Thanks, Nia. The crew filled up with last year's helpers, so there's no slot for you "
        "this year.",
    ),
    # last year's people taken back
    (
        "Re: seasonal post",
        "Thanks for asking. We took back last year's guides plus one student from the town.",
    ),
    (
        "Re: exam invigilation",
        "We've had last year's invigilators back, all of them, so that's everyone we need.",
    ),
    (
        "Re: summer camp staff",
        "Hi, we're taking back all of last summer's leaders, so the camp is staffed.",
    ),
    (
        "Re: box office",
        "We've brought last season's staff back for the box office. Thanks for writing.",
    ),
    (
        "Re: election count",
        "The council got last year's tellers back this time. We'll keep your name.",
    ),
    (
        "Re: kitchen helpers",
        "We're getting back last year's volunteers for the lunch club, sorry.",
    ),
    # a page's reply, a noticeboard reply and a reply-all, in these forms
    (
        "Noticeboard reply",
        "Re your note on the board: we've got our cleaners sorted for this year. Thank you.",
    ),
    (
        "Reply all: Saturday helpers",
        "Hi all, thanks for putting your names forward. We could only take one helper for the "
        "stall, and we've picked someone who did it last year.",
    ),
    (
        "Your conversation with Greenway Rowing Club",
        'Greenway Rowing Club replied to your message:\n"Thanks Ben! Our coaches are set for '
        'the season, but do come and row with us."',
    ),
    (
        "Re: data analyst",
        "We only have headcount for one analyst, and we've gone with someone else who knows "
        "the finance system.",
    ),
]

TWINS = [
    # a trial day offered
    ("Re: kitchen", "Can you come in for a trial day on Thursday? Bring your whites."),
    (
        "Re: apprentice",
        "We can only take one apprentice this year, so we'd like you to come in for a trial.",
    ),
    # a season full for customers
    ("Re: booking", "Sorry, the campsite is full for this season, try us in spring."),
    ("Re: appointment", "There's no slot for you this time at the clinic, please call back."),
    ("Re: lessons", "No slot for you this term on the course, but the waitlist is open."),
    # a noticeboard's position still open
    ("Noticeboard", "The trainee position at the library is still open, apply by Friday."),
    # a reply-all confirming a group interview
    (
        "Reply all: group interview",
        "Hi all, the crew is set for the group interview on Tuesday at 10. See you there.",
    ),
    (
        "Reply all: assessment day",
        "Thanks all, we only have one assessment room, and we've booked it for Thursday.",
    ),
    # a newsletter announcing a new hire to members
    (
        "Members' newsletter",
        "We only had budget for one new post, and we have taken on a new warden, Sam, who "
        "starts in May. Please make him welcome!",
    ),
    (
        "Club newsletter",
        "Good news: we took back last year's coaches, and they're delighted to be joining us "
        "again. Welcome back!",
    ),
    # an e-sign request for a contract
    (
        "Please sign: employment contract",
        "Adanna sent you a document to sign. Message: \"Hi Saoirse, we're offering the role "
        'to you, please sign by Friday."',
    ),
    # the reader's own start, the reader among those set or taken back
    ("Re: seasonal work", "The picking crew is set, you start on Monday at seven."),
    ("Welcome", "The tutors are all set for this summer and you're one of them!"),
    ("Re: summer", "We're taking back last year's leaders, and we'd love you to join them."),
    ("Re: rota", "Your team is set for the season, here's the rota."),
    (
        "School newsletter",
        "Our teachers are all set for this term and delighted to welcome the new year 7s.",
    ),
    # a thing handed over for a task, a day's cover, a customer's order
    ("Re: report", "I'm giving it to the other lad to finish while you're on leave."),
    ("Re: report", "I'm giving the report to the other lad to check."),
    ("Re: shift", "I'm giving the Saturday shift to the other lad this week."),
    ("Re: returns", "We took back last year's stock and refunded the orders."),
    # a team for a day's outing, a match or a quiz
    ("Re: quiz", "The quiz team is set now, thanks!"),
    ("Re: match", "The players are picked for Saturday's match."),
    ("Re: fun run", "Our marshals are all sorted for the fun run on Sunday."),
    # a condition ahead
    (
        "Re: placement",
        "If you can't start until autumn, I'm giving it to the other candidate.",
    ),
]


@pytest.mark.parametrize(("subject", "body"), REFUSALS)
def test_the_refusals_are_read(subject: str, body: str) -> None:
    assert message_decisions(subject, body)


@pytest.mark.parametrize(("subject", "body"), TWINS)
def test_the_twins_stay_unread(subject: str, body: str) -> None:
    assert not message_decisions(subject, body)


_SLICE_FORMS = [
    # the five forms as slice 26 showed them, in other words of their own
    "You can't start till June, so I'm giving it to the other lad.",
    "I can only afford one trainee this year, and I have taken on a lad who already frames.",
    'Fell Ponies replied to your message:\n"Hi! We\'ve got our leaders sorted for this year."',
    "The rota is full with people who've stewarded here before, so no slot for you this time.",
    "The boiling crew is set, we took back last year's people.",
]


@pytest.mark.parametrize("body", _SLICE_FORMS)
def test_the_slices_forms_are_read(body: str) -> None:
    assert message_decisions("Re: helping out", body)
