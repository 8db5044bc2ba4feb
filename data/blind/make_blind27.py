# ruff: noqa: E501, S311
"""Write the twenty-seventh sealed blind slice for issue 11 (blind-slice-27.jsonl).

Stdlib only, fixed seed; two runs write byte-identical files. Options:
--langs  print the make-up by part/label/kind and label/language (no message text)
--check  6-word shingles shared with the other .jsonl files in data/ and data/blind/
         (read only as shingle sets, slice 27 and later never read; our side printed)
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

SEED = 270271
HERE = Path(__file__).resolve().parent
OUT = HERE / "blind-slice-27.jsonl"
WORD = re.compile(r"\w+")
TAG = re.compile(r"<[^>]+>")
SLOT = re.compile(r"\{(\w+)\}")
SLICE_NO = re.compile(r"blind-slice-(\d+)\.jsonl$")

RECIPIENTS = [
    "Oyinkansola Pemberton", "Declan Raghunathan", "Lindiwe Ashcombe", "Harpreet Galbraith", "Chiamaka Worsley",
    "Wei Ling Trevithick", "Refilwe Dunmore", "Eoin Adeyemi", "Saoirse Krishnamurthy", "Tafadzwa Holroyd",
    "Zainab Kilcullen", "Aoife Subramaniam", "Tshepo Carrington", "Funmilayo Grimshaw", "Cormac Chatterjee",
    "Nomvula Pendleton", "Siddharth Gallagher", "Ifeoluwa Merriman", "Hui Min Blackwood", "Emeka Lindqvist",
    "Palesa Northcote", "Karthik Mulcahy", "Orla Babatunde", "Sizwe Hetherington", "Divya Costigan",
    "Olumide Flanagan", "Ronan Venkatesh", "Jia Hui Ravenscroft", "Efua Stainforth", "Lerato Quinlan",
    "Uchenna Pickering", "Maeve Iyer", "Ayanda Westbrook", "Arjun Brennan-Hale", "Yetunde Marchbank",
    "Fiachra Nwosu", "Dumisani Kingswell", "Shu Fen Polglase", "Bilal Tregarthen", "Ananya Doherty",
    "Kwame Ellery", "Niamh Obi-Sutton",
]
SIGNERS = [
    "Rosalind Ashworth", "Chukwudi Bramhall", "Imogen Featherstone", "Riaan van Rensburg", "Folake Aldridge",
    "Siobhan Mulvihill", "Barnaby Tolhurst", "Yaw Mensah-Cole", "Henrietta Vane", "Gerrit Steenkamp",
    "Zanele Crossley", "Callum Okoro-Reid", "Keabetswe Lyall", "Philippa Gant", "Aisling Devane",
    "Tolulope Spurrier", "Marguerite Oakes", "Dorcas Whitlam", "Babajide Thursby", "Ottilie Ndukwe",
    "Rupert Hallam", "Efe Charnock", "Lysander Pope", "Beatrix Kwarteng", "Nkechi Dowd",
    "Alasdair Munro", "Graciela Vance", "Donnacha Furlong", "Leopold Amadi", "Hyacinth Carver",
]
SIGNERS_IN = ["Raghav Kulkarni", "Swati Iyengar", "Manoj Thampi", "Ritika Saxena", "Debashish Mitra", "Kavya Hegde"]
LANG_SIGNERS = {
    "es": ["Remedios Aranda", "Eusebio Quintana"], "fr": ["Gwenaëlle Roussel", "Anatole Meunier"],
    "de": ["Waltraud Kessler", "Jannik Brodersen"], "pt": ["Conceição Ribas", "Duarte Meireles"],
    "it": ["Loredana Pace", "Settimio Ruggeri"], "nl": ["Femke Dijkstra", "Wouter Brinkman"],
    "pl": ["Bożena Kaczmarek", "Przemysław Duda"], "tr": ["Gülay Demirtaş", "Tarık Özbey"],
    "vi": ["Phan Thị Hồng", "Đỗ Quang Vinh"], "id": ["Sri Handayani", "Bambang Nugroho"],
    "sw": ["Rehema Mfinanga", "Juma Kiprotich"], "ru": ["Людмила Соколова", "Аркадий Белов"],
    "ko": ["한지은", "오세훈"], "ja": ["大塚 由紀", "相馬 健太"], "zh": ["邱雅婷", "钱志强"],
    "gcf": ["Josette Bélénus", "Raymond Saint-Éloi"], "rcf": ["Marie-Claire Payet", "Jean-Luc Hoarau"],
    "lou": ["Odile Thibodeaux", "Clovis Guidry"], "wes": ["Nformi Tabe", "Ngozika Ebai"],
    "pis": ["Rose Maetia", "Wilson Haununu"], "ksh": ["Gertrud Pütz", "Hein Schmitz"],
    "tw": ["Akosua Boateng", "Kofi Asante"], "rar": ["Teina Tuara", "Mata Kaitara"],
    "lfn": ["Ilse Varga", "Tomas Ferrer"], "nov": ["Signe Holmqvist", "Anders Bjerre"],
}
PROVIDERS = ["ferntop", "wavelane", "pebblemail", "harbourbox", "oakpost", "kitemail"]

ZONES = {
    "uk": ("+0000", "+0100", "n"), "ie": ("+0000", "+0100", "n"), "eu": ("+0100", "+0200", "n"),
    "use": ("-0500", "-0400", "n"), "usc": ("-0600", "-0500", "n"), "usm": ("-0700", "-0600", "n"),
    "usp": ("-0800", "-0700", "n"), "cae": ("-0500", "-0400", "n"), "cap": ("-0800", "-0700", "n"),
    "cam": ("-0700", "-0600", "n"), "can": ("-0330", "-0230", "n"), "in": ("+0530", None, ""),
    "au": ("+1000", "+1100", "s"), "auq": ("+1000", None, ""), "auw": ("+0800", None, ""),
    "aus": ("+0930", "+1030", "s"), "za": ("+0200", None, ""), "ng": ("+0100", None, ""),
    "sg": ("+0800", None, ""), "jp": ("+0900", None, ""), "cn": ("+0800", None, ""),
    "tr": ("+0300", None, ""), "ke": ("+0300", None, ""), "br": ("-0300", None, ""),
    "mx": ("-0600", None, ""), "vn": ("+0700", None, ""), "id": ("+0700", None, ""),
    "kr": ("+0900", None, ""), "ru": ("+0300", None, ""), "gp": ("-0400", None, ""),
    "re": ("+0400", None, ""), "cm": ("+0100", None, ""), "sb": ("+1100", None, ""),
    "gh": ("+0000", None, ""), "ck": ("-1000", None, ""), "pt": ("+0000", "+0100", "n"),
    "nz": ("+1200", "+1300", "s"),
}


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
    tz: str
    copies: int
    lang: str


TEMPLATES: list[T] = []


def _tup(v: str | tuple[str, ...]) -> tuple[str, ...]:
    return (v,) if isinstance(v, str) else v


def add(part: str, label: str, kind: str, fam: str, subject: str, body: str, co: str | tuple[str, ...], dom: str | tuple[str, ...], frm: str = "{sig} <{sl}@{dom}>", role: str | tuple[str, ...] = "", tz: str = "uk", lang: str = "en") -> None:  # noqa: PLR0917
    copies = 2 if len(_tup(co)) == 2 else 1
    TEMPLATES.append(T(part, label, kind, fam, subject, body, _tup(co), _tup(dom), frm, _tup(role), tz, copies, lang))


def mr(fam: str, subject: str, body: str, co: str | tuple[str, ...], dom: str | tuple[str, ...], **kw: object) -> None:
    add("mix", "rejection", "rejection", fam, subject, body, co, dom, **kw)  # type: ignore[arg-type]


def mo(kind: str, fam: str, subject: str, body: str, co: str | tuple[str, ...], dom: str | tuple[str, ...], **kw: object) -> None:  # noqa: PLR0917
    add("mix", "not_rejection", kind, fam, subject, body, co, dom, **kw)  # type: ignore[arg-type]


def wr(fam: str, subject: str, body: str, co: str | tuple[str, ...], dom: str | tuple[str, ...], **kw: object) -> None:
    add("wide", "rejection", "rejection", fam, subject, body, co, dom, **kw)  # type: ignore[arg-type]


def wo(kind: str, fam: str, subject: str, body: str, co: str | tuple[str, ...], dom: str | tuple[str, ...], **kw: object) -> None:  # noqa: PLR0917
    add("wide", "not_rejection", kind, fam, subject, body, co, dom, **kw)  # type: ignore[arg-type]


# ---- mix: 40 ordinary template rejections (15 x2, 10 once) ----
mr("wd-req", "Your candidacy: {role} (REQ-{ref})", "Hello {name},\n\nThanks for your time with {co} on requisition REQ-{ref}, {role}. Another candidate now holds this requisition, and Candidate Home shows your candidacy as closed.\n\nYou can still sign in to see other openings.\n\n{co} Talent Acquisition", ("Harrowgate Seed Merchants", "Brindlecombe Feed Mills"), ("harrowgateseeds.example", "brindlecombefeed.example"), frm="{co} Careers <noreply@{dom}>", role=("Agronomy Sales Lead", "Mill Shift Supervisor"))
mr("gh-hand", "{co} / {role}", "Hi {name},\n\nI read through your application myself this morning and I'm going to close it out for the {role} opening. We had a very strong pool and I picked the three people whose backgrounds sat nearest to our firmware stack.\n\nI'm grateful you spent the time on it.\n\n{sig}\nEngineering Manager, {co}", ("Quillforge Avionics", "Tessellate Drones"), ("quillforge.example", "tessellatedrones.example"), role=("Embedded Test Engineer", "Flight Software Engineer"), tz="usp")
mr("lever-one", "Re: {role} at {co}", "Hey {name} - quick note: your application for {role} stops here, we're going another way. Appreciate you applying. - {sfirst}", ("Parcelwise", "Tallybird"), ("parcelwise.example", "tallybird.example"), role=("Ops Associate", "Growth Analyst"), tz="use")
mr("sr-card", "Application update – {role}", "<html><body><table><tr><td><h3>{co}</h3></td></tr><tr><td>Position: {role}<br>Reference: {ref}<br>Current status: <b>Closed – not selected</b></td></tr><tr><td>We appreciated your wish to join us. Having reviewed all who applied, we are proceeding with other profiles for this position.</td></tr></table></body></html>", ("Orvana Hotels Group", "Bellmoor Resorts"), ("orvanahotels.example", "bellmoorresorts.example"), frm="{co} Recruiting <jobs@{dom}>", role=("Front Office Supervisor", "Revenue Coordinator"))
mr("icims-merit", "{co} – Employment Application {ref}", "Dear {full},\n\nThe {co} Human Resources Division has completed its review for {role} (Posting {ref}). Your application will not go to the oral board. This posting will not be reopened.\n\nThe {co} hires on merit and as an equal-opportunity public employer.\n\nHuman Resources Division", ("Coldwater Township Fire District", "Marlow County Library System"), ("coldwaterfire.example", "marlowlibraries.example"), frm="{co} HR <hr-notices@{dom}>", role=("Firefighter/EMT", "Branch Library Associate"), tz="usc")
mr("taleo-appt", "Search update: {role}", "Dear {name},\n\nFor the {role} search committee: our work is complete, and the college has appointed a candidate. Your materials were careful and well prepared, and we wish you well.\n\nSincerely,\n{sig}\nChair, Search Committee\n{co}\n\n{co} is an AA/EO employer.", ("Ridgecrest Technical College", "Pine Hollow State University"), ("ridgecresttech.example", "pinehollowstate.example"), role=("Instructor, Welding Technology", "Assistant Registrar"), tz="usm")
mr("ashby-cofounder", "{role} — where we landed", "Hi {name},\n\nWanted to close the loop myself. Our {role} offer went out to another finalist on Tuesday and came back signed, so I'm wrapping up your process here. Thanks for the thoughtful take-home.\n\n{sfirst}\nCo-founder, {co}", ("Ledgerkind", "Sproutmetric"), ("ledgerkind.example", "sproutmetric.example"), role=("Founding Data Engineer", "Product Designer"), tz="usp")
mr("workable-cafe", "{role} at {co}", "Hi {name},\n\nCheers for wanting to join the {co} crew as {role}. All our spring spots are filled, so your application ends here.\n\nCheers,\nThe {co} team", ("Drift & Grind Coffee", "Little Anchor Bakehouse"), ("driftandgrind.example", "littleanchor.example"), role=("Barista", "Counter Assistant"), tz="au")
mr("bamboo-vet", "Your application to {co}", "Dear {name},\n\nThanks for going for the {role} post at {co}. Someone has now accepted the post, so your application is closed on our side. Best wishes for whatever comes next.\n\nKind regards,\n{sig}\nPractice Manager", ("Fernleigh Veterinary Clinic", "Otterbourne Physiotherapy"), ("fernleighvets.example", "otterbournephysio.example"), role=("Veterinary Care Assistant", "Clinic Receptionist"))
mr("jazz-roof", "Roofing labourer", "G'day {name}, ta for chasing the labourer job. Crew's sorted for this one, so you've missed out, mate. {sfirst}, {co}", ("Southern Cross Roofing", "Redgum Guttering"), ("southerncrossroof.example", "redgumgutters.example"), tz="aus")
mr("recruitee-nl", "{role}: an update from {co}", "Hi {name},\n\nWhat you sent for {role} at {co} has been weighed against the team's needs this quarter; other candidates are the ones we'll pursue.\n\nAll the best,\n{sig}\nPeople team, {co}", ("Waddenkracht Energy", "Polderlicht Solar"), ("waddenkracht.example", "polderlicht.example"), role=("Battery Storage Engineer", "Field Service Technician"), tz="eu")
mr("in-portal", "Application Status Update – {role}", "Dear {name},\n\nGreetings from {co}!\n\nRef: your application for {role}. Post screening, your profile has not made the shortlist for the next round of this hiring drive. Your details stay in our records for upcoming requirements.\n\nRegards,\nTalent Acquisition Team\n{co}", ("Vistara Textiles Pvt Ltd", "Sahyadri Cold Chain Pvt Ltd"), ("vistaratextiles.example", "sahyadricold.example"), role=("Merchandiser", "Warehouse Executive"), tz="in")
mr("ng-bank", "RE: Application for {role}", "Dear {name},\n\nWe received and considered your {role} application to {co}. Kindly be informed that at this stage your application did not succeed. Note that this decision is final.\n\nWe wish you success ahead.\n\nHuman Capital Management\n{co}", ("Crestline Mortgage Bank Plc", "Niger Delta Assurance Ltd"), ("crestlinemortgage.example", "ndassurance.example"), role=("Credit Analyst", "Claims Officer"), tz="ng")
mr("sg-logistics", "Your job application with {co}", "Dear {name},\n\nThe {role} opening drew your interest, thank you. We regret we cannot extend an offer at this juncture. Your resume will sit with HR for six months, should something suitable turn up.\n\nBest regards,\nHR Department\n{co}", ("Merlion Freight Forwarding Pte Ltd", "Tanjong Pagar Marine Supplies Pte Ltd"), ("merlionfreight.example", "tpmarine.example"), role=("Customs Documentation Executive", "Procurement Assistant"), tz="sg")
mr("ca-hydro-cert", "Competition {ref} – {role}", "Hello {name},\n\nCompetition {ref} for {role} with {co} required a valid Red Seal in the trade at the closing date. Your application showed no Red Seal, so it has been screened out of the competition.\n\n{co} Recruitment Services", ("Northern Lakes Utilities Commission", "Fraser Valley Transit"), ("nlutilities.example", "fvtransit.example"), frm="Recruitment <careers@{dom}>", role=("Powerline Technician", "Heavy Duty Mechanic"), tz="cap")
mr("za-hardware", "Vacancy: {role}", "Dear {name}\n\nYour CV for the {role} vacancy at {co} came in among a big response. We have appointed someone and your application did not succeed.\n\nKind regards\n{sig}\nHR Officer", "Bushveld Build & Hardware", "bushveldbuild.example", role="Store Supervisor", tz="za")
mr("au-council-pool", "{role} – Recruitment outcome", "Dear {name},\n\nThe panel for {role} at {co} has gone through every application against the key selection criteria. Yours is not among those the panel will interview for this role.\n\nPeople and Culture\n{co}", "Wimmera Plains Shire Council", "wimmeraplains.example", frm="People and Culture <recruitment@{dom}>", role="Aquatic Centre Lifeguard", tz="aus")
mr("ie-creche", "{role} application", "Hi {name},\n\nThanks a million for your interest in the {role} job at {co}. Loads of people applied and we've offered the room to someone with Level 6 already in hand, so no interview for you this round. Best of luck.\n\n{sig}\nManager", "Little Acorns Community Crèche", "littleacorns.example", role="Room Leader", tz="ie")
mr("us-aquarium-eeo", "Your application for {role}", "Dear {full},\n\nYour interest in the {role} position at {co} meant a lot to the animal care team. Of the many qualified people who applied, the hiring group has chosen someone whose husbandry background maps more tightly onto this post.\n\nOur openings are posted at careers.{dom} whenever they come up.\n\nSincerely,\nHuman Resources\n{co}\n\n{co} makes every hiring decision on merit; race, colour, faith, sex, national origin, age, disability and genetics play no part in it.", "Gulf Shore Aquarium Society", "gulfshoreaquarium.example", role="Aquarist I", tz="usc")
mr("fr-eng", "About your candidature – {role}", "Dear {name},\n\nWe thank you for your candidature to the post of {role}. Your file was studied; with regret, we do not retain it for the rest of the recruitment.\n\nWe wish you good success in your research.\n\n{sig}\nHuman Resources, {co}", "Maison Chaumeil Cosmétiques", "chaumeilcosmetiques.example", role="Regulatory Affairs Assistant", tz="eu")
mr("de-eng", "Your application as {role}", "Dear {name},\n\nwe say many thanks for the application, also for your interest into our pump house. Your documents were examined with care. Unfortunately, for this position we will consider you no further. After six months we delete your documents, as data protection asks.\n\nWith friendly greetings\n{sig}\n{co}", "Rheinwerk Pumpen GmbH", "rheinwerkpumpen.example", role="Service Engineer", tz="eu")
mr("screen-note", "Following our call", "Hi {name},\n\nThanks for the twenty minutes on the phone yesterday about the {role} role. After talking with the hiring manager: the panel stage is going ahead without you, I'm afraid – the team is after someone who has already run month-end for a group with several entities.\n\n{sig}\nTalent Partner, {co}", "Halberd Insurance Services", "halberdinsurance.example", role="Group Financial Accountant")
mr("ph-bpo", "Assessment result – {role}", "Hi {name},\n\nThank you for taking the online assessment for {role}. Your score fell below the passing mark for this account, so your application ends here. Reapplying is possible after 90 days.\n\n{co} Recruitment", "Luzon Bridge Outsourcing Inc", "luzonbridge.example", frm="{co} Recruitment <hiring@{dom}>", role="Technical Support Representative", tz="sg")
mr("nz-text", "your application", "hi {name} its {sfirst} from {co}. thanks heaps for applying for the {role} job. someone local got it cos they can start monday. sorry bout that, good luck", "Kaikōura Crayfish Co", "kaikouracray.example", role="Factory Hand", tz="nz")
mr("uk-charity-score", "{role} – shortlisting", "Dear {name},\n\nYour {role} application with {co} was marked against each point of the person specification, and the total fell short of our interview threshold this time. We are sorry to be passing on this news.\n\nHR Team\n{co}", "Riverside Hospice Shops", "riversidehospiceshops.example", role="Retail Area Manager")
# ---- mix: 60 of issue 11's kinds ----
# thread replies after interviews: the decision is someone else's hire, no negation (6 x2, 4 once)
mr("thr-brewlab", "RE: [EXT] Re: {role} – thank you", "Hi {name},\n\nIt was lovely to show you round the brewhouse and the lab on Thursday, and the team enjoyed your questions about yeast viability. After a long chat between us we've offered the {role} post to Priya, who has covered our QC bench for the last year on a temporary contract, and she said yes yesterday afternoon.\n\nWarmly,\n{sig}\n\nFrom: {full} <{me}>\nSent: {qd}\nTo: {sig}\nSubject: Re: {role} – thank you\n\nThanks again for today, loved seeing the setup.", ("Tollgate Brewing Co", "Kettlewell Cider House"), ("tollgatebrewing.example", "kettlewellcider.example"), role=("Brewery Lab Analyst", "Quality Technician"))
mr("thr-stage", "Re: Re: {role}", "Dear {name},\n\nThank you for coming in; your prompt book exercise was a joy to read. The panel has decided to give the {role} contract for the autumn season to our current deputy, who knows the rig and the company well.\n\nWith every good wish,\n{sig}\nProduction Manager, {co}\n\nOn {qd}, {full} <{me}> wrote:\n> Thank you for the interview this morning. I've attached the notes I mentioned.", ("Wharfside Playhouse", "Lantern Street Theatre"), ("wharfsideplayhouse.example", "lanternstreettheatre.example"), role=("Stage Manager", "Company Stage Manager"))
mr("thr-ortho", "RE: [EXT] RE: [EXT] Interview follow up", "Hi {name},\n\nApologies, I've been slow getting back. We interviewed four people for the {role} role and the panel chose the candidate who completed her training placement with us last spring. You'll land somewhere good soon, and we enjoyed meeting you.\n\nBest,\n{sig}\n\n-----Original Message-----\nFrom: {full} <{me}>\nSent: {qd}\nSubject: RE: [EXT] Interview follow up\n\nHi {sfirst}, any news on timings after last week? Thanks!", ("Harbourview Eye Clinic", "Clearsight Ophthalmic Group"), ("harbourvieweye.example", "clearsightgroup.example"), role=("Orthoptist", "Ophthalmic Technician"), tz="ie")
mr("thr-paralegal", "RE: {role} - next steps?", "Hi {name},\n\nThanks for following up. The partners met on Monday and agreed to bring in Tomás, who has been temping in the conveyancing team since January, for the {role} seat. It was close and we liked your file-management test a great deal.\n\nKind regards\n{sig}\nPractice Manager | {co}\n________________________________\nFrom: {full} <{me}>\nSent: {qd}\nSubject: {role} - next steps?", ("Pennick & Rowe Solicitors", "Castlegate Law LLP"), ("pennickrowe.example", "castlegatelaw.example"), role=("Paralegal", "Conveyancing Assistant"))
mr("thr-ng-ngo", "RE: [EXT] Re: Interview for {role}", "Dear {name},\n\nThank you for attending our interview last week. Management has concluded the exercise, and the {role} role goes to a staff member from our Kano office who has supported the programme since its start.\n\nWe appreciate your time and wish you well.\n\n{sig}\nHR & Admin\n\nOn {qd}, {full} wrote:\n> Good afternoon, kindly let me know when I may expect feedback.", ("Savannah Health Initiative", "Greenbelt Livelihoods Foundation"), ("savannahhealth.example", "greenbeltfoundation.example"), role=("Programme Officer", "Data Quality Officer"), tz="ng")
mr("thr-in-saas", "Re: Feedback on {role} interview", "Hi {name},\n\nThanks for your patience. We discussed all the candidates after the final round and the hiring team has gone ahead with an internal transfer from our Pune team for the {role} position, since she already knows our billing product inside out.\n\nIt was great talking to you.\n\nRegards,\n{sig}\n\nOn {qd} {full} <{me}> wrote:\n> Hi, any update on the final round? Thanks.", ("Kosha Cloud Labs", "Ankur Billing Systems"), ("koshacloud.example", "ankurbilling.example"), role=("Senior QA Engineer", "Support Engineer L2"), tz="in")
mr("thr-vineyard", "Re: Cellar hand – harvest", "Hi {name},\n\nThanks heaps for the trip out to the winery on Saturday. We've asked Jarrah, who worked last vintage with us, to come back for the cellar hand spot, so the team is set for harvest now.\n\nCheers,\n{sig}\n{co}\n\nOn {qd}, {full} <{me}> wrote:\n> Hi {sfirst}, great to meet you all today.", "Coonawarra Ridge Wines", "coonawarraridge.example", tz="aus")
mr("thr-fwd-golf", "Fwd: RE: [EXT] Re: Greenkeeping role", "Hi {name}, forwarding {other}'s note so it comes straight to you. Sorry to be the messenger on this one. {sfirst}\n\n---------- Forwarded message ---------\nFrom: {other}\nDate: {qd}\nSubject: RE: [EXT] Re: Greenkeeping role\n\nThanks for sending {name} over to us. The greenkeeper's job goes to a lad from our own academy who has done two summers on the course with us. Please pass on our thanks.", "Loch Tay Golf Club", "lochtaygolf.example", tz="uk")
mr("thr-sg-lab", "RE: {role} interview", "Hi {name},\n\nThanks for meeting our team. The {role} position will go to our current contract staff, who has run the assays with us for eight months.\n\nGood luck out there.\n\n{sig}\n{co}\n\nFrom: {full}\nSent: {qd}\nSubject: {role} interview", "Straits Biologics Pte Ltd", "straitsbio.example", role="Laboratory Officer", tz="sg")
mr("thr-ca-parks", "Re: Seasonal interpreter", "Hi {name},\n\nThank you for the lovely campfire talk demo. The crew lead position has been filled by one of last summer's interpreters who is returning for a third season.\n\nTake care,\n{sig}\nVisitor Experience, {co}\n\nOn {qd}, {name} wrote:\n> Hello again, just wanted to say thanks for the interview.", "Bruce Peninsula Heritage Trust", "brucepeninsula.example", tz="cae")
# clear refusals under long footers (3 x2, 2 once)
mr("foot-retail", "Your application – {role}", "Dear {name},\n\nYour application to be a {role} with {co} has been looked at, and we're sorry this one's a no.\n\n--\nWorking here: staff discount from day one, a paid volunteering day and a cycle-to-work scheme.\nJob alerts for shops near you: careers.{dom}/alerts.\nWant this in LARGE PRINT or AUDIO? Just reply with which.\n{co} Ltd | Co. no. 0{ref}1 | Registered office: Unit 4, Gatehouse Park.\nConfidential: meant for the addressee only, attachments too.", ("Thornfield Outdoor Stores", "Pemberly Homewares"), ("thornfieldoutdoor.example", "pemberlyhome.example"), frm="{co} Careers <careers@{dom}>", role=("Store Colleague", "Visual Merchandiser"))
mr("foot-us-util", "{co}: {role} application", "Dear {full},\n\nYour application for {role} has been reviewed. You were not selected for {role}.\n\nJoin our Talent Network at careers.{dom}/network for new postings.\nScam warning: no one at {co} will ask you for money or bank info while hiring. Forward anything odd to fraud@{dom}.\n{co} participates in E-Verify.\nIf you need a reasonable accommodation to apply, call our HR line.\nPlease do not reply; this mailbox is unattended.", ("Tri-Rivers Gas & Electric", "Cascade Timberlands Inc"), ("tririvers.example", "cascadetimber.example"), frm="{co} Careers <donotreply@{dom}>", role=("Meter Reader", "Log Scaler"), tz="usp")
mr("foot-in-nbfc", "Application Update – {co}", "Dear {name},\n\nWe have gone through what you sent for {role}. Regretfully, we are closing your candidature.\n\nBEWARE OF FAKE JOB OFFERS: {co} never charges any fee for interviews or appointments. Offers from non-{dom} addresses are not genuine.\nWalk-in drives: city-wise dates on the careers page.\nDISCLAIMER: Contents are meant solely for the addressee and can include privileged matter.", ("Suvarna Housing Finance Ltd", "Navbharat Microcredit Ltd"), ("suvarnahousing.example", "navbharatmicro.example"), frm="HR {co} <careers@{dom}>", role=("Relationship Officer", "Branch Credit Manager"), tz="in")
mr("foot-ca-uni", "{role} – competition closed", "Dear {name},\n\nYour {role} application was read by the hiring committee, which has chosen another applicant; the competition is now closed.\n\n{co} gives thanks that its campuses stand on Anishinaabe land.\nEquity, diversity and inclusion guide how {co} hires.\nMessage sent to the wrong person? Kindly delete it and tell us.", "Lakehead Polytechnic Institute", "lakeheadpoly.example", role="Research Coordinator", tz="cae")
mr("foot-za-retail", "Your {co} application", "Hi {name}\n\nRe your {role} application: it has been unsuccessful.\n\nMORE JOBS LIKE THIS: Cashier (Polokwane) | Stock Controller (Tzaneen) | Receiving Clerk (Mokopane)\nDownload the {co} app for specials and new vacancies.\n{co} (Pty) Ltd. Reg no. 2011/0{ref}/07. T's & C's apply.", "Limpopo Fresh Markets", "limpopofresh.example", role="Butchery Assistant", tz="za")
# hedged refusals (3 x2, 3 once)
mr("hedge-closer", "{role} – update", "Dear {name},\n\nYour application for {role} was read with interest. Others brought experience closer to this job's daily round, and theirs go forward.\n\nWith best wishes,\n{sig}\n{co}", ("Calderbrook Surveyors", "Ashvale Estates"), ("calderbrook.example", "ashvaleestates.example"), role=("Graduate Building Surveyor", "Lettings Negotiator"))
mr("hedge-direction", "Re: {role}", "Hi {name},\n\nThanks again for talking with us. Since we met, the company has taken the {role} hire in a different direction: we're now looking for someone who has led a migration to a new warehouse system, so we'll be focusing on those profiles.\n\nAll the best,\n{sig}", ("Boxhill Fulfilment", "Cartwright Logistics"), ("boxhillfulfil.example", "cartwrightlogistics.example"), role=("Inventory Control Lead", "Warehouse Systems Analyst"), tz="use")
mr("hedge-es", "Your application to {role}", "Hello {name},\n\nWe appreciate your interest. The profile of the people who will continue in the process has more years working in hotel revenue, which is what the position asks for at this moment. We keep your CV for coming processes.\n\nA greeting,\n{sig}\n{co}", ("Grupo Hotelero Almadraba", "Costa Brava Estancias"), ("almadrabahoteles.example", "costabravaestancias.example"), role=("Revenue Analyst", "Reservations Supervisor"), tz="eu")
mr("hedge-au", "{role} – outcome", "Hi {name},\n\nThanks for your time applying for the {role}. A few applicants matched what we need a touch more closely, and we've picked from among those.\n\nRegards\n{sig}\n{co}", "Sunshine Coast Pool Services", "sccpools.example", role="Pool Technician", tz="auq")
mr("hedge-ng", "Application for {role}", "Dear {name},\n\nWe appreciate your interest in {co}. Having reviewed the applications, we found candidates whose background answers better to the current needs of the {role} function.\n\nBest regards,\nRecruitment Team", "Zenith Agro-Allied Ltd", "zenithagro.example", role="Supply Chain Officer", tz="ng")
mr("hedge-sg", "Re: {role} application", "Hi {name},\n\nThanks for sending your portfolio. The team feels other candidates are nearer to the hospitality retail projects we are running now, so we will continue with them.\n\nThank you,\n{sig}\n{co}", "Raffles Quay Interiors Pte Ltd", "rqinteriors.example", role="Interior Designer", tz="sg")
# recruiter follow-ups with the decision and another role (3 x2, 1 once)
mr("rec-uk-eng", "Following up – {role}", "Hi {name},\n\nGood to speak earlier. As promised, the summary: for the {role} job the client chose someone with longer on high-voltage kit. Separately, a maintenance planner role in Avonmouth might suit you better - want the spec?\n\n{sig}\nSenior Consultant, {co}", ("Brightwater Engineering Recruitment", "Keystone Technical Search"), ("brightwaterrec.example", "keystonetech.example"), role=("Electrical Maintenance Engineer", "Shift Electrician"))
mr("rec-au-nurse", "Your application with {co}", "Hi {name},\n\nGood yarn this afternoon. To confirm: the ward manager chose someone from their own casual pool for the {role} contract. There's a 12-week block at a regional hospital in Toowoomba from next month, keen for me to submit you?\n\n{sig}\n{co}", ("Bluegum Health Staffing", "Coral Coast Nursing Agency"), ("bluegumhealth.example", "coralcoastnursing.example"), role=("Theatre Nurse", "Midwife"), tz="auq")
mr("rec-in-fintech", "Update - {role} opportunity", "Hi {name},\n\nLike I said on call, client closed {role} with someone whose notice is only 10 days. No tension, a payments startup in Gurugram has a similar stack opening. Send updated CV if keen.\n\nThanks & Regards\n{sig}\n{co}", ("Talentsetu Consulting", "Hirewise Placements"), ("talentsetu.example", "hirewise.example"), role=("Backend Developer", "Data Analyst"), tz="in")
mr("rec-ca-acct", "Re: Senior Accountant", "Hi {name},\n\nThanks for taking my call. To confirm, the firm decided to promote their staff accountant into the senior accountant spot. There's also a controller role with a Halifax fishing company worth a chat – free Thursday?\n\n{sig}\n{co}", "Maritime Finance Talent", "maritimefinance.example", tz="cae")
# public-sector notices (3 x2, 2 once)
mr("pub-us-fed", "Notice of Results – {role}, Announcement {ref}", "Dear {full},\n\nYour application for {role}, vacancy announcement {ref}, has been rated. You met eligibility and qualification requirements, but the selecting official's referral list was drawn from other applicants. You need take no further action.\n\nThis is an automated notice. Please do not reply.", ("Bureau of Rangeland Services", "Federal Grain Inspection Office"), ("rangeland.example", "fgio.example"), frm="USA Staffing Notices <notices@{dom}>", role=("Rangeland Management Specialist", "Agricultural Commodity Grader"), tz="usm")
mr("pub-uk-council", "Application for {role} – {co}", "Dear {name},\n\nThe recruiting panel has looked at every form for {role}. Shortlisting is done, and I regret yours did not make it to interview.\n\nYours sincerely,\nHR Recruitment Team\n{co}", ("Fenland District Council", "Teesdale Borough Council"), ("fenland.example", "teesdale.example"), frm="Recruitment <recruitment@{dom}>", role=("Planning Enforcement Officer", "Environmental Health Technician"))
mr("pub-au-state", "Recruitment {ref}: outcome", "Dear {name},\n\nYour application for {role} (Ref {ref}) was scored by the selection panel and stops at this stage.\n\nFor feedback, ring the panel convenor within 14 days.\n\n{co}", ("Department of Primary Industries and Water", "Transport Network Authority"), ("dpiw.example", "tnauthority.example"), frm="Recruitment Services <jobs@{dom}>", role=("Biosecurity Officer", "Traffic Systems Engineer"), tz="au")
mr("pub-ie-cancel", "Competition {ref} – {role}", "Dear {name},\n\nWe write regarding competition {ref} for {role}. Business needs have changed, so the competition is cancelled with no appointments made from it. Your application goes no further as a result.\n\nRecruitment Unit\n{co}", "Office of Coastal Heritage", "coastalheritage.example", role="Executive Officer", tz="ie")
mr("pub-za-ineligible", "Post {ref}: {role}", "Dear {name}\n\nYour application for post {ref} ({role}) was found to be non-compliant because the Z83 form was unsigned. Such applications are excluded.\n\nHuman Resource Management\n{co}", "Department of Rural Roads, Eastern Cape", "ruralroadsec.example", role="Works Inspector", tz="za")
# bare ATS statuses (2 x2, 2 once)
mr("ats-filled", "Status change: {role}", "Application status: Position filled\nRole: {role}\nRequisition: {ref}\n\nThis position has been filled.\n\n{co} Careers", ("Sablewood Distribution", "Ironbark Medical Supplies"), ("sablewooddist.example", "ironbarkmedical.example"), frm="Careers <no-reply@{dom}>", role=("Forklift Operator", "Customer Service Rep"), tz="usc")
mr("ats-nolonger", "An update on {role}", "Hi {name},\n\nYour application for {role} (#{ref}) is no longer being considered.\n\nProfile and other openings: careers.{dom}/me", ("Pinnacle Aerospace Components", "Redwater Foods"), ("pinnacleaero.example", "redwaterfoods.example"), frm="{co} <notifications@{dom}>", role=("CNC Programmer", "Quality Inspector"), tz="cae")
mr("ats-in-status", "Job Application Status - {ref}", "Dear Candidate,\n\nApplication ID: {ref}\nPosition: {role}\nStatus: NOT SELECTED\n\nAuto-mail from the portal; replies go nowhere.", "Deccan Infra Projects Ltd", "deccaninfra.example", frm="Recruitment Portal <noreply@{dom}>", role="Site Engineer - Civil", tz="in")
mr("ats-uk-declined", "{co}: application {ref}", "Declined: {role}.\n\nOther care-home vacancies sit under My Account.", "Meadowcare Homes Group", "meadowcare.example", frm="{co} <vacancies@{dom}>", role="Senior Care Assistant")
# internship / graduate decisions (2 x2, 2 once)
mr("intern-us", "{co} Summer Internship Program – decision", "Dear {name},\n\nYour application to the {co} Summer Internship Program was read closely. Some 2,100 students went for forty summer seats; we can't give one of them to you.\n\nDo think about trying again when next year's program opens.\n\nUniversity Relations\n{co}", ("Meridian Instruments", "Bayfield Capital Partners"), ("meridianinstruments.example", "bayfieldcapital.example"), frm="University Relations <campus@{dom}>", tz="use")
mr("grad-uk", "{co} Graduate Programme – your application", "Dear {name},\n\nThanks for a good showing at the {role} graduate assessment day. Every exercise is now marked, and sadly the 2026 programme won't have a seat for you.\n\nApplications reopen for the next intake in autumn; do try again.\n\nEarly Careers Team\n{co}", ("Hawthorne Water", "Northbridge Rail Systems"), ("hawthornewater.example", "northbridgerail.example"), role=("Engineering", "Signalling"))
mr("intern-ng", "SIWES placement application", "Dear {name},\n\nYour request for industrial training placement with {co} was received. Our slots for this cycle have been filled and your application could not be accommodated.\n\nBest wishes in your studies.\n\nHR Unit", "Ogun Cement Works Ltd", "oguncement.example", tz="ng")
mr("grad-in", "Campus Hiring 2026 – Result", "Dear {name},\n\nThanks for taking part in {co} campus hiring. Your technical interview round result is below the cut-off, hence your candidature ends with this drive.\n\nCampus Relations Team\n{co}", "Trivenix Technologies", "trivenix.example", tz="in")
# ---- mix: 50 application confirmations (16 x2, 18 once), most talking about a refusal that has not happened ----
mo("application_received", "c-wd", "We've received your application – {role}", "Hello {name},\n\nThanks for applying to {co} for {role} (REQ-{ref}). You can follow the status in Candidate Home. If the requisition is filled by someone else, Candidate Home changes to closed and we send you a short note as well.\n\n{co} Talent Acquisition", ("Kilnworth Grain Co-operative", "Ambervale Poultry"), ("kilnworthgrain.example", "ambervalepoultry.example"), frm="{co} Careers <noreply@{dom}>", role=("Grain Store Operative", "Hatchery Technician"))
mo("application_received", "c-gh", "Thanks for applying to {co}", "Hi {name},\n\nYour application for {role} is in, and I'll be reading it myself. Should I decide to close it out, I'll tell you personally, never via a bot.\n\n{sig}\nEngineering Manager, {co}", ("Anvil Robotics Lab", "Halyard Marine Autonomy"), ("anvilrobotics.example", "halyardmarine.example"), role=("Controls Engineer", "Perception Engineer"), tz="usp")
mo("application_received", "c-sr", "Application received – {role}", "<html><body><table><tr><td><h3>{co}</h3></td></tr><tr><td>Position: {role}<br>Reference: {ref}<br>Current status: <b>Received</b></td></tr><tr><td>Possible next statuses: Under review, Interview, Closed – not selected. Each change is emailed to you.</td></tr></table></body></html>", ("Strandline Hotels", "Westerholt Inns"), ("strandlinehotels.example", "westerholtinns.example"), frm="{co} Recruiting <jobs@{dom}>", role=("Night Auditor", "Banqueting Supervisor"))
mo("application_received", "c-icims", "{co} – Application {ref} received", "Dear {full},\n\nYour application for {role} (Posting {ref}) has been received by the {co} Human Resources Division. Applicants left off the oral board list get an email the week that list is fixed.\n\nHuman Resources Division", ("Elk Valley Water Authority", "Dunmore Parish Sheriff's Office"), ("elkvalleywater.example", "dunmoresheriff.example"), frm="{co} HR <hr-notices@{dom}>", role=("Water Plant Operator Trainee", "Records Clerk"), tz="usc")
mo("application_received", "c-taleo", "Application acknowledged: {role}", "Dear {name},\n\nThe search committee for {role} has received your materials. When the search ends, each candidate is told its outcome, chosen or not.\n\nSincerely,\n{sig}\nSearch Committee Coordinator, {co}", ("Bitterroot Community College", "Clearwater Valley University"), ("bitterrootcc.example", "clearwatervalley.example"), role=("Adjunct Instructor, Nursing", "Financial Aid Counselor"), tz="usm")
mo("application_received", "c-ashby", "Got your application!", "Hi {name},\n\nYour {role} application at {co} landed in my inbox. I read each one myself. Good news or bad, I'll tell you within a week.\n\n{sfirst}\nCo-founder", ("Mintline", "Quorra Health"), ("mintline.example", "quorrahealth.example"), role=("Full-stack Engineer", "Clinical Ops Lead"), tz="usp")
mo("application_received", "c-workable", "Thanks for applying to {co}", "Hi {name},\n\nGot your application for {role}, cheers! No spot for you? We'll send a quick email either way, no ghosting.\n\nThe {co} team", ("Saltbush Kitchen", "Old Wharf Eatery"), ("saltbushkitchen.example", "oldwharfeatery.example"), role=("Kitchen Hand", "Line Cook"), tz="au")
mo("application_received", "c-bamboo", "Application received", "Dear {name},\n\nYour form for {role} at {co} has arrived. No interview invite? I'll still email you the day the post gets filled.\n\nKind regards,\n{sig}\nPractice Manager", ("Birchwood Dental Care", "Orchard House Surgery"), ("birchwooddental.example", "orchardhousesurgery.example"), role=("Trainee Dental Nurse", "Medical Secretary"))
mo("application_received", "c-recruitee", "Thanks for your application – {role}", "Hi {name},\n\nYour {role} application at {co} arrived safely. Whatever we decide, yes or no, you will get an email from us within three weeks.\n\nPeople team, {co}", ("Duinwater Heat", "Zeekracht Offshore"), ("duinwaterheat.example", "zeekracht.example"), role=("Heat Pump Installer", "Marine Coordinator"), tz="eu")
mo("application_received", "c-in", "Application Received – {role}", "Dear {name},\n\nGreetings from {co}! Your {role} application reached us. Kindly note, owing to heavy volumes we contact only profiles matching the requirement; the others may not get any separate mail.\n\nTalent Acquisition Team", ("Ganga Agri Exports Pvt Ltd", "Konkan Ports Logistics"), ("gangaagri.example", "konkanports.example"), role=("Quality Executive", "Shipping Coordinator"), tz="in")
mo("application_received", "c-ng", "Acknowledgement of application", "Dear {name},\n\nYour {role} application to {co} has been logged. Please note: where three weeks go by without feedback, take it that the application was unsuccessful.\n\nHuman Capital Management", ("Ikoyi Trust Microfinance Bank", "Benue Valley Insurance Plc"), ("ikoyitrust.example", "benuevalley.example"), role=("Loan Officer", "Underwriting Assistant"), tz="ng")
mo("application_received", "c-sg", "Job application received", "Dear {name},\n\nYour {role} application with {co} is in. Within 14 days we call those on the shortlist. We seek your understanding that others will not be notified.\n\nHR Department", ("Keppel Road Cold Storage Pte Ltd", "Jurong Precision Moulding Pte Ltd"), ("keppelcold.example", "jurongmoulding.example"), role=("Warehouse Supervisor", "QC Inspector"), tz="sg")
mo("application_received", "c-footer", "Application received – {role}", "Dear {name},\n\nYour bid to be a {role} with {co} is with us. Picked or passed over, everybody gets an email after the last application is read.\n\n--\nAlerts for new shop roles: careers.{dom}/alerts.\nPrefer larger type? Reply LARGE PRINT and we resend.\n{co} Ltd | Co. no. 0{ref}2 | Registered office: Priory Yard.", ("Hollins Garden Centres", "Greyfriars Bookshops"), ("hollinsgarden.example", "greyfriarsbooks.example"), frm="{co} Careers <careers@{dom}>", role=("Plant Area Assistant", "Bookseller"))
mo("application_received", "c-us-fed", "Application Received – Announcement {ref}", "Dear {full},\n\nYour application for {role}, announcement {ref}, is in the system. Once the announcement closes, a second notice gives your rating and says if your name reached the selecting official.\n\nThis is an automated notice.", ("Bureau of Watershed Services", "Federal Seed Certification Office"), ("watershed.example", "fsco.example"), frm="USA Staffing Notices <notices@{dom}>", role=("Hydrologic Technician", "Plant Protection Technician"), tz="usm")
mo("application_received", "c-uk-council", "Application received: {role}", "Dear {name},\n\nYour form for {role} is with us. Shortlisting starts when the advert closes. Silence for 21 days after the advert shuts? Then your form missed the shortlist this time.\n\nRecruitment Team, {co}", ("Broadland District Council", "Wyre Valley Borough Council"), ("broadland.example", "wyrevalley.example"), role=("Street Scene Officer", "Licensing Officer"))
mo("application_received", "c-intern", "Application received – Summer Internship", "Dear {name},\n\nYour application to the {co} Summer Internship Program is complete. Every applicant is emailed a yes or a no before March closes.\n\nUniversity Relations", ("Northgate Analytics", "Ferris Biomedical"), ("northgateanalytics.example", "ferrisbio.example"), frm="University Relations <campus@{dom}>", tz="use")
mo("application_received", "c-lever-one", "Thanks, {name}!", "Thanks for applying for {role}. A no gets one line from me. A yes gets a calendar link. - {sfirst}", "Frostbyte Studio", "frostbyte.example", role="Community Manager", tz="use")
mo("application_received", "c-jazz", "Labourer job", "G'day {name}, got your application for the labourer job, ta. No word from me by next Friday arvo? Means we've filled it. {sfirst}", "Ironstone Fencing", "ironstonefencing.example", tz="aus")
mo("application_received", "c-za", "CV received: {role}", "Dear {name}\n\nYour CV for {role} arrived, thanks. No call from us within 30 days means the application was unsuccessful.\n\nHR Officer\n{co}", "Karoo Outdoor Supply", "karoooutdoor.example", role="Sales Assistant", tz="za")
mo("application_received", "c-au-council", "Application acknowledgement", "Dear {name},\n\nYour application for {role} has been received. Shortlisted for interview or passed over, every applicant gets a letter after the panel sits.\n\nPeople and Culture, {co}", "Gannawarra Shire Council", "gannawarra.example", role="Outdoor Works Crew Member", tz="aus")
mo("application_received", "c-ie", "Your application", "Hi {name},\n\nYour {role} application came in grand. Shortlisted or not, everyone gets a note before the month is out.\n\n{sig}\n{co}", "Kilbeggan Montessori", "kilbegganmontessori.example", role="Montessori Teacher", tz="ie")
mo("application_received", "c-fr-eng", "Reception of your candidature", "Dear {name},\n\nYour candidature for {role} has arrived well to us. In case our answer is negative, an email will inform you during the next weeks.\n\nHuman Resources, {co}", "Parfums Lavergne", "parfumslavergne.example", role="Packaging Developer", tz="eu")
mo("application_received", "c-ph", "Application received – {role}", "Hi {name},\n\nThank you for applying with {co}. The online assessment link stays open 3 days. Applicants who do not reach the passing mark may retake it after 90 days.\n\n{co} Recruitment", "Visayas Contact Solutions", "visayascontact.example", role="Customer Care Associate", tz="sg")
mo("application_received", "c-charity", "Thanks for applying", "Dear {name},\n\nThank you for applying for {role}. Interview or not, expect word from the charity a fortnight after closing.\n\nHR Team, {co}", "Wayfarers Trust", "wayfarerstrust.example", role="Fundraising Officer")
mo("application_received", "c-talentpool", "Welcome to our talent community", "Hi {name},\n\nThanks for joining the {co} talent community. We'll write only when a role turns up that fits your profile; silence just means nothing suitable has opened yet.\n\n{co} Talent Team", "Larkspur Insurance", "larkspurinsurance.example", frm="{co} Talent <talent@{dom}>")
mo("application_received", "c-in-startup", "Thanks for applying!", "Hi {name},\n\nGot your application for {role} at {co}. We answer each applicant, even with a no.\n\nCheers,\n{sig}", "Chaiwala Labs", "chaiwalalabs.example", role="Android Developer", tz="in")
mo("application_received", "c-ca-bilingual", "Application received / Candidature reçue", "Hello {name},\n\nWe received your application for {role}. In or out after screening, an email lands in your inbox once screening wraps up.\n\nBonjour {name}, nous avons reçu votre candidature. Retenue ou non, vous recevrez un courriel à la fin de la présélection.\n\n{co}", "Ottawa Valley Transit", "ovtransit.example", role="Transit Operator", tz="cae")
mo("application_received", "c-museum", "Application received", "Dear {name},\n\nYour {role} application is with the curator. She will either invite you to interview or write to say another candidate has been chosen; you'll hear one or the other.\n\n{co}", "Wolds Rural Life Museum", "woldsmuseum.example", role="Collections Assistant")
mo("application_received", "c-sg-attach", "Industrial attachment application", "Dear {name},\n\nYour industrial attachment application to {co} is with us. Students we do not pick hear about it through their polytechnic's placement office.\n\nHR", "Changi Aero Services Pte Ltd", "changiaero.example", tz="sg")
mo("application_received", "c-rec", "Nice to meet you", "Hi {name},\n\nGreat chatting today. Your CV is now with the client for {role}. Should they pass, expect a call from me, not an email, and we'll pick the next one together.\n\n{sig}\n{co}", "Ridgeline Recruitment", "ridgelinerec.example", role="Production Planner")
mo("application_received", "c-kenya-like", "Application received", "Dear {name},\n\nYour CV for {role} has reached the lodge. Where an applicant is unsuitable, the CV goes into our pool of names for later openings.\n\n{co} HR", "Savanna Crest Lodges", "savannacrest.example", role="Guest Relations Officer", tz="za")
mo("application_received", "c-plain", "Application submitted", "Hi {name},\n\nYour application for {role} at {co} was submitted successfully on {qd}. Withdrawing is one click under My Applications.\n\n{co} Careers", "Brackenfield Foods", "brackenfieldfoods.example", frm="{co} Careers <no-reply@{dom}>", role="Production Operative")
mo("application_received", "c-us-long", "Thank you for applying to {co}", "Dear {full},\n\nYour {role} application is in. A recruiter reads each one. If your background fits, expect a call to set up a phone screen; if it doesn't, an email update follows and we keep your profile for other openings.\n\n{co} hires without regard to protected characteristics.", "Lakeshore Health Partners", "lakeshorehealth.example", frm="{co} Talent Acquisition <careers@{dom}>", role="Patient Access Representative", tz="usc")
mo("application_received", "c-nz", "Application received", "Kia ora {name},\n\nThanks for applying for {role}. By Friday week you'll know, good news or otherwise.\n\nNgā mihi,\n{sig}\n{co}", "Whanganui River Tours", "whanganuitours.example", role="Tour Guide", tz="nz")
# ---- mix: 15 interview (5 x2, 5 once) ----
mo("interview", "i-thr-brew", "RE: [EXT] Re: {role} – interview", "Hi {name},\n\nLovely to hear from you. Could you come to the brewhouse for an interview on {d1} at 10:30? Unfortunately the car park is being resurfaced then; park in the Mill Lane bays.\n\n{sig}\n\nFrom: {full} <{me}>\nSent: {qd}\nSubject: Re: {role}", ("Copperbeck Brewery", "Hartsfell Distillery"), ("copperbeck.example", "hartsfell.example"), role=("Packaging Technician", "Stillhouse Operator"))
mo("interview", "i-final", "{role}: final round", "Hi {name},\n\nGreat news: three finalists remain for {role}, and you're one. Could you give us two hours with the team on {d1}? Reply with a time and a calendar hold follows.\n\n{sig}\n{co}", ("Pelican Payroll", "Stackyard Software"), ("pelicanpayroll.example", "stackyard.example"), role=("Implementation Lead", "Solutions Architect"), tz="use")
mo("interview", "i-council", "Invitation to interview: {role}", "Dear {name},\n\nI am pleased to say you have been shortlisted for {role}. The panel sits on {d1} at the Civic Centre. If you cannot attend, the slot will be offered to a reserve candidate, so please confirm by return.\n\nRecruitment Team, {co}", ("Ryedale Borough Council", "Stroudwater District Council"), ("ryedale.example", "stroudwater.example"), role=("Building Control Surveyor", "Housing Options Officer"))
mo("interview", "i-in-teams", "Interview Schedule – {role}", "Dear {name},\n\nGreetings from {co}. Shortlist confirmed: {role}. Technical round: {d1}, 11:00 AM IST, Teams link to follow. Kindly log in five minutes early; candidates who do not join within 15 minutes will be marked absent.\n\nTalent Acquisition Team", ("Pragati Software Services", "Nilgiri Data Systems"), ("pragatisoft.example", "nilgiridata.example"), role=("Java Developer", "ETL Developer"), tz="in")
mo("interview", "i-rec-resched", "Re: Interview tomorrow", "Hi {name},\n\nUnfortunately the hiring manager got pulled into an audit, so your {role} interview has to shift. Would {d1} at 2pm suit instead? Same address.\n\n{sig}\n{co}", ("Anchorpoint Recruitment", "Talbot Street Talent"), ("anchorpointrec.example", "talbotstreet.example"), role=("Payroll Specialist", "Credit Controller"))
mo("interview", "i-ng-panel", "Invitation for Oral Interview", "Dear {name},\n\nFollowing your application for {role}, kindly come for an oral interview on {d1} at our head office by 9:00am. Please come with original credentials. Candidates who arrive after 9:30am will not be attended to.\n\nHR & Admin, {co}", "Mainland Agro Processing Ltd", "mainlandagro.example", role="Production Supervisor", tz="ng")
mo("interview", "i-sg-trial", "Trial shift – {role}", "Hi {name},\n\nThanks for your application. Come for a paid trial shift on {d1}, 10am to 2pm, at our Tiong Bahru outlet. Please bring covered shoes.\n\n{sig}\n{co}", "Kopi Tiam Heritage Pte Ltd", "kopitiamheritage.example", role="Service Crew", tz="sg")
mo("interview", "i-teach", "{role} – interview and lesson", "Dear {name},\n\nPlease come for interview for {role} on {d1}. Part of the day is a 20-minute lesson to Year 4 on fractions; we'll send class details on Monday.\n\n{sig}\nHeadteacher, {co}", "St Aidan's CE Primary School", "staidansprimary.example", role="Class Teacher")
mo("interview", "i-ca-video", "Video interview for {role}", "Hi {name},\n\nThanks for applying. We'd love to chat on {d1} over video – pick a half-hour slot on the calendar link below.\n\n{sig}\n{co}", "Prairie Sky Co-operative", "prairiesky.example", role="Member Services Rep", tz="cam")
mo("interview", "i-za", "Interview invitation", "Dear {name}\n\nPlease come for an interview for {role} on {d1} at 10:00 at our Stellenbosch office. Kindly confirm your attendance.\n\n{sig}\n{co}", "Helderberg Fruit Packers", "helderbergfruit.example", role="Pack House Supervisor", tz="za")
# ---- mix: 12 next steps with deadlines (4 x2, 4 once) ----
mo("next_steps", "n-test", "Next step: online assessment for {role}", "Hi {name},\n\nThanks for applying for {role}. Next up is an online assessment of about forty minutes, to be done by {d1}; applications without a completed assessment after that date will be withdrawn automatically.\n\n{co} Recruitment", ("Fairhaven Building Society", "Quayside Energy"), ("fairhavenbs.example", "quaysideenergy.example"), role=("Mortgage Adviser", "Customer Operations Analyst"))
mo("next_steps", "n-takehome", "Take-home task – {role}", "Hi {name},\n\nAs promised, here's the take-home for {role}. It's due back 9am on {d1}. Submissions after that we can't look at, as the panel meets that morning.\n\n{sig}\n{co}", ("Glasswing Analytics", "Corvid Mobile"), ("glasswing.example", "corvidmobile.example"), role=("Data Scientist", "iOS Engineer"), tz="usp")
mo("next_steps", "n-state", "Action required: availability for {role}", "Dear {full},\n\nThe eligible list for {role} now includes you. Send back the attached availability form by {d1}. Without it, your eligibility on this list goes inactive.\n\nPersonnel Office, {co}", ("State Department of Fish and Wildlife", "State Highway Patrol"), ("statefishwildlife.example", "statehighwaypatrol.example"), role=("Fish Hatchery Technician", "Communications Operator"), tz="usp")
mo("next_steps", "n-ng-apt", "Aptitude Test – {co}", "Dear {name},\n\nYou're listed for the {role} aptitude test, holding on {d1} at our Ikeja centre. The test date is fixed; no candidate gets another date.\n\nRecruitment Team", ("Lagoon Crest Bank Plc", "Eko Power Distribution"), ("lagooncrest.example", "ekopower.example"), role=("Graduate Trainee", "Customer Care Officer"), tz="ng")
mo("next_steps", "n-grad-video", "Your video interview – please complete by {d1}", "Hi {name},\n\nYou passed the online tests, well done. The video interview must be recorded by midnight on {d1}. We are not able to extend this deadline.\n\nEarly Careers Team, {co}", "Thamesmead Water", "thamesmeadwater.example")
mo("next_steps", "n-care-docs", "Documents needed – {role}", "Hi {name},\n\nGreat news: we want to go ahead. Before your start date, send right-to-work proof and two referees' details by {d1}. Without these we can't book your induction.\n\n{sig}\n{co}", "Evergreen Home Care", "evergreenhomecare.example", role="Care Worker")
mo("next_steps", "n-in-docs", "Document Verification – {role}", "Dear {name},\n\nKindly put scans of mark sheets, relieving letter and three latest payslips on the portal by {d1}. Your candidature will be processed further only after verification.\n\nHR Operations, {co}", "Shreeji Engineering Works", "shreejieng.example", role="Design Engineer", tz="in")
mo("next_steps", "n-au-wwcc", "Working with Children Check", "Hi {name},\n\nBefore we can confirm your {role} role, please send us your Working with Children Check number by {d1}.\n\n{sig}\n{co}", "Riverina Swim School", "riverinaswim.example", role="Swim Teacher", tz="au")
# ---- mix: 8 offers (2 x2, 4 once) ----
mo("offer", "o-vet", "Offer of employment – {role}", "Dear {name},\n\nFollowing your interview, I'm thrilled to offer you the {role} position at {co}, starting on {d1}. Contract and handbook attached for signing.\n\n{sig}\nPractice Manager", ("Lynton Equine Vets", "Copperfield Animal Hospital"), ("lyntonequine.example", "copperfieldanimal.example"), role=("Equine Nurse", "Veterinary Receptionist"))
mo("offer", "o-in-ctc", "Offer Letter – {role}", "Dear {name},\n\nHappy news: {co} is offering you the {role} role, annual CTC INR 9,40,000. Kindly confirm your acceptance and joining date by {d1}.\n\nHR Team", ("Aravali Fintech Pvt Ltd", "Sundarban Analytics"), ("aravalifintech.example", "sundarbananalytics.example"), role=("Risk Analyst", "BI Developer"), tz="in")
mo("offer", "o-text", "job", "hey {name} its {sfirst} from {co} – you got the job if you still want it! can you start {d1}? text me back", "Tidewater Fish & Chips", "tidewaterchips.example", tz="nz")
mo("offer", "o-za", "Offer: fixed-term contract", "Dear {name}\n\n{co} offers you a six-month contract as {role} from {d1}. Sign the contract attached and send it back to HR.\n\n{sig}\n{co}", "Namaqua Mining Services", "namaquamining.example", role="Safety Officer", tz="za")
mo("offer", "o-sg", "Letter of offer", "Dear {name},\n\nFollowing your interview, {co} wants you on board as {role}. Offer letter attached; kindly revert by {d1}.\n\nHR Department", "Orchard Smile Dental Pte Ltd", "orchardsmile.example", role="Dental Assistant", tz="sg")
mo("offer", "o-intern", "Your internship offer", "Dear {name},\n\nCongratulations, you're in! The {co} Summer Internship Program has a seat for you. Please accept via the portal by {d1}.\n\nUniversity Relations", "Harborlight Engineering", "harborlight.example", frm="University Relations <campus@{dom}>", tz="use")
# ---- mix: 15 other (2 x2, 11 once) ----
mo("other_job", "x-inreview", "Application status: In review", "Application status: In review\nRole: {role}\nRequisition: {ref}\n\nNothing needed from you yet.\n\n{co} Careers", ("Sablecrest Components", "Westmark Freight"), ("sablecrest.example", "westmarkfreight.example"), frm="Careers <no-reply@{dom}>", role=("Machine Operator", "Dispatcher"), tz="usc")
mo("other_job", "x-withdrawn", "Application withdrawn", "Hi {name},\n\nDone: your {role} application is withdrawn, as requested. Any other role is still open to you.\n\n{co} Careers", ("Cobalt Ridge Mining", "Linden Tree Nurseries"), ("cobaltridge.example", "lindentree.example"), role=("Mine Surveyor", "Nursery Assistant"), tz="auw")
mo("other_job", "x-delay", "Update on {role}", "Dear {name},\n\nWe're writing to say that shortlisting for {role} has been pushed back by two weeks because of the school holidays. Your application is still being considered.\n\nHR, {co}", "Hebden Learning Trust", "hebdenlearning.example", role="Business Manager")
mo("other_job", "x-fed-referred", "Notice of Results – Announcement {ref}", "Dear {full},\n\nYou were found qualified for {role}, announcement {ref}, and your name went to the hiring manager, who may call you for an interview.\n\nThis is an automated notice.", "Bureau of Forest Fire Services", "forestfire.example", frm="USA Staffing Notices <notices@{dom}>", role="Forestry Technician", tz="usm")
mo("other_job", "x-freeze", "{role} recruitment paused", "Hi {name},\n\nA quick heads-up: the trust has paused all hiring until the new budget is agreed in the spring. No decisions are being made on any applications until then, and yours stays on file as it is.\n\n{sig}\n{co}", "Coastline Mental Health Trust", "coastlinemh.example", role="Peer Support Worker")
mo("job_alert", "x-alert-za", "New jobs matching 'logistics' in Gauteng", "Hi {name}, your alert found 5 new jobs:\n- Fleet Controller, Germiston\n- Dispatch Clerk, Midrand\n- Warehouse Team Leader, Kempton Park\n- Route Planner, Centurion\n- Stock Controller, Boksburg\n\nManage alerts at {dom}/alerts", "Jobveld", "jobveld.example", frm="Jobveld Alerts <alerts@{dom}>", tz="za")
mo("job_alert", "x-alert-in", "10 new Accounts jobs in Pune", "Hi {name},\n\nRecommended for you: Accounts Executive at Pawar Motors, GST Associate at Kale & Co, Accounts Payable Analyst at Nimbus Pharma.\n\nUnsubscribe from these alerts at {dom}/settings", "Naukriwala", "naukriwala.example", frm="Naukriwala <jobs@{dom}>", tz="in")
mo("recruiter_outreach", "x-pitch-uk", "Quality Manager opportunity", "Hi {name},\n\nYour profile came up in a search, and I wondered if a Quality Manager role with a food manufacturer in the Midlands might interest you. Happy to share details on a quick call.\n\n{sig}\n{co}", "Cresswell Food Recruitment", "cresswellfood.example")
mo("recruiter_outreach", "x-pitch-sg", "Opportunity: Regional Compliance Manager", "Hi {name},\n\nI'm working on a regional compliance role for a shipping group in Singapore. Your background in trade controls looks relevant. Open to a chat this week?\n\n{sig}\n{co}", "Lionsgate Search Asia", "lionsgatesearch.example", tz="sg")
mo("non_job_rejection_words", "x-flat", "The flat on Whitworth Road", "Hi {name},\n\nNice meeting you on Saturday at the flat. The landlord has agreed to let it to the couple who viewed before you, as they could sign for two years.\n\n{sig}\n{co}", "Millbrook Lettings", "millbrooklettings.example")
mo("non_job_rejection_words", "x-loan", "Your loan application", "Dear {name},\n\nYour personal loan application has been assessed, and the credit union can't lend to you at present. Part of that decision came from data held by a credit reference agency.\n\n{co}", "Northwold Credit Union", "northwoldcu.example")
mo("non_job_rejection_words", "x-grant", "Community Arts Grant – outcome", "Dear {name},\n\nLast week's panel weighed 64 applications. Your mural project was not funded this round; requests came to four times the pot.\n\n{sig}\nGrants Officer, {co}", "Coastal Arts Foundation", "coastalarts.example", tz="cae")
mo("non_job_rejection_words", "x-club", "Allotted places – masters squad", "Hi {name},\n\nThanks for trialling with the masters squad. All places for the season have gone, and you're now on the waiting list.\n\n{sig}\n{co}", "Hallam Swimming Club", "hallamswim.example")
# ---- wide: 25 English rejections of trades and channels no earlier slice lists, one each ----
wr("forge", "Forge assistant", "Hi {name},\n\nThanks for the letter and the photos of your hooks and trivets. I've taken on a lad who's been striking for me on Saturdays, so the forge assistant job is spoken for.\n\n{sig}\n{co}", "Hammerpond Forge", "hammerpondforge.example")
wr("paraglide", "[Group chat] Tandem pilots 2026", "{sig}: @{name} thanks for sending your logbook. We've filled the two tandem pilot seats for the season with pilots who already fly this ridge, so we're passing this year. Good flying!", "Skyhook Paragliding", "skyhookparagliding.example", frm="{co} via GroupChat <notify@{dom}>", tz="eu")
wr("calligraphy", "Message about your studio application", "Shop message from {co}:\n\nHi {name}! The envelope samples were gorgeous, thank you. We loved the flourishes, but we've asked a lettering artist who already works in copperplate and gold leaf to join us for wedding season.\n\n{sfirst}", "Inkwell & Vellum Studio", "inkwellvellum.example", frm="{co} <shop-messages@{dom}>", tz="use")
wr("typewriter", "Bench apprentice", "Dear {name},\n\n(typed on the shop's Olympia, so forgive the odd strikeover)\n\nThank you for coming by with your Hermes. The bench apprenticeship has gone to a student from the college who can do three days a week.\n\nYours,\n{sig}\n{co}", "Carriage Return Typewriter Repair", "carriagereturn.example", tz="usc")
wr("tannery", "Tannery hand vacancy", "Dear {name},\n\nWe appreciated your letter about work in our beam house. After meeting candidates we have appointed someone with previous experience of vegetable tanning pits.\n\nKind regards,\n{sig}\n{co}", "Colyton Oak Bark Tannery", "colytontannery.example")
wr("fletcher", "Re: Fletching bench", "Hey {name}, saw your DM on the forum. I took on a local archer for the fletching bench last week, so there isn't a spot going now. Cheers, {sfirst}", "Longshaft Archery Supplies", "longshaftarchery.example", frm="Forum Notifications <messages@{dom}>")
wr("cobbler", "shoe repair apprentice", "Hi {name}, {sfirst} here from {co}. Thanks for coming in. I've given the apprentice spot to a young fella who's done a leather course, so I'm sorry mate, it's not you this time.", "Heel & Sole Repairs", "heelandsole.example", tz="au")
wr("seedbank", "Volunteer platform: update on your application", "Hi {name},\n\nThe {co} team has reviewed your application for Seed Processing Technician. Status: Not selected.\n\nMessage from the organiser: we picked applicants with germination-testing lab time.\n\nSent via the volunteer and jobs platform.", "Wakehurst Valley Seed Vault", "wvseedvault.example", frm="Platform <updates@{dom}>")
wr("topiary", "Gardener (topiary) – Castle Grounds", "Dear {name},\n\nYour letter about the topiary gardener post was much appreciated. We interviewed five people and chose a candidate who trained on the yew hedges at another heritage garden.\n\nEstate Office, {co}", "Hollinsworth Castle Estate", "hollinsworthcastle.example")
wr("goatdairy", "Farm stay message: milking help", "Message from host {co}:\n\nHi {name}, lovely message about the goat milking role. Two helpers are already booked for kidding season, so we're full up. Happy travels!", "Crag End Goat Dairy", "cragendgoats.example", frm="{co} via FarmStay <host-messages@{dom}>", tz="nz")
wr("saffron", "Autumn picking crew", "Hi {name},\n\nGood to see your name on the crocus harvest list. The picking crew for October is full and we've closed the sign-up sheet for this year.\n\n{sig}\n{co}", "Three Crocus Saffron Farm", "threecrocus.example", tz="auw")
wr("meadery", "[#hiring] reply from {sig}", "{sig} replied in #hiring:\n> @{name} thanks for the application for cellar hand. The job went to someone who's run a bottling line. Appreciate you applying!", "Honeyrun Meadery", "honeyrunmeadery.example", frm="Workspace <notifications@{dom}>", tz="usm")
wr("cutler", "Grinder's apprentice", "Dear {name},\n\nWe enjoyed reading your letter about the grinder's apprenticeship at {co}. The place has gone to a young woman who came to our open workshop day in the summer.\n\nBest regards,\n{sig}", "Little Mester Knives", "littlemester.example")
wr("pinball", "DM from {sig}", "{sig}: hey {name}, sorry for the slow reply. Ended up hiring a guy from our league night to do the board repairs, so the restorer gig's taken. thanks for reaching out!", "Tilt Arcade Bar", "tiltarcade.example", frm="Chat <dm@{dom}>", tz="usp")
wr("umbrella", "Re: repairs vacancy", "Dear {name},\n\nHow kind to drop your letter in by hand. We have given the repair bench position to a former staff member returning after a break.\n\nYours sincerely,\n{sig}\n{co}", "Stanhope Umbrellas", "stanhopeumbrellas.example")
wr("snailfarm", "Farm hand application", "Bonjour {name},\n\nWe were pleased to hear you'd like to work at our snail farm this summer. The team for the season is complete and we have no further places.\n\n{sig}\n{co}", "L'Escargotière des Combes", "escargotieredescombes.example", tz="eu")
wr("showcave", "Show cave guide tryouts", "Hi {name},\n\nThanks for coming to the guide tryouts. After the practice tours we've offered the places to four guides, and this season those four don't include you.\n\n{sig}\nHead Guide, {co}", "Dan yr Ogof Caverns", "danyrogof.example")
wr("kelp", "kelp crew", "{name} - we've taken on the full kelp crew for the winter grow-out. No space this time. Thanks. {sfirst}, {co}", "Northern Seaweed Farms", "northernseaweed.example", tz="cap")
wr("mussel", "Voicemail transcript from {sig}", "Voicemail transcript (confidence: medium)\n\"Hi {name}, {sfirst} from {co} calling about the raft crew job. It's gone to a skipper's son who's worked the lines before, so you're out this time. Cheers, bye.\"", "Killary Mussel Rafts", "killarymussels.example", frm="Voicemail <voicemail@{dom}>", tz="ie")
wr("reptile", "Animal care assistant", "Hi {name},\n\nCheers for wanting to work with our reptiles. We've offered the animal care role to someone who has already handled venomous species under licence.\n\n{sig}\n{co}", "Scales & Tails Reptile Rescue", "scalesandtails.example")
wr("aquaponics", "InMail: Grower role", "Hi {name} - circling back on the grower role. We're hiring a candidate who's run recirculating fish systems before. Appreciate the conversations. {sfirst}", "Greenfin Aquaponics", "greenfinaqua.example", frm="{sig} via ProNet <inmail@{dom}>", tz="usc")
wr("insects", "Chat export: Larvae technician", "[10:42] {sig}: Hi {name}, thanks for your patience.\n[10:43] {sig}: We've chosen another applicant for the larvae rearing technician role.\n[10:43] {sig}: Thank you again!", "Cricketry Protein", "cricketry.example", frm="{sig} <{sl}@{dom}>", tz="eu")
wr("sauna", "Message from {co}", "Hi {name}! Thanks for your DM about sauna attendant shifts. We've got our team set for winter now so we're a no for this season. Stay warm! 🔥", "Harbour Fire Sauna", "harbourfiresauna.example", frm="{co} <dm-notify@{dom}>", tz="uk")
wr("icerink", "Shift app: application update", "Your application for Ice Resurfacer Driver at {co} was declined by the manager.\n\nOther shifts near you are in the app.", "Frostline Ice Arena", "frostlinearena.example", frm="ShiftPal <alerts@{dom}>", tz="cae")
wr("punt", "Punt chauffeurs", "hi {name}, {sfirst} here. cheers for the trial on the river. we've got all the chauffeurs we need for summer, so we're giving this one a miss for you. cheers", "Granta Punting Co", "grantapunting.example")
# ---- wide: 25 rejections in other languages (15 widely spoken, 10 new to the slices), one each ----
wr("de-schornstein", "Deine Bewerbung um die Ausbildung", "Hallo {name},\n\nvielen Dank für dein Interesse an der Ausbildung zum Schornsteinfeger. Wir haben uns für einen Bewerber aus dem Ort entschieden, der schon ein Praktikum im Kehrbezirk gemacht hat.\n\nViele Grüße\n{sig}\n{co}", "Kehrbetrieb Lindner", "kehrbetrieblindner.example", tz="eu", lang="de")
wr("es-bodega", "Puesto de guía de bodega", "Hola {name}:\n\nTe agradecemos que te apuntaras para guía de bodega. Hemos elegido a otra persona que ya conoce la comarca y habla alemán, así que esta vez no seguiremos con tu candidatura.\n\nUn saludo,\n{sig}\n{co}", "Bodegas Peñalba del Duero", "penalbadelduero.example", tz="eu", lang="es")
wr("fr-voile", "Votre candidature – moniteur de voile", "Bonjour {name},\n\nVous nous avez écrit pour encadrer les stages de voile cet été, merci. L'équipe est désormais au complet et nous ne pourrons pas vous proposer de contrat cette saison.\n\nBien cordialement,\n{sig}\n{co}", "Centre Nautique des Glénan-Sud", "nautiqueglenansud.example", tz="eu", lang="fr")
wr("it-restauro", "Posto di restauratore", "Buongiorno {name},\n\nla ringraziamo per l'interesse verso il posto di restauratore di mobili antichi. Abbiamo scelto un candidato con più esperienza nella doratura a guazzo, perciò la sua candidatura si ferma qui.\n\nCordiali saluti,\n{sig}\n{co}", "Bottega Restauri Orsolini", "restauriorsolini.example", tz="eu", lang="it")
wr("pt-azulejo", "Candidatura – ajudante de azulejaria", "Olá {name},\n\nObrigado pela candidatura a ajudante de azulejaria. Optámos por outra pessoa, que já trabalhou em restauro de painéis antigos, e por isso não vamos avançar consigo.\n\nCumprimentos,\n{sig}\n{co}", "Oficina Azul de Alfama", "oficinaazulalfama.example", tz="pt", lang="pt")
wr("nl-molen", "Sollicitatie molenaar in opleiding", "Beste {name},\n\nBedankt voor je sollicitatie als molenaar in opleiding. Een vaste vrijwilliger van de molen krijgt de plek. Je sollicitatie nemen we daarom niet verder mee.\n\nMet vriendelijke groet,\n{sig}\n{co}", "Stichting Molen De Hoop", "molendehoop.example", tz="eu", lang="nl")
wr("pl-bursztyn", "Rekrutacja – pracownia bursztynu", "Dzień dobry {name},\n\ndziękujemy za zgłoszenie na stanowisko pomocnika w pracowni bursztynu. Wybraliśmy inną osobę i nie będziemy kontynuować rekrutacji z Pani udziałem.\n\nPozdrawiamy,\n{sig}\n{co}", "Pracownia Bursztynu Jantar", "pracowniajantar.example", tz="eu", lang="pl")
wr("tr-hali", "Çırak başvurunuz hakkında", "Merhaba {name},\n\nHalı onarım atölyemizdeki çıraklık için yaptığınız başvuruya teşekkür ederiz. Çıraklık için tecrübeli başka bir adayı seçtik.\n\nİyi çalışmalar dileriz,\n{sig}\n{co}", "Kilim Onarım Evi", "kilimonarim.example", tz="tr", lang="tr")
wr("ru-ikona", "Ваш отклик на вакансию", "Здравствуйте, {name}!\n\nБлагодарим, что откликнулись на место помощника реставратора икон. Мы выбрали другого кандидата, поэтому продолжить работу с вами не сможем.\n\nС уважением,\n{sig}\n{co}", "Мастерская «Светлица»", "svetlitsa.example", tz="ru", lang="ru")
wr("ja-wagasa", "見習い募集の選考結果について", "{name} 様\n\nこのたびは当工房の和傘職人見習いにご応募いただき、ありがとうございました。検討の結果、今回は採用を見送らせていただくことになりました。\n\n{co}\n{sig}", "和傘工房 紅葉庵", "momijian.example", tz="jp", lang="ja")
wr("zh-cha", "关于采茶季节工的应聘", "{name}您好：\n\n感谢您应聘本茶园的采茶季节工。经过考虑，我们已经选定了其他人选，这次就不能和您合作了。\n\n{co}\n{sig}", "云雾山茶园", "yunwushan.example", tz="cn", lang="zh")
wr("ko-onggi", "견습생 지원 결과 안내", "{name}님 안녕하세요.\n\n옹기 공방 견습 자리에 관심 가져 주신 점 고맙게 생각합니다. 아쉽지만 이번 자리는 다른 분께 드리게 되었어요.\n\n{co} {sig} 드림", "흙숨 옹기공방", "heuksum.example", tz="kr", lang="ko")
wr("vi-non", "Về đơn ứng tuyển thợ phụ", "Chào {name},\n\nXưởng cảm ơn bạn đã quan tâm đến việc thợ phụ làm nón lá. Chúng tôi đã chọn một người khác ở gần xưởng, nên lần này chưa thể làm việc cùng bạn.\n\nTrân trọng,\n{sig}\n{co}", "Xưởng Nón Làng Chuông", "nonlangchuong.example", tz="vn", lang="vi")
wr("id-batik", "Lamaran asisten pengrajin", "Halo {name},\n\nTerima kasih sudah melamar sebagai asisten pengrajin batik tulis. Setelah menimbang semua pelamar, kami memilih orang lain untuk posisi ini.\n\nSalam,\n{sig}\n{co}", "Rumah Batik Sekar Jagad", "batiksekarjagad.example", tz="id", lang="id")
wr("sw-ngalawa", "Ombi lako la kazi", "Habari {name},\n\nAsante kwa kuomba nafasi ya kiongozi wa safari za ngalawa. Tumemchagua mwombaji mwingine mwenye uzoefu wa bahari, hivyo hatutaendelea na ombi lako.\n\nWako,\n{sig}\n{co}", "Ngalawa Safari Pwani", "ngalawapwani.example", tz="ke", lang="sw")
wr("gcf-peche", "Kandidati aw", "Bonjou {name},\n\nMèsi onpil pou kandidati aw pou travay asou bato pèch-la. Nou ja pran on moun ki ka konnèt lanmè-la byen, kidonk nou pé pa kontinyé épi'w.\n\n{sig}\n{co}", "Pèch Lagwa Sentan", "pechlagwa.example", tz="gp", lang="gcf")
wr("rcf-vanille", "Out kandidatir", "Bonzour {name},\n\nMersi pou out kandidatir pou travay dann karo vanille. Nou la fine pran inn ot moun, donk nou va pa kontinyé avek ou sat fwa-la.\n\n{sig}\n{co}", "Vanilleraie Bois-Rouge", "vanilleraiebr.example", tz="re", lang="rcf")
wr("lou-kribich", "To aplikasyon", "Bonjou {name},\n\nMèsi pou to aplikasyon pou travay dan bato kribich-la. Nou deja chwazi en lòt moun, é nou pa kapab pran twa sa sézon-la.\n\n{sig}\n{co}", "Bayou Teche Shrimp Co", "bayoutecheshrimp.example", tz="usc", lang="lou")
wr("wes-cocoa", "Di work for cocoa farm", "Hello {name},\n\nWe tank you plenty say you bin send application for di work for we cocoa farm. We don take another man wey don do dis kain work before, so we no go carry you for dis time.\n\n{sig}\n{co}", "Meme Valley Cocoa Growers", "memevalleycocoa.example", tz="cm", lang="wes")
wr("pis-resot", "Aplikesin blong iu", "Halo {name},\n\nTanggio tumas fo aplikesin blong iu fo waka long resot. Mifala tekem nara man finis, so mifala no save tekem iu distaem.\n\n{sig}\n{co}", "Marovo Lagoon Lodge", "marovolodge.example", tz="sb", lang="pis")
wr("ksh-koebes", "Ding Bewerbung als Köbes", "Hallo {name},\n\nmer bedanke uns för Ding Bewerbung als Köbes en unserem Brauhaus. Mer han uns för ene andere entschiede, dä kennt et Huus ald lang. Et deit uns leid.\n\nEnne schöne Jroß\n{sig}\n{co}", "Brauhaus Zum Ählen Fass", "aehlenfass.example", tz="eu", lang="ksh")
wr("tw-kente", "Wo adwuma abisadeɛ", "{name},\n\nYɛda wo ase sɛ wokyerɛɛ w'ani sɛ wobɛyɛ adwuma wɔ yɛn kente nwene fie. Yɛafa obi foforo dada, enti yɛrentumi mfa wo saa bere yi.\n\n{sig}\n{co}", "Bonwire Kente Weavers", "bonwirekente.example", tz="gh", lang="tw")
wr("rar-angaanga", "Tō pāpū angaanga", "Kia orana {name},\n\nMeitaki maata no tō pāpū i te angaanga i te are tūtaka. Kua iki ana mātou i tētai tangata kē no teia angaanga. Aroa mai.\n\n{sig}\n{co}", "Aroa Beach Villas", "aroabeachvillas.example", tz="ck", lang="rar")
wr("lfn-museo", "Tua aplica", "Saluta {name},\n\nGrasias per tua aplica per la posto de gida en la museo de bisicletas. Nos ia eleje un otra candidato, donce nos no va continua con tua aplica.\n\nCon salutas,\n{sig}\n{co}", "Museo de Bisicletas Rueda", "museobisicletas.example", tz="eu", lang="lfn")
wr("nov-orgene", "Vun aplikatione", "Saluta {name},\n\nNus danka vu pro vun aplikatione por li posto de asistente in li fabrika de orgenes. Nus ha selekte un altri kandidato e nus non pove kontinua kun vun aplikatione.\n\nKordialim,\n{sig}\n{co}", "Orgenfabrika Nordlund", "orgenfabrika.example", tz="eu", lang="nov")
# ---- wide: 50 others (4 x2, 42 once) ----
wo("application_received", "c-punt", "punt chauffeurs", "hi {name}, {sfirst} here. got your message, ta. come down to the river on {d1} for a trial push. if it doesn't work either way, no hard feelings, we'll say so straight after", ("Granta Punting Co", "Isis River Punts"), ("grantapunting.example", "isisriverpunts.example"))
wo("application_received", "c-sauna", "Message from {co}", "Hi {name}! Got your DM about attendant shifts 🔥 We're sorting the winter rota next week. Fit you in or not, we'll answer right here in this thread.", ("Harbour Fire Sauna", "Saltwater Steam Co"), ("harbourfiresauna.example", "saltwatersteam.example"), frm="{co} <dm-notify@{dom}>")
wo("application_received", "c-paraglide", "[Group chat] Tandem pilots 2026", "{sig}: @{name} logbook received, thanks! We pick the tandem pilots after the test flights on {d1}. If you don't make the list, I'll tell you in this chat.", "Thermal Ridge Flying", "thermalridge.example", frm="{co} via GroupChat <notify@{dom}>", tz="eu")
wo("application_received", "c-insects", "Chat export: Larvae technician", "[09:15] {sig}: Hi {name}, got your CV for the larvae rearing role.\n[09:16] {sig}: We'll decide before the month closes and message everyone, yes or no.", "Buzzhollow Insect Farms", "buzzhollowinsects.example", tz="eu")
wo("application_received", "c-seedbank", "Volunteer platform: application received", "Hi {name},\n\nYour application for Seed Processing Technician at {co} has been received. Status: Submitted.\n\nOrganisers update the status when they decide: Selected, Not selected or Waitlisted.\n\nSent via the volunteer and jobs platform.", "Millbeck Seed Conservancy", "millbeckseeds.example", frm="Platform <updates@{dom}>")
wo("application_received", "c-goats", "Farm stay message: milking help", "Message from host {co}:\n\nHi {name}, thanks for your message! We'll look at the helper calendar this weekend. If kidding season is already covered we'll let you know, otherwise we'll send dates.", "Tussock Hill Goats", "tussockhillgoats.example", frm="{co} via FarmStay <host-messages@{dom}>", tz="nz")
wo("application_received", "c-es", "Hemos recibido tu candidatura", "Hola {name}:\n\nNos ha llegado tu solicitud para guía de enoturismo. Miraremos las candidaturas hasta el día 20 y, pases o no a la siguiente fase, te mandaremos un correo.\n\n{sig}\n{co}", "Viñedos Sierra de Gata", "sierradegata.example", tz="eu", lang="es")
wo("application_received", "c-de", "Eingangsbestätigung", "Hallo {name},\n\ndeine Bewerbung für die Ausbildung im Kehrbezirk ist bei uns angekommen. Ob Zusage oder Absage: Du hörst bis Ende des Monats von uns.\n\n{sig}\n{co}", "Kaminkehrerei Harlander", "kaminkehrerei.example", tz="eu", lang="de")
wo("application_received", "c-fr", "Accusé de réception", "Bonjour {name},\n\nVotre dossier de moniteur de kayak est bien arrivé chez nous. Sans réponse de notre part d'ici trois semaines, considérez que l'équipe est complète.\n\n{sig}\n{co}", "Base Nautique de l'Aber", "baseaber.example", tz="eu", lang="fr")
wo("application_received", "c-ja", "ご応募受付のお知らせ", "{name} 様\n\n見習い職人の募集にご応募いただき、ありがとうございます。書類を拝見したうえで、結果にかかわらず二週間以内にご連絡いたします。\n\n{co}\n{sig}", "竹細工工房 青竹", "aotake.example", tz="jp", lang="ja")
wo("application_received", "c-ko", "지원서 접수 완료", "{name}님,\n\n도자 공방 견습 과정에 지원서를 보내 주셨네요. 서류를 살펴본 뒤 결과와 상관없이 한 분 한 분께 따로 연락드릴게요.\n\n{co}", "달빛 도자공방", "dalbit.example", tz="kr", lang="ko")
wo("application_received", "c-gcf", "Nou résévwa kandidati aw", "Bonjou {name},\n\nNou byen résévwa kandidati aw pou travay asou bato-la. Nou ké réponn-vou avan lafen dè mwa-la, kèlkanswa répons-la.\n\n{sig}\n{co}", "Bato Lanmè Bouyant", "batolanme.example", tz="gp", lang="gcf")
wo("application_received", "c-rcf", "Nou la resevwar out kandidatir", "Bonzour {name},\n\nNou la bien resevwar out kandidatir pou karo vanille. Si nou pran ou ou si nou pran pa ou, nou va ékri aou dann dé simenn.\n\n{sig}\n{co}", "Domaine Vanille Langevin", "vanillelangevin.example", tz="re", lang="rcf")
wo("application_received", "c-wes", "We don get your application", "Hello {name},\n\nYour application for di farm work don reach we hand. Even if dem no pick you, we go write you so you no dey wait for nothing.\n\n{sig}\n{co}", "Buea Highland Tea", "bueahighland.example", tz="cm", lang="wes")
wo("application_received", "c-tw", "Yɛanya wo nkrataa", "{name},\n\nYɛanya wo adwuma abisadeɛ no. Yɛbɛfrɛ wo nnawɔtwe abien mu, sɛ yɛfa wo anaa yɛamfa wo.\n\n{sig}\n{co}", "Adanwomase Weaving Centre", "adanwomase.example", tz="gh", lang="tw")
wo("application_received", "c-lfn", "Nos ia reseta tua aplica", "Saluta {name},\n\nNos ia reseta tua aplica per la posto de gida. Si nos eleje tu o no, nos va scrive a tu ante la fini de la mense.\n\n{sig}\n{co}", "Museo de Trenes Vea", "museotrenes.example", tz="eu", lang="lfn")
wo("interview", "i-reptile", "Animal care assistant – interview", "Hi {name},\n\nGlad you want to work with our reptiles. Can you come on {d1} at 11am for a chat and a walk round the enclosures? Unfortunately the site has nowhere to park; the train is easiest.\n\n{sig}\n{co}", ("Scales & Tails Reptile Rescue", "Coldblood Sanctuary"), ("scalesandtails.example", "coldbloodsanctuary.example"))
wo("interview", "i-forge", "Come to the forge", "Hi {name},\n\nThanks for the photos. Could you come in on {d1} for a morning at the anvil? Wear boots and natural fibres, and bring your own leather apron if you have one.\n\n{sig}\n{co}", "Brackenhurst Forge", "brackenhurstforge.example")
wo("interview", "i-showcave", "Guide tryouts – {d1}", "Hi {name},\n\nYou're invited to the guide tryouts on {d1}. You'll lead a 15-minute practice tour through the lower chamber. Bring a warm layer; the cave stays at 10°C.\n\n{sig}\nHead Guide, {co}", "Ogof Ddu Show Caves", "ogofddu.example")
wo("interview", "i-cutler", "Workshop visit", "Dear {name},\n\nYour letter made us smile. Come by the workshop at 9am on {d1} and try the grinding wheel. Unfortunately the building has no heating, so please dress warmly.\n\n{sig}\n{co}", "Porter Brook Cutlery", "porterbrookcutlery.example")
wo("interview", "i-carriage", "Carriage driver – meet the horses", "Hi {name},\n\nGood to get your letter. Come to the yard on {d1} at 8am to meet the horses and take a turn on the box with me.\n\n{sig}\n{co}", "Regency Carriage Rides", "regencycarriages.example")
wo("interview", "i-it", "Colloquio per il posto di restauratore", "Buongiorno {name},\n\nla invitiamo a un colloquio in bottega {d1} alle 10. Le chiediamo di portare alcune foto dei suoi lavori di doratura.\n\n{sig}\n{co}", "Laboratorio Restauri Fontana", "restaurifontana.example", tz="eu", lang="it")
wo("interview", "i-pt", "Entrevista – oficina de azulejos", "Olá {name},\n\ngostaríamos de a convidar para uma conversa na oficina no dia {d1}, às 15h. Traga, se puder, fotografias de trabalhos anteriores.\n\n{sig}\n{co}", "Azulejaria do Largo", "azulejariadolargo.example", tz="pt", lang="pt")
wo("interview", "i-pis", "Toktok fo waka", "Halo {name},\n\nMifala laek fo toktok witim iu long {d1} long aftanun, long ofis blong resot. Plis kam long taem.\n\n{sig}\n{co}", "Gizo Reef Resort", "gizoreef.example", tz="sb", lang="pis")
wo("interview", "i-ksh", "Kumm ens vorbei", "Hallo {name},\n\nmer däte Dich jän kennelihre. Kumm am {d1} öm drei Uhr en et Brauhaus, dann schwaade mer ens.\n\n{sig}\n{co}", "Brauhaus Em Schwemmhof", "schwemmhof.example", tz="eu", lang="ksh")
wo("next_steps", "n-kelp", "Sea survival certificate needed", "Hi {name},\n\nTo join the kelp crew send a copy of your sea survival certificate by {d1}. No certificate, no place on the boat roster.\n\n{sig}\n{co}", ("Northern Seaweed Farms", "Tidewrack Kelp Co"), ("northernseaweed.example", "tidewrack.example"), tz="cap")
wo("next_steps", "n-fossil", "Practical task – fossil preparator", "Dear {name},\n\nNext comes a short practical: please send photos of a specimen you have prepared, with a note on your methods, by {d1}.\n\n{sig}\n{co}", "Jurassic Coast Fossil Lab", "jurassicfossillab.example")
wo("next_steps", "n-typewriter", "Trial piece", "Dear {name},\n\nPlease bring the attached typewriter back to us serviced by {d1}. We'll judge the apprenticeship on that piece of work, so take your time with it.\n\n{sig}\n{co}", "Platen & Ribbon Repairs", "platenribbon.example", tz="usc")
wo("next_steps", "n-nl", "Volgende stap: proefdag", "Beste {name},\n\nWe willen je uitnodigen voor een proefdag op de molen. Laat ons vóór {d1} weten welke zaterdag je kunt, anders vervalt je plek in deze ronde.\n\n{sig}\n{co}", "Molen De Zwaluw", "molendezwaluw.example", tz="eu", lang="nl")
wo("next_steps", "n-zh", "请补交健康证明", "{name}您好：\n\n请在{d1}之前把健康证明的复印件发给我们，逾期未交的话，采茶季节工的名额将转给候补人员。\n\n{co}", "龙井山下茶社", "longjingshanxia.example", tz="cn", lang="zh")
wo("next_steps", "n-tr", "Deneme günü için belgeler", "Merhaba {name},\n\nDeneme günü için kimlik fotokopinizi ve sağlık raporunuzu {d1} tarihine kadar göndermenizi rica ederiz.\n\n{sig}\n{co}", "Kapadokya Halı Atölyesi", "kapadokyahali.example", tz="tr", lang="tr")
wo("next_steps", "n-rar", "Te au pepa", "Kia orana {name},\n\nE tuku mai koe i tō pepa tūtaka e te ingoa o tētai tangata e tuatua no kōtou i mua ake i te {d1}.\n\n{sig}\n{co}", "Muri Lagoon Villas", "murilagoon.example", tz="ck", lang="rar")
wo("next_steps", "n-nov", "Sekuant etape", "Saluta {name},\n\nPlis sende a nus vun certifikate de laboro ante {d1}. Pos to nus sal fixa li date de vun prova.\n\n{sig}\n{co}", "Orgenatelier Lindgren", "orgenatelier.example", tz="eu", lang="nov")
wo("offer", "o-tannery", "Offer – tannery hand", "Dear {name},\n\nThe beam house job is yours from {d1}. The contract's attached; sign it and send it back to me.\n\n{sig}\n{co}", "Dartside Oak Tannery", "dartsidetannery.example")
wo("offer", "o-meadery", "[#hiring] reply from {sig}", "{sig} replied in #hiring:\n> @{name} great news - the cellar hand job is yours! Can you start {d1}? Paperwork coming by email.", "Goldcomb Meadery", "goldcomb.example", frm="Workspace <notifications@{dom}>", tz="usm")
wo("offer", "o-pl", "Propozycja zatrudnienia", "Dzień dobry {name},\n\nz przyjemnością proponujemy Pani pracę w naszej pracowni bursztynu od {d1}. Umowę prześlemy w osobnej wiadomości.\n\n{sig}\n{co}", "Bursztynowa Pracownia Gdańska", "bursztynowa.example", tz="eu", lang="pl")
wo("offer", "o-vi", "Thư mời nhận việc", "Chào {name},\n\nXưởng rất vui được mời bạn vào làm thợ phụ từ {d1}. Bạn vui lòng trả lời email này để xác nhận nhé.\n\n{sig}\n{co}", "Xưởng Nón Tây Hồ", "nontayho.example", tz="vn", lang="vi")
wo("offer", "o-lou", "Nou lé pran twa", "Bonjou {name},\n\nNou kontan di twa ke nou lé pran twa pou travay dan bato-la. To kapab komansé {d1}?\n\n{sig}\n{co}", "Atchafalaya Crawfish Boats", "atchafalayaboats.example", tz="usc", lang="lou")
wo("other_job", "x-sw-withdraw", "Umeondoa ombi lako", "Habari {name},\n\nKama ulivyoomba, tumeondoa ombi lako la kazi ya kiongozi wa safari. Unakaribishwa kuomba tena wakati wowote.\n\n{co}", "Safari za Dau Lamu", "dau-lamu.example", tz="ke", lang="sw")
wo("other_job", "x-id-status", "Status lamaran: sedang ditinjau", "Halo {name},\n\nLamaran Anda untuk posisi asisten pengrajin saat ini sedang ditinjau. Kami akan mengabari Anda setelah tahap ini selesai.\n\n{co}", "Batik Tulis Lasem Indah", "lasemindah.example", tz="id", lang="id")
wo("job_alert", "x-alert-crafts", "New heritage craft jobs this week", "Hi {name},\n\nNew this week:\n- Thatcher's labourer, Devon\n- Bench joiner, Shropshire\n- Lettercutter's assistant, Cumbria\n\nChange your alert settings at {dom}/alerts", "Heritage Crafts Jobs Board", "heritagecraftsjobs.example", frm="Alerts <alerts@{dom}>")
wo("recruiter_outreach", "x-pitch-resort", "Winter season – lift operations", "Hi {name},\n\nI'm staffing lift operations for a resort in the Dolomites this winter and your outdoor experience caught my eye. Interested in a quick call?\n\n{sig}\n{co}", "Peak Season Staffing", "peakseasonstaff.example", tz="eu")
wo("non_job_rejection_words", "x-ru-flat", "Квартира на Садовой", "Здравствуйте, {name}!\n\nСпасибо, что посмотрели квартиру. Хозяйка решила сдать её семье, которая может въехать раньше.\n\n{sig}", "Агентство «Дом у парка»", "domuparka.example", tz="ru", lang="ru")
wo("non_job_rejection_words", "x-neon", "Neon bending course", "Hi {name},\n\nThanks for booking interest in the spring neon bending course. All eight places have been taken, and you're first on the waiting list.\n\n{sig}\n{co}", "Glowworks Studio", "glowworks.example")
wo("non_job_rejection_words", "x-mooring", "Mooring application", "Dear {name},\n\nYour request for a swinging mooring is noted. The harbour has no vacant moorings for a boat of your length this year, so we cannot allocate one.\n\nHarbour Office, {co}", "Porthcurnow Harbour Commissioners", "porthcurnowharbour.example")
wo("non_job_rejection_words", "x-kiln", "Kiln share request", "Hi {name},\n\nThanks for asking about kiln share. The firing schedule is booked out by members until spring, so a non-member slot can't be squeezed in.\n\n{sig}\n{co}", "Claybank Pottery Collective", "claybankpottery.example")


def ascii_fold(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")


def local_part(name: str, style: int) -> str:
    words = [w for w in re.split(r"[^a-z]+", ascii_fold(name).lower()) if w]
    if not words:
        return "office"
    if style == 0:
        return ".".join(words)
    if style == 1:
        return words[0][0] + words[-1]
    return words[-1]


def offset_for(zone: str, day: dt.date) -> dt.timezone:
    std, summer, hemi = ZONES[zone]
    use = std
    if summer and hemi == "n" and 4 <= day.month <= 10:
        use = summer
    if summer and hemi == "s" and (day.month >= 10 or day.month <= 3):
        use = summer
    sign = -1 if use[0] == "-" else 1
    return dt.timezone(sign * dt.timedelta(hours=int(use[1:3]), minutes=int(use[3:5])))


def when_sent(rng: random.Random, zone: str) -> dt.datetime:
    start = dt.date(2025, 3, 5)
    day = start + dt.timedelta(days=rng.randrange((dt.date(2026, 11, 25) - start).days))
    return dt.datetime(day.year, day.month, day.day, rng.randrange(7, 22), rng.randrange(60), rng.randrange(60), tzinfo=offset_for(zone, day))


def fill(text: str, slots: dict[str, str]) -> str:
    return SLOT.sub(lambda m: slots.get(m.group(1), m.group(0)), text)


def signer_pool(t: T) -> list[str]:
    if t.lang in LANG_SIGNERS:
        return LANG_SIGNERS[t.lang]
    if t.tz == "in":
        return SIGNERS_IN
    return SIGNERS


def build() -> list[dict[str, str]]:
    rng = random.Random(SEED)
    records: list[dict[str, str]] = []
    for t in TEMPLATES:
        pool = signer_pool(t)
        sigs = rng.sample(pool, min(t.copies, len(pool)))
        people = rng.sample(RECIPIENTS, t.copies)
        for i in range(t.copies):
            sig = sigs[i % len(sigs)]
            full = people[i]
            me = f"{local_part(full, rng.randrange(3))}{rng.randrange(10, 99)}@{rng.choice(PROVIDERS)}.example"
            sent = when_sent(rng, t.tz)
            later = sent + dt.timedelta(days=rng.randrange(4, 11))
            before = sent - dt.timedelta(days=rng.randrange(2, 9), hours=rng.randrange(1, 6))
            other = rng.choice([p for p in SIGNERS if p != sig])
            slots = {
                "name": full.split()[0], "full": full, "me": me, "sig": sig, "sfirst": sig.split()[0],
                "sl": local_part(sig, rng.randrange(3)), "co": t.co[i % len(t.co)], "dom": t.dom[i % len(t.dom)],
                "role": t.role[i % len(t.role)], "other": other.split()[0] + " " + other.split()[-1][0] + ".",
                "d1": f"{later:%A} {later.day} {later:%B}", "qd": f"{before:%a} {before.day} {before:%b %Y} {before:%H:%M}",
                "ref": str(rng.randrange(10000, 99999)),
            }
            if t.lang != "en":
                slots["d1"] = f"{later:%d.%m.%Y}"
            records.append({
                "subject": fill(t.subject, slots), "body": fill(t.body, slots), "sender": fill(t.frm, slots),
                "label": t.label, "kind": t.kind, "family": f"blind27-{t.part}-{t.fam}",
                "to": f"{full} <{me}>", "date": format_datetime(sent), "part": t.part, "lang": t.lang,
            })
    rng.shuffle(records)
    counters = {"rejection": 0, "not_rejection": 0}
    for r in records:
        counters[r["label"]] += 1
        r["id"] = f"blind27:{'rej' if r['label'] == 'rejection' else 'oth'}-{counters[r['label']]:03d}"
    return records


def shingles(text: str) -> set[str]:
    words = WORD.findall(TAG.sub(" ", text).lower())
    return {" ".join(words[i:i + 6]) for i in range(len(words) - 5)}


def other_files() -> list[Path]:
    """Every .jsonl in data/ and data/blind/ except this slice and any later (sealed) one."""
    out = sorted(HERE.parent.glob("*.jsonl"))
    for p in sorted(HERE.glob("*.jsonl")):
        m = SLICE_NO.search(p.name)
        if m and int(m.group(1)) >= 27:
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


def email_date(text: str) -> dt.datetime:
    return parsedate_to_datetime(text)


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
    print(f"total {len(records)}; families {len({r['family'] for r in records})}; templates {len(TEMPLATES)}; doubled {doubled}")
    senders = {r["sender"] for r in records}
    domains = {r["sender"].rsplit("@", 1)[1].rstrip(">") for r in records}
    print(f"senders {len(senders)}; sender domains {len(domains)}")
    lengths = sorted(len(r["body"]) for r in records)
    html = sum("<html" in r["body"] for r in records)
    dates = sorted(email_date(r["date"]) for r in records)
    offsets = {r["date"][-5:] for r in records}
    print(f"bodies {lengths[0]}-{lengths[-1]} chars, median {lengths[len(lengths) // 2]}; html {html}")
    print(f"dates {dates[0]:%d %b %Y} to {dates[-1]:%d %b %Y}; offsets {len(offsets)}: {' '.join(sorted(offsets))}")


KEYS = ("id", "subject", "body", "sender", "label", "kind", "family", "to", "date")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--langs", action="store_true")
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    records = build()
    if args.langs:
        langs(records)
        return 0
    if args.check:
        check(records)
        return 0
    with OUT.open("w", encoding="utf-8") as handle:
        for r in records:
            handle.write(json.dumps({k: r[k] for k in KEYS}, ensure_ascii=False) + "\n")
    print(f"wrote {len(records)} records to {OUT.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
