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


@pytest.mark.parametrize("text", WRITTEN + APART + STILL_READ)
def test_a_refusal_is_read(text: str) -> None:
    assert decision(text), marks(text)


@pytest.mark.parametrize("text", UNREAD)
def test_a_wording_left_unread_stays_unread(text: str) -> None:
    """Kept so that the count in APART's comment stays true."""
    assert not decision(text), marks(text)


@pytest.mark.parametrize("text", TWINS)
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
]


@pytest.mark.parametrize(("subject", "body"), REPLIES)
def test_someone_named_into_the_post_the_reply_names_is_a_choice(subject: str, body: str) -> None:
    assert message_decisions(subject, body)


@pytest.mark.parametrize(("subject", "body"), NOT_REPLIES)
def test_someone_named_into_another_post_or_as_news_is_no_choice(subject: str, body: str) -> None:
    assert not message_decisions(subject, body)
