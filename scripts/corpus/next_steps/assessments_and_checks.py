"""Assessments, take-homes, reference and background checks, "action required" mails."""

from __future__ import annotations

from ..engine import R
from ..fragments import ats_footer, ats_sender, greet, human_sender, sig

PLATFORM = [
    "HackerRank",
    "Codility",
    "CodeSignal",
    "TestGorilla",
    "Coderbyte",
    "HireVue",
    "SHL",
    "Criteria",
    "Pymetrics",
    "Sapia.ai",
]


def coding_assessment(rng, c):
    r = R(rng, c)
    c["plat"] = r(PLATFORM[:5])
    body = r.body(
        greet(r, 0.3),
        r(
            [
                "Thank you for your interest in the {role} position at {company}. As the next step in our process, we'd like you to complete an online assessment on {plat}.",
                "{company} has invited you to take a coding test for the {role} role.",
                "You've been invited to complete the {company} [[technical|online]] assessment[[ for {role}|]].",
                "Congratulations on moving to the next stage! The next step is a [[{dur}-minute|timed]] assessment on {plat}.",
            ]
        ),
        r(
            "[[Test|Assessment]]: {company} [[{role}|Backend|General Aptitude|SQL]] [[Challenge|Assessment|Test]]\nDuration: {dur} minutes\n[[Deadline|Please complete by]]: {date} 11:59 PM {tz}"
        ),
        r(
            [
                "[[Start test|Take the assessment|Begin]]: https://[[www.hackerrank.com/test/{tok}|app.codility.com/c/{tok}|app.codesignal.com/test/{tok}|app.testgorilla.com/invite/{tok}|coderbyte.com/sl/{tok}]]",
                "Click here to start your assessment: https://assess.{cdomain}/{tok}",
            ]
        ),
        r.maybe(
            0.6,
            [
                "Unfortunately, we cannot extend the deadline, so please plan accordingly.",
                "Please make sure you have a stable internet connection before you begin.",
                "You may use the programming language of your choice.",
                "If you need accommodations, reply to this email before starting.",
                "Note: once you start, the timer cannot be paused.",
            ],
        ),
        r(
            [
                "Good luck!\n{company} Recruiting",
                "Best,\n{rfull}",
                "Thanks,\nThe {company} Hiring Team",
                "Regards,\n{plat} on behalf of {company}",
            ]
        ),
    )
    s = r(
        [
            "{company} has invited you to take a test",
            "Action required: complete your {company} assessment",
            "Your {plat} invitation from {company}",
            "Next step: online assessment for {role}",
            "Invitation: {company} Coding Challenge",
            "Reminder: your assessment expires soon",
        ]
    )
    return (
        s,
        body,
        r(
            [
                "{plat} <no-reply@{plat_l}.com>".replace("{plat_l}", c["plat"].lower()),
                human_sender(r),
                "{company} via {plat} <support@{plat_l}.com>".replace(
                    "{plat_l}", c["plat"].lower()
                ),
            ]
        ),
    )


def take_home(rng, c):
    r = R(rng, c)
    body = r.body(
        greet(r, 0.3),
        r(
            [
                "Thanks for a great conversation [[on {weekday}|last week|yesterday]]! The next step is a short take-home exercise.",
                "We'd like to move you forward to the take-home stage for {role}.",
                "As discussed, please find attached the [[case study|take-home task|written exercise]] for the next stage.",
            ]
        ),
        r(
            [
                "The task should take around [[2-3|3-4|two|four]] hours. Please don't spend more than that — we're interested in your approach, not perfection.",
                "You'll find the brief [[attached|in the link below]]. [[Please submit|Send back]] your work by {date}.",
                "We'll discuss your submission with you in the next interview.",
            ]
        ),
        r.maybe(
            0.6,
            [
                "Brief: https://drive.{cdomain}/share/{tok}",
                "Repository: https://github.com/{cslug}-hiring/take-home-{ref}",
                "If the deadline doesn't work for you, let me know and we can find another date.",
                "Unfortunately we can't pay for take-home time, which is why we keep it short.",
            ],
        ),
        sig(r, 0.9),
    )
    s = r(
        [
            "Take-home exercise - {role}",
            "Next step: case study",
            "{company} - take-home assignment",
            "Re: {role} - next steps",
            "Written exercise for {role}",
        ]
    )
    return s, body, human_sender(r)


