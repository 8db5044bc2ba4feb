"""Rejection families. Every function is one skeleton (= one family)."""

from __future__ import annotations

from ..engine import R
from ..fragments import (
    ats_footer,
    ats_sender,
    company_sender,
    greet,
    html_footer,
    html_header,
    human_sender,
    legal_footer,
    quote_block,
    sig,
    team_sig,
)
from ..phrases import (
    DECISION_CORE,
    DECISION_LEAD,
    FEEDBACK,
    KEEP_ON_FILE,
    NEUTRAL_SUBJECTS,
    THANKS_APPLY,
    VOLUME,
    WISHES,
)

UNF_LEADS = [
    "Unfortunately, ",
    "Unfortunately ",
    "Unfortunately, after careful consideration, ",
    "Unfortunately, on this occasion ",
    "Unfortunately, after reviewing your application, ",
    "Unfortunately, at this time ",
    "Unfortunately, ",
]
REGRET_LEADS = [
    "We regret to inform you that ",
    "We regret to let you know that ",
    "I regret to tell you that ",
    "It is with regret that we must tell you that ",
    "Regrettably, ",
]


def decision(r: R) -> str:
    x = r.rng.random()
    lead = r(UNF_LEADS) if x < 0.45 else r(REGRET_LEADS) if x < 0.58 else r(DECISION_LEAD)
    core = r(DECISION_CORE)
    s = lead + core
    return s[0].upper() + s[1:]


def rej_subject(r: R) -> str:
    return r(
        NEUTRAL_SUBJECTS
        + [
            "Update on your application",
            "Your application to {company}",
            "Update regarding your application",
            "Application outcome - {role}",
            "{company} application update",
            "An update on your {role} application",
            "Your application with {company}",
            "Thank you from {company}",
            "Application status: {role}",
        ]
    )


def _ats_generic(r: R, ats: str, variant: str) -> tuple[str, str, str]:
    g = greet(r)
    if variant == "A":
        paras = [
            r(THANKS_APPLY),
            r.maybe(0.5, VOLUME),
            decision(r),
            r.maybe(0.5, KEEP_ON_FILE),
            r(WISHES),
        ]
    else:
        paras = [
            r.maybe(0.4, VOLUME),
            r(THANKS_APPLY) + " " + decision(r),
            r.maybe(0.3, FEEDBACK),
            r.maybe(0.6, KEEP_ON_FILE),
            r.maybe(0.6, WISHES),
        ]
    body = r.body(g, *paras, sig(r, human=0.35), r.maybe(0.5, "\n".join([ats_footer(r, ats)])))
    return rej_subject(r), body, ats_sender(r, ats)


def make_ats_family(ats: str, variant: str):
    def fam(rng, c):
        return _ats_generic(R(rng, c), ats, variant)

    fam.__name__ = f"{ats}-rejection-{variant}"
    return fam


def greenhouse_c(rng, c):
    """Greenhouse-style mail with a role header block and a link back to the job board."""
    r = R(rng, c)
    head = r("[[{company}|]]\n{role}[[ · {location}| - {location}|]]")
    body = r.body(
        head,
        greet(r),
        r(
            "Thank you for [[your interest in|applying to]] the {role} [[role|opportunity]] at {company}. [[Our team has reviewed your application|We've now had a chance to review your application|We have carefully reviewed your background]]."
        ),
        r(
            [
                "[[We|I]] [[want|wanted]] to let you know that we won't be moving forward [[with your candidacy|with your application]] at this time.",
                "At this time we've decided to [[focus on|move forward with]] candidates whose [[experience is more closely aligned|backgrounds more closely match]] [[with|to]] the needs of the role.",
                decision(r),
            ]
        ),
        r.maybe(
            0.5,
            [
                "We'd love for you to stay [[in touch|connected]] and [[apply|consider applying]] for future roles — you can [[see|browse]] our open positions at {cdomain}/careers.",
                "[[Our needs change often|Our team is growing quickly]], so please [[do keep an eye on|check back on]] our job board.",
            ],
        ),
        r(WISHES),
        sig(r, 0.3),
        r.maybe(0.6, ats_footer(r, "greenhouse")),
    )
    return rej_subject(r), body, ats_sender(r, "greenhouse")


def linkedin_easy_apply(rng, c):
    r = R(rng, c)
    subj = r(
        [
            "Your application to {role} at {company}",
            "Your application to {company}",
            "Update on your application to {company}",
            "{company} has an update on your application",
        ]
    )
    top = r(
        "[[LinkedIn\n\n|]]Your [[application|update]] [[to|from]] {company}\n\n{role}\n{company} · {location}[[ (On-site)| (Hybrid)| (Remote)|]]"
    )
    msg = r.body(
        greet(r, 0.2),
        r("Thank you for your interest in the {role} position at {company}[[ in {location}|]]."),
        r(
            [
                "Unfortunately, we will not be moving forward with your application, but we appreciate your time and interest in {company}.",
                "After reviewing your application, we've decided not to move forward at this time.",
                "[[Unfortunately, we have decided|We have decided|We have decided]] to proceed with other candidates whose profiles more closely match our current requirements.",
                "Unfortunately, you were not selected for this position. We encourage you to apply to other roles that match your skills.",
                decision(r),
            ]
        ),
        r.maybe(0.5, WISHES),
        r.maybe(0.7, "Regards,\n{company}"),
    )
    tail = r.body(
        r.maybe(
            0.7,
            [
                "[[Top job picks for you|Jobs you may be interested in|Similar jobs]]\n{role} · [[Nimbus Cloud|Datawise|Polaris Consulting|Cobalt Labs]] · {location}\n[[See all jobs|View jobs]]",
                "Looking for your next role? [[See jobs similar to this one|Search for jobs]]",
            ],
        ),
        r(
            "[[This email was intended for {full} ({role})|You are receiving LinkedIn notification emails.]]\n[[Unsubscribe|Manage your email preferences]] · Help\n© {year} LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085."
        ),
    )
    return subj, r.body(top, msg, tail), "LinkedIn <jobs-noreply@linkedin.com>"


def workday_formal(rng, c):
    r = R(rng, c)
    body = r.body(
        r(["Dear {first},", "Dear {first} {last},", "Dear Candidate,", "Dear {full}"]),
        r(
            "Thank you for your interest in the {role} ([[Job Requisition ID|Req|Job ID]]: {req}) [[position|role]] [[at|with]] {company}."
        ),
        r(
            [
                "[[Unfortunately, we have reviewed|We have reviewed|We have reviewed]] your qualifications and, [[at this time|after careful review]], we have decided to [[move forward with|pursue]] other candidates whose [[qualifications|skills and experience]] more closely [[match|meet]] the [[needs|requirements]] of this position.",
                "After careful review, we regret to inform you that you have not been selected [[to move forward|for further consideration]] for this position.",
                "This position has been filled. We appreciate the time you took to apply.",
                decision(r),
            ]
        ),
        r.maybe(
            0.7,
            [
                "We encourage you to visit our career site and apply to other positions for which you are qualified.",
                "Your candidate profile will remain active in our system[[, and you may continue to apply for other positions|]].",
                "You may [[track|view]] the status of all your applications in Candidate Home.",
            ],
        ),
        r.maybe(0.6, WISHES),
        r(
            [
                "Sincerely,\n{company} Talent Acquisition",
                "Regards,\n{company} Recruiting",
                "Best regards,\nTalent Acquisition Team\n{company}",
                "Thank you,\n{company}",
            ]
        ),
        r.maybe(0.8, ats_footer(r, "workday")),
    )
    return rej_subject(r), body, ats_sender(r, "workday")


