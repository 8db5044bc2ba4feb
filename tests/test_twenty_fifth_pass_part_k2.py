"""Twenty-fifth pass, part K2 (issue 11): a hostile re-read of parts H, R, Q, V and L.

Internal business mail read a decision on the reader in a team complete for a rollout, a crew
full for a softball game, a spot taken for an offsite, a position no longer available because
it was hedged, demand for a commodity covered, a board recommending someone for the CEO role
with a vote ahead, a bid for a gas position unsuccessful, an expense form late, a hiring list to
refill, a press release withdrawn in its entirety. Each is left unread in its general form; the
refusals the parts taught stay read. Every message is written for these tests."""

from __future__ import annotations

import pytest

from readings import message_decisions


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        ("RE: offsite", "The spot's taken for the offsite, we booked the lake lodge instead."),
        ("Softball", "Crew is full for the softball game on Thursday evening, bring snacks!"),
        ("RE: rollout", "The trading team is complete for the Q3 rollout, thanks for the help."),
        ("RE: kick-off", "Our deal team is now complete. Kick-off call at 3pm in 32C."),
        ("RE: gala", "We're all covered for porters at the charity gala, thanks everyone."),
        ("RE: gala", "We're sorted for waiters at the gala, thanks."),
        ("RE: Palo Verde", "Spot is gone above $300 at Palo Verde tonight."),
        ("RE: limits", "No room on the books for more length this month. Keep it flat."),
        ("RE: calendar", "No space in the team calendar for this one, sorry."),
        ("RE: hedge", "The position you asked about is no longer available - we hedged it."),
        ("RE: Calpine", "We want to keep the business in the family, so no sale to Calpine."),
        (
            "RE: EOL",
            "Activating you as a trader on the platform isn't possible right now; IT "
            "needs your form.",
        ),
        ("RE: supply", "Demand for gas in the area is already covered by the pipeline."),
        ("RE: board", "The board recommended Jeff for the CEO role and the vote is next week."),
        ("RE: conference", "The panel recommended Vince for the chair position at the conference."),
        ("RE: bid", "Your bid for the gas position was not successful; the market moved."),
        (
            "RE: charity",
            "Your nomination for the United Way team was unsuccessful, thanks for volunteering.",
        ),
        (
            "RE: expenses",
            "We could not process your form because it arrived after the "
            "deadline; it will go in next cycle.",
        ),
        (
            "RE: award",
            "Your submission was not considered because it arrived after the "
            "deadline for the Q3 award.",
        ),
        ("RE: req", "The hiring list has expired, we need to repost the requisition."),
        (
            "RE: names",
            "The candidate pool for the trading program has expired, please send me new names.",
        ),
        ("RE: PR", "We've withdrawn the press release in its entirety."),
        ("RE: RFP", "There will be no selection from this vendor list."),
        ("RE: CEO", "The company has appointed Lavorato as head of trading."),
        ("RE: book", "The gas positions have been all taken off the book."),
    ],
)
def test_business_mail_reads_no_decision(subject: str, body: str) -> None:
    assert not message_decisions(subject, body)


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Analyst position",
            "Thank you for applying. The board recommended Jeff Harris for the "
            "analyst role and he has accepted. We wish you every success.",
        ),
        (
            "Scheduler",
            "Dear Mary, thank you for applying for the scheduler position. We have "
            "appointed John Lee, who has covered the role for a year.",
        ),
        (
            "RE: analyst role",
            "Hi, thanks for your time last week. We've got our person for the role now, sorry.",
        ),
        (
            "RE: deckhand",
            "The deck crew for the summer charter season is complete without you, I'm afraid.",
        ),
        ("RE: barista", "spot's taken sorry Priya!! the owner's niece has the weekend job"),
        (
            "RE: courier",
            "Activating you as a courier in Leeds isn't possible right now. Demand "
            "for riders there is already covered.",
        ),
        ("RE: ward", "Your bid for the Ward Administrator position was unsuccessful."),
        (
            "RE: post",
            "Your application was not considered as it was received after the closing date.",
        ),
        ("RE: list", "The eligible list for Hydrologic Technician expired on 18 April."),
        ("RE: vacancy", "The agency has withdrawn the vacancy announcement in its entirety."),
        (
            "RE: music",
            "The parish council has appointed Sunita as Director of Music. Thank you "
            "for playing at the audition.",
        ),
    ],
)
def test_the_refusals_stay_read(subject: str, body: str) -> None:
    assert message_decisions(subject, body)


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        ("Đặt bàn", "Nhà hàng đã có người đặt bàn này rồi, anh chọn giờ khác giúp em nhé."),
        ("Tiệc", "Công ty đã tuyển được người mới rồi, mời cả nhà đến dự tiệc chào mừng tối nay."),
        ("Safari", "Nafasi ya chumba chako Serena imechukuliwa, karibu sana tarehe 12."),
        ("Tiketi", "Nafasi ya kiti chako cha ndege imechukuliwa na imethibitishwa."),
        ("Hotel", "Miejsce w hotelu jest już zajęte dla Pani, potwierdzenie w załączniku."),
        ("Volo", "Il posto sul volo è già stato assegnato: 14C. Ecco la carta d'imbarco."),
        ("Teatro", "Il posto in platea è già stato assegnato, ti aspettiamo sabato!"),
        ("Soirée", "Pour la soirée on a pris un jeune DJ du quartier, viens avec tes amis!"),
        ("Seguro", "El trabajo de reparación del tejado ya lo cubrimos con su póliza."),
        ("Feria", "Hola, el puesto de la feria ya lo tenemos cubierto, nos vemos en el stand."),
        ("Fara7", "el makan 5alas et7agaz, el fara7 yom el khamis, ta3ala!"),
    ],
)
def test_bookings_and_invitations_in_part_vs_languages_read_no_decision(
    subject: str, body: str
) -> None:
    assert not message_decisions(subject, body)


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        # English's bare infinitive is no Patois "di work go to smaddy else"
        ("RE: audit", "Please let the audit work go to another person on the team, Sally is out."),
        ("RE: cover", "Should the Dallas job go to another person while Tom is on leave?"),
        # an errand is no refusal: "dem no pick you for the airport run"
        ("RE: trip", "Dem no pick you for the airport run, na Tunde go carry you."),
        # the reader chosen, or a thing chosen, or a choice still a condition
        ("RE: analyst", "We selected you for the senior analyst position you applied for!"),
        ("RE: audit", "We selected Andersen for the audit contract you asked about."),
        ("RE: role", "If we selected Tori for the role you applied for, we would tell you."),
    ],
)
def test_part_ls_creole_forms_and_named_posts_twins_stay_unread(subject: str, body: str) -> None:
    assert not message_decisions(subject, body)


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Senior analyst",
            "Hi Mark, I wanted you to know we selected Tori Kuykendall for the senior analyst "
            "position you applied for. Thank you for putting yourself forward.",
        ),
        (
            "Scheduler role",
            "Thanks for coming in, Dana. We've offered the role to Sam Okafor for the scheduler "
            "post you interviewed for, and he has accepted.",
        ),
        ("RE: Pidgin", "Oga don give di work to another person wey sabi am well. Sorry o."),
        ("RE: Patois", "Di bar work gaan to smaddy weh did work yah before. Sorry star."),
    ],
)
def test_someone_named_for_the_readers_own_post_is_read(subject: str, body: str) -> None:
    assert message_decisions(subject, body)
