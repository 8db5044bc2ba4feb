"""Twenty-first pass, part M (issue 11): a hostile re-read of the pass's new readings, on
sentences of real mail they were not written from. Each misfire found is a case here (it failed
before the mend): an English name read as a Frisian conditional, correct text "mended" as
mojibake. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from readings import decision, marks
from rejectwatch.model import negation
from rejectwatch.model.mojibake import mend

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


@pytest.mark.parametrize(
    "text",
    [
        # a capital word's last letter before a mark, as written (Portuguese, Romanian)
        "Morada: RUA DA IRMÃ\u2026 e a MAÇÃ\u201d, obrigado",
        "ROMÂNIA \u2014 Bucureşti, CÂ\u2014",
        "«AMANHÃ» disse ele",
        "João Gonçalves, São Paulo; Château, crème brûlée; Grüße aus München",
    ],
)
def test_correct_text_is_not_mended(text: str) -> None:
    assert mend(text) == text


@pytest.mark.parametrize(
    ("text", "mended"),
    [
        # correct letters written beside a quoted damaged letter stay as written
        (
            "See you at the CAFÉ\u2019S door.\n> Weâ€™ve read your form",
            "See you at the CAFÉ\u2019S door.\n> We\u2019ve read your form",
        ),
        (
            "Mit freundlichem \u201eGruß\u201c\n> yours wonâ€™t go forward",
            "Mit freundlichem \u201eGruß\u201c\n> yours won\u2019t go forward",
        ),
        # and damaged text is still mended, a capital's too
        ("Â£31.95 for the cafÃ©, â‚¬40", "£31.95 for the café, €40"),
        ("MÃœNCHEN, Ã‰COLE, naÃ¯ve", "MÜNCHEN, ÉCOLE, naïve"),
    ],
)
def test_only_damaged_text_is_mended(text: str, mended: str) -> None:
    assert mend(text) == mended
