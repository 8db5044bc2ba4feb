# ruff: noqa: E501
"""Write blind slice 7 (issue 11): new mail the model has never seen, sealed before the next change.

Stdlib only, fixed seed 71130; two runs write byte-identical output. ``--check`` prints our side of
any 6-word shingle shared with ``data/*.jsonl`` or the earlier slices (those are read only as
shingle sets, never printed).
"""

from __future__ import annotations

import json
import random
import re
import sys
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

SEED = 71130
HERE = Path(__file__).resolve().parent
OUT = HERE / "blind-slice-7.jsonl"
PROV = "written for rejectwatch issue 11 blind slice 7 (make_blind7.py); never trained on"

FIRST = [
    "Oisin", "Priyanka", "Tendai", "Marguerite", "Kwabena", "Solveig", "Darius", "Imelda", "Chidi",
    "Rosalind", "Hamish", "Anjali", "Benedikt", "Xiu Ling", "Thabo", "Carys", "Emeka", "Lorcan",
    "Valentina", "Yusuf", "Ngozi", "Pieter", "Sunniva", "Rafferty", "Meenakshi", "Kofi", "Aoife",
    "Matthias", "Wei Jie", "Lerato", "Gwilym", "Farida", "Teodor", "Bronagh", "Sipho", "Harriet",
]
LAST = [
    "Brannigan", "Raghunathan", "Moyo", "Leclerc", "Asante", "Lindqvist", "Farahani", "Quispe",
    "Okafor", "Penhaligon", "McTavish", "Deshpande", "Vogl", "Tan", "Nkosi", "Pryce", "Eze",
    "Fitzmaurice", "Russo", "Demir", "Adeyemi", "van Rooyen", "Halloran", "Subramaniam", "Ong",
    "Dlamini", "Carmody", "Whitlock", "Iyer", "Bergström",
]
DOMAINS = [
    "gmail.com", "outlook.com", "yahoo.co.uk", "proton.me", "icloud.com", "hotmail.ie",
    "rediffmail.com", "bigpond.com", "web.de", "live.ca", "yahoo.com.sg", "mweb.co.za",
]
ZONES = ["-0700", "-0600", "-0500", "-0400", "+0000", "+0100", "+0200", "+0530", "+0800", "+1000", "+1100"]
DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


@dataclass(frozen=True)
class Tpl:
    family: str
    kind: str
    sender: str
    subject: str
    body: str
    copies: int = 1


TEMPLATES: list[Tpl] = []


def add(family: str, kind: str, sender: str, subject: str, body: str, *, copies: int = 1) -> None:
    TEMPLATES.append(Tpl(family, kind, sender, subject, body, copies))


# ---------------------------------------------------------------- rejections: thread replies
R = "rejection"

add("thread-ext-1", R, "Siobhan Keohane <siobhan.keohane@ardtalent.ie>", "RE: [EXT] Re: Credit Controller - next steps",
    "Hi {n},\n\nI said I'd come back to you the minute the business made up its mind. They've given the post to a colleague who put her name forward from inside the finance team, and she has said yes.\n\nI really enjoyed our chats and I'd be glad to keep you in mind.\nSiobhan\n\nFrom: {n}\nSent: 03 March 2026 09:12\nTo: Siobhan Keohane\nSubject: Re: Credit Controller - next steps\n\nHi Siobhan, just wondering if there is any news on the role after Tuesday?\n\nThanks,\n{n}")
add("thread-ext-2", R, "Marcus Delacroix-Webb <m.delacroixwebb@halyardgroup.com>", "RE: [EXT] RE: [EXT] Re: Follow-up from Friday",
    "[EXTERNAL SENDER] Treat links and attachments with care.\n\n{n} -\n\nAppreciate your patience over the last fortnight. Gemma and the VP landed on the candidate who has run a similar migration at a bank, and the paperwork went out this morning.\n\nYou made it a genuinely hard call. Let's stay connected on LinkedIn.\n\nMarcus\n\n________________________________\nFrom: {n}\nSent: Monday, June 8, 2026 4:41 PM\nTo: Marcus Delacroix-Webb\nSubject: Re: [EXT] RE: Follow-up from Friday\n\nThanks Marcus, very happy to wait. Have a lovely weekend.\n\n________________________________\nFrom: Marcus Delacroix-Webb\nSent: Friday, June 5, 2026 10:02 AM\nSubject: Follow-up from Friday\n\nThanks for your time with the panel today. We should be able to share an update next week.")
add("thread-gmail-3", R, "Deepa Krishnaswamy <deepa.k@lotusgridsystems.in>", "Re: Final round - Cloud Support Engineer",
    "Dear {n},\n\nHope you are doing good. As discussed over phone, the management has finalised another profile for this position, they felt his exposure to Azure is more.\n\nThanks for your co-operation throughout the process.\n\nRegards,\nDeepa\n\nOn Tue, 14 Apr 2026 at 11:20, {n} wrote:\n> Dear Deepa ma'am,\n> Kindly update the status of my final round held on 10th April.\n> Regards")
add("thread-mobile-4", R, "Jono Whitaker <jono@saltbushcreative.com.au>", "Re: Re: Coffee last week",
    "Hey {n}, quick one from the road. We've gone with Priya for the producer gig - she'd freelanced with us before so it was the easy call for the boss. Really liked meeting you though, keep in touch mate.\n\nJ\n\nSent from Outlook for iOS\n---- On Wed, 20 May 2026 08:14 {n} wrote ----\nHi Jono, thanks again for the coffee, let me know if you need anything else from me!")
add("thread-aw-5", R, "Katrin Obermeyer <katrin.obermeyer@felsgrund.at>", "AW: Re: Interview 12.3.",
    "Dear {n},\n\nthank you again for the nice conversation in Linz. Our Managing Director decided in the end for a candidate with more experience in the Austrian tax system. I know this is not the news you hoped for.\n\nI wish you all the best for your way.\n\nBeste Grüße / Best regards\nKatrin Obermeyer\nHR Business Partner\nFelsgrund Holding GmbH | Firmenbuch FN 448213v | Landesgericht Linz")
add("thread-fwd-6", R, "Aisling Nolan <aisling@tidewayrecruit.ie>", "Fwd: feedback re {n}",
    "Hi {n}, passing on the client's note below word for word as promised. Ring me whenever suits and we'll talk about what's next.\n\nAisling\n\n---------- Forwarded message ---------\nFrom: Declan Moran\nDate: Thu, 2 Jul 2026\nSubject: feedback re {n}\n\nAisling - lovely candidate, clearly bright. Ciara's preference was the other person on the shortlist given the regulatory background, so that's who we're making the offer to. Please thank {n} for us.")
add("thread-outlook-7", R, "Hollis Brandt <hbrandt@coppervalecounty.gov>", "RE: Thank you - Planner II",
    "{n},\n\nGood to hear from you. I wanted to close the loop before the holiday: the director selected a candidate whose AICP certification was already in hand, and that person starts next month.\n\nThank you for coming in twice, and safe travels home.\n\nHollis Brandt | Planning Manager\nCoppervale County Community Development\n\n-----Original Message-----\nFrom: {n}\nSent: Tuesday, November 10, 2026 7:03 PM\nTo: Brandt, Hollis\nSubject: Thank you - Planner II\n\nMr. Brandt, thank you for the second conversation today.")
add("thread-warm-8", R, "Rebecca Oyelaran <rebecca@oyelaranlaw.com.ng>", "Re: Pupillage / Associate position",
    "Dear {n},\n\nGood afternoon and thank you for coming to the chambers on Monday. I have discussed with the Head of Chambers and he has preferred the candidate who already has two years at the Lagos High Court.\n\nDo keep doing what you are doing. You will surely go far.\n\nYours sincerely,\nRebecca Oyelaran (Mrs.)\nPartner")
add("thread-slack-9", R, "Ines Caldwell <ines@bramblecode.dev>", "Re: Staff Engineer loop",
    "hey {n} - wanted this to come from me and not a template. the team voted for the other finalist, mostly because she'd scaled the exact queueing setup we're wrestling with. your systems round was honestly one of the best we've had. if it ever changes I'll be in touch first.\n\nines\n\nOn Fri, Sep 4, 2026 at 2:17 PM {n} wrote:\n> thanks again for today, really enjoyed the design round!")
add("thread-nested-10", R, "Pradeep Nair <pradeep.nair@sembawangmarine.com.sg>", "RE: RE: Second interview - Procurement Executive",
    "Hi {n},\n\nThank you for your patience. The hiring manager has decided to proceed with another candidate who can start immediately, as the project timeline has been brought forward.\n\nAll the best!\n\nBest Regards,\nPradeep Nair\nTalent Acquisition | Sembawang Marine Services Pte Ltd\n\nFrom: {n}\nSent: Thursday, 19 February 2026 8:55 AM\nSubject: RE: Second interview - Procurement Executive\n\nHi Pradeep, I am available anytime this week. Thanks!\n\nFrom: Pradeep Nair\nSent: Wednesday, 18 February 2026 5:30 PM\nSubject: Second interview - Procurement Executive\n\nHi {n}, the manager would like to see you again. Please share your availability.")
add("thread-short-11", R, "Lucie Hartigan <lucie.hartigan@greywharfmedia.co.uk>", "Re: Junior Sub-Editor",
    "Hi {n}\n\nSorry to be the bearer. The desk chose someone who'd done shifts for us already.\n\nYou were very close - good luck out there.\n\nL")
add("thread-canada-12", R, "Gordon Tremblay <g.tremblay@northshorecu.ca>", "RE: [External] Re: Member Service Rep - Kamloops",
    "CAUTION: This email originated from outside the credit union.\n\nHi {n},\n\nThanks for checking in, eh, and sorry for the slow reply. Our branch manager went with a candidate who is already trained on our banking system, so the position is now filled.\n\nAll the best in your search,\nGordon\n\nOn Mon., Jan. 12, 2026, 9:41 a.m. {n} wrote:\nHi Gordon, just following up on my interview last Wednesday.")

# ---------------------------------------------------------------- refusals under long footers
FOOT_CAREERS = "\n\n--\nExplore life at {co}\nCareers site | Meet our people | Benefits | Graduate programmes\nJoin our talent network to get roles like this in your inbox first.\nFollow us on LinkedIn, Instagram and TikTok.\n\nYou are receiving this email because you applied for a role at {co}. Manage your communication preferences or delete your candidate data at any time in your candidate portal.\n{co}, registered office: 14 Harcourt Yard, Manchester M3 4QT."
FOOT_ALERTS = "\n\n------------------------------------------------------------\nJobs picked for you this week\n> Senior Analyst - Hybrid - Leeds\n> Operations Coordinator - Remote\n> Customer Insight Lead - Bristol\nSee all matching jobs\n\nWhy am I getting this? You created a job alert on {co} Careers. Turn off alerts | Privacy notice | Help centre\nPowered by Hireloop"
FOOT_NEWS = "<br><br><table width=\"100%\" style=\"background:#f4f1ea\"><tr><td><b>Inside {co} - November edition</b><br>Our Singapore hub opens in spring | Read the sustainability report | Podcast: Season 3 is live</td></tr><tr><td style=\"font-size:11px\">You're getting this because you have a candidate account. <a href=\"#\">Unsubscribe</a> | <a href=\"#\">View in browser</a></td></tr></table>"
FOOT_LEGAL = "\n\n*****\nThe information in this e-mail is confidential and may be legally privileged. If you have received it in error, please notify the sender and delete it; do not copy, disclose or act on it. We keep applicant records for 12 months under our privacy notice. Refer a friend to {co} and earn up to R5 000 when they are hired. {co} (Pty) Ltd, Reg. 2011/004417/07."

