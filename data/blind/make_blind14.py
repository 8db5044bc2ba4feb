# ruff: noqa: E501
"""Write the sealed blind slice 14 (issue 11): data/blind/blind-slice-14.jsonl.

Stdlib only, fixed seed; two runs write byte-identical files. Every message is our own
writing. Templates are sent to one or more people; each copy gets its own recipient,
company, role, signer and date (and, where a template has alternatives, its own sentence).

    python data/blind/make_blind14.py            # write the slice
    python data/blind/make_blind14.py --check    # 6-word-shingle overlap against other files
    python data/blind/make_blind14.py --langs    # make-up by label/kind and label/language
"""

from __future__ import annotations

import argparse
import collections
import json
import random
import re
import sys
import unicodedata
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime
from pathlib import Path

SEED = 140141
HERE = Path(__file__).resolve().parent
OUT = HERE / "blind-slice-14.jsonl"
PROVENANCE = "written for rejectwatch blind slice 14 (issue 11) by make_blind14.py, seed 140141; own wording"

FIRST = [
    "Oluwaseun", "Brigitta", "Tamsin", "Ravindra", "Kjersti", "Anselm", "Marisol", "Dovydas",
    "Henrike", "Caoimhe", "Yusuf", "Ottilie", "Leandro", "Saskia", "Tomasz", "Ingrid", "Nnamdi",
    "Philippa", "Mateus", "Aurelie", "Benedikt", "Shirin", "Lachlan", "Zofia", "Emeka", "Rosalind",
    "Hiroshi", "Valentina", "Idris", "Gwendolyn", "Arvid", "Priyanka", "Casimir", "Thandiwe",
    "Eero", "Mirela", "Fintan", "Delphine", "Kwabena", "Signe",
]
LAST = [
    "Achterberg", "Okonkwo", "Vasquez-Lind", "Thistlewood", "Marchetti", "Halvorsen", "Brannigan",
    "Szymanski", "Delacroix", "Oyelaran", "Kettleborough", "Nakashima", "Fairweather", "Lindqvist",
    "Castellanos", "Abernethy", "Wojcik", "Rautio", "Mbeki-Stone", "Penhaligon", "Grünewald",
    "Ferreira", "Chaudhry", "Van Tilburg", "Ostrowska", "Quintero", "Hollingworth", "Sørensen",
    "Valdés", "Pemberton-Ruiz",
]
SIGNERS = [
    "Maren Oakes", "Dilip Varghese", "Corinna Weiss", "Bastian Rook", "Harriet Ngata", "Jules Ferrand",
    "Ayodele Banjo", "Kirsty MacLeod", "Renzo Abate", "Noor Haddad", "Petra Vlasak", "Gideon Ashworth",
    "Lotte Brink", "Silas Okafor", "Imogen Tarrant", "Vikram Sethi", "Beatriz Lobo", "Torsten Ek",
    "Rhiannon Pugh", "Aiko Tanabe", "Chidi Eze", "Florence Aubert", "Magnus Holm", "Eliska Novakova",
]
COMPANIES = [
    "Brackenridge Turbines", "Quillfeather Analytics", "Saltmarsh Foods", "Orrery Labs", "Kestrel Freight",
    "Hollowbrook Health", "Tinderbox Studios", "Larchmont Insurance", "Pellucid Optics", "Wrenfield Water",
    "Copperline Telecom", "Marlowe & Finch LLP", "Ninefold Robotics", "Ashgrove Housing", "Bluestem Bank",
    "Fenwick Aerostructures", "Glimmerglass Media", "Harrowgate Pharma", "Juniper Row Retail", "Lanternfish Games",
    "Meridian Kilns", "Northcote Geothermal", "Oxbow Biotech", "Palisade Security", "Redpoll Software",
    "Stonechat Logistics", "Thornbury Estates", "Umber & Ash Architects", "Vantage Mill", "Wildcroft Hotels",
]
ROLES = [
    "Hydrology Data Analyst", "Cold Chain Planner", "Clinical Systems Trainer", "Turbine Reliability Engineer",
    "Localisation Producer", "Treasury Operations Associate", "Kiln Process Technician", "Tenant Liaison Officer",
    "Firmware Test Engineer", "Grants Finance Officer", "Bid Writer", "Geospatial Developer",
    "Payroll Systems Specialist", "Packaging Technologist", "Site Safety Coordinator", "Pricing Analyst",
    "Accessibility Researcher", "Fleet Telematics Lead", "Regulatory Affairs Associate", "Sound Designer",
    "Partnerships Manager", "Warehouse Shift Supervisor", "Actuarial Assistant", "Platform Reliability Engineer",
    "Brand Copywriter", "Lab Automation Scientist", "Conveyancing Paralegal", "Energy Trading Analyst",
    "Facilities Coordinator", "Learning Designer", "Data Protection Officer", "Menu Development Chef",
]
ZONES = [-480, -420, -300, -240, -180, 0, 60, 120, 180, 330, 540, 600, 780]


def fold(text: str) -> str:
    """ASCII-fold a name for an address local part."""
    text = unicodedata.normalize("NFKD", text.replace("ø", "o").replace("Ø", "O"))
    return re.sub(r"[^a-z0-9]+", ".", text.encode("ascii", "ignore").decode().lower()).strip(".")


def slug(company: str) -> str:
    return re.sub(r"[^a-z0-9]+", "", fold(company).split(".and.")[0].replace(".", ""))[:18]


# ---------------------------------------------------------------- footers and shapes
FT_WORKDAY = (
    "\n\n--\nAutomated notice from the {co} hiring platform; this mailbox is unattended.\n"
    "Every application you have made with us is listed under My Applications: "
    "https://{dom}.wd3.myworkdayjobs.example/candidate-home\nPowered by Workday"
)
FT_GREENHOUSE = "\n\n\u2014\nSent via Greenhouse Recruiting on behalf of {co}. Manage your data: https://boards.greenhouse.example/{dom}/privacy"
FT_LEVER = "\n\n{co} \u00b7 Careers\nLever delivered this note for {co}.\nunsubscribe from candidate emails: https://jobs.lever.example/{dom}/unsubscribe?c=8a31f"
FT_SMART = "\n\n________________\nSmartRecruiters | Hiring Success\nSent to you as an applicant with {co}; manage what we send in your profile."
FT_ICIMS = "\n\n[iCIMS Talent Platform]\nPlease do not respond to this automated e-mail. For help, use the Contact link in the candidate portal."
FT_TALEO = "\n\n*** Generated by Taleo. Nobody reads replies sent to this address. ***"
FT_ASHBY = "\n\nPowered by Ashby \u00b7 Candidate privacy notice: https://jobs.ashby.example/{dom}/privacy"
FT_PERSONIO = "\n\n--\nVersand \u00fcber Personio \u00b7 Delivered by Personio"
FT_TEAMTAILOR = "\n\nSent with Teamtailor \u00b7 Connect with {co}: https://{dom}.teamtailor.example/connect"
FT_RECRUITEE = "\n\nRecruitee \u00b7 Hiring made easy for {co}\nPrivacy: https://{dom}.recruitee.example/privacy"
FT_BAMBOO = "\n\n\u2014\u2014\nBambooHR Applicant Tracking\nReply-to is disabled for this message."
FT_PINPOINT = "\n\nPinpoint sends these updates for {co}. Candidate privacy: https://{dom}.pinpointhq.example/privacy"
FT_LEGAL = (
    "\n\n\nCONFIDENTIALITY: the contents of this e-mail, attachments included, are intended for the "
    "addressee alone and may be privileged. Received it in error? Let the sender know, then erase "
    "it without copying, forwarding or relying on it. {co} Ltd, registered office Unit 4, "
    "Tannery Wharf, Leeds LS10 1QT. Registered in England no. 09183472. Our privacy notice "
    "explains how we hold candidate data and for how long."
)
FT_MOBILE = "\n\nSent from my iPhone"
FT_MOBILE2 = "\n\nSent from Outlook for Android\n<https://aka.example/ghei36>"
FT_CAREERS = (
    "\n\n=====================================\nLIFE AT {CO}\n=====================================\n"
    "* Read how our graduates spent their first year: https://careers.{dom}.example/stories?utm_source=ats&utm_medium=email\n"
    "* Our hybrid working promise, in plain words\n"
    "* Benefits: 27 days' leave, cycle scheme, paid volunteering days, a pension we top up\n"
    "* Short films from our shop floor on the usual social channels\n"
    "Join our talent newsletter and get roles in your field before they are advertised.\n"
    "This reaches you because you hold a profile on our jobs site. "
    "Manage preferences | Unsubscribe | Privacy\n"
    "{co}, 18 Cordwainer Street, Bristol BS1 6RG"
)
FT_ALERTS = (
    "\n\n--------------------------------------------\nJOBS PICKED FOR YOU THIS WEEK\n"
    "Senior Quarry Surveyor \u00b7 Derby \u00b7 Full time\n"
    "Customer Insight Lead \u00b7 Remote (UK) \u00b7 Permanent\n"
    "Night Shift Maintenance Fitter \u00b7 Hull \u00b7 \u00a334,500\n"
    "Bookings Administrator \u00b7 Harrogate \u00b7 Part time\n"
    "See all 42 matches: https://careers.{dom}.example/alerts?id=55190&utm_campaign=digest\n"
    "Not what you're after? Change your alert settings or switch alerts off.\n"
    "--------------------------------------------"
)


# ---------------------------------------------------------------- template registry
TEMPLATES: list[dict] = []


def t(key: str, label: str, kind: str, subject: str, body: str, sender: str, *,  # noqa: PLR0917
      n: int | None = None, lang: str = "en", alts: tuple[str, ...] = ()) -> None:
    """Register a template; it is sent ``n`` times (default: once per alternative, else twice)."""
    if n is None:
        n = len(alts) or 2
    TEMPLATES.append({"key": key, "label": label, "kind": kind, "subject": subject, "body": body,
                      "sender": sender, "n": n, "lang": lang, "alts": alts})


R, N = "rejection", "not_rejection"
NOREPLY = "{co} Careers <no-reply@{dom}.example>"
PERSON = "{signer} <{sfold}@{dom}.example>"

# ================================================================ REJECTIONS (English)
# --- person-written thread replies after an interview, someone else's hire, no negation
t("thread-tideclock", R, "rejection", "RE: [EXT] Re: Thursday conversation - {role}",
  "Hi {first},\n\nThank you for the thoughtful note after Thursday, and for sending the sketch of the rota you'd run.\n\n{alt}\n\nYou made the shortlist of two from more than ninety people, which I hope says something. I would happily put your name forward if a second post opens in the spring.\n\nWarmly,\n{sfirst}\n\n-----Original Message-----\nFrom: {first} {last} <{tofold}@{host}>\nSent: {day} 09:12\nTo: {signer}\nSubject: Re: Thursday conversation - {role}\n\nHi {sfirst}, many thanks for your time on Thursday. I've attached the rota sketch we talked about.",
  PERSON, alts=("We sat down yesterday afternoon and offered the post to the other finalist, who accepted this morning.",
                "The panel settled on the other candidate late on Friday; she has run a depot almost exactly like ours and starts in three weeks."))
t("thread-gmail-pick", R, "rejection", "Re: Follow-up from our call",
  "{first} - quick update as promised. {alt} Your questions about the data model were the best we heard all week, honestly.\n\nLet's stay connected.\n{sfirst}\n\nOn {day}, {first} {last} <{tofold}@{host}> wrote:\n> Hi {sfirst}, just checking in on timing for the {role} role. Happy to share anything else that helps.\n> Best, {first}",
  PERSON, alts=("We've hired someone who was already contracting with us and knew the codebase inside out.",
                "Our founders chose a candidate from the Lisbon team who can relocate next month."))
