"""A board digest with declined rows and one application waiting for the candidate to take
an assessment (family w5-digest-one-assessment; helper W5, issue 11; written for rejectwatch).
Skeleton in voices/status_digests.py.
"""

from __future__ import annotations

from ..voices.portal_letters import family
from ..voices.status_digests import digest

BASE = [
    "Not selected",
    "Declined by employer",
    "Closed \u2013 position filled",
    "In review",
    "Unsuccessful",
]
ACTION = [
    "Assessment sent \u2013 complete by {date2}",
    "Action required: online test",
    "Employer asked you a screening question",
    "Upload your right-to-work documents",
]
SUMMARY = ["You have 1 task to complete.", "Complete the pending step before it expires.", ""]

FAMILIES = [family("w5-digest-one-assessment", 24, "next_steps", digest(BASE, ACTION, SUMMARY))]
