"""Helper W1's families (issue 11, third pass; written for rejectwatch): the family list.

Each family is ``(name, fn, count, kind)``; the name is its CV group, and build_corpus.py gives
every family here a generator of its own seeded from that name, so adding, removing or
resizing one never changes another family's mail.
"""

from __future__ import annotations

from . import w1_letters as L
from . import w1_threads as T

REJ = "rejection"
RCV = "application_received"
INT = "interview"
NXT = "next_steps"
OUT = "recruiter_outreach"


def _hedge_casual(r):  # type: ignore[no-untyped-def]
    return L.joined(r(L.CASUAL_HEDGE_OPEN), r(L.ANOTHER_WAY))


def _casual_close(r):  # type: ignore[no-untyped-def]
    return r(L.CASUAL_HEDGE_CLOSE)


REJECTIONS = [
    ("w1-thread-filled", T.thread(T.decision(T.FILLED)), 45, REJ),
    ("w1-thread-panel-chose", T.thread(T.decision(T.PANEL)), 45, REJ),
    ("w1-thread-internal-hire", T.thread(T.decision(T.INSIDE)), 40, REJ),
    (
        "w1-thread-nonnative-choice",
        T.thread(T.decision(T.NONNATIVE), hello=T.HELLO_FORMAL, sign=T.SIGN_FORMAL, slips=0.35),
        35,
        REJ,
    ),
    (
        "w1-thread-mobile-choice",
        T.thread(T.short_core(T.SHORT, T.SHORT_EXTRA_REJ), sign=["{rfirst}", "- {rfirst}", "{rfirst} {rlast}"], mobile=0.8, history=0.7, slips=0.35),
        30,
        REJ,
    ),
    ("w1-recruiter-agency-decline-pitch", L._recruiter(L.CALL_INTRO, L.AG_DECLINE, agency=True, pitch_p=0.9), 40, REJ),
    ("w1-recruiter-inhouse-decline-pitch", L._recruiter(L.CALL_INTRO, L.IH_DECLINE, agency=False, pitch_p=0.9), 35, REJ),
    (
        "w1-hedge-aligned",
        L._letter(L.HEDGE_OPEN, L.ALIGNED, L.HEDGE_CLOSE, frame_p=0.35, sign=L.LETTER_SIGN, hello=L.LETTER_HELLO, senders=L.LETTER_SENDERS, subjects=L.HEDGE_SUBJECTS),
        35,
        REJ,
    ),
    (
        "w1-hedge-another-way",
        L._letter(None, _hedge_casual, L.CASUAL_HEDGE_CLOSE, frame_p=0.0, sign=["{rfirst}", "Best,\n{rfirst}", "Cheers,\n{rfull}", "Thanks!\n{rfirst}\n{rtitle}, {company}"], hello=["Hey {first},", "Hi {first},", "{first} -", "Hi {first}!"], senders=["{rfull} <{rmail}>", "{rmail}"], subjects=["Re: {role}", "{role}", "Quick update", "Following up", ""], slips=0.3),
        30,
        REJ,
    ),
    (
        "w1-hedge-pursue-profiles",
        L._letter(L.HEDGE_OPEN, L.PURSUE, L.HEDGE_CLOSE, frame_p=0.5, sign=L.LETTER_SIGN, hello=L.LETTER_HELLO, senders=L.LETTER_SENDERS, subjects=L.HEDGE_SUBJECTS),
        35,
        REJ,
    ),
    (
        "w1-hedge-nonnative",
        L._letter(["Thank you for your candidature for the position of {role}.", "We thank you for your interest for our company.", "Thank you for your application and for your time during the interview."], L.NN_HEDGE, ["We wish you all the best for your future.", "We wish you success in your professional projects.", "Best of luck for your carreer."], frame_p=0.2, sign=L.NN_SIGN, hello=["Dear {first} {last},", "Dear Mr./Ms. {last},", "Hello {first},", "Dear candidate,"], senders=L.LETTER_SENDERS, subjects=L.HEDGE_SUBJECTS + ["Your candidature - {role}"], slips=0.3),
        30,
        REJ,
    ),
]

