"""Other job mail in the skeletons of the w5 person-written notes (helper W5, issue 11; written
for rejectwatch): the candidate's own withdrawal confirmed, a welcome to the talent community
the candidate joined, and a terse note to a referrer about the friend they referred (families
w5-note-*, w5-terse-*). Hard negatives for rejections/decision_notes.py.
"""

from __future__ import annotations

from ..voices.decision_notes import note, terse
from ..voices.portal_letters import family

OJ = "other_job"

WD_SUBJECTS = [
    "Your application for {role}",
    "Withdrawal confirmed",
    "Re: Withdrawing my application",
    "{role} \u2013 withdrawal",
]
WD_OPEN = [
    "Thanks for letting me know.",
    "Thank you for your e-mail this morning.",
    "Understood, and thanks for telling us so quickly.",
    "",
]
WD_CORE = [
    "As you asked, I've withdrawn your application for {role}; you won't hear from us about it again.",
    "I've closed your application at your request. Congratulations on the new job \u2013 they're lucky to have you.",
    "Your withdrawal from the {role} process is confirmed. We're sorry to see you go, but we completely understand.",
    "No problem at all \u2013 I've taken you out of the process for {role} and cancelled Thursday's interview.",
]
WD_CLOSE = [
    "The door is always open if you'd like to come back to us.",
    "Best of luck in the new role!",
    "",
]

TC_SUBJECTS = [
    "Welcome to the {company} Talent Community",
    "You're in!",
    "{company} Talent Community",
    "Thanks for joining us",
]
TC_OPEN = ["Thanks for signing up on our careers site.", "Welcome aboard!", ""]
TC_CORE = [
    "You've joined our Talent Community. When a role that matches your interests opens, our recruiters will be able to find your profile.",
    "Your profile is now in our talent network. You haven't applied for any role yet \u2013 browse current openings whenever you're ready.",
    "We've added you to our talent community as you requested, and you'll get a monthly e-mail with new openings.",
]
TC_CLOSE = ["You can leave the community at any time.", "See you soon!", ""]

REFERRER = [
    "Hey, re your friend {mfirst} - we went with someone internal for that role. Just FYI since you referred them, we told them already.",
    "Quick one: {mfirst} (your referral) wasn't selected for {role}, sorry. Thanks for sending them our way!",
    "Fyi the team passed on {mfirst} for the {role} job. Keep the referrals coming though.",
    "Your referral {mfirst} didn't make it past the panel, they've been told. Thanks again!",
]

FAMILIES = [
    family(
        "w5-note-own-withdrawal-confirmed",
        24,
        OJ,
        note(WD_SUBJECTS, WD_OPEN, WD_CORE, WD_CLOSE, quote_p=0.0),
    ),
    family(
        "w5-note-talent-community-welcome",
        20,
        OJ,
        note(TC_SUBJECTS, TC_OPEN, TC_CORE, TC_CLOSE, quote_p=0.0),
    ),
    family("w5-terse-referrer-friend-decision", 22, OJ, terse(REFERRER, quote_p=0.0)),
]
