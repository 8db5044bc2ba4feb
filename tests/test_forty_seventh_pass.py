"""Forty-seventh pass (issue 11): blind slice 67's misses and its two other mails filed, read as
kinds. Others who took the places, dates gone to performers the hosts chose, the reader's
application passed on by a party named, and in Amharic the work given to someone
(rejectwatch.model.others_preferred); someone named invited to be, or cast as, the post a
reply's subject names (others_named); a home gone to someone who can move in is a thing refused,
no job (things_refused); a calendar full "until next spring" is no condition (negation); a
status table's header names its cells (rejectwatch.model.markup); a status cell's "filled by
another applicant" is no deadline (gate.step_pending). Second round, blind slice 68's misses:
rejectwatch.model.others_picked (the post put to someone, the name off the list, the
application let go, every application shut, kin who will do the work), the nod given to one told
by who they are (roles_filled), "yours ends here",
"nobody is hired", "shan't", the score beneath those sent on, Swahili "nafasi hiyo imejaa", and
when the one chosen starts ("starts when the month turns") is no condition. Third round, blind
slice 69's misses: a stage ended, the reader ranked beneath those sent on, a requisition that now
reads "Withdrawn", the employer's own staff taking the hours (others_picked); a board named for
its members; dates claimed by others; the place filled or no longer free in Bosnian, Macedonian,
Hebrew, Icelandic, Persian and Marathi.

Each kind has two sets of wordings: WRITTEN, the ones the readings were written from, and
APART, written after the readings were drafted and not changed to suit them (12 of 12 read).
TWINS must stay unread: the same words about a year gone by, the reader's own recommendation,
an application forwarded, an interview's panel, a flat or a room. Every message is written for
these tests."""

from __future__ import annotations

import pytest

from readings import decision, held_as_no_job, marks, message_decisions, message_marks
from rejectwatch.model.classifier import held_back
from rejectwatch.model.features import Document
from rejectwatch.model.gate import step_pending
from rejectwatch.model.markup import readable

WRITTEN = [
    "Thanks for coming in for the counter job. It went to someone able to start this weekend.",
    "Other students took both places, and each has signed.",
    "We received 112 applications for two places. Other students took both places, and each "
    "has signed.",
    "Two other applicants took the places and have both accepted.",
    "Other trainees have taken the remaining places on the scheme.",
    "Every carnival and block-party date this season went to players the hosts named "
    "themselves, and the calendar is full until next spring.",
    "All of this summer's gigs went to bands the venues picked themselves.",
    "The season's bookings have gone to performers the organisers chose.",
    "Each festival slot went to acts the promoters had already lined up.",
    "All of this summer's gigs went to bands the venues picked themselves, and we're booked "
    "until March.",
    "Unfortunately our stores have passed on your application.",
    "Unfortunately the branch has passed on your application this time.",
    "The hiring team passed on your application, I'm sorry to say.",
    # Amharic: the work or the place given to someone
    "ስራው ለወራቤ አካባቢ ልጅ ተሰጠ፤ ብዙ ዓመት በቅቤ ሱቅ የሰራ ነው።",
    "ቦታው በሱቃችን ለሚሰራ ወጣት ተሰጥቷል።",
    "የስራ መደቡ ለሌላ ተወዳዳሪ ተሰጥቷል።",
    "ስራውን ለጎረቤታችን ልጅ ሰጥተናል።",
]
APART = [
    "Two other graduates took the remaining places, and both have returned their contracts.",
    "Other applicants have filled all the places on this intake.",
    "The other trainees secured the two places on offer this year.",
    "All the Friday night gigs went to local bands the pub already knows.",
    "Each of the summer dates has gone to performers that the festival booked last autumn.",
    "Every slot in the programme went to acts the curators picked.",
    "Sadly the practice has passed on your application.",
    "Our clients passed on your application this time.",
    "The panel has decided to pass on your application.",
]
TWINS = [
    "It went to someone able to move in this weekend.",
    "Cheers for coming round the flat-share room above the tyreworks. It went to someone able "
    "to move in this weekend.",
    "Sorry, the spare room has gone to someone who can move in on the first.",
    "The bedsit went to a couple who could take it from Monday.",
    "The flat went to a couple who could move in on the first.",
    "Sorry, the room in the house-share has gone to someone who could move in straight away.",
    "Other students took the places last year, and this year we have six to offer.",
    "All the Friday gigs went to bands you recommended, thank you!",
    "I have passed on your application to the store manager.",
    "We have passed on your application.",
    "I've passed on your application.",
    "Our team has passed on your application to the hiring manager, who will call you.",
    "The owners passed on your application and they will be in touch about a trial shift.",
    "The calendar is full until next spring, so we will hold your application until then.",
    "Up until now, people pick curves chosen from a small fixed set.",
    "ስራው ለእርስዎ ተሰጥቷል፣ እንኳን ደስ አለዎት።",
    "ቦታው ለነገ ተሰጥቷል።",
]


