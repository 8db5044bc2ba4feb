# ruff: noqa: E501, S311
"""Write data/blind/written-23.jsonl: training mail, eleventh batch (Maltese, Basque, Irish,
Luxembourgish, and the familiar register).

Nineteenth pass, part B. Blind slice 17 brought Maltese and Basque, which no slice, batch or
reading had used; rejectwatch.model.added_languages now reads them and, ahead of the slices,
Irish and Luxembourgish. This batch writes those four languages in the shapes of written-21,
and French and German refusals in the familiar register (a seasonal crew, a café, a small shop:
"on ne pourra pas te prendre pour la saison", "wir können dich leider nicht einstellen"), which
slice 17's French note from a phone showed the model had not learnt. In each language:

* rejections in four shapes: the reader not selected, someone else chosen, the post filled,
  the application not continued (each twice, with another reader, organisation and role);
* hard negatives in the same words: a confirmation whose conditional or silence rule holds the
  refusal's own words, an interview invitation, an offer, and a refusal of a loan, a flat or a
  scholarship (no job).

Label rule: ``rejection`` only when the message tells the reader their application for a job
will not go on.

    python data/blind/make_written23.py           # writes the file (seed 230231)
    python data/blind/make_written23.py --langs   # make-up by label/kind and label/language
    python data/blind/make_written23.py --check   # 6-word-shingle overlap with the other data

Stdlib only; two runs give byte-identical output.
"""

from __future__ import annotations

import random
import sys
from collections import Counter
from datetime import datetime, timedelta
from pathlib import Path

SEED = 230231
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
# the scaffolding every batch shares (data/blind/batch_tools.py, beside this file)
from batch_tools import run, sealed  # noqa: E402

OUT = HERE / "written-23.jsonl"
PROVENANCE = "written for rejectwatch issue 11 nineteenth pass as training mail, eleventh batch, Maltese, Basque, Irish, Luxembourgish and the familiar register (make_written23.py)"
PREFIX = "blindw23"
DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")

