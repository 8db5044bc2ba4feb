"""Issue 11, sixty-fourth pass, first round: the kinds read slices 179 and 180 missed, in wordings
written apart from the slices.

Read as decisions: the reader's name or application going no further or dropped from
consideration; a public body's list passed on without the reader; no listing after a result; a
call against an offer; a place withheld; "…; you're out" and "… and you're left off" after a
break; a post closing for the reader; someone else got it or takes a title; a post, a bench taken
by someone; a decision read after a portal's quoted label; a thread reply naming the one
appointed who "joins us" soon; and, in five languages, the post gone to another or the
application ending here.

Read as rules, other mail or nothing: the same words about a meeting, a pause, a mistake, the
office, staff news to a team, or a slot taken and another offered."""

from __future__ import annotations

import pytest

from readings import decision, held_as_no_job, marks, message_decisions
from rejectwatch.model import negation

READ = [
    ("Your name goes no further in this competition.", negation.READER_OUT),
    ("Sadly your details will go no further with the client.", negation.READER_OUT),
    ("Your candidacy has now dropped out of the running.", negation.READER_OUT),
    ("This submission has been dropped from consideration.", negation.READER_OUT),
    (
        "The post needs a forklift ticket from day one, so yours leaves the process here.",
        negation.READER_OUT,
    ),
    ("Your rating came below those passed to the selecting panel.", negation.READER_OUT),
    ("Your band sat under those forwarded to the appointing officer.", negation.READER_OUT),
    ("The pass line was 65; hence no place on this panel.", negation.READER_OUT),
    ("The call on Deckhand came out against an offer to you.", negation.READER_OUT),
    ("The panel decided against an offer to you.", negation.READER_OUT),
    ("The committee withheld an apprenticeship place from you this year.", negation.READER_OUT),
    ("The crew for the tour is picked; you're out this time.", negation.READER_OUT),
    ("We chose the quartet for the run, and you were left off the cast.", negation.READER_OUT),
    ("The Deckhand requisition closes for you, sorry.", negation.READER_OUT),
    ("Somebody off the night crew got it; sorry.", negation.CHOSE_OTHER),
    ("The manager says an internal applicant takes Stores Supervisor.", negation.CHOSE_OTHER),
    ("One of our own took the Yard Foreman.", negation.CHOSE_OTHER),
    ("The woodturning bench was taken by a carver from Ruthin.", negation.CHOSE_OTHER),
    (
        'The portal shows Porter as "Closed - Other Candidate Hired", so your file stops here.',
        negation.READER_OUT,
    ),
    # German: the post went to another applicant; for you it stays closed
    (
        "Die Töpferstelle geht an eine andere Bewerberin; für Sie bleibt sie leider verschlossen.",
        negation.CHOSE_OTHER,
    ),
    ("Für Sie bleibt der Platz leider zu.", negation.READER_OUT),
    # Norwegian, Danish: the job went to one from Voss; here it stops for you; our ways part here
    ("Snekkerjobben gikk dessverre til en fra Voss.", negation.CHOSE_OTHER),
    ("Her stopper søknaden for deg.", negation.READER_OUT),
    ("Tak for din tid, men vores veje skilles her.", negation.READER_OUT),
    # Bengali: the shop took another tailor; this application ends right here
    ("দোকান অন্য একজন দর্জিকে নিয়েছে।", negation.CHOSE_OTHER),
    ("এই আবেদনপত্র এখানেই শেষ।", negation.READER_OUT),
    # Thai: this application therefore closes
    ("ครูเลือกคนอื่นแล้ว ใบสมัครนี้จึงปิด ขอบคุณ", negation.READER_OUT),
]
UNREAD = [
    "Your name goes no further than this office, I promise.",
    "Your application has dropped from consideration by mistake; we have restored it.",
    "If yours leaves the process at this stage, we will tell you.",
    "The panel withheld an offer from you until the references came back.",
    "Thanks, and enjoy the weekend; I know you're out of the office.",
    "The 10am slot is taken by another candidate, so could you do 2pm instead?",
    "Someone got it wrong on the rota, sorry.",
    "The booking closes for you at noon on Friday, so please pay by then.",
]


