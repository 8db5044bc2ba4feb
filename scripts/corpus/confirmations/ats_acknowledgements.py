"""Application-received confirmations: the hard negatives. Same ATSs, senders, footers and much
of the same vocabulary as rejections ("unfortunately", "unsuccessful", "other candidates",
"careful consideration"), but always in the conditional / future sense."""

from __future__ import annotations

from ..engine import R
from ..fragments import (
    ats_footer,
    ats_link,
    ats_sender,
    company_sender,
    greet,
    html_footer,
    html_header,
    human_sender,
    quote_block,
    sig,
    team_sig,
)
from ..phrases import NEUTRAL_SUBJECTS, THANKS_APPLY

RECEIVED = [
    "We have received your application for the {role} [[position|role]][[ and are excited to learn more about you| and will review it shortly|]].",
    "This email confirms that we've received your application for {role}[[ in {location}|]].",
    "Your application for {role} has been [[successfully submitted|received|submitted successfully]].",
    "We're writing to confirm that your application [[has arrived safely|was received]] and is now with our [[recruiting|hiring]] team.",
    "Just a quick note to let you know we've received your application[[ for {role}|]].",
    "We are pleased to confirm receipt of your application for the {role} [[vacancy|post|position]]{reqtxt}.",
    "Good news: your application [[is in|has been received]]!",
    "Your application is now [[under review|being reviewed|in our system]].",
    "We received your [[CV|resume|application]] and [[wanted to say thank you|want to thank you for your interest]].",
]

REVIEW_NEXT = [
    "Our [[recruiting|hiring|talent acquisition]] team will review your application and, if your [[qualifications|skills and experience]] match [[our needs|the requirements of the role|what we're looking for]], we will contact you [[to discuss next steps|to arrange an interview|within the next few weeks|shortly]].",
    "If your experience [[is a match|aligns with the role]], a member of our team will be in touch [[to schedule a conversation|about next steps|soon]].",
    "We'll be in touch if we'd like to [[move forward|progress your application|invite you to interview]].",
    "What happens next? [[Our team|The hiring manager]] will [[carefully |]]review [[all applications|your application]] [[over the coming weeks|after the closing date|within {period}]] and contact shortlisted candidates.",
    "We [[aim|try]] to review every application within {period} and will [[let you know|update you]] [[either way|on the outcome|as soon as we can]].",
    "Our team is [[currently reviewing|reviewing]] applications and will reach out to candidates whose profiles are a [[strong|good]] fit.",
    "Once [[the|our]] review is complete, we will [[contact you|email you]] [[with an update|regarding next steps|about the outcome]].",
    "The hiring manager will review your [[profile|application]] and [[we'll|we will]] get back to you as soon as [[possible|we can]].",
    "If you are selected [[for an interview|to move forward|for the next stage]], [[a recruiter|someone from our team|we]] will [[contact you|reach out]] [[by email|by phone or email|directly]].",
    "Applications are reviewed on a rolling basis[[, so we may close the vacancy early|]].",
]

# the hard negatives: rejection vocabulary in the conditional / future / procedural sense
HARD_NEG = [
    "Due to the high volume of applications[[ we receive|]], [[unfortunately|regrettably]] we [[cannot|are unable to]] reply to every applicant [[individually|personally]].",
    "If you have not heard from us within {period}, please consider your application unsuccessful[[ on this occasion| this time|]].",
    "If you haven't heard [[back |]]from us [[within|in]] {period} of the closing date, [[please assume|you should assume]] that you have not been shortlisted[[ on this occasion|]].",
    "[[Unfortunately|Regrettably]], due to the [[number|volume]] of applications we receive, we are only able to contact [[shortlisted candidates|candidates who are selected for interview|applicants who progress to the next stage]].",
    "Please note that if you are not selected [[for further consideration|to move forward]], we [[may not be able|might not be able]] to notify you individually.",
    "We will [[carefully consider|review]] your application alongside [[other candidates|those of other applicants|all other applications]][[ and get back to you| after the closing date|]].",
    "Unfortunately, we are not able to provide updates on the status of your application by phone.",
    "Should your application not be successful, we [[will|'ll]] let you know by email.",
    "After careful consideration of all applications, we will contact [[those candidates|the applicants]] who most closely match the [[requirements|criteria]] of the role.",
    "Whatever the outcome, we'll [[let you know|be in touch]] — we don't like leaving candidates hanging.",
    "We regret that we [[cannot|are unable to]] respond to [[telephone|phone]] enquiries about [[the status of |]]applications.",
    "Not hearing from us straight away doesn't mean we're not interested; [[our process can take a few weeks|reviews take time]].",
    "If we decide not to move forward, we will [[still|also]] let you know[[ by email| so you're not left waiting|]].",
    "[[Please note|Note]] that we [[may|might]] not be able to [[respond|reply]] to every [[application|applicant]][[, but we do read each one| personally|]].",
    "Unfortunately, we can't offer feedback at the application stage[[, but we appreciate your patience|]].",
    "If you are unsuccessful at this stage, your details will be kept on file for {period}[[ in line with our privacy notice|]].",
    "In the event that your application is not progressed, you will receive an update via your candidate portal.",
    "We know waiting can be [[hard|frustrating]]; unfortunately, reviews [[can take|sometimes take]] up to {period} during busy periods.",
    "Please do not submit duplicate applications, as this may delay the review of your application.",
    "We're not able to [[move every application forward|interview everyone who applies]], but every application is read by a real person.",
    "We are reviewing your application alongside other candidates and [[hope to|will]] [[be in touch|update you]] within {period}.",
    "[[Unfortunately|Please note that]], we are unable to provide feedback to candidates who are not selected for interview.",
    "We will move forward with the candidates whose experience most closely matches the role; if that's you, we'll contact you [[to arrange an interview|within {period}]].",
    "If you are not selected for further consideration, we will notify you by email[[ once the position has been filled|]].",
    "Unfortunately, we can only respond to [[successful applicants|candidates we would like to interview]]. If you are unsuccessful, we'd encourage you to apply for other roles.",
    "Unfortunately the review process can take some time, as we give every application careful consideration.",
    "After careful consideration of your application, [[the hiring team|we]] will [[decide whether to move forward|let you know the outcome]].",
    "If your application is unsuccessful this time, we may keep your CV on file for future opportunities[[ with your consent|]].",
    "Unfortunately, we don't accept applications by email, so there's no need to resend your CV.",
]

