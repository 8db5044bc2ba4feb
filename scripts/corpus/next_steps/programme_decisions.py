"""Programme invitations to an assessment centre or online tests (families w2-prog-*; voice in
voices/programme_letters.py). Hard negatives for rejections/programme_decisions.py; each thanks the
reader for the stage before the one it invites to.
"""

from __future__ import annotations

from ..voices.portal_letters import family
from ..voices.programme_letters import programme_mail

TO_ASSESSMENT_CENTRE = [
    "We're delighted to invite you to our [[virtual|in-person]] assessment centre on {date}, starting at {time}.",
    "Congratulations \u2013 you've been selected for the final stage: an assessment day at our {city} office on {date}.",
    "Based on your video interview, we would like you to join us for the {prog} assessment centre. Please book a date by {date2}.",
]
TO_TEST = [
    "The next step is a set of online assessments. Please complete them within {days} days of receiving this e-mail.",
    "You've been invited to complete our [[numerical and verbal reasoning|situational judgement|game-based|coding]] test. The link below expires on {date2}.",
    "Please complete the online test for the {prog} by {date2}; it takes about [[30|45|60]] minutes.",
]
INVITE_AFTER = [
    "Please read the candidate guide attached before the day.",
    "Find a quiet space and a stable internet connection before you start.",
    "If you need any adjustments, reply to this e-mail and we'll arrange them.",
    "You'll find practice questions in your applicant portal.",
    "Places on each date are limited, so please book early.",
]
# apologetic changes that keep the candidate's place (hard negatives with regret words)
CENTRE_MOVED = [
    "We're sorry to tell you that the assessment centre on {date} has been postponed. Your place is kept, and we will send you a new date [[within a week|shortly]].",
    "Unfortunately we have had to cancel the {date} session because of [[a venue problem|a technical issue with our platform|assessor illness]]. Please rebook one of the remaining dates by {date2}.",
    "We regret that we have had to move the assessment centre on {date} online. Your place is kept, and the joining instructions will follow [[tomorrow|this week]].",
    "Apologies \u2013 the start time of your assessment day has changed from {time} to {time2}. Everything else stays the same.",
]
CENTRE_MOVED_AFTER = [
    "You don't need to do anything else; your application stays in the process.",
    "Sorry again for the disruption, and thank you for your flexibility.",
    "If none of the new dates work for you, reply to this e-mail and we'll find a solution.",
]

FAMILIES = [
    family(
        "w2-prog-assessment-centre-invite",
        26,
        "next_steps",
        programme_mail("test", TO_ASSESSMENT_CENTRE, INVITE_AFTER, 0.3),
    ),
    family(
        "w2-prog-online-test-invite",
        24,
        "next_steps",
        programme_mail("app", TO_TEST, INVITE_AFTER, 0.3),
    ),
    family(
        "w2-prog-assessment-moved",
        22,
        "next_steps",
        programme_mail("test", CENTRE_MOVED, CENTRE_MOVED_AFTER, 0.3),
    ),
]
