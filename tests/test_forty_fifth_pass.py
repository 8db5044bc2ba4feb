"""Forty-fifth pass (issue 11): blind slice 60's misses and the other mail it filed, read as
kinds and written for the kind (rejectwatch.model.others_named; others_starting and
things_refused for the rest).

Each kind has two sets of wordings: WRITTEN, the ones the readings were written from, and
APART, written before the readings and not changed to suit them; those of APART left unread
are kept in UNREAD, with why. TWINS must stay unread. REPLIES and NOT_REPLIES are whole
messages: someone named into the post a reply's subject names is a choice, the same sentence
as staff news, about another post, a welcome or the reader is none. Every message is written
for these tests."""

from __future__ import annotations

import pytest

from readings import decision, marks, message_decisions
from rejectwatch.model.classifier import held_back
from rejectwatch.model.features import Document

WRITTEN = [
    "My tita's daughter will be the one helping in the kitchen starting next week.",
    "Our neighbour's son will be the one doing the deliveries this summer.",
    "We will not be needing a kusinera anymore.",
    "We don't need a kitchen helper any more.",
    "We no longer need anyone for the Saturday stall.",
    "So we won't be needing an extra pair of hands after all.",
    "My comadre's daughter start to knot the hamaca fringes with us last week and she do it "
    "very good, so we are complete now.",
    "My cousin's son started with us last week, so we are full now.",
    "Ravi joined the kitchen on Monday, so we're fully staffed now.",
    "The makers chose Daniel from the big house, he steamed the last kerfed planks with them.",
    "We chose Daniel from the village, who has worked with us before.",
    "The committee has chosen Ruth Amankwah, who ran the youth section for years.",
    "Für Sie geht es hier deshalb nicht weiter.",
    "Für Sie geht es im Verfahren leider nicht weiter.",
    "Die Stelle bekommt eine Schnitzerin, die bei uns seit zwei Wintern Kurse gibt.",
    "Den Ausbildungsplatz bekommt ein Schreiner, der schon bei uns aushilft.",
    "Ficámos com um rapaz que já trabalhava connosco no verão, por isso não seguimos com a sua "
    "candidatura.",
    "Não seguimos com a sua candidatura.",
    "Ficámos com uma senhora que já conhecia a oficina.",
]
# ... written apart (13 of 14 read, the one left in UNREAD; 2 of them read before this pass)
APART = [
    "Her nephew will be the one covering the weekend shifts now.",
    "The family has decided they no longer need a nanny.",
    "We won't be needing another driver anymore, sorry.",
    "I do not need a helper at the stall any longer.",
    "My wife's niece began at the counter this week, so we are complete.",
    "Our neighbour's boy came on at the yard last Friday and the crew is full now.",
    "In the end the elders selected Moana from the north shore, she has carved with them since "
    "she was small.",
    "They settled on Jomo, who drove for the co-op last year.",
    "Für Sie geht es an dieser Stelle leider nicht weiter.",
    "Mit Ihrer Bewerbung geht es leider nicht weiter.",
    "Die Stelle erhält eine Tischlerin, die wir aus dem Verein kennen.",
    "Desta vez não avançamos com o seu processo.",
    "Ficamos com outra pessoa, que mora aqui ao lado.",
]
UNREAD = [
    # "is going to be the one": the one who will do the work, told with a future the readings
    # of kin starting do not take ("is going to" opens plans of every kind)
    "My cousin's girl is going to be the one minding the till from next week.",
    # driving is a journey as often as the work ("my son will be the one driving us home")
    "My brother-in-law will be the one driving the van from Monday.",
]
TWINS = [
    "My sister will be the one picking you up from the station.",
    "My son will be the one cooking dinner tonight.",
    "We will not be needing your passport anymore.",
    "You won't be needing a coat for the interview.",
    "We no longer need a reference from your previous employer.",
    "If Ana stays, we won't be needing a cook anymore.",
    "We will no longer need a lift to the station.",
    "We don't need any more forms from you.",
    "My daughter started school last week, so we are complete now.",
    "My cousin started the marathon training, so we are all set for Sunday.",
    "The course started last week, so we are full now.",
    "My son started with us last week, so we are full for the party.",
    "My nephew joined the choir, so we are full now.",
    "Our neighbour's boy started at the new school, so we're sorted.",
    "My husband started his new job, so we're set now.",
    "Ravi joined the call a minute ago, so we are all set now.",
    "We chose Daniel from the big house to read at the wedding.",
    "The kids chose Daniel from the list as captain for Saturday's match.",
    "We chose Priya from the shortlist to interview on Monday.",
    "You chose Daniel from the big house as your referee.",
    "Für Sie geht es nach dem Gespräch weiter mit einem Probetag.",
    "Wenn die Unterlagen fehlen, geht es für Sie nicht weiter.",
    "Die Stelle bekommt einen neuen Zuschnitt, der im Januar gilt.",
    "Für Sie geht es weiter: wir laden Sie zum Gespräch ein.",
    "Ficámos com a sua morada para enviar o contrato.",
    "Ficámos com uma boa impressão da entrevista e queremos marcar a segunda fase.",
    "Seguimos com a sua candidatura para a próxima fase.",
    "Se não recebermos os documentos, não seguimos com a sua candidatura.",
    # a home let or sold, told as "it" (things_refused): no job refused
    "Its owner has signed with somebody else, so it's let.",
    "The two-bed has gone to another couple, it's let from the first.",
    "We had lots of interest and it's now let, sorry.",
    "The vendor has accepted another offer, so it's sold.",
]
# ... and a job's refusal beside the same words stays read
STILL_READ = [
    "The owner has signed with somebody else for the kitchen job.",
    "We have let the role go to another applicant.",
]


