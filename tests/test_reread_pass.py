"""Twenty-first pass, part M (issue 11): a hostile re-read of the pass's new readings, on
sentences of real mail they were not written from. Each misfire found is a case here (it failed
before the mend): an English name read as a Frisian conditional, correct text "mended" as
mojibake. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from readings import decision, marks
from rejectwatch.model import negation

OUT = negation.READER_OUT


@pytest.mark.parametrize(
    "text",
    [
        # English "as Jo said": a colleague named, no Frisian "as jo" (if you)
        "As Jo explained, we have decided not to move forward with your application.",
        "As Jo said, unfortunately you have not been successful on this occasion.",
        "As Jo mentioned on the phone, we have decided not to progress your application.",
    ],
)
def test_a_name_after_as_is_no_frisian_conditional(text: str) -> None:
    assert OUT in marks(text)


def test_frisian_as_jo_stays_a_conditional() -> None:
    assert not decision("As jo net selektearre binne, dan hearre jo dat fan ús.")
    assert not decision(
        "As jo foar de ein fan de moanne neat fan ús heard hawwe, is it net slagge."
    )
