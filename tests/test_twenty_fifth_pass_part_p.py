"""Twenty-fifth pass, part P (issue 11): a hostile re-read of parts C, D and M.

Part C held a talent pool's "no opening for you right now", an event's guest or speaker list
and "make sure your application doesn't fall short" below a decision. Refusals in the same
words must keep theirs: a pool letter that names the post and says it was filled, a speaker
shortlist for paid work, a negation elsewhere between an application and "fell short", and
English's verb "falls" (it was read as German's "falls", if). Part D's Patois and Pidgin
readings must leave English alone ("someone else's name", "the job done full time"). Part M's
memory must tell a refusal from the same template's conditional ("if the role has been
filled"), and read a refusal quoted below a reply in neither message. Every message is
written for these tests."""

from __future__ import annotations

import pytest

from readings import DECISIONS, decision, marks, message_decisions
from rejectwatch.model.features import Document
from rejectwatch.pipeline.memory import Memory, decided, entry
from rejectwatch.pipeline.workers import recall_for


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        # a pool member refused for a named post
        (
            "Night Porter vacancy",
            "Hi Sam,\n\nWelcome to our talent pool. Right now there is no opening for you on "
            "the Night Porter vacancy; the post has been filled.\n\nHotel Recruitment",
        ),
        (
            "Your talent network profile",
            "Hello Ade,\n\nThanks for joining the Fenwick Care talent network. At the moment "
            "there's no role for you in the Senior Carer requisition, as we have appointed "
            "another candidate.\n\nFenwick Care",
        ),
        # a speaker shortlist for paid work
        (
            "Paid MC role - Harbour Fintech Summit",
            "Dear Ola,\n\nThank you for applying for the paid MC role at the summit. Your name "
            "was not on the speaker shortlist the panel agreed.\n\nEvents Team",
        ),
        (
            "Presenter contract",
            "Dear Ola,\n\nThank you for applying for the presenter contract. You were not on the "
            "speakers shortlist.\n\nStudio Bookings",
        ),
        # short of the requirements, the verb English's "falls"
        (
            "Application outcome",
            "Dear Kim,\n\nThank you for applying. Unfortunately your application falls short of "
            "the requirements for the post.\n\nHR",
        ),
        (
            "Application outcome",
            "Dear Kim,\n\nThanks for applying. I'm sorry to let you know that your application "
            "falls below the minimum threshold.\n\nHR",
        ),
        # a "not" between the application and the verb that is not the verb's
        (
            "Application outcome",
            "Dear Kim,\n\nThanks for applying. The panel felt that your application, while not "
            "without merit, fell short of the requirements.\n\nHR",
        ),
        (
            "Application outcome",
            "Dear Kim,\n\nThanks for applying. Your application did not quite meet the bar: it "
            "fell short of the essential criteria.\n\nHR",
        ),
    ],
)
def test_refusals_in_part_cs_words_keep_their_decision(subject: str, body: str) -> None:
    assert message_decisions(subject, body), body


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        # part C's kinds, still unread
        (
            "Welcome",
            "Hi Sam,\n\nThanks for joining our talent pool. At the moment there's no opening "
            "for you, but we'll be in touch when one comes up.\n\nHR",
        ),
        (
            "Launch night",
            "Hi Sam,\n\nSorry, your name is not on the guest list for Friday's launch.\n\nEvents",
        ),
        (
            "Conference programme",
            "Hi Sam,\n\nYou are not on the speaker list for day two; you're on day one's."
            "\n\nEvents",
        ),
        (
            "Tips",
            "Make sure your application doesn't fall short of what recruiters want.\n\nJobs Weekly",
        ),
        (
            "Your test",
            "Hi Kim,\n\nGood news: your score did not fall short of the pass mark, and we'd like "
            "to invite you to interview.\n\nHR",
        ),
        (
            "Checklist",
            "Hi Kim,\n\nUse the checklist so your application won't fall below the minimum we ask "
            "for.\n\nHR",
        ),
    ],
)
def test_part_cs_other_mail_stays_unread(subject: str, body: str) -> None:
    assert not message_decisions(subject, body), body


@pytest.mark.parametrize(
    "text",
    [
        # English's verb "falls" is no German "if" (the refusal is read)
        "Your application falls short of the requirements.",
        "Your application falls below the minimum threshold.",
    ],
)
def test_english_falls_is_no_german_if(text: str) -> None:
    assert decision(text), marks(text)
    assert not any(mark.startswith("hyp_") for mark in marks(text)), marks(text)


