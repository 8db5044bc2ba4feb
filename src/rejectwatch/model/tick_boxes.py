"""A form's tick boxes as the cue reading sees them (issue 11, twenty-eighth pass, part W).

A pro-forma slip ("WITH COMPLIMENTS ... [ ] Please ring us to arrange a trial [ ] Position now
filled [x] See note below") lists every answer the office might give and ticks one: only the
ticked line is the sender's word. written-47's slips gave 16 invitations, offers, receipts and
rota notes a decision token from the unticked "[ ] Position now filled" line. Where a text holds
a ticked box, each unticked box's line is blanked (spaces, so every offset stays) before the
cues are read; a text with no ticked box (a blank form, a checklist to fill in) is read as it
is, since nothing there says which answer is meant. The words the classifier counts are not
touched, only the cue view (negation._cue_text).
"""

from __future__ import annotations

import re

# a line opening with an unticked box: "[ ] ...", "( ) ...", "☐ ..."
_UNTICKED_LINE = re.compile(r"(?m)^[ \t]*(?:\[ \]|\( \)|\u2610)[ \t]+[^\n]*")
# a line opening with a ticked one: "[x] ...", "[X]", "[✓]", "(x)", "☒", "☑"
_TICKED_LINE = re.compile(
    r"(?m)^[ \t]*(?:\[[xX\u2713\u2714\u2717\u2718]\]|\([xX\u2713\u2714]\)|[\u2612\u2611\u2705])"
    r"[ \t]+\S"
)


def unticked_blanked(text: str) -> str:
    """``text`` with each unticked box's line turned to spaces when some box is ticked; the
    text itself (the same object) when no line opens with an unticked box or none is ticked."""
    if "[ ]" not in text and "( )" not in text and "\u2610" not in text:
        return text
    if not _UNTICKED_LINE.search(text) or not _TICKED_LINE.search(text):
        return text
    return _UNTICKED_LINE.sub(lambda found: " " * len(found.group()), text)