TRACK = [
    "You can [[check|view|track]] the status of your application [[at any time|anytime]] [[by logging into|in]] your candidate [[account|profile|portal]][[: {link}|]].",
    "[[To review|To view]] your application, visit {link}",
    "[[View application|Track your application|VIEW YOUR APPLICATION]]\n{link}",
    "You can update your profile or withdraw your application in the candidate portal.",
    "In the meantime, [[feel free to|why not]] [[learn more about|explore]] [[our culture|life at {company}|our team]] [[on our blog|on our careers site|on LinkedIn]].",
    "While we review, [[why not|you might like to]] follow {company} on LinkedIn for news and updates.",
]

RCV_SUBJECTS = NEUTRAL_SUBJECTS + [
    "Application received",
    "Thank you for applying to {company}",
    "We've received your application",
    "Application confirmation: {role}",
    "Your application has been submitted",
    "Thanks for applying!",
    "Application received - {role}",
    "Confirmation of your application",
    "{company} - application received",
    "Thank you for your application",
    "Thank you for applying for {role}",
    "We got your application!",
    "Application acknowledgement - {role} ({req})",
    "Your application is being reviewed",
    "Application submitted: {role} at {company}",
]


def subj(r: R) -> str:
    return r(RCV_SUBJECTS)


def _generic(r: R, ats: str, variant: str) -> tuple[str, str, str]:
    r.c["link"] = ats_link(r, ats)
    g = greet(r)
    if variant == "A":
        paras = [
            r(THANKS_APPLY),
            r(RECEIVED),
            r(REVIEW_NEXT),
            r.maybe(0.8, HARD_NEG),
            r.maybe(0.3, HARD_NEG),
            r.maybe(0.5, TRACK),
        ]
    else:
        paras = [
            r(RECEIVED) + " " + r(REVIEW_NEXT),
            r(HARD_NEG),
            r.maybe(0.4, HARD_NEG),
            r.maybe(0.5, TRACK),
            r.maybe(
                0.5,
                "[[Thanks again|Thank you again]] for your interest in {company}[[ and good luck|!|.]]",
            ),
        ]
    paras = [p for p in paras if p]
    if r.chance(0.3):
        paras = r.shuffled(paras, keep_first=1)
    body = r.body(g, *paras, sig(r, 0.35), r.maybe(0.6, ats_footer(r, ats)))
    return subj(r), body, ats_sender(r, ats)


def make_ats_family(ats: str, variant: str):
    def fam(rng, c):
        return _generic(R(rng, c), ats, variant)

    fam.__name__ = f"{ats}-received-{variant}"
    return fam


def greenhouse_block(rng, c):
    r = R(rng, c)
    c["link"] = ats_link(r, "greenhouse")
    body = r.body(
        r("[[{company}\n|]]{role}[[ · {location}| - {location}|]]"),
        greet(r),
        r(
            "Thank you for applying to {company}! [[Your application has been received|We've received your application for the {role} role]] and [[our team will be reviewing it|we will review it]] [[shortly|right away|over the next couple of weeks]]."
        ),
        r(
            [
                "If [[your qualifications are a fit|there's a match]], [[someone from our recruiting team|a recruiter]] will reach out [[to schedule a conversation|with next steps]]. [[If not, we'll let you know as well.|Unfortunately, we may not be able to respond to everyone individually.|]]",
                "We know your time is valuable, and we'll do our best to [[get back to you|respond]] within {period}.",
            ]
        ),
        r.maybe(0.5, HARD_NEG),
        r(
            "[[Best|Regards|Thanks again]],\n[[{company} Recruiting|The {company} Team|{company} Talent]]"
        ),
        r.maybe(0.6, ats_footer(r, "greenhouse")),
    )
    return subj(r), body, ats_sender(r, "greenhouse")


