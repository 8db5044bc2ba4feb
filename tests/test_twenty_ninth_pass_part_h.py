"""Twenty-ninth pass, part H (issue 11): application confirmations that state a rule about a
refusal still ahead, and an invitation that counts the reader among the finalists.

Blind slice 27 filed three confirmations (0.74-0.86) and left an interview in the review band,
each on a decision token read from a sentence that refuses nobody yet:

* a silence that "means" the refusal, the silence not named by any word the readings knew
  ("where three weeks go by without feedback, take it that the application was unsuccessful");
* a silence asked as a question with no absence word, its consequence opened by "then"
  ("Silence for 21 days after the advert shuts? Then your form missed the shortlist");
* the reader counted among the finalists in two words ("three finalists remain, and you're
  one").

Every sentence here is written for these tests, in several senders' and countries' words. The
refusal twins (the same sender actually declining) stay read."""

from __future__ import annotations

import pytest

from readings import decision

RULES_AHEAD = [
    # a stretch of time without feedback, an outcome, a letter, that "means" the refusal
    "Please note: where three weeks go by without feedback, take it that the application was "
    "unsuccessful.",
    "Where a month passes without feedback from the bank, take it that you were not shortlisted.",
    "When 30 days go by without an outcome, you can take it that your application was "
    "unsuccessful.",
    "Kindly note that six weeks without feedback means the application was not successful.",
    "Two weeks after the closing date without a letter from us means you were not shortlisted.",
    "Should 21 days pass without any communication, take it that the application did not succeed.",
    # a silence asked, no absence word, the consequence opened by "then"
    "Silence for 21 days after the advert shuts? Then your form missed the shortlist this time.",
    "Silence from the council three weeks after closing? Then you were not shortlisted.",
    "Total silence a fortnight after the closing date? Then we have not taken your form forward.",
    "All quiet by the end of the month? Then your application was unsuccessful on this occasion.",
    "Still silence from us after 14 days? Then the role has gone to another applicant.",
]

FINALISTS = [
    "Great news: three finalists remain for Implementation Lead, and you're one.",
    "Two finalists are left for the Payroll Analyst post, and you are one.",
    "Four candidates remain in the running for the Site Manager role - and you're one!",
]

REFUSALS = [
    "We have now completed shortlisting and your form missed the shortlist this time.",
    "Three weeks went by without feedback because the panel met late; I'm sorry to say the "
    "application was unsuccessful.",
    "Apologies for the silence since the advert shut. Unfortunately your form missed the "
    "shortlist this time.",
    "Sorry for the silence. We have appointed another applicant to the role.",
    "I am sorry to tell you that your application for Underwriting Assistant was unsuccessful.",
    "Three finalists remain for Implementation Lead, and you're not one of them.",
    "Three finalists remain for Implementation Lead; unfortunately you are not among them.",
    "We have chosen three finalists for the role, and you were not among them.",
]


@pytest.mark.parametrize("text", RULES_AHEAD + FINALISTS)
def test_no_refusal_yet_gives_no_decision(text: str) -> None:
    assert not decision(text)


@pytest.mark.parametrize("text", REFUSALS)
def test_the_refusals_stay_read(text: str) -> None:
    assert decision(text)
