"""Application confirmations in ten languages (families d12-lang-*-received; helper d12,
issue 11, twelfth pass; voice: voices/d12_languages.py), in the ATS and public-sector voices
of the d12 rejections, whose silence clause says the refusal conditionally ("if you have not
heard from us within four weeks ...")."""

from __future__ import annotations

from ..voices.d12_languages import LANGS, confirmation
from ..voices.d12_portal import portal

FAMILIES = [
    (f"d12-lang-{_lang}-received", confirmation(_lang), 14, "application_received")
    for _lang in LANGS
]

# the same portal notices with an in-review status (twins of d12-lang-*-portal)
FAMILIES += [
    (
        f"d12-lang-{_lang}-portal-review",
        portal(_lang, "review", "st_rev", "rcv_subj"),
        12,
        "application_received",
    )
    for _lang in LANGS
]
