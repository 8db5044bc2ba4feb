"""Twenty-third pass, part B (issue 11): the general forms of blind slice 21's wide misses
(rejectwatch.model.languages_wide, rejectwatch.model.decisions_wide, the step row of
rejectwatch.model.stated_outcomes). In English, the work going to a named other, the places
filled by someone coming "so we're sorted", the reader not taken on as a named role, a portal
row whose own stage is a step's word; in Korean, French, Turkmen and Irish, the language's usual
refusal formulas. Each refusal gives its shared token; its twins (a conditional, a decision still
to come, a choice negated or given to the reader, a confirmation, an invitation) give none. The
sentences are written for these tests, in other words and trades than the slice's."""

from __future__ import annotations

import pytest

from readings import decision, gate, message_decisions
from rejectwatch.model import negation
from rejectwatch.model.guard_abroad import held_abroad

OUT, OTHER, GONE = negation.READER_OUT, negation.CHOSE_OTHER, negation.ROLE_GONE
STATUS = negation.STATUS_REFUSED


def _tokens(text: str) -> list[str]:
    return negation.read_cues(text)[0].split()


@pytest.mark.parametrize(
    ("text", "token"),
    [
        # English: the work going to a named other
        (
            "Thanks for the trial. The Sunday bar shifts are going to Imogen, who's worked "
            "our functions since spring.",
            OTHER,
        ),
        ("I'm afraid the apprenticeship is going to Tomasz, who did his placement with us.", OTHER),
        ("The weekend kennel hours are going to someone who lives on site.", OTHER),
        ("Sorry - the stall job has gone to a lad who helped us at the autumn fair.", OTHER),
        # ... the places filled by someone coming, "so we're sorted"
        ("My cousin's daughter is coming over for the whole harvest, so we're sorted.", OTHER),
        ("Our regular pickers are all coming back in June, so we're sorted for the season.", OTHER),
        (
            "Our neighbour's son has agreed to do the calving nights, so we're covered this year.",
            OTHER,
        ),
        # ... not taken on as a named role (a requirement not met)
        ("As you're below the minimum height we're not able to take you on as a lifeguard.", OUT),
        ("Without a category C licence we can't take you on as our tipper driver, sorry.", OUT),
        ("We won't be able to take you on as a crew member this season.", OUT),
        # Korean: the place entrusted to someone else, fate not reached, the list not joined
        ("이번 바리스타 자리는 경력이 더 긴 다른 분께 맡기기로 했습니다.", OTHER),
        ("주방 보조 포지션은 다른 지원자에게 맡기게 되었습니다.", OTHER),
        ("아쉽게도 이번에는 인연이 닿지 않았습니다.", OUT),
        ("안타깝게도 좋은 결과를 드리지 못하게 되었습니다.", OUT),
        ("최종 합격자 명단에 포함되지 않으셨습니다.", OUT),
        ("검토 결과 이번 채용은 어렵게 되었습니다.", OUT),
        # French: "ce ne sera pas pour cette fois", the cleft choice of another
        ("Ce ne sera malheureusement pas pour cette fois.", OUT),
        ("Ce ne sera donc pas pour cette saison, désolé.", OUT),
        ("C'est finalement quelqu'un d'autre que nous avons retenu pour le poste.", OTHER),
        ("C'est une candidate déjà formée chez nous que nous avons choisie.", OTHER),
        ("C'est un autre profil que l'équipe a sélectionné.", OTHER),
        # Turkmen
        ("Gynansak-da, sizi bu wezipä kabul edip bilmeris.", OUT),
        ("Arzaňyz kanagatlandyrylmady.", OUT),
        ("Siz indiki tapgyra saýlanmadyňyz.", OUT),
        ("Size bu işi hödürläp bilmeris.", OUT),
        ("Arzaňyz boýunça dowam etmezlik kararyna geldik.", OUT),
        ("Biz tejribesi köp bolan başga bir dalaşgäri saýladyk.", OTHER),
        ("Bu wezipä başga birini belledik.", OTHER),
        ("Mugallym wezipesi eýýäm eýelendi.", GONE),
        # Irish: the dependent "nár éirigh", the post offered or given to another
        ("Is oth liom a rá leat nár éirigh leat sa chomórtas seo.", OUT),
        ("Tá brón orainn a chur in iúl duit nár éirigh le d'iarratas.", OUT),
        ("Thairg an bord an post d'iarrthóir eile.", OTHER),
        ("Tugadh an post do dhuine eile a raibh taithí níos faide aige.", OTHER),
        ("Thugamar an ról d'iarrthóir eile.", OTHER),
    ],
)
def test_wide_refusals_give_their_token(text: str, token: str) -> None:
    assert token in _tokens(text)


