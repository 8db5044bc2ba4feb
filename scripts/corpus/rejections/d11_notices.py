"""Rejections sent by a system or an office (families d11-*; helper d11, issue 11, eleventh
pass; voice: voices/d11_mail.py): a clear refusal under a long careers / job-alert /
newsletter / privacy footer, bare ATS statuses, public-sector notices, internship, graduate,
PhD, fellowship, residency and freelance-contract decisions, and group notices to "Dear applicant".
"""

from __future__ import annotations

from ..voices.d11_mail import (
    ATS_FROM,
    PUBLIC_FROM,
    REJ,
    letter,
    long_footer,
    status_update,
    team_sig,
)

FOOTER_REFUSALS = [
    "Thank you for applying for {arole}. After reviewing your application, we have decided "
    "not to move forward with it.",
    "We appreciate your interest in {company}. Your application for {role}{reqtxt} was not "
    "selected for the next stage.",
    "Thanks for your application. This time we've chosen to pursue other applicants for the "
    "{role} opening.",
    "Following review by the hiring team, your application for {role} has been declined.",
    "We've now filled the {role} vacancy and will not be progressing your application.",
]

STATUS_LINES = [
    "Application status: Not selected",
    "Status: Closed - position filled",
    "Current stage: Rejected",
    "Your application status has changed to: No longer under consideration",
    "Disposition: Not moving forward",
    "Outcome: Unsuccessful",
    "Status update: Candidate withdrawn by employer",
    "Stage: Archived (not selected)",
]

NOT_REFERRED = [
    "Your application for vacancy {req} was reviewed. You were rated as qualified, but your "
    "name was not among those referred to the selecting official for further consideration.",
    "We have completed the assessment of applicants for announcement {req}. Your application "
    "was not forwarded to the hiring manager.",
    "Based on your responses and the supporting documents, you were placed in a lower "
    "category and were not referred for this position.",
]
INELIGIBLE = [
    "After reviewing your application for {role} (announcement {req}), we found you "
    "ineligible because you did not meet the minimum qualification requirements.",
    "You have been rated ineligible for this vacancy: the required proof of education was "
    "not attached by the closing date.",
    "Your application cannot be considered further as it does not meet the eligibility "
    "criteria for this campaign (right to work / nationality requirement).",
]
NOT_SHORTLISTED = [
    "The shortlisting panel met on {date2} and assessed all applications against the "
    "essential criteria in the person specification. I regret that you have not been "
    "shortlisted for interview.",
    "Your application was scored against the criteria for the post. On this occasion your "
    "score did not reach the level needed to be invited to the assessment stage.",
    "Thank you for applying for the post of {role}. Due to the high standard of "
    "applications, the panel has not been able to shortlist you for this vacancy.",
]
CANCELLED = [
    "Vacancy {req} ({role}) has been cancelled and no appointment will be made. All "
    "applications received for this vacancy are now closed.",
    "Please be advised that the recruitment for {role} has been withdrawn by the hiring "
    "department. Your application will not be considered further.",
    "This job announcement was cancelled on {date2}. If the position is re-advertised, you "
    "will need to submit a new application.",
]

PROGRAMME_FROM = [
    "Early Careers at {company} <earlycareers@{cdomain}>",
    "{company} Graduate Programme <graduates@{cdomain}>",
    "Internships <internships@{cdomain}>",
    "Admissions Office <pgr-admissions@{cslug}.ac.uk>",
    "Fellowship Committee <fellowships@{cdomain}>",
]
PROGRAMME = [
    "Thank you for applying to the {company} Summer Internship {year}. We received a record "
    "number of applications, and we are sorry to let you know that we cannot offer you a "
    "place on this year's programme.",
    "Thank you for attending our assessment centre. The assessors have now reviewed every "
    "candidate and you have not been successful in securing a place on the Graduate "
    "Scheme.",
    "The selection committee has considered your application for the funded PhD studentship "
    "in the {team} group. I am sorry to inform you that the studentship has been offered to "
    "another applicant.",
    "After careful review by the fellowship committee, your application to the {year} "
    "cohort was not selected.",
    "Thank you for interviewing for the residency programme. The programme has completed its "
    "rank list, and you were not matched to a position this cycle.",
    "Your placement year application has been reviewed. We won't be progressing it to the "
    "video interview stage.",
    "We regret that your application to the {team} apprenticeship was unsuccessful at the "
    "online test stage.",
]

FREELANCE = [
    "Thanks for applying for the six-month freelance {role} contract. We've offered the "
    "contract to another freelancer whose availability matched the project start.",
    "Thank you for putting yourself forward for the interim {role} assignment. The client has "
    "appointed a different interim, so we won't be taking your application further.",
    "Thanks for sending your day rate and portfolio for the {role} engagement. We've chosen "
    "another contractor for this piece of work.",
    "We've now filled the locum {role} shifts for {month} and your application was not "
    "selected on this occasion.",
]
FREELANCE_MORE = [
    "Your rate was competitive; the deciding factor was experience with our tooling.",
    "We'll keep your profile on our contractor list for future projects.",
    "Feedback is available on request within ten days.",
]

