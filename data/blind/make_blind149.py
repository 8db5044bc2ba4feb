# ruff: noqa: E501, S311
"""Write the hundred-and-forty-ninth sealed blind slice for issue 11 (blind-slice-149.jsonl).

Stdlib only, fixed seed; two runs write byte-identical files. Options:
--langs  print the make-up by part/label/kind and label/language (no message text)
--check  6-word shingles shared with the other .jsonl files in data/ and data/blind/
         (read only as shingle sets, up to slice 148; slice 149 and later never read; our side printed)
"""

from __future__ import annotations

import argparse
import collections
import datetime as dt
import json
import random
import re
import sys
import unicodedata
from dataclasses import dataclass
from email.utils import format_datetime, parsedate_to_datetime
from pathlib import Path

SEED = 1491491
HERE = Path(__file__).resolve().parent
OUT = HERE / "blind-slice-149.jsonl"
WORD = re.compile(r"\w+")
TAG = re.compile(r"<[^>]+>")
SLOT = re.compile(r"\{(\w+)\}")
SLICE_NO = re.compile(r"blind-slice-(\d+)\.jsonl$")
THIS_SLICE = 149
SKIP_FROM = 149  # this slice, slice 150 (written at the same time, unseen) and every later one are never read
FIRST_DAY = dt.date(2025, 7, 25)
LAST_DRAW = dt.date(2026, 12, 18)  # a Friday

RECIPIENTS = [
    "Wambui Njoroge", "Tarquin Ellery", "Shreya Hosamani", "Devika Persaud", "Keelan Tobin",
    "Jae-won Seo", "Thaís Correia", "Lowri Fenwick", "Mutua Kilonzo", "Ravindra Gowda",
    "Shondell Fraser", "Callum Dobbie", "Min-seo Park", "Rafaela Bastos", "Heather Pittman",
    "Otieno Ouma", "Pallavi Shenoy", "Tamika Ramotar", "Rowan Kettering", "Hye-jin Bae",
    "Guilherme Paiva", "Bridie Lahey", "Nyokabi Mwangi", "Sandesh Kulkarni", "Colette Jardine",
    "Ewan Maddison", "Sizwe Dlamini", "Tui Parata", "Marlee Dunstan", "Orla Breathnach",
    "Dwayne Bobb-Semple", "Akira Holcombe", "Precious Achieng", "Vinay Bhat", "Marcy Critch",
]
REGION_SIGNERS = {
    "uk": ["Gemma Armstrong", "Stuart Charlton", "Paula Hetherington", "Neville Robson"],
    "ke": ["Faith Chebet", "Joseph Mutiso", "Lilian Akinyi", "Samson Kiptoo"],
    "in": ["Nandini Rao", "Prakash Hegde", "Sowmya Iyengar", "Kiran Murthy"],
    "gy": ["Bibi Rahaman", "Cheryl Sancho", "Marlon Gittens"],
    "nf": ["Gerald Hiscock", "Doreen Pardy", "Wade Tulk"],
    "br": ["Fernanda Lopes", "Rodrigo Siqueira", "Camila Vasconcelos"],
    "kr": ["Lee Soo-jin", "Kang Min-ho", "Yoon Ha-eun"],
    "ie": ["Clodagh Furlong", "Ciarán Brophy", "Maeve Costigan"],
    "us": ["Lorraine Beckwith", "Terrence Oduya", "Dolores Quintero", "Walt Sorensen"],
    "au": ["Shannon Pickering", "Rohan Kostas", "Kirra Blythe"],
    "nz": ["Mereana Tawhiri", "Jarrod Fenton", "Sione Latu"],
    "za": ["Thandeka Zulu", "Riaan du Plessis", "Lerato Molefe"],
}
REGION = {"use": "us", "usc": "us", "usm": "us", "usp": "us"}
LANG_SIGNERS = {
    "ar": ["سلمى البلوشي", "خالد الحارثي"], "de": ["Brigitte Aigner", "Florian Haslinger"],
    "es": ["Guadalupe Ortega", "Rodrigo Tapia"], "fr": ["Véronique Dupuis", "Arnaud Lefebvre"],
    "hi": ["वंदना श्रीवास्तव", "मनोज कुशवाहा"], "it": ["Serena Galli", "Paolo Benedetti"],
    "ja": ["高橋 美穂", "松本 大輔"], "ko": ["한수정", "최동훈"], "pt": ["Juliana Moreira", "Thiago Ramos"],
    "ru": ["Ольга Белова", "Сергей Зайцев"], "sw": ["Neema Wanjala", "Juma Omondi"],
    "th": ["สุภาพร ทองดี", "อนุชา ศรีสุข"], "tr": ["Elif Aksoy", "Burak Şahin"],
    "ur": ["ثمینہ ملک", "عمران چوہدری"], "zh": ["李秀英", "张建国"],
    "nor": ["Ingrid Haugen", "Eirik Solberg"], "dan": ["Mette Kjærgaard", "Anders Bech"],
    "isl": ["Hildur Björnsdóttir", "Einar Magnússon"], "slk": ["Zuzana Hudecová", "Marek Baláž"],
    "slv": ["Mojca Kovač", "Matej Zupan"], "est": ["Triin Ilves", "Andres Kuusk"],
    "msa": ["Nurul Aisyah binti Kamal", "Hafiz bin Razak"], "tgl": ["Maricel Santos", "Jomar Villanueva"],
}
LANG_RECIPIENTS = {
    "ar": ["منى الكندي", "يوسف العامري"], "de": ["Theresa Gruber", "Jakob Moser"],
    "es": ["Ximena Cárdenas", "Emilio Rangel"], "fr": ["Aurélie Claes", "Maxime Jacobs"],
    "hi": ["ऋचा तिवारी", "रोहित सिसोदिया"], "it": ["Francesca Rinaldi", "Davide Morandi"],
    "ja": ["中村 さくら", "佐藤 悠真"], "ko": ["이서연", "박준서"], "pt": ["Larissa Prado", "Vinícius Alves"],
    "ru": ["Анна Воронцова", "Иван Гусев"], "sw": ["Mwanaisha Said", "Kelvin Kiprotich"],
    "th": ["ณัฐธิดา วงศ์ใหญ่", "ธนากร มีสุข"], "tr": ["Büşra Aydın", "Onur Çelik"],
    "ur": ["حنا شیخ", "بلال احمد"], "zh": ["赵雪梅", "孙立伟"],
    "nor": ["Silje Nygård", "Henrik Lund"], "dan": ["Freja Mortensen", "Mikkel Holm"],
    "isl": ["Katrín Pálsdóttir", "Arnar Gunnarsson"], "slk": ["Lucia Kováčová", "Peter Horváth"],
    "slv": ["Nina Horvat", "Luka Novak"], "est": ["Kertu Sepp", "Martin Rebane"],
    "msa": ["Siti Hajar", "Amirul Hakim"], "tgl": ["Kristine Reyes", "Paolo Mendoza"],
}
GIVEN = {
    "Jae-won Seo": "Jae-won", "Min-seo Park": "Min-seo", "Hye-jin Bae": "Hye-jin",
    "Lee Soo-jin": "Soo-jin", "Kang Min-ho": "Min-ho", "Yoon Ha-eun": "Ha-eun",
    "Nurul Aisyah binti Kamal": "Aisyah", "Hafiz bin Razak": "Hafiz",
}
PROVIDERS = ["quaymail", "heronbox", "saltpost", "burnmail", "lintbox", "gullpost"]

ZONES = {
    "uk": ("+0000", "+0100", "eu"), "ie": ("+0000", "+0100", "eu"),
    "at": ("+0100", "+0200", "eu"), "be": ("+0100", "+0200", "eu"), "it": ("+0100", "+0200", "eu"),
    "no": ("+0100", "+0200", "eu"), "dk": ("+0100", "+0200", "eu"), "sk": ("+0100", "+0200", "eu"),
    "si": ("+0100", "+0200", "eu"), "ee": ("+0200", "+0300", "eu"), "is": ("+0000", None, ""),
    "use": ("-0500", "-0400", "us"), "usc": ("-0600", "-0500", "us"), "usm": ("-0700", "-0600", "us"),
    "usp": ("-0800", "-0700", "us"), "nf": ("-0330", "-0230", "us"),
    "gy": ("-0400", None, ""), "br": ("-0300", None, ""), "mx": ("-0600", None, ""),
    "za": ("+0200", None, ""), "ke": ("+0300", None, ""), "ru": ("+0300", None, ""), "tr": ("+0300", None, ""),
    "om": ("+0400", None, ""), "pk": ("+0500", None, ""), "in": ("+0530", None, ""),
    "th": ("+0700", None, ""), "cn": ("+0800", None, ""), "my": ("+0800", None, ""), "ph": ("+0800", None, ""),
    "jp": ("+0900", None, ""), "kr": ("+0900", None, ""),
    "au": ("+1000", "+1100", "au"), "nz": ("+1200", "+1300", "nz"),
}

US_STYLE = ("use", "usc", "usm", "usp", "nf")
@dataclass
class T:
    part: str
    label: str
    kind: str
    fam: str
    subject: str
    body: str
    co: tuple[str, ...]
    dom: tuple[str, ...]
    frm: str
    role: tuple[str, ...]
    tz: tuple[str, ...]
    x: tuple[str, ...]
    y: tuple[str, ...]
    copies: int
    lang: str


TEMPLATES: list[T] = []


def _tup(v: str | tuple[str, ...]) -> tuple[str, ...]:
    return (v,) if isinstance(v, str) else v


def add(part: str, kind: str, fam: str, subject: str, body: str, co: str | tuple[str, ...], dom: str | tuple[str, ...], frm: str = "{sig} <{sl}@{dom}>", role: str | tuple[str, ...] = "", tz: str | tuple[str, ...] = "uk", x: str | tuple[str, ...] = "", y: str | tuple[str, ...] = "", lang: str = "en") -> None:  # noqa: PLR0917
    label = "rejection" if kind == "rejection" else "not_rejection"
    for key, block in QUOTES.items():
        body = body.replace(key, block)
    cos, doms, roles, tzs, xs, ys = _tup(co), _tup(dom), _tup(role), _tup(tz), _tup(x), _tup(y)
    copies = max(len(cos), len(doms), len(roles), len(xs), len(ys))
    TEMPLATES.append(T(part, label, kind, f"blind{THIS_SLICE}-{part}-{fam}", subject, body, cos, doms, frm, roles, tzs, xs, ys, copies, lang))


KIND_CODE = {"application_received": "ack", "interview": "int", "next_steps": "nxt", "offer": "off", "other_job": "job", "job_alert": "alr", "recruiter_outreach": "out", "non_job_rejection_words": "nj"}


def mr(fam: str, subject: str, body: str, co: str | tuple[str, ...], dom: str | tuple[str, ...], **kw: str | tuple[str, ...]) -> None:
    add("mix", "rejection", "r-" + fam, subject, body, co, dom, **kw)  # type: ignore[arg-type]


def mo(kind: str, fam: str, subject: str, body: str, co: str | tuple[str, ...], dom: str | tuple[str, ...], **kw: str | tuple[str, ...]) -> None:  # noqa: PLR0917
    add("mix", kind, "o-" + KIND_CODE[kind] + "-" + fam, subject, body, co, dom, **kw)  # type: ignore[arg-type]


def wr(fam: str, subject: str, body: str, co: str | tuple[str, ...], dom: str | tuple[str, ...], **kw: str | tuple[str, ...]) -> None:
    add("wide", "rejection", "r-" + fam, subject, body, co, dom, **kw)  # type: ignore[arg-type]


def wo(kind: str, fam: str, subject: str, body: str, co: str | tuple[str, ...], dom: str | tuple[str, ...], **kw: str | tuple[str, ...]) -> None:  # noqa: PLR0917
    add("wide", kind, "o-" + fam, subject, body, co, dom, **kw)  # type: ignore[arg-type]


# quoted blocks: {q} is the Outlook "Sent:" date, {gq} the Gmail / Apple "On ..." date, in the sender's locale
OUTLOOK = "From: {full} <{addr}>\nSent: {q}\nTo: {sig} <{sl}@{dom}>\n"
ORIGINAL = "-----Original Message-----\nFrom: {full} [mailto:{addr}]\nSent: {q}\nTo: {sig}\n"
RULE = "________________________________\nFrom: {full} <{addr}>\nSent: {q}\nTo: {sig}\n"
GMAIL = "On {gq}, {full} <{addr}> wrote:\n"
QNOTE = "\n{sf} - cheers again, the packing-floor walkabout Thursday was grand. Forklift ticket renewal posted; referee Mrs Abara answers evenings.\n{n}"
QUOTES = {"{OUT}": OUTLOOK + "Subject: {role}" + QNOTE, "{GM}": GMAIL + QNOTE, "{ORIG}": ORIGINAL + QNOTE, "{RULE}": RULE + QNOTE}
FOOT = (
    "\n\n~~~ {CO} | WORK WITH US ~~~\nNew roles land on our careers page every Thursday at noon. Switch on 'Shiftlight' role alerts "
    "in your candidate account to hear first. Staff stories, store openings and the odd recipe live in 'Counter Talk', our "
    "quarterly staff letter. To stop careers mail, reply QUIETEN-JOBS. This address is send-only and replies are not read."
)

