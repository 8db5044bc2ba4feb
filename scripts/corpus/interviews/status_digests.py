"""Invitations in the skeletons of the w5 board relays, digests, multi-position letters and
ATS record blocks (helper W5, issue 11; written for rejectwatch): the employer wants an
interview; a digest with declined rows and one interview request; a letter that declines two
roles and invites to interview for the third; a record at "Stage: Phone screen". Never to be
filed: hard negatives for rejections/status_digests.py.
"""

from __future__ import annotations

from ..voices.portal_letters import family
from ..voices.status_digests import board_relay, digest, employer_multi, record

INT = "interview"

WANTS = [
    "{company} would like to interview you! Pick a time that suits you from their calendar.",
    "Good news: {company} has invited you to a phone interview for {role}.",
    "The employer has moved you to the interview stage and sent you a message: \u201cAre you free for a call on {date}?\u201d",
]
WANTS_AFTER = [
    "Reply within 3 days to keep your slot.",
    "Open the {board} app to accept the invitation.",
    "",
]
MIXED_BASE = [
    "Not selected",
    "Declined by employer",
    "Closed \u2013 position filled",
    "In review",
    "Archived by employer",
]
INVITED = [
    "Interview requested \u2013 choose a time",
    "Invited to interview",
    "Phone screen: book a slot",
    "Interview scheduled for {date}",
]
MIXED_SUMMARY = [
    "Action needed: one employer is waiting for you to book an interview.",
    "Don't miss your interview invitation above!",
    "",
]
MULTI_YES = [
    "We won't be taking {role2} or {role3} further, but the hiring manager for {role} would like to interview you. Could you let me know your availability next week?",
    "{role2} and {role3} have both been filled. The {role} team, however, were impressed and would like to invite you to a first interview on {date}.",
    "For {role} we'd love to meet you \u2013 I've sent a calendar link. I'm afraid {role2} and {role3} won't be going ahead for you.",
]
MULTI_CLOSE = ["Looking forward to speaking with you.", "Please reply to confirm.", ""]
STAGE_INT = [
    "Stage: Phone screen\nDisposition: Advance",
    "Stage: Interview \u2013 scheduling",
    "Stage: Hiring manager interview",
    "Disposition: Advance to interview",
    "Workflow step: Technical interview",
]
STAGE_MEANING = [
    "A recruiter will contact you shortly to schedule the call.",
    "Please use the link in your portal to book your interview.",
    "Your interview details will follow in a separate e-mail.",
]

FAMILIES = [
    family("w5-board-relay-interview", 22, INT, board_relay(WANTS, WANTS_AFTER)),
    family("w5-digest-one-interview", 26, INT, digest(MIXED_BASE, INVITED, MIXED_SUMMARY)),
    family("w5-multi-position-one-interview", 24, INT, employer_multi(MULTI_YES, MULTI_CLOSE)),
    family("w5-disposition-phone-screen", 24, INT, record(STAGE_INT, STAGE_MEANING)),
]
