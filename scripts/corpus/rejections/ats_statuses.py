"""Bare ATS status updates that refuse: not selected, no longer under consideration, requisition
closed, withdrawn by employer (families w2-ats-*; voice in voices/ats_status_lines.py).
"""

from __future__ import annotations

from ..voices.ats_status_lines import requisition_letter, short_status, status_mail
from ..voices.portal_letters import family

REJ_VALUES = [
    "Not selected",
    "No longer under consideration",
    "Not Selected \u2013 Position Filled",
    "Requisition closed",
    "Closed \u2013 requisition cancelled",
    "Candidate withdrawn by employer",
    "Declined",
    "Rejected",
    "Not moving forward",
    "Unsuccessful",
    "Archived \u2013 not progressed",
    "Closed \u2013 not hired",
    "Inactive \u2013 another candidate selected",
    "Not proceeding",
    "Disqualified",
    "Not shortlisted",
    "Position cancelled",
    "Withdrawn by hiring team",
]

REJ_MEANING = [
    "We inform you that the decision for this position was taken and it was not in your favour.",
    "Please note that this position will not be continued with your candidature.",
    "This means the hiring team has decided not to [[continue|go ahead]] with your application for this [[job|vacancy|position]].",
    "Your application will [[no longer be considered|not be considered further]] for this role.",
    "The requisition [[has been closed|was closed by the hiring manager]], and all applications to it, including yours, have been closed [[as well|out]].",
    "The position has been filled and [[no further candidates will be considered|we will not move forward with other applicants]].",
    "Your candidacy for this [[opening|job]] has ended. [[Any other applications you have with us are not affected.|Other applications in your account are not affected.]]",
    "The employer has withdrawn your candidacy from this requisition.",
    "We are not able to offer you this position.",
    "This job is [[no longer|not]] accepting candidates, so your application has been closed.",
    "Your profile was reviewed and was not selected for the next step.",
    "The hiring team chose [[to proceed|to go ahead]] with other candidates.",
    "",
    "",
]

REJ_AFTER = [
    "We encourage you to [[keep an eye on|look at]] our other [[openings|vacancies]] and apply for any that suit you.",
    "Your profile stays in our talent pool, [[unless you delete it|and you can delete it at any time]].",
    "Thank you for the time you spent on your application.",
    "",
    "",
]

SHORT_REJ = [
    "Status: VALUE. Your application for {role} at {company} will not proceed.",
    "{company} updated your application for {role}: VALUE.",
    "Your application for {role} ({req}) is no longer under consideration. Status: VALUE.",
    "{role} \u00b7 {company}\nVALUE \u2013 the requisition has been closed.",
    "Application {appno} \u2013 {role}: VALUE. No further action will be taken on this application.",
    "We have closed your application for {role}. Current status: VALUE.",
]
CLOSED = [
    "[[We are writing to let you know|Please note|This is to inform you]] that requisition {req}, {role}, has been [[closed|cancelled|withdrawn]] [[by the business|for budget reasons|following an internal reorganisation|because the hiring need has changed]]. [[As a result|Consequently|For this reason]], your application [[will not be progressed|has been closed|is no longer active]].",
    "The {role} vacancy you applied for has been [[put on hold indefinitely|cancelled]] and will not be filled [[at this time|this year]]. We have therefore [[closed all applications to it|ended the recruitment and closed every application]], including yours.",
    "The hiring manager has closed {req} without [[making a hire|filling it]] from the current applicants. Your application for {role} [[is now closed|has been marked as not selected]].",
    "Dear candidate, the job {role} in {location} was canceled by the company. Your application was closed automatically and you [[can not|cannot]] be considered for it anymore.",
]
CLOSED_AFTER = [
    "We apologise for any inconvenience.",
    "Thank you for your understanding.",
    "",
    "If you have questions, please reply to your recruiter.",
]

FAMILIES = [
    family(
        "w2-ats-status-refused",
        48,
        "rejection",
        status_mail(REJ_VALUES, REJ_MEANING, REJ_AFTER, 0.35),
    ),
    family("w2-ats-status-short-refused", 34, "rejection", short_status(REJ_VALUES, SHORT_REJ)),
    family("w2-ats-requisition-closed", 30, "rejection", requisition_letter(CLOSED, CLOSED_AFTER)),
]
