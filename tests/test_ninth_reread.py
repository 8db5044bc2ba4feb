"""Twenty-second pass, part O (issue 11): a hostile re-read of parts K and L
(rejectwatch.model.filled_ahead, rejectwatch.model.decisions_left) and of part L's Swedish "tills"
(languages.NOT_YET). Each misfire found is a sentence written for these tests: a refusal told
as done beside a rule for later posts that part K silenced; a failed upload, payment or permit,
a refusal undone, a "this includes you" that goes on to a slot or a link, a profile taken ahead
beside the reader's or not today, one role's application set aside for another's, which part L
read as decisions; the plain passives and Indian-English passives it missed in other words; and
an English "tills" (registers) after other words than part L's."""

from __future__ import annotations

import pytest

from rejectwatch.model.features import Document, documents_to_views
from rejectwatch.model.negation import CHOSE_OTHER, READER_OUT, ROLE_GONE, STATUS_REFUSED

DECISIONS = {READER_OUT, CHOSE_OTHER, ROLE_GONE, STATUS_REFUSED}


def tokens(body: str, subject: str = "Your application") -> set[str]:
    """The decision tokens a whole message (subject, sender, body) is given."""
    texts, _ = documents_to_views([Document(subject, body, "talent@employer.example")])
    return DECISIONS.intersection(texts[0].rsplit("\n", 1)[-1].split())


# Part K: a refusal told as done, beside a rule for later posts, stays a decision
REFUSED_BESIDE_A_RULE = [
    "We are sorry, but the position has already been filled, and when we fill future roles we "
    "will tell you.",
    "The role was filled last week; once we fill the next one, we'll email you first.",
    "We've appointed someone else, and when the next vacancy is filled we'll let you know.",
    "The post has now been filled, and when similar roles are filled we will email you.",
    "We have chosen another applicant; should a new role be offered, you will hear from us.",
]

# Part K: the confirmations it holds stay undecided (the filling in a clause still to come)
STILL_A_CONFIRMATION = [
    "Your application is in, and once the post has been filled we will email everyone.",
    "Thanks! No one has been chosen yet; once someone is selected, you'll be informed.",
    "Thank you for your application. If we appoint another person, we will tell you by email.",
    "Thanks for applying. Unsuccessful applicants will be informed once the position has been "
    "filled.",
]

# Part L: the same words with no decision about the reader's job application
NOT_A_DECISION = [
    # a plain passive about a permit, a payment, an upload, a refusal undone
    "Your permit: the application was unsuccessful at the council, so please reapply.",
    "The card payment for the application was unsuccessful; please try again to submit.",
    "The application was not successful in uploading; please resend your CV.",
    "Sorry, the application was unsuccessful due to a technical error. Please resubmit it.",
    "The application was unsuccessful the first time, but on appeal we are pleased to offer you "
    "the job.",
    "Oops - the application was unsuccessful because of a portal glitch; we've fixed it.",
    # "this includes you" going on to a slot, a closure or a new link
    "Everyone on the shortlist will be interviewed. Unfortunately, this includes you in a "
    "Monday 8am slot, sorry!",
    "The office will close early on Friday. Sadly, this includes you, so please plan ahead.",
    "Some candidates have to redo the test due to a glitch. Sadly, you are among them; we'll "
    "send a new link.",
    "A few interviews must be rescheduled. I'm afraid you're one of them - new time below.",
    # taken ahead beside the reader's, or not today
    "Other profiles are being taken ahead alongside yours to the next round.",
    "Your profile could not be taken ahead yesterday due to a system issue, we'll do it today.",
    "Your candidature can't be taken ahead until the assessment is done.",
    # one role's application set aside for another's
    "We are not considering your current application for the manager role, but for the senior "
    "one instead.",
]

# Part L's kinds in other words
READ = [
    ("The application has proved unsuccessful.", READER_OUT),
    ("The application was deemed unsuccessful.", READER_OUT),
    ("Sadly, the application was found unsuccessful at the shortlisting stage.", READER_OUT),
    ("Other candidate profiles have been taken forward for the role.", CHOSE_OTHER),
    ("Regret to inform, your candidature is not being taken ahead.", READER_OUT),
    ("Few applicants were shortlisted. Unfortunately, you were one of them.", READER_OUT),
]

# Part L's "tills": an English register after other words stays English
ENGLISH_TILLS = [
    "We regret you were not selected, as the role needs tills and cash handling.",
    "Unfortunately your application was unsuccessful; we needed tills experience.",
    "We're sorry, but your application for tills assistant was not successful.",
    "Unfortunately we have decided not to take your application further; two tills staff were "
    "hired.",
]

# ... and the Swedish until still waits
SWEDISH_UNTIL = [
    "Tack för din ansökan. Vi hör av oss tills vidare när vi har gått igenom alla ansökningar.",
    "Tack för din ansökan. Vänta tills vi har gått igenom alla ansökningar, så återkommer vi.",
    "Hej! Vi behåller din ansökan tills tjänsten är tillsatt.",
    "Tack. Inget beslut fattas tills alla intervjuer är genomförda.",
    "Tack för din ansökan. Vi återkommer inte tills rekryteringen är klar.",
]


@pytest.mark.parametrize("body", REFUSED_BESIDE_A_RULE)
def test_a_refusal_beside_a_rule_for_later_posts_stays(body: str) -> None:
    assert tokens(body)


@pytest.mark.parametrize("body", STILL_A_CONFIRMATION + NOT_A_DECISION + SWEDISH_UNTIL)
def test_no_decision_in_these(body: str) -> None:
    assert tokens(body) == set()


@pytest.mark.parametrize(("body", "token"), READ)
def test_the_kinds_in_other_words_are_read(body: str, token: str) -> None:
    assert token in tokens(body)


@pytest.mark.parametrize("body", ENGLISH_TILLS)
def test_an_english_till_after_other_words(body: str) -> None:
    assert tokens(body, "Tills assistant") & {READER_OUT, CHOSE_OTHER}
