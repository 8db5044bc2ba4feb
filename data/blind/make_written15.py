# ruff: noqa: E501
"""Write written-15.jsonl (issue 11, thirteenth pass, third batch): hand-written training mail by sector and format.

Not a blind slice: written to be trained on (families start with ``blindw15-``, so grouped CV keeps
them train-only and they carry the read-slice weight). Stdlib only, fixed seed 150115; two runs
write byte-identical output. ``--check`` prints our side of any 6-word shingle these bodies share
with ``data/*.jsonl``, the read blind slices 1-10, written-13 and written-14; those files are read
only as sets of shingles and never printed.

Where the first two batches leaned on offices and tech, this one writes for hospitals and NHS
trusts, shops, hotels, trades, warehouses, schools and universities, charities, law firms, banks,
the forces and police, civil services in several countries, film and music, sports clubs and
consultancies; and in formats the others used less: HTML remnants, ATS digests, forwarded chains,
calendar cancellations, chat messages, voicemail transcripts, job-board relays, portal messages,
machine-translated English, mixed-language mail, and legal disclaimers longer than the note.

Placeholders: ``{n}`` the recipient's first name, ``{r}`` the role, ``{q}`` a second role from the
same employer, ``{c}`` the employer, ``{d}`` its mail domain, ``{s}`` the signer's first name,
``{p}`` someone else's name, ``{k}`` a reference, ``{L}`` a legal disclaimer, ``{u}`` a tracking link.
"""

from __future__ import annotations

import json
import random
import re
import sys
import unicodedata
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

SEED = 150115
HERE = Path(__file__).resolve().parent
OUT = HERE / "written-15.jsonl"
PROV = "written for rejectwatch issue 11 thirteenth pass as training mail, third batch (make_written15.py)"

R = "rejection"
APP = "application_received"
INT = "interview"
NEXT = "next_steps"
OFFER = "offer"
OTHER = "other_job"
ALERT = "job_alert"
NONJOB = "non_job_rejection_words"

FIRST = ["Abimbola", "Sigrun", "Matteo", "Yusra", "Eoghan", "Paulina", "Kwame", "Ingrid", "Rafael", "Noor",
         "Bronwen", "Jakub", "Wairimu", "Lorcan", "Émilie", "Hamza", "Tuuli", "Dorota", "Sebastián", "Aoife",
         "Kirra", "Mehmet", "Zsófia", "Anouk", "Callum", "Ioana", "Viggo", "Chidera", "Lucía", "Ruben"]
LAST = ["Okonkwo", "Bergstrand", "Ferraro", "Haddad", "Mulcahy", "Kowalczyk", "Asante", "Solberg", "Duarte",
        "Rahimi", "Prydderch", "Novotný", "Kamau", "Brennan", "Lefèvre", "Yilmaz", "Virtanen", "Wójcik",
        "Paredes", "Gallagher", "Nguyen", "Demir", "Varga", "Verbeek", "McAllister", "Popescu"]
OTHERS = ["Ngozi", "Henrik", "Bernadette", "Idris", "Carmel", "Wojtek", "Shauna", "Ravi", "Esmé", "Dov"]
MAILHOSTS = ["outlook.example", "gmx.example", "icloud.example", "fastmail.example", "web.example"]
SIGNERS = ["Gwenllian", "Kasper", "Ananya", "Declan", "Agnieszka", "Stavros", "Helmi", "Zoltán", "Corina",
           "Emre", "Solveig", "Ondřej", "Begoña", "Wouter", "Chiara", "Joaquim", "Niamh", "Kenji", "Folake", "Leila"]
# (employer, domain, roles): the role in a message always belongs to the employer.
EMPLOYERS = [
    ("Harrowfield Hospitals NHS Foundation Trust", "harrowfield.nhs.example", ["Band 5 Staff Nurse", "Healthcare Assistant", "Theatre Practitioner", "Medical Secretary"]),
    ("St Brigid's University Hospital", "stbrigids.health.example", ["Junior Clinical Fellow", "Phlebotomist", "Radiographer", "Patient Flow Coordinator"]),
    ("Marlowe & Finch Stores", "marlowefinch.example", ["Weekend Sales Assistant", "Visual Merchandiser", "Store Deputy Manager", "Christmas Temp (Tills)"]),
    ("The Quayside Hotel Group", "quaysidehotels.example", ["Night Porter", "Commis Chef", "Front of House Supervisor", "Banqueting Staff"]),
    ("Brackenridge Building Services", "brackenridge.example", ["Electrical Apprentice", "Plumbing Improver", "Site Supervisor", "Multi-Skilled Operative"]),
    ("Northgate Logistics", "northgatelogistics.example", ["Warehouse Operative (Nights)", "FLT Driver", "Shift Team Leader", "Inventory Controller"]),
    ("University of Eastmere", "eastmere.ac.example", ["Lecturer in Economic History", "Funded PhD Studentship (Soil Microbiology)", "Graduate Teaching Assistant", "Research Associate"]),
    ("Larkspur Academy Trust", "larkspuracademy.example", ["Teacher of Mathematics", "SEN Teaching Assistant", "Head of Year 9", "Exams Officer"]),
    ("Open Hands International", "openhands.ngo.example", ["Programme Officer (WASH)", "Community Fundraiser", "Volunteer Coordinator", "Safeguarding Lead"]),
    ("Pemberton Ashe LLP", "pembertonashe.law.example", ["2028 Training Contract", "Summer Vacation Scheme", "Paralegal (Litigation)", "Legal Cashier"]),
    ("Calder Reach Bank", "calderreach.bank.example", ["Graduate Scheme - Risk", "Spring Insight Week", "Credit Analyst", "Branch Customer Adviser"]),
    ("Department for Rural Affairs", "ruralaffairs.gov.example", ["Executive Officer (EO) Policy", "Higher Executive Officer, Data", "Fast Stream", "Administrative Officer"]),
    ("Western Constabulary", "westerncops.police.example", ["Police Constable (Degree Holder Entry)", "Call Handler", "Special Constable", "Digital Forensics Examiner"]),
    ("Stackjar", "stackjar.example", ["Founding Engineer", "Growth Marketer", "Customer Success Lead", "Product Designer"]),
    ("Monolith Cloud", "monolithcloud.example", ["Software Engineer II", "Solutions Architect", "Technical Program Manager", "Site Reliability Engineer"]),
    ("Redlamp Pictures", "redlamp.film.example", ["Production Runner", "Assistant Editor", "Music Supervisor", "Location Assistant"]),
    ("Whitebrook Rovers FC", "whitebrookrovers.example", ["Academy Sports Scientist", "Matchday Steward", "Performance Analyst", "Community Coach"]),
    ("Tallis Kerr Consulting", "talliskerr.example", ["Business Analyst (Graduate)", "Associate Consultant", "Operations Consultant", "Summer Internship"]),
]
ZONES = [-7, -5, -4, 0, 1, 2, 3, 4, 5.5, 8, 10, 13]
DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

LEGAL = [
    "LEGAL NOTE. What follows the greeting above is private to whoever it was addressed to. Anyone else holding a copy should neither pass it on nor rely on it; tell the sender by replying, then wipe every copy, printouts included. {c} cannot answer for malware that rides along with mail, so scan attachments yourself. Individual staff speak for themselves here unless a director has signed. Our mail systems keep logs, and messages may be read by compliance for audit, security or regulatory reasons. {c} is a company registered at Companies House; ask us for its number and registered address. No contract is formed by email alone: only a signed letter binds us.",
    "PRIVILEGE AND PRIVACY - Parts of this note, and anything attached, could be covered by legal privilege, and only its named addressee may read it. Reading, keeping or sharing it without that right is forbidden. Misdirected? Let us know by reply and then remove it from inbox, archive and backups. Mail can be intercepted or altered in transit, and we take no responsibility for edits made after it left us. Candidate data is kept as our applicant privacy statement describes: how long, who sees it, your rights to see, correct and erase it, and the route for complaints to the data protection regulator. Think twice before printing this.",
    "Sent for and on behalf of {c}. The contents are confidential and may be privileged; they are shielded by law. Nobody but the addressee is allowed access. Got this in error? Write back to the sender, then delete it without disclosing what it says. As a public authority we may be obliged to release correspondence, this mail included, under freedom of information legislation. Personal views in it belong to the writer, not necessarily to {c}. We scan outbound mail, yet recipients remain responsible for checking for viruses before opening attachments.",
]
TRACK = ["https://click.mailer.example/ls/click?upn=3xQk{k}-2Fz9", "https://t.hirehub.example/r/{k}?utm_source=ats&utm_medium=email",
         "https://links.talentmail.example/c/{k}/aHR0cHM6Ly9jYXJlZXJz"]

