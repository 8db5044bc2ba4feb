"""Twenty-fifth pass, part A (issue 11): blind slice 23's mix misses, in general forms
(rejectwatch.model.decisions_archived).

Refusals that must carry a decision token: a role said to be "a no" for the reader above a long
retail, careers or newsletter footer; an application moved to the archive, an inactive pile, or
out of the running, and a bare ATS status of archived or inactive; a hedge in learner's English
(others given the precedence, a profile that cannot proceed, a candidature not matching, not
kept, no positive answer); a public service's notice that the reader was left off the
shortlist. Twins that must stay unread: confirmations over the same footer, a day or a slot that
is a no, the reader's own withdrawal archived, a newer application, a retention rule, a talent
pool, "status: in review", a portal that cannot go on, a shortlist notice, an invitation. Every
message is written for these tests, in several trades and countries."""

from __future__ import annotations

import pytest

from readings import message_decisions
from rejectwatch.model import plain_outcomes
from rejectwatch.model.decisions_archived import READINGS as ARCHIVED

_RETAIL_FOOTER = (
    "\n\n--\nWork at Hollins & Dray\nStaff discount from your first shift | Pension with 5% "
    "match | Season ticket loan | Free counselling line\nRefer a friend and earn 200 pounds "
    "when they pass probation\nFind more roles near you: careers.hollinsdray.example/search\n"
    "Need this email in another format? Reply with FORMAT in the subject.\nWe keep "
    "unsuccessful applications for 6 months, then delete them. Read how at "
    "careers.hollinsdray.example/privacy\nHollins & Dray Retail Ltd, registered in England "
    "No. 118204. Registered office: 4 Mill Lane, Derby."
)
_NEWSLETTER_FOOTER = (
    "\n\n________\nThe Corbel Hotels Careers newsletter\nNew this month: 40 roles across "
    "Scotland and the North | Apprenticeships open in March | Meet our chefs on Instagram\n"
    "You are receiving this because you applied through careers.corbel.example. Unsubscribe "
    "from job alerts at any time.\nCorbel Hotels Group plc, 12 Castle Wynd, Edinburgh."
)

REFUSALS = [
    # the role said to be a no for the reader, over a long footer
    ("Your application for Stock Replenisher", "Dear Owen,\n\nThis time round, Stock "
     "Replenisher is a no for you." + _RETAIL_FOOTER),
    ("Night Porter - your application", "Hi Aylin,\n\nThanks for your time on the phone. I'm "
     "afraid the Night Porter role is a no for you on this occasion." + _NEWSLETTER_FOOTER),
    ("Your application", "Dear Mr Ferreira,\n\nUnfortunately your application for Pharmacy "
     "Dispenser is a no from the branch team this time." + _RETAIL_FOOTER),
    ("Sales Floor Supervisor", "Hi Rhys, the Sales Floor Supervisor post is going to be a no "
     "for you. We wish you well." + _NEWSLETTER_FOOTER),
    # the application moved to the archive, or out of the running; a bare status
    ("Brightline Freight - Transport Planner", "Hi Ama,\n\nThe recruiting team moved your "
     "Transport Planner application to the archive.\n\nThis is an automatic message."),
    ("Your application", "Hello Jonas,\n\nYour application for Junior Architect has been "
     "placed in our inactive pile.\n\nDo not reply to this email."),
    ("Application update", "Hi Mei,\n\nWe have moved your application to the archived "
     "applications folder. Thank you for your interest in Kestrel Health."),
    ("Update on Warehouse Operative", "Hi Dan, you're now out of the running for the Warehouse "
     "Operative role in Leicester.\n\nSent by Hireloop on behalf of Parcelpoint"),
    ("Your application", "Hi Ines, you are no longer in the running for the Dental Nurse post at "
     "our Porto clinic team. Thanks for applying."),
    ("Orrin Labs - QA Engineer", "Hi Sunita,\n\nApplication: QA Engineer (Pune)\nStatus: "
     "Archived\n\nThis is an automated notification."),
    ("Status update", "Hello Kwame,\n\nThe status of your application for Site Engineer "
     "changed to Inactive.\n\nBuildwell Careers"),
    # a hedge in learner's English
    ("About your candidature", "Dear Lukas,\n\nthank you for the interest to our company. Other "
     "candidates have more years in the field of logistics, therefore we give them the "
     "priority for this position. We wish you success.\n\nBest regards,\nMarta Kowalczyk"),
    ("Your application", "Dear Mr Haddad,\n\nWe regret we cannot proceed your profile for the "
     "post of Process Engineer. We wish you the best in the future.\n\nHR Department"),
    ("Candidature", "Hello Priya,\n\nafter careful study, your candidature is not matching at "
     "this time with the needs of our team in Lyon.\n\nCordially,\nSophie Marchand"),
    ("Your profile", "Dear Tomasz,\n\nWe inform you that your candidature was not kept for the "
     "next step of the recruitment. Best greetings,\nAnders Nyqvist"),
    ("Application result", "Dear Chidi,\n\nWe are sorry but we cannot give a positive answer "
     "to your candidature for the Field Technician role.\n\nKind regards,\nVolta Servizi"),
    ("About your candidature", "Dear Oksana,\n\nwe will not continue with your dossier for the "
     "position of Buyer. We hope you find soon a good place."),
    # a name left off a public service's shortlist
    ("OUTCOME: Registry Clerk (Level 4)", "Dear Thandiwe\n\nKindly note: the panel left you off "
     "the shortlist in respect of Registry Clerk (Level 4) (ref 20931).\n\nHuman Resource "
     "Management\nDepartment of Health, Limpopo"),
    ("Post of Library Assistant", "Dear Applicant,\n\nPlease be advised that your name was left "
     "off the interview list for the post of Library Assistant at the Municipality.\n\nCorporate "
     "Services"),
    ("Notification", "Dear Ms Mthembu,\n\nThe selection committee kept you off the "
     "shortlist for the post of Community Liaison Officer.\n\nOffice of the Premier"),
]  # fmt: skip

