"""Application confirmations and "still in review" notes that talk about a refusal which has not
happened (families d11-*; helper d11, issue 11, eleventh pass; voice: voices/d11_mail.py): a
conditional about not being selected, "either way we'll keep your details", "only
shortlisted candidates will be contacted", "if you haven't heard in four weeks"; the same long
footers, thread replies, ATS statuses, public notices, programme letters and group notices
as the d11-* rejections, with no decision in them.
"""

from __future__ import annotations

from ..voices.d11_mail import (
    ATS_FROM,
    PERSON_FROM,
    PUBLIC_FROM,
    RCV,
    THREAD_SUBJECTS,
    history,
    letter,
    long_footer,
    person_sig,
    status_update,
    team_sig,
)

RECEIVED = [
    "Thank you for applying for {arole} at {company}. We've received your application and "
    "our team will review it over the coming weeks.",
    "This is to confirm that your application for {role}{reqtxt} reached us on {date2}.",
    "Thanks for your interest in {company}! Your application for the {role} role is in, and "
    "a recruiter will look at it shortly.",
    "We're writing to acknowledge your application for {role}. Every application is read by a "
    "member of the hiring team.",
]
CONDITIONALS = [
    "Should you not be selected for interview, we will keep your details on file for twelve "
    "months and may contact you about similar roles.",
    "Either way, we'll keep your details and let you know the outcome by email.",
    "Due to the volume of applications, only shortlisted candidates will be contacted.",
    "If you haven't heard from us within four weeks of the closing date, please assume your "
    "application has not been progressed on this occasion.",
    "We will only contact you if your profile matches what the hiring manager is looking for.",
    "Whatever the outcome, you will hear from us - we reply to every applicant.",
    "If we are unable to take your application further, we'll let you know as soon as we can.",
    "Please note that we cannot give individual feedback to applicants who are not shortlisted.",
    "In case your application is not successful this time, your profile stays in our talent "
    "pool so we can reach out about future openings.",
]

STATUS_NEUTRAL = [
    "Application status: In review",
    "Status: Under consideration",
    "Current stage: Hiring manager review",
    "Your application status has changed to: Screening",
    "Disposition: Active",
    "Stage: Application received",
    "Status update: Shortlisting in progress",
]

STILL_DECIDING = [
    "The panel is still choosing between the finalists and should be done by {weekday}. I'll "
    "let you know either way as soon as I hear.",
    "No decision yet, I'm afraid - {mfirst} is travelling and wants to meet one more person "
    "before deciding. Thanks for bearing with us.",
    "Quick update: the hiring team met yesterday but haven't made their choice. It's between "
    "you and one other candidate, so fingers crossed.",
    "Sorry for the silence. We're still interviewing, and I expect a decision within two "
    "weeks. You're very much still in the running.",
    "Nothing to report yet, but you haven't been forgotten! The debrief was pushed back to "
    "next {weekday}.",
]

PUBLIC = [
    "Your application for announcement {req} has been received. Applications are assessed "
    "after the closing date; not every qualified applicant will be referred to the selecting "
    "official.",
    "We have received your application for {role}. If you are found ineligible, you will be "
    "notified through your applicant account.",
    "Thank you for applying for the post of {role}. Shortlisting will take place on {date2}. "
    "If you have not been contacted within three weeks of that date, you have not been "
    "shortlisted on this occasion.",
    "You have been rated eligible for vacancy {req} and your application has been referred to "
    "the hiring manager. They may contact you directly for interview.",
]

PROGRAMME_FROM = [
    "Early Careers at {company} <earlycareers@{cdomain}>",
    "{company} Graduate Programme <graduates@{cdomain}>",
    "Internships <internships@{cdomain}>",
    "Admissions Office <pgr-admissions@{cslug}.ac.uk>",
]
PROGRAMME = [
    "Thank you for applying to the {company} Summer Internship {year}. Decisions are released "
    "in waves from {month}; unfortunately we can't give feedback to applicants at the "
    "application stage.",
    "Your application to the Graduate Scheme has been received. Because of the number of "
    "applications, we're unable to respond to each one individually until the online test "
    "results are in.",
    "We've received your application for the funded PhD studentship. The committee will "
    "shortlist in {month}; candidates who are not shortlisted will be told by email.",
    "Thanks for applying to the {year} fellowship cohort. We regret that we cannot accept "
    "late references, so please check that both referees have submitted.",
]

GROUP = [
    "Dear applicant,\n\nThank you for applying for the {role} position. We received {nrev} "
    "applications and are reviewing them now. Interviews will take place in the week of "
    "{date2}.",
    "Dear Candidate,\n\nThis message goes to everyone who applied for {role}. The closing "
    "date has been extended to {date2}, so decisions will take a little longer than planned.",
    "Dear all,\n\nThank you for your patience. Shortlisting for {role} is complete and "
    "shortlisted applicants will be phoned this week.",
]

PAUSED = [
    "We've paused the {role} search for two weeks while {mfirst} is on leave. Your application "
    "stays active and nothing is decided yet.",
    "Quick heads-up: the {role} process is on hold until the budget is signed off at the end "
    "of {month}. We haven't closed any applications, yours included.",
    "The hiring team has slowed things down over the holidays, so interviews will resume in "
    "the new year. You're still in the process.",
]

