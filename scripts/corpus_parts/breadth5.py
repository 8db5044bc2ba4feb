"""Breadth families, fifth wave (issue 11; written for rejectwatch).

The kinds of real mail issue 11 reports the model missing or misfiling, in wording of their
own (not the blind slice's, not earlier waves'):

* rejections: a person's reply deep in a thread after interviews, the decision given as a
  choice of someone else with no negation; a plain refusal under a long careers-site,
  newsletter and job-alert footer; hedged refusals ("others were a closer match", "we took it
  another way"); a recruiter's note after a call that gives the decision and pitches another
  role; public-sector notices (not referred, ineligible, announcement cancelled); bare ATS
  status lines; internship and graduate-programme decision letters;
* hard negatives: confirmations that talk about a refusal that has not happened ("if we do
  not take you forward, we'll hold your CV", "either way you'll hear from us", "we only reply
  when there's a match"); neutral ATS status lines and public-sector receipts; and the
  protected kinds in the same shapes: a recruiter's call note that moves the candidate on, a
  thread reply inviting to the next round, an assessment with a deadline, an offer in a
  thread that says the team chose the reader.
"""

from __future__ import annotations

from .breadth2 import family
from .engine import R

REJ = "rejection"
RCV = "application_received"
INT = "interview"
NXT = "next_steps"
OFF = "offer"

AGENCIES = [
    "Lattice Talent|latticetalent.co.uk",
    "Brookline Search|brooklinesearch.com",
    "Northpoint Resourcing|northpoint-resourcing.com",
    "Keel & Compass|keelcompass.io",
]
PORTALS = [
    "Rosterly|rosterly.io",
    "Hirebook|hirebook.net",
    "Candidly|candidly-mail.com",
    "Talentwell|talentwell.app",
]
PUBLIC = [
    "Department of Housing and Works|housingworks.gov",
    "Regional Water Authority|regionalwater.gov",
    "Office of the State Auditor|stateauditor.gov",
    "Bureau of Land Records|landrecords.gov",
    "Metropolitan Transit Commission|metrotransit.gov",
]


ASKS = {
    "choice": [
        "Hi {rfirst},\nHope your week is going well. I wondered if there was any update "
        "after the panel on {date2}?\nMany thanks,\n{first}",
        "Hello {rfirst} - just a gentle nudge on the {role} process.\nBest wishes,\n{first}",
    ],
    "manager": [
        "Dear {rfirst},\nThank you for arranging the final conversations. I remain very "
        "interested in the {role} post.\n{first}",
        "Hi {rfirst}, happy to provide references if useful.\n{first} {last}",
    ],
    "short": [
        "Hi {rfirst}, any news on the {role} role? Thanks, {first}",
        "Hello, checking in on timing for a decision. {first}",
    ],
    "next": [
        "Hi {rfirst}, I'm free most afternoons next week if that helps with scheduling.\n{first}",
        "Thanks {rfirst} - great to meet the team today. Looking forward to hearing more.\n{first}",
    ],
    "offer": [
        "Hi {rfirst}, thanks for the call. I'd be glad to hear where things land.\n{first}",
        "Dear {rfirst}, references are on their way to you. Kind regards, {first}",
    ],
}


def quoted(pool: str):  # type: ignore[no-untyped-def]
    """The candidate's earlier message, quoted below a reply (each family its own asks)."""

    def block(r: R) -> str:
        ask = r(ASKS[pool])
        lines = "\n".join("> " + ln if ln else ">" for ln in ask.split("\n"))
        return r("On {date2} at {time2}, {full} <{cmail}> wrote:\n") + lines

    return block


def person_sig(r: R) -> str:
    return r(
        [
            "Warm wishes,\n{rfirst}\n\n{rfull}\n{rtitle}, {company}",
            "Thanks so much,\n{rfull}",
            "Best,\n{rfirst}\n--\n{rfull} · {rtitle} · {company}\nM: +44 7700 9[[00|11|42]] [[318|507|226]]",
            "Speak soon,\n{rfirst}",
            "Kind regards,\n{rfull}\n{rtitle}",
        ]
    )


THREAD_SUBJECTS = [
    "RE: [EXT] Re: {role} - panel follow up",
    "RE: [EXT] RE: Thank you",
    "Re: [External] Re: {role} at {company}",
    "RE: [EXTERNAL] Re: Final stage",
    "RE: Re: Catching up",
    "Re: Re: Re: {role}",
]
THREAD_FROM = ["{rfull} <{rmail}>", "{rfull} <{rinit}>", '"{rlast}, {rfirst}" <{rmail}>']