# Second round: blind slice 61's misses (the cut told as where it sat or where a line was drawn,
# a bare mark set against it, the candidature stopping "accordingly", no interview following
# for the post; no gap for a new player; the work taken so it is hers; the place given, told
# object first; kin with an age before the kin word; Russian, Thai and Vietnamese shapes)
WRITTEN_SECOND = [
    "You scored 19 out of 40, where the cut for interviews sat at 28.",
    "With that mark no interview follows for this vacancy.",
    "You scored 24 out of 50 and the interview line was drawn at 33.",
    "You obtained 41 against the qualifying mark of 48 out of 80.",
    "Your candidature accordingly stops before the interview.",
    "Every date on the list has been booked by couples asking for Hank by name, so there's no "
    "gap for a new player this year.",
    "There is no room for a new player this season.",
    "Our longest volunteer, Dawn, has said she'll take the paid Wednesday shift, so it's hers.",
    "The place of helper in the comedor we give to the goddaughter of my mother, she work with "
    "us already in the weekends.",
    "My younger sister just finished her NYSC and she will be the one assisting me in the shop "
    "from next week.",
    "Место ученика мы в итоге отдали выпускнице местного училища, которая уже полгода помогает "
    "нам грунтовать подносы.",
    "หลังจากปรึกษากันแล้ว ทางเราตัดสินใจรับน้องในหมู่บ้านที่มาช่วยงานช่วงปิดเทอมไว้แล้วค่ะ",
    "Chỗ làm này chúng tôi đã trao cho con nhà hàng xóm.",
]
# ... written apart, after the readings were drafted and not changed to suit them (13 of 15
# read; the two left are in UNREAD_SECOND)
APART_SECOND = [
    "Your mark was 22 out of 60, and the shortlisting line sat at 31 this round.",
    "Your candidacy consequently ends at the written test stage.",
    "No interview will follow for this post, as the mark fell short.",
    "There is no opening for a new drummer this season.",
    "We have no slots for another new volunteer this year.",
    "Greta asked for the Friday late shift, so it's hers now.",
    "Tomasz accepted the weekend hours and they are his.",
    "The job of cashier we gave to my cousin's wife, she know the shop well.",
    "My eldest daughter will be the one working the till from Monday.",
    "His little brother is taking the Saturday deliveries on now.",
    "Эту должность мы отдали сыну нашего мастера, который давно нам помогает.",
    "ร้านตัดสินใจรับพี่ที่เคยทำงานกับเราแล้ว",
    "Vị trí này chúng tôi đã giao cho một người trong làng.",
]
UNREAD_SECOND = [
    # more than 30 characters between the cut and its number
    "You got 35 out of 70 where the pass mark for the panel stage was set at 42.",
    # "secured" is not among the verbs that give the reader's score before a cut
    "You secured 52 against the qualifying score of 60.",
]
TWINS_SECOND = [
    "You scored 34 out of 40, where the cut for interviews sat at 28.",
    "You obtained 55 against the qualifying mark of 48.",
    "The interview line will be drawn at 33 once all tests are marked.",
    "Your candidature accordingly moves to the interview.",
    "No interview follows for this vacancy: offers are made on the test alone, and yours passed.",
    "There's no gap for a new player to warm up before the match.",
    "There is no room for a new car in the yard.",
    "Dawn took the last slice of cake, so it's hers.",
    "Ana wanted the Saturday shift, so it's hers, and we would like you on Sundays.",
    "The place of interview we give to you by email tomorrow.",
    "My younger sister will be the one picking you up at the station.",
    "Место в автобусе мы отдали женщине с ребёнком, которая ехала до города.",
    "Chỗ làm này chúng tôi đã giao cho bạn từ thứ Hai.",
]