STRONG_FIELD = [
    "We've had a very strong response to this advert, so shortlisting may take a little longer "
    "than usual. Your application is safely with us.",
    "Competition for the {role} post is fierce this year - more than {nrev} people have "
    "applied - and every application, yours included, will be read in full.",
    "The calibre of applicants has been exceptional, which makes the panel's job hard. We "
    "expect to finish shortlisting by {date2}.",
    "Interest in this vacancy has been far higher than we planned for. Please bear with us "
    "while the hiring team works through the applications.",
]
SHORT_REGISTERED = [
    "Your profile for {role} is registered with us. We will revert once the hiring manager "
    "has reviewed it.",
    "Application noted for {role}. Please do not apply again for the same job code {req}.",
    "Got your CV, thanks {first}. I'll share it with the team on {weekday} and come back to you.",
    "Received, thank you. Our team will get in touch if the profile is a fit for the current "
    "opening.",
    "Thanks - your application for {role} is in our system under reference {ref}.",
]

FAMILIES = [
    letter(
        "d11-rcv-strong-field",
        14,
        RCV,
        ATS_FROM + PUBLIC_FROM,
        ["Your application: {role}", "Application received - {req}", "Thank you for applying"],
        ["Dear {first},", "Dear Applicant,", "Hi {first},", "Dear {full},"],
        (0.6, RECEIVED),
        STRONG_FIELD,
        (0.4, CONDITIONALS),
        team_sig,
        (0.4, lambda r: long_footer(r, 1, 4)),
    ),
    letter(
        "d11-rcv-short-registered",
        14,
        RCV,
        PERSON_FROM + ["Careers Desk <careers@{cdomain}>"],
        ["Re: Application for {role}", "Regarding your profile", "Acknowledgement", ""],
        ["Dear Candidate,", "Hi {first},", "Dear {first},", "Hello,"],
        SHORT_REGISTERED,
        [
            "Thanks & Regards,\n{rfull}",
            "{rfirst}",
            "Regards,\nTalent Acquisition Team",
            "Best,\n{rfull}\n{rtitle}",
        ],
    ),
    letter(
        "d11-rcv-search-paused-temporarily",
        12,
        RCV,
        PERSON_FROM + ["Recruiting at {company} <recruiting@{cdomain}>"],
        ["{role} search update", "Update on the {role} role", "RE: {role}"],
        ["Hi {first},", "Dear {first},", "Hello {first},"],
        PAUSED,
        (0.5, ["Thanks for bearing with us.", "I'll be in touch as soon as things move."]),
        person_sig,
    ),
    letter(
        "d11-rcv-conditional-refusal",
        20,
        RCV,
        ATS_FROM,
        [
            "Your application to {company}",
            "Application received: {role}",
            "Thanks for applying, {first}",
            "We got your application",
        ],
        ["Hi {first},", "Dear {first},", "Hello {first} {last},", "Dear Candidate,"],
        RECEIVED,
        CONDITIONALS,
        (0.4, CONDITIONALS),
        team_sig,
        (0.5, lambda r: long_footer(r, 2, 6)),
    ),
    letter(
        "d11-rcv-long-footer",
        16,
        RCV,
        ATS_FROM,
        ["Your application to {company}", "{role} at {company}", "Thank you for applying"],
        ["Hi {first},", "Dear {first},", "Dear Candidate,"],
        RECEIVED,
        (0.5, ["We encourage you to apply for other roles that match your skills."]),
        team_sig,
        lambda r: long_footer(r, 4, 8),
    ),
    status_update("d11-rcv-status-in-review", 14, RCV, STATUS_NEUTRAL),
    letter(
        "d11-rcv-thread-still-deciding",
        16,
        RCV,
        PERSON_FROM,
        THREAD_SUBJECTS,
        ["Hi {first},", "{first},", "Hey {first} -", "Dear {first},"],
        STILL_DECIDING,
        person_sig,
        (0.85, history),
    ),
    letter(
        "d11-rcv-public-received",
        14,
        RCV,
        PUBLIC_FROM,
        ["Application received - {req}", "Application status: {role}", "Referral notice"],
        ["Dear {full},", "Dear Applicant,", "{full}:"],
        PUBLIC,
        ["Human Resources Office", "Staffing and Classification", "Recruitment Services"],
    ),
    letter(
        "d11-rcv-programme-received",
        14,
        RCV,
        PROGRAMME_FROM,
        ["Your application: {year} programme", "Application received", "{company} Early Careers"],
        ["Dear {first},", "Dear {full},", "Hi {first},"],
        PROGRAMME,
        team_sig,
        (0.3, lambda r: long_footer(r, 2, 4)),
    ),
    letter(
        "d11-rcv-group-notice",
        12,
        RCV,
        [
            "{company} Recruitment <recruitment@{cdomain}>",
            "undisclosed-recipients <jobs@{cdomain}>",
        ],
        ["{role} vacancy", "Recruitment for {role}", "Your application"],
        GROUP,
        team_sig,
    ),
]
