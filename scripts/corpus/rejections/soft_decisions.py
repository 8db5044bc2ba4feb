"""Soft rejections (helper w6, issue 11, sixth corpus pass; written for rejectwatch): a warm
person-written decision with no negation, a hedged refusal, a decision buried in logistics, a
decision followed by "we'll keep your CV", a decision after an assessment with a score, a
recruiter's call recap with another role, bare ATS trackers, public-sector referral notices,
programme and selection-board outcomes, lapsed applications, refusals under long footers,
Indian and non-native English, founders' notes, mismatches, agency feedback, onsite debriefs,
cool-down notices, UK interview outcomes, seasonal intakes and push notifications (families
w6-*). Skeletons in voices/soft_decisions.py, shared with the hard negatives of the same
shapes in confirmations/, interviews/, next_steps/, offers/ and outreach/ soft_decisions.py.
"""

from __future__ import annotations

from ..voices.soft_decisions import (
    AGENCY,
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
    quoted,
    thread_subject,
)

REJ = "rejection"

WARM_OPEN = [
    "It was a real pleasure talking with you on {weekday} - the way you walked us through your last project stuck with all of us.",
    "I wanted to write to you myself rather than leave it to the system.",
    "Thank you for your patience while we finished the last round of conversations.",
    "First of all, thank you for the thought you put into the presentation; the panel was still talking about it afterwards.",
    "Sorry for the slow reply - it took us longer than planned to get everyone in one room.",
]
WARM_DECISION = [
    "The team has asked me to let you know that we've offered the role to a candidate who has spent the last few years in {area}, and she has accepted.",
    "After a long debrief we went with the candidate whose background lines up most closely with {area}.",
    "In the end the panel settled on another finalist, someone who has run this exact kind of programme before.",
    "We've made an offer to one of the other people we met, and they've said yes.",
    "The role is going to a colleague already in the {team} team, who will move across next month.",
    "We've decided to go with the other finalist, mainly because of their depth in {area}.",
    "The hiring manager chose a candidate with a few more years in a similar seat, and that's who we'll be welcoming in {month}.",
]
WARM_CLOSE = [
    "I'd genuinely like to keep in touch, and I'll reach out if something closer to your profile opens up.",
    "Please don't be a stranger - I mean that.",
    "I hope the search goes well, and that our paths cross again.",
    "If a short call about the process would help, just say and I'll find a slot.",
    "",
]

HEDGE_OPEN = [
    "Thanks for applying for {role} and for bearing with us.",
    "Thank you for your interest in {company} and the time you took over your application.",
    "I appreciate you putting yourself forward for the {role} opening.",
    "",
]
HEDGE_CORE = [
    "We've had a strong field, and a few applicants bring experience that sits closer to what the team needs at the moment.",
    "We'll be carrying on with a handful of applicants whose backgrounds map more directly onto the brief.",
    "On balance, other applicants were a better match for where the team is right now.",
    "We've chosen to focus on applicants with more hands-on {area} experience.",
    "Having looked at everything carefully, we're going to concentrate on profiles that are a closer fit to this particular opening.",
    "For this one we're prioritising people who have already worked in {area}, which narrowed the group considerably.",
]
HEDGE_CLOSE = [
    "Do keep an eye on our careers page - new roles go up most weeks.",
    "Wishing you every success with what comes next.",
    "Thanks again for thinking of us.",
    "",
]

LOGI_BEFORE = [
    "Thanks again for making the trip to {city} on {weekday}. I've attached the travel expenses form - send it with your receipts to finance@{cdomain} and it'll be paid within 14 days.",
    "Quick housekeeping first: the laptop we sent for the trial day can go back in the same box, and the courier will collect it on {date2}.",
    "Your parking permit from the interview day has been cancelled, and the visitor badge can simply go in the post - no need to return it.",
    "Attached is the receipt for your train tickets; finance will reimburse the full amount by bank transfer.",
]
LOGI_DECISION = [
    "On the role itself, the panel has gone with another candidate, so this is the last step for you in this process.",
    "As for the position, we've offered it to someone else and they've accepted, which brings the process to a close for you.",
    "The hiring decision went to another applicant this time.",
    "Regarding the outcome: we're moving ahead with a different candidate for {role}.",
]
LOGI_AFTER = [
    "If anything about the reimbursement is unclear, drop me a line.",
    "The courier will email a tracking link the day before collection.",
    "Thanks once more for your time with us.",
    "",
]

