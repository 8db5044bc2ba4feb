# ruff: noqa: E501, S311
"""Write the seventeenth sealed blind slice for issue 11 (blind-slice-17.jsonl).

Stdlib only, fixed seed: two runs write byte-identical files.

    python data/blind/make_blind17.py            # write the slice
    python data/blind/make_blind17.py --langs    # make-up by label/kind and label/language
    python data/blind/make_blind17.py --check    # 6-word shingles shared with the other files

Every message is written for this slice. Its writer read data/blind/README.md, the first 600
bytes of blind-slice-16.jsonl (for the keys), issue 11 and the file-name test, and nothing
else of the data or code. --check reads the other .jsonl files only as sets of shingles and
prints only our side.
"""

from __future__ import annotations

import datetime as dt
import html
import json
import random
import re
import sys
import unicodedata
from collections import Counter
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "blind-slice-17.jsonl"
SEED = 170171
PROVENANCE = "written for rejectwatch issue 11, seventeenth blind slice (make_blind17.py), sealed"

RECIPIENTS = [
    "Maren Holloway", "Tobias Ekwueme", "Saoirse Delacroix", "Kwabena Lindqvist", "Ines Varga",
    "Rohan Castellanos", "Felicity Oduya", "Dariusz Pennington", "Ayesha Trevelyan", "Lorcan Mbatha",
    "Noemi Sandoval", "Callum Iwasaki", "Priyanka Haldane", "Matthias Okafor", "Yasmin Kowalczyk",
    "Eamon Raghunathan", "Beatriz Fairweather", "Oskar Nwachukwu", "Harriet Vasquez", "Tendai Rosenthal",
    "Celeste Abernathy", "Faisal Lundgren", "Grainne Obuya", "Viktor Ashdown", "Lucinda Mwangi",
    "Anselm Carrow", "Thandiwe Ellery", "Jules Petrakis", "Mirela Stanhope", "Dev Kaczmarek",
    "Ottoline Barzani", "Ruairi Fonseca", "Wen Halvorsen", "Esme Adeyemi", "Cormac Villanueva",
    "Zainab Thorburn", "Lukas Marangoni", "Rosalind Achebe", "Ibrahim Kerrigan", "Talia Brennan",
]
SIGNERS = [
    "Philippa Garside", "Nnamdi Calloway", "Astrid Penhaligon", "Marcus Oyelaran", "Delphine Archer",
    "Hamish Ng", "Rukhsana Doyle", "Gideon Falk", "Imogen Sato", "Kofi Brannigan", "Leonie Marsh",
    "Arjun Whitcombe", "Bronwen Ilesanmi", "Stellan Quaye", "Fenella Rios", "Jasper Odhiambo",
    "Clemency Huang", "Rafferty Banda", "Sunita Corbishley", "Benedikt Amadi", "Marisol Thwaite",
    "Ewan Kimura", "Yewande Pocock", "Horatio Lim", "Agnieszka Fell", "Ciaran Adebisi",
    "Wilhelmina Rao", "Torin Achterberg", "Pernille Okoro", "Desmond Vail",
]
COMPANIES = [
    "Kestrel Lane Logistics", "Brightwater Housing", "Orrin & Sallow", "Tidewell Energy",
    "Harrowgate Analytics", "Pellucid Health", "Marlpit Foods", "Cobaltmoor Insurance",
    "Quayside Learning Trust", "Fenwick Ridge Engineering", "Larchmont Media", "Saltgrass Retail",
    "Beckwith Pharma", "Northfold Bank", "Ashcombe Design Studio", "Gallowhill Water",
    "Thistledown Care", "Wrenfield Software", "Oakapple Events", "Riverstone Legal",
    "Copperbeech Hotels", "Greyfriars Consulting", "Highgarth Construction", "Pinemarten Games",
    "Lanternfish Labs", "Sablecroft Finance", "Merriott Publishing", "Stonechat Travel",
]
ROLES = [
    "Operations Coordinator", "Data Analyst", "Marketing Executive", "Finance Business Partner",
    "Customer Success Manager", "Project Officer", "HR Advisor", "Procurement Specialist",
    "Product Designer", "Backend Developer", "Facilities Supervisor", "Communications Officer",
    "Quality Assurance Lead", "Payroll Administrator", "Sales Development Representative",
    "Research Assistant", "Supply Chain Planner", "Fundraising Manager", "IT Support Analyst",
    "Content Editor", "Business Analyst", "Compliance Officer", "Estates Surveyor", "Office Manager",
]
ZONES = [-480, -420, -300, -240, -180, 0, 60, 120, 180, 210, 240, 330, 345, 480, 540, 600]
MOBILE = ["Sent from my iPhone", "Sent from my Pixel", "Get Outlook for Android", "Sent from Yahoo Mail for iPhone", "Sent from my Galaxy"]
ATS = {"Quillpath", "Tallyroll", "Ferntrack"}

FOOTERS = {
    "coop": (
        "\n\n— — —\n{co} is a workers' co-operative: every member holds one share and one vote at the AGM.\n"
        "In this month's members' bulletin\n"
        "• The depot roof panels went live; first sunny day gave us 41 kWh\n"
        "• Motions for the AGM close on the 20th\n"
        "• Ade's lentil soup, by popular demand\n"
        "Stop the bulletin | Change what we send you | Back issues\n"
        "{co} Ltd, registered society no. 31{ref}R"
    ),
    "podcast": (
        "\n\n--\nListen to 'Inside {co}', our careers podcast. In episode 12 two of our apprentices compare notes on their first year.\n"
        "Meet us in person: open evening every first Thursday from 6pm, tea and biscuits provided.\n"
        "Refer a friend: when someone you know joins and stays six months, you both get a £150 voucher.\n"
        "Find us on Instagram · YouTube · Mastodon\n"
        "This mail came to you because you set up a Quillpath candidate account with {co}. E-mail settings: quillpath.example/settings"
    ),
    "disclaimer": (
        "\n\n________________\nPRIVATE: meant only for whoever is named at the top. Landed with the wrong person? Reply to say so, then bin it; please don't pass it on or act on what it says. "
        "We sweep what leaves our servers for malware, though {co} can't be held responsible if something slips through. "
        "Spare a tree: paper copies rarely needed. {co} Group plc, incorporated in England (no. 0{ref}), head office 4 Tanner's Yard, Leeds LS2 7QQ."
    ),
    "alert": (
        "\n\n=====\nRoles near you this week\n"
        "— Warehouse Team Leader, Wakefield — £29,500\n"
        "— Payroll Assistant (part-time), Leeds — £13.20/hr\n"
        "— Customer Service Advisor, Bradford — £24,000\n"
        "See all 37 | Pause these suggestions | Alert settings\n"
        "Powered by Ferntrack"
    ),
}

T: list[dict] = []


def add(label: str, kind: str, fam: str, subject: str, body: str, *, n: int = 1, lang: str = "en",
        sender: str = "person", role: tuple[str, ...] = (), co: tuple[str, ...] = (),
        foot: tuple[str, ...] = (), signer: tuple[str, ...] = (), rcpt: tuple[str, ...] = (),
        mobile: bool = False) -> None:
    T.append({"label": label, "kind": kind, "fam": fam, "subject": subject, "body": body, "n": n,
              "lang": lang, "sender": sender, "role": role, "co": co, "foot": foot,
              "signer": signer, "rcpt": rcpt, "mobile": mobile})


def rej(fam: str, subject: str, body: str, **kw: object) -> None:
    add("rejection", "rejection", fam, subject, body, **kw)  # type: ignore[arg-type]


def oth(kind: str, fam: str, subject: str, body: str, **kw: object) -> None:
    add("not_rejection", kind, fam, subject, body, **kw)  # type: ignore[arg-type]


SENDERS = {
    "person": "{signer} <{slocal}@{dom}>",
    "hr": "{co} Recruitment <recruitment@{dom}>",
    "local": "{co} <jobs@{dom}>",
    "careers": "{co} Careers <careers@{dom}>",
    "noreply": "{co} <no-reply@{dom}>",
    "quillpath": "{co} via Quillpath <notify@quillpath.example>",
    "tallyroll": "Tallyroll on behalf of {co} <candidates@tallyroll.example>",
    "ferntrack": "{co} Jobs <jobs@ferntrack.example>",
}

# --------------------------------------------------------------------------- rejections, English
# Thread replies after interviews: someone else's hire, no negation.
rej("thread-migration", "RE: [EXT] Re: {role} – final conversation",
    "Hi {first},\n\nSorry the last fortnight dragged. The wash-up with {hm} and the team finished ten minutes ago; they picked a candidate who ran the same kind of ledger migration at a building society last year. She accepted this morning.\n\nIt was close, and your walkthrough of the reconciliation tool got a lot of nods in the room. Let's keep in touch on LinkedIn.\n\nBest,\n{signer}\n\nFrom: {name}\nSent: {prev_outlook}\nTo: {signer}\nSubject: Re: [EXT] Re: {role} – final conversation\n\nHi {sfirst}, any news on the timeline? Happy to wait, just planning my month. Thanks, {first}",
    n=2)
rej("thread-bakery", "re: weekend bench position",
    "hey {first}, thanks for coming in saturday and for the rye, it was properly good. we've given the weekend bench to Priya who's been running our market stall since spring, she knows the ovens already. good luck with everything x {sfirst}\n\nOn {prev_gmail}, {name} <{rlocal}@{rdom}> wrote:\n> Thanks again for having me today, I had a great time on the early shift.",
    n=2, co=("Crumb & Kiln Bakehouse", "Sourhill Bakery"), role=("Weekend Baker",), mobile=True)
rej("thread-haematology", "RE: [EXT] RE: Biomedical Scientist (Band 6) – interview",
    "Dear {first},\n\nIt was good to meet you on Tuesday. Yesterday afternoon the panel appointed the Band 5 biomedical scientist who has been standing in as senior in haematology since January; she has been covering the rota and the accreditation visit, and the panel felt that continuity mattered most this year.\n\nWe enjoyed meeting you, and {hm} sends her thanks for the questions about the analyser validation.\n\nKind regards\n{signer}\nLaboratory Manager, Blood Sciences\n\n-----Original Message-----\nFrom: {name}\nSent: {prev_outlook}\nTo: {signer}\nSubject: RE: Biomedical Scientist (Band 6) – interview\n\nDear {sfirst}, 10:00 on Tuesday suits me well; see you then.",
    n=2, co=("Pellucid Health NHS Foundation Trust", "Gallowhill Hospitals NHS Trust"), role=("Biomedical Scientist",))
rej("thread-library", "Re: [EXT] Re: Digital Collections Librarian",
    "Dear {first},\n\nI promised to write as soon as the committee had met. The post went to the colleague who has led our digitisation project on secondment for the past eighteen months, and she has accepted; she moves across at the start of term.\n\nThank you for a thoughtful presentation on the born-digital archive, which several of us are still talking about.\n\nWith best wishes,\n{signer}\nDeputy Director of Library Services\n\nOn {prev_gmail}, {name} wrote:\n> Dear {sfirst},\n> Many thanks for Thursday. Is there a date yet for the committee?",
    n=2, co=("Ashcombe University", "Highgarth College"), role=("Digital Collections Librarian",))
rej("thread-architect", "RE: [EXT] Re: Project Architect – Thursday",
    "Hi {first},\n\nA quick note after Thursday, as promised. The partners picked an architect who is already Part 3 qualified and can sign off drawings on the school extension from the first week, which is where the pressure is right now.\n\nYour sketchbook was a real pleasure to go through. Thanks again for giving us your afternoon.\n\n{signer}\nAssociate\n\n________________\nFrom: {name}\nSent: {prev_outlook}\nTo: {signer}\nSubject: Re: [EXT] Re: Project Architect – Thursday\n\nThanks {sfirst}, I'll bring the sketchbook and the A3 set.",
    n=2, co=("Orrin & Sallow Architects", "Ashcombe Design Studio"), role=("Project Architect",))
rej("thread-haulage", "RE: [EXT] Re: Transport Planner",
    "Morning {first},\n\nThanks for your patience. {hm} has appointed someone who holds the international CPC and has run the continental trunking desk at a competitor; she signed her contract on Friday and starts on the 3rd.\n\nYour route-planning exercise was neat work, and the depot team enjoyed showing you round.\n\nCheers,\n{signer}\nOperations Manager\n\n-----Original Message-----\nFrom: {name}\nSent: {prev_outlook}\nTo: {signer}\nSubject: Re: Transport Planner\n\nHi {sfirst}, thanks for today. I've attached the route plan as a spreadsheet as well.",
    n=2, co=("Kestrel Lane Logistics", "Marlpit Foods"), role=("Transport Planner",))
