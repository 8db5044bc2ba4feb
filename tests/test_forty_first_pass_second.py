"""Forty-first pass, second round (issue 11): blind slice 49's misses and other mail filed, read
as kinds (rejectwatch.model.posts_given, choices_plain, insiders_abroad, insiders_chosen,
shortfalls and negation's status fields).

Refusals that must carry a decision token: the process ended for the reader, the choice to go
on with another who has more, the post being given to someone with who they are, the post
someone else's now and the vacancy closed by it, the post's holder named by trade and where
they are from, someone taken told by who they are, a round going to kin from now on, the post
given to someone "who worked before", an ATS "Disposition:" field, the reader's application
marked with a refusal's label though quoted, and the French and Swahili shapes. Twins that must
stay unread: a rule about a candidate whose score falls below the cut-off, a withdrawal the
reader asked for, the interviewer named, a job taken seriously, a label the reader's
application would get on a condition, the job told as the reader's by name, a link "below".
Every message is written for these tests."""

from __future__ import annotations

import pytest

from readings import decision, marks

REFUSALS = [
    "For that reason we close the process for you here.",
    "The panel decided to move ahead with a candidate having more years on CNC lathes.",
    "We're handing the barista job to Leilani Kahale, one of our weekend regulars.",
    "After two weeks covering nights, the porter job is now his.",
    "Kwame has accepted, which fills the vacancy.",
    "The apprentice bookbinder is Mrs. Ferreira from the Porto bindery. Sorry.",
    "We chose Ilse, a graduate of the conservation course at Amersfoort.",
    "The stall's going to my nephew Arjun from now on.",
    "The kitchen job we gave to Bashir who cooked before in Muscat.",
    "Disposition: Not Selected - Another Candidate Hired",
    "Your application has been recorded as 'Not Shortlisted'.",
    "Your candidacy is therefore marked \u201cUnsuccessful - Experience\u201d.",
    "Le poste de vendeuse revient à Chloé Martin, qui travaillait déjà chez nous l'été.",
    "Kazi ya mpishi imekwenda kwa Neema Mushi, aliyefanya kazi nasi mwaka jana.",
]
TWINS = [
    "No call letter is issued to a candidate whose written score falls below the cut-off.",
    "No call letter is issued to candidates whose written score falls below the cut-off.",
    "As you requested, we have closed the process for you and deleted your documents.",
    "The interviewer is Mr. Kojima from the Kobe office.",
    "Every job is taken seriously here, however small.",
    "If your application is marked \u201cNot Selected\u201d, you may apply again in six months.",
    "We will decide before the end of the month whether to go with another applicant.",
    "Text from Rosa: tell Harriet the pasta room job is hers, starts Tuesday at 7.",
    "Your DBS application link is below; it has to be completed before your start date.",
]


@pytest.mark.parametrize("text", REFUSALS)
def test_a_refusal_is_read(text: str) -> None:
    assert decision(text), marks(text)


@pytest.mark.parametrize("text", TWINS)
def test_the_twin_gets_no_decision(text: str) -> None:
    assert not decision(text), marks(text)
