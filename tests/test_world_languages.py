"""Eighteenth pass, part C (issue 11): the languages read ahead of the slices
(rejectwatch.model.world_languages). Each language's refusals give their shared token; their
twins (a conditional, a silence rule, a concessive read as no conditional) behave; the guard holds
an invitation or an offer and not one negated; the gate shuts on a loan, a flat, a visa or a
scholarship and stays open beside a job word. The sentences are written for these tests apart
from written-21's templates (data/blind/make_written21.py), in other words."""

from __future__ import annotations

import pytest

from readings import decision, marks
from rejectwatch.model import negation
from rejectwatch.model.features import Document
from rejectwatch.model.gate import decided_for_reader
from rejectwatch.model.guard_abroad import held_abroad

OUT, OTHER, GONE, STATUS = (
    negation.READER_OUT,
    negation.CHOSE_OTHER,
    negation.ROLE_GONE,
    negation.STATUS_REFUSED,
)


def gate(subject: str, body: str) -> bool:
    return decided_for_reader([Document(subject, body, "team@firm.example")])[0]


@pytest.mark.parametrize(
    ("text", "token"),
    [
        # Serbian, Latin and Cyrillic
        ("Nažalost, vaša kandidatura nije prošla u sledeći krug.", OUT),
        ("Nismo u mogućnosti da vam ponudimo ovu poziciju.", OUT),
        ("Opredelili smo se za drugu kandidatkinju.", OTHER),
        ("Radno mesto je već popunjeno.", GONE),
        ("Status prijave: odbijena", STATUS),
        ("Нажалост, ваша пријава није прошла даље.", OUT),
        ("Одлучили смо се за другог кандидата.", OTHER),
        # Macedonian
        ("За жал, одлучивме да не продолжиме со вашата кандидатура.", OUT),
        ("Избравме друг кандидат со повеќе искуство.", OTHER),
        # Slovenian (with "bila" and "ob", also Indonesian and German conditionals)
        ("Na žalost niste bili uvrščeni v ožji izbor.", OUT),
        ("Vaša kandidatura žal ni bila izbrana.", OUT),
        ("Ob pregledu prijav smo izbrali drugo kandidatko.", OTHER),
        # Latvian
        ("Diemžēl jūsu kandidatūra netika izvēlēta.", OUT),
        ("Mēs izvēlējāmies citu kandidātu.", OTHER),
        ("Amats jau ir aizpildīts.", GONE),
        # Albanian
        ("Fatkeqësisht nuk keni kaluar në fazën e ardhshme.", OUT),
        ("Vendosëm të mos vazhdojmë me kandidaturën tuaj.", OUT),
        ("Vendi i punës është zënë tashmë.", GONE),
        # Azerbaijani
        ("Təəssüf ki, siz növbəti mərhələyə keçmədiniz.", OUT),
        ("Müraciətiniz uyğun görülmədi.", OUT),
        ("Başqa bir namizəd seçildi.", OTHER),
        ("Sizi müsahibəyə dəvət edə bilmirik.", OUT),
        # Uzbek, Kazakh
        ("Afsuski, nomzodingiz tanlanmadi.", OUT),
        ("Boshqa mutaxassisni tanladik.", OTHER),
        ("Өкінішке қарай, кандидатураңыз таңдалмады.", OUT),
        ("Басқа кандидатты таңдадық.", OTHER),
        # Mongolian
        ("Харамсалтай нь таны анкет тэнцээгүй.", OUT),
        ("Бид өөр горилогчийг сонголоо.", OTHER),
        ("Энэ ажлын байр нөхөгдсөн.", GONE),
        # Georgian, Armenian
        ("სამწუხაროდ, ვერ გადახვედით შემდეგ ეტაპზე.", OUT),
        ("ჩვენ ავირჩიეთ სხვა კანდიდატი.", OTHER),
        ("პოზიცია უკვე დაკავებულია.", GONE),
        ("Ցավոք, Դուք չեք անցել հաջորդ փուլ։", OUT),
        ("Մենք նախընտրել ենք այլ թեկնածուի։", OTHER),
        # Galician
        ("Non podemos ofrecerche o posto neste momento.", OUT),
        ("Optamos por outro perfil máis sénior.", OTHER),
        # Urdu (and in Arabic letters' forms)
        ("ہمیں افسوس ہے کہ آپ کو منتخب نہیں کیا گیا۔", OUT),
        ("ہمیں افسوس ہے کہ آپ کو منتخب نهيں کیا گیا۔", OUT),
        ("یہ عہدہ پُر ہو چکا ہے۔", GONE),
        # Bengali (a concessive "যদিও" is no conditional; "য়" decomposed)
        ("দুঃখিত, আপনি এই পদের জন্য নির্বাচিত হননি।", OUT),
        ("যদিও আপনার প্রোফাইল ভালো ছিল, আপনাকে নির্বাচিত করা হয়নি।", OUT),
        ("আপনাকে নির্বাচিত করা হ\u09af\u09bcনি।", OUT),
        ("আমরা অন্য একজন প্রার্থীকে নির্বাচন করেছি।", OTHER),
        # Tamil, Telugu
        ("உங்கள் விண்ணப்பம் ஏற்றுக்கொள்ளப்படவில்லை.", OUT),
        ("இந்தப் பதவி ஏற்கனவே நிரப்பப்பட்டுள்ளது.", GONE),
        ("இப்போது உங்கள் விண்ணப்பம் ஏற்றுக்கொள்ளப்படவில்லை.", OUT),
        ("మీ దరఖాస్తును కొనసాగించలేము.", OUT),
        ("వేరే అభ్యర్థిని ఎంపిక చేశాము.", OTHER),
        # Marathi, Nepali
        ("आपला अर्ज स्वीकारला गेला नाही.", OUT),
        ("हे पद आधीच भरले गेले आहे.", GONE),
        ("आम्ही इतर उमेदवाराची निवड केली आहे.", OTHER),
        ("तपाईंलाई छनोट गर्न सकिएन।", OUT),
        ("अन्य उम्मेदवार नियुक्त गरिएको छ।", OTHER),
        # Gujarati, Punjabi (with and without the nukta)
        ("અમને ખેદ છે કે તમે આ પદ માટે પસંદ થયા નથી.", OUT),
        ("બીજા ઉમેદવારને પસંદ કર્યા છે.", OTHER),
        ("આ પદ ભરવામાં આવ્યું છે.", GONE),
        ("ਤੁਹਾਨੂੰ ਇਸ ਅਹੁਦੇ ਲਈ ਚੁਣਿਆ ਨਹੀਂ ਗਿਆ।", OUT),
        ("ਤੁਹਾਡੀ ਅਰਜੀ ਰੱਦ ਕੀਤੀ ਗਈ ਹੈ।", OUT),
        ("ਦੂਜੇ ਉਮੀਦਵਾਰ ਨੂੰ ਚੁਣਿਆ ਹੈ।", OTHER),
        ("ਪੋਸਟ ਭਰ ਦਿੱਤੀ ਗਈ ਹੈ।", GONE),
    ],
)
def test_world_languages_refusals_give_their_token(text: str, token: str) -> None:
    assert token in marks(text)


