"""Bare ATS status updates that leave the application open: under review, received, in progress,
requisition reopened or extended (families w2-ats-*; voice in voices/ats_status_lines.py). Hard
negatives for rejections/ats_statuses.py.
"""

from __future__ import annotations

from ..voices.ats_status_lines import NEUTRAL_AFTER, requisition_letter, short_status, status_mail
from ..voices.portal_letters import family

NEUTRAL_VALUES = [
    "Under review",
    "Application received",
    "In progress",
    "Submitted",
    "Screening",
    "Being reviewed by recruiter",
    "Forwarded to hiring manager",
    "Shortlisting in progress",
    "Active",
    "Review in progress",
    "Received \u2013 awaiting review",
    "Open",
    "Application complete",
]

NEUTRAL_MEANING = [
    "Should the team decide not to go ahead, this status will change to \u201cNot selected\u201d and we will let you know by e-mail.",
    "If your application is not taken forward, you will see that here as well; until then it remains active.",
    "Your candidacy is still open. We inform you by e-mail only at the moment there is a decision.",
    "This means [[a recruiter|the hiring team|a member of our team]] is [[currently looking at|now reviewing]] your application.",
    "Your application [[is with|has been passed to]] the hiring manager for review.",
    "No action is needed from you [[at this time|right now]]. We will contact you [[if|when]] there is a next step.",
    "We have received all the information we need and your application is complete.",
    "Your application [[remains|is still]] under consideration for this role.",
    "The requisition is still open and reviews are ongoing.",
    "If your profile is [[a match|selected]] for the next stage, a recruiter will get in touch; otherwise we will [[update|notify]] you here.",
    "",
    "",
]

SHORT_NEUTRAL = [
    "Status: VALUE. Your application for {role} at {company} is being processed.",
    "{company} updated your application for {role}: VALUE.",
    "Your application for {role} ({req}) is now under consideration. Status: VALUE.",
    "{role} \u00b7 {company}\nVALUE \u2013 the requisition is open.",
    "Application {appno} \u2013 {role}: VALUE. We'll let you know when it moves to the next stage.",
    "We have received your application for {role}. Current status: VALUE.",
]
STILL_OPEN = [
    "[[We are writing to let you know|Please note|This is to inform you]] that requisition {req}, {role}, has been [[reopened|extended until {date2}|re-advertised with an updated description]]. Your application [[remains active|is still active|stays in the process]] and you do not need to apply again.",
    "The {role} vacancy you applied for [[is still open|remains open]] and the closing date has moved to {date2}. [[All applications received so far, including yours, will be reviewed after that date.|Your application will be reviewed together with those received after that date.]]",
    "The hiring manager has [[added a second opening|increased the number of openings]] to {req}. Your application for {role} [[is still being considered|stays under review]] for both.",
    "Dear candidate, the job {role} in {location} was [[moved|transferred]] to a new recruiter in our system. Your application was kept and [[you can|will]] still be considered. Nothing changes for you.",
]
OPEN_AFTER = [
    "Thank you for your patience.",
    "",
    "If you have questions, please contact your recruiter.",
]

FAMILIES = [
    family(
        "w2-ats-status-neutral",
        44,
        "application_received",
        status_mail(NEUTRAL_VALUES, NEUTRAL_MEANING, NEUTRAL_AFTER, 0.35),
    ),
    family(
        "w2-ats-status-short-neutral",
        28,
        "application_received",
        short_status(NEUTRAL_VALUES, SHORT_NEUTRAL),
    ),
    family(
        "w2-ats-requisition-open",
        22,
        "application_received",
        requisition_letter(STILL_OPEN, OPEN_AFTER),
    ),
]