def linkedin_sent(rng, c):
    r = R(rng, c)
    s = r(
        [
            "Your application was sent to {company}",
            "{first}, your application was sent to {company}",
            "Your application was viewed by {company}",
            "You applied for {role} at {company}",
            "Application submitted to {company}",
        ]
    )
    viewed = "viewed" in s
    body = r.body(
        r("[[LinkedIn\n\n|]]"),
        r(
            [
                "Your application was sent to {company}",
                "Your application was viewed by {company}" if viewed else "Application submitted",
                "{company} received your application",
            ]
        )
        if not viewed
        else r("Your application was viewed by {company}"),
        r("{role}\n{company} · {location}[[ (Hybrid)| (Remote)| (On-site)|]]\nApplied on {date2}"),
        r(
            [
                "[[Now that you've applied|Next steps]]: [[the employer|{company}]] [[will review your application|may contact you]] [[and reach out if there's a fit|directly]].",
                "Good luck! Unfortunately, not every employer responds to each application, but you can track your applications in My Jobs.",
                "The hiring team [[viewed|looked at]] your application. [[This doesn't guarantee a response|You may hear from them directly]] — keep applying to similar jobs to improve your chances.",
                "Employers typically respond within {period}. If you don't hear back, don't be discouraged.",
            ]
        ),
        r.maybe(
            0.7,
            "[[View similar jobs|Jobs similar to this one]]\n[[Data Analyst|Product Manager|Registered Nurse|Store Manager|Software Engineer]] · [[Corvid Systems|Harbor & Pine Financial|Mosaic Health Partners|Greenleaf Foods]] · [[{location}|Remote]]\n[[See all|View jobs]]",
        ),
        r(
            "[[This email was intended for {full}.|You are receiving job application emails.]]\n[[Unsubscribe|Manage your email preferences]] · Help\n© {year} LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085."
        ),
    )
    return s, body, "LinkedIn <jobs-noreply@linkedin.com>"


def indeed_submitted(rng, c):
    r = R(rng, c)
    body = r.body(
        r(
            "[[Indeed\n\n|]][[Application submitted|Your application has been submitted|We sent your application]]"
        ),
        r("{role}\n{company} - {location}"),
        r(
            [
                "Your application has been submitted. [[Good luck!|The employer will contact you if they're interested.|]]",
                "The following items were sent to {company}: Resume, [[answers to screener questions|cover letter|contact information]].",
                "{company} will review your application. Unfortunately, some employers don't reply to every applicant, so keep applying!",
            ]
        ),
        r.maybe(
            0.6,
            [
                "Track your application status under My jobs > Applied.",
                "Next: [[employers often take|it can take]] {period} to respond.",
            ],
        ),
        r.maybe(
            0.7,
            "[[Jobs you might like|Apply to similar jobs]]\n[[Cashier|Customer Service Representative|Warehouse Associate|Medical Receptionist]] - [[Saffron Retail Group|Atlas Freight|Riverbend Pharmacy]] - {location}",
        ),
        r(
            "[[© {year} Indeed|Indeed · 6433 Champion Grandview Way, Austin, TX 78750]]\n[[Unsubscribe|Manage notification settings]] · Privacy"
        ),
    )
    s = r(
        [
            "Indeed Application: {role}",
            "Your application to {company} has been submitted",
            "Application submitted: {role}",
            "Your application was sent to {company}",
        ]
    )
    return s, body, r(["Indeed <indeedapply@indeed.com>", "Indeed Apply <donotreply@indeed.com>"])


def workday_formal(rng, c):
    r = R(rng, c)
    body = r.body(
        r(["Dear {first},", "Dear {first} {last},", "Hello {first},", "Dear Candidate,"]),
        r(
            "Thank you for [[applying|your interest]] [[to|in]] the {role} ([[Job Requisition ID|Req|Job ID]]: {req}) position [[at|with]] {company}."
        ),
        r(
            [
                "We have received your application and [[our recruiting team will review it|it is currently being reviewed]]. [[If your qualifications match the requirements of the position, a recruiter will contact you to discuss next steps.|If we'd like to move forward, we'll contact you.|]]",
                "Your application has been submitted successfully. Our Talent Acquisition team is reviewing applications and will reach out to candidates whose qualifications most closely match the position.",
            ]
        ),
        r.maybe(0.6, HARD_NEG),
        r.maybe(
            0.7,
            [
                "You can view the status of your application at any time through Candidate Home.",
                "To check the status of this and other applications, sign in to your account.",
            ],
        ),
        r(
            [
                "Sincerely,\n{company} Talent Acquisition",
                "Regards,\n{company} Recruiting",
                "Thank you,\n{company}",
                "Best regards,\nTalent Acquisition Team\n{company}",
            ]
        ),
        r.maybe(0.8, ats_footer(r, "workday")),
    )
    return subj(r), body, ats_sender(r, "workday")


def taleo_confirmation(rng, c):
    r = R(rng, c)
    s = r(
        [
            "{company} - Job Submission Confirmation - {role}",
            "Job Submission Confirmation",
            "{company}: Application Received - Job Number {req}",
            "Thank you for applying - {role}",
        ]
    )
    body = r.body(
        r(["Dear {first} {last},", "Dear {first},"]),
        r("Thank you for applying for the {role} position (Job Number: {req}) with {company}."),
        r(
            "We have [[successfully |]]received your [[online |]]submission[[ and it is now under review| and are reviewing your qualifications]]. [[If your qualifications match the requirements of the position, we will contact you to schedule an interview.|Should your background meet the requirements for this position, a recruiter will contact you.]]"
        ),
        r.maybe(
            0.7,
            [
                "Due to the volume of applications received, we are unable to respond to each candidate individually. If you are not contacted, please consider your application unsuccessful for this position.",
                "Please note that only candidates selected for an interview will be contacted.",
                "If you are not selected for this position, we encourage you to continue to visit our career section.",
                r(HARD_NEG),
            ],
        ),
        r("[[Sincerely|Regards]],\n{company}[[ Staffing| Human Resources| Recruiting]]"),
        r.maybe(0.9, ats_footer(r, "taleo")),
    )
    return s, body, ats_sender(r, "taleo")