WARM = [  # the choice-of-other rejections' own; every thread family has its own warm lines
    "I wanted to thank you properly for all the time you've put into this process. The team "
    "spoke really highly of your session with them.",
    "Thanks for bearing with us - I know we went quiet for longer than I'd like.",
    "Apologies for the slow reply; I wanted to give you a proper answer rather than another "
    "holding note.",
]
WARM_NEXT = [
    "Thanks for your time on {weekday} - the panel came away with a lot to think about.",
    "Sorry for the radio silence; it's been a hectic few weeks on our side.",
    "Everyone enjoyed your presentation, and your ideas on onboarding sparked a good debate.",
]
WARM_OFFER = [
    "Thank you for your patience over what has been a long process.",
    "It was a pleasure to spend time with you over the last few rounds.",
    "Thanks for meeting so many of us, and for the great questions you asked.",
]
CHOICE_OF_OTHER = [
    "We've now made our hire: the team picked a candidate who has led a very similar migration "
    "before, and they start next month.",
    "The panel has settled on another finalist, mostly because of their years in a regulated "
    "environment.",
    "The role has gone to a colleague from another office who knows our systems inside out.",
    "We're offering the position to a candidate with a few more years of team leadership, and "
    "they've accepted.",
    "In the end we've gone with the other person on the shortlist, whose background is a touch "
    "closer to the immediate needs of the team.",
    "The hiring manager has made the call to appoint someone who's done this exact job at a "
    "competitor.",
    "We've selected another candidate for the role, which I know isn't the news you hoped for.",
]
AFTER_CHOICE = [
    "I'd love to keep in touch and will flag you if anything comparable comes up.",
    "If it helps, I'm happy to share the panel's notes on a short call.",
    "You should be proud of how you came across, and I'm sure you'll land somewhere great.",
    "Please don't hesitate to apply again - I mean that.",
]

FOOT_CAREERS = [
    "Discover life at {company}: our careers site has team stories, benefits and every open "
    "role. Visit careers.{cdomain}.",
    "Never miss a role: set up job alerts and we'll e-mail you new vacancies that match your "
    "skills, location and interests.",
    "Join our talent newsletter for hiring events, open days and behind-the-scenes stories "
    "from our teams - sign up in your candidate account.",
    "Recommended roles for you: {role} (Hybrid) · Operations Analyst ({city}) · Graduate "
    "Trainee (Remote). View all.",
    "Connect with us on LinkedIn, Glassdoor and Instagram.",
    "We handle your personal information under our Recruitment Privacy Notice; to access, "
    "correct or erase it, e-mail privacy@{cdomain}.",
    "{company} hires on merit and welcomes applications from every background, including "
    "people with disabilities, carers and those returning from a career break.",
    "You received this e-mail because you applied through the {company} careers site. Email "
    "settings · Unsubscribe · Help",
    "Download our app to follow every application from your phone.",
]


def careers_footer(r: R) -> str:
    blocks = list(FOOT_CAREERS)
    r.rng.shuffle(blocks)
    return "-- \n" + "\n\n".join(r(b) for b in blocks[: r.rng.randint(4, 7)])