def references(rng, c):
    r = R(rng, c)
    body = r.body(
        greet(r, 0.4),
        r(
            [
                "We're nearing the end of our process and would like to [[take up|request]] references.",
                "As part of the final stage for {role}, could you please provide the details of two referees?",
                "You have been invited to nominate referees through our reference-checking platform.",
                "Thank you for your patience. Before we can finalise things, we need to complete reference checks.",
            ]
        ),
        r(
            [
                "Please provide [[names|names, job titles]] and email addresses for [[two|two or three]] professional referees, [[including your current or most recent line manager|ideally people who have managed you]].",
                "Please use this link to add your referees: https://[[app.xref.com|refnow.com|app.crosschq.com|referoo.com]]/{tok}",
                "We'll only contact your referees with your permission[[, and not your current employer until an offer is accepted|]].",
            ]
        ),
        r.maybe(
            0.5,
            [
                "Unfortunately we can't move to the next step until we receive at least two references.",
                "The checks usually take {days} working days.",
            ],
        ),
        sig(r, 0.7),
    )
    s = r(
        [
            "Reference request - {role}",
            "Action required: referee details",
            "{company}: Please nominate your referees",
            "Next steps: references",
            "References for {role}",
        ]
    )
    return s, body, r([human_sender(r), "{company} via Xref <noreply@xref.com>"])


def background_check(rng, c):
    r = R(rng, c)
    c["bg"] = r(
        ["Checkr", "Sterling", "HireRight", "First Advantage", "Certn", "DBS Online", "uCheck"]
    )
    body = r.body(
        greet(r, 0.4),
        r(
            [
                "{company} has requested a background check as part of your application for {role}.",
                "As part of our pre-employment screening, we have partnered with {bg} to complete a background check.",
                "You have been invited to complete your [[DBS|background|right-to-work]] check for {company}.",
            ]
        ),
        r(
            [
                "Please complete the required information by {date}: https://[[candidate.checkr.com|apply.sterlingcheck.app|hireright.com/candidate|certn.co/apply]]/{tok}",
                "[[Start your check|Complete my information|Get started]]\nhttps://screening.{cdomain}/{tok}",
                "You will need your passport or driving licence and [[5 years of address history|details of previous employers]].",
            ]
        ),
        r.maybe(
            0.6,
            [
                "Unfortunately, we cannot proceed until the check is complete, so please submit your details as soon as possible.",
                "If you have any questions about the process, contact {bg} support.",
                "Your information is encrypted and handled in line with applicable law.",
            ],
        ),
        r(
            [
                "Thank you,\n{company} People Team",
                "Regards,\n{bg} on behalf of {company}",
                "Best,\n{rfull}",
            ]
        ),
    )
    s = r(
        [
            "Action required: background check for {company}",
            "{company} has requested your background check",
            "Please complete your screening",
            "Pre-employment checks - {role}",
            "Reminder: your {bg} check is incomplete",
        ]
    )
    return (
        s,
        body,
        r(
            [
                "{bg} <noreply@" + c["bg"].lower().replace(" ", "") + ".com>",
                human_sender(r),
                "{company} People Team <people@{cdomain}>",
            ]
        ),
    )


def action_required_profile(rng, c):
    r = R(rng, c)
    ats = r(["workday", "icims", "smartrecruiters", "taleo", "greenhouse", "jobvite"])
    c["link"] = "https://" + c["cslug"] + ".careers/tasks/" + c["tok"]
    body = r.body(
        greet(r, 0.4),
        r(
            [
                "Action required: [[please complete your candidate profile|we need a few more details]] to continue processing your application for {role}.",
                "Your application for {role} is [[incomplete|missing information]]. Please log in and [[complete the remaining steps|answer the screening questions]].",
                "We'd like to move your application forward, but we need you to [[upload your right-to-work documents|confirm your salary expectations and notice period|complete the voluntary questionnaire]].",
                "Please complete the additional questions for the {role} position so our team can continue reviewing your application.",
            ]
        ),
        r(
            [
                "[[Complete now|Continue application|Log in]]: {link}",
                "Log in to your account to complete this task: {link}",
            ]
        ),
        r.maybe(
            0.6,
            [
                "Unfortunately, applications that remain incomplete after {days} days may be withdrawn automatically.",
                "This task should take about 10 minutes.",
                "If you have already completed this step, please disregard this message.",
            ],
        ),
        r(
            [
                "Thank you,\n{company} Recruiting",
                "Regards,\n{company} Talent Acquisition",
                "{company} Careers",
            ]
        ),
        r.maybe(0.7, ats_footer(r, ats)),
    )
    s = r(
        [
            "Action required: complete your profile",
            "Action Required - {role}",
            "Please complete your application for {company}",
            "Task assigned: {role}",
            "Reminder: outstanding task",
        ]
    )
    return s, body, ats_sender(r, ats)