# Each language: zone, readers (first name as greeted, full name), organisations (name, domain),
# roles, greeting, closing, signers, and its messages: (template, kind, subject, body). A body
# holds {first}, {org} and {role}; "R" kinds are rejections.
LANGS: dict[str, dict] = {
    "mt": {
        "zone": "+0100", "readers": (("Marija", "Marija Borg"), ("Ġużeppi", "Ġużeppi Camilleri"), ("Luke", "Luke Vella")),
        "orgs": (("Portu Loġistika", "portu-log.example"), ("Mdina Softwer", "mdinasoft.example")),
        "roles": ("uffiċjal tal-kontijiet", "programmatur", "skrivan"), "greet": "Għażiż/a {first},", "close": "Tislijiet,",
        "signers": ("Tim tar-Riżorsi Umani", "Rita Zammit, HR"),
        "msgs": (
            ("maghzul", "rejection", "L-applikazzjoni tiegħek – {role}", "Grazzi tal-interess tiegħek fil-pożizzjoni ta' {role} ma' {org}.\n\nSfortunatament, din id-darba ma ġejtx magħżul/a għall-istadju li jmiss. Se nżommu s-CV tiegħek fil-fajls tagħna."),
            ("iehor", "rejection", "Deċiżjoni dwar l-għażla", "Grazzi talli ġejt għall-intervista tal-ġimgħa li għaddiet.\n\nWara ħafna ħsieb għażilna kandidat ieħor li l-esperjenza tiegħu taqbel aktar mal-ħtiġijiet tat-tim. Nawgurawlek kull suċċess."),
            ("mimlija", "rejection", "Il-pożizzjoni ta' {role}", "Qed niktbulek biex ngħarrfuk li l-pożizzjoni ta' {role} diġà ġiet mimlija.\n\nNirringrazzjawk tal-applikazzjoni u nħeġġuk issegwi l-vakanzi futuri tagħna."),
            ("nkomplu", "rejection", "L-istatus tal-applikazzjoni", "Grazzi talli applikajt magħna.\n\nJiddispjaċina, iddeċidejna li ma nkomplux bl-applikazzjoni tiegħek."),
            ("konferma", "application_received", "Irċevejna l-applikazzjoni tiegħek", "Irċevejna l-applikazzjoni tiegħek għall-pożizzjoni ta' {role}.\n\nJekk ma ġejtx magħżul/a għall-intervista, l-applikazzjoni tibqa' fil-fajls tagħna għal sena."),
            ("skiet", "application_received", "Applikazzjoni rċevuta", "Grazzi tal-applikazzjoni għall-pożizzjoni ta' {role}.\n\nJekk ma tismax mingħandna sal-aħħar tax-xahar, ikkunsidra li ma ġejtx magħżul/a."),
            ("stedina", "interview", "Stedina għal intervista", "Għandna pjaċir ngħarrfuk li għaddejt mill-ewwel stadju.\n\nNixtiequ nistednuk għal intervista nhar l-Erbgħa fl-10:00 fl-uffiċċju tagħna."),
            ("offerta", "offer", "Offerta ta' impjieg", "B'pjaċir kbir nixtiequ noffrulek il-pożizzjoni ta' {role}.\n\nIl-kuntratt qiegħed mehmuż ma' din l-ittra."),
            ("self", "non_job_rejection_words", "Applikazzjoni għal self", "Għażiż klijent,\n\nsfortunatament, l-applikazzjoni tiegħek għas-self ma ġietx aċċettata."),
        ),
    },
    "eu": {
        "zone": "+0100", "readers": (("Garazi", "Garazi Etxeberria"), ("Iker", "Iker Agirre"), ("Maialen", "Maialen Urrutia")),
        "orgs": (("Bidasoa Softwarea", "bidasoa-soft.example"), ("Urola Logistika", "urola-log.example")),
        "roles": ("programatzaile", "kontable", "administrari"), "greet": "Kaixo {first},", "close": "Agur bero bat,",
        "signers": ("Giza Baliabideak", "Nerea Aranburu, GB"),
        "msgs": (
            ("hautatu", "rejection", "Zure hautagaitza – {role}", "Mila esker {org}-eko {role} lanpostuarekiko interesagatik.\n\nTamalez, oraingo honetan ez zaitugu hautatu hurrengo faserako. Zure curriculuma gure datu-basean gordeko dugu."),
            ("beste", "rejection", "Hautaketaren erabakia", "Eskerrik asko joan den asteko elkarrizketan emandako denboragatik.\n\nAztertu ondoren, beste hautagai bat aukeratu dugu, bere esperientzia taldearen beharretara hobeto egokitzen delako. Zorte on!"),
            ("bete", "rejection", "{role} lanpostua", "Jakinarazi nahi dizugu {role} lanpostua dagoeneko bete dugula eta lanpostua bete da.\n\nEskerrik asko zure hautagaitzagatik."),
            ("jarraitu", "rejection", "Hautagaitzaren egoera", "Eskerrik asko gure deialdian parte hartzeagatik.\n\nTamalez, zure hautagaitzarekin ez jarraitzea erabaki dugu."),
            ("baieztapena", "application_received", "Hautagaitza jaso dugu", "Zure hautagaitza jaso dugu {role} lanposturako.\n\nElkarrizketarako hautatzen ez bazaitugu, zure hautagaitza urtebetez gordeko dugu."),
            ("isiltasuna", "application_received", "Hautagaitza jasota", "Eskerrik asko {role} lanposturako hautagaitzagatik.\n\nHilaren amaierarako gure erantzunik jasotzen ez baduzu, ulertu ez zaitugula hautatu."),
            ("gonbita", "interview", "Elkarrizketarako gonbita", "Pozik jakinarazten dizugu lehen fasea gainditu duzula.\n\nAsteazkeneko 10:00etan elkarrizketa batera gonbidatu nahi zaitugu gure bulegoan."),
            ("eskaintza", "offer", "Lan-eskaintza", "Pozik gaude: {role} lanpostua eskaini nahi dizugu.\n\nKontratuaren proposamena eransten dizugu."),
            ("mailegua", "non_job_rejection_words", "Mailegu-eskaera", "Bezero agurgarria,\n\ntamalez, zure mailegu-eskaera ez da onartu."),
        ),
    },
    "ga": {
        "zone": "+0000", "readers": (("Aoife", "Aoife Ní Bhriain"), ("Cian", "Cian Ó Súilleabháin"), ("Siobhán", "Siobhán Nic Giolla")),
        "orgs": (("Bogearraí na Mara", "bogearrai-mara.example"), ("Lóistíocht an Chláir", "loistiocht-clair.example")),
        "roles": ("cuntasóir", "ríomhchláraitheoir", "oifigeach riaracháin"), "greet": "A {first}, a chara,", "close": "Le gach dea-ghuí,",
        "signers": ("Acmhainní Daonna", "Máire Ní Dhomhnaill, AD"),
        "msgs": (
            ("eirigh", "rejection", "D'iarratas – {role}", "Go raibh maith agat as do spéis i bpost {role} le {org}.\n\nAr an drochuair, níor éirigh leat an uair seo. Coinneoimid do CV ar comhad."),
            ("eile", "rejection", "Cinneadh an roghnúcháin", "Go raibh maith agat as an am a thug tú don agallamh an tseachtain seo caite.\n\nTar éis machnamh cúramach, roghnaíomar iarrthóir eile a bhfuil taithí níos gaire do riachtanais na foirne aige. Guímid gach rath ort."),
            ("lionta", "rejection", "Post {role}", "Táimid ag scríobh chugat lena chur in iúl duit go bhfuil an post líonta anois.\n\nGo raibh maith agat as d'iarratas."),
            ("leanuint", "rejection", "Stádas d'iarratais", "Go raibh maith agat as iarratas a dhéanamh.\n\nIs oth linn a rá nach mbeidh muid ag leanúint ar aghaidh; ní bheidh muid ag leanúint ar aghaidh le d'iarratas."),
            ("admhail", "application_received", "Fuarthas d'iarratas", "Fuaireamar d'iarratas ar phost {role}.\n\nMura n-éiríonn leat sa chéad bhabhta, coinneofar d'iarratas ar comhad ar feadh bliana."),
            ("ciuin", "application_received", "Iarratas faighte", "Go raibh maith agat as d'iarratas ar phost {role}.\n\nMura gcloiseann tú uainn faoi dheireadh na míosa, glac leis nár éirigh leat."),
            ("cuireadh", "interview", "Cuireadh chuig agallamh", "Tá áthas orainn a rá gur éirigh leat sa chéad bhabhta.\n\nBa mhaith linn cuireadh a thabhairt duit chuig agallamh Dé Céadaoin ag 10:00."),
            ("tairiscint", "offer", "Tairiscint poist", "Tá áthas orainn an post a thairiscint duit mar {role}.\n\nTá an conradh faoi iamh."),
            ("iasacht", "non_job_rejection_words", "Iarratas ar iasacht", "A chustaiméir, a chara,\n\nar an drochuair, níor éirigh le d'iarratas ar an iasacht."),
        ),
    },
    "lb": {
        "zone": "+0100", "readers": (("Léon", "Léon Weber"), ("Claire", "Claire Schmit"), ("Tom", "Tom Reuter")),
        "orgs": (("Musel Software", "musel-soft.example"), ("Éislek Logistik", "eislek-log.example")),
        "roles": ("Comptabel", "Entwéckler", "Sekretärin"), "greet": "Léif(t) {first},", "close": "Mat beschte Gréiss,",
        "signers": ("Personalservice", "Anne Hoffmann, HR"),
        "msgs": (
            ("ausgewielt", "rejection", "Är Kandidatur – {role}", "Merci fir Ären Interessi un der Plaz als {role} bei {org}.\n\nLeider sidd Dir dës Kéier net ausgewielt ginn. Mir behalen Äre CV an eisem Fichier."),
            ("aneren", "rejection", "Decisioun", "Merci fir d'Zäit, déi Dir Iech fir d'Gespréich geholl hutt.\n\nMir hunn eis no laanger Iwwerleeung fir en anere Kandidat entscheet, deem seng Erfarung besser zum Team passt. Vill Erfolleg!"),
            ("besat", "rejection", "Plaz als {role}", "Mir wëllen Iech matdeelen, datt d'Plaz als {role} schonn besat ass; d'Plaz ass besat.\n\nMerci fir Är Kandidatur."),
            ("beruecksiichtegt", "rejection", "Stand vun Ärer Kandidatur", "Merci fir Är Bewerbung.\n\nEt deet eis leed, mee Är Kandidatur gouf net berécksiichtegt."),
            ("bestaetegung", "application_received", "Kandidatur kritt", "Mir hunn Är Kandidatur fir d'Plaz als {role} kritt.\n\nWann Dir net fir d'Gespréich ausgewielt gitt, bleift Är Kandidatur ee Joer an eisem Fichier."),
            ("roueg", "application_received", "Bewerbung kritt", "Merci fir Är Bewerbung als {role}.\n\nWann Dir bis Enn vum Mount näischt vun eis héiert, ass Är Kandidatur net berécksiichtegt ginn."),
            ("invitatioun", "interview", "Invitatioun op e Gespréich", "Mir si frou, Iech matzedeelen, datt Dir déi éischt Etapp gepackt hutt.\n\nMir wëllen Iech gär op e Gespréich e Mëttwoch um 10 Auer invitéieren."),
            ("offer", "offer", "Aarbechtsoffer", "Mir wëllen Iech gär d'Plaz als {role} ubidden.\n\nDe Kontrakt ass an der Annexe."),
            ("wunneng", "non_job_rejection_words", "Är Demande fir eng Wunneng", "Léif Client,\n\nleider gouf Är Demande fir d'Wunneng net berécksiichtegt."),
        ),
    },
    "fr-tu": {
        "zone": "+0100", "readers": (("Hugo", "Hugo Garnier"), ("Inès", "Inès Roux"), ("Manon", "Manon Perrin")),
        "orgs": (("Le Petit Comptoir", "petit-comptoir.example"), ("Ferme des Tilleuls", "ferme-tilleuls.example")),
        "roles": ("serveur", "saisonnier", "vendeuse"), "greet": "Salut {first},", "close": "À plus,",
        "signers": ("Hélène", "Julien (gérant)"),
        "msgs": (
            ("prendre", "rejection", "Ta candidature", "Merci d'avoir déposé ton CV pour le poste de {role}.\n\nDésolé, on ne peut pas te prendre cette saison, on a déjà tout le monde."),
            ("complet", "rejection", "Saison 2026", "Merci d'avoir pensé à {org} !\n\nNotre équipe est déjà au complet pour cet été. Bonne chance pour ta recherche."),
            ("embaucher", "rejection", "Re: candidature", "Merci d'être passé au comptoir la semaine dernière.\n\nOn ne va pas pouvoir t'embaucher, on a choisi quelqu'un qui habite plus près. Bonne continuation !"),
            ("confirmation", "application_received", "Bien reçu", "Ton CV pour le poste de {role} est bien arrivé.\n\nSi l'équipe est déjà au complet, on te le dira avant la fin du mois."),
            ("essai", "interview", "Journée d'essai", "Ton CV nous plaît bien !\n\nTu peux passer samedi à 9 h pour une journée d'essai ? On te montrera le service."),
            ("lift", "ham", "Covoiturage samedi", "Petit message pour samedi.\n\nDésolé, on ne pourra pas te prendre à la gare, la voiture est pleine. Tu peux prendre le bus de 8 h ?"),
        ),
    },
    "de-du": {
        "zone": "+0100", "readers": (("Jonas", "Jonas Becker"), ("Lea", "Lea Hartmann"), ("Finn", "Finn Wolf")),
        "orgs": (("Café Zuckerhut", "zuckerhut.example"), ("Hofladen Brandt", "hofladen-brandt.example")),
        "roles": ("Aushilfe", "Erntehelfer", "Barista"), "greet": "Hallo {first},", "close": "Viele Grüße",
        "signers": ("Sabine", "Tobi (Inhaber)"),
        "msgs": (
            ("einstellen", "rejection", "Deine Bewerbung", "danke, dass du dich als {role} beworben hast.\n\nWir können dich leider nicht einstellen, wir haben für diese Saison schon genug Leute."),
            ("komplett", "rejection", "Aushilfe Sommer", "schön, dass du an {org} gedacht hast!\n\nUnser Team ist schon komplett für dieses Jahr. Viel Glück bei der Suche."),
            ("runde", "rejection", "Probearbeiten", "danke fürs Probearbeiten am Samstag.\n\nDu bist leider nicht weitergekommen, wir haben uns für jemanden mit mehr Erfahrung an der Maschine entschieden."),
            ("bestaetigung", "application_received", "Bewerbung angekommen", "danke für deine Bewerbung als {role}.\n\nFalls das Team schon komplett ist, sagen wir dir bis Ende des Monats Bescheid."),
            ("probetag", "interview", "Probetag", "dein Lebenslauf gefällt uns!\n\nHast du Samstag um 9 Uhr Zeit für einen Probetag? Wir zeigen dir dann alles."),
            ("kosten", "other_job", "Fahrtkosten", "kurz zu deiner Frage wegen der Anfahrt.\n\nDie Kosten können wir leider nicht übernehmen, aber wir zahlen dir das Mittagessen."),
        ),
    },
}


