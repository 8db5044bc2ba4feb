"""scripts/job_factor.py: the misses read from an errors file, and the what-if that lifts the
job model's log-odds (never lowers a score, and leaves the model as it was)."""

from __future__ import annotations

from pathlib import Path

from rejectwatch.model import classifier
from rejectwatch.model.features import Document
from scriptmod import load_script

job_factor = load_script("job_factor")


def test_listed_misses_are_the_rows_tagged_miss(tmp_path: Path) -> None:
    errors = tmp_path / "errors.txt"
    errors.write_text(
        "FILED\t0.70\ts:oth-1\tapplication_received\tfam\tsubject\n"
        "MISS\t0.10\ts:rej-1\trejection\tfam\tsubject\n"
        "MISS(review)\t0.30\ts:rej-2\trejection\tfam\tsubject\n"
        "BAND\t0.20\ts:oth-2\tinterview\tfam\tsubject\n"
    )
    assert job_factor._listed_misses([errors]) == {"s:rej-1", "s:rej-2"}


def test_lifting_the_job_log_odds_never_lowers_a_score_and_is_undone() -> None:
    model = classifier.load()
    docs = [
        Document("Your audition", "Thanks for auditioning. We have cast another singer.", ""),
        Document("Flat viewing", "Sorry, the landlord has declined your rental application.", ""),
        Document("Interview", "We'd like to invite you to an interview on Tuesday.", ""),
    ]
    before = model.scores(docs)
    lifted = job_factor._lifted_scores(model, docs, 6.0)
    assert all(b <= a + 1e-12 for b, a in zip(before, lifted, strict=True))
    assert lifted[1] > before[1]  # the non-job decline is what the job factor held down
    assert model.scores(docs) == before
