"""Forty-second pass (issue 11): blind slices 51 and 52's misses, read as kinds and written for
the kind (rejectwatch.model.others_starting; insiders_abroad and steps_ahead for the rest).

Each kind has two sets of wordings: WRITTEN, the ones the readings were written from, and
APART, written afterwards without changing the readings to suit them (two of twenty stay unread,
kept as they are in UNREAD). Twins that must stay unread: a staff role in the reader's
hiring, a meeting, a meal, a course or a school joined, a field of a form, a condition about a
vacancy, the reader's own number on a list; of the fifteen twins written apart, one was read
before a barbecue joined the meals a clause may name. Every message is written for these
tests."""

from __future__ import annotations

import pytest

from readings import decision, marks
from rejectwatch.model.classifier import held_back
from rejectwatch.model.features import Document

WRITTEN = [
    "I've been mulling it over all week, and Jovana Varga is joining us on the press next month.",
    "Our cook's nephew Jibin has come back from the Emirates and is joining the kitchen next week.",
    "Ayşe's niece Defne is starting on the griddle with us from next week.",
    "My brother-in-law's son Harman will now assist at the counter from Baisakhi.",
    "My cousin Nikos has come over from Kalamata and he's got the weekend shifts.",
    "Ate Cora's daughter Jessa finished her course and she is now with us full time at the stand.",
    "Cô Thuy's son Bao is moving here in March and the counter job will be his.",
    "We decided on Minji Pyo, a friend of the family who rolled for her mom's restaurant.",
    "Priya Nair starts on the tills on Monday.",
    "My sister's boy Declan will be helping on the van from Saturday.",
    "We went with Ruairí Breen, who has worked the bar at the Stag for years.",
    "Old Sefa's grandson Tavita has taken the early shifts now.",
    "We've settled on Gus Ahern, who drove for the co-op for ten years.",
    "Her niece Farida is going to do the Saturday stall with us from now.",
    "The weekend shifts are going to Joanne's lad Kieran.",
    "Ines Carvalho will start on the line with us in June.",
    "The kitchen porter job will be Mario's, he's our chef's cousin.",
    "Lindiwe Dube comes on board as our packer from next Tuesday.",
    "Relief helmsman = Hemi Paewai.",
    "Onsetter post to Ruben Condori, 8 years underground.",
    "CHAPRASI POST GIVEN TO NASIR S/O DRIVER BASHIR.",
    "Ale-taster for the Court Leet is Bernard Hale this year.",
    "Settling clerk job goes to Tommy Nolan's girl Eabha.",
    "Benalla Rural City Council has pulled the Showgrounds Coordinator vacancy after a review.",
    "We have shelved the junior planner role for this year.",
    "This round ends with no appointment.",
    "Your score was 61 marks out of 150; the interview list published today omits your roll "
    "number.",
    "The merit list does not include your roll number.",
    "A few of the applicants came with years of river skippering, and that matched what the "
    "season needs a little better.",
    "Two applicants had already run their own kitchens, and that fitted what we need a bit better.",
]
APART = [
    "Thanks for the trial evening. Donal's girl Aoife is taking the Friday bar shifts with us "
    "from next week.",
    "Our baker's grandson Malik is starting on the ovens with us from Monday.",
    "We went for Olusegun Bello, who has run a market stall for six years.",
    "Katarzyna Wójcik is joining the line with us next month.",
    "Dock hand = Tevita Fifita.",
    "Stable lad job to Jimmy Doyle's son Paddy.",
    "Canteen assistant post goes to Mrs Pillay, from the school kitchen.",
    "The packing job will be hers, she is Ruth's niece.",
    "Her brother Tuan has come down from Hanoi and will be working the grill with us on weekends.",
    "We settled on Aisling Kerr, a regular at our open mic.",
    "Several applicants arrived with forklift tickets already, which suited the warehouse a "
    "little better.",
    "The shire has shelved the depot labourer position pending the budget.",
    "The board has pulled the archivist vacancy after the funding review.",
    "This recruitment closes without an appointment.",
    "The provisional interview list does not include your registration number.",
    "Ferry deckhand for the winter run is Sione Taufa this season.",
    "Coffee cart helper = my cousin Keri (her first job).",
    "Egg-collecting job goes to Mrs Tanaka's boy Ken.",
]
# left unread: the kinds below, each with why
UNREAD = [
    # (slice 51's own, left unread for speed: a holder after a colon with where the trade works,
    # a holder told by a possessive after "is", kin after "is" with "now": opened by words in
    # most texts, they cost 3-6 us a text each; scripts/bench_classify.py)
    "Scullery maid for the costumed kitchen: Molly Pinch from the village.",
    "Round helper is my grandson Delroy now.",
    "Hurrier part for the summer pageant is Kayleigh Booth's, she's done it since she was ten.",
    # (a named person covering, taking or helping: a colleague's rota as often, "Ros is covering
    # the till on Saturday, so we're sorted", a twin of the twenty-fifth pass; kin still count)
    "Marek Nowak is taking the counter shifts from next week.",
    "Ravi Menon is now helping at the counter every weekend.",
    # (written apart: a holder told after the season, not at a line's start; a holder after a
    # colon, which a form's "Supplier: Declan Furlong" and a signature's "Welding inspector: G.
    # Harwood" share; and slice 51's own new holder told as staff news, which
    # rejectwatch.model.notices_other reads as a bulletin's)
    "The van driver's mate this summer is my nephew Rory now.",
    "Night porter: Gareth Pugh from the Red Lion.",
    "Our new office assistant is Fenella Rudd, who joins us from the county record office.",
]
TWINS = [
    "Priya Nair is joining us for your interview on Tuesday.",
    "Our head chef Marco will be joining the call.",
    "Sam Okoro will assist you with the paperwork on your first day.",
    "Your manager Jess Brown starts at 9 and will meet you at reception.",
    "We decided on Tuesday 14 May for your trial shift.",
    "Tomasz is coming on the tour with you next week.",
    "Our CTO Dana Ruiz is joining the panel for your second interview.",
    "You will be joining us on the press next month, welcome aboard!",
    "My cousin Nikos is joining us for dinner on Friday.",
    "The weekend shifts are going to be busy, so bring water.",
    "Marek is taking the counter shifts while you do training.",
    "Isla is starting a new course in September.",
    "If the vacancy is pulled, we will let you know.",
    "We have pulled your application documents into our new system.",
    "The interview list published today includes your roll number; please report at 9 am.",
    "A few of the applicants came with questions about parking, and that matched what we expected.",
    "No appointment is needed; just walk in on Saturday.",
    "The round ends with a short interview on Friday.",
    # (written apart, like APART)
    "Our store manager Julia Stone starts your trial at 9 next Monday.",
    "Night porter: please ask at reception for your key.",
    "Interviewer: Gareth Pugh, Head of Operations.",
    "Your buddy for the week is Tevita Fifita, who joins you at 8.",
    "We settled on Thursday, a quieter day, for your trial.",
    "My nephew Rory is joining us for the summer barbecue on Friday.",
    "Their daughter Mia is starting university next month, so reply times may slip.",
    "The board may pull the vacancy if funding is cut; we will tell you.",
    "Start date: Monday 3 March.",
    "Hiring manager = Sione Taufa.",
    "Location: Red Lion, Main Street.",
    "The interview list includes your registration number; bring ID.",
    "Applicants who came with portfolios were asked to leave them at reception.",
    "Dock hand shifts start at 6 next Monday for you and Tevita.",
    "Several applicants asked about parking, and that matched what we expected.",
    # (a last twin of the decisions_hedged tests: a staff role in the reader's visit)
    "The panel agreed the post goes to Ellie, who will show you round on Monday.",
]
# Second round (slice 52's kinds): someone joining as the new one, kin come to help or who has
# taken the work told before, someone asked who accepted or said yes so the writer is set, a
# holder told with who they are, a choice after a past "once", Portuguese "fica com o lugar"
WRITTEN_SECOND = [
    "Emi Takahashi from the Saturday class is joining the shop as our new maker.",
    "Aunty May's granddaughter Jessica is home from university and has taken them.",
    "Pani Olena's grandson Maksym has come to help us in the kitchen, so that is done.",
    "Once the last interviews were done, the panel chose a woman who has calibrated cup and vane "
    "instruments since 2016; the job is hers now.",
    "Morag from the club already said yes, so we're all set.",
    "Ekua \u2013 the exciseman in period dress for the smugglers' weekend will be Gareth Pascoe, "
    "who played him last year.",
    "Le poste de garnisseuse est confié à Mme Joëlle Brunet, qui pose les anses chez nous.",
    "A Graça, filha da D. Felismina, que já nos ajudava nas feiras, fica com o lugar de pintora.",
    "We asked Tom Reilly to run the Tuesday bar and he said yes straight away.",
]
# ... written apart afterwards (eight of ten read; the two left are in UNREAD_SECOND)
APART_SECOND = [
    "Keoni from the surf school is joining the hire hut as our new attendant.",
    "My neighbour's son Arjun has come over to help us on the stall, so we're fine now.",
    "Her cousin Mele is back from Auckland and has got them.",
    "We asked Dara Quinn to do the Sunday market run, and she said yes on the spot.",
    "Fiadh from the choir already agreed, so we're covered for the season.",
    "The lamplighter for the Victorian evening will be Ned Huxtable, who did it at Christmas.",
    "Once the trials were over, the club went with a coach who has taken teams to the nationals.",
    "O Tiago, sobrinho do patrão, fica com a vaga de ajudante.",
]
# (a driver is a staff role in the reader's day as often, "your driver is …"; "stepped in and
# taken it" has its verb two words from "has"; and "I've asked … to take the Friday late walk
# …, and he accepted", slice 52's own, stays unread: a walk with no hiring named is a task,
# rejectwatch.model.readings_aside)
UNREAD_SECOND = [
    "Shuttle driver for the wedding season is Moana Reti, who drove for us in the spring.",
    "Our mechanic's daughter Lani has stepped in and taken it.",
    "I've asked Barnaby Thewlis to take the Friday late walk starting next month, and he "
    "accepted over breakfast.",
]
# ... and their twins, written apart (one, "has got them tickets for the show", was read until
# "got them" had to close its clause)
TWINS_SECOND = [
    "We asked Dara Quinn to send you the rota, and she said yes.",
    "Fiadh already agreed to your start date, so we're all set for Monday.",
    "Our new hire, Keoni, is joining the hire hut as our new attendant and will train you.",
    "The lamplighter for the evening will be you, if you can make it.",
    "Once the trials are over, we will choose a coach.",
    "Her cousin Mele has got them tickets for the show.",
    "My son has come over to help you move on Saturday.",
]
# the widely spoken languages' plain choice, slice 51's French, Russian and Korean misses and
# their neighbours in the languages insiders_abroad reads (a first and last name, another's
# application kept, the post that went to someone)
ABROAD = [
    "Concernant le poste d'apprenti santonnier, nous avons retenu Lilou Arnaud, qui peint des "
    "santons depuis l'enfance.",
    "Nous avons retenu la candidature de Mme Perrin pour ce poste.",
    "Место росписчицы досталось Алёне Кудрявцевой, она училась у нас.",
    "견습생 자리는 안동 전수관에서 3년간 배운 분으로 정했습니다.",
    "Nos quedamos con Lucía Ferrer, que ya trabajó con nosotros.",
    "Die Stelle hat Jonas Weber bekommen.",
    "Abbiamo preso Marco Rinaldi, che lavorava già con noi.",
    "Escolhemos a Beatriz Lima, que já trabalhou conosco.",
]
ABROAD_TWINS = [
    "Место в общежитии досталось вам, поздравляем!",
    "Die Stelle hat Sie sehr interessiert.",
    "면접은 다음 주로 정했습니다.",
    "Nous avons retenu votre candidature pour un entretien.",
    "Nous avons retenu Paris, qui vous convient mieux, pour l'entretien.",
    "Nos quedamos con usted, que ya conoce el trabajo.",
]


