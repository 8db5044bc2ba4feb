# ruff: noqa: E501, S311
"""Write the twenty-third sealed blind slice for issue 11 (blind-slice-23.jsonl).

Stdlib only, fixed seed; two runs write byte-identical files. Options:
--langs  print the make-up by part/label/kind and label/language (no message text)
--check  6-word shingles shared with the other .jsonl files in data/ and data/blind/
         (read only as shingle sets; our side printed)
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
from email.utils import format_datetime
from pathlib import Path

SEED = 230231
HERE = Path(__file__).resolve().parent
OUT = HERE / "blind-slice-23.jsonl"
WORD = re.compile(r"\w+")
TAG = re.compile(r"<[^>]+>")
SLOT = re.compile(r"\{(\w+)\}")

RECIPIENTS = [
    "Oluwaseun Brackley", "Saoirse Ramaswamy", "Kwabena Thistlewood", "Priyanka Oakhurst", "Callum Nwachukwu",
    "Hui Min Carrow", "Ifeoma Gatenby", "Rohan Kilpatrick", "Zanele Whitcombe", "Tadhg Obiora",
    "Anjali Fenwick-Rao", "Brodie Salisbury", "Nomvula Pritchard", "Emeka Lindqvist", "Ailbhe Sutcliffe",
    "Kavya Brennan", "Jarrah McAllister", "Funmilayo Ashcombe", "Wei Jie Hartnell", "Lerato Quigley",
    "Dara Ogundipe", "Harpreet Claybourne", "Sinead Mbeki-Lowe", "Tobias Ekwueme", "Keisha Ravensworth",
    "Arjun Tolliver", "Naledi Fairclough", "Cormac Adesanya", "Li Ting Beaumont", "Chiamaka Horsley",
    "Ishaan Gallagher", "Tayla Okonjo", "Ruairi Subramaniam", "Busisiwe Hendry", "Kieran Oyewole",
    "Pooja Weatherall", "Mthunzi Drysdale", "Orla Chandrasekar", "Damilare Kershaw", "Jun Hao Pettigrew",
]
SIGNERS = [
    "Philippa Greenhalgh", "Babatunde Ellery", "Morag Cathcart", "Dirk Venter", "Rosalind Ikwuemesi",
    "Colm Ashworth", "Charmaine Botha", "Olusegun Whitaker", "Imogen Tregarthen", "Marcus Delahunt",
    "Vanessa Quartey", "Duncan Ferrier", "Henrietta Mabaso", "Grant Ollerenshaw", "Aisling Montague",
    "Tunde Bickerstaff", "Belinda Kaur-Heston", "Lionel Fairbairn", "Yvette Okafor", "Stuart Penhaligon",
    "Ngaire Templeton", "Jasper Oduro", "Melanie Strachan", "Ewan Kovacs", "Chanelle Dlamini",
]
SIGNERS_IN = ["Kavitha Raghunathan", "Abhishek Malhotra", "Sneha Kulkarni", "Pranav Iyer", "Deepika Menon", "Karthik Bhat"]
PROVIDERS = ["inkwellmail", "parcelpost", "lanternbox", "driftmail", "owlpost", "fernmail"]

# zone key -> (standard offset, summer offset or None, summer in northern months?)
ZONES = {
    "uk": ("+0000", "+0100", "n"), "ie": ("+0000", "+0100", "n"), "eu": ("+0100", "+0200", "n"),
    "eu2": ("+0200", "+0300", "n"), "use": ("-0500", "-0400", "n"), "usc": ("-0600", "-0500", "n"),
    "usm": ("-0700", "-0600", "n"), "usp": ("-0800", "-0700", "n"), "cae": ("-0500", "-0400", "n"),
    "cap": ("-0800", "-0700", "n"), "in": ("+0530", None, ""), "au": ("+1000", "+1100", "s"),
    "auw": ("+0800", None, ""), "za": ("+0200", None, ""), "ng": ("+0100", None, ""),
    "sg": ("+0800", None, ""), "nz": ("+1200", "+1300", "s"), "jp": ("+0900", None, ""),
    "kr": ("+0900", None, ""), "cn": ("+0800", None, ""), "ru": ("+0300", None, ""),
    "tr": ("+0300", None, ""), "sa": ("+0300", None, ""), "br": ("-0300", None, ""),
    "co": ("-0500", None, ""), "ar": ("-0300", None, ""), "jm": ("-0500", None, ""),
    "mu": ("+0400", None, ""), "cv": ("-0100", None, ""), "ph": ("+0800", None, ""),
    "id": ("+0700", None, ""), "vn": ("+0700", None, ""), "gh": ("+0000", None, ""),
    "th": ("+0700", None, ""),
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


# ---------------------------------------------------------------- mix: ordinary template rejections
mr("wd-stage-closed", "Your candidacy at {co}: {role}",
   "Hi {name},\n\nThis note concerns the {role} requisition (R-{ref}) you applied to through our careers site.\n\nThe hiring team has reviewed where every applicant stands and your candidacy is now closed for this requisition. Nothing about it stops you applying for something else here; your candidate home page still holds your profile and any other applications.\n\nKind regards,\nTalent Acquisition | {co}\n\nThis mailbox is not read. Sign in at {co}.wd3.{dom} to manage your notifications.",
   ("Harrowgate Mutual", "Pelloway Logistics"), ("harrowgatemutual", "pelloway"), frm="{co} Careers <noreply@myworkday.{dom}>", role=("Claims Handler II", "Inventory Control Analyst"), tz="uk", copies=2)
mr("gh-after-cv-read", "Update from {co}",
   "Hi {name},\n\nI read through your application for {role} this week and wanted you to hear from a person rather than a silence. We're stopping your application in this process: the shortlist went to people who have already run large migration projects end to end, and that was the deciding line for us.\n\nThe cover letter clearly took effort; it was one of the better ones I read.\n\n{sig}\nRecruiting, {co}",
   ("Tallyfern", "Quenby Health Data"), ("tallyfern", "quenbyhealth"), frm="{sig} <no-reply@us.greenhouse-mail.{dom}>", role=("Senior Data Engineer", "Platform Engineer (Data)"), tz="usp", copies=2)
mr("lever-short", "{role} at {co}",
   "Hey {name} - cheers for going for {role}. Had a look, and your application stops here this time round. Nice of you to think of us.\n\n- The {co} hiring team",
   ("Snugbarrow", "Kiteworks Studio"), ("snugbarrow", "kiteworks"), frm="{co} <no-reply@hire.lever.{dom}>", role=("Growth Marketer", "Motion Designer"), tz="uk", copies=2)
mr("smartr-card-html", "Application status - {role}",
   "<html><body><table width=\"560\" style=\"font-family:Arial\"><tr><td style=\"background:#0b3954;color:#fff;padding:14px\"><b>{co}</b></td></tr><tr><td style=\"padding:18px\"><p>Dear {name},</p><p>Where your application stands - <b>{role}</b>, ref {ref}:</p><p style=\"font-size:18px\"><b>Not selected</b></p><p>The vacancy will be filled by another applicant. We appreciated the chance to read your profile.</p><p>{co} Recruitment</p></td></tr><tr><td style=\"font-size:11px;color:#777;padding:10px\">Powered by Hirequarry | <a href=\"https://jobs.{dom}/privacy\">privacy</a></td></tr></table></body></html>",
   ("Ostrander Kühl GmbH", "Vellmar Instruments"), ("ostranderkuehl", "vellmar"), frm="{co} <jobs@smartr.{dom}>", role=("Sales Engineer UK & Ireland", "Field Service Technician"), tz="eu", copies=2)
mr("icims-formal", "{co} | Requisition {ref}",
   "Dear {full},\n\nWe have now reviewed the applications received for {role} (requisition {ref}). Your application will not advance to interviews, and the requisition is proceeding with other applicants.\n\nYour profile remains in our applicant system and future postings are open to you.\n\nSincerely,\nHuman Resources\n{co}\n\nThis message was generated by our applicant tracking system. Replies are not monitored.",
   ("Brightwater Regional Medical Center", "Cassatt County Credit Union"), ("brightwaterrmc", "cassattccu"), frm="{co} HR <careers-noreply@icims.{dom}>", role=("Patient Access Representative", "Member Service Specialist"), tz="usc", copies=2)
mr("taleo-eeo-long", "Regarding your application to {co}",
   "Dear {name},\n\nThank you for the application you submitted for the position of {role}, Job Number {ref}.\n\nThe search committee's review of the candidate pool is finished. Although your background has merit, the committee selected other candidates to invite to interview, and this posting's file on you is now inactive.\n\nWe hope you will continue to watch our employment site, where new positions are listed each week, and set up a job cart so that postings in your field reach you.\n\nRespectfully,\nOffice of Human Resources\n{co}\n\n{co} is an Equal Opportunity / Affirmative Action employer. Hiring decisions here rest on merit, whatever a candidate's race, colour, faith or background - and the same goes for disability, age, identity and military service. Reasonable accommodation requests may be sent to accommodation@{dom}.",
   ("Marlow Plains State University", "Ouachita Ridge College"), ("marlowplains", "ouachitaridge"), frm="Employment Services <hrjobs@taleo.{dom}>", role=("Academic Advisor II", "Research Compliance Coordinator"), tz="usc", copies=2)
mr("ashby-plain", "Your application to {co}",
   "Hi {name},\n\nOur review of {role} applications wrapped up on Friday. The answer for you is no for now - we've gone ahead with candidates whose background is closer to our current stack.\n\nWe keep your details twelve months; one email from you and they're wiped sooner.\n\nThanks,\n{sig}\n{co}",
   ("Lumenvale", "Orchardly"), ("lumenvale", "orchardly"), frm="{sig} <{sl}@ashbyhq-mail.{dom}>", role=("Backend Engineer (Elixir)", "Product Engineer"), tz="uk", copies=2)
mr("workable-irish", "{role} - {co}",
   "Hi {name},\n\nGo raibh maith agat for going for the {role} job here in {co}. We had a great response and we've now picked the people we're bringing in for interview. Unfortunately you're not one of them this time.\n\nAll the best with everything,\n{sig}\n{co}, Galway",
   ("Corrib Analytics", "Atlantic Fold Ltd"), ("corribanalytics", "atlanticfold"), frm="{co} <noreply@workablemail.{dom}>", role=("Reporting Analyst (Graduate)", "Client Onboarding Associate"), tz="ie", copies=2)
mr("bamboo-small-firm", "Thanks for applying to {co}",
   "Hello {name},\n\nI'm writing about the {role} role. We're hiring someone else for this position, and telling you today beats leaving you wondering.\n\nAll the best,\n{sig}\nOffice Manager, {co}",
   ("Pratt & Fennimore CPAs", "Redfield Dental Group"), ("prattfennimore", "redfielddental"), frm="{sig} <{sl}@bamboohr-notify.{dom}>", role=("Staff Accountant", "Treatment Coordinator"), tz="use", copies=2)
mr("jazz-one-line", "{co} - {role}",
   "{name}, we filled the {role} job. Thanks for your application. - {co} Hiring",
   ("Hollins Freight Brokerage", "Dawes Roofing Supply"), ("hollinsfreight", "dawesroofing"), frm="{co} <jobs@applytojob.{dom}>", role=("Carrier Sales Rep", "Yard Driver"), tz="usc", copies=2)
mr("recruitee-nl-en", "Your application at {co}",
   "Dear {name},\n\nThanks again for applying for {role}. The procedure goes on with other applicants whose profile matched the vacancy more specifically. We will remove your data after four weeks, as the privacy statement describes.\n\nKind regards,\n{sig}\nRecruitment {co}",
   ("Dijkveld Energy", "Waalhaven Robotics"), ("dijkveld", "waalhaven"), frm="{sig} <{sl}@recruitee-mail.{dom}>", role=("Energy Trading Analyst", "Robotics Integration Engineer"), tz="eu", copies=2)
mr("in-naukri-style", "Application for {role} - Status",
   "Dear {name},\n\nGreetings from {co}!\n\nWe thank you for showing interest in the {role} position. Your profile was screened by our talent team against the requirements of the project. Your candidature cannot be moved ahead for now.\n\nWe will reach out in case a suitable opening comes up in the coming months.\n\nWarm regards,\n{sig}\nTalent Acquisition, {co}, Hyderabad",
   ("Vistaraa Infotech", "Kesarwani Software Labs"), ("vistaraa", "kesarwanilabs"), frm="{sig} <{sl}@{dom}>", role=("SAP FICO Consultant", "Java Full Stack Developer"), tz="in", copies=2)
mr("au-seek-shape", "{co}: update on your application",
   "G'day {name},\n\nAppreciate you putting in for the {role} role at {co}. Plenty of strong people applied; the shortlist went to applicants whose work history sits closer to the position. Your application won't be progressing on this occasion.\n\nCheers,\n{sig}\nPeople & Culture",
   ("Wattle Creek Civil", "Burrumbeet Agri"), ("wattlecreek", "burrumbeet"), frm="{co} Recruitment <recruitment@{dom}>", role=("Site Engineer", "Agronomy Technician"), tz="au", copies=2)
mr("za-agency", "RE: {role} application",
   "Morning {name}\n\nHope you are well. I presented your CV to my client for the {role} post but they have declined it; they are looking for someone with more exposure to IFRS 17 reporting. Other briefs come in weekly and you're on my list for them.\n\nKind regards\n{sig}\nSenior Consultant | {co} | Sandton",
   ("Kestrel Talent Partners", "Blouberg Search"), ("kestreltalent", "bloubergsearch"), frm="{sig} <{sl}@{dom}>", role=("Actuarial Analyst", "Financial Reporting Accountant"), tz="za", copies=2)
mr("sg-bank-portal", "Your application with {co}",
   "Dear {full}\n\nWe refer to your application for {role} (Job ID {ref}).\n\nYour application has been assessed carefully, and at this juncture the bank has decided against an offer. We retain your particulars for six months in case of future openings.\n\nYours sincerely\nTalent Acquisition\n{co}",
   "Straits Pavilion Bank", "straitspavilion", frm="{co} Careers <careers@{dom}>", role="Operations Risk Analyst", tz="sg")
mr("ng-fmcg", "Outcome of Your Application",
   "Dear {name},\n\nWe appreciate your participation in the recruitment exercise for {role}. Sadly, you did not scale the screening stage. Your interest in {co} is valued and we wish you success ahead.\n\nYours faithfully,\nHR Business Partner\n{co}, Lagos",
   "Olumide Foods Plc", "olumidefoods", frm="{co} HR <hr.recruit@{dom}>", role="Area Sales Manager", tz="ng")
mr("ca-bilingual", "{co} - {role} / {role}",
   "Hello {name},\n\nAppreciate your interest in {co}. Having looked at your {role} application, we will not take it further at this point.\n\nBonjour {name},\nMerci d'avoir postulé chez {co}. Votre dossier pour ce poste s'arrête ici pour le moment.\n\n{co} Talent",
   "Rideau Ferrous", "rideauferrous", frm="{co} <talent@{dom}>", role="Maintenance Planner", tz="cae")
mr("after-screen-note", "Following our call",
   "Hi {name},\n\nCheers for the phone screen on {qday}. My notes reached the {role} hiring manager by breakfast, and she's chosen not to bring you to the next round - they want someone who has sized commercial kitchens ventilation before, and that came up as a gap. Genuinely enjoyed the chat.\n\n{sig}\nTalent Partner, {co}",
   "Coldharbour Mechanical", "coldharbourmech", frm="{sig} <{sl}@{dom}>", role="HVAC Design Engineer", tz="uk")
mr("after-screen-us", "Next steps on {role}",
   "{name} -\n\nAppreciate you jumping on with me yesterday. I went over it with the team and we'll pass on moving forward for the {role} role. The budget is for someone who can own payroll in three provinces from day one.\n\nBest,\n{sig}",
   "Tamarack Payroll Services", "tamarackpay", frm="{sig} <{sl}@{dom}>", role="Payroll Lead", tz="cae")
mr("nonnative-eu", "Your application",
   "Dear Mr/Ms {full},\n\nwe received with thanks your application as {role}. After we examined all the documents we must tell you our choice went to another candidate. We return you the documents in this way and wish you for your future all good.\n\nWith friendly greetings\n{sig}\n{co}",
   "Brennecke Antriebstechnik", "brennecke", frm="{sig} <{sl}@{dom}>", role="Export Sales Assistant", tz="eu")
mr("nonnative-pl", "Recruitment {role}",
   "Hello {name},\n\nwe thank for participation in our recruitment to the position {role}. We inform that your candidature did not pass to the next stage. We invite to follow our offers on the website.\n\nBest regards\nHR Team {co}",
   "Wislanka Software House", "wislanka", frm="HR {co} <rekrutacja@{dom}>", role="QA Automation Engineer", tz="eu")
mr("portfolio-review", "Your portfolio - {role}",
   "Hi {name},\n\nThe design leads went through your portfolio for {role}. They liked the wayfinding project, but the role leans heavily on native app flows and your book doesn't show much of that yet, so it stops there for this role.\n\nThanks for sharing your work,\n{sig}\n{co}",
   "Pebblepath Design", "pebblepath", frm="{sig} <{sl}@{dom}>", role="Product Designer (Mobile)", tz="uk")
mr("ie-hse-like", "Campaign {ref} - {role}",
   "Dear {name},\n\nThis concerns your application under the campaign above. The shortlisting panel measured each application against the key requirements in the job specification, and yours was not placed on the interview shortlist.\n\nYou may request feedback by emailing this office within ten working days.\n\nRecruitment Office\n{co}",
   "Shannonside Community Health Area", "shannonsidecha", frm="Recruitment <recruitment@{dom}>", role="Clerical Officer Grade III", tz="ie")
mr("us-long-nonprofit", "Thank you from {co}",
   "Dear {name},\n\nThe search team asked me to write about your application for {role} at {co}. We were humbled by the interest in this role - more than 400 people applied - and we know each application represents real time and care.\n\nInterview invitations have gone to a small group, and yours goes no further. That decision is about what this role needs at present.\n\nWe hope you'll stay connected with our work.\n\nWith gratitude,\n{sig}\nDirector of People, {co}\n\n{co} hires on merit and welcomes people of every background, faith, ability, age and identity.",
   "Fieldstone Literacy Alliance", "fieldstoneliteracy", frm="{sig} <{sl}@{dom}>", role="Development Manager", tz="use")
mr("mobile-short", "re: {role}",
   "Hi {name} thx for applying. Picked someone else for the {role} spot. Good luck!\n\n-- typed on my phone",
   "Kettle & Crumb Bakery", "kettlecrumb", frm="{sig} <{sl}@{dom}>", role="front counter", tz="usp")
mr("in-mnc-portal", "Your application status has changed",
   "Hello {name},\n\nYour application status on the {co} careers portal has changed.\n\nRequisition: {role} ({ref})\nStatus: Not Shortlisted\n\nThe position requirements were matched more closely by other applicants. You may continue to explore openings and apply.\n\nRegards,\n{co} Talent Acquisition",
   "Prakriti Consumer Brands", "prakriticb", frm="{co} Careers <donotreply@{dom}>", role="Brand Manager - Personal Care", tz="in")
# ---------------------------------------------------------------- mix: issue 11's kinds
# thread replies after interviews, the decision as someone else's hire, no negation
mr("thr-vet-nurse", "RE: [EXT] Re: Veterinary nurse interview",
   "Hi {name},\n\nReally glad you came in on Thursday and for being so calm with the nervous greyhound in reception - the whole team noticed. The post has gone to the nurse who's covered our weekends for the past year - she accepted last night and joins the rota from next month.\n\nLovely to have met you.\n\n{sig}\nHead Nurse, {co}\n\nFrom: {full}\nSent: {qdate}\nTo: {sig}\nSubject: Re: Veterinary nurse interview\n\nHi {sfirst}, just checking in on the nurse role - thanks again for showing me round the new theatre.",
   ("Hollybrook Vets", "Tanners Lane Veterinary Centre"), ("hollybrookvets", "tannerslanevets"), frm="{sig} <{sl}@{dom}>", tz="uk", copies=2)
mr("thr-bookshop-events", "Re: Re: Events coordinator",
   "{name},\n\nSorry for the slow reply, the shop's been mad with the festival. We've asked Priya, who ran the poetry nights at the library, to take on the events coordinator job and she starts in a fortnight. I loved your idea about the kids' illustrator mornings and might steal it, with credit!\n\nCheers,\n{sig}\n{co}\n\nOn {qdate}, {full} wrote:\n> Hi {sfirst}, lovely to meet you last week. Any news on the events job? I'm still really keen.",
   ("The Lantern Bookshop", "Inkwell & Thistle Books"), ("lanternbooks", "inkwellthistle"), frm="{sig} <{sl}@{dom}>", tz="uk", copies=2)
mr("thr-sailing-instructor", "RE: [EXT] RE: [EXT] Dinghy instructor - season",
   "Hi {name},\n\nGood to see you on the water on Saturday. The senior instructors met last night and the summer dinghy post has gone to Joel, who did his SI course with us in spring and already knows the club boats inside out. The contract went out to him this morning.\n\nThanks for the enthusiasm, and for rigging the Wayfarer in record time.\n\n{sig}\nChief Instructor | {co}\n\n________________________________\nFrom: {full}\nSent: {qdate}\nSubject: RE: [EXT] Dinghy instructor - season\n\nThanks {sfirst}, really enjoyed the practical. Let me know about the season contract when you can.",
   ("Carrick Water Sailing Club", "Pendower Sailing Centre"), ("carrickwater", "pendowersail"), frm="{sig} <{sl}@{dom}>", tz="uk", copies=2)
mr("thr-startup-first-sales", "Re: [EXT] Re: First sales hire",
   "hey {name}\n\nwanted to tell you myself. after the final round we asked marta to be our first AE - she sold into district IT buyers for six years and that sealed it for both of us. she signed friday.\n\nreally appreciated how much homework you did on the product. stay in touch?\n\n{sig}\nco-founder, {co}\n\nOn {qdate} {full} <{name}@mail.example> wrote:\n> Hi {sfirst} - thanks for the time on Tuesday. Happy to send over the territory plan we talked about.",
   ("Chalkline", "Deskhop"), ("chalkline", "deskhop"), frm="{sig} <{sl}@{dom}>", tz="usp", copies=2)
mr("thr-paralegal", "RE: [EXT] Re: Paralegal (Property) - interview follow up",
   "Dear {name},\n\nMonday's interview was a pleasure, and your title exercise was careful work. The partners have appointed an internal candidate from our conveyancing support team, who will step across into the paralegal role when next month begins.\n\nWith best wishes,\n{sig}\nPractice Manager\n{co}\n\n-----Original Message-----\nFrom: {full}\nSent: {qdate}\nTo: {sig}\nSubject: Re: Paralegal (Property) - interview follow up\n\nDear {sfirst}, thank you for the interview. Hoping to hear soon.\n\nRegulated by the SRA (ID {ref}). Confidential. Misdirected? Please delete and let us know.",
   ("Aldgate Penrose LLP", "Whitcombe Rudd Solicitors"), ("aldgatepenrose", "whitcomberudd"), frm="{sig} <{sl}@{dom}>", tz="uk", copies=2)
mr("thr-taproom-au", "Re: Taproom manager chat",
   "Hey {name},\n\nGood of you to come out to the brewery and pouring a few with us. We've gone with Shaun, who's been running the bar at our Geelong site, so he's moving up to take the taproom. Keep an eye on our socials - we're opening a second venue next year.\n\nCheers,\n{sig}\n{co}\n\nOn {qdate}, {full} wrote:\n> Thanks {sfirst}! Great afternoon. Keen to hear how it lands.",
   ("Saltbush Brewing Co", "Ironbark Lane Brewery"), ("saltbushbrewing", "ironbarklane"), frm="{sig} <{sl}@{dom}>", tz="au", copies=2)
mr("thr-ta-school", "RE: [EXT] Re: Teaching Assistant (Year 2)",
   "Dear {name},\n\nThe Year 2 group enjoyed having you on Wednesday. The governors' panel offered the post to a parent volunteer who has been supporting reading in school for two years, and she has accepted.\n\nThank you for giving us your morning.\n\n{sig}\nSchool Business Manager, {co}\n\nFrom: {full}\nSent: {qdate}\nSubject: Re: Teaching Assistant (Year 2)\n\nThank you for letting me spend time in the classroom.",
   "St Brannoc's CE Primary School", "stbrannocs", frm="{sig} <{sl}@{dom}>", tz="uk")
mr("thr-radio-producer", "Fwd: RE: [EXT] Re: Breakfast show producer",
   "{name} - forwarding {sfirst}'s note below as promised.\n\nTom\n\n---------- Forwarded message ---------\nFrom: {sig}\nDate: {qdate}\nSubject: RE: [EXT] Re: Breakfast show producer\n\nTom, could you pass this on - the breakfast producer job went to Kemi from our drive-time team; she starts when the schedule changes in January. Tell {name} their demo was right up there with the best we got.",
   "Riverside 104 FM", "riverside104", frm="Tom Abrahams <tom.abrahams@{dom}>", tz="uk")
mr("thr-hygienist-ng", "Re: Re: Dental hygienist role",
   "Dear {name},\n\nThank you for coming for the practical session on Saturday. Dr Adeyinka has settled on Mrs Okeke, who covered for our last hygienist during her leave and is already known to the patients. She resumes on the 1st.\n\nWe appreciate your effort.\n\n{sig}\nAdministrator, {co}, Ikoyi\n\n> On {qdate}, {full} wrote:\n> Good afternoon, I'm following up on the hygienist interview. Thank you.",
   "Cedarpoint Dental Clinic", "cedarpointdental", frm="{sig} <{sl}@{dom}>", tz="ng")
mr("thr-architect-part1", "RE: [EXT] RE: Part 1 Architectural Assistant",
   "Hi {name},\n\nThanks for the portfolio walk-through last week. We had three strong Part 1s in the final round and the studio has taken on Ellis, who did his summer placement here, so the seat is now taken.\n\nBest,\n{sig}\nAssociate, {co}\n\nFrom: {full} <{name}@mail.example>\nSent: {qdate}\nTo: {sig}\nSubject: RE: Part 1 Architectural Assistant\n\nHi {sfirst}, attaching the housing scheme drawings we discussed.",
   "Moor & Lathe Architects", "moorlathe", frm="{sig} <{sl}@{dom}>", tz="uk")
mr("thr-nursery-sg", "Re: Re: Preschool teacher interview",
   "Hi {name},\n\nThank you for the trial lesson with the K1 class. Our principal has appointed Ms Farah, who has been a relief teacher with our centre since March, and she will take over the class next term.\n\nWarm regards,\n{sig}\nCentre Supervisor, {co}\n\nOn {qdate}, {full} wrote:\n> Dear {sfirst}, may I check on the outcome of the interview? Thank you.",
   "Little Banyan Preschool", "littlebanyan", frm="{sig} <{sl}@{dom}>", tz="sg")
# clear refusals under long footers
mr("footer-uk-retail", "Your application for {role}",
   "Dear {name},\n\nThis time round, {role} is a no for you.\n\n--\nWork at {co}\nColleague discount from day one | Pension with 6% match | Cycle to work | Free mental health app\nRefer a friend and earn £250 when they pass probation\nFind more roles near you: careers.{dom}/search\nNeed this email in large print or another format? Reply with ACCESS in the subject.\nWe keep unsuccessful applications for 6 months, then delete them. Read how at careers.{dom}/privacy\n{co} Retail Ltd, registered in England No. {ref}. Registered office: 1 Quayside Walk, Leeds.",
   ("Marlowe & Finch", "Gleaners Home Stores"), ("marlowefinch", "gleanershome"), frm="{co} Careers <careers@{dom}>", role=("Deputy Store Lead", "Visual Merchandiser"), tz="uk", copies=2)
mr("footer-us-health", "{co}: {role}",
   "Hi {name},\n\nYour application for {role} was appreciated. A different applicant is being hired for this position.\n\n━━━━━━━━━━━━━━━━━━\nMonthly news from our Talent Community: talent.{dom}\nBenefits: medical, dental & vision day one | 403(b) | tuition assistance up to $5,250\nFollow us: /{co} on every channel\nScam warning: nobody from us asks for payment or bank details by text or chat.\n{co} participates in E-Verify. For the named recipient's eyes.\nUnsubscribe from job emails: talent.{dom}/prefs",
   ("Cumberland Valley Health", "Sable Creek Hospital"), ("cumberlandvh", "sablecreek"), frm="{co} Talent <talent@{dom}>", role=("Unit Secretary", "Sterile Processing Tech I"), tz="use", copies=2)
mr("footer-in-newsletter", "Update on your application - {co}",
   "Dear {name},\n\nRegarding your {role} application: it will not go further with us.\n\n==== {co} THIS MONTH ====\n* We crossed 10,000 employees across 14 cities!\n* Life at {co}: meet our Pune women-in-tech circle\n* Walk-in drives this Saturday in Chennai and Noida\nCAUTION: {co} never charges any fee for jobs. Ignore offer letters from unknown email IDs.\nMailed to registered users of on careers.{dom}. Manage alerts | Unsubscribe",
   ("Navrang Technologies", "Suryoday Digital"), ("navrangtech", "suryodaydigital"), frm="{co} Careers <careers@{dom}>", role=("Associate Consultant - ServiceNow", "Test Engineer"), tz="in", copies=2)
mr("footer-jobboard-za", "Message from {co} about your application",
   "Hi {name}\n\n{co} has reviewed your application for {role} and has decided not to take it further.\n\nJobs you might like\n- Debtors Clerk, Centurion - R18 000 pm\n- Accounts Payable Clerk, Midrand - market related\n- Bookkeeper, Pretoria East - R22 000 pm\nUpload a new CV | Set job alerts | Career advice blog\nThis email relates to an application made through our site. Update your email preferences.",
   "Meyerton Steel Distributors", "meyertonsteel", frm="JobVeld Notifications <notify@jobveld.{dom}>", role="Creditors Clerk", tz="za")
mr("footer-ca-gov-like", "{co}: your application",
   "Hello {name},\n\nRe {role}: other applicants were chosen for the next phase, so your application stops here.\n\n---\n{co} is committed to an inclusive workplace. Accommodations are available at every stage - contact accommodations@{dom}.\nWe acknowledge that our offices stand on the traditional territory of many First Nations.\nReplies here go nowhere. Personal information is collected under applicable privacy legislation.\nFollow {co} for news and events.",
   "Grand Portage Utilities", "grandportage", frm="{co} Careers <careers@{dom}>", role="Customer Billing Analyst", tz="cae")
# hedged refusals
mr("hedge-sharper-fit", "Your application - {role}",
   "Hi {name},\n\nThanks for your application for {role}. We've been through the shortlist and, honestly, a couple of other applicants map onto the team's present needs a little more squarely than you do. We're going with them.\n\nWarmly,\n{sig}\n{co}",
   ("Bramblecote Insights", "Fernside Research"), ("bramblecote", "fernsideresearch"), frm="{sig} <{sl}@{dom}>", role=("Quantitative Researcher", "Survey Methodologist"), tz="uk", copies=2)
mr("hedge-other-road", "{co} - {role}",
   "Hello {name},\n\nHere is where the {role} search has landed. The business has taken the hire down a different road than we first set out, towards someone with a heavier compliance background, and so we are wrapping up with your application here.\n\nThanks for your patience with us.\n\n{sig}\nTalent, {co}",
   ("Cobaltine Payments", "Harbourline Insurance"), ("cobaltine", "harbourline"), frm="{sig} <{sl}@{dom}>", role=("Product Manager, Payouts", "Underwriting Assistant"), tz="use", copies=2)
mr("hedge-nonnative", "About your candidature",
   "Dear {name},\n\nmany thanks for the interest to our firm. The profiles of some other persons correspond in more points to what the department is searching, so we give them the precedence in this selection. We hope you find soon a good place.\n\nBest greetings,\n{sig}\n{co}",
   ("Tessaro Meccanica", "Lindqvist Marine AB"), ("tessaro", "lindqvistmarine"), frm="{sig} <{sl}@{dom}>", tz="eu", copies=2)
mr("hedge-ng-profile", "Re: Application for {role}",
   "Dear {name},\n\nWe appreciate your interest. Management has gone through the applications, and the profiles of other candidates aligned better with what the role needs now. We therefore will be proceeding with them.\n\nRegards,\n{sig}\n{co}, Abuja",
   "Zuma Rock Microfinance Bank", "zumarockmfb", frm="{sig} <{sl}@{dom}>", role="Credit Officer", tz="ng")
mr("hedge-search-paused-named", "{role} search",
   "Hi {name},\n\nA quick update: the {role} search has wrapped up. We asked the person who has been acting in the role since the summer to stay on permanently, which we think gives the team the most continuity.\n\nCheers for sticking with us through it.\n\n{sig}\n{co}",
   "Kinloch Housing Trust", "kinlochhousing", frm="{sig} <{sl}@{dom}>", role="Head of Tenancy Services", tz="uk")
mr("hedge-sg-suitability", "Application for {role}",
   "Dear {name},\n\nWe refer to your application. All candidates were assessed, and those with experience more suited to what this position requires were identified. We will proceed with them at this stage.\n\nRegards,\nHR Department\n{co}",
   "Keppelton Marine Services", "keppelton", frm="HR <hr@{dom}>", role="Procurement Executive", tz="sg")
# recruiter follow-ups after a call: decision and another role
mr("rec-followup-uk", "Following up - {role}",
   "Hi {name},\n\nGood catching up earlier. As we covered on the call, {co}'s client has replied and they're going to go with the other shortlisted contractor for the {role} contract - they wanted someone who has done a Guidewire upgrade before.\n\nSeparately, I have six months of data migration work in Reading (outside IR35, £550/day) which fits you better, I reckon. Want the spec?\n\n{sig}\nPrincipal Consultant, {co}",
   ("Hartwell Digby Recruitment", "Northcote Talent"), ("hartwelldigby", "northcotetalent"), frm="{sig} <{sl}@{dom}>", role=("Guidewire BA", "Insurance Test Lead"), tz="uk", copies=2)
mr("rec-followup-au", "Catch up from today",
   "Hi {name},\n\nThanks for the chat this arvo. To confirm, {co}'s client has filled the {role} job with someone they'd worked with before, so that one's done and dusted.\n\nSilver lining: I'm holding a Logistics Coordinator role in Dandenong that looks like a strong match. Shall I pop your CV over?\n\n{sig}\n{co}",
   ("Boronia Recruitment", "Yarra Edge Staffing"), ("boronia", "yarraedge"), frm="{sig} <{sl}@{dom}>", role=("Warehouse Supervisor", "Transport Planner"), tz="au", copies=2)
mr("rec-followup-in", "As discussed - {role}",
   "Hi {name},\n\nPer our call today, the client closed the {role} requirement with another candidate who is an immediate joiner. Your 60-day notice was the concern.\n\nI have another opening at a Whitefield product firm for a React lead, budget 32 LPA. Kindly share your updated CV if interested.\n\nRegards,\n{sig}\n{co}",
   "Sankalp HR Solutions", "sankalphr", frm="{sig} <{sl}@{dom}>", role="Angular Lead", tz="in")
mr("rec-followup-ie", "Today's call",
   "Hi {name},\n\nGood talking to you. Confirming in writing: the client in Sandyford have offered the {role} job to a candidate from another agency, so we're done on that one.\n\nI'm meeting a medtech firm in Limerick on Thursday about a Quality Engineer role; I'd love to send them your CV. Let me know.\n\n{sig}\n{co}",
   "Liffey Bridge Recruitment", "liffeybridge", frm="{sig} <{sl}@{dom}>", role="Validation Engineer", tz="ie")
# public-sector notices
mr("pub-us-not-best-qualified", "Notice of Results: {role}, Announcement {ref}",
   "Dear {full},\n\nThis notice concerns your application under announcement {ref} for {role}.\n\nYour application was rated and you met the minimum qualifications. Your rating, though, fell below the cut for the best-qualified group sent to the hiring manager, and no further consideration will be given to your application under this announcement.\n\nAutomated notice from the {co} staffing office. Do not reply.",
   ("Department of Regional Fisheries", "Bureau of Land Records"), ("regfisheries", "landrecords"), frm="{co} Staffing <staffing@{dom}>", role=("Hatchery Technician (Biological Science), GS-0404-06", "Land Title Records Clerk, GS-0305-05"), tz="usm", copies=2)
mr("pub-uk-council-deleted", "Post {ref} - {role}",
   "Dear {name},\n\nRe the post above. A restructure of the service has led the council to delete the post from the establishment rather than fill it. Recruitment has stopped; nobody will be appointed.\n\nWe're grateful you wanted to work for {co}.\n\nHR Recruitment Team\n{co}",
   ("Wrexley Borough Council", "Fenbridge District Council"), ("wrexley", "fenbridgedc"), frm="Recruitment <recruitment@{dom}>", role=("Parks Development Officer", "Licensing Enforcement Officer"), tz="uk", copies=2)
mr("pub-au-merit", "{co} - selection outcome",
   "Dear {name},\n\nRe: {role} vacancy ({ref}). Every applicant was measured by the panel against the selection criteria, and you have not been found suitable for this position. The panel's decision is final; the contact officer can give feedback on request.\n\n{co}\nRecruitment Services",
   "Department of Coastal Planning (WA)", "coastalplanningwa", frm="Recruitment <recruitment@{dom}>", role="Coastal Planning Officer (Level 4)", tz="auw")
mr("pub-ie-ineligible", "Competition {ref}: {role}",
   "Dear {name},\n\nOn review of your application, it has been determined that you do not meet the eligibility requirements for this competition: the essential qualification at Level 8 on the National Framework was not shown. Your application cannot therefore proceed further.\n\nYou may seek a review under the Code of Practice within 5 working days.\n\n{co}",
   "Public Appointments Office of the Midlands Region", "midlandsappointments", frm="Competitions <competitions@{dom}>", role="Executive Engineer (Civil)", tz="ie")
mr("pub-za-province", "OUTCOME: {role}",
   "Dear {name}\n\nKindly note: the panel left you off the shortlist in respect of {role} (ref {ref}). Many applications came in and the panel applied the requirements as advertised.\n\nWe value your wish to serve in the public service.\n\nHuman Resource Management\n{co}",
   "Department of Cooperative Governance, Free State", "fscogta", frm="HRM <hrm@{dom}>", role="Administration Clerk (Salary Level 5)", tz="za")
mr("pub-ca-pool-closed", "{co} - process {ref}",
   "Hello {name},\n\nThe selection process {ref} ({role}) has been cancelled because the operational requirement no longer exists. Nobody will be appointed through this process and your application is closed.\n\nStaffing Services\n{co}",
   "Prairie Region Service Office", "prairieregion", frm="Staffing <staffing@{dom}>", role="Program Officer PM-02", tz="cae")
# bare ATS statuses
mr("ats-bare-declined", "Application status update",
   "Application status update\n\nRole: {role}\nCompany: {co}\nStatus: Declined\n\nView all your applications at apply.{dom}/me",
   ("Corvid Systems", "Westmarch Utilities"), ("corvidsystems", "westmarch"), frm="{co} <status@apply.{dom}>", role=("IT Service Desk Analyst", "Meter Data Analyst"), tz="uk", copies=2)
mr("ats-bare-archived", "{co} - {role}",
   "Hi {name},\n\nThe hiring team moved your {role} application to the archive. Anything in the archive is out of the running for the role.\n\nThis is an automatic message.",
   ("Fieldmark", "Tessellate Labs"), ("fieldmark", "tessellate"), frm="{co} via Talentbarn <noreply@talentbarn.{dom}>", role=("Account Executive", "Data Analyst"), tz="eu", copies=2)
mr("ats-bare-position-closed", "Your application",
   "{role} - {co}\nApplication no longer active: the position has been filled.",
   "Grantham Cold Chain", "granthamcc", frm="{co} Jobs <jobs@{dom}>", role="Night Shift Team Leader", tz="uk")
mr("ats-bare-in-status", "Candidate status: {ref}",
   "Candidate ID {ref}\nPosition: {role}\nCurrent stage: Closed - Not Selected\nUpdated by: Talent Acquisition, {co}",
   "Meenakshi Auto Components", "meenakshiauto", frm="{co} <ta-noreply@{dom}>", role="Quality Inspector", tz="in")
# internship and graduate decisions
mr("intern-summer-us", "{co} Summer Internship decision",
   "Hi {name},\n\nOur interviewers enjoyed meeting you for the {co} Summer Analyst Internship. Over three thousand students applied for forty seats and the committee has now chosen. We can't seat you in the class this summer.\n\nFull-time roles open to graduates each autumn; please look at them.\n\nCampus Recruiting Team\n{co}",
   ("Beaconsgate Capital", "Redwater Partners"), ("beaconsgate", "redwaterpartners"), frm="Campus Recruiting <campus@{dom}>", tz="use", copies=2)
mr("intern-grad-uk", "{co} Graduate Scheme - Assessment Centre",
   "Dear {name},\n\nYou took part in our virtual assessment centre last week. Your combined score came in under the mark we set for offers, which means no place on the {role} for you this time.\n\nYour personalised feedback report is attached.\n\nEarly Careers Team, {co}",
   "Thameside Water", "thamesidewater", frm="Early Careers <earlycareers@{dom}>", role="Graduate Engineering Scheme", tz="uk")
mr("intern-in-campus", "Campus Placement Drive - Result",
   "Dear {name},\n\nWe appreciate your participation in the {co} campus drive at your institute. The final list of selected candidates has been shared with your Training & Placement Officer. The final list does not include your name.\n\nBest wishes for your future placements.\n\nCampus Team, {co}",
   "Shreeyan Engineering", "shreeyaneng", frm="Campus Team <campus@{dom}>", tz="in")
mr("intern-sg-programme", "{co} Internship Programme",
   "Dear {name},\n\nThis refers to your {co} Internship Programme (May-August) application. The selection exercise has closed and an internship this cycle is not being offered to you.\n\nYours sincerely,\nTalent Development, {co}",
   "Marina Loop Logistics", "marinaloop", frm="Talent Development <talentdev@{dom}>", tz="sg")
mr("intern-au-vacation", "Vacation Program outcome",
   "Hi {name},\n\nThanks for applying to the {co} Summer Vacation Program. Places were very limited this year and yours wasn't among the successful ones. Applications for next year's program open in March.\n\n{co} Graduate Team",
   "Goldfields Mining Services", "goldfieldsms", frm="Graduates <graduates@{dom}>", tz="auw")
# ---------------------------------------------------------------- mix: confirmations with refusal talk
mo("application_received", "conf-wd-received", "We've got your application: {role}",
   "Hi {name},\n\nYour application for {role} (R-{ref}) reached us and sits with the recruiting team now.\n\nWhat happens next: should the hiring team stop here, your candidate home page shows the application as closed and an email goes out. Should they want to talk, a recruiter gets in touch.\n\nTalent Acquisition | {co}\n\nThis mailbox is not read.",
   ("Harrowgate Mutual", "Pelloway Logistics"), ("harrowgatemutual", "pelloway"), frm="{co} Careers <noreply@myworkday.{dom}>", role=("Complaints Handler", "Transport Planner"), tz="uk", copies=2)
mo("application_received", "conf-gh-either-way", "Thanks for applying to {co}!",
   "Hi {name},\n\nApplication logged for {role}. A human reads every application here, so give us about two weeks. Whichever way it goes - next step or a no - you'll hear it from us in writing rather than being left to wonder.\n\n{co} Recruiting",
   ("Tallyfern", "Quenby Health Data"), ("tallyfern", "quenbyhealth"), frm="{co} Recruiting <no-reply@us.greenhouse-mail.{dom}>", role=("Analytics Engineer", "Site Reliability Engineer"), tz="usp", copies=2)
mo("application_received", "conf-lever-quiet", "Got it - {role} at {co}",
   "Hey {name}, {role} application landed, thank you. Tiny team here, so three silent weeks most likely means a different pick - though we try hard to send word either way.\n\n- {co}",
   ("Snugbarrow", "Kiteworks Studio"), ("snugbarrow", "kiteworks"), frm="{co} <no-reply@hire.lever.{dom}>", role=("Content Lead", "3D Generalist"), tz="uk", copies=2)
mo("application_received", "conf-icims-eeo", "{co} | Application received for requisition {ref}",
   "Dear {full},\n\nYour {role} application (requisition {ref}) is on file with us. The department reaches out directly to those it wants to interview. Applicants who are not selected will be notified by email once the position is filled, which may take several weeks.\n\nHuman Resources\n{co}\n\nThis message was generated by our applicant tracking system.",
   ("Brightwater Regional Medical Center", "Cassatt County Credit Union"), ("brightwaterrmc", "cassattccu"), frm="{co} HR <careers-noreply@icims.{dom}>", role=("Environmental Services Aide", "Loan Processor"), tz="usc", copies=2)
mo("application_received", "conf-taleo-univ", "Application submitted: Job Number {ref}",
   "Dear {name},\n\nSubmission complete: {role}. The search committee will begin reviewing applications after the posting closes. If the committee passes on inviting you to interview, this system emails you; the status in your candidate profile will also be updated.\n\nOffice of Human Resources\n{co}\n\n{co} is an Equal Opportunity / Affirmative Action employer.",
   ("Marlow Plains State University", "Ouachita Ridge College"), ("marlowplains", "ouachitaridge"), frm="Employment Services <hrjobs@taleo.{dom}>", role=("Library Technician", "Financial Aid Counselor"), tz="usc", copies=2)
mo("application_received", "conf-ashby-pool", "Application received - {co}",
   "Hi {name},\n\nYour {role} application is in. Someone reviews it inside ten working days. Should this one not line up, our talent pool could hold your profile for 12 months and only get back in touch if a role fits - you can opt out any time at jobs.{dom}/privacy.\n\n{co} Talent",
   ("Lumenvale", "Orchardly"), ("lumenvale", "orchardly"), frm="{co} <no-reply@ashbyhq-mail.{dom}>", role=("Frontend Engineer", "Engineering Manager"), tz="uk", copies=2)
mo("application_received", "conf-workable-ie", "Thanks for applying to {co}",
   "Hi {name},\n\nGo raibh maith agat for putting in for {role}. The fortnight ahead is for reading applications. We'll only ring the people who match what we need, so silence from us past the month's end means the role has moved on without you.\n\n{co}, Galway",
   ("Corrib Analytics", "Atlantic Fold Ltd"), ("corribanalytics", "atlanticfold"), frm="{co} <noreply@workablemail.{dom}>", role=("Data Engineer", "Office Administrator"), tz="ie", copies=2)
mo("application_received", "conf-bamboo", "Application received - {role}",
   "Hello {name},\n\nYour application for {role} with {co} came through. I'll read it properly this week. Yes or no, the email will come from me personally.\n\n{sig}\nOffice Manager, {co}",
   ("Pratt & Fennimore CPAs", "Redfield Dental Group"), ("prattfennimore", "redfielddental"), frm="{sig} <{sl}@bamboohr-notify.{dom}>", role=("Tax Associate", "Dental Receptionist"), tz="use", copies=2)
mo("application_received", "conf-jazz-text", "{co} - application received",
   "{name}, we got your application for {role}. If you're a fit we'll text you to set up a time. If not, we'll send a short email when the job is filled. - {co} Hiring",
   ("Hollins Freight Brokerage", "Dawes Roofing Supply"), ("hollinsfreight", "dawesroofing"), frm="{co} <jobs@applytojob.{dom}>", role=("Dispatcher", "Counter Sales"), tz="usc", copies=2)
mo("application_received", "conf-recruitee", "Your application at {co}",
   "Dear {name},\n\nThanks for your application for {role}. We review applications weekly. If we decide not to invite you, we'll let you know within three weeks and remove your data four weeks after that, as in our privacy statement.\n\nRecruitment {co}",
   ("Dijkveld Energy", "Waalhaven Robotics"), ("dijkveld", "waalhaven"), frm="Recruitment {co} <jobs@recruitee-mail.{dom}>", role=("Market Analyst", "PLC Programmer"), tz="eu", copies=2)
mo("application_received", "conf-in-others-no-mail", "Application Received - {role}",
   "Dear {name},\n\nGreetings from {co}!\n\nThank you for applying for {role}. Our talent team will screen your profile against the project requirements. Profiles moving to the technical round get a call inside 10 days; candidates who are not shortlisted may not receive a separate communication.\n\nWarm regards,\nTalent Acquisition, {co}",
   ("Vistaraa Infotech", "Kesarwani Software Labs"), ("vistaraa", "kesarwanilabs"), frm="{co} TA <careers@{dom}>", role=("SAP MM Consultant", "DevOps Engineer"), tz="in", copies=2)
mo("application_received", "conf-au-shortlist", "{co}: application received",
   "G'day {name},\n\nGood to get your application for {role}. Applications close on {due}. After that we'll contact shortlisted applicants. Not shortlisted? An email lands once the role is filled.\n\n{co} People & Culture",
   ("Wattle Creek Civil", "Burrumbeet Agri"), ("wattlecreek", "burrumbeet"), frm="{co} Recruitment <recruitment@{dom}>", role=("Project Engineer", "Farm Hand"), tz="au", copies=2)
mo("application_received", "conf-za-agency", "CV received - {role}",
   "Morning {name}\n\nGot your CV for the {role} post, thank you. This week I'll check it against my client's brief and phone you ahead of submitting it. Should the client pass, you'll hear that from me too - I don't leave candidates hanging.\n\n{sig}\n{co} | Sandton",
   ("Kestrel Talent Partners", "Blouberg Search"), ("kestreltalent", "bloubergsearch"), frm="{sig} <{sl}@{dom}>", role=("Management Accountant", "Tax Consultant"), tz="za", copies=2)
mo("application_received", "conf-thread-vets", "Re: Veterinary nurse - application",
   "Hi {name},\n\nCheers for the CV. Interviews run in the final week of the month. Good or bad news, I'll drop you an email either way once we've decided who we're inviting in.\n\n{sig}\nHead Nurse, {co}",
   ("Hollybrook Vets", "Tanners Lane Veterinary Centre"), ("hollybrookvets", "tannerslanevets"), frm="{sig} <{sl}@{dom}>", tz="uk", copies=2)
mo("application_received", "conf-pub-us", "Application received: Announcement {ref}",
   "Dear {full},\n\nWe received your application for {role} under announcement {ref}. Once the announcement closes, the rating begins. A notice follows in each case: found ineligible, qualified without being passed to the selecting manager, or referred. Check your application status online at any time.\n\n{co} Staffing",
   ("Department of Regional Fisheries", "Bureau of Land Records"), ("regfisheries", "landrecords"), frm="{co} Staffing <staffing@{dom}>", role=("Fish Biologist, GS-0482-09", "Legal Assistant, GS-0986-07"), tz="usm", copies=2)
mo("application_received", "conf-council", "Application acknowledgement - post {ref}",
   "Dear {name},\n\nYour application for {role} is logged. The panel shortlists once the post closes. Heard nothing from us by {due}? Then, for this post, the answer is no; the volume of applications rules out individual letters.\n\nHR Recruitment Team\n{co}",
   ("Wrexley Borough Council", "Fenbridge District Council"), ("wrexley", "fenbridgedc"), frm="Recruitment <recruitment@{dom}>", role=("Housing Options Officer", "Waste Services Supervisor"), tz="uk", copies=2)
mo("application_received", "conf-intern-us", "{co} Summer Internship - application complete",
   "Hi {name},\n\nYour application to the {co} Summer Analyst Internship is complete. Our reviewers read applications in order of arrival. Expect news from us before January is out: either an invitation to a first-round interview or our decision.\n\nCampus Recruiting Team",
   ("Beaconsgate Capital", "Redwater Partners"), ("beaconsgate", "redwaterpartners"), frm="Campus Recruiting <campus@{dom}>", tz="use", copies=2)
mo("application_received", "conf-sg-bank", "Acknowledgement of your application",
   "Dear {full}\n\nYour application for {role} (Job ID {ref}) is received. Shortlisted applicants will be contacted. Otherwise your particulars stay on our records for six months to be considered for other suitable openings.\n\nTalent Acquisition\n{co}",
   "Straits Pavilion Bank", "straitspavilion", frm="{co} Careers <careers@{dom}>", role="Compliance Analyst", tz="sg")
mo("application_received", "conf-ng-exercise", "Acknowledgement: {role}",
   "Dear {name},\n\nYour application for {role} has been received. Screening is ongoing. Candidates meeting the minimum requirements will get an invite for the aptitude test; others will not be contacted individually.\n\nHR Business Partner\n{co}, Lagos",
   "Olumide Foods Plc", "olumidefoods", frm="{co} HR <hr.recruit@{dom}>", role="Trade Marketing Executive", tz="ng")
mo("application_received", "conf-ca-bilingual", "{co} - application received / candidature reçue",
   "Hello {name},\n\nYour {role} application has arrived. Should it not lead to an interview, we'll email that too.\n\nBonjour {name},\nVotre candidature est arrivée chez nous. Si elle ne mène pas à une entrevue, un courriel vous le dira.\n\n{co} Talent",
   "Rideau Ferrous", "rideauferrous", frm="{co} <talent@{dom}>", role="Electrical Technologist", tz="cae")
mo("application_received", "conf-nonnative-eu", "Your application",
   "Dear Mr/Ms {full},\n\nyour application as {role} arrived well, many thanks. We will examine all documents until end of month. In case of a negative decision you receive from us a short message; in case of positive we call you for a talk.\n\nWith friendly greetings\n{sig}\n{co}",
   "Brennecke Antriebstechnik", "brennecke", frm="{sig} <{sl}@{dom}>", role="Application Engineer", tz="eu")
mo("application_received", "conf-ie-hse", "Campaign {ref} - application received",
   "Dear {name},\n\nReceipt is confirmed of your application under this campaign. Where the number of applicants is high, shortlisting will be carried out on the basis of the information in your application. Anyone left off the shortlist hears so by email and can ask for feedback.\n\nRecruitment Office\n{co}",
   "Shannonside Community Health Area", "shannonsidecha", frm="Recruitment <recruitment@{dom}>", role="Staff Nurse", tz="ie")
mo("application_received", "conf-us-nonprofit", "We received your application",
   "Dear {name},\n\nThank you for applying for {role} at {co}. Our search team reviews applications in two rounds. If you don't move forward, we'll still close the loop with you by email - we think every applicant deserves an answer.\n\nWith gratitude,\nPeople Team, {co}",
   "Fieldstone Literacy Alliance", "fieldstoneliteracy", frm="People Team <people@{dom}>", role="Program Coordinator", tz="use")
mo("application_received", "conf-in-mnc", "Application submitted successfully",
   "Hello {name},\n\nYou have successfully applied for {role} ({ref}) on the {co} careers portal.\n\nStatus: Submitted\n\nIf your profile is not shortlisted, the status will change and you will be informed here.\n\n{co} Talent Acquisition",
   "Prakriti Consumer Brands", "prakriticb", frm="{co} Careers <donotreply@{dom}>", role="Category Analyst", tz="in")
mo("application_received", "conf-mobile-bakery", "re: front counter",
   "Hi {name} got your application, thx! We'll call the people we want to meet by the weekend. Nothing from us by Monday = prob a no, sorry in advance\n\n-- typed on my phone",
   "Kettle & Crumb Bakery", "kettlecrumb", frm="{sig} <{sl}@{dom}>", tz="usp")
mo("application_received", "conf-grad-uk", "{co} Graduate Scheme - application received",
   "Dear {name},\n\nYour {role} application is complete. An online test link comes next. Applicants below the test threshold don't go on to the assessment centre; an email confirms it if that's you.\n\nEarly Careers Team, {co}",
   "Thameside Water", "thamesidewater", frm="Early Careers <earlycareers@{dom}>", role="Graduate Finance Scheme", tz="uk")
mo("application_received", "conf-ats-bare", "Application status update",
   "Application status update\n\nRole: {role}\nCompany: {co}\nStatus: Received\n\nDeclined applications are marked 'Declined' here. View all your applications at apply.{dom}/me",
   "Corvid Systems", "corvidsystems", frm="{co} <status@apply.{dom}>", role="Network Engineer", tz="uk")
mo("application_received", "conf-rec-ie", "Thanks for your CV",
   "Hi {name},\n\nThanks for sending your CV. I'll have a proper look tomorrow. If I think it's right for the Sandyford client, I'll ring you first; and if they say no, I ring you that same day, no ghosting.\n\n{sig}\n{co}",
   "Liffey Bridge Recruitment", "liffeybridge", frm="{sig} <{sl}@{dom}>", tz="ie")
mo("application_received", "conf-za-province", "Acknowledgement of application",
   "Dear {name}\n\nThe department has received your application for {role} (ref {ref}). Three months of silence after closing means the application did not succeed.\n\nHuman Resource Management\n{co}",
   "Department of Cooperative Governance, Free State", "fscogta", frm="HRM <hrm@{dom}>", role="Registry Clerk", tz="za")
mo("application_received", "conf-au-gov", "Application received - {ref}",
   "Dear {name},\n\nYour application for {role} ({ref}) has reached Recruitment Services. Each one is scored by the panel on the selection criteria. All applicants will be advised of the outcome in writing, successful or not.\n\nRecruitment Services\n{co}",
   "Department of Coastal Planning (WA)", "coastalplanningwa", frm="Recruitment <recruitment@{dom}>", role="Coastal Engineer Level 5", tz="auw")
mo("application_received", "conf-startup-founder", "re: first AE role",
   "hey {name}\n\ngot your note + deck, thanks. we're talking to a handful of people this month. if we pass, it comes from me, not via some robot email.\n\n{sig}\nco-founder, {co}",
   "Chalkline", "chalkline", frm="{sig} <{sl}@{dom}>", tz="usp")
mo("application_received", "conf-talentpool-hedge", "You're in the {co} talent pool",
   "Hi {name},\n\nThanks for joining the {co} talent pool. Right now there's no opening for you. When something matching your profile appears, an invitation to apply will follow. After a year with no fit, we'll check whether your details should stay.\n\n{co}",
   "Kinloch Housing Trust", "kinlochhousing", frm="{co} Careers <careers@{dom}>", tz="uk")
mo("application_received", "conf-intern-sg", "{co} Internship Programme - application received",
   "Dear {name},\n\nYour {co} Internship Programme application is with us. Every applicant gets their selection result by 15 April, successful or otherwise.\n\nTalent Development, {co}",
   "Marina Loop Logistics", "marinaloop", frm="Talent Development <talentdev@{dom}>", tz="sg")
# ---------------------------------------------------------------- mix: interviews, next steps, offers, other
mo("interview", "int-thread-vets", "RE: [EXT] Re: Veterinary nurse interview",
   "Hi {name},\n\nGreat, thanks. Could you come for a working interview on {due} from 9 till 1 - you'll shadow one of our nurses in consults and kennels. We're seeing two other nurses the same week, so bring any questions you have.\n\n{sig}\nHead Nurse, {co}\n\nFrom: {full}\nSent: {qdate}\nSubject: Re: Veterinary nurse interview\n\nHi {sfirst}, I'm free most mornings next week.",
   ("Hollybrook Vets", "Tanners Lane Veterinary Centre"), ("hollybrookvets", "tannerslanevets"), frm="{sig} <{sl}@{dom}>", tz="uk", copies=2)
mo("interview", "int-gh-booking", "Let's talk - {role} at {co}",
   "Hi {name},\n\nGood news - the {role} team wants to meet. Choose any 45-minute video slot with the hiring manager using the link below. Slots run until {due}; if nothing suits, hit reply for an alternative.\n\nBook here: https://app.{dom}/schedule/{ref}\n\n{co} Recruiting",
   ("Tallyfern", "Quenby Health Data"), ("tallyfern", "quenbyhealth"), frm="{co} Recruiting <no-reply@us.greenhouse-mail.{dom}>", role=("Senior Data Engineer", "Platform Engineer (Data)"), tz="usp", copies=2)
mo("interview", "int-in-rounds", "Interview schedule - {role}",
   "Dear {name},\n\nCongratulations! You have cleared screening for {role}. Your technical round is scheduled on {due} at 11:00 AM IST on Microsoft Teams; the link will follow separately. Kindly keep your ID proof ready. Unfortunately we cannot reschedule this round, so please confirm your availability by reply.\n\nRegards,\n{sig}\nTalent Acquisition, {co}",
   ("Vistaraa Infotech", "Kesarwani Software Labs"), ("vistaraa", "kesarwanilabs"), frm="{sig} <{sl}@{dom}>", role=("SAP FICO Consultant", "Java Full Stack Developer"), tz="in", copies=2)
mo("interview", "int-council-panel", "Interview invitation - post {ref}",
   "Dear {name},\n\nYou are shortlisted and invited to interview for {role} on {due}. The panel will be three officers and the interview will last about 40 minutes, with a ten-minute presentation (topic attached). If you can't attend, please tell us as soon as possible so the slot can be offered to another applicant.\n\nHR Recruitment Team\n{co}",
   ("Wrexley Borough Council", "Fenbridge District Council"), ("wrexley", "fenbridgedc"), frm="Recruitment <recruitment@{dom}>", role=("Parks Development Officer", "Licensing Enforcement Officer"), tz="uk", copies=2)
mo("interview", "int-reschedule-sorry", "Re: Interview on Thursday",
   "Hi {name},\n\nUnfortunately our hiring manager has been pulled into a client visit on Thursday, and your interview needs a new slot. How is {due} at 2pm? Apologies for the shuffle - you remain firmly in the running.\n\n{sig}\n{co}",
   ("Bramblecote Insights", "Cobaltine Payments"), ("bramblecote", "cobaltine"), frm="{sig} <{sl}@{dom}>", tz="uk", copies=2)
mo("interview", "int-sailing", "RE: [EXT] Dinghy instructor - season",
   "Hi {name},\n\nThanks for applying. Can you come down to the club on {due} at 10 for an on-the-water session? Bring your kit and logbook; we'll put you in a safety boat for an hour and then have a cup of tea and a chat.\n\n{sig}\nChief Instructor | {co}",
   "Carrick Water Sailing Club", "carrickwater", frm="{sig} <{sl}@{dom}>", tz="uk")
mo("interview", "int-au-brewery", "Re: Taproom manager",
   "Hey {name},\n\nLoved your application. Can you swing by the brewery on {due} around 3pm? We'll pour you a paddle, walk you through the venue and have a yarn about the role.\n\n{sig}\n{co}",
   "Saltbush Brewing Co", "saltbushbrewing", frm="{sig} <{sl}@{dom}>", tz="au")
mo("interview", "int-ng-panel", "Invitation for Interview: {role}",
   "Dear {name},\n\nFollowing your successful aptitude test, you are invited for a panel interview on {due} at 10:00 am at our head office, Victoria Island. Kindly come with originals of your credentials. Lateness will not be tolerated.\n\nHR Business Partner\n{co}",
   "Olumide Foods Plc", "olumidefoods", frm="{co} HR <hr.recruit@{dom}>", role="Area Sales Manager", tz="ng")
mo("interview", "int-sg-preschool", "Interview and trial lesson",
   "Dear {name},\n\nWe received your application to {co} and invite you for an interview plus a 20-minute trial lesson with our K1 class on {due} at 9.30am. Please prepare a short story-time activity.\n\nWarm regards,\n{sig}\nCentre Supervisor",
   "Little Banyan Preschool", "littlebanyan", frm="{sig} <{sl}@{dom}>", tz="sg")
mo("interview", "int-us-phone", "Quick call?",
   "{name} - thanks for applying for {role}. Do you have 20 minutes on {due} for a phone call? Not a test, just want to hear about your background and tell you about the team.\n\n{sig}",
   "Tamarack Payroll Services", "tamarackpay", frm="{sig} <{sl}@{dom}>", role="Payroll Lead", tz="cae")
mo("next_steps", "next-online-test", "{co}: your online assessment",
   "Hi {name},\n\nFor {role}, a numerical and situational-judgement test comes next; it runs about 35 minutes. Deadline: 23:59, {due}. Past that, the system withdraws unfinished applications on its own.\n\nStart here: https://assess.{dom}/{ref}\n\nEarly Careers Team, {co}",
   ("Thameside Water", "Marlowe & Finch"), ("thamesidewater", "marlowefinch"), frm="Early Careers <earlycareers@{dom}>", role=("Graduate Engineering Scheme", "Retail Management Graduate Programme"), tz="uk", copies=2)
mo("next_steps", "next-take-home", "Next step: take-home exercise",
   "Hi {name},\n\nThanks for the call. Next up, a take-home: build a little API with two endpoints (roughly three hours). Return it by {due}. Should you want extra time, ask before the deadline; a late submission with no message won't get reviewed.\n\n{sig}\n{co}",
   ("Lumenvale", "Orchardly"), ("lumenvale", "orchardly"), frm="{sig} <{sl}@ashbyhq-mail.{dom}>", tz="uk", copies=2)
mo("next_steps", "next-references", "References - {role}",
   "Dear {name},\n\nReferences are the next stage for {role}. By {due}, please let us have two referees with email addresses - one should be your present or latest line manager. Nobody is contacted before you say so.\n\n{sig}\nPractice Manager, {co}",
   ("Aldgate Penrose LLP", "Whitcombe Rudd Solicitors"), ("aldgatepenrose", "whitcomberudd"), frm="{sig} <{sl}@{dom}>", role=("Paralegal (Property)", "Legal Secretary"), tz="uk", copies=2)
mo("next_steps", "next-in-documents", "Documents required - {role}",
   "Dear {name},\n\nFurther to your interview, please upload the following on the portal before {due}: PAN card, Aadhaar, relieving letter and the three latest payslips. Incomplete document sets will delay the process.\n\nRegards,\n{sig}\n{co}",
   ("Navrang Technologies", "Suryoday Digital"), ("navrangtech", "suryodaydigital"), frm="{sig} <{sl}@{dom}>", role=("Associate Consultant", "Test Engineer"), tz="in", copies=2)
mo("next_steps", "next-video", "{co} - recorded video interview",
   "Hello {name},\n\n{role}: please record a video interview - four questions, up to two minutes on each. Use the link before {due}, when it stops working.\n\n{co} Talent",
   "Grand Portage Utilities", "grandportage", frm="{co} Careers <careers@{dom}>", role="Customer Billing Analyst", tz="cae")
mo("next_steps", "next-background", "Background check authorization",
   "Hi {name},\n\nA background check comes next for {role}. Please complete the authorization form at https://screen.{dom}/{ref} by {due}. The check usually takes 3-5 business days.\n\n{co} HR",
   "Sable Creek Hospital", "sablecreek", frm="{co} HR <hr@{dom}>", role="Sterile Processing Tech I", tz="use")
mo("next_steps", "next-portfolio-task", "Design task - {role}",
   "Hi {name},\n\nThe leads enjoyed your portfolio. Now a small design task: redesign one onboarding flow from our app. Please share your Figma link by {due}; we'll then book a 45-minute review.\n\n{sig}\n{co}",
   "Pebblepath Design", "pebblepath", frm="{sig} <{sl}@{dom}>", role="Product Designer (Mobile)", tz="uk")
mo("next_steps", "next-au-psych", "{co}: online assessment",
   "Hi {name},\n\nGood news: you've progressed in the {role}. The online assessment is due by {due}; it takes about 40 minutes.\n\n{co} Graduate Team",
   "Goldfields Mining Services", "goldfieldsms", frm="Graduates <graduates@{dom}>", role="Graduate Program", tz="auw")
mo("offer", "offer-thread", "RE: [EXT] Re: Part 1 Architectural Assistant",
   "Hi {name},\n\nGood news: the studio wants you for the Part 1 position, starting on {due}, at £26,500. Our office manager is sending the formal letter. Shout with any questions.\n\nBest,\n{sig}\nAssociate, {co}",
   ("Moor & Lathe Architects", "Pebblepath Design"), ("moorlathe", "pebblepath"), frm="{sig} <{sl}@{dom}>", tz="uk", copies=2)
mo("offer", "offer-in-ctc", "Offer Letter - {role}",
   "Dear {name},\n\nHappy to share that {co} is offering you the {role} position, annual CTC INR 14,50,000. The offer letter is attached; kindly revert with your acceptance by {due}.\n\nRegards,\n{sig}\nHR, {co}",
   ("Vistaraa Infotech", "Sankalp HR Solutions"), ("vistaraa", "sankalphr"), frm="{sig} <{sl}@{dom}>", role=("SAP FICO Consultant", "Angular Lead"), tz="in", copies=2)
mo("offer", "offer-mobile", "re: front counter",
   "Hi {name}! Counter job's yours! Can you start {due}? 6am shifts Tue-Sat. Let me know!\n\n-- typed on my phone",
   "Kettle & Crumb Bakery", "kettlecrumb", frm="{sig} <{sl}@{dom}>", tz="usp")
mo("offer", "offer-za-contract", "Offer of employment",
   "Dear {name}\n\nFollowing your interview, the {role} position is yours if you accept. Please review the attached contract and return it signed by {due}.\n\nKind regards\n{sig}\n{co}",
   "Meyerton Steel Distributors", "meyertonsteel", frm="{sig} <{sl}@{dom}>", role="Creditors Clerk", tz="za")
mo("offer", "offer-intern-sg", "{co} Internship Programme - offer",
   "Dear {name},\n\nCongratulations - a place on the {co} Internship Programme is yours from May to August. Please accept the offer on the portal by {due}.\n\nTalent Development, {co}",
   "Marina Loop Logistics", "marinaloop", frm="Talent Development <talentdev@{dom}>", tz="sg")
mo("offer", "offer-conditional-ng", "Provisional Offer: {role}",
   "Dear {name},\n\nManagement has approved a provisional offer to you for {role}; it becomes final after good references and a medical test. Kindly acknowledge by {due}.\n\nHR Business Partner\n{co}",
   "Zuma Rock Microfinance Bank", "zumarockmfb", frm="{sig} <{sl}@{dom}>", role="Credit Officer", tz="ng")
mo("other_job", "oth-in-review", "Application status update",
   "Application status update\n\nRole: {role}\nCompany: {co}\nStatus: In review\n\nUpdates will follow when the hiring team decides.",
   ("Corvid Systems", "Westmarch Utilities"), ("corvidsystems", "westmarch"), frm="{co} <status@apply.{dom}>", role=("IT Service Desk Analyst", "Meter Data Analyst"), tz="uk", copies=2)
mo("other_job", "oth-withdrawn", "Your application has been withdrawn",
   "Hi {name},\n\nDone - at your request your {role} application is withdrawn and nothing more will happen with it. Should you think again, a fresh application is always fine.\n\n{co} Recruiting",
   ("Tallyfern", "Snugbarrow"), ("tallyfern", "snugbarrow"), frm="{co} Recruiting <no-reply@{dom}>", role=("Analytics Engineer", "Growth Marketer"), tz="usp", copies=2)
mo("other_job", "oth-delay", "Update on {role}",
   "Dear {name},\n\nA short update: the interview panel for {role} has had to move to later in the month because of staff leave. Nothing has been decided; your application is very much alive. We'll write again by {due}.\n\nRecruitment Office\n{co}",
   ("Shannonside Community Health Area", "Kinloch Housing Trust"), ("shannonsidecha", "kinlochhousing"), frm="Recruitment <recruitment@{dom}>", role=("Staff Nurse", "Head of Tenancy Services"), tz="ie", copies=2)
mo("job_alert", "alert-jobboard", "5 new jobs for 'credit controller'",
   "Hi {name}\n\nNew jobs matching your alert:\n- Credit Controller, Rosebank - R25 000 pm\n- Debtors Clerk, Kempton Park\n- Accounts Assistant, Centurion\n- Billing Clerk, Midrand\n- Credit Analyst, Sandton\n\nEdit alert | Unsubscribe\nJobVeld",
   ("JobVeld", "JobVeld"), ("jobveld", "jobveld"), frm="JobVeld Alerts <alerts@{dom}>", tz="za", copies=2)
mo("recruiter_outreach", "pitch-uk", "Contract role - thought of you",
   "Hi {name},\n\nYour profile caught my eye and I have a 6-month Dynamics 365 contract in Leeds, hybrid, £500/day inside IR35. Got ten minutes for a call this week?\n\n{sig}\n{co}",
   "Hartwell Digby Recruitment", "hartwelldigby", frm="{sig} <{sl}@{dom}>", tz="uk")
mo("recruiter_outreach", "pitch-in", "Opportunity with a product company",
   "Hi {name},\n\nI'm looking for a Senior Backend Engineer (Go) at a funded fintech in Bengaluru, 35-45 LPA. Would you be open to exploring? Please share your CV and notice period.\n\nRegards,\n{sig}\n{co}",
   "Sankalp HR Solutions", "sankalphr", frm="{sig} <{sl}@{dom}>", tz="in")
mo("non_job_rejection_words", "nj-flat", "Re: Viewing at 14 Alder Court",
   "Hi {name},\n\nGood to meet you at Saturday's viewing. The landlord chose another applicant, their holding deposit has cleared, and the flat's let. Anything similar, we'll forward.\n\n{sig}\n{co} Lettings",
   "Quayside Lettings", "quaysidelettings", frm="{sig} <{sl}@{dom}>", tz="uk")
mo("non_job_rejection_words", "nj-loan", "Your loan application",
   "Dear {name},\n\nAbout your personal loan request: measured against our lending criteria, it has not been approved. Your current accounts with us carry on as normal.\n\n{co}",
   "Brightwell Building Society", "brightwellbs", frm="{co} <lending@{dom}>", tz="uk")
mo("non_job_rejection_words", "nj-grant", "Community Fund - decision",
   "Dear {name},\n\nWe received your Community Fund application for the riverside mural project. The panel received many more requests than it could fund, and your project has not been awarded a grant in this round; a new round opens in spring.\n\nGrants Team\n{co}",
   "Tidewater Community Foundation", "tidewatercf", frm="Grants <grants@{dom}>", tz="use")
mo("non_job_rejection_words", "nj-club", "Allotment waiting list",
   "Hi {name},\n\nGot your allotment plot request. Every plot is let at the moment, so none is free for you this season. The waiting list has you at number 23.\n\n{sig}\nSecretary, {co}",
   "Hazelmere Allotment Society", "hazelmereallot", frm="{sig} <{sl}@{dom}>", tz="uk")
mo("other_job", "oth-referred", "Application status: Announcement {ref}",
   "Dear {full},\n\nUnder announcement {ref}, your {role} application now appears on the referral certificate the selecting manager received, who may get in touch about an interview. No selection has been made yet.\n\n{co} Staffing",
   "Bureau of Land Records", "landrecords", frm="{co} Staffing <staffing@{dom}>", role="Land Title Records Clerk, GS-0305-05", tz="usm")
# ---------------------------------------------------------------- wide: English trades and channels
wr("en-drystone-group", "New comment on your post in Dales Walling Folk",
   "{sig} replied to your post \"Looking for a trainee place with a waller, Upper Wharfedale\":\n\n\"Hi {name}, I had a think about taking you on for the autumn. I've asked a lad from Kettlewell who's already done his Level 2 with the association, so I'm sorted for a trainee this year. Keep at it - try the show in September, lots of wallers there.\"\n\nReply | View post\nSent because comment notifications are on for this post. Manage notifications at groups.{dom}",
   "Dales Walling Folk", "commonground", frm="Commonground Groups <notify@{dom}>", tz="uk")
wr("en-groundsman-minutes", "Minutes - grounds sub-committee",
   "Hi {name},\n\nSorry this reaches you as an extract from our minutes, but the committee asked me to send it straight on.\n\n\"Item 4. Assistant groundsman (seasonal). Three applications. The sub-committee agreed to appoint J. Pell, who has helped with the square on Sundays for two seasons. Secretary to write to the other applicants and thank them.\"\n\nThanks again for applying, and come down for a net any Tuesday.\n\n{sig}\nHon. Secretary, {co}",
   "Long Ashby Cricket Club", "longashbycc", frm="{sig} <{sl}@{dom}>", tz="uk")
wr("en-mushroom-sms", "Fwd: Text message from 60744",
   "Forwarded text message\nFrom: 60744 ({co} Jobs)\n\n{co}: Hi {name}, thanks for applying to pick with us. Our picking crew for the spring flush is full, no start date for you this time. Txt STOP to opt out.",
   "Greywell Mushroom Farm", "greywellmushrooms", frm="{name} (forwarded) <{name}@fwd.{dom}>", tz="uk")
wr("en-alpaca-membership", "New message from {co} on Hearthside",
   "{co} (a creator you support) wrote to you\n\n\"Hi {name} - thank you for offering to come and help with shearing day and the weekly herd work. Such a kind message. We've taken on Amy from the village, who can do mornings before school runs, so the farm hand role is covered for now. Enjoy the next video!\"\n\nReply on Hearthside | Membership settings at hearthside.{dom}",
   "Bramble Hill Alpacas", "hearthside", frm="Hearthside <messages@{dom}>", tz="uk")
wr("en-celebrant-network", "Your application to join the {co} network",
   "Dear {name},\n\nWe were touched that you applied to train as a funeral celebrant with {co}. The panel listened to your sample tribute with care. We're only able to take six trainees in the spring cohort and the six did not include you. We'd welcome a new application when intake reopens in the autumn.\n\nWith warm regards,\n{sig}\nTraining Lead",
   "Hollowtree Celebrants", "hollowtreecelebrants", frm="{sig} <{sl}@{dom}>", tz="uk")
wr("en-icerink-rota-app", "{co}: update to your application",
   "{co} posted an update for you on RinkRota:\n\nIce technician (evenings) - application closed. The vacancy was filled by an existing member of the rink crew. Thanks for applying.\n\nOpen RinkRota to see other shifts. Notification settings: rinkrota.{dom}/settings",
   "Glenfarg Ice Arena", "rinkrota", frm="RinkRota <no-reply@{dom}>", tz="uk")
wr("en-circus-rigger-dm", "You have a new direct message",
   "@{sig} sent you a direct message on big.top.social:\n\n\"hey {name}! thanks for the rigging CV. our head rigger decided to bring back Kas for the winter tour, he knows the tent inside out so we're set. fingers crossed for next season x\"\n\nView conversation: big.top.{dom}/messages",
   "Circus Varesco", "social", frm="big.top.social <notifications@big.top.{dom}>", tz="eu")
wr("en-ballet-wardrobe-app", "Notification from {co} People app",
   "People app notification\n\nApplication: Wardrobe Assistant (Touring)\nStage: Decision\nMessage from the wardrobe supervisor: A dresser from last season's tour is taking the post. Grateful for your application and costume samples.\n\nOpen the People app to see details.",
   "Northern Line Ballet", "northernlineballet", frm="{co} People <people-app@{dom}>", tz="uk")
wr("en-harpist-wedding-market", "{co}: update on your roster application",
   "Hi {name},\n\nThanks for sending your audition recording to join the {co} harpist roster. The roster for next year's wedding season is now full, and there's no room to add you for the coming season. Your profile stays on the marketplace for couples who book directly.\n\n{co} Roster Team",
   "Vowbook", "vowbook", frm="{co} Roster <roster@{dom}>", tz="uk")
wr("en-gilder-voicenote", "Voice message transcript from {sig}",
   "New voice message (0:48) - transcript:\n\n\"Hiya {name}, it's {sfirst} from the frame workshop. Listen, thanks for coming in and having a go at the water gilding. I've taken on a girl who's just finished the conservation course at West Dean, so that's the apprentice spot taken. Pop in any time though. Ta-ra.\"\n\nTranscripts can contain errors. Listen to the original in the app.",
   "Hallam Frame & Gilding", "voxmail", frm="VoxMail <transcripts@{dom}>", tz="uk")
wr("en-upholstery-page-comment", "{sig} commented on \"Trainee upholsterer - applicants\"",
   "{sig} commented on a page you were mentioned on:\n\n\"@{name} thank you for the sample chair seat - lovely tight corners. We're taking on Fintan, whose application came through the college, as trainee. Sending you this so you're not waiting on us.\"\n\nReply in workspace.{dom}",
   "Cobbett & Daughters Upholstery", "workspace", frm="Workspace <notify@workspace.{dom}>", tz="ie")
wr("en-archive-trainee", "Trainee Archivist - {co}",
   "Dear {name},\n\nAbout the Trainee Archivist bursary: the interview panel offered the traineeship to another applicant, and she has taken it. We were impressed by your transcription exercise and hope you will stay in touch with the record office.\n\nYours sincerely,\n{sig}\nCounty Archivist",
   "Westmorland & Furness Record Office", "wfrecordoffice", frm="{sig} <{sl}@{dom}>", tz="uk")
wr("en-hydro-crewing", "Crew portal: status changed",
   "{co} crew portal\n\nPosition: Trainee Hydrographic Surveyor (vessel Ardent Sound)\nYour status: Unsuccessful\nNote from operations: Berth offered to a candidate holding a valid offshore survival certificate.\n\nLog in to update your documents.",
   "Fathomline Survey", "fathomline", frm="{co} Crew Portal <crew@{dom}>", tz="uk")
wr("en-weather-satmail", "[satmail] Re: observer post",
   "{name} - satellite link, keep it short. Observer post for the winter season is filled; station manager picked someone who did last year's rotation. Thanks for applying. {sfirst}\n-- sent via station satmail, no attachments, 160 chars/line --",
   "Fair Isle Weather Station", "satmail", frm="{sig} <station@{dom}>", tz="uk")
wr("en-cobbler-maps-chat", "{co} replied to your message",
   "{co} replied on Business Chat:\n\n\"Hi {name}, thanks for asking about the apprenticeship. We've just given it to a young fella who does Saturdays with us, so no space now. All the best.\"\n\nReply | Report\nBusiness Chat messages are sent from the business's map listing.",
   "Heel & Sole Repairs", "mapsbiz", frm="Business Chat <chat@{dom}>", tz="uk")
wr("en-candle-contactform", "Re: Contact form - workshop assistant",
   "Hi {name},\n\nLovely to get your message via the shop's contact form about the workshop assistant job. We had a lovely lot of replies; we've asked one of our regular market helpers to take the role, so it's now filled.\n\nWarmly,\n{sig}\n{co}\n\n--- Your message ---\nName: {full}\nMessage: Hello, I'd love to help pour and label candles...",
   "Wick & Ember", "wickember", frm="{sig} <{sl}@{dom}>", tz="uk")
wr("en-steeplejack", "Apprenticeship - {co}",
   "Dear {name},\n\nGood of you to come to the yard for the climbing day. A pre-apprenticeship student who finished the whole ladder circuit has taken the apprentice place, so there's none for you this intake.\n\nRegards,\n{sig}\nContracts Manager, {co}",
   "Hale & Renshaw Steeplejacks", "halerenshaw", frm="{sig} <{sl}@{dom}>", tz="uk")
wr("en-commercial-diver", "Trainee diver intake",
   "Dear {name},\n\nYou came to our selection weekend for our trainee diver intake. Following the dive medical, the medical examiner has not passed you as fit for surface-supplied diving, which rules out a trainee place for you.\n\nIf your circumstances change you may reapply with a new certificate.\n\n{sig}\nDiving Superintendent, {co}",
   "Scapa Subsea Services", "scapasubsea", frm="{sig} <{sl}@{dom}>", tz="uk")
wr("en-shearing-gang", "Shearing gang - message from {sig}",
   "Kia ora {name},\n\nCheers for asking about a rousie spot on the gang this season. We've filled the crew with the same lot as last year plus my nephew, so there's no spot going. Try {co}'s other gang down south.\n\n{sig}\nGang boss, {co}",
   "Tararua Shearing", "tararuashearing", frm="{sig} <{sl}@{dom}>", tz="nz")
wr("en-ghillie-forum-pm", "Private message from {sig} on Riverbank Forum",
   "{sig} has sent you a private message:\n\nRe: Ghillie wanted, lower beat\n\n\"Morning {name}. Thanks for the PM. The estate's given the ghillie job to the lad who's been boatman for them, so it's gone. Tight lines.\"\n\nYou can reply at riverbank.{dom}/pm",
   "Riverbank Forum", "riverbankforum", frm="Riverbank Forum <pm@{dom}>", tz="uk")
wr("en-milliner-crowdfund", "A message from a project you backed",
   "{sig} of {co} sent you a message:\n\n\"Hi {name}, thanks so much for backing us and for asking about the workroom assistant job. We've brought in a graduate from the millinery course, so we're fully staffed for now. I'll post on the project page if anything else opens!\"\n\nReply at back.{dom}",
   "Plume & Felt Millinery", "backit", frm="BackIt <messages@back.{dom}>", tz="uk")
wr("en-sailmaker-booking", "Cancelled: Sail loft trial day",
   "The host cancelled your booking.\n\nEvent: Sail loft trial day\nWhen: {due}, 09:00\nHost note: \"Sorry {name} - we've appointed our apprentice this week, someone who already works with us part-time, so I've cancelled the trial. Thanks for your interest.\"\n\nBooked via slotbook.{dom}",
   "Penryn Sail Loft", "slotbook", frm="Slotbook <noreply@slotbook.{dom}>", tz="uk")
wr("en-dairy-herd", "Herd manager - {co}",
   "Hi {name},\n\nAppreciate you putting in for the relief herdsperson role on the Dunmore farm. The farmer has decided on a candidate who can do the 4am milkings five days a week, so yours stops here.\n\n{sig}\n{co} Rural Recruitment",
   "Greenacre Rural Recruitment", "greenacrerural", frm="{sig} <{sl}@{dom}>", tz="ie")
wr("en-woolmill-weaver", "Trainee weaver",
   "Dear {name},\n\nYou did well at the loom on your mill visit. We have offered the trainee weaver place to someone who has worked in our finishing room for a year, and she has started her training this week.\n\nKind regards,\n{sig}\nMill Manager, {co}",
   "Teviot Wool Mill", "teviotmill", frm="{sig} <{sl}@{dom}>", tz="uk")
wr("en-quarry-shotfirer", "Trainee shotfirer",
   "Hi {name},\n\nThanks for applying for the trainee shotfirer post. As you may know, applicants need a clean explosives certificate check. The police check came back without approval, so your application ends here.\n\n{sig}\nQuarry Manager, {co}",
   "Craigmore Aggregates", "craigmoreagg", frm="{sig} <{sl}@{dom}>", tz="uk")
# ---------------------------------------------------------------- wide: refusals in other languages
wr("rej-spa-hotel", "Ihre Bewerbung als Spa-Rezeptionist/in",
   "Hallo {name},\n\nherzlichen Dank, dass Sie sich bei uns im {co} vorgestellt haben. Nach den Gesprächen ist unsere Wahl auf eine Kollegin gefallen, die schon zwei Jahre in einem Thermenhotel gearbeitet hat. Ihre Unterlagen löschen wir nach sechs Monaten.\n\nAlles Gute für Sie\n{sig}",
   "Kurhotel Ammerblick", "ammerblick", frm="{sig} <{sl}@{dom}>", tz="eu", lang="de")
wr("rej-be-comite", "Votre candidature - gestionnaire de paie",
   "Bonjour {name},\n\nPour le poste de gestionnaire de paie, le comité a fini par choisir une autre personne. Ce choix s'est fait sur la connaissance des commissions paritaires, point sur lequel votre dossier était plus léger.\n\nBien à vous,\n{sig}\n{co}, Namur",
   "Mosane Services RH", "mosanerh", frm="{sig} <{sl}@{dom}>", tz="eu", lang="fr")
wr("rej-co-proceso", "Proceso de selección - Analista de cartera",
   "Hola {name},\n\nQueremos contarle que el proceso para Analista de cartera ya se cerró: la persona elegida viene del área de cobranza de otra cooperativa. Le agradecemos el tiempo que dedicó a la prueba.\n\nUn saludo,\n{sig}\nTalento Humano, {co}, Medellín",
   "Cooperativa Cafetera del Aburrá", "coopaburra", frm="{sig} <{sl}@{dom}>", tz="co", lang="es")
wr("rej-br-perfil", "Retorno sobre o processo seletivo",
   "Olá {name}!\n\nVim te contar como ficou: depois das entrevistas, o time de logística decidiu fechar a vaga com outro perfil de Analista de Transportes, alguém que já opera com cabotagem. Vamos manter seu currículo aqui com a gente.\n\nAbraço,\n{sig}\n{co}",
   "Transportes Ipiranga Sul", "ipirangasul", frm="{sig} <{sl}@{dom}>", tz="br", lang="pt")
wr("rej-it-assegnata", "Posizione di magazziniere",
   "Gentile {name},\n\nla posizione di magazziniere per il nostro deposito di Piacenza è andata a un'altra candidata che ha già il patentino per il carrello elevatore. Conserveremo il suo profilo per eventuali ricerche future.\n\nCordialità,\n{sig}\nUfficio Personale, {co}",
   "Logistica Padana Srl", "logpadana", frm="{sig} <{sl}@{dom}>", tz="eu", lang="it")
wr("rej-nl-zorglogistiek", "Terugkoppeling sollicitatie planner",
   "Beste {name},\n\nNa de tweede gespreksronde kiezen we voor een kandidaat die langer in de zorglogistiek werkt. Dat was uiteindelijk de doorslag. Bedankt voor je tijd en de uitgewerkte casus.\n\nGroet,\n{sig}\n{co}",
   "Zorgroute Gelderland", "zorgroute", frm="{sig} <{sl}@{dom}>", tz="eu", lang="nl")
wr("rej-pl-inna-osoba", "Rekrutacja: kierowca kat. C+E",
   "Dzień dobry {name},\n\ndziękujemy za rozmowę i jazdę próbną. Stanowisko kierowcy obsadziliśmy osobą z doświadczeniem w transporcie chłodniczym, więc na tym etapie kończymy z Panem/Panią współpracę w tym procesie.\n\nPozdrawiamy,\n{sig}\n{co}",
   "Trans-Mazury Sp. z o.o.", "transmazury", frm="{sig} <{sl}@{dom}>", tz="eu", lang="pl")
wr("rej-ru-vybrali", "Вакансия: инженер-сметчик",
   "Здравствуйте, {name}!\n\nСпасибо за ваш отклик и за время на собеседовании по вакансии инженера-сметчика. По итогам собеседований мы остановились на другом кандидате, у которого больше опыта с ГрандСметой. Желаем успехов в поиске.\n\n{sig}\nОтдел персонала, {co}",
   "СтройКонтур", "stroykontur", frm="{sig} <{sl}@{dom}>", tz="ru", lang="ru")
wr("rej-ja-ryokan", "【{co}】選考結果のご連絡",
   "{name} 様\n\n先日は当館の仲居職の面接にお越しいただき、ありがとうございました。社内で検討を重ねました結果、今回は採用を見送らせていただくことになりました。末筆ながら、今後のご活躍をお祈り申し上げます。\n\n{co} 総務課",
   "湯けむりの宿 かすみ荘", "kasumiso", frm="{co} <saiyo@{dom}>", tz="jp", lang="ja")
wr("rej-zh-gangwei", "关于面试结果的通知",
   "{name}您好：\n\n感谢您参加我们仓储主管岗位的面试。经过综合评估，我们最终录用了另一位有冷链管理经验的候选人。您的简历我们会保留在人才库中。\n\n{co} 人力资源部",
   "恒通冷链物流", "hengtonglogistics", frm="{co} HR <hr@{dom}>", tz="cn", lang="zh")
wr("rej-ko-hamkke", "[{co}] 서류 전형 결과 안내",
   "{name}님, 안녕하세요.\n\n이번 매장 매니저 채용에 관심을 가지고 지원해 주셔서 고맙습니다. 내부 검토를 마친 결과, 이번 모집에서는 다음 단계로 모시지 못하게 되었습니다. 다른 공고에서 다시 만나기를 바랍니다.\n\n{co} 인사팀 드림",
   "한빛베이커리", "hanbitbakery", frm="{co} 인사팀 <recruit@{dom}>", tz="kr", lang="ko")
wr("rej-tr-baska-aday", "Başvurunuz hakkında",
   "Merhaba {name},\n\nMuhasebe uzmanı pozisyonu için yaptığımız görüşmelerin ardından, dış ticaret tecrübesi daha fazla olan bir adayla yola devam etme kararı aldık. Gösterdiğiniz ilgi için çok teşekkür ederiz.\n\nSaygılarımızla,\n{sig}\n{co} İnsan Kaynakları",
   "Karadeniz Fındık A.Ş.", "karadenizfindik", frm="{sig} <{sl}@{dom}>", tz="tr", lang="tr")
wr("rej-ar-murashah", "نتيجة طلب التوظيف",
   "الأستاذ/ة {name} المحترم/ة،\n\nنشكر لك تقدمك لوظيفة محاسب في {co}. بعد إتمام المقابلات، وقع اختيار اللجنة على مرشح آخر لديه خبرة أطول في أنظمة المخزون. نتمنى لك كل التوفيق.\n\nإدارة الموارد البشرية",
   "شركة الواحة للتجارة", "alwahatrading", frm="HR <hr@{dom}>", tz="sa", lang="ar")
wr("rej-vi-ung-vien", "Thư phản hồi - Kế toán kho",
   "Chào {name},\n\nCông ty rất quý thời gian bạn bỏ ra để đến phỏng vấn. Lần này, vị trí được giao cho một ứng viên đã làm lâu năm về kho lạnh cho vị trí này. Mong sẽ có dịp hợp tác với bạn sau này.\n\nPhòng Nhân sự {co}",
   "Công ty Thủy sản Cửu Long", "cuulongseafood", frm="HR {co} <hr@{dom}>", tz="vn", lang="vi")
wr("rej-id-kandidat", "Hasil seleksi Staf Gudang",
   "Halo {name},\n\nTerima kasih sudah mengikuti rangkaian tes serta wawancara Staf Gudang. Setelah kami timbang, posisi tersebut kami berikan kepada kandidat lain yang domisilinya dekat dengan lokasi gudang di Cikarang. Semoga sukses ke depannya.\n\nSalam,\n{sig}\nHRD {co}",
   "PT Sinar Cikarang Makmur", "sinarcikarang", frm="{sig} <{sl}@{dom}>", tz="id", lang="id")
# ten languages new to the slices
wr("rej-pcm-driver", "Your application for driver work",
   "Good afternoon {name},\n\nThank you say you apply for the driver work for our company. We don see person wey don drive for Lagos-Ibadan route for many years, so we no go fit carry you go front for this one. Make you no vex. If another space open, we go call you.\n\n{sig}\nAdmin, {co}",
   "Ekomobi Haulage", "ekomobi", frm="{sig} <{sl}@{dom}>", tz="ng", lang="pcm")
wr("rej-jam-bartender", "Bout di bartender work",
   "Wah gwaan {name},\n\nTanks fi come check wi bout di bartender work. Di boss gi di work to one yute weh did a work a one hotel inna Negril, so di spot full up now. Nuh badda feel no way. Bless up.\n\n{sig}\n{co}",
   "Seabreeze Jerk Centre", "seabreezejerk", frm="{sig} <{sl}@{dom}>", tz="jm", lang="jam")
wr("rej-mfe-kasie", "Ou aplikasion pou pos kasie",
   "Bonzour {name},\n\nMersi ki ou finn aplike pou pos kasie dan nou magazin Rose-Hill. Nou finn swazir enn lot dimounn ki ena plis lexperians. Nou pou gard ou CV si enn lot plas vinn disponib.\n\n{sig}\n{co}",
   "Bazar Moris Ltd", "bazarmoris", frm="{sig} <{sl}@{dom}>", tz="mu", lang="mfe")
wr("rej-lad-guia", "Tu demanda para el lavoro de guia",
   "Kerida {name},\n\nTe agradesemos muncho por tu demanda para el lavoro de guia en el museo. Eskojimos a otra persona ke ya avla el ebreo i el turko kon los vijitantes. Te deseamos muncho buen mazal.\n\nKon karinyo,\n{sig}\n{co}",
   "Muzeo de la Djuderia", "muzeodjuderia", frm="{sig} <{sl}@{dom}>", tz="tr", lang="lad")
wr("rej-ia-traductor", "Vostre candidatura pro le posto de traductor",
   "Car {name},\n\nNos vos regratia pro vostre candidatura al posto de traductor technic. Post haber legite tote le candidaturas, nos ha seligite un altere persona con plus de experientia in le textos medical. Nos vos desira bon fortuna in vostre recerca.\n\nCordialmente,\n{sig}\n{co}",
   "Lingua Pontes Servicios", "linguapontes", frm="{sig} <{sl}@{dom}>", tz="eu", lang="ia")
wr("rej-fur-cantine", "La tô domande pe cantine",
   "Cjâr {name},\n\ngraciis pe domande di lavôr te nestre cantine. O vin sielzût une altre persone che e à za fat la vendeme cun nô l'an passât. Ti augurìn dut il ben.\n\n{sig}\n{co}",
   "Cantine dal Cuel", "cantinedalcuel", frm="{sig} <{sl}@{dom}>", tz="eu", lang="fur")
wr("rej-nds-faehr", "Dien Bewerbung as Schipper",
   "Moin {name},\n\nveel Dank för dien Bewerbung as Schipper op uns lütte Fähr. Wi hebbt uns för en annern Bewerber entscheedt, de dat Patent al siet twee Johr hett. Allens Gode för di!\n\n{sig}\n{co}",
   "Fährhuus an de Elv", "faehrhuus", frm="{sig} <{sl}@{dom}>", tz="eu", lang="nds")
wr("rej-ilo-tindera", "Maipapan iti aplikasionmo",
   "Naimbag nga aldaw {name},\n\nAgyamankami iti panagaplaymo kas tindera iti tiendami idiay Laoag. Nakapilikamin iti sabali a tao a nabayagen nga agtartrabaho iti tiendaan. Dios ti agngina ken naimbag a gasat.\n\n{sig}\n{co}",
   "Laoag Sari-Sari Mart", "laoagmart", frm="{sig} <{sl}@{dom}>", tz="ph", lang="ilo")
wr("rej-scn-pasticceria", "Pâ vostra dumanna",
   "Caru {name},\n\nvi ringraziamu pâ vostra dumanna pû postu di aiutu pasticceri. Avemu sciugghiutu a n'autru picciottu ca già travagghiava cu nuatri a Natali. V'auguramu tanta furtuna.\n\n{sig}\n{co}",
   "Pasticceria Zagara", "pasticceriazagara", frm="{sig} <{sl}@{dom}>", tz="eu", lang="scn")
wr("rej-kea-resepson", "Bu kandidatura pa resepson",
   "Olá {name},\n\nobrigadu pa bu kandidatura pa trabadju na resepson di otel. Nu skodje otu algen ki ta fala fransés y inglés. Nu ta dizeja-bu boa sorti.\n\n{sig}\n{co}",
   "Otel Praia Branka", "praiabranka", frm="{sig} <{sl}@{dom}>", tz="cv", lang="kea")
# ---------------------------------------------------------------- wide: others (twins)
wo("application_received", "en-celebrant-conf", "Your application to join the {co} network",
   "Dear {name},\n\nYour application to train as a funeral celebrant with {co} has arrived. The panel will listen to your sample tribute in the next fortnight. We can only take a small cohort, so if you aren't offered a place this time, a letter from us will say so and you can apply again in the autumn.\n\n{sig}\nTraining Lead",
   "Hollowtree Celebrants", "hollowtreecelebrants", frm="{sig} <{sl}@{dom}>", tz="uk", copies=2)
wo("application_received", "en-icerink-conf", "{co}: application received",
   "{co} posted an update for you on RinkRota:\n\nIce technician (evenings) - application received. The rink manager reviews applications on Mondays. If the vacancy is filled by someone else, this application will show as closed here.\n\nNotification settings: rinkrota.{dom}/settings",
   "Glenfarg Ice Arena", "rinkrota", frm="RinkRota <no-reply@{dom}>", tz="uk", copies=2)
wo("application_received", "en-hydro-conf", "Crew portal: application received",
   "{co} crew portal\n\nPosition: Trainee Hydrographic Surveyor\nYour status: Received\nNote: Berths are offered in order of documents complete. Applications without a valid survival certificate may be marked unsuccessful at review.\n\nLog in to upload documents.",
   "Fathomline Survey", "fathomline", frm="{co} Crew Portal <crew@{dom}>", tz="uk", copies=2)
wo("application_received", "en-drystone-conf", "New comment on your post in Dales Walling Folk",
   "{sig} replied to your post \"Looking for a trainee place with a waller\":\n\n\"Hi {name}, might have room for someone in spring. Let me see what work comes in - you'll get a message from me before February's out, yes or no.\"\n\nReply | View post\nManage notifications at groups.{dom}",
   "Dales Walling Folk", "commonground", frm="Commonground Groups <notify@{dom}>", tz="uk")
wo("application_received", "en-groundsman-conf", "Assistant groundsman - application",
   "Hi {name},\n\nThanks for your letter about the assistant groundsman post. The grounds sub-committee meets on the 12th and will decide then. I'll write to everyone who applied afterwards, whoever gets it.\n\n{sig}\nHon. Secretary, {co}",
   "Long Ashby Cricket Club", "longashbycc", frm="{sig} <{sl}@{dom}>", tz="uk")
wo("application_received", "en-mushroom-conf", "Fwd: Text message from 60744",
   "Forwarded text message\nFrom: 60744 ({co} Jobs)\n\n{co}: Thanks {name}, we've got your details. If we have picking shifts for you we'll text a start date. No text within 2 weeks = crew is full this flush. Reply STOP to opt out.",
   "Greywell Mushroom Farm", "greywellmushrooms", frm="{name} (forwarded) <{name}@fwd.{dom}>", tz="uk")
wo("application_received", "en-archive-conf", "Trainee Archivist bursary - application received",
   "Dear {name},\n\nYour Trainee Archivist bursary application is in. Shortlisted applicants will be asked to a transcription exercise in early March. Once the panel has met, every applicant gets a letter, shortlisted or not.\n\n{sig}\nCounty Archivist",
   "Westmorland & Furness Record Office", "wfrecordoffice", frm="{sig} <{sl}@{dom}>", tz="uk")
wo("application_received", "en-candle-conf", "Re: Contact form - workshop assistant",
   "Hi {name},\n\nThanks for your message through the shop's contact form. We're reading replies this week and will invite two or three people to a pouring morning. If someone else gets it, I'll still write back - promise.\n\n{sig}\n{co}",
   "Wick & Ember", "wickember", frm="{sig} <{sl}@{dom}>", tz="uk")
wo("application_received", "en-ghillie-conf", "Private message from {sig} on Riverbank Forum",
   "{sig} has sent you a private message:\n\nRe: Ghillie wanted, lower beat\n\n\"Thanks {name}, passed your details to the estate factor. He's seeing folk after the AGM; should the answer be no he'll tell you himself, he's good like that.\"\n\nReply at riverbank.{dom}/pm",
   "Riverbank Forum", "riverbankforum", frm="Riverbank Forum <pm@{dom}>", tz="uk")
wo("application_received", "conf-de-eingang", "Eingangsbestätigung Ihrer Bewerbung",
   "Hallo {name},\n\nIhre Bewerbung (Spa-Rezeption) liegt uns vor. Binnen drei Wochen melden wir uns, ob mit Einladung oder Absage - eine Antwort bekommen Sie so oder so.\n\n{sig}\n{co}",
   "Kurhotel Ammerblick", "ammerblick", frm="{sig} <{sl}@{dom}>", tz="eu", lang="de")
wo("application_received", "conf-fr-bien-recu", "Accusé de réception - gestionnaire de paie",
   "Bonjour {name},\n\nVotre dossier nous est parvenu. Le comité se réunit fin du mois. Si votre candidature n'est pas retenue pour un entretien, vous recevrez un courriel de notre part ; sans nouvelles au 30, vous pouvez en conclure que le comité a retenu quelqu'un d'autre.\n\n{co}",
   "Mosane Services RH", "mosanerh", frm="{co} <rh@{dom}>", tz="eu", lang="fr")
wo("application_received", "conf-ja-uketsuke", "【{co}】ご応募受付のお知らせ",
   "{name} 様\n\nこのたびは仲居職にご応募いただき、ありがとうございます。書類選考の結果は、合否にかかわらず二週間以内にメールでお知らせいたします。\n\n{co} 総務課",
   "湯けむりの宿 かすみ荘", "kasumiso", frm="{co} <saiyo@{dom}>", tz="jp", lang="ja")
wo("application_received", "conf-pcm-received", "We don receive your application",
   "Good morning {name},\n\nWe don receive your application for the driver work. We go check am this week. If e no work, we go still send you message make you no dey wait.\n\n{sig}\nAdmin, {co}",
   "Ekomobi Haulage", "ekomobi", frm="{sig} <{sl}@{dom}>", tz="ng", lang="pcm")
wo("application_received", "conf-ia-recepite", "Recepite de vostre candidatura",
   "Car {name},\n\nNos ha recipite vostre candidatura pro le posto de traductor. Nos va examinar illo in le proxime duo septimanas. Si vostre profilo non es seligite, nos vos informara per e-posta.\n\n{co}",
   "Lingua Pontes Servicios", "linguapontes", frm="{co} <personal@{dom}>", tz="eu", lang="ia")
wo("application_received", "conf-scn-ricivuta", "Avemu ricivutu a vostra dumanna",
   "Caru {name},\n\navemu ricivutu a vostra dumanna pû postu di aiutu pasticceri. Vi facemu sapiri entru na simana, sia si sì sia si no.\n\n{sig}\n{co}",
   "Pasticceria Zagara", "pasticceriazagara", frm="{sig} <{sl}@{dom}>", tz="eu", lang="scn")
wo("application_received", "conf-ilo-naawat", "Naawatmi ti aplikasionmo",
   "Naimbag nga aldaw {name},\n\nNaawatmi ti aplikasionmo kas tindera. Tawagandaka no mapilika para iti interbiu. No saan, ipakaammomi met kenka babaen ti email.\n\n{sig}\n{co}",
   "Laoag Sari-Sari Mart", "laoagmart", frm="{sig} <{sl}@{dom}>", tz="ph", lang="ilo")
wo("interview", "en-ballet-int", "Notification from {co} People app",
   "People app notification\n\nApplication: Wardrobe Assistant (Touring)\nStage: Interview\nMessage from the wardrobe supervisor: Please come to the costume store on {due} at 11:00 for a practical - a quick alteration and a chat about the tour schedule.\n\nOpen the People app to confirm.",
   "Northern Line Ballet", "northernlineballet", frm="{co} People <people-app@{dom}>", tz="uk", copies=2)
wo("interview", "en-gilder-int", "Voice message transcript from {sig}",
   "New voice message (0:31) - transcript:\n\n\"Hiya {name}, it's {sfirst} at the frame workshop. Any chance you're free on {due}, about ten, and have a go at some water gilding with me? Bring an apron. Ta-ra.\"\n\nTranscripts can contain errors.",
   "Hallam Frame & Gilding", "voxmail", frm="VoxMail <transcripts@{dom}>", tz="uk")
wo("interview", "en-weather-int", "[satmail] Re: observer post",
   "{name} - satellite link, short. Want to talk about the winter observer post. Call the mainland office {due} 14:00 - they patch through. {sfirst}\n-- sent via station satmail --",
   "Fair Isle Weather Station", "satmail", frm="{sig} <station@{dom}>", tz="uk")
wo("interview", "en-cobbler-int", "{co} replied to your message",
   "{co} replied on Business Chat:\n\n\"Hi {name}, thanks for asking about the apprenticeship. Could you pop into the shop on {due} after 4? We'll have a chat and you can try some heel work.\"\n\nReply | Report",
   "Heel & Sole Repairs", "mapsbiz", frm="Business Chat <chat@{dom}>", tz="uk")
wo("interview", "en-sailmaker-int", "Confirmed: Sail loft trial day",
   "Your booking is confirmed.\n\nEvent: Sail loft trial day\nWhen: {due}, 09:00\nHost note: \"Looking forward to it, {name}. Wear soft shoes - we work on the floor.\"\n\nBooked via slotbook.{dom}",
   "Penryn Sail Loft", "slotbook", frm="Slotbook <noreply@slotbook.{dom}>", tz="uk")
wo("interview", "int-es-entrevista", "Citación a entrevista - Analista de cartera",
   "Hola {name},\n\nNos gustaría conocerle. Le esperamos el {dnum} a las 9:00 a. m. en nuestra sede de El Poblado, piso 4. Traiga la cédula, por favor.\n\n{sig}\nTalento Humano, {co}",
   "Cooperativa Cafetera del Aburrá", "coopaburra", frm="{sig} <{sl}@{dom}>", tz="co", lang="es")
wo("interview", "int-kea-entrevista", "Entrevista pa resepson",
   "Olá {name},\n\nnu krê konbida-bu pa un entrevista na otel dia {dnum}, pa 10 ora. Traze bu BI.\n\n{sig}\n{co}",
   "Otel Praia Branka", "praiabranka", frm="{sig} <{sl}@{dom}>", tz="cv", lang="kea")
wo("interview", "int-nds-snack", "Laat uns snacken",
   "Moin {name},\n\nwi wüllt di geern kennenlehrn. Kümmst du an'n {dnum} um teihn Uhr an de Fähr? Denn föhrt wi eenmal röver un snackt.\n\n{sig}\n{co}",
   "Fährhuus an de Elv", "faehrhuus", frm="{sig} <{sl}@{dom}>", tz="eu", lang="nds")
wo("next_steps", "en-diver-next", "Trainee diver intake - medical",
   "Dear {name},\n\nYour application for the trainee diver intake is in. Before the selection weekend, please book an HSE-approved dive medical and send us the certificate by {due}. Without it we can't confirm your place at selection.\n\n{sig}\nDiving Superintendent, {co}",
   "Scapa Subsea Services", "scapasubsea", frm="{sig} <{sl}@{dom}>", tz="uk", copies=2)
wo("next_steps", "en-steeplejack-next", "Climbing day - {co}",
   "Dear {name},\n\nYou're invited to our climbing day on {due}. You'll need to complete the ladder circuit and a harness check. Please return the attached health form by the day before, or we can't let you climb.\n\n{sig}\nContracts Manager, {co}",
   "Hale & Renshaw Steeplejacks", "halerenshaw", frm="{sig} <{sl}@{dom}>", tz="uk")
wo("next_steps", "en-harpist-next", "{co}: send your audition recording",
   "Hi {name},\n\nThanks for applying to the {co} harpist roster. Next step: upload a 10-minute recording (one processional, one light classical, one pop arrangement) by {due}. Recordings after that date go to next year's review.\n\n{co} Roster Team",
   "Vowbook", "vowbook", frm="{co} Roster <roster@{dom}>", tz="uk")
wo("next_steps", "en-woolmill-next", "Trainee weaver - trial",
   "Dear {name},\n\nPlease come to the mill for a half-day loom trial on {due}. Please confirm by reply two days before; sturdy shoes, no loose sleeves.\n\n{sig}\nMill Manager, {co}",
   "Teviot Wool Mill", "teviotmill", frm="{sig} <{sl}@{dom}>", tz="uk")
wo("next_steps", "next-zh-ceshi", "在线测评通知",
   "{name}您好：\n\n您已进入仓储主管岗位的下一轮。请于{dnum}前完成在线测评，约需四十分钟。逾期未完成将视为自动放弃。\n\n{co} 人力资源部",
   "恒通冷链物流", "hengtonglogistics", frm="{co} HR <hr@{dom}>", tz="cn", lang="zh")
wo("next_steps", "next-jam-papers", "Papers fi di bartender work",
   "Wah gwaan {name},\n\nBoss seh yuh fi sen wi yuh food handler permit an police record before {dnum}, den wi can set up a trial shift. Tanks.\n\n{sig}\n{co}",
   "Seabreeze Jerk Centre", "seabreezejerk", frm="{sig} <{sl}@{dom}>", tz="jm", lang="jam")
wo("next_steps", "next-fur-prove", "Une zornade di prove",
   "Cjâr {name},\n\no volaressin che tu vegnis in cantine pe une zornade di prove ai {dnum}. Confermimi entri doi dîs, par plasê.\n\n{sig}\n{co}",
   "Cantine dal Cuel", "cantinedalcuel", frm="{sig} <{sl}@{dom}>", tz="eu", lang="fur")
wo("offer", "en-alpaca-offer", "New message from {co} on Hearthside",
   "New message - {co} wrote to you:\n\n\"Hi {name} - we'd love you to be our weekend farm hand! Saturdays 8 till 1, starting {due}. Let us know if that works.\"\n\nReply on Hearthside",
   "Bramble Hill Alpacas", "hearthside", frm="Hearthside <messages@{dom}>", tz="uk")
wo("offer", "en-rigger-offer", "You have a new direct message",
   "@{sig} sent you a direct message on big.top.social:\n\n\"{name}!! head rigger says yes - you're on the winter tour crew. contract coming by email, first build day {due}.\"\n\nView conversation: big.top.{dom}/messages",
   "Circus Varesco", "social", frm="big.top.social <notifications@big.top.{dom}>", tz="eu")
wo("offer", "offer-pt-proposta", "Proposta - Analista de Transportes",
   "Oi {name},\n\nTemos o prazer de te oferecer a vaga de Analista de Transportes. A proposta segue em anexo; se puder, responda até {dnum}.\n\nAbraço,\n{sig}\n{co}",
   "Transportes Ipiranga Sul", "ipirangasul", frm="{sig} <{sl}@{dom}>", tz="br", lang="pt")
wo("offer", "offer-mfe-plas", "Nou ofer ou pos kasie",
   "Bonzour {name},\n\nNou kontan pou ofer ou pos kasie dan nou magazin Rose-Hill. Ou kapav koumans {dnum}? Reponn nou avan vandredi.\n\n{sig}\n{co}",
   "Bazar Moris Ltd", "bazarmoris", frm="{sig} <{sl}@{dom}>", tz="mu", lang="mfe")
wo("offer", "offer-lad-guia", "El lavoro de guia es tuyo",
   "Kerida {name},\n\nkon plazer te ofresemos el lavoro de guia en el museo. Empesas el {dnum}. Respondemos kuando puedes.\n\n{sig}\n{co}",
   "Muzeo de la Djuderia", "muzeodjuderia", frm="{sig} <{sl}@{dom}>", tz="tr", lang="lad")
wo("other_job", "en-soap-review", "Stall helper application: in review",
   "Marketpitch update\n\nYour application to help on the {co} stall is in review. The trader will reply within 7 days. Nothing has been decided yet.\n\nmarketpitch.{dom}",
   "Suds & Sage Soaps", "marketpitch", frm="Marketpitch <updates@{dom}>", tz="uk")
wo("other_job", "en-upholstery-withdrawn", "{sig} commented on \"Trainee upholsterer - applicants\"",
   "{sig} commented:\n\n\"@{name} noted that you've withdrawn - congrats on the college place! You're off the list now.\"\n\nReply in workspace.{dom}",
   "Cobbett & Daughters Upholstery", "workspace", frm="Workspace <notify@workspace.{dom}>", tz="ie")
wo("other_job", "oth-ko-status", "[{co}] 지원 현황 안내",
   "{name}님, 안녕하세요.\n\n매장 매니저 지원서는 현재 검토 중입니다. 결과는 이달 말까지 문자로 보내 드리겠습니다.\n\n{co} 인사팀",
   "한빛베이커리", "hanbitbakery", frm="{co} 인사팀 <recruit@{dom}>", tz="kr", lang="ko")
wo("job_alert", "en-crew-alert", "New berths matching your crew profile",
   "Crewline alert\n\n- Deckhand, survey vessel, Aberdeen - 4 weeks on/off\n- Trainee ROV technician, Peterhead\n- Cook, research vessel, Falmouth\n\nUpdate your profile or unsubscribe at crewline.{dom}",
   "Crewline", "crewline", frm="Crewline <alerts@{dom}>", tz="uk")
wo("recruiter_outreach", "en-rural-pitch", "Relief milker work - Co. Tipperary",
   "Hi {name},\n\nI saw your profile on our rural jobs board. I've a farmer near Cahir looking for relief milking cover, three mornings a week. Interested in a chat?\n\n{sig}\n{co}",
   "Greenacre Rural Recruitment", "greenacrerural", frm="{sig} <{sl}@{dom}>", tz="ie")
wo("non_job_rejection_words", "en-pottery-full", "Wheel-throwing course - waiting list",
   "Hi {name},\n\nThanks for booking onto the eight-week wheel-throwing course. Sadly it filled up before your booking came through, and your booking couldn't be placed. For the spring course you're top of the waiting list.\n\n{co}",
   "Claypit Studio", "claypitstudio", frm="{co} <hello@{dom}>", tz="uk")
wo("non_job_rejection_words", "en-mooring-refused", "Mooring application",
   "Dear {name},\n\nYour swinging mooring application came before the committee. The harbour committee has not approved your application this year as all moorings are allocated. Your name has been added to the list.\n\nHarbour Master, {co}",
   "Porthallow Harbour Trust", "porthallowharbour", frm="Harbour Master <harbour@{dom}>", tz="uk")
wo("non_job_rejection_words", "nj-it-contributo", "Esito della domanda di contributo",
   "Gentile {name},\n\nla sua domanda di contributo per la ristrutturazione della bottega non è stata ammessa al finanziamento, perché i fondi del bando sono esauriti. Potrà ripresentarla al prossimo bando.\n\nUfficio Attività Produttive, {co}",
   "Comune di Borgo Valsesia", "borgovalsesia", frm="Attività Produttive <suap@{dom}>", tz="eu", lang="it")
wo("non_job_rejection_words", "nj-vi-the", "Thông báo về hồ sơ vay",
   "Chào {name},\n\nKhoản vay tiêu dùng bạn đề nghị chưa được duyệt do thu nhập kê khai chưa đủ theo quy định. Bạn có thể nộp lại sau ba tháng.\n\n{co}",
   "Ngân hàng Phương Nam Xanh", "phuongnamxanh", frm="{co} <vay@{dom}>", tz="vn", lang="vi")


def fold(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")


def local_part(name: str, n: int) -> str:
    parts = [p for p in re.split(r"[^a-z]+", fold(name).lower()) if p]
    if n % 3 == 0:
        return ".".join(parts)
    if n % 3 == 1:
        return parts[0][0] + "." + parts[-1]
    return parts[0] + parts[-1][:1]


def offset(zone: str, when: dt.datetime) -> dt.timezone:
    std, summer, half = ZONES[zone]
    raw = std
    if summer and ((half == "n" and 4 <= when.month <= 10) or (half == "s" and (when.month >= 10 or when.month <= 3))):
        raw = summer
    sign = -1 if raw[0] == "-" else 1
    return dt.timezone(sign * dt.timedelta(hours=int(raw[1:3]), minutes=int(raw[3:5])))


def pick_date(rng: random.Random, zone: str) -> dt.datetime:
    start = dt.datetime(2025, 3, 1)
    day = start + dt.timedelta(days=rng.randrange(638))
    naive = day.replace(hour=rng.randrange(7, 22), minute=rng.randrange(60), second=rng.randrange(60))
    return naive.replace(tzinfo=offset(zone, naive))


def fill(text: str, slots: dict[str, str]) -> str:
    return SLOT.sub(lambda m: slots.get(m.group(1), m.group(0)), text)


def build() -> list[dict[str, str]]:
    rng = random.Random(SEED)
    people = RECIPIENTS[:]
    rng.shuffle(people)
    records: list[dict[str, str]] = []
    n = 0
    for t in TEMPLATES:
        for i in range(t.copies):
            person = people[n % len(people)]
            pool = SIGNERS_IN if t.tz == "in" else SIGNERS
            signer = pool[rng.randrange(len(pool))]
            when = pick_date(rng, t.tz)
            quoted = when - dt.timedelta(days=rng.randrange(2, 9))
            due = when + dt.timedelta(days=rng.randrange(4, 11))
            dom = t.dom[i % len(t.dom)] + ".example"
            slots = {
                "name": person.split()[0], "full": person, "sig": signer, "sfirst": signer.split()[0],
                "co": t.co[i % len(t.co)], "dom": dom, "role": t.role[i % len(t.role)],
                "sl": local_part(signer, n), "ref": str(rng.randrange(100000, 999999)),
                "qdate": quoted.strftime("%d.%m.%Y %H:%M"), "qday": quoted.strftime("%A %d %B"),
                "due": due.strftime("%A %d %B"), "dnum": due.strftime("%d.%m.%Y"), "year": str(when.year),
            }
            rec = {
                "id": "", "subject": fill(t.subject, slots), "body": fill(t.body, slots),
                "sender": fill(t.frm, slots), "label": t.label, "kind": t.kind,
                "family": f"blind23-{t.part}-{t.fam}" if t.lang == "en" else f"blind23-{t.part}-{t.lang}-{t.fam}",
                "to": f"{person} <{local_part(person, n + 1)}@{PROVIDERS[n % len(PROVIDERS)]}.example>",
                "date": format_datetime(when), "part": t.part, "lang": t.lang,
            }
            left = SLOT.findall(rec["subject"] + rec["body"] + rec["sender"])
            if left:
                raise ValueError(f"{t.fam}: unfilled {left}")
            records.append(rec)
            n += 1
    rng.shuffle(records)
    counters: collections.Counter[str] = collections.Counter()
    for rec in records:
        short = "rej" if rec["label"] == "rejection" else "oth"
        counters[short] += 1
        rec["id"] = f"blind23:{short}-{counters[short]:03d}"
    return records


def shingles(text: str) -> set[str]:
    words = WORD.findall(TAG.sub(" ", text).lower())
    return {" ".join(words[i:i + 6]) for i in range(len(words) - 5)}


def check(records: list[dict[str, str]]) -> None:
    ours: dict[str, set[str]] = {}
    for rec in records:
        for sh in shingles(rec["subject"] + "\n" + rec["body"]) | shingles(rec["body"]):
            ours.setdefault(sh, set()).add(rec["id"])
    others = sorted(HERE.parent.glob("*.jsonl")) + sorted(p for p in HERE.glob("*.jsonl") if p != OUT)
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
    for sh in sorted(shared, key=lambda s: (-len(ours[s]), s)):
        print(f"  {len(ours[sh]):3d}  {sh}")


def langs(records: list[dict[str, str]]) -> None:
    by_kind = collections.Counter((r["part"], r["label"], r["kind"]) for r in records)
    by_lang = collections.Counter((r["label"], r["lang"]) for r in records)
    print("part / label / kind:")
    for (part, label, kind), count in sorted(by_kind.items()):
        print(f"  {part:5s} {label:14s} {kind:26s} {count:4d}")
    print("label / language:")
    for (label, lang), count in sorted(by_lang.items()):
        print(f"  {label:14s} {lang:6s} {count:4d}")
    print(f"total {len(records)}; families {len({r['family'] for r in records})}; templates {len(TEMPLATES)}; doubled {sum(t.copies == 2 for t in TEMPLATES)}")


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