FOOTERS = [("careers", FOOT_CAREERS), ("alerts", FOOT_ALERTS), ("news", FOOT_NEWS), ("legal", FOOT_LEGAL)]

FOOTER_REFUSALS = [
    ("gullwing", "Gullwing Insurance Careers <careers@gullwinginsurance.co.uk>", "Gullwing Insurance", "Your application - Claims Handler",
     "Dear {n},\n\nThanks for applying for the Claims Handler role. We've now closed your application and won't be taking it to interview."),
    ("fernhill", "Fernhill Foods Talent <talent@fernhillfoods.com>", "Fernhill Foods", "Update: Category Buyer",
     "Hi {n},\n\nWe appreciate the time you put into applying. This one isn't going ahead for you - the hiring team has picked other people to meet."),
    ("rookwood", "Rookwood Analytics <jobs@rookwoodanalytics.io>", "Rookwood Analytics", "About your application",
     "<p>Hello {n},</p><p>Thank you for applying to be our Data Engineer. After looking through every application, we won't be moving to interviews with yours.</p>"),
    ("kwela", "Kwela Mining Recruitment <recruitment@kwelamining.co.za>", "Kwela Mining", "Mine Surveyor: application outcome",
     "Dear {n}\n\nThank you for your interest in the Mine Surveyor position at our Rustenburg operation. Your application was not successful on this occasion."),
    ("pelican", "Pelican Air Careers <no-reply@careers.pelicanair.com>", "Pelican Air", "Cabin Crew recruitment - your result",
     "Hi {n},\n\nThank you for attending our Cabin Crew open day. We're sorry to tell you that you haven't been selected to join our next training course."),
]
for _i, (_fam, _snd, _co, _subj, _text) in enumerate(FOOTER_REFUSALS):
    for _j in (0, 2):
        _fname, _foot = FOOTERS[(_i + _j) % len(FOOTERS)]
        add(f"footer-{_fam}-{_fname}", R, _snd, _subj, _text + _foot.replace("{co}", _co))

# ---------------------------------------------------------------- hedged refusals
add("hedge-1", R, "Talent at Larchmere <talent@larchmere.io>", "Your Larchmere application",
    "Hi {n},\n\nThanks so much for your interest in the Growth Marketer role. We had a lot of strong people in the mix and, in the end, others lined up more closely with what this role needs right now.\n\nWarmly,\nThe Larchmere team")
add("hedge-2", R, "Olwen Price <olwen.price@cardencycles.co.uk>", "Workshop Mechanic",
    "Hi {n},\n\nThanks for popping in with your CV. We've had a think and we've settled on someone whose experience is a touch nearer to what the workshop needs at the moment.\n\nCheers,\nOlwen")
add("hedge-3", R, "Hiring Team <hiring@quartzlinepay.com>", "Update from Quartzline",
    "Hi {n},\n\nWe've finished reviewing candidates for Senior Product Designer and have chosen to pursue profiles that map more tightly to our payments roadmap.\n\nWe're grateful you considered us.\n\nQuartzline Hiring")
add("hedge-4", R, "Ruth Abernethy <ruth@abernethyassociates.com.au>", "Practice Manager role",
    "Dear {n},\n\nThank you for meeting with us last week. We have decided the practice is better served by a candidate with a longer background in allied health, and we are proceeding on that basis.\n\nKind regards,\nRuth Abernethy")
add("hedge-5", R, "People Team <people@mossgreenenergy.com>", "Your application with Mossgreen",
    "Hi {n},\n\nWe really appreciated you applying. We've since decided to head in another direction for the Field Technician hiring round.\n\nAll the best,\nMossgreen People Team")
add("hedge-6", R, "Anand Bhatt <anand.bhatt@velankarpharma.com>", "Regarding QA Officer interview",
    "Dear {n},\n\nThank you for appearing for the interview. After evaluation, the committee has found other candidates to be more suitable for the current requirement of the plant.\n\nWith regards,\nAnand Bhatt\nHR Department, Velankar Pharma Ltd.")
add("hedge-7", R, "Camille Roussel <camille@studiobelair.ca>", "Junior Animator",
    "Hi {n},\n\nYour reel was fun to watch. For this hire the directors gravitated toward someone with more rigging in their background, so we'll let the role go that way.\n\nHope our paths cross again,\nCamille")
add("hedge-8", R, "Recruiting <recruiting@tessellatehealth.com>", "Thanks from Tessellate Health",
    "Hi {n},\n\nWe've wrapped up our review for Clinical Data Coordinator. The team has decided to focus on applicants whose experience fits the study portfolio a little better.\n\nThank you for your time,\nTessellate Health Recruiting", copies=2)
add("hedge-9", R, "Karl Mbeki <karl.mbeki@sunbirdhotels.co.za>", "Front Office Supervisor",
    "Morning {n}\n\nThanks for the interview on Tuesday. We've opted for an applicant who has worked on our property management system before, so we'll stop here with your application.\n\nRegards\nKarl")
add("hedge-10", R, "Talent Team <talent@northwindlabs.sg>", "Your interview with Northwind Labs",
    "Hi {n},\n\nThank you for speaking with us. We have decided to prioritise candidates with deeper regional experience for this role.\n\nBest,\nNorthwind Labs Talent Team")

# ---------------------------------------------------------------- recruiter after a call, with a pitch
add("agency-1", R, "Dominic Shaw <dominic.shaw@brightwaterpeople.co.uk>", "Following our call",
    "Hi {n},\n\nGood to speak earlier. As I said on the phone, Harlow Systems have decided to go with their other finalist for the Service Desk Lead role.\n\nOn the plus side, I've got a Second Line Analyst post with a housing association in Stevenage, 38k, hybrid, that I think you'd walk into. Shall I send your CV over?\n\nDominic\nSenior Consultant | Brightwater People")
add("agency-2", R, "Shruti Agarwal <shruti@talentbridge.co.in>", "Feedback on Pune opening + new requirement",
    "Hi {n},\n\nAs per our telecon, the client has closed the SAP FICO position with another candidate.\n\nWe have one more opening with an MNC in Hinjewadi for SAP MM, 6-9 yrs, notice period up to 60 days. Please share your updated CV and current CTC if interested.\n\nRegards,\nShruti Agarwal\nTalentBridge Consultants")
add("agency-3", R, "Blake Ferris <blake@ironbarkrecruitment.com.au>", "Quick wrap-up + something new",
    "Hey {n},\n\nThanks for jumping on the phone this arvo. Confirming what I mentioned - the Geelong site has picked someone else for the Maintenance Planner job.\n\nBut I've got a planner contract in Ballarat, 6 months, $85/hr. Keen? Flick me a text.\n\nBlake")
add("agency-4", R, "Nkechi Obi <nkechi.obi@peoplefirsthr.com.ng>", "Re: Relationship Manager role",
    "Dear {n},\n\nFurther to our call this morning, the bank has decided not to proceed with your candidacy for the Relationship Manager role. I know it is disappointing.\n\nHowever, a microfinance client in Ikeja is looking for a Business Development Officer and I believe your profile will fit well. Let me know by Friday so I can submit you.\n\nBest regards,\nNkechi Obi")
add("agency-5", R, "Theo Marchetti <theo.marchetti@crestlinesearch.com>", "After our chat",
    "{n} - thanks for the call. Recap: the fund passed on moving you forward for the Associate seat. They want someone with buy-side experience only.\n\nSeparately, I'm working a Corp Dev role at a SaaS business in Austin that fits you far better. Free Thursday to talk?\n\nTheo")
add("agency-6", R, "Wendy Lau <wendy.lau@harbourtalent.com.sg>", "Update + alternative role",
    "Hi {n},\n\nThanks for taking my call just now. Sharing in writing: the client is not progressing your application for the Finance Manager role.\n\nI do have a Financial Controller opening with a logistics firm in Tuas, budget up to 9k. Can I put you forward?\n\nWendy")
add("agency-7", R, "Fergal Dunne <fergal@liffeyrecruitment.ie>", "Chat earlier",
    "Hi {n},\n\nThanks for the call. So as I said, the client went a different road with the Site Engineer job, they wanted someone with more civils.\n\nThere's a Project Engineer role with a contractor in Naas I'd love to send you for, good money. Ring me back when you get a sec.\n\nFergal")
add("agency-8", R, "Zanele Khumalo <zanele@ubuntutalent.co.za>", "Feedback from Sandton interview",
    "Hi {n}\n\nLovely chatting just now. Confirming the client isn't moving forward with you for the Payroll Specialist role.\n\nGood news though: I have a payroll administrator position in Centurion that closes Friday. Shall I put you forward?\n\nZanele")
# ---------------------------------------------------------------- public sector, university, hospital, school
add("pub-usajobs-1", R, "USAJOBS <no-reply@usajobs-notices.example.gov>", "Application status update: Program Analyst",
    "Dear {n},\n\nYour application status for Program Analyst, Announcement NR-26-0417, has changed.\n\nStatus: Not Referred\nReason: You were rated qualified, but other applicants in a higher quality category were referred to the selecting official.\n\nSign in to USAJOBS to see all your applications.\n\nThis is an automated message. Please do not reply.")
add("pub-ineligible-2", R, "Human Resources Office <hro@dept-agriculture-district4.gov>", "Notice of Results - Soil Conservationist",
    "Dear Applicant:\n\nThis notice concerns announcement SC-2026-118. Based on a review of your application, you were found ineligible because your transcripts did not show the required 30 semester hours in soils or closely related sciences.\n\nYou may apply to future announcements.\n\nHuman Resources Office")
add("pub-cancel-3", R, "Recruitment Unit <recruitment@westmeathcoco.ie>", "Competition for Executive Engineer - cancelled",
    "Dear {n},\n\nWe write to inform you that the competition for the post of Executive Engineer (Roads) has been cancelled following a review of staffing requirements. No appointment will be made from this competition. Your application will not be processed further.\n\nYours sincerely,\nRecruitment Unit")
add("pub-hospital-4", R, "Medical Staffing <medstaffing@stbrigidshospital.ie>", "Registrar in Emergency Medicine - shortlisting",
    "Dear Dr {n},\n\nThank you for your application for the post of Registrar in Emergency Medicine. The shortlisting panel met on 6 May and, having considered all applications against the person specification, I regret that you have not been shortlisted for interview.\n\nMedical Staffing Department")
