"""Twenty-fourth pass, part R (issue 11): written-33's unread English refusals, in general
forms (rejectwatch.model.decisions_crewed), and the reader's own withdrawal confirmed
(negation._ABOUT_OTHER).

Refusals that must carry a decision token, told by small outfits by text, chat, voicemail,
DM, letter or calendar comment: someone else taken on (and so the reader not needed), a named
other asked to be the post, the post gone to another or not going to the reader, the seat or
berth spoken for, the reader not in the crew picked, no opening after all, nobody taken on
this year, not added to a pool, an onboarding result not passed, a tracker's "not appointing",
the reader not usable on the crew, the answer a no, the reader's name removed from the
shortlist by the employer. Twins that must stay unread: rota messages, trials booked, offers,
receipts, choices still to come, and the reader's own withdrawal confirmed. Every sentence is
written for these tests, in several trades and countries."""

from __future__ import annotations

import pytest

from readings import message_decisions, message_marks
from rejectwatch.model.classifier import held_back
from rejectwatch.model.decisions_crewed import READINGS as CREWED
from rejectwatch.model.features import Document
from rejectwatch.model.negation import ABOUT_OTHER

REFUSALS = [
    # someone else taken on, so the reader not needed
    (
        "Relief milking",
        "Hi Lewis, I've gone with a lad from the next farm over, so I'll not need you.",
    ),
    ("Deliveries", "Sorry Tom, we went with a woman who has her own van, so we won't need you."),
    (
        "Kitchen porter",
        "We've signed a galley hand with two crossings behind them so the berth's gone.",
    ),
    ("Barista", "We've found our new barista, someone who already lives in the village."),
    (
        "Trial shift",
        "Sorry, declining this one - we've already found our weekend waiter, so the trial's "
        "not needed.",
    ),
    ("Nanny", "We've decided to go with a nanny who can drive the school run."),
    (
        "Carer for Mum",
        "We've agreed as a family to go with a carer she already knows, which we think will be "
        "easier on her.",
    ),
    # a named other asked to be the post
    (
        "Assistant engineer",
        "We've asked Jonty to be our assistant engineer; he has been interning with us.",
    ),
    ("Sous chef", "Thanks for the tasting. We've asked Sadia to become our sous chef."),
    # the post went to another, or is not going to the reader
    ("Box office", "The box office lead job went to our deputy in the end."),
    ("Apprenticeship", "The apprenticeship went to a girl who'd been sweeping up here for a year."),
    (
        "Tattoo apprenticeship",
        "Your linework's got promise but the apprenticeship isn't going to you.",
    ),
    (
        "Cook",
        "The cook's job isn't going to you this time, we need someone with a hygiene certificate.",
    ),
    # the seat or berth spoken for
    ("Harvest", "Harvest tractor seat is spoken for now, took on a driver with a trailer ticket."),
    ("Deck berth", "Morning! The deck berth's gone, sorry - the skipper's nephew is coming."),
    # the reader not in the crew picked; no place with the reader's name on it
    (
        "Deckhand",
        "The crewing manager has now selected the crew for the coming season and you're not in "
        "that crew.",
    ),
    (
        "Site crew",
        "Every build shift is allocated now, and there's no crew place with your name on it.",
    ),
    (
        "Watch leader",
        "With so many sailors applying, there's no watch leader berth for you this season.",
    ),
    # no opening after all; nobody taken on this year
    (
        "Counter job",
        "We settled on keeping the shop just the two of us, so there is no opening after all.",
    ),
    ("Library assistant", "The council froze the budget, so there's no vacancy after all."),
    (
        "Lambing",
        "Our daughter is home and taking the nights, so we shan't be taking anyone on this year.",
    ),
    ("Grape harvest", "We won't be taking anyone on for the grape harvest this autumn."),
    # not added, not passed, not appointing
    (
        "Tutor application",
        "Our academic team has decided not to add you to the tutor pool for GCSE maths right now.",
    ),
    ("Relief staff", "The agency has decided not to add you to its bank of relief staff."),
    ("Onboarding result", "Onboarding result: not passed. Your account stays inactive."),
    ("Driver screening", "Screening result - not passed."),
    (
        "RA shortlist",
        "Comment on 'Lottie Pemberton': not appointing - the post needs R from the first week.",
    ),
    ("Hiring tracker", "Row 4, Ama Owusu: not appointing, Ama to get the no-thanks note."),
    # the reader not usable on the crew; the answer a no; fully crewed
    (
        "Roofing",
        "Cant use you on the crew mate, insurance wont cover anyone without the ladder ticket.",
    ),
    (
        "Scaffold build",
        "We can't take you on for the build this year, the insurers want a CSCS card.",
    ),
    (
        "Home care",
        "Sorry, no go on the rural round, the clients are spread out and we need drivers.",
    ),
    ("Front desk", "We've found our front desk person now, so the answer's a no for you, sadly."),
    ("Festival bar", "Hey, the bar manager job went elsewhere, so no dice for you this time."),
    ("Runner", "We're fully crewed for this one, the producer brought her own people in."),
    # the reader's name removed from the shortlist by the employer
    ("Stock room", "Heads-up: the stock room job's gone to a temp who has been with us since May."),
    ("Caretaker", "We have removed your name from the shortlist for the caretaker post."),
    ("Bursar", "The panel has taken you off the list for the bursar role after the references."),
]

