"""A hostile re-read of the twenty-sixth pass's language readings (issue 11, twenty-sixth pass,
part Q): rejectwatch.model.languages_breadth and languages_regional read short words that other
languages and English-speaking mail use too.

Mail that is no refusal, in a neighbour language or in the language itself, holding a branch's
words, gives no decision token: a Kinyarwanda slot booked for the reader, a team's second place in
Chuvash, a seat chosen on a Ukrainian booking site, a Russian draw or an election, a place
reserved for the reader in Tatar or Bashkir, a Dutch tennis court, a German advice office
staffed, a Krio generator replaced, a Vietnamese transfer's payee. And a refusal that the
Xitsonga "if" ("loko") silenced in siSwati and Zulu, where "loko" is "that", reads again, and so
does a Malay refusal naming Jeli, a town the Upper Sorbian "if" ("jeli") silenced.
"""

from __future__ import annotations

import pytest

from readings import decision

NOT_REFUSALS = [
    # Kirundi's "umwanya … wafashwe": the reader's own slot booked (Kinyarwanda)
    "Umwanya wawe wafashwe ku wa kabiri saa tatu.",
    "Umwanya wanyu wafashwe, tuzobabona ku wa kane.",
    # Sepedi's "re kgethile mongwe": each one of you chosen for a meeting
    "Re kgethile mongwe le mongwe wa lena go tla kopanong ya Labobedi.",
    # South German "we can't take you": a bus, a tent full; another colour chosen
    "Mir kenne eich leider net nemme, dr Bus isch voll.",
    "Mia kenna di leida ned nehma, des Zelt is scho voll.",
    "Mia ham uns fia a andane Farb entschiedn.",
    "Mir hàn uns fer e àndri Wohnung entschiede.",
    # Turkish marketing: "we did not choose you, you chose us"
    "Sizi seçmedik, siz bizi seçtiniz: teşekkürler!",
    # Hiligaynon "iban nga" a house
    "Nakapangita na kami sang iban nga balay sa Iloilo.",
    # Russian "вас не выбрали": a draw, an election; Ukrainian "місце вже заняте": a seat
    "К сожалению, вас не выбрали победителем розыгрыша.",
    "Вас не выбрали депутатом, избиратели решили иначе.",
    "Обране місце вже заняте. Будь ласка, оберіть інше місце.",
    "Це місце вже заняте, сідайте біля вікна.",
    # Bashkir and Tatar: a place reserved for the reader; a show sold out
    "Һеҙҙең өсөн урын биләнгән.",
    "Сезнең өчен урын биләнгән, рәхим итегез.",
    "Урын инде тулы, спектакль алдан сатылды.",
    # Chuvash: the team came second, first
    "Пирĕн команда иккĕмĕш вырăн йышăннă.",
    "Пирӗн команда пӗрремӗш вырӑн йышӑннӑ.",
    # Yakut: the theatre full
    "Миэстэ толору театрга.",
    # Krio and Pidgin: a thing replaced, a raffle
    "The generator spoil but wi don get oda wan.",
    "Di shoe no fit, so wi don tek oda wan.",
    "Wi don pik oda posin fɔ di raffle.",
    # Dutch near Limburgish: a court booked
    "De baan is al bezet, we spelen om acht uur.",
    # German: an office staffed
    "Unsere Servicestelle ist ab sofort mit einem zusätzlichen Berater besetzt, damit Sie "
    "schneller Hilfe bekommen.",
    "Die Beratungsstelle ist vormittags mit einer Sozialarbeiterin besetzt.",
    # Spanish: a draw's winner; Romanian: a stall by the road
    "Elegimos a una persona que se llevará dos entradas en el sorteo.",
    "Ne-am oprit la o doamnă care vindea mere pe marginea șoselei.",
    # Vietnamese: a transfer's payee, a promotion's winner
    "Bạn đã chọn một người nhận mới cho giao dịch chuyển tiền.",
    "Ứng dụng đã chọn một người chiến thắng trong chương trình khuyến mãi.",
]

REFUSALS = [
    # siSwati and Zulu "loko" is "that", never Xitsonga's "if"
    "Siyacolisa, awukhetfwanga, loko kuyasidzabukisa.",
    "Ngeshwa awukhethwanga, loko kuyadabukisa.",
    # Malay naming Jeli, a town in Kelantan, never Upper Sorbian's "if"
    "Maaf, kami telah memilih calon lain untuk jawatan di Jeli.",
    "Maaf, jawatan kerani di Jeli telah diisi.",
    # the branches narrowed still read their refusals
    "Tubabajwe, umwanya waramaze kuronka umukozi.",
    "Re kgethile motho yo mongwe.",
    "Mir han uns leider fer e àndere Bewerberin entschiede.",
    "Mia ham uns fia a andane Kandidatin entschiedn.",
    "Mia kenna eich leida ned ãstölln.",
    "Des wird leider nix mit dr Stell.",
    "Sizi seçmedik, üzgünüz.",
    "Nakapili na kami sang iban nga aplikante.",
    "Nakapili na kami sang iban.",
    "Ми вибрали іншого кандидата на цю посаду.",
    "Выбрали сьме іншого кандідата.",
    "Місце уж обсаджене.",
    "Урын инде биләнгән.",
    "Вырăн ĕнтĕ йышăннă.",
    "Wi dɔn pik ɔda wan fɔ di wok.",
    "Wi don tek oda posin we sabi di wok.",
    "De plaats is al vergaeve.",
    "Die Stelle haben wir inzwischen mit einer Gesellin aus unserer Filiale besetzt.",
    "Ne-am oprit la o altă persoană.",
    "Chúng tôi đã nhận một người từng làm ở quán khác.",
]

# (a Xitsonga "if" before its subject still makes a receipt's sentence conditional)
CONDITIONAL_RECEIPTS = [
    "Loko hi hlawule munhu un'wana, hi ta ku tivisa.",
    "Loko u nga hlawuriwanga, hi ta ku tivisa hi email.",
    "Jeli budźeće wubrany, zdźělimy Wam to.",
]


@pytest.mark.parametrize("text", NOT_REFUSALS)
def test_neighbour_mail_gives_no_decision(text: str) -> None:
    assert not decision(text), text


@pytest.mark.parametrize("text", REFUSALS)
def test_refusals_still_read(text: str) -> None:
    assert decision(text), text


@pytest.mark.parametrize("text", CONDITIONAL_RECEIPTS)
def test_xitsonga_if_still_conditional(text: str) -> None:
    assert not decision(text), text