# ================================================================ English decision sentences
# Each one tells the applicant they are out, in words of its own; each is used once, in a frame chosen below.
DECISIONS = [
    # positive words first, then the decision
    "We were genuinely impressed by your portfolio; however, the panel selected a candidate whose clinical rotations matched the ward more closely.",
    "Congratulations on reaching the final stage - on this occasion, though, we are offering the {r} place to another finalist.",
    "You interviewed brilliantly and the team enjoyed meeting you, but we have appointed someone with more theatre experience.",
    "It was a strong application and a close call, yet the appointment has been made elsewhere.",
    "Well done on getting through the assessment centre; sadly your overall score fell just short of the offer line.",
    "Your references were excellent. Even so, the committee has chosen to appoint another applicant to the {r} post.",
    "Thank you for a thoughtful trial shift - everyone spoke highly of you - but we've given the position to someone who can do more weekend hours.",
    "The faculty enjoyed your job talk a great deal; the search committee has nevertheless recommended another candidate to the Dean.",
    "Your case study was one of the best we saw this year, which made it hard to tell you that the training contract has gone to others.",
    "Great energy on the call! Unfortunately the founders have decided to hire someone who has scaled a sales team before.",
    "We loved your showreel, but the director has gone with an editor she has cut with before.",
    "You came very close: you were our reserve choice, and the first choice has now accepted.",
    # offer withdrawn / after references / after offer talk
    "I'm sorry to write that we must withdraw the conditional offer for {r}; the role has been removed in this year's budget round.",
    "Following the reference checks, we are not in a position to confirm your appointment, and the provisional offer is withdrawn.",
    "Having reviewed your pre-employment screening, we have decided not to proceed with your offer of employment.",
    "The verbal offer we discussed last week can no longer go ahead, as the hiring freeze now covers all new starters in {c}.",
    "We have had to rescind the offer for the {r} role after the funding for the post was not renewed.",
    "Your occupational health clearance came back, but the trust has since decided to hold the post, so we are unable to confirm your start date and the offer lapses.",
    "After your vetting interview the force has decided not to progress your application, and your conditional offer is withdrawn.",
    "The security clearance outcome means we cannot continue with your appointment.",
    # someone else chosen, plain
    "The {r} post has been offered to and accepted by another candidate.",
    "We've given the shift to a colleague who transferred from our other branch.",
    "The studentship has been awarded to another applicant.",
    "The search committee has made an appointment to the lectureship.",
    "The club has appointed from within the academy staff for this role.",
    "We have confirmed our intake for the spring cohort, and you are not among the successful applicants.",
    "The vacancy was filled through the redeployment register before external candidates could be considered.",
    "Our client has selected another person from the shortlist for the {r} brief.",
    "The consultancy has closed its graduate intake and all places have been taken.",
    "The partners chose a different applicant for the seat in the litigation team.",
    "The slot on the production went to a runner who had worked on the previous series.",
    "Another apprentice was taken on for this intake.",
    # outcome language
    "The outcome of your application is unsuccessful.",
    "I'm sorry: your name is not on the interview list.",
    "Your application has not been successful at the sift stage.",
    "You did not meet the pass mark for the online tests, so we are unable to take your application further.",
    "We are unable to offer you a place on the {r} programme this year.",
    "Your application was assessed against the essential criteria and did not progress to interview.",
    "We're afraid you weren't successful in the video interview stage.",
    "You were not recommended for appointment by the selection board.",
    "Your application has been marked as not shortlisted by the recruiting manager.",
    "At this point we are not able to offer you the position.",
    "The panel has decided not to appoint you to the role.",
    "Sadly it's a no from us this time.",
    "We won't be able to offer you a training contract this cycle.",
    "You have not been selected for the vacation scheme.",
    "We will not be inviting you to the final round.",
    "Your candidacy has been declined by the hiring team.",
    "We cannot progress your application to the next stage of the graduate scheme.",
    "I'm afraid we won't be taking you on for the season.",
    "We are not proceeding with your application for {r}.",
    "You haven't been picked for the academy trial squad this time.",
    # public sector notices
    "You were found ineligible for this announcement because you did not show the specialized experience required at the GS-11 level.",
    "Your application was rated qualified but you were not referred to the selecting official.",
    "This vacancy announcement has been cancelled and no selection will be made; your application will not be considered further.",
    "You scored below the cut-off at sift and your application has been closed.",
    "Your application for this EPSO selection procedure did not reach the threshold for the assessment phase.",
    "Your name has not been placed on the merit list for this process.",
    "Your application did not meet the mandatory selection criteria and will not be assessed further in this process.",
    "Following the competitive assessment you were not recommended for the APS 5 role, and the merit pool has been finalised.",
    "You were not placed in the qualified pool for this staffing process.",
    "Following the pre-selection, your candidacy was not retained for the interview phase.",
    # hedged / went another way
    "We're steering this hire toward a different profile than yours.",
    "We've gone with someone whose availability fits the rota better.",
    "The other candidates had more experience in the areas the ward needs most, so we have offered the post to one of them.",
    "We've chosen to hire someone who is already registered with the NMC.",
    "The teaching post has gone to someone with QTS already confirmed.",
    "We felt your experience lined up less closely with what this role needs day to day.",
    "We've decided to fill the role with someone with more forklift hours.",
    "The head chef has picked someone with more pastry experience for the section.",
    "The firm has chosen to recruit from its existing paralegal pool.",
    "We've opted for an applicant with a CSCS card already in hand.",
    "The principal investigator has decided to take on a student whose project proposal aligns more closely with the grant.",
    "We have chosen candidates whose experience is closer to the brief.",
    # ended / closed / archived
    "We're closing your application for {r} today.",
    "Your application has been withdrawn from consideration by the employer.",
    "Status: Not selected.",
    "Application status changed to: Rejected - Position filled.",
    "Your application is no longer under review for this requisition.",
    "Disposition: candidate not moving forward.",
    "The employer has marked your application as \"not a fit\".",
    "Your application for {r} is closed - the role has been filled.",
    "Stage: Declined after interview.",
    "This job has been filled and your application is now closed.",
    # talent pool after a clear no
    "We won't be offering you the role. We'd like to keep you in mind for future openings, though, and will hold your CV for twelve months.",
    "This one isn't going to work out, but you're in our talent pool and we'll reach out if something close comes up.",
    "We have decided against progressing your application; with your permission we'll keep your details for the next intake.",
    "You haven't been successful this time. Do please apply again when we advertise the next cohort.",
    "It's not a yes for {r}. I've flagged your profile to our recruiters for the {q} opening, which may suit you better.",
    "We've appointed another candidate, but I'd be glad to stay in touch - we expect more vacancies in the autumn.",
    # casual / person
    "Ah, bad news I'm afraid - they went for the other guy.",
    "Heard back from the hiring manager and it's a pass on your side, sorry.",
    "Not this one, mate. They wanted someone with a full licence.",
    "They've filled it. Gutted for you, you were so close.",
    "Just to close the loop: we've hired for the role.",
    "Sorry to be the bearer of bad news - you didn't get it.",
    "We're going to pass on your application for now.",
    "The team decided you're not the right match for this opening.",
]

SUBJECTS = ["Your application: {r}", "{r} - outcome", "Application outcome ({k})", "{c}: update on your application",
            "Re: {r}", "Vacancy {k} - notification", "Your recent interview", "RE: [EXT] Re: {r}", "Application status",
            "Candidate update", "{r} at {c}", "Our decision on {r}", "Following your assessment", "Notification of outcome"]


def frame_plain(d: str) -> tuple[str, str]:
    return "plain", "Dear {n},\n\nRe: {r}, reference {k}.\n\n" + d + "\n\nKind regards,\n{s}\nRecruitment Team, {c}"


def frame_html(d: str) -> tuple[str, str]:
    return "html", (
        "<table width=\"100%\" cellpadding=\"0\"><tr><td>&nbsp;</td></tr><tr><td style=\"font-family:Arial\">"
        "Hello {n},<br><br>" + d + "<br><br>Best regards,<br>{c} Talent Acquisition</td></tr>"
        "<tr><td>&nbsp;&nbsp;</td></tr><tr><td><a href=\"{u}\">View your candidate home</a> | "
        "<a href=\"{u}&amp;unsub=1\">Email preferences</a></td></tr></table>\n"
        "[image: {c} logo]\n&copy; {c}. Sent to you as a registered user of our hiring portal.")


def frame_digest(d: str) -> tuple[str, str]:
    return "digest", (
        "CANDIDATE NOTIFICATION\n=====================\nEmployer: {c}\nJob: {r}\nReq ID: {k}\nCandidate: {n}\n"
        "---------------------\nMessage from employer:\n" + d + "\n---------------------\n"
        "Log in to review all your applications: {u}\nThis mailbox is not monitored.")


def frame_forward(d: str) -> tuple[str, str]:
    return "forward", (
        "Hi {n}, passing this on as it came to me rather than you - sorry about the news.\n\n{s}\n\n"
        "---------- Forwarded message ---------\nFrom: Hiring Manager <hiring@{d}>\nDate: Wed\nSubject: Re: {r} shortlist\nTo: {s}\n\n"
        "Hi {s},\n\nRe your candidate {n}: " + d + "\n\nThanks for sending them over.")


def frame_calendar(d: str) -> tuple[str, str]:
    return "calendar", (
        "CANCELLED  Panel meeting: {r} / {n}\nOrganiser: {s}@{d}\nOriginally: Thursday, 11:30 - 12:15, Room 4B\n\n"
        "Note from {s}: " + d + " Apologies for taking the slot out of your diary.\n\n"
        "Calendar notice sent to invitees; to stop these, change your calendar notification settings.")


def frame_chat(d: str) -> tuple[str, str]:
    return "chat", "[WhatsApp] {s} ({c}): hi {n} 👋 " + d + " all the best x"


def frame_voicemail(d: str) -> tuple[str, str]:
    return "voicemail", (
        "Voicemail transcript (confidence: medium)\nFrom: {c} switchboard\nDuration: 0:48\n\n"
        "\"Hi, um, this is {s} from {c}, calling for {n} about the {r} job. So, " + d.lower() +
        " Any questions give me a ring back on the main number. Thanks, bye.\"\n\nVisual Voicemail - reply STOP to turn off transcripts")


def frame_relay(d: str) -> tuple[str, str]:
    return "relay", (
        "{s} from {c} sent you a message\n\nRe: your application for {r}\n\n" + d + "\n\n"
        "Reply on the site: {u}\n\nYou are receiving InMail notification emails. Unsubscribe | Help\n"
        "This email was intended for {n}. Learn why we included this.")


def frame_portal(d: str) -> tuple[str, str]:
    return "portal", (
        "You have a new message in your applicant account.\n\nSubject: Application {k}\n\n" + d + "\n\n"
        "To read earlier messages, sign in to the recruitment portal. Replies to this notification go nowhere.")


def frame_legal(d: str) -> tuple[str, str]:
    return "legal", "{n},\n\n" + d + "\n\nRegards\n{s}\n\n{L}"


def frame_praise(d: str) -> tuple[str, str]:
    return "praise", (
        "Hi {n},\n\nThursday's conversation was a pleasure, and your preparation showed. "
        "The panel particularly liked the example you gave about handling a difficult handover.\n\n"
        "We met eleven people for two positions, and the discussion afterwards ran long.\n\n" + d +
        "\n\nIf feedback would help, reply and I will set up ten minutes with the chair.\n\nWarm wishes,\n{s}")


def frame_sms(d: str) -> tuple[str, str]:
    return "sms", "{c}: " + d + " Reply STOP to opt out. Ref {k}"


FRAMES = [frame_plain, frame_html, frame_digest, frame_forward, frame_calendar, frame_chat, frame_voicemail,
          frame_relay, frame_portal, frame_legal, frame_praise, frame_sms, frame_plain, frame_praise]
STATUS_LINE = re.compile(r"^(Status|Stage|Disposition|Application status)")
CASUAL = re.compile(r"^(Ah,|Heard back|Not this one|They've filled|Just to close|Sorry to be)")