@pytest.mark.parametrize("text", WRITTEN + APART)
def test_a_refusal_is_read(text: str) -> None:
    assert decision(text), marks(text)


@pytest.mark.parametrize("text", TWINS)
def test_the_twin_gets_no_decision(text: str) -> None:
    assert not decision(text), marks(text)


def test_a_room_gone_to_someone_who_can_move_in_is_held_as_no_job() -> None:
    body = (
        "Hi Geneviève,\n\nCheers for coming round the flat-share room above the tyreworks on "
        "Pumphouse Row. It went to someone able to move in this weekend.\n\nEldon Vanderhoek"
    )
    assert not message_decisions("The room on Pumphouse Row", body)
    assert held_as_no_job("The room on Pumphouse Row", body)


# someone named invited to be, or cast as, the post the reply's subject names
REPLIES = [
    (
        "RE: [EXT] Re: Towboat Programs Lead – following up",
        "At Monday's meeting the trustees invited Dana Kowalski to become our Towboat Programs "
        "Lead; she accepted that evening.",
    ),
    (
        "Re: [EXT] Re: Touring Technician",
        "It was a treat to have you read for us. The company has cast Sinéad Cowhey as Touring "
        "Technician, and rehearsals start in a fortnight.",
    ),
    ("Re: Treasurer", "Last week the committee asked Tom Okafor to be our next Treasurer."),
    (
        "Re: Club Secretary",
        "The committee invited Gareth Moyles to become our Club Secretary, and he has accepted.",
    ),
    (
        "RE: [EXT] Re: Events Coordinator",
        "We have asked Noor Hamdan to serve as our Events Coordinator from January.",
    ),
    (
        "Re: Lighting Operator",
        "The producers have cast Tomasz Wren as Lighting Operator for the run.",
    ),
]
NOT_REPLIES = [
    ("Re: Touring Technician", "The company has cast you as Touring Technician."),
    (
        "Re: Towboat Programs Lead",
        "The trustees invited Dana Kowalski to become our Towboat Programs Lead at your "
        "interview panel.",
    ),
    ("Re: Treasurer", "The committee would like to ask you to be our next Treasurer."),
    (
        "Re: Club Secretary",
        "We invited Gareth Moyles to your interview panel as our Club Secretary.",
    ),
    ("Club news", "The committee invited Gareth Moyles to become our Club Secretary."),
]


@pytest.mark.parametrize(("subject", "body"), REPLIES)
def test_someone_invited_or_cast_as_the_post_the_reply_names_is_a_choice(
    subject: str, body: str
) -> None:
    assert message_decisions(subject, body)


@pytest.mark.parametrize(("subject", "body"), NOT_REPLIES)
def test_the_reader_invited_a_panel_or_news_is_no_choice(subject: str, body: str) -> None:
    assert not message_decisions(subject, body)


_TABLE = (
    "<html><body><p>Hi Ciarán,</p><table><tr><th>Role</th><th>Stage</th><th>State</th></tr>"
    "<tr><td>Orchard Hand</td><td>Screening</td><td>{state}</td></tr></table>"
    "<p>Chudleigh Scrumpy Barn</p></body></html>"
)


def test_a_status_table_is_read_by_its_header() -> None:
    text = readable(_TABLE.format(state="Closed"), 5000)
    assert "Role: Orchard Hand | Stage: Screening | State: Closed" in text
    found = message_marks("Update on your application", _TABLE.format(state="Closed"))
    assert "xstatusrefused" in found


