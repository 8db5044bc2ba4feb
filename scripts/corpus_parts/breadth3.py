"""Breadth families, third wave (written for rejectwatch).

Adds rejection house styles that the first two waves lack: job-board relays that name the
employer in the third person, bare one- and two-sentence status notes, eligibility refusals,
searches paused or cancelled for business reasons, long warm early-careers letters with the
refusal in one clause, "limited interview capacity" letters, take-home feedback, "this season
is full", European replies that quote the original application, "not quite the match",
referral outcomes and replies to speculative CVs.

Hard negatives in the same job-board style ("{company} has received / viewed your
application", "{company} moved you to the next stage", "{company} wants to schedule an
interview") share the boards, footers and "similar jobs" blocks with the rejections, so the
model cannot learn "third-person employer + status update = rejection".

Every sentence here was written fresh for this module; boards, schools and employers named
here are invented. Families are declared with breadth.fam (see breadth.py for the slot
syntax) and carry their kind as the 4th element.
"""

from __future__ import annotations

import re

from .breadth2 import family
from .engine import R

REJ = "rejection"
INT = "interview"
RCV = "application_received"
NXT = "next_steps"


# --- greetings and sign-offs written for this module -------------------------------------------
GREET = [
    "Hi {first},",
    "Hello {first},",
    "Dear {first},",
    "{first},",
    "Hi there,",
    "Good morning {first},",
    "Hello,",
    "",
]
GREET_FORMAL = [
    "Dear {first} {last},",
    "Dear {title} {last},",
    "Dear Applicant,",
    "Dear {first},",
    "Dear {full},",
]
SIGN_ME = [
    "Kind regards,\n{rfull}",
    "With best wishes,\n{rfirst}",
    "Thanks again,\n{rfull}\n{rtitle}",
    "Best of luck,\n{rfirst} at {company}",
    "Yours,\n{rfirst}",
    "All best,\n{rfull}\n{rtitle} | {company}",
]
SIGN_US = [
    "The Recruiting Team at {company}",
    "Best regards,\nTalent Acquisition | {company}",
    "Kind regards,\n{company} People Team",
    "Sincerely,\nHuman Resources, {company}",
    "With thanks,\nThe {company} Careers Team",
    "Regards,\n{company} Talent",
]
CO_FROM = [
    "{company} Careers <careers@{cdomain}>",
    "{rfull} <{rmail}>",
    "{company} Recruiting <recruiting@{cdomain}>",
    "Talent at {company} <talent@{cdomain}>",
]

# --- invented job boards, shared by the rejections and the negatives ---------------------------
BOARDS_A = [
    "Jobwick|jobwick.com",
    "Tallyjobs|tallyjobs.io",
    "Hirequay|hirequay.co.uk",
    "Postmarq|postmarq.jobs",
]
BOARDS_B = [
    "Careerkite|careerkite.com",
    "Plinthjobs|plinthjobs.net",
    "Laddervale|laddervale.io",
    "Workfinch|workfinch.co",
]
CAMPUS = [
    "Gownpath|gownpath.com|Northgate University",
    "Unitrail|unitrail-mail.net|Ashcombe Institute of Technology",
    "Cloisterjobs|cloisterjobs.org|Kingsmere College",
    "Gownpath|gownpath.com|University of Larchfield",
]
BOARD_FROM = [
    "{board} <no-reply@{boarddom}>",
    "{board} Applications <applications@{boarddom}>",
    "{board} <updates@mail.{boarddom}>",
    "no-reply@{boarddom}",
]
CAMPUS_FROM = [
    "{cboard} <no-reply@{cboarddom}>",
    "{cboard} for {school} <notify@{cboarddom}>",
    "{school} Careers via {cboard} <careers@{cboarddom}>",
]


_LEVELS = "Senior|Junior|Lead|Associate|Graduate|Trainee|Assistant"
_LEVEL = re.compile(rf"\b(?:{_LEVELS}) (?=(?:{_LEVELS}) )")


def similar(r: R) -> str:
    """A 'similar jobs' block from a job board, rendered as text."""
    head = r(
        [
            "Similar jobs you might like",
            "Jobs like this one",
            "More roles near {city}",
            "Because you applied to {role}",
            "Recommended for you",
            "People who applied to this job also viewed",
        ]
    )
    pool = [
        "{role} - Brackwater Logistics - {city}",
        "[[Senior|Junior|Lead|Associate]] {role} - Greyfield Analytics - [[Remote|Hybrid|On-site]]",
        "{role} ([[contract|permanent|part-time|fixed term]]) - Tamsin & Cole - {city}",
        "[[Junior|Graduate|Trainee]] {role} - Vireo Health Partners - [[£|$|€]][[28|34|41|52]]k",
        "{role} - Ironleaf Software - posted [[2|3|5]] days ago",
        "{role} - Morrow & Daughters - {location}",
        "[[Associate|Assistant]] {role} - Corvid Lane Studios - [[Easy apply|Quick apply|Apply in one click]]",
        "{role} - Hollin Street Partners - [[new|actively hiring|urgently hiring]]",
    ]
    # drop our prefix when the role already carries one ("Junior Senior Backend Engineer")
    rows = [_LEVEL.sub("", r(p)) for p in pool]
    r.rng.shuffle(rows)
    rows = rows[: r.rng.randint(2, 4)]
    bullet = r.choice(["• ", "- ", "> ", ""])
    tail = r.maybe(0.5, ["[ See all jobs ]", "View more jobs >", "[ Browse {role} jobs ]"])
    return "\n".join([head, *[bullet + row for row in rows], tail]).strip()