# ================================================================ whole rejections (family, sender, subject, body)
PERSON = "{s} <{s}@{d}>"
TEAM = "{c} Recruitment <no-reply@{d}>"
WHOLE_REJ = [
    ("nhs-trac", "NHS Jobs <noreply@jobs.nhs.example>", "Application outcome - {k}",
     "Dear {n}\n\nApplication reference: {k}\nVacancy: {r}\nEmployer: {c}\n\nThe recruiting manager has reviewed your application. Unfortunately, on this occasion you have not been shortlisted.\n\nShortlisting is against the person specification. You can view this decision in your account.\n\nNHS Jobs"),
    ("translated-en", PERSON, "Information about your application",
     "Dear Mr./Mrs. {n},\n\nWe thank you very much for your interest in our house and the trust you have given us with your application documents. After an exact examination it is to inform you that your application could not be taken into the narrower choice. The decision has fallen on other applicants whose profile corresponds more exactly to the requirements.\n\nYour documents will be deleted according to data protection after six months.\n\nWith friendly greetings\n{s}\nHuman Resources"),
    ("translated-en2", PERSON, "Regarding the position of {r}",
     "Esteemed {n},\n\nWe thank for your candidature. To our regret we communicate to you that the selection process is concluded and your profile was not chosen for to continue. We wish you much success in your professional future.\n\nCordially,\n{s}"),
    ("mixed-de", PERSON, "Ihre Bewerbung / your application",
     "Hallo {n},\n\n(English below)\n\nvielen Dank für Ihr Interesse. Leider können wir Sie für die Stelle {r} nicht berücksichtigen.\n\n---\nThank you for your interest. Regrettably we are unable to consider you for the {r} role.\n\nBeste Grüße / Best regards\n{s}"),
    ("mixed-fr", PERSON, "Candidature {r} - suite donnée",
     "Bonjour {n},\n\nMerci pour votre candidature. Après étude de votre dossier, nous ne donnerons pas suite pour ce poste.\n\nHi {n}, quick English version since we spoke in English at the interview: it's a no for this role, I'm sorry.\n\n{s}"),
    ("mixed-nl", PERSON, "Terugkoppeling sollicitatie",
     "Beste {n},\n\nBedankt voor het gesprek. Helaas hebben we gekozen voor een andere kandidaat.\n\nFor the avoidance of doubt in English: we've chosen another candidate for {r}. Good luck with your search!\n\nGroet,\n{s}"),
    ("army", "Army Recruiting <no-reply@armyjobs.example>", "Your application to join",
     "Hi {n},\n\nThank you for attending the Assessment Centre. Following your medical review, you have been assessed as not meeting the entry standard for your chosen role at this time, and your application has been closed.\n\nYou can reapply after twelve months. Your recruiter can explain the options.\n\nArmy Recruiting"),
    ("police-fitness", TEAM, "Recruitment update - {r}",
     "Dear {n},\n\nYou did not pass the job-related fitness test on the second attempt, and under our process we cannot take your application any further in this campaign.\n\nWestern Constabulary Recruitment"),
    ("usajobs", "USAJOBS <no-reply@usajobs.example>", "Your application status has changed",
     "Your application status for the following job has changed.\n\nJob: {r}\nAnnouncement number: {k}\nStatus: Not Referred\n\nYou met the minimum qualifications but were not among the best qualified candidates referred to the hiring manager. Visit your account for details."),
    ("canada", "GC Jobs <no-reply@gcjobs.example>", "Staffing process {k} - result",
     "Hello {n},\n\nThis is to inform you that you have been eliminated from consideration in selection process {k} as you did not meet the essential qualification \"experience leading multi-stakeholder consultations\".\n\nYou may request an informal discussion within five days.\n\nPublic Service Commission"),
    ("aps", "APS Careers <recruit@aps.example>", "Outcome: {r}",
     "Dear {n},\n\nThe selection process for {r} has concluded. The panel did not assess you as suitable for the role, and you have not been placed in the merit pool.\n\nThank you for your interest in working in the Australian Public Service."),
    ("faculty", "Search Committee <search@{d}>", "Search for {r}",
     "Dear Dr. {n},\n\nThank you for your interest in the position of {r} and for your patience during a lengthy search. The committee received over 240 applications and has now completed its work; the position has been offered and accepted.\n\nWe are grateful for the time it takes to assemble a dossier and wish you well.\n\nProfessor {s}\nChair, Search Committee"),
    ("phd", PERSON, "PhD studentship decision",
     "Dear {n},\n\nMany thanks for interviewing for the studentship. I'm writing to let you know that I've offered it to another applicant, who has accepted. I know this is disappointing; your proposal was thoughtful and I'd encourage you to look at the doctoral training partnership call in January.\n\nBest,\n{s}"),
    ("ta-post", TEAM, "Graduate Teaching Assistant allocation",
     "Dear {n},\n\nTeaching allocations for next term are now complete. We were unable to allocate you a GTA post this term, as the number of applicants exceeded the teaching available.\n\nSchool Office"),
    ("vac-scheme", "Graduate Recruitment <grads@{d}>", "Vacation Scheme 2027",
     "Dear {n},\n\nThank you for completing the Watson Glaser test and the written exercise. More than two thousand students competed for forty summer places. We are sorry to say yours is not one of them.\n\nGraduate Recruitment Team\n\n{L}"),
    ("bank-ac", "Early Careers <earlycareers@{d}>", "Assessment centre outcome",
     "Hi {n},\n\nThanks for joining us at the virtual assessment centre. After reviewing your performance across the group exercise, the case study and the interview, we will not be extending an offer for the Graduate Scheme.\n\nWe have attached your feedback report, which we hope will help you.\n\nEarly Careers Team\n\n{L}"),
    ("retail-shift", "{s} (Store Manager) <{s}@{d}>", "Re: weekend position",
     "hi {n} thanks for doing the trial on saturday. we've decided to offer the weekend spot to someone else who can also cover sundays. good luck with everything\n\n{s}"),
    ("hotel", PERSON, "Your trial in the kitchen",
     "Hi {n},\n\nChef wanted me to let you know he's decided against taking you on after the trial. The pace on the pass is very high at the moment and he's after someone with more years on a busy line.\n\nThanks for coming in,\n{s}, Quayside HR"),
    ("apprentice", TEAM, "Apprenticeship application",
     "Dear {n},\n\nThank you for applying for our {r} apprenticeship and for sitting the aptitude test. This year we had 312 applicants for 6 places. We are sorry that you have not been offered a place, and wish you well with your studies.\n\nBrackenridge Building Services"),
    ("warehouse-agency", "Shiftline Staffing <shifts@shiftline.example>", "Northgate - night shifts",
     "Hi {n}, Northgate have come back and won't be booking you for the nights contract - they've kept the existing crew on. Your profile stays live with us for other sites. Shiftline"),
    ("charity", PERSON, "Programme Officer - decision",
     "Dear {n},\n\nThank you so much for giving your time to our interview process, and for your commitment to communities affected by drought. I am sorry to tell you that we have offered the post to another candidate whose field experience in the region was more extensive.\n\nIn solidarity,\n{s}\nPeople & Culture, Open Hands International"),
    ("startup-founder", "{s} <{s}@{d}>", "stackjar",
     "hey {n}, founder here. wanted to tell you myself rather than via the ATS: we're not going to make you an offer. the take-home was solid, we just need someone who's done 0-to-1 infra before. rooting for you.\n\n{s}"),
    ("bigtech", "Monolith Cloud Careers <careers-noreply@{d}>", "Your Monolith Cloud application",
     "Hi {n},\n\nThank you for your interest in {r} (Job ID {k}). Our recruiters looked at your profile and won't be taking it to interview. Please don't read this as a verdict on your ability; the pipeline for this team is unusually crowded.\n\nYou may apply to up to three roles in any 30-day period.\n\nMonolith Cloud Recruiting\n\nMonolith Cloud hires without regard to race, religion, sex, age or disability. View our privacy policy: {u}"),
    ("film", PERSON, "Runner position",
     "Hi {n},\n\nThanks for your CV. We've now crewed up for the shoot, so there's nothing for you on this one.\n\nBest of luck,\n{s}\nProduction Coordinator, Redlamp Pictures"),
    ("music", "{s} <{s}@kestrelrecords.example>", "Demo / A&R assistant",
     "Hey {n}, thanks for applying to the A&R assistant job. We've gone with someone who has already worked in a label's scouting team. Keep sending music though! {s}"),
    ("sports", TEAM, "Academy Sports Scientist",
     "Dear {n},\n\nThank you for your application. The Academy Manager has now completed interviews and the role has been filled. We will not be contacting unsuccessful applicants individually beyond this message.\n\nWhitebrook Rovers FC Human Resources"),
    ("consulting", "Tallis Kerr Recruiting <recruiting@{d}>", "Your first-round interview",
     "Dear {n},\n\nThank you for your time at the first-round case interviews. Unfortunately we will not be inviting you to the final round. Your interviewers noted a well-structured approach but felt the quantitative analysis was not as strong as other candidates'.\n\nTallis Kerr Recruiting"),
    ("indeed-status", "Indeed <donotreply@indeed.example>", "An update on your application",
     "Your application was viewed by the employer.\n\n{r}\n{c}\n\nUpdate: the employer is no longer considering your application for this job.\n\nFind more jobs like this: {u}\n\nIndeed - we help people get jobs. Terms | Privacy | Unsubscribe"),
    ("glassdoor", "Glassdoor <noreply@glassdoor.example>", "Application update from {c}",
     "{c} has updated your application for {r}: Not selected.\n\nHow was your interview? Share your experience anonymously and help others.\n\n{u}"),
    ("xing", "XING <no-reply@xing.example>", "{s} hat Ihnen eine Nachricht gesendet",
     "{s} von {c}:\n\n\"Hallo {n}, danke für Ihr Interesse an der Position {r}. Wir haben uns inzwischen für jemand anderen entschieden. Viel Erfolg weiterhin!\"\n\nAntworten: {u}\n\nSie erhalten diese E-Mail, weil Sie bei XING Benachrichtigungen aktiviert haben."),
    ("workday", "{c} <{c}@myworkday.example>", "Application status - {r}",
     "Dear {n},\n\nThank you for your interest in the {r} position, Job Requisition ID {k}. We have reviewed your application and determined that your qualifications do not align closely enough with the requirements of this position.\n\nPlease visit the candidate home page to update your profile and set up job alerts.\n\nThis is an auto-generated message. Replies are not monitored."),
]

