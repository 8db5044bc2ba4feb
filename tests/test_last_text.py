"""last_text.per_text: one answer per text, kept for the next question about the same text."""

from __future__ import annotations

from rejectwatch.model.last_text import per_text


def test_a_text_is_worked_out_once_while_it_is_asked_in_turn() -> None:
    calls: list[str] = []

    @per_text
    def length(text: str) -> int:
        """The text's length."""
        calls.append(text)
        return len(text)

    first = "a letter of four sentences"
    assert [length(first) for _ in range(4)] == [len(first)] * 4
    # an equal copy, not the same object, is the same text
    assert length("".join(list(first))) == len(first)
    assert calls == [first]
    assert length("another") == 7
    assert length(first) == len(first)
    assert calls == [first, "another", first]
    assert length.__name__ == "length"
    assert length.__doc__ == "The text's length."


def test_a_mutable_answer_stays_its_texts() -> None:
    @per_text
    def facts(text: str) -> list[object]:
        return [text[:1], None]

    held = facts("pool")
    held[1] = "filled later"
    assert facts("pool") is held
    assert facts("talent") == ["t", None]
    assert facts("pool") == ["p", None]
