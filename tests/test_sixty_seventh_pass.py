"""Issue 11, sixty-seventh pass, first round: the kinds read slices 205 and 206 missed or filed,
in wordings written apart from the slices.

Read as decisions: the post or "it" given to someone described by any noun; one person so
described selected or getting it; the chooser's pick named; the one who did something chosen;
others with more of it, where the team will go; the work covered by an agency or the staff; the
crew last year's again; the reader left on the bench, set aside for good, or whose name failed
to reach the shortlist.

Read as rules, other mail or nothing: the same words about a colleague asked to review, an
interview slot, the reader chosen, a cover until someone is appointed; a class of applications
told by what they lack; a choice of another told as a case with its letter ahead."""

from __future__ import annotations

import pytest

from readings import decision, marks, message_decisions
from rejectwatch.model import negation

READ = [
    ("The trust gave the hedge-laying work to a farmer from over the hill.", negation.CHOSE_OTHER),
    ("Thanks for your interest. The club gave it to a retired groundsman.", negation.CHOSE_OTHER),
    ("The owners have given the cellar job to an old friend of the family.", negation.CHOSE_OTHER),
    ("We handed the till spot to a student who did the summer with us.", negation.CHOSE_OTHER),
    ("A joiner with twenty years on sash windows was selected.", negation.CHOSE_OTHER),
    ("An electrician already qualified for marine work got the post.", negation.CHOSE_OTHER),
    ("Thank you for applying. A driver from the depot has been chosen.", negation.CHOSE_OTHER),
    ("The board's choice was a nurse from the ward upstairs.", negation.CHOSE_OTHER),
    ("The school's appointee is Mr Ferreira, who starts after half-term.", negation.CHOSE_OTHER),
    ("The farm took on the picker who worked the whole harvest last year.", negation.CHOSE_OTHER),
    ("We went with the apprentice who finished her papers in June.", negation.CHOSE_OTHER),
    (
        "Other applicants hold more forklift hours, and they are who the panel will focus on.",
        negation.CHOSE_OTHER,
    ),
    ("Thanks for applying. Our own staff will cover the weekend job.", negation.ROLE_GONE),
    ("For the Porter opening, an agency in Leeds is going to handle it.", negation.ROLE_GONE),
    ("The harvest crew is last season's pickers again, sorry.", negation.ROLE_GONE),
    ("The new roster fills every berth, leaving you off the crew.", negation.READER_OUT),
    ("Your form had no licence number, so it was put aside for good.", negation.READER_OUT),
    ("Please note your application did not make the final shortlist.", negation.READER_OUT),
    ("Sadly your profile could not reach the interview list this time.", negation.READER_OUT),
]

UNREAD = [
    "We gave your CV to the hiring manager, who will call you.",
    "I have handed it to a colleague to review before Friday.",
    "We gave the job to you! Welcome aboard.",
    "If we give the job to another applicant, we will write to you.",
    "A slot from the list was selected for your interview on Tuesday.",
    "The panel's choice is still open; we will write next week.",
    "The committee's pick was you, congratulations!",
    "An agency will cover the role until we appoint.",
    "Our crew is our usual lads again, and we'd love you to join them.",
    "We set the date aside for good weather.",
    "We gave the prize to a baker from the town.",
]


@pytest.mark.parametrize(("text", "token"), READ)
def test_the_kinds_missed_are_read(text: str, token: str) -> None:
    assert token in marks(text)


@pytest.mark.parametrize("text", UNREAD)
def test_the_same_words_elsewhere_stay_unread(text: str) -> None:
    assert not decision(text), marks(text)


# A class of applications told by what it lacks, and a choice of another told as a case whose
# consequence, after a comma, is a letter or a call still to come: rules, never decisions
RECEIPTS = [
    "Thanks for applying. Any application without a signed declaration is ineligible, and the "
    "applicant is told by letter.",
    "We acknowledge your form. Forms lacking a referee's name become void and the sender is "
    "written to.",
    "Your CV reached us. Candidates that do not meet the height rule are unsuitable, and get a "
    "short note.",
    "Your application came. Boss choose somebody else, you get message. Boss choose you, we "
    "phone you.",
    "Application received. Manager pick other worker, you receive a letter from us.",
    "Applications without a permit are ineligible, but yours had one, so you are through.",
]
STILL_READ = [
    ("Your application is ineligible, as the permit was missing.", None),
    ("Applications without a permit are ineligible, and yours had none.", None),
    ("Sadly we chose another candidate, you will get your documents back by post.", None),
    (
        "Sorry, the panel chose another applicant, and you get a letter with feedback next week.",
        None,
    ),
]


@pytest.mark.parametrize("text", RECEIPTS)
def test_a_lacking_class_or_a_comma_case_gives_no_decision(text: str) -> None:
    assert not decision(text), marks(text)


