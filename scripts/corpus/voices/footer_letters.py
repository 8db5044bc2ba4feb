"""The voice of the w2-footer-* families: a short letter above a long careers-site / newsletter /
job-alert footer (helper W2, issue 11; written for rejectwatch). The letter's decision (a
refusal, a confirmation) is in careers_footers.py in rejections/ and confirmations/; the job
alert wearing the same footers is in outreach/careers_footers.py.
"""

from __future__ import annotations

from ..engine import R
from .portal_letters import HELLO, bye, jobs_you_may_like, long_footer, no_reply

BANNERS = [
    "View this email in your browser",
    "[image: {company} logo]",
    "{company} | Careers",
    "Having trouble viewing this e-mail? Open it online.",
    "[{company}]",
    "CAREERS AT {company}",
    "",
    "",
]

THANKS = [
    "Thank you for applying to {company}.",
    "Thanks for your interest in joining {company} as {arole}.",
    "Thank you for the time you invested in your application{reqtxt}.",
    "We appreciate you considering {company} for the next step in your career.",
    "Many thanks for your application for the position {role}.",
    "",
]


def letter(main: list[str], after: list[str], subjects: list[str], thanks: list[str] = THANKS):  # type: ignore[no-untyped-def]
    """Banner, greeting, thanks, the decision (``main``) and a line ``after`` it, a sign-off and
    a long footer; sometimes a 'jobs you may like' block above the letter."""

    def write(r: R) -> tuple[str, str, str]:
        parts = [
            r(BANNERS),
            r(HELLO),
            r(thanks),
            r(main),
            r(after),
            bye(r),
            long_footer(r, jobs=0.7),
        ]
        if r.chance(0.3):  # footer first, e.g. a digest header above the letter
            parts.insert(1, jobs_you_may_like(r))
        return r(subjects), r.body(*parts), no_reply(r)

    return write


def mobile(main: list[str], closing: list[str]):  # type: ignore[no-untyped-def]
    """Two lines of letter, then a footer in a narrow 'mobile' layout with a line per item."""

    def write(r: R) -> tuple[str, str, str]:
        foot = long_footer(r, jobs=0.9).replace(" | ", "\n").replace(" \u00b7 ", "\n")
        parts = [
            r(["Hi {first},", "{first},", ""]),
            r(main),
            r(closing),
            r(["\u2013 {company} Recruiting", "{company}", "Team {company}"]),
            foot,
        ]
        return (
            r(["", "{company}", "Re: {role}", "About your application"]),
            r.body(*parts),
            no_reply(r),
        )

    return write
