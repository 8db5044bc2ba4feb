"""Twentieth pass, part D (issue 11): refusals in languages already read, in the shapes blind
slice 18 found unread (rejectwatch.model.regional_languages): a public list's exclusion
(Spanish, Portuguese, Italian, Catalan), someone found said informally (Latin-American Spanish,
Brazilian Portuguese, French), Polish "wzięliśmy już kogoś" and "nic dla Ciebie nie mamy",
Traditional Chinese as written in Hong Kong, a choice that fell on "a candidate", French "on
est partis sur un profil", German "es hat nicht gereicht"; a Dutch reason clause ahead of the
refusal (rejectwatch.model.negation) and a Hindi offer negated after its words
(rejectwatch.model.further_languages). Each refusal gives its shared token; its twins (a list
naming no one, a conditional, a decision still to come, the reader chosen, a cost excluded,
someone found to interview the reader) give none. The sentences are written for these tests."""

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
        # a public list's exclusion
        ("Tras revisar su documentación, figura usted como excluido provisionalmente.", OUT),
        ("Le informamos de que consta como no admitida en el listado de aspirantes.", OUT),
        ("Ha quedado excluida de la bolsa de trabajo de auxiliares administrativos.", OUT),
        ("Su candidatura ha sido inadmitida por presentarse fuera de plazo.", OUT),
        ("Após análise, consta como excluída por falta do certificado de habilitações.", OUT),
        ("Encontra-se excluído do concurso por não ter entregue o registo criminal.", OUT),
        ("La informiamo che risulta esclusa dalla graduatoria dei supplenti.", OUT),
        ("La sua domanda è stata esclusa per mancanza del diploma richiesto.", OUT),
        ("Us comuniquem que figura com a exclosa de la borsa de treball.", OUT),
        # someone found, informally
        ("Oye, ya conseguimos a alguien para la barra, gracias igual.", OTHER),
        ("Ya agarramos a otro chico para el reparto, suerte pues.", OTHER),
        ("Ya tenemos a alguien para el puesto de cocina, mil disculpas.", OTHER),
        ("E aí, já arrumamos alguém pro caixa, valeu por ter vindo.", OTHER),
        ("On a déjà trouvé quelqu'un pour la plonge, merci d'être passé.", OTHER),
        ("Ya tomamos a alguien para el turno de la tarde.", OTHER),
        ("Ya encontramos a la persona que buscábamos, muchas gracias.", OTHER),
        ("On a déjà quelqu'un pour le poste, désolé.", OTHER),
        ("Wir haben schon jemanden gefunden, trotzdem danke.", OTHER),
        ("Sorry, mir händ scho öpper anders gnoh.", OTHER),
        ("Abbiamo già trovato qualcuno per il posto in cucina.", OTHER),
        ("Już kogoś mamy na to stanowisko.", OTHER),
        ("Ya se llenó la vacante, gracias igual.", GONE),
        ("Ya quedó ocupado el puesto de mesero.", GONE),
        ("Le poste est déjà pris, désolé.", GONE),
        ("Já preenchemos a vaga, valeu.", GONE),
        ("La posizione è già stata assegnata.", GONE),
        # a competition's list in French, a selection list in German
        ("Vous n'êtes pas admise à concourir.", OUT),
        ("Votre candidature a été déclarée irrecevable.", OUT),
        ("Vous ne figurez pas sur la liste des candidats admis.", OUT),
        ("Sie wurden leider nicht in die engere Auswahl aufgenommen.", OUT),
        # Polish, informal
        ("Sorry, wzięliśmy już kogoś z prawem jazdy kat. C.", OTHER),
        ("Mamy już kogoś na to stanowisko, ale dzięki za zgłoszenie.", OTHER),
        ("Na ten moment nic dla Pana nie mamy.", OUT),
        # Traditional Chinese (Hong Kong), Cantonese
        ("我們已聘請另一位更具經驗的應徵者。", OTHER),
        ("本公司已取錄另一位候選人。", OTHER),
        ("很抱歉，閣下未獲取錄。", OUT),
        ("唔好意思，我哋已經請咗第二個人。", OTHER),
        ("多謝你嚟面試，不過我哋已經搵到人喇。", GONE),
        # a choice that fell on a candidate
        ("Alla fine la nostra scelta è caduta su un profilo più junior.", OTHER),
        ("La elección final recayó en una aspirante con experiencia en el sector.", OTHER),
        ("A escolha recaiu sobre uma profissional que já conhece o sistema.", OTHER),
        # French, informal and West-African
        ("On s'est orientés vers une candidate déjà basée à Abidjan.", OTHER),
        ("Nous sommes finalement partis sur un consultant qui parle peul.", OTHER),
        # German
        ("Leider hat es diesmal nicht für Sie gereicht.", OUT),
        ("Für eine Einladung hat es leider nicht ganz gereicht.", OUT),
        # Dutch, a reason ahead of the refusal
        ("Omdat je nog geen rijbewijs hebt, ga je niet door naar de volgende ronde.", OUT),
    ],
)
def test_regional_refusals_give_their_token(text: str, token: str) -> None:
    assert token in marks(text)