def icims_status(rng, c):
    r = R(rng, c)
    subj = r(
        [
            "{company} - Application Status Update",
            "Regarding your application for {role}",
            "Your application - {role} ({req})",
            "Update on Job ID {req}",
            "{role} - Application Status",
        ]
        + NEUTRAL_SUBJECTS[:6]
    )
    body = r.body(
        r(["Dear {first},", "Dear {first} {last}:", "Hello {first},", "{first} {last},"]),
        r(
            "Thank you for your interest in [[employment with|a career at|career opportunities at]] {company} and for applying to the {role} position[[ (Job ID {req})|]]."
        ),
        r(
            [
                "We regret to inform you that [[another candidate|another applicant]] has been selected for this position.",
                "[[Unfortunately, we have reviewed|We have reviewed|We have reviewed]] your application and have decided to move forward with candidates whose qualifications more closely meet our needs.",
                "The position for which you applied has been filled. We appreciate your interest.",
                "At this time, we will not be advancing your application.",
                decision(r),
            ]
        ),
        r.maybe(
            0.5,
            [
                "Your profile will be kept in our database and you will be considered for future openings [[that match your experience|as they arise]].",
                "Please continue to visit our career portal for current openings.",
            ],
        ),
        r.maybe(0.5, WISHES),
        r(
            [
                "Sincerely,\nHuman Resources\n{company}",
                "Regards,\n{company} Recruitment Team",
                "{company} Talent Acquisition",
            ]
        ),
        r.maybe(0.8, ats_footer(r, "icims")),
    )
    return subj, body, ats_sender(r, "icims")


def taleo_legacy(rng, c):
    r = R(rng, c)
    subj = r(
        [
            "{company} - {role} - Job Number {req}",
            "Your application - Job Number {req}",
            "{company}: Application Status",
            "Job Submission Update - {role}",
            "Thank you for your interest in {company}",
        ]
    )
    body = r.body(
        r(["Dear {first} {last},", "Dear {first},", "{first} {last},"]),
        r(
            "We would like to thank you for your interest in the {role} position (Job Number: {req}) with {company}."
        ),
        r(
            [
                "After careful review of your [[qualifications|background]], we have determined that [[other candidates|other applicants]] more closely match the requirements of the position. Consequently, we will not be pursuing your candidacy further.",
                "We regret to inform you that the position has been filled by another candidate.",
                "[[Unfortunately, we have completed|We have completed|We have completed]] our review and regret to advise you that your application was not selected for further consideration.",
                decision(r),
            ]
        ),
        r(
            "[[We encourage you to|Please]] [[continue to visit|regularly check]] our career section [[for new opportunities|for positions that match your profile]]. [[You may also create job alerts.|]]"
        ),
        r(
            "[[Sincerely|Best regards|Regards]],\n{company}[[ Staffing| Human Resources| Recruiting]]"
        ),
        r.maybe(0.9, ats_footer(r, "taleo")),
    )
    return subj, body, ats_sender(r, "taleo")


def smartrecruiters_card(rng, c):
    r = R(rng, c)
    body = r.body(
        html_header(r),
        greet(r),
        r("Thank you for taking the time to apply for the {role} position[[ in {location}|]]."),
        r(
            [
                "[[Unfortunately, we've carefully|We've carefully|We've carefully]] reviewed your application and [[regret|are sorry]] to tell you that we will not be progressing it further.",
                "After [[carefully|thoroughly]] reviewing your profile, we have decided to continue with other candidates for this position.",
                decision(r),
            ]
        ),
        r.maybe(0.4, VOLUME),
        r.maybe(0.6, KEEP_ON_FILE),
        r.maybe(0.4, "[[VIEW MORE JOBS|See open positions|Explore other jobs]]\n{cdomain}/careers"),
        r("[[Best regards|Kind regards|Thank you]],\n[[{company} Hiring Team|{rfull}\n{company}]]"),
        r.maybe(0.8, ats_footer(r, "smartrecruiters")),
    )
    return rej_subject(r), body, ats_sender(r, "smartrecruiters")


def ashby_startup(rng, c):
    r = R(rng, c)
    body = r.body(
        r(["Hi {first},", "Hey {first},", "Hi {first} -", "{first},"]),
        r(
            [
                "Thanks [[so much|a lot]] for applying to {company} and for your interest in [[the {role} role|joining us|what we're building]].",
                "Really appreciate you [[taking the time to apply|applying]] for {role} at {company}.",
                "Thank you for [[chatting with us|your time over the past few weeks|going through our process]].",
            ]
        ),
        r(
            [
                "We've [[taken a close look|reviewed your application carefully]] and [[decided not to move forward|won't be moving forward]] [[at this time|right now|for this role]]. [[This is a tough call given how many strong applicants we have.|We're a small team and can only hire for a handful of roles.|]]",
                "After a lot of thought, we've decided to go with someone whose experience lines up more closely with what we need right now.",
                "We're going to pass for now — [[we're looking for|the team needs]] someone with a bit more [[hands-on|direct]] experience in [[this area|{team}]].",
                decision(r),
            ]
        ),
        r.maybe(
            0.5,
            [
                "We're growing fast, so please [[don't hesitate to|feel free to]] apply again [[in the future|down the line|in 6 months]].",
                "If you'd like, we can keep you in mind for future openings.",
                r(FEEDBACK),
            ],
        ),
        r.maybe(0.6, WISHES),
        r(
            [
                "{rfirst}",
                "Best,\n{rfirst}",
                "Cheers,\n{rfirst} @ {company}",
                "Thanks,\nThe {company} team",
                "- {rfirst}, {rtitle}",
            ]
        ),
        r.maybe(0.4, ats_footer(r, "ashby")),
    )
    return rej_subject(r), body, ats_sender(r, "ashby")


def workable_plain(rng, c):
    r = R(rng, c)
    body = r.body(
        greet(r, 0.5),
        r(
            [
                "Thank you for applying for the {role} position at {company}.",
                "Thanks for your application for {role}.",
            ]
        ),
        r(
            [
                "We [[have reviewed|reviewed]] your application [[and|carefully and]] [[unfortunately|regretfully|]] we are not able to [[proceed|move forward]] with it [[at this time|this time|on this occasion]].",
                "Our hiring team has [[reviewed|assessed]] your application and[[, unfortunately,|]] [[we have decided to move forward with other candidates|your profile does not match our needs at this time]].",
                decision(r),
            ]
        ),
        r.maybe(0.5, KEEP_ON_FILE),
        r.maybe(0.5, WISHES),
        r(
            "[[Regards|Best|Kind regards|Best wishes]],\n[[{rfull}|{company} Hiring Team|{company}]]"
        ),
        r.maybe(0.8, ats_footer(r, "workable")),
    )
    return rej_subject(r), body, ats_sender(r, "workable")