_REJ = [
    family(
        "b5-thread-choice-of-other",
        16,
        THREAD_FROM,
        THREAD_SUBJECTS,
        ["Hi {first},", "{first},", "Hi {first} -", "Dear {first},"],
        WARM,
        CHOICE_OF_OTHER,
        (0.7, AFTER_CHOICE),
        person_sig,
        (0.75, quoted("choice")),
        kind=REJ,
    ),
    family(
        "b5-thread-manager-hired-elsewhere",
        14,
        ["{mfirst} {mlast} <{mfirst}.{mlast}@{cdomain}>", "{rfull} <{rmail}>"],
        [
            "RE: [EXT] Re: Thanks for today",
            "Re: [EXT] {role} conversation",
            "RE: RE: {role}",
            "Re: Our chat on {weekday}",
        ],
        ["Hi {first},", "Hey {first},", "{first} -"],
        [
            "Thanks for your patience and for the energy you brought to every conversation.",
            "Thanks so much for the time you spent with the team; it was clear you'd done your "
            "homework on us.",
            "I really enjoyed our conversations and wanted to write to you myself.",
        ],
        [
            "We've decided to go with another candidate whose experience maps more directly "
            "onto the next six months of work.",
            "After a lot of back and forth we've hired someone who has run this exact kind of "
            "team before.",
            "We've offered the job to another finalist and they've accepted.",
            "Our choice has landed on someone else, largely for their depth in the domain.",
            "We're moving ahead with another applicant for this one.",
        ],
        (
            0.6,
            [
                "I'd be glad to keep in touch, and I'll reach out if we open something that "
                "fits you better.",
                "If feedback would help, just reply and we'll find time.",
            ],
        ),
        ["Best,\n{mfirst}", "All the best,\n{mfirst} {mlast}", "Thanks again,\n{mfirst}"],
        (0.6, quoted("manager")),
        kind=REJ,
    ),
    family(
        "b5-thread-short-decision",
        14,
        THREAD_FROM,
        [
            "RE: [EXT] Re: {role}",
            "Re: [External] Re: update?",
            "RE: Re: Following up",
            "RE: [EXT] RE: availability",
        ],
        ["Hi {first},", "{first},", "Hello {first},"],
        (0.5, ["Thanks for checking in, and sorry for the wait.", "Good to hear from you."]),
        [
            "We've filled the role with another candidate.",
            "The team chose another applicant in the end.",
            "We've hired a candidate with more direct experience, so we'll be closing your "
            "application.",
            "We went with someone else, I'm afraid.",
            "The hiring team selected another person for the role.",
        ],
        (0.5, ["Really appreciate all the effort you put in.", "Best of luck with everything."]),
        ["{rfirst}", "Thanks,\n{rfirst}", "Best,\n{rfull}"],
        quoted("short"),
        kind=REJ,
    ),
    family(
        "b5-refusal-under-careers-footer",
        24,
        [
            "{company} Careers <careers@{cdomain}>",
            "{company} Talent <talent-noreply@{cdomain}>",
            "no-reply@careers.{cdomain}",
        ],
        [
            "Your {company} application",
            "About your application for {role}",
            "{role} update",
            "Application {req}: an update",
        ],
        ["Dear {first},", "Hi {first},", "Dear {full},", "Hello,"],
        (
            0.8,
            [
                "Thanks for your interest in {role} at {company}.",
                "We appreciate you applying to join {company} as {arole}.",
                "Thank you for putting yourself forward for {role}.",
            ],
        ),
        [
            "We've looked at your application carefully and won't be progressing it further.",
            "We are sorry to say that you have not been selected for this vacancy.",
            "After reviewing it against the role requirements, we have decided not to invite "
            "you to interview.",
            "Your application has been unsuccessful on this occasion.",
            "We will not be moving you on to the next stage of the process.",
        ],
        (
            0.6,
            [
                "We wish you every success.",
                "Thank you again for your time.",
                "Good luck with the rest of your search.",
            ],
        ),
        ["The {company} Recruitment Team", "{company} Talent Acquisition", "Team {company}"],
        careers_footer,
        kind=REJ,
    ),
    family(
        "b5-hedged-closer-match",
        24,
        [
            "{rfull} <{rmail}>",
            "{company} Hiring <hiring@{cdomain}>",
            "{rfirst} at {company} <{rinit}>",
        ],
        ["{role}", "Re: your application", "Thanks for applying", "", "{company} - {role}"],
        ["Hi {first},", "Hello {first},", "{first},", ""],
        (
            0.6,
            [
                "Thanks again for your application and your patience while we reviewed everyone.",
                "It was good to learn about your background.",
                "We appreciate the interest in {company}.",
            ],
        ),
        [
            "We've gone with applicants whose experience sits a little closer to what we need "
            "right now.",
            "We've taken the search in another direction.",
            "Others in the pool matched the brief more closely, so we're focusing on them.",
            "We're progressing with a few people whose backgrounds line up more directly with "
            "the role.",
            "We've opted for a different profile for this hire.",
            "The team felt other candidates were a stronger match for this particular opening.",
            "We've settled on a shortlist that leans more towards hands-on {team} experience.",
        ],
        (
            0.7,
            [
                "Thanks for thinking of us, and all the best.",
                "We hope you'll keep an eye on our other openings.",
                "Wishing you luck elsewhere.",
            ],
        ),
        (0.7, ["{rfirst}", "Best,\n{rfull}", "The {company} team"]),
        kind=REJ,
    ),
    family(
        "b5-recruiter-call-other-role",
        20,
        ["{rfull} <{rfirst}@{agdom}>", "{rfull} | {agency} <{rfirst}.{rlast}@{agdom}>"],
        [
            "Our call today",
            "Re: {role} with {company}",
            "Catch-up + a new role",
            "Following up",
            "",
        ],
        ["Hi {first},", "{first},", "Hey {first},"],
        [
            "Thanks for taking my call earlier.",
            "Nice to catch up by phone just now.",
            "Really appreciated the chat on {weekday}.",
        ],
        [
            "To put it in writing: {company} have gone with another applicant for {role}.",
            "As I said on the phone, the client isn't taking your application for {role} any "
            "further.",
            "Sadly {company} fed back that they'll be proceeding with someone else for {role}.",
            "{company} have confirmed they've filled {role} with another candidate.",
        ],
        [
            "The good news is I'm working on a {team} lead position with another client that "
            "could be a great fit - can I send you the details?",
            "I've got another opening in {city} that matches your background closely; shall we "
            "talk it through on {weekday}?",
            "There's a similar role at a different firm I'd like to put you forward for, if you "
            "are happy for me to.",
        ],
        ["Speak soon,\n{rfirst}\n{agency}", "Cheers,\n{rfull}\nPrincipal Consultant, {agency}"],
        orgs={"agency|agdom": AGENCIES},
        kind=REJ,
    ),
    family(
        "b5-public-notice",
        20,
        [
            "{agency} HR <hr-noreply@{agdom}>",
            "noreply@jobs.{agdom}",
            "Applicant Notices <notices@{agdom}>",
        ],
        [
            "Applicant notification - {role}",
            "Notice of Rating and Referral",
            "Vacancy {req}: your status",
            "Your application to the {agency}",
        ],
        ["Dear {full},", "Dear Applicant,", "Dear {title} {last},"],
        [
            "This notice is about your application for {role}, vacancy number {req}.",
            "We have completed the review of applications for vacancy {req} ({role}).",
        ],
        [
            "You met the minimum qualifications, but your application was not referred to the "
            "selecting official because higher-ranked applicants were available.",
            "We have determined that you are ineligible for this vacancy: you are outside the "
            "area of consideration.",
            "The vacancy has been cancelled and no one will be appointed from this posting.",
            "Your application did not demonstrate the required specialised experience, so you "
            "were rated not qualified.",
            "Your name was placed on the certificate, but another applicant was selected.",
            "Result: Not referred.",
        ],
        (
            0.6,
            [
                "You may ask for a reconsideration of your rating within 15 days.",
                "You can view the status of all your applications in your applicant account.",
            ],
        ),
        ["Please do not reply to this automated notice.", "Human Resources\n{agency}"],
        orgs={"agency|agdom": PUBLIC},
        kind=REJ,
    ),
    family(
        "b5-ats-bare-status",
        16,
        [
            "{company} Recruiting <no-reply@{portdom}>",
            "notifications@{portdom}",
            "{portal} for {company} <jobs@{portdom}>",
        ],
        [
            "Application status changed",
            "Your application: update",
            "{role} - status",
            "An update on {role}",
        ],
        (0.6, ["Hi {first},", "Hello,", "Dear {first},"]),
        (0.6, ["Your application has a new status.", "We have updated your application."]),
        [
            "{role} (req {req}): no longer in consideration",
            "Position: {role}\nStatus: Not moving forward",
            "Current status: Closed - other candidates selected",
            "Your application for {role} is no longer active.",
            "Status: Declined",
        ],
        (
            0.6,
            [
                "Log in to {portal} to view your application history.",
                "This message was sent automatically by {portal}.",
            ],
        ),
        orgs={"portal|portdom": PORTALS},
        kind=REJ,
    ),
    family(
        "b5-programme-decision",
        16,
        [
            "{company} Graduate Recruitment <graduates@{cdomain}>",
            "{company} Internships <interns@{cdomain}>",
        ],
        [
            "{year} Internship Programme - outcome",
            "Graduate Programme decision",
            "Your {company} {year} application",
            "Placement scheme update",
        ],
        ["Dear {first},", "Hi {first},"],
        [
            "Thank you for applying to our {year} programme and for completing the assessments.",
            "Thanks for your application to the {company} {year} summer internship.",
        ],
        (
            0.5,
            [
                "We had over [[4,000|7,500|9,000]] applications this year.",
                "Places on the programme are very limited.",
            ],
        ),
        [
            "We're sorry to say we can't offer you a place this year.",
            "On this occasion we will not be taking your application to the assessment centre.",
            "Your application has not been successful and the programme is now full.",
            "We have decided not to progress your application to the next round.",
        ],
        [
            "We'd encourage you to apply again when applications reopen in the autumn.",
            "Look out for our open days and insight events next year.",
        ],
        ["Best wishes,\nGraduate Recruitment, {company}", "The Early Talent Team"],
        kind=REJ,
    ),
]