KEEP_DECISION = [
    "We've now finished shortlisting for {role} and you haven't been selected for interview on this occasion.",
    "The position has been offered to another applicant.",
    "Your application was carefully considered but it won't be going further this time.",
    "We've appointed to the {role} vacancy and have closed the recruitment.",
    "After comparing all applications against the person specification, the panel chose other candidates to interview.",
]
KEEP_AFTER = [
    "With your permission we'd like to keep your CV on file for twelve months and get in touch if a suitable role comes up.",
    "We'll hold your details in our talent pool and may contact you about future vacancies.",
    "Your CV will stay in our database, and our recruiters search it whenever a new role opens.",
    "If you're happy for us to, we'll keep your details and let you know about similar roles in {city}.",
]

SCORE_OPEN = [
    "Thank you for completing {stage} for the {role} position.",
    "Our assessors have now marked {stage}.",
    "Thanks for the time you put into {stage} last week.",
]
SCORE_CORE = [
    "Your overall result was {score}%, and the pass mark for this round is {cut}%, so we can't take your application to the next stage.",
    "You scored {score} out of 100. Candidates needed {cut} or above to progress, which means your application ends here.",
    "Result: {score}% (required to progress: {cut}%). Outcome: not progressed.",
    "Your numerical reasoning result placed you at the {score}th percentile; the benchmark for this role is the {cut}th, so we won't be inviting you to interview.",
    "The reviewers gave your submission {score}/100 against a bar of {cut}, so we'll be moving ahead with other candidates.",
]
SCORE_CLOSE = [
    "A breakdown of your scores by section is attached.",
    "You can sit the assessment again in six months if you'd like to reapply.",
    "We appreciate the effort that went into it.",
    "",
]

RECAP_OPEN = [
    "Good to speak earlier, {first}.",
    "Thanks for picking up this morning - just putting our chat in writing.",
    "As promised on the phone, a quick summary.",
    "Sorry we got cut off! Here's where things landed.",
]
RECAP_CORE = [
    "{company} have decided to go with a candidate who has more {area} under their belt.",
    "The client has chosen to offer the {role} role to someone who can start sooner.",
    "{company} have picked another person for the {role} job; they were impressed with you but it came down to sector background.",
    "The hiring manager at {company} has gone for a different candidate.",
]
RECAP_PITCH = [
    "Separately, I'm working on a {other_role} role with a client in {city} that I think suits you better - shall I send the spec?",
    "In the meantime I've got a {other_role} opening that's a closer match to your CV. Free for a call tomorrow?",
    "On a brighter note, there's a {other_role} role landing with me next week and I'd love to put you forward.",
    "",
]

TRACK_SUBJ = [
    "Application status update - {role}",
    "[{company}] Your application",
    "{role} ({req}) - status",
    "Your candidate record has changed",
    "Status change: {role}",
]
TRACK_CORE = [
    "{role} | {company}\nApplied ✓ > Reviewed ✓ > Decision: Not selected",
    "Requisition: {req} - {role}\nCurrent status: Closed - position filled",
    "Your application for {role} is no longer active.",
    "Stage: Rejected\nReason: another candidate selected\nJob: {role}, {location}",
    "Status: No longer under consideration\nPosition: {role}\nLocation: {location}",
    "{role} - Disposition: Not moving forward",
    "Progress: Submitted → Screened → Closed (unsuccessful)",
]
TRACK_CLOSE = [
    "Log in to your candidate profile to view all applications.",
    "This is an automated notification. Replies to this address are not monitored.",
    "Thank you for your interest in {company}.",
    "",
]

PUB_SUBJ = [
    "Notice of results - {role}, {vac}",
    "Vacancy {vac}: application status",
    "{vac} - referral notice",
    "Your application to announcement {vac}",
]
PUB_CORE = [
    "You were found eligible and qualified for {role}. However, your application was not referred to the hiring manager, because higher-ranked applicants filled the referral list.",
    "Your application was rated ineligible: it did not show the 52 weeks of specialised experience at the next lower grade required by the announcement.",
    "Announcement {vac} has been cancelled. No selection will be made from it.",
    "You were not among the highest-ranking applicants, and your name was not placed on the certificate issued to the selecting official.",
    "After review by a human resources specialist, you did not meet the minimum qualification requirements for {role}.",
    "The selecting official has made a selection for {vac}, and you were not selected.",
]
PUB_CLOSE = [
    "You may check the status of your applications at any time in your applicant account.",
    "If you believe this determination is in error, you may request a reconsideration within five business days.",
    "We encourage you to apply for future vacancies for which you qualify.",
    "",
]

