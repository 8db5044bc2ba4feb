"""Issue 11, sixty-fifth pass, first round: the kinds read slices 189 and 190 missed or filed, in
wordings written apart from the slices.

Read as decisions: someone described, not named, who got the post; a Creole "give it to
somebody else"; others who took every shift; the sender passing for the season; the reader's
name missing the list, or rated outside the group put forward; the application closing with the
notice, the post named between; "could not select you"; and, in five languages, another chosen.

Read as rules, other mail or nothing: a silence asked with nobody calling and its consequence
opened by "then" or a Creole "den"; a case put as a bare verb with its consequence after "and";
the same words about a repair, a rota, a booking, a party."""

from __future__ import annotations

import pytest

from readings import decision, held_as_no_job, marks, message_decisions
from rejectwatch.model import negation

READ = [
    ("Thanks for trying. A fisherman's daughter from Looe got it.", negation.CHOSE_OTHER),
    ("Thanks for the form. A nephew of the Kilkeel harbourmaster got it.", negation.CHOSE_OTHER),
    ("Somebody out of the Portree depot got it.", negation.CHOSE_OTHER),
    ("An old hand from the Stornoway yard bagged it.", negation.CHOSE_OTHER),
    ("Mi fren, dey give di job to a next fella from Linstead.", negation.CHOSE_OTHER),
    ("We give it to one next lady from Spanish Town dis year.", negation.CHOSE_OTHER),
    ("Existing drivers have claimed every shift this winter.", negation.CHOSE_OTHER),
    ("Our volunteers have filled every slot for the fair.", negation.CHOSE_OTHER),
    ("The yard is full up, so Penrose Boats passes this season.", negation.READER_OUT),
    ("Your CV has missed the first cut.", negation.READER_OUT),
    ("Your entry missed the selection, I'm afraid.", negation.READER_OUT),
    ("You scored well, but below the top ten candidates sent to the board.", negation.READER_OUT),
    ("Your application for post 4471 ends with this letter.", negation.READER_OUT),
    ("With this notice your application for the Bridge Warden role closes.", negation.READER_OUT),
    ("We could not select you for the Porter post this round.", negation.READER_OUT),
    ("Sadly we couldn't appoint you after the final panel.", negation.READER_OUT),
    # Romanian: someone else got it; the place was given to another candidate
    ("Postul de brutar l-a obținut altcineva.", negation.CHOSE_OTHER),
    ("Locul de casier a fost dat unui alt candidat din Cluj.", negation.CHOSE_OTHER),
    # Tamil: the driver's post was given to Murugan
    ("ஓட்டுநர் பதவி முருகனுக்கு கொடுக்கப்பட்டது.", negation.CHOSE_OTHER),
    # Armenian: the cook's post was occupied by someone from Vanadzor
    ("Խոհարարի պաշտոնը զբաղեցրեց Վանաձորից մի կին։", negation.CHOSE_OTHER),
    # Irish: the committee chose another candidate
    ("Roghnaigh an coiste iarrthóir eile don phost.", negation.CHOSE_OTHER),
    # Georgian: we settled the choice on another specialist
    ("შევაჩერეთ არჩევანი სხვა სპეციალისტზე.", negation.CHOSE_OTHER),
]
UNREAD = [
    "A plumber's mate from Redruth got it fixed in an hour.",
    "Someone from IT got it working again this morning.",
    "The regulars took every seat at the quiz, so come early next week.",
    "If nobody picks you, we'll still keep your form.",
    "Your application for the parking permit closes on Friday, so pay by then.",
    "Sorry, we cannot invite you to the drinks on Friday; it's staff only.",
    "We could not hire you a van for the move, sorry; try the depot.",
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
        "We have your form for Porter. Three weeks go by and nobody rings? Den di work gone to "
        "somebody else. Thanks.",
        "Your Cook form is in. No one calls you by the 30th? Then the job has gone elsewhere.",
        "Thanks for the Groundskeeper form. Nobody from the estate has phoned within a "
        "fortnight? Then we picked another applicant.",
    ],
)
def test_a_silence_asked_with_nobody_calling_gives_no_decision(body: str) -> None:
    assert not message_decisions("We have your application", body)


def test_a_silence_asked_and_then_regretted_is_still_a_decision() -> None:
    body = (
        "Hi Ama,\n\nNobody from the farm called you? Then I'm sorry to be the one to say it: we "
        "chose another picker.\n\nJo"
    )
    assert negation.CHOSE_OTHER in message_decisions("Picker job", body)


