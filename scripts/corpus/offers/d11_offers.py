"""Offers that mention "regret" or "unfortunately" in passing, and thread replies where the
panel's choice fell on the reader (families d11-*; helper d11, issue 11, eleventh pass; voice:
voices/d11_mail.py).
"""

from __future__ import annotations

from ..voices.d11_mail import OFF, PERSON_FROM, THREAD_SUBJECTS, history, letter, person_sig

OFFER_REGRET = [
    "I'm delighted to offer you the {role} position. Unfortunately we couldn't quite match the "
    "salary you asked for, but we've added an extra five days of leave to make up for it.",
    "We'd love you to join us as {role}. I regret that the start date can't move beyond "
    "{date2}, because the project kicks off that week.",
    "Great news: the panel would like to offer you the job! Sadly the {city} office is full, "
    "so the first month would be remote.",
    "Please find your offer letter attached. Unfortunately the sign-on bonus isn't available "
    "for this grade, but everything else is as we discussed.",
]
CHOSEN = [
    "The panel's final choice was you, and {mfirst} will call this afternoon with the details.",
    "It came down to two people and the team chose you. Welcome aboard - formal offer to follow.",
    "We've made our decision, and we'd like to offer you the role.",
]

START_MOVED = [
    "Your offer stands, but unfortunately we need to move your start date from {date} to "
    "{date2} because the team's onboarding week has shifted.",
    "I'm sorry for the change: the {role} start is pushed back by two weeks while the new "
    "office is finished. Nothing else about your offer changes.",
    "We regret the delay in sending your contract - legal are still reviewing it - but the "
    "offer we made on the phone is confirmed.",
]

FAMILIES = [
    letter(
        "d11-off-start-date-moved",
        12,
        OFF,
        PERSON_FROM,
        ["Your offer - start date", "RE: Offer letter", "Update on your start date"],
        ["Dear {first},", "Hi {first},"],
        START_MOVED,
        (0.5, ["I'll call you this afternoon to talk it through."]),
        person_sig,
    ),
    letter(
        "d11-off-regret-in-passing",
        14,
        OFF,
        PERSON_FROM,
        ["Offer - {role}", "Your offer from {company}", "RE: {role}", "Good news"],
        ["Hi {first},", "Dear {first},", "{first}!"],
        OFFER_REGRET,
        (
            0.5,
            [
                "Let me know if you have any questions before you sign.",
                "Take a couple of days to think it over.",
            ],
        ),
        person_sig,
    ),
    letter(
        "d11-off-thread-chosen",
        12,
        OFF,
        PERSON_FROM,
        THREAD_SUBJECTS,
        ["Hi {first},", "{first},", "Dear {first},"],
        (0.6, ["Thanks so much for your patience while the team talked it through."]),
        CHOSEN,
        person_sig,
        (0.85, history),
    ),
]
