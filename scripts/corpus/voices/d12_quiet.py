"""Skeletons of the d12-en quiet families (helper d12, issue 11, twelfth pass): mail whose
decision (or whose good news) is carried by a fact rather than a refusal word: a hire
announced to the candidate, a text message forwarded to mail, a message in the candidate
portal, a long warm letter, an internal move. Each builder takes the deciding sentences, so a
rejection and its twin share the rest. Written for rejectwatch in this pass."""

from __future__ import annotations

from ..engine import R
from .d12_english import CHASE, HELLO, HELLO_FORMAL, PERSON, SYSTEM, quoted, sig_person, sig_team


def announced(cores, warm, after):
    def fn(rng, c):
        r = R(rng, c)
        if r.chance(0.4):  # an HR letter
            parts = [
                r(HELLO_FORMAL),
                r.maybe(0.7, ["Re: {role}{reqtxt}", "Post: {role}, {team} team"]),
                r(cores),
                r.maybe(0.8, after),
                sig_team(r),
            ]
            return (
                r(["{role}: appointment", "Recruitment to {role}", "Update: {role}"]),
                r.body(*parts),
                r(SYSTEM),
            )
        parts = [r(HELLO), r.maybe(0.8, warm), r(cores), r.maybe(0.7, after), sig_person(r)]
        if r.chance(0.4):
            parts.append(quoted(r, r(CHASE)))
        return (
            r(["Re: {role}", "RE: [EXT] Re: {role}", "Quick update", "Re: Thanks!"]),
            r.body(*parts),
            r(PERSON),
        )

    return fn


TEXT_HEADS = [
    "Text message from {rfirst} ({company}), +44 7{ref}1:",
    "SMS from +1 (415) {ref}",
    "[WhatsApp] {rfull}:",
    "Forwarded text message\nFrom: {rfirst} {company}\nSent: {date2}, {time2}",
]


def text_message(lines):
    def fn(rng, c):
        r = R(rng, c)
        parts = [
            r(TEXT_HEADS),
            r(lines),
            r.maybe(
                0.4,
                [
                    "Reply STOP to opt out",
                    "Delivered {time2}",
                    "This text was sent to your email by your phone's message forwarding.",
                ],
            ),
        ]
        return (
            r(["Text message from {rfirst}", "Fwd: SMS", "", "New message"]),
            r.body(*parts),
            r(
                [
                    "{cmail}",
                    "SMS Forwarder <sms@relay-notify.net>",
                    "Messages <messages-noreply@phonelink.app>",
                ]
            ),
        )

    return fn


def portal_message(messages):
    def fn(rng, c):
        r = R(rng, c)
        head = r(
            [
                "You have a new message from {company} in your candidate portal.",
                "{company} sent you a message about your application for {role}.",
                "New message in your applications inbox",
            ]
        )
        msg = r(messages)
        msg = r(['"' + msg + '"', "Message:\n" + msg, "---\n" + msg + "\n---"])
        parts = [
            r.maybe(0.6, ["Hi {first},", "Hello {first},"]),
            head,
            msg,
            r(
                [
                    "Read and reply in the portal: https://apply.{cdomain}/messages/{tok}",
                    "[Open message]",
                    "Log in to reply: careers.{cdomain}/inbox",
                ]
            ),
            r.maybe(
                0.5,
                [
                    "You are receiving this because you applied for a role at {company}. Manage notifications in your profile.",
                    "Do not reply to this email; replies are not monitored.",
                ],
            ),
        ]
        return (
            r(
                [
                    "New message from {company}",
                    "You have 1 new message",
                    "{company}: message about {role}",
                ]
            ),
            r.body(*parts),
            r(SYSTEM),
        )

    return fn


WARM_OPENERS = [
    "I hope you're keeping well, and thank you again for the time you've given us over the last month - three interviews and a presentation is a lot to ask.",
    "I've been meaning to write properly rather than send a two-line note, because you deserve more than that after everything you put into this process.",
]
"""How the long warm letters open, shared by the rejection and its twin."""

WARM_MIDDLES = [
    "The team genuinely enjoyed meeting you; {mfirst} in particular came out of your presentation buzzing about the onboarding idea.",
    "We've had an unusually strong finalist group, and the conversations afterwards went on far longer than I expected.",
    "I know you've been juggling other processes too, so I appreciate your patience with our timeline.",
    "It's been a strange quarter for us, with the reorganisation of the {team} group still settling down.",
]
"""The warm paragraphs around the one deciding sentence."""


def long_warm(cores, endings, openers=WARM_OPENERS, middles=WARM_MIDDLES):
    """A long, warm letter where one sentence in the middle decides."""

    def fn(rng, c):
        r = R(rng, c)
        mids = r.rng.sample(middles, r.rng.randint(1, 3))
        parts = (
            [r(HELLO), r(openers)]
            + [r(m) for m in mids[:1]]
            + [r(cores)]
            + [r(m) for m in mids[1:]]
            + [r(endings), sig_person(r)]
        )
        return (
            r(
                [
                    "Re: {role}",
                    "Thank you, {first}",
                    "Following our conversations",
                    "RE: [EXT] {role} - where we've landed",
                    "Catching up",
                ]
            ),
            r.body(*parts),
            r(PERSON),
        )

    return fn


def internal_move(cores, afters):
    def fn(rng, c):
        r = R(rng, c)
        parts = [
            r(HELLO + HELLO_FORMAL),
            r.maybe(
                0.6,
                [
                    "Thank you for applying for the {role} role.",
                    "Thanks for your interest in joining the {team} team.",
                    "I hope you've had a good week.",
                ],
            ),
            r(cores),
            r.maybe(0.8, afters),
            r([sig_person(r), sig_team(r)]),
        ]
        return (
            r(
                [
                    "{role}",
                    "Update on the {role} vacancy",
                    "Re: {role}{reqtxt}",
                    "Your application - {company}",
                ]
            ),
            r.body(*parts),
            r(PERSON + SYSTEM),
        )

    return fn