def icims_received(rng, c):
    r = R(rng, c)
    c["link"] = ats_link(r, "icims")
    body = r.body(
        r(["Dear {first},", "Hello {first},", "{first} {last},", "Dear {first} {last}:"]),
        r(
            "Thank you for your interest in {company}! We have received your application for the {role} position[[ (Job ID {req})|]]."
        ),
        r(REVIEW_NEXT),
        r.maybe(0.7, HARD_NEG),
        r.maybe(0.6, TRACK),
        r(
            [
                "Sincerely,\nHuman Resources\n{company}",
                "Regards,\n{company} Recruitment Team",
                "{company} Talent Acquisition",
            ]
        ),
        r.maybe(0.8, ats_footer(r, "icims")),
    )
    return subj(r), body, ats_sender(r, "icims")


def ashby_startup(rng, c):
    r = R(rng, c)
    body = r.body(
        r(["Hi {first},", "Hey {first},", "Hi {first}!", "{first},"]),
        r(
            [
                "Thanks for applying to {company}! [[We're excited you're interested in|Really glad you're interested in]] [[the {role} role|joining the team|what we're building]].",
                "Your application for {role} is in — thank you!",
                "Thanks for your interest in {company}. We've received your application for {role}.",
            ]
        ),
        r(
            [
                "We're a small team and we [[read every application|review each application]] ourselves, so it can take [[a week or two|{period}]] to get back to you.",
                "We'll review your application and get back to you [[within {period}|as soon as we can]][[ either way|, whatever the outcome|]].",
                "If there's a fit, we'll reach out to set up a [[quick intro call|30 min chat|call with the hiring manager]]. If it's not a fit right now, we'll let you know too.",
            ]
        ),
        r.maybe(0.5, HARD_NEG),
        r.maybe(
            0.4,
            "In the meantime, [[check out our blog|read about how we work|take a look at our handbook]] at {cdomain}/[[blog|handbook|about]].",
        ),
        r(
            [
                "{rfirst}",
                "Best,\n{rfirst}",
                "Cheers,\nThe {company} team",
                "Thanks,\n{rfirst} @ {company}",
            ]
        ),
        r.maybe(0.4, ats_footer(r, "ashby")),
    )
    return subj(r), body, ats_sender(r, "ashby")


def personio_de(rng, c):
    r = R(rng, c)
    body = r.body(
        r(["Dear {first} {last},", "Dear {title} {last},", "Hello {first},", "Dear applicant,"]),
        r(
            "Thank you very much for your application [[as|for the position of]] {role} and your interest in {company}."
        ),
        r(
            [
                "We have received your documents and will examine them carefully. [[You will hear from us as soon as possible.|We will get back to you within {period}.]]",
                "Your application has arrived and is now being reviewed by the responsible department.",
            ]
        ),
        r.maybe(
            0.6,
            [
                "Please understand that the review may take some time due to the large number of applications.",
                "Unfortunately we cannot give information about the status of the process by telephone.",
                "If we cannot consider your application, we will of course inform you.",
                r(HARD_NEG),
            ],
        ),
        r.maybe(
            0.4, "Information about the processing of your data can be found in our privacy policy."
        ),
        r(
            "[[Kind regards|Best regards|Yours sincerely]],\n[[Your {company} Recruiting Team|{rfull}|{company} HR]]"
        ),
        r.maybe(0.7, ats_footer(r, "personio")),
    )
    return subj(r), body, ats_sender(r, "personio")


def teamtailor_eu(rng, c):
    r = R(rng, c)
    body = r.body(
        greet(r, 0.3),
        r(
            "Thank you for your application for the position as {role} at {company}[[, we are happy that you want to join us| and for the interest you have shown in us|]]!"
        ),
        r(
            [
                "We will [[go through|review]] all applications [[after the last application date|continuously]] and get back to you [[as soon as possible|within {period}]].",
                "We have received your application and our recruiters will review it shortly. [[We will be in touch regardless of the outcome.|We will contact you if you are selected for an interview.]]",
            ]
        ),
        r.maybe(0.6, HARD_NEG),
        r(
            "[[Kind regards|Best regards|Have a nice day]],\n[[{rfull}|{company}|{rfirst}, {company}]]"
        ),
        r.maybe(0.7, ats_footer(r, "teamtailor")),
    )
    return subj(r), body, ats_sender(r, "teamtailor")