@pytest.mark.parametrize(
    "text",
    [
        # a list naming no one, conditional, the reader admitted, still to come, a cost excluded
        "Se ha publicado la lista provisional de admitidos y excluidos de la bolsa de celadores.",
        "Si figura usted como excluida, dispone de diez días hábiles para alegaciones.",
        "Figura usted como admitida en la bolsa de empleo temporal.",
        "Compruebe si figura como excluido en la lista provisional.",
        "Cuando se publique la resolución, consulte si consta como excluida.",
        "El transporte queda excluido del presupuesto.",
        "Se consta como excluída, pode apresentar reclamação.",
        "A lista de candidatos admitidos e excluídos foi publicada.",
        "Se risulta esclusa, può presentare ricorso entro dieci giorni.",
        "La spedizione risulta esclusa dal prezzo.",
        "Si figura com a exclosa, podeu presentar al·legacions.",
        # someone found: conditional, not yet, someone to interview the reader
        "Si no conseguimos a alguien para el sábado, te llamo.",
        "Todavía no conseguimos a alguien para el turno de noche.",
        "Ya conseguimos a alguien que te va a entrevistar el lunes.",
        "¿Ya conseguiste a alguien para tu mudanza?",
        "Se não acharmos alguém até sexta, te chamo.",
        "Si on n'a pas trouvé quelqu'un d'ici lundi, je te rappelle.",
        "On a trouvé quelqu'un qui va te faire passer l'entretien.",
        "¿Ya se llenó la vacante?",
        "Si ya cubrimos el puesto, te aviso.",
        "Todavía no cubrimos el puesto.",
        "Si on a déjà quelqu'un pour le poste, je te le dirai.",
        "Falls wir schon jemanden gefunden haben, melden wir uns.",
        "Wir haben noch niemanden gefunden.",
        "Abbiamo già trovato qualcuno per il trasloco?",
        "Jeśli już kogoś mamy, dam znać.",
        "Czy mamy już kogoś?",
        "Se já preenchemos a vaga, avisamos.",
        "Si vous n'êtes pas admise à concourir, vous recevrez un courrier.",
        "La liste des candidats admis à concourir sera publiée lundi.",
        # Polish
        "Jeśli nie weźmiemy kogoś do piątku, zadzwonię.",
        "Jak nic dla Ciebie nie mamy, dam znać w piątek.",
        "Nie mamy nic przeciwko, żebyś przyszedł w piątek.",
        "Jeszcze nic dla Ciebie nie mamy, ale szukamy.",
        "Wzięliśmy pod uwagę Twoje doświadczenie.",
        # Chinese
        "如閣下未獲取錄，我們會以電郵通知。",
        "我們尚未聘請另一位候選人。",
        "一經取錄，我們會盡快通知閣下。",
        "閣下已獲取錄，請於下星期一上班。",
        "我們正在聘請另一位會計文員，歡迎轉介。",
        # a choice to fall, or fallen on the reader
        "Se la scelta dovesse cadere su un altro candidato, la avviseremo.",
        "La scelta è caduta su di lei: benvenuta!",
        "La scelta cadrà su una candidata entro venerdì.",
        "La elección recayó en usted.",
        "Si la elección recae en otra candidata, le avisaremos.",
        # French
        "Si on part sur un autre profil, je te préviens.",
        "On est partis sur un profil comme le tien, donc on aimerait te rencontrer.",
        "On va partir sur un profil junior.",
        # German: the slice's confirmation kind, a condition, time not enough, enough
        "Falls es am Ende nicht für Sie reicht, schreiben wir Ihnen trotzdem.",
        "Wenn es diesmal nicht gereicht hat, erhalten Sie eine kurze Nachricht.",
        "Die Zeit hat leider nicht gereicht, um alle Unterlagen zu lesen.",
        "Es hat gereicht: Sie sind in der nächsten Runde!",
        # Dutch: a reason ahead, and a condition or a decision still to come after it
        "Omdat we veel reacties kregen, gaat u niet door als u binnen twee weken niets hoort.",
        "Omdat we nog niet alle brieven gelezen hebben, weten we nog niet of u doorgaat.",
    ],
)
def test_regional_twins_without_a_decision(text: str) -> None:
    assert not decision(text)


