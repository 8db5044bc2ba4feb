"""Nineteenth pass, part D (issue 11): precision on other mail that reads as a decision.

* the consequence of the reader's own non-action ("without these documents we cannot invite
  you", "failing which your candidacy lapses") is no decision, in every language read; a lack
  stated as final ("without a valid work permit we cannot progress your application") and a
  closure done stay refusals (rejectwatch.model.reader_to_act.unless_done);
* a thing a next step needs asked by a date is held by the guard, in every language read
  (reader_to_act.asks_by_a_date, read by steps_ahead.asks_a_step); a rejection's survey or
  feedback asked by a date is not;
* a silence that "means" the consequence in the languages read since the eighteenth pass
  (Latvian, Lithuanian, Estonian, Croatian, Bulgarian, Russian, Greek, Hungarian ...), a search
  paused with the application kept open, the reader's CV handed to the client, a footer's "please
  don't pass it on" (rejectwatch.model.rules_ahead, shortfalls);
* a card, a credit limit or a bank account refused, in the languages read, is no job decision
  (rejectwatch.model.gate).

Every sentence is written for these tests (none is a slice's).
"""

from __future__ import annotations

import pytest

from readings import decision
from rejectwatch.model.features import Document, documents_to_views
from rejectwatch.model.gate import no_job_decision
from rejectwatch.model.steps_ahead import asks_a_step

# --- the consequence of the reader's own non-action --------------------------------------------

UNLESS_DONE = [
    "Without these we cannot confirm your start date, and your application will not go further.",
    "Failing which, your candidacy will lapse and we will not be able to progress it.",
    "Sem estes documentos não podemos avançar com a sua candidatura.",
    "Utan dessa handlingar kan vi tyvärr inte gå vidare med din ansökan.",
    "Ellers kan vi desværre ikke gå videre med din ansøgning.",
    "Uten disse dokumentene kan vi dessverre ikke gå videre med søknaden din.",
    "Bez tych dokumentów nie możemy kontynuować Pani kandydatury.",
    "Fără aceste documente nu putem continua procesul cu dumneavoastră.",
    "Ilman näitä asiakirjoja emme valitettavasti voi jatkaa hakemuksesi käsittelyä.",
    "Ezek nélkül sajnos nem tudjuk továbbvinni a jelentkezését.",
    "В противном случае мы не сможем продолжить рассмотрение вашей кандидатуры.",
    "Well done on the case study. Please send the two certificates by Monday. Without them we "
    "can't move your application forward.",
]

FINAL_LACKS = [
    "Unfortunately, without a valid work permit we cannot progress your application.",
    "Without the required licence we are unable to take your application further.",
    "Without these documents we were unable to progress your application.",
    "Helaas kunnen we zonder geldig werkvisum je sollicitatie niet verder in behandeling nemen.",
    "No reply from you by the deadline, so we've closed your application.",
    "We did not receive the documents by the deadline, so we have closed your application.",
]


@pytest.mark.parametrize("body", UNLESS_DONE)
def test_the_consequence_of_a_step_not_taken_is_no_decision(body: str) -> None:
    assert not decision(body)


@pytest.mark.parametrize("body", FINAL_LACKS)
def test_a_lack_stated_as_final_stays_a_refusal(body: str) -> None:
    assert decision(body)


# --- a step asked by a date, held by the guard --------------------------------------------------

ASKED_BY_A_DATE = [
    "Congratulations on passing the aptitude test. Kindly return the signed consent form by "
    "Friday, failing which your candidacy will lapse.",
    "Proficiat met je resultaat. Bezorg ons vóór dinsdag een kopie van je rijbewijs en je "
    "getuigschrift. Zonder deze documenten kunnen we je niet uitnodigen voor het gesprek.",
    "Herzlichen Glückwunsch. Bitte senden Sie uns bis zum 12. Mai eine Kopie Ihres Zeugnisses.",
    "Enhorabuena. Envíenos antes del viernes una copia de su título.",
    "Complimenti. Inviaci entro venerdì una copia del diploma.",
    "Grattis! Skicka en kopia av ditt examensbevis senast fredag.",
    "Tillykke! Send os en kopi af dit eksamensbevis senest fredag.",
    "Gratulacje! Prosimy o przesłanie kopii dyplomu do piątku.",
    "Felicitări! Vă rugăm să ne trimiteți o copie a diplomei până vineri.",
    "Onnittelut! Lähetä kopio tutkintotodistuksesta perjantaihin mennessä.",
    "Gratulálunk! Kérjük, küldje el a diploma másolatát péntekig.",
    "Tebrikler! Lütfen diploma fotokopinizi cuma gününe kadar gönderin.",
    "Συγχαρητήρια! Παρακαλούμε στείλτε μας αντίγραφο του πτυχίου σας έως την Παρασκευή.",
    "Поздравляем! Пришлите, пожалуйста, копию диплома до пятницы.",
    "Apsveicam! Lūdzam līdz piektdienai nosūtīt diploma kopiju.",
    "Sveikiname! Prašome iki penktadienio atsiųsti diplomo kopiją.",
    "Čestitamo! Molimo pošaljite kopiju diplome do petka.",
    "Selamat! Mohon kirimkan salinan ijazah Anda paling lambat hari Jumat.",
    "Enhorabona! Us demanem que ens envieu una còpia del títol abans del divendres.",
    "Til hamingju! Vinsamlegast sendu okkur afrit af prófskírteininu fyrir föstudag.",
    "Urime! Ju lutemi na dërgoni një kopje të diplomës deri më të premten.",
    "Hongera! Tafadhali tuma nakala ya vyeti vyako kabla ya Ijumaa.",
    "Binabati kita! Pakipadala ang kopya ng iyong diploma bago ang Biyernes.",
    "تهانينا! يرجى إرسال نسخة من شهادتك الجامعية قبل يوم الجمعة.",
    "מזל טוב! נא לשלוח העתק של תעודת התואר עד יום שישי.",
    "تبریک! لطفاً کپی مدارک خود را تا جمعه ارسال کنید.",
    "बधाई हो! कृपया शुक्रवार तक अपने प्रमाणपत्र की प्रति भेजें।",
    "ยินดีด้วย! กรุณาส่งสำเนาเอกสารภายในวันศุกร์",
    # a date with its ordinal stops inside the request's sentence
    "Sonraki adım olarak değerlendirme testini en geç 9.3. saat 18:00'e kadar tamamlamanızı rica "
    "ederiz.",
]

