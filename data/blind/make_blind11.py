# ruff: noqa: E501
"""Write blind slice 11 (issue 11): new mail the model has never seen, sealed before the next change.

Stdlib only, fixed seed 110723; two runs write byte-identical output. ``--check`` prints our side
of any 6-word shingle this slice shares with ``data/*.jsonl`` or the earlier slices; those files
are read only as sets of shingles and never printed.

Placeholders in sender, subject and body: ``{n}`` the recipient's first name, ``{r}`` the role,
``{c}`` the company, ``{d}`` its mail domain, ``{s}`` the signer's first name.
"""

from __future__ import annotations

import json
import random
import re
import sys
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

SEED = 110723
HERE = Path(__file__).resolve().parent
OUT = HERE / "blind-slice-11.jsonl"
PROV = "written for rejectwatch issue 11 blind slice 11 (make_blind11.py); never trained on"

R = "rejection"
APP = "application_received"
INT = "interview"
NEXT = "next_steps"
OFFER = "offer"
OTHER = "other_job"
ALERT = "job_alert"
PITCH = "recruiter_outreach"
NONJOB = "non_job_rejection_words"


@dataclass(frozen=True)
class Mail:
    family: str
    kind: str
    sender: str
    subject: str
    body: str
    copies: int
    roles: tuple[str, ...]


MAILS: list[Mail] = []


def add(family: str, kind: str, sender: str, subject: str, body: str, *, copies: int = 1, roles: tuple[str, ...] = ()) -> None:
    MAILS.append(Mail("blind11-" + family, kind, sender, subject, body.strip("\n") + "\n", copies, roles))


FIRST = ["Ayodele", "Signe", "Ruadhan", "Meenakshi", "Linh", "Ximena", "Kofi", "Orla", "Vojtěch", "Amira",
         "Jonas", "Nomvula", "Takeshi", "Paloma", "Isla", "Gonçalo", "Thabo", "Femke", "Arkady", "Mereana",
         "Leyla", "Fraser", "Dinara", "Leopold", "Rocío", "Busisiwe", "Eskil", "Shirin", "Cathal", "Zuzana"]
LAST = ["Olatunji", "Kjærgaard", "Ó Dálaigh", "Venkataraman", "Pham", "Arriaga", "Mensah", "Ní Fhlatharta",
        "Dvořák", "Saleh", "Wüthrich", "Ndlovu", "Fujimoto", "Cifuentes", "MacLeod", "Teixeira",
        "Khumalo", "van Dijk", "Sokolov", "Rangi", "Aliyeva", "Buchanan", "Seitkali", "Hofstetter", "Montoya",
        "Sithole", "Lundgren", "Tehrani", "Brennan", "Horáková"]
MAILHOSTS = ["proton.example", "mailbox.example", "gmail.example", "hotmail.example", "me.example"]
SIGNERS = ["Imogen", "Rasmus", "Kavitha", "Florian", "Chidi", "Philippa", "Ryo", "Tamsin", "Esteban", "Gesine",
           "Alasdair", "Lakshmi", "Aoife", "Mandla", "Inês", "Padraig", "Oksana", "Euan", "Golnaz", "Seamus"]
COMPANIES = [("Wrenfield Analytics", "wrenfield.io"), ("Stonebridge Provisions", "stonebridgeprovisions.com"),
             ("Keelhaul Maritime", "keelhaul-maritime.com"), ("Meridale Health", "meridalehealth.co.uk"),
             ("Paperkite Studio", "paperkite.studio"), ("Ashdown & Rook", "ashdownrook.com"),
             ("Corvid Freight", "corvidfreight.eu"), ("Brightwater Renewables", "brightwater-renew.com"),
             ("Foxglove Software", "foxglove.dev"), ("Ironbark Mutual", "ironbarkmutual.co.za"),
             ("Larchmont Homes Trust", "larchmonthomes.org.uk"), ("Pylon Circuitry", "pyloncircuitry.com"),
             ("Glasswing Labs", "glasswinglabs.ai"), ("Tollgate Payments", "tollgatepay.com"),
             ("Saltbush Retail", "saltbush.com.au"), ("Zahnrad Automation", "zahnrad-automation.de"),
             ("Willowmere Learning", "willowmere.org"), ("Harker Lisle Partners", "harkerlisle.com"),
             ("Kōwhai Digital", "kowhaidigital.nz"), ("Emberline Games", "emberline.games")]
ROLES = ["Business Analyst", "UX Researcher", "Platform Engineer", "Logistics Coordinator", "Management Accountant",
         "Customer Support Lead", "Content Marketing Manager", "Test Automation Engineer", "Demand Planner", "People Advisor",
         "Documentation Specialist", "Cloud Engineer", "Sales Executive", "Laboratory Technician", "Programme Manager"]
ZONES = [-8, -6, -5, -3, 0, 1, 2, 3, 5.5, 7, 9.5, 12]
DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

# ---------------------------------------------------------------- rejections: thread replies, no negation
add("thread-exec-pick", R, "{s} Harrowby <{s}.harrowby@{d}>", "RE: [EXT] Re: Wednesday conversation - {r}",
    """Hi {n},

Sorry this has taken longer than I promised on Wednesday; two of the panel were on leave and I wanted everyone in the room before we talked it through.

First, thank you. The way you walked us through the supplier dispute was the most honest answer anyone gave all week, and Marguerite said so in the debrief.

The outcome: our COO has picked the candidate who ran the same function at our Dublin partner, mostly because the systems migration lands in March and she already knows both platforms.

I know that's a hard one to read after three rounds. If you'd find a short call useful I'm happy to talk through how the panel saw it.

All the best,
{s}

{s} Harrowby
Senior Talent Partner | {c}
T: +44 20 7946 0318

From: {n} <{n}@proton.example>
Sent: 11 November 2026 08:02
To: {s} Harrowby <{s}.harrowby@{d}>
Subject: [EXT] Re: Wednesday conversation - {r}

Morning {s}, hope the week's going well. Any news from the panel? Best, {n}
""", copies=2)

add("thread-rehire", R, "{s} Vandermolen <{s}@{d}>", "RE: [EXT] Re: Next steps after Tuesday",
    """Hey {n},

Thanks so much for hanging in there while we worked through this.

Quick update, straight from the team lead: they've asked a contractor who built the original pipeline with us two years ago to come back in-house for this role. He said yes yesterday and starts on the 3rd.

You were a real pleasure to meet, and the notebook you shared on retention curves got passed around Slack afterwards, which almost never happens.

Take care and keep me posted on where you land,
{s}

-----Original Message-----
From: {n} <{n}.work@gmail.example>
Sent: Monday, August 10, 2026 4:51 PM
To: {s} Vandermolen <{s}@{d}>
Subject: [EXT] Re: Next steps after Tuesday

Hi {s}, thanks again for Tuesday. Let me know if you need references.
""", roles=("Data Engineer", "Analytics Engineer"))

add("thread-board-chose", R, "{s} Achterberg <{s}.achterberg@{d}>", "RE: [EXT] Re: Director of Operations - final interview",
    """Dear {n},

I promised you a personal note rather than a form letter, so here it is.

The trustees met on Thursday evening and have appointed the interim director, who has been covering the post since June, to the permanent role. Their minutes put it down to continuity through the merger consultation.

It was a close conversation and your name came up more than once. Your plan for the volunteer hubs is one I'll be quietly borrowing, with your permission.

With warm regards and thanks for the hours that went into the presentation,

{s} Achterberg
Chair of the Appointments Panel
{c}

________________________________
From: {n} <{n}@mailbox.example>
Sent: Friday, 16 October 2026 10:14
To: {s} Achterberg
Subject: [EXT] Re: Director of Operations - final interview

Dear {s}, thank you for Wednesday. I enjoyed meeting the trustees. Kind regards, {n}
""")

add("thread-indian-finalised", R, "{s} Raman <{s}.raman@{d}>", "RE: [EXT] Re: [EXT] Re: Techno-managerial round",
    """Hi {n},

Hope you are doing good. Apologies for the late revert, the quarter closing kept the business team very occupied.

As discussed over call on Friday, the delivery head has gone ahead with the internal candidate from the Pune unit for this position, as he is already mapped to the client account and the onboarding time is zero.

Your profile was appreciated by the panel, specially the clarity in the estimation case. I have kept your CV with me and will reach out whenever a suitable requirement opens in the Chennai team.

Thanks & Regards,
{s} Raman
Lead - Talent Acquisition | {c}
+91 44 5550 2871

-----Original Message-----
From: {n} <{n}@gmail.example>
Sent: 21 September 2026 11:30
To: {s} Raman <{s}.raman@{d}>
Subject: [EXT] Re: [EXT] Re: Techno-managerial round

Dear {s}, any update on the feedback of the techno-managerial round? Regards, {n}
""", roles=("Senior Java Developer", "Delivery Manager"))

add("thread-gmail-aussie", R, "{s} at {c} <{s}@{d}>", "Re: Catch up re {r}",
    """G'day {n},

Cheers for your patience, mate. Bit of a saga on our end.

The upshot is Brendan's offered it to the bloke who's been doing the role on a contract basis since Christmas - he knows the warehouse inside out and the team lobbied pretty hard for him.

Honestly loved chatting with you and I reckon you'd slot into plenty of crews. Shout if you want a reference for the forklift cert stuff, happy to vouch.

Cheers,
{s}

On Thu, 9 Jul 2026 at 3:22 pm, {n} <{n}@me.example> wrote:
> Hi {s}, just wondering if there's any news on the {r} role? Thanks heaps, {n}
""", roles=("Warehouse Team Leader", "Inventory Controller"))

add("thread-canadian-manager", R, "{s} Lévesque <{s}.levesque@{d}>", "RE: [EXT] Re: Thank you!",
    """Hi {n},

Thank you for the lovely note after our chat, it made my Friday.

I'd rather you heard it in my words. Our hiring manager, Geneviève, has made her choice for the {r} position and it's someone who interned with the team two summers in a row; she knows the product and the people, and in the end that tipped it.

I really enjoyed our conversation about bilingual support queues, and I hope our paths cross again.

Take care,
{s}

{s} Lévesque (elle/she)
Talent Acquisition | {c}
Montréal, QC

From: {n} <{n}@hotmail.example>
Sent: June 5, 2026 9:40 AM
To: {s} Lévesque
Subject: [EXT] Re: Thank you!

Thank you again for your time yesterday, {s}!
""")

add("thread-sa-panel", R, "{s} Naidoo <{s}.naidoo@{d}>", "RE: [EXT] Re: Panel interview feedback",
    """Morning {n},

Trust you are well.

Deliberations wrapped up on Friday, and the name the panel put in front of the CEO is that of the second candidate from Durban, who brings the regulatory reporting experience the FSCA review will need this year. The CEO has signed off on it.

I'd like to thank you personally for the preparation you put into the case study; it showed.

Kind regards,
{s} Naidoo
HR Business Partner
{c} | Sandton
Tel: +27 11 555 0143

This e-mail is subject to the {c} e-mail legal notice available on our website.

From: {n}
Sent: 03 March 2026 07:15
To: {s} Naidoo
Subject: [EXT] Re: Panel interview feedback

Good morning {s}, I am just following up on the outcome of the panel. Regards, {n}
""", roles=("Compliance Analyst", "Risk Manager"))

add("thread-forward-hm", R, "{s} Whelan <{s}.whelan@{d}>", "FW: RE: [EXT] Re: Second interview",
    """Hi {n},

Forwarding Eamon's note below as it says it better than I would. Thank you again for everything you put into this.

{s}

---------- Forwarded message ---------
From: Eamon Kinsella <eamon.kinsella@{d}>
Date: Tue, 2 Jun 2026 at 17:44
Subject: RE: [EXT] Re: Second interview
To: {s} Whelan <{s}.whelan@{d}>

{s} - can you pass this on to {n} with my thanks. I've gone with Róisín for the role; she's been shadowing the team on secondment and the handover is basically already done. {n} was excellent and I'd happily see them back for the next opening in the autumn.

E.
""")

add("thread-nonnative-hu", R, "{s} Kovács <{s}.kovacs@{d}>", "RE: [EXT] Re: interview on Monday",
    """Dear {n},

Thank you very much for your time on Monday and also for your nice mail afterwards.

I must tell you that our managing director has made the selection and the position is given to a colleague from our Győr office, who will relocate to Budapest in January. For us this was the solution which brings the least risk in the transition period.

It was really a pleasure to talk with you and I wish you a lot of luck and success for the future.

Best regards
{s} Kovács
HR Generalist
{c} Kft.

From: {n} <{n}@mailbox.example>
Sent: Tuesday, 24 November 2026 09:03
Subject: [EXT] Re: interview on Monday

Dear {s}, thank you for the interview yesterday. Best, {n}
""")

add("thread-us-startup", R, "{s} <{s}@{d}>", "Re: [EXTERNAL] Re: following up",
    """hey {n}!

thanks for the nudge, and sorry - this got lost under a pile of investor stuff.

so we had our hiring sync thursday and the team rallied behind another finalist who's shipped two design systems at our stage. it was genuinely close and a couple of folks wanted to keep talking with you.

would love to grab coffee if you're ever in SoMa. your portfolio teardown of our onboarding flow was 🔥

{s}
cofounder, {c}

On Mon, Apr 13, 2026 at 10:06 AM {n} <{n}@gmail.example> wrote:
> Hi {s}, circling back on the {r} role - any update? Happy to answer anything else.
""", roles=("Product Designer", "Design Systems Lead"))

add("thread-uk-nhs-pick", R, "{s} Pryce <{s}.pryce@{d}>", "RE: [EXT] Re: Band 6 interview",
    """Hi {n},

Thanks for your patience, and for coming in on what turned out to be the wettest day of the year.

The ward manager has appointed one of the rotational nurses who's already on the unit; she's been acting up into the post since the summer.

You interviewed really well. Please do keep an eye on the trust's vacancies page over the next few months as we're expecting two more posts when the new bay opens.

Kind regards,
{s}

{s} Pryce
Recruitment Lead, Surgical Division
{c}

From: {n} [mailto:{n}@hotmail.example]
Sent: 14 January 2026 19:11
To: Pryce {s}
Subject: [EXT] Re: Band 6 interview

Hello, I was wondering if there is any news yet. Many thanks, {n}
""", roles=("Staff Nurse", "Ward Sister"))

add("thread-legal-partner", R, "{s} Ellwood <{s}.ellwood@{d}>", "RE: [EXT] Re: Associate role - meeting with partners",
    """Dear {n},

Thank you for meeting Simon and Harriet last week. I know you made time around a busy hearing schedule.

The partners' choice is an associate coming back from our Singapore office, whose practice overlaps almost entirely with the group's shipping work.

Both partners enjoyed the conversation; Harriet in particular wanted you to know that. I'll keep your details and will be in touch personally if something suits you in the disputes team.

Kind regards,

{s} Ellwood
Legal Recruitment Manager
{c}

PRIVILEGE NOTE: Ellwood-side correspondence may be covered by legal professional privilege. Misdirected? A one-line reply to the sender and deletion of the thread, please; forwarding is not permitted.

From: {n}
Sent: 28 April 2026 12:40
To: {s} Ellwood
Subject: [EXT] Re: Associate role - meeting with partners

Dear {s}, thank you for arranging the meeting. I look forward to hearing from you. {n}
""", roles=("Shipping Associate", "Senior Associate"))

add("thread-irish-went-with", R, "{s} Ó Briain <{s}@{d}>", "Re: [EXT] Re: Chat on Friday",
    """Hi {n},

A thousand apologies for the delay, it's been mad here with the move.

So Ciara and the lads went with the lad from Galway in the end, he's been doing the same sort of work for one of our customers and they reckon he can hit the ground running.

Was great to meet you and I mean that. Mind yourself and I'd say we'll cross paths again.

{s}

Sent from my iPhone

> On 19 Feb 2026, at 08:17, {n} <{n}@proton.example> wrote:
>
> Hi {s}, hope all's well. Just wondering where things are at? Thanks, {n}
""")