t("thread-outlook-panel", R, "rejection", "RE: [EXTERNAL] RE: Panel interview {role}",
  "Dear {first},\n\nI'm writing with the outcome of last week's panel. {alt}\n\nTwo panel members singled out your supplier-risk presentation for its pace, and your budget trade-off answer stuck with everyone.\n\nKind regards,\n{signer}\nTalent Partner | {co}\n\nFrom: {first} {last}\nSent: 3 November 2026 17:40\nTo: {signer}\nSubject: RE: Panel interview {role}\n\nDear {signer}, many thanks for organising the day. Hope to hear soon.",
  PERSON, alts=("After a long discussion the panel recommended the appointment of another applicant, and she has now accepted.",
                "A colleague from our Glasgow office, who came through the internal scheme, is taking the role."))
t("thread-founder-lower", R, "rejection", "re: coffee + next steps",
  "hey {first}\n\n{alt} sorry it took a while to tell you, week got away from me.\n\nif you're ever in town again the coffee's on me\n\n{sfirst}\n\n> On {day} {first} {last} wrote:\n> thanks again for the chat, really enjoyed hearing about the roadmap!",
  "{sfirst} <{sfold}@{dom}.example>", alts=("we went with a friend of a friend who's done two seed-stage launches, felt like the safer call for where we are.",
                                            "ended up giving it to our first customer's ops lead, she basically already does the job for free lol"))
t("thread-other-finalist", R, "rejection", "Re: Your final interview - {role}",
  "Hello {first},\n\nThank you for coming in on {day} and for meeting the whole team - I know that was a long afternoon.\n\n{alt}\n\nIt was a genuinely close call and I'd like to keep your CV for the two openings we expect in Q2.\n\nAll the best,\n{signer}\nHead of Operations, {co}\n{mobile}",
  PERSON, alts=("We've now made an offer to the other finalist, and they have signed.",
                "The hiring manager has chosen to take forward the candidate with the longer background in regulated manufacturing."))
t("thread-re-ext-ext", R, "rejection", "RE: [EXT] RE: [EXT] Re: Interview feedback",
  "Hi {first},\n\nAs promised, the feedback. {alt}\n\nWhere you shone: stakeholder stories, clear structure, good questions for us. Where the other person edged it: hands-on experience with our tooling.\n\nThanks for being so patient through a slow process.\n\n{sfirst}\n\n________________________________\nFrom: {first} {last} <{tofold}@{host}>\nSent: Monday, 10:02 AM\nTo: {signer}\nSubject: RE: [EXT] Re: Interview feedback\n\nHi {sfirst}, any news on the {role} position? Thanks!",
  PERSON, alts=("The post is going to someone who did nearly this exact migration in her last job.",
                "We appointed the candidate who did the case study with the live dataset; her walk-through swung it."))
t("thread-chaser-answer", R, "rejection", "Re: Checking in - {role}",
  "Hi {first}, glad you chased - this should have reached you days ago, and that's on me. {alt} Not the reply you wanted, and I'd rather have said it on a call. {sfirst}\n\n> {first} {last} wrote:\n> Hope all's good your end. Any word yet since my second interview?",
  PERSON, n=2, alts=("We filled the position a fortnight ago with an applicant from the agency shortlist.",
                     "Someone already on the team stepped into the post after a reshuffle last week."))
t("thread-reference-after", R, "rejection", "RE: References and timing",
  "Dear {first},\n\nThank you for sending your referees' details so quickly. Before we contacted them, our director made a decision between the two remaining candidates, and {alt}\n\nI'm sorry for the false start with the reference request, and grateful for your time throughout.\n\nBest wishes,\n{signer}\nPeople Team, {co}{legal}",
  PERSON, alts=("the position is going to the other applicant.", "she has chosen to appoint the candidate who interviewed on Tuesday."))
t("thread-teams-relay", R, "rejection", "Fwd: chat with {sfirst} {slast}",
  "Forwarding the Teams message below in case it didn't reach you on your personal account.\n\n---------- Forwarded message ---------\nFrom: {signer} (via Microsoft Teams)\nDate: {day}\nSubject: chat with {sfirst} {slast}\n\n{signer} sent you a message:\n\"Hi {first}, wanted to tell you myself: {alt} You should be proud of that second round. Talk soon.\"\n\nReply in Teams\n\nYou're getting this email because you have unread activity in Microsoft Teams.",
  "Recruiting Coordinator <talent@{dom}.example>", alts=("we extended the offer to the other finalist yesterday and she said yes.",
                                                        "the team picked the person with the SAP background."))
t("thread-voice-note", R, "rejection", "Voicemail from {signer}",
  "You have a new voicemail (0:47) from {signer}, {co}.\n\nTranscript (may contain errors):\n\"Hi {first}, it's {sfirst} from {co}, calling about the {role} job. {alt} Really appreciate the time you put in, and I'll drop you a line if anything comes up that fits. Cheers, bye.\"\n\nListen to the message: https://voice.{dom}.example/vm/77310",
  "Voicemail <voicemail-noreply@{dom}.example>", alts=("So we've, um, we've offered it to another candidate, who's accepted.",
                                                       "Bit of news, the manager went for somebody with more hands-on experience in the sector."))

# --- refusals under long footers
t("footer-careers", R, "rejection", "Your application to {co}",
  "Dear {first},\n\nThanks for applying for {role}. {alt}\n\nOther vacancies are open if you'd like a look.\n\nThe {co} Talent Team{careers}",
  NOREPLY, alts=("We've read your application properly, and it goes no further than this.",
                 "Set against the brief, your experience doesn't take you through to interview."))
t("footer-alerts", R, "rejection", "An update on {role}",
  "Hi {first},\n\nAn update on your application for {role} ({ref}): {alt}\n\nThank you for thinking of us.{alerts}",
  NOREPLY, alts=("we're sorry to say it has not progressed.", "the hiring team has decided to close it without an interview."))
t("footer-newsletter", R, "rejection", "{co} | Application update",
  "<html><body><p>Dear {first},</p><p>{alt}</p><p>Best regards,<br>Recruitment, {co}</p><hr><p style=\"font-size:11px\">IN THE NEWS THIS MONTH<br>&bull; {co} opens a second site in Coventry<br>&bull; Our apprentices win a regional award<br>&bull; Read our annual impact report</p><table><tr><td>LinkedIn</td><td>Instagram</td><td>TikTok</td></tr></table><p style=\"font-size:10px\">Sent to candidates of {co}. Change which emails you get. &copy; 2026 {co}. All rights reserved.</p></body></html>",
  NOREPLY, alts=("Our recruiters have looked at your {role} application and it will stop at this point.",
                 "Shortlisting for {role} is complete; your name is not on the list."))
t("footer-values", R, "rejection", "{role} - outcome",
  "Hello {first},\n\n{alt}\n\nOur values\nCurious. Candid. Kind. Every hire we make is measured against them, and every candidate deserves the same respect - thank you for yours.\n\nWhy {co}?\n- Flexible hours built around school runs and caring duties\n- Learning budget of \u00a31,200 a year\n- Employee ownership trust since 2019\n\nFollow #LifeAt{dom} for stories from our people.{workday}",
  NOREPLY, alts=("Your application for {role} will not be moving forward.", "We have decided not to continue with your candidacy for {role}."))
t("footer-legal-long", R, "rejection", "{role} application",
  "{first},\n\n{alt}\n\n{signer}{legal}\n\nENVIRONMENT: please consider whether you need to print this e-mail. {co} is certified carbon neutral for scope 1 and 2 emissions.\n\nWARNING: outgoing mail is scanned, yet {co} takes no responsibility for harm from malware carried by this message or what is attached.",
  PERSON, alts=("We're stopping here with your application; thanks for the time you gave it.",
                "Sorry - you didn't make our shortlist."))

# --- hedged refusals
t("hedge-aligned", R, "rejection", "Thank you for your interest in {co}",
  "Hi {first},\n\nYou've put real hours into our process this month. {alt} It's not the email anyone hopes for, and the effort in your answers was obvious to all of us.\n\nBest,\n{co} Recruiting{greenhouse}",
  NOREPLY, alts=("The people we're taking on have backgrounds that sit a little nearer to the team's immediate workload.",
                 "In the end, other applicants mapped more directly onto the scope of this role, so our attention is going to them."))
t("hedge-direction", R, "rejection", "Update",
  "Hi {first} - {alt} Really liked our conversations. {sfirst}",
  PERSON, alts=("we've talked it round in circles and the role is heading somewhere other than you.",
                "the team has opted to go another way with this hire."))
t("hedge-fit-vague", R, "rejection", "Your {role} application",
  "Dear {first},\n\nWe appreciate your interest in joining {co}. After reviewing your profile against the requirements, {alt}\n\nWe wish you success in your search.\n\nTalent Acquisition{lever}",
  NOREPLY, alts=("we've concluded that there are candidates whose experience is a stronger match for this particular opening.",
                 "we feel the role is better suited to people with a more specialised background, so we won't be arranging an interview."))
t("hedge-polished", R, "rejection", "Regarding your candidacy for {role}",
  "Dear {first},\n\nI wanted to write personally about the {role} process and the energy you brought to each stage of it. It is always a privilege to meet professionals of your calibre.\n\nAfter careful deliberation, and weighing a number of factors, {alt}\n\nThis was not reached lightly, and it takes nothing away from what you showed us. Our needs change fast, so future openings may suit you better.\n\nWith warm regards and every good wish for the future,\n\n{signer}\nDirector of People & Culture\n{co}",
  PERSON, alts=("we have chosen a candidate whose track record maps onto the team's near-term priorities a shade more directly.",
                "we have elected to pursue applicants whose profiles align more precisely with the current needs of the business."))
t("hedge-not-you", R, "rejection", "Quick note about {role}",
  "Hey {first},\n\n{alt} I know how much work goes into these, so thank you. Keep building - that side project was great.\n\n{sfirst}{mobile}",
  PERSON, alts=("Straight answer: we're not offering you the role.",
                "Short version - we've landed on someone else, and you deserved to get that from me personally."))
t("hedge-priorities", R, "rejection", "Update on our hiring plans",
  "Hi {first},\n\nSince we last spoke, our priorities have moved: the board wants us to focus on the enterprise side first, and the {role} role as we interviewed for it no longer matches that plan. {alt}\n\nI'm sorry for the time this cost you.\n\n{signer}",
  PERSON, alts=("So we won't be making you an offer, and I'd rather say so plainly than leave you waiting.",
                "That means we're closing your application; the post we eventually advertise will look quite different."))

# --- recruiter / agency follow-ups giving the decision and offering another role
t("agency-another-role", R, "rejection", "{role} - feedback from {co}",
  "Hi {first},\n\nJust got off the phone with {co}. {alt}\n\nOn a brighter note, I've got a {role2} role with a client in Reading that looks like a better fit on paper - 12 month FTC, \u00a3480/day outside IR35. Free for a call at 4?\n\nCheers,\n{signer}\nSenior Consultant, Farthing & Rowe Recruitment\nM: 07700 900 418",
  "{signer} <{sfold}@farthingrowe.example>", alts=("Unfortunately they've decided not to take you to second stage; they want someone who has led a team of ten or more.",
                                                    "They've gone with the other candidate I sent over, so this one's closed for you, sorry."))
t("agency-india", R, "rejection", "Profile status: {role} | {co}",
  "Dear {first},\n\nGreetings from Kaveri TalentBridge!\n\nThis is regarding your profile shared with our client {co} for the {role} opening. {alt}\n\nHowever we have another requirement for {role2} at a product MNC in Pune (hybrid, 6-9 yrs, CTC up to 28 LPA). Kindly share updated CV, current CTC, expected CTC and notice period if interested.\n\nThanks & Regards,\n{signer}\nTalent Acquisition Specialist\nKaveri TalentBridge Pvt. Ltd.",
  "{signer} <{sfold}@kaveritb.example>", alts=("Client has reviewed and your profile is not shortlisted for the interview.",
                                                "After the technical round, client feedback is negative and they are not proceeding with your candidature."))
