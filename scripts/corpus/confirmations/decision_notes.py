"""Confirmations in the skeletons of the w5 person-written notes (helper W5, issue 11; written
for rejectwatch): a search paused with the application kept open; an application received and
the profile added to the talent community as well; the receipt in the subject with a one-line
body (families w5-note-*, w5-subject-*). Hard negatives for rejections/decision_notes.py.
"""

from __future__ import annotations

from ..voices.decision_notes import note, subject_only
from ..voices.portal_letters import family

RCV = "application_received"

PAUSED_SUBJECTS = [
    "{role} search",
    "Update: {role} vacancy",
    "An update on the {role} role",
    "{role} \u2013 short delay",
]
PAUSED_OPEN = [
    "Thank you for your patience over the last few weeks.",
    "I wanted to update you personally.",
    "We said we'd keep everyone informed about {role}.",
    "",
]
PAUSED_CORE = [
    "The {role} search is paused for a few weeks while the budget is signed off. Your application stays active, and we will pick it up as soon as we restart.",
    "No decision has been made on {role} yet: the hiring manager is on leave until {date2}, and we'll resume interviews when they're back.",
    "Hiring for {role} is on hold until the new quarter. We haven't closed any applications, yours included.",
    "We're still reviewing applications for {role}. If we decide not to go ahead with yours, I'll tell you myself rather than leave you waiting.",
]
PAUSED_CLOSE = [
    "Thanks for bearing with us.",
    "Sorry for the wait.",
    "I'll be in touch as soon as I know more.",
    "",
]

TC_SUBJECTS = [
    "Your application for {role}",
    "Thank you from {company}",
    "{company} Talent Community",
    "We've received your application",
]
TC_OPEN = ["Thank you for applying to {company}.", "Thanks for your interest in {role}.", ""]
TC_CORE = [
    "Your application for {role} has been received, and we've also added your profile to our Talent Community so our recruiters can find you for future openings.",
    "We've received your application. While it's being reviewed, your profile is also in our talent community, where it can be considered for other roles.",
    "Your application for {role} is with the hiring team, and as a member of our talent community you'll also hear about similar openings.",
]
TC_CLOSE = [
    "You can update your profile or leave the community at any time.",
    "We'll be in touch about {role} soon.",
    "",
]

SUBJ = [
    "Application received \u2013 {role}",
    "{role}: application received",
    "Thanks for applying \u2013 {company}",
    "Confirmation: {role} ({req})",
]
SUBJ_BODIES = [
    "Thanks, we'll be in touch.",
    "Got it, thank you \u2013 we'll review it this week.",
    "Thanks {first}, received with thanks.",
    "Received. The team will review it shortly.",
]

FAMILIES = [
    family(
        "w5-note-search-paused-kept",
        24,
        RCV,
        note(PAUSED_SUBJECTS, PAUSED_OPEN, PAUSED_CORE, PAUSED_CLOSE),
    ),
    family(
        "w5-note-talent-community-and-received",
        22,
        RCV,
        note(TC_SUBJECTS, TC_OPEN, TC_CORE, TC_CLOSE, quote_p=0.0),
    ),
    family("w5-subject-only-received", 22, RCV, subject_only(SUBJ, SUBJ_BODIES)),
]