@pytest.mark.parametrize(("text", "token"), READ)
def test_the_kinds_missed_are_read(text: str, token: str) -> None:
    assert token in marks(text)


@pytest.mark.parametrize("text", UNREAD)
def test_the_same_words_elsewhere_stay_unread(text: str) -> None:
    assert not decision(text)


def test_a_thread_reply_naming_the_one_appointed_who_joins_us_is_read() -> None:
    body = (
        "Hi Joss,\n\nLovely to hear from you, and the photos were grand. The trustees have "
        "appointed Mara Quint to the Ferry Hand job; she joins us from the Oban boats in March."
        "\n\nAll best,\nRhona"
    )
    assert negation.CHOSE_OTHER in message_decisions("RE: Re: Ferry Hand - quick one", body)


def test_staff_news_to_a_team_stays_news() -> None:
    body = (
        "Hi all,\n\nThe trustees have appointed Mara Quint to the Ferry Hand job; she joins us "
        "from the Oban boats in March.\n\nRhona"
    )
    assert not message_decisions("RE: Ferry rota", body)


# Second round (slices 181 and 182's misses and one filed receipt)
READ_SECOND = [
    ("Our returning packers took all the places on the line.", negation.CHOSE_OTHER),
    ("Regular hands have claimed every shift this winter.", negation.CHOSE_OTHER),
    ("The packing line is full with last season's crew.", negation.ROLE_GONE),
    ("'Tis a maid from the harbour who's got it.", negation.CHOSE_OTHER),
    ("'Twas a neighbour of ours who got the berth in the end.", negation.CHOSE_OTHER),
    ("A different trainee is getting the role.", negation.CHOSE_OTHER),
    ("The board gave the Harbour Pilot post to Ewan Rae from Stromness.", negation.CHOSE_OTHER),
    (
        "We'll go ahead with people whose kitchen experience matches our menu more closely.",
        negation.CHOSE_OTHER,
    ),
    ("The season's picks leave you out, I'm sorry.", negation.READER_OUT),
    ("Your Data Steward application narrowly missed selection.", negation.READER_OUT),
    ("Review complete; no contract comes your way on this occasion.", negation.READER_OUT),
    ("Your Cold Store Operative application travels no further.", negation.READER_OUT),
    ("Application status changed: removed from consideration.", negation.STATUS_REFUSED),
    ("Your result was 51 per cent against a merit line of 60 per cent.", negation.READER_OUT),
    (
        "Below the pass mark, candidates do not go on to interview; your application ends here.",
        negation.READER_OUT,
    ),
    # Czech: the place was got by a colleague; we therefore close your application
    ("Místo získal kolega z Liberce.", negation.CHOSE_OTHER),
    ("Vaši žádost proto uzavíráme.", negation.READER_OUT),
    # Tamil: another potter has got it
    ("மற்றொரு குயவர் பெற்றுவிட்டார்.", negation.CHOSE_OTHER),
    # Welsh: we have chosen another craftsman; Basque: we gave the post to another candidate
    ("Rydym wedi dewis crefftwr arall.", negation.CHOSE_OTHER),
    ("Lanpostua beste hautagai bati eman diogu.", negation.CHOSE_OTHER),
]
UNREAD_SECOND = [
    "Returning students claimed every seat in the lecture hall for the talk.",
    "It's a friend of mine who got it for me as a present.",
    "Please give the porter job to Jo from the office to cover.",
    "We'll go ahead with people whose availability fits better if you can't make Tuesday.",
    "Your grant application narrowly missed selection.",
    "Sometimes a post ends up filled internally; if that happens, we will write to you.",
]