# ================================================================ rejections in other languages
FOREIGN_REJ = [
    ("de-1", PERSON, "Ihre Bewerbung als {r}", "Sehr geehrte/r {n},\n\nherzlichen Dank für Ihre Bewerbung. Wir haben alle Unterlagen gesichtet und uns am Ende für eine andere Kandidatin entschieden.\n\nBleiben Sie zuversichtlich - und bis vielleicht bald.\n\nMit freundlichen Grüßen\n{s}"),
    ("de-2", TEAM, "Absage Ausbildungsplatz", "Hallo {n},\n\nleider können wir Ihnen für das kommende Ausbildungsjahr keinen Ausbildungsplatz anbieten. Alle Plätze sind inzwischen vergeben.\n\nIhr Ausbildungsteam"),
    ("de-3", PERSON, "Rückmeldung zum Vorstellungsgespräch", "Liebe/r {n},\n\ndas Gespräch mit Ihnen hat uns gut gefallen. Trotzdem haben wir uns am Ende gegen eine Zusammenarbeit entschieden, da ein Mitbewerber mehr Erfahrung im Schichtbetrieb mitbringt.\n\nViele Grüße\n{s}"),
    ("de-4", TEAM, "Stellenbesetzung", "Guten Tag {n},\n\ndie ausgeschriebene Stelle wurde zwischenzeitlich besetzt. Ihre Unterlagen werden wir gemäß DSGVO nach sechs Monaten löschen.\n\nPersonalabteilung"),
    ("fr-1", PERSON, "Votre candidature", "Madame, Monsieur,\n\nNous avons bien étudié votre candidature au poste de {r}. Nous sommes au regret de vous informer qu'elle n'a pas été retenue.\n\nNous vous prions d'agréer nos salutations distinguées.\n\n{s}"),
    ("fr-2", TEAM, "Suite à votre entretien", "Bonjour {n},\n\nMerci pour votre venue. Malgré la qualité de votre parcours, nous avons choisi de poursuivre avec un autre profil.\n\nBonne continuation,\n{s}"),
    ("fr-3", PERSON, "Stage - réponse", "Bonjour {n},\n\nLe stage a été pourvu. Nous ne pourrons donc pas vous proposer de place cette année.\n\nCordialement,\n{s}"),
    ("fr-4", TEAM, "Concours - résultats", "Madame, Monsieur,\n\nNous vous informons que vous n'êtes pas admissible aux épreuves orales du recrutement.\n\nLe service des concours"),
    ("es-1", PERSON, "Proceso de selección {r}", "Hola {n},\n\nGracias por participar en el proceso. Lamentablemente hemos decidido continuar con otros candidatos cuyo perfil se ajusta mejor a la vacante.\n\nUn saludo,\n{s}"),
    ("es-2", TEAM, "Tu candidatura", "Estimado/a {n}:\n\nTe comunicamos que tu candidatura no ha sido seleccionada para la siguiente fase.\n\nAtentamente,\nEquipo de Selección"),
    ("es-3", PERSON, "Prácticas", "Hola {n}, la plaza de prácticas ya está cubierta, así que esta vez no podremos contar contigo. ¡Mucha suerte!\n{s}"),
    ("es-4", TEAM, "Oferta retirada", "Estimado/a {n}:\n\nLamentamos comunicarte que retiramos la oferta de empleo que te enviamos, ya que la posición ha sido cancelada por reestructuración.\n\n{s}"),
    ("nl-1", PERSON, "Uw sollicitatie", "Beste {n},\n\nDank voor uw brief en cv. Wij hebben alle reacties naast het profiel gelegd, en u ontvangt van ons geen uitnodiging voor een kennismakingsgesprek.\n\nMet vriendelijke groet,\n{s}"),
    ("nl-2", TEAM, "Afwijzing na assessment", "Beste {n},\n\nDe uitslag van het assessment is helaas negatief. We zetten de procedure met u daarom niet voort.\n\nTeam Werving"),
    ("nl-3", PERSON, "Stageplek", "Hoi {n}, de stageplek is inmiddels vergeven aan iemand anders. Sorry! Groetjes, {s}"),
    ("it-1", PERSON, "Candidatura {r}", "Gentile {n},\n\nla ringraziamo per l'interesse. Dopo un'attenta valutazione, abbiamo deciso di proseguire con altri candidati.\n\nCordiali saluti,\n{s}"),
    ("it-2", TEAM, "Esito colloquio", "Gentile {n},\n\nci dispiace comunicarle che la sua candidatura non è stata selezionata per la fase successiva.\n\nUfficio Risorse Umane"),
    ("it-3", PERSON, "Tirocinio", "Ciao {n}, il posto è stato assegnato a un altro candidato. In bocca al lupo! {s}"),
    ("pt-1", PERSON, "Processo seletivo", "Olá {n},\n\nAgradecemos sua participação. Infelizmente, optamos por seguir com outro candidato nesta vaga.\n\nAbraços,\n{s}"),
    ("pt-2", TEAM, "A sua candidatura", "Caro/a {n},\n\nInformamos que a sua candidatura não foi selecionada para a próxima fase do processo.\n\nCom os melhores cumprimentos,\nRecursos Humanos"),
    ("pt-3", PERSON, "Estágio", "Oi {n}, a vaga de estágio já foi preenchida. Obrigado pelo interesse e boa sorte!\n{s}"),
    ("pl-1", PERSON, "Rekrutacja - {r}", "Dzień dobry,\n\ndziękujemy za udział w rekrutacji. Niestety, zdecydowaliśmy się na innego kandydata.\n\nPozdrawiamy,\n{s}"),
    ("pl-2", TEAM, "Wynik rekrutacji", "Szanowna Pani / Szanowny Panie,\n\npo analizie zgłoszeń Pani/Pana profil nie przeszedł do rozmów.\n\nDział Kadr"),
    ("pl-3", PERSON, "Staż", "Cześć {n}, miejsce na stażu zostało już obsadzone. Powodzenia! {s}"),
    ("sv-1", PERSON, "Din ansökan", "Hej {n},\n\nTack för visat intresse. Tjänsten går till en sökande med mer erfarenhet av liknande uppdrag.\n\nVänliga hälsningar,\n{s}"),
    ("sv-2", TEAM, "Besked efter intervju", "Hej {n},\n\nTyvärr har du inte gått vidare i rekryteringen. Tjänsten har tillsatts.\n\nRekryteringsteamet"),
    ("sv-3", PERSON, "Sommarjobb", "Hej {n}! Alla sommarjobb är nu tillsatta, så vi kan tyvärr inte erbjuda dig något i år. /{s}"),
    ("no-1", PERSON, "Søknad på stilling", "Hei {n},\n\nTakk for at du søkte hos oss. Denne gangen ble det en annen søker som fikk jobben.\n\nMed vennlig hilsen\n{s}"),
    ("no-2", TEAM, "Tilbakemelding", "Hei {n},\n\nStillingen er nå besatt. Du nådde dessverre ikke opp denne gangen.\n\nHR"),
    ("no-3", PERSON, "Lærlingplass", "Hei {n}, vi har fylt opp lærlingplassene for i år og kan ikke tilby deg plass. Lykke til! {s}"),
    ("da-1", PERSON, "Din ansøgning", "Kære {n},\n\nTak fordi du søgte. Stillingen er gået til en anden ansøger, og det er desværre ikke dig denne gang.\n\nVenlig hilsen\n{s}"),
    ("da-2", TEAM, "Afslag", "Hej {n},\n\nDu er desværre ikke gået videre til samtale. Vi modtog mange kvalificerede ansøgninger.\n\nHR-afdelingen"),
    ("da-3", PERSON, "Studiejob", "Hej {n}, studiejobbet er blevet besat. Tak for interessen! {s}"),
    ("fi-1", PERSON, "Hakemuksesi", "Hei {n},\n\nKiitos hakemuksestasi. Valitettavasti valintamme kohdistui toiseen hakijaan.\n\nYstävällisin terveisin\n{s}"),
    ("fi-2", TEAM, "Rekrytoinnin tulos", "Hei {n},\n\nEt edennyt rekrytoinnin seuraavaan vaiheeseen. Tehtävä on nyt täytetty.\n\nHR"),
    ("fi-3", PERSON, "Kesätyö", "Moi {n}, kesätyöpaikat on nyt täytetty, emmekä valitettavasti voi tarjota sinulle paikkaa. {s}"),
    ("cs-1", PERSON, "Vaše žádost", "Dobrý den,\n\nděkujeme za Váš zájem. Bohužel jsme se rozhodli pokračovat s jiným uchazečem.\n\nS pozdravem\n{s}"),
    ("cs-2", TEAM, "Výsledek výběrového řízení", "Dobrý den,\n\nv tomto výběrovém řízení jste bohužel neuspěl(a). Pozice byla obsazena.\n\nPersonální oddělení"),
    ("cs-3", PERSON, "Brigáda", "Ahoj {n}, brigádu už máme obsazenou, takže tentokrát to nevyjde. {s}"),
    ("hu-1", PERSON, "Jelentkezése", "Kedves {n}!\n\nKöszönjük jelentkezését. Sajnálattal értesítjük, hogy másik jelöltet választottunk.\n\nÜdvözlettel:\n{s}"),
    ("hu-2", TEAM, "Kiválasztás eredménye", "Kedves {n}!\n\nPályázata ezúttal nem jutott tovább a következő fordulóba.\n\nHR osztály"),
    ("hu-3", PERSON, "Gyakornoki hely", "Szia {n}! A gyakornoki helyet már betöltöttük, sajnos most nem tudunk helyet ajánlani. {s}"),
    ("ro-1", PERSON, "Candidatura dumneavoastră", "Bună ziua {n},\n\nVă mulțumim pentru interes. Din păcate, am decis să continuăm cu un alt candidat.\n\nCu stimă,\n{s}"),
    ("ro-2", TEAM, "Rezultatul interviului", "Bună {n},\n\nVă informăm că nu ați fost selectat(ă) pentru etapa următoare.\n\nDepartamentul HR"),
    ("ro-3", PERSON, "Internship", "Salut {n}, locul de internship a fost ocupat. Mult succes! {s}"),
    ("tr-1", PERSON, "Başvurunuz hakkında", "Merhaba {n},\n\nBaşvurunuz için teşekkür ederiz. Maalesef bu pozisyon için başka bir adayla ilerlemeye karar verdik.\n\nSaygılarımızla,\n{s}"),
    ("tr-2", TEAM, "Değerlendirme sonucu", "Sayın {n},\n\nBaşvurunuz bir sonraki aşamaya geçememiştir.\n\nİnsan Kaynakları"),
    ("tr-3", PERSON, "Staj", "Merhaba {n}, staj kontenjanımız doldu, bu dönem size yer ayıramıyoruz. Başarılar! {s}"),
    ("el-1", PERSON, "Η αίτησή σας", "Αγαπητέ/ή {n},\n\nΣας ευχαριστούμε για το ενδιαφέρον σας. Δυστυχώς επιλέξαμε άλλον υποψήφιο για τη θέση.\n\nΜε εκτίμηση,\n{s}"),
    ("el-2", TEAM, "Αποτέλεσμα επιλογής", "Αγαπητέ/ή {n},\n\nΗ υποψηφιότητά σας δεν προκρίθηκε στο επόμενο στάδιο.\n\nΤμήμα Ανθρώπινου Δυναμικού"),
    ("el-3", PERSON, "Πρακτική άσκηση", "Γεια σου {n}, η θέση πρακτικής καλύφθηκε ήδη. Καλή επιτυχία! {s}"),
    ("de-5", PERSON, "Re: Probearbeit", "Hi {n}, danke fürs Probearbeiten am Samstag! Wir haben uns aber für jemanden entschieden, der auch unter der Woche kann. LG {s}"),
    ("fr-5", TEAM, "Contrat d'apprentissage", "Bonjour {n},\n\nNous avons finalisé nos recrutements en alternance et ne pouvons malheureusement pas donner une suite favorable à votre demande.\n\nL'équipe RH"),
    ("es-5", PERSON, "Re: entrevista", "Hola {n}, al final la plaza de camarero se la hemos dado a otra persona. Gracias por venir. {s}"),
    ("it-4", TEAM, "Offerta ritirata", "Gentile {n},\n\nsiamo costretti a ritirare la proposta di assunzione inviata la scorsa settimana: la posizione è stata congelata.\n\nRisorse Umane"),
    ("nl-4", TEAM, "Uitslag selectie", "Beste {n},\n\nU bent niet geselecteerd voor de traineeship. Wij wensen u veel succes.\n\nRecruitment"),
    ("pt-4", TEAM, "Concurso", "Caro/a {n},\n\nInformamos que não foi admitido/a à fase de entrevista do concurso.\n\nServiço de Recrutamento"),
]

# ================================================================ confirmations that talk about a refusal that has not happened
CONFIRM = [
    "Silence from us a month after the advert ends would mean no interview this round; until then, nobody has been ruled out.",
    "Should your application not be taken forward, we will keep it on file for six months unless you ask us not to.",
    "Due to the volume of applications for shifts over the festive period, we may not be able to reply to everyone individually.",
    "Please note the trust cannot accept applications from candidates who do not hold current registration; we will check yours before shortlisting.",
    "If you are unsuccessful at sift, you will still receive automated feedback on each behaviour.",
    "Not every application will progress, but each one is read by a member of the ward team.",
    "Whether or not you are shortlisted, we'll write to you once the panel has met on the 14th.",
    "In the event that you're not invited to the assessment centre, your test scores remain valid for any other graduate scheme with us this year.",
    "Unfortunately we cannot give feedback at the application stage; feedback is offered to everyone who reaches interview.",
    "We regret that we cannot reimburse travel for first-stage interviews, should you be invited to one.",
    "Candidates who are not selected for the vacation scheme may still apply for the training contract directly.",
    "If we don't have a suitable shift for you right now, you will stay on our bank register until one opens.",
    "Only candidates selected for interview will be contacted by the search committee; your dossier is complete.",
    "We are not able to sponsor visas for this post, so please confirm your right to work when you complete the next form.",
    "If the role is filled before we reach your application, we'll tell you rather than leave you waiting.",
    "Applicants not meeting the minimum eligibility requirements will be removed at the first stage; your answers show you meet them.",
    "Please don't worry if you don't hear back straight away - the recruiting officer reviews applications after the closing date.",
    "Regardless of the outcome, you'll hear from us by the end of the month.",
    "Unsuccessful applicants are notified through the portal, so please keep your account active while we review.",
    "We aim to let everyone know either way within ten working days.",
    "Where an application is declined, the reason is recorded against the criteria; none has been recorded against yours yet, as review starts next week.",
    "Your studentship application is complete. If it is not ranked for funding, the school will consider you for a self-funded place instead.",
    "Those not chosen for the trial squad will be offered places at our open development sessions.",
    "If you don't get a place on this intake, your aptitude results carry over to the next one.",
    "We won't contact referees unless you're offered the role.",
    "No decision has been made yet, and nothing is decided until the panel meets.",
    "We're sorry for the automated reply: a person will read your application soon.",
    "Unfortunately our system cannot show progress updates; please don't read anything into a quiet week.",
    "Replies to this address are not read. If your application is not progressed, you may reapply after six months.",
    "If you are not contacted within 21 days of the closing date, your application was not progressed - but the closing date is still a fortnight away.",
    "Being placed on the reserve list does not mean your application was unsuccessful; we appoint from it throughout the year.",
    "We receive far more applications than we have places, so we cannot promise an interview, but every application gets a reply.",
    "Your vetting forms have been received. Vetting is not a judgement on your character and will not affect your place in the queue.",
    "We'll only be in touch if you're shortlisted, but you can track your status in the portal at any time.",
    "Thank you for registering. Please note that a register entry is not a job offer and does not guarantee shifts.",
]
STATUS = [
    "Your application is with the hiring manager and no decision has been taken yet.",
    "We're still interviewing, so I can't give you an answer this week, sorry - not bad news, just slow news.",
    "The panel hasn't met yet because two members are on nights this week.",
    "Nothing has been decided. The committee meets on the 3rd and I'll write after that.",
    "Apologies for the silence; we have not forgotten about you and you are still in the running.",
    "The funding for the post has been confirmed, so the process continues as planned.",
    "Unfortunately the portal shows 'in review' for everyone until offers go out, so it is not a sign of anything.",
    "Your file has been passed to the vetting unit; no outcome yet.",
]