_RCV = [
    family(
        "b5-conditional-hold-cv",
        28,
        [
            "{company} Careers <careers@{cdomain}>",
            "{company} Recruitment <jobs@{cdomain}>",
            "{rfull} <{rmail}>",
        ],
        [
            "Thanks for your application",
            "Application received: {role}",
            "{role} - we've got it",
            "Your application to {company}",
        ],
        ["Dear {first},", "Hi {first},", "Hello {full},"],
        [
            "Thanks for applying for {role} - your application has arrived safely.",
            "We confirm that we've received your application for the {role} vacancy.",
            "Thank you for your interest in {company}; your application is with us.",
        ],
        (
            0.7,
            [
                "We'll review it once the advert closes and be in touch about next steps.",
                "A member of the team will look at it within the next fortnight.",
            ],
        ),
        [
            "If we do not take you forward for this role, we'll hold your CV on file and may "
            "contact you about other vacancies.",
            "Should you not be shortlisted, we will retain your details in our talent pool for "
            "a year.",
            "If this position isn't the right match, we may still be in touch about future roles.",
            "In case you aren't selected for interview, your application will stay on our system "
            "for future openings.",
            "Should we decide not to proceed with your application, we'd still like to keep your "
            "profile on record.",
        ],
        ["Best wishes,\n{company} Recruitment", "Kind regards,\nThe Talent Team", "{rfirst}"],
        kind=RCV,
    ),
    family(
        "b5-either-way-you-will-hear",
        20,
        ["{rfull} <{rmail}>", "{company} People <people@{cdomain}>"],
        ["Re: {role}", "Application for {role}", "Thanks for applying!"],
        ["Hi {first},", "Dear {first},", "{first},"],
        ["Thanks - we've got your application for {role}.", "Thank you for applying to {company}."],
        (
            0.7,
            [
                "We're reading applications as they come in.",
                "The shortlist will be drawn up after the closing date on {date}.",
            ],
        ),
        [
            "Either way, you'll hear back from us once the shortlist is agreed.",
            "Whether or not you're shortlisted, we'll let you know by {date}.",
            "Whatever the decision, we'll write to you - nobody is left hanging.",
            "Either way we'll keep your details and update you when we have news.",
        ],
        ["Best,\n{rfirst}", "Kind regards,\n{company} People Team"],
        kind=RCV,
    ),
    family(
        "b5-contact-only-if-match",
        24,
        [
            "{company} Recruitment <recruitment@{cdomain}>",
            "noreply@{cdomain}",
            "{company} HR <hr@{cdomain}>",
        ],
        [
            "Acknowledgement of application",
            "Application {req} received",
            "Thank you for your application",
            "",
        ],
        ["Dear Candidate,", "Dear {first},", "Hello {first},"],
        [
            "We acknowledge receipt of your application for {role}.",
            "Thank you for applying for {role} (reference {req}).",
        ],
        [
            "We will be in touch only if your profile matches what we're looking for.",
            "Only applicants selected for interview will be contacted.",
            "If you haven't heard from us within four weeks, please take it that you have not "
            "been shortlisted this time.",
            "Because of the number of applications, we're unable to reply to everyone; "
            "shortlisted candidates will hear from us.",
            "We regret that we cannot give feedback to applicants who are not shortlisted.",
            "We'll contact you if there's a match with one of our vacancies.",
        ],
        (0.6, ["Thank you for your interest in {company}.", "We wish you luck."]),
        (0.5, ["This e-mail was sent automatically; replies are not monitored."]),
        kind=RCV,
    ),
    family(
        "b5-ats-neutral-status",
        16,
        ["{company} Recruiting <no-reply@{portdom}>", "notifications@{portdom}"],
        ["Application status changed", "Your application: update", "{role} - status"],
        (0.6, ["Hi {first},", "Hello,"]),
        (0.6, ["Your application has a new status.", "We have updated your application."]),
        [
            "{role} (req {req}): under review",
            "Position: {role}\nStatus: Submitted",
            "Current status: With the hiring manager",
            "Your application for {role} is being reviewed.",
        ],
        (
            0.6,
            [
                "We can't give updates by phone; you'll hear from us when the status changes.",
                "Log in to {portal} to view your application history.",
            ],
        ),
        orgs={"portal|portdom": PORTALS},
        kind=RCV,
    ),
    family(
        "b5-public-receipt",
        14,
        ["noreply@jobs.{agdom}", "{agency} HR <hr-noreply@{agdom}>"],
        ["Application received - vacancy {req}", "Receipt of application: {role}"],
        ["Dear {full},", "Dear Applicant,"],
        ["We have received your application for {role}, vacancy number {req}."],
        [
            "Once the vacancy closes, applications are rated. You will be notified whether you "
            "are referred to the selecting official.",
            "If you are found ineligible you will be told why; otherwise you will hear whether "
            "you have been referred.",
            "Not every applicant will be referred for interview. A further notice will follow.",
        ],
        ["Human Resources\n{agency}"],
        orgs={"agency|agdom": PUBLIC},
        kind=RCV,
    ),
]

