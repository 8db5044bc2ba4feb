"""Twenty-second pass, part C (issue 11): Breton, Tok Pisin, Yiddish, Occitan, Setswana, Scots and
Tongan, slice 20's kinds in languages read (Hindi, Kinyarwanda, Portuguese, Korean, Arabic), and
languages ahead of the slices (rejectwatch.model.languages_more). Each refusal gives its shared
token; its twins (a conditional, a decision still to come, a choice negated, a confirmation)
give none; the guard holds an invitation or an offer and not one negated; the gate shuts on a
non-job decision. The sentences are written for these tests, in other words than the slice's."""

from __future__ import annotations

import pytest

from readings import decision, gate, marks
from rejectwatch.model import negation
from rejectwatch.model.guard_abroad import held_abroad

OUT, OTHER, GONE = negation.READER_OUT, negation.CHOSE_OTHER, negation.ROLE_GONE


@pytest.mark.parametrize(
    ("text", "token"),
    [
        # Breton
        ("Siwazh, n'oc'h ket bet dibabet evit ar post.", OUT),
        ("Ne c'hallomp ket kinnig al labour deoc'h.", OUT),
        ("Dibabet hon eus ur c'helenner all evit ar bloaz-mañ.", OTHER),
        ("Ar post a zo bet leuniet dija.", GONE),
        # Tok Pisin
        ("Mipela i no makim yu long dispela taim.", OUT),
        ("Yu no winim dispela intaviu.", OUT),
        ("Narapela meri i kisim pinis dispela wok.", OTHER),
        ("Dispela wok i gat man pinis.", GONE),
        # Yiddish
        ("צום באדויערן זענט איר נישט אויסגעקליבן געווארן.", OUT),
        ("מיר קענען דיר נישט פארשלאגן די שטעלע.", OUT),
        ("מיר האבן אנגענומען אן אנדערע קאנדידאטקע.", OTHER),
        ("די שטעלע איז שוין באזעצט.", GONE),
        # Occitan
        ("Malaürosament, sètz pas estada retenguda per aqueste pòst.", OUT),
        ("Vòstra candidatura es pas estada retenguda.", OUT),
        ("An retengut un autre candidat.", OTHER),
        ("Lo pòst es ja estat provesit.", GONE),
        # Setswana
        ("Ka maswabi, kopo ya gago ya tiro ga e a atlega.", OUT),
        ("Ga lo a tlhophiwa mo maemong a.", OUT),
        ("Re thapile motho yo mongwe.", OTHER),
        ("Maemo a setse a tladitswe.", GONE),
        # Scots
        ("We cannae offer ye the post, A'm feart.", OUT),
        ("Ye wisnae picked fir the shortlist.", OUT),
        ("We've gien the job tae anither lass fae the village.", OTHER),
        ("We've gone wi somebody else fir the summer.", OTHER),
        # Tongan, the glottal stop and the macron written or not
        ("Na'e 'ikai ke fili koe ki he lakanga.", OUT),
        ("Na‘e ‘ikai ke lavame‘a ho‘o kole.", OUT),
        ("Ikai lava ke mau oatu a e ngaue kiate koe.", OUT),
        ("Na'e fili 'a e tokotaha kehe ki he lakanga.", OTHER),
        ("Kuo 'osi fakafonu 'a e lakanga.", GONE),
        # slice 20's kinds in languages read: Hindi, the post given to someone else
        ("खेद है कि यह नौकरी एक दूसरे उम्मीदवार को दे दी गई है।", OTHER),
        ("लेखाकार की जगह हमने किसी अन्य व्यक्ति को सौंप दी है।", OTHER),
        ("इस समय तुम्हारा चयन संभव नहीं है।", OUT),
        # Kinyarwanda, the negative relative
        ("Tubabajwe no kubamenyesha ko utatoranyijwe kuri uyu mwanya.", OUT),
        ("Tubabwira ko mutahawe akazi.", OUT),
        # Portuguese and Spanish, the name not among those going on
        ("Infelizmente o seu nome não consta entre os que avançam para a próxima fase.", OUT),
        ("Lamentablemente tu nombre no está entre los que pasan a la entrevista.", OUT),
        # Korean, going on with another applicant
        ("아쉽게도 경험이 많은 다른 후보자와 함께 일하기로 결정했습니다.", OTHER),
        ("이번에는 다른 지원자분과 함께하게 되었습니다.", OTHER),
        # Arabic, another preferred in the third person, with or without the shadda
        ("نأسف لإبلاغك بأن الإدارة فضلت مرشحة أخرى لهذه الوظيفة.", OTHER),
        ("وقد انتقت اللجنة متقدماً آخر.", OTHER),
        # ahead of the slices: Quechua
        ("Llakikuywanmi willayki, manam akllasqachu kanki kay llamk'aypaq.", OUT),
        ("Huk warmitam akllarqayku.", OTHER),
        ("Wak postulantetam akllarqanku.", OTHER),
        # Guarani
        ("Rombyasy, ndereñeporavói ko tembiapópe.", OUT),
        ("Roiporavo ambue tapicha.", OTHER),
        # Bislama
        ("Mifala i sore, be mifala i no jusum yu.", OUT),
        ("Mifala i jusum wan narafala woman.", OTHER),
        ("Wok ia i fulap finis.", GONE),
        # Fijian
        ("E vakaloloma, o sega ni digitaki.", OUT),
        ("Na nomu kerekere e sega ni rawati.", OUT),
        ("Keimami sa digitaka e dua tale na tamata.", OTHER),
        ("Sa tawa oti na itutu.", GONE),
        # Tigrinya
        ("ብጓሂ ኣይተመረጽኩምን።", OUT),
        ("ካልእ ሕጹይ መሪጽና።", OTHER),
        ("እቲ ቦታ ድሮ ተመሊኡ።", GONE),
        # Sindhi
        ("افسوس سان توهان کي هن عهدي لاءِ چونڊيو نه ويو.", OUT),
        ("ٻئي اميدوار کي چونڊيو ويو.", OTHER),
        # Wolof
        ("Jéggalu, tànnuwunu la.", OUT),
        ("Tànn nanu keneen.", OTHER),
        ("Palaas bi fees na.", GONE),
        # Sesotho
        ("Ka masoabi, ha o a kgethwa.", OUT),
        ("Kopo ya hao ya mosebetsi ha e a atleha.", OUT),
        ("Re kgethile motho e mong.", OTHER),
        ("Boemo bo se bo tlatsitswe.", GONE),
        # Kyrgyz
        ("Тилекке каршы, сиз бул кызматка тандалган жоксуз.", OUT),
        ("Башка талапкерди тандадык.", OTHER),
        ("Бул орун ээленди.", GONE),
        # Tatar
        ("Кызганычка каршы, сез бу вазыйфага сайланмадыгыз.", OUT),
        ("Без башка кандидатны сайладык.", OTHER),
        ("Вакансия инде ябылды.", GONE),
    ],
)
def test_languages_more_refusals_give_their_token(text: str, token: str) -> None:
    assert token in marks(text)


