# ruff: noqa: E501
"""Write data/blind/written-24.jsonl: training mail, twelfth batch (Māori, Scottish Gaelic,
Esperanto, Kurmanji, Belarusian, Haitian Creole, Cebuano, Malayalam, Sinhala and Amharic).

Twentieth pass, part C. Blind slice 18 brought nine languages no slice, batch or reading had
used, and an Amharic refusal in words the reading lacked; rejectwatch.model.newer_languages now
reads them. This batch writes those ten languages in written-23's shapes (its ``Maker``, with
this batch's names). In each language:

* rejections in three shapes, each twice (with another reader, organisation and role): the
  reader not selected (with "we'll keep your CV"), someone else chosen, and a list's result or
  the application not accepted;
* hard negatives in the same words: a confirmation whose conditional holds the refusal's own
  words, one with a silence rule, a note that the choice is still to come, an interview
  invitation, an offer, and a refusal of a loan, rent or a scholarship (no job).

Label rule: ``rejection`` only when the message tells the reader their application for a job
will not go on.

    python data/blind/make_written24.py           # writes the file (seed 240241)
    python data/blind/make_written24.py --langs   # make-up by label/kind and label/language
    python data/blind/make_written24.py --check   # 6-word-shingle overlap with the other data

Stdlib only; two runs give byte-identical output.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import make_written23 as base  # noqa: E402  (the batch machinery, beside this file)

SEED = 240241
OUT = HERE / "written-24.jsonl"
# the slices not yet declared read when this batch was written
SEALED = base.sealed(19)  # skipped by name, never opened


class Maker(base.Maker):
    name = "written24"
    prefix = "blindw24"
    provenance = "written for rejectwatch issue 11 twentieth pass as training mail, twelfth batch, Māori, Scottish Gaelic, Esperanto, Kurmanji, Belarusian, Haitian Creole, Cebuano, Malayalam, Sinhala and Amharic (make_written24.py)"


# Each language: zone, readers (first name as greeted, full name), organisations (name, domain),
# roles, greeting, closing, signers, and its messages: (template, kind, subject, body).
LANGS: dict[str, dict] = {
    "mi": {
        "zone": "+1300", "readers": (("Mere", "Mere Parata"), ("Tama", "Tama Wiremu"), ("Ngaio", "Ngaio Hetaraka")),
        "orgs": (("Te Whare Pukapuka o Ōtaki", "otaki-pukapuka.example"), ("Kura Reo o Ruatōria", "kurareo-ruatoria.example")),
        "roles": ("kaitiaki pukapuka", "kaiāwhina tari", "kaiako"), "greet": "Kia ora {first},", "close": "Nāku noa, nā",
        "signers": ("Te Rōpū Kaimahi", "Hine Tāwhai"),
        "msgs": (
            ("kowhiria", "rejection", "Mō tō tono: {role}", "Tēnā koe i tuku mai i tō tono ki te tūranga {role} i {org}.\n\nE pōuri ana mātou, kāore koe i kōwhiria mō tēnei tūranga. Ka puritia e mātou ō taipitopito mō ngā tūranga o anamata."),
            ("tetahi-atu", "rejection", "Te whakatau mō te tūranga", "Ngā mihi mō tō haere mai ki te uiuinga i tērā wiki.\n\nI muri i te whiriwhiringa roa, kua tohua e mātou tētahi atu tangata, he nui ake tōna wheako ki tēnei mahi. Kia kaha tonu koe."),
            ("rarangi", "rejection", "Ngā hua o te whiriwhiringa", "Tēnā koe mō tō tono.\n\nKua oti i a mātou te rārangi poto mō te tūranga {role}; kāore koe i uru ki te rārangi poto."),
            ("whakau", "application_received", "Kua tae mai tō tono", "Kua tae mai tō tono mō te tūranga {role}.\n\nMēnā kāore koe i kōwhiria mō te uiuinga, ka puritia tō tono ki ō mātou kōnae mō te kotahi tau."),
            ("wahangu", "application_received", "Tono kua tae", "Ngā mihi mō tō tono mō te tūranga {role}.\n\nKi te kore koe e rongo mai i a mātou i mua i te mutunga o te marama, kua kōwhiria e mātou tētahi atu kaitono."),
            ("kaore-ano", "application_received", "Te āhua o tō tono", "Ngā mihi mō tō manawanui.\n\nKāore anō kia kōwhiria e mātou tētahi atu kaitono; ka tuhi atu mātou ā muri i te uiuinga whakamutunga."),
            ("powhiri", "interview", "Pōwhiri ki te uiuinga", "E koa ana mātou ki te whakamōhio atu kua eke koe ki te wāhanga tuarua.\n\nE hiahia ana mātou ki te pōwhiri i a koe ki tētahi uiuinga ā te Rātū, 10 karaka i te ata."),
            ("tuku", "offer", "Tuku tūranga", "He harikoa nui tēnei: e hiahia ana mātou ki te tuku i te tūranga ki a koe.\n\nKua āpitihia te kirimana."),
            ("taurewa", "non_job_rejection_words", "Tō tono taurewa", "Tēnā koe,\n\nE pōuri ana mātou, kāore i angitu tō tono mō te taurewa."),
        ),
    },
    "gd": {
        "zone": "+0000", "readers": (("Catrìona", "Catrìona NicAoidh"), ("Iain", "Iain MacLeòid"), ("Ruairidh", "Ruairidh Moireach")),
        "orgs": (("Comhairle nan Eilean", "comhairle-eilean.example"), ("Taigh-tasgaidh Phort Rìgh", "tasgaidh-portrigh.example")),
        "roles": ("oifigear rianachd", "neach-taic oideachais", "cunntasair"), "greet": "A {first} chòir,", "close": "Le deagh dhùrachd,",
        "signers": ("Sgioba an Luchd-obrach", "Peigi NicRath"),
        "msgs": (
            ("taghadh", "rejection", "An t-iarrtas agaibh – {role}", "Mòran taing airson ur n-iarrtais airson dreuchd {role} aig {org}.\n\nGu mì-fhortanach, cha deach ur taghadh an turas seo. Cumaidh sinn ur CV air faidhle."),
            ("eile", "rejection", "Co-dhùnadh mun dreuchd", "Tapadh leibh airson tighinn chun an agallaimh an t-seachdain sa chaidh.\n\nAn dèidh mòran beachdachaidh, thagh sinn tagraiche eile aig a bheil barrachd eòlais air an obair. Guidheamaid gach soirbheas dhuibh."),
            ("liosta", "rejection", "Geàrr-liosta airson {role}", "Mòran taing airson ur n-iarrtais.\n\nIs duilich leinn nach deach ur cur air a' gheàrr-liosta airson dreuchd {role}."),
            ("dearbhadh", "application_received", "Fhuair sinn ur n-iarrtas", "Tha ur n-iarrtas airson dreuchd {role} air ruighinn.\n\nMura deach ur taghadh airson agallamh, cumaidh sinn an t-iarrtas air faidhle airson bliadhna."),
            ("samhchair", "application_received", "Iarrtas air fhaighinn", "Mòran taing airson ur n-iarrtais airson {role}.\n\nMura cluinn sibh bhuainn ro dheireadh a' mhìos, thagh sinn tagraiche eile."),
            ("fhathast", "application_received", "Ur n-iarrtas", "Tapadh leibh airson ur foighidinn.\n\nCha do thagh sinn tagraiche eile fhathast; cuiridh sinn fios thugaibh às dèidh an agallaimh mu dheireadh."),
            ("cuireadh", "interview", "Cuireadh gu agallamh", "Tha sinn toilichte innse dhuibh gun do shoirbhich leibh sa chiad ìre.\n\nBu toil leinn cuireadh a thoirt dhuibh gu agallamh Diciadain aig 10m."),
            ("tairgse", "offer", "Tairgse obrach", "Tha sinn toilichte an dreuchd a thabhann dhuibh mar {role}.\n\nTha an cùmhnant ceangailte ris a' phost-d seo."),
            ("iasad", "non_job_rejection_words", "Ur n-iarrtas airson iasad", "A charaid,\n\ngu mì-fhortanach, cha do shoirbhich le ur n-iarrtas airson iasad."),
        ),
    },
    "eo": {
        "zone": "+0100", "readers": (("Klara", "Klara Novak"), ("Petro", "Petro Lindqvist"), ("Anjo", "Anjo Vermeer")),
        "orgs": (("Libroservo Esperanta", "libroservo.example"), ("Kongresa Oficejo", "kongresa-oficejo.example")),
        "roles": ("provlegisto", "kontisto", "oficisto"), "greet": "Kara {first},", "close": "Kore,",
        "signers": ("La estraro", "Marta Kowal, personaro"),
        "msgs": (
            ("elektita", "rejection", "Via kandidatiĝo – {role}", "Ni dankas vin pro via intereso pri la laborloko de {role} ĉe {org}.\n\nBedaŭrinde vi ne estis elektita por la posteno ĉi-foje. Ni konservos vian vivresumon en nia arkivo."),
            ("alia", "rejection", "Decido pri la posteno", "Dankon pro la tempo, kiun vi donis al la intervjuo pasintsemajne.\n\nPost zorga pripensado ni elektis alian kandidaton, kies sperto pli bone kongruas kun la bezonoj de la teamo. Ni deziras al vi sukceson."),
            ("elektitoj", "rejection", "Rezulto de la elekto", "Dankon pro via kandidatiĝo.\n\nLa komisiono finis sian laboron, kaj bedaŭrinde vi ne estas inter la elektitoj por la posteno de {role}."),
            ("konfirmo", "application_received", "Ni ricevis vian kandidatiĝon", "Via kandidatiĝo por {role} bone alvenis.\n\nSe vi ne estos elektita por intervjuo, ni konservos vian kandidatiĝon dum unu jaro."),
            ("silento", "application_received", "Kandidatiĝo ricevita", "Dankon, ke vi sendis al ni viajn dokumentojn.\n\nSe vi ne ricevos respondon ĝis la fino de la monato, ni elektis alian kandidaton."),
            ("ankorau", "application_received", "Stato de via kandidatiĝo", "Dankon pro via pacienco.\n\nNi ankoraŭ ne elektis alian kandidaton; ni skribos al vi post la lasta intervjuo."),
            ("invito", "interview", "Invito al intervjuo", "Kun plezuro ni sciigas, ke vi trapasis la unuan etapon.\n\nEstus plezuro inviti vin al intervjuo merkredon je la 10-a."),
            ("oferto", "offer", "Laboroferto", "Estas granda plezuro proponi al vi la postenon de {role}.\n\nLa kontrakto estas aldonita."),
            ("stipendio", "non_job_rejection_words", "Via peto pri stipendio", "Kara petanto,\n\nbedaŭrinde por la ĉi-jara stipendio ni elektis alian personon."),
        ),
    },
    "ku": {
        "zone": "+0300", "readers": (("Berfîn", "Berfîn Doğan"), ("Azad", "Azad Kaya"), ("Nûjiyan", "Nûjiyan Aslan")),
        "orgs": (("Weşanxaneya Avesta", "avesta-wesan.example"), ("Komeleya Ziman", "komeleya-ziman.example")),
        "roles": ("wergêr", "karmenda ofîsê", "edîtor"), "greet": "Silav {first},", "close": "Bi rêz,",
        "signers": ("Beşa Karmendan", "Rojîn Demir"),
        "msgs": (
            ("hilbijartin", "rejection", "Serlêdana we – {role}", "Em spas dikin ku we ji bo pozîsyona {role} li {org} serlêdan kir.\n\nMixabin, vê carê hûn nehatin hilbijartin. Em ê CV-ya we di arşîva xwe de biparêzin."),
            ("din", "rejection", "Biryara li ser pozîsyonê", "Spas ji bo hevpeyvîna hefteya borî.\n\nPiştî nirxandinê, me berendamekî din hilbijart ku ezmûna wî bêtir li gorî hewcedariyên tîmê ye. Em serkeftinê ji we re dixwazin."),
            ("qebul", "rejection", "Rewşa serlêdana we", "Spas ji bo serlêdana we.\n\nMixabin, serlêdana we ya ji bo {role} nehat qebûlkirin."),
            ("pejirandin", "application_received", "Serlêdana we gihîşt", "Serlêdana we ya ji bo pozîsyona {role} gihîşt destê me.\n\nHeke hûn ji bo hevpeyvînê nehatin hilbijartin, em ê serlêdana we salekê biparêzin."),
            ("bedengi", "application_received", "Serlêdan hat wergirtin", "Me serlêdana we ya {role} wergirt.\n\nHeke heta dawiya mehê hûn ji me bersivê negirin, serlêdana we nehat qebûlkirin."),
            ("he-ne", "application_received", "Rewşa serlêdanê", "Spas ji bo sebra we.\n\nMe hê ne berendamekî din hilbijart; piştî hevpeyvîna dawî em ê ji we re binivîsin."),
            ("dawet", "interview", "Vexwendina hevpeyvînê", "Bi kêfxweşî em ji we re dibêjin ku hûn qonaxa yekem derbas bûn.\n\nEm dixwazin roja Çarşemê saet 10:00 we ji bo hevpeyvînê vexwînin."),
            ("peskes", "offer", "Pêşniyara kar", "Bi kêfxweşî em dixwazin pozîsyona {role} pêşkêşî we bikin.\n\nPeyman di pêvekê de ye."),
            ("kredi", "non_job_rejection_words", "Daxwaza we ya kredî", "Xerîdarê hêja,\n\nmixabin, serlêdana we ya kredî nehat qebûlkirin."),
        ),
    },
    "be": {
        "zone": "+0300", "readers": (("Алеся", "Алеся Бондар"), ("Андрэй", "Андрэй Сакалоў"), ("Наста", "Наста Шыла")),
        "orgs": (("Выдавецтва «Кніжны дом»", "knizhny-dom.example"), ("Музей гісторыі горада", "muzej-gorada.example")),
        "roles": ("рэдактар", "бухгалтар", "экскурсавод"), "greet": "Паважаны(ая) {first},", "close": "З павагай,",
        "signers": ("Аддзел кадраў", "Ірына Стральцова, аддзел кадраў"),
        "msgs": (
            ("abrany", "rejection", "Ваша заяўка на пасаду «{role}»", "Дзякуем за цікавасць да пасады «{role}» у {org}.\n\nНа жаль, на гэты раз вы не былі абраны. Мы захаваем ваша рэзюмэ ў нашай базе."),
            ("inshy", "rejection", "Вынікі конкурсу", "Дзякуем за ўдзел у конкурсе і за сумоўе на мінулым тыдні.\n\nКамісія разгледзела ўсе кандыдатуры і абрала іншага кандыдата з большым вопытам працы. Жадаем вам поспехаў."),
            ("spis", "rejection", "Вынікі адбору на пасаду «{role}»", "Дзякуем за вашу заяўку.\n\nПа выніках першага этапу вы не ўвайшлі ў спіс кандыдатаў, запрошаных на сумоўе."),
            ("paćviardžennie", "application_received", "Заяўка атрымана", "Мы атрымалі вашу заяўку на пасаду «{role}».\n\nКалі вы не былі абраны на сумоўе, ваша заяўка застанецца ў нашай базе на год."),
            ("maŭčannie", "application_received", "Ваша заяўка", "Дзякуем за заяўку на пасаду «{role}».\n\nКалі да канца месяца вы не атрымаеце адказу, гэта значыць, што камісія абрала іншага кандыдата."),
            ("jašče", "application_received", "Стан вашай заяўкі", "Дзякуем за цярплівасць.\n\nКамісія яшчэ не абрала іншага кандыдата; мы напішам вам пасля апошняга сумоўя."),
            ("zaprašennie", "interview", "Запрашэнне на сумоўе", "Рады паведаміць, што вы прайшлі першы этап.\n\nЗапрашаем вас на сумоўе ў сераду а 10:00."),
            ("prapanova", "offer", "Прапанова працы", "З радасцю прапануем вам пасаду «{role}».\n\nПраект кантракта дададзены да ліста."),
            ("kredyt", "non_job_rejection_words", "Ваша заява на крэдыт", "Паважаны кліент,\n\nна жаль, ваша заява на крэдыт не была падтрымана."),
        ),
    },
    "ht": {
        "zone": "-0500", "readers": (("Woodline", "Woodline Joseph"), ("Kervens", "Kervens Étienne"), ("Nadège", "Nadège Pierre")),
        "orgs": (("Lekòl Nouvo Jou", "nouvojou.example"), ("Boulanjri Lakay", "boulanjri-lakay.example")),
        "roles": ("sekretè", "kesye", "chofè"), "greet": "Bonjou {first},", "close": "Mèsi anpil,",
        "signers": ("Biwo Resous Imen", "Marie-Ange Louis, RH"),
        "msgs": (
            ("aksepte", "rejection", "Aplikasyon ou pou pòs {role}", "Mèsi paske ou enterese nan pòs {role} nan {org}.\n\nMalerezman, aplikasyon ou pa te aksepte fwa sa a. N ap kenbe CV ou nan dosye nou."),
            ("lot", "rejection", "Desizyon sou pòs la", "Mèsi pou tan ou te pran pou entèvyou semèn pase a.\n\nApre nou fin reflechi, nou te chwazi yon lòt kandida ki gen plis eksperyans nan travay sa a. Siksè nan tout sa w ap fè."),
            ("etap", "rejection", "Pòs {role}", "Mèsi pou aplikasyon ou.\n\nNou regrèt di w ou pa pase nan pwochen etap la pou pòs {role}."),
            ("konfimasyon", "application_received", "Nou resevwa aplikasyon ou", "Nou resevwa aplikasyon ou pou pòs {role}.\n\nSi ou pa pase nan pwochen etap la, n ap kenbe aplikasyon ou pandan yon ane."),
            ("silans", "application_received", "Aplikasyon resevwa", "Mèsi pou aplikasyon ou pou pòs {role}.\n\nSi ou pa tande anyen de nou anvan fen mwa a, sa vle di nou chwazi yon lòt kandida."),
            ("poko", "application_received", "Kote aplikasyon ou ye", "Mèsi pou pasyans ou.\n\nNou poko chwazi yon lòt kandida; n ap ekri w apre dènye entèvyou a."),
            ("envitasyon", "interview", "Envitasyon pou yon entèvyou", "Nou kontan di w ou pase premye etap la.\n\nNou ta renmen envite w pou yon entèvyou mèkredi a 10 è."),
            ("of", "offer", "Òf travay", "Nou kontan ofri w pòs la kòm {role}.\n\nKontra a nan dokiman ki tache a."),
            ("lwaye", "non_job_rejection_words", "Demann ou pou lwaye", "Bonjou,\n\nmalerezman, nou chwazi yon lòt moun pou lwaye apatman an."),
        ),
    },
    "ceb": {
        "zone": "+0800", "readers": (("Jessa", "Jessa Villaflor"), ("Rodel", "Rodel Alcantara"), ("Kristine", "Kristine Sumalpong")),
        "orgs": (("Mactan Logistics", "mactan-log.example"), ("Talisay Bakery", "talisay-bakery.example")),
        "roles": ("cashier", "bookkeeper", "delivery rider"), "greet": "Maayong adlaw {first},", "close": "Salamat,",
        "signers": ("HR Office", "Maricel Tan, HR"),
        "msgs": (
            ("napili", "rejection", "Bahin sa imong aplikasyon - {role}", "Salamat sa imong interes sa posisyon nga {role} sa {org}.\n\nIkasubo, wala ka napili niining higayona. Among itago ang imong resume para sa umaabot nga bakante."),
            ("laing", "rejection", "Desisyon sa posisyon", "Salamat sa imong oras sa interview sa miaging semana.\n\nHuman sa among pagtimbang-timbang, laing aplikante ang napili nga mas daghan ug kasinatian. Hinaot nga molampos ka."),
            ("madawat", "rejection", "Status sa imong aplikasyon", "Salamat sa imong pag-apply.\n\nPasayloa, wala madawat ang imong aplikasyon para sa {role}."),
            ("kumpirma", "application_received", "Nadawat namo ang imong aplikasyon", "Nadawat namo ang imong aplikasyon para sa {role}.\n\nKung dili ka mapili para sa interview, among itago ang imong aplikasyon sulod sa usa ka tuig."),
            ("hilom", "application_received", "Aplikasyon nadawat", "Salamat sa imong aplikasyon para sa {role}.\n\nKon wala kay madawat nga tubag hangtod sa katapusan sa bulan, pasabot nga wala ka napili."),
            ("wala-pa", "application_received", "Status sa aplikasyon", "Salamat sa imong pailob.\n\nWala pa mi nakapili og laing aplikante; mag-text mi human sa katapusang interview."),
            ("imbitasyon", "interview", "Imbitasyon sa interview", "Malipayon mi nga ipahibalo nga nakapasar ka sa unang hugna.\n\nGi-imbitar ka namo para sa interview sa Miyerkules alas 10 sa buntag."),
            ("tanyag", "offer", "Job offer", "Malipayon mi nga itanyag kanimo ang posisyon isip {role}.\n\nAnaa sa attachment ang kontrata."),
            ("pahulam", "non_job_rejection_words", "Imong aplikasyon sa pahulam", "Maayong adlaw,\n\nikasubo, wala madawat ang imong aplikasyon para sa pahulam."),
        ),
    },
    "ml": {
        "zone": "+0530", "readers": (("ലക്ഷ്മി", "Lakshmi Menon"), ("അരുൺ", "Arun Pillai"), ("ഫാത്തിമ", "Fathima Rahman")),
        "orgs": (("മലബാർ ട്രേഡിംഗ്", "malabar-trading.example"), ("തൃശൂർ ബുക്സ്", "thrissur-books.example")),
        "roles": ("കാഷ്യർ", "ഓഫീസ് അസിസ്റ്റന്റ്", "സെയിൽസ് എക്സിക്യൂട്ടീവ്"), "greet": "പ്രിയ {first},", "close": "ആശംസകളോടെ,",
        "signers": ("മാനവ വിഭവശേഷി വിഭാഗം", "രമ്യ നായർ"),
        "msgs": (
            ("thiranjeduthilla", "rejection", "അപേക്ഷയെക്കുറിച്ച് – {role}", "{org} ലെ {role} തസ്തികയിലുള്ള താൽപ്പര്യത്തിന് നന്ദി.\n\nഖേദത്തോടെ അറിയിക്കുന്നു, ഇത്തവണ {role} ജോലിക്ക് നിങ്ങളെ തിരഞ്ഞെടുത്തിട്ടില്ല. നിങ്ങളുടെ ബയോഡാറ്റ ഞങ്ങൾ സൂക്ഷിക്കും."),
            ("mattoru", "rejection", "തിരഞ്ഞെടുപ്പ് ഫലം", "കഴിഞ്ഞ ആഴ്ച അഭിമുഖത്തിന് എത്തിയതിന് നന്ദി.\n\nവിശദമായ പരിശോധനയ്ക്ക് ശേഷം കൂടുതൽ പരിചയമുള്ള മറ്റൊരു ഉദ്യോഗാർത്ഥിയെ തിരഞ്ഞെടുത്തു. ഭാവിയിൽ വിജയം നേരുന്നു."),
            ("churukka", "rejection", "{role} തസ്തിക – ഫലം", "അപേക്ഷ അയച്ചതിന് നന്ദി.\n\nനിങ്ങൾ ഈ തസ്തികയുടെ ചുരുക്കപ്പട്ടികയിൽ ഉൾപ്പെട്ടിട്ടില്ല എന്ന് അറിയിക്കുന്നു."),
            ("labhichu", "application_received", "അപേക്ഷ ലഭിച്ചു", "{role} തസ്തികയിലേക്കുള്ള നിങ്ങളുടെ അപേക്ഷ ലഭിച്ചു.\n\nനിങ്ങളെ അഭിമുഖത്തിന് തിരഞ്ഞെടുത്തിട്ടില്ലെങ്കിൽ, അപേക്ഷ ഒരു വർഷത്തേക്ക് ഞങ്ങൾ സൂക്ഷിക്കും."),
            ("mounam", "application_received", "അപേക്ഷ സ്വീകരിച്ചു", "{role} തസ്തികയിലേക്ക് അപേക്ഷിച്ചതിന് നന്ദി.\n\nമാസാവസാനത്തോടെ ഞങ്ങളിൽ നിന്ന് മറുപടി ലഭിച്ചില്ലെങ്കിൽ, നിങ്ങളെ തിരഞ്ഞെടുത്തിട്ടില്ല എന്ന് കരുതുക."),
            ("ithuvare", "application_received", "അപേക്ഷയുടെ നില", "ക്ഷമയോടെ കാത്തിരുന്നതിന് നന്ദി.\n\nഞങ്ങൾ ഇതുവരെ മറ്റൊരു ഉദ്യോഗാർത്ഥിയെ തിരഞ്ഞെടുത്തിട്ടില്ല; അവസാന അഭിമുഖത്തിന് ശേഷം അറിയിക്കും."),
            ("kshanam", "interview", "അഭിമുഖത്തിനുള്ള ക്ഷണം", "ആദ്യ ഘട്ടം നിങ്ങൾ വിജയിച്ചു എന്ന് അറിയിക്കുന്നതിൽ സന്തോഷമുണ്ട്.\n\nബുധനാഴ്ച രാവിലെ 10 മണിക്ക് അഭിമുഖത്തിന് ഞങ്ങൾ നിങ്ങളെ ക്ഷണിക്കുന്നു."),
            ("niyamanam", "offer", "നിയമന ഉത്തരവ്", "{role} തസ്തികയിലേക്ക് നിങ്ങളെ നിയമിക്കാൻ തീരുമാനിച്ചു എന്ന് സന്തോഷത്തോടെ അറിയിക്കുന്നു.\n\nനിയമന ഉത്തരവ് ഇതോടൊപ്പം ചേർക്കുന്നു."),
            ("vaipa", "non_job_rejection_words", "വായ്പ അപേക്ഷ", "പ്രിയ ഉപഭോക്താവേ,\n\nനിർഭാഗ്യവശാൽ നിങ്ങളുടെ വായ്പ അപേക്ഷ നിരസിക്കപ്പെട്ടു."),
        ),
    },
    "si": {
        "zone": "+0530", "readers": (("නිමාලි", "Nimali Fernando"), ("කසුන්", "Kasun Jayasinghe"), ("දිල්රුක්ෂි", "Dilrukshi Silva")),
        "orgs": (("කොළඹ ලොජිස්ටික්ස්", "colombo-log.example"), ("මහනුවර පොත් සමාගම", "kandy-books.example")),
        "roles": ("ගබඩා භාරකරු", "ගණකාධිකාරී සහායක", "කාර්යාල සහායක"), "greet": "හිතවත් {first},", "close": "ස්තූතියි,",
        "signers": ("පරිපාලන අංශය", "ශ්‍රියානි පෙරේරා"),
        "msgs": (
            ("thora", "rejection", "ඔබේ අයදුම්පත – {role}", "{org} හි {role} තනතුර සඳහා ඔබ දැක්වූ උනන්දුවට ස්තූතියි.\n\nඅවාසනාවට, මෙම අවස්ථාවේදී ඔබව තෝරා ගැනීමට අපට නොහැකි විය. ඔබේ ජීව දත්ත පත්‍රිකාව අපි තබා ගන්නෙමු."),
            ("wenath", "rejection", "තේරීමේ තීරණය", "පසුගිය සතියේ සම්මුඛ පරීක්ෂණයට සහභාගී වීම ගැන ස්තූතියි.\n\nසැලකිල්ලෙන් සලකා බැලීමෙන් පසු, වැඩි පළපුරුද්දක් ඇති වෙනත් අයදුම්කරුවෙකු තෝරා ගෙන ඇත. ඔබේ ඉදිරි ගමනට සුබ පතමු."),
            ("keti", "rejection", "{role} තනතුර – ප්‍රතිඵලය", "ඔබ එවූ අයදුම්පතට ස්තූතියි.\n\nඔබ කෙටි ලැයිස්තුවට ඇතුළත් කර නැත බව දන්වා සිටිමු."),
            ("labuni", "application_received", "අයදුම්පත ලැබුණි", "{role} තනතුර සඳහා ඔබේ අයදුම්පත අපට ලැබුණි.\n\nසම්මුඛ පරීක්ෂණය සඳහා ඔබව තෝරා ගැනීමට නොහැකි වුවහොත්, ඔබේ අයදුම්පත වසරක් අප සතුව තබා ගන්නෙමු."),
            ("nihanda", "application_received", "අයදුම්පත ලැබී ඇත", "{role} තනතුර සඳහා අයදුම් කිරීම ගැන ස්තූතියි.\n\nමාසය අවසන් වන තෙක් අපෙන් පිළිතුරක් නොලැබුණහොත්, ඔබව තෝරා ගෙන නැත යැයි සලකන්න."),
            ("thavama", "application_received", "අයදුම්පතේ තත්ත්වය", "ඉවසීම ගැන ස්තූතියි.\n\nඅපි තවමත් වෙනත් අයදුම්කරුවෙකු තෝරා ගෙන නැත; අවසාන සම්මුඛ පරීක්ෂණයෙන් පසු දන්වන්නෙමු."),
            ("aradhana", "interview", "සම්මුඛ පරීක්ෂණ ආරාධනාව", "ඔබ පළමු අදියර සමත් වූ බව දැනුම් දීමට සතුටුයි.\n\nබදාදා උදේ 10ට පැවැත්වෙන සම්මුඛ පරීක්ෂණය සඳහා ඔබට ආරාධනා කරමු."),
            ("pathweem", "offer", "පත්වීම් ලිපිය", "{role} තනතුර සඳහා ඔබව තෝරා ගත් බව සතුටින් දන්වමු.\n\nඔබේ පත්වීම් ලිපිය මේ සමඟ අමුණා ඇත."),
            ("naya", "non_job_rejection_words", "ණය අයදුම්පත", "හිතවත් ගනුදෙනුකරු,\n\nකණගාටුවෙන් දන්වන්නේ, ඔබේ ණය අයදුම්පත ප්‍රතික්ෂේප කර ඇත."),
        ),
    },
    "am": {
        "zone": "+0300", "readers": (("ሔለን", "Helen Alemu"), ("ዮናስ", "Yonas Bekele"), ("ሰላም", "Selam Girma")),
        "orgs": (("አባይ ሎጅስቲክስ", "abay-log.example"), ("ጣና መጻሕፍት", "tana-books.example")),
        "roles": ("ሂሳብ ሠራተኛ", "የቢሮ ረዳት", "ሾፌር"), "greet": "ውድ {first}፣", "close": "ከአክብሮት ጋር፣",
        "signers": ("የአስተዳደር ክፍል", "ትዕግሥት ታደሰ"),
        "msgs": (
            ("alteberu", "rejection", "የሥራ ማመልከቻዎን በተመለከተ – {role}", "በ{org} ለ{role} የሥራ መደብ ስላሳዩት ፍላጎት እናመሰግናለን።\n\nእንደ አለመታደል ሆኖ በዚህ ጊዜ አልተመረጡም። የሕይወት ታሪክዎን በመዝገባችን እናስቀምጣለን።"),
            ("lela", "rejection", "የምርጫ ውሳኔ", "ባለፈው ሳምንት በቃለ መጠይቁ ላይ ስለተገኙ እናመሰግናለን።\n\nበጥንቃቄ ከገመገምን በኋላ የበለጠ ልምድ ያለው ሌላ ባለሙያ ቀጥረናል። መልካም ዕድል እንመኝልዎታለን።"),
            ("tekebay", "rejection", "የማመልከቻዎ ሁኔታ", "ስላመለከቱ እናመሰግናለን።\n\nእናዝናለን፣ ለ{role} የሥራ መደብ ያቀረቡት ማመልከቻዎ ተቀባይነት አላገኘም።"),
            ("derso", "application_received", "ማመልከቻዎ ደርሶናል", "ለ{role} የሥራ መደብ ያቀረቡት ማመልከቻ ደርሶናል።\n\nለቃለ መጠይቅ ካልተመረጡ ማመልከቻዎን ለአንድ ዓመት እናስቀምጣለን።"),
            ("zimita", "application_received", "ማመልከቻ ደርሷል", "ለ{role} የሥራ መደብ ስላመለከቱ እናመሰግናለን።\n\nእስከ ወሩ መጨረሻ ድረስ ከእኛ ምላሽ ካልደረስዎት ሌላ እጩ መርጠናል ማለት ነው።"),
            ("gena", "application_received", "የማመልከቻዎ ሁኔታ", "ስለ ትዕግሥትዎ እናመሰግናለን።\n\nገና ሌላ እጩ አልመረጥንም፤ ከመጨረሻው ቃለ መጠይቅ በኋላ እናሳውቅዎታለን።"),
            ("gibzha", "interview", "የቃለ መጠይቅ ግብዣ", "የመጀመሪያውን ደረጃ ማለፍዎን ስናሳውቅ ደስ ይለናል።\n\nረቡዕ ጠዋት 4 ሰዓት ለቃለ መጠይቅ ልንጋብዝዎ እንወዳለን።"),
            ("kitr", "offer", "የሥራ ቅጥር", "የ{role} የሥራ መደቡን ልንሰጥዎ መወሰናችንን በደስታ እናሳውቃለን።\n\nየቅጥር ደብዳቤዎ ከዚህ ጋር ተያይዟል።"),
            ("bidir", "non_job_rejection_words", "የብድር ማመልከቻ", "ውድ ደንበኛችን፣\n\nእናዝናለን፤ ለቤት መግዣ ያቀረቡት የብድር ማመልከቻ ተቀባይነት አላገኘም።"),
        ),
    },
}


if __name__ == "__main__":
    sys.exit(base.main(sys.argv[1:], languages=LANGS, seed=SEED, maker_class=Maker, out=OUT, sealed_names=SEALED))
