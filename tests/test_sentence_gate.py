"""The sentence gate (issue 11, thirty-second pass; rejectwatch.model.sentence_gate): the
sentence model's numbers, its place in the model file, and where Model.scores uses it."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import numpy as np
import pytest
from sklearn.linear_model import LogisticRegression

from rejectwatch.model import explain, sentence_gate
from rejectwatch.model.classifier import Model, load
from rejectwatch.model.features import Document
from rejectwatch.model.plain import from_bytes, to_bytes
from rejectwatch.model.sentence_gate import (
    GATE_MIN,
    GATE_WIDTH,
    SentenceModel,
    binary_rows,
    fit_sentence_model,
    fit_sentence_table,
    lift_by_sentence,
    sentence_table,
    sentences,
    strongest_in_table,
)
from rejectwatch.model.validation import lift_decided

REFUSALS = [
    "Unfortunately we will not be moving forward with your application.",
    "We have chosen another candidate whose experience matched more closely.",
    "The position has now been filled by someone else.",
    "Sadly you were not successful on this occasion.",
]
OTHERS = [
    "Thank you for applying, we have received your application.",
    "We would like to invite you to an interview on Monday at 10.",
    "Your order has shipped and will arrive on Thursday.",
    "Please complete the online assessment by Friday evening.",
]


def _docs(bodies: list[str]) -> list[Document]:
    return [Document("Your application", body, "hr@firm.example") for body in bodies]


@pytest.fixture(scope="module")
def toy() -> SentenceModel:
    docs = _docs(REFUSALS * 3 + OTHERS * 3)
    return fit_sentence_model(docs, [True] * 12 + [False] * 12)


def test_sentences_are_what_the_sender_wrote() -> None:
    doc = Document(
        "Re: Analyst",
        "Hi Ana,\n\nThanks for your time on Tuesday. We have offered the post to a colleague. "
        "Ok.\n\nOn 3 May 2026, Ana wrote:\n> I would love to join your team next year.",
        "",
    )
    found = sentences(doc)
    assert "We have offered the post to a colleague." in found
    assert "Ok." not in found  # under twelve characters
    assert not any("love to join" in s for s in found)  # the quoted history is cut
    assert sentences(Document("Only a subject line", "", "")) == ["Only a subject line"]


def test_a_hard_wrapped_sentence_is_one_sentence() -> None:
    """Plain-text mail wrapped at 72 characters: a line that ends no sentence and a next line
    that goes on in lower case are one sentence; a signature's lines, a capital or a script
    without case still break."""
    doc = Document(
        "Your application",
        "Dear Ana,\n\nThank you for your interest. After careful review we have decided not\n"
        "to take your application\nfurther at this stage.\nKind regards\nJane Smith\n"
        "Head of People\nMeridian Freight\n\u6211\u4eec\u5df2\u7ecf\u9009\u62e9\u4e86\n"
        "\u53e6\u4e00\u4f4d\u5019\u9009\u4eba",
        "",
    )
    found = sentences(doc)
    assert (
        "After careful review we have decided not to take your application further at this "
        "stage." in found
    )
    assert not any("decided not" in s and "stage" not in s for s in found)
    assert "Head of People" in found  # a capital: a line of its own
    assert sentence_gate.unwrapped("Kind regards\nJane Smith") == "Kind regards\nJane Smith"
    assert sentence_gate.unwrapped("results.\nthen") == "results.\nthen"
    assert sentence_gate.unwrapped("cut off here\nand\n\nnew") == "cut off here and\n\nnew"


def test_its_numbers_are_scikit_learns(toy: SentenceModel) -> None:
    texts = REFUSALS + OTHERS + ["A sentence with words it never saw at all."]
    docs = _docs(REFUSALS * 3 + OTHERS * 3)
    expected = LogisticRegression(C=sentence_gate.GATE_C, max_iter=3000, class_weight="balanced")
    rows = [s for d in docs for s in sentences(d)]
    expected.fit(binary_rows(rows), np.array([True] * 12 + [False] * 12))
    twin = SentenceModel(expected.coef_[0].astype(np.float32), float(expected.intercept_[0]))
    want = expected.predict_proba(binary_rows(texts))[:, 1]
    assert np.allclose(twin.sentence_scores(texts), want, atol=1e-5)
    assert (toy.sentence_scores(REFUSALS) > 0.5).all()
    assert (toy.sentence_scores(OTHERS) < 0.5).all()
    assert toy.sentence_scores([]).shape == (0,)


def test_a_rejections_thanks_do_not_count_as_its_refusal() -> None:
    """The second fit narrows a rejection's sentences to its refusal: a thanks line that
    rejections and confirmations both open with ends up below the refusals."""
    thanks = "Thank you very much for your interest in joining the team."
    rejections = [f"{thanks} {r}" for r in REFUSALS] * 3
    others = [f"{thanks} {o}" for o in OTHERS] * 2
    model = fit_sentence_model(_docs(rejections + others), [True] * 12 + [False] * 8)
    chance = model.sentence_scores([thanks, *REFUSALS])
    assert chance[0] < 0.2  # (one fit alone gives it 0.495)
    assert (chance[1:] > chance[0]).all()


def test_the_strongest_sentence_is_the_refusal(toy: SentenceModel) -> None:
    doc = Document(
        "Update", "Thank you for applying, we have received your application. " + REFUSALS[2], ""
    )
    chance, sentence = toy.strongest(doc)
    assert sentence == REFUSALS[2]
    assert chance == pytest.approx(float(toy.sentence_scores([REFUSALS[2]])[0]))


def test_the_model_file_keeps_it_and_a_file_without_it_is_unchanged(toy: SentenceModel) -> None:
    shipped = Path(__file__).resolve().parents[1] / "models" / "rejectwatch.npz"
    plain = from_bytes(shipped.read_bytes())
    if plain.sentence_model is None:  # a model saved before the gate: the same bytes again
        assert to_bytes(plain) == shipped.read_bytes()
    plain.sentence_model = toy
    again = from_bytes(to_bytes(plain))
    assert again.sentence_model is not None
    assert np.array_equal(again.sentence_model.weights, toy.weights)
    assert again.sentence_model.bias == toy.bias
    plain.sentence_model = None
    assert from_bytes(to_bytes(plain)).sentence_model is None


def test_a_sentence_model_of_another_width_is_refused() -> None:
    with pytest.raises(Exception, match="width"):
        SentenceModel.load({"width": 16, "bias": 0.0}, {"weights": np.zeros(16, np.float32)})
    with pytest.raises(Exception, match="shape"):
        SentenceModel(np.zeros(16, np.float32), 0.0)


# a note that thanks the reader and decides nothing: what a gate reading every sentence at 0.95
# would lift, and one that reads none at that would not
_PLAIN_NOTE = Document(
    "Your application",
    "Thank you for your interest in the analyst post and for the time you gave us.",
    "hr@firm.example",
)


def _always(chance: float) -> SentenceModel:
    """A sentence model that gives every sentence ``chance``."""
    return SentenceModel(np.zeros(GATE_WIDTH, np.float32), float(np.log(chance / (1 - chance))))


def test_only_the_band_is_lifted_and_its_order_kept() -> None:
    docs = _docs(["One sentence that is long enough here."] * 5)
    scores = np.array([0.05, 0.2, 0.4, 0.59, 0.8])
    lifted = lift_by_sentence(_always(0.95), docs, scores, floor=0.1, filing=0.6)
    assert lifted[0] == 0.05  # below the band
    assert lifted[4] == 0.8  # filed already
    assert (lifted[1:4] >= 0.6).all()
    assert lifted[1] < lifted[2] < lifted[3] < 1.0
    assert np.array_equal(lift_by_sentence(_always(0.5), docs, scores, 0.1, 0.6), scores)
    assert np.array_equal(lift_by_sentence(_always(0.95), docs, scores, 0.6, 0.6), scores)
    at_min = lift_by_sentence(_always(GATE_MIN + 1e-6), docs, scores, 0.1, 0.6)
    assert (at_min[1:4] >= 0.6).all()


def test_a_filing_threshold_of_one_files_nothing() -> None:
    """A card's filing threshold of 1.0 leaves the filing band empty, so neither the sentence
    gate nor the decided gate may file a band message there (they lifted it to exactly 1.0)."""
    docs = _docs(["One sentence that is long enough here."] * 3)
    scores = np.array([0.2, 0.5, 0.9])
    assert np.array_equal(lift_by_sentence(_always(0.99), docs, scores, 0.1, 1.0), scores)
    assert np.array_equal(lift_decided(scores, np.ones(3, dtype=bool), 1.0, 0.3), scores)
    model = _with_gate(_always(0.99), review=0.0, filing=1.0)
    refusal = Document(
        "Your application",
        "Thank you for applying. We have decided not to take your application further.",
        "hr@firm.example",
    )
    assert model.scores([refusal])[0] < 1.0


def _with_gate(gate: SentenceModel, review: float, filing: float) -> Model:
    """The shipped model with `gate` as its sentence model and the given thresholds; the card's
    own gate floor is dropped, so the gate lifts from `review` as on a card without one."""
    shipped = load()
    plain = from_bytes(to_bytes(shipped.scorer))
    plain.sentence_model = gate
    card = dict(shipped.card, thresholds=dict(shipped.card["thresholds"]))
    card["thresholds"].update(review=review, filing=filing, decided=filing)
    card["thresholds"].pop("gate", None)
    return dataclasses.replace(shipped, card=card, plain=plain)


def test_the_guard_still_holds_what_the_gate_lifts() -> None:
    model = _with_gate(_always(0.99), review=0.0, filing=0.999)
    interview = Document(
        "Interview",
        "Thank you for applying. We would like to invite you to an interview on Tuesday 4 "
        "March at 10am at our office; please confirm the time suits you.",
        "hr@firm.example",
    )
    held, lifted = model.scores([interview, _PLAIN_NOTE])
    assert held < model.filing_threshold
    assert lifted >= model.filing_threshold
    without = _with_gate(_always(0.5), review=0.0, filing=0.999)
    assert without.scores([_PLAIN_NOTE])[0] < model.filing_threshold


def test_explain_names_the_strongest_sentence(toy: SentenceModel) -> None:
    model = _with_gate(toy, review=load().review_threshold, filing=load().filing_threshold)
    found = explain.explain(model, _docs([REFUSALS[1]])[0])
    assert found.sentence is not None
    assert found.sentence[1] == REFUSALS[1]
    assert found.as_dict()["strongest_sentence"][1] == REFUSALS[1]


def test_explain_gives_the_score_classify_gives() -> None:
    """A message the gate lifts is labelled filed by explain too (before, explain showed the
    words' score alone under the guard)."""
    model = _with_gate(_always(0.99), review=0.0, filing=0.999)
    doc = Document("Your application", "Thank you for your interest in the analyst post.", "")
    found = explain.explain(model, doc)
    assert found.score == model.scores([doc])[0]
    assert found.score >= model.filing_threshold
    assert found.label == "rejection"


def test_a_fold_of_the_table_is_the_model_of_its_messages() -> None:
    """Grouped CV fits the sentence model per fold on one hashed table (thirty-fourth pass):
    a fold's model is the one fitted on its messages alone, and its strongest sentences are
    what SentenceModel.strongest reads from each message."""
    thanks = "Thank you very much for your interest in joining the team."
    bodies = [f"{thanks} {r}" for r in REFUSALS] * 3 + [f"{thanks} {o}" for o in OTHERS] * 3
    docs = _docs(bodies)
    positive = [True] * 12 + [False] * 12
    weights = [1.0 + (i % 3) for i in range(24)]
    train = np.arange(0, 24, 2)
    test = np.arange(1, 24, 2)
    table = sentence_table(docs)
    folded = fit_sentence_table(table, positive, weights, train)
    alone = fit_sentence_model(
        [docs[i] for i in train], [positive[i] for i in train], [weights[i] for i in train]
    )
    assert np.allclose(folded.weights, alone.weights, atol=1e-6)
    assert folded.bias == pytest.approx(alone.bias, abs=1e-6)
    read = strongest_in_table(folded, table, test)
    assert np.allclose(read, [folded.strongest(docs[i])[0] for i in test], atol=1e-6)


def test_the_gate_floor_is_the_lowest_that_keeps_the_precision_target() -> None:
    """choose_gate_floor (thirty-fourth pass): the gate may lift only from where every CV run
    keeps the target with it; a confirmation it would lift low in the band raises the floor
    above it, and a run it cannot keep turns the gate off (the floor is filing)."""
    positive = np.array([True] * 8 + [False] * 4)
    run = np.array([0.9] * 6 + [0.5, 0.3] + [0.1, 0.25, 0.05, 0.95])
    strongest = np.array([0.5] * 6 + [0.95, 0.95] + [0.2, 0.95, 0.2, 0.5])
    held = np.zeros(12, dtype=bool)
    held[11] = True  # a held offer is never filed, whatever its score
    weights = np.ones(12)
    kw = {"review": 0.2, "filing": 0.7, "target_precision": 0.99}
    floor = sentence_gate.choose_gate_floor(positive, [run], [strongest], held, weights, **kw)
    assert 0.25 < floor <= 0.3  # above the confirmation at 0.25, at or below the refusal at 0.3
    assert floor == pytest.approx(0.2 + 3 * 0.5 / sentence_gate.GATE_FLOOR_STEPS)
    clean = np.where(positive, strongest, 0.2)
    assert sentence_gate.choose_gate_floor(positive, [run], [clean], held, weights, **kw) == 0.2
    # a second run where the confirmation scores high in the band: nothing below filing keeps it
    other = run.copy()
    other[9] = 0.69
    both = sentence_gate.choose_gate_floor(
        positive, [run, other], [strongest, strongest], held, weights, **kw
    )
    assert both == 0.7


def test_the_gate_floor_never_starts_below_its_first_step() -> None:
    """A floor the precision target would allow low in the band is raised to the first step
    tried (training passes GATE_FLOOR_FIRST_STEP, 0.8 of the band); above it the rule is as
    before, and a run nothing below filing keeps still turns the gate off."""
    positive = np.array([True] * 8 + [False] * 4)
    run = np.array([0.9] * 6 + [0.5, 0.3] + [0.1, 0.25, 0.05, 0.95])
    strongest = np.where(positive, 0.95, 0.2)
    held = np.zeros(12, dtype=bool)
    held[11] = True  # a held offer is never filed, whatever its score
    weights = np.ones(12)
    kw = {"review": 0.2, "filing": 0.7, "target_precision": 0.99}
    assert sentence_gate.choose_gate_floor(positive, [run], [strongest], held, weights, **kw) == 0.2
    first = sentence_gate.GATE_FLOOR_FIRST_STEP
    floor = sentence_gate.choose_gate_floor(
        positive, [run], [strongest], held, weights, first_step=first, **kw
    )
    assert floor == pytest.approx(0.2 + first * 0.5 / sentence_gate.GATE_FLOOR_STEPS)
    assert first / sentence_gate.GATE_FLOOR_STEPS == pytest.approx(0.8)
    high = run.copy()
    high[9] = 0.69  # a confirmation high in the band, its strongest sentence a refusal's
    lifted = np.where(positive, 0.95, 0.2)
    lifted[9] = 0.95
    assert (
        sentence_gate.choose_gate_floor(
            positive, [high], [lifted], held, weights, first_step=first, **kw
        )
        == 0.7
    )


def test_the_gate_floor_lifts_no_more_everyday_mail_than_the_ham_rate_allows() -> None:
    """With a few hundred ham the budget (3 in 14,000, on average over the runs) is under one:
    a ham message the gate would lift low in the band raises the floor above it though
    precision is met; with enough ham one is allowed, and so is one lifted in one run of two
    where the average stays within the rate."""
    n_ham = 500
    positive = np.array([True] * 200 + [False] * n_ham)
    run = np.concatenate([np.full(200, 0.9), np.full(n_ham, 0.01)])
    run[0], run[200] = 0.45, 0.3  # a refusal and a ham message in the band
    strongest = np.zeros(len(run))
    strongest[[0, 200]] = 0.95
    ham = ~positive
    held = np.zeros(len(run), dtype=bool)
    weights = np.where(positive, 1.0, 0.001)  # the realistic mix hardly weighs ham
    kw = {"review": 0.2, "filing": 0.7, "target_precision": 0.99}
    free = sentence_gate.choose_gate_floor(positive, [run], [strongest], held, weights, **kw)
    assert free == 0.2  # precision alone: the ham message weighs nothing
    floor = sentence_gate.choose_gate_floor(
        positive, [run], [strongest], held, weights, ham=ham, **kw
    )
    assert 0.3 < floor <= 0.45
    many = np.zeros(20_000, dtype=bool)
    big = sentence_gate.choose_gate_floor(
        np.concatenate([positive, many]),
        [np.concatenate([run, np.full(20_000, 0.01)])],
        [np.concatenate([strongest, np.zeros(20_000)])],
        np.concatenate([held, many]),
        np.concatenate([weights, np.full(20_000, 0.001)]),
        ham=np.concatenate([ham, ~many]),
        **kw,
    )
    assert big == 0.2  # 20,500 ham allow 4 (3 in 14,000): one lifted is within it
    calm = np.concatenate([run, np.full(20_000, 0.01)])
    calm[200] = 0.01  # a second run where the ham message stays low
    noisy = np.concatenate([run, np.full(20_000, 0.01)])
    noisy[[200, 201, 202, 203, 204, 205, 206, 207, 208]] = 0.3  # nine lifted: 4.5 on average
    strong = np.concatenate([strongest, np.zeros(20_000)])
    strong[201:209] = 0.95
    args = (
        np.concatenate([positive, many]),
        [noisy, calm],
        [strong, strong],
        np.concatenate([held, many]),
        np.concatenate([weights, np.full(20_000, 0.001)]),
    )
    assert sentence_gate.choose_gate_floor(*args, ham=np.concatenate([ham, ~many]), **kw) > 0.3
    # six lifted in one run and none in the other: 3 on average, within the 4.39 allowed,
    # though one run alone is over it; the rule is the average, not every run
    noisy[[206, 207, 208]] = 0.01
    assert sentence_gate.choose_gate_floor(*args, ham=np.concatenate([ham, ~many]), **kw) == 0.2


def test_the_model_lifts_only_from_its_cards_gate_floor() -> None:
    model = _with_gate(_always(0.99), review=0.0, filing=0.999)
    assert model.gate_threshold == 0.0  # a card without one: the review threshold
    assert model.scores([_PLAIN_NOTE])[0] >= model.filing_threshold
    floored = dataclasses.replace(
        model, card=dict(model.card, thresholds=dict(model.card["thresholds"], gate=0.998))
    )
    assert floored.gate_threshold == 0.998
    assert floored.scores([_PLAIN_NOTE])[0] < floored.filing_threshold


def test_the_model_lifts_from_its_cards_sentence_minimum() -> None:
    """Forty-ninth pass: the strongest sentence's probability the gate asks for is the card's
    sentence_gate.min (0.9 on every earlier card), so a model keeps the value it was trained
    and measured with whatever GATE_MIN the code has later."""
    model = _with_gate(_always(0.7), review=0.0, filing=0.999)

    def with_min(least: float) -> Model:
        gate_card = dict(model.card.get("sentence_gate", {}), min=least)
        return dataclasses.replace(model, card=dict(model.card, sentence_gate=gate_card))

    assert with_min(0.9).gate_min == 0.9
    assert with_min(0.9).scores([_PLAIN_NOTE])[0] < model.filing_threshold
    assert with_min(0.65).scores([_PLAIN_NOTE])[0] >= model.filing_threshold
    bare = dataclasses.replace(
        model, card={k: v for k, v in model.card.items() if k != "sentence_gate"}
    )
    assert bare.gate_min == GATE_MIN
    scores = np.array([0.2, 0.4])
    docs = _docs(["One sentence that is long enough here."] * 2)
    assert (lift_by_sentence(_always(0.7), docs, scores, 0.1, 0.6, least=0.65) >= 0.6).all()
    assert np.array_equal(
        lift_by_sentence(_always(0.7), docs, scores, 0.1, 0.6, least=0.75), scores
    )
