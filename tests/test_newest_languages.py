"""Twenty-first pass, part C (issue 11): West Frisian, Malagasy, Javanese, Tajik, Samoan, Kannada
and Papiamento, Somali's, Faroese's, Hausa's and Zulu/Xhosa's refusals in forms their readings
lacked, and Sundanese, Oromo, Kinyarwanda, Odia, Shona, Chichewa and Lingala ahead of the slices
(rejectwatch.model.newest_languages). Each refusal, in a letter's, a note's or a list's words,
gives its shared token; its twins (a conditional, a silence rule, a decision still to come, "we'll
keep your CV") give none; the guard holds an invitation or an offer and not one negated; the
gate shuts on a loan, rent or a scholarship and stays open beside a job word. The sentences are
written for these tests."""

from __future__ import annotations

import pytest

from readings import decision, gate, marks
from rejectwatch.model import negation
from rejectwatch.model.guard_abroad import held_abroad

OUT, OTHER, GONE = negation.READER_OUT, negation.CHOSE_OTHER, negation.ROLE_GONE


@pytest.mark.parametrize(
    ("text", "token"),
    [
        # West Frisian, a letter and a note
        ("Wy hawwe keazen foar in oare kandidaat.", OTHER),
        ("Do wurdst spitigernôch net útnoege foar in petear.", OUT),
        ("Spitigernôch binne jo net selektearre foar de funksje.", OUT),
        ("Dyn sollisitaasje is dizze kear net slagge.", OUT),
        ("Wy kinne jo spitigernôch gjin baan oanbiede.", OUT),
        ("Wy hawwe in oare kandidaat oannommen.", OTHER),
        ("De fakatuere is al ynfolle.", GONE),
        # Malagasy
        ("Manenina izahay fa tsy voafidy ianao amin'ity indray mitoraka ity.", OUT),
        ("Tsy nahomby ny fangatahanao tamin'ity indray mitoraka ity.", OUT),
        ("Tsy afaka manohy ny fangatahanao izahay.", OUT),
        ("Nisafidy kandida hafa izahay.", OTHER),
        ("Olona hafa no voafidy ho amin'ity toerana ity.", OTHER),
        ("Efa feno ny toerana.", GONE),
        # Javanese, polite and plain
        ("Nyuwun pangapunten, panjenengan dereng saged kapilih kangge posisi menika.", OUT),
        ("Nuwun sewu, lamaran panjenengan mboten saged dipuntampi.", OUT),
        ("Sori ya, kowe ora kapilih.", OUT),
        ("Kita sampun milih calon sanes kangge posisi menika.", OTHER),
        ("Posisi menika sampun kaisi.", GONE),
        # Somali
        ("Nasiib darro, lagaama dooran wareegga wareysiga.", OUT),
        ("Ma aadan ku guuleysan imtixaanka.", OUT),
        ("Waxaa la doortay musharax kale.", OTHER),
        ("Waxaan shaqaaleysiinay qof kale.", OTHER),
        # Tajik
        ("Мутаассифона, ин дафъа шумо барои ин вазифа интихоб нашудед.", OUT),
        ("Дархости шумо қабул нашуд.", OUT),
        ("Мо номзади дигарро интихоб кардем.", OTHER),
        ("Вазифа аллакай ишғол шудааст.", GONE),
        # Samoan, the glottal stop written or not
        ("Ua matou fa'amalie atu e fa'ailoa atu e le'i filifilia oe i lenei taimi.", OUT),
        ("E lei filifilia oe mo le tofiga.", OUT),
        ("E leʻi manuia lau talosaga.", OUT),
        ("E le mafai ona matou ofo atu ia te oe le tofiga.", OUT),
        ("Ua matou filifilia se isi tagata mo le tofiga.", OTHER),
        ("Ua uma ona fa'atumu le tofiga.", GONE),
        # Kannada
        ("ಈ ಬಾರಿ ನಿಮ್ಮನ್ನು ಆಯ್ಕೆ ಮಾಡಲಾಗಿಲ್ಲ ಎಂದು ತಿಳಿಸಲು ವಿಷಾದಿಸುತ್ತೇವೆ.", OUT),
        ("ನಿಮ್ಮ ಅರ್ಜಿಯನ್ನು ತಿರಸ್ಕರಿಸಲಾಗಿದೆ.", OUT),
        ("ನೀವು ಈ ಹುದ್ದೆಗೆ ಆಯ್ಕೆಯಾಗಿಲ್ಲ.", OUT),
        ("ಆದರೆ, ನಿಮ್ಮನ್ನು ಆಯ್ಕೆ ಮಾಡಲಾಗಿಲ್ಲ.", OUT),
        ("ಈ ಹುದ್ದೆಗೆ ಬೇರೆ ಅಭ್ಯರ್ಥಿಯನ್ನು ಆಯ್ಕೆ ಮಾಡಿದ್ದೇವೆ.", OTHER),
        ("ಈ ಹುದ್ದೆ ಈಗಾಗಲೇ ಭರ್ತಿಯಾಗಿದೆ.", GONE),
        # Papiamento
        ("Nos ta lamentá di informá bo ku nos a skohe otro kandidato pa e trabou aki.", OTHER),
        ("Bo no a wordu selekshoná pa e puesto.", OUT),
        ("Nos no por sigui ku bo aplikashon.", OUT),
        ("E puesto a wordu yená kaba.", GONE),
        # a list's or a round's result
        ("Jo steane net op de shortlist.", OUT),
        ("Tsy tafiditra amin'ny lisitra ianao.", OUT),
        ("Шумо ба давраи навбатӣ роҳ наёфтед.", OUT),
        ("ಕಿರುಪಟ್ಟಿಯಲ್ಲಿ ನಿಮ್ಮ ಹೆಸರು ಸೇರಿಲ್ಲ.", OUT),
        ("Bo no a pasa pa e siguiente fase.", OUT),
        # slice 19's other new languages, in forms their readings lacked
        ("Tú fært tíverri ikki starvið hesaferð.", OUT),
        ("Ba za mu iya ci gaba da takardar neman aikinka ba.", OUT),
        ("Mun ɗauki wanda yake da lasisin manyan motoci.", OTHER),
        ("Siyaxolisa, asikukhethanga kwesi sikhundla.", OUT),
        # ahead of the slices: Sundanese
        ("Hapunten, anjeun teu kapilih pikeun posisi ieu.", OUT),
        ("Hanjakal, lamaran anjeun teu acan tiasa katampi.", OUT),
        ("Kami parantos milih calon séjén.", OTHER),
        ("Posisi ieu tos kaeusi.", GONE),
        # Oromo
        ("Nu gaddisiisa, isin gita kanaaf hin filatamne.", OUT),
        ("Iyyannoon keessan hin milkoofne.", OUT),
        ("Kaadhimamaa biraa filanneerra.", OTHER),
        ("Bakki hojii kun guutameera.", GONE),
        # Kinyarwanda
        ("Tubabajwe no kubamenyesha ko ntabwo mwatoranyijwe.", OUT),
        ("Ubusabe bwanyu ntibwemewe.", OUT),
        ("Twahisemo undi mukandida.", OTHER),
        ("Umwanya w'akazi wamaze kuzuzwa.", GONE),
        # Odia
        ("ଦୁଃଖର ସହ ଜଣାଉଛୁ ଯେ ଆପଣଙ୍କୁ ଏହି ପଦ ପାଇଁ ଚୟନ କରାଯାଇନାହିଁ।", OUT),
        ("ଆପଣଙ୍କ ଆବେଦନ ପ୍ରତ୍ୟାଖ୍ୟାନ କରାଯାଇଛି।", OUT),
        ("ଏହି ପଦବୀ ପାଇଁ ଅନ୍ୟ ଜଣେ ପ୍ରାର୍ଥୀଙ୍କୁ ଚୟନ କରାଯାଇଛି।", OTHER),
        ("ଏହି ପଦ ପୂରଣ ହୋଇସାରିଛି।", GONE),
        # Shona
        ("Tine urombo, hamuna kusarudzwa pabasa iri.", OUT),
        ("Chikumbiro chenyu hachina kubudirira.", OUT),
        ("Takasarudza mumwe munyoreri.", OTHER),
        ("Chinzvimbo ichi chakazadzwa.", GONE),
        # Chichewa
        ("Pepani, simunasankhidwe pa udindo umenewu.", OUT),
        ("Pempho lanu silinapambane.", OUT),
        ("Tasankha munthu wina.", OTHER),
        # Lingala
        ("Tozali na mawa koyebisa yo ete oponami te.", OUT),
        ("Toponi moto mosusu.", OTHER),
    ],
)
def test_newest_languages_refusals_give_their_token(text: str, token: str) -> None:
    assert token in marks(text)


