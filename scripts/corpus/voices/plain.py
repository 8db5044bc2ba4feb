"""The voice of the plain-* families: greetings, sign-offs and senders.

The families are in plain_short.py in rejections/, confirmations/, non_job/. The note of the pass that wrote them follows.

Plain, short, real-world-shaped mail (written for rejectwatch, issue 3).

Each family here has its OWN sentence pool (nothing from phrases.py), so that grouped
cross-validation by family measures whether the model generalises to phrasing it has not
seen. Rejections: short notes, internships and graduate programmes, university career
portals, status-portal updates, long ATS text with the decision buried in it. Negatives:
confirmations that promise to "contact you if", internship confirmations, short human
acknowledgements, and non-job mail with rejection words (housing, loans, scholarships,
calendar declines, cancelled orders).
"""

from __future__ import annotations

from ..engine import R


def _hi(r: R) -> str:
    return r(["Hi {first},", "Hello {first},", "Dear {first},", "{first},", "Hi,", "Hello,", ""])


def _bye(r: R) -> str:
    return r(
        [
            "Best,\n{rfirst}",
            "Thanks,\n{rfirst} {rlast}",
            "Regards,\n{rfull}\n{company}",
            "Cheers,\n{rfirst}",
            "- {rfirst}",
            "Kind regards,\n{company} Recruiting",
            "Thank you,\nThe {company} team",
            "",
        ]
    )


def _person(r: R) -> str:
    return r(["{rfull} <{rmail}>", "{rmail}", "{rfirst} {rlast} <{rinit}>", "{rfirst} <{rmail}>"])


def _org(r: R) -> str:
    return r(
        [
            "{company} <jobs@{cdomain}>",
            "{company} Recruiting <recruiting@{cdomain}>",
            "careers@{cdomain}",
            "{company} Talent Team <talent@{cdomain}>",
            "no-reply@{cdomain}",
            "{company} University Recruiting <campus@{cdomain}>",
        ]
    )
