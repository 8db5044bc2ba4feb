"""Rejections relayed by a job board, digests in which every listed application is declined,
one employer declining every position a candidate applied for, and ATS record blocks whose
status lines use unusual words ("Disposition: Not Selected - Other Candidate More Qualified",
"Stage: Archived") (families w5-board-*, w5-digest-*, w5-multi-*, w5-disposition-*; helper
W5, issue 11; written for rejectwatch). Skeletons in voices/status_digests.py.
"""

from __future__ import annotations

from ..voices.portal_letters import family
from ..voices.status_digests import board_relay, digest, employer_multi, record

REJ = "rejection"

RELAYED = [
    "{company} has reviewed your application and decided not to move forward with it.",
    "The employer let us know they've filled this position. Your application is now closed.",
    "{company} marked your application as \u201cNot a fit\u201d.",
    "The hiring team at {company} won't be taking your application further, unfortunately.",
    "{company} chose other applicants for this job.",
    "This employer has closed your application: they are progressing with candidates whose experience is closer to the role.",
    "Status: Not selected by employer",
    "{company} has declined your application. We know that's disappointing \u2013 keep going!",
    "The employer archived your application after review.",
]
RELAYED_AFTER = [
    "Don't be discouraged: similar roles are below.",
    "Employers on {board} decline most applications; it's part of the search.",
    "We've moved this job to your Closed applications.",
    "",
]

DECLINED = [
    "Not selected",
    "Declined by employer",
    "Closed \u2013 position filled",
    "No longer under consideration",
    "Employer chose other candidates",
    "Archived by employer",
    "Unsuccessful",
    "Rejected",
    "Not progressing",
]
ALL_DECLINED = [
    "None of these employers will be taking your application further.",
    "All of these applications are now closed.",
    "We know a week like this is tough. New jobs are posted every day.",
    "",
]

MULTI_NO = [
    "After reviewing each of them against the requirements, we won't be progressing any of these applications.",
    "Unfortunately none of them will be moving forward: {role} has been filled, and for {role2} and {role3} we have chosen candidates with more directly relevant experience.",
    "I'm sorry to say we've decided not to take any of the three further.",
    "The hiring managers for all three roles have now made their choices, and I'm afraid you were not selected for any of them.",
    "We have decided to decline all three applications; this is a decision on fit for these specific roles, not on your potential.",
]
MULTI_CLOSE = [
    "You're welcome to apply for future openings.",
    "Thank you for the interest you've shown in {company}.",
    "I wish you the best of luck with your search.",
    "",
]

DISPOSITIONS = [
    "Disposition: Not Selected - Other Candidate More Qualified",
    "Stage: Archived\nReason: Not selected",
    "Status: Candidate withdrawn by employer",
    "Disposition: Regret \u2013 post interview",
    "Outcome: Not hired",
    "Disposition reason: Position filled\nStage: Closed",
    "Stage: Rejected (Hiring Manager Review)",
    "Workflow step: Closed \u2013 Not Selected",
    "Disposition: Did not meet minimum qualifications",
    "Stage: Archived\nDisposition: Offer extended to another candidate",
    "Disposition: NS \u2013 better qualified candidates",
    "Decision: Unsuccessful",
    "Stage: Declined by recruiter",
    "Disposition: Not selected \u2013 requisition cancelled",
]
DISPOSITION_MEANING = [
    "Your application for this requisition is closed and no further action will be taken.",
    "This means you are no longer being considered for the position.",
    "You may apply to other open requisitions at any time.",
    "",
    "",
]

FAMILIES = [
    family("w5-board-relay-declined", 30, REJ, board_relay(RELAYED, RELAYED_AFTER)),
    family("w5-digest-all-declined", 28, REJ, digest(DECLINED, summary=ALL_DECLINED)),
    family("w5-multi-position-all-declined", 26, REJ, employer_multi(MULTI_NO, MULTI_CLOSE)),
    family("w5-disposition-refused", 30, REJ, record(DISPOSITIONS, DISPOSITION_MEANING)),
]