# ---------------------------------------------------------------- rejections under long footers
FOOT_CAREERS = """
--
Life at {c}
Flexible hours, a learning budget of 1,500 a year, and a team that eats lunch together on Thursdays.
Browse open roles: https://careers.{d}/openings
Meet the people behind the product: https://careers.{d}/stories
Follow us: LinkedIn | Instagram | Glassdoor
Our hiring promise: every applicant gets a reply, and every interview gets written feedback on request.
Whoever you are and wherever you come from, {c} wants to hear from you. Need something changed to make applying or interviewing work for you? Say the word at any stage.
This note went to you as an applicant on careers.{d}. See or change what we hold about you: https://careers.{d}/privacy
"""
FOOT_DIGEST = """
====================================================
THE {C} DISPATCH - this month
* Our Lisbon hub opened its doors: 40 desks, one very loud espresso machine
* Podcast ep. 31: what a year of four-day weeks taught our support team
* We're hiring! 14 open roles across engineering, finance and operations
* Volunteering day recap: 212 trees planted along the canal
Read the full issue: https://news.{d}/dispatch
Forward to a friend | Update preferences | Unsubscribe
{c}, 7 Wharf Row, Leeds LS1 4BQ
====================================================
"""
FOOT_JOBS = """
----------------------------------------
Roles you might like
Senior {r} - Remote (EU) - Apply now
{r} (12-month contract) - Manchester - Apply now
Graduate Programme 2027 - Multiple locations - Apply now
Team Coordinator - Hybrid - Apply now
See all 37 open roles: https://jobs.{d}
Job alerts for "{r}" are switched on. Turn them off any time in your candidate settings.
----------------------------------------
Sent by the {c} careers platform from an address nobody reads - replies go nowhere.
"""
FOOT_GROUP = """
___________________________________________
{c} Group plc - company number 04418927 (England & Wales) - 3 Mercer Court, Bristol BS1 5TD.
Only the person named at the top should be reading this message and what's attached to it. Got it in error? Reply to say so, wipe it, and keep its contents to yourself.
We process candidate data under our Recruitment Privacy Notice; to see, correct or erase what we hold, write to privacy@{d}.
Refer a friend: if someone you know joins us through your referral, you'll receive a £750 thank-you voucher after their probation. Details at https://careers.{d}/refer
Think before you print.
___________________________________________
"""
FOOTERS = {"careers": FOOT_CAREERS, "digest": FOOT_DIGEST, "jobs": FOOT_JOBS, "group": FOOT_GROUP}
FOOTER_REFUSALS = [
    ("screened", "{c} Recruiting <recruiting@{d}>", "An update on your {r} application", """Hello {n},

Thanks for raising your hand for {r}. We've read every application with care, and we won't be taking yours further on this occasion.

We realise this stings after the work you put in, and we're grateful for it.

Best wishes,
{c} Recruiting""", ("careers", "jobs")),
    ("postpanel", "{s} from {c} <{s}@{d}>", "{r} - our decision", """Hi {n},

Thank you for meeting the panel last Tuesday. We've now weighed everyone we interviewed against each other, and the offer is going elsewhere.

The panel singled out your answers on stakeholder reporting as a strength. Feedback in writing is yours for the asking - a one-word reply will do.

Kind regards,
{s}""", ("digest", "careers")),
    ("formal", "Resourcing Team, {c} <resourcing@{d}>", "Application reference 58-{r}", """Dear {n},

We write regarding your recent application. It has been scored against the shortlisting criteria by two assessors, and we regret to say it fell short of the mark needed for an interview invitation; your part in this campaign therefore ends here.

We appreciate the trouble you took over the form.

Yours sincerely,
Resourcing Team
{c}""", ("group", "jobs")),
    ("casual", "Team {c} <hello@{d}>", "About the {r} role", """Hey {n},

Quick one: the {r} job has gone to somebody else, sorry to say. We had over 600 people apply, which is wild, and it took us ages to get through them all.

Thanks for the cover letter - the bit about your grandmother's bakery made us all a bit hungry.

Team {c}""", ("digest", "group")),
]
for _fam, _snd, _subj, _body, _foots in FOOTER_REFUSALS:
    for _f in _foots:
        add(f"footer-{_fam}-{_f}", R, _snd, _subj, _body + "\n" + FOOTERS[_f])

# ---------------------------------------------------------------- hedged refusals
add("hedge-nearer", R, "{c} Hiring <hiring@{d}>", "Your application: {r}",
    """Dear {n},

Many thanks for applying for the {r} post with {c}.

The field this time was deep. Having looked closely at every form, the shortlist we have drawn up is made of candidates whose recent work sits closer to the day-to-day of this particular team.

We wish you every success with your search.

Kind regards,
The {c} Hiring Team
""", copies=2)

add("hedge-different-direction", R, "{s} Castellan <{s}@{d}>", "Following up on {r}",
    """Hi {n},

Tying off the thread from our side. After our conversations, the team has decided to take the role in a different direction, toward someone with a heavier background in enterprise procurement.

It's not a reflection of what you bring - it's more about where the roadmap has drifted over the last month.

Thanks again for your time and best of luck,
{s}
""")

add("hedge-others-matched", R, "Talent Team <talent@{d}>", "{r} at {c}",
    """Hello {n},

Thank you for your interest in {c} and in the {r} opening.

We've now finished the first review. On this occasion we've chosen to progress with applicants whose profiles matched the brief a little more closely, particularly on regulated-industry experience.

Thanks for the effort you put in; new openings go up on our careers page every month.

Warm regards,
Talent Team | {c}
""")

add("hedge-priorities", R, "{s} Faulkner <{s}.faulkner@{d}>", "{r} update",
    """Hi {n},

Thanks for your patience. Since we spoke, the leadership team has re-scoped this hire around our channel partners rather than direct sales, and the profile we're looking for has shifted with it. We're focusing on people who've managed reseller networks.

I'm sorry to bring this at a late stage. It's been a pleasure getting to know you.

Best,
{s}
""")

add("hedge-nonnative-profiles", R, "HR {c} <hr@{d}>", "Answer to your application",
    """Dear {n},

we say thanks for your application and for the interest you show to our company.

After examining carefully every candidature, the decision was made to go on in the process with other persons, whose experiences are corresponding better to what the position demands.

For your professional way we wish you good luck.

Kind regards
HR Department
{c}
""")

add("hedge-fit-phrase", R, "{s} at {c} <{s}@{d}>", "Re: {r} application",
    """Hi {n},

Appreciate you applying. Having gone through things with the team, we don't think this one is quite the right match for where you are right now, and we're going to keep looking.

Good luck out there!
{s}
""")

add("hedge-stronger-alignment", R, "{c} Careers <careers@{d}>", "Update regarding the {r} position",
    """Dear {n},

Thanks for sending us an application for {r}.

Our hiring team reviewed your background alongside the other candidates. While your experience is impressive, we found stronger alignment with others in the pool for what this role needs right now.

Your details stay on file, and a future application from you would be welcome.

Sincerely,
{c} Careers
""")

add("hedge-moving-forward-others", R, "{s} Brandt <{s}.brandt@{d}>", "Thank you, {n}",
    """Hi {n},

You've given us a lot of hours these past weeks; thank you.

The two people we're carrying forward both come from the hardware side, which is where the role has tilted, so we're stopping your process at this point.

I hope we get to cross paths again.

{s}
""")

add("hedge-team-chose-else", R, "Recruitment <recruitment@{d}>", "{r} - outcome of shortlisting",
    """Dear {n},

Thank you for applying to {c}.

Shortlisting for this vacancy has now concluded. The panel chose to invite candidates whose evidence addressed more of the essential criteria in the person specification.

Thanks for your interest; new vacancies appear on our site most Fridays.

Recruitment Team
{c}
""")

# ---------------------------------------------------------------- recruiter after a call, with another role
add("recruiter-uk-other", R, "{s} Marchetti <{s}@{d}>", "Following our call",
    """Hi {n},

Good to speak earlier, and sorry again that it wasn't better news. For the record, as we discussed: the client is hiring a different candidate for the {r} role.

On the positive side, I mentioned the interim programme role at a housing association in Reading - six months, hybrid, day rate around £450. Your background looks a strong fit. Shall I send your CV across? I'd need it by Wednesday.

Speak soon,
{s}
{s} Marchetti | Senior Consultant | {c}
""")

add("recruiter-us-pivot", R, "{s} Goldberg <{s}.goldberg@{d}>", "Re: our call + another opportunity",
    """Hi {n},

Thanks for hopping on the phone this afternoon. As I mentioned, the hiring team at the fintech passed on moving forward for the {r} position - they wanted deeper Kubernetes exposure.

That said, I'm working a Platform Reliability role at a healthcare company in Austin that's much more Terraform-heavy, which plays right to your strengths. Base is 165-180k plus bonus. Want me to submit you? Happy to prep you the same way.

Best,
{s}
""", roles=("Cloud Engineer", "Platform Engineer"))

add("recruiter-dubai", R, "{s} Haddad <{s}@{d}>", "Update - {r}, and a new role",
    """Dear {n},

Further to our call today, please note that the client has confirmed they are not progressing your profile for the {r} position, as they have closed it with a candidate already in the UAE.

However, I have a very similar opening with a hospitality group in Abu Dhabi, tax free package, housing allowance included. If you are interested please send me your updated CV and notice period and I will share it with the line manager tomorrow.

Best regards,
{s} Haddad
Recruitment Consultant
{c} - Dubai
""")

add("recruiter-au-straight", R, "{s} Kerr <{s}.kerr@{d}>", "Chat today",
    """Hi {n},

Thanks for the chat today. Like I said, the client's gone with someone who's already in Perth so that one's done.

Still keen to help though - I've got a 12-month contract with a mining services company in Brisbane that's right up your alley. Pays well and they interview next week. Flick me a yes and I'll put you forward.

Cheers,
{s}
""")

add("recruiter-india", R, "{s} Menon <{s}.menon@{d}>", "Feedback from client + new JD",
    """Hi {n},

As discussed telephonically, the client has shared that your candidature is not shortlisted for the {r} position post the technical discussion.

I have one more requirement from a product company in Hyderabad, JD attached. Kindly share your interest along with current CTC, expected CTC and notice period at the earliest.

Regards,
{s} Menon
Senior Recruiter | {c}
""")

add("recruiter-ireland-declined", R, "{s} Doherty <{s}.doherty@{d}>", "Quick follow-up",
    """Hi {n},

Great chatting this morning. As promised, a quick recap: the client came back and they're declining on your application for the {r} job. They were really nice about you, for what it's worth.

The finance systems role in Cork I mentioned is still open and I think you'd walk it. Say the word and I'll get you twenty minutes with their finance director.

Talk soon,
{s}
""")

# ---------------------------------------------------------------- public sector
add("public-usajobs-notreferred", R, "USAJOBS Notifications <notify@usajobs.example>", "Your application status has changed",
    """Dear {n},

The status of your application for the position below has been updated.

Position: {r}, GS-0343-11
Announcement number: FW-26-DEU-441102
Agency: U.S. Fish and Wildlife Service

Status: Not Referred

Reviewers rated you as meeting the minimum qualifications, but your category rating ranked below the cut-off, so your name was left off the certificate of eligibles sent to the hiring office.

You may review the details in your USAJOBS account under Applications.
""", roles=("Management Analyst", "Program Analyst"))

add("public-ineligible-council", R, "Recruitment, {c} <jobs@{d}>", "Application outcome - ref LC/2291",
    """Dear {n},

We have your form for the {r} vacancy (ref LC/2291).

When we checked your application against the essential requirements, we found that it does not meet the condition for a full UK driving licence, which this post requires because of the area it covers. Your application has therefore been assessed as ineligible and cannot go on to shortlisting.

If you think this assessment is wrong, please reply within five working days with the details.

Yours sincerely,
Recruitment Team
""", roles=("Highways Inspector", "Community Support Officer"))

add("public-cancelled-vacancy", R, "Human Resources <hr@{d}>", "Vacancy {r} - cancelled",
    """Dear Applicant,

We are writing to tell you that the recruitment campaign for {r} (advert ref 26-0817) has been stopped: the directorate's budget was cut at the October review. No appointment will be made under this advert.

We apologise for any disappointment this causes and thank you for the interest you showed.

Human Resources
{c}
""")

add("public-civil-sift", R, "Civil Service Jobs <noreply@csjobs.example>", "Update on application 1407-SEO",
    """Dear {n},

Thank you for your application for {r} (SEO), campaign 1407.

Your application was scored at sift against the behaviours and experience statement. The pass mark was set at 5 on each element, and your score for Delivering at Pace was 4. You will therefore not proceed to the interview stage of this campaign.

Feedback has been added to your account. We appreciate your interest in the department.

Civil Service Resourcing
""")

add("public-au-aps", R, "Recruitment <recruitment@{d}>", "Outcome - {r} APS 6",
    """Dear {n},

Thanks for applying for the {r} (APS 6) role.

Every application has now been rated by the panel. Yours was not among those put through to the written assessment and interviews.

You may request feedback from the contact officer listed in the vacancy notice within 14 days of this email.

Regards,
People Branch
""")

add("public-eu-reserve", R, "EPSO Candidate Account <no-reply@epso.example>", "Result of the assessment - competition AD/417/26",
    """Dear candidate,

The selection board has completed the evaluation of the talent screener for competition AD/417/26.

Your total mark is 27 out of 40. The threshold for admission to the next phase was 31. Consequently, you are not among the candidates admitted to the assessment centre.

Detailed marks are available in your candidate account. You may ask for a review within 10 days.
""")

add("public-university-postponed", R, "HR Services <hrservices@{d}>", "Recruitment to {r} withdrawn",
    """Dear {n},

You applied earlier this autumn to be {r} in the School of Earth Sciences.

The School has withdrawn this post, as the external grant that would fund it has been deferred to the next financial year. The recruitment process has therefore closed and no interviews will take place.

Please accept our apologies, and our thanks for your application.

HR Services
""", roles=("Research Associate", "Postdoctoral Fellow"))

add("public-police-vetting", R, "Force Recruitment <recruitment@{d}>", "Police Staff vetting outcome",
    """Dear {n},

Re: {r}, conditional offer dated 14 August

We have now received the outcome of your vetting application. Unfortunately you have not met the vetting standard required for this role, and the conditional offer is withdrawn with effect from today.

In line with our policy we are unable to give the specific reasons. Information on the appeal route is attached.

Force Recruitment Team
""", roles=("Control Room Operator", "Custody Detention Officer"))

add("public-canada-screen", R, "GC Jobs <no-reply@gcjobs.example>", "Process 26-DND-EA-ATL-118 - screening result",
    """Dear {n},

This is to inform you of the result of the screening of your application for selection process 26-DND-EA-ATL-118.

Your application was screened out because it did not demonstrate the essential qualification "Experience coordinating the procurement of goods or services".

An informal discussion can be requested up to five days after this notice.
""")

# ---------------------------------------------------------------- bare ATS statuses (in our own words)
add("ats-workdayish", R, "{c} <{c}@myworkday.example>", "Your application status has been updated",
    """Hi {n},

Something has changed on your application for {r} (R-104418).

Status: No longer under consideration

Sign in whenever you like to see your applications or edit your profile.

{c} Careers
""", copies=2)

add("ats-greenhouseish", R, "{c} <no-reply@greenhouse.example>", "{c} | {r}",
    """Hi {n},

Your application for {r} at {c} has been reviewed, and it won't go further.

Thank you for your interest in {c}.

--
Powered by Greenhouse
""")

add("ats-leverish", R, "{c} <no-reply@hire.lever.example>", "{r} at {c}",
    """{n},

Thanks for applying to {c}. Your application for {r} has been archived.

{c} Recruiting Team
""")

add("ats-smartrecruitersish", R, "{c} Recruiting <noreply@smartrecruiters.example>", "Application update: {r}",
    """Dear {n},

The hiring team for {r} has updated your application.

New status: Not selected for this position

You can still apply for other open roles using your SmartProfile.

Kind regards,
{c}
""")