PROG_SUBJ = [
    "Your application to the {year} Summer Internship Programme",
    "Graduate Scheme {year} - outcome",
    "{company} Early Careers: application update",
    "Apprenticeship application - decision",
]
PROG_CORE = [
    "We're unable to offer you a place on our {year} Summer Internship Programme.",
    "Following review of your video interview, your application to the Graduate Scheme will not progress to the assessment centre.",
    "Places on the programme have now been allocated, and we are not able to offer you one this year.",
    "The selection panel has completed its review, and your application has not been successful for this intake.",
    "We won't be inviting you to the final stage of the {year} apprenticeship programme.",
]
PROG_CLOSE = [
    "Applications for next year's programme open in September, and we'd love to see you apply again.",
    "Our insight events are open to everyone - details on the early careers site.",
    "Thank you for your interest in starting your career with {company}.",
    "",
]

BOARD_SUBJ = [
    "Selection board outcome",
    "Result of your assessment day",
    "Outcome: {role} assessment",
    "Your selection result",
]
BOARD_CORE = [
    "The board has assessed you as not suitable for appointment at this time.",
    "The assessors' overall grading was 'not yet ready', and on that basis we will not be offering you a place.",
    "The panel's recommendation was not appointable on this occasion.",
    "Your overall assessment grade did not meet the standard required, so your application will not proceed.",
    "The board did not recommend you for selection in this round.",
]
BOARD_CLOSE = [
    "You may reapply after twelve months.",
    "Written feedback from the assessors will follow within ten working days.",
    "A debrief can be arranged through your recruiting officer.",
    "",
]

LAPSE_SUBJ = [
    "Your application - closed",
    "{role}: application withdrawn",
    "Application incomplete - closed",
    "We couldn't reach you",
]
LAPSE_CORE = [
    "As we haven't received your completed assessment by the deadline, your application has been withdrawn from the process.",
    "Your application for {role} wasn't completed before the vacancy closed, so it has been removed from consideration.",
    "We tried to reach you three times to book an interview and didn't hear back, so we've closed your application.",
    "Because the right-to-work documents we asked for have not arrived, we are unable to continue with your application.",
    "The deadline for the video interview passed on {date}, and your application has now been archived.",
]
LAPSE_CLOSE = [
    "You're welcome to apply again for future roles.",
    "If you think this is a mistake, reply within seven days.",
    "",
]

FOOT_CORE = [
    "Thank you for applying for {role}. We've reviewed your application and won't be moving forward.",
    "Your application for {role} was not successful this time.",
    "We've decided to pursue other candidates for {role}.",
    "We have now filled the {role} vacancy.",
    "The hiring team has reviewed your profile and decided not to proceed.",
]

IN_CORE = [
    "We regret to inform you that your profile has not been shortlisted for the {role} position at this point of time.",
    "Kindly note that the requirement for the {role} position has been closed.",
    "Post evaluation of your technical round, we would not be moving ahead with your candidature.",
    "This is to inform you that the panel has decided not to proceed with your candidature for the next round.",
    "Based on the discussion with the hiring manager, your profile is not matching the current requirement.",
]
IN_AFTER = [
    "We will retain your profile in our database and revert if any suitable opening comes up.",
    "We appreciate your interest in {company} and wish you all the best for your future endeavours.",
    "Please do not reply to this mail as it is system generated.",
    "",
]

NN_CORE = [
    "We thank you for your application. We decided to continue with a candidate which profile is more close to the position.",
    "After the interviews we have taken the decision for another person.",
    "We must inform you that the position is now occupied.",
    "Thank you for the nice talk. The team has chosen other candidate with more experience in {area}.",
    "We have finished the selection and we choose somebody else, sorry for this news.",
]
NN_CLOSE = [
    "We wish you a lot of success for the future.",
    "Thanks for your interest in our company and good luck.",
    "Greetings from {city}.",
    "",
]

