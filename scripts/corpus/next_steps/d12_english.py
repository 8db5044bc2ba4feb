"""Next steps in the skeletons of the d12-en-* rejections (families d12-en-*-twin; helper
d12, issue 11, twelfth pass; voice: voices/d12_english.py): the take-home or a second trial
after the first, and an assessment with a deadline under the long careers footer."""

from __future__ import annotations

from ..voices.d12_english import system_notice, thread_reply
from ..voices.d12_quiet import portal_message

NXT = "next_steps"

AFTER_TRIAL_TWIN = thread_reply(
    [
        "Re: Trial day",
        "Your take-home exercise",
        "RE: Technical task - {role}",
        "Re: Trial shift on {weekday}",
        "Re: Case study",
    ],
    [
        "We've reviewed your take-home with the team and would like you to do the second part, a short extension due by {date2}.",
        "Thanks for the trial day. Before we decide, could you send two references by {weekday}?",
        "The head chef would like you back for a second trial shift on {date2} - are you free from 4pm?",
        "Your exercise was solid. The next step is a live review: please pick a 60-minute slot before {date2}.",
        "Please find the case study brief attached; it needs to be returned by 9am on {date2}, unfortunately we can't extend it.",
    ],
    [
        "Thanks for giving us your time on the exercise, we know it's a real ask.",
        "It was great having you in for the day.",
        "Thanks for the effort you put into the task.",
    ],
    [
        "Let me know if anything in the brief is unclear.",
        "We'll pay the trial-day fee as agreed by the end of the month.",
        "Thanks again.",
    ],
)

CAREERS_FOOTER_TWIN = system_notice(
    [
        "Action required: {role} assessment",
        "{company} | Complete your assessment",
        "Next step: online test",
        "Your invitation to the {role} assessment",
    ],
    [
        "Thank you for applying for {role}. The next step is an online assessment; please complete it by {date2}, after which the link expires.",
        "Your application has moved forward. Please complete the 30-minute numerical test within five days.",
        "To continue with your application, upload your right-to-work documents before {date2}. Applications without them cannot progress.",
        "We'd like you to record a short video interview - three questions, about 15 minutes. The deadline is {date2}.",
    ],
    [
        "We appreciate the time you took to apply.",
        "Need adjustments for the assessment? Just reply to this email.",
    ],
    footer_p=1.0,
)

FAMILIES = [
    ("d12-en-after-trial-twin", AFTER_TRIAL_TWIN, 16, NXT),
    ("d12-en-careers-footer-task", CAREERS_FOOTER_TWIN, 14, NXT),
]

# --- quiet twins (voice: voices/d12_quiet.py) --------------------------------------------

PORTAL_MESSAGE_TWIN = portal_message(
    [
        "Please upload your certificates and proof of address by {date2} so we can continue with your application.",
        "The hiring team has reviewed your profile and would like you to complete a short questionnaire before the interview.",
        "Your application is missing an answer to the eligibility question. It can't progress until this is completed.",
        "After the assessment centre, the panel would like to take up your references. Please confirm your referees' details.",
    ]
)

FAMILIES += [("d12-en-portal-message-twin", PORTAL_MESSAGE_TWIN, 14, NXT)]