NOT_ASKED = [
    "Bitte füllen Sie unsere kurze Umfrage bis Freitag aus. Leider haben wir uns für eine andere "
    "Kandidatin entschieden.",
    "Unfortunately we have decided not to progress your application. Please send any feedback "
    "by Friday.",
    "If you would like to be considered for other roles, please send your documents by Friday.",
]


@pytest.mark.parametrize("body", ASKED_BY_A_DATE)
def test_a_step_asked_by_a_date_is_held(body: str) -> None:
    assert asks_a_step(body)


@pytest.mark.parametrize("body", NOT_ASKED)
def test_a_survey_feedback_or_a_conditional_request_is_not_held(body: str) -> None:
    assert not asks_a_step(body)


# --- silence that "means" the consequence, in the languages read since --------------------------

SILENCE_MEANS = [
    "Paldies par pieteikumu. Ja trīs nedēļu laikā ar Jums nesazināsimies, tas nozīmē, ka esam "
    "izvēlējušies citu kandidātu.",
    "Ačiū už paraišką. Jei per dvi savaites nesusisieksime, tai reiškia, kad pasirinkome kitą "
    "kandidatą.",
    "Hvala na prijavi. Ako se ne javimo u roku od dva tjedna, to znači da smo odabrali drugog "
    "kandidata.",
    "Köszönjük a jelentkezést. Ha két héten belül nem jelentkezünk, az azt jelenti, hogy más "
    "jelöltet választottunk.",
    "Спасибо за отклик. Если мы не свяжемся с вами в течение двух недель, это означает, что мы "
    "выбрали другого кандидата.",
]
MEANS_A_REFUSAL = [
    "Sajnos ez azt jelenti, hogy más jelöltet választottunk, és nem kapja meg az állást.",
    "К сожалению, это означает, что мы выбрали другого кандидата.",
]


@pytest.mark.parametrize("body", SILENCE_MEANS)
def test_a_silence_rule_in_the_further_languages_gives_no_decision(body: str) -> None:
    assert not decision(body)


@pytest.mark.parametrize("body", MEANS_A_REFUSAL)
def test_a_refusal_explained_by_means_stays_decided(body: str) -> None:
    assert decision(body)


# --- a search paused, the CV handed on, a footer's request ------------------------------------

NO_DECISION = [
    "Quick update: the Data Engineer search is on hold until the budget is signed off. Your "
    "application stays open, nobody has been appointed, and I'll be back in touch when it "
    "restarts.",
    "Hiring for the post is frozen for now; no one has been hired and we'll pick it up in spring.",
    "Just to say your CV went to the client this morning, they'll take a few days.",
    "Your application has gone to the hiring manager for a first look.",
    "CONFIDENTIAL: if this reached you by mistake, tell us and delete it; please don't pass it on.",
]
STILL_DECIDED = [
    "Your application stays open for other roles, but we have chosen another candidate for this "
    "one.",
    "The role has been put on hold and closed, and nobody has been appointed.",
    "Nobody has been appointed and the post will not be filled.",
    "The role went to the other candidate.",
    "I'm sorry to say you did not pass the written test.",
]


@pytest.mark.parametrize("body", NO_DECISION)
def test_a_pause_a_handover_or_a_footer_gives_no_decision(body: str) -> None:
    assert not decision(body)


@pytest.mark.parametrize("body", STILL_DECIDED)
def test_their_twins_stay_decided(body: str) -> None:
    assert decision(body)


# --- a card, a limit, an account: no job decision ---------------------------------------------

NON_JOB = [
    "Analisamos o seu pedido de aumento de limite do cartão e ele não foi aprovado desta vez.",
    "Hemos revisado su solicitud de tarjeta y lamentablemente no ha sido aprobada.",
    "Nous avons étudié votre demande d'autorisation de découvert ; elle n'a pas été acceptée.",
    "Ihr Antrag auf Erhöhung des Kreditrahmens wurde leider abgelehnt.",
    "Je aanvraag voor een creditcard is helaas afgewezen.",
]


def no_job(subject: str, body: str) -> bool:
    """gate.no_job_decision of the message, read in the views the classifier gives it."""
    texts, sentences = documents_to_views([Document(subject, body, "")])
    return no_job_decision(texts[0], sentences[0])


@pytest.mark.parametrize("body", NON_JOB)
def test_a_card_or_account_refused_is_no_job_decision(body: str) -> None:
    assert no_job("", body)


def test_a_job_refusal_naming_a_card_stays_a_job_decision() -> None:
    body = (
        "Obrigado pela sua candidatura à vaga de analista de cartões. Infelizmente, a sua "
        "candidatura não foi selecionada."
    )
    assert decision(body)
    assert not no_job("", body)