add("ats-teamtailorish", R, "{c} <jobs@{c}.teamtailor.example>", "Your application at {c}",
    """Hi {n}!

Thanks a lot for your application for the {r} role. We have now finished the selection for this job and we have chosen to end the process for your part.

Keep an eye on our career page for upcoming positions.

/ {c}
""")

add("ats-icimsish", R, "{c} Talent Acquisition <do-not-reply@icims.example>", "{r} (Req #26-0912)",
    """Dear {n},

We are writing to let you know the status of your application for {r} (Req #26-0912).

Current disposition: Candidate not selected - position filled.

We appreciate your interest and invite you to review other openings on our careers site.

Sent automatically; please don't reply.
""")

add("ats-html-table", R, "{c} Careers <careers@{d}>", "Application status: {r}",
    """<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Dear {n},</p>
<p>Please find the latest status of your application below.</p>
<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse">
<tr><th align="left">Requisition</th><th align="left">Job title</th><th align="left">Status</th></tr>
<tr><td>JR-77310</td><td>{r}</td><td><b>Not progressing</b></td></tr>
</table>
<p>Sign in to the candidate portal to see all your applications.</p>
<p style="color:#888;font-size:11px">{c} Talent Acquisition &middot; automated notification</p>
</body></html>
""", copies=2)

add("ats-taleoish-closed", R, "{c} Careers <careers.noreply@taleo.example>", "Job Submission: {r} - status",
    """Dear {n},

The job you applied for, {r} (Job Number 2604471), has been closed. Your submission is therefore no longer active.

We're grateful you considered {c}.

Best regards,
Talent Acquisition
""")

# ---------------------------------------------------------------- internships
add("intern-summer-panel", R, "Early Careers at {c} <earlycareers@{d}>", "2027 Summer Internship - decision",
    """Dear {n},

Thanks for spending a day with us at the 2027 Summer Internship assessment centre.

More than 3,000 students applied for 45 places this year. The assessors have now compared everyone from the day, and your name is not on the list of offers for the programme.

We hope you'll apply for our graduate scheme when it opens next September.

Early Careers Team
{c}
""")

add("intern-lab-filled", R, "{s} <{s}@{d}>", "Re: summer research placement",
    """Dear {n},

Thank you for your interest in a summer placement in the group. The two funded places for this summer have now been taken by students who applied through the departmental scheme in February.

I'd encourage you to apply through that scheme next year; I'll be glad to read your application.

Best wishes,
{s}
""")

add("intern-coop-unmatched", R, "Co-op Office <coop@{d}>", "Co-op Match Results - Winter Term",
    """Hello {n},

The match results for the Winter term are now posted. You were not matched with {c} in this round.

Continuous round postings open on Monday at 9:00. Please book an appointment with your co-op advisor if you would like help with your next applications.

Co-op and Career Services
""")

add("intern-ngo-cohort", R, "{c} Fellowship <fellowship@{d}>", "Your Fellowship application",
    """Dear {n},

Thank you for applying to the {c} Community Fellowship. This year's cohort is now complete, and you have not been offered a place in it.

Our reviewers read every application, including yours, with real care. We'd be glad to see you apply in the next round.

Warmly,
The Fellowship Team
""")

add("intern-bank-offcycle", R, "Campus Recruitment <campus@{d}>", "Off-Cycle Internship - London",
    """Dear {n},

Thank you for your interest in our off-cycle internship programme and for completing the video interview.

Having watched your recording, the reviewers have placed other applicants ahead of you, and every seat in the spring intake is now spoken for, so your application stops at this stage.

Next year's programme opens in September.

Campus Recruitment
{c}
""")

add("intern-uni-scheme", R, "Placements Team <placements@{d}>", "Placement year application - {c}",
    """Hi {n},

Thanks for applying for a placement year with {c}. The team has now decided who will join us for 2026-27, and we're sorry to say that your application wasn't successful this year.

Good luck with the rest of your applications - the placement office at your university has a list of employers still recruiting.

Placements Team
""")

# ---------------------------------------------------------------- other languages
add("lang-cs-formal", R, "Personální oddělení {c} <kariera@{d}>", "Vaše přihláška na pozici {r}",
    """Dobrý den,

děkujeme Vám za zájem o pozici {r} ve společnosti {c} a za čas, který jste přihlášce věnoval(a).

Po posouzení všech došlých životopisů jsme se rozhodli pokračovat ve výběrovém řízení s uchazeči, jejichž dosavadní praxe lépe odpovídá tomu, co tým právě potřebuje. Vaši přihlášku proto dále nebudeme posuzovat.

S Vaším souhlasem si Vaše údaje ponecháme v databázi uchazečů ještě 12 měsíců.

Přejeme Vám hodně úspěchů v dalším hledání.

S pozdravem
Personální oddělení
{c}
""")

add("lang-cs-person", R, "{s} <{s}@{d}>", "Re: pohovor ve čtvrtek",
    """Ahoj {n},

díky moc za čtvrteční pohovor a za trpělivost, trvalo nám to déle, než jsem slíbil.

Nakonec jsme se rozhodli pro kolegu, který u nás už rok pracuje na externí smlouvu a systém zná od začátku. Mrzí mě to, protože s tebou bylo radost mluvit a tvůj úkol byl z nejlepších.

Držím palce a kdyby se u nás něco otevřelo, ozvu se.

{s}

Dne út 6. 10. 2026 v 9:14 {n} <{n}@gmail.example> napsal(a):
> Ahoj {s}, jen se chci zeptat, jestli už je nějaké rozhodnutí? Díky, {n}
""")

add("lang-da-formal", R, "{c} Rekruttering <job@{d}>", "Vedrørende din ansøgning",
    """Kære {n}

Tak for din ansøgning til stillingen som {r} hos {c}.

Vi har modtaget mange kvalificerede ansøgninger og har nu læst dem alle grundigt igennem. Vi har desværre besluttet ikke at invitere dig til samtale denne gang.

Vi sætter pris på den tid, du har brugt, og ønsker dig held og lykke fremover.

Med venlig hilsen
Rekrutteringsteamet
{c}
""")

add("lang-da-person", R, "{s} Holm <{s}.holm@{d}>", "SV: Samtale tirsdag",
    """Hej {n}

Tak for en rigtig god samtale i tirsdags, og tak for din tålmodighed.

Vi har valgt at gå videre med en anden kandidat, som har arbejdet med præcis den samme type anlæg hos en af vores kunder. Det var et tæt løb.

Jeg håber, vi støder ind i hinanden igen.

Bedste hilsner
{s} Holm
Teamleder, {c}

Fra: {n} <{n}@mailbox.example>
Sendt: 12. maj 2026 08:41
Emne: Samtale tirsdag

Hej {s}, tak for i dag. Jeg glæder mig til at høre fra jer. Vh {n}
""")

add("lang-ro-formal", R, "Echipa de Recrutare {c} <recrutare@{d}>", "Candidatura dumneavoastră - {r}",
    """Bună ziua, {n},

Vă mulțumim pentru interesul acordat poziției de {r} în cadrul {c}.

În urma analizării tuturor candidaturilor primite, am hotărât să continuăm procesul cu alți candidați, ale căror experiențe se potrivesc mai bine cu cerințele rolului în acest moment.

Datele dumneavoastră vor rămâne în baza noastră timp de 6 luni, pentru eventuale oportunități viitoare.

Vă dorim mult succes!

Cu stimă,
Echipa de Recrutare
{c}
""")

add("lang-ro-person", R, "{s} Popescu <{s}.popescu@{d}>", "Re: interviul de joi",
    """Bună {n},

Îți mulțumesc pentru timpul acordat joi și pentru răbdare.

Din păcate, nu vom merge mai departe cu candidatura ta pentru acest rol. Managerul a ales o colegă care a mai lucrat cu echipa pe proiectul de migrare și poate începe imediat.

Mi-a făcut plăcere să discutăm și îți țin pumnii pentru următorii pași.

Numai bine,
{s}
""")

add("lang-tr-formal", R, "{c} İnsan Kaynakları <ik@{d}>", "{r} pozisyonu başvurunuz hakkında",
    """Sayın {n},

{c} bünyesindeki {r} pozisyonuna gösterdiğiniz ilgi için teşekkür ederiz.

Başvurunuz ekibimiz tarafından dikkatle incelenmiş olup, bu aşamada pozisyonun gerekliliklerine daha yakın profildeki adaylarla sürece devam etme kararı alınmıştır.

Özgeçmişiniz veri tabanımızda saklanacak ve uygun bir pozisyon açıldığında sizinle yeniden iletişime geçebileceğiz.

Kariyerinizde başarılar dileriz.

Saygılarımızla,
İnsan Kaynakları Ekibi
""")

add("lang-tr-person", R, "{s} Yılmaz <{s}.yilmaz@{d}>", "Ynt: Görüşme sonrası",
    """Merhaba {n},

Geçen haftaki görüşme için tekrar çok teşekkürler, keyifli bir sohbetti.

Maalesef bu pozisyon için sizinle ilerleyemeyeceğiz; ekip, sahada daha uzun süre çalışmış bir adayı tercih etti.

İleride uygun bir rol açılırsa size haber vermekten memnuniyet duyarım.

İyi çalışmalar,
{s} Yılmaz
""")

add("lang-fi-formal", R, "{c} rekrytointi <rekry@{d}>", "Hakemuksesi: {r}",
    """Hei {n},

Kiitos hakemuksestasi {r} -tehtävään. Saimme paljon hyviä hakemuksia, ja valinta oli vaikea.

Olemme nyt päättäneet jatkaa rekrytointia muiden hakijoiden kanssa, joten et tällä kertaa edennyt haastatteluvaiheeseen.

Toivotamme sinulle onnea työnhakuun!

Ystävällisin terveisin
{c} rekrytointitiimi
""")

add("lang-fi-chosen", R, "{s} Virtanen <{s}.virtanen@{d}>", "Re: haastattelu tiistaina",
    """Hei {n},

kiitos vielä tiistain haastattelusta ja mielenkiinnostasi meitä kohtaan.

Tehtävään on valittu henkilö, jolla on pidempi kokemus julkisista hankinnoista, ja rekrytointi on tältä osin päättynyt.

Oli mukava tutustua sinuun. Kaikkea hyvää jatkoon!

Terveisin
{s} Virtanen
Henkilöstöpäällikkö, {c}
""")

add("lang-pl-formal", R, "Dział HR {c} <rekrutacja@{d}>", "Dotyczy: rekrutacja na stanowisko {r}",
    """Dzień dobry,

dziękujemy, że wziął Pan / wzięła Pani udział w rekrutacji na stanowisko {r}, i za poświęcony czas.

Przeczytaliśmy wszystkie zgłoszenia i do dalszych rozmów wybraliśmy osoby, których doświadczenie jest bliższe obecnym potrzebom zespołu. Tym razem nie zaprosimy Pana/Pani do kolejnego etapu.

Życzymy powodzenia w dalszych poszukiwaniach.

Z poważaniem
Dział HR
{c}
""")

add("lang-sv-formal", R, "{c} Rekrytering <rekrytering@{d}>", "Din ansökan till {c}",
    """Hej {n}!

Tack för att du sökte tjänsten som {r} hos oss och för ditt intresse för {c}.

Alla ansökningar är nu lästa, och teamet har bestämt sig för personer med mer erfarenhet av just våra system. Du är därför inte med i nästa steg.

Lycka till i ditt fortsatta sökande!

Vänliga hälsningar
Rekryteringsteamet
""")

add("lang-no-filled", R, "{s} Berg <{s}.berg@{d}>", "Stillingen som {r}",
    """Hei {n},

Takk for søknaden din og for samtalen forrige uke.

Stillingen er nå besatt. Vi gikk videre med en kandidat som har lang erfaring fra offshore-prosjekter, og som kan starte allerede i januar.

Vi ønsker deg lykke til med jobbsøkingen.

Med vennlig hilsen
{s} Berg
HR-rådgiver, {c}
""")

add("lang-de-formal", R, "Personalabteilung {c} <karriere@{d}>", "Ihre Bewerbung als {r}",
    """Sehr geehrte Bewerberin, sehr geehrter Bewerber,

herzlichen Dank für Ihre Bewerbung und das Interesse an einer Mitarbeit bei der {c}.

Wir haben uns die Entscheidung nicht leicht gemacht, uns letztlich jedoch für eine Kandidatin entschieden, deren Profil näher an den derzeitigen Schwerpunkten des Teams liegt.

Ihre Unterlagen löschen wir gemäß den Datenschutzvorgaben nach sechs Monaten.

Viel Glück bei den nächsten Schritten!

Mit freundlichen Grüßen
Personalabteilung
""")

add("lang-de-at-intern", R, "{s} Gruber <{s}.gruber@{d}>", "AW: Gespräch am Montag",
    """Liebe:r {n},

danke nochmals für Ihre Zeit am Montag, das Gespräch war sehr angenehm.

Wir haben die Stelle mittlerweile intern besetzt: Eine Kollegin aus dem Grazer Standort wechselt im Februar zu uns nach Wien.

Ich wünsche Ihnen für die weitere Suche viel Erfolg.

Liebe Grüße aus Wien
{s} Gruber
""")

add("lang-fr-formal", R, "Recrutement {c} <recrutement@{d}>", "Votre candidature au poste de {r}",
    """Bonjour {n},

Merci d'avoir pensé à {c} et de nous avoir écrit.

Nous avons lu votre dossier avec soin. L'équipe a finalement choisi des personnes dont le parcours colle de plus près au quotidien du poste, et le processus s'arrête donc ici pour vous.

Bonne continuation dans votre recherche, et encore merci.

Bien cordialement,
L'équipe Recrutement
""")

add("lang-es-spain", R, "{s} Navarro <{s}.navarro@{d}>", "Proceso de selección {r}",
    """Hola {n}:

Gracias por participar en el proceso de selección para el puesto de {r} y por la entrevista del martes.

Tras las entrevistas finales, hemos optado por otra persona cuyo perfil se ajusta más a lo que el equipo necesita ahora mismo.

Ha sido un placer conocerte. Te deseamos mucha suerte.

Un saludo,
{s} Navarro
Recursos Humanos, {c}
""")

add("lang-es-colombia", R, "Gestión Humana {c} <seleccion@{d}>", "Resultado de su postulación",
    """Estimado(a) {n},

Le agradecemos por su interés en hacer parte de {c}.

Le informamos que en esta oportunidad su perfil no continuará en el proceso de selección para la vacante de {r}. Su hoja de vida quedará registrada en nuestra base de datos para futuras convocatorias.

Cordialmente,
Gestión Humana
""")

add("lang-nl-formal", R, "{c} Recruitment <werkenbij@{d}>", "Je sollicitatie als {r}",
    """Beste {n},

Bedankt voor je sollicitatie en je interesse in {c}.

We hebben alle brieven zorgvuldig gelezen. Helaas nodigen we je niet uit voor een gesprek: andere kandidaten sluiten op dit moment beter aan op wat het team zoekt.

Succes met het vinden van een nieuwe baan.

Met vriendelijke groet,
Team Recruitment
""")

add("lang-it-formal", R, "Risorse Umane {c} <selezione@{d}>", "Selezione per {r}",
    """Gentile {n},

grazie per aver preso parte alla selezione per la posizione di {r}.

Al termine dei colloqui abbiamo individuato un profilo che risponde in modo più puntuale alle esigenze attuali del team, e il processo di selezione si è quindi concluso.

Le auguriamo ogni successo professionale.

Cordiali saluti,
Ufficio Risorse Umane
""")

add("lang-pt-br", R, "Time de Talentos {c} <talentos@{d}>", "Sobre sua candidatura para {r}",
    """Olá, {n}!

Muito obrigado por ter se candidatado à vaga de {r} e pelo tempo dedicado a cada etapa.

Depois de avaliar todos os perfis com cuidado, decidimos seguir com outra pessoa candidata nesta etapa. Sabemos que não é a notícia que você esperava.

Seu currículo continua no nosso banco de talentos e pode ser considerado em vagas futuras.

Um abraço,
Time de Talentos {c}
""")