class Maker:
    """Writes the letters of one batch (make_written24.py reuses it with its own names)."""

    name = "written23"
    prefix = PREFIX
    provenance = PROVENANCE

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.records: list[dict] = []

    def date(self, zone: str) -> str:
        """An RFC 5322 Date header (2025-03 to 2026-11, 07:00-19:59 local)."""
        r = self.rng
        sent = datetime(2025, 3, 1, r.randint(7, 19), r.randint(0, 59), r.randint(0, 59)) + timedelta(days=r.randint(0, 630))
        return f"{DAYS[sent.weekday()]}, {sent.day} {MONTHS[sent.month - 1]} {sent.year} {sent:%H:%M:%S} {zone}"

    def letter(self, lang: str, spec: dict, msg: tuple[str, str, str, str], turn: int) -> None:
        template, kind, subject, body = msg
        r = self.rng
        first, full = spec["readers"][turn % len(spec["readers"])]
        org, domain = spec["orgs"][(turn + r.randint(0, 1)) % len(spec["orgs"])]
        role = spec["roles"][(turn + r.randint(0, 2)) % len(spec["roles"])]
        signer = r.choice(spec["signers"])
        fill = {"first": first, "org": org, "role": role}
        non_job = kind == "non_job_rejection_words"
        greet = "" if non_job else spec["greet"].format(**fill) + "\n\n"
        tail = f"{signer}\n{org}" if not non_job else ""
        text = f"{greet}{body.format(**fill)}\n\n{spec['close']}\n{tail}".rstrip()
        local = r.choice(("jobs", "hr", "careers", "info", "noreply")) if not non_job else "service"
        sender = f"{org} <{local}@{domain}>"
        to = f"{full} <{r.choice(('reader', 'me', 'inbox', 'post'))}{turn}@{r.choice(('post', 'mailbox', 'letters'))}.example>"
        n = sum(1 for rec in self.records if rec["id"].startswith(f"{self.name}:{lang}-")) + 1
        label = "rejection" if kind == "rejection" else "not_rejection"
        self.records.append({
            "id": f"{self.name}:{lang}-{n:03d}", "subject": subject.format(**fill), "body": text + "\n", "sender": sender,
            "label": label, "kind": kind, "family": f"{self.prefix}-{lang}-{template}-{kind[:3]}", "provenance": self.provenance,
            "to": to, "date": self.date(spec["zone"]),
        })