def human_ack(rng, c):
    r = R(rng, c)
    body = r.body(
        r(["Hi {first},", "Hello {first},", "{first},", "Dear {first},", "Hi {first} -"]),
        r(
            [
                "Thanks for sending over your CV — I've passed it to the hiring manager[[ for {role}|]].",
                "Thank you for your application, received with thanks. I'll review it [[this week|early next week|after the closing date]].",
                "Got your application, thank you! I'll be going through applications [[over the next few days|next week]] and will let you know either way.",
                "Thanks for applying for the {role} role. I just wanted to acknowledge receipt — we're still collecting applications.",
                "Many thanks for your email and CV. I'll share it with {mfirst}, who leads the {team} team, and come back to you.",
            ]
        ),
        r.maybe(
            0.6,
            [
                "Unfortunately I can't give a firm timeline yet, but I'll keep you posted.",
                "If it's not a fit, I'll still let you know so you're not left waiting.",
                "We've had a lot of interest, so it might take a little while to get back to everyone.",
                "It's not a no, just a bit of a wait while we get through everything!",
                r(HARD_NEG),
            ],
        ),
        r(
            [
                "Best,\n{rfirst}",
                "Cheers,\n{rfirst}",
                "{rfirst}",
                "Thanks,\n{rfull}\n{rtitle}",
                "Kind regards,\n{rfull}",
            ]
        ),
    )
    s = r(
        [
            "Re: {role}",
            "Re: Application for {role}",
            "Re: CV - {full}",
            "Re: {role} - {full}",
            "RE: Job application",
            "",
        ]
        + NEUTRAL_SUBJECTS[:5]
    )
    return s, body, human_sender(r)


def reply_still_reviewing(rng, c):
    r = R(rng, c)
    cand = r.body(
        r(["Hi {rfirst},", "Hello,", "Dear Hiring Team,", "Dear {rfirst},"]),
        r(
            [
                "I wanted to follow up on my application for the {role} position.",
                "I'm checking in on the status of my application for {role}.",
                "I applied for {role} on {date2} and wanted to confirm it was received.",
            ]
        ),
        r(["Best,\n{first}", "Kind regards,\n{full}", "Thanks,\n{first}"]),
    )
    reply = r.body(
        r(["Hi {first},", "Hello {first},", "Dear {first},"]),
        r(
            [
                "Thanks for [[following up|checking in]]! Your application [[was received|is in]] and [[is still under review|the team is still reviewing applications]].",
                "Apologies for the slow response. We haven't made any decisions yet — [[we're still interviewing|we're still reviewing applications]] and expect to update candidates [[next week|by the end of the month|within {period}]].",
                "Yes, we have your application. Unfortunately we're a bit behind [[due to the volume of applications|because of the holidays]], but we'll be in touch soon either way.",
                "Thanks for your patience. The hiring manager has your application and we'll let you know about next steps shortly.",
            ]
        ),
        r.maybe(
            0.5,
            [
                "No news yet isn't bad news!",
                "I'll reach out as soon as I have an update.",
                "Not the answer you were looking for, I know, but hopefully we'll have more news soon.",
            ],
        ),
        r(["Best,\n{rfirst}", "Kind regards,\n{rfull}", "Thanks,\n{rfirst}"]),
    )
    body = reply + "\n\n" + quote_block(r, cand, r("{full} <{cmail}>"))
    s = r(
        [
            "Re: Following up on my application",
            "Re: Application for {role}",
            "RE: {role} - follow up",
            "Re: Checking in",
            "Re: Status of my application",
        ]
    )
    return s, body, human_sender(r)


def public_sector_received(rng, c):
    r = R(rng, c)
    body = r.body(
        r(["Dear {first} {last},", "Dear {title} {last},", "Dear Applicant,"]),
        r(
            "Application Reference: {ref}\nVacancy: {role}[[ - {team}|]]\n[[Closing date: {date2}|Employer: {company}]]"
        ),
        r(
            "Thank you for [[your application|applying]] for the above [[post|vacancy]]. [[This email confirms that your application has been received.|Your application has been submitted successfully.]]"
        ),
        r(
            [
                "Shortlisting will take place after the closing date. If you have not heard from us within {period} of the closing date, please assume that your application has been unsuccessful on this occasion.",
                "If you are shortlisted, you will be contacted by email with details of the interview. Unfortunately we are unable to notify candidates who are not shortlisted.",
                "We will contact you after shortlisting to let you know whether or not you have been shortlisted for interview.",
                r(HARD_NEG),
            ]
        ),
        r.maybe(
            0.5,
            "Please check your email (including junk folders) regularly, as all correspondence will be sent by email.",
        ),
        r(
            "[[Yours sincerely|Kind regards]],\n[[Recruitment Team|Resourcing Team|HR Services]]\n{company}"
        ),
        r.maybe(0.5, "This is an automated email; please do not reply."),
    )
    s = r(
        [
            "Application {ref} - {role}",
            "Application received: {role} (ref {ref})",
            "Your application for {role} (ref {ref})",
            "Confirmation of application - {ref}",
        ]
    )
    return (
        s,
        body,
        r(
            [
                "{company} Recruitment <noreply@{cdomain}>",
                "Jobs <jobs@{cdomain}>",
                "recruitment@{cdomain}",
                "Trac Jobs <noreply@trac.jobs>",
            ]
        ),
    )