rej("thread-organiser", "RE: [EXTERNAL] Re: Community Organiser – next steps",
    "Dear {first},\n\nThe trustees met on Monday evening to make the appointment. They chose an organiser who grew up on the Longfield estate and has volunteered with the tenants' association for six years, and she has said yes.\n\nThe residents' panel enjoyed your session. They said you listened more than you talked, which they rate highly.\n\nWarmly,\n{signer}\nChair of Trustees\n\nFrom: {name}\nSent: {prev_outlook}\nTo: {signer}\nSubject: Re: Community Organiser – next steps\n\nDear {sfirst}, thank you, that's great news. I'll see you on the 12th.",
    n=2, co=("Longfield Neighbourhood Trust", "Brightwater Housing"), role=("Community Organiser",))

# Clear refusals under long footers (each copy under its own footer).
rej("footer-person-spec", "Your application for {role}",
    "Dear {first},\n\nYour application form has now been read against the person specification, and we've decided against inviting you to interview for this post. Best of luck as your search goes on.\n\nPeople Team, {co}",
    n=2, sender="hr", foot=("coop", "disclaimer"))
rej("footer-shortlisting", "Update: {role}",
    "Hello {first},\n\nShortlisting for {role} is finished. Your name didn't reach the shortlist this time round, and we're sorry to bring that news. Thanks for considering {co}.\n\nThe {co} hiring team",
    n=2, sender="careers", foot=("podcast", "alert"))
rej("footer-progress-others", "{co}: outcome of your application",
    "Hi {first},\n\nAfter looking closely at everyone who applied for {role}, we're taking other candidates forward and closing your application today.\n\nThanks again,\n{signer}\nTalent Acquisition",
    n=2, sender="careers", foot=("alert", "coop"))
rej("footer-offered-other", "Thank you from {co}",
    "Dear {first},\n\nA short note: another applicant has accepted our offer for the {role} position, which closes your application. It was good to hear from you.\n\nYours sincerely,\n{signer}",
    n=2, foot=("disclaimer", "podcast"))

# Hedged refusals.
rej("hedged-field-teams", "Following your interview for {role}",
    "Dear {first},\n\nMany thanks for last week's conversation. We met several people whose background in running regional field teams suits the business's plans a touch better for the year and a half ahead, and we have chosen to continue with them.\n\nThis was a hard call, and we're grateful for your case study.\n\nBest wishes,\n{signer}",
    n=2, role=("Regional Operations Manager", "Area Manager"))
rej("hedged-procurement-law", "{role} – where things stand",
    "Hi {first},\n\nI wanted to give you an honest update. Since we advertised, the hiring team's thinking has drifted towards someone with a stronger grounding in public procurement law, and we will be carrying on the process with applicants who bring that.\n\nIt's no reflection on the quality of your application, which was one of the clearest we read.\n\n{signer}",
    n=2, role=("Procurement Specialist", "Commercial Officer"))
rej("hedged-brand-refresh", "Your portfolio – {co}",
    "Hello {first},\n\nThanks for sending your portfolio and for the call on Wednesday. On balance we felt another designer's work spoke more directly to the brand refresh we have planned for next year, so we will be taking that forward with them.\n\nPerhaps another brief will bring us together.\n\n{signer}\nCreative Director",
    n=2, role=("Senior Brand Designer", "Product Designer"))
rej("hedged-different-route", "{role} at {co}",
    "Dear {first},\n\nThank you for your interest in the role of {role} and for the care evident in your application.\n\nHaving reflected on how the team should look next year, we have chosen a different route for this appointment. We appreciate that this will be disappointing to read.\n\nOur privacy notice explains how long application data is held (six months).\n\nYours sincerely,\n{signer}\nHR Director",
    n=2, sender="hr")
rej("hedged-scenario-answers", "Re: {role} – interview feedback",
    "Hi {first},\n\nInterviews wrapped up on Friday. Once the panel lined up everyone's answers to the scenario questions, other applicants' examples mapped more tightly onto what the job involves week to week, so we've decided to offer it elsewhere.\n\nIf you'd like a ten-minute call for feedback, just reply and I'll set one up.\n\nKind regards,\n{signer}",
    n=2)

# Recruiter follow-ups after a call, with another role.
rej("agency-ftc", "Following our call – {role}",
    "Hi {first},\n\nCheers for the call. Confirming what we covered: my client have decided to give the permanent post to the interim who has been covering it since March, which I know isn't what either of us wanted.\n\nSeparately, I have a six-month fixed-term contract for a registered provider near Salford Quays, £340 a day inside IR35, hybrid two days in the office. Shall I put you forward? If so, send me a quick line on your availability from the 1st.\n\nCheers,\n{signer}\nSenior Consultant | Ridgeback Talent | 0161 496 0{ref3}",
    n=2, sender="{signer} <{slocal}@ridgebacktalent.example>", role=("Housing Finance Manager", "Income Manager"))
rej("inhouse-analytics", "Thanks for the chat today",
    "Hey {first},\n\nAppreciate the call earlier. For the record, the team has picked another person for the senior role. What I mentioned at the end still stands, though; the analytics team has an intermediate opening and the lead there, {hm}, liked the look of your SQL sample. Happy for me to pass your profile across?\n\nTalk soon,\n{signer}\nTalent Partner, {co}",
    n=2, role=("Senior Data Analyst",))
rej("agency-johannesburg", "{role} – client feedback",
    "Hi {first},\n\nAs discussed, the client is going with someone free to begin straight away, so this one's done with them, I'm afraid.\n\nOn the bright side there's a financial controller role in Sandton that I think suits you well. Could you send me your latest CV, your current package and your notice period, and I'll call you tomorrow?\n\nRegards,\n{signer}\nKlipspringer Search | Johannesburg",
    n=2, sender="{signer} <{slocal}@klipspringer.example>", role=("Group Accountant", "Financial Accountant"))

# Public-sector notices.
rej("public-minquals", "Notice of Application Review – {role}",
    "State Personnel Board\nApplicant Notification\n\nApplicant: {name}\nExamination: {role}, Open, Continuous (Exam No. 26-{ref3}-04)\n\nStaff compared your application with the minimum qualifications printed on the examination bulletin.\n\nResult: DOES NOT MEET MINIMUM QUALIFICATIONS\nReason: The bulletin requires a bachelor's degree in environmental, biological or physical science and one year of professional experience; the experience listed on your application could not be credited.\n\nTo appeal, write to the Board within 30 calendar days of this notice's date.",
    n=2, sender="State Personnel Board <exams@spb.state.example>", role=("Environmental Scientist II", "Air Resources Specialist I"))
rej("public-council-interview", "Post ref {req} – {role}",
    "Dear {name},\n\nPOST: {role}\nREFERENCE: {req}\n\nFollowing your interview on {prev_day}, I must advise that your application was unsuccessful; a different applicant has been offered the post.\n\nThe recruiting manager can give feedback for 28 days from this letter.\n\nYours sincerely\n\nHR Service Centre\nAberlady and Firth Council",
    n=2, sender="Aberlady and Firth Council HR <hr.recruitment@aberladyfirth.gov.example>", role=("Benefits Officer", "Trading Standards Officer"))
rej("public-recruitment-control", "Vacancy {req} – closed",
    "Dear applicant,\n\nYou applied for the post of {role} (vacancy {req}). The council's recruitment control panel has decided that this post will not be filled this financial year. The vacancy has therefore been closed and no applications will be taken forward.\n\nWe regret the wasted effort and are grateful you considered Wexham Borough Council.\n\nResourcing Team",
    n=2, sender="Wexham Borough Council <resourcing@wexham.gov.example>", role=("Library Assistant", "Community Librarian"))
rej("public-provincial-asset", "Competition {req}: result of screening",
    "Hello {first},\n\nThank you for applying to competition {req}, {role}, with the Ministry of Northern Development.\n\nScreeners checked each application for the essential qualifications and for the asset qualification in the posting. Yours was not retained at screening: it gave no evidence of the needed experience delivering grant programmes to First Nations or municipal partners.\n\nThis competition may be used to staff similar positions for twelve months; you do not need to do anything further.\n\nTalent Acquisition Services",
    n=2, sender="Public Service Careers <careers@ontarionorth.gov.example>", role=("Program Advisor", "Senior Grants Officer"))

# Bare ATS statuses.
rej("ats-quillpath-status", "Application status changed: {role}",
    "Application status changed\n\n{role} ({req})\n{co}\n\nWas: In review\nNow: Unsuccessful\n\nYou don't need to reply to this message.",
    n=2, sender="quillpath")
rej("ats-tallyroll-closed", "Your candidacy: {role}",
    "Your candidacy for {role} at {co} has been closed.\n\nClosure reason: Another candidate selected\n\nYou can see all your applications in your Tallyroll dashboard.\n\n—\nTallyroll · candidate notifications · tallyroll.example/prefs",
    n=2, sender="tallyroll")
rej("ats-ferntrack-table", "{co} – application update",
    "<html><body><p>Hi {first},</p><p>There is an update on your application.</p><table border=\"1\" cellpadding=\"4\"><tr><td>Role</td><td>{role}</td></tr><tr><td>Stage</td><td>Screening</td></tr><tr><td>Result</td><td>Declined</td></tr></table><p>Thank you for applying to {co}.</p><p style=\"font-size:11px;color:#888\">Powered by Ferntrack</p></body></html>",
    n=2, sender="ferntrack")
rej("ats-unattended", "{role} – not progressed",
    "{co}: your application for {role} has not been progressed. This mailbox is not monitored.",
    n=2, sender="noreply")

# Internship decisions.
rej("intern-summer-research", "Summer Research Internship 2026 – decision",
    "Dear {first},\n\nThe selection committee has now allocated every place on the 2026 Summer Research Internship. We regret that this year's places have gone to others; 612 students applied for 24 places.\n\nIf you are in your penultimate year, the scheme reopens in November and a fresh application is welcome.\n\nResearch Internships Office\n{co}",
    n=2, sender="Research Internships <internships@{dom}>", co=("Lanternfish Labs", "Beckwith Pharma"), role=("Summer Research Intern",))
rej("intern-fashion", "Spring design internship",
    "Hi {first},\n\nThank you for sending your portfolio. The spring design interns have been picked from the portfolio review, and you were not one of them. There was a lot of talent this round.\n\nAll the best,\n{signer}\nStudio Coordinator",
    n=2, co=("Maison Verrier", "Thread & Thimble Atelier"), role=("Design Intern",))
rej("intern-newsroom", "Summer reporting internship",
    "Dear {first},\n\nOur editors have picked this year's four summer reporting interns; I'm sorry, you didn't make the four. Your clips on the housing story were sharp, so do pitch us as a freelancer.\n\nBest,\n{signer}\nDeputy Editor",
    n=2, co=("The Wessex Courier", "Larchmont Media"), role=("Reporting Intern",))

# Short notes.
rej("short-kp", "Re: Kitchen porter",
    "Hi {first} it's been filled now sorry. Cheers for bringing the CV by. Marco",
    signer=("Marco Bellandi",), co=("Trattoria Fiume",), role=("Kitchen Porter",), mobile=True)
rej("short-appointed", "{role}",
    "Application closed. We have appointed. Thank you. {co}", sender="noreply")

# Kinds no earlier slice lists.
rej("new-crowd-casting", "Casting update: 'Harbour Lights' crowd day",
    "Hi {first},\n\nThanks for submitting for the harbour-market scene in 'Harbour Lights'. The director picked the final crowd from the photos this morning and we did not need your look for this shoot day. Keep your profile photos up to date, as we cast the pub scenes next month.\n\n{signer}\nBackground Casting, Pier Nine Casting",
    sender="{signer} <{slocal}@piernine.example>", role=("Background Artist",))
rej("new-interpreter-panel", "Community interpreter panel – assessment result",
    "Dear {first},\n\nThank you for sitting the Polish–English consecutive interpreting assessment on {prev_day}. Your score was 58%. Admission to the community interpreter panel needs 70% or more, so we are unable to add you to the panel at this time. You may resit after six months.\n\nLanguage Services Team",
    sender="Language Services <panel@linguaserve.example>", role=("Community Interpreter",))
rej("new-sommelier", "Assistant Sommelier",
    "Dear {first},\n\nThank you for coming in for the blind tasting and floor service on Tuesday. You placed two of the four wines and your Riesling call was spot on, but we have decided to offer the assistant sommelier role to another candidate with more Burgundy list experience.\n\nKind regards,\n{signer}\nHead Sommelier",
    co=("Copperbeech Hotels",), role=("Assistant Sommelier",))