_INT = [
    family(
        "b5-recruiter-call-moving-on",
        14,
        ["{rfull} <{rfirst}@{agdom}>"],
        ["Our call today", "Re: {role} with {company}", "Next stage!"],
        ["Hi {first},", "{first},"],
        ["Thanks for taking my call earlier.", "Nice to catch up by phone just now."],
        [
            "To confirm: {company} would like to meet you for {role} - I'll send over slots.",
            "{company} have decided to take you through to the second interview for {role}.",
        ],
        (0.6, ["I also have another opening in {city} if you'd like a second option."]),
        ["Speak soon,\n{rfirst}\n{agency}"],
        orgs={"agency|agdom": AGENCIES},
        kind=INT,
    ),
    family(
        "b5-thread-next-round",
        16,
        THREAD_FROM,
        THREAD_SUBJECTS,
        ["Hi {first},", "{first},", "Dear {first},"],
        WARM_NEXT,
        [
            "We'd like you to meet our VP for a final conversation - could you do {weekday} at "
            "{time}?",
            "The team has decided to move you to the final round, which is a one-hour session "
            "with the director.",
            "We've chosen you as one of two finalists and would love to set up a last chat.",
        ],
        person_sig,
        (0.7, quoted("next")),
        kind=INT,
    ),
]

