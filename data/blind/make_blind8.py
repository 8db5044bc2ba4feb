# ruff: noqa: E501
"""Write blind slice 8 (issue 11): new mail the model has never seen, sealed before the next change.

Stdlib only, fixed seed 81130; two runs write byte-identical output. ``--check`` prints our side of
any 6-word shingle this slice shares with ``data/*.jsonl`` or the earlier slices; those files are
read only as sets of shingles and never printed.
"""

from __future__ import annotations

import json
import random
import re
import sys
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

SEED = 81130
HERE = Path(__file__).resolve().parent
OUT = HERE / "blind-slice-8.jsonl"
PROV = "written for rejectwatch issue 11 blind slice 8 (make_blind8.py); never trained on"


@dataclass(frozen=True)
class Mail:
    family: str
    kind: str
    sender: str
    subject: str
    body: str
    copies: int


MAILS: list[Mail] = []


def add(family: str, kind: str, sender: str, subject: str, body: str, *, copies: int = 1) -> None:
    """Register one template; ``{n}`` in subject and body becomes the recipient's first name."""
    MAILS.append(Mail(family, kind, sender, subject, body, copies))


R = "rejection"

# --- long footers that a clear refusal sits above -------------------------------------------

FOOT_CAREERS = """

--
Life at Brackenfield Foods
Our people bake, pack and deliver 40 million loaves a year from nine sites across the Midlands and the North.
> Meet the night-shift team at our Wakefield bakery
> Read how our apprentices are retrofitting ovens to cut gas use by a fifth
> Browse every live vacancy at careers.brackenfieldfoods.co.uk
Follow us: Instagram | LinkedIn | TikTok
This note went to you as someone who used the Brackenfield careers portal; the Privacy tab of your candidate account lets you edit or wipe what we hold.
Brackenfield Foods Ltd, Unit 4 Calder Park, Wakefield WF2 7AW. Company no. 08814027."""

FOOT_ALERT = """

────────────────────────
NEW THIS WEEK FOR YOU
Warehouse Shift Lead · Doncaster · £31,400 · 2 days ago
Inventory Analyst · Leeds (hybrid) · £34,000 · 4 days ago
Fleet Planner · Sheffield · £29,750 · 6 days ago
See all 23 matches ›
Edit how often we email you: daily | weekly | never
Job alert set up on 14 January for "operations", 25 miles around LS1.
Hireloop delivers this email for the hiring company. Hireloop Ltd, 2 Pier Approach, Bristol BS1 6QD."""

FOOT_NEWS = """

<table width="100%" cellpadding="8"><tr><td style="background:#0b3d2e;color:#ffffff">
<b>THE GREENHOUSE GAZETTE — Issue 31</b></td></tr>
<tr><td>🌱 Our Rotterdam lab just passed 1,000 days without a lost-time incident.<br>
🎤 Podcast: Dr Ines Kowalczyk on why tomatoes love LED light.<br>
📅 Open house at the Westland campus on 18 October — families welcome.<br>
<a href="https://careers.verdantagri.example/gazette">Read the full gazette</a> · <a href="https://careers.verdantagri.example/unsubscribe">Unsubscribe</a></td></tr>
<tr><td class="legal-small">Verdant Agritech B.V., Kwekerijweg 12, 2675 Monster, the Netherlands. KvK 71234598.</td></tr></table>"""

FOOT_LEGAL = """

_____________________________________________
Harbourline Logistics Pty Ltd | ABN 61 204 883 017
Level 9, 120 Collins Street, Melbourne VIC 3000
Harbourline hires on merit alone and proudly backs of the Reconciliation Action Plan.
We hold candidate records for 24 months under our Privacy Policy; write to privacy@harbourline.example to see, fix or delete yours.
KNOW SOMEONE GREAT? Staff and friends of Harbourline earn a $1,500 gift card when a person they refer completes three months with us. Details at harbourline.example/refer
PRIVATE: written for the named recipient alone. Got it in error? Bin it, tell us, and keep its contents to yourself.
Think twice before you print this."""

FOOT_APP = """

━━━━━━━━━━━━━━━━━━━━━━━━
Get the Cobaltwave Careers app
Track every application, get a ping when a role like yours opens, and book interview slots from your phone.
[App Store]   [Google Play]
★ Voted a Great Place to Work® 2025 in India, Singapore and the UAE ★
Cobaltwave Technologies Pvt. Ltd. · Prestige Tech Park, Outer Ring Road, Bengaluru 560103
This mailbox is not monitored. For help, visit support.cobaltwave.example/candidates
Job alerts: you follow 3 searches. Change them in Settings > Alerts."""

FOOTERS = {
    "careers": FOOT_CAREERS,
    "alert": FOOT_ALERT,
    "news": FOOT_NEWS,
    "legal": FOOT_LEGAL,
    "app": FOOT_APP,
}

FOOTER_REFUSALS = [
    ("Brackenfield Foods Talent <talent@brackenfieldfoods.co.uk>", "Your application – Production Planner",
     "Dear {n},\n\nThank you for applying for the Production Planner post at our Wakefield site. Shortlisting wrapped up yesterday and you haven't made the cut for interview.\n\nIt's a disappointing email to open, we realise, and we're grateful for the care that went into your form.\n\nBest regards,\nThe Brackenfield Talent Team", ("careers", "alert")),
    ("Verdant Agritech Recruitment <jobs@verdantagri.example>", "Update: Greenhouse Data Technician",
     "Hello {n},\n\nWe have reviewed every application for the Greenhouse Data Technician opening. I am sorry to say yours will go no further in this round.\n\nKind regards,\nMarloes Teunissen\nTalent Acquisition, Verdant Agritech", ("news", "careers")),
    ("Harbourline Careers <careers@harbourline.example>", "Harbourline – Customs Broker Trainee",
     "Hi {n},\n\nApologies for the wait; the Customs Broker Trainee intake drew a big pile of forms. The panel has chosen not to progress your application any further this round.\n\nCheers,\nBronte Castellano\nPeople & Culture", ("legal", "app")),
    ("Cobaltwave Talent <no-reply@cobaltwave.example>", "Regarding your candidature: SDET II (Req 44821)",
     "Dear {n},\n\nGreetings from Cobaltwave!\n\nAfter evaluation by the hiring panel, your candidature for SDET II (Req 44821) is being closed at the screening stage itself. We request you not to reply to this mail.\n\nWarm regards,\nTalent Acquisition Team", ("app", "alert")),
    ("Ledgerpoint Hiring <hiring@ledgerpoint.example>", "Ledgerpoint | Accounts Payable Specialist",
     "{n},\n\nA quick and honest update: the Accounts Payable Specialist role is going to somebody else. We had a very small team read every CV and yours didn't make the final group.\n\nAll the best,\nLedgerpoint Hiring", ("legal", "news")),
]

for i, (snd, subj, body, feet) in enumerate(FOOTER_REFUSALS, 1):
    for f in feet:
        add(f"footer-{i}{f}", R, snd, subj, body + FOOTERS[f])

# --- person-written thread replies after interviews: the decision is someone else's choice ----

add("thread-1", R, "Teodora Vlasic <t.vlasic@nimbusfreight.example>", "RE: [EXT] Re: Route Optimisation Analyst – second interview",
    "Hi {n},\n\nBetter you get this from me than from some portal notification. Gareth and the ops directors met on Thursday and settled on the candidate who ran the routing rollout at her previous firm; she starts in May.\n\nYou were a pleasure to talk to both times, and your whiteboard sketch of the depot loop is still on our wall.\n\nTake care,\nTeodora\n\nFrom: {n}\nSent: Monday, 9 March 2026 08:41\nTo: Teodora Vlasic <t.vlasic@nimbusfreight.example>\nSubject: Re: [EXT] Re: Route Optimisation Analyst – second interview\n\nHi Teodora,\nThanks again for Friday. Is there a rough date for the outcome?\nBest,\n{n}", copies=2)

add("thread-2", R, "Marcus Adeyemi-Reid <marcus@foldline.studio>", "Re: Senior Product Designer chat",
    "Hey {n},\n\nSorry this took a while. The three of us argued it out and Ayesha picked the designer from the fintech side, mostly because he has shipped a payments flow end to end and that's the first thing on our list for Q3.\n\nGenuinely loved your portfolio. Let's grab a coffee if you're ever near Shoreditch.\n\nMarcus\n\nOn Tue, 14 Apr 2026, 17:02, {n} wrote:\n> Hi Marcus, cheers for today, the studio is brilliant. Speak soon I hope.\n> {n}")

add("thread-3", R, "Priyanka Sethuraman <priyanka.s@orbitclinical.example>", "RE: [EXT] RE: [EXT] Re: Clinical Data Manager - panel feedback",
    "[EXTERNAL SENDER] Mail from outside Orbit. Check the address before acting on it.\n\nDear {n},\n\nApologies that it took us a fortnight. The hiring committee has extended the offer to another candidate whose EDC migration work lines up with the study we are starting in June, and she accepted yesterday evening.\n\nIt was a close call and Dr Haldane asked me to pass on his thanks for the thoughtful answers on protocol deviations.\n\nWith kind regards,\nPriyanka Sethuraman\nSenior Talent Partner | Orbit Clinical Research\n+44 20 7946 0158\n\n-----Original Message-----\nFrom: {n}\nSent: 22 April 2026 10:15\nTo: Priyanka Sethuraman\nSubject: RE: [EXT] Re: Clinical Data Manager - panel feedback\n\nDear Priyanka, thank you for arranging the panel. Please let me know if anything else is needed from me.\n\n-----Original Message-----\nFrom: Priyanka Sethuraman\nSent: 17 April 2026 16:30\nSubject: Re: Clinical Data Manager - panel feedback\n\nHi {n}, the panel is confirmed for Tuesday at 11:00 in our Farringdon office.")

add("thread-4", R, "Dwayne Okafor <dokafor@tallyhouse.example>", "Re: Staff Accountant — following up",
    "Hi {n},\n\nAppreciate you checking in. Honestly it was a two-horse race and our controller went with the person who already knows our ERP inside out. I pushed for you, for what it's worth.\n\nIf anything opens on the tax side later this year you'll be the first person I call.\n\nDwayne\nSent from my iPhone\n\n> On Jun 2, 2026, at 9:14 AM, {n} wrote:\n>\n> Hi Dwayne — any update on the Staff Accountant role? Happy to provide references.", copies=2)

add("thread-5", R, "Ellen Marsh <ellen.marsh@coastaltrust.example>", "RE: [EXT] Re: Volunteer Coordinator interview - thank you",
    "Dear {n},\n\nIt was lovely to have you in on Wednesday. The trustees have asked Rhiannon, who has been running our Saturday sessions as a volunteer for three years, to take the post on, and she has accepted.\n\nDo follow what we get up to; there's a beach clean in August and you'd be most welcome.\n\nWarmly,\nEllen\n\nEllen Marsh | Head of Community | Coastal Trust\nRegistered charity 1098234\n\nFrom: {n}\nSent: 05 June 2026 19:22\nTo: Ellen Marsh\nSubject: Re: Volunteer Coordinator interview - thank you\n\nThank you Ellen, I enjoyed it very much.")

add("thread-6", R, "Rahul Bhandari <rahul.bhandari@finsight.example>", "RE: Re: Interview for Risk Analyst - Mumbai",
    "Dear {n},\n\nTrust this finds you well.\n\nPost the final round, management has finalised one candidate from the Pune branch for this position and the joining formalities are completed already. Kindly treat this as closure from our side.\n\nWe will surely reach out for suitable openings in future.\n\nThanks & Regards,\nRahul Bhandari\nHR Business Partner\n\nFrom: {n}\nSent: Thursday, May 21, 2026 11:48 AM\nTo: Rahul Bhandari\nSubject: Re: Interview for Risk Analyst - Mumbai\n\nDear Sir, requesting an update on my candidature for the above. Regards, {n}")

add("thread-7", R, "Hannah Lindqvist <hannah@bergmanarkitekter.example>", "Re: Re: Junior architect – after our meeting",
    "Hi {n},\n\nThank you for coming to Malmö, and sorry for the long wait. Our partners have now chosen a candidate who already holds the Swedish licence, which matters for the hospital project we just won.\n\nYour sketchbook was beautiful. Good luck with the search.\n\nHannah\n\nOn 3 Feb 2026, at 14:20, {n} wrote:\n> Dear Hannah, thank you again for the studio tour. I am very curious about the next step.")