rej("new-pack-test", "Seasonal fire crew – work capacity test",
    "{name},\n\nOur records show that on the work capacity test you completed the 3-mile course carrying 45 lb in 48 minutes 20 seconds. Arduous-duty positions require completion within 45 minutes. As a result we are unable to offer you a seasonal firefighter position on the Granite Creek engine crew this year.\n\nApplications for next season open in January.\n\nGranite Creek Ranger District, Fire Management",
    sender="Fire Management <fire.hiring@granitecreek.example>", role=("Seasonal Firefighter",))
rej("new-chaplain", "Healthcare Chaplain (Band 6)",
    "Dear {first},\n\nRegarding the Healthcare Chaplain post: unfortunately your application could not be considered further, as it did not include the written endorsement from your faith community that this post requires.\n\nYours sincerely,\nSpiritual Care Department",
    sender="Spiritual Care <spiritual.care@pellucid-nhs.example>", role=("Healthcare Chaplain",))
rej("new-mystery-shopper", "Your mystery shopper application",
    "Hi {first},\n\nThanks for signing up to shop for us. Right now we have more shoppers than we need in the NE6 postcode area, so we haven't accepted your application. We'll delete your details in 30 days unless you sign up again.\n\nThe Shopper Support team, Secret Basket",
    sender="Secret Basket <shoppers@secretbasket.example>", role=("Mystery Shopper",))
rej("new-ranger", "Seasonal ranger – Cairnmoor National Park",
    "Dear {first},\n\nThanks for applying to spend a season as a ranger with Cairnmoor National Park Authority. All seasonal ranger posts for the coming season have now been filled, and we will not be offering you a post this year.\n\nRanger Service",
    sender="Cairnmoor NPA <rangers@cairnmoor.example>", role=("Seasonal Ranger",))
rej("new-antarctic", "Winter team 2026 – medical clearance",
    "Dear {first},\n\nThank you for completing the medical and psychological screening for the 2026 winter team at Halvard Station. The station medical officer has reviewed your results and has not cleared you for winter-over service, so we are unable to offer you the Field Electrician position.\n\nThis decision is about the particular demands of eight months without evacuation, not your trade skills.\n\nPolar Operations Recruitment",
    sender="Polar Operations <recruitment@polarops.example>", role=("Field Electrician",))
rej("new-door-supervisor", "Door supervisor vacancy",
    "Hi {first}, thanks for applying for weekend door work at the Velvet Room. We can't take it further without a valid SIA door supervisor licence, and your form says you are still waiting for the course date. Best of luck.\n{signer}",
    co=("Velvet Room Leisure",), role=("Door Supervisor",))
rej("new-chauffeur-topo", "Chauffeur driver – topographical assessment",
    "Dear {first},\n\nYour topographical assessment came back at 41%. We need drivers to score at least 60% before we can put them on the account, so we won't be offering you a place on the chauffeur team. You can retake the assessment after three months.\n\nDriver Recruitment, Sterling Line Cars",
    sender="Sterling Line Cars <drivers@sterlingline.example>", role=("Chauffeur Driver",))
rej("new-pharmacy-foundation", "Foundation training year: allocation outcome",
    "Dear {first},\n\nThe national allocation for foundation pharmacist training posts has now run. You were not allocated a training post in this round. Any posts that become vacant will be offered through clearing, and you will be told by e-mail if clearing opens in your region.\n\nFoundation Training Recruitment",
    sender="Foundation Training Recruitment <noreply@pharmtraining.example>", role=("Foundation Trainee Pharmacist",))
rej("new-residency-match", "Match results",
    "Dear Dr {last},\n\nThe results of the 2026 residency match are now available. We regret that you did not match to a residency programme. The list of unfilled positions will be published at noon on Monday for the supplementary round.\n\nNational Residency Placement Service",
    sender="NRPS <results@nrps.example>", role=("Resident Physician",))
rej("new-alternate-list", "Teaching programme abroad – alternate list",
    "Dear {first},\n\nYou were placed on the alternate list for the Assistant Language Teacher programme in February. All positions for this intake have now been filled from the list, and your application has been closed. Thank you for your patience through the year.\n\nProgramme Office",
    sender="ALT Programme Office <alt@kaigaiteach.example>", role=("Assistant Language Teacher",))
rej("new-radio-demo", "Your demo – weekend breakfast",
    "Hi {first},\n\nWe listened to your demo for the weekend breakfast slot, and the links into the travel bulletins were lovely. The programme controller has given the slot to one of our volunteer presenters who has been covering it on and off since Easter.\n\nCheers,\n{signer}\nStation Manager, Valley 104.6",
    sender="{signer} <{slocal}@valley1046.example>", role=("Weekend Presenter",))
rej("new-rugby-physio", "Club Physiotherapist",
    "Dear {first},\n\nThank you for applying to be our first-team physiotherapist. The board has appointed a physio who already holds the pitchside immediate care qualification that the league now insists on for match days.\n\nWith thanks,\n{signer}\nClub Secretary, Harbury RFC",
    sender="{signer} <{slocal}@harburyrfc.example>", role=("Club Physiotherapist",))
rej("new-function-band", "Dep list for the summer",
    "Hi {first}, thanks for the showreel. We've filled the dep slots for this summer's weddings with players we've worked with before, so there's nothing for you this season. I'll keep your number. {sfirst} (MD, The Saturday Swing Co.)",
    sender="{signer} <{slocal}@saturdayswing.example>", role=("Dep Guitarist",), mobile=True)
rej("new-paper-round", "Paper round",
    "Hi {first},\n\nThanks for filling in the form for your son. The Elm Road round has already gone to a lad from the next street who started on Monday. I'll keep his name down in case another round comes up.\n\nDev at Parkside News",
    sender="Parkside News <parksidenews@example.net>", role=("Paper Round",))
rej("new-phlebotomy", "Trainee Phlebotomist – practical assessment",
    "Dear {first},\n\nThank you for attending the practical assessment. Your venepuncture on the training arm fell short of the standard we assess against, so a place can't be offered to you on the trainee phlebotomist course.\n\nRecruitment Team, Community Diagnostics",
    sender="Community Diagnostics <recruitment@commdiag.example>", role=("Trainee Phlebotomist",))
rej("new-prison-officer", "Your assessment day result",
    "Dear {name},\n\nAssessment day result: Not successful\n\nYour overall score in the role-play exercises was below the level needed to continue with your application for Prison Officer. A fresh application is possible once six months have passed.\n\nPrison Officer Recruitment",
    sender="Prison Officer Recruitment <noreply@prisonjobs.gov.example>", role=("Prison Officer",))
rej("new-qa-tester", "QA Tester – bug report exercise",
    "Hi {first},\n\nThanks for doing the bug-report exercise on the build we sent. Three of the five reports were missing reproduction steps and the crash log, which is the core of the job here, so we won't be moving you to the interview stage.\n\nGood luck,\n{signer}\nQA Lead, {co}",
    co=("Pinemarten Games",), role=("QA Tester",))
rej("new-subtitler", "Subtitling test – result",
    "Dear {first},\n\nThe subtitling test file you returned has been reviewed. Our reviewers found timing errors in 22 of the 140 events and several lines over the 42-character limit, so we will not be adding you to our freelancer roster at this time.\n\nVendor Management, Captionworks",
    sender="Captionworks Vendor Management <vendors@captionworks.example>", role=("Freelance Subtitler",))
rej("new-mailbox-scan", "New mail scanned – item 6{ref3}",
    "New mail has arrived at your virtual address and has been scanned as you asked.\n\nItem: 6{ref3}\nFrom: {co}, HR Department\nPages: 1\n\nText of the letter (automatic recognition, may contain errors):\n\nDear {name}\nRe: {role}\nThank you for coming to interview. I am sorry to say the panel preferred another applicant. Best wishes for what comes next.\nYours sincerely\n{signer}\n\nView the PDF | Forward | Shred\nMailDrop Virtual Address",
    sender="MailDrop <scans@maildrop.example>")
rej("new-secure-portal", "You have a new message in the candidate portal",
    "You have a new secure message from {co}.\n\nSubject: Assessment centre outcome\n\n\"Dear {first}, thank you for attending the assessment centre last week. The assessors' scores have been moderated and, regrettably, you will not be going through to the final interview.\"\n\nSign in to the candidate portal to read your messages. Do not reply to this e-mail.",
    sender="noreply")
rej("new-video-transcript", "{sfirst} sent you a video message",
    "{sfirst} from {co} sent you a video message (1 min 12 s).\n\nTranscript (generated automatically):\n\"Hi {first}, it's {sfirst} from {co}. Felt wrong doing this by e-mail alone. The {role} job is going to another candidate. You were really good in the panel, and honestly I hope we cross paths again. Take care.\"\n\nWatch the video · Reply with a video\nSent with Clipnote",
    sender="{signer} via Clipnote <share@clipnote.example>")
rej("new-campus-relay", "New message from {co} via Campuslink",
    "You have a new message from {co} about your application to Graduate Analyst.\n\n{signer} wrote:\n\"Thank you for applying. We've looked at this year's applicants and yours won't be going to the assessment day.\"\n\nReply on Campuslink\nCampuslink, the careers network of your university",
    sender="Campuslink <messages@campuslink.example>", role=("Graduate Analyst",))
rej("new-mail-merge", "Your application for {{{{job_title}}}}",
    "Dear {{{{first_name}}}},\n\nYour application for the {{{{job_title}}}} position at {co} has been reviewed, and other applicants whose backgrounds suit the requirements better will go forward.\n\nWe appreciate your time.\n\n{{{{recruiter_name}}}}\n{co} Talent Team",
    sender="careers")
rej("new-image-markers", "An update on your application",
    "[image: {co} logo]\nView this e-mail in your browser\n\nHi {first},\n\nThank you for applying for {role}. The field was big and good; after going through it, we have offered the role to another person.\n\n[image: Our people]\n\nWe hope you'll look at our other openings.\n\n[image: LinkedIn] [image: Instagram]\n{co} · Unsubscribe",
    sender="careers")
rej("new-memo", "RE: Application – {role}",
    "MEMORANDUM\n\nTO: {name}\nFROM: Human Resources, {co}\nDATE: {date_short}\nRE: Application – {role}\n\n1. Please be advised that you have not been selected for the above position.\n2. Your application will be kept on file for twelve (12) months.\n3. Thank you for your interest in {co}.\n\nHR/REC/{ref3}",
    sender="hr")
rej("new-quoted-printable", "Re: {role}",
    "Hi {first},=20\n\nLovely to meet you on Monday. Sadly we=E2=80=99ve gone with =\nanother candidate for this one; her agency =\nbackground fitted the brief a little better.=20\n\nAll the best,=20\n{sfirst}",
    role=("Account Manager",))
rej("new-tattoo", "Apprenticeship",
    "Hey {first}, thanks for bringing your flash sheets in. Honestly your linework isn't quite where it needs to be for us to take you on as an apprentice yet. Keep drawing every day and come back in a year. {sfirst} @ Ironbark Tattoo",
    sender="Ironbark Tattoo <ironbarktattoo@example.net>", role=("Tattoo Apprentice",), mobile=True)
rej("new-barber", "Barber chair",
    "Hi {first},\n\nThanks for doing the trade test with us on Saturday. After talking it over we've decided to give the chair to someone else who's got a bit more experience with skin fades.\n\nAll the best,\n{sfirst}\nHead Barber, Low Street Barbers",
    sender="Low Street Barbers <hello@lowstreetbarbers.example>", role=("Barber",))
rej("new-stadium-steward", "Match-day steward application",
    "Dear {first},\n\nThank you for applying to join our match-day steward team. Your right-to-work documents couldn't be checked before the cut-off for the opening fixture, which means we've had to close your application. You may apply again before the winter window.\n\nEvent Staffing, Kingsmead Stadium",
    sender="Kingsmead Stadium Event Staffing <stewards@kingsmeadstadium.example>", role=("Match-day Steward",))
rej("new-voiceover", "E-learning voice audition",
    "Hi {first}, many thanks for the audition read. The client has chosen another voice for the compliance e-learning series. I'll keep your reel on our roster for future briefs. Best, {sfirst}, Mellow Booth Voices",
    sender="Mellow Booth Voices <casting@mellowbooth.example>", role=("Voice-over Artist",))
