"""Twentieth pass, part C (issue 11): Māori, Scottish Gaelic, Esperanto, Kurmanji, Belarusian,
Haitian Creole, Cebuano, Malayalam and Sinhala, and the Amharic choice of another said with any
word for the one chosen (rejectwatch.model.newer_languages). Each refusal, in a letter's, a
note's or a competition result's words, gives its shared token; its twins (a conditional, a
silence rule, a decision still to come, "we'll keep your papers") give none; the guard holds an
invitation or an offer and not one negated; the gate shuts on a loan, rent or a scholarship and
stays open beside a job word. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from readings import decision, gate, marks
from rejectwatch.model import negation
from rejectwatch.model.guard_abroad import held_abroad

OUT, OTHER, GONE = negation.READER_OUT, negation.CHOSE_OTHER, negation.ROLE_GONE


@pytest.mark.parametrize(
    ("text", "token"),
    [
        # Māori
        ("Kua kōwhiria e mātou tētahi atu kaitono mō te tūranga kaiako.", OTHER),
        ("E pōuri ana mātou, kāore koe i whiriwhiria mō tēnei tūranga.", OUT),
        ("Kāore i angitu tō tono i tēnei wā.", OUT),
        # "ahakoa" (although) is no condition
        ("Ahakoa he pai tō tono, kua kōwhiria e mātou tētahi atu kaitono.", OTHER),
        # an "after" in the past is no decision still to come
        ("Post kiam ni intervjuis ĉiujn, ni elektis alian kandidaton.", OTHER),
        ("Пасля таго як камісія разгледзела заявы, яна абрала іншага кандыдата.", OTHER),
        ("Kua whakakīia te tūranga.", GONE),
        # Scottish Gaelic
        ("Tha sinn duilich nach deach do thaghadh airson na dreuchd.", OUT),
        ("Gu mì-fhortanach, cha do shoirbhich leibh an turas seo.", OUT),
        ("Thagh sinn tagraiche eile aig a' cheann thall.", OTHER),
        ("Chaidh tagraiche eile a thaghadh.", OTHER),
        ("Tha an dreuchd air a lìonadh.", GONE),
        # Esperanto
        ("Bedaŭrinde vi ne estis elektita por la posteno.", OUT),
        ("Via kandidatiĝo bedaŭrinde ne sukcesis.", OUT),
        ("Ni ne povas proponi al vi la postenon.", OUT),
        ("La komitato elektis alian kandidatinon.", OTHER),
        ("La posteno jam estas plenigita.", GONE),
        # Kurmanji
        ("Mixabin, serlêdana we nehat qebûlkirin.", OUT),
        ("Hûn nehatin hilbijartin.", OUT),
        ("Me berendamekî din hilbijart.", OTHER),
        ("Em ê bi kandîdatekî din re bixebitin.", OTHER),
        ("Pozîsyona wergêr hat dagirtin.", GONE),
        # Belarusian, a letter and a competition's result
        ("На жаль, вы не былі абраны на гэтую пасаду.", OUT),
        ("Ваша кандыдатура не прайшла адбор.", OUT),
        ("Па выніках конкурсу вы не прайшлі конкурс на пасаду.", OUT),
        ("Камісія выбрала іншага ўдзельніка конкурсу.", OTHER),
        ("Пераможцам конкурсу стала іншая ўдзельніца.", OTHER),
        ("Пасада ўжо занятая.", GONE),
        # Haitian Creole
        ("Malerezman, aplikasyon ou pa te aksepte.", OUT),
        ("Nou pa ka kontinye ak aplikasyon w lan.", OUT),
        ("Nou chwazi yon lòt kandida pou travay la.", OTHER),
        ("Pòs la deja ranpli.", GONE),
        # Cebuano, a note from a phone
        ("Pasayloa, wala ka napili sa posisyon.", OUT),
        ("Ikasubo, wala madawat ang imong aplikasyon.", OUT),
        ("Laing aplikante ang napili para sa trabaho.", OTHER),
        ("Napun-an na ang posisyon.", GONE),
        # Malayalam
        ("ക്ഷമിക്കണം, താങ്കളെ ഈ ജോലിക്ക് തിരഞ്ഞെടുക്കാൻ കഴിഞ്ഞില്ല.", OUT),
        ("നിങ്ങളുടെ അപേക്ഷ നിരസിക്കപ്പെട്ടു.", OUT),
        ("നിങ്ങളുടെ ജോലി അപേക്ഷ നിരസിക്കപ്പെട്ടു.", OUT),
        ("ഈ തസ്തികയിലേക്ക് മറ്റൊരു ഉദ്യോഗാർത്ഥിയെ തിരഞ്ഞെടുത്തു.", OTHER),
        ("ഈ ഒഴിവ് നികത്തിക്കഴിഞ്ഞു.", GONE),
        # Sinhala
        ("ඔබේ අයදුම්පත ප්‍රතික්ෂේප කර ඇත.", OUT),
        ("කණගාටුයි, ඔබව තෝරා ගැනීමට නොහැකි විය.", OUT),
        ("මෙවර ඔබව තෝරා ගැනීමට අපට නොහැකි වුණා.", OUT),
        ("මෙම තනතුර සඳහා වෙනත් අයදුම්කරුවෙකු තෝරා ගෙන ඇත.", OTHER),
        ("තනතුර දැනටමත් පුරවා ඇත.", GONE),
        # a list's or a competition's result
        ("Kāore koe i uru ki te rārangi poto.", OUT),
        ("Cha deach ur cur air a' gheàrr-liosta.", OUT),
        ("Chan eil sinn a' dol air adhart le ur n-iarrtas.", OUT),
        ("Vi ne estas inter la elektitoj de la konkurso.", OUT),
        ("Hûn derbasî qonaxa din nebûn.", OUT),
        ("Па выніках конкурсу вы не ўвайшлі ў спіс фіналістаў.", OUT),
        ("Ou pa pase nan pwochen etap la.", OUT),
        ("Sorry, wala ka nakasulod sa shortlist.", OUT),
        ("നിങ്ങൾ ചുരുക്കപ്പട്ടികയിൽ ഉൾപ്പെട്ടിട്ടില്ല.", OUT),
        ("ඔබ කෙටි ලැයිස්තුවට ඇතුළත් කර නැත.", OUT),
        # Amharic: another chosen, named with any word
        ("ለዚህ መደብ ሌላ ተወዳዳሪ መርጠናል።", OTHER),
        ("ሌላ ልምድ ያለው ባለሙያ ቀጥረናል።", OTHER),
    ],
)
def test_newer_languages_refusals_give_their_token(text: str, token: str) -> None:
    assert token in marks(text)


@pytest.mark.parametrize(
    "text",
    [
        # conditionals and silence rules
        "Mēnā kāore koe i whiriwhiria, ka tuku īmēra mātou.",
        "Ki te kore koe e rongo mai i a mātou, kua kōwhiria e mātou tētahi atu kaitono.",
        "Ma chaidh tagraiche eile a thaghadh, cuiridh sinn fios thugaibh.",
        "Mura cluinn sibh bhuainn ro Dihaoine, cha deach ur taghadh.",
        "Se vi ne ricevos respondon, ni elektis alian kandidaton.",
        "Se ni elektos alian kandidaton, ni skribos al vi.",
        "Heke hûn nehatin hilbijartin, em ê ji we re binivîsin.",
        "Eger serlêdana we nehat qebûlkirin, em ê we agahdar bikin.",
        "Калі вы не былі абраны, мы паведамім вам лістом.",
        "У выпадку, калі камісія абрала іншага кандыдата, вы атрымаеце ліст.",
        "Si ou pa tande anyen, nou te chwazi yon lòt moun.",
        "Si nou chwazi yon lòt kandida, n ap ekri w.",
        "Kung dili ka makadawat og tubag, wala ka napili.",
        "Kon wala ka napili, amo kang tawagan.",
        "നിങ്ങളെ തിരഞ്ഞെടുത്തിട്ടില്ലെങ്കിൽ ഞങ്ങൾ ഇമെയിൽ അയയ്ക്കും.",
        "ඔබව තෝරා ගැනීමට නොහැකි වුවහොත් අපි ඔබට දන්වන්නෙමු.",
        "ሌላ ተወዳዳሪ ከመረጥን እናሳውቅዎታለን።",
        "Mēnā kāore koe i uru ki te rārangi poto, ka tuku reta mātou.",
        "Калі вы не ўвайшлі ў спіс, вы атрымаеце ліст.",
        "Si ou pa pase nan pwochen etap la, n ap voye yon imèl.",
        "Kung wala ka nakasulod sa shortlist, amo kang tawagan.",
        "ഇതുവരെ നിങ്ങൾ ചുരുക്കപ്പട്ടികയിൽ ഉൾപ്പെട്ടിട്ടില്ല.",
        # decisions still to come
        "Kāore anō kia kōwhiria e mātou tētahi atu kaitono.",
        "Cha do thagh sinn tagraiche eile fhathast.",
        "Ni ankoraŭ ne elektis alian kandidaton.",
        "Me hê ne berendamekî din hilbijart.",
        "Камісія яшчэ не абрала іншага кандыдата.",
        "Nou poko chwazi yon lòt kandida.",
        "Wala pa mi nakapili og laing aplikante.",
        "ഞങ്ങൾ ഇതുവരെ മറ്റൊരു ഉദ്യോഗാർത്ഥിയെ തിരഞ്ഞെടുത്തിട്ടില്ല.",
        "තවමත් වෙනත් අයදුම්කරුවෙකු තෝරා ගෙන නැත.",
        # "we'll keep your papers": no decision
        "Калі вы не супраць, мы захаваем вашы дакументы на паўгода.",
        "Ka puritia e mātou tō tono mō ngā tūranga o anamata.",
        "Ni konservos vian kandidatiĝon por estontaj postenoj.",
        # a choice of another negated
        "Cha do thagh sinn tagraiche eile.",
        "Ni ne elektis alian kandidaton, ĉar neniu kandidatiĝis.",
        "Камісія не абрала іншага кандыдата.",
        "Nou ap kenbe aplikasyon ou pou lòt pòs ki ka louvri.",
        # a post still to fill
        "Kāore anō te tūranga kia whakakīia.",
        "La posteno ankoraŭ ne estas plenigita.",
        "Пасада яшчэ не занятая.",
    ],
)
def test_newer_languages_twins_without_a_decision(text: str) -> None:
    assert not decision(text)


def test_short_words_are_read_only_in_their_own_language() -> None:
    # Haitian "ak" (with) is no Slovak "ak" (if); Slovak's still is
    assert decision("Nou pa ka kontinye ak aplikasyon ou.")
    assert not decision("Ak nebudete vybraný, vybrali sme iného uchádzača.")
    # Esperanto "se", Haitian "si" and Gaelic "ma" are no conditional in Romance or Maltese
    assert decision("Abbiamo scelto un altro candidato, se vi interessa riproveremo.")
    assert decision("Hemos seleccionado a otra candidata, si bien su perfil era bueno.")
    assert decision("Ma ntgħażiltx għal din il-pożizzjoni.")
    # a Sinhala "decision" (තීරණය) holds no loan (ණය)
    assert gate("රැකියා අයදුම්පත", "අපගේ තීරණය: ඔබේ අයදුම්පත ප්‍රතික්ෂේප කර ඇත.")


@pytest.mark.parametrize(
    "text",
    [
        "E hiahia ana mātou ki te pōwhiri i a koe ki tētahi uiuinga.",
        "Bu toil leinn cuireadh a thoirt dhuibh gu agallamh.",
        "Estus plezuro inviti vin al intervjuo lundon.",
        "Em dixwazin we ji bo hevpeyvînê vexwînin.",
        "Запрашаем вас на сумоўе ў аўторак.",
        "Nou ta renmen envite w pou yon entèvyou.",
        "Gi-imbitar ka namo para sa interview sa Lunes.",
        "ഞങ്ങൾ നിങ്ങളെ അഭിമുഖത്തിന് ക്ഷണിക്കുന്നു.",
        "සම්මුඛ පරීක්ෂණය සඳහා ඔබට ආරාධනා කරමු.",
        "Estas plezuro proponi al vi la postenon.",
        "Nou kontan ofri w pòs la.",
        "Прапануем вам пасаду бібліятэкара.",
        "የሂሳብ ሠራተኛ የሥራ መደቡን ልንሰጥዎ ወስነናል።",
    ],
)
def test_newer_languages_invitations_and_offers_are_held(text: str) -> None:
    assert held_abroad(text)
    assert not decision(text)


@pytest.mark.parametrize(
    "text",
    [
        "Bedaŭrinde ni ne povas inviti vin al intervjuo.",
        "На жаль, не можам запрасіць вас на сумоўе.",
        "Malerezman, nou pa ka envite w pou yon entèvyou.",
    ],
)
def test_a_negated_invitation_is_not_held(text: str) -> None:
    assert not held_abroad(text)


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        ("Taurewa", "E pōuri ana mātou, kāore i angitu tō tono mō te taurewa."),
        ("Stipendio", "Bedaŭrinde ni elektis alian personon por la stipendio."),
        ("Крэдыт", "На жаль, ваша заява на крэдыт не была падтрымана."),
        ("Lwaye", "Malerezman, nou chwazi yon lòt moun pou lwaye apatman an."),
        ("വായ്പ", "നിങ്ങളുടെ അപേക്ഷ നിരസിക്കപ്പെട്ടു. വായ്പ അനുവദിക്കാൻ കഴിയില്ല."),
    ],
)
def test_a_non_job_decision_in_these_languages_shuts_the_gate(subject: str, body: str) -> None:
    assert decision(body)
    assert not gate(subject, body)


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        ("Dreuchd: oifigear", "Tha sinn duilich nach deach ur taghadh."),
        ("Вынікі конкурсу на пасаду", "Камісія абрала іншага кандыдата."),
        ("Aplikasyon pou pòs chofè", "Nou te chwazi yon lòt moun."),
    ],
)
def test_a_job_word_keeps_the_gate_open(subject: str, body: str) -> None:
    assert gate(subject, body)
