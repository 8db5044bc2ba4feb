"""Application confirmations above the same long careers footers as the refusals in
rejections/careers_footers.py (families w2-footer-*; voice in voices/footer_letters.py).
"""

from __future__ import annotations

from ..voices.footer_letters import THANKS, letter, mobile
from ..voices.portal_letters import family

CONFIRM = [
    "We've received your application for {role}[[ and it is now with our {team} team| and passed it to the hiring team|]].",
    "Your application for {role}{reqtxt} has been submitted successfully.",
    "Thanks! We got your application for {role} at {company}.",
    "This is to confirm that we received your application for the position {role}.",
    "Your application has [[arrived|reached us]] safely. [[Our recruiters|The hiring team]] will review it [[over the coming weeks|shortly|as soon as possible]].",
    "We are happy to confirm receipt of your candidacy for {role}.",
]

CONFIRM_NEXT = [
    "We will only get back to you if your experience matches the role; otherwise your details stay in our talent pool.",
    "Whatever the outcome, you'll hear from us once the hiring team has made a decision.",
    "Please note that we contact shortlisted candidates only within [[two|three]] weeks.",
    "If your profile matches what we're looking for, a recruiter will contact you to arrange a first conversation.",
    "You can follow the progress of your application in your candidate account at any time.",
    "We aim to respond to every applicant within [[two|three|four]] weeks of the closing date.",
    "[[While you wait,|In the meantime,]] why not explore what it's like to work here?",
    "Because of the volume of applications, reviews may take a little longer than usual.",
    "",
]
SUBJECTS = [
    "Your application to {company}",
    "Application received: {role}",
    "{role} at {company}",
    "Thank you for your application",
    "We've got your application",
    "{company} Careers \u2013 application confirmation",
    "Your candidacy \u2013 {role}",
]


FAMILIES = [
    family(
        "w2-footer-confirmation-long",
        40,
        "application_received",
        letter(CONFIRM, CONFIRM_NEXT, SUBJECTS, THANKS[:4]),
    ),
    family(
        "w2-footer-confirmation-mobile",
        24,
        "application_received",
        mobile(CONFIRM, ["We'll be in touch.", "Good luck!", "Thanks for applying.", ""]),
    ),
]
