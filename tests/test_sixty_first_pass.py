"""Issue 11, sixty-first pass, first round: the kinds read slices 151 and 152 missed, in wordings
written apart from the slices. Read as decisions: the reader's profile, CV or candidature
declined by a party ("the client has turned down your CV"); a candidature discontinued
("management has resolved to discontinue your candidature"); the post "fulfilled" ("the
position has been fulfilled", a status "Requisition Fulfilled"); and, in Hungarian,
French, Latvian, Lithuanian, Polish and Bengali, the post gone to another or the reader's
application ended. A post whose title holds a loan's or a credit's word ("your application for
Loan Officer") is a job. Read as nothing: a request, a subscription or an order, a requirement
fulfilled, a conditional, the reader's own withdrawal, and a loan refused."""

from __future__ import annotations

import pytest

from readings import decision, gate, held_as_no_job, marks, message_marks
from rejectwatch.model import negation

READ = [
    ("The client has turned down your CV for the site engineer role.", negation.READER_OUT),
    ("Our hiring manager has rejected your résumé.", negation.READER_OUT),
    ("I'm sorry to say the practice has declined your profile.", negation.READER_OUT),
    ("The panel passed over your candidacy for this intake.", negation.READER_OUT),
    ("After review the board has decided to discontinue your candidature.", negation.READER_OUT),
    ("We are discontinuing your application for Night Auditor.", negation.READER_OUT),
    ("Your candidacy for the bursar post has been discontinued.", negation.READER_OUT),
    ("We regret to inform you that the position has been fulfilled.", negation.ROLE_GONE),
    ("The Junior Surveyor vacancy was fulfilled internally last week.", negation.ROLE_GONE),
    ("Candidate record now shows: Requisition Fulfilled", negation.ROLE_GONE),
    # Hungarian: we chose another carpenter; we cannot employ you
    ("Végül egy másik asztalost választottunk.", negation.CHOSE_OTHER),
    ("Sajnos ezúttal nem tudjuk Önt alkalmazni.", negation.READER_OUT),
    # French: for you it is no
    ("Après l'essai d'hier, pour vous c'est hélas non.", negation.READER_OUT),
    ("Merci pour votre visite, mais c'est malheureusement non pour vous.", negation.READER_OUT),
    # Latvian: the job went to a baker; your application stays without a sequel
    ("Darbu maiznīcā saņēma maiznieks no Cēsīm.", negation.CHOSE_OTHER),
    ("Diemžēl jūsu kandidatūra paliek bez turpinājuma.", negation.READER_OUT),
    # Lithuanian: the place went to a carver; your application will not be considered further
    ("Vietą dirbtuvėje gavo drožėjas iš Kauno.", negation.CHOSE_OTHER),
    ("Jūsų paraiška toliau nebus svarstoma.", negation.READER_OUT),
    # Polish: the job went to a joiner; we close your candidature
    ("Pracę w warsztacie dostał stolarz z Radomia.", negation.CHOSE_OTHER),
    ("Dlatego zamykamy Pani kandydaturę.", negation.READER_OUT),
    # Bengali: the post went to another; you were not taken on this time
    ("চাকরিটা পেলেন আমাদের পাড়ার এক দর্জি।", negation.CHOSE_OTHER),
    ("আপনাকে এবার নেওয়া হল না।", negation.READER_OUT),
]

UNREAD = [
    "We have declined your request for a later start date.",
    "If the client turns down your CV, I'll call you the same day.",
    "We discontinued your subscription to the jobs newsletter.",
    "Your order has been fulfilled and will ship on Monday.",
    "All the requirements of the position have been fulfilled by your documents.",
    "Once the position is fulfilled we will write to everyone.",
    "Since you have withdrawn, we discontinued your application.",
    "Egy másik időpontot választottunk az interjúhoz?",
    "Pour vous, c'est oui : l'entretien est jeudi.",
    "Jūsu pieteikums tiks izskatīts nākamnedēļ.",
]