def early_careers(rng, c):
    r = R(rng, c)
    c["prog"] = r(
        [
            "[[{year}|]] Graduate Scheme",
            "Summer Internship Programme [[{year}|]]",
            "Degree Apprenticeship",
            "Industrial Placement (12 months)",
            "Spring Insight Week",
            "Summer Analyst Programme",
            "Summer {year} Internship",
        ]
    )
    body = r.body(
        r(["Dear {first},", "Hi {first},", "Dear {first} {last},"]),
        r(
            "Thank you for applying to the {company} {prog}. [[We've received your application|Your application has been submitted]] and [[it will now be reviewed|our team will review it]]."
        ),
        r(
            [
                "Competition for places is [[strong|very high]], and unfortunately we are unable to respond to every application [[in detail|individually]]; however, we will let you know the outcome [[by email|via your candidate portal]].",
                "We review applications on a rolling basis, so you may hear from us before the closing date. [[If you are successful at this stage|If you progress]], you will be invited to complete our online assessments.",
                "If your application is unsuccessful, you will be able to reapply in the next recruitment cycle.",
                r(HARD_NEG),
            ]
        ),
        r.maybe(
            0.5,
            "In the meantime, why not [[attend one of our virtual events|read our early careers blog|follow us on Instagram]]?",
        ),
        r(
            "[[Kind regards|Best wishes|Good luck]],\n[[{company} Early Careers Team|The Graduate Recruitment Team|{company} Emerging Talent]]"
        ),
    )
    s = r(
        [
            "Your application to the {company} {prog}",
            "{prog} - application received",
            "{company} {prog}",
            "Thanks for applying to {company}!",
        ]
    )
    return (
        s,
        body,
        r(
            [
                company_sender(r),
                ats_sender(r, r(["workday", "smartrecruiters", "greenhouse", "taleo"])),
            ]
        ),
    )


def html_heavy_brand(rng, c):
    r = R(rng, c)
    c["link"] = r("https://careers.{cdomain}/candidate/{tok}")
    body = r.body(
        html_header(r),
        r(
            [
                "Thanks for applying!",
                "Application received",
                "We've got your application",
                "You're one step closer",
            ]
        ),
        greet(r, 0.4),
        r(THANKS_APPLY),
        r(RECEIVED),
        r(REVIEW_NEXT),
        r.maybe(0.6, HARD_NEG),
        r(
            [
                "[[VIEW YOUR APPLICATION|Track your application|Go to candidate portal]]",
                "[[EXPLORE LIFE AT {company}|Meet the team|Read our candidate guide]]",
            ]
        ),
        team_sig(r),
        html_footer(r),
    )
    return (
        subj(r),
        body,
        r([company_sender(r), ats_sender(r, r(["smartrecruiters", "icims", "jobvite"]))]),
    )


def non_native_received(rng, c):
    r = R(rng, c)
    body = r.body(
        r(["Dear {first},", "Dear Mr./Mrs. {last},", "Dear candidate,", "Hello {first},"]),
        r(
            [
                "We have well received your candidature for the {role} position and we thank you for it.",
                "We thank you for the interest you have shown to our company and confirm the reception of your application.",
            ]
        ),
        r(
            [
                "Your file will be studied with attention by our recruitment team.",
                "We will study your profile and revert to you in the next weeks.",
                "If your profile corresponds to our needs, we will contact you for an interview.",
            ]
        ),
        r.maybe(
            0.7,
            [
                "Without answer from our part within {period}, please consider that your candidature was not retained.",
                "Unfortunately due to the big number of candidatures we cannot answer to everybody.",
                "In case of negative answer, we will keep your CV in our database.",
            ],
        ),
        r(
            [
                "Best regards,\nHR Department\n{company}",
                "Cordially,\n{rfull}\n{company}",
                "Kind regards,\nThe recruitment team",
            ]
        ),
    )
    s = r(
        [
            "Your candidature",
            "Reception of your application",
            "Application {role}",
            "Candidature {role}",
            "Acknowledgement of receipt",
        ]
        + NEUTRAL_SUBJECTS[:3]
    )
    return s, body, r([human_sender(r), company_sender(r)])


def retail_received(rng, c):
    r = R(rng, c)
    body = r.body(
        r(["Hi {first},", "Hello {first},", "Hey {first}!"]),
        r(
            "Thanks for applying to [[work at|join the team at]] {company}[[ in {city}|]] as {arole}!"
        ),
        r(
            [
                "A hiring manager at the store will review your application. If you're a match, they'll reach out to schedule an interview.",
                "We've received your application. Store managers review applications [[weekly|regularly]] and will contact you by phone or text if they want to set up an interview.",
                "Your application is complete! We're reviewing applications now and hope to fill our open shifts soon.",
            ]
        ),
        r.maybe(
            0.6,
            [
                "Unfortunately we can't respond to every application, but we'll keep yours on file for 90 days.",
                "Didn't hear back? Don't worry — you can apply to other stores near you.",
                r(HARD_NEG),
            ],
        ),
        r(["Thanks,\n{company} Hiring Team", "The {company} Team", "{company} Careers"]),
        r.maybe(0.5, html_footer(r)),
    )
    return (
        subj(r),
        body,
        r([company_sender(r), ats_sender(r, r(["icims", "workday", "smartrecruiters"]))]),
    )


retail_received.sector = "retail"


