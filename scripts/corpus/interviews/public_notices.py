"""Public-sector notices that invite to interview: sift passed, shortlisted (families w2-pub-*;
voice in voices/public_notices.py). Hard negatives for rejections/public_notices.py.
"""

from __future__ import annotations

from ..voices.portal_letters import family
from ..voices.public_notices import local_letter, sift_result

UK_PASS = [
    "A minimum score of {needed} was required for each behaviour. I am pleased to let you know that your application met the required standard and you have been invited to interview.",
    "Your application was assessed against the essential criteria and was successful at the sift stage. We would like to invite you to an interview on {date} at {time}.",
    "The panel scored your personal statement at the level needed to progress. Please book an interview slot through your account by {date2}.",
    "Congratulations \u2013 you have passed the sift. Interviews will take place by video in the week of {date}; you will receive an invitation with the exact time shortly.",
]

UK_AFTER_PASS = [
    "Please tell us about any reasonable adjustments you need for the interview.",
    "The interview will assess the behaviours listed in the advert, plus a short presentation.",
    "Please bring photographic ID to the interview.",
    "",
]

LOCAL_SHORTLISTED = [
    "The panel sat on {date} to shortlist, and I'm glad to say your name is on the interview list.",
    "Measured against the essential criteria in the person specification, your application was strong, and we would like you to come to interview on {date2} at {time}.",
    "The panel would like to include you in the list of candidates invited to the selection day.",
    "Following shortlisting, we are pleased to progress your application to the interview stage. Please confirm your attendance by {date2}.",
]
LOCAL_AFTER = [
    "Please bring proof of your right to work in the UK and two forms of identification.",
    "The interview will include a short written exercise. Please let us know if you need any adjustments.",
    "",
]

REARRANGED = [
    "I regret to tell you that the interviews on {date} have had to be rearranged. You remain shortlisted, and the new date is {date2} at {time}.",
    "Unfortunately a member of the panel is unwell, so your interview cannot take place on {date}. We are sorry for the inconvenience and will contact you with a new date.",
    "I am sorry to let you know that the venue for the interviews has changed. Your interview will now take place at {street}, {city}, at the same time.",
]

FAMILIES = [
    family(
        "w2-pub-uk-sift-passed", 24, "interview", sift_result(UK_PASS, UK_AFTER_PASS, passed=True)
    ),
    family(
        "w2-pub-local-shortlisted", 22, "interview", local_letter(LOCAL_SHORTLISTED, LOCAL_AFTER)
    ),
    family(
        "w2-pub-local-interview-rearranged", 20, "interview", local_letter(REARRANGED, LOCAL_AFTER)
    ),
]