def bamboohr_small(rng, c):
    r = R(rng, c)
    body = r.body(
        greet(r, 0.4),
        r(
            "Thank you for [[your interest in|applying for]] the {role} [[opening|position]] at {company}. [[We enjoyed learning about your background.|We're a small team and we read every application ourselves.|]]"
        ),
        r(
            [
                decision(r),
                "We've [[filled|closed]] the position and [[are|will be]] [[reaching out to|notifying]] all other applicants [[now|today]]. [[We won't be moving forward with your application.|Your application was not selected.|]]",
                "[[Unfortunately, we have decided|We have decided|We have decided]] to hire someone with more direct experience in {team}, so we won't be taking your application further.",
            ]
        ),
        r.maybe(0.5, KEEP_ON_FILE),
        r(WISHES),
        sig(r, 0.6),
        r.maybe(0.6, ats_footer(r, "bamboohr")),
    )
    return rej_subject(r), body, ats_sender(r, "bamboohr")


def teamtailor_eu(rng, c):
    r = R(rng, c)
    body = r.body(
        greet(r, 0.3),
        r(
            "Thank you for your application for the position as {role} at {company}[[ and for the interest you have shown in us|, we are happy you want to join us|]]."
        ),
        r(
            [
                "[[Unfortunately, we have now|We have now|We have now]] [[gone through|reviewed]] all applications and [[we have unfortunately decided|have chosen]] to [[proceed|continue]] with other candidates in the process.",
                "After reviewing your application we have decided to move forward with other candidates whose profiles better match the requirements for this role.",
                "[[Unfortunately, we have now|We have now|We have now]] filled the position and therefore close the recruitment process.",
                decision(r),
            ]
        ),
        r.maybe(
            0.5,
            [
                "We hope that you will keep following us and that you will apply again in the future.",
                "[[Please feel free to|You are welcome to]] connect to our talent community to hear about future jobs.",
            ],
        ),
        r.maybe(0.6, WISHES),
        r(
            "[[Kind regards|Best regards|All the best|Have a nice day]],\n[[{rfull}|{company}|{rfirst}, {company}]]"
        ),
        r.maybe(0.7, ats_footer(r, "teamtailor")),
    )
    return rej_subject(r), body, ats_sender(r, "teamtailor")


def personio_de(rng, c):
    r = R(rng, c)
    body = r.body(
        r(["Dear {first} {last},", "Dear {title} {last},", "Hello {first},", "Dear applicant,"]),
        r(
            "Thank you very much for your application [[as|for the position of]] {role} and the interest in {company}."
        ),
        r(
            [
                "After careful examination of your documents we have to inform you that we cannot consider your application [[further|at this time]].",
                "Unfortunately we must tell you that we have decided for another candidate.",
                "We regret to tell you that your profile does not fully match the requirements of the position, so we will not consider your application further.",
                "[[Unfortunately, we have chosen|We have chosen|We have chosen]] another candidate whose profile corresponds more closely to our requirements.",
                decision(r),
            ]
        ),
        r.maybe(
            0.5,
            [
                "This decision is not a judgement of your qualifications.",
                "We will delete your documents in accordance with data protection rules after six months.",
                "In accordance with GDPR, your data will be deleted after the end of the process.",
            ],
        ),
        r(
            [
                "We wish you all the best and success for your future career path.",
                "We wish you every success in your further job search.",
                r(WISHES),
            ]
        ),
        r(
            "[[Kind regards|Best regards|Yours sincerely]],\n[[Your {company} Recruiting Team|{rfull}|{company} HR]]"
        ),
        r.maybe(0.7, ats_footer(r, "personio")),
    )
    return rej_subject(r), body, ats_sender(r, "personio")


def jobvite_corporate(rng, c):
    r = R(rng, c)
    body = r.body(
        greet(r, 0.6),
        r(
            "Thank you for your interest in {company} and the {role} [[opportunity|position]][[ in {location}|]]."
        ),
        r(
            [
                "While your [[background is impressive|qualifications are strong]], [[we have decided to pursue other candidates|we have decided to move forward with other applicants]] [[who more closely match|whose experience better fits]] the [[needs of the team|requirements of the role]].",
                "We have [[carefully|thoroughly]] reviewed your [[application|resume]] and we will not be moving forward with your candidacy for this role.",
                decision(r),
            ]
        ),
        r.maybe(0.5, VOLUME),
        r.maybe(0.5, KEEP_ON_FILE),
        r.maybe(0.7, WISHES),
        r(
            "[[Sincerely|Best regards|Thank you]],\n[[{company} Recruiting|{company} Talent Acquisition Team|{rfull}]]"
        ),
        r.maybe(0.7, ats_footer(r, "jobvite")),
    )
    return rej_subject(r), body, ats_sender(r, "jobvite")


# ---- human-written notes --------------------------------------------------------------------
def recruiter_oneliner(rng, c):
    r = R(rng, c)
    body = r.body(
        r(["Hi {first},", "Hey {first},", "{first},", "Hi {first} -", "Hello {first},"]),
        r(
            [
                "Thanks for your time [[last week|on {weekday}|yesterday|the other day]] — we've decided to go another way[[ for this one|]].",
                "Quick note to let you know we've decided to go with another candidate for the {role} role.",
                "Wanted to close the loop: the team has decided not to move forward[[ with your application|]]. Sorry it's not better news!",
                "Just letting you know we won't be taking things further for {role}. [[Really appreciated chatting.|It was great to meet you.|]]",
                "I'm afraid we're going to pass on this one — we went with someone with more {team} experience.",
                "Sorry for the slow reply. We've filled the {role} position, so we won't be moving ahead.",
                "Thanks again for interviewing with us. We've made an offer to another candidate who has accepted.",
                "Hate sending these, but we're not going to progress your application for {role}.",
                "The hiring manager has decided to move forward with other candidates, so I'm closing out your application.",
                "Not the news you were hoping for, I know — the team went with someone else for {role}.",
            ]
        ),
        r.maybe(
            0.5,
            [
                "Best of luck with everything.",
                "Wishing you the best.",
                "Good luck out there!",
                "Hope our paths cross again.",
                "Happy to stay in touch on LinkedIn.",
                "Let me know if you want any feedback.",
            ],
        ),
        r(
            [
                "Best,\n{rfirst}",
                "Cheers,\n{rfirst}",
                "{rfirst}",
                "Thanks,\n{rfirst}",
                "Best, {rfirst}",
                "- {rfirst}",
                "Sent from my iPhone",
                "{rfirst}\n\nSent from my phone",
            ]
        ),
    )
    subj = r(
        [
            "Re: {role}",
            "{role}",
            "Quick update",
            "Update",
            "Re: Interview follow-up",
            "Re: Following up on my application",
            "Re: Thank you",
            "",
            "Re: {company} - next steps?",
            "Re: Checking in",
            "Your application",
        ]
    )
    return subj, body, human_sender(r)


