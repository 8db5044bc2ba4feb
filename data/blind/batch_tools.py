"""The scaffolding every training-batch generator (make_written*.py) shares, written once.

A generator runs as a script (``python data/blind/make_written44.py``), so this module is found
beside it; a generator imported from elsewhere puts its own folder on ``sys.path`` first. What is
here: the 6-word ``shingles``, the ``--check`` overlap count against the other data files (a
sealed slice, ``blind-slice-26`` on, is skipped BY NAME and never opened), the ``--langs``
make-up printout, the writer (JSON lines, ``ensure_ascii=False``, ``"\\n"``), ``ascii_slug``, the
common start of a ``Maker`` and the end of a ``build`` (shuffle, number, refuse repeated bodies).

Stdlib only; nothing here draws from a generator's random stream except ``finish``, which shuffles
with the stream it is given exactly as the generators did, so their output stays byte-identical.
"""

from __future__ import annotations

import json
import random
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from pathlib import Path

HERE = Path(__file__).resolve().parent
FIRST_SEALED = 211  # blind-slice-211 is sealed, and so is every later slice


def sealed(first: int = FIRST_SEALED) -> frozenset[str]:
    """The slice file names ``check`` skips by name: ``blind-slice-{first}`` on (an older batch
    kept an earlier first), and never fewer than FIRST_SEALED on."""
    return frozenset(f"blind-slice-{n}.jsonl" for n in range(min(first, FIRST_SEALED), 1000))


SEALED = sealed()


def shingles(text: str, n: int = 6) -> set[str]:
    """The ``n``-word shingles of ``text`` (tags dropped, lower case)."""
    words = re.findall(r"\w+", re.sub(r"<[^>]+>", " ", text).lower())
    return {" ".join(words[k : k + n]) for k in range(len(words) - n + 1)}


def ascii_slug(text: str) -> str:
    """Lower-case ASCII letters only ("&" as "and"): an outfit's name as a mail domain."""
    return re.sub(r"[^a-z]", "", text.lower().replace("&", "and"))


class MakerBase:
    """The start every batch's ``Maker`` shares: the random stream, the records, and the tallies
    ``--langs`` prints (kind/shell, and region, language or place by label; a batch fills one)."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.records: list[dict] = []
        self.shells: Counter[tuple[str, str]] = Counter()
        self.regions: Counter[tuple[str, str]] = Counter()
        self.langs: Counter[tuple[str, str]] = Counter()
        self.places: Counter[tuple[str, str]] = Counter()


def record(
    subject: str, body: str, sender: str, *, kind: str, family: str, provenance: str, **more: str
) -> dict:
    """One message as the data files hold it: these keys in this order, ``more`` after them (a
    "to" and a "date"); the body gets its closing newline, the id is set by ``finish``."""
    label = "rejection" if kind == "rejection" else "not_rejection"
    return {
        "id": "",
        "subject": subject,
        "body": body + "\n",
        "sender": sender,
        "label": label,
        "kind": kind,
        "family": family,
        "provenance": provenance,
        **more,
    }


def per_shell(*tables: Iterable[tuple]) -> Iterator[tuple]:
    """Each template of ``tables`` — (name, kind, word, region, shells, subject, core) — once per
    shell listed, as (name, kind, word, region, shell, subject, core), in table order."""
    for table in tables:
        for name, kind, word, region, shells, subject, core in table:
            for code in shells:
                yield name, kind, word, region, code, subject, core


def by_shell_and_region(records: Sequence[dict], maker: MakerBase) -> int:
    """``--langs`` for a batch that tallies shells and regions: make-up by kind, kind/shell and
    region/label, then the body lengths."""
    tables = (("kind / shell", maker.shells), ("region / label", maker.regions))
    return makeup(records, tables, lengths(records))


def finish(records: list[dict], rng: random.Random, tag: str) -> list[dict]:
    """Shuffle, number as ``{tag}:001`` on, and refuse two records with one body."""
    rng.shuffle(records)
    for n, rec in enumerate(records, 1):
        rec["id"] = f"{tag}:{n:03d}"
    if max(Counter(rec["body"] for rec in records).values()) > 1:
        raise SystemExit("two records share a body")
    return records


def lengths(records: Sequence[dict]) -> str:
    """The body lengths' range and median, for the last line of ``--langs``."""
    sizes = sorted(len(r["body"]) for r in records)
    return f"bodies {sizes[0]}-{sizes[-1]} characters (median {sizes[len(sizes) // 2]})"


