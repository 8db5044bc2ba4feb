"""The same shapes as the tr-* rejections, still deciding or neutral: public receipts, neutral
ATS statuses, threads where no one has been chosen yet (families tr-*).

The greetings, sign-offs, senders and
family builder these families share are in scripts/corpus/voices/threads.py.
"""

from __future__ import annotations

from ..voices.house_styles import family
from ..voices.threads import (
    FROM,
    HELLO,
    OFFICES,
    PORTALS,
    RCV,
    STATUS_HEAD,
    STATUS_NEUTRAL,
    STATUS_TAIL,
    SUBJECTS,
    WARMTH,
    quoted,
    sig,
    status_line,
)

FAMILIES = [
    family(
        "tr-public-receipt",
        20,
        ["{office} <no-reply@{odomain}>", "no-reply@{odomain}"],
        [
            "Application received - {req}",
            "Acknowledgement: {role}",
            "{req}: we have your application",
        ],
        ["Dear {first} {last}:", "Dear Applicant,"],
        [
            "Your application for {role} ({req}) [[has been received|was submitted on {date}]].",
            "[[Thank you for applying|We have received your application]] for announcement {req}.",
        ],
        [
            "[[Qualified applicants|Applicants found qualified]] will be referred to the hiring "
            "manager [[after the closing date|once rating is complete]]; you will be notified "
            "[[either way|of the outcome]] through your applicant account.",
            "Eligibility is [[reviewed|assessed]] after the announcement closes. [[You can "
            "check|Check]] your status [[at any time|online]].",
        ],
        ["{office}", "Staffing Unit, {office}"],
        kind=RCV,
        orgs={"office|odomain": OFFICES},
    ),
    family(
        "tr-ats-status-neutral",
        30,
        *STATUS_HEAD,
        status_line(STATUS_NEUTRAL),
        STATUS_TAIL,
        kind=RCV,
        orgs={"portal|pdomain": PORTALS},
    ),
    family(
        "tr-thread-still-deciding",
        18,
        FROM,
        SUBJECTS,
        HELLO,
        (0.6, WARMTH),
        [
            "We're still seeing [[a couple of|two more|the last few]] [[candidates|people]] "
            "[[this week|before the end of the month]], so we haven't made a decision yet.",
            "The team hasn't picked anyone yet - {mfirst} is [[away|travelling]] until {weekday}.",
            "No decision yet, I'm afraid: we're [[meeting|interviewing]] one other finalist on "
            "{weekday}.",
        ],
        ["I'll come back to you as soon as I know more.", "Thanks for your patience."],
        sig,
        (0.8, quoted),
        kind=RCV,
    ),
]
