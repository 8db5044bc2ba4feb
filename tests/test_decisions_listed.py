"""Twenty-fourth pass, part H (issue 11): written-32's misread mail, in general forms
(rejectwatch.model.decisions_listed, rules_ahead's pause and gate's places of study).

Refusals that must carry a decision token: an application that stopped short of a stage, a
candidature dropped, the other one taken, the reader's name not in the final list, not the
candidate appointed, a stage not scaled through, no nod, a process finalised with no
appointment. Twins that must stay unread: a pause told with negations ("it hasn't been
cancelled and no one has been appointed"), a name on the list, the reader's own choice, a
decision still to come, a rule in a receipt, an event's register. Other mail held as no job
decision: a course, a diploma or a degree refused, a ticket ballot. Every sentence is written
for these tests, in several trades and countries."""

from __future__ import annotations

import pytest

from readings import held_as_no_job, message_decisions


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        # the application stopped short of a stage, under a long footer
        (
            "Boilermaker - application",
            "Dear Kyle,\n\nYour boilermaker application was read by the workshop panel; it stops "
            "short of the interview stage this time.\n\nRegards,\nPeople Team\n\n____\n\nEvery "
            "open vacancy is listed at https://jobs.example and refreshed daily.\nJob alerts: "
            "change how often they reach you in your profile.\nPrivacy statement: "
            "https://example.org/privacy",
        ),
        (
            "Your application - ward clerk",
            "Hi Aoife,\n\nThanks for applying. Your CV fell short of the shortlist for the ward "
            "clerk post.\n\nBest,\nRecruitment",
        ),
        (
            "Pastry chef",
            "Dear Mr Okoro, your application for pastry chef came short of the tasting round on "
            "this occasion. We wish you well.",
        ),
        # a candidature dropped
        (
            "Feedback - Java Developer L1",
            "Dear Rahul,\n\nClient feedback has come for your L1 round. Panel felt your Spring "
            "Boot exposure is lesser than needed, hence they are dropping your candidature. "
            "I will share matching openings.\n\nThanks & Regards,\nDeepa",
        ),
        (
            "Profile update",
            "Hi Meera, the client has dropped your profile for the SAP FICO consultant position. "
            "Will revert with other options.",
        ),
        (
            "Status of your candidature",
            "Dear Vikram,\n\nAfter the HR round your candidature stands dropped for the store "
            "manager opening at Bengaluru.\n\nRegards,\nTeam HR",
        ),
        # the other one taken
        (
            "Kallang job",
            "Hi Wei Ling, the bakery side say cannot, they took the other girl. Sorry ah, I find "
            "you another one.",
        ),
        (
            "Forklift role",
            "Hey Marco, heard back from the depot - the client went with the other candidate. "
            "Chat soon.",
        ),
        (
            "Dental nurse",
            "Hi Priti, the practice manager picked the other applicant in the end, sorry.",
        ),
        # the reader's name not in the final list
        (
            "Result: campus drive",
            "Dear Karan,\n\nResults of the campus drive are out: nine students are selected. "
            "Your name is not figuring in the final list.\n\nTraining & Placement Cell",
        ),
        (
            "Selection results",
            "Dear candidate, we regret that your name does not appear in the list of selected "
            "candidates for the clerk-typist recruitment.",
        ),
        (
            "Management trainee programme",
            "Hi Tolu, after the group exercise and the panel interview, you have not made it to "
            "the management trainee offer list. Best wishes.",
        ),
        (
            "Graduate scheme",
            "Dear Hannah, sadly you didn't make it onto the final shortlist for our graduate "
            "surveying scheme.",
        ),
        # not the candidate appointed
        (
            "Vacancy finalised: Site Engineer",
            "Hi Thandi\n\nOur client has finalised the appointment for the Site Engineer vacancy. "
            "You were not the candidate appointed.\n\nKind regards,\nFynbos Talent",
        ),
        (
            "Librarian post",
            "Dear Mr Evans, following interviews you weren't the applicant selected for the "
            "assistant librarian post.",
        ),
        # a stage not scaled through
        (
            "Outcome of final interview",
            "Dear Chinedu,\n\nPlease be informed that your candidacy did not scale through the "
            "final panel for the Relationship Manager role.\n\nWarm regards,\nRecruitment Desk",
        ),
        (
            "Aptitude test result",
            "Dear Amaka, we regret that you could not scale through the aptitude test stage of "
            "the graduate trainee programme.",
        ),
        # no nod; not you this round
        (
            "Re: Harbour Foods",
            "Hey Pete - didn't get the nod from the client, sorry. Will ring you tomorrow.",
        ),
        (
            "Decision",
            "Hi Sofia, the decision's made and it's not you this time I'm afraid. Keep in touch.",
        ),
        # a process finalised with no appointment
        (
            "Credit Analyst (REQ-1142)",
            "Hi Liam,\n\nThe selection process for Credit Analyst has been finalised with no "
            "appointment made, and the job will be advertised again next year. Your application "
            "in this process has ended.\n\nCheers,\nJo",
        ),
        (
            "Park ranger recruitment",
            "Dear applicant, the recruitment for the park ranger post closed without an "
            "appointment. Thank you for applying.",
        ),
    ],
)
def test_the_refusals_are_read(subject: str, body: str) -> None:
    assert message_decisions(subject, body)


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        # a pause told with negations
        (
            "Update on Mine Surveyor",
            "Hi Bree,\n\nThe Mine Surveyor recruitment is on ice for a few weeks until finance "
            "signs off the budget. It hasn't been cancelled and no one has been appointed. Your "
            "application stays active.\n\nCheers,\nMatt",
        ),
        (
            "Hiring update",
            "Dear Sunil,\n\nThe search for a plant chemist is on the back burner until the new "
            "quarter. Nothing has been cancelled and nobody has been appointed. Your application "
            "remains open.\n\nRegards,\nHR",
        ),
        # a name on the list; a list still to come
        (
            "Result: campus drive",
            "Dear Karan, congratulations - your name is figuring in the final list. The offer "
            "letter follows.",
        ),
        (
            "Selection list",
            "Hi Ngozi, the final list isn't out yet; your name is not on the final list until the "
            "panel signs it on Friday.",
        ),
        (
            "Results",
            "If your name does not appear in the list of selected students, you may sit the next "
            "drive.",
        ),
        # an event's register
        (
            "Career fair",
            "Hi Ama, your name does not appear on the attendance register. Please sign in at the "
            "desk on arrival.",
        ),
        # the reader's own choice; a rule ahead
        (
            "Your candidature",
            "Dear Rahul, if you wish to drop your candidature, just reply to this mail. The "
            "client interview is on Monday.",
        ),
        (
            "Application received",
            "Thank you for applying. Applications that fall short of the essential criteria will "
            "not be taken forward.",
        ),
        # a choice still to come
        (
            "Kallang job",
            "Hi Wei Ling, client still deciding - they might take the other guy but your "
            "interview went well.",
        ),
        (
            "Interview",
            "Hi Tom, we didn't get the nod yet from finance, so the interview moves to next week.",
        ),
        (
            "Panel day",
            "Dear Jo, interviews concluded without an appointment on the day; we'll confirm our "
            "decision next week.",
        ),
        # an offer
        (
            "Good news",
            "Hi Sofia, the decision's made and it's you! The offer letter is attached.",
        ),
    ],
)
def test_the_twins_stay_unread(subject: str, body: str) -> None:
    assert not message_decisions(subject, body)


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Admission decision",
            "Hi Anika\n\nHaving reviewed your application to the postgraduate diploma, the "
            "admissions board cannot admit you for the 2027 intake.\n\nNorthbank College",
        ),
        (
            "Your application to study",
            "Dear Ife, we are unable to offer you admission to the BSc Nursing for September. "
            "You may apply again next cycle.",
        ),
        (
            "Master's application",
            "Dear Leon, your application for the master's in urban planning has not been "
            "successful this year.",
        ),
        (
            "Housing co-operative",
            "Dear Mr Bello, the committee met on Monday and we are unable to admit you as a "
            "member this round; two homes fell vacant and we had nine applications.",
        ),
        (
            "Ballot result",
            "Dear Arjun, thanks for entering the ticket ballot. Unfortunately you were not "
            "successful this time.",
        ),
    ],
)
def test_a_place_of_study_is_no_job(subject: str, body: str) -> None:
    assert held_as_no_job(subject, body)


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Admissions Officer",
            "Dear Kim, thank you for applying to be our Admissions Officer. Unfortunately you "
            "were not successful.",
        ),
        (
            "Translators' network",
            "Hi Ines, your case study didn't pass review, so we can't admit you to our freelance "
            "translators' network this time. You can retake screening in six months.",
        ),
        (
            "Degree apprenticeship",
            "Dear Sam, your application for the degree apprenticeship in software engineering "
            "has not been successful.",
        ),
    ],
)
def test_a_job_in_education_stays_a_job(subject: str, body: str) -> None:
    assert not held_as_no_job(subject, body)
