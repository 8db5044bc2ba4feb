"""rejectwatch.model.lazy_re: a pattern compiled when first used answers as re.compile's."""

from __future__ import annotations

import pickle
import re

import pytest

from rejectwatch.model import classifier, lazy_re

# every reading module, imported by the classifier
READINGS = classifier.__name__


def test_every_pattern_of_the_readings_compiles_and_keeps_its_flags() -> None:
    assert lazy_re.compile_all() > 500
    for (source, flags), made in lazy_re._MADE.items():
        compiled = re.compile(source, flags)
        assert made.compiled() is compiled or made.compiled() == compiled
        assert made.flags == compiled.flags
        assert type(made.flags) is int  # (formatted into prefilter's cache keys)
        assert made.pattern == compiled.pattern


@pytest.mark.parametrize(
    ("source", "flags"),
    [
        (r"\bno(?:t| longer)\b", 0),
        (r"(?m)^> (\w+)", 0),
        (r"(?i)decision", 0),
        (r"caf\u00e9", re.IGNORECASE),
        (r"[a-z]+", re.ASCII),
        (r"(?x) a  b", 0),
    ],
)
def test_flags_before_and_after_compiling_and_the_answers(source: str, flags: int) -> None:
    compiled = re.compile(source, flags)
    made = lazy_re.compile(source, flags)
    assert made.flags == compiled.flags
    assert made is lazy_re.compile(source, flags)  # one object for each text and flags
    text = "We have decided: not now, no longer.\n> Thanks CAFÉ ab"
    assert [m.span() for m in made.finditer(text)] == [m.span() for m in compiled.finditer(text)]
    assert made.sub("-", text) == compiled.sub("-", text)
    assert made.split(text) == compiled.split(text)
    assert made.groups == compiled.groups
    assert made.flags == compiled.flags
    assert pickle.loads(pickle.dumps(made)) is made  # noqa: S301 (our own bytes)


def test_a_pattern_that_is_not_valid_raises_when_first_used() -> None:
    made = lazy_re.LazyPattern(r"(unclosed", 0)  # (not kept among the patterns made)
    with pytest.raises(re.error):
        made.search("unclosed")
