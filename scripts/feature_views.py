"""Another feature view, measured: hashed character n-grams beside the word blocks, each variant
fitted without blind slice 16 and scored on it (issue 11, eighteenth pass, part E; docs/model.md
§ 7).

    python scripts/feature_views.py prep [VARIANT]             # shared inputs, once
    python scripts/feature_views.py run VARIANT [--scale S] [--sources] [--reuse]
                                                [--held-out blind-slice-17.jsonl]
    python scripts/feature_views.py report                     # the table of all variants run
    python scripts/feature_views.py speed VARIANT [--n N]      # cost of the variant's block

(``run``: one variant's figures, printed as JSON and kept in $TMPDIR/feature_views;
``--reuse``: the thresholds of its earlier run, no CV.)

Variants (VARIANTS): ``base`` (the model as it is), ``cue`` (char_wb 3-5 grams of the
refusal sentences), ``head`` (of the subject and the first HEAD_CHARS characters of the body),
``head_nonascii`` (``head`` for non-ASCII texts only). The char block is hashed with
scikit-learn's HashingVectorizer (2^CHAR_BITS columns, counts), put after the two word blocks,
and goes through the same SharedWordsTfidf (min_sources, its own L2 norm times CHAR_SCALE) and
FactorClassifier as they do.

For each variant: grouped CV seed 0 (5 folds) over the corpus without slice 16 (the read
sources train-only, as in classifier.train) chooses its filing, decided and review thresholds
by the rules of classifier.train; one fit on everything but slice 16 scores slice 16 and
dev-eval (measure-only, aggregates); with ``--sources`` also written-20 and slices 12-15, each
by a fit without it (read sources: readings were written from their errors, so they flatter).
Scored as in use: the decided gate lifts, the guard and gate.no_job_decision hold below filing.
Prints aggregates only (the kept JSON also holds slice 16's scores, by position: a read slice);
nothing is written to models/. Figures of the eighteenth pass: docs/model.md § 7, part E.

Nineteenth pass, part E: ``--held-out blind-slice-17.jsonl`` fits without slice 17 instead (slice
16 then trains) and scores it, at its own thresholds and at those of the model shipped while
it was sealed (SHIPPED_THRESHOLDS); every figure also counts the rejections of families named
for a language (LANGUAGE_FAMILY: "non-English"). The char view as built into the model:
features.CHAR_VIEW (the ``head_nonascii`` variant).

Twentieth pass, part G: ``--held-out blind-slice-18.jsonl`` (slices 16 and 17 then train), and
``prep VARIANT`` makes that variant's char block only (``prep`` alone: all three).
"""

from __future__ import annotations

import argparse
import io
import json
import re
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import numpy as np
import scipy.sparse as sp
from numpy.typing import NDArray

from rejectwatch.model import classifier, corpus, validation
from rejectwatch.model.features import (
    BODY_CHARS,
    CHAR_SCALE,
    CUE_SCALE,
    HEAD_CHARS,
    documents_to_views,
)
from rejectwatch.model.gate import no_job_decision, reads_a_decision
from rejectwatch.model.hashing import DocumentHasher
from rejectwatch.model.markup import readable
from rejectwatch.model.trim import new_text

REPO = Path(__file__).resolve().parents[1]
WORK = Path(tempfile.gettempdir()) / "feature_views"
DEV_EVAL = next(
    (
        base / "shared" / "corpus" / "dev-eval.jsonl"
        for base in (REPO.parent, REPO.parent.parent)
        if (base / "shared" / "corpus" / "dev-eval.jsonl").exists()
    ),
    REPO.parent / "shared" / "corpus" / "dev-eval.jsonl",
)
HELD_OUT = "blind-slice-16.jsonl"
# The filing / decided / review thresholds of the model shipped while each slice was sealed.
SHIPPED_THRESHOLDS = {
    "blind-slice-16.jsonl": {"filing": 0.7824, "decided": 0.3550, "review": 0.2513},
    "blind-slice-17.jsonl": {"filing": 0.695673, "decided": 0.382954, "review": 0.211404},
    "blind-slice-18.jsonl": {"filing": 0.657756, "decided": 0.353987, "review": 0.188466},
}
# A family named for its language ("blind17-lv-cits", "blind17-pt-br-perfil"): non-English mail.
LANGUAGE_FAMILY = re.compile(r"^blind(?:-slice)?\d*-[a-z]{2}-")
READ_SOURCES = (
    "written-20.jsonl",
    "blind-slice-12.jsonl",
    "blind-slice-13.jsonl",
    "blind-slice-14.jsonl",
    "blind-slice-15.jsonl",
)
CHAR_BITS = 18  # (2**CHAR_BITS == features.CHAR_FEATURES, the char view as built)
VARIANTS = ("base", "cue", "head", "head_nonascii")