add("thread-8", R, "Callum Frears <callum.frears@brightwaterenergy.example>", "RE: [EXT] Re: Grid Analyst – final stage",
    "**This email originated outside Brightwater Energy. Be careful with links and attachments.**\n\nHi {n},\n\nQuick one as promised. The hiring manager has gone with an applicant from our graduate scheme who worked on the flexibility market project last summer. I know that's tough after three rounds.\n\nI thought your answer on constraint payments was the best of the day. Happy to share more notes on a call if useful.\n\nCallum\n\n________________________________\nFrom: {n}\nSent: 11 March 2026 12:03\nTo: Callum Frears\nSubject: Re: Grid Analyst – final stage\n\nHi Callum, just checking whether the panel has met yet?", copies=2)

add("thread-9", R, "Noor Al-Hashimi <noor@pebblelabs.example>", "Re: Fwd: Backend Engineer (Go) – next round?",
    "Hi {n},\n\nForwarding what Lars wrote after the debrief, since he asked me to reply:\n\n\"We're going to bring on Tomasz – he has run Kafka at our scale and can start next month. Please thank {n} for the really clean solution to the rate-limiter task.\"\n\nSo that is where it landed. I'm sorry, and I'm grateful for all the hours you gave us.\n\nNoor\n\n---------- Forwarded message ---------\nFrom: Lars Engstrom\nDate: Fri, 8 May 2026 at 16:10\nSubject: Backend Engineer (Go) – next round?\nTo: Noor Al-Hashimi")

add("thread-10", R, "Sophie Tremblay <stremblay@maplecrestu.example>", "RE: [EXT] Re: Research Coordinator - thank you note",
    "Hi {n},\n\nThanks so much for your kind note after the interview. I have now heard from Dr. Osei: the lab has asked a former master's student who already knows the REB process to step into the coordinator position.\n\nI've really appreciated your enthusiasm for the sleep study. All the best with the job hunt.\n\nSophie\n\nSophie Tremblay (she/her)\nLab Manager, Sleep & Cognition Lab\n\nFrom: {n}\nSent: Tuesday, February 17, 2026 3:44 PM\nTo: Tremblay, Sophie\nSubject: Re: Research Coordinator - thank you note\n\nHi Sophie, thank you for your time today!")

add("thread-11", R, "Bilal Qureshi <bilal@quillandvine.example>", "Re: Shop manager – coffee tomorrow?",
    "Morning {n},\n\nHad a long think over the weekend. My business partner's cousin has managed two of our other shops and she's taking this one from next month, so that's decided.\n\nThanks for coming by and for the tips on the grinder. You'd be great somewhere, honestly.\n\nBilal\n\nOn Sat, 25 Apr 2026, 20:11 {n}, wrote:\n> Thanks for the chat Bilal! Let me know what you decide.")

add("thread-12", R, "Andrea Kovács <andrea.kovacs@danubeit.example>", "AW: Re: QA Engineer – interview feedback",
    "Hello {n},\n\nsorry for writing only now, we had holidays in the team. After the second talk, our team lead has preferred another applicant who has more experience with the SAP test tools, so she will join us from July.\n\nIt was a pleasure to meet you and I wish you success.\n\nBest regards\nAndrea Kovács\nHR, Danube IT GmbH\n\nVon: {n}\nGesendet: Mittwoch, 3. Juni 2026 09:02\nAn: Andrea Kovács\nBetreff: Re: QA Engineer – interview feedback\n\nDear Andrea, do you have an update already? Many thanks.")

add("thread-13", R, "Jess O'Rourke <jess.orourke@kangaroopaw.example>", "RE: [EXT] Re: Vet Nurse trial day",
    "Hi {n}!\n\nThanks heaps for the trial on Saturday, the team loved having you. Dr Patel's ended up choosing the nurse who did her placement here last year, since she already knows our surgery routines.\n\nKeep in touch and good luck, you'll land something soon.\n\nJess\nPractice Manager\n\nFrom: {n}\nSent: Sunday, 17 May 2026 6:30 PM\nTo: Jess O'Rourke\nSubject: Re: Vet Nurse trial day\n\nHi Jess, thanks for having me yesterday!")

add("thread-14", R, "Thandiwe Nkosi <thandiwe.n@karoocapital.example>", "RE: [EXT] RE: [EXT] Re: Investment Associate",
    "Dear {n},\n\nThank you for the follow-up and for the case study, which the partners enjoyed.\n\nThe investment committee has made its choice for the associate seat and asked me to let the remaining finalists know. The seat has gone to a candidate with direct renewables deal experience.\n\nKind regards,\nThandiwe\n\nThandiwe Nkosi | Chief of Staff | Karoo Capital\n\n-----Original Message-----\nFrom: {n}\nSent: 28 May 2026 07:55\nTo: Thandiwe Nkosi\nSubject: RE: [EXT] Re: Investment Associate\n\nGood morning Thandiwe, I just wanted to check on timing.")

# --- hedged refusals ---------------------------------------------------------------------------

add("hedge-1", R, "Ottoline Reyes <ottoline@slatehouse.example>", "Your Slatehouse application",
    "Hi {n},\n\nWe've finished the first look at everyone who applied for Content Strategist. A few of the other people we heard from match what the role needs this year a little more closely, so we'll be talking to them first and closing things off with you here.\n\nThank you for the sample pieces.\n\nOttoline", copies=2)

add("hedge-2", R, "Westmere Talent <talent@westmere.example>", "Westmere | Field Service Engineer",
    "Dear {n},\n\nThe company has gone another way for the Field Service Engineer vacancy. We appreciate the time you gave us during the process.\n\nRegards,\nWestmere Talent")

add("hedge-3", R, "Lionel Baptiste <lionel@mangroveventures.example>", "Following up on Ops Lead",
    "{n} — thanks for talking with us last week. After comparing notes, we think the people further along in our process are a nearer fit for where the business is going, so we're going to let this one go. Grateful for your time.\n\nLionel")

add("hedge-4", R, "Recruiting at Fernhill <recruiting@fernhill.example>", "An update on your application",
    "Hi {n},\n\nThanks for applying to Fernhill. We've decided to focus our time on candidates whose backgrounds line up more tightly with the Data Platform role, which means we'll be closing your application. We wish we had room to say more.\n\nFernhill Recruiting", copies=2)

add("hedge-5", R, "Gemma Holloway <gemma.holloway@kestrelpr.example>", "Account Executive – thank you",
    "Dear {n},\n\nThank you for your interest in joining Kestrel PR. Lots of good people applied and, on reflection, the profiles we're taking forward sit closer to our consumer-tech clients. I hope that isn't too disappointing.\n\nWith best wishes,\nGemma Holloway")

add("hedge-6", R, "HR Team, Norvale Hospitality <hr@norvalehotels.example>", "Front of House Supervisor",
    "Dear {n},\n\nMany thanks for considering Norvale Hotels. Having weighed all applications, management has opted for candidates whose hotel experience sits nearer to our luxury properties. Every good wish for what comes next.\n\nHR Team")

add("hedge-7", R, "Ayodele Banjo <ayo@crestwater.example>", "Product Manager application — update",
    "Hi {n},\n\nI'll keep it short because I'd rather you hear it quickly. We've gone with someone whose mix of B2B and marketplace work suits the roadmap more closely. It's not a comment on your ability.\n\nThanks again,\nAyodele")

add("hedge-8", R, "Shiftwise Recruiting <jobs@shiftwise.example>", "Thanks for your time, {n}",
    "Hi {n},\n\nEvery so often the hard part of hiring is that several good people want the same job. This was one of those times, and other candidates lined up a touch better with the shift-planning experience we were after. We'll be closing your application.\n\nTake care,\nThe Shiftwise team")

add("hedge-9", R, "Clara Whitcombe <cwhitcombe@hollisbank.example>", "Relationship Manager – decision",
    "Dear {n},\n\nFollowing your interview, the bank is taking forward applicants whose portfolios more closely mirror our mid-market book. I appreciated your candour.\n\nYours sincerely,\nClara Whitcombe\nTalent Acquisition, Hollis Bank")

add("hedge-10", R, "Jun Watanabe <jun@lanternrobotics.example>", "Re: Robotics Technician",
    "Hello {n},\n\nThank you for applying. The team went a different route and picked applicants with more hands-on time on ABB arms. We're grateful you thought of us.\n\nJun")

# --- recruiter follow-ups after a call: decision and a new pitch in the same breath ----------

add("agency-1", R, "Kirsty Mahon <kirsty@tidewayrecruit.example>", "Nursery Manager - feedback + something else",
    "Hi {n},\n\nLovely chatting earlier. Like I said when we talked, the nursery group are promoting their deputy from the Didsbury setting, so that one's closed. BUT I've got a Room Leader job in Chorlton at £28k that I think suits you down to the ground. Happy for me to put you forward?\n\nKirsty\nTideway Recruitment | 0161 496 0732", copies=2)

add("agency-2", R, "Vikram Nair <vikram.nair@talentbridge.example>", "Java Developer - client feedback | new opening",
    "Hi {n},\n\nFurther to our telephonic discussion, client side has closed the Java role with another profile. Meanwhile I have one more requirement for Spring Boot + AWS with a product company in Hyderabad, 12-16 LPA, immediate joiners preferred. If this interests you, do send across your latest resume with present and expected CTC.\n\nRegards,\nVikram Nair\nTalentBridge Consultants")

add("agency-3", R, "Brodie Taylor <brodie@outbackpeople.example>", "Mine site admin - update and a new one",
    "G'day {n},\n\nGood to catch up this arvo. The Pilbara client's filled the admin role with someone already on their FIFO roster, sorry mate. Got a site clerk gig in Kalgoorlie starting in three weeks though, 8/6 roster, decent rate. Keen? Flick me a reply and I'll put you forward.\n\nBrodie")

add("agency-4", R, "Megan Castillo <megan.castillo@peakline.example>", "Following our call - Marketing Coordinator",
    "Hi {n},\n\nThanks for hopping on the phone with me. Putting it in an email as well: the hiring team decided to pursue a candidate with more event experience for the Marketing Coordinator opening. I'd love to submit you for a Social Media Specialist contract at a healthcare brand downtown — 6 months, likely to extend. Can you send me two times this week to talk?\n\nMegan Castillo\nSenior Recruiter, Peakline Staffing")

add("agency-5", R, "Oisin Doyle <oisin@emeraldhire.example>", "Payroll role - bad news, good news",
    "Hi {n},\n\nBad news first, as promised on the call: my client's picked someone else for the payroll lead post. Good news: there's a Payroll Officer role in Sandyford paying €46k with two days at home, and the manager is easy-going. Want me to send you the spec?\n\nOisín Doyle\nEmerald Hire")

add("agency-6", R, "Farah Jaffer <farah@unitalent.example>", "Re our call today",
    "Dear {n},\n\nPer our conversation this afternoon, the client will not take your application further for the Compliance Analyst role. I do have a KYC Analyst position at a Dubai-based bank that matches your AML background closely. Kindly confirm by tomorrow if I may share your profile.\n\nBest,\nFarah Jaffer\nUniTalent Search")

# --- public-sector notices ------------------------------------------------------------------

add("public-1", R, "USAJOBS <no-reply@usajobs.example.gov>", "Application status update: Program Analyst, GS-0343-11",
    "An application status was updated.\n\nAnnouncement number: DOI-BLM-26-1184\nPosition: Program Analyst, GS-0343-11\nAgency: Bureau of Land Management\n\nReview of your application is complete. You were rated qualified, but the certificate sent to the selecting official holds only candidates from the Best Qualified category, and you were rated Well Qualified. Status: Not Referred.\n\nYou can see your application status under Track My Applications in your USAJOBS profile.\n\nAutomated notice; nobody reads replies sent here.", copies=2)

add("public-2", R, "Human Resources <hr-staffing@va.example.gov>", "Notice of results: Medical Support Assistant",
    "Dear {n},\n\nHR has finished looking at your application for Medical Support Assistant, announcement CBSU-26-HR-9921.\n\nEligibility result: Ineligible\nReason: Specialized experience at the GS-4 level could not be credited because your resume leaves out the hours you worked each week.\n\nFor later announcements, list weekly hours against every job on your resume.\n\nVA Staffing Unit")

add("public-3", R, "Borough Council Recruitment <recruitment@kestonborough.example.gov.uk>", "Vacancy withdrawn: Licensing Officer (ref LIC/0426)",
    "Dear {n},\n\nWe are writing to everyone who applied for the Licensing Officer post (ref LIC/0426). Following the council's budget decision of 12 May, this vacancy has been withdrawn and the recruitment closed. Your application will go no further.\n\nWe are sorry to bring the process to an end this way, and grateful you considered the borough as an employer.\n\nPeople Services\nKeston Borough Council")

