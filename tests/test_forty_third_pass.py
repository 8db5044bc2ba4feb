"""Forty-third pass (issue 11): blind slice 53's misses and its two other mails filed, read as
kinds and written for the kind (rejectwatch.model.others_holding; negation._PENDING,
others_starting._LIST_OMITS, decisions_before._ENDS_APPLICATION and insiders_abroad for the
rest).

Each kind has two sets of wordings: WRITTEN, the ones the readings were written from, and
APART, written afterwards without changing the readings to suit them; those of APART left
unread are kept as they are in UNREAD, with why. Twins that must stay unread: one shift on a
rota, a thing hired ("his mate's van"), someone engaged to be married, a staff role in the
reader's hiring, a list kept anonymous, a photographer for a wedding, "full of". Every message
is written for these tests. The second round (slice 54's kinds) adds others_holding's
second readings, a results line's marks below the cut (scores_below) and the Swahili, Italian,
Russian and Chinese shapes (further_languages, decisions_abroad, far_languages); the third
(slice 55's kinds) others_holding's third readings, a decimal point that ends no sentence and
"only" after a time that is no condition (negation); the fourth (slice 56's kinds) others who
said yes first and places matched to others (others_holding), Russian, Thai and Portuguese
shapes, and "whatever happens" and "is possible that" as no decision (negation)."""

from __future__ import annotations

import pytest

from readings import decision, marks
from rejectwatch.model.classifier import held_back
from rejectwatch.model.features import Document

WRITTEN = [
    "Vern's nephew Tyler has the stock clerk job as of Monday.",
    "My cousin Ana has the job now.",
    "Boss hired his buddy from Apalachicola.",
    "The owner took on her niece.",
    "Chef brought in his mate from the Crown.",
    "we found our calliope player for the county fair, it's Bert Hollis.",
    "We've found our drummer for the summer: it's Kit Moran.",
    "Miss Euphrosyne Carr from the Dunoon exchange has been engaged for the switchboard.",
    "Tom Reilly has been taken on for the bar.",
    "Tom Reilly has been hired as our new barman.",
    "we signed Colt Two Bulls for the summer events, crews full",
    "massive welcome to Jaz, our newest mermaid, thanks to everyone who tried out, including you "
    "Henrietta",
    "Today's interview shortlist was published without your roll number.",
    "We interview from 28 upwards, which puts your application at an end here.",
    "This puts an end to your application.",
    "Escolhemos a Beatriz para ajudante; é afilhada da dona e já nos ajudava aos fins de semana.",
]
# ... written apart afterwards (eleven of fourteen read; the three left are in UNREAD)
APART = [
    "The provisional selection list went up on the board this morning without your registration "
    "number.",
    "The interview call list was released yesterday without your name.",
    "I'm afraid that puts your application at an end.",
    "Sheila's grandson Owen has the Saturday job from next week.",
    "Our neighbour's daughter has got the till shifts now.",
    "The manager took on his nephew for the summer.",
    "We've finally found our new dishwasher: Kwame Boateng, who starts on the 3rd.",
    "I found my assistant for the stall - it's Rhiannon from the market.",
    "Ms Ottilie Brandt has been taken on as the new bookbinder.",
    "Rahim from the night market was hired for the stall.",
    "Picked up two deckies from Eden, crew's full.",
]
UNREAD = [
    # ("for now" after the end may be a pause: the stop after the end is asked)
    "Your typing test came in at 31 wpm against our 45 minimum, which puts an end to your "
    "application for now.",
    # (a school in the clause is the clause's event: others_starting._NOT_AN_EVENT)
    "She gave the job to her best friend from school.",
    # (a new one welcomed is staff news, rejectwatch.model.notices_other, unless the thanks come
    # in the same sentence as the welcome and the reader is among those thanked)
    "Please welcome Nadia, our new pastry cook, and thanks to all who applied, including you.",
]
TWINS = [
    "My sister has the late shift now, so she can't babysit.",
    "He hired his mate's van for the move.",
    "My dad took on his brother's debts.",
    "We found our new photographer for the wedding, it's Pete.",
    "My sister has been engaged for six months.",
    "Dr Moss has been engaged as the interviewer for your panel.",
    "Results are published without your name, by roll number only.",
    "Come to the barbecue, team all full of beans.",
    "Escolhemos o hotel para o jantar.",
]
# nobody picked so far is no choice (slice 53's two other mails filed were a status "In review"
# with "No candidate is picked or out at this point"); nobody appointed, and a new advert, is
PENDING = [
    "Decisions: none so far. No candidate is picked or out at this point.",
    "No one has been chosen so far.",
    "no candidate is picked at this stage.",
    "No applicant has been selected as yet.",
    # (written apart)
    "Status: open. No finalist has been picked at this stage.",
    "Nobody has been offered the post to date.",
]