def _views(docs: list[classifier.Document]) -> dict[str, list[str]]:
    texts, sentences = documents_to_views(docs)
    heads = []
    for d in docs:
        body = new_text(readable(d.body, BODY_CHARS), d.subject)[0]
        heads.append(f"{d.subject}\n{body[:HEAD_CHARS]}")
    return {
        "texts": texts,
        "sentences": sentences,
        "head": heads,
        "cue": sentences,
        "head_nonascii": [h if not h.isascii() else "" for h in heads],
    }


def _flags(docs: list[classifier.Document], views: dict[str, list[str]]) -> dict[str, Any]:
    pairs = list(zip(views["texts"], views["sentences"], strict=True))
    return {
        "held": np.array([classifier.held_back(d) for d in docs]),
        "gated": np.array([reads_a_decision(t, s) for t, s in pairs]),
        "undecided": np.array([no_job_decision(t, s) for t, s in pairs]),
    }


def char_block(texts: list[str]) -> sp.csr_matrix:
    from sklearn.feature_extraction.text import HashingVectorizer  # noqa: PLC0415

    vectorizer = HashingVectorizer(
        analyzer="char_wb",
        ngram_range=(3, 5),
        n_features=2**CHAR_BITS,
        alternate_sign=False,
        norm=None,
        dtype=np.float32,
    )
    return vectorizer.transform(texts).tocsr()


def prep(data: Path, variants: tuple[str, ...] = VARIANTS[1:]) -> None:
    """The examples' word blocks, flags and views, and dev-eval's, kept in WORK, with the char
    blocks of ``variants``."""
    WORK.mkdir(parents=True, exist_ok=True)
    files = classifier.default_data_files(data)
    examples = corpus.training_examples(files)
    sources: list[str] = []
    for path in files:
        sources.extend([path.name] * len(corpus.training_examples([path])))
    docs = [classifier._document(e) for e in examples]
    dev = [json.loads(line) for line in DEV_EVAL.read_text(encoding="utf-8").splitlines() if line]
    dev_docs = [classifier.Document(r["subject"], r["body"], r.get("sender", "")) for r in dev]
    for tag, rows, extra in (
        (
            "train",
            docs,
            {
                "sources": np.array(sources),
                "labels": np.array([e.label for e in examples]),
                "kinds": np.array([e.kind for e in examples]),
                "families": np.array([e.family for e in examples]),
                "weights": np.asarray(corpus.example_weights(examples), dtype=float),
            },
        ),
        (
            "dev",
            dev_docs,
            {
                "labels": np.array([r["label"] for r in dev]),
                "kinds": np.array([r.get("kind", r["label"]) for r in dev]),
            },
        ),
    ):
        started = time.perf_counter()
        views = _views(rows)
        base = DocumentHasher().hash_views(views["texts"], views["sentences"])
        sp.save_npz(WORK / f"{tag}-base.npz", base)
        for name in variants:
            sp.save_npz(WORK / f"{tag}-{name}.npz", char_block(views[name]))
        arrays: dict[str, Any] = {**_flags(rows, views), **extra}
        np.savez_compressed(WORK / f"{tag}-meta.npz", **arrays)
        print(f"{tag}: {len(rows)} messages, {time.perf_counter() - started:.0f} s", flush=True)


def _load(tag: str, variant: str) -> tuple[sp.csr_matrix, dict[str, Any]]:
    x = sp.load_npz(WORK / f"{tag}-base.npz").tocsr()
    if variant != "base":
        x = sp.hstack([x, sp.load_npz(WORK / f"{tag}-{variant}.npz")], format="csr")
    with np.load(WORK / f"{tag}-meta.npz", allow_pickle=False) as meta:
        return x, {k: meta[k] for k in meta.files}


