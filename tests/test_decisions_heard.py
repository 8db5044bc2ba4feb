"""Twenty-second pass, part A (issue 11): blind slice 20's English misses in the kinds issue 11
names, read by kind: someone else taken on and what they bring, a committee giving the post to
another, someone brought in from elsewhere in the firm, the ones chosen having more, "that's us
done" after a reason, decided against asking the reader to a stage, sorted with someone else
doing the days, another person taken in a non-native writer's words, a tracker's status ended by
the employer. Each kind in several wordings and sectors, with twins in the same words that carry
no decision. Every sentence is written for these tests (none is copied from slice 20)."""

from __future__ import annotations

import pytest
from tests.test_decisions_before import tokens

from rejectwatch.model.negation import CHOSE_OTHER, READER_OUT, STATUS_REFUSED


@pytest.mark.parametrize(
    ("body", "token"),
    [
        # someone else taken on, and what they bring
        (
            "Thanks for coming in. The practice has taken on Ines, who had been doing our "
            "Saturday clinics since the spring.",
            CHOSE_OTHER,
        ),
        (
            "We have hired Bartholomew, who has run the bar at our other site for two years.",
            CHOSE_OTHER,
        ),
        (
            "The partners have appointed Ms Kowalczyk, who has worked in conveyancing for ten "
            "years.",
            CHOSE_OTHER,
        ),
        ("She's taken on Kasia, who covered the Saturday shifts for us last summer.", CHOSE_OTHER),
        # a committee giving the post to another
        (
            "At the meeting the governors agreed to offer the librarian post to Rhodri, who has "
            "been helping in the library since Easter.",
            CHOSE_OTHER,
        ),
        (
            "The parish council voted to award the groundsman contract to Ellis Bramwell, who "
            "has cut the green for years.",
            CHOSE_OTHER,
        ),
        (
            "After the second round the trustees resolved to give the curator post to Dr "
            "Okafor, a long-standing volunteer.",
            CHOSE_OTHER,
        ),
        # someone brought in from elsewhere for the job
        (
            "busy week, sorry. we've brought in Niamh from the packing line for the stillroom "
            "job - she knows the kit already.",
            CHOSE_OTHER,
        ),
        (
            "We've moved Dominika up from the warehouse floor into the team leader position.",
            CHOSE_OTHER,
        ),
        ("They pulled Rhodri across from the Cardiff depot for the shunter role.", CHOSE_OTHER),
        ("They've brought in a lad from the Leeds branch for the cellar job.", CHOSE_OTHER),
        # the ones chosen have more
        (
            "Having slept on it, the people we're going ahead with have done more coastal "
            "skippering than inland work, and the boats are all at sea.",
            CHOSE_OTHER,
        ),
        (
            "Having weighed it up, the two we've picked have stronger food hygiene records.",
            CHOSE_OTHER,
        ),
        (
            "The carers we're going ahead with have more experience of dementia care than we "
            "could train for.",
            CHOSE_OTHER,
        ),
        # "that's us done" after a reason
        (
            "The owner wants a baker who's already done our sourdough, so I reckon that's us "
            "done for now. Stay in touch!",
            READER_OUT,
        ),
        (
            "We've been thinking it over and the chef wants someone who knows our menus, so I "
            "think that's us finished for now.",
            READER_OUT,
        ),
        (
            "Thing is, we need a qualified electrician on site, so sadly we'll call it a day "
            "there.",
            READER_OUT,
        ),
        # decided against asking the reader to a stage
        (
            "Having read every form against the brief, we have decided against asking you to "
            "the selection afternoon.",
            READER_OUT,
        ),
        (
            "After comparing all the forms, the panel decided against calling you back for the "
            "second interview.",
            READER_OUT,
        ),
        ("We chose not to ask you to the trial day this time.", READER_OUT),
        # sorted, someone else doing the days
        ("hi Dom - all sorted now ta, my cousin's girl is doing sundays. cheers x", CHOSE_OTHER),
        (
            "thanks - all sorted now, our neighbour's lad is doing the deliveries.",
            CHOSE_OTHER,
        ),
        ("no need now, cheers - Bethan's covering sundays.", CHOSE_OTHER),
        # another person taken, in a non-native writer's words
        ("Hello, thank for interest. We take other person with C licence. Bye", CHOSE_OTHER),
        ("We take another driver with C licence. Sorry.", CHOSE_OTHER),
        ("we have take other man for this job, thank you", CHOSE_OTHER),
        # a tracker's status set by the employer
        (
            "Hi Lena,\n\nNorthgate Pool moved your application for lifeguard to: Ended by "
            "employer.\n\nShiftly - hiring for pools and gyms",
            STATUS_REFUSED,
        ),
        ("Your application for lifeguard was moved to: Ended by employer", STATUS_REFUSED),
        (
            'Pinecrest Pool moved your application for lifeguard to "Ended by employer".',
            STATUS_REFUSED,
        ),
        ("Application update\nStatus: Ended by employer\n", STATUS_REFUSED),
    ],
)
def test_decisions_heard_are_read(body: str, token: str) -> None:
    assert token in tokens("Re: your application", body)


@pytest.mark.parametrize(
    "body",
    [
        # the same words going the other way, or something still to come
        "The practice has taken on Ines, who will show you round on Monday.",
        "We've hired Bartholomew, who will be your line manager from June.",
        "We have taken on Jessamy, who starts alongside you next week.",
        "The governors agreed to offer the librarian post to you.",
        "The governors agreed to see you again, with one other applicant, on Monday at 2pm.",
        "The board voted to give the caretaker role to you, subject to references.",
        "We've brought in Niamh from the packing line to help with your induction.",
        "We've brought in Niamh from the packing line for the stillroom job, so you'd be working "
        "with her.",
        "Niamh from packing will show you the ropes.",
        "The people we're going ahead with have to do a site walk first - could you come on "
        "Tuesday?",
        "The people we're taking forward, including you, have more tests to do next week.",
        "Could you come and walk the harbour with our skipper next week? The boats are the bulk "
        "of the work.",
        "Great shift today, so that's us done for today - see you Saturday.",
        "So that's us done. See you at 9 on Monday for your first shift!",
        "We covered the rota, so we'll leave it there for tonight and pick it up tomorrow.",
        "We've decided against asking you to do the written exercise, so just come to the "
        "interview on Friday.",
        "We decided against asking you to the selection afternoon and instead would like to "
        "offer you the post.",
        "We decided against asking you to the selection afternoon until your references are in.",
        "Invited to the selection afternoon or not, everyone hears from me by the 30th.",
        "sorted now thanks - you're doing sundays from the 5th!",
        "all sorted now ta, my cousin's girl is doing sundays so I need you on saturdays.",
        "all sorted, my nephew is doing the weekend so you can have the Friday shift.",
        "my cousin's girl is doing sundays, could you do saturdays?",
        "We take other person also, so you start Monday with your licence.",
        "We take other documents with you to the interview.",
        "We hire other person for night shift and you for day shift.",
        "Northgate Pool moved your application for lifeguard to: Interview. Pick a slot in the "
        "app.",
        'Northgate Pool has your application. If they pass, the app will show "Ended by '
        'employer" - nothing has happened yet.',
        "The lease has ended by mutual agreement.",
    ],
)
def test_their_twins_carry_no_decision(body: str) -> None:
    assert tokens("Re: your application", body) == set()
