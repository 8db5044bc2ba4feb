"""Interview invitations, moves and public-sector summons in ten languages (families
d12-lang-*-invite; helper d12, issue 11, twelfth pass; voice: voices/d12_languages.py), in the
personal, mobile and public voices of the d12 rejections, some with "unfortunately" about a
moved slot."""

from __future__ import annotations

from ..voices.d12_languages import LANGS, invitation

FAMILIES = [(f"d12-lang-{_lang}-invite", invitation(_lang), 12, "interview") for _lang in LANGS]
