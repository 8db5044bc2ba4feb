"""Confirmations in the skeletons of the w5 board relays, digests and ATS record blocks (helper
W5, issue 11; written for rejectwatch): the employer viewed or is reviewing the application, every
listed application is still open, the record's Disposition or Stage is neutral. Hard negatives
for rejections/status_digests.py (families w5-board-*, w5-digest-*, w5-disposition-*).
"""

from __future__ import annotations

from ..voices.portal_letters import family
from ..voices.status_digests import board_relay, digest, record

RCV = "application_received"

VIEWED = [
    "{company} viewed your application.",
    "The employer has moved your application to \u201cReviewing\u201d.",
    "{company} has downloaded your CV. Employers usually respond within two weeks.",
    "Your application was delivered to {company} and is waiting for review.",
    "Status: In review by employer. If {company} decides not to go ahead, we'll tell you here.",
    "{company} starred your application for later review.",
]
VIEWED_AFTER = [
    "No action needed for now.",
    "Not every employer sends a decision; we'll pass on any update we get.",
    "Meanwhile, here are some jobs like this one.",
    "",
]
OPEN_STATUSES = [
    "Application sent",
    "Viewed by employer",
    "In review",
    "Awaiting response",
    "Received",
    "Under consideration",
    "Shortlisting in progress",
]
OPEN_SUMMARY = [
    "No decisions yet \u2013 employers usually reply within 2\u20134 weeks.",
    "If an employer declines an application, we'll show it here.",
    "",
]
NEUTRAL_RECORD = [
    "Disposition: Under review",
    "Disposition: In process",
    "Stage: Applied",
    "Stage: New\nDisposition: (none)",
    "Outcome: Pending",
    "Decision: Not yet made",
    "Workflow step: Recruiter review",
    "Stage: Screening\nDisposition: Pending hiring manager review",
]
NEUTRAL_MEANING = [
    "Your application is active. The record will be updated once a decision has been made.",
    "If you are not selected, the disposition will change and you will receive an e-mail.",
    "No action is required from you.",
    "",
]

FAMILIES = [
    family("w5-board-relay-viewed", 26, RCV, board_relay(VIEWED, VIEWED_AFTER)),
    family("w5-digest-all-open", 24, RCV, digest(OPEN_STATUSES, summary=OPEN_SUMMARY)),
    family("w5-disposition-neutral", 26, RCV, record(NEUTRAL_RECORD, NEUTRAL_MEANING)),
]
