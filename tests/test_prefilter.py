"""rejectwatch.model.prefilter: a search skipped only where it would find nothing."""

from __future__ import annotations

import re

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from rejectwatch.model import lazy_re, negation, post_taken, shortfalls
from rejectwatch.model.prefilter import (
    OPENED,
    OPENER_WINDOW,
    Prefiltered,
    branches,
    max_width,
    needed,
    openers,
)


def test_strings_read_off_the_pattern() -> None:
    assert needed(re.compile(r"\bno (?:final )?decision\b")) == {"no decision", "no final decision"}
    # the fewest strings of six characters or more: the words after the branch of short ones
    assert needed(re.compile(r"\b(?:is|are) (?:reviewing|assessing)\b")) == {
        "reviewing",
        "assessing",
    }
    # a branch needs one string of each alternative
    assert needed(re.compile(r"\bstill waiting\b|\bnot yet\b")) == {"still waiting", "not yet"}
    # a character class of a few characters is fixed text; an apostrophe of either kind
    assert needed(re.compile(r"n['\u2019]t decided")) == {"n't decided", "n\u2019t decided"}


@pytest.mark.parametrize(
    "pattern",
    [r"(?i)decision", r"\w+", r"a|\d", r"(?:x)?", r"[a-z]{3,}", r"(?x) no  decision"],
)
def test_no_strings_known_then_every_search_runs(pattern: str) -> None:
    compiled = re.compile(pattern)
    assert needed(compiled) is None
    fast = Prefiltered(compiled)
    for text in ("", "Decision", "abc 12", "no decision"):
        assert _span(fast.search(text)) == _span(compiled.search(text))


def _patterns() -> list[re.Pattern[str]]:
    # (seventeenth pass: negation's patterns are compiled when first used: lazy_re)
    kinds = (re.Pattern, lazy_re.LazyPattern)
    return [v for v in vars(negation).values() if isinstance(v, kinds)]


def _span(found: re.Match[str] | None) -> tuple[int, int] | None:
    return None if found is None else found.span()


# Text made of the strings the patterns need, cut and joined with the characters around them.
_PIECES = sorted({s for p in _patterns() for s in (needed(p) or ())})
_text = st.lists(
    st.one_of(
        st.sampled_from(_PIECES),
        st.sampled_from([" ", ".", "\n", "'", "\u2019", "not ", "we ", "you", "1 may", ":"]),
        st.text(alphabet="abcdeinorstuvwy '\u2019.", max_size=6),
    ),
    max_size=12,
).map("".join)


_FAST = [Prefiltered(p) for p in _patterns()]


@settings(max_examples=500, deadline=None)
@given(text=_text, cut=st.tuples(st.integers(0, 80), st.integers(0, 90)))
def test_the_same_answers_as_the_pattern(text: str, cut: tuple[int, int]) -> None:
    pos, endpos = cut
    for fast in _FAST:
        pattern = fast.pattern
        assert _span(fast.search(text)) == _span(pattern.search(text)), pattern.pattern
        assert _span(fast.search(text, pos, endpos)) == _span(pattern.search(text, pos, endpos)), (
            pattern.pattern
        )


def test_negations_hot_patterns_are_prefiltered() -> None:
    """The patterns read_cues searches in every cue sentence have strings to look for (if one
    stopped having them, the scan would be slower, not wrong)."""
    for pattern in (negation._PENDING, negation._READER_DECIDED, negation._STATUS):
        assert needed(pattern)


def test_openers_are_the_readings_words() -> None:
    """A reading's word groups are read off its pattern (no hand-written list to drift): the
    opening group holds the longest strings, the others are few."""
    pattern = re.compile(
        r"\b(?:your|this) application\b[^.!?\n]{0,40}?\bis (?:no longer (?:being )?considered|"
        r"archived)\b"
    )
    groups = openers(pattern)
    assert groups[0] == tuple(
        sorted(
            {
                "is no longer considered",
                "is no longer being considered",
                "is archived",
            }
        )
    )
    assert ("this application", "your application") in groups
    with pytest.raises(ValueError, match="no fixed strings"):
        openers(re.compile(r"\w+\d*"))


_ROWS_OF_WORDS = re.compile(
    r"\b(?:we|they) (?:will|shall) not be (?:moving|going) (?:forward|ahead) with your "
    r"(?:application|candidacy|candidature|submission|profile)\b"
)


def test_opening_words_are_cut_to_their_ends() -> None:
    """Eighteenth pass, part H: a pattern of many alternatives in a row (80 whole strings here)
    opens on each string's last OPENER_WINDOW characters, fewer, and each of its matches
    holds one of them."""
    opening = openers(_ROWS_OF_WORDS)[0]
    assert len(opening) < 80
    assert all(len(word) <= OPENER_WINDOW for word in opening)
    assert "ith your application" in opening
    for text in (
        "we will not be moving forward with your application",
        "they shall not be going ahead with your profile at this time",
    ):
        match = _ROWS_OF_WORDS.search(text)
        assert match is not None
        assert any(word in match.group(0) for word in opening)


_READINGS = [
    pattern
    for module in (shortfalls, post_taken)
    for _, groups, pattern in module.READINGS
    if groups == openers(pattern)
]


def test_every_reading_of_the_tenth_pass_is_opened_by_its_own_pattern() -> None:
    for module in (shortfalls, post_taken):
        for _, groups, pattern in module.READINGS:
            assert groups == openers(pattern), pattern.pattern