rej("new-drone", "Drone pilot – survey team",
    "Hello {first},\n\nThanks for your application to fly for our survey team. For roof and solar inspections we need pilots holding the GVC with at least 50 logged hours, and your log shows 18, so we can't take you on for now. Feel free to reapply once your hours are up.\n\n{signer}\nFlight Operations, Skyledger Surveys",
    sender="{signer} <{slocal}@skyledger.example>", role=("Drone Pilot",))
rej("new-dive-instructor", "Dive instructor season",
    "Hi {first},\n\nThanks for getting in touch about instructing with us this season. We've filled all the instructor places, mostly with people who also teach in German, as two thirds of our guests are from Germany and Austria.\n\nSafe diving,\n{signer}\nBlue Lagoon Divers, Gozo",
    sender="Blue Lagoon Divers <crew@bluelagoondivers.example>", role=("Dive Instructor",))
rej("new-relocation", "{role} – location",
    "Dear {first},\n\nThank you for talking with us. This role has to be based in our Aberdeen office five days a week because of the control-room work. As you told us you are only looking for fully remote roles, we have closed your application.\n\nBest regards,\n{signer}",
    co=("Tidewell Energy",), role=("Control Room Analyst",))
rej("new-call-handler", "Emergency Medical Dispatcher – simulation result",
    "Dear {first},\n\nThank you for taking part in the call-handling simulation. Your triage and address-capture sections scored under the pass level, so your application stops here.\n\nAmbulance Service Recruitment",
    sender="Ambulance Service Recruitment <recruitment@westernambulance.example>", role=("Emergency Medical Dispatcher",))
rej("new-brewery", "Apprentice brewer",
    "Hi {first},\n\nGood to have you at the brewhouse last week. We've offered the apprenticeship to someone who's been volunteering on our bottling line every Saturday for a year, and she's said yes.\n\nCheers,\n{sfirst}\nHead Brewer, Sixpenny Brewing Co.",
    sender="Sixpenny Brewing Co. <brew@sixpenny.example>", role=("Apprentice Brewer",))

# --------------------------------------------------------------------------- rejections, other languages
rej("fr-vendanges", "Vendanges 2026",
    "Salut {first},\n\nMerci pour ton message et ton CV pour les vendanges au domaine. L'équipe de coupe est déjà au complet pour cette année, on ne pourra pas te prendre. Retente ta chance l'an prochain, on recrute dès juin.\n\nBonne route !\nHélène\nDomaine des Trois Combes\n\nEnvoyé de mon iPhone",
    lang="fr", rcpt=("Léo Marchetti",), signer=("Hélène Bastide",), co=("Domaine des Trois Combes",))
rej("fr-quebec-cpe", "Votre candidature – Éducatrice en petite enfance",
    "Bonjour Madame {last},\n\nMerci d'avoir pensé au CPE Les Petits Pins. Après l'analyse des candidatures reçues et les entrevues, le comité de sélection a arrêté son choix sur une autre personne pour le poste d'éducatrice au groupe des 18 mois.\n\nNous conservons votre dossier pour la liste de remplacement si vous le souhaitez.\n\nVeuillez agréer nos salutations distinguées.\n\n{signer}\nDirectrice générale",
    lang="fr", rcpt=("Audrey Thibodeau",), signer=("Josée Lapointe",), co=("CPE Les Petits Pins",))
rej("de-minijob", "Minijob Aushilfe",
    "Hallo {first},\n\ndanke für deine Nachricht wegen dem Minijob im Laden. Wir haben die Stelle gestern schon vergeben, tut mir leid. Wenn wieder was frei wird, melde ich mich.\n\nGruß\nSabine\n\nVon meinem Smartphone gesendet",
    lang="de", rcpt=("Jonas Reuter",), signer=("Sabine Kettler",), co=("Hofladen Kettler",))
rej("de-ch-gemeinde", "Ihre Bewerbung als Sachbearbeiter/in Einwohnerdienste",
    "Sehr geehrte Frau {last}\n\nBesten Dank für Ihre Bewerbung und das angenehme Gespräch vom vergangenen Donnerstag. Nach sorgfältiger Abwägung hat sich der Gemeinderat für eine andere Bewerberin entschieden, die bereits Erfahrung mit unserer Einwohnerkontrolle mitbringt.\n\nEs tut uns leid, Ihnen nichts anderes mitteilen zu können. Für Ihren weiteren Weg alles Gute.\n\nFreundliche Grüsse\n\n{signer}\nGemeindeschreiber\nGemeinde Oberwilen",
    lang="de", rcpt=("Corinne Baumgartner",), signer=("Reto Zürcher",), co=("Gemeinde Oberwilen",))
rej("es-cl-analista", "Proceso Analista de Operaciones",
    "Hola {first},\n\nCerramos el proceso de Analista de Operaciones y el cargo quedó para otra persona; mil gracias por las horas que pusiste en las entrevistas.\n\nSaludos cordiales,\n{signer}\nEquipo de Personas",
    lang="es", rcpt=("Catalina Fuenzalida",), signer=("Matías Contreras",), co=("Andes Cargo SpA",))
rej("es-co-formal", "Resultado de su postulación",
    "Estimado {first}:\n\nGracias por presentarse a la convocatoria de Coordinador de Bodega. Revisados los resultados de las pruebas técnicas, su postulación no sigue adelante en esta ocasión.\n\nGuardaremos su hoja de vida para convocatorias futuras de la bodega.\n\nCordialmente,\n\nGestión Humana\nDistribuidora Cafetera del Valle S.A.S.",
    lang="es", sender="hr", rcpt=("Andrés Ospina",), co=("Distribuidora Cafetera del Valle",))
rej("ja-entry-sheet", "【選考結果のご連絡】{co}",
    "{last}様\n\nこの度は弊社の新卒採用にエントリーシートをご提出いただき、誠にありがとうございました。\n\n慎重に検討を重ねました結果、今回は次の選考へのご案内を見送らせていただくこととなりました。ご期待に添えず申し訳ございません。\n\n{last}様の今後のご活躍を心よりお祈り申し上げます。\n\n株式会社ミナトリンク 人事部 新卒採用担当",
    lang="ja", sender="hr", rcpt=("中川 悠斗|yuto.nakagawa",), co=("ミナトリンク|minatolink",))
rej("ja-juku", "模擬授業のお礼",
    "{last}さん\n\n先日はお忙しい中、模擬授業にお越しいただきありがとうございました。教室長と相談した結果、今回は講師としての採用を見送ることになりました。せっかくお時間をいただいたのに申し訳ありません。\n\n個別指導のあおば塾 駅前校\n{signer}",
    lang="ja", rcpt=("石田 美咲|misaki.ishida",), signer=("小林 健太|kenta.kobayashi",), co=("あおば塾|aobajuku",))
rej("pt-br-perfil", "Atualização sobre sua candidatura",
    "Olá, {first}!\n\nObrigada por participar do nosso processo para Analista de Atendimento. Depois da etapa de dinâmica em grupo, decidimos seguir com outro perfil para a vaga.\n\nDesejamos muito sucesso na sua trajetória!\n\nAbraços,\n{signer}\nTime de Gente & Cultura",
    lang="pt", rcpt=("Thiago Nascimento",), signer=("Larissa Campos",), co=("Ipê Digital",))
rej("it-assegnata", "Candidatura – Addetto/a alla reception",
    "Gentile {first},\n\nla ringraziamo per il colloquio di venerdì. Le comunichiamo che la posizione di addetta alla reception è stata assegnata a un'altra candidata, già in possesso della certificazione di lingua tedesca richiesta dalla clientela dell'hotel.\n\nCordiali saluti,\n{signer}\nUfficio Personale, Hotel Belvedere Lago",
    lang="it", rcpt=("Giulia Ferraresi",), signer=("Paolo Zanetti",), co=("Hotel Belvedere Lago",))
rej("nl-be-kandidaat", "Je sollicitatie bij Stad Lierbeek",
    "Beste {first},\n\nBedankt voor je deelname aan de selectieproef voor de functie van administratief medewerker. De jury heeft je resultaten bekeken: je behaalde 54 op 100, terwijl 60 nodig was om te slagen. Je kan dus niet verder in deze selectieprocedure.\n\nMet vriendelijke groeten,\nDienst Personeel, Stad Lierbeek",
    lang="nl", sender="Stad Lierbeek <personeel@lierbeek.example>", rcpt=("Wout Verhaegen",))
rej("pl-inni", "Rekrutacja – Specjalista ds. logistyki",
    "Szanowny Panie,\n\ndziękujemy za udział w rozmowie rekrutacyjnej. Po przeanalizowaniu wszystkich kandydatur zdecydowaliśmy się kontynuować proces z innymi osobami, których doświadczenie w transporcie chłodniczym lepiej odpowiada potrzebom zespołu.\n\nZ wyrazami szacunku\n{signer}\nDział HR",
    lang="pl", rcpt=("Krzysztof Wawrzyniak",), signer=("Magdalena Sobczak",), co=("Mroźna Droga",))
rej("ko-doc-screening", "[서류전형 결과] 안내드립니다",
    "{last}님 안녕하세요.\n\n저희 회사 마케팅 직무에 지원해 주셔서 진심으로 감사드립니다. 서류전형을 진행한 결과, 안타깝게도 이번에는 다음 단계로 모시지 못하게 되었습니다. 지원해 주신 시간과 정성에 다시 한번 감사드리며, 앞으로 좋은 일만 있으시길 바랍니다.\n\n한빛솔루션 인사팀 드림",
    lang="ko", sender="hr", rcpt=("박서연|seoyeon.park",), co=("한빛솔루션|hanbitsol",))
rej("zh-cn-interview", "面试结果通知",
    "{last}同学，您好：\n\n感谢您参加我司产品运营岗位的第二轮面试。经过综合评估，很遗憾您未能进入下一轮。祝您求职顺利！\n\n星河互动 招聘组",
    lang="zh", sender="hr", rcpt=("王 子涵|zihan.wang",), co=("星河互动|xinghe",))
rej("ru-other-candidate", "Ответ по вакансии «Инженер-сметчик»",
    "Здравствуйте, {first}!\n\nСпасибо, что уделили время собеседованию. К сожалению, мы приняли решение в пользу другого кандидата, у которого больше опыта работы с объектами инфраструктуры. Ваше резюме мы сохраним в нашей базе.\n\nС уважением,\n{signer}\nотдел персонала",
    lang="ru", rcpt=("Дмитрий Соколов|dmitry.sokolov",), signer=("Ирина Белова|irina.belova",), co=("СтройПроект|stroyproekt",))
rej("ar-eg-formal", "بخصوص طلب التوظيف – محاسب",
    "الأستاذ {first} المحترم،\n\nنشكرك على اهتمامك بالعمل لدى شركتنا وعلى حضورك المقابلة الشخصية. نأسف لإبلاغك بأنه قد تم اختيار مرشح آخر لشغل وظيفة المحاسب، وسنحتفظ ببياناتك للفرص القادمة.\n\nوتفضلوا بقبول فائق الاحترام،\nقسم شؤون العاملين",
    lang="ar", sender="hr", rcpt=("أحمد منصور|ahmed.mansour",), co=("النيل للتجارة|nile-trading",))
rej("tr-surec", "Başvurunuz hakkında",
    "Merhaba {first} Hanım,\n\nSatın Alma Uzmanı başvurunuz ve mülakattaki samimi sohbet için sağ olun. Değerlendirmelerimizi tamamladık; bu pozisyonda tercihimizi deneyimi daha uygun olan başka bir adaydan yana kullandık.\n\nYolunuz açık olsun.\n\nİnsan Kaynakları",
    lang="tr", sender="hr", rcpt=("Elif Aydın",), co=("Boğaziçi Gıda",))
rej("cs-jiny", "Výběrové řízení – účetní",
    "Dobrý den, paní {last},\n\nděkujeme, že jste se ucházela o místo účetní, a za čas, který jste věnovala pohovoru. Rozhodli jsme se pokračovat s jinou uchazečkou, která má praxi se mzdovou agendou.\n\nS pozdravem\n{signer}\npersonální oddělení",
    lang="cs", rcpt=("Tereza Novotná",), signer=("Jana Dvořáková",), co=("Vltavská strojírna",))
rej("lv-cits", "Par Jūsu pieteikumu",
    "Labdien, {first}!\n\nPaldies par Jūsu pieteikumu klientu apkalpošanas speciālista amatam un laiku, ko veltījāt intervijai. Diemžēl šoreiz izvēlējāmies citu kandidātu, kura pieredze vairāk atbilst mūsu komandas vajadzībām.\n\nNovēlam veiksmi turpmāk!\n\nAr cieņu,\n{signer}\nPersonāla daļa",
    lang="lv", rcpt=("Kristaps Ozoliņš",), signer=("Ilze Kalniņa",), co=("Daugavas Tīkli",))
