"""Helper W1's families (issue 11, third pass; written for rejectwatch): the family list.

Each family is ``(name, fn, count, kind)``; the name is its CV group, and build_corpus.py gives
every family here a generator of its own seeded from that name, so adding, removing or
resizing one never changes another family's mail.
"""

from __future__ import annotations

from . import w1_letters as letters
from . import w1_threads as threads

REJ = "rejection"
RCV = "application_received"
INT = "interview"
NXT = "next_steps"
OUT = "recruiter_outreach"


def _hedge_casual(r):  # type: ignore[no-untyped-def]
    return letters.joined(r(letters.CASUAL_HEDGE_OPEN), r(letters.ANOTHER_WAY))


def _casual_close(r):  # type: ignore[no-untyped-def]
    return r(letters.CASUAL_HEDGE_CLOSE)


REJECTIONS = [
    ("w1-thread-filled", threads.thread(threads.decision(threads.FILLED)), 45, REJ),
    ("w1-thread-panel-chose", threads.thread(threads.decision(threads.PANEL)), 45, REJ),
    ("w1-thread-internal-hire", threads.thread(threads.decision(threads.INSIDE)), 40, REJ),
    (
        "w1-thread-nonnative-choice",
        threads.thread(
            threads.decision(threads.NONNATIVE),
            hello=threads.HELLO_FORMAL,
            sign=threads.SIGN_FORMAL,
            slips=0.35,
        ),
        35,
        REJ,
    ),
    (
        "w1-thread-mobile-choice",
        threads.thread(
            threads.short_core(threads.SHORT, threads.SHORT_EXTRA_REJ),
            sign=["{rfirst}", "- {rfirst}", "{rfirst} {rlast}"],
            mobile=0.8,
            history=0.7,
            slips=0.35,
        ),
        30,
        REJ,
    ),
    (
        "w1-recruiter-agency-decline-pitch",
        letters._recruiter(letters.CALL_INTRO, letters.AG_DECLINE, agency=True, pitch_p=0.9),
        50,
        REJ,
    ),
    (
        "w1-recruiter-agency-client-chose",
        letters._recruiter(
            ["Hi again -", "Hope the week's treating you well.", "As promised, an update."],
            letters.AG_RELAY,
            agency=True,
            pitch_p=0.5,
            extra=letters.RELAY_FEEDBACK,
        ),
        35,
        REJ,
    ),
    (
        "w1-recruiter-inhouse-decline-pitch",
        letters._recruiter(letters.CALL_INTRO, letters.IH_DECLINE, agency=False, pitch_p=0.9),
        35,
        REJ,
    ),
    (
        "w1-hedge-aligned",
        letters._letter(
            letters.HEDGE_OPEN,
            letters.ALIGNED,
            letters.HEDGE_CLOSE,
            frame_p=0.35,
            sign=letters.LETTER_SIGN,
            hello=letters.LETTER_HELLO,
            senders=letters.LETTER_SENDERS,
            subjects=letters.HEDGE_SUBJECTS,
        ),
        35,
        REJ,
    ),
    (
        "w1-hedge-another-way",
        letters._letter(
            None,
            _hedge_casual,
            letters.CASUAL_HEDGE_CLOSE,
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
        letters._letter(
            letters.HEDGE_OPEN,
            letters.PURSUE,
            letters.HEDGE_CLOSE,
            frame_p=0.5,
            sign=letters.LETTER_SIGN,
            hello=letters.LETTER_HELLO,
            senders=letters.LETTER_SENDERS,
            subjects=letters.HEDGE_SUBJECTS,
        ),
        35,
        REJ,
    ),
    (
        "w1-hedge-nonnative",
        letters._letter(
            [
                "Thank you for your candidature for the position of {role}.",
                "We thank you for your interest for our company.",
                "Thank you for your application and for your time during the interview.",
            ],
            letters.NN_HEDGE,
            [
                "We wish you all the best for your future.",
                "We wish you success in your professional projects.",
                "Best of luck for your carreer.",
            ],
            frame_p=0.2,
            sign=letters.NN_SIGN,
            hello=[
                "Dear {first} {last},",
                "Dear Mr./Ms. {last},",
                "Hello {first},",
                "Dear candidate,",
            ],
            senders=letters.LETTER_SENDERS,
            subjects=letters.HEDGE_SUBJECTS + ["Your candidature - {role}"],
            slips=0.3,
        ),
        30,
        REJ,
    ),
]

NEGATIVES = [
    (
        "w1-thread-next-round",
        threads.thread(threads.plain(threads.NEXT, threads.NEXT_EXTRA, 0.8)),
        40,
        INT,
    ),
    (
        "w1-thread-propose-times",
        threads.thread(threads.plain(threads.TIMES, threads.GENERIC_EXTRA, 0.4)),
        30,
        INT,
    ),
    (
        "w1-thread-references",
        threads.thread(threads.plain(threads.REFS, threads.GENERIC_EXTRA, 0.5)),
        30,
        NXT,
    ),
    (
        "w1-thread-no-decision-yet",
        threads.thread(threads.plain(threads.WAITING, threads.GENERIC_EXTRA, 0.5)),
        35,
        RCV,
    ),
    (
        "w1-thread-nonnative-next",
        threads.thread(
            threads.plain(
                threads.NN_NEXT,
                ["We are looking forward to your answer.", "Thank you in advance."],
                0.6,
            ),
            hello=threads.HELLO_FORMAL,
            sign=threads.SIGN_FORMAL,
            slips=0.35,
        ),
        30,
        INT,
    ),
    (
        "w1-thread-mobile-positive",
        threads.thread(
            threads.short_core(threads.SHORT_POS, threads.SHORT_EXTRA_POS),
            sign=["{rfirst}", "- {rfirst}", "{rfirst} {rlast}"],
            mobile=0.8,
            history=0.7,
            slips=0.35,
        ),
        25,
        INT,
    ),
    (
        "w1-recruiter-pitch",
        letters._recruiter(
            letters.AG_PITCH_INTRO, letters.AG_PITCH + letters.IH_PITCH, agency=True, pitch_p=0.3
        ),
        35,
        OUT,
    ),
    (
        "w1-recruiter-good-news-agency",
        letters._recruiter(
            letters.CALL_INTRO,
            letters.AG_GOOD,
            agency=True,
            pitch_p=0.4,
            extra=letters.GOOD_NEWS_STEP,
        ),
        20,
        INT,
    ),
    (
        "w1-recruiter-good-news-inhouse",
        letters._recruiter(
            letters.CALL_INTRO,
            letters.IH_GOOD,
            agency=False,
            pitch_p=0.4,
            extra=letters.GOOD_NEWS_STEP,
        ),
        15,
        INT,
    ),
    (
        "w1-letter-moving-ahead-with-you",
        letters._letter(
            letters.HEDGE_OPEN,
            letters.MOVING_AHEAD,
            [
                "We look forward to speaking with you.",
                "Thank you again for your interest in {company}.",
            ],
            frame_p=0.4,
            sign=letters.LETTER_SIGN,
            hello=letters.LETTER_HELLO,
            senders=letters.LETTER_SENDERS,
            subjects=letters.HEDGE_SUBJECTS,
            then=letters.NEXT_STEP,
        ),
        30,
        INT,
    ),
    (
        "w1-conf-keep-on-file",
        letters._letter(
            letters.RCV_OPEN,
            letters.KEEP_ON_FILE,
            letters.RCV_CLOSE,
            frame_p=0.45,
            sign=letters.LETTER_SIGN,
            hello=letters.LETTER_HELLO,
            senders=letters.LETTER_SENDERS,
            subjects=letters.RCV_SUBJECTS,
        ),
        35,
        RCV,
    ),
    (
        "w1-conf-either-way",
        letters._letter(
            letters.RCV_OPEN,
            letters.EITHER_WAY,
            letters.RCV_CLOSE,
            frame_p=0.45,
            sign=letters.LETTER_SIGN,
            hello=letters.LETTER_HELLO,
            senders=letters.LETTER_SENDERS,
            subjects=letters.RCV_SUBJECTS,
        ),
        30,
        RCV,
    ),
    (
        "w1-conf-only-if-match",
        letters._letter(
            letters.RCV_OPEN,
            letters.ONLY_IF,
            letters.RCV_CLOSE,
            frame_p=0.45,
            sign=letters.LETTER_SIGN,
            hello=letters.LETTER_HELLO,
            senders=letters.LETTER_SENDERS,
            subjects=letters.RCV_SUBJECTS,
        ),
        35,
        RCV,
    ),
    (
        "w1-conf-nonnative",
        letters._letter(
            [
                "We confirm the reception of your candidature for {role}.",
                "Thank you for your application to the position {role}.",
                "We have well received your CV.",
            ],
            letters.NN_RCV,
            ["Best of luck.", "Thank you for your interest for {company}."],
            frame_p=0.3,
            sign=letters.NN_SIGN,
            hello=[
                "Dear {first} {last},",
                "Dear candidate,",
                "Hello {first},",
                "Dear Mr./Ms. {last},",
            ],
            senders=letters.LETTER_SENDERS,
            subjects=letters.RCV_SUBJECTS + ["Confirmation of candidature"],
            slips=0.3,
        ),
        25,
        RCV,
    ),
]

FAMILIES_BY_FILE = {
    "rejections.jsonl": (list(REJECTIONS), "rej"),
    "application_received.jsonl": ([f for f in NEGATIVES if f[3] == RCV], "rcv"),
    "interviews.jsonl": ([f for f in NEGATIVES if f[3] == INT], "int"),
    "next_steps.jsonl": ([f for f in NEGATIVES if f[3] == NXT], "nxt"),
    "outreach_alerts.jsonl": ([f for f in NEGATIVES if f[3] == OUT], "out"),
}
