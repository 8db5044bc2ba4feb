"""Twenty-sixth pass, part R (issue 11): mail between colleagues about a third person's hire
(rejectwatch.model.about_colleague) gives no decision on the reader's application: a
requisition closed after an offer was accepted, the panel's choice with the regret letters to
send, a pick announced with the other finalists already told, a friend's nomination declined to
the colleague who made it, a bidder to be told. Thread replies and forwards to the applicant that
name the chosen person keep their decision. Every message is written for these tests.
"""

from __future__ import annotations

import pytest

from readings import held_as_no_job, message_decisions

# (subject, body, sender): mail between colleagues, the reader no candidate
COLLEAGUES = [
    (
        "RE: warehouse shift lead",
        "Dana, we offered the shift lead job to Curtis and he signed yesterday. Could you "
        "close the requisition in Workday and let the other three interviewees know by "
        "Thursday?\n\nRob",
        "rob.keane@northyard.example",
    ),
    (
        "Fwd: registrar appointment",
        "Lena, the panel's note is below. Please send the regret letters today.\n\nOmar\n\n"
        "From: Prof. Hughes\nSent: 3 March\nSubject: registrar appointment\n\n"
        "Omar, the panel chose another candidate, Dr Whitfield, for the registrar post; she "
        "accepted this morning.\n\nAlan Hughes",
        "omar.haddad@stmarys.example",
    ),
    (
        "RE: payroll manager search",
        "Quick one: the client decided to go with Sunita rather than the other two we sent, and "
        "I've already called the other two candidates. Can you raise the invoice for our fee "
        "this week?\n\nMel",
        "mel.ortiz@brightpath-search.example",
    ),
    (
        "night charge nurse",
        "Hiring committee selected another applicant, Jonah Reyes, for the night charge nurse "
        "post. The remaining applicants have all been notified. Please add him to the December "
        "rota.\n\nCarmen",
        "carmen.diaz@valleyhealth.example",
    ),
    (
        "Re: volunteer coordinator",
        "Thanks for suggesting Malik for the volunteer coordinator opening, but we've already "
        "appointed someone from the tenants' committee. Keep the names coming.\n\nBeth",
        "beth.marsh@riverside-housing.example",
    ),
]

# (subject, body, sender): colleagues' notes about a third person's hire that give no decision
# token, held below filing all the same (gate.no_job_decision)
COLLEAGUES_UNREAD = [
    (
        "RE: sous chef",
        "Head office picked Tomasz for the sous chef job at the harbour site. I've told the other "
        "two we interviewed. Could you add him to the rota from the 14th?\n\nNadia",
        "nadia.brook@harbourkitchens.example",
    ),
    (
        "Fwd: research assistant",
        "Priyanka, the PI's choice is below, for filing.\n\nDev\n\nFrom: Dr Okoye\nSubject: RA "
        "post\n\nDev, Ahmed is our pick for the RA post; he starts in October.",
        "dev.rao@lifesci.example",
    ),
    (
        "RE: data engineer shortlist",
        "Client notes below: Ana goes through to the final. Could you ring the other two before "
        "lunch and book Ana for Thursday?",
        "recruit@talentbridge.example",
    ),
]

# (subject, body, sender): the same shapes written to the applicant, not held
APPLICANT_UNREAD = [
    (
        "FW: your application",
        "Sam, see below - they chose Ana for the final. Sorry, I know you liked this one.",
        "kate.moss@talentbridge.example",
    ),
    (
        "Re: data engineer",
        "Ana goes through to the final round. Thank you for your time on Tuesday; could you ring "
        "me about another role?",
        "recruit@talentbridge.example",
    ),
]

# (subject, body, sender): the applicant told of someone else chosen, in the same shapes
TO_THE_APPLICANT = [
    (
        "RE: [EXT] Re: final interview",
        "Hi Sam, thanks again for coming in on Tuesday. We've decided to go with another "
        "candidate, Priya, who has run a migration like ours before. Thank you for your time, "
        "and good luck.\n\nJo",
        "jo.tran@ledgerline.example",
    ),
    (
        "FW: analyst role",
        "Sam, sorry - see below, they went with someone internal. I'll keep looking.\n\nKate\n\n"
        "From: Hiring Manager\nSubject: analyst role\n\nKate, we've gone with an internal "
        "candidate for the analyst role, so please close the req.",
        "kate.moss@talentbridge.example",
    ),
    (
        "Re: shift lead",
        "We went with another candidate for the shift lead job. The other finalists have been "
        "told as well. We enjoyed meeting you and hope you'll apply again.",
        "jobs@northyard.example",
    ),
    (
        "Your application - payroll manager",
        "The client has decided to go with another candidate. Could you let me know if I can "
        "put you forward for their finance analyst opening?",
        "mel.ortiz@brightpath-search.example",
    ),
    (
        "Fwd: backend role",
        "Sam, see below - they've chosen another candidate. I'll keep you posted on the other "
        "two roles.\n\nKate\n\nFrom: Client\nSubject: backend role\n\nKate, please close "
        "the req: we've chosen another candidate, an engineer from our platform team, for the "
        "backend role.",
        "kate.moss@talentbridge.example",
    ),
]

# (subject, body, sender): colleagues' hiring mail with no decision at all, unread before and after
UNDECIDED = [
    (
        "panel on Thursday",
        "Could you sit on the panel on Thursday? We've shortlisted three for the shift lead job. "
        "Please book the small meeting room and let the other panel members know.",
        "rob.keane@northyard.example",
    ),
    (
        "RE: payroll manager search",
        "The client wants to meet all three we sent. Can you book the interviews for next week "
        "and let the candidates know the address?",
        "mel.ortiz@brightpath-search.example",
    ),
]


@pytest.mark.parametrize(("subject", "body", "sender"), COLLEAGUES)
def test_mail_between_colleagues_gives_no_decision(subject: str, body: str, sender: str) -> None:
    assert message_decisions(subject, body, sender) == set()


@pytest.mark.parametrize(("subject", "body", "sender"), COLLEAGUES)
def test_mail_between_colleagues_is_held_below_filing(subject: str, body: str, sender: str) -> None:
    assert held_as_no_job(subject, body, sender)


@pytest.mark.parametrize(("subject", "body", "sender"), TO_THE_APPLICANT)
def test_the_applicant_told_keeps_the_decision(subject: str, body: str, sender: str) -> None:
    assert message_decisions(subject, body, sender)
    assert not held_as_no_job(subject, body, sender)


@pytest.mark.parametrize(("subject", "body", "sender"), UNDECIDED)
def test_hiring_mail_with_no_decision_stays_unread(subject: str, body: str, sender: str) -> None:
    assert message_decisions(subject, body, sender) == set()


@pytest.mark.parametrize(("subject", "body", "sender"), COLLEAGUES_UNREAD)
def test_colleagues_notes_with_no_token_are_held_below_filing(
    subject: str, body: str, sender: str
) -> None:
    assert message_decisions(subject, body, sender) == set()
    assert held_as_no_job(subject, body, sender)


@pytest.mark.parametrize(("subject", "body", "sender"), APPLICANT_UNREAD)
def test_the_same_shapes_to_the_applicant_are_not_held(
    subject: str, body: str, sender: str
) -> None:
    assert not held_as_no_job(subject, body, sender)