t("agency-internal-temp", R, "rejection", "Temp booking - {co}",
  "Hi {first},\n\n{alt} Sorry about that - I know you'd cleared your diary.\n\nI've put you forward for two other bookings starting Monday; will ring you tomorrow morning.\n\n{sfirst}\nPeople Direct Staffing",
  "{sfirst} <{sfold}@peopledirect.example>", alts=("The client has decided to cover the {role} assignment with someone from their own bank staff, so they won't be needing you.",
                                                    "{co} have filled the {role} cover from another agency's list, so the booking is off for you."))
t("agency-recruiter-inhouse", R, "rejection", "Your conversation with {co}",
  "Hi {first},\n\nThanks again for the call on {day}. I spoke with the hiring manager this morning and {alt}\n\nThat said, our data team is hiring a {role2} next month, and I think your profile would suit it. Want me to hold a spot in that process for you?\n\nBest,\n{signer}\nTechnical Recruiter, {co}",
  PERSON, alts=("she'd like to focus on candidates with more time in fintech, so we won't move forward for {role}.",
                "we won't be taking your application for {role} to the next round."))

# --- public sector
t("pub-not-referred", R, "rejection", "Notice of Results - {role}, Announcement {ref}",
  "Dear {first} {last},\n\nThis notice concerns Announcement {ref}, {role}, GS-0343-12.\n\nHR specialists rated your questionnaire and resume and found that you meet the minimum qualifications. {alt}\n\nThe full notice sits under Application Status in your account.\n\nThis is an automated message. Do not reply.\nDepartment of Rural Infrastructure, Human Capital Office",
  "USAStaffing Notices <notices@applications.example.gov>", alts=("Your rating did not place you high enough for the certificate, so the hiring manager will not receive your name.",
                                                                   "Your rating put you in the Qualified category; the certificate issued to the hiring manager lists Best Qualified applicants only, so you will not be considered further."))
t("pub-ineligible", R, "rejection", "Application {ref}: eligibility",
  "Dear applicant,\n\nApplication reference: {ref}\nPost: {role}\n\n{alt}\n\nIf you believe this assessment is wrong, you may ask for a review within 10 working days by replying through the portal.\n\nResourcing Centre\n{co} Council",
  "Resourcing Centre <jobs@{dom}.example.gov.uk>", alts=("Following an eligibility check, you do not meet the nationality requirements for this post and your application cannot be considered further.",
                                                         "Your application has been rejected at the eligibility stage because it did not show the required professional registration."))
t("pub-sift", R, "rejection", "Civil Service Jobs - application outcome ({ref})",
  "Dear {first} {last},\n\nVacancy: {role} ({ref})\n\nEvery application for this campaign has been marked by the sift panel against the criteria in the advert. {alt}\n\nYour scores:\nPersonal statement: 3 (Some evidence)\nBehaviour - Working Together: 3\nTo reach interview, applicants needed a 4 or better in both elements.\n\nWe hope this helps you with future applications.\n\nCivil Service Resourcing",
  "Civil Service Resourcing <noreply@csjobs.example.gov.uk>", alts=("Yours has not passed the sift, and the campaign will go ahead without you.",
                                                                      "Your marks fell short of the interview threshold, so your part in this campaign ends here."))
t("pub-cancelled", R, "rejection", "Vacancy {ref} cancelled",
  "Dear Candidate,\n\nThis message goes to every applicant for {role} ({ref}). {alt} Your application is closed along with all the others, and the interview dates that were set aside are cancelled.\n\nWe are sorry for the trouble this causes.\n\nHR Services\nMinistry of Coastal Affairs",
  "HR Services <hr-recruitment@coastal.example.gov>", alts=("A departmental staffing review has led to the announcement being cancelled.",
                                                            "Due to a budget reallocation, the post will not be filled and the recruitment has been closed."))
t("pub-police-staff", R, "rejection", "Police staff vacancy {ref} - shortlisting result",
  "Dear {first},\n\nRe: {role}, reference {ref}\n\n{alt}\n\nWith more than three hundred applicants we are not in a position to send personal feedback for this round.\n\nYours sincerely,\n\nRecruitment Team\nPeople Services, Northmoor Police",
  "Northmoor Police Recruitment <recruitment@northmoor.police.example>", alts=("The shortlisting panel met on 12 November; your name was not among those put through to interview.",
                                                                                  "After assessment, your application stops at shortlisting."))

# --- bare ATS status updates
t("ats-workday-stage", R, "rejection", "Application status changed",
  "{role} ({ref})\n\nStatus: {alt}\n\nView application{workday}",
  "{co} <{dom}@myworkday.example>", alts=("Not Selected", "No Longer Under Consideration"))
t("ats-icims-row", R, "rejection", "Candidate portal: status update",
  "Hello {first},\n\nThe status of one of your applications has changed.\n\nJob ID | Title | Status\n{ref} | {role} | {alt}\n\nLog in to view details.{icims}",
  "{co} Careers <careers-noreply@{dom}.example>", alts=("Rejected - Other Candidate Selected", "Closed - Not Hired"))
t("ats-smart-short", R, "rejection", "{co}: {role}",
  "{first}, {alt}{smart}",
  "{co} <noreply@smartrecruiters.example>", alts=("your application for {role} has been declined.", "we have decided not to proceed with your application for {role}."))
t("ats-taleo-line", R, "rejection", "Job Submission Status - {ref}",
  "Dear {first} {last},\n\nRequisition: {ref} - {role}\nSubmission status: {alt}\nDate: 2026-11-09\n\nThank you for your interest.{taleo}",
  "{co} Careers <do-not-reply@taleo.example>", alts=("Not Selected - Requisition Filled", "Not Considered - Minimum Requirements Not Met"))
t("ats-shift-app", R, "rejection", "Shift job update",
  "\U0001f4e3 {co} \u00b7 {role}\n{alt}\nBrowse more shifts near you in the app.",
  "ShiftHop <notify@shifthop.example>", alts=("The employer has picked someone else for this job.", "This application has been closed by the employer."))

# --- internship / graduate scheme
t("intern-assessment-day", R, "rejection", "{co} Summer Internship 2027 - assessment day outcome",
  "Dear {first},\n\nThanks for spending {day} with us at the assessment day. {alt}\n\nYour feedback report is attached. Spring Insight Week takes applications from January; do think about it.\n\nEarly Careers Team, {co}",
  "Early Careers <earlycareers@{dom}.example>", alts=("Every exercise has been marked, and the 2027 intake will go ahead without you.",
                                                      "The field was very strong this year, and your name isn't among this year's places."))
t("intern-grad-scheme", R, "rejection", "Graduate Programme 2027 - your application",
  "Hi {first},\n\nThanks for applying to the {co} Graduate Programme (Engineering stream). {alt}\n\nThese forms eat evenings, we know. All the best for your dissertation!\n\nGraduate Recruitment{teamtailor}",
  NOREPLY, alts=("Your video interview has been scored, and it doesn't take you through to the assessment centre.",
                 "Every place on the programme is taken, which closes your application."))
t("intern-professor", R, "rejection", "Re: Research internship enquiry",
  "Dear {first},\n\nThank you for your interest in spending the summer in our group and for the very clear description of your thesis. {alt}\n\nI wish you the best with your studies.\n\nProf. {signer}\nDepartment of Materials Science",
  "Prof. {signer} <{sfold}@uni-{dom}.example.edu>", alts=("The two summer positions I had funding for have been offered to students already working with our collaborators.",
                                                           "I'm afraid I'm not able to take an intern this year, so I can't offer you a place."))
t("intern-placement-year", R, "rejection", "Placement year application - {co}",
  "Hello {first},\n\nWe've completed the online tests for our 12-month industrial placement. {alt}\n\nRegards,\nStudent Recruitment Team{pinpoint}",
  NOREPLY, alts=("Your results put you below the threshold we need to progress, so your application will not continue.",
                 "Sadly your application has not been taken forward to the interview stage."))

# --- assessment / test / final round with feedback
t("assess-coding", R, "rejection", "Your technical assessment - {role}",
  "Hi {first},\n\nThanks for completing the take-home. Two engineers reviewed it blind. {alt}\n\nWhat they liked: tidy commits, a clear README. What held it back: no tests on the parsing edge cases and the API ignored pagination.\n\nWe appreciate the hours you spent on it.\n\n{signer}\nEngineering Recruiting, {co}{ashby}",
  PERSON, alts=("They concluded it fell short of the bar for this level, so we won't be moving to the onsite.",
                "We're not going to advance to the next round on this occasion."))
t("assess-final-feedback", R, "rejection", "Final round - outcome and feedback",
  "Dear {first},\n\nYou reached the last round for {role}, and we were glad of that. {alt}\n\nFeedback from the panel:\n1. Strong: your case analysis and how you handled the budget question.\n2. Less strong: the stakeholder exercise felt rushed, and you didn't close on a recommendation.\n3. For next time: structure your final summary around the decision you want.\n\nIf a call would make any of this clearer, say when.\n\n{signer}",
  PERSON, alts=("It was a tight decision, but the offer has been made to another finalist.",
                "I have to tell you the role won't be coming to you."))
t("assess-psychometric", R, "rejection", "Online assessment result",
  "Dear {first},\n\nYour numerical and verbal reasoning results for {role} are in.\n\n{alt}\n\nThis decision is based on your assessment results only. You may reapply after six months.\n\nResourcing, {co}",
  NOREPLY, alts=("They sit below the benchmark we set for this role, so the application ends at this step.",
                 "Based on your results, we will not be taking your application to the next stage."))

# --- role cancelled / frozen / filled internally
t("cancel-freeze", R, "rejection", "{role} - recruitment paused",
  "Hi {first},\n\nI'm contacting everyone still in process for {role}. {alt} We're closing all open applications rather than keep people waiting without a date.\n\nThank you for your patience, and I'm sorry.\n\n{signer}\nHR Business Partner, {co}",
  PERSON, alts=("A group-wide hiring freeze came into effect on Monday, and this requisition is one of those withdrawn.",
                "The role has been removed from next year's headcount plan."))
t("cancel-internal", R, "rejection", "About the {role} post",
  "Dear {first},\n\n{alt} Consequently we won't be interviewing external applicants. Thank you for applying, and we hope to see your name on a future vacancy.\n\nKind regards,\n{signer}",
  PERSON, alts=("Following a restructure in the department, the post has been filled by redeploying a member of staff whose role was at risk.",
                "We have decided to fill this vacancy internally through a secondment."))
t("cancel-restructure-offer", R, "rejection", "Change to your conditional offer",
  "Dear {first},\n\nI'm very sorry to write this. Last week we made you a conditional offer for {role}. {alt}\n\nWe will reimburse any reasonable costs you've incurred. I'd be glad to act as a reference for you.\n\n{signer}\nChief Operating Officer, {co}",
  PERSON, alts=("Yesterday the company lost its largest contract, and we have had to withdraw the offer together with several other open roles.",
                "Our funding round has been postponed and, with it, this hire; the offer is therefore withdrawn."))

# --- talent community after the decision
t("talent-community", R, "rejection", "Thanks for applying - stay in touch",
  "Hi {first},\n\n{alt} You're now part of our Talent Community, so roles like this one reach you first. Nothing to fill in; the profile stays live for a year.\n\nThe {co} Talent Team{recruitee}",
  NOREPLY, alts=("Your background is impressive, but other candidates are going through for {role}.",
                 "{role} has now been filled, so your application has closed."))
