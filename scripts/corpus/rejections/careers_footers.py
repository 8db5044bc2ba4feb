"""A clear refusal above a long careers-site / newsletter / job-alert footer (families
w2-footer-*; voice in voices/footer_letters.py).
"""

from __future__ import annotations

from ..voices.footer_letters import letter, mobile
from ..voices.portal_letters import family

REFUSALS = [
    "We've [[now|]] reviewed your application for {role}, and we won't be taking it further.",
    "After looking closely at your experience against what the {role} role needs, we've decided not to move forward with your application.",
    "Your application for {role} [[has not been successful|was not successful]] [[this time|on this occasion]].",
    "We have decided to progress [[other candidates|a small number of other applicants]] whose experience is closer to the brief for {role}.",
    "The {team} team has finished reviewing applications for {role}, and yours will not go through to the [[next stage|interview stage]].",
    "We're sorry, but we won't be inviting you to interview for {role}.",
    "Thank you for applying, but we have [[chosen|decided]] to [[pursue|go ahead with]] other profiles for this [[job|opening]].",
    "We regret that we cannot offer you the {role} position.",
    "Following review of your application we [[have to inform you|must tell you]] that we will not continue with your candidacy for the position of {role}.",
    "Please be informed that your application for {role} was not retained for the next step of our selection process.",
    "The role of {role} has [[now|]] been filled, so we won't be progressing your application.",
]

AFTER_REFUSAL = [
    "We know this isn't the answer you were hoping for, and we wish you every success.",
    "Feel free to apply for other roles with us in the future.",
    "We'd love to stay in touch \u2013 take a look at the roles below.",
    "Because of the number of applications we receive we can't give individual feedback at this stage.",
    "",
]
SUBJECTS = [
    "Your application to {company}",
    "Update on your application: {role}",
    "{role} at {company}",
    "Thank you for your application",
    "Regarding your application",
    "{company} Careers \u2013 application update",
    "Your candidacy \u2013 {role}",
]


FAMILIES = [
    family("w2-footer-refusal-long", 46, "rejection", letter(REFUSALS, AFTER_REFUSAL, SUBJECTS)),
    family(
        "w2-footer-refusal-mobile",
        30,
        "rejection",
        mobile(
            REFUSALS, ["Best of luck with your search.", "Good luck!", "Thanks for applying.", ""]
        ),
    ),
]