# ================================================================ interviews, next steps, offers with negative words (kind, sentence)
PROGRESS = [
    ("int", "Unfortunately I have to move our interview from Tuesday to Thursday at 10:00 - the ward is short-staffed. Does that still work for you?"),
    ("int", "We regret the delay in getting back to you. We'd like to invite you to interview for {r} on the 9th."),
    ("int", "Sorry this took so long - other candidates' references held us up. You're shortlisted, and the interview is on Monday at 2pm."),
    ("int", "I'm afraid the panel chair can't make the 11th, so could we do the 12th instead? Same time, same room."),
    ("int", "Not all applicants reach this stage, so well done: your interview for the training contract is booked for 4 March."),
    ("int", "Unfortunately the video link didn't work yesterday; no harm done - let's retry tomorrow at 9am."),
    ("int", "We didn't get to everything in the first call, so we'd like a second conversation with the head of department."),
    ("int", "I can't promise anything yet, but the hiring manager wants to meet you for a trial shift on Saturday."),
    ("int", "Don't worry about the delay - we'd still love to see you for a chat about the night porter job this week."),
    ("int", "No need to bring a portfolio; we'd just like to interview you on Friday. Apologies, I should have said earlier."),
    ("int", "Regrettably our building is closed for works, so the interview will take place at the Riverside site."),
    ("int", "The first choice of date didn't suit the panel, unfortunately, so here are three new slots for your interview."),
    ("int", "Sadly I won't be on your panel after all, but {p} will, and she's keen to meet you on the 20th."),
    ("int", "You weren't on the original shortlist, but a place has opened and we'd like to invite you to the assessment day."),
    ("int", "We haven't been able to reach you by phone, so: would you be free for an interview on Wednesday?"),
    ("next", "Unfortunately we need one more document before your DBS check can start - please upload proof of address."),
    ("next", "Please complete the online numerical test by Sunday; candidates who don't complete it cannot be considered, so do get it in."),
    ("next", "We're sorry, the link we sent for the situational judgement test had expired. Here is a fresh one - it's valid for 72 hours."),
    ("next", "Congratulations - you have passed the sift. Your next step is the Civil Service Judgement Test; failure to complete it by the 5th will close the application, so please don't leave it late."),
    ("next", "Don't be put off by the length of the vetting form; it's the last step before your start date is confirmed."),
    ("next", "We cannot confirm your place until the medical questionnaire is back, so please send it this week."),
    ("next", "Unfortunately the fitness test venue has changed. Please report to the Eastside sports centre at 08:30 instead."),
    ("next", "You have not yet booked your assessment centre slot. Please choose one from the list by Friday."),
    ("next", "No decision will be made until we have seen your teaching observation, which we'd like to book for next week."),
    ("next", "We regret that the case study pack was missing a page; the complete version is attached, and your deadline moves to Monday."),
    ("next", "Please send your right-to-work documents. We're not allowed to let anyone start without them, even with an offer in hand."),
    ("next", "The references you gave came back fine, but one referee didn't confirm dates - could you give us an alternative?"),
    ("next", "You're through to the final stage! Unfortunately partners are only free on Thursdays, so please pick a Thursday slot."),
    ("next", "The presentation topic for your final interview is attached. Don't exceed ten minutes, as the panel will stop you."),
    ("next", "Sorry for the back and forth - please complete the skills questionnaire so we can match you to a site."),
    ("offer", "I'm delighted to offer you the post of {r}. I'm sorry it took so long; other candidates' interviews were delayed by the strikes."),
    ("offer", "Unfortunately we can't match the salary you asked for, but we'd like to offer you the role at the top of band 5 - shall we talk?"),
    ("offer", "We're not going to make you wait any longer: the job is yours, and we'd like you to start on the 1st."),
    ("offer", "You were our first choice, not a fallback. The written offer is attached."),
    ("offer", "We regret that the start date has to move back a week, but the offer itself stands and the contract is attached."),
    ("offer", "Congratulations, the panel has recommended you for appointment. The conditional offer is subject to references and occupational health."),
    ("offer", "Despite the tough competition, you've been offered a place on the Graduate Scheme - please accept in the portal by the 15th."),
    ("offer", "We had some strong applicants, but no one matched your experience with apprentices. We'd like to offer you the position."),
    ("offer", "Sorry not to call - I'm on the road. Short version: you got it! HR will send the paperwork."),
    ("offer", "We did not think we'd find anyone this quickly, but here we are: we'd like to offer you the studentship from October."),
    ("offer", "The other finalist withdrew, and we are happy to say the position is yours if you still want it."),
    ("offer", "No other candidate came close. We are pleased to offer you a training contract starting in September 2028."),
]


def frame_confirm(x: str) -> tuple[str, str]:
    return "confirm", "Dear {n},\n\nThis is to confirm that {c} now holds your {r} application, logged as {k}.\n\n" + x + "\n\nRecruitment Team\n{c}"


def frame_confirm_html(x: str) -> tuple[str, str]:
    return "confirmhtml", (
        "<div>&nbsp;</div><table><tr><td><b>Application received</b></td></tr><tr><td>Hi {n},<br>"
        "your form for <b>{r}</b> arrived safely.<br><br>" + x + "</td></tr><tr><td>&nbsp;</td></tr>"
        "<tr><td><a href=\"{u}\">Track your application</a></td></tr></table>\n&copy; {c}")


def frame_confirm_legal(x: str) -> tuple[str, str]:
    return "confirmlegal", "Hello {n},\n\nThis confirms that your application for {r} arrived safely.\n\n" + x + "\n\n{s}\n\n{L}"


def frame_status_reply(x: str) -> tuple[str, str]:
    return "statusreply", (
        "Hi {n},\n\n" + x + "\n\n{s}\n\n-----Original Message-----\nFrom: {n}\nSubject: {r} - any update?\n\nHello, sorry to chase - is there news yet on {r}? Thanks.")


def frame_prog(x: str) -> tuple[str, str]:
    return "prog", "Hi {n},\n\n" + x + "\n\nBest,\n{s}\n{c}"


def frame_prog_chat(x: str) -> tuple[str, str]:
    return "progchat", "[WhatsApp] {s} ({c}): hi {n}! " + x


def frame_prog_voicemail(x: str) -> tuple[str, str]:
    return "progvm", ("Voicemail transcript\nFrom: {c}\nDuration: 0:37\n\n\"Hi {n}, it's {s} from {c}. " + x +
                      " Give me a call back when you get this. Cheers.\"")


def frame_prog_forward(x: str) -> tuple[str, str]:
    return "progfwd", ("FYI - see below, good news!\n\n{s}\n\n---------- Forwarded message ---------\nFrom: Hiring Manager <hiring@{d}>\n"
                       "Subject: Re: {r}\n\nHi {s}, please pass this on to {n}: " + x)

