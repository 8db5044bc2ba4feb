"""Seventeenth pass, part B (issue 11): the other languages' readings of blind slice 15's kinds of
miss (French, Italian, Romanian, German, Portuguese, Catalan, Dutch, Welsh), of written-19's
refusals that still read no decision (Japanese, Korean, Indonesian, Vietnamese, Arabic; then
German, French, Spanish, Hungarian, Swedish, Greek, Turkish), the "once" and "after" before a
step already taken, and the gate's non-job words in the languages read. Each kind has twins that
must give no decision: a conditional, a decision still to come, a confirmation, an invitation or
an offer. The sentences are written for these tests, not copied from the slices, the written
batches or the corpus."""

from __future__ import annotations

import pytest

from readings import decision, marks
from rejectwatch.model import negation
from rejectwatch.model.features import Document
from rejectwatch.model.gate import about_a_job, decided_for_reader


def gate(subject: str, body: str) -> bool:
    return decided_for_reader([Document(subject, body, "team@firm.example")])[0]


# blind slice 15's kinds, in the languages read before
@pytest.mark.parametrize(
    ("text", "token"),
    [
        # the application ending here, said of the application
        ("Votre dossier s'arrête malheureusement à cette étape.", negation.READER_OUT),
        ("Pour ce recrutement, votre parcours s'arrête à ce stade.", negation.READER_OUT),
        ("Nous arrêtons ici le processus avec vous.", negation.READER_OUT),
        ("A sua candidatura termina aqui para esta vaga.", negation.READER_OUT),
        ("Encerramos a sua participação no processo seletivo.", negation.READER_OUT),
        ("La teva candidatura s'atura aquí per a aquesta plaça.", negation.READER_OUT),
        ("Voor u houdt het proces na deze ronde op.", negation.READER_OUT),
        ("Het stopt voor u na deze ronde.", negation.READER_OUT),
        # the post going to someone described, said of the post
        ("Il ruolo va a una collega che conosce già i clienti.", negation.CHOSE_OTHER),
        ("Il ruolo è andato a un collega del reparto vendite.", negation.CHOSE_OTHER),
        ("Le poste revient finalement à une candidate de notre réseau.", negation.CHOSE_OTHER),
        ("El puesto fue a una persona que ya trabajaba con nosotros.", negation.CHOSE_OTHER),
        ("A vaga ficou com uma colega que já conhecia o sistema.", negation.CHOSE_OTHER),
        # others chosen, in the inclusive spellings
        ("A empresa vai seguir com outro(a) profissional.", negation.CHOSE_OTHER),
        ("Optamos por seguir con otro/a candidato/a en esta ocasión.", negation.CHOSE_OTHER),
        # "after" or "once" before a step already taken is no decision still to come
        (
            "După ce am analizat dosarele, comisia a ales un alt candidat.",
            negation.CHOSE_OTHER,
        ),
        (
            "Un cop revisades les candidatures, hem triat un altre perfil per a la plaça.",
            negation.CHOSE_OTHER,
        ),
        (
            "Una vez revisado tu perfil, hemos decidido no continuar con tu candidatura.",
            negation.READER_OUT,
        ),
        # the Dutch present of a choice made
        (
            "Wij gaan toch voor een collega die de klanten al kent.",
            negation.CHOSE_OTHER,
        ),
        ("Wij kozen voor een kandidaat uit de regio.", negation.CHOSE_OTHER),
        # no place to offer, the places given
        ("Wir können Ihnen für 2026 keinen Praktikumsplatz anbieten.", negation.READER_OUT),
        ("Wir können Ihnen leider keine Stelle anbieten.", negation.READER_OUT),
        ("Die Praktikumsplätze für den Herbst sind schon vergeben.", negation.ROLE_GONE),
        # Welsh
        ("Yn anffodus, ni roddwyd eich enw ar y rhestr fer eleni.", negation.READER_OUT),
        ("Roedd eich cais yn aflwyddiannus y tro hwn.", negation.READER_OUT),
    ],
)
def test_slice_15_kinds_give_their_token(text: str, token: str) -> None:
    assert token in marks(text)


