"""Recruiter outreach, job alerts and other job-related system mail (kind per family)."""

from __future__ import annotations

from ..engine import R
from ..fragments import COMPANIES, LOCATIONS, ROLES, greet, human_sender, sig


def _job_lines(r: R, n: int, style: str) -> str:
    rng = r.rng
    out = []
    for _ in range(n):
        name, _dom, sec = rng.choice(COMPANIES)
        role = rng.choice(ROLES[sec])
        loc = rng.choice(LOCATIONS)
        if style == "linkedin":
            extra = rng.choice(
                [
                    "",
                    "Actively recruiting",
                    "Easy Apply",
                    f"{rng.randint(2, 40)} connections work here",
                    "Be an early applicant",
                    f"{rng.randint(1, 6)} days ago",
                    "Promoted",
                ]
            )
            out.append("\n".join(x for x in [role, name, loc, extra] if x))
        elif style == "indeed":
            pay = rng.choice(
                [
                    "",
                    f"£{rng.randint(22, 70)},000 a year",
                    f"${rng.randint(16, 45)} an hour",
                    f"${rng.randint(55, 180)},000 a year",
                    "Full-time",
                    "Part-time",
                ]
            )
            out.append(
                "\n".join(
                    x
                    for x in [
                        role,
                        f"{name} - {loc}",
                        pay,
                        rng.choice(
                            ["Easily apply", "Responsive employer", "New", "Urgently hiring", ""]
                        ),
                    ]
                    if x
                )
            )
        else:
            out.append(
                f"{role} | {name} | {loc}"
                + rng.choice(
                    [
                        "",
                        f" | {rng.choice(['4.1', '3.8', '4.5', '3.6'])}★",
                        " | Est. salary available",
                    ]
                )
            )
    return "\n\n".join(out)


def linkedin_alert(rng, c):
    r = R(rng, c)
    n = rng.randint(3, 7)
    body = r.body(
        r(
            [
                "Your job alert for [[{role}|software engineer|data analyst|marketing manager|nurse|teacher]] in [[{location}|United Kingdom|United States|Remote]]",
                "[[{n}|New]] new jobs match your preferences.".replace("{n}", str(n)),
                "Jobs you may be interested in",
                "Top job picks for you",
            ]
        ),
        _job_lines(r, n, "linkedin"),
        r(
            "[[See all jobs|View all {n} jobs|Search other jobs]]".replace(
                "{n}", str(n + rng.randint(5, 80))
            )
        ),
        r.maybe(
            0.6,
            [
                "Unfortunately, some of the jobs you saved are no longer accepting applications.",
                "Get noticed faster: Premium members get 2x more profile views.",
                "Tip: turn on Open to Work to let recruiters know you're looking.",
            ],
        ),
        r(
            "[[You are receiving Job Alert emails.|This email was intended for {full}.]]\n[[Manage job alerts|Unsubscribe]] · Help\n© {year} LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085."
        ),
    )
    s = r(
        [
            '{n} new jobs for "{role}"'.replace("{n}", str(n)),
            '"{role}": {company} and more',
            "New jobs similar to {role} at {company}",
            "{first}, {company} is hiring",
            "Jobs for you in {location}",
            "{role} at {company} and {n} more".replace("{n}", str(n)),
        ]
    )
    return (
        s,
        body,
        r(
            [
                "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
                "LinkedIn <jobs-listings@linkedin.com>",
            ]
        ),
    )


def indeed_alert(rng, c):
    r = R(rng, c)
    n = rng.randint(3, 6)
    body = r.body(
        r(
            "[[Indeed\n\n|]][[{role} jobs in {location}|New jobs for you|Jobs matching your search]]"
        ),
        _job_lines(r, n, "indeed"),
        r(["See more jobs", "Show more {role} jobs", "View all jobs"]),
        r.maybe(
            0.4,
            "Not interested in these jobs? Unfortunately we can't tailor alerts without your feedback — update your preferences.",
        ),
        r(
            "[[This job alert was sent to {cmail}.|You're receiving this email because you created a job alert.]]\n[[Unsubscribe|Edit this alert]] · Privacy Centre\n© {year} Indeed"
        ),
    )
    s = r(
        [
            "{role} jobs in {location}",
            "{n} new {role} jobs".replace("{n}", str(n)),
            "{company} is hiring: {role}",
            "New jobs for you",
        ]
    )
    return (
        s,
        body,
        r(["Indeed <alert@indeed.com>", "Indeed Job Alerts <donotreply@jobalert.indeed.com>"]),
    )