TWINS = [
    # rota messages
    ("Sunday", "Hi Sam, we won't need you this Sunday, the shift is covered - see you Tuesday."),
    ("Saturday", "We're fully staffed on Saturday so you can have the day off, back on Monday."),
    ("Sunday cover", "We've found a cover guy for Sunday so we won't need you, enjoy the lie-in."),
    ("Swap", "Your Sunday shift is gone to Ellie as you asked for the swap."),
    (
        "Ferry",
        "Sorry, no go on the ferry today, it's cancelled for weather; your shift moves to "
        "Thursday.",
    ),
    ("Sunday", "We can't use you on Sunday, we've got enough hands, but Wednesday is still yours."),
    # trials booked, offers, receipts
    (
        "Trial shift",
        "Your trial shift is booked for Friday at 10, we've found a spare apron for you.",
    ),
    ("Trial", "We've found a slot for your trial on Thursday, bring your knives."),
    ("Trial time", "We've gone with a later start for your trial, 11am instead of 9."),
    ("First shift", "We've asked Priya to be your buddy on your first shift."),
    ("Trial", "We've asked Jonty to be at your trial on Saturday to show you the desk."),
    ("Induction", "We've asked Tom to be the contact for your induction."),
    ("Welcome", "The job is yours - we've signed you up for the September intake."),
    ("Offer", "The apprenticeship is going to you if you want it! Start Monday."),
    ("Offer", "The job went to you! We'd love you to start on the 3rd."),
    ("Slots", "The 2pm slot is taken, can you do 3pm instead?"),
    ("Received", "Thanks for applying, we've found your CV and the farmer will ring you."),
    ("Onboarding result", "Onboarding result: passed. Welcome to SparkClean!"),
    ("Application result", "Application result: received. Next we'll check your references."),
    ("Trial", "We've taken on a new chef and we'll be in touch about your trial on Friday."),
    # choices still to come
    ("Crew", "No decision has been made yet; the crew isn't selected until March."),
    ("Crew", "If the job went to someone else we would tell you straight away."),
    ("Barista", "Once we've found our new barista I'll let you know about the rota."),
    (
        "Driver",
        "If we've gone with a local driver by then, I'll not need you, but nothing's settled.",
    ),
    ("Harvest", "We won't be taking anyone on until the grant comes through, then I'll ring you."),
    # the reader's own withdrawal confirmed
    (
        "Withdrawal",
        "We have removed your name from the shortlist as you asked, and won't contact your "
        "referees.",
    ),
    (
        "Withdrawal",
        "We note your wish to withdraw from the appointment process. We have removed your name "
        "from the shortlist and will not contact your referees.",
    ),
    (
        "Bursar",
        "As requested, we've taken you off the list for the bursar role. Good luck with the "
        "new job.",
    ),
    ("Crew list", "Following your message we have taken you off the crew list for the season."),
    (
        "Your news",
        "Thanks for letting us know you've accepted another post; we have removed your name "
        "from the shortlist.",
    ),
    (
        "Withdrawal",
        "We respect your decision to withdraw and have removed your name from our list of "
        "applicants.",
    ),
]

WITHDRAWALS = [
    (
        "Guides chat",
        "[09:30] Sam: Hi Jo, I've got a job elsewhere, could you take me off the guide list?\n"
        "[09:41] Jo: No problem, thanks for telling me! I've taken you off the list. Congrats",
    ),
    (
        "Withdrawal of application",
        "Dear Ana,\n\nWe note your wish to withdraw from the teaching assistant appointment "
        "process. We have removed your name from the shortlist.\n\nRegards,\nSchool office",
    ),
    (
        "Your application",
        "Hi Joe, thanks for telling us about your decision to withdraw. You're off the list "
        "for the warehouse job and we won't call your referees.",
    ),
    (
        "Picker job",
        "Hi Sol, thanks for letting us know you've taken another job. We've taken you off the "
        "picking crew list.",
    ),
    (
        "Kitchen porter",
        "As requested, we've removed your name from the list for the kitchen porter post.",
    ),
]


@pytest.mark.parametrize(("subject", "body"), REFUSALS)
def test_the_refusals_are_read(subject: str, body: str) -> None:
    assert message_decisions(subject, body)


@pytest.mark.parametrize(("subject", "body"), TWINS)
def test_the_twins_stay_unread(subject: str, body: str) -> None:
    assert not message_decisions(subject, body)