rej("sq-faza", "Rezultati i aplikimit",
    "I nderuar {first},\n\nJu falënderojmë për aplikimin tuaj për pozicionin e Asistentit të Marketingut. Pas shqyrtimit të të gjitha aplikimeve, fatkeqësisht nuk jeni përzgjedhur për fazën e intervistës.\n\nJu urojmë suksese!\n\nMe respekt,\nBurimet Njerëzore",
    lang="sq", sender="hr", rcpt=("Arbër Krasniqi",), co=("Iliria Telekom",))
rej("gl-proceso", "A túa candidatura",
    "Ola, {first}:\n\nGrazas pola túa candidatura ao posto de técnica de comunicación. Lamentamos comunicarche que, despois de valorar todas as persoas candidatas, non continúas no proceso de selección.\n\nMoita sorte!\n\nUn saúdo,\n{signer}\nCooperativa Mar de Arousa",
    lang="gl", rcpt=("Uxía Castro",), signer=("Brais Otero",), co=("Mar de Arousa",))
rej("eu-hautagaitza", "Zure hautagaitza",
    "Kaixo {first},\n\nEskerrik asko administrari lanposturako aurkeztu duzun hautagaitzagatik. Tamalez, hautaketa-prozesua amaitu da eta beste hautagai bat aukeratu dugu lanpostu honetarako.\n\nZorte on etorkizunean!\n\nGiza Baliabideak",
    lang="eu", sender="hr", rcpt=("Ane Etxeberria",), co=("Urola Elikagaiak",))
rej("mt-pozizzjoni", "Applikazzjoni għall-pożizzjoni ta' Skrivan",
    "Għażiż {first},\n\nGrazzi tal-applikazzjoni tiegħek u tal-ħin li tajtna waqt l-intervista. Jiddispjaċina ngħarrfuk li ma ntgħażiltx għal din il-pożizzjoni.\n\nNawgurawlek kull suċċess.\n\nDipartiment tar-Riżorsi Umani",
    lang="mt", sender="hr", rcpt=("Matthew Camilleri",), co=("Kunsill Lokali ta' Ħal Qormi|halqormi",))
rej("mk-drug", "Одговор на пријавата",
    "Почитуван {first},\n\nВи благодариме за пријавата за работното место програмер и за времето што го издвоивте за интервјуто. За жал, одлучивме да продолжиме со друг кандидат.\n\nВи посакуваме успех понатаму.\n\nСо почит,\nЧовечки ресурси",
    lang="mk", sender="hr", rcpt=("Стефан Трајковски|stefan.trajkovski",), co=("Вардар Софт|vardarsoft",))
rej("az-namized", "Müraciətinizlə bağlı",
    "Hörmətli {first},\n\nMüraciətiniz və müsahibəyə ayırdığınız vaxt üçün təşəkkür edirik. Təəssüf ki, mühasib vakansiyası üzrə başqa namizədə üstünlük verdik.\n\nSizə uğurlar arzulayırıq.\n\nHörmətlə,\nİnsan resursları şöbəsi",
    lang="az", sender="hr", rcpt=("Leyla Məmmədova|leyla.mammadova",), co=("Xəzər Logistika|xazarlog",))
rej("ka-kandidati", "თქვენი განაცხადის შესახებ",
    "გამარჯობა, {first}!\n\nგმადლობთ, რომ გამოიჩინეთ ინტერესი გაყიდვების მენეჯერის პოზიციის მიმართ. სამწუხაროდ, ამჯერად სხვა კანდიდატი შევარჩიეთ. გისურვებთ წარმატებას!\n\nპატივისცემით,\nადამიანური რესურსების განყოფილება",
    lang="ka", sender="hr", rcpt=("ნინო ბერიძე|nino.beridze",), co=("მთაწმინდა ჯგუფი|mtatsminda",))
rej("hy-teknatsu", "Ձեր դիմումի վերաբերյալ",
    "Հարգելի {first},\n\nՇնորհակալություն հաշվապահի պաշտոնի համար դիմելու և հարցազրույցին մասնակցելու համար։ Ցավոք, այս անգամ ընտրել ենք այլ թեկնածուի։\n\nՄաղթում ենք հաջողություն։\n\nՀարգանքով՝\nՄարդկային ռեսուրսների բաժին",
    lang="hy", sender="hr", rcpt=("Արամ Պետրոսյան|aram.petrosyan",), co=("Արարատ Տեխ|ararattech",))
rej("ur-umeedwar", "آپ کی درخواست کے بارے میں",
    "محترم {first} صاحب،\n\nاسسٹنٹ مینیجر کی آسامی کے لیے درخواست دینے اور انٹرویو میں شرکت کا شکریہ۔ افسوس کے ساتھ مطلع کیا جاتا ہے کہ اس آسامی کے لیے کسی اور امیدوار کا انتخاب کر لیا گیا ہے۔\n\nآپ کے لیے نیک تمنائیں۔\n\nشعبہ انسانی وسائل",
    lang="ur", sender="hr", rcpt=("عمران قریشی|imran.qureshi",), co=("سندھ ٹیکسٹائل|sindhtextile",))
rej("bn-prarthi", "আপনার আবেদন সম্পর্কে",
    "প্রিয় {first},\n\nজুনিয়র অফিসার পদে আবেদন করার এবং সাক্ষাৎকারে অংশ নেওয়ার জন্য আপনাকে ধন্যবাদ। দুঃখের সাথে জানাচ্ছি যে এই পদের জন্য অন্য একজন প্রার্থীকে নির্বাচন করা হয়েছে।\n\nআপনার ভবিষ্যতের জন্য শুভকামনা রইল।\n\nমানবসম্পদ বিভাগ",
    lang="bn", sender="hr", rcpt=("তানভীর আহমেদ|tanvir.ahmed",), co=("পদ্মা ফিনান্স|padmafinance",))
rej("ta-therndhu", "உங்கள் விண்ணப்பம் குறித்து",
    "அன்புள்ள {first},\n\nகணக்காளர் பணிக்கு விண்ணப்பித்ததற்கும் நேர்காணலில் கலந்துகொண்டதற்கும் நன்றி. வருந்துகிறோம், இந்தப் பணிக்கு வேறொரு விண்ணப்பதாரரைத் தேர்ந்தெடுத்துள்ளோம்.\n\nஉங்கள் எதிர்காலத்துக்கு வாழ்த்துகள்.\n\nமனிதவளத் துறை",
    lang="ta", sender="hr", rcpt=("கார்த்திக் சுப்பிரமணியன்|karthik.s",), co=("காவேரி மென்பொருள்|kaverisoft",))

# --------------------------------------------------------------------------- others: confirmations
AR = "application_received"
oth(AR, "rcv-quillpath", "Application received: {role}",
    "Application received\n\n{role} ({req})\n{co}\n\nWhat happens now: a recruiter reads every application. If it's a no, the status here changes to Unsuccessful and we send you an e-mail; if it's a yes, someone from the team phones you.\n\nYou don't need to reply to this message.",
    n=2, sender="quillpath")
oth(AR, "rcv-tallyroll", "We've got your application – {role}",
    "Thanks for applying for {role} at {co}.\n\nYour candidacy is open. If the team decides not to progress it, we'll close it and let you know here; otherwise expect a call within ten working days.\n\n—\nTallyroll · candidate notifications · tallyroll.example/prefs",
    n=2, sender="tallyroll")
oth(AR, "rcv-ferntrack-table", "{co} – application received",
    "<html><body><p>Hi {first},</p><p>Thanks for applying. Here is where your application is:</p><table border=\"1\" cellpadding=\"4\"><tr><td>Role</td><td>{role}</td></tr><tr><td>Stage</td><td>Received</td></tr><tr><td>Result</td><td>Pending</td></tr></table><p>A decline or an invitation will both show up in this table first.</p><p style=\"font-size:11px;color:#888\">Powered by Ferntrack</p></body></html>",
    n=2, sender="ferntrack")
oth(AR, "rcv-footer-thirty-days", "Thanks for applying – {role}",
    "Dear {first},\n\nThank you for applying for {role}. We read every form ourselves. If a month passes after the closing date and we've been quiet, read that as a no this time.\n\nPeople Team, {co}",
    n=2, sender="hr", foot=("coop", "podcast"))
oth(AR, "rcv-footer-only-match", "Application acknowledgement",
    "Dear {first},\n\nYour application for {role} has reached us. With so many coming in, we'll get in contact only if your background lines up with the hiring manager's brief.\n\nKind regards,\n{co} Recruitment",
    n=2, sender="hr", foot=("disclaimer", "disclaimer"))
oth(AR, "rcv-footer-either-way", "{role}: we have your application",
    "Hi {first},\n\nYour application for {role} is in. Interview or no interview, an e-mail will tell you once shortlisting closes on the 14th.\n\nThe {co} hiring team",
    n=2, sender="careers", foot=("alert", "alert"))
oth(AR, "rcv-chaplain", "Healthcare Chaplain – application received",
    "Dear {first},\n\nYour Healthcare Chaplain application is in. Please note that applications without the written endorsement of your faith community cannot be shortlisted, so if you have not yet attached it, please send it to this address before the closing date.\n\nSpiritual Care Department",
    n=2, sender="Spiritual Care <spiritual.care@pellucid-nhs.example>", role=("Healthcare Chaplain",))
oth(AR, "rcv-mystery-shopper", "Welcome to the shopper waiting list",
    "Hi {first},\n\nThanks for signing up to shop for us. If your postcode is already covered, your details wait on our list until a spot opens. No further action from you.\n\nThe Shopper Support team, Secret Basket",
    n=2, sender="Secret Basket <shoppers@secretbasket.example>", role=("Mystery Shopper",))
oth(AR, "rcv-ranger", "Seasonal ranger application received",
    "Dear {first},\n\nYour application to be a seasonal ranger with Cairnmoor National Park Authority has arrived. Several hundred come in and individual replies are beyond us; silence by 15 April means the season's posts went to other applicants.\n\nRanger Service",
    n=2, sender="Cairnmoor NPA <rangers@cairnmoor.example>", role=("Seasonal Ranger",))
oth(AR, "rcv-prison-sift", "Application submitted – Prison Officer",
    "Dear {name},\n\nYour application for Prison Officer has been submitted. Sadly the sift produces no personal feedback, but the result, pass or fail, will appear in your account within four weeks.\n\nPrison Officer Recruitment",
    n=2, sender="Prison Officer Recruitment <noreply@prisonjobs.gov.example>", role=("Prison Officer",))
oth(AR, "rcv-filled-merge", "Your application for {role}",
    "Dear {first},\n\nYour {role} application at {co} is with us, and a person reads each one. Should we decide against it, you'll still get a message: either way, expect an answer within three weeks.\n\n{signer}\n{co} Talent Team",
    n=2, sender="careers")
oth(AR, "rcv-memo", "RE: Application – {role}",
    "MEMORANDUM\n\nTO: {name}\nFROM: Human Resources, {co}\nDATE: {date_short}\nRE: Application – {role}\n\n1. Your application for the above position has been received.\n2. Unshortlisted candidates get a written note once the panel has sat.\n3. Please quote HR/REC/{ref3} in any correspondence.",
    n=2, sender="hr")
oth(AR, "rcv-video-transcript", "{sfirst} sent you a video message",
    "{sfirst} from {co} sent you a video message (0 min 48 s).\n\nTranscript (generated automatically):\n\"Hi {first}, it's {sfirst} from {co}. Just to say your application for {role} came through fine. Unfortunately I'm away next week so you won't hear anything before the 20th, but nobody has been turned away yet and you're firmly in the running.\"\n\nWatch the video · Reply with a video\nSent with Clipnote",
    n=2, sender="{signer} via Clipnote <share@clipnote.example>")
oth(AR, "rcv-campus", "Application submitted via Campuslink",
    "Your application to {co} for Graduate Analyst has been submitted.\n\nEmployers on Campuslink commit to answering every applicant, yes or no, within 21 days. Still silent after that? There's a nudge button on your dashboard.\n\nCampuslink, the careers network of your university",
    n=2, sender="Campuslink <messages@campuslink.example>", role=("Graduate Analyst",))
oth(AR, "rcv-agency-ring", "CV sent to client",
    "Hi {first},\n\nQuick one: your CV went to the client at nine today. They take their time. If it's a pass, you'll get a call from me with the reasons; nobody on my desk is left guessing.\n\n{signer}\nRidgeback Talent",
    n=2, sender="{signer} <{slocal}@ridgebacktalent.example>")