@pytest.mark.parametrize(
    "text",
    [
        # conditionals and decisions still to come
        "Si votre candidature s'arrête ici, nous vous écrirons.",
        "Se a sua candidatura terminar aqui, avisaremos por e-mail.",
        "Als het voor jou hier ophoudt, laten we het weten.",
        "Se il posto va a una candidata interna, te lo diremo.",
        "Si el puesto va a una persona de la casa, te avisaremos.",
        "Una vez cerrado el proceso, si no has sido seleccionado te escribiremos.",
        "Un cop tanquem el procés, si no has estat seleccionada t'escriurem.",
        "După ce vom analiza toate dosarele, vom alege o altă persoană sau vă vom invita.",
        "Sollten wir Ihnen keinen Ausbildungsplatz anbieten können, melden wir uns.",
        "Os na chlywch gennym, ni fu eich cais yn llwyddiannus.",
        # the reader chosen, invited, offered
        "Il posto va a te: benvenuta in squadra!",
        "Le poste vous revient, félicitations.",
        "Wir können Ihnen einen Ausbildungsplatz anbieten.",
        "We kiezen graag voor jou en nodigen je uit voor een tweede gesprek.",
        "Os candidatos selecionados serão contactados na próxima semana.",
        "Votre candidature est bien arrivée, nous l'étudions.",
    ],
)
def test_slice_15_kinds_have_twins_without_a_decision(text: str) -> None:
    assert not decision(text)


# written-19's unread refusals, by kind, in the ten languages the sixteenth pass read
@pytest.mark.parametrize(
    ("text", "token"),
    [
        # Japanese: someone described hired; the hire decided; the process ends here; failed
        ("今回は、経験豊富な方を採用することになりました。", negation.CHOSE_OTHER),
        ("別の候補者の方で進めることになりました。", negation.CHOSE_OTHER),
        ("募集中の職種につきましては、採用予定者が決まりました。", negation.ROLE_GONE),
        ("今回の案件につきましては、ご推薦はここまでとなります。", negation.READER_OUT),
        ("筆記試験の結果、あなたは不合格と決定しました。", negation.READER_OUT),
        # Korean: it has become hard to move you on; the hiring complete
        ("죄송하지만 2차 면접으로 모시기 어렵게 되었습니다.", negation.READER_OUT),
        ("이번에는 함께하기 어렵게 되었습니다.", negation.READER_OUT),
        ("말씀드린 직무는 이미 채용이 완료되었습니다.", negation.ROLE_GONE),
        # Indonesian: not going on to the next stage; declared unqualified; others gone on with
        ("Sayangnya kamu tidak lanjut ke tahap psikotes.", negation.READER_OUT),
        ("Untuk kali ini kamu belum berhasil lolos seleksi.", negation.READER_OUT),
        ("Peserta dinyatakan tidak memenuhi syarat administrasi.", negation.READER_OUT),
        (
            "Perusahaan klien akhirnya lanjut dengan kandidat lain yang lebih senior.",
            negation.CHOSE_OTHER,
        ),
        ("Saya tidak bisa mengajukan profil Anda ke klien.", negation.READER_OUT),
        # Vietnamese: the file not suitable (with "Anh/Chị"); a long title before the post filled
        ("Sau khi xem xét, hồ sơ của Anh/Chị không phù hợp với nhóm.", negation.READER_OUT),
        ("Vị trí Kỹ sư phần mềm cao cấp đã tuyển đủ người.", negation.ROLE_GONE),
        # Arabic: will not go on; did not pass; cannot offer; the post filled (no article)
        ("بعد المراجعة، لن يتم الاستمرار في ترشيحك.", negation.READER_OUT),
        ("لم تنجحوا في الاختبار التحريري.", negation.READER_OUT),
        ("للأسف لا يمكننا أن نقدم لك الوظيفة.", negation.READER_OUT),
        ("تم شغل وظيفة محاسب.", negation.ROLE_GONE),
    ],
)
def test_far_languages_unread_kinds_give_their_token(text: str, token: str) -> None:
    assert token in marks(text)


