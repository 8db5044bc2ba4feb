"""Issue 11, fifty-sixth pass, first round: the kinds read slices 119 and 120 missed or filed, in
wordings written apart from the slices. Applicants named as a class a rule or a courtesy is told
to ("to all their applicants", "each carving applicant") are no one chosen; a visit thanked for
"again" makes a reply to the one who came, not staff news; a time booked to talk about another
role the recruiter pitched earlier in the paragraph is no step of the reader's application. Read
as decisions: someone described who "took the leadlighting spot" or "has the ropeworking position
now", a job "already take by" someone, "your application closes with that", "no interview is
heading your way", "an interview invitation won't follow", an owner who "has chosen" someone
named for the post, a shortlist named by its post that
"began at" a score above the reader's, someone described chosen in Indonesian and Bulgarian, the
application stopping "di tahap ini" and no place "for you" in Bulgarian.

Second round (read slices 121 and 122's misses): Haitian Creole "kit ... kit" (whether ... or) is
a case; read as decisions: someone described who "has the post, though", "we'll leave yours
there", a profile that "stays out of the next phase", others who "suited the contract better, so
they moved ahead", hours soaked up by the staff there, "meaning no new start this season",
another person who "took the Network Engineer vacancy" (the post by its title), and someone
chosen or the application ended in Arabic, Uzbek, Nepali, Welsh and Norwegian; a role that "has
just come in" is another role pitched, not a step for the reader.

Third round (read slices 123 and 124's misses): read as decisions: "so no deckhand is being taken
on", "your name was, however, left off the list", "your name was outside it" (a field "Referral
outcome:" is the reader's own), a post "allotted to other candidate", someone described asked "to
become" the post, new starters with "nowhere to slot in", a job "spoke for", "we took on a feller
from ...", and someone chosen or the application ended in Hungarian, Ukrainian, Thai, Bengali,
Tamil and Irish.

Fourth round (read slices 125 and 126's misses; measured on sealed slices 127 and 128): Hausa "ko
an ... ko ba a ... ba" (whether or not) is a case; read as decisions: "already take one girl",
"your application's a no", "the other trialist got it", a call list that "omits roll number ...",
a score "against a qualifying 114 marks", "at present no employment can be offered", a hiring
team that "has said no", someone who "got the committee's nod for" the post, "so it's spoken
for", "Disposition: Minimum Qualifications Unmet", and someone chosen or the reader not taken in
Hebrew, Bulgarian, Chinese and Maltese."""

from __future__ import annotations

import pytest

from readings import decision, marks
from rejectwatch.model import negation
from rejectwatch.model.classifier import held_back
from rejectwatch.model.features import Document

READ = [
    ("A glazier who trained with us took the leadlighting spot.", negation.CHOSE_OTHER),
    ("A deckhand from the harbour has the ropeworking position now.", negation.CHOSE_OTHER),
    ("The kitchen job already take by my neighbour's son, he start Monday.", negation.CHOSE_OTHER),
    ("We have looked at everything; your application closes with that.", negation.READER_OUT),
    (
        "Having read every form, we're sorry, but no interview is heading your way.",
        negation.READER_OUT,
    ),
    ("Your score fell short, so an interview invitation won't follow.", negation.READER_OUT),
    ("Your total came to 14 of 40; the Warehouse Lead shortlist began at 25.", negation.READER_OUT),
    (
        "Thanks again for visiting the bindery. The owner has chosen Ines Molnar for the "
        "Bookbinder post; she joins us from a press in Ghent.",
        negation.CHOSE_OTHER,
    ),
    ("Bu Sari akhirnya memilih pengrajin yang sudah sepuluh tahun menenun.", negation.CHOSE_OTHER),
    ("Mohon maaf, lamaran Anda berhenti di tahap ini.", negation.READER_OUT),
    ("Изборът се спря на кандидат, който вече е работил в пекарната.", negation.CHOSE_OTHER),
    ("За вас работа този сезон няма.", negation.READER_OUT),
]