add("public-4", R, "Civil Service Jobs <noreply@csjobs.example.gov.uk>", "Application 7719263: outcome of sift",
    "Dear {n},\n\nThank you for applying for Policy Adviser (HEO) at the Department for Transport.\n\nTwo assessors marked your personal statement and behaviour examples. Your total was 13; the pass mark set for this campaign was 16. As your score fell short of that mark, the campaign closes for you at this point.\n\nFeedback on your scores is available in your account.\n\nCivil Service Jobs", copies=2)

add("public-5", R, "NSW Government Recruitment <recruitment@iworkfor.example.nsw.gov.au>", "Role 00091142 – Senior Project Officer",
    "Dear {n},\n\nThank you for applying for Senior Project Officer (Clerk Grade 9/10) with Transport for NSW.\n\nThe selection panel has rated every application against the capability framework. Yours did not score high enough to go on to the next assessment.\n\nEach applicant's information is kept under the Privacy and Personal Information Protection Act 1998.\n\nRegards\nTalent Team")

add("public-6", R, "State Personnel Board <exams@spb.example.ca.gov>", "Examination result – Associate Governmental Program Analyst",
    "Dear {n},\n\nYour Training and Experience evaluation for Associate Governmental Program Analyst has been scored.\n\nResult: 68.00 — Did not pass (minimum passing score 70.00)\n\nYour name does not go onto the eligible list. A retake is allowed once 6 months have passed.\n\nExamination Services")

add("public-7", R, "Gemeente Leiden <werkenbij@leiden.example.nl>", "Your application: Policy Officer Mobility",
    "Dear {n},\n\nThank you for applying to the municipality of Leiden. The selection committee has compared all letters against the job profile. We regret that you were not chosen for a first interview.\n\nKind regards,\nTeam Recruitment\nGemeente Leiden")

add("public-8", R, "Office of Personnel <hr@countyofmarlow.example.gov>", "Recruitment cancelled – Deputy Clerk II",
    "Dear Applicant,\n\nThe County of Marlow has cancelled recruitment #26-0412 for Deputy Clerk II. Nobody will be appointed under this recruitment, and the applications we received are now closed without action.\n\nWe appreciate your wish to work for the County.\n\nOffice of Personnel")

add("public-9", R, "Canada Public Service <noreply-pas@gc.example.ca>", "Process 26-CRA-ON-114: screening result",
    "Hello {n},\n\nYour application for the process 26-CRA-ON-114 (Collections Officer, PM-02) was screened. You were eliminated at screening because your answer to essential qualification EX1 did not demonstrate 12 months of experience in debt recovery.\n\nAn informal chat about this result can be asked for in the next 5 working days.\n\nPublic Service Resourcing System")

add("public-10", R, "NHS Jobs <do-not-reply@nhsjobs.example.nhs.uk>", "Healthcare Assistant – Bank (ref 220-HCA-2611)",
    "Dear {n},\n\nShortlisting for this post at North Avon Hospitals NHS Trust has finished. You have not been shortlisted, so there is no interview for you on this vacancy.\n\nIf you'd like feedback, contact the recruiting manager within 28 days quoting the reference above.\n\nNHS Jobs")

# --- bare ATS status updates -------------------------------------------------------------------

add("ats-1", R, "Halcyon Systems <no-reply@myworkday.example>", "Candidate Home: status change",
    "Job Application Status Update\n\nJob Requisition: R-20761 Cloud Support Engineer\nStatus: No Longer Being Considered\n\nOpen Candidate Home to see more.", copies=2)

add("ats-2", R, "Greenpoint Recruiting <recruiting@greenpoint.example>", "Your application to Greenpoint",
    "Hi {n},\n\nCustomer Success Manager (NYC): this application is now no longer being considered.\n\n— Greenpoint\n\nPowered by Greenhouse")

add("ats-3", R, "Oakfield Careers <careers@oakfield.example>", "Application ID 55120 - Disposition",
    "Application ID: 55120\nRequisition: Electrical Estimator (Req 3319)\nDisposition: Not Selected – Closer Match Hired\nDate: 2026-04-18\n\nThis notification was generated by the Oakfield applicant tracking system.")

add("ats-4", R, "Talent Portal <noreply@portal.zenithbank.example>", "Status of your application",
    "Dear {n},\n\nStatus of your application (Branch Officer, Lagos Island): CLOSED – UNSUCCESSFUL\n\nPlease log in to view your profile.")

add("ats-5", R, "Ridgeway Health <notifications@ridgeway.example>", "Update for Requisition 88412",
    "Your candidacy status has changed.\n\nPosition: Respiratory Therapist I\nNew status: Position Filled\n\nThis requisition is now closed to further applications.")

add("ats-6", R, "Lumen Retail Jobs <jobs@lumenretail.example>", "Application update",
    "Hi {n},\n\nWe've updated your application for Store Supervisor - Croydon.\n\nOutcome: Unsuccessful\n\nLumen Retail Recruitment")

add("ats-7", R, "Corvid Analytics via Ashby <no-reply@ashbyhq.example>", "Corvid Analytics application",
    "{n}, your application for Analytics Engineer at Corvid Analytics was archived.\n\nArchive reason: Not a fit for current requirements")

add("ats-8", R, "Careers Notification <careers@tollgate.example>", "Requisition 7731 – Rejected",
    "Candidate: {n}\nRequisition: 7731 Warehouse Operative (Nights)\nStep: Screening\nStep status: Rejected\n\nThis is an automated notification.")

# --- internship / graduate / apprentice programme decisions ----------------------------------

add("intern-1", R, "Summer Analyst Programme <campus@bellwetherbank.example>", "Bellwether 2027 Summer Analyst Programme",
    "Dear {n},\n\nThe 2027 Summer Analyst Programme in Markets drew more than 9,000 applicants for 140 places. Having looked at your application and online assessment, we cannot extend you one of this year's places.\n\nDo consider our Spring Insight weeks, which open in October.\n\nBellwether Campus Recruitment", copies=2)

add("intern-2", R, "Graduate Recruitment <graduates@ironbridgeeng.example>", "Ironbridge Graduate Scheme 2026 – assessment centre result",
    "Dear {n},\n\nThe assessors have now marked every exercise from the virtual assessment centre on 2 March. Your scores fell below the line for a place on the 2026 Civil Engineering Graduate Scheme.\n\nYour individual scores are attached to your account under Feedback.\n\nGraduate Recruitment Team\nIronbridge Engineering")

add("intern-3", R, "Apprenticeships <apprenticeships@northgatewater.example>", "Level 3 Maintenance Apprenticeship",
    "Hi {n},\n\nIt was good to see you at the Warrington practical day. The tutors have picked this year's eight apprentices and your name isn't one of them. We'd really like you to try again next year; most of our current apprentices applied more than once.\n\nNorthgate Water Apprenticeships")

add("intern-4", R, "University Careers – Co-op Office <coop@lakeshoreu.example>", "Co-op match result: Winter 2027",
    "Hello {n},\n\nThe employer for posting #4412 (Junior Data Analyst, Halden Insurance) has finished ranking candidates. Your application did not receive a ranking from them, so there is no match for you on it. You can still apply to postings in the continuous round starting 10 November.\n\nCo-operative Education Office")

add("intern-5", R, "Talent Acquisition <campus@pixelforge.example>", "PixelForge Internship 2026",
    "Hey {n},\n\nThanks for the game jam entry! We loved seeing the prototype, but we've now filled all our art internship slots for 2026. Keep making stuff and come back next cycle.\n\nThe PixelForge campus team")

add("intern-6", R, "Internship Office <internships@unesco-youthnet.example>", "Result of your internship application",
    "Dear {n},\n\nWe acknowledge your application for the six-month internship in the Education Sector. After review, your profile was not retained for this session. Future calls are published on our portal, and we hope you will look there.\n\nInternship Office")

# --- new kinds ------------------------------------------------------------------------------

add("inside-logistics-1", R, "Fiona Grant <fiona.grant@larchmontschool.example>", "Travel claim and your visit",
    "Dear {n},\n\nPlease find the mileage form attached; if you fill in the return trip from Perth and send it back with your train ticket, the bursar will pay it in the next run on the 28th.\n\nOn the teaching post itself: the governors have appointed the candidate who taught the sample lesson in the afternoon, so I'm afraid it won't be you this time.\n\nYour umbrella is still in reception, by the way; shall we post it?\n\nBest wishes,\nFiona Grant\nSchool Business Manager")

add("inside-logistics-2", R, "Ravi Menon <ravi.menon@cinderlabs.example>", "Returning your test kit + decision",
    "Hi {n},\n\nThree things:\n1. A courier will collect the sensor kit from your address on Thursday between 9 and 1. Just leave the box sealed.\n2. We've reimbursed your hotel night; you should see £112 within a week.\n3. About the Hardware Test Engineer job, another candidate took our offer on Monday.\n\nThe on-site must have eaten your whole day, and we noticed the work.\n\nRavi")

add("trial-project-1", R, "Selma Varga <selma@northlightmedia.example>", "Your trial edit",
    "Hi {n},\n\nThank you for the two-day trial edit on the Kyiv documentary. We've paid the trial fee into your account today.\n\nWe watched every cut side by side and the director is keeping on another editor whose pacing was closer to what the director wants. I know that's frustrating after two long days.\n\nSelma\nNorthlight Media", copies=2)

add("trial-project-2", R, "Gustav Ek <gustav@bluefinch.example>", "Paid project – wrap-up",
    "Hi {n},\n\nThanks for the week-long paid project on the onboarding flow. Invoice received and approved.\n\nAfter reviewing the outcome with the team, the full-time role will go elsewhere. The research synthesis was strong; the prototype needed more polish than we can give time to right now.\n\nAll the best,\nGustav")

add("phone-hm-1", R, "Liam Carruthers <liam.c@hawthornbrewing.example>", "Brewer role",
    "Hi {n} sorry to do this by email. Brewer job's gone to another lad, they've got more time on a canning line. Thanks for coming in. Liam\n\nSent from my Galaxy")

add("phone-hm-2", R, "Nadia Petrenko <nadia@tinyhatgames.example>", "re: level designer",
    "hey {n} - we picked another designer for this one. really liked your blockout tho. good luck!!\n\nSent from Outlook for iOS")

add("agency-relay-1", R, "Claire Beaumont <claire@greystoneexec.example>", "Client feedback – CFO search",
    "Dear {n},\n\nI have now heard back from the board. They've asked me to thank you and to let you know they will be continuing with two other finalists. Their feedback was that your listed-company experience, while excellent, is a step removed from the private-equity exit they are planning.\n\nI'll be in touch about other mandates.\n\nClaire Beaumont\nPartner, Greystone Executive Search", copies=2)

add("agency-relay-2", R, "Sam Whitlock <sam@brickworkstaffing.example>", "Quick update from the client",
    "Hi {n},\n\nJust heard from the site manager at Hartley Construction. Their message, copied straight: \"Cheers but it's a no from us, we need SMSTS on site.\" Wish I had better to report.\n\nSam")

add("bullets-1", R, "Interview Panel <panel@quarrymedia.example>", "Summary of your interview – Digital Producer",
    "Hi {n},\n\nAs promised, the outcome in a few lines:\n\n• Portfolio review: strong, especially the podcast series\n• Panel interview: good on stakeholders, lighter on budgeting\n• Outcome: not invited to the final stage\n• Feedback call: available on request with Dominic\n\nWe're grateful for the hours you spent on us.\n\nQuarry Media Talent")

add("bullets-2", R, "Hiring Update <hiring@solsticehealth.example>", "Your application: where it stands",
    "Hello {n},\n\n- Role: Clinical Pharmacist (Band 7)\n- Stage reached: telephone screen\n- Result: not progressing\n- Reason given: more acute hospital experience required\n\nThank you for applying to Solstice Health.")

add("survey-1", R, "Aldergate Talent <talent@aldergate.example>", "Aldergate – your application and a quick survey",
    "Dear {n},\n\nYour application for the Graduate Surveyor position was read by two of our surveyors, and it will not be taken to interview.\n\nWe keep tuning how we hire. Could you give us two minutes of honest feedback on the process? https://survey.aldergate.example/c/8841\n\nBest wishes,\nAldergate Talent", copies=2)

