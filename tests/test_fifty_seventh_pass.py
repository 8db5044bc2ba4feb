"""Issue 11, fifty-seventh pass, first round: the kinds read slices 127 and 128 missed, in
wordings written apart from the slices. Read as decisions: someone described who got the post
after "and", "but" or "so", or got it named by its title ("an outside hire got the Night Porter
job"); a requisition shut or withdrawn by whoever owns it, and "which closes every application
made to it, yours included"; "before any interviews were set" as a past event; a panel that
"ruled the application ineligible"; the post "offered" to someone described; a workplace that
"took on" someone described by trade and training; "so none this round" after hiring put off;
a score with its unit and its total before the qualifying score; "the ... application you sent
us has been unsuccessful"; and someone taken or no place left in Welsh, Nepali and Uzbek.
Read as nothing: the same words about the reader, a shut by mistake, a requisition withdrawn for
a while, a panel's ruling on a grant, a hiring pause with the reader kept, a score above the
line.

Second round (read slices 129 and 130's misses): a confirmation's later statuses ("later it
switches to 'Interview' or 'Closed - Another Applicant Hired'", "or to '...'") are labels ahead,
no decision. Read as decisions: "you won't be called for interview", "excluded from the following
method of selection", a named person "confirmed ... as" the post, "your application missed out"
after a post named, "hiring has continued without your file", "submitted applications shall
therefore lapse", posts withdrawn in the plural, "no new ... post after all", a score "lower
than the minimum", and someone taken or the application ended in Polish, Thai, Arabic, Marathi,
Hindi, Albanian and Galician. Read as nothing: a stall's or a ballot's entry that missed out, a
posting withdrawn while it is updated, a stage's fee, staff news with a welcome.

Third round (read slices 131 and 132's misses and filed mail): a quiet phone or inbox past a
point that "means" a refusal is a rule of silence, and a recruiter who "hunted for someone" to
run a plant has chosen no one. Read as decisions: an application named by up to three words
that "halts at this stage" or "stops with this review", "the application closes at this step"
after a sentence, someone described "preferred for this position" or who "accepted the ...
role", "the spot's theirs", an owner "led ... to close the requisition", and Slovenian and
Greek choices and endings. Read as nothing: a place on a course accepted, a requisition closed
for now, a job that "is hers" in a relayed offer, a profile that surfaced in a search."""

from __future__ import annotations

import pytest

from readings import decision, marks
from rejectwatch.model import negation

READ = [
    (
        "We had dozens of replies, and an outside hire got the Night Porter job.",
        negation.CHOSE_OTHER,
    ),
    (
        "Thanks for coming in; sadly a former intern got the Junior Copywriter role.",
        negation.CHOSE_OTHER,
    ),
    ("Lots of interest, but a student from the college got it.", negation.CHOSE_OTHER),
    (
        "Vacancy 4471, Stores Clerk, was shut by the budget holder before any candidates were "
        "called.",
        negation.ROLE_GONE,
    ),
    (
        "Following the restructure, Orrin Freight has withdrawn the requisition, which ends every "
        "application under it, yours included.",
        negation.ROLE_GONE,
    ),
    (
        "The assessment board ruled your application ineligible, as the licence copy was missing.",
        negation.READER_OUT,
    ),
    (
        "The head of department has offered the post to a lecturer from Tartu.",
        negation.CHOSE_OTHER,
    ),
    (
        "The forge took on a smith apprenticed in Dundee, so the bench is taken.",
        negation.CHOSE_OTHER,
    ),
    ("Recruiting is on pause over the winter, so no hires this round.", negation.ROLE_GONE),
    (
        "Your score 41 points out of 100; qualifying score 55 points.",
        negation.READER_OUT,
    ),
    (
        "Your application: the Barista application you submitted last week was not successful.",
        negation.READER_OUT,
    ),
    (
        "Mae'r lle bellach wedi mynd i grochenydd o Fangor sy'n gweithio gyda chlai lleol.",
        negation.CHOSE_OTHER,
    ),
    ("Diolch am eich llythyr, ond felly mae'r stiwdio'n llawn.", negation.ROLE_GONE),
    ("यसपालि हाम्रो पसलमा काकाको छोरालाई राख्ने निर्णय भयो।", negation.CHOSE_OTHER),
    ("माफ गर्नुहोला, अहिले कार्यशालामा ठाउँ खाली छैन।", negation.ROLE_GONE),
    ("Duradgor o'rniga Samarqandlik tajribali ustani oldik.", negation.CHOSE_OTHER),
    ("Afsuski, ustaxonada bo'sh o'rin qolmadi.", negation.ROLE_GONE),
]