# ---------------------------------------------------------------- new shapes
add("shape-closing-next-action", R, "{c} Talent <talent@{d}>", "Your {r} application",
    """Hi {n},

Thanks for your application and for the recorded interview you sent through last week.

We'll be closing your application for {r} in our system today. If you applied to any other {c} roles, those stay open and will be reviewed separately.

Wishing you well,
{c} Talent
""")

add("shape-hm-decided", R, "{s} Thorne <{s}.thorne@{d}>", "Our conversations",
    """Hi {n},

This one I'm sending personally, not through the system.

I'm hiring one of the other finalists. It was genuinely difficult; you were the person I most enjoyed arguing with about test coverage, which I mean as a compliment.

If you're open to it, I'd like to keep in touch - we'll have another senior opening in the spring.

{s} Thorne
Engineering Manager, {c}
""", roles=("Senior Backend Engineer", "Test Automation Engineer"))

add("shape-agency-forward", R, "{s} Pennington <{s}@{d}>", "FW: Feedback - candidate {n}",
    """Hi {n},

Feedback below from the client, copied in full so you can see it first hand. Gutted for you. Ring me Monday and we'll plan the other two processes.

{s}

From: Hollis, Joanna <joanna.hollis@client.example>
Sent: 22 September 2026 17:02
To: {s} Pennington
Subject: RE: Feedback - candidate {n}

Hi {s}, thanks for sending {n} over. Second interviews are done, and the panel is making the offer to someone who has set up a shared service centre before. {n} came across very well and we'd be open to considering them for future roles. Regards, Joanna
""")

add("shape-voicemail", R, "Voicemail <voicemail@phone.example>", "New voicemail from +44 7700 900 718 (0:47)",
    """You received a voicemail.

From: +44 7700 900 718
Received: 14:22
Duration: 0:47

Transcription (beta):
"Hi {n}, it's {s} from {c}, calling about the {r} role. I was hoping to catch you rather than leave this on your machine, but um, the team met this morning and they've picked another candidate who's got a bit more warehouse systems background. I'm really sorry. You did really well, honestly, and I'd love to keep you in mind. Give me a ring back if you want some feedback. Thanks, bye."

Transcription accuracy may vary. Listen to the full message in the app.
""")

add("shape-trial-day", R, "{s} <{s}@{d}>", "Thanks for Saturday",
    """Hi {n},

Thanks a million for doing the trial on Saturday, and for staying on through the lunch rush.

We've talked it over between us, and we're offering it to one of the other cooks who trialled. It came down to experience on the pass - we need someone who's run a section on a busy night already.

Your prep was spot on and the team liked having you around. Come and eat with us sometime, it's on me.

{s}
Head Chef, {c}
""", roles=("Chef de Partie", "Sous Chef"))

add("shape-takehome", R, "{c} Engineering Hiring <eng-hiring@{d}>", "Take-home review: {r}",
    """Hi {n},

Thanks for completing the take-home exercise and for the clear README that came with it.

Two engineers reviewed your submission. They liked the structure of the data model, but felt the error handling and test coverage were below what we need at this level, so the onsite won't go ahead for you.

Reviewer notes, in brief:
- Retries on the payment client had no upper bound
- Integration tests mocked the database layer entirely
- Good naming and small functions throughout

Thanks again for the time you put into it.

{c} Engineering Hiring
""", roles=("Backend Engineer", "Platform Engineer"))

add("shape-mass-bcc", R, "{c} Recruitment <recruitment@{d}>", "{r} vacancy - to all applicants not shortlisted",
    """Dear Applicant,

This email is being sent to everyone who applied for the {r} vacancy and has not been invited to interview. We are sending one message to all of you because of the very high number of applications, and we hope you'll understand.

Thank you for your interest in {c}. Interviews are now taking place with the shortlisted candidates.

Recruitment Team
{c}

You have been sent this message as a blind copy. Please do not reply to all.
""")

add("shape-reply-to-chase", R, "{s} Oduya <{s}.oduya@{d}>", "Re: Checking in on my application",
    """Hi {n},

Thanks for chasing, and I'm sorry you had to.

I checked with the hiring team: they shortlisted five people last week and your application wasn't among them, so the process has moved on without you for this role. I should have let you know sooner.

Best,
{s}

On Wed, 3 Jun 2026, {n} <{n}@hotmail.example> wrote:
> Hello, I applied for the {r} role on 10 May and haven't heard anything yet. Could you let me know where things stand? Thank you.
""")

add("shape-mobile-short", R, "{s} <{s}@{d}>", "Re: {r}",
    """Hi {n} - we went with someone else on this one. Thanks for your time and good luck!

{s}
Sent from my Galaxy
""", copies=2)

add("shape-feedback-bullets", R, "{s} Ashworth <{s}.ashworth@{d}>", "{r} - interview feedback",
    """Dear {n},

Thank you for attending the interview on Thursday. I'm sorry to say the panel has chosen not to appoint you, but as promised I've written up what they said:

Strengths
- Clear examples of managing contractors on site
- Good understanding of CDM responsibilities

Areas to develop
- Budget management examples were at a smaller scale than the role requires
- Limited evidence of leading a team through a programme change

I hope this is useful; a future application from you would be very welcome.

Kind regards,
{s} Ashworth
""", roles=("Site Manager", "Programme Manager"))

add("shape-survey", R, "{c} Careers <careers@{d}>", "Thank you for applying - and a quick question",
    """Hi {n},

Thank you for applying for the {r} position. After review, the hiring team is taking other people through to interview.

Help us improve: how was applying to {c}? Our 2-minute candidate experience survey is anonymous and takes five questions.
Take the survey: https://survey.{d}/cx?id=4471

Your answers go to our People team only and have no effect on any current or future applications.

{c} Careers
""")

add("shape-personioish", R, "{c} <jobs@{c}.jobs.personio.example>", "Update zu Ihrer Bewerbung / Update on your application",
    """Hello {n},

many thanks for applying as {r}.

We have reviewed your documents and decided not to continue the application process with you. We know this message is disappointing and thank you for thinking of {c}.

Your data will be deleted in accordance with our privacy policy after 6 months.

Best regards
Your {c} Team
""")

add("shape-jobboard-relay", R, "Jobboard Notifications <notifications@jobboard.example>", "An update from {c}",
    """{n}, the employer has updated your application.

{r}
{c} - Glasgow, Scotland

{c} has marked your application as not selected. A busy advert can draw hundreds of applicants, so this says little about your qualifications.

Find similar jobs: https://jobboard.example/jobs?q={r}

Jobboard sends these notes because you applied through us. Unsubscribe from application updates.
""")

add("shape-travel-expenses", R, "{s} Kaur <{s}.kaur@{d}>", "Interview travel claim + outcome",
    """Hi {n},

Thanks for sending your train receipts. I've passed the claim to finance; expect £64.20 to show up in your bank within a fortnight or so.

I also wanted to give you the outcome now rather than keep you waiting: the post has gone to another candidate.

Thanks again for travelling down to see us.

{s}
""")

add("shape-teams-digest", R, "Microsoft Teams <noreply@teams.example>", "{s} sent you a message",
    """{s} sent you a message in chat

{s} Novak 15:42
Hi {n}, sorry to do this over chat - hiring manager has chosen another candidate for the {r} contract so we'll stop the process there. Thanks a lot for all your flexibility around the interview times.

Reply in Teams

This email was sent because a chat message has been waiting for you in Microsoft Teams. Change notification settings.
""")

add("shape-school-governors", R, "{s} Farrant <office@{d}>", "Post of {r} - interview outcome",
    """Dear {n},

Thank you for coming to the school on Tuesday and for the lesson you taught to Year 9, which the students talked about at lunch.

After a great deal of discussion the governors appointed another candidate to the post. I'm happy to offer telephone feedback if you'd like it; please ring the school office to book a time.

With best wishes,

{s} Farrant
Headteacher
""", roles=("Teacher of Science", "Teacher of Geography"))

add("shape-search-ended-closing", R, "{c} People <people@{d}>", "{r} - the role will not be filled",
    """Hi {n},

You've been patient with us, and thank you.

Following the restructure announced on Monday, {c} will not be hiring for the {r} role this year. We are closing all open applications for it, including yours.

Should the role come back, it'll be advertised on our website first.

{c} People Team
""")

add("shape-speculative", R, "{s} <{s}@{d}>", "Re: Speculative application",
    """Dear {n},

Thank you for your email and CV, and for thinking of {c}.

We're a team of eleven, with no opening now and none pencilled in before next summer, so this is a no from me for the time being. Our website is the place to watch in the spring.

All the best,
{s}
""")

add("shape-scores-html", R, "Assessment Centre <assessment@{d}>", "Your assessment centre results",
    """<html><body>
<p>Dear {n},</p>
<p>Thanks for coming to the assessment centre for <b>{r}</b>. Your results are shown below.</p>
<table style="border:1px solid #ccc" cellpadding="4">
<tr><td>Group exercise</td><td>3 / 5</td></tr>
<tr><td>Written exercise</td><td>2 / 5</td></tr>
<tr><td>Competency interview</td><td>3 / 5</td></tr>
<tr><td><b>Total</b></td><td><b>8 / 15 (pass mark 10)</b></td></tr>
</table>
<p>As your total is below the pass mark, we are unable to offer you a role from this assessment centre.</p>
<p>Graduate Recruitment Team</p>
</body></html>
""")

add("shape-msonormal", R, "{s} Lindgren <{s}.lindgren@{d}>", "RE: {r} interview",
    """<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><style><!-- p.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;} --></style></head><body lang="EN-GB">
<div class="WordSection1">
<p class="MsoNormal">Hi {n},<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Thank you for meeting us on Monday. We have now spoken to all the candidates and the role has been offered to and accepted by someone else.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">I enjoyed our conversation and wish you every success.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Kind regards,<o:p></o:p></p>
<p class="MsoNormal"><b>{s} Lindgren</b><o:p></o:p></p>
<p class="MsoNormal"><span style="color:#7F7F7F">Operations Director | {c}</span><o:p></o:p></p>
</div></body></html>
""", copies=2)

add("shape-card-html", R, "{c} <careers@{d}>", "Your application to {c}",
    """<!DOCTYPE html><html><body style="background:#f4f4f7;margin:0">
<div style="max-width:560px;margin:24px auto;background:#fff;border-radius:8px;padding:32px">
<img src="https://cdn.{d}/logo.png" alt="{c}" width="120">
<h2 style="font-weight:600">Thanks for applying, {n}</h2>
<p>We've carefully looked at your application for <strong>{r}</strong>. This time we've chosen other candidates to move ahead with.</p>
<p>Our openings change every week. You can see them all any time.</p>
<a href="https://careers.{d}" style="background:#1a73e8;color:#fff;padding:10px 18px;border-radius:4px;text-decoration:none">View open roles</a>
</div>
<p style="text-align:center;color:#999;font-size:11px">{c} &middot; Privacy &middot; Unsubscribe</p>
</body></html>
""", copies=2)

add("shape-withdraw-candidacy", R, "{s} Beaumont <{s}@{d}>", "{r} req 4418",
    """Hi {n},

Following the hiring manager's review of the shortlist, I'll be withdrawing your candidacy from req 4418 this afternoon. You'll get an automated note from the system shortly after; please ignore any wording in it that sounds abrupt.

It was good to speak with you.

{s}
""")

add("shape-multiple-roles", R, "{c} Recruiting <jobs@{d}>", "Your applications to {c}",
    """Hello {n},

Thank you for applying to three roles with us: Junior {r}, {r}, and Operations Assistant.

We've reviewed all three applications, and none of them will go further this time.

We appreciate your enthusiasm for {c} and wish you the best of luck.

{c} Recruiting
""")

add("shape-filled-minimal", R, "jobs@{d}", "Position filled",
    """The {r} position has now been filled. Thank you for applying.
""")

add("shape-sponsorship", R, "{s} Adeyemi <{s}.adeyemi@{d}>", "Your application - {r}",
    """Hi {n},

Thanks for applying and for being upfront about your visa situation in the screening questions.

I've checked with our legal team and we aren't able to sponsor a Skilled Worker visa for this role, so sadly your application ends at this point.

I'm sorry, as your experience looked relevant.

{s}
""")

add("shape-salary-band", R, "{s} Rutherford <{s}@{d}>", "Re: salary expectations",
    """Hi {n},

Thanks for coming back to me with your figure. The range for this role tops out at £52,000 and there isn't flexibility above that, so we'll stop the process here rather than waste your time.

If your circumstances change, or a more senior role opens, do drop me a line.

Best wishes,
{s}
""")

add("shape-onsite-change", R, "Talent Acquisition <ta@{d}>", "{r} - change to the role",
    """Hi {n},

Since you applied, the {r} position has changed from remote to five days a week in our Rotterdam office. As you told us you are not able to relocate, we have ended your application for this vacancy.

If your plans change, please feel free to apply again.

Talent Acquisition, {c}
""")

add("shape-helpdesk-case", R, "HR Service Desk <hrservicedesk@{d}>", "[Case HR-0419932] Application enquiry - resolved",
    """Hello {n},

Your case HR-0419932 has been updated and marked Resolved.

Resolution notes:
The recruitment team has confirmed that your application for {r} was unsuccessful at the shortlisting stage. The vacancy is now closed.

If this does not answer your question, reply within 7 days to reopen the case.

HR Service Desk
""")

add("shape-form-letter-fields", R, "Procurement & Contracts <contracts@{d}>", "Notification of outcome",
    """NOTIFICATION OF OUTCOME

Applicant: {n}
Position: {r} (fixed-term contractor)
Reference: PC-26-118
Outcome: Unsuccessful
Reason: Did not meet the minimum requirement for security clearance at SC level

Any questions about this notice should be directed to the contracts office quoting the reference above.
""")

add("shape-assumed-heard", R, "{s} Ingram <{s}.ingram@{d}>", "Re: Following up",
    """Hi {n},

Oh no, I'd assumed the system had told you - I'm so sorry. The role went to another candidate about two weeks ago and they've already started.

That's a poor experience and I'll raise it with our ATS team. Thanks for following up.

{s}
""")

add("shape-cafe-owner", R, "{s} <{s}@{d}>", "thanks for coming in",
    """hi {n}, thanks for coming in on tuesday. we've found someone for the weekend shifts so we're sorted for now. all the best! {s}
""", roles=("Barista", "Front of House"))

add("shape-group-interview", R, "{c} Store Recruitment <storejobs@{d}>", "Group interview - outcome",
    """Hi {n},

Thank you for joining the group session at our Princes Street store on Saturday.

We had 40 people attend for 8 seasonal positions. We're sorry to let you know you haven't been selected this time. Please keep an eye on our jobs page, as we often recruit again in the new year.

{c} Store Recruitment
""", roles=("Retail Assistant", "Stockroom Assistant"))

add("shape-internal-mobility", R, "Internal Mobility <internalmoves@{d}>", "Your internal application: {r}",
    """Hi {n},

Thank you for applying internally for the {r} position. Your manager has not been told of your application.

The hiring manager has now completed interviews and selected another colleague for the role. Your HR Business Partner is happy to talk through development options, and further internal moves are open to you.

Internal Mobility Team
""")

add("shape-agency-ats", R, "{c} Recruitment <noreply@{d}>", "Application update: {r} (ref 88213)",
    """Dear {n},

We have received an update on your application for {r}, ref 88213, submitted through {c}.

Regrettably, on this occasion our client has decided your application will not be progressed.

We will keep your details on our candidate database and contact you about other suitable roles.

{c} Recruitment
Registered in Scotland SC412876
""")

add("shape-two-language", R, "{c} HR <hr@{d}>", "Ihre Bewerbung / Your application",
    """(English below)

Guten Tag {n},

vielen Dank für Ihr Interesse. Wir haben uns entschieden, die Stelle {r} mit einer anderen Person zu besetzen.

Freundliche Grüße
{c} HR

---

Hello {n},

Thank you for your interest. We have decided to fill the {r} position with another person.

Kind regards
{c} HR
""")

add("shape-phd-studentship", R, "Doctoral Admissions <pgr@{d}>", "Funded PhD studentship - outcome",
    """Dear {n},

Thank you for applying for the funded PhD studentship in coastal hydrodynamics. The selection panel met on 2 March to consider all 38 applications.

I regret to say your name was not on the panel's interview list. The studentship has a single place and competition was very strong.

Doctoral Admissions Office
""")

