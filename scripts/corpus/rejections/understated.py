"""Job rejections with job context but little rejection vocabulary (families ctx-rej-*).

The greetings, sign-offs, senders and
family builder these families share are in scripts/corpus/voices/understated.py.
"""

from __future__ import annotations

from ..voices.base_letters import fam
from ..voices.understated import GREET, GREET_CASUAL, GREET_FORMAL

# --- job rejections with job context and little rejection vocabulary ---------------------------
JOB_SENDERS = [
    "{company} Careers <careers@{cdomain}>",
    "{company} Talent <talent@{cdomain}>",
    "{rfull} <{rmail}>",
    "{rfirst} at {company} <{rmail}>",
    "{company} People Team <people@{cdomain}>",
]
RECRUITER_SIGN = [
    "Best,\n{rfirst}\n{rtitle}, {company}",
    "Thanks,\n{rfirst}",
    "Regards,\n{rfull}\nTalent Acquisition, {company}",
    "{rfirst} | {company} Recruiting",
    "All the best,\n{rfull}",
]

FAMILIES = [
    fam(
        "ctx-rej-role-filled-plain",
        14,
        JOB_SENDERS,
        ["{role} - update", "Re: {role} at {company}", "The {role} vacancy", ""],
        GREET,
        [
            "Thanks for applying for the {role} job at {company}.",
            "I wanted to close the loop on your application for {role}.",
        ],
        [
            "We've filled the role now, so we won't be taking your application any further.",
            "The {role} vacancy has been filled and the hiring process is closed.",
            "We've now hired for {role}, and the job ad has come down.",
        ],
        (
            0.5,
            [
                "Do keep an eye on our careers page for new openings.",
                "Thanks for the time you put into your application.",
            ],
        ),
        RECRUITER_SIGN,
    ),
    fam(
        "ctx-rej-background-closer",
        14,
        JOB_SENDERS,
        ["Your application: {role}", "{company} | {role}", "Update from {company} recruiting", ""],
        GREET,
        [
            "Thank you for your interest in the {role} role and for sending your CV.",
            "Thanks for talking with our recruiter about {role} last week.",
        ],
        [
            "We're going with someone whose background fits more closely with what the team needs right now.",
            "The hiring team has chosen to continue with applicants whose experience lines up more directly with the job.",
            "We've picked a candidate with more hands-on experience in [[our stack|the sector|people management]] for this role.",
        ],
        (
            0.5,
            [
                "We'd be happy to hear from you about future openings.",
                "Your resume will stay in our system, and you can apply to other roles any time.",
            ],
        ),
        RECRUITER_SIGN,
    ),
    fam(
        "ctx-rej-hm-chose-another",
        12,
        JOB_SENDERS,
        [
            "Re: {role} interview",
            "{role} at {company} - decision",
            "Following up on your interview",
        ],
        GREET,
        [
            "Thanks again for interviewing with the {team} team for the {role} job.",
            "It was good to have you in for the interviews with {mfirst} and the team.",
        ],
        [
            "The hiring manager has chosen another person for the job.",
            "{mfirst}, the hiring manager, has decided to go with another interviewee for the {role} post.",
            "The panel made its choice this week and picked another applicant for the job.",
        ],
        (
            0.6,
            [
                "{mfirst} asked me to pass on that your system design discussion was strong.",
                "I'd like to stay in touch for future roles on the team.",
            ],
        ),
        RECRUITER_SIGN,
    ),
    fam(
        "ctx-rej-offer-accepted-elsewhere",
        12,
        JOB_SENDERS,
        ["{role} search update", "Update on the {role} opening", ""],
        GREET,
        [
            "Quick update on the {role} search at {company}.",
            "Thanks for your patience while we finished interviews for {role}.",
        ],
        [
            "We made an offer to another finalist and they've accepted it, so the job is now taken.",
            "Another candidate accepted our offer yesterday, which means we're closing the search for {role}.",
            "We extended the offer to someone else for this opening and they've signed.",
        ],
        (
            0.5,
            [
                "Thanks for everything you put into the process.",
                "I'll reach out if something similar opens up on the team.",
            ],
        ),
        RECRUITER_SIGN,
    ),
    fam(
        "ctx-rej-portal-closed-status",
        12,
        ["{company} Careers <no-reply@{cdomain}>", "Candidate Portal <careers-noreply@{cdomain}>"],
        [
            "Application status update: {role}",
            "Your candidate profile has been updated",
            "Status change on job {req}",
        ],
        ["Hi {first},", "Dear {first},", "Hello {first} {last},"],
        [
            "The status of your application for {role} (job {req}) has changed.",
            "There is an update on a job you applied for at {company}.",
        ],
        [
            "New status: Closed - another candidate hired.\nThis job is no longer accepting applicants.",
            "Status: Not progressing. The hiring team has completed its review for this job.",
            "Current stage: Closed (position filled). No further action is needed from you for this job.",
        ],
        (
            0.5,
            [
                "You can view all of your applications in the candidate portal.",
                "Set up a job alert to hear about new roles at {company}.",
            ],
        ),
        ["{company} Talent Acquisition", "The {company} Recruiting Team"],
    ),
    fam(
        "ctx-rej-agency-client-went-internal",
        12,
        ["{rfull} <{rfirst}@{agencydom}>", "{rfirst} | {agency} <{rfirst}@{agencydom}>"],
        ["{role} - client update", "Re: {role} with my client", "quick one re the {role} role", ""],
        GREET_CASUAL,
        [
            "Quick update on the {role} job I put you forward for.",
            "Heard back from my client about the {role} opening this morning.",
        ],
        [
            "They've decided to move someone across internally, so they're not going ahead with external candidates.",
            "The client has hired an internal candidate and pulled the vacancy.",
            "They went with a candidate from another agency who could start straight away.",
        ],
        (
            0.6,
            [
                "I've got a couple of other roles that might suit your CV - free for a call this week?",
                "I'll keep you front of mind for similar contracts.",
            ],
        ),
        ["{rfirst}\n{agency}", "Cheers,\n{rfirst}\nSenior Consultant, {agency}"],
        setup={
            "agency": ["Brightpath Recruitment", "Kite Talent", "Northwind Search"],
            "agencydom": ["brightpathrec.com", "kitetalent.co.uk", "northwindsearch.com"],
        },
    ),
    fam(
        "ctx-rej-cv-feedback-client",
        10,
        ["{rfull} <{rfirst}@{agencydom}>"],
        ["Feedback on your CV - {role}", "{role} - feedback from the client"],
        GREET_CASUAL,
        [
            "I sent your CV over to the hiring manager for the {role} job.",
            "Got feedback on your resume for the {role} opening.",
        ],
        [
            "They're after someone with more [[Kubernetes|B2B sales|audit|clinical]] experience, so they won't be taking you to interview.",
            "The hiring manager wants a candidate who has managed a team before, so they're passing on your CV for this one.",
        ],
        (
            0.5,
            [
                "Happy to look at tweaking your CV before the next application.",
                "Let's catch up about other roles.",
            ],
        ),
        ["{rfirst}", "Cheers,\n{rfirst}"],
        setup={"agencydom": ["brightpathrec.com", "kitetalent.co.uk", "northwindsearch.com"]},
    ),
    fam(
        "ctx-rej-final-round-panel",
        12,
        JOB_SENDERS,
        [
            "Final round - {role}",
            "{company}: decision after your final interview",
            "Re: final interview",
        ],
        GREET,
        [
            "Thank you for coming in for the final round for {role} and for the presentation you prepared.",
            "Thanks for spending the afternoon with the panel on {date}.",
        ],
        [
            "The panel has chosen another finalist for the job.",
            "After comparing the finalists, the team has picked someone else to join as {role}.",
            "We're going to offer the job to another finalist whose experience was a closer match.",
        ],
        (
            0.6,
            [
                "The panel enjoyed meeting you and would be glad to consider you for future roles.",
                "If you'd like interview feedback, I'm happy to set up a call.",
            ],
        ),
        RECRUITER_SIGN,
    ),
    fam(
        "ctx-rej-filled-internally",
        10,
        JOB_SENDERS,
        ["{role} opening at {company}", "About the {role} job", ""],
        GREET,
        [
            "Thanks for applying for {role} on the {team} team.",
            "I'm writing about the {role} job you applied for.",
        ],
        [
            "We've filled the job with an internal transfer, so we're closing the search.",
            "A colleague from another team has moved into the role, so we won't be hiring externally for it.",
            "The team has decided to promote from within for this job.",
        ],
        (
            0.4,
            [
                "We'll keep your details for future openings.",
                "Thanks for your interest in working with us.",
            ],
        ),
        RECRUITER_SIGN,
    ),
    fam(
        "ctx-rej-req-closed-budget",
        10,
        JOB_SENDERS,
        ["Update: {role} hiring", "{role} requisition closed", ""],
        GREET,
        [
            "Thank you for applying for the {role} opening.",
            "Thanks for your time on the phone screen for {role}.",
        ],
        [
            "The {team} team has closed this requisition and won't be hiring for {role} this year.",
            "Headcount for this job was moved to next year, so we've stopped the hiring process.",
            "Leadership has paused hiring for the {role} role, and the job posting is closed.",
        ],
        (
            0.5,
            [
                "If the job reopens we'll reach out to you first.",
                "Please apply again if you see it posted.",
            ],
        ),
        RECRUITER_SIGN,
    ),
    fam(
        "ctx-rej-talent-pool-other-applicant",
        10,
        JOB_SENDERS,
        ["Your application for {role}", "{company} - {role}"],
        GREET,
        [
            "Thanks for sending us your CV for {role}.",
            "We appreciate your application for the {role} job in {location}.",
        ],
        [
            "For this vacancy we're proceeding with a different applicant, and we'll hold your CV in our talent pool.",
            "We're continuing the process with other applicants for this job and have added your profile to our talent community.",
        ],
        (
            0.5,
            [
                "Our recruiters search the talent pool whenever a new role opens.",
                "You can update your profile at any time.",
            ],
        ),
        ["{company} Recruiting", "The {company} Talent Team"],
    ),
    fam(
        "ctx-rej-contract-gone",
        10,
        ["{rfull} <{rfirst}@{agencydom}>"],
        ["{role} contract", "Re: {role} contract - {location}", ""],
        GREET_CASUAL,
        [
            "Update on the [[six-month|three-month|12-month]] {role} contract.",
            "Thanks for sending your day rate and availability for the {role} contract.",
        ],
        [
            "The client has given the contract to another contractor who was available sooner.",
            "They've gone with a contractor who has done the same migration before, so they won't interview you.",
        ],
        (
            0.5,
            [
                "Lots more contracts coming up next month, I'll be in touch.",
                "Send me your updated CV when you can.",
            ],
        ),
        ["{rfirst}"],
        setup={"agencydom": ["brightpathrec.com", "kitetalent.co.uk", "contractorlink.io"]},
    ),
    fam(
        "ctx-rej-search-committee",
        10,
        ["Chair of the Search Committee <search@{unidom}>", "{rfull} <{rfirst}.{rlast}@{unidom}>"],
        [
            "Search for [[Lecturer|Assistant Professor|Research Fellow]] in {field}",
            "Faculty search update",
        ],
        GREET_FORMAL,
        [
            "Thank you for applying for the faculty post in {field} at {uni} and for the materials you sent.",
            "On behalf of the search committee, thank you for your interest in joining the department.",
        ],
        [
            "The committee has selected another candidate for the post, who has accepted our offer.",
            "The committee has completed its deliberations and has appointed another candidate to the post.",
        ],
        (
            0.5,
            [
                "We received a large number of strong applications for the post.",
                "We wish you well in your academic career.",
            ],
        ),
        ["Yours sincerely,\n{rfull}\nChair, Search Committee"],
        setup={
            "uni": ["Kingsmere University", "University of Northbridge"],
            "unidom": ["kingsmere.edu", "northbridge.ac.uk"],
            "field": ["Computational Biology", "Economics", "Mechanical Engineering", "Sociology"],
        },
    ),
    fam(
        "ctx-rej-shifts-hired",
        10,
        ["{rfirst} <{rmail}>", "{company} Store Hiring <stores@{cdomain}>"],
        [
            "Re: weekend shifts",
            "Your application for the [[barista|sales assistant|warehouse]] job",
            "",
        ],
        GREET_CASUAL,
        [
            "Thanks for dropping your CV into the store last week.",
            "Thanks for applying for the part-time job on the weekend rota.",
        ],
        [
            "We've already hired for the weekend shifts, so there isn't a job for you at the moment.",
            "The manager has taken on someone for those hours, so we won't need to interview anyone else.",
        ],
        (
            0.5,
            [
                "We hire again before Christmas, so feel free to come back then.",
                "Good luck with the job search!",
            ],
        ),
        ["{rfirst}\nStore Manager", "{rfirst}"],
    ),
    fam(
        "ctx-rej-chose-other-interviewee-short",
        12,
        ["{rfirst} <{rmail}>", "{rfull} <{rmail}>"],
        ["", "Re: our chat", "Re: {role}"],
        GREET_CASUAL,
        ["thanks for the chat on {weekday}.", "Thanks for interviewing with us."],
        [
            "We've gone with another applicant for the {role} job.",
            "We ended up hiring someone else for the {role} role.",
            "The team picked another interviewee for this one.",
        ],
        (0.4, ["Appreciate your time.", "Good luck out there."]),
        ["{rfirst}", "- {rfirst}"],
    ),
]
