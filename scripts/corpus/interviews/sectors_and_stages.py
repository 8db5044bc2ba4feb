"""Interview invitations that apologise or regret: delays, sick interviewers, superdays,
shortlists (families br-int-*).

Greetings, sign-offs, footers and the family
builder are shared with the br-* rejections in scripts/corpus/voices/base_letters.py.
"""

from __future__ import annotations

from ..voices.base_letters import bye, bye_team, fam, hi, hi_formal, kind_of, person, quoted

_FAMILIES = [
    # --- interviews ------------------------------------------------------------------------
    fam(
        "br-int-regret-delay-invite",
        14,
        [person],
        [
            "{role} - interview invitation",
            "Re: your application",
            "Apologies for the delay - {role}",
        ],
        hi,
        [
            "We regret the delay in getting back to you; it has been a busy few weeks.",
            "Apologies for the slow response, and thank you for your patience.",
        ],
        [
            "We'd like to invite you to interview for {role}. Are you free on {date2} at {time}?",
            "The team enjoyed reading your application and we would love to set up a first interview.",
            "Good news: we'd like to move you forward to a [[video|phone|first-round]] interview.",
        ],
        (
            0.5,
            [
                "Please pick a slot here: https://cal.{cdomain}/{tok}",
                "Reply with a few times that work and I'll send an invite.",
            ],
        ),
        bye,
    ),
    fam(
        "br-int-interviewer-sick",
        14,
        [person],
        ["Re: interview on {date}", "Change to your interview", "Need to reschedule - {role}"],
        hi,
        [
            "Unfortunately {mfirst}, who was due to interview you [[tomorrow|on {date}|this afternoon]], is [[off sick|unwell|out with the flu]].",
            "I'm so sorry for the late notice, but our hiring manager has had a family emergency and can't make your interview.",
        ],
        [
            "Could we reschedule to {date2} at {time2}? If that doesn't work, send me a couple of options.",
            "We'd still very much like to speak with you. Can we move it to later this week?",
            "Please accept our apologies; we'll find a new time as soon as possible.",
        ],
        bye,
    ),
    fam(
        "br-int-shortlisted-public",
        12,
        ["{trust} Recruitment <recruitment@{trustdom}>", "NHS Jobs <no-reply@jobs.nhs.uk>"],
        ["Invitation to interview - {role} ({ref})", "Shortlisting outcome - {ref}"],
        hi_formal,
        [
            "I am pleased to tell you that you have been shortlisted for the post of {role}, reference {ref}.",
            "Following shortlisting, we would like to invite you to interview for {role}.",
        ],
        [
            "Interviews will take place on {date2} at {location}. Please book a slot through your account.",
            "The interview will include a short presentation on [[patient safety|a recent challenge|service improvement]].",
        ],
        (
            0.5,
            [
                "If you are unable to attend, unfortunately we may not be able to offer an alternative date.",
                "Please bring photo ID and proof of your right to work.",
            ],
        ),
        ["Recruitment Team\n{trust}"],
        setup={
            "trust": [
                "{city} Teaching Hospitals NHS Foundation Trust",
                "{city} Community Health NHS Trust",
            ],
            "trustdom": ["nhs.net"],
        },
        sector="health",
    ),
    fam(
        "br-int-superday",
        12,
        ["{company} Campus Recruiting <campus@{cdomain}>", person],
        [
            "{company} Superday invitation",
            "Final round - Summer Analyst {year}",
            "Invitation: {company} Superday",
        ],
        hi,
        [
            "Congratulations! Following your first-round interview, we are delighted to invite you to our Superday on {date2}.",
            "You've been selected to advance to the final round of our {year} Summer Analyst recruiting.",
        ],
        [
            "You will meet [[three|four]] members of the team for back-to-back interviews. Please confirm your attendance by {date}.",
            "Travel and accommodation will be arranged by our events team.",
        ],
        bye_team,
        sector="finance",
    ),
    fam(
        "br-int-thread-moving-forward",
        14,
        [person],
        ["Re: {role} - next steps", "RE: Checking in", "Re: Application status"],
        ["Hi {first},\n\n", "{first},\n\n"],
        [
            "Thanks for your patience! The team reviewed your application and we'd like to move you to the next round.",
            "Sorry I went quiet - good news, the hiring manager wants to meet you.",
        ],
        ["Could you do {date2} at {time}?", "I'll send over a few time slots shortly."],
        bye,
        quoted(
            [
                "Hi {rfirst},\n\nI hope you're well. I wanted to check on the status of my application for {role}.\n\nThanks,\n{first}",
                "Hello, just following up on {role}. Is the role still open?\n\nBest,\n{full}",
            ],
            who="{full} <{cmail}>",
        ),
    ),
    fam(
        "br-int-impressed-onsite",
        12,
        [person],
        ["Next steps - onsite", "{company}: take-home feedback", "Onsite invitation - {role}"],
        hi,
        [
            "We were really impressed by your take-home - the reviewers particularly liked your tests and write-up.",
            "Your pairing session went very well, and the team was impressed.",
        ],
        [
            "We'd like to invite you to the final onsite on {date2}.",
            "The next step is a half-day of final interviews with the team.",
        ],
        (
            0.5,
            [
                "Unfortunately we can't cover travel, but we can do it virtually if easier.",
                "Let me know if you need any accommodations.",
            ],
        ),
        bye,
    ),
    fam(
        "br-int-slot-unavailable",
        12,
        [person, "{company} Scheduling <scheduling@{cdomain}>"],
        ["Interview time - {role}", "Re: your availability", ""],
        hi,
        [
            "Unfortunately the slot you picked for {date} is no longer available, as the panel's calendar changed.",
            "Sorry, we can't do {time} on {date} after all.",
        ],
        [
            "Could you choose another time from the link below? We'd still love to speak with you about {role}.",
            "Would {date2} at {time2} work instead? The interview itself is unchanged.",
        ],
        bye,
    ),
]

FAMILIES = [(name, fn, count, kind_of(name)) for name, fn, count in _FAMILIES]
