# ruff: noqa: E501, S311
"""Write the hundred-and-sixty-fourth sealed blind slice for issue 11 (blind-slice-164.jsonl).

Stdlib only, fixed seed; two runs write byte-identical files. Options:
--langs  print the make-up by part/label/kind and label/language (no message text)
--check  6-word shingles shared with the other .jsonl files in data/ and data/blind/
         (read only as shingle sets, up to slice 162; slice 163 and later never read; our side printed)
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

SEED = 1641641
HERE = Path(__file__).resolve().parent
OUT = HERE / "blind-slice-164.jsonl"
WORD = re.compile(r"\w+")
TAG = re.compile(r"<[^>]+>")
SLOT = re.compile(r"\{(\w+)\}")
SLICE_NO = re.compile(r"blind-slice-(\d+)\.jsonl$")
THIS_SLICE = 164
SKIP_FROM = 163  # slice 163 (written at the same time, unseen), this slice and every later one are never read
FIRST_DAY = dt.date(2025, 8, 1)  # a Friday
LAST_DRAW = dt.date(2026, 12, 18)  # a Friday; a weekend drawn before it moves to Monday 14 December at the latest

RECIPIENTS = [
    "Morwenna Tregaskis", "Jago Pascoe", "Tuyeni Nghipondoka", "Ndapewa Shikongo", "Syed Ameenuddin",
    "Farheen Quadri", "Kerwin Ollivierre", "Shakira DaSilva-Browne", "Brodie MacPhail", "Ainsley Gallant",
    "Inês Cardoso-Pinto", "Tiago Magalhães", "Elif Karabulut", "Burak Özdemir", "Caoimhe Breathnach",
    "Rowena Ashdown", "Tavita Leiataua", "Kirra Dunstan", "Lindiwe Mabaso", "Dashiell Okafor",
    "Pania Tautahi", "Mahmood Khader", "Tjiuza Kavari", "Demelza Rowe", "Zahid Hussaini",
    "Yasmin Cato", "Colby Arsenault", "Beatriz Salgueiro", "Hakan Yücel", "Siobhán Carberry",
]
REGION_SIGNERS = {
    "uk": ["Tamsin Trevail", "Piran Chenoweth", "Kerensa Hocking", "Bryok Angove", "Lowenna Jewell", "Harvey Clemo"],
    "ie": ["Orlaith Dineen", "Fiachra Lenihan", "Muireann Coady"],
    "us": ["Cordelia Bransfield", "Thaddeus Mulroney", "Yesenia Carbajal"],
    "pei": ["Marlene Doiron", "Gordie MacKinnon", "Heather Gaudet", "Wendell Bernard"],
    "au": ["Jacinta Pollard", "Rhys Costigan"], "aun": ["Shanelle Cubillo", "Trent Baird"],
    "nz": ["Aroha Tipene", "Fergus Lindqvist"],
    "za": ["Thandeka Mokoena", "Ruan Botha", "Lerato Sebego"],
    "na": ["Ndeshi Amutenya", "Frieda van Wyk", "Petrus Hangula", "Selma Iipinge"],
    "in": ["Mohammed Azharuddin Khan", "Sravani Reddy", "Ateeq Hashmi", "Lakshmi Prasanna"],
    "vc": ["Carlene Providence", "Dwayne Jack", "Nyasha Hazelwood", "Orande Cottle"],
    "pt": ["Joana Figueiredo", "Nuno Abreu", "Catarina Meireles"],
    "tr": ["Selin Aydemir", "Okan Çelik", "Derya Kurtuluş"], "ke": ["Wanjiru Kamau", "Otieno Ouma"],
}
REGION = {"use": "us", "usm": "us", "usp": "us", "az": "us"}
LANG_SIGNERS = {
    "ar": ["سلمى العبيدي", "رامي الحسيني"], "de": ["Hedwig Lanzinger", "Volker Stübing"],
    "es": ["Amparo Villalobos", "Gorka Ibarrola"], "fr": ["Maëlle Courtois", "Gaspard Lemaire"],
    "hi": ["सुनयना खन्ना", "विक्रम पांडेय"], "it": ["Ornella Bassi", "Fabrizio Zanetti"],
    "ja": ["松本 由紀", "石田 亮"], "ko": ["한소라", "윤태호"], "pt": ["Graça Pimentel", "Duarte Vilela"],
    "ru": ["Ольга Белова", "Григорий Зайцев"], "sw": ["Neema Kisanga", "Juma Mrisho"],
    "th": ["สุดารัตน์ ทองดี", "ธนากร ศรีสุข"], "tr": ["Gülşen Aktaş", "Kaan Erdem"],
    "ur": ["ثمینہ ملک", "عمران چوہدری"], "zh": ["赵雪梅", "黄建国"],
    "cat": ["Montserrat Puigdemunt", "Jordi Casals"], "glg": ["Uxía Mosquera", "Xoán Carballo"],
    "afr": ["Marietjie Swanepoel", "Gerrit Louw"], "isl": ["Herdís Magnúsdóttir", "Kjartan Einarsson"],
    "nor": ["Solveig Haugland", "Eirik Brekke"], "dan": ["Mette Kjærgaard", "Anders Holm"],
    "fin": ["Riikka Lehtonen", "Jussi Heikkinen"], "est": ["Maarja Kivi", "Tõnu Lepik"],
    "slv": ["Nataša Zupan", "Matej Kranjc"], "srp": ["Бојана Митровић", "Милош Ђорђевић"],
}
LANG_RECIPIENTS = {
    "ar": ["هبة السعدي", "يزن القاسم"], "de": ["Franziska Riedl", "Jonas Kettner"],
    "es": ["Lucía Barrenechea", "Íker Solano"], "fr": ["Anouk Delval", "Bastien Roussel"],
    "hi": ["ज़ोया ढिल्लों", "ऋत्विक बरुआ"], "it": ["Beatrice Pagani", "Davide Moretti"],
    "ja": ["高橋 美咲", "中村 大輝"], "ko": ["이서연", "강민준"], "pt": ["Matilde Sequeira", "Gonçalo Brito"],
    "ru": ["Дарья Лебедева", "Никита Громов"], "sw": ["Upendo Massawe", "Faraji Lyimo"],
    "th": ["กมลชนก วงศ์ใหญ่", "ภูวดล จันทร์เพ็ญ"], "tr": ["Ece Kılıç", "Onur Şahin"],
    "ur": ["ماہ نور شیخ", "حمزہ رضوی"], "zh": ["林佳怡", "许文博"],
    "cat": ["Núria Ferrer", "Pau Soler"], "glg": ["Antía Louzao", "Brais Outeiro"],
    "afr": ["Annelie du Plessis", "Wikus Steyn"], "isl": ["Katrín Gunnarsdóttir", "Hrafn Björnsson"],
    "nor": ["Ingrid Solheim", "Sindre Nygård"], "dan": ["Freja Lund", "Mikkel Dahl"],
    "fin": ["Aino Virtanen", "Eetu Mäkinen"], "est": ["Kertu Lill", "Siim Raud"],
    "slv": ["Tjaša Kovač", "Žiga Novak"], "srp": ["Јована Илић", "Стефан Марковић"],
}
GIVEN = {"Mohammed Azharuddin Khan": "Azhar", "Syed Ameenuddin": "Ameen", "Lakshmi Prasanna": "Prasanna"}
PROVIDERS = ["pilchardpost", "kiddlymail", "quartzbox", "saltboxmail", "wrasseweb", "tolbox"]

ZONES = {
    "uk": ("+0000", "+0100", "eu"), "ie": ("+0000", "+0100", "eu"), "pt": ("+0000", "+0100", "eu"),
    "de": ("+0100", "+0200", "eu"), "fr": ("+0100", "+0200", "eu"), "it": ("+0100", "+0200", "eu"),
    "es": ("+0100", "+0200", "eu"), "rs": ("+0100", "+0200", "eu"), "si": ("+0100", "+0200", "eu"),
    "no": ("+0100", "+0200", "eu"), "dk": ("+0100", "+0200", "eu"),
    "fi": ("+0200", "+0300", "eu"), "ee": ("+0200", "+0300", "eu"), "is": ("+0000", None, ""),
    "use": ("-0500", "-0400", "us"), "usm": ("-0700", "-0600", "us"), "usp": ("-0800", "-0700", "us"),
    "pei": ("-0400", "-0300", "us"), "az": ("-0700", None, ""), "vc": ("-0400", None, ""), "na": ("+0200", None, ""),
    "za": ("+0200", None, ""), "tz": ("+0300", None, ""), "ke": ("+0300", None, ""), "ru": ("+0300", None, ""),
    "tr": ("+0300", None, ""), "sa": ("+0300", None, ""), "pk": ("+0500", None, ""),
    "in": ("+0530", None, ""), "th": ("+0700", None, ""), "cn": ("+0800", None, ""),
    "jp": ("+0900", None, ""), "kr": ("+0900", None, ""), "aun": ("+0930", None, ""),
    "au": ("+1000", "+1100", "au"), "nz": ("+1200", "+1300", "nz"),
}

US_STYLE = ("use", "usm", "usp", "pei", "az")

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
QNOTE = "\n{sf}, ta for Wednesday's walk round the floor, proper interesting. My scaffold ticket runs to June; Mr Pendarves, my referee, picks up after four most days.\n{n}"
FOOT = "\n\n-=- {CO} :: CAREERS BEACONROOM -=-\nEach Tuesday the jobs page takes in whatever opened that week; a Beaconroom Nudge pings you when one fits. 'Harbourlight', the quarterly staff sheet, covers newcomers and finished builds. Send HUSHBEACON to silence careers mail. Replies here land nowhere. Applicant files get wiped at eighteen months."
QUOTES = {"{OUT}": OUTLOOK + "Subject: {role}" + QNOTE, "{GM}": GMAIL + QNOTE, "{ORIG}": ORIGINAL + QNOTE, "{RULE}": RULE + QNOTE, "{FOOT}": FOOT}


# ================================================================ mix part: rejections
# ---- 40 ordinary template rejections (13 twice, 14 once), each worded differently
mr("wd", "Update on {role} – req {ref}", "Hello {n},\n\nThe {role} requisition at {co} now shows Closed – Position Filled on your Candidate Home page. Another applicant took the post last week, and your file closes with it.\n\nOther openings sit on that same page whenever you fancy a look.\n\nTalent Acquisition, {co}", ("Wheal Kitto China Clay", "Tsumeb Copper Refining"), ("wealkitto", "tsumebrefining"), role=("Pit Fitter", "Furnace Operator"), tz=("uk", "na"))
mr("gh", "{co} – your {role} application", "Hi {n},\n\nThanks again for the panel chat on {role}. An offer has gone to someone whose background hugs the coming year's work more tightly, which closes your application.\n\nWishing you well with it all,\n{sig}\nRecruiting, {co}", ("Hitec Lane Data Services", "Bursa Axle Components"), ("hiteclane", "bursaaxle"), role=("QA Analyst", "Process Planner"), tz=("in", "tr"))
mr("lv", "Regarding the {role} opening", "Hey {n},\n\nEverything's been looked over, and {role} is going to other applicants. Your profile stays in our Harbour Bench for twelve months; text BENCHOUT to leave it.\n\nCheers,\n{sig} at {co}", ("Padstow Creamery Parlours", "Cavendish Boardwalk Rides"), ("padstowcreamery", "cavendishrides"), role=("Shift Lead", "Ride Attendant"), tz=("uk", "pei"))
mr("sr", "Application status – {role}", "<html><body><p>Dear {n},</p><table border=\"1\"><tr><th>Position</th><td>{role}</td></tr><tr><th>Reference</th><td>{ref}</td></tr><tr><th>Stage</th><td>Closed · candidate appointed</td></tr></table><p>Your application stopped at this stage; {co} thanks you for your time.</p></body></html>", ("Walvis Salt Pans Ltd", "Setúbal Cork Works"), ("walvissalt", "setubalcork"), role=("Plant Electrician", "Boiling Line Operator"), tz=("na", "pt"))
mr("ic", "{co}: {role} #{ref}", "Dear {n},\n\nThe {role} posting asks for {x}. What you sent did not show it, so your file stays with us and goes no further.\n\nRegards,\nTalent Team, {co}", ("Genome Valley API Labs", "Kingstown Arrowroot Processors"), ("gvapilabs", "arrowrootsvg"), role=("Validation Chemist", "Boiler Attendant"), x=("a B.Pharm with GMP documentation experience", "a valid Boiler Attendant's Certificate"), tz=("in", "vc"))
mr("tl", "Job {ref} – {role}", "Dear {n},\n\nJob {ref} ({role}) has been filled. Your candidate record is now marked inactive for this requisition at {co}.\n\nThis notice was generated by our careers system.", ("Izmir Fig Exporters", "Summerside Mussel Growers"), ("izmirfig", "summersidemussel"), role=("Export Clerk", "Deckhand"), tz=("tr", "pei"))
mr("wk", "Following your trial shift – {role}", "Hi {n},\n\nTa for a full day on the trial shift. The crew has gone for another person for the {role} job. Your graft was noticed.\n\n{sig}\n{co}", ("Swakop Dune Quad Tours", "Newquay Headland Holiday Park"), ("swakopquad", "headlandpark"), role=("Tour Guide", "Site Warden"), tz=("na", "uk"))
mr("bh", "{role} at {co}", "Hi {n},\n\nQuick update: we've moved a colleague across from another branch into the {role} seat, so the outside search is shut, your application included.\n\nCheers for hanging on,\n{sig}", ("Montague Links Golf Club", "Laad Bazaar Bangle House"), ("montaguelinks", "laadbangles"), role=("Greenkeeper", "Counter Supervisor"), tz=("pei", "in"))
mr("tt", "Your candidacy for {role}", "Dear {n},\n\nWe inform that the selection for {role} is concluded. Your candidacy was analysed with attention, however it was not chosen to pass for the next phase.\n\nMuch success in the professional path ahead of you.\n{sig}\n{co}", ("Aveiro Faience Factory", "Braga Footwear SA"), ("aveirofaience", "bragafootwear"), role=("Glaze Technician", "Cutting Room Lead"), tz="pt")
mr("pp", "{role}: result of shortlisting", "Dear {n},\n\nOur shortlisting scores for {role} are in. You scored {x}; the interview line was {y}. That puts your application out of the running this round.\n\nWith thanks,\nPeople Team, {co}", ("Norwich Mutual Assurance", "Limerick Stent Devices"), ("norwichmutual", "limerickstent"), role=("Claims Handler", "Clean Room Operative"), x=("21 of 40", "55%"), y=("27", "64%"), tz=("uk", "ie"))
mr("jz", "Re: {role}", "Dear {n},\n\nThe post of {role} went to another applicant. Much thanks for your interest, and may every good thing find you.\n\nStay blessed,\n{sig}\n{co}", ("Bequia Charter Yachts", "Otjiwarongo Cattle Ranch"), ("bequiacharter", "otjiranch"), role=("Deck Steward", "Herd Assistant"), tz=("vc", "na"))
mr("ab", "{co} · {role}", "Hi {n},\n\nThe founders met the last three candidates on Friday and offered the {role} post to one of the others. Rather than a robot mail, here it is from me personally.\n\nThanks for your time,\n{sig}", ("Istanbul Basketly Commerce", "Hyderabad Tiffinbox Tech"), ("basketly", "tiffinbox"), role=("Growth Analyst", "Backend Engineer"), tz=("tr", "in"))
mr("crew", "{x} crew – {role}", "Hi {n},\n\nThe {x} crew for this season is full: every spot went to people who worked with us before. This round has no room left for you.\n\n{sig}, {co}", ("Charlottetown Spud Packers", "Georgetown Banana Growers"), ("spudpackers", "gtbananas"), role=("Grader", "Field Hand"), x=("potato harvest", "banana packing"), tz=("pei", "vc"))
mr("c1", "Your application – {role}", "Alright {n},\n\nThanks for applying for {role} at {co}. Proper lot of folk were after it and we've took on a maid from Redruth who've done the job before, so 'tis no for you this time, my 'ansum.\n\nLook out for the board dreckly.\n{sig}", "Camborne Engine House Museum", "enginehouse", role="Visitor Host", tz="uk")
mr("c2", "{role} – outcome", "Hello {n},\n\nWe've finished going through the {role} applications and yours hasn't got through to interview, is it. The list was long. Thanks for the effort, hey.\n\n{sig}\n{co}, Windhoek", "Khomas Guarding Services", "khomasguard", role="Control Room Officer", tz="na")
mr("c3", "Regarding your application for {role}", "Dear {n},\n\nKindly note your profile for {role} is not taken forward. Management has finalised another candidate only. Do apply for further openings also, no?\n\nRegards,\n{sig}\n{co}", "Secunderabad Coachworks Pvt Ltd", "secbodyworks", role="Welding Supervisor", tz="in")
mr("c4", "Application – {role}", "Morning {n},\n\nThe {role} spot at {co} get fill already, a fella from Calliaqua start Monday. We couldn't take you on this time, but all the best.\n\n{sig}", "Canouan Reef Villas", "canouanreef", role="Pool Attendant", tz="vc")
mr("c5", "Your {role} application", "Hi {n},\n\nThanks for putting in for {role}. We had some good applicants from here and from away, and we're going with another person this time. Wishing you well.\n\n{sig}\n{co}, Montague", "Island Red Soil Landscaping", "redsoilscapes", role="Crew Lead", tz="pei")
mr("c6", "Evaluation of your application", "Dear {n},\n\nAs result of the evaluation of the applications received for {role}, we inform that your application does not continue in the process. We thank your interest in {co}.\n\nBest regards,\n{sig}", "Lisbon Contact Hub Lda", "lisboncontact", role="Bilingual Agent", tz="pt")
mr("c7", "About your application for {role}", "Dear {n},\n\nAs a result of our evaluation, your application for {role} could not be evaluated positively. Thanking you for your interest, we wish you a successful career life.\n\n{sig}\nHuman Resources, {co}", "Gaziantep Pistachio Processing", "antepfistik", role="Food Safety Specialist", tz="tr")
mr("c8", "{role} – application", "Dear {n},\n\nAbout the {role} job at {co}: we've read each application, and yours stops here. Ta for thinking of us.\n\n{sig}", "Humber Caravan Builders", "humbercaravans", role="Upholsterer", tz="uk")
mr("c9", "Your application to {co}", "Dear {n},\n\nShortlisting for the {role} post is finished, and I'm sorry, you were not shortlisted for it.\n\nKind regards,\n{sig}", "Shannonbank Medtech", "shannonbank", role="Regulatory Associate", tz="ie")
mr("c10", "{role} – hiring decision", "Hi {n},\n\nThanks for interviewing with {co}. We've decided against an offer for the {role} role. Best of luck to you.\n\n{sig}\nTalent, {co}", "Sonoran Airframe Works", "sonoranairframe", role="Composite Technician", tz="az")
mr("c11", "{role} application update", "G'day {n},\n\nTa for having a crack at {role}. It's filled now, so that's your application finished. Cheers for thinking of {co}.\n\n{sig}", "Top End Croc Park", "topendcroc", role="Reptile Keeper", tz="aun")
mr("c12", "{co} – {role}", "Kia ora {n},\n\nSomeone's been appointed to the {role} vacancy, so your application missed out. Thanks heaps for having a go.\n\nNgā mihi,\n{sig}", "Tiwai Smelter Services", "tiwaismelter", role="Pot Room Operator", tz="nz")
mr("c13", "Outcome: {role}", "Dear {n},\n\nThanks for applying to {co}. Unfortunately your {role} application was unsuccessful; keep watching our page for later roles.\n\nRegards,\n{sig}", "Mangaung Mutual Insurers", "mangaungmutual", role="Underwriting Assistant", tz="za")
mr("c14", "Re: {role} in Gainesville", "Hi {n},\n\nWe appreciate your interest in {role}. We selected a candidate whose plant experience sits closer to our needs, and the search has closed.\n\nBest,\n{sig}\n{co}", "Alachua Citrus Juice Co.", "alachuajuice", role="Line Mechanic", tz="use")
# ---- 16 thread replies after interviews: the decision only as someone else's choice, no negation
mr("th1", "RE: [EXT] Re: {role} interview", "Hi {n},\n\nThursday was a treat, and the panel loved your pit-floor stories. After a long huddle the {role} post went to another candidate, and she's accepted.\n\nWarm wishes,\n{sig}\n\n{OUT}", ("Wheal Kitto China Clay", "Setúbal Cork Works"), ("wealkitto", "setubalcork"), role=("Shift Geologist", "Quality Lead"), tz=("uk", "pt"))
mr("th2", "RE: [EXT] Re: Follow up – {role}", "Dear {n},\n\nThank you for the lovely conversation and for bringing samples of your work along. The committee has now selected a colleague with more seasons out on the pans for the {role} role.\n\nKind regards,\n{sig}\n\n{GM}", ("Walvis Salt Pans Ltd", "Tsumeb Copper Refining"), ("walvissalt", "tsumebrefining"), role=("Pan Supervisor", "Assay Technician"), tz="na")
mr("th3", "RE: [EXT] Re: Next steps for {role}", "Hello {n},\n\nSuch a good chat last week, and ta for waiting on us. For {role} the hiring manager went with somebody who ran a near-identical team over in Madhapur.\n\nBest regards,\n{sig}\n\n{ORIG}", ("Hitec Lane Data Services", "Genome Valley API Labs"), ("hiteclane", "gvapilabs"), role=("Delivery Lead", "Stability Analyst"), tz="in")
mr("th4", "RE: [EXT] Re: {role} – thank you", "Hi {n},\n\nWas real nice walking you round the dock and the boats. The owners choose Shaquille from Paget Farm for the {role} job; he starting end of this month.\n\nTake care,\n{sig}\n\n{RULE}", ("Bequia Charter Yachts", "Canouan Reef Villas"), ("bequiacharter", "canouanreef"), role=("Mate", "Maintenance Hand"), tz="vc")
mr("th5", "RE: [EXT] Re: Interview on Tuesday", "Hi {n},\n\nSome good of ya coming out to the park, and great questions too. The {role} spot is going to a fella who ran rides here two summers back.\n\nAll the best,\n{sig}\n\n{OUT}", ("Cavendish Boardwalk Rides", "Montague Links Golf Club"), ("cavendishrides", "montaguelinks"), role=("Operations Supervisor", "Pro Shop Lead"), tz="pei")
mr("th6", "RE: [EXT] Re: {role} – second meeting", "Dear {n},\n\nHosting you for the second meeting and plant tour was a real pleasure for us. The board has confirmed an engineer from inside the company for the {role} post.\n\nWith best wishes,\n{sig}\n\n{GM}", ("Bursa Axle Components", "Gaziantep Pistachio Processing"), ("bursaaxle", "antepfistik"), role=("Tooling Engineer", "Line Manager"), tz="tr")
mr("th7", "RE: [EXT] Re: Thanks for today", "Hello {n},\n\nLovely to meet you and hear about the sheep shearing season. The team has picked Gareth for the {role} position, and he has said yes.\n\nCheers,\n{sig}\n\n{ORIG}", ("Humber Caravan Builders", "Norwich Mutual Assurance"), ("humbercaravans", "norwichmutual"), role=("Workshop Planner", "Team Coordinator"), tz="uk")
mr("th8", "RE: [EXT] Re: {role} catch-up", "Hey {n},\n\nGreat yarn on Monday, and cheers for that kind follow-up note. The {role} spot has gone to a handler with more wet seasons under her belt.\n\nCheers,\n{sig}\n\n{RULE}", ("Top End Croc Park", "Tiwai Smelter Services"), ("topendcroc", "tiwaismelter"), role=("Senior Keeper", "Crew Coordinator"), tz=("aun", "nz"))
# ---- 8 clear refusals under long footers
mr("ft1", "Your application: {role}", "Dear {n},\n\nAbout {role}: this stage is where your application finishes.\n\nRegards,\n{co} Recruitment{FOOT}", ("Lisbon Contact Hub Lda", "Braga Footwear SA"), ("lisboncontact", "bragafootwear"), role=("Team Leader", "Stitcher"), tz="pt")
mr("ft2", "{role} – decision", "Hi {n},\n\nYour {role} application was read, and it stops here, is it.\n\n{sig}{FOOT}", ("Khomas Guarding Services", "Swakop Dune Quad Tours"), ("khomasguard", "swakopquad"), role=("Patrol Officer", "Booking Clerk"), tz="na")
mr("ft3", "Application {ref}", "Dear {n},\n\nThe {role} application you sent did not succeed this round.\n\nThanks,\n{co}{FOOT}", ("Sonoran Airframe Works", "Alachua Citrus Juice Co."), ("sonoranairframe", "alachuajuice"), role=("Inspector", "Lab Tech"), tz=("az", "use"))
mr("ft4", "Update – {role}", "Hello {n},\n\nWe've chosen to close your {role} application without an interview.\n\nBest wishes,\n{sig}{FOOT}", ("Padstow Creamery Parlours", "Mangaung Mutual Insurers"), ("padstowcreamery", "mangaungmutual"), role=("Kiosk Manager", "Broker Assistant"), tz=("uk", "za"))
# ---- 9 hedged refusals
mr("hg1", "{role} at {co}", "Hi {n},\n\nTa for coming in. A couple of others lined up nearer to what the site wants just now, so {role} is heading their way.\n\n{sig}", ("Wheal Kitto China Clay", "Island Red Soil Landscaping"), ("wealkitto", "redsoilscapes"), role=("Plant Operator", "Irrigation Tech"), tz=("uk", "pei"))
mr("hg2", "Your application – {role}", "Dear {n},\n\nThe company opted for a different direction on the {role} post. We thank you for the attention you gave us.\n\n{sig}\n{co}", ("Izmir Fig Exporters", "Aveiro Faience Factory"), ("izmirfig", "aveirofaience"), role=("Logistics Officer", "Kiln Operator"), tz=("tr", "pt"))
mr("hg3", "{role} update", "Hello {n},\n\nWe've met some candidates whose time in the field sits a bit closer to the brief for {role}, so we'll continue with them, is it.\n\nRegards,\n{sig}, {co}", ("Otjiwarongo Cattle Ranch", "Hitec Lane Data Services"), ("otjiranch", "hiteclane"), role=("Farm Mechanic", "Scrum Master"), tz=("na", "in"))
mr("hg4", "Re: {role}", "Hi {n},\n\nAfter the interviews, the team felt a couple of the other profiles suit the crew better at the moment. Your CV goes in the office drawer for the season.\n\n{sig}\n{co}", ("Georgetown Banana Growers", "Limerick Stent Devices"), ("gtbananas", "limerickstent"), role=("Packhouse Supervisor", "Process Tech"), tz=("vc", "ie"))
mr("hg5", "{role}", "Dear {n},\n\nWe thank your attention. Other candidates are found more suitable with the profile of {role} for this stage.\n\nYours,\n{sig}\n{co}", "Bursa Axle Components", "bursaaxle", role="Purchasing Specialist", tz="tr")
# ---- 7 recruiter follow-ups: the decision and another role in the same mail
mr("rc1", "Following our call – {role}", "Hi {n},\n\nProper good natter on the phone. The client took a local lad for {role}, so that's gone now. They do have a Stores Assistant post at the St Austell yard; fancy me putting your name up?\n\n{sig}\nKernow Trade Recruiters", "Kernow Trade Recruiters", "kernowtrade", role="Maintenance Fitter", tz="uk")
mr("rc2", "After our call", "Hi {n},\n\nNice talking this morning. For {role} the client took another candidate, but they still want a Fleet Coordinator in Walvis Bay. Shall I send your CV for that one, is it?\n\n{sig}\nNamib Staffing", "Namib Staffing", "namibstaffing", role="Logistics Supervisor", tz="na")
mr("rc3", "{role} – feedback and another opening", "Hi {n},\n\nAs per our call today, client has closed {role} with one other profile only. However there is one Data Engineer opening in Gachibowli, same client. Kindly confirm if I should share your CV.\n\n{sig}\nDeccan Talent Partners", "Deccan Talent Partners", "deccantalent", role="Analytics Lead", tz="in")
mr("rc4", "Our talk yesterday", "Hi {n},\n\nLike we talk on the phone, the {role} job gone to a next person. But the same resort want a Front Desk Agent from next month. You want I put your name in?\n\n{sig}\nHairoun Recruit", "Hairoun Recruit", "hairounrecruit", role="Guest Services Supervisor", tz="vc")
mr("rc5", "{role} update + another idea", "Hi {n},\n\nGood talking earlier. The client's went with another body for {role}, but there's a Shipper/Receiver job in Summerside that's some good. Will I send your name along?\n\n{sig}\nIsland Staffing", "Island Staffing", "islandstaffing", role="Warehouse Lead", tz="pei")
mr("rc6", "Feedback after phone interview", "Hi {n},\n\nThanking you for the telephone conversation today. For {role} the client selected other candidate. They have also one opening for Customer Success Associate in Porto; can I present your profile?\n\n{sig}\nAtlântico Recrutamento", "Atlântico Recrutamento", "atlanticorecruta", role="Customer Success Lead", tz="pt")
mr("rc7", "{role} – after the call", "Dear {n},\n\nThanks for our phone talk. The client continued the {role} process with a different candidate. There is also a Quality Engineer position in Gebze with the same group. Shall I share your CV?\n\n{sig}\nBosphorus Talent", "Bosphorus Talent", "bosphorustalent", role="Supplier Quality Engineer", tz="tr")
# ---- 8 public-sector notices
mr("ps1", "Notice of Results – Vacancy {ref}", "Dear {n},\n\nAnnouncement {ref}, {role}: you met the eligibility and qualification requirements. Applicants ranked higher took all the certificate places; your name stayed off it and was not sent to the selecting official.\n\n{co}", ("US Fish and Wildlife Service – HR Operations", "PEI Public Service Commission"), ("fwshr", "peipsc"), role=("Biological Technician", "Clerk III"), tz=("usm", "pei"))
mr("ps2", "Competition {ref}: eligibility", "Dear {n},\n\nAssessment of your {role} application is complete. Result: ineligible, {x} being absent at closing.\n\n{co}", ("Public Service Commission of Namibia", "Public Service Commission, St Vincent and the Grenadines"), ("pscnamibia", "pscsvg"), role=("Records Officer", "Customs Clerk"), x=("a certified copy of the Grade 12 certificate", "a police record"), tz=("na", "vc"))
mr("ps3", "Vacancy {ref} – {role}", "Dear {n},\n\nThe vacancy for {role} (ref {ref}) is cancelled. The post stays empty; each application made for it, including yours, is now closed.\n\n{co}", ("Cornwall Council – People Services", "Kerry County Council"), ("cornwallpeople", "kerrycoco"), role=("Harbour Assistant", "Library Assistant"), tz=("uk", "ie"))
mr("ps4", "Written examination result – {role}", "Dear {n},\n\nWritten paper, {role}: your mark {x}; qualifying mark {y}. Hence no call to the next stage.\n\n{co}", ("Telangana Recruitment Board (Regional Cell)", "Ankara Provincial Personnel Office"), ("tgrbcell", "ankarapersonel"), role=("Junior Assistant", "Technical Staff"), x=("58.25", "64 points"), y=("63.00", "70 points"), tz=("in", "tr"))
# ---- 6 bare ATS status updates
mr("st1", "Status update: {role}", "Hi {n},\n\n{role} ({ref}): status moved to no longer being considered.\n\n{co} Careers", ("Shannonbank Medtech", "Hyderabad Tiffinbox Tech"), ("shannonbank", "tiffinbox"), role=("Assembler", "SRE Engineer"), tz=("ie", "in"))
mr("st2", "Application status changed", "<html><body><p>Hello {n},</p><p>Status for <b>{role}</b>: <b>No longer under consideration</b></p><p>{co}</p></body></html>", ("Summerside Mussel Growers", "Tsumeb Copper Refining"), ("summersidemussel", "tsumebrefining"), role=("Processing Hand", "Lab Assistant"), tz=("pei", "na"))
mr("st3", "Your status for {role}", "<html><body><div>{n}, your application status has changed.</div><div>{role} — <i>Not moving forward</i></div><div>{co} careers portal</div></body></html>", ("Istanbul Basketly Commerce", "Lisbon Contact Hub Lda"), ("basketly", "lisboncontact"), role=("Category Manager", "Workforce Planner"), tz=("tr", "pt"))
# ---- 6 internship / graduate decisions
mr("in1", "{x} – your application", "Dear {n},\n\nThe {x} drew a flood of strong entries this year, and a place for you is not among our offers.\n\n{sig}\nEarly Careers, {co}", ("Genome Valley API Labs", "Norwich Mutual Assurance"), ("gvapilabs", "norwichmutual"), x=("Summer Research Internship", "Actuarial Graduate Scheme"), tz=("in", "uk"))
mr("in2", "{x} decision", "Hi {n},\n\nSelection for the {x} is over, and no placement is coming your way in this intake.\n\n{sig}, {co}", ("Tsumeb Copper Refining", "Sonoran Airframe Works"), ("tsumebrefining", "sonoranairframe"), x=("Metallurgy Vacation Work Programme", "Manufacturing Co-op Programme"), tz=("na", "az"))
mr("in3", "Your {x} application", "Dear {n},\n\nRe the {x}: the cohort is full now, so no place will be offered to you.\n\nGraduate Team\n{co}", ("Bursa Axle Components", "Aveiro Faience Factory"), ("bursaaxle", "aveirofaience"), x=("Engineering Graduate Programme", "Design Internship"), tz=("tr", "pt"))
# ================================================================ mix part: others
# ---- 50 application-received confirmations, most with talk of a refusal that has not happened
mo("application_received", "wd", "We received your application: {role}", "Hello {n},\n\nYour application for {role} (req {ref}) is in. Track it on Candidate Home: the stage may later read Screening, Interview, Offer or Closed – Position Filled.\n\nTalent Acquisition, {co}", ("Wheal Kitto China Clay", "Tsumeb Copper Refining"), ("wealkitto", "tsumebrefining"), role=("Stores Controller", "Crane Driver"), tz=("uk", "na"))
mo("application_received", "gh", "Thanks for applying to {co}", "Hi {n},\n\nYour {role} application landed! Human eyes read every form here. No match? Then a plain note says so; nobody's left wondering.\n\n{sig}", ("Hitec Lane Data Services", "Bursa Axle Components"), ("hiteclane", "bursaaxle"), role=("Test Engineer", "CNC Programmer"), tz=("in", "tr"))
mo("application_received", "lv", "Got it – {role}", "Hey {n},\n\nYour {role} application is with us. Whichever way it lands, your profile joins our Harbour Bench for twelve months (text BENCHOUT to leave).\n\n{sig} at {co}", ("Padstow Creamery Parlours", "Cavendish Boardwalk Rides"), ("padstowcreamery", "cavendishrides"), role=("Scooper", "Games Attendant"), tz=("uk", "pei"))
mo("application_received", "sr", "Application received – {role}", "<html><body><p>Dear {n},</p><table border=\"1\"><tr><th>Position</th><td>{role}</td></tr><tr><th>Now</th><td>Received</td></tr><tr><th>Could become</th><td>Interview · Closed, candidate appointed</td></tr></table><p>{co}</p></body></html>", ("Walvis Salt Pans Ltd", "Setúbal Cork Works"), ("walvissalt", "setubalcork"), role=("Weighbridge Clerk", "Sorting Operator"), tz=("na", "pt"))
mo("application_received", "ic", "{co}: application {ref} logged", "Dear {n},\n\nWe logged your application for {role}. Any file missing {x} halts at screening and never reaches the hiring manager, so do double-check.\n\nTalent Team, {co}", ("Genome Valley API Labs", "Kingstown Arrowroot Processors"), ("gvapilabs", "arrowrootsvg"), role=("QC Officer", "Mill Operator"), x=("GMP training records", "a food handler's permit"), tz=("in", "vc"))
mo("application_received", "tl", "Job {ref}: submission confirmed", "Dear {n},\n\nWe confirm your submission for Job {ref} ({role}). When the requisition is filled by another applicant, your record becomes inactive automatically and you will receive a notice.\n\nCareers system, {co}", ("Izmir Fig Exporters", "Summerside Mussel Growers"), ("izmirfig", "summersidemussel"), role=("Warehouse Clerk", "Boat Hand"), tz=("tr", "pei"))
mo("application_received", "wk", "{role}: thanks for applying", "Hi {n},\n\nLovely that you want to be our {role}. Shortlisted folk do a paid trial shift; anyone not picked stays on our list for next season.\n\n{sig}\n{co}", ("Swakop Dune Quad Tours", "Newquay Headland Holiday Park"), ("swakopquad", "headlandpark"), role=("Quad Guide", "Reception Host"), tz=("na", "uk"))
mo("application_received", "bh", "Application in – {role}", "Hi {n},\n\nWe have your application for {role}. Heads up: staff who ask for the move get first look, before outsiders.\n\n{sig}, {co}", ("Montague Links Golf Club", "Laad Bazaar Bangle House"), ("montaguelinks", "laadbangles"), role=("Bar Server", "Sales Associate"), tz=("pei", "in"))
mo("application_received", "tt", "Candidacy received – {role}", "Dear {n},\n\nWe inform that your candidacy for {role} was received. In case it is not selected, we will send a communication; in case it is selected, we will contact by telephone.\n\n{sig}\n{co}", ("Aveiro Faience Factory", "Braga Footwear SA"), ("aveirofaience", "bragafootwear"), role=("Painter Decorator", "Quality Controller"), tz="pt")
mo("application_received", "pp", "{role}: application received", "Dear {n},\n\nThanks for your application for {role}. Each gets a shortlisting score; scores under the interview line bring an email after closing.\n\nPeople Team, {co}", ("Norwich Mutual Assurance", "Limerick Stent Devices"), ("norwichmutual", "limerickstent"), role=("Complaints Handler", "Packaging Operative"), tz=("uk", "ie"))
mo("application_received", "jz", "Thank you – {role}", "Dear {n},\n\nYour application for {role} has reached us. Only those called for interview get contacted, so if two weeks go by quiet, take it the post gone elsewhere. God bless.\n\n{sig}\n{co}", ("Bequia Charter Yachts", "Otjiwarongo Cattle Ranch"), ("bequiacharter", "otjiranch"), role=("Chef", "Fence Builder"), tz=("vc", "na"))
mo("application_received", "ab", "{co} · application received", "Hi {n},\n\nGot your {role} form. Thumbs up or down, a person at our desk replies within two working weeks, promise.\n\n{sig}", ("Istanbul Basketly Commerce", "Hyderabad Tiffinbox Tech"), ("basketly", "tiffinbox"), role=("Data Analyst", "Android Developer"), tz=("tr", "in"))
mo("application_received", "crew", "{x} crew – application in", "Hi {n},\n\nGot you down for the {x} crew. Returners pick spots first; should the crew fill before new names come up, we'll text you.\n\n{sig}, {co}", ("Charlottetown Spud Packers", "Georgetown Banana Growers"), ("spudpackers", "gtbananas"), x=("potato harvest", "banana packing"), tz=("pei", "vc"))
mo("application_received", "ph", "Application acknowledged – announcement {ref}", "Dear {n},\n\nYour {role} application has arrived. Your Notice of Results, sent after the closing date, will state two things: qualified or not, and referred or not.\n\n{co}", ("US Fish and Wildlife Service – HR Operations", "PEI Public Service Commission"), ("fwshr", "peipsc"), role=("Range Technician", "Office Assistant"), tz=("usm", "pei"))
mo("application_received", "pe", "Competition {ref}: receipt", "Dear {n},\n\nYour application for {role} is received. Note that any applicant whose documents are not certified by the closing date will be declared ineligible.\n\n{co}", ("Public Service Commission of Namibia", "Public Service Commission, St Vincent and the Grenadines"), ("pscnamibia", "pscsvg"), role=("Accounts Clerk", "Statistical Assistant"), tz=("na", "vc"))
mo("application_received", "pq", "Registration for written examination", "Dear {n},\n\nYour registration for {role} is complete. Anyone below the cut-off mark is not called to interview; results go online.\n\n{co}", ("Telangana Recruitment Board (Regional Cell)", "Ankara Provincial Personnel Office"), ("tgrbcell", "ankarapersonel"), role=("Typist", "Driver"), tz=("in", "tr"))
mo("application_received", "ft", "Application received: {role}", "Dear {n},\n\nAbout {role}: every application gets read, and whatever happens, an answer comes back to you.\n\nRegards,\n{co} Recruitment{FOOT}", ("Lisbon Contact Hub Lda", "Khomas Guarding Services"), ("lisboncontact", "khomasguard"), role=("Inbound Agent", "Dog Handler"), tz=("pt", "na"))
mo("application_received", "st", "Application submitted", "<html><body><p>Hello {n},</p><p>Status for <b>{role}</b>: <b>Submitted</b>. Possible later labels: Under review · Interview · Closed (no longer under consideration).</p><p>{co}</p></body></html>", ("Summerside Mussel Growers", "Tsumeb Copper Refining"), ("summersidemussel", "tsumebrefining"), role=("Grader", "Fitter"), tz=("pei", "na"))
mo("application_received", "in", "{x}: application received", "Dear {n},\n\n{x} forms are in, yours too. Seats are scarce; should none be yours, we'll say so by the thirtieth.\n\nEarly Careers, {co}", ("Genome Valley API Labs", "Norwich Mutual Assurance"), ("gvapilabs", "norwichmutual"), x=("Winter Research Internship", "Data Graduate Scheme"), tz=("in", "uk"))
mo("application_received", "cw", "Application for {role}", "Alright {n},\n\nGot your form for {role}, ta. Two weeks with no ring from us means we've took somebody else, no hard feelings mind.\n\n{sig}", ("Camborne Engine House Museum", "Humber Caravan Builders"), ("enginehouse", "humbercaravans"), role=("Guide", "Joiner"), tz="uk")
mo("application_received", "hyd", "Application received for {role}", "Dear {n},\n\nYour profile for {role} is received at our end. If shortlisted, HR will call; if not shortlisted, same will be kept in our resume bank for six months.\n\n{sig}\n{co}", ("Secunderabad Coachworks Pvt Ltd", "Deccan Talent Partners"), ("secbodyworks", "deccantalent"), role=("Electrician", "Java Developer"), tz="in")
mo("application_received", "vin", "Your application", "Hi {n},\n\nWe get your application for {role}. If it don't go through this time we go keep it for when a next thing come up.\n\n{sig}\n{co}", ("Canouan Reef Villas", "Hairoun Recruit"), ("canouanreef", "hairounrecruit"), role=("Housekeeper", "Bartender"), tz="vc")
mo("application_received", "pei", "Thanks for applying – {role}", "Hi {n},\n\nThanks for sending your resume along for {role}. We'll phone just the folks we pick to interview, but every resume's appreciated.\n\n{sig}\n{co}", ("Island Red Soil Landscaping", "Island Staffing"), ("redsoilscapes", "islandstaffing"), role=("Labourer", "Forklift Operator"), tz="pei")
mo("application_received", "tur", "Your application has been received", "Dear {n},\n\nYour application for {role} has been received. Your information is registered in our database and, whether positive or negative, the result of the evaluation will be informed to you.\n\n{sig}\n{co}", ("Gaziantep Pistachio Processing", "Bosphorus Talent"), ("antepfistik", "bosphorustalent"), role=("Shift Engineer", "Sales Engineer"), tz="tr")
mo("application_received", "gen", "Application confirmation – {role}", "Hi {n},\n\nThis confirms your {role} application. Not shortlisted? Your details then sit a year in our files, waiting for a fit.\n\n{sig}\n{co}", ("Sonoran Airframe Works", "Mangaung Mutual Insurers"), ("sonoranairframe", "mangaungmutual"), role=("Planner", "Claims Clerk"), tz=("az", "za"))
# ---- 35 interviews / next steps / offers under the refusals' own senders and threads
mo("interview", "i1", "Interview invitation – {role}", "Hello {n},\n\nCould we meet about the {role} role on {dl}, 10:00, pit office? Unfortunately the main gate's being resurfaced; come in by the weighbridge lane.\n\n{sig}\n{co}", ("Wheal Kitto China Clay", "Tsumeb Copper Refining"), ("wealkitto", "tsumebrefining"), role=("Plant Fitter", "Shift Chemist"), tz=("uk", "na"))
mo("interview", "i2", "RE: [EXT] Re: {role} – meeting the team", "Hi {n},\n\nLovely to hear back from you. Free to meet the team {dl}, 2pm? Sadly the lift's getting serviced that week: stairs to floor three.\n\n{sig}\n\n{OUT}", ("Hitec Lane Data Services", "Norwich Mutual Assurance"), ("hiteclane", "norwichmutual"), role=("Scrum Master", "Pricing Analyst"), tz=("in", "uk"))
mo("interview", "i3", "Interview – {role}", "Hey {n},\n\n{role}: you're on to interview! {dl} at 11 alright? Bad news, the car park's taken by the summer fair, so street parking it is.\n\n{sig} at {co}", ("Padstow Creamery Parlours", "Cavendish Boardwalk Rides"), ("padstowcreamery", "cavendishrides"), role=("Shift Lead", "Ride Operator"), tz=("uk", "pei"))
mo("interview", "i4", "Invitation to interview: {role}", "Dear {n},\n\nInterview for {role}: {dl}, 09:30. Regrettably the canteen is shut by builders; do bring water.\n\n{sig}\n{co}", ("Walvis Salt Pans Ltd", "Setúbal Cork Works"), ("walvissalt", "setubalcork"), role=("Plant Electrician", "Line Operator"), tz=("na", "pt"))
mo("interview", "i5", "{role} – let's talk", "Hi {n},\n\nKeen to talk {role} {dl}; video link to follow. Unfortunately the office wifi cuts out sometimes, so if I freeze I'll ring back.\n\n{sig}", ("Istanbul Basketly Commerce", "Hyderabad Tiffinbox Tech"), ("basketly", "tiffinbox"), role=("Growth Analyst", "Backend Engineer"), tz=("tr", "in"))
mo("interview", "i6", "RE: [EXT] Re: Interview on {dl}", "Hi {n},\n\nThanks for the note. Yes, see you on {dl} at 3pm at the marina. Bad news: the jetty gate is broken, so ring me from the car park.\n\n{sig}\n\n{GM}", ("Bequia Charter Yachts", "Canouan Reef Villas"), ("bequiacharter", "canouanreef"), role=("Mate", "Pool Attendant"), tz="vc")
mo("interview", "i7", "Interview for {role}", "Dear {n},\n\nPlease come in about {role} on {dl}, 10:00. Unfortunately visitor bays are full that week; park behind the packing shed.\n\n{sig}, {co}", ("Charlottetown Spud Packers", "Izmir Fig Exporters"), ("spudpackers", "izmirfig"), role=("Shift Supervisor", "Export Clerk"), tz=("pei", "tr"))
mo("interview", "i8", "Selection interview – {role}", "Dear {n},\n\nYou are called to the selection interview for {role} on {dl} at 09:00. Sadly the building's air conditioning is not working; dress light.\n\n{co}", ("Public Service Commission of Namibia", "Telangana Recruitment Board (Regional Cell)"), ("pscnamibia", "tgrbcell"), role=("Records Officer", "Junior Assistant"), tz=("na", "in"))
mo("next_steps", "n1", "Next step – online assessment for {role}", "Hi {n},\n\nNext for {role}: a forty-minute screen test online, due {dl}. Unfortunately that clock runs straight through, no pausing.\n\n{sig}\n{co}", ("Bursa Axle Components", "Genome Valley API Labs"), ("bursaaxle", "gvapilabs"), role=("Process Planner", "Validation Chemist"), tz=("tr", "in"))
mo("next_steps", "n2", "{role}: references and documents", "Dear {n},\n\nMoving ahead on {role}: by {dl}, send us two referees and an ID copy. Regrettably we don't take relatives as referees.\n\n{sig}\n{co}", ("Lisbon Contact Hub Lda", "Shannonbank Medtech"), ("lisboncontact", "shannonbank"), role=("Bilingual Agent", "Assembler"), tz=("pt", "ie"))
mo("next_steps", "n3", "Skills test – {role}", "Hi {n},\n\nFor {role}, a short hands-on test comes next; book a slot before {dl}. Sorry, the booking page breaks on phones for now.\n\n{sig}, {co}", ("Sonoran Airframe Works", "Top End Croc Park"), ("sonoranairframe", "topendcroc"), role=("Composite Technician", "Reptile Keeper"), tz=("az", "aun"))
mo("next_steps", "n4", "Document verification – {role}", "Dear {n},\n\nThe written stage for {role} is passed. Bring originals to be verified before {dl}. Unfortunately photocopies alone are not accepted.\n\n{co}", ("Public Service Commission, St Vincent and the Grenadines", "Ankara Provincial Personnel Office"), ("pscsvg", "ankarapersonel"), role=("Customs Clerk", "Technical Staff"), tz=("vc", "tr"))
mo("offer", "o1", "Offer – {role}", "Hi {n},\n\nDelighted to offer you {role}! Contract back, signed, by {dl} please. Bad news: the staff van's at the mechanic, so week one you'll make your own way in.\n\n{sig}\n{co}", ("Swakop Dune Quad Tours", "Newquay Headland Holiday Park"), ("swakopquad", "headlandpark"), role=("Tour Guide", "Site Warden"), tz=("na", "uk"))
mo("offer", "o2", "RE: [EXT] Re: {role} – offer", "Dear {n},\n\nAfter the second meeting the board approved your appointment as {role}, and the post is yours, with our pleasure. Sadly the canteen is under renovation for your first month.\n\n{sig}\n\n{ORIG}", ("Gaziantep Pistachio Processing", "Aveiro Faience Factory"), ("antepfistik", "aveirofaience"), role=("Line Manager", "Glaze Technician"), tz=("tr", "pt"))
mo("offer", "o3", "Your offer – {role}", "Hi {n},\n\nGreat news: {role} is yours, starting {dl}. Unfortunately the lockers haven't arrived, so travel light.\n\n{sig}", ("Montague Links Golf Club", "Island Red Soil Landscaping"), ("montaguelinks", "redsoilscapes"), role=("Greenkeeper", "Crew Lead"), tz="pei")
mo("interview", "i9", "Interview – {role}", "Alright {n},\n\nFancy a natter about {role} on {dl}? Half ten at the engine house. Unfortunately the café's shut Tuesdays so no pasty, sorry.\n\n{sig}", "Camborne Engine House Museum", "enginehouse", role="Visitor Host", tz="uk")
mo("next_steps", "n5", "Next stage – {role}", "Dear {n},\n\nKindly complete the attached questionnaire for {role} and return by {dl}. Sadly our scanner is not working, so typed replies only please.\n\n{sig}\n{co}", "Secunderabad Coachworks Pvt Ltd", "secbodyworks", role="Welding Supervisor", tz="in")
mo("offer", "o4", "Good news – {role}", "Hi {n},\n\nThe {role} post is yours! Start on {dl}. Unfortunately the staff bus not running that week, so you go have to take a van.\n\n{sig}\n{co}", "Georgetown Banana Growers", "gtbananas", role="Packhouse Supervisor", tz="vc")
mo("interview", "i10", "Interview for {role}", "Dear {n},\n\nPlease join us to interview for {role} on {dl} at 14:00. Regrettably the front entrance is being fixed, so come round to the side door.\n\n{sig}\n{co}", "Mangaung Mutual Insurers", "mangaungmutual", role="Underwriting Assistant", tz="za")
mo("next_steps", "n6", "Next steps for {role}", "Hi {n},\n\nGood call earlier. Coming up: a take-home task, due {dl}. Unfortunately our file upload caps at 10 MB, so zip anything large.\n\n{sig}\n{co}", "Alachua Citrus Juice Co.", "alachuajuice", role="Line Mechanic", tz="use")
# ---- 15 other: neutral statuses, withdrawals, alerts, outreach, non-job refusals
mo("other_job", "wd", "Withdrawal confirmed – {role}", "Hi {n},\n\nPer your request, your {role} application is withdrawn. Candidate Home lets you reapply whenever you like.\n\n{co}", ("Wheal Kitto China Clay", "Hitec Lane Data Services"), ("wealkitto", "hiteclane"), role=("Stores Controller", "QA Analyst"), tz=("uk", "in"))
mo("other_job", "hold", "Status update: {role}", "<html><body><p>Hello {n},</p><p>Status for <b>{role}</b>: <b>On hold</b>. Hiring is frozen pending sign-off of the new budget year.</p><p>{co}</p></body></html>", ("Summerside Mussel Growers", "Istanbul Basketly Commerce"), ("summersidemussel", "basketly"), role=("Deckhand", "Category Manager"), tz=("pei", "tr"))
mo("other_job", "moved", "Interview moved – {role}", "Hi {n},\n\nYour {role} interview is moved to {dl} because the office is closed for Heritage Day. Same time, same place.\n\n{sig}\n{co}", "Mangaung Mutual Insurers", "mangaungmutual", role="Claims Clerk", tz="za")
mo("job_alert", "alert", "New roles this week at {co}", "Hi {n},\n\nYour saved Kernow search turned up three: Harbour Assistant (Falmouth), Quarry Fitter (St Austell), Guide (Camborne).{FOOT}", ("Kernow Trade Recruiters", "Kernow Trade Recruiters", "Kernow Trade Recruiters"), "kernowtrade", tz="uk")
mo("recruiter_outreach", "out1", "Opportunity: Plant Manager, Walvis Bay", "Hi {n},\n\nYour profile came up on my screen and I reckon a Plant Manager role at a salt producer near Walvis Bay would suit you. Got time for a call?\n\n{sig}\nNamib Staffing", "Namib Staffing", "namibstaffing", tz="na")
mo("recruiter_outreach", "out2", "Role in Charlottetown", "Hi {n},\n\nThere's an Operations Manager job with a food processor in Charlottetown that fits your background. Would you like to chat?\n\n{sig}\nIsland Staffing", "Island Staffing", "islandstaffing", tz="pei")
mo("non_job_rejection_words", "loan", "Your loan application {ref}", "Dear {n},\n\nPersonal loan application {ref} was assessed against your present credit file and declined.\n\n{co}", ("Quayside Building Society", "Quayside Building Society"), "quaysidebs", tz="uk")
mo("non_job_rejection_words", "ballot", "Fish Festival stall ballot", "Hi {n},\n\nTa for entering the Newlyn fish festival stall ballot. This year the draw passed your ticket by; every pitch is taken.\n\nFestival Committee", "Newlyn Festival Committee", "newlynfest", tz="uk")
mo("non_job_rejection_words", "flat", "Re: the flat on Olive Street", "Hi {n},\n\nTa for viewing the flat on Saturday. The owner let it to another tenant, so it's gone now.\n\n{sig}\n{co}", "Windhoek West Lettings", "whklettings", tz="na")
mo("non_job_rejection_words", "club", "Rowing club membership", "Dear {n},\n\nThe committee weighed up your bid for a seat in the senior eight. Regrettably every seat is taken this season.\n\n{sig}\nHillsborough River Rowing Club", "Hillsborough River Rowing Club", "hillsboroughrowing", tz="pei")
# ================================================================ wide part
def box(name: str) -> str:
    folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii").lower()
    parts = [p for p in re.split(r"[^a-z]+", folded) if p]
    return ".".join(parts) if parts else "kadrovi"


def pair(fam: str, lang: str, co: str, dom: str, tz: str, who: str, rej: tuple[str, str], twin: tuple[str, str, str] | None = None, ch: str = "") -> None:  # noqa: PLR0917
    """One refusal and its twin from one literal sender (the channel shown for English mail)."""
    shown = f"{who}, {co} (via {ch})" if ch else who
    frm = f"{shown} <{box(who)}@{dom}.example>"
    tail = f"\n\n{who}\n{co}" + (f"\n-- sent through {ch} --" if ch else "")
    wr(fam, rej[0], rej[1] + tail, co, dom, frm=frm, tz=tz, lang=lang)
    if twin:
        wo(twin[0], KIND_CODE[twin[0]] + "-" + fam, twin[1], twin[2] + tail, co, dom, frm=frm, tz=tz, lang=lang)


# ---- 25 English refusals from trades and channels no earlier slice names, with 24 twins
CH = "Trevennick"
pair("tinstreaming", "en", "Carnon Valley Tinworks", "carnontin", "uk", "Loveday Bolitho", ("Tinstreaming hand – your application", "Hi {n},\n\nThanks for asking after the tinstreaming hand job. Somebody who already works the leats has the job; you'll not be needed this season."), ("interview", "Tinstreaming hand – come and see us", "Hi {n},\n\nCome down the valley {dl}, 9 o'clock, and see the sluices. Unfortunately rain has churned the track, so boots please."), CH + "Garnet")
pair("saltraking", "en", "Etosha Pan Salt Co-op", "etoshasalt", "na", "Hilma Nangolo", ("Saltraking post", "Dear {n},\n\nA worker from Outapi got the saltraking post. Your application ends with this letter; thanks for trying, hey."), ("next_steps", "Saltraking post – medical form", "Dear {n},\n\nPlease fill the medical form for the saltraking post and bring it by {dl}. Sadly the town clinic shuts Fridays."), CH + "Jasper")
pair("withybundling", "en", "Somerset Levels Withy Sheds", "levelswithy", "uk", "Ned Coombes", ("Withybundling – outcome", "Hello {n},\n\nA lad who cut with us last winter has the withybundling place. Your name stops there."), ("offer", "Withybundling – a place for you", "Hello {n},\n\nWithybundling bench wants you from {dl}, should you be willing. Regrettably the shed heater packed up, so bring a thick jumper."), CH + "Agate")
pair("kettlemending", "en", "Tinker Lane Repairs", "tinkerlane", "ie", "Cathal Roche", ("Kettlemending apprentice", "Hi {n},\n\nA rake of letters came in for the kettlemending apprenticeship and a young one from Ennis got it. You weren't the one picked this time."), ("application_received", "Kettlemending apprentice – got your letter", "Hi {n},\n\nYour letter for the kettlemending apprenticeship arrived grand. After closing, everyone gets a letter, picked or passed over."), CH + "Opal")
pair("ploughwrighting", "en", "Prairie Share Works", "prairieshare", "usm", "Dolores Hatfield", ("Ploughwrighting shop opening", "Hi {n},\n\nA smith from Laramie got the ploughwrighting shop job. We've closed your application."), ("interview", "Ploughwrighting shop – interview", "Hi {n},\n\nSwing by the shop {dl}, 1pm? Unfortunately the forge will be cold that day, so the demo is a drawing test."), CH + "Beryl")
pair("bricknogging", "en", "Old Town Timber Frames", "oldtownframes", "use", "Ezra Whitcomb", ("Bricknogging crew", "Dear {n},\n\nThe bricknogging crew for spring restorations is set, without you. Thank you for the interest."), ("next_steps", "Bricknogging crew – sample panel", "Dear {n},\n\nNext step: lay a small sample panel at our yard by {dl}. Sadly the yard toilet is out of order, so plan accordingly."), CH + "Topaz")
pair("chimneylining", "en", "Flue and Hearth Services", "fluehearth", "nz", "Manaia Rapana", ("Chimneylining installer role", "Kia ora {n},\n\nThe chimneylining installer job went to someone already ticketed for roof work; yours stops here."), ("offer", "Chimneylining installer – offer", "Kia ora {n},\n\nWe're keen to offer you the chimneylining installer job, start {dl}. Unfortunately the work ute is still in for a new clutch."), CH + "Onyx")
pair("gutterbeating", "en", "Seamfold Roofing Metals", "seamfold", "au", "Kelvin Dwyer", ("Gutterbeating tradesperson", "G'day {n},\n\nThe gutterbeating job has gone to a bloke we've subbied with for years. Not this time for you, mate."), ("interview", "Gutterbeating tradesperson – yarn on site", "G'day {n},\n\nCome for a yarn on site on {dl} at 7am. Bad news is there's no shade on that roof, so bring a hat."), CH + "Quartz")
pair("oysterculling", "en", "Lüderitz Bay Shellfish", "luderitzshell", "na", "Rauna Shipanga", ("Oysterculling shift", "Hi {n},\n\nLast year's people fill the oysterculling shift now. No more names get added."), ("next_steps", "Oysterculling shift – induction", "Hi {n},\n\nPlease book the oysterculling induction before {dl}. Unfortunately the boat leaves at 5am sharp, no waiting."), CH + "Flint")
pair("bannerstitching", "en", "Procession Banner Loft", "bannerloft", "uk", "Ivy Polglase", ("Bannerstitching seamstress", "Dear {n},\n\nA stitcher from Truro has the bannerstitching work, so your application ends there."), ("application_received", "Bannerstitching seamstress – received", "Dear {n},\n\nWe've got your bannerstitching samples. Chosen or passed by, each applicant gets word inside three weeks."), CH + "Mica")
pair("harnessbraiding", "en", "Kalahari Tack and Saddle", "kalaharitack", "za", "Hennie Visagie", ("Harnessbraiding artisan", "Hi {n},\n\nWe've appointed an artisan from Upington to the harnessbraiding bench. Thanks for applying; this one isn't for you."), ("interview", "Harnessbraiding artisan – meet us", "Hi {n},\n\nPlease come through on {dl} at 10:00. Sadly the workshop has no power on Tuesdays because of load-shedding, so it'll be by daylight."), CH + "Jet")
pair("troughglazing", "en", "Stokeley Sanitary Pottery", "stokeleypottery", "uk", "Marcus Heathcote", ("Troughglazing operative", "Hi {n},\n\nThe troughglazing operative post is now filled internally. We'll close your application."), ("offer", "Troughglazing operative – offer", "Hi {n},\n\nGood news: the troughglazing bench wants you, first shift {dl}. Unfortunately the canteen's being refitted that month."), CH + "Amber")
pair("wickerbottoming", "en", "Pinecrest Chair Caning", "pinecrestcaning", "use", "Ruthanne Cobb", ("Wickerbottoming opening", "Hi {n},\n\nThanks for writing about wickerbottoming. A retiree with thirty years of seats behind him has joined us, so yours is a pass."), ("next_steps", "Wickerbottoming – trial seat", "Hi {n},\n\nCould you weave one trial seat for us by {dl}? Regrettably trial materials are on you."), CH + "Coral")
pair("tentpegging", "en", "Marquee Mob Events", "marqueemob", "au", "Brooke Tilley", ("Tentpegging crew for the festival", "Hey {n},\n\nTentpegging crew's locked in for the festival with returning riggers. This time it's a no for you."), ("interview", "Tentpegging crew – quick chat", "Hey {n},\n\nQuick chat on {dl} at 4? Unfortunately the warehouse has no parking, so grab a tram."), CH + "Pearl")
pair("mastscraping", "en", "Falmouth Spar Yard", "falmouthspar", "uk", "Jory Penhaligon", ("Mastscraping job", "Hi {n},\n\nA chap off the tall ship crew got the mastscraping job; we've no place for you."), ("next_steps", "Mastscraping job – references", "Hi {n},\n\nSend two references for the mastscraping job by {dl}. Sadly we can't count family as referees."), CH + "Slate")
pair("lenspolishing", "en", "Clearwater Optics Lab", "clearwateroptics", "usp", "Noriko Ashford", ("Lenspolishing technician", "Hi {n},\n\nA candidate off our night shift filled the lenspolishing technician role. Your application is now closed."), ("offer", "Lenspolishing technician – offer letter", "Hi {n},\n\nPleased to say the lenspolishing technician role is yours, start {dl}. Unfortunately our badge printer is down, so expect a paper pass."), CH + "Granite")
pair("sockknitting", "en", "Highfield Hosiery Knitters", "highfieldknit", "ie", "Eimear Nolan", ("Sockknitting machinist", "Hi {n},\n\nThe sockknitting machinist job went to a woman who ran our older frames. Thanks a million; you weren't chosen this round."), ("application_received", "Sockknitting machinist – application in", "Hi {n},\n\nYour sockknitting machinist application is here. Either way, a letter comes before month's end."), CH + "Basalt")
pair("buttonholing", "en", "Savile Pattern Tailors", "savilepattern", "uk", "Reuben Oyelaran", ("Buttonholing hand", "Dear {n},\n\nAnother hand has been engaged for buttonholing; your application ends here."), ("interview", "Buttonholing hand – bench test", "Dear {n},\n\nCome in on {dl} at 11 for a bench test. Regrettably the lift's broken; back stairs to the third floor."), CH + "Chalk")
pair("ledgerbinding", "en", "Ravenscar Ledger Bindery", "ravenscarledger", "in", "Padmaja Rao", ("Ledgerbinding assistant", "Dear {n},\n\nLedgerbinding assistant post is given to one candidate from Kukatpally. Your profile is closed at our end."), ("next_steps", "Ledgerbinding assistant – sample work", "Dear {n},\n\nKindly submit one sample ledger by {dl}. Unfortunately we cannot supply the boards; please bring your own."), CH + "Ochre")
pair("drystoning", "en", "Fellside Walling", "fellsidewalling", "uk", "Agnes Dowthwaite", ("Drystoning labourer", "Hi {n},\n\nA local waller's son has the drystoning labourer spot. Ta for applying."), ("offer", "Drystoning labourer – job's yours", "Hi {n},\n\nDrystoning's yours; first day {dl}. Bad news: quad bike's knackered, so you'll walk to the top field."), CH + "Umber")
pair("furnacelining", "en", "Blackreef Refractory Services", "blackreef", "za", "Sipho Dlamini", ("Furnacelining bricklayer", "Dear {n},\n\nAn experienced bricklayer is appointed to the furnacelining contract. Your application did not succeed."), ("next_steps", "Furnacelining bricklayer – medical", "Dear {n},\n\nPlease book your fit-for-work medical by {dl}. Unfortunately that clinic won't take cards."), CH + "Cobalt")
pair("hookrigging", "en", "Mombasa Line Fishing", "mombasaline", "ke", "Wanjiru Kamau", ("Hookrigging hand", "Hi {n},\n\nA fisherman from Shimoni now holds the hookrigging hand post. Your application stops here."), ("interview", "Hookrigging hand – meet at the jetty", "Hi {n},\n\nMeet us at the jetty on {dl} at 8am. Sadly painters have the office, so we'll talk outside."), CH + "Copper")
pair("luteglueing", "en", "Sandalwood String Instruments", "sandalwoodstrings", "usp", "Felix Arbogast", ("Luteglueing apprentice", "Hi {n},\n\nAn apprentice already trained in hide glue has the luteglueing place. Your application ends here."), ("application_received", "Luteglueing apprentice – received", "Hi {n},\n\nYour application reached us. Whichever way we lean, I'll answer myself, not a robot."), CH + "Tin")
pair("wagonpainting", "en", "Heritage Wagon Works", "heritagewagon", "pei", "Lorne Arsenault", ("Wagonpainting job", "Hi {n},\n\nA fella from Kensington got the wagonpainting job. Thanks for trying, and good luck."), ("offer", "Wagonpainting job – offer", "Hi {n},\n\nThe wagonpainting job's yours, starting {dl}. Unfortunately the paint booth fan is being replaced the first week."), CH + "Zinc")
pair("pumpwrighting", "en", "Stillwater Pump and Well", "stillwaterpump", "vc", "Vernon Sutherland", ("Pumpwrighting helper", "Hi {n},\n\nWe pick another man for the pumpwrighting helper job, somebody from Barrouallie. Thanks for your interest."), None, CH + "Pewter")
# ---- a job alert and a non-job refusal
wo("job_alert", "alert", "This week on TrevennickGarnet", "Hi {n},\n\nNew listings near you: tin-valley labourer (Carnon), spar yard hand (Falmouth), banner stitcher (Truro). Unsubscribe any time in settings.\n\n-- TrevennickGarnet listings --", "TrevennickGarnet", "trevennickgarnet", frm="TrevennickGarnet Listings <alerts@trevennickgarnet.example>", tz="uk")
wo("non_job_rejection_words", "permit", "Resident parking permit {ref}", "Dear {n},\n\nResident parking permit request {ref} is refused: your street lies outside the permit zone. Appeals go to the council within four weeks.\n\nParking Services", "Galway Parking Services", "galwayparking", frm="Parking Services <permits@galwayparking.example>", tz="ie")
# ---- 25 refusals in other languages: 15 widely spoken, 10 from the brief's pool (one each); 24 twins
pair("ar", "ar", "مصنع صابون نابلس الأخضر", "nablussoap", "sa", "سلمى العبيدي", ("بخصوص طلبك لوظيفة فني تعبئة", "عزيزتي {n}،\n\nنشكر اهتمامك بوظيفة فني تعبئة. اختارت الإدارة مرشحا آخر عمل سنوات على خطوط التعبئة، ولذلك لن نواصل النظر في طلبك."), ("interview", "دعوة إلى مقابلة – فني تعبئة", "عزيزتي {n}،\n\nيسرنا دعوتك إلى مقابلة في {dl} عند العاشرة. للأسف ساحة الوقوف تحت الصيانة، فاحضري بسيارة أجرة."))
pair("de", "de", "Allgäuer Alphornbau Riedl", "alphornbau", "de", "Hedwig Lanzinger", ("Ihre Bewerbung als Holzbläser-Werkstatthelfer", "Liebe {n},\n\ndanke, dass Sie an unsere Alphornwerkstatt gedacht haben. Wir nehmen einen Drechsler, der seit Jahren Fichtenrohre bohrt, und müssen Ihnen deshalb absagen."), ("next_steps", "Probearbeit in der Werkstatt", "Liebe {n},\n\nbitte senden Sie uns bis zum {dl} zwei Fotos Ihrer Holzarbeiten. Leider ist unser Postfach für große Dateien zu klein, bitte nicht über 5 MB."))
pair("es", "es", "Conservas Artesanas del Cantábrico", "conservascantabrico", "es", "Amparo Villalobos", ("Puesto de envasadora", "Hola {n}:\n\nHemos leído tu carta para envasadora. La plaza es para otra candidata con más campañas de bonito, y tu candidatura se queda aquí."), ("offer", "Oferta: envasadora", "Hola {n}:\n\nQueremos que seas nuestra envasadora a partir del {dl}. Por desgracia, el vestuario está en obras el primer mes."))
pair("fr", "fr", "Fromagerie des Causses", "fromageriecausses", "fr", "Maëlle Courtois", ("Votre candidature – affineur", "Bonjour {n},\n\nLe poste d'affineur revient à une Aveyronnaise qui retourne des tommes en cave depuis dix ans ; nous clôturons votre candidature."), ("interview", "Entretien – affineur", "Bonjour {n},\n\nVenez nous voir le {dl}, 14 h, à la fromagerie. Malheureusement, la route de la cave est fermée pour travaux ; passez par le village."))
pair("hi", "hi", "कन्नौज इत्र भवन", "kannaujittar", "in", "विक्रम पांडेय", ("इत्र आसवन सहायक पद", "प्रिय {n},\n\nइत्र की भट्टी पर काम माँगने वाला आपका ख़त आया। देग वाले उस्ताद अपने पोते को यह काम दे चुके, इस खातिर आपका नाम हटा दिया।"), ("next_steps", "अगला चरण – दस्तावेज़", "प्रिय {n},\n\n{dl} तक पहचान वाला कागज़ भेजें। अफ़सोस, देग घर में स्कैनर नहीं चलता, फ़ोन से खींची तस्वीर चलेगी।"))
pair("it", "it", "Liuteria Cremonese Zanetti", "liuteriazanetti", "it", "Fabrizio Zanetti", ("Candidatura – aiuto liutaio", "Gentile {n},\n\nla ringraziamo per aver pensato alla nostra bottega. Per il posto di aiuto liutaio abbiamo scelto una persona già diplomata alla scuola di liuteria e non proseguiremo con la sua."), ("application_received", "Candidatura ricevuta – aiuto liutaio", "Gentile {n},\n\nla sua domanda è arrivata in bottega. Positiva o negativa, la risposta le arriverà entro tre settimane."))
pair("ja", "ja", "有田刃物工房", "aritahamono", "jp", "石田 亮", ("研ぎ師見習いの応募について", "{n} 様\n\n研ぎ師見習いにご応募いただき、ありがとうございました。慎重に検討した結果、今回は別の方を採用することになりました。ご了承ください。"), ("interview", "面接のご案内", "{n} 様\n\n{dl} 午前十時に工房で面接をお願いします。あいにく駐車場が工事中のため、公共交通機関をご利用ください。"))
pair("ko", "ko", "통영 나전칠기 공방", "tongyeongnajeon", "kr", "윤태호", ("나전 보조 지원 결과", "{n} 님,\n\n나전 보조 자리는 통영에서 자개를 오래 다뤄 온 분께 돌아갔습니다. 그래서 이번에는 모시지 못합니다."), ("offer", "합격 안내 – 나전 보조", "{n} 님,\n\n공방 식구가 되어 주세요. 첫날은 {dl}입니다. 아쉽게도 작업실 난방기가 고장이라 따뜻한 옷을 준비해 주세요."))
pair("pt", "pt", "Olaria de Barcelos Pimentel", "olariabarcelos", "pt", "Graça Pimentel", ("Candidatura a oleiro", "Olá {n},\n\nA vaga de oleiro ficou para um galista que há décadas trabalha ao torno, por isso a sua candidatura termina aqui."), ("next_steps", "Próximo passo – peça de prova", "Olá {n},\n\nPedimos uma peça de prova até {dl}. Infelizmente o forno está avariado esta semana, por isso pode entregar a peça crua."))
pair("ru", "ru", "Вологодская кружевная мастерская", "vologdalace", "ru", "Ольга Белова", ("Ваш отклик на вакансию кружевницы", "Здравствуйте, {n}!\n\nМесто кружевницы получила мастерица, которая много лет плетёт на коклюшках, так что на этом ваш отклик закрыт."), ("interview", "Приглашение на собеседование", "Здравствуйте, {n}!\n\nЖдём вас на разговор {dl} к одиннадцати. К сожалению, подъёмник в мастерской сломан, на третий этаж придётся пешком."))
pair("sw", "sw", "Karakana ya Vinyago Makonde", "makondecarvings", "tz", "Juma Mrisho", ("Ombi lako la kazi ya mchongaji", "Habari {n},\n\nKazi ya mchongaji imepewa fundi mzee wa Mtwara aliyechonga vinyago tangu ujana, hivyo ombi lako linaishia hapa."), ("offer", "Umepata kazi ya mchongaji", "Habari {n},\n\nTunafurahi kukupa kazi ya mchongaji kuanzia {dl}. Kwa bahati mbaya, pikipiki ya karakana iko gereji wiki hiyo."))
pair("th", "th", "โรงงานผ้าไหมสุรินทร์", "surinsilk", "th", "ธนากร ศรีสุข", ("ผลการสมัครงานช่างทอ", "เรียน คุณ{n}\n\nขอบคุณที่สมัครงานช่างทอกับเรา ตำแหน่งนี้ตกเป็นของช่างทอจากบ้านท่าสว่างซึ่งทอผ้ายกมานาน เราจึงขอปิดใบสมัครของท่านไว้ตรงนี้"), ("interview", "เชิญสัมภาษณ์งานช่างทอ", "เรียน คุณ{n}\n\nขอเชิญมาสัมภาษณ์วันที่ {dl} เวลาสิบโมง น่าเสียดายที่โรงจอดรถกำลังทาสีใหม่ โปรดนั่งสามล้อมาแทน"))
pair("tr", "tr", "Kütahya Çini Atölyesi", "kutahyacini", "tr", "Gülşen Aktaş", ("Çini ustası başvurunuz", "Merhaba {n},\n\nÇini ustası ilanımıza gösterdiğiniz ilgi için teşekkürler. Kadroya fırın başında yıllarını geçirmiş bir usta alındı."), ("next_steps", "Sonraki adım – örnek çalışma", "Merhaba {n},\n\nLütfen {dl} tarihine kadar iki örnek tabak fotoğrafı gönderin. Ne yazık ki sistemimiz büyük dosyaları kabul etmiyor."))
pair("ur", "ur", "سیالکوٹ فٹ بال سلائی گھر", "sialkotstitch", "pk", "عمران چوہدری", ("سلائی کاریگر کی درخواست", "محترم {n}،\n\nفٹ بال سلائی کی جگہ ڈسکہ والے استاد بشیر کا بھانجا لے گیا، چنانچہ اس دفعہ آپ کا نام فہرست سے باہر ہے۔"), ("interview", "انٹرویو کی دعوت", "محترم {n}،\n\nملاقات {dl} کو دس بجے کارخانے میں رکھی ہے۔ افسوس کہ دفتر کی بجلی اکثر جاتی ہے، اس لیے انتظار کرنا پڑ سکتا ہے۔"))
pair("zh", "zh", "宜兴紫砂壶作坊", "yixingteapot", "cn", "黄建国", ("关于紫砂学徒岗位的答复", "{n}您好：\n\n感谢您应聘紫砂学徒一职。经过比较，我们已经选定了一位有制壶基础的候选人，这次就不安排您进入下一轮了。"), ("offer", "录用通知：紫砂学徒", "{n}您好：\n\n很高兴通知您被录用为紫砂学徒，请于{dl}报到。遗憾的是宿舍正在装修，第一个月需要自行安排住处。"))
pair("cat", "cat", "Cistelleria del Montseny", "cistelleriamontseny", "es", "Jordi Casals", ("La teva candidatura de cisteller", "Hola {n},\n\nLa plaça de cisteller és per a algú que ja trenava vímet amb nosaltres, i per això tanquem la teva sol·licitud."), ("interview", "Entrevista – cisteller", "Hola {n},\n\nEt proposem una entrevista el {dl} a les deu. Malauradament el camí del taller està tallat per obres; puja per la carretera vella."))
pair("glg", "glg", "Redeiras da Ría de Arousa", "redeirasarousa", "es", "Uxía Mosquera", ("Candidatura de redeira", "Ola {n},\n\nO posto de redeira vai para unha compañeira do peirao con moitos anos remendando aparellos, e a túa candidatura queda aquí."), ("next_steps", "Seguinte paso – proba práctica", "Ola {n},\n\nPrecisamos que fagas unha proba práctica antes do {dl}. Por desgraza a nave non ten calefacción, trae roupa de abrigo."))
pair("afr", "afr", "Karoo Windpomp Herstelwerke", "karoowindpomp", "za", "Gerrit Louw", ("Jou aansoek as windpomphersteller", "Goeiedag {n},\n\nDankie vir jou aansoek. Ons het 'n ander kandidaat aangestel wat al jare lank windpompe in die Karoo regmaak, en sal nie met jou aansoek voortgaan nie."), ("offer", "Aanbod – windpomphersteller", "Goeiedag {n},\n\nOns wil jou graag as windpomphersteller aanstel vanaf {dl}. Ongelukkig is die werksbakkie nog by die werkswinkel."))
pair("isl", "isl", "Ullarvinnslan Hekla", "ullarhekla", "is", "Kjartan Einarsson", ("Umsókn um starf í ullarþvotti", "Sæl {n},\n\nTakk fyrir umsóknina. Við höfum ráðið annan umsækjanda með meiri reynslu af ullarþvotti og munum ekki halda áfram með þína umsókn."), ("interview", "Boð í viðtal", "Sæl {n},\n\nVið bjóðum þér í viðtal {dl} klukkan tíu. Planið er því miður við verkstæðið ófært, leggðu við kirkjuna."))
pair("nor", "nor", "Hardanger Felestøp", "hardangerfele", "no", "Eirik Brekke", ("Søknaden din som verkstedsmedarbeider", "Hei {n},\n\nPlassen i verkstedet gikk til en som har bygd feler før, så søknaden din stopper her."), ("application_received", "Søknaden er kommet fram", "Hei {n},\n\nTakk, søknaden kom fram i dag. Ja eller nei, svaret kommer fra verkstedet innen tre uker."))
pair("dan", "dan", "Bornholms Røgeri og Kro", "bornholmroegeri", "dk", "Mette Kjærgaard", ("Din ansøgning som røgemester-elev", "Kære {n},\n\nPladsen som røgemester-elev får en, der har passet ovnene hos os om sommeren, så din ansøgning stopper her."), ("next_steps", "Næste skridt – prøvedag", "Kære {n},\n\nVi vil gerne have dig ud til en prøvedag inden {dl}. Desværre kører færgen kun to gange om dagen."))
pair("fin", "fin", "Lapin Porotila Keskitalo", "lapinporotila", "fi", "Jussi Heikkinen", ("Hakemuksesi porotilan työntekijäksi", "Hei {n},\n\nPaikka meni porojen parissa kasvaneelle naapurin pojalle, joten hakemuksesi ei etene tällä kertaa."), ("offer", "Työtarjous – porotilan työntekijä", "Hei {n},\n\nTarjoamme sinulle paikkaa alkaen {dl}. Valitettavasti kelkka on korjaamolla ensimmäisen viikon."))
pair("est", "est", "Saaremaa Dolomiidikoda", "saaredolomiit", "ee", "Tõnu Lepik", ("Teie kandideerimine kiviraidur-õpipoisiks", "Tere {n},\n\nTäname kandideerimast. Valisime kohale teise kandidaadi, kellel on kivitöö kogemus, ja teie avaldusega me edasi ei lähe."), ("interview", "Kutse vestlusele", "Tere {n},\n\nKutsume teid vestlusele {dl} kell 11. Kahjuks on töökoja parkla remondis, palun parkige küla poe juures."))
pair("slv", "slv", "Čebelarstvo Panjske Končnice", "panjskekoncnice", "si", "Nataša Zupan", ("Vaša prijava za slikarja panjskih končnic", "Pozdravljeni, {n},\n\nhvala za prijavo. Izbrali smo drugo kandidatko, ki že ima izkušnje s poslikavo lesa, zato z vašo prijavo ne bomo nadaljevali."), ("application_received", "Prejeli smo vašo prijavo", "Pozdravljeni, {n},\n\nvaša prijava je prispela v čebelnjak. Naj bo odgovor da ali ne, ga dobite v treh tednih."))
pair("srp", "srp", "Пиротски ћилими Митровић", "pirotkilim", "rs", "Бојана Митровић", ("Ваша пријава за ткаљу", "Поштована {n},\n\nхвала на пријави за место ткаље. Одлучили смо се за другу кандидаткињу са дужим искуством на разбоју, па вашу пријаву нећемо даље разматрати."), None)


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
    "afr": "{y}/{mm}/{dd}", "glg": "{d}/{m}/{y}", "tgl": "{m}/{d}/{y}", "srp": "{d}. {m}. {y}.", "fas": "{y}/{mm}/{dd}", "bos": "{d}. {m}. {y}.", "isl": "{d}.{m}.{y}",
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
    """Every .jsonl in data/ and data/blind/ up to slice 162; slice 163, this slice and any later one are skipped by number."""
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