def glassdoor_alert(rng, c):
    r = R(rng, c)
    n = rng.randint(3, 6)
    body = r.body(
        r(
            [
                "Glassdoor",
                "Jobs picked for you",
                "{n} new jobs match your alert".replace("{n}", str(n)),
            ]
        ),
        _job_lines(r, n, "glassdoor"),
        r(["See all jobs", "View more jobs"]),
        r(
            "Glassdoor, Inc. · 50 Beale Street, San Francisco, CA\n[[Unsubscribe|Manage email settings]]"
        ),
    )
    s = r(
        [
            "{role} jobs near you",
            "{company} and {n} more companies are hiring".replace("{n}", str(n)),
            "Your job alert: {role}",
        ]
    )
    return s, body, "Glassdoor Jobs <noreply@glassdoor.com>"


def career_site_alert(rng, c):
    r = R(rng, c)
    n = rng.randint(2, 5)
    roles = "\n".join(
        f"{rng.choice(ROLES[c['sector']])} - {rng.choice(LOCATIONS)}" for _ in range(n)
    )
    body = r.body(
        greet(r, 0.3),
        r(
            [
                "New jobs matching your saved search at {company}:",
                "The following new positions at {company} match your job alert:",
                "Here are the latest openings from {company}:",
            ]
        ),
        roles,
        r(
            [
                "[[View jobs|Apply now]]: https://{cdomain}/careers",
                "Log in to your candidate account to apply.",
            ]
        ),
        r(
            "[[To stop receiving these alerts|To unsubscribe]], [[update your job alert settings|click here]]. [[This mailbox is not monitored.|]]"
        ),
    )
    s = r(
        [
            "New jobs at {company}",
            "{company} Job Alert",
            "Job alert: {n} new jobs".replace("{n}", str(n)),
            "Jobs you may be interested in",
        ]
    )
    return (
        s,
        body,
        r(
            [
                "{company} Careers <careers@{cdomain}>",
                "{company} <{cslug}@myworkday.com>",
                "{company} Talent Community <noreply@{cslug}.icims.com>",
            ]
        ),
    )


PITCH = [
    "I came across your profile and [[think|thought]] you'd be a great fit for a {role} role [[I'm working on|we're hiring for|with one of my clients]].",
    "We think you'd be a great fit for the {role} position at {company}.",
    "Your experience at [[your current company|your last role]] caught my eye — we're building out our {team} team and I'd love to chat.",
    "I'm reaching out because we're hiring {arole} in {location} and your background looks like a strong match.",
    "I know you're probably getting a lot of these, but I genuinely think this one is worth 15 minutes.",
    "I'm {rfirst}, a recruiter at {company}. We have an opening for {role} that I think would interest you.",
]


def recruiter_pitch(rng, c):
    r = R(rng, c)
    body = r.body(
        greet(r, 0.2),
        r(PITCH),
        r.maybe(
            0.8,
            [
                "[[The role|It]] is [[fully remote|hybrid (2 days in {city})|based in {location}]] and pays [[up to|around]] [[£65k|$150k|€80k|$95k|£42k]] plus [[equity|bonus|benefits]].",
                "{company} [[just raised a Series B|is growing 3x year on year|was named a Great Place to Work]], and the team is [[small|very collaborative]].",
                "Key bits: [[Python, AWS|SEO and content|patient care on a busy ward|financial modelling]], [[great manager|strong team]], [[flexible hours|4-day week]].",
            ],
        ),
        r(
            [
                "Would you be open to a quick call [[this week|next week|sometime]]?",
                "Are you open to new opportunities at the moment?",
                "If you're interested, reply with a good time to chat[[, or book here: https://calendly.com/{rfirst}|]].".lower()
                if False
                else "If you're interested, reply with a good time to chat.",
                "Even if the timing isn't right, I'd love to connect.",
            ]
        ),
        r.maybe(
            0.4,
            [
                "Unfortunately I can't share the client's name until we've spoken.",
                "No worries if not — unfortunately the timing is never perfect!",
                "If this isn't for you, do you know anyone who might be interested?",
            ],
        ),
        sig(r, 0.95),
    )
    s = r(
        [
            "{role} opportunity",
            "Exciting opportunity at {company}",
            "Quick question, {first}",
            "{role} - {location}",
            "Open to a chat?",
            "Your profile",
            "{first}, interested in {role}?",
            "Opportunity: {role} ({location})",
            "Hiring: {role}",
        ]
    )
    return s, body, human_sender(r)


