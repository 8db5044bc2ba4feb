"""Rejections written by a person about one application (helper W5, issue 11; written for
rejectwatch): after a final round with detailed feedback; an agency's "my client has decided"
with another role pitched; an offer withdrawn; a search closed, cancelled or frozen with nobody
hired; the profile moved to the talent community after a decision; the decision in the subject
with a one-line body; a terse reply from a phone (families w5-note-*, w5-subject-*, w5-terse-*).
Skeletons in voices/decision_notes.py, shared with the invitations, offers, confirmations and
other job mail of the same names in the other folders.
"""

from __future__ import annotations

from ..voices.decision_notes import AGENCY_SUBJECTS, FINAL_SUBJECTS, note, subject_only, terse
from ..voices.portal_letters import family

REJ = "rejection"

FINAL_OPEN = [
    "Thank you for the time you gave us across all four stages \u2013 I know it was a lot.",
    "I promised to come back to you after the final round, and I wanted to do it properly rather than with a template.",
    "Thanks again for presenting to the panel on {weekday}.",
    "The panel met yesterday to compare notes on the final candidates.",
]
FINAL_CORE = [
    "After a lot of discussion the panel recommended another candidate, and they have accepted our offer.",
    "We won't be extending an offer to you this time; the other finalist had more direct experience in {area}, and that decided it.",
    "It was genuinely close, but the hiring manager has chosen the other finalist for the role.",
    "We have decided not to move forward with your application at this final stage.",
    "I'm sorry to say the role has gone to someone else.",
]
FINAL_CLOSE = [
    "I'd be glad to stay in touch, and I hope our paths cross again.",
    "If you'd like to talk any of this through, I'm happy to set up fifteen minutes.",
    "Thank you for the care you put into the process.",
    "",
]

AG_OPEN = [
    "Just got off the phone with {company}.",
    "As promised, I chased {company} for their decision this morning.",
    "Following our call earlier, here's the update in writing.",
    "Thanks for your patience while {company} made up their mind.",
]
AG_CORE = [
    "My client has decided to proceed with another candidate for the {role} position.",
    "My client has decided not to take your application further; they've gone with someone who has more {area} on their CV.",
    "The client has made their decision, and unfortunately it's not us this time \u2013 they've offered the role to an internal candidate.",
    "{company} came back and said they'll be moving forward with a different candidate.",
    "My client has chosen to offer the position to the other shortlisted candidate.",
]
AG_CLOSE = [
    "Chin up \u2013 you interviewed really well.",
    "Let me know what you think.",
    "We'll get you there.",
    "",
]

RESCIND_SUBJECTS = [
    "Your offer of employment \u2013 {role}",
    "Important: change regarding your offer",
    "{company} offer \u2013 update",
    "Withdrawal of offer",
]
RESCIND_OPEN = [
    "I'm writing with news that I'm very sorry to have to give.",
    "I wish I were writing with better news after our conversation on {weekday}.",
    "Following the call I had with you earlier today,",
    "This is a difficult letter to write.",
]
RESCIND_CORE = [
    "Due to an unexpected restructuring of the {team} team, we have had to rescind the offer of employment we made to you for the {role} position.",
    "We are withdrawing our offer for the {role} role: the position has been eliminated following a budget review, and we are no longer able to hire into it.",
    "I have to let you know that the offer dated {date2} is withdrawn. The company has introduced a hiring freeze that applies to all offers not yet started.",
    "Unfortunately, as the pre-employment checks could not be completed satisfactorily, we are not able to confirm your appointment and the conditional offer is withdrawn.",
    "We can no longer honour the offer for {role}; the business has cancelled the project the role was created for.",
]
RESCIND_CLOSE = [
    "We recognise the impact this has on you and we will pay one month's salary as a gesture of goodwill.",
    "Please don't hesitate to call me; I'm happy to provide a reference that explains the circumstances.",
    "I am truly sorry for the disruption this causes.",
    "",
]