FOUNDER = [
    "hey {first}! so - we ended up hiring someone who'd already scaled a support team from 5 to 40, which is the exact thing we need this year. was a tough call, you were great. let's stay in touch?",
    "{first} - quick one. we went with another person for the {role} seat, mostly because they've done {area} before. genuinely enjoyed our chat. if you're ever in {city} coffee is on me",
    "Hi {first}, wanted you to hear it from me: we've filled the role. Honestly it came down to timing more than anything. I'll ping you when we raise and start hiring again",
    "hey - we made the hire this week (someone from our old network). thanks so much for the time you gave us, I know early-stage interviews are a lot",
]

MISMATCH_CORE = [
    "The budget for the role tops out well below the figure you mentioned, so we've decided not to take things further.",
    "The role needs someone on site in {city} four days a week, and since that doesn't work for you we'll close your application here.",
    "We're unable to sponsor visas for this position, so we can't progress your application.",
    "The team needs someone who can start within a month, and with your notice period we'll have to pass on this occasion.",
    "The hours are fixed early shifts, and as you need flexibility we won't be taking your application forward.",
]

AGENCY_CORE = [
    "Feedback from {company}: they liked your energy but felt someone with more {area} would be a safer pair of hands, so they're going to pass.",
    "The client's come back and it's a no, I'm afraid - they've gone for someone already in the industry.",
    "{company} reviewed your CV and have decided to interview other candidates whose experience is closer to the brief.",
    "Just heard from {company}. They've offered to the other candidate, so we're done on this one.",
]
AGENCY_CLOSE = [
    "Plenty more out there - I'll be in touch this week.",
    "Don't let it knock you; your interview was strong.",
    "Shall we catch up Friday to look at what else is live?",
    "",
]

DEBRIEF_CORE = [
    "The interview panel met to debrief after your onsite, and the consensus was not to extend an offer at this level.",
    "We decided to extend an offer to another candidate after the final loop.",
    "The loop came back mixed, and the hiring committee has decided not to move forward.",
    "After the debrief the team concluded that another finalist was a stronger fit for the team's roadmap.",
]
DEBRIEF_CLOSE = [
    "Interviewers particularly liked your system design round; the coding round was where the gap was.",
    "We'd be glad to hear from you again in a year or so.",
    "I'm happy to share more detailed feedback over a short call.",
    "",
]

COOL_CORE = [
    "We won't be progressing your application for {role}. As per our policy, you're welcome to apply to this team again after six months.",
    "Your application hasn't been taken forward. You can reapply for the same role after 180 days.",
    "We've decided not to move ahead. Please note candidates can apply to {company} again after a cooling-off period of six months.",
]

UK_CORE = [
    "Thank you for attending interview for the post of {role} on {date}. I am sorry to let you know that on this occasion you were not successful.",
    "Further to your interview on {date}, I regret that the panel has decided to offer the post to another candidate.",
    "I am writing following your recent interview for {role}. After careful consideration the panel has not been able to offer you the post.",
    "Thank you for coming in to meet the panel. I'm afraid you haven't been successful this time.",
]
UK_CLOSE = [
    "The panel was impressed with your preparation. If you would like feedback, please contact the recruiting manager.",
    "We hope this does not deter you from applying for other posts with the Trust.",
    "Thank you for your interest in working with us.",
    "",
]

SEASON_CORE = [
    "All shifts for the {month} intake are now filled, and we won't be able to offer you a start date this season.",
    "Our seasonal team for {city} is complete, so we're not able to take your application any further.",
    "Thanks for applying for holiday work with {company}. Every position for this peak has been allocated.",
    "We've hired everyone we need for the {month} rota at {location}.",
]

PUSH = [
    "{company} updated your application: Not moving forward.",
    "{role} at {company}: application closed by employer",
    "Status: Not selected · {role} · {company}",
    "{company} has declined your application for {role}.",
    "Your application to {company} was rejected. See similar jobs →",
]
PUSH_TAIL = [
    "Tap to view details.",
    "Open the app to see 14 similar jobs near {city}.",
    "Manage notifications in Settings.",
    "",
]