def board_foot(r: R) -> str:
    return r(
        [
            "You're receiving this because you applied for a job through {board}.\nManage notifications · Unsubscribe · Help centre\n{board}, {city}",
            "{board} sends application updates on behalf of employers. Replies to this e-mail are not passed on.\nPrivacy · Terms · Email settings",
            "© {year} {board}. This e-mail was sent to {cmail}.\nChange your alert settings or unsubscribe at any time.",
            "{board} is not involved in employers' hiring decisions. For questions about a job, contact the employer directly.\nHelp · Privacy notice · Cookies",
            "Download the {board} app to track every application in one place.\nUnsubscribe from application updates",
        ]
    )


def campus_foot(r: R) -> str:
    return r(
        [
            "{cboard} | {school} Careers Service\nNotification preferences · Unsubscribe",
            "This message was sent by {cboard} on behalf of {school}. Do not reply to this address.",
            "Need help? Book a 1:1 appointment with a {school} careers adviser through {cboard}.\n{cboard} · Privacy · Accessibility",
        ]
    )


def legal_long(r: R) -> str:
    """Long corporate footer in new wording, used by the early-careers letters."""
    parts = [
        r(
            [
                "{company} is proud to be an equal opportunity employer. We consider qualified applicants regardless of race, colour, religion, sex, sexual orientation, gender identity, national origin, age, disability, veteran status or any other status protected by law.",
                "We are committed to an inclusive recruitment process. If you need an adjustment at any stage, contact our accessibility team and we will do our best to help.",
                "{company} and its subsidiaries hire on merit and welcome applicants from all backgrounds, including those with disabilities and those returning to work after a career break.",
            ]
        ),
        r(
            [
                "Your personal data is handled in line with the {company} Candidate Privacy Statement. You can ask us to access, correct or delete your information by e-mailing privacy@{cdomain}.",
                "We will keep your application data for [[12|24|18]] months so that we can contact you about future opportunities, unless you ask us to delete it sooner.",
                "This is a system-generated message. Please do not reply; this inbox is not monitored.",
            ]
        ),
        r.maybe(
            0.7,
            [
                "© {year} {company}. All rights reserved.",
                "{company}, {street}, {city}",
                "Careers · Students & Graduates · Privacy · Terms of use · Cookie preferences",
            ],
        ),
    ]
    return "\n\n".join(p for p in parts if p)


_TECH_NOTES = [
    "Your solution handled the main path well, but it failed on empty input and on the malformed rows in the sample file.",
    "There were no automated tests, so the reviewers couldn't tell which behaviour was intended and which was accidental.",
    "The core logic mixed data access, business rules and output formatting in one long function; splitting those apart would make it much easier to follow.",
    "The README explained how to run the project clearly, which the reviewers appreciated, though it didn't mention the trade-offs you made.",
    "Querying the database inside a loop means the endpoint will slow down badly as data grows; a single join or a batched query would avoid that.",
    "Your commit history was tidy and the messages were descriptive - a genuine strength.",
    "Hard-coded file paths and magic numbers made the code awkward to run on another machine.",
    "Error handling mostly swallowed exceptions, so failures would have been silent in production.",
]
_CASE_NOTES = [
    "Your market sizing started from a sensible top-down figure but was never sanity-checked from the bottom up.",
    "The recommendation only appeared on the last slide; leading with it would have made the deck far stronger.",
    "The financial model had a circular reference in the cost tab that inflated margins in years two and three.",
    "You identified the right customer segments, and the panel liked your use of interview evidence.",
    "The implementation plan had no owners or dates, which made it hard to judge how realistic it was.",
    "The charts were clear, though several slides carried too much text to read during a presentation.",
    "The risks section listed the obvious risks but didn't say how you'd mitigate any of them.",
]


def _takehome_open(r: R) -> str:
    tech = r.c["sector"] in ("tech", "data")
    r.c["exercise"] = r.choice(
        ["coding exercise", "take-home assignment", "technical task", "take-home project"]
        if tech
        else ["case study", "written case exercise", "take-home case", "presentation task"]
    )
    return r(
        [
            "Thank you for completing the {exercise} for the {role} role.",
            "Thanks for the work you put into the {exercise} - the reviewers could see the effort.",
            "The panel has now gone through the {exercise} you sent us last [[week|Thursday|Monday]].",
        ]
    )


def _takehome_verdict(r: R) -> str:
    tech = r.c["sector"] in ("tech", "data")
    notes = list(_TECH_NOTES if tech else _CASE_NOTES)
    r.rng.shuffle(notes)
    notes = notes[: r.rng.randint(3, 4)]
    intro = r(
        [
            "Here's what the reviewers said:",
            "Some specific feedback from the panel:",
            "I've summarised the reviewers' notes below.",
            "The main points from the review:",
        ]
    )
    style = r.choice(["- ", "• ", "", "num"])
    if style == "num":
        lines = [f"{i}. {n}" for i, n in enumerate(notes, 1)]
    elif style:
        lines = [style + n for n in notes]
    else:
        lines = [" ".join(notes)]
    block = intro + "\n\n" + "\n".join(lines)
    verdict = r(
        [
            "Based on the review, we've decided not to move you forward to the next stage.",
            "The panel felt the submission wasn't strong enough to progress to the final interview, so we won't be continuing with your application.",
            "We're not going to take your application further this time, but I wanted to give you more than a one-line answer.",
            "Unfortunately it's a no from us for this role, and I'm sorry to be the bearer of that news.",
        ]
    )
    if r.chance(0.5):
        return verdict + "\n\n" + block
    return block + "\n\n" + verdict