@pytest.mark.parametrize(("text", "token"), READ_SECOND)
def test_the_second_rounds_kinds_are_read(text: str, token: str) -> None:
    assert token in marks(text)


@pytest.mark.parametrize("text", UNREAD_SECOND)
def test_the_second_rounds_words_elsewhere_stay_unread(text: str) -> None:
    assert not decision(text)


def test_a_receipt_saying_what_sometimes_happens_gives_no_decision() -> None:
    body = (
        "Hello Priya,\n\nThanks for your Lab Porter application. Occasionally a post ends up "
        "filled by a colleague already here; should that happen, we close your application and "
        "tell you. Otherwise you'll hear from us in a fortnight.\n\nPeople Team"
    )
    assert not message_decisions("Application for Lab Porter", body)


# Third round (slices 183 and 184's misses and seven filed receipts)
READ_THIRD = [
    ("Your name is accordingly omitted from the order of merit.", negation.READER_OUT),
    ("Your entry was thus struck from the register.", negation.READER_OUT),
    ("Thanks for asking, but there are no more hires this harvest.", negation.ROLE_GONE),
    ("Picking season's sorted, without you on this occasion.", negation.READER_OUT),
    ("The offer is heading to a different applicant.", negation.CHOSE_OTHER),
    ("The scores are in, so your application with us closes.", negation.READER_OUT),
    ("Your candidature ends before the offer stage.", negation.READER_OUT),
    # Persian: the post went to a teacher; Tagalog: the job has gone to another applicant
    ("این پست به معلمی رسید که سال‌ها اینجا بود.", negation.CHOSE_OTHER),
    ("Ang trabaho ay napunta na sa ibang aplikante.", negation.CHOSE_OTHER),
    # Latvian: a colleague took the place; Bengali: one of our old cooks got the post
    ("Pavāra vietu ieņēma kolēģe no Rīgas.", negation.CHOSE_OTHER),
    ("রাঁধুনির পদটি আমাদের এক পুরনো কর্মী পেয়েছেন।", negation.CHOSE_OTHER),
]
UNREAD_THIRD = [
    "Your name was left off the guest list by mistake; we've added it back.",
    "The car park is full; please use the one on Mill Lane.",
    "আপনি পদটি পেয়েছেন, অভিনন্দন!",
    "Each update shows in your portal as soon as the panel meets: Review, Interview, Offer or "
    "Not selected.",
    "Falls the decision on another applicant, we will write to you.",
    "Three weeks without a shortlisting call means the post went to someone else.",
]


@pytest.mark.parametrize(("text", "token"), READ_THIRD)
def test_the_third_rounds_kinds_are_read(text: str, token: str) -> None:
    assert token in marks(text)


@pytest.mark.parametrize("text", UNREAD_THIRD)
def test_the_third_rounds_words_elsewhere_stay_unread(text: str) -> None:
    assert not decision(text)


def test_a_receipt_listing_what_any_requisition_shows_gives_no_decision() -> None:
    body = (
        "Hello Sam,\n\nYour application for Yard Clerk (req 2231) is in your candidate home. "
        "Stages to come: Received > Review > Interview > Offer; a requisition given to another "
        "person reads Closed - Other Candidate Hired.\n\nTalent Team"
    )
    assert not message_decisions("We've received your application", body)