@pytest.mark.parametrize(
    "body",
    [
        "The panel scores every form against the brief; fall short of the interview line and "
        "Tay Mills writes to say so.",
        "Thanks for applying. Every form is scored; miss the shortlist line and we'll email to "
        "say so.",
        "Thanks for applying. Fail the screening test and the team tells you within a week.",
        "Thank you. Don't make the final cut and you will hear from Ruth by phone.",
    ],
)
def test_a_case_put_as_a_bare_verb_gives_no_decision(body: str) -> None:
    assert not message_decisions("Thanks for applying - Clerk", body)


def test_a_refusal_told_to_the_reader_stays_read_beside_a_bare_verb() -> None:
    body = "Sorry: you missed the shortlist line and we have chosen others."
    assert message_decisions("Clerk", body)


# Second round (slices 191 and 192's misses, four recruiters' outreach and a marina's refusal
# filed)
READ_SECOND = [
    (
        "The partners gave Yard Porter to Obi Nwosu, who accepted yesterday and starts in May.",
        negation.CHOSE_OTHER,
    ),
    (
        "The trust settled on Mina Rao for Ferry Clerk; she accepted on Friday.",
        negation.CHOSE_OTHER,
    ),
    ("The board handed it to a member's nephew.", negation.CHOSE_OTHER),
    ("The owners handed it to a neighbour's daughter.", negation.CHOSE_OTHER),
    ("Loved meeting you, but Pastry Cook goes to somebody else.", negation.CHOSE_OTHER),
    ("Somebody else holds the bench now, sorry.", negation.CHOSE_OTHER),
    ("Di job give to a next youth from Ocho Rios.", negation.CHOSE_OTHER),
    ("This letter confirms we will make no offer to you for Depot Hand.", negation.READER_OUT),
    ("No Night Porter offer is heading your way, I'm sorry to say.", negation.READER_OUT),
    ("We have closed your Barista application without progressing it.", negation.READER_OUT),
    ("Your Data Clerk application halts at the paper sift.", negation.READER_OUT),
    ("Your Stores application stops with the written exercise.", negation.READER_OUT),
    ("The cohort is full and your score falls below its cut-off.", negation.READER_OUT),
    (
        "Your application is flagged closed; the store is no longer considering it.",
        negation.READER_OUT,
    ),
    (
        "Applications came from people whose background sat closer to ours, and we have "
        "progressed those.",
        negation.CHOSE_OTHER,
    ),
    ("The team is sharing the duties among current staff instead.", negation.ROLE_GONE),
    ("A baker trained at the Totnes mill got the stall, sorry.", negation.CHOSE_OTHER),
    ("A welder out of the Appledore yard got it.", negation.CHOSE_OTHER),
    # Italian: someone else took it; we close the file here
    ("Il posto in cantina l'ha preso qualcun altro.", negation.CHOSE_OTHER),
    ("La sua candidatura si chiude qui.", negation.READER_OUT),
    # Persian: we close your file
    ("پرونده‌تان را می‌بندیم.", negation.READER_OUT),
    # Lithuanian: the post fell to another candidate
    ("Pareigos atiteko kitam kandidatui.", negation.CHOSE_OTHER),
    # Danish: the job went to a ...; we therefore close your application
    ("Køkkenpladsen gik til en elev fra Odense.", negation.CHOSE_OTHER),
    ("Vi lukker derfor din ansøgning.", negation.READER_OUT),
    # Icelandic: your application ends here; Galician: we close your candidacy
    ("Umsókn þín endar hér.", negation.READER_OUT),
    ("Pechamos a túa candidatura hoxe.", negation.READER_OUT),
    # French: this message closes your file
    ("Ce message clôt votre dossier chez nous.", negation.READER_OUT),
]
UNREAD_SECOND = [
    "The parcel goes to the neighbour if you're out, so leave a note.",
    "The board handed the minutes to a new secretary this year.",
    "We have closed your ticket without further action, as the printer works again.",
    "If you're not chosen, your application ends with the exercise.",
    "We gave the spare desk to Lin Wu, who accepted it gladly.",
]


@pytest.mark.parametrize(("text", "token"), READ_SECOND)
def test_the_second_rounds_kinds_are_read(text: str, token: str) -> None:
    assert token in marks(text)