add("pub-panel-5", R, "Public Appointments <appointments@publicservice-appointments.example.ie>", "Higher Executive Officer - result of interview",
    "Dear {n},\n\nThe interview board has completed its work for the Higher Executive Officer competition. I must inform you that you were unsuccessful at interview, as your marks were below the qualifying standard set by the board.\n\nA breakdown of your marks by competency is available on request.\n\nPublic Appointments")
add("pub-uni-6", R, "University of Ashcombe HR <jobs@ashcombe.ac.uk>", "Lecturer in Accounting (Ref 02711)",
    "Dear {n}\n\nThank you for your application for the above post. The selection panel has now completed shortlisting and I am sorry to let you know that you have not been invited to interview.\n\nIn view of the number of applications we are unable to give individual feedback.\n\nHuman Resources\nUniversity of Ashcombe")
add("pub-school-7", R, "Office Manager <office@stcolmansns.ie>", "Special Education Teacher - Interview outcome",
    "Dear {n},\n\nOn behalf of the Board of Management, thank you for attending for interview. The Board has now made its recommendation and I regret to tell you that you have not been placed on the panel for this post.\n\nIs mise le meas,\nPrincipal")
add("pub-sa-8", R, "Department of Health Recruitment <recruitment@health-ec.example.gov.za>", "Professional Nurse: Post 44/2026",
    "Dear {n}\n\nPlease be advised that your application for the post referred to above was unsuccessful. The post has since been filled by the selection committee.\n\nThe Department thanks you for your interest in serving the public.\n\nDirector: Human Resource Management")
add("pub-sg-9", R, "Careers@Gov <noreply@careers-gov.example.sg>", "Application Status - Management Associate",
    "Dear {n},\n\nThank you for your interest in a career with us. We regret that your application for Management Associate (Ministry of Trade) has not been shortlisted.\n\nYou may view other openings on the portal.\n\nThis is a system-generated email.")
add("pub-au-10", R, "NSW Council Recruitment <recruitment@ridgecreekcouncil.nsw.gov.au>", "Outcome: Parks Team Leader",
    "Dear {n},\n\nThank you for attending the panel interview for Parks Team Leader. The panel has assessed all candidates and, while you were found suitable, another applicant was assessed as more meritorious. Your name will not be placed on an eligibility list for this role.\n\nPeople & Culture")
add("pub-ng-11", R, "Federal Civil Service Commission <recruitment@fcsc-portal.example.gov.ng>", "Recruitment Exercise 2026",
    "Dear {n},\n\nThis is to notify you that you did not meet the cut-off mark in the Computer Based Test conducted for the Administrative Officer cadre. You will therefore not be invited for the oral interview.\n\nThank you for participating.\n\nSecretary")
add("pub-uni-12", R, "Graduate Admissions and Appointments <gaa@calderwood.ac.uk>", "Research Assistant - Marine Ecology",
    "Dear {n},\n\nThe panel for the Research Assistant post in Marine Ecology interviewed on 23 January. I regret that the post has been offered to another candidate, who has accepted.\n\nWe are grateful for your interest in the University.\n\nSchool of Biological Sciences")

# ---------------------------------------------------------------- bare ATS status updates
add("ats-wd-1", R, "Halcyon Retail <halcyon@myworkdayjobs-notify.example.com>", "Update on your application",
    "Hi {n},\n\nThe status of your application for Store Operations Manager (R-104482) has changed. Log in to your Candidate Home to view it.\n\nStatus: No Longer Under Consideration")
add("ats-gh-2", R, "Loomwise <no-reply@greenhouse-notify.example.io>", "Loomwise | Backend Engineer",
    "Hi {n},\n\nThank you for applying for Backend Engineer at Loomwise. Your application is no longer active.\n\nThe Loomwise Team")
add("ats-lever-3", R, "Cobalt & Finch <notifications@hire-lever.example.co>", "Your Cobalt & Finch application",
    "{n},\n\nWe've updated your application for Sales Development Rep.\nStage: Archived\nReason: Position filled\n\nThis message was sent by Cobalt & Finch's hiring system.")
add("ats-icims-4", R, "Stanmore Health <donotreply@icims-notify.example.com>", "Application Status - Req 26-03314",
    "Requisition: 26-03314 Patient Access Representative\nCandidate: {n}\nStatus: Not Selected\n\nThank you for your interest in Stanmore Health.\n\nPlease do not reply to this e-mail; this mailbox is not monitored.")
add("ats-sf-5", R, "Rheinhold Careers <careers-noreply@successfactors-notify.example.com>", "Status change: Logistics Planner (m/f/d)",
    "Dear {n},\n\nYour application status has changed to: Declined by Recruiter.\n\nYou can view your applications in the career portal.\n\nKind regards\nRheinhold Talent Acquisition")
add("ats-ashby-6", R, "Finchly <no-reply@ashby-notify.example.com>", "Finchly application update",
    "Hi {n},\n\nQuick update on Customer Success Manager: we've closed out your application.\n\n— Finchly")
add("ats-taleo-7", R, "Corvane Bank <corvane@taleo-notify.example.net>", "Your job submission status",
    "Job: Branch Teller - Ottawa (2600987)\nSubmission status: Rejected - Does Not Meet Minimum Qualifications\n\nThank you for your interest in Corvane Bank.\n\nTo access your career section profile, go to the career section.")
add("ats-bamboo-8", R, "Patchwork Labs <noreply@bamboo-notify.example.com>", "Patchwork Labs - Application",
    "Hi {n}, your application for QA Engineer at Patchwork Labs has been marked Not Hired. Thanks for applying!")
add("ats-jobvite-9", R, "Sierra Ridge Resorts <jobs@jobvite-notify.example.com>", "Sierra Ridge Resorts Application Update",
    "Dear {n},\n\nYour application for Lift Operator - Winter 2026 has been dispositioned. Reason: Requisition closed.\n\nSierra Ridge Resorts")
add("ats-workable-10", R, "Tidepool Games <noreply@workable-notify.example.com>", "Your application at Tidepool Games",
    "Hi {n},\n\nThis is a quick note to say your application for Level Designer has been disqualified at the screening stage.\n\nThanks for your interest,\nTidepool Games\n\nPowered by a hiring platform")
add("ats-portal-11", R, "Candidate Portal <noreply@portal.kingsreachgroup.com>", "Notification",
    "An update is available.\n\nApplicant: {n}\nJob: Electrical Estimator\nCurrent status: Closed - Unsuccessful\n\nSign in to view details.", copies=2)

# ---------------------------------------------------------------- internships, graduate, apprenticeship
add("intern-1", R, "Early Careers <earlycareers@brackenfieldbank.com>", "Summer Internship 2027 - your application",
    "Dear {n},\n\nThank you for applying to the Brackenfield Summer Internship Programme 2027 and for completing the video interview. We have reviewed your application carefully and will not be offering you a place on the programme this year.\n\nWe encourage you to apply for our graduate programme in your final year.\n\nEarly Careers Team")
add("intern-2", R, "Graduate Recruitment <grads@copperbeltengineering.co.za>", "Graduate Programme 2027",
    "Dear {n}\n\nThank you for attending our assessment day in Johannesburg. The graduate intake has now been finalised and unfortunately you were not selected for one of the 24 places.\n\nGraduate Recruitment")
add("intern-3", R, "Apprenticeships Team <apprenticeships@medwaybuildco.co.uk>", "Level 3 Electrical Apprenticeship",
    "Hi {n},\n\nThanks for coming to the practical day with your mum. We've had to make some tough decisions and we won't be offering you an apprenticeship with us this September.\n\nKeep at it!\nApprenticeships Team")
add("intern-4", R, "Co-op Office <coop@lakeshoretech.ca>", "Co-op Work Term - Winter 2027",
    "Hi {n},\n\nThanks for interviewing for our Winter 2027 co-op term. We have now ranked candidates in the matching system and you were not ranked for this posting.\n\nCo-op Office, Lakeshore Tech")
add("intern-5", R, "Internship Desk <internships@pranavmotors.co.in>", "Internship selection result",
    "Dear {n},\n\nThank you for participating in the selection process for our Summer Trainee Internship. We regret to state that your name does not appear in the final list of selected interns.\n\nBest wishes for your studies.\n\nInternship Desk")
add("intern-6", R, "Vacation Programs <vacationprogram@westgatelegal.com.au>", "Seasonal Clerkship outcome",
    "Dear {n},\n\nThank you for your interest in our Summer Clerkship Program. This year we received more than 1,400 applications for 30 places, and we are unable to offer you a clerkship.\n\nVacation Programs")
add("intern-7", R, "Young Talent <youngtalent@merlion-logistics.sg>", "Internship application",
    "Hi {n}! Thanks for applying to intern with us. We've filled all our internship spots for this intake, so we won't be progressing your application.")
add("intern-8", R, "NYSC Placement Office <placement@apexoilservices.com.ng>", "Corps Member Placement Request",
    "Dear {n},\n\nWe acknowledge your request to serve your NYSC year with our company. Regrettably we are unable to accept any more corps members in this batch as our quota has been exhausted.\n\nHuman Resources")
# ---------------------------------------------------------------- kinds earlier slices did not list
add("trialshift-1", R, "Maeve at Kiln & Crumb <maeve@kilnandcrumb.ie>", "Saturday trial",
    "Hi {n},\n\nThanks a million for giving us Saturday. The lads enjoyed working beside you and you'll be paid for the shift as agreed. Maeve and Colm talked it over on Sunday and they're going with a baker who has more sourdough hours behind her.\n\nMind yourself,\nMaeve")
add("trialshift-2", R, "Rafa Guzman <rafa@tallowandtide.com>", "Thanks for Thursday",
    "{n}, thanks for the stage on Thursday - you kept your section clean and that matters. Chef's decided to bring on the other cook for the line. Your four hours will be in Friday's pay run.\n\nRafa")
add("volunteer-3", R, "Harbourlight Trust <people@harbourlighttrust.org.uk>", "Your application for the paid Outreach Worker post",
    "Dear {n},\n\nWe know how much the drop-in owes to your Tuesday evenings, which made this letter harder to write. The panel has appointed another applicant to the paid Outreach Worker post. We very much hope you will keep volunteering with us.\n\nWarm regards,\nPeople Team, Harbourlight Trust\nRegistered charity no. 1187342")
add("probation-4", R, "Jurgen Pfaff <j.pfaff@meridanlogistics.de>", "Outcome of your probation review",
    "Dear {n},\n\nFollowing our probation review meeting on Thursday, I am writing to confirm that your fixed-term contract as Warehouse Team Lead will end on its current end date and will not be extended. Your final payslip will follow from payroll.\n\nKind regards,\nJurgen Pfaff\nSite Manager")
