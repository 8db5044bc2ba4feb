"""Bare ATS status updates (helper W2, issue 11; written for rejectwatch).

Portal notifications whose only content is a status: "Your application status has been
updated", a status block, a line or two of explanation. Rejections (not selected, no longer
under consideration, requisition closed, withdrawn by employer) and, in exactly the same
skeletons, hard negatives (under review, received, in progress, interview scheduled,
assessment). Portal names are invented.
"""

from __future__ import annotations

from .engine import R
from .w2_pieces import HELLO, bye, family, long_footer, no_reply, status_block

REJ = "rejection"
RCV = "application_received"
INT = "interview"
NXT = "next_steps"

SUBJECTS = [
    "Your application status has been updated",
    "Application status update \u2013 {role}",
    "Update on your application ({req})",
    "{company}: a change to your application",
    "Status change for {role}",
    "Your {company} application",
    "Notification: application {appno}",
    "[{portal}] Status updated",
    "{role} - {req}",
    "Candidate update from {company}",
]
OPENERS = [
    "[[The status of your application has been updated.|Your application status has been updated.|There has been a change to your application.|We're writing with an update on your application.]]",
    "This is an automated message to let you know that your application [[for {role}|to {company}]] has been updated.",
    "[[You have a new notification|One of your applications has changed]] in your {company} candidate account.",
    "Thank you for your interest in {company}. [[Please see below for the current status of your application.|Below is the latest status of your application.]]",
    "We [[inform you|would like to inform you]] that there is a new status for your application in our system.",
    "",
]
CLOSERS = [
    "[[Sign in to|Log in to|Visit]] your candidate [[home|portal|account]] to see [[all your applications|more details]].",
    "You can review your applications at any time on {portal}.",
    "Please do not reply to this message; it was sent from an unattended mailbox.",
    "Questions? Contact [[talent|recruiting|careers]]@{cdomain}.",
    "",
]

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
    "Considered",
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
NEUTRAL_AFTER = [
    "Reviews usually take [[one to two|two to three|up to four]] weeks.",
    "Thank you for your patience while we review applications.",
    "In the meantime, make sure your contact details in your profile are up to date.",
    "",
    "",
]

INTERVIEW_VALUES = [
    "Interview scheduled",
    "Interview",
    "Interview \u2013 round 2",
    "Phone screen scheduled",
    "Invited to interview",
    "Final interview",
]
INTERVIEW_MEANING = [
    "Your interview [[is booked|has been scheduled]] for {date} at {time} {tz}. [[The calendar invitation|A calendar invite|Joining details]] [[is attached|will follow separately]].",
    "The hiring team would like to [[meet you|speak with you]]. Please [[choose a time|pick a slot]] in your candidate account by {date2}.",
    "You are invited to a [[{dur}-minute|short]] [[video|phone|on-site]] interview with {mfirst} {mlast}. Details are in your candidate home.",
]
NEXT_VALUES = [
    "Assessment",
    "Assessment sent",
    "Online test",
    "Action required",
    "Documents required",
    "Reference check",
]
NEXT_MEANING = [
    "Please complete the [[online assessment|skills test|questionnaire]] [[linked in your account|via the link below]] [[within {days} days|by {date2}]].",
    "We need [[a copy of your right-to-work document|two referees|your certificates]] before we can continue. Please upload [[it|them]] in your candidate account.",
    "Your [[assessment|video interview]] invitation is waiting for you. The link expires on {date2}.",
]


def _status_mail(values: list[str], meaning: list[str], after: list[str], footer: float):  # type: ignore[no-untyped-def]
    def write(r: R) -> tuple[str, str, str]:
        value = r.choice(values)
        order = [r(HELLO), r(OPENERS), status_block(r, value)]
        if r.chance(0.5):
            order += [r(meaning), r(after)]
        else:
            order.insert(2, r(meaning))
            order.append(r(after))
        order += [r(CLOSERS), bye(r, person=0.1) if r.chance(0.6) else ""]
        if r.chance(footer):
            order.append(long_footer(r, jobs=0.4))
        return r(SUBJECTS), r.body(*order), no_reply(r)

    return write


def _short(values: list[str], lines: list[str]):  # type: ignore[no-untyped-def]
    """A bare one- or two-line status note, the way mobile and digest notifications read."""

    def write(r: R) -> tuple[str, str, str]:
        value = r.choice(values)
        line = r(r.choice(lines)).replace("VALUE", value)
        extra = r(
            [
                "",
                "",
                "Log in for details.",
                "\u2192 View in {portal}",
                "Reply STOP to opt out.",
                "{company} Careers",
            ]
        )
        return (
            r(SUBJECTS + ["{company} \u2013 {role}", "Status: VALUE"]).replace("VALUE", value),
            r.body(r(["", "", "Hi {first},"]), line, extra),
            no_reply(r),
        )

    return write