# Fourth round: a receipt by its subject holds its decisions below filing unless one says a regret
@pytest.mark.parametrize(
    ("subject", "body", "held"),
    [
        (
            "Application received - Yard Porter",
            "Dear Sam,\n\nYour application is in. The Yard Porter role went to another candidate."
            "\n\nCareers",
            True,
        ),
        (
            "We've received your application - Baker",
            "Hi Ana,\n\nLogged! A post taken by someone else closes for everyone else.\n\nJobs",
            True,
        ),
        (
            "Eingangsbestätigung Ihrer Bewerbung",
            "Guten Tag,\n\nDie Stelle ging an einen anderen Bewerber.\n\nPersonal",
            True,
        ),
        (
            "Application received - Yard Porter",
            "Dear Sam,\n\nThanks for applying. Unfortunately the Yard Porter post has already been "
            "filled.\n\nCareers",
            False,
        ),
        (
            "RE: Application received - Yard Porter",
            "Dear Sam,\n\nThe Yard Porter role went to another candidate.\n\nCareers",
            False,
        ),
        (
            "Application received - not successful",
            "Dear Sam,\n\nThe Yard Porter role went to another candidate.\n\nCareers",
            False,
        ),
        (
            "Your application - Yard Porter",
            "Dear Sam,\n\nThe Yard Porter role went to another candidate.\n\nCareers",
            False,
        ),
    ],
)
def test_a_receipt_by_its_subject_holds_its_decisions_without_regret(
    subject: str, body: str, held: bool
) -> None:
    assert message_decisions(subject, body)
    assert held_as_no_job(subject, body) is held


READ_FOURTH = [
    ("Sadly the interview list does without your name this time.", negation.READER_OUT),
    ("The agency has put your CV for Stores Lead on the rejected pile.", negation.READER_OUT),
    ("De manager look at all, an is dem odder we pick.", negation.CHOSE_OTHER),
    (
        "An existing Stockton Tyres staffer won the Fitter vacancy in the internal round.",
        negation.CHOSE_OTHER,
    ),
    ("The recruitment stops here, as does your candidacy.", negation.READER_OUT),
    ("Your entry came just outside the top forty.", negation.READER_OUT),
    ("Your involvement in the selection exercise ends.", negation.READER_OUT),
    ("None remains for you this term, I'm afraid.", negation.READER_OUT),
    ("You're now off the rota for the summer.", negation.READER_OUT),
    ("The picking gang is set with regulars from last year.", negation.ROLE_GONE),
    ("You scored 12 of 30 against a line of 18, so this application ends.", negation.READER_OUT),
    ("Porter (ref 2231): its status now reads Inactive.", negation.READER_OUT),
    # Thai: another applicant got it; we close your application
    ("ตำแหน่งนี้มีผู้สมัครอีกท่านได้ไปแล้ว", negation.CHOSE_OTHER),
    ("ทางเราขอปิดใบสมัครนี้", negation.READER_OUT),
    # Armenian: your application ends here this time
    ("Ձեր դիմումն այս անգամ այստեղ ավարտվում է։", negation.READER_OUT),
    # Welsh: the job has gone to a fisherman; your application comes to an end
    ("Mae'r swydd wedi mynd i bysgotwr o Nefyn.", negation.CHOSE_OTHER),
    # German: a locksmith has taken over the post; for you it comes to nothing
    ("Die Gesellenstelle hat jetzt ein Tischler aus Lübeck übernommen.", negation.CHOSE_OTHER),
    ("Für Sie wird es leider nichts.", negation.READER_OUT),
    # Tamil: a potter got the work; Irish: the post has been given to a woman from Dingle
    ("அந்த வேலையை ஒரு மதுரைக் குயவர் பெற்றார்.", negation.CHOSE_OTHER),
    ("Tá an post tugtha do bhean ón Daingean.", negation.CHOSE_OTHER),
    # Basque: your application will not go ahead; Czech: another applicant got the post
    ("Zure hautagaitzak ez du aurrera egingo.", negation.READER_OUT),
    ("Místo skladníka získala jiná uchazečka.", negation.CHOSE_OTHER),
]
UNREAD_FOURTH = [
    "You're off the hook for Friday's shift, enjoy the break.",
    "The canteen does without sugar on Mondays.",
    "Were the post to go to someone else, your record would turn Inactive and we'd write.",
    "Below the cut-off a results letter comes; above it, an interview call.",
    "Your part in the process ends when you accept the offer.",
    "Every place on the coach is taken, so please drive to the assessment day.",
]