oth(AR, "rcv-state-minquals", "Application Received – {role}",
    "State Personnel Board\nApplicant Notification\n\nApplicant: {name}\nExamination: {role}, Open, Continuous\n\nYour application has arrived; staff will now compare it with the minimum qualifications. Failing them brings a notice with the reasons; meeting them means a slot in the written examination.",
    n=2, sender="State Personnel Board <exams@spb.state.example>", role=("Environmental Scientist II", "Air Resources Specialist I"))
oth(AR, "rcv-residency", "Rank order list certified",
    "Dear Dr {last},\n\nYour rank order list for the 2026 residency match has been certified. Results are released at noon on 20 March. You will find out then whether or not you have matched, and to which programme.\n\nNational Residency Placement Service",
    n=2, sender="NRPS <results@nrps.example>", role=("Resident Physician",))
oth(AR, "rcv-crowd", "Submission received: 'Harbour Lights' crowd day",
    "Hi {first},\n\nYour crowd-day submission is in. Only the people we book get a message, so no message by Wednesday evening means it isn't a yes for this one. Your profile stays live for the pub scenes next month.\n\n{signer}\nBackground Casting, Pier Nine Casting",
    n=2, sender="{signer} <{slocal}@piernine.example>", role=("Background Artist",))
oth(AR, "rcv-secure-portal", "You have a new message in the candidate portal",
    "You have a new secure message from {co}.\n\nSubject: Application received\n\n\"Dear {first}, your application is complete. Should it fail at this stage, a note will appear in this portal; successful applicants will receive an assessment centre invitation.\"\n\nSign in to the candidate portal to read your messages. Do not reply to this e-mail.",
    n=2, sender="noreply")
oth(AR, "rcv-quoted-printable", "Re: {role}",
    "Hi {first},=20\n\nThanks for sending your CV. We=E2=80=99ve got it and we=E2=80=99ll be =\nshortlisting next week. If you=E2=80=99re not shortlisted we=E2=80=99ll still =\ntell you, so you won=E2=80=99t be left wondering.=20\n\nAll the best,=20\n{sfirst}",
    n=2, role=("Account Manager",))
oth(AR, "ja-rcv", "【エントリー受付完了】{co}",
    "{last}様\n\nこの度は弊社新卒採用にエントリーいただき、誠にありがとうございます。エントリーシートの選考結果は、合否にかかわらず5月中旬までにマイページにてお知らせいたします。\n\n株式会社ミナトリンク 人事部",
    lang="ja", sender="hr", rcpt=("山本 彩花|ayaka.yamamoto",), co=("ミナトリンク|minatolink",))
oth(AR, "de-rcv", "Eingangsbestätigung Ihrer Bewerbung",
    "Sehr geehrter Herr {last},\n\nvielen Dank für Ihre Bewerbung als Sachbearbeiter Einwohnerdienste. Sollten Sie bis Ende Monat nichts von uns hören, konnten wir Ihre Bewerbung leider nicht berücksichtigen.\n\nFreundliche Grüsse\nGemeinde Oberwilen, Personaldienst",
    lang="de", sender="hr", rcpt=("Lukas Meier",), co=("Gemeinde Oberwilen",))
oth(AR, "es-rcv", "Recibimos tu postulación",
    "Hola {first}, ¡gracias por postular a Analista de Operaciones! Revisaremos todos los antecedentes y, sea cual sea el resultado, te escribiremos antes del 30 de este mes.\n\nEquipo de Personas, Andes Cargo SpA",
    lang="es", sender="hr", rcpt=("Fernanda Rojas",), co=("Andes Cargo SpA",))
oth(AR, "fr-rcv", "Accusé de réception – Éducatrice en petite enfance",
    "Bonjour,\n\nNous accusons réception de votre candidature. Nous appelons seulement les personnes convoquées en entrevue. Si le téléphone reste muet trois semaines, c'est que le comité a fait un autre choix.\n\nCPE Les Petits Pins",
    lang="fr", sender="hr", rcpt=("Maude Gagnon",), co=("CPE Les Petits Pins",))
oth(AR, "lv-rcv", "Pieteikums saņemts",
    "Labdien, {first}!\n\nPaldies, Jūsu pieteikums ir saņemts. Ja divu nedēļu laikā nesazināsimies, tas nozīmē, ka šoreiz izvēlējāmies citu kandidātu.\n\nAr cieņu,\nDaugavas Tīkli, Personāla daļa",
    lang="lv", sender="hr", rcpt=("Anna Bērziņa",), co=("Daugavas Tīkli",))
oth(AR, "ur-rcv", "درخواست موصول ہو گئی",
    "محترم {first} صاحب،\n\nآپ کی درخواست موصول ہو گئی ہے۔ صرف منتخب امیدواروں سے انٹرویو کے لیے رابطہ کیا جائے گا۔ اگر تین ہفتوں میں آپ سے رابطہ نہ ہو تو سمجھیں کہ اس بار آپ کا انتخاب نہیں ہوا۔\n\nشعبہ انسانی وسائل",
    lang="ur", sender="hr", rcpt=("بلال احمد|bilal.ahmed",), co=("سندھ ٹیکسٹائل|sindhtextile",))

# --------------------------------------------------------------------------- others: interviews
oth("interview", "int-thread-last-round", "RE: [EXT] Re: {role} – final conversation",
    "Hi {first},\n\nSorry this dragged. The wash-up with {hm} and the team finished ten minutes ago, and the verdict is a last round for you: forty minutes with {hm} and our CFO on {day} at 2pm. Could you let me know if that works?\n\nBest,\n{signer}\n\nFrom: {name}\nSent: {prev_outlook}\nTo: {signer}\nSubject: Re: [EXT] Re: {role} – final conversation\n\nHi {sfirst}, any news on the timeline? Happy to wait, just planning my month. Thanks, {first}",
    n=2)
oth("interview", "int-clash", "Your interview – change of day",
    "Hi {first},\n\nUnfortunately {hm} has been pulled into the board on Thursday. Would {day} work instead for your {role} interview, same time, 10:30? Sorry for the shuffle, and do say if that's hard for you.\n\nKind regards,\n{signer}",
    n=2)
oth("interview", "int-callback-casting", "Call-back: 'Harbour Lights'",
    "Hi {first},\n\nThe director wants you at the call-back for the featured stallholder on {day} at 11:15, Studio 3, Pier Nine. Bring the market coat from your photos if you still have it.\n\n{signer}\nBackground Casting, Pier Nine Casting",
    n=2, sender="{signer} <{slocal}@piernine.example>", role=("Background Artist",))
oth("interview", "int-sommelier-tasting", "Assistant Sommelier – tasting and service",
    "Dear {first},\n\nYour application caught our eye. Please come in on {day} at 3pm for a blind tasting of four wines followed by half an hour of floor service during the early sitting. Black trousers and closed shoes, please.\n\nKind regards,\n{signer}\nHead Sommelier",
    n=2, co=("Copperbeech Hotels", "Orrin House Hotel"), role=("Assistant Sommelier",))
oth("interview", "int-prison-assessment", "Book your assessment day",
    "Dear {name},\n\nCongratulations, you have passed the online tests for Prison Officer. Please book your assessment day (role-play exercises, a written exercise and a fitness check) in your account by {due}. Slots in your area fill quickly.\n\nPrison Officer Recruitment",
    n=2, sender="Prison Officer Recruitment <noreply@prisonjobs.gov.example>", role=("Prison Officer",))
oth("interview", "int-radio-studio", "Your demo – come in for a session",
    "Hi {first},\n\nWe liked your demo for the weekend breakfast slot. Could you come in on {day} evening and do a forty-minute dry run in Studio B with our programme controller? No listeners, just us.\n\nCheers,\n{signer}\nStation Manager, Valley 104.6",
    n=2, sender="{signer} <{slocal}@valley1046.example>", role=("Weekend Presenter",))
oth("interview", "int-barber-trade-test", "Trade test Saturday?",
    "Hi {first},\n\nThanks for your message about the chair. Could you come in on Saturday at 10 for a trade test? Bring your own clippers; we'll find you a model. Should take about an hour.\n\n{sfirst}\nHead Barber, Low Street Barbers",
    n=2, sender="Low Street Barbers <hello@lowstreetbarbers.example>", role=("Barber",))
oth("interview", "int-memo", "RE: Interview – {role}",
    "MEMORANDUM\n\nTO: {name}\nFROM: Human Resources, {co}\nDATE: {date_short}\nRE: Interview – {role}\n\n1. You are invited to attend an interview on {day} at 09:30 at the Head Office, 2nd Floor.\n2. Please bring originals of your certificates and one form of photo ID.\n3. Kindly confirm attendance by return.",
    n=2, sender="hr")
oth("interview", "int-dive-check", "Dive instructor – skills check",
    "Hi {first},\n\nThanks for getting in touch. We'd like to do a pool skills check and a short teaching demo with you on {day} morning at the centre in Xlendi. Bring your logbook and instructor card.\n\nSafe diving,\n{signer}\nBlue Lagoon Divers, Gozo",
    sender="Blue Lagoon Divers <crew@bluelagoondivers.example>", role=("Dive Instructor",))
oth("interview", "int-call-handler", "Emergency Medical Dispatcher – simulation booking",
    "Dear {first},\n\nGood news: you're through to the call-handling simulation and interview on {day} at 13:00 at the Emergency Operations Centre. The simulation lasts about 45 minutes and you will wear a headset.\n\nAmbulance Service Recruitment",
    sender="Ambulance Service Recruitment <recruitment@westernambulance.example>", role=("Emergency Medical Dispatcher",))
oth("interview", "it-colloquio", "Invito a colloquio – Addetta alla reception",
    "Gentile {first},\n\nabbiamo letto con piacere il suo curriculum. Le proponiamo un colloquio giovedì alle ore 11 in hotel. Purtroppo il parcheggio interno è chiuso per lavori: le consigliamo quello comunale in piazza.\n\nCordiali saluti,\nUfficio Personale, Hotel Belvedere Lago",
    lang="it", sender="hr", rcpt=("Chiara Bonetti",), co=("Hotel Belvedere Lago",))
oth("interview", "tr-mulakat", "Mülakat daveti",
    "Merhaba {first} Bey,\n\nSatın Alma Uzmanı pozisyonu için yaptığınız başvuru olumlu değerlendirildi. Perşembe öğleden sonra ikide ofisimizde sizinle tanışmak isteriz. Uygun olup olmadığınızı bildirir misiniz?\n\nİnsan Kaynakları, Boğaziçi Gıda",
    lang="tr", sender="hr", rcpt=("Emre Yıldız",), co=("Boğaziçi Gıda",))

# --------------------------------------------------------------------------- others: next steps
oth("next_steps", "nxt-quillpath-assessment", "Action needed: online assessment for {role}",
    "Action needed\n\n{role} ({req})\n{co}\n\nPlease complete the 35-minute online assessment by {due}. After that date the link closes and the application can't move on, so find a quiet half hour before the deadline.\n\nYou don't need to reply to this message.",
    n=2, sender="quillpath")
oth("next_steps", "nxt-references", "References – {role}",
    "Dear {first},\n\nThank you for a very good interview. Next come references: two names, one of whom manages you today (or did most recently). Please send their names and e-mail addresses by {due}.\n\nKind regards,\n{signer}",
    n=2)
oth("next_steps", "nxt-tallyroll-consent", "Background check consent needed – {role}",
    "{co} would like to run a background check as the next step for {role}.\n\nTick the consent box and add your ID in Tallyroll by {due}. Candidacies without consent by then are paused.\n\n—\nTallyroll · candidate notifications · tallyroll.example/prefs",
    n=2, sender="tallyroll")
oth("next_steps", "nxt-interpreter-exercise", "Community interpreter panel – recorded exercise",
    "Dear {first},\n\nThank you for applying to the community interpreter panel. The next step is a recorded consecutive exercise: listen to the two dialogues in the link and upload your interpretation by {due}. Recordings received after that date won't be marked.\n\nLanguage Services Team",
    n=2, sender="Language Services <panel@linguaserve.example>", role=("Community Interpreter",))
oth("next_steps", "nxt-subtitle-test", "Subtitling test file",
    "Dear {first},\n\nGlad you'd like to join our roster. Please subtitle the attached twelve-minute clip to our style guide (42 characters a line, two lines maximum) and return the .srt by {due}.\n\nVendor Management, Captionworks",
    n=2, sender="Captionworks Vendor Management <vendors@captionworks.example>", role=("Freelance Subtitler",))
