"""Issue 11, fifty-ninth pass, first round: the kinds read slices 139 and 140 missed, in
wordings written apart from the slices. Read as decisions: the post "now staffed" or "already
staffed"; the opening or role "pulled"; "so no meeting will be set up"; the reader's application,
by its pronoun, below a cut; "will receive no further consideration"; the application the
reader sent found ineligible; screening that stopped it (before a desk or a stage); the post
given "to them"; the application that "halts here", after a licence the post needs; the post
chosen "from inside the company" or gone "from within"; "Having looked at your Sales Associate
application, we're closing it here" (the post's name between); an unnamed candidate chosen who
"joins us next month"; a Hungarian hire described and the application closed, and Slovak "the
post offered to a candidate" and "your application ends here". Read as nothing: a desk staffed
by volunteers or at set hours, a date pulled forward, a meeting still to be set up, a cut told
as a rule, consideration still to come, a document asked for by a date, a post offered to the
reader, a habit of promoting from within, news of a named starter to a team."""

from __future__ import annotations

import pytest

from readings import decision, marks, message_marks
from rejectwatch.model import negation

READ = [
    ("Sorry, the Saturday counter is now staffed, so we won't need to meet.", negation.ROLE_GONE),
    ("The night porter post has already been staffed.", negation.ROLE_GONE),
    ("Thanks for applying. The weekend rota is fully staffed.", negation.ROLE_GONE),
    ("I'm afraid the opening was pulled after the client cut its budget.", negation.ROLE_GONE),
    ("The apprenticeship has been pulled for this year.", negation.ROLE_GONE),
    ("We found a strong local fit, so no interview will be arranged.", negation.READER_OUT),
    ("The shortlist is settled, which means no call will be booked.", negation.READER_OUT),
    ("Out of 60 ranked forms, it fell just below the interview cut-off.", negation.READER_OUT),
    ("On the merit list yours landed under the referral line.", negation.READER_OUT),
    ("Your cleaner application will be given no further consideration.", negation.READER_OUT),
    ("It will receive no further consideration in this round.", negation.READER_OUT),
    ("The Clerk II application you submitted was found ineligible.", negation.READER_OUT),
    ("The form that you lodged on 4 May is not eligible for this grade.", negation.READER_OUT),
    ("The knockout questions filtered out your form at stage one.", negation.READER_OUT),
    ("Screening stopped your application before the panel saw it.", negation.READER_OUT),
    ("The sift halted it before the shortlist meeting.", negation.READER_OUT),
    ("The trials are done, and we're handing the contract to him.", negation.CHOSE_OTHER),
    ("You hold no HGV licence, so the application stops here.", negation.READER_OUT),
    (
        "Without it the post cannot be offered, so the application goes no further.",
        negation.READER_OUT,
    ),
    ("In the end the store manager picked from inside the branch.", negation.CHOSE_OTHER),
    ("For the supervisor post the director went from within.", negation.CHOSE_OTHER),
    (
        "Having gone through your Night Baker application, we're closing it here.",
        negation.READER_OUT,
    ),
    ("A jelentkezése ezzel most lezárult.", negation.READER_OUT),
    ("Prácu sme ponúkli kolegovi z dielne v Žiline.", negation.CHOSE_OTHER),
    ("Ďakujeme, ale Vaša prihláška tu končí.", negation.READER_OUT),
]

UNREAD = [
    "Our front desk is staffed by volunteers on Sundays.",
    "The reception desk is staffed from 9 to 5; call in any time.",
    "Your interview date has been pulled forward to Monday.",
    "The role is pulled together from two older posts; the interview is on Friday.",
    "No meeting will be set up until the references are back.",
    "Forms that fall below the cut-off are not referred.",
    "If it is late, it will receive no further consideration.",
    "The form you submitted is missing a page; please send it by Friday.",
    "We're offering the position to you, starting on 3 March.",
    "We usually promote from inside the company before advertising.",
    "We received it before the deadline and will be in touch.",
    "Without these documents, the application stops unless you reply by Friday.",
    "Miesto sme ponúkli vám, gratulujeme!",
]


