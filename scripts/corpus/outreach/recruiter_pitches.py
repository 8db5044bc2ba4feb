"""A recruiter pitching a role, cold or after a call, with the intros and pitches of the w1
recruiter decisions (family w1-recruiter-pitch; helper W1, issue 11 third pass; written for
rejectwatch).
"""

from __future__ import annotations

from ..voices import international_threads as intl

OUT = "recruiter_outreach"

AG_PITCH_INTRO = [
    "Hope you're well.",
    "I came across your profile on LinkedIn and wanted to reach out.",
    "Great to speak earlier.",
    "Following our call, here are the details.",
    "You were recommended to me by a former colleague of yours.",
    "Thanks for taking my call.",
]


AG_PITCH = [
    "{company} have asked me to find them a {role} and your background in {area} stood out.",
    "I'm working on a {role} role with {company} in {city} - {salary}, hybrid. Interested?",
    "One of my clients in {city} is hiring a {role} ({salary}); I think your experience fits very well.",
    "I'm partnering with a growing business in {city} on a {role} hire and wanted to see if "
    "you'd be open to a chat.",
    "As discussed, here's the spec for the {role} position with {company}. The hiring manager "
    "is interviewing in the next two weeks.",
]


IH_PITCH = [
    "I'm on the talent team at {company} and we're hiring a {role} in {city}; your profile "
    "came up in our search.",
    "We've just opened a {role2} position in {team} and I thought of you straight away.",
    "Following our call, here's the {role2} job description. If it appeals, I can set up a "
    "first conversation with {mfirst}.",
]


FAMILIES = [
    (
        "w1-recruiter-pitch",
        intl.recruiter(AG_PITCH_INTRO, AG_PITCH + IH_PITCH, agency=True, pitch_p=0.3),
        35,
        OUT,
    ),
]