t("talent-pool-moved", R, "rejection", "Your profile has been moved to our talent pool",
  "Dear {first},\n\nYour application for {role} has been closed. {alt} With your permission from the application form, we have moved your profile to our talent pool.\n\n{co} Recruitment{bamboo}",
  NOREPLY, alts=("The hiring team has selected other applicants.", "You were not selected for interview."))

# --- survey link
t("survey-after", R, "rejection", "How did we do? Your {co} application",
  "Hi {first},\n\nThanks again for your interest in {role}. {alt}\n\nGot two minutes? Tell us how being a candidate with us felt, good bits and bad:\nhttps://survey.candidatepulse.example/s/{dom}?r=7715&src=reject\n\nA person on our team reads each answer.\n\nBest,\n{co} Recruiting",
  NOREPLY, alts=("As I said when we spoke on Tuesday, your application stops here.",
                 "The hiring team is carrying on with other applicants."))
t("survey-nps", R, "rejection", "{co} - {role}",
  "Dear {first},\n\n{alt}\n\nOn a scale of 0-10, how likely are you to recommend applying to {co} to a friend?\n[0] [1] [2] [3] [4] [5] [6] [7] [8] [9] [10]\n\nThank you.\n{co} People Team{personio}",
  NOREPLY, alts=("Thank you for your application. We have carefully considered it and regret that we cannot offer you the position.",
                 "After review, your application for {role} has been unsuccessful."))

# --- kinds not listed in earlier slices
t("new-calendar-cancel", R, "rejection", "Canceled: Second interview - {role} @ {day} 14:00",
  "This event has been canceled.\n\nSecond interview - {role}\n{day} 14:00 - 15:00 (Europe/London)\nOrganizer: {signer}\n\nNote from organizer:\n\"{first}, I'm cancelling this because {alt} Sorry for the late notice - {sfirst}\"\n\nInvitation from Google Calendar",
  "{signer} <{sfold}@{dom}.example>", alts=("we've made a hire from the first-round shortlist and closed the role.",
                                            "the hiring manager decided not to progress your application after the first round."))
t("new-reapply-cooldown", R, "rejection", "Your recent application",
  "Hi {first},\n\nThanks for applying again. Our policy is to consider each person once in any 12-month period for the same team, and your last application for this team was in March. {alt}\n\nYou're welcome to apply to other teams at any time.\n\n{co} Talent Operations{greenhouse}",
  NOREPLY, alts=("Your application for {role} has therefore been closed without review.", "So we've declined this application for {role}."))
t("new-internal-move", R, "rejection", "Internal application - {role}",
  "Hi {first},\n\nThanks for applying internally for {role} - it's great to see people looking to grow here. {alt}\n\nDo book time with your manager to talk through development options; the Internal Mobility team can help too.\n\n{signer}\nInternal Mobility, {co}",
  PERSON, alts=("The hiring manager has chosen a candidate from the other shortlisted internal applicants, so your application is now closed.",
                "On this occasion you haven't been selected to move forward."))
t("new-sms", R, "rejection", "Text message from {co}",
  "SMS from +44 7700 900 231:\n{co}: Hi {first}, {alt} Reply STOP to opt out.",
  "Text Relay <sms@relay.example>", alts=("thanks for trialling with us. We won't be offering you the {role} job. Good luck!",
                                          "your application for {role} was unsuccessful. Thanks for your interest."))
t("new-chatbot", R, "rejection", "Message from Pip, {co}'s hiring assistant",
  "Hi {first}! \U0001f44b It's Pip, the virtual hiring assistant for {co}.\n\nI've got an update on your {role} application: {alt}\n\nI'll keep looking out for openings near you. Type JOBS any time to see what's open.\n\n\u2014 Pip (automated assistant)",
  "Pip at {co} <pip@hire.{dom}.example>", alts=("the team has decided to move forward with other candidates.", "it won't be moving to an interview this time."))
t("new-autoclose", R, "rejection", "Application closed - assessment not completed",
  "Dear {first},\n\nWe invited you to complete an online assessment for {role} by 8 November. {alt}\n\nIf you still want to work with us, please submit a new application.\n\nRegards,\n{co} Recruitment{icims}",
  NOREPLY, alts=("As we didn't receive it, your application has been withdrawn from the process.",
                 "The deadline has now passed, so we have closed your application."))
t("new-linkedin-relay", R, "rejection", "{signer} sent you a message",
  "LinkedIn\n\n{signer}\nTalent Acquisition at {co}\n\n\"Hi {first}, thanks for your interest in {role}. {alt} Best of luck!\"\n\nReply\n\nMessaging notifications are switched on for you.\nUnsubscribe \u00b7 Help\n\u00a9 2026 LinkedIn Corporation",
  "LinkedIn <messages-noreply@linkedin.example>", alts=("The team looked at your profile and has decided to pass.",
                                                        "We made the hire last week, so I'm closing your application."))
t("new-overqualified", R, "rejection", "Re: {role}",
  "Hi {first},\n\nThank you for applying. To be honest with you, this post is an entry-level role with a fairly fixed salary band, and we think your experience goes well beyond it. {alt}\n\nIf something more senior opens, I'll come back to you.\n\n{signer}",
  PERSON, alts=("We've decided not to take your application forward for that reason.", "So we won't be inviting you to interview for this one."))
t("new-remote-policy", R, "rejection", "{role} - location",
  "Hi {first},\n\nThanks for applying. The role needs someone in our Rotterdam office at least three days a week, and your application says you'd be working fully remotely from Lisbon. {alt}\n\nAll the best,\n{signer}",
  PERSON, alts=("Because of that we can't consider you for this position.", "For that reason we've closed your application."))
t("new-digest", R, "rejection", "Weekly update on your applications",
  "Hi {first},\n\nHere's what changed on your applications this week:\n\n\u2022 Stores Administrator - In review\n\u2022 {role} - {alt}\n\u2022 Night Auditor - Application received\n\nThanks for your interest in {co}.{smart}",
  NOREPLY, alts=("Not selected", "Position filled - no longer in consideration"))
t("new-referral", R, "rejection", "Your referral to {co}",
  "Hi {first},\n\nYou were referred to us for {role} by one of our employees - thank you for letting them put your name forward. {alt} We've told your referrer too, so there's no need to chase them.\n\nBest wishes,\n{co} Talent{ashby}",
  NOREPLY, alts=("Having reviewed your profile, we won't be moving you into the interview process.",
                 "The team has decided to interview other candidates, so we're closing your application."))
t("new-offer-reserve", R, "rejection", "Reserve list - {role}",
  "Dear {first},\n\nWhen we wrote after your interview, we said you were on our reserve list for {role} in case the preferred candidate declined. {alt}\n\nI appreciate how long you waited on this.\n\n{signer}\nRecruitment Officer",
  PERSON, alts=("She has accepted and cleared her checks, so the reserve list is closed and the post will not come to you.",
                "The appointment is now confirmed, which ends the reserve arrangement for you."))

# ================================================================ REJECTIONS (other languages)
t("de-absage-brief", R, "rejection", "Ihre Bewerbung als {role}",
  "Sehr geehrte/r {first} {last},\n\ndanke, dass Sie am {day} zu uns nach Hannover gekommen sind. {alt}\n\nFür die Suche nach der passenden Stelle drücken wir Ihnen die Daumen.\n\nMit freundlichen Grüßen\n{signer}\nPersonalabteilung{personio}",
  PERSON, lang="de", alts=("Die Stelle geht an eine Bewerberin, die bereits mehrere Jahre im Dreischichtbetrieb gearbeitet hat.",
                           "Besetzt wird die Position nun durch einen Kollegen aus dem eigenen Haus."))
t("de-thread-du", R, "rejection", "AW: Gespräch letzte Woche",
  "Hi {first},\n\n{alt} Das Team fand dich richtig sympathisch, und ich melde mich, falls wir im Frühjahr noch jemanden suchen.\n\nViele Grüße\n{sfirst}\n\n-----Ursprüngliche Nachricht-----\nVon: {first} {last}\nGesendet: {day}\nAn: {signer}\nBetreff: Gespräch letzte Woche\n\nHallo {sfirst}, gibt es schon Neuigkeiten?",
  PERSON, lang="de", alts=("kurzes Update: Wir haben uns am Freitag für jemanden entschieden, der schon zwei Jahre mit Kubernetes im Betrieb gearbeitet hat.",))
t("fr-lettre", R, "rejection", "Votre candidature au poste de {role}",
  "Bonjour {first},\n\nMerci pour le temps consacré à nos échanges autour du poste de {role}. {alt}\n\nSi vous l'acceptez, votre CV restera dans notre base pour de prochaines ouvertures ; un simple courriel suffit pour le faire retirer.\n\nBien cordialement,\n{signer}\nResponsable recrutement",
  PERSON, lang="fr", alts=("Nous avons relu votre dossier à plusieurs, et nous avons décidé de ne pas poursuivre avec vous pour ce poste.",
                           "Les entretiens terminés, c'est un autre candidat, passé par un laboratoire très proche du nôtre, qui rejoindra l'équipe."))
t("es-respuesta", R, "rejection", "Proceso de selección - {role}",
  "Hola {first}:\n\nTe agradecemos el tiempo que has dedicado a {co} estas semanas. {alt}\n\nOjalá encuentres pronto el sitio que buscas.\n\nUn saludo cordial,\nEquipo de Talento",
  NOREPLY, lang="es", alts=("Después de comparar los perfiles finalistas, el equipo se ha quedado con otras personas para el puesto de {role}.",
                            "La posición de {role} quedó ocupada la semana pasada, así que cerramos tu candidatura."))
t("nl-afwijzing", R, "rejection", "Je sollicitatie bij {co}",
  "Beste {first},\n\nBedankt voor je sollicitatie en het prettige gesprek. {alt}\n\nMet vriendelijke groet,\n{signer}\nRecruiter{recruitee}",
  PERSON, lang="nl", alts=("Helaas moeten we je laten weten dat we niet verder met je gaan in de procedure.",
                           "We hebben besloten de functie aan een andere kandidaat aan te bieden, die inmiddels heeft getekend."))
t("it-esito", R, "rejection", "Esito della selezione - {role}",
  "Gentile {first},\n\ngrazie per essere venuto/a a trovarci nella sede di {co} la scorsa settimana. {alt}\n\nCordiali saluti,\n{signer}\nUfficio Risorse Umane",
  PERSON, lang="it", alts=("Dopo il confronto tra i selezionatori, abbiamo deciso di non proseguire con lei per il ruolo di {role}.",
                           "Il ruolo è stato affidato a un candidato che conosce già il nostro gestionale."))
t("pt-retorno", R, "rejection", "Retorno sobre sua candidatura",
  "Olá {first}, tudo bem?\n\nAgradecemos sua participação no processo para {role}. {alt}\n\nSeu currículo continua no nosso banco de talentos.\n\nAbraços,\nTime de Gente & Gestão | {co}",
  NOREPLY, lang="pt", alts=("Neste momento, optamos por seguir com outro candidato cujo perfil está mais alinhado à vaga.",
                            "Infelizmente você não foi aprovado(a) nesta etapa do processo."))
t("pl-odpowiedz", R, "rejection", "Rekrutacja na stanowisko {role}",
  "Dzień dobry,\n\npiszemy w sprawie Pani/Pana zgłoszenia na stanowisko {role} w {co}. {alt}\n\nDziękujemy za poświęcony czas.\n\nPozdrawiamy serdecznie,\nZespół rekrutacji",
  NOREPLY, lang="pl", alts=("Zespół wybrał osoby, których doświadczenie bardziej odpowiada obecnym potrzebom działu, więc na tym etapie kończymy rozmowy z Panią/Panem.",
                            "Z przykrością informujemy, że nie zaprosimy Pani/Pana na rozmowę."))
