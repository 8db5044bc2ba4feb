"""Prove that two source trees parse and score mail identically (and time both).

    python scripts/check_identical.py --src OLD/src --src NEW/src [--bench-mix 3000] [--fuzz 400]
                                      [--rounds 2] [--passes 2]

Each ``--src`` is a tree's ``src/`` directory (e.g. a ``git worktree add --detach /tmp/old REF``
next to this checkout); each runs in its own subprocess, with its own shipped model (the
``models/`` beside that ``src/``), over the same inputs, written once by this process:

* raw RFC 822 messages: the ``scripts/bench_cli.py`` mix (ham bodies, our corpus, HTML
  newsletters, long threads, attachments), every ``data/*.jsonl`` and ham record as a message
  (rejectwatch.testing.samples.to_message), the tests' golden and hostile fixtures, messages
  drawn from the tests' Hypothesis generators, and damaged variants of the multipart ones
  (cut at random bytes, LF line ends, boundaries removed or doubled, odd headers); each is
  parsed whole and as a truncated fetch;
* documents: data/*.jsonl, ../shared/corpus/ham-spamassassin.jsonl, and the parsed messages
  as the scan builds them (subject, text, sender line).

It compares every Mail field (exactly), every probability (within 1e-12), every decision
(filed, review band) and what the CRM reads of the parsed messages (the confirmation check,
crm.applications, of every one; crm.extract's facts of those at or above the review band and
of every 10th other), prints the counts and the differences, and each tree's CPU time per
message for parsing and for scoring, on all the inputs and on the bench_cli mix alone (the
best of ``--rounds`` in each of ``--passes`` alternating runs). Exit status 1 on any
difference.
"""

from __future__ import annotations

import argparse
import json
import os
import pickle
import random
import re
import subprocess
import sys
import tempfile
import warnings
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
TOLERANCE = 1e-12

# Run with PYTHONPATH=<one tree's src>: parse every message, score every document, write the
# plain values (no rejectwatch classes) and the CPU times to a pickle.
CHILD = r"""
import os, pickle, sys, time
for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ[var] = "1"
from rejectwatch.mail.message import parse
from rejectwatch.model import classifier
from rejectwatch.model.features import Document
inputs, out, rounds, mix = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
with open(inputs, "rb") as handle:
    raws, docs = pickle.load(handle)
model = classifier.load()

def plain(mail):
    if isinstance(mail, str):
        return mail
    out = {}
    for name in mail.__dataclass_fields__:
        value = getattr(mail, name)
        if name == "headers":
            value = dict(value)
        elif name in ("sender", "reply_to"):
            value = None if value is None else (value.name, value.address)
        elif name == "to":
            value = tuple((a.name, a.address) for a in value)
        out[name] = value
    return out

def parse_all():
    mails = []
    for raw, truncated in raws:
        try:
            mails.append(parse(raw, truncated=truncated))
        except Exception as e:
            mails.append(f"raised {e!r}")
    return mails

parse_cpu = score_cpu = float("inf")
for _ in range(rounds):
    started = time.process_time()
    mails = parse_all()
    parse_cpu = min(parse_cpu, time.process_time() - started)
documents = [Document(*d) for d in docs] + [
    Document(m.subject, m.text, m.sender_line) for m in mails if not isinstance(m, str)
]
for _ in range(rounds):
    started = time.process_time()
    scores = model.scores(documents)
    score_cpu = min(score_cpu, time.process_time() - started)
alone = [model.scores([d])[0] for d in documents[:: max(1, len(documents) // 500)]]
# what the CRM reads of the parsed mail: the confirmation check of every message, the facts of
# the messages at or above the review band and of every 10th other one
from rejectwatch.crm.applications import application_received
from rejectwatch.crm.extract import extract
bar = min(model.filing_threshold, model.review_threshold)
parsed = [m for m in mails if not isinstance(m, str)]
mail_scores = scores[len(docs):]
def reading(read, mail):
    try:
        found = read(mail)
    except Exception as e:
        return f"raised {e!r}"
    return None if found is None else tuple(getattr(found, f) for f in found.__dataclass_fields__)
crm_cpu = float("inf")
for _ in range(rounds):
    started = time.process_time()
    crm = [reading(application_received, m) for m in parsed] + [
        reading(extract, m)
        for i, (m, s) in enumerate(zip(parsed, mail_scores))
        if s >= bar or i % 10 == 0
    ]
    crm_cpu = min(crm_cpu, time.process_time() - started)
# the scan's own work on the bench_cli mix alone (the first `mix` messages): parse, then score
mix_parse = mix_score = float("inf")
for _ in range(rounds):
    started = time.process_time()
    mixed = [parse(raw, truncated=truncated) for raw, truncated in raws[:mix]]
    mix_parse = min(mix_parse, time.process_time() - started)
    started = time.process_time()
    model.scores([Document(m.subject, m.text, m.sender_line) for m in mixed])
    mix_score = min(mix_score, time.process_time() - started)
result = {
    "mails": [plain(m) for m in mails],
    "scores": scores,
    "alone": alone,
    "crm": crm,
    "crm_cpu": crm_cpu,
    "filing": model.filing_threshold,
    "review": model.review_threshold,
    "parse_cpu": parse_cpu,
    "score_cpu": score_cpu,
    "documents": len(documents),
    "mix": mix,
    "mix_parse_cpu": mix_parse,
    "mix_score_cpu": mix_score,
}
with open(out, "wb") as handle:
    pickle.dump(result, handle)
"""