oth("next_steps", "nxt-qa-exercise", "QA Tester – bug report exercise",
    "Hi {first},\n\nThanks for applying. Next step is a short exercise: install the attached build, find what you can in an hour, and send us up to five bug reports with repro steps and logs by {due}.\n\nGood luck,\n{signer}\nQA Lead, {co}",
    n=2, co=("Pinemarten Games", "Wrenfield Software"), role=("QA Tester",))
oth("next_steps", "nxt-right-to-work", "Right to work documents – {role}",
    "Dear {first},\n\nAs the next step for {role}, please put your passport scan or share code into the candidate portal by {due}. No start date can be confirmed until it's there.\n\nPeople Team, {co}",
    n=2, sender="hr", foot=("disclaimer", "coop"))
oth("next_steps", "nxt-sia-upload", "Door supervisor – licence upload",
    "Hi {first}, thanks for applying for weekend door work. Please send a photo of both sides of your SIA licence by {due} so we can put you on the rota. {signer}",
    co=("Velvet Room Leisure",), role=("Door Supervisor",))
oth("next_steps", "nxt-antarctic-medical", "Winter team 2026 – medical forms",
    "Dear {first},\n\nYou are on the shortlist for the Field Electrician post on the 2026 winter team. Please book the medical and dental examinations and return the completed forms by {due}; the station medical officer reviews them before any offer.\n\nPolar Operations Recruitment",
    sender="Polar Operations <recruitment@polarops.example>", role=("Field Electrician",))
oth("next_steps", "nxt-drone-logbook", "Drone pilot – logbook and insurance",
    "Hello {first},\n\nThanks for applying to fly for our survey team. Please send a copy of your GVC, your flight log and your insurance certificate by {due}, and we'll book a practical flight.\n\n{signer}\nFlight Operations, Skyledger Surveys",
    sender="{signer} <{slocal}@skyledger.example>", role=("Drone Pilot",))
oth("next_steps", "nxt-pharmacy-preferences", "Foundation training – rank your preferences",
    "Dear {first},\n\nYou have passed the assessment for foundation pharmacist training. Please rank your preferred training sites in the portal by {due}. If you miss the deadline you will be allocated after everyone who ranked on time.\n\nFoundation Training Recruitment",
    sender="Foundation Training Recruitment <noreply@pharmtraining.example>", role=("Foundation Trainee Pharmacist",))
oth("next_steps", "nl-documenten", "Volgende stap: documenten",
    "Beste {first},\n\nProficiat, je bent geslaagd voor de selectieproef. Bezorg ons vóór vrijdag een kopie van je diploma en een recent uittreksel uit het strafregister. Zonder deze documenten kunnen we je niet uitnodigen voor het gesprek.\n\nDienst Personeel, Stad Lierbeek",
    lang="nl", sender="Stad Lierbeek <personeel@lierbeek.example>", rcpt=("Lotte Peeters",))
oth("next_steps", "ka-dokumentebi", "შემდეგი ეტაპი",
    "გამარჯობა, {first}!\n\nგმადლობთ განაცხადისთვის. გთხოვთ, პარასკევამდე გამოგვიგზავნოთ რეკომენდაციები და დიპლომის ასლი, რათა გასაუბრებაზე მოგიწვიოთ.\n\nადამიანური რესურსების განყოფილება",
    lang="ka", sender="hr", rcpt=("გიორგი კაპანაძე|giorgi.kapanadze",), co=("მთაწმინდა ჯგუფი|mtatsminda",))

# --------------------------------------------------------------------------- others: offers
oth("offer", "off-thread", "RE: [EXT] Re: Project Architect – Thursday",
    "Hi {first},\n\nA quick note after Thursday, as promised. The partners want you as Project Architect, starting on the school extension. Contract to follow tomorrow; salary as we discussed.\n\nYour sketchbook was a real pleasure to go through.\n\n{signer}\nAssociate\n\n________________\nFrom: {name}\nSent: {prev_outlook}\nTo: {signer}\nSubject: Re: [EXT] Re: Project Architect – Thursday\n\nThanks {sfirst}, I'll bring the sketchbook and the A3 set.",
    n=2, co=("Orrin & Sallow Architects", "Ashcombe Design Studio"), role=("Project Architect",))
oth("offer", "off-barber-phone", "Re: Barber chair",
    "Chair's going if you want it. Tuesday start? {sfirst}",
    n=2, sender="Low Street Barbers <hello@lowstreetbarbers.example>", role=("Barber",), mobile=True)
oth("offer", "off-footer-letter", "Offer of employment – {role}",
    "Dear {first},\n\nIt's a pleasure to offer you the {role} job at {co}. Attached are your contract and the starter forms; signed copies within seven days, please.\n\nUnfortunately our induction dates are fixed, so your first day would be Monday the 2nd.\n\nYours sincerely,\n{signer}",
    n=2, foot=("podcast", "alert"))
oth("offer", "off-brewery", "Apprentice brewer – good news",
    "Hi {first},\n\nGood to have you at the brewhouse last week. We'd love to have you as our apprentice brewer. Wellies provided; the college day is Wednesday.\n\nCheers,\n{sfirst}\nHead Brewer, Sixpenny Brewing Co.",
    sender="Sixpenny Brewing Co. <brew@sixpenny.example>", role=("Apprentice Brewer",))
oth("offer", "off-ranger", "Seasonal ranger – offer",
    "Dear {first},\n\nWe are pleased to offer you a seasonal ranger post with Cairnmoor National Park Authority from 1 April to 30 September, based at the Glenbrae visitor centre. Please confirm within ten days.\n\nRanger Service",
    sender="Cairnmoor NPA <rangers@cairnmoor.example>", role=("Seasonal Ranger",))
oth("offer", "off-residency", "Match results",
    "Dear Dr {last},\n\nThe results of the 2026 residency match are now available. Congratulations: you have matched to the Internal Medicine programme at Northfold University Hospitals. The programme will contact you about contracts.\n\nNational Residency Placement Service",
    sender="NRPS <results@nrps.example>", role=("Resident Physician",))
oth("offer", "off-tattoo", "Apprenticeship",
    "Hey {first}, your new flash sheets are a big step up. We'd like to take you on as an apprentice from next month, three days a week to start. Come in and we'll talk it through. {sfirst} @ Ironbark Tattoo",
    sender="Ironbark Tattoo <ironbarktattoo@example.net>", role=("Tattoo Apprentice",), mobile=True)
oth("offer", "off-unfortunately-salary", "Your offer – {role}",
    "Hi {first},\n\nYour presentation won the room, and we'd like to offer you the role. Unfortunately we can't quite reach the salary you asked for; our ceiling is £41,500, with a review after six months. Have a think and call me.\n\n{signer}",
    role=("Communications Officer",))
oth("offer", "pl-oferta", "Propozycja zatrudnienia",
    "Szanowny Panie,\n\nz przyjemnością przedstawiamy propozycję zatrudnienia na stanowisku Specjalisty ds. logistyki. Szczegóły umowy przesyłamy w załączniku. Prosimy o odpowiedź do piątku.\n\nZ wyrazami szacunku\nDział HR, Mroźna Droga",
    lang="pl", sender="hr", rcpt=("Tomasz Jabłoński",), co=("Mroźna Droga",))

# --------------------------------------------------------------------------- others: other job mail
oth("other_job", "oth-no-decision", "Re: [EXT] Re: Digital Collections Librarian",
    "Dear {first},\n\nI promised to write as soon as the committee had met. Two members were ill, so it moved to next Thursday: no decision yet, and the post is still unfilled. I'll write again the moment I know.\n\nWith best wishes,\n{signer}\n\nOn {prev_gmail}, {name} wrote:\n> Dear {sfirst},\n> Many thanks for Thursday. Is there a date yet for the committee?",
    n=2, co=("Ashcombe University", "Highgarth College"), role=("Digital Collections Librarian",))
oth("other_job", "oth-withdrawn", "Your candidacy: {role}",
    "Your candidacy for {role} at {co} was withdrawn, as you asked.\n\nThe door stays open if you want to apply again.\n\n—\nTallyroll · candidate notifications · tallyroll.example/prefs",
    n=2, sender="tallyroll")
oth("other_job", "oth-paused", "{role} – hiring paused",
    "Hi {first},\n\nA quick update: the {role} vacancy is paused while finance settle next year's numbers, probably three or four weeks. Your application stays open, nobody has been appointed, and you'll hear from me the moment it restarts.\n\n{signer}",
    n=2)
oth("other_job", "oth-reference-request", "Reference request – {hm}",
    "Dear {first},\n\n{hm} is a candidate for our {role} post and named you as a referee. Would you fill in the two-minute form linked below before {due}? Your answers are confidential.\n\nPeople Team, {co}",
    sender="hr")
oth("job_alert", "alert-ferntrack", "New roles near you",
    "Hi {first}, here are this week's roles that match your saved search 'operations, Leeds'.",
    sender="Ferntrack Alerts <alerts@ferntrack.example>", foot=("alert",))
oth("job_alert", "alert-viewed-closed", "2 jobs you looked at have closed",
    "Hi {first},\n\nTwo jobs you looked at last week are no longer taking applications:\n• Events Coordinator – Oakapple Events\n• Marketing Assistant – Stonechat Travel\n\nHere are some similar roles that are still open:\n• Venue Coordinator – Copperbeech Hotels\n• Campaign Executive – Larchmont Media\n\nJobhound · Manage alerts",
    sender="Jobhound <alerts@jobhound.example>")
oth("job_alert", "alert-weekly-digest", "Your weekly job digest",
    "Good morning {first},\n\n14 new jobs for 'supply chain' within 20 miles:\n\n1. Supply Chain Planner – Marlpit Foods – £36k\n2. Demand Analyst – Saltgrass Retail – £34k\n3. Inventory Controller – Kestrel Lane Logistics – £31k\n\nWrong kind of job? Hit 'less like this'.\n\nJobhound · Unsubscribe",
    sender="Jobhound <alerts@jobhound.example>")
oth("recruiter_outreach", "outreach-pitch", "Opportunity – {role}",
    "Hi {first},\n\nSaw your profile while searching; any appetite for a conversation about a {role} role with a client of mine, a scale-up in the energy sector. Fully hybrid, strong team. Worth fifteen minutes? If the timing's wrong, no problem at all.\n\n{signer}\nRidgeback Talent",
    n=2, sender="{signer} <{slocal}@ridgebacktalent.example>")
oth("recruiter_outreach", "outreach-not-looking", "Not looking? Read this anyway",
    "Hi {first},\n\nCold messages are tiresome, and so is silence after interviews, so briefly: there's a {role} opening at {co}, and I reply to everyone who applies, yes or no. Interested?\n\n{signer}\nTalent Partner, {co}",
    n=2)

# --------------------------------------------------------------------------- others: rejection words, no job
NJ = "non_job_rejection_words"
oth(NJ, "nj-mortgage", "Your mortgage in principle",
    "Dear {first},\n\nThank you for your mortgage in principle application. Unfortunately a mortgage in principle can't be offered at the moment, based on the information you gave us and our credit checks.\n\nMortgage Team, Northfold Bank", sender="Northfold Bank <mortgages@northfoldbank.example>")
oth(NJ, "nj-app-store", "Your app submission was rejected",
    "Hello {first},\n\nYour submission of 'Tidy Tides 1.4' was rejected because the app asks for location data without explaining why. Please update the permission text and resubmit.\n\nApp Review", sender="App Review <review@appmarket.example>")
oth(NJ, "nj-trademark", "Trade mark application UK00004{ref3}",
    "Dear {name},\n\nOur examiner has looked at the BREWLINE trade mark filing. It must be refused under section 5(2) because of an earlier mark for similar goods. You have two months to respond.\n\nTrade Marks Examination", sender="Trade Marks <tm.examination@ipo.gov.example>")
oth(NJ, "nj-short-story", "Your submission to Lamplight Quarterly",
    "Dear {first},\n\n'The Salt Road' has been read by two of us. It isn't right for the magazine, so we're declining it. We hope you'll send us something else.\n\nThe Editors", sender="Lamplight Quarterly <submissions@lamplightq.example>")
oth(NJ, "nj-dog-adoption", "Your application to adopt Biscuit",
    "Hi {first},\n\nBiscuit's foster carer read your form with a big smile. After the home checks, we've chosen another family with a secure garden and no other dogs, which suits his nerves best. We're so sorry.\n\nHollybank Dog Rescue", sender="Hollybank Dog Rescue <rehoming@hollybank.example>")