add("freelance-5", R, "Bree Halvorsen <bree@quillpointstudio.com>", "Re: Proposal - brand refresh",
    "Hey {n},\n\nThanks for the thoughtful proposal and the moodboards. We've decided to give the refresh to a studio that's already done a couple of projects for our investors, so we'll pass this time.\n\nBree\n\nSent from my iPhone")
add("freelance-6", R, "Osagie Ehigie <osagie@paydaynaija.com.ng>", "Re: Quote for mobile app audit",
    "Hello {n},\n\nThank you for sending the quote. After discussing with our CTO, we have chosen a vendor that is closer to our budget. We won't be engaging you for this audit.\n\nRegards,\nOsagie")
add("postdoc-7", R, "Prof. Aurelie Dantec <a.dantec@univ-lumiere-research.fr>", "Postdoctoral position in soil microbiology",
    "Dear Dr {n},\n\nThank you for your interest in the postdoctoral position in my group. The position has now been filled, and I wanted to tell you personally rather than leave you waiting.\n\nWith best wishes for your research,\nAurelie Dantec")
add("phd-8", R, "Doctoral School Office <doctoral.office@tu-example-grad.nl>", "PhD vacancy 26-0193: Hydrogen storage materials",
    "Dear {n},\n\nThank you for applying for the PhD position on hydrogen storage materials. The selection committee has completed its assessment. We are sorry to let you know that your application has not been selected for an interview.\n\nDoctoral School Office")
add("calendar-9", R, "Nadia Ferreira (via Google Calendar) <calendar-notification@google.com>", "Canceled event: Final interview - Account Executive @ Thu 14:00",
    "This event has been canceled.\n\nNote from organizer: Hi {n}, apologies for the late notice. We've made a hiring decision in favour of another finalist, so I'm cancelling Thursday's slot.\n\nFinal interview - Account Executive\nThursday 14:00 - 15:00 (Central European Time)\nJoining info: meet.google.com/xbq-pwte-kaz\n\nInvitation from Google Calendar")
add("calendar-10", R, "Microsoft Outlook on behalf of Greg Hanley <ghanley@pinebarrowcorp.com>", "Canceled: Onsite - Financial Analyst",
    "Greg Hanley has canceled this meeting.\n\nHi {n} - we've filled the Financial Analyst position this week, so there's no need to come on site Monday. My apologies for any travel plans this affects.\n\nWhen: Monday, October 19, 2026 9:00 AM-12:00 PM (UTC-06:00) Central Time\nWhere: 400 Lakeview Pkwy, Suite 1200")
add("delay-11", R, "Recruitment Office <recruitment@pinewoodcollege.ac.za>", "Application: Bursar",
    "Dear {n}\n\nPlease accept our sincere apologies for taking nearly five months to respond. The selection committee has concluded its process and the appointment went to another candidate.\n\nYours faithfully\nRecruitment Office")
add("delay-12", R, "Lina at Oberon Studio <lina@oberonstudio.design>", "So sorry for the silence",
    "Hi {n},\n\nI'm embarrassed - you applied in March and it's now August. The honest version: the role was filled in May and your application slipped through our inbox. I'm sorry for the wait and for the news.\n\nLina")
add("sport-13", R, "Academy Operations <academy@eastvaleunited.co.uk>", "U16 Lead Coach vacancy",
    "Dear {n},\n\nThank you for delivering the session on Wednesday night. After watching all four candidates on the pitch, the Academy Manager has appointed another coach. Your session plan is attached with her notes.\n\nEastvale United Academy")
add("arts-14", R, "Casting <casting@lanternhousetheatre.co.uk>", "Recall - The Winter's Tale",
    "Dear {n},\n\nThanks so much for coming in for the recall on Tuesday. The director has now cast the role of Perdita and, on this occasion, it won't be you. We loved your audition speech.\n\nWith best wishes,\nLantern House Casting")
add("arts-15", R, "Orchestra Manager <auditions@harbourcityphil.org.au>", "Section Violin audition - result",
    "Dear {n},\n\nThank you for playing for the panel in the preliminary round on Saturday. The panel did not advance you to the semi-final round.\n\nYours sincerely,\nOrchestra Manager")
add("academic-16", R, "Dean's Office <deanoffice@greatlakestechu.edu>", "Tenure-track search - Assistant Professor of Chemistry",
    "Dear Dr. {n},\n\nOn behalf of the search committee, thank you for your campus visit and seminar. The committee has extended an offer to another candidate, who has accepted. We appreciated your research talk very much.\n\nSincerely,\nSearch Committee Chair")
add("sms-17", R, "Tomasz <tomasz.w@brightcutjoinery.co.uk>", "joiner job",
    "hi {n} its Tomasz. gave the job to the other lad sorry. good luck")
add("sms-18", R, "Rina <rina@pawsandclaws-vet.sg>", "vet nurse",
    "Hi {n} Rina here from Paws and Claws. We took someone else for the nurse job, sorry ya. Take care!")
add("discount-19", R, "Fennick Outdoor Careers <careers@fennickoutdoor.com>", "Your Fennick application",
    "Hi {n},\n\nWe loved hearing from you, but we've filled the Store Associate role with another candidate.\n\n---\nAs a thank-you for applying, here's 15% off your next order: use code TRAILHEAD15 at checkout.\nShop new arrivals | Store finder | Unsubscribe")
add("discount-20", R, "Bakewell & Daughters <jobs@bakewellanddaughters.com>", "Thanks for applying",
    "<p>Hi {n},</p><p>Thanks for wanting to join the Bakewell family! The Shift Supervisor role has gone to someone else this time.</p><p style=\"background:#ffe9d6;padding:12px\"><b>Treat yourself on us</b><br>Show this email in any café for a free pastry with your coffee.<br>Order ahead in the app | Find a café</p>")
add("internal-21", R, "Priya Venkatesan <priya.v@coralwaveinsurance.com>", "Business Analyst position",
    "Hi {n},\n\nThank you for interviewing with us. We have offered the role to an internal candidate from our operations team, who has accepted.\n\nWe will keep your details for similar roles.\n\nPriya")
add("sponsor-22", R, "Talent <talent@glenmorrowtech.co.uk>", "Your application - Graduate Developer",
    "Hi {n},\n\nThanks for applying. Reading your application, you'd need a Skilled Worker visa for this role, and we aren't a licensed sponsor, so we can't take it further.\n\nThe Glenmorrow team")
add("cooldown-23", R, "Careers <careers@tallyhoapp.com>", "Tallyho - application update",
    "Hi {n},\n\nThanks for your time on the interview loop for Mobile Engineer. We won't be moving forward with an offer. You're welcome to reapply after six months.\n\nTallyho Careers")
add("feedback-24", R, "Recruiting <recruiting@vantorahealth.com>", "Your Vantora interview",
    "Hi {n},\n\nWe've decided not to move ahead with your candidacy for Product Analyst. Could you spare two minutes to tell us how the process felt? Take the candidate survey: survey.vantorahealth.com/c/8821\n\nThank you,\nVantora Recruiting")
add("paused-25", R, "Moira Quigley <moira@quigleyandpartners.ie>", "Receptionist position",
    "Hi {n},\n\nI'm sorry to say we've decided not to fill the receptionist position after all; the partners are restructuring the front office. So we won't be going ahead with interviews.\n\nMoira")
add("boardgig-26", R, "Indeed <no-reply@indeed-notify.example.com>", "An update on your application to Crestmoor Dental",
    "Hi {n},\n\nCrestmoor Dental has reviewed your application for Dental Receptionist and decided not to proceed.\n\nKeep going: there are 148 new jobs for dental receptionist near Leeds.\n\nIndeed")
add("reference-27", R, "Callum Reid <callum.reid@shorelinehomes.com.au>", "Update",
    "Hi {n},\n\nThanks for your patience while we finished the reference checks. After speaking to your referees we've decided not to proceed with the Site Supervisor appointment.\n\nCallum")
add("locum-28", R, "Locum Desk <locums@meridianmedstaff.co.nz>", "Locum GP - Whanganui",
    "Kia ora {n},\n\nThe practice has confirmed another locum for the January block, so we won't be putting you forward for this one. I'll keep you posted on February.\n\nNgā mihi,\nLocum Desk")
# ---------------------------------------------------------------- other languages
add("de-1", R, "Personalabteilung Hollweg GmbH <bewerbung@hollweg-gmbh.de>", "Ihre Bewerbung als Industriekauffrau",
    "Sehr geehrte Frau {n},\n\nnach sorgfältiger Prüfung haben wir die Stelle mit einer Bewerberin besetzt, deren Profil näher an unseren Anforderungen liegt. Ihre Unterlagen löschen wir gemäß DSGVO nach sechs Monaten.\n\nMit freundlichen Grüßen\nPersonalabteilung")
add("de-2", R, "Jonas Albrecht <jonas.albrecht@spreeblick-software.de>", "Re: Gespräch am Dienstag",
    "Hallo {n},\n\ndanke nochmal für das gute Gespräch. Das Team hat sich am Ende für jemanden mit mehr Kotlin-Erfahrung entschieden. Ich hätte dir gern Besseres geschrieben.\n\nViele Grüße\nJonas")
add("fr-3", R, "Service RH <rh@maisonvallette.fr>", "Votre candidature - Assistant(e) de direction",
    "Madame, Monsieur {n},\n\nNous vous remercions de l'intérêt porté à notre maison. Après étude de votre dossier, nous ne sommes pas en mesure d'y donner une suite favorable.\n\nNous vous prions d'agréer nos salutations distinguées.\n\nService RH")
add("fr-4", R, "Élodie Marchand <elodie.marchand@quebecois-logiciel.ca>", "Suivi de l'entrevue",
    "Bonjour {n},\n\nMerci pour l'entrevue de jeudi. L'équipe a retenu un autre candidat qui connaît déjà notre plateforme. Je te souhaite bonne chance dans tes recherches.\n\nÉlodie")
add("es-5", R, "Selección de Personal <seleccion@grupoalameda.es>", "Proceso de selección - Técnico de Calidad",
    "Estimado/a {n}:\n\nLe agradecemos su participación en el proceso. Le comunicamos que su candidatura no ha sido seleccionada para continuar en las siguientes fases.\n\nAtentamente,\nSelección de Personal")
add("es-6", R, "Mariana Solís <mariana@cafeteramontana.com.mx>", "Re: vacante de barista",
    "Hola {n}, gracias por venir el sábado. Elegimos a otra persona para el turno de mañana. ¡Mucha suerte!\n\nMariana")
add("nl-7", R, "Werving & Selectie <vacatures@dijkstrabouw.nl>", "Uw sollicitatie Werkvoorbereider",
    "Beste {n},\n\nBedankt voor uw sollicitatie. Na zorgvuldige afweging hebben wij besloten u niet uit te nodigen voor een gesprek.\n\nMet vriendelijke groet,\nWerving & Selectie")