@pytest.mark.parametrize(
    "text",
    [
        # German's "falls" still an "if"
        "Falls Sie nicht ausgewählt werden, melden wir uns.",
        "Falls die Stelle besetzt ist, informieren wir Sie.",
    ],
)
def test_german_falls_is_still_an_if(text: str) -> None:
    assert not decision(text), marks(text)


@pytest.mark.parametrize(
    "text",
    [
        # English look-alikes of Patois and Pidgin forms
        "We pick someone else's name out of the hat for the raffle.",
        "For the move we hire somebody else's van.",
        "Tell them the job done full time is better than two part-time ones.",
        "The post done full-time pays more.",
    ],
)
def test_english_look_alikes_of_the_creoles_stay_unread(text: str) -> None:
    assert not decision(text), marks(text)


@pytest.mark.parametrize(
    "text",
    [
        # the creoles' own refusals still read
        "Wi pick smaddy else fi di cashier work.",
        "The work don full, another person don take am.",
        "Di position full up now, so nuh badda feel no way.",
        "We don pick another person for the cashier work.",
    ],
)
def test_the_creoles_refusals_still_read(text: str) -> None:
    assert any(token in marks(text) for token in DECISIONS), marks(text)


# Part M: the memory and a decision that differs only by a conditional, or a refusal quoted in
# a thread
_SENDER = "jobs@northwind.example"


def _letter(news: str, name: str = "Anna") -> str:
    return (
        f"Dear {name},\n\nThank you for your interest in Northwind Logistics and for the time you "
        f"put into your application for the Data Analyst position. {news} We will keep your "
        "details in our talent pool and may contact you if a suitable role opens up in the "
        "future. You can view the status of your application at any time in your candidate "
        "portal, where you can also update your profile and preferences.\n\nKind regards,\n"
        "Northwind Talent Acquisition\n"
    )


_CONDITIONAL = [
    ("We are sorry your application was unsuccessful.", "We are sorry if it was unsuccessful."),
    ("We have chosen another candidate.", "If we have chosen another candidate, we will say."),
]


@pytest.mark.parametrize(("said", "later"), _CONDITIONAL)
@pytest.mark.parametrize("label", ["rejection", "not_rejection"])
def test_a_refusal_and_its_templates_conditional_never_match(
    said: str, later: str, label: str
) -> None:
    """The two texts are one template by the memory's bar (the same POLAR words), but one
    decides and its conditional does not: the later message is the model's call, whichever
    way the user labelled the first."""
    first = _letter(said)
    again = _letter(later, "Bilal")
    said_entry = entry(label, _SENDER, "Your application", first)
    assert said_entry is not None
    known = Memory([said_entry])
    assert known.match(_SENDER, again) is not None  # the texts alone: one template
    assert decided("Your application", first, _SENDER)
    assert not decided("Your application", again, _SENDER)
    assert recall_for(known, Document("Your application", again, _SENDER)) is None


_REPLY = (
    "Hi Anna,\n\nThanks for your note. Happy to share some feedback: the panel liked your "
    "portfolio but wanted more client-facing experience. Good luck with your search, and do keep "
    "an eye on our careers page for new openings in the design team.\n\nBest,\nMaya\n"
)
_QUOTED = [
    "\n> On 3 May, Northwind wrote:\n> Thank you for applying. Unfortunately we have decided "
    "not to progress your application for the Designer role.\n",
    "\n________________________________\nFrom: Northwind Careers <jobs@northwind.example>\n"
    "Sent: Tuesday, May 3, 2026 10:02 AM\nTo: Anna\nSubject: Your application\n\nThank you for "
    "applying. Unfortunately we have decided not to progress your application for the Designer "
    "role.\n",
]


@pytest.mark.parametrize("quoted", _QUOTED, ids=["chevrons", "outlook"])
def test_a_refusal_quoted_below_a_reply_counts_in_neither(quoted: str) -> None:
    """The user dismissed a recruiter's feedback note; its later copy quotes the earlier refusal
    below it. Neither the shingles nor the decision read the quote: the note still matches as
    the user said, both ways round."""
    plain, threaded = _REPLY, _REPLY + quoted
    assert not decided("Re: Your application", threaded, _SENDER)
    for first, later in ((plain, threaded), (threaded, plain)):
        said = entry("not_rejection", _SENDER, "Re: Your application", first)
        assert said is not None
        found = recall_for(Memory([said]), Document("Re: Your application", later, _SENDER))
        assert found is not None
        assert not found.is_rejection
