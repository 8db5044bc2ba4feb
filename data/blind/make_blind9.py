# ruff: noqa: E501
"""Write blind slice 9 (issue 11): new mail the model has never seen, sealed before the next change.

Stdlib only, fixed seed 91201; two runs write byte-identical output. ``--check`` prints our side of
any 6-word shingle this slice shares with ``data/*.jsonl`` or the earlier slices; those files are
read only as sets of shingles and never printed.

Placeholders in sender, subject and body: ``{n}`` the recipient's first name, ``{r}`` the role,
``{c}`` the company, ``{d}`` its mail domain, ``{s}`` the signer's first name.
"""

from __future__ import annotations

import json
import random
import re
import sys
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path

SEED = 91201
HERE = Path(__file__).resolve().parent
OUT = HERE / "blind-slice-9.jsonl"
PROV = "written for rejectwatch issue 11 blind slice 9 (make_blind9.py); never trained on"


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
    """Register one template, sent to ``copies`` different people."""
    MAILS.append(Mail(family, kind, sender, subject, body, copies, roles))


R = "rejection"
APP = "application_received"
INT = "interview"
NEXT = "next_steps"
OFFER = "offer"
OTHER = "other_job"
ALERT = "job_alert"
OUTREACH = "recruiter_outreach"
NONJOB = "non_job_rejection_words"

FIRST = [
    "Oyelaran", "Maelle", "Tobiah", "Ingrid", "Rashmi", "Cormac", "Lucinda", "Dmitri", "Yasmin", "Ferdinand",
    "Aroha", "Benedikt", "Chiamaka", "Dorian", "Esperanza", "Fintan", "Gulnara", "Hamish", "Ines", "Jarrah",
    "Kalinda", "Leopold", "Mirela", "Nuno", "Odile", "Pradeep", "Quilla", "Rosalind", "Sebastiano", "Thandeka",
    "Ulrike", "Valentin", "Wairimu", "Xiadani", "Yusuf", "Zofia", "Anouk", "Bartosz", "Caoimhe", "Desmond",
    "Elowen", "Florian", "Greer", "Hyun-woo", "Isidora", "Jovan", "Kiri", "Lorcan", "Marisol", "Nkechi",
]
LAST = [
    "Achterberg", "Balogun", "Castellanos", "Dunleavy", "Ekwueme", "Fairbairn", "Gastaldi", "Holmqvist", "Iwasaki",
    "Jurczyk", "Kavanagh", "Lindqvist", "Mbeki-Shaw", "Nakashima", "Oduya", "Pemberton", "Quayle", "Rautenbach",
    "Sandoval", "Trevelyan", "Udeh", "Vasquez-Lind", "Whitcombe", "Yeoh", "Zelenka", "Abernethy", "Brightwater",
]
MAILHOSTS = ["fastmail.example", "gmail.example", "outlook.example", "proton.example", "yahoo.example", "icloud.example", "posteo.example"]
SIGNERS = [
    "Marguerite", "Tendai", "Olly", "Priyanka", "Sven", "Beatrix", "Kwabena", "Roisin", "Matteo", "Harriet",
    "Jonas", "Adaeze", "Callum", "Ilse", "Raúl", "Noor", "Fergus", "Mei", "Lachlan", "Svetlana",
]
COMPANIES = [
    ("Quillfeather Analytics", "quillfeather.io"), ("Marrowbank Foods", "marrowbank.co.uk"),
    ("Tessellate Robotics", "tessellate-robotics.com"), ("Ouseburn Housing Trust", "ouseburnhousing.org.uk"),
    ("Pellucid Health", "pellucidhealth.com"), ("Kestrel & Vane Architects", "kestrelvane.co.uk"),
    ("Lumbergate Logistics", "lumbergate.com"), ("Brindlecombe Insurance", "brindlecombe.co.uk"),
    ("Saltmarsh Games", "saltmarshgames.com"), ("Northwind Tidal Energy", "northwindtidal.eu"),
    ("Copperleaf Credit Union", "copperleafcu.org"), ("Harrowgate Publishing", "harrowgatebooks.com"),
    ("Vantablue Software", "vantablue.dev"), ("Greyfriars Veterinary Group", "greyfriarsvets.co.uk"),
    ("Pinecrest Outdoor", "pinecrestoutdoor.com"), ("Aldwych Legal", "aldwychlegal.co.uk"),
    ("Cindervale Studios", "cindervale.tv"), ("Morrow Street Bakery", "morrowstreetbakery.com"),
    ("Tallyhaven Payments", "tallyhaven.com"), ("Bramblewick Schools Partnership", "bramblewick.sch.uk"),
    ("Orrery Labs", "orrerylabs.ai"), ("Foxglove Pharmacy", "foxglovepharmacy.ie"),
    ("Stonechat Engineering", "stonechat-eng.com"), ("Wexcombe Hotels", "wexcombehotels.com"),
]
ROLES = [
    "Data Analyst", "Operations Coordinator", "Junior UX Designer", "Backend Engineer", "Marketing Executive",
    "Customer Success Manager", "Finance Assistant", "Product Manager", "Site Reliability Engineer",
    "HR Advisor", "Logistics Planner", "Content Writer", "QA Engineer", "Account Manager", "Research Assistant",
    "Procurement Officer", "Frontend Developer", "Business Analyst", "Communications Officer", "Payroll Specialist",
]
ZONES = [-7, -5, -4, 0, 1, 2, 3, 5.5, 8, 10, 12]


# ---------------------------------------------------------------- rejections: thread replies after interviews
add("blind9-thread-tea", R, "{s} Okonkwo-Reyes <{s}.okonkwo-reyes@{d}>", "RE: [EXT] Re: Second conversation - {r}",
    """Hi {n},

Sorry this has taken me a while - the week got eaten by a product launch and I wanted to reply properly rather than from my phone in a lift.

Thanks again for coming in on Thursday. Everyone on the panel mentioned how easy you were to talk to, and Jess is still quoting your line about spreadsheets being the real source of truth.

The hiring group met yesterday afternoon and settled on a candidate who has already run this exact migration at a similar-sized firm, so that's the direction we're taking for the {r} seat.

I'd genuinely enjoy staying in touch, and if something closer to your background opens up at {c} I'll give you a nudge myself.

Warmly,
{s}

From: {n}
Sent: 14 October 2026 09:12
To: {s} Okonkwo-Reyes
Subject: Re: Second conversation - {r}

Hi {s}, thanks so much for Thursday's chat - lovely to put faces to names. Shout if there's anything else I can send over!
""", copies=2)

add("blind9-thread-gmail-short", R, "{s} Lindgren <{s}@{d}>", "Re: Re: Friday catch-up",
    """{n} -

Really enjoyed Friday. I've now spoken to Priya and Tom and they've picked someone whose background is a bit more on the enterprise sales side, which is where the team's weight needs to be next year.

Thanks for giving up a lunch hour for us, and for the book tip - I've ordered it.

{s}

On Mon, 2 Nov 2026 at 17:40, {n} wrote:
> Hi {s}, thanks again for lunch on Friday. Happy to answer any follow-up questions.
> Best, {n}
""", copies=2)

add("blind9-thread-outlook-nested", R, "{s} Marchetti <{s}.marchetti@{d}>", "RE: [EXT] RE: [EXT] Re: Final interview - {r}",
    """Hello {n},

I hope your weekend was restful.

A word on last Tuesday. The leadership group has asked Carla, who has been acting up in the role since spring, to take it on for good. It was tight, and your presentation was one people kept returning to.

A second team is being set up in the new year and its brief may suit you well; the careers page will carry it.

Kind regards
{s} Marchetti | Talent Partner | {c}

-----Original Message-----
From: {n}
Sent: Tuesday, October 20, 2026 6:05 PM
To: {s} Marchetti
Subject: Re: [EXT] Re: Final interview - {r}

Thank you {s}, confirming Tuesday at 2pm at your Leeds office. I'll bring the slides on a USB stick as well.

-----Original Message-----
From: {s} Marchetti
Sent: Monday, October 19, 2026 11:30 AM
To: {n}
Subject: [EXT] Re: Final interview - {r}

Hi {n}, could you come and meet the leadership group for a final interview next Tuesday at 2pm?
""", roles=("Programme Manager", "Head of Insight", "Senior Planner"))

add("blind9-thread-phone-hm", R, "{s} <{s}.b@{d}>", "Re: Thanks for today",
    """Hey {n} thank you for the note!! It was lovely chatting. Honestly between us it came down to you and one other person and the team went with her because she's local and can start on site right away. Wish it had gone differently. Keep me posted on where you land

Sent from my iPhone

> On 9 Sep 2026, at 16:02, {n} wrote:
>
> Thanks so much for today {s}, really enjoyed meeting the crew.
""", copies=2, roles=("Store Manager", "Kitchen Lead", "Events Coordinator"))

add("blind9-thread-logistics-then", R, "{s} Haddad <{s}.haddad@{d}>", "RE: [EXT] Re: Expense form and next steps",
    """Hi {n},

First the admin: I've approved your train fare (£86.40) and it should reach your account within ten working days. No need to send the paper receipt, the photo was fine.

On the role itself, I have news I'd hoped would be different. After the final round, the panel chose to offer the position to a candidate with more time in regulated environments, and she accepted on Friday.

You were a strong finalist and I'd be pleased to be a referee-style contact if that ever helps.

All the best,
{s}

________________________________
From: {n}
Sent: 28 September 2026 08:47
To: {s} Haddad
Subject: Re: Expense form and next steps

Hi {s}, attached is the expense form from my trip up. Any news on timings?
""", roles=("Compliance Analyst", "Quality Lead", "Regulatory Affairs Officer"))

add("blind9-thread-ind", R, "{s} Raghunathan <{s}.r@{d}>", "RE: [EXT] Re: Technical round feedback",
    """Dear {n},

Greetings of the day.

Thank you for attending both technical rounds with our panel. After discussion with the delivery head, management has closed this requirement with another candidate, whose shorter notice period suits the client's start date.

Thanks for your patience through the process; we will connect for matching openings going forward.

Thanks & Regards,
{s} Raghunathan
Talent Acquisition | {c}
Mob: +91 98450 17723

From: {n}
Sent: 12 August 2026 10:15
Subject: Re: Technical round feedback
Dear Sir, kindly update on the status of my candidature.
""", roles=("Java Developer", "Test Lead", "SAP FICO Consultant"))

add("blind9-thread-canada", R, "{s} Tremblay <{s}.tremblay@{d}>", "Re: [External] Re: Panel interview follow-up",
    """Hi {n},

Thanks so much for checking in, and apologies for the wait - our VP was travelling.

The team is making the offer to another finalist; her years running provincial funding programs are very close to what the next two years hold. I know that's not the update you were hoping for.

Your questions about the evaluation framework were some of the sharpest we heard, and I've noted your file for the policy roles we expect to post in February.

Take care,
{s}

[EXTERNAL SENDER] Take care with links and attachments in this message.

On Wed, Nov 11, 2026 at 9:02 AM {n} wrote:
Hi {s}, I just wanted to follow up on the panel interview from the 3rd.
""")

add("blind9-thread-aus", R, "{s} Walsh <{s}.walsh@{d}>", "RE: Chat on Monday",
    """G'day {n},

Cheers for making the trip out to the depot on Monday, and sorry the coffee was terrible.

We've had a yarn about it and the job's going to one of the blokes already on the night crew - he knows the trucks and the drivers, and that tipped it.

If you're still looking around Christmas, give me a bell. We usually need casuals for the peak.

{s}
Depot Manager
""", roles=("Depot Supervisor", "Fleet Coordinator"))

add("blind9-thread-sa", R, "{s} Naidoo <{s}.naidoo@{d}>", "Re: Re: Follow-up - {r}",
    """Hi {n}

Hope you're well and that load-shedding has been kind this week.

I had a chat with the directors this morning. They feel that another applicant's experience running month-end for a group of companies is what the finance function needs right now, so they've gone with her.

Lovely to meet you. Two of our clients are growing their teams and I could introduce you to both, if you'd like.

Regards
{s}
""", roles=("Financial Accountant", "Management Accountant"))