t("sv-besked", R, "rejection", "Besked om tjänsten som {role}",
  "Hej {first}!\n\nDet var roligt att lära känna dig under intervjun i {city}. {alt}\n\nLycka till framöver!\n{signer}{teamtailor}",
  PERSON, lang="sv", alts=("Efter mycket diskussion har chefen bestämt sig för en kandidat som redan arbetat med våra system.",
                           "Vi har kommit fram till att du inte får tjänsten, och vi vill att du hör det från oss direkt."))
t("da-svar", R, "rejection", "Vedr. din ansøgning",
  "Kære {first}\n\nTak for din ansøgning til stillingen som {role}. {alt}\n\nVi ønsker dig held og lykke fremover.\n\nVenlig hilsen\n{signer}, HR",
  PERSON, lang="da", alts=("Vi har valgt at ansætte en anden, som vi mener matcher stillingen bedst.",))
t("no-svar", R, "rejection", "Søknad: {role}",
  "Hei {first},\n\nTusen takk for at du søkte hos {co}. {alt}\n\nMed vennlig hilsen\nRekrutteringsteamet",
  NOREPLY, lang="no", alts=("Vi har nå gått gjennom alle søknadene, og du er dessverre ikke blant dem vi går videre med.",
                            "Stillingen er besatt, og prosessen er avsluttet."))
t("fi-paatos", R, "rejection", "Hakemuksesi: {role}",
  "Hei {first},\n\nkiitos hakemuksestasi. {alt}\n\nToivotamme onnea työnhakuun!\n\nYstävällisin terveisin\n{co}, rekrytointi",
  NOREPLY, lang="fi", alts=("Valitettavasti et tällä kertaa edennyt haastatteluvaiheeseen.",
                            "Olemme päättäneet valita tehtävään toisen hakijan."))
t("cs-vyrozumeni", R, "rejection", "Výběrové řízení - {role}",
  "Dobrý den,\n\nrádi bychom Vás informovali o výsledku pohovoru na pozici {role}. {alt}\n\nS pozdravem\n{signer}\nPersonální oddělení",
  PERSON, lang="cs", alts=("Místo nakonec obsadíme kolegou, který už u nás pracoval na brigádě, takže Vám nabídku dát nemůžeme.",))
t("tr-bilgilendirme", R, "rejection", "Başvurunuz hakkında",
  "Merhaba {first},\n\n{co} bünyesindeki {role} pozisyonuna gösterdiğiniz ilgi için teşekkür ederiz. {alt}\n\nKariyerinizde başarılar dileriz.\n\nİnsan Kaynakları",
  NOREPLY, lang="tr", alts=("Yaptığımız değerlendirme sonucunda, süreci başka adaylarla sürdürmeye karar verdik.",
                            "Maalesef başvurunuz bu aşamada olumlu sonuçlanmamıştır."))
t("ja-oinori", R, "rejection", "選考結果のご連絡（{co}）",
  "{last} 様\n\nこの度は弊社の求人にご応募いただき、誠にありがとうございました。\n{alt}\n何卒ご了承くださいますようお願い申し上げます。\n{last} 様の今後のご活躍を心よりお祈り申し上げます。\n\n{co} 人事部 採用担当",
  NOREPLY, lang="ja", alts=("慎重に選考を重ねました結果、誠に残念ながら今回はご期待に添えない結果となりました。",
                            "社内で検討いたしました結果、今回は採用を見送らせていただくことになりました。"))

# ================================================================ NOT REJECTIONS
# --- application received, talking about a refusal that has not happened
A = "application_received"
t("ack-shortlisted-only", N, A, "We've received your application - {role}",
  "Hi {first},\n\nYour {role} application landed safely with {co}; reviewing starts next week.\n\n{alt}\n\nGood luck!\nThe {co} Talent Team{workday}",
  NOREPLY, alts=("We write only to the people who make the shortlist. Three weeks of quiet after the advert closes means you weren't picked this time round.",
                 "Replies go only to those we'd like to meet; a fortnight of silence after the advert closes is our answer that it isn't going further."))
t("ack-either-way", N, A, "Application received",
  "Dear {first},\n\nYour {role} application (ref {ref}) is now logged with us.\n\n{alt}\n\nRecruitment Team, {co}{icims}",
  NOREPLY, alts=("Good news or bad, an email will tell you; and in both cases your details stay in our files for half a year, as our privacy notice sets out.",
                 "Either way, expect word after the advert closes; if no interview comes of it, we'd still like to keep your CV for similar posts."))
t("ack-if-unsuccessful", N, A, "Thanks for your application!",
  "Hi {first} \U0001f44b\n\n{role}: application logged. Here's the plan from here:\n\n1. Our recruiter reads every application (yes, really) - usually within 10 working days.\n2. Looks promising? You get a 30-minute call with the hiring lead.\n3. Not a fit? You get an email saying so - no ghosting.\n\nIn the meantime, have a look at how we work: https://careers.{dom}.example/how-we-hire\n\nTalk soon,\n{co}{lever}",
  NOREPLY)
t("ack-volume-unfortunately", N, A, "Your application for {role}",
  "Dear {first},\n\nThanks for applying. Unfortunately the sheer number of applicants means screening-stage feedback isn't something we can offer one by one. Your application will get a proper read, and if your skills fit what the role asks for, we'll be in touch.\n\nKind regards,\nHR, {co}{taleo}",
  NOREPLY)
t("ack-silence-rule", N, A, "Application acknowledgement",
  "Dear Applicant,\n\nYour application for {role} has reached the HR office.\n\nPlease note that {alt}\n\nHuman Resources Department\n{co}",
  "HR <hr@{dom}.example>", alts=("we will be in touch with the shortlist alone. A month past the closing date with nothing from us should be read as a no.",
                                 "those not shortlisted won't get a personal letter, and the office can't take calls asking how an application is going."))
t("ack-talent-pool-match", N, A, "You're in! Application for {role}",
  "Hey {first},\n\nNice one - your application for {role} is with us and a real human will read it within a fortnight. Not the right match this time? Your profile stays in our pool, and we'll ping you when a role lines up with it.\n\nCheers,\nTeam {co}{teamtailor}",
  NOREPLY)
t("ack-public-sector", N, A, "Application submitted: {role} ({ref})",
  "Your application has been submitted.\n\nVacancy: {role}\nReference: {ref}\nClosing date: 28 November 2026\n\nWhat happens next\nAfter the closing date, the sift panel will assess your application against the essential criteria. You will be told by email whether or not you have been invited to interview. If you are not successful at the sift stage, feedback will be available in your account.\n\nCivil Service Resourcing",
  "Civil Service Resourcing <noreply@csjobs.example.gov.uk>")
t("ack-rolling-intern", N, A, "{co} Internship 2027 - application received",
  "Hi {first},\n\nYour 2027 summer internship application is in! We read them in the order they arrive, which means the cohort can be full ahead of the advertised deadline. Within about four weeks we'll tell you if you're invited to the online assessment, and we'll also tell you if you aren't.\n\nEarly Careers{pinpoint}",
  NOREPLY)
t("ack-agency", N, A, "Re: {role} at {co}",
  "Hi {first},\n\nCV received - you went across to {co} for {role} at about three today. {alt}\n\nSpeak soon,\n{signer}\nConsultant, Hartwell Search",
  "{signer} <{sfold}@hartwellsearch.example>", alts=("Their turnaround is normally five working days. Should they pass, I'll phone rather than email and we'll go through the other two roles from our chat.",
                                                      "Hiring manager's on holiday until Tuesday so give it a week. Whatever they say, good or bad, you'll hear it from me the same day."))
t("ack-html", N, A, "Application confirmation",
  "<div style=\"font-family:Arial\"><p>Hi {first},</p><p>Your <b>{role}</b> application is with us and is queued for the hiring team.</p><p>{alt}</p><p>Kind regards,<br/>{co} Recruitment</p><p style=\"color:#888;font-size:10px\">Unmonitored mailbox. &nbsp;|&nbsp; <a href=\"https://careers.{dom}.example/privacy\">Privacy</a></p></div>",
  NOREPLY, alts=("Should this one not work out, we might get in touch about other openings that suit your profile.",
                 "If the answer turns out to be no, an email will say so as soon as the decision is taken."))
t("ack-faq", N, A, "Thanks for applying to {co}",
  "Hi {first},\n\nYour application for {role} has been received.\n\nFAQ\nQ: When will I hear back?\nA: Most candidates hear within 14 days.\nQ: Will you tell me if I'm not successful?\nA: Yes. If we decide not to progress your application, you'll get an email from this address.\nQ: Can I apply for other roles?\nA: Of course - up to three at a time.\nQ: Do you give feedback?\nA: We give feedback to everyone who reaches interview.\n\n{co} Talent{smart}",
  NOREPLY)
t("ack-dont-be-discouraged", N, A, "We got your application \u2713",
  "Hi {first},\n\nApplication received for {role}. Most applicants to any job here end up with a no, and often it has nothing to do with ability - so a no this time shouldn't stop you trying again. Yes or no, an email will come.\n\n{co} People{ashby}",
  NOREPLY)
t("ack-reapplication", N, A, "Application received - {role}",
  "Dear {first},\n\nThank you for applying again to {co}. We noticed you applied for a similar position last year; that earlier decision has no bearing on this application, which will be assessed on its own merits.\n\nWe aim to respond to all applicants within 21 days.\n\nRecruitment{bamboo}",
  NOREPLY)
t("ack-non-native", N, A, "Received your CV",
  "Dear {first},\n\nWe are thankful for you send CV for position {role}. Our HR will check all candidate and we will inform you in case of positive or negative result. Please be patient, the process take around 2-3 week.\n\nBest regard\n{signer}\nHR Manager",
  PERSON)
t("ack-hiring-manager", N, A, "Re: Application - {role}",
  "Hi {first},\n\nThanks for your email and CV - I'm the hiring manager for this one, so it came straight to me. I'm reading applications at the weekend and will let everyone know by next Wednesday whether they're through to the interview stage. If it's not a yes this time, I'll try to say why in a line or two.\n\nBest,\n{sfirst}",
  PERSON)
t("ack-retention-gdpr", N, A, "Thank you for your application",
  "Dear {first},\n\nThank you for your interest in {role}. Your application has been received.\n\nData retention: if your application is unsuccessful, we will keep your personal data for 6 months after the end of the recruitment process and then delete it, unless you agree to us keeping it longer. If you are hired, your data will move to your personnel file.\n\nKind regards\n{co}{personio}",
  NOREPLY)
t("ack-mobile-store", N, A, "Thanks for applying to {co}!",
  "Thanks {first}! Your application for {role} at our {city} store is in. A store manager will look at it within 7 days. Not picked this time? We'll let you know, and you can apply for another store straight away.",
  "{co} Jobs <jobs@{dom}.example>")
t("ack-closing-date", N, A, "Application received: {role}",
  "Hello {first},\n\nYour form arrived safely. Applications close on 5 December, and the panel shortlists the following week.\n\n{alt}\n\nHR Team{recruitee}",
  NOREPLY, alts=("No message from us by 19 December means the panel did not shortlist you.",
                 "Every applicant gets a shortlisting email, invitations and non-invitations alike."))
t("ack-portal-status", N, A, "Application status: Received",
  "{role} ({ref})\nStatus: Application received\nNext update: when the recruiter reviews your profile\n\nNo action needed. If your application does not move forward, the status will change to \"Closed\" and you'll get an email.{workday}",
  "{co} <{dom}@myworkday.example>")
t("ack-speculative", N, A, "Re: Speculative application",
  "Dear {first},\n\nThank you for your speculative application. Your CV is now with our head of engineering, who is drawing up the spring hiring plan right now. If she'd like to talk, she'll email you herself within the next couple of weeks; otherwise it stays with us for when the plan is signed off.\n\nRegards,\n{signer}",
  PERSON)