@pytest.mark.parametrize(
    "text",
    [
        "経験豊富な方を採用したいと考えております。",
        "貴方を採用することに決定いたしました。",
        "採用者が決定しましたら、ご連絡いたします。",
        "不合格の場合も、結果をご連絡いたします。",
        "本日の選考はここまでとなります。",
        "다음 단계로 안내해 드리기 어려운 경우에도 연락드리겠습니다.",
        "지원서 접수가 완료되었습니다.",
        "Jika Anda tidak melanjutkan ke tahap berikutnya, kami akan mengabari.",
        "Apabila kamu belum berhasil lolos, kami tetap mengirim email.",
        "Selamat, Anda melanjutkan ke tahap wawancara.",
        "Nếu hồ sơ của Anh/Chị chưa phù hợp, chúng tôi sẽ lưu lại.",
        "إذا لم يتم الاستمرار في طلبك فسنبلغك.",
        "يسعدنا أن نقدم لك الوظيفة.",
    ],
)
def test_far_languages_twins_without_a_decision(text: str) -> None:
    assert not decision(text)


# written-19's unread refusals in the languages read before, by kind
@pytest.mark.parametrize(
    ("text", "token"),
    [
        # someone else given the yes, preferred, gone on with
        ("Wir haben einem Kandidaten aus Hamburg zugesagt.", negation.CHOSE_OTHER),
        ("Unsere Wahl ist diesmal nicht auf Sie gefallen.", negation.CHOSE_OTHER),
        ("Le jury a préféré une personne déjà formée.", negation.CHOSE_OTHER),
        ("Nous allons avancer avec d'autres profils pour ce poste.", negation.CHOSE_OTHER),
        (
            "C'est finalement une candidate de l'interne qui rejoindra le service.",
            negation.CHOSE_OTHER,
        ),
        ("La dirección ha preferido a personas con otro perfil.", negation.CHOSE_OTHER),
        ("El comité eligió a otra persona para el cargo.", negation.CHOSE_OTHER),
        ("Végül egy másik jelöltet választottunk.", negation.CHOSE_OTHER),
        ("Tyvärr landade vi i en annan kandidat.", negation.CHOSE_OTHER),
        ("Η ομάδα προχώρησε με άλλους υποψηφίους.", negation.CHOSE_OTHER),
        ("Deneyimli bir adayla ilerledik.", negation.CHOSE_OTHER),
        # the reader not taken on
        ("Wir haben beschlossen, Sie nicht weiter zu berücksichtigen.", negation.READER_OUT),
        (
            "Wir werden das Verfahren mit Ihnen nicht fortsetzen, auch wenn es knapp war.",
            negation.READER_OUT,
        ),
        ("Nous n'irons malheureusement pas plus loin.", negation.READER_OUT),
        ("Le service n'a pas retenu ton profil.", negation.READER_OUT),
        ("Por ahora no pasas a la siguiente ronda.", negation.READER_OUT),
        ("Su candidatura no fue seleccionada en esta convocatoria.", negation.READER_OUT),
        ("No será posible continuar con su proceso.", negation.READER_OUT),
        ("Pályázatodat most nem tudjuk továbbvinni.", negation.READER_OUT),
        ("Ezúttal nem jutottál tovább.", negation.READER_OUT),
        ("Du går inte vidare till intervjun.", negation.READER_OUT),
        ("Vi har valt att inte erbjuda dig tjänsten.", negation.READER_OUT),
        ("Αυτή τη φορά δεν επιλεχθήκατε για τη θέση.", negation.READER_OUT),
        ("Αποφασίσαμε να μην συνεχίσουμε με την υποψηφιότητά σας.", negation.READER_OUT),
        ("Profilinizi bu kez olumlu değerlendiremedik.", negation.READER_OUT),
        ("Sana şu an bir teklif sunamıyoruz.", negation.READER_OUT),
        # an agency unable to put the reader forward
        ("Daher kann ich Sie dem Kunden nicht vorstellen.", negation.READER_OUT),
        ("Nous ne pouvons pas transmettre votre candidature à l'entreprise.", negation.READER_OUT),
        # the post filled, its title between
        ("Tjänsten som senior lagerarbetare på natten är nu tillsatt.", negation.ROLE_GONE),
        ("Η θέση Υπάλληλος/η γραφείου έχει πλέον καλυφθεί.", negation.ROLE_GONE),
        ("Muhasebe uzmanı pozisyonu doldurulmuştur.", negation.ROLE_GONE),
    ],
)
def test_languages_read_before_give_their_token(text: str, token: str) -> None:
    assert token in marks(text)