add("blind9-thread-fwd-hm", R, "{s} Osei <{s}.osei@{d}>", "Fwd: RE: [EXT] Re: {r} - debrief",
    """Hi {n}, forwarding the hiring manager's note below so you have it in her words. Wish I were sending something happier. - {s}

---------- Forwarded message ---------
From: Clementine Arkwright
Date: Thu, 22 Oct 2026 at 15:31
Subject: RE: [EXT] Re: {r} - debrief

{s}, could you let {n} know we've given the role to the other finalist. Really liked {n}'s portfolio - the case study on onboarding was excellent - but the other person has shipped in our exact stack for three years. Happy for you to share this. C.
""", copies=2, roles=("Product Designer", "Design Lead", "UX Researcher"))

add("blind9-thread-hungarian-eng", R, "{s} Kovács <{s}.kovacs@{d}>", "RE: [EXT] Re: Interview on 5th",
    """Dear {n},

thank you very much for your time at the interview, it was a real pleasure to meet you. We had many good talks with the candidates and at the end my colleagues preferred a person who speaks also German, because half of our clients are in Austria. I hope you understand this.

I wish you a lot of success and good luck with the search.

Best regards,
{s} Kovács
""")


# ---------------------------------------------------------------- rejections: clear refusals under long footers
FOOTERS = {
    "careers": """

━━━━━━━━━━━━━━━━━━━━
WORKING AT {C}
Flexible hours, a four-day summer week in August and a wellbeing budget of £400 a year.
• Read stories from the people who run our warehouses, labs and call centres
• Watch: "A Tuesday on the quay" - our harbour team on a normal day
• See every open role and set up a saved search at careers.{d}
Stay connected: LinkedIn · Instagram · YouTube · Glassdoor
This came to you as a holder of a {C} candidate profile. Sign in and go to Settings > Communication to change how we reach you or to close the profile.
{C} is committed to equal opportunities and welcomes applications from everyone.
Registered office: 12 Lantern Yard, Bristol BS1 6QT. Registered in England no. 11402298.""",
    "alert": """

-----
Roles picked for you this week
  Warehouse Analyst · Doncaster · £31k-£35k · posted 2 days ago
  Planning Coordinator · Sheffield · £29k · posted today
  Inventory Controller (nights) · Rotherham · £14.20/hr · posted 5 days ago
  Supply Data Associate · Leeds (hybrid) · £33k · posted 1 day ago
See all 38 matches  |  Edit this alert  |  Turn off weekly digests
This digest is sent by the {C} jobs hub to people who opted in to job alerts. Unsubscribe in one click at any time.""",
    "gazette": """

<table width="100%" cellpadding="0" cellspacing="0" style="font-family:Verdana,sans-serif;font-size:12px;color:#4a4a4a;background:#f4f1ea">
<tr><td style="padding:16px"><b style="color:#1d5b4f">The {C} Quarterly</b></td></tr>
<tr><td style="padding:0 16px">Our Newcastle office now runs on 100% renewable power · Meet the 2026 graduate cohort · Volunteering days: 1,140 hours given this year</td></tr>
<tr><td style="padding:8px 16px"><a href="https://{d}/news" style="color:#1d5b4f">Read the full issue</a> | <a href="https://{d}/jobs" style="color:#1d5b4f">Open vacancies</a> | <a href="https://{d}/prefs" style="color:#1d5b4f">Email preferences</a></td></tr>
<tr><td style="padding:16px;font-size:10px;color:#8a8a8a">© 2026 {C}. All rights reserved. Sent to people who have applied to {C}.</td></tr>
</table>""",
    "legal": """

--
{C} | Talent Acquisition
Private: this message and its attachments are for the named recipient only and may carry legal privilege. Got it by mistake? Reply to say so, then remove it.
Candidate data: applications are held for a year from the closing date, then erased, unless you tell us you'd like yours kept. Full notice at {d}/candidate-privacy.
Know someone brilliant? Our referral scheme pays £1,000 when someone you introduce passes probation.
Printing this? Perhaps don't.""",
}

REFUSALS = {
    "plainno": ("Your {r} application",
                """Hi {n},

Thanks for going for the {r} job, and for the care in your answers to the written questions.

The review is done, and your application stops here: it won't go on to interviews.

With best wishes,
{C} Recruitment"""),
    "regretshort": ("{C}: update on {r}",
                    """Dear {n},

Your application for {r} (ref. 26-0417) has not succeeded; we're sorry. The field was unusually strong.

Kind regards,
Resourcing Team"""),
    "decidedagainst": ("About your application",
                       """Hello {n},

Thanks for applying to {C}. Having read your application against the requirements for {r}, the hiring manager has decided against progressing it. We realise this will be disappointing.

Good luck with everything ahead.
People Team"""),
    "notpursue": ("Application status",
                  """{n},

Thanks for going for the {r} opening. We've weighed it up, and your candidacy for this role ends here.

Thank you,
{C} Talent"""),
}

for _rkey, (_subj, _body) in REFUSALS.items():
    _pair = {"plainno": ("careers", "alert"), "regretshort": ("gazette", "legal"),
             "decidedagainst": ("careers", "legal"), "notpursue": ("alert", "gazette")}[_rkey]
    for _fkey in _pair:
        add(f"blind9-footer-{_rkey}-{_fkey}", R, "{c} Careers <no-reply@{d}>", _subj, _body + FOOTERS[_fkey])


# ---------------------------------------------------------------- rejections: hedged
add("blind9-hedged-closer", R, "{s} at {c} <{s}@{d}>", "{r} - where things landed",
    """Hi {n},

Thank you for sticking with us through three conversations. Where we landed is that a couple of the finalists have spent longer inside the kind of high-growth chaos this role lives in, and the team felt more confident handing it to one of them.

That's a judgement about this particular seat, not your ability. I hope our paths cross again.

{s}
""", copies=2)

add("blind9-hedged-otherway", R, "{c} Hiring <hiring@{d}>", "Update on the {r} search",
    """Dear {n},

A short note to say {c} has chosen to go another way with the {r} search. Thank you for your application, and for bearing with us through a very large response.

Warm regards,
The {c} Hiring Team
""", copies=2)

add("blind9-hedged-profiles", R, "Recruitment <recruitment@{d}>", "Your application - {r}",
    """Dear {n},

Thank you for applying. We received a great many applications for this post and, on balance, other profiles corresponded more closely to what the department set out in the person specification.

Thank you for thinking of {c}.

Yours sincerely,
Recruitment Office
""")

add("blind9-hedged-priorities", R, "{s} Feeney <{s}.feeney@{d}>", "Following our call",
    """Hi {n},

Good to speak last week. Since then the brief has shifted a little - the founders want someone who has led a team of eight or more already - so the people we're taking forward are those who've done that. I'd rather be straight with you now than keep you waiting.

Cheers,
{s}
""")

add("blind9-hedged-progressed", R, "{c} Talent <talent@{d}>", "Thanks for applying to {c}",
    """Hi {n},

Thanks a lot for applying for {r}. We've gone ahead with applicants whose past work sits nearer this team's roadmap, so we're closing your application for now.

Do try us again when something else opens.

{c} Talent
""", copies=2)

add("blind9-hedged-matched", R, "{s} Brennan <{s}@{d}>", "{r}",
    """Dear {n},

Many thanks for your time on the video call. Our shortlist for the next stage is made up of people whose day-to-day work today is nearer to ours, and I'm afraid that leaves you outside it on this occasion.

Best wishes,
{s} Brennan
""")

add("blind9-hedged-us", R, "{c} Recruiting <recruiting@{d}>", "Your candidacy for {r}",
    """Hi {n},

Thanks for your interest in {c}. Set against the rest of the applicant pool, your background was not among those we're taking forward; others match the qualifications for this position more closely.

New roles go up on our site each week; look again whenever you like.

Best,
{c} Recruiting
""")


# ---------------------------------------------------------------- rejections: recruiter follow-up after a call, another role pitched
add("blind9-agency-uk-pitch", R, "{s} Pryce <{s}.pryce@harbourlinetalent.co.uk>", "Following up - {c}",
    """Hi {n},

Good to talk on Tuesday. {c} have come back to me: they're carrying on with two people who both come from retail banking, and I'm afraid that rules you out.

Better news - there's a contract-to-perm role at a mutual in Cheltenham that looks a good fit for what you told me - hybrid, two days in, £52k. Shall I send the spec over? Free for ten minutes tomorrow?

{s} Pryce
Senior Consultant | Harbourline Talent
""", copies=2, roles=("Risk Analyst", "Credit Analyst"))

add("blind9-agency-us-pitch", R, "{s} Kowalczyk <{s}@brightpathstaffing.com>", "Quick update + another idea",
    """Hey {n},

Great talking earlier. Closing the loop on {c}: the hiring manager reviewed your résumé again after our call and decided to pass, mainly because they need someone who's been hands-on with Salesforce CPQ.

Separately - I'm working a {r} opening at a logistics startup in Columbus, fully remote, $95-105k. Your ops background is exactly what they asked for. Want me to submit you?

{s}
BrightPath Staffing
""", copies=2)

add("blind9-agency-ie-pitch", R, "{s} Dolan <{s}.dolan@liffeyrecruit.ie>", "{c} feedback and a new one",
    """Hi {n},

Further to this morning's call - {c} are giving the {r} job to someone already on their books, an internal move, so that's the end of that one for you.

I'm in Cork on Thursday with a pharma client hiring for much the same thing. Reply "go ahead" and your CV goes in front of them.

Thanks,
{s}
""")

add("blind9-agency-uae-pitch", R, "{s} Al-Mansoori <{s}@gulfbridgehr.ae>", "RE: {r} - {c}",
    """Dear {n},

As discussed on our call, the client has reviewed your profile and will not be moving further with it for this position, as they require a candidate already resident in Dubai.

However I have another requirement for a similar role in Abu Dhabi with relocation support. Please share your updated CV and current salary so I can present you.

Best regards,
{s} Al-Mansoori
Gulf Bridge HR Consultancy
""")

add("blind9-agency-in-pitch", R, "{s} Menon <{s}.menon@talentkranti.in>", "Feedback - {c} interview",
    """Hi {n},

As discussed on call just now, client is not taking you ahead after the L2 round, they need deeper hands-on in Kubernetes.

There is another requirement at a product firm in Pune, 18-22 LPA, hybrid. JD attached. Kindly revert with your interest by today EOD.

Regards,
{s}
""", roles=("DevOps Engineer", "Cloud Engineer"))


# ---------------------------------------------------------------- rejections: public sector
add("blind9-public-usa-notref", R, "USAJOBS <no-reply@usajobs.example.gov>", "Application Status Update: Not Referred",
    """Hello {n},

Your application for Management and Program Analyst, GS-0343-11, Announcement DOI-BLM-26-1184, has been reviewed.

Status: Not Referred

You meet the basic qualifications. Under category rating, though, your application was placed below the group whose names went to the selecting official.

Sign in and choose Application Status for the details.

Automated notice; replies are not monitored.
""", copies=2)

add("blind9-public-usa-inelig", R, "Human Resources Office <hro-notify@vacancy.example.gov>", "Notice of Results - Announcement 26-VHA-0912",
    """Dear {n},

Thank you for applying to Medical Support Assistant, GS-0679-05.

Result: Ineligible. Your application did not include a transcript or other documentation showing the specialized experience or education required at the GS-05 grade. For this reason you cannot be considered further under this announcement.

You may apply to future announcements at any time.

Human Resources Office
""")

add("blind9-public-council-cancel", R, "Recruitment <recruitment@westhollowdc.gov.uk>", "Post ref WH2291 - vacancy withdrawn",
    """Dear {n},

Post: Community Safety Officer (ref WH2291)

After the 2026/27 budget review for the service, the council will not be filling this post and has withdrawn the vacancy. Nobody will be appointed, and every application has been closed.

We apologise for the trouble this causes and are grateful you considered West Hollow District Council.

Yours sincerely,
HR Recruitment Team
""")

