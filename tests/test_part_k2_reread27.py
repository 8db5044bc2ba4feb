"""Twenty-seventh pass, part K2 (issue 11): a hostile re-read of this pass's parts A and C.

Part A's brief refusals (rejectwatch.model.decisions_brief) read mail that refuses no reader: a
deal or a pitch "a pass from us this round", a lanyard that is "a pass for the whole team this
year", no parking or storage space left for the reader, a tax assessment under the threshold, a
clinic appointment or a trading position confirmed for a named person, the reader's own post or
placement confirmed, a study interviewing people whose commutes are closer. Each must carry no
decision token. Part A's alternative still to come (told_ahead.alternative_ahead) silenced a
decision given after an aside, "as you'll know from Sam, or to confirm it in writing, the post
has gone to another applicant"; part C's withdrawal told in the reader's words silenced a
refusal of a second role in the same mail, and its staff thanks silenced a bulk refusal
thanking everyone "who met the interview panel". Those must keep their token. Every sentence is
written for these tests."""

from __future__ import annotations

import pytest

from readings import message_decisions

NOT_REFUSALS = [
    # a deal, a pitch, a funding round: "a pass from us"
    (
        "Re: Calpine offtake",
        "Vince, thanks for the term sheet. The Calpine offtake deal is a pass from us this round; "
        "the pricing is too rich.\n\nJeff",
    ),
    (
        "Re: Series A",
        "Hi Dana, we looked at the deck and it's a pass from the investment team for now. Happy "
        "to revisit next year.",
    ),
    (
        "Re: Kestrel Foods bid",
        "Team - the Kestrel Foods proposal is a pass from us this time, the margins don't work.",
    ),
    # an event pass
    (
        "Lanyards",
        "Hi all, the blue lanyard is a pass for the whole team this year, so please don't lose "
        "it at the expo.",
    ),
    # a space left for the reader that is no post
    (
        "Parking at Leeds",
        "Hi Sam, I'm afraid there's no parking space left for you in the basement, so please use "
        "the visitor car park.",
    ),
    (
        "Shared drive",
        "There is no storage space left for you on the shared drive; please archive old files.",
    ),
    # a form under a threshold that is no hiring line
    (
        "Your assessment",
        "Your tax assessment came in under the threshold, so no payment is due this year.",
    ),
    (
        "Your return",
        "Your self-assessment came out just under the threshold, so there is no tax to pay.",
    ),
    # a thing, not a post, confirmed for a named person
    (
        "Your appointment",
        "Dr Okafor has confirmed the appointment for Mrs Reyes on Thursday at 10:30. Please "
        "arrive ten minutes early.",
    ),
    (
        "Re: Henry Hub",
        "John confirmed the Henry Hub position for Mr Lavorato at close.",
    ),
    (
        "Re: power desk",
        "Kim has confirmed the long power position with Mr Belden for the Q3 strip.",
    ),
    # the reader's own post or placement confirmed
    (
        "Your start",
        "Dear Ms Tan, HR has confirmed the analyst position for Ms Tan starting 1 March. Welcome "
        "aboard!",
    ),
    (
        "Placement year",
        "Great news Amir: we've confirmed the placement year role with Mr Evans at Halden "
        "Engineering. Your start date is 2 September.",
    ),
    # a support desk's call, a board's meeting, a seat on a minibus: no stage of interviews
    (
        "Ticket 4471",
        "Your issue is resolved, so there will be no follow-up call for you.",
    ),
    (
        "Board dates",
        "There's no second meeting for you this quarter as the audit committee covers it.",
    ),
    (
        "Sunday's away game",
        "Sorry, there's no spot left for you on the minibus to the match.",
    ),
    # a pupil's mock test under the line
    (
        "Mock exams",
        "Your mock test came in just below the line, so let's book extra tutoring.",
    ),
    # a trade's job or a clinic's appointment on a day
    (
        "Roof",
        "We've confirmed the roofing job with Mr Hale for Friday the 12th.",
    ),
    (
        "Plumber",
        "I've confirmed the job with Mr Price, the plumber, for tomorrow morning.",
    ),
    (
        "Clinic",
        "Reception confirmed the post-op appointment for Mrs Gill next Tuesday.",
    ),
    # a study's or a product team's interviews
    (
        "Research study",
        "For the transport study we're interviewing people whose commutes are closer to the city "
        "centre, so sign-ups are open now.",
    ),
    (
        "UX research",
        "This sprint we're interviewing people whose workflows sit closer to finance. Want to "
        "join a session?",
    ),
]

LOST_REFUSALS = [
    # an aside, not a letter still to come, before the decision
    (
        "Planner role",
        "Hi Rosa,\n\nAs you'll know from Sam, or to confirm it in writing, the post has gone to "
        "another applicant.",
    ),
    # the reader's withdrawal from one role, a refusal for another
    (
        "Re: Should I withdraw?",
        "Hi Jo, thanks for your email withdrawing from the Bristol role. On the Bath role, I'm "
        "afraid the client has gone with another candidate.",
    ),
    (
        "Re: two roles",
        "Hi Priya, I've told the director you're pulling out of the Leeds search. Unfortunately "
        "the York role has been filled by another candidate.",
    ),
    # a bulk refusal thanking the candidates who met the panel
    (
        "Finance lead",
        "Thank you to everyone who met the interview panel on Tuesday. The panel has chosen "
        "another candidate, and we will not be taking your application further.",
    ),
    (
        "Finance lead",
        "Thank you to all of you who met the panel last week. We have offered the post to "
        "another candidate.",
    ),
]

# the same readings' refusals, from the same kinds of sender, stay read
REFUSAL_TWINS = [
    (
        "Account Executive",
        "Hi Dana, thanks for the call. The Account Executive role is a pass from the sales team "
        "this round. Best of luck.",
    ),
    (
        "Summer placement",
        "Hi Sam, I'm afraid there's no placement left for you at the Leeds office, as all six "
        "have been taken.",
    ),
    (
        "Your application",
        "Dear Ravi, your application scored just below the threshold for interview.",
    ),
    (
        "Practice nurse",
        "Thank you for coming in, Hana. Dr Patel has confirmed the practice nurse position for "
        "Ms Ahmed.",
    ),
    (
        "Clinical fellow",
        "Dear Lena, we're shortlisting candidates whose clinical experience sits closer to the "
        "unit's needs.",
    ),
    (
        "Re: withdrawal",
        "Hi Jo, thanks for your email withdrawing from the Bristol role. Unfortunately the Bath "
        "role has gone to another candidate as well.",
    ),
]


@pytest.mark.parametrize(("subject", "body"), NOT_REFUSALS)
def test_mail_refusing_no_reader_is_unread(subject: str, body: str) -> None:
    assert not message_decisions(subject, body)


@pytest.mark.parametrize(("subject", "body"), LOST_REFUSALS + REFUSAL_TWINS)
def test_the_refusals_keep_their_token(subject: str, body: str) -> None:
    assert message_decisions(subject, body)