add("shape-trustee-nominations", R, "{s} Haverford <{s}@{d}>", "Trustee recruitment",
    """Dear {n},

On behalf of the nominations committee, thank you for offering to join the board of {c} as a trustee.

The committee has recommended two other candidates to the board, whose legal and fundraising experience fills the particular gaps identified in our skills audit.

Your interest means a lot to a small charity like ours; do stay in touch.

Yours sincerely,
{s} Haverford
Chair, Nominations Committee
""")

add("shape-view-in-browser", R, "{c} Talent <no-reply@{d}>", "An update on {r}",
    """View this email in your browser

[{c} logo]

Hi {n},

Thanks for your interest in {r}. After review, your application wasn't selected to move forward.

We'd like to keep in touch. Join our talent community to hear about new roles first.

[ Join the community ]

{c} | 120 Market St, Suite 400, San Francisco, CA 94105
Privacy Policy | Email preferences
""")

add("shape-rehire-ineligible", R, "{c} Alumni Hiring <rehire@{d}>", "Re-application for {r}",
    """Dear {n},

Thank you for applying to return to {c}. As part of our rehire process we checked your previous employment record, and under our current policy we are unable to consider your application for {r} at this time.

Should you have questions about this, please contact the alumni hiring desk.

{c} Alumni Hiring
""")

add("shape-reason-onsite-reference", R, "{s} <{s}@{d}>", "Your application",
    """Dear {n},

Many thanks for the application. I'll be honest with you: we were looking for someone with a current CSCS card and at least two years on commercial sites, and I couldn't see either on the CV. So I'll not be taking it further this time.

No reason not to try us again once you've got the card.

Cheers
{s}
{c}
""", roles=("Site Labourer", "Groundworker"))

add("shape-contract-decision-subject", R, "{s} Pratt <{s}.pratt@{d}>", "Unsuccessful - {r} contract",
    """Hi {n},

Thanks for the call on Friday and for the rate card. The client shortlisted three and have signed another contractor for the six months.

Appreciate your time.

{s}
""")

add("shape-cancel-final", R, "{s} Quayle <{s}.quayle@{d}>", "Thursday's final round",
    """Hi {n},

I'm really sorry to be writing this two days before we were due to meet. There's no need to come in on Thursday: another candidate who was further along has accepted our offer this morning, and I've taken the final round out of the diary.

I know you'd prepared for it and I'm sorry for the short notice. Thank you for all your time so far.

{s}
""")

add("shape-no-from-us", R, "Studio {c} <studio@{d}>", "Re: Portfolio - {r}",
    """Hey {n},

Thanks for sending the portfolio through. We've had a good look as a team and we're going to pass for now - the work is lovely but it's much more editorial than the packaging work we mostly do.

Keep going, and thanks for thinking of us.

Studio {c}
""", roles=("Junior Designer", "Illustrator"))

# ---------------------------------------------------------------- application confirmations (twins)
add("conf-thread-exec", APP, "{s} Harrowby <{s}.harrowby@{d}>", "RE: [EXT] Re: Your application - {r}",
    """Hi {n},

Thanks for the kind note, and for getting your application in before the weekend.

Where things stand: the pack goes to our COO on Monday and she'll pick who she wants to meet. Nobody has been chosen and nothing has been decided yet. Whichever way it falls, I'll ring you myself rather than leave you with a system email.

Enjoy the weekend,
{s}

{s} Harrowby
Senior Talent Partner | {c}

From: {n} <{n}@proton.example>
Sent: 30 October 2026 17:20
To: {s} Harrowby <{s}.harrowby@{d}>
Subject: [EXT] Re: Your application - {r}

Hi {s}, just to say I've submitted everything through the portal. Thanks for the help, {n}
""")

add("conf-thread-indian", APP, "{s} Raman <{s}.raman@{d}>", "RE: [EXT] Re: Profile for {r}",
    """Hi {n},

Hope you are doing good. Thank you for sharing the updated CV.

I have forwarded your profile to the delivery head for screening. Feedback is awaited; kindly allow 4-5 working days. Even in case your profile is not shortlisted, I will update you on the status, so please do not worry.

Thanks & Regards,
{s} Raman
Lead - Talent Acquisition | {c}

-----Original Message-----
From: {n} <{n}@gmail.example>
Sent: 02 September 2026 10:05
Subject: [EXT] Re: Profile for {r}

Dear {s}, PFA my updated CV as discussed. Regards, {n}
""", roles=("Senior Java Developer", "Delivery Manager"))

FOOTER_CONFIRMATIONS = [
    ("received-careers", "{c} Recruiting <recruiting@{d}>", "We've got your {r} application", """Hello {n},

Thank you for wanting to join us as {r}. Your application is in, and a member of the hiring team will read it within the next two weeks.

Should the answer be no, we'll still write and say so - nobody who applies to us is left guessing.

Best wishes,
{c} Recruiting""", "careers"),
    ("received-digest", "Team {c} <hello@{d}>", "Got it! Your {r} application", """Hey {n},

Your application for {r} landed safely. We've had a lot of people apply, so give us a couple of weeks to get through them all.

Yes or no, you'll hear from a human.

Team {c}""", "digest"),
    ("received-jobs", "{c} Careers <careers@{d}>", "Application received: {r}", """Hi {n},

Thank you for applying for {r}. We've received your application and it's now with the hiring team.

Where your experience lines up with the brief, one of our recruiters will phone to set up an introductory chat. Where it doesn't, an email from us will say so once somebody has been hired.

{c} Careers""", "jobs"),
    ("received-group", "Resourcing Team, {c} <resourcing@{d}>", "Application reference 61-{r}", """Dear {n},

We acknowledge receipt of your application for {r}. The panel will shortlist once the advert closes on 14 November.

If the panel does not shortlist you, a letter confirming it will reach you by 30 November. Either way, your form stays on file for six months in case a similar vacancy arises.

Yours sincerely,
Resourcing Team
{c}""", "group"),
]
for _fam, _snd, _subj, _body, _foot in FOOTER_CONFIRMATIONS:
    add(f"conf-footer-{_fam}", APP, _snd, _subj, _body + "\n" + FOOTERS[_foot])

add("conf-hedge-reading", APP, "{c} Hiring <hiring@{d}>", "Your application: {r}",
    """Dear {n},

Many thanks for applying for the {r} post with {c}.

The response has been huge, and we're still reading. We expect to draw up a shortlist by the end of the month. Candidates whose applications aren't taken forward will be told by email; those invited to interview will receive a call.

Kind regards,
The {c} Hiring Team
""")

add("conf-recruiter-sent", APP, "{s} Marchetti <{s}@{d}>", "CV sent - {r}",
    """Hi {n},

Good to speak earlier. As agreed, I've sent your CV to the client for the {r} role this afternoon.

They're usually quick - I'd expect to hear by Thursday. If they pass, I'll tell you straight away and we can look at the interim role in Reading instead. If they want to meet, I'll ring you to set it up.

Speak soon,
{s}
{s} Marchetti | Senior Consultant | {c}
""")

add("conf-usajobs-received", APP, "USAJOBS Notifications <notify@usajobs.example>", "Application received",
    """Dear {n},

Your application for the position below has been received.

Position: {r}, GS-0343-11
Announcement number: FW-26-DEU-449207
Agency: U.S. Fish and Wildlife Service

Status: Received

Your application will be reviewed after the announcement closes. If you are found not qualified or are not referred, you will be notified through your USAJOBS account. This process may take several weeks.
""", roles=("Management Analyst", "Program Analyst"))

add("conf-council-silence", APP, "Recruitment, {c} <jobs@{d}>", "Application received - ref LC/2307",
    """Dear {n},

Your form for the {r} post (ref LC/2307) reached us safely.

The panel meets to shortlist from 7 December. We get too many forms to answer each one, so here is our rule: no phone call or email from us by 18 December means the panel has passed over your form this time.

We're glad you thought of working for the council.

Recruitment Team
""", roles=("Highways Inspector", "Community Support Officer"))

add("conf-civil-received", APP, "Civil Service Jobs <noreply@csjobs.example>", "Application submitted - campaign 1412",
    """Dear {n},

Thank you for submitting your application for {r} (HEO), campaign 1412.

The sift should be finished a fortnight after the advert closes. We will contact you through your account with the result, whether or not you are invited to interview.

Civil Service Resourcing
""")

add("conf-gc-received", APP, "GC Jobs <no-reply@gcjobs.example>", "Process 26-DND-EA-ATL-131 - application received",
    """Dear {n},

Your application for selection process 26-DND-EA-ATL-131 has been received.

All applications will be screened against the essential qualifications after the closing date. Candidates who are screened out will be informed by email; candidates who are screened in will be invited to an assessment.

Please check your account regularly.
""")

add("conf-workdayish", APP, "{c} <{c}@myworkday.example>", "Thank you for applying to {c}",
    """Hi {n},

Thank you for applying for {r} (R-104902). We've received your application.

Status: Application Received

Our recruiters review every application. If your experience aligns with this role we'll contact you about next steps; if not, you'll see an update here and by email.

{c} Careers
""")

add("conf-greenhouseish", APP, "{c} <no-reply@greenhouse.example>", "Thanks for applying to {c}!",
    """Hi {n},

Thanks for applying to the {r} role at {c}. It's in the queue now, and a recruiter will look at it in the coming days.

Should your background suit the role, we'll be in touch to book a first call. Should it not, we'll still send you a note, so you're never left wondering.

--
Powered by Greenhouse
""")

add("conf-leverish", APP, "{c} <no-reply@hire.lever.example>", "Thanks for your application to {c}",
    """{n},

Thanks for applying to {c} for the {r} position. We'll be in touch if your experience fits what we're looking for. In the meantime, feel free to read more about our team on our blog.

{c} Recruiting Team
""")

add("conf-smartrecruitersish", APP, "{c} Recruiting <noreply@smartrecruiters.example>", "Application update: {r}",
    """Dear {n},

The hiring team for {r} has updated your application.

New status: In review

There's nothing you need to do. You'll get a message here if the team would like to talk, or if the role closes without you being selected.

Kind regards,
{c}
""")

add("conf-teamtailorish", APP, "{c} <jobs@{c}.teamtailor.example>", "Thanks for your application!",
    """Hi {n}!

Thanks a lot for applying for the {r} role. We'll go through applications continuously and hope to give everyone an answer within three weeks, whether we move ahead or not.

/ {c}
""")

add("conf-icimsish", APP, "{c} Talent Acquisition <do-not-reply@icims.example>", "Thank you for applying: {r} (Req #26-0977)",
    """Dear {n},

Thank you for your interest in {r} (Req #26-0977). Your application has been successfully submitted.

Current disposition: New submission - pending review.

Please note that only candidates selected for further consideration will be contacted by a recruiter.

Sent automatically; please don't reply.
""")

add("conf-html-table", APP, "{c} Careers <careers@{d}>", "Application status: {r}",
    """<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Dear {n},</p>
<p>Please find the latest status of your application below.</p>
<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse">
<tr><th align="left">Requisition</th><th align="left">Job title</th><th align="left">Status</th></tr>
<tr><td>JR-77544</td><td>{r}</td><td><b>Under review</b></td></tr>
</table>
<p>Sign in to the candidate portal to see all your applications.</p>
<p style="color:#888;font-size:11px">{c} Talent Acquisition &middot; automated notification</p>
</body></html>
""", copies=2)

add("conf-taleoish", APP, "{c} Careers <careers.noreply@taleo.example>", "Job Submission: {r}",
    """Dear {n},

Thank you for submitting your application for {r} (Job Number 2604518). We have received it and it will be reviewed against the requirements of the position.

Should your qualifications not match our current needs, we'll keep your profile in our database for future openings.

Best regards,
Talent Acquisition
""")

add("conf-intern-summer", APP, "Early Careers at {c} <earlycareers@{d}>", "2027 Summer Internship - application received",
    """Dear {n},

Thank you for applying for our 2027 Summer Internship. Your application is complete.

Next, everyone who applies is sent an online numerical test within five working days. Applicants who are not progressed after the test will hear from us by 20 January; we reply to every applicant.

Early Careers Team
{c}
""")

add("conf-placement", APP, "Placements Team <placements@{d}>", "Placement year application - {c}",
    """Hi {n},

Thanks for applying for a placement year with {c}. Your application and CV are safely with us.

We're reviewing applications until 31 January. Whether or not you're invited to an interview, we'll let you know by mid-February.

Placements Team
""")

add("conf-mass-bcc", APP, "{c} Recruitment <recruitment@{d}>", "{r} vacancy - acknowledgement to all applicants",
    """Dear Applicant,

This email is being sent to everyone who applied for the {r} vacancy, to confirm that we have your application.

With several hundred people applying, we'll phone only those picked for interview. So if three weeks pass after the closing date without a call, it will mean your application didn't make the shortlist this round.

Thank you for your interest in {c}.

Recruitment Team

You have been sent this message as a blind copy. Please do not reply to all.
""")

add("conf-reply-chase", APP, "{s} Oduya <{s}.oduya@{d}>", "Re: Checking in on my application",
    """Hi {n},

Thanks for checking in. Your application is with the hiring team and they haven't shortlisted yet - the closing date was extended by a week because of the holiday.

No decision has been made on anyone. I'll update you as soon as there's news either way.

Best,
{s}

On Wed, 3 Jun 2026, {n} <{n}@hotmail.example> wrote:
> Hello, I applied for the {r} role on 10 May and haven't heard anything yet. Could you let me know where things stand? Thank you.
""")

add("conf-mobile-short", APP, "{s} <{s}@{d}>", "Re: {r}",
    """Hi {n} - got your CV, thanks. Will read it properly this week and come back to you either way.

{s}
Sent from my Galaxy
""")

add("conf-survey", APP, "{c} Careers <careers@{d}>", "Thank you for applying - and a quick question",
    """Hi {n},

Thank you for applying for the {r} position. Your application has reached the hiring team, who will review it over the next two weeks.

Help us improve: how was applying to {c}? Our 2-minute candidate experience survey is anonymous and takes five questions.
Take the survey: https://survey.{d}/cx?id=4502

Your answers go to our People team only and have no effect on any current or future applications, including this one.

{c} Careers
""")

add("conf-personioish", APP, "{c} <jobs@{c}.jobs.personio.example>", "Eingangsbestätigung / Application received",
    """Hello {n},

many thanks for applying as {r}. Your documents have arrived and the team will go through them with care.

Once there is a decision - good or bad - you'll get it from us straight away. Expect that within roughly a fortnight to three weeks.

Best regards
Your {c} Team
""")

add("conf-jobboard", APP, "Jobboard Notifications <notifications@jobboard.example>", "Your application was sent to {c}",
    """{n}, your application was sent to {c}.

{r}
{c} - Glasgow, Scotland

Applied just now. The employer may contact you directly. If {c} decides not to move forward, we'll let you know here.

Find similar jobs: https://jobboard.example/jobs?q={r}

Jobboard sends these notes because you applied through us. Unsubscribe from application updates.
""")

add("conf-teams", APP, "Microsoft Teams <noreply@teams.example>", "{s} sent you a message",
    """{s} sent you a message in chat

{s} Novak 11:08
Hi {n}, your CV has reached the hiring manager for the {r} contract. She's reviewing profiles this week; if she doesn't take it further I'll tell you on here, so no need to chase.

Reply in Teams

This email was sent because a chat message has been waiting for you in Microsoft Teams. Change notification settings.
""")

add("conf-school", APP, "{s} Farrant <office@{d}>", "Post of {r} - application received",
    """Dear {n},

Your application for {r} has reached the school office. The shortlisting meeting is on Monday 9 March, with interviews on 16 March.

We ring shortlisted candidates by 11 March. No call by the end of that day means the governors did not pick your application for interview this time.

With best wishes,

{s} Farrant
Headteacher
""", roles=("Teacher of Science", "Teacher of Geography"))

