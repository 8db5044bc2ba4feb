"""Twenty-fourth pass, part P (issue 11): what the re-reads of parts K and M left
(rejectwatch.model.decisions_after, and the guards beside it in negation and rules_ahead).

Refusals still unread: a post left unfilled, told after a decision ("After the panel meeting,
the post will not be filled"); "yours has not been shortlisted" in a sentence that opens on a
review of all applications. Mail read wrongly: a job advert's order of consideration ("the post
is filled by internal promotion first"); an offer disclaimed beside an invitation ("This is an
invitation to interview; we have not offered you the role"); the one chosen revealed as the
reader in the next sentence ("That candidate is you"); an event of a job or a recruitment
cancelled after a meeting ("the job fair has been cancelled"); a reader not on a list because
they were moved on past it. Each form has twins. Every sentence is written for these tests.
"""

from __future__ import annotations

import pytest
from tests.test_decisions_before import tokens

from rejectwatch.model.classifier import held_back
from rejectwatch.model.features import Document
from rejectwatch.model.negation import CHOSE_OTHER, READER_OUT, ROLE_GONE


@pytest.mark.parametrize(
    ("body", "token"),
    [
        # a post left unfilled, told after a decision
        ("After the panel meeting, the post will not be filled.", ROLE_GONE),
        (
            "Following the panel meeting on Friday, the post of Finance Officer will not be "
            "filled this year.",
            ROLE_GONE,
        ),
        (
            "Following a review after the interviews, the vacancy will not be filled at this "
            "time. Thank you for your interest.",
            ROLE_GONE,
        ),
        (
            "After careful consideration at the panel meeting, the post will remain unfilled.",
            ROLE_GONE,
        ),
        (
            "Having considered all applications, the board has decided that the vacancy will "
            "remain unfilled.",
            ROLE_GONE,
        ),
        ("Sadly, the role you applied for will not be filled this year due to funding.", ROLE_GONE),
        (
            "After much discussion with the directors, the position of Head Chef won't be filled.",
            ROLE_GONE,
        ),
        # yours not shortlisted, after a review of all applications
        (
            "Our team is reviewing all applications received, and I'm sorry to say yours has "
            "not been shortlisted.",
            READER_OUT,
        ),
        (
            "The committee is considering the applications received, but unfortunately yours "
            "has not been shortlisted.",
            READER_OUT,
        ),
        # the chosen not the reader, though "you" follows
        (
            "We have appointed another applicant to the post. It was a close decision between "
            "you and them.",
            CHOSE_OTHER,
        ),
        (
            "We've offered the role to another candidate. It was you and one other at the end.",
            CHOSE_OTHER,
        ),
    ],
)
def test_part_p_refusals_are_read(body: str, token: str) -> None:
    assert token in tokens("Your application", body)


@pytest.mark.parametrize(
    ("body", "token"),
    [
        ("Following the meeting, the role has been cancelled.", ROLE_GONE),
        ("The recruitment for this role has been cancelled.", ROLE_GONE),
        ("Thank you for applying. The position has been filled internally.", CHOSE_OTHER),
        ("Following your interview, we have not offered you the role.", READER_OUT),
        (
            "To be clear, we have not offered you the role, and we won't be taking your "
            "application further.",
            READER_OUT,
        ),
        (
            "We have not offered you the position. We would like to invite you to apply for "
            "future roles.",
            READER_OUT,
        ),
        (
            "Round one is now complete. Unfortunately you are not on the selected list for round "
            "one.",
            READER_OUT,
        ),
    ],
)
def test_refusals_beside_the_new_guards_stay_read(body: str, token: str) -> None:
    assert token in tokens("Your application", body)


@pytest.mark.parametrize(
    "body",
    [
        # a post's fate for now, on a condition, or how it is filled
        "After the panel meeting, the post will not be filled until the new budget is agreed "
        "in April.",
        "Following the meeting, if no candidate meets the bar, the post will not be filled.",
        "After careful thought, the position will not be filled for now; your application "
        "stays open.",
        "The post will not be filled on a permanent basis; it is a 12-month fixed-term contract.",
        "Following the restructure, the post will not be filled through an agency.",
        "After the review, the vacancy will not be filled externally before internal staff "
        "have applied.",
        "Sadly the Saturday shift will remain unfilled after the rota meeting.",
        "After the team meeting, the Saturday shift will not be filled, so the shop opens late.",
        "After the panel meeting, the post will be filled by the end of the month. We will call "
        "you.",
        # a review still going on, its regret about something else
        "We are reviewing all applications, and unfortunately we can't give you an answer yet.",
        "Applications are being shortlisted this week. Yours has not been shortlisted yet, as "
        "the panel meets on Friday.",
        # an order of consideration, a rule
        "About the role: the post is filled by internal promotion first, and external "
        "applicants are considered after that.",
        "Our policy: vacancies are filled by internal promotion first.",
        "Thanks for your application. Our roles are offered to current staff first, then "
        "advertised.",
        # an offer disclaimed beside an invitation
        "This is an invitation to interview; we have not offered you the role.",
        "To be clear, we have not offered you the role. We'd like you to come in on Tuesday "
        "for a second interview.",
        # the one chosen revealed as the reader
        "The panel has selected a candidate for the post. That candidate is you, congratulations.",
        "We've made our decision and picked someone for the job. And that someone is you!",
        "We have picked a candidate. Yes, you!",
        # an event cancelled
        "Following the meeting, the job fair has been cancelled.",
        "Following the staff meeting, the recruitment open day has been cancelled. We will "
        "reschedule.",
        "After the committee meeting, the job club session on Thursday has been cancelled.",
        "Following the meeting, the hiring event in Leeds has been cancelled.",
        # moved on past the list
        "Your name is not on the selected list for round one, but you've been moved straight "
        "to round two.",
    ],
)
def test_their_twins_stay_unread(body: str) -> None:
    assert not tokens("Update", body)


@pytest.mark.parametrize(
    "body",
    [
        "The client has zeroed in on a candidate for the role. Congratulations, it's you! "
        "Please send your notice period.",
        "The committee has selected Dr Okafor for the post of Senior Lecturer.\n\nDear Dr "
        "Okafor, congratulations! We will send your contract next week.",
        "To be clear, we have not offered you the role yet — we'd like you to come in on "
        "Tuesday for an interview.",
    ],
)
def test_the_reader_chosen_or_invited_is_not_filed(body: str) -> None:
    assert not tokens("Update", body) or held_back(Document("Update", body, "hr@example.com"))


def test_a_title_in_the_greeting_is_no_name() -> None:
    """ "Dear Dr Adeyemi" greets Adeyemi, not "Dr": another doctor chosen is a refusal, not
    held; the reader chosen by name and title stays held (rejectwatch.model.reader_named)."""
    refusal = (
        "Dear Dr Adeyemi,\n\nThe committee has selected Dr Okafor for the post of Senior "
        "Lecturer. We thank you for your interest."
    )
    chosen = (
        "Dear Dr Okafor,\n\nThe selection committee has selected Dr Okafor for the post of "
        "Senior Lecturer. HR will be in touch about the paperwork."
    )
    assert CHOSE_OTHER in tokens("Senior Lecturer", refusal)
    assert not held_back(Document("Senior Lecturer", refusal, "hr@example.com"))
    assert held_back(Document("Senior Lecturer", chosen, "hr@example.com"))