# ================================================================ other job mail that is not a rejection (family, kind, sender, subject, body)
NOT_WHOLE = [
    # candidate withdrew; the employer acknowledges
    ("withdraw-nhs", OTHER, "NHS Jobs <noreply@jobs.nhs.example>", "Application withdrawn - {k}", "Dear {n}\n\nYou have withdrawn your application for {r} at {c}. You will not receive further messages about this vacancy. If this was a mistake, contact the recruitment team before the closing date.\n\nNHS Jobs"),
    ("withdraw-law", OTHER, PERSON, "Re: withdrawing from the vacation scheme", "Dear {n},\n\nThank you for letting us know, and congratulations on your other offer. We have withdrawn your application as you asked; no need to do anything else.\n\n{s}\nGraduate Recruitment"),
    ("withdraw-startup", OTHER, PERSON, "Re: {r}", "totally understand, {n} - sounds like a great fit for you. I've closed you out in our tracker on your request. door's always open.\n{s}"),
    ("withdraw-police", OTHER, TEAM, "Confirmation of withdrawal", "Dear {n},\n\nWe confirm receipt of your request to withdraw from the recruitment process. Your application has been closed at your request and your vetting forms will be destroyed.\n\nRecruitment"),
    ("withdraw-uni", OTHER, PERSON, "Re: studentship", "Dear {n},\n\nThanks for letting me know you've accepted a place elsewhere. I'm sorry we won't be working together, but it sounds like the right choice. I've told the admissions office you are withdrawing.\n\nBest wishes,\n{s}"),
    ("withdraw-agency", OTHER, "Shiftline Staffing <shifts@shiftline.example>", "Availability removed", "Hi {n}, as requested we've taken you off the Northgate booking list. You won't be offered shifts there unless you opt back in. Shiftline"),
    ("withdraw-bigtech", OTHER, "Monolith Cloud Careers <careers-noreply@{d}>", "You withdrew your application", "Hi {n},\n\nYou've withdrawn your application for {r} (Job ID {k}). We're sorry to see you go. You can apply to other roles at any time.\n\n{u}"),
    ("withdraw-de", OTHER, PERSON, "Rückzug Ihrer Bewerbung", "Hallo {n},\n\nschade, aber verständlich. Wir haben Ihre Bewerbung wie gewünscht zurückgezogen. Alles Gute für die neue Stelle!\n\n{s}"),
    # job alerts / newsletters listing closed roles
    ("alert-closed", ALERT, "JobScout <alerts@jobscout.example>", "Your weekly jobs digest", "Hi {n},\n\nThis week's matches:\n\n- {r}, {c} - NEW\n- Healthcare Assistant, Pinewood Care - CLOSED (no longer accepting applications)\n- Ward Clerk, Eastmere General - Expired\n\nUnfortunately some jobs you saved have closed. Don't miss out next time: turn on instant alerts.\n\nUnsubscribe: {u}"),
    ("alert-nhs", ALERT, "NHS Jobs <alerts@jobs.nhs.example>", "New jobs matching your search", "Dear {n}\n\n3 new vacancies match your saved search \"band 5 nurse\".\n\nNote: a vacancy may close early if enough applications are received. A vacancy you saved, {r}, has now closed.\n\nManage your alerts in your account."),
    ("alert-linkedin", ALERT, "LinkedIn Job Alerts <jobalerts-noreply@linkedin.example>", "{r}: 12 new jobs", "12 new jobs for '{r}'\n\n{c} · Promoted · Be an early applicant\nTallis Kerr Consulting · No longer accepting applications\nStackjar · Actively recruiting\n\nSee all jobs: {u}\n\nYou are receiving Job Alert emails. Unsubscribe"),
    ("alert-gov", ALERT, "Civil Service Jobs <noreply@csjobs.example>", "Job alert", "Hello {n},\n\nNew jobs matching your alert:\n- Executive Officer, Department for Rural Affairs\n- Data Analyst, Office of Statistics\n\nJobs that have closed are removed from your saved list automatically. We cannot accept late applications.\n\nCivil Service Jobs"),
    ("alert-indeed", ALERT, "Indeed <alert@indeed.example>", "Jobs you might like", "{r} - {c} - Easily apply\nNight Porter - Quayside Hotel Group - This job has expired\nFLT Driver - Northgate Logistics - Responsive employer\n\nNot interested in these? Update your preferences: {u}"),
    ("newsletter-club", ALERT, "Whitebrook Rovers Careers <careers@whitebrookrovers.example>", "Careers at the club - March", "Hi {n},\n\nIn this issue: meet our new academy physio, and our matchday steward recruitment is now closed for the season - thanks to the 400 of you who applied! Open roles below.\n\n{u}"),
    ("newsletter-charity", ALERT, "Open Hands Jobs <jobs@openhands.ngo.example>", "Vacancies bulletin", "Dear supporter,\n\nThe Safeguarding Lead post has now been filled, and we regret we cannot accept further applications for it. New this month: two Programme Officer roles in East Africa.\n\nOpen Hands International"),
    ("newsletter-uni", ALERT, "Eastmere Jobs <jobs@eastmere.ac.example>", "Jobs bulletin", "Jobs at Eastmere this week\n\nLecturer in Economic History - CLOSED\nResearch Associate (fixed term) - closes 30 April\nTechnician, Chemistry - closes 2 May\n\nWe do not accept CVs without an online application."),
    # incomplete-application reminders
    ("incomplete-nhs", NEXT, "NHS Jobs <noreply@jobs.nhs.example>", "Your application is incomplete", "Dear {n}\n\nYou started an application for {r} but have not submitted it. The vacancy closes at midnight on Sunday. Incomplete applications cannot be considered.\n\nNHS Jobs"),
    ("incomplete-bank", NEXT, "Early Careers <earlycareers@{d}>", "Don't forget to finish", "Hi {n},\n\nYour application for the Graduate Scheme is 60% complete. Unfortunately we can't review applications that are not submitted, so please finish it before the deadline.\n\n{u}"),
    ("incomplete-army", NEXT, "Army Recruiting <no-reply@armyjobs.example>", "Action needed: medical questionnaire", "Hi {n},\n\nWe haven't received your medical questionnaire. Without it we cannot book your Assessment Centre. Please upload it in your account.\n\nArmy Recruiting"),
    ("incomplete-law", NEXT, "Graduate Recruitment <grads@{d}>", "Missing information", "Dear {n},\n\nYour training contract application is missing your A-level results. We are unable to progress applications with missing sections; please add them by Friday.\n\nGraduate Recruitment"),
    ("incomplete-usajobs", NEXT, "USAJOBS <no-reply@usajobs.example>", "Incomplete application", "Your application for {r} (announcement {k}) is incomplete. If you don't submit it before the announcement closes, it will not be considered.\n\nSign in to finish: {u}"),
    ("incomplete-fr", NEXT, TEAM, "Dossier incomplet", "Bonjour {n},\n\nVotre dossier de candidature est incomplet : il manque votre lettre de motivation. Sans ce document, nous ne pourrons pas étudier votre candidature. Merci de la déposer avant vendredi.\n\nL'équipe RH"),
    # reference requests about someone else
    ("ref-nurse", OTHER, "Recruitment <recruitment@{d}>", "Reference request for {p}", "Dear {n},\n\n{p} has applied for a post with {c} and has given your name as a referee. Please complete the attached form. We are not able to confirm an appointment until both references are received.\n\nMany thanks,\nRecruitment"),
    ("ref-teacher", OTHER, PERSON, "Confidential reference - {p}", "Dear {n},\n\nWe have shortlisted {p} for a teaching post and would be grateful for a reference. Please comment on any safeguarding concerns, disciplinary action, or reasons why they should not work with children.\n\n{s}\nLarkspur Academy Trust"),
    ("ref-law", OTHER, PERSON, "Reference - {p}", "Hello {n},\n\n{p} has been offered a paralegal role subject to references and has named you. Could you confirm dates of employment and whether you would re-employ? If you'd rather not give a reference, just let us know.\n\n{s}"),
    ("ref-police", OTHER, "Vetting Unit <vetting@{d}>", "Character reference", "Dear {n},\n\nYou have been named as a character referee for {p}, who has applied to become a Special Constable. Please answer the questions attached. A reference that is not returned within 14 days may delay their application.\n\nVetting Unit"),
    ("ref-de", OTHER, PERSON, "Referenzanfrage {p}", "Guten Tag {n},\n\n{p} hat sich bei uns beworben und Sie als Referenz angegeben. Hätten Sie diese Woche zehn Minuten für ein kurzes Telefonat?\n\nViele Grüße\n{s}"),
    # internal threads: the user is the hiring manager; the rejection is about someone else's candidacy
    ("internal-panel", OTHER, PERSON, "RE: shortlisting for {r}", "Hi {n},\n\nI've scored the remaining six. I'd reject {p} - no evidence of the clinical audit criterion - and take the other five to interview. Your call as chair though.\n\n{s}"),
    ("internal-ats", OTHER, "{c} ATS <ats-noreply@{d}>", "Action required: 4 candidates awaiting your decision", "Hi {n},\n\nAs hiring manager for {r}, you have candidates waiting:\n\n- {p}: recruiter recommends reject (salary expectations)\n- 3 others: recommended for phone screen\n\nReview them in the hiring team dashboard. Rejection emails are sent only after you confirm.\n\n{u}"),
    ("internal-agency", OTHER, "{s} at Brightpath Search <{s}@brightpath.example>", "Re: your feedback on {p}", "Hi {n},\n\nNoted - I'll let {p} know you won't be progressing them and thank them for their time. I've got two more CVs for your {r} opening; sending them over this afternoon.\n\n{s}"),
    ("internal-fwd", OTHER, PERSON, "Fwd: decline {p}?", "{n} - forwarding below so you can decide. I'd lean towards a no for {p} given the notice period.\n\n---------- Forwarded message ---------\nFrom: Talent Team\nSubject: {p} - final interview scorecards\n\nScores attached. Panel split 2-2. Hiring manager to decide."),
    ("internal-regret", OTHER, PERSON, "Re: offer sign-off", "Hi {n},\n\nUnfortunately finance won't approve band 7 for this post, so please don't offer above 6. Regret the hassle - your candidate is still fine to go ahead at that level.\n\n{s}"),
    ("internal-uni", OTHER, "Search Committee <search@{d}>", "Committee recommendation - your approval needed", "Dear {n},\n\nAs Head of School you are asked to approve the committee's recommendation to appoint {p} and to decline the two other finalists. Please reply APPROVE or raise concerns by Friday.\n\nSearch Committee"),
    # calendar changes that are not decisions
    ("cal-moved", INT, "{s} <{s}@{d}>", "Updated invitation: Interview - {r} @ Thu 10:00", "This event has been changed.\n\nInterview - {r} ({n})\nWhen: Thursday 10:00 - 11:00 (was Tuesday 14:00)\nWhere: Teams\n\nMessage from organizer: unfortunately the panel chair had a clash, sorry for the shuffle!\n\nInvitation from Google Calendar"),
    ("cal-cancel-resched", INT, "{s} <{s}@{d}>", "Cancelled: Interview - {r}", "This event has been cancelled.\n\nMessage from the organizer: Cancelling this slot only - I'll send a new invite for next week straight away. We're still very keen to meet you.\n\nInvitation from Google Calendar"),
    ("cal-accept", OTHER, "{s} <{s}@{d}>", "Declined: Coffee chat with {n}", "{s} has declined this invitation.\n\nCoffee chat with {n}\nWhen: Friday 15:00\n\nNote: \"Sorry, clash with a site visit - can you suggest another time next week?\""),
]

