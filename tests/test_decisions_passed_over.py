"""Twenty-eighth pass, part H (issue 11): slice 26's footer, college-ATS and public-notice misses
and its two filed others, in their general forms (rejectwatch.model.decisions_passed_over,
stated_outcomes, negation._ABOUT_OTHER, none_refused, told_ahead).

Refusals that must carry a decision token, several under a long footer (a job-alert list, a
careers blurb, a privacy or equal-opportunity block, an unsubscribe line): others picked to go
on, the appointment made, "it goes no further with us", the name left off a referral or
interview list, qualified but not referred, not selected for referral. Twins that must stay
unread under the same footers: a confirmation, an interview invitation from the same college,
a public body's "referred to the hiring official" notice, a mailing list left off at the reader's
request, a privacy promise that "goes no further".

And the two others slice 26 filed: a hiring pause that keeps applications open ("nobody is being
hired or turned down in the meantime") and a confirmation that tells how either outcome will
come ("the team either books an interview with you or writes that another candidate was
chosen") carry no token; their refusal twins stay read. Every message is written for these
tests, in several trades and countries.
"""

from __future__ import annotations

import pytest

from readings import message_decisions

_ALERTS = (
    "\n\n-----\nMore jobs like this: Stock Controller, Leeds | Van Driver, Wakefield | Yard "
    "Operative, Bradford\nJoin our Talent Network to hear about new openings first.\nWe never ask "
    "candidates for money or bank details. Privacy notice | Unsubscribe from job alerts"
)
_EQUALITY = (
    "\n\nWe are an equal opportunity employer and welcome applications from all sections of the "
    "community. Reasonable adjustments are available on request. If you received this message in "
    "error, please delete it; its contents are meant for the named recipient only.\nFollow us on "
    "social media | Manage your email preferences"
)
_COLLEGE = (
    "\n\nOffice of Human Resources\nAn AA/EOE institution. New openings are posted every term."
)
_FEDERAL = (
    "\n\nNo further action is required on your part. This mailbox is not monitored; do not "
    "reply.\nHuman Resources Office"
)

REFUSALS = [
    # others picked to go on
    (
        "Application update - Yard Supervisor",
        "Hello Dami,\n\nAbout Yard Supervisor with Northgate Haulage: the hiring team chose a few "
        "others to advance.\n\nRecruiting, Northgate Haulage" + _ALERTS,
    ),
    (
        "Your application to Kestrel Coffee",
        "Hi Ines, thanks for applying for the barista role in Porto. The store manager selected "
        "several others for interview.\n\nKestrel Coffee People Team" + _EQUALITY,
    ),
    (
        "Junior Accountant - outcome",
        "Dear Mr Venter, for the Junior Accountant post the partners shortlisted two others to go "
        "through to the next round.\n\nRegards,\nLindeque & Botha" + _EQUALITY,
    ),
    # the appointment made
    (
        "Fernvale College search update",
        "Dear Dr Osei,\n\nThe Lecturer in Chemistry search at Fernvale College is over: the "
        "committee has made its appointment. Thank you for considering Fernvale." + _COLLEGE,
    ),
    (
        "Head of Finance recruitment",
        "Dear Catriona,\n\nThank you for your interest. The panel has now made an appointment to "
        "the Head of Finance post.\n\nPeople Services, Glenmore Housing Trust" + _EQUALITY,
    ),
    (
        "Parish Clerk vacancy",
        "Dear Mrs Hollis, the recruitment for the Parish Clerk role has concluded with an "
        "appointment. With thanks, the Chair, Little Barford Parish Council",
    ),
    # "it goes no further with us"
    (
        "Helderberg Pharmacies: application outcome",
        "Hi Thandi\n\nWe've read your Dispensary Clerk application; it goes no further with us.\n\n"
        "Careers" + _ALERTS,
    ),
    (
        "Care Assistant application",
        "Dear Gareth, we have looked at your Care Assistant application and it goes no further "
        "with the home this time.\n\nRecruitment, Bryn Teg Care" + _EQUALITY,
    ),
    # the name left off a referral or interview list
    (
        "Notice of Results: Forestry Technician, Announcement 40211",
        "Dear Luis Ortega,\n\nAnnouncement 40211, Forestry Technician: you rated qualified. The "
        "selecting official received a short referral list, which leaves your name off." + _FEDERAL,
    ),
    (
        "Research Coordinator - posting 5512",
        "Dear Aiyana, thank you for applying to posting 5512. The hiring committee finished "
        "reviewing and has left your name off its interview list.\n\nHuman Resources, Lakehead "
        "North University" + _EQUALITY,
    ),
    (
        "Notice of Results: Claims Examiner",
        "Dear Ms Park, the referral list sent to the hiring manager for the Claims Examiner "
        "vacancy does not include your name." + _FEDERAL,
    ),
    (
        "Notice of Results: Park Ranger",
        "Dear Tomasz, the certificate went to the selecting official without your name on it."
        + _FEDERAL,
    ),
    # qualified, but not referred; not selected for referral
    (
        "Notice of Results: Park Ranger (Seasonal)",
        "Dear Noor, you were found qualified for the Park Ranger vacancy but were not referred."
        + _FEDERAL,
    ),
    (
        "Notice of Results: Payroll Technician",
        "Dear Kwabena, you rated qualified; however, you were not selected for referral."
        + _FEDERAL,
    ),
]

