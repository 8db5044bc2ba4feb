"""scripts/simulate_corrections.py --pool-file (twenty-fourth pass, part G): the user's pool is
a given file's mail (a read blind slice the shipped model was not trained on), the file is left
out of every training, each family of two copies gives one labelled copy and one later one,
and the single copies are "elsewhere". Tiny files and stub models: nothing real is trained."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from rejectwatch.model.classifier import Document
from rejectwatch.model.corpus import READ_SLICES, Example
from scriptmod import load_script

sim = load_script("simulate_corrections")

REFUSAL = (
    "Dear {name},\n\nThank you for applying for the {role} role with us. After careful review "
    "we have decided not to move forward with your application at this time.\n\nRegards,\n"
    "The Talent Team"
)
RECEIVED = (
    "Dear {name},\n\nThank you for applying for the {role} role with us. Our team is now "
    "reviewing your application and will be in touch about next steps.\n\nRegards,\n"
    "The Talent Team"
)


def row(id_: str, family: str, label: str, text: str, sender: str) -> dict[str, str]:
    return {
        "id": id_,
        "subject": "Your application",
        "body": text,
        "sender": sender,
        "label": label,
        "kind": "rejection" if label == "rejection" else "application_received",
        "family": family,
    }


def write(path: Path, rows: Sequence[dict[str, str]]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


@pytest.fixture
def data(tmp_path: Path) -> Path:
    """A corpus of two files, and slice 22 (a read slice) holding two families of two copies
    (one missed, one filed by mistake) and one single message."""
    data = tmp_path / "data"
    write(
        data / "a.jsonl",
        [
            row("rej-a-1", "a", "rejection", REFUSAL.format(name="Ann", role="Clerk"), "x@a.ex"),
            row("oth-a-1", "b", "not_rejection", RECEIVED.format(name="Bo", role="Cook"), "y@b.ex"),
        ],
    )
    a, b = "Talent <jobs@northwind.example>", "hr@southwind.example"
    write(
        data / "blind" / "blind-slice-22.jsonl",
        [
            row("s22:rej-2", "s-no", "rejection", REFUSAL.format(name="Cy", role="Driver"), a),
            row("s22:rej-1", "s-no", "rejection", REFUSAL.format(name="Di", role="Baker"), a),
            row("s22:oth-1", "s-fine", "not_rejection", RECEIVED.format(name="Ed", role="X"), b),
            row("s22:oth-2", "s-fine", "not_rejection", RECEIVED.format(name="Fa", role="Y"), b),
            row("s22:rej-3", "s-one", "rejection", REFUSAL.format(name="Gu", role="Z"), a),
        ],
    )
    return data


def test_the_pool_file_is_left_out_of_the_corpus_however_it_is_spelt(data: Path) -> None:
    files = sim.classifier.default_data_files(data)
    slice_22 = data / "blind" / "blind-slice-22.jsonl"
    assert slice_22 in files  # a read slice: the corpus trains on it ...
    spelt_otherwise = data / "blind" / ".." / "blind" / "blind-slice-22.jsonl"
    assert sim.without(files, spelt_otherwise) == [data / "a.jsonl"]  # ... the simulation never
    shipped, held, candidates = sim.draw(files, spelt_otherwise, 60, sim.random.Random(1))
    assert [e.id for e in shipped] == ["rej-a-1", "oth-a-1"]
    assert sorted(e.id for e in held) == [
        "s22:oth-1",
        "s22:oth-2",
        "s22:rej-1",
        "s22:rej-2",
        "s22:rej-3",
    ]
    assert candidates == ["s-fine", "s-no"]  # a single message is never the user's


def test_a_copy_of_a_read_slice_given_from_elsewhere_reaches_no_training(
    data: Path, tmp_path: Path
) -> None:
    """Twenty-ninth pass, part G: the pool file left out by its path is not enough. A copy of
    a read slice given from another directory (a user's export, /tmp) names no training file,
    yet its messages are in one (data/blind/blind-slice-22.jsonl); each of them, and any
    message of the corpus repeating one of them (same id or same body), must still reach no
    training, whatever file is given."""
    files = sim.classifier.default_data_files(data)
    slice_22 = data / "blind" / "blind-slice-22.jsonl"
    copy = tmp_path / "elsewhere" / "my-mail.jsonl"
    copy.parent.mkdir()
    copy.write_bytes(slice_22.read_bytes())
    assert sim.without(files, copy) == files  # no path matches: the old rule kept them all
    shipped, held, candidates = sim.draw(files, copy, 60, sim.random.Random(1))
    assert [e.id for e in shipped] == ["rej-a-1", "oth-a-1"]
    assert len(held) == 5
    assert candidates == ["s-fine", "s-no"]
    # a pool of only some of a file's messages leaves that file's other messages in training
    write(copy, [json.loads(line) for line in slice_22.read_text().splitlines()][:2])
    shipped, held, _ = sim.draw(files, copy, 60, sim.random.Random(1))
    assert sorted(e.id for e in held) == ["s22:rej-1", "s22:rej-2"]
    assert [e.id for e in shipped] == [
        "rej-a-1",
        "oth-a-1",
        "s22:oth-1",
        "s22:oth-2",
        "s22:rej-3",
    ]


def test_each_pair_gives_one_labelled_copy_and_one_later_one(data: Path) -> None:
    held = sim.read_examples([data / "blind" / "blind-slice-22.jsonl"])
    earlier, later = sim.user_split(held, {"s-no", "s-fine"}, 0.4)
    assert [e.id for e in earlier] == ["s22:oth-1", "s22:rej-1"]
    assert [e.id for e in later] == ["s22:oth-2", "s22:rej-2"]
    # even a share that would label the whole family leaves its later copy
    assert sim.user_split(held, {"s-no"}, 0.9) == (
        [e for e in held if e.id == "s22:rej-1"],
        [e for e in held if e.id == "s22:rej-2"],
    )


def test_every_candidate_is_the_users_when_there_are_no_more_than_asked() -> None:
    rng = sim.random.Random(3)
    wrong = Counter({"c": 2, "a": 1})
    assert sim.choose_families(["a", "b", "c"], wrong, 3, rng) == {"a", "b", "c"}
    assert sim.choose_families(["a", "b", "c"], wrong, 9, rng) == {"a", "b", "c"}
    chosen = sim.choose_families(["a", "b", "c", "d", "e"], wrong, 2, rng)
    assert "c" in chosen  # the most wrong first, one right-ish family drawn from the rest
    assert len(chosen) == 2


@dataclass
class StubModel:
    """Scores 0.9 for a body with "not to move" in it, else 0.1, except that it knows
    nothing of the refusal until it is trained on one (misses it: the user's correction)."""

    trained_on: list[str] = field(default_factory=list)
    knows_refusals: bool = False
    filing_threshold: float = 0.5
    card: dict[str, Any] = field(default_factory=dict)

    def scores(self, docs: Sequence[Document]) -> list[float]:
        return [0.9 if self.knows_refusals and "not to move" in d.body else 0.1 for d in docs]


class StubComparison:
    candidate_not_worse = True

    def lines(self) -> list[str]:
        return ["stub gate"]


def test_a_run_on_a_pool_file_trains_without_it_and_prints_the_columns(
    data: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    trainings: list[list[str]] = []

    def train(examples: Sequence[Example]) -> StubModel:
        trainings.append([e.id for e in examples])
        return StubModel()

    def train_candidate(shipped: Sequence[Example], user: Sequence[Example]) -> StubModel:
        trainings.append([e.id for e in [*shipped, *user]])
        model = StubModel(knows_refusals=any(e.label == "rejection" for e in user))
        model.card = {"user_examples": {"weight_each": 5.0}}
        return model

    monkeypatch.setattr(sim.classifier, "train", train)
    monkeypatch.setattr(sim.retrain, "train_candidate", train_candidate)
    monkeypatch.setattr(sim.retrain, "compare", lambda *a: StubComparison())
    pool_file = data / "blind" / "blind-slice-22.jsonl"
    assert sim.main(["--data", str(data), "--pool-file", str(pool_file)]) == 0
    out = capsys.readouterr().out
    # the slice's messages reach training only as the user's labelled copies
    assert trainings[0] == ["rej-a-1", "oth-a-1"]
    assert trainings[1] == ["rej-a-1", "oth-a-1", "user:s22:oth-1", "user:s22:rej-1"]
    assert "3 families held out from blind-slice-22.jsonl (5 messages)" in out
    assert "user         2 families; labelled 2 earlier messages (1 rejections, 1 not)" in out
    assert "; 2 later messages" in out
    # the later refusal: missed before, filed after the retraining and with the memory
    columns = {line[:32].strip(): line[32:].split() for line in out.splitlines()}
    # before, after, after with the memory, before with the memory (a refusing gate's case)
    assert columns["user later mail: false neg."] == ["1", "0", "0", "0"]
    assert columns["user later mail: false pos."] == ["0", "0", "0", "0"]
    assert "the memory matches 2 of the 2 later messages" in out
    assert "the user gets the after+memory column" in out
    assert "  s22:rej-2: 0.100 -> 0.900  (its first line not labelled; +memory right)" in out
    assert "elsewhere (1 messages, 1 unseen families):" in out


def test_a_missing_pool_file_is_an_error(data: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert sim.main(["--data", str(data), "--pool-file", str(data / "nope.jsonl")]) == 2
    assert "no such pool file" in capsys.readouterr().err


def test_no_retrain_prints_before_and_before_with_the_memory(
    data: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Twenty-fourth pass, part Q: --no-retrain trains no candidate and runs no gate, and
    counts the memory's matches by the sender's own template and another sender's (the
    later refusal comes from another employer, word for word)."""
    pool_file = data / "blind" / "blind-slice-22.jsonl"
    rows = [json.loads(line) for line in pool_file.read_text(encoding="utf-8").splitlines()]
    for r in rows:
        if r["id"] == "s22:rej-2":
            r["sender"] = "Eastwind People <people@eastwind.example>"
    write(pool_file, rows)

    def never(*_: object) -> None:
        raise AssertionError("no candidate, no gate with --no-retrain")

    monkeypatch.setattr(sim.classifier, "train", lambda examples: StubModel())
    monkeypatch.setattr(sim.retrain, "train_candidate", never)
    monkeypatch.setattr(sim.retrain, "compare", never)
    assert sim.main(["--data", str(data), "--pool-file", str(pool_file), "--no-retrain"]) == 0
    out = capsys.readouterr().out
    columns = {line[:32].strip(): line[32:].split() for line in out.splitlines()}
    assert columns[""] == ["before", "before+memory"]
    assert columns["user later mail: false neg."] == ["1", "0"]
    assert columns["user later mail: false pos."] == ["0", "0"]
    assert (
        "the memory matches 2 of the 2 later messages: 1 by their own sender's template, "
        "1 by another sender's"
    ) in out
    assert "  s22:rej-2: before wrong, +memory right" in out
    assert "elsewhere (1 messages, 1 unseen families):" in out


def read_slices_from(first: int) -> list[str]:
    """The read blind slices numbered *first* and on, as corpus.READ_SLICES lists them: the
    pool files a pass gives `--pool-file` (each pass declares one more read)."""
    found = []
    for name in READ_SLICES:
        stem = name.removesuffix(".jsonl")
        number = stem.removeprefix("blind-slice-")
        if stem.startswith("blind-slice-") and number.isdigit() and int(number) >= first:
            found.append(name)
    return found


def test_the_read_slices_tested_run_to_the_newest_read_one() -> None:
    """Twenty-eighth pass, part G: the test below covers every read slice from 23 on, so the
    slice a pass declares read (26 in the twenty-eighth) is covered without editing it."""
    names = read_slices_from(23)
    assert names[:4] == [f"blind-slice-{n}.jsonl" for n in (23, 24, 25, 26)]
    assert names == [f"blind-slice-{n}.jsonl" for n in range(23, 23 + len(names))]


@pytest.mark.parametrize("name", read_slices_from(23))
def test_a_read_slice_reaches_no_training_of_the_simulation(
    name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Twenty-fifth pass, part G (slice 23), twenty-sixth (24), twenty-seventh (25) and
    twenty-eighth (26, and every slice declared read after it): a slice in corpus.READ_SLICES is
    among the shipped recipe's training files; `--pool-file data/blind/blind-slice-N.jsonl`
    must still train "before" (and every candidate: they are trained on the same list) without
    any of its messages, however the path is spelt (the command line gives it relative to the
    checkout, the data directory is absolute), and no other training file may hold one (the
    repository's own files, read, not trained on)."""
    data = Path(__file__).resolve().parents[1] / "data"
    number = int(name.removesuffix(".jsonl").removeprefix("blind-slice-"))
    pool_file = data / "blind" / name
    files = sim.classifier.default_data_files(data)
    assert pool_file in files  # the shipped recipe trains on it ...
    monkeypatch.chdir(data.parent)
    spelt = Path("data") / "blind" / name  # as the docs' command gives it
    kept = sim.without(files, spelt)
    assert kept == [path for path in files if path != pool_file]  # ... the simulation never
    shipped, held, candidates = sim.draw(files, spelt, 60, sim.random.Random(1))
    rows = [json.loads(line) for line in pool_file.read_text(encoding="utf-8").splitlines()]
    assert len(held) == len(rows) == 300
    assert {e.id.split(":")[0] for e in held} == {f"blind{number}"}
    assert not {e.family for e in shipped} & {e.family for e in held}
    assert not {e.id for e in shipped} & {e.id for e in held}
    assert not {e.body for e in shipped} & {e.body for e in held}
    sizes = Counter(r["family"] for r in rows)
    assert candidates == sorted(f for f, n in sizes.items() if n > 1)  # the user's
    # its families of two copies: about 70 in each slice's brief (slice 30 has 69, slice 34 85)
    assert 60 <= len(candidates) <= 90