# ================================================================ rejection words that are not about a job (family, sender, subject, body)
NONJOB_MAILS = [
    ("visa-refused", "Visa Application Centre <noreply@visas.example>", "Decision on your visa application", "Dear {n},\n\nThe entry clearance officer has refused your Standard Visitor visa. Each ground for the refusal appears in the notice attached; a fresh application is possible whenever you choose.\n\nUK Visas"),
    ("permit-de", "Ausländerbehörde <info@abh.example>", "Bescheid", "Sehr geehrte/r {n},\n\nIhr Antrag auf Verlängerung der Aufenthaltserlaubnis wird abgelehnt. Gegen diesen Bescheid kann innerhalb eines Monats Widerspruch eingelegt werden.\n\nAusländerbehörde"),
    ("mortgage", "Harbourline Mortgages <decisions@harbourline.example>", "Your mortgage application", "Dear {n},\n\nOur underwriters have looked at the case and we can't lend on this property at the moment. The affordability check and your credit file together fell outside what we can offer.\n\nHarbourline Mortgages"),
    ("loan", "QuidFast <noreply@quidfast.example>", "Loan decision", "Hi {n}, unfortunately we can't approve your loan application for £3,000 right now. You can check your credit file for free at any of the main agencies."),
    ("card", "Calder Reach Bank <cards@calderreach.bank.example>", "Credit card application", "Dear {n},\n\nThank you for applying for the Platinum card. We regret that we are unable to approve your application.\n\nCalder Reach Bank"),
    ("uni-admission", "Admissions Office <admissions@eastmere.ac.example>", "Your application to MSc Data Science", "Dear {n},\n\nThank you for applying to the MSc Data Science programme. The selectors have looked at your transcript and statement, and the course will not be making you an offer for entry this autumn. There were roughly nine applicants for every seat.\n\nPostgraduate Admissions"),
    ("ucas", "UCAS <noreply@ucas.example>", "There's been a change to your application", "Hi {n},\n\nOne of your university choices has made a decision: Unsuccessful - BSc Physiotherapy. You still have other choices waiting. Log in to Track to see more.\n\nUCAS"),
    ("school-place", "Admissions <admissions@council.example>", "Secondary school place offer", "Dear parent/carer,\n\nWe were unable to offer {n} a place at your first preference school because it was oversubscribed. A place has been offered at your second preference.\n\nSchool Admissions"),
    ("insurance", "Clearsure Claims <claims@clearsure.example>", "Claim {k} - outcome", "Dear {n},\n\nWe have reviewed your claim for water damage. Unfortunately the policy does not cover gradual leaks, so we are declining the claim.\n\nClearsure Claims"),
    ("planning", "Planning Services <planning@council.example>", "Planning application {k}", "Dear {n},\n\nYour application for a rear extension has been refused. The reasons for refusal are listed in the decision notice. You can appeal within 12 weeks.\n\nPlanning Services"),
    ("journal", "Journal of Applied Ecology <editorial@jae.example>", "Decision on manuscript {k}", "Dear Dr {n},\n\nThank you for submitting your manuscript. Following review, I regret that we are unable to accept it for publication. The reviewers' comments are below.\n\nHandling Editor"),
    ("conference", "EasyConf <noreply@easyconf.example>", "Submission #{k} notification", "Dear {n},\n\nYour paper will not appear in the main track: the programme committee did not select it. This year we received 1,240 submissions and accepted 22%.\n\nProgram Chairs"),
    ("grant", "Research Council <grants@rc.example>", "Outcome of your funding application", "Dear {n},\n\nThe panel has met and your proposal was not recommended for funding in this round. Feedback from the reviewers is attached.\n\nResearch Council"),
    ("marketplace", "Vinted <noreply@vinted.example>", "Offer declined", "{p} has declined your offer of €25 for \"Vintage denim jacket\". You can make another offer or message the seller."),
    ("ebay", "eBay <ebay@ebay.example>", "Your offer wasn't accepted", "Hi {n}, the seller didn't accept your offer on: Road bike, 56cm. The item is still available at the Buy It Now price."),
    ("dating", "Hinge <hello@hinge.example>", "Update", "{p} removed you as a match. Don't worry - you have 5 new likes waiting."),
    ("club", "Fairway Golf Club <secretary@fairway.example>", "Membership application", "Dear {n},\n\nThe committee has considered your application for full membership. Regrettably, the waiting list is closed and we cannot offer you membership this year.\n\nClub Secretary"),
    ("competition", "Photo Awards <entries@photoawards.example>", "Your entry", "Dear {n},\n\nThank you for entering. Unfortunately your photograph was not shortlisted by the judges this year. The winners will be announced in June.\n\nPhoto Awards"),
    ("rental", "Lettings <lettings@keyhouse.example>", "Flat viewing - Birch Road", "Hi {n}, the landlord has decided to go with another applicant for the flat. Sorry! We'll send you new listings as they come in."),
    ("refund", "ShopNow <support@shopnow.example>", "Return request {k}", "Hi {n},\n\nWe're sorry, your return request has been rejected because the item was returned after 30 days.\n\nShopNow Support"),
    ("gym", "Pulse Fitness <hello@pulse.example>", "Payment declined", "Hi {n}, your card was declined when we tried to take this month's membership fee. Please update your details."),
    ("volunteer-race", "City Marathon <entries@citymarathon.example>", "Ballot result", "Hi {n},\n\nSorry - you were unsuccessful in this year's public ballot. You can still run for charity with a guaranteed place.\n\nCity Marathon"),
    ("tender", "Procurement <procurement@council.example>", "Tender {k} - notification", "Dear {n},\n\nYour organisation's bid for the grounds maintenance contract was unsuccessful. The contract has been awarded to another supplier. Scores are attached.\n\nProcurement"),
    ("scholarship", "Foundation Scholarships <awards@foundation.example>", "Scholarship decision", "Dear {n},\n\nWe regret that your application for the travel scholarship has not been successful this year.\n\nFoundation Scholarships"),
    ("pr-github", "GitHub <notifications@github.example>", "Re: [acme/widgets] Add retry logic (#{k})", "{p} closed pull request #{k} without merging.\n\n> Appreciate the effort here. The retry logic should live in the client library, so this one won't go in.\n\nYou are subscribed to this thread because you authored it."),
    ("appeal-parking", "Parking Appeals <appeals@council.example>", "Penalty charge notice appeal", "Dear {n},\n\nYour appeal against the penalty charge has been rejected. You must pay the charge within 14 days or take the case to the independent adjudicator.\n\nParking Services"),
    ("tenancy-es", "Inmobiliaria Sol <info@inmosol.example>", "Solicitud de alquiler", "Hola {n},\n\nel propietario ha decidido no aceptar su solicitud de alquiler del piso. Le enviaremos otras opciones.\n\nInmobiliaria Sol"),
    ("uni-fr", "Parcoursup <noreply@parcoursup.example>", "Réponse d'une formation", "Bonjour {n},\n\nUne formation a répondu à votre vœu : Licence de psychologie - refusé. Consultez votre dossier pour voir vos autres vœux.\n\nParcoursup"),
    ("loan-nl", "Bank Noord <info@banknoord.example>", "Uw kredietaanvraag", "Beste {n},\n\nHelaas kunnen wij uw aanvraag voor een persoonlijke lening niet goedkeuren.\n\nBank Noord"),
    ("visa-it", "Consolato <visti@consolato.example>", "Esito domanda di visto", "Gentile {n},\n\nla sua domanda di visto è stata respinta. Le motivazioni sono indicate nel provvedimento allegato.\n\nUfficio Visti"),
    ("journal-pl", "Redakcja <redakcja@kwartalnik.example>", "Decyzja redakcji", "Szanowna Pani / Szanowny Panie,\n\nz przykrością informujemy, że artykuł nie został przyjęty do publikacji.\n\nRedakcja"),
    ("club-sv", "Segelklubben <styrelsen@segel.example>", "Medlemsansökan", "Hej {n},\n\nTyvärr kan vi inte erbjuda dig medlemskap i år eftersom kön är full.\n\nStyrelsen"),
    ("insurance-pt", "Seguros Atlântico <sinistros@atlantico.example>", "Participação de sinistro", "Caro/a {n},\n\nInformamos que o seu pedido de indemnização foi recusado, uma vez que o dano não está coberto pela apólice.\n\nSeguros Atlântico"),
    ("competition-tr", "Kısa Film Festivali <basvuru@festival.example>", "Başvuru sonucu", "Merhaba {n},\n\nFilminiz bu yılki yarışma seçkisine alınmamıştır. İlginiz için teşekkür ederiz.\n\nFestival Ekibi"),
    ("grant-fi", "Säätiö <apurahat@saatio.example>", "Apurahapäätös", "Hei {n},\n\nValitettavasti apurahahakemuksesi ei tällä kertaa saanut myönteistä päätöstä.\n\nSäätiö"),
]

# ================================================================ not rejections in other languages (family, kind, sender, subject, body)
FOREIGN_NOT = [
    ("de-conf", APP, TEAM, "Eingangsbestätigung", "Hallo {n},\n\nvielen Dank für Ihre Bewerbung als {r}. Sollten wir Sie nicht berücksichtigen können, erhalten Sie in jedem Fall eine Nachricht von uns.\n\nIhr Recruiting-Team"),
    ("de-int", INT, PERSON, "Terminverschiebung", "Hallo {n},\n\nleider muss ich unser Gespräch auf Donnerstag, 11 Uhr verschieben. Passt Ihnen das?\n\nViele Grüße\n{s}"),
    ("de-offer", OFFER, PERSON, "Zusage", "Liebe/r {n},\n\nes tut uns leid, dass Sie so lange warten mussten - wir freuen uns, Ihnen die Stelle anzubieten! Der Vertrag folgt per Post.\n\n{s}"),
    ("fr-conf", APP, TEAM, "Accusé de réception", "Bonjour {n},\n\nVotre dossier est arrivé chez nous. Faute de nouvelles de notre part d'ici trente jours, elle sera à considérer comme non retenue - mais le tri ne démarre que lundi.\n\nL'équipe RH"),
    ("fr-int", INT, PERSON, "Entretien", "Bonjour {n},\n\nMalheureusement je dois décaler notre entretien à mercredi 15h. Nous sommes toujours très intéressés par votre profil.\n\n{s}"),
    ("fr-next", NEXT, TEAM, "Prochaine étape", "Bonjour {n},\n\nVotre candidature a retenu notre attention. Merci de passer le test en ligne avant vendredi ; sans cela nous ne pourrons pas poursuivre.\n\nL'équipe RH"),
    ("es-conf", APP, TEAM, "Candidatura recibida", "Hola {n},\n\nHemos recibido tu candidatura. Si no resultas seleccionado/a, conservaremos tu CV para futuras vacantes.\n\nEquipo de Selección"),
    ("es-int", INT, PERSON, "Entrevista", "Hola {n}, lamentamos el retraso. Nos gustaría invitarte a una entrevista el martes a las 10:00.\n{s}"),
    ("nl-conf", APP, TEAM, "Ontvangstbevestiging", "Beste {n},\n\nWe hebben je sollicitatie ontvangen. Hoor je binnen drie weken niets, dan ben je helaas niet geselecteerd; de sluitingsdatum is echter pas over twee weken.\n\nTeam Werving"),
    ("nl-offer", OFFER, PERSON, "Goed nieuws", "Hoi {n}, sorry dat het zo lang duurde, maar we willen je graag de baan aanbieden! {s}"),
    ("it-conf", APP, TEAM, "Conferma candidatura", "Gentile {n},\n\nabbiamo ricevuto la sua candidatura. Qualora non venisse selezionata, i suoi dati saranno conservati per dodici mesi.\n\nRisorse Umane"),
    ("it-int", INT, PERSON, "Colloquio", "Gentile {n},\n\npurtroppo devo spostare il nostro colloquio a venerdì alle 9. Mi scuso per il disagio.\n\n{s}"),
    ("pt-conf", APP, TEAM, "Candidatura recebida", "Olá {n},\n\nRecebemos a sua candidatura. Caso não seja selecionado/a, manteremos o seu currículo na nossa base de dados.\n\nRecursos Humanos"),
    ("pl-int", INT, PERSON, "Rozmowa kwalifikacyjna", "Dzień dobry,\n\nniestety muszę przełożyć naszą rozmowę na czwartek. Czy godzina 10:00 Pani/Panu odpowiada?\n\n{s}"),
    ("pl-conf", APP, TEAM, "Potwierdzenie aplikacji", "Dzień dobry,\n\ndziękujemy za przesłanie aplikacji. Skontaktujemy się tylko z wybranymi osobami, ale każda aplikacja jest przeglądana.\n\nDział Kadr"),
    ("sv-int", INT, PERSON, "Intervju", "Hej {n},\n\ntyvärr måste vi flytta intervjun till onsdag kl. 13. Vi ser fram emot att träffas!\n\n{s}"),
    ("no-offer", OFFER, PERSON, "Tilbud", "Hei {n},\n\nbeklager at det tok tid. Vi har gleden av å tilby deg stillingen!\n\n{s}"),
    ("da-conf", APP, TEAM, "Kvittering", "Hej {n},\n\nTak for din ansøgning. Hvis du ikke går videre, giver vi dig besked senest om tre uger.\n\nHR"),
    ("fi-int", INT, PERSON, "Haastattelu", "Hei {n},\n\nvalitettavasti joudun siirtämään haastattelua torstaille klo 10. Sopiiko se sinulle?\n\n{s}"),
    ("cs-next", NEXT, TEAM, "Další kolo", "Dobrý den,\n\npostoupil(a) jste do dalšího kola. Bohužel termín testu se posunul na pondělí.\n\nPersonální oddělení"),
    ("hu-conf", APP, TEAM, "Jelentkezés visszaigazolása", "Kedves {n}!\n\nMegkaptuk jelentkezését. Amennyiben nem kerül be a következő körbe, erről is értesítjük.\n\nHR osztály"),
    ("ro-int", INT, PERSON, "Interviu", "Bună {n},\n\nne pare rău pentru întârziere. Vă invităm la un interviu joi la ora 11.\n\n{s}"),
    ("tr-conf", APP, TEAM, "Başvurunuz alındı", "Merhaba {n},\n\nBaşvurunuz elimize ulaştı. Olumsuz sonuçlanması durumunda da size bilgi vereceğiz.\n\nİnsan Kaynakları"),
    ("el-int", INT, PERSON, "Συνέντευξη", "Γεια σας {n},\n\nδυστυχώς πρέπει να μεταφέρουμε τη συνέντευξη για την Πέμπτη στις 10:00.\n\n{s}"),
    ("mixed-es-next", NEXT, PERSON, "Siguiente paso / next step", "Hola {n},\n\n¡Enhorabuena! Pasas a la siguiente fase.\n\nEnglish version: congratulations, you're through to the next stage - unfortunately the case study deadline is tight, Friday noon.\n\n{s}"),
    ("mixed-de-conf", APP, TEAM, "Bewerbungseingang / application received", "Hallo {n},\n\nIhre Bewerbung ist eingegangen.\n\nYour application has arrived. If we cannot consider it, we will let you know - no news yet is normal.\n\nRecruiting"),
    ("translated-next", NEXT, PERSON, "Regarding the next step", "Esteemed {n},\n\nWe have the pleasure to communicate that your candidature passed to the next phase. Regrettably the psychotechnical test must be made in presence, on Monday at 9 hours.\n\nCordially,\n{s}"),
]

