"""Issue 11, sixty-second pass, first round: the kinds read slices 159 and 160 missed or filed, in
wordings written apart from the slices.

Read as decisions: the reader not accommodated this time ("we're unable to place you this intake");
a file halting at a stage ("the candidacy stalls at the eligibility check"); the reader's name not
sent on ("your file remained unreferred"); those ranked above taking every slot; "we're declining
it"; another "'s been taken on"; consideration of the application ended; the post offered to a
named kind of person; and, in Bengali and Thai, the post filled by another.

Read as rules or cases, not decisions: a stretch called silent that "means" the outcome ("two
quiet weeks mean the seat has gone to another"); a class named by a score under the mark
("those scoring below the pass mark hear nothing further"); a status the record could later
show ("Could later show | Interview / Not selected"); "failing" a place as the case."""

from __future__ import annotations

import pytest

from readings import decision, marks, message_marks
from rejectwatch.model import negation
from rejectwatch.model.classifier import held_back
from rejectwatch.model.features import Document

READ = [
    ("Sadly we couldn't accommodate you this intake, as the bench is full.", negation.READER_OUT),
    ("We are unable to place you this cohort because every desk is taken.", negation.READER_OUT),
    ("We were unable to accommodate you this term, since the ward is full.", negation.READER_OUT),
    ("Sadly the candidacy stalls at the eligibility check.", negation.READER_OUT),
    ("The site licence is a must, so this candidacy halts at screening.", negation.READER_OUT),
    ("Your file remained unreferred to the hiring manager.", negation.READER_OUT),
    ("You were, sadly, unlisted on the certificate sent to the board.", negation.READER_OUT),
    ("Names listed ahead of yours used up all the referral slots.", negation.CHOSE_OTHER),
    ("People placed ahead of you claimed each spot.", negation.CHOSE_OTHER),
    ("Thanks for the Barista application; I declined it, sorry.", negation.READER_OUT),
    ("So I'm declining it, with regret.", negation.READER_OUT),
    ("A second picker's been hired for the orchard.", negation.CHOSE_OTHER),
    ("A local lad's been signed on for the boat.", negation.CHOSE_OTHER),
    ("Consideration of your candidacy is now over.", negation.READER_OUT),
    ("Consideration of the cleaner application has ceased.", negation.READER_OUT),
    ("That place got offered to an older stonemason.", negation.CHOSE_OTHER),
    ("That vacancy was offered to an experienced glazier.", negation.CHOSE_OTHER),
    # Bengali: the job has been given to another; the post went to another person
    ("কাজটি অন্য একজনকে দেওয়া হয়েছে।", negation.CHOSE_OTHER),
    ("পদটি আরেকজন প্রার্থী পেয়েছেন।", negation.CHOSE_OTHER),
    # Thai: has chosen another applicant; agreed to hire another person
    ("บริษัทได้เลือกผู้สมัครอีกท่านแล้ว", negation.CHOSE_OTHER),
    ("ทางโรงงานตกลงจ้างคนงานอีกคนไปแล้วค่ะ", negation.CHOSE_OTHER),
]

UNREAD = [
    # a day or an hour is a rescheduling, not a refusal
    "We couldn't accommodate you on Tuesday; could you do Thursday at ten?",
    "If we cannot place you this intake, your details carry to the next.",
    "The printer halts at the first page, please resend the form.",
    "Your parcel remained unlisted on the courier's sheet.",
    "Candidates ranked above you took a written test too; yours is on Friday.",
    "We're declining it? No, the calendar invite stands.",
    "If another picker's been hired by then, we'll tell you straight away.",
    "Consideration of applications begins on 4 March.",
    "The post is offered to a suitable candidate subject to checks.",
    "The post is offered to a qualified applicant once references clear.",
    # Bengali: if the post is filled by another, we will tell you; Thai: will take one more
    "যদি পদটি অন্য কেউ পূরণ করে, আমরা জানাব।",
    "ร้านจะรับช่างอีกคนเดือนหน้า",
]

# confirmations whose refusal has not happened: a silent stretch that means the outcome, a class
# under the mark, statuses that may come, a place "failing" this year
RECEIPTS = [
    "Thanks for your form. Two quiet weeks from us mean the seat has gone to another.",
    "Application logged. Silent days past the 20th equal a no, sorry.",
    "Form received. Two silent weeks after the close tell you another applicant got it.",
    "Your test booking is confirmed. Those scoring below the pass mark hear nothing further.",
    "Registered. Anyone with a result under the cut-off receives no letter.",
    "Intake is small; failing a place this spring, we keep your form for autumn.",
]


