"""Issue 11, sixty-third pass, first round: the kinds read slices 169 and 170 missed, in wordings
written apart from the slices.

Read as decisions: the reader's application named with its post and stopping before a later
phase, resting, closing or finishing there; a decision to stop it; the screen ending there as a
consequence; the sender managing without the reader as a consequence; a rival candidate plumped
for; a name fallen off the list, or a list drawn up with the reader off it; the reader's form
short of a final number; the crew made full by others; and, in eleven languages, the
application closing here or the place taken by another.

Read as rules, other mail or nothing: the same words about a meeting, a deadline, a mailing
list, the reader's own choice, a crew the reader is on, or the reader named as the one taken."""

from __future__ import annotations

import pytest

from readings import decision, held_as_no_job, marks, message_decisions
from rejectwatch.model import negation
from rejectwatch.model.classifier import held_back
from rejectwatch.model.features import Document

READ = [
    (
        "Having weighed it up, your candidacy for Kiln Setter stops before the next phase.",
        negation.READER_OUT,
    ),
    ("Your application for Night Porter stops before the following stage.", negation.READER_OUT),
    ("The trade card is compulsory, so your application rests there.", negation.READER_OUT),
    ("Your candidature for Deck Fitter concludes here, with thanks.", negation.READER_OUT),
    ("Your candidature ends at our end, sorry.", negation.READER_OUT),
    (
        "After the panel met, the firm chose to stop your application for Tanner.",
        negation.READER_OUT,
    ),
    ("We went over your form and decided to stop it there.", negation.READER_OUT),
    ("Your papers show no forklift ticket, so the sift ends there.", negation.READER_OUT),
    ("The vestry took on a slater they trust, so we'll manage without you.", negation.READER_OUT),
    ("Our client has plumped for a rival candidate for the Bay Lead post.", negation.CHOSE_OTHER),
    ("The yard has gone for a rival applicant from Hull.", negation.CHOSE_OTHER),
    ("I'm sorry, but your name dropped off the shortlist at the last sift.", negation.READER_OUT),
    ("The interview list has been finalised and you are off it.", negation.READER_OUT),
    (
        "Your form was read twice; this round it fell short of the final thirty.",
        negation.READER_OUT,
    ),
    ("Three Mousehole lads have the bunks now, and that's the crew full.", negation.ROLE_GONE),
    # Croatian: your candidacy is hereby closed; the place went to a master from Rab
    ("Vaša kandidatura ovime se zatvara.", negation.READER_OUT),
    ("Mjesto stolara dobio je majstor s Raba.", negation.CHOSE_OTHER),
    # Albanian: your application ends with this; a tailor from Berat took the place
    ("Aplikimi juaj përfundon me kaq.", negation.READER_OUT),
    ("Vendin e rrobaqepëses e zuri një zonjë nga Berati.", negation.CHOSE_OTHER),
    # Irish: your application stops there; the post went to a carpenter from Tralee
    ("Mar sin stopann d'iarratas ansin.", negation.READER_OUT),
    ("Chuaigh an post chuig siúinéir as Trá Lí.", negation.CHOSE_OTHER),
    # Basque: your candidacy ends with this; a baker from Azpeitia has got the post
    ("Zure hautagaitza honekin bukatzen da.", negation.READER_OUT),
    ("Okin lanpostua Azpeitiko emakume batek lortu du.", negation.CHOSE_OTHER),
    # Tamil: your application ends here
    ("உங்கள் விண்ணப்பம் இங்கே முடிவடைகிறது.", negation.READER_OUT),
    # Swahili: your application ends there; a mason from Tanga got the place
    ("Kwa hiyo ombi lako linaishia hapo.", negation.READER_OUT),
    ("Fundi mwashi wa Tanga ndiye aliyepata nafasi hiyo.", negation.CHOSE_OTHER),
    # Hungarian: we now close your application
    ("Jelentkezését most lezárjuk.", negation.READER_OUT),
    # Bulgarian: your application ends here; we chose a person from Kazanlak for the season
    ("Молбата Ви приключва тук.", negation.READER_OUT),
    ("Избрахме човек от Казанлък за сезона.", negation.CHOSE_OTHER),
    # Amharic: your application ends here; a specialist has taken it
    ("ማመልከቻዎ በዚህ ያበቃል።", negation.READER_OUT),
    # Yoruba: we have chosen another applicant; we will not go on with your application
    ("A ti yan olùbéèrè mìíràn fún ipò náà.", negation.CHOSE_OTHER),
    ("A kò ní tẹ̀síwájú pẹ̀lú ìbéèrè yín.", negation.READER_OUT),
    # Spanish: your candidacy stays out this year; the places are already held by two neighbours
    ("Su candidatura se queda fuera este año.", negation.READER_OUT),
    ("Las plazas ya las ocupan dos vecinas de Mora.", negation.CHOSE_OTHER),
]