@pytest.mark.parametrize("text", UNREAD_SECOND)
def test_the_second_rounds_words_elsewhere_stay_unread(text: str) -> None:
    assert not decision(text)


@pytest.mark.parametrize(
    "body",
    [
        "Hi Tom,\n\nYour CV came up as I filled a Payroll Lead opening last week. Free for a "
        "chat on Monday?\n\nAsha, Northgate Talent",
        "Hello,\n\nI've just filled two similar roles at a logistics client and have a third. "
        "Could we talk?\n\nBen",
    ],
)
def test_a_recruiters_own_filling_is_no_decision(body: str) -> None:
    assert not message_decisions("A role you might like", body)


def test_a_marinas_berths_gone_are_no_job_decision() -> None:
    body = "Hi Rob,\n\nVisitor berths at the harbour are all gone for August, sorry.\n\nPaul"
    assert held_as_no_job("Mooring request", body)


def test_a_lenders_name_is_no_loan() -> None:
    body = (
        "Hi Mo,\n\nHarbour Street Savings & Loan has reviewed your Teller application and "
        "decided against taking it further.\n\nPeople Team"
    )
    assert negation.READER_OUT in message_decisions("Your application for Teller", body)


# Third round (slices 193 and 194's misses, a status update and two receipts filed)
READ_THIRD = [
    ("Pot-washer job: it go to a youth from Linstead before.", negation.CHOSE_OTHER),
    (
        "Your Packer form was read, and it lands outside the shortlist this time.",
        negation.READER_OUT,
    ),
    ("Sorry, your CV has missed the first interview list.", negation.READER_OUT),
    ("Alas, your application hasn't come off this season.", negation.READER_OUT),
    ("Old hands rejoined before we could reach fresh applicants.", negation.READER_OUT),
    ("The screener found no forklift ticket, which halts your form at step one.", None),
    ("The deckhand place goes to a young lad from Looe.", negation.CHOSE_OTHER),
    ("Other folks get Harbour Porter this season.", negation.CHOSE_OTHER),
    ("A Kells college student has it.", negation.CHOSE_OTHER),
    ("The agency picked another for the Night Auditor role.", negation.CHOSE_OTHER),
    ("The estate took on a long-serving volunteer.", negation.CHOSE_OTHER),
    ("Passing needed 30 of 40; so that ends it.", negation.READER_OUT),
    ("No second-round invitation will be sent this time.", negation.READER_OUT),
    ("This year's trainee list lacks your name, sadly.", negation.READER_OUT),
    ("We are steering this Bar Supervisor role in a different direction.", negation.ROLE_GONE),
    (
        "After the interviews, two rivals sat a bit closer to the day job of Lock Keeper.",
        negation.CHOSE_OTHER,
    ),
    ("The board has appointed Lena Park as Site Lead; she joined last week.", None),
    ("Loads applied; a young one from Kells got it.", negation.CHOSE_OTHER),
    ("A joiner who knows the old mill got the work.", negation.CHOSE_OTHER),
    ("Your Ferry Hand form halts here, sorry.", negation.READER_OUT),
    ("Your Steward application stops at the first cut.", negation.READER_OUT),
    # Portuguese, Ukrainian, Polish, Dutch: another took (will take) the place
    ("Uma vizinha de Braga ficou com o posto.", negation.CHOSE_OTHER),
    ("Посаду кухаря отримав хлопець з Ужгорода.", negation.CHOSE_OTHER),
    ("Stanowisko kelnera objęła studentka z Torunia.", negation.CHOSE_OTHER),
    ("Een schilder uit Edam neemt de baan in.", negation.CHOSE_OTHER),
    # Malay, Hungarian: the post was taken by; got the post
    ("Tempat tukang masak diambil oleh seorang pelajar.", negation.CHOSE_OTHER),
    ("Az állást egy szegedi lány kapta meg.", negation.CHOSE_OTHER),
    # Tamil, Albanian, Basque, Yoruba
    ("அனுபவம் உள்ளவருக்கு வேலை போனது.", negation.CHOSE_OTHER),
    ("Vendi shkoi te një kuzhinier nga Durrësi.", negation.CHOSE_OTHER),
    ("Beste norbait hautatu dugu lanerako.", negation.CHOSE_OTHER),
    ("Ọmọ Ìbàdàn kan ló gba iṣẹ́ náà.", negation.CHOSE_OTHER),
]
UNREAD_THIRD = [
    "Quem ficou com o posto foi você! Parabéns.",
    "Other people get the minibus this time, so take the train.",
    "A student has the key now; ask her.",
    "The lecture hall goes to a student society on Fridays.",
    "Місце в автобусі отримали ви, вітаю!",
]