add("conf-speculative", APP, "{s} <{s}@{d}>", "Re: Speculative application",
    """Dear {n},

Thank you for your email and CV, and for thinking of {c}.

We don't have a vacancy that fits right now, but I've saved your CV to our candidate folder. We'll only get in touch if something suitable opens; if we do, you'll hear from me directly.

All the best,
{s}
""")

add("conf-card-html", APP, "{c} <careers@{d}>", "Your application to {c}",
    """<!DOCTYPE html><html><body style="background:#f4f4f7;margin:0">
<div style="max-width:560px;margin:24px auto;background:#fff;border-radius:8px;padding:32px">
<img src="https://cdn.{d}/logo.png" alt="{c}" width="120">
<h2 style="font-weight:600">Thanks for applying, {n}</h2>
<p>Your <strong>{r}</strong> application is safely with us. A real person on the team will open it, and a reply is coming to you whichever way it goes.</p>
<p>Our openings change every week. You can see them all any time.</p>
<a href="https://careers.{d}" style="background:#1a73e8;color:#fff;padding:10px 18px;border-radius:4px;text-decoration:none">View open roles</a>
</div>
<p style="text-align:center;color:#999;font-size:11px">{c} &middot; Privacy &middot; Unsubscribe</p>
</body></html>
""", copies=2)

add("conf-msonormal", APP, "{s} Lindgren <{s}.lindgren@{d}>", "RE: {r} application",
    """<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><style><!-- p.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;} --></style></head><body lang="EN-GB">
<div class="WordSection1">
<p class="MsoNormal">Hi {n},<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Thank you for your application, which I've received. I'll be reviewing the applications with our HR lead next week, and I'll write to everyone afterwards - including those we won't be inviting to interview.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Kind regards,<o:p></o:p></p>
<p class="MsoNormal"><b>{s} Lindgren</b><o:p></o:p></p>
<p class="MsoNormal"><span style="color:#7F7F7F">Operations Director | {c}</span><o:p></o:p></p>
</div></body></html>
""")

add("conf-two-language", APP, "{c} HR <hr@{d}>", "Eingangsbestätigung / Confirmation of receipt",
    """(English below)

Guten Tag {n},

vielen Dank für Ihre Bewerbung als {r}. In längstens drei Wochen bekommen Sie Nachricht, ob mit einer Einladung oder mit einer Absage.

Freundliche Grüße
{c} HR

---

Hello {n},

Thank you for your application for {r}. Within three weeks you'll hear from us, be it an invitation or a no.

Kind regards
{c} HR
""")

add("conf-helpdesk", APP, "HR Service Desk <hrservicedesk@{d}>", "[Case HR-0420117] Application enquiry - resolved",
    """Hello {n},

Your case HR-0420117 has been updated and marked Resolved.

Resolution notes:
The recruitment team has confirmed that your application for {r} was received on time and is complete. Shortlisting has not yet taken place; you will be told the outcome whether or not you are shortlisted.

If this does not answer your question, reply within 7 days to reopen the case.

HR Service Desk
""")

add("conf-internal", APP, "Internal Mobility <internalmoves@{d}>", "Your internal application: {r}",
    """Hi {n},

Thank you for applying internally for the {r} position. Your manager has not been told of your application.

The hiring manager will review internal applications before the role is advertised externally. If you aren't shortlisted, your HR Business Partner will let you know and can talk through other options.

Internal Mobility Team
""")

add("conf-view-in-browser", APP, "{c} Talent <no-reply@{d}>", "We received your application for {r}",
    """View this email in your browser

[{c} logo]

Hi {n},

Your application for {r} is in. We'll read it and get in touch when it looks like a match. Not a match this time? Then your profile stays with us for future roles unless you ask us to delete it.

[ Join the community ]

{c} | 120 Market St, Suite 400, San Francisco, CA 94105
Privacy Policy | Email preferences
""")

# ---------------------------------------------------------------- confirmations in other languages (twins)
add("conf-lang-cs", APP, "Personální oddělení {c} <kariera@{d}>", "Potvrzení přijetí přihlášky - {r}",
    """Dobrý den,

děkujeme Vám za zájem o pozici {r} ve společnosti {c}. Vaši přihlášku jsme v pořádku obdrželi.

Všechny životopisy projdeme do konce měsíce. Pokud Vás do dalšího kola nepozveme, dáme Vám to vědět e-mailem, abyste nemusel(a) zbytečně čekat.

S Vaším souhlasem si Vaše údaje ponecháme v databázi uchazečů ještě 12 měsíců.

S pozdravem
Personální oddělení
{c}
""")

add("conf-lang-da", APP, "{c} Rekruttering <job@{d}>", "Tak for din ansøgning",
    """Kære {n}

Tak for din ansøgning til stillingen som {r} hos {c}. Vi har modtaget den.

Ansøgningsfristen er den 20. november, og samtalerne ligger efter planen i uge 49. Hvis du ikke bliver inviteret til samtale, får du besked fra os på mail, når processen er afsluttet.

Med venlig hilsen
Rekrutteringsteamet
{c}
""")

add("conf-lang-ro", APP, "Echipa de Recrutare {c} <recrutare@{d}>", "Confirmare candidatură - {r}",
    """Bună ziua, {n},

Vă mulțumim pentru interesul acordat poziției de {r} în cadrul {c}. Am primit candidatura dumneavoastră.

Vom analiza toate aplicațiile în următoarele două săptămâni. Dacă profilul dumneavoastră nu va fi selectat pentru interviu, vă vom anunța prin e-mail; în caz contrar, un coleg vă va contacta telefonic.

Cu stimă,
Echipa de Recrutare
{c}
""")

add("conf-lang-tr", APP, "{c} İnsan Kaynakları <ik@{d}>", "Başvurunuz alındı: {r}",
    """Sayın {n},

{c} bünyesindeki {r} pozisyonuna yaptığınız başvuru tarafımıza ulaşmıştır. İlginiz için teşekkür ederiz.

Başvurular kapanış tarihinden sonra değerlendirilecektir. Profiliniz pozisyonla eşleşmezse özgeçmişiniz veri tabanımızda saklanacak; eşleşirse sizinle görüşme için iletişime geçeceğiz.

Saygılarımızla,
İnsan Kaynakları Ekibi
""")

add("conf-lang-fi", APP, "{c} rekrytointi <rekry@{d}>", "Kiitos hakemuksestasi: {r}",
    """Hei {n},

Kiitos hakemuksestasi {r} -tehtävään! Hakemuksesi on vastaanotettu.

Hakuaika päättyy 30.11., minkä jälkeen kutsumme valitut hakijat haastatteluun. Ilmoitamme kaikille hakijoille valinnasta sähköpostitse, myös niille, jotka eivät etene haastatteluun.

Ystävällisin terveisin
{c} rekrytointitiimi
""")

add("conf-lang-pl", APP, "Dział HR {c} <rekrutacja@{d}>", "Potwierdzenie otrzymania aplikacji - {r}",
    """Dzień dobry,

Pana/Pani aplikacja na stanowisko {r} dotarła do nas - dziękujemy.

Odezwiemy się tylko do osób zakwalifikowanych do rozmów. Brak wiadomości od nas przez 30 dni będzie oznaczał, że tym razem nie przechodzi Pan/Pani dalej; za zgodą CV zostanie jednak w naszej bazie na kolejne rekrutacje.

Z poważaniem
Dział HR
{c}
""")

add("conf-lang-sv", APP, "{c} Rekrytering <rekrytering@{d}>", "Vi har tagit emot din ansökan",
    """Hej {n}!

Tack för att du sökte tjänsten som {r} hos oss. Din ansökan har kommit fram.

Vi läser ansökningarna löpande och återkommer till alla sökande senast två veckor efter sista ansökningsdag, oavsett om du går vidare eller inte.

Vänliga hälsningar
Rekryteringsteamet
""")

add("conf-lang-no", APP, "{s} Berg <{s}.berg@{d}>", "Søknad mottatt - {r}",
    """Hei {n},

Takk for søknaden din på stillingen som {r}. Den er mottatt og blir lest i løpet av neste uke.

Hvis du ikke går videre til intervju, gir vi deg beskjed så snart utvelgelsen er gjort.

Med vennlig hilsen
{s} Berg
HR-rådgiver, {c}
""")

add("conf-lang-de", APP, "Personalabteilung {c} <karriere@{d}>", "Eingangsbestätigung Ihrer Bewerbung als {r}",
    """Sehr geehrte Bewerberin, sehr geehrter Bewerber,

herzlichen Dank für Ihre Bewerbung und das Interesse an einer Mitarbeit bei der {c}. Alles, was wir brauchen, liegt uns jetzt vor.

Jede Bewerbung wird von der Fachabteilung gelesen. Binnen drei Wochen erhalten Sie Bescheid, ob wir Sie zum Gespräch einladen; falls nicht, teilen wir Ihnen auch das mit.

Mit freundlichen Grüßen
Personalabteilung
""")

add("conf-lang-fr", APP, "Recrutement {c} <recrutement@{d}>", "Accusé de réception - {r}",
    """Bonjour {n},

Merci de votre intérêt pour {c} : votre candidature au poste de {r} nous est bien parvenue.

Notre équipe la lira dans les prochains jours. Et si elle ne débouchait pas sur un entretien, votre CV resterait chez nous, avec votre accord, pour un autre poste plus tard.

Bien cordialement,
L'équipe Recrutement
""")

add("conf-lang-es", APP, "Gestión Humana {c} <seleccion@{d}>", "Hemos recibido su postulación",
    """Estimado(a) {n},

Le agradecemos por su interés en hacer parte de {c}. Hemos recibido su postulación a la vacante de {r}.

Si su perfil avanza en el proceso, nos comunicaremos con usted por teléfono. En caso de no ser seleccionado(a), su hoja de vida quedará registrada en nuestra base de datos para futuras convocatorias.

Cordialmente,
Gestión Humana
""")

add("conf-lang-nl", APP, "{c} Recruitment <werkenbij@{d}>", "Bedankt voor je sollicitatie",
    """Beste {n},

Bedankt voor je sollicitatie als {r} en je interesse in {c}. We hebben je brief en cv in goede orde ontvangen.

Uiterlijk over twee weken laten we weten of er een gesprek komt. Ook als dat niet zo is, laten we het je weten.

Met vriendelijke groet,
Team Recruitment
""")

add("conf-lang-it", APP, "Risorse Umane {c} <selezione@{d}>", "Conferma ricezione candidatura - {r}",
    """Gentile {n},

la ringraziamo per la candidatura alla posizione di {r}, che abbiamo ricevuto correttamente.

Il nostro team la leggerà nelle prossime settimane. Se non dovesse arrivare una convocazione al colloquio, conserveremo comunque il CV per 24 mesi, a meno che lei non ci chieda di cancellarlo.

Cordiali saluti,
Ufficio Risorse Umane
""")

add("conf-lang-pt", APP, "Time de Talentos {c} <talentos@{d}>", "Recebemos sua candidatura para {r}",
    """Olá, {n}!

Sua candidatura para a vaga de {r} chegou até nós. Obrigado pelo interesse em fazer parte do time {c}!

Nas próximas semanas vamos avaliar todos os perfis. Seja qual for o resultado, você receberá um retorno nosso por e-mail.

Um abraço,
Time de Talentos {c}
""")

# ---------------------------------------------------------------- interviews
add("int-thread-final", INT, "{s} Harrowby <{s}.harrowby@{d}>", "RE: [EXT] Re: Wednesday conversation - {r}",
    """Hi {n},

Sorry for the wait - two of the panel were on leave and I wanted everyone in the room.

Good news: our COO wants you in for a final conversation. She has 45 minutes free on Tuesday at 10:00 or Thursday at 15:30; let me know which suits and I'll send the invite. It'll be informal, mostly about the systems migration in March.

All the best,
{s}

{s} Harrowby
Senior Talent Partner | {c}

From: {n} <{n}@proton.example>
Sent: 11 November 2026 08:02
To: {s} Harrowby <{s}.harrowby@{d}>
Subject: [EXT] Re: Wednesday conversation - {r}

Morning {s}, hope the week's going well. Any news from the panel? Best, {n}
""")

add("int-thread-us", INT, "{s} <{s}@{d}>", "Re: [EXTERNAL] Re: following up",
    """hey {n}!

thanks for the nudge, sorry - investor week ate me alive.

team loved your portfolio teardown. we'd like you to come in for the onsite: a 90 min design crit with two of our designers, then lunch with the eng leads. does next wed or thu work? unfortunately the movers have our office in boxes so it'll be at the WeWork on 2nd st.

{s}
cofounder, {c}

On Mon, Apr 13, 2026 at 10:06 AM {n} <{n}@gmail.example> wrote:
> Hi {s}, circling back on the {r} role - any update? Happy to answer anything else.
""", roles=("Product Designer", "Design Systems Lead"))

add("int-voicemail", INT, "Voicemail <voicemail@phone.example>", "New voicemail from +44 7700 900 733 (0:39)",
    """You received a voicemail.

From: +44 7700 900 733
Received: 10:05
Duration: 0:39

Transcription (beta):
"Hi {n}, it's {s} from {c} about the {r} role. Good news, the hiring manager's keen to meet, ideally Thursday afternoon or Friday morning. Um, could you give me a call back on this number when you get a moment and we'll lock it in. Thanks, speak soon."

Transcription accuracy may vary. Listen to the full message in the app.
""")

add("int-trial-invite", INT, "{s} <{s}@{d}>", "Trial shift",
    """Hi {n},

Thanks for dropping your CV in. Could you come for a paid trial on Saturday from 10 till 4? Bring your knives and non-slip shoes; we'll sort whites.

Unfortunately parking round here is a nightmare on Saturdays, so the tram's your best bet.

{s}
Head Chef, {c}
""", roles=("Chef de Partie", "Sous Chef"))

add("int-school", INT, "{s} Farrant <office@{d}>", "Post of {r} - invitation to interview",
    """Dear {n},

I'm delighted that the panel has shortlisted you for {r}; interviews are on Monday 16 March. The day will include a tour of the school, a 30-minute lesson to a Year 9 group (details attached), a student panel and a formal interview with governors.

A quick reply to say you'll come would help; please bring photographic ID and your original qualification certificates.

With best wishes,

{s} Farrant
Headteacher
""", roles=("Teacher of Science", "Teacher of Geography"))

add("int-group-retail", INT, "{c} Store Recruitment <storejobs@{d}>", "Group interview invitation",
    """Hi {n},

Thanks for applying for a seasonal role with {c}. Come along to a group interview at our Princes Street store on Saturday 14 November at 9:30.

It'll last about 90 minutes and includes a team activity and a short one-to-one chat. Please arrive 10 minutes early and ask for the duty manager at the tills.

If you can't make it, reply and we'll try to find another slot - unfortunately we can't guarantee one.

{c} Store Recruitment
""", roles=("Retail Assistant", "Stockroom Assistant"))

add("int-agency-forward", INT, "{s} Pennington <{s}@{d}>", "FW: Interview request - {n}",
    """Hi {n},

Great news - see below. Can you do either of Joanna's times? Let me know and I'll confirm.

{s}

From: Hollis, Joanna <joanna.hollis@client.example>
Sent: 8 September 2026 14:10
To: {s} Pennington
Subject: RE: Interview request - {n}

Hi {s}, thanks for sending {n} over. We'd like {n} in for a first round - Tuesday 15th at 11:00 or Wednesday 16th at 14:00, at our Canary Wharf office. Regards, Joanna
""")

add("int-teams-invite", INT, "{s} Novak <{s}.novak@{d}>", "Interview: {r} - Teams",
    """Hi {n},

Thanks for your patience. Our hiring manager has asked to speak with you about the {r} contract.

When: Wednesday 21 October, 14:00-14:45 (CET)
Where: Microsoft Teams (link below)

________________________________________________________________________________
Microsoft Teams meeting
Join: https://teams.example/l/meetup-join/19%3ameeting_4471
Meeting ID: 318 442 907 115  Passcode: kQ7b2x
________________________________________________________________________________

Best,
{s}
""")