@pytest.mark.parametrize(("text", "token"), READ)
def test_the_kinds_missed_are_read(text: str, token: str) -> None:
    assert token in marks(text)


@pytest.mark.parametrize("text", UNREAD)
def test_the_same_words_elsewhere_stay_unread(text: str) -> None:
    assert not decision(text)


@pytest.mark.parametrize(
    "body",
    [
        "We regret that your application for Loan Officer was unsuccessful.",
        "The bank has declined your profile for Senior Credit Analyst, I'm afraid.",
        "Unfortunately we will not proceed with your application for Mortgage Adviser.",
    ],
)
def test_a_post_named_for_a_loan_or_credit_is_a_job(body: str) -> None:
    assert gate("Your application", body)


@pytest.mark.parametrize(
    "body",
    [
        "Unfortunately your loan application was declined; please speak to your mortgage adviser.",
        "We are unable to approve your application for a credit card at this time.",
    ],
)
def test_a_loan_refused_stays_no_job(body: str) -> None:
    assert not gate("Your application", body)


# Carried from earlier passes: someone taken on as the reader's own mentor or contact is no one
# chosen in the reader's stead (an offer or a welcome says it); someone else chosen stays read
@pytest.mark.parametrize(
    "text",
    [
        "Someone has been hired as your mentor for the first month.",
        "We've appointed a colleague to act as your buddy during induction.",
        "Somebody was taken on as your line manager last week.",
    ],
)
def test_a_mentor_taken_on_for_the_reader_is_no_choice(text: str) -> None:
    assert negation.CHOSE_OTHER not in marks(text)


@pytest.mark.parametrize(
    "text",
    [
        "Someone else has been hired for the role.",
        "We've offered the post to someone else, who will also act as your contact if you reapply.",
        "We've hired someone with more experience; I'll remain your contact.",
    ],
)
def test_someone_else_chosen_stays_read(text: str) -> None:
    assert negation.CHOSE_OTHER in marks(text)


# Second round (read slices 153 and 154's misses, under r61a)
READ_SECOND = [
    (
        "I'm afraid the carving job has been allotted to a joiner from Thrissur.",
        negation.CHOSE_OTHER,
    ),
    ("The night porter post was allocated to one of our casuals.", negation.CHOSE_OTHER),
    ("The panel will pursue others instead, with thanks for your time.", negation.CHOSE_OTHER),
    ("They're pursuing others instead, I'm told.", negation.CHOSE_OTHER),
    ("The board appointed Capt. Liam Doherty for the harbour master role.", negation.CHOSE_OTHER),
    ("The client picked Dr. Amina Yusuf for the locum job last week.", negation.CHOSE_OTHER),
    ("Thanks for the sample weld; we'll stop there with you.", negation.READER_OUT),
    ("We're halting at this stage with you, sorry.", negation.READER_OUT),
    ("Candidacy concludes at this stage, without the interview.", negation.READER_OUT),
    ("The panel is moving on Duty Manager with a different candidate.", negation.CHOSE_OTHER),
    ("Line Cook: this application is now inactive.", negation.READER_OUT),
    ("Thanks for asking again; the answer for the barista job is still no.", negation.READER_OUT),
    ("Warehouse Operative: application rejected by the depot.", negation.READER_OUT),
    ("The apprentice intake of four is full, and you're not in it.", negation.READER_OUT),
    ("All live applications for the post, yours with them, are now closed.", negation.READER_OUT),
    # Irish, Maltese, Armenian, Amharic: we chose [a person]
    ("Roghnaíomar siúinéir ón mbaile.", negation.CHOSE_OTHER),
    ("Għażilna ħaddiem mill-Gozo.", negation.CHOSE_OTHER),
    ("Մենք ընտրեցինք ուրիշ դերձակի։", negation.CHOSE_OTHER),
    ("ከከተማችን አንድ ባለሙያ መርጠናል።", negation.CHOSE_OTHER),
    # Russian, Portuguese, Malay: another taken, kept, or the post filled
    ("Мы взяли другую швею, с опытом.", negation.CHOSE_OTHER),
    ("A padaria ficou com outro pasteleiro.", negation.CHOSE_OTHER),
    ("Kerja menganyam sudah diisi oleh Mak Su dari Kelantan.", negation.CHOSE_OTHER),
    # the reader's application closed or stopping here
    ("Поэтому ваша заявка закрыта.", negation.READER_OUT),
    ("Lamentamos, a sua candidatura encerra-se aqui.", negation.READER_OUT),
    ("Oleh itu permohonan anda ditutup.", negation.READER_OUT),
    ("ใบสมัครของคุณถูกปิดแล้ว", negation.READER_OUT),
    ("మీ దరఖాస్తు ఇక్కడితో ముగుస్తుంది.", negation.READER_OUT),
    ("म्हणून तुमचा अर्ज बंद केला.", negation.READER_OUT),
    ("આપની ફાઇલ અહીં બંધ કરીએ છીએ.", negation.READER_OUT),
    ("ਇਸ ਲਈ ਤੁਹਾਡਾ ਅਰਜ਼ੀ ਇਥੇ ਬੰਦ ਕਰ ਰਹੇ ਹਾਂ।", negation.READER_OUT),
    ("ඔබේ අයදුම්පත මෙතනින් අවසන්.", negation.READER_OUT),
    ("இந்த முறை உங்கள் பெயர் இல்லை.", negation.READER_OUT),
    ("दर्ज़ी की नियुक्ति अब बंद हो गई।", negation.ROLE_GONE),
]