def agency_registered(rng, c):
    r = R(rng, c)
    c["agency"] = r(
        [
            "Talentwise Recruitment",
            "Blue Arch Search",
            "Keystone Talent",
            "Vertex People",
            "Harper & Lowe Recruitment",
            "Nexus Search Partners",
        ]
    )
    c["amail"] = r(
        "{rfirst}@[[talentwise.co.uk|bluearchsearch.com|keystonetalent.io|vertexpeople.com|harperlowe.co.uk|nexussearch.com]]"
    ).lower()
    body = r.body(
        r(["Hi {first},", "Hello {first},", "Dear {first},"]),
        r(
            [
                "Thank you for applying for the {role} role via {agency}.",
                "Thanks for your application for the {role} position I advertised on [[LinkedIn|Indeed|Reed|CV-Library]].",
            ]
        ),
        r(
            [
                "I'm reviewing applications now and will be in touch if your experience matches my client's brief.",
                "I've registered your CV on our system and will give you a call [[this week|in the next few days]] to discuss the role in more detail.",
                "Unfortunately, due to the volume of responses, I can only contact shortlisted applicants. If you haven't heard from me within {period}, please assume you have not been successful for this role, but I may contact you about future positions.",
            ]
        ),
        r(
            [
                "Best,\n{rfull}\n{agency}",
                "Kind regards,\n{rfull}\nRecruitment Consultant | {agency}",
                "Thanks,\n{rfirst}",
            ]
        ),
    )
    s = r(
        [
            "Your application: {role}",
            "Re: {role}",
            "Thanks for applying - {role}",
            "{agency} - application received",
        ]
    )
    return s, body, r("{rfull} <{amail}>")


def academic_received(rng, c):
    r = R(rng, c)
    body = r.body(
        r(["Dear {first},", "Dear {title} {last},", "Dear Dr. {last},", "Dear Applicant,"]),
        r(
            "Thank you for applying for the [[post|position]] of {role}[[ (ref {ref})|]] at {company}. We confirm that your application has been received."
        ),
        r(
            [
                "The selection committee will review all applications after the closing date. Shortlisted candidates will be contacted [[within {period}|by email]].",
                "Interviews are expected to take place [[in {month}|on {date}]]. If you are not invited to interview, we will [[notify you|let you know]] by email.",
                "Due to the number of applications, we regret that we are unable to provide feedback to candidates who are not shortlisted.",
            ]
        ),
        r.maybe(0.5, HARD_NEG),
        r(
            [
                "Yours sincerely,\nHR Recruitment\n{company}",
                "Kind regards,\n{rfull}\n{rtitle}",
                "With best wishes,\nThe Recruitment Team",
            ]
        ),
    )
    return subj(r), body, r(["HR Recruitment <recruitment@{cdomain}>", company_sender(r)])


academic_received.sector = "education"


def status_under_review(rng, c):
    r = R(rng, c)
    body = r.body(
        html_header(r),
        greet(r, 0.3),
        r(
            [
                "Your application for {role} has moved to the [[Review|Under review|Screening]] stage.",
                "We wanted to give you a quick update: your application for {role} is [[still being reviewed|under review with the hiring team]].",
                "Thank you for your patience. Our team is [[still|currently]] reviewing applications for the {role} position.",
            ]
        ),
        r(
            [
                "No action is required from you at this time.",
                "We'll be in touch with next steps soon.",
                "We know it has been a while, and we regret the delay; we'll let you know as soon as a decision is made.",
                "Unfortunately, the review is taking longer than expected due to the number of applications, but your application is still active.",
            ]
        ),
        r.maybe(0.5, HARD_NEG),
        sig(r, 0.3),
        r.maybe(0.6, ats_footer(r, r(["greenhouse", "smartrecruiters", "workday", "lever"]))),
    )
    s = r(
        [
            "Application status update",
            "Update: your application for {role}",
            "Your application is under review",
            "An update on your application",
        ]
        + NEUTRAL_SUBJECTS[:6]
    )
    return (
        s,
        body,
        r(
            [
                company_sender(r),
                ats_sender(r, r(["greenhouse", "smartrecruiters", "workday", "lever"])),
            ]
        ),
    )


def internship_received(rng, c):
    r = R(rng, c)
    body = r.body(
        r(["Hi {first},", "Dear {first},", "Hello {first},"]),
        r(
            "Thank you for applying to the [[Summer {year}|Fall {year}|{year}]] [[{role}|Software Engineering Internship|Data Science Internship|Marketing Internship|Finance Internship]] [[program|position]] at {company}!"
        ),
        r(
            [
                "We've received your application. Because we receive [[{nrev}|thousands of]] applications each season, our review can take [[several weeks|up to {period}]].",
                "Our University Recruiting team will review your application and reach out if you are selected for an interview.",
                "Your application is complete. If you are selected to move forward, you will receive an invitation to complete an online assessment.",
            ]
        ),
        r.maybe(0.6, HARD_NEG),
        r(
            "[[Best|Best regards|Cheers]],\n[[{company} University Recruiting|{company} Campus Team|The {company} Internship Team]]"
        ),
        r.maybe(0.5, ats_footer(r, r(["greenhouse", "lever", "workday"]))),
    )
    s = r(
        [
            "{company} Internship Application Received",
            "Thanks for applying to {company}!",
            "Your {company} internship application",
        ]
        + NEUTRAL_SUBJECTS[:5]
    )
    return s, body, r([ats_sender(r, "greenhouse"), ats_sender(r, "lever"), company_sender(r)])


def short_auto_ack(rng, c):
    r = R(rng, c)
    body = r.body(
        r(["", "Dear applicant,", "Hello,", "Dear {first},", "{first},"]),
        r(
            [
                "Thank you for your application. [[It has been received and will be reviewed.|We will be in touch if you are shortlisted.|Only successful applicants will be contacted.]]",
                "This is an automatic confirmation that your application for {role} ({req}) has been received.",
                "Application received. Status: Under review.",
                "We acknowledge receipt of your CV. Please do not reply to this message.",
                "Your application has been received. Unfortunately we are unable to reply to each applicant personally.",
            ]
        ),
        r.maybe(0.5, ["{company} HR", "HR", "Recruitment", "Regards, {company}"]),
    )
    s = r(
        ["", "Application", "{role}", "Automatic reply: Application", "Auto-reply: {role}"]
        + NEUTRAL_SUBJECTS[:4]
    )
    return s, body, r([company_sender(r), "noreply@{cdomain}", ats_sender(r, "taleo")])


