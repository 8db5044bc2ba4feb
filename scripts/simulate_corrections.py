"""Simulate a user who corrects rejectwatch over time, and show whether it learns from them.

    python scripts/simulate_corrections.py [--data DIR] [--pool N] [--families N] [--share F]

On the shipped corpus (data/*.jsonl):

1. ``--pool`` template families are taken out of the corpus: the world "today's model" has
   never seen. "Before" is that model, trained on the rest exactly as scripts/retrain.py trains.
2. The user's families: the ``--families`` families of the pool the before-model gets most
   wrong at filing (with a few it gets right, so the user also confirms good decisions). The
   first ``--share`` of each family's messages, in id order, is the mail the user sorts into
   the rejections and "Not a rejection" folders; the rest is their later mail.
3. "After" is trained on the same corpus plus those labelled messages by the code
   `train --from-imap` runs (rejectwatch.pipeline.retrain.train_candidate, weights and all), and the
   gate `train --from-imap` applies (rejectwatch.pipeline.retrain.compare) is printed with its
   verdict.
4. Both models score the user's later mail (false positives and false negatives) and the
   pool's other families, which neither model nor user has seen (precision and recall at
   filing; offers, interviews and next steps filed).
5. Twenty-third pass, part O: the "after" model with the memory of the user's labelled mail
   beside it, decided as a scan decides (rejectwatch.pipeline.workers.recall_for: a message
   repeating a labelled one from the same domain takes its label, unless the guard protects
   it): the "+memory" column.

With ``--pool-file FILE`` (twenty-fourth pass, part G) the pool is that file's messages
instead: mail the shipped model gets wrong, e.g. a read blind slice it was not trained on
(``--pool-file data/blind/blind-slice-22.jsonl``). The file is left out of every training here
(corpus.READ_SLICES lists the read slices: it is filtered out of the corpus, so "before" is the
shipped recipe without it), nothing else is held out, and the user's families are the file's
families of two or more messages (the ``--families`` most wrong of them when given): the first
``--share`` of each, at least one message and never all, is labelled, the rest is later mail;
the file's single-message families are "elsewhere".

With ``--no-retrain`` (twenty-fourth pass, part Q) no candidate is trained and no gate run:
"before" and "before+memory" only (what the user gets when the gate keeps the model), with the
memory's matches counted by kind (the sender's own template, or another sender's); one
training's time.

Deterministic for the same data and arguments; about five trainings' time.
"""

from __future__ import annotations

import argparse
import random
import sys
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

import numpy as np

from rejectwatch.model import classifier
from rejectwatch.model.classifier import Document, Model
from rejectwatch.model.corpus import POSITIVE, Example, read_examples
from rejectwatch.model.validation import PROTECTED_KINDS
from rejectwatch.pipeline import memory, retrain
from rejectwatch.pipeline.workers import recall_for

REPO = Path(__file__).resolve().parents[1]


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=REPO / "data", help="directory of *.jsonl")
    parser.add_argument("--pool", type=int, default=60, help="families taken out (default 60)")
    parser.add_argument(
        "--families",
        type=int,
        default=None,
        help="the user's families (default 14; with --pool-file, every family of 2+ messages)",
    )
    parser.add_argument(
        "--pool-file",
        type=Path,
        default=None,
        help="take the pool from this *.jsonl (left out of every training) instead of the corpus",
    )
    parser.add_argument("--share", type=float, default=0.4, help="share of a family labelled")
    parser.add_argument("--seed", type=int, default=11, help="which families (default 11)")
    parser.add_argument(
        "--no-retrain",
        action="store_true",
        help="train no candidate: before and before+memory only (the gate kept the model)",
    )
    return parser.parse_args(argv)


def scores(model: Model, examples: Sequence[Example]) -> np.ndarray:
    return np.array(model.scores([Document(e.subject, e.body, e.sender) for e in examples]))


def as_user_mail(example: Example) -> Example:
    """An example as `train --from-imap` would gather it from the user's folders."""
    positive = example.label == POSITIVE
    return replace(
        example,
        id=f"user:{example.id}",
        kind="rejection" if positive else "user_not_rejection",
        family="user:Rejections" if positive else "user:Not a rejection",
    )


