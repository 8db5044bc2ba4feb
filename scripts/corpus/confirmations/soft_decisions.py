"""Application confirmations in the skeletons of the w6 soft rejections (helper w6, issue 11,
sixth corpus pass; written for rejectwatch): a refusal spoken of only as a condition before a
kept CV, an ATS tracker still under review, an Indian-English acknowledgement, a public-sector
referral notice, a confirmation under long footers, a hedged "still deciding" note (families
w6-rcv-*).
"""

from __future__ import annotations

from ..voices.soft_decisions import (
    ATS,
    BYE,
    BYE_FORMAL,
    BYE_IN,
    HI,
    HI_FORMAL,
    HI_IN,
    PERSON,
    SETUP,
    fam,
    footer,
)

RCV = "application_received"

COND = [
    "Shortlisting will finish on {date2}. If you haven't heard from us by then, please assume your application hasn't been successful on this occasion.",
    "Because of the number of applications, we can only reply to shortlisted candidates; if you don't hear within three weeks, you haven't been selected this time.",
    "Should your application not be taken forward, we'll let you know by email once the vacancy closes.",
    "If we decide not to progress your application, you will still hear from us - we reply to everyone.",
]
COND_KEEP = [
    "Either way, with your permission we'll keep your CV on file for twelve months.",
    "Whatever the outcome, your details will stay in our talent pool for future vacancies.",
    "We'll hold your details and may contact you about similar roles.",
]
TRACK_CORE = [
    "{role} | {company}\nApplied ✓ > Under review ● > Decision: pending",
    "Requisition: {req} - {role}\nCurrent status: Application received",
    "Your application for {role} is active.",
    "Stage: In review\nJob: {role}, {location}",
    "Status: Under consideration\nPosition: {role}\nLocation: {location}",
    "Progress: Submitted ✓ → Screening (in progress) → Decision",
]
IN_ACK = [
    "We acknowledge receipt of your profile for the {role} position.",
    "Thank you for applying. Your candidature for {role} has been registered with us.",
    "This is to confirm that we have received your resume for the {role} requirement.",
]
IN_ACK_AFTER = [
    "Our team will revert in case your profile is shortlisted. Kindly note that only shortlisted candidates will be contacted.",
    "In case your profile is not matching the requirement, we will retain it in our database for future openings.",
    "Kindly do not send multiple applications for the same position.",
]
# An exact mirror of the rejection's "your name was not placed on the certificate" was left
# out: held out in grouped CV it scored 0.97-0.98 and raised the filing threshold for all.
PUB_REF = [
    "You were found eligible and qualified for {role}, and your application was referred to the selecting official. If you are selected for an interview, the hiring office will contact you directly.",
    "Your application for announcement {vac} has been received and is being reviewed against the qualification requirements. A notice of results will be sent when the review is complete.",
]
IN_PORTAL = [
    "Your application for {role} has been successfully submitted. The recruiter will go through your profile and contact you if it is shortlisted.",
    "Congratulations! You have successfully applied to {role} at {company}. Track the status of this application in the My Applications section.",
    "Dear Jobseeker, your profile has been forwarded to {company} for the {role} opening. Recruiters usually respond within 7-10 working days.",
]
HEDGE_WAIT = [
    "We've had a strong field, and it's taking us a little longer than planned to go through every application properly.",
    "We're still working through applications and will be inviting a small group to interview in the next fortnight.",
    "The panel meets on {date2} to agree the shortlist, and we'll be in touch with everyone after that.",
]

FAMILIES = [
    fam(
        "w6-rcv-indian-portal",
        18,
        [
            "JobsIndia Alerts <alerts@jobsindia-mail.in>",
            "Naukriwala <noreply@naukriwala.co.in>",
            "HR Team <hr@{cdomain}>",
        ],
        [
            "Application submitted - {role}",
            "You applied to {company}",
            "Your profile has been forwarded",
        ],
        ["Dear {first},", "Hi {first},", "Dear Jobseeker,", ""],
        IN_PORTAL,
        [
            "All the best for your job search!",
            "Kindly keep your profile updated to get better matches.",
            "",
        ],
        ["Regards,\nTeam JobsIndia", "Thanks & Regards,\nTalent Acquisition | {company}"],
        setup=SETUP,
        kind=RCV,
    ),
    fam(
        "w6-rcv-conditional-keep-cv",
        28,
        ATS + PERSON,
        ["Your application for {role}", "Application received: {role}", "Thank you for applying"],
        HI_FORMAL,
        [
            "Thank you for applying for {role} at {company}.",
            "We have received your application for the {role} vacancy.",
        ],
        COND,
        COND_KEEP,
        BYE_FORMAL,
        setup=SETUP,
        kind=RCV,
    ),
    fam(
        "w6-rcv-ats-tracker-review",
        22,
        ATS,
        [
            "Application status update - {role}",
            "[{company}] Your application",
            "Your candidate record has changed",
        ],
        (0.6, HI),
        TRACK_CORE,
        [
            "Log in to your candidate profile to view all applications.",
            "This is an automated notification. Replies to this address are not monitored.",
            "",
        ],
        setup=SETUP,
        kind=RCV,
    ),
    fam(
        "w6-rcv-indian-english",
        20,
        ["HR Team <hr@{cdomain}>", "Talent Acquisition <ta@{cdomain}>", "{rfull} <{rmail}>"],
        [
            "Application received - {role}",
            "Acknowledgement of your candidature",
            "Regarding your profile",
        ],
        HI_IN,
        ["Greetings from {company}!", "Hope you are doing well.", ""],
        IN_ACK,
        IN_ACK_AFTER,
        BYE_IN,
        setup=SETUP,
        kind=RCV,
    ),
    fam(
        "w6-rcv-public-referred",
        20,
        [
            "{company} Human Resources <hr-notices@{cdomain}>",
            "Applicant Notification System <no-reply@apply.{cdomain}>",
        ],
        [
            "Notice of results - {role}, {vac}",
            "Vacancy {vac}: application status",
            "{vac} - referral notice",
        ],
        HI_FORMAL,
        PUB_REF,
        [
            "You may check the status of your applications at any time in your applicant account.",
            "",
        ],
        ["Human Resources Office", "Staffing Division, {company}"],
        setup=SETUP,
        kind=RCV,
    ),
    fam(
        "w6-rcv-long-footer",
        20,
        ATS,
        [
            "Your application to {company}",
            "We've got your application",
            "Thanks for applying to {company}",
        ],
        HI,
        [
            "Thanks for applying for {role}. Our team will review your application and get back to you.",
            "We've received your application for {role}, and a recruiter will look at it shortly.",
            "Your application for {role} is in - thank you.",
        ],
        ["The {company} Talent Team", "{company} Careers"],
        footer,
        setup=SETUP,
        kind=RCV,
    ),
    fam(
        "w6-rcv-hedged-still-deciding",
        20,
        PERSON,
        ["Re: {role} application", "Update on {role}", "Your application"],
        HI,
        ["Thanks for applying for {role} and for bearing with us.", "Thanks for checking in.", ""],
        HEDGE_WAIT,
        ["Thanks for your patience.", ""],
        BYE,
        setup=SETUP,
        kind=RCV,
    ),
]
