"""Twenty-ninth pass, part A (issue 11): slice 27's mix misses in their general forms
(rejectwatch.model.decisions_preferred).

Refusals that must carry a decision token: a learner's hedge that the ones who continue have
more years, others closer to the post whose applications go forward, the post going to an
insider or someone described in a thread reply, a named other brought in for the post, a text's
"someone got it cos ...". Twins that must stay unread, in the same shapes: a hedge announcing a
restructure to staff, a non-native invitation to interview, a thread reply booking a second
round, a lab's or an NGO's application received, a text arranging a shift. Every sentence is
written for these tests, in several trades and countries."""

from __future__ import annotations

import pytest

from readings import message_decisions

REFUSALS = [
    # the ones who continue have more years or experience (a learner's hedge)
    (
        "Your application to Sous Chef",
        "Hello Tariq,\n\nThank you for your interest. The candidates that pass to the next "
        "phase have more years of experience in banqueting kitchens, which the restaurant needs "
        "now. We save your CV for future openings.\n\nKind regards,\nLucía Ferrán",
    ),
    (
        "Candidatura - Logistics Coordinator",
        "Dear Mr Haddad, we thank your participation. The persons who will follow in the "
        "selection count with more practice in customs documentation. We wish you much luck.",
    ),
    (
        "Process Data Analyst",
        "Hi Ana, thanks for apply. The profiles which continue in the process have a profile "
        "more adjusted to the banking sector. Regards, Recruitment team, Porto",
    ),
    # others closer to the post; theirs go forward
    (
        "Site Supervisor - update",
        "Dear Callum,\n\nWe read your application with care. Others had site experience more "
        "directly relevant to this contract, and we are progressing those.\n\nBest wishes,\nRuth",
    ),
    (
        "Library Assistant application",
        "Dear Ms Kowalczyk, thank you for applying. Other applicants showed skills closer to "
        "the branch's daily routine; theirs go forward to the next step. With best wishes.",
    ),
    (
        "Dental Nurse – your application",
        "Hi Precious, thanks for sending your CV. Others brought chairside experience closer to "
        "what the surgery needs, and theirs move ahead. All the best, Dunedin Dental",
    ),
    # the post goes to an insider or someone described
    (
        "RE: Warehouse Lead interview",
        "Hi Kofi,\n\nThanks for coming in. The Warehouse Lead job has gone to one of our "
        "current pickers, who has covered the role since March.\n\nCheers,\nBrendan\n\n"
        "From: Kofi Mensah\nSent: Mon 2 Jun 2025 10:02\nSubject: Warehouse Lead interview",
    ),
    (
        "Re: Field Officer - Kisumu",
        "Dear Akinyi, thank you for your patience. The Field Officer position will go to an "
        "internal candidate from our Eldoret team who knows the programme well. We wish you "
        "every success.",
    ),
    (
        "RE: Teaching Assistant",
        "Hello Gemma, after the observations the TA post goes to a colleague already on supply "
        "with us. Thanks so much for your time.",
    ),
    # agreed to bring in a named other for the post
    (
        "RE: Bookkeeper - following up",
        "Hi Ravi, thanks for checking in. The directors met yesterday and decided to take on "
        "Mrs Okafor, who did our year-end last spring, for the Bookkeeper role. Best, Lorna",
    ),
    (
        "Re: Sous Chef trial",
        "Hey Jonno, the owners have agreed to bring in Marco for the sous chef position - he's "
        "run the pass at their other place. Appreciate you doing the trial shift.",
    ),
    (
        "RE: Junior Architect",
        "Dear Felipe, the partners voted to appoint Sinéad Byrne, who has been with the "
        "practice as a Part 1 student, to the Junior Architect post. Thank you for applying.",
    ),
    # someone got it, and why (a text)
    (
        "job",
        "hey Mia its Tom from the orchard. someone else got the job cos they had a forklift "
        "ticket already. sorry mate",
    ),
    (
        "re the bar job",
        "hi Jess, Dave from the Anchor. somebody local got it as they can do weekends. cheers "
        "for coming in",
    ),
]

