"""Other job mail in the skeletons of the w6 soft rejections (helper w6, issue 11, sixth corpus
pass; written for rejectwatch): the outcome of a friend the reader referred, told to the
referrer (family w6-oj-*). The decision is about somebody else's application.
"""

from __future__ import annotations

from ..voices.soft_decisions import BYE, PERSON, SETUP, fam

OJ = "other_job"

REFERRAL = [
    "Thanks for referring {mfirst} for the {role} role. The team went with another candidate, so the referral bonus won't apply this time.",
    "Quick update on your referral: {mfirst} interviewed well, but the panel offered the job to someone with more {area}.",
    "Your referral for {role} ({mfirst} {mlast}) has been closed - the position was filled by another applicant.",
    "Just so you know, we won't be progressing {mfirst}'s application; we've let them know directly.",
]

FAMILIES = [
    fam(
        "w6-oj-referral-outcome",
        22,
        PERSON + ["{company} Referrals <referrals@{cdomain}>"],
        ["Your referral: {mfirst} {mlast}", "Referral update - {role}", "Re: {mfirst}"],
        ["Hi {first},", "Hey {first},", "{first},"],
        ["Thanks again for putting {mfirst} forward.", ""],
        REFERRAL,
        [
            "Keep the referrals coming - we have twelve open roles.",
            "Thanks for thinking of us.",
            "",
        ],
        BYE,
        setup=SETUP,
        kind=OJ,
    ),
]