UNREAD = [
    # a meeting, a deadline, a pending check, the reader's own choice
    "Your application rests there until the panel meets on Monday.",
    "Your application rests with the hiring manager now.",
    "Applications open now and yours closes today at five, so finish the form.",
    "Since you chose to end your application, we have closed the file as asked.",
    "The survey closes before the next phase begins, so please reply soon.",
    "I'm off on Friday, so we'll manage without you on the rota for once? No, we need you.",
    "We went for another round of coffee after the open day.",
    # a mailing list, a crew the reader is on, the reader's own number
    "Your name fell off the mailing list, so we have added it again.",
    "The interview list is drawn up, and you are on it for Tuesday.",
    "That's the crew full for Friday's shift, see you at six.",
    "That's the crew full, and you're on it!",
    "Two of the five tasks are done; it falls short of the final version still.",
    # the reader named as the one taken, or the application not to stay out
    "Mjesto stolara dobili ste vi, čestitamo!",
    "Para que su solicitud no se quede fuera, envíe el formulario hoy.",
    "Su solicitud no se queda fuera: la hemos recibido.",
    # Swahili: the one who got the place is you
    "Wewe ndiye uliyepata nafasi hiyo, hongera!",
]


@pytest.mark.parametrize(("text", "token"), READ)
def test_the_kinds_missed_are_read(text: str, token: str) -> None:
    assert token in marks(text)


@pytest.mark.parametrize("text", UNREAD)
def test_the_same_words_elsewhere_stay_unread(text: str) -> None:
    assert not decision(text)


@pytest.mark.parametrize(
    ("body", "read"),
    [
        (
            "Hi Ola,\n\nSift result, Crane Banksman: 14 of 30. Interview threshold: 21.\n\nRegards",
            True,
        ),
        ("Hi Ola,\n\nTest result, Ward Clerk: 52%. Pass mark: 65%.\n\nRegards", True),
        # a pass, or a line of a bar's own figure, is no refusal
        (
            "Hi Ola,\n\nSift result, Crane Banksman: 24 of 30. Interview threshold: 21.\n\nRegards",
            False,
        ),
        ("Hi Ola,\n\nAverage result, Ward Clerk: 52%. Pass mark: 65%.\n\nRegards", False),
    ],
)
def test_a_result_line_naming_the_post_below_the_cut_is_read(body: str, read: bool) -> None:
    assert (negation.READER_OUT in message_decisions("Your result", body)) is read


