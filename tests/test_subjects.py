"""subjects: the draft's subject is one "Re: " and the rejection's own subject, in any language
the classifier reads; the marks of mail clients and gateways never pile up in front of it."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rejectwatch.crm import subjects
from rejectwatch.crm.reply import reply_subject

EXAMPLES = [
    # French: "Réf :" (and "RE :" with the French space) is a reply prefix; the reference stays
    ("Réf : 12345 Votre candidature", "Re: 12345 Votre candidature"),
    ("Réf : 12345", "Re: 12345"),
    ("Réf. : Votre candidature", "Re: Votre candidature"),
    ("RÉF : Votre candidature", "Re: Votre candidature"),
    ("RE : Re : Candidature - Réf. 2024-117", "Re: Candidature - Réf. 2024-117"),
    ("TR: Votre candidature au poste de Juriste", "Re: Votre candidature au poste de Juriste"),
    ("Réf : Re: [EXTERNAL] Your application - HSE Advisor", "Re: Your application - HSE Advisor"),
    # German: AW (Antwort), WG (weitergeleitet)
    ("AW: WG: Ihre Bewerbung als Analyst (m/w/d)", "Re: Ihre Bewerbung als Analyst (m/w/d)"),
    ("Antwort: Ihre Bewerbung", "Re: Ihre Bewerbung"),
    # Spanish: RE, RV (reenviado)
    ("RV: RE: Su candidatura - Ref: 88812", "Re: Su candidatura - Ref: 88812"),
    # Dutch: Antw, Doorst
    ("Antw: Doorst: Uw sollicitatie", "Re: Uw sollicitatie"),
    # English, counters, gateway tags
    ("RE: [EXT] Re: Your application", "Re: Your application"),
    ("[External] RE: Your application", "Re: Your application"),
    ("*CAUTION* Fwd: Your application", "Re: Your application"),
    ("EXTERNAL: Your application", "Re: Your application"),
    ("Re[3]: Re(2): Re^2: Your application", "Re: Your application"),
    ("SV: VS: Ansökan", "Re: Ansökan"),
    # Italian Outlook: R (risposta), I (inoltro); Polish PD (przekazane dalej); Turkish İLT
    ("R: I: La sua candidatura", "Re: La sua candidatura"),
    ("PD: Odp: Twoja aplikacja", "Re: Twoja aplikacja"),
    ("İLT: YNT: Başvurunuz", "Re: Başvurunuz"),
    ("Your application (fwd)", "Re: Your application"),
    # what an ATS leaves: entities, an encoded word encoded twice, dangling punctuation
    ("Your application &amp; next steps", "Re: Your application & next steps"),
    ("Thanks for applying to Smith &#39;n&#39; Co", "Re: Thanks for applying to Smith 'n' Co"),
    ("Re: =?utf-8?q?Candidature_re=C3=A7ue?=", "Re: Candidature reçue"),
    ("Re: - Your application", "Re: Your application"),
    ("Your application for  () - ", "Re: Your application for"),
    ("Re: [ ] | Data Analyst", "Re: Data Analyst"),
    ("RE: [EXT]", "Re: Your application"),
    # words that only look like prefixes stay
    ("External candidates: an update", "Re: External candidates: an update"),
    ("Regarding your application", "Re: Regarding your application"),
    ("Trial day: thank you", "Re: Trial day: thank you"),
    ("Resume received", "Re: Resume received"),
]


@pytest.mark.parametrize(("subject", "expected"), EXAMPLES)
def test_reply_subject_examples(subject: str, expected: str) -> None:
    assert reply_subject(subject) == expected


def test_a_hostile_twice_encoded_subject_stays_one_line() -> None:
    once = reply_subject("=?utf-8?q?=3D=3Futf-8=3Fq=3FHi=3D0D=3D0ABcc=3A=5Fx=40y=3F=3D?=")
    assert once == "Re: Hi Bcc: x@y"
    assert "\r" not in once
    assert "\n" not in once


# --------------------------------------------------------------------------- the property

PREFIXES = [
    "Re:",
    "RE:",
    "re :",
    "Re[2]:",
    "Re(4):",
    "Re^2:",
    "AW:",
    "Aw:",
    "Antwort:",
    "WG:",
    "SV:",
    "VS:",
    "Antw:",
    "Doorst:",
    "RV:",
    "RES:",
    "TR:",
    "Tr :",
    "Réf :",
    "Réf. :",
    "RÉF:",
    "Ref:",
    "Fwd:",
    "FW:",
    "Fw:",
    "[EXT]",
    "[External]",
    "(EXTERNAL)",
    "*CAUTION*",
    "EXTERNAL:",
    "-",
    "|",
    ":",
    "回复:",
    "转发：",
]
REST = st.text(
    alphabet=st.characters(
        codec="utf-8", categories=("L", "N", "P", "S", "Zs"), exclude_characters="\x85"
    ),
    max_size=80,
)
DANGLING = re.compile(r"^[\s\-–—|:;,./]|[\s\-–—|:;,/(\[]$")


@given(
    prefixes=st.lists(st.sampled_from(PREFIXES), max_size=6),
    spaces=st.lists(st.sampled_from(["", " ", "  ", "\t"]), min_size=6, max_size=6),
    rest=REST,
)
def test_never_stacked_never_empty_never_dangling(
    prefixes: list[str], spaces: list[str], rest: str
) -> None:
    subject = "".join(p + s for p, s in zip(prefixes, spaces, strict=False)) + rest
    once = reply_subject(subject)
    core = once.removeprefix("Re: ")
    assert once.startswith("Re: ")
    assert core.strip(), "never an empty subject"
    assert subjects.core(core) == core or core == "Your application", "no mark left in front"
    for mark in PREFIXES:
        if mark[0].isalpha() and mark[-1] in ":：":
            word = mark.rstrip(":： ").rstrip(". ")
            assert not re.match(re.escape(word) + r"\.?\s*[:：]", core, re.IGNORECASE), (
                f"stacked {mark!r}"
            )
    assert not DANGLING.search(core), "no dangling punctuation"
    assert reply_subject(once) == once
    assert "\n" not in once
    assert "\r" not in once


@given(st.text(max_size=300))
def test_core_is_idempotent_on_any_text(subject: str) -> None:
    value = subjects.core(subject)
    assert subjects.core(value) == value
    assert not DANGLING.search(value)