def makeup(
    records: Sequence[dict],
    tables: Iterable[tuple[str, Counter[tuple[str, str]]]],
    tail: str,
    *,
    width: int = 28,
    names: Mapping[str, str] | None = None,
) -> int:
    """Print ``--langs``: label/kind, then each (title, tally), then totals (no message text).
    ``width`` is the first column's; ``names`` spells out codes in it (a language's name)."""
    names = names or {}
    label_kind = Counter((r["label"], r["kind"]) for r in records)
    for title, counts in (("label / kind", label_kind), *tables):
        print(title)
        for (a, b), n in sorted(counts.items()):
            print(f"  {names.get(a, a):{width}s} {b:24s} {n}")
    print(f"total {len(records)}; families {len({r['family'] for r in records})}; {tail}")
    return 0


def check(
    records: Sequence[dict],
    out: Path,
    *,
    skip: frozenset[str] = SEALED,
    top: int | None = 80,
    labels: bool = False,
) -> int:
    """How many of our bodies share a 6-word shingle with the other data files (read only as
    shingle sets; a sealed slice, named in ``skip``, is passed over by name and never opened).
    ``top`` shingles are listed most common first; ``None`` lists them all, ties by text;
    ``labels`` splits the bodies that share one into rejections and others."""
    names = sorted(HERE.parent.glob("*.jsonl")) + sorted(HERE.glob("*.jsonl"))
    files = [p for p in names if p.name not in skip and p.resolve() != out]
    others: set[str] = set()
    for path in files:
        with path.open(encoding="utf-8") as handle:
            for line in handle:
                if line.strip():
                    rec = json.loads(line)
                    others |= shingles(f"{rec.get('subject', '')}\n{rec.get('body', '')}")
    shared: Counter[str] = Counter()
    hits: list[dict] = []
    for rec in records:
        common = shingles(f"{rec['subject']}\n{rec['body']}") & others
        shared.update(common)
        hits += [rec] if common else []
    bodies = f"bodies sharing one: {len(hits)} of {len(records)}"
    if labels:
        rej = sum(rec["label"] == "rejection" for rec in hits)
        bodies += f" ({rej} rejections, {len(hits) - rej} others)"
    print(f"files read: {len(files)}; shared shingles: {len(shared)}; {bodies}")
    if top is None:
        listed = sorted(shared.items(), key=lambda kv: (-kv[1], kv[0]))
    else:
        listed = shared.most_common(top)
    for text, n in listed:
        print(f"  {n:3d}  {text}")
    return 0


def write(out: Path, records: Iterable[dict]) -> int:
    """Write the records as JSON lines (UTF-8, not ASCII-escaped, "\\n" endings); their count."""
    count = 0
    with out.open("w", encoding="utf-8", newline="\n") as handle:
        for rec in records:
            handle.write(json.dumps(rec, ensure_ascii=False) + "\n")
            count += 1
    return count


def run(
    argv: Sequence[str],
    out: Path,
    records: list[dict],
    langs: Callable[[], int],
    *,
    skip: frozenset[str] = SEALED,
    top: int | None = 80,
    labels: bool = False,
) -> int:
    """A generator's ``main``: ``--check``, ``--langs``, or write ``out``."""
    if "--check" in argv:
        return check(records, out, skip=skip, top=top, labels=labels)
    if "--langs" in argv:
        return langs()
    print(f"wrote {write(out, records)} messages to {out.name}")
    return 0