TWINS = [
    # a hedge announcing a restructure to staff
    (
        "Team changes from 1 July",
        "Dear all,\n\nAs part of the restructure, the colleagues who will continue in the "
        "customer team have more responsibility for complaints. Others move to the new "
        "operations hub. Please speak to your manager with any questions.",
    ),
    (
        "Pilot project teams",
        "Hi everyone, thanks for all the proposals. Others brought ideas closer to the pilot's "
        "budget, and theirs go forward to the board in May.",
    ),
    # a non-native invitation to interview
    (
        "Your application to Revenue Analyst",
        "Hello Emeka,\n\nWe appreciate your interest. The people who will continue in the "
        "process, like you, have more steps: an interview and a test. We keep in touch.\n\n"
        "A greeting,\nMarta",
    ),
    (
        "Interview - Reservations Agent",
        "Dear Harpreet, you are one of the candidates who continue in the process. The next "
        "phase is an interview on 12 May at 10:00. Please confirm.",
    ),
    # a thread reply booking a second round
    (
        "RE: Paralegal - next steps?",
        "Hi Niamh,\n\nThanks for following up. The partners met on Monday and agreed to bring "
        "you in for a second round on Thursday at 2pm.\n\nKind regards\nHyacinth\n"
        "________________________________\nFrom: Niamh\nSent: Mon 3 Mar 2025 11:34\n"
        "Subject: Paralegal - next steps?",
    ),
    (
        "RE: Lab Officer interview",
        "Hi Olumide, thanks for meeting the team. We decided to bring in two candidates for "
        "the final round, and you are one of them. Can you do Tuesday?",
    ),
    (
        "RE: Conveyancing Assistant",
        "Hi Ola, the partners agreed to bring in an agency for the Conveyancing Assistant "
        "role, so you may hear from them as well as from us.",
    ),
    (
        "RE: Programme Officer",
        "Dear Oyinkansola, the Programme Officer role goes to a panel interview next week and "
        "you are shortlisted. Please send your availability.",
    ),
    # a lab's or an NGO's application received
    (
        "Application received - Laboratory Officer",
        "Dear Olumide, thank you for applying to Straits Biologics. Your application for the "
        "Laboratory Officer position has been received and will go to the hiring manager.",
    ),
    (
        "Programme Officer - acknowledgement",
        "Dear applicant, the Programme Officer post will go to an internal candidate first if "
        "one meets the criteria; otherwise we will review all external applications by 30 "
        "September.",
    ),
    # a rule of whom a place goes to, in a confirmation
    (
        "Application received - Trainee Surveyor",
        "Thank you for applying. The place will go to the applicant with the highest score in "
        "the written test, which we will send you next week.",
    ),
    (
        "Apprenticeship - acknowledgement",
        "Thanks for applying. Each seat goes to the candidate who best meets the criteria, and "
        "we will write to you in June.",
    ),
    # a consultant brought in for the search; the post offered to another with one for the reader
    (
        "Finance Director search",
        "Dear Ines, the trustees decided to bring in a consultant for the Finance Director role "
        "search, who may contact you about your application.",
    ),
    (
        "RE: Paralegal",
        "Hi Sam, the partners agreed to offer the role to Tomás, and we would like you for the "
        "junior post instead. Shall we talk on Friday?",
    ),
    # a learner's "continue" that is no selection
    (
        "Newsletter",
        "Profiles that continue to grow have more years of content than new ones.",
    ),
    # staff news welcoming the one appointed
    (
        "New Programme Officer",
        "Dear colleagues, the Programme Officer role goes to a staff member from our Kano "
        "office: please join me in welcoming Amina to the team.",
    ),
    # a text arranging a shift
    (
        "shifts",
        "hi Dumisani its Leopold. someone local got the early shift cos they can start at 5, "
        "so you're on the late one monday. cheers",
    ),
    (
        "sat",
        "hey Mia, someone got it cos they were first in - can you do sunday instead?",
    ),
    (
        "cover",
        "somebody got it because they live nearby, no worries, you still have Saturday",
    ),
    (
        "parcel",
        "hi, someone got it wrong at the depot, your parcel is coming monday",
    ),
]


@pytest.mark.parametrize(("subject", "body"), REFUSALS)
def test_refusal_read(subject: str, body: str) -> None:
    assert message_decisions(subject, body), body


@pytest.mark.parametrize(("subject", "body"), TWINS)
def test_twin_unread(subject: str, body: str) -> None:
    assert not message_decisions(subject, body), body