def linkedin_inmail(rng, c):
    r = R(rng, c)
    body = r.body(
        r("[[LinkedIn\n\n|]]{rfull}\n{rtitle} at {company}"),
        r(["Hi {first},", "Hello {first},", "{first},"])
        + "\n\n"
        + r(PITCH)
        + " "
        + r(
            [
                "Would you be interested?",
                "Are you open to a conversation?",
                "Let me know if you'd like more details.",
            ]
        ),
        r(["[[Reply|View message]]", "Reply to {rfirst}"]),
        r(
            "[[You received an InMail from {rfull}.|This is an InMail message.]]\n[[Unsubscribe|Manage messages]] · Help\n© {year} LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085."
        ),
    )
    s = r(
        [
            "{rfull} sent you a message",
            "InMail: {role} opportunity",
            "New message from {rfull}",
            "{rfirst} from {company}: {role}",
        ]
    )
    return (
        s,
        body,
        r(
            [
                "{rfull} via LinkedIn <inmail-hit-reply@linkedin.com>",
                "LinkedIn <messages-noreply@linkedin.com>",
            ]
        ),
    )


def agency_pitch(rng, c):
    r = R(rng, c)
    c["agency"] = r(
        [
            "Talentwise Recruitment",
            "Blue Arch Search",
            "Keystone Talent",
            "Vertex People",
            "Harper & Lowe Recruitment",
        ]
    )
    body = r.body(
        r(["Hi {first},", "Hello {first},", "Good afternoon {first},"]),
        r(
            [
                "I hope you don't mind me reaching out directly. I'm working on {arole} position for a [[leading|fast-growing|well-known]] [[fintech|healthcare provider|retailer|consultancy|school trust]] in {location}.",
                "I have an exclusive {role} vacancy that matches the experience on your CV, which I found on [[Reed|CV-Library|Indeed|Totaljobs]].",
            ]
        ),
        r(
            "Salary: [[£35-40k|£55-65k|$80-95k|€60k + bonus|£14.50/hour]]\nLocation: {location}\nType: [[Permanent|12-month contract|Temp to perm]]"
        ),
        r(
            [
                "If this sounds of interest, please send me an updated CV and a good time to call.",
                "Could we have a quick chat today or tomorrow?",
            ]
        ),
        r.maybe(
            0.4,
            "Unfortunately the client wants to interview this week, so a quick reply would be great.",
        ),
        r(
            "[[Kind regards|Best wishes|Thanks]],\n{rfull}\n[[Senior Consultant|Recruitment Consultant|Principal Consultant]] | {agency}"
        ),
    )
    s = r(
        [
            "{role} - {location}",
            "New role: {role}",
            "Exclusive {role} opportunity",
            "Are you looking? {role}",
        ]
    )
    return (
        s,
        body,
        r(
            "{rfull} <{rfirst}@[[talentwise.co.uk|bluearchsearch.com|keystonetalent.io|vertexpeople.com|harperlowe.co.uk]]>"
        ).lower(),
    )


def recruiter_followup_nudge(rng, c):
    r = R(rng, c)
    body = r.body(
        r(["Hi {first},", "{first},", "Hi again {first},"]),
        r(
            [
                "Just bumping this to the top of your inbox in case you missed my last note about the {role} role at {company}.",
                "Following up on my message from last week — any interest in chatting about {role}?",
                "I haven't heard back, so I'll assume the timing isn't right. If anything changes, my door is open!",
                "Circling back one last time on {role}. Unfortunately we're closing the shortlist on {date}, so let me know if you'd like to be considered.",
            ]
        ),
        r(["Best,\n{rfirst}", "{rfirst}", "Cheers,\n{rfull}"]),
    )
    s = r(
        [
            "Re: {role} opportunity",
            "Re: Quick question, {first}",
            "Following up",
            "Re: Open to a chat?",
        ]
    )
    return s, body, human_sender(r)


