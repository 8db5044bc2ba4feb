"""Refusals in their commonest shapes, swept language by language (issue 11, sixty-sixth pass):
filled in by the sweep. READINGS are appended to the outcome readings of
rejectwatch.model.negation (plain_outcomes), so none is read in a conditional, still-to-come,
quoted or reader-decided sentence.
"""

from __future__ import annotations

from rejectwatch.model.prefilter import readings

__all__ = ["READINGS"]

READINGS = readings()
