"""Application confirmations in ten languages (families d12-lang-*-received; helper d12,
issue 11, twelfth pass; voice: voices/d12_languages.py), in the ATS and public-sector voices
of the d12 rejections, whose silence clause says the refusal conditionally ("if you have not
heard from us within four weeks ...")."""

from __future__ import annotations

from ..voices.d12_languages import LANGS, confirmation

FAMILIES = [
    (f"d12-lang-{_lang}-received", confirmation(_lang), 14, "application_received")
    for _lang in LANGS
]
