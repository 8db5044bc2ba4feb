"""Twenty-second pass, part J (issue 11): a hostile re-read of part C's languages
(rejectwatch.model.languages_more). Each misfire found is a sentence written for these tests: a
"we can't take you" that only moves a day or is no job (Scots, Tok Pisin, Bislama, Yiddish,
Breton, Occitan, Setswana, Sesotho, Wolof), a choice of everyone or of a supplier, seats or news
read as the post gone or another chosen (Sesotho, Scots, Kyrgyz, Tigrinya, Korean, Arabic,
Hindi, Sindhi), a Portuguese conditional; and the refusals the module missed in other words or
order (as far as the writer knows each language)."""

from __future__ import annotations

import pytest

from readings import decision, marks
from rejectwatch.model import negation

OUT, OTHER, GONE = negation.READER_OUT, negation.CHOSE_OTHER, negation.ROLE_GONE


@pytest.mark.parametrize(
    "text",
    [
        # Scots: an interview moved, an offer's pay, a lift, lunch, a start still to come, a
        # supplier
        "We'd like tae invite ye tae an interview. We cannae take ye on Monday as the panel's "
        "awa, so Tuesday at ten?",
        "We're pleased tae offer ye the job! We cannae offer ye mair than 28,000 tae start.",
        "We cannae gie ye a lift tae the station the morn, sorry.",
        "We'll no be takin ye oot fir lunch the day, the boss is no weel.",
        "We'll no be takin ye on till the references are back, but it's lookin guid.",
        "We've gone wi anither plumber fir the kitchen, thanks fir the quote though.",
        # Tok Pisin and Bislama: not reached by phone, not paid, not met at the airport
        "Mipela i no kisim yu long telefon asde, plis singautim mipela.",
        "Mipela i no givim yu pe long wik i go pinis, sori tru.",
        "Mipela i no kisim yu long ples balus, yu stap we?",
        "Mifala i no tekem yu long ples blong plen, sore tumas.",
        "Mifala i no save tekem yu long Mande, be Tusde i oraet blong intaviu.",
        # Yiddish, Breton, Occitan, Setswana, Sesotho, Wolof: not on that day, come another
        "מיר קענען אייך נישט אננעמען מאנטיק, קומט ביטע דינסטיק צום אינטערוויו.",
        "Ne c'hallomp ket kemer ac'hanoc'h d'al Lun, deuit d'ar Meurzh.",
        "Podèm pas vos prene diluns, venètz dimars per l'entrevista.",
        "Ga re kgone go go tsaya ka Mosupologo, tla ka Labobedi.",
        "Ha re kgone ho o nka ka Mantaha, ka kopo tla ka Labobedi.",
        "Dunu la mënë jël ci altine, ñëwal talaata ngir waxtaan bi.",
        # Sesotho: each and every applicant chosen (for the interview)
        "Re kgethile motho e mong le e mong ya kentseng kopo hore a tle potsolotsong.",
        # Kyrgyz: every seat of a concert, a bus
        "Кечиресиз, концертке бардык орундар ээленди.",
        "Автобуста орундар толтурулду, кийинки рейсти күтүңүз.",
        # Tigrinya: a colleague chosen for another post (news)
        "ኣቶ ሰለሞን ንካልእ ስራሕ ተመሪጹ።",
        # Sindhi: no delay in choosing you
        "توهان کي چونڊڻ ۾ دير نه ٿيندي، انٽرويو سومر تي آهي.",
        # Korean: a project done with others (a welcome)
        "입사를 축하드립니다. 이번 프로젝트는 다른 분들과 함께 진행하게 되었습니다.",
        # Arabic: travelling with another person
        "فضلت السفر مع شخص آخر هذا الصيف.",
        # Hindi: disaster relief ("आपदा" holds "पद"), a doctor's appointment tomorrow
        "आपदा राहत सामग्री दूसरे गाँव को दे दी गई है।",
        "आपकी नियुक्ति कल संभव नहीं है, कृपया डॉक्टर से मिलने का दूसरा समय चुनें।",
        # Portuguese: if your name is not among them
        "Se seu nome não está entre os que seguem para a entrevista, aguarde a segunda lista.",
        # (a second round) Scots: the job offered once a check is back, a reference asked for, a
        # tour of the site; Setswana and Sesotho: not without an interview; an order not among
        # those shipped; a seat given to another passenger; no date set this week
        "We cannae offer ye the job till yer PVG check comes back.",
        "We cannae take ye on withoot a reference fae yer last boss, so could ye send one?",
        "We'll no be takin ye on the tour o the site, the interview's in the main office.",
        "Re o mema potsolotsong; ha re kgone ho o hira ntle le potsolotso.",
        "Ga re kgone go go thapa kwa ntle ga potsolotso, re go laletsa ka Labone.",
        "Seu pedido não está entre os que seguem para entrega hoje; chega amanhã.",
        "Tu pedido no está entre los que pasan a envío hoy, saldrá el lunes.",
        "Este produto não está entre os que seguem para a promoção de sábado.",
        "आपकी सीट की जगह दूसरे यात्री को दे दी गई है, कृपया काउंटर पर आएं।",
        "Mipela i no makim yu long dispela wik, tasol long wik bihain yu ken kam long intaviu.",
        # (a third round) a wild goose chase; not now but next month; "don't think you were not
        # chosen"; not chosen as of today (Wolof "ba tey")
        "We'll no be takin ye on a wild goose chase: the interview is at ten sharp.",
        "Mipela i no inap givim dispela wok long yu nau, tasol long mun bihain.",
        "Сиз тандалган жоксуз деп ойлобоңуз, сиз экинчи турга өттүңүз.",
        "Сез сайланмадыгыз дип уйламагыз, сез икенче турга уздыгыз.",
        "Tànnuwunu la ba tey, waaye dinanu la tànn ëllëg.",
    ],
)
def test_no_decision_in_these_twins(text: str) -> None:
    assert not decision(text)


