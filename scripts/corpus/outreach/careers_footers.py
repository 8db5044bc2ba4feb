"""Job alerts wearing the long careers footers of rejections/careers_footers.py (family
w2-footer-job-alert; voice in voices/footer_letters.py).
"""

from __future__ import annotations

from ..engine import R
from ..voices.footer_letters import BANNERS
from ..voices.portal_letters import family, jobs_you_may_like, long_footer, no_reply

ALERT_HEAD = [
    "New jobs matching your alert \u201c{role}\u201d",
    "[[{n}|Several|A few]] new roles [[match|fit]] your preferences",
    "Your weekly job alert from {company}",
    "Fresh openings at {company} this week",
    "We found jobs you might like",
]

ALERT_INTRO = [
    "Hi {first}, here are the latest openings that match your saved search.",
    "Based on your profile and saved searches, these [[positions|vacancies]] were posted [[this week|in the last 7 days]].",
    "You asked us to let you know when new roles in {city} are posted. Here they are:",
    "Good news \u2013 new jobs have been published that fit your alert.",
]


def alert(r: R) -> tuple[str, str, str]:
    r.c["n"] = str(r.rng.randint(2, 9))
    listing = jobs_you_may_like(r)
    parts = [
        r(BANNERS),
        r(ALERT_INTRO),
        listing,
        r(
            [
                "",
                "Not quite right? Edit your alert to get better matches.",
                "Apply in two minutes with your saved profile.",
            ]
        ),
        long_footer(r, jobs=0.2),
    ]
    return r(ALERT_HEAD), r.body(*parts), no_reply(r)


FAMILIES = [family("w2-footer-job-alert", 30, "job_alert", alert)]
