"""Twenty-third pass, part C (issue 11): precision, a confirmation's sift or score rule, what a
band of scores brings ("Below the minimum sift score means no further progress; above it means
an interview invitation"): rejectwatch.model.score_rules, read by rules_ahead.rule_sentence.

Each with twins of the same words told of the reader's own score, which must stay decided.
Every sentence is written for these tests (none is a slice's or a batch's); read by
negation.read_cues, so a retrain changes nothing.
"""

from __future__ import annotations

import pytest

from readings import message_decisions

_THANKS = "Thank you, your application for the Policy Officer post has been submitted. "

# A rule for a band of scores, in the present or the future: no decision yet
RULES = [
    _THANKS + "Below the minimum sift score means no further progress; above it means an "
    "invitation to interview.",
    _THANKS + "A score below the pass mark means the application goes no further.",
    _THANKS + "Anything below the required score will mean no further progress in this campaign.",
    _THANKS + "Falling below the minimum mark results in the application being closed at sift.",
    _THANKS + "Landing below the benchmark score means the campaign ends there for that applicant.",
    _THANKS + "Scoring below the minimum on any behaviour ends the application at this stage.",
    _THANKS + "Applications below the minimum score will not progress to interview.",
    "Hi Priya, thanks for sitting the online test. Results under the cut-off won't be taken "
    "forward, and everyone hears by email either way.",
]

# The same bands told of the reader's own score, done or as it stands: still decisions
TOLD_OF_THE_READER = [
    "Your score was below the minimum required, so we won't be progressing your application.",
    "Unfortunately your sift score fell below the pass mark for this campaign.",
    "You scored below the threshold for this role, which means we cannot take you further.",
    "Your application scored below the minimum at sift, so it will not progress.",
    "Your score is below the minimum, so we can't progress your application.",
    "As your score is below the pass mark, we will not be taking your application further.",
    "Unfortunately, applications below the minimum score cannot progress.",
    "You are below the threshold for this campaign and won't progress to interview.",
    # (the reader's results the subject, or a pronoun for them)
    "Your answers place you below the pass mark we need, so the application will not continue.",
    "Thanks for sitting both tests. They come in below the threshold set for the post, so this "
    "is where the application ends.",
    "Both scores landed below the cut-off, so we can't take this further.",
]


@pytest.mark.parametrize("body", RULES)
def test_a_score_rule_reads_no_decision(body: str) -> None:
    assert not message_decisions("Application submitted", body)


@pytest.mark.parametrize("body", TOLD_OF_THE_READER)
def test_the_readers_own_score_stays_decided(body: str) -> None:
    assert message_decisions("Your application", body)