UNREAD_SECOND = [
    "Your application has been allocated to a recruiter, who will read it this week.",
    "If nobody fits, we will pursue others instead.",
    "We selected three dates for the Office Manager role.",
    "We have selected you for the Site Engineer position.",
    "Good day Ama, you have been selected to continue for the baggage handler post.",
    "If you miss the test, the application ends at this stage.",
    "The answer to the visa question is no, so please skip it.",
    "Withdrawn: application declined by you on 3 May.",
    "The cohort list is on the portal, and you're in it.",
    "Мы взяли другую дату для собеседования.",
    "A sala ficou com outro horário.",
    "Roghnaíomar thú don agallamh.",
]


@pytest.mark.parametrize(("text", "token"), READ_SECOND)
def test_the_second_rounds_kinds_are_read(text: str, token: str) -> None:
    assert token in marks(text)


@pytest.mark.parametrize("text", UNREAD_SECOND)
def test_the_second_rounds_words_elsewhere_stay_unread(text: str) -> None:
    assert not decision(text)


def test_a_decision_sharing_its_paragraph_with_an_opt_out_stays() -> None:
    """A refusal whose paragraph ends with a talent pool's opt-out line is no footer."""
    body = (
        "Hi Jo,\n\nYour Sous Chef application had a fair hearing and the kitchen will pursue "
        "others instead. Six months in our candidate pool is standard; reply LEAVEPOOL to opt "
        "out.\n\nThe hiring team"
    )
    assert negation.CHOSE_OTHER in message_marks("Sous Chef", body)


