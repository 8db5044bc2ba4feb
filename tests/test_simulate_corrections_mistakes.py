"""scripts/simulate_corrections.py names each later mistake and whether the user labelled its
first line (twenty-third pass, part D)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from rejectwatch.model.classifier import Document
from rejectwatch.model.corpus import Example
from scriptmod import load_script

sim = load_script("simulate_corrections")


@dataclass
class FixedModel:
    """Scores each document by its body's first word (a number), files from 0.5."""

    filing_threshold: float = 0.5

    def scores(self, docs: Sequence[Document]) -> list[float]:
        return [float(d.body.split()[0]) for d in docs]


def example(i: int, body: str, label: str = "rejection") -> Example:
    return Example(
        id=f"rej-x-{i:04d}",
        subject="Re: x",
        body=body,
        label=label,
        kind="rejection",
        sender="",
        family="x",
    )


def test_the_first_line_skips_a_short_greeting() -> None:
    assert sim.first_sentence("Hoi Jamal,\n\nHelaas, we zijn gegaan.\n\nGroet") == (
        "Helaas, we zijn gegaan."
    )
    assert sim.first_sentence("Hi\n\nok") == "Hi"


def test_each_later_mistake_is_named_with_its_scores() -> None:
    earlier = [example(1, "Hi Ann,\n\nWe went with someone else this time.")]
    later = [
        example(2, "0.9 filed by both"),
        example(3, "0.1 missed before, filed after"),
        example(4, "0.2 kept before, filed after", label="not_rejection"),
    ]
    before, after = FixedModel(), FixedModel(0.05)
    lines = sim.later_mistakes(before, after, later, earlier)
    assert lines == [
        "  rej-x-0003: 0.100 -> 0.100  (its first line not labelled)",
        "  rej-x-0004: 0.200 -> 0.200  (its first line not labelled)",
    ]


def test_a_labelled_first_line_is_said_so() -> None:
    line = "0.1 We went with someone else this time."
    earlier = [example(1, f"Hi Ann,\n\n{line}")]
    lines = sim.later_mistakes(FixedModel(), FixedModel(), [example(2, line)], earlier)
    assert lines == ["  rej-x-0002: 0.100 -> 0.100  (its first line labelled)"]


def test_the_memory_column_decides_as_a_scan_does() -> None:
    """Twenty-third pass, part O: a later message repeating a labelled one from the same
    domain takes its label (the model alone misses it here); part Q: so does another
    domain's word-for-word copy, but not its edited one."""
    refusal = (
        "Dear {name},\n\nThank you for applying for the {role} role. After careful review we "
        "have decided not to move forward with your application at this time.\n\nRegards,\n"
        "The Talent Team"
    )

    def mail(i: int, name: str, role: str, sender: str) -> Example:
        body = "0.1 " + refusal.format(name=name, role=role)
        return Example(
            id=f"rej-m-{i:04d}",
            subject="Your application",
            body=body,
            label="rejection",
            kind="rejection",
            sender=sender,
            family="m",
        )

    earlier = [mail(1, "Ann", "Data Analyst", "Talent <jobs@acme.example>")]
    later = [
        mail(2, "Bo", "Senior Backend Engineer", "jobs@acme.example"),
        mail(3, "Bo", "Senior Backend Engineer", "jobs@other.example"),
        mail(4, "Bo", "Senior Backend Engineer", "jobs@other.example"),
    ]
    later[2] = replace(later[2], body=later[2].body.replace("review we have", "review we've"))
    known = sim.remembered(earlier)
    assert len(known) == 1
    assert sim.errors(FixedModel(), later) == (0, 3)
    assert sim.errors(FixedModel(), later, known) == (0, 1)