def withdrawal_confirmation(rng, c):
    r = R(rng, c)
    body = r.body(
        greet(r, 0.4),
        r(
            [
                "We have received your request to withdraw your application for {role}. Your application has been withdrawn.",
                "This confirms that you have withdrawn from consideration for the {role} position.",
                "Thanks for letting us know you've accepted another offer. We've withdrawn your application for {role} as requested.",
            ]
        ),
        r(
            [
                "We're sorry to see you go, but we wish you the best in your new role.",
                "If you change your mind, you're welcome to apply again in the future.",
                "Congratulations on the new position!",
            ]
        ),
        sig(r, 0.5),
    )
    s = r(
        [
            "Application withdrawn - {role}",
            "Confirmation: application withdrawal",
            "Re: Withdrawing my application",
            "Your withdrawal request",
        ]
    )
    return s, body, r([human_sender(r), "{company} Careers <careers@{cdomain}>"])


def account_system(rng, c):
    r = R(rng, c)
    body = r.body(
        greet(r, 0.4),
        r(
            [
                "Your candidate account at {company} has been created. Your username is {cmail}.",
                "We received a request to reset the password for your {company} careers account. [[Click here to reset it|Use the link below]]: https://{cslug}.careers/reset/{tok}",
                "Please verify your email address to finish creating your candidate profile: https://{cslug}.careers/verify/{tok}",
                "You started an application for {role} but haven't submitted it yet. Don't miss out — finish your application before the posting closes!",
                "Thanks for joining the {company} Talent Community! We'll send you news about roles that match your interests.",
            ]
        ),
        r.maybe(
            0.5,
            [
                "If you didn't request this, you can safely ignore this email.",
                "Unfortunately this link expires in 24 hours.",
                "This is an automated message; please do not reply.",
            ],
        ),
        r(["{company} Careers", "The {company} Recruiting Team", "Thanks,\n{company}"]),
    )
    s = r(
        [
            "Your {company} candidate account",
            "Password reset request",
            "Verify your email address",
            "Complete your application to {company}",
            "Welcome to the {company} Talent Community",
            "You left an application unfinished",
        ]
    )
    return (
        s,
        body,
        r(
            [
                "{company} <{cslug}@myworkday.com>",
                "{company} Careers <noreply@{cslug}.icims.com>",
                "{company} <no-reply@{cdomain}>",
            ]
        ),
    )


def careers_event(rng, c):
    r = R(rng, c)
    body = r.body(
        greet(r, 0.3),
        r(
            [
                "You're invited to {company}'s virtual careers [[open evening|fair|insight session]] on {date} at {time} {tz}.",
                "Join us at the [[University Careers Fair|Graduate Jobs Fair|Tech Hiring Meetup]] on {date} — {company} and [[30|50|80]] other employers will be recruiting.",
                "Our careers newsletter: new roles, tips for interviews and a look inside the {team} team.",
            ]
        ),
        r.maybe(
            0.6,
            [
                "[[Register now|Save your spot|RSVP]]: https://{cdomain}/events/{ref}",
                "Spaces are limited, so book early.",
            ],
        ),
        r.maybe(0.4, "Unfortunately we can't offer travel expenses for in-person events."),
        r(["See you there!\n{company} Early Careers", "The {company} Talent Team"]),
        r.maybe(0.6, "Unsubscribe from careers emails | Privacy Policy"),
    )
    s = r(
        [
            "You're invited: {company} careers evening",
            "Careers fair on {date}",
            "{company} Careers Newsletter - {month}",
            "Meet {company} at our open evening",
        ]
    )
    return (
        s,
        body,
        r(
            [
                "{company} Early Careers <earlycareers@{cdomain}>",
                "Careers Service <careers@pinecrest.edu>",
            ]
        ),
    )


FAMILIES = [
    ("linkedin-job-alert", linkedin_alert, 40, "job_alert"),
    ("indeed-job-alert", indeed_alert, 28, "job_alert"),
    ("glassdoor-job-alert", glassdoor_alert, 14, "job_alert"),
    ("career-site-job-alert", career_site_alert, 18, "job_alert"),
    ("recruiter-pitch", recruiter_pitch, 56, "recruiter_outreach"),
    ("linkedin-inmail", linkedin_inmail, 24, "recruiter_outreach"),
    ("agency-pitch", agency_pitch, 20, "recruiter_outreach"),
    ("recruiter-followup-nudge", recruiter_followup_nudge, 16, "recruiter_outreach"),
    ("withdrawal-confirmation", withdrawal_confirmation, 12, "other_job"),
    ("careers-account-system", account_system, 16, "other_job"),
    ("careers-event-newsletter", careers_event, 12, "other_job"),
]
