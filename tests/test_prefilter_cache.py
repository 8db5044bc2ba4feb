"""The shipped cache of rejectwatch.model.prefilter: what it holds is what the patterns give,
it answers every pattern the model reads at import, and a stale or damaged file is only slower,
never wrong."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from rejectwatch.model import prefilter
from rejectwatch.model.prefilter import (
    CACHE_FILE,
    CACHE_FORMAT,
    DerivedCache,
    branches,
    needed,
    openers,
    source_hash,
)

ROOT = Path(__file__).resolve().parents[1]
REGENERATE = "run `python scripts/prefilter_cache.py` to rewrite it"
COMPUTE = {
    "needed": prefilter._needed,
    "openers": prefilter._openers,
    "branches": prefilter._branch_sources,
    "width": prefilter._max_width,
}


def _shipped() -> dict[str, object]:
    data = json.loads(CACHE_FILE.read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def test_the_shipped_file_is_made_by_this_source() -> None:
    data = _shipped()
    assert data["format"] == CACHE_FORMAT
    assert data["source"] == source_hash(), f"prefilter.py changed since: {REGENERATE}"


def test_every_shipped_answer_is_what_the_pattern_gives_afresh() -> None:
    entries = _shipped()["entries"]
    assert isinstance(entries, dict)
    assert entries, "an empty cache"
    for key, answer in entries.items():
        kind, flags, text = key.split(" ", 2)
        assert answer == COMPUTE[kind](re.compile(text, int(flags))), f"{key[:80]}: {REGENERATE}"


def test_a_fresh_process_loading_the_model_reads_no_pattern_afresh() -> None:
    # what a scan's worker does: import the model's modules, every answer from the file
    code = (
        "import json, rejectwatch.model.classifier\n"
        "from rejectwatch.model import prefilter as p\n"
        "print(json.dumps([str(p.CACHE.path), len(p.CACHE.answers), p.CACHE.misses]))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True
    )
    path, answered, misses = json.loads(done.stdout)
    assert path == str(CACHE_FILE)
    assert answered > 0
    assert misses == [], f"patterns missing from the cache: {REGENERATE}"


def test_the_script_finds_the_file_up_to_date() -> None:
    # a fresh interpreter, every module of the package imported with the cache off: the file
    # holds exactly the answers they ask for (none missing, none left over)
    done = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "prefilter_cache.py"), "--check"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr + REGENERATE
    assert "up to date" in done.stdout


PATTERN = re.compile(r"\bno (?:final )?decision\b|\bstill (?:reviewing|assessing)\b")


def _file(tmp_path: Path, entries: dict[str, object], source: str | None = None) -> Path:
    path = tmp_path / "cache.json"
    made_by = source_hash() if source is None else source
    path.write_text(json.dumps({"format": CACHE_FORMAT, "source": made_by, "entries": entries}))
    return path


def test_an_answer_in_the_file_is_used(tmp_path: Path) -> None:
    # (an answer no computation would give, to see that it came from the file)
    key = f"needed {PATTERN.flags} {PATTERN.pattern}"
    cache = DerivedCache(_file(tmp_path, {key: ["zzz"]}))
    assert cache.answer("needed", PATTERN, prefilter._needed) == ["zzz"]
    assert cache.misses == []


@pytest.mark.parametrize(
    ("key", "source"),
    [
        # the same pattern made by another version of prefilter.py
        ("needed {flags} {text}", "0" * 64),
        # another pattern's text, other flags, another question
        ("needed {flags} {text} ", None),
        ("needed 0 {text}", None),
        ("openers {flags} {text}", None),
    ],
)
def test_a_stale_answer_is_computed_afresh(tmp_path: Path, key: str, source: str | None) -> None:
    stale = key.format(flags=PATTERN.flags, text=PATTERN.pattern)
    cache = DerivedCache(_file(tmp_path, {stale: ["zzz"]}, source))
    assert cache.answer("needed", PATTERN, prefilter._needed) == prefilter._needed(PATTERN)
    assert len(cache.misses) == 1


@pytest.mark.parametrize(
    "content", ["", "{not json", "[]", '{"format": 1}', '{"format": 99, "entries": {}}']
)
def test_a_damaged_file_is_only_slower(tmp_path: Path, content: str) -> None:
    path = tmp_path / "cache.json"
    path.write_text(content)
    cache = DerivedCache(path)
    assert cache.answer("branches", PATTERN, prefilter._branch_sources) == [
        r"\bno (?:final )?decision\b",
        r"\bstill (?:reviewing|assessing)\b",
    ]
    assert cache.answer("needed", PATTERN, prefilter._needed) == prefilter._needed(PATTERN)
    assert len(cache.misses) == 2


@pytest.mark.parametrize(
    ("kind", "bad"),
    [
        ("needed", "abc"),
        ("needed", [1, 2]),
        ("openers", []),
        ("openers", ["a"]),
        ("branches", []),
        ("width", -1),
        ("width", "17"),
        ("width", True),
    ],
)
def test_an_answer_of_the_wrong_shape_is_computed(tmp_path: Path, kind: str, bad: object) -> None:
    key = f"{kind} {PATTERN.flags} {PATTERN.pattern}"
    cache = DerivedCache(_file(tmp_path, {key: bad}))
    compute = COMPUTE[kind]
    assert cache.answer(kind, PATTERN, compute) == compute(PATTERN)
    assert cache.misses == [key]


def test_the_public_answers_go_through_the_cache(monkeypatch: pytest.MonkeyPatch) -> None:
    cache = DerivedCache(None)
    monkeypatch.setattr(prefilter, "CACHE", cache)
    assert needed(PATTERN) == frozenset(
        {
            "no decision",
            "no final decision",
            "still reviewing",
            "still assessing",
        }
    )
    assert [b.pattern for b in branches(PATTERN)] == [
        r"\bno (?:final )?decision\b",
        r"\bstill (?:reviewing|assessing)\b",
    ]
    assert all(b.flags == PATTERN.flags for b in branches(PATTERN))
    assert openers(re.compile(r"\bhave decided not to\b")) == (("have decided not to",),)
    assert len(cache.misses) == 3  # asked twice, computed once
    assert set(cache.answers) == {
        f"needed {PATTERN.flags} {PATTERN.pattern}",
        f"branches {PATTERN.flags} {PATTERN.pattern}",
        f"openers {re.compile('').flags} " + r"\bhave decided not to\b",
    }


def test_a_written_file_reads_back(tmp_path: Path) -> None:
    cache = DerivedCache(None)
    cache.answer("needed", PATTERN, prefilter._needed)
    cache.answer("needed", re.compile(r"\w+"), prefilter._needed)  # no strings: None
    cache.answer("openers", re.compile("n\u2019t décidé"), prefilter._openers)
    path = tmp_path / "out.json"
    cache.write(path)
    again = DerivedCache(path)
    for key, answer in cache.answers.items():
        kind, flags, text = key.split(" ", 2)
        assert again.answer(kind, re.compile(text, int(flags)), COMPUTE[kind]) == answer
    assert again.misses == []