add("nl-8", R, "Sanne de Boer <sanne@fietsfabriek-utrecht.nl>", "Re: tweede gesprek",
    "Hoi {n},\n\nDank voor je tijd vorige week. We zijn met een andere kandidaat verdergegaan die al in de branche werkt.\n\nGroetjes,\nSanne")
add("it-9", R, "Ufficio Personale <personale@ceramichetorelli.it>", "Esito della selezione",
    "Gentile {n},\n\nla ringraziamo per aver partecipato alla selezione per Addetto Commerciale Estero. Abbiamo individuato un profilo più in linea con le esigenze dell'azienda.\n\nCordiali saluti,\nUfficio Personale")
add("it-10", R, "Giulia Ferri <giulia.ferri@studiolegaleferri.it>", "Praticantato",
    "Ciao {n},\n\ngrazie per il colloquio. Abbiamo scelto un'altra praticante per quest'anno. In bocca al lupo!\n\nGiulia")
add("sv-11", R, "Rekrytering Norrbacka <jobb@norrbacka.se>", "Angående din ansökan",
    "Hej {n},\n\nTack för din ansökan till tjänsten som projektledare. Vi har nu valt att gå vidare med andra kandidater.\n\nVänliga hälsningar\nNorrbacka")
add("sv-12", R, "Elin Sandberg <elin.sandberg@vasterkommun.example.se>", "Tjänst som förskollärare",
    "Hej {n}!\n\nTack för intervjun i tisdags. Tjänsten har nu tillsatts av en annan sökande.\n\nMed vänlig hälsning\nElin Sandberg, rektor")
add("da-13", R, "HR Skovlund <hr@skovlund.dk>", "Din ansøgning",
    "Kære {n}\n\nTak for din ansøgning. Vi har valgt en anden kandidat til stillingen som regnskabsassistent.\n\nMed venlig hilsen\nHR")
add("da-14", R, "Mads Holm <mads@holmdesign.dk>", "Opfølgning på samtale",
    "Hej {n}\n\nTak for en god samtale. Vi er gået videre med en anden, men du var tæt på.\n\nMvh Mads")
# ---------------------------------------------------------------- application confirmations
C = "application_received"
add("conf-either-1", C, "Talent Team <no-reply@careers.orrinbank.com.sg>", "We've got your application - Risk Analyst",
    "Hi {n},\n\nYour application for Risk Analyst is in. Either way you'll hear from us within three weeks; if there's no fit this time we'll tell you so rather than leave you hanging.\n\nOrrin Bank Talent Team")
add("conf-silence-2", C, "HR Desk <hr@lagosfreightlines.com.ng>", "Acknowledgement of Application",
    "Dear {n},\n\nWe acknowledge receipt of your application for Logistics Officer. Because of the volume of applications, only shortlisted candidates will be contacted. If you do not hear from us within four weeks, kindly consider your application unsuccessful.\n\nHR Desk", copies=2)
add("conf-wd-3", C, "Halcyon Retail <halcyon@myworkdayjobs-notify.example.com>", "Thank you for applying - Store Operations Manager",
    "Hi {n},\n\nThanks for applying for Store Operations Manager (R-104482). We're reviewing applications now. If your experience doesn't match what the store needs, we'll update your status in Candidate Home so you're not left wondering.\n\nHalcyon Retail Talent")
add("conf-gh-4", C, "Loomwise <no-reply@greenhouse-notify.example.io>", "Thanks for applying to Loomwise!",
    "Hi {n},\n\nThanks for applying to Loomwise for Backend Engineer. A real person reads every application. If we don't think it's a match, we'll still write to you - we don't ghost.\n\nThe Loomwise Team")
add("conf-lever-5", C, "Cobalt & Finch <notifications@hire-lever.example.co>", "Cobalt & Finch - application received",
    "{n},\n\nWe've received your application for Sales Development Rep. The team usually responds within 10 business days, whether or not we're moving ahead.\n\nCobalt & Finch")
add("conf-icims-6", C, "Stanmore Health <donotreply@icims-notify.example.com>", "Application Received - Req 26-03314",
    "Dear {n},\n\nThank you for your application for Patient Access Representative. Should your qualifications match our needs, a recruiter will contact you. If not selected, you will receive an email notification once the requisition is filled.\n\nStanmore Health Talent Acquisition")
add("conf-nhs-7", C, "NHS Jobs <noreply@jobs-nhs-notify.example.uk>", "Application submitted: Band 5 Staff Nurse",
    "Dear {n},\n\nYour application for Band 5 Staff Nurse (Ref 381-MED-0442) has been submitted.\n\nShortlisting will take place after the closing date. If you have not been contacted within three weeks of the closing date, you should assume your application has not been successful on this occasion.\n\nNHS Jobs")
add("conf-csj-8", C, "Civil Service Jobs <noreply@cs-jobs-notify.example.uk>", "Application received: Policy Adviser (HEO)",
    "Dear {n},\n\nThank you for applying. Sifting is expected to take place in the week commencing 14 September. We'll tell you the outcome of the sift whether it is good news or not.\n\nCivil Service Jobs")
add("conf-usaj-9", C, "USAJOBS <no-reply@usajobs-notices.example.gov>", "Application received: IT Specialist (INFOSEC)",
    "Dear {n},\n\nWe received your application for IT Specialist (INFOSEC), announcement IT-26-2291. After the announcement closes, your status will change to one of: Reviewing applications, Referred, Not referred, or Not selected.\n\nThis is an automated message.")
add("conf-agency-10", C, "Jobs at Brightwater <jobs@brightwaterpeople.co.uk>", "Thanks for your application",
    "Hi {n},\n\nThanks for applying through Brightwater. Due to high volumes we can only respond to applicants we are shortlisting. If you haven't heard within 5 working days, please assume you haven't been successful for this particular role - your CV will stay on our database for future roles.")
add("conf-person-11", C, "Olwen Price <olwen.price@cardencycles.co.uk>", "Re: Workshop Mechanic",
    "Hi {n},\n\nGot your CV, thanks. We're seeing people next week. If I haven't rung you by Friday week it's a no, but don't take it personally - we've had loads.\n\nOlwen")
add("conf-indian-12", C, "HR Team <careers@vedanshinfotech.co.in>", "Application Received - Java Developer",
    "Dear {n},\n\nGreetings from Vedansh Infotech!\n\nWe are in receipt of your resume for the post of Java Developer. Your profile is under screening. In case it is not found suitable, your resume will be kept in our database for 6 months for future openings.\n\nThanks & Regards,\nHR Team")
add("conf-retain-13", C, "Recruitment <recruitment@tessellatehealth.com>", "Application received",
    "Hi {n},\n\nThanks for applying to Tessellate Health. If we aren't able to offer you an interview for this role, we'd like to keep your details for 12 months in case another role comes up. Reply 'delete' if you'd rather we didn't.\n\nTessellate Health Recruiting")
add("conf-teamtailor-14", C, "Larchmere <no-reply@larchmere.teamtailor-mail.example.com>", "We got your application",
    "Hi {n}!\n\nThanks for applying to Growth Marketer at Larchmere. We'll go through applications on a rolling basis and get back to you either way by 30 September.\n\nIn the meantime, read what it's like to work here on our blog.\n\nPowered by Teamtailor")
add("conf-au-15", C, "Ridge Creek Council <recruitment@ridgecreekcouncil.nsw.gov.au>", "Application Acknowledgement - Parks Team Leader",
    "Dear {n},\n\nThank you for your application. Applications will be assessed after the closing date. All applicants will be advised in writing whether or not they have been shortlisted for interview.\n\nPeople & Culture")
add("conf-sg-16", C, "Careers@Gov <noreply@careers-gov.example.sg>", "Application Submitted - Management Associate",
    "Dear {n},\n\nYour application has been submitted successfully. Only shortlisted candidates will be notified. Applicants who are not shortlisted will be informed through the portal within 8 weeks from the closing date.\n\nThis is a system-generated email.")
add("conf-sa-17", C, "Kwela Mining Recruitment <recruitment@kwelamining.co.za>", "Application received",
    "Dear {n}\n\nThank you for applying for Mine Surveyor. Please note that should you not hear from us within 30 days of the closing date, your application should be regarded as unsuccessful. Kwela Mining is an equal opportunity employer.\n\nRecruitment")
add("conf-smart-18", C, "Pelican Air Careers <no-reply@careers.pelicanair.com>", "Thanks for applying to Pelican Air",
    "Hi {n},\n\nYour application for Cabin Crew has been received. Our recruiters are reviewing it. If you're not selected for the open day, we'll let you know by email - keep an eye on your spam folder too.\n\nPelican Air Careers")
add("conf-html-19", C, "Rookwood Analytics <jobs@rookwoodanalytics.io>", "Application received: Data Engineer",
    "<p>Hi {n},</p><p>Thanks for applying to be our Data Engineer. We're a small team, so replies can take a couple of weeks.</p><p>If it turns out not to be the right match, you'll still hear from us with a short note - we promise.</p><p>— Rookwood</p>")
add("conf-uni-20", C, "University of Ashcombe HR <jobs@ashcombe.ac.uk>", "Application received: Lecturer in Accounting",
    "Dear {n}\n\nThank you for applying for Lecturer in Accounting (Ref 02711). Shortlisting is expected in early March. If you have not heard from us by 31 March, please assume that on this occasion you have not been shortlisted.\n\nHuman Resources")
add("conf-hospital-21", C, "St Brigid's Hospital Medical Staffing <medstaffing@stbrigidshospital.ie>", "Application receipt",
    "Dear Dr {n},\n\nWe confirm receipt of your application for Registrar in Emergency Medicine. Candidates who are unsuccessful at shortlisting will be notified by email.\n\nMedical Staffing Department")
add("conf-linkedin-22", C, "LinkedIn <jobs-noreply@linkedin-notify.example.com>", "{n}, your application was sent to Northwind Labs",
    "Your application was sent to Northwind Labs\nData Scientist · Singapore (Hybrid)\n\nApplied with your profile and resume.\n\nNow that you've applied, here's what happens: the employer may review your application. If they don't move forward, you'll see the status update in My Jobs.\n\nYou are receiving job application emails. Unsubscribe")
add("conf-volume-23", C, "Quartzline Careers <careers@quartzlinepay.com>", "Application received",
    "Hi {n},\n\nThanks for your interest in Senior Product Designer. We're receiving a very high number of applications, so it may take us a little longer than usual. Everyone who applies gets an answer, yes or no.\n\nQuartzline")
add("conf-ng-24", C, "Recruitment Unit <careers@crestwaterbank.com.ng>", "Graduate Trainee Programme - Application Received",
    "Dear {n},\n\nThank you for applying to the Crestwater Graduate Trainee Programme. Successful candidates will be invited for an aptitude test. Candidates who are not invited should not be discouraged and may apply again next cycle.\n\nRecruitment Unit")
add("conf-ca-25", C, "Northshore Credit Union <careers@northshorecu.ca>", "Thank you for your application",
    "Hi {n},\n\nThanks for applying for Member Service Representative. We review every application. If you're selected for an interview we'll call you; if not, you'll get an email when the posting closes.\n\nNorthshore Credit Union")