add("blind9-public-cs-sift", R, "Civil Service Recruitment <noreply@csrecruit.example.gov.uk>", "Your application 318842 - outcome",
    """Dear {n},

Vacancy: Policy Adviser, Higher Executive Officer (ref 318842)

Thank you for applying. Your application has been assessed at the sift stage and has not been successful. Your scores were:

Behaviour - Seeing the Big Picture: 3
Behaviour - Communicating and Influencing: 4
Personal statement: 3

The pass mark for this campaign was a total of 12 with no score below 4.

Sign in to your account to view feedback.
""")

add("blind9-public-nz", R, "Te Pūnaha Recruitment <careers@tepunaha.govt.nz>", "Your application for Senior Advisor, Regional Development",
    """Kia ora {n},

Thanks for applying for the Senior Advisor role. The panel has finished shortlisting, and your application did not make the interview list.

Other roles with us open often; keep watching.

Ngā mihi,
People and Capability
""")

add("blind9-public-school", R, "Headteacher's PA <office@kingsmoorprimary.sch.uk>", "Teaching Assistant (Level 3) - shortlisting",
    """Dear {n},

Many thanks for applying for the Level 3 Teaching Assistant post at Kingsmoor Primary School. The governors' panel met on Wednesday to draw up the interview list, and I'm sorry to say your name was not on it.

With best wishes for your search.

Mrs J. Ashcroft
School Business Manager
""")

add("blind9-public-ca-list", R, "State Personnel Board Exams <exams@calhr-example.ca.gov>", "Examination Results - Office Technician (Typing)",
    """Dear {n},

Your Office Technician (Typing) examination has been scored. Your result was below the 70% needed to pass, so you do not go onto the list of eligibles for this classification.

A retake is possible six months after the date of this notice.

Examination Services
""")

add("blind9-public-aps", R, "APS Recruitment <recruitment@agency.example.gov.au>", "Outcome: APS 5 Policy Officer (26/0771)",
    """Dear {n},

Thank you for applying for the APS Level 5 Policy Officer position. The selection panel has assessed all applications and I regret to advise that you were assessed as not suitable for this position at this time.

You may request feedback by contacting the panel chair within 14 days.

Recruitment Services
""")

add("blind9-public-nhs", R, "NHS Jobs <no-reply@nhsjobs.example.net>", "Update on your application - Band 4 Ward Clerk",
    """Dear {n},

Reference: 288-AB-26-4410
Job title: Ward Clerk, Band 4
Employer: Eastbrook Hospitals NHS Foundation Trust

Thanks for applying. Shortlisting is finished and your application was not picked for interview.

This mailbox is not monitored. Sign in to NHS Jobs to see your applications.
""")


# ---------------------------------------------------------------- rejections: bare ATS status updates
add("blind9-ats-nolonger", R, "{c} <{c}@myworkday.example.com>", "Status update",
    """Hi {n},

The status of your application for {r} (R-0046213) has changed.

Current status: No Longer Under Consideration

View your application in the Candidate Home.
""", copies=2)

add("blind9-ats-oneline", R, "{c} Hiring Team <no-reply@boards.greenhouse.example.io>", "Application update",
    """Your application for {r} at {c} is no longer active.

— {c} via our hiring platform
""")

add("blind9-ats-table", R, "Careers | {c} <careers-noreply@{d}>", "Update regarding your application",
    """<table style="border-collapse:collapse;font-family:Arial;font-size:13px">
<tr><td style="padding:4px 12px;color:#777">Candidate</td><td style="padding:4px 12px">{n}</td></tr>
<tr><td style="padding:4px 12px;color:#777">Requisition</td><td style="padding:4px 12px">{r} · REQ-19031</td></tr>
<tr><td style="padding:4px 12px;color:#777">Stage</td><td style="padding:4px 12px">Application Review</td></tr>
<tr><td style="padding:4px 12px;color:#777">Status</td><td style="padding:4px 12px;color:#b00020"><b>Rejected</b></td></tr>
</table>
<p style="font-size:11px;color:#999">This message was sent automatically by the {c} recruitment system.</p>""")

add("blind9-ats-dispositioned", R, "{c} Careers <careers@{d}>", "Your application",
    """Dear {n},

This is an automated notice. Your application to {r} has been dispositioned.

Reason: Selected candidate better aligned to requirements

No action is needed from you.
""")

add("blind9-ats-moved", R, "Recruiting at {c} <notifications@ashby.example.com>", "Your application to {c}",
    """Hi {n},

Your application for {r} has been reviewed, and we're passing on it.

Thanks,
{c}
""", copies=2)

add("blind9-ats-closed-filled", R, "{c} Jobs <jobs@{d}>", "Application closed - {r}",
    """Application ID: 58320-{n}

Status changed: Open → Closed
Closure reason: Position has been filled

You can browse current vacancies on our careers site.
""")

add("blind9-ats-sms", R, "{c} Careers <sms-relay@{d}>", "Text message from {c} Careers",
    """{c}: Hi {n}, your application for {r} was not progressed. Thanks for applying. Reply STOP to opt out.
""")


# ---------------------------------------------------------------- rejections: internship / graduate programmes
add("blind9-intern-summer", R, "{c} Early Careers <earlycareers@{d}>", "2027 Summer Internship - application outcome",
    """Dear {n},

Thanks for your interest in the {c} 2027 Summer Internship Programme. Some 6,000 students went for 140 places this year.

We have now looked at your test scores together with your form. They fall below this year's cut-off, so your application for the programme ends here.

Our Spring Insight Week opens to applications in January and might be worth a look.

Early Careers Team
""", copies=2)

add("blind9-intern-grad-ac", R, "Graduate Recruitment <graduates@{d}>", "Assessment Centre - outcome",
    """Hi {n},

Thanks for taking part in last Thursday's virtual assessment centre. The assessors' wash-up is done, and your overall scores sat under the mark we need for an offer on the {c} Graduate Scheme.

Your feedback report is attached: strongest in the group exercise, less so in the written case.

Graduate Recruitment
""")

add("blind9-intern-lab", R, "Dr {s} Vermeulen <{s}.vermeulen@uni-example.ac.uk>", "Summer research placement",
    """Dear {n},

Thanks for writing about a summer placement in our lab. 47 students applied for two funded places and both are now offered - not to you, I'm afraid, though I enjoyed your statement about the soil microbiome.

Best wishes for your final year,
{s} Vermeulen
""")

add("blind9-intern-coop", R, "{c} University Recruiting <campus@{d}>", "Co-op Term Winter 2027",
    """Hi {n},

Thanks for the co-op interview with us for Winter 2027. Matching for that term is done, and you were not matched with {c}.

The next round of postings will show up on your campus co-op board.

University Recruiting
""")

add("blind9-intern-apprentice", R, "Apprenticeships <apprenticeships@{d}>", "Level 3 Apprenticeship - your application",
    """Dear {n},

Thanks for going for our Level 3 Engineering Technician apprenticeship. Your online test results weren't enough to take you on to the next stage.

Keep at it - loads of our apprentices got in on their second or third try.

{c} Apprenticeships Team
""")


# ---------------------------------------------------------------- rejections: other languages
add("blind9-lang-de-brief", R, "Personalabteilung {c} <bewerbung@{d}>", "Ihre Bewerbung als {r}",
    """Sehr geehrte/r {n},

danke, dass Sie an uns gedacht und uns Ihre Unterlagen geschickt haben.

Wir haben alle Bewerbungen gelesen und die Stelle inzwischen einer Kandidatin angeboten, die den Anforderungen noch ein Stück näher kommt. Eine bessere Nachricht hätten wir Ihnen gern geschrieben.

Nach einem halben Jahr löschen wir Ihre Daten, wie es der Datenschutz verlangt.

Mit freundlichen Grüßen
{s} Hartmann
Personalabteilung
""")

add("blind9-lang-de-du", R, "{s} <{s}@{d}>", "AW: Gespräch letzte Woche",
    """Hallo {n},

danke dir nochmal fürs Vorbeikommen und das gute Gespräch! Wir haben uns im Team lange beraten und uns am Ende für jemanden entschieden, der schon länger mit Shopware arbeitet.

Ich drück dir die Daumen für die weitere Suche.

Viele Grüße
{s}
""")

add("blind9-lang-fr-lettre", R, "Service Recrutement <recrutement@{d}>", "Votre candidature au poste de {r}",
    """Bonjour {n},

Merci d'avoir pensé à nous et d'avoir pris le temps de constituer ce dossier.

Nous l'avons lu avec attention, mais votre candidature ne sera pas retenue pour ce poste : l'équipe a choisi des profils plus proches de ses priorités du moment.

Bon courage pour la suite de votre parcours.

Cordialement,
Le service Recrutement
""", copies=2)

add("blind9-lang-fr-tu", R, "{s} <{s}@{d}>", "Re: Entretien de mardi",
    """Salut {n},

Merci encore pour mardi, c'était un vrai plaisir d'échanger avec toi. On a finalement choisi de continuer avec une autre personne qui connaît déjà très bien le secteur de la santé.

Je garde ton contact, ça pourrait très bien coller sur un prochain projet.

Bonne continuation,
{s}
""")

add("blind9-lang-es-formal", R, "Selección de Personal <seleccion@{d}>", "Proceso de selección - {r}",
    """Estimado/a {n}:

Gracias por presentarse a la vacante de {r}. Hemos revisado todas las solicitudes y, lamentándolo mucho, su candidatura no sigue adelante esta vez.

Guardaremos su currículum para próximas ofertas, a no ser que prefiera que lo borremos.

Un cordial saludo,
Departamento de Personas
""")

add("blind9-lang-es-mx", R, "{s} Ramírez <{s}.ramirez@{d}>", "RE: Seguimiento entrevista",
    """Hola {n}, ¿qué tal?

Te escribo para darte seguimiento. Platicamos con el director y al final decidieron quedarse con otro candidato que ya tiene experiencia con clientes de gobierno. Nos gustó mucho conocerte.

Saludos y mucho éxito,
{s}
""")

add("blind9-lang-nl-brief", R, "Werving {c} <werving@{d}>", "Je sollicitatie als {r}",
    """Beste {n},

Dank je voor je brief en je belangstelling voor {c}. Er kwamen veel reacties binnen en we hebben ze allemaal gelezen.

Voor een gesprek nodigen we je deze keer niet uit; er waren kandidaten die dichter bij het profiel zaten.

Succes met zoeken!

Groeten,
Werving {c}
""")

add("blind9-lang-nl-thread", R, "{s} de Boer <{s}.deboer@{d}>", "RE: Tweede gesprek",
    """Hoi {n},

Dank voor je tijd gisteren en de heldere presentatie. We hebben het intern besproken en gaan verder met een andere kandidaat, die al ervaring heeft met aanbestedingen in de zorg.

Mocht je feedback willen, bel me gerust even.

Groet,
{s}
""")

add("blind9-lang-it-lettera", R, "Ufficio Personale <selezione@{d}>", "Esito candidatura - {r}",
    """Gentile {n},

grazie per averci inviato il suo curriculum. Abbiamo esaminato il profilo con attenzione e purtroppo non proseguiremo con lei nel processo di selezione.

Le auguriamo buon lavoro.

Cordiali saluti,
Ufficio Risorse Umane
""")

add("blind9-lang-it-informale", R, "{s} <{s}@{d}>", "Re: colloquio",
    """Ciao {n},

grazie ancora per la chiacchierata di venerdì. Alla fine abbiamo scelto un profilo con più esperienza nel retail, ma mi sei piaciuto/a molto. Se si libera qualcosa ti scrivo io.

Un saluto,
{s}
""")

add("blind9-lang-pt-br", R, "Recrutamento {c} <vagas@{d}>", "Retorno sobre o processo seletivo",
    """Olá, {n}!

Agradecemos muito sua participação no processo seletivo para a vaga de {r}. Depois de avaliar todos os perfis, optamos por seguir com outro candidato neste momento.

Seu currículo continuará no nosso banco de talentos e poderá ser considerado em novas oportunidades.

Abraços,
Time de Gente & Gestão
""")