@pytest.mark.parametrize(("text", "token"), READ_FOURTH)
def test_the_fourth_rounds_kinds_are_read(text: str, token: str) -> None:
    assert token in marks(text)


@pytest.mark.parametrize("text", UNREAD_FOURTH)
def test_the_fourth_rounds_words_elsewhere_stay_unread(text: str) -> None:
    assert not decision(text)


def test_a_boards_new_this_week_alert_is_no_job_decision() -> None:
    body = (
        "Hi Jo,\n\nNew this week: Yard Hand (Selby), Driver (Goole). Sorry, the Hessle post is now "
        "closed.\n\nCareers"
    )
    assert held_as_no_job("Two new jobs at Ouse Haulage", body, "jobs@ouse.example")


READ_FIFTH = [
    ("The Deckhand shortlist was made up yesterday without you.", negation.READER_OUT),
    ("Scorecards are in; no offer will come from us.", negation.READER_OUT),
    ("The board have made their choice of Rhian Pugh for the post.", negation.CHOSE_OTHER),
    ("Dey done pick a next fella fuh de Porter job.", negation.CHOSE_OTHER),
    ("De spot done get fill by a girl from Basseterre.", negation.CHOSE_OTHER),
    ("We had a good look, so dis one close now.", negation.READER_OUT),
    (
        "Others fit the rota better, so the Kitchen Porter post went their way.",
        negation.CHOSE_OTHER,
    ),
    ("The dairy role has been handed to a Crymych local.", negation.CHOSE_OTHER),
    ("A woman from Tenby is starting as yard assistant.", negation.CHOSE_OTHER),
    ("The packing shop has its new hire already.", negation.CHOSE_OTHER),
    ("The panel put five forward; you came seventh and below that line.", negation.READER_OUT),
    ("There'll be no milking-parlour interview for you, Sam.", negation.READER_OUT),
    ("The owners give de Bar Lead spot to Jolene Hart, who start Monday.", negation.CHOSE_OTHER),
    # Turkish: someone else was chosen; Hebrew: the post was filled by someone
    ("Pozisyon için başka biri seçildi.", negation.CHOSE_OTHER),
    ("משרת הנהג אוישה על ידי עובד ותיק.", negation.CHOSE_OTHER),
    # Slovenian: another person took the place; we therefore closed your application
    ("Mesto kuharja je že zasedla druga oseba.", negation.CHOSE_OTHER),
    ("Vašo prijavo smo zato zaključili.", negation.READER_OUT),
    # Afrikaans: the job has already got another applicant; so we close your application
    ("Die werk het reeds 'n ander aansoeker gekry.", negation.CHOSE_OTHER),
    ("Ons sluit dus jou aansoek af.", negation.READER_OUT),
    # Serbian: the job has already gone to someone else; your application ends here
    ("Posao vozača je već dobio neko drugi.", negation.CHOSE_OTHER),
    ("Tako da se vaša prijava ovde završava.", negation.READER_OUT),
    # German: another joiner has meanwhile taken over the post; so you get no offer from us
    ("Die Tischlerstelle hat inzwischen ein anderer Geselle übernommen.", negation.CHOSE_OTHER),
    ("Also bekommen Sie kein Angebot.", negation.READER_OUT),
]
UNREAD_FIFTH = [
    "The task was handed to a colleague in HR for the paperwork.",
    "The ticket was handed to a volunteer at the gate.",
    "If there'll be no interview for you in Leeds, we'll book one online.",
    "Once the shortlist is drawn up without bias, we will write to every applicant.",
    "There will be no second round of questions for you to answer, thank you.",
]


@pytest.mark.parametrize(("text", "token"), READ_FIFTH)
def test_the_fifth_rounds_kinds_are_read(text: str, token: str) -> None:
    assert token in marks(text)


@pytest.mark.parametrize("text", UNREAD_FIFTH)
def test_the_fifth_rounds_words_elsewhere_stay_unread(text: str) -> None:
    assert not decision(text)