add("conf-intern-26", C, "Early Careers <earlycareers@brackenfieldbank.com>", "Summer Internship 2027: application submitted",
    "Dear {n},\n\nYour application for the 2027 Summer Internship Programme has been submitted. Next, you'll get a link to the online tests. If you don't meet the threshold on the tests, your application won't progress further, and we'll let you know.\n\nEarly Careers Team")
add("conf-de-27", C, "Personalabteilung Hollweg GmbH <bewerbung@hollweg-gmbh.de>", "Eingangsbestätigung Ihrer Bewerbung",
    "Sehr geehrte/r {n},\n\nwir bestätigen den Eingang Ihrer Bewerbung. Wir melden uns in den nächsten drei Wochen bei Ihnen – unabhängig davon, wie unsere Entscheidung ausfällt.\n\nMit freundlichen Grüßen\nPersonalabteilung")
add("conf-fr-28", C, "Service RH <rh@maisonvallette.fr>", "Accusé de réception",
    "Bonjour {n},\n\nNous accusons réception de votre candidature. Sans réponse de notre part sous un mois, vous pourrez considérer que votre profil n'a pas été retenu.\n\nService RH")
add("conf-es-29", C, "Selección de Personal <seleccion@grupoalameda.es>", "Hemos recibido tu candidatura",
    "Hola {n}:\n\nGracias por inscribirte. Revisaremos tu perfil y, tanto si avanzas como si no, te escribiremos antes de fin de mes.\n\nSelección de Personal")
add("conf-nl-30", C, "Werving & Selectie <vacatures@dijkstrabouw.nl>", "Ontvangstbevestiging sollicitatie",
    "Beste {n},\n\nWe hebben je sollicitatie ontvangen. Binnen twee weken hoor je van ons, ook als we je niet uitnodigen voor een gesprek.\n\nMet vriendelijke groet,\nWerving & Selectie")
add("conf-it-31", C, "Ufficio Personale <personale@ceramichetorelli.it>", "Conferma ricezione candidatura",
    "Gentile {n},\n\nabbiamo ricevuto la sua candidatura. Qualora il suo profilo non risultasse in linea, conserveremo il CV per 24 mesi per future selezioni.\n\nUfficio Personale")
add("conf-sv-32", C, "Rekrytering Norrbacka <jobb@norrbacka.se>", "Vi har tagit emot din ansökan",
    "Hej {n},\n\nTack för din ansökan! Urval sker löpande. Alla sökande får besked via mejl när rekryteringen är avslutad.\n\nNorrbacka")
add("conf-da-33", C, "HR Skovlund <hr@skovlund.dk>", "Kvittering for ansøgning",
    "Kære {n}\n\nTak for din ansøgning. Hører du ikke fra os inden fire uger, er du ikke gået videre i denne omgang.\n\nMed venlig hilsen\nHR")
add("conf-recruiter-34", C, "Shruti Agarwal <shruti@talentbridge.co.in>", "Profile shared with client",
    "Hi {n},\n\nThanks for the updated CV. I've submitted your profile to the client for SAP MM. If they don't shortlist, I'll still update you so you're not left waiting.\n\nRegards,\nShruti")
add("conf-small-35", C, "Dee at Driftwood Books <dee@driftwoodbooks.com.au>", "Re: Bookseller casual",
    "Thanks {n}! CV's in the pile. I'll only reach out to people I want to meet, so if you don't hear from me in a fortnight, no luck this round.\n\nDee")
add("conf-portal-36", C, "Candidate Portal <noreply@portal.kingsreachgroup.com>", "Application received",
    "Applicant: {n}\nJob: Electrical Estimator\nCurrent status: Submitted\n\nWhat happens next: Submitted > In review > Interview > Decision. Applications not selected move to 'Closed - Unsuccessful'.\n\nSign in to view details.")
add("conf-jobvite-37", C, "Sierra Ridge Resorts <jobs@jobvite-notify.example.com>", "We received your application!",
    "Hi {n}, thanks for applying for Lift Operator - Winter 2026. Hiring events run through October. Unsuccessful applicants will be emailed after the last hiring event.\n\nSierra Ridge Resorts")
add("conf-school-38", C, "St Colman's NS <office@stcolmansns.ie>", "Application acknowledged",
    "Dear {n},\n\nThe Board of Management acknowledges your application for the post of Special Education Teacher. Shortlisting may apply. Only those called for interview will be contacted.\n\nOffice Manager")
add("conf-pending-39", C, "Tidepool Games <noreply@workable-notify.example.com>", "Thanks for applying to Tidepool Games",
    "Hi {n},\n\nWe received your application for Level Designer. Unfortunately we can't reply to everyone personally right away, but you'll get a status update from us either way within 14 days.\n\nTidepool Games")
add("conf-apprent-40", C, "Apprenticeships Team <apprenticeships@medwaybuildco.co.uk>", "Electrical Apprenticeship - application in",
    "Hi {n},\n\nThanks for applying! Practical days run in June. We'll write to everyone after that, so whether it's a yes or not yet, you'll know before the end of July.\n\nApprenticeships Team")
add("conf-lottery-41", C, "Hawthorn Housing <jobs@hawthornhousing.org.uk>", "Your application: Tenancy Officer",
    "Dear {n},\n\nThank you for applying. We aim to complete shortlisting within ten working days of the closing date. Sadly we can't give feedback at the shortlisting stage, but we will email everyone with the outcome.\n\nHawthorn Housing")
# ---------------------------------------------------------------- interviews
IV = "interview"
add("iv-resched-1", IV, "Grace Mwangi <grace.m@tallowcreek.com.au>", "Interview time change",
    "Hi {n},\n\nUnfortunately our panel chair is off sick on Tuesday, so could we move your interview to Friday at 10:30 AEST? Same video link.\n\nCheers,\nGrace")
add("iv-invite-2", IV, "Hollis Brandt <hbrandt@coppervalecounty.gov>", "Interview invitation - Planner II",
    "{n},\n\nThe panel would like to interview you for Planner II on Wednesday, October 28 at 1:30 PM Mountain Time in Room 210 of the County Administration Building. Please bring a writing sample.\n\nHollis Brandt")
add("iv-cancelled-3", IV, "Talent at Larchmere <talent@larchmere.io>", "Re-booking your interview",
    "Hi {n},\n\nUnfortunately we had to cancel this morning's call at short notice - sorry! Your interview isn't off, we just need a new time. Pick any slot on this link: cal.larchmere.io/growth\n\nThe Larchmere team")
add("iv-indian-4", IV, "HR Team <careers@vedanshinfotech.co.in>", "Interview Call Letter - Java Developer",
    "Dear {n},\n\nWe are pleased to inform you that you are shortlisted for the Technical Interview on 18th March 2026, 10:00 AM at our Noida office. Kindly carry two copies of your resume and a government photo ID.\n\nThanks & Regards,\nHR Team")
add("iv-thread-5", IV, "Ines Caldwell <ines@bramblecode.dev>", "Re: Staff Engineer loop",
    "hey {n} - good news, the panel want you back for the final design round. does next tues or wed afternoon work? 90 mins, remote.\n\nines")
add("iv-nhs-6", IV, "NHS Jobs <noreply@jobs-nhs-notify.example.uk>", "Invitation to interview: Band 5 Staff Nurse",
    "Dear {n},\n\nYou have been shortlisted. Please book an interview slot via your account. Interviews take place on 22 and 23 September at the Education Centre. Slots are allocated first come, first served.\n\nNHS Jobs")
add("iv-unfort-7", IV, "Pradeep Nair <pradeep.nair@sembawangmarine.com.sg>", "Second interview - Procurement Executive",
    "Hi {n},\n\nThe manager would like to meet you again. Unfortunately he is travelling next week, so the earliest would be Monday 9 March, 3pm, at our Tuas office. Please confirm if ok.\n\nBest Regards,\nPradeep")
add("iv-phone-8", IV, "Recruiting <recruiting@vantorahealth.com>", "Phone screen - Product Analyst",
    "Hi {n},\n\nThanks for applying! We'd like to set up a 30-minute phone screen. Grab a time here: book.vantorahealth.com/ps\n\nVantora Recruiting")
add("iv-panel-9", IV, "Public Appointments <appointments@publicservice-appointments.example.ie>", "Higher Executive Officer - interview",
    "Dear {n},\n\nYou are invited to attend for interview on Thursday 5 November at 11:15 in our Dublin offices. Bring original photo ID. Please confirm attendance through your account.\n\nPublic Appointments")
add("iv-de-10", IV, "Jonas Albrecht <jonas.albrecht@spreeblick-software.de>", "Einladung zum Gespräch",
    "Hallo {n},\n\nwir würden dich gern kennenlernen. Passt dir Dienstag, 14 Uhr, per Video? Leider ist Montag bei uns schon voll.\n\nViele Grüße\nJonas")
add("iv-fr-11", IV, "Élodie Marchand <elodie.marchand@quebecois-logiciel.ca>", "Invitation à une entrevue",
    "Bonjour {n},\n\nNous aimerions te rencontrer jeudi prochain à 10 h (heure de l'Est) par Teams. Peux-tu me confirmer ta disponibilité?\n\nÉlodie")
add("iv-moved-12", IV, "Ruth Abernethy <ruth@abernethyassociates.com.au>", "Change of interview venue",
    "Dear {n},\n\nUnfortunately the Chatswood rooms are being renovated, so your interview on Thursday at 2pm will now be at our North Sydney office, Level 6. The time is unchanged.\n\nKind regards,\nRuth")
add("iv-calendar-13", IV, "Nadia Ferreira (via Google Calendar) <calendar-notification@google.com>", "Invitation: Final interview - Account Executive @ Thu 14:00",
    "Nadia Ferreira has invited you to Final interview - Account Executive\nThursday 14:00 - 15:00 (Central European Time)\nJoining info: meet.google.com/xbq-pwte-kaz\n\nGoing? Yes - Maybe - No\n\nInvitation from Google Calendar")
add("iv-sms-14", IV, "Tomasz <tomasz.w@brightcutjoinery.co.uk>", "joiner job",
    "hi {n} its Tomasz can u come to the yard thurs 8am for a chat. bring ur tools")
add("iv-school-15", IV, "St Colman's NS <office@stcolmansns.ie>", "Interview - Special Education Teacher",
    "Dear {n},\n\nYou are invited for interview on Saturday 13 June at 10:40 in the school. Regrettably we are unable to offer alternative times, as the board sits only that day.\n\nOffice Manager")
add("iv-audition-16", IV, "Casting <casting@lanternhousetheatre.co.uk>", "Recall - The Winter's Tale",
    "Dear {n},\n\nWe'd love to see you again! Please come to the recall on Tuesday at 3.20pm at the rehearsal rooms. Prepare the Act 4 speech.\n\nLantern House Casting")
