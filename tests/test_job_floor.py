"""The job floor (issue 11, thirty-sixth pass; classifier.JOB_FLOOR): the decided and sentence
gates lift a band message into filing only when the job factor model reads it as job mail. On
grouped CV every SpamAssassin list mail filed had come in through the decided lift."""

from __future__ import annotations

import dataclasses

import numpy as np
from tests.test_sentence_gate import _always, _with_gate

from rejectwatch.model.classifier import JOB, Model, load
from rejectwatch.model.features import Document, documents_to_blocks
from rejectwatch.model.sentence_gate import lift_by_sentence
from rejectwatch.model.validation import choose_decided_threshold

# A list reply with "someone else chosen" words in it, under the list's own tag and footer as
# such mail comes (thirty-seventh pass: without them the reply's job log-odds sat at the floor,
# 0.54 under that pass's model), and a job refusal in the same words.
LIST_MAIL = Document(
    "Re: [build-dev] build times on the new compiler",
    "Thanks for the numbers. The result was 39 seconds with folding turned off; someone "
    "suggested trying the other linker, and I chose the one that was faster.\n\n"
    "_______________________________________________\nbuild-dev mailing list\n"
    "build-dev@lists.example\nhttps://lists.example/mailman/listinfo/build-dev",
    "Sam Field <sam@lists.example>",
)
JOB_MAIL = Document(
    "Your application for Data Analyst",
    "Thank you for applying for the Data Analyst role and for interviewing with us. We have "
    "chosen another candidate whose experience matched the role more closely.",
    "Talent Team <careers@firm.example>",
)


def _model(*, gate: float, decided: float, job_floor: float | None) -> Model:
    """test_sentence_gate's model with a sentence model giving every sentence ``gate``, every
    message in the band (review 0, filing 0.999), the given decided threshold and job floor."""
    model = _with_gate(_always(gate), review=0.0, filing=0.999)
    thresholds = dict(model.card["thresholds"], decided=decided)
    thresholds.pop("job_floor", None)
    if job_floor is not None:
        thresholds["job_floor"] = job_floor
    return dataclasses.replace(model, card=dict(model.card, thresholds=thresholds))


def _job_logits(model: Model, docs: list[Document]) -> np.ndarray:
    views = documents_to_blocks(docs, model.scorer.hasher.char_width > 0)
    return model.scorer.factor_logits(views)[:, JOB]


def test_the_job_model_tells_the_list_mail_from_the_job_mail() -> None:
    """What the tests below rest on: the shipped job model reads the list reply as no job mail
    and the refusal as job mail, and its log-odds are what the plain scorer combines."""
    model = load()
    logits = _job_logits(model, [LIST_MAIL, JOB_MAIL])
    assert logits[0] < 0.5 < logits[1]
    views = documents_to_blocks([LIST_MAIL, JOB_MAIL], model.scorer.hasher.char_width > 0)
    combined = model.scorer.classifier.probabilities(model.scorer.factor_logits(views))
    assert combined == model.scorer.positive(views)


def test_the_sentence_gate_lifts_only_job_mail() -> None:
    without = _model(gate=0.99, decided=0.999, job_floor=None)
    assert all(s >= without.filing_threshold for s in without.scores([LIST_MAIL, JOB_MAIL]))
    with_floor = _model(gate=0.99, decided=0.999, job_floor=0.5)
    assert with_floor.job_floor == 0.5
    listed, job = with_floor.scores([LIST_MAIL, JOB_MAIL])
    assert listed < with_floor.filing_threshold <= job


def test_the_decided_gate_lifts_only_job_mail() -> None:
    """The sentence gate off (every sentence 0.5), the decided threshold at 0: the rules read
    the list reply's "someone ... I chose the one" as someone else chosen, as they did the
    SpamAssassin threads, and without a job floor it is filed; with one it is not."""
    without = _model(gate=0.5, decided=0.0, job_floor=None)
    assert without.scores([LIST_MAIL])[0] >= without.filing_threshold
    with_floor = _model(gate=0.5, decided=0.0, job_floor=0.5)
    assert with_floor.scores([LIST_MAIL])[0] < with_floor.filing_threshold


def test_a_card_without_a_job_floor_lifts_as_before() -> None:
    card = dict(load().card, thresholds=dict(load().card["thresholds"]))
    card["thresholds"].pop("job_floor", None)
    assert dataclasses.replace(load(), card=card).job_floor is None


def test_lift_by_sentence_reads_only_the_eligible() -> None:
    docs = [Document("Your application", "One sentence that is long enough here.", "")] * 3
    scores = np.array([0.3, 0.4, 0.5])
    eligible = np.array([True, False, True])
    lifted = lift_by_sentence(_always(0.99), docs, scores, 0.1, 0.6, eligible=eligible)
    assert lifted[0] >= 0.6
    assert lifted[2] >= 0.6
    assert lifted[1] == 0.4


def test_the_decided_threshold_takes_a_mask_per_run() -> None:
    """One mask per CV run (a message's job log-odds differ between runs): the same masks in
    every run choose what one mask chooses, and a message lifted in no run cannot lower the
    decided threshold to reach it."""
    rng = np.random.default_rng(7)
    positive = np.array([True] * 60 + [False] * 60)
    runs = [np.clip(np.where(positive, 0.7, 0.2) + rng.normal(0, 0.15, 120), 0, 1) for _ in (0, 1)]
    kinds = ["rejection"] * 60 + ["ham"] * 60
    gated = positive.copy()
    one = choose_decided_threshold(positive, runs, gated, kinds, filing=0.8)
    per_run = choose_decided_threshold(positive, runs, np.stack([gated, gated]), kinds, filing=0.8)
    assert one == per_run
    assert one[1] < one[0]  # the gated rejections were lifted from below filing
    none = choose_decided_threshold(
        positive, runs, np.stack([~gated, ~gated]) & gated, kinds, filing=0.8
    )
    assert none[1] == none[0]  # nothing may be lifted: no decided threshold below filing