add("survey-2", R, "Candidate Experience <cx@nordhavenair.example>", "How did we do, {n}?",
    "Hi {n},\n\nYou recently heard that your application for Cabin Crew (Copenhagen base) was unsuccessful. We know that's disappointing. We'd value your honest rating of our process — it takes 90 seconds and it's anonymous.\n\n[Rate your experience]\n\nNordhaven Air Recruitment")

add("close-req-1", R, "Pauline Okoro <pauline@meridianlegal.example>", "Paralegal role",
    "Hi {n},\n\nI'm sorry to tell you we've decided to close the paralegal requisition altogether. The litigation team is merging with our Leeds office and the headcount has gone with it. Your application was one of the strongest and played no part in this.\n\nWith regret,\nPauline Okoro\nHR Manager", copies=2)

add("close-req-2", R, "Talent Team <talent@brightpathsaas.example>", "Update on the Solutions Architect role",
    "Hi {n},\n\nSadly the Solutions Architect position has been cancelled after a change in company priorities, so we are closing every open application for it, including yours. Sorry for the wasted effort on your side.\n\nBrightpath Talent")

add("mixed-1", R, "Lucía Ferrer <lucia.ferrer@soltechbcn.example>", "Re: Frontend Developer – tu candidatura",
    "Hola {n},\n\nGracias por tu tiempo en la entrevista. Sorry for mixing languages, our team works in English. The team is going ahead with someone who has done more React Native, así que cerramos tu proceso por ahora.\n\nMucha suerte,\nLucía")

add("mixed-2", R, "Jeroen Smits <jeroen@canaldigital.example>", "Your application / je sollicitatie",
    "Hi {n},\n\n(English below / Nederlands onder)\n\nThank you for applying. We have chosen a different candidate for the UX Writer role.\n\nDank je wel voor je brief. Voor de functie UX Writer is de keuze op iemand anders gevallen.\n\nGroeten,\nJeroen")

add("speculative-1", R, "Office Manager <office@harrowgatevets.example>", "Re: CV – any openings?",
    "Dear {n},\n\nNice of you to send your CV on spec. Every post here is filled and the practice has no plans to grow this year, so we can't offer you anything. I've not kept your details, so please send them again if you see us advertise.\n\nKind regards,\nMaureen\nHarrowgate Veterinary Centre")

add("offer-rescinded-1", R, "Yusuf Demir <yusuf.demir@tectonica.example>", "Regarding your offer letter dated 2 April",
    "Dear {n},\n\nIt is with real regret that I must tell you Tectonica is withdrawing the offer made on 2 April for the Geotechnical Engineer role. A client project we were hiring for was cancelled last week, and we have paused all new starts.\n\nI know you may have turned other things down, and I'm sorry. Please call me if you'd like to talk.\n\nYusuf Demir\nHead of People")

add("references-1", R, "Katarzyna Wolska <k.wolska@riverbendcare.example>", "Your application – after references",
    "Dear {n},\n\nThank you for supplying your referees. Now that every reference is in, the home cannot confirm you in the Senior Carer post, and we will not be proceeding further. I appreciate this comes late in the process.\n\nYours sincerely,\nKatarzyna Wolska\nRegistered Manager")

add("internal-1", R, "Hiring Manager <hiring@castlefordbuild.example>", "Site Supervisor vacancy",
    "Hi {n},\n\nThank you for applying. We've filled the Site Supervisor role by promoting one of our existing foremen, so we won't be taking external applications any further. Sorry to disappoint.\n\nCastleford Build")

add("audition-1", R, "Casting <casting@wildthymetheatre.example>", "Recall results – A Midsummer Night's Dream",
    "Dear {n},\n\nSaturday's recall was a joy, and we're grateful you came. Hermia has now been cast, and there isn't a part for you in this production. It was a genuinely hard choice.\n\nWe'll hold your headshot for our spring season.\n\nWild Thyme Theatre Casting")

add("freelance-1", R, "Editorial Desk <pitches@longreadmag.example>", "Re: Pitch – the last ferrymen of the Humber",
    "Hi {n},\n\nAppreciate you sending this our way. We're going to pass; we ran a similar river piece in March. Do pitch us again.\n\nHelena\nCommissioning Editor")

add("no-visa-1", R, "Recruitment <recruitment@kiwidairy.example>", "Farm Assistant application",
    "Kia ora {n},\n\nCheers for your interest in the farm. Unfortunately the job is open only to people already allowed to work in New Zealand, so your application stops here. Best of luck.\n\nNgā mihi,\nRecruitment team")

add("cooldown-1", R, "Recruiting <recruiting@hyperlattice.example>", "Your Hyperlattice application",
    "Hi {n},\n\nThanks for completing the technical interview loop. The loop did not end in an offer. A new application can be made once 12 months have passed; our interview bar changes often, so it's worth trying again.\n\nHyperlattice Recruiting")

add("delay-apology-1", R, "People Team <people@glasshousefinance.example>", "Sorry for the silence",
    "Dear {n},\n\nPlease accept our apologies: you applied for the Treasury Analyst role in January and never heard back. That vacancy was filled in March and we should have told you then. We are sorry for the lack of courtesy.\n\nGlasshouse People Team")

add("feedback-call-1", R, "Morwenna Pascoe <morwenna@seasaltdesign.example>", "Notes from our call",
    "Hi {n},\n\nThanks for letting me talk you through the decision today. As promised, a written version: we're hiring the other finalist for the Junior Brand Designer job. The three things the panel mentioned were type choices, pace in the brief exercise and the lack of print work. Everything else was great.\n\nMorwenna")

add("zoom-cancel-1", R, "Calendar <calendar-noreply@meetsuite.example>", "Cancelled: Final interview – Office Administrator",
    "This event has been cancelled.\n\nFinal interview – Office Administrator\nThu 14 May 2026 10:00 – 10:45 (BST)\nOrganiser: jamie.holt@penrosedental.example\n\nMessage from organiser: Hi {n}, I'm cancelling this because we've now appointed to the post. Apologies for the short notice and thanks for your interest. Jamie")

add("sms-1", R, "Fleetstar Couriers <sms-relay@fleetstar.example>", "SMS from Fleetstar",
    "FLEETSTAR: Hi {n}, thanks for attending the driver assessment. We're not offering you a route at this time. Reply STOP to opt out.")

add("volunteer-1", R, "Festival Crew <crew@greenlanefest.example>", "Greenlane Festival – crew lead application",
    "Hi {n},\n\nThank you for applying to be a paid crew lead this summer. We've chosen leads who've worked at least two Greenlane festivals, so you haven't got a lead spot this time. You'd be very welcome as a volunteer steward — the link is below if you fancy it.\n\nGreenlane Crew Office")

add("contract-end-1", R, "HR <hr@marlowlabs.example>", "End of your fixed-term contract",
    "Dear {n},\n\nFurther to your meeting with Sian on Tuesday, this is written confirmation that your Lab Technician contract finishes on its fixed end date, 30 June, and will not be extended or made permanent. The permanent post is going to a different applicant.\n\nYour final payslip and P45 will follow.\n\nHR, Marlow Labs")

add("academic-1", R, "Search Committee <facultysearch@hollowayuniv.example>", "Assistant Professor of Sociology search",
    "Dear Dr. {n},\n\nMany thanks for applying for the tenure-track line in Sociology. The committee has completed its review of more than 300 dossiers and has invited a small group of finalists to campus. I regret that your file was not among those selected.\n\nSincerely,\nProf. Amelia Roth\nChair, Search Committee")

add("academic-2", R, "Doctoral School <phd-admissions@uppsalaeco.example>", "PhD position in ecology – outcome",
    "Dear {n},\n\nThe recruitment group has evaluated all 87 applications for the doctoral position in freshwater ecology. Your application is not among those invited to interview. Warm thanks for considering the department.\n\nDoctoral School Office")

add("coach-1", R, "Coaching Coordinator <coaching@riversideharriers.example>", "Junior coach position",
    "Hi {n},\n\nThanks for leading the session with the under-13s on Wednesday. The committee voted and the junior coach job has gone to Aled, who's coached with us as a volunteer for two seasons. Hope you'll still come along on club nights.\n\nRiverside Harriers")

add("ghost-reopen-1", R, "Recruitment <jobs@halsteadcouncil.example.gov.uk>", "Your application: Parks Officer",
    "Dear {n},\n\nRe: Parks Officer (ref PK204)\n\nYour application was unsuccessful this time round. This post has been readvertised with a revised person specification and you are welcome to submit a fresh application before 20 July.\n\nHR Services")

add("keep-profile-1", R, "Talent Team <talent@stonebridgecapital.example>", "Stonebridge – Analyst application",
    "Dear {n},\n\nThe Credit Analyst review is finished and your application ends here. If you agree, your profile stays with us for 12 months in case something close to it opens up.\n\nRegards,\nStonebridge Talent Team")

add("group-interview-1", R, "Store Recruitment <recruitment@hearthandhome.example>", "Thank you for attending the assessment morning",
    "Hi {n},\n\nThank you for joining our team assessment morning at the Norwich store. Lots of great people came and there were only six jobs. You weren't one of the six this time, sorry.\n\nThe Hearth & Home team")

add("pre-employment-1", R, "Onboarding <onboarding@sterlingsecure.example>", "Pre-employment screening outcome",
    "Dear {n},\n\nWe have received the results of your pre-employment screening for the Security Officer role. As the five-year employment history could not be verified, we are unable to proceed with your employment. If you believe the information is wrong, reply within 10 days with documents covering the gap.\n\nOnboarding Team, Sterling Secure")

# --- rejections in other languages -------------------------------------------------------------

add("de-1", R, "Katrin Vogel <k.vogel@rheinmetallbau.example>", "Ihre Bewerbung als Konstrukteur (m/w/d)",
    "Sehr geehrte/r {n},\n\nvielen Dank, dass Sie an uns gedacht haben. Die Stelle besetzen wir mit einer Bewerberin, die mehr Praxis mit Stahlbau-Normen mitbringt; für Sie ist das Verfahren damit abgeschlossen.\n\nNach einem halben Jahr werden Ihre Daten datenschutzkonform gelöscht.\n\nMit freundlichen Grüßen\nKatrin Vogel\nPersonalabteilung")

add("de-2", R, "Jonas Albrecht <jonas@kiezkaffee.example>", "AW: Re: Barista – Probearbeiten",
    "Hallo {n},\n\ndanke nochmal fürs Probearbeiten am Samstag! Wir haben uns im Team besprochen und nehmen Mia, die schon bei uns aushilft. Ich hoffe, du findest bald was Passendes.\n\nViele Grüße\nJonas\n\nAm 16.05.2026 um 21:04 schrieb {n}:\n> Hallo Jonas, vielen Dank für heute, hat Spaß gemacht!")

add("fr-1", R, "Service Recrutement <recrutement@atelierslumiere.example>", "Votre candidature – Chargé(e) de communication",
    "Bonjour {n},\n\nMerci d'avoir pensé à notre maison pour le poste de chargé(e) de communication. Nous avons choisi une autre personne, dont le parcours colle davantage à ce que nous cherchons, et votre dossier s'arrête donc ici.\n\nBon courage pour la suite de vos démarches.\n\nBien cordialement,\nService Recrutement")

add("fr-2", R, "Mathilde Garnier <m.garnier@cabinetgarnier.example>", "RE: Stage en cabinet – suite à notre entretien",
    "Bonjour {n},\n\nMerci encore pour notre échange de mardi. Maître Roussel a finalement choisi une étudiante de l'EFB qui avait déjà fait un stage chez nous l'été dernier.\n\nJe vous souhaite le meilleur pour la suite.\n\nMathilde Garnier\nAssistante de direction\n\nDe : {n}\nEnvoyé : mercredi 8 avril 2026 18:12\nObjet : Stage en cabinet – suite à notre entretien")

add("es-1", R, "Talento Humano <seleccion@grupoandino.example>", "Proceso de selección – Analista Contable",
    "Estimado/a {n}:\n\nAgradecemos tu participación en el proceso para Analista Contable. Una vez revisados todos los perfiles, la vacante será para otra persona con una trayectoria más cercana a lo que necesitamos.\n\nConservaremos tus datos para futuras vacantes, si así lo autorizas.\n\nUn saludo,\nEquipo de Talento Humano")

add("es-2", R, "Rocío Jiménez <rocio@bodegasalcor.example>", "Re: Puesto de enóloga",
    "Hola {n},\n\nSolo quería avisarte de que la dirección técnica se ha decantado por otra candidata que ya ha trabajado con garnacha en altura. Me gustó mucho conocerte en la bodega y espero que nos volvamos a cruzar.\n\nUn abrazo,\nRocío")