# Second round: the kinds read slices 171 and 172 missed, in wordings written apart from them
READ_SECOND = [
    ("The selection board turned your application down, I'm sorry to say.", negation.READER_OUT),
    ("The yard has turned your CV down.", negation.READER_OUT),
    ("Your candidacy there halts at that point.", negation.READER_OUT),
    ("The saddlery vacancy is now held by a Keswick leatherworker.", negation.CHOSE_OTHER),
    ("Glasshouse post: taken by an applicant with nursery years.", negation.CHOSE_OTHER),
    ("Unfortunately Tarn Freight cannot offer you Transport Planner.", negation.READER_OUT),
    ("Sadly Fenwick Mills is unable to offer you Loom Technician.", negation.READER_OUT),
    ("De boss pick a man from Mandeville who work di kiln before.", negation.CHOSE_OTHER),
    ("We'll be leaving your application there this round.", negation.READER_OUT),
    ("Your candidacy for the Sous Chef role has been shut.", negation.READER_OUT),
    # Serbian: the place fell to a woman from Čačak; Slovenian: a pensioner got the place
    ("Mesto kuvara pripalo je ženi iz Čačka.", negation.CHOSE_OTHER),
    ("Mesto peka je dobila upokojenka iz Kranja.", negation.CHOSE_OTHER),
    # Estonian: a woman from Tartu got the place; Icelandic: a man from Akureyri got the job
    ("Kokaabi koha sai naine Tartust.", negation.CHOSE_OTHER),
    ("Starfið hlaut maður frá Akureyri.", negation.CHOSE_OTHER),
    # Finnish: the place went to a baker from Oulu
    ("Paikka meni lopulta oululaiselle leipurille.", negation.CHOSE_OTHER),
    # Urdu: the post was handed to an experienced mason
    ("یہ عہدہ ایک تجربہ کار مستری کو سونپا گیا۔", negation.CHOSE_OTHER),
    # Bengali: we have chosen another worker; your application will not go further
    ("আমরা অন্য একজন অভিজ্ঞ কর্মীকে বেছে নিয়েছি।", negation.CHOSE_OTHER),
    ("দুঃখিত, আপনার আবেদনটি আর এগোবে না।", negation.READER_OUT),
    # Thai: the shop chose a craftsman with experience from another shop
    ("ทางร้านเลือกช่างจากร้านเชียงใหม่ที่ทำงานมานาน", negation.CHOSE_OTHER),
]

UNREAD_SECOND = [
    # a loan, a flat, a refusal denied
    "The bank turned your loan application down last week.",
    "They turned you down for the flat, so try the other agent.",
    "They didn't turn you down; the panel simply needs one more reference.",
    # a meeting or a room held, the reader holding the post
    "The boardroom is now held by a training session until noon.",
    "The Site Lead post is now held by you from Monday, congratulations.",
    # a refund, parking, a later slot
    "Sadly we cannot offer you parking on the day.",
    "We cannot offer you a later slot, so please keep Tuesday.",
    "We pick you from all the Black River applicants!",
    "We're leaving your application there until the panel meets on Friday.",
    "Your parcel locker was shut for the holiday.",
    # Serbian: the place fell to you; Estonian: you got the place; Icelandic: you got the job
    "Mesto kuvara pripalo je vama, čestitamo!",
    "Koha sai teie, palju õnne!",
    "Starfið fékk þú, til hamingju!",
    # Thai: the manager chose you
    "ผู้จัดการเลือกคุณจากผู้สมัครทั้งหมด",
]


@pytest.mark.parametrize(("text", "token"), READ_SECOND)
def test_the_second_rounds_kinds_are_read(text: str, token: str) -> None:
    assert token in marks(text)


@pytest.mark.parametrize("text", UNREAD_SECOND)
def test_the_second_rounds_words_elsewhere_stay_unread(text: str) -> None:
    assert not decision(text)


@pytest.mark.parametrize(
    ("body", "held"),
    [
        ("Hi Jo,\n\nThe yard offered it to an older hand. Good fortune go with you.\n\nAl", False),
        ("Hi Jo,\n\nThe post went to another smith. Luck go with you.\n\nAl", False),
        ("Hi Jo,\n\nGreat news: we have decided to go with you for the post.\n\nAl", True),
    ],
)
def test_a_blessing_is_no_offer(body: str, held: bool) -> None:
    assert held_back(Document("Your application", body, "al@yard.example")) is held