READ_SECOND = [
    (
        "One of our own pickers has taken the packhouse post, leaving nothing to offer you.",
        negation.CHOSE_OTHER,
    ),
    ("A lass from the darts club got the barmaid's job, so you're unlucky.", negation.CHOSE_OTHER),
    (
        "Hollin Farm Shop has read your papers and is declining your application.",
        negation.READER_OUT,
    ),
    ("The agency is ending your candidacy for Site Planner.", negation.READER_OUT),
    ("Your trial loaf came out flat; we're declining you for the post.", negation.READER_OUT),
    ("A groom from Naas got the yard job ahead of you.", negation.CHOSE_OTHER),
    ("Sorry, yours will end without an interview this round.", negation.READER_OUT),
    (
        "Vacancy 40417 (Stores Clerk) was pulled when the depot merged its teams.",
        negation.ROLE_GONE,
    ),
    ("Yours, like all the forms for that post, has been closed.", negation.READER_OUT),
    (
        "The client has shown a clear preference for candidates with NHS experience, so we are "
        "moving ahead with those.",
        negation.CHOSE_OTHER,
    ),
    (
        "The funding fell through, so recruitment has been halted and your application closes.",
        negation.READER_OUT,
    ),
    (
        "Your typing test scored 31; the cut was 40. So it ends at the test stage for you.",
        negation.READER_OUT,
    ),
    ("We looked at your form with the others; no interview for you.", negation.READER_OUT),
    ("Apprenticeship unsuccessful.", negation.READER_OUT),
    ("The board met: a charge nurse from Ward 9 is their choice for Sister.", negation.CHOSE_OTHER),
    ("Quick note: your Porter application stops with us here.", negation.READER_OUT),
    ("Sorry, your Porter application stops with us.", negation.READER_OUT),
    ("We read your letter twice and are passing.", negation.READER_OUT),
    ("Maaf, lamaran Anda tidak berhasil kali ini.", negation.READER_OUT),
    ("Obrigado, mas não avançamos consigo nesta fase.", negation.READER_OUT),
    ("Ju falënderojmë, por aplikimi juaj nuk u përzgjodh.", negation.READER_OUT),
    ("Diemžēl jūsu pieteikums ir noraidīts.", negation.READER_OUT),
    ("Grazie, ma per te questa volta è un no.", negation.READER_OUT),
    ("La vostra candidatura es tanca aquí.", negation.READER_OUT),
    ("Mae'n ddrwg gennym, ni fyddwn yn symud ymlaen â'ch cais.", negation.READER_OUT),
    ("Escolhemos outro padeiro, com mais prática de forno a lenha.", negation.CHOSE_OTHER),
    ("Zgjodhëm një rrobaqepëse me më shumë përvojë.", negation.CHOSE_OTHER),
    ("Abbiamo preferito una restauratrice di Firenze.", negation.CHOSE_OTHER),
    ("La plaça de cuiner l'ocupa un company de la cuina.", negation.CHOSE_OTHER),
    ("Jawatan pembantu dapur diberikan kepada pekerja sedia ada.", negation.CHOSE_OTHER),
]

UNREAD_SECOND = [
    "Owner gave it to another family who could move in sooner, so the flat is gone.",
    "The agent let the house to another tenant.",
    "We are declining your application only if the references fail.",
    "Recruitment is halted until the budget is approved; your application stays open.",
    "Escolhemos outra data para a sua entrevista: terça às 10h.",
    "Abbiamo preferito una data più tarda per il colloquio.",
    "We will close your application when the hiring manager has reviewed the list.",
    "If you are not on the list, no interview for you this month, but keep an eye on the portal.",
    "Jawatan ini diberikan kepada anda mulai 1 Mac.",
]