@pytest.mark.parametrize(("text", "token"), READ)
def test_the_kinds_missed_are_read(text: str, token: str) -> None:
    assert token in marks(text)


@pytest.mark.parametrize("text", UNREAD + RECEIPTS)
def test_the_same_words_elsewhere_stay_unread(text: str) -> None:
    assert not decision(text)


@pytest.mark.parametrize(
    "body",
    [
        "Dear Ana,\n\nJob | Welder\nStatus | Received\nCould later show | Interview / Not selected"
        "\n\nRecruitment",
        "Dear Ana,\n\nRole | Porter\nStatus | Received\nPossible outcomes | Offer / Unsuccessful"
        "\n\nRecruitment",
    ],
)
def test_a_table_of_statuses_that_may_come_is_no_refusal(body: str) -> None:
    found = message_marks("Application received", body)
    assert negation.STATUS_REFUSED not in found
    assert not {negation.READER_OUT, negation.ROLE_GONE, negation.CHOSE_OTHER} & set(found)


def test_a_status_table_that_says_the_outcome_stays_read() -> None:
    body = "Dear Ana,\n\nJob | Status\nWelder | Not selected\n\nRecruitment"
    assert negation.STATUS_REFUSED in message_marks("Your application", body)


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("Мы взяли другого часовщика из Тулы.", True),
        ("В итоге взяли другую швею.", True),
        ("Мы взяли другую дату для встречи.", False),
        ("Взяли другой день, не волнуйтесь.", False),
    ],
)
def test_russian_another_taken_is_one_reading(text: str, read: bool) -> None:
    # one branch (left_behind_abroad) with whole-word exclusions: a watchmaker ("часовщика") is a
    # person, not an hour ("час")
    assert (negation.CHOSE_OTHER in marks(text)) is read


# Second round (slices 161 and 162 read under r62a): no offer coming, the answer from the
# sender a no, the others taken forward, a stage that stopped the file, another who got it, the
# employer having hired its post, the application stopping as a consequence, Kriol "gone wid",
# and nine further languages
READ_SECOND = [
    ("Thanks for coming in. There's no offer going out to you this round.", negation.READER_OUT),
    ("No written offer will be issued for the Baker post.", negation.READER_OUT),
    ("About the Dock Clerk role: the word from the yard is a no.", negation.READER_OUT),
    ("The reply from me on the sous-chef job is sadly no.", negation.READER_OUT),
    ("After the trial shifts we're moving the others through.", negation.CHOSE_OTHER),
    ("Other folk's CVs matched more closely.", negation.CHOSE_OTHER),
    ("The eligibility check has ended your application.", negation.READER_OUT),
    ("Shortlisting has stopped your form, as the licence was missing.", negation.READER_OUT),
    ("Another hand got the berth on the trawler.", negation.CHOSE_OTHER),
    ("Marlow Joinery has now taken on its new bench joiner.", negation.ROLE_GONE),
    ("Tremough Dairy has taken on its relief milker.", negation.ROLE_GONE),
    ("Your ticket had lapsed, therefore your form goes no further.", negation.READER_OUT),
    ("No forklift licence was shown, thus the file halts here.", negation.READER_OUT),
    ("Di boss gaan wid wan odda smaddy fi di job.", negation.CHOSE_OTHER),
    # Bulgarian, Ukrainian, Hindi, Armenian, Amharic: the place gone to another
    ("Мястото зае шивачка от Габрово.", negation.CHOSE_OTHER),
    ("Місце зайняв столяр зі Львова.", negation.CHOSE_OTHER),
    ("रंगरेज़ को ओहदा सौंपा गया।", negation.CHOSE_OTHER),
    ("Տեղը զբաղեցրեց ուրիշ հյուսն։", negation.CHOSE_OTHER),
    ("ቦታውን አንድ ልምድ ያለው አናጺ ወስዷል።", negation.CHOSE_OTHER),
    # Tamil: the post is filled
    ("அந்த வேலை நிரம்பியது.", negation.ROLE_GONE),
    # Thai, French, Bulgarian, Ukrainian, Hindi, Irish: the reader's application stopped
    ("ทางบริษัทขอปิดใบสมัครของคุณ", negation.READER_OUT),
    ("Pour vous, l'aventure avec notre atelier s'achève là.", negation.READER_OUT),
    ("Затова дотук спираме.", negation.READER_OUT),
    ("Ваша заявка, на жаль, далі не розглядається.", negation.READER_OUT),
    ("आपकी आवेदन हमने रोक दिया है।", negation.READER_OUT),
    ("Níl an jab le tairiscint duit.", negation.READER_OUT),
]