# Third round: the kinds read slices 173 and 174 missed or filed, in wordings written apart
READ_THIRD = [
    (
        "Your Kiln Operator application with Burslem Tileworks was unsuccessful.",
        negation.READER_OUT,
    ),
    ("Packer: your form came short of the panel.", negation.READER_OUT),
    ("The permit was missing, so the file closes here.", negation.READER_OUT),
    (
        "Your written test for Surveyor came out at 12 of 30, "
        "while this year's line for interview sat at 18.",
        negation.READER_OUT,
    ),
    ("The application therefore rests at this stage.", negation.READER_OUT),
    ("Honest answer: your name's nowt on the list for Monday's interviews.", negation.READER_OUT),
    ("The boat's crewed; nae room for anyone else.", negation.ROLE_GONE),
    ("The owner is going ahead with others for the post.", negation.CHOSE_OTHER),
    ("Requisition 4410: a hire has been made.", negation.ROLE_GONE),
    ("Your candidate profile has moved to Inactive.", negation.READER_OUT),
    ("A different applicant landed Stores Supervisor.", negation.CHOSE_OTHER),
    ("The certificate sent to the selecting official lacked your name.", negation.READER_OUT),
    ("Bad news, Jo: no interview.", negation.READER_OUT),
    ("After the panel, we'll pass on making an offer.", negation.READER_OUT),
    ("The partners are passing on Junior Planner for you.", negation.READER_OUT),
    ("A few others' site time sat nearer the brief, so those folk go on.", negation.CHOSE_OTHER),
    (
        "Regrettably we were unable to accept your application on this occasion.",
        negation.READER_OUT,
    ),
    ("Your application for Cook was not taken up after review.", negation.READER_OUT),
    # Thai: someone else has got the post already
    ("ตำแหน่งพนักงานขายมีคนอื่นได้ไปแล้ว", negation.CHOSE_OTHER),
    # Hindi: the post went to a teacher from Ajmer; your application stops here
    ("रसोइये का पद अजमेर वाली दीदी को मिला है।", negation.CHOSE_OTHER),
    ("आपकी अर्ज़ी यहीं रुकती है।", negation.READER_OUT),
    # Yoruba: the post has gone to a woman from Oyo; your application stops here
    ("Ipò olùkọ́ náà ti lọ sọ́dọ̀ obìnrin kan láti Ọ̀yọ́.", negation.CHOSE_OTHER),
    ("Ìbéèrè rẹ dúró síbí.", negation.READER_OUT),
    # Georgian: the place fell to a cook from Kutaisi; your application ends here
    ("მზარეულის ადგილი ქუთაისელ კაცს ერგო.", negation.CHOSE_OTHER),
    ("თქვენი განაცხადი აქ სრულდება.", negation.READER_OUT),
    # Armenian: your application stops here
    ("Ձեր դիմումը այստեղ կանգ է առնում։", negation.READER_OUT),
    # Albanian: the place went to a baker from Korça; your request stops here
    ("Vendi i furrtarit i shkoi një burri nga Korça.", negation.CHOSE_OTHER),
    ("Kërkesa juaj ndalet këtu.", negation.READER_OUT),
    # Tamil: the post has gone to someone who knows the trade
    ("அந்த வேலை தொழில் தெரிந்த ஒருவருக்கு வழங்கப்பட்டது.", negation.CHOSE_OTHER),
    # Swedish: the post goes to a welder; your application ends here
    ("Svetsartjänsten går till en svetsare från Luleå.", negation.CHOSE_OTHER),
    ("Din ansökan stannar här, tack.", negation.READER_OUT),
]

UNREAD_THIRD = [
    "Your written test for Surveyor came out at 24 of 30, "
    "while this year's line for interview sat at 18.",
    "The application rests at this stage until the references arrive.",
    "There's no room for another car in the yard, so park on the street.",
    "A hire has been made? Not yet, the panel meets Friday.",
    "Your record moves to Active once you sign in.",
    "If the list lacked your name, tell us and we'll add it.",
    "We cannot accept your application by email; please use the portal this time.",
    "The decision is not taken yet; we meet on Friday.",
    "Wel of niet geselecteerd, je hoort binnen twee weken van ons.",
    "Over the weeks your portal can show Received, Interview, Offer, "
    "or Closed - filled by another applicant.",
    "The Data Analyst requisition is paused for the budget. Your application stays on file; "
    "an update follows when it reopens.",
    "Form received. No call by the closing date? Take it we're going ahead with others.",
    # Hindi: the cook's post application reached the office
    "रसोइया पद वाली अर्ज़ी दफ़्तर को मिली।",
    # Hindi: the post went to you; Albanian: the place went to you
    "रसोइये का पद आपको मिला है।",
    "Vendi i furrtarit i shkoi juve!",
]


