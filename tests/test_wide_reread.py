"""Twenty-third pass, part J (issue 11): part B's English forms re-read on rotas, shift swaps,
visits, deliveries, volunteering and non-job mail, with the paraphrases of its refusals it
missed; and the usual refusal formulas of Turkish, Swedish, Italian, Russian, Indonesian, Polish
and Spanish that written-31's refusals used and no reading held, each with its twins in the same
language; Korean "합격이든 불합격이든" (pass or fail) as a conditional. The sentences are written
for these tests, in other words and trades than written-31's."""

from __future__ import annotations

import pytest

from readings import decision
from rejectwatch.model import negation

OUT, OTHER, GONE = negation.READER_OUT, negation.CHOSE_OTHER, negation.ROLE_GONE


def _tokens(text: str) -> list[str]:
    return negation.read_cues(text)[0].split()


@pytest.mark.parametrize(
    ("text", "token"),
    [
        # English: part B's refusals in other words
        ("We've given the weekend hours to Ros, who's been with us since spring.", OTHER),
        ("The hours went to Ros, who's been with us longer.", OTHER),
        (
            "The post is going to Tamsin, who trained on site, and I wanted to tell you first.",
            OTHER,
        ),
        ("We've offered the bar job to Callum, who did the summer with us.", OTHER),
        ("My nephew is coming for the summer, so we're sorted for staff.", OTHER),
        ("Two of our old pickers are coming back, so we're sorted for help.", OTHER),
        # Turkish: the application not approved, not accepted
        ("Garson başvurunuz şu an için onaylanmadı.", OUT),
        ("Üzgünüz, başvurunuz kabul edilmedi.", OUT),
        ("Sürücü ortaklığı başvurunuz reddedildi.", OUT),
        # Swedish: no place for you, the place gone to someone else, not going on with you
        ("Vi har fyllt alla platser, så det blev tyvärr ingen plats för dig i år.", OUT),
        ("Det blir tyvärr ingen plats för dig den här säsongen.", OUT),
        ("Platsen gick till någon annan.", OTHER),
        ("Jobbet gick till en annan sökande som hade truckkort.", OTHER),
        ("Vi fortsätter inte med dig i processen.", OUT),
        ("Din profil matchar tyvärr inte det vi söker just nu.", OUT),
        # Italian: another taken, not working together, not among those admitted, the post covered
        ("Per il posto di barista abbiamo preso una ragazza che conosceva già il locale.", OTHER),
        ("Abbiamo preso un'altra persona con più esperienza.", OTHER),
        ("Purtroppo quest'anno non lavoreremo insieme.", OUT),
        ("Il suo nome non figura tra quelli ammessi alla fase successiva.", OUT),
        ("Non è tra i candidati ammessi al colloquio finale.", OUT),
        ("La posizione è già stata coperta.", GONE),
        ("Il posto è stato assegnato.", GONE),
        ("Il suo profilo non corrisponde a quanto cerchiamo.", OUT),
        # Russian: not called to the next stage, the candidacy does not suit
        ("На следующий этап мы вас не зовём.", OUT),
        ("Мы не приглашаем вас на собеседование.", OUT),
        ("К сожалению, ваша кандидатура нам не подходит.", OUT),
        ("Ваше резюме не соответствует требованиям вакансии.", OUT),
        # Indonesian: not approved, not accepted, the profile not suitable
        ("Pendaftaran kamu sebagai kurir belum bisa kami setujui karena KTP tidak jelas.", OUT),
        ("Lamaran Anda tidak dapat kami terima.", OUT),
        ("Mohon maaf, profil Anda belum sesuai dengan kebutuhan kami.", OUT),
        ("Kualifikasi Anda tidak sesuai dengan posisi ini.", OUT),
        # Polish: every place taken, we cannot take you on, the profile does not fit
        ("Niestety wszystkie miejsca na sezon są już zajęte.", GONE),
        ("Tym razem nie możemy Cię przyjąć.", OUT),
        ("Nie możemy Pana zatrudnić w tym sezonie.", OUT),
        ("Pani profil nie odpowiada naszym wymaganiom.", OUT),
        # Spanish: every place covered, we cannot count on you, not going on, the profile
        ("Ya hemos cubierto todas las plazas de camarero.", GONE),
        ("Esta vez no podemos contar contigo.", OUT),
        ("No podremos contar con usted para esta temporada.", OUT),
        ("No seguiremos adelante con tu candidatura.", OUT),
        ("Tu perfil no se ajusta a lo que buscamos.", OUT),
    ],
)
def test_refusals_read_again_give_their_token(text: str, token: str) -> None:
    assert token in _tokens(text)