# --- rejection families --------------------------------------------------------------------------
_REJ = [
    family(
        "b3-board-status-third-person",
        12,
        BOARD_FROM,
        [
            "Application update: {role} at {company}",
            "{company} has updated your application",
            "Your application status has changed",
            "{role} - status update",
            "An employer responded to your application",
            "",
        ],
        (0.7, ["Hi {first},", "Hello {first},", "{first}, there's an update", "Hi {first}!"]),
        (
            0.7,
            [
                "There's news about a job you applied for on {board}.",
                "{company} has reviewed your application for {role}[[ in {location}|]].",
                "Status update for your application to {company}.",
                "You applied for {role} at {company} on {date}.",
            ],
        ),
        [
            "{company} has decided not to move forward with your application[[ at this time| for this role|]].",
            "{company} has chosen to progress other applicants for {role}.",
            "The employer has marked your application as [[Not selected|Unsuccessful|Not progressing]].",
            "{company} is progressing with candidates whose experience more closely matches the role.",
            "{company} has closed the {role} role and is no longer reviewing applications[[, including yours|]].",
            "Unfortunately, {company} won't be taking your application for {role} any further.",
            "Role: {role}\nEmployer: {company}\nStatus: [[Not selected|Unsuccessful|Not progressing|Position closed]]",
        ],
        (
            0.6,
            [
                "Employers don't always share the reason for their decision, and {board} isn't able to pass on feedback.",
                "Don't be discouraged - most people apply to [[ten|fifteen|twenty]] or more jobs before they're hired.",
                "This application has been moved to the 'Closed' tab in your {board} account.",
                "Keep your profile up to date so recruiters can find you.",
            ],
        ),
        (0.7, similar),
        board_foot,
        orgs={"board|boarddom": BOARDS_A},
        kind=REJ,
    ),
    family(
        "b3-board-update-from-employer",
        12,
        BOARD_FROM,
        [
            "An update from {company}",
            "A message from {company} about {role}",
            "{company}: your application",
            "News on your {role} application",
            "",
        ],
        [
            "An update from {company}",
            "Hi {first},",
            "{company} | {role} | {location}",
            "",
        ],
        [
            "{company} has [[sent|shared]] an update on your application for {role}.",
            "The hiring team at {company} has finished reviewing applications for {role}.",
            "You recently applied for {role} with {company} using {board}.",
        ],
        [
            "After reviewing your profile, {company} has decided to pursue other candidates for this position.",
            'Message from the employer: "Thank you for applying. We have reviewed your application and will not be taking it further."',
            'Message from the employer: "Thanks for your interest in {role}. We\'ve decided to go with other applicants this time."',
            "{company} has filled this position and your application will not be considered further.",
            "{company} has let us know they will not be progressing your application.",
            "The employer has indicated that your application was not selected.",
        ],
        (
            0.5,
            [
                "We know this isn't the news you wanted. There are plenty of other openings on {board} that fit your experience.",
                "Tip: tailoring the first lines of your profile to each job can help your application stand out.",
                "{company} may still consider you for other roles in the future.",
            ],
        ),
        (0.7, similar),
        board_foot,
        orgs={"board|boarddom": BOARDS_B},
        kind=REJ,
    ),
    family(
        "b3-campus-platform-relay",
        12,
        CAMPUS_FROM,
        [
            "{company} updated your application",
            "Application update - {role}",
            "{cboard}: your {company} application",
            "Posting update from {company}",
        ],
        ["Hi {first},", "Hey {first},", "Hello {first},", ""],
        [
            "You applied to the {role} [[internship|graduate role|placement|part-time job]] posted by {company} on {cboard}.",
            "Here's an update on a posting you applied to through {school}'s {cboard} account.",
            "{company} has updated the status of your application on {cboard}.",
        ],
        [
            "{company} has closed this posting and indicated that your application was not selected to continue.",
            "The employer reviewed student applications and chose other candidates for this posting.",
            "New status: [[Not selected|Declined|No longer under consideration]]. {company} is not moving your application forward.",
            "{company} has completed its shortlist and your application was not included.",
        ],
        (
            0.6,
            [
                "Rejections are a normal part of the search. {school} careers advisers run drop-in sessions every [[Tuesday|Wednesday|Thursday]] if you'd like to talk it through.",
                "There are [[35|58|112]] new postings on {cboard} that match your course this week.",
                "Employer fairs are coming up on campus in [[October|February|March]] - save the date.",
            ],
        ),
        (0.4, similar),
        campus_foot,
        orgs={"cboard|cboarddom|school": CAMPUS},
        kind=REJ,
    ),
    family(
        "b3-short-status-third-person",
        12,
        [
            "notifications@{cdomain}",
            "no-reply@{cdomain}",
            "Careers <careers@{cdomain}>",
            "Recruiting <noreply@{cdomain}>",
            "HR <hr@{cdomain}>",
            "{company} <jobs@{cdomain}>",
        ],
        ["", "", "", "Application update", "{role}", "Your application"],
        (0.4, ["Hi {first},", "Dear {first},", "Hello,"]),
        [
            "{company} will not be moving ahead with your application for {role}.",
            "{company} has decided not to continue with your application for the {role} position.",
            "Your application for {role} at {company} has not been successful.",
            "{company} is no longer considering your application for {role}{reqtxt}.",
            "The hiring team at {company} has reviewed your application for {role} and will not be progressing it.",
            "{company} has filled the {role} vacancy with another applicant.",
            "Your candidacy for {role} has been closed by {company}.",
            "{company} won't be taking your {role} application to the next stage.",
            "Application for {role}: {company} has selected other candidates.",
            "Following review, {company} has declined your application for {role}.",
        ],
        (
            0.5,
            [
                "Thank you for your interest.",
                "We wish you luck with your search.",
                "No reply is needed.",
                "This is an automated notification.",
                "Thank you for the time you took to apply.",
            ],
        ),
        kind=REJ,
    ),
    family(
        "b3-short-note-first-person",
        12,
        [
            "{rfirst} <{rmail}>",
            "{company} <jobs@{cdomain}>",
            "hiring@{cdomain}",
            "{rfull} <{rmail}>",
            "Recruitment <recruitment@{cdomain}>",
        ],
        ["", "", "Re: {role}", "{role} application", "Quick update"],
        (0.6, ["Hi {first},", "{first},", "Dear {first},", "Hello {first}"]),
        [
            "We will not be moving ahead with your application for {role}.",
            "We've reviewed your application for {role} and won't be taking it further.",
            "Thanks for applying for {role} - we've decided to go ahead with other applicants.",
            "We're not able to offer you an interview for {role} this time.",
            "Your application for {role} hasn't been successful on this occasion.",
            "We have now closed the {role} vacancy and will not be proceeding with your application.",
            "Sorry - we've decided against taking your {role} application forward.",
            "We won't be progressing you for {role}, but thank you for your interest in {company}.",
            "After reviewing your application for {role}, we have decided not to invite you to interview.",
            "We've made a decision on {role} and I'm afraid it's not good news for you this time.",
        ],
        (0.4, ["Best of luck.", "All the best with your search.", "Thanks again.", "Take care."]),
        (0.5, ["{rfirst}", "- {rfirst}", "{company}", "{rfirst}, {company}"]),
        kind=REJ,
    ),
    family(
        "b3-eligibility-requirement",
        12,
        CO_FROM,
        [
            "Your application for {role}",
            "{role}: eligibility",
            "Application {ref} - {company}",
            "Re: {role} application",
            "",
        ],
        GREET + GREET_FORMAL,
        [
            "Thank you for applying for the {role} position at {company}.",
            "Thanks for your interest in {company} and for applying for {role}{reqtxt}.",
            "We appreciate you taking the time to apply to {company}.",
        ],
        [
            "Unfortunately your application does not meet one of the essential requirements for this vacancy: {reqmiss}.",
            "When we screened your application we noticed that {reqmiss}, and this is a fixed requirement for the job.",
            "I'm sorry to say we can't take your application further, because {reqmiss}.",
            "Our screening is done strictly against the criteria in the advert, and {reqmiss}. As this is mandatory, we're unable to consider you further.",
        ],
        (
            0.6,
            [
                "This is not a judgement on your skills or experience, only on eligibility.",
                "If your circumstances change, you'd be very welcome to apply again.",
                "We're sorry we can't be more flexible on this point.",
                "Please check the eligibility section of future adverts before applying.",
            ],
        ),
        SIGN_ME + SIGN_US,
        setup={
            "reqmiss": [
                "the programme is open only to students currently enrolled at a university in [[the United Kingdom|Ireland|Canada|Australia|Germany|the Netherlands]]",
                "the role requires existing [[authorisation|authorization]] to work in [[the UK|the United States|the EU|Canada]], and we are not able to sponsor visas for this position",
                "the job is based on site in {city} five days a week, and we cannot support relocation or fully remote working",
                "the role calls for at least [[five|seven|eight|ten]] years of relevant experience, which your application does not show",
                "candidates must hold a current [[CPA|chartered accountancy|nursing|HGV Class 1|Gas Safe|teaching]] [[licence|license|registration|certificate]]",
                "the {year} intake is limited to people completing their degree between [[June|January|September]] {year} and [[August|December]] {year}",
                "applicants must be able to obtain [[security clearance|a full background check]], which requires [[five|ten]] years of residence in the country",
            ]
        },
        kind=REJ,
    ),
    family(
        "b3-search-paused-business",
        12,
        CO_FROM,
        [
            "Update on the {role} search",
            "{role} - position update",
            "Your application to {company}",
            "Change to the {role} opening",
        ],
        GREET + GREET_FORMAL,
        [
            "Thank you for your interest in the {role} position and for the time you have given to our process so far.",
            "I'm writing with an update on the {role} role you applied for at {company}.",
            "Thanks again for your application and your patience over the last few weeks.",
        ],
        [
            "Following a change in our business objectives for the coming year, we have decided not to fill the {role} position.",
            "Our {team} function is being reorganised, and as part of that the {role} vacancy has been withdrawn.",
            "We are pausing this search while we reevaluate our needs for the team.",
            "A revised budget for [[the second half of the year|{year}|the next financial year]] means the role is no longer funded.",
            "Leadership has decided to consolidate two teams, and the requisition for {role} has been closed.",
        ],
        [
            "This means we will not be progressing your application.",
            "As a result, we are closing all open applications, including yours.",
            "Your candidacy has therefore been closed, and we won't be scheduling further conversations.",
            "We're sorry that this brings your application to an end.",
        ],
        (
            0.6,
            [
                "This decision has nothing to do with your qualifications.",
                "Should the role reopen, we will post it on our careers page and you'd be welcome to apply again.",
                "We know this is frustrating, and we apologise for the time it has taken to reach this point.",
            ],
        ),
        SIGN_ME + SIGN_US,
        kind=REJ,
    ),
    family(
        "b3-early-careers-warm-corporate",
        12,
        [
            "{company} Early Careers <earlycareers@{cdomain}>",
            "{company} Internships <internships@{cdomain}>",
            "{company} University Programs <univprograms@{cdomain}>",
        ],
        [
            "Your {company} application",
            "Thank you for applying to {company}",
            "{year} [[Internship|Graduate|Placement]] [[Program|Programme]] update",
            "An update on your application",
        ],
        ["Hi {first},", "Dear {first},", "Hello {first},"],
        [
            "Thank you so much for applying to the {year} [[Summer Internship|Graduate|Industrial Placement|New Grad]] [[Program|Programme]] at {company}. We know that putting an application together takes real effort - from polishing your [[résumé|CV]] to answering our questions - and we're grateful you chose to spend that time with us.",
            "On behalf of everyone at {company}, thank you for your interest in our early careers [[programs|programmes]]. Every application we receive is a reminder of how many talented people want to build their careers with us, and we don't take that for granted.",
        ],
        [
            "At {company}, we're building [[products that millions of people rely on every day|a more sustainable way to move goods around the world|tools that help small businesses grow|care that reaches people wherever they live]], and our early talent [[programs|programmes]] are one of the main ways we bring fresh thinking into that work.",
            "Our interns and graduates work on real projects from their first week, and many of our senior leaders started in exactly the same [[program|programme]] you applied to.",
        ],
        [
            "We received a remarkable number of applications this year, and while we won't be moving forward with you for this role, we were genuinely impressed by the range of talent in the pool.",
            "Our team read every application carefully, and although we aren't able to offer you a place in this year's cohort, we hope this isn't the end of your story with {company}.",
            "After careful consideration we have decided not to progress your application on this occasion, but we'd love to keep the conversation going.",
        ],
        [
            "We'd encourage you to explore other open roles on our careers site - new positions are added every week, and plenty of our interns applied more than once before joining us.",
            "Join our Talent Network to hear about future [[programs|programmes]], virtual events and stories from our teams.\n\n[ Join the Talent Network ]",
            "Keep an eye on our campus events calendar; we'd love to meet you in person at a [[career fair|skills workshop|virtual open day]] this year.",
        ],
        (0.5, ["Thank you again, and we wish you every success in your studies and beyond."]),
        [
            "With gratitude,\nThe {company} Early Careers Team",
            "Warm regards,\n{company} University Recruiting",
            "Best wishes,\nThe Emerging Talent Team at {company}",
        ],
        legal_long,
        sector=["tech", "finance", "engineering", "marketing", "ops"],
        kind=REJ,
    ),
    family(
        "b3-limited-interview-capacity",
        12,
        CO_FROM,
        [
            "Your application for {role}",
            "{company} - application outcome",
            "Thank you for applying",
            "",
        ],
        GREET,
        [
            "Thank you for applying for {role} at {company}.",
            "Thanks for your interest in joining the {team} team.",
            "We appreciate you applying for the {role} opening{reqtxt}.",
        ],
        [
            "We had limited interview capacity for this role, and I'm sorry to say we are not able to invite you to interview this time.",
            "Because we can only interview a small number of applicants for each opening, we won't be progressing your application.",
            "Our interviewers' time is limited, so we can meet only a fraction of the people who apply, and you were not among those selected for this round.",
            "With [[hundreds of|so many]] applications and only a handful of interview slots, we have had to decline many strong candidates, including you on this occasion.",
        ],
        [
            "You are welcome to re-apply after [[three|six|twelve]] months, or sooner for a different role.",
            "Our policy allows applicants to apply for the same role again after [[90 days|6 months|a year]].",
            "If you'd like to try again, you can reapply [[six|three]] months from today.",
        ],
        (0.5, ["Thank you for your understanding.", "We wish you well in the meantime."]),
        SIGN_ME + SIGN_US,
        kind=REJ,
    ),
    family(
        "b3-takehome-constructive-feedback",
        12,
        [
            "{rfull} <{rmail}>",
            "{company} Hiring <hiring@{cdomain}>",
            "{rfirst} from {company} <{rmail}>",
        ],
        [
            "Feedback on your exercise",
            "{role} - exercise review",
            "Re: your submission",
            "Outcome and feedback: {role}",
        ],
        ["Hi {first},", "Hello {first},", "Dear {first},"],
        _takehome_open,
        _takehome_verdict,
        (
            0.6,
            [
                "I hope the notes are useful for your next application.",
                "Happy to jump on a short call if you'd like to go through any of this.",
                "You'd be welcome to apply again in the future.",
            ],
        ),
        SIGN_ME,
        sector=["tech", "data", "finance", "marketing", "ops"],
        kind=REJ,
    ),
    family(
        "b3-season-places-filled",
        12,
        [
            "{rfull} <{rmail}>",
            "{rfirst} at {company} <{rmail}>",
            "{company} Seasonal Hiring <seasonal@{cdomain}>",
        ],
        [
            "Thanks for applying - {year} season",
            "Our {year} places",
            "Re: [[summer|winter]] roles",
            "Your application to {company}",
            "",
        ],
        ["Hi {first},", "Hello {first}!", "Dear {first},", "Hey {first},"],
        [
            "Thank you so much for getting in touch about working with us this [[summer|winter|season|year]].",
            "It was lovely to read your application for {role}.",
            "Thanks for your application - I really enjoyed reading about your experience.",
        ],
        [
            "I'm writing to let you know that all of our [[summer placements|internship places|seasonal positions|spots for the {year} cohort]] are now filled.",
            "We've had a wonderful response this year and every position for the season has been taken, so we can't offer you a place.",
            "Our {year} cycle is officially full, which means I'm not able to take your application any further.",
            "I'm afraid all our places for this year have gone.",
        ],
        [
            "Please do stay in touch - our next cycle opens in [[September|the new year|early spring|October]], and I'd love to see your name again then.",
            "Feel free to drop me a line in the [[autumn|fall]] and I'll make sure you hear as soon as applications reopen.",
            "I've added you to our list for next year, so you'll get an e-mail when we start recruiting again.",
        ],
        (
            0.5,
            [
                "Have a brilliant [[summer|year|season]]!",
                "Wishing you lots of luck in the meantime.",
            ],
        ),
        ["Warmly,\n{rfirst}", "Best wishes,\n{rfull}\n{company}", "Speak soon, I hope,\n{rfirst}"],
        kind=REJ,
    ),
    family(
        "b3-euro-quoted-original",
        12,
        ["{rfull} <{box}@{cdomain}>", "{bidept} <{box}@{cdomain}>"],
        ["AW: Application for {role}", "RE: Application for {role}", "Re: Application for {role}"],
        ["Dear {title} {last},", "Dear {first} {last},", "Dear Sir or Madam,"],
        [
            "thank you very much for your application as {role} and for the interest you have shown in our company.",
            "we thank you for your application of {date} and for the trust you have placed in [[us|our company]].",
            "many thanks for your application and your interest in working at {company}.",
        ],
        [
            "After careful examination of your documents we regret to inform you that we cannot take your application into further consideration.",
            "Unfortunately we have to inform you that we have decided for another candidate whose profile corresponds more closely to the requirements of the position.",
            "We regret that we are not able to offer you this position. The decision was not easy for us, as we received many qualified applications.",
        ],
        (
            0.7,
            [
                "In accordance with the GDPR, your application documents will be deleted [[six|three]] months after the end of the selection procedure.",
                "Your documents will be kept for [[6|3]] months and then erased, unless you agree to a longer storage in our talent pool.",
            ],
        ),
        [
            "We wish you all the best and much success for your future professional path.",
            "For your further career we wish you every success.",
            "We wish you good luck in your search for a suitable position.",
        ],
        [
            "{bisign}\n\n{rfull}\n{bidept}\n{company}",
            "{bisign}\n{rfull}\n{company} | {bidept}",
        ],
        [
            "-----Original Message-----\nFrom: {full} <{cmail}>\nSent: {date} {time}\nTo: {box}@{cdomain}\nSubject: Application for {role}",
            "From: {full} [mailto:{cmail}]\nSent: {date}, {time}\nTo: {box}@{cdomain}\nSubject: Application for {role}[[ - reference {req}|]]",
            "________________________________\nFrom: {full} <{cmail}>\nDate: {date}\nTo: {bidept} <{box}@{cdomain}>\nSubject: Application for {role}",
        ],
        [
            "Dear Sir or Madam,\n\nplease find attached my application for the position of {role} advertised on your website. I would be glad to hear from you.\n\nKind regards\n{full}",
            "Dear Hiring Team,\n\nI am writing to apply for the {role} vacancy. My CV and certificates are attached as PDF.\n\nBest regards,\n{first} {last}\n[[+44|+49|+31|+33]] [[7700|151|612]] [[900|234|481]] [[123|765|002]]",
            "Hello,\n\nwith great interest I read your job posting for {role}. Attached you find my cover letter, CV and references.\n\nYours sincerely\n{full}",
        ],
        orgs={
            "company|cdomain|bisign|bidept|box": [
                "Brenner Anlagenbau GmbH|brenner-anlagenbau.de|Mit freundlichen Grüßen / Kind regards|Personalabteilung / Human Resources|bewerbung",
                "Van Dijk Logistiek B.V.|vandijklogistiek.nl|Met vriendelijke groet / Kind regards|Afdeling HR / HR Department|vacatures",
                "Atelier Morel SAS|ateliermorel.fr|Cordialement / Best regards|Ressources humaines / Human Resources|recrutement",
                "Lindqvist Teknik AB|lindqvistteknik.se|Med vänliga hälsningar / Best regards|HR-avdelningen / HR Department|jobb",
                "Ferrante Meccanica S.r.l.|ferrantemeccanica.it|Cordiali saluti / Kind regards|Ufficio Risorse Umane / HR Office|lavora",
                "Kowalczyk Systemy Sp. z o.o.|kowalczyksystemy.pl|Z poważaniem / Kind regards|Dział Kadr / HR Department|rekrutacja",
                "Harjula Puu Oy|harjulapuu.fi|Ystävällisin terveisin / Best regards|Henkilöstöhallinto / HR|rekry",
            ]
        },
        kind=REJ,
    ),
    family(
        "b3-not-quite-match-hang-on",
        12,
        CO_FROM,
        ["{role}", "Re: your application", "Thanks from {company}", "Your CV", ""],
        GREET,
        [
            "Thanks for reaching out about the {role} role.",
            "Many thanks for sending over your CV for {role}.",
            "Thank you for applying - it was good to learn a bit about your background.",
        ],
        [
            "Having looked through it with the team, your skills and experience are not quite the match we need for this particular role.",
            "We don't see a strong fit at this time, so we won't be moving to the next stage with you.",
            "Honestly, it's a close one, but your background isn't quite the match for what we need right now.",
            "For this role we need someone a little further along in [[{team} work|client-facing work|people management|the same industry]], so it isn't quite the right fit.",
        ],
        [
            "We'll hang on to your details, though, and get in touch if something more suitable comes up.",
            "If you're happy for us to, we'll hang on to your CV for future openings.",
            "We'll keep hold of your details and reach out if the right thing appears.",
        ],
        (0.4, ["Thanks again for thinking of us.", "Good luck with everything."]),
        SIGN_ME,
        kind=REJ,
    ),
    family(
        "b3-referral-outcome",
        11,
        CO_FROM,
        [
            "Your referral for {role}",
            "{role} - referred application",
            "Update on your referral from {mfirst}",
        ],
        GREET,
        [
            "Thank you for applying for {role} through [[an employee referral|our referral programme]] from {mfirst} {mlast}.",
            "{mfirst} {mlast} referred you for our {role} opening, and I wanted to get back to you personally.",
            "Thanks for letting {mfirst} put your name forward for {role}.",
        ],
        [
            "Every referred candidate gets a review from a recruiter, and I've now looked at your application carefully.",
            "I shared your profile with the hiring manager for the {team} team last week.",
        ],
        [
            "I'm sorry to say we won't be moving forward to interviews with you for this role.",
            "The hiring manager has decided to prioritise applicants with more hands-on experience in this area, so we won't be taking your referral further.",
            "On this occasion the team has decided not to progress your application.",
        ],
        (
            0.6,
            [
                "I've let {mfirst} know the outcome as well, as we do for every referral.",
                "Being referred once doesn't stop you applying for other roles here, and we'd be glad to see you do.",
                "Please don't let this put you off - {mfirst} clearly thinks highly of you.",
            ],
        ),
        SIGN_ME,
        kind=REJ,
    ),
    family(
        "b3-speculative-cv-no-vacancy",
        11,
        ["{rfull} <{rmail}>", "{company} <info@{cdomain}>", "Office <office@{cdomain}>"],
        [
            "Re: CV",
            "Re: speculative application",
            "Re: Any openings?",
            "Your enquiry about working at {company}",
            "",
        ],
        GREET,
        [
            "Thank you for sending us your CV on spec.",
            "Thanks for getting in touch about opportunities at {company}.",
            "Many thanks for your speculative application, which reached me via our general inbox.",
        ],
        [
            "We don't have any vacancies that match your background at the moment, and we aren't able to keep speculative applications on file.",
            "We aren't recruiting for [[designers|analysts|engineers|sales staff|administrators]] right now, so I'm afraid we can't take your enquiry any further.",
            "I'm sorry to say there's nothing suitable for you here at present, and we have no plans to hire in that area this year.",
        ],
        (
            0.6,
            [
                "All of our vacancies are advertised on our website, so it's worth checking back from time to time.",
                "We'll keep your CV for six months in case that changes.",
                "Please don't take this personally - we're a small team and hire only a couple of times a year.",
            ],
        ),
        SIGN_ME,
        kind=REJ,
    ),
]