@pytest.mark.parametrize(
    "text",
    [
        # conditionals and silence rules
        "As wy keazen hawwe foar in oare kandidaat, litte wy it jo witte.",
        "Mocht jo net selektearre wurde, dan hearre jo dat fan ús.",
        "Raha tsy voafidy ianao dia handefa mailaka izahay.",
        "Raha tsy nahomby ny fangatahanao dia hampahafantarinay anao.",
        "Menawi panjenengan dereng saged kapilih, kula badhe ngabari.",
        "Yen panjenengan mboten kapilih, kula badhe ngabari.",
        "Haddii lagaama dooran, waan kuu soo sheegi doonaa.",
        "Агар шумо интихоб нашудед, мо ба шумо хабар медиҳем.",
        "Дар сурати он ки номзади дигар интихоб шуд, ба шумо мактуб мефиристем.",
        "Afai e le'i filifilia oe, matou te imeli atu ia te oe.",
        "ನೀವು ಆಯ್ಕೆಯಾಗದಿದ್ದರೆ ನಾವು ಇಮೇಲ್ ಕಳುಹಿಸುತ್ತೇವೆ.",
        "ಒಂದು ವೇಳೆ ಬೇರೆ ಅಭ್ಯರ್ಥಿಯನ್ನು ಆಯ್ಕೆ ಮಾಡಿದ್ದೇವೆ ಎಂದಾದರೆ ನಿಮಗೆ ತಿಳಿಸುತ್ತೇವೆ.",
        "Si nos skohe otro kandidato, nos lo manda bo un e-mail.",
        "Den kaso ku bo no a wordu selekshoná, nos ta manda bo un karta.",
        # decisions still to come
        "Wy hawwe noch net keazen foar in oare kandidaat.",
        "Mbola tsy nisafidy kandida hafa izahay.",
        "Kita dereng milih calon sanes.",
        "Мо ҳанӯз номзади дигарро интихоб накардем.",
        "Ҳанӯз номзади дигар интихоб нашуд.",
        "Matou te le'i filifilia se isi tagata.",
        "O lo'o iloilo pea talosaga, ae ua matou filifilia se isi tagata mo le isi tofiga.",
        "ನಾವು ಇನ್ನೂ ಬೇರೆ ಅಭ್ಯರ್ಥಿಯನ್ನು ಆಯ್ಕೆ ಮಾಡಿಲ್ಲ.",
        "Ainda no a tuma un desishon, pero nos a skohe otro kandidato pa e otro puesto.",
        # a choice of another negated
        "Nos no a skohe otro kandidato.",
        "Wy hawwe net keazen foar in oare kandidaat.",
        # "we'll keep your CV": no decision
        "Wy bewarje jo CV foar takomstige fakatueres.",
        "Hotehirizinay ny CV-nao ho an'ny toerana hafa.",
        "CV panjenengan badhe kula simpen kangge lowongan sanesipun.",
        "Waxaan kaydin doonnaa CV-gaaga muddo lix bilood ah.",
        "Мо дархости шуморо барои вазифаҳои оянда нигоҳ медорем.",
        "O le a matou teuina lau talosaga mo isi avanoa.",
        "ನಿಮ್ಮ ಅರ್ಜಿಯನ್ನು ನಮ್ಮ ದಾಖಲೆಯಲ್ಲಿ ಇರಿಸಿಕೊಳ್ಳುತ್ತೇವೆ.",
        "Nos ta warda bo CV pa otro vakatura.",
        # slice 19's other new languages: the new forms under a conditional
        "Um tú ikki fært starvið, senda vit tær boð.",
        "Idan ba za mu iya ci gaba da takardar neman aikinka ba, za mu sanar da kai.",
        "Uma asikukhethanga, sizokwazisa.",
        "Xa asikukhethanga, siya kwazisa.",
        # ahead of the slices: conditionals, decisions still to come, the reader chosen
        "Lamun anjeun teu kapilih, kami bakal ngabéjaan.",
        "Kami teu acan milih calon séjén.",
        "Yoo isin hin filatamne, imeeliin isin beeksifna.",
        "Niba ntabwo mwatoranyijwe, tuzabamenyesha.",
        "Mwatoranyijwe ku mwanya w'akazi.",
        "ଯଦି ଆପଣଙ୍କୁ ଚୟନ କରାଯାଇନାହିଁ, ଆମେ ଇମେଲ୍ ପଠାଇବୁ।",
        "Kana musina kusarudzwa, tichakuzivisai.",
        "Hatisati takasarudza mumwe munyoreri.",
        "Ngati simunasankhidwe, tidzakudziwitsani.",
        "Soki oponami te, tokoyebisa yo.",
        # a post still to fill
        "De fakatuere is noch net ynfolle.",
        "Mbola tsy feno ny toerana.",
    ],
)
def test_newest_languages_twins_without_a_decision(text: str) -> None:
    assert not decision(text)