# other languages
t("de-eingang", N, A, "Eingangsbestätigung Ihrer Bewerbung",
  "Hallo {first},\n\nIhre Unterlagen für die Position {role} sind bei uns angekommen. Spätestens in drei Wochen hören Sie von uns; ob es dann ein Gesprächstermin wird oder nicht, erfahren Sie in jedem Fall per Mail.\n\nViele Grüße\nIhr Recruiting-Team{personio}",
  NOREPLY, lang="de", n=1)
t("fr-accuse", N, A, "Accusé de réception de votre candidature",
  "Bonjour {first},\n\nVotre dossier pour le poste de {role} nous est parvenu. Si vous n'avez aucune nouvelle au bout d'un mois, c'est que nous n'aurons pas donné suite ; nous ne pouvons malheureusement pas répondre à chacun.\n\nCordialement,\nL'équipe RH",
  NOREPLY, lang="fr", n=1)
t("es-acuse", N, A, "Hemos recibido tu candidatura",
  "Hola {first}:\n\n¡Gracias por inscribirte en la oferta de {role}! Revisaremos tu perfil en los próximos días. Si no encaja en esta ocasión, guardaremos tu CV para futuros procesos.\n\nEquipo de Selección",
  NOREPLY, lang="es", n=1)
t("nl-ontvangst", N, A, "Ontvangstbevestiging sollicitatie",
  "Beste {first},\n\nBedankt voor je sollicitatie op de vacature {role}. We nemen je brief binnen tien werkdagen door. Ook als we je niet uitnodigen, hoor je dat van ons.\n\nGroet,\nTeam Werving{recruitee}",
  NOREPLY, lang="nl", n=1)
t("it-ricevuta", N, A, "Conferma candidatura",
  "Gentile {first},\n\nla candidatura per {role} è arrivata. Richiameremo solo le persone scelte per il colloquio; in mancanza di notizie entro tre settimane, la selezione sarà proseguita senza di lei.\n\nCordiali saluti,\nRisorse Umane",
  NOREPLY, lang="it", n=1)

# --- interviews
INT = "interview"
t("int-invite-plain", N, INT, "Interview invitation - {role}",
  "Dear {first},\n\nYour application stood out and we'd like to meet you for a first conversation about {role}. {alt}\n\nPlease reply with a time that suits, or use this link: https://cal.{dom}.example/book/8812\n\nKind regards,\n{signer}",
  PERSON, alts=("It will be a 45-minute video call with me and the team lead; we'll cover your experience and you'll have time for your questions.",
                "We're seeing five candidates this round, each for about an hour on site in {city}."))
t("int-reschedule-unfort", N, INT, "Re: Interview Thursday",
  "Hi {first},\n\n{alt} Could we move to Friday at 11:00 or Monday at 15:30 instead? Same video link. Really sorry for the shuffle.\n\n{sfirst}\n\n> On {day}, {first} {last} wrote:\n> Confirmed for Thursday at 2pm, looking forward to it.",
  PERSON, alts=("Unfortunately our head of product has been called away on Thursday, and I'd really like her to meet you.",
                "I'm sorry to say the Thursday slot no longer works on our side - the panel lost a member to a client emergency."))
t("int-second-round", N, INT, "RE: [EXT] Re: Next round",
  "Hi {first},\n\nGood news - the team enjoyed meeting you and would like you to come back for a second interview. {alt}\n\nAre any of these good? Tue 10:00, Wed 14:00, Thu 09:30.\n\nBest,\n{sfirst}\n\nFrom: {first} {last}\nSent: {day}\nTo: {signer}\nSubject: Re: Next round\n\nThanks {sfirst}, happy to hear either way.",
  PERSON, alts=("This one is a 90-minute case study with the directors; we'll send the brief 48 hours before.",
                "Not everyone makes it this far, so well done. It'll be with two engineers and a pairing exercise."))
t("int-phone-screen", N, INT, "Quick call about {role}?",
  "Hi {first}, I'm the recruiter for {role} at {co}. Your application caught my eye. Could we do a 20-minute phone screen this week? Grab any slot here: https://meet.{dom}.example/{sfold}\n\nThanks,\n{signer}{greenhouse}",
  PERSON)
t("int-confirm", N, INT, "Confirmed: interview on {day} at 10:30",
  "Hi {first},\n\nYour interview for {role} is confirmed.\n\nWhen: {day}, 10:30-11:30\nWhere: {co}, 3rd floor, 41 Marlpit Lane, {city}\nWho: {signer} (hiring manager) and a member of the team\nBring: photo ID for reception\n\nIf you need to reschedule, just reply to this email.\n\n{co} Recruiting{ashby}",
  NOREPLY)
t("int-assessment-centre", N, INT, "Assessment centre invitation - Graduate Programme",
  "Dear {first},\n\nWell done - you've earned a seat at our 14 January assessment centre. Expect a team task, an in-tray exercise and a one-to-one interview. Around one in three candidates who attend receive an offer.\n\nPlease confirm your attendance by 20 December.\n\nGraduate Recruitment, {co}",
  NOREPLY)
t("int-council-shortlist", N, INT, "Shortlisted: {role} ({ref})",
  "Dear {first} {last},\n\nGood news: the panel has put you on the interview list for this post. Interviews will be held at the Civic Centre on 9 December. Please come ready to present for ten minutes on the following topic: \"How would you improve tenant engagement in the first six months?\"\n\nPlease let me know of any adjustments you need.\n\nYours sincerely,\nPeople Services",
  "People Services <recruitment@{dom}.example.gov.uk>")
t("int-other-candidates", N, INT, "Re: {role} - interviews",
  "Hi {first},\n\nThanks for your patience. We've narrowed it down to four candidates, and you're one of them. We didn't get to everyone we'd hoped to see, unfortunately, but we'd like to meet you next week. Does Wednesday afternoon work?\n\n{sfirst}",
  PERSON)
t("int-video-oneway-link", N, INT, "Your video interview link",
  "Hi {first},\n\nHere's the link for your live video interview on {day} at 16:00 (UK time): https://video.{dom}.example/room/71-ak\n\nThe interviewers will be {signer} and Magda from the finance team. If the link doesn't work on the day, call us on 0113 496 0712.\n\nGood luck!",
  NOREPLY)
t("int-fr-entretien", N, INT, "Invitation à un entretien",
  "Bonjour {first},\n\nVotre profil a retenu notre attention pour le poste de {role}. Seriez-vous disponible pour un entretien en visioconférence jeudi à 10h ? Malheureusement, nous ne pouvons pas proposer de créneau le mercredi.\n\nBien à vous,\n{signer}",
  PERSON, lang="fr", n=1)
t("int-de-einladung", N, INT, "Einladung zum Vorstellungsgespräch",
  "Hallo {first},\n\nwir möchten Sie gern kennenlernen! Passt Ihnen Dienstag um 14 Uhr bei uns im Büro? Leider können wir die Reisekosten nicht übernehmen, dafür gibt es guten Kaffee.\n\nBeste Grüße\n{signer}",
  PERSON, lang="de", n=1)

# --- next steps
S = "next_steps"
t("next-online-test", N, S, "Next step: online assessment for {role}",
  "Hi {first},\n\nYour next step is a short online assessment, roughly 35 minutes of puzzles and situational questions.\n\nStart here: https://assess.{dom}.example/c/5521\nDeadline: {alt}\n\nAn unfinished assessment after that date closes the application, so tell us soon if you need extra time or an adjustment.\n\n{co} Recruitment",
  NOREPLY, alts=("Sunday 7 December, 23:59 GMT", "5 working days from today"))
t("next-takehome", N, S, "Take-home exercise - {role}",
  "Hi {first},\n\nGreat talking yesterday. As discussed, here's the take-home: build a small service that ingests the attached CSV and exposes two endpoints. Please don't spend more than four hours on it.\n\nSend us a repo link by {alt}. We'll review it within a week and then set up the technical interview.\n\n{sfirst}",
  PERSON, alts=("next Friday", "the end of Monday"))
t("next-references", N, S, "References - {role}",
  "Dear {first},\n\nWe're close to a decision and the next piece is references. Two referees, please - one the person who manages you now, or did most recently - with email addresses, by {day}.\n\nWe won't contact them until you confirm.\n\nKind regards,\n{signer}",
  PERSON)
t("next-background", N, S, "Action required: background screening",
  "Hi {first},\n\nAs part of your pre-employment checks for {role}, our partner ClearPath Screening will contact you to verify your identity, employment history and criminal record. Please complete the online form within 72 hours of receiving their email.\n\nDelays can push back your start date.\n\nPeople Operations, {co}",
  NOREPLY)
t("next-rtw", N, S, "Right to work documents",
  "Hello {first},\n\nOne thing stands between you and a confirmed start date: the legal check on your permission to work here. Drop your passport, or your Home Office share code, at reception by {day}. {alt}\n\nThanks,\nHR",
  "HR <hr@{dom}.example>", alts=("Without this we're legally unable to employ you.", "Unfortunately we can't accept photocopies."))
t("next-video-oneway", N, S, "Record your video interview",
  "Hi {first},\n\nYou've been invited to record a short video interview for {role}: five questions, two minutes each, one retake allowed.\n\nLink: https://record.{dom}.example/i/aa93\nThe link expires in 5 days.\n\nGood luck!{smart}",
  NOREPLY)
t("next-portfolio", N, S, "Portfolio request",
  "Hi {first},\n\nThanks for applying for {role}. Before we shortlist, could you send us three pieces of recent work with a sentence on your part in each? We need them by Thursday to include you in the next round.\n\n{sfirst}",
  PERSON)
t("next-health", N, S, "Pre-employment health questionnaire",
  "Dear {first},\n\nFollowing your conditional offer, please complete the occupational health questionnaire at the link below within seven days. Your answers go only to the occupational health provider, not to your manager.\n\nhttps://oh.{dom}.example/q/19\n\nHR Services",
  NOREPLY)
t("next-presentation", N, S, "Final stage: presentation brief",
  "Hi {first},\n\nFinal stage for {role} - well done. The panel would like a quarter-hour talk from you: your plan for your opening three months in the job. Send your slides by {day} noon; the panel will have 30 minutes of questions after.\n\nBest,\n{signer}",
  PERSON)
t("next-nl-assessment", N, S, "Volgende stap: assessment",
  "Beste {first},\n\nGoed nieuws: je gaat door naar de volgende ronde. We vragen je een online assessment te maken vóór vrijdag 17.00 uur. Lukt dat niet, laat het ons dan even weten.\n\nGroet,\n{signer}",
  PERSON, lang="nl", n=1)
t("next-dbs", N, S, "DBS check - next steps",
  "Hi {first},\n\nTo move forward with your application for {role}, we need an enhanced DBS check. You'll receive an email from our umbrella body with a link - please complete it within 10 days. If anything on your record might come up, you're welcome to talk to us in confidence first.\n\nRecruitment, {co}",
  NOREPLY)

# --- offers
OFF = "offer"
t("offer-oneline", N, OFF, "Re: {role}",
  "{alt}\n\n{sfirst}{mobile}",
  PERSON, alts=("{first} - we'd love to have you. Offer letter coming tomorrow!", "We want you on the team. Can I call you at 5 to talk numbers?"))
t("offer-letter", N, OFF, "Offer of employment - {role}",
  "Dear {first},\n\nFollowing your interview, {co} offers you the post of {role}, with a start date of 12 January 2027.\n\nSalary: \u00a352,000 per year\nHours: 37.5 per week, hybrid (2 days in {city})\nLeave: 27 days a year, bank holidays on top\nProbation: 6 months\n\nThe offer depends on references we're happy with and a right-to-work check. The contract is attached; a signed copy back by {day} would be ideal.\n\nThe whole team is excited to have you.\n\nYours sincerely,\n{signer}\n{co}",
  PERSON)