def test_a_status_table_still_open_is_no_refusal() -> None:
    found = message_marks("Update on your application", _TABLE.format(state="Open"))
    assert "xstatusrefused" not in found


def test_a_table_without_header_cells_is_read_as_before() -> None:
    body = (
        "<table><tr><td>Role</td><td>State</td></tr><tr><td>Porter</td><td>Closed</td></tr></table>"
    )
    assert readable(body, 5000) == "Role | State\n\nPorter | Closed"


def test_a_digest_of_several_posts_is_read_row_by_row() -> None:
    body = (
        "<table><tr><th>Role</th><th>Stage</th></tr><tr><td>Barista</td><td>Rejected</td></tr>"
        "<tr><td>Cook</td><td>Invited to interview</td></tr></table>"
    )
    assert (
        readable(body, 5000) == "Role | Stage\n\nBarista | Rejected\n\nCook | Invited to interview"
    )


def test_a_trail_of_one_applications_steps_is_read_by_its_header() -> None:
    body = (
        "<table><tr><th>Step</th><th>Status</th></tr><tr><td>Submitted</td><td>Complete</td></tr>"
        "<tr><td>Review</td><td>Not progressing</td></tr></table>"
    )
    assert (
        readable(body, 5000)
        == "Step: Submitted | Status: Complete\n\nStep: Review | Status: Not progressing"
    )


def test_a_row_of_another_length_leaves_the_table_as_it_was() -> None:
    body = "<table><tr><th>Role</th><th>State</th></tr><tr><td>Porter</td></tr></table>"
    assert readable(body, 5000) == "Role | State\n\nPorter"


def test_a_status_cell_filled_by_another_applicant_is_no_step_waiting() -> None:
    assert not step_pending("stage | complete – position filled by another applicant")
    assert step_pending("task | case study | complete and return by friday")
    body = (
        "<html><body><p>Dear Geneviève,</p><table><tr><td>Role</td><td>Scale Repairer</td></tr>"
        "<tr><td>Stage</td><td>Complete – position filled by another applicant</td></tr></table>"
        "<p>No further steps are planned for this application.</p></body></html>"
    )
    assert not held_back(Document("Status of your application", body, "jobs@scales.example"))


# Second round (blind slice 68's misses): written, then apart (10 of 11 read; the one left is in
# UNREAD_SECOND)
WRITTEN_SECOND = [
    "We appointed a trainee sashmaker from our own apprentices, so yours ends here.",
    "Yours ends here, I'm afraid.",
    "The concertinamaker will work alone this year; nobody is hired.",
    "No one is hired for the post this season.",
    "The hiring supervisor received the top eight eligible scorers; your score sat beneath them, "
    "so your name stays off this list.",
    "Your name remains off the referral list for this vacancy.",
    "Following our call: for Maintenance Manager, an engineer already in charge of their dryers "
    "got the nod.",
    "For the Site Lead job, a supervisor from their Kisumu depot got the nod.",
    "Our director put the Front-of-House Manager position to Fiachra Loughnane, who accepted "
    "this morning.",
    "The board put the job to Ellen Marsh and she accepted.",
    "The Warehouse Picker role at the Kurow store has drawn a big field, and yours is one we're "
    "letting go at this stage.",
    "Yours is one of the applications we are letting go this time.",
    "Your Stockroom Colleague form for the Bandon branch has been through our sift, and we "
    "shan't be offering an interview this round.",
    "All open applications on it, yours among them, are now shut; the requisition will not "
    "produce a hire.",
    "Every application to it, yours included, is now closed.",
    "My brother-in-law's been laid off at the quarry and he'll do Saturdays on the cheese van "
    "with me, and family comes first.",
    "Tumeshampata mtu aliyewahi kufanya kazi hii Muheza, kwa hiyo nafasi hiyo imejaa.",
    "Nafasi hiyo imejaa.",
]
APART_SECOND = [
    "We filled the role from our own bench staff, so yours ends here.",
    "For the warehouse lead post, a forklift trainer from their Durban site got the nod.",
    "The committee put the treasurer role to Amara Obi, who has accepted.",
    "Your name is left off the certificate sent to the hiring manager.",
    "Your application is one of those we're not taking forward this time.",
    "We are letting your application go at this stage.",
    "All the applications for it, yours included, have been withdrawn.",
    "My sister-in-law will take the weekend shifts at the stall now.",
    "No candidate is appointed for this cycle.",
    "Your total sat beneath those, so your name stays off the list.",
]
UNREAD_SECOND = [
    # (the nod's taker after "In the end" is read since the forty-eighth pass:
    # tests/test_forty_eighth_pass.py)
    # a requisition frozen until a time, its status changed: left (the mail's "applications ...
    # yours among them, are now shut" is read)
    "Requisition 81187 (Despatch Packer) at Rookwood Sundries has changed status to Withdrawn – "
    "recruitment frozen until the spring stocktake.",
]
TWINS_SECOND = [
    "If your score sits beneath them, your name stays off this list.",
    "You got the nod from the panel, congratulations!",
    "We put the role to the panel for a vote on Friday.",
    "Your name stays on the list for twelve months.",
    "We are letting you know that your application is with the team.",
    "My brother will take the Saturday shift with you.",
    "No one is hired without a reference check.",
    "The concertinamaker will work alone this year, so no interviews are planned until spring.",
    "My nephew will do the driving to your interview.",
    "Your application stops at nothing, we love the energy!",
    "Nafasi ya usaili imejaa, tafadhali chagua siku nyingine.",
]