add("nl-1", R, "Werving & Selectie <vacatures@polderzorg.example>", "Uw sollicitatie als Wijkverpleegkundige",
    "Beste {n},\n\nHartelijk dank voor uw sollicitatie. Na het lezen van alle brieven nodigen wij u helaas niet uit voor een kennismaking. Er waren kandidaten met meer ervaring in de wijkzorg.\n\nHartelijke groeten,\nRecruitment Polderzorg")

add("nl-2", R, "Sanne de Wit <sanne@fietsfabriek.example>", "Re: Werkplaatsmedewerker",
    "Hoi {n},\n\nBedankt voor je komst vorige week. We hebben gekozen voor iemand die al monteur is bij een fietsenzaak in Utrecht. Succes met zoeken!\n\nGroetjes,\nSanne")

add("it-1", R, "Ufficio Personale <hr@ceramichevenete.example>", "Candidatura – Addetto/a Controllo Qualità",
    "Gentile {n},\n\ngrazie per averci scritto. La selezione si è chiusa e il ruolo è andato a un'altra candidata. Teniamo il suo CV in archivio per dodici mesi.\n\nCordiali saluti,\nUfficio Personale")

add("it-2", R, "Giulia Conti <giulia.conti@studiobrera.example>", "Re: Colloquio per junior designer",
    "Ciao {n},\n\ngrazie ancora per essere venuto in studio. Alla fine i soci hanno preferito un candidato che aveva già lavorato con clienti del lusso. Ti auguro il meglio!\n\nGiulia")

add("pt-1", R, "Recrutamento <recrutamento@solmarhoteis.example>", "Candidatura – Rececionista",
    "Olá {n},\n\nAgradecemos a sua candidatura para Rececionista no Solmar Algarve. Informamos que o processo foi concluído e que optámos por outro candidato. Desejamos-lhe as maiores felicidades.\n\nCumprimentos,\nEquipa de Recrutamento")

add("pt-2", R, "Thiago Moreira <thiago@nuvemtech.example>", "Re: Vaga Desenvolvedor Python",
    "Oi {n}, tudo bem?\n\nObrigado pelo papo na sexta. A liderança técnica acabou escolhendo outra pessoa que já trabalhou com a nossa stack de pagamentos. Foi uma decisão difícil. Boa sorte e vamos manter contato!\n\nAbs,\nThiago")

add("sv-1", R, "Rekrytering <rekrytering@norrskogen.example>", "Angående din ansökan – Ekonomiassistent",
    "Hej {n},\n\nTack för att du sökte jobbet som ekonomiassistent hos oss. Vi har nu gått vidare med andra kandidater vars erfarenhet bättre matchar tjänsten. Lycka till framöver!\n\nVänliga hälsningar\nRekrytering, Norrskogen AB")

add("pl-1", R, "Dział HR <rekrutacja@wislasoft.example>", "Odpowiedź na aplikację – Tester manualny",
    "Dzień dobry {n},\n\ndziękujemy za zainteresowanie stanowiskiem Tester manualny. Do kolejnego etapu zaprosiliśmy inne osoby, więc na tym kończymy rozmowy z Panem/Panią. Życzymy powodzenia w dalszych poszukiwaniach.\n\nPozdrawiamy,\nZespół HR WisłaSoft")

add("no-1", R, "Hilde Strand <hilde.strand@fjordkraftverk.example>", "Sv: Intervju – driftsingeniør",
    "Hei {n},\n\nTakk for samtalen forrige uke. Vi har nå tilbudt stillingen til en søker med lengre erfaring fra vannkraft, og hun har takket ja. Lykke til videre!\n\nMed vennlig hilsen\nHilde Strand\nHR-rådgiver")

# --- application confirmations, most with refusal talk about something that has not happened ----

A = "application_received"

add("conf-1", A, "Brackenfield Foods Talent <talent@brackenfieldfoods.co.uk>", "We've got your application – Shift Manager",
    "Hi {n},\n\nThanks for applying for Shift Manager at our Barnsley bakery; your form is safely in the system.\n\nShortlisting should take about three weeks. Should the interview list not include you, your CV stays with us for half a year so we can look at it again for anything alike.\n\nThe Brackenfield Talent Team" + FOOT_CAREERS, copies=2)

add("conf-2", A, "Ledgerpoint Hiring <hiring@ledgerpoint.example>", "Application received – Payroll Administrator",
    "{n},\n\nYour Payroll Administrator application has landed. However it turns out, your details sit with us for a year, which lets us ring you when the next opening appears.\n\nLedgerpoint Hiring")

add("conf-3", A, "Meridian Legal Careers <careers@meridianlegal.example>", "Thank you for applying",
    "Dear {n},\n\nThis is to acknowledge your application for Trainee Solicitor (2028 intake). The partners will pick who they want to meet and we'll write to those people; please don't read anything into a quiet inbox before 31 January.\n\nGraduate Recruitment, Meridian Legal", copies=2)

add("conf-4", A, "Oakfield Careers <careers@oakfield.example>", "Application ID 61407 - Received",
    "Application ID: 61407\nRequisition: Quantity Surveyor (Req 3402)\nStatus: Received\n\nNo contact from us in the month after the vacancy closes means the application did not progress.\n\nThis notification was generated by the Oakfield applicant tracking system.")

add("conf-5", A, "Shiftwise Recruiting <jobs@shiftwise.example>", "Thanks for applying, {n}!",
    "Hi {n},\n\nNice one — Workforce Analyst application: received. A human reads every single one, so give us about ten working days. Yes or no, you'll hear back; we don't do ghosting.\n\nThe Shiftwise team")

add("conf-6", A, "Cobaltwave Talent <no-reply@cobaltwave.example>", "Application submitted: Data Engineer (Req 45102)",
    "Dear {n},\n\nGreetings from Cobaltwave!\n\nWe have received your application for Data Engineer (Req 45102). A recruiter shall go through it shortly. Even if this one does not work out, your resume stays searchable by our recruiters for other openings that suit you.\n\nWarm regards,\nTalent Acquisition Team" + FOOT_APP)

add("conf-7", A, "Harbourline Careers <careers@harbourline.example>", "We received your application",
    "Hi {n},\n\nThanks for your application for Freight Coordinator. So many people apply that a personal answer to each is beyond us. Shortlisted people get a call; if the call doesn't come, your details still stay on our books for later openings.\n\nCheers,\nPeople & Culture" + FOOT_LEGAL, copies=2)

add("conf-8", A, "Careers at Westmere <noreply@westmere.example>", "Westmere: application confirmation",
    "Dear {n},\n\nField Service Technician (ref WM-1187): your application is in.\n\nThe road from here\n1. Screening by a recruiter, roughly 5 working days.\n2. If there's a match, we'll call you to arrange a video chat.\n3. If there isn't, you'll get an email to let you know.\n\nWestmere Talent")

add("conf-9", A, "Clara Whitcombe <cwhitcombe@hollisbank.example>", "Re: Relationship Manager application",
    "Dear {n},\n\nThank you for your note and CV. I have passed them to the hiring manager. Silence from me beyond next Friday would mean the interviews went to others, but I hope that won't be the case.\n\nKind regards,\nClara")

add("conf-10", A, "Fernhill Recruiting <recruiting@fernhill.example>", "Fernhill | We got your application",
    "Hi {n},\n\nThanks for your Site Reliability Engineer application at Fernhill. Here's our promise: you'll get a clear answer, positive or negative, within 14 days.\n\nFernhill Recruiting\nPowered by Lever")

add("conf-11", A, "Lumen Retail Jobs <jobs@lumenretail.example>", "Application received",
    "Hi {n},\n\nWe've received your application for Sales Assistant - Bromley.\n\nStatus: Received\n\nHeads-up: an unsuccessful outcome doesn't come as its own email; the status in your account will change instead.\n\nLumen Retail Recruitment")

add("conf-12", A, "Norvale Hospitality <hr@norvalehotels.example>", "Thank you for your application",
    "Dear {n},\n\nYour application for Night Auditor is with our HR team. Should your skills suit the post, someone from HR will phone you. Four weeks with no call means another applicant was preferred, and we thank you all the same.\n\nHR Team")

add("conf-13", A, "Talent Portal <noreply@portal.zenithbank.example>", "Application acknowledged",
    "Dear {n},\n\nStatus of your application (Relationship Officer, Abuja): SUBMITTED\n\nKindly note: aptitude test invitations go to shortlisted candidates only. Please log in to view your profile.")

add("conf-14", A, "Ridgeway Health <notifications@ridgeway.example>", "Application received: Requisition 89020",
    "Thank you for applying.\n\nPosition: Medical Assistant II\nStatus: Application Received\n\nA recruiter will review your qualifications. Not chosen for interview? Your information stays live for other positions for 90 days.")

add("conf-15", A, "Greenpoint Recruiting <recruiting@greenpoint.example>", "Thanks for applying to Greenpoint",
    "Hi {n},\n\nThanks for applying for Account Executive. We read every application ourselves, and we'll follow up within two weeks either way.\n\n— Greenpoint\n\nPowered by Greenhouse", copies=2)

add("conf-16", A, "Halcyon Systems <no-reply@myworkday.example>", "Thank you for applying to Halcyon",
    "Hi {n},\n\nWe have received your application for R-20904 Technical Writer.\n\nAny change to your status, including a decision against you, shows up in Candidate Home. You can withdraw at any time.\n\nHalcyon Talent Acquisition")

add("conf-17", A, "Bilal Qureshi <bilal@quillandvine.example>", "Re: Barista job",
    "Hi {n}, got your CV thanks! I'm seeing people Thursday and Friday. If I haven't messaged by Sunday night I've gone with someone else, but I'll try to let everyone know. Bilal")

add("conf-18", A, "USAJOBS <no-reply@usajobs.example.gov>", "Application received: Contract Specialist, GS-1102-09",
    "Your application has been received.\n\nAnnouncement number: GSA-FAS-26-0391\nPosition: Contract Specialist, GS-1102-09\n\nAfter the announcement closes, HR will review applications. A notice will then say whether HR judged you eligible and qualified and whether your name went on the certificate.\n\nAutomated notice; nobody reads replies sent here.")

add("conf-19", A, "NHS Jobs <do-not-reply@nhsjobs.example.nhs.uk>", "Application submitted: Pharmacy Technician",
    "Dear {n},\n\nThank you for submitting your application for Pharmacy Technician (ref 220-PT-3105) at North Avon Hospitals NHS Trust.\n\nShortlisting ends on 12 June. With no interview invitation by 19 June, you can take it that the post has gone to other applicants.\n\nNHS Jobs")

add("conf-20", A, "Civil Service Jobs <noreply@csjobs.example.gov.uk>", "Application 7820118 submitted",
    "Dear {n},\n\nThank you for your application for Operational Delivery Officer (EO) at HM Revenue and Customs.\n\nWe will write to you after the sift, whether or not you pass. Please keep checking your account.\n\nCivil Service Jobs")

add("conf-21", A, "Keston Borough Council Recruitment <recruitment@kestonborough.example.gov.uk>", "Application acknowledgement – Community Safety Officer",
    "Dear {n},\n\nYour Community Safety Officer form (ref CSO/0526) has reached People Services.\n\nWith so many forms coming in, feedback goes only to shortlisted applicants. Shortlisted applicants will be contacted by 30 June.\n\nPeople Services")

add("conf-22", A, "Summer Analyst Programme <campus@bellwetherbank.example>", "Application received – 2027 Summer Analyst",
    "Dear {n},\n\nThank you for applying to the Bellwether 2027 Summer Analyst Programme. Next, please complete the online assessment within 5 days. Progress or not, an answer reaches you before November is out.\n\nBellwether Campus Recruitment")

add("conf-23", A, "Apprenticeships <apprenticeships@northgatewater.example>", "Application received – Electrical Apprenticeship",
    "Hi {n},\n\nWe've got your application for the Level 3 Electrical Apprenticeship. We'll let every applicant know by 15 March whether they're invited to the practical day; if you're not, we'll tell you how to get ready for next year.\n\nNorthgate Water Apprenticeships")

add("conf-24", A, "Recruiting at Pebble Labs <jobs@pebblelabs.example>", "Pebble Labs · Application confirmation",
    "<html><body><p>Hi {n},</p><p>Thanks for applying to <b>Platform Engineer</b> at Pebble Labs.</p><p>Every application gets a reply from us. If it's a no, we'll say so rather than leave you guessing.</p><p>— The Pebble Labs team</p><p style=\"font-size:11px;color:#888\">Sent via Workable</p></body></html>")

