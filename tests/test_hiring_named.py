"""One "hiring named" pattern for readings_apart and readings_aside (twenty-ninth pass, part T).

The two modules kept two lists: readings_apart counted "hired" and "vacancy" (staff news
congratulating the one chosen says them as a refusal does), readings_aside lacked "resume" and
a trial day or shift (the reader's own candidacy). readings_apart.HIRING now serves both.
"""

from __future__ import annotations

import pytest

from rejectwatch.model import negation, readings_apart, readings_aside

DECISIONS = {negation.READER_OUT, negation.CHOSE_OTHER, negation.ROLE_GONE, negation.STATUS_REFUSED}

STAFF_NEWS = (
    "Team news: after a long search the store hired someone else for the supervisor post, "
    "Jordan Lee. Congratulations, Jordan!",
    "Shop news: the supervisor vacancy went to another colleague, Jordan Lee. Congratulations, "
    "Jordan!",
    "Team news: after a long search the store hired someone else for the supervisor post, "
    "Jordan Lee. Please welcome Jordan to the shop floor.",
)
REFUSALS = (
    "Thanks for the trial day. We went with someone else for the kitchen porter job. Welcome "
    "Tom, who starts Monday.",
    "Thanks for your interview last week. We hired someone else for the supervisor post. "
    "Congratulations, Jordan, on reaching the final two.",
    "Thanks for sending your resume. The trial shift went to another applicant. Congratulations "
    "to Mia, who starts Monday.",
)


def _decisions(text: str) -> set[str]:
    return DECISIONS.intersection(negation.read_cues(text)[0].split())


def test_one_pattern_serves_both() -> None:
    assert readings_aside.HIRING is readings_apart.HIRING


@pytest.mark.parametrize("text", STAFF_NEWS)
def test_staff_news_naming_the_hire_gives_no_decision(text: str) -> None:
    assert not _decisions(text)


@pytest.mark.parametrize("text", REFUSALS)
def test_a_refusal_naming_the_readers_candidacy_keeps_its_decision(text: str) -> None:
    assert negation.CHOSE_OTHER in _decisions(text)
