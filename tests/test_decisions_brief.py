"""Twenty-seventh pass, part A (issue 11): slice 25's mix misses and its two filed
confirmations, in their general forms (rejectwatch.model.decisions_brief, told_ahead,
rules_ahead).

Refusals that must carry a decision token: a short note that calls the application "a pass from
us" for a round, a screen note that leaves no next interview for the reader, no placement or
place available for the reader, the reader's form scored below the line for interview, the post
confirmed for a named other, others with backgrounds nearer to the need being interviewed
instead. Twins that must stay unread, in the same shapes: a two-line note inviting to a call, a
screen note moving forward, a test passed, a housing association's waiting list, a recruiter's
follow-up offering a role with no decision, a thread reply booking a second round.

And the confirmations slice 25 filed: a decision still to be told as one of two alternatives
("we'll write again once a decision is made: to arrange a conversation, or to say we've chosen
someone else") carries no token, and the reader's CV handed on to a firm ("your CV has gone to
the firm for the vacancy") enters no refusal sentence; their refusal twins stay read. Every
sentence is written for these tests, in several trades and countries."""

from __future__ import annotations

import pytest

from readings import message_decisions
from rejectwatch.model.classifier import held_back
from rejectwatch.model.features import Document
from rejectwatch.model.negation import read_cues

REFUSALS = [
    # a short note: "a pass from us" for a round
    (
        "Data Analyst at Brightwell",
        "Priya, thanks for applying. Data Analyst is a pass from us this round. Best of luck.\n\n"
        "Joel",
    ),
    (
        "Re: Junior designer",
        "Hi Tom - had a look and it's a pass from the team on this one, sorry. Keep going!",
    ),
    (
        "Sales Development Rep - Quillon",
        "Marta, we reviewed your profile and it's a polite pass from us for now. All the best.",
    ),
    (
        "Warehouse lead",
        "Kwame - thanks for sending this over. It's a pass from the hiring team this time.",
    ),
    # a screen note: no next interview for the reader
    (
        "After our call",
        "Hi Leona,\n\nThanks for the chat this morning about the pharmacy technician post. The "
        "lead pharmacist needs someone fully registered already, so there's no next interview "
        "for you.\n\nKind regards,\nPaddy",
    ),
    (
        "Your phone screen",
        "Dear Ravi, thank you for your time on Tuesday. Having talked it over with the site "
        "manager, there will be no second interview for you for the forklift supervisor role.",
    ),
    (
        "Following up",
        "Hello Ines, I appreciated the call. The role needs fluent Dutch from day one, so "
        "there is no further round for you this time.",
    ),
    # no placement, place or room available for the reader
    (
        "Work placement request",
        "Dear Ayesha,\n\nThank you for asking about a work placement with Harbourline "
        "Logistics this summer. After review, there is no placement available for you.\n\nHR",
    ),
    (
        "Industrial attachment",
        "Dear Wei Ling, regarding your industrial attachment request: we have reviewed it and "
        "there's no attachment place open for you with our engineering team.",
    ),
    (
        "Volunteer programme",
        "Hi Sam, thanks for applying to the coastal survey programme. Sadly there is no space "
        "left for you on the 2026 team.",
    ),
    # the reader's form scored below the line for interview
    (
        "Your application for Income Officer (3321)",
        "Dear Chidi\n\nThe shortlisting panel met on Monday. Your form scored below the line for "
        "interview against the person specification.\n\nResourcing",
    ),
    (
        "Care coordinator vacancy",
        "Dear Mr Kowalski, your application scored just below the shortlisting threshold for "
        "this post. Feedback is available on request.",
    ),
    (
        "Graduate surveyor scheme",
        "Hi Nadia, your written exercise came in below the cut-off for the assessment day, so "
        "we won't be inviting you to it.",
    ),
    # the post confirmed for a named other
    (
        "RE: [EXT] Re: Dental nurse - trial shift",
        "Hi Grace,\n\nThanks for the trial shift on Thursday. Dr Okafor has confirmed the dental "
        "nurse position for Ms Reyes, who trained with him in Leeds.\n\nBest wishes,\nHelen",
    ),
    (
        "Re: Bookkeeper",
        "Hello Tariq, thank you for meeting us. The partners have confirmed the bookkeeper role "
        "with Mrs Achterberg, who covered it last winter.",
    ),
    (
        "Re: Re: Kitchen porter",
        "Hi Luis, thanks for the trial. Chef has confirmed Mr Doyle for the kitchen porter job. "
        "Good luck with the search.",
    ),
    # others nearer to the need being interviewed instead
    (
        "Client Services Assistant - Penrose Opticians",
        "Dear Lauren,\n\nWe all read your application and it was close, but we're interviewing "
        "people whose backgrounds sit a bit nearer to the practice's needs right now.\n\nKind "
        "regards,\nFiona",
    ),
    (
        "Junior planner - Moss & Tully",
        "Hi Oskar, thanks for applying. We're inviting candidates whose experience is closer to "
        "planning enforcement to interview. Much appreciated.",
    ),
    (
        "Office administrator",
        "Dear Ama, it was a close call, but the team is shortlisting applicants whose skills "
        "match the role more closely.",
    ),
]

