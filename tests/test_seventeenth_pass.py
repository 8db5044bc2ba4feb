"""Seventeenth pass, part A (issue 11): the readings of blind slice 15's English kinds of miss,
each with the negatives it must leave alone. The sentences are written for these tests, not
copied from the slice or the corpus."""

from __future__ import annotations

import pytest

from readings import decision, marks
from rejectwatch.model import negation
from rejectwatch.model.features import Document, documents_to_views
from rejectwatch.model.gate import decided_for_reader
from rejectwatch.model.trim import QUOTED, new_text


def gate(subject: str, body: str, sender: str = "jobs@employer.example") -> bool:
    return decided_for_reader([Document(subject, body, sender)])[0]


# decisions told in a manager's, a recruiter's or a screener's own words
@pytest.mark.parametrize(
    ("body", "token"),
    [
        # a choice against the reader, by the employer's side
        (
            "After our call the panel has decided against taking you further for the Buyer post.",
            "xreaderout",
        ),
        ("They've opted against progressing your application, I'm sorry to say.", "xreaderout"),
        (
            "The client chose against moving forward with you after the second meeting.",
            "xreaderout",
        ),
        ("We've decided against proceeding beyond the phone screen.", "xreaderout"),
        # "chose not to" like "decided not to"
        ("The selection panel chose not to take your application forward.", "xreaderout"),
        # someone from elsewhere in the firm moving into the post
        ("Mira from our Leeds team is stepping into the post from next month.", "xchoseother"),
        (
            "A planner from the Bristol depot, who covered it over the summer, has moved across "
            "into the job.",
            "xchoseother",
        ),
        # someone asked or taken on as the new holder of the post
        ("We've offered Dana the job as our new bookkeeper; she starts in May.", "xchoseother"),
        ("I have asked a former intern to join the lab as our new technician.", "xchoseother"),
        # others judged nearer to what is wanted
        ("Other applicants came a bit closer to what the lab needs right now.", "xchoseother"),
        ("Honestly, others sat nearer to where the product is heading.", "xchoseother"),
        # not admitted to a network, programme or pool
        ("We are unable to accept you onto this year's fellowship.", "xreaderout"),
        ("Sadly we can't add you to the freelance pool at this point.", "xreaderout"),
        # a screening attempt not passed
        ("Your recorded task did not earn a pass from the assessors.", "xreaderout"),
        # the application not going further, negated
        ("Your candidacy won't go any further, but thank you for the chat.", "xreaderout"),
        # the employer's side not choosing the reader, with "has" or "did"
        ("The committee has not shortlisted you for this vacancy.", "xreaderout"),
        ("Sadly the board didn't pick you to go on to the final round.", "xreaderout"),
        # the places going to others, said ahead
        ("Regrettably, both funded internships will go to other students.", "xchoseother"),
        # kinds grouped CV scored low out of fold: a choice told plainly, the post offered to
        # a third party by pronoun, a bare pass, the outcome a no, every search closed
        ("The director picked another applicant who has run a team before.", "xchoseother"),
        ("I had two strong people to weigh up and in the end I chose them.", "xchoseother"),
        (
            "A candidate from inside the firm applied late, and we've offered her the role.",
            "xchoseother",
        ),
        ("Spoke with my co-founder and we're passing this time.", "xreaderout"),
        ("Quick one: the client has passed. Sorry!", "xreaderout"),
        ("The answer is a no from the board, I'm afraid.", "xreaderout"),
        ("Because of the freeze we are closing all open searches, yours included.", "xreaderout"),
        # the post going now to someone described; a clause about the person chosen that
        # looks ahead is no choice still to come
        ("The post is going to a graduate from our own scheme.", "xchoseother"),
        (
            "The panel picked a candidate with more site experience, and that's who we'll be "
            "welcoming next month.",
            "xchoseother",
        ),
    ],
)
def test_a_decision_told_in_own_words_is_read(body: str, token: str) -> None:
    assert token in marks(body)


@pytest.mark.parametrize(
    "body",
    [
        # the reader's own choice, a thing moved, a choice still to make
        "You decided against moving forward with us, which we completely respect.",
        "We decided against moving it to Friday, so the interview stays on Thursday.",
        "If the panel decides against taking you further, we'll let you know by phone.",
        # the reader as the new hire; a colleague who will meet the reader
        "We've asked you to join the studio as our new designer - welcome aboard!",
        "We've hired Sam as our new office manager, and she'll meet you at reception on Monday.",
        # a part played, not the post
        "Priya from our Dublin office is stepping into the role of interviewer for your panel.",
        # a room, or a step still to come
        "We can't admit you to the assessment centre without photo ID.",
        "We can't accept you onto the programme until your references are in.",
        # others in a conditional, a pass still to come
        "If others come closer to what we need, we'll keep your CV on file.",
        "Should your session not get a pass, you can retake it after six months.",
        # a rule, a privacy promise, a choice still to make
        "A missed deadline means your application can't go any further, so please book soon.",
        "Whatever you share won't go further than the two of us.",
        "We haven't picked you yet - the panel meets on Friday.",
        "If you don't confirm, the place will go to another student.",
        "We picked a slot for your interview on Tuesday morning.",
        "We chose them as our caterer for the assessment day.",
        "If the answer is no, we'll still keep your CV.",
        "The outcome is negative, so your background check is clear.",
        "We're passing your details to the hiring manager this week.",
        "The role is going to a panel interview stage next.",
        "We will pick a candidate once the last interviews are done.",
    ],
)
def test_the_same_words_without_a_decision_are_not_read(body: str) -> None:
    assert not decision(body)


