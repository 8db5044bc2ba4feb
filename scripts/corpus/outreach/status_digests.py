"""Other job mail in the w5 skeletons (helper W5, issue 11; written for rejectwatch): the
referrer's copy of a referred friend's decision (an ATS record about someone else), and job
alerts with "not a match?" wording (families w5-referral-*, w5-alert-*). Skeletons in
voices/status_digests.py.
"""

from __future__ import annotations

from ..rejections.status_digests import DISPOSITIONS as REFERRAL_LINES
from ..voices.portal_letters import family
from ..voices.status_digests import board_relay, record

REFERRAL_HEAD = [
    "Referral update: someone you referred has a status change.",
    "Thanks for referring a friend! Here's where their application stands.",
    "Your referral's application record changed:",
]
REFERRAL_MEANING = [
    "We've let {mfirst} know directly; you don't need to pass anything on.",
    "The candidate has been informed by our recruiting team. Thanks for thinking of us \u2013 keep the referrals coming.",
    "Referral bonuses are only paid for hires, but every referral helps us.",
]
ALERT = [
    "12 new jobs match \u201c{role}\u201d near {city}. Not a match? Tell us and we'll tune your recommendations.",
    "We picked these jobs for you. Not the right fit? Tap \u201cNot interested\u201d and we'll show fewer like them.",
    "New roles similar to {role} at {company}. Didn't get the job you wanted? These might suit you better.",
    "These jobs are a strong match for your profile. Jobs that aren't a match can be hidden from your feed.",
]
ALERT_INTRO = ["", "Your job alert for {role}", "Good morning! Here are today's picks."]
ALERT_AFTER = ["Turn off this alert at any time.", "Alerts are sent daily.", ""]

FAMILIES = [
    family(
        "w5-referral-friend-disposition",
        26,
        "other_job",
        record(
            REFERRAL_LINES,
            REFERRAL_MEANING,
            who="{mfirst} {mlast}",
            head=REFERRAL_HEAD,
            subjects=[
                "Referral update",
                "Your referral: {mfirst} {mlast}",
                "Status change for a candidate you referred",
                "Employee referral programme – update",
            ],
        ),
    ),
    family(
        "w5-alert-not-a-match",
        26,
        "job_alert",
        board_relay(
            ALERT,
            ALERT_AFTER,
            [
                "New jobs for you: {role}",
                "Jobs you may like",
                "Your daily job alert",
                "{role} jobs near {city}",
            ],
            intros=ALERT_INTRO,
            jobs=1.0,
        ),
    ),
]