@pytest.mark.parametrize(
    "text",
    [
        "Falls wir einer anderen Bewerberin zusagen, melden wir uns.",
        "Wir haben Ihnen bereits zugesagt und freuen uns auf Sie.",
        "Si nous n'allons pas plus loin, nous vous le dirons.",
        "Si la commission n'a pas retenu votre candidature, vous recevrez un courrier.",
        "Si no pasas a la etapa de entrevistas, te avisaremos.",
        "Ha 30 napon belül nem keressük, más jelöltet választottunk.",
        "Om du inte går vidare hör vi av oss.",
        "Αν δεν επιλεχθήκατε, θα σας ενημερώσουμε.",
        "Olumlu değerlendiremediğimiz takdirde size e-posta göndereceğiz.",
        "Je pourrai présenter votre dossier au client dès demain.",
        "Vi vill gärna erbjuda dig tjänsten.",
        "Η θέση θα καλυφθεί μέχρι τον Μάρτιο, αν προχωρήσουμε.",
    ],
)
def test_languages_read_before_twins_without_a_decision(text: str) -> None:
    assert not decision(text)


# The gate's non-job words in the languages read: a decision about a loan, a flat, a card, a
# scholarship shuts the gate unless a job word stands there too.
@pytest.mark.parametrize(
    ("subject", "body"),
    [
        ("信用卡申请结果", "很遗憾，我们决定不再推进您的信用卡申请。"),
        ("ローン審査結果", "誠に残念ながら、今回は見送りとさせていただきます。"),
        ("대출 심사 결과", "아쉽게도 이번에는 함께하지 못하게 되었습니다."),
        ("Решение по кредиту", "К сожалению, мы вынуждены отказать вам."),
        ("Рішення щодо оренди квартири", "На жаль, ми змушені відмовити вам."),
        ("Hasil pengajuan pinjaman", "Kami memutuskan untuk tidak melanjutkan pengajuan Anda."),
        ("Kết quả khoản vay", "Rất tiếc, chúng tôi quyết định không tiếp tục hồ sơ."),
        ("طلب التمويل", "للأسف لن يتم المضي قدماً في طلب التمويل الخاص بك."),
        ("Sol·licitud de lloguer", "Hem decidit no continuar amb la teva sol·licitud."),
        ("Žiadosť o úver", "Rozhodli sme sa nepokračovať vo vašej žiadosti."),
        ("Votre demande", "Pour l'appartement, nous avons retenu un autre dossier."),
        ("Søknad om leilighet", "Dessverre går du ikke videre."),
        ("Kredi başvurunuz", "Kredi talebinizi olumlu değerlendiremedik."),
    ],
)
def test_a_non_job_decision_abroad_shuts_the_gate(subject: str, body: str) -> None:
    assert not gate(subject, body)


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        # the same words beside a job word: a bank's or a landlord's own job refusal
        ("信贷专员岗位", "很遗憾，您未能通过本轮面试。"),
        ("ローン営業職のご応募について", "誠に残念ながら、今回は採用を見送らせていただきます。"),
        ("대출 상담사 채용", "아쉽게도 이번에는 함께하지 못하게 되었습니다."),
        ("Вакансия кредитного специалиста", "К сожалению, мы вынуждены отказать вам."),
        ("Lowongan analis kredit", "Kami memutuskan untuk tidak melanjutkan lamaran Anda."),
        ("Vị trí chuyên viên tín dụng", "Rất tiếc, chúng tôi quyết định không tiếp tục hồ sơ."),
        ("وظيفة محلل ائتمان", "للأسف لن يتم المضي قدماً في طلب التمويل الخاص بك."),
        ("Poste de conseiller crédit", "Nous avons retenu un autre candidat."),
    ],
)
def test_a_job_word_keeps_the_gate_open_abroad(subject: str, body: str) -> None:
    assert gate(subject, body)


def test_english_words_are_not_read_as_foreign_non_job_words() -> None:
    # "location" (French for a let) and "granted" (Slovak "grant") are English words
    assert about_a_job("we changed the location of the mail spool; access was granted")
    # nor a signer's name ("Kira", "Laina": Turkish rent is "kiralama", a Finnish loan "lainan")
    assert about_a_job("we have decided not to move forward.\nbest wishes,\nkira")
    assert not about_a_job("kiralık daire başvurunuz hakkında")