@pytest.mark.parametrize(
    "text",
    [
        # English twins
        "The Saturday shifts are going to be shared out next week.",
        "The Saturday counter hours are going to you and Ros, starting on the 4th.",
        "If the weekend shifts are going to Priya, who trained with us, we'll let you know.",
        "Your references came through and Sam is coming to show you round on Monday, so we're "
        "sorted.",
        "My nephew is coming to help with the move on Friday, so we're sorted for the van.",
        "If we're not able to take you on as a lifeguard, we'll keep you on the reserve list.",
        "We're happy to take you on as our matchday performer.",
        "The tenors are full, so we can't take you on as a member this season - sorry!",
        "We're not able to take you on as a lifeguard without the pool rescue award, so please "
        "book it.",
        # Korean twins
        "이번 자리를 다른 분께 맡기게 되면 다시 연락드리겠습니다.",
        "면접은 다른 분이 진행하게 되었습니다.",
        "인연이 닿는다면 꼭 함께하고 싶습니다.",
        "최종 합격자 명단에 포함되셨습니다. 축하드립니다.",
        "아직 채용 여부가 결정되지 않았습니다.",
        "결과는 다음 주에 알려 드리겠습니다.",
        # French twins
        "Ce ne sera pas pour cette semaine, mais nous vous proposons un entretien mardi.",
        "C'est vous que nous avons choisie, bienvenue dans l'équipe !",
        "C'est un profil comme le vôtre que nous avons retenu.",
        "Si ce n'est pas pour cette fois, ce sera pour la prochaine.",
        "Nous vous tiendrons informée de la suite.",
        # Turkmen twins
        "Eger saýlanmasaňyz, size habar bereris.",
        "Heniz karar bermedik, netijäni soňra habar bereris.",
        "Arzaňyz kabul edildi, sag boluň.",
        "Biz heniz başga dalaşgäri saýlamadyk.",
        # Irish twins
        "Má tharlaíonn sé nár éirigh leat, cuirfimid scéala chugat.",
        "Níor thairg an painéal an post d'iarrthóir eile fós.",
        "Tá áthas orm a rá leat gur éirigh leat.",
        "Cuirfimid scéala chugat faoin toradh go luath.",
    ],
)
def test_wide_twins_without_a_decision(text: str) -> None:
    assert not decision(text)


@pytest.mark.parametrize(
    "text",
    [
        "Sizi söhbetdeşlige çagyrýarys.",
        "Size hasapçy wezipesini hödürleýäris.",
    ],
)
def test_turkmen_invitations_and_offers_are_held(text: str) -> None:
    assert held_abroad(text)
    assert not decision(text)


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        ("Arzaňyz", "Gynansak-da, biz başga dalaşgäri saýladyk."),
        ("Iarratas ar phost", "Tá brón orm a rá leat nár éirigh leat."),
    ],
)
def test_a_job_word_keeps_the_gate_open(subject: str, body: str) -> None:
    assert gate(subject, body)


_PORTAL = (
    "[Text recognised from image: status.png]\n\n"
    "COUNTY ARCHIVES | Applicant Portal\n"
    "My Applications\n"
    "Ref       Post                         Stage         Status\n"
    "CA-0415   Records Assistant            Assessment    Unsuccessful - not progressed\n"
    "          Closing date 02/03/2026      Updated 20/03/2026\n"
)


def test_a_portal_row_whose_stage_is_a_step_word_is_read() -> None:
    assert STATUS in message_decisions("Scan: status.png", _PORTAL)


def test_a_refused_row_beside_a_step_row_is_not_read() -> None:
    body = _PORTAL + "CA-0422   Search Room Assistant        Assessment    Book your slot\n"
    assert not message_decisions("Scan: status.png", body)
