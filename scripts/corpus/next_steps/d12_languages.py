"""Assessments and reference requests with deadlines in ten languages (families
d12-lang-*-task; helper d12, issue 11, twelfth pass; voice: voices/d12_languages.py)."""

from __future__ import annotations

from ..voices.d12_languages import LANGS, task

FAMILIES = [(f"d12-lang-{_lang}-task", task(_lang), 6, "next_steps") for _lang in LANGS]