t("offer-conditional-unfort", N, OFF, "Your offer - {role}",
  "Hi {first},\n\nCongratulations again! One practical point: unfortunately we can't do the 1 December start you asked for because of the office move, so your contract says 8 December. Everything else is as we discussed. {alt}\n\nBest,\n{signer}",
  PERSON, alts=("The offer is conditional on two satisfactory references.", "Please e-sign by Friday."))
t("offer-over-others", N, OFF, "Following up on our call",
  "Hi {first},\n\nRepeating what I said on our call: against some very strong candidates, you were the clear choice, and the {role} job is yours if you want it. The paperwork is attached; mull it over and tell me Monday.\n\n{signer}",
  PERSON)
t("offer-intern", N, OFF, "Internship offer - Summer 2027",
  "Dear {first},\n\nA place on the {co} Summer Internship 2027 is yours - 10 weeks from 23 June, \u00a3480 a week. Hit Accept in the portal by the end of next fortnight to secure it.\n\nEarly Careers Team",
  NOREPLY)
t("offer-es", N, OFF, "Oferta de trabajo",
  "Hola {first}:\n\n¡Enhorabuena! Nos alegra comunicarte que hemos decidido ofrecerte el puesto de {role}. Te adjuntamos la propuesta con las condiciones. ¿Podrías confirmarnos antes del viernes?\n\nUn abrazo,\n{signer}",
  PERSON, lang="es", n=1)
t("offer-agency-rate", N, OFF, "{co} want you!",
  "Hi {first}, great news - {co} have come back with an offer for the {role} contract: 6 months, \u00a3525/day, start 5 Jan. Can you confirm you're happy for me to accept on your behalf?\n{sfirst}",
  "{sfirst} <{sfold}@peopledirect.example>", n=1)

# --- other job mail
J = "other_job"
t("oj-under-review", N, J, "Update on your application",
  "Hi {first},\n\nJust a quick note: your application for {role} is still under review. {alt} Thanks for bearing with us.\n\n{co} Talent",
  NOREPLY, alts=("The team has had a busy month and needs about two more weeks before making interview decisions.",
                 "We haven't made any decisions yet and you're still very much in the running."))
t("oj-on-hold", N, J, "{role} - on hold",
  "Hi {first},\n\nI wanted to be transparent: the {role} hire is on hold for a few weeks while our budget is signed off. {alt} I'll update you by mid-January at the latest.\n\n{signer}",
  PERSON, alts=("You remain in the process, and we'll pick up where we left off - no need to interview again.",
                "Nothing changes for your candidacy; you're still our preferred candidate for the next step."))
t("oj-withdrawal", N, J, "Re: Withdrawing my application",
  "Hi {first},\n\nAppreciate the heads-up, and well done on landing the other job! {alt}\n\nAll the best,\n{sfirst}\n\n> On {day}, {first} {last} wrote:\n> I've said yes to another company, so please take me out of the {role} process. Grateful for your time.",
  PERSON, alts=("Your application is now marked as withdrawn and Thursday's slot is released.", "Done - you're out of the process, with no hard feelings at all."))
t("oj-job-alert", N, "job_alert", "8 new jobs for \"{role}\"",
  "Hi {first},\n\nNew jobs matching your alert:\n\n{role} - {co} - {city}\nSenior {role} - Hallam Partners - Remote\n{role} (12m FTC) - Brightwater NHS Trust\n...and 5 more\n\nNot the right jobs? Edit your alert or unsubscribe.\n\nJobsNest",
  "JobsNest Alerts <alerts@jobsnest.example>")
t("oj-outreach", N, "recruiter_outreach", "{role} opportunity - open to a chat?",
  "Hi {first},\n\nYour work at your current place looks like a strong match for a {role} post I'm filling at {co}. It's a new team, hybrid in {city}, strong package. No pressure at all - if now isn't the right time, just say and I won't chase.\n\n{signer}",
  PERSON)
t("oj-reference-request", N, J, "Reference request for a former colleague",
  "Dear {first},\n\nYour name was given as a referee by a candidate who has applied to {co} for the {role} post. Could you complete the short form below by Friday? Your response will be treated in confidence.\n\nhttps://refs.{dom}.example/f/2291\n\nThank you,\nHR",
  "HR <hr@{dom}.example>", n=1)
t("oj-incomplete", N, J, "You didn't finish your application",
  "Hi {first}, you started an application for {role} but didn't submit it. It's saved - pick up where you left off before the job closes on Sunday.\n\nContinue: https://careers.{dom}.example/apply/resume{lever}",
  NOREPLY, n=1)
t("oj-decision-delayed", N, J, "Re: Timeline",
  "Hi {first}, sorry for the silence. The final decision has slipped to next week because two of the panel are off sick. You're still on the shortlist. {sfirst}",
  PERSON, n=1)

# --- non-job declines using rejection words
NJ = "non_job_rejection_words"
t("nj-loan", N, NJ, "Your loan application",
  "Dear {first} {last},\n\nYour request to borrow \u00a38,000 over four years has been declined. Part of what we weighed came from a credit reference agency; ask, and we'll name the agency and tell you how to see your file.\n\nCustomer Lending, Eastfold Bank",
  "Eastfold Bank <lending@eastfold.example>", n=1)
t("nj-rental", N, NJ, "Re: Viewing - 14 Alder Close",
  "Hi {first}, thanks for coming to the viewing on Saturday. The landlord picked a tenant able to move in a fortnight earlier, so this flat's gone, I'm afraid. I'll send over anything similar that comes up.\n\nRuth, Parkside Lettings",
  "Ruth <ruth@parksidelettings.example>", n=1)
t("nj-manuscript", N, NJ, "Re: Query - THE SALT ROAD",
  "Dear {first},\n\nThank you for sending me the opening chapters of The Salt Road. Your narrator's voice has real bite, yet the plot didn't grip me in the way it would need to for me to take it on. Tastes differ enormously across agencies, so please keep querying.\n\nWith best wishes,\nAnnika Loewe\nLoewe & Carrow Literary Agency",
  "Annika Loewe <submissions@loewecarrow.example>", n=1)
t("nj-grant", N, NJ, "Outcome of your grant application",
  "Dear {first},\n\nThe Community Arts Fund panel had 214 bids for 19 awards this round, and your project is not one of the 19. You'll find the panel's comments attached; April brings the next round.\n\nGrants Team",
  "Grants Team <grants@artsfund.example.org>", n=1)
t("nj-talk", N, NJ, "DevFest North 2027: your proposal",
  "Hi {first},\n\nThanks for submitting \"Fixing flaky tests for good\" to DevFest North. More than 600 proposals came in for 48 slots, and unfortunately yours didn't make the programme. Come along anyway - CFP20 takes 20% off a ticket.\n\nThe Programme Committee",
  "DevFest North <cfp@devfestnorth.example>", n=1)
t("nj-scholarship", N, NJ, "Scholarship application decision",
  "Dear {first},\n\nThank you for applying for the Halvard Memorial Scholarship. After careful consideration the committee has not been able to offer you an award this year. Your offer of admission to the MSc programme is not affected.\n\nScholarships Office",
  "Scholarships Office <scholarships@uni-northdale.example.edu>", n=1)
t("nj-school-place", N, NJ, "Secondary school place - offer day",
  "Dear Parent/Carer,\n\nKingsmoor Academy, your first preference, had more applicants than places, and your child's distance from the gate put them outside its allocation. The place allocated is at Fernleigh School, your second choice. Details of how to appeal against the Kingsmoor decision are enclosed.\n\nSchool Admissions",
  "School Admissions <admissions@county.example.gov.uk>", n=1)
t("nj-tryout", N, NJ, "U16 squad trials",
  "Hi {first}, thanks for bringing Leo to the trials on Sunday. We've picked the squad now and unfortunately he hasn't made it this season - numbers were huge. He's very welcome in the development group on Thursday nights.\n\nCoach Dan, Riverside Rovers",
  "Dan <coach@riversiderovers.example>", n=1)
t("nj-volunteer-rota", N, NJ, "Volunteer rota - December",
  "Hi {first},\n\nThanks for offering Saturday mornings at the food bank. We've already got enough people on the December rota, so we won't need you this month, sorry! I'll add you for January.\n\nMaggie",
  "Maggie <rota@foodbank-eastside.example.org>", n=1)
t("nj-market-stall", N, NJ, "Christmas market stall application",
  "Dear {first},\n\nThe Winter Market had far more craft applications than pitches, and yours was not allocated one; we aimed for a spread of trades. Your deposit will be refunded within 5 working days.\n\nMarkets Team",
  "Markets Team <markets@{dom}.example.gov.uk>", n=1)
t("nj-listing", N, NJ, "Your listing was rejected",
  "Hi {first}, your listing \"Vintage bike lamp, working\" was rejected because the photos don't meet our guidelines. Edit the listing and resubmit - it usually takes under an hour to review.\n\nMarketly Support",
  "Marketly <no-reply@marketly.example>", n=1)
t("nj-visa-slot", N, NJ, "Visa appointment request",
  "Dear Applicant,\n\nYour request for a visa appointment on 16 December could not be confirmed as no slots remain. Your application has not been rejected. Please book another date through the portal.\n\nVisa Application Centre",
  "VAC <info@visacentre.example>", n=1)
t("nj-card", N, NJ, "Payment declined",
  "Hi {first}, your card payment of \u20ac42.90 to CityRide was declined. Please update your payment method to keep using the app.",
  "CityRide <billing@cityride.example>", n=1)
t("nj-paper", N, NJ, "[ICSR 2027] Decision on submission #418",
  "Dear {first} {last},\n\nWe regret to inform you that your submission #418 \"Robust scheduling under partial observability\" has not been accepted for ICSR 2027. The reviews are below. We received 1,102 submissions and accepted 23%.\n\nProgram Chairs",
  "ICSR 2027 <chairs@icsr2027.example.org>", n=1)
t("nj-insurance", N, NJ, "Claim CL-88214",
  "Dear {first} {last},\n\nWe've reviewed your claim for water damage. Unfortunately we are unable to accept it, because the policy excludes damage caused by gradual leaks. If you disagree, you can complain to us and then to the ombudsman.\n\nClaims Team, Heronsgate Insurance",
  "Heronsgate Insurance <claims@heronsgate.example>", n=1)
t("nj-pr", N, NJ, "Re: [tidewater/tide] Add retry option (#1412)",
  "Closed #1412.\n\nThanks for the PR, {first}! We're going to pass on this one - we'd rather handle retries at the transport layer (see #1398). Really appreciate the effort.\n\n\u2014\nReply to this email directly or view it on GitHub.",
  "maintainer <notifications@github.example>", n=1)
t("nj-de-kredit", N, NJ, "Ihr Kreditantrag",
  "Sehr geehrte/r {first} {last},\n\nleider können wir Ihren Antrag auf einen Ratenkredit über 12.000 EUR nicht annehmen. Die Entscheidung beruht auf unserer Bonitätsprüfung.\n\nMit freundlichen Grüßen\nIhre Nordstadt Bank",
  "Nordstadt Bank <kredit@nordstadtbank.example>", lang="de", n=1)
t("nj-club", N, NJ, "Membership application",
  "Dear {first},\n\nThank you for your application to join the Harbourside Rowing Club. Our membership is currently full, and we're unable to accept new members until the spring intake. You've been placed on the waiting list (position 14).\n\nMembership Secretary",
  "Membership <membership@harbourside-rc.example.org>", n=1)