def recruiter_warm_long(rng, c):
    r = R(rng, c)
    order = r.shuffled(
        [
            r(
                [
                    "It was a pleasure [[speaking with you|getting to know you|meeting you]] [[over the past few weeks|during the process|on {weekday}]], and I want to thank you for the time and energy you [[put into|invested in]] [[the interviews|our process|the take-home exercise]].",
                    "I really enjoyed our conversations and [[the team was|everyone was]] impressed by your [[enthusiasm|thoughtfulness|experience]].",
                ]
            ),
            r(
                [
                    "After a lot of discussion, [[the panel|the team|we]] decided to [[move forward with|extend an offer to]] another candidate whose experience [[was a closer match|aligned more closely]] with [[what we need right now|the scope of the role]].",
                    "This was a really close decision, but we have decided not to move forward with your candidacy for {role}.",
                    "I'm sorry to share that we won't be progressing to an offer.",
                    "The hiring team [[met yesterday|met this week|debriefed]] and, [[unfortunately|after a lot of back and forth]], we won't be moving forward.",
                ]
            ),
        ]
    )
    body = r.body(
        greet(r, 0.3),
        *order,
        r.maybe(
            0.6,
            [
                "[[In particular|Specifically]], the team [[felt|noted]] that [[your system design answers|your stakeholder examples|your clinical examples|your portfolio]] [[were strong|stood out]], but [[we need|we're looking for|the role requires]] [[more depth in|more experience with]] [[distributed systems|people management|budget ownership|paediatric care|enterprise sales]].",
                "If it's helpful, I'm happy to share more detailed feedback on a call.",
                "I'd genuinely love to stay in touch — [[we'll be hiring again in the new year|more roles will open up soon|I think you'd be a great fit for future openings]].",
            ],
        ),
        r.maybe(0.4, FEEDBACK),
        r(WISHES),
        sig(r, 0.9),
        legal_footer(r),
    )
    subj = r(
        [
            "Re: {role} - {company}",
            "Your interview with {company}",
            "{company} update",
            "Following up from your interviews",
            "Update on {role}",
            "Re: Final interview",
            "Thank you from {company}",
            "Next steps",
            "Update",
        ]
        + NEUTRAL_SUBJECTS[:5]
    )
    return subj, body, human_sender(r)


def post_interview_formal(rng, c):
    r = R(rng, c)
    body = r.body(
        greet(r, 0.8),
        r(
            "Thank you for [[attending|taking part in]] the [[interview|assessment centre|panel interview|final round interview|second-stage interview]] for the {role} [[position|post]] [[on {date}|last week|recently]]."
        ),
        r(
            [
                "[[We regret to inform you that|I'm sorry to say that|Following careful consideration,]] you have not been successful on this occasion.",
                "The panel [[was impressed|enjoyed meeting you]], however [[they have|we have]] decided to offer the post to a candidate who [[more closely met|better matched]] the person specification.",
                "Following the interviews, we have decided not to offer you the position.",
                "After careful consideration, we will not be moving forward with your application beyond this stage.",
                decision(r),
            ]
        ),
        r.maybe(
            0.6,
            [
                "Feedback from the panel: [[you communicated clearly, but|your answers were thoughtful, although]] [[other candidates demonstrated more experience of|we were looking for more evidence of]] [[safeguarding|stakeholder management|budget management|leading a team]].",
                r(FEEDBACK),
            ],
        ),
        r.maybe(0.5, KEEP_ON_FILE),
        r(WISHES),
        sig(r, 0.7),
        legal_footer(r),
    )
    subj = r(
        [
            "Interview outcome - {role}",
            "Your interview for {role}",
            "Following your interview",
            "Interview feedback",
            "{role} - outcome",
            "Outcome of your interview",
            "Re: Interview on {date}",
        ]
        + NEUTRAL_SUBJECTS[:8]
    )
    return subj, body, r([human_sender(r), company_sender(r)])


def position_filled(rng, c):
    r = R(rng, c)
    body = r.body(
        greet(r, 0.4),
        r(
            [
                "Thank you for your interest in the {role} role.",
                "Thanks for applying to {company}.",
                r(THANKS_APPLY),
            ]
        ),
        r(
            [
                "[[We wanted to let you know|This is to let you know|Just a note to say]] that the position has been filled[[ and we are no longer accepting applications| and the vacancy is now closed|]].",
                "The {role} vacancy has now been filled[[ internally| by an internal candidate|]], so we will not be progressing your application.",
                "We have [[now |]]appointed a candidate to the role, so [[this vacancy is closed|the recruitment has closed]].",
                "[[Unfortunately, we have hired|We have hired|We have hired]] for this position and so we won't be taking applications forward.",
            ]
        ),
        r.maybe(0.5, KEEP_ON_FILE),
        r.maybe(0.7, WISHES),
        sig(r, 0.5),
    )
    subj = r(
        [
            "Position filled: {role}",
            "{role} - position filled",
            "Vacancy closed: {role}",
            "Update: {role} vacancy",
        ]
        + NEUTRAL_SUBJECTS
    )
    return subj, body, r([human_sender(r), company_sender(r)])


def role_cancelled(rng, c):
    r = R(rng, c)
    body = r.body(
        greet(r, 0.4),
        r(
            [
                "Thank you for your application and your patience.",
                "Thank you for your time and interest in {role}.",
                r(THANKS_APPLY),
            ]
        ),
        r(
            [
                "[[Due to|Because of]] [[a change in business priorities|budget constraints|an organisational restructure|a company-wide hiring freeze|changes in funding]], we have [[made the difficult decision|decided]] to [[close|put on hold|cancel]] [[this role|the {role} position|the vacancy]].",
                "We've [[had to pause|paused]] hiring for {role}[[ for the foreseeable future| until next year|]], so we're [[closing|withdrawing]] all applications [[including yours|for the role]].",
                "The {role} role has been cancelled [[following an internal review|due to budget changes]], and we won't be moving forward with any candidates at this time.",
                "I'm sorry to say that the headcount for this role was [[frozen|pulled|cut]] [[this week|in our latest planning cycle]], which means we can't proceed with your application.",
            ]
        ),
        r.maybe(
            0.5,
            [
                "This is no reflection on your application.",
                "We know this is frustrating, and we're sorry for the inconvenience.",
                "We will keep your details on file should the role reopen.",
            ],
        ),
        r.maybe(0.7, WISHES),
        sig(r, 0.5),
    )
    subj = r(
        [
            "{role} - role closed",
            "Update: {role} position on hold",
            "Hiring update from {company}",
            "Important update about {role}",
        ]
        + NEUTRAL_SUBJECTS
    )
    return subj, body, r([human_sender(r), company_sender(r)])