FAMILIES = [
    *[
        (f"{ats}-received-{v}", make_ats_family(ats, v), n)
        for ats, v, n in [
            ("greenhouse", "A", 30),
            ("greenhouse", "B", 24),
            ("lever", "A", 28),
            ("lever", "B", 24),
            ("workday", "A", 18),
            ("icims", "A", 16),
            ("smartrecruiters", "A", 22),
            ("smartrecruiters", "B", 16),
            ("ashby", "A", 14),
            ("workable", "A", 20),
            ("workable", "B", 14),
            ("bamboohr", "A", 18),
            ("jobvite", "A", 18),
            ("teamtailor", "A", 12),
            ("personio", "A", 12),
            ("taleo", "A", 10),
        ]
    ],
    ("greenhouse-received-C", greenhouse_block, 26),
    ("linkedin-application-sent", linkedin_sent, 30),
    ("indeed-application-submitted", indeed_submitted, 24),
    ("workday-received-formal", workday_formal, 28),
    ("taleo-submission-confirmation", taleo_confirmation, 22),
    ("icims-received-status", icims_received, 20),
    ("ashby-received-startup", ashby_startup, 20),
    ("personio-received-de", personio_de, 16),
    ("teamtailor-received-eu", teamtailor_eu, 16),
    ("human-acknowledgement", human_ack, 28),
    ("reply-still-reviewing", reply_still_reviewing, 22),
    ("public-sector-received", public_sector_received, 22),
    ("early-careers-received", early_careers, 22),
    ("html-heavy-received", html_heavy_brand, 22),
    ("non-native-received", non_native_received, 16),
    ("retail-received", retail_received, 18),
    ("agency-registered", agency_registered, 16),
    ("academic-received", academic_received, 16),
    ("status-under-review", status_under_review, 22),
    ("internship-received", internship_received, 18),
    ("short-auto-ack", short_auto_ack, 16),
]


def timeline_what_to_expect(rng, c):
    r = R(rng, c)
    steps = r.shuffled(
        [
            "[[Application review|Resume review]] ([[1-2 weeks|up to {period}]])",
            "[[Recruiter phone screen|Intro call with a recruiter]] ({dur} min)",
            "[[Hiring manager interview|Interview with the team]]",
            "[[Technical assessment|Skills exercise|Case study]]",
            "[[Final interviews|Onsite]]",
            "Offer",
        ],
        keep_first=1,
    )[: r.rng.randint(3, 5)]
    lines = "\n".join(f"{i}. {s}" for i, s in enumerate(steps, 1))
    body = r.body(
        greet(r, 0.3),
        r(
            [
                "Thanks for applying for {role}! Here's what to expect from our process:",
                "We've received your application. So you know what's coming, our hiring process usually looks like this:",
                "Your application for {role} is in. A quick guide to our process:",
            ]
        ),
        r(lines),
        r(
            [
                "Not everyone moves through every step — unfortunately we can't progress every application — but we'll always let you know where you stand.",
                "If we don't think there's a match at the review stage, we'll email you; if there is, a recruiter will reach out to book the first call.",
                "Most candidates hear from us within {period}.",
                r(HARD_NEG),
            ]
        ),
        sig(r, 0.3),
        r.maybe(0.5, ats_footer(r, r(["greenhouse", "lever", "ashby", "workable"]))),
    )
    return (
        subj(r),
        body,
        r(
            [
                ats_sender(r, "greenhouse"),
                ats_sender(r, "lever"),
                ats_sender(r, "ashby"),
                ats_sender(r, "workable"),
            ]
        ),
    )


def casual_startup_ack(rng, c):
    r = R(rng, c)
    body = r.body(
        r(["Hey {first}!", "Hi {first} 👋", "{first} —", "Hi {first},"]),
        r(
            [
                "Thanks for applying to {company}! 🙌 I'm {rfirst}, [[one of the founders|I run hiring here|I lead the {team} team]].",
                "Got your application — thanks! We're a tiny team so I read these myself.",
                "Just saw your application come through, thanks for your interest in {company}!",
            ]
        ),
        r(
            [
                "Honestly we've had way more applications than expected, so unfortunately it might take me a couple of weeks to get back to everyone.",
                "I'll go through everything this weekend and get back to you either way.",
                "If it looks like a fit I'll send over a link to grab 20 mins; if not, I'll still let you know.",
                "We're not in a rush, so apologies in advance if I'm slow to reply.",
            ]
        ),
        r(["{rfirst}", "Cheers,\n{rfirst}", "- {rfirst}, {company}", "Thanks!\n{rfirst}"]),
    )
    s = r(
        [
            "Thanks for applying!",
            "Re: {role}",
            "Your application to {company}",
            "hey!",
            "{company} <> {first}",
        ]
    )
    return s, body, human_sender(r)


FAMILIES += [
    ("received-timeline-what-to-expect", timeline_what_to_expect, 22),
    ("received-casual-startup", casual_startup_ack, 18),
]