def pick_pool(examples: Sequence[Example], n: int, rng: random.Random) -> list[str]:
    """n families, half of them rejection families, chosen at random (ham never)."""
    by_label: dict[bool, set[str]] = defaultdict(set)
    for e in examples:
        if not e.family.startswith("ham"):
            by_label[e.label == POSITIVE].add(e.family)
    half = n // 2
    return sorted(rng.sample(sorted(by_label[True]), half)) + sorted(
        rng.sample(sorted(by_label[False]), n - half)
    )


def without(files: Sequence[Path], pool_file: Path) -> list[Path]:
    """*files* without *pool_file* (the same file however either path is spelt)."""
    gone = pool_file.resolve()
    return [path for path in files if path.resolve() != gone]


def apart(corpus: Sequence[Example], held: Sequence[Example]) -> list[Example]:
    """*corpus* without any message of *held*, by id or by body (twenty-ninth pass, part G): a
    pool file given from elsewhere, a copy of a read slice, names no training file, yet its
    messages are in one."""
    ids = {e.id for e in held}
    bodies = {e.body for e in held}
    return [e for e in corpus if e.id not in ids and e.body not in bodies]


def draw(
    files: Sequence[Path], pool_file: Path | None, n_pool: int, rng: random.Random
) -> tuple[list[Example], list[Example], list[str]]:
    """(the corpus "before" is trained on, the pool, the families the user may label). From
    the corpus: *n_pool* families held out (pick_pool), any of them the user's. From
    *pool_file*: its messages, the file and any of its messages found elsewhere (apart) left
    out of the corpus; the user's families are its families of two or more messages."""
    if pool_file is None:
        corpus = classifier.training_examples(files)
        pool = set(pick_pool(corpus, n_pool, rng))
        shipped = [e for e in corpus if e.family not in pool]
        held = [e for e in corpus if e.family in pool]
        return shipped, held, sorted(pool)
    held = read_examples([pool_file])
    shipped = apart(classifier.training_examples(without(files, pool_file)), held)
    sizes = Counter(e.family for e in held)
    return shipped, held, sorted(f for f, n in sizes.items() if n > 1)