def video_interview(rng, c):
    r = R(rng, c)
    c["plat"] = r(["HireVue", "Sapia.ai", "Spark Hire", "Willo", "Vervoe"])
    body = r.body(
        greet(r, 0.4),
        r(
            [
                "Congratulations — you've been selected to complete a [[one-way video|digital]] interview for {role}.",
                "The next step in your application to {company} is a recorded video interview on {plat}.",
                "Thank you for completing our online tests. We'd now like to invite you to our video interview stage.",
            ]
        ),
        r(
            "[[You'll be asked|There are]] [[4|5|6]] questions; you'll have [[30 seconds|1 minute]] to prepare and up to [[2|3]] minutes to answer each. Please complete it by {date}."
        ),
        r(
            "[[Start interview|Begin]]: https://[[app.hirevue.com|sapia.ai|sparkhire.com|willotalent.com]]/[[i|interview]]/{tok}"
        ),
        r.maybe(
            0.5,
            [
                "Find a quiet place with good lighting.",
                "You can practise before you begin.",
                "Unfortunately, late submissions can't be considered, so please complete it before the deadline.",
            ],
        ),
        r(
            [
                "Good luck!\n{company} Early Careers",
                "Best wishes,\nThe {company} Recruitment Team",
                "Thanks,\n{company} Talent Acquisition",
            ]
        ),
    )
    s = r(
        [
            "Next step: video interview with {company}",
            "Your {plat} interview invitation",
            "Invitation to video interview - {role}",
            "Action required: complete your video interview",
        ]
    )
    return (
        s,
        body,
        r(
            [
                "{company} <noreply@hirevue.com>",
                "{company} Recruitment <noreply@{cdomain}>",
                ats_sender(r, "workday"),
            ]
        ),
    )


def psychometric(rng, c):
    r = R(rng, c)
    body = r.body(
        r(["Dear {first},", "Hi {first},"]),
        r(
            [
                "Thank you for applying to the {company} [[Graduate Scheme|Summer Internship|Degree Apprenticeship]]. We're pleased to invite you to the next stage: online assessments.",
                "Your application has progressed! Please complete the following [[numerical and verbal reasoning tests|situational judgement test|online assessments]] within {days} days.",
            ]
        ),
        r(
            "[[Numerical Reasoning (18 mins)\nVerbal Reasoning (17 mins)|Situational Judgement Test (30 mins)|Behavioural questionnaire (20 mins)\nGame-based assessment (15 mins)]]"
        ),
        r(
            "[[Access your tests|Start assessments]]: https://[[shl.com/candidate|assessments.cappfinity.com|app.arctic-shores.com]]/{tok}"
        ),
        r.maybe(
            0.5,
            [
                "If you require reasonable adjustments, please contact us before starting.",
                "Unfortunately we cannot reset tests once started.",
            ],
        ),
        r(
            [
                "Kind regards,\n{company} Early Careers Team",
                "Good luck!\nThe Graduate Recruitment Team",
            ]
        ),
    )
    s = r(
        [
            "Online assessments - {company}",
            "Next stage: {company} online tests",
            "Your application: next steps",
            "Action required: online assessments",
        ]
    )
    return (
        s,
        body,
        r(
            [
                "{company} Early Careers <earlycareers@{cdomain}>",
                ats_sender(r, "workday"),
                ats_sender(r, "smartrecruiters"),
            ]
        ),
    )


def questionnaire(rng, c):
    r = R(rng, c)
    body = r.body(
        greet(r, 0.3),
        r(
            [
                "Before we schedule interviews, could you answer a few quick questions?",
                "Thanks for applying for {role}. To help us move quickly, please reply with the following:",
            ]
        ),
        r(
            "1. Your [[salary expectations|expected day rate]]\n2. Your notice period\n3. [[Whether you require visa sponsorship|Your availability for a {location} office two days a week|Whether you hold a full driving licence]]"
        ),
        r.maybe(
            0.5,
            [
                "Unfortunately we can't consider candidates who need sponsorship for this role.",
                "Once I have these, I'll share your profile with the hiring manager.",
                "No wrong answers — it just helps us plan.",
            ],
        ),
        sig(r, 0.9),
    )
    s = r(
        [
            "Quick questions re: {role}",
            "{role} - a few questions before we continue",
            "Re: {role}",
            "Next steps - screening questions",
        ]
    )
    return s, body, human_sender(r)


coding_assessment.sector = "tech"
take_home.sector = ["tech", "marketing", "finance"]
psychometric.sector = ["finance", "engineering", "legal", "ops"]

FAMILIES = [
    ("assessment-coding", coding_assessment, 34),
    ("take-home-exercise", take_home, 24),
    ("reference-request", references, 24),
    ("background-check", background_check, 24),
    ("action-required-profile", action_required_profile, 22),
    ("video-interview-oneway", video_interview, 20),
    ("psychometric-tests", psychometric, 14),
    ("screening-questionnaire", questionnaire, 14),
]