@pytest.mark.parametrize(("text", "token"), READ_THIRD)
def test_the_third_rounds_kinds_are_read(text: str, token: str) -> None:
    assert token in marks(text)


@pytest.mark.parametrize("text", UNREAD_THIRD)
def test_the_third_rounds_words_elsewhere_stay_unread(text: str) -> None:
    assert not decision(text)


def test_a_legend_of_stages_is_no_refusal() -> None:
    body = (
        "<html><body><p>Dear Ana,</p><table><tr><th>Stage</th><th>Meaning</th></tr>"
        "<tr><td>Logged</td><td>Where you are now</td></tr><tr><td>Closed</td>"
        "<td>Post given to someone else</td></tr></table></body></html>"
    )
    assert not message_decisions("Logged - Porter", body)


# Fourth round: the kinds read slices 175 and 176 missed or filed, in wordings written apart
READ_FOURTH = [
    ("The cohort list was compiled minus your name.", negation.READER_OUT),
    ("The panel closed the shortlist, leaving your name off it.", negation.READER_OUT),
    ("I'm afraid it wasn't shortlisted for interview.", negation.READER_OUT),
    ("That round is where your candidature halts.", negation.READER_OUT),
    (
        "The clinic is now moving with a different candidate for the nurse post.",
        negation.CHOSE_OTHER,
    ),
    ("Ineligible, because the licence has expired.", negation.READER_OUT),
    # Latvian: we chose a candidate with more experience; we will not work further with you
    ("Izvēlējāmies kandidātu ar lielāku pieredzi.", negation.CHOSE_OTHER),
    ("Diemžēl ar jums turpmāk nesadarbosimies.", negation.READER_OUT),
    # Bengali: the owners have taken on a craftsman; the post is now full
    ("মালিক এক অভিজ্ঞ কারিগরকে নিয়োগ দিয়েছেন।", negation.CHOSE_OTHER),
    ("পদটি এখন পূর্ণ।", negation.ROLE_GONE),
]

UNREAD_FOURTH = [
    "The mailing list was rebuilt without your name by mistake; it is fixed now.",
    "If it wasn't picked for interview, you'll hear from us by Friday.",
    "We are moving with another person's diary in mind, so the call is at three.",
    "Ineligible items include batteries and aerosols.",
    # Latvian: we chose you
    "Šoreiz izvēlējāmies jūs!",
]


@pytest.mark.parametrize(("text", "token"), READ_FOURTH)
def test_the_fourth_rounds_kinds_are_read(text: str, token: str) -> None:
    assert token in marks(text)


@pytest.mark.parametrize("text", UNREAD_FOURTH)
def test_the_fourth_rounds_words_elsewhere_stay_unread(text: str) -> None:
    assert not decision(text)


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Heronway: 4 jobs near you",
            "Hi Sam,\n\nNew on Heronway this week: glazier (Leeds), porter (York). Sorry, the "
            "Hull driver job has already closed.\n\nHeronway",
        ),
        (
            "Your alert",
            "Hi Sam,\n\nYour alert caught two fresh jobs: - Baker, Ely - Packer, Soham. Sorry, "
            "last week's Ely post is closed.\n\nFenboard",
        ),
        (
            "Your house-sitting request",
            "Hi Sam,\n\nThanks for offering to sit the farmhouse. Sadly we've accepted another "
            "sitter for the summer.\n\nJo",
        ),
    ],
)
def test_an_alerts_closed_post_and_a_house_sit_are_no_job_decision(subject: str, body: str) -> None:
    assert held_as_no_job(subject, body, "board@jobs.example")