# --- hard negatives in the same job-board style --------------------------------------------------
_RCV = [
    family(
        "b3-rcv-board-received",
        12,
        BOARD_FROM,
        [
            "{company} has received your application",
            "Application sent: {role} at {company}",
            "Your application to {company}",
            "{role} - application received",
            "",
        ],
        (0.7, ["Hi {first},", "Hello {first},", "{first}, you're all set", "Hi {first}!"]),
        [
            "{company} has received your application for {role}[[ in {location}|]].",
            "Your application for {role} was delivered to {company} on {date}.",
            "Role: {role}\nEmployer: {company}\nStatus: [[Application received|Submitted|Awaiting review]]",
        ],
        [
            "What happens next: {company} will review applications and contact the candidates they'd like to speak with.",
            "Not every applicant hears back, so we'd suggest you keep applying to other roles in the meantime.",
            "If {company} wants to move forward, they'll contact you directly or through {board}. Some employers don't reply to every applicant.",
            "Employers on {board} usually review new applications within [[one|two|three]] weeks.",
        ],
        (
            0.5,
            [
                "Employers don't always share updates, and {board} isn't able to chase them on your behalf.",
                "This application now appears in the 'Applied' tab of your {board} account.",
                "Keep your profile up to date so recruiters can find you.",
            ],
        ),
        (0.7, similar),
        board_foot,
        orgs={"board|boarddom": BOARDS_A + BOARDS_B},
        kind=RCV,
    ),
    family(
        "b3-rcv-board-viewed",
        11,
        BOARD_FROM,
        [
            "Your application was viewed by {company}",
            "{company} viewed your application",
            "Good news: an employer looked at your application",
            "",
        ],
        ["Hi {first},", "An update from {company}", "{company} | {role} | {location}", ""],
        [
            "{company} viewed your application for {role}[[ today| on {date}|]].",
            "The hiring team at {company} has opened your application for {role}.",
            "Your application for {role} was viewed by a recruiter at {company}.",
        ],
        [
            "This means your CV has been seen; {company} hasn't made a decision yet.",
            "Employers often look at an application several times before deciding who to interview, so there's nothing you need to do right now.",
            "We'll let you know if the status of your application changes. Not every employer updates applicants, though.",
        ],
        (
            0.5,
            [
                "Employers usually decide within [[one|two|three]] weeks, though some take longer.",
                "Tip: applicants who complete every section of their profile are contacted more often.",
            ],
        ),
        (0.7, similar),
        board_foot,
        orgs={"board|boarddom": BOARDS_B + BOARDS_A},
        kind=RCV,
    ),
    family(
        "b3-rcv-campus-sent",
        11,
        CAMPUS_FROM,
        [
            "Your application was sent to {company}",
            "Application submitted - {role}",
            "{cboard}: application confirmation",
        ],
        ["Hi {first},", "Hey {first},", "Hello {first},", ""],
        [
            "Your application for the {role} [[internship|graduate role|placement|part-time job]] was sent to {company}.",
            "Nice work - you applied to {company} through {school}'s {cboard} account.",
            "{company} has received the application you submitted on {cboard}.",
        ],
        [
            "{company} will review it and contact you if they'd like to move forward. Not every employer responds to every student, so keep applying.",
            "The employer will update the status of your application on {cboard} once they've reviewed it.",
            "Postings close on {date2}; {company} usually shortlists after the closing date.",
        ],
        (
            0.6,
            [
                "Want a second opinion on your CV? {school} careers advisers run drop-in sessions every week.",
                "There are [[35|58|112]] more postings on {cboard} that match your course.",
            ],
        ),
        (0.4, similar),
        campus_foot,
        orgs={"cboard|cboarddom|school": CAMPUS},
        kind=RCV,
    ),
]