UNREAD_SECOND = [
    "If no offer will be made, you'll hear from me by Friday.",
    "The answer from us is no problem at all: bring your dog.",
    "We're taking them forward to the beach for the team photo.",
    "The panel stopped your interview early because of the fire alarm?",
    "Another hand got the keys for the van.",
    "The firm has hired its panel for the interviews on Monday.",
    "Hence it stops at noon on Fridays, the canteen.",
    "Hence it stops here for now, until the references arrive.",
    "Мястото получи вас, честито!",
    "ทางบริษัทจะปิดใบสมัครของท่านหากเอกสารไม่ครบ",
    "आपको पद सौंपा गया है, बधाई हो!",
]


@pytest.mark.parametrize(("text", "token"), READ_SECOND)
def test_the_second_rounds_kinds_are_read(text: str, token: str) -> None:
    assert token in marks(text)


@pytest.mark.parametrize("text", UNREAD_SECOND)
def test_the_second_rounds_words_elsewhere_stay_unread(text: str) -> None:
    assert not decision(text)


def test_a_refusal_over_a_footer_titled_between_tildes_is_not_held_back() -> None:
    # the footer's "saved searches" is the sender's system's block, not the reader's saved job
    body = (
        "Dear Ola,\n\nThanks for applying; the Stores Lead post has gone to another applicant."
        "\n\nKind regards,\nPenwith Builders\n\n~~ PENWITH BUILDERS | CAREERS ~~\nNew roles each"
        " Monday; set an alert for roles like your saved searches. Text STOP to end careers mail."
    )
    doc = Document("Stores Lead", body, "careers@penwith.example")
    assert not held_back(doc)
    # the same words with no title line above them: a saved job, not the reader's outcome
    saved = "Dear Ola,\n\nThe Stores Lead job in your saved searches was filled. See new roles."
    assert held_back(Document("Saved job update", saved, "alerts@board.example"))


@pytest.mark.parametrize(
    "text",
    [
        "Two quiet weeks went by as the panel met late; I'm sorry to tell you the job went to "
        "another applicant.",
        "A silent month passed, and I'm writing to tell you we chose another candidate.",
    ],
)
def test_a_silence_apologised_for_before_a_refusal_stays_read(text: str) -> None:
    # "to tell you" is the sender telling, not a silence that tells
    assert decision(text)


# Third round (slices 163 and 164 read under r62b): the client continuing with another, others
# preferred, the post closing for the reader, the crew set without the reader, every place
# claimed, the title then its refusal, another of the trade who got it, a Caribbean bare verb,
# and six further languages; a next step in Indonesian held back, a file-size limit no refusal
READ_THIRD = [
    ("The employer continues with a different contractor for Site Lead.", negation.CHOSE_OTHER),
    ("Some kilns came up, and those applicants got preferred.", negation.CHOSE_OTHER),
    ("Those applicants got preferred on experience.", negation.CHOSE_OTHER),
    ("We found people whose background suits the post better.", negation.CHOSE_OTHER),
    ("Sadly the Porter post concludes for you at this stage.", negation.READER_OUT),
    ("This step is where your journey concludes.", negation.READER_OUT),
    ("The line-up for the tour is settled, without you.", negation.READER_OUT),
    ("Each slot on the line has been taken.", negation.ROLE_GONE),
    ("Night Baker - application unsuccessful.", negation.READER_OUT),
    ("Another fitter got it.", negation.CHOSE_OTHER),
    ("Di restaurant hire somebody else.", negation.CHOSE_OTHER),
    # Bengali, Arabic, Hebrew, Spanish, Catalan, Galician: the post gone to another
    ("অন্য এক দর্জি ওই পদে বহাল হয়েছেন।", negation.CHOSE_OTHER),
    ("وقع الاختيار لوظيفة أمين المخزن على زميل من الفرع.", negation.CHOSE_OTHER),
    ("את משרת נהג המשאית קיבל עובד ותיק.", negation.CHOSE_OTHER),
    ("El puesto va para otro soldador del taller.", negation.CHOSE_OTHER),
    ("El lloc va per a un altre fuster.", negation.CHOSE_OTHER),
    ("A praza vai para outro mariñeiro.", negation.CHOSE_OTHER),
    # Spanish, Galician, Catalan: the application ending here
    ("Con eso, tu candidatura se queda aquí.", negation.READER_OUT),
    ("Por iso a túa candidatura queda aquí.", negation.READER_OUT),
    ("Per això tanquem la vostra candidatura.", negation.READER_OUT),
]