NEGATIVES = [
    ("w1-thread-next-round", T.thread(T.plain(T.NEXT, T.NEXT_EXTRA, 0.8)), 40, INT),
    ("w1-thread-propose-times", T.thread(T.plain(T.TIMES, T.GENERIC_EXTRA, 0.4)), 30, INT),
    ("w1-thread-references", T.thread(T.plain(T.REFS, T.GENERIC_EXTRA, 0.5)), 30, NXT),
    ("w1-thread-no-decision-yet", T.thread(T.plain(T.WAITING, T.GENERIC_EXTRA, 0.5)), 35, RCV),
    (
        "w1-thread-nonnative-next",
        T.thread(T.plain(T.NN_NEXT, ["We are looking forward to your answer.", "Thank you in advance."], 0.6), hello=T.HELLO_FORMAL, sign=T.SIGN_FORMAL, slips=0.35),
        30,
        INT,
    ),
    (
        "w1-thread-mobile-positive",
        T.thread(T.short_core(T.SHORT_POS, T.SHORT_EXTRA_POS), sign=["{rfirst}", "- {rfirst}", "{rfirst} {rlast}"], mobile=0.8, history=0.7, slips=0.35),
        25,
        INT,
    ),
    ("w1-recruiter-pitch", L._recruiter(L.AG_PITCH_INTRO, L.AG_PITCH + L.IH_PITCH, agency=True, pitch_p=0.3), 35, OUT),
    ("w1-recruiter-good-news-agency", L._recruiter(L.CALL_INTRO, L.AG_GOOD, agency=True, pitch_p=0.5), 20, INT),
    ("w1-recruiter-good-news-inhouse", L._recruiter(L.CALL_INTRO, L.IH_GOOD, agency=False, pitch_p=0.5), 15, INT),
    (
        "w1-letter-moving-ahead-with-you",
        L._letter(L.HEDGE_OPEN, L.MOVING_AHEAD, ["We look forward to speaking with you.", "Thank you again for your interest in {company}."], frame_p=0.4, sign=L.LETTER_SIGN, hello=L.LETTER_HELLO, senders=L.LETTER_SENDERS, subjects=L.HEDGE_SUBJECTS),
        30,
        INT,
    ),
    (
        "w1-conf-keep-on-file",
        L._letter(L.RCV_OPEN, L.KEEP_ON_FILE, L.RCV_CLOSE, frame_p=0.45, sign=L.LETTER_SIGN, hello=L.LETTER_HELLO, senders=L.LETTER_SENDERS, subjects=L.RCV_SUBJECTS),
        35,
        RCV,
    ),
    (
        "w1-conf-either-way",
        L._letter(L.RCV_OPEN, L.EITHER_WAY, L.RCV_CLOSE, frame_p=0.45, sign=L.LETTER_SIGN, hello=L.LETTER_HELLO, senders=L.LETTER_SENDERS, subjects=L.RCV_SUBJECTS),
        30,
        RCV,
    ),
    (
        "w1-conf-only-if-match",
        L._letter(L.RCV_OPEN, L.ONLY_IF, L.RCV_CLOSE, frame_p=0.45, sign=L.LETTER_SIGN, hello=L.LETTER_HELLO, senders=L.LETTER_SENDERS, subjects=L.RCV_SUBJECTS),
        35,
        RCV,
    ),
    (
        "w1-conf-nonnative",
        L._letter(["We confirm the reception of your candidature for {role}.", "Thank you for your application to the position {role}.", "We have well received your CV."], L.NN_RCV, ["Best of luck.", "Thank you for your interest for {company}."], frame_p=0.3, sign=L.NN_SIGN, hello=["Dear {first} {last},", "Dear candidate,", "Hello {first},", "Dear Mr./Ms. {last},"], senders=L.LETTER_SENDERS, subjects=L.RCV_SUBJECTS + ["Confirmation of candidature"], slips=0.3),
        25,
        RCV,
    ),
]

FAMILIES_BY_FILE = {
    "rejections.jsonl": ([f for f in REJECTIONS], "rej"),
    "application_received.jsonl": ([f for f in NEGATIVES if f[3] == RCV], "rcv"),
    "interviews.jsonl": ([f for f in NEGATIVES if f[3] == INT], "int"),
    "next_steps.jsonl": ([f for f in NEGATIVES if f[3] == NXT], "nxt"),
    "outreach_alerts.jsonl": ([f for f in NEGATIVES if f[3] == OUT], "out"),
}