# ================================================================ mix part: rejections
# ---- 40 ordinary template rejections (13 twice, 14 once), each worded differently
mr("wd-filled", "Application Status: {role} - Position Filled",
   "Hello {n},\n\n{co} | Req {ref} | {role}\nNew status: Position Filled.\n\nAll hiring for this requisition is done. You can still browse open roles in the candidate home.\n\nTalent Acquisition, {co}",
   ("Tynemouth Glazing Group", "Kisumu Parcel Runners"), ("tynemouthglazing", "kisumuparcel"), role=("Estimator", "Dispatch Coordinator"), tz=("uk", "ke"))
mr("gh-takehome", "Your application to {co}",
   "Hi {n},\n\nGrateful for that take-home plus both calls. Final-stage comparison done: the {role} position goes elsewhere.\n\nThat exercise ate real hours, and we noticed.\n\n{sig}\nRecruiting at {co}",
   ("Koramangala Ledgerworks", "Essequibo Freight Lines"), ("ledgerworks", "essequibofreight"), role=("Backend Engineer (Payments)", "Shipping Analyst"), tz=("in", "gy"))
mr("lv-pool", "{role} at {co}: an update",
   "Dear {n},\n\nYour {role} application ends at this stage. With your OK, a talent-circle entry keeps you on file twelve months for fitting roles. Rather not? Reply FORGETME to be deleted.\n\nPeople Team, {co}",
   ("Mooncrest Drinks", "Cachoeira Paper Co."), ("mooncrestdrinks", "cachoeirapaper"), role=("Brand Assistant", "Export Clerk"), tz=("nz", "br"))
mr("sr-table", "{role}: application outcome",
   "<html><body><p>Dear {n},</p><table border=\"1\"><tr><td>Vacancy</td><td>{role}</td></tr><tr><td>Reference</td><td>{ref}</td></tr><tr><td>Status</td><td>Declined - vacancy filled</td></tr></table><p>Sent by {co} recruitment.</p></body></html>",
   ("Sunderland Wharf Cold Store", "Mombasa Road Agri Inputs"), ("wharfcoldstore", "mombasaroadagri"), role=("Shift Supervisor", "Sales Rep"), tz=("uk", "ke"))
mr("ic-musthave", "Regarding your application - {role}",
   "Dear {n},\n\n{role} requires a {x} as a must-have. None showed on your application, so progress stops here.\n\nHolding one later? Apply again then.\n\nRecruitment, {co}",
   ("Placentia Bay Marine Services", "Westbank Tipper Haulage"), ("placentiamarine", "westbanktipper"), role=("Deckhand", "Tipper Driver"), x=("marine radio operator certificate", "Category C+E licence"), tz=("nf", "uk"))
mr("tl-reorg", "{role} (Requisition {ref})",
   "Dear {n},\n\nOperations has been reorganised and requisition {ref} ({role}) is cancelled; it stays vacant. Your application closes accordingly. Thanks for your patience.\n\nHR Services\n{co}",
   ("Hebbal Springs Packaging", "Corentyne Sugar Estates"), ("hebbalsprings", "corentynesugar"), role=("Planning Executive", "Estate Clerk"), tz=("in", "gy"))
mr("wk-trialday", "Your trial day at {co}",
   "Hi {n},\n\nTa for the paid trial day. Another applicant got the {role} job in the end; you grafted hard and it didn't go unseen.\n\n{sig}, {co}",
   ("The Grainger Street Deli", "Ponsonby Noodle Bar"), ("graingerdeli", "ponsonbynoodle"), role=("Counter Assistant", "Wok Cook"), tz=("uk", "nz"))
mr("bh-internal", "{role} - outcome",
   "Hello {n},\n\nA colleague moved into the {role} post at {co} via Step Across, our internal scheme. External applications, yours among them, stop here.\n\nCheers,\n{sig}",
   ("Quidi Vidi Rope & Net", "Karen Hills Coffee Roasters"), ("quidiviropenet", "karenhillsroast"), role=("Stores Lead", "Roastery Assistant"), tz=("nf", "ke"))
mr("tt-koreng", "Result of your application ({role})",
   "Dear {n},\n\nThank you for applying {role} position of {co}. After careful review, regretfully you did not pass our screening this time. Hope to see you other opportunity.\n\nBest regards,\n{sig}\nHR Team",
   ("Haeundae Ship Parts", "Gimpo Cosmetics Lab"), ("haeundaeparts", "gimpocoslab"), role=("Purchasing Staff", "QC Assistant"), tz="kr")
mr("pp-score", "Assessment result - {role}",
   "Dear {n},\n\nOnline assessment for {role}: you scored {x}. The shortlisting mark stood at {y}, so you leave the campaign at this step.\n\nThank you for your effort.\n{co} Recruitment",
   ("Brisbane Tidal Energy", "Ilha Bela Hotels"), ("tidalenergy", "ilhabelahotels"), role=("Graduate Technician", "Guest Relations Agent"), x=("22 of 35", "48%"), y=("27", "60%"), tz=("au", "br"))
mr("jz-hold", "Update on {role}",
   "Hi {n},\n\nClient's frozen the {role} hire till after year-end, meaning search closed, application ended there.\n\nThanks for the chats,\n{sig}\n{co}",
   ("Jayanagar Talent Bridge", "Demerara Staffing Partners"), ("talentbridge", "demerarastaffing"), role=("Regional Sales Head", "Payroll Officer"), tz=("in", "gy"))
mr("ab-panel", "Following up: {role}",
   "Hi {n},\n\nPanel day plus the CEO chat: much appreciated. Narrow margins, yet the {role} offer lands elsewhere. Your systems-design session drew plenty of praise, for what it's worth.\n\n{sig}\nTalent, {co}",
   ("Gridlark Energy Software", "Pohutu Geodata"), ("gridlark", "pohutugeodata"), role=("Staff Engineer", "GIS Developer"), tz=("usp", "nz"))
mr("match-stewards", "Match-day stewards - your application",
   "Hi {n},\n\nApplications for {role} poured in, and last year's stewards have claimed every shift. No place for you, then.\n\n{sig}\n{co}",
   ("Tyneside Rugby Ground", "Bourda Cricket Club"), ("tynesiderugby", "bourdacricket"), role=("match-day steward", "ground staff"), tz=("uk", "gy"))
mr("o-geordie", "Locksmith apprentice",
   "Now then {n},\n\nThanks for droppin your CV in, pet. Thing is, wor Kev's lad has just finished college and he's ganna be tekkin the apprentice spot, so nowt gannin for ye at the minute. Canny luck wi the search.\n\n{sig}\n{co}",
   "Shieldfield Locks & Keys", "shieldfieldlocks", tz="uk")
mr("o-kenyan", "Re: Shop attendant post",
   "Dear {n},\n\nConcerning the shop attendant application you brought. Be informed another candidate has occupied the post. Thanks and God bless your search.\n\nRegards,\n{sig}\nManager, {co}",
   "Kondele Motorbike Spares", "kondelespares", tz="ke")
mr("o-bangalore", "Faculty application - reg.",
   "Dear {n},\n\nReg. Physics faculty post applied by you. We have gone through your profile and we are unable to consider the same at present since we require candidates with minimum 3 years of NEET coaching. Kindly do not mind.\n\nRegards,\n{sig}\n{co}",
   "Basavanagudi Toppers Academy", "toppersacademy", tz="in")
mr("o-guyanese", "Cashier job",
   "Good afternoon {n},\n\nMe get you application fuh de cashier work. De boss done pick somebody already, so we cyan tek you on right now. Tenk you fuh tryin, and all de best.\n\n{sig}\n{co}",
   "Regent Street Gold & Jewel", "regentgoldjewel", tz="gy")
mr("o-newfoundland", "Snow clearing job",
   "Hi {n},\n\nThanks for gettin in touch about drivin the plow this winter, b'y. We're not takin on anyone new, the crew's the same crowd as last year. Best of luck to ya.\n\n{sig}\n{co}",
   "Twillingate Snow & Sand", "twillingatesnow", tz="nf")
mr("o-ptenglish", "About your candidature",
   "Dear {n},\n\nGrateful for your interest in vacancy of Project Translator. We inform that, after analysis of the curriculums, your profile was not approved for the next phase of the process. We wish success in your professional trajectory.\n\nAtt.,\n{sig}\n{co}",
   "Vila Madalena Language Services", "vilamadalenalang", tz="br")
mr("o-koreng", "Notice about application",
   "Hello {n},\n\nThanks to apply our company. We reviewed your resume carefully, but unfortunately we cannot go together in this recruitment. Please understand our decision. We cheer your future.\n\n{sig}\n{co}",
   "Busan Harbor Forwarding", "busanforwarding", tz="kr")
mr("o-irish", "Bindery assistant",
   "Hi {n},\n\nThanks a million. A lass who's case-bound for donkey's years has the bindery assistant job now, so no start for you here. Mind yourself.\n\n{sig}\n{co}",
   "Claddagh Bindery", "claddaghbindery", tz="ie")
mr("o-us", "Pool tech position",
   "Hey {n},\n\nAppreciate you applying for the pool tech opening. We hired a guy who already holds his CPO cert, so the slot's taken.\n\nThanks again,\n{sig}\n{co}",
   "Saguaro Pool Care", "saguaropool", tz="usm")
mr("o-au", "Signwriting apprenticeship",
   "G'day {n},\n\nTa heaps. Mulled it over and the apprenticeship's not coming your way, another applicant's brush lettering folio sealed it. All the best with it.\n\n{sig}\n{co}",
   "Sturt Street Signs", "sturtstreetsigns", tz="au")
mr("o-nz", "Spa attendant application",
   "Kia ora {n},\n\nSpa attendant role: no interview for you, as a current pool lifeguard award is needed and yours wasn't listed. Ngā mihi,\n\n{sig}\n{co}",
   "Whakarewarewa Mud Baths", "mudbathsnz", tz="nz")
mr("o-za", "Shop assistant vacancy",
   "Hi {n},\n\nShame, someone's already in the post; your application's closed off. Sterkte with the job hunt.\n\n{sig}\n{co}",
   "Grey Street Spice Emporium", "greystreetspice", tz="za")
mr("o-sunderland", "Driving instructor trainee",
   "Dear {n},\n\nTraining as an instructor with us: spring intake is full, and no trainee place can go to you.\n\nKind regards,\n{sig}\n{co}",
   "Roker Road Driving School", "rokerdriving", tz="uk")
mr("o-mombasa", "Tailoring vacancy",
   "Dear {n},\n\nThank you for coming to show us your stitching samples. Regrettably, another applicant has been settled on for the tailor vacancy. We shall keep you in mind.\n\nYours faithfully,\n{sig}\n{co}",
   "Old Town Mombasa Tailors", "oldtowntailors", tz="ke")

# ---- 16 thread replies after interviews: the decision only as someone else's choice, no negation
mr("th-canning", "RE: [EXT] Re: {role}",
   "Hi {n},\n\nNice of you to check in. Latest: the brewery directors picked Hollis for the {role} job, and he starts on the line next month. Good luck with everything.\n\n{sig}\n\n{OUT}",
   ("Ouseburn Canning Co.", "Kiambu Cider Press"), ("ouseburncanning", "kiambucider"), role="Canning Line Operator", tz=("uk", "ke"))
mr("th-hospice", "RE: [EXT] Re: {role} interview",
   "Dear {n},\n\nThank you for your lovely email. The trustees have appointed Marguerite as our {role}; she begins in the new year. Wishing you well,\n{sig}\n\n{ORIG}",
   ("St Aidan's Hospice", "Malleswaram Care Trust"), ("staidanshospice", "malleswaramcare"), role="Fundraising Officer", tz=("uk", "in"))
mr("th-groundhandling", "RE: [EXT] Re: {role} - thank you",
   "Hello {n},\n\nGood of you to trek out to the ramp office. Our station manager has chosen an applicant who already holds airside passes, and they start after induction. Take care.\n\n{sig}\n\n{GM}",
   ("Ogle Airstrip Handling", "Gander Ramp Services"), ("ogleramp", "ganderramp"), role="Ramp Agent", tz=("gy", "nf"))
mr("th-piano", "RE: [EXT] Re: {role}",
   "Hi {n},\n\nHope the week's kind. After the tuning test, Ruth and Colin went for the candidate from Morpeth, who joins us in February. Thanks for your time.\n\n{sig}\n\n{RULE}",
   ("Jesmond Piano Rooms", "Hexham Piano Works"), ("jesmondpiano", "hexhampiano"), role="Trainee Piano Technician", tz="uk")