add("int-phone-screen", INT, "{c} Recruiting <recruiting@{d}>", "Let's talk: {r}",
    """Hi {n},

Thanks for applying for {r}. We enjoyed reading your application and would love to set up a 30-minute phone conversation with one of our recruiters.

Pick a time that works for you here: https://calendar.{d}/book/phone-screen

Slots are available over the next ten days.

{c} Recruiting
""")

add("int-reschedule-unfortunately", INT, "{s} Brandt <{s}.brandt@{d}>", "Reschedule: second interview",
    """Hi {n},

Unfortunately our VP of Engineering has been called to a customer site on Thursday, so we need to move your second interview. Could you do Monday at 13:00 or Tuesday at 16:00 instead?

Really sorry for the shuffle - we're keen to keep things moving with you.

{s}
""")

add("int-panel-formal", INT, "Recruitment <recruitment@{d}>", "{r} - invitation to interview",
    """Dear {n},

Thank you for your application. Good news: you're one of six people the panel wants to interview for {r}.

We'll see you at our Northgate office on 2 December at 11:15; allow about three quarters of an hour. The panel would like you to open with a ten-minute talk answering: "How would you improve the way we report outcomes to funders?"

Tell us in advance about anything we can arrange to make the day easier for you.

Recruitment Team
{c}
""")

add("int-usajobs-referred", INT, "{s} Whitaker <{s}.whitaker@{d}>", "Interview - {r}, FW-26-DEU-449207",
    """Good afternoon {n},

You have been referred to the selecting official for the {r} position and selected for an interview. Interviews will be conducted virtually on November 18-19, 2026.

Please reply with your availability and a phone number where you can be reached. Unfortunately we cannot accommodate interviews outside these two dates.

Respectfully,
{s} Whitaker
Human Resources Specialist
""", roles=("Management Analyst", "Program Analyst"))

add("int-india-round", INT, "{s} Raman <{s}.raman@{d}>", "RE: [EXT] Re: Techno-managerial round - scheduled",
    """Hi {n},

Hope you are doing good. Greetings!

Happy to inform that your technical round feedback is positive and the techno-managerial round is scheduled on Friday, 11:30 AM IST, with the delivery head. Teams link will be shared separately.

Kindly confirm your availability at the earliest.

Thanks & Regards,
{s} Raman
Lead - Talent Acquisition | {c}
""", roles=("Senior Java Developer", "Delivery Manager"))

add("int-assessment-day", INT, "Early Careers at {c} <earlycareers@{d}>", "Invitation: 2027 Summer Internship assessment day",
    """Dear {n},

Congratulations - you've passed the online test and we're inviting you to our assessment day on 4 February in Manchester.

The day runs from 9:00 to 15:30 and includes a group case study, a short presentation and an interview with two of our managers. Travel costs will be reimbursed.

Please confirm your place by 25 January using the link in your candidate account.

Early Careers Team
{c}
""")

add("int-lang-da", INT, "{s} Holm <{s}.holm@{d}>", "Invitation til samtale - {r}",
    """Hej {n}

Tak for din ansøgning. Vi vil rigtig gerne invitere dig til en første samtale om stillingen som {r}.

Kan du torsdag den 3. december kl. 10.00 eller fredag den 4. december kl. 13.30? Samtalen foregår på vores kontor i Aarhus og varer cirka en time.

Bedste hilsner
{s} Holm
Teamleder, {c}
""")

add("int-lang-cs", INT, "{s} <{s}@{d}>", "Pozvánka na pohovor - {r}",
    """Dobrý den, {n},

děkujeme za Vaši přihlášku. Rádi bychom Vás pozvali na osobní pohovor na pozici {r}.

Navrhujeme středu 9. 12. v 10:00 v naší kanceláři v Brně, případně čtvrtek ve stejný čas online. Prosím, potvrďte nám, který termín Vám vyhovuje.

S pozdravem
{s}
{c}
""")

add("int-lang-tr", INT, "{s} Yılmaz <{s}.yilmaz@{d}>", "Mülakat daveti: {r}",
    """Merhaba {n},

Başvurunuz için teşekkür ederiz. {r} pozisyonu için sizi bir ön görüşmeye davet etmek istiyoruz.

Görüşme 12 Kasım Perşembe günü saat 14:00'te online olarak yapılacaktır. Uygunluğunuzu bu e-postaya yanıt vererek bildirebilir misiniz?

İyi çalışmalar,
{s} Yılmaz
""")

add("int-lang-ro", INT, "{s} Popescu <{s}.popescu@{d}>", "Invitație la interviu - {r}",
    """Bună {n},

Mulțumim pentru candidatura ta. Ne-ar plăcea să te invităm la un interviu pentru rolul de {r}, marți, 17 noiembrie, la ora 11:00, la biroul nostru din Cluj.

Te rog să îmi confirmi dacă ora îți convine; dacă nu, găsim împreună alt moment.

Numai bine,
{s}
""")

add("int-lang-fi", INT, "{s} Virtanen <{s}.virtanen@{d}>", "Kutsu haastatteluun: {r}",
    """Hei {n},

kiitos hakemuksestasi! Haluaisimme kutsua sinut haastatteluun {r} -tehtävään.

Haastattelu pidetään Teamsissa keskiviikkona 25.11. klo 13.00, ja siihen on varattu tunti. Vahvistathan, sopiiko aika sinulle.

Terveisin
{s} Virtanen
Henkilöstöpäällikkö, {c}
""")

add("int-nhs-shortlisted", INT, "{s} Pryce <{s}.pryce@{d}>", "Shortlisted - {r} interview",
    """Hi {n},

Congratulations, you've been shortlisted for the {r} post on the surgical unit.

Interviews are on Wednesday 28 January at the education centre. Please book a time through the link in your application account by Friday. Unfortunately the times can't be changed once booked, as the panel is working around theatre lists.

Kind regards,
{s}
Recruitment Lead, Surgical Division
""", roles=("Staff Nurse", "Ward Sister"))

# ---------------------------------------------------------------- next steps / assessments with deadlines
add("next-takehome", NEXT, "{c} Engineering Hiring <eng-hiring@{d}>", "Take-home exercise: {r}",
    """Hi {n},

Thanks for the great first conversation. The next step is a take-home exercise: a small payments service with a retry policy and tests. It should take about three hours.

Instructions and the starter repository: https://hiring.{d}/exercise/5521

Please submit by Sunday 18:00 your time. Unfortunately we can't review submissions that arrive after the deadline, so let us know early if you need more time.

{c} Engineering Hiring
""", roles=("Backend Engineer", "Platform Engineer"))

add("next-online-test", NEXT, "{c} Graduate Recruitment <graduates@{d}>", "Action required: online assessment",
    """Dear {n},

Thank you for applying to our graduate programme. What comes next is a pair of online tests - numbers, then a judgement scenario - taking about 50 minutes together.

Start your assessment: https://assess.example/{d}/start

The link expires on 6 December at 23:59 GMT. Applications without a completed assessment by then cannot progress, so aim to finish a few days early.

Graduate Recruitment
{c}
""")

add("next-video-oneway", NEXT, "{c} Talent <talent@{d}>", "Your video interview for {r}",
    """Hi {n},

Congratulations on moving to the next stage! Please record your video interview: four questions, two minutes each, with 30 seconds to prepare.

Record here: https://video.example/i/{d}/77310
Deadline: Friday 23:59 (UK time)

If you don't complete it by the deadline, your application will be closed automatically.

{c} Talent
""")

add("next-references", NEXT, "{s} Kaur <{s}.kaur@{d}>", "References - {r}",
    """Hi {n},

Thanks again for Tuesday - the panel would like to take up your references before we talk about an offer.

By Wednesday, please send two referees' names and email addresses; we'd like one of them to be someone who managed you in your latest job. Nobody gets contacted until you say go.

{s}
""")

add("next-background", NEXT, "Screening Team <screening@{d}>", "Pre-employment checks - please complete within 5 days",
    """Dear {n},

As part of your conditional offer for {r}, we now need to complete pre-employment screening.

Please complete the online form and upload proof of identity and address within 5 working days: https://screening.{d}/case/88120

Unfortunately, if the form isn't completed within that time we won't be able to confirm your start date.

Screening Team, {c}
""")

add("next-right-to-work", NEXT, "People Operations <peopleops@{d}>", "Right to work check before Monday",
    """Hi {n},

The law says we have to see proof that you can work in the UK before day one. Could you send us the nine-character code you get from the government's online checking service, together with your date of birth, no later than 17:00 on Friday?

If you have any problem getting the share code, tell us straight away.

People Operations, {c}
""")

add("next-presentation-brief", NEXT, "{s} Ashworth <{s}.ashworth@{d}>", "Second stage - presentation brief",
    """Dear {n},

Thank you for your time at the first interview. I'm pleased to confirm you've been invited to the second stage on 12 November.

The panel would like a quarter-hour talk from you: your plan for the first 90 days of the Eastfield site programme. Send your slides to me by 10 November at noon so the panel can read them in advance.

Kind regards,
{s} Ashworth
""", roles=("Site Manager", "Programme Manager"))

add("next-assessment-centre-book", NEXT, "Assessment Centre <assessment@{d}>", "Book your assessment centre place",
    """<html><body>
<p>Dear {n},</p>
<p>Well done on passing the video interview for <b>{r}</b>. Please book a place at one of our assessment centres:</p>
<table style="border:1px solid #ccc" cellpadding="4">
<tr><td>Leeds</td><td>2 December</td></tr>
<tr><td>London</td><td>9 December</td></tr>
<tr><td>Glasgow</td><td>11 December</td></tr>
</table>
<p>Booking closes on 27 November. Places are limited and allocated in order of booking.</p>
<p>Graduate Recruitment Team</p>
</body></html>
""")

add("next-design-exercise", NEXT, "Studio {c} <studio@{d}>", "Next step: short brief",
    """Hey {n},

Loved the portfolio. Next step is a short paid brief - a pack mock-up for one of our tea clients. Brief attached, fee £150.

Could you have something back to us by Thursday week? Rough is fine, we care more about the thinking.

Studio {c}
""", roles=("Junior Designer", "Illustrator"))

add("next-agency-docs", NEXT, "{s} Doherty <{s}.doherty@{d}>", "Docs needed before Thursday",
    """Hi {n},

Great news on the interview request. Before I can confirm you with the client, I need a few bits for compliance by Thursday:

- copy of passport or Irish PPS card
- two references (dates and contacts)
- signed terms of engagement (attached)

Shout if anything's tricky.

{s}
""")

add("next-coding", NEXT, "{c} Recruiting <no-reply@{d}>", "Your coding challenge for {r}",
    """Hi {n},

The next step for {r} is a 75-minute coding challenge on our testing platform. You can take it any time in the next 7 days; it must be completed in one sitting.

Start the challenge: https://code.example/t/{d}/91204

The link expires 7 days from this email. If you need accessibility adjustments, reply before starting.

{c} Recruiting
""", roles=("Backend Engineer", "Test Automation Engineer"))

add("next-police-fitness", NEXT, "Force Recruitment <recruitment@{d}>", "Fitness test and medical - booking required",
    """Dear {n},

Congratulations on passing the assessment centre. The next stages are the job-related fitness test and a medical.

Please book both through the applicant portal by 4 December. Candidates who haven't booked by then will be removed from this intake and asked to reapply.

Force Recruitment Team
""")

add("next-epso-ac", NEXT, "EPSO Candidate Account <no-reply@epso.example>", "Invitation to the assessment phase - competition AD/419/26",
    """Dear candidate,

You are invited to the assessment phase of competition AD/419/26. Please book your test slots via your candidate account before 30 November, 12:00 Brussels time.

Candidates who do not book within this deadline will not be able to take part.
""")

add("next-lang-es", NEXT, "{s} Navarro <{s}.navarro@{d}>", "Siguiente paso: prueba técnica",
    """Hola {n}:

Gracias por la entrevista del martes. Nos gustaría que siguieras en el proceso con una prueba técnica breve, que te enviamos adjunta.

Por favor, envíanosla antes del viernes a las 14:00. Si necesitas más tiempo, avísanos.

Un saludo,
{s} Navarro
Recursos Humanos, {c}
""")

add("next-lang-pl", NEXT, "Dział HR {c} <rekrutacja@{d}>", "Kolejny etap rekrutacji - {r}",
    """Dzień dobry,

dziękujemy za rozmowę. Zapraszamy do kolejnego etapu rekrutacji na stanowisko {r}: zadania do wykonania w domu.

Prosimy o przesłanie rozwiązania do 20 listopada do godziny 12:00. Szczegóły znajdują się w załączniku.

Z poważaniem
Dział HR
{c}
""")

add("next-lang-sv", NEXT, "{c} Rekrytering <rekrytering@{d}>", "Nästa steg: personlighetstest",
    """Hej {n}!

Kul att du går vidare i processen för {r}. Nästa steg är ett kort personlighets- och logiktest online, ungefär 40 minuter.

Länken är giltig till och med söndag kl. 23.59.

Vänliga hälsningar
Rekryteringsteamet
""")

add("next-lang-it", NEXT, "Risorse Umane {c} <selezione@{d}>", "Prossima fase: test online",
    """Gentile {n},

siamo lieti di comunicarle che la sua candidatura per {r} è passata alla fase successiva, che prevede un test online di circa 45 minuti.

Il link resterà attivo fino al 2 dicembre alle ore 18:00.

Cordiali saluti,
Ufficio Risorse Umane
""")

add("next-intern-coop-docs", NEXT, "Co-op Office <coop@{d}>", "Action needed: co-op work term agreement",
    """Hello {n},

Congratulations on your match with {c} for the Winter term! Please sign your work term agreement in the portal and complete the employer onboarding form by Friday 17:00.

Unsigned agreements after that date may cause the match to lapse.

Co-op and Career Services
""")

add("next-references-public", NEXT, "HR Services <hrservices@{d}>", "Conditional offer - references and documents",
    """Dear {n},

Further to your interview for {r}, I'm pleased to say the panel would like to appoint you, subject to satisfactory references and checks.

Please upload your qualification certificates and complete the health questionnaire within 10 working days.

HR Services
""", roles=("Research Associate", "Postdoctoral Fellow"))

# ---------------------------------------------------------------- offers
add("offer-hm-decided", OFFER, "{s} Thorne <{s}.thorne@{d}>", "Our conversations",
    """Hi {n},

I wanted to write to you myself before the formal paperwork arrives.

I've decided to go with you. You were the person I most enjoyed arguing with about test coverage, and the team agreed. {s} from People will send the offer letter tomorrow; unfortunately our contracts system is slow, so it may land late in the day.

Really looking forward to working together.

{s} Thorne
Engineering Manager, {c}
""", roles=("Senior Backend Engineer", "Test Automation Engineer"))

add("offer-thread-board", OFFER, "{s} Achterberg <{s}.achterberg@{d}>", "RE: [EXT] Re: Director of Operations - final interview",
    """Dear {n},

I promised you a personal note, so here it is, and it's a happy one.

The trustees met on Thursday evening and have agreed to appoint you as Director of Operations. I'm delighted. Our HR adviser will send the formal offer and contract this week.

Regretfully, the board can't move the start date before 1 February because of the merger consultation, but we can talk about a phased handover.

With warm regards,
{s} Achterberg
Chair of the Appointments Panel

________________________________
From: {n} <{n}@mailbox.example>
Sent: Friday, 16 October 2026 10:14
Subject: [EXT] Re: Director of Operations - final interview

Dear {s}, thank you for Wednesday. I enjoyed meeting the trustees. Kind regards, {n}
""")

add("offer-agency-forward", OFFER, "{s} Pennington <{s}@{d}>", "FW: Offer - {n}",
    """Hi {n},

You got it!! Joanna's note below. Call me when you can and we'll go through the numbers.

{s}

From: Hollis, Joanna <joanna.hollis@client.example>
Sent: 29 September 2026 16:40
To: {s} Pennington
Subject: RE: Offer - {n}

Hi {s}, we'd like to offer {n} the role at £61,000 plus standard benefits, start date to be agreed. Unfortunately we can't go higher on base this year, but there's a review after six months. Regards, Joanna
""")

