"""Twenty-third pass, part Q (issue 11): refusals and misreadings parts K and L left open.

Read now: a step called off because the post went to someone else ("your interview will not go
ahead: we've appointed another candidate"; the negated future of the step is no choice still to
come), and a panel's past decision of who should get the post, a name closing the sentence ("the
panel decided the post should go to Arjun"). Left unread now: others fitting better with the
reader still wanted or moved, a hire going another way with the reader needed on it, a new tack
with the job description, a treat the reader offered passed on, and a choice only on a condition
after it. Every sentence is written for these tests (rejectwatch.model.reader_kept)."""

from __future__ import annotations

import pytest
from tests.test_decisions_before import tokens

from rejectwatch.model.negation import CHOSE_OTHER, ROLE_GONE

# the next step called off, the post gone to someone else or filled (unread on main)
CALLED_OFF = [
    ("Your interview will not go ahead: we've appointed another candidate.", CHOSE_OTHER),
    (
        "I'm sorry to say Thursday's interview will not be going ahead, as we have appointed "
        "another applicant.",
        CHOSE_OTHER,
    ),
    (
        "Your second interview will no longer take place; the role has been offered to someone "
        "else.",
        CHOSE_OTHER,
    ),
    (
        "The assessment day will not take place for you, because the post has now been filled.",
        ROLE_GONE,
    ),
    (
        "We will not be going ahead with your interview as we have offered the position to "
        "another candidate.",
        CHOSE_OTHER,
    ),
    ("Your trial shift will not go ahead - we've given the job to another applicant.", CHOSE_OTHER),
    (
        "Please note the panel interview will not proceed: the vacancy has been filled internally.",
        ROLE_GONE,
    ),
    (
        "Next week's call will no longer be needed, as we've appointed someone else to the role.",
        CHOSE_OTHER,
    ),
    (
        "Your interview is not going to go ahead, I'm afraid - we have hired another candidate.",
        CHOSE_OTHER,
    ),
    (
        "The audition on the 14th will not happen now; we've cast another performer in the part "
        "and the role is filled.",
        ROLE_GONE,
    ),
]
# a panel's past decision of who should get the post (unread on main)
DECIDED_WHO = [
    "The panel decided the post should go to Arjun.",
    "The committee agreed the role goes to Dr Okafor.",
    "The partners decided the position should go to Meera in the end.",
    "After the second round, the board resolved that the job should go to Tomasz.",
    "We decided the placement should go to Lena.",
    "The directors concluded the post would go to Fraser.",
]


@pytest.mark.parametrize(("body", "token"), CALLED_OFF)
def test_a_step_called_off_for_another_is_read(body: str, token: str) -> None:
    assert token in tokens("Your interview", body)


@pytest.mark.parametrize("body", DECIDED_WHO)
def test_a_decision_of_who_should_get_the_post_is_read(body: str) -> None:
    assert CHOSE_OTHER in tokens("Re: your application", body)


# read by main, though they refuse nobody
MISREAD_BEFORE = [
    # others fitting better, the reader still wanted or moved
    "Other applicants may fit more closely on paper, but we'd love to meet you.",
    "Someone else's CV suits the night shift better, so we've moved you to days.",
    # the work going another way, the reader needed on it; a tack with the post's paperwork
    "The project is going another way, and we need you on it.",
    "We're taking a different tack with the job description.",
    # a treat the reader offered, passed on
    "Thanks for the offer of a coffee, but I'm passing.",
    "Thanks for the invite to the quiz, but I'm passing this time.",
    "Kind of you to offer a lift to the station - we're passing, thanks.",
    # a choice only on a condition
    "The post goes to an internal candidate only if no one outside applies.",
    "The role goes to someone internal only when the budget stays frozen.",
]


# twins that stay unread: a step called off but not for someone else, a post going to the
# reader, a committee or an advert, a choice on a condition, the reader still wanted
STAY_UNREAD = [
    "Your interview will not go ahead on Monday; we will be in touch to rearrange.",
    "The interview will not go ahead until we've appointed the rest of the panel.",
    "Your interview will not take place in person - it will be on Zoom instead.",
    "Thursday's interview will not go ahead as planned; could you do Friday instead?",
    "Your interview is not going to go ahead this week, as the hiring manager is off sick.",
    "The panel decided the post should go to advert.",
    "The panel decided the post should go to committee.",
    "The panel decided the post should go to you.",
    "The panel agreed the post goes to Arjun if he accepts.",
    "The panel decided the post should go to Arjun, who will start in May alongside you.",
    "Should the post go to Arjun? The panel will decide.",
    "Another candidate's background may match the brief more closely, but we would still like "
    "to interview you.",
    "A colleague suits the weekend rota better, so I've switched you to weekdays.",
    "The team is heading a different way with the advert, so expect a new listing next week.",
    "We're going a different route with the job title, but you're still in the running.",
    "The contract goes to an existing colleague unless the advert brings in someone stronger.",
]


@pytest.mark.parametrize("body", MISREAD_BEFORE + STAY_UNREAD)
def test_misreadings_are_mended_and_twins_stay_unread(body: str) -> None:
    assert tokens("Re: your application", body) == set()


# refusals near these forms that stay read
STAY_READ = [
    "Other applicants fit more closely, but we'd love to meet you for future roles.",
    "We've gone with another candidate and will only contact you if another role opens.",
    "We've appointed another candidate, but we'd love to keep in touch.",
    "Someone else's experience suits the role better, so we've moved you to our talent pool.",
    "Thanks for the offer of a coffee, but we're passing on your application.",
    "Unfortunately we've decided to pass on your application.",
    "The post has gone to an internal candidate.",
    "The role was offered to someone who can start sooner, and I'd like to meet you for the new "
    "vacancy in spring.",
    "Monday's interview won't be happening now; another applicant has accepted the post.",
]


@pytest.mark.parametrize("body", STAY_READ)
def test_refusals_stay_read(body: str) -> None:
    assert tokens("Re: your application", body)
