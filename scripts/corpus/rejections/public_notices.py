"""Public-sector refusals: not referred, ineligible, not qualified, not among the best qualified,
announcement cancelled; failed sift; not shortlisted (families w2-pub-*; voice in
voices/public_notices.py).
"""

from __future__ import annotations

from ..voices.portal_letters import family
from ..voices.public_notices import local_letter, sift_result, us_notice

US_REJ = {
    "Not referred": [
        "Your application was [[reviewed|evaluated]] and you were found eligible and qualified; however, you were not among the best qualified candidates, and your name was not referred to the hiring official.",
        "You met the minimum qualifications, but your rating did not place you in the [[highest|Best Qualified]] category, so your application was not referred to the selecting official for consideration.",
        "Based on your assessment score, you were not referred to the hiring manager for further consideration.",
    ],
    "Ineligible": [
        "You were found ineligible for this position. This announcement was open only to current permanent federal employees, and your application did not include documentation of eligibility under that area of consideration.",
        "We determined that you are not eligible for this position because the required supporting documents (for example a recent SF-50 or transcript) were not received by the closing date.",
        "Your application was found ineligible because you did not answer the required eligibility questions.",
    ],
    "Not qualified": [
        "You were found not qualified for this position. Your application did not show at least one year of specialized experience equivalent to the next lower grade level, as described in the announcement.",
        "Based on the information provided, you do not meet the minimum qualification requirements for the grade for which you applied.",
        "Your r\u00e9sum\u00e9 did not show the education or experience required, and you were rated not qualified.",
    ],
    "Not selected": [
        "Your name was referred to the selecting official, who has made a selection. You were not selected for this position.",
        "The hiring official has selected another applicant for this vacancy. We appreciate your interest and encourage you to apply for future announcements.",
    ],
    "Cancelled": [
        "This vacancy announcement has been cancelled, and no selection will be made from it. [[No further action will be taken on your application.|Applications received will not be considered.]]",
        "The announcement was cancelled by the hiring office because the position is no longer needed. Your application will not be considered further.",
    ],
}

UK_REJ = [
    "A minimum score of {needed} was required for each behaviour. [[I'm sorry to tell you|I am sorry to let you know|Unfortunately]] your application did not meet the required standard at the sift, and you will not progress to interview.",
    "Your application was assessed against the essential criteria and [[has not been|was not]] successful at the sift stage on this occasion.",
    "The panel did not score your personal statement at the level needed to progress, so your application has been [[unsuccessful|closed]].",
    "Due to the high number of applications, only candidates scoring {needed} or above in every area were invited to interview. You did not reach this score and will not be taken forward.",
    "Your application met the minimum standard but, because of the number of strong candidates, the panel applied a higher pass mark and you have not been shortlisted.",
]

UK_AFTER_REJ = [
    "If you would like feedback, please reply to this e-mail within [[5|10]] working days.",
    "We encourage you to look at other vacancies on Civil Service Jobs.",
    "Your scores for each behaviour are available in your account.",
    "",
]

LOCAL_REJ = [
    "The panel sat on {date} to shortlist, and [[I regret to tell you|I am sorry to say|I must let you know]] that your name is not on the interview list [[this time|for this post]].",
    "Measured against the essential criteria in the person specification, your application did not show [[enough|sufficient]] evidence against [[criterion 3|the essential criteria for experience|all of the essential criteria]], so we will not be taking it further.",
    "The panel were unable to include you in the list of candidates invited to interview.",
    "The shortlisting panel looked at your application, and it will not be moving on to the interview stage.",
    "I am writing to let you know that the appointment has now been made and that your application was unsuccessful.",
    "We have decided not to fill this post at present, and the recruitment has been withdrawn. Your application will therefore not be considered further.",
    "Sorry to inform that after shortlisting your application for the post was not taken forward to interview.",
]
LOCAL_AFTER = [
    "If you would like feedback, please contact {rfirst} {rlast} on 01[[632|734|902]] [[960|714|228]] [[118|402|555]].",
    "We are grateful for your interest in a career with us and hope to see your name on future applications.",
    "We receive a very high number of applications and are unable to give individual feedback at shortlisting stage.",
    "",
]


FAMILIES = [
    family("w2-pub-us-notice-refused", 42, "rejection", us_notice(US_REJ)),
    family(
        "w2-pub-uk-sift-failed", 30, "rejection", sift_result(UK_REJ, UK_AFTER_REJ, passed=False)
    ),
    family("w2-pub-local-not-shortlisted", 34, "rejection", local_letter(LOCAL_REJ, LOCAL_AFTER)),
]