def early_careers_uk(rng, c):
    r = R(rng, c)
    prog = r(
        [
            "[[{year}|]] Graduate Scheme",
            "Summer Internship Programme [[{year}|]]",
            "Degree Apprenticeship",
            "Industrial Placement (12 months)",
            "Spring Insight Week",
            "Graduate Programme - {team}",
            "Level 3 Apprenticeship",
            "Summer Analyst Programme",
            "Internship - {role}",
        ]
    )
    c["prog"] = prog
    body = r.body(
        r(["Dear {first},", "Dear {first} {last},", "Hi {first},"]),
        r(
            "Thank you for applying to the {company} {prog}[[ and for completing the online assessments| and for your video interview|]]."
        ),
        r(
            [
                "[[Unfortunately, we have now|We have now|We have now]] reviewed your application and [[regret to inform you|are sorry to let you know]] that [[you have not been successful on this occasion|we will not be progressing your application to the next stage]].",
                "Competition for places on our programme is [[extremely|very]] [[strong|high]], and [[unfortunately|on this occasion]] we are unable to offer you a place.",
                "Following your [[assessment centre|online test|video interview]], we won't be taking your application any further this year.",
                decision(r),
            ]
        ),
        r.maybe(
            0.6,
            [
                "You may reapply for our programmes [[next year|in the next recruitment cycle|after 12 months]].",
                "Your test results will be held for 12 months.",
                "We'd encourage you to look at our other early careers opportunities at {cdomain}/earlycareers.",
            ],
        ),
        r.maybe(0.5, VOLUME),
        r(WISHES),
        r(
            "[[Kind regards|Best wishes|Yours sincerely]],\n[[{company} Early Careers Team|The Graduate Recruitment Team|{company} Emerging Talent]]"
        ),
        r.maybe(0.4, legal_footer(r)),
    )
    subj = r(
        [
            "Your application to the {company} {prog}",
            "{prog} - application update",
            "{company} {prog}",
            "Your {company} application",
            "Application outcome",
            "Update on your {prog} application",
        ]
    )
    return (
        subj,
        body,
        r(
            [
                company_sender(r),
                ats_sender(r, r(["workday", "smartrecruiters", "greenhouse", "taleo"])),
            ]
        ),
    )


def us_internship(rng, c):
    r = R(rng, c)
    body = r.body(
        r(["Hi {first},", "Dear {first},", "Hello {first},"]),
        r(
            "Thank you for your interest in the [[Summer {year}|Fall {year}|{year}]] [[{role}|Software Engineering Internship|Data Science Internship|Marketing Internship|Finance Internship]] [[program|position]] at {company}."
        ),
        r(
            [
                "We received [[{nrev}|thousands of]] applications this season, and after careful review we will not be moving forward with your application.",
                "[[Unfortunately|At this time]], we are unable to offer you an interview for this internship.",
                "[[Unfortunately, we've decided|We've decided|We've decided]] not to move forward with your candidacy for our intern program this year.",
                "Our intern class for [[this summer|{year}]] is now full, so we're unable to proceed with your application.",
                decision(r),
            ]
        ),
        r.maybe(
            0.6,
            [
                "We hope you'll consider applying again next recruiting season!",
                "We encourage you to apply again next year; we'd love to see how you've grown.",
                "Please keep an eye on our University Recruiting page for future opportunities.",
            ],
        ),
        r(WISHES),
        r(
            "[[Best|Best regards|Cheers]],\n[[{company} University Recruiting|{company} Campus Team|The {company} Internship Team|{rfull}, Campus Recruiter]]"
        ),
        r.maybe(0.5, ats_footer(r, r(["greenhouse", "lever", "workday"]))),
    )
    subj = r(
        [
            "{company} Internship Application Update",
            "Your {company} internship application",
            "Update on your internship application",
        ]
        + NEUTRAL_SUBJECTS[:8]
    )
    return subj, body, r([ats_sender(r, "greenhouse"), ats_sender(r, "lever"), company_sender(r)])


def keep_on_file_talent_pool(rng, c):
    r = R(rng, c)
    body = r.body(
        greet(r, 0.4),
        r(THANKS_APPLY),
        r(
            [
                "Although your profile [[is interesting|impressed us]], we [[have decided to|will]] [[continue with|proceed with]] candidates whose experience more closely matches this specific role.",
                "Your experience is not quite what we need for this role, so we won't be progressing your application.",
                "[[Unfortunately, we won't|We won't|We won't]] be moving you forward for {role}, but we [[really liked|were impressed by]] your profile.",
            ]
        ),
        r(
            [
                "With your [[permission|consent]], we'd like to add you to our talent pool so we can reach out when a [[suitable|relevant]] role opens. [[Simply reply to this email to opt in.|If you would prefer we delete your data, reply to let us know.|]]",
                "We will keep your CV on file for [[six months|12 months|the next year]] and will contact you if something suitable comes up.",
                "We've saved your details, and our recruiters regularly search the talent pool when new roles open.",
            ]
        ),
        r.maybe(0.6, WISHES),
        sig(r, 0.5),
        r.maybe(0.5, html_footer(r)),
    )
    return (
        rej_subject(r),
        body,
        r([company_sender(r), ats_sender(r, r(["teamtailor", "workable", "smartrecruiters"]))]),
    )


def reply_thread(rng, c):
    """A rejection replying to the candidate's own follow-up, with the follow-up quoted below."""
    r = R(rng, c)
    cand_msg = r.body(
        r(["Hi {rfirst},", "Hello,", "Dear Hiring Team,", "Hi {rfirst}", "Dear {rfirst},"]),
        r(
            [
                "I hope you're well. I wanted to follow up on my application for the {role} position[[ submitted on {date2}|]].",
                "I'm writing to check on the status of my application for {role}.",
                "Just following up on my [[interview|application|phone screen]] for {role} — is there any update on [[timing|next steps]]?",
                "Thank you again for the interview last week. I wanted to ask whether there's been any update.",
            ]
        ),
        r.maybe(
            0.6,
            [
                "I remain very interested in the role and in {company}.",
                "I'm still very keen on the position.",
                "Happy to provide anything else you need.",
            ],
        ),
        r(
            [
                "Best,\n{first}",
                "Kind regards,\n{full}",
                "Thanks,\n{first}",
                "Many thanks,\n{first} {last}",
            ]
        ),
    )
    reply = r.body(
        r(["Hi {first},", "Hello {first},", "Dear {first},", "{first},"]),
        r(
            [
                "Thanks for [[following up|checking in|your patience]][[, and apologies for the delay|]].",
                "Thank you for your email and sorry for the slow reply.",
                "Thanks for reaching out.",
            ]
        ),
        r(
            [
                "[[Unfortunately|I'm sorry to say|After review]], [[we've decided to move forward with other candidates|the team has decided not to proceed with your application|we won't be moving forward]].",
                "The role has been filled, so we won't be progressing your application.",
                "The hiring manager has decided to pursue other candidates whose experience more closely matches the role.",
                "I'm afraid you haven't been successful this time.",
                decision(r),
            ]
        ),
        r.maybe(0.5, WISHES),
        r(["Best,\n{rfirst}", "Kind regards,\n{rfull}", "Thanks,\n{rfirst}", "{rfirst}"]),
    )
    body = reply + "\n\n" + quote_block(r, cand_msg, r("{full} <{cmail}>"))
    subj = r(
        [
            "Re: Following up on my application",
            "Re: Application for {role}",
            "RE: {role} - follow up",
            "Re: Checking in",
            "Re: Status of my application",
            "Re: {role} application - {full}",
            "RE: Follow-up",
            "Re: Thank you",
        ]
    )
    return subj, body, human_sender(r)


