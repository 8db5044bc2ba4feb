"""Issue 11, sixty-sixth pass, first round: the kinds read slices 197-200 missed or filed, in
wordings written apart from the slices.

Read as decisions: a status whose value is consideration ended; others moving ahead instead;
the screening that shut the reader's form; a vacancy closed without an interview for the reader;
another applicant engaged; a Creole present-tense pick; a candidacy that ends with a paper; the
reader ranked below the band sent on; an application that goes no further or has stopped here;
a job that is taken; a crew fully manned; a candidate chosen with a closer profile; the profiles
taken forward nearer the brief than the reader's; and, in sixteen languages, another chosen or
the post gone to someone.

Read as rules, other mail or nothing: a quiet stretch whose consequence comes after "and" with
"otherwise" behind it; the same words about a seat, a parcel, a rota, a booking."""

from __future__ import annotations

import pytest

from readings import decision, held_as_no_job, marks, message_decisions
from rejectwatch.model import negation

READ = [
    ("Your Packer application now carries the status: consideration ended.", None),
    ("Application status - consideration closed.", None),
    ("Thanks for applying. Others with HGV cards are moving ahead instead.", negation.CHOSE_OTHER),
    ("Thanks a lot for going for it. Other people are moving ahead this time.", None),
    ("Other finalists are going ahead on this one, I'm afraid.", negation.CHOSE_OTHER),
    ("Your form had no permit number, so the screening step closed it.", negation.READER_OUT),
    ("No CSCS card was attached, so the sift shut it there and then.", negation.READER_OUT),
    ("The Baker vacancy has closed without an interview for you.", negation.READER_OUT),
    ("The Porter post shut without a shortlist place for you.", negation.READER_OUT),
    ("Thank you for applying. Sadly, another applicant has been engaged.", negation.CHOSE_OTHER),
    ("Thanks. Another candidate was engaged for the season.", negation.CHOSE_OTHER),
    ("Like I tell you on the phone, the yard pick another man for Checker.", None),
    ("As I say before, the boss choose another person for the cashier job.", None),
    ("Pass mark was 60 and you had 41; your candidacy ends with this paper.", None),
    ("Your score was 18 of 40, so your application ends with this test.", negation.READER_OUT),
    ("You qualified, but only the top band went to the manager, and you ranked below it.", None),
    ("Only the best-scored group was referred; you placed under it.", negation.READER_OUT),
    ("The roofer application goes no further, sorry.", negation.READER_OUT),
    ("Cheers for this. The bricklaying application goes no further.", negation.READER_OUT),
    ("Your score was 21 of 50 and the cut was 31, so the application has stopped here.", None),
    ("Scaffolding job's taken.", negation.CHOSE_OTHER),
    ("Thanks for asking. The welding post is taken, sorry.", None),
    ("Our deckhand crew is fully manned.", negation.ROLE_GONE),
    ("The night team is fully crewed now.", negation.ROLE_GONE),
    ("Hi Ana,\n\nPlastering gang is fully manned.", negation.ROLE_GONE),
    ("After review we chose candidate with profile closer to the brief.", negation.CHOSE_OTHER),
    ("We chose a candidate with experience closer to our needs.", negation.CHOSE_OTHER),
    ("The profiles we are taking forward sit nearer the brief than yours.", negation.CHOSE_OTHER),
    ("The people we're progressing are closer to the brief than you.", negation.CHOSE_OTHER),
    # Tamil: the driver's job went to someone else
    ("ஓட்டுநர் பணி வேறொருவருக்குச் சென்றது.", negation.CHOSE_OTHER),
    # Thai: the post was given to another person; someone else has received the job
    ("ตำแหน่งพนักงานขับรถได้มอบให้คนอื่นแล้ว", negation.CHOSE_OTHER),
    ("งานแม่ครัวมีคนอื่นได้รับแล้ว", negation.CHOSE_OTHER),
    # Macedonian: another candidate (feminine) got the post
    ("Работата ја доби друга кандидатка од Битола.", negation.CHOSE_OTHER),
    # Welsh: the post went to another applicant
    ("Aeth y lle gyrrwr i ymgeisydd arall o Fangor.", negation.CHOSE_OTHER),
    # Georgian: another candidate was chosen for this post
    ("ამ ადგილზე არჩეული იქნა სხვა კანდიდატი.", negation.CHOSE_OTHER),
    # Basque: another worker will take the post
    ("Lanpostua beste langile batek hartuko du.", negation.CHOSE_OTHER),
    # Swedish: another applicant got the job; the job went to another
    ("Tyvärr fick en annan sökande jobbet som kock.", negation.CHOSE_OTHER),
    ("Tjänsten gick till en annan kandidat.", negation.CHOSE_OTHER),
    # Slovak: another applicant got the cook's place
    ("Miesto kuchára dostala iná uchádzačka.", negation.CHOSE_OTHER),
    # Latvian: another person took (will take) the place
    ("Šo darbu ieņēma cits pretendents.", negation.CHOSE_OTHER),
    # Spanish: the post already has its holder
    ("La plaza de cocinero ya tiene dueño.", negation.CHOSE_OTHER),
    # Persian: the job was handed to another person
    ("این شغل به فرد دیگری واگذار شد.", negation.CHOSE_OTHER),
    # Bengali: this post is someone else's
    ("এই পদটি অন্য একজনের।", negation.CHOSE_OTHER),
    # Catalan: another candidate will occupy (has occupied) the post
    ("La plaça de cuiner l'ocuparà una altra candidata.", negation.CHOSE_OTHER),
    ("El lloc l'ha ocupat un altre aspirant.", negation.CHOSE_OTHER),
    # Italian: the shift goes to a baker from Chieti
    ("Il posto di banco va a una panettiera di Chieti con molta esperienza.", None),
]
UNREAD = [
    "Thanks for applying. Your status: consideration has started.",
    "The road works are moving ahead instead of waiting for spring.",
    "The printer jammed, so the office manager shut it down.",
    "The canteen has closed without warning for the holiday.",
    "Sorry, this seat is taken.",
    "Your job is taken care of; the contractor starts Monday.",
    "Aeth y parsel i gymydog arall ym Mangor.",
    "The ferry is fully booked, so take the later one.",
    "We chose a venue with a garden closer to town.",
    "Aeth y trên i Fangor yn hwyr.",
    "Il treno va a Chieti con dieci minuti di ritardo.",
    "Il pacco va a una vicina di casa che lo tiene per te.",
]