@pytest.mark.parametrize(
    "text",
    [
        "Ukoliko vaša kandidatura nije prošla, javićemo vam.",
        "U slučaju da niste izabrani, zadržaćemo vaš CV.",
        "Уколико нисте изабрани, јавићемо вам се.",
        "Доколку не сте избрани, ќе ве контактираме.",
        "Če niste bili izbrani, boste obvestilo prejeli v dveh tednih.",
        "Ja jūsu kandidatūra netika izvēlēta, mēs jums paziņosim.",
        "Nëse aplikimi juaj nuk është pranuar, do të njoftoheni.",
        "Əgər namizədliyiniz seçilmədi, sizə məlumat verəcəyik.",
        "Agar nomzodingiz tanlanmadi bo'lsa, xabar beramiz.",
        "Егер кандидатураңыз таңдалмады деп шешілсе, хабарлаймыз.",
        "იმ შემთხვევაში, თუ ვერ გადახვედით შემდეგ ეტაპზე, მოგწერთ.",
        "Хэрэв та сонгогдоогүй бол бид имэйлээр мэдэгдэнэ.",
        "Եթե Դուք չեք անցել հաջորդ փուլ, կտեղեկացնենք։",
        "Se non fuches seleccionado, conservaremos o teu currículo.",
        "اگر آپ کو منتخب نہیں کیا گیا تو ہم آپ کو بتا دیں گے۔",
        "উত্তর না পেলে বুঝবেন আপনাকে নির্বাচিত করা হয়নি।",
        "நீங்கள் தேர்ந்தெடுக்கப்படாவிட்டால், மின்னஞ்சல் அனுப்புவோம்.",
        "முடிவு எடுக்கும்போது உங்கள் விண்ணப்பம் ஏற்றுக்கொள்ளப்படவில்லை என்று தெரிவிப்போம்.",
        "ஒருவேளை உங்கள் விண்ணப்பம் ஏற்றுக்கொள்ளப்படவில்லை என்றால், தெரிவிப்போம்.",
        "ఒకవేళ మీరు ఎంపిక కాలేదు, మేము మీకు తెలియజేస్తాము.",
        "जर आपला अर्ज नाकारण्यात आला, तर आम्ही कळवू.",
        "यदि तपाईंको आवेदन अस्वीकृत भएको छ भने हामी इमेल पठाउनेछौं।",
        "જો તમે પસંદ થયા નથી, તો અમે તમને જણાવીશું.",
        "ਜੇ ਤੁਹਾਨੂੰ ਚੁਣਿਆ ਨਹੀਂ ਗਿਆ ਤਾਂ ਅਸੀਂ ਈਮੇਲ ਭੇਜਾਂਗੇ।",
        # a class of applicants talked about, not the reader
        "Kandidāti, kuri netika izvēlēti, saņems ziņu e-pastā.",
        "კანდიდატებს, ვინც არ შეირჩა, შევატყობინებთ ელფოსტით.",
        "Այն դիմորդները, որոնց թեկնածությունը չի ընտրվել, կստանան նամակ։",
        "جن امیدواروں کا انتخاب نہیں ہوا انہیں ای میل کے ذریعے مطلع کیا جائے گا۔",
        "যাদের নির্বাচিত করা হয়নি, তাদের ইমেইলে জানানো হবে।",
        "ज्यांची निवड झालेली नाही त्यांना ईमेलद्वारे कळवले जाईल.",
        # what is withheld is feedback, a phone call or a step without the papers, not the job
        "Nažalost, ne možemo vam ponuditi povratnu informaciju za svaku prijavu.",
        "Nismo mogli da vas pozovemo telefonom, molimo javite se.",
        "Niste uspeli da dođete na razgovor, pa vas molimo da izaberete novi termin.",
        "Nećemo nastaviti bez vaših dokumenata.",
        "Diemžēl nevaram piedāvāt individuālu atgriezenisko saiti katram kandidātam.",
        "Nuk mund t'ju ofrojmë koment individual për çdo aplikim.",
        "Fərdi rəy təklif edə bilmirik.",
        "Non podemos continuar sen a túa documentación.",
        "دستاویزات کے بغیر مزید کارروائی نہیں کر سکتے۔",
        "ஆவணங்கள் இல்லாமல் தொடர இயலாது.",
        "कागजात बिना अगाडि बढाउन सक्दैनौं।",
        # a step not taken until something happens
        "Ne bomo nadaljevali z drugimi kandidati, dokler ne opravimo razgovora z vami.",
        "Nećemo nastaviti sa drugim kandidatima dok ne razgovaramo sa vama.",
        # a post to be filled, not filled
        "Radno mesto će biti popunjeno do kraja godine.",
        "Pozicija bo zasedena po koncu razpisa.",
    ],
)
def test_world_languages_twins_without_a_decision(text: str) -> None:
    assert not decision(text)