# Second round (slice 54's kinds): a named person starting "from the 1st", kin who is the one
# taking it or will take it, someone booked or engaged for the work, the post now held by
# someone, a named person who has joined with why, a results line's marks below the cut-off;
# Swahili, Italian, Russian and Chinese shapes of the same
WRITTEN_SECOND = [
    "Luyanda Gumede is joining as our second sandboarding guide from the 1st.",
    "Miss Pearline's son Oneil is the one taking the counter job, him start from Tuesday.",
    "The morning shift, Auntie Lim's nephew Jun Hao will take it, he is starting Monday already.",
    "The variety show has booked another equilibrist for the spring tour.",
    "The festival has booked Mamadou Kouyaté as resident griot this year.",
    "At the kithul treacle mill, the Plant Head role is now held by a manager moved across.",
    "Jacquetta Moore has joined us at reception; she's been a client of ours for a while.",
    "Roll No. 43152, Junior Draughtsman. Written examination marks: 97/200, against a General "
    "category cut-off of 111.5.",
    "Aptitude score: 41 out of 60, against a qualifying mark of 45.",
    "Tumemchagua mfanyakazi mwingine mwenye uzoefu zaidi, kwa hiyo ombi lako halitaendelea.",
    "Il posto va a un uomo che lavora lo statuario da dodici anni.",
    "Поэтому дальше ваша кандидатура не рассматривается.",
    "面试之后，我们录用了一位有多年雕刻经验的师傅，您的申请这次未能通过。",
]
# ... written apart afterwards (thirteen of fourteen read; the one left is in UNREAD_SECOND)
APART_SECOND = [
    "Siobhan Kerr is starting as our new deckhand from the 3rd.",
    "Old Tom's granddaughter Ellie is the one doing the Sunday shifts now.",
    "The delivery round, my brother's boy will take it from next week.",
    "We've booked another accordionist for the summer season.",
    "The circus has engaged Ilya Petrov as our new ringmaster for this tour.",
    "The head groundsman post is now held by Eamon from the county side.",
    "The senior chef position is now occupied by someone from our Leeds branch.",
    "Bronwyn Price has joined the team as bookkeeper, she knows our suppliers well.",
    "Ombi lako halitaendelea kwa sasa.",
    "Il posto va a una ragazza che lavora con noi da due estati.",
    "Ваша заявка больше не рассматривается.",
    "你的申请此次没有通过。",
    "Written test score: 38/100, against the cut-off of 52 for OBC.",
]
UNREAD_SECOND = [
    # (the work told with no article, "as relief baker": a named person's work needs "as our",
    # "as the" or "as a", or a place with "us", others_starting._WORK_AT)
    "Arjun Mehta joins us as relief baker from the 22nd of May.",
]
TWINS_SECOND = [
    "Dr Mensah has joined us at the clinic; she is your interviewer on Monday.",
    "We've booked another interview for you on Tuesday.",
    "The record is now held by a runner from Kenya.",
    "My son will take it to the tip on Saturday.",
    "Priya Shah has joined us as Head of Finance; she was previously CFO at Acme.",
    "Your score: 78/100, against a cut-off of 60.",
    "Minimum marks: 40/100 against a cut-off of 45 for reserved categories.",
    "Il pacco va a un uomo che abita al terzo piano.",
    "您的签证申请这次未能通过。",
    "Ваша заявка на кредит больше не рассматривается.",
]