add("iv-rebook-17", IV, "Wendy Lau <wendy.lau@harbourtalent.com.sg>", "Interview rescheduled",
    "Hi {n},\n\nSorry, the client had to cancel tomorrow's interview due to a board meeting. They are keen to meet you and proposed Friday 11am instead. Can?\n\nWendy")
add("iv-es-18", IV, "Selección de Personal <seleccion@grupoalameda.es>", "Entrevista - Técnico de Calidad",
    "Estimado/a {n}:\n\nNos gustaría invitarle a una entrevista el martes 3 de marzo a las 9:30 en nuestras oficinas de Zaragoza.\n\nAtentamente,\nSelección de Personal")
add("iv-ng-19", IV, "Nkechi Obi <nkechi.obi@peoplefirsthr.com.ng>", "Interview Schedule",
    "Dear {n},\n\nThe microfinance client has scheduled your interview for Wednesday by 11am at their Ikeja office. Unfortunately they cannot do virtual, so please plan for traffic.\n\nBest regards,\nNkechi")
add("iv-assess-20", IV, "Graduate Recruitment <grads@copperbeltengineering.co.za>", "Invitation: Assessment Day",
    "Dear {n}\n\nCongratulations! You are invited to our graduate assessment day on 4 August in Johannesburg. Travel costs will be reimbursed.\n\nGraduate Recruitment")

# ---------------------------------------------------------------- next steps
NS = "next_steps"
add("ns-credit-1", NS, "Onboarding <onboarding@castlereaghfinance.co.uk>", "Action needed: credit and background check",
    "Dear {n},\n\nPlease complete the credit and background check form by 5pm on Monday. Unfortunately we can't progress your file without it.\n\nOnboarding Team")
add("ns-takehome-2", NS, "Finchly <no-reply@ashby-notify.example.com>", "Your take-home for Customer Success Manager",
    "Hi {n},\n\nNext step: a short written exercise (about 2 hours). You'll find the brief attached. Please send it back by 9am Thursday. If you need more time, just ask.\n\n— Finchly")
add("ns-refs-3", NS, "Callum Reid <callum.reid@shorelinehomes.com.au>", "Referees",
    "Hi {n},\n\nWe'd like to move to references. Could you send two referees, one a direct manager, by Wednesday?\n\nCallum")
add("ns-rtw-4", NS, "People Team <people@mossgreenenergy.com>", "Right to work check",
    "Hi {n},\n\nBefore we can confirm your start we need to check your right to work. Please upload your share code or passport in the portal by 12 June.\n\nMossgreen People Team")
add("ns-test-5", NS, "Pelican Air Careers <no-reply@careers.pelicanair.com>", "Online assessment invitation",
    "Hi {n},\n\nPlease complete the online situational judgement test by 23:59 on Sunday. The test takes about 25 minutes. Applications without a completed test by the deadline can't be considered.\n\nPelican Air Careers")
add("ns-coding-6", NS, "Tallyho Careers <careers@tallyhoapp.com>", "Coding exercise",
    "Hi {n},\n\nThe team enjoyed the first call. Next is a 90-minute coding exercise on our platform; the link expires in 5 days.\n\nTallyho Careers")
add("ns-bgv-7", NS, "BGV Team <bgv@kestrelsoft.in>", "Background verification documents",
    "Dear {n},\n\nKindly upload the following for background verification by 20th April: relieving letters, last 3 months payslips, PAN and Aadhaar copy.\n\nBGV Team")
add("ns-dbs-8", NS, "Hawthorn Housing <jobs@hawthornhousing.org.uk>", "DBS check",
    "Dear {n},\n\nPlease complete your DBS application using the link below within 7 days, and bring your ID documents to the office for verification.\n\nHawthorn Housing")
add("ns-video-9", NS, "Orrin Bank Talent Team <no-reply@careers.orrinbank.com.sg>", "Video interview - Risk Analyst",
    "Hi {n},\n\nPlease record your video interview by Friday 6pm SGT. There are four questions and you get one retake each.\n\nOrrin Bank Talent Team")
add("ns-portfolio-10", NS, "Camille Roussel <camille@studiobelair.ca>", "Portfolio request",
    "Hi {n},\n\nLoved your reel. Could you send two more shots with breakdowns by Monday? Unfortunately our servers block large files, so a Vimeo link is best.\n\nCamille")
add("ns-casestudy-11", NS, "Theo Marchetti <theo.marchetti@crestlinesearch.com>", "Case study for the Corp Dev role",
    "{n} - they want a 5-page memo on an acquisition target of your choice by next Tuesday COB. Call me if you want to talk through it.\n\nTheo")
add("ns-medical-12", NS, "Federal Civil Service Commission <recruitment@fcsc-portal.example.gov.ng>", "Documentation exercise",
    "Dear {n},\n\nCongratulations on passing the CBT. Report for documentation and medical screening on 12 May with original credentials.\n\nSecretary")
add("ns-form-13", NS, "Stanmore Health <donotreply@icims-notify.example.com>", "Please complete your pre-employment questionnaire",
    "Dear {n},\n\nPlease complete the pre-employment health questionnaire by 31 July. Your start date depends on it.\n\nStanmore Health")
add("ns-pairing-14", NS, "Ines Caldwell <ines@bramblecode.dev>", "prep for pairing",
    "hey {n}, for the pairing session bring a laptop with node 20 installed. we'll send the repo link 24h before. if anything breaks, no stress.\n\nines")
add("ns-docs-15", NS, "University of Ashcombe HR <jobs@ashcombe.ac.uk>", "Pre-appointment checks",
    "Dear {n}\n\nPlease send copies of your degree certificates and passport by 15 May so we can complete pre-appointment checks.\n\nHuman Resources")
add("ns-trial-16", NS, "Maeve at Kiln & Crumb <maeve@kilnandcrumb.ie>", "Trial shift?",
    "Hi {n}, would you do a paid trial shift Saturday 5am-11am? Wear closed shoes, we'll have an apron for you.\n\nMaeve")
add("ns-de-17", NS, "Personalabteilung Hollweg GmbH <bewerbung@hollweg-gmbh.de>", "Nächster Schritt: Online-Test",
    "Sehr geehrte/r {n},\n\nbitte absolvieren Sie bis Freitag, 18 Uhr, den Online-Test. Der Link ist sieben Tage gültig.\n\nPersonalabteilung")
add("ns-es-18", NS, "Selección de Personal <seleccion@grupoalameda.es>", "Documentación pendiente",
    "Estimado/a {n}:\n\nPara continuar, le rogamos que nos envíe antes del viernes copia del título y dos referencias.\n\nSelección de Personal")
add("ns-assess-19", NS, "Early Careers <earlycareers@brackenfieldbank.com>", "Assessment centre details",
    "Dear {n},\n\nYour assessment centre is on 9 December, 08:45-16:00, in Canary Wharf. Please complete the pre-read by 7 December.\n\nEarly Careers Team")
add("ns-presentation-20", NS, "Ridge Creek Council <recruitment@ridgecreekcouncil.nsw.gov.au>", "Presentation topic",
    "Dear {n},\n\nAhead of your interview please prepare a 10-minute presentation on managing volunteers. Unfortunately we can't provide a projector, so bring handouts.\n\nPeople & Culture")

# ---------------------------------------------------------------- offers
OF = "offer"
add("offer-counter-1", OF, "Rahul Menon <rahul.menon@kestrelsoft.in>", "Revised offer",
    "Hi {n},\n\nWe went back to finance and can match your counter: CTC of 24 LPA with the joining bonus. Revised letter attached, please sign by Friday.\n\nRahul")
add("offer-short-2", OF, "Mariana Solís <mariana@cafeteramontana.com.mx>", "¡Bienvenida!",
    "Hola {n}, ¡el puesto es tuyo! Empiezas el lunes a las 7.\n\nMariana")
add("offer-verbal-3", OF, "Siobhan Keohane <siobhan.keohane@ardtalent.ie>", "Following our call - offer",
    "Hi {n},\n\nAs discussed, delighted to confirm the verbal offer for Credit Controller at €48,000. The written contract will follow from HR this week.\n\nSiobhan")
add("offer-cond-4", OF, "University of Ashcombe HR <jobs@ashcombe.ac.uk>", "Conditional offer of appointment",
    "Dear {n}\n\nI am delighted to offer you the post of Lecturer in Accounting, subject to satisfactory references and proof of right to work.\n\nHuman Resources")
add("offer-letter-5", OF, "Quartzline Careers <careers@quartzlinepay.com>", "Your offer from Quartzline",
    "Hi {n},\n\nWe're thrilled to offer you Senior Product Designer. Your offer letter is ready to e-sign and expires in 5 days.\n\nQuartzline")
add("offer-intern-6", OF, "Internship Desk <internships@pranavmotors.co.in>", "Internship offer",
    "Dear {n},\n\nCongratulations! You have been selected for the Summer Trainee Internship (8 weeks) with a stipend of Rs. 15,000 per month.\n\nInternship Desk")
add("offer-contract-7", OF, "Blake Ferris <blake@ironbarkrecruitment.com.au>", "Ballarat contract - yours!",
    "Hey {n}, client said yes! 6 months at $85/hr, start 2nd. Contract to sign in DocuSign.\n\nBlake")
add("offer-it-8", OF, "Giulia Ferri <giulia.ferri@studiolegaleferri.it>", "Proposta di praticantato",
    "Ciao {n},\n\nsiamo felici di offrirti il praticantato presso lo studio a partire da gennaio.\n\nGiulia")
add("offer-unfort-9", OF, "Ines Caldwell <ines@bramblecode.dev>", "the answer is yes",
    "hey {n} - unfortunately for your weekend plans, you're going to be reading an offer letter. we'd love you on the team.\n\nines")
add("offer-sg-10", OF, "Pradeep Nair <pradeep.nair@sembawangmarine.com.sg>", "Letter of Offer",
    "Hi {n},\n\nPleased to extend the offer for Procurement Executive. Please find the Letter of Offer attached and revert by Wednesday.\n\nBest Regards,\nPradeep")
add("offer-sa-11", OF, "Zanele Khumalo <zanele@ubuntutalent.co.za>", "Centurion - OFFER!!",
    "Hi {n}!\n\nThe client wants you. R38 000 per month, start 1 March. Shall I accept on your behalf?\n\nZanele")
add("offer-da-12", OF, "Mads Holm <mads@holmdesign.dk>", "Tilbud",
    "Hej {n}\n\nVi vil meget gerne tilbyde dig stillingen. Kontrakten kommer i morgen.\n\nMvh Mads")

# ---------------------------------------------------------------- other job mail
OJ = "other_job"
add("oj-forwarded-1", OJ, "Lena Hartwig <lena.hartwig@pemberfield.com>", "Fwd: Your application",
    "Oops, {n}, that was meant for another candidate, please ignore and delete. Your interview is still on for Monday!\n\nLena\n\n---------- Forwarded message ---------\nDear applicant, we will not be moving forward with your application.")
