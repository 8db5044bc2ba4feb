# ruff: noqa: E501, S311
"""Write the twenty-sixth sealed blind slice for issue 11 (blind-slice-26.jsonl).

Stdlib only, fixed seed; two runs write byte-identical files. Options:
--langs  print the make-up by part/label/kind and label/language (no message text)
--check  6-word shingles shared with the other .jsonl files in data/ and data/blind/
         (read only as shingle sets, slice 26 and later never read; our side printed)
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

SEED = 260261
HERE = Path(__file__).resolve().parent
OUT = HERE / "blind-slice-26.jsonl"
WORD = re.compile(r"\w+")
TAG = re.compile(r"<[^>]+>")
SLOT = re.compile(r"\{(\w+)\}")
SLICE_NO = re.compile(r"blind-slice-(\d+)\.jsonl$")

RECIPIENTS = [
    "Tobenna Ashgrove", "Niamh Venkataraman", "Sipho Clutterbuck", "Gurleen Moriarty", "Adaeze Thornbury",
    "Jun Hao Petherick", "Khanyisile Maddox", "Rhys Oyelaran", "Clodagh Parthasarathy", "Farai Whitcombe",
    "Imran Kilbride", "Grainne Balasubramanian", "Mpho Trelawney", "Ngozi Fairclough", "Ciaran Bhattacharya",
    "Thandeka Ormerod", "Vikram Lennox", "Temitope Hartigan", "Mei Xin Caldicott", "Obinna Sandberg",
    "Busisiwe Penhaligon", "Aravind McGuinness", "Sinead Ogunleye", "Bongani Threlfall", "Lakshmi Cavanagh",
    "Oluwakemi Dunleavy", "Padraig Sundaram", "Li Ting Hebden", "Abena Rockcliffe", "Kagiso Mulrooney",
    "Chidi Wainwright", "Deirdre Anand", "Nthabiseng Ashby", "Rohan Drummond-Hay", "Ebunoluwa Selwyn",
    "Tadhg Okafor", "Zodwa Kingsley", "Xiu Ying Pellow", "Yusuf Tregear", "Meera Finnegan",
]
SIGNERS = [
    "Cordelia Ashenhurst", "Ikechukwu Braithwaite", "Tamsin Roebuck", "Pieter-Jan Visagie", "Modupe Harcourt",
    "Fionnuala Keaveney", "Jasper Linthwaite", "Kwabena Stroud", "Araminta Fell", "Hennie du Preez",
    "Nokuthula Brent", "Ewan Macrae-Osei", "Lebogang Haworth", "Perpetua Quill", "Bronagh Tierney",
    "Olamide Corbishley", "Winifred Sayle", "Elmarie Botha", "Nnamdi Rushworth", "Clementine Aduwa",
    "Gareth Pennock", "Ama Owusu-Hale", "Crispin Yeoman", "Solenne Mercier-Hall", "Uzoamaka Pell",
    "Hamish Loveday", "Marisol Dane", "Kieran Fogarty", "Wendell Ambrose", "Priscilla Nakamura-Boyd",
]
SIGNERS_IN = ["Harshvardhan Patil", "Shruti Ranganathan", "Venkatesh Pillai", "Nikita Deshmukh", "Abhijit Sengupta", "Pooja Khandelwal"]
LANG_SIGNERS = {
    "es": ["Begoña Urrutia", "Fermín Castañeda"], "fr": ["Solène Barbier", "Gaspard Leroux"],
    "de": ["Hiltrud Bergmann", "Malte Sievers"], "pt": ["Graça Monteiro", "Tiago Vasconcelos"],
    "it": ["Ornella Tassi", "Gualtiero Fabbri"], "nl": ["Marloes Kuipers", "Sjoerd Hoekstra"],
    "pl": ["Jadwiga Pietrzak", "Bartosz Wilk"], "tr": ["Sevgi Karaca", "Ercan Yıldırım"],
    "vi": ["Lê Minh Thư", "Trương Văn Hiếu"], "id": ["Ratna Wulandari", "Agus Setiawan"],
    "sw": ["Neema Mwakilema", "Baraka Otieno"], "ro": ["Ileana Dobrescu", "Sorin Vlădescu"],
    "cs": ["Zdeňka Horáková", "Radek Šimek"], "ja": ["中島 真由美", "小野寺 誠"], "zh": ["宋丽娟", "许建国"],
    "war": ["Marites Ocenar", "Rodel Abrenica"], "bcl": ["Lorna Bañares", "Ernesto Llaguno"],
    "ty": ["Teura Tehaamoana", "Manutea Tauotaha"], "rgn": ["Tugnina Casadei", "Ghitò Zaccarini"],
    "dsb": ["Hanka Šołćina", "Gregor Kito"], "nrf": ["Philippe Le Cornu", "Mathilde Renouf"],
    "ext": ["Inacia Morgado", "Severianu Cordero"], "zea": ["Janna de Looze", "Kees Verhage"],
    "ie": ["Helga Lindqvist", "Ottokar Brenn"], "isv": ["Mirela Kovačić", "Stanislav Horak"],
}
PROVIDERS = ["kestrelmail", "tidepost", "slatebox", "bramblemail", "quaymail", "larchpost"]

ZONES = {
    "uk": ("+0000", "+0100", "n"), "ie": ("+0000", "+0100", "n"), "eu": ("+0100", "+0200", "n"),
    "eu2": ("+0200", "+0300", "n"), "use": ("-0500", "-0400", "n"), "usc": ("-0600", "-0500", "n"),
    "usm": ("-0700", "-0600", "n"), "usp": ("-0800", "-0700", "n"), "cae": ("-0500", "-0400", "n"),
    "cap": ("-0800", "-0700", "n"), "can": ("-0330", "-0230", "n"), "in": ("+0530", None, ""),
    "au": ("+1000", "+1100", "s"), "auq": ("+1000", None, ""), "auw": ("+0800", None, ""),
    "aus": ("+0930", "+1030", "s"), "za": ("+0200", None, ""), "ng": ("+0100", None, ""),
    "sg": ("+0800", None, ""), "jp": ("+0900", None, ""), "cn": ("+0800", None, ""),
    "tr": ("+0300", None, ""), "ke": ("+0300", None, ""), "br": ("-0300", None, ""),
    "mx": ("-0600", None, ""), "ph": ("+0800", None, ""), "vn": ("+0700", None, ""),
    "id": ("+0700", None, ""), "pt": ("+0000", "+0100", "n"), "pf": ("-1000", None, ""),
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


def add(part: str, label: str, kind: str, fam: str, subject: str, body: str, co: str | tuple[str, ...], dom: str | tuple[str, ...], frm: str = "{sig} <{sl}@{dom}>", role: str | tuple[str, ...] = "", tz: str = "uk", copies: int = 1, lang: str = "en") -> None:  # noqa: PLR0917
    TEMPLATES.append(T(part, label, kind, fam, subject, body, _tup(co), _tup(dom), frm, _tup(role), tz, copies, lang))


def mr(fam: str, subject: str, body: str, co: str | tuple[str, ...], dom: str | tuple[str, ...], **kw: object) -> None:
    add("mix", "rejection", "rejection", fam, subject, body, co, dom, **kw)  # type: ignore[arg-type]


def mo(kind: str, fam: str, subject: str, body: str, co: str | tuple[str, ...], dom: str | tuple[str, ...], **kw: object) -> None:  # noqa: PLR0917
    add("mix", "not_rejection", kind, fam, subject, body, co, dom, **kw)  # type: ignore[arg-type]


def wr(fam: str, subject: str, body: str, co: str | tuple[str, ...], dom: str | tuple[str, ...], **kw: object) -> None:
    add("wide", "rejection", "rejection", fam, subject, body, co, dom, **kw)  # type: ignore[arg-type]


def wo(kind: str, fam: str, subject: str, body: str, co: str | tuple[str, ...], dom: str | tuple[str, ...], **kw: object) -> None:  # noqa: PLR0917
    add("wide", "not_rejection", kind, fam, subject, body, co, dom, **kw)  # type: ignore[arg-type]


# Slots: {name} recipient's first name, {full} full name, {me} recipient's address, {sig} signer,
# {sfirst} signer's first name, {sl} signer's local part, {co} company, {dom} domain, {role} role,
# {d1} a day four to ten days after the mail, {qd} a quoted date two to eight days before it,
# {ref} a reference number.

# ---------------------------------------------------------------- mix: 40 ordinary template rejections
mr("wd-coop", "Your candidacy: {role} (R-{ref})", "Hello {name},\n\nThe requisition R-{ref} for {role} at {co} has moved to the offer stage with another person, and your candidacy has been set to closed in our hiring system.\n\nYou can still see it, greyed out, under My Applications.\n\n{co} Talent Acquisition", ("Harrowgate Co-operative Dairies", "Penrith Mutual Grain Society"), ("harrowgatedairies.example", "penrithgrain.example"), frm="{co} Talent <wd-notify@{dom}>", role=("Milk Procurement Analyst", "Grain Logistics Planner"), copies=2)
mr("gh-robotics", "{co} — {role}", "Hi {name},\n\nA real person, me, went through your portfolio and the take-home prompt notes. We are choosing to stop your process here; the people we're moving forward have shipped motion-planning code on hardware, which yours doesn't show yet.\n\nBest of luck out there,\n{sig}\n{co}", ("Ferrule Robotics", "Quayline Automation"), ("ferrule-robotics.example", "quayline.example"), role=("Controls Engineer", "Robotics Software Engineer"), tz="usp", copies=2)
mr("lever-oneline", "{role} at {co}", "{name} — thanks for applying to {co}. We won't take your application for {role} any further. — {sfirst}", ("Sorrelwood", "Brightkiln"), ("sorrelwood.example", "brightkiln.example"), role=("Lifecycle Marketer", "Community Lead"), tz="use", copies=2)
mr("sr-card", "Application status changed", "<html><body><table style=\"font-family:Arial\"><tr><td><b>{co}</b></td></tr><tr><td>Position: {role}</td></tr><tr><td>Status: <span style=\"color:#a33\">Not progressing</span></td></tr><tr><td>Hi {name}, the recruiting team compared your profile with this opening and has closed your application. Appreciated the work you did on it.</td></tr><tr><td style=\"font-size:11px\">Sent via the {co} careers site. Please don't reply.</td></tr></table></body></html>", ("Meridale Tyres", "Garron Retail Optics"), ("meridaletyres.example", "garronoptics.example"), frm="{co} Careers <careers-noreply@{dom}>", role=("Fleet Account Manager", "Dispensing Optician"), copies=2)
mr("icims-water", "{co}: {role}, posting {ref}", "Dear {full},\n\nThis concerns posting {ref}, {role}, with {co}. The department has completed interviews, and the selected applicant has accepted. Your materials will be retained for the period state records law requires.\n\n{co} hires on merit and treats every applicant equally under federal and state law.\n\nHuman Resources\n{co}", ("Cedar Bluff Water District", "Tallowmere County Health Department"), ("cedarbluffwater.example", "tallowmerehealth.example"), frm="HR Department <hr-jobs@{dom}>", role=("Wastewater Operator II", "Environmental Health Specialist"), tz="usc", copies=2)
mr("taleo-college", "{co} search update", "Dear {full},\n\nThe {role} search at {co} is over: the committee has made its appointment. Thank you for considering {co}; new openings are posted every term.\n\nOffice of Human Resources\n{co}: AA/EOE.", ("Holloway Plains Community College", "Lantern Ridge State College"), ("hollowayplains.example", "lanternridge.example"), frm="Human Resources <hrsearch@{dom}>", role=("Assistant Professor of Nursing", "Registrar's Office Coordinator"), tz="usm", copies=2)
mr("ashby-founder", "re: your {role} application", "Hey {name},\n\nStraight answer since you asked for one: {role} is going to another person. You were in the last four. The gap was depth on payments reconciliation, not effort or attitude.\n\n{sfirst}, co-founder, {co}", ("Tallyfold", "Ledgerwick"), ("tallyfold.example", "ledgerwick.example"), role=("Founding Finance Engineer", "Payments Ops Lead"), tz="usp", copies=2)
mr("workable-kitchen", "Re: {role}", "Hi {name},\n\nWe had 60-odd applications for {role} and the season's team is picked. You didn't make it this time, I'm afraid.\n\nThanks, and good luck,\n{sig}\n{co}\n\nPowered by a hiring tool; replies reach the hiring team.", ("Glasshouse Canteen", "Fenwick Street Diner"), ("glasshousecanteen.example", "fenwickdiner.example"), role=("Commis Chef", "Line Cook"), tz="ie", copies=2)
mr("bamboo-dental", "Your application — {co}", "Hi {name},\n\nI'm the practice manager at {co}. For our {role} post we have chosen an applicant with more orthodontic experience, so yours stops here this time.\n\nKind regards,\n{sig}\nPractice Manager", ("Whinfell Dental Care", "Rookery Lane Orthodontics"), ("whinfelldental.example", "rookerylaneortho.example"), role=("Dental Nurse", "Treatment Coordinator"), copies=2)
mr("jazz-fencing", "{role}", "Hey {name}, we've filled the {role} job. Ta for getting in touch. {sfirst} @ {co}", ("Bracken Fencing & Gates", "Ridgeway Landscapes"), ("brackenfencing.example", "ridgewayland.example"), role=("fencing labourer", "landscaper"), tz="au", copies=2)
mr("recruitee-nl", "Update on {role} at {co}", "Dear {name},\n\nYou clearly worked hard on the {role} application. Having compared everyone in the pool, the hiring team continues with people who know district heating more broadly. We've closed your application.\n\nWarm regards,\n{sig}\n{co}, Utrecht", ("Warmtenet Collectief", "Polderstroom Energie"), ("warmtenet.example", "polderstroom.example"), role=("Heat Network Engineer", "Energy Data Analyst"), tz="eu", copies=2)
mr("in-portal", "Application ID {ref} - Status Update", "Dear {full},\n\nGreetings from {co}!\n\nApplication ID {ref} ({role}) has been reviewed. Your profile will not move to the next round. Best wishes for your career ahead.\n\nThis is an auto-generated mail, please do not reply.\n\nTeam HR\n{co}", ("Sahyadri Agritech Pvt Ltd", "Kaveri Logistics Ltd"), ("sahyadriagri.example", "kaverilogistics.example"), frm="HR Team <hr.noreply@{dom}>", role=("Field Sales Officer", "Warehouse Supervisor"), tz="in", copies=2)
mr("ng-insurer", "RE: APPLICATION FOR {role}", "Dear {name},\n\nThis is about the {role} vacancy at {co} you applied for.\n\nPlease be informed that after due consideration, your application was unsuccessful at this stage. Management's decision is final and no further correspondence will be entered into.\n\nYours faithfully,\n{sig}\nHead, Human Capital", ("Oduduwa Assurance Plc", "Niger Delta Microfinance Bank"), ("oduduwaassure.example", "ndmfb.example"), role=("Claims Officer", "Credit Analyst"), tz="ng", copies=2)
mr("sg-clinic", "{co} - {role} application", "Dear {name},\n\nYour {role} application at {co} was reviewed; no interview will be arranged. Your details remain on file six months for any similar opening.\n\nRegards,\n{sig}\nHR Executive", ("Tanglin Family Clinic", "Serangoon Eye Centre"), ("tanglinclinic.example", "serangooneye.example"), role=("Clinic Assistant", "Optometry Assistant"), tz="sg", copies=2)
mr("ca-hydro", "{role} — competition {ref}", "Dear {full},\n\nCompetition {ref}: every file was screened against the posting's essential qualifications. Yours stops before the written exam, since no journeyperson certificate was shown.\n\nStaffing Services, {co}", "Muskrat Falls Power Authority", "mfpower.example", frm="Staffing <staffing@{dom}>", role="Powerline Technician", tz="can")
mr("za-retail", "{co} Careers: {role}", "Hi {name}\n\nThanks for your application for {role} at our Durbanville store. Plenty of people applied and someone has started already. Please note that if you did not get a call within 21 days of applying, it also means you were not shortlisted.\n\nRegards\n{co} Recruitment", "Kloofnek Outfitters", "kloofnek.example", frm="{co} Recruitment <jobs@{dom}>", role="Visual Merchandiser", tz="za")
mr("au-council-lib", "Your application — {role}", "Dear {name},\n\nThe selection panel has met for {role} (vacancy {ref}). I'm sorry, you haven't made the interview list.\n\nIf you'd like feedback, ring me on the number below during business hours.\n\n{sig}\nPeople & Culture, {co}", "Shire of Bellarine Heads", "bellarineheads.example", role="Library Officer", tz="au")
mr("ie-hospice", "{role} — outcome", "Dear {name},\n\nThe interview board for {role} at {co} sat on Tuesday. Another candidate was chosen for the post, I'm sorry. Your personal statement was thoughtfully done.\n\nIs mise le meas,\n{sig}\nHR Officer", "St Brendan's Hospice, Athlone", "stbrendanshospice.example", role="Healthcare Assistant", tz="ie")
mr("us-zoo-long", "Your application to {co}", "Dear {full},\n\nMany strong people put themselves forward as {role} at {co}, and the hiring team read each application in full.\n\nThe aviary team has now chosen a keeper whose background fits their daily routines more closely, so your candidacy closes here. It's disappointing news, and we appreciate how patiently you waited for it.\n\nOpenings at the zoo change through the year; we wish you well.\n\nSincerely,\n{sig}\nTalent Acquisition\n\n{co} is an equal opportunity employer; hiring decisions never turn on any characteristic the law protects.", "Sagebrush Valley Zoo", "sagebrushzoo.example", frm="Talent Acquisition <talent@{dom}>", role="Bird Keeper", tz="usm")
mr("fr-english", "Your application {role}", "Hello {name},\n\nMany thanks for your candidature at the post of {role}. After study of your file, we have retained another candidature, closer to our needs for the moment. We wish you full success in your searches.\n\nCordially,\n{sig}\nHuman Resources, {co}", "Ateliers Vercors Composites", "vercorscomposites.example", role="Quality Technician", tz="eu")
mr("screen-actuary", "Following our call", "Hi {name},\n\nThanks again for the 20 minutes on Thursday. The pricing lead and I discussed it, and we'll stop your {role} process before the technical interview: the team needs someone who has signed off a reserving review already.\n\nAll the best,\n{sig}\n{co}", "Ketteridge Life & Pensions", "ketteridgelife.example", role="Reserving Actuary", copies=1)
mr("screen-sonographer", "after the phone screen", "{name},\n\nQuick note after our chat. The department lead read my write-up and, with the post needing independent obstetric scanning from week one, we won't arrange the next interview.\n\nThanks for your time,\n{sig}\nRecruitment, {co}", "Tamar Valley Imaging", "tamarimaging.example", role="Sonographer", copies=1)
mr("kr-english", "Application Result for {role}", "Dear {name},\n\nThank you very much for interest to {co}. We inform you that result of document screening for {role}: you did not pass. We hope to meet you in good chance next time.\n\nBest Regards,\n{co} Recruiting Team", "Hanbit Semicon Materials", "hanbitsemi.example", frm="Recruiting <recruit@{dom}>", role="Process Engineer", tz="jp")
mr("nz-sms", "Re: bakery job", "Hi {name}, its {sfirst} from {co}. We've given the early shift to someone local who can start at 4am, sorry. Ta heaps for coming in with your CV", "Kowhai Street Bakery", "kowhaibakery.example", role="baker's hand", tz="nz")
mr("ph-bpo", "{co} Assessment Result", "Hi {name}!\n\nScores from the {role} online assessment are in. It came in below this account's passing mark, so your application is closed for now. You may re-apply after 90 days.\n\n{co} Recruitment - Cebu Site", "Islaverde Contact Solutions", "islaverde.example", frm="Recruitment <hiring@{dom}>", role="Customer Care Associate", tz="ph")
mr("uk-trust-score", "{role} — shortlisting", "Dear {name},\n\nThe shortlisting panel scored every application for {role} against the person specification. Yours landed under the interview threshold, so no invitation this time. Scores are available on request.\n\nRecruitment Team\n{co}", "Wyedale Housing Trust", "wyedalehousing.example", frm="Recruitment <recruitment@{dom}>", role="Tenancy Sustainment Officer")

# ---------------------------------------------------------------- mix: thread replies, decision as someone else's hire
mr("thr-lab", "RE: [EXT] Re: {role} — thank you", "Hi {name},\n\nLovely to meet you in the lab last week, and the sample-prep walkthrough was great, the team still talk about it.\n\nWe've asked {other}, who filled in during last spring's maternity cover, to take the role on permanently. She knows the instruments and it felt like the natural choice.\n\nKeep in touch,\n{sig}\nLab Manager, {co}\n\nFrom: {full} <{me}>\nSent: {qd}\nTo: {sig}\nSubject: Re: [EXT] Re: {role} — thank you\n\nThanks for having me in on Friday. Any news on timings?", ("Hexfield Analytical", "Corrin Bioassay"), ("hexfield.example", "corrinbio.example"), role=("Lab Technician", "Assay Technician"), copies=2)
mr("thr-garden", "Re: Re: gardener post", "Hello {name},\n\nThat afternoon in the walled garden was a pleasure; the volunteers enjoyed working alongside you.\n\nThe trustees have appointed {other}, who has looked after the glasshouses as a volunteer for four years. We thought it right that the job goes to her.\n\nWith warm wishes,\n{sig}\nHead Gardener, {co}\n\nOn {qd}, {full} <{me}> wrote:\n> Hello {sfirst}, thank you again for Saturday. Do tell me how things go.", ("Penmorvah Walled Garden Trust", "Ashcott Priory Gardens"), ("penmorvah.example", "ashcottpriory.example"), copies=2)
mr("thr-saas", "RE: [EXT] RE: [EXT] Final round follow-up", "{name},\n\nWednesday's panel enjoyed your energy. Honest summary: it was close.\n\nThe other finalist has our offer; she built the onboarding playbook at a company our size, and she accepted this morning.\n\nI'd gladly be a reference for you.\n\n{sig}\nVP Customer Success, {co}\n\n-----Original Message-----\nFrom: {full} <{me}>\nSent: {qd}\nSubject: RE: [EXT] Final round follow-up\n\nHi {sfirst}, just checking on where things landed.", ("Stackmere", "Pollinate HQ"), ("stackmere.example", "pollinatehq.example"), role=("Implementation Manager", "Onboarding Lead"), tz="use", copies=2)
mr("thr-school", "Re: {role}", "Dear {name},\n\nIt was a joy having you in, and the phonics session was lovely with Year 1. The children loved the puppet.\n\nThe governors have offered the post to {other}, who has been supply teaching in that class since January and the children know her well.\n\nWith every good wish,\n{sig}\nHeadteacher, {co}\n\nOn {qd} {full} wrote:\n> Thank you for the visit. I hope the lesson went well from your side.", ("Thornleigh C of E Primary", "Saltash Road Infants"), ("thornleighprimary.example", "saltashinfants.example"), role=("Year 1 Teacher", "Reception Teacher"), copies=2)
mr("thr-ngo", "RE: [EXT] Re: Monitoring & Evaluation Officer", "Dear {name},\n\nThank you for the interview and the sample report you shared, it was very well structured.\n\nManagement has given the position to {other} from our Jos field office, who has run our data collection there for two years.\n\nWe shall keep in touch.\n\nRegards,\n{sig}\nProgramme Manager, {co}\n\n________________________________\nFrom: {full} <{me}>\nSent: {qd}\nSubject: Re: Monitoring & Evaluation Officer\n\nGood day sir, I write to follow up on the interview.", ("Ikenga Community Health Initiative", "Plateau Water Futures"), ("ikengahealth.example", "plateauwater.example"), tz="ng", copies=2)
mr("thr-india", "Re: Interview feedback - {role}", "Hi {name},\n\nMonday with the panel went well from our side. Everyone appreciated the clarity of your case-study answers.\n\nWe have gone ahead with {other}, who is joining from our Hyderabad team, as the role needs someone who already knows our underwriting stack.\n\nThanks & regards,\n{sig}\n{co}\n\nOn {qd}, {full} <{me}> wrote:\n> Dear {sfirst}, any update on the second round?", ("Suraksha Digital Insurance", "Nivesh Wealth Tech"), ("surakshadigital.example", "niveshwealth.example"), role=("Business Analyst", "Risk Analyst"), tz="in", copies=2)
mr("thr-ski", "Fwd: RE: [EXT] Re: Snowsports instructor", "Hi {name},\n\nForwarding the note below from our ski school director.\n\n{sig}\n\n---------- Forwarded message ---------\nFrom: {other}\nSubject: RE: [EXT] Re: Snowsports instructor\n\n{sig}, re {name}: we've taken on the two instructors from last season who already hold their Level 3, so the roster is set. Nice skier though, thank them from me.\n\nFrom: {full} <{me}>\nSent: {qd}\nHi, just checking in after the ski-off.", ("Thredbo Ridge Snowsports", "Falls Creek Alpine School"), ("thredboridge.example", "fallscreekalpine.example"), tz="au", copies=2)
mr("thr-sg-pharm", "RE: Pharmacy Technician interview", "Hi {name},\n\nThank you for meeting us at the Jurong outlet. We have asked {other}, who did her attachment with us last year, to take up the position.\n\nWishing you all the best.\n\n{sig}\nPharmacist-in-charge, {co}\n\nFrom: {full}\nSent: {qd}\nDear {sfirst}, may I ask about the outcome?", "Kembangan Pharmacy Group", "kembanganpharm.example", tz="sg")
mr("thr-ca-museum", "Re: Collections Assistant", "Hi {name},\n\nThanks for the tour of your cataloguing work, it was very thorough. The curator has asked our current summer student, who has been rehousing the textile collection, to stay on in the permanent role.\n\nAll the best,\n{sig}\n{co}\n\nOn {qd}, {full} <{me}> wrote:\n> Thank you again for Tuesday.", "Okanagan Heritage Museum", "okanaganheritage.example", tz="cap")

# ---------------------------------------------------------------- mix: clear refusal under a long footer
mr("foot-garden", "Your application with {co}", "Hi {name},\n\nShortlisting for {role} at {co} is done, and it goes no further this time.\n\n{sig}\nResourcing Team\n\n---\nWorking at {co}: colleague discount on plants and tools, a pension with matched contributions, and paid volunteering days.\nWant vacancy emails? Pick your nearest stores on the careers pages.\nPrefer bigger text or audio? Reply and say which.\n{co} Limited. Registered office: Unit 4, Millbrook Park. Company number 0{ref}.", ("Thistledown Garden Centres", "Greenacre Home & Garden"), ("thistledowngc.example", "greenacrehg.example"), frm="{co} Resourcing <resourcing@{dom}>", role=("Plant Area Colleague", "Café Team Member"), copies=2)
mr("foot-rail", "Application update — {role}", "Hello {name},\n\nAbout {role} with {co}: the hiring team chose a few others to advance.\n\nRecruiting, {co}\n\n=====\nBe first to see new openings: join the Talent Network.\nScam warning: {co} won't request cash or card numbers from candidates, ever.\n{co} participates in E-Verify. Applicants needing a reasonable accommodation may contact the accommodations team at accommodations@{dom}.\nFollow us for stories from the shop floor.\nPrivacy notice | Unsubscribe from marketing emails", ("Prairie Link Rail", "Copperline Freight"), ("prairielinkrail.example", "copperlinefreight.example"), frm="{co} Recruiting <recruiting@{dom}>", role=("Conductor Trainee", "Intermodal Dispatcher"), tz="usc", copies=2)
mr("foot-in-nbfc", "Regarding your application with {co}", "Dear {name},\n\nWe looked at your {role} application and are not taking your candidature ahead for now.\n\nRegards,\nTalent Acquisition, {co}\n\n*** Fake offer alert: {co} never takes money from job seekers, at any stage, for anything. ***\nUpcoming walk-in drives: Pune, Nagpur and Indore. Check the careers page for dates.\nDisclaimer: for the addressee alone; if that isn't you, delete it unread.", ("Godavari Home Finance Ltd", "Malwa Gold Loans Ltd"), ("godavarihf.example", "malwagold.example"), frm="Talent Acquisition <ta@{dom}>", role=("Branch Credit Manager", "Collections Officer"), tz="in", copies=2)
mr("foot-ca-univ", "{role} — posting {ref}", "Dear {full},\n\nThank you for applying to posting {ref}. The hiring committee finished reviewing, and has left your name off its interview list.\n\nHuman Resources, {co}\n\n{co} is located on the traditional territory of the Mi'kmaq people. We are committed to employment equity and welcome applications from Indigenous persons, racialized persons, persons with disabilities and women. Misdirected? Kindly erase this note; its contents are meant for the named person.", "Fundy Shore University", "fundyshore.example", frm="HR <hr-recruit@{dom}>", role="Research Facilitator", tz="can")
mr("foot-za-pharmacy", "{co}: application outcome", "Hi {name}\n\nWe've read your {role} application; it goes no further with us.\n\n{co} Careers\n\nMore jobs like this: Pharmacist Assistant, Bellville | Front Shop Assistant, Somerset West | Dispensary Clerk, Paarl\nDownload our app for specials. Follow us on social media. {co} is a proudly South African employer and an equal opportunity employer; preference may be given to designated groups.", "Helderberg Pharmacies", "helderbergpharm.example", frm="{co} Careers <careers@{dom}>", role="Pharmacist Assistant", tz="za")

# ---------------------------------------------------------------- mix: hedged refusals
mr("hedge-nearer", "{role} at {co}", "Dear {name},\n\nThank you for applying for {role}. Other applicants' experience sits closer to the job's daily work, so the next stage belongs to those people.\n\nBest regards,\n{sig}\n{co}", ("Galloway Ferries", "Kestrel Office Interiors"), ("gallowayferries.example", "kestrelinteriors.example"), role=("Fleet Purchasing Officer", "Design Coordinator"), copies=2)
mr("hedge-restructure", "Update on the {role} role", "Hi {name},\n\nA quick, honest update. Since you applied, we've rethought the team, and the {role} responsibilities are being split between two people already here. So there's no outside hire for it after all.\n\nThanks for the care in your application.\n\n{sig}\n{co}", ("Muddlecombe Games", "Feltwell Studio"), ("muddlecombe.example", "feltwellstudio.example"), role=("Producer", "Content Strategist"), tz="use", copies=2)
mr("hedge-es-english", "Your application {role}", "Dear {name},\n\nThanks for the interest in {co}. We studied your profile with attention. In this moment the selection looks for more years in the sector of renewables, so we continue the process with other persons.\n\nA greeting,\n{sig}\n{co}, Zaragoza", ("Ebro Solar Ingeniería", "Moncayo Eólica"), ("ebrosolar.example", "moncayoeolica.example"), role=("Project Engineer", "Site Technician"), tz="eu", copies=2)
mr("hedge-ng", "Re: {role} application", "Dear {name},\n\nHaving reviewed the applications received for {co}, other candidates were assessed as better matched to what the role currently needs.\n\nBest wishes in your search.\n\n{sig}\nHR Business Partner", "Ajanla Foods Nigeria Ltd", "ajanlafoods.example", role="Production Supervisor", tz="ng")
mr("hedge-direction", "Thanks from {co}", "Hi {name},\n\nGood to chat about {role}. We're steering the hire toward someone with agency-side media buying, meaning your application stops this round.\n\nCheers,\n{sig}", "Haystack & Ladder", "haystackladder.example", role="Paid Social Specialist", tz="aus")
mr("hedge-sg", "Application for {role}", "Dear {name},\n\nOur assessment took some of your time, and we're grateful. The team will carry on with candidates whose experience is nearer to the marine projects now running.\n\nBest regards,\n{sig}\n{co}", "Pasir Panjang Marine Services", "ppmarine.example", role="Project Coordinator", tz="sg")

# ---------------------------------------------------------------- mix: recruiter follow-ups with another role
mr("rec-pharma", "Re: {role} — after our call", "Hi {name},\n\nGood to speak earlier. To recap: the client's chosen someone with GMP batch release experience, so that door is shut.\n\nOn another note, a QA Officer role at a contract manufacturer near Macclesfield fits your profile well. Want the spec?\n\n{sig}\n{co}", ("Hartwell Life Sciences Recruitment", "Rivington Scientific Search"), ("hartwellls.example", "rivingtonsearch.example"), role=("QA Specialist", "Validation Engineer"), copies=2)
mr("rec-construction", "{role} update + something else", "{name} — heads up, the contractor has filled the {role} spot with one of their own site engineers. Sorry mate.\n\nthere's a site engineer gig on a Gold Coast hospital build starting next month though. Keen?\n\n{sig}\n{co}", ("Southern Cross Build Recruitment", "Ironbark Site Staffing"), ("southerncrossbuild.example", "ironbarkstaff.example"), role=("Site Engineer", "Project Engineer"), tz="auq", copies=2)
mr("rec-india", "Regarding {role} opportunity", "Hi {name},\n\nAs discussed over call, the client filled {role} with someone who joins within 15 days, so your profile stops there.\n\nOne more opening with me: data engineer at a Chennai product company, 4-7 years. Send the latest CV if keen.\n\nRegards,\n{sig}\n{co}", "Talentbridge Consulting", "talentbridge.example", role="Data Engineer", tz="in")
mr("rec-ie", "following up", "Hi {name}, as promised after our call: the medtech client has gone with an internal transfer for the {role} post. Don't be discouraged. I have a similar post with a Galway device firm and I'm keen to send your CV across if you're happy. {sfirst}, {co}", "Corrib Talent Partners", "corribtalent.example", role="Process Development Engineer", tz="ie")
mr("rec-ca", "Re: {role}", "Hi {name},\n\nAfter our chat: the client hired a person from their old team, so that position is gone. There's a scheduler role at a Calgary clinic I think suits you. Call on Thursday?\n\n{sig}\n{co}", "Bowvalley Staffing", "bowvalleystaff.example", role="Medical Office Assistant", tz="usm")

# ---------------------------------------------------------------- mix: public-sector notices
mr("pub-us-notref", "Notice of Results: {role}, Announcement {ref}", "Dear {full},\n\nAnnouncement {ref}, {role}: you rated qualified. The hiring manager got a shorter referral list, which leaves your name off.\n\nNo further action is required on your part.\n\nHuman Resources Office, {co}", ("Regional Veterans Health Office", "Federal Grain Inspection Station"), ("rvho.example", "fgis-station.example"), frm="HR Office <do-not-reply@{dom}>", role=("Medical Support Assistant", "Agricultural Commodity Grader"), tz="use", copies=2)
mr("pub-uk-nhs", "Application outcome: {role}", "Dear {name},\n\nShortlisting for {role}, reference {ref}, is complete. We are sorry that you will not be called for interview this time.\n\nRecruitment, {co}", ("Mersey Estuary NHS Foundation Trust", "North Downs Community Healthcare"), ("merseyestuary-nhs.example", "northdownshealth.example"), frm="Recruitment <recruitment@{dom}>", role=("Ward Clerk", "Physiotherapy Assistant"), copies=2)
mr("pub-au-state", "{co}: job {ref}", "Dear {name},\n\nJob {ref}, {role}: after assessing applications, the panel isn't taking yours further. You're welcome to contact the panel chair for feedback.\n\nRecruitment Services\n{co}", ("Queensland Parks Operations", "Tasmanian Fisheries Directorate"), ("qpo.example", "tasfisheries.example"), frm="Recruitment <no-reply@{dom}>", role=("Ranger", "Fisheries Compliance Officer"), tz="auq", copies=2)
mr("pub-ie-cancel", "Competition {ref} — {role}", "Dear {name},\n\nCompetition {ref}, {role}, is cancelled after staffing needs in the section were reviewed. The panel will not sit.\n\nRecruitment Unit, {co}", "Office of Inland Waterways", "inlandwaterways.example", frm="Recruitment Unit <recruitment@{dom}>", role="Clerical Officer", tz="ie")
mr("pub-za-ineligible", "Post {ref}: {role}", "Dear {full}\n\nYour application for post {ref} ({role}) at {co} was found not to comply with the minimum requirements, as certified copies of your qualifications were not attached. It was therefore not considered further.\n\nHuman Resource Management", "Department of Rural Roads, Limpopo", "ruralroads-lp.example", frm="HRM <hrm@{dom}>", role="Roads Inspector", tz="za")

# ---------------------------------------------------------------- mix: bare ATS statuses
mr("ats-closed", "Status update: {role}", "Your application status for {role} ({ref}) has changed to: Closed — position filled.\n\nView in candidate portal.", ("Brackwater Distribution", "Lindholm Packaging"), ("brackwater.example", "lindholmpack.example"), frm="Candidate Portal <portal-noreply@{dom}>", role=("Forklift Operator", "Shift Supervisor"), tz="usc", copies=2)
mr("ats-notconsidered", "{co} application update", "Hi {name},\n\nThe {role} application you sent us is no longer under consideration.\n\n{co} Careers", ("Corvid Cloud", "Nimbus Lane Software"), ("corvidcloud.example", "nimbuslane.example"), frm="{co} Careers <no-reply@{dom}>", role=("Site Reliability Engineer", "Support Engineer"), tz="usp", copies=2)
mr("ats-in-rejected", "Application {ref}", "Dear Candidate,\n\nApplication No.: {ref}\nPost: {role}\nCurrent Status: REJECTED - Not Shortlisted\n\nAuto-sent by the portal. Replies are not monitored.", "Konkan Ports Ltd", "konkanports.example", frm="Recruitment Portal <noreply@{dom}>", role="Assistant Harbour Master", tz="in")
mr("ats-uk-unsucc", "{role}: status", "Application for {role}\nStatus: Unsuccessful\nUpdated: today\n\nLog in to your account for details.", "Bramhope Care Homes", "bramhopecare.example", frm="Bramhope Jobs <jobs-noreply@{dom}>", role="Senior Carer")

# ---------------------------------------------------------------- mix: internship / graduate decisions
mr("int-us-summer", "{co} Summer Internship Program decision", "Dear {name},\n\nThe {co} Summer Internship Program drew more than two thousand applications for forty places. After careful review, your application wasn't among those chosen for the cohort.\n\nApplications reopen next autumn.\n\nUniversity Programs Team", ("Halvorsen Aerospace", "Pinecrest Capital"), ("halvorsenaero.example", "pinecrestcap.example"), frm="University Programs <campus@{dom}>", tz="usc", copies=2)
mr("int-uk-grad", "{co} Graduate Scheme — assessment centre", "Dear {name},\n\nThe assessors from the virtual assessment centre met this week. The {co} graduate scheme won't have a place for you this year.\n\nA feedback report comes with this email.\n\nEarly Careers Team", ("Calder Water Services", "Ouse Valley Building Society"), ("calderwater.example", "ousevalleybs.example"), frm="Early Careers <earlycareers@{dom}>", copies=2)
mr("int-za-bursary", "{co} Graduate Programme 2026", "Dear {name}\n\nThe {co} Graduate Programme 2026 intake is chosen, and you are not part of it. With so many applicants, personal feedback isn't possible.\n\nTalent Development", "Mokopane Chrome Mining", "mokopanechrome.example", frm="Talent Development <graduates@{dom}>", tz="za")
mr("int-sg-poly", "Industrial attachment application", "Dear {name},\n\nAbout an industrial attachment with {co}: every placement this semester is allocated, leaving none to offer you.\n\nRegards,\n{sig}\nHR", "Tuas Precision Engineering", "tuasprecision.example", tz="sg")

# ---------------------------------------------------------------- mix: 50 application confirmations (refusal talk that has not happened)
ma = "application_received"
mo(ma, "wd-coop-ack", "Candidacy received: {role} (R-{ref})", "Hello {name},\n\nYour candidacy for {role} (R-{ref}) at {co} is in. Over the coming weeks it may show as Under Review, Interview, or Closed under My Applications. A closed candidacy is always followed by a note from us, so the portal never has the last word.\n\n{co} Talent Acquisition", ("Kettlewell Farmers Mutual", "Aldbury Seed Co-operative"), ("kettlewellmutual.example", "aldburyseed.example"), frm="{co} Talent <wd-notify@{dom}>", role=("Member Services Analyst", "Seed Quality Planner"), copies=2)
mo(ma, "gh-ack", "Thanks for applying to {co}!", "Hi {name},\n\nYour {role} application reached us. An engineer on the team reads every submission, not a keyword filter. If we pass, that same person writes to you; if we want to talk, a calendar link shows up.\n\n{co} Recruiting", ("Gantry Motion Labs", "Sprocketwise"), ("gantrymotion.example", "sprocketwise.example"), frm="{co} Recruiting <no-reply@{dom}>", role=("Embedded Engineer", "Perception Engineer"), tz="usp", copies=2)
mo(ma, "sr-card-ack", "Application submitted", "<html><body><table style=\"font-family:Arial\"><tr><td><b>{co}</b></td></tr><tr><td>Position: {role}</td></tr><tr><td>Status: <b>Submitted</b></td></tr><tr><td>Hi {name}, thank you. What can happen next: Screening, Interview, Offer, or Not progressing. You will receive an email at each change.</td></tr><tr><td style=\"font-size:11px\">Sent via the {co} careers site. Please don't reply.</td></tr></table></body></html>", ("Hollinsend Tyre Centres", "Beaumaris Vision"), ("hollinsendtyres.example", "beaumarisvision.example"), frm="{co} Careers <careers-noreply@{dom}>", role=("Branch Manager", "Optical Assistant"), copies=2)
mo(ma, "icims-ack", "{co}: application received for posting {ref}", "Dear {full},\n\nPosting {ref}, {role}: your application is on file. The department phones qualified applicants to set interviews. Unsuccessful applicants receive an email after the new starter's first day, which can take up to eight weeks.\n\nHuman Resources\n{co} is an equal opportunity employer.", ("Willow Creek Sanitation District", "Dunmore County Parks"), ("willowcreeksan.example", "dunmoreparks.example"), frm="HR Department <hr-jobs@{dom}>", role=("Maintenance Mechanic", "Park Maintenance Worker"), tz="usc", copies=2)
mo(ma, "taleo-ack", "Application received — {co}", "Dear {full},\n\nYour file for {role} at {co} is complete. The committee begins reviewing files after the posting closes. Every applicant, successful or not, hears from this office when the search ends.\n\nOffice of Human Resources", ("Oakhaven Technical College", "Redfern Valley State University"), ("oakhaventc.example", "redfernvalley.example"), frm="Human Resources <hrsearch@{dom}>", role=("Lecturer in Welding", "Financial Aid Advisor"), tz="usm", copies=2)
mo(ma, "ashby-ack", "got your application", "Hey {name},\n\nJust confirming your {role} application landed with me. I'll read it this week myself. Yes or no, you get it from me in plain words, no guessing games.\n\n{sfirst}, co-founder, {co}", ("Coinstack Ledger", "Reconcilio"), ("coinstackledger.example", "reconcilio.example"), role=("Backend Engineer", "Finance Ops Analyst"), tz="usp", copies=2)
mo(ma, "workable-ack", "Got it: {role}", "Hi {name},\n\nYour {role} application is with {co}. We look at them all over the next fortnight. A no comes as a short email; a maybe comes as a phone call about a trial shift.\n\n{sig}\n{co}", ("Larder & Lamp", "Quayside Grill"), ("larderlamp.example", "quaysidegrill.example"), role=("Chef de Partie", "Kitchen Porter"), tz="ie", copies=2)
mo(ma, "bamboo-ack", "Application received — {co}", "Hi {name},\n\nThanks for your application for {role}. I'll go through everything once the advert closes on Friday. No interview? I'll still drop you a line; leaving people hanging isn't how I work.\n\nKind regards,\n{sig}\nPractice Manager, {co}", ("Moorgate Smile Studio", "Hebden Family Dentistry"), ("moorgatesmile.example", "hebdendentistry.example"), role=("Dental Receptionist", "Dental Nurse"), copies=2)
mo(ma, "recruitee-ack", "We received your application", "Dear {name},\n\nYour {role} application reached {co}. We compare them all after closing. Either way an answer arrives before the month is out: a yes for a first talk, or a clear no.\n\nWarm regards,\n{sig}", ("Stadsdak Zonnepanelen", "Rijnwarmte"), ("stadsdak.example", "rijnwarmte.example"), role=("Solar Project Lead", "Heat Pump Engineer"), tz="eu", copies=2)
mo(ma, "in-portal-ack", "Application ID {ref} - Submitted Successfully", "Dear {full},\n\nGreetings from {co}!\n\nApplication ID {ref} for {role} is submitted. HR reaches out only to profiles picked for further rounds; others might not get any separate mail.\n\nThis is an auto-generated mail, please do not reply.\n\nTeam HR", ("Deccan Seeds Pvt Ltd", "Narmada Cold Chain Ltd"), ("deccanseeds.example", "narmadacold.example"), frm="HR Team <hr.noreply@{dom}>", role=("Territory Manager", "Cold Store Supervisor"), tz="in", copies=2)
mo(ma, "ng-ack", "ACKNOWLEDGEMENT: {role}", "Dear {name},\n\nYour application for {role} has reached us. Kindly note that HR calls shortlisted persons only. Where four weeks pass with no word, regard the application as unsuccessful.\n\nRegards,\n\n{sig}\nHuman Capital", ("Eko Heritage Assurance", "Benue Valley Microfinance"), ("ekoheritage.example", "benuevalley.example"), role=("Underwriter", "Loan Officer"), tz="ng", copies=2)
mo(ma, "sg-ack", "{co} - application acknowledged", "Dear {name},\n\nYour {role} application is on our system. Applicants we shortlist hear within 14 working days; the rest will not get a further message, with apologies.\n\nRegards,\nHR, {co}", ("Bukit Timah Medical Group", "Katong Vision Clinic"), ("btmedical.example", "katongvision.example"), role=("Patient Service Associate", "Clinic Assistant"), tz="sg", copies=2)
mo(ma, "foot-garden-ack", "We've received your application", "Hi {name},\n\nYour form for {role} at {co} is here. Shortlisting takes about two weeks. Successful or not, we'll email you when it's done.\n\nResourcing Team\n\n---\nWorking at {co}: colleague discount, matched pension, paid volunteering days.\nWant vacancy emails? Pick stores on the careers pages.\nPrefer bigger text? Reply and say so.\n{co} Limited. Company number 0{ref}.", ("Briarfield Garden Centres", "Hollybush Nurseries"), ("briarfieldgc.example", "hollybush.example"), frm="{co} Resourcing <resourcing@{dom}>", role=("Outdoor Plants Colleague", "Tearoom Assistant"), copies=2)
mo(ma, "foot-rail-ack", "Application received — {role}", "Hello {name},\n\nYour {role} application with {co} has reached the recruiting team. Not moving on? An email tells you so when the opening shuts.\n\nRecruiting, {co}\n\n=====\nBe first to see openings: the Talent Network.\nScam warning: {co} won't request cash from candidates, ever.\n{co} participates in E-Verify.\nPrivacy notice | Unsubscribe", ("Great Basin Short Line", "Redwater Rail Services"), ("greatbasinrail.example", "redwaterrail.example"), frm="{co} Recruiting <recruiting@{dom}>", role=("Track Laborer", "Locomotive Electrician"), tz="usm", copies=2)
mo(ma, "pub-uk-ack", "Application submitted: {role}", "Dear {name},\n\nYour form for {role}, reference {ref}, is safely in. Shortlisting follows the closing date. Silence three weeks after that means no shortlist place this time.\n\nRecruitment, {co}", ("Humber Coast NHS Trust", "Severnside Community Health"), ("humbercoast-nhs.example", "severnsidehealth.example"), frm="Recruitment <recruitment@{dom}>", role=("Healthcare Support Worker", "Medical Secretary"), copies=2)
mo(ma, "pub-us-ack", "Application received: Announcement {ref}", "Dear {full},\n\nAnnouncement {ref}, {role}: your application is in. Ratings start at closing. A later notice says whether you rated qualified and whether you were passed on to the hiring manager.\n\nHuman Resources Office", ("Great Lakes Veterans Clinic", "Midwest Seed Inspection Office"), ("glvc.example", "mwsio.example"), frm="HR Office <do-not-reply@{dom}>", role=("Program Support Assistant", "Seed Analyst"), tz="usc", copies=2)
mo(ma, "int-us-ack", "Your {co} internship application", "Dear {name},\n\nYour {co} Summer Internship Program application is complete. Decisions go out in March, and every applicant hears, whatever the outcome, so check your spam folder too.\n\nUniversity Programs Team", ("Stellwagen Analytics", "Bridgeport Aerostructures"), ("stellwagen.example", "bridgeportaero.example"), frm="University Programs <campus@{dom}>", tz="use", copies=2)
mo(ma, "lever-ack", "Thanks, {name}", "{name}, application for {role} received. Not a fit? You'll get one line from me, no ghosting. — {sfirst}, {co}", "Thimblebright", "thimblebright.example", role="Growth Marketer", tz="use")
mo(ma, "jazz-ack", "{role}", "Got your CV for {role}, cheers {name}. We'll ring if we want you on site. Nothing by end of next week means someone else got it. {sfirst} @ {co}", "Coolabah Fencing", "coolabahfence.example", role="fencing offsider", tz="au")
mo(ma, "za-ack", "{co} Careers: application received", "Hi {name}\n\nYour {role} application is received. Please note: no call within 21 days, then kindly regard your application as unsuccessful.\n\nRegards\n{co} Recruitment", "Silvermine Home Store", "silverminehome.example", frm="{co} Recruitment <jobs@{dom}>", role="Stock Controller", tz="za")
mo(ma, "au-council-ack", "Application acknowledgement — {role}", "Dear {name},\n\nYour {role} application (vacancy {ref}) is logged with us. The panel will meet after closing, and everyone who applied gets a letter or email from us about the interview list, on it or off it.\n\nPeople & Culture, {co}", "Shire of Mount Barker Downs", "mtbarkerdowns.example", role="Aquatic Centre Attendant", tz="aus")
mo(ma, "ie-ack", "Application received — {role}", "Dear {name},\n\nYour {role} form for {co} arrived. The closing date is Friday week. Shortlisted or not, a letter or email from me follows within three weeks of that.\n\n{sig}\nHR Officer", "Mullingar Community Nursing Unit", "mullingarcnu.example", role="Multi-Task Attendant", tz="ie")
mo(ma, "fr-english-ack", "Reception of your application", "Hello {name},\n\nYour candidature at the post of {role} arrived well to us. Our team studies it in the next days. If the answer is negative, a mail informs you also.\n\nCordially,\n{sig}\nHuman Resources, {co}", "Ateliers Chartreuse Mécanique", "chartreusemeca.example", role="Maintenance Technician", tz="eu")
mo(ma, "ph-ack", "{co} application received", "Hi {name}!\n\nThanks for applying as {role}. Please take the online assessment sent in a separate email. If you don't pass it, you will still receive an email, and you can retake after 90 days.\n\n{co} Recruitment - Davao Site", "Mindanao Reach Outsourcing", "mindanaoreach.example", frm="Recruitment <hiring@{dom}>", role="Technical Support Representative", tz="ph")
mo(ma, "uk-trust-ack", "Application received — {role}", "Dear {name},\n\nYour {role} form is here. The panel scores each one against the person specification. Interview or not, an email tells you within a fortnight after closing.\n\nRecruitment Team, {co}", "Calderbrook Homes Partnership", "calderbrookhomes.example", frm="Recruitment <recruitment@{dom}>", role="Income Officer")
mo(ma, "int-uk-ack", "{co} Graduate Scheme — application received", "Dear {name},\n\nThanks for applying to the {co} graduate scheme. Next is an online test. Whichever stage your application stops at, we'll send you feedback.\n\nEarly Careers Team", "Wharfedale Utilities", "wharfedaleutil.example", frm="Early Careers <earlycareers@{dom}>")
mo(ma, "talent-pool-ack", "Welcome to the {co} talent community", "Hi {name},\n\nWelcome aboard the {co} talent community. Roles that fit the skills you listed will land in your inbox. No email from us just means nothing suitable came along, never a judgement on you.\n\nTalent Team", "Ridgecrest Hospitality Group", "ridgecresthosp.example", frm="Talent Team <talent@{dom}>", tz="usp")
mo(ma, "in-startup-ack", "Thanks for applying to {co}", "Hi {name},\n\nYour {role} application reached {co}. Small team here, replies take a week or two. Even a no gets an email, nobody is left waiting on us.\n\nCheers,\n{sig}", "Chaiwala Robotics", "chaiwalarobotics.example", role="Firmware Engineer", tz="in")
mo(ma, "ca-bilingual-ack", "Application received / Candidature reçue", "Dear {full},\n\nCompetition {ref}: your application is on file. Screened in or screened out, an email will tell you which.\n\nVotre dossier pour le concours {ref} est enregistré. Retenu ou écarté, un courriel vous dira lequel.\n\nStaffing, {co}", "Saint John River Power", "sjriverpower.example", frm="Staffing <staffing@{dom}>", tz="can")
mo(ma, "us-zoo-ack", "Thank you for applying to {co}", "Dear {full},\n\nYour {role} application is here. The hiring team reads applications over the next few weeks, then either books an interview with you or writes that another candidate was chosen.\n\nTalent Acquisition, {co}", "High Desert Botanic Garden", "highdesertbotanic.example", frm="Talent Acquisition <talent@{dom}>", role="Horticulture Technician", tz="usm")
mo(ma, "sg-poly-ack", "Industrial attachment application received", "Dear {name},\n\nWe have your application for an attachment with {co}. Selected students will be contacted for an interview. Students not chosen will not get a separate reply.\n\nRegards,\nHR", "Loyang Offshore Fabrication", "loyangoffshore.example", tz="sg")
mo(ma, "vet-ack", "Your application — {co}", "Hi {name},\n\nYour {role} application is in. {sfirst} reads each one herself. Not the right fit? She'll say so by email.\n\n{co}", "Hollowmead Veterinary Clinic", "hollowmeadvets.example", role="Veterinary Receptionist")
mo(ma, "rec-ack", "Your CV — {co}", "Hi {name},\n\nCV received, cheers. You're now in front of the client for {role}. Should it be a no, expect a call from me and we'll find you something else.\n\n{sig}\n{co}", "Cheshire Gap Scientific Recruitment", "cheshiregap.example", role="QC Analyst")

# ---------------------------------------------------------------- mix: 15 interview invitations
mi = "interview"
mo(mi, "thr-lab-inv", "RE: [EXT] Re: {role} — next step", "Hi {name},\n\nThanks for your note. Unfortunately the lab is closed on Mondays, so would {d1} at 10:00 work instead? You'd spend an hour at the bench with the team and half an hour with me.\n\n{sig}\nLab Manager, {co}\n\nFrom: {full} <{me}>\nSent: {qd}\nI'm free most days next week.", ("Ravensworth Analytical", "Pellow Bioassay"), ("ravensworth.example", "pellowbio.example"), role=("Lab Technician", "Assay Technician"), copies=2)
mo(mi, "thr-saas-inv", "RE: [EXT] Final round", "{name},\n\nFinal round invitation: {d1}. You'll be one of three finalists; the panel is me, our CEO and a customer. Please prepare a 20-minute walk-through of an onboarding plan.\n\n{sig}\nVP Customer Success, {co}", ("Quillstone", "Harbourlight Software"), ("quillstone.example", "harbourlight.example"), tz="use", copies=2)
mo(mi, "pub-uk-inv", "Interview invitation: {role}", "Dear {name},\n\nGood news: you're shortlisted for {role}. Interviews are on {d1} at our Riverside office. Confirm your slot within two days, or it passes to a reserve candidate.\n\nRecruitment, {co}", ("Tyne Gateway NHS Trust", "Wessex Coast Community Health"), ("tynegateway-nhs.example", "wessexcoast.example"), frm="Recruitment <recruitment@{dom}>", role=("Ward Clerk", "Phlebotomist"), copies=2)
mo(mi, "in-teams-inv", "Interview Schedule - {role}", "Dear {full},\n\nYour profile is shortlisted for {role}. Technical round: {d1}, 11:30 IST, Microsoft Teams. Kindly note the slot cannot be changed. Please keep a government ID ready.\n\nRegards,\n{sig}\n{co}", ("Tungabhadra Fintech", "Sabarmati Infra Solutions"), ("tungabhadra.example", "sabarmatiinfra.example"), role=("Java Developer", "Planning Engineer"), tz="in", copies=2)
mo(mi, "rec-inv", "Re: {role} — interview", "Hi {name},\n\nUnfortunately the client had to move the original slot, sorry! New time: {d1}, 2pm, video. Still keen? Say yes and I'll confirm.\n\n{sig}\n{co}", ("Pennant Search", "Quarrybank Recruitment"), ("pennantsearch.example", "quarrybank.example"), role=("Paralegal", "Legal Secretary"), copies=2)
mo(mi, "thr-garden-inv", "Re: gardener post", "Hello {name},\n\nAre you free on {d1} for a working interview? a morning in the walled garden with the team, then a chat with the trustees. Bring boots and gloves; we'll supply lunch.\n\n{sig}\nHead Gardener, {co}", "Trewarren House Gardens", "trewarren.example")
mo(mi, "ng-panel-inv", "INVITATION TO INTERVIEW: {role}", "Dear {name},\n\nKindly attend a panel interview on {d1} at 10am at our Ikeja office. Come with original certificates and NYSC discharge. Candidates who arrive after 10:15 may not be seen.\n\nYours faithfully,\n{sig}\nHuman Capital, {co}", "Lagoon Crest Insurance", "lagooncrest.example", role="Claims Officer", tz="ng")
mo(mi, "sg-trial-inv", "Trial day — {co}", "Dear {name},\n\nYour application looks good. Come for a paid trial day at our Toa Payoh outlet on {d1}, 9am to 3pm. Reply to confirm please.\n\nRegards,\n{sig}\n{co}", "Bishan Pharmacy Group", "bishanpharm.example", role="Pharmacy Assistant", tz="sg")
mo(mi, "school-inv", "{role} — lesson observation", "Dear {name},\n\nPlease come in on {d1} to teach a 30-minute phonics session to Year 1; the head and a governor interview you afterwards. Tell us about any access needs.\n\n{sig}\nSchool Business Manager, {co}", "Marldon Church Primary", "marldonprimary.example", role="Year 1 Teacher")
mo(mi, "ski-inv", "Ski-off — {co}", "Hi {name},\n\nYour name's down for the instructor ski-off on {d1} at 8:30, meeting at the base of the main chair. Bring your cert and a helmet. Weather call the night before.\n\n{sig}\n{co}", "Perisher Gap Snowsports", "perishergap.example", tz="au")

# ---------------------------------------------------------------- mix: 12 next steps with deadlines
mn = "next_steps"
mo(mn, "test-inv", "{co}: your online assessment", "Hi {name},\n\nNext for {role}: an online assessment of about 40 minutes, to finish by {d1}, 23:59. Once the link lapses, the system withdraws the application on its own.\n\n{co} Recruiting", ("Ferncliff Bank", "Ostler Insurance"), ("ferncliffbank.example", "ostlerins.example"), frm="{co} Recruiting <assess@{dom}>", role=("Graduate Analyst", "Claims Handler"), copies=2)
mo(mn, "takehome", "Take-home task — {role}", "Hey {name},\n\nAs promised, the take-home is attached. Budget roughly three hours. Send it back by {d1}; anything arriving after that we can't review, the panel meets the next morning.\n\n{sig}\n{co}", ("Bytecroft", "Lumenfold"), ("bytecroft.example", "lumenfold.example"), role=("Backend Engineer", "Data Engineer"), tz="usp", copies=2)
mo(mn, "us-state-form", "Action required: eligibility for {role}", "Dear {full},\n\nYou were rated eligible for {role}. To remain on the list, complete the availability form in your account by {d1}. Candidates who do not complete it will be marked inactive for this list.\n\nHuman Resources Office, {co}", ("State Department of Natural Resources", "State Transportation Commission"), ("sdnr.example", "stc-hr.example"), frm="HR Office <do-not-reply@{dom}>", role=("Park Aide", "Highway Maintenance Worker"), tz="use", copies=2)
mo(mn, "ng-aptitude", "{co}: Aptitude Test", "Dear {name},\n\nYour name is on the aptitude test list for {role}. It holds on {d1} at our Abuja centre, 9am prompt. Kindly note the test will not be rescheduled for any reason.\n\n{sig}\nHuman Capital", ("Zuma Rock Cement", "Savannah Agro Allied"), ("zumarock.example", "savannahagro.example"), role=("Graduate Trainee", "Quality Control Officer"), tz="ng", copies=2)
mo(mn, "grad-video", "{co} graduate scheme — video interview", "Dear {name},\n\nYou cleared the online tests, nicely done. The recorded video stage is next: five questions, around 20 minutes, finished by {d1}.\n\nEarly Careers Team, {co}", "Aire Valley Water", "airevalleywater.example", frm="Early Careers <earlycareers@{dom}>")
mo(mn, "care-rtw", "Pre-employment checks — {co}", "Hi {name},\n\nYou're through to pre-employment checks for {role}. Put your passport or share code and two referees' details on the portal by {d1} so we can book your induction.\n\n{sig}\n{co}", "Ashlar Care Homes", "ashlarcare.example", role="Care Assistant")
mo(mn, "in-docs", "Document Verification - {role}", "Dear {full},\n\nPlease upload scanned copies of your educational certificates, relieving letter and last three payslips on the portal by {d1}. Your offer will be processed after verification.\n\nRegards,\n{sig}\n{co}", "Vindhya Infotech", "vindhyainfo.example", role="Test Engineer", tz="in")
mo(mn, "au-wwcc", "{role} — checks needed", "Hi {name},\n\nGood news, you've impressed the panel. Before we can make a formal offer we need a current Working with Children Check and a national police check. Please send both by {d1}.\n\n{sig}\nPeople & Culture, {co}", "Shire of Coorong Lakes", "coorongshire.example", role="Youth Program Officer", tz="aus")

# ---------------------------------------------------------------- mix: 8 offers
mf = "offer"
mo(mf, "vet-offer", "Re: RVN position — offer", "Hi {name},\n\nThe working interview went really well. We want you as {role} at {co}, from {d1}, on the salary we discussed. The contract is in the attachment; signed copy back whenever suits.\n\n{sig}\nPractice Manager", ("Elderbank Vets", "Tinkers Lane Animal Hospital"), ("elderbankvets.example", "tinkerslane.example"), role=("Registered Veterinary Nurse", "Veterinary Care Assistant"), copies=2)
mo(mf, "in-ctc", "Offer Letter - {role}", "Dear {full},\n\nHappy news: {co} is offering you the {role} role, annual CTC INR 14.5 lakh. Kindly confirm acceptance by {d1} and share your date of joining.\n\nRegards,\n{sig}\nHR", ("Brahmaputra Analytics", "Shivalik Cloud Systems"), ("brahmaputra.example", "shivalikcloud.example"), role=("Data Analyst", "DevOps Engineer"), tz="in", copies=2)
mo(mf, "nz-text-offer", "Re: bakery job", "Hi {name}! {sfirst} here from {co}. Still keen? Job's yours, Tuesday to Saturday 5am starts. Can you start {d1}?", "Manuka Lane Bakehouse", "manukalane.example", tz="nz")
mo(mf, "za-contract", "{co}: fixed-term contract", "Dear {name}\n\nAfter your interview, we'd like you as {role} on a six-month contract, starting on {d1}. Sign the contract in the attachment and send it with a certified ID copy.\n\n{sig}\nHR, {co}", "Magaliesberg Citrus Packers", "magaliesbergcitrus.example", role="Packhouse Supervisor", tz="za")
mo(mf, "sg-offer", "Letter of Offer - {role}", "Dear {name},\n\n{co} would like to employ you as {role}. Kindly sign the letter of offer and send it back by {d1}.\n\nRegards,\n{sig}\nHR Manager", "Marine Parade Dental Surgeons", "mpdental.example", role="Dental Assistant", tz="sg")
mo(mf, "us-intern-offer", "Welcome to the {co} internship!", "Dear {name},\n\nCongratulations! A spot is reserved for you in the {co} Summer Internship Program. Click accept in the portal before {d1}.\n\nUniversity Programs Team", "Blue Heron Capital", "blueheroncap.example", frm="University Programs <campus@{dom}>", tz="use")

# ---------------------------------------------------------------- mix: 15 other
mo("other_job", "ats-review", "Status update: {role}", "Your application status for {role} ({ref}) has changed to: In review.\n\nView in candidate portal.", ("Hartfield Distribution", "Nordby Packaging"), ("hartfielddist.example", "nordbypack.example"), frm="Candidate Portal <portal-noreply@{dom}>", role=("Warehouse Associate", "Line Lead"), tz="usc", copies=2)
mo("other_job", "withdrawn", "Your application has been withdrawn", "Hi {name},\n\nDone: the {role} application at {co} is withdrawn as you asked. There's nothing else for you to do, and the account stays open for other roles.\n\n{co} Careers", ("Altamont Cloud", "Sedgemoor Software"), ("altamontcloud.example", "sedgemoorsoft.example"), frm="{co} Careers <no-reply@{dom}>", role=("Cloud Engineer", "QA Engineer"), tz="usp", copies=2)
mo("other_job", "delay-holiday", "Update on {role} timeline", "Dear {name},\n\nA quick note: because of the Easter break, shortlisting for {role} will now take place the week after next. Nothing has changed for your application. Expect another note once the panel sits.\n\nRecruitment Team, {co}", "Kinder Edge Housing", "kinderedge.example", frm="Recruitment <recruitment@{dom}>", role="Neighbourhood Officer")
mo("other_job", "us-referred", "Notice of Results: Announcement {ref}", "Dear {full},\n\nAnnouncement {ref}, {role}: rated qualified, and your name is now with the hiring manager, who may reach out about an interview.\n\nHuman Resources Office", "Northern Plains Veterans Clinic", "npvc.example", frm="HR Office <do-not-reply@{dom}>", role="Health Technician", tz="usc")
mo("other_job", "hiring-pause", "{role} — hiring on hold", "Hi {name},\n\nHiring for {role} is frozen while the finance committee agrees next year's numbers. Nobody is being hired or turned down in the meantime. Your application stays as it is until the role reopens, and we'll write then.\n\n{sig}\n{co}", "Tidewell Analytics", "tidewell.example", role="Product Analyst", tz="cae")
mo("job_alert", "alert-za", "New jobs for you: Stores, Western Cape", "Hi {name}\n\nFour fresh openings fit the alert you saved:\n- Store Manager, Stellenbosch\n- Cashier, Paarl\n- Receiving Clerk, Kuils River\n- Visual Merchandiser, Claremont\n\nManage alerts in your profile.\n\n{co} Careers", "Fynbos Retail Group", "fynbosretail.example", frm="{co} Careers <alerts@{dom}>", tz="za")
mo("job_alert", "alert-in", "8 new Data Engineer jobs in Bengaluru", "Hi {name},\n\nBased on your profile, these jobs went up since yesterday morning: Senior Data Engineer (Koramangala), Analytics Engineer (Whitefield), Data Platform Engineer (HSR Layout) and 5 more.\n\nUpdate your preferences anytime.\n{co}", "Naukripath", "naukripath.example", frm="{co} Alerts <alerts@{dom}>", tz="in")
mo("recruiter_outreach", "pitch-uk", "Procurement roles in Yorkshire", "Hi {name},\n\nMessaging because I'm recruiting for two category buyer roles in Leeds, hybrid, good packages. Open to a short chat this week?\n\n{sig}\n{co}", "Aire & Calder Talent", "airecalder.example")
mo("recruiter_outreach", "pitch-sg", "Opportunity - Regional Supply Chain", "Hi {name},\n\nI'm hiring a regional supply chain planner for a consumer goods MNC in Singapore, and your background looks relevant. Keen on a confidential chat?\n\nBest,\n{sig}\n{co}", "Straits Talent Partners", "straitstalent.example", tz="sg")
mo("non_job_rejection_words", "flat", "The flat on Harrow Road", "Hi {name},\n\nThanks for coming round on Saturday. The owner chose a couple able to move in on the first of next month, so it's taken. Anything similar nearby, I'll forward.\n\n{sig}\n{co} Lettings", "Kensal Rise Homes", "kensalrise.example")
mo("non_job_rejection_words", "loan", "Your loan application", "Dear {full},\n\nYour request to borrow from {co} was assessed this week, and lending on it isn't possible right now. That outcome comes from the figures on your form set against our lending rules.\n\n{co} Lending Team", "Penwith Building Society", "penwithbs.example", frm="{co} Lending <lending@{dom}>")
mo("non_job_rejection_words", "grant", "Community Arts Fund — decision", "Dear {name},\n\nFor this round the fund received many more requests than money this time, and your mural project missed out on funding. Spring brings another funding call.\n\n{sig}\n{co}", "Waikato Creative Trust", "waikatocreative.example", tz="nz")
mo("non_job_rejection_words", "club", "Junior rowing squad", "Hi {name},\n\nThanks for registering your son for the junior rowing squad. Sadly all places for this season are taken. His name is down as a reserve and we'll call if a seat frees up.\n\n{sig}\nJunior Captain, {co}", "Barwon River Rowing Club", "barwonrowing.example", tz="au")

# ---------------------------------------------------------------- wide: 25 English rejections, trades and channels not in earlier slices
wr("bellringing", "Re: tower captain — tutor vacancy", "Dear {name},\n\nThe ringing committee met after practice night and has asked Mr Elphick, who already teaches the Tuesday learners, to take the paid tutor role for the band. We're grateful you came up the tower to ring a touch with us.\n\n{sig}\nTower Secretary, {co}", "St Wystan's Bell Ringers", "stwystanbells.example")
wr("pianotuner", "apprentice tuner", "Hello {name},\n\nThank you for the letter and for tuning the old upright in the shop so carefully. I can only afford one apprentice this year, and I have taken on a young man who already restores actions. I am keeping your details.\n\n{sig}\n{co}", "Fenby Piano Workshop", "fenbypianos.example")
wr("bookbinder", "bindery assistant (website form)", "Hi {name}, this is an automatic copy of the reply to your website enquiry:\n\n\"We've hired a bindery assistant trained in paper conservation, so other applications stop here. — {sfirst}\"", "Quire & Vellum Bindery", "quirevellum.example")
wr("clockmaker", "bench apprentice", "{name},\n\nI've had a think after your day at the bench. You've a steady hand but the apprenticeship needs someone who can start in the spring, and you can't until autumn, so I'm giving it to the other lad.\n\n{sig}\n{co}", "Ticehurst Clockmakers", "ticehurstclocks.example")
wr("icesculpt", "Carving crew (studio chat export)", "[studio chat, exported]\n{sfirst}: @{name} re the carving assistant job, we picked the two folks who did the chainsaw trial fastest. Appreciate you driving out in the cold.\n{sfirst}: door's open for next winter", "Frostline Ice Studio", "frostlineice.example", tz="usc")
wr("zipline", "Zipline guide — booking system note", "Staff message from the {co} booking system:\n\nHi {name}, guide positions for the summer are now filled with returning staff plus two trainees from the rope-access course. We didn't pick your application this round.\n\nOps Team", "Canopy Run Adventures", "canopyrun.example", frm="Canopy Run Ops <ops@{dom}>", tz="cap")
wr("skipatrol", "Patrol candidates — result", "Hi {name},\n\nThanks for coming to patrol tryouts. You skied the steeps well but fell short on the toboggan handling, and we're taking the six who passed every station. Try again next December.\n\n{sig}\nPatrol Director, {co}", "Kicking Horse Ridge Resort", "kickinghorseridge.example", tz="usm")
wr("pistebasher", "Snowcat operator (text)", "{co}: Hi {name}, the night grooming seat has gone to an operator with two seasons on a winch cat. Ta for the interest. Opt out: STOP.", "Cairngorm Snowsports Ltd", "cairngormsnow.example")
wr("stonemason", "Banker mason — cathedral works", "Dear {name},\n\nThank you for sending photographs of your carving. The clerk of works has appointed a mason with experience in the local limestone, and the trials are closed.\n\n{sig}\nWorks Department, {co}", "Ely Fen Cathedral Works", "elyfenworks.example")
wr("kiltmaker", "Re: trainee kiltmaker", "Dear {name},\n\nYour test pleat was neat, thank you for coming. The traineeship has gone to a candidate from the Borders textile course. Keep at it.\n\n{sig}\n{co}", "Lochaber Tartan Makers", "lochabertartan.example")
wr("reedmaker", "reed workshop post", "{name} — sorry, I've had to go with a piper I've known for years for the reed-making job; he already knows cane. Cheers for the interest. {sfirst}", "Glen Fruin Reeds", "glenfruinreeds.example")
wr("accordion", "Repair bench vacancy (marketplace message)", "Message from seller {co}:\n\nHi {name}, thanks for answering our post about the repair bench job. We've agreed terms with another applicant who has done reed-block waxing. All the best!", "Squeezebox Mending Co", "squeezeboxmend.example", tz="usc")
wr("fencingcoach", "Assistant coach — sabre", "Dear {name},\n\nThe club committee has appointed an assistant sabre coach who holds the level 2 award and can do Tuesday and Thursday evenings. Thank you for applying and for the lesson you gave our juniors.\n\n{sig}\nClub Secretary, {co}", "Riverside Salle d'Armes", "riversidesalle.example")
wr("croquet", "Groundsman's assistant", "Hi {name},\n\nThe lawns assistant post has gone to a member who has helped the groundsman since March. Your letter was much appreciated.\n\n{sig}\nHon. Secretary, {co}", "Budleigh Links Croquet Club", "budleighcroquet.example")
wr("greenkeeper", "Bowling green — seasonal greenkeeper", "Dear {name},\n\nThe greens committee has filled the seasonal greenkeeper post with the person who did it last summer. We'll keep your letter on file for next year.\n\n{sig}\n{co}", "Pitlochry Bowling Club", "pitlochrybowls.example")
wr("curling", "Ice technician (voicemail transcript)", "Voicemail transcript from {co}:\n\"Hi {name}, it's {sfirst} at the curling centre. Just calling about the ice tech job. We hired a guy who's pebbled ice at nationals, so that job's taken. Thanks for applying, bye now.\"", "Prairie Stone Curling Centre", "prairiestone.example", tz="usc")
wr("velodrome", "Track steward rota", "Hi {name},\n\nThe winter series steward rota is full with people who've done a league season here, so there's no slot for you this time.\n\n{sig}\nEvents, {co}", "Calshot Velodrome", "calshotvelo.example")
wr("canoehire", "Canoe hire summer staff (app inbox)", "{co} sent you a message in the jobs app:\n\n\"Hey {name}, thanks for applying for river guide. We need someone with a white-water rescue ticket, so it's going to another applicant.\"", "Wye Paddle Hire", "wyepaddle.example")
wr("smokehouse", "Smokehouse hand", "Dear {name},\n\nThanks for the interview at the kilns. We've decided on a candidate with food hygiene level 3, which the job requires. Go well.\n\n{sig}\n{co}", "Loch Fyne Oak Smokery", "lochfyneoak.example")
wr("llama", "Llama trek leader (Facebook page reply)", "{co} replied to your message:\n\"Hi {name}! Thanks for asking about trek leading. We've got our leaders sorted for this year, all three are locals who know the fell paths. Maybe next season 🦙\"", "Borrowdale Llama Treks", "borrowdalellamas.example")
wr("shearer", "shearing gang", "G'day {name}, {sfirst} here. Gang's full for the spring run, I've taken on two blokes from the Hay district who shear 200 a day. Cheers for ringing.", "Riverina Shearing Contractors", "riverinashearing.example", tz="au")
wr("stainedglass", "Studio assistant — stained glass", "Dear {name},\n\nThe lead-came samples you sent were lovely. We've appointed a glazier with church conservation experience to the studio assistant post.\n\n{sig}\n{co}", "Lumen Glass Conservation", "lumenglass.example")
wr("bonsai", "Nursery assistant (email newsletter reply)", "Hi {name},\n\nYou replied to our newsletter about the nursery assistant job. Thank you! We've hired someone already trained in wiring and repotting, so that position is closed.\n\n{sig}\n{co}", "Little Pine Bonsai Nursery", "littlepinebonsai.example", tz="usp")
wr("butterflyhouse", "Butterfly house keeper", "Dear {name},\n\nKeeper interviews for the tropical butterfly house are finished, and a candidate with invertebrate husbandry experience has taken the job.\n\nHR Team, {co}", "Tropiquaria Butterfly Gardens", "tropiquaria.example")
wr("maplesugar", "Sugarhouse season crew", "Hi {name},\n\nGood of you to ask about the sugaring season. The tapping crew is set, we took back last year's people plus one neighbour. We'll post again in January.\n\n{sig}\n{co}", "Chateauguay Maple Farm", "chateauguaymaple.example", tz="cae")

# ---------------------------------------------------------------- wide: 25 rejections in other languages
wr("de-tischler", "Ihre Bewerbung als {role}", "Hallo {name},\n\ndanke, dass Sie sich als {role} bei uns gemeldet haben. Die Stelle bekommt ein Geselle, der schon Treppen gebaut hat. Viel Erfolg bei der Suche!\n\n{sig}\n{co}", "Tischlerei Brunnhuber", "brunnhuber.example", role="Tischler", tz="eu", lang="de")
wr("es-bodega", "Candidatura {role}", "Hola {name}:\n\nGracias por tu interés como {role}. Nos quedamos con alguien que ya conocía nuestras barricas y la comarca. Suerte con la búsqueda.\n\nAbrazos,\n{sig}\n{co}", "Bodegas Peñalosa", "penalosa.example", role="bodeguero", tz="eu", lang="es")
wr("fr-fromagerie", "Votre candidature — {role}", "Bonjour {name},\n\nMerci pour votre intérêt comme {role}. Le poste va à quelqu'un qui affine déjà les tommes, on ne donnera pas suite pour vous.\n\nBien à vous,\n{sig}\n{co}", "Fromagerie des Aravis", "fromagerie-aravis.example", role="vendeur-affineur", tz="eu", lang="fr")
wr("it-liuteria", "Candidatura apprendista", "Gentile {name},\n\ngrazie per averci scritto. Il posto di apprendista in bottega è stato assegnato a un ragazzo della scuola di liuteria di Cremona. Ci spiace e le auguriamo buona fortuna.\n\n{sig}\n{co}", "Bottega Ferrandi", "bottegaferrandi.example", tz="eu", lang="it")
wr("pt-cortica", "Candidatura — {role}", "Olá {name},\n\nObrigado pelo interesse na vaga de {role}. Escolhemos outro candidato com experiência na extração da cortiça. Desejamos-lhe boa sorte.\n\nCumprimentos,\n{sig}\n{co}", "Corticeira do Montado", "corticeiramontado.example", role="operador de descortiçamento", tz="pt", lang="pt")
wr("nl-molen", "Vacature molenaar in opleiding", "Beste {name},\n\nBedankt voor je brief over de opleidingsplek op de molen. Het bestuur heeft gekozen voor een vrijwilliger die al twee jaar meedraait. We houden je gegevens niet langer dan een maand.\n\nGroet,\n{sig}\n{co}", "Stichting Molen De Hoop", "molendehoop.example", tz="eu", lang="nl")
wr("pl-piekarnia", "Praca w piekarni", "Dzień dobry {name},\n\ndziękujemy za zgłoszenie na stanowisko piekarza. Zatrudniliśmy osobę z doświadczeniem w pieczeniu na zakwasie. Życzymy powodzenia w dalszych poszukiwaniach.\n\n{sig}\n{co}", "Piekarnia Pod Kłosem", "podklosem.example", tz="eu", lang="pl")
wr("tr-cini", "Başvurunuz hakkında", "Merhaba {name},\n\nçini atölyemize çırak olmak için yazdınız, sağ olun. Sır hazırlamayı bilen bir adayı seçtik. Yolunuz açık olsun.\n\n{sig}\n{co}", "Kütahya Mavi Çini Atölyesi", "maviatolye.example", tz="tr", lang="tr")
wr("vi-ca-phe", "Kết quả ứng tuyển", "Chào {name},\n\nXưởng rang đã nhận thư của bạn về việc phụ rang cà phê. Chúng tôi chọn người đã quen rang mẻ lớn. Mong bạn gặp may ở chỗ khác.\n\n{sig}\n{co}", "Rang Xay Buôn Ma", "rangxaybm.example", tz="vn", lang="vi")
wr("id-batik", "Lamaran pembatik", "Halo {name},\n\nterima kasih sudah melamar sebagai pembatik tulis di sanggar kami. Kami sudah memilih pelamar lain yang berasal dari Lasem. Semoga sukses selalu.\n\nSalam,\n{sig}\n{co}", "Sanggar Batik Sekar Jagad", "sekarjagad.example", tz="id", lang="id")
wr("sw-safari", "Ombi lako la kazi", "Habari {name},\n\nAsante kwa kuomba nafasi ya dereva wa safari. Tumemchagua mwombaji mwingine ambaye ana leseni ya kuendesha magari ya utalii kwa miaka mitano. Tunakutakia kila la heri.\n\n{sig}\n{co}", "Ngorongoro Trails", "ngorongorotrails.example", tz="ke", lang="sw")
wr("ro-apicultor", "Candidatura dumneavoastră", "Bună ziua, {name},\n\nmulțumim că v-ați gândit la postul de ajutor de apicultor. Am ales un candidat care locuiește lângă stupină. Vă dorim succes.\n\n{sig}\n{co}", "Stupina Valea Oltului", "stupinaolt.example", tz="eu2", lang="ro")
wr("cs-sklarna", "Vaše přihláška", "Dobrý den, {name},\n\nděkujeme za zájem o místo pomocníka u sklářské pece. Vybrali jsme uchazeče, který už u nás byl na praxi. Přejeme hodně štěstí.\n\n{sig}\n{co}", "Sklárna Pod Ještědem", "sklarnajested.example", tz="eu", lang="cs")
wr("ja-ryokan", "採用選考結果のご連絡", "{name} 様\n\nこのたびは当館の仲居職にご応募いただき、ありがとうございました。慎重に検討しました結果、今回は別の方を採用することといたしました。今後のご活躍をお祈りしております。\n\n{co}\n{sig}", "湯けむり旅館 松風", "matsukaze-ryokan.example", tz="jp", lang="ja")
wr("zh-chaye", "应聘结果通知", "{name} 您好：\n\n感谢您应聘我们茶园的采茶季节工。我们已经录用了本村的几位老员工，这次就不请您来了。祝您一切顺利。\n\n{sig}\n{co}", "龙井山茶园", "longjingshan.example", tz="cn", lang="zh")
wr("war-boat", "Aplikasyon ha trabaho", "Maupay nga adlaw, {name}!\n\nSalamat ha imo aplikasyon para han trabaho nga katabang ha paghimo hin baroto ha {co}. Kasubo, iba nga aplikante an amon napili, usa nga taga-Guiuan nga maaram na ha pagkarpintero. Ginhahandum namon an imo kaupayan.\n\n{sig}", "Baroto Samar Boatworks", "barotosamar.example", tz="ph", lang="war")
wr("bcl-abaca", "Felicidades saimo aplikasyon", "Marhay na aldaw, {name}!\n\nDios mabalos sa saimong aplikasyon bilang parahabol sa {co}. Ikinapupungaw mi na dai ka namong napili sa ngonyan; may iba kaming aplikante na mas tama sa trabaho. Padagos ka lang!\n\n{sig}", "Abaca Craft Albay", "abacaalbay.example", tz="ph", lang="bcl")
wr("ty-vanira", "Tō anira'a ohipa", "Ia ora na {name},\n\nMāuruuru no tō anira'a i te ohipa i te fa'a'apu vanira i {co}. Ua ma'iti mātou i te tahi atu ta'ata no Taha'a. E mea pe'ape'a na mātou. Ia manuia oe!\n\n{sig}", "Fa'a'apu Vanira Taha'a", "vaniratahaa.example", tz="pf", lang="ty")
wr("rgn-piadina", "La tu dmanda ad lavór", "Ciao {name},\n\na t'aringrazièn par la dmanda par fê al piadén in te nòst chiòsch. A l'avèn dê a una ragaza ad Rèmin ch'la i fa da dis an. A t'augurèn tót e' bén.\n\n{sig}\n{co}", "Chiòsch dla Piadina Mariena", "chioschmariena.example", tz="eu", lang="rgn")
wr("dsb-lodka", "Wašo pśizjawjenje", "Luby {name},\n\nźěkujomy se za Wašo pśizjawjenje na městno pomocnika pśi łodkach w Błotach. Smy se rozsuźili za drugego kandidata, kótaryž južo łodku stawa. Wšykno dobre!\n\n{sig}\n{co}", "Łodkarnja Bórkowy", "lodkarnja.example", tz="eu", lang="dsb")
wr("nrf-fishing", "Vot' application", "Bonjour {name},\n\nMèrcie bein pour vot' application pour la plieche dé matelot sus not' bateau d'pêque. J'avons prîns un jeune homme dé Gorey qui connait d'jà les casiers. Tout d'bon!\n\n{sig}\n{co}", "Pêcheries d'Gorey", "pecheriesgorey.example", lang="nrf")
wr("ext-queso", "La tu solicitú", "Hola {name}:\n\nmuchas grácias pola tu solicitú pal puestu de ayuanti en la quesera. Al final hemus escogiu a una moça del pueblu que ya sabi ordeñal cabras. Te deseamus muchu ánimu.\n\n{sig}\n{co}", "Quesera La Sierra de Gata", "queseragata.example", tz="eu", lang="ext")
wr("zea-mossel", "Je brief", "Dag {name},\n\nbedankt voe je brief over 't werk op de mosselkotter. We èn d'r iemand anders voe gekozen, een jongen uut Yerseke die 't vak al kent. Sterkte mie 't zoeken!\n\n{sig}\n{co}", "Mosselkwekerij Oôsterschelde", "mosseloost.example", tz="eu", lang="zea")
wr("ie-traduction", "Vor candidatura", "Car {name},\n\nmersí por vor candidatura por li posto de redactor in nor revúe. Noi ha selectet un altri candidato, qui ja ha labora por nos. Noi desira vos successe in li futur.\n\n{sig}\n{co}", "Revúe Cosmoglotta Nov", "cosmoglottanov.example", tz="eu", lang="ie")
wr("isv-muzej", "Vaša prijava", "Dobry denj {name},\n\nhvala za vašu prijavu na město vodiča v našem muzeju. My izbrali drugogo kandidata, ktory uže govori šest jezykov. Želajemo vam mnogo uspěha.\n\n{sig}\n{co}", "Muzej Slovjanskyh Jezykov", "muzejjezykov.example", tz="eu", lang="isv")

# ---------------------------------------------------------------- wide: 50 others
wa = "application_received"
wo(wa, "pistebasher-ack", "Snowcat operator (text)", "{co}: Hi {name}, got your application for night grooming. Not picked? We'll text, no need to chase. Opt out: STOP.", ("Glenshee Snow Ops", "Nevis Range Grooming"), ("glensheesnow.example", "nevisgroom.example"), copies=2)
wo(wa, "canoe-ack", "Canoe hire summer staff (app inbox)", "{co} sent you a message in the jobs app:\n\n\"Thanks {name}, your river guide application is in. We'll reply yes or no by the end of May, either way.\"", ("Severn Paddle Co", "Dart Valley Canoes"), ("severnpaddle.example", "dartcanoes.example"), copies=2)
wo(wa, "zipline-ack", "Zipline guide — booking system note", "Staff message from the {co} booking system:\n\nHi {name}, your guide application is in. A call-up to the harness assessment comes only if we want you there; if the roster fills first, a short note says so.\n\nOps Team", ("Treetop Line Adventures", "Cedar Flight Zipline"), ("treetopline.example", "cedarflight.example"), frm="Ops Team <ops@{dom}>", tz="cap", copies=2)
wo(wa, "llama-ack", "Llama trek leader (Facebook page reply)", "{co} replied to your message:\n\"Hi {name}! Got your message about trek leading, thanks. We'll pick leaders in March. If it's not you this year, we'll say so here rather than leave you on read 🦙\"", "Wasdale Llama Walks", "wasdalellamas.example")
wo(wa, "bellringing-ack", "tutor vacancy", "Dear {name},\n\nYour letter about the tutor role came. The committee meets on the last Thursday. Whether it's you or another ringer, I'll write to you after that meeting.\n\n{sig}\nTower Secretary, {co}", "All Saints Ringing Society", "allsaintsringers.example")
wo(wa, "bookbinder-ack", "bindery assistant (website form)", "Hi {name}, this is an automatic copy of your website enquiry. {sfirst} reads these on Mondays. If the post goes to someone else, you'll get a short reply; if not, expect an invitation to a trial day.", "Folio & Thread Bindery", "foliothread.example")
wo(wa, "velodrome-ack", "Track steward rota", "Hi {name},\n\nTa for volunteering to steward. The rota goes out in two weeks; if the series is already full, you'll hear and stay on our list.\n\nEvents, {co}", "Derwent Valley Velodrome", "derwentvelo.example")
wo(wa, "greenkeeper-ack", "seasonal greenkeeper", "Dear {name},\n\nWe have your letter. The greens committee decides in April. Selected or not, you'll receive a reply from me.\n\n{sig}\n{co}", "Crieff Bowling Club", "crieffbowls.example")
wo(wa, "es-ack", "Hemos recibido tu candidatura", "Hola {name}:\n\nTu solicitud como {role} ya está con nosotros. Si no eres seleccionado, también te avisaremos por correo; nadie se queda sin respuesta.\n\nUn saludo,\n{co}", "Bodegas Valdeorras Alto", "valdeorrasalto.example", role="ayudante de bodega", tz="eu", lang="es")
wo(wa, "fr-ack", "Accusé de réception", "Bonjour {name},\n\nVotre dossier de {role} est arrivé chez nous. Oui ou non, un courrier de notre part suivra sous trois semaines.\n\n{co}", "Fromagerie du Jura Haut", "fromageriejura.example", role="fromager", tz="eu", lang="fr")
wo(wa, "ja-ack", "ご応募ありがとうございます", "{name} 様\n\n仲居職へのご応募を受け付けました。書類選考の結果は、合否にかかわらず二週間以内にメールでお知らせいたします。\n\n{co}", "山の湯旅館 月見", "tsukimi-ryokan.example", tz="jp", lang="ja")
wo(wa, "war-ack", "Nakarawat an imo aplikasyon", "Maupay nga adlaw, {name}!\n\nNakarawat namon an imo aplikasyon ha {co}. Kon diri ka mapili, magpapadara kami gihapon hin mensahe. Salamat!\n\n{sig}", "Leyte Coco Crafts", "leytecoco.example", tz="ph", lang="war")
wo(wa, "ty-ack", "Ua fana'o mātou i tō rata", "Ia ora na {name},\n\nUa fana'o mātou i tō rata no te ohipa i {co}. E pāhono mātou ia oe, noa atu e ere oe i te ta'ata i ma'itihia.\n\n{sig}", "Fare Monoi Raiatea", "faremonoi.example", tz="pf", lang="ty")
wo(wa, "zea-ack", "Je brief is binnen", "Dag {name},\n\nje brief is binnen. We kieze in april. Oe 't ok uutvalt, je krieg van ons bericht.\n\n{sig}\n{co}", "Oesterij Zeeuwse Stroôm", "oesterijstroom.example", tz="eu", lang="zea")
wo(wa, "de-ack", "Eingangsbestätigung", "Hallo {name},\n\nIhre Bewerbungsmappe als Drechsler liegt jetzt bei uns. Wir melden uns in jedem Fall, auch wenn es diesmal nicht klappen sollte.\n\n{sig}\n{co}", "Drechslerei Lindenholz", "lindenholz.example", tz="eu", lang="de")
wo(wa, "sw-ack", "Tumepokea ombi lako", "Habari {name},\n\nombi lako la kuwa mwongozaji wa watalii limetufikia. Tutawasiliana na waliochaguliwa tu ndani ya wiki tatu.\n\n{sig}\n{co}", "Serengeti Footpaths", "serengetifoot.example", tz="ke", lang="sw")

wi = "interview"
wo(wi, "fencing-inv", "Assistant coach — trial session", "Dear {name},\n\nCould you run a 45-minute trial session with our juniors on {d1} at 6pm, followed by a short chat. Please bring your own mask.\n\n{sig}\nClub Secretary, {co}", "Northgate Fencing Club", "northgatefencing.example")
wo(wi, "kilt-inv", "Trainee kiltmaker — come and sew", "Dear {name},\n\nCome to the workshop on {d1} at 10am to sew a test pleat and meet the team. Unfortunately there is no parking on the street, so use the car park by the church.\n\n{sig}\n{co}", "Strathearn Kiltmakers", "strathearnkilts.example")
wo(wi, "curling-inv", "Ice technician (voicemail transcript)", "Voicemail transcript from {co}:\n\"Hi {name}, it's {sfirst}. Come in {d1} at 7am to watch us flood and pebble the sheets, then we'll talk. Call me back, thanks.\"", "Lakehead Curling Club", "lakeheadcurling.example", tz="cae")
wo(wi, "stonemason-inv", "Banker mason — trial", "Dear {name},\n\nThank you for the photographs. The clerk of works invites you to a two-day carving trial starting {d1}. Tools provided; bring your own mallet if you prefer it.\n\n{sig}\n{co}", "Lincoln Minster Stoneyard", "lincolnstoneyard.example")
wo(wi, "it-inv", "Colloquio in bottega", "Gentile {name},\n\nla invitiamo in bottega il {d1} alle ore 15 per un colloquio e una piccola prova di intaglio. Ci confermi la presenza.\n\n{sig}\n{co}", "Bottega Liutaria Sordi", "liutariasordi.example", tz="eu", lang="it")
wo(wi, "ko-inv", "면접 안내", "{name} 님,\n\n저희 공방 견습생 모집에 지원해 주셔서 감사합니다. {d1} 오후 2시에 면접을 진행하고자 합니다. 참석 가능 여부를 회신해 주세요.\n\n{co}", "한지 공방 달빛", "dalbit-hanji.example", tz="jp", lang="ko")
wo(wi, "dsb-inv", "Pśepšosenje na rozgrono", "Luba {name},\n\npšosymy Was na rozgrono {d1} w 10 góźinach w našej łodkarni. Pšosym dajśo nam wěsć, lěc pśiźośo.\n\n{sig}\n{co}", "Łodkarnja Lědy", "lodkarnjaledy.example", tz="eu", lang="dsb")
wo(wi, "nrf-inv", "Un entrevue", "Bonjour {name},\n\nVeurrez-vous v'nîn nous vaie au hâvre lé {d1} à dgix heuthes? J'voudrions vous pâler d'la plieche sus not' bateau.\n\n{sig}\n{co}", "Pêcheries d'Saint Aubîn", "pecheriesaubin.example", lang="nrf")
wo(wi, "bcl-inv", "Imbitasyon sa interview", "Marhay na aldaw, {name}!\n\nInaimbitaran ka mi sa interview sa {d1}, alas nuebe nin aga, sa samong tindahan sa Legazpi. Magdara ka tabi nin valid ID.\n\n{sig}\n{co}", "Habol Bikol Weavers", "habolbikol.example", tz="ph", lang="bcl")

wn = "next_steps"
wo(wn, "skipatrol-next", "Patrol tryouts — forms due", "Hi {name},\n\nYou're in for patrol tryouts. Before then we need your first-aid certificate and signed waiver, uploaded by {d1}. No forms, no tryout spot, sorry, insurance rules.\n\n{sig}\nPatrol Director, {co}", ("Red Mountain Ski Patrol", "Big White Patrol Services"), ("redmtnpatrol.example", "bigwhitepatrol.example"), tz="cap", copies=2)
wo(wn, "shearer-next", "shearing gang — paperwork", "{name}, {sfirst} here. You're on for the spring run. Need your tax file number and super details emailed by {d1}, otherwise no pay run for you. Cheers.", "Mallee Shearing Co", "malleeshearing.example", tz="aus")
wo(wn, "butterfly-next", "Keeper post — health questionnaire", "Dear {name},\n\nWe're pleased to move you to pre-employment checks. Please fill in the occupational health form and the DBS check link by {d1}.\n\nHR Team, {co}", "Papilio Tropical House", "papiliotropical.example")
wo(wn, "icesculpt-next", "Carving crew — chainsaw trial", "[studio chat, exported]\n{sfirst}: @{name} you're in for the chainsaw trial on {d1}. Send a photo of your safety certificate before then or no carving for you.\n{sfirst}: wear layers", "Polar Block Studio", "polarblock.example", tz="usc")
wo(wn, "nl-next", "Volgende stap: VOG aanvragen", "Beste {name},\n\nJe mag door naar de laatste stap. Vraag vóór {d1} een VOG aan via de link in de bijlage; zonder VOG kunnen we je niet laten beginnen.\n\nGroet,\n{sig}\n{co}", "Stichting Molen De Zwaluw", "molendezwaluw.example", tz="eu", lang="nl")
wo(wn, "zh-next", "试工安排", "{name} 您好：\n\n请于{d1}前到茶园试工一天，并带好身份证和健康证。逾期我们将安排其他人。\n\n{sig}\n{co}", "碧螺春茶场", "biluochun.example", tz="cn", lang="zh")
wo(wn, "rgn-next", "Documént par e' lavór", "Ciao {name},\n\npar cminzê a lavurê ai è bisògn de tu libret sanitêri. Mandal intènt e' {d1}, s'no a n'i la fasèn.\n\n{sig}\n{co}", "Chiòsch dla Piadina Cesenatico", "piadinacesenatico.example", tz="eu", lang="rgn")

wf = "offer"
wo(wf, "clock-offer", "bench apprentice", "{name},\n\nAfter your day at the bench, the apprenticeship's on offer to you: four days a week from {d1}, college on Fridays. Tell me by Saturday.\n\n{sig}\n{co}", "Harrowden Clockworks", "harrowdenclocks.example")
wo(wf, "smokehouse-offer", "Smokehouse hand — offer", "Dear {name},\n\nThe smokehouse hand job is yours from {d1} if you want it. The contract and the rota are attached.\n\n{sig}\n{co}", "Arbroath Smokie House", "arbroathsmokie.example")
wo(wf, "pt-offer", "Proposta de trabalho", "Olá {name},\n\nGostaríamos que viesse trabalhar como ajudante na nossa oficina de azulejos, com início a {d1}. Envie-nos a sua resposta até sexta-feira.\n\n{sig}\n{co}", "Oficina Azul de Estremoz", "azulestremoz.example", tz="pt", lang="pt")
wo(wf, "isv-offer", "Ponuda raboty", "Dobry denj {name},\n\ns radostju vam ponudimo město vodiča v našem muzeju od {d1}. Prosimo, odpovědajte do pętka.\n\n{sig}\n{co}", "Muzej Slovjanskoj Pisemnosti", "muzejpisemnosti.example", tz="eu", lang="isv")
wo(wf, "tr-offer", "İş teklifi", "Merhaba {name},\n\natölyemizde çırak olarak {d1} tarihinde başlamanızı teklif ediyoruz. Lütfen hafta sonuna kadar yanıt verin.\n\n{sig}\n{co}", "İznik Çini Evi", "izniccinievi.example", tz="tr", lang="tr")

wo("other_job", "ext-withdrawn", "Retiru de la solicitú", "Hola {name}:\n\ncomu nos pediste, hemus retirau la tu solicitú pal puestu en la quesera. No tienis que hazel na más.\n\n{sig}\n{co}", "Quesera Las Hurdes", "queserahurdes.example", tz="eu", lang="ext")
wo("other_job", "reedmaker-delay", "reed workshop post", "{name} — still thinking about the reed-making job, I've a festival on so it'll be another fortnight before I decide. Not forgotten you. {sfirst}", "Cowal Pipe Reeds", "cowalreeds.example")
wo("other_job", "ie-status", "Stato de vor candidatura", "Car {name},\n\nvor candidatura es ancor in examination. Noi va responder vos in li proxim semanes.\n\n{sig}\n{co}", "Revúe Occidental Hodie", "occidentalhodie.example", tz="eu", lang="ie")
wo("job_alert", "crafts-alert", "New rural craft jobs this week", "Hi {name},\n\nNew on the board: trainee thatcher's mate (Dorset), dry-goods assistant at a bindery (Bath), canal-side smokehouse hand (Shropshire).\n\nChange your alert settings any time.\n{co}", "Country Trades Board", "countrytrades.example", frm="{co} <alerts@{dom}>")
wo("recruiter_outreach", "resort-pitch", "Winter season staff — interested?", "Hi {name},\n\nWe place seasonal staff at alpine resorts: lift attendants, chalet hosts, ski techs. You look right for a chalet host role in Morzine. Fancy a call?\n\n{sig}\n{co}", "Piste Perfect Staffing", "pisteperfect.example")
wo("non_job_rejection_words", "allotment", "Allotment waiting list", "Dear {name},\n\nEvery plot at Brook Lane is let for this year, so your allotment request goes onto the waiting list, which runs to about 18 months.\n\n{sig}\nAllotments Officer, {co}", "Hindon Parish Council", "hindonparish.example")
wo("non_job_rejection_words", "stall", "Craft fair stall", "Hi {name},\n\nThe winter craft fair had far more jewellery makers than tables, and your stall request missed out this year.\n\n{sig}\n{co}", "Ludlow Winter Craft Fair", "ludlowcraftfair.example")
wo("non_job_rejection_words", "cs-loan", "Žádost o úvěr", "Dobrý den, {name},\n\nvaši žádost o spotřebitelský úvěr jsme posoudili a bohužel ji nemůžeme schválit.\n\n{co}", "Spořitelna Vltava", "sporitelnavltava.example", tz="eu", lang="cs")
wo("non_job_rejection_words", "id-kelas", "Pendaftaran kelas menari", "Halo {name},\n\nmaaf, kelas tari Bali untuk bulan ini sudah penuh. Kami akan menghubungi Anda bila ada tempat kosong.\n\n{sig}\n{co}", "Sanggar Tari Cempaka", "sanggarcempaka.example", tz="id", lang="id")


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
    return words[0]


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
    start = dt.date(2025, 3, 3)
    day = start + dt.timedelta(days=rng.randrange((dt.date(2026, 11, 20) - start).days))
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
            other = rng.choice([p for p in pool if p != sig] or SIGNERS)
            co = t.co[i % len(t.co)]
            dom = t.dom[i % len(t.dom)]
            slots = {
                "name": full.split()[0], "full": full, "me": me, "sig": sig, "sfirst": sig.split()[0],
                "sl": local_part(sig, rng.randrange(3)), "co": co, "dom": dom,
                "role": t.role[i % len(t.role)], "other": other.split()[0] + " " + other.split()[-1][0] + ".",
                "d1": f"{later:%A} {later.day} {later:%B}", "qd": f"{before:%a} {before.day} {before:%b %Y} {before:%H:%M}",
                "ref": str(rng.randrange(10000, 99999)),
            }
            records.append({
                "subject": fill(t.subject, slots), "body": fill(t.body, slots), "sender": fill(t.frm, slots),
                "label": t.label, "kind": t.kind, "family": f"blind26-{t.part}-{t.fam}",
                "to": f"{full} <{me}>", "date": format_datetime(sent), "part": t.part, "lang": t.lang,
            })
    rng.shuffle(records)
    counters = {"rejection": 0, "not_rejection": 0}
    for r in records:
        counters[r["label"]] += 1
        r["id"] = f"blind26:{'rej' if r['label'] == 'rejection' else 'oth'}-{counters[r['label']]:03d}"
    return records


def shingles(text: str) -> set[str]:
    words = WORD.findall(TAG.sub(" ", text).lower())
    return {" ".join(words[i:i + 6]) for i in range(len(words) - 5)}


def other_files() -> list[Path]:
    """Every .jsonl in data/ and data/blind/ except this slice and any later (sealed) one."""
    out = sorted(HERE.parent.glob("*.jsonl"))
    for p in sorted(HERE.glob("*.jsonl")):
        m = SLICE_NO.search(p.name)
        if m and int(m.group(1)) >= 26:
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


def email_date(text: str) -> dt.datetime:
    return parsedate_to_datetime(text)


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