add("blind9-lang-pt-pt", R, "Recursos Humanos <rh@{d}>", "Candidatura - {r}",
    """Caro/a {n},

Agradecemos a sua candidatura. Informamos que, após análise, a mesma não foi seleccionada para a fase de entrevistas.

Com os melhores cumprimentos,
Recursos Humanos
""")

add("blind9-lang-pl", R, "Dział HR {c} <rekrutacja@{d}>", "Informacja o wyniku rekrutacji",
    """Dzień dobry {n},

dziękujemy za udział w procesie rekrutacyjnym na stanowisko {r}. Po analizie wszystkich zgłoszeń zdecydowaliśmy się kontynuować rozmowy z innymi kandydatami.

Trzymamy kciuki za kolejne rozmowy.

Zespół HR
""")

add("blind9-lang-sv", R, "{s} Ekström <{s}.ekstrom@{d}>", "Sv: Intervju förra veckan",
    """Hej {n},

Tack för samtalet i tisdags. Vi har pratat ihop oss i gruppen och valt en annan kandidat till tjänsten den här gången.

Lycka till framåt!

Vänliga hälsningar
{s}
""")

add("blind9-lang-cs", R, "Nábor {c} <nabor@{d}>", "Výsledek výběrového řízení",
    """Dobrý den, {n},

děkujeme za Váš zájem o pozici {r}. Po zvážení všech uchazečů jsme se rozhodli pokračovat s jiným kandidátem.

Přejeme hodně úspěchů.

S pozdravem
Personální oddělení
""")


# ---------------------------------------------------------------- rejections: new shapes
add("blind9-new-logistics-first", R, "{s} Carrow <{s}.carrow@{d}>", "Parking, your laptop, and the {r} decision",
    """Hi {n},

A few loose ends from your visit before anything else.

Your visitor pass has been cancelled, so if the barrier letter comes through the post you can bin it. The laptop charger you left in meeting room 3 is at reception in an envelope with your name on it - we can post it if that's easier, just send an address. And Finance say your mileage claim went through on the 14th.

Now the bit I've been putting off. The panel met on Monday and are appointing another candidate to the {r} role. It was close; two of them said your answer on supplier risk was the strongest they heard.

Sorry to tuck it at the bottom; I wanted the admin sorted first.

{s}
""", copies=2)

add("blind9-new-thanks-first", R, "{c} People Team <people@{d}>", "Thank you",
    """Dear {n},

Thank you - for the application, for the two interviews, for the thoughtful follow-up note, and for putting up with our video platform crashing halfway through the second one. The interviewers enjoyed meeting you and several said so unprompted.

We've spent the past week weighing the finalists. It's the hardest part of our job and we don't take it lightly. We looked at the skills the team needs over the next eighteen months, at where each person would be strongest on day one, and at how the group would fit together.

At the end of it we picked a candidate whose track record sits a notch closer to the work in front of us, which means the {r} position will not be going to you.

We'd love you to stay in touch.

The {c} People Team
""")

add("blind9-new-nextaction-file", R, "Recruitment <recruitment@{d}>", "{r} application",
    """Dear {n},

Many thanks for putting yourself forward as {r}. The post has since been offered to another applicant, who has said yes.

Your CV stays in our records, and we might get in touch when a similar opening appears.

Kind regards,
{c}
""", copies=2)

add("blind9-new-reapply-6m", R, "{c} Careers <careers@{d}>", "Your application",
    """Hi {n},

Thanks for sitting our online assessment for {r}. We're ending your application at this stage.

You're welcome to try us again in 6 months; plenty of our team got in on a second go.

{c} Careers
""")

add("blind9-new-nextaction-pool", R, "{c} Talent <talent@{d}>", "Following up on {r}",
    """Hello {n},

Thanks for your patience. Someone else has been appointed to {r} and the role is closed. We've moved your profile into our talent pool, the first place our recruiters look when a new role opens.

Nothing for you to do.

{c} Talent Acquisition
""")

add("blind9-new-mixed-de-en", R, "{s} Vogel <{s}.vogel@{d}>", "Re: Ihre Bewerbung / your application",
    """Hallo {n},

(English below)

danke für das Gespräch. Leider ist die Wahl auf jemand anderen gefallen.

--
Thanks for the interview. Unfortunately we decided on another applicant - someone with German payroll experience, which we need from day one.

Viele Grüße / best,
{s}
""")

add("blind9-new-mixed-fr-en", R, "{s} Girard <{s}.girard@{d}>", "Suite à notre échange / following our call",
    """Hi {n}, bonjour,

Sorry for mixing languages - our HR template is French and my English is faster.

Après réflexion, c'est un autre profil qui a été choisi pour le poste de {r}. In short: we went with someone else, mainly for the on-site availability in Lyon.

Merci pour ton temps, thanks again,
{s}
""")

add("blind9-new-mobile-1", R, "{s} <{s}.m@{d}>", "Re: {r}",
    """hi {n} sorry for the slow reply, on site all week. we went w someone else for this one, really appreciated you coming in. good luck!!

Sent from my Galaxy
""")

add("blind9-new-mobile-2", R, "{s} <{s}@{d}>", "Re: Trial shift Sat",
    """Thanks for Saturday {n}. Gonna give the spot to Leah who's been covering Sundays. You were great on the floor tho - I'll shout if we need someone for Xmas

{s}
Sent from Outlook for iOS
""")

add("blind9-new-mobile-3", R, "{s} Ferris <{s}.ferris@{d}>", "Re: Re: Availability",
    """Quick one {n} - the client picked the other person. Gutted for you, will call next week with a couple of others.

{s}
--
Sent from my mobile. Please excuse brevity and typos.
""")

add("blind9-new-terse-1", R, "{s} <{s}@{d}>", "{r}",
    """{n}, thanks - we're going with someone else. {s}
""")

add("blind9-new-terse-2", R, "Hiring <hiring@{d}>", "Re: application",
    """Position filled. Thank you for applying.
""")

add("blind9-new-terse-3", R, "{s} Achebe <{s}@{d}>", "Re: Portfolio",
    """Hi {n}. Had a look - not the right fit for us. All the best. {s}
""")

add("blind9-new-html-styled", R, "{c} Recruitment <donotreply@{d}>", "Your application with {c}",
    """<html><head><style>.x{mso-line-height-rule:exactly} td{font-family:Segoe UI,Arial} .hdr{background:#0b3d5c;color:#fff}</style></head><body>
<table role="presentation" width="600" align="center" border="0" cellpadding="0" cellspacing="0">
<tr><td class="hdr" style="padding:20px 24px;font-size:20px">{c}</td></tr>
<tr><td style="padding:24px;font-size:14px;line-height:21px;color:#222">Dear {n},<br><br>Thanks for applying for the <b>{r}</b> vacancy.<br><br>We've read your application closely; this time it stops before the next stage.<br><br>Kind regards,<br>{c} Recruitment</td></tr>
<tr><td style="padding:12px 24px;font-size:10px;color:#999;border-top:1px solid #e5e5e5">Sent to you as an applicant through the {c} careers portal.</td></tr>
</table></body></html>""", copies=2)

add("blind9-new-html-cards", R, "{c} Jobs <jobs@{d}>", "An update from {c}",
    """<div style="max-width:560px;margin:0 auto;font-family:Helvetica,Arial,sans-serif">
<div style="padding:8px 0;border-bottom:3px solid #ff6a3d"><img src="https://{d}/logo.png" alt="{c}" height="28"></div>
<div style="padding:20px 0;font-size:15px;color:#333">
<p style="margin:0 0 14px">Hey {n},</p>
<p style="margin:0 0 14px">Big thanks for going for our {r} job. Every application got read by a human, and yours reached the final pile.</p>
<p style="margin:0 0 14px">This time, though, somebody else got the job.</p>
<p style="margin:0 0 14px">More openings in spring — come say hi.</p>
<p style="margin:0">— the {c} crew</p></div>
<div style="font-size:11px;color:#aaa;padding-top:12px;border-top:1px solid #eee">{c} · 44 Canal Walk · Manchester · <a href="#" style="color:#aaa">Unsubscribe</a></div>
</div>""")

add("blind9-new-html-outlook", R, "{s} Lam <{s}.lam@{d}>", "RE: [EXT] Re: Next steps",
    """<div class="WordSection1"><p class="MsoNormal"><span style="font-size:11.0pt;font-family:&quot;Calibri&quot;,sans-serif">Hi {n},<o:p></o:p></span></p>
<p class="MsoNormal"><span style="font-size:11.0pt">Thank you again for meeting Raj and me. After discussing, we have decided to proceed with another finalist for the {r} role.<o:p></o:p></span></p>
<p class="MsoNormal"><span style="font-size:11.0pt">I truly appreciated your openness about the gap year - it didn't weigh against you.<o:p></o:p></span></p>
<p class="MsoNormal"><span style="font-size:11.0pt">Best,<br>{s}<o:p></o:p></span></p></div>""")

add("blind9-new-agency-fwd-1", R, "{s} Hargreaves <{s}@ridgewaypeople.co.uk>", "FW: Candidate feedback - {n}",
    """Hi {n},

See below from the client. Not the outcome we wanted - let's talk Monday about the two other roles I mentioned.

{s}

From: Talent, {c}
Sent: 03 November 2026 16:20
To: {s} Hargreaves
Subject: Candidate feedback - {n}

Hi {s}, thanks for putting {n} forward. The hiring manager has read the CV and is passing at CV stage - they're looking for more hands-on Power BI. Thanks.
""", copies=2)

add("blind9-new-agency-fwd-2", R, "{s} Whitlock <{s}@keelrecruitment.com.au>", "Fwd: {r} shortlist",
    """{n} - fyi, came through from the hiring partner this arvo. Chin up, plenty more out there.

-------- Forwarded Message --------
Subject: {r} shortlist
From: {c} HR

Hi {s}, of your three candidates we will interview the other two. Please thank {n} on our behalf.
""")

add("blind9-new-neutral-update", R, "{s} Pillai <{s}.pillai@{d}>", "Update",
    """Hi {n},

Sorry I went quiet for two weeks. Better you hear it from me than from a system: the team has appointed someone to the {r} post, and so your application ends there.

Thanks for your patience, truly.

{s}
""")

add("blind9-new-neutral-followingup", R, "{s} Brandt <{s}.brandt@{d}>", "Following up",
    """Hi {n},

Following up on your application for {r}. We've had a chance to review it properly and it isn't one we'll be progressing, as the team needs someone with line management experience.

Thanks for thinking of us.

{s}
""")

add("blind9-new-neutral-yourapp", R, "{c} <hr@{d}>", "Your application",
    """Dear {n},

Regarding your recent application: the shortlist for interview has been drawn up and your name is not on it.

We thank you for your interest.

HR Department
{c}
""")

add("blind9-new-group-bcc", R, "{c} Recruitment <recruitment@{d}>", "To all applicants - {r} (ref 4471)",
    """To all applicants,

This goes to all 212 people who applied to be our {r}.

Interviews are over and the post has been filled. Anyone reading this message was not the person appointed. With so many applications, we can't give feedback one by one.

Recruitment Team
{c}
""", copies=2)

add("blind9-new-group-notshort", R, "Office Manager <office@{d}>", "Receptionist vacancy",
    """Dear applicant,

This email is going to everyone who applied for our receptionist vacancy but has not been asked to interview. We're seeing a short list of four this week.

Thanks for thinking of the practice.

Jean Mortimer
Practice Manager
""")

add("blind9-new-group-cohort", R, "Fellowship Team <fellowships@{d}>", "2027 Cohort: selection complete",
    """Dear applicant,

Selection for the 2027 cohort is complete and each successful applicant had a personal email on Monday. No separate email to you means you have not been offered a place this year.

The standard was the highest we've seen.

The Fellowship Team
""")