mr("th-cinema", "RE: [EXT] Re: {role} chat",
   "Hey {n},\n\nGreat meeting you. Head office has gone with an internal manager from our Brooklyn site for the {role} role. Wishing you the best.\n\n{sig}\n\n{GM}",
   ("Marquee Picturehouses", "Lantern Cinema Group"), ("marqueepictures", "lanterncinema"), role="Cinema Duty Manager", tz=("use", "usc"))
mr("th-teaestate", "RE: [EXT] Re: {role}",
   "Dear {n},\n\nAppreciated your factory visit. Management has confirmed Mr. Kimani for the {role} post with effect from next month. Kind regards,\n{sig}\n\n{OUT}",
   ("Kericho Highlands Tea", "Chikmagalur Estate Coffee"), ("kerichotea", "chikmagalurcoffee"), role="Factory Assistant", tz=("ke", "in"))
mr("th-windfarm", "RE: [EXT] Re: {role} follow-up",
   "Hi {n},\n\nCheers for chasing. The O&M lead has offered the {role} spot to Priya, who has her GWO tickets, and she's accepted. All the best,\n{sig}\n\n{ORIG}",
   ("Blyth Offshore Services", "Overberg Wind Maintenance"), ("blythoffshore", "overbergwind"), role="Wind Turbine Technician", tz=("uk", "za"))
mr("th-archive", "RE: [EXT] Re: {role}",
   "Hi {n},\n\nYour note's much appreciated. The archive board made its choice for the {role} post last week; it went to Fionnuala, who catalogued our parish registers. Thanks for coming to Galway.\n\n{sig}\n\n{GM}",
   ("Corrib Archive Trust", "Connemara Records Office"), ("corribarchive", "connemararecords"), role="Assistant Archivist", tz="ie")

# ---- 8 clear refusals under long footers
mr("ft-garden", "Your application with {co}",
   "Hi {n},\n\nOur read of your {role} form is done; we're stopping it at this point.\n\n{sig}, Recruitment" + FOOT,
   ("Bramblegate Garden Centres", "Fernbrake Garden Centres"), ("bramblegate", "fernbrake"), role=("Plant Area Assistant", "Café Team Member"), tz=("uk", "au"))
mr("ft-hardware", "{role}: thanks for applying",
   "Dear {n},\n\nSorry, {role} slips past you this round, the shortlist closed tight.\n\n{co} Careers" + FOOT,
   ("Tanglewick Hardware", "Nailbox Hardware"), ("tanglewick", "nailboxhw"), role=("Trade Counter Assistant", "Weekend Sales"), tz=("ie", "za"))
mr("ft-books", "Update: {role}",
   "Hi {n},\n\n{role}: after a read of your application, no interview invite this time round.\n\n{sig}" + FOOT,
   ("Pagehaven Bookshops", "Spinewell Books"), ("pagehaven", "spinewellbooks"), role=("Bookseller", "Children's Section Lead"), tz=("uk", "nz"))
mr("ft-toys", "About your {role} application",
   "Hello {n},\n\nWe received plenty of applications for {role}, and we're unable to progress yours.\n\n{sig}, {co}" + FOOT,
   ("Tumblefox Toys", "Twirlabout Toy Stores"), ("tumblefox", "twirlabouttoys"), role=("Seasonal Toy Demonstrator", "Store Assistant"), tz=("use", "uk"))

# ---- 9 hedged refusals
mr("hd-bridal", "Your interview for {role}",
   "Hi {n},\n\nThanks for visiting the boutique. Two others we saw had deeper fitting-and-alteration backgrounds, so those two carry on and you don't.\n\n{sig}\n{co}",
   ("Veilwood Bridal", "Satinmere Bridalwear"), ("veilwoodbridal", "satinmere"), role="Bridal Consultant", tz=("uk", "ie"))
mr("hd-coach", "{role}: following our conversation",
   "Dear {n},\n\nWe appreciated your time last week. Other applicants lined up more closely with where our touring programme is heading, so we've gone another direction.\n\nRegards,\n{sig}\n{co}",
   ("Highroad Coach Tours", "Coastway Coach Holidays"), ("highroadcoach", "coastwaycoach"), role="Tour Planner", tz=("uk", "au"))
mr("hd-climbing", "{role} at {co}",
   "Hey {n},\n\nThanks for the session on the wall. We had some applicants with route-setting certificates already, and the team felt they suited the spot slightly better.\n\n{sig}",
   ("Cragloft Climbing", "Boulderbarn"), ("cragloft", "boulderbarn"), role="Route Setter", tz=("usp", "nz"))
mr("hd-subtitles", "Re: {role} test",
   "Dear {n},\n\nAppreciated the subtitling sample. Some candidates sat nearer our house style, and for now we'll work with those.\n\n{sig}\n{co}",
   ("Linebreak Subtitling", "Captionwell Media"), ("linebreaksubs", "captionwell"), role="Subtitler (EN-PT)", tz=("br", "uk"))
mr("hd-bangalore", "Profile update - {role}",
   "Hi {n},\n\nClient is moving ahead with profiles that carry deeper hands-on S/4HANA migration experience. Will ping you for suitable openings.\n\nThanks & regards,\n{sig}\n{co}",
   "Whitefield Search Partners", "whitefieldsearch", role="SAP MM Lead", tz="in")

# ---- 7 recruiter follow-ups: the decision and another role in the same mail
mr("rc-1", "Following our call",
   "Hi {n},\n\nGood to talk earlier. The client's said no for the plant manager role, but a production supervisor opening sits at that same site and I reckon you'd fit. Shall I submit you? Free tomorrow?\n\n{sig}\n{co}",
   "Tyne Bridge Recruitment", "tynebridgerec", tz="uk")
mr("rc-2", "Re: our chat on Monday",
   "Hi {n},\n\nFeedback from the bank: they'll not be progressing you for the head of credit post. I do have a credit manager opening with a microfinance lender in Westlands that suits you well. Shall I share the JD?\n\n{sig}\n{co}",
   "Westlands Executive Search", "westlandsexec", tz="ke")
mr("rc-3", "Update and another opening",
   "Hi {n},\n\nAs discussed, the hiring manager is not moving forward for the engineering manager role. Meanwhile, a tech lead role in Indiranagar fits your profile. Kindly send refreshed CV tomorrow EOD.\n\n{sig}\n{co}",
   "Indiranagar Tech Hiring", "indiranagarhiring", tz="in")
mr("rc-4", "About the general manager job",
   "Morning {n},\n\nSpoke to the hotel owners. They have picked another person for general manager, so that one's closed. They also need a front office manager and I told them about you. Interested?\n\n{sig}\n{co}",
   "Kaieteur Careers", "kaieteurcareers", tz="gy")
mr("rc-5", "Your application - update",
   "Hi {n},\n\nFisheries crowd turned you down for the senior biologist role, I'm afraid. There's a field biologist contract on the south coast starting in April, if you'd fancy it? Give me a shout.\n\n{sig}\n{co}",
   "Narrows Recruiting", "narrowsrecruit", tz="nf")
mr("rc-6", "Feedback from the client",
   "Hi {n},\n\nThe client went with a candidate with more warehouse automation, so logistics director is off. They do have a distribution centre manager vacancy in Campinas. Can we talk today?\n\n{sig}\n{co}",
   "Paulista Talent", "paulistatalent", tz="br")
mr("rc-7", "Following up on the design lead role",
   "Hi {n},\n\nThe studio is not taking you forward for design lead. They loved your portfolio though, and a senior product designer role is opening next week. Want me to send you across?\n\n{sig}\n{co}",
   "Seongsu Creative Talent", "seongsutalent", tz="kr")

# ---- 8 public-sector notices
mr("ps-notref", "Notice of Results - {role}",
   "Dear {n},\n\nAnnouncement {ref}, {role}: you met eligibility and qualifications. Your score, however, sat under the line we use when sending names to the hiring manager; no further consideration follows under this announcement.\n\n{co}",
   ("Bureau of Reclamation Lands - HR Office", "Public Service Commission of Newfoundland Region"), ("reclamationlands", "psc-nlregion"), role=("Program Analyst", "Clerk IV"), tz=("usm", "nf"))
mr("ps-inelig", "Application {ref}: ineligible",
   "Dear {n},\n\nIneligible: {role}. Reason: {x}. Processing has ended.\n\n{co}",
   ("County Public Service Board, Nakuru", "Public Service Commission, Georgetown"), ("nakurupsb", "gy-psc"), role=("Ward Administrator", "Customs Officer"), x=("a certified copy of your KCSE certificate was not attached", "you were over the maximum age of 35 on the closing date"), tz=("ke", "gy"))
mr("ps-cancel", "Vacancy withdrawn: {role}",
   "Dear {n},\n\nAfter the service budget was reviewed, {role} (ref {ref}) is withdrawn; no appointment follows. Every file, yours as well, now shut.\n\n{co}",
   ("Tyneside City Council - People Services", "Karnataka Municipal Recruitment Cell"), ("tynesidecouncil", "kmrc-blr"), role=("Parks Officer", "Junior Engineer (Civil)"), tz=("uk", "in"))
mr("ps-mark", "Result of written examination",
   "Dear {n},\n\nWritten examination, {role}: your mark {x}; qualifying mark {y}. Candidature ends here.\n\n{co}",
   ("Examinations Unit, Public Service Department", "Provincial Recruitment Office"), ("psd-exams", "provrecruit"), role=("Revenue Assistant", "Court Clerk"), x=("41/100", "29 of 60"), y=("50/100", "36"), tz=("za", "au"))

# ---- 6 bare ATS status updates
mr("at-1", "Status change: {role}",
   "Hi {n},\n\nYour application status for {role} is now: No longer under consideration.\n\n{co} Careers",
   ("Quaysmith Careers", "Quaysmith Careers"), ("quaysmith", "quaysmith"), role=("Store Manager", "Visual Merchandiser"), tz=("uk", "ie"))
mr("at-2", "Application update",
   "<html><body><p>{n}, an update on {role}:</p><p><b>Status:</b> Unsuccessful</p><p>Kestrelpoint Jobs</p></body></html>",
   ("Kestrelpoint", "Kestrelpoint"), ("kestrelpoint", "kestrelpoint"), role=("Data Analyst", "Account Executive"), tz=("use", "za"))
mr("at-3", "{role} - status",
   "Hello {n},\n\nApplication {ref} ({role}): Archived - candidate not progressed.\n\nSent automatically by Scudwater Hiring; replies go unread.",
   ("Scudwater Hiring", "Scudwater Hiring"), ("scudwaterhiring", "scudwaterhiring"), role=("Support Engineer", "Field Technician"), tz=("nz", "au"))

# ---- 6 internship / graduate decisions
mr("in-grad", "{role}: decision",
   "Dear {n},\n\nThanks for joining the {role} assessment day. Regrettably, this year's intake won't include you.\n\nEarly Careers Team, {co}",
   ("Northumbria Rail Systems", "Rand Water Utilities"), ("northumbriarail", "randwaterutil"), role=("Track Engineering Graduate Programme", "Process Engineering Graduate Scheme"), tz=("uk", "za"))
mr("in-summer", "Summer internship outcome",
   "Hi {n},\n\n{role} summer internship: we had roughly forty applicants a seat, and you're not in the chosen group.\n\n{co} Internships",
   ("Sextile Reinsurance", "Bytefold Robotics"), ("sextilere", "bytefold"), role=("Actuarial", "Firmware"), tz=("use", "kr"))
mr("in-place", "Industrial placement - {role}",
   "Dear {n},\n\nSelection for the {role} placement year is finished. Sorry, a placement isn't coming your way.\n\nPlacements Office, {co}",
   ("Kilimo Seed Research", "Shorewatch Oceanography"), ("kilimoseed", "shorewatchocean"), role=("Crop Pathology", "Coastal Monitoring"), tz=("ke", "nz"))

# ================================================================ mix part: others
# ---- 50 application-received confirmations, most with talk of a refusal that has not happened
mo("application_received", "wd", "Application received: {role}",
   "Hello {n},\n\nReq {ref}, {role}, {co}: application logged. Current status 'Under Review'; possible next labels 'Interview' or 'Position Filled'. Candidate home shows it live.\n\nTalent Acquisition",
   ("Tynemouth Glazing Group", "Kisumu Parcel Runners"), ("tynemouthglazing", "kisumuparcel"), role=("Site Surveyor", "Fleet Controller"), tz=("uk", "ke"))
mo("application_received", "gh", "Thanks for applying to {co}",
   "Hi {n},\n\nConfirming receipt: {role}. Real humans read each one here. Where a background doesn't line up, expect a plain email telling you, never silence.\n\n{sig}, Recruiting",
   ("Koramangala Ledgerworks", "Essequibo Freight Lines"), ("ledgerworks", "essequibofreight"), role=("Data Engineer", "Customs Broker"), tz=("in", "gy"))