@pytest.mark.parametrize(
    ("text", "token"),
    [
        # the same readings keep their refusals
        ("We cannae offer ye the post, A'm feart.", OUT),
        ("We cannae tak ye on this time.", OUT),
        ("We'll no be takin ye on, A'm sorry tae say.", OUT),
        ("We cannae gie ye a start the noo.", OUT),
        ("We've gone wi anither candidate fae Aberdeen.", OTHER),
        ("Mipela i no inap kisim yu long dispela wok.", OUT),
        ("Mipela i no inap kisim yu.", OUT),
        ("Mipela i no givim yu dispela wok.", OUT),
        ("Mifala i no save tekem yu.", OUT),
        ("Mifala i no givim yu wok ia.", OUT),
        ("מיר קענען אייך נישט אננעמען.", OUT),
        ("Podèm pas vos prene dins l'equipa.", OUT),
        ("Ga re kgone go go thapa.", OUT),
        ("Ha re kgone ho o hira.", OUT),
        ("Dunu la mënë jël.", OUT),
        ("Re kgethile motho e mong.", OTHER),
        ("Бул орун ээленди.", GONE),
        ("Бош орун толтурулду.", GONE),
        ("ካልእ ሕጹይ መሪጽና።", OTHER),
        ("افسوس سان توهان کي هن عهدي لاءِ چونڊيو نه ويو.", OUT),
        ("이번에는 다른 지원자분과 함께하게 되었습니다.", OTHER),
        ("نأسف لإبلاغك بأن الإدارة فضلت مرشحة أخرى لهذه الوظيفة.", OTHER),
        ("खेद है कि यह पद किसी दूसरे उम्मीदवार को दे दिया गया है।", OTHER),
        ("इस समय तुम्हारा चयन संभव नहीं है।", OUT),
        ("Sorry, but we'll no be takin ye on the noo.", OUT),
        ("Mipela i no inap givim dispela wok long yu.", OUT),
        ("Тилекке каршы, сиз тандалган жоксуз.", OUT),
        ("Tànnuwunu la.", OUT),
        ("Infelizmente, você não está entre os que seguem para a próxima etapa.", OUT),
        ("Lamentablemente, usted no figura entre los que pasan a la siguiente fase.", OUT),
        ("Sori tru, mipela i no inap kisim yu long dispela wok.", OUT),
        ("Sore tumas, mifala i no save tekem yu long wok ia.", OUT),
        # refusals the module missed, in other words and orders
        ("Ye didnae get the job this time.", OUT),
        ("The job's gane tae somebody else.", OTHER),
        ("We've decided no tae tak ye forrit.", OUT),
        ("Dispela wok i go long narapela man.", OTHER),
        ("Wok ia i go long narafala man.", OTHER),
        ("Mifala i givim wok ia long narafala woman.", OTHER),
        ("Un danvez all a zo bet dibabet.", OTHER),
        ("Lo pòst es estat atribuit a una autra persona.", OTHER),
        ("Tiro e neilwe mongwe yo mongwe.", OTHER),
        ("Mosebetsi o filwe motho e mong.", OTHER),
        ("Sa digitaki e dua tale na tamata.", OTHER),
        ("Keneen lanu tànn.", OTHER),
        ("Сиздин талапкерлигиңиз четке кагылды.", OUT),
        ("Без башка кандидатны сайлап алдык.", OTHER),
        ("Сезнең кандидатурагыз кабул ителмәде.", OUT),
    ],
)
def test_the_refusals_are_read(text: str, token: str) -> None:
    assert token in marks(text)


@pytest.mark.parametrize(
    "text",
    [
        # the missed forms' own twins
        "Ye didnae get the job? That's a shame, try the next yin.",
        "The job's gane tae ye, congratulations!",
        "Gin ye didnae get the job, we'll let ye ken.",
        "Dispela wok i go long yu.",
        "Sapos dispela wok i go long narapela man, mipela bai salim imel.",
        "Keneen lanu tànn? Déedéet, yaw lanu tànn.",
        "Ha re so fe mosebetsi motho e mong.",
        "Эгер сиздин талапкерлигиңиз четке кагылса, кабарлайбыз.",
        "Сезнең кандидатурагыз кабул ителде.",
    ],
)
def test_the_missed_forms_twins_are_not_read(text: str) -> None:
    assert not decision(text)
