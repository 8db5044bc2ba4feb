"""Explain: the listed contributions are the model's own arithmetic, and the CLI shows them."""

from __future__ import annotations

import io
import json
import math
from pathlib import Path

from rejectwatch import cli
from rejectwatch.model import classifier
from rejectwatch.model.classifier import Document
from rejectwatch.model.explain import explain

REJECTION = Document(
    "Your application",
    "Hi Sam, thanks for applying. Unfortunately we have decided to pursue other candidates.",
    "Acme Careers <jobs@acme.example>",
)
INVITE = Document(
    "Interview invitation",
    "Hi Sam, we would love to invite you to an interview next Tuesday. Please pick a slot.",
    "Acme Careers <jobs@acme.example>",
)


def test_contributions_add_up_to_the_score() -> None:
    model = classifier.load(None)
    for doc in (REJECTION, INVITE):
        found = explain(model, doc, top=10_000)
        logit = found.intercept + sum(c.weight for c in found.up + found.down)
        assert math.isclose(1 / (1 + math.exp(-logit)), found.score, rel_tol=1e-4)
        assert found.score == model.scores([doc])[0]


def test_rejection_words_push_up_and_invitation_words_push_down() -> None:
    model = classifier.load(None)
    rejection = explain(model, REJECTION, top=10_000)
    assert "candidates" in [c.feature for c in rejection.up]
    # The same words inside the refusal sentence count again, in their own (bracketed) block.
    assert "[other candidates]" in [c.feature for c in rejection.up]
    assert rejection.factors["job"] > 0.5
    assert rejection.factors["refusal"] > 0.5
    invite = explain(model, INVITE)
    down = [c.feature for c in invite.down]
    assert any("interview" in f or "invite" in f for f in down)
    assert invite.factors["refusal"] < 0.5 < invite.factors["job"]


def _write(path: Path) -> None:
    rows = [
        {"id": i, "subject": d.subject, "body": d.body, "sender": d.sender}
        for i, d in enumerate((REJECTION, INVITE))
    ]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))


def test_explain_command_and_classify_explain(tmp_path: Path) -> None:
    _write(tmp_path / "in.jsonl")
    out = io.StringIO()
    assert cli.main(["explain", str(tmp_path / "in.jsonl")], stdout=out) == 0
    text = out.getvalue()
    assert "towards rejection:" in text
    assert "away from it:" in text
    assert text.startswith("0: ")
    out = io.StringIO()
    assert cli.main(["classify", "--explain", str(tmp_path / "in.jsonl")], stdout=out) == 0
    lines = [json.loads(line) for line in out.getvalue().splitlines()]
    assert [line["id"] for line in lines] == [0, 1]
    assert set(lines[0]) == {"id", "label", "score", "explain"}
    assert lines[0]["explain"]["up"]
    assert set(lines[0]["explain"]["factors"]) == {"rejection", "job", "refusal"}