mo("application_received", "lv", "Application in: {role}",
   "Hi {n} -\n\n{role} application safely in. Whatever the outcome, your details rest in our talent circle twelve months for future roles (FORGETME as a reply removes you).\n\nPeople Team, {co}",
   ("Mooncrest Drinks", "Cachoeira Paper Co."), ("mooncrestdrinks", "cachoeirapaper"), role=("Trade Marketing Lead", "Logistics Assistant"), tz=("nz", "br"))
mo("application_received", "sr", "Application logged - {role}",
   "<html><body><p>Dear {n},</p><table border=\"1\"><tr><td>Vacancy</td><td>{role}</td></tr><tr><td>Status</td><td>Received</td></tr><tr><td>What can follow</td><td>Interview / Declined</td></tr></table><p>{co}</p></body></html>",
   ("Sunderland Wharf Cold Store", "Mombasa Road Agri Inputs"), ("wharfcoldstore", "mombasaroadagri"), role=("Reach Truck Driver", "Agronomist"), tz=("uk", "ke"))
mo("application_received", "ic", "Your application: {role}",
   "Dear {n},\n\nThanks for applying for {role}. Heads-up: screening that turns up no {x} closes the file there and then. Otherwise a recruiter phones within a fortnight.\n\nRecruitment, {co}",
   ("Placentia Bay Marine Services", "Westbank Tipper Haulage"), ("placentiamarine", "westbanktipper"), role=("Mate", "Shunter"), x=("marine radio operator certificate", "Category C+E licence"), tz=("nf", "uk"))
mo("application_received", "tl", "Acknowledgement - Requisition {ref}",
   "Dear {n},\n\nYour application for {role} is with us. In case this requisition gets cancelled or paused, every applicant shall be emailed.\n\nHR Services\n{co}",
   ("Hebbal Springs Packaging", "Corentyne Sugar Estates"), ("hebbalsprings", "corentynesugar"), role=("Maintenance Engineer", "Field Overseer"), tz=("in", "gy"))
mo("application_received", "wk", "Got your CV",
   "Hi {n},\n\nTa for the CV ({role}). Give it a week-ish: trial day or thanks-but-no, a message arrives. Ghosting's not our style.\n\n{sig}, {co}",
   ("The Grainger Street Deli", "Ponsonby Noodle Bar"), ("graingerdeli", "ponsonbynoodle"), role=("Sandwich Maker", "Kitchen Hand"), tz=("uk", "nz"))
mo("application_received", "bh", "Thanks for your application",
   "Hello {n},\n\nYour application for {role} has arrived. Just so you know, colleagues on our Step Across scheme get first look at openings; if one of them lands this post, you'd know by teatime that day.\n\n{sig}",
   ("Quidi Vidi Rope & Net", "Karen Hills Coffee Roasters"), ("quidiviropenet", "karenhillsroast"), role=("Net Mender", "Barista Trainer"), tz=("nf", "ke"))
mo("application_received", "tt", "Application completed ({role})",
   "Dear {n},\n\nThank you for apply {role} of {co}. Application is received well. Document screening result we send by email in 2 weeks, pass case and fail case both.\n\nBest regards,\n{sig}",
   ("Haeundae Ship Parts", "Gimpo Cosmetics Lab"), ("haeundaeparts", "gimpocoslab"), role=("Export Sales Staff", "Formulation Assistant"), tz="kr")
mo("application_received", "pp", "Next: your online assessment",
   "Dear {n},\n\n{role}: each applicant takes a brief online test first. Below the shortlisting mark, your process ends there; above it, interviews follow.\n\n{co} Recruitment",
   ("Brisbane Tidal Energy", "Ilha Bela Hotels"), ("tidalenergy", "ilhabelahotels"), role=("Electrical Technician", "Reservations Agent"), tz=("au", "br"))
mo("application_received", "jz", "Application received - {role}",
   "Hi {n},\n\n{role}: CV received at my end. Client pausing the hire, or filling from inside? You'd hear from me that same afternoon.\n\n{sig}\n{co}",
   ("Jayanagar Talent Bridge", "Demerara Staffing Partners"), ("talentbridge", "demerarastaffing"), role=("Area Sales Manager", "HR Generalist"), tz=("in", "gy"))
mo("application_received", "ab", "Application confirmation",
   "Hi {n},\n\n{role} application: in. Ten days, tops, and a reply lands from us whether we move ahead or stop here. Nothing further needed from your end.\n\n{sig}, {co}",
   ("Gridlark Energy Software", "Pohutu Geodata"), ("gridlark", "pohutugeodata"), role=("Platform Engineer", "Remote Sensing Analyst"), tz=("usp", "nz"))
mo("application_received", "match", "Steward applications",
   "Hi {n},\n\nYou're down for {role} shifts. Last season's regulars pick from the rota first; if nothing's left over, an email reaches you pre-season.\n\n{sig}\n{co}",
   ("Tyneside Rugby Ground", "Bourda Cricket Club"), ("tynesiderugby", "bourdacricket"), role=("match-day steward", "scoreboard crew"), tz=("uk", "gy"))
mo("application_received", "canning", "Application for {role}",
   "Hi {n},\n\nForm's landed. We ring just the handful we'll meet; phone silent past month-end, the keg job's been handed on.\n\n{sig}\n{co}",
   ("Ouseburn Canning Co.", "Kiambu Cider Press"), ("ouseburncanning", "kiambucider"), role="Keg Washer", tz=("uk", "ke"))
mo("application_received", "hospice", "Thank you for applying",
   "Dear {n},\n\nYour {role} form reached us safely. So many arrive that we write only to those shortlisted; three weeks' quiet from us means no shortlist place this round.\n\n{sig}",
   ("St Aidan's Hospice", "Malleswaram Care Trust"), ("staidanshospice", "malleswaramcare"), role=("Retail Volunteer Coordinator", "Care Assistant"), tz=("uk", "in"))
mo("application_received", "ramp", "Ramp agent application",
   "Hello {n},\n\nYour application for {role} is received. Once airside pass vetting wraps, each applicant, chosen or passed over, gets word from the station.\n\n{sig}",
   ("Ogle Airstrip Handling", "Gander Ramp Services"), ("ogleramp", "ganderramp"), role="Baggage Handler", tz=("gy", "nf"))
mo("application_received", "garden", "Thanks for applying to {co}",
   "Hi {n},\n\n{role} - your form is safely in. Personal replies go only to interviewees.\n\n{sig}" + FOOT,
   ("Bramblegate Garden Centres", "Fernbrake Garden Centres"), ("bramblegate", "fernbrake"), role=("Aquatics Assistant", "Tills Assistant"), tz=("uk", "au"))
mo("application_received", "bridal", "Application received",
   "Hi {n},\n\nYour {role} form arrived, pinned to the corkboard already. Whatever we decide, my phone call comes to you after the trunk show.\n\n{sig}\n{co}",
   ("Veilwood Bridal", "Satinmere Bridalwear"), ("veilwoodbridal", "satinmere"), role="Seamstress", tz=("uk", "ie"))
mo("application_received", "climb", "Your application to {co}",
   "Hey {n},\n\nStoked you applied for {role}. A no would still earn you an email; dangling folks isn't how we roll.\n\n{sig}",
   ("Cragloft Climbing", "Boulderbarn"), ("cragloft", "boulderbarn"), role="Front Desk Coach", tz=("usp", "nz"))
mo("application_received", "nairobi", "Application - {role}",
   "Dear {n},\n\nYour {role} application has reached our office. It is only the shortlisted who receive communication. One month of silence, kindly take it that your application was unsuccessful.\n\n{sig}\n{co}",
   ("Kondele Motorbike Spares", "Old Town Mombasa Tailors"), ("kondelespares", "oldtowntailors"), role=("Cashier", "Machinist"), tz="ke")
mo("application_received", "blr", "Application received - reg.",
   "Dear {n},\n\nYour {role} application is reached to us. Shortlisted ones get a call for demo class. Not shortlisted means resume remains in our records for upcoming openings.\n\nRegards,\n{sig}",
   ("Basavanagudi Toppers Academy", "Whitefield Search Partners"), ("toppersacademy", "whitefieldsearch"), role=("Chemistry Faculty", "SAP FICO Consultant"), tz="in")
mo("application_received", "ps", "Application acknowledged",
   "Dear {n},\n\nYour application for {role} has been received. Applicants short of minimum requirements are declared ineligible; those found eligible sit a written paper later.\n\n{co}",
   ("County Public Service Board, Nakuru", "Public Service Commission, Georgetown"), ("nakurupsb", "gy-psc"), role=("Records Officer", "Tax Examiner"), tz=("ke", "gy"))
mo("application_received", "nfld", "Thanks for applyin",
   "Hi {n},\n\nYour {role} application come in, my love. Yay or nay, I'll ring ya after me and the missus chat it through, so keep the phone close.\n\n{sig}\n{co}",
   ("Twillingate Snow & Sand", "Narrows Recruiting"), ("twillingatesnow", "narrowsrecruit"), role=("Loader Operator", "Fish Plant Supervisor"), tz="nf")
mo("application_received", "geordie", "Got yer CV",
   "Alreet {n},\n\nCheers for yer CV for the {role} job. If ye divvent hear owt from us in a fortnight, it'll not have come off this time, like.\n\n{sig}\n{co}",
   ("Shieldfield Locks & Keys", "Roker Road Driving School"), ("shieldfieldlocks", "rokerdriving"), role=("Key Cutter", "Office Junior"), tz="uk")
mo("application_received", "intern", "Application received: {role}",
   "Dear {n},\n\nOnline tests for the {role} open next week. Any stage you fall at, an email says so; clear them all and the assessment centre beckons.\n\nEarly Careers",
   ("Northumbria Rail Systems", "Rand Water Utilities"), ("northumbriarail", "randwaterutil"), role=("Signalling Graduate Programme", "Water Quality Graduate Scheme"), tz=("uk", "za"))

# ---- 35 interviews / next steps / offers under the refusals' own senders and threads
mo("interview", "wd", "Interview invitation: {role}",
   "Hello {n},\n\nInterview slot for {role}: {dl}, half ten. Unfortunately our lift is being repaired that week; three flights of stairs await.\n\nTalent Acquisition, {co}",
   ("Tynemouth Glazing Group", "Kisumu Parcel Runners"), ("tynemouthglazing", "kisumuparcel"), role=("Estimator", "Dispatch Coordinator"), tz=("uk", "ke"))
mo("interview", "gh", "Next round with {co}",
   "Hi {n},\n\nYour take-home went down well; final round pencilled for {dl}. Sadly our booking tool insists on UTC; please translate that to local time.\n\n{sig}",
   ("Koramangala Ledgerworks", "Essequibo Freight Lines"), ("ledgerworks", "essequibofreight"), role=("Backend Engineer", "Shipping Analyst"), tz=("in", "gy"))
mo("interview", "thread", "RE: [EXT] Re: {role}",
   "Hi {n},\n\nThanks for your note. The directors want a chat, {dl}, two o'clock. I'm afraid site parking is hopeless; the 22 bus stops outside.\n\n{sig}\n\n{OUT}",
   ("Ouseburn Canning Co.", "Kiambu Cider Press"), ("ouseburncanning", "kiambucider"), role="Canning Line Operator", tz=("uk", "ke"))
mo("interview", "kr", "Interview schedule notice",
   "Dear {n},\n\nCongratulations, document screening passed for {role}. Interview day {dl}, 2pm, head office. Unfortunately there is no car parking, so subway is recommend.\n\n{sig}\n{co}",
   ("Haeundae Ship Parts", "Gimpo Cosmetics Lab"), ("haeundaeparts", "gimpocoslab"), role=("Purchasing Staff", "QC Assistant"), tz="kr")
mo("interview", "bridal", "Come and meet us",
   "Hi {n},\n\nPop in {dl} for a natter plus a quick pinning exercise? Bad news: the espresso machine is kaput, flasks welcome.\n\n{sig}\n{co}",
   ("Veilwood Bridal", "Satinmere Bridalwear"), ("veilwoodbridal", "satinmere"), role="Bridal Consultant", tz=("uk", "ie"))
mo("interview", "ps", "Invitation to oral interview",
   "Dear {n},\n\nOral interview, {role}: {dl}, nine o'clock sharp. Regrettably, fares to the interview are not refunded. Originals of all certificates required.\n\n{co}",
   ("County Public Service Board, Nakuru", "Public Service Commission, Georgetown"), ("nakurupsb", "gy-psc"), role=("Ward Administrator", "Customs Officer"), tz=("ke", "gy"))
