"""Offers in the skeletons of the d12-en-* rejections (families d12-en-*-offer; helper d12,
issue 11, twelfth pass; voice: voices/d12_english.py): a hiring manager's own choice that
falls on the reader, and an agency relaying the client's offer."""

from __future__ import annotations

from ..voices.d12_english import MANAGER, forwarded_client, sig_manager, thread_reply

OFF = "offer"

MANAGER_OFFER = thread_reply(
    [
        "Re: Thursday",
        "RE: [EXT] Re: {role}",
        "Re: Following up",
        "Re: Good news",
        "RE: Re: our conversation",
    ],
    [
        "I've decided to go with you - I'd love to offer you the {role} role, and {rfirst} will send the written offer today.",
        "I thought about it a great deal over the weekend and I'd like to offer you the position.",
        "In the end the choice was easy: we want you on the team. The offer details are attached.",
        "I've made my decision and chosen you. Unfortunately the start date has to move to {date2}, but everything else is as discussed.",
    ],
    [
        "I really enjoyed our conversation and your questions about the roadmap.",
        "You made a great impression on everyone.",
        "Thanks for coming in and for the care you put into the exercise.",
    ],
    [
        "Take a couple of days to think it over and call me with any questions.",
        "I really hope you'll say yes.",
        "Welcome aboard, I hope!",
    ],
    sender=MANAGER,
    sig=sig_manager,
)

AGENCY_OFFER = forwarded_client(
    [
        "RE: {company} - feedback",
        "Re: {role} at {company}",
        "Offer from {company}!",
        "RE: [EXT] Re: client update",
        "Update",
    ],
    [
        "The client came back to me this morning and they want to offer you the role!",
        "Just off the phone with {company}: offer coming your way, base salary as discussed plus the bonus.",
        "The client came back and chose you over the other finalist - congratulations.",
    ],
    [
        "Thanks {rfirst}. We'd like to make {first} an offer. Contract to follow.",
        "Hi {rfirst}, great news, we're offering to {first}. Can we talk numbers tomorrow?",
    ],
    [
        "Can I call you this afternoon to go through the package?",
        "Don't resign just yet - wait for the written contract.",
    ],
)

FAMILIES = [
    ("d12-en-manager-offer", MANAGER_OFFER, 14, OFF),
    ("d12-en-agency-offer", AGENCY_OFFER, 12, OFF),
]