_MATCHING = [
    "yours didn't make the final group",
    "your file was not among those selected for interview",
    "as your score fell short of that mark",
    "there isn't a part for you",
    "we cannot extend you one of this year's places",
    "this application is now no longer being considered",
    "disposition: not selected",
    "so we're going to let this one go",
    "the trustees have asked rhiannon, who knows us, to take the post on",
    "she's taking this one from next month",
]


@pytest.mark.parametrize("text", _MATCHING)
def test_every_match_holds_a_string_of_each_group(text: str) -> None:
    matched = 0
    for pattern in _READINGS:
        for match in pattern.finditer(text):
            matched += 1
            for group in openers(pattern):
                assert any(word in match.group(0) for word in group), (pattern.pattern, group)
    assert matched, text


@settings(max_examples=300, deadline=None)
@given(text=_text)
def test_openers_hold_for_every_match(text: str) -> None:
    for pattern in _READINGS:
        for match in pattern.finditer(text):
            for group in openers(pattern):
                assert any(word in match.group(0) for word in group), pattern.pattern


def test_branches_split_only_at_the_top_level() -> None:
    pattern = re.compile(r"a(?:b|c)|[|]d|e\|f|(?<!x )g")
    assert [b.pattern for b in branches(pattern)] == ["a(?:b|c)", "[|]d", r"e\|f", "(?<!x )g"]
    assert branches(re.compile(r"(?:a|b)c")) == (re.compile(r"(?:a|b)c"),)
    for text in ("ac", "|d", "e|f", "x g", "y g", "ab"):
        whole = pattern.search(text) is not None
        assert whole == any(b.search(text) for b in branches(pattern)), text


def test_max_width_is_the_longest_match_or_none() -> None:
    assert max_width(re.compile(r"\bno (?:final )?decision\b")) == len("no final decision")
    # lookarounds consume nothing
    assert max_width(re.compile(r"(?<!not )rejected(?= you)")) == len("rejected")
    assert max_width(re.compile(r"a[^.]{0,80}?b")) == 82
    for unbounded in (r"a+", r"\s*done", r"x{2,}", r"(?:ab)*"):
        assert max_width(re.compile(unbounded)) is None


_OPENING = sorted({word for words, _ in negation._WHOLE_TEXT.values() for word in words})
_reading_text = st.lists(
    st.one_of(
        st.sampled_from(_OPENING),
        st.sampled_from([" ", ".", "\n", ": ", "we ", "you ", "your application ", "not "]),
        st.text(alphabet="abcdeinorstuvwy '.", max_size=8),
    ),
    max_size=14,
).map("".join)


@settings(max_examples=300, deadline=None)
@given(text=_reading_text)
@example(
    text="req 's already gone applicants who  concluded at this concluded at thisgo ahead with our"
)
def test_whole_text_readings_searched_from_their_first_start(text: str) -> None:
    """Eighteenth pass: a whole-text reading searched from negation._first_start finds what a
    search of the whole text finds."""
    hits = negation._gate_hits(text)
    for entry in negation._WHOLE_TEXT:
        if not negation._WHOLE_TEXT[entry][0] & hits.keys():
            continue
        pattern = negation._OUTCOMES[entry][2]
        start = negation._first_start(entry, hits)
        assert [m.span() for m in pattern.finditer(text, start)] == [
            m.span() for m in pattern.finditer(text)
        ], pattern.pattern


# negation's prefiltered patterns whose strings its one pass finds (prefilter.OPENED.remember)
_ONE_PASS_FAST = [
    v
    for v in vars(negation).values()
    if isinstance(v, Prefiltered) and v.needs is not None and v.slot < negation._COVERED
]


@settings(max_examples=300, deadline=None)
@given(text=_text, cut=st.tuples(st.integers(-5, 80), st.integers(-5, 90)))
def test_a_part_is_judged_by_where_the_one_pass_found_the_strings(
    text: str, cut: tuple[int, int]
) -> None:
    # twenty-first pass: in a part of a text read_cues has passed over, the strings are looked
    # up where the pass found them (OPENED.stands_within); the same answers as the pattern's,
    # negative bounds too
    pos, endpos = cut
    assert _ONE_PASS_FAST
    negation._cues_and_hits(text)
    for fast in _ONE_PASS_FAST:
        pattern = fast.pattern
        if pos >= 0 and endpos >= 0 and OPENED.is_open(text, fast.slot):
            stands = any(string in text[pos:endpos] for string in fast.needs or ())
            assert OPENED.stands_within(text, fast.slot, pos, endpos) is stands
        assert _span(fast.search(text, pos, endpos)) == _span(pattern.search(text, pos, endpos)), (
            pattern.pattern
        )


def test_a_string_across_the_end_of_the_part_does_not_stand_in_it() -> None:
    text = "we are still reviewing. it is still pending. done"
    negation._cues_and_hits(text)
    fast = negation._PENDING_BRANCHES.whole
    slot = fast.slot
    assert OPENED.is_open(text, slot)
    end = text.index("pending") + len("pending")
    assert OPENED.stands_within(text, slot, 0, end) is True
    # "pending" cut by the part's end, or before its start
    assert OPENED.stands_within(text, slot, 0, end - 1) is any(
        string in text[: end - 1] for string in fast.needs or ()
    )
    assert OPENED.stands_within(text, slot, end - 1, len(text)) is any(
        string in text[end - 1 :] for string in fast.needs or ()
    )
    assert not any(string in text[end - 1 :] for string in fast.needs or ())
    # another text, or a negative bound: not known
    assert OPENED.stands_within("another text", slot, 0, 5) is None
    assert OPENED.stands_within(text, slot, -3, len(text)) is None