def quoted_ats_below(rng, c):
    """Recruiter forwards/replies above the original auto-confirmation."""
    r = R(rng, c)
    original = r.body(
        r("Dear {first},"),
        r(
            "Thank you for applying for the {role} position at {company}. We have received your application and will review it shortly."
        ),
        r("Kind regards,\n{company} Recruitment"),
    )
    top = r.body(
        r(["Hi {first},", "Dear {first},", "Hello {first},"]),
        r(
            [
                "Following up on the application below — [[after careful consideration|after reviewing it with the hiring manager]], we will not be moving forward[[ with your candidacy|]].",
                "Coming back to you on your application for {role}: we've decided to proceed with other candidates.",
                "I'm writing regarding your application (below). On this occasion you have not been successful.",
                decision(r),
            ]
        ),
        r.maybe(0.6, WISHES),
        r(["Best,\n{rfirst}", "Regards,\n{rfull}", "Thanks,\n{rfirst}\n{rtitle}"]),
    )
    body = (
        top
        + "\n\n"
        + r(
            [
                "-----Original Message-----\nFrom: {company} Recruitment\nSent: {date2}\nSubject: Application received - {role}\n\n",
                "---------- Forwarded message ---------\nFrom: {company} <careers@{cdomain}>\nDate: {date2}\nSubject: Your application\n\n",
                "On {date2}, {company} Recruitment wrote:\n",
            ]
        )
        + original
    )
    subj = r(
        [
            "Re: Your application",
            "RE: Application received - {role}",
            "Re: {role}",
            "Fwd: Your application",
        ]
        + NEUTRAL_SUBJECTS[:4]
    )
    return subj, body, human_sender(r)


def non_native(rng, c):
    r = R(rng, c)
    body = r.body(
        r(
            [
                "Dear {first},",
                "Dear Mr./Mrs. {last},",
                "Dear candidate,",
                "Hello {first},",
                "Dear {title} {last}",
                "Good day {first},",
            ]
        ),
        r(
            [
                "We thank you for the interest you have shown to our company and for sending us your application.",
                "Thank you for your application to the position of {role} in our company.",
                "We have well received your candidature for the {role} position and we thank you for it.",
            ]
        ),
        r(
            [
                "After careful study of your file, we are sorry to announce you that your candidature was not retained.",
                "We must inform you that your profile does not correspond to our needs at the moment.",
                "After analysis of all candidatures, we have decided to continue the process with other profiles more adapted to the post.",
                "Unfortunately we cannot give a positive answer to your application.",
                "We regret to communicate that we will not continue with your application for this post.",
                "Sadly your profile was not selected for the next step of the recruitment.",
            ]
        ),
        r.maybe(
            0.6,
            [
                "We will keep your CV in our database for eventual future opportunities.",
                "Do not hesitate to apply again to our other offers.",
                "We remain at your disposal for any question.",
            ],
        ),
        r(
            [
                "We wish you good luck in your professional research.",
                "We wish you a lot of success for your future.",
                "Wishing you all the success in your search.",
            ]
        ),
        r(
            [
                "Best regards,\nHR Department\n{company}",
                "Cordially,\n{rfull}\n{company}",
                "Kind regards,\nThe recruitment team",
                "Sincerely,\n{rfull}",
            ]
        ),
    )
    subj = r(
        [
            "Your candidature",
            "Answer to your application",
            "Application {role}",
            "Your application at {company}",
            "Candidature {role}",
            "",
        ]
        + NEUTRAL_SUBJECTS[:3]
    )
    return subj, body, r([human_sender(r), company_sender(r)])


def html_heavy_brand(rng, c):
    r = R(rng, c)
    body = r.body(
        html_header(r),
        r(
            [
                "An update on your application",
                "Thank you for applying",
                "Your application",
                "Application update",
            ]
        ),
        greet(r, 0.4),
        r(THANKS_APPLY),
        decision(r),
        r.maybe(0.5, VOLUME),
        r.maybe(
            0.7,
            [
                "[[EXPLORE OPEN ROLES|View open roles|Search jobs|Join our Talent Community]]",
                "Want to hear about new roles first?\n[[JOIN OUR TALENT NETWORK|Sign up for job alerts]]",
            ],
        ),
        r(WISHES),
        team_sig(r),
        html_footer(r),
    )
    return (
        rej_subject(r),
        body,
        r([company_sender(r), ats_sender(r, r(["smartrecruiters", "icims", "jobvite"]))]),
    )


def curt_short(rng, c):
    r = R(rng, c)
    body = r.body(
        r(["", "Dear applicant,", "Hello,", "Dear {first},", "{first},"]),
        r(
            [
                "Thank you for applying. [[Your application has not been successful.|We will not be proceeding with your application.|The position has been filled.|You have not been shortlisted.]]",
                "Re {role}: not progressing. Thanks for your interest.",
                "[[Unfortunately, we have reviewed|We have reviewed|We have reviewed]] your application for {role} and will not be taking it further.",
                "Your application for {role} ({req}) has been declined.",
                "Status: Not selected. Thank you for your interest in {company}.",
                "Application status for {role}: Unsuccessful.",
                "We regret that your application was unsuccessful.",
            ]
        ),
        r.maybe(0.5, ["{company} HR", "HR", "Recruitment", "Regards, {company}"]),
    )
    subj = r(["", "", "Application", "{role}", "Your application"] + NEUTRAL_SUBJECTS[:4])
    return subj, body, r([company_sender(r), "noreply@{cdomain}", ats_sender(r, "taleo")])


