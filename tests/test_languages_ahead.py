"""Twentieth pass, part D (issue 11): Faroese, Hausa, Igbo, Yoruba, Pashto, Burmese, Khmer and
Lao, read ahead of the blind slices (rejectwatch.model.languages_ahead). Each refusal gives its
shared token; its twins (a conditional, a decision still to come) give none; the guard holds an
invitation or an offer and not one negated or conditional; the gate shuts on a loan, a flat or a
scholarship and stays open beside a job word; the short words these languages share with others
("si", "ba", "که", "um") leave the other languages' readings as they were. The sentences are
written for these tests."""

from __future__ import annotations

import pytest

from readings import decision, marks
from rejectwatch.model import negation
from rejectwatch.model.features import Document
from rejectwatch.model.gate import decided_for_reader
from rejectwatch.model.guard_abroad import held_abroad

OUT, OTHER, GONE = negation.READER_OUT, negation.CHOSE_OTHER, negation.ROLE_GONE


def gate(subject: str, body: str) -> bool:
    return decided_for_reader([Document(subject, body, "team@firm.example")])[0]


@pytest.mark.parametrize(
    ("text", "token"),
    [
        # Faroese
        ("Tíverri ert tú ikki vald til starvið sum bókhaldari.", OUT),
        ("Umsóknin hjá tær er tíverri ikki vald.", OUT),
        ("Vit kunnu tíverri ikki bjóða tær starvið.", OUT),
        ("Vit hava valt ein annan umsøkjara.", OTHER),
        ("Starvið er longu sett.", GONE),
        # Hausa
        ("Abin takaici, ba a zaɓe ka ba a wannan karon.", OUT),
        ("Neman aikinka bai yi nasara ba.", OUT),
        ("Mun zabi wani dan takara da ke da kwarewa.", OTHER),
        ("An riga an cike gurbin.", GONE),
        # Igbo
        ("Ọ dị nwute, a họrọghị gị maka ọrụ a.", OUT),
        ("Arịrịọ gị agaghị n'ihu.", OUT),
        ("Anyị ahọrọla onye ọzọ.", OTHER),
        # Yoruba, toned and plain
        ("Ó ṣe ni láànú, ìbéèrè rẹ kò yọrí sí rere.", OUT),
        ("O se ni laanu, ibeere re ko yori si rere.", OUT),
        ("A ti yan olùdíje mìíràn.", OTHER),
        ("A ti yan elomiran fun ipo naa.", OTHER),
        ("Ipò náà ti kún.", GONE),
        # Pashto
        ("له بده مرغه، تاسو نه یاست ټاکل شوي.", OUT),
        ("ستاسو غوښتنلیک ونه منل شو.", OUT),
        ("موږ بل نوماند ټاکلی دی.", OTHER),
        ("دنده ډکه شوې ده.", GONE),
        # Burmese
        ("ဝမ်းနည်းစွာဖြင့် သင့်ကို ရွေးချယ်ခြင်း မခံရပါ။", OUT),
        ("သင့်လျှောက်လွှာ အောင်မြင်ခြင်း မရှိပါ။", OUT),
        ("အခြားလျှောက်ထားသူကို ရွေးချယ်ခဲ့ပါသည်။", OTHER),
        ("ရာထူး ပြည့်သွားပါပြီ။", GONE),
        # Khmer
        ("សូមអភ័យទោស អ្នកមិនត្រូវបានជ្រើសរើសទេ។", OUT),
        ("យើងបានជ្រើសរើសបេក្ខជនផ្សេង។", OTHER),
        ("មុខតំណែងនេះត្រូវបានបំពេញហើយ។", GONE),
        # Lao (one letter or two: "ສະໝັກ", "ສະຫມັກ")
        ("ຂໍອະໄພ, ທ່ານບໍ່ໄດ້ຮັບການຄັດເລືອກ.", OUT),
        ("ພວກເຮົາໄດ້ຄັດເລືອກຜູ້ສະໝັກຄົນອື່ນ.", OTHER),
        ("ພວກເຮົາໄດ້ຄັດເລືອກຜູ້ສະຫມັກຄົນອື່ນ.", OTHER),
        ("ຕຳແໜ່ງນີ້ເຕັມແລ້ວ.", GONE),
    ],
)
def test_languages_ahead_refusals_give_their_token(text: str, token: str) -> None:
    assert token in marks(text)


@pytest.mark.parametrize(
    "text",
    [
        "Um tú ikki ert vald, senda vit tær eitt teldubræv.",
        "Vit hava enn ikki valt ein annan umsøkjara.",
        "Idan ba a zaɓe ka ba, za mu sanar da kai.",
        "Har yanzu ba mu zaɓi wani ɗan takara ba.",
        "Ọ bụrụ na a họrọghị gị, anyị ga-agwa gị.",
        "Tí ìbéèrè rẹ kò bá yọrí sí rere, a ó sọ fún ọ.",
        "A kò tíì yan olùdíje mìíràn.",
        "که چیرې تاسو ونه ټاکل شوئ، موږ به تاسو ته خبر درکړو.",
        "ရွေးချယ်ခြင်း မခံရပါက အီးမေးလ်ဖြင့် အကြောင်းကြားပါမည်။",
        "ប្រសិនបើអ្នកមិនត្រូវបានជ្រើសរើស យើងនឹងជូនដំណឹង។",
        "ຖ້າທ່ານບໍ່ໄດ້ຮັບການຄັດເລືອກ, ພວກເຮົາຈະແຈ້ງໃຫ້ຮູ້.",
    ],
)
def test_languages_ahead_twins_without_a_decision(text: str) -> None:
    assert not decision(text)