UNREAD = [
    # applicants as a class, told a rule or a courtesy
    "Each bookbinding applicant gets my reply by post, whichever way the decision falls.",
    # the post's papers, a condition, a time still ahead
    "A colleague has the job description if you would like it.",
    "If a local lad takes the job, I will ring you first.",
    "No interview is coming your way until the closing date has passed.",
    "An interview invite can't follow until your references are in.",
    # a pass
    "Your total was 31 of 40; the Warehouse Lead shortlist began at 25.",
    # the reader chosen
    "Kami memilih Anda untuk tahap wawancara.",
]

READ_SECOND = [
    (
        "A farrier from Gundagai has the shoeing position, though; thanks for the photos.",
        negation.CHOSE_OTHER,
    ),
    ("Thanks for your time; we'll leave your application there.", negation.READER_OUT),
    ("We regret that your candidacy remains outside the final stage.", negation.READER_OUT),
    (
        "Two applicants had run night markets before, and the owners felt that fitted the post "
        "more closely, so they went forward.",
        negation.CHOSE_OTHER,
    ),
    (
        "The bar staff we have are covering every shift, which means no new hire this summer.",
        negation.ROLE_GONE,
    ),
    ("One other finalist took the Payroll Officer vacancy.", negation.CHOSE_OTHER),
    ("اخترنا لهذا المنصب شخصا عمل معنا في الموسم الماضي.", negation.CHOSE_OTHER),
    ("Rahmat. Afsuski, arizangizni davom ettira olmaymiz.", negation.READER_OUT),
    ("पाँच वर्ष काम गरेका एक सिकर्मीले यो पद पायो।", negation.CHOSE_OTHER),
    ("Pobydd sydd wedi gweithio yn y dre ers oes gafodd y swydd.", negation.CHOSE_OTHER),
    ("Felly dyna ddiwedd eich cais, mae'n ddrwg gen i.", negation.READER_OUT),
    ("Plassen på bakeriet gikk til en gutt som har jobbet der før.", negation.CHOSE_OTHER),
    ("Søknaden din slutter dermed her.", negation.READER_OUT),
]

UNREAD_SECOND = [
    # whether or not: a receipt's promise
    "Kit nou chwazi ou kit nou pa chwazi ou, n ap ekri ou anvan fen mwa a.",
    # a start date, a condition, the reader given the job
    "There is no new start date yet, so sit tight.",
    "If nobody leaves, that means no new starters this year.",
    "Chi gafodd y swydd, llongyfarchiadau!",
]

READ_THIRD = [
    ("The board has frozen recruitment, so no deckhand is being taken on.", negation.ROLE_GONE),
    ("Your name was, however, left off the list sent to the hiring manager.", negation.READER_OUT),
    (
        "Referral outcome: the manager got the top ten scores, and your name was outside them.",
        negation.READER_OUT,
    ),
    ("The clerk post has been allotted to another candidate.", negation.CHOSE_OTHER),
    (
        "The governors have asked a teacher who ran our library for years to become Librarian.",
        negation.CHOSE_OTHER,
    ),
    ("All last year's pickers returned, so new hands have nowhere to fit in.", negation.ROLE_GONE),
    ("The counter job's already spoke for, sorry.", negation.ROLE_GONE),
    (
        "We took on a lad from the next valley who has shod horses since school.",
        negation.CHOSE_OTHER,
    ),
    (
        "A műhely végül egy szegedi fazekast vett fel, aki húsz éve korongozik.",
        negation.CHOSE_OTHER,
    ),
    ("Így a hely már betelt.", negation.ROLE_GONE),
    ("Майстер узяв хлопця зі Львова, який уже плете кошики.", negation.CHOSE_OTHER),
    ("รอบนี้ได้คนจากเชียงรายมาแทนค่ะ", negation.CHOSE_OTHER),
    ("আপনার আবেদন এখানেই শেষ।", negation.READER_OUT),
    ("Thug muid an jab do chailín ón mbaile.", negation.CHOSE_OTHER),
    ("Ní rachaidh d'iarratas níos faide.", negation.READER_OUT),
]