def test_a_choice_against_the_reader_is_no_decision_for_the_reader() -> None:
    """075893d read every word of "decided against moving you" as ``yes_`` (a decision for
    the reader)."""
    found = marks("The hiring manager has decided against moving you forward for the role.")
    assert not any(mark.startswith(negation.FOR_READER) for mark in found)
    _, sentences = negation.read_cues("The team decided against moving you on to the next round.")
    assert negation.FOR_READER not in sentences


# whole messages of slice 15's kinds, paraphrased
def test_a_recruiters_recap_with_another_role_opens_the_gate() -> None:
    body = (
        "Hi Noor,\n\nGood to speak just now. To sum up our call: the hiring manager decided "
        "against moving you forward for the Analyst post, mainly on hands-on SQL.\n\n"
        "Separately, our Treasury team liked your profile and has a six-month contract that "
        "could suit you. Free for a quick chat on Thursday?\n\nBest,\nOwen"
    )
    assert gate("Analyst - and one more thing", body)


def test_a_correction_of_an_invitation_sent_in_error_opens_the_gate() -> None:
    body = (
        "Dear Lena,\n\nThis morning you may have had an e-mail asking you to book an interview. "
        "It went out to the wrong list, and we're sorry.\n\nWhere things actually stand: the "
        "panel chose not to take your application further. The booking link no longer works.\n\n"
        "Recruitment"
    )
    assert gate("Correction: your application", body)


def test_a_corrected_link_is_no_decision() -> None:
    body = (
        "Dear Lena,\n\nThe assessment link we sent this morning was wrong; we're sorry. Please "
        "use the one below and complete the test by Friday.\n\nRecruitment"
    )
    assert not decision(body)
    assert not gate("Correction: your assessment link", body)


_TICKET = (
    "##- Please type your reply above this line -##\n\nYour request (#4471) has been solved.\n\n"
    "Hi Ola,\n\nThanks for asking where your application for Lab Manager stands. I checked with "
    "the hiring team: they have closed your application without an interview, I'm afraid.\n\n"
    "Kind regards,\nBeth\nCandidate Support\n\n"
    "----------------------------------------------\n\n"
    "Ola Berg, Monday 2 March 2026 09:41\n\n"
    "Hi, I applied a month ago and have not heard anything. Is it still open?"
)


def test_a_helpdesk_tickets_earlier_comment_is_quoted_history() -> None:
    text, cut = new_text(_TICKET, "[Request #4471] My application")
    assert cut == QUOTED
    assert "not heard anything" not in text
    assert "closed your application" in text
    _, sentences = documents_to_views([Document("[Request #4471] My application", _TICKET, "")])
    assert "not heard anything" not in sentences[0]


@pytest.mark.parametrize(
    "body",
    [
        # a rule above an interview's time, not a helpdesk author line
        "Thanks for applying, we'd love to meet you.\n\n------------\nPanel interview, Tuesday "
        "3 March 2026 10:30\nRoom 4, second floor",
        "Thanks for applying, we'd love to meet you.\n\n------------\nDate: Tuesday, 3 March "
        "2026, 10:30\nPlace: our Leeds office",
    ],
)
def test_a_rule_above_a_meeting_time_is_not_quoted_history(body: str) -> None:
    assert new_text(body, "Interview")[0] == body


# a job board's digest: a refused row in brackets or "by employer", unless a row asks a step
@pytest.mark.parametrize(
    "body",
    [
        "Hi Jo,\n\nThis week:\n\n- Barista at Oak Cafe (Declined by employer)\n- Cook at Elm "
        "Diner (Rejected)\n\nSee all applications",
        "Hi Jo,\n\n\u2022 Store Clerk - Fern & Co - Employer declined\n\u2022 Driver - Ash Ltd "
        "- Under review\n",
    ],
)
def test_a_refused_row_in_a_digest_is_read(body: str) -> None:
    assert negation.STATUS_REFUSED in marks(body)


@pytest.mark.parametrize(
    "body",
    [
        "Hi Jo,\n\n- Barista at Oak Cafe (Declined by employer)\n- Cook at Elm Diner "
        "(Invited to interview)\n",
        "Hi Jo,\n\n- Barista at Oak Co. (Not selected)\n- Cook at Elm Ltd. (Employer asked you "
        "a screening question)\n",
    ],
)
def test_a_digest_with_a_step_reads_no_refused_row(body: str) -> None:
    assert negation.STATUS_REFUSED not in marks(body)