def test_short_words_are_read_only_in_their_own_language() -> None:
    # French "si" (if) is no condition before Yoruba's "rere"; still one before a French verb
    assert decision("Ibeere re ko yori si rere.")
    assert not decision("Si votre candidature n'est pas retenue, nous vous écrirons.")
    # Persian "که" (that) is no Pashto "if"; Vietnamese "ba" (three) no Hausa negation
    assert decision("متاسفانه باید بگوییم که ما نامزد دیگری را انتخاب کرده‌ایم.")
    assert held_abroad("Ba giờ chiều chúng tôi mời bạn phỏng vấn.")
    # Faroese "um" only before a subject: Swedish "ansökan om" keeps its decision
    assert decision("Tyvärr har vi valt en annan kandidat för tjänsten.")


@pytest.mark.parametrize(
    "text",
    [
        "Vit bjóða tær til starvssamrøðu mánadagin.",
        "Vit vilja bjóða tær starvið sum skrivari.",
        "Muna gayyatar ka zuwa hira ranar Litinin.",
        "Muna farin cikin ba ka aikin direba.",
        "Anyị na-akpọ gị ka ị bịa maka ajụjụ ọnụ na Mọnde.",
        "Anyị na-enye gị ọrụ ahụ.",
        "A fẹ́ pè ọ́ fún ìfọ̀rọ̀wánilẹ́nuwò ní ọjọ́ Ajé.",
        "A fún ọ ní ipò náà.",
        "تاسو مرکې ته رابلل کیږئ.",
        "موږ تاسو ته دنده وړاندیز کوو.",
        "အင်တာဗျူးအတွက် ဖိတ်ခေါ်ပါသည်။",
        "ရာထူးကို ကမ်းလှမ်းလိုပါသည်။",
        "យើងសូមអញ្ជើញអ្នកមកសម្ភាសន៍។",
        "យើងសូមផ្តល់ជូនមុខតំណែងនេះដល់អ្នក។",
        "ພວກເຮົາຂໍເຊີນທ່ານມາສຳພາດ.",
    ],
)
def test_languages_ahead_invitations_and_offers_are_held(text: str) -> None:
    assert held_abroad(text)
    assert not decision(text)


@pytest.mark.parametrize(
    "text",
    [
        "Tíverri bjóða vit tær ikki til samrøðu.",
        "Idan kin yi nasara, muna gayyatar ka zuwa hira.",
        "Anyị enweghị ike ịkpọ gị maka ajụjụ ọnụ.",
        "A kò lè pè ọ́ fún ìfọ̀rọ̀wánilẹ́nuwò.",
        "که چیرې تاسو بریالي شئ، تاسو مرکې ته رابلل کیږئ.",
        "យើងមិនអាចអញ្ជើញអ្នកមកសម្ភាសន៍បានទេ។",
        "ຖ້າທ່ານຜ່ານ, ພວກເຮົາຂໍເຊີນທ່ານມາສຳພາດ.",
    ],
)
def test_a_negated_or_conditional_invitation_is_not_held(text: str) -> None:
    assert not held_abroad(text)


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        ("Íbúðin", "Tíverri hava vit valt ein annan leigara til íbúðina."),
        ("Tallafin karatu", "Abin takaici, neman aikinka bai yi nasara ba don tallafin karatu."),
        ("Mbinye ego", "Ọ dị nwute, arịrịọ gị maka mbinye ego agaghị n'ihu."),
        ("Owó ilé", "Ìbéèrè rẹ fún owó ilé kò yọrí sí rere."),
        ("ချေးငွေ", "သင့် ချေးငွေ လျှောက်လွှာ အောင်မြင်ခြင်း မရှိပါ။"),
        ("ប្រាក់កម្ចី", "ពាក្យស្នើសុំប្រាក់កម្ចីរបស់អ្នកមិនត្រូវបានទទួលយក។"),
        ("ເງິນກູ້", "ໃບສະໝັກເງິນກູ້ຂອງທ່ານບໍ່ຜ່ານ."),
    ],
)
def test_a_non_job_decision_in_these_languages_shuts_the_gate(subject: str, body: str) -> None:
    assert decision(body)
    assert not gate(subject, body)


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        ("Starv", "Vit hava valt ein annan umsøkjara."),
        ("Aikin direba", "Mun zaɓi wani ɗan takara."),
        ("Ọrụ", "Anyị ahọrọla onye ọzọ."),
        ("Ipò", "A ti yan olùdíje mìíràn."),
        ("دنده", "موږ بل نوماند ټاکلی دی."),
        ("ရာထူး", "အခြားလျှောက်ထားသူကို ရွေးချယ်ခဲ့ပါသည်။"),
        ("មុខតំណែង", "យើងបានជ្រើសរើសបេក្ខជនផ្សេង។"),
        ("ຕຳແໜ່ງ", "ພວກເຮົາໄດ້ຄັດເລືອກຜູ້ສະໝັກຄົນອື່ນ."),
    ],
)
def test_a_job_word_keeps_the_gate_open(subject: str, body: str) -> None:
    assert gate(subject, body)
