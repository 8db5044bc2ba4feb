"""Twenty-fifth pass, part C (issue 11): other mail read as a refusal. A talent pool's welcome
that says there is no opening for the reader yet (blind slice 23's one filed confirmation), an
event's guest or speaker list the reader is not on, and advice that an application should not
fall short. Every message is written for these tests; each kind has refusal twins in the same
words that must keep their decision."""

from __future__ import annotations

import pytest
from tests.readings import DECISIONS, message_marks


def tokens(subject: str, body: str) -> set[str]:
    """The decision tokens a whole message is given."""
    return DECISIONS_SET.intersection(message_marks(subject, body))


DECISIONS_SET = set(DECISIONS)


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Welcome to our talent community",
            "Hi Priya,\n\nThanks for joining the Harrowgate Foods talent community. Right now "
            "there's no opening for you. When a role that fits your profile comes up, we'll "
            "invite you to apply.\n\nHarrowgate Foods Careers",
        ),
        (
            "You're in the pool",
            "Dear Marek,\n\nYou've joined the Ostler Logistics candidate pool. At the moment there "
            "is no vacancy for you; as soon as one matching your skills opens, you'll get an "
            "email with a link to apply.\n\nPeople Team",
        ),
        (
            "Talent network sign-up",
            "Hello Ayo,\n\nWelcome to the Brackmoor Health talent network! There's no role for "
            "you just yet, but we'll be in touch when something suitable appears.\n\nBrackmoor "
            "Health Recruitment",
        ),
    ],
)
def test_a_pool_with_no_opening_yet_refuses_nobody(subject: str, body: str) -> None:
    assert tokens(subject, body) == set()


@pytest.mark.parametrize(
    "body",
    [
        # an application refused, then a pool named: still a refusal
        "Hi Priya,\n\nThanks for applying for the Stock Controller role. Right now there's no "
        "opening for you, sorry. We'll keep your CV on file for six months.\n\nHarrowgate Foods",
        # a speculative CV refused
        "Dear Marek,\n\nThanks for sending us your CV. At the moment there is no vacancy for "
        "you. We will keep your details on file.\n\nPeople Team",
        # the reader taken off the pool
        "Hello Ayo,\n\nThanks for joining the Brackmoor Health talent network last year. There's "
        "no role for you with us any more, and we've removed you from the talent pool.\n\nHR",
    ],
)
def test_a_refusal_beside_a_pool_keeps_its_decision(body: str) -> None:
    assert tokens("Your application", body)


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Closing-night reception",
            "Hi Tom,\n\nThanks for asking about the reception. I'm afraid your name is not on "
            "the final guest list, as places were limited to authors and sponsors.\n\nLena",
        ),
        (
            "DevConf speaker line-up",
            "Dear Aisha,\n\nThank you for proposing a talk. Your name is not on the final "
            "speaker list this year; we had 400 proposals for 40 slots.\n\nProgramme Committee",
        ),
        (
            "Gala dinner",
            "Hi Sunil, sorry, you weren't on the invitation list for the gala dinner - it was "
            "board members only this time. Rosa",
        ),
    ],
)
def test_an_events_list_is_no_shortlist(subject: str, body: str) -> None:
    assert tokens(subject, body) == set()


@pytest.mark.parametrize(
    "body",
    [
        "Dear Aisha,\n\nThe panel met on Tuesday, and I'm sorry to say your name is not on the "
        "final interview list for this post.\n\nHR",
        "Hi Tom,\n\nShortlisting is complete and your name is not on the final list.\n\nLena",
        "Dear Sunil,\n\nI regret to tell you that you are not on the reserve list for the "
        "graduate intake.\n\nEarly Careers",
    ],
)
def test_a_shortlist_still_refuses(body: str) -> None:
    assert tokens("Your application", body)


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "We've received your application",
            "Hi Sam,\n\nThanks for applying for the Warehouse Operative role. The team will "
            "review it over the next two weeks.\n\nTip: make sure your application doesn't "
            "fall short of the essential criteria by adding your forklift licence.\n\nRecruitment",
        ),
        (
            "New jobs matching your alert",
            "Hi Dana,\n\n5 new jobs match your saved search.\n\nDon't let your application fall "
            "short of what employers want: add a portfolio link.\n\nJobHarbour",
        ),
        (
            "Before you apply",
            "Hi Lee,\n\nA checklist so your application won't fall short of what we ask for: "
            "two referees, a covering letter, and your licence number.\n\nThe Hiring Team",
        ),
    ],
)
def test_advice_about_falling_short_is_no_result(subject: str, body: str) -> None:
    assert tokens(subject, body) == set()


@pytest.mark.parametrize(
    "body",
    [
        "Hi Sam,\n\nThanks for applying. Unfortunately your application fell short of the "
        "essential criteria, so we won't be taking it further.\n\nRecruitment",
        "Hi Dana,\n\nYour score fell just short of the pass mark for the assessment.\n\nHR",
        "Hi Lee,\n\nI'm sorry: your score was below the pass mark we set for the post.\n\nHR",
    ],
)
def test_falling_short_still_refuses(body: str) -> None:
    assert tokens("Your application", body)