mo("interview", "climb", "Interview at {co}",
   "Hey {n},\n\nSwing by {dl} to talk and set a problem or two? Sorry, changing rooms are mid-retile; arrive in climbing gear.\n\n{sig}",
   ("Cragloft Climbing", "Boulderbarn"), ("cragloft", "boulderbarn"), role="Route Setter", tz=("usp", "nz"))
mo("interview", "blr", "Demo class - {role}",
   "Dear {n},\n\nDemo class for {role} is fixed {dl}, 11 AM. Unfortunately hall 2 projector is not working, kindly prepare whiteboard teaching only.\n\nRegards,\n{sig}\n{co}",
   ("Basavanagudi Toppers Academy", "Hebbal Springs Packaging"), ("toppersacademy", "hebbalsprings"), role=("Physics Faculty", "Planning Executive"), tz="in")
mo("next_steps", "ic", "Documents needed - {role}",
   "Dear {n},\n\nTo move your application for {role} forward, we need your {x} scanned, plus two references, uploaded before {dl}. Unfortunately anything over 4 MB bounces off the portal.\n\nRecruitment, {co}",
   ("Placentia Bay Marine Services", "Westbank Tipper Haulage"), ("placentiamarine", "westbanktipper"), role=("Deckhand", "Tipper Driver"), x=("marine radio operator certificate", "Category C+E licence"), tz=("nf", "uk"))
mo("next_steps", "pp", "Your online assessment",
   "Dear {n},\n\nNumerical assessment for {role} closes {dl}. Sadly it won't save part-way, so set aside 40 minutes in one go.\n\n{co} Recruitment",
   ("Brisbane Tidal Energy", "Ilha Bela Hotels"), ("tidalenergy", "ilhabelahotels"), role=("Graduate Technician", "Guest Relations Agent"), tz=("au", "br"))
mo("next_steps", "ps", "Written examination - admission",
   "Dear {n},\n\nAdmission granted: written paper for {role}, {dl}. Regrettably, programmable calculators are banned. Photo ID required at the door.\n\n{co}",
   ("Examinations Unit, Public Service Department", "Provincial Recruitment Office"), ("psd-exams", "provrecruit"), role=("Revenue Assistant", "Court Clerk"), tz=("za", "au"))
mo("next_steps", "intern", "Assessment centre details",
   "Dear {n},\n\nAssessment centre next for the {role}! Confirm you're coming before {dl}. Unfortunately no overnight stays can be provided.\n\nEarly Careers, {co}",
   ("Northumbria Rail Systems", "Rand Water Utilities"), ("northumbriarail", "randwaterutil"), role=("Track Engineering Graduate Programme", "Process Engineering Graduate Scheme"), tz=("uk", "za"))
mo("next_steps", "rec", "Next steps",
   "Hi {n},\n\nGood news: referencing is next, the client says. Send me two referee contacts by {dl}. Sorry, they won't take family members as referees.\n\n{sig}\n{co}",
   ("Tyne Bridge Recruitment", "Westlands Executive Search"), ("tynebridgerec", "westlandsexec"), tz=("uk", "ke"))
mo("next_steps", "kr", "Submission of documents",
   "Dear {n},\n\nKindly send graduation certificate and health check result before {dl}. Unfortunately clinic near office has no Saturday booking left, please plan early.\n\n{sig}\n{co}",
   ("Busan Harbor Forwarding", "Seongsu Creative Talent"), ("busanforwarding", "seongsutalent"), tz="kr")
mo("offer", "thread", "RE: [EXT] Re: {role} interview",
   "Dear {n},\n\nTrustees were thrilled: the {role} post is yours, start date {dl}. Sadly tarmac crews occupy our staff car park all that week; park roadside.\n\n{sig}\n\n{ORIG}",
   ("St Aidan's Hospice", "Malleswaram Care Trust"), ("staidanshospice", "malleswaramcare"), role="Fundraising Officer", tz=("uk", "in"))
mo("offer", "gy", "Offer of employment",
   "Good day {n},\n\nGlad to say the {role} position is yours. Contract enclosed; signed copy to us ahead of {dl}. Unfortunately uniforms reach us only late next month.\n\n{sig}\n{co}",
   ("Regent Street Gold & Jewel", "Corentyne Sugar Estates"), ("regentgoldjewel", "corentynesugar"), role=("Sales Clerk", "Estate Clerk"), tz="gy")
mo("offer", "br", "Job offer - {role}",
   "Dear {n},\n\nThe {role} vacancy is yours, with start on {dl}. Unfortunately your notebook will be delivered only in the second week; the team will share one meanwhile.\n\nAtt.,\n{sig}\n{co}",
   "Vila Madalena Language Services", "vilamadalenalang", role="Project Translator", tz="br")

# ---- 15 other: neutral statuses, withdrawals, alerts, outreach, non-job refusals
mo("other_job", "at-withdrawn", "Status change: {role}",
   "Hi {n},\n\nYour application status for {role} is now: Withdrawn by candidate. If that wasn't you, reply and we'll restore it.\n\n{co} Careers",
   ("Quaysmith Careers", "Quaysmith Careers"), ("quaysmith", "quaysmith"), role=("Store Manager", "Visual Merchandiser"), tz=("uk", "ie"))
mo("other_job", "at-hold", "Application update",
   "<html><body><p>{n}, an update on {role}:</p><p><b>Status:</b> Paused (headcount review)</p><p>Kestrelpoint Jobs</p></body></html>",
   ("Kestrelpoint", "Kestrelpoint"), ("kestrelpoint", "kestrelpoint"), role=("Data Analyst", "Account Executive"), tz=("use", "za"))
mo("other_job", "moved", "Interview moved",
   "Hi {n},\n\nArrival Day closes our office on your interview date; new date {dl}, unchanged hour. Sorry for any juggling.\n\n{sig}\n{co}",
   "Demerara Staffing Partners", "demerarastaffing", tz="gy")
mo("job_alert", "alert", "New roles at {co}",
   "Hi {n},\n\nFresh on the board: houseplant merchandiser, Sunday scone baker, van driver (7.5t). Details sit on the careers page." + FOOT,
   ("Bramblegate Garden Centres", "Bramblegate Garden Centres", "Bramblegate Garden Centres"), ("bramblegate", "bramblegate", "bramblegate"), tz="uk")
mo("recruiter_outreach", "pitch1", "Operations role in Eldoret",
   "Hi {n},\n\nAn Eldoret dairy processor wants an ops manager under its MD. Your CV reads close to the brief. Quick call, Thursday?\n\n{sig}\n{co}",
   "Westlands Executive Search", "westlandsexec", tz="ke")
mo("recruiter_outreach", "pitch2", "Opportunity - Lead Data Scientist",
   "Hi {n},\n\nCame across your profile. A Bellandur-based healthtech is hiring a lead data scientist, hybrid, strong ESOPs. Would you like the JD?\n\n{sig}\n{co}",
   "Indiranagar Tech Hiring", "indiranagarhiring", tz="in")
mo("non_job_rejection_words", "loan", "Your loan application",
   "Dear {n},\n\nDecision on the {x} loan: declined. Existing repayments sit too high beside your earnings. Half a year from now, try again.\n\n{co}",
   ("Tynemouth Building Society", "Harambee Sacco"), ("tynemouthbs", "harambeesacco"), x=("home improvement", "motorbike"), tz=("uk", "ke"))
mo("non_job_rejection_words", "allot", "Allotment plot application",
   "Dear {n},\n\nEvery plot is let for now, so your allotment request joins the waiting list at number {ref}. Unfortunately there's no quicker route.\n\n{co}",
   ("Heaton Allotment Society", "Jesmond Dene Allotments"), ("heatonallot", "jesmondallot"), tz="uk")
mo("non_job_rejection_words", "grant", "Community grant decision",
   "Dear {n},\n\nThe panel considered your bid for the neighbourhood mural project. It was not funded; bids this round far outran the pot.\n\n{co}",
   "Avalon Community Fund", "avaloncommunity", tz="nf")
mo("offer", "canning", "Offer: {role}",
   "Hi {n},\n\nJob's yours: {role}, earlies from {dl}. Bad news: canteen's gutted for a refit till spring, so bring a packed lunch.\n\n{sig}\n{co}",
   ("Ouseburn Canning Co.", "Blyth Offshore Services"), ("ouseburncanning", "blythoffshore"), role=("Keg Washer", "Wind Turbine Technician"), tz="uk")

# ================================================================ wide part
# ---- 25 English refusals from trades and channels no earlier slice lists, with their twins
CHANNEL = "Quorrindel"


def via(ch: str) -> str:
    return "{sig}, {co} (via " + CHANNEL + ch + ") <{sl}@{dom}>"


def pair(fam: str, ch: str, trade: str, co: str, dom: str, tz: str, rej: tuple[str, str], twin: tuple[str, str, str] | None = None) -> None:  # noqa: PLR0917
    relay = f"\n\n// relayed by {CHANNEL}{ch} | {trade} vacancies //"
    full_dom = f"{dom}.{CHANNEL.lower()}{ch.lower()}"
    wr(fam, rej[0], rej[1] + relay, co, full_dom, frm=via(ch), tz=tz)
    if twin:
        kind, subject, body = twin
        wo(kind, fam + "-" + KIND_CODE[kind], subject, body + relay, co, full_dom, frm=via(ch), tz=tz)


ACK, INV, NXT, OFF = "application_received", "interview", "next_steps", "offer"
pair("pipestem", "Alder", "pipestemcarving", "Briarcombe Pipes", "briarcombe", "uk",
     ("Pipe workshop vacancy", "Hi {n},\n\nCheers. Pipestemcarving post: another maker, more vulcanite hours, got it."),
     (ACK, "Pipe workshop: application in", "Hi {n},\n\nApplication safely on my desk. Yea or nay, a reply's yours before next week ends."))
pair("hatblock", "Rowan", "hatblockshaping", "Crownstead Millinery Blocks", "crownstead", "ie",
     ("Hat block maker", "Dear {n},\n\nThe hatblockshaping role's going to an applicant with years on the lathe already."),
     (INV, "Hat block maker - meet us", "Dear {n},\n\nWorkshop visit, {dl}, eleven o'clock, if that suits? Sadly the front-room heating is dead; wrap up."))
pair("clog", "Hazel", "cloggirdling", "Pennyfold Clogs", "pennyfold", "uk",
     ("Clog workshop", "Hi {n},\n\nSorry, the cloggirdling job has gone to a returning maker this season."),
     (NXT, "Clog workshop: a sample please", "Hi {n},\n\nPhotos of one finished clog iron, please, before {dl}. Unfortunately posted work goes unopened here."))
pair("thatchpeg", "Larch", "thatchpegsplitting", "Reedholm Thatchers", "reedholm", "uk",
     ("Spar splitter job", "Hi {n},\n\nThatchpegsplitting job's taken, so your application stops here."),
     (OFF, "Spar splitter: offer", "Hi {n},\n\nStart splitting spars with us {dl}? Bad news: the barn roof drips, a decent coat helps."))
pair("slatestylus", "Aspen", "slatestylusgrinding", "Penmorfa Slate Goods", "penmorfa", "uk",
     ("Workshop assistant", "Dear {n},\n\nSlatestylusgrinding post: filled, by a Bethesda quarryman's daughter."),
     (ACK, "Application received", "Dear {n},\n\nApplication in hand. If it stalls, expect a letter regardless."))
pair("barometer", "Willow", "barometertubing", "Glasshill Instruments", "glasshillinst", "use",
     ("Instrument bench opening", "Hi {n},\n\nThe barometertubing opening went to a glassblower from Corning. Thanks for reaching out."),
     (INV, "Instrument bench interview", "Hi {n},\n\nDoes {dl}, 1 PM, work? Unfortunately our elevator's under repair; stairs only."))
pair("baskethandle", "Cedar", "baskethandlewrapping", "Wythbend Basketry", "wythbend", "usc",
     ("Basketry job", "Hi {n},\n\nBaskethandlewrapping job's taken; a student from our evening class got it."),
     (NXT, "Basketry job: trial piece", "Hi {n},\n\nWrap one trial handle and drop it by {dl}. Sorry, materials are on you."))
pair("broomhandle", "Juniper", "broomhandledowelling", "Besomfield Brushworks", "besomfield", "za",
     ("Turning shop vacancy", "Hi {n},\n\nUnfortunately your broomhandledowelling application stops at this point."),
     (ACK, "Turning shop vacancy - received", "Hi {n},\n\nApplication received. Successful or not, every applicant is emailed inside a fortnight."))
pair("sextant", "Hawthorn", "sextantgraduating", "Arcwright Instruments", "arcwright", "nz",
     ("Instrument maker role", "Kia ora {n},\n\nAnother applicant is taking the sextantgraduating role; yours ends here."),
     (OFF, "Instrument maker role: offer", "Kia ora {n},\n\nThe role's yours from {dl}. Unfortunately the dividing engine is down a fortnight, so repairs first."))