@pytest.mark.parametrize(("text", "token"), STILL_READ)
def test_the_reader_in_the_class_or_a_refusal_told_now_stays_read(
    text: str, token: str | None
) -> None:
    assert decision(text), marks(text)


# The post taken, got or gone to one described, the choice fallen on another, one chosen who
# ..., in the nine languages of the slices' misses (wordings written apart; glosses beside)
ABROAD = [
    "ვაკანსია ბათუმელმა მზარეულმა დაიკავა.",  # Georgian: a Batumi cook took the vacancy
    "Работата ја доби готвач од Битола.",  # Macedonian: a cook from Bitola got the work
    "Lanpostua Tolosako sukaldari batek beteko du.",  # Basque: a cook from Tolosa will fill it
    "அந்த வேலை பக்கத்து ஊர் தம்பிக்குப் போனது.",  # Tamil: that job went to a lad from nearby
    "Mae'r swydd yn mynd i gogydd o Fangor.",  # Welsh: the job goes to a cook from Bangor
    "A nossa escolha recaiu numa candidata da casa.",  # Portuguese: our choice fell on an insider
    "Мы взяли повара, который работал у нас летом.",  # Russian: we took a cook who worked here
    "ทางร้านเลือกช่างจากเชียงใหม่ที่ทำงานกับเรามานาน",  # Thai: the shop chose a craftsman who ...
    "Ol bos oli pikim wan narafala man.",  # Bislama: the bosses picked another man
]
ABROAD_UNREAD = [
    "Mae'r swydd yn mynd i chi, llongyfarchiadau!",  # Welsh: the job goes to you, congratulations
    "A escolha recaiu em si, parabéns!",  # Portuguese: the choice fell on you
    "Пакетот го доби соседот.",  # Macedonian: the neighbour got the parcel
    "เราเลือกคุณสำหรับตำแหน่งนี้",  # Thai: we chose you for this post
    "Мы пригласили кандидатов, которые прошли тест, на собеседование.",  # Russian: to interview
]


@pytest.mark.parametrize("text", ABROAD)
def test_the_post_taken_by_one_described_abroad_is_read(text: str) -> None:
    assert negation.CHOSE_OTHER in marks(text)


@pytest.mark.parametrize("text", ABROAD_UNREAD)
def test_the_reader_chosen_or_a_thing_abroad_stays_unread(text: str) -> None:
    assert not decision(text), marks(text)


def test_a_home_given_to_another_family_stays_unread() -> None:
    text = "Thanks for the viewing. The landlord gave it to a young family from Leeds, so it's let."
    assert not decision(text), marks(text)


# Second round (slices 207 and 208's misses), in wordings written apart from the slices
READ_SECOND = [
    ("Thanks for your visit. Marta Kowal is the panel's choice.", negation.CHOSE_OTHER),
    ("Dev Anand is the owner's pick and starts on Monday.", negation.CHOSE_OTHER),
    ("Your form met the minimum; referral to the hiring official withheld.", negation.READER_OUT),
    ("Scoring: essentials met, top-rated band missed.", negation.READER_OUT),
    ("Another roofer took the job; thanks all the same.", negation.CHOSE_OTHER),
    ("Sorry, you were passed over for the stores post.", negation.READER_OUT),
    (
        "Several applicants had longer kiln hours, so the pottery goes ahead with them.",
        negation.CHOSE_OTHER,
    ),
    ("The Pot Washer job went elsewhere this season.", negation.CHOSE_OTHER),
    ("We had two places and none went to you this year.", negation.READER_OUT),
    ("The cut-off sat at 30 and you had 22, so the interview won't follow.", negation.READER_OUT),
    ("Status updated to: consideration closed.", negation.READER_OUT),
    ("The rota filled with old hands, leaving you without a start.", negation.READER_OUT),
    ("Your CV missed the shortlist this round.", negation.READER_OUT),
    ("A baker who knows our ovens took it, sadly.", negation.CHOSE_OTHER),
    ("El trabajo se lo llevó una panadera del barrio.", negation.CHOSE_OTHER),  # Spanish
    ("O posto ficou com uma enfermeira da casa.", negation.CHOSE_OTHER),  # Portuguese
    ("Τη θέση ανέλαβε ένας μάγειρας από το χωριό.", negation.CHOSE_OTHER),  # Greek: a cook took it
    ("Miesto dostala kuchárka z Trnavy.", negation.CHOSE_OTHER),  # Slovak: a cook got the place
    ("काउंटर की जगह पर अब रमेश जी बैठेंगे।", negation.CHOSE_OTHER),  # Hindi: Ramesh will sit there
    ("A tua candidatura termina aqui.", negation.READER_OUT),  # Portuguese: yours ends here
    ("Lo suyo queda cerrado con esto.", negation.READER_OUT),  # Spanish: yours stays closed
]
UNREAD_SECOND = [
    "You are the committee's choice, congratulations!",
    "Which is the panel's choice, not ours.",
    "Referral to the manager is the next step for you.",
    "Another technician got sick, so could you cover Monday?",
    "Another driver got it to us this morning.",
    "Your application goes elsewhere now: to the hiring manager.",
    "If the interview can't follow this week, we'll move it.",
    "Status changed to: under consideration.",
    "O posto fica com você, parabéns!",  # Portuguese: the post is yours
    "El trabajo se lo lleva usted, enhorabuena.",  # Spanish: you get the job
    "काउंटर की जगह पर आप बैठेंगे।",  # Hindi: you will sit at the counter
]