def test_the_other_languages_conditionals_are_not_over_read() -> None:
    # Latvian "ja" only before a pronoun or a verb: German "Ja, …" stays a decision
    assert decision("Ja, wir haben uns für eine andere Kandidatin entschieden.")
    # German "ob" before a clause stays a conditional
    assert not decision("Wir prüfen noch, ob wir uns für eine andere Kandidatin entschieden haben.")
    # Indonesian "bila" stays a conditional
    assert not decision("Bila Anda tidak lolos, kami akan mengabari.")
    # Indonesian "agar" (so that) and Tagalog "ako" (I) are no Uzbek or Serbian "if"
    assert decision("Kami memutuskan untuk tidak melanjutkan lamaran Anda agar proses cepat.")
    assert decision("Ako ay nagpapasalamat, but we have decided not to move forward with you.")


@pytest.mark.parametrize(
    "text",
    [
        "Pozivamo vas na drugi krug razgovora u ponedeljak.",
        "Ве покануваме на интервју следната недела.",
        "Z veseljem vam ponujamo zaposlitev v naši ekipi.",
        "Ju ftojmë për një bisedë të shkurtër.",
        "Sizi müsahibəyə dəvət edirik.",
        "Сізді ертең сұхбатқа шақырамыз.",
        "Таныг ярилцлагад урьж байна.",
        "გიწვევთ გასაუბრებაზე ორშაბათს.",
        "ہم آپ کو انٹرویو کے لیے مدعو کرنا چاہتے ہیں۔",
        "আমরা আপনাকে সাক্ষাৎকারে আমন্ত্রণ জানাতে চাই।",
        "உங்களை நேர்காணலுக்கு அழைக்க விரும்புகிறோம்.",
        "మిమ్మల్ని ఇంటర్వ్యూకు ఆహ్వానించాలనుకుంటున్నాము.",
        "आम्ही आपल्याला मुलाखतीसाठी बोलावत आहोत.",
        "અમે તમને ઇન્ટરવ્યૂ માટે બોલાવવા માંગીએ છીએ.",
        "ਅਸੀਂ ਤੁਹਾਨੂੰ ਇੰਟਰਵਿਊ ਲਈ ਬੁਲਾਉਣਾ ਚਾਹੁੰਦੇ ਹਾਂ।",
    ],
)
def test_world_languages_invitations_and_offers_are_held(text: str) -> None:
    assert held_abroad(text)
    assert not decision(text)