@pytest.mark.parametrize(
    "text",
    [
        # Hindi's verb, and its negation, end the clause; the same in Persian and Telugu
        "इस बार नियुक्ति पत्र आपको नहीं जा पाएगा।",
        "हम आपको नियुक्ति पत्र नहीं भेज सकेंगे।",
        "हम आपको साक्षात्कार के लिए आमंत्रित नहीं कर पाएँगे।",
        "پیشنهاد همکاری به شما ارائه نمی‌دهیم.",
        "మేము మీకు ఆఫర్ లెటర్ ఇవ్వలేము.",
    ],
)
def test_an_offer_negated_after_its_words_is_not_held(text: str) -> None:
    assert not held_abroad(text)


@pytest.mark.parametrize(
    "text",
    [
        "हमें आपको नियुक्ति पत्र भेजते हुए खुशी हो रही है।",
        "बधाई हो! आपका नियुक्ति पत्र संलग्न है।",
        # a negation after the invitation that is not its verb's: no fee, don't forget
        "हम आपको साक्षात्कार के लिए आमंत्रित करते हैं, कोई शुल्क नहीं है।",
        "আমরা আপনাকে সাক্ষাৎকারে আমন্ত্রণ জানাচ্ছি, ভুলবেন না।",
        "خوشحالیم که به شما پیشنهاد همکاری بدهیم.",
        "మేము మీకు ఆఫర్ లెటర్ పంపుతున్నాము.",
    ],
)
def test_an_offer_or_invitation_said_plainly_is_still_held(text: str) -> None:
    assert held_abroad(text)


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Resolución provisional — bolsa de auxiliares",
            "Estimado Sr. Ruiz:\n\nTras revisar la documentación aportada para la bolsa de "
            "empleo temporal, figura usted como EXCLUIDO provisionalmente por no acreditar el "
            "permiso de conducir (causa 05).\n\nDispone de diez días hábiles para alegaciones.",
        ),
        (
            "Re: chamba de ayudante",
            "hola Lucho, ya conseguimos a alguien para la cocina, un causa que ya chambeaba en "
            "una pollería. igual gracias por venir\n\nsaludos",
        ),
        (
            "有關閣下應徵行政助理一職",
            "多謝閣下應徵本公司行政助理一職。經慎重考慮後，我們已聘請另一位具備相關經驗的人士。",
        ),
    ],
)
def test_the_kinds_pass_the_decided_gate(subject: str, body: str) -> None:
    assert gate(subject, body)
