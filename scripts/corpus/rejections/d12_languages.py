"""Rejections in ten languages the shipped model filed almost nothing in (families
d12-lang-*; helper d12, issue 11, twelfth pass; voice: voices/d12_languages.py): Czech,
Danish, Romanian, Turkish, Finnish, Polish, Swedish, Hungarian, Greek (Greek script) and
Norwegian. Per language three families: ``-letter`` (ATS notices, bare status records,
public-sector and university letters) and ``-note`` (a recruiter's personal note after an
interview, sometimes over the candidate's quoted chase, and short mobile replies) and ``-portal`` (a career portal's HTML notice with a hedged
refusal under a long footer in the language, voice: voices/d12_portal.py). Their twins
in the same voices are in confirmations/, interviews/ and next_steps/ d12_languages.py.
"""

from __future__ import annotations

from ..voices.d12_languages import LANGS, rejection_letter, rejection_note
from ..voices.d12_portal import portal

FAMILIES = []
for _lang in LANGS:
    FAMILIES.append((f"d12-lang-{_lang}-letter", rejection_letter(_lang), 16, "rejection"))
    FAMILIES.append((f"d12-lang-{_lang}-note", rejection_note(_lang), 16, "rejection"))

# portal notices with a hedged refusal under a long footer in the language
for _lang in LANGS:
    FAMILIES.append(
        (
            f"d12-lang-{_lang}-portal",
            portal(_lang, "hedge", "st_rej", "rej_subj_f"),
            14,
            "rejection",
        )
    )