@pytest.mark.parametrize(("subject", "body"), WITHDRAWALS)
def test_the_readers_withdrawal_is_marked_as_such(subject: str, body: str) -> None:
    marks = message_marks(subject, body)
    assert ABOUT_OTHER in marks
    assert not message_decisions(subject, body)


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Withdrawal of application",
            "Dear Ana,\n\nWe note your wish to withdraw from the teaching assistant appointment "
            "process. We have removed your name from the shortlist and will not contact your "
            "referees.\n\nRegards,\nSchool office",
        ),
        (
            "Guides chat",
            "[09:30] Sam: Hi Jo, I've got a job elsewhere, could you take me off the guide list?\n"
            "[09:41] Jo: No problem! I've taken you off the list. Congrats",
        ),
    ],
)
def test_the_readers_withdrawal_is_held_below_filing(subject: str, body: str) -> None:
    assert held_back(Document(subject, body, "office@school.example"))


def test_a_name_removed_by_the_employer_is_not_held() -> None:
    body = "Dear Ana,\n\nAfter the references we have removed your name from the shortlist."
    assert not held_back(Document("Teaching assistant", body, "office@school.example"))


@pytest.mark.parametrize(
    "body",
    [
        "We have finished selecting watch leaders. There's no watch leader berth for you this "
        "season. You remain very welcome aboard as a voyage crew member.",
        "Sorry Jo, the paid bar job went to a regular, but you are still welcome aboard as a "
        "volunteer on festival weekend.",
    ],
)
def test_a_welcome_in_another_capacity_is_no_offer(body: str) -> None:
    assert message_decisions("Crew", body)
    assert not held_back(Document("Crew", body, "crew@trust.example"))


@pytest.mark.parametrize(
    "body",
    [
        "Welcome aboard! You start on Monday as our deckhand.",
        "Great news - welcome to the team. Your contract is on its way.",
    ],
)
def test_an_offers_welcome_is_still_held(body: str) -> None:
    assert held_back(Document("Crew", body, "crew@trust.example"))


# Part U (issue 11, twenty-fourth pass): a hostile re-read of part R's forms. Other mail in
# their words must stay unread: a volunteer rota, a mailing list, a newsletter's reported
# speech, a raffle, a refusal turned into an invitation, a hire beside the reader's own.
PART_U_TWINS = [
    (
        "Beach clean rota",
        "We're fully crewed for the show now, so no need to come in - see you at the party.",
    ),
    ("Rota", "Can't use you on the crew this Sunday, we've enough hands, but Wednesday's yours."),
    (
        "Apprenticeships",
        "In this issue: the garage down the road says they won't be taking anyone on this "
        "year, but we are! Apply for our apprenticeship by Friday.",
    ),
    (
        "Careers bulletin",
        "Several firms we spoke to said there is no vacancy after all for school leavers; here "
        "is where to look instead.",
    ),
    (
        "Unsubscribe",
        "We have removed your name from our mailing list. You will no longer receive job alerts.",
    ),
    ("Newsletter", "We have taken you off the list for the monthly newsletter."),
    ("Summer fair", "Sorry, no dice for you this time on the raffle! Thanks for buying a strip."),
    (
        "Your application",
        "We're fully staffed for this season, but we'd still like to interview you for next "
        "year - does Tuesday suit?",
    ),
]

# ... and the refusals in part R's forms stay read
PART_U_REFUSALS = [
    ("Runner", "We're fully crewed for this production, thanks for applying."),
    (
        "Parking attendant",
        "Thanks for applying to be a parking attendant - the answer's a no for you.",
    ),
    ("Apprenticeship", "Sadly we won't be taking anyone on this year for the apprenticeship."),
    ("Caretaker", "We have removed your name from the shortlist for the caretaker post."),
    ("Deckhand", "We've taken on another deckhand, so we won't need you this season."),
    ("Shop", "The owners have decided, so there's no vacancy after all."),
    ("Roofing", "Can't use you on the crew this year, the insurer wants a ladder ticket."),
]


@pytest.mark.parametrize(("subject", "body"), PART_U_TWINS)
def test_part_u_twins_stay_unread(subject: str, body: str) -> None:
    assert not message_decisions(subject, body)


@pytest.mark.parametrize(("subject", "body"), PART_U_REFUSALS)
def test_part_u_refusals_stay_read(subject: str, body: str) -> None:
    assert message_decisions(subject, body)


@pytest.mark.parametrize(
    "sentence",
    [
        # a hire beside the reader's own, or one who serves the reader
        "congratulations, the job is yours! we've taken on another apprentice too.",
        "great news: we've taken on a new trainer who will run your induction.",
        # a draw's or a course's place
        "your ballot place went to another entrant; better luck next year.",
        "the course place went to another student as you didn't pay the deposit.",
        # a rule for later, in a receipt
        "please note: not appointing until the spring term.",
    ],
)
def test_part_u_part_rs_readings_leave_these_alone(sentence: str) -> None:
    # (the whole message may still be read by older readings; part R's own forms must not)
    assert not [token for token, _, pattern in CREWED if pattern.search(sentence)]
