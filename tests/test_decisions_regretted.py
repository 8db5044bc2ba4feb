"""Twenty-fifth pass, part H (issue 11): written-34's English refusals left unread, in general
forms (rejectwatch.model.decisions_regretted, and a class rule of rejectwatch.model.rules_ahead).

Refusals that must carry a decision token: someone named chosen or landed on, who has done the
job or starts soon ("We've landed on Mitch, who's done a few shutdowns on our site before");
an application that "stands regretted" or "has been regretted"; a bid, candidature or
nomination for a post that was unsuccessful; an application not considered because it arrived
after the closing date. Twins that must stay unread: a suggestion or a date gone with, a person
chosen to meet or mentor the reader, an application that stands approved or shortlisted, a
conditional regret, a rule for late applications in an advert or a receipt, and the rule of an
invitation ("Applicants who fail to report will not be considered"). Every sentence is written
for these tests, in several trades and countries."""

from __future__ import annotations

import pytest

from readings import message_decisions, message_marks

REFUSALS = [
    # someone named chosen or landed on, who has done the job or starts soon
    (
        "Re: Re: Interview - Site Supervisor",
        "Hi Tom,\n\nThanks for driving up on Tuesday. We've landed on Shane, who's run two "
        "fit-outs for us already, and he starts in March. All the best with the hunt.\n\nDeb",
    ),
    (
        "RE: [EXT] Re: Interview for Payroll Officer",
        "Good morning Ama, thank you for meeting the panel. The committee made its choice "
        "yesterday and picked Efua, who has covered payroll here since June. We appreciated "
        "your time.",
    ),
    (
        "Re: Sous chef trial",
        "Hey Liam - loved the trial shift. We went with Priya in the end, who has run a pass "
        "before. Good luck out there.",
    ),
    (
        "Re: Teaching post",
        "Dear Ms Okafor, thank you for coming in. The school settled on Mr Dlamini, who has "
        "taught Grade 10 maths at our sister school for three years.",
    ),
    (
        "Re: Warehouse lead",
        "Cheers for coming out. We chose Brody, and he starts on the 4th of next month.",
    ),
    # an application that stands regretted
    (
        "Candidature status: Accounts Assistant",
        "Your candidature for Accounts Assistant stands regretted following the shortlisting "
        "review.\n\nHR Department",
    ),
    (
        "Application update",
        "Dear Sana, we wish to inform you that your application for the post of Lecturer has "
        "been regretted.",
    ),
    (
        "Recruitment status",
        "Your application (Ref 4471) is regretted at this stage of the selection process.",
    ),
    (
        "Job application",
        "Dear Imran, the selection committee has regretted your candidature for the Lab "
        "Technician post.",
    ),
    # a bid, candidature or nomination for a post that was unsuccessful
    (
        "Notification of outcome",
        "The Board wishes to notify you that your bid for the Records Officer position was "
        "unsuccessful because the minimum requirements were not met.",
    ),
    (
        "Re: Nomination",
        "I write to inform you that your nomination for the post of Deputy Registrar has been "
        "unsuccessful.",
    ),
    (
        "Outcome",
        "Your bid to join the Clinical Audit team as an analyst was not successful this time.",
    ),
    # an application not considered because it arrived late
    (
        "Post of Driver (Ref DR/2201)",
        "The department did not consider your Driver application (reference DR/2201) because "
        "it arrived after the advertised closing date.",
    ),
    (
        "Your application",
        "Unfortunately your application was not considered as it was received after the "
        "closing date of 14 March.",
    ),
    (
        "Re: Library Assistant",
        "We could not accept your CV since it reached us two days past the deadline.",
    ),
    (
        "Application received late",
        "Your application arrived after the closing date and so could not be considered.",
    ),
]

TWINS = [
    # a suggestion, a date or a supplier gone with; a person chosen to meet or mentor the reader
    ("Re: launch", "Thanks Sam, we went with your suggestion, which worked a treat."),
    ("Re: offsite", "We've landed on Thursday, which suits everyone, so see you there."),
    (
        "Your first week",
        "We've picked Sarah, who runs the front office, to show you around on Monday.",
    ),
    (
        "Interview arrangements",
        "The panel has chosen Dr Mensah, who chairs the department, to lead your interview.",
    ),
    ("Welcome aboard", "We chose you, and you start on the 4th. Welcome!"),
    ("Re: mentoring", "We've gone with Kerry, who will be your mentor for the first term."),
    (
        "Newsletter: leadership news",
        "We are pleased to announce that the board has appointed Grace Wanjiru, who has led "
        "our operations since 2019.",
    ),
    # an application that stands approved or shortlisted; a conditional regret
    (
        "Candidature status: Branch Officer",
        "Your candidature for Branch Officer stands shortlisted after the committee's review.",
    ),
    ("Candidature status", "Your application stands approved. Report on Monday at 9am."),
    (
        "Application received",
        "If your application is regretted, you will receive an SMS within four weeks.",
    ),
    ("Thank you", "We regretted not being able to meet you in person on Friday."),
    # a bid in a process still running or for a contract; late rules in an advert and a receipt
    (
        "Tender T-2291 - outcome",
        "Dear supplier, your bid for lot 3 (cleaning services) was unsuccessful.",
    ),
    (
        "Your bid",
        "Your bid for the Records Officer position has been received and will be reviewed.",
    ),
    (
        "Vacancy: Admin Clerk",
        "Closing date: 30 January. Late applications will not be accepted. Apply online.",
    ),
    (
        "Application received",
        "Thank you for applying. Applications received after the closing date will not be "
        "considered, but yours arrived in time.",
    ),
    (
        "Your application",
        "Your application arrived before the closing date and will be considered.",
    ),
]

# the rules of an invitation or a receipt: a class defined by what it fails to do
RULES = [
    (
        "Recruitment intake - screening stage",
        "Report for the physical fitness test on Friday at 6:00 am with your national ID. "
        "Applicants who fail to report will not be considered.",
    ),
    (
        "Assessment centre",
        "Please bring your certificates on the day. Candidates who do not attend will not be "
        "considered further.",
    ),
    (
        "Application received",
        "Upload your documents by Friday. Applicants who fail to submit them will not be "
        "shortlisted.",
    ),
    ("Vacancy: Admin Clerk", "Late applications will not be accepted."),
]


@pytest.mark.parametrize(("subject", "body"), REFUSALS)
def test_the_refusals_are_read(subject: str, body: str) -> None:
    assert message_decisions(subject, body)


@pytest.mark.parametrize(("subject", "body"), TWINS + RULES)
def test_the_twins_stay_unread(subject: str, body: str) -> None:
    assert not message_decisions(subject, body)


@pytest.mark.parametrize(("subject", "body"), RULES)
def test_the_rules_are_read_as_rules(subject: str, body: str) -> None:
    marks = message_marks(subject, body)
    assert not any(mark.startswith("neg_") for mark in marks)
