"""Pure: the CRM's fixed words, with no import behind them: the reasons a rejection gives
(``reason.REASONS``) and the follow-up statuses (``records.STATUSES``).

Kept apart so that the command line can offer them as choices without importing the readers
that use them (``reason`` and ``records`` compile their patterns at import: ``rejectwatch
classify`` never reads the CRM, and paid about 0.1 s of CPU for them)."""

from __future__ import annotations

__all__ = [
    "CONNECTED",
    "DRAFT_PENDING",
    "DRAFT_SAVED",
    "NO_REPLY_ADDRESS",
    "REASONS",
    "REPLY_SENT",
    "STATUSES",
    "TOO_OLD",
]

REASONS = (
    "position_filled",
    "another_candidate",
    "experience_skills",
    "role_cancelled",
    "after_interview",
    "kept_on_file",
    "eligibility",  # work authorisation, visa sponsorship, location
    "not_shortlisted",  # screened out before an interview: "you have not been shortlisted"
    "application_closed",  # only that: "your application is no longer active"
    "unknown",
)

# Follow-up statuses, in the order a rejection moves through them.
NO_REPLY_ADDRESS = "no reply address"  # nobody to write to: no draft was saved
TOO_OLD = "too old for a draft"  # an address, but older than draft_max_age_days: no draft
DRAFT_PENDING = "draft pending"  # the server refused the draft so far: retried every scan
DRAFT_SAVED = "draft saved"  # the draft is in the Drafts folder
REPLY_SENT = "reply sent"  # the draft (or any reply) was seen in the Sent folder
CONNECTED = "connected"  # set by the user: `rejectwatch mark ID connected`
STATUSES = (NO_REPLY_ADDRESS, TOO_OLD, DRAFT_PENDING, DRAFT_SAVED, REPLY_SENT, CONNECTED)