@pytest.mark.parametrize(("text", "token"), READ)
def test_the_kinds_missed_are_read(text: str, token: str | None) -> None:
    if token is None:
        assert decision(text), marks(text)
    else:
        assert token in marks(text)


@pytest.mark.parametrize("text", UNREAD)
def test_the_same_words_elsewhere_stay_unread(text: str) -> None:
    assert not decision(text), marks(text)


@pytest.mark.parametrize(
    "body",
    [
        "Hey Jo, thanks, we got it. Two quiet weeks from us, and Welder went to somebody else; "
        "otherwise expect a call from the yard.",
        "Form in, cheers. A silent fortnight, and the job has gone to another; otherwise we ring "
        "you.",
    ],
)
def test_a_quiet_stretch_with_otherwise_behind_it_gives_no_decision(body: str) -> None:
    assert not message_decisions("Application in", body)


def test_a_refusal_beside_an_otherwise_stays_a_decision() -> None:
    body = "Sorry Jo, Welder went to somebody else; otherwise we'd have called you in."
    assert message_decisions("Welder", body)


@pytest.mark.parametrize(
    "subject",
    ["Application in - Cook", "We get yuh application", "Form received: Porter", "CV landed!"],
)
def test_a_receipt_named_so_plainly_or_in_dialect_is_held_below_filing(subject: str) -> None:
    body = "Thanks Jo, it is in. The job went to someone else, so no call will come."
    assert message_decisions(subject, body)
    assert held_as_no_job(subject, body)


def test_a_receipt_subject_with_a_regret_in_its_decision_is_not_held() -> None:
    body = "Thanks Jo. Sorry, the job went to someone else before your form came in."
    assert not held_as_no_job("Application in - Cook", body)


