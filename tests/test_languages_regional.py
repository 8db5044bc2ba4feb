"""Twenty-sixth pass, part D (issue 11): the usual refusal formulas of slice 24's missed
languages. Aragonese, Seychellois Creole, Ido, Krio, Limburgish, Sranan Tongo, Walloon and
Venetian are read by rejectwatch.model.languages_regional, and the forms German, Spanish,
Romanian and Vietnamese lacked: the post filled "with" someone described at length, someone
chosen and described in a clause of their own whose words name a shift, someone "settled on",
someone taken on and described rather than called "another". Each refusal gives a decision
token; its twins (a receipt, an invitation, a promise to write if something opens, a sold-out
event, the reader chosen) give none. The sentences are written for these tests, in other trades
than the slice's."""

from __future__ import annotations

import pytest

from readings import decision

REFUSALS = [
    # Aragonese
    "Emos triau a unatra persona que ya ha treballau en una ferrería.",
    "Emos escullíu a unatro candidato ta o puesto de cozinero.",
    "Ya emos contratau a unatra moza ta la tienda.",
    "O puesto ya ye ocupau, lo sentimos muito.",
    "No has estau trigau ta o puesto d'ixe anyo.",
    # Seychellois Creole
    "Nou'n swazir en lot kandida pour sa pos.",
    "Nou'n pran en lot dimoun ki konn kwit pwason.",
    "Nou fin angaz en lot dimoun pour travay lakwizin.",
    "Pos la in fini ranpli, mersi pour ou lentere.",
    "Ou pa'n ganny seleksyonnen pour sa pos.",
    # Ido
    "Ni selektis altra kandidato por la posteno.",
    "Ni dungis altra persono qua havas plu multa experienco.",
    "Ni elektis altru, pro ke il ja konocas la butiko.",
    "La posteno ja esas okupata.",
    "Vu ne esas selektita por la posteno.",
    # Krio
    "Wi dɔn pik ɔda pɔsin fɔ di draiva wok.",
    "Wi don tek oda posin we sabi di wok.",
    "Di wok dɔn ful, wi sɔri.",
    "Wi nɔ go ebul fɔ tek yu fɔ dis wok.",
    # Limburgish
    "Veer höbbe gekoze veur emes angers.",
    "Veer höbbe emes anges aangenome veur de kaffee.",
    "Weer höbbe veur ein anger gekoze.",
    "De plaats is al vergaeve, sorry.",
    # Sranan Tongo
    "Wi teki wan tra sma kaba gi a wroko.",
    "Wi kies wan tra sma di sabi a wroko moro bun.",
    "Wi feni wan tra sma kaba fu a presi.",
    # Walloon
    "Nos avans pris ene ôte djin po l' ovraedje.",
    "Nos avans ddja eployî on ôte candidat.",
    "Li plaece est ddja prinde, dji so dezolé.",
    "Vos n' avoz nén stî tchoezi po l' plaece.",
    # Venetian
    "Gavemo sielto n'altra persona par el posto.",
    "Gavemo ciapà on tosato che xe za pratico del mestier.",
    "Ghemo za tolto na tosa che gaveva lavorà in ostaria.",
    "El posto xe za sta ciapà, ne dispiase.",
    # German: the post filled with someone described at length
    "Die Stelle haben wir mittlerweile mit einer Gesellin aus unserer Filiale in Lübeck besetzt.",
    "Die Stelle wurde inzwischen mit einem Mitarbeiter aus der eigenen Tischlerei besetzt.",
    "Die Lehrstelle ist bereits mit einer Bewerberin aus dem Nachbarort im zweiten Jahr besetzt.",
    # Spanish: someone chosen, described in a clause that names a shift
    "Nos quedamos con una muchacha que vive a dos cuadras y puede cubrir el turno de la noche.",
    "Elegimos a una persona que ya conoce el turno de fin de semana del almacén.",
    "Contratamos a alguien que puede entrar en el turno de la mañana sin problema.",
    # Romanian: someone settled on, someone taken on and described
    "Ne-am oprit la o altă persoană, care are experiență în patiserie.",
    "Ne-am oprit asupra unui candidat care a mai lucrat la noi.",
    "Am angajat deja pe cineva care locuiește lângă depozit.",
    "Ne-am hotărât pentru o colegă care a mai lucrat în bucătărie.",
    # Vietnamese: someone taken on and described, not "another"
    "Tuy vậy, chúng tôi đã nhận một người từng làm ở quán phở nhiều năm.",
    "Cửa hàng đã chọn một bạn có kinh nghiệm bán hàng lâu hơn.",
    "Chúng tôi đã tuyển được người phù hợp cho vị trí này.",
    "Xưởng đã tìm được người cho công việc thợ phụ.",
]