add("oj-review-2", OJ, "Candidate Portal <noreply@portal.kingsreachgroup.com>", "Status update",
    "Applicant: {n}\nJob: Electrical Estimator\nCurrent status: In review\n\nSign in to view details.")
add("oj-deciding-3", OJ, "Gordon Tremblay <g.tremblay@northshorecu.ca>", "Still deciding",
    "Hi {n},\n\nJust so you're not wondering - we haven't made a decision yet. Our branch manager is away until the 20th and we'll be in touch after that.\n\nGordon")
add("oj-friend-4", OJ, "Dominic Shaw <dominic.shaw@brightwaterpeople.co.uk>", "Your referral",
    "Hi {n},\n\nThanks for referring your friend Callum for the Service Desk role. Sadly the client didn't take him forward, so there's no referral bonus this time - but keep them coming!\n\nDominic")
add("oj-withdraw-5", OJ, "Recruiting <recruiting@vantorahealth.com>", "Withdrawal confirmed",
    "Hi {n},\n\nAs requested, we've withdrawn your application for Product Analyst. Congratulations on the new role!\n\nVantora Recruiting")
add("oj-alert-6", "job_alert", "Job Alerts <alerts@jobsnest.example.com>", "12 new jobs for 'payroll officer'",
    "Hi {n}, here are new jobs matching your alert.\n\nPayroll Officer - Durban\nPayroll Administrator - Remote\n\nNot interested? Hide jobs like these. Tired of rejections? Try our CV review.")
add("oj-outreach-7", "recruiter_outreach", "Harriet Cole <harriet@northbeamtalent.com>", "Opportunity - Data Lead",
    "Hi {n},\n\nI came across your profile and think you'd be a great fit for a Data Lead role at a fintech in Toronto. Open to a quick chat?\n\nHarriet")
add("oj-outreach-8", "recruiter_outreach", "Vikram Sethi <vikram@apexhunt.in>", "Urgent requirement - Cloud Architect",
    "Dear {n},\n\nSorry to hear your last interview didn't work out - no worries, I have an urgent Cloud Architect requirement in Bengaluru. Please share your CV.\n\nVikram")
add("oj-account-9", OJ, "Halcyon Retail <halcyon@myworkdayjobs-notify.example.com>", "Your candidate account",
    "Hi {n},\n\nYour candidate account has been created. You haven't finished your application yet - continue where you left off.")
add("oj-delete-10", OJ, "Tessellate Health Recruiting <recruitment@tessellatehealth.com>", "Your data",
    "Hi {n},\n\nWe've held your details for 12 months. Unless you reply, we'll delete your candidate profile on 1 December.\n\nTessellate Health")
add("oj-alert-11", "job_alert", "LinkedIn <jobs-noreply@linkedin-notify.example.com>", "Data Scientist: 9 new jobs",
    "{n}, 9 new jobs match your preferences.\n\nData Scientist · Northwind Labs · Singapore\nML Engineer · Merlion Logistics\n\nSee all jobs")
add("oj-delay-12", OJ, "Olwen Price <olwen.price@cardencycles.co.uk>", "Still thinking",
    "Hi {n}, sorry for the wait. Still haven't decided - one of the partners is off. I'll let you know either way next week.\n\nOlwen")
add("oj-feedback-13", OJ, "Apprenticeships Team <apprenticeships@medwaybuildco.co.uk>", "Your practical day",
    "Hi {n},\n\nThanks for coming to the practical day! Decisions will be made by the end of July. Here's a photo from the day.\n\nApprenticeships Team")
add("oj-closed-14", OJ, "Dee at Driftwood Books <dee@driftwoodbooks.com.au>", "Re: casual job",
    "Hi {n}, we stopped taking applications yesterday, but I've added your CV to the pile anyway. Will be in touch either way.\n\nDee")

# ---------------------------------------------------------------- non-job mail with rejection words
NJ = "non_job_rejection_words"
add("nj-visa-1", NJ, "Visa Application Centre <noreply@visacentre-info.org>", "Update on your visa application",
    "Dear {n},\n\nYour visitor visa application has been refused. The refusal letter is available in your online account with the grounds and your right to review.\n\nVisa Application Centre")
add("nj-tenancy-2", NJ, "Kerrigan Lettings <lettings@kerriganlets.ie>", "Apartment 4, Quay Street",
    "Hi {n},\n\nThanks for viewing on Saturday. Unfortunately the owner chose a different tenant. We'll send you anything similar that comes up.\n\nKerrigan Lettings")
add("nj-card-3", NJ, "Harbour Bank Alerts <alerts@harbourbank-notify.example.com>", "Transaction declined",
    "Hi {n}, a payment of £42.80 at FRESHMART was declined because of insufficient funds. If this wasn't you, call us.")
add("nj-manuscript-4", NJ, "Editorial Office <editorial@journalofcoastalstudies.example.org>", "Decision on manuscript JCS-2026-0412",
    "Dear {n},\n\nThank you for submitting your manuscript. Based on the reviewers' reports, I regret that we cannot accept it for publication in the journal.\n\nEditor-in-Chief")
add("nj-school-5", NJ, "Admissions <admissions@oakgroveprimary.example.sch.uk>", "Reception place 2027",
    "Dear Parent/Carer {n},\n\nWe are unable to offer your child a place at Oakgrove Primary. You are number 7 on the waiting list and have the right to appeal.\n\nAdmissions")
add("nj-grant-6", NJ, "Arts Fund <grants@creativeartsfund.example.org.au>", "Outcome of your grant application",
    "Dear {n},\n\nYour application to the Emerging Artists round was not funded. Competition was strong: 412 applications for 38 grants.\n\nArts Fund")
add("nj-pr-7", NJ, "GitHub <notifications@github-notify.example.com>", "Re: [tidewave/core] Add retry to uploader (#812)",
    "Closed #812.\n\nThanks {n}, but we're rejecting this in favour of #790, which handles the backoff centrally.\n\n—\nReply to this email directly or view it on GitHub.")
add("nj-insurance-8", NJ, "Claims <claims@sheltonmutual.example.com>", "Claim CLM-558201",
    "Dear {n},\n\nWe have reviewed your claim for water damage. Unfortunately it is declined as the policy excludes gradual leaks.\n\nClaims Team")
add("nj-club-9", NJ, "Membership Secretary <members@riversiderowing.example.org>", "Membership application",
    "Dear {n},\n\nThank you for applying to join. Our senior squad is full, so you've been placed on the waitlist. We'll be in touch in spring.\n\nMembership Secretary")
add("nj-loan-10", NJ, "Creditline <noreply@creditline-notify.example.com>", "Your loan application",
    "Hi {n},\n\nWe're unable to approve your personal loan application at this time, based on your credit file.\n\nCreditline")
add("nj-talk-11", NJ, "Program Committee <cfp@pyconf-south.example.org>", "Your talk proposal",
    "Hi {n},\n\nThanks for your proposal. We received 380 submissions for 40 slots, and yours wasn't selected this year. We hope to see you at the conference!\n\nProgram Committee")
add("nj-refund-12", NJ, "Support <support@stridewear.example.com>", "Your return request",
    "Hi {n},\n\nYour return request for order #88213 has been rejected because the item was worn. Reply if you have questions.\n\nStridewear Support")
add("nj-planning-13", NJ, "Planning Department <planning@eastshirecouncil.example.gov.uk>", "Decision notice 26/01193/FUL",
    "Dear {n},\n\nPlanning permission for the rear extension at 14 Mill Lane has been refused. The decision notice and your appeal rights are attached.\n\nPlanning Department")
add("nj-party-14", NJ, "Aunt Beatrice <beatrice.holloway@btinternet.example.com>", "Sunday lunch",
    "Darling {n}, I'm afraid I must decline Sunday, my knee is playing up. Next month instead? Love, B")

# Templates sent to a second person (one family, two recipients).
TWICE = {
    "hedge-1", "hedge-5", "ats-gh-2", "ats-wd-1", "ats-lever-3", "ats-ashby-6", "intern-1", "intern-4",
    "pub-usajobs-1", "pub-uni-6", "pub-sg-9", "cooldown-23", "feedback-24", "boardgig-26",
    "discount-19", "conf-wd-3", "conf-gh-4", "conf-nhs-7", "conf-icims-6", "conf-teamtailor-14",
    "conf-agency-10", "conf-linkedin-22", "conf-csj-8",
}


def make_date(rng: random.Random) -> str:
    start = datetime(2025, 2, 1)
    day = start + timedelta(days=rng.randint(0, 660))
    moment = day.replace(hour=rng.randint(7, 20), minute=rng.randint(0, 59))
    zone = rng.choice(ZONES)
    return f"{DAYS[moment.weekday()]}, {moment.day:02d} {MONTHS[moment.month - 1]} {moment.year} {moment:%H:%M}:00 {zone}"


def render() -> list[dict[str, str]]:
    rng = random.Random(SEED)  # noqa: S311
    out: list[dict[str, str]] = []
    counters: dict[str, int] = {}
    for tpl in TEMPLATES:
        copies = max(tpl.copies, 2 if tpl.family in TWICE else 1)
        for _ in range(copies):
            first, last = rng.choice(FIRST), rng.choice(LAST)
            label = "rejection" if tpl.kind == "rejection" else "not_rejection"
            key = "rej" if label == "rejection" else tpl.kind
            counters[key] = counters.get(key, 0) + 1
            local = f"{first}.{last}".lower().replace(" ", "")
            out.append({
                "id": f"blind7:{key}-{counters[key]:03d}",
                "subject": tpl.subject.replace("{n}", first),
                "body": tpl.body.replace("{n}", first),
                "sender": tpl.sender,
                "label": label,
                "kind": tpl.kind,
                "family": f"blind7-{tpl.family}",
                "provenance": PROV,
                "to": f"{first} {last} <{local}@{rng.choice(DOMAINS)}>",
                "date": make_date(rng),
            })
    return out


def shingles(text: str) -> set[str]:
    words = re.findall(r"\w+(?:'\w+)?", text.lower())
    return {" ".join(words[i:i + 6]) for i in range(len(words) - 5)}


def check(records: list[dict[str, str]]) -> int:
    """Print our side of every 6-word shingle shared with the training files or earlier slices."""
    theirs: set[str] = set()
    paths = sorted(HERE.parent.glob("*.jsonl"))
    paths += [p for p in sorted(HERE.glob("blind-slice*.jsonl")) if p != OUT]
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                theirs |= shingles(str(json.loads(line).get("body", "")))
    bodies = 0
    distinct: set[str] = set()
    for rec in records:
        common = sorted(shingles(rec["body"]) & theirs)
        if common:
            bodies += 1
            distinct |= set(common)
            print(rec["id"], rec["family"], "|", " || ".join(common))
    print(f"{bodies} of {len(records)} bodies share a shingle; {len(distinct)} distinct shared shingles")
    return 0


def main(argv: list[str]) -> int:
    records = render()
    if "--check" in argv:
        return check(records)
    OUT.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
