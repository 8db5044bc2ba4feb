"""Programme offers after the assessment centre (family w2-prog-place-offered; voice in
voices/programme_letters.py). Hard negatives for rejections/programme_decisions.py.
"""

from __future__ import annotations

from ..voices.portal_letters import family
from ..voices.programme_letters import programme_mail

OFFERED = [
    "We are delighted to offer you a place on the {company} {prog} {year}!",
    "Congratulations \u2013 following the assessment centre, we'd like to offer you a place in our {prog} cohort starting in {month}.",
    "I'm thrilled to let you know that you have been successful, and we are offering you a place on the {prog}.",
    "Great news: the assessors were impressed and we'd love you to join the {prog} this {month}.",
]

OFFERED_AFTER = [
    "Your offer letter and contract are attached; please accept in the applicant portal by {date2}.",
    "We'll be in touch shortly about your start date, induction and the pre-employment checks.",
    "Your offer is conditional on satisfactory references and a right-to-work check.",
    "Please confirm whether you accept by replying to this e-mail within {days} days.",
]

FAMILIES = [
    family("w2-prog-place-offered", 22, "offer", programme_mail("ac", OFFERED, OFFERED_AFTER))
]