def _learned(variant: str, scale: float) -> Any:
    learned = classifier.build_pipeline(0)[1:]
    if variant != "base":
        message_end, cue_end = DocumentHasher().block_ends
        blocks = ((message_end, 1.0), (cue_end, CUE_SCALE), (cue_end + 2**CHAR_BITS, scale))
        learned.set_params(tfidf__blocks=blocks)
    return learned


def _fit(variant: str, scale: float, x: Any, m: dict[str, Any], rows: NDArray[np.int64]) -> Any:
    learned = _learned(variant, scale)
    learned.fit(
        x[rows],
        m["labels"][rows],
        **classifier.fit_params(
            m["kinds"][rows].tolist(), m["families"][rows].tolist(), m["weights"][rows].tolist()
        ),
    )
    return learned


def _scores(learned: Any, x: Any) -> NDArray[np.float64]:
    return np.asarray(classifier._positive_scores(learned, x), dtype=np.float64)


def _figures(
    scores: NDArray[np.float64], m: dict[str, Any], rows: Any, th: dict[str, float]
) -> dict[str, Any]:
    """P / R at filing, as in use, and how many rejections reach the review band."""
    positive = m["labels"][rows] == corpus.POSITIVE
    kinds = m["kinds"][rows]
    lifted = validation.lift_decided(scores, m["gated"][rows], th["filing"], th["decided"])
    hold = m["held"][rows] | m["undecided"][rows]
    filed = (lifted >= th["filing"]) & ~hold
    reach = lifted >= th["review"]
    tp, fp = int(np.sum(filed & positive)), int(np.sum(filed & ~positive))
    families = m["families"][rows] if "families" in m else np.array([""] * len(scores))
    foreign = positive & np.array([bool(LANGUAGE_FAMILY.match(f)) for f in families])
    protected = int(np.sum(filed & np.isin(kinds, list(validation.PROTECTED_KINDS))))
    return {
        "n": len(scores),
        "rejections": int(positive.sum()),
        "tp": tp,
        "fp": fp,
        "precision": round(tp / (tp + fp), 4) if tp + fp else 1.0,
        "recall": round(tp / max(int(positive.sum()), 1), 4),
        "protected": protected,
        "fp_kinds": sorted(kinds[filed & ~positive].tolist()),
        "review_reach": round(int(np.sum(reach & positive)) / max(int(positive.sum()), 1), 4),
        "non_english": int(foreign.sum()),
        "non_english_filed": int(np.sum(filed & foreign)),
        "others_in_band": int(np.sum(reach & ~filed & ~positive)),
    }


def _thresholds(scores: NDArray[np.float64], m: dict[str, Any], rows: Any) -> dict[str, float]:
    """classifier.train's choice, on one CV run."""
    positive = m["labels"][rows] == corpus.POSITIVE
    kinds = m["kinds"][rows].tolist()
    held = m["held"][rows]
    w = validation.realistic_weights(positive, kinds)
    capped = [np.where(held, np.minimum(scores, classifier.HELD_SCORE), scores)]
    choice = validation.choose_thresholds_pooled(
        positive, capped, kinds, target_precision=classifier.TARGET_PRECISION, weights=w
    )
    filing, decided = validation.choose_decided_threshold(
        positive,
        capped,
        m["gated"][rows] & ~held,
        kinds,
        filing=choice.filing,
        target_precision=classifier.TARGET_PRECISION,
        weights=w,
    )
    return {"filing": filing, "decided": decided, "review": min(choice.review, filing)}


def _size(learned: Any) -> int:
    """Bytes of the plain file's learned arrays, deflated as classifier.save writes them."""
    tfidf, factors = learned.named_steps["tfidf"], learned.named_steps["classifier"]
    buffer = io.BytesIO()
    np.savez_compressed(buffer, idf=tfidf.idf_, weights=factors.weights_)
    return len(buffer.getvalue())


def _result(variant: str, scale: float, held_out: str = HELD_OUT) -> Path:
    tag = variant if variant == "base" or scale == CHAR_SCALE else f"{variant}@{scale}"
    if held_out != HELD_OUT:
        tag = f"{tag}-without-{held_out.removesuffix('.jsonl')}"
    return WORK / f"result-{tag}.json"