# ================================================================ which employer a sentence belongs to
# A sentence that names a sector's thing (a ward, a training contract, a vetting interview) goes to an
# employer of that sector; anything else goes to any employer.
SECTOR_WORDS = [
    (r"ward|clinical|theatre|NMC|trust|occupational health|band 5", ["Harrowfield", "St Brigid"]),
    (r"trial shift|weekend|season|rota|pastry|head chef", ["Marlowe", "Quayside"]),
    (r"apprentice|CSCS|aptitude", ["Brackenridge"]),
    (r"forklift|nights contract", ["Northgate"]),
    (r"faculty|search committee|lectureship|studentship|principal investigator|job talk|GTA|PhD|Dean", ["Eastmere"]),
    (r"QTS|teaching post|teaching observation|children", ["Larkspur"]),
    (r"drought|field experience", ["Open Hands"]),
    (r"training contract|vacation scheme|partners|paralegal|litigation|seat", ["Pemberton"]),
    (r"graduate scheme|Graduate Scheme|assessment centre|Insight|numerical", ["Calder Reach", "Tallis Kerr"]),
    (r"GS-11|selecting official|vacancy announcement|announcement|EPSO|merit|APS|qualified pool|staffing process|sift|Civil Service|pre-selection|redeployment|Judgement Test", ["Rural Affairs"]),
    (r"vetting|force|fitness test|DBS|Special Constable|security clearance", ["Western Constabulary"]),
    (r"founders|0-to-1|scaled a sales team", ["Stackjar"]),
    (r"Kubernetes|Job ID|requisition", ["Monolith"]),
    (r"showreel|director|production|shoot", ["Redlamp"]),
    (r"academy|club|squad", ["Whitebrook"]),
    (r"case interview|consultancy|quantitative|client", ["Tallis Kerr"]),
]
FAMILY_EMPLOYER = {
    "nhs": "Harrowfield", "police": "Western Constabulary", "faculty": "Eastmere", "phd": "Eastmere", "ta-post": "Eastmere",
    "vac-scheme": "Pemberton", "bank": "Calder Reach", "retail": "Marlowe", "hotel": "Quayside", "apprentice": "Brackenridge",
    "warehouse": "Northgate", "charity": "Open Hands", "startup": "Stackjar", "bigtech": "Monolith", "film": "Redlamp",
    "sports": "Whitebrook", "consulting": "Tallis Kerr", "usajobs": "Rural Affairs", "canada": "Rural Affairs", "aps": "Rural Affairs",
    "army": "Western Constabulary", "withdraw-law": "Pemberton", "withdraw-uni": "Eastmere", "withdraw-agency": "Northgate",
    "incomplete-law": "Pemberton", "incomplete-army": "Western Constabulary", "incomplete-usajobs": "Rural Affairs",
    "ref-nurse": "Harrowfield", "ref-teacher": "Larkspur", "ref-law": "Pemberton", "internal-uni": "Eastmere",
}


def employer_for(family: str, text: str) -> list[str]:
    for prefix, name in FAMILY_EMPLOYER.items():
        if family.startswith(prefix):
            return [name]
    for pattern, names in SECTOR_WORDS:
        if re.search(r"\b(?:" + pattern + r")\b", text):
            return names
    return []


def plan() -> list[tuple[str, str, str, str, str]]:
    """(family, kind, sender, subject, body) for every record, in a fixed order."""
    rng = random.Random(SEED + 1)  # noqa: S311 - a fixed seed for reproducible data, not secrets
    out: list[tuple[str, str, str, str, str]] = []
    for index, sentence in enumerate(DECISIONS):
        if STATUS_LINE.match(sentence):
            frames = [rng.choice([frame_digest, frame_portal, frame_html])]
        elif CASUAL.match(sentence):
            frames = [rng.choice([frame_chat, frame_sms, frame_voicemail])]
        else:
            frames = [FRAMES[index % len(FRAMES)]]
        if index % 3 == 1:
            frames.append(rng.choice([f for f in FRAMES if f not in frames]))
        for frame in frames:
            name, body = frame(sentence)
            sender = {"digest": "Candidate Notifications <notifications@{d}>", "portal": TEAM, "html": TEAM, "sms": "{c} <sms@{d}>"}.get(name, PERSON)
            out.append((f"dec{index:03d}-{name}", R, sender, rng.choice(SUBJECTS), body))
    for family, sender, subject, body in WHOLE_REJ + FOREIGN_REJ:
        out.append((family, R, sender, subject, body))
    return out + plan_not(rng)


def plan_not(rng: random.Random) -> list[tuple[str, str, str, str, str]]:
    out: list[tuple[str, str, str, str, str]] = []
    for index, sentence in enumerate(CONFIRM):
        for frame in (frame_confirm, rng.choice([frame_confirm_html, frame_confirm_legal])):
            name, body = frame(sentence)
            out.append((f"conf{index:02d}-{name}", APP, TEAM, rng.choice(["Application received", "Thank you for applying - {r}", "We've got your application ({k})", "Your application to {c}"]), body))
    for index, sentence in enumerate(STATUS):
        for frame in (frame_status_reply, frame_prog_chat):
            name, body = frame(sentence)
            out.append((f"stat{index:02d}-{name}", APP, PERSON, rng.choice(["Re: {r} - any update?", "Re: application {k}", "RE: [EXT] Re: {r}"]), body))
    kinds = {"int": INT, "next": NEXT, "offer": OFFER}
    progress_frames = [frame_prog, frame_prog_chat, frame_prog_voicemail, frame_prog_forward, frame_prog, frame_legal_prog]
    for index, (kind, sentence) in enumerate(PROGRESS):
        name, body = progress_frames[index % len(progress_frames)](sentence)
        out.append((f"prog{index:02d}-{name}", kinds[kind], PERSON, rng.choice(["Re: {r}", "{r} - next steps", "Your application ({k})", "Good news from {c}", "Interview arrangements"]), body))
    for family, kind, sender, subject, body in NOT_WHOLE + FOREIGN_NOT:
        out.append((family, kind, sender, subject, body))
    for family, sender, subject, body in NONJOB_MAILS:
        out.append((family, NONJOB, sender, subject, body))
    return out


def frame_legal_prog(x: str) -> tuple[str, str]:
    return "proglegal", "{n},\n\n" + x + "\n\nKind regards\n{s}\n{c}\n\n{L}"


def fill(text: str, values: dict[str, str]) -> str:
    for key, value in values.items():
        text = text.replace("{" + key + "}", value)
    return text


def when(rng: random.Random) -> str:
    start = datetime(2025, 9, 1, tzinfo=UTC)
    day = start + timedelta(days=rng.randrange(480))
    zone = rng.choice(ZONES)
    tz = timezone(timedelta(hours=zone))
    local = datetime(day.year, day.month, day.day, rng.randrange(6, 23), rng.randrange(60), rng.randrange(60), tzinfo=tz)
    sign = "+" if zone >= 0 else "-"
    minutes = int(abs(zone) * 60)
    return f"{DAYS[local.weekday()]}, {local.day:02d} {MONTHS[local.month - 1]} {local.year} {local:%H:%M:%S} {sign}{minutes // 60:02d}{minutes % 60:02d}"


def ascii_slug(text: str) -> str:
    plain = unicodedata.normalize("NFKD", text.lower().replace("ø", "o").replace("æ", "ae").replace("ł", "l").replace("ı", "i"))
    return re.sub(r"[^a-z]", "", plain)


def records() -> list[dict[str, str]]:
    rng = random.Random(SEED)  # noqa: S311 - a fixed seed for reproducible data, not secrets
    out: list[dict[str, str]] = []
    counters = {"rej": 0, "not": 0}
    for family, kind, sender, subject, body in plan():
        first = rng.choice(FIRST)
        last = rng.choice(LAST)
        names = employer_for(family, body)
        pool = [e for e in EMPLOYERS if any(e[0].startswith(n) or n in e[0] for n in names)] or EMPLOYERS
        company, domain, roles = rng.choice(pool)
        role = rng.choice(roles)
        signer = rng.choice(SIGNERS)
        key = f"{rng.choice('ABCEHJKMNR')}{rng.randrange(10000, 999999)}"
        values = {
            "L": rng.choice(LEGAL),
            "u": rng.choice(TRACK),
            "n": first,
            "r": role,
            "q": rng.choice([item for item in roles if item != role]),
            "c": company,
            "d": domain,
            "s": signer,
            "p": rng.choice(OTHERS),
            "k": key,
        }
        values["L"] = fill(values["L"], values)
        values["u"] = fill(values["u"], values)
        label = "rejection" if kind == R else "not_rejection"
        prefix = "rej" if label == "rejection" else "not"
        counters[prefix] += 1
        out.append({
            "id": f"written15:{prefix}-{counters[prefix]:03d}",
            "subject": fill(subject, values),
            "body": fill(body.strip("\n") + "\n", values),
            "sender": fill(sender.replace("<{s}@", "<" + ascii_slug(signer) + "@"), values),
            "label": label,
            "kind": kind,
            "family": "blindw15-" + family,
            "provenance": PROV,
            "to": f"{first} {last} <{ascii_slug(first)}.{ascii_slug(last)}@{rng.choice(MAILHOSTS)}>",
            "date": when(rng),
        })
    return out


# ================================================================ shingle check
def words(text: str) -> list[str]:
    return re.findall(r"\w+", re.sub(r"<[^>]+>", " ", text).lower())


def shingles(text: str, size: int = 6) -> set[str]:
    tokens = words(text)
    return {" ".join(tokens[i:i + size]) for i in range(len(tokens) - size + 1)}


def theirs() -> set[str]:
    seen: set[str] = set()
    read = ["blind-slice.jsonl"] + [f"blind-slice-{i}.jsonl" for i in range(2, 11)] + ["written-13.jsonl", "written-14.jsonl"]  # never the held-out 11 or sealed 12
    files = sorted(HERE.parent.glob("*.jsonl")) + [HERE / name for name in read]
    for path in files:
        with path.open(encoding="utf-8") as handle:
            for line in handle:
                if line.strip():
                    seen |= shingles(json.loads(line).get("body", ""))
    return seen


def check(rows: list[dict[str, str]]) -> None:
    other = theirs()
    shared_all: set[str] = set()
    bodies = {"rejection": 0, "not_rejection": 0}
    for row in rows:
        shared = shingles(row["body"]) & other
        if shared:
            bodies[row["label"]] += 1
            shared_all |= shared
            print(f"{row['id']} {row['family']}:")
            for item in sorted(shared):
                print("   ", item)
    total = bodies["rejection"] + bodies["not_rejection"]
    print(f"{total} of {len(rows)} bodies share a shingle ({bodies['rejection']} rejections, "
          f"{bodies['not_rejection']} others); {len(shared_all)} distinct shared shingles")


def main(argv: list[str]) -> int:
    rows = records()
    if "--check" in argv:
        check(rows)
        return 0
    with OUT.open("w", encoding="utf-8", newline="\n") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False, sort_keys=False) + "\n")
    print(f"wrote {len(rows)} records to {OUT.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