# Third round (slice 55's kinds): someone chosen or hired by name to do the work, booked,
# engaged or commissioned by name for a part or as one, kin helping "me" at the work, others who
# took every place, the reader outside the group or missing from a list, the message that closes
# the application, the post disestablished or left unfilled, a decimal point that ends no
# sentence, "only" after a time, Chinese "…的位置 … 我们给了…"
WRITTEN_THIRD = [
    "The band chose Claudia Ferrer to write the album, she already wrote two singles with them.",
    "The director booked Sidonie Duvall for the spot; he cut the last two with her.",
    "The congregation has engaged Dāvids Klein as cantor for the High Holy Days.",
    "Tannie Rina's granddaughter Chanté came home from varsity and she is helping me on market "
    "days now.",
    "Our Amma's son-in-law Manjunath has joined the kirana from this week only.",
    "We received 142 applications for four places, and other students have taken up all four.",
    "You're outside that group this time, and this message closes your application.",
    "The composer has commissioned Tomás Aguirre for the chamber piece.",
    "After the long-term plan consultation the position was disestablished.",
    "A review of the precinct's operations led Council to leave the position unfilled.",
    "Your marks: 41.5/100; cut-off in your category: 48 (OBC).",
    "Your roll number is missing from today's skill test call list.",
    "制茶师傅助手的位置，我们给了在厂里做了两年拣茶工的小林。",
]
# ... written apart afterwards (fourteen of fourteen read)
APART_THIRD = [
    "The gallery picked Oona Reyes to paint the lobby wall.",
    "We've engaged Harlan Voss as our bandleader for the winter.",
    "The producer booked Nell Okafor for the part, she'd read for him before.",
    "The trust has commissioned Ade Bankole for the memorial piece.",
    "Our neighbour's son is helping me at the stall from Saturday.",
    "Forty people applied for the three traineeships and other applicants have taken all three.",
    "You are outside the shortlist for this round.",
    "Your candidate number is absent from the published interview list.",
    "The board has decided to keep the clerk post vacant.",
    "The analyst role has been disestablished following the restructure.",
    "This email closes your application for the Porter post.",
    "My nephew has joined the shop from this week only.",
    "Your score: 33.5 out of 60; qualifying mark 40.",
    "仓库管理员的岗位，我们给了一位老员工。",
]
# (three verbs were dropped before the twins were written, for twins thought of then: "asked
# Tom to take the bins out", "chose Lisbon to host the summit")
TWINS_THIRD = [
    "We booked tickets for the show on Friday.",
    "We've booked a table for the party.",
    "We chose Lisbon to host the summit.",
    "I asked Tom to take the bins out.",
    "Others have taken all the biscuits.",
    "You're outside the catchment area.",
    "Your name is missing from the guest list, please let us know.",
    "We'll keep the post vacant until March.",
    "This email closes your application form session.",
    "The cost was 12.50. We'll let you know.",
    "We hired a van to move the boxes.",
    "Your score: 52.5 out of 60; qualifying mark 40.",
    # (found by decdiff: a rule about an unfinished assessment, and the reader's own money sent,
    # read whole once a decimal point ended no sentence)
    "Next comes a 90-minute coding assessment, open for a week; an unfinished assessment after "
    "that closes the application.",
    "Your transfer of 250.00 to Desmond was rejected by the receiving bank.",
]