@pytest.mark.parametrize(
    "text",
    [
        # conditionals
        "Ma n'oc'h ket bet dibabet, e kasimp ur postel deoc'h.",
        "Sapos mipela i no makim yu, mipela bai salim imel.",
        "אויב איר זענט נישט אויסגעקליבן, וועלן מיר אייך לאזן וויסן.",
        "Se sètz pas estada retenguda, vos escriurem.",
        "Fa o sa tlhophiwa, re tla go itsise.",
        "Gin ye wisnae picked, we'll let ye ken.",
        "Kapau na'e 'ikai ke fili koe, te mau 'imeili atu.",
        "यदि यह पद किसी और को दिया गया, तो हम आपको सूचित करेंगे।",
        "Niba ko mutatoranyijwe, tuzabamenyesha.",
        "Se o seu nome não está entre os que seguem, aguarde a próxima turma.",
        "다른 지원자와 함께하게 되면 연락드리겠습니다.",
        "إذا فضلت اللجنة مرشحاً آخر فسنبلغك.",
        # decisions still to come
        "N'hon eus ket dibabet un den all c'hoazh.",
        "Mipela i no makim narapela man yet.",
        "מיר האבן נאך נישט אויסגעקליבן אן אנדערן קאנדידאט.",
        "Avèm pas encara causit una autra persona.",
        "Ga re ise re tlhophe motho yo mongwe.",
        "Kuo te'eki ai ke mau fili ha taha kehe.",
        # a choice negated, a job given to the reader
        "מיר האבן נישט אויסגעקליבן אן אנדערן קאנדידאט.",
        "We havenae gien the job tae anybody yet.",
        "We've gien the job tae ye, congratulations!",
        "लेखाकार का पद किसी और को नहीं दिया गया है।",
        "पद के बारे में और जानकारी आपको दी जाएगी।",
        "पद के लिए साक्षात्कार और परीक्षा की तारीख उम्मीदवारों को दी जाएगी।",
        "शेष पद अन्य उम्मीदवारों को दिए जाएँगे, आपका पद पक्का है।",
        "Kemeret hon eus ur pennad all evit lenn ho koulskrid.",
        "لم تفضل اللجنة مرشحاً آخر.",
        "نشكركم على ما تفضلتم به من ترشيح شخص آخر للوظيفة.",
        "Você não está entre os que seguem nosso perfil no Instagram.",
        "Tu nombre no está entre los que siguen nuestra página.",
        # confirmations in the same words
        "Trugarez evit ho koulskrid evit ar post, he lenn a raimp.",
        "Tenkyu long aplikesen bilong yu long dispela wok.",
        "א דאנק פאר אייער בריוו וועגן דער שטעלע.",
        "Mercés per vòstra candidatura al pòst d'animator.",
        "Re amogetse kopo ya gago ya tiro.",
        "Thanks fir yer application fir the warden's job.",
        "Mālō ho'o kole ngāue, 'oku mau kei vakai'i ia.",
        # ahead of the slices: conditionals, decisions still to come, confirmations
        "Sichus mana akllasqachu kanki, willasqaykiku.",
        "Manaraq huk runatam akllarqayku.",
        "Ne'ĩra roiporavo ambue tapicha.",
        "Sapos mifala i no jusum yu, bai mifala i sendem imel.",
        "Tangkyu tumas long aplikesen blong yu long wok ia.",
        "Kevaka o sega ni digitaki, keimami na tukuna vei iko.",
        "Vinaka vakalevu na nomu kerekere me baleta na cakacaka.",
        "እንተ ካልእ ሕጹይ መሪጽና ክንሕብረኩም ኢና።",
        "ጠለብኩም ተቐቢልናዮ ኣለና።",
        "جيڪڏهن توهان کي چونڊيو نه ويو ته اسان توهان کي ٻڌائينداسين.",
        "اسان کي توهان جي نوڪري جي درخواست ملي آهي.",
        "Bu fekkee tànnuwunu la, dinanu la ko wax.",
        "Jërëjëf ci sa laaj liggéey.",
        "Haeba ha o a kgethwa, re tla o tsebisa.",
        "Ha re so kgethe motho e mong.",
        "Re amohetse kopo ya hao ya mosebetsi.",
        "Эгер башка талапкерди тандадык деп чечсек, сизге кабарлайбыз.",
        "Арызыңыз кабыл алынды.",
        "Әгәр без башка кандидатны сайладык дип хәл итсәк, сезгә хәбәр итәрбез.",
        "Гаризагыз кабул ителде.",
    ],
)
def test_languages_more_twins_without_a_decision(text: str) -> None:
    assert not decision(text)