# Second round (slices 201 and 202's misses)
READ_SECOND = [
    ("Great to meet you. Tendai from Mutare takes up Store Lead on Monday.", None),
    ("Lovely chat. Priya Nair is taking up Bar Manager from March.", None),
    ("The board's pick for Harbour Master is Colm from Killybegs.", negation.CHOSE_OTHER),
    ("The owners' final choice for Head Chef was Maria Costa, who starts soon.", None),
    ("The partners have brought Devika on board for Practice Lead.", negation.CHOSE_OTHER),
    ("Thanks for your time. We have brought Tomasz in as Site Foreman.", None),
    ("The panel has gone for Ruth Adeyemi as Yard Manager; she starts soon.", None),
    ("Di bosses decide to go wid Marcus Reid for Bar Supervisor.", negation.CHOSE_OTHER),
    ("We decided to go with Anna Berg for the Planner role.", negation.CHOSE_OTHER),
    ("After interview, client select other candidate for Buyer role.", negation.CHOSE_OTHER),
    ("Other candidate got the position. We thank you.", negation.CHOSE_OTHER),
    ("Thanks for coming, but we went wi anither lass for the shop.", negation.CHOSE_OTHER),
    ("Req 1123: the hiring manager declined your application today.", negation.READER_OUT),
    ("Internship places for this summer have all been allocated.", negation.ROLE_GONE),
    ("Thanks for offering. The crew is full up; no spot is left.", negation.ROLE_GONE),
    ("The pass mark was 70 and you scored 52, which ends it here.", negation.READER_OUT),
    ("No licence was attached, and your form closed at the screening.", negation.READER_OUT),
    ("Vacancy 5521 got its hire, which sets your application to Inactive.", None),
    ("On checking, your application stands ineligible for want of a degree.", None),
    ("The age limit was crossed; therefore it is rejected.", negation.READER_OUT),
    (
        "Two applicants are a shade closer to the brief, and those are the ones we're taking "
        "forward.",
        negation.CHOSE_OTHER,
    ),
    ("The last three had more night shifts, so it's them three that go through.", None),
    ("We've gone a different way and hired an agency team instead.", negation.CHOSE_OTHER),
    # Irish: another applicant got the driver's job
    ("Fuair iarrthóir eile jab an tiománaí.", negation.CHOSE_OTHER),
    # Yoruba: another tailor is whom we took for the post (with and without tone marks)
    ("Aránṣọ mìíràn ni a gbà fún iṣẹ́ náà.", negation.CHOSE_OTHER),
    ("Aranso miiran ni won gba fun ise naa.", negation.CHOSE_OTHER),
    # Albanian: we gave the post to someone else
    ("Vendin e punës ia dhamë dikujt tjetër.", negation.CHOSE_OTHER),
    # Tamil: someone has come for the driver's job
    ("ஓட்டுநர் வேலைக்கு மதுரை நபர் ஒருவர் வந்துவிட்டார்.", negation.CHOSE_OTHER),
    # Spanish: no place remains for you this season
    ("Esta temporada, para ti no queda plaza.", negation.READER_OUT),
]
UNREAD_SECOND = [
    "The new rota takes up most of Monday in the canteen.",
    "Your manager Ana takes up her desk on the third floor on Monday.",
    "Calder Trust has appointed Jo Reid as Chair. Jo Reid will take up the post in May.",
    "Staff news: Sam Okoro takes up the Finance Director post on 1 June.",
    "Our pick for the best pub in town is The Anchor.",
    "We've brought a new till system in for the shop floor.",
    "We decided to go with Tuesday for the team meeting.",
    "Please pick another slot for the induction.",
    "The training room is full; no space is left for chairs.",
    "The hiring team declined your meeting invite for Friday, so pick another time.",
    "The printer line is long, which ends it for today.",
    "Fuair duine eile an bus go Gaillimh.",
    "Si vienes tarde, para ti no queda sitio en el autobús.",
]


@pytest.mark.parametrize(("text", "token"), READ_SECOND)
def test_the_second_rounds_kinds_are_read(text: str, token: str | None) -> None:
    if token is None:
        assert decision(text), marks(text)
    else:
        assert token in marks(text), marks(text)


@pytest.mark.parametrize("text", UNREAD_SECOND)
def test_the_second_rounds_words_elsewhere_stay_unread(text: str) -> None:
    assert not decision(text), marks(text)