_NXT = [
    family(
        "b3-nxt-board-next-stage",
        11,
        BOARD_FROM,
        [
            "{company} moved your application forward",
            "Next step: {role} at {company}",
            "{company} would like you to complete an assessment",
            "Action needed: {company}",
            "",
        ],
        (0.7, ["Hi {first},", "Hello {first},", "Good news, {first}!", "An update from {company}"]),
        [
            "{company} has moved your application for {role} to the next stage: [[Assessment|Screening call|Skills test|Work sample]].",
            "{company} would like you to complete a short [[skills assessment|work-style questionnaire|coding challenge|typing test]] before deciding who to interview.",
            "Role: {role}\nEmployer: {company}\nStatus: [[Assessment requested|Next stage|Shortlisted]]",
        ],
        [
            "It takes about {dur} minutes. Please complete it by {date2}.\n\n[ Start now ]",
            "You can complete it on your phone or computer. The link expires on {date2}.\n\n[ Continue ]",
            "Applicants who don't finish the step by {date2} may not be considered further.\n\n[ Open assessment ]",
        ],
        (
            0.5,
            [
                "Employers don't always share how they use results, and {board} can't see your answers.",
                "If you have a disability and need more time, you can request it from {company} before starting.",
            ],
        ),
        (0.4, similar),
        board_foot,
        orgs={"board|boarddom": BOARDS_A + BOARDS_B},
        kind=NXT,
    ),
    family(
        "b3-nxt-board-employer-question",
        11,
        BOARD_FROM,
        [
            "{company} has a question for you",
            "New message from {company}",
            "{company} requested more information",
            "",
        ],
        (0.7, ["Hi {first},", "Hello {first},", "{first},"]),
        [
            "{company} has a question about your application for {role}:",
            "The hiring team at {company} sent you a message about {role}:",
            "{company} needs a little more information before reviewing your application for {role}:",
        ],
        [
            '"[[Are you able to start within four weeks?|What are your salary expectations for this role?|Do you hold a full driving licence?|Could you share a link to your portfolio?|Are you available to work alternate weekends?|Do you have the right to work in this country?]]"',
        ],
        [
            "Reply on {board} so the employer sees your answer. Applicants who respond within [[48 hours|two days|a week]] are more likely to be considered.",
            "Answer directly from your {board} inbox. {company} will not see replies sent to this e-mail.\n\n[ Reply now ]",
            "If you don't reply by {date2}, {company} may move on without your answer.\n\n[ Answer question ]",
        ],
        (0.4, similar),
        board_foot,
        orgs={"board|boarddom": BOARDS_B + BOARDS_A},
        kind=NXT,
    ),
]