_NXT = [
    family(
        "b5-deadline-assessment",
        14,
        ["{company} Talent <talent@{cdomain}>", "{company} Recruiting <no-reply@{cdomain}>"],
        ["Action needed: your assessment", "Next stage for {role}", "Complete by {date}"],
        ["Dear {first},", "Hi {first},"],
        [
            "Thanks for applying for {role}; the next step is a short online test.",
            "You've been invited to complete a recorded video interview for {role}.",
        ],
        ["Please complete it by {date} at 23:59.", "The link expires in {days} days."],
        (
            0.7,
            [
                "If it isn't completed by then, we won't be able to take your application forward.",
                "Unfortunately we can't grant extensions.",
                "Should you not finish in time, your application will be closed.",
            ],
        ),
        ["Good luck,\n{company} Talent"],
        kind=NXT,
    ),
]

_OFF = [
    family(
        "b5-offer-in-thread",
        12,
        THREAD_FROM,
        THREAD_SUBJECTS,
        ["Hi {first},", "{first},"],
        WARM_OFFER,
        [
            "The team has decided, and we'd like you to join us as {role}!",
            "We've chosen you for the role - the formal offer letter will follow from HR today.",
            "I'm thrilled to say we're offering you the position.",
        ],
        [
            "The offer is a base salary of [[£|$|€]][[52|61|78]],000 with a start date of "
            "{date} - congratulations!",
            "HR will send the contract and the details of salary and benefits; please let me know "
            "if you'd like to talk anything through before you sign.",
            "Unfortunately we can't move on the start date, but everything else in the offer is "
            "open to discussion.",
        ],
        person_sig,
        (0.6, quoted("offer")),
        kind=OFF,
    ),
]

FAMILIES_BY_FILE = {
    "rejections.jsonl": (_REJ, "rej"),
    "application_received.jsonl": (_RCV, "rcv"),
    "interviews.jsonl": (_INT, "int"),
    "next_steps.jsonl": (_NXT, "nxt"),
    "offers.jsonl": (_OFF, "off"),
}