TWINS = [
    # a short two-line note inviting to a call
    (
        "Data Analyst at Brightwell",
        "Priya, thanks for applying. Could you do a 20-minute call on Thursday? Luck with the "
        "week.\n\nJoel",
    ),
    (
        "Firmware Engineer",
        "Ali - looked at it and we'd like to move you to a call this round. Grab a slot below.",
    ),
    (
        "Your test result",
        "Hi Sam, your numeracy test result is a pass from us - congratulations, you're through "
        "to the interview stage.",
    ),
    (
        "Building access",
        "Hi Jo, your visitor pass from us is at reception this time; please bring ID.",
    ),
    # a screen note moving forward
    (
        "After our call",
        "Hi Leona, thanks for the chat. There's no second interview for you to prepare for: "
        "the lead pharmacist would like to offer you the post.",
    ),
    (
        "Your phone screen",
        "Dear Ravi, thanks for Tuesday. The next interview for you is with the site manager on "
        "Friday at 10.",
    ),
    (
        "Scheduling",
        "Hello Ines, there's no next interview for you this week as the panel is away; we'll "
        "book it for Monday.",
    ),
    # placements and places still to come
    (
        "Work placement request",
        "Dear Ayesha, there is no placement available for you yet: the summer list opens in "
        "March and we'll send it to you then.",
    ),
    (
        "Volunteer programme",
        "Hi Sam, if there is no space left for you on the 2026 team, we'll offer you a place "
        "in 2027.",
    ),
    (
        "Pottery course",
        "Hi Megan, we're sorry to say the pottery course has filled up, with no place left for "
        "you this term. You're first on the reserve list for spring.",
    ),
    # a housing association's application received, a waiting list, a rule about the line
    (
        "Your application for Income Officer (3321)",
        "Dear Chidi\n\nThank you for applying. The shortlisting panel sits on Thursday; forms "
        "that score below the line for interview are not taken forward, and we'll write to "
        "everyone by the 20th.\n\nResourcing",
    ),
    (
        "Housing register",
        "Dear Ms Banda, your housing application has been received and you are on the waiting "
        "list in band B. We will contact you when a property matching your needs is available.",
    ),
    (
        "Shortlisting",
        "Dear Mr Kowalski, your application scored above the line for interview: please choose "
        "a slot next week.",
    ),
    # a recruiter's follow-up offering a role with no decision
    (
        "Re: QC Analyst - Limerick",
        "Hi Sean, just to follow up after our call: the site is still interviewing for the QC "
        "role. There's also a micro lab role with the same client I'd love to talk about - "
        "10 minutes tomorrow?",
    ),
    # a thread reply booking a second round; the post confirmed for the reader
    (
        "RE: [EXT] Re: Dental nurse - trial shift",
        "Hi Grace, thanks for the trial shift. Dr Okafor has confirmed the dental nurse position "
        "for you - can you start on the 3rd?",
    ),
    (
        "Re: Bookkeeper",
        "Hello Tariq, thanks for meeting us. Mrs Achterberg has confirmed the second round "
        "slot for Thursday at 2pm.",
    ),
    (
        "Re: Re: Kitchen porter",
        "Hi Luis, Chef has confirmed the trial shift for Mr Doyle and you on Saturday.",
    ),
    # others interviewed with the reader among them
    (
        "Client Services Assistant",
        "Dear Lauren, we're interviewing people whose backgrounds sit closer to the practice's "
        "needs, and you're one of them: are you free on Tuesday?",
    ),
]

