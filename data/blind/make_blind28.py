# ruff: noqa: E501, S311
"""Write the twenty-eighth sealed blind slice for issue 11 (blind-slice-28.jsonl).

Stdlib only, fixed seed; two runs write byte-identical files. Options:
--langs  print the make-up by part/label/kind and label/language (no message text)
--check  6-word shingles shared with the other .jsonl files in data/ and data/blind/
         (read only as shingle sets, slice 28 and later never read; our side printed)
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

SEED = 280281
HERE = Path(__file__).resolve().parent
OUT = HERE / "blind-slice-28.jsonl"
WORD = re.compile(r"\w+")
TAG = re.compile(r"<[^>]+>")
SLOT = re.compile(r"\{(\w+)\}")
SLICE_NO = re.compile(r"blind-slice-(\d+)\.jsonl$")

RECIPIENTS = [
    "Temitope Ashdown", "Ciarán Balasubramanian", "Nokuthula Fairweather", "Gurpreet Lockwood", "Adaeze Stirling",
    "Mei Xin Halloran", "Thabo Wycliffe", "Padraig Olawale", "Meenakshi Garrity", "Rutendo Beckwith",
    "Hafsa Cullinane", "Gráinne Natarajan", "Bongani Ellesmere", "Oluwaseun Hartigan", "Rhys Bhattacharya",
    "Thandeka Morland", "Vikram O'Dwyer", "Chidinma Fothergill", "Li Ting Ashburn", "Nnamdi Castellan",
    "Mpho Ravensworth", "Sandeep McGuinness", "Fionnuala Adebayo", "Xolani Bradshaw", "Lakshmi Tierney",
    "Babatunde Keogh", "Tadhg Ramaswamy", "Pei Shan Wetherby", "Abena Coldwell", "Kagiso Dunphy",
    "Obinna Thistlewood", "Ailbhe Menon", "Sibusiso Larkworth", "Rohan Fitzmaurice", "Ngozi Underhill",
    "Cathal Eze", "Themba Ashgrove", "Xiu Ying Penhaligon", "Imran Trelawney", "Pooja Donoghue",
    "Kofi Redmayne", "Clodagh Akinola", "Wanjiru Pettifer", "Jasmine Tan Holbrook",
]
SIGNERS = [
    "Millicent Harrowgate", "Ikechukwu Daventry", "Persephone Lyle", "Hendrik du Plessis", "Modupe Kingsley",
    "Eimear Costello", "Jolyon Trask", "Kwesi Arthur-Lamb", "Clementine Royle", "Pieter Bezuidenhout",
    "Lindani Ashcroft", "Ewan Obiora-Hale", "Boitumelo Grange", "Letitia Hurst", "Orlaith Kavanagh",
    "Adebola Quarmby", "Winifred Sallis", "Mavis Trenchard", "Segun Ellwood", "Ugonna Prothero",
    "Crispin Laidlaw", "Osagie Mountford", "Peregrine Yates", "Afua Tennant", "Chioma Redfern",
    "Hamish Lennox", "Consuelo Marsh", "Fergal Doocey", "Ezinne Whitcombe", "Dulcie Fenwick",
    "Brent Kowalczyk", "Tamsin Achterberg", "Jarrah Colquhoun", "Mackenzie Lapointe", "Darnell Whitacre",
]
SIGNERS_IN = ["Anirudh Deshpande", "Shruti Venkataraman", "Prakash Menon", "Nandini Bhosale", "Sourav Ganguly-Rao", "Tanvi Oberoi"]
LANG_SIGNERS = {
    "es": ["Maribel Cuesta", "Anselmo Varela"], "fr": ["Solène Marchand", "Thibault Lenoir"],
    "de": ["Hannelore Vogt", "Mats Overbeck"], "pt": ["Rosângela Tavares", "Caio Fontoura"],
    "it": ["Ornella Bassi", "Gualtiero Neri"], "nl": ["Marloes Verhoef", "Sjoerd Kuipers"],
    "pl": ["Grażyna Wójcik", "Radosław Zając"], "tr": ["Sevim Aksoy", "Kaan Yıldırım"],
    "vi": ["Lê Thị Thanh", "Trương Minh Đức"], "id": ["Wulan Sari", "Agus Setiawan"],
    "sw": ["Neema Massawe", "Baraka Otieno"], "ru": ["Галина Воронцова", "Степан Журавлёв"],
    "ko": ["문소영", "장민호"], "ja": ["北村 早苗", "石田 亮"], "zh": ["卢晓燕", "韩建国"],
    "tok": ["jan Selin", "jan Pako"], "bzj": ["Marleni Flowers", "Dwight Usher"],
    "gyn": ["Shondell Persaud", "Kwame Lashley"], "rop": ["Rhonda Lansen", "Dennis Joshua"],
    "pov": ["Fatumata Có", "Braima Sanhá"], "mcm": ["Sarah de Costa", "Gerald Sta Maria"],
    "aae": ["Rosina Schirò", "Giorgio Matranga"], "gcr": ["Lucette Horth", "Serge Lony"],
    "pih": ["Merle Christian", "Lindsay Buffett"], "tcs": ["Lena Nona", "Ephraim Bani-Waia"],
}
PROVIDERS = ["larkpost", "tidemail", "cobblebox", "glenmail", "reedpost", "quaymail"]

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
    "kr": ("+0900", None, ""), "ru": ("+0300", None, ""), "bz": ("-0600", None, ""),
    "gy": ("-0400", None, ""), "aun": ("+0930", None, ""), "gw": ("+0000", None, ""),
    "my": ("+0800", None, ""), "gf": ("-0300", None, ""), "nf": ("+1100", "+1200", "s"),
    "pt": ("+0000", "+0100", "n"), "nz": ("+1200", "+1300", "s"), "ch": ("+0100", "+0200", "n"),
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


def add(part: str, kind: str, fam: str, subject: str, body: str, co: str | tuple[str, ...], dom: str | tuple[str, ...], frm: str = "{sig} <{sl}@{dom}>", role: str | tuple[str, ...] = "", tz: str = "uk", lang: str = "en") -> None:  # noqa: PLR0917
    label = "rejection" if kind == "rejection" else "not_rejection"
    cos, doms, roles = _tup(co), _tup(dom), _tup(role)
    copies = max(len(cos), len(doms), len(roles))
    TEMPLATES.append(T(part, label, kind, f"blind28-{part}-{fam}", subject, body, cos, doms, frm, roles, tz, copies, lang))


def mr(fam: str, subject: str, body: str, co: str | tuple[str, ...], dom: str | tuple[str, ...], **kw: str | tuple[str, ...]) -> None:
    add("mix", "rejection", fam, subject, body, co, dom, **kw)  # type: ignore[arg-type]


def mo(kind: str, fam: str, subject: str, body: str, co: str | tuple[str, ...], dom: str | tuple[str, ...], **kw: str | tuple[str, ...]) -> None:  # noqa: PLR0917
    add("mix", kind, fam, subject, body, co, dom, **kw)  # type: ignore[arg-type]


def wr(fam: str, subject: str, body: str, co: str | tuple[str, ...], dom: str | tuple[str, ...], **kw: str | tuple[str, ...]) -> None:
    add("wide", "rejection", fam, subject, body, co, dom, **kw)  # type: ignore[arg-type]


def wo(kind: str, fam: str, subject: str, body: str, co: str | tuple[str, ...], dom: str | tuple[str, ...], **kw: str | tuple[str, ...]) -> None:  # noqa: PLR0917
    add("wide", kind, fam, subject, body, co, dom, **kw)  # type: ignore[arg-type]


# Slots: {n} recipient's first name, {full} full name, {sig} signer, {co} company, {dom} domain,
# {role} role, {q} a quoted earlier date, {dl} a deadline / interview day after the mail, {ref} a number.

# ---------------------------------------------------------------- mix: rejections, ordinary templates
mr("wd-req", "Update on requisition {ref} – {role}",
   "Hello {n},\n\nRequisition {ref} ({role}) now has its hire, someone whose background matched the brief more tightly, and your application is closed in the system.\n\nYour candidate profile stays live for other requisitions at {co}.\n\nTalent Acquisition\n{co}",
   ("Tarnbrook Cement plc", "Saltings Port Authority"), ("tarnbrookcement.example", "saltingsport.example"), frm="{co} Talent <wd-notify@{dom}>", role=("Kiln Process Engineer", "Marine Pilot Boat Coxswain"))
mr("gh-geo", "{co} — your {role} application",
   "Hi {n},\n\nI read through your materials myself before writing. The team is ending your candidacy for {role} here; a short list of people with deeper hands-on time in LiDAR processing pipelines goes forward instead.\n\nThat call is about this opening, not about you — maybe a future one brings us together.\n\n{sig}\nHiring Manager, {co}",
   ("Contourline Analytics", "Parcelgrid Mapping"), ("contourline.example", "parcelgrid.example"), role=("Senior Geospatial Engineer", "Remote Sensing Analyst"), tz="usp")
mr("lever-oneline", "{role} at {co}",
   "{n} — short note to say we're closing the loop: {co} won't be moving ahead with you for {role}. Appreciate the time you spent on it. {sig}",
   ("Fernwatt", "Drizzlecast"), ("fernwatt.example", "drizzlecast.example"), role=("Data Platform Engineer", "Forecast Scientist"), tz="use")
mr("sr-card", "Application status: {role}",
   "<html><body><table><tr><td><b>{co} Careers</b></td></tr><tr><td>Dear {n},</td></tr><tr><td>Position: {role}<br>Status: <b>Unsuccessful – role filled</b></td></tr><tr><td>Every application here is looked at by a person on the shipboard HR desk. This time the vacancy went to an applicant with more sea time in guest-facing roles.</td></tr><tr><td>Browse open sailings and shoreside jobs any time on the careers page.</td></tr></table></body></html>",
   ("Bluewake Cruises", "Northcape Voyages"), ("bluewakecruises.example", "northcapevoyages.example"), frm="{co} Careers <careers@{dom}>", role=("Assistant Purser", "Spa Reception Lead"))
mr("icims-parks", "{co}: {role} – Candidate Notification",
   "Dear {full},\n\nThe selection process for {role} (posting {ref}) is complete. After reviewing the ranked eligibility list the hiring division appointed another candidate.\n\nYour application record remains in our applicant system for 12 months. {co} hires on merit and is an EO employer.\n\nHuman Resources Division\n{co}",
   ("Larchmont County Parks & Recreation", "Bexley Falls Parks District"), ("larchmontparks.example", "bexleyfallsparks.example"), frm="{co} HR <noreply@{dom}>", role=("Seasonal Park Ranger II", "Aquatics Maintenance Worker"), tz="usc")
mr("taleo-hosp", "Regarding Job Number {ref}",
   "Dear {full},\n\nThe recruitment for Job Number {ref}, {role}, has closed and an offer has been accepted by the chosen candidate. You were one of a large applicant group; the panel noted how careful your submission was.\n\nPlease keep an eye on the {co} job board; new postings appear every Monday.\n\nAA/EOE.\n\nOffice of Talent Management",
   ("Rushford University Hospital", "Kettle Valley Community College"), ("rushfordhealth.example", "kettlevalley.example"), frm="Talent Management <taleo-mail@{dom}>", role=("Perfusion Technologist", "Adjunct Instructor, Welding"), tz="use")
mr("ashby-founder", "{co} + you",
   "Hey {n},\n\nRather you got this from me than from a robot. We've made our hire for {role} — someone who built a contract-review tool from zero before, and that tipped it.\n\nYou were one of the strongest conversations I had this month. If we open a second seat in spring I'd like to message you first.\n\n{sig}\nCo-founder, {co}",
   ("Clausebird", "Docketly"), ("clausebird.example", "docketly.example"), role=("Founding Product Designer", "Staff Backend Engineer"), tz="usp")
mr("workable-surf", "Your application to {co}",
   "Hi {n}, stoked you want a season with us! We had loads of instructors apply and have now filled the {role} spots with people who hold the Level 2 coaching ticket already. Best of luck with the summer. – {sig}, {co}",
   ("Porthlevan Surf School", "Bundoran Wave Academy"), ("porthlevansurf.example", "bundoranwave.example"), role=("Surf Instructor", "Beach Lifeguard / Instructor"))
mr("bamboo-optom", "{role} position – {co}",
   "Dear {n},\n\nOur practice manager asked me to write. The {role} post went to an applicant with prior experience of OCT scanning and pre-screening, who said yes on Monday.\n\nLovely that you came by the practice.\n\nKind regards,\n{sig}",
   ("Keel & Lens Opticians", "Fairmile Eyecare"), ("keelandlens.example", "fairmileeyecare.example"), role=("Optical Assistant", "Optometry Receptionist"))
mr("jazz-landscape", "re: {role}",
   "hi {n}, sorry mate, we've given the {role} job to a bloke who lives 5 mins from the yard. cheers for applying. {sig}",
   ("Gumleaf Landscapes", "Redgum Turf & Garden"), ("gumleafland.example", "redgumturf.example"), role=("Landscape Labourer", "Turf Layer"), tz="auq")
mr("recruitee-bike", "Your application for {role}",
   "Dear {n},\n\nThanks for applying to {co}. We have looked at all applications for {role} with the whole workshop team and chose someone with more frame-building hours behind them.\n\nWe wish you a good ride onwards.\n\nGreetings from Ghent,\n{sig}",
   ("Velotrouw", "Spaakwerk Cycles"), ("velotrouw.example", "spaakwerk.example"), role=("Frame Builder", "E-bike Service Technician"), tz="eu")
mr("in-pharma", "Application Status – {role} (Ref {ref})",
   "Dear {full},\n\nGreetings from {co}.\n\nRef. your {role} candidature, we wish to inform that management has finalised a different candidate here. Your resume stays in our data bank for upcoming openings.\n\nWarm regards,\nHR Department\n{co}",
   ("Sahyadri Pharma Distributors Pvt Ltd", "Kaveri Lifecare Logistics Ltd"), ("sahyadripharma.example", "kaverilifecare.example"), role=("Medical Representative", "Depot Pharmacist"), tz="in")
mr("ng-pfa", "Your Application: {role}",
   "Dear {full},\n\nThanks for applying to {co}. After the assessment exercise, the Human Capital unit has concluded its selection for the {role} position and other applicants were found more suitable.\n\nThe decision of the selection panel is not subject to review.\n\nYours faithfully,\n{sig}\nHuman Capital Management",
   ("Zenithbridge Pensions Ltd", "Oakwater Microcredit Bank"), ("zenithbridgepfa.example", "oakwatermfb.example"), role=("Benefits Processing Officer", "Credit Risk Analyst"), tz="ng")
mr("sg-prop", "{co} – Outcome of Application ({role})",
   "Dear {n},\n\n{co} appreciates your time at the assessment. The role of {role} goes to a candidate whose estate-management experience matches more closely.\n\nWith your consent we will hold your CV for six months and reach out should a fitting vacancy open.\n\nBest regards,\n{sig}\nPeople & Culture",
   ("Raffleston Property Services Pte Ltd", "Kallang Facilities Pte Ltd"), ("raffleston.example", "kallangfm.example"), role=("Property Executive", "Facilities Coordinator"), tz="sg")
mr("ca-ferry", "Competition {ref}: {role}",
   "Hello {n},\n\nCompetition {ref}: your application was screened out, as it did not show a valid Marine Emergency Duties (MED A1) certificate, which is a mandatory requirement for {role}.\n\nYou are welcome to reapply to future competitions once you hold the certificate.\n\nRecruitment Services, {co}",
   ("Coastline Ferries Corporation", "Fundy Marine Services"), ("coastlineferries.example", "fundymarine.example"), role=("Deckhand", "Ship's Cook"), tz="cap")
mr("za-citrus", "{role} application", "Dear {n}\n\nRe {role} at {co}. The position has been filled. Please consider this letter our feedback, as we could not send a personal reply to each of the 300 applicants.\n\nRegards\n{sig}\nHR, {co}",
   "Sundays River Citrus Packers", "sundayscitrus.example", role="Packhouse Supervisor", tz="za")
mr("au-caravan", "{role} – {co}", "Dear {n},\n\nThe panel for {role} has now scored every submission on the key selection criteria, and yours fell below the cut for an interview this round.\n\nRing the contact officer (see the position description) for feedback.\n\nPeople and Culture\n{co}",
   "Shire of Moorabool Bay – Foreshore Caravan Park", "moorabool-bay.example", role="Caravan Park Attendant", tz="aus")
mr("ie-creditunion", "Your application – {role}", "Dear {n},\n\nRe {role} with {co}: following the shortlisting process, which scored all candidates against the QFA requirement in the job spec, your application has not been brought forward to interview.\n\nBest of luck.\n\nYours sincerely,\n{sig}\nHR Manager",
   "Slaney Valley Credit Union", "slaneyvalleycu.example", role="Member Services Officer", tz="ie")
mr("us-sciencecenter", "Your application for {role}", "Dear {full},\n\nOn behalf of {co}, my thanks for applying to the {role} opening. The response was remarkable, and the floor team has now chosen the candidate whose experience best suits its needs this season.\n\nOther positions are posted on our careers page, and your information stays on file for one year.\n\n{co} values a diverse workforce and does not discriminate in employment on any protected ground.\n\nSincerely,\n{sig}\nDirector of Human Resources",
   "Pinecrest Discovery Science Center", "pinecrestdiscovery.example", role="Floor Educator", tz="usm")
mr("after-screen-payroll", "Following our call – {role}", "Hi {n},\n\nGood to speak on Tuesday. I've talked it over with our finance director and we have decided to progress candidates who have run a multi-country payroll end to end, which is where the role sits from day one. So we won't take you further for {role} this time.\n\nIt was a useful chat and your name is on my shortlist-for-later list.\n\n{sig}\nTalent Partner, {co}",
   "Brackwater Group", "brackwatergroup.example", role="Payroll Specialist")
mr("de-english", "Your application as {role}", "Dear Mr/Ms {full},\n\nheartfelt thanks for the sent documents and your interest in our house. After intensive examination our decision went to a different applicant, whose profile corresponds more precisely with what we search.\n\nYour documents we give back by deletion according to GDPR, and for your further way all the best.\n\nWith friendly greetings\n{sig}\n{co}",
   "Hallertauer Präzisionsteile GmbH", "hallertauer-pt.example", role="Quality Engineer", tz="eu")
mr("pt-english", "Application – {role}", "Dear {n},\n\nWe appreciate a lot your candidature for {role}. Unhappily, after analysing all the profiles, the selection stayed with other candidates which had a more adjusted experience to the functions.\n\nWe stay with your contact for future opportunities.\n\nCordially,\n{sig}\n{co}",
   "Ribeira Azulejos Lda", "ribeira-azulejos.example", role="Export Sales Assistant", tz="pt")
mr("nz-kiwifruit", "{role}", "Kia ora {n}, thanks heaps for applying for {role}. The crew's full for this season, sorry. Try us again next year! {sig}, {co}",
   "Te Puke Orchard Services", "tepukeorchards.example", role="Kiwifruit Packer", tz="nz")
mr("uk-housing-score", "{role} – shortlisting outcome", "Dear {n},\n\nRe {role} at {co}. Each application was scored by two officers against the person specification; the score needed for interview was 26 out of 36 and yours was 21. So it's a no at shortlisting.\n\nYour individual scores are available if you ask within 14 days.\n\nResourcing Team\n{co}",
   "Brookmere Housing Association", "brookmerehousing.example", role="Tenancy Sustainment Officer")
mr("in-edtech-short", "{role} @ {co}", "Hi {n}, we went through your profile for {role}. We're going ahead with candidates who have stronger React Native exposure, so closing this from our side. All the best! – {sig}, Talent team, {co}",
   "Padhai Labs", "padhailabs.example", role="Mobile Developer", tz="in", frm="{sig} <{sl}@{dom}>")

# ---------------------------------------------------------------- mix: rejections, issue 11's kinds
# thread replies after interviews: the decision as someone else's hire, no negation
mr("thr-sommelier", "RE: [EXT] Re: {role} – tasting on Thursday",
   "Hi {n},\n\nThanks again for the visit and the blind flight — the Jura pick impressed everyone. We've since asked Tomasz, who has run our second floor on weekends for two years, to step up into {role}, and he started the handover yesterday.\n\nDrop in for a glass when you're passing.\n\n{sig}\n\nFrom: {full}\nSent: {q}\nTo: {sig}\nSubject: Re: {role} – tasting on Thursday\n\nHi {sig}, just checking in after Thursday. Any news?",
   ("Cellar Nine Dining", "The Copper Vine"), ("cellarnine.example", "coppervine.example"), role=("Head Sommelier", "Assistant Sommelier"))
mr("thr-ecol", "Re: Re: {role} interview",
   "Hello {n},\n\nLovely to meet you at the reserve. At last night's board meeting our summer volunteer warden, who knows the fen sites inside out, has accepted {role}. I'm sure you'll understand how strongly local knowledge counted for us.\n\nAll the best with your survey season,\n{sig}\n\nOn {q}, {full} wrote:\n> Thank you for the walk-round today, the reedbed work looked wonderful.",
   ("Wensum Fens Trust", "Breckland Heath Trust"), ("wensumfens.example", "breckheath.example"), role=("Assistant Reserve Warden", "Conservation Officer"))
mr("thr-audit", "RE: [EXT] RE: [EXT] {role} – final stage",
   "Dear {n},\n\nSorry for the wait while final interviews wrapped up. The partners have appointed Priyanka, an existing senior from our Leeds office, to {role}, and she moves across next month.\n\nIt was a genuine pleasure discussing the charities portfolio with you.\n\nBest wishes,\n{sig}\n\n-----Original Message-----\nFrom: {full}\nSent: {q}\nSubject: RE: [EXT] {role} – final stage\n\nMany thanks for the time today.",
   ("Hallcross Ames LLP", "Tennant Rowe Accountants"), ("hallcrossames.example", "tennantrowe.example"), role=("Audit Manager", "Assistant Audit Manager"))
mr("thr-ng-bank", "RE: {role} – panel interview",
   "Dear {n},\n\nTrust you are well. Thanks for coming for the panel last week. Management has since approved the redeployment of an officer from our Abuja branch into the {role} slot, and she resumes on Monday.\n\nGod's guidance on your next steps.\n\n{sig}\n\n________________________________\nFrom: {full}\nSent: {q}\nSubject: {role} – panel interview\n\nGood afternoon sir, kindly advise on the outcome.",
   ("Crestfield Savings & Loans", "Unity Harvest Bank"), ("crestfieldsl.example", "unityharvest.example"), role=("Relationship Officer", "Branch Operations Officer"), tz="ng")
mr("thr-in-design", "Re: {role} discussion",
   "Hi {n},\n\nThanks for walking us through the case study. We've gone with Aditya from our Bengaluru studio for {role}; he is moving to Chennai and already knows the client.\n\nWill keep you in mind. Take care.\n\n{sig}\n\nOn {q}, {full} wrote:\n> Hi, happy to share anything more from my side.",
   ("Kolam Design Studio", "Neelam UX Works"), ("kolamdesign.example", "neelamux.example"), role=("UX Researcher", "Interaction Designer"), tz="in")
mr("thr-physio", "RE: [EXT] Re: {role}",
   "Hi {n},\n\nThanks for the practical on Friday. The clinic has given {role} to our rotating locum, who the patients already ask for by name.\n\nAll the best,\n{sig}\n\nFrom: {full}\nSent: {q}\nTo: {sig}\nSubject: Re: {role}\n\nThanks for having me in.",
   ("Riverbank Physio & Rehab", "Southgate Sports Clinic"), ("riverbankphysio.example", "southgatesports.example"), role=("Band 6 Physiotherapist", "Sports Rehabilitator"), tz="ie")
mr("thr-sg-chef", "Re: Trial day", "Hi {n}\n\nSaturday's trial was good, the laksa was nice. Chef decided Jun Wei from our Orchard outlet will take the {role} job.\n\nTake care and all the best.\n{sig}\n\nOn {q}, {full} wrote:\n> Thank you chef for the chance.",
   "Makan Lane Kitchens", "makanlane.example", role="Sous Chef", tz="sg")
mr("thr-ca-lib", "RE: {role} interview – follow up", "Hi {n},\n\nThank you for your thoughtful answers last week. The committee has selected the branch's long-serving page, who completed her MLIS in June, for the {role} position.\n\nWarm regards,\n{sig}\n\n-----Original Message-----\nFrom: {full}\nSent: {q}\nSubject: {role} interview – follow up",
   "Thunder Bay Regional Library", "tbregionallib.example", role="Branch Librarian", tz="cae")
mr("thr-za-winery", "Re: Re: Cellar interview", "Hi {n}\n\nGood to have you out at the farm. The winemaker's choice for {role} is Sipho, who did last year's harvest with us.\n\nGood luck for the season!\n{sig}",
   "Klipdrift Estate Wines", "klipdriftwines.example", role="Assistant Winemaker", tz="za")
mr("thr-au-vet", "Fwd: RE: [EXT] Re: {role}", "Hi {n} — forwarding Dr Cole's note below as promised.\n\n---------- Forwarded message ---------\nFrom: {sig}\nDate: {q}\n\nPlease let {n} know we've made the appointment: the position goes to Hannah, our nurse on maternity leave who returns in March. Lovely to meet her.\n\n",
   "Gully Creek Vet Hospital", "gullycreekvet.example", role="Veterinary Nurse", tz="au")
# clear refusals under long footers
mr("foot-retail", "Your application for {role}",
   "Hi {n},\n\nThe store team read your {role} application; we're passing on it.\n\nWe'd love you to keep shopping with us!\n\n— — —\nWhy work at {co}? Colleague discount from day one · Paid volunteering day · Pension matched to 6%\nSet up job alerts: choose a store, a distance and we'll email new vacancies weekly.\nWant this in big type or another language? Tell us.\n{co} Retail Ltd · company no. 08817342. Registered office: Unit 4, Marston Park.\nThis mailbox is unattended.",
   ("Larkfield Home & Garden", "Heronsgate Outdoor"), ("larkfieldhome.example", "heronsgateoutdoor.example"), frm="{co} Careers <jobs@{dom}>", role=("Sales Assistant", "Visual Merchandiser"))
mr("foot-us-logistics", "{co} | {role}",
   "{n},\n\nYour qualifications were reviewed, and other candidates are the ones going ahead for {role}.\n\nThe {co} Talent Network sends openings near you.\nFraud warning: {co} will never ask a candidate for money, bank numbers, or a text-chat interview.\nE-Verify employer. Reasonable accommodations are available upon request; email accommodations@{dom}.\nEOE: disability / veterans.\nThis mailbox is not monitored.",
   ("Prairieline Freight Systems", "Ozark Rail Services"), ("prairieline.example", "ozarkrail.example"), frm="Careers <donotreply@{dom}>", role=("Dispatch Coordinator", "Conductor Trainee"), tz="usc")
mr("foot-in-nbfc", "Application update – {role}",
   "Dear {full},\n\nRegarding {role}: your profile is not in the shortlist.\n\nCAUTION: {co} never collects money from applicants, at any step. Offer letters are issued only from @{dom} addresses. Report suspicious calls to our vigilance cell.\nWalk-in drives are announced only on our official website.\nDISCLAIMER: Contents of this message are private to the named recipient. Wrongly received? Kindly erase it and alert the sender.",
   ("Vardhan Gold Loans Ltd", "Sahakar Microfinance Ltd"), ("vardhangold.example", "sahakarmf.example"), frm="Recruitment <hr.noreply@{dom}>", role=("Branch Executive", "Field Credit Officer"), tz="in")
mr("foot-ca-uni", "{role} – application outcome", "Dear {n},\n\nWe appreciate your application for {role}. The hiring committee has completed its review and you will not be offered an interview.\n\n{co} sits in Mi'kma'ki, the ancestral and unceded land of the Mi'kmaw.\nIndigenous, Black and racialized applicants, disabled applicants, women and 2SLGBTQIA+ applicants are encouraged.\nMisdelivered? Let the sender know, then delete.\nAccessibility accommodations are available throughout the hiring process.",
   "Acadia Shore University", "acadiashore.example", frm="HR Recruitment <recruit@{dom}>", role="Research Facilitator", tz="can")
mr("foot-za-pharmacy", "{role}", "Dear {n},\n\nThank you for applying. Unfortunately your application for {role} was unsuccessful.\n\nSimilar openings: Pharmacist Assistant (Post-basic) – Gqeberha · Front Shop Assistant – East London · Dispensary Clerk – Mthatha\nDownload the {co} Careers app · Unsubscribe from job emails",
   "Healwell Pharmacies", "healwellpharm.example", frm="{co} Careers <careers@{dom}>", role="Pharmacist Assistant", tz="za")
# hedged refusals
mr("hedge-closer", "About your application", "Dear {n},\n\nThank you for your patience. Several applicants brought experience that sat a little closer to the daily work of {role} at {co}, so they continue in the process.\n\nAll the very best, truly.\n\n{sig}",
   ("Marramere Foods", "Copperhill Bakery Group"), ("marramere.example", "copperhillbakery.example"), role=("Production Planner", "Bakery Shift Manager"))
mr("hedge-direction", "{role} – update", "Hi {n},\n\nAppreciate you taking part in the process. Looking at what's planned for next year, {role} is going a different way.\n\nGood luck out there,\n{sig}\n{co}",
   ("Hollow Oak Games", "Pixelmoor Studio"), ("hollowoak.example", "pixelmoor.example"), role=("Technical Artist", "Level Designer"), tz="cae")
mr("hedge-fr-eng", "Your candidacy", "Hello {n},\n\nThanks for your candidature. Other profiles presented a more important experience in luxury retail, and they were retained for the continuation of the process for {role}.\n\nMuch success to you.\n{sig}\n{co}",
   ("Maison Verlaine", "Atelier Corbière"), ("maisonverlaine.example", "ateliercorbiere.example"), role=("Client Advisor", "Boutique Coordinator"), tz="eu")
mr("hedge-au", "{role} application", "G'day {n}, {role} — ta for the application. The yard's picked a candidate who's a bit further along with their forklift and high-reach tickets. Cheers, {sig}",
   "Bayside Builders Supplies", "baysidebuilders.example", role="Yard Hand", tz="auw")
mr("hedge-ng", "{role}", "Dear {n},\n\nThank you for applying to {co}. We have identified candidates whose experience aligns more strongly with the demands of {role} and the process continues with those candidates.\n\nRegards,\n{sig}",
   "Greenleaf Agro Processing Ltd", "greenleafagro.example", role="Quality Control Officer", tz="ng")
mr("hedge-sg", "{role} – {co}", "Hi {n}, thanks for your time. The studio has chosen to move on with a designer whose portfolio matches our residential projects more closely. All the best, {sig}",
   "Tiong Bahru Interiors", "tbinteriors.example", role="Junior Interior Designer", tz="sg")
# recruiter follow-ups: the decision and another role
mr("rec-uk-eng", "Following our call", "Hi {n},\n\nGood to catch up earlier. Recap of the call: the client's picked another engineer for the {role} job, mainly because he's already worked on their packaging lines.\n\nThe upside: I've got a shift-based Maintenance Technician role in Thurrock paying similar money, 4 on 4 off. Shall I put you forward? Let me know by Friday.\n\n{sig}\n{co}",
   ("Kestrel Technical Recruitment", "Anvilway Engineering Talent"), ("kestreltech.example", "anvilway.example"), role=("Multi-skilled Engineer", "Electrical Technician"))
mr("rec-in-it", "Update on {role} – and another opening", "Hi {n},\n\nAs told on call, the client closed {role} with an immediate joiner. Separately there is a requirement at a Hyderabad product firm, 2 days WFO, similar band. Shall I share your CV there? Please confirm.\n\nRegards,\n{sig}\n{co}",
   ("Talentbridge Search Pvt Ltd", "Sarathi HR Consulting"), ("talentbridge-in.example", "sarathihr.example"), role=("Java Backend Developer", "QA Automation Engineer"), tz="in")
mr("rec-ca-acct", "Re: our chat", "Hey {n}, quick recap: the Calgary client picked someone else for {role}. But I have a Red Deer co-op that needs a controller for a six-month contract. Interested? Call me any time.\n\n{sig}, {co}",
   "Chinook Finance Recruiters", "chinookfinance.example", role="Assistant Controller", tz="cam")
mr("rec-au-mining", "{role} outcome + FIFO option", "Hi {n},\n\nGood yarn this arvo. For {role} the site chose a different candidate. I do have a FIFO 8/6 roster with a Pilbara contractor starting in a few weeks — want your resume sent?\n\n{sig}\n{co}",
   "Ironbark Resources Recruitment", "ironbarkrec.example", role="Maintenance Planner", tz="auw")
mr("rec-za-sales", "Feedback: {role}", "Hi {n}\n\nAs promised, feedback from the client: they have offered {role} to a candidate with FMCG route-to-market experience. I have a similar role with a beverage distributor in Durban – want the spec?\n\nKind regards\n{sig}\n{co}",
   "Protea Sales Search", "proteasales.example", role="Key Account Manager", tz="za")
# public-sector notices
mr("pub-us-fed", "Notice of Results – {role}, Announcement {ref}",
   "Dear {full},\n\nYour application for {role} under announcement {ref} has been reviewed. Eligible: yes. Qualified: yes. Referred: no — the certificate went to the selecting official with higher-ranked names than yours.\n\nThis notice is for your information only. You can check status on the applicant portal.\n\nHuman Resources Office\n{co}",
   ("U.S. Bureau of Fisheries Management", "Federal Aviation Services Agency"), ("fisheriesmgmt.example", "avservices-agency.example"), frm="HR Notices <no-reply@{dom}>", role=("Fishery Biologist (GS-09)", "Airway Transportation Systems Specialist"), tz="usm")
mr("pub-uk-nhs", "Update on your application for {role}",
   "Dear {n},\n\nRe {role} (job reference {ref}): sadly your application was not shortlisted this time.\n\nEach application was scored on the person specification's essential criteria.\n\nRecruitment Team\n{co}",
   ("North Fenland Community Health Trust", "Wyre Valley Mental Health Trust"), ("nfenlandhealth.example", "wyrevalleymh.example"), frm="Recruitment <recruitment.noreply@{dom}>", role=("Band 5 Community Staff Nurse", "Healthcare Assistant"))
mr("pub-au-state", "{role} – notification", "Dear {n},\n\nVacancy {ref} ({role}) is withdrawn: the unit is being restructured, so nobody will be appointed.\n\nThanks for applying to {co}.",
   "Department of Primary Industries and Regions", "pir-state.example", frm="Recruitment <jobs@{dom}>", role="Biosecurity Officer", tz="aus")
mr("pub-ie-ineligible", "Competition {ref}: {role}", "Dear {n},\n\nThe Public Appointments Office has examined your application for {role}. You have been found ineligible as the application did not show the required three years' experience at clerical level. You cannot progress further in this competition.\n\nYou may seek a review within seven working days of this notice.",
   "Public Jobs Commission Ireland", "publicjobsie.example", frm="Public Appointments <noreply@{dom}>", role="Executive Officer (Regional)", tz="ie")
mr("pub-ca-mun", "Job Posting {ref} – {role}", "Dear {n},\n\nThe hiring department has cancelled the {role} posting. Nobody will be appointed under it.\n\nThe City thanks you for applying.",
   "City of Lakeview Heights", "lakeviewheights.example", frm="City HR <hr-postings@{dom}>", role="Arborist Technician", tz="cae")
mr("pub-za-muni", "{role} – Ref {ref}", "Dear Applicant ({full})\n\nThe Municipality acknowledges your application for {role}. Your application was not considered for shortlisting because your qualification copies carried a certification stamp older than six months.\n\nMunicipal Manager",
   "Nkomazi Ridge Local Municipality", "nkomaziridge.example", frm="HR Office <recruit@{dom}>", role="Traffic Officer Grade 2", tz="za")
# bare ATS statuses
mr("ats-noconsider", "Status update for {role}", "Your application for {role} at {co} is no longer being considered.\n\nCandidate home: sign in to check other postings.",
   ("Harwich Ridge Utilities", "Stonebay Insurance Group"), ("harwichridge.example", "stonebayins.example"), frm="{co} <no-reply@{dom}>", role=("Meter Reader", "Claims Handler"), tz="use")
mr("ats-archived", "{role} (ID {ref})", "Hi {n},\nStatus of your application for {role}: Archived – position closed.\nLog in to see other openings.", "Tallowmere Hotels", "tallowmere.example", frm="Tallowmere Jobs <jobs@{dom}>", role="Night Auditor")
mr("ats-in-rejected", "Application {ref}", "Dear Candidate,\nApplication ID {ref} | Post: {role} | Current status: REJECTED\nRegards, HR Portal, {co}", "Deccan Cold Chain Ltd", "deccancold.example", frm="HR Portal <portal@{dom}>", role="Warehouse Supervisor", tz="in")
mr("ats-ng-unsuccess", "{role}", "Dear {n}, status flipped today → Unsuccessful. {co} appreciates the application.", "Lekki Logistics Hub", "lekkihub.example", frm="{co} Recruitment <noreply@{dom}>", role="Fleet Supervisor", tz="ng")
mr("ats-au-notprog", "Application for {role}", "Hi {n},\nYour application for {role} has moved to: Not Progressing.\n{co} Careers", "Coral Coast Health Service", "coralcoasths.example", frm="{co} Careers <careers@{dom}>", role="Ward Clerk", tz="auq")
# internship / graduate decisions
mr("intern-us", "{co} Summer Internship Program – Decision", "Dear {n},\n\nThe {co} Summer Internship Program had some 4,000 applicants for 60 places this year and your application in the {role} track has not been successful.\n\nNext cycle opens in September.\n\nUniversity Programs Team",
   ("Bellwether Aerospace", "Granite Peak Energy"), ("bellwetheraero.example", "granitepeakenergy.example"), frm="University Programs <campus@{dom}>", role=("Systems Engineering Intern", "Grid Analytics Intern"), tz="usc")
mr("intern-uk-grad", "{co} Graduate Programme 2026", "Dear {n},\n\nThanks for your efforts at the online assessment day. After weighing everyone's performance across the exercises, the {role} scheme has no place for you this year.\n\nDo think of us again.\n\nEarly Careers Team", "Marlowe Brooks Consulting", "marlowebrooks.example", frm="Early Careers <earlycareers@{dom}>", role="Graduate Consultant")
mr("intern-sg", "Internship Application – {role}", "Dear {n},\n\nAbout the {role} internship: no place for you this round. Good luck with the semester ahead.\n\nHR, {co}", "Marina Biotech Pte Ltd", "marinabiotech.example", role="Lab Research Intern", tz="sg")
mr("intern-in-campus", "Campus Drive Result – {co}", "Dear {n},\n\nResults of the {co} campus drive at your college are out. The final selected list for {role} does not include your name. Thanks for taking part.\n\nCampus Relations Team", "Nirmaan Infra Projects Ltd", "nirmaaninfra.example", frm="Campus Relations <campus@{dom}>", role="Graduate Engineer Trainee", tz="in")
mr("intern-za-learner", "Learnership application", "Dear {n}\n\nThe {role} learnership intake is final, and you were not selected.\n\nRegards\n{sig}\nSkills Development, {co}", "Karoo Solar Works", "karoosolar.example", role="Electrical Learnership", tz="za")

# ---------------------------------------------------------------- mix: confirmations (refusal talk that has not happened)
mo("application_received", "c-wd", "We've received your application – requisition {ref}",
   "Hello {n},\n\nYour application for {role} (requisition {ref}) is in. Should another person take the requisition, your status here changes and a brief note follows; if you're picked for interview, a recruiter calls.\n\nTalent Acquisition, {co}",
   ("Tarnbrook Cement plc", "Saltings Port Authority"), ("tarnbrookcement.example", "saltingsport.example"), frm="{co} Talent <wd-notify@{dom}>", role=("Quarry Electrician", "Harbour Operations Assistant"))
mo("application_received", "c-gh", "Thanks for applying to {co}",
   "Hi {n},\n\nThanks for applying for {role}. A human (me) reads every application here, and good or bad, a reply from me comes within two weeks — nobody is left dangling.\n\n{sig}\nHiring Manager, {co}",
   ("Contourline Analytics", "Parcelgrid Mapping"), ("contourline.example", "parcelgrid.example"), role=("GIS Developer", "Photogrammetry Engineer"), tz="usp")
mo("application_received", "c-sr", "Application received: {role}",
   "<html><body><table><tr><td><b>{co} Careers</b></td></tr><tr><td>Hi {n}, we have your application.</td></tr><tr><td>Position: {role}<br>Status: <b>Received</b></td></tr><tr><td>What happens next: Received → Under review → Interview, or Unsuccessful if the vacancy goes elsewhere. You'll get an email at each change.</td></tr></table></body></html>",
   ("Bluewake Cruises", "Northcape Voyages"), ("bluewakecruises.example", "northcapevoyages.example"), frm="{co} Careers <careers@{dom}>", role=("Guest Services Associate", "Shore Excursions Host"))
mo("application_received", "c-icims", "{co}: Application Received – {role}",
   "Dear {full},\n\nYour {role} application (posting {ref}) is logged. After closing, applicants are ranked on an eligibility list. Those not reached on the list get written notice after the appointment — allow as long as eight weeks.\n\nHuman Resources Division, {co}",
   ("Larchmont County Parks & Recreation", "Bexley Falls Parks District"), ("larchmontparks.example", "bexleyfallsparks.example"), frm="{co} HR <noreply@{dom}>", role=("Recreation Leader", "Trail Crew Member"), tz="usc")
mo("application_received", "c-taleo", "Job Number {ref} – submission confirmed",
   "Dear {full},\n\nJob Number {ref}, {role}: submission complete. Interview or no interview, the search committee writes to every applicant at the close of the recruitment.\n\nOffice of Talent Management, {co}",
   ("Rushford University Hospital", "Kettle Valley Community College"), ("rushfordhealth.example", "kettlevalley.example"), frm="Talent Management <taleo-mail@{dom}>", role=("Sterile Processing Tech", "Math Tutor"), tz="use")
mo("application_received", "c-ashby", "Got your application",
   "Hey {n} — {sig} here, co-founder. Got your application for {role}. Yes or no, I reply to everyone myself, normally within ten days, and a no comes with my reasons, briefly.\n\n{sig}, {co}",
   ("Clausebird", "Docketly"), ("clausebird.example", "docketly.example"), role=("Full-stack Engineer", "Product Marketing Lead"), tz="usp")
mo("application_received", "c-workable", "Thanks for applying!", "Hi {n}! Got your application for {role}. The instructor team gets sorted as the month closes — no message from us by then, take it the spots went to others this time. – {sig}, {co}",
   ("Porthlevan Surf School", "Bundoran Wave Academy"), ("porthlevansurf.example", "bundoranwave.example"), role=("Surf Instructor", "Water Safety Assistant"))
mo("application_received", "c-in-pharma", "Acknowledgement – {role}",
   "Dear {full},\n\nGreetings from {co}. Your application for {role} is received at our end. Interview calls go to shortlisted profiles only; candidates not contacted within 15 days may take it that this opening is not moving ahead for them.\n\nHR Department, {co}",
   ("Sahyadri Pharma Distributors Pvt Ltd", "Kaveri Lifecare Logistics Ltd"), ("sahyadripharma.example", "kaverilifecare.example"), role=("Area Sales Manager", "Inventory Controller"), tz="in")
mo("application_received", "c-ng", "Application Received: {role}",
   "Dear {full},\n\nReceipt of your {role} application is hereby confirmed. Kindly note that only candidates who meet the requirements get an assessment invite. No word from us in 21 days means your application did not go through.\n\nHuman Capital Management, {co}",
   ("Zenithbridge Pensions Ltd", "Oakwater Microcredit Bank"), ("zenithbridgepfa.example", "oakwatermfb.example"), role=("Customer Experience Officer", "Loan Officer"), tz="ng")
mo("application_received", "c-sg", "{co} – Application Received",
   "Dear {n},\n\nYour resume for {role} is with our team for review in the coming weeks. Shortlisted candidates get a call; please bear with us that the rest receive no individual reply.\n\nPeople & Culture, {co}",
   ("Raffleston Property Services Pte Ltd", "Kallang Facilities Pte Ltd"), ("raffleston.example", "kallangfm.example"), role=("Leasing Executive", "Building Technician"), tz="sg")
mo("application_received", "c-foot-retail", "We've got your application",
   "{n},\n\nNice one — {role} application logged. Store managers review applications inside 10 days. Picked for an interview or not, expect an email.\n\n— — —\nWhy work at {co}? Colleague discount from day one · Paid volunteering day\nSet up job alerts for your nearest store.\nThis mailbox is unattended.",
   ("Larkfield Home & Garden", "Heronsgate Outdoor"), ("larkfieldhome.example", "heronsgateoutdoor.example"), frm="{co} Careers <jobs@{dom}>", role=("Customer Service Assistant", "Stockroom Colleague"))
mo("application_received", "c-foot-us", "{co} | We received your application",
   "{n},\n\nThanks for applying for {role}. Should your experience match, a recruiter phones. If we pass, an email arrives once the posting shuts.\n\nFraud warning: {co} will never ask a candidate for money.\nE-Verify employer.",
   ("Prairieline Freight Systems", "Ozark Rail Services"), ("prairieline.example", "ozarkrail.example"), frm="Careers <donotreply@{dom}>", role=("Yard Jockey", "Track Laborer"), tz="usc")
mo("application_received", "c-pub-uk", "Application received: {role}",
   "Dear {n},\n\nRe {role} (job reference {ref}): the panel shortlists after the advert closes. No message within 21 days of closing? Then your application did not reach interview this time round.\n\nRecruitment Team, {co}",
   ("North Fenland Community Health Trust", "Wyre Valley Mental Health Trust"), ("nfenlandhealth.example", "wyrevalleymh.example"), frm="Recruitment <recruitment.noreply@{dom}>", role=("Phlebotomist", "Ward Housekeeper"))
mo("application_received", "c-pub-us", "Application Received – Announcement {ref}",
   "Dear {full},\n\nYour application for {role} (announcement {ref}) is on file. When the announcement closes, HR checks qualifications, and you get a notice either way: referred to the selecting official, or not referred.\n\nHuman Resources Office, {co}",
   ("U.S. Bureau of Fisheries Management", "Federal Aviation Services Agency"), ("fisheriesmgmt.example", "avservices-agency.example"), frm="HR Notices <no-reply@{dom}>", role=("Hatchery Biotech (Fish)", "Airspace Program Clerk"), tz="usm")
mo("application_received", "c-intern", "{co} Internship Program – application received",
   "Dear {n},\n\nYour {role} internship application arrived safely. Decisions go out by March 15 to all applicants — a yes, a no, or a waitlist place.\n\nUniversity Programs Team",
   ("Bellwether Aerospace", "Granite Peak Energy"), ("bellwetheraero.example", "granitepeakenergy.example"), frm="University Programs <campus@{dom}>", role=("Manufacturing Intern", "Data Science Intern"), tz="usc")
mo("application_received", "c-recruiter", "Your CV – {role}",
   "Hi {n},\n\nGot your CV for {role}; it goes to the client this week. If they pass on it, I still ring you and we hunt for something else together.\n\n{sig}\n{co}",
   ("Kestrel Technical Recruitment", "Anvilway Engineering Talent"), ("kestreltech.example", "anvilway.example"), role=("Controls Engineer", "Maintenance Fitter"))
mo("application_received", "c-oneline", "Application – {role}", "Got it, {n}. Should we pass, it'll be a one-line note from me. {sig}, {co}", "Fernwatt", "fernwatt.example", role="Solutions Engineer", tz="use")
mo("application_received", "c-za", "Application received", "Dear {n}\n\nYour CV for {role} came through. No contact from us in 30 days means it didn't work out this time. We hold your details for three months.\n\nHR, {co}", "Sundays River Citrus Packers", "sundayscitrus.example", role="Forklift Driver", tz="za")
mo("application_received", "c-au-shire", "Application acknowledgement – {role}", "Dear {n},\n\nYour application for {role} has been received. Once the panel has sat, each applicant gets a letter saying if they made the interview list or missed it.\n\nPeople and Culture, {co}", "Shire of Moorabool Bay", "moorabool-bay.example", role="Outdoor Works Labourer", tz="aus")
mo("application_received", "c-ie", "Application – {role}", "Dear {n},\n\nYour {role} form arrived safely. Shortlisted or not, all applicants get written to once the shortlisting meeting is over, later this month.\n\n{sig}, HR Manager, {co}", "Slaney Valley Credit Union", "slaneyvalleycu.example", role="Loans Officer", tz="ie")
mo("application_received", "c-us-long", "Application received – {role}", "Dear {full},\n\nOn behalf of {co}, thanks for applying for {role}. Our team compares each application with the position requirements. A strong match hears from us to book a conversation. Otherwise, a note comes by email when the seat is taken.\n\nHuman Resources", "Pinecrest Discovery Science Center", "pinecrestdiscovery.example", role="Planetarium Presenter", tz="usm")
mo("application_received", "c-de-eng", "Confirmation of receipt", "Dear {full},\n\nwe confirm the entrance of your application documents for {role}. In case our decision should be negative, you receive a message from us and we erase your file half a year later.\n\nWith friendly greetings\n{sig}, {co}", "Hallertauer Präzisionsteile GmbH", "hallertauer-pt.example", role="CNC Programmer", tz="eu")
mo("application_received", "c-nz", "{role}", "Kia ora {n}, got your application for {role}, cheers. We'll be in touch good news or not once we've picked the crew. {sig}", "Te Puke Orchard Services", "tepukeorchards.example", role="Orchard Hand", tz="nz")
mo("application_received", "c-talentpool", "Welcome to the {co} talent pool", "Hi {n},\n\nYou're now in the {co} talent pool. Mail from us comes only when an opening fits your profile — so quiet doesn't mean a no, just that nothing suitable has opened yet.\n\nTalent Team", "Brackwater Group", "brackwatergroup.example", frm="{co} Talent <talent@{dom}>")
mo("application_received", "c-in-start", "Application received – {role}", "Hi {n}, thanks for applying to {co} for {role}. We reply to everyone, even when the answer is no, usually within a week. – Talent team", "Padhai Labs", "padhailabs.example", role="Backend Intern", tz="in")
mo("application_received", "c-sg-intern", "Internship application received", "Dear {n},\n\nYour {role} internship form is with us. Students not picked for interview get no further email; thanks for bearing with this.\n\nHR, {co}", "Marina Biotech Pte Ltd", "marinabiotech.example", role="Bioinformatics Intern", tz="sg")
mo("application_received", "c-ca-screen", "Competition {ref} – application received", "Hello {n},\n\nWe have your application for competition {ref}. Screening is done against the mandatory certificates. Applicants screened out get an email; anyone screened in sits a written test.\n\nRecruitment Services, {co}", "Coastline Ferries Corporation", "coastlineferries.example", role="Engine Room Assistant", tz="cap")
mo("application_received", "c-ng-agro", "Application acknowledged", "Dear {n},\n\nWe got your {role} application. With so many CVs coming in, we are reaching out to shortlisted people alone.\n\nRegards,\n{sig}", "Greenleaf Agro Processing Ltd", "greenleafagro.example", role="Production Supervisor", tz="ng")
mo("application_received", "c-housing", "Application received – {role}", "Dear {n},\n\nThanks for applying for {role}. Two officers will score your application. Should your score sit below the interview threshold, you're told by email; marks available on request.\n\nResourcing Team, {co}", "Brookmere Housing Association", "brookmerehousing.example", role="Income Officer")
mo("application_received", "c-pt-eng", "Candidature received", "Dear {n},\n\nWe received your candidature for {role}. Independently of the result, we will give you an answer before the month finishes.\n\nCordially,\n{sig}, {co}", "Ribeira Azulejos Lda", "ribeira-azulejos.example", role="Warehouse Operator", tz="pt")
mo("application_received", "c-optom", "Thank you – {role}", "Dear {n},\n\nCheers for leaving your CV for {role}. Our practice manager is back on the 14th; then she rings round everyone, interview or thanks-but-no.\n\n{sig}, {co}", "Fairmile Eyecare", "fairmileeyecare.example", role="Dispensing Assistant")
mo("application_received", "c-bike", "We received your application", "Dear {n},\n\nThanks for your application for {role}. The workshop team reads all applications together on Fridays. You will get a yes or no from us within three weeks.\n\nGreetings from Ghent,\n{sig}, {co}", "Velotrouw", "velotrouw.example", role="Wheel Builder", tz="eu")
mo("application_received", "c-grad", "{co} Graduate Programme – application received", "Dear {n},\n\nYour {role} scheme application is in. Up next: an online test. Miss the benchmark and you're told by email; clear it and an assessment-centre invite follows.\n\nEarly Careers Team", "Marlowe Brooks Consulting", "marlowebrooks.example", frm="Early Careers <earlycareers@{dom}>", role="Graduate Analyst")
mo("application_received", "c-au-mine", "Resume received", "Hi {n}, thanks for sending your resume through for {role}. If the site passes, I'll ring, and I'll keep hunting other FIFO rosters for you. {sig}, {co}", "Ironbark Resources Recruitment", "ironbarkrec.example", role="Shutdown Fitter", tz="auw")
# interviews
mo("interview", "i-thr", "RE: [EXT] Re: {role} – next round",
   "Hi {n},\n\nThanks for your patience. We're down to two people for {role} and the owners want one last chat with you on {dl} at 3pm. Unfortunately the lift is out of service, so it's the stairs to the second floor.\n\n{sig}\n\nFrom: {full}\nSent: {q}\nSubject: Re: {role}\n\nThank you for today.",
   ("Cellar Nine Dining", "Hallcross Ames LLP"), ("cellarnine.example", "hallcrossames.example"), role=("Restaurant Manager", "Tax Senior"))
mo("interview", "i-ng", "Invitation to Interview: {role}", "Dear {n},\n\nYou have been shortlisted for an interview for {role} on {dl} at 10:00am at our Ikoja office. Bring your original certificates along. Candidates arriving after 10:15am will not be attended to.\n\nRegards,\n{sig}",
   ("Crestfield Savings & Loans", "Lekki Logistics Hub"), ("crestfieldsl.example", "lekkihub.example"), role=("Teller", "Dispatch Officer"), tz="ng")
mo("interview", "i-resched", "Change of interview time – {role}", "Hi {n},\n\nUnfortunately our panel chair has a clash, so your {role} interview moves to {dl}, 11:30. Does that still work? Reply and I'll send the new invite.\n\n{sig}, {co}",
   ("Wensum Fens Trust", "Brookmere Housing Association"), ("wensumfens.example", "brookmerehousing.example"), role=("Assistant Reserve Warden", "Tenancy Officer"))
mo("interview", "i-in-teams", "Interview scheduled – {role}", "Dear {n},\n\nYour technical interview for {role} is scheduled on {dl}, 2:30 PM IST on Teams. Please join 10 minutes early; if you don't join within 15 minutes, the slot is released to another candidate.\n\nRegards,\n{sig}, {co}",
   ("Kolam Design Studio", "Talentbridge Search Pvt Ltd"), ("kolamdesign.example", "talentbridge-in.example"), role=("UI Designer", "DevOps Engineer"), tz="in")
mo("interview", "i-vet", "Working interview", "Hi {n}, come do a working interview for {role} on {dl}, 8am to 1pm. Unfortunately the half day is unpaid, but lunch is on us. Bring scrubs. {sig}",
   ("Gully Creek Vet Hospital", "Riverbank Physio & Rehab"), ("gullycreekvet.example", "riverbankphysio.example"), role=("Veterinary Nurse", "Physio Assistant"), tz="au")
mo("interview", "i-sg", "Interview – {role}", "Hi {n}, thank you for applying. Come for a trial shift for {role} on {dl}, 9am at our Tanjong Pagar outlet. Please confirm by reply. {sig}", "Makan Lane Kitchens", "makanlane.example", role="Line Cook", tz="sg")
mo("interview", "i-ca", "Interview invitation – {role}", "Hello {n},\n\nThe committee has you on its interview list for {role}: {dl}, by video. The interview is 45 minutes with three panel members. Not everyone who applied is being interviewed — well done.\n\n{sig}", "Thunder Bay Regional Library", "tbregionallib.example", role="Library Technician", tz="cae")
mo("interview", "i-za", "Interview", "Hi {n}\n\nPop in for a {role} interview at the farm on {dl} at 10:00. Other candidates are also being seen that day.\n\n{sig}", "Klipdrift Estate Wines", "klipdriftwines.example", role="Cellar Hand", tz="za")
mo("interview", "i-council", "{role} – interview invitation", "Dear {n},\n\nYou have been shortlisted for {role}. Your interview is on {dl} at 14:00. If you can't attend, tell us by noon the day before, as we may give the slot to a reserve candidate.\n\nPeople and Culture, {co}", "Shire of Moorabool Bay", "moorabool-bay.example", role="Customer Service Officer", tz="aus")
mo("interview", "i-grad", "Assessment centre invitation", "Dear {n},\n\nGreat result in the {role} online tests. Next comes our assessment centre, on {dl}; please book a place. Around one in three attendees receives an offer.\n\nEarly Careers Team", "Marlowe Brooks Consulting", "marlowebrooks.example", frm="Early Careers <earlycareers@{dom}>", role="Graduate Consultant")
# next steps
mo("next_steps", "n-online", "Next step: online assessment for {role}", "Hi {n},\n\nThe online assessment for {role} must be done by {dl}, 23:59. Assessments not started by then are closed automatically and the application lapses.\n\nTalent Acquisition, {co}",
   ("Tarnbrook Cement plc", "Stonebay Insurance Group"), ("tarnbrookcement.example", "stonebayins.example"), frm="{co} Talent <wd-notify@{dom}>", role=("Process Technician", "Claims Handler"))
mo("next_steps", "n-takehome", "Take-home exercise – {role}", "Hi {n},\n\nAttached: the {role} take-home. It's due {dl}. Anything arriving later can't be looked at, so shout if the date doesn't work.\n\n{sig}, {co}",
   ("Contourline Analytics", "Hollow Oak Games"), ("contourline.example", "hollowoak.example"), role=("Geospatial Engineer", "Technical Artist"), tz="usp")
mo("next_steps", "n-docs-ng", "Documentation: {role}", "Dear {n},\n\nFollowing your interview, please submit your guarantor forms and NYSC certificate by {dl}. Applications without complete documents by that date will be set aside.\n\nRegards,\n{sig}",
   ("Unity Harvest Bank", "Zenithbridge Pensions Ltd"), ("unityharvest.example", "zenithbridgepfa.example"), role=("Relationship Officer", "Benefits Officer"), tz="ng")
mo("next_steps", "n-fed", "Action required: USA-style availability form", "Dear {full},\n\nYou have been referred for {role}. Please confirm your availability and preferred duty station by {dl}. If we do not hear from you, your referral will become inactive.\n\nHR Office, {co}",
   ("U.S. Bureau of Fisheries Management", "Federal Aviation Services Agency"), ("fisheriesmgmt.example", "avservices-agency.example"), frm="HR Notices <no-reply@{dom}>", role=("Fishery Biologist", "Program Analyst"), tz="usm")
mo("next_steps", "n-in-bgv", "Document verification – {role}", "Dear {n},\n\nBy {dl}, please upload your PAN, Aadhaar, relieving letters and your three latest salary slips to the portal for background verification. The process cannot move forward without them.\n\nHR, {co}", "Deccan Cold Chain Ltd", "deccancold.example", role="Warehouse Supervisor", tz="in")
mo("next_steps", "n-video", "Recorded video interview – {role}", "Hi {n},\n\nNext for {role}: record answers to four questions on video (about ten minutes). The link stays open until {dl}.\n\nEarly Careers Team, {co}", "Bellwether Aerospace", "bellwetheraero.example", role="Systems Engineering Intern", tz="usc")
mo("next_steps", "n-refs", "References – {role}", "Dear {n},\n\nTwo references are next for {role}. Please send the referees' names and emails by {dl}.\n\n{sig}, {co}", "Slaney Valley Credit Union", "slaneyvalleycu.example", role="Member Services Officer", tz="ie")
mo("next_steps", "n-wwcc", "Before your start – {role}", "Hi {n},\n\nBefore we can confirm {role} we need your WWCC number and your first aid certificate copy by {dl}.\n\n{sig}, {co}", "Porthlevan Surf School", "porthlevansurf.example", role="Kids Surf Coach", tz="au")
# offers
mo("offer", "o-vet", "Offer – {role}", "Hi {n},\n\nGreat news — {role} at {co} is yours, starting early next month. Contract attached; please sign by {dl}.\n\n{sig}",
   ("Gully Creek Vet Hospital", "Southgate Sports Clinic"), ("gullycreekvet.example", "southgatesports.example"), role=("Veterinary Nurse", "Sports Rehabilitator"), tz="au")
mo("offer", "o-in", "Offer Letter – {role}", "Dear {full},\n\nCongratulations on being selected for {role}; the annual CTC is INR 9.4 lakh. Please revert with acceptance by {dl}.\n\nHR, {co}",
   ("Padhai Labs", "Neelam UX Works"), ("padhailabs.example", "neelamux.example"), role=("Mobile Developer", "Interaction Designer"), tz="in")
mo("offer", "o-text", "{role}", "hi {n} its {sig} from {co}. job's yours if keen, start monday 7am. text me back yes or no", "Redgum Turf & Garden", "redgumturf.example", role="Turf Layer", tz="auq")
mo("offer", "o-sg", "Letter of Offer – {role}", "Dear {n},\n\nYou have been selected as {role}. The letter of offer is attached. Please return the signed copy by {dl}.\n\nPeople & Culture, {co}", "Kallang Facilities Pte Ltd", "kallangfm.example", role="Facilities Coordinator", tz="sg")
mo("offer", "o-za", "Contract offer", "Dear {n}\n\nYou're offered a fixed contract of six months as {role}. Please accept by {dl}.\n\n{sig}, {co}", "Karoo Solar Works", "karoosolar.example", role="Site Assistant", tz="za")
mo("offer", "o-us-intern", "You're in! {co} Summer Internship", "Dear {n},\n\nCongratulations — you've got a place in the {co} Summer Internship Program ({role} track)! Accept in the portal by {dl}.\n\nUniversity Programs Team", "Granite Peak Energy", "granitepeakenergy.example", frm="University Programs <campus@{dom}>", role="Grid Analytics", tz="usc")
# other
mo("other_job", "x-review", "Application status: In review", "Hi {n},\nYour application for {role} at {co} now shows: In review.\nAny change triggers a fresh email.",
   ("Harwich Ridge Utilities", "Coral Coast Health Service"), ("harwichridge.example", "coralcoasths.example"), frm="{co} <no-reply@{dom}>", role=("Meter Reader", "Ward Clerk"), tz="use")
mo("other_job", "x-withdraw", "Withdrawal confirmed – {role}", "Hi {n},\n\nDone: your {role} application is withdrawn, as requested. Other {co} roles remain open to you.\n\n{co} Careers",
   ("Tallowmere Hotels", "Bluewake Cruises"), ("tallowmere.example", "bluewakecruises.example"), frm="{co} Jobs <jobs@{dom}>", role=("Night Auditor", "Cabin Steward"))
mo("other_job", "x-delay", "Update on timing – {role}", "Dear {n},\n\nA quick word on {role}: panel diaries mean shortlisting slips a fortnight. Nobody has been shortlisted or turned down yet.\n\n{sig}, {co}",
   ("Wyre Valley Mental Health Trust", "Kettle Valley Community College"), ("wyrevalleymh.example", "kettlevalley.example"), role=("Support Worker", "Instructor"))
mo("job_alert", "x-alert", "New jobs matching 'warehouse'", "Hi {n}, 6 new jobs match your search:\n• Picker Packer – {co}, 12 km\n• Reach Truck Driver – nights\n• Goods-In Clerk\nManage alerts on your dashboard.",
   ("Jobmarlin", "Hirequay"), ("jobmarlin.example", "hirequay.example"), frm="{co} Alerts <alerts@{dom}>", tz="za")
mo("recruiter_outreach", "x-pitch", "{role} opportunity", "Hi {n},\n\nI'm hiring a {role} for a client — hybrid, good package — and your profile fits. Fancy ten minutes on the phone?\n\n{sig}\n{co}",
   ("Chinook Finance Recruiters", "Protea Sales Search"), ("chinookfinance.example", "proteasales.example"), role=("Financial Analyst", "Territory Manager"), tz="cam")
mo("non_job_rejection_words", "x-flat", "Re: Flat at 14 Ashgrove Road", "Hi {n},\n\nCheers for the viewing. Between the two couples the landlord picked the pair able to move in sooner; the flat is let.\n\n{sig}\n{co}",
   ("Cotswold Lettings", "Harbourside Homes"), ("cotswoldlets.example", "harboursidehomes.example"))
mo("non_job_rejection_words", "x-grant", "Community arts fund – round 3", "Dear {n},\n\nThe panel met to consider round 3 bids. Your project, a mural trail, was not funded in round 3; 11 of 64 bids received money.\n\nGrants Officer, {co}", "Ashvale Community Foundation", "ashvalefoundation.example", frm="Grants <grants@{dom}>")
mo("non_job_rejection_words", "x-loan", "Your loan application", "Dear {n},\n\nYour £6,000 personal loan application was declined on the basis of your current credit file.\n\nLending Team, {co}", "Thornbury Building Society", "thornburybs.example", frm="Lending <lending@{dom}>")
mo("non_job_rejection_words", "x-club", "Masters rowing squad", "Hi {n}, nice rowing at the trial. The masters squad has no free seat this season; you're on the waiting list. {sig}, {co}", "Tamar Reach Rowing Club", "tamarreach.example")

# ---------------------------------------------------------------- wide: English rejections, new trades and channels
wr("boatbuild", "Apprentice place – {co}", "Hi {n},\n\nGood to get your letter and the dinghy restoration photos. The one apprentice berth this winter has gone to a lad who did the college's lofting course, so the yard is full this year.\n\nCome and see the yard at the spring launch.\n\n{sig}\nShipwright, {co}", "Tollesbury Creek Boatworks", "tollesburycreek.example", role="Apprentice Shipwright")
wr("sheepdog", "Fwd: text from {sig}", "Forwarded text message:\n\n\"Hi {n} its {sig} at the kennels. Thanks for coming up Sunday. Ive given the kennel job to my neighbours girl, she's handled the young dogs before. Sorry about that. All the best\"", "Fellside Working Dogs", "fellsidedogs.example")
wr("modelrail", "Comment on card: {role} applicants", "{sig} commented on the card \"Saturday assistant — applicants\":\n\n@{n} thanks for applying! We've moved the other applicant to Hired, so this card is closing. Pop in for the open day any time.", "Branchline Models", "branchlinemodels.example", frm="Boardly <notifications@boardly.example>", role="Saturday Shop Assistant")
wr("ferris", "Shift app: message from {co}", "{co} posted to your application:\n\nWheel Operator (Summer) — Position filled. We've completed our summer team. Thanks for applying, {n}.\n\nOpen the app to see other shifts.", "Southpier Attractions", "southpier.example", frm="Shiftly <push@shiftly.example>", role="Wheel Operator")
wr("yurt", "Direct message from @{sl}", "@{sl} sent you a direct message:\n\nhey {n}! thanks for asking about the workshop spot. we've taken on someone who can already steam-bend ash, so the assistant role's gone for this year. hope you find a good bench!", "Roundhouse Yurts", "roundhouseyurts.example", frm="Fediverse Notifications <notify@toot.example>")
wr("bowrehair", "{role}", "Dear {n},\n\nYour letter about the bench in my workshop reached me. After some weeks of thought I have asked a former student of the Newark school to join me, as the work is mostly cello and bass bows and she has done many. I regret I have nothing better to tell you.\n\nWith good wishes,\n{sig}", "Harrowgate Bows", "harrowgatebows.example", role="Bow Rehair Assistant")
wr("surfboard", "re: shaping bay", "yo {n}, stoked you reached out. we filled the sanding bay gig with a guy who's glassed boards for years so we're good for now. keep shredding. – {sig}", "Salt Fin Shapes", "saltfinshapes.example", role="Sander / Glasser", tz="usp")
wr("aviary", "Volunteer-to-staff application: {role}", "Automated message from {co} HR base\n\nApplicant: {full}\nRole: {role}\nStage: Closed – appointed elsewhere\nNote from keeper team: the post went to one of our current volunteers with parrot-handling hours.\n\nThis message was sent automatically.", "Kestrel Hill Bird Park", "kestrelhillbirds.example", frm="{co} Automations <auto@{dom}>", role="Assistant Bird Keeper")
wr("cranberry", "Harvest crew", "{co}: Hi {n}, our wet-harvest crew is full for this fall. You are not on this year's list. Reply STOP to opt out.", "Cape Bogside Growers", "capebogside.example", frm="{co} <sms-relay@{dom}>", tz="use")
wr("dimsum", "Kitchen job", "Hi {n}, this is {sig} from {co}. Thank you for your trial in the dumpling section. Chef has chosen another cook who can fold har gow faster, so we cannot offer you the job. Take care.", "Jade Steamer", "jadesteamer.example", tz="cap")
wr("tuktuk", "Re: your ad reply – tour driver", "Hi {n}, thanks for answering the ad. We've found our driver for the season (someone with a passenger licence already), so I'll take the ad down. Cheers, {sig}", "Tuk About Tours", "tukabout.example", frm="{sig} via Swapboard <relay@swapboard.example>")
wr("courier", "Dispatch: application update", "Rider onboarding — {co}\n\nHi {n}, your onboarding has been stopped: your bike check video didn't show working front and rear lights, which riders need to pass. You can't continue this application, but you may apply again in 30 days.", "Spokeline Couriers", "spokeline.example", frm="{co} Rider Ops <ops@{dom}>")
wr("perry", "Picking job", "Hi {n},\n\nYou answered the listing about pear picking — cheers. Every picking place is now taken for this season, so the crew is complete.\n\n{sig}\n{co}", "Three Counties Perry Orchards", "threecountiesperry.example")
wr("nails", "Booking note from {co}", "Note added to your consultation booking:\n\nHi {n} — thanks for the trial set. The chair has gone to a tech with more gel-extension experience, sorry. — {sig}", "Polished Salon", "polishedsalon.example", frm="{co} via Bookwell <noreply@bookwell.example>")
wr("routesetter", "Route setter role", "Hey {n},\n\nThanks for coming in to set a test problem. We've gone with another setter who already holds the level 1 setting cert, so the role's taken.\n\nSee you on the wall,\n{sig}\nHead Setter, {co}", "Crimp Street Bouldering", "crimpstreet.example")
wr("sandsculpt", "Festival crew application", "Hello {n},\n\nThe sand festival crew list is final. Your name is not on this year's crew list. Thank you for your interest.\n\nVolunteer portal, {co}", "Weymouth Sand Festival", "weymouthsandfest.example", frm="{co} Volunteers <crew@{dom}>")
wr("seasalt", "The salt pans job", "Dear {n},\n\nThank you for writing about the summer raking job on the salt pans. We have taken on two local students and don't need anyone else this year.\n\nKind regards,\n{sig}", "Maldon Flats Sea Salt", "maldonflats.example")
wr("caviar", "{role}", "Dear {n},\n\nThanks for your application. The hatchery role has been offered to someone with sturgeon husbandry experience from Poland, who has accepted.\n\nBest,\n{sig}, {co}", "Northsea Sturgeon Farm", "northseasturgeon.example", role="Hatchery Technician")
wr("cork", "Cork harvest crew 2026", "Dear {n},\n\nThank you for asking to join the cork harvest this summer. Stripping is done by teams who have worked the estate for years and we have no place for a newcomer this season.\n\n{sig}, estate manager", "Herdade do Sobral Cork Estate", "sobralcork.example", tz="pt")
wr("pyro", "Crew application – show season", "Hi {n},\n\nThanks for applying to crew with {co}. We can only take crew who hold a current shot-firer's card, and your application shows you don't have one yet, so it stops here.\n\n{sig}", "Skyburst Displays", "skyburst.example")
wr("pearl", "Seeding technician", "G'day {n},\n\nTa for writing to the pearl farm. We've gone with a technician who's seeded oysters in Indonesia before. Wish the news were better.\n\n{sig}, {co}", "Roebuck Bay Pearling", "roebuckbay.example", tz="auw")
wr("windmill", "Miller's assistant", "Dear {n},\n\nAbout the miller's assistant post: The trustees have appointed one of our long-standing volunteer millers to the post.\n\nWith thanks,\n{sig}\nVolunteer Coordinator, {co}", "Saxtead Mill Trust", "saxteadmill.example")
wr("cake", "Reply to your message", "Hi {n} — {sig} from {co} here, replying to your page message. Thank you for the photos of your sugar flowers! We filled the decorator job last week, sorry x", "Sugarloaf Cakes", "sugarloafcakes.example", frm="{co} via Pagechat <no-reply@pagechat.example>")
wr("reindeer", "Herder post", "Dear {n},\n\nMany thanks for your herder application. The field was strong, and the job went to a person who knows the herd from past winters.\n\nBest wishes,\n{sig}, {co}", "Cairngorm Reindeer Herd", "cairngormherd.example")
wr("kombucha", "Declined: Trial shift – {co}", "{sig} has declined this invitation.\n\nMessage: Hi {n}, cancelling the trial — we ended up hiring internally for the cellar role, so there's no job to trial for. Sorry for the short notice!", "Fizzwell Kombucha", "fizzwell.example", frm="{sig} <{sl}@{dom}>")

# ---------------------------------------------------------------- wide: other-language rejections (widely spoken)
wr("de-rej", "Ihre Bewerbung als {role}", "Hallo {n},\n\nschön, dass Sie bei uns brauen wollten. Wir haben die Stelle als {role} inzwischen mit einem Bewerber aus der Region besetzt, der schon Erfahrung im Sudhaus mitbringt.\n\nProst und viel Glück!\n{sig}", "Brauhaus Lindenhof", "brauhaus-lindenhof.example", role="Brauer", tz="ch", lang="de")
wr("es-rej", "Tu postulación – {role}", "Hola {n}:\n\nGracias por postularte como {role}. El puesto ya es de otro muchacho, uno que vive a dos cuadras de la taquería y cubre turnos nocturnos.\n\nSaludos cordiales,\n{sig}", "Taquería El Mezquite", "elmezquite.example", role="ayudante de cocina", tz="mx", lang="es")
wr("fr-rej", "Candidature – {role}", "Bonjour {n},\n\nPour le poste de {role}, nous prenons une personne déjà formée à la conduite d'engins de damage ; votre candidature n'est donc pas retenue pour cet hiver.\n\nBien à vous,\n{sig}", "Domaine skiable des Aiguilles", "aiguilles-ski.example", role="conducteur de dameuse", tz="eu", lang="fr")
wr("pt-rej", "Processo seletivo – {role}", "Olá, {n}!\n\nObrigada por participar do processo para {role}. Decidimos seguir com outro candidato, que já tem experiência com atendimento em farmácia de manipulação.\n\nAbraços,\n{sig}", "Farmácia Flor do Cerrado", "flordocerrado.example", role="atendente", tz="br", lang="pt")
wr("it-rej", "La sua candidatura", "Gentile {n},\n\ngrazie per aver pensato al nostro frantoio. Per il ruolo di {role} abbiamo scelto un'altra persona, già pratica della molitura a freddo.\n\nCordiali saluti,\n{sig}", "Frantoio Colle Argento", "collearento.example", role="addetto al frantoio", tz="eu", lang="it")
wr("nl-rej", "Jouw sollicitatie", "Hoi {n},\n\nDank je voor je sollicitatie als {role}. De keuze viel op een kandidaat die al met pramen vaart, dus jij gaat helaas niet door naar het volgende gesprek.\n\nGroet,\n{sig}", "Grachtenvaart Utrecht", "grachtenvaart.example", role="schipper", tz="eu", lang="nl")
wr("pl-rej", "Rekrutacja – {role}", "Dzień dobry,\n\ndziękujemy za przesłanie zgłoszenia na stanowisko {role}. Po rozmowach zdecydowaliśmy się zatrudnić inną osobę z doświadczeniem w stolarni.\n\nPozdrawiamy,\n{sig}", "Stolarnia Dębowy Kąt", "debowykat.example", role="pomocnik stolarza", tz="eu", lang="pl")
wr("tr-rej", "Başvurunuz hakkında", "Merhaba {n},\n\n{role} pozisyonu için yaptığınız başvuruya teşekkür ederiz. Bu görev için tercihimiz başka bir aday oldu.\n\nSaygılarımızla,\n{sig}", "Ege Zeytin Kooperatifi", "egezeytin.example", role="depo sorumlusu", tz="tr", lang="tr")
wr("vi-rej", "Kết quả ứng tuyển", "Chào {n},\n\nQuán cảm ơn bạn đã gửi hồ sơ {role}. Tụi mình đã nhận một bạn rành pha cà phê muối hơn, nên lần này chưa thể nhận bạn.\n\nThân mến,\n{sig}", "Cà Phê Phố Cổ", "caphephoco.example", role="nhân viên pha chế", tz="vn", lang="vi")
wr("id-rej", "Lamaran {role}", "Halo {n},\n\nMakasih atas lamaranmu untuk posisi {role}. Setelah wawancara, kami memutuskan menerima kandidat lain yang sudah punya sertifikat selam.\n\nSalam,\n{sig}", "Bunaken Dive Lodge", "bunakendive.example", role="asisten instruktur selam", tz="my", lang="id")
wr("sw-rej", "Maombi yako ya kazi", "Habari {n},\n\nTumepokea ombi lako la {role}, asante. Tumemchagua mtu mwingine mwenye uzoefu zaidi wa kuendesha magari ya safari.\n\nKila la heri,\n{sig}", "Serengeti Trails Safaris", "serengetitrails.example", role="dereva wa safari", tz="ke", lang="sw")
wr("ru-rej", "Ваш отклик на вакансию", "Здравствуйте, {n}!\n\nСпасибо за интерес к вакансии «{role}». На эту должность взяли другого человека: он давно работает с печами и тестомесами.\n\nС уважением,\n{sig}", "Пекарня «Колосок»", "koloskobakery.example", role="пекарь", tz="ru", lang="ru")
wr("ko-rej", "지원 결과 안내", "{n}님, 안녕하세요.\n\n{role} 채용에 지원해 주셔서 감사합니다. 검토 결과 다른 지원자와 함께하기로 결정했습니다.\n\n감사합니다.\n{sig}", "한솔 도예공방", "hansolceramics.example", role="공방 보조", tz="kr", lang="ko")
wr("ja-rej", "選考結果のご連絡", "{n}様\n\nこの度は{role}の求人にご応募いただき、ありがとうございました。慎重に検討しました結果、今回は別の方を採用することとなりました。\n\n{sig}", "山の湯旅館", "yamanoyu.example", role="仲居", tz="jp", lang="ja")
wr("zh-rej", "面试结果通知", "{n}，您好：\n\n感谢您应聘{role}一职。经过综合评估，我们已选择另一位候选人。\n\n祝好！\n{sig}", "青竹茶业有限公司", "qingzhutea.example", role="茶艺师", tz="cn", lang="zh")
# ---------------------------------------------------------------- wide: rejections in languages new to the slices
wr("tok-rej", "pali lon tomo moku", "jan {n} o, pona!\n\nsina wile pali lon tomo moku mi. mi lukin e lipu sina. taso mi kama jo e jan ante tawa pali ni. tenpo ni la sina ken ala pali lon ni.\n\npona tawa sina!\n{sig}", "tomo moku Telo Suli", "telosuli.example", tz="eu", lang="tok")
wr("bzj-rej", "Di {role} jab", "Gud maanin {n},\n\nTanks fi aplai fi di {role} jab. Wi don pik wahn neda persn weh noa di reef gud, soh wi kyaahn gi yu di wok dis taim.\n\nGud lok,\n{sig}", "Caye Breeze Snorkel Tours", "cayebreeze.example", role="snorkel guide", tz="bz", lang="bzj")
wr("gyn-rej", "Bout de wuk", "Hi {n},\n\nTenks fuh apply fuh de {role} wuk. De boss done pick somebady else, so we cyaan tek yuh dis time. Walk good.\n\n{sig}", "Demerara Rice Mill", "demerararice.example", role="mill hand", tz="gy", lang="gyn")
wr("rop-rej", "Ranger wek", "{n},\n\nMela bin luk la yu pepa blanga {role} wek. Mela bin pikimbat nadawan men, im garra wek la dijan. Yu nomo garra wek la dis wan. Sori.\n\n{sig}", "Roper River Rangers", "roperrangers.example", role="ranger", tz="aun", lang="rop")
wr("pov-rej", "Bu kandidatura", "Bon dia {n},\n\nObrigadu pa bu kandidatura pa {role}. No skodji ja utru algin pa e tarbadju, purtantu no ka na pudi toma bu kandidatura gosi.\n\nSaudason,\n{sig}", "Kaju di Bissau Lda", "kajubissau.example", role="armazenista", tz="gw", lang="pov")
wr("mcm-rej", "Aplikasang", "Bong dia {n},\n\nMerseh pa bos aplikasang pa {role}. Nus ja eskoyeh otru genti. Nus nadi podeh toma bos isti bes.\n\n{sig}", "Restoran Kristang Praia", "kristangpraia.example", role="kozinyeru", tz="my", lang="mcm")
wr("aae-rej", "Kërkesa juaj", "I dashur {n},\n\nju falemindèrt për kërkesën për {role}. Zgjodhëm një njeri tjetër, e nëng mund t'ju marrëm këtë herë.\n\nMe të mirë,\n{sig}", "Kantina Hora e Arbëreshëvet", "kantinahora.example", role="punëtor kantine", tz="eu", lang="aae")
wr("gcr-rej", "To kandidati", "Bonjou {n},\n\nMèsi pou to kandidati pou {role}. Nou chwazi roun lòt moun, a pa ké to nou ké pran fwa-a.\n\nBon chans,\n{sig}", "Kanot Maroni", "kanotmaroni.example", role="kondiktè piròg", tz="gf", lang="gcr")
wr("pih-rej", "Dar job", "Wataweih {n},\n\nThaenks fo yu letta bout dar {role} job. We se giw ar job tu wan nada person, so yu nor gwen gat et dieh taim.\n\n{sig}", "Norfuk Pine Nursery", "norfukpine.example", role="nursery hand", tz="nf", lang="pih")
wr("tcs-rej", "Wok po {role}", "{n},\n\nEsso po yu pepa po da {role} wok. Mipla bin pikim narapla man po da wok. Yu no kam wok dis taim.\n\n{sig}", "Waiben Fish Co-op", "waibenfish.example", role="fish packer", tz="auq", lang="tcs")

# ---------------------------------------------------------------- wide: others (twins of the wide refusals' senders and shapes)
wo("application_received", "w-c-ferris", "Shift app: application received", "{co} received your application:\n\nWheel Operator (Summer) — Applied. If the team fills up before we get to you, the card flips to 'Position filled'; otherwise we'll message you a trial slot.\n\nOpen the app to track it.",
   ("Southpier Attractions", "Clacton Pier Rides"), ("southpier.example", "clactonpier.example"), frm="Shiftly <push@shiftly.example>", role=("Wheel Operator", "Ride Attendant"))
wo("application_received", "w-c-courier", "Dispatch: application received", "Rider onboarding — {co}\n\nHi {n}, we've got your details. Next, upload a short bike check video. Riders whose video doesn't show working lights and brakes can't continue, so check them first!",
   ("Spokeline Couriers", "Pedalpost Leeds"), ("spokeline.example", "pedalpost.example"), frm="{co} Rider Ops <ops@{dom}>")
wo("interview", "w-i-aviary", "Interview: {role}", "Automated message from {co} HR base\n\nApplicant: {full}\nRole: {role}\nStage: Interview booked – {dl}, 10:00, meet at the flamingo lake gate.\nNote from keeper team: wear boots. Unfortunately the visitors' parking area is closed for resurfacing works that day.",
   ("Kestrel Hill Bird Park", "Heronmere Wildfowl Gardens"), ("kestrelhillbirds.example", "heronmere.example"), frm="{co} Automations <auto@{dom}>", role=("Assistant Bird Keeper", "Wetland Keeper"))
wo("next_steps", "w-n-pyro", "Crew paperwork – due {dl}", "Hi {n},\n\nGood news, crew induction with {co} is next. Your shot-firer's card copy and next-of-kin form are due {dl}. Without them, no place on the show roster.\n\n{sig}",
   ("Skyburst Displays", "Starfall Fireworks"), ("skyburst.example", "starfallfireworks.example"))
wo("application_received", "w-c-modelrail", "Comment on card: {role} applicants", "{sig} commented on the card \"Saturday assistant — applicants\":\n\n@{n} got your application, thanks! One person moves to Hired before the month's out; everyone else's card gets closed with a note, so you'll know either way.", "Branchline Models", "branchlinemodels.example", frm="Boardly <notifications@boardly.example>", role="Saturday Shop Assistant")
wo("application_received", "w-c-yurt", "Direct message from @{sl}", "@{sl} sent you a direct message:\n\nthanks {n}! got your note about the workshop. we'll choose by the solstice. no or yes, i'll message ya.", "Roundhouse Yurts", "roundhouseyurts.example", frm="Fediverse Notifications <notify@toot.example>")
wo("application_received", "w-c-cranberry", "Harvest crew", "{co}: Hi {n}, we got your crew form. Not on the list by Sept 20 = crew full. Reply STOP to opt out.", "Cape Bogside Growers", "capebogside.example", frm="{co} <sms-relay@{dom}>", tz="use")
wo("application_received", "w-c-sandsculpt", "Festival crew application received", "Hello {n},\n\nWe have your crew application. Selection happens in May. Applicants who aren't picked get an email too, so watch your inbox.\n\nVolunteer portal, {co}", "Weymouth Sand Festival", "weymouthsandfest.example", frm="{co} Volunteers <crew@{dom}>")
wo("application_received", "w-c-nails", "Booking note from {co}", "Note added to your consultation booking:\n\nHi {n} — thanks for booking a trial set. After the trial we'll decide within the week, yes or no, and text you.", "Polished Salon", "polishedsalon.example", frm="{co} via Bookwell <noreply@bookwell.example>")
wo("application_received", "w-c-reindeer", "Herder application", "Dear {n},\n\nThanks for applying to herd with us this winter. We'll interview in October. If you aren't invited, a note from me says so.\n\n{sig}, {co}", "Cairngorm Reindeer Herd", "cairngormherd.example")
wo("application_received", "w-c-kombucha", "Accepted: Intro call – {co}", "{sig} has accepted this invitation.\n\nNote from {sig}: Hi {n}, see you for the intro call. Nothing's decided yet; if the cellar role goes internally, I'll message.", "Fizzwell Kombucha", "fizzwell.example")
wo("application_received", "w-c-cake", "Reply to your message", "Hi {n} — {sig} from {co}, replying to your page message. Got your photos! We're seeing a few people for the decorator job and I'll message everyone back when it's decided x", "Sugarloaf Cakes", "sugarloafcakes.example", frm="{co} via Pagechat <no-reply@pagechat.example>")
wo("application_received", "w-c-de", "Eingangsbestätigung", "Hallo {n},\n\nIhre Bewerbung als {role} liegt uns vor. Zusage oder Absage: in drei Wochen melden wir uns.\n\n{sig}", "Brauhaus am Tor", "brauhausamtor.example", role="Brauer", tz="ch", lang="de")
wo("application_received", "w-c-es", "Recibimos tu solicitud", "Hola {n}:\n\nRecibimos tu solicitud para {role}. Si no te llamamos en diez días, será que el puesto ya se cubrió. Gracias por escribirnos.\n\n{sig}", "Fonda La Ceiba", "fondalaceiba.example", role="mesero", tz="mx", lang="es")
wo("application_received", "w-c-fr", "Accusé de réception", "Bonjour {n},\n\nVotre dossier pour {role} est arrivé. Retenue ou non, vous aurez une réponse avant la fin du mois.\n\n{sig}", "Station des Écrins", "stationecrins.example", role="pisteur", tz="eu", lang="fr")
wo("application_received", "w-c-ja", "ご応募ありがとうございます", "{n}様\n\n{role}へのご応募を受け付けました。書類選考の結果は、合否にかかわらず一週間以内にご連絡いたします。\n\n{sig}", "湖畔の宿 みずなみ", "mizunami.example", role="調理補助", tz="jp", lang="ja")
wo("application_received", "w-c-ko", "지원서 접수 완료", "{n}님, {role} 지원서가 접수되었습니다. 서류 검토 후 합격 여부와 관계없이 모든 분께 문자로 알려 드립니다.\n\n{sig}", "바람 도자기", "baramceramics.example", role="공방 보조", tz="kr", lang="ko")
wo("application_received", "w-c-zh", "简历已收到", "{n}，您好：\n\n我们已收到您应聘{role}的简历。无论结果如何，两周内都会给您回复。\n\n{sig}", "云雾茶舍", "yunwutea.example", role="店员", tz="cn", lang="zh")
wo("application_received", "w-c-tok", "lipu sina", "jan {n} o,\n\nmi jo e lipu sina. tenpo suno luka la mi toki tawa sina: sina kama pali anu ala.\n\n{sig}", "tomo moku Kasi Laso", "kasilaso.example", tz="eu", lang="tok")
wo("application_received", "w-c-bzj", "Wi get yu aplikayshan", "Hi {n},\n\nWi get yu aplikayshan fi di {role} jab. If wi no kaal yu bai Fraidi, dat mean wi don fain sumbadi. Tanks!\n\n{sig}", "Hopkins Beach Kayaks", "hopkinskayaks.example", role="kayak guide", tz="bz", lang="bzj")
wo("application_received", "w-c-aae", "Kërkesa u mor", "I dashur {n},\n\nkërkesa juaj për {role} na erdhi. Do t'ju shkruajmë për çdo përgjigje, të mirë o jo, brënda dy javëve.\n\n{sig}", "Furra Sheshi i Horës", "furrahora.example", role="furtar", tz="eu", lang="aae")
wo("application_received", "w-c-pov", "Bu kandidatura ciga", "Bon dia {n},\n\nBu kandidatura pa {role} ciga. No na fala ku tudu algin, sin o nau, na fin di mis.\n\n{sig}", "Pesca Bijagós Lda", "pescabijagos.example", role="piskadur", tz="gw", lang="pov")
wo("interview", "w-i-surf", "re: shaping bay – come by?", "yo {n}, thanks for the message. come by the shop {dl} around 4 and glass a practice blank with us. bring old clothes. – {sig}", "Driftline Boards", "driftlineboards.example", tz="usp")
wo("interview", "w-i-windmill", "Miller's assistant – meeting", "Dear {n},\n\nThe trustees hope to meet you at the mill on {dl} at 11am, with a short turn on the stones if the wind allows.\n\n{sig}, Volunteer Coordinator, {co}", "Pakenham Windmill Trust", "pakenhammill.example")
wo("interview", "w-i-route", "Test set", "Hey {n},\n\nWant to come in on {dl} at 9am and set a test problem on the cave wall? Takes about two hours.\n\n{sig}, Head Setter, {co}", "Sloper Social Climbing", "slopersocial.example")
wo("interview", "w-i-it", "Colloquio", "Gentile {n},\n\nla aspettiamo per un colloquio ({role}) il {dl} alle 10:30 presso il frantoio.\n\nCordiali saluti,\n{sig}", "Frantoio Poggio Lungo", "poggiolungo.example", role="addetto alla molitura", tz="eu", lang="it")
wo("interview", "w-i-pt", "Entrevista – {role}", "Olá, {n}!\n\nGostaríamos de conversar com você sobre a vaga de {role} no dia {dl}, às 14h, na loja.\n\nAbraços,\n{sig}", "Drogaria Ipê Amarelo", "ipeamarelo.example", role="atendente", tz="br", lang="pt")
wo("interview", "w-i-gcr", "Antretyen", "Bonjou {n},\n\nNou lé wè to pou {role} {dl} a 9è, kot dégra-a. Mèsi.\n\n{sig}", "Piròg Oyapock", "pirogoyapock.example", role="kondiktè piròg", tz="gf", lang="gcr")
wo("interview", "w-i-mcm", "Entrebista", "Bong dia {n},\n\nNus kereh papiah ku bos pa {role} na {dl}, pa onzi ora. Bos podi bai?\n\n{sig}", "Kedai Papia Praia", "papiapraia.example", role="kozinyeru", tz="my", lang="mcm")
wo("next_steps", "w-n-cork", "Safety course before harvest", "Dear {n},\n\nThe cork crew has you as a reserve. Please complete the estate's axe-safety course online by {dl}; crew members without it cannot go up the trees.\n\n{sig}", "Herdade da Azinheira", "azinheiracork.example", tz="pt")
wo("next_steps", "w-n-caviar", "Health form", "Dear {n},\n\nBefore your trial week at the hatchery, please send the signed biosecurity form by {dl}.\n\nBest,\n{sig}, {co}", "Tayside Sturgeon", "taysidesturgeon.example")
wo("next_steps", "w-n-seasalt", "Raking trial", "Dear {n},\n\nCould you send us your availability for a raking trial by {dl}? We're choosing between three people after the trials.\n\n{sig}", "Anglesey Pans Salt", "angleseypans.example")
wo("next_steps", "w-n-nl", "Vaarbewijs opsturen", "Hoi {n},\n\nStuur je je groot vaarbewijs vóór {dl}? Zonder dat kunnen we je niet inroosteren voor de proefvaart.\n\nGroet,\n{sig}", "Rondvaart Leiden", "rondvaartleiden.example", tz="eu", lang="nl")
wo("next_steps", "w-n-tr", "Belgeler", "Merhaba {n},\n\nSağlık raporunuzu ve adli sicil kaydınızı {dl} tarihine kadar gönderiniz.\n\nSaygılarımızla,\n{sig}", "Zeytinli Bahçe Kooperatifi", "zeytinlibahce.example", tz="tr", lang="tr")
wo("next_steps", "w-n-pih", "Forms fo dar job", "Wataweih {n},\n\nSen ar forms bak tu we bifor {dl}, den we se luk et yu fo dar nursery job.\n\n{sig}", "Anson Bay Garden", "ansonbaygarden.example", tz="nf", lang="pih")
wo("offer", "w-o-dimsum", "Kitchen job", "Hi {n}, this is {sig} from {co}. Chef liked your har gow on the trial. The job is yours — start next Tuesday, 6am. Please reply by {dl}.", "Golden Lotus Teahouse", "goldenlotus.example", tz="cap")
wo("offer", "w-o-sheepdog", "Kennel job", "Hi {n}, it's {sig} from the kennels. Thanks for Sunday. The job's yours, start the 1st. Let me know by {dl}.", "Dalesend Sheepdogs", "dalesenddogs.example")
wo("offer", "w-o-vi", "Thư mời nhận việc", "Chào {n},\n\nQuán rất vui mời bạn làm {role} từ đầu tháng tới. Bạn vui lòng xác nhận trước {dl} nhé.\n\n{sig}", "Cà Phê Hẻm Xanh", "hemxanh.example", role="nhân viên pha chế", tz="vn", lang="vi")
wo("offer", "w-o-gyn", "De wuk is yuh own", "Hi {n},\n\nDe boss seh de {role} wuk is yuh own if yuh want it. Come Monday seven o'clock. Tell we bifo {dl}.\n\n{sig}", "Essequibo Coconut Works", "essequibococo.example", role="packer", tz="gy", lang="gyn")
wo("offer", "w-o-rop", "Ranger wek", "{n},\n\nMela bin pikimbat yu blanga {role} wek. Yu garra stat la Mandei. Tok la mi bifo {dl}.\n\n{sig}", "Ngukurr Land Rangers", "ngukurrrangers.example", role="ranger", tz="aun", lang="rop")
wo("other_job", "w-x-sw", "Ombi lako limeondolewa", "Habari {n},\n\nOmbi lako la {role} limefutwa, kama ulivyotaka. Unaweza kuomba tena wakati wowote.\n\n{sig}", "Kilimanjaro Porters Trust", "kiliporters.example", role="mpishi wa kambi", tz="ke", lang="sw")
wo("other_job", "w-x-id", "Status lamaran: sedang ditinjau", "Halo {n},\nLamaran Anda untuk {role} sekarang berstatus: Sedang ditinjau.\nKami akan mengabari bila ada perubahan.", "Raja Ampat Eco Lodge", "rajaampateco.example", frm="{co} <no-reply@{dom}>", role="pemandu snorkel", tz="id", lang="id")
wo("job_alert", "w-alert", "New in traditional trades: 5 jobs", "Hi {n}, new this week:\n• Apprentice boatbuilder – Cornwall\n• Thatcher's mate – Norfolk\n• Hedge-laying crew – Shropshire\nAlert settings: tap the cog icon.", "Craftways Jobs", "craftwaysjobs.example", frm="{co} <alerts@{dom}>")
wo("recruiter_outreach", "w-pitch", "Winter crew on a pleasure pier?", "Hi {n},\n\nI saw your ride-operator experience. A pier group I work with needs winter maintenance crew, paid weekly. Fancy a chat?\n\n{sig}, {co}", "Seafront Staffing", "seafrontstaffing.example")
wo("non_job_rejection_words", "w-nj-stall", "Christmas craft fair – stall allocation", "Dear {n},\n\n140 makers asked for 45 pitches, and this year your stall was not allocated. We'll refund the deposit in 10 days.\n\n{sig}, Fair Committee", "Ludlow Winter Fair", "ludlowwinterfair.example")
wo("non_job_rejection_words", "w-nj-ru", "Заявка на аренду участка", "Здравствуйте, {n}!\n\nК сожалению, ваша заявка на аренду садового участка отклонена: все участки на этот сезон уже распределены.\n\n{sig}", "СНТ «Рябинка»", "ryabinka.example", tz="ru", lang="ru")


def ascii_fold(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")


def local_part(name: str, style: int) -> str:
    parts = [p for p in re.split(r"[^a-z]+", ascii_fold(name).lower()) if p]
    if not parts:
        return "team"
    if style == 0 or len(parts) == 1:
        return ".".join(parts)
    if style == 1:
        return parts[0][0] + parts[-1]
    return parts[0] + "_" + parts[-1][0]


def offset_for(zone: str, day: dt.date) -> dt.timezone:
    std, dst, hemi = ZONES[zone]
    text = std
    if dst and ((hemi == "n" and 4 <= day.month <= 10) or (hemi == "s" and (day.month >= 10 or day.month <= 3))):
        text = dst
    sign = -1 if text[0] == "-" else 1
    return dt.timezone(sign * dt.timedelta(hours=int(text[1:3]), minutes=int(text[3:5])))


def when_sent(rng: random.Random, zone: str) -> dt.datetime:
    start = dt.date(2025, 3, 2)
    day = start + dt.timedelta(days=rng.randrange((dt.date(2026, 11, 28) - start).days))
    return dt.datetime(day.year, day.month, day.day, rng.randint(7, 21), rng.randrange(60), rng.randrange(60), tzinfo=offset_for(zone, day))


def fill(text: str, slots: dict[str, str]) -> str:
    return SLOT.sub(lambda m: slots.get(m.group(1), m.group(0)), text)


def signer_pool(t: T) -> list[str]:
    if t.lang != "en":
        return LANG_SIGNERS[t.lang]
    return SIGNERS_IN if t.tz == "in" else SIGNERS


def day_text(day: dt.datetime, lang: str, zone: str) -> str:
    if lang in {"ja", "zh"}:
        return f"{day.month}月{day.day}日"
    if lang == "ko":
        return f"{day.month}월 {day.day}일"
    if lang != "en":
        return f"{day.day:02d}/{day.month:02d}/{day.year}" if lang not in {"de", "ru", "pl", "tr"} else f"{day.day:02d}.{day.month:02d}.{day.year}"
    if zone.startswith(("us", "ca")):
        return f"{day:%A, %B} {day.day}"
    return f"{day:%A} {day.day} {day:%B}"


def build() -> list[dict[str, str]]:
    rng = random.Random(SEED)
    records: list[dict[str, str]] = []
    for t in TEMPLATES:
        people = rng.sample(RECIPIENTS, t.copies)
        signers = rng.sample(signer_pool(t), min(t.copies, len(signer_pool(t))))
        for i in range(t.copies):
            who = people[i]
            sig = signers[i % len(signers)]
            sent = when_sent(rng, t.tz)
            quoted = sent - dt.timedelta(days=rng.randint(2, 8), hours=rng.randint(0, 5))
            later = sent + dt.timedelta(days=rng.randint(4, 10))
            slots = {
                "n": who.split()[0], "full": who, "sig": sig,
                "co": t.co[i % len(t.co)], "dom": t.dom[i % len(t.dom)], "role": t.role[i % len(t.role)],
                "q": f"{quoted:%d %B %Y} {quoted:%H:%M}", "dl": day_text(later, t.lang, t.tz),
                "ref": str(rng.randint(10000, 99999)), "sl": local_part(sig, rng.randrange(3)),
            }
            to_addr = f"{local_part(who, rng.randrange(3))}{rng.choice(['', str(rng.randint(1, 99))])}@{rng.choice(PROVIDERS)}.example"
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
        rec["id"] = f"blind28:{short}-{counters[short]:03d}"
    return records


def shingles(text: str) -> set[str]:
    words = WORD.findall(TAG.sub(" ", text).lower())
    return {" ".join(words[i:i + 6]) for i in range(len(words) - 5)}


def other_files() -> list[Path]:
    """Every .jsonl in data/ and data/blind/ except this slice and any later (sealed) one."""
    out = sorted(HERE.parent.glob("*.jsonl"))
    for p in sorted(HERE.glob("*.jsonl")):
        m = SLICE_NO.search(p.name)
        if m and int(m.group(1)) >= 28:
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
    print(f"bodies {lengths[0]}-{lengths[-1]} chars, median {lengths[len(lengths) // 2]}; html {html}")
    print(f"dates {dates[0]:%d %b %Y} to {dates[-1]:%d %b %Y}; offsets {len(offsets)}: {' '.join(sorted(offsets))}")


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
