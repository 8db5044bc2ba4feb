"""Twenty-fourth pass, part L (issue 11): the usual refusal formulas of written-33's languages,
informal and formal (rejectwatch.model.languages_usual): Indonesian, Malay, Tagalog, Hinglish,
French, Spanish, Greek, German, Dutch and Romanian. Each refusal gives a decision token; its
twins (a receipt, a promise to write if it does not work out, an invitation, an offer, a day's
shift cancelled, a colleague chosen to train the reader, a pause) give none. A ballot, draw,
raffle or lottery lost, in any of these languages, is no job decision (the gate). The sentences
are written for these tests."""

from __future__ import annotations

import pytest

from readings import decision, held_as_no_job, marks
from rejectwatch.model import negation

OUT, OTHER, GONE = negation.READER_OUT, negation.CHOSE_OTHER, negation.ROLE_GONE
ANY = (OUT, OTHER, GONE)


@pytest.mark.parametrize(
    "text",
    [
        # Indonesian
        "Maaf, posisinya sudah diisi orang lain.",
        "Mohon maaf, posisi tersebut telah terisi.",
        "Lowongan barista ini sudah terisi ya, Kak.",
        "Kami sudah dapat orang lain untuk bagian dapur.",
        "Setelah mempertimbangkan, kami telah memilih kandidat lain untuk posisi ini.",
        "Kami memutuskan untuk melanjutkan dengan kandidat lain.",
        "Mohon maaf, Anda tidak lolos ke tahap selanjutnya.",
        "Sayangnya kamu belum lolos seleksi kali ini.",
        "Lamaran Anda belum dapat kami proses lebih lanjut.",
        # Malay
        "Kami dah ambil calon lain untuk jawatan ni, jadi kali ni tak dapat ye.",
        "Bos dah pilih orang lain, maaf ya.",
        "Jawatan ini telah pun diisi.",
        "Jawatan tu dah penuh, maaf.",
        "Dukacita dimaklumkan bahawa anda tidak terpilih untuk jawatan tersebut.",
        "Kami tidak dapat menawarkan jawatan ini kepada anda.",
        # Tagalog
        "Salamat sa pag-apply pero may nakuha na kaming iba para sa pwesto.",
        "Pasensya na, may kinuha na kaming ibang tao.",
        "Napunan na ang posisyon, salamat sa interes.",
        "Ikinalulungkot naming ipaalam na hindi ka napili para sa posisyon.",
        "Sorry, hindi ka natanggap sa trabaho.",
        # Hinglish
        "Aapka interview accha tha but humne kisi aur ko select kar liya hai.",
        "Sorry yaar, humne kisi aur ko rakh liya.",
        "Isliye abhi aapko nahi le paayenge.",
        "Ye position already fill ho chuki hai.",
        "Aapka selection nahi hua hai is baar.",
        # French
        "Les équipes de montage sont au complet.",
        "On n'a plus de place pour toi cette année.",
        "Nous n'avons malheureusement plus de place pour vous cette saison.",
        "Le conseil a finalement nommé quelqu'un d'autre.",
        "On a pris quelqu'un d'autre, désolé.",
        "Nous avons retenu une autre candidate pour ce poste.",
        "L'équipe de cuisine est déjà complète.",
        # Spanish
        "Lamentamos comunicarle que las cuadrillas ya están completas.",
        "No contaremos con usted en esta campaña.",
        "Esta vez no vamos a poder contar contigo.",
        "Al final nos quedamos con una chica del barrio que ya conocía la caja.",
        "Así que de momento no te necesitamos.",
        "La plantilla para el verano ya está completa.",
        "Hemos elegido a otra persona para el puesto.",
        # Greek
        "Ευχαριστούμε που ήρθες, αλλά τη θέση την πήρε άλλος.",
        "Τη θέση την πήρε κάποια άλλη.",
        "Η θέση έχει ήδη καλυφθεί.",
        "Επιλέξαμε άλλον υποψήφιο για τη θέση.",
        "Δυστυχώς πήραμε κάποιον άλλο.",
        "Λυπούμαστε, αλλά δεν επιλεχθήκατε για τη θέση.",
        # German
        "Wir haben für die Ernte schon genug Leute, daher wird das diesmal nix.",
        "Leider wird das diesmal nichts.",
        "Wir haben inzwischen genügend Helfer gefunden.",
        "Das Team ist schon komplett.",
        "Die Stelle ist leider schon weg.",
        # Dutch
        "We hebben de ploeg voor de aardappeloogst rond.",
        "Dus we kunnen je dit seizoen niet gebruiken.",
        "Helaas kunnen wij u deze zomer niet plaatsen.",
        "De ploeg is al compleet.",
        "We zijn voor iemand anders gegaan.",
        # Romanian
        "Postul de ucenic olar i-a revenit altei persoane.",
        "Colaborarea noastră nu continuă de data aceasta.",
        "Am ales pe altcineva pentru acest post.",
        "Postul a fost deja ocupat.",
        "Din păcate, nu putem continua colaborarea cu dumneavoastră.",
    ],
)
def test_usual_refusals_give_a_decision(text: str) -> None:
    assert any(token in marks(text) for token in ANY), marks(text)