def public_sector(rng, c):
    r = R(rng, c)
    body = r.body(
        r(["Dear {first} {last},", "Dear {title} {last},", "Dear Applicant,"]),
        r(
            "Application Reference: {ref}\nVacancy: {role}[[ - {team}|]]\n[[Closing date: {date2}|Employer: {company}]]"
        ),
        r(
            [
                "Thank you for your application for the above post.",
                "Thank you for applying for the above vacancy.",
            ]
        ),
        r(
            [
                "[[Unfortunately, on|On]] this occasion you have not been shortlisted for interview.",
                "The shortlisting panel has now met and I regret to inform you that your application has not been shortlisted.",
                "I am writing to let you know that your application has not been successful on this occasion.",
                "Following shortlisting, we will not be progressing your application further.",
            ]
        ),
        r(
            [
                "[[The panel assessed each application against the essential and desirable criteria in the person specification.|Shortlisting is based solely on the information provided in your supporting statement.|]]"
            ]
        ),
        r.maybe(
            0.6,
            [
                "If you would like feedback on your application, please contact the recruiting manager, {rfull}, at {rmail}.",
                "You can view other vacancies on our website.",
                "We receive a high volume of applications and are unable to provide individual feedback at shortlisting stage.",
            ],
        ),
        r(
            "[[Yours sincerely|Kind regards]],\n[[Recruitment Team|Resourcing Team|HR Services]]\n{company}"
        ),
        r.maybe(0.4, "This is an automated email; please do not reply."),
    )
    subj = r(
        [
            "Application {ref} - {role}",
            "Your application for {role} (ref {ref})",
            "Application outcome: {role}",
            "Vacancy {ref}: {role}",
            "Notification of shortlisting outcome",
        ]
    )
    return (
        subj,
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


def agency_recruiter(rng, c):
    r = R(rng, c)
    c["agency"] = r(
        [
            "Hays",
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
        r(["Hi {first},", "Hello {first},", "{first},"]),
        r(
            [
                "I've [[just|now]] had feedback from [[my client|the client|{company}]] regarding the {role} role.",
                "Thanks for letting me put you forward for the {role} position with my client.",
                "Just wanted to update you on the {role} role at {company}.",
            ]
        ),
        r(
            [
                "[[Unfortunately|Sadly|I'm sorry to say]] they've decided not to progress your application — they're looking for someone with more [[sector|{team}|hands-on]] experience.",
                "They've decided to go with another candidate who had [[more direct experience|a shorter notice period|more industry background]].",
                "They won't be taking you through to interview on this occasion.",
                "After the second interview they've decided not to proceed. The feedback was [[positive overall|good on the technical side]] but they went with someone more senior.",
            ]
        ),
        r.maybe(
            0.7,
            [
                "I'll keep you in mind for other roles that come in — I've got a couple of similar positions I might be able to put you forward for.",
                "Don't be disheartened, I'll be in touch as soon as I have something else suitable.",
                "Shall we have a quick catch-up call this week to talk about what else is out there?",
            ],
        ),
        r(
            [
                "Speak soon,\n{rfirst}",
                "Best,\n{rfull}\n{agency}",
                "Kind regards,\n{rfull}\nSenior Consultant | {agency}",
                "Cheers,\n{rfirst}",
            ]
        ),
    )
    subj = r(
        [
            "{role} - feedback",
            "Feedback from {company}",
            "Re: {role} with my client",
            "Update on {role}",
            "Re: {role}",
            "",
        ]
    )
    return subj, body, r("{rfull} <{amail}>")


def after_final_round(rng, c):
    r = R(rng, c)
    body = r.body(
        greet(r, 0.3),
        r(
            [
                "Thank you for [[spending the day|spending time]] with us [[for your onsite|for the final round|at the final interview]].",
                "I want to thank you again for making it to the final round of our process for {role}.",
                "Thank you for your patience while we wrapped up final interviews.",
            ]
        ),
        r(
            [
                "It was an [[incredibly|extremely]] close call, but we've decided to extend the offer to another candidate.",
                "Ultimately, we decided to move forward with a candidate whose experience more closely matches the current needs of the team.",
                "The team has decided not to extend an offer at this time.",
                "[[Unfortunately, we will not|We will not|We will not]] be moving forward with an offer, although the decision was very close.",
            ]
        ),
        r.maybe(
            0.6,
            [
                "Everyone you met spoke highly of you, and I hope you'll consider {company} again in the future.",
                "Reaching the final stage is a real achievement given the number of applicants.",
                r(FEEDBACK),
            ],
        ),
        r(WISHES),
        sig(r, 0.9),
    )
    subj = r(
        [
            "Final round update",
            "Update on your final interview",
            "Re: Onsite interview",
            "{company} - final decision",
            "Thank you for interviewing",
        ]
        + NEUTRAL_SUBJECTS[:5]
    )
    return subj, body, human_sender(r)


def retail_hourly(rng, c):
    r = R(rng, c)
    body = r.body(
        r(["Hi {first},", "Hello {first},", "Dear {first},", "{first} -"]),
        r(
            "Thank you for applying to [[work at|join the team at]] {company}[[ {city}| in {city}|]] as {arole}."
        ),
        r(
            [
                "[[Unfortunately, we have reviewed|We have reviewed|We have reviewed]] your application and [[we have|have]] decided to move forward with other applicants at this time.",
                "All of our open shifts at this location have been filled.",
                "We're not able to offer you a position at this store right now.",
                "[[At this time|Right now]] we are not moving forward with your application.",
                decision(r),
            ]
        ),
        r.maybe(
            0.6,
            [
                "You're welcome to apply to other locations near you.",
                "Our hiring needs change often, so check back for new openings!",
                "We're hiring for the holiday season soon — keep an eye out.",
            ],
        ),
        r.maybe(0.5, WISHES),
        r(
            [
                "Thanks,\n{company} Hiring Team",
                "The {company} Team",
                "{company} Store {ref}",
                "Regards,\nStore Manager",
            ]
        ),
        r.maybe(0.5, html_footer(r)),
    )
    return (
        rej_subject(r),
        body,
        r(
            [
                company_sender(r),
                ats_sender(r, r(["icims", "workday", "smartrecruiters"])),
                "{company} Jobs <jobs@hirevue-mail.com>",
            ]
        ),
    )


def academic_teaching(rng, c):
    r = R(rng, c)
    body = r.body(
        r(["Dear {first},", "Dear {title} {last},", "Dear Dr. {last},", "Dear {first} {last},"]),
        r(
            [
                "Thank you for your application for the [[post|position]] of {role}[[ (ref {ref})|]] at {company}.",
                "Thank you for your interest in the {role} vacancy.",
            ]
        ),
        r(
            [
                "The [[selection committee|search committee|panel]] has now completed its review and I am sorry to inform you that you have not been selected for interview.",
                "We received a very strong field of applicants and, on this occasion, you have not been shortlisted.",
                "After careful consideration the committee has decided not to take your application further.",
                "I regret that the committee has offered the position to another candidate.",
            ]
        ),
        r.maybe(
            0.6,
            [
                "Thank you for the time and care you put into your application.",
                "Please be assured that each application was considered carefully.",
            ],
        ),
        r(WISHES),
        sig(r, 0.8),
        legal_footer(r),
    )
    subj = r(
        [
            "Your application: {role}",
            "{role} (ref {ref})",
            "Search update - {role}",
            "Application for {role}",
        ]
        + NEUTRAL_SUBJECTS[:6]
    )
    return subj, body, r([human_sender(r), "HR Recruitment <recruitment@{cdomain}>"])


def indeed_status(rng, c):
    r = R(rng, c)
    body = r.body(
        r("[[Indeed\n\n|]][[Application update|Your application status has changed]]"),
        r("{role}\n{company} - {location}"),
        r(
            [
                "[[The employer|{company}]] has [[decided not to move forward|chosen not to proceed]] with your application.",
                "Your application was not selected by the employer.",
                "{company} is no longer considering your application for this job.",
                'A message from {company}:\n"Thank you for applying. [[We have decided to move forward with other candidates.|The position has been filled.|Unfortunately you were not selected for this role.]]"',
            ]
        ),
        r.maybe(
            0.8,
            "[[Keep your search going|Don't give up]]: [[new jobs matching your search|similar jobs]] are posted every day.\n[[Find jobs|See similar jobs]]",
        ),
        r(
            "[[Indeed · 6433 Champion Grandview Way, Austin, TX|© {year} Indeed]]\n[[Unsubscribe|Manage notifications]] · Privacy"
        ),
    )
    subj = r(
        [
            "Update on your application to {company}",
            "Your application to {role}",
            "{company} has updated your application status",
            "An update on your {role} application",
            "Application status update",
        ]
    )
    return (
        subj,
        body,
        r(["Indeed <donotreply@match.indeed.com>", "Indeed Apply <indeedapply@indeed.com>"]),
    )


def no_subject_human(rng, c):
    r = R(rng, c)
    body = r.body(
        greet(r, 0.5),
        r(
            [
                "Thank you for sending your CV for the {role} position.",
                "Thanks for coming in on {weekday}.",
                "Thank you for your interest in working with us.",
            ]
        ),
        r(
            [
                "[[Unfortunately, we have decided|We have decided|We have decided]] to go with another candidate.",
                "[[Unfortunately, we've gone|We've gone|We've gone]] with someone else for the role but I appreciate your time.",
                "[[Unfortunately, we will not|We will not|We will not]] be offering you the job, I'm sorry.",
                "The owners decided to hire someone with more experience.",
                "[[Unfortunately, we found|We found|We found]] someone whose experience fits better with what we need right now.",
                "I'm afraid the role has been given to someone else.",
            ]
        ),
        r.maybe(0.6, WISHES),
        r(["{rfirst}", "Thanks\n{rfirst}", "Regards\n{rfull}", "{rfirst}\n{company}"]),
    )
    sender = r(
        [
            "{rfirst} {rlast} <"
            + c["rfirst"].lower()
            + "."
            + c["rlast"].lower().replace(" ", "").replace("'", "")
            + "@gmail.com>",
            "{rmail}",
            human_sender(r),
        ]
    )
    return "", body, sender


retail_hourly.sector = "retail"
academic_teaching.sector = "education"
public_sector.sector = ["health", "education"]
us_internship.sector = ["tech", "finance", "marketing", "engineering"]
early_careers_uk.sector = ["finance", "engineering", "tech", "legal", "ops"]

FAMILIES = [
    # (family name, function, count)
    *[
        (f"{ats}-rejection-{v}", make_ats_family(ats, v), n)
        for ats, v, n in [
            ("greenhouse", "A", 26),
            ("greenhouse", "B", 22),
            ("lever", "A", 24),
            ("lever", "B", 20),
            ("workday", "A", 16),
            ("icims", "A", 14),
            ("smartrecruiters", "A", 16),
            ("ashby", "A", 14),
            ("workable", "A", 14),
            ("bamboohr", "A", 12),
            ("jobvite", "A", 12),
            ("teamtailor", "A", 12),
            ("personio", "A", 12),
            ("taleo", "A", 10),
        ]
    ],
    ("greenhouse-rejection-C", greenhouse_c, 24),
    ("linkedin-easyapply-rejection", linkedin_easy_apply, 30),
    ("workday-rejection-formal", workday_formal, 26),
    ("icims-rejection-status", icims_status, 20),
    ("taleo-rejection-legacy", taleo_legacy, 18),
    ("smartrecruiters-rejection-card", smartrecruiters_card, 20),
    ("ashby-rejection-startup", ashby_startup, 22),
    ("workable-rejection-plain", workable_plain, 18),
    ("bamboohr-rejection-small", bamboohr_small, 16),
    ("teamtailor-rejection-eu", teamtailor_eu, 16),
    ("personio-rejection-de", personio_de, 16),
    ("jobvite-rejection-corporate", jobvite_corporate, 16),
    ("recruiter-note-oneliner", recruiter_oneliner, 34),
    ("recruiter-note-warm-long", recruiter_warm_long, 28),
    ("post-interview-formal", post_interview_formal, 26),
    ("position-filled", position_filled, 20),
    ("role-cancelled-freeze", role_cancelled, 22),
    ("early-careers-uk", early_careers_uk, 24),
    ("us-internship", us_internship, 22),
    ("keep-on-file-talent-pool", keep_on_file_talent_pool, 18),
    ("reply-thread-followup", reply_thread, 24),
    ("quoted-confirmation-below", quoted_ats_below, 14),
    ("non-native-phrasing", non_native, 20),
    ("html-heavy-brand", html_heavy_brand, 20),
    ("curt-short", curt_short, 18),
    ("public-sector-shortlisting", public_sector, 18),
    ("agency-recruiter-feedback", agency_recruiter, 20),
    ("after-final-round", after_final_round, 20),
    ("retail-hourly", retail_hourly, 18),
    ("academic-teaching", academic_teaching, 16),
    ("indeed-status", indeed_status, 16),
    ("no-subject-human", no_subject_human, 16),
]


def casual_startup(rng, c):
    r = R(rng, c)
    body = r.body(
        r(["Hey {first}!", "Hi {first},", "{first} —", "Hey {first},"]),
        r(
            [
                "Thanks for applying to {company} and sorry it took me a while to reply.",
                "Thanks so much for your interest in {company}!",
                "Appreciate you applying — I read every application myself.",
            ]
        ),
        r(
            [
                "We ended up hiring someone for the {role} role, so I'm going to close out your application.",
                "Honestly it came down to experience with [[our stack|B2B sales|early-stage startups]], and we went with someone who'd done it before.",
                "I don't think it's the right fit for this role right now, but I really liked your [[side projects|portfolio|writing]].",
                "[[Unfortunately, we've decided|We've decided|We've decided]] to hold off on this hire for now, so we're pausing the process for everyone.",
            ]
        ),
        r.maybe(
            0.6,
            [
                "If you're ever in {city}, coffee's on me.",
                "Would love to stay in touch for future roles.",
                "Good luck — I'm sure you'll land somewhere great.",
            ],
        ),
        r(
            [
                "{rfirst}",
                "Cheers,\n{rfirst}",
                "- {rfirst}, {company}",
                "Best,\n{rfirst}\nCo-founder, {company}",
            ]
        ),
    )
    s = r(
        ["Re: {role}", "Your application to {company}", "quick update", "{company} <> {first}", ""]
    )
    return s, body, human_sender(r)


def after_phone_screen(rng, c):
    r = R(rng, c)
    body = r.body(
        greet(r, 0.3),
        r(
            [
                "Thanks for taking the time to speak with me [[on {weekday}|yesterday|earlier this week]] about the {role} position.",
                "It was great chatting on the phone the other day — thanks for telling me about your work at your current company.",
            ]
        ),
        r(
            [
                "I've shared my notes with the hiring manager, and we've decided not to move forward to the next stage.",
                "After discussing with the team, we feel other candidates' experience is a closer match, so we won't be progressing your application.",
                "The team is looking for someone with more [[leadership|hands-on technical|client-facing]] experience, so we won't be taking things further right now.",
                decision(r),
            ]
        ),
        r.maybe(0.5, KEEP_ON_FILE),
        r.maybe(0.7, WISHES),
        sig(r, 0.95),
    )
    s = r(
        [
            "Following up on our call",
            "Re: {role} phone screen",
            "Thank you for your time",
            "Update after our conversation",
        ]
        + NEUTRAL_SUBJECTS[:4]
    )
    return s, body, human_sender(r)


FAMILIES += [
    ("casual-startup-founder", casual_startup, 18),
    ("after-phone-screen", after_phone_screen, 20),
]