add("conf-25", A, "Slatehouse <hello@slatehouse.example>", "Got it!",
    "Hi {n},\n\nYour application for Junior Copywriter is safely with us. We're a tiny team, so it may take a few weeks. Should it not work out, you'll still get a line from us.\n\nOttoline @ Slatehouse")

add("conf-26", A, "Aldergate Talent <talent@aldergate.example>", "Aldergate – application received",
    "Dear {n},\n\nThank you for applying for the Building Surveyor role. An application that doesn't get through this stage may sit in our files for up to 12 months; just ask and we'll remove it.\n\nAldergate Talent")

add("conf-27", A, "Kestrel PR <jobs@kestrelpr.example>", "Thanks for applying",
    "Dear {n},\n\nThanks for applying for Account Manager. We're closing applications on Friday. Anyone without a call a fortnight after that should take the shortlist as settled without them.\n\nKestrel PR")

add("conf-28", A, "Internship Office <internships@unesco-youthnet.example>", "Acknowledgement of application",
    "Dear {n},\n\nWe acknowledge receipt of your internship application. Applications arrive in their thousands, so only candidates under serious consideration will be contacted.\n\nInternship Office")

add("conf-29", A, "Rahul Bhandari <rahul.bhandari@finsight.example>", "Acknowledgement: Application for Credit Analyst",
    "Dear {n},\n\nGreetings of the day!\n\nWe acknowledge your application for Credit Analyst. Your candidature is under process. In case of any shortlisting, our team will revert within 10 working days. Kindly do not send duplicate applications.\n\nThanks & Regards,\nHR Team, FinSight")

add("conf-30", A, "Recruitment <recruitment@kiwidairy.example>", "We've received your application",
    "Kia ora {n},\n\nThank you for applying for the Herd Manager role. Successful or not, every applicant hears from us once the role is filled, usually within four weeks.\n\nNgā mihi,\nRecruitment team")

add("conf-31", A, "Hyperlattice Recruiting <recruiting@hyperlattice.example>", "Application received",
    "Hi {n},\n\nThanks for applying to Hyperlattice for ML Infrastructure Engineer. We'll review your application soon. If we don't see a fit now, we'll let you know, and you'll be welcome to apply again later.\n\nHyperlattice Recruiting")

add("conf-32", A, "Hearth & Home Recruitment <recruitment@hearthandhome.example>", "Thanks for applying to Hearth & Home",
    "Hi {n},\n\nThanks for applying to work with us at the Ipswich store! We'll look at your application within 7 days. We aim to answer every applicant, but busy weeks beat us sometimes; a fortnight without news means it's a no for now.\n\nThe Hearth & Home team")

add("conf-33", A, "PixelForge campus <campus@pixelforge.example>", "PixelForge Internship – got your entry!",
    "Hey {n},\n\nYour internship application and game jam entry arrived. We're looking at everything in March. Either way you'll get an email from us by 31 March.\n\nThe PixelForge campus team")

add("conf-de-1", A, "Personalabteilung <bewerbung@rheinmetallbau.example>", "Eingangsbestätigung Ihrer Bewerbung",
    "Sehr geehrte/r {n},\n\nIhre Bewerbung als Technische/r Zeichner/in ist bei uns angekommen. Spätestens in drei Wochen bekommen Sie eine Antwort – egal, wie sie ausfällt.\n\nMit freundlichen Grüßen\nPersonalabteilung")

add("conf-fr-1", A, "Service Recrutement <recrutement@atelierslumiere.example>", "Accusé de réception de votre candidature",
    "Bonjour {n},\n\nVotre dossier pour le poste d'assistant(e) marketing est bien arrivé chez nous. Si nous restons silencieux pendant quatre semaines, c'est que la place est allée à quelqu'un d'autre. Votre CV reste deux ans dans notre vivier ; écrivez-nous pour le faire supprimer.\n\nService Recrutement")

add("conf-es-1", A, "Talento Humano <seleccion@grupoandino.example>", "Hemos recibido tu postulación",
    "Hola {n}:\n\nGracias por postularte a Auxiliar Administrativo. Revisaremos tu hoja de vida y te contactaremos únicamente si tu perfil avanza a la siguiente etapa.\n\nEquipo de Talento Humano")

add("conf-nl-1", A, "Werving & Selectie <vacatures@polderzorg.example>", "Ontvangstbevestiging sollicitatie",
    "Beste {n},\n\nJe sollicitatie als Verzorgende IG is binnen. Uiterlijk over veertien dagen laten we weten hoe het staat, welk antwoord het ook wordt.\n\nHartelijke groet,\nRecruitmentteam Polderzorg")

add("conf-it-1", A, "Ufficio Personale <hr@ceramichevenete.example>", "Conferma ricezione candidatura",
    "Gentile {n},\n\nconfermiamo di aver ricevuto la sua candidatura. Verrà ricontattato solo in caso di esito positivo della prima selezione.\n\nCordiali saluti,\nUfficio Personale")

add("conf-pt-1", A, "Recrutamento <recrutamento@solmarhoteis.example>", "Recebemos a sua candidatura",
    "Olá {n},\n\nObrigado pela sua candidatura a Empregado/a de Mesa. Caso não seja selecionado/a, guardaremos o seu CV para futuras oportunidades durante 12 meses.\n\nEquipa de Recrutamento")

add("conf-sv-1", A, "Rekrytering <rekrytering@norrskogen.example>", "Vi har tagit emot din ansökan",
    "Hej {n},\n\nRoligt att du vill bli lönespecialist hos oss. Urval sker löpande. Oavsett utfall får du besked från oss när rekryteringen är avslutad.\n\nVänliga hälsningar\nRekrytering")

add("conf-pl-1", A, "Dział HR <rekrutacja@wislasoft.example>", "Potwierdzenie otrzymania aplikacji",
    "Dzień dobry {n},\n\ndziękujemy za aplikację na stanowisko Junior Java Developer. Skontaktujemy się tylko z wybranymi osobami. Jeśli nie odezwiemy się w ciągu 3 tygodni, prosimy uznać, że wybraliśmy inne kandydatury.\n\nZespół HR")

# --- interview invitations ---------------------------------------------------------------------

IV = "interview"

add("int-1", IV, "Teodora Vlasic <t.vlasic@nimbusfreight.example>", "RE: [EXT] Re: Route Planner – interview",
    "Hi {n},\n\nGood news, Gareth would like to meet you. Unfortunately Tuesday morning is now taken by a board call, so could you do Wednesday 11:30 or Thursday 14:00 instead? It's at our Leeds depot, about an hour.\n\nTeodora\n\nFrom: {n}\nSent: 2 March 2026 10:20\nTo: Teodora Vlasic\nSubject: Re: [EXT] Re: Route Planner – interview\n\nHi Teodora, Tuesday morning would suit me best.", copies=2)

add("int-2", IV, "Gemma Holloway <gemma.holloway@kestrelpr.example>", "Interview invitation – Account Manager",
    "Dear {n},\n\nThank you for your application. Could you come in on Monday 18 May at 10:00 to meet us for a first conversation at our office on Great Sutton Street. Please bring a short example of a press release you're proud of.\n\nPlease reply to confirm.\n\nWith best wishes,\nGemma")

add("int-3", IV, "Greenpoint via Calendly <notifications@calendly.example>", "New event: Greenpoint intro call with {n}",
    "Hi {n},\n\nYour intro call with Greenpoint is booked.\n\nWhen: Tue 9 Jun 2026, 15:00 – 15:30 (America/New_York)\nWhere: Google Meet (link in invitation)\n\nNeed to make a change? Reschedule or cancel from the link below.")

add("int-4", IV, "Marcus Adeyemi-Reid <marcus@foldline.studio>", "Re: Product Designer chat",
    "Hey {n},\n\nLoved your folio. Fancy coming in for a chat with Ayesha and me next week? Unfortunately our office is mid-move so we'll meet at the café downstairs — Thursday at 4?\n\nMarcus")

add("int-5", IV, "Civil Service Jobs <noreply@csjobs.example.gov.uk>", "Application 7820118: invitation to interview",
    "Dear {n},\n\nGood news: your sift scores for Operational Delivery Officer (EO) were above the pass mark. Please book an interview slot in your account by 5 June. Video interviews run from 10 to 20 June and will assess behaviours and strengths.\n\nCivil Service Jobs")

add("int-6", IV, "Vikram Nair <vikram.nair@talentbridge.example>", "Interview scheduled - Spring Boot Developer",
    "Hi {n},\n\nYour profile got shortlisted. Technical round 1 is scheduled on Saturday 23rd May, 11 AM, via MS Teams. Kindly be available 10 minutes prior and keep your camera on. Please confirm on this mail.\n\nRegards,\nVikram")

add("int-7", IV, "Hilde Strand <hilde.strand@fjordkraftverk.example>", "Invitation to interview – operations engineer",
    "Hi {n},\n\nYour application stood out. Can you come to an interview at our office in Bergen on 4 June at 13:00? Unfortunately we cannot cover travel from abroad, but we can do the first round on Teams if you prefer.\n\nBest regards,\nHilde Strand")

add("int-8", IV, "NHS Jobs <do-not-reply@nhsjobs.example.nhs.uk>", "Invitation to interview – Pharmacy Technician",
    "Dear {n},\n\nYou have been shortlisted for Pharmacy Technician (ref 220-PT-3105). Pick an interview time in your NHS Jobs account on 24 or 25 June at Southmead. On the day, bring photo ID (a passport or driving licence will do) plus your share code.\n\nNHS Jobs")

add("int-9", IV, "Jess O'Rourke <jess.orourke@kangaroopaw.example>", "Trial day?",
    "Hi {n}!\n\nThanks for applying. Are you free for a trial day this Saturday, 8am till 2? Unfortunately parking out front is a nightmare, so park behind the IGA. Let me know!\n\nJess")

add("int-10", IV, "Andrea Kovács <andrea.kovacs@danubeit.example>", "Einladung / Invitation – QA Engineer",
    "Hello {n},\n\nyour CV made us curious. Could we have a first talk on 12 May at 10:00 via Teams? Please tell me if this time is good for you.\n\nBest regards\nAndrea Kovács")

add("int-11", IV, "Casting <casting@wildthymetheatre.example>", "Recall – A Midsummer Night's Dream",
    "Dear {n},\n\nThank you for your audition. Please come back for recall on Saturday 21 March at 2.15pm at the Rehearsal Rooms. Please prepare the attached sides for Hermia.\n\nWild Thyme Theatre Casting")

add("int-12", IV, "Priyanka Sethuraman <priyanka.s@orbitclinical.example>", "RE: [EXT] Re: Clinical Data Manager – panel",
    "Dear {n},\n\nUnfortunately Dr Haldane has been called to a site visit on the 21st, so we need to move your panel. Could you make Tuesday 28 April at 11:00 instead? Same place, same panel otherwise. Sorry to shuffle things.\n\nKind regards,\nPriyanka\n\n-----Original Message-----\nFrom: {n}\nSent: 15 April 2026 09:02\nSubject: Re: Clinical Data Manager – panel\n\nConfirmed for the 21st, thank you.")

add("int-13", IV, "Service Recrutement <recrutement@atelierslumiere.example>", "Invitation à un entretien",
    "Bonjour {n},\n\nVotre candidature a retenu notre attention. Nous vous proposons un entretien le jeudi 11 juin à 10h dans nos locaux de Lyon. Merci de nous confirmer votre présence.\n\nService Recrutement")

add("int-14", IV, "Search Committee <facultysearch@hollowayuniv.example>", "Campus visit – Assistant Professor of Sociology",
    "Dear Dr. {n},\n\nOn behalf of the committee, I write to ask you to a campus visit on 2–3 February, including a job talk and meetings with faculty and graduate students. Our coordinator will book your travel.\n\nSincerely,\nProf. Amelia Roth")

add("int-15", IV, "Thiago Moreira <thiago@nuvemtech.example>", "Entrevista técnica",
    "Oi {n}! Gostamos do seu perfil. Pode fazer uma entrevista técnica na quarta às 15h? Infelizmente só temos esse horário esta semana. Abs, Thiago")

add("int-16", IV, "Megan Castillo <megan.castillo@peakline.example>", "You're confirmed! Interview with client",
    "Hi {n},\n\nGreat news — the client wants to meet you for the Social Media Specialist contract. Interview is Wednesday at 1 PM at their office on 5th Street, with Dana (Marketing Director). Dress is business casual. Call me after!\n\nMegan")

