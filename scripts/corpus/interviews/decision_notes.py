"""Invitations in the skeletons of the w5 person-written notes (helper W5, issue 11; written for
rejectwatch): after a final round with detailed feedback, one more conversation; an agency's
"my client would like to meet you" with another role pitched; the invitation in the subject
with a one-line body; a terse phone reply proposing a time (families w5-note-*, w5-subject-*,
w5-terse-*). Hard negatives for rejections/decision_notes.py: never to be filed.
"""

from __future__ import annotations

from ..voices.decision_notes import AGENCY_SUBJECTS, note, subject_only, terse
from ..voices.decision_notes import FINAL_SUBJECTS as SHARED_FINAL_SUBJECTS
from ..voices.portal_letters import family

INT = "interview"

FINAL_SUBJECTS = [*SHARED_FINAL_SUBJECTS[:3], "{role}: feedback and one more step"]
FINAL_OPEN = [
    "Thank you for the time you gave us across all the stages so far.",
    "I promised to come back to you after the panel, and I wanted to give you proper feedback.",
    "Thanks again for presenting on {weekday}.",
    "The panel met yesterday to compare notes.",
]
FINAL_CORE = [
    "The panel were impressed, and before we make a final decision {mfirst}, our CEO, would like a 30-minute conversation with you. Could you do {date2}?",
    "It's between you and one other finalist, and we'd like to invite you back for a short follow-up interview focused on {area}.",
    "We'd like to move you to the last step: an informal meeting with the wider team on {date2}.",
    "The hiring manager would like one more call with you to go through the feedback below before we decide.",
]
FINAL_CLOSE = [
    "Let me know which times work.",
    "I'll send the invite once you confirm.",
    "Really looking forward to it.",
    "",
]

AG_OPEN = [
    "Just got off the phone with {company}.",
    "As promised, I chased {company} this morning.",
    "Following our call earlier, here's the update in writing.",
]
AG_CORE = [
    "My client would like to meet you for a second interview for the {role} position \u2013 are you free on {date2}?",
    "My client has decided to take you through to the final stage! They'd like you in on {date2} to meet the team.",
    "Great news: {company} want to move forward with you and have asked for a technical interview next week.",
    "The client has shortlisted you for {role}, and the hiring manager would like a call on {date2}.",
]
AG_CLOSE = ["Let me know what you think.", "Give me a ring when you can.", ""]

SUBJ = [
    "Interview invitation \u2013 {role}",
    "{role}: invitation to second interview",
    "Next round \u2013 {role} ({company})",
    "Shortlisted: {role} interview",
    "Re: {role} \u2013 we'd like to meet you",
]
SUBJ_BODIES = [
    "Details in the portal, please choose a slot by Friday.",
    "Please pick a time using the link in your candidate account.",
    "See subject \u2013 can you do {date2}?",
    "Calendar invite to follow. Thanks!",
]

TERSE = [
    "Team liked you - can you do Thurs 3pm?",
    "Good news, we'd like you back for round 2. Free {date2}?",
    "Hiring mgr wants a quick call tmrw, does 10am work?",
    "They want to meet you again, I'll send times.",
    "Loved the take-home. Final round next wk?",
]

FAMILIES = [
    family(
        "w5-note-final-round-next-step",
        26,
        INT,
        note(FINAL_SUBJECTS, FINAL_OPEN, FINAL_CORE, FINAL_CLOSE, feedback=0.8),
    ),
    family(
        "w5-note-agency-client-wants-you",
        26,
        INT,
        note(AGENCY_SUBJECTS, AG_OPEN, AG_CORE, AG_CLOSE, pitch=0.5, agency=True),
    ),
    family("w5-subject-only-invite", 22, INT, subject_only(SUBJ, SUBJ_BODIES)),
    family("w5-terse-mobile-invite", 24, INT, terse(TERSE)),
]