@pytest.mark.parametrize(
    "text",
    [
        "Laouen omp d'ho pediñ d'ur pennad-kaoz disul.",
        "Mipela i laik singautim yu long intaviu long Mande.",
        "מיר לאדן אייך איין צו אן אינטערוויו אום מאנטאג.",
        "Vos convidam a un entretien dimars.",
        "Re go laletsa go tla dipotsolotsong ka Labobedi.",
        "We'd like tae invite ye tae an interview on Monday.",
        "'Oku mau fakaafe'i koe ki ha 'initaviu 'i he Mōnite.",
        "Mipela i laik givim yu dispela wok draiva.",
        "מיר פארשלאגן אייך די שטעלע פון לערער.",
        "Vos prepausam lo pòst d'animator.",
        "Re go naya tiro ya mooki.",
        "We'd like tae offer ye the job.",
        "'Oku mau fiefia ke 'oatu kiate koe 'a e ngāue.",
        "Qamta invitaykiku entrevistaman lunes p'unchaw.",
        "Rohenói peteĩ ñomongetápe.",
        "Mifala i wantem singaotem yu blong kam long intaviu.",
        "Keimami via sureti iko mai ki na veitarogi.",
        "ናብ ቓለ-መሕትት ክንዕድመኩም ደስ ይብለና።",
        "اسان توهان کي انٽرويو لاءِ سڏيون ٿا.",
        "Nu ngi lay woo ngir waxtaan ak yaw.",
        "Re o mema inthaviong ka Labobedi.",
        "Сизди маекке чакырабыз.",
        "Сезне әңгәмәгә чакырабыз.",
        "Mifala i glad blong givim yu wok ia.",
        "Keimami marau ni solia vei iko na cakacaka.",
        "Re o fa mosebetsi wa mooki.",
        "Сизге бул жумушту сунуштайбыз.",
    ],
)
def test_languages_more_invitations_and_offers_are_held(text: str) -> None:
    assert held_abroad(text)
    assert not decision(text)


@pytest.mark.parametrize(
    "text",
    [
        "Mipela i no inap singautim yu long intaviu.",
        "Siwazh, ne c'hallomp ket ho pediñ d'ur pennad-kaoz.",
        "We cannae invite ye tae an interview.",
    ],
)
def test_a_negated_invitation_is_not_held(text: str) -> None:
    assert not held_abroad(text)


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        ("Amprest", "Siwazh, n'oc'h ket bet dibabet evit an amprest."),
        ("Dinau", "Mipela i no inap givim dinau long yu."),
        ("Kadimo", "Ka maswabi, kopo ya gago ya kadimo ga e a atlega."),
        ("Насыя", "Тилекке каршы, арызыңыз кабыл алынган жок."),
    ],
)
def test_a_non_job_decision_in_these_languages_shuts_the_gate(subject: str, body: str) -> None:
    assert not gate(subject, body)


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        ("Ho koulskrid", "Dibabet hon eus un den all."),
        ("Wok long ples", "Mipela i makim pinis narapela man."),
        ("די שטעלע", "מיר האבן אויסגעקליבן אן אנדערן קאנדידאט."),
        ("Candidatura al pòst", "Avèm causit una autra persona."),
        ("Kopo ya tiro", "Ga o a tlhophiwa."),
        ("Kole ngāue", "Kuo mau fili ha taha kehe."),
        ("Kopo ya mosebetsi", "Re kgethile motho e mong."),
        ("Арыз: жумуш", "Башка талапкерди тандадык."),
    ],
)
def test_a_job_word_keeps_the_gate_open(subject: str, body: str) -> None:
    assert gate(subject, body)