add("int-17", IV, "Oisin Doyle <oisin@emeraldhire.example>", "Second round confirmed",
    "Hi {n},\n\nDelighted to say you're through to the second round for Payroll Officer. Friday 10am in Sandyford, 45 mins with the finance director. Unfortunately they couldn't do a video call this time.\n\nOisín")

add("int-18", IV, "Hiring Team <hiring@brightpathsaas.example>", "Rescheduled: panel interview",
    "Hi {n},\n\nUnfortunately one of your panellists is out sick, so we've moved your panel interview to Monday at the same time. The calendar invite has been updated. No action needed unless this doesn't work for you.\n\nBrightpath Talent")

# --- next steps and assessments, with deadlines -------------------------------------------------

NS = "next_steps"

add("ns-1", NS, "Cobaltwave Talent <no-reply@cobaltwave.example>", "Online assessment: SDET II (Req 44907)",
    "Dear {n},\n\nYour profile has cleared screening and the next round is an online coding test. You get 72 hours from this email to finish it; after that the link dies and cannot be reissued.\n\nAll the best!\nTalent Acquisition Team", copies=2)

add("ns-2", NS, "Fernhill Recruiting <recruiting@fernhill.example>", "Next step: take-home exercise",
    "Hi {n},\n\nThanks for the call with Priya. What comes next is a compact take-home, 2–3 hours of work. Please send it back by Monday 9am UK time. If you can't make that deadline, just tell us and we'll find another date.\n\nFernhill Recruiting")

add("ns-3", NS, "Onboarding <onboarding@sterlingsecure.example>", "Action required: pre-employment screening",
    "Dear {n},\n\nTo keep your Security Officer application moving, please complete the screening form and upload five years of employment history by 22 April. Incomplete forms will delay your start date.\n\nOnboarding Team")

add("ns-4", NS, "Katarzyna Wolska <k.wolska@riverbendcare.example>", "References and DBS",
    "Dear {n},\n\nFollowing your interview, we'd like to take up your references and start an enhanced DBS check. Please send names, emails and phone numbers for two referees and complete the DBS form by Friday.\n\nKatarzyna")

add("ns-5", NS, "Summer Analyst Programme <campus@bellwetherbank.example>", "Video interview: 5 days left",
    "Dear {n},\n\nYou have been invited to record a video interview for the 2027 Summer Analyst Programme. You have 5 days left to finish it. Unfortunately we can't reopen interviews after the deadline, so please don't leave it to the last minute.\n\nBellwether Campus Recruitment")

add("ns-6", NS, "Graduate Recruitment <graduates@ironbridgeeng.example>", "Assessment centre booking",
    "Dear {n},\n\nCongratulations on passing the online tests. Please book your place at our virtual assessment centre by 20 February. You will take part in a group exercise, a case study and an interview.\n\nGraduate Recruitment Team")

add("ns-7", NS, "Selma Varga <selma@northlightmedia.example>", "Paid trial edit – brief",
    "Hi {n},\n\nAs discussed, here's the brief for the two-day paid trial edit. Footage will be on the shared drive by Tuesday; the cut is due Thursday at 6pm. We pay a flat trial fee of £400.\n\nSelma")

add("ns-8", NS, "Ashby for Corvid Analytics <no-reply@ashbyhq.example>", "Please complete your questionnaire",
    "Hi {n},\n\nBefore your onsite with Corvid Analytics, please fill in a short questionnaire about your availability and salary expectations. It takes about 5 minutes. Please complete it by Wednesday.")

add("ns-9", NS, "Talent Acquisition <ta@finsight.example>", "Documents required – BGV",
    "Dear {n},\n\nAs a part of the background verification process, kindly upload the below documents on the portal by 30th May:\n- Last 3 months salary slips\n- Relieving letters of all employers\n- PAN and Aadhaar\n\nFailing which the process will be put on hold.\n\nHR Team, FinSight")

add("ns-10", NS, "Gustav Ek <gustav@bluefinch.example>", "Paid project – kickoff",
    "Hi {n},\n\nWelcome to the paid project week! Kickoff is Monday 9:30 CET on Zoom. The final demo is Friday at 15:00. Please send your invoice details before Monday.\n\nGustav")

add("ns-11", NS, "USAJOBS <no-reply@usajobs.example.gov>", "Action needed: submit transcripts",
    "An agency has requested documents.\n\nAnnouncement number: GSA-FAS-26-0391\n\nPlease upload your college transcripts by 11:59 PM Eastern on 15 May 2026. If the documents are not received, you may be found ineligible.\n\nAutomated notice; nobody reads replies sent here.")

add("ns-12", NS, "Recruitment <recruitment@kiwidairy.example>", "Reference check – Herd Manager",
    "Kia ora {n},\n\nThanks for the great interview. Could you please send us two referee names and numbers by Thursday so we can move things along?\n\nNgā mihi")

add("ns-13", NS, "Quarry Media Talent <panel@quarrymedia.example>", "Final stage: presentation brief",
    "Hi {n},\n\nDigital Producer, final stage: please put together 10 minutes on how you'd launch a new podcast and send your slides by noon on Tuesday.\n\nQuarry Media Talent")

add("ns-14", NS, "Lanterne Robotics <jun@lanternrobotics.example>", "Skills test",
    "Hello {n},\n\nPlease join a practical skills test at our workshop on Friday 10:00. Bring safety boots. Please confirm by Wednesday.\n\nJun")

add("ns-15", NS, "Personalabteilung <bewerbung@rheinmetallbau.example>", "Online-Test – bitte bis Freitag",
    "Hallo {n},\n\nvielen Dank für das nette Telefonat. Jetzt geht es weiter: Bitte schließen Sie den Online-Test bis Freitag, 18 Uhr, ab. Der Link ist 5 Tage gültig.\n\nPersonalabteilung")

add("ns-16", NS, "Talento Humano <seleccion@grupoandino.example>", "Prueba técnica – plazo",
    "Hola {n}:\n\n¡Sigues en el proceso! Adjuntamos la prueba técnica; tienes hasta el lunes a las 12:00 para enviarla.\n\nEquipo de Talento Humano")

add("ns-17", NS, "Pauline Okoro <pauline@meridianlegal.example>", "Right to work check",
    "Hi {n},\n\nOne last bit of admin before your start date is fixed: your share code, please, by 5pm on Thursday.\n\nPauline")

add("ns-18", NS, "Internship Office <internships@unesco-youthnet.example>", "Written test – internship",
    "Dear {n},\n\nYou have been selected to take a written test for the internship in the Education Sector. The test will be sent on 3 March and must be returned within 48 hours.\n\nInternship Office")

add("ns-19", NS, "Hearth & Home Recruitment <recruitment@hearthandhome.example>", "Book your assessment morning",
    "Hi {n},\n\nGood news! You're invited to our assessment morning at the Norwich store. Please choose a date by Sunday using the link below. Unfortunately spaces go fast, so grab one soon.\n\nThe Hearth & Home team")

# --- offers -------------------------------------------------------------------------------------

OF = "offer"

add("offer-1", OF, "Dwayne Okafor <dokafor@tallyhouse.example>", "Re: Staff Accountant",
    "{n} — we want you. Offer letter coming from HR this afternoon. Welcome aboard!\n\nDwayne\nSent from my iPhone")

add("offer-2", OF, "People Team <people@glasshousefinance.example>", "Offer of employment – Treasury Analyst",
    "Dear {n},\n\nGlasshouse Finance would like you to join as Treasury Analyst, on a salary of £52,000 per year, starting on 1 September 2026. The offer is subject to satisfactory references.\n\nPlease sign and return the attached contract by 15 July.\n\nGlasshouse People Team")

add("offer-3", OF, "Vikram Nair <vikram.nair@talentbridge.example>", "Offer released - Spring Boot Developer",
    "Hi {n},\n\nCongratulations! Client has released the offer at 15.5 LPA fixed CTC. Kindly check the offer letter and revert with acceptance within 2 days. Joining date is 1st July.\n\nRegards,\nVikram")

add("offer-4", OF, "Gustav Ek <gustav@bluefinch.example>", "We'd love to have you",
    "Hi {n},\n\nUnfortunately for your free time, we'd like you to start on the 1st! The project week won everyone over. The formal offer is in DocuSign now.\n\nGustav")

add("offer-5", OF, "Jess O'Rourke <jess.orourke@kangaroopaw.example>", "You got it!",
    "Hi {n}!\n\nThe team loved you at the trial and Dr Patel wants you as our new vet nurse. Starting pay is $32.10 an hour. When can you start?\n\nJess")

add("offer-6", OF, "Hilde Strand <hilde.strand@fjordkraftverk.example>", "Tilbud om stilling",
    "Hei {n},\n\nVi har gleden av å tilby deg stillingen som driftsingeniør. Kontrakten ligger vedlagt. Gi oss gjerne svar innen fredag.\n\nMed vennlig hilsen\nHilde")

add("offer-7", OF, "Ufficio Personale <hr@ceramichevenete.example>", "Proposta di assunzione",
    "Gentile {n},\n\nsiamo lieti di proporle l'assunzione come Addetto/a Controllo Qualità a tempo indeterminato, con inizio il 1° settembre. In allegato trova la lettera con tutte le condizioni.\n\nCordiali saluti")

add("offer-8", OF, "Brodie Taylor <brodie@outbackpeople.example>", "Kalgoorlie – you're in!",
    "G'day {n},\n\nClient said yes! Site clerk role is yours, $48/hr, 8/6 roster, flights booked from Perth on the 14th. Contracts coming through tonight.\n\nBrodie")

add("offer-9", OF, "Graduate Recruitment <graduates@ironbridgeeng.example>", "Conditional offer – 2026 Graduate Scheme",
    "Dear {n},\n\nA conditional place on the 2026 Civil Engineering Graduate Scheme is yours. The offer depends on you achieving a 2:1 degree. Please accept it in your account within 14 days.\n\nGraduate Recruitment Team")

add("offer-10", OF, "Claire Beaumont <claire@greystoneexec.example>", "The board's decision",
    "Dear {n},\n\nI'm thrilled to tell you the board has chosen you as their new CFO. They'll send the formal terms tomorrow. Shall we speak tonight?\n\nClaire")

add("offer-11", OF, "Casting <casting@wildthymetheatre.example>", "Offer – A Midsummer Night's Dream",
    "Dear {n},\n\nWe'd love you to play Hermia in our spring production of A Midsummer Night's Dream. Rehearsals start on 6 April. Your agent will receive the contract today.\n\nWild Thyme Theatre Casting")

add("offer-12", OF, "Talent Acquisition <campus@pixelforge.example>", "Internship offer!",
    "Hey {n},\n\nWe'd love you to join PixelForge as an Art Intern this summer! 12 weeks, paid, in our Dundee studio. Accept by 10 April to hold your spot.\n\nThe PixelForge campus team")

# --- other job mail -------------------------------------------------------------------------------

add("other-review-1", "other_job", "Halcyon Systems <no-reply@myworkday.example>", "Candidate Home: status change",
    "Job Application Status Update\n\nJob Requisition: R-20904 Technical Writer\nStatus: Under Review by Hiring Team\n\nLog in to Candidate Home for more.")

add("other-referral-1", "other_job", "Referrals <referrals@brightpathsaas.example>", "Update on your referral",
    "Hi {n},\n\nYou referred Oskar Lindgren for Support Engineer; the team has passed on Oskar for now. Your referral still counts toward the quarterly raffle, so please keep sending people.\n\nBrightpath Talent")

add("other-withdraw-1", "other_job", "Corvid Analytics via Ashby <no-reply@ashbyhq.example>", "Withdrawal confirmed",
    "Hi {n},\n\nWe've withdrawn your application for Analytics Engineer, as you asked. Appreciate the heads-up, and good luck with your new role.")

add("other-delay-1", "other_job", "Greenpoint Recruiting <recruiting@greenpoint.example>", "Quick update on your application",
    "Hi {n},\n\nJust a note to say we're still reviewing applications for Account Executive. The hiring manager has been travelling, so decisions will come next week. Thanks for your patience!\n\n— Greenpoint")

add("other-account-1", "other_job", "Hireloop <no-reply@hireloop.example>", "Welcome to Hireloop",
    "Hi {n},\n\nYour Hireloop account is ready. Upload your CV to apply in one click and set up job alerts.\n\nHireloop")

add("other-incomplete-1", "other_job", "Lumen Retail Jobs <jobs@lumenretail.example>", "You haven't finished your application",
    "Hi {n},\n\nYour Store Supervisor - Croydon application is saved as a draft and hasn't been sent. The vacancy closes on Sunday.\n\nLumen Retail Recruitment")

