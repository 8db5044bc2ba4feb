"""Training-time augmentation: the same letter in a thread (issue 11, ninth pass).

Real rejections after an interview come as replies: a "RE: [EXT] Re:" subject, an
external-sender banner, a phone's signature, the candidate's own note quoted under Gmail's
"On ... wrote:" or Outlook's "From: / Sent: / To: / Subject:" block. In the corpus, replies are
mostly interviews, offers and ordinary mail (quoted history in 17% of interviews, 16% of
offers, 41% of ordinary mail, 8% of rejections), so the model learned "a reply is no
rejection": the mark of cut history (``xquoted``) and the subject's "re" pulled a thread reply's
score down whatever it said.

``threaded`` gives, for a share of the training mail of **every** job kind alike (rejections,
confirmations, interviews, next steps, offers, other job mail, non-job refusals; not the real
ordinary mail, which has its own threads), a copy of the same letter wrapped as a reply in one
of a few thread shapes, so position and surroundings stop meaning anything: what is left to
learn is what the sender wrote. The copy keeps its original's family (grouped CV holds both out
together) and is only ever trained on, never scored for the CV figures or thresholds
(rejectwatch.model.classifier). Deterministic: the share and the shape are chosen by a hash of
the example's id.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import replace

from rejectwatch.model.corpus import Example

__all__ = ["SHARE", "THREADED_KINDS", "threaded"]

# The kinds wrapped (every kind but the real ordinary mail) and the share of each.
THREADED_KINDS = frozenset(
    {
        "rejection",
        "application_received",
        "interview",
        "next_steps",
        "offer",
        "other_job",
        "recruiter_outreach",
        "job_alert",
        "non_job_rejection_words",
    }
)
SHARE = 0.25

_PREFIXES = ("RE: ", "Re: ", "RE: [EXT] Re: ", "Re: Re: ", "AW: Re: ", "RE: [EXTERNAL] ")
_BANNERS = (
    "",
    "",
    "[EXTERNAL] This email originated outside the organisation. Take care with links.\n\n",
    "CAUTION: External sender. Do not click links unless you recognise the sender.\n\n",
)
_SIGNATURES = ("", "", "\n\nSent from my iPhone", "\n\nGet Outlook for Android")
_NOTES = (
    "Hi, just checking in on my application - is there any news?",
    "Thanks again for your time earlier this week. Looking forward to hearing from you.",
    "Hello, I wanted to follow up on the role we discussed. Many thanks.",
    "Thank you for the update, and for keeping me posted.",
    "Hi - any update on next steps? Happy to send anything else you need.",
)
_NAMES = ("Sam", "Alex Morgan", "Priya", "J. Okafor", "Lena Fischer", "Chris")
_DATES = ("Mon, 3 Mar 2025 at 09:14", "Tue, 14 Oct 2025, 16:02", "12 June 2025 11:40")


def _pick(options: Sequence[str], digest: bytes, byte: int) -> str:
    return options[digest[byte] % len(options)]


def _quoted(digest: bytes, subject: str) -> str:
    note, name, date = _pick(_NOTES, digest, 3), _pick(_NAMES, digest, 4), _pick(_DATES, digest, 5)
    if digest[6] % 2:
        quoted = "\n".join(f"> {line}" for line in (note, "", "Thanks,", name.split()[0]))
        return f"\n\nOn {date}, {name} wrote:\n{quoted}"
    return (
        f"\n\n-----Original Message-----\nFrom: {name}\nSent: {date}\nTo: Recruitment\n"
        f"Subject: {subject}\n\n{note}\n\nThanks,\n{name.split()[0]}"
    )


def threaded(examples: Sequence[Example]) -> list[tuple[int, Example]]:
    """(index of the original, its copy wrapped as a thread reply) for the SHARE of the
    examples of THREADED_KINDS that a hash of their id picks; the copy's id ends in
    ``#thread``."""
    copies = []
    for index, example in enumerate(examples):
        if example.kind not in THREADED_KINDS:
            continue
        digest = hashlib.sha256(example.id.encode("utf-8")).digest()
        if digest[0] >= SHARE * 256:
            continue
        subject = example.subject
        if not subject.lower().startswith(("re:", "aw:", "fwd:", "fw:")):
            subject = f"{_pick(_PREFIXES, digest, 1)}{subject}"
        body = (
            f"{_pick(_BANNERS, digest, 2)}{example.body}{_pick(_SIGNATURES, digest, 7)}"
            f"{_quoted(digest, example.subject)}"
        )
        copies.append((index, replace(example, id=f"{example.id}#thread", subject=subject, body=body)))
    return copies
