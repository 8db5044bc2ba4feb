"""Hedged refusals that never say unfortunately or not: "other applicants aligned more
closely", "the team went another way", "we've decided to pursue candidates whose experience...",
"we'll be moving ahead with other profiles", formal, casual and non-native (families
w1-hedge-*; helper W1, issue 11 third pass; written for rejectwatch). Letter openings, senders
and frames are in voices/international_threads.py, shared with the conditional confirmations and the
"moving ahead with your application" invitations.
"""

from __future__ import annotations

from ..voices import international_threads as intl

REJ = "rejection"

ALIGNED = [
    "Other applicants aligned more closely with the requirements we set out for this role, and "
    "we are proceeding with them.",
    "Having compared every application, we found that other candidates aligned more closely "
    "with the brief, particularly around {area}.",
    "Several applicants aligned more closely with the team's immediate priorities, so we will be "
    "taking those applications forward.",
    "The candidates we are taking to the next stage aligned more closely with the skills and "
    "experience in the job description.",
    "This time, other profiles were a closer match for the requirements of the position, and "
    "the process continues with them.",
]


ANOTHER_WAY = [
    "the team went another way on the {role} role.",
    "we've gone another way with this hire.",
    "the hiring team has decided to go in another direction for {role}.",
    "{mfirst}'s team went another way after the last round of conversations.",
    "we ended up going another way, towards someone with more {area} under their belt.",
]


PURSUE = [
    "We've decided to pursue candidates whose experience sits closer to {area}.",
    "We'll be moving ahead with other profiles for this vacancy.",
    "We have chosen to continue the process with applicants whose skills more closely match "
    "what the hiring manager is looking for.",
    "After review, we are focusing on a smaller group of applicants whose backgrounds are a "
    "tighter match for the role.",
    "The hiring manager has selected other profiles to take to interview.",
    "We are progressing with candidates who bring more experience in {area}.",
    "The balance tipped towards applicants with more hands-on {area}, and those are the people "
    "we'll be moving forward with.",
    "For this vacancy we are concentrating on applicants based closer to our {city} office.",
]


NN_HEDGE = [
    "We will continue the process with other profiles more suited to our needs.",
    "The choice went to profiles with more experience in {area}.",
    "After analysis of all candidatures, we have preferred profiles closer to the position.",
    "Our team has decided to go further with candidates who are matching better the requirements.",
    "We proceed with other candidates whose experiences correspond more to the job.",
    "Kindly note that we have moved ahead with other profiles which are more suitable to the "
    "requirement.",
]


HEDGE_CLOSE = [
    "We wish you every success in your search.",
    "Thank you again for your interest in {company}.",
    "Please keep an eye on our careers page for future openings.",
    "We hope you'll consider us again in the future.",
    "Best of luck with your next steps.",
]


CASUAL_HEDGE_OPEN = [
    "Quick update -",
    "Just wanted to close the loop:",
    "Thanks so much for chatting with us last week.",
    "Hope your week's going well.",
    "Wanted to get back to you before the weekend:",
]


CASUAL_HEDGE_CLOSE = [
    "Thanks so much for your time - it was great getting to know you.",
    "Really appreciated the conversation.",
    "Good luck, and let's keep in touch!",
    "Hope to cross paths again.",
]


def _hedge_casual(r):  # type: ignore[no-untyped-def]
    return intl.joined(r(CASUAL_HEDGE_OPEN), r(ANOTHER_WAY))


FAMILIES = [
    (
        "w1-hedge-aligned",
        intl.letter(
            intl.HEDGE_OPEN,
            ALIGNED,
            HEDGE_CLOSE,
            frame_p=0.35,
            subjects=intl.HEDGE_SUBJECTS,
        ),
        35,
        REJ,
    ),
    (
        "w1-hedge-another-way",
        intl.letter(
            None,
            _hedge_casual,
            CASUAL_HEDGE_CLOSE,
            frame_p=0.0,
            sign=[
                "{rfirst}",
                "Best,\n{rfirst}",
                "Cheers,\n{rfull}",
                "Thanks!\n{rfirst}\n{rtitle}, {company}",
            ],
            hello=["Hey {first},", "Hi {first},", "{first} -", "Hi {first}!"],
            senders=["{rfull} <{rmail}>", "{rmail}"],
            subjects=["Re: {role}", "{role}", "Quick update", "Following up", ""],
            slips=0.3,
        ),
        30,
        REJ,
    ),
    (
        "w1-hedge-pursue-profiles",
        intl.letter(
            intl.HEDGE_OPEN,
            PURSUE,
            HEDGE_CLOSE,
            frame_p=0.5,
            subjects=intl.HEDGE_SUBJECTS,
        ),
        35,
        REJ,
    ),
    (
        "w1-hedge-nonnative",
        intl.letter(
            [
                "Thank you for your candidature for the position of {role}.",
                "We thank you for your interest for our company.",
                "Thank you for your application and for your time during the interview.",
            ],
            NN_HEDGE,
            [
                "We wish you all the best for your future.",
                "We wish you success in your professional projects.",
                "Best of luck for your carreer.",
            ],
            frame_p=0.2,
            sign=intl.NN_SIGN,
            hello=[
                "Dear {first} {last},",
                "Dear Mr./Ms. {last},",
                "Hello {first},",
                "Dear candidate,",
            ],
            subjects=intl.HEDGE_SUBJECTS + ["Your candidature - {role}"],
            slips=0.3,
        ),
        30,
        REJ,
    ),
]