def test_short_words_are_read_only_in_their_own_language() -> None:
    # Frisian "as" is a conditional before its subjects only, not English "as"
    assert decision("We have chosen another candidate, as we explained on the phone.")
    assert decision("Wy hawwe keazen foar in oare kandidaat, as dat dúdlik is.")
    # Kannada "ಆದರೆ" (but) is no conditional suffix
    assert decision("ಆದರೆ, ನಿಮ್ಮನ್ನು ಆಯ್ಕೆ ಮಾಡಲಾಗಿಲ್ಲ.")
    # ... nor "ಎಂದರೆ" (that is: "what we tell you is that …"), while "ಬರದಿದ್ದರೆ" (if … not) is one
    assert decision("ತಿಳಿಸುವುದೇನೆಂದರೆ, ಈ ಹಂತದಲ್ಲಿ ತಮ್ಮನ್ನು ಆಯ್ಕೆ ಮಾಡಲು ಸಾಧ್ಯವಾಗಿಲ್ಲ.")
    assert not decision("ಉತ್ತರ ಬರದಿದ್ದರೆ, ನಿಮ್ಮನ್ನು ಆಯ್ಕೆ ಮಾಡಲಾಗಿಲ್ಲ ಎಂದು ತಿಳಿಯಿರಿ.")
    # Samoan "le'i" (not, past) is no guard negation: Italian "Lei" (the formal you) is none
    assert held_abroad("Gentile Lei, siamo lieti di invitarla a un colloquio lunedì.")
    # Javanese "dereng" before "saged" is a refusal, before a verb of choosing still to come
    assert decision("Panjenengan dereng saged kapilih.")
    assert not decision("Kita dereng milih calon sanes.")


