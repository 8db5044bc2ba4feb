"""Twenty-eighth pass, part L (issue 11): the language modules' further words, read in one place.

A module of rejectwatch.model.language_modules.MODULES exports ``READINGS`` and only those of the
other names it has words for; :func:`joined` appends them, in the tuple's order, to the pattern
of the place that reads each name. These tests hold every reader's pattern to that join (the
exports left out add nothing, as the empty strings they replaced did), and keep an empty export
or a misspelt name from coming back.
"""

from __future__ import annotations

from types import ModuleType
from typing import get_args

import pytest

from rejectwatch.model import gate, guard_abroad, languages, said_plainly
from rejectwatch.model.language_modules import MODULES, Export, joined

NAMES: tuple[Export, ...] = get_args(Export)

# each name's reader: the pattern text the modules' words are appended to
READERS = {
    "CONDITIONAL": lambda: languages.CONDITIONAL,
    "NOT_YET": lambda: languages.NOT_YET,
    "NEGATION": lambda: said_plainly.NEGATION.pattern,
    "REGRET": lambda: said_plainly.REGRET.pattern,
    "INVITED": lambda: guard_abroad._INVITED.pattern,
    "OFFERED": lambda: guard_abroad._OFFERED.pattern,
    "NOT_A_JOB": lambda: gate._NOT_A_JOB_ABROAD.pattern,
    "A_JOB": lambda: gate._A_JOB_ABROAD.pattern,
}


def test_every_name_has_a_reader() -> None:
    assert set(READERS) == set(NAMES)


@pytest.mark.parametrize("name", NAMES)
def test_joined_is_the_modules_words_in_order(name: Export) -> None:
    words = [vars(module)[name] for module in MODULES if name in vars(module)]
    assert words  # some module has words for each name
    assert joined(name) == "".join(words)


@pytest.mark.parametrize("name", NAMES)
def test_each_reader_ends_with_the_join(name: Export) -> None:
    pattern = READERS[name]()
    assert pattern.endswith(joined(name))
    # ... once: the join is appended in one place
    assert pattern.count(joined(name)) == 1


def test_said_plainly_conditional_reads_languages_conditional() -> None:
    assert languages.CONDITIONAL in said_plainly.CONDITIONAL.pattern


@pytest.mark.parametrize("module", MODULES, ids=lambda module: module.__name__.rsplit(".", 1)[1])
def test_a_module_exports_only_words_it_has(module: ModuleType) -> None:
    exported = set(module.__all__)
    assert "READINGS" in exported
    # no name but the readings and the join's (a misspelt name would be read by nothing)
    assert exported <= {"READINGS", *NAMES}
    for name in NAMES:
        assert (name in exported) == (name in vars(module)), name
        if name in exported:
            words = vars(module)[name]
            # further branches of an alternation, never an empty block's placeholder
            assert isinstance(words, str)
            assert words.startswith("|"), name
            assert words != "|", name