def run(
    variant: str, scale: float, with_sources: bool, reuse: bool, held_out: str = HELD_OUT
) -> dict[str, Any]:
    """One variant's figures (``reuse``: its thresholds and CV figures from an earlier run),
    fitted without ``held_out`` and scored on it."""
    x, m = _load("train", variant)
    slice16 = m["sources"] == held_out
    if not slice16.any():
        raise SystemExit(f"{held_out}: not among the prepared training files")
    train_only = np.array([f.startswith(classifier.TRAIN_ONLY_PREFIXES) for f in m["families"]])
    corpus_rows = np.flatnonzero(~train_only)
    extra = np.flatnonzero(train_only & ~slice16)
    out: dict[str, Any] = {"variant": variant, "scale": scale, "columns": int(x.shape[1])}
    out["held_out"] = held_out
    out["nnz"] = int(x.nnz)
    if reuse:
        earlier = json.loads(_result(variant, scale, held_out).read_text())
        out.update({k: earlier[k] for k in ("thresholds", "cv_seed0", "cv_seconds")})
        th = {k: float(v) for k, v in earlier["thresholds"].items()}
    else:
        started = time.perf_counter()
        oof = np.full(x.shape[0], np.nan)
        folds = validation.grouped_folds(
            m["labels"][corpus_rows].tolist(), m["families"][corpus_rows].tolist(), 5, 0
        )
        for train, test in folds:
            learned = _fit(variant, scale, x, m, np.concatenate([corpus_rows[train], extra]))
            oof[corpus_rows[test]] = _scores(learned, x[corpus_rows[test]])
        # (kept unrounded: the figures below are at exactly these thresholds)
        th = _thresholds(oof[corpus_rows], m, corpus_rows)
        out["thresholds"] = th
        out["cv_seed0"] = _figures(oof[corpus_rows], m, corpus_rows, th)
        out["cv_seconds"] = round(time.perf_counter() - started)
        print(json.dumps(out), flush=True)

    started = time.perf_counter()
    learned = _fit(variant, scale, x, m, np.flatnonzero(~slice16))
    out["fit_seconds"] = round(time.perf_counter() - started)
    out["size_bytes"] = _size(learned)
    test = np.flatnonzero(slice16)
    s16 = _scores(learned, x[test])
    out["slice16"] = _figures(s16, m, test, th)
    out["slice16_scores"] = [round(float(v), 4) for v in s16]
    out["slice16_at_shipped_thresholds"] = _figures(s16, m, test, SHIPPED_THRESHOLDS[held_out])
    dx, dm = _load("dev", variant)
    out["dev_eval"] = _figures(_scores(learned, dx), dm, slice(None), th)
    print(json.dumps(out), flush=True)
    if with_sources:
        out["sources"] = {}
        for name in (n for n in READ_SOURCES if n != held_out):
            test = np.flatnonzero(m["sources"] == name)
            rows = np.flatnonzero((m["sources"] != name) & ~slice16)
            learned = _fit(variant, scale, x, m, rows)
            out["sources"][name] = _figures(_scores(learned, x[test]), m, test, th)
            print(name, json.dumps(out["sources"][name]), flush=True)
    _result(variant, scale, held_out).write_text(json.dumps(out, indent=1))
    return out


def _line(f: dict[str, Any]) -> str:
    foreign = (
        f" non-English {f['non_english_filed']}/{f['non_english']}" if f.get("non_english") else ""
    )
    return (
        f"{f['precision']:.3f} / {f['recall']:.3f} ({f['tp']}/{f['rejections']}, fp {f['fp']}, "
        f"prot {f['protected']}) reach {f['review_reach']:.3f} band {f['others_in_band']}{foreign}"
    )


