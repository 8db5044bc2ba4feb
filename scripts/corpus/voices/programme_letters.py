"""The voice of the w2-prog-* families: internship, graduate and apprenticeship programme mail
(helper W2, issue 11; written for rejectwatch). The decisions are in programme_decisions.py in
rejections/, next_steps/, offers/ and confirmations/.
"""

from __future__ import annotations

from ..engine import R
from .portal_letters import long_footer, no_reply

SENDERS = [
    "{company} Early Careers <earlycareers@{cdomain}>",
    "{company} Graduates <graduates@{cdomain}>",
    "{company} Student Recruitment <students@{cdomain}>",
    "{rfull} <{rmail}>",
    "{company} Apprenticeships <apprenticeships@{cdomain}>",
]

SUBJECTS = [
    "Your {prog} application",
    "{company} {prog} {year} \u2013 update",
    "Assessment centre outcome",
    "{prog}: next steps",
    "Your application to the {company} {prog}",
    "Update from {company} Early Careers",
    "{prog} {year} | {company}",
]

HELLO = [
    "Dear {first},",
    "Hi {first},",
    "Hello {first},",
    "Dear {first} {last},",
    "Hi {first}!",
    "Dear Applicant,",
]

BYE = [
    "Best wishes,\nThe {company} Early Careers Team",
    "Kind regards,\n{rfull}\nEarly Careers Recruitment",
    "Good luck,\nThe Graduate Recruitment Team",
    "Warm wishes,\n{rfirst} and the {prog} team",
    "Yours sincerely,\nStudent Recruitment | {company}",
    "Cheers,\n{rfirst}\nCampus Recruiter, {company}",
]

CONTEXT = {
    "ac": [
        "Thank you for attending our [[virtual|in-person|]] assessment centre on {date}. We hope you enjoyed meeting the team.",
        "Thanks for taking part in the {prog} assessment day \u2013 the [[group exercise|case study|presentation|in-tray exercise]], interview and everything in between.",
        "It was great to see you at the final stage of our {prog} selection process last {weekday}.",
    ],
    "test": [
        "Thank you for completing the online assessments for our {prog}.",
        "We have now received the results of the [[numerical and verbal reasoning|situational judgement|game-based|coding]] tests you completed on {date}.",
        "Thanks for taking the time to complete our online test as part of your {prog} application.",
    ],
    "app": [
        "Thank you for applying to the {company} {prog} {year}.",
        "Thanks for your application to our {year} {prog} intake.",
        "We really appreciate your interest in starting your career with {company}.",
        "Thank you for your patience while we reviewed applications for the {prog}.",
    ],
}


def programme_mail(stage: str, main: list[str], after: list[str], second_after: float = 0.0):  # type: ignore[no-untyped-def]
    """Greeting, a line about the ``stage`` the reader has just been through ("ac", "test",
    "app"), the decision (``main``), one or two lines ``after`` it, a sign-off."""

    def write(r: R) -> tuple[str, str, str]:
        body = r.body(
            r(HELLO),
            r(CONTEXT[stage]),
            r(main),
            r(after),
            r(after) if r.chance(second_after) else "",
            r(BYE),
            long_footer(r, jobs=0.2) if r.chance(0.3) else "",
        )
        return r(SUBJECTS), body, r(SENDERS) if r.chance(0.6) else no_reply(r)

    return write