pair("spoke", "Elder", "wheelspokeshaving", "Hubwright Wheelwrights", "hubwright", "au",
     ("Wheelwright's shop", "G'day {n},\n\nA bloke from Bendigo's got the wheelspokeshaving job, so no start for you."),
     (INV, "Wheelwright's shop - come in", "G'day {n},\n\nPop in {dl} around ten for a yarn. Sorry, the front's all loading zone."))
pair("cruet", "Linden", "cruetsilvering", "Sterlingwick Tableware", "sterlingwick", "uk",
     ("Silvering bench", "Dear {n},\n\nRegrettably the cruetsilvering bench goes to another applicant."),
     (NXT, "Silvering bench - references", "Dear {n},\n\nTwo referees' names, please, before {dl}. Regrettably cousins, aunts and such are excluded."))
pair("kazoo", "Poplar", "kazooassembling", "Humbuzz Toys", "humbuzz", "usm",
     ("Assembly line position", "Hey {n},\n\nKazooassembling line is full now, another hire beat you to it."),
     (OFF, "Assembly line position - offer", "Hey {n},\n\nYou're hired! First shift {dl}, 8 AM. Sadly the break room fridge is broken, so pack something that keeps."))
pair("mbira", "Sorrel", "mbirakeyforging", "Chipo Thumb Pianos", "chipothumb", "za",
     ("Key forging post", "Hi {n},\n\nWe're afraid mbirakeyforging is taken, by a smith from Mutare."),
     (ACK, "Key forging post - thanks", "Hi {n},\n\nApplication arrived. Month end, you'll have our answer, good or bad."))
pair("sitarbridge", "Tamarind", "sitarbridgecarving", "Miraj Strings Workshop", "mirajstrings", "in",
     ("Regarding bridge carver vacancy", "Dear {n},\n\nSitarbridgecarving vacancy is now closed, filled by another artisan. Your profile cannot be considered."),
     (INV, "Bridge carver - interview", "Dear {n},\n\nInterview fixed {dl}, 10 AM. Unfortunately our second-floor workshop has no lift facility."))
pair("tabla", "Neem", "tablaheadlacing", "Dadar Percussion House", "dadarpercussion", "in",
     ("Lacing artisan - status", "Dear {n},\n\nYour tablaheadlacing application is not shortlisted. We wish you success ahead."),
     (NXT, "Lacing artisan - sample", "Dear {n},\n\nKindly share lacing video before {dl}. Sorry, mailbox bounces above 20 MB."))
pair("harmonium", "Banyan", "harmoniumreedfiling", "Sur Sangam Harmoniums", "sursangam", "in",
     ("Reed filer position", "Dear {n},\n\nWe have selected another artisan for harmoniumreedfiling. Thank you for your time."),
     (OFF, "Reed filer - offer letter", "Dear {n},\n\nHappy news: the post is yours, joining {dl}. Unfortunately canteen is under renovation, tiffin from home please."))
pair("kitestring", "Acacia", "kitestringwaxing", "Skylatch Kites", "skylatch", "ke",
     ("Kite workshop job", "Dear {n},\n\nAnother candidate has taken the kitestringwaxing job."),
     (ACK, "Kite workshop job - received", "Dear {n},\n\nYour application has reached us. Selected or otherwise, an SMS will come your way."))
pair("paddleboard", "Mangrove", "paddleboardglassing", "Saltbreak Boards", "saltbreak", "au",
     ("Glassing bay job", "Hi {n},\n\nA shaper with a decade of glassing got the paddleboardglassing job, so not this time."),
     (INV, "Glassing bay - chat?", "Hi {n},\n\nCome by {dl} at 3? Unfortunately the resin room's locked that day; you'll peek from the doorway."))
pair("surfwax", "Kauri", "surfwaxblending", "Reefcomb Wax Co.", "reefcomb", "nz",
     ("Wax blending job", "Kia ora {n},\n\nSurfwaxblending job's gone to another applicant."),
     (NXT, "Wax blending job - quick test", "Kia ora {n},\n\nSend a scent note for a warm-water blend before {dl}. Sorry, the test is unpaid."))
pair("oarblade", "Totara", "oarbladepainting", "Stroke Seat Oars", "strokeseat", "uk",
     ("Oar painting vacancy", "Hi {n},\n\nUnfortunately the oarbladepainting role isn't yours this time."),
     (ACK, "Oar painting vacancy - received", "Hi {n},\n\nApplication logged. If this one's a miss, a brief note will still follow."))
pair("tiller", "Spruce", "tillerlaminating", "Sheetbend Point Boatshop", "sheetbendpoint", "nf",
     ("Tiller shop job", "Hi {n},\n\nWe won't be hiring you for the tillerlaminating job, b'y; a fella from Carbonear got it."),
     (OFF, "Tiller shop job - offer", "Hi {n},\n\nJob's yours, b'y, from {dl}. Sadly the shop van's broke down, so find a lift in."))
pair("finial", "Walnut", "finialturning", "Newelcrest Turnery", "newelcrest", "gy",
     ("Turner vacancy", "Good day {n},\n\nAnother turner has been picked for the finialturning work."),
     (INV, "Turner vacancy - interview", "Good day {n},\n\nYard meeting {dl}, nine in the morning. Unfortunately current goes off often here, so maybe we talk under the mango tree."))
pair("newel", "Mahogany", "newelpostcarving", "Staircraft Joinery", "staircraft", "ie",
     ("Carving post", "Hi {n},\n\nThe newelpostcarving post has gone to a carver we already know."),
     (ACK, "Carving post - got it", "Hi {n},\n\nApplication received. Either way, our answer reaches you after the holidays."))
pair("letterbox", "Sycamore", "letterboxplating", "Doorbright Fittings", "doorbright", "uk",
     ("Plating shop", "Dear {n},\n\nRegrettably, letterboxplating goes to another applicant."),
     (NXT, "Plating shop - safety form", "Dear {n},\n\nCOSHH form back to us before {dl}, please. Unfortunately nobody starts plating without one."))
pair("padlock", "Beech", "padlockshackling", "Ironward Locks", "ironwardlocks", "usc",
     ("Shackling line", "Hi {n},\n\nPadlockshackling line: another applicant got the nod."))

# ---- a job alert and a non-job refusal
wo("job_alert", "alert", "This week on QuorrindelAlder", "Hi {n},\n\nNew this week: pipestem carver (Devon), bench assistant (Cork), clog iron fitter (Lancashire). Log in to see details.\n\n// relayed by QuorrindelAlder //", "QuorrindelAlder", "boards.quorrindelalder", frm="QuorrindelAlder <boards@{dom}>", tz="uk")
wo("non_job_rejection_words", "nonjob", "Craft fair stall application", "Dear {n},\n\nWinter craft fair stalls: all pitches allocated, and your request missed the draw. Regrettably we can't squeeze more in.\n\n{co}", "Harbourside Craft Fair", "harbourcraftfair", tz="uk")

# ---- 25 refusals in other languages: 15 widely spoken, 10 from the brief's pool (nor 2, msa 2, dan, isl, slk, slv, est, tgl); 24 twins
def lp(fam: str, lang: str, co: str, dom: str, tz: str, rej: tuple[str, str], twin: tuple[str, str, str] | None = None) -> None:  # noqa: PLR0917
    wr("l-" + fam, rej[0], rej[1], co, dom, tz=tz, lang=lang)
    if twin:
        kind, subject, body = twin
        wo(kind, "l-" + fam + "-" + KIND_CODE[kind], subject, body, co, dom, tz=tz, lang=lang)


lp("ar", "ar", "مشغل الخناجر الفضية في نزوى", "nizwasilver", "om",
   ("بخصوص طلب التوظيف", "مرحباً {n}،\n\nشكراً لتقديمك على وظيفة نقّاش الفضة في مشغلنا. ذهبت الوظيفة إلى صائغ من بهلا، وبهذا نغلق ملف طلبك.\n\nتحياتنا،\n{sig}\n{co}"),
   (ACK, "استلام طلبك", "مرحباً {n}،\n\nطلبك لوظيفة نقّاش الفضة بين أيدينا الآن. سواء جاءت النتيجة بالإيجاب أو بالرفض، ستصلك منا رسالة قبل مرور أسبوعين.\n\n{sig}\n{co}"))
lp("de", "de", "Zitherbau Ennstal", "zitherbau-ennstal", "at",
   ("Ihre Bewerbung als Instrumentenbauer", "Grüß Gott {full},\n\nherzlichen Dank für die Zeilen an die Zitherwerkstatt. Eine Zitherbauerin aus Bad Ischl übernimmt den Platz, womit Ihre Bewerbung bei uns endet.\n\nBeste Grüße aus dem Ennstal\n{sig}"),
   (INV, "Einladung in die Werkstatt", "Grüß Gott {full},\n\npasst Ihnen der {dl}, so gegen zehn, für einen Rundgang samt Gespräch bei den Hobelbänken? Leider gibt es beim Haus keinen einzigen Parkplatz.\n\nBeste Grüße\n{sig}"))
lp("es", "es", "Taller de Alebrijes San Martín", "alebrijessanmartin", "mx",
   ("Sobre tu solicitud", "Hola, {n}:\n\nGracias por mandarnos tus fotos. La plaza de pintor de alebrijes se la dimos a un artesano de Arrazola; con eso cerramos tu solicitud.\n\nUn abrazo,\n{sig}"),
   (NXT, "Pieza de prueba", "Hola, {n}:\n\n¿Nos pintas un coyote chiquito de copal para el {dl}? Por desgracia no reembolsamos pinturas ni madera.\n\nUn abrazo,\n{sig}"))
lp("fr", "fr", "Atelier de tapisserie de l'Escaut", "tapisserie-escaut", "be",
   ("Votre candidature", "Bonjour {n},\n\nMerci pour votre intérêt envers notre atelier tournaisien. Une lissière de Aubusson prend la place ; nous clôturons ainsi votre dossier.\n\nBien à vous,\n{sig}\n{co}"),
   (OFF, "Proposition d'embauche", "Bonjour {n},\n\nRavis de vous accueillir comme lissier : premier jour prévu le {dl}. Malheureusement, les casiers du personnel n'arriveront qu'au printemps.\n\nBien à vous,\n{sig}"))
lp("hi", "hi", "लखनऊ चिकनकारी केंद्र", "lucknowchikan", "in",
   ("आवेदन के बारे में", "{n} जी को नमस्कार।\n\nलखनऊ केंद्र को चिट्ठी भेजने हेतु आभार। चौक मोहल्ले की उस्ताद दस्तकार रेहाना बेगम ने यह ओहदा सँभाला है; फ़िलहाल आपके नाम को मंज़ूरी देना मुमकिन नहीं रहा।\n\nसप्रेम,\n{sig}"),
   (ACK, "अर्ज़ी मिल गई", "{n} जी को नमस्कार।\n\nकढ़ाई वाले ओहदे का फ़ॉर्म लखनऊ दफ़्तर में जमा हो गया। हाँ-ना जो भी हो, चौदह रोज़ के अंदर हमारा एसएमएस पहुँचेगा।\n\n{sig}\n{co}"))
lp("it", "it", "Bottega delle Maschere Rialto", "mascherealto", "it",
   ("La sua candidatura", "Gentile {full},\n\ngrazie della lettera. Il banco di decoratore va a un artigiano di Burano, e con ciò chiudiamo la sua domanda.\n\nUn saluto,\n{sig}"),
   (INV, "Invito a un colloquio", "Gentile {full},\n\nche ne dice di un incontro fra cartapesta e pennelli il {dl}, ore 15? Purtroppo la fermata del vaporetto più vicina è chiusa per lavori.\n\nUn saluto,\n{sig}"))
lp("ja", "ja", "江戸切子 硝子工房みなと", "kirikominato", "jp",
   ("選考結果のお知らせ", "{n}様\n\nこの度は当工房の職人募集にご応募いただき、誠にありがとうございました。慎重に検討いたしました結果、誠に残念ながら今回は採用を見送らせていただくことになりました。\n\n{co}\n{sig}"),
   (NXT, "作品写真のご提出について", "{n}様\n\n次の選考に進んでいただくため、{dl}までにカットグラス作品の写真をお送りください。恐れ入りますが、郵送での受付はしておりません。\n\n{sig}"))
lp("ko", "ko", "통영 나전칠기 공방", "tongyeongnajeon", "kr",
   ("지원 결과 안내", "{n}님께\n\n나전칠기 견습생 자리에 관심을 가져 주신 점 고맙게 생각합니다. 여러 지원서를 살펴본 끝에 다른 분과 함께 일하기로 정했습니다. 앞으로의 길에 좋은 일이 있기를 바랍니다.\n\n{sig} 올림"),
   (INV, "면접 안내", "{n}님께\n\n{dl} 오후 2시에 공방에서 뵙고 싶습니다. 죄송하지만 공방 근처에는 차를 세울 곳이 없어 버스로 오시는 편이 좋겠습니다.\n\n{sig} 올림"))