# Confirmations that tell a decision still ahead as one of its alternatives, or hand the
# reader's CV on to a firm: no decision token, and the handing on enters no refusal sentence
CONFIRMATIONS = [
    (
        "We received your application",
        "Dear Kira,\n\nThank you for applying for Learning Officer at the Hollins Botanic "
        "Garden. We read every application; this takes about three weeks. We'll write again "
        "once a decision is made: to arrange an interview, or to say we've chosen someone "
        "else.\n\nPeople Team",
    ),
    (
        "Application received - Theatre Technician",
        "Hi Dom, thanks for your application. When the panel has met we will email you: with "
        "an interview date, or to let you know we've appointed another candidate.",
    ),
    (
        "Thank you for applying",
        "Dear Mrs Adeyemi, your application is with the library's hiring group. You'll hear "
        "from us after the closing date: either with an invitation to meet, or to tell you the "
        "post has gone to another applicant.",
    ),
    (
        "Application received",
        "Dear Mr Haddad, thanks for applying to the ferry company. Expect an email from us "
        "within a month, inviting you to a conversation or saying we have appointed someone "
        "else.",
    ),
    (
        "Your details - Harcourt Legal Recruitment",
        "Hi Jana,\n\nGood to speak earlier. You're registered and your CV has gone to the firm "
        "for the Paralegal vacancy; they usually reply within a week. If it's a no, I'll ring "
        "you myself.\n\nMike",
    ),
    (
        "Registration - Northdown Engineering Recruitment",
        "Hello Pieter, your profile has gone over to the company for the maintenance planner "
        "role this morning, and I'll chase them on Friday.",
    ),
]

# ... and their refusal twins, which stay read
CONFIRMATION_TWINS = [
    (
        "Your application",
        "Dear Kira, thank you for your patience. We said we'd write once a decision was made: "
        "I'm sorry to say we've chosen someone else.",
    ),
    (
        "Theatre Technician",
        "Hi Dom, the panel met yesterday and we've appointed another candidate. Thank you for "
        "your time.",
    ),
    (
        "Re: Paralegal vacancy",
        "Hi Jana, I heard back from the firm: the Paralegal vacancy has gone to another "
        "candidate. I'll keep looking for you.",
    ),
]


@pytest.mark.parametrize(("subject", "body"), REFUSALS)
def test_the_refusals_are_read(subject: str, body: str) -> None:
    assert message_decisions(subject, body)


@pytest.mark.parametrize(("subject", "body"), TWINS)
def test_the_twins_stay_unread(subject: str, body: str) -> None:
    assert not message_decisions(subject, body)


@pytest.mark.parametrize(("subject", "body"), CONFIRMATIONS)
def test_the_confirmations_carry_no_decision(subject: str, body: str) -> None:
    assert not message_decisions(subject, body)


@pytest.mark.parametrize(("subject", "body"), CONFIRMATIONS[4:])
def test_the_papers_handed_on_enter_no_refusal_sentence(subject: str, body: str) -> None:
    assert " gone " not in read_cues(f"{subject}\n{body}")[1]


@pytest.mark.parametrize(("subject", "body"), CONFIRMATION_TWINS)
def test_the_confirmations_refusal_twins_stay_read(subject: str, body: str) -> None:
    assert message_decisions(subject, body)


# A recruiter's follow-up that gives the decision and pitches another role with the same client
# in the same breath, asking for a call about it: the call is about the other role, so the guard
# does not hold the refusal back (steps_ahead._PITCHED); a call about the reader's own role, or
# another role pitched with no decision, is still held
PITCHED_AFTER_A_DECISION = [
    (
        "Re: Lab Technician - Galway",
        "Hi Orla,\n\nJust to close the loop after our call: the client has made a decision on "
        "the Lab Technician role and the successful candidate had GMP cleanroom experience.\n\n"
        "There's a stability role with the same client in Oranmore I'd love to talk about, "
        "could you do 10 minutes tomorrow?\n\nThanks,\nDes",
    ),
    (
        "Re: Payroll Officer",
        "Hi Thandi, following our chat: the company went with another candidate for Payroll "
        "Officer. There is a payroll team lead position at the same firm that I'd love to tell "
        "you about - are you free for a quick call on Friday?",
    ),
]
HELD_STILL = [
    (
        "Re: QC Analyst - Cork",
        "Hi Sizwe, just to follow up after our call: the site would like a second conversation "
        "about the QC Analyst role. Could you do 10 minutes tomorrow?",
    ),
    (
        "Re: QC Analyst - Limerick",
        "Hi Sean, the same client liked your CV for the QC role: could you do 10 minutes "
        "tomorrow with their lab manager?",
    ),
]


@pytest.mark.parametrize(("subject", "body"), PITCHED_AFTER_A_DECISION)
def test_a_refusal_with_another_role_pitched_is_not_held(subject: str, body: str) -> None:
    assert message_decisions(subject, body)
    assert not held_back(Document(subject, body, "recruiter@agency.example"))


@pytest.mark.parametrize(("subject", "body"), HELD_STILL)
def test_a_call_about_the_readers_own_role_is_held(subject: str, body: str) -> None:
    assert held_back(Document(subject, body, "recruiter@agency.example"))
