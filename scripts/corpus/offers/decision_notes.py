"""Offers in the skeletons of the w5 person-written notes (helper W5, issue 11; written for
rejectwatch): a revised offer that withdraws and replaces the earlier letter, and an offer after
a final round with detailed feedback (families w5-note-offer-*). Hard negatives for
w5-note-offer-rescinded and w5-note-final-round-feedback.
"""

from __future__ import annotations

from ..voices.decision_notes import FINAL_SUBJECTS, note
from ..voices.portal_letters import family

OFF = "offer"

REV_SUBJECTS = [
    "Your offer of employment \u2013 {role}",
    "Important: change regarding your offer",
    "{company} offer \u2013 update",
    "Revised offer letter",
]
REV_OPEN = [
    "Following our call earlier today,",
    "Quick update on your offer.",
    "As discussed on {weekday},",
    "",
]
REV_CORE = [
    "We have withdrawn the offer letter dated {date2} and replaced it with the attached revised offer, which reflects the higher salary we agreed.",
    "Our first letter had the wrong start date, so please disregard it: the corrected offer for {role} is attached and supersedes it.",
    "The original offer has been cancelled in the system and a new one issued with the updated job title ({role}). Nothing else changes.",
    "I'm pleased to confirm the revised terms of your offer: the sign-on bonus has been added and the earlier version is no longer valid.",
]
REV_CLOSE = [
    "Please sign the new version by {date}.",
    "Any questions, just call me.",
    "We can't wait for you to join.",
    "",
]

FINAL_OPEN = [
    "Thank you for the time you gave us across all four stages.",
    "The panel met yesterday to compare notes on the final candidates.",
    "Thanks again for presenting on {weekday}.",
]
FINAL_CORE = [
    "I'm delighted to tell you that the panel would like to offer you the {role} position.",
    "It was close, but the hiring manager has chosen you, and we'd love to make you an offer.",
    "We are pleased to offer you the role; the formal letter will follow from HR today.",
]
FINAL_CLOSE = ["I'll call you this afternoon to talk through the package.", "Congratulations!", ""]

FAMILIES = [
    family(
        "w5-note-offer-revised",
        22,
        OFF,
        note(REV_SUBJECTS, REV_OPEN, REV_CORE, REV_CLOSE, quote_p=0.1),
    ),
    family(
        "w5-note-final-round-offer",
        22,
        OFF,
        note(FINAL_SUBJECTS, FINAL_OPEN, FINAL_CORE, FINAL_CLOSE, feedback=0.6),
    ),
]