lp("pt", "pt", "Ateliê Renda de Bilro Aquiraz", "rendaaquiraz", "br",
   ("Sobre sua candidatura", "Olá, {n}!\n\nAgradecemos a candidatura à vaga de rendeira. Escolhemos uma rendeira daqui mesmo de Aquiraz, então sua candidatura para por aqui.\n\nUm abraço,\n{sig}"),
   (OFF, "Proposta de trabalho", "Olá, {n}!\n\nQueremos te oferecer a vaga de rendeira, com início em {dl}. Infelizmente o ar-condicionado do ateliê está quebrado.\n\nUm abraço,\n{sig}"))
lp("ru", "ru", "Мастерская хохломской росписи «Жар-цвет»", "zharcvet", "ru",
   ("Ответ на ваш отклик", "Добрый день, {n}!\n\nРады, что вы написали нам про роспись. Место у нас занял мастер из Семёнова, так что ваша анкета дальше не пойдёт.\n\nВсего доброго,\n{sig}"),
   (NXT, "Тестовое задание", "Здравствуйте, {n}!\n\nПросим выполнить роспись небольшой ложки и прислать фото до {dl}. К сожалению, материалы мы не оплачиваем.\n\nВсего доброго,\n{sig}"))
lp("sw", "sw", "Karakana ya Viondo Machakos", "viondomachakos", "ke",
   ("Kuhusu ombi lako", "Habari {n},\n\nAsante kwa kuomba kazi ya kusuka viondo. Nafasi imeshachukuliwa na mfumaji wa Kitui, na ombi lako halitaendelea.\n\nWasalaam,\n{sig}"),
   (ACK, "Tumepokea ombi lako", "Habari {n},\n\nBarua yako imefika Machakos. Jibu, liwe ndiyo au hapana, litakujia kwa SMS kabla ya Ijumaa ya pili.\n\nKila la heri,\n{sig}"))
lp("th", "th", "โรงเครื่องเงินวัวลาย", "wualaisilver", "th",
   ("ผลการสมัครงาน", "ถึง คุณ{n}\n\nขอบคุณที่สนใจงานช่างเงินของเรา ทางโรงงานตัดสินใจรับช่างอีกท่านหนึ่งเข้าทำงานในตำแหน่งนี้แล้ว ขอให้โชคดีกับงานต่อไป\n\n{sig}"),
   (INV, "เชิญสัมภาษณ์", "ถึง คุณ{n}\n\nอยากนัดพบที่โรงงานในวันที่ {dl} ช่วงสิบโมงเช้า ต้องขออภัยด้วย ในซอยไม่มีที่จอดรถเลย\n\n{sig}"))
lp("tr", "tr", "İznik Çini Atölyesi Mavi Lale", "mavilalecini", "tr",
   ("Başvurunuz hakkında", "Merhaba {n},\n\nÇini nakkaşlığı için bize yazmanıza sevindik. Bu kez ekibimize Kütahyalı bir usta katılacak; başvurunuzu burada kapatıyoruz.\n\nSevgiyle,\n{sig}"),
   (OFF, "İş teklifi", "Merhaba {n},\n\nÇini nakkaşı pozisyonunu size teklif etmekten memnuniyet duyarız; başlangıç tarihi {dl}. Ne yazık ki ilk hafta fırın bakımda, o yüzden sadece desen çizeceğiz.\n\nSevgiyle,\n{sig}"))
lp("ur", "ur", "ملتان نیلی کاشی گھر", "multankashi", "pk",
   ("آپ کی درخواست", "السلام علیکم {n}،\n\nکاشی کاری کے لیے خط بھیجنے کا شکریہ۔ حسین آگاہی کے ایک استاد کاریگر اب یہ جگہ سنبھال چکے ہیں، اس واسطے آپ کی فائل بند کی جاتی ہے۔\n\nخیر اندیش،\n{sig}"),
   (NXT, "نمونہ بھیجیں", "السلام علیکم {n}،\n\n{dl} تک نیلی ٹائلوں کی تین تصویریں بھجوائیں۔ معذرت، پارسل والے نمونے واپس نہیں ہوتے اور کھولے بھی نہیں جاتے۔\n\nخیر اندیش،\n{sig}"))
lp("zh", "zh", "景德镇青花瓷工作室", "qinghuaci", "cn",
   ("关于您的应聘", "{full}您好：\n\n感谢您应聘我们工作室的画坯师傅一职。经过慎重考虑，我们决定录用其他应聘者，这次无法与您合作。\n\n祝好！\n{sig}"),
   (OFF, "录用通知", "{full}您好：\n\n很高兴通知您，我们决定录用您为画坯师傅，入职日期为{dl}。遗憾的是，员工宿舍目前已满。\n\n祝好！\n{sig}"))
lp("nor1", "nor", "Rosemalingverkstaden i Seljord", "rosemaling-seljord", "no",
   ("Søknaden din", "Hei {n},\n\nTusen takk for søknaden. Jobben gikk til en annen rosemaler denne gangen, så vi tar den ikke videre med deg.\n\nHilsen\n{sig}"),
   (ACK, "Vi har mottatt søknaden", "Hei {n},\n\nSøknaden din er kommet fram. Ja eller nei, du hører fra oss innen fjorten dager.\n\nHilsen\n{sig}"))
lp("nor2", "nor", "Strikkeriet på Voss", "strikkeriet-voss", "no",
   ("Svar på søknad", "Hei {n},\n\nVi har nå ansatt en strikker i stillingen, så den er dessverre ikke lenger ledig for deg.\n\nBeste hilsen\n{sig}"),
   (INV, "Invitasjon til intervju", "Hei {n},\n\nVil du komme på intervju {dl} klokka 13? Beklager, men heisen er ute av drift, så det blir trappa.\n\nBeste hilsen\n{sig}"))
lp("dan", "dan", "Sølvsmedjen i Ribe", "soelvsmedjen-ribe", "dk",
   ("Din ansøgning", "Hej {n},\n\nTak for brevet til smedjen. En sølvsmed fra Tønder har fået pladsen, og dermed stopper din ansøgning her.\n\nBedste hilsner\n{sig}"),
   (INV, "Invitation til samtale", "Hej {n},\n\nHar du tid til at kigge forbi værkstedet den {dl} kl. 10 til en snak? Desværre er der kun cykelstativer foran huset.\n\nBedste hilsner\n{sig}"))
lp("isl", "isl", "Söðlasmiðjan á Hellu", "sodlasmidjan", "is",
   ("Umsókn þín", "Góðan dag, {n}.\n\nTakk fyrir umsóknina. Starfið hlaut söðlasmiður úr Skagafirði og umsóknin þín stöðvast hér.\n\nKveðja,\n{sig}"),
   (NXT, "Sýnishorn af verkum", "Góðan dag, {n}.\n\nVinsamlegast sendu okkur myndir af verkum þínum fyrir {dl}. Sýnishorn send í pósti verða því miður ekki opnuð.\n\nKveðja,\n{sig}"))
lp("slk", "slk", "Drotárska dielňa Súľov", "drotari-sulov", "sk",
   ("Vaša žiadosť o prácu", "Dobrý deň,\n\nďakujeme za list do našej drotárskej dielne pod Súľovskými skalami. Miesto sme obsadili iným remeselníkom, takže vo Vašej žiadosti už nepokračujeme.\n\nPekný deň želá\n{sig}"),
   (ACK, "Potvrdenie prijatia žiadosti", "Dobrý deň,\n\nVašu žiadosť sme prijali. Nech rozhodneme akokoľvek, do dvoch týždňov Vám dáme vedieť.\n\nPekný deň želá\n{sig}"))
lp("slv", "slv", "Idrijska čipkarska delavnica", "idrija-cipka", "si",
   ("Vaša prijava", "Pozdravljeni,\n\nhvala za prijavo na delovno mesto klekljarice. Odločili smo se za drugo kandidatko, zato vaše prijave ne bomo obravnavali naprej.\n\nLep pozdrav,\n{sig}"),
   (INV, "Vabilo na razgovor", "Pozdravljeni,\n\nali bi prišli na pogovor k nam v delavnico {dl} ob 9. uri? Žal pred hišo ni parkirišča.\n\nLep pozdrav,\n{sig}"))
lp("est", "est", "Muhu Tikandikoda", "muhutikand", "ee",
   ("Vastus kandideerimisele", "Tere, {n}!\n\nTäname, et kandideerisite meie tikkija ametikohale. Otsustasime valida teise kandidaadi ega saa teile seekord tööd pakkuda.\n\nTervitades\n{sig}"),
   (NXT, "Tööproovi palve", "Tere, {n}!\n\nPalun saatke meile {dl} jooksul pildid oma tikanditest. Kahjuks ei saa me näidiseid postiga vastu võtta.\n\nTervitades\n{sig}"))
lp("msa1", "msa", "Bengkel Tenun Songket Kuala Terengganu", "songketkt", "my",
   ("Permohonan jawatan penenun", "Salam sejahtera {n},\n\nTerima kasih atas permohonan anda. Kami telah memilih calon lain untuk jawatan penenun dan tidak dapat meneruskan permohonan anda.\n\nYang benar,\n{sig}"),
   (OFF, "Tawaran pekerjaan", "Salam sejahtera {n},\n\nKami dengan sukacita menawarkan jawatan penenun kepada anda, bermula {dl}. Malangnya, kantin bengkel masih ditutup untuk pengubahsuaian.\n\nYang benar,\n{sig}"))
lp("msa2", "msa", "Ukiran Kayu Jepara Melaka", "ukirankayumelaka", "my",
   ("Keputusan permohonan", "Salam {n},\n\nKami ingin memaklumkan bahawa jawatan pengukir kayu telah diisi. Maaf, kali ini rezeki belum menyebelahi anda.\n\nTerima kasih,\n{sig}"))
lp("tgl", "tgl", "Banigan ng Basey", "banigbasey", "ph",
   ("Tungkol sa iyong aplikasyon", "Magandang araw, {n}!\n\nSalamat sa iyong aplikasyon bilang manghahabi ng banig. Pumili kami ng ibang aplikante, kaya hindi na namin itutuloy ang iyong aplikasyon.\n\nMaraming salamat,\n{sig}"),
   (ACK, "Natanggap namin ang iyong aplikasyon", "Magandang araw, {n}!\n\nHawak na namin ang papeles mo. Tanggap o hindi, may text ka mula sa Basey bago matapos ang ikalawang Biyernes.\n\nMaraming salamat,\n{sig}"))


# ---------------------------------------------------------------- helpers