TWINS = [
    # Aragonese
    "Emos recibiu a tuya candidatura ta o puesto de cozinero.",
    "Emos triau a tu ta una entrevista o martes.",
    "Si o puesto ya ye ocupau, te lo diremos.",
    # Seychellois Creole
    "Nou'n resevwar ou aplikasyon pour pos resepsyonis.",
    "Nou'n swazir ou pour en lantretyen lendi.",
    "Si nou pa'n swazir ou, nou pou ekri ou.",
    "Konser la in fini ranpli, nou pa annan okenn tiket ankor.",
    # Ido
    "Ni recevis vua candideso por la posteno.",
    "Ni selektis vu por intervisto en la biblioteko.",
    "Se ni selektis altra kandidato, ni skribos a vu.",
    # Krio
    "Wi dɔn gɛt yu lɛta fɔ di wok, wi go kɔl yu.",
    "Wi dɔn pik yu fɔ kam tɔk wit wi na Mɔnde.",
    "Di ples dɔn ful fɔ di pati, no tikit nɔ de igen.",
    "Wi nɔ go ebul fɔ tek yu na di ɛpɔt tumara.",
    # Limburgish
    "Veer höbbe dien sollicitatie gekrege, danke.",
    "Veer höbbe dich gekoze veur e gesprek op maondag.",
    "De zaal is al vol veur de carnavalsaovend.",
    # Sranan Tongo
    "Wi kisi yu brifi fu a wroko, wi o kari yu.",
    "Wi teki wan tra bus go na foto.",
    "Wi kies yu fu kon taki nanga wi.",
    # Walloon
    "Nos avans bén rçû vosse candidateure.",
    "Nos avans tchoezi vos po on rendez-vous londi.",
    "Li sale est ddja plinne po l' concert.",
    # Venetian
    "Gavemo ricevùo la to domanda de lavoro.",
    "Gavemo sielto ti par el colocuio de luni.",
    "El posto in barca xe za ciapà, ghe xe altre gite.",
    "Gavemo sielto on zorno par el colocuio.",
    # German
    "Die Stelle haben wir mit einer Anzeige in der Lokalzeitung ausgeschrieben.",
    "Die Stelle haben wir noch nicht mit einem neuen Mitarbeiter besetzt.",
    "Sobald die Stelle mit einer Fachkraft besetzt ist, melden wir uns.",
    "Die Stelle haben wir mit einer Prämie von 300 Euro im Monat ausgestattet.",
    # Spanish
    "Buscamos a alguien que pueda cubrir el turno de la noche.",
    "Nos quedamos con alguien que te enseñe el turno de la mañana.",
    "Si nos quedamos con alguien que ya conoce el turno, te avisaremos.",
    "Recibimos tu solicitud y te llamaremos para una entrevista.",
    # Romanian
    "Ne-am oprit la o cafenea după interviu.",
    "Am primit candidatura dumneavoastră pentru postul de ospătar.",
    "Am găsit pe cineva care să repare acoperișul.",
    "Ne-am hotărât pentru o întâlnire luni la ora zece.",
    # Vietnamese
    "Chúng tôi đã nhận được đơn của bạn cho vị trí phụ bếp.",
    "Nếu chúng tôi đã chọn một người khác, chúng tôi sẽ báo cho bạn.",
    "Chúng tôi đã nhận một người đặt bàn cho tối thứ bảy.",
    "Chúng tôi chưa tìm được người cho vị trí này, mời bạn phỏng vấn.",
    # English business mail and other languages' twins
    "We have settled on a supplier who can deliver the pallets on Monday.",
    "Die Position ist mit einem Budget von 5000 Euro hinterlegt.",
    "Nous avons bien reçu votre candidature pour le poste de serveur.",
    "Gracias por tu solicitud, la revisaremos esta semana.",
]


@pytest.mark.parametrize("text", REFUSALS)
def test_regional_refusals_give_a_decision(text: str) -> None:
    assert decision(text), text


@pytest.mark.parametrize("text", TWINS)
def test_regional_twins_give_no_decision(text: str) -> None:
    assert not decision(text), text