@pytest.mark.parametrize(
    "text",
    [
        # English: rotas, swaps, visits, deliveries, an alternative offered, non-job roles
        "The Saturday hours are going to Ros while you're on leave.",
        "The Sunday shifts are going to Priya, who asked to swap with you, so you've got her "
        "Tuesdays.",
        "The extra hours are going to Ros, who needs them more, and you keep your Mondays.",
        "The placement is going to someone who can start in June, and you'll get the September "
        "one.",
        "The spare shift is going to Ros, who needed the hours - yours are unchanged.",
        "The delivery slot is going to a friend who has a van.",
        "Someone's coming Tuesday so we're sorted for the delivery.",
        "The plumber is coming Tuesday, so we're sorted.",
        "The electrician's coming back on Friday, so we're sorted.",
        "Ros is covering the till on Saturday, so we're sorted.",
        "The caterers are coming at nine, so we're covered.",
        "The new fridge is coming tomorrow so we're sorted.",
        "We can't take you on as our driver this week but the warehouse shift is yours.",
        "We can't take you on as a driver, but we'd love you in the warehouse from Monday.",
        "We can't sign you up as a volunteer steward but you're very welcome as a marshal.",
        "We can't take you on as a new patient, sorry.",
        "We can't take you on as a tenant, sorry.",
        "I can't take you on as a mentee this term, sorry.",
        # Turkish twins
        "Başvurunuz henüz onaylanmadı, belgeleriniz inceleniyor.",
        "Başvurunuz onaylanmazsa size ayrıca bilgi vereceğiz.",
        # Swedish twins
        "Det blev ingen plats för dig i bilen, så ta bussen till mässan.",
        "Passet på lördag gick till någon annan, så du jobbar söndag i stället.",
        "Vi fortsätter med dig i nästa steg och hör av oss om intervju.",
        # Italian twins
        "Abbiamo preso un ragazzo per il turno di notte, quindi tu fai solo i pomeriggi.",
        "Non lavoreremo insieme sabato, ti copre Luca.",
        "Se il suo nome non figura tra gli ammessi, può chiedere una revisione.",
        "Il suo nome figura tra quelli ammessi alla prova successiva.",
        # Russian twins
        "Мы не зовём вас на собеседование в субботу, перенесём на понедельник.",
        "Мы зовём вас на следующий этап.",
        "Если время вам не подходит, напишите нам.",
        # Indonesian twins
        "Pendaftaran kamu sudah kami setujui, selamat bergabung.",
        "Jika profil Anda sesuai, kami akan menghubungi Anda untuk wawancara.",
        # Polish twins
        "Jeśli wszystkie miejsca będą zajęte, damy znać.",
        "Nie możemy Cię przyjąć w sobotę, zapraszamy w poniedziałek na rozmowę.",
        "Miejsca parkingowe są już zajęte, prosimy przyjechać autobusem.",
        # Spanish twins
        "Si no podemos contar contigo el sábado, avísanos.",
        "Ya hemos cubierto las plazas de la mañana, así que te ponemos por la tarde.",
        "Seguiremos adelante con tu candidatura y te llamaremos para una entrevista.",
        # Korean: pass or fail, you will hear
        "합격이든 불합격이든 결과는 다음 주에 알려드리겠습니다.",
        "불합격이든 합격이든 모든 지원자에게 개별 연락드립니다.",
    ],
)
def test_twins_read_again_without_a_decision(text: str) -> None:
    assert not decision(text)