@pytest.mark.parametrize(
    "text",
    [
        # Indonesian: a form filled, a day, an invitation, a conditional
        "Formulirnya sudah diisi, terima kasih.",
        "Jika posisi sudah terisi, kami akan mengabari Anda.",
        "Selamat, Anda lolos ke tahap selanjutnya.",
        "Kami sudah dapat orang lain untuk shift pagi, kamu ambil shift sore ya.",
        # Malay
        "Kami dah pilih orang lain untuk sesi pagi, awak sesi petang.",
        "Jawatan ni belum diisi lagi.",
        "Tahniah, anda terpilih untuk jawatan tersebut.",
        # Tagalog
        "May nakuha na kaming iba para sa umaga, ikaw sa hapon ha.",
        "Tanggap ka na, pwede ka na magsimula sa Lunes.",
        # Hinglish
        "Humne kisi aur ko select kar liya hai morning shift ke liye, aap evening karoge?",
        "Agar aapka selection nahi hua to hum message kar denge.",
        "Kya aap kal interview ke liye aa sakte ho?",
        # French
        "Les équipes sont au complet pour samedi, mais on a besoin de toi dimanche.",
        "On n'a plus de place pour toi dans le minibus, viens en voiture.",
        "Pouvez-vous venir lundi pour une journée d'essai ?",
        # Spanish
        "Si no eres seleccionado te avisaremos igualmente.",
        "El sábado no te necesitamos, la fiesta se canceló.",
        "Nos quedamos con una copia de tu DNI.",
        "Nos quedamos con una compañera que te enseñará la caja el lunes.",
        "El curso de cocina ya está completo.",
        # Greek
        "Μπορείς να έρθεις την Πέμπτη για δοκιμαστική μέρα;",
        # German
        "Für Samstag haben wir schon genug Leute, du bist am Sonntag dran.",
        "Auch wenn es am Ende nicht klappt, melden wir uns bei Ihnen.",
        "Samstag wirst du doch nicht gebraucht, die Feier ist abgesagt.",
        # Dutch
        "We kunnen je zaterdag niet gebruiken, zondag wel.",
        "Als we de ploeg niet rond krijgen, bellen we je.",
        "Goed nieuws: je kunt bij ons aan de slag!",
        # Romanian
        "Am notat că vă retrageți candidatura.",
        "Colaborarea noastră continuă și anul viitor.",
        "Dacă postul a fost deja ocupat, vă vom anunța.",
        # receipts, pauses, courses and tickets full, in several of them
        "Lamaran Anda sudah kami terima dan sedang kami proses.",
        "Hemos pausado el proceso; te escribiremos cuando se reanude.",
        "Nous vous contacterons si votre profil est retenu.",
        "De cursus is al vol, je staat op de wachtlijst.",
        "Der Kurs ist schon voll, versuch es im Frühjahr wieder.",
        "Puno na ang klase, subukan mo ulit sa susunod na buwan.",
        "Τα εισιτήρια για τη συναυλία εξαντλήθηκαν.",
        "Tiket konsert dah habis dijual, maaf ya.",
    ],
)
def test_usual_twins_give_no_decision(text: str) -> None:
    assert not decision(text), marks(text)


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Undian tiket",
            "Maaf, permohonan tiket konsert anda tidak berjaya dalam undian kali ini.",
        ),
        ("Hasil undian", "Mohon maaf, Anda belum beruntung dalam undian bulan ini."),
        ("Sorteo de entradas", "Lo sentimos, no has sido seleccionado en el sorteo."),
        ("Tirage au sort", "Désolé, vous n'avez pas été retenu lors du tirage au sort."),
        ("Verlosung", "Leider haben Sie bei der Verlosung nicht gewonnen."),
        ("Loting", "Helaas ben je niet ingeloot bij de loting voor het festival."),
        ("Κλήρωση", "Δυστυχώς δεν κερδίσατε στην κλήρωση."),
        ("Tragere la sorți", "Din păcate nu ați fost selectat la tragerea la sorți."),
        ("Raffle", "Sorry, hindi ka nanalo sa bunutan ngayong taon."),
        ("抽選結果", "残念ながら、今回の抽選では当選されませんでした。"),
        ("Apartament", "Proprietarul a ales alt chiriaș pentru apartament."),
        ("Çekiliş sonucu", "Maalesef bu yılki çekilişte kazanamadınız."),
    ],
)
def test_a_ballot_lost_is_no_job_decision(subject: str, body: str) -> None:
    assert held_as_no_job(subject, body)
