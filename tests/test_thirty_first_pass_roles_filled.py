"""Thirty-first pass (issue 11): the post filled by someone else, in the employer's own hiring
verbs (rejectwatch.model.roles_filled), and a third person set to interview the reader or show
them round, read as a step ahead (rejectwatch.model.steps_ahead).

Slices 28 and 29, once read, showed that every rejection they missed carried no decision token,
and that most of the English ones said only that the post now had its person: engaged, taken on,
promoted or moved into it, the nod gone to others, a cohort complete without the reader. Every
sentence here is written for these tests. The twins use the same verbs with no refusal: an agency
or an assessor engaged, a meeting moved, a post filled that opens the reader's, a conditional, a
nod that went to the reader."""

from __future__ import annotations

import pytest

from readings import decision
from rejectwatch.model.classifier import held_back
from rejectwatch.model.features import Document

REFUSALS = [
    "We've engaged a chef from our sister restaurant for the sous chef position, and she starts "
    "next week.",
    "Management has confirmed the move of a supervisor from our Derby site into the Warehouse "
    "Lead post.",
    "I have taken on a former county records officer as our archivist, so I must disappoint you.",
    "The park has promoted one of our seasonal rangers into the permanent post.",
    "We have transferred a site manager from our Bristol office into the role, so we won't be "
    "moving forward with external candidates.",
    "The kitchen has taken on one of our commis chefs as our new chef de partie.",
    "The board has approved the internal promotion of a deputy manager into the branch manager "
    "position.",
    "Management confirmed the redeployment of an officer from the north depot into the "
    "dispatcher slot.",
    "The trust has seconded a nurse from the ward into the clinic coordinator role.",
    "Several of you applied and others got the nod this time.",
    "Thanks for coming to the trial; the nod went to a colleague from our other branch.",
    "We went with the carpenter who built our last set, so we're sorted.",
    "The 2026 intake is now full without you.",
    "The cohort is complete without you this year, sorry to say.",
    "I've chosen to leave yours out of the interview group.",
    "I'll be direct: the answer for now is no.",
]

TWINS = [
    "We have engaged a recruitment agency for the Finance Manager role, and they will be in touch "
    "with you about next steps.",
    "We have moved the interview to the afternoon slot on Tuesday at 2pm.",
    "We have appointed an assessor for the next slot; your interview is on 4 March at 10.",
    "We've taken on a new hiring manager for the role, who will contact you next week.",
    "We have promoted one of our team leads into the operations manager post, which opens up the "
    "team lead role you applied for.",
    "If we appoint another candidate to the role we will let you know.",
    "We have engaged a caterer for the event on Friday, and they will set up at 5.",
    "We'll leave your application out of the pool only if you ask us to.",
    "Good news: the shortlist was finalised and you are on it. The nod went to you.",
    "If the answer is no, we will tell you by email within two weeks.",
    "Our answer is no longer pending: your refund is approved.",
    "The September cohort is complete, and you are on the list for the January intake.",
    "We have recruited two graduates into the analyst programme this year and you are one of them.",
    "I have taken on a colleague as my deputy for the project, and she will run your onboarding "
    "call on Monday at 9.",
]


@pytest.mark.parametrize("text", REFUSALS)
def test_the_post_filled_by_another_is_read(text: str) -> None:
    assert decision(text), text


@pytest.mark.parametrize("text", TWINS)
def test_the_twin_gets_no_decision(text: str) -> None:
    assert not decision(text), text


MEETINGS = [
    (
        "Interview",
        "Hi Ben, we have decided not to proceed with the phone screen and instead invite you to "
        "the final interview on Friday at 9.",
    ),
    ("Interview", "Hi Ben, we invite you straight to the final interview on Friday at 9."),
    (
        "Re: Interview",
        "Hi Sam, we selected another candidate's slot for Monday, so your interview moves to "
        "Tuesday at 2.",
    ),
    (
        "Entrevista",
        "Hola Marta, elegimos a otra persona para hacerte la entrevista: Luis te llamará el lunes "
        "a las 10.",
    ),
    (
        "Re: Gardener role",
        "Hello Pat, the estate has brought in a head gardener who will interview you on Monday "
        "at 10. Please bring boots.",
    ),
    (
        "Re: Lab tech",
        "Thanks Dana. Our PI has picked a postdoc from the chemistry group to show you round the "
        "lab on Friday at 2.",
    ),
    (
        "Re: Shop floor",
        "Hi Mo, our manager Jess will be interviewing you on Thursday at 11 in the back office.",
    ),
]

NO_MEETING = [
    ("Update", "Hi Ben, instead of inviting you to interview, we have chosen another candidate."),
    ("Update", "Hi Ben, we will not invite you to interview this time. Thank you for applying."),
    (
        "Re: Interview",
        "Hi Sam, your interview was set for Friday, but with the role now filled we have had to "
        "cancel it. I'm sorry.",
    ),
    # (lead's re-read) a plan undone is no meeting
    (
        "Re: Interview",
        "Hi Sam, I was going to interview you on Thursday, but we've filled the role with an "
        "internal candidate.",
    ),
    (
        "Re: Interview",
        "Hi Sam, we were due to interview you on Friday; unfortunately the vacancy has been "
        "cancelled.",
    ),
    (
        "Re: Visit",
        "Hi Sam, Priya was meant to show you round on Monday at 10, but the post has now been "
        "filled.",
    ),
    (
        "Re: Gardener role",
        "Hello Pat, thanks for the visit on Monday. The estate has brought in a gardener who "
        "already knows the walled garden, and he begins next week.",
    ),
    (
        "Re: Lab tech",
        "Thanks Dana, it was good to interview you on Friday. We have offered the post to another "
        "candidate.",
    ),
]


@pytest.mark.parametrize(("subject", "body"), MEETINGS)
def test_a_third_person_set_to_meet_the_reader_is_held(subject: str, body: str) -> None:
    assert held_back(Document(subject, body, "jo@firm.example")), body


@pytest.mark.parametrize(("subject", "body"), NO_MEETING)
def test_a_meeting_past_or_absent_is_not_held(subject: str, body: str) -> None:
    assert not held_back(Document(subject, body, "jo@firm.example")), body