READ_THIRD = [
    (
        "The hotel trimmed its budget and the Night Porter shifts have been absorbed by its "
        "existing staff.",
        negation.ROLE_GONE,
    ),
    ("The warehouse cut back, so that assignment's off for you.", negation.READER_OUT),
    ("We're stopping your Barista application at this point, with thanks.", negation.READER_OUT),
    ("Priya thought it over and has taken Tomasz on as Dairy Hand.", negation.CHOSE_OTHER),
    ("The summer team filled up with last season's regulars.", negation.ROLE_GONE),
    ("No seat on the spring course is being offered to you.", negation.READER_OUT),
    (
        "A joiner with ten years on sash windows took the bench, so you go no further.",
        negation.READER_OUT,
    ),
    ("The panel came down on a no for your application.", negation.READER_OUT),
    (
        "Your Clerk application lacks a typing certificate. It is therefore rejected at the "
        "eligibility stage.",
        negation.READER_OUT,
    ),
    ("Posisi juru masak sudah diisi karyawan lama.", negation.ROLE_GONE),
    ("Maaf, Anda belum bisa bergabung kali ini.", negation.READER_OUT),
    (
        "No place in the autumn intake is being offered to you; try again next year if you wish.",
        negation.READER_OUT,
    ),
]

UNREAD_THIRD = [
    "Your travel costs have been covered by our existing budget.",
    "Your shift is off for you on Friday, as agreed; see you Monday.",
    "Dear all, we're delighted to say we've brought Ana in as our new head chef.",
    "We have taken Ana on as Dairy Hand from Monday; you will share the milking with her.",
    "No offer will be made to you until the references are back.",
    "If your form lacks a certificate, it is rejected at screening.",
    "Anda belum bisa masuk ke portal; coba lagi nanti.",
]


@pytest.mark.parametrize(("text", "token"), READ + READ_SECOND + READ_THIRD)
def test_the_kinds_missed_are_read(text: str, token: str) -> None:
    assert token in marks(text)


@pytest.mark.parametrize("text", UNREAD + UNREAD_SECOND + UNREAD_THIRD)
def test_the_same_words_about_the_reader_or_still_to_come_stay_unread(text: str) -> None:
    assert not decision(text)


def test_an_unnamed_candidate_who_joins_us_is_a_decision_in_a_reply_with_no_you() -> None:
    body = (
        "Dear Kofi,\n\nKind words after Thursday, and the notes on the kiln logs were useful. "
        "The panel met, and the curator's choice for Ceramics Technician is a candidate from the "
        "Aburi workshop, who joins us next month.\n\nRegards,\nAma"
    )
    assert negation.CHOSE_OTHER in message_marks("RE: Ceramics Technician - following up", body)


def test_a_named_starter_who_joins_us_is_staff_news() -> None:
    body = (
        "Hi all,\n\nThe curator's choice for Ceramics Technician is Efua Mensah, who joins us "
        "next month. Please make her welcome.\n\nAma"
    )
    assert negation.CHOSE_OTHER not in message_marks("New technician", body)


def test_a_hungarian_hire_described_then_the_application_closed() -> None:
    body = (
        "Kedves Anna!\n\nKöszönjük a jelentkezését. Végül egy, a halasi csipkében húsz éve "
        "dolgozó varrónőt vettünk fel, így a pályázata most véget ér.\n\nÜdvözlettel:\nPéter"
    )
    assert negation.CHOSE_OTHER in message_marks("Jelentkezése", body)


def test_another_day_for_the_interview_is_no_one_chosen_in_italian() -> None:
    assert not decision("Abbiamo scelto un altro giorno per il colloquio, giovedì alle 10.")
    assert not decision("Abbiamo scelto un'altra data per il colloquio.")
    assert negation.CHOSE_OTHER in marks("Abbiamo scelto un altro candidato dopo il colloquio.")