add("blind9-new-phd", R, "Prof. {s} Adeyemi <{s}.adeyemi@univ-example.ac.uk>", "PhD studentship - Hydrology (ref PGR-26-19)",
    """Dear {n},

Thank you for applying for the funded studentship in catchment hydrology. We interviewed five candidates and have offered the studentship to one of the others, who has accepted.

I appreciated your thoughtful answers on field methods and would encourage you to apply for the doctoral training partnership round in January.

With best wishes,
{s} Adeyemi
""")

add("blind9-new-postdoc", R, "{s} Lindahl <{s}.lindahl@institute-example.se>", "Postdoc position in computational biology",
    """Dear Dr {n},

Many thanks for applying to the postdoc in my group. 81 people applied, and the post has gone to a candidate whose single-cell methods work sits very close to the project.

Best of luck with the search.

Kind regards,
{s} Lindahl
Associate Professor
""")

add("blind9-new-faculty", R, "Search Committee Chair <search-econ@college-example.edu>", "Assistant Professor search - Economics",
    """Dear Dr. {n},

The search committee is grateful for your application to the tenure-track Assistant Professor position in Economics. Campus visits are finished and the department has hired one of the visiting candidates.

We were grateful for the chance to read your job market paper.

Sincerely,
Prof. {s} Whitfield
Chair, Search Committee
""")

add("blind9-new-volunteer", R, "Volunteering Team <volunteer@{d}>", "Your volunteer application",
    """Hi {n},

Thank you so much for offering your time to the helpline. Our autumn training group is full and every volunteer place in this intake is taken, so there isn't room for you this time.

We recruit again in March.

With gratitude,
Volunteer Coordinator
""")

add("blind9-new-fellowship", R, "{c} Fellowship <fellowship@{d}>", "Decision on your fellowship application",
    """Dear {n},

Thanks for your interest in the {c} Policy Fellowship. 340 people applied for 12 places, and the panel has not put you through to the final round; we're sorry.

The Fellowship Office
""")

add("blind9-new-residency", R, "Residency Programme <residency@{d}>", "Artist residency 2027",
    """Dear {n},

Thank you for your proposal for the 2027 residency. The selectors have now chosen the four residents and your proposal was not among them. We had a record 510 submissions.

Warmly,
The Residency Team
""")

add("blind9-new-freelance-bid", R, "{s} Quinlan <{s}@{d}>", "Re: Proposal - website rebuild",
    """Hi {n},

Thanks for the proposal and the walkthrough call. We've decided to award the website rebuild to another studio, mostly on timeline - they can start next week.

Appreciate the effort that went into the mock-ups.

{s}
""")

add("blind9-new-freelance-platform", R, "Notifications <notify@gigmarket.example.com>", "Update on your proposal",
    """Hi {n},

The client has closed the job "Translate product manual EN>DE (12k words)" and hired another freelancer. Your proposal was not selected.

Connects spent on this proposal have not been refunded.

GigMarket
""")

add("blind9-new-contract-tender", R, "Procurement <procurement@{d}>", "Tender CT-2026-088 - notice of outcome",
    """Dear {n},

Re: Provision of Evaluation Services, CT-2026-088

Thank you for tendering. Evaluation is complete and your bid has lost out; the contract goes to the supplier with the top combined quality and price score. Your scores: quality 58/70, price 19/30.

You may request a debrief within 10 days.

Procurement Team
""")

add("blind9-new-takehome-feedback", R, "{s} Ngata <{s}.ngata@{d}>", "Your take-home for {r}",
    """Hi {n},

Thanks for the take-home - we know it eats an evening or two. Two of us went through it, and we're stopping here rather than bringing you to the onsite.

Some notes in case useful:
- The API layer was clean and the README was excellent.
- Tests covered the happy path but not the pagination edge cases.
- The caching approach would struggle at the scale we described.

Thanks again for the effort.

{s}
""", copies=2, roles=("Backend Engineer", "Software Engineer"))

add("blind9-new-takehome-design", R, "{c} Design <design@{d}>", "Design exercise - outcome",
    """Hi {n},

Thanks for the design exercise. The panel liked your research plan but the final flows skipped too many edge states, so the final round goes ahead without you this time.

Best,
{c} Design Team
""")

add("blind9-new-final-feedback", R, "{s} Oyelowo <{s}@{d}>", "Final round - feedback",
    """Hi {n},

Thank you for the final round on Wednesday. I promised feedback whatever the result, so here it is: the panel has chosen another candidate.

What went well: your stakeholder story, your questions, your grip on the numbers.
Where the chosen candidate edged it: years spent hiring and growing a team.

I'd be delighted to reconnect in a year.

{s}
""", copies=2)

add("blind9-new-rescind", R, "{c} HR <hr@{d}>", "Regarding your offer",
    """Dear {n},

I hate sending emails like this one. Yesterday the board agreed a restructure that removes the {r} position, which means the offer we made you on 2 October is withdrawn.

You may well have arranged things around starting with us, and I'd rather explain by phone. We will pay you a month's salary in recognition.

{s}
Head of HR
""")

add("blind9-new-rescind-checks", R, "Onboarding <onboarding@{d}>", "Conditional offer - {r}",
    """Dear {n},

Your offer for {r} was conditional on satisfactory pre-employment checks. The background screening report did not meet our criteria, and so we are withdrawing the conditional offer.

You are entitled to a copy of the report; reply to request it.

Onboarding Team
""")

add("blind9-new-internal", R, "{s} Okafor <{s}.okafor@{d}>", "{r} - outcome",
    """Hi {n},

Thanks for applying. I'm letting you know the role has been filled internally - a colleague from our Glasgow office has moved across to take it on.

Thanks for your interest in us.

{s}
""")

add("blind9-new-internal-2", R, "{c} Careers <careers@{d}>", "Vacancy update: {r}",
    """Hello {n},

The {r} vacancy has gone to an existing member of staff, and we have closed every external application, including yours.

Thank you for applying to {c}.
""")

add("blind9-new-hold-all", R, "{s} Petrov <{s}.petrov@{d}>", "{r} - the role is on hold",
    """Hi {n},

Awkward news. Leadership has frozen the {r} hire until Q3 next year at the earliest, and no candidate, you included, is going on from here. I'm really sorry after you've come this far.

If it reopens, I'll reach out directly.

{s}
""")

add("blind9-new-hold-freeze", R, "Talent Team <talent@{d}>", "Hiring freeze",
    """Dear {n},

A hiring freeze across the company came in this week. The {r} requisition is closed with nobody appointed, and your application goes no further.

Thank you for your understanding.

{c} Talent Team
""")


# ---------------------------------------------------------------- confirmations (most with refusal talk that has not happened)
add("blind9-conf-ifnot-file", APP, "{c} Recruitment <recruitment@{d}>", "Application received - {r}",
    """Dear {n},

Many thanks for putting yourself forward as {r}. Your papers are in, and the hiring lead will work through them once the advert comes down.

Should the interview list end up without your name on it, your CV would stay in our records and we might get in touch when a similar opening appears.

Kind regards,
{c}
""", copies=2)

add("blind9-conf-6months", APP, "{c} Careers <careers@{d}>", "Thanks for applying",
    """Hi {n},

Your {r} application landed with us - thanks! The team is reviewing applications over the next two weeks.

If this one doesn't come off, you're welcome to try again in 6 months, or for a different role any time.

{c} Careers
""", copies=2)

add("blind9-conf-footer", APP, "{c} Careers <no-reply@{d}>", "We've received your application",
    """Hi {n},

Thanks for applying for {r}. This is just to say your application is in and the recruiters have it. Expect to hear from us after they've been through it.""" + FOOTERS["careers"])

add("blind9-conf-footer-alert", APP, "{c} Careers <no-reply@{d}>", "Application submitted: {r}",
    """Hi {n},

Your application for {r} has been submitted. A recruiter reads each one. A good match gets a call booked; otherwise an email from us will close it off.""" + FOOTERS["alert"])

add("blind9-conf-footer-legal", APP, "{c} Talent Acquisition <talent@{d}>", "Your application: {r}",
    """Dear {n},

We have your {r} application. The shortlisting panel sits after the 30 November closing date, and anyone it doesn't pick will get an email in the first week of December.""" + FOOTERS["legal"])

add("blind9-conf-footer-gazette", APP, "{c} <careers@{d}>", "Thank you for your application",
    """Dear {n},

Your {r} application is logged with us. Your candidate account shows each step as it happens.""" + FOOTERS["gazette"])

add("blind9-conf-onlyshort", APP, "HR <hr@{d}>", "Re: {r} application",
    """Dear {n},

Your form is safely with us. We are a small office and the response to this post has been large, so only those asked to interview will get a message. If three weeks pass after the advert closes and you've had nothing, take that as our answer for this post.

HR Team
""", copies=2)

add("blind9-conf-eitherway", APP, "{s} Dunmore <{s}@{d}>", "Re: {r} - my application",
    """Hi {n},

Thanks for sending this through - I've passed it to Graham, who's running the hire. Either way you'll hear from one of us by the end of next week, whether it's an invite or a no.

{s}
""", copies=2)

add("blind9-conf-person-weeks", APP, "{s} <{s}@{d}>", "Re: Application for the bar role",
    """Hi {n}, got your CV, cheers. Doing trial shifts next week - if I haven't texted you by Sunday night it means I've gone with others, no hard feelings!

{s}
""")

add("blind9-conf-ats-status", APP, "{c} <{c}@myworkday.example.com>", "Status update",
    """Hi {n},

The status of your application for {r} (R-0051877) has changed.

Current status: Application Received - In Review

View your application in the Candidate Home.
""", copies=2)

add("blind9-conf-usajobs", APP, "USAJOBS <no-reply@usajobs.example.gov>", "Application Received: Program Specialist, GS-0301-09",
    """Hello {n},

Your application for Program Specialist, GS-0301-09, Announcement HHS-26-ACF-0472, has been received by the hiring agency.

Status: Received

Once the announcement closes, HR reviews each application. A later notice will tell you which of three results applies: eligible and referred, eligible but not referred, or ineligible.

Automated notice; replies are not monitored.
""")

add("blind9-conf-nhs", APP, "NHS Jobs <no-reply@nhsjobs.example.net>", "Application submitted - Band 5 Staff Nurse",
    """Dear {n},

Reference: 311-MK-26-0882
Job title: Staff Nurse, Band 5

The employer now has your application. Employers don't always write to applicants they don't shortlist, so look at your account after the 8 December shortlisting date.

This mailbox is not monitored.
""")

add("blind9-conf-civil", APP, "Civil Service Recruitment <noreply@csrecruit.example.gov.uk>", "Application 320115 received",
    """Dear {n},

We have your application for Executive Officer - Casework (ref 320115). The sift happens once the advert closes; pass or fail, you'll get the result, with your scores in your account.
""")

add("blind9-conf-council", APP, "Recruitment <recruitment@westhollowdc.gov.uk>", "Application received - ref WH2308",
    """Dear {n},

Thank you for your application for Parks Officer (ref WH2308). The panel shortlists on 9 December. We only write to the people invited to interview, so silence after 16 December means your form did not make this shortlist.

HR Recruitment Team
""")

add("blind9-conf-intern", APP, "{c} Early Careers <earlycareers@{d}>", "2027 Summer Internship - application received",
    """Dear {n},

Thanks for applying to our 2027 Summer Internship Programme. Next you'll receive an online assessment link within 5 days. We review applications on a rolling basis, so places may fill before the deadline; whatever the outcome, we'll email you.

Early Careers Team
""")

add("blind9-conf-academic", APP, "Search Committee <search-hist@college-example.edu>", "Application acknowledgement - Assistant Professor of History",
    """Dear Dr. {n},

We acknowledge receipt of your application for the Assistant Professor of History position. The committee will begin reviewing files on 1 December. Given the number of applications, we will only contact candidates selected for first-round interviews.

Sincerely,
Search Committee
""")

add("blind9-conf-phd", APP, "PGR Admissions <pgr@univ-example.ac.uk>", "PhD application received",
    """Dear {n},

Thank you for applying for the PhD studentship (ref PGR-26-31). Shortlisted applicants will be invited to interview in January; if unsuccessful, you will be informed by email.

Postgraduate Admissions
""")