def records(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def damaged(raw: bytes, rng: random.Random) -> list[bytes]:
    """Variants of one multipart message that a fast MIME path must not get wrong."""
    out = [raw[: rng.randrange(len(raw))] for _ in range(3)]  # a fetch cut anywhere
    out.append(raw.replace(b"\r\n", b"\n"))
    out.append(raw.replace(b"\r\n", b"\n", 7))  # mixed line ends
    boundary = re.search(rb'boundary="?([^";\r\n]+)', raw)
    if boundary:
        sep = b"--" + boundary.group(1)
        out.append(raw.replace(sep + b"--", b"", 1))  # no close boundary
        out.append(raw.replace(sep + b"\r\n", b"", 1))  # no start boundary
        out.append(raw.replace(sep + b"\r\n", sep + b"\r\n" + sep + b"\r\n", 1))  # doubled
        out.append(raw.replace(sep + b"\r\n", sep + b"  \r\n", 1))  # trailing blanks
        out.append(raw.replace(sep + b"\r\n", sep + b"x\r\n", 1))  # not a boundary
        out.append(raw.replace(sep + b"\r\n", sep + b"\r\nFrom nobody\r\n", 1))
        out.append(raw.replace(sep + b"\r\n", sep + b"\r\n\r\n", 1))  # part without headers
        out.append(raw.replace(sep + b"\r\n", sep + b"\r\nNot a header line\r\n", 1))
        out.append(raw.replace(sep + b"\r\n", sep + b"\r\n Continued: first\r\n", 1))
        out.append(raw.replace(b"\r\n\r\n", b"\r\nFrom x\r\n\r\n", 1))  # unix-from at the end
        out.append(raw.replace(b"\r\n\r\n", b"\r\nContent-Transfer-Encoding: base64\r\n\r\n", 1))
        out.append(raw.replace(b"Content-Type: text/plain", b"Content-Type: message/rfc822", 1))
        out.append(raw.replace(b"multipart/alternative", b"multipart/digest", 1))
        out.append(raw + b"epilogue\r\n" + sep + b"\r\nafter the end\r\n")
        out.append(b"From sender@example Mon Jan 1 00:00:00 2024\r\n" + raw)
        nested = (
            raw.split(b"\r\n\r\n", 1)[0].replace(boundary.group(1), b"OUTER")
            + b"\r\n\r\npreamble\r\n--OUTER\r\n"
            + raw.replace(b"\r\n--", b"\r\n--", 1)
            + b"\r\n--OUTER\r\nContent-Type: text/plain\r\n\r\nlast part\r\n--OUTER--\r\n"
        )
        out.append(nested)
        out.append(nested[: rng.randrange(len(nested))])
    return out


def build_inputs(bench_mix: int, fuzz: int, seed: int) -> tuple[list[tuple[bytes, bool]], list]:
    sys.path.insert(0, str(REPO / "scripts"))
    sys.path.insert(0, str(REPO / "tests"))
    import bench_cli  # noqa: PLC0415 - a script beside this one
    from rejectwatch.model.classifier import default_data_files  # noqa: PLC0415
    from rejectwatch.testing import samples  # noqa: PLC0415

    rng = random.Random(seed)
    raws: list[bytes] = bench_cli.build_mail(bench_mix, seed=seed) if bench_mix else []
    data = [r for path in default_data_files(REPO / "data") for r in records(path)]
    ham = records(bench_cli.HAM) if bench_cli.HAM.exists() else []
    when = datetime(2026, 6, 1, 12, 0, tzinfo=UTC)
    raws += [samples.to_message(r, when=when) for r in data + ham]
    fixtures = REPO / "tests" / "fixtures"
    raws += [p.read_bytes() for p in sorted(fixtures.rglob("*.eml"))]
    if fuzz:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            import test_hostile  # noqa: PLC0415
            import test_message  # noqa: PLC0415

            for strategy in (test_message.messages(), test_hostile.messages()):
                raws += [strategy.example() for _ in range(fuzz)]
    multipart = [r for r in raws if b"multipart/" in r.lower()]
    for raw in rng.sample(multipart, min(len(multipart), 600)):
        raws += damaged(raw, rng)
    items = [(raw, False) for raw in raws]
    items += [(raw[: rng.randrange(len(raw) + 1)], True) for raw in rng.sample(raws, 2000)]
    docs = [(r["subject"], r["body"], r["sender"]) for r in data + ham]
    return items, docs


def run(src: str, inputs: Path, out: Path, rounds: int, mix: int) -> dict[str, Any]:
    env = dict(os.environ, PYTHONPATH=src)
    subprocess.run(
        [sys.executable, "-c", CHILD, str(inputs), str(out), str(rounds), str(mix)],
        check=True,
        env=env,
    )
    with out.open("rb") as handle:
        result: dict[str, Any] = pickle.load(handle)  # noqa: S301 - our own child wrote it
    return result


def compare(old: dict[str, Any], new: dict[str, Any], raws: list[tuple[bytes, bool]]) -> int:
    differences = 0
    mail_fields = 0
    for index, (a, b) in enumerate(zip(old["mails"], new["mails"], strict=True)):
        if a == b:
            mail_fields += len(a) if isinstance(a, dict) else 1
            continue
        differences += 1
        if differences <= 10:
            raw = raws[index][0]
            fields = [k for k in a if a[k] != b.get(k)] if isinstance(a, dict) else ["all"]
            print(f"  mail {index} differs in {fields}; raw starts {raw[:120]!r}")
    print(f"mails: {len(old['mails'])} parsed, {mail_fields} fields equal, {differences} differ")
    worst, decisions, flipped, over = 0.0, 0, 0, 0
    for key in ("scores", "alone"):
        for a, b in zip(old[key], new[key], strict=True):
            worst = max(worst, abs(a - b))
            over += abs(a - b) > TOLERANCE
            for threshold in (old["filing"], old["review"]):
                decisions += 1
                flipped += (a >= threshold) != (b >= threshold)
    print(
        f"scores: {len(old['scores'])} in one batch + {len(old['alone'])} alone; largest "
        f"difference {worst:.2e}, {over} over {TOLERANCE:g}; {decisions} decisions "
        f"(filed, review band), {flipped} differ"
    )
    crm_differ = sum(a != b for a, b in zip(old["crm"], new["crm"], strict=False))
    crm_differ += abs(len(old["crm"]) - len(new["crm"]))
    print(
        f"CRM readings (the confirmation check of every parsed message, extract of those at or"
        f" above the review band and every 10th other): {len(old['crm'])}, {crm_differ} differ"
    )
    return differences + over + flipped + crm_differ


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--src", action="append", required=True, help="a tree's src/ (twice)")
    parser.add_argument("--bench-mix", type=int, default=3000, help="bench_cli messages")
    parser.add_argument("--fuzz", type=int, default=400, help="Hypothesis examples per generator")
    parser.add_argument("--rounds", type=int, default=2, help="timing rounds per pass")
    parser.add_argument("--passes", type=int, default=2, help="alternating runs of each tree")
    parser.add_argument("--seed", type=int, default=13)
    args = parser.parse_args()
    if len(args.src) != 2:
        parser.error("give --src exactly twice: the old tree, then the new")
    items, docs = build_inputs(args.bench_mix, args.fuzz, args.seed)
    print(f"inputs: {len(items)} raw messages ({sum(t for _, t in items)} cut), {len(docs)} docs")
    with tempfile.TemporaryDirectory(prefix="check-identical-") as tmp:
        inputs = Path(tmp) / "inputs.pickle"
        inputs.write_bytes(pickle.dumps((items, docs)))
        results: list[dict[str, Any]] = []
        for turn in range(args.passes):  # alternating, so both see the same load
            for i, src in enumerate(args.src):
                got = run(src, inputs, Path(tmp) / f"out{i}.pickle", args.rounds, args.bench_mix)
                if turn == 0:
                    results.append(got)
                    continue
                for key in ("parse_cpu", "score_cpu", "mix_parse_cpu", "mix_score_cpu", "crm_cpu"):
                    results[i][key] = min(results[i][key], got[key])
    runs = args.passes * args.rounds
    print(f"CPU time, best of {runs} rounds each ({args.passes} alternating passes):")
    for src, result in zip(args.src, results, strict=True):
        mix = max(1, result["mix"])
        print(
            f"  {src}: all inputs: parse {result['parse_cpu'] / len(items) * 1e3:.3f} ms/message,"
            f" score {result['score_cpu'] / result['documents'] * 1e3:.3f} ms/document; "
            f"bench_cli mix ({result['mix']}): parse {result['mix_parse_cpu'] / mix * 1e3:.3f}"
            f" + score {result['mix_score_cpu'] / mix * 1e3:.3f} ms/message; CRM readings"
            f" {result['crm_cpu']:.3f} s"
        )
    differences = compare(results[0], results[1], items)
    print("IDENTICAL" if not differences else f"{differences} DIFFERENCES")
    return 1 if differences else 0


if __name__ == "__main__":
    sys.exit(main())