def report() -> None:
    for path in sorted(WORK.glob("result-*.json")):
        r = json.loads(path.read_text())
        th = {k: round(v, 4) for k, v in r["thresholds"].items()}
        print(f"## {path.stem[7:]}: {r['columns']} columns, nnz {r['nnz']}, {r['size_bytes']} B")
        print(f"  thresholds filing {th['filing']} decided {th['decided']} review {th['review']}")
        print(f"  CV seed 0        {_line(r['cv_seed0'])}")
        held = r.get("held_out", HELD_OUT).removesuffix(".jsonl")
        print(f"  {held} held  {_line(r['slice16'])}  fp kinds {r['slice16']['fp_kinds']}")
        print(f"  (at shipped th)  {_line(r['slice16_at_shipped_thresholds'])}")
        print(f"  dev-eval         {_line(r['dev_eval'])}")
        held_out = r.get("sources", {})
        for name, f in held_out.items():
            print(f"  {name:22} {_line(f)}")
        if held_out:
            tp, fp, pos, prot = (
                sum(f[k] for f in held_out.values())
                for k in ("tp", "fp", "rejections", "protected")
            )
            print(
                f"  read sources pooled P {tp / max(tp + fp, 1):.4f} R {tp / pos:.4f} prot {prot}"
            )
        print(f"  CV {r['cv_seconds']} s, final fit {r['fit_seconds']} s")


def speed(variant: str, n: int) -> None:
    """Milliseconds a message, batch, one core: the shipped model's scores, and what the
    variant's char block adds in a plain twin (token_hashes.hashed_char_grams, the counts,
    the TF-IDF weighing and the three models' sums over its columns; its text is the word
    blocks' own, cut shorter). ``n`` messages drawn (seed 0) from the training files (ham
    included)."""
    from rejectwatch.model.plain import Rows, _row_sums, normalise_blocks, weigh  # noqa: PLC0415
    from rejectwatch.model.token_hashes import hashed_char_grams  # noqa: PLC0415

    examples = corpus.read_examples(classifier.default_data_files(REPO / "data"))
    chosen = np.random.default_rng(0).choice(len(examples), size=min(n, len(examples)))
    docs = [classifier._document(examples[i]) for i in chosen]
    views = _views(docs)[variant]
    model = classifier.load()
    width = 2**CHAR_BITS
    idf = np.ones(width, np.float32)
    columns = np.ones((3, width), np.float32)
    best_model, best_char = np.inf, np.inf
    for _ in range(3):
        started = time.perf_counter()
        model.scores(docs)
        best_model = min(best_model, time.perf_counter() - started)
        started = time.perf_counter()
        for i in range(0, len(docs), 512):
            rows, cols = hashed_char_grams(views[i : i + 512], width)
            count = len(views[i : i + 512])
            unique, counts = np.unique(rows * width + cols, return_counts=True)
            row_of, col = np.divmod(unique, width)
            indptr = np.zeros(count + 1, dtype=np.int64)
            np.cumsum(np.bincount(row_of, minlength=count), out=indptr[1:])
            data = counts.astype(np.float32)
            weigh(data, col, idf, True)
            data = normalise_blocks(data, col, indptr, ((width, CHAR_SCALE),))
            _row_sums(columns, data, Rows(data, col, indptr, width))
        best_char = min(best_char, time.perf_counter() - started)
    other = sum(not text.isascii() for text in views)
    print(
        f"{len(docs)} messages ({other} with non-ASCII {variant} text): shipped model "
        f"{best_model / len(docs) * 1e3:.3f} ms a message; the {variant} char block in numpy "
        f"+{best_char / len(docs) * 1e3:.3f} ms (+{best_char / best_model:.1%})"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=("prep", "run", "report", "speed"))
    parser.add_argument("variant", nargs="?", default="base", choices=VARIANTS)
    parser.add_argument("--data", type=Path, default=REPO / "data")
    parser.add_argument("--sources", action="store_true", help="also the read sources held out")
    parser.add_argument("--scale", type=float, default=CHAR_SCALE, help="the char block's scale")
    parser.add_argument("--reuse", action="store_true", help="thresholds of an earlier run")
    parser.add_argument("--n", type=int, default=3000, help="messages for speed")
    parser.add_argument(
        "--held-out", default=HELD_OUT, choices=sorted(SHIPPED_THRESHOLDS), help="slice scored"
    )
    args = parser.parse_args(argv)
    if args.command == "prep":
        prep(args.data, VARIANTS[1:] if args.variant == "base" else (args.variant,))
    elif args.command == "run":
        run(args.variant, args.scale, args.sources, args.reuse, args.held_out)
    elif args.command == "report":
        report()
    else:
        speed(args.variant, args.n)
    return 0


if __name__ == "__main__":
    sys.exit(main())