FAMILIES = [
    fam(
        "w6-thread-warm-chose-other",
        30,
        PERSON,
        [thread_subject],
        HI,
        WARM_OPEN,
        WARM_DECISION,
        WARM_CLOSE,
        BYE,
        quoted,
        setup=SETUP,
        kind=REJ,
    ),
    fam(
        "w6-hedged-closer-fit",
        28,
        PERSON,
        ["Re: {role} application", "{role}", "Your application", "Update on {role}"],
        HI,
        HEDGE_OPEN,
        HEDGE_CORE,
        HEDGE_CLOSE,
        BYE,
        setup=SETUP,
        kind=REJ,
    ),
    fam(
        "w6-decision-in-logistics",
        22,
        PERSON,
        [
            "Expenses and next steps",
            "Following up from {weekday}",
            "Re: travel claim",
            "Laptop return + update",
        ],
        HI,
        LOGI_BEFORE,
        LOGI_DECISION,
        LOGI_AFTER,
        BYE,
        setup=SETUP,
        kind=REJ,
    ),
    fam(
        "w6-decision-keep-cv",
        28,
        ATS + PERSON,
        [
            "Your application for {role}",
            "{role} - application outcome",
            "Recruitment update: {role}",
        ],
        HI_FORMAL,
        [
            "Thank you for applying for {role} at {company}.",
            "Thank you for your interest in the {role} vacancy.",
            "",
        ],
        KEEP_DECISION,
        KEEP_AFTER,
        BYE_FORMAL,
        setup=SETUP,
        kind=REJ,
    ),
    fam(
        "w6-assessment-score",
        28,
        ATS + PERSON,
        [
            "Assessment result - {role}",
            "Your {role} assessment",
            "Outcome of {stage}",
            "Test results",
        ],
        HI,
        SCORE_OPEN,
        SCORE_CORE,
        SCORE_CLOSE,
        [*BYE_FORMAL, *BYE],
        setup=SETUP,
        kind=REJ,
    ),
    fam(
        "w6-recruiter-recap-other-role",
        26,
        AGENCY,
        ["{role} update", "Re: our call", "{company} - feedback + another role", "Quick update"],
        HI,
        RECAP_OPEN,
        RECAP_CORE,
        RECAP_PITCH,
        ["Speak soon,\n{rfirst}", "Cheers,\n{rfirst}", "Thanks,\n{rfirst}"],
        setup=SETUP,
        kind=REJ,
    ),
    fam(
        "w6-ats-tracker-closed",
        28,
        ATS,
        TRACK_SUBJ,
        (0.6, HI),
        TRACK_CORE,
        TRACK_CLOSE,
        setup=SETUP,
        kind=REJ,
    ),
    fam(
        "w6-public-not-referred",
        26,
        [
            "{company} Human Resources <hr-notices@{cdomain}>",
            "Applicant Notification System <no-reply@apply.{cdomain}>",
        ],
        PUB_SUBJ,
        HI_FORMAL,
        PUB_CORE,
        PUB_CLOSE,
        ["Human Resources Office", "Staffing Division, {company}", ""],
        setup=SETUP,
        kind=REJ,
    ),
    fam(
        "w6-programme-place",
        24,
        [
            "{company} Early Careers <earlycareers@{cdomain}>",
            "{company} Graduate Recruitment <grads@{cdomain}>",
        ],
        PROG_SUBJ,
        HI,
        [
            "Thank you for applying to {company}.",
            "Thanks for your application and for completing {stage}.",
            "",
        ],
        PROG_CORE,
        PROG_CLOSE,
        ["The Early Careers Team", "Graduate Recruitment, {company}"],
        setup=SETUP,
        kind=REJ,
    ),
    fam(
        "w6-board-not-suitable",
        22,
        [
            "Recruiting Office <selection@{cdomain}>",
            "{company} Assessment Centre <assessment@{cdomain}>",
        ],
        BOARD_SUBJ,
        HI_FORMAL,
        [
            "Following your attendance at the assessment on {date},",
            "Thank you for attending the selection board.",
            "",
        ],
        BOARD_CORE,
        BOARD_CLOSE,
        BYE_FORMAL,
        setup=SETUP,
        kind=REJ,
    ),
    fam(
        "w6-application-lapsed",
        22,
        ATS,
        LAPSE_SUBJ,
        HI,
        LAPSE_CORE,
        LAPSE_CLOSE,
        BYE_FORMAL,
        setup=SETUP,
        kind=REJ,
    ),
    fam(
        "w6-refusal-long-footer",
        28,
        ATS,
        ["Your application to {company}", "{role} - update", "An update from {company} Careers"],
        HI,
        FOOT_CORE,
        (0.5, ["We wish you the best in your search.", "Thanks for your interest."]),
        ["The {company} Talent Team", "{company} Careers"],
        footer,
        setup=SETUP,
        kind=REJ,
    ),
    fam(
        "w6-indian-english",
        28,
        ["{rfull} <{rmail}>", "HR Team <hr@{cdomain}>", "Talent Acquisition <ta@{cdomain}>"],
        [
            "Application status - {role}",
            "Regarding your candidature for {role}",
            "Update on your profile",
            "Interview feedback - {role}",
        ],
        HI_IN,
        [
            "Greetings from {company}!",
            "Thank you for your interest in {company} and for taking the time to attend the interview process.",
            "Hope you are doing well.",
            "",
        ],
        IN_CORE,
        IN_AFTER,
        BYE_IN,
        setup=SETUP,
        kind=REJ,
    ),
    fam(
        "w6-nonnative-english",
        24,
        PERSON,
        [
            "Your application",
            "{role} position",
            "Answer to your application",
            "Re: application {role}",
        ],
        ["Dear {first},", "Hello {first},", "Dear Mr./Ms. {last},", "Good day {first},"],
        NN_CORE,
        NN_CLOSE,
        ["Best regards\n{rfull}", "Kind regards,\n{rfull}\nHR", "Regards\n{rfirst}"],
        setup=SETUP,
        kind=REJ,
    ),
    fam(
        "w6-founder-informal",
        20,
        PERSON,
        ["", "re: {role}", "quick update", "Re: chat last week"],
        FOUNDER,
        (0.5, ["{rfirst}", "- {rfirst}", "{rfirst}\nco-founder, {company}"]),
        setup=SETUP,
        kind=REJ,
    ),
    fam(
        "w6-mismatch-decision",
        22,
        PERSON,
        ["Re: {role}", "{role} - following up", "Your application"],
        HI,
        [
            "Thanks for the call and for being so open about what you're looking for.",
            "Thank you for your application.",
            "",
        ],
        MISMATCH_CORE,
        ["Sorry it couldn't work out this time.", "Best of luck with the search.", ""],
        BYE,
        setup=SETUP,
        kind=REJ,
    ),
    fam(
        "w6-agency-client-feedback",
        24,
        AGENCY,
        ["Feedback - {company}", "{role} @ {company}", "Re: {company} interview"],
        HI,
        ["Hope the week's going well.", "I've chased {company} for feedback.", ""],
        AGENCY_CORE,
        AGENCY_CLOSE,
        ["{rfirst}", "Speak soon,\n{rfirst}"],
        setup=SETUP,
        kind=REJ,
    ),
    fam(
        "w6-onsite-debrief",
        22,
        PERSON,
        ["Re: onsite follow-up", "{role} - outcome", "Your final round"],
        HI,
        [
            "Thanks again for spending the day with us.",
            "Thank you for your patience since the onsite.",
            "",
        ],
        DEBRIEF_CORE,
        DEBRIEF_CLOSE,
        BYE,
        quoted,
        setup=SETUP,
        kind=REJ,
    ),
    fam(
        "w6-reapply-cooldown",
        20,
        ATS,
        ["Your application to {company}", "{role}: update"],
        HI,
        ["Thanks for your interest in {company}.", ""],
        COOL_CORE,
        ["Good luck!", "Thank you again.", ""],
        ["{company} Recruiting", "The {company} Talent Team"],
        setup=SETUP,
        kind=REJ,
    ),
    fam(
        "w6-uk-interview-outcome",
        24,
        PERSON + ATS,
        ["Interview outcome - {role}", "Post of {role} - ref {req}", "Your recent interview"],
        HI_FORMAL,
        UK_CORE,
        UK_CLOSE,
        BYE_FORMAL,
        setup=SETUP,
        kind=REJ,
    ),
    fam(
        "w6-seasonal-intake-full",
        20,
        ATS,
        [
            "Seasonal roles at {company}",
            "Your application - {month} intake",
            "{company} holiday hiring",
        ],
        HI,
        SEASON_CORE,
        [
            "We'd love to hear from you next season.",
            "Keep an eye out for our spring recruitment.",
            "",
        ],
        ["{company} Hiring Team", "The {company} team"],
        setup=SETUP,
        kind=REJ,
    ),
    fam(
        "w6-push-notification",
        22,
        [
            "{company} via JobSwift <notify@jobswift-mail.com>",
            "Hirelane <alerts@hirelane.io>",
            "Worklist App <no-reply@worklist.app>",
        ],
        ["Application update", "{company} responded", "Update: {role}", ""],
        PUSH,
        PUSH_TAIL,
        setup=SETUP,
        kind=REJ,
    ),
]