@pytest.mark.parametrize(
    "text",
    [
        "Nažalost, ne pozivamo vas na razgovor.",
        "სამწუხაროდ, არ გიწვევთ გასაუბრებაზე.",
        "Sizi müsahibəyə dəvət edə bilmirik.",
        "Ako se kvalifikujete, pozivamo vas na razgovor.",
    ],
)
def test_a_negated_or_conditional_invitation_is_not_held(text: str) -> None:
    assert not held_abroad(text)


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        ("Stipendija", "Nažalost, vaša prijava za stipendiju nije prihvaćena."),
        ("ბინის ქირა", "სამწუხაროდ, თქვენი განაცხადი ბინის ქირაზე არ დაკმაყოფილდა."),
        ("ویزا", "افسوس کہ آپ کی ویزا کی درخواست مسترد کر دی گئی ہے۔"),
        ("Īre", "Diemžēl jūsu pieteikums dzīvokļa īrei tika noraidīts."),
        ("ঋণ", "দুঃখিত, আপনার ঋণের আবেদন প্রত্যাখ্যান করা হয়েছে।"),
        ("ਕਰਜ਼ਾ", "ਅਫ਼ਸੋਸ ਨਾਲ, ਤੁਹਾਡੀ ਕਰਜ਼ਾ ਅਰਜ਼ੀ ਰੱਦ ਕਰ ਦਿੱਤੀ ਗਈ ਹੈ।"),
    ],
)
def test_a_non_job_decision_in_these_languages_shuts_the_gate(subject: str, body: str) -> None:
    assert decision(body)
    assert not gate(subject, body)


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        ("Pozicija referenta za stipendije", "Nažalost, vaša prijava nije prihvaćena."),
        ("ঋণ কর্মকর্তা পদে নিয়োগ", "দুঃখিত, আপনার আবেদনটি প্রত্যাখ্যান করা হয়েছে।"),
        ("ვაკანსია: სესხების ოფიცერი", "სამწუხაროდ, თქვენი კანდიდატურა არ შეირჩა."),
    ],
)
def test_a_job_word_keeps_the_gate_open(subject: str, body: str) -> None:
    assert gate(subject, body)


def test_english_words_are_not_read_as_these_languages_job_words() -> None:
    # Latvian "amats" (a post) is not English "amateur"
    assert not gate("Amateur league", "Diemžēl jūsu kredīta pieteikums tika noraidīts.")