t("oj-account", N, J, "Your candidate account",
  "Hi {first},\n\nYour candidate account at {co} is ready. You can track every application, update your CV and set job alerts in one place. We'll never share your details with other employers.\n\nSign in: https://careers.{dom}.example/login{smart}",
  NOREPLY, n=1)
t("oj-viewed", N, J, "A recruiter viewed your application",
  "Good news, {first}! A recruiter at {co} viewed your application for {role} today. No action on your part; a new status will show up here the moment it's set.\n\nJobsNest",
  "JobsNest <updates@jobsnest.example>", n=1)

# --- long letters and forwarded chains (added in polishing)
t("long-plant-letter", R, "rejection", "{role} - your interview on {day}",
  "Dear {first},\n\nThank you for travelling to our {city} works for the interview and site walk. I know the shift pattern we described is demanding, and I appreciated how directly you asked about it.\n\nA word on how we decided. Each of the four panel members scored every candidate separately against the same six criteria - safety leadership, process knowledge, people management, problem solving, communication and commitment to improvement - before we met to compare notes. We then took up informal soundings from the two shift leads who showed candidates round.\n\nYou scored well on communication and on your improvement ideas; your suggestion about the kiln changeover log was raised again by two of us afterwards. Where you fell behind was hands-on experience of running a continuous process overnight with a small crew, which this post needs from the first week.\n\n{alt}\n\nPlease don't let this be the last application we see from you. We expect to recruit two day-shift supervisors in the summer, where the overnight requirement does not apply, and I have noted your name for that round.\n\nYours sincerely,\n\n{signer}\nWorks Manager\n{co}{legal}",
  PERSON, alts=("Weighing all of it, the panel's choice fell on a candidate who has run nights at a glassworks for six years, and he has accepted.",
                "On that basis alone, the post cannot be yours this time."))
t("fwd-to-self", R, "rejection", "Fwd: {co} - update on your application",
  "fyi - saving this to my own inbox before the uni account closes\n\n---------- Forwarded message ---------\nFrom: {co} Talent <no-reply@{dom}.example>\nDate: {day}\nSubject: {co} - update on your application\nTo: <{tofold}@students.uni-fenmoor.example.ac.uk>\n\nHi {first},\n\n{alt}\n\nBest wishes,\nThe {co} graduate team{greenhouse}",
  "{first} {last} <{tofold}@students.uni-fenmoor.example.ac.uk>", alts=("You reached the last twenty for our analyst intake - no small thing - but the final places have gone to other applicants, and your application is now closed.",
                                                                      "Thanks for sitting our situational judgement test. Your result doesn't take you on to the video stage, so this is where your application ends."))
t("long-academic-ack", N, A, "Acknowledgement: Lecturer post ({ref})",
  "Dear {first} {last},\n\nYour application for the Lecturer post (ref {ref}) arrived complete, and it now sits with the shortlisting committee.\n\nTimetable\n- Closing date: Sunday 14 December\n- Shortlisting: week beginning 5 January\n- Interviews, research talks and meetings with students: late January\n\nCommittee members mark every file against the person specification in the further particulars. After shortlisting, all applicants get a letter - the ones asked to interview and the ones who aren't. Nothing by 16 January? Ring the Faculty HR office, since a letter may have gone astray.\n\nIf you need adjustments at any stage, tell us in confidence.\n\nYours sincerely,\n\nFaculty of Science HR Office\nUniversity of Fenmoor\n\nThe University of Fenmoor is an exempt charity. Applicant records are kept as our recruitment privacy notice describes; files of applicants not appointed are shredded a year after the appointment.",
  "Faculty HR <science-hr@uni-fenmoor.example.ac.uk>", n=1)
t("fwd-coach-invite", N, INT, "Fwd: Interview - {role}",
  "Hi {first} - your recruiter cc'd the wrong address, so this came to me. Forwarding straight on. Good luck, you'll be great!\nJo (careers coach)\n\nBegin forwarded message:\n\nFrom: {signer} <{sfold}@{dom}.example>\nSubject: Interview - {role}\n\nHello {first},\n\nThe hiring manager would like to see you on {day} at 11:00 at our {city} office, for about an hour. Unfortunately there's no parking on site, but the station is five minutes' walk away.\n\nPlease confirm and I'll send the joining details.\n\n{signer}",
  "Jo Pettifer <jo@pettifercoaching.example>", n=1)

# Templates sent once (the rest go out once per alternative sentence), to keep the slice near
# 130 / 130 with about 25 rejections in other languages.
ONE_COPY = {
    "hedge-direction", "agency-internal-temp", "ats-shift-app", "intern-placement-year",
    "assess-psychometric", "cancel-internal", "talent-pool-moved", "survey-nps",
    "new-reapply-cooldown", "new-internal-move", "new-sms", "new-chatbot", "new-autoclose",
    "new-linkedin-relay", "new-overqualified", "new-remote-policy", "new-digest",
    "it-esito", "tr-bilgilendirme", "next-rtw",
    "thread-chaser-answer", "ats-smart-short", "footer-values", "hedge-fit-vague", "ack-faq", "oj-under-review",
}
for _tpl in TEMPLATES:
    if _tpl["key"] in ONE_COPY:
        _tpl["n"] = 1


# ================================================================ building
CITIES = ["Leeds", "Swindon", "Aberdeen", "Norwich", "Cardiff", "Preston", "Exeter", "Dundee", "Milton Keynes", "Belfast"]
MAILHOSTS = ["mailbox.example", "post.example", "inbox.example", "letterbox.example"]
FOOTER_SLOTS = {
    "careers": FT_CAREERS, "alerts": FT_ALERTS, "workday": FT_WORKDAY, "greenhouse": FT_GREENHOUSE,
    "lever": FT_LEVER, "smart": FT_SMART, "icims": FT_ICIMS, "taleo": FT_TALEO, "ashby": FT_ASHBY,
    "personio": FT_PERSONIO, "teamtailor": FT_TEAMTAILOR, "recruitee": FT_RECRUITEE,
    "bamboo": FT_BAMBOO, "pinpoint": FT_PINPOINT, "legal": FT_LEGAL,
}
START = datetime(2025, 9, 1)
SPAN_DAYS = 455  # to the end of November 2026


def make_ref(rng: random.Random) -> str:
    shape = rng.randrange(4)
    if shape == 0:
        return f"REQ-{rng.randrange(10000, 99999)}"
    if shape == 1:
        return f"{rng.choice('ABCDEFGHJKLMNPRSTUVWXYZ')}{rng.choice('ABCDEFGHJKLMNPRSTUVWXYZ')}-{rng.randrange(2025, 2027)}-{rng.randrange(100, 999)}"
    if shape == 2:
        return f"JR{rng.randrange(100000, 999999)}"
    return f"{rng.randrange(300000, 399999)}"


def build(rng: random.Random) -> list[dict]:
    records: list[dict] = []
    serial = {R: 0, N: 0}
    for tpl in TEMPLATES:
        n = tpl["n"]
        companies = rng.sample(COMPANIES, n)
        roles = rng.sample(ROLES, n + 1)
        for copy in range(n):
            first, last = rng.choice(FIRST), rng.choice(LAST)
            signer = rng.choice(SIGNERS)
            sfirst, slast = signer.split(" ", 1)
            co = companies[copy]
            offset = rng.randrange(SPAN_DAYS)
            local = START + timedelta(days=offset, hours=rng.randrange(6, 22), minutes=rng.randrange(60), seconds=rng.randrange(60))
            zone = timezone(timedelta(minutes=rng.choice(ZONES)))
            when = local.replace(tzinfo=zone)
            earlier = local - timedelta(days=rng.randrange(2, 9))
            day = f"{earlier:%A} {earlier.day} {earlier:%B}" if tpl["lang"] == "en" else f"{earlier.day}.{earlier.month}.{earlier.year}"
            ctx = {
                "first": first, "last": last, "co": co, "CO": co.upper(), "dom": slug(co),
                "role": roles[copy], "role2": roles[-1], "signer": signer, "sfirst": sfirst,
                "slast": slast, "sfold": fold(signer), "tofold": fold(f"{first} {last}"), "day": day,
                "ref": make_ref(rng), "city": rng.choice(CITIES), "host": rng.choice(MAILHOSTS),
            }
            ctx["mobile"] = rng.choice(["", FT_MOBILE, FT_MOBILE2])
            for slot, text in FOOTER_SLOTS.items():
                ctx[slot] = text.format(**ctx)
            alt_index = copy % len(tpl["alts"]) if tpl["alts"] else 0
            alt = tpl["alts"][alt_index].format(**ctx) if tpl["alts"] else ""
            ctx["alt"] = alt
            serial[tpl["label"]] += 1
            prefix = "rej" if tpl["label"] == R else "not"
            records.append({
                "id": f"blind14:{prefix}-{serial[tpl['label']]:03d}",
                "subject": tpl["subject"].format(**ctx),
                "body": tpl["body"].format(**ctx),
                "sender": tpl["sender"].format(**ctx),
                "label": tpl["label"],
                "kind": tpl["kind"],
                "family": f"blind14-{tpl['key']}-{alt_index + 1}",
                "provenance": PROVENANCE,
                "to": f"{first} {last} <{ctx['tofold']}@{ctx['host']}>",
                "date": format_datetime(when),
                "lang": tpl["lang"],
            })
    return records


def write(records: list[dict]) -> None:
    with OUT.open("w", encoding="utf-8", newline="\n") as fh:
        for rec in records:
            row = {k: v for k, v in rec.items() if k != "lang"}
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")


# ================================================================ --check
TAG = re.compile(r"<[^>]+>")
WORD = re.compile(r"\w+")


def shingles(body: str, size: int = 6) -> set[str]:
    words = WORD.findall(TAG.sub(" ", body).replace("&nbsp;", " ").lower())
    return {" ".join(words[i:i + size]) for i in range(len(words) - size + 1)}


def check(records: list[dict]) -> None:
    ours = [shingles(r["body"]) for r in records]
    pool = set().union(*ours)
    shared: set[str] = set()
    others = sorted(HERE.parent.glob("*.jsonl")) + sorted(p for p in HERE.glob("*.jsonl") if p.name != OUT.name)
    for path in others:
        with path.open(encoding="utf-8") as fh:
            for raw in fh:
                if raw.strip():
                    shared |= pool & shingles(json.loads(raw).get("body", ""))
    hits = [i for i, s in enumerate(ours) if s & shared]
    by_label = collections.Counter(records[i]["label"] for i in hits)
    per_shingle = collections.Counter(sh for s in ours for sh in s & shared)
    print(f"compared against {len(others)} files")
    print(f"{len(hits)} of {len(records)} bodies share a 6-word shingle ({by_label[R]} rejections, {by_label[N]} others); {len(shared)} distinct shared shingles")
    for sh, count in sorted(per_shingle.items(), key=lambda kv: (-kv[1], kv[0])):
        print(f"  {count:3d}  {sh}")


def langs(records: list[dict]) -> None:
    for title, key in (("label/kind", "kind"), ("label/language", "lang")):
        print(title)
        for (label, value), count in sorted(collections.Counter((r["label"], r[key]) for r in records).items()):
            print(f"  {label:14s} {value:26s} {count}")
    print(f"total {len(records)}; families {len({r['family'] for r in records})}; templates {len(TEMPLATES)}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="6-word-shingle overlap against data/*.jsonl and the other data/blind/*.jsonl")
    parser.add_argument("--langs", action="store_true", help="print the make-up by label/kind and label/language")
    args = parser.parse_args(argv)
    records = build(random.Random(SEED))  # noqa: S311 - a fixed seed for a reproducible file, not security
    if args.check:
        check(records)
    elif args.langs:
        langs(records)
    else:
        write(records)
        print(f"wrote {len(records)} records to {OUT.relative_to(HERE.parent.parent)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
