"""Thirty-eighth pass, second round (issue 11): blind slice 39's misses and other mail filed, read
as kinds (rejectwatch.model.scores_below, hired_by_name, places_full, posts_filled_abroad, trim,
negation, rules_ahead).

Refusals that must carry a decision token: the reader's score below the cut, told as two
numbers; the post taken by someone ("the job's been taken by a local"), held by them now, going
to someone from a group named without an article, someone picked told by trade, someone taken
on "since last year"; the post entrusted, taken on or given in French, Italian, Russian, Thai,
Urdu and Persian-script varieties, and an Arabic person written with vowel marks. Twins that must
stay unread: a score above the cut, a score in a conditional, a date or a supplier picked, a
call taken by a receptionist, an application looked at ("abbiamo preso visione"), a class of
applicants whose experience falls short or who are found ineligible, and someone else's hire
named as a case with another verb ("including another candidate being engaged"). A footer after
a signature rule is dropped however long it runs.
Every message is written for these tests."""

from __future__ import annotations

import pytest

from readings import decision, marks
from rejectwatch.model.trim import strip_footers

REFUSALS = [
    # the reader's score below the cut, told as two numbers
    "Your score was 38 against a qualifying mark of 45.",
    "Your written test mark was 61 per cent, while the pass mark was set at 65.",
    "You scored 12 points; the shortlisting threshold this round was 15.",
    # the post taken or held by someone, or going to someone from a group
    "Sorry, the stable hand job's been taken by a girl from the village.",
    "The weekend spot has now been taken by Deshawn from the youth squad.",
    "About the lifeguard post: Amara from the early swim club has it now.",
    "The bench job is going to Tomasz from Thursday crew.",
    "We picked a retired signalman from our old depot for the role.",
    "The apprentice place has been taken by a lad we've coached since last year.",
    # the post entrusted, taken on or given, in other languages
    "Le poste de vendeuse a été confié à une jeune femme du quartier.",
    "Per il banco abbiamo preso Giulia, una ragazza che lavora già con noi.",
    "Продавцом к нам идёт девушка из соседнего села.",
    "ตำแหน่งนี้เราให้หลานของเจ้าของร้านไปแล้วค่ะ",
    "دکان میں کاریگر کی جگہ اب ہمارا پرانا شاگرد سنبھالے گا۔",
    "کار را ما به یک جوان از محله دادیم.",
    "قررنا أن نأخذ موظّفة تعمل معنا منذ سنتين.",
]
TWINS = [
    # a score above the cut, or in a conditional
    "Your score was 71 against a pass mark of 60, so you're through to the interview.",
    "If your score is 40 against a cut-off of 55, the system closes the application.",
    # a date, a supplier, a call; an application looked at
    "We picked a date from the list you sent.",
    "We chose a supplier from the tender shortlist.",
    "Your call was taken by our receptionist, who passed on the message.",
    "Thanks for your application: the hiring team has it now and shortlists next week.",
    "Abbiamo preso visione della sua candidatura e la contatteremo presto.",
    # rules for a class, and a hire named as a case
    "Applicants whose experience falls short of the minimums are closed out and told by email.",
    "Applicants who are found ineligible are advised in writing.",
    "Any change, including another candidate being engaged, shows on this page.",
]


@pytest.mark.parametrize("text", REFUSALS)
def test_a_refusal_is_read(text: str) -> None:
    assert decision(text), marks(text)


@pytest.mark.parametrize("text", TWINS)
def test_the_twin_gets_no_decision(text: str) -> None:
    assert not decision(text), marks(text)


def test_a_footer_after_a_signature_rule_is_dropped_however_long() -> None:
    """A shop's footer after "--" (offers, alerts, notices, a registered office) is dropped, and
    the refusal above it kept; a paragraph after the rule with no footer marker stays."""
    body = (
        "Dear Sam,\n\nThanks for applying. We are not taking yours further for this role.\n\n"
        "Tool Hall Recruitment\n\n--\n"
        "Free delivery over 50 pounds on every order placed before noon on weekdays.\n"
        "Garden guides, seasonal planting calendars and tool care videos every week.\n"
        "Job alerts: pick the stores and roles you want.\n"
        "Tool Hall Ltd, registered office 4 Quay Street. Privacy notice online."
    )
    kept = strip_footers(body)
    assert "not taking yours further" in kept
    assert "Free delivery" not in kept
    plain = "Dear Sam,\n\nSee you on Monday.\n\n--\nSam's phone: 555 0100"
    assert strip_footers(plain) == plain