TWINS = [
    # a confirmation and an interview invitation under the same footers
    (
        "Application received - Yard Supervisor",
        "Hello Dami,\n\nThanks for applying for Yard Supervisor with Northgate Haulage. The hiring "
        "team will review applications next week.\n\nRecruiting, Northgate Haulage" + _ALERTS,
    ),
    (
        "Application update - Yard Supervisor",
        "Hello Dami,\n\nAbout Yard Supervisor: the hiring team chose you and a few others to "
        "advance to the panel interview.\n\nRecruiting, Northgate Haulage" + _ALERTS,
    ),
    (
        "Your application to Kestrel Coffee",
        "Hi Ines, we have also shortlisted a few others to move forward alongside you; the store "
        "manager will call you about a trial shift." + _EQUALITY,
    ),
    (
        "Fernvale College search update",
        "Dear Dr Osei,\n\nThe search committee has made its selection of candidates for "
        "interview, and we'd like to invite you to campus on 12 March." + _COLLEGE,
    ),
    (
        "Fernvale College search update",
        "Dear Dr Osei,\n\nOnce the committee has made its appointment, every applicant will hear "
        "from us. Thank you for your patience." + _COLLEGE,
    ),
    (
        "Head of Finance - offer",
        "Dear Catriona, the panel has made its appointment and we are delighted to offer you the "
        "post." + _EQUALITY,
    ),
    (
        "Pre-employment check",
        "Dear Gareth, we have made an appointment for you with the occupational health nurse on "
        "Tuesday." + _EQUALITY,
    ),
    # a privacy promise that goes no further
    (
        "Your screening questions",
        "Hi Thandi, anything you share during the process goes no further than the panel, and "
        "rest assured it goes no further with us than the hiring team." + _ALERTS,
    ),
    # a public body's referred and eligible notices
    (
        "Notice of Results: Forestry Technician, Announcement 40211",
        "Dear Luis Ortega,\n\nYou rated qualified and your name was referred to the selecting "
        "official. You may be contacted for an interview." + _FEDERAL,
    ),
    (
        "Notice of Results: Payroll Technician",
        "Dear Kwabena, you were found eligible and have been selected for referral to the hiring "
        "manager." + _FEDERAL,
    ),
    (
        "Notice of Results: Claims Examiner",
        "Dear Ms Park, the referral list does not include your name yet; it will be issued next "
        "week once the late applications are rated." + _FEDERAL,
    ),
    (
        "Notice of Results: Park Ranger",
        "Dear Tomasz, the certificate went to the selecting official with your name at the top."
        + _FEDERAL,
    ),
    # a mailing list left off at the reader's request
    (
        "Your preferences",
        "Dear Aiyana, at your request we have left your name off the mailing list for events."
        + _EQUALITY,
    ),
    # the name NOT left off: a reassurance, never a refusal
    (
        "Re: shortlist",
        "Hi Femi, no need to worry: we have not left your name off the interview list, and "
        "Ruth will send the times by Thursday." + _EQUALITY,
    ),
    # the name left off by mistake, and put back: a correction, never a refusal
    (
        "Correction: panel interviews",
        "Hi Tomas, apologies, the system left your name off the interview list in error; you are "
        "on it now and your slot is 2 pm on the 14th." + _EQUALITY,
    ),
]

# The two others slice 26 filed, in their general forms: a pause that keeps applications open,
# and a confirmation that tells how either outcome will come
OTHERS = [
    (
        "Product Analyst - hiring on hold",
        "Hi Maeve,\n\nHiring for Data Analyst is frozen while the board agrees next year's "
        "budget. Nobody is being hired or turned down in the meantime. Your application stays as "
        "it is until the role reopens, and we'll write then.\n\nRuth",
    ),
    (
        "Store Supervisor recruitment paused",
        "Dear Kofi, recruitment for the Store Supervisor post is on hold. No one is being "
        "appointed or rejected for now, and your application stays as it is.",
    ),
    (
        "Thank you for applying to Redrock Zoo",
        "Dear Amara,\n\nYour Keeper application is here. The hiring team reads applications over "
        "the next few weeks, then either books an interview with you or writes that another "
        "candidate was chosen.\n\nTalent Acquisition",
    ),
    (
        "Application received - Line Cook",
        "Hi Bo, got your application. Each applicant either gets a trial shift or hears that the "
        "post has gone to someone else.",
    ),
    (
        "Application received - Licensing Officer",
        "Dear Zanele, your form has reached us. Three weeks past the deadline with no word from "
        "the panel means the manager selected a few others to advance.",
    ),
]
OTHER_TWINS = [
    (
        "Product Analyst - update",
        "Hi Maeve, hiring for Data Analyst was frozen last month. No one is being hired for this "
        "role now: the vacancy has been withdrawn.",
    ),
    (
        "Store Supervisor recruitment",
        "Dear Kofi, no applicant has been turned down lightly, and sadly yours has not been "
        "shortlisted.",
    ),
    (
        "Redrock Zoo - Keeper",
        "Dear Amara,\n\nThe hiring team met last week and has chosen another candidate for the "
        "Keeper post.\n\nTalent Acquisition",
    ),
    (
        "Line Cook",
        "Hi Bo, we either hire from the trial day or not at all; this time we have chosen another "
        "candidate.",
    ),
]


# each message with whether it must carry a decision token
_CASES = [
    *((subject, body, True) for subject, body in REFUSALS + OTHER_TWINS),
    *((subject, body, False) for subject, body in TWINS + OTHERS),
]


@pytest.mark.parametrize(("subject", "body", "read"), _CASES)
def test_each_message_is_read_or_left_as_its_kind_says(subject: str, body: str, read: bool) -> None:
    assert bool(message_decisions(subject, body)) is read