UNREAD_THIRD = [
    # the reader asked to become someone's contact, a condition, a question
    "We have asked a colleague from payroll to become your contact for the paperwork.",
    "If your name was outside the band, you will hear from us by Friday.",
    "Is the bench job spoke for yet?",
    # a referral about someone the reader put forward
    "Thanks for the referral decision on Deepika: she was not selected.",
]

READ_FOURTH = [
    ("Sorry ah, already take one auntie can start Monday.", negation.CHOSE_OTHER),
    ("I'm afraid your application is a no from the panel.", negation.READER_OUT),
    ("Tough call, but the other finalist got the role.", negation.CHOSE_OTHER),
    ("The interview call list therefore omits roll number 4471.", negation.READER_OUT),
    ("You scored 41 marks against a qualifying 55 marks.", negation.READER_OUT),
    ("At this time no position can be offered.", negation.READER_OUT),
    ("Regarding the Cook opening: the kitchen team has said no this round.", negation.READER_OUT),
    ("Priya got the board's nod for Site Lead.", negation.CHOSE_OTHER),
    ("A cousin of the owner took the stall, so it's spoken for.", negation.ROLE_GONE),
    ("Disposition: Minimum Qualifications Unmet", negation.STATUS_REFUSED),
    ("את התפקיד במאפייה קיבל אופה מנתניה.", negation.CHOSE_OTHER),
    ("Взехме майстор от Трявна, който реже дърво от дете.", negation.CHOSE_OTHER),
    ("這個職位我們給了一位做了十年的師傅。", negation.CHOSE_OTHER),
    ("Ix-xogħol ingħata lil xi ħadd ieħor.", negation.CHOSE_OTHER),
]

UNREAD_FOURTH = [
    # whether or not, a condition, the reader given the nod, a pass
    "Ko an zaɓe ku ko ba a zaɓe ku ba, za mu kira ku.",
    "If the panel has said no, we will tell you by Friday.",
    "You got the committee's nod for the interview!",
    "You've got the panel's nod for the final round!",
    "Congratulations, your application got the committee's nod for interview.",
    "Your application closes with that final upload; press submit.",
    "You scored 61 marks against a qualifying 55 marks.",
]

CLASS_TOLD = [
    "Withdrawn or frozen vacancies are announced to all their applicants by email.",
    "Cancelled postings get a short note to all their candidates within a fortnight.",
]


@pytest.mark.parametrize(("text", "token"), READ + READ_SECOND + READ_THIRD + READ_FOURTH)
def test_the_kinds_missed_are_read(text: str, token: str) -> None:
    assert token in marks(text)


@pytest.mark.parametrize("text", UNREAD + UNREAD_SECOND + UNREAD_THIRD + UNREAD_FOURTH)
def test_rules_cases_passes_and_the_not_yet_stay_unread(text: str) -> None:
    assert not decision(text)


@pytest.mark.parametrize("text", CLASS_TOLD)
def test_applicants_as_a_class_are_no_one_chosen(text: str) -> None:
    assert negation.CHOSE_OTHER not in marks(text)


def test_others_chosen_stay_read_beside_a_class() -> None:
    text = "Each shortlisted applicant was strong, but we have gone with another candidate."
    assert negation.CHOSE_OTHER in marks(text)


def test_a_time_booked_for_another_role_pitched_is_no_step() -> None:
    body = (
        "Spoke to the client: they're going ahead with someone else for the Rigger job. Separate "
        "thing, I've got a Scaffolder role at a wind farm, three-month contract. Interested? "
        "Drop me a line and we'll book a time to chat."
    )
    assert not held_back(Document("Rigger - update", body, "rc@agency.example"))


def test_an_invitation_to_book_stays_held() -> None:
    body = (
        "Thanks for applying for the Rigger role. We'd like to invite you to interview; please "
        "book a time that suits you this week."
    )
    assert held_back(Document("Rigger - interview", body, "rc@agency.example"))


def test_a_role_that_has_just_come_in_is_another_role_pitched() -> None:
    body = (
        "Good talking earlier. The client has picked another candidate for the Estimator role. On "
        "the bright side, a Quantity Surveyor job with a builder in Geelong has just come in and "
        "fits you well; call tomorrow?"
    )
    assert not held_back(Document("Following up - Estimator", body, "rc@agency.example"))