TWINS = [
    # confirmations over the same footers
    ("Thanks for applying", "Dear Owen,\n\nThanks for applying for Stock Replenisher. We'll be "
     "in touch within ten working days." + _RETAIL_FOOTER),
    ("Application received", "Hi Aylin,\n\nWe've got your application for Night Porter and the "
     "hotel manager will review it this week." + _NEWSLETTER_FOOTER),
    # a day, a slot, a thing that is a no
    ("Interview time", "Let me know if Saturday is a no for you and we'll move the interview."),
    ("Interview slot", "Is the Friday slot a no for you? We can do Monday instead."),
    ("Your first day", "Parking on site is a no for you, I'm afraid, but the bus stops outside."),
    # the reader's own withdrawal, a newer application, a rule, a mistake, a pool
    ("Withdrawal", "At your request, we've moved your application to the archive. Good luck "
     "with the new job."),
    ("Your application", "We moved your application to the archive by mistake and have "
     "restored it; the panel still has it."),
    ("Duplicate application", "Your older application was moved to the archive because you "
     "applied again for the same role."),
    ("Talent pool", "We've moved your profile into our talent pool and will contact you when a "
     "match appears."),
    ("Status", "Hi Sunita,\n\nApplication: QA Engineer (Pune)\nStatus: In review\n\nThis is an "
     "automated notification."),
    ("Status", "Application: QA Engineer\nStatus: Archived (withdrawn by you)"),
    ("Privacy", "Applications are moved to the archive automatically after 6 months."),
    ("Assessment", "If you don't complete the assessment by Friday, you'll be out of the "
     "running."),
    ("Reminder", "If the form isn't back by Friday, you'll be no longer in the running."),
    ("Next steps", "You're still in the running for this role - we'll call you on Monday."),
    ("Next stage", "We have moved your application to the next stage: a call with the manager."),
    # a hedge's words about papers, a portal, a time
    ("Documents", "We cannot proceed your application until you send the signed form."),
    ("Documents", "We cannot proceed your profile without the diploma copy."),
    ("Upload", "Your application is not matching the file format we need, please upload a PDF."),
    ("Panel", "We cannot give a positive answer yet, the panel meets next week."),
    ("Candidature", "Your candidature was kept for the next step: the panel will call you."),
    ("Candidature", "Your candidature is matching very well, we invite you to a call."),
    # shortlists, invitations
    ("Shortlist", "Don't worry, we haven't left you off the shortlist; the list closes Friday."),
    ("Shortlisted", "You have been shortlisted for Administration Clerk (Salary Level 5). "
     "Please attend the interview on 14 May."),
    ("Mailing list", "We left you off the mailing list as you asked."),
    ("Shortlisting", "The panel will compile the shortlist on 30 April; shortlisted candidates "
     "will be contacted."),
    ("Invitation", "We are pleased to invite you to an interview for the post of Deputy Store "
     "Lead." + _RETAIL_FOOTER),
]  # fmt: skip


@pytest.mark.parametrize(
    ("subject", "body", "refusal"),
    [(*pair, True) for pair in REFUSALS] + [(*pair, False) for pair in TWINS],
)
def test_a_refusal_is_read_and_its_twin_is_not(subject: str, body: str, refusal: bool) -> None:
    assert bool(message_decisions(subject, body)) is refusal


def test_the_readings_are_outcome_readings() -> None:
    assert set(ARCHIVED) <= set(plain_outcomes.READINGS)