@pytest.mark.parametrize("text", WRITTEN_SECOND + APART_SECOND)
def test_a_refusal_of_the_second_round_is_read(text: str) -> None:
    assert decision(text), marks(text)


@pytest.mark.parametrize("text", UNREAD_SECOND)
def test_a_wording_of_the_second_round_left_unread_stays_unread(text: str) -> None:
    """Kept so that a later reading that takes one of them is seen, and its note changed."""
    assert not decision(text), marks(text)


@pytest.mark.parametrize("text", TWINS_SECOND)
def test_a_twin_of_the_second_round_gets_no_decision(text: str) -> None:
    assert not decision(text), marks(text)


# the one chosen starts "when the month turns": when they start, no condition; a reply that
# thanks the reader in other words is to the one who came, no staff news
REPLIES_SECOND = [
    (
        "RE: [EXT] Re: Restoration Lead",
        "The scan came through, many thanks. I'd rather tell you myself: Dwight Lindgren has "
        "accepted the Restoration Lead post and starts when the month turns.",
    ),
    (
        "RE: [EXT] Re: Site Foreman",
        "Appreciated the trip out to our depot. We've asked Chinedu Agu to join us as Site "
        "Foreman, and he begins when the month turns.\n\nCheers for your time,\nZainab",
    ),
]
NOT_REPLIES_SECOND = [
    (
        "Re: Site Foreman",
        "Hi all, we've asked Chinedu Agu to join us as Site Foreman, and he begins Monday. Please "
        "make him welcome.",
    ),
    (
        "Re: Restoration Lead",
        "Dwight Lindgren may accept the Restoration Lead post when the month turns, if the board "
        "agrees.",
    ),
]


@pytest.mark.parametrize(("subject", "body"), REPLIES_SECOND)
def test_the_one_chosen_starting_later_is_still_chosen(subject: str, body: str) -> None:
    assert message_decisions(subject, body)


@pytest.mark.parametrize(("subject", "body"), NOT_REPLIES_SECOND)
def test_staff_news_or_a_choice_still_to_come_is_none(subject: str, body: str) -> None:
    assert not message_decisions(subject, body)