# Fourth round (slice 56's kinds): others who said yes first, places matched to others, Russian
# "место … заняла", "набор закрыт", Thai "…คนใหม่แล้ว", "ปิดรับแล้ว", Portuguese "Ficou com o
# lugar uma vizinha que …"; and slice 56's other mails: "whatever happens" and "is possible
# that" are no decision
WRITTEN_FOURTH = [
    "Hey Chidinma – the weekend pedalo attendant gig at Swanpaddle Pedalos is sorted: Kinsley "
    "said yes first and starts Saturday.",
    "The treetop walk marshal gig is sorted: Rhett and Joelle said yes first and start Saturday.",
    "All co-op placements in the tardigrade lab for the coming term have now been matched to "
    "other students, leaving none for you in this round.",
    "Место гравёра у нас заняла выпускница местного училища, поэтому набор закрыт.",
    "โรงปั้นของเราได้ช่างขึ้นรูปคนใหม่แล้ว จึงขอแจ้งว่าตำแหน่งนี้ปิดรับแล้ว",
    "Ficou com o lugar uma vizinha que nos verões já estendia peixe connosco.",
]
# ... written apart afterwards (six of eight read; the two left are in UNREAD_FOURTH)
APART_FOURTH = [
    "The Saturday deckhand spot is sorted - Priya Naidoo said yes first and starts this weekend.",
    "Tomasz and Lena put their hands up first, so the harvest shifts are covered.",
    "All summer studentships at the bee lab have been allocated to other applicants.",
    "The remaining internship places were given to other students, leaving none for you this year.",
    "Место курьера уже занято.",
    "เราได้พนักงานคนใหม่แล้ว",
]
UNREAD_FOURTH = [
    # (words between "набор" and its closing: the reading takes "набор (уже) закрыт" only)
    "Набор на эту должность завершён.",
]
TWINS_FOURTH = [
    "Whatever happens with this role, your details stay listed with us for the studio's next "
    "opening.",
    "Is possible that the job goes to colleague already working in our chasing room; in this "
    "situation also you get message from us.",
    "Whatever happens at the panel, we'll be in touch by Friday.",
    "It's possible that the role goes to an internal candidate; we will let you know either way.",
    "Your interview slot is sorted: Kinsley said yes to Tuesday.",
    "Places are allocated to other students only after the first round closes.",
    "Место в автобусе заняла моя сестра.",
    # (found by decdiff: a market's stall spaces, "leaving none for you", stay unread)
    "Thanks for applying for a stall. All spaces for the season are taken, leaving none for you "
    "this year.",
]


@pytest.mark.parametrize(
    "text",
    WRITTEN
    + APART
    + WRITTEN_SECOND
    + APART_SECOND
    + WRITTEN_THIRD
    + APART_THIRD
    + WRITTEN_FOURTH
    + APART_FOURTH,
)
def test_a_refusal_is_read(text: str) -> None:
    assert decision(text), marks(text)


@pytest.mark.parametrize("text", UNREAD + UNREAD_SECOND + UNREAD_FOURTH)
def test_a_wording_left_unread_stays_unread(text: str) -> None:
    """Kept so that the counts in APART's and APART_SECOND's comments stay true."""
    assert not decision(text), marks(text)


@pytest.mark.parametrize("text", TWINS + PENDING + TWINS_SECOND + TWINS_THIRD + TWINS_FOURTH)
def test_the_twin_gets_no_decision(text: str) -> None:
    assert not decision(text), marks(text)


def test_nobody_appointed_and_a_new_advert_is_still_a_decision() -> None:
    assert decision("No candidate was appointed, so we will re-advertise the post.")


def test_a_status_in_review_is_not_filed_as_a_choice() -> None:
    """The whole message of slice 53's kind: a status in review whose line says nobody is picked
    or out is no refusal and no step asked of the reader."""
    body = (
        "Foundry Careers\n\nPosition: Polishing Hand\nStatus: In review\n\nDecisions: none so "
        "far. No candidate is picked or out at this point."
    )
    assert not decision(body), marks(body)
    assert not held_back(Document("Application status: Polishing Hand", body, "jobs@f.example"))