@pytest.mark.parametrize(("text", "token"), READ_THIRD)
def test_the_third_rounds_kinds_are_read(text: str, token: str | None) -> None:
    if token is None:
        assert decision(text), marks(text)
    else:
        assert token in marks(text)


@pytest.mark.parametrize("text", UNREAD_THIRD)
def test_the_third_rounds_words_elsewhere_stay_unread(text: str) -> None:
    assert not decision(text), marks(text)


def test_a_status_update_parked_with_the_one_who_hires_is_no_decision() -> None:
    body = (
        "Hi Sol,\n\nYour Yard Fitter application is parked with the site manager who hires. "
        "Nothing to do for now.\n\nCareers"
    )
    assert not message_decisions("Status update - Yard Fitter", body)


@pytest.mark.parametrize(
    "body",
    [
        "Thanks for your Lifeguard form. Chosen or turned down, a person writes to you within "
        "ten days.",
        "Your papers for Kiln Hand reached us. Two weeks silent means the post went to "
        "another, so please take it so.",
    ],
)
def test_a_receipt_naming_both_outcomes_or_a_silent_stretch_gives_no_decision(body: str) -> None:
    assert not message_decisions("Thanks for your application", body)


def test_both_outcomes_named_beside_a_regret_stay_a_decision() -> None:
    body = "Picked or not picked, everyone hears from us; sorry, you were not picked this time."
    assert message_decisions("Your application", body)


# Fourth round (slices 195 and 196's misses and three receipts filed)
READ_FOURTH = [
    ("Your Porter form was read closely; others go on to interview.", negation.CHOSE_OTHER),
    ("After a careful look, others move forward from here.", negation.CHOSE_OTHER),
    ("After a look, we're pursuing other folks for the role.", negation.CHOSE_OTHER),
    ("Others had more time on the forklift, and that tipped it.", negation.CHOSE_OTHER),
    ("The cast for the tour is set, so your headshot goes on file.", negation.ROLE_GONE),
    ("Only top-ranked names were passed up; yours ranked under that tier.", negation.READER_OUT),
    ("The panel picks Dara Quinn for Site Lead, so that's settled.", negation.CHOSE_OTHER),
    (
        "Three applicants had rota experience a bit closer to the role, so we are taking them on.",
        negation.CHOSE_OTHER,
    ),
    # Slovak, Bengali, Hindi, Greek, Hebrew, Danish, Russian
    ("Miesto vodiča obsadil iný uchádzač.", negation.CHOSE_OTHER),
    ("হিসাবরক্ষক পদে নতুন একজন যোগ দিয়েছেন।", negation.CHOSE_OTHER),
    ("ड्राइवर पद पर कोई और चुना गया है।", negation.CHOSE_OTHER),
    ("Η διαδικασία σας ολοκληρώνεται εδώ.", negation.READER_OUT),
    ("התהליך שלך מסתיים בשלב זה.", negation.READER_OUT),
    ("Din ansøgning afsluttes hermed.", negation.READER_OUT),
    ("Вашу анкету мы закрыли.", negation.READER_OUT),
]
UNREAD_FOURTH = [
    "Others go on to the pub after the match, if you fancy it.",
    "The kit list is set, so your order goes out Monday.",
    "Our lawyers are pursuing other options on the lease.",
    "Det gik til en fest i går.",
]


@pytest.mark.parametrize(("text", "token"), READ_FOURTH)
def test_the_fourth_rounds_kinds_are_read(text: str, token: str) -> None:
    assert token in marks(text)


@pytest.mark.parametrize("text", UNREAD_FOURTH)
def test_the_fourth_rounds_words_elsewhere_stay_unread(text: str) -> None:
    assert not decision(text), marks(text)


@pytest.mark.parametrize(
    "body",
    [
        "Driver application received. Where the shortlist doesn't name you, your CV stays with "
        "us a year.",
        "Thanks, your Cook form landed. Four call-free weeks means we picked another applicant.",
    ],
)
def test_a_receipt_with_a_list_case_or_a_mail_free_stretch_gives_no_decision(body: str) -> None:
    assert not message_decisions("Acknowledgement", body)