add("other-hold-1", "other_job", "Pauline Okoro <pauline@meridianlegal.example>", "Paralegal role – timing",
    "Hi {n},\n\nA quick update: the partners haven't made a decision on the paralegal role yet because two of them are on leave. I expect news by the 20th. You're still on the shortlist.\n\nPauline")

add("other-dataretention-1", "other_job", "Privacy <privacy@westmere.example>", "Your candidate data",
    "Dear {n},\n\nWe hold your candidate profile from your 2024 application. Our retention policy removes it a month from today; logging in and ticking Keep stops that.\n\nWestmere Privacy Team")

add("alert-1", "job_alert", "Hireloop Alerts <alerts@hireloop.example>", "7 new jobs for \"project coordinator\"",
    "Hi {n}, here are today's matches:\n\nProject Coordinator · Leeds · £30k\nPMO Analyst · Bradford · £33k\nJunior Project Manager · York · £35k\n\nSee all 7 jobs ›\n\nDon't let rejection slow you down — employers near you are hiring now.\nUnsubscribe from this alert")

add("alert-2", "job_alert", "JobNest <digest@jobnest.example>", "Your weekly job digest",
    "Hi {n},\n\n12 new roles match your search \"data analyst remote\". Top picks: Data Analyst at Corvid Analytics, BI Analyst at Halcyon Systems, Reporting Analyst at Tollgate.\n\nChange alert settings | Unsubscribe")

add("alert-3", "job_alert", "LinkedIn Job Alerts <jobalerts-noreply@linkedin.example>", "Supply chain analyst: 15 new jobs",
    "Your job alert for supply chain analyst in Manchester.\n\nSupply Chain Analyst – Nimbus Freight – Leeds\nDemand Planner – Brackenfield Foods – Wakefield\n\nSee all jobs\n\nYou set up this alert on LinkedIn. Manage alerts in Settings.")

add("outreach-1", "recruiter_outreach", "Ishaan Kapoor <ishaan@hiremetric.example>", "Data Engineer opportunity – Bengaluru",
    "Hi {n},\n\nYour Spark work at a payments company caught my eye. I'm hiring for a Senior Data Engineer at a Series C fintech, 35-45 LPA. Can we speak for 15 minutes this week?\n\nIshaan")

add("outreach-2", "recruiter_outreach", "Rosie Fenwick <rosie@northstaragency.example>", "Hope the search is going well",
    "Hi {n},\n\nI saw you're open to work. Sorry if the last few months have been tough, the market has been brutal. I've got two operations roles in Manchester that might suit you. Free for a call?\n\nRosie")

add("outreach-3", "recruiter_outreach", "Tomás Quiroga <tomas@andesrecruit.example>", "Remote React role",
    "Hi {n},\n\nI'm working with a Chilean startup looking for a React developer, fully remote, USD salary. Would love to share details if you're interested.\n\nTomás")

add("other-practical-1", "other_job", "Apprenticeships <apprenticeships@northgatewater.example>", "Practical day: what to bring",
    "Hi {n},\n\nA reminder about Saturday's practical day in Warrington. Bring steel-toe boots, a packed lunch and photo ID. We start at 9 sharp.\n\nNorthgate Water Apprenticeships")

# --- refusals that have nothing to do with a job -----------------------------------------------

NJ = "non_job_rejection_words"

add("nj-loan-1", NJ, "Brightleaf Lending <noreply@brightleaf.example>", "About your loan application",
    "Dear {n},\n\nWe've looked at your request to borrow £8,000. Based on what the credit reference agency told us, Brightleaf won't be lending to you at the moment.\n\nYou can request a copy of your credit file free of charge.\n\nBrightleaf Lending")

add("nj-flat-1", NJ, "Lettings <lettings@parkviewhomes.example>", "12 Alder Road – update",
    "Hi {n},\n\nCheers for coming to see Alder Road. The landlord went with a tenant able to move in earlier, so the property is now let. We'll send you similar listings.\n\nParkview Lettings")

add("nj-grant-1", NJ, "Arts Fund <grants@northernarts.example>", "Your grant application NA-2026-0413",
    "Dear {n},\n\nThe panel met on 14 May to consider applications to the Project Grants round. Your application is not among those funded, we are sorry to say. Demand was four times the budget.\n\nNorthern Arts Fund")

add("nj-talk-1", NJ, "PyNorth Programme Committee <cfp@pynorth.example>", "Your PyNorth 2026 proposal",
    "Hi {n},\n\nThank you for submitting \"Typing your way out of legacy code\". We received 412 proposals for 48 slots, and sadly yours didn't make the programme this year. We hope you'll still join us in Leeds.\n\nPyNorth Programme Committee")

add("nj-ballot-1", NJ, "Marathon Entries <entries@londonrun.example>", "Ballot result",
    "Dear {n},\n\nThe ballot has been drawn and your name did not come up. You can still run for one of our charity partners.\n\nMarathon Entries Team")

add("nj-payment-1", NJ, "Quaypay <alerts@quaypay.example>", "Payment declined",
    "Hi {n},\n\nA card payment of €64.90 to RAILEUROPE was declined: the balance was too low. Nothing was taken from your account.\n\nQuaypay")

add("nj-visa-1", NJ, "Visa Section <visas@consulate.example>", "Decision on your visitor visa",
    "Dear {n},\n\nThe visitor visa you applied for is refused because you did not show enough ties to your home country. You may apply again with new evidence.\n\nVisa Section")

add("nj-school-1", NJ, "School Admissions <admissions@westshire.example.gov.uk>", "Secondary school place offer",
    "Dear {n},\n\nThere was no room for your child at your first-preference school, Hollins Academy, because it was oversubscribed. Your child has been offered a place at Brookfield School, your second preference.\n\nSchool Admissions")

add("nj-manuscript-1", NJ, "Fennel Press <submissions@fennelpress.example>", "Your manuscript",
    "Dear {n},\n\nYour novel arrived safely and we have read it. We read it with interest but have decided it isn't right for our list. We wish you luck in placing it elsewhere.\n\nFennel Press")

add("nj-claim-1", NJ, "Claims Team <claims@harbourinsure.example>", "Claim HC-558102 decision",
    "Dear {n},\n\nYour water-damage claim has been assessed. We won't pay it because the policy excludes gradual leaks. You may ask the Financial Ombudsman to review our decision.\n\nClaims Team")

add("nj-pr-1", NJ, "GitHub <notifications@github.example>", "Re: [tinyparse] Add YAML support (PR #218)",
    "@maintainer closed this pull request.\n\nThanks for the work, {n}, but we've decided to keep the library JSON-only to keep it small. Closing.\n\nYou are receiving this because you authored the thread.")

add("nj-dinner-1", NJ, "Aunt Margaret <margaret.h@postmail.example>", "Re: Sunday lunch",
    "Dear {n},\n\nThank you for the kind invitation but I'm afraid we can't come on Sunday, Bill has his hip appointment. Another time!\n\nLove, Margaret")

add("nj-allotment-1", NJ, "Allotments Officer <allotments@riverdale.example.gov.uk>", "Allotment application",
    "Dear {n},\n\nYour allotment form came in last week. All plots are currently taken; you are number 43 in the queue.\n\nAllotments Officer")

# --- rendering ----------------------------------------------------------------------------------

# Templates sent to a second person as well (one family each), to bring the labels to 130/130.
TWICE = {"conf-11", "conf-19", "conf-24", "conf-30", "conf-de-1", "int-5"}

# Templates whose body goes out as simple HTML (paragraphs and line breaks), as many ATS mails do.
HTML = {"hedge-4", "keep-profile-1", "public-5", "bullets-2", "survey-2", "conf-26", "ns-8", "offer-2"}


def to_html(text: str) -> str:
    """Wrap plain paragraphs in <p> and single line breaks in <br>, the way a mail editor exports them."""
    paras = [part.replace("\n", "<br>\n") for part in text.split("\n\n")]
    return '<html><body style="font-family:Arial,sans-serif">' + "".join(f"<p>{part}</p>" for part in paras) + "</body></html>"


FIRST = ["Aisling", "Babajide", "Chiara", "Dev", "Eilidh", "Fatima", "Gonzalo", "Hyun-woo", "Ifeoma", "Jakub",
         "Kaveh", "Leilani", "Mateus", "Nkechi", "Orla", "Pranav", "Quinn", "Rosalind", "Sipho", "Tamsin",
         "Umar", "Vesna", "Wiremu", "Xiadani", "Yara", "Zeynep", "Anders", "Bronagh", "Cormac", "Dalia"]
LAST = ["Achterberg", "Balogun", "Castellanos", "Dhillon", "Eriksen", "Fitzgerald", "Gallagher", "Hakimi",
        "Iyer", "Jaramillo", "Kowalski", "Lindholm", "Mbeki", "Nakamura", "O'Connell", "Papadopoulos",
        "Quartey", "Rossi", "Szabo", "Thorne", "Uchenna", "Varga", "Whitfield", "Yilmaz", "Zamora"]
DOMAINS = ["gmail.example", "outlook.example", "yahoo.example", "proton.example", "icloud.example",
           "btinternet.example", "rediffmail.example", "bigpond.example", "web.example", "fastmail.example"]
ZONES = ["+0000", "+0100", "+0200", "-0400", "-0500", "-0700", "+0530", "+1000", "+0800", "+1200"]
DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def make_date(rng: random.Random) -> str:
    """An RFC 5322 date between March 2025 and November 2026, in office-ish hours."""
    day = datetime(2025, 3, 1) + timedelta(days=rng.randint(0, 630))
    moment = day.replace(hour=rng.randint(7, 20), minute=rng.randint(0, 59), second=rng.randint(0, 59))
    return f"{DAYS[moment.weekday()]}, {moment.day:02d} {MONTHS[moment.month - 1]} {moment.year} {moment:%H:%M:%S} {rng.choice(ZONES)}"


def render() -> list[dict[str, str]]:
    rng = random.Random(SEED)  # noqa: S311
    out: list[dict[str, str]] = []
    counters: dict[str, int] = {}
    for mail in MAILS:
        copies = max(mail.copies, 2 if mail.family in TWICE else 1)
        for _ in range(copies):
            first, last = rng.choice(FIRST), rng.choice(LAST)
            label = "rejection" if mail.kind == R else "not_rejection"
            key = "rej" if label == "rejection" else mail.kind
            counters[key] = counters.get(key, 0) + 1
            body = mail.body.replace("{n}", first)
            if mail.family in HTML:
                body = to_html(body)
            address = re.sub(r"[^a-z.-]", "", f"{first}.{last}".lower())
            out.append({
                "id": f"blind8:{key}-{counters[key]:03d}",
                "subject": mail.subject.replace("{n}", first),
                "body": body,
                "sender": mail.sender,
                "label": label,
                "kind": mail.kind,
                "family": f"blind8-{mail.family}",
                "provenance": PROV,
                "to": f"{first} {last} <{address}@{rng.choice(DOMAINS)}>",
                "date": make_date(rng),
            })
    return out


def word_shingles(text: str, width: int = 6) -> set[str]:
    """Every run of ``width`` consecutive lower-cased words in ``text``."""
    words = re.findall(r"\w+(?:'\w+)?", text.lower())
    return {" ".join(words[i:i + width]) for i in range(len(words) - width + 1)}


def other_shingles() -> set[str]:
    """Shingles of the training files and the earlier slices; their text is never printed."""
    files = sorted(HERE.parent.glob("*.jsonl"))
    files += [f for f in sorted(HERE.glob("blind-slice*.jsonl")) if f != OUT]
    seen: set[str] = set()
    for f in files:
        for line in f.read_text(encoding="utf-8").splitlines():
            if line.strip():
                seen |= word_shingles(str(json.loads(line).get("body", "")))
    return seen


def check(records: list[dict[str, str]]) -> int:
    """Print our side of each shared 6-word shingle, then a one-line summary."""
    seen = other_shingles()
    hit_bodies = 0
    shared: set[str] = set()
    for rec in records:
        common = sorted(word_shingles(rec["body"]) & seen)
        if common:
            hit_bodies += 1
            shared.update(common)
            print(rec["id"], rec["family"], "|", " || ".join(common))
    print(f"{hit_bodies} of {len(records)} bodies share a shingle; {len(shared)} distinct shared shingles")
    return 0


def main(argv: list[str]) -> int:
    records = render()
    if "--check" in argv:
        return check(records)
    OUT.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