# Third round (read slices 155 and 156's misses, under r61b)
READ_THIRD = [
    ("The manager give the porter work to somebody from Gros Islet.", negation.CHOSE_OTHER),
    ("Owner already give the deckhand spot to somebody he know.", negation.CHOSE_OTHER),
    ("No forklift ticket was attached, so your form stops at screening.", negation.READER_OUT),
    (
        "The DBS check was missing, so this application halted before interview.",
        negation.READER_OUT,
    ),
    ("Our harvest squad is full for autumn, minus you.", negation.READER_OUT),
    ("The spring intake starts without you, I'm afraid.", negation.READER_OUT),
    ("Eight names were sent up to the panel and yours stayed back.", negation.READER_OUT),
    ("The practice said no on your dental nurse application.", negation.READER_OUT),
    ("Night Supervisor is a pass for you, sadly.", negation.READER_OUT),
    ("Your test came in at 41, so you miss the interview list this time.", negation.READER_OUT),
    (
        "When the top-ranked files went forward to the hiring manager, yours stayed behind.",
        negation.READER_OUT,
    ),
    # Belarusian, Russian, Shona, Kinyarwanda, Lao, Burmese, Portuguese: another taken or chosen
    ("Мы ўзялі іншага кавалі.", negation.CHOSE_OTHER),
    ("В итоге выбрали другого столяра.", negation.CHOSE_OTHER),
    ("Tasarudza mumwe mushandi.", negation.CHOSE_OTHER),
    ("ວຽກນີ້ຄົນອື່ນໄດ້ຮັບແລ້ວ", negation.CHOSE_OTHER),
    ("ဒီအလုပ်ကို တခြားသူကို ပေးပါပြီ။", negation.CHOSE_OTHER),
    ("Este ano ficámos com outra vindimadora.", negation.CHOSE_OTHER),
    # Russian, Portuguese: the reader's application set aside
    ("Поэтому вашу кандидатуру больше не рассматриваем.", negation.READER_OUT),
    ("Obrigado; arquivamos a sua candidatura.", negation.READER_OUT),
]

UNREAD_THIRD = [
    "We give the keys to somebody at the front desk on Mondays.",
    "If it has no licence attached, your form stops at screening.",
    "The team will meet without you on Friday, then call you.",
    "Put yours in the tray and it stays behind the counter.",
    "Parking on site is a no for you, I'm afraid, but the bus stops outside.",
    "Names for the relay came out of the hat today; yours was left behind in the drum.",
    "Say no to the newsletter and nothing else changes.",
    "The client said no on the night role but yes for the day role, interview Tuesday!",
    "Мы выбрали другую дату для встречи.",
    "Ficámos com outra sala para a entrevista.",
]


@pytest.mark.parametrize(("text", "token"), READ_THIRD)
def test_the_third_rounds_kinds_are_read(text: str, token: str) -> None:
    assert token in marks(text)


@pytest.mark.parametrize("text", UNREAD_THIRD)
def test_the_third_rounds_words_elsewhere_stay_unread(text: str) -> None:
    assert not decision(text)


def test_a_flat_let_to_someone_else_is_no_job() -> None:
    body = (
        "Hi Ana,\n\nThanks for coming by on Saturday. The owner picked somebody else to lease "
        "the studio.\n\nRegards"
    )
    assert held_as_no_job("About the flat", body)


# Carried item: a phone or inbox that stays quiet draws the consequence the other silences draw
# ("says", "tells you", "signals"), so it is a silence rule, never a decision
@pytest.mark.parametrize(
    "text",
    [
        "Your phone stays quiet for a fortnight, which says the job went elsewhere.",
        "An inbox that remains empty by Friday signals someone else got the post.",
    ],
)
def test_a_quiet_phone_that_says_the_outcome_is_a_rule(text: str) -> None:
    assert not decision(text)


