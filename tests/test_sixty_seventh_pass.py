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

from readings import decision, marks
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
