"""Forty-first pass, third round (issue 11): blind slice 50's misses, read as kinds
(rejectwatch.model.posts_given, choices_plain, insiders_abroad and insiders_chosen).

Refusals that must carry a decision token: kin working the post now, started or joining; the
post now with kin or kept by kin; the post given to kin told through others; the post given to
someone told next with what they have driven or who they are; this round ending for the reader;
the reader left off the list and the application closed by it; the post someone's by a trade's
name and where it stands; and the French, German, Chinese, Korean and Hindi shapes. Twins that
must stay unread: kin starting school or with the scouts, the reader's application with a
recruiter, the application window closing, a rule that an unfinished test closes the
application. Every message is written for these tests."""

from __future__ import annotations

import pytest

from readings import decision, marks

REFUSALS = [
    "Auntie Joy's son Marvin is working the grill with us on Fridays now.",
    "Kofi's niece Abena has started with us this week on the early bake.",
    "Mrs Doyle's grandson Fionn is joining us on the till from Monday.",
    "The milk round is now run by my nephew Callum.",
    "The ferry ticket booth is now with Ama Owusu, our skipper's daughter.",
    "Porter job at the market: the owner gave it to his brother's son Kojo.",
    "Tuk-tuk driver for the hotel – we have given it to Mr. Perera, he has driven for us before.",
    "We've assigned it to Maeve, who restored the stall's awning last year.",
    "This stage ends for you at the written test.",
    "The panel drew up its list and you were left off it; this closes the application.",
    "The drummer's seat in the band is Tomás Reilly's; he played with us all summer.",
    "Le poste de tourneur revient à Mme Claire Blanc, qui travaillait chez nous l'hiver.",
    "Die Stelle am Ofen hat jetzt Herr Brandt, der seit Jahren bei uns aushilft.",
    "收银员的位置，老板已经给了他侄女小李。",
    "제빵 보조로는 사장님 조카인 민수 씨를 뽑았습니다.",
    "काउंटर वाली पोस्ट पर सेठ जी ने भांजे रोहित को रख लिया है।",
]
TWINS = [
    "My daughter is starting at the school next week, so I'll be slow to reply.",
    "Your application is now with Sarah, our recruiter, who will call you on Friday.",
    "The application window closes the application round on 30 June.",
    "Our son is starting with the scouts from next week, so Fridays are out for me.",
    "Next comes a timed test; an unfinished test after that closes the application.",
]


@pytest.mark.parametrize("text", REFUSALS)
def test_a_refusal_is_read(text: str) -> None:
    assert decision(text), marks(text)


@pytest.mark.parametrize("text", TWINS)
def test_the_twin_gets_no_decision(text: str) -> None:
    assert not decision(text), marks(text)