_INT = [
    family(
        "b3-int-board-schedule-interview",
        11,
        BOARD_FROM,
        [
            "{company} wants to schedule an interview",
            "Interview request from {company}",
            "{role}: pick an interview time",
            "An update from {company}",
            "",
        ],
        (0.7, ["Hi {first},", "Congratulations, {first}!", "Hello {first},"]),
        [
            "{company} would like to interview you for {role}.",
            "Good news - {company} has reviewed your application for {role} and wants to schedule an interview.",
            "Role: {role}\nEmployer: {company}\nStatus: [[Interview requested|Invited to interview]]",
        ],
        [
            "Interview type: [[Phone|Video|In person]] · {dur} minutes\nChoose a time that suits you from the slots they've offered.\n\n[ Pick a time ]",
            "{company} has offered [[three|four|five]] slots between {date} and {date2}. Slots are taken on a first-come basis.\n\n[ See available times ]",
            "Select a slot by {date2}. If none of the times work, you can message {company} through {board}.\n\n[ Schedule interview ]",
        ],
        (
            0.5,
            [
                "Not every applicant is invited to interview, so this is a great sign.",
                "Tip: read the job description again and prepare two or three examples from your experience.",
                "You'll get a calendar invite and a reminder the day before.",
            ],
        ),
        (0.3, similar),
        board_foot,
        orgs={"board|boarddom": BOARDS_A + BOARDS_B},
        kind=INT,
    ),
]

FAMILIES_BY_FILE = {
    "rejections.jsonl": (_REJ, "rej"),
    "application_received.jsonl": (_RCV, "rcv"),
    "next_steps.jsonl": (_NXT, "nxt"),
    "interviews.jsonl": (_INT, "int"),
}