# Third round (slices 203 and 204's misses and four filed receipts)
READ_THIRD = [
    ("Your request for a place on the course fell short of this year's shortlist.", None),
    ("Sadly your application fell short of the interview line this round.", None),
    ("Porter at Quayside Hotel: sad to say, this vacancy brings no interview your way.", None),
    ("The manager picked Sunita Rao, who starts her training next week.", None),
    ("The owners chose Pedro Alves as Head Baker; thanks again for coming.", None),
    ("The directors brought Kemi Bello on board.", negation.CHOSE_OTHER),
    ("The people taken forward for Driver had more years on tankers.", negation.CHOSE_OTHER),
    ("After the panel, we decided to end your application at this stage.", None),
    ("Once all the forms were read, the team chose to stop your application.", None),
    ("After phone call, client decide other person for Cashier.", negation.CHOSE_OTHER),
    ("The firm decided to hire another candidate for Store Lead.", negation.CHOSE_OTHER),
    ("Di manager tek a next person fi di driver work.", negation.CHOSE_OTHER),
    ("Thatcher's mate: please note another roofer has been engaged.", negation.CHOSE_OTHER),
    ("Hedgelaying hand: a local farmer's son got it; good luck.", negation.CHOSE_OTHER),
    ("Your Porter application now sits outside consideration.", None),
    # Bengali: the driver's job, a man from Khulna took it; your application stopped here
    ("চালকের পদটা খুলনার এক ভাই নিয়ে গেছেন।", negation.CHOSE_OTHER),
    ("আপনার আবেদন এখানেই শেষ হলো।", negation.READER_OUT),
    # Thai: the cook's job got a new person already; your application ends
    ("งานแม่ครัวได้คนใหม่ไปแล้ว", negation.CHOSE_OTHER),
    ("ใบสมัครของคุณสิ้นสุดเพียงเท่านี้", negation.READER_OUT),
    # Slovenian: the cook's post got another candidate (feminine)
    ("Mesto kuharja je dobila druga kandidatka.", negation.CHOSE_OTHER),
    # Danish: the post as baker went to someone else
    ("Desværre gik stillingen som bager til nogen anden.", negation.CHOSE_OTHER),
    # Urdu: this time the choice was of another person
    ("اس بار انتخاب کسی دوسرے شخص کا ہوا ہے۔", negation.CHOSE_OTHER),
]
UNREAD_THIRD = [
    "The rain fell short of the forecast this spring.",
    "This coupon brings no discount your way on sale items.",
    "The manager picked Sunita Rao, our new starter, to show you round.",
    "The team chose Dev Patel as our new captain; congratulations to him!",
    "Please hold: another line was engaged when you rang.",
    "Lost umbrella: a cleaner got it; ask at the desk.",
    "Spare charger: the caretaker got it.",
    "We decided to end the meeting early on Friday.",
    "Cake sale: a lady from the choir got it in the raffle.",
    "Pakken gik til en anden adresse i går.",
    "Kolo je dobil drug otrok iz vrtca.",
]


@pytest.mark.parametrize(("text", "token"), READ_THIRD)
def test_the_third_rounds_kinds_are_read(text: str, token: str | None) -> None:
    if token is None:
        assert decision(text), marks(text)
    else:
        assert token in marks(text), marks(text)


@pytest.mark.parametrize("text", UNREAD_THIRD)
def test_the_third_rounds_words_elsewhere_stay_unread(text: str) -> None:
    assert not decision(text), marks(text)


@pytest.mark.parametrize(
    "body",
    [
        "Your form for Porter is receive. Manager choose other person \u2014 you get letter. "
        "You pass \u2014 we call you.",
        "Dear Jo,\n\nPorter: application logged. Stages it may reach:\n\nScreening | Interview | "
        "Offer | Not selected \u2013 post filled\n\nWe write when it changes.",
    ],
)
def test_a_case_put_with_a_dash_or_a_row_of_stages_gives_no_decision(body: str) -> None:
    assert not message_decisions("We have your application", body)


def test_a_row_of_stages_under_a_label_of_no_possibility_stays_a_decision() -> None:
    body = (
        "Dear Jo,\n\nThe result:\n\nScreening | Interview | Offer | Unsuccessful \u2013 post filled"
    )
    assert message_decisions("Update", body)
