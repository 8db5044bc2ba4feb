"""`rejectwatch train --from-imap` against the suite's real Dovecot."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from tests.mailgen import make_message

from rejectwatch import cli
from rejectwatch.model import classifier
from rejectwatch.model.classifier import Document
from rejectwatch.settings import load_settings
from rejectwatch.state import Store
from rejectwatch.testing.dovecot import DovecotServer

REJECTIONS = [
    ("Your application", "Hi, thanks for applying. We have decided to pursue other candidates."),
    ("", "The position has been filled. Best of luck with your search."),
    ("Internship update", "We are unable to offer you a place in our summer internship."),
]
NOT_REJECTIONS = [
    ("Application received", "Thanks for applying. We will contact you if your profile fits."),
    ("Club news", "Unfortunately the quiz night is cancelled. See you next month!"),
]


KITCHENS = ["Saffron Row", "The Gilded Fig", "Harbour Kitchen", "Olive & Ash", "Copper Pot"]
KITCHEN_ROLES = ["Sous Chef", "Chef de Partie", "Pastry Chef", "Line Cook", "Commis Chef"]


def kitchen_no(i: int) -> tuple[str, str, str]:
    """A kind of rejection the shipped model misses: a restaurant after a trial shift, in the
    kitchen's own shorthand, no negation, no "candidate", no "application", the spot left with
    someone already on the staff. (The twenty-fifth pass reads "the spot is sorted now, brigade
    is full till spring", this test's wording until then, at 0.99; this one scores 0.09-0.34
    with that pass's model, under its filing threshold of 0.63. The forty-first pass's third
    model read "we are leaving the … spot with Tomasz from the Sunday team" at 0.60-0.74 against
    0.72, two of five over; "Tomasz off the Sunday team is on … now" scores 0.12-0.22. The
    fifty-second pass's model filed one of its kitchens at 0.78 against 0.77; with "Mind how you
    go." after it, a send-off the kitchens' trial invitations never have, it scores 0.12-0.46.
    The fifty-fifth pass's r55b, trained on slices whose small employers write "ta" and "cheers",
    filed one at 0.89 against 0.84; opened with "Thanks for Saturday" it scores 0.17-0.67.)"""
    kitchen, role = KITCHENS[i % 5], KITCHEN_ROLES[(i * 3) % 5]
    return (
        f"{role} trial shift",
        f"Hiya,\n\nThanks for Saturday at {kitchen}. Chef says ta very much - Tomasz off the "
        f"Sunday team is on {role} now. Mind how you go.\n\nAll the best,\n"
        f"Kitchen office, {kitchen}",
        f"Kitchen office <kitchen{i % 5}@kitchens.example>",
    )


def kitchen_trial(i: int) -> tuple[str, str, str]:
    """The same kitchens inviting to a trial shift: must never be filed."""
    kitchen, role = KITCHENS[i % 5], KITCHEN_ROLES[(i * 2) % 5]
    return (
        f"{role} trial shift",
        f"Hiya,\n\nCheers for your CV. Chef would like you to come in for a trial shift at "
        f"{kitchen} on Saturday for the {role} spot - bring your knives and whites.\n\n"
        f"All the best,\nKitchen office, {kitchen}",
        f"Kitchen office <kitchen{i % 5}@kitchens.example>",
    )


def _seed(dovecot: DovecotServer, user: str) -> None:
    dovecot.append(
        user,
        "Rejections",
        [
            make_message(s, b, "hr@acme.example", message_id=f"<rej{i}@acme.example>")
            for i, (s, b) in enumerate(REJECTIONS)
        ]
        + [
            make_message(*kitchen_no(i), message_id=f"<kitchen-no{i}@kitchens.example>")
            for i in range(6)
        ],
    )
    dovecot.append(
        user,
        "Not a rejection",
        [
            make_message(s, b, "news@club.example", message_id=f"<neg{i}@club.example>")
            for i, (s, b) in enumerate(NOT_REJECTIONS)
        ]
        + [
            make_message(*kitchen_trial(i), message_id=f"<kitchen-trial{i}@kitchens.example>")
            for i in range(2)
        ],
    )
    dovecot.append(
        user,
        "INBOX",
        [make_message("Re: role", "Let's schedule a call.", "r@x.example", message_id="<fix@x>")],
    )


# A fixed quarter of the shipped corpus (every SUBSET_STEP-th line of each data/*.jsonl, no
# blind slice), passed with `--data`: the retrain, its grouped CV and the gate run as in
# production, on ~4,400 real examples instead of ~27,000 (the test took ~420 s on all of them).
# The gate still compares: the candidate's CV precision on this corpus (0.9957) against the
# shipped card's (0.9974, slack 0.005), and the user's held-out errors (current 6, candidate 0);
# with the user's folders swapped the kitchens' later refusals are not filed and the test fails.
SUBSET_STEP = 4


def small_corpus(directory: Path) -> Path:
    shipped = classifier.shipped_data_dir()
    assert shipped is not None
    directory.mkdir()
    for path in sorted(shipped.glob("*.jsonl")):
        lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
        (directory / path.name).write_text("".join(lines[::SUBSET_STEP]), encoding="utf-8")
    return directory


@pytest.mark.timeout(600)
def test_train_from_imap_gathers_retrains_and_prefers_the_user_model(
    dovecot: DovecotServer, imap_user: str, imap_env: dict[str, str], tmp_path: Path
) -> None:
    _seed(dovecot, imap_user)
    settings = load_settings(None)
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    store = Store(settings.database_path)
    try:
        store.record_correction(
            settings.account, "k1", message_id="<fix@x>", folder="INBOX", uidvalidity=0, uid=999
        )
    finally:
        store.close()

    shipped = classifier.load(None)
    later_no = [Document(*kitchen_no(i)) for i in range(6, 10)]
    later_trial = [Document(*kitchen_trial(i)) for i in range(2, 6)]
    assert all(s < shipped.filing_threshold for s in shipped.scores(later_no))

    out = io.StringIO()
    corpus = small_corpus(tmp_path / "corpus")
    assert cli.main(["train", "--from-imap", "--data", str(corpus)], stdout=out) == 0
    text = out.getvalue()
    assert "gathered 14 labelled messages (9 rejections, 5 not)" in text
    assert "current" in text
    assert "candidate" in text

    rows = [
        json.loads(line)
        for path in sorted((settings.data_dir / "training").glob("user-*.jsonl"))
        for line in path.read_text().splitlines()
    ]
    assert {r["family"] for r in rows} == {"user:Rejections", "user:Not a rejection", "user:INBOX"}
    by_id = {r["id"]: r for r in rows}
    assert by_id["user:<fix@x>"]["label"] == "not_rejection"  # found again by Message-ID
    assert by_id["user:<rej1@acme.example>"]["label"] == "rejection"

    # The user's corrections count: the new model is kept, and it files the later mail of the
    # kind the user sorted (which the shipped model left in the inbox), while the same
    # kitchens' trial-shift invitations are still not filed.
    assert "replaced the model" in text, text
    model = classifier.load_preferred(None, settings.user_model_dir)
    assert model.card["user_examples"]["total"] == 14
    assert all(s >= model.filing_threshold for s in model.scores(later_no))
    assert all(s < model.filing_threshold for s in model.scores(later_trial))


def test_load_preferred_falls_back_when_the_user_model_does_not_verify(tmp_path: Path) -> None:
    user_dir = tmp_path / "model"
    user_dir.mkdir()
    shipped = classifier.shipped_model_dir()
    (user_dir / "rejectwatch.card.json").write_text((shipped / "rejectwatch.card.json").read_text())
    (user_dir / "rejectwatch.npz").write_bytes(b"tampered")
    model = classifier.load_preferred(None, user_dir)
    assert model.card["sha256"] == classifier.load(None).card["sha256"]
    assert classifier.load_preferred(shipped, user_dir).card == classifier.load(shipped).card
