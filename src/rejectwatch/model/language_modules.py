"""The modules that read further languages, one tuple (issue 11, nineteenth pass, part B).

Each place that reads the modules iterates :data:`MODULES`, so a new language module is one line
here. Each module exports its ``READINGS``, its outcome readings
(rejectwatch.model.decisions_abroad), and any of the names of :data:`Export` it has words for:

* ``CONDITIONAL``, ``NOT_YET``: its "if" and "not yet" words (rejectwatch.model.languages);
* ``NEGATION``, ``REGRET``: the guard's negations and regrets (rejectwatch.model.said_plainly);
* ``INVITED``, ``OFFERED``: an invitation to an interview, an offer
  (rejectwatch.model.guard_abroad);
* ``NOT_A_JOB``, ``A_JOB``: the gate's words for a thing no job and for a job
  (rejectwatch.model.gate).

Each of those is an alternation's further branches, each opened by "|", appended to the pattern
of the place that reads it by :func:`joined`, in the tuple's order. A module with no words for a
name leaves it out (twenty-eighth pass, part L: the empty strings each module carried for the
names it had nothing for were one block written some forty times).
"""

from __future__ import annotations

from functools import cache
from typing import Literal, Protocol

from rejectwatch.model import (
    added_languages,
    conditions_abroad_a,
    conditions_abroad_b,
    far_languages,
    further_languages,
    languages_ahead,
    languages_akan,
    languages_austronesian,
    languages_before,
    languages_breadth,
    languages_choice_told,
    languages_creoles,
    languages_eastern_minor,
    languages_edges,
    languages_eurasia,
    languages_more,
    languages_read,
    languages_regional,
    languages_romance_interlingue,
    languages_romance_minor,
    languages_slavic_turkic_visayan,
    languages_sorbian_interslavic,
    languages_spoken,
    languages_usual,
    languages_western_dialects,
    languages_wide,
    newer_languages,
    newest_languages,
    regional_languages,
    world_languages,
)
from rejectwatch.model.prefilter import Reading

__all__ = ["MODULES", "Export", "LanguageModule", "joined"]


class LanguageModule(Protocol):
    """What each language module must export (a module attribute, read as a constant)."""

    @property
    def READINGS(self) -> tuple[Reading, ...]: ...  # noqa: N802


# The names a language module may export, each read by one place (the module's docstring)
Export = Literal[
    "CONDITIONAL", "NOT_YET", "NEGATION", "REGRET", "INVITED", "OFFERED", "NOT_A_JOB", "A_JOB"
]


MODULES: tuple[LanguageModule, ...] = (
    far_languages,  # sixteenth pass (its checks' words stand in the places that read them)
    further_languages,  # eighteenth pass, part B: slice 16's languages
    world_languages,  # eighteenth pass, part C: languages read ahead of the slices
    added_languages,  # nineteenth pass, part B: Maltese, Basque, Irish, Luxembourgish
    newer_languages,  # twentieth pass, part C: slice 18's new languages
    regional_languages,  # twentieth pass, part D: slice 18's misses in languages read
    languages_ahead,  # twentieth pass, part D: Faroese, Hausa, Igbo, Yoruba, Pashto, Burmese, ...
    languages_read,  # twenty-first pass, part D: slice 19's misses in languages read
    newest_languages,  # twenty-first pass, part C: slice 19's new languages
    languages_before,  # twenty-first pass, part K: written-27's kinds in languages read
    languages_more,  # twenty-second pass, part C: slice 20's languages, and ten ahead
    languages_wide,  # twenty-third pass, part B: Turkmen; slice 21's Korean, French, Irish forms
    languages_spoken,  # twenty-fourth pass, part D: slice 22's eight widely spoken languages
    languages_usual,  # twenty-fourth pass, part L: written-33's languages, their usual formulas
    languages_creoles,  # twenty-fifth pass, part D: slice 23's creoles, pidgins, regional tongues
    languages_regional,  # twenty-sixth pass, part D: slice 24's regional tongues, creoles, forms
    languages_breadth,  # twenty-sixth pass, part N: written-39's thirty languages, new here
    languages_romance_minor,  # twenty-seventh pass, part D: slice 25's smaller Romance tongues
    languages_slavic_turkic_visayan,  # twenty-seventh pass, part D: slice 25's other tongues
    languages_eurasia,  # twenty-seventh pass, part N: written-43's European and northern tongues
    languages_austronesian,  # twenty-seventh pass, part N: written-43's Austronesian seven
    languages_sorbian_interslavic,  # twenty-eighth pass, part D: slice 26's Slavic two
    languages_romance_interlingue,  # twenty-eighth pass, part D: slice 26's Romance three
    languages_edges,  # twenty-eighth pass, part N: written-46's regional and creole languages
    languages_akan,  # twenty-ninth pass, part D: slice 27's Twi
    languages_western_dialects,  # twenty-ninth pass, part N: written-50's western varieties
    languages_eastern_minor,  # twenty-ninth pass, part N: written-50's eastern languages
    languages_choice_told,  # forty-eighth pass, third round: slice 72's seven, one shape
    conditions_abroad_a,  # sixty-seventh pass: "until", "if", "while" abroad, group a
    conditions_abroad_b,  # sixty-seventh pass: the same, group b
)


@cache
def joined(name: Export) -> str:
    """The modules' ``name`` joined in :data:`MODULES`' order (a module without it adds
    nothing): the further branches the place that reads ``name`` appends to its pattern."""
    return "".join(getattr(module, name, "") for module in MODULES)