@pytest.mark.parametrize(
    "text",
    [
        "Wy noegje jo graach út foar in petear.",
        "Jo wurde útnoege foar in petear op tiisdei.",
        "Faly izahay manasa anao ho amin'ny resadresaka.",
        "Kula ngaturi panjenengan rawuh wawancara dinten Senin.",
        "Мо шуморо ба мусоҳиба даъват мекунем.",
        "Matou te fia vala'aulia oe i se fa'atalanoaga.",
        "ನಾವು ನಿಮ್ಮನ್ನು ಸಂದರ್ಶನಕ್ಕೆ ಆಹ್ವಾನಿಸುತ್ತೇವೆ.",
        "ನಿಮ್ಮನ್ನು ಸಂದರ್ಶನಕ್ಕೆ ಆಹ್ವಾನಿಸಲು ನಮಗೆ ಸಂತೋಷವಾಗುತ್ತದೆ.",
        "Nos ke invitá bo pa un entrevista.",
        "Wy biede jo graach de funksje oan.",
        "Faly izahay manolotra anao ny toerana.",
        "Kita badhe nawakaken panjenengan posisi kasir.",
        "Мо ба шумо вазифаи ронандаро пешниҳод мекунем.",
        "Matou te fiafia e ofo atu ia te oe le tofiga.",
        "ನಿಮ್ಮ ನೇಮಕಾತಿ ಪತ್ರವನ್ನು ಲಗತ್ತಿಸಲಾಗಿದೆ.",
        "Nos ta kontentu di ofresé bo e puesto.",
        "Kami bade ngondang anjeun kana wawancara dinten Senén.",
        "Kami bungah nawiskeun posisi kasir ka anjeun.",
        "Afgaaffiif isin affeerra.",
        "Turabatumira mu kiganiro cy'akazi.",
        "ଆମେ ଆପଣଙ୍କୁ ସାକ୍ଷାତକାର ପାଇଁ ଆମନ୍ତ୍ରଣ କରୁଛୁ।",
        "Tinokukokai kuti muuye kubvunzurudzwa neChitatu.",
        "Tikukuitanani ku kuyankhulana Lachitatu.",
        "Tikukupatsani ntchito ya woyang'anira.",
        "Tobengi yo na interview mokolo ya misato.",
        "Topesi yo mosala.",
    ],
)
def test_newest_languages_invitations_and_offers_are_held(text: str) -> None:
    assert held_abroad(text)
    assert not decision(text)