# Fourth round (read slices 157 and 158's misses and four filed receipts, under r61c)
READ_FOURTH = [
    (
        "The hotel has dropped a returning colleague into the night manager post.",
        negation.CHOSE_OTHER,
    ),
    ("The referral list sent upstairs left yours out this time.", negation.READER_OUT),
    ("A few had more hours on the tools, so it's those few who go through.", negation.CHOSE_OTHER),
    (
        "After the checks we had to halt your Van Driver application at this stage.",
        negation.READER_OUT,
    ),
    (
        "Thanks for the sample; a retired saddler has taken up the post.",
        negation.CHOSE_OTHER,
    ),
    ("The second interviews led us to a different applicant.", negation.CHOSE_OTHER),
    (
        "For the yard job we're tilting to people who already hold a forklift ticket.",
        negation.CHOSE_OTHER,
    ),
    ("The Tree Surgeon post has now been occupied.", negation.ROLE_GONE),
    ("With that, your candidacy falls away.", negation.READER_OUT),
    ("The board saw only candidates rated above you.", negation.READER_OUT),
    ("Sure we're after hiring a lad from Bonavista for it.", negation.CHOSE_OTHER),
    # Hmong, Sundanese, Javanese, Samoan, Māori, Oromo, Tigrinya, Twi, Welsh, Kurmanji, Pashto,
    # Russian: the post given to another
    ("Txoj haujlwm no muab rau lwm tus lawm.", negation.CHOSE_OTHER),
    ("Padamelan ieu parantos dipasihkeun ka tukang séjén.", negation.CHOSE_OTHER),
    ("Papan menika sampun dipun paringaken dhateng tiyang sanes.", negation.CHOSE_OTHER),
    ("O le galuega ua tu'uina atu i se isi tagata.", negation.CHOSE_OTHER),
    ("Kua riro te mahi i tētahi atu tangata.", negation.CHOSE_OTHER),
    ("Bakki kun nama biraaf kennameera.", negation.CHOSE_OTHER),
    ("እቲ ስራሕ ንካልእ ሰብ ተዋሂቡ።", negation.CHOSE_OTHER),
    ("Yɛapaw obi foforɔ ama adwuma no.", negation.CHOSE_OTHER),
    ("Rydyn ni wedi dewis rhywun arall ar gyfer y swydd.", negation.CHOSE_OTHER),
    ("Me kesekî din hilbijart ji bo vî karî.", negation.CHOSE_OTHER),
    ("Фирма взяла сварщика с опытом.", negation.CHOSE_OTHER),
    # the reader's application ending here
    ("Koj daim ntawv thov xaus rau ntawm no.", negation.READER_OUT),
    ("Lamaran anjeun ngan dugi ka dieu.", negation.READER_OUT),
    ("Lamaran sampeyan mandheg ing mriki.", negation.READER_OUT),
    ("Ua uma iinei lau talosaga.", negation.READER_OUT),
    ("Nō reira ka mutu tō tono ki konei.", negation.READER_OUT),
    ("Iyyannoon keessan asitti dhaabbata.", negation.READER_OUT),
    ("Yɛrenkɔ so ne wo abisadeɛ no.", negation.READER_OUT),
    ("Поэтому вашу заявку мы закрыли.", negation.READER_OUT),
]

UNREAD_FOURTH = [
    "We've put a new coffee machine into the staff room.",
    "The list of documents left your passport out; please send it.",
    "It's them that go on the rota first, then you.",
    "If the licence is missing, we'll stop your application here.",
    "The office now holds the keys for the locker.",
    "The map led us to another car park.",
    "We're leaning towards Tuesday for your interview.",
    "The meeting room is occupied until noon.",
    "Prices falls away after Easter?",
    "We're after taking a break for lunch, ring at two.",
    "Мы взяли паузу до понедельника.",
    "Two weeks with no call from you and we close the file?",
]

RECEIPTS_FOURTH = [
    "Thanks for the form. A fortnight with no ring from us, the job has gone to someone else.",
    "Shortlisted folk hear within ten days. No buzz means others got it; we keep your details.",
]


@pytest.mark.parametrize(("text", "token"), READ_FOURTH)
def test_the_fourth_rounds_kinds_are_read(text: str, token: str) -> None:
    assert token in marks(text)


@pytest.mark.parametrize("text", UNREAD_FOURTH + RECEIPTS_FOURTH)
def test_the_fourth_rounds_words_elsewhere_stay_unread(text: str) -> None:
    assert not decision(text)