UNREAD_THIRD = [
    "If the client continues with another candidate, I'll ring you first.",
    "Those candidates were preferred for interview, and you are one of them.",
    "The car park closes for you at six.",
    "The rota is set, without you on Sundays as you asked.",
    "Every seat on the bus has been taken, so come by car to the interview.",
    "Another courier got the parcel to us on time.",
    "If the hotel pick somebody else, we'll find you another role.",
    "El puesto es para ti si aceptas antes del viernes.",
    "Si no hay plazas, tu candidatura queda aquí hasta el próximo año?",
    "যদি অন্য কেউ এই পদে বহাল হয়, আমরা জানাব।",
    "Sayangnya berkas di atas 20 MB tidak dapat kami terima.",
]


@pytest.mark.parametrize(("text", "token"), READ_THIRD)
def test_the_third_rounds_kinds_are_read(text: str, token: str) -> None:
    assert token in marks(text)


@pytest.mark.parametrize("text", UNREAD_THIRD)
def test_the_third_rounds_words_elsewhere_stay_unread(text: str) -> None:
    assert not decision(text)


@pytest.mark.parametrize(
    "body",
    [
        "Halo Dewi,\n\nMohon kirimkan rekaman wawancara singkat paling lambat 3 Oktober.\n\nTim HR",
        "Hai Aisyah,\n\nSila hantar tugasan anda sebelum 12 Mac. Sayangnya fail PDF sahaja.\n\nHR",
    ],
)
def test_a_task_asked_by_a_date_in_indonesian_or_malay_is_held_back(body: str) -> None:
    assert held_back(Document("Tugas", body, "hr@firm.example"))


def test_a_caribbean_negation_is_no_offer() -> None:
    body = (
        "Hi Ana,\n\nWe doh have a place for you now; the post gone to a man from Sauteurs.\n\nMia"
    )
    assert not held_back(Document("Your chat", body, "mia@firm.example"))


# Fourth round (slices 165 and 166 read under r62c): someone else getting it, the sender not
# carrying on with the reader's, not offering the reader the post, a crew of returners, a
# public-sector "referred …, no", other people going forward, the one met and thanked no staff
# news, and five further languages
READ_FOURTH = [
    ("Somebody else is getting the berth, sorry.", negation.CHOSE_OTHER),
    ("A retired cooper got the work.", negation.CHOSE_OTHER),
    ("We won't go on with your form.", negation.READER_OUT),
    ("The yard take on an older welder.", negation.CHOSE_OTHER),
    ("Tui Gardens will not be offering you Head Gardener.", negation.READER_OUT),
    ("The harvest crew is made up of returning hands.", negation.ROLE_GONE),
    ("New faces got squeezed out this year.", negation.ROLE_GONE),
    ("Hereby your candidacy closes.", negation.READER_OUT),
    ("Other folk will be moving ahead.", negation.CHOSE_OTHER),
    # Hungarian, Tamil, Yoruba, French: the post gone to another
    ("A helyet egy fiatal asztalos kapta.", negation.CHOSE_OTHER),
    ("அந்த இடம் வேறு நபருக்கு வழங்கப்பட்டது.", negation.CHOSE_OTHER),
    ("Ẹlòmíràn ni iṣẹ́ náà bọ́ sí lọ́wọ́.", negation.CHOSE_OTHER),
    ("Notre choix s'est porté sur d'autres profils.", negation.CHOSE_OTHER),
    # Hungarian, Welsh: the reader not taken further
    ("Jelentkezését ezúttal nem visszük tovább.", negation.READER_OUT),
    ("Mae'n ddrwg gennym na fu eich cais yn llwyddiannus.", negation.READER_OUT),
]

UNREAD_FOURTH = [
    "Another parcel is getting it to you by Friday.",
    "If we won't go on with your form, we'll say so by Monday.",
    "We won't be offering you a refund for the parking.",
    "We won't be offering you accommodation, but the salary is higher.",
    "The choir is full of returners and we'd love you to join them.",
    "Referred to the selecting official: yes.",
    "Your status will change to one of: Referred, Not referred, or Not selected.",
    "Other folk will be moving ahead with you to the final.",
    "A helyet önnek tartjuk fenn.",
]


@pytest.mark.parametrize(("text", "token"), READ_FOURTH)
def test_the_fourth_rounds_kinds_are_read(text: str, token: str) -> None:
    assert token in marks(text)