def build(languages: dict[str, dict] = LANGS, seed: int = SEED, maker_class: type[Maker] = Maker) -> list[dict]:
    maker = maker_class(random.Random(seed))
    for lang, spec in languages.items():
        for msg in spec["msgs"]:
            for turn in range(2 if msg[1] == "rejection" else 1):
                maker.letter(lang, spec, msg, turn)
    records = maker.records
    maker.rng.shuffle(records)
    bodies = Counter(rec["body"] for rec in records)
    if max(bodies.values()) > 1:
        raise SystemExit("two records share a body")
    return records


def language(rec: dict) -> str:
    return rec["id"].split(":")[1].rsplit("-", 1)[0]


def langs(records: list[dict]) -> int:
    """Print the make-up by label/kind and label/language (no message text)."""
    for key, name in ((lambda r: (r["label"], r["kind"]), "label / kind"), (lambda r: (r["label"], language(r)), "label / language")):
        print(name)
        for (label, part), n in sorted(Counter(map(key, records)).items()):
            print(f"  {label:14s} {part:26s} {n}")
    print(f"total {len(records)}; families {len({r['family'] for r in records})}; languages {len({language(r) for r in records})}")
    return 0


# the slices not yet declared read when this batch was written
SEALED = sealed(18)


def main(
    argv: list[str],
    *,
    languages: dict[str, dict] = LANGS,
    seed: int = SEED,
    maker_class: type[Maker] = Maker,
    out: Path = OUT,
    sealed_names: frozenset[str] = SEALED,
) -> int:
    """Write ``out`` (or, with --check / --langs, report on the batch); make_written24.py passes
    its own languages, seed, names and file."""
    records = build(languages, seed, maker_class)
    return run(argv, out, records, lambda: langs(records), skip=sealed_names, top=None)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