# Fifth round: the kinds read slices 177 and 178 missed or filed, in wordings written apart
READ_FIFTH = [
    ("The panel settled against taking you on to the last round.", negation.READER_OUT),
    (
        "Two hundred applied for six places; this year's places went elsewhere.",
        negation.CHOSE_OTHER,
    ),
    ("Sadly Cellar Hand goes to other applicants, not you.", negation.CHOSE_OTHER),
    ("That job is going to a Conwy thatcher instead.", negation.CHOSE_OTHER),
    ("A few candidates matched our present needs a little more exactly.", negation.CHOSE_OTHER),
    ("No seat on the panel for you this year, sadly.", negation.READER_OUT),
    ("One man out of Spanish Town tek the work, so yours done here.", negation.READER_OUT),
    ("Pastry Cook at Ely: sadly, unsuccessful.", negation.READER_OUT),
    ("Dock Clerk - new status: consideration ended.", negation.READER_OUT),
    # Hindi: your name is not in the list; Amharic: since we chose another person, we are sorry
    ("भर्ती पूरी हो गई है और आपका नाम सूची में नहीं है।", negation.READER_OUT),
    ("ሌላ ሰው ስለመረጥን እናዝናለን።", negation.CHOSE_OTHER),
    # Yoruba: someone else took the post; your application ends here
    ("Ẹlòmíràn ló gba ipò náà.", negation.CHOSE_OTHER),
    ("Ìwé yín parí síbí.", negation.READER_OUT),
    # Tamil: the job went to another; this application ends here
    ("கணக்கர் வேலை இன்னொருவருக்குப் போய்விட்டது.", negation.CHOSE_OTHER),
    ("இந்த விண்ணப்பம் இத்துடன் முடிவடைகிறது.", negation.READER_OUT),
    # Basque: the post has been for another worker; your candidacy stays closed with this
    ("Sukaldari lanpostua beste langile batentzat izan da.", negation.CHOSE_OTHER),
    ("Zure hautagaitza honekin itxita geratzen da.", negation.READER_OUT),
    # Thai: our new cook is another applicant; your application therefore closes
    ("พ่อครัวคนใหม่ของเราเป็นผู้สมัครอีกคน", negation.CHOSE_OTHER),
    ("ใบสมัครของท่านจึงปิดลงตรงนี้", negation.READER_OUT),
]

UNREAD_FIFTH = [
    "Everyone sits a test; applicants below the cut are told by email, the rest get a slot.",
    "We decided against moving the interview to Friday.",
    "The meeting is going to a new room instead.",
    "No seat for you at the table tonight? Ring me and I'll find one.",
    "The panel has appointed a candidate with you in mind as mentor? No, it's you we chose.",
    "Please welcome Joss, who starts Monday in the bakery.",
    # Hindi: your name is in the list
    "आपका नाम सूची में है।",
]


@pytest.mark.parametrize(("text", "token"), READ_FIFTH)
def test_the_fifth_rounds_kinds_are_read(text: str, token: str) -> None:
    assert token in marks(text)


@pytest.mark.parametrize("text", UNREAD_FIFTH)
def test_the_fifth_rounds_words_elsewhere_stay_unread(text: str) -> None:
    assert not decision(text)


def test_a_reply_naming_the_one_chosen_who_starts_soon_is_read() -> None:
    body = (
        "Hi Ana,\n\nThanks for a lovely conversation last week.\n\nThe committee has chosen a "
        "candidate with ten years on the wards, who starts next month.\n\nBest,\nKit"
    )
    assert negation.CHOSE_OTHER in message_decisions("RE: [EXT] Re: our chat", body)


def test_a_boards_weekly_alert_new_at_is_no_job_decision() -> None:
    body = (
        "Hi Sam,\n\nNew at Gullwick this week: Porter (Wick), Cook (Thurso). Sorry, the Lybster "
        "post closed early.\n\nGullwick Jobs"
    )
    assert held_as_no_job("Gullwick jobs this week", body, "jobs@gullwick.example")