oth(NJ, "nj-poster-abstract", "Abstract decision – poster session",
    "Dear {first},\n\nYour abstract has been through review. The programme committee received far more than it could accept, and regrettably your abstract did not make the poster programme.\n\nConference Secretariat", sender="Conference Secretariat <abstracts@coastecology.example>")
oth(NJ, "nj-tennis-club", "Membership application",
    "Dear {first},\n\nThank you for applying for membership. The committee is not accepting new adult members this season as the courts are at capacity; your name is now on the waiting list.\n\nMembership Secretary, Elmhurst Lawn Tennis Club", sender="Elmhurst LTC <membership@elmhurstltc.example>")
oth(NJ, "nj-refund", "Your refund request",
    "Hi {first},\n\nWe've looked at your refund request for order 88{ref3}. The parcel reached us on day 41, outside the 30-day returns period, so the request has been declined. Sorry we couldn't help.\n\nCustomer Care", sender="Saltgrass Retail <care@saltgrass.example>")
oth(NJ, "nj-photo-competition", "Coastlines photo competition",
    "Hi {first},\n\nThank you for entering the Coastlines competition. The judges have made their shortlist and your entry wasn't among the 20 chosen. Thousands of photos came in.\n\nThe Coastlines team", sender="Coastlines <competition@coastlines.example>")
oth(NJ, "nj-season-ticket", "Season ticket ballot result",
    "Dear {first},\n\nUnfortunately your application in the season ticket ballot was unsuccessful. Your waiting-list place is kept, and single-match tickets are still on sale to you.\n\nTicket Office", sender="Ticket Office <tickets@kingsmeadstadium.example>")
oth(NJ, "nj-holiday-let", "Booking request declined",
    "Hi {first},\n\nYour booking request for Harbour Cottage, 12–19 August, was declined by the host. Your card has not been charged. Here are similar cottages nearby.\n\nStaycoast", sender="Staycoast <bookings@staycoast.example>")
oth(NJ, "nj-restaurant", "Your table request",
    "Hi {first},\n\nSorry, we can't accept your request for eight on Saturday at 8pm; we're fully booked. An early table at half five works, or Sunday any time.\n\nOsteria Nove", sender="Osteria Nove <book@osterianove.example>")
oth(NJ, "nj-parking-permit", "Resident parking permit application",
    "Dear {name},\n\nYour application for a resident parking permit has been refused because the proof of address you sent is older than three months. Please apply again with a recent document.\n\nParking Services, Wexham Borough Council", sender="Wexham Borough Council <parking@wexham.gov.example>")
oth(NJ, "nj-bank-account", "Your account application",
    "Dear {first},\n\nThank you for applying for a business account. We're sorry, but we can't open the account, as we were not able to verify the company's registered address.\n\nBusiness Banking, Sablecroft Finance", sender="Sablecroft Finance <business@sablecroft.example>")
oth(NJ, "nj-insulation-grant", "Home insulation grant",
    "Dear {first},\n\nThank you for applying to the warm homes scheme. Unfortunately your property is not eligible, as its energy rating is already C. You may still qualify for a boiler upgrade grant.\n\nWarm Homes Team", sender="Warm Homes <grants@warmhomes.gov.example>")
oth(NJ, "nj-rsvp", "Re: Saturday",
    "hi {first}! so sorry but we have to turn down the invite for saturday, it's my mum's 60th the same night. have the best time and save us some cake x", sender="{signer} <{slocal}@example.org>", mobile=True)
oth(NJ, "pt-br-cartao", "Pedido de aumento de limite",
    "Olá, {first}!\n\nAnalisamos seu pedido de aumento de limite do cartão e, neste momento, ele não foi aprovado. Você pode fazer um novo pedido em 90 dias.\n\nBanco Jacarandá", lang="pt", sender="Banco Jacarandá <cartoes@jacaranda.example>", rcpt=("Rafael Moreira",))
oth(NJ, "ko-cheongyak", "청약 결과 안내",
    "{last}님, 신청하신 행복주택 청약 결과를 안내드립니다. 아쉽게도 이번 추첨에서 당첨되지 않으셨습니다. 예비 순번은 없습니다.\n\n주택공급센터", lang="ko", sender="주택공급센터 <notice@housing.example>", rcpt=("김민준|minjun.kim",))

# --------------------------------------------------------------------------- writing the file
LANG_ZONE = {"fr": 60, "de": 60, "es": -180, "ja": 540, "pt": -180, "it": 60, "nl": 60, "pl": 60,
             "ko": 540, "zh": 480, "ru": 180, "ar": 120, "tr": 180, "cs": 60, "lv": 120, "sq": 60,
             "gl": 60, "eu": 60, "mt": 60, "mk": 60, "az": 240, "ka": 240, "hy": 240, "ur": 300,
             "bn": 360, "ta": 330}
FAM_ZONE = {"fr-quebec-cpe": -300, "fr-rcv": -300, "es-co-formal": -300}
SUMMER_TIME = {"fr", "de", "it", "nl", "pl", "cs", "lv", "sq", "gl", "eu", "mt", "mk"}
FAMILY_FIRST = {"ja", "ko", "zh"}
START = dt.datetime(2025, 1, 11)
DAYS = (dt.datetime(2026, 11, 25) - START).days


def fold(text: str) -> str:
    """ASCII address part of a name: accents dropped, other characters removed."""
    flat = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", ".", flat.lower()).strip(".")


def split_name(entry: str) -> tuple[str, str]:
    """'Display|local' -> (display, local); the local part folded from the name if not given."""
    if "|" in entry:
        shown, local = entry.split("|", 1)
        return shown, local
    return entry, fold(entry)


def when(rng: random.Random, lang: str, fam: str) -> dt.datetime:
    day = START + dt.timedelta(days=rng.randrange(DAYS))
    local = day.replace(hour=rng.randint(6, 21), minute=rng.randint(0, 59), second=rng.randint(0, 59))
    if fam in FAM_ZONE:
        minutes = FAM_ZONE[fam]
    elif lang in LANG_ZONE:
        minutes = LANG_ZONE[lang] + (60 if lang in SUMMER_TIME and 4 <= local.month <= 10 else 0)
    else:
        minutes = rng.choice(ZONES)
    return local.replace(tzinfo=dt.timezone(dt.timedelta(minutes=minutes)))


def day_name(moment: dt.datetime) -> str:
    return f"{moment:%A} {moment.day} {moment:%B}"


def build() -> tuple[list[dict], list[str]]:
    rng = random.Random(SEED)
    records: list[tuple[dict, str]] = []
    for tpl in T:
        n = tpl["n"]
        people = rng.sample(RECIPIENTS, n)
        signers = rng.sample(SIGNERS, n + 1)
        companies = rng.sample(COMPANIES, n)
        roles = rng.sample(ROLES, n)
        for i in range(n):
            shown_to, rlocal = split_name(tpl["rcpt"][i % len(tpl["rcpt"])] if tpl["rcpt"] else people[i])
            signer, slocal = split_name(tpl["signer"][i % len(tpl["signer"])] if tpl["signer"] else signers[i])
            co, dom = split_name(tpl["co"][i % len(tpl["co"])] if tpl["co"] else companies[i])
            dom = dom.replace(".", "") + ".example"
            role = tpl["role"][i % len(tpl["role"])] if tpl["role"] else roles[i]
            parts = shown_to.split()
            first, last = (parts[-1], parts[0]) if tpl["lang"] in FAMILY_FIRST else (parts[0], parts[-1])
            moment = when(rng, tpl["lang"], tpl["fam"])
            prev = (moment - dt.timedelta(days=rng.randint(2, 9))).replace(hour=rng.randint(8, 19), minute=rng.randint(0, 59))
            rdom = rng.choice(["example.com", "example.net", "example.org", "mail.example.com"])
            ctx = {
                "name": shown_to, "first": first, "last": last, "rlocal": rlocal, "rdom": rdom,
                "signer": signer, "sfirst": signer.split()[0], "slocal": slocal,
                "hm": signers[-1].split()[0] if i == 0 else signers[(n + i) % len(signers)].split()[0],
                "co": co, "dom": dom, "role": role,
                "ref": str(rng.randint(100000, 999999)), "ref3": str(rng.randint(100, 999)),
                "req": f"{rng.choice(['R', 'JR', 'VAC-', 'REQ-'])}{rng.randint(1000, 9999)}",
                "due": day_name(moment + dt.timedelta(days=rng.randint(6, 12))),
                "day": day_name(moment + dt.timedelta(days=rng.randint(3, 8))),
                "prev_day": day_name(prev),
                "prev_outlook": f"{prev:%A}, {prev.day} {prev:%B %Y %H:%M}",
                "prev_gmail": f"{prev:%a}, {prev.day} {prev:%b %Y} at {prev:%H:%M}",
                "date_short": f"{moment.day} {moment:%B %Y}",
            }
            body_ctx = ctx
            if tpl["body"].startswith("<html>"):
                body_ctx = {key: html.escape(value, quote=False) for key, value in ctx.items()}
            body = tpl["body"].format(**body_ctx)
            if tpl["foot"]:
                body += FOOTERS[tpl["foot"][i % len(tpl["foot"])]].format(**ctx)
            if tpl["mobile"]:
                body += "\n\n" + MOBILE[rng.randrange(len(MOBILE))]
            style = "local" if tpl["sender"] == "hr" and tpl["lang"] != "en" else tpl["sender"]
            sender = SENDERS.get(style, style).format(**ctx)
            record = {
                "id": "",
                "subject": tpl["subject"].format(**ctx),
                "body": body,
                "sender": sender,
                "label": tpl["label"],
                "kind": tpl["kind"],
                "family": f"blind17-{tpl['fam']}",
                "provenance": PROVENANCE,
                "to": f"{shown_to} <{rlocal}@{rdom}>",
                "date": format_datetime(moment),
            }
            records.append((record, tpl["lang"]))
    rng.shuffle(records)
    counts: Counter[str] = Counter()
    for record, _ in records:
        prefix = "rej" if record["label"] == "rejection" else "oth"
        counts[prefix] += 1
        record["id"] = f"blind17:{prefix}-{counts[prefix]:03d}"
    return [record for record, _ in records], [lang for _, lang in records]


def write() -> None:
    records, _ = build()
    with OUT.open("w", encoding="utf-8", newline="\n") as handle:
        for record in records:
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    print(f"wrote {len(records)} messages to {OUT.name}")


def langs() -> None:
    records, languages = build()
    by_kind = Counter((r["label"], r["kind"]) for r in records)
    by_lang = Counter((r["label"], lang) for r, lang in zip(records, languages, strict=True))
    print("label / kind")
    for (label, kind), count in sorted(by_kind.items()):
        print(f"  {label:14} {kind:26} {count}")
    print("label / language")
    for (label, lang), count in sorted(by_lang.items(), key=lambda item: (item[0][0], -item[1], item[0][1])):
        print(f"  {label:14} {lang:4} {count}")
    print(f"templates {len(T)}, families {len({r['family'] for r in records})}, messages {len(records)}")
    print(f"html bodies {sum(r['body'].startswith('<html>') for r in records)}")


TAG = re.compile(r"<[^>]+>")
WORD = re.compile(r"\w+")


def shingles(text: str, size: int = 6) -> set[str]:
    words = WORD.findall(html.unescape(TAG.sub(" ", text)).lower())
    return {" ".join(words[i:i + size]) for i in range(len(words) - size + 1)}


def check() -> None:
    records, _ = build()
    others = sorted(p for p in [*HERE.parent.glob("*.jsonl"), *HERE.glob("*.jsonl")] if p != OUT)
    theirs: set[str] = set()
    for path in others:
        with path.open(encoding="utf-8") as handle:
            for line in handle:
                if line.strip():
                    theirs |= shingles(json.loads(line).get("body", ""))
    shared: Counter[str] = Counter()
    holding = Counter()
    for record in records:
        common = shingles(record["body"]) & theirs
        shared.update(common)
        if common:
            holding[record["label"]] += 1
    print(f"compared with {len(others)} files, {len(theirs):,} distinct shingles")
    print(f"bodies sharing a shingle: {sum(holding.values())} of {len(records)} ({dict(sorted(holding.items()))})")
    print(f"distinct shared shingles: {len(shared)}")
    for gram, count in shared.most_common():
        print(f"  {count:3}  {gram}")


if __name__ == "__main__":
    if "--langs" in sys.argv:
        langs()
    elif "--check" in sys.argv:
        check()
    else:
        write()