GROUP = [
    "Dear applicant,\n\nThank you for applying for the {role} position. We received {nrev} "
    "applications. We regret to inform you that your application has not been selected for "
    "interview.",
    "Dear Candidate,\n\nThis message is sent to every applicant who was not invited to the "
    "next round for the {role} role. We are grateful for your interest and wish you well.",
    "Dear all,\n\nThe recruitment for {role} has now closed. We have phoned the successful "
    "candidates; if you have not heard from us, your application was unsuccessful.",
    "To all applicants for {role}:\n\nThe interviews are now complete and the post has been "
    "filled. Thank you for taking part.",
]

FAMILIES = [
    letter(
        "d11-refusal-long-footer",
        20,
        REJ,
        ATS_FROM,
        [
            "Your application to {company}",
            "{role} at {company}",
            "Update: {role}{reqtxt}",
            "Thank you for applying",
        ],
        ["Hi {first},", "Dear {first},", "Hello {first} {last},", "Dear Candidate,"],
        FOOTER_REFUSALS,
        (0.4, ["We encourage you to apply for other roles that match your skills."]),
        team_sig,
        lambda r: long_footer(r, 4, 8),
    ),
    status_update("d11-bare-ats-status", 18, REJ, STATUS_LINES),
    letter(
        "d11-public-not-referred",
        14,
        REJ,
        PUBLIC_FROM,
        ["Notice of results - {req}", "Application status: {role}", "Referral notice"],
        ["Dear {full},", "Dear Applicant,", "{full}:"],
        NOT_REFERRED,
        (
            0.6,
            [
                "You may review your rating and the notice of results in your applicant "
                "account. Questions may be sent to the HR contact on the announcement."
            ],
        ),
        ["Human Resources Office", "Staffing and Classification", "Recruitment Services"],
    ),
    letter(
        "d11-public-ineligible",
        14,
        REJ,
        PUBLIC_FROM,
        ["Eligibility decision - {req}", "Your application {ref}", "{role}: eligibility"],
        ["Dear {full},", "Dear Applicant,", "Dear {title} {last},"],
        INELIGIBLE,
        (0.5, ["You may apply to future announcements that match your qualifications."]),
        ["Recruitment Team", "HR Operations", "Staffing Office"],
    ),
    letter(
        "d11-public-not-shortlisted",
        14,
        REJ,
        PUBLIC_FROM,
        ["Outcome of shortlisting - {role}", "Post ref {req}", "Your application"],
        ["Dear {title} {last},", "Dear {first},", "Dear Applicant,"],
        NOT_SHORTLISTED,
        (0.5, ["Feedback is available from the recruiting manager on request."]),
        [
            "Yours sincerely,\nRecruitment Officer",
            "Kind regards,\nPeople Services",
            "Resourcing Team",
        ],
    ),
    letter(
        "d11-public-vacancy-cancelled",
        12,
        REJ,
        PUBLIC_FROM,
        ["Vacancy cancelled: {req}", "Notice: announcement {req} withdrawn", "{role} - closed"],
        ["Dear Applicant,", "Dear {full},"],
        CANCELLED,
        (0.5, ["We apologise for any inconvenience."]),
        ["Human Resources", "Recruitment Services", "Staffing Office"],
    ),
    letter(
        "d11-programme-decision",
        20,
        REJ,
        PROGRAMME_FROM,
        [
            "Your application: {year} programme",
            "Application outcome",
            "{company} Early Careers",
            "Studentship decision",
            "Your application to the {year} cohort",
        ],
        ["Dear {first},", "Dear {full},", "Hi {first},"],
        PROGRAMME,
        (
            0.5,
            [
                "Many of our interns apply more than once, and we hope you will too.",
                "We will keep you informed about future intakes if you opted in to updates.",
            ],
        ),
        team_sig,
        (0.3, lambda r: long_footer(r, 2, 4)),
    ),
    letter(
        "d11-freelance-contract-decision",
        12,
        REJ,
        ["Resourcing <resourcing@{cdomain}>", "{rfull} <{rmail}>"],
        ["Your application - freelance {role}", "Contract {req}: outcome", "Re: {role} contract"],
        ["Dear {first},", "Hi {first},", "Dear {full},"],
        FREELANCE,
        (0.6, FREELANCE_MORE),
        team_sig,
    ),
    letter(
        "d11-group-notice",
        14,
        REJ,
        [
            "{company} Recruitment <recruitment@{cdomain}>",
            "undisclosed-recipients <jobs@{cdomain}>",
            "{rfull} <{rmail}>",
        ],
        ["{role} vacancy", "Recruitment for {role}", "Your application", "Vacancy update"],
        GROUP,
        team_sig,
        (0.3, lambda r: long_footer(r, 1, 3)),
    ),
]