@pytest.mark.parametrize(("text", "token"), READ_SECOND)
def test_the_second_rounds_kinds_are_read(text: str, token: str) -> None:
    assert token in marks(text)


@pytest.mark.parametrize("text", UNREAD_SECOND)
def test_the_second_rounds_words_elsewhere_stay_unread(text: str) -> None:
    assert not decision(text), marks(text)


def test_thanks_for_wanting_to_join_is_no_staff_news() -> None:
    text = "Thanks for wanting to join us. We have filled the Cook post with a chef from the pier."
    assert decision(text), marks(text)


# Other mail the second round's first draft read (training mail of slices 37, 120, 187, 206),
# in wordings written apart: a case with "you'll get a text" after a comma, a silent bell, luck
# gone elsewhere in a ballot, a course with no place left
OTHER_MAIL_SECOND = [
    "Note received. Post goes elsewhere, you'll get a text; post's yours, you'll get a call.",
    "Got your CV. No bell from us within ten days means the stool went elsewhere.",
    "Ballot for car-park passes: luck went elsewhere this year, sorry.",
    "The pottery evening class filled fast, which leaves you without a place this term.",
]


@pytest.mark.parametrize("text", OTHER_MAIL_SECOND)
def test_other_mail_like_the_second_rounds_stays_unread(text: str) -> None:
    assert not decision(text), marks(text)


# Third round (slices 209 and 210's misses), in wordings written apart from the slices
READ_THIRD = [
    (
        "The bakery has decided to pass the Cake Decorator work to a sister shop rather than hire.",
        None,
    ),
    (
        "The trust opted to spread the Warden duties across current staff rather than a new hire.",
        None,
    ),
    ("Others had more hours on the lathe, so they get the nod this time.", negation.CHOSE_OTHER),
    ("Per our call, the garage took a local lad for Tyre Fitter.", negation.CHOSE_OTHER),
    ("Your application will take no further part in this round.", negation.READER_OUT),
    ("Hiermee sluiten we uw sollicitatie af.", negation.READER_OUT),  # Dutch: we close yours
    ("De baan gaat naar een bakker die hier al werkte.", negation.CHOSE_OTHER),  # Dutch
    ("Votre dossier se clôt avec ce message.", negation.READER_OUT),  # French: your file closes
    ("Thugamar an post do bhean ó Ghaillimh.", negation.CHOSE_OTHER),  # Irish: we gave the post
    ("Críochnaíonn d'iarratas anseo.", negation.READER_OUT),  # Irish: your application ends here
    ("ขอปิดเรื่องใบสมัครของคุณ", negation.READER_OUT),  # Thai: we close your application
    (
        "Your form was found ineligible: the permit had not reached us when the advert shut.",
        negation.READER_OUT,
    ),
]
UNREAD_THIRD = [
    "We opted to interview in person rather than hire through an agency.",
    "If the garage took a local for the job, I'd have told you.",
    "De baan gaat naar u, gefeliciteerd!",  # Dutch: the job goes to you
    "Thugamar an post duit, comhghairdeas!",  # Irish: we gave the post to you
    "We will write when the advert shuts.",
    "Status now: Logged. Later, one of: Invited / Not progressed - post given to another.",
]


@pytest.mark.parametrize(("text", "token"), READ_THIRD)
def test_the_third_rounds_kinds_are_read(text: str, token: str | None) -> None:
    if token is None:
        assert decision(text), marks(text)
    else:
        assert token in marks(text)


@pytest.mark.parametrize("text", UNREAD_THIRD)
def test_the_third_rounds_words_elsewhere_stay_unread(text: str) -> None:
    assert not decision(text), marks(text)


def test_a_reply_greeted_in_another_language_is_no_staff_news() -> None:
    subject, body = (
        "RE: [EXT] Re: Stores Clerk",
        "Muraho Aline,\n\nThanks for the visit. The owner chose Ivo Petrov for Stores Clerk, and "
        "his first day is Monday.\n\nFrom: Aline Uwase <aline@example.example>\nSent: Monday",
    )
    assert message_decisions(subject, body, "Sam <sam@example.example>")