add("offer-trial", OFFER, "{s} <{s}@{d}>", "After Saturday",
    """Hi {n},

Thanks for the trial on Saturday. We'd love you to join the kitchen as {r}, starting on the 1st. 40 hours, five shifts, £14.50 an hour plus tronc.

Let me know by Wednesday if you're in.

{s}
Head Chef, {c}
""", roles=("Chef de Partie", "Sous Chef"))

add("offer-letter", OFFER, "People Team <people@{d}>", "Your offer from {c}",
    """Dear {n},

It's a yes! {c} would like you to join as {r}. The letter and contract are in the attachments.

Salary: £48,500 per annum
Start date: 5 January 2027
Holiday: 27 days plus bank holidays

Please sign and return by 20 November. We regret that we can't keep the offer open past that date, as the team's planning depends on it.

Warm regards,
People Team
""")

add("offer-india", OFFER, "{s} Raman <{s}.raman@{d}>", "Offer Letter - {r}",
    """Dear {n},

Congratulations! We are pleased to release your offer for the position of {r} with {c}, with an annual fixed compensation of INR 24,60,000 plus variable pay as per policy.

Kindly share your acceptance within 3 working days and your tentative date of joining.

Thanks & Regards,
{s} Raman
Lead - Talent Acquisition
""", roles=("Senior Java Developer", "Delivery Manager"))

add("offer-school", OFFER, "{s} Farrant <office@{d}>", "Offer of appointment - {r}",
    """Dear {n},

Further to my telephone call this afternoon, I'm delighted to confirm the governors' offer of the post of {r} from 1 September, subject to the usual pre-employment checks.

A formal letter will follow from HR. Welcome to the school.

With best wishes,
{s} Farrant
Headteacher
""", roles=("Teacher of Science", "Teacher of Geography"))

add("offer-internal", OFFER, "Internal Mobility <internalmoves@{d}>", "Internal move confirmed: {r}",
    """Hi {n},

Congratulations - the hiring manager has selected you for the {r} role. Your HR Business Partner will agree a move date with both managers, normally within four weeks.

Your salary will be reviewed in line with the new grade.

Internal Mobility Team
""")

add("offer-lang-cs", OFFER, "{s} <{s}@{d}>", "Nabídka práce - {r}",
    """Dobrý den, {n},

s radostí Vám oznamuji, že jste byl(a) vybrán(a) na pozici {r}. Nabídku s podmínkami posíláme v příloze.

Prosím, dejte nám vědět do pátku, zda nabídku přijímáte.

S pozdravem
{s}
{c}
""")

add("offer-lang-fi", OFFER, "{s} Virtanen <{s}.virtanen@{d}>", "Sinut on valittu: {r}",
    """Hei {n},

ilokseni voin kertoa, että sinut on valittu {r} -tehtävään! Lähetämme työsopimusluonnoksen vielä tämän viikon aikana.

Voisitko vahvistaa aloituspäivän 1.2. ensi viikon maanantaihin mennessä?

Terveisin
{s} Virtanen
""")

add("offer-lang-tr", OFFER, "{s} Yılmaz <{s}.yilmaz@{d}>", "İş teklifi: {r}",
    """Merhaba {n},

Sizi {r} pozisyonu için ekibimize katılmaya davet etmekten mutluluk duyuyoruz. Teklif mektubunu ekte bulabilirsiniz.

Kararınızı 5 iş günü içinde bize iletmenizi rica ederiz.

İyi çalışmalar,
{s} Yılmaz
""")

add("offer-mobile", OFFER, "{s} <{s}@{d}>", "Re: {r}",
    """Hi {n} - we'd love to have you. Offer coming through from HR tomorrow. Congrats!

{s}
Sent from my Galaxy
""")

# ---------------------------------------------------------------- other job mail
add("other-withdrawal", OTHER, "{c} Careers <careers@{d}>", "Your application has been withdrawn",
    """Hi {n},

As you asked, we've withdrawn your application for {r}. It's now closed at your request, and nothing more will be sent about it.

While the advert is live, the door stays open should you have second thoughts.

{c} Careers
""")

add("other-data-erased", OTHER, "Privacy Team <privacy@{d}>", "Your candidate data has been deleted",
    """Dear {n},

Following your request of 2 October, we have deleted your candidate profile and all application documents held in our recruitment system.

This does not affect any decision on past applications. If you apply to us again in future, a new profile will be created.

Privacy Team, {c}
""")

add("other-hm-review", OTHER, "{c} <{c}@myworkday.example>", "Your application status has been updated",
    """Hi {n},

Something has changed on your application for {r} (R-104918).

Status: Hiring Manager Review

You can view your applications and manage your candidate profile at any time by signing in.

{c} Careers
""")

add("other-delay", OTHER, "{s} Faulkner <{s}.faulkner@{d}>", "{r} - timing update",
    """Hi {n},

A quick update so you're not left wondering: the leadership offsite has pushed the final decision on this hire into December. Nobody has been turned down and nobody has been offered the role.

I'll be back in touch in the first week of December at the latest.

Best,
{s}
""")

add("other-referral-friend", OTHER, "{c} Referrals <referrals@{d}>", "Update on the candidate you referred",
    """Hi {n},

Thanks for referring Callum Reid for the {r} role. A quick note: Callum's application was not taken forward after the first interview, so no referral bonus will be due for this role.

Thanks for helping us find great people - keep the referrals coming.

{c} Referrals
""")

add("other-account", OTHER, "{c} Careers <careers@{d}>", "Welcome to the {c} careers portal",
    """Hi {n},

Your candidate account is ready. Use it to save jobs, set up alerts and track applications in one place.

Sign in: https://careers.{d}/login

Not you? Then someone mistyped an address; no action is needed and the account will lapse in 14 days.

{c} Careers
""")

add("other-careers-fair", OTHER, "{c} Early Careers <earlycareers@{d}>", "Meet us at the Autumn Careers Fair",
    """Hi {n},

We'll be at the university Autumn Careers Fair on 22 October, stand 14. Come and chat to our graduates about what the first year is really like, and ask us anything about applications.

Register for a 10-minute slot: https://events.{d}/fair

Early Careers at {c}
""")

add("other-portal-reset", OTHER, "{c} Careers <no-reply@{d}>", "Reset your password",
    """Hi {n},

Someone asked for a new password on your {c} candidate account. Use the link below within 30 minutes:

https://careers.{d}/reset?t=8d41a7

No request from you? Then leave this alone - your current password keeps working.
""")

add("alert-daily", ALERT, "Jobboard Alerts <alerts@jobboard.example>", "12 new jobs for '{r}'",
    """Your daily job alert

{r} - {c} - Leeds - £38,000-£44,000
Senior {r} - Harrow Bay Group - Remote - Competitive
{r} (maternity cover) - County Hospital Trust - Bristol - Band 6
Junior {r} - Rookwood Partners - Manchester - £29,000

See all 12 jobs: https://jobboard.example/alerts/4471

Not getting interviews? Read our guide to bouncing back after a run of rejections.

Manage alerts | Unsubscribe
""")

add("alert-weekly", ALERT, "{c} Careers <jobalerts@{d}>", "New roles at {c} this week",
    """Hi {n},

Here are this week's new roles matching your saved search:

- {r}, Birmingham, hybrid
- {r} Lead, London, hybrid
- Graduate {r}, Edinburgh

Apply before the closing dates shown on each advert.

You're receiving this because you set up a job alert. Turn it off here.
""")

add("pitch-linkedin", PITCH, "{s} Castellan <{s}@{d}>", "Opportunity - {r} (remote)",
    """Hi {n},

I came across your profile and was impressed by your work on supplier analytics. I'm hiring a {r} for a fast-growing client in the logistics space, fully remote within the UK, £60-70k.

Would you be open to a quick chat this week? No pressure if the timing isn't right.

Best,
{s}
{c}
""")

add("pitch-agency-intro", PITCH, "{s} Goldberg <{s}.goldberg@{d}>", "Intro - {s} from {c}",
    """Hi {n},

I specialise in placing platform and infrastructure engineers across the Southwest. I've got three clients actively hiring right now and your background looks like it could suit two of them.

Any interest in a 15-minute call? Happy to work around your schedule.

Best,
{s}
""", roles=("Cloud Engineer", "Platform Engineer"))

add("pitch-founder", PITCH, "{s} <{s}@{d}>", "coffee?",
    """hey {n} - saw your talk on retention curves at the meetup. we're a 9-person team and about to hire our first {r}. would you be up for a coffee? zero process, just a chat.

{s}
cofounder, {c}
""")

add("other-teamtailor-connect", OTHER, "{c} <jobs@{c}.teamtailor.example>", "You're now connected with {c}",
    """Hi {n}!

Thanks for joining our Connect community. We'll let you know when there's a new role that matches the interests you picked.

You can update your interests or leave the community any time.

/ {c}
""")

# ---------------------------------------------------------------- non-job mail with refusal words
add("nonjob-mortgage", NONJOB, "Mortgage Team <mortgages@{d}>", "Your mortgage application",
    """Dear {n},

Thank you for your mortgage application. Unfortunately we can't lend to you on this occasion, as the application did not meet our lending criteria.

You have the right to ask which credit reference agency we used. You may wish to speak to an independent mortgage adviser.

Mortgage Team
""")

add("nonjob-planning", NONJOB, "Planning Services <planning@{d}>", "Decision notice: 26/01184/HOU",
    """Dear {n},

Application: 26/01184/HOU - single-storey rear extension

The council has refused planning permission for the reason set out in the attached decision notice: the proposal would have an overbearing effect on the neighbouring property.

You may appeal to the Planning Inspectorate within 12 weeks of the date of this notice.

Planning Services
""")

add("nonjob-manuscript", NONJOB, "{s} at {c} Press <submissions@{d}>", "Your submission: The Salt Year",
    """Dear {n},

Thank you for sending us The Salt Year. We enjoyed the opening chapters, but it sits outside what our list is publishing over the next two years, so we're passing on it.

Good luck placing it elsewhere - there's a lot to like here.

Best wishes,
{s}
Editorial Assistant
""")

add("nonjob-flat", NONJOB, "{s} - Lettings <lettings@{d}>", "Flat 3, 18 Ravensworth Road",
    """Hi {n},

Thanks for viewing Flat 3 on Saturday. The landlord has chosen to go ahead with another applicant, and the flat is now off the market.

We have a similar one-bed coming up on Elm Grove next month - shall I put you down for a viewing?

{s}
""")

add("nonjob-football", NONJOB, "{s} - Harriers FC <coach@{d}>", "U16 squad selection",
    """Hi {n},

Thanks for bringing Jamie to the trials on Sunday. We've now picked the U16 squad for the season and unfortunately he hasn't been selected this time.

He's welcome to keep training with the development group on Thursdays, and we'll hold another trial in January.

{s}
Harriers FC
""")

add("nonjob-exam-appeal", NONJOB, "Exams Office <exams@{d}>", "Outcome of your review of marking",
    """Dear {n},

The exam board has completed the review of marking you requested for Paper 2. The original mark has been confirmed and your grade is unchanged.

If you wish to take this further, you can request a preliminary appeal within 30 days.

Exams Office
""")

add("nonjob-transfer", NONJOB, "Online Banking <alerts@{d}>", "Payment rejected",
    """Hi {n},

Your payment of £420.00 to R HARTLEY was rejected by the receiving bank because the account details didn't match. The money has been returned to your account.

Please check the sort code and account number and try again.
""")

add("nonjob-appstore", NONJOB, "App Review <appreview@store.example>", "Submission rejected: Tidepool 2.4",
    """Hello,

We've reviewed your app submission Tidepool 2.4 and it has been rejected.

Guideline 2.1 - Performance: the app crashed on launch on iPad running the latest version.

Please resolve the issue and resubmit. Reply in the Resolution Center if you have questions.
""")

add("nonjob-bounce", NONJOB, "Mail Delivery System <mailer-daemon@mailbox.example>", "Undelivered Mail Returned to Sender",
    """This is the mail system at host mx2.mailbox.example.

I'm sorry to have to inform you that your message could not be delivered to one or more recipients.

<hiring@{d}>: host mx.{d} said: 550 5.7.1 Message rejected due to content restrictions (in reply to end of DATA command)
""")

add("nonjob-market-stall", NONJOB, "Events Team <events@{d}>", "Winter Market stall application",
    """Dear {n},

Thanks for wanting to trade at this year's Winter Market. Over 300 traders asked for 80 pitches, and yours is not one of the pitches we've allocated.

We'd encourage you to apply again for the spring market.

Events Team
""")

add("nonjob-choir", NONJOB, "{s} <{s}@{d}>", "Audition",
    """Dear {n},

Thank you for auditioning on Monday. The music director has filled the chamber choir for this season and your name wasn't among the altos chosen.

We'd love you to sing with the community choir, which has no audition.

{s}
Choir Secretary
""")

add("nonjob-council-tax", NONJOB, "Council Tax <counciltax@{d}>", "Single person discount - application declined",
    """Dear {n},

We have reviewed your application for a single person discount. As our records show two adults aged over 18 living at the property, we are unable to award the discount.

If your circumstances have changed, please tell us using the online form.

Council Tax Team
""")

add("nonjob-warranty", NONJOB, "Customer Care <care@{d}>", "Warranty claim WC-40218",
    """Hi {n},

Our technicians have inspected your coffee machine. Unfortunately the damage was caused by limescale build-up, which isn't covered by the warranty, so your claim has been declined.

We can repair it for a fixed fee of £65. Reply to this email if you'd like us to go ahead.

Customer Care
""")



def fill(text: str, values: dict[str, str]) -> str:
    for key, value in values.items():
        text = text.replace("{" + key + "}", value)
    return text


def when(rng: random.Random) -> str:
    start = datetime(2025, 6, 1, tzinfo=UTC)
    day = start + timedelta(days=rng.randrange(540))
    zone = rng.choice(ZONES)
    tz = timezone(timedelta(hours=zone))
    local = datetime(day.year, day.month, day.day, rng.randrange(6, 22), rng.randrange(60), rng.randrange(60), tzinfo=tz)
    sign = "+" if zone >= 0 else "-"
    minutes = int(abs(zone) * 60)
    offset = f"{sign}{minutes // 60:02d}{minutes % 60:02d}"
    return f"{DAYS[local.weekday()]}, {local.day:02d} {MONTHS[local.month - 1]} {local.year} {local:%H:%M:%S} {offset}"


def records() -> list[dict[str, str]]:
    rng = random.Random(SEED)  # noqa: S311 - a fixed seed for reproducible data, not secrets
    out: list[dict[str, str]] = []
    counters = {"rej": 0, "not": 0}
    for mail in MAILS:
        for _copy in range(mail.copies):
            first = rng.choice(FIRST)
            last = rng.choice(LAST)
            company, domain = rng.choice(COMPANIES)
            values = {
                "n": first,
                "r": rng.choice(mail.roles or tuple(ROLES)),
                "c": company,
                "C": company.upper(),
                "d": domain,
                "s": rng.choice(SIGNERS),
            }
            label = "rejection" if mail.kind == R else "not_rejection"
            prefix = "rej" if label == "rejection" else "not"
            counters[prefix] += 1
            slug = re.sub(r"[^a-z]", "", last.lower())
            host = rng.choice(MAILHOSTS)
            sender = fill(mail.sender, values)
            sender = sender.replace("<" + company + "@", "<" + re.sub(r"[^a-z]", "", company.lower()) + "@")
            sender = sender.replace("@" + company + ".", "@" + re.sub(r"[^a-z]", "", company.lower()) + ".")
            out.append({
                "id": f"blind11:{prefix}-{counters[prefix]:03d}",
                "subject": fill(mail.subject, values),
                "body": fill(mail.body, values),
                "sender": sender,
                "label": label,
                "kind": mail.kind,
                "family": mail.family,
                "provenance": PROV,
                "to": f"{first} {last} <{first.lower()}.{slug}@{host}>",
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
    files = sorted(HERE.parent.glob("*.jsonl")) + sorted(p for p in HERE.glob("blind-slice*.jsonl") if p != OUT)
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