# Third round (blind slice 69's misses): written, then apart (14 of 16 read; the two left are
# in UNREAD_THIRD)
WRITTEN_THIRD = [
    "Position: Roofing Labourer | Stage: Review · Ended",
    "Stage: Ended",
    "You ranked beneath them; your name is therefore left off the referral.",
    "येवल्यातल्याच एका अनुभवी विणकराला आम्ही ही जागा दिली आहे, त्यामुळे सध्या जागा शिल्लक नाही.",
    "בסוף החלטנו לקלוט נגר מהכפר הסמוך שכבר עבד איתנו בעונה שעברה, כך שהמשרה אוישה.",
    "This requisition now reads Withdrawn – funding paused till April's budget round; nobody "
    "else is under consideration.",
    "Every church-hall and anniversary date this season has since been claimed by players the "
    "hosts named themselves, which leaves no booking for you this time round.",
    "Majstor je odlučio da uzme momka s Baščaršije koji već dvije godine kuje bakar kod njega, "
    "tako da je mjesto popunjeno.",
    "Before we reached interviews, one of our dispatch staff asked to take the extra hours in "
    "this Shop Assistant post, and as we promised staff first refusal, they now have them.",
    "Мајсторот одлучи да го земе внукот, кој веќе две години работи со него, така што местото е "
    "пополнето.",
    "استادکار تصمیم گرفت شاگردی را که دو سال است کنارش کار می‌کند نگه دارد، بنابراین فعلاً جای "
    "خالی نداریم.",
    "Við höfum ráðið konu úr sveitinni sem hefur prjónað lopapeysur í mörg ár, svo starfið er "
    "ekki lengur laust.",
]
APART_THIRD = [
    "Status: Screening · Closed",
    "Stage: Assessment – Ended",
    "You scored below the top five applicants, so your name stays off the certificate.",
    "Your name is thus left off the hiring list.",
    "The job posting now shows Cancelled – budget withdrawn.",
    "One of our own kitchen team has taken the commis chef post.",
    "Mjesto je popunjeno.",
    "Posao je otišao drugome, tako da je radno mjesto popunjeno.",
    "Местото е веќе пополнето.",
    "התפקיד כבר אויש.",
    "Staðan er ekki lengur laus.",
    "فعلا جای خالی نداریم.",
    "जागा शिल्लक नाही.",
]
UNREAD_THIRD = [
    # weekends are not among the dates read, nor "the couples" among those who book
    "All our June weekends have since been taken by bands the couples booked last year.",
    # the nod after "In the end" (second round) stays unread too
]
TWINS_THIRD = [
    "Status: Interview · Confirmed",
    "You ranked beneath them in the first round, but you are through to the final interview.",
    "Your name is left off the list of attendees by mistake; we've added it now.",
    "The job posting now shows Open – interviews from Monday.",
    "One of our kitchen team has taken the day off, so could you start on Friday instead?",
    "Mjesto u vlaku je popunjeno.",
    "Staðan er laus og við bjóðum þér viðtal.",
    "جای خالی داریم، لطفا برای مصاحبه بیایید.",
    "आपल्यासाठी जागा शिल्लक आहे.",
    "Your name is on the referral sent to the manager today.",
]


@pytest.mark.parametrize("text", WRITTEN_THIRD + APART_THIRD)
def test_a_refusal_of_the_third_round_is_read(text: str) -> None:
    assert decision(text), marks(text)


@pytest.mark.parametrize("text", UNREAD_THIRD)
def test_a_wording_of_the_third_round_left_unread_stays_unread(text: str) -> None:
    """Kept so that a later reading that takes one of them is seen, and its note changed."""
    assert not decision(text), marks(text)


@pytest.mark.parametrize("text", TWINS_THIRD)
def test_a_twin_of_the_third_round_gets_no_decision(text: str) -> None:
    assert not decision(text), marks(text)


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Re: [EXT] RE: Special Needs Assistant",
            "The interview day asked a lot of everyone, and you gave it plenty. The board of "
            "governors has named Máire Dineen as our Special Needs Assistant, and the appointment "
            "is confirmed.",
        ),
        (
            "Re: Finance Officer",
            "The board of directors has appointed Tomás Reyes as our Finance Officer.",
        ),
    ],
)
def test_a_board_named_for_its_members_names_the_post(subject: str, body: str) -> None:
    assert message_decisions(subject, body)


def test_a_board_naming_the_reader_is_no_choice_of_another() -> None:
    body = "The board of governors has named you as our Special Needs Assistant."
    assert not message_decisions("Re: Special Needs Assistant", body)


def test_the_nod_is_read_at_a_sentence_start_too() -> None:
    """Found in the review: the nod's reading looked for a clause start after a comma, a colon
    or a dash, never after a full stop (a search from a sentence's start sees no "^")."""
    text = "Thanks for your time on the call. An engineer from their own site got the nod."
    assert decision(text), marks(text)
    assert not decision("Thanks for your time on the call. You got the nod, well done!")