@pytest.mark.parametrize("text", UNREAD_FOURTH)
def test_the_fourth_rounds_words_elsewhere_stay_unread(text: str) -> None:
    assert not decision(text)


def test_a_reply_to_the_one_met_is_no_staff_news() -> None:
    text = (
        "Lovely meeting you on site. The Dock Lead job's been handed to someone from the night "
        "shift, so he joins us next month. All the best."
    )
    assert negation.CHOSE_OTHER in marks(text)
    # the same news told to the team stays staff news
    news = "Team news: the Dock Lead job's been handed to Ravi Patel, so he joins us next month."
    assert not decision(news)


# Fifth round (slices 167 and 168 read under r62d): the reader's profile stopped or no longer
# considered, left off a list, the hire going elsewhere, the post not coming the reader's way,
# others nearer the brief, not appointing the reader, another going forward, an application
# ending without an interview, stopping there, and five further languages; a rule that makes a
# candidate ineligible, a fortnight "of nowt" and a shop unit leased to another are no decisions
READ_FIFTH = [
    ("The client halted your candidacy for Site Planner.", negation.READER_OUT),
    ("The firm has ceased considering the cleaner application.", negation.READER_OUT),
    ("Your application for Stock Clerk was left off the eligibles register.", negation.READER_OUT),
    ("Sadly this one went a different way.", negation.CHOSE_OTHER),
    ("We've awarded the contract role elsewhere.", negation.CHOSE_OTHER),
    ("The glazing job didn't come your way, I'm afraid.", negation.READER_OUT),
    ("Two applicants sat closer, and we'll be focusing on them from here.", negation.CHOSE_OTHER),
    ("The board won't appoint you this year.", negation.READER_OUT),
    ("The other profile is going ahead.", negation.CHOSE_OTHER),
    ("Your file closed without an offer.", negation.READER_OUT),
    ("No ticket was shown, hence we'll stop here.", negation.READER_OUT),
    ("The crew cyaan tek you on for now.", negation.READER_OUT),
    # Finnish, Estonian, Serbian (Latin): the place gone to another; Estonian: the application ends
    # here; Hindi: the name not on the list
    ("Harjoittelupaikka meni eräälle henkilölle Oulusta.", negation.CHOSE_OTHER),
    ("Koht läks ühele teisele taotlejale.", negation.CHOSE_OTHER),
    ("Mesto pekara dobila je druga kandidatkinja.", negation.CHOSE_OTHER),
    ("Sinu avaldus siinkohal lõpeb.", negation.READER_OUT),
    ("सूची में आपका नाम नहीं आया।", negation.READER_OUT),
]

UNREAD_FIFTH = [
    "The printer stopped your application from uploading; please resend.",
    "Your name was left off the list by mistake; it is back on now.",
    "If we decide not to appoint you, we'll say why.",
    "Another applicant is moving forward with you to the final.",
    "Your application closed without an offer last year; this year we'd love to talk.",
    "So we'll stop here for now, until the references arrive.",
    "Missing documents make a candidate ineligible, so check the list.",
    "Form logged. A fortnight of nowt means the seat has gone to another.",
    "The owner has leased the shop unit to a chemist, so your request is closed.",
]


@pytest.mark.parametrize(("text", "token"), READ_FIFTH)
def test_the_fifth_rounds_kinds_are_read(text: str, token: str) -> None:
    assert token in marks(text)


@pytest.mark.parametrize("text", UNREAD_FIFTH)
def test_the_fifth_rounds_words_elsewhere_stay_unread(text: str) -> None:
    assert not decision(text)


@pytest.mark.parametrize(
    "body",
    [
        "Hi Sam,\n\nGood chatting earlier. The client has gone with another candidate for Site "
        "Lead. Anyway a new position as depot planner has opened in Leeds. Are you available to "
        "chat this week?\n\nJo, Northern Talent",
        "Hi Sam,\n\nThanks for the call. Harbour Foods chose an internal person for Line Lead. "
        "Good news though: a bakery out in Whitby needs a shift manager, and they would love to "
        "see you.\n\nJo, Northern Talent",
    ],
)
def test_a_recruiters_refusal_that_pitches_another_role_is_not_held_back(body: str) -> None:
    # the step asked belongs to the other role, as the recruiter follow-ups do
    assert not held_back(Document("After our call", body, "jo@talent.example"))


def test_an_invitation_with_no_role_pitched_stays_held_back() -> None:
    body = "Hi Sam,\n\nThanks for applying for Line Lead. Are you free to meet on Thursday at 10?"
    assert held_back(Document("Line Lead", body, "jo@foods.example"))
