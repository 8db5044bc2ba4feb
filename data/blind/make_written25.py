# ruff: noqa: E501
"""Write data/blind/written-25.jsonl: training mail, thirteenth batch (West Frisian, Malagasy,
Javanese, Tajik, Samoan, Kannada and Papiamento).

Twenty-first pass, part C. Blind slice 19 brought seven languages no slice, batch or reading had
used; rejectwatch.model.newest_languages now reads them. This batch writes those seven languages
in written-23's shapes (its ``Maker``, with this batch's names). In each language:

* rejections in three shapes, each twice (with another reader, organisation and role): the
  reader not selected (with "we'll keep your CV"), someone else chosen, and a list's result or
  the application not accepted;
* hard negatives in the same words: a confirmation whose conditional holds the refusal's own
  words, one with a silence rule, a note that the choice is still to come, an interview
  invitation, an offer, and a refusal of a loan, rent or a scholarship (no job).

Label rule: ``rejection`` only when the message tells the reader their application for a job
will not go on.

    python data/blind/make_written25.py           # writes the file (seed 250251)
    python data/blind/make_written25.py --langs   # make-up by label/kind and label/language
    python data/blind/make_written25.py --check   # 6-word-shingle overlap with the other data

Stdlib only; two runs give byte-identical output.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import make_written23 as base  # noqa: E402  (the batch machinery, beside this file)

SEED = 250251
OUT = HERE / "written-25.jsonl"
# the slices not yet declared read when this batch was written
SEALED = base.sealed(20)  # skipped by name, never opened


class Maker(base.Maker):
    name = "written25"
    prefix = "blindw25"
    provenance = "written for rejectwatch issue 11 twenty-first pass as training mail, thirteenth batch, West Frisian, Malagasy, Javanese, Tajik, Samoan, Kannada and Papiamento (make_written25.py)"


# Each language: zone, readers (first name as greeted, full name), organisations (name, domain),
# roles, greeting, closing, signers, and its messages: (template, kind, subject, body).

LANGS: dict[str, dict] = {
    "fy": {
        "zone": "+0100", "readers": (("Sjoukje", "Sjoukje Hoekstra"), ("Wopke", "Wopke Bosma"), ("Baukje", "Baukje de Vries")),
        "orgs": (("Suvelfabryk Dokkum", "suvel-dokkum.example"), ("Gritenij Smellingerlân", "smellingerlan.example")),
        "roles": ("administratyf meiwurker", "magazynmeiwurker", "learaar assistint"), "greet": "Bêste {first},", "close": "Mei freonlike groetnis,",
        "signers": ("Ofdieling Personiel", "Tsjits Wiersma"),
        "msgs": (
            ("selektearre", "rejection", "Dyn sollisitaasje: {role}", "Tank foar dyn sollisitaasje foar de funksje fan {role} by {org}.\n\nSpitigernôch binne jo dizze kear net selektearre. Wy bewarje jo CV foar takomstige fakatueres."),
            ("oare", "rejection", "Beslút oer de funksje", "Tank dat jo ferline wike by ús op petear west hawwe.\n\nNei lang neitinken hawwe wy keazen foar in oare kandidaat mei mear ûnderfining yn dit wurk. Wy winskje jo in soad súkses."),
            ("shortlist", "rejection", "Shortlist {role}", "Tank foar dyn sollisitaasje.\n\nWy hawwe de shortlist foar de funksje fan {role} opsteld; jo steane net op de shortlist."),
            ("ontfongen", "application_received", "Sollisitaasje ûntfongen", "Wy hawwe dyn sollisitaasje foar de funksje fan {role} ûntfongen.\n\nAs wy keazen hawwe foar in oare kandidaat, krije jo fan ús in berjocht; oars hearre jo fan ús oer in petear."),
            ("stilte", "application_received", "Dyn sollisitaasje is binnen", "Tank foar dyn sollisitaasje foar de funksje fan {role}.\n\nAs jo foar de ein fan de moanne neat fan ús heard hawwe, dan hawwe wy keazen foar in oare kandidaat."),
            ("nochnet", "application_received", "Stân fan saken", "Tank foar jo geduld.\n\nWy hawwe noch net keazen foar in oare kandidaat; nei it lêste petear hearre jo fan ús."),
            ("petear", "interview", "Utnoeging foar in petear", "Wy binne bliid dat jo troch binne nei de twadde ronde.\n\nWy noegje jo graach út foar in petear op woansdei om 10.00 oere."),
            ("oanbod", "offer", "Oanbod: {role}", "Mei blidens litte wy jo witte dat de kar op jo fallen is.\n\nWy biede jo graach de funksje oan; it kontrakt sit yn de bylage."),
            ("hierwente", "non_job_rejection_words", "Jo belangstelling foar de hierwente", "Tank foar jo belangstelling foar de hierwente oan de Skilsstrjitte.\n\nSpitigernôch hawwe wy keazen foar in oare persoan."),
        ),
    },
    "mg": {
        "zone": "+0300", "readers": (("Hery", "Hery Rakotomalala"), ("Voahangy", "Voahangy Randriamanana"), ("Fara", "Fara Rasoanaivo")),
        "orgs": (("Fitaterana Analamanga", "fitaterana-analamanga.example"), ("Trano Boky Toamasina", "boky-toamasina.example")),
        "roles": ("mpitantsoratra", "mpitahiry entana", "mpanampy kaonty"), "greet": "Manao ahoana {first},", "close": "Amin'ny fanajana,",
        "signers": ("Sampana mpiasa", "Lalao Razafindrakoto"),
        "msgs": (
            ("voafidy", "rejection", "Ny fangatahanao: {role}", "Misaotra anao tamin'ny fangatahana asa ho {role} tao amin'ny {org}.\n\nManenina izahay fa tsy voafidy ianao amin'ity indray mitoraka ity. Hotehirizinay ny CV-nao ho an'ny toerana hafa."),
            ("hafa", "rejection", "Fanapahan-kevitra momba ny toerana", "Misaotra anao nanatrika ny resadresaka tamin'ny herinandro lasa.\n\nTaorian'ny fandinihana lalina dia nisafidy kandida hafa manana traikefa bebe kokoa izahay. Mirary soa anao izahay."),
            ("nahomby", "rejection", "Valin'ny fangatahanao", "Misaotra tamin'ny fangatahanao.\n\nManenina izahay milaza fa tsy nahomby ny fangatahanao ho amin'ny toerana {role}."),
            ("voaray", "application_received", "Voaray ny fangatahanao", "Voarainay ny fangatahanao ho amin'ny toerana {role}.\n\nRaha tsy voafidy ianao ho amin'ny resadresaka dia hotehirizinay mandritra ny herintaona ny fangatahanao."),
            ("tsimaresaka", "application_received", "Fangatahana tonga", "Misaotra tamin'ny fangatahanao ho amin'ny toerana {role}.\n\nRaha tsy mahazo valiny avy aminay ianao alohan'ny faran'ny volana dia olona hafa no voafidy."),
            ("mbola", "application_received", "Ny toetry ny fangatahanao", "Misaotra tamin'ny faharetanao.\n\nMbola tsy nisafidy kandida hafa izahay; hampahafantarinay anao aorian'ny resadresaka farany."),
            ("resadresaka", "interview", "Fanasana ho amin'ny resadresaka", "Faly izahay milaza aminao fa nahomby ianao tamin'ny dingana voalohany.\n\nFaly izahay manasa anao ho amin'ny resadresaka amin'ny Alarobia amin'ny 10 ora maraina."),
            ("tolotra", "offer", "Tolotra asa: {role}", "Faly izahay milaza aminao fa ianao no voafidy ho {role}.\n\nFaly izahay manolotra anao ny toerana; ao amin'ny tovana ny fifanarahana."),
            ("findramam", "non_job_rejection_words", "Ny fangatahanao findramam-bola", "Ry mpanjifa hajaina,\n\nIndrisy, tsy nahomby ny fangatahanao findramam-bola."),
        ),
    },
    "jv": {
        "zone": "+0700", "readers": (("Sekar", "Sekar Wulandari"), ("Bagus", "Bagus Prasetyo"), ("Ratri", "Ratri Handayani")),
        "orgs": (("Batik Tirta Kencana", "tirtakencana.example"), ("Toko Buku Sastra Jawi", "sastrajawi.example")),
        "roles": ("pramuniaga", "juru kasir", "staf gudang"), "greet": "Sugeng enjing {first},", "close": "Salam taklim,",
        "signers": ("Bagian Personalia", "Endah Kusumawati"),
        "msgs": (
            ("kapilih", "rejection", "Wangsulan pendhaftaran {role}", "Matur nuwun dene panjenengan sampun ngintunaken lamaran dados {role} ing {org}.\n\nNyuwun pangapunten, panjenengan dereng saged kapilih wekdal menika. CV panjenengan badhe kula simpen kangge lowongan sanesipun."),
            ("sanes", "rejection", "Keputusan babagan posisi", "Matur nuwun sampun rawuh wawancara minggu kepengker.\n\nSasampunipun dipuntimbang kanthi saestu, kita sampun milih calon sanes ingkang langkung pengalaman. Mugi-mugi pinaringan sukses."),
            ("dipuntampi", "rejection", "Lamaran {role}", "Matur nuwun lamaranipun.\n\nNuwun sewu, lamaran panjenengan mboten saged dipuntampi kangge posisi {role}."),
            ("tampi", "application_received", "Lamaran sampun katampi", "Lamaran panjenengan kangge posisi {role} sampun kula tampi.\n\nMenawi panjenengan mboten kapilih kangge wawancara, lamaran badhe kula simpen setunggal taun."),
            ("meneng", "application_received", "Lamaran sampun dugi", "Matur nuwun dene panjenengan ngintunaken lamaran dados {role}.\n\nYen panjenengan dereng pikantuk wangsulan saking kita ngantos pungkasan wulan, panjenengan dereng saged kapilih."),
            ("dereng", "application_received", "Kawontenan lamaran", "Matur nuwun kesabaranipun.\n\nKita dereng milih calon sanes; sasampunipun wawancara pungkasan kita badhe ngabari."),
            ("wawancara", "interview", "Undangan wawancara", "Kita bingah ngabari bilih panjenengan lulus tahap sepisan.\n\nKula ngaturi panjenengan rawuh wawancara dinten Rebo jam 10 enjing."),
            ("tawaran", "offer", "Tawaran padamelan {role}", "Kita bingah ngabari bilih panjenengan katampi dados {role}.\n\nKita badhe nawakaken panjenengan posisi menika; kontrakipun kula lampiraken."),
            ("kontrakan", "non_job_rejection_words", "Kontrakan ing Kotagede", "Kula aturi pirsa,\n\nNyuwun pangapunten, kita sampun milih tiyang sanes kangge kontrakan menika."),
        ),
    },
    "tg": {
        "zone": "+0500", "readers": (("Фарзона", "Farzona Rahimova"), ("Далер", "Daler Nazarov"), ("Мадина", "Madina Sharipova")),
        "orgs": (("ҶДММ «Хуҷанд Логистик»", "khujand-log.example"), ("Китобхонаи Кӯлоб", "kulob-kitob.example")),
        "roles": ("ронанда", "муҳосиб", "ёрдамчии офис"), "greet": "Салом, {first}!", "close": "Бо эҳтиром,",
        "signers": ("Шӯъбаи кадрҳо", "Нигина Каримова"),
        "msgs": (
            ("intikhob", "rejection", "Дар бораи дархости шумо: {role}", "Ташаккур барои дархостатон ба вазифаи {role} дар {org}.\n\nМутаассифона, ин дафъа шумо барои ин вазифа интихоб нашудед. Мо дархости шуморо барои вазифаҳои оянда нигоҳ медорем."),
            ("digar", "rejection", "Қарор дар бораи вазифа", "Ташаккур барои иштирок дар мусоҳиба дар ҳафтаи гузашта.\n\nПас аз баррасии дақиқ мо номзади дигарро интихоб кардем, ки таҷрибаи бештар дорад. Ба шумо барори кор мехоҳем."),
            ("qabul", "rejection", "Натиҷаи дархост", "Ташаккур барои дархостатон.\n\nБо таассуф хабар медиҳем, ки дархости шумо ба вазифаи {role} қабул нашуд."),
            ("giriftem", "application_received", "Дархости шумо расид", "Дархости шумо ба вазифаи {role} ба мо расид.\n\nАгар шумо барои мусоҳиба интихоб нашудед, мо дархостатонро як сол нигоҳ медорем."),
            ("khomushi", "application_received", "Дархост гирифта шуд", "Ташаккур барои дархостатон ба вазифаи {role}.\n\nАгар то охири моҳ аз мо ҷавоб нагиред, номзади дигар интихоб шуд."),
            ("hanuz", "application_received", "Ҳолати дархост", "Ташаккур барои сабратон.\n\nМо ҳанӯз номзади дигарро интихоб накардем; пас аз мусоҳибаи охирин ба шумо хабар медиҳем."),
            ("dawat", "interview", "Даъват ба мусоҳиба", "Бо хурсандӣ хабар медиҳем, ки шумо марҳилаи аввалро гузаштед.\n\nМо шуморо ба мусоҳиба даъват мекунем: рӯзи чоршанбе, соати 10."),
            ("peshnihod", "offer", "Пешниҳоди кор: {role}", "Бо хурсандӣ хабар медиҳем, ки интихоби мо ба шумо афтод.\n\nМо ба шумо ин вазифаро пешниҳод мекунем; шартнома замима шудааст."),
            ("qarz", "non_job_rejection_words", "Дархост барои қарз", "Муштарии муҳтарам,\n\nМутаассифона, дархости шумо барои қарз қабул нашуд."),
        ),
    },
    "sm": {
        "zone": "+1300", "readers": (("Losa", "Losa Tuilagi"), ("Sione", "Sione Fa'alogo"), ("Malia", "Malia Leota")),
        "orgs": (("Faletalimalo Vailima", "vailima-hotel.example"), ("Faleoloa Salelologa", "salelologa-store.example")),
        "roles": ("tausi tusi", "teuina tusi", "fesoasoani i le ofisa"), "greet": "Talofa {first},", "close": "Ma le fa'aaloalo,",
        "signers": ("Vaega o Tagata Faigaluega", "Tina Aiono"),
        "msgs": (
            ("filifilia", "rejection", "Lau talosaga: {role}", "Fa'afetai ona e talosaga mai mo le tofiga {role} i {org}.\n\nMa le fa'anoanoa, matou te fa'ailoa atu e le'i filifilia oe mo lenei tofiga. O le a matou teuina lau talosaga mo isi avanoa."),
            ("seisi", "rejection", "O le fa'ai'uga mo le tofiga", "Fa'afetai mo lou auai i le fa'atalanoaga i le vaiaso ua te'a.\n\nIna ua matou iloilo lelei, ua matou filifilia se isi tagata e sili atu lona poto masani. Manuia lau sailiga galuega."),
            ("manuia", "rejection", "Le tali i lau talosaga", "Fa'afetai mo lau tusi.\n\nMa le fa'anoanoa, e le'i manuia lau talosaga mo le tofiga {role}."),
            ("maua", "application_received", "Ua maua lau talosaga", "Ua matou mauaina lau talosaga mo le tofiga {role}.\n\nAfai e le'i filifilia oe mo se fa'atalanoaga, o le a matou teuina lau talosaga mo le tasi le tausaga."),
            ("filemu", "application_received", "Ua taunu'u lau talosaga", "Fa'afetai ona e talosaga mai mo le tofiga {role}.\n\nAfai e te le maua se tali mai ia i matou se'ia uma le masina, ua matou filifilia se isi tagata."),
            ("iloilo", "application_received", "Le tulaga o lau talosaga", "Fa'afetai mo lou onosa'i.\n\nO lo'o iloilo pea talosaga; matou te le'i filifilia se isi tagata."),
            ("valaaulia", "interview", "Vala'aulia i le fa'atalanoaga", "Ua matou fiafia e fa'ailoa atu ua e pasia le la'asaga muamua.\n\nMatou te fia vala'aulia oe i se fa'atalanoaga i le Aso Lulu i le 10 i le taeao."),
            ("ofo", "offer", "Ofo o le galuega: {role}", "Ua matou fiafia e fa'ailoa atu o oe ua matou mana'o i ai.\n\nMatou te fiafia e ofo atu ia te oe le tofiga; o lo'o fa'apipi'i le konekarate."),
            ("sikolasipi", "non_job_rejection_words", "Lau talosaga mo le sikolasipi", "Talofa,\n\nUa matou fa'amalie atu, e le'i manuia lau talosaga mo le sikolasipi."),
        ),
    },
    "kn": {
        "zone": "+0530", "readers": (("ಅನಿತಾ", "Anitha Rao"), ("ಕಿರಣ್", "Kiran Hegde"), ("ಶ್ವೇತಾ", "Shwetha Gowda")),
        "orgs": (("ಹುಬ್ಬಳ್ಳಿ ಲಾಜಿಸ್ಟಿಕ್ಸ್", "hubli-log.example"), ("ಮಂಗಳೂರು ಪುಸ್ತಕ ಮಳಿಗೆ", "mangaluru-books.example")),
        "roles": ("ಲೆಕ್ಕ ಸಹಾಯಕ", "ಕಚೇರಿ ಸಹಾಯಕ", "ಉಗ್ರಾಣ ಮೇಲ್ವಿಚಾರಕ"), "greet": "ಆತ್ಮೀಯ {first},", "close": "ವಂದನೆಗಳೊಂದಿಗೆ,",
        "signers": ("ಸಿಬ್ಬಂದಿ ವಿಭಾಗ", "ಸುಮಾ ಭಟ್"),
        "msgs": (
            ("aayke", "rejection", "{role} ಹುದ್ದೆ – ಅರ್ಜಿಯ ಫಲಿತಾಂಶ", "{org} ನಲ್ಲಿನ {role} ಹುದ್ದೆಯ ಬಗ್ಗೆ ತೋರಿದ ಆಸಕ್ತಿಗೆ ಧನ್ಯವಾದಗಳು.\n\nಈ ಹಂತದಲ್ಲಿ ತಮ್ಮನ್ನು ಆಯ್ಕೆ ಮಾಡಲು ಸಾಧ್ಯವಾಗಿಲ್ಲ ಎಂದು ವಿಷಾದದಿಂದ ತಿಳಿಸುತ್ತಿದ್ದೇವೆ. ತಮ್ಮ ಸ್ವವಿವರವನ್ನು ಮುಂದಿನ ಅವಕಾಶಗಳಿಗಾಗಿ ಉಳಿಸಿಕೊಳ್ಳುತ್ತೇವೆ."),
            ("bere", "rejection", "ಆಯ್ಕೆಯ ನಿರ್ಧಾರ", "ಕಳೆದ ವಾರ ಸಂದರ್ಶನಕ್ಕೆ ಹಾಜರಾಗಿದ್ದಕ್ಕೆ ಧನ್ಯವಾದಗಳು.\n\nಎಚ್ಚರಿಕೆಯಿಂದ ಪರಿಶೀಲಿಸಿದ ನಂತರ, ಹೆಚ್ಚಿನ ಅನುಭವವಿರುವ ಬೇರೆ ಅಭ್ಯರ್ಥಿಯನ್ನು ಆಯ್ಕೆ ಮಾಡಿದ್ದೇವೆ. ನಿಮಗೆ ಶುಭವಾಗಲಿ."),
            ("tiraskara", "rejection", "ನಿಮ್ಮ ಅರ್ಜಿಯ ಸ್ಥಿತಿ", "ನಿಮ್ಮ ಅರ್ಜಿಗೆ ಧನ್ಯವಾದಗಳು.\n\nದುರದೃಷ್ಟವಶಾತ್, {role} ಹುದ್ದೆಗೆ ನಿಮ್ಮ ಅರ್ಜಿಯನ್ನು ತಿರಸ್ಕರಿಸಲಾಗಿದೆ."),
            ("talupide", "application_received", "ಅರ್ಜಿ ತಲುಪಿದೆ", "{role} ಹುದ್ದೆಗೆ ನಿಮ್ಮ ಅರ್ಜಿ ನಮಗೆ ತಲುಪಿದೆ.\n\nಒಂದು ವೇಳೆ ಸಂದರ್ಶನಕ್ಕೆ ನಿಮ್ಮನ್ನು ಆಯ್ಕೆ ಮಾಡಲಾಗಿಲ್ಲ ಎಂದಾದರೆ, ನಿಮ್ಮ ಅರ್ಜಿಯನ್ನು ಒಂದು ವರ್ಷ ಇರಿಸಿಕೊಳ್ಳುತ್ತೇವೆ."),
            ("mouna", "application_received", "ಅರ್ಜಿ ಸ್ವೀಕರಿಸಲಾಗಿದೆ", "{role} ಹುದ್ದೆಗೆ ಅರ್ಜಿ ಹಾಕಿದ್ದಕ್ಕೆ ವಂದನೆಗಳು.\n\nತಿಂಗಳ ಅಂತ್ಯದೊಳಗೆ ನಮ್ಮಿಂದ ಉತ್ತರ ಬರದಿದ್ದರೆ, ನಿಮ್ಮನ್ನು ಆಯ್ಕೆ ಮಾಡಲಾಗಿಲ್ಲ ಎಂದು ತಿಳಿಯಿರಿ."),
            ("innu", "application_received", "ಅರ್ಜಿಯ ಸ್ಥಿತಿ", "ನಿಮ್ಮ ತಾಳ್ಮೆಗೆ ಧನ್ಯವಾದಗಳು.\n\nನಾವು ಇನ್ನೂ ಬೇರೆ ಅಭ್ಯರ್ಥಿಯನ್ನು ಆಯ್ಕೆ ಮಾಡಿಲ್ಲ; ಕೊನೆಯ ಸಂದರ್ಶನದ ನಂತರ ತಿಳಿಸುತ್ತೇವೆ."),
            ("aahvana", "interview", "ಸಂದರ್ಶನಕ್ಕೆ ಆಹ್ವಾನ", "ನೀವು ಮೊದಲ ಹಂತದಲ್ಲಿ ಉತ್ತೀರ್ಣರಾಗಿದ್ದೀರಿ ಎಂದು ತಿಳಿಸಲು ಸಂತೋಷವಾಗುತ್ತದೆ.\n\nಬುಧವಾರ ಬೆಳಿಗ್ಗೆ 10 ಗಂಟೆಗೆ ನಡೆಯುವ ಸಂದರ್ಶನಕ್ಕೆ ನಿಮ್ಮನ್ನು ಆಹ್ವಾನಿಸುತ್ತೇವೆ."),
            ("nemaka", "offer", "ನೇಮಕಾತಿ ಪತ್ರ", "{role} ಹುದ್ದೆಗೆ ನೀವು ಆಯ್ಕೆಯಾಗಿದ್ದೀರಿ ಎಂದು ಸಂತೋಷದಿಂದ ತಿಳಿಸುತ್ತೇವೆ.\n\nನಿಮ್ಮ ನೇಮಕಾತಿ ಪತ್ರವನ್ನು ಲಗತ್ತಿಸಲಾಗಿದೆ."),
            ("saala", "non_job_rejection_words", "ಸಾಲದ ಅರ್ಜಿ", "ಆತ್ಮೀಯ ಗ್ರಾಹಕರೇ,\n\nವಿಷಾದದಿಂದ ತಿಳಿಸುತ್ತೇವೆ, ನಿಮ್ಮ ಸಾಲದ ಅರ್ಜಿಯನ್ನು ತಿರಸ್ಕರಿಸಲಾಗಿದೆ."),
        ),
    },
    "pap": {
        "zone": "-0400", "readers": (("Shurandy", "Shurandy Martina"), ("Giselle", "Giselle Rosaria"), ("Jurick", "Jurick Maduro")),
        "orgs": (("Hotel Kas di Awa", "kasdiawa-hotel.example"), ("Supermerkado Punda", "punda-super.example")),
        "roles": ("kamarera", "kahero", "asistente di ofisina"), "greet": "Bon dia {first},", "close": "Saludos,",
        "signers": ("Departamento di Personal", "Lisette Cijntje"),
        "msgs": (
            ("selekshona", "rejection", "Bo aplikashon pa {role}", "Masha danki pa bo interes den e puesto di {role} na {org}.\n\nLamentablemente bo no a wordu selekshoná e biaha aki. Nos ta warda bo CV pa otro vakatura."),
            ("otro", "rejection", "Desishon tokante e puesto", "Danki pa bo bini na e entrevista siman pasá.\n\nDespues di pensa bon, nos a skohe otro kandidato ku tin mas eksperiensia. Nos ta deseá bo hopi éxito."),
            ("sigui", "rejection", "Resultado di bo aplikashon", "Masha danki pa bo karta.\n\nNos ta lamentá, pero nos no por sigui ku bo aplikashon pa e puesto di {role}."),
            ("risibi", "application_received", "Bo aplikashon a yega", "Bo aplikashon pa e puesto di {role} a yega serka nos.\n\nDen kaso ku bo no a wordu selekshoná pa un entrevista, nos ta warda bo aplikashon pa un aña."),
            ("silensio", "application_received", "Aplikashon risibí", "Masha danki pa bo interes den e puesto di {role}.\n\nSi bo no tende nada di nos promé ku fin di luna, nos a skohe otro kandidato."),
            ("ainda", "application_received", "Status di bo aplikashon", "Danki pa bo pasenshi.\n\nNos ainda no a skohe otro kandidato; despues di e último entrevista nos ta informá bo."),
            ("entrevista", "interview", "Invitashon pa entrevista", "Nos ta kontentu di informá bo ku bo a pasa e promé fase.\n\nNos ke invitá bo pa un entrevista djárason mainta 10 or."),
            ("oferta", "offer", "Oferta di trabou: {role}", "Nos ta kontentu di informá bo ku nos a skohe bo.\n\nNos ta kontentu di ofresé bo e puesto; e kontrakt ta na e anekso."),
            ("hur", "non_job_rejection_words", "E hur di kas na Pietermaai", "Estimá kliente,\n\nNos a skohe otro persona pa e hur di kas na Pietermaai."),
        ),
    },
}


if __name__ == "__main__":
    sys.exit(base.main(sys.argv[1:], languages=LANGS, seed=SEED, maker_class=Maker, out=OUT, sealed_names=SEALED))
