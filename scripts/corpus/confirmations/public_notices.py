"""Public-sector notices that keep the application open: referred to the hiring official,
eligible, received, under review (families w2-pub-*; voice in voices/public_notices.py). Hard
negatives for rejections/public_notices.py.
"""

from __future__ import annotations

from ..voices.portal_letters import family
from ..voices.public_notices import local_letter, us_notice

US_NEG = {
    "Referred": [
        "You were found eligible and qualified, and you are among the best qualified candidates. Your application has been referred to the hiring official for further consideration.",
        "Your application has been referred to the selecting official. If the hiring manager wishes to interview you, you will be contacted directly.",
        "Based on your assessment score, you were referred to the hiring manager for further consideration.",
    ],
    "Eligible": [
        "You were found eligible for this position under the area of consideration. Your application will now be rated against the qualification requirements.",
        "We determined that you are eligible for this position, and your supporting documents were received by the closing date.",
    ],
    "Received": [
        "Your application has been received and will be reviewed once the announcement closes on {date2}.",
        "Your application was received. The Human Resources office will review it and update your status within [[10 business days|approximately 4 weeks]] of the closing date.",
    ],
    "Reviewing applications": [
        "The Human Resources office is now reviewing applications for minimum qualifications. No action is required from you at this time.",
        "Applications are being evaluated. You will receive a further notice once a referral list has been issued.",
    ],
}

LOCAL_RECEIVED = [
    "This is to confirm that we have received your application. Shortlisting will take place after the closing date, {ndate}.",
    "Your application has been received and passed to the recruiting manager for shortlisting.",
    "We have received your application form and supporting statement. The shortlisting panel will meet after the closing date.",
    "Your application has been submitted. You can track its progress in your applicant account.",
]
LOCAL_AFTER = [
    "Shortlisting normally takes [[three|four]] weeks after the closing date, and only shortlisted applicants will be contacted.",
    "Please note we are unable to acknowledge requests for progress updates before shortlisting.",
    "",
]


FAMILIES = [
    family("w2-pub-us-notice-referred", 34, "application_received", us_notice(US_NEG)),
    family(
        "w2-pub-local-received",
        22,
        "application_received",
        local_letter(LOCAL_RECEIVED, LOCAL_AFTER),
    ),
]