add("blind9-conf-noreply-volume", APP, "{c} Jobs <jobs@{d}>", "Thanks, {n}",
    """Thanks for applying for {r}, {n}!

Applications pile up fast here and we can't send feedback to each person. If we want to talk, we'll be in touch; three weeks of quiet means others went ahead this time - and that you should still try us again later.

Team {c}
""", copies=2)

add("blind9-conf-html", APP, "{c} Recruitment <donotreply@{d}>", "Your application with {c}",
    """<html><head><style>td{font-family:Segoe UI,Arial} .hdr{background:#0b3d5c;color:#fff}</style></head><body>
<table role="presentation" width="600" align="center" border="0" cellpadding="0" cellspacing="0">
<tr><td class="hdr" style="padding:20px 24px;font-size:20px">{c}</td></tr>
<tr><td style="padding:24px;font-size:14px;line-height:21px;color:#222">Dear {n},<br><br>Your application for the <b>{r}</b> vacancy is safely in. The hiring team will start reading in the coming days.<br><br>Should it not go further, an email from us will say so.<br><br>Kind regards,<br>{c} Recruitment</td></tr>
</table></body></html>""")

add("blind9-conf-retention", APP, "{c} Talent <talent@{d}>", "Application confirmation - {r}",
    """Dear {n},

Thanks - your {r} application is with us.

Data notice: were this application not to succeed, we hold your details for 6 months in case another vacancy suits, and then erase them.

{c} Talent
""")

add("blind9-conf-agency", APP, "{s} Hargreaves <{s}@ridgewaypeople.co.uk>", "Submitted to {c}",
    """Hi {n},

Just confirming I've sent your CV over to {c} for the {r} role this afternoon. They usually turn things round in about a week. If it's a no from them, I'll tell you straight away - I don't leave people hanging.

{s}
""")

add("blind9-conf-mobile", APP, "{s} <{s}@{d}>", "Re: CV",
    """got it thanks {n}! will look at it over the weekend, and either way I'll let you know Monday

Sent from my iPhone
""")

add("blind9-conf-group", APP, "{c} Recruitment <recruitment@{d}>", "To all applicants - {r}",
    """To all applicants,

Thank you for applying for {r}. The closing date has now passed and we received over 150 applications. Shortlisting is underway and we expect to contact shortlisted applicants by 12 December. If you have not been contacted by then, unfortunately you will not have been shortlisted.

Recruitment Team
""")

add("blind9-conf-freelance", APP, "Notifications <notify@gigmarket.example.com>", "Proposal submitted",
    """Hi {n},

Your proposal for "Brand illustration pack (10 icons)" was submitted. The client will review proposals and may invite you to an interview. If the client hires someone else, we'll let you know and the job will move to your archive.

GigMarket
""")

add("blind9-conf-volunteer", APP, "Volunteering Team <volunteer@{d}>", "Thanks for signing up to volunteer",
    """Hi {n},

Thank you for applying to volunteer with us. We'll review applications after 15 January; we sometimes can't offer everyone a place on the first training group, but we will let you know either way.

Volunteer Coordinator
""")

add("blind9-conf-fellowship", APP, "{c} Fellowship <fellowship@{d}>", "Application received - 2027 Fellowship",
    """Dear {n},

Your application for the 2027 Fellowship has been received. Decisions on the first round will be sent to all applicants by 20 February, successful or not.

The Fellowship Office
""")

add("blind9-conf-ind", APP, "HR {c} <careers@{d}>", "Acknowledgement of your application",
    """Dear Candidate,

Greetings from {c}!

Your profile for the position of {r} is received with thanks. The team will evaluate and revert if shortlisted. If not found suitable for this opening, the profile shall remain with us for upcoming requirements.

Regards,
HR Team
""")

add("blind9-conf-hedged-review", APP, "{s} Feeney <{s}.feeney@{d}>", "Re: Following our call",
    """Hi {n},

Good to speak last week. Quick update: we're still reviewing - we've had more interest than expected and the founders want to see everyone before deciding who goes through. I'll be in touch by Friday week at the latest.

Cheers,
{s}
""")

add("blind9-conf-ashby", APP, "Recruiting at {c} <notifications@ashby.example.com>", "Thanks for applying to {c}",
    """Hi {n},

Thanks for applying to {r}! Your application is in the queue. Every applicant gets an answer from us inside two weeks, and that includes a no, if it comes to that.

Thanks,
{c}
""")

add("blind9-conf-sms", APP, "{c} Careers <sms-relay@{d}>", "Text message from {c} Careers",
    """{c}: Hi {n}, we got your application for {r}. We'll text you if you're shortlisted. Reply STOP to opt out.
""")

add("blind9-conf-de", APP, "Personalabteilung {c} <bewerbung@{d}>", "Eingangsbestätigung Ihrer Bewerbung",
    """Sehr geehrte/r {n},

Ihre Bewerbung als {r} liegt uns vor, danke dafür. Spätestens in drei Wochen hören Sie von uns, so oder so: Einladung oder Absage.

Mit freundlichen Grüßen
Personalabteilung
""")

add("blind9-conf-fr", APP, "Service Recrutement <recrutement@{d}>", "Accusé de réception de votre candidature",
    """Bonjour {n},

Votre dossier pour le poste de {r} nous est bien parvenu. Au cas où il n'irait pas plus loin cette fois-ci, nous le garderions deux ans dans notre vivier, à moins que vous ne nous demandiez de l'effacer.

Cordialement,
Le service Recrutement
""")

add("blind9-conf-es", APP, "Selección de Personal <seleccion@{d}>", "Hemos recibido tu candidatura",
    """Hola {n}:

Tu candidatura para {r} ya está con nosotros. La miraremos en los próximos días; si pasan 15 días sin que te escribamos, entiende que en esta ocasión no continúas en el proceso.

Un saludo,
Equipo de Selección
""")

add("blind9-conf-nl", APP, "Werving {c} <werving@{d}>", "Ontvangstbevestiging sollicitatie",
    """Beste {n},

Bedankt voor je sollicitatie als {r}. We hebben je gegevens ontvangen. Uiterlijk over twee weken laten we iets weten, of het nu een uitnodiging of een afwijzing is.

Groeten,
Werving {c}
""")

add("blind9-conf-it", APP, "Ufficio Personale <selezione@{d}>", "Conferma ricezione candidatura",
    """Gentile {n},

il suo curriculum per il ruolo di {r} è arrivato, grazie. Se il profilo non dovesse andare avanti, terremo i dati per 12 mesi e poi li cancelleremo.

Cordiali saluti,
Ufficio Risorse Umane
""")

add("blind9-conf-pt", APP, "Recrutamento {c} <vagas@{d}>", "Recebemos sua candidatura",
    """Olá, {n}!

Recebemos sua candidatura para a vaga de {r}. Caso seu perfil não avance, ele continuará no nosso banco de talentos.

Time de Gente & Gestão
""")

add("blind9-conf-pl", APP, "Dział HR {c} <rekrutacja@{d}>", "Potwierdzenie otrzymania aplikacji",
    """Dzień dobry {n},

dziękujemy za przesłanie aplikacji na stanowisko {r}. Skontaktujemy się wyłącznie z wybranymi osobami.

Zespół HR
""")

add("blind9-conf-thread", APP, "{s} Haddad <{s}.haddad@{d}>", "RE: [EXT] Re: Application - {r}",
    """Hi {n},

Thanks for the follow-up and for the extra work samples. I've shared them with the panel. We aren't ruling anyone out until we've seen the whole field, so sit tight - you'll have a yes or no from me before the 18th.

Best,
{s}

________________________________
From: {n}
Sent: 27 November 2026 10:02
Subject: Re: Application - {r}

Hi {s}, attaching two more samples as discussed.
""")

add("blind9-conf-keepfile-person", APP, "{s} Okafor <{s}.okafor@{d}>", "Re: {r} application",
    """Hi {n},

Thanks for applying - I've had a first look and passed it to the team lead. Even if this particular role goes to someone else, I'd like to hold on to your CV regardless, as two similar openings are due in the spring.

{s}
""", copies=2)

add("blind9-conf-bulk-notice", APP, "{c} Careers <careers@{d}>", "Update: {r} applications",
    """Hello {n},

A quick note to all applicants: we've had an unusually high response to {r} and reviewing will take longer than planned - likely until mid-January. No decisions have been made yet. Thank you for your patience.

{c} Careers
""")

add("blind9-conf-notsuccessful-if", APP, "Recruitment <recruitment@{d}>", "Acknowledgement - {r}",
    """Dear {n},

Your application for the post of {r} has arrived. Applicants not chosen will get a letter once selection has finished; those chosen will get a phone call to fix an interview.

Yours sincerely,
Recruitment Office
""")

add("blind9-conf-table", APP, "Careers | {c} <careers-noreply@{d}>", "Application received",
    """<table style="border-collapse:collapse;font-family:Arial;font-size:13px">
<tr><td style="padding:4px 12px;color:#777">Candidate</td><td style="padding:4px 12px">{n}</td></tr>
<tr><td style="padding:4px 12px;color:#777">Requisition</td><td style="padding:4px 12px">{r} · REQ-19077</td></tr>
<tr><td style="padding:4px 12px;color:#777">Stage</td><td style="padding:4px 12px">Application Review</td></tr>
<tr><td style="padding:4px 12px;color:#777">Status</td><td style="padding:4px 12px;color:#1a7f37"><b>Submitted</b></td></tr>
</table>
<p style="font-size:11px;color:#999">If we decide not to proceed, this page will show the update and we'll email you.</p>""", copies=2)


# ---------------------------------------------------------------- interviews
add("blind9-int-thread-next", INT, "{s} Okonkwo-Reyes <{s}.okonkwo-reyes@{d}>", "RE: [EXT] Re: First conversation - {r}",
    """Hi {n},

Sorry this has taken me a few days. Thanks again for Thursday - the panel really enjoyed it, and Jess is still quoting your spreadsheet line.

The hiring group met yesterday and the COO now wants to meet you for a second conversation. Does Tuesday 8th or Wednesday 9th after 2pm work?

Warmly,
{s}

From: {n}
Sent: 14 October 2026 09:12
Subject: Re: First conversation - {r}

Hi {s}, just a quick thank-you for Thursday's chat.
""", copies=2)

add("blind9-int-phone", INT, "{s} <{s}.b@{d}>", "Re: Thanks for today",
    """Hey {n}! Loved chatting. Team wants you back for a trial morning - can you do Thursday 8am? Bring closed-toe shoes

Sent from my iPhone
""")

add("blind9-int-invite-formal", INT, "Recruitment <recruitment@{d}>", "Invitation to interview - {r}",
    """Dear {n},

You're shortlisted for {r}, and we'd like you to come for interview.

Date: Thursday 10 December
Time: 11:15
Place: 2nd floor, Hartley House, or by video on request
Panel: Head of Service, Team Manager, HR Adviser

Please confirm your attendance by 4 December.

Recruitment Office
""", copies=2)

add("blind9-int-reschedule", INT, "{s} Marchetti <{s}.marchetti@{d}>", "RE: Final interview - moved",
    """Hi {n},

Unfortunately our CEO has been called to Frankfurt on Tuesday and your final interview has to shift. Thursday at 10am or Friday at 3pm - either any good? Apologies for the reshuffle.

{s}
""", copies=2)

add("blind9-int-calendly", INT, "Scheduling <notifications@meetbook.example.com>", "Confirmed: {r} screening call with {s}",
    """Hi {n},

Your call is booked.

What: {r} - 30 min screening
When: Wed 9 Dec 2026, 14:00 - 14:30 (GMT)
Where: Video link below

Need to reschedule? Use the link in this email.
""")

add("blind9-int-usajobs", INT, "HR Office <hro-notify@vacancy.example.gov>", "Interview scheduling - Announcement 26-ACF-0472",
    """Dear {n},

Your name went to the selecting official for Program Specialist, GS-0301-09, who now wants to interview you. Please choose a slot in the attached list by 7 December.

Human Resources Office
""")