@pytest.mark.parametrize(
    "text",
    [
        "Do wurdst net útnoege foar in petear.",
        "Spitigernôch kinne wy jo net útnoegje foar in petear.",
        "Tsy afaka manasa anao ho amin'ny resadresaka izahay.",
        "Nyuwun pangapunten, kula mboten saged ngaturi panjenengan wawancara.",
        "Мутаассифона, мо наметавонем шуморо ба мусоҳиба даъват кунем.",
        "Ua matou fa'amalie atu, e le mafai ona matou vala'aulia oe i se fa'atalanoaga.",
        "ಕ್ಷಮಿಸಿ, ನಿಮ್ಮನ್ನು ಸಂದರ್ಶನಕ್ಕೆ ಆಹ್ವಾನಿಸಲು ಸಾಧ್ಯವಿಲ್ಲ.",
        "Nos ta lamentá, nos no por invitá bo pa un entrevista.",
        "Hapunten, kami teu tiasa ngondang anjeun kana wawancara.",
    ],
)
def test_a_negated_invitation_is_not_held(text: str) -> None:
    assert not held_abroad(text)


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        ("Liening", "Spitigernôch hawwe wy keazen foar in oare persoan foar de liening."),
        ("Findramam-bola", "Indrisy, tsy nahomby ny fangatahanao findramam-bola."),
        (
            "Kontrakan",
            "Nyuwun pangapunten, kita sampun milih tiyang sanes kangge kontrakan menika.",
        ),
        ("Қарз", "Мутаассифона, дархости шумо барои қарз қабул нашуд."),
        ("Sikolasipi", "E le'i manuia lau talosaga mo le sikolasipi."),
        ("ಸಾಲ", "ನಿಮ್ಮ ಸಾಲದ ಅರ್ಜಿಯನ್ನು ತಿರಸ್ಕರಿಸಲಾಗಿದೆ."),
        ("Hur di kas", "Nos a skohe otro persona pa e hur di kas."),
        ("Inguzanyo", "Tubabajwe no kubamenyesha ko ubusabe bwanyu ntibwemewe."),
        ("ଋଣ ଆବେଦନ", "ଆପଣଙ୍କ ଆବେଦନ ପ୍ରତ୍ୟାଖ୍ୟାନ କରାଯାଇଛି।"),
    ],
)
def test_a_non_job_decision_in_these_languages_shuts_the_gate(subject: str, body: str) -> None:
    assert decision(body)
    assert not gate(subject, body)


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        ("Sollisitaasje: bakker", "Wy hawwe keazen foar in oare kandidaat."),
        ("Вазифаи ронанда", "Мо номзади дигарро интихоб кардем."),
        ("ಲೆಕ್ಕಿಗ ಹುದ್ದೆ", "ನಿಮ್ಮನ್ನು ಆಯ್ಕೆ ಮಾಡಲಾಗಿಲ್ಲ."),
        ("Lau talosaga mo le tofiga", "E le'i filifilia oe."),
        ("Aplikashon pa resepshonista", "Nos a skohe otro kandidato."),
    ],
)
def test_a_job_word_keeps_the_gate_open(subject: str, body: str) -> None:
    assert gate(subject, body)