UNREAD = [
    "Great news, and a local got the job of showing you round on Monday!",
    "The studio took on a gaffer trained in Kosta last spring, and he will train you too.",
    "The requisition was shut in error this morning; it is open again now.",
    "The council has withdrawn the requisition temporarily while the grade is checked.",
    "We ruled the application ineligible for the travel bursary, but your interview stands.",
    "Hiring waits till spring, so none this round – but we will call you first in March.",
    "Your score 92 marks out of 150; qualifying score 75 marks.",
    "If the application you sent us is unsuccessful, we keep your details for six months.",
    "We have offered the position to you and look forward to your reply.",
    "Mae'r swydd wedi mynd i chi! Llongyfarchiadau.",
    "तपाईंलाई राख्ने निर्णय भयो, बधाई छ।",
    "Duradgor o'rniga sizni oldik, tabriklaymiz!",
]

READ_SECOND = [
    ("Regarding Stock Controller: you won't be called for an interview.", negation.READER_OUT),
    ("Accordingly, you are excluded from the next phase of selection.", negation.READER_OUT),
    (
        "The trustees have confirmed Ruth Agyeman, a ranger from Mole, as Education Officer.",
        negation.CHOSE_OTHER,
    ),
    (
        "The graduate programme filled quickly, and your application missed out this year.",
        negation.READER_OUT,
    ),
    ("Recruitment has gone ahead without your application.", negation.READER_OUT),
    ("Pending applications will accordingly lapse.", negation.ROLE_GONE),
    (
        "The advertised vacancies for Grader have been cancelled after the merger.",
        negation.ROLE_GONE,
    ),
    ("So there's no second kiln assistant job after all.", negation.ROLE_GONE),
    ("You obtained 11.2 values, lower than the minimum of 12 values.", negation.READER_OUT),
    ("Stanowisko stolarza otrzymała osoba, która prowadzi warsztat od lat.", negation.ROLE_GONE),
    ("ตำแหน่งนี้ทางร้านให้ช่างที่ทำงานไม้มานาน", negation.CHOSE_OTHER),
    ("سيتوقف ترشيحك عند هذه المرحلة.", negation.READER_OUT),
    ("म्हणून आपला अर्ज इथेच संपतो.", negation.READER_OUT),
    ("Vendin e mori një rrobaqepës nga Shkodra.", negation.CHOSE_OTHER),
    ("A praza foi para unha ceramista que traballa en Sargadelos.", negation.CHOSE_OTHER),
]

UNREAD_SECOND = [
    "Your status reads 'Received'; later it moves to 'Interview' or to 'Closed - Filled'.",
    "For now it shows 'Applied'. Eventually the status changes to 'Offer' or 'Not selected'.",
    "Sadly your stall application missed out this season, as pitches ran short.",
    "Unfortunately your ballot entry missed out this year.",
    "The role has been withdrawn from the board while we update the pay band.",
    "You are excluded from the next stage's fee, as a returning candidate.",
    "We're delighted to have confirmed Jane Okoro as our new Finance Director.",
    "The board has confirmed Ade Bello as Head of Sales; he will chair your interview.",
    "All applications will lapse after 12 months unless you update your profile.",
    "Hiring has continued without a hitch, and we'd love to meet you on Tuesday.",
]

READ_THIRD = [
    ("Hi Kai, your Night Baker application halts at this stage.", negation.READER_OUT),
    ("Your Warehouse Picker application stops with this review.", negation.READER_OUT),
    (
        "In the end a candidate more practised in payroll systems was preferred for the position.",
        negation.CHOSE_OTHER,
    ),
    (
        "An applicant with ten years at sea has accepted the deckhand post.",
        negation.CHOSE_OTHER,
    ),
    ("She could do Sundays as well, so the job's theirs.", negation.CHOSE_OTHER),
    (
        "A funding cut has forced the trust to cancel the vacancy for Porter.",
        negation.ROLE_GONE,
    ),
    ("Ključavničarsko delo smo zaupali mojstru z dolgoletno prakso.", negation.CHOSE_OTHER),
    ("Zato se vaš postopek tu konča.", negation.READER_OUT),
    ("Επιλέξαμε τελικά ξυλογλύπτη με μεγάλη εμπειρία.", negation.CHOSE_OTHER),
]

UNREAD_THIRD = [
    "Shortlisted people hear within ten days; a silent inbox after that means we went elsewhere.",
    "Your CV surfaced as I hunted for someone to lead a bottling line in Mbale.",
    "A student from our partner school accepted the offer of a place on the course.",
    "Our budget has led us to close the requisition for now; we'll reopen it in spring.",
    "Tell Priya the kitchen job is hers, starting Monday.",
    "Congratulations! The spot's yours.",
    "Your visa application stops at the document check stage.",
]


@pytest.mark.parametrize(("text", "token"), READ + READ_SECOND + READ_THIRD)
def test_the_kinds_missed_are_read(text: str, token: str) -> None:
    assert token in marks(text)


@pytest.mark.parametrize("text", UNREAD + UNREAD_SECOND + UNREAD_THIRD)
def test_the_same_words_about_the_reader_or_for_a_while_stay_unread(text: str) -> None:
    assert not decision(text)