add("blind9-int-phd", INT, "Prof. {s} Adeyemi <{s}.adeyemi@univ-example.ac.uk>", "PhD studentship - interview",
    """Dear {n},

Thanks for applying for the studentship in catchment hydrology. Could you join me and a colleague on Teams for an interview on 14 January at 10:00? Please prepare a 10-minute talk on a piece of research you've done.

Best wishes,
{s} Adeyemi
""")

add("blind9-int-agency", INT, "{s} Pryce <{s}.pryce@harbourlinetalent.co.uk>", "Interview with {c}!",
    """Hi {n},

Great news - {c} want to meet you. First stage is a 45-minute video call with the head of risk, Monday or Tuesday next week. Let me know your availability and I'll lock it in.

{s}
""")

add("blind9-int-ind", INT, "{s} Raghunathan <{s}.r@{d}>", "Interview schedule - {r}",
    """Dear {n},

Greetings of the day. Your profile has been shortlisted. Please find below your interview schedule:

Round: Technical L1
Date: 10-Dec-2026, 11:30 AM IST
Mode: MS Teams (link to follow)

Kindly confirm your availability.

Thanks & Regards,
{s}
""")

add("blind9-int-de", INT, "{s} Vogel <{s}.vogel@{d}>", "Einladung zum Vorstellungsgespräch",
    """Hallo {n},

Ihre Bewerbung hat uns neugierig gemacht. Hätten Sie Lust auf ein Kennenlernen - passt Ihnen Mittwoch, der 9. Dezember, um 14 Uhr bei uns im Büro?

Viele Grüße
{s}
""")

add("blind9-int-fr", INT, "{s} Girard <{s}.girard@{d}>", "Entretien - {r}",
    """Bonjour {n},

Suite à votre candidature, nous souhaiterions vous rencontrer pour un premier entretien en visio. Seriez-vous disponible jeudi 10 décembre à 11h ?

Bien cordialement,
{s}
""")

add("blind9-int-unfortunately-slot", INT, "{s} Haddad <{s}.haddad@{d}>", "RE: [EXT] Re: Interview slot",
    """Hi {n},

Unfortunately the 2pm slot has gone to someone else on the list, sorry - could you do 4pm the same day instead? Same room, same panel.

{s}
""", copies=2)

add("blind9-int-group", INT, "{c} Recruitment <recruitment@{d}>", "Shortlisted applicants - {r}",
    """Dear {n},

Congratulations - you have been shortlisted for {r}. Interviews will be held on 15 and 16 December. Please reply with your preferred day; times will be confirmed on Friday.

Recruitment Team
""")

add("blind9-int-academic", INT, "Search Committee Chair <search-econ@college-example.edu>", "Campus visit - Economics search",
    """Dear Dr. {n},

The search committee would like to bring you to campus in late January for a job talk, a teaching demo and a day of faculty meetings. Travel will be arranged by our department administrator.

Sincerely,
Prof. {s} Whitfield
""")

add("blind9-int-volunteer", INT, "Volunteering Team <volunteer@{d}>", "Volunteer chat",
    """Hi {n},

Thanks for applying to volunteer on the helpline. We'd like to invite you for an informal chat - 20 minutes by phone, any weekday evening next week. Reply with a couple of times that suit.

Volunteer Coordinator
""")

add("blind9-int-nl", INT, "{s} de Boer <{s}.deboer@{d}>", "RE: Tweede gesprek",
    """Hoi {n},

Dank voor je tijd gisteren. Lijkt het je wat om volgende week dinsdag om 10:00 terug te komen, dan met onze directeur erbij?

Groet,
{s}
""")


# ---------------------------------------------------------------- next steps
add("blind9-next-takehome", NEXT, "{s} Ngata <{s}.ngata@{d}>", "Take-home for {r}",
    """Hi {n},

Thanks for the chat! Next: a compact take-home - a paginated API, brief attached. We need it back within 5 days, by Monday 7 December, 9am. Tell us early if that date clashes with something.

{s}
""", copies=2)

add("blind9-next-assessment", NEXT, "{c} Early Careers <earlycareers@{d}>", "Complete your online assessment",
    """Dear {n},

Your next step is our online assessment (about 40 minutes). Please complete it by 23:59 on 6 December. Applications with an incomplete assessment after the deadline cannot be progressed.

Early Careers Team
""", copies=2)

add("blind9-next-references", NEXT, "{c} HR <hr@{d}>", "References - {r}",
    """Dear {n},

Nearly there. By Wednesday, please let us have names and emails for two referees, including your latest line manager. We won't contact them without telling you first.

{s}
HR
""", copies=2)

add("blind9-next-video", NEXT, "{c} Talent <talent@{d}>", "Next stage: recorded video questions",
    """Hi {n},

Thanks for your interest in {r}. The next stage is a recorded video interview: three questions, with up to two minutes for each answer. You can record any time until Friday 11 December, 5pm.

{c} Talent
""", copies=2)

add("blind9-next-design", NEXT, "{c} Design <design@{d}>", "Design exercise",
    """Hi {n},

Thanks for the portfolio review. Next up is a short design exercise (brief attached, 4 hours max). Please return it by Thursday 10 December.

Best,
{c} Design Team
""")

add("blind9-next-background", NEXT, "Onboarding <onboarding@{d}>", "Pre-employment checks - action needed",
    """Dear {n},

Your {r} application can only continue once you fill in the background screening form sent by our partner within 72 hours. Unfortunately we cannot move on to the final stage until this is done.

Onboarding Team
""")

add("blind9-next-dbs", NEXT, "Mrs J. Ashcroft <office@kingsmoorprimary.sch.uk>", "Teaching Assistant - next steps",
    """Dear {n},

Following your interview, please bring your ID documents to the school office by Friday so that we can start your enhanced DBS check.

Mrs J. Ashcroft
""")

add("blind9-next-ac", NEXT, "Graduate Recruitment <graduates@{d}>", "Book your assessment centre",
    """Hi {n},

Well done - you passed the online tests. Please book a seat at one of our virtual assessment centres (14, 15 or 17 December) by Tuesday.

Graduate Recruitment
""")

add("blind9-next-agency-docs", NEXT, "{s} Menon <{s}.menon@talentkranti.in>", "Documents required - {c}",
    """Hi {n},

Client has moved you to the final HR round. Kindly share last 3 months payslips, relieving letter and Aadhaar copy by tomorrow 5 PM to proceed.

Regards,
{s}
""")

add("blind9-next-tender", NEXT, "Procurement <procurement@{d}>", "Tender CT-2026-091 - clarification questions",
    """Dear {n},

Your tender has passed the compliance stage. Before evaluation, please answer the three clarification questions attached by 12:00 on 9 December. Late answers cannot be considered.

Procurement Team
""")

add("blind9-next-rtw", NEXT, "{c} People Team <people@{d}>", "Right to work check",
    """Hi {n},

Before we can confirm the next interview, we need to do a right to work check. Please share your share code by Friday.

The {c} People Team
""")

add("blind9-next-presentation", NEXT, "{s} Oyelowo <{s}@{d}>", "Final round brief",
    """Hi {n},

Here's the brief for your final round: a 15-minute presentation on how you'd build the team in year one, then Q&A. Please send slides by noon the day before.

{s}
""")

add("blind9-next-es", NEXT, "Selección de Personal <seleccion@{d}>", "Siguiente fase: prueba técnica",
    """Hola {n}:

Has superado la primera fase. El siguiente paso es una prueba técnica online; tienes hasta el viernes 11 a las 18:00 para completarla.

Equipo de Selección
""")

add("blind9-next-pt", NEXT, "Recrutamento {c} <vagas@{d}>", "Próxima etapa: estudo de caso",
    """Olá, {n}!

Você avançou para a próxima etapa. Enviamos um estudo de caso em anexo; o prazo de entrega é segunda-feira, às 12h.

Time de Gente & Gestão
""")

add("blind9-next-fellowship", NEXT, "{c} Fellowship <fellowship@{d}>", "Round 2: written task",
    """Dear {n},

You've been selected for round two of the Fellowship. Please submit the 800-word policy memo by 15 January.

The Fellowship Office
""")

add("blind9-next-trial", NEXT, "{s} <{s}@{d}>", "Trial shift",
    """Hi {n}, come in for a paid trial shift Saturday 10-2? Just need your bank details and NI number before then so we can pay you.

{s}
""")


# ---------------------------------------------------------------- offers
add("blind9-offer-oneline", OFFER, "{s} <{s}@{d}>", "Re: {r}",
    """{n} - we'd love to have you. Offer letter coming tomorrow. {s}
""", copies=2)

add("blind9-offer-letter", OFFER, "{c} HR <hr@{d}>", "Offer of employment - {r}",
    """Dear {n},

I am delighted to confirm our offer for the role of {r} at a salary of £46,500 per year, starting on 1 February 2027, subject to references.

Please sign and return the attached contract by 14 December.

{s}
Head of HR
""", copies=2)

add("blind9-offer-unfortunately", OFFER, "{s} Walsh <{s}.walsh@{d}>", "RE: Chat on Monday",
    """G'day {n},

Unfortunately for your surfing plans, we want you on the early crew! Job's yours if you want it - start Monday week. Call me.

{s}
""")

add("blind9-offer-thread", OFFER, "{s} Lam <{s}.lam@{d}>", "RE: [EXT] Re: Next steps",
    """Hi {n},

Thank you again for meeting Raj and me. We've talked it over and the {r} role is yours if you want it. Expect a call from me after lunch with the details.

Best,
{s}
""")

add("blind9-offer-ind", OFFER, "HR {c} <careers@{d}>", "Offer Letter - {r}",
    """Dear {n},

Congratulations! We are pleased to offer you the position of {r} with an annual CTC of INR 16,40,000. Kindly confirm acceptance within 3 working days.

Regards,
HR Team
""")

add("blind9-offer-intern", OFFER, "{c} Early Careers <earlycareers@{d}>", "Your 2027 Summer Internship offer",
    """Dear {n},

Great news: there's a place for you on the {c} 2027 Summer Internship Programme, 10 weeks from 28 June. Your offer pack is attached.

Early Careers Team
""")

add("blind9-offer-freelance", OFFER, "{s} Quinlan <{s}@{d}>", "Re: Proposal - website rebuild",
    """Hi {n},

Thanks for the proposal. We'd like to go ahead with you - can you send the contract and the first invoice for the deposit?

{s}
""")

add("blind9-offer-fr", OFFER, "{s} Girard <{s}.girard@{d}>", "Proposition d'embauche",
    """Bonjour {n},

J'ai le plaisir de vous proposer le poste de {r} en CDI, à compter du 4 janvier. Vous trouverez la promesse d'embauche en pièce jointe.

Bien cordialement,
{s}
""")

add("blind9-offer-phd", OFFER, "Prof. {s} Adeyemi <{s}.adeyemi@univ-example.ac.uk>", "Studentship offer",
    """Dear {n},

I'm pleased to offer you the funded PhD studentship in catchment hydrology, starting in October. The formal offer will follow from Admissions.

Best wishes,
{s}
""")

add("blind9-offer-agency", OFFER, "{s} Pryce <{s}.pryce@harbourlinetalent.co.uk>", "OFFER - {c}!",
    """{n}! {c} have come back with an offer: £54k plus 10% bonus, hybrid. Call me when you can!

{s}
""")


# ---------------------------------------------------------------- other job mail
add("blind9-other-review", OTHER, "{c} <{c}@myworkday.example.com>", "Status update",
    """Hi {n},

The status of your application for {r} has changed.

Current status: Under Review by Hiring Manager
""")

add("blind9-other-withdrawn", OTHER, "{c} Careers <careers@{d}>", "Application withdrawn",
    """Hi {n},

Done - as you asked, we've pulled your {r} application. Congratulations on the new job.

{c} Careers
""")

add("blind9-other-delay", OTHER, "{s} Petrov <{s}.petrov@{d}>", "{r} - timing",
    """Hi {n},

A quick update: the decision on {r} is taking longer than planned because two panel members are off sick. Nobody has been ruled out yet - we expect to decide by the 18th.

{s}
""", copies=2)

