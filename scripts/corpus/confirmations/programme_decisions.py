"""Programme application confirmations (family w2-prog-application-received; voice in
voices/programme_letters.py). Hard negatives for rejections/programme_decisions.py.
"""

from __future__ import annotations

from ..voices.portal_letters import family
from ..voices.programme_letters import programme_mail

RECEIVED = [
    "We've received your application for the {prog} {year}. Our team will review it and, if you progress, invite you to the online assessments.",
    "Application submitted! We shortlist for the {prog} as applications come in, so you could hear from us before the closing date.",
    "This is to confirm that your application to the {prog} is complete. Next, our recruiters will screen your application against the entry requirements.",
]

RECEIVED_AFTER = [
    "If you are not shortlisted, we will let you know by e-mail.",
    "You can track your application in the applicant portal.",
    "Keep an eye on your inbox (and spam folder) for the test invitation.",
    "Spaces on the programme are limited, and we review every application carefully.",
]

FAMILIES = [
    family(
        "w2-prog-application-received",
        20,
        "application_received",
        programme_mail("app", RECEIVED, RECEIVED_AFTER),
    )
]