# Third round: blind slice 62's misses (a public employer's "Notice of Referral Results", the
# reader's name left unreferred; the need gone in Singapore English; the road ending for the
# post; the employer gone for the others' depth; Thai and Hindi shapes)
WRITTEN_THIRD = [
    "Your name stays unreferred.",
    "Auntie's grandson got poly holiday, he will jaga the shop these few months, so no need "
    "anyone already.",
    "That's where it ends for this role.",
    "A few of the pharmacists we met had run rabies course bookings for longer, and for now the "
    "clinic has opted for that depth.",
    "เรื่องตำแหน่งช่างแกะเทียน ทีมงานตกลงกันว่าจะให้พี่ช่างที่แกะต้นเทียนพรรษาให้วัดมาหลายปีเป็นคนทำ "
    "ตำแหน่งนี้จึงมีคนแล้ว ต้องขออภัยด้วย",
    "क्षमा कीजिए, इस दफ़ा आपका नाम नहीं चुना गया।",
]
# ... written apart, after the readings were drafted and not changed to suit them (6 of 6 read;
# of the replies below, 0 of 2)
APART_THIRD = [
    "Your name therefore remains unreferred for this posting.",
    "Boss say already got his nephew, so no need people liao.",
    "That is where your application stops for this vacancy.",
    "Several of the nurses we saw had longer ward experience, and the hospital has gone for that "
    "background.",
    "ตอนนี้ตำแหน่งนี้ได้คนทำแล้วนะคะ",
    "माफ़ कीजिए, आपका आवेदन चुना नहीं गया।",
]
TWINS_THIRD = [
    "Your name stays on the referral list for interview.",
    "No need anyone bring food already, we ordered pizza.",
    "That's where it ends for this role if the checks come back clear.",
    "That's where the office is, at the end of the road.",
    "The clinic has opted for that depth of questions in your interview on Tuesday.",
    "ตำแหน่งนี้ยังไม่มีคนแล้วค่ะ",
    "आपका नाम चुना गया है, बधाई हो।",
]


@pytest.mark.parametrize(
    "text",
    WRITTEN + APART + STILL_READ + WRITTEN_SECOND + APART_SECOND + WRITTEN_THIRD + APART_THIRD,
)
def test_a_refusal_is_read(text: str) -> None:
    assert decision(text), marks(text)


@pytest.mark.parametrize("text", UNREAD + UNREAD_SECOND)
def test_a_wording_left_unread_stays_unread(text: str) -> None:
    """Kept so that the count in APART's comment stays true."""
    assert not decision(text), marks(text)


@pytest.mark.parametrize("text", TWINS + TWINS_SECOND + TWINS_THIRD)
def test_the_twin_gets_no_decision(text: str) -> None:
    assert not decision(text), marks(text)


