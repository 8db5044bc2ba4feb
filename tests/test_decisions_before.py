"""Twenty-first pass, part J (issue 11): the kinds of written-27 (a breadth batch written before
the fact) that no reading held: someone else chosen in the sender's own words, the places gone,
a list without the reader, a test not passed, a file closed, a status changed. Each kind in
several wordings and sectors, with twins in the same words that carry no decision. Every
sentence is written for these tests (none is copied from written-27)."""

from __future__ import annotations

import pytest

from rejectwatch.model.features import Document, documents_to_views
from rejectwatch.model.negation import CHOSE_OTHER, READER_OUT, ROLE_GONE, STATUS_REFUSED


def tokens(subject: str, body: str) -> set[str]:
    """The decision tokens a whole message (subject, sender, body) is given."""
    texts, _ = documents_to_views([Document(subject, body, "office@employer.example")])
    found = texts[0].rsplit("\n", 1)[-1].split()
    return {READER_OUT, CHOSE_OTHER, ROLE_GONE, STATUS_REFUSED}.intersection(found)


@pytest.mark.parametrize(
    ("body", "token"),
    [
        # someone else chosen
        (
            "The trustees met last night and have called Benedetta to the post of verger. Thank "
            "you for your patience.",
            CHOSE_OTHER,
        ),
        (
            "The selection board has met. Mr Quansah has been appointed to the post of deputy "
            "harbourmaster.",
            CHOSE_OTHER,
        ),
        (
            "The depot manager has given the driver trainer role to Wendell from the early shift.",
            CHOSE_OTHER,
        ),
        (
            "We've taken on Ottoline for the glazing apprenticeship instead, as she has her "
            "ladder ticket.",
            CHOSE_OTHER,
        ),
        (
            "He's signed Ferdinand as the relief organist instead - he has played here before "
            "and the choir knows him.",
            CHOSE_OTHER,
        ),
        (
            "The board has asked our existing deputy to move up into the head groundsman role.",
            CHOSE_OTHER,
        ),
        ("Sorry, but Marguerite has the last galley berth, as she can also bake.", CHOSE_OTHER),
        ("All the places went to people from the spring intake.", CHOSE_OTHER),
        (
            "The funded master's place has been offered to, and accepted by, a candidate from "
            "Leuven.",
            CHOSE_OTHER,
        ),
        ("My nephew needs the work, so the Saturday shift is his from the 4th.", CHOSE_OTHER),
        # the places gone
        ("Got a retired shepherd in for calving, so I'm sorted. Cheers anyway.", ROLE_GONE),
        (
            "We hired the lass from the village for the kennel job, so the yard is full until "
            "next spring.",
            ROLE_GONE,
        ),
        ("All ten bunks on the research vessel are taken.", ROLE_GONE),
        ("The picker list is closed for this season.", ROLE_GONE),
        ("The company is full for the tour, so there's no spot for a second bassist.", ROLE_GONE),
        ("barista job filled. cheers", ROLE_GONE),
        ("Tamsin - filled. Odile\n", ROLE_GONE),
        ("Coach has had a look and is keeping the squad unchanged.", ROLE_GONE),
        # a list without the reader
        ("The list of those chosen for the residency does not include you.", READER_OUT),
        ("The final merit list leaves your name off.", READER_OUT),
        (
            "Results are out. Seat number QX-4471 does not appear in the merit list of "
            "selected candidates.",
            READER_OUT,
        ),
        ("Rosters are done and your name didn't make it onto the list, sorry.", READER_OUT),
        ("The panel declined to add your name to the roll of assessors.", READER_OUT),
        ("The rota is tight, so we won't add you to the list this season.", READER_OUT),
        ("The vote fell short, so we can't bring you on board this year.", READER_OUT),
        ("The director released everyone on the standby list, you included.", READER_OUT),
        # a test not passed, a file closed, a status changed
        (
            "Your swim was 40 seconds over the limit, which ends your lifeguard application.",
            READER_OUT,
        ),
        ("Today is where your trainee signaller application ends, I'm sorry to say.", READER_OUT),
        ("Your security clearance has not been granted.", READER_OUT),
        ("Your place on the apprentice electrician programme has been withdrawn.", READER_OUT),
        ("Your access to project Kestrel has been revoked after the review.", READER_OUT),
        ("I have closed your candidate file with us.", READER_OUT),
        ("Your driver account will not be activated.", READER_OUT),
        ("Your entry has been placed in our archive with thanks.", READER_OUT),
        ("Status update\nYour berth: not offered\nThe boat sails on the 3rd.", READER_OUT),
        (
            "The ship's office has filled its places. Your name sat on the waiting list until "
            "last week, when the waiting list was closed.",
            READER_OUT,
        ),
        # a board's card moved to a column that closes it
        (
            'Ines moved Robin Hale from "Phone screen" to "Closed - not hired" on Barista hiring.',
            STATUS_REFUSED,
        ),
    ],
)
def test_decisions_before_the_fact_are_read(body: str, token: str) -> None:
    assert token in tokens("Update", body)


@pytest.mark.parametrize(
    "body",
    [
        # the same words going the other way, or something still to come
        "The trustees would like you to read at evensong before they call anyone to the post.",
        "Mr Quansah has been appointed to the panel that will interview you on Friday.",
        "The depot manager has given the rota to Wendell from the early shift to check.",
        "We've taken on Ottoline for the summer, and she'll show you round on Monday.",
        "Would you be willing to step up into the head groundsman role from June?",
        "You have the last galley berth, as you can also bake.",
        "All the places went to you and your crew, well done!",
        "The master's place has been offered to you; please accept by Friday.",
        "The Saturday shift is yours from the 4th.",
        "Got your form for calving, so I'm sorted for the paperwork. See you Monday.",
        "All ten bunks are taken by the time the boat sails, so book early.",
        "All pitches are given out on the day of the fair, first come first served.",
        # (twenty-seventh pass, part F: a market's pitches are a trader's booking, not a post;
        # written-41's stallholder refusal was read as a post gone)
        "All the pitches at the summer market have been allocated.",
        "The picker list is closed until Monday; add your name then.",
        "The band is full of good players, so bring your best.",
        "barista job still going. come tuesday 9am",
        "Tamsin - Monday, 8am, front office. Odile\n",
        "Coach is keeping the squad session at 7pm as planned, see you there.",
        "The list of those chosen for the residency includes you - congratulations!",
        "Your seat number QX-4471 appears in the merit list of selected candidates.",
        "Your name made it onto the list, see you at the briefing.",
        "We won't add you to the list until your DBS certificate arrives.",
        "We can't bring you on board unless the medical is done by Friday.",
        "If the production locks early, we'll release the standby list, you included.",
        "That ends the paperwork side of your application; your start date is 2 June.",
        "Your security clearance has been granted.",
        "Your place on the programme will be released if you don't confirm by Friday.",
        "Your access to project Kestrel is now open; do the calibration tasks this week.",
        "We've kept your candidate file open for the spring term.",
        "Your driver account won't be activated until the insurance document is uploaded.",
        "Status update\nYour berth: confirmed\nThe boat sails on the 3rd.",
        'Ines moved Robin Hale from "Phone screen" to "Onsite" on Barista hiring.',
        "She has done it before and we'd love you to show her the ropes on Monday.",
        "Timesheet - filled. Thanks for the reminder.",
    ],
)
def test_their_twins_carry_no_decision(body: str) -> None:
    assert tokens("Update", body) == set()