def test_an_se_i_job_title_is_no_italian_conditional() -> None:
    assert decision("We have decided not to move forward with your application for SE I.")
    assert not decision("Se il comitato ha deciso di non procedere, Le scriveremo.")


# the third round: the same kinds in Portuguese, Italian, Dutch, Polish, Czech, Romanian,
# Danish, Norwegian and Finnish
@pytest.mark.parametrize(
    ("text", "token"),
    [
        ("A direção preferiu alguém com mais anos de casa.", negation.CHOSE_OTHER),
        ("Il direttore ha scelto una collega già formata.", negation.CHOSE_OTHER),
        ("De commissie heeft iemand gekozen met meer ervaring.", negation.CHOSE_OTHER),
        ("Zdecydowaliśmy się na osobę z większym doświadczeniem.", negation.CHOSE_OTHER),
        ("Am ales o persoană care lucrează deja în domeniu.", negation.CHOSE_OTHER),
        ("Vi har fundet andre ansøgere med mere erfaring.", negation.CHOSE_OTHER),
        ("Valitsimme tehtävään hakijan, jolla on pidempi kokemus.", negation.CHOSE_OTHER),
        ("Päädyimme lopulta muihin ehdokkaisiin.", negation.CHOSE_OTHER),
        ("Não vamos dar seguimento ao processo.", negation.READER_OUT),
        ("O candidato não foi classificado dentro das vagas.", negation.READER_OUT),
        ("Decidimos encerrar a sua participação no processo.", negation.READER_OUT),
        ("Purtroppo non possiamo dare seguito alla candidatura.", negation.READER_OUT),
        ("Il tuo profilo non rientra tra i selezionati.", negation.READER_OUT),
        ("Wij hebben ervoor gekozen je niet te selecteren.", negation.READER_OUT),
        ("We gaan de procedure met jou niet voortzetten.", negation.READER_OUT),
        ("Niestety nie przejdziesz dalej w tym procesie.", negation.READER_OUT),
        ("Tentokrát tě do finále neposuneme.", negation.READER_OUT),
        ("Bohužel jste nebyla vybrána na tuto pozici.", negation.READER_OUT),
        ("S tebou už v náboru nepokračujeme.", negation.READER_OUT),
        ("Nu ați trecut în etapa de interviu.", negation.READER_OUT),
        ("Din păcate nu vă putem oferi postul de contabil.", negation.READER_OUT),
        ("Du er desværre ikke blevet tilbudt stillingen.", negation.READER_OUT),
        ("Dessverre går vi ikke videre med søknaden din nå.", negation.READER_OUT),
        ("Vi vælger at afslutte forløbet med dig nu.", negation.READER_OUT),
        ("Emme pysty tarjoamaan sinulle tehtävää tällä kertaa.", negation.READER_OUT),
        ("O cargo de técnico já está preenchido.", negation.ROLE_GONE),
        ("La posizione di magazziniere è stata nel frattempo coperta.", negation.ROLE_GONE),
        ("Pozice vedoucí skladu pro Brno je již obsazena.", negation.ROLE_GONE),
        ("Miejsce w zespole zostało już obsadzone.", negation.ROLE_GONE),
    ],
)
def test_third_round_kinds_give_their_token(text: str, token: str) -> None:
    assert token in marks(text)


@pytest.mark.parametrize(
    "text",
    [
        "Se a direção preferir alguém com mais experiência, avisaremos.",
        "Se non potremo dare seguito alla Sua candidatura, Le scriveremo.",
        "Als de commissie besluit u niet te selecteren, hoort u dat.",
        "Jeśli nie przejdziesz dalej, napiszemy do Ciebie.",
        "Pokud jste nebyl vybrán, ozveme se do konce měsíce.",
        "Dacă nu treci în etapa următoare, te anunțăm.",
        "Hvis vi går ikke videre med din ansøgning, skriver vi.",
        "Jos emme pysty tarjoamaan sinulle paikkaa, kerromme siitä.",
        "Valitsimme sinut jatkoon, onnittelut!",
        "Am ales candidatura ta pentru interviu.",
        "A vaga será preenchida até o fim do mês.",
        "Vi vil gerne afslutte forløbet med en kontrakt til dig.",
    ],
)
def test_third_round_twins_without_a_decision(text: str) -> None:
    assert not decision(text)
