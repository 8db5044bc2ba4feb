"""Twenty-first pass, part O (issues 11 and 13, speed): readings asked only where their strings
stand, with the answers of the readings asked everywhere.

* negation._pending: _PENDING searched branch by branch, each where one of its own strings
  stands in the text (prefilter.branches, prefilter.OPENED), answers as _PENDING's search;
* rules_ahead.rule_sentence asks each reading of rules_ahead._GATED only where one of the
  strings of its prefiltered patterns stands in the text: each such reading is False wherever
  none does, and rule_sentence answers as every reading asked.
* (twenty-second pass, part E) other_cases.a_case_named and cases_listed.an_item_of_cases are
  among _GATED, and rule_sentence asks the readings of a text's open slots (rules_ahead._asked)
  worked out once for each set of slots; none_refused.nobody_refused is gated by the refusal's
  participle each of its branches ends with.

Every sentence is written for these tests.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from rejectwatch.model import (
    cases_listed,
    negation,
    none_refused,
    other_cases,
    reader_to_act,
    rules_ahead,
    told_ahead,
)
from rejectwatch.model.prefilter import OPENED, branches

# each branch's strings, and sentences that hold a match of one of the gated readings
_PENDING_STRINGS = sorted(
    {string for part in negation._PENDING_BRANCHES.parts for string in part.needs or ()}
)
_SENTENCES = [
    "no final decision has been made yet",
    "we have not yet decided who to invite",
    "we are still reviewing applications",
    "an internal candidate is also being considered",
    "another applicant is still in the running",
    "we have other candidates in the process",
    "nobody has been turned down so far",
    "we're currently speaking to a few people",
    "Without these documents we cannot invite you to the interview",
    "Failing which, your application will lapse",
    "No reply from you by Friday and we will close your application",
    "Your application stays open, nobody has been appointed",
    "three silent weeks after the deadline mean the role has gone elsewhere",
    "not shortlisted means a message from us all the same",
    "Recruitment for the post is on hold while the board reviews next year's budget. Nobody "
    "has been appointed, and your application stays open as it is.",
    "We cannot offer you an interview on Tuesday, sorry",
    "Thank you for applying; we have chosen another candidate.",
]


def _joined(pieces: list[str], glue: list[str], alphabet: str) -> st.SearchStrategy[str]:
    """Texts of up to ten ``pieces``, ``glue`` and short runs of ``alphabet``."""
    return st.lists(
        st.one_of(
            st.sampled_from(pieces),
            st.sampled_from(glue),
            st.text(alphabet=alphabet, max_size=6),
        ),
        max_size=10,
    ).map("".join)


_text = _joined(
    _PENDING_STRINGS + _SENTENCES,
    [" ", ". ", "\n", "we ", "you ", "are ", "is ", "has ", "the "],
    "abcdeinorstuvwy '\u2019.",
)


def test_pending_is_searched_branch_by_branch() -> None:
    assert negation._PENDING_BRANCHES.by_slot is not None
    assert len(negation._PENDING_BRANCHES.parts) == len(branches(negation._PENDING)) > 1


@settings(max_examples=300, deadline=None)
@given(text=_text, cut=st.tuples(st.integers(-3, 120), st.integers(-3, 140)))
def test_pending_answers_as_the_pattern(text: str, cut: tuple[int, int]) -> None:
    lowered = text.lower()
    pos, endpos = cut
    for passed in (False, True):  # as the batch asks it (after the one pass), and alone
        if passed:
            negation._cues_and_hits(lowered)
        expected = negation._PENDING.search(lowered, pos, endpos) is not None
        assert negation._pending(lowered, pos, endpos) is expected


def test_pending_reads_every_branch() -> None:
    for sentence in _SENTENCES[:8]:
        negation._cues_and_hits(sentence.lower())
        assert negation._pending(sentence.lower(), 0, len(sentence))


def test_the_gated_readings_are_each_asked_where_their_strings_stand() -> None:
    gated = dict(rules_ahead._GATED)
    for reading in (
        reader_to_act.unless_done,
        rules_ahead.kept_open,
        told_ahead.stretch_means,
        told_ahead.case_means,
        rules_ahead.paused_kept_open,
        other_cases.a_day_refused,
        none_refused.nobody_refused,
        none_refused.decision_disowned,
        other_cases.a_case_named,
        cases_listed.an_item_of_cases,
    ):
        assert gated[reading] is not None  # every pattern it needs has its strings
    assert frozenset().union(*(s or () for s in gated.values())) == rules_ahead._GATE_SLOTS


def _every_reading(lowered: str, left: int, right: int) -> bool:
    return any(reading(lowered, left, right) for reading, _ in rules_ahead._GATED)


@settings(max_examples=300, deadline=None)
@given(text=_text)
def test_a_gated_reading_is_false_where_its_strings_stand_nowhere(text: str) -> None:
    lowered = text.lower()
    right = len(lowered)
    for reading, slots in rules_ahead._GATED:
        assert slots is not None
        if not any(OPENED.is_open(lowered, slot) for slot in slots):
            assert reading(lowered, 0, right) is False


def test_rule_sentence_reads_the_gated_readings() -> None:
    # each of these sentences is a rule by one of the gated readings; the last by none
    # (the paused search: its first sentence, the application kept open in the second)
    for sentence in _SENTENCES[8:-1]:
        lowered = sentence.lower()
        right = lowered.find(".") if "on hold" in lowered else len(lowered)
        assert _every_reading(lowered, 0, right), sentence
        assert rules_ahead.rule_sentence(lowered, 0, right), sentence
    lowered = _SENTENCES[-1].lower()
    assert not _every_reading(lowered, 0, len(lowered))


# Twenty-second pass, part E: other_cases.a_case_named and cases_listed.an_item_of_cases joined
# _GATED (they were asked in every cue sentence). Sentences of each kind they read, and their
# pieces, for texts where their strings stand or not.
_CASES = [
    "What can happen next: Screening \u00b7 Offer \u00b7 Not selected",
    "Your status may be one of: In review / Interview / Unsuccessful",
    "Possible replies: interview or no",
    "An unsuccessful application gets a short note from us as well",
    "Any declined candidate is told by email within a week",
    "Shortlisted or not, everyone hears from us by 3 March",
    "Three things may follow:\n1. an offer of a trial shift;\n2. a place on the waiting list;\n"
    "3. a note that we will not take your application further.",
    "Our options now:\n- invite you to the next stage\n- close your application",
]
# ... and none_refused.nobody_refused, now gated by the refusal's participle its every branch
# ends with (not by its subjects' strings, "one", "body", "applicant")
_NONE_REFUSED = [
    "No applicant has yet been rejected",
    "Nor has any candidate been turned down",
    "We have not ruled anybody out so far",
    "niemand wurde bisher abgelehnt",
    "aucune candidature n'a \u00e9t\u00e9 \u00e9cart\u00e9e",
    "nadie ha sido descartado",
    "nessun candidato \u00e8 stato escluso",
    "geen enkele sollicitant is afgewezen",
]
_case_text = _joined(
    _CASES + _NONE_REFUSED,
    [
        " ",
        ". ",
        "\n",
        ":\n",
        "\n1. ",
        "\n- ",
        " \u00b7 ",
        " / ",
        " or ",
        " or no",
        "a ",
        "an unsuccessful ",
        "declined ",
        "application is ",
        "not selected",
        "offer",
        "interview",
        "what can happen next:",
        "possible outcomes:",
        "nobody has been ",
        "no one was ",
        "not one applicant ",
        "anyone ",
        "turned ",
        " down",
        "cut",
        "refused",
        "let ",
    ],
    "abcdeinorstuvwy '.:-\n",
)


def test_the_cases_are_read_by_rule_sentence() -> None:
    for sentence in _CASES:
        lowered = sentence.lower()
        # (a list: its last item's line, the sentence the cue reading asks about)
        left = lowered.rfind("\n") + 1
        right = len(lowered.rstrip("."))
        assert rules_ahead.rule_sentence(lowered, left, right), sentence
        reading = cases_listed.an_item_of_cases if left else other_cases.a_case_named
        assert reading in rules_ahead._asked(OPENED.open_among(lowered, rules_ahead._GATE_SLOTS))


@settings(max_examples=400, deadline=None)
@given(text=_case_text)
def test_a_case_reading_is_false_where_its_strings_stand_nowhere(text: str) -> None:
    lowered = text.lower()
    lines = [0] + [at + 1 for at, char in enumerate(lowered) if char == "\n"]
    spans = [(0, len(lowered))] + [
        (left, right if (right := lowered.find("\n", left)) >= 0 else len(lowered))
        for left in lines
    ]
    for reading, slots in rules_ahead._GATED:
        assert slots is not None
        if not any(OPENED.is_open(lowered, slot) for slot in slots):
            for left, right in spans:
                assert reading(lowered, left, right) is False


@settings(max_examples=200, deadline=None)
@given(text=_case_text)
def test_rule_sentence_asks_the_readings_of_the_open_slots(text: str) -> None:
    lowered = text.lower()
    open_slots = OPENED.open_among(lowered, rules_ahead._GATE_SLOTS)
    asked = rules_ahead._asked(open_slots)
    assert asked == tuple(
        reading
        for reading, slots in rules_ahead._GATED
        if slots is None or not slots.isdisjoint(open_slots)
    )
    right = len(lowered)
    assert any(reading(lowered, 0, right) for reading in asked) is any(
        reading(lowered, 0, right) for reading, _ in rules_ahead._GATED
    )


def test_nobody_refused_is_asked_where_a_participle_stands() -> None:
    for sentence in _NONE_REFUSED:
        lowered = sentence.lower()
        assert none_refused.nobody_refused(lowered, 0, len(lowered)), sentence
        assert none_refused.nobody_refused in rules_ahead._asked(
            OPENED.open_among(lowered, rules_ahead._GATE_SLOTS)
        )
    # (its subjects alone no longer open it: "Nobody from the team is free on Monday")
    lowered = "nobody from the team is free on monday, one applicant said"
    assert none_refused.nobody_refused not in rules_ahead._asked(
        OPENED.open_among(lowered, rules_ahead._GATE_SLOTS)
    )