# someone named into the post the reply's subject names: WRITTEN, then APART (5 of 5 read)
REPLIES = [
    (
        "RE: [EXT] RE: Development Coordinator",
        "The board confirmed Shelby Nakamura as our Development Coordinator on Monday; she "
        "starts with fall registration.",
    ),
    (
        "Re: Fixtures Secretary",
        "The committee voted on Tuesday and Hilary Denyer will be our Fixtures Secretary for the "
        "coming season.",
    ),
    (
        "Re: Volunteer Manager",
        "We've appointed Dario Ruiz as our Volunteer Manager; he starts in March.",
    ),
    ("RE: Head Groundsman", "Callum Reid takes over as Head Groundsman from 1 May."),
    ("Re: Treasurer", "At the AGM the members elected Bronwyn Hale as Treasurer."),
    (
        "Re: Bar Manager",
        "After a long chat on Thursday the owners named Keira Walsh as our Bar Manager.",
    ),
    ("Re: Stage Manager", "Tomasz Nowak will be the Stage Manager for the winter tour."),
    (
        "RE: Programme Lead",
        "Following the panel, Aisha Karim has been confirmed as Programme Lead.",
    ),
    ("Re: Head Chef", "Marco Bellini steps in as our Head Chef next month."),
    ("Re: Club Secretary", "The committee has co-opted Janet Ives as Club Secretary."),
    # second round: the post taken by its title (written, then apart: 2 of 2 read)
    (
        "RE: [EXT] Re: Junior Development Coach",
        "The committee met Sunday and Arvid is taking the Junior Development Coach role from the "
        "first game of the season.",
    ),
    (
        "RE: [EXT] Re: Kit Manager",
        "Following the vote, Priya Raman will take on the Kit Manager role from August.",
    ),
    ("Re: Assistant Coach", "Femi got the Assistant Coach position after the trial evening."),
    # third round: someone named who is the post now
    (
        "RE: [EXT] Re: Match-Day Production Manager",
        "The board voted and Dominique Harlan is our Match-Day Production Manager, from the fall "
        "fixtures.",
    ),
]
# ... the third round's replies written apart and left unread: a post named "Head of ..." ends
# on its field, not on a post's head word; "now" after the post is not where a reading ends it
REPLIES_UNREAD = [
    ("Re: Head of Catering", "After the vote, Joanne Price is our Head of Catering from March."),
    ("Re: Youth Coordinator", "Tariq's our Youth Coordinator now, as of the last meeting."),
]
NOT_REPLIES = [
    ("Team news", "Shelby Nakamura will be our Development Coordinator from Monday."),
    (
        "Re: Development Coordinator",
        "Shelby Nakamura will be our Recruitment Coordinator and will set up your interview.",
    ),
    (
        "Re: Development Coordinator",
        "Shelby Nakamura, our Development Coordinator, will interview you on Monday.",
    ),
    ("Re: Treasurer", "The members elected you as Treasurer at the AGM."),
    (
        "Re: Fixtures Secretary",
        "Hilary Denyer will be our Fixtures Secretary until the AGM, and we will interview for "
        "the post in May.",
    ),
    ("Re: Stage Manager", "Tomasz Nowak will be the Stage Manager you work with on the tour."),
    ("Re: Head Chef", "Please welcome Marco Bellini, who steps in as our Head Chef next month."),
    (
        "Re: Bar Manager",
        "The owners named Keira Walsh as our Operations Manager last year, and she will meet you "
        "on Friday.",
    ),
    ("Re: Bar Manager", "Keira Walsh will be the Bar Manager's deputy."),
    (
        "Team news",
        "Arvid is taking the Junior Development Coach role from the first game of the season.",
    ),
    (
        "Re: Junior Development Coach",
        "Arvid is taking the Goalkeeping Coach role, and you are our Junior Development Coach.",
    ),
    (
        "Re: Junior Development Coach",
        "You are taking the Junior Development Coach role from the first game.",
    ),
    ("Re: Production Manager", "Sam is our current Production Manager, moving to Leeds in June."),
    (
        "Re: Production Manager",
        "Dominique Harlan is our Production Manager and would like to meet you on Friday.",
    ),
    (
        "Staff news",
        "Dominique Harlan is our Match-Day Production Manager, from the fall fixtures.",
    ),
    ("Re: Production Manager", "Dominique Harlan is our Finance Manager, from the fall fixtures."),
]


@pytest.mark.parametrize(("subject", "body"), REPLIES)
def test_someone_named_into_the_post_the_reply_names_is_a_choice(subject: str, body: str) -> None:
    assert message_decisions(subject, body)


@pytest.mark.parametrize(("subject", "body"), NOT_REPLIES + REPLIES_UNREAD)
def test_someone_named_into_another_post_or_as_news_is_no_choice(subject: str, body: str) -> None:
    assert not message_decisions(subject, body)


def test_the_reader_named_as_the_choice_is_held_below_filing() -> None:
    """Second round: slice 61's offer "You're the committee's choice for Equipment Officer"
    scored above the decided threshold and the guard did not hold it (guard_shapes)."""
    offer = Document(
        "RE: [EXT] Re: Equipment Officer",
        "Hi Wiremu,\n\nYou're the committee's choice for Equipment Officer from the start of "
        "the season. Unfortunately the ice time has moved to 6am on Saturdays.\n\nGethin",
        "gethin@bandy.example",
    )
    refusal = Document(
        "RE: [EXT] Re: Equipment Officer",
        "Hi Wiremu,\n\nAnother member was the committee's choice for Equipment Officer.\n\nGethin",
        "gethin@bandy.example",
    )
    assert held_back(offer)
    assert not held_back(refusal)


@pytest.mark.parametrize(
    "text",
    [
        # a favour or a day's help called off, not a post (twins of earlier passes' kinds)
        "We don't need anyone after all, the caterers cancelled the party.",
        "We no longer need anyone for the party.",
        "I won't need anyone Saturday after all, enjoy the lie-in.",
    ],
)
def test_help_called_off_is_no_need_gone(text: str) -> None:
    assert not decision(text), marks(text)


def test_a_public_employers_referral_results_are_the_readers_own() -> None:
    """Third round: "Notice of Referral Results" had read as mail about someone the reader
    referred (negation._ABOUT_OTHER), so no status in it was the reader's."""
    assert message_decisions(
        "Notice of Referral Results – Parks Labourer",
        "Dear Ronan,\n\nThe personnel office has completed the scoring for Parks Labourer. The "
        "seven top eligible scores were passed to the hiring department; yours fell below that "
        "group, so your name stays unreferred.",
    )
    for subject, body in [
        (
            "Your referral results",
            "Thanks for referring a friend. The friend you referred was not selected for the "
            "barista role.",
        ),
        (
            "Referral results",
            "The candidate you referred, Ama Owusu, was not selected for the barista role.",
        ),
    ]:
        assert not message_decisions(subject, body)