def choose_families(
    candidates: Sequence[str], wrong: Counter[str], n: int, rng: random.Random
) -> set[str]:
    """The user's *n* families among *candidates*: the most wrong at filing, with a quarter
    (at least one) drawn from the rest, so the user also confirms good decisions; all of them
    when there are no more than *n*."""
    ranked = sorted(candidates, key=lambda f: (-wrong[f], f))
    if n >= len(ranked):
        return set(ranked)
    n_right = max(1, n // 4)
    return set(ranked[: n - n_right]) | set(rng.sample(ranked[n - n_right :], n_right))


def user_split(
    held: Sequence[Example], families: set[str], share: float
) -> tuple[list[Example], list[Example]]:
    """(earlier, later): the first *share* of each of *families*' messages in id order, at
    least one, is the mail the user labels; the rest (never none when there are two) is later."""
    earlier: list[Example] = []
    later: list[Example] = []
    for family in sorted(families):
        rows = sorted((e for e in held if e.family == family), key=lambda e: e.id)
        cut = max(1, round(len(rows) * share))
        if len(rows) > 1:
            cut = min(cut, len(rows) - 1)
        earlier += rows[:cut]
        later += rows[cut:]
    return earlier, later


def remembered(labelled: Sequence[Example]) -> memory.Memory:
    """The memory of the user's labelled messages, as `train --from-imap` leaves them."""
    entries = (
        memory.entry(e.label, e.sender, e.subject, e.body, source="training") for e in labelled
    )
    return memory.Memory(item for item in entries if item is not None)


def filed_by(
    model: Model, examples: Sequence[Example], known: memory.Memory | None = None
) -> np.ndarray:
    """Which examples are filed: at the model's filing threshold, and with *known*, as a scan
    with the memory decides (a match takes the label it matched)."""
    filed = scores(model, examples) >= model.filing_threshold
    if known is not None:
        for i, e in enumerate(examples):
            found = recall_for(known, Document(e.subject, e.body, e.sender))
            if found is not None:
                filed[i] = found.label == POSITIVE
    return filed


def errors(
    model: Model, examples: Sequence[Example], known: memory.Memory | None = None
) -> tuple[int, int]:
    """(false positives, false negatives) at the model's filing threshold (and the memory's)."""
    filed = filed_by(model, examples, known)
    positive = np.array([e.label == POSITIVE for e in examples])
    return int(np.sum(filed & ~positive)), int(np.sum(~filed & positive))


def elsewhere(model: Model, examples: Sequence[Example], known: memory.Memory | None = None) -> str:
    filed = filed_by(model, examples, known)
    positive = np.array([e.label == POSITIVE for e in examples])
    tp, fp = int(np.sum(filed & positive)), int(np.sum(filed & ~positive))
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / int(positive.sum()) if positive.any() else 0.0
    protected = sum(
        1 for e, f in zip(examples, filed, strict=True) if f and e.kind in PROTECTED_KINDS
    )
    return f"precision {precision:.4f}  recall {recall:.4f}  (fp {fp})  protected filed {protected}"


def first_sentence(body: str) -> str:
    """The body's first line of prose (a greeting of three words or fewer skipped): in the
    corpus's templates, the line that carries the decision."""
    lines = [line.strip() for line in body.splitlines() if line.strip()]
    prose = [line for line in lines if len(line.split()) > 3]
    return (prose or lines or [""])[0]


def later_mistakes(
    before: Model,
    after: Model,
    later: Sequence[Example],
    earlier: Sequence[Example],
    known: memory.Memory | None = None,
) -> list[str]:
    """One line per later message either model (or, with *known*, the after model with the
    memory) gets wrong: its id, the two scores, and whether its first line of prose is one
    the user labelled (twenty-third pass, part D: a family's later misses may say what none of
    its labelled messages said, and no weight reaches them); with *known*, whether the after
    model with the memory gets it right."""
    labelled = {first_sentence(e.body) for e in earlier}
    positive = [e.label == POSITIVE for e in later]
    with_memory = filed_by(after, later, known) if known is not None else positive
    lines = []
    for e, b, a, p, m in zip(
        later, scores(before, later), scores(after, later), positive, with_memory, strict=True
    ):
        wrong = (b >= before.filing_threshold) != p or (a >= after.filing_threshold) != p
        if wrong or bool(m) != p:
            seen = "labelled" if first_sentence(e.body) in labelled else "not labelled"
            said = "" if known is None else f"; +memory {'wrong' if bool(m) != p else 'right'}"
            lines.append(f"  {e.id}: {b:.3f} -> {a:.3f}  (its first line {seen}{said})")
    return lines


def matches(known: memory.Memory, examples: Sequence[Example]) -> tuple[int, int]:
    """(matches of the sender's own template, matches of another sender's) among *examples*,
    as a scan decides them (recall_for: a protected message's rejection match dropped)."""
    found = [recall_for(known, Document(e.subject, e.body, e.sender)) for e in examples]
    own = sum(1 for m in found if m is not None and not m.foreign)
    return own, sum(1 for m in found if m is not None and m.foreign)


def memory_only(
    before: Model,
    *,
    shipped: Sequence[Example],
    held: Sequence[Example],
    pool: set[str],
    user_families: set[str],
    earlier: Sequence[Example],
    later: Sequence[Example],
    others: Sequence[Example],
) -> int:
    """--no-retrain: the shipped model alone and with the memory of the user's labelled mail."""
    n_pos = sum(e.label == POSITIVE for e in earlier)
    print(
        f"corpus       {len(shipped)} examples; {len(pool)} families held out "
        f"({len(held)} messages)"
    )
    print(
        f"user         {len(user_families)} families; labelled {len(earlier)} earlier messages "
        f"({n_pos} rejections, {len(earlier) - n_pos} not); {len(later)} later messages"
    )
    known = remembered(earlier)
    print(f"{'':32} {'before':>12} {'before+memory':>13}")
    fp_b, fn_b = errors(before, later)
    fp_k, fn_k = errors(before, later, known)
    print(f"{'user later mail: false pos.':32} {fp_b:12d} {fp_k:13d}")
    print(f"{'user later mail: false neg.':32} {fn_b:12d} {fn_k:13d}")
    own, foreign = matches(known, later)
    print(
        f"  the memory matches {own + foreign} of the {len(later)} later messages: {own} by "
        f"their own sender's template, {foreign} by another sender's"
    )
    filed_b = filed_by(before, later)
    filed_k = filed_by(before, later, known)
    for e, b, k in zip(later, filed_b, filed_k, strict=True):
        p = e.label == POSITIVE
        if b != p or k != p:
            print(
                f"  {e.id}: before {'right' if b == p else 'wrong'}, "
                f"+memory {'right' if k == p else 'wrong'}"
            )
    own, foreign = matches(known, others)
    print(f"elsewhere ({len(others)} messages, {len(pool) - len(user_families)} unseen families):")
    print(f"  before  {elsewhere(before, others)}")
    print(
        f"  +memory {elsewhere(before, others, known)}  ({len(known)} messages remembered; "
        f"{own} own-sender and {foreign} other-sender matches)"
    )
    return 0


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    files = classifier.default_data_files(args.data)
    if not files:
        print(f"no *.jsonl training files in {args.data}", file=sys.stderr)
        return 2
    rng = random.Random(args.seed)
    if args.pool_file is not None and not args.pool_file.is_file():
        print(f"no such pool file: {args.pool_file}", file=sys.stderr)
        return 2
    shipped, held, candidates = draw(files, args.pool_file, args.pool, rng)
    pool = {e.family for e in held}
    if args.families is not None:
        n_families = args.families
    else:
        n_families = len(candidates) if args.pool_file is not None else 14

    before = classifier.train(shipped)
    filed = scores(before, held) >= before.filing_threshold
    wrong: Counter[str] = Counter()
    for e, f in zip(held, filed, strict=True):
        wrong[e.family] += int(f != (e.label == POSITIVE))
    user_families = choose_families(candidates, wrong, n_families, rng)
    earlier, later = user_split(held, user_families, args.share)
    others = [e for e in held if e.family not in user_families]
    user = [as_user_mail(e) for e in earlier]
    if args.no_retrain:
        return memory_only(
            before,
            shipped=shipped,
            held=held,
            pool=pool,
            user_families=user_families,
            earlier=earlier,
            later=later,
            others=others,
        )

    after = retrain.train_candidate(shipped, user)
    comparison = retrain.compare(before, after, shipped, user)

    n_pos = sum(e.label == POSITIVE for e in user)
    source = f" from {args.pool_file.name}" if args.pool_file is not None else ""
    print(
        f"corpus       {len(shipped)} examples; {len(pool)} families held out{source} "
        f"({len(held)} messages)"
    )
    print(
        f"user         {len(user_families)} families; labelled {len(user)} earlier messages "
        f"({n_pos} rejections, {len(user) - n_pos} not), each weighted "
        f"{after.card['user_examples']['weight_each']}; {len(later)} later messages"
    )
    print(
        f"thresholds   before filing {before.filing_threshold:.4f}, "
        f"after {after.filing_threshold:.4f}"
    )
    print("the train --from-imap gate:")
    for line in comparison.lines():
        print("  " + line)
    verdict = "replace the model" if comparison.candidate_not_worse else "keep the current model"
    print(f"  verdict: {verdict}")
    known = remembered(earlier)
    print(f"{'':32} {'before':>12} {'after':>12} {'after+memory':>12} {'before+memory':>13}")
    fp_b, fn_b = errors(before, later)
    fp_a, fn_a = errors(after, later)
    fp_m, fn_m = errors(after, later, known)
    fp_k, fn_k = errors(before, later, known)  # the gate kept the model: the memory alone
    print(f"{'user later mail: false pos.':32} {fp_b:12d} {fp_a:12d} {fp_m:12d} {fp_k:13d}")
    print(f"{'user later mail: false neg.':32} {fn_b:12d} {fn_a:12d} {fn_m:12d} {fn_k:13d}")
    own, foreign = matches(known, later)
    gets = "after+memory" if comparison.candidate_not_worse else "before+memory"
    print(
        f"  the memory matches {own + foreign} of the {len(later)} later messages ({own} by "
        f"their own sender's template, {foreign} by another sender's); with the gate's "
        f"verdict the user gets the {gets} column"
    )
    for line in later_mistakes(before, after, later, earlier, known):
        print(line)
    print(f"elsewhere ({len(others)} messages, {len(pool) - len(user_families)} unseen families):")
    print(f"  before  {elsewhere(before, others)}")
    print(f"  after   {elsewhere(after, others)}")
    print(f"  +memory {elsewhere(after, others, known)}  ({len(known)} messages remembered)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