CLOSED_SUBJECTS = [
    "{role} search",
    "Update: {role} vacancy",
    "An update on the {role} role",
    "{role} \u2013 process closed",
]
CLOSED_OPEN = [
    "Thank you for your patience over the last few weeks.",
    "I wanted to close the loop with you personally.",
    "We said we'd update everyone who interviewed for {role}.",
    "",
]
CLOSED_CORE = [
    "We've made the decision to close the search without hiring anyone. The budget for the role has been cut for the rest of the year, so the process is over for all candidates.",
    "The business has frozen all hiring, and the {role} requisition has been cancelled. Nobody has been appointed, but I'm afraid that means your application ends here.",
    "Leadership decided not to fill the {role} position after all, so we are closing the process and will not be making an offer to anyone.",
    "After reviewing the team structure we are no longer recruiting for {role}. Your application has therefore been closed.",
    "The vacancy has been withdrawn. We won't be appointing to it, and we're closing every application, including yours.",
]
CLOSED_CLOSE = [
    "If the role is ever re-advertised you'd be very welcome to apply again.",
    "I'm sorry this is the outcome after the effort you put in.",
    "Thanks for understanding.",
    "",
]

TC_SUBJECTS = [
    "Your application for {role}",
    "Thank you from {company}",
    "{company} Talent Community",
    "Next steps after your application",
]
TC_OPEN = [
    "Thank you for applying to {company}.",
    "We appreciated the chance to review your application for {role}.",
    "",
]
TC_CORE = [
    "We have decided to move forward with other candidates for this role, and we've moved your profile to our Talent Community so our recruiters can find you for future openings.",
    "Your application for {role} has been closed and your profile has been moved to our talent community.",
    "While we won't be progressing your application for {role}, we've added your profile to our talent community, where it will be considered for other roles.",
    "This position has now been filled. As a member of our talent community you'll hear from us when something suitable comes up.",
    "We're not able to offer you the {role} role, but we've saved your profile in our talent network.",
]
TC_CLOSE = [
    "You can update your profile or leave the community at any time.",
    "We hope to stay in touch.",
    "",
]

SUBJ_ONLY = [
    "Unsuccessful application \u2013 {role}",
    "{role}: not progressing",
    "Application outcome: not selected",
    "Re: {role} \u2013 we've gone another way",
    "{company}: position filled",
    "Your application \u2013 regret",
    "{role} \u2013 no offer",
    "Decision: {role} (unsuccessful)",
]
SUBJ_BODIES = [
    "Thanks for your time, {first}. All the best with the search.",
    "Sorry it's not better news.",
    "Please see subject. Thank you for applying.",
    "Thanks again and good luck.",
    "Appreciate your interest \u2013 sorry this one didn't work out.",
    "Details above, sorry. Best of luck.",
]

TERSE = [
    "Sorry, went with someone internal.",
    "Sorry {first}, we've gone with another candidate. Thanks for your time though.",
    "Bad news I'm afraid - role went to someone else. Good luck!",
    "We decided to go another way on this one. Appreciate you coming in.",
    "Team picked the other finalist, sorry. Will keep you in mind.",
    "Not this time unfortunately, they offered it to someone with more {area}.",
    "Filled already, sorry! Wish you luck.",
    "Hiring mgr passed. Sorry {first}.",
]

FAMILIES = [
    family(
        "w5-note-final-round-feedback",
        30,
        REJ,
        note(FINAL_SUBJECTS, FINAL_OPEN, FINAL_CORE, FINAL_CLOSE, feedback=0.8),
    ),
    family(
        "w5-note-agency-client-decided",
        30,
        REJ,
        note(AGENCY_SUBJECTS, AG_OPEN, AG_CORE, AG_CLOSE, pitch=0.8, agency=True),
    ),
    family(
        "w5-note-offer-rescinded",
        26,
        REJ,
        note(RESCIND_SUBJECTS, RESCIND_OPEN, RESCIND_CORE, RESCIND_CLOSE, quote_p=0.1),
    ),
    family(
        "w5-note-search-closed-no-hire",
        28,
        REJ,
        note(CLOSED_SUBJECTS, CLOSED_OPEN, CLOSED_CORE, CLOSED_CLOSE),
    ),
    family(
        "w5-note-talent-community-after-decision",
        26,
        REJ,
        note(TC_SUBJECTS, TC_OPEN, TC_CORE, TC_CLOSE, quote_p=0.0),
    ),
    family("w5-subject-only-decision", 28, REJ, subject_only(SUBJ_ONLY, SUBJ_BODIES)),
    family("w5-terse-mobile-decision", 30, REJ, terse(TERSE)),
]