add("blind9-other-account", OTHER, "{c} Careers <no-reply@{d}>", "Your candidate account",
    """Hi {n},

Your candidate account with {c} has been created. Use it to track applications and set up job alerts.
""")

add("blind9-other-friend", OTHER, "{s} Okafor <{s}.okafor@{d}>", "Your referral",
    """Hi {n},

Thanks for referring Dara for the {r} role. We've decided not to progress Dara this time, but please keep the referrals coming - the bonus still applies to future hires.

{s}
""")

add("blind9-other-tender-closed", OTHER, "Procurement <procurement@{d}>", "Tender portal maintenance",
    """Dear supplier,

The tender portal will be unavailable on Saturday from 06:00 to 12:00 for maintenance. Deadlines are unaffected.

Procurement Team
""")

add("blind9-other-datadeletion", OTHER, "{c} Talent <talent@{d}>", "Your data",
    """Hello {n},

As you asked, we've deleted your candidate profile and all applications with {c}. This cannot be undone.
""")

add("blind9-other-usajobs-ref", OTHER, "USAJOBS <no-reply@usajobs.example.gov>", "Application Status Update: Referred",
    """Hello {n},

Your application for Management and Program Analyst, GS-0343-11, has been reviewed.

Status: Referred

Your name has been sent to the hiring manager for consideration. You may be contacted for an interview.
""")

add("blind9-other-ats-inreview", OTHER, "Recruiting at {c} <notifications@ashby.example.com>", "Your application to {c}",
    """Hi {n},

Quick note: reviewing for {r} is still going on, and your application is still live. More from us shortly.

Thanks,
{c}
""")

add("blind9-alert-1", ALERT, "JobHarbour Alerts <alerts@jobharbour.example.com>", "12 new jobs for \"data analyst\"",
    """Hi {n}, here are new jobs matching your search:

Data Analyst - Marrowbank Foods - York
Junior Data Analyst - Lumbergate Logistics - remote
Reporting Analyst - Copperleaf Credit Union - Leeds

Not interested? Reject a job to improve future matches.
""")

add("blind9-alert-2", ALERT, "Roles Daily <digest@rolesdaily.example.com>", "Your daily digest",
    """Morning {n}! 5 new roles since yesterday. Tip: don't let a rejection slow your applications down - the average hire applies to 21 jobs.

See roles
""")

add("blind9-outreach-1", OUTREACH, "{s} Kowalczyk <{s}@brightpathstaffing.com>", "Quick question",
    """Hey {n},

Came across your profile - I'm working a {r} search for a fintech in Austin, remote-friendly, $110-125k. Open to a quick call this week?

{s}
BrightPath Staffing
""")

add("blind9-outreach-2", OUTREACH, "{s} Dolan <{s}.dolan@liffeyrecruit.ie>", "Roles in Dublin",
    """Hi {n},

Hope you're keeping well. I've a couple of new roles in Dublin that match your background - one is a {r} with a medtech company. No decision needed, just let me know if you'd like a chat.

{s}
""")

add("blind9-outreach-3", OUTREACH, "{s} Al-Mansoori <{s}@gulfbridgehr.ae>", "Opportunity in Riyadh",
    """Dear {n},

I have a requirement for {r} in Riyadh with a leading developer, tax-free package. Kindly share your CV if interested.

Best regards,
{s}
""")


# ---------------------------------------------------------------- non-job mail with refusal words
add("blind9-nonjob-card", NONJOB, "Brightwell Bank <alerts@brightwellbank.example.co.uk>", "Card payment declined",
    """Hi {n},

A payment of £42.10 at Harbour Fuel was declined because the card details didn't match. If this was you, try again or update your details in the app.
""")

add("blind9-nonjob-flat", NONJOB, "{s} at Castlegate Lettings <{s}@castlegatelettings.example.co.uk>", "14 Orchard Row",
    """Hi {n},

Thanks for viewing 14 Orchard Row. The landlord has picked another applicant who can move in sooner, so your application for the flat ends there. We'll send you new listings as they come up.

{s}
""")

add("blind9-nonjob-talk", NONJOB, "Program Committee <pc@devsummit.example.org>", "Your talk proposal",
    """Dear {n},

Thanks for sending us "Boring tech that scales". With 420 proposals chasing 40 slots, the committee couldn't find room for your talk this year.

Program Committee
""")

add("blind9-nonjob-grant", NONJOB, "Arts Fund <grants@artsfund.example.org>", "Application outcome: Project Grant",
    """Dear {n},

Your Project Grant application missed out on funding this round. Requests added up to five times the budget.
""")

add("blind9-nonjob-pr", NONJOB, "{s} <notifications@codehost.example.com>", "Re: [tidewater/cli] Add --json flag (PR #412)",
    """@{s} closed this pull request. Thanks, but we're going to go another direction on output formats - see #398.

Reply to this email directly or view it on the site.
""")

add("blind9-nonjob-visa", NONJOB, "Visa Application Centre <noreply@visacentre.example>", "Decision on your visa application",
    """Dear {n},

Your short-stay visa application has been refused; the attached letter explains why. You may appeal within 15 days.
""")

add("blind9-nonjob-loan", NONJOB, "Copperleaf Credit Union <loans@copperleafcu.org>", "Your loan application",
    """Dear {n},

Thanks for your personal loan application. We've looked at it and can't lend to you on this occasion. A fresh application is possible after 90 days.
""")

add("blind9-nonjob-manuscript", NONJOB, "Editorial Office <editor@journal-example.org>", "Decision on manuscript JHX-2026-0311",
    """Dear {n},

Thank you for sending us your manuscript. The reviews are in, and the editors will not be taking it for this journal. The reviewers' comments are below.
""")

add("blind9-nonjob-ballot", NONJOB, "City Marathon <entries@citymarathon.example.org>", "Ballot result",
    """Hi {n},

Sorry - you weren't successful in this year's ballot. 540,000 people applied. Charity places are still open.
""")

add("blind9-nonjob-insurance", NONJOB, "Claims <claims@harrowinsure.example.co.uk>", "Claim 88120 - decision",
    """Dear {n},

We have looked at your claim for storm damage to the garden fence. Fences aren't part of your cover, so unfortunately we are declining the claim.
""")

add("blind9-nonjob-lunch", NONJOB, "{s} <{s}@{d}>", "Re: Lunch Thursday?",
    """Ah {n}, I'll have to pass on Thursday - deadline day. Next week instead?

{s}
""")

add("blind9-nonjob-school", NONJOB, "School Admissions <admissions@council-example.gov.uk>", "Secondary school offer",
    """Dear {n},

There was no place at your first-preference school. Instead, Northgate Academy has a place for your child, your second preference. You have the right to appeal.
""")

add("blind9-nonjob-club", NONJOB, "Membership Secretary <members@rowingclub.example.org>", "Membership application",
    """Dear {n},

Thanks for wanting to row with us. The senior squad has no room left this season and new members can't join before April, so we've put you on the waiting list.
""")


# ---------------------------------------------------------------- rendering
ACCENTS = str.maketrans("áàâäãåéèêëíìîïóòôöõúùûüçñøšžčřěýłńśźżőű", "aaaaaaeeeeiiiiooooouuuucnoszcreylnszzou")


def slug(text: str, sep: str = "") -> str:
    """A plain ASCII mail local part or domain label for ``text``."""
    return re.sub(r"[^a-z0-9]+", sep, text.lower().translate(ACCENTS)).strip(sep)


def fill(text: str, subs: dict[str, str]) -> str:
    for key, value in subs.items():
        text = text.replace("{" + key + "}", value)
    return text


def fill_sender(sender: str, subs: dict[str, str]) -> str:
    """The display name keeps its spelling; the address gets lower-case ASCII slugs."""
    name, _, addr = sender.partition("<")
    addr_subs = {k: (slug(v, "") if k in ("c", "C") else slug(v, "-") if k == "s" else v) for k, v in subs.items()}
    return fill(name, subs) + "<" + fill(addr, addr_subs)


def when(rng: random.Random) -> str:
    start = datetime(2025, 4, 1)
    moment = start + timedelta(days=rng.randrange(609), hours=rng.randrange(7, 21), minutes=rng.randrange(60), seconds=rng.randrange(60))
    zone = rng.choice(ZONES)
    tz = timezone(timedelta(hours=zone))
    sign = "+" if zone >= 0 else "-"
    hours, minutes = int(abs(zone)), round((abs(zone) % 1) * 60)
    day = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")[moment.weekday()]
    month = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")[moment.month - 1]
    stamp = moment.replace(tzinfo=tz)
    return f"{day}, {stamp.day:02d} {month} {stamp.year} {stamp:%H:%M:%S} {sign}{hours:02d}{minutes:02d}"


def records() -> list[dict[str, str]]:
    rng = random.Random(SEED)  # noqa: S311
    out: list[dict[str, str]] = []
    counters = {"rej": 0, "oth": 0}
    ordered = [m for m in MAILS if m.kind == R] + [m for m in MAILS if m.kind != R]
    for mail in ordered:
        firsts = rng.sample(FIRST, mail.copies)
        companies = rng.sample(COMPANIES, mail.copies)
        signers = rng.sample(SIGNERS, mail.copies)
        roles = list(mail.roles) if mail.roles else rng.sample(ROLES, mail.copies)
        rng.shuffle(roles)
        for i in range(mail.copies):
            first, last = firsts[i], rng.choice(LAST)
            company, domain = companies[i]
            subs = {"n": first, "r": roles[i % len(roles)], "c": company, "C": company, "d": domain, "s": signers[i]}
            prefix = "rej" if mail.kind == R else "oth"
            counters[prefix] += 1
            out.append({
                "id": f"blind9:{prefix}-{counters[prefix]:03d}",
                "subject": fill(mail.subject, subs),
                "body": fill(mail.body, subs),
                "sender": fill_sender(mail.sender, subs),
                "label": "rejection" if mail.kind == R else "not_rejection",
                "kind": mail.kind,
                "family": mail.family,
                "provenance": PROV,
                "to": f"{first} {last} <{slug(first, '-')}.{slug(last, '-')}@{rng.choice(MAILHOSTS)}>",
                "date": when(rng),
            })
    return out


def shingles(text: str) -> set[str]:
    words = re.findall(r"[^\W_]+", text.lower())
    return {" ".join(words[i:i + 6]) for i in range(len(words) - 5)}


def check(ours: list[dict[str, str]]) -> int:
    """Print our side of any 6-word shingle shared with the corpus or the earlier slices."""
    theirs: set[str] = set()
    sources = sorted(HERE.parent.glob("*.jsonl")) + sorted(p for p in HERE.glob("blind-slice*.jsonl") if p != OUT)
    for path in sources:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                theirs |= shingles(str(json.loads(line).get("body", "")))
    shared: dict[str, list[str]] = {}
    bodies = 0
    for rec in ours:
        hit = shingles(rec["body"]) & theirs
        if hit:
            bodies += 1
        for sh in hit:
            shared.setdefault(sh, []).append(rec["family"])
    for sh in sorted(shared, key=lambda s: (-len(shared[s]), s)):
        print(f"{len(shared[sh]):3d}  {sh}  [{', '.join(sorted(set(shared[sh])))}]")
    print(f"{bodies} of {len(ours)} bodies share a shingle; {len(shared)} distinct shared shingles ({len(sources)} files read)")
    return 0


def main() -> int:
    recs = records()
    if "--check" in sys.argv[1:]:
        return check(recs)
    with OUT.open("w", encoding="utf-8", newline="\n") as handle:
        for rec in recs:
            handle.write(json.dumps(rec, ensure_ascii=False) + "\n")
    families = {r["family"] for r in recs}
    counts: dict[str, int] = {}
    for rec in recs:
        counts[f"{rec['label']}/{rec['kind']}"] = counts.get(f"{rec['label']}/{rec['kind']}", 0) + 1
    print(f"wrote {len(recs)} records, {len(families)} families to {OUT.name}")
    for key in sorted(counts):
        print(f"  {key}: {counts[key]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