SHORT_REJ = [
    "Status: VALUE. Your application for {role} at {company} will not proceed.",
    "{company} updated your application for {role}: VALUE.",
    "Your application for {role} ({req}) is no longer under consideration. Status: VALUE.",
    "{role} \u00b7 {company}\nVALUE \u2013 the requisition has been closed.",
    "Application {appno} \u2013 {role}: VALUE. No further action will be taken on this application.",
    "We have closed your application for {role}. Current status: VALUE.",
]
SHORT_NEUTRAL = [
    "Status: VALUE. Your application for {role} at {company} is being processed.",
    "{company} updated your application for {role}: VALUE.",
    "Your application for {role} ({req}) is now under consideration. Status: VALUE.",
    "{role} \u00b7 {company}\nVALUE \u2013 the requisition is open.",
    "Application {appno} \u2013 {role}: VALUE. We'll let you know when it moves to the next stage.",
    "We have received your application for {role}. Current status: VALUE.",
]


def _requisition(kind: str):  # type: ignore[no-untyped-def]
    """A short letter about the requisition itself: closed/cancelled (rejection) or reopened,
    extended, still open (confirmation)."""
    closed = [
        "[[We are writing to let you know|Please note|This is to inform you]] that requisition {req}, {role}, has been [[closed|cancelled|withdrawn]] [[by the business|for budget reasons|following an internal reorganisation|because the hiring need has changed]]. [[As a result|Consequently|For this reason]], your application [[will not be progressed|has been closed|is no longer active]].",
        "The {role} vacancy you applied for has been [[put on hold indefinitely|cancelled]] and will not be filled [[at this time|this year]]. We have therefore [[closed all applications to it|ended the recruitment and closed every application]], including yours.",
        "The hiring manager has closed {req} without [[making a hire|filling it]] from the current applicants. Your application for {role} [[is now closed|has been marked as not selected]].",
        "Dear candidate, the job {role} in {location} was canceled by the company. Your application was closed automatically and you [[can not|cannot]] be considered for it anymore.",
    ]
    still_open = [
        "[[We are writing to let you know|Please note|This is to inform you]] that requisition {req}, {role}, has been [[reopened|extended until {date2}|re-advertised with an updated description]]. Your application [[remains active|is still active|stays in the process]] and you do not need to apply again.",
        "The {role} vacancy you applied for [[is still open|remains open]] and the closing date has moved to {date2}. [[All applications received so far, including yours, will be reviewed after that date.|Your application will be reviewed together with those received after that date.]]",
        "The hiring manager has [[added a second opening|increased the number of openings]] to {req}. Your application for {role} [[is still being considered|stays under review]] for both.",
        "Dear candidate, the job {role} in {location} was [[moved|transferred]] to a new recruiter in our system. Your application was kept and [[you can|will]] still be considered. Nothing changes for you.",
    ]
    lines = closed if kind == REJ else still_open

    def write(r: R) -> tuple[str, str, str]:
        body = r.body(
            r(HELLO),
            r(
                [
                    "Thank you for applying to {company}.",
                    "Thank you for your application.",
                    "",
                    "We appreciate your interest in our company.",
                ]
            ),
            r(lines),
            r(
                [
                    "We apologise for any inconvenience.",
                    "Thank you for your understanding.",
                    "",
                    "If you have questions, please reply to your recruiter.",
                ]
            )
            if kind == REJ
            else r(
                [
                    "Thank you for your patience.",
                    "",
                    "If you have questions, please contact your recruiter.",
                ]
            ),
            r(CLOSERS),
            bye(r, person=0.3),
            long_footer(r, jobs=0.3) if r.chance(0.35) else "",
        )
        subj = r(
            [
                "Requisition {req} update",
                "Update: {role}",
                "Change to the vacancy {role}",
                "Your application to {company}",
                "Important: {role} ({req})",
            ]
        )
        return subj, body, no_reply(r)

    return write


_REJ = [
    family(
        "w2-ats-status-refused", 48, REJ, _status_mail(REJ_VALUES, REJ_MEANING, REJ_AFTER, 0.35)
    ),
    family("w2-ats-status-short-refused", 34, REJ, _short(REJ_VALUES, SHORT_REJ)),
    family("w2-ats-requisition-closed", 30, REJ, _requisition(REJ)),
]
_RCV = [
    family(
        "w2-ats-status-neutral",
        44,
        RCV,
        _status_mail(NEUTRAL_VALUES, NEUTRAL_MEANING, NEUTRAL_AFTER, 0.35),
    ),
    family("w2-ats-status-short-neutral", 28, RCV, _short(NEUTRAL_VALUES, SHORT_NEUTRAL)),
    family("w2-ats-requisition-open", 22, RCV, _requisition(RCV)),
]
_INT = [
    family(
        "w2-ats-status-interview",
        24,
        INT,
        _status_mail(INTERVIEW_VALUES, INTERVIEW_MEANING, NEUTRAL_AFTER[2:], 0.3),
    )
]
_NXT = [
    family(
        "w2-ats-status-action",
        20,
        NXT,
        _status_mail(NEXT_VALUES, NEXT_MEANING, NEUTRAL_AFTER[2:], 0.3),
    )
]

FAMILIES_BY_FILE = {
    "rejections.jsonl": (_REJ, "rej"),
    "application_received.jsonl": (_RCV, "rcv"),
    "interviews.jsonl": (_INT, "int"),
    "next_steps.jsonl": (_NXT, "nxt"),
}