@pytest.mark.parametrize("text", WRITTEN + APART + ABROAD + WRITTEN_SECOND + APART_SECOND)
def test_a_refusal_is_read(text: str) -> None:
    assert decision(text), marks(text)


@pytest.mark.parametrize("text", UNREAD + UNREAD_SECOND)
def test_a_wording_left_unread_stays_unread(text: str) -> None:
    """Kept unread on purpose, and so that the count of wordings written apart and read (18 of
    20) stays true."""
    assert not decision(text), marks(text)


@pytest.mark.parametrize("text", TWINS + ABROAD_TWINS + TWINS_SECOND)
def test_the_twin_gets_no_decision(text: str) -> None:
    assert not decision(text), marks(text)


def test_someone_come_back_from_abroad_is_no_meeting_with_the_reader() -> None:
    """The guard (rejectwatch.model.steps_ahead) read "has come back" as a visit asked of the
    reader next week and held slice 51's refusal below filing; a visit asked still is one."""
    body = (
        "Dear Prerna,\n\nThanks for the trial at the appam house. Our cook's nephew Jibin has "
        "come back from the Emirates and is joining the kitchen next week.\n\nNitin"
    )
    assert not held_back(Document("Kitchen hand", body, "nitin@appam.example"))
    asked = "Hi Sam, can you come back for a second trial next week on Tuesday at 10?"
    assert held_back(Document("Trial", asked, "nitin@appam.example"))