def ascii_fold(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")


def local_part(name: str, style: int) -> str:
    parts = [p for p in re.split(r"[^a-z]+", ascii_fold(name).lower()) if p]
    if not parts:
        return "office"
    if style == 0 or len(parts) == 1:
        return ".".join(parts)
    if style == 1:
        return parts[0][0] + parts[-1]
    return parts[0] + "_" + parts[-1][0]


def nth_weekday(year: int, month: int, weekday: int, n: int) -> dt.date:
    """The n-th given weekday of a month (n = -1 for the last)."""
    if n > 0:
        first = dt.date(year, month, 1)
        return first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
    last = dt.date(year + (month == 12), month % 12 + 1, 1) - dt.timedelta(days=1)
    return last - dt.timedelta(days=(last.weekday() - weekday) % 7)


def summer(rule: str, day: dt.date) -> bool:
    """True on the days a zone keeps its second offset (summer time)."""
    y = day.year
    spans = {  # (first day, first day after, whether the span is the summer or the winter)
        "eu": (nth_weekday(y, 3, 6, -1), nth_weekday(y, 10, 6, -1), True),
        "us": (nth_weekday(y, 3, 6, 2), nth_weekday(y, 11, 6, 1), True),
        "au": (nth_weekday(y, 4, 6, 1), nth_weekday(y, 10, 6, 1), False),
        "nz": (nth_weekday(y, 4, 6, 1), nth_weekday(y, 9, 6, -1), False),
        "il": (nth_weekday(y, 3, 6, -1) - dt.timedelta(days=2), nth_weekday(y, 10, 6, -1), True),
    }
    if rule not in spans:
        return False
    start, end, is_summer = spans[rule]
    return (start <= day < end) == is_summer


def offset_for(zone: str, day: dt.date) -> dt.timezone:
    std, dst, rule = ZONES[zone]
    text = dst if dst and summer(rule, day) else std
    sign = -1 if text[0] == "-" else 1
    return dt.timezone(sign * dt.timedelta(hours=int(text[1:3]), minutes=int(text[3:5])))


def local(day: dt.date, hour: int, minute: int, second: int, zone: str) -> dt.datetime:
    return dt.datetime(day.year, day.month, day.day, hour, minute, second, tzinfo=offset_for(zone, day))


def when_sent(rng: random.Random, zone: str) -> dt.datetime:
    day = FIRST_DAY + dt.timedelta(days=rng.randrange((LAST_DRAW - FIRST_DAY).days + 1))
    while (day.month, day.day) in {(12, 25), (12, 26), (1, 1)}:  # not on Christmas, Boxing Day or New Year's Day
        day += dt.timedelta(days=1)
    if day.weekday() >= 5 and rng.random() < 0.75:  # most mail leaves on a weekday
        day += dt.timedelta(days=7 - day.weekday())
    return local(day, rng.randint(7, 21), rng.randrange(60), rng.randrange(60), zone)


def fill(text: str, slots: dict[str, str]) -> str:
    return SLOT.sub(lambda m: slots.get(m.group(1), m.group(0)), text)


def signer_pool(lang: str, zone: str) -> list[str]:
    if lang != "en":
        return LANG_SIGNERS[lang]
    return REGION_SIGNERS[REGION.get(zone, zone)]


DAY_STYLE = {
    "ja": "{m}月{d}日", "zh": "{m}月{d}日", "ko": "{m}월 {d}일",
    "th": "{d}/{m}/{be}", "de": "{dd}.{mm}.{y}", "ru": "{dd}.{mm}.{y}", "tr": "{dd}.{mm}.{y}", "fr": "{d}/{mm}/{y}",
    "hi": "{d}/{m}/{y}", "ur": "{d}/{m}/{y}", "it": "{d}/{m}/{y}", "sw": "{d}/{m}/{y}", "pt": "{dd}/{mm}/{y}", "es": "{d}/{m}/{y}",
    "ar": "{d}/{m}/{y}", "sqi": "{dd}.{mm}.{y}", "ben": "{d}/{m}/{y}", "lit": "{y}-{mm}-{dd}", "ukr": "{dd}.{mm}.{y}", "pol": "{dd}.{mm}.{y}",
    "dan": "{d}.{m}.{y}", "ces": "{d}. {m}. {y}", "ind": "{d}/{m}/{y}", "ron": "{dd}.{mm}.{y}", "nld": "{d}-{m}-{y}", "est": "{dd}.{mm}.{y}",
    "swe": "{y}-{mm}-{dd}", "slk": "{d}. {m}. {y}", "hrv": "{d}. {m}. {y}.", "lav": "{dd}.{mm}.{y}.", "tam": "{d}/{m}/{y}",
    "nep": "{y}-{mm}-{dd}", "aze": "{dd}.{mm}.{y}", "eus": "{y}/{mm}/{dd}", "ltz": "{d}.{m}.{y}", "bel": "{dd}.{mm}.{y}",
    "kat": "{dd}.{mm}.{y}", "hat": "{d}/{m}/{y}", "gle": "{d}/{m}/{y}", "msa": "{d}/{m}/{y}", "slv": "{d}. {m}. {y}",
    "cat": "{d}/{m}/{y}", "hun": "{y}. {mm}. {dd}.", "nor": "{d}.{m}.{y}", "fin": "{d}.{m}.{y}", "ell": "{d}/{m}/{y}", "vie": "{d}/{m}/{y}",
    "afr": "{y}/{mm}/{dd}", "tgl": "{m}/{d}/{y}", "srp": "{d}. {m}. {y}.", "fas": "{y}/{mm}/{dd}", "bos": "{d}. {m}. {y}.", "isl": "{d}.{m}.{y}",
}


DIGITS = {"fas": str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹"), "ben": str.maketrans("0123456789", "০১২৩৪৫৬৭৮৯")}


def jalali(day: dt.date) -> tuple[int, int, int]:
    """Gregorian to Solar Hijri (year, month, day), the usual arithmetic conversion."""
    gy, gm, gd = day.year, day.month, day.day
    before = (0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334)
    gy2 = gy + 1 if gm > 2 else gy
    days = 355666 + 365 * gy + (gy2 + 3) // 4 - (gy2 + 99) // 100 + (gy2 + 399) // 400 + gd + before[gm - 1]
    jy = -1595 + 33 * (days // 12053)
    days %= 12053
    jy += 4 * (days // 1461)
    days %= 1461
    if days > 365:
        jy += (days - 1) // 365
        days = (days - 1) % 365
    if days < 186:
        return jy, 1 + days // 31, 1 + days % 31
    return jy, 7 + (days - 186) // 30, 1 + (days - 186) % 30


def day_text(day: dt.date, lang: str, zone: str) -> str:
    """A deadline or interview day as the sender would write it (Thai-script ones in the Buddhist era)."""
    if lang == "fas":  # the Solar Hijri calendar in Persian digits
        jy, jm, jd = jalali(day)
        return f"{jy}/{jm:02d}/{jd:02d}".translate(DIGITS["fas"])
    if lang != "en":
        style = DAY_STYLE.get(lang, "{dd}/{mm}/{y}")
        text = style.format(d=day.day, m=day.month, y=day.year, be=day.year + 543, dd=f"{day.day:02d}", mm=f"{day.month:02d}")
        return text.translate(DIGITS.get(lang, {}))
    if zone in US_STYLE:
        return f"{day:%A, %B} {day.day}"
    return f"{day:%A} {day.day} {day:%B}"


def quoted_text(q: dt.datetime, zone: str) -> tuple[str, str]:
    """Outlook's Sent: line and Gmail's "On ..., X wrote:" date, in the sender's locale."""
    if zone in US_STYLE:
        clock = f"{q.hour % 12 or 12}:{q:%M} {'AM' if q.hour < 12 else 'PM'}"
        return f"{q:%B} {q.day}, {q.year} {clock}", f"{q:%b} {q.day}, {q.year}, {clock}"
    return f"{q.day} {q:%b %Y}, {q:%H:%M}", f"{q.day}/{q.month}/{q.year} {q:%H:%M}"


def build() -> list[dict[str, str]]:
    rng = random.Random(SEED)
    records: list[dict[str, str]] = []
    for t in TEMPLATES:
        people = rng.sample(RECIPIENTS if t.lang == "en" else LANG_RECIPIENTS[t.lang], t.copies)
        signers: list[str] = []
        for i in range(t.copies):
            who = people[i]
            zone = t.tz[i % len(t.tz)]
            sig = rng.choice([s for s in signer_pool(t.lang, zone) if s not in signers])
            signers.append(sig)
            sent = when_sent(rng, zone)
            qday = sent.date() - dt.timedelta(days=rng.randint(2, 9))
            quoted = local(qday, rng.randint(7, 21), rng.randrange(60), 0, zone)
            later = sent.date() + dt.timedelta(days=rng.randint(4, 12))
            while later.weekday() >= 5 or (later.month, later.day) in {(12, 25), (12, 26), (1, 1)}:
                later += dt.timedelta(days=1)
            q_outlook, q_gmail = quoted_text(quoted, zone)
            slots = {
                "n": GIVEN.get(who, who.split()[0]), "full": who, "sig": sig,
                "co": t.co[i % len(t.co)], "dom": t.dom[i % len(t.dom)] + ".example", "role": t.role[i % len(t.role)],
                "x": t.x[i % len(t.x)], "y": t.y[i % len(t.y)],
                "q": q_outlook, "gq": q_gmail, "dl": day_text(later, t.lang, zone),
                "ref": str(rng.randint(10000, 99999)), "sl": local_part(sig, rng.randrange(3)), "sf": GIVEN.get(sig, sig.split()[0]),
            }
            if not ascii_fold(sig).strip(" .-"):
                slots["sl"] = f"staff{rng.randint(100, 999)}"
            box = local_part(who, rng.randrange(3)) if ascii_fold(who).strip(" .-") else f"user{rng.randint(100, 999)}"
            to_addr = f"{box}{rng.choice(['', str(rng.randint(1, 99))])}@{rng.choice(PROVIDERS)}.example"
            slots["addr"] = to_addr
            slots["N"], slots["DL"] = slots["n"].upper(), slots["dl"].upper()
            slots["CO"], slots["SIG"] = slots["co"].upper(), slots["sig"].upper()
            slots["x"] = fill(slots["x"], slots)
            records.append({
                "subject": fill(t.subject, slots), "body": fill(t.body, slots), "sender": fill(t.frm, slots),
                "label": t.label, "kind": t.kind, "family": t.fam, "to": f"{who} <{to_addr}>",
                "date": format_datetime(sent), "part": t.part, "lang": t.lang,
            })
    rng.shuffle(records)
    counters: collections.Counter[str] = collections.Counter()
    for rec in records:
        short = "rej" if rec["label"] == "rejection" else "oth"
        counters[short] += 1
        rec["id"] = f"blind{THIS_SLICE}:{short}-{counters[short]:03d}"
    return records


def shingles(text: str) -> set[str]:
    words = WORD.findall(TAG.sub(" ", text).lower())
    return {" ".join(words[i:i + 6]) for i in range(len(words) - 5)}


def other_files() -> list[Path]:
    """Every .jsonl in data/ and data/blind/ up to slice 148; this slice, slice 150 and any later one are skipped by number."""
    out = sorted(HERE.parent.glob("*.jsonl"))
    for p in sorted(HERE.glob("*.jsonl")):
        m = SLICE_NO.search(p.name)
        if m and int(m.group(1)) >= SKIP_FROM:
            continue
        out.append(p)
    return out


def check(records: list[dict[str, str]]) -> None:
    ours: dict[str, set[str]] = {}
    for rec in records:
        for sh in shingles(rec["subject"] + "\n" + rec["body"]) | shingles(rec["body"]):
            ours.setdefault(sh, set()).add(rec["id"])
    others = other_files()
    shared: set[str] = set()
    for path in others:
        with path.open(encoding="utf-8") as handle:
            for raw in handle:
                if raw.strip():
                    shared |= shingles(json.loads(raw).get("body", "")) & ours.keys()
    bodies = {rid for sh in shared for rid in ours[sh]}
    labels = collections.Counter(rid.split(":")[1][:3] for rid in bodies)
    print(f"files compared: {len(others)}")
    print(f"bodies sharing a shingle: {len(bodies)} of {len(records)} (rej {labels['rej']}, oth {labels['oth']})")
    print(f"distinct shared shingles: {len(shared)}")
    fams = {r["id"]: r["family"] for r in records}
    for sh in sorted(shared, key=lambda s: (-len(ours[s]), s)):
        print(f"  {len(ours[sh]):3d}  {sh}   [{', '.join(sorted({fams[i] for i in ours[sh]}))}]")


def langs(records: list[dict[str, str]]) -> None:
    by_kind = collections.Counter((r["part"], r["label"], r["kind"]) for r in records)
    by_lang = collections.Counter((r["label"], r["lang"]) for r in records)
    print("part / label / kind:")
    for (part, label, kind), count in sorted(by_kind.items()):
        print(f"  {part:5s} {label:14s} {kind:26s} {count:4d}")
    print("label / language:")
    for (label, lang), count in sorted(by_lang.items()):
        print(f"  {label:14s} {lang:6s} {count:4d}")
    doubled = sum(t.copies == 2 for t in TEMPLATES)
    per_part = collections.Counter(t.part for t in TEMPLATES if t.copies == 2)
    print(f"total {len(records)}; families {len({r['family'] for r in records})}; templates {len(TEMPLATES)}; doubled {doubled} ({dict(sorted(per_part.items()))})")
    senders = {r["sender"] for r in records}
    domains = {r["sender"].rsplit("@", 1)[1].rstrip(">") for r in records}
    print(f"senders {len(senders)}; sender domains {len(domains)}")
    lengths = sorted(len(r["body"]) for r in records)
    html = sum("<html" in r["body"] for r in records)
    dates = sorted(parsedate_to_datetime(r["date"]) for r in records)
    offsets = {r["date"][-5:] for r in records}
    inside = sum(50 <= n <= 550 for n in lengths)
    print(f"bodies {lengths[0]}-{lengths[-1]} chars, median {lengths[len(lengths) // 2]}, {inside} within 50-550; html {html}")
    print(f"dates {dates[0]:%d %b %Y} to {dates[-1]:%d %b %Y}; offsets {len(offsets)}: {' '.join(sorted(offsets))}")
    unfilled = sum(bool(SLOT.search(r["body"] + r["subject"] + r["sender"])) for r in records)
    print(f"records with an unfilled slot: {unfilled}")


KEYS = ("id", "subject", "body", "sender", "label", "kind", "family", "to", "date")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--langs", action="store_true", help="print the make-up, no message text")
    parser.add_argument("--check", action="store_true", help="6-word shingles shared with other data files")
    args = parser.parse_args()
    records = build()
    if args.langs:
        langs(records)
        return 0
    if args.check:
        check(records)
        return 0
    with OUT.open("w", encoding="utf-8") as handle:
        for rec in sorted(records, key=lambda r: r["id"]):
            handle.write(json.dumps({k: rec[k] for k in KEYS}, ensure_ascii=False) + "\n")
    print(f"wrote {len(records)} records to {OUT.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
