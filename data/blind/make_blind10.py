# ruff: noqa: E501
"""Write blind slice 10 (issue 11): new mail the model has never seen, sealed before the next change.

Stdlib only, fixed seed 101301; two runs write byte-identical output. ``--check`` prints our side
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

SEED = 101301
HERE = Path(__file__).resolve().parent
OUT = HERE / "blind-slice-10.jsonl"
PROV = "written for rejectwatch issue 11 blind slice 10 (make_blind10.py); never trained on"

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
    MAILS.append(Mail("blind10-" + family, kind, sender, subject, body.strip("\n") + "\n", copies, roles))


FIRST = ["Oluwaseun", "Maren", "Tadhg", "Priyanka", "Bao", "Ines", "Kwabena", "Saoirse", "Teodor", "Yusra",
         "Matthias", "Lerato", "Hiroshi", "Carmen", "Eilidh", "Rafael", "Zanele", "Anneke", "Dmitri", "Ngaio",
         "Farida", "Callum", "Aigerim", "Benedikt", "Marisol", "Thandiwe", "Oskar", "Nilufar", "Declan", "Hana"]
LAST = ["Adeyemi-Fox", "Lindqvist", "Mac Giolla", "Raghunathan", "Tran", "Quintela", "Boateng", "Ní Bhriain",
        "Petrescu", "Haddad", "Oberholzer", "Mokoena", "Sakamoto", "Villanueva", "Drummond", "Azevedo",
        "Dlamini", "de Waard", "Voronin", "Tipene", "Karimova", "Strachan", "Nurlanova", "Eichhorn", "Paredes",
        "Zulu", "Berglund", "Rashidova", "Mulcahy", "Novotna"]
MAILHOSTS = ["fastmail.example", "posteo.example", "gmail.example", "outlook.example", "icloud.example"]
SIGNERS = ["Moira", "Jasper", "Anjali", "Tobias", "Femi", "Rosalind", "Kenji", "Lucinda", "Arturo", "Wiebke",
           "Graham", "Deepa", "Niamh", "Sipho", "Beatriz", "Cormac", "Yelena", "Duncan", "Parisa", "Ruairi"]
COMPANIES = [("Quillfeather Analytics", "quillfeather.io"), ("Brackenridge Foods", "brackenridgefoods.com"),
             ("Halyard Marine Systems", "halyardmarine.com"), ("Tessellate Health", "tessellatehealth.co.uk"),
             ("Orchard Lane Studios", "orchardlane.studio"), ("Pemberton & Voss", "pembertonvoss.com"),
             ("Kitewing Logistics", "kitewing.eu"), ("Saltmarsh Energy", "saltmarsh-energy.com"),
             ("Lumen Ridge Software", "lumenridge.dev"), ("Copperleaf Insurance", "copperleaf.co.za"),
             ("Northgable Housing", "northgable.org.uk"), ("Verdant Circuit", "verdantcircuit.com"),
             ("Ashgrove Labs", "ashgrovelabs.ai"), ("Tidemark Payments", "tidemarkpay.com"),
             ("Fernhollow Retail", "fernhollow.com.au"), ("Gantry Robotics", "gantryrobotics.de"),
             ("Bluestem Learning", "bluestemlearning.org"), ("Marlow Kestrel Partners", "marlowkestrel.com"),
             ("Oakum Digital", "oakum.nz"), ("Cinderfield Games", "cinderfield.games")]
ROLES = ["Data Analyst", "Product Designer", "Backend Engineer", "Operations Coordinator", "Finance Business Partner",
         "Customer Success Lead", "Marketing Executive", "QA Engineer", "Supply Chain Planner", "HR Advisor",
         "Technical Writer", "Site Reliability Engineer", "Account Manager", "Research Assistant", "Project Manager"]
ZONES = [-7, -5, -4, 0, 1, 2, 3, 4, 5.5, 8, 10, 12]
DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

# ---------------------------------------------------------------- rejections: thread replies
add("thread-allotment", R, "{s} Whitcombe <{s}.whitcombe@{d}>", "RE: [EXT] Re: Thursday panel - {r}",
    """Hi {n},

Apologies for the radio silence, I've been buried in quarter-end and only surfaced this morning.

Really enjoyed Thursday. You were the only one who asked about how the team actually hands work over between shifts, and Priti brought it up twice in the wash-up.

Where we landed: the hiring manager opted for the person who covered maternity leave in the team last spring, since she can be productive from day one and the backlog is frightening at the moment.

I'd be glad to stay in touch - if you're ever round Leeds I owe you a coffee for the hour you gave us.

Best,
{s}

{s} Whitcombe | People Partner | {c}
M: +44 7700 900 412

From: {n} <{n}@fastmail.example>
Sent: 02 October 2026 18:44
To: {s} Whitcombe <{s}.whitcombe@{d}>
Subject: [EXT] Re: Thursday panel - {r}

Hi {s}, just checking in on timings after Thursday - no rush at all. Thanks, {n}
""", copies=2)

add("thread-gmail-quote", R, "{s} Okafor <{s}@{d}>", "Re: [External] Re: follow-up from our chat",
    """{n} - hope your week is treating you kindly.

Thank you for the patience. Our director has gone with a candidate from her previous firm; they'd worked together on two launches and she felt that shorthand matters for the first six months.

It was a genuine pleasure talking shop with you. Your take on pricing pages is going straight into our next retro.

Warmly,
{s}

On Tue, 14 Jul 2026 at 09:12, {n} <{n}.applies@gmail.example> wrote:
> Hi {s},
> Thanks again for the time on Friday. Is there anything else you need from me?
> Kind regards,
> {n}
""", roles=("Product Marketing Manager",))

add("thread-outlook-nested", R, "{s} Pillai <{s}.pillai@{d}>", "RE: [EXT] RE: [EXT] Re: Final round feedback",
    """Dear {n},

Greetings of the day. Kindly excuse the delay in revert.

Thank you for attending all three rounds with so much patience. The panel has finalised the profile of another candidate who was already serving notice period and can join on 1st of the month, which the business team has given priority.

We have noted your details and really appreciated your clarity in the system design round.

Regards,
{s} Pillai
Talent Acquisition - {c}
Bengaluru | +91 80 5555 0192

-----Original Message-----
From: {n} <{n}@outlook.example>
Sent: Monday, August 3, 2026 11:02 AM
To: {s} Pillai <{s}.pillai@{d}>
Subject: [EXT] Re: Final round feedback

Dear {s}, may I know the status after the final round held last Wednesday? Regards, {n}

-----Original Message-----
From: {s} Pillai
Sent: Wednesday, July 29, 2026 4:15 PM
Subject: Final round feedback

Dear {n}, thank you for joining today. We will revert with feedback.
""")

add("thread-iphone", R, "{s} <{s}@{d}>", "Re: [EXT] Re: Coffee last week",
    """Hey {n}!

Quick one as I'm between sessions. The team picked someone who's done the Melbourne market before, so we're going with her. Honestly it was close and I was a fan.

Please keep me posted on what you land - I'll cheer loudly.

{s}

Sent from my iPhone

> On 9 Mar 2026, at 7:41 pm, {n} <{n}@icloud.example> wrote:
>
> Hi {s}, lovely to meet you at Brunetti's. Any news on the {r} role?
""")

add("thread-ext-director", R, "{s} Brandt <{s}.brandt@{d}>", "RE: [EXT] Re: {r} - conversation with Helena",
    """Hi {n},

I've just come out of the debrief with Helena and thought you deserved to get it from a person, not a portal.

She has chosen to appoint the other finalist - what swung it was his time running an on-call rota for a payments platform, which is the sharp end of what this team does in its first year.

I know that's disappointing after four conversations. If it helps, your write-up of the incident exercise was the best we saw, and I've told Helena I'd like to think of you when the platform team opens its second headcount in spring.

Kind regards,
{s}

{s} Brandt
Senior Talent Partner
{c}
________________________________
From: {n} <{n}@posteo.example>
Sent: Friday, 6 November 2026 08:03
To: {s} Brandt
Subject: [EXT] Re: {r} - conversation with Helena

Morning {s}, thanks for setting that up. I enjoyed meeting Helena. Let me know if you need references. {n}
""", roles=("Site Reliability Engineer", "Platform Engineer"), copies=2)

add("thread-south-africa", R, "{s} van Rensburg <{s}@{d}>", "RE: [EXT] Re: Interview on Tuesday",
    """Morning {n}

Hope you're well and that the load-shedding gods have been kind to you this week.

Thanks a mil for coming through on Tuesday. The client settled on a candidate who is already based in Durban, so they don't need to wait for a relocation.

Let's chat soon - there's always something moving on our side.

Cheers
{s}
{c} | Claims & Underwriting
""", roles=("Claims Assessor",))

add("thread-canada", R, "{s} Tremblay <{s}.tremblay@{d}>", "RE: [EXT] Re: Re: Our conversation Monday",
    """Hi {n},

Thanks so much for hanging in there with us - I know the process ran long.

Our VP made the call to bring back a former employee for this one; he left two years ago to do an MBA and knows our retailers personally, so the decision sort of made itself once he applied.

You were a strong part of the mix and the team said so. Take care, and feel free to ping me on LinkedIn anytime.

{s}
Toronto
""", roles=("Category Manager",), copies=2)

add("thread-forward-hm", R, "{s} Abara <{s}.abara@{d}>", "Fwd: RE: [EXT] Re: {r} shortlist",
    """Hi {n}, passing on Grant's note word for word as promised - I think it's kinder than my summary would be.

{s}

---------- Forwarded message ---------
From: Grant Holloway <grant.holloway@{d}>
Date: Wed, 21 Oct 2026 at 17:20
Subject: RE: [EXT] Re: {r} shortlist

{s}, can you let {n} know we're offering it to Kemi. She's run the exact audit cycle twice and the regulator visit is in January. {n} was sharp and personable - if the second analyst post gets funding I'd happily see her again.
G.
""", roles=("Compliance Analyst",))

add("thread-hungarian-english", R, "{s} Kovacs <{s}.kovacs@{d}>", "RE: [EXT] Re: Meeting in Budapest office",
    """Dear {n},

Thank you for visiting us in the Budapest office last week and for the nice conversation, also with Zoltan.

I have to inform you that our management preferred the candidate who speaks also German, because the position will support the Vienna customers more than we planned at first. This was decided on Monday.

We wish you much luck and hope to meet again maybe in another project.

Best regards,
{s} Kovacs
HR Generalist, {c}
""")

add("thread-aus-casual", R, "{s} <{s}.m@{d}>", "Re: [EXT] Re: Chat with Bec and Dom",
    """G'day {n},

Thanks heaps for your patience. Bec and Dom have had their yarn and they're going to run with Lachlan - he's been freelancing for us on the Sydney stores for a year so it's a pretty natural fit.

You were genuinely great to talk to and both of them said so. Don't be a stranger.

Ta,
{s}
""", roles=("Visual Merchandiser",))

add("thread-board", R, "{s} Mensah <{s}.mensah@{d}>", "RE: [EXT] Re: Trustee interview",
    """Dear {n},

Thank you for your patience since the panel on the 12th. The board met on Tuesday evening and resolved to appoint Dr Adaeze Nwosu as Treasurer, largely because of her long involvement with the Trust's grant programme.

Every trustee who met you valued the conversation, and the Chair asked me to pass on her personal thanks.

With best wishes,
{s} Mensah
Clerk to the Trustees
""", roles=("Treasurer (voluntary)",))

add("thread-us-startup", R, "{s} Lindgren <{s}@{d}>", "Re: [EXT] Re: Next steps?",
    """Hey {n} -

Sorry to leave you hanging over the long weekend. Marcus ended up going with a candidate who'd already built out a SOC 2 program from zero at his last place, and since our audit window opens in six weeks that tipped it.

I really liked your answers on vendor risk. If we raise the Series B on schedule there'll be a second security hire and I'd ping you first.

- {s}

On Fri, Sep 4, 2026 at 3:08 PM {n} <{n}@gmail.example> wrote:
> Hi {s}, checking whether there are next steps after my chat with Marcus?
""", roles=("Security Engineer",))

# ---------------------------------------------------------------- rejections under long footers
FOOT_CAREERS = """
----------------------------------------------------------------
EXPLORE CAREERS AT {C}
Search open roles: https://careers.{d}/search
Sign up to our Talent Circle and we'll nudge you when Engineering, Sales or Operations roles go live.
Meet the team: read stories from colleagues in Lisbon, Austin and Cape Town on our blog.
Benefits at a glance: hybrid working | 28 days' leave | learning budget | volunteering days
Instagram, LinkedIn, Glassdoor: you'll find us there too.
{C} hires on merit and wants a workforce as mixed as the towns we serve; any stage of hiring can be adjusted on request - write to adjustments@{d}.
This mail reached you because of an application made on careers.{d}. Edit your candidate profile, or wipe it entirely, here: https://careers.{d}/profile
"""
FOOT_NEWSLETTER = """
=======================================
THE {C} DISPATCH - this month
* We opened our fourth office, in Rotterdam, with room for forty more people next year.
* Our annual impact report is out: 31% less freight by road, 1,200 volunteer hours.
* Podcast: "Building teams that last", with our COO, episode 14 now streaming.
* Upcoming events: open evening for graduates (22 Jan), women in engineering breakfast (5 Feb).
Read more at {d}/dispatch
You are subscribed as a candidate. Unsubscribe | Update preferences | Privacy notice
{C}, 40 Quayside Walk, company number 09876543 (England & Wales)
=======================================
"""
FOOT_ALERT = """
_____
Fresh roles matching your saved search
- Senior Analyst, Reporting - Manchester - Hybrid - posted 2 days ago
- Operations Lead - Remote (UK) - posted 3 days ago
- Business Intelligence Developer - Birmingham - posted 5 days ago
- Programme Coordinator - Leeds - posted 1 week ago
- Insights Manager - London - posted 1 week ago
See all 43 matching roles: https://jobs.{d}/alerts
This alert was created from your account at careers.{d}. Change frequency | Pause alerts | Stop these emails
"""
FOOT_LEGAL = """
--
CONFIDENTIALITY: what is written here, attachments included, is meant for the named recipient only. If it landed with you in error, say so by reply and wipe every copy. Opinions expressed are the writer's own unless stated otherwise. {C} Holdings Ltd, registered office: 7 Ropewalk Yard. VAT GB 123 4567 89.
Think twice before printing this - trees are on our side.
Refer a friend: know someone brilliant? Our referral bonus is GBP 2,000 for hires in Engineering and Data. Details on the intranet or at {d}/refer.
Candidate privacy: we keep application records for 12 months after a process closes, then erase them. See {d}/privacy.
"""
FOOTERS = {"careers": FOOT_CAREERS, "newsletter": FOOT_NEWSLETTER, "alert": FOOT_ALERT, "legal": FOOT_LEGAL}
FOOTER_REFUSALS = [
    ("plainno", "{c} Talent Team <talent@{d}>", "Your {r} application", """Dear {n},

Thanks for your interest in {r}. The hiring team has been through the full pile, and yours isn't one of the ones going through to interview.

It clearly took effort, and we noticed.

The {c} Talent Team""", ("careers", "alert")),
    ("afterinterview", "{s} at {c} <{s}@{d}>", "{r} - outcome", """Hi {n},

Thanks for giving us an hour of your week. We've now set everyone we met side by side, and we won't carry on with your {r} application.

Wishing you luck with the next chapter,
{s}""", ("newsletter", "legal")),
    ("notsuccessful", "Recruitment <recruitment@{d}>", "Application reference 40-{r}", """Dear {n},

I'm sorry to say your application has not succeeded this time. The number of candidates was very high and the panel could only invite a small group to assessment.

Yours sincerely,
Recruitment Services, {c}""", ("careers", "legal")),
    ("shortnote", "{s} <{s}@{d}>", "Quick update", """{n}, we've filled the {r} role and so won't be progressing you further. Appreciate you thinking of {c}.

{s}""", ("alert", "newsletter")),
]
for _fam, _snd, _subj, _body, _foots in FOOTER_REFUSALS:
    for _f in _foots:
        add(f"footer-{_fam}-{_f}", R, _snd, _subj, _body + "\n" + FOOTERS[_f])

# ---------------------------------------------------------------- hedged refusals
add("hedge-fitbetter", R, "{s} Harcourt <{s}.harcourt@{d}>", "Your application for {r}",
    """Dear {n},

Thanks for applying for {r}; your cover letter was clearly written with care.

Having looked closely at the whole field, we felt other applicants' experience sat nearer to what the team is short of right now, so we will be continuing with them.

With kind regards,
{s} Harcourt
{c}
""", copies=2)

add("hedge-anotherway", R, "{s} <{s}@{d}>", "Update on {r}",
    """Hi {n},

Thanks for all the hours you've given us this month. Short version: the team went another way with this hire.

Appreciate you, and good luck out there.
{s}
""")

add("hedge-directionshift", R, "{c} People <people@{d}>", "{r}: an update",
    """Hello {n},

Since we opened the {r} vacancy, our priorities for next year have moved towards the wholesale side of the business, and the profile we're now looking for leans much more on trade-account experience. We've therefore decided to carry on with candidates whose background sits closer to that.

Thank you for your patience and for everything you shared with us.

{c} People Team
""")

add("hedge-closermatch", R, "{s} Eze <{s}.eze@{d}>", "Re: {r} application",
    """Hi {n},

Thank you so much for applying. We had a lot of thoughtful applications and we've shortlisted a handful whose experience sits closer to for the specifics of this role.

I hope something brilliant comes your way soon.

Kind regards,
{s}
""")

add("hedge-strongerfield", R, "Talent Acquisition <ta@{d}>", "{c} | {r}",
    """Dear {n},

We've completed the first review for {r}. The field was strong this round, and others' applications were a better reflection of the mix of skills we had in mind. We'll be focusing our time on those candidates.

Thank you for considering {c}.

Talent Acquisition
""")

add("hedge-prioritise", R, "{s} Nakamura <{s}.n@{d}>", "Regarding {r}",
    """Dear {n},

Thank you for your time in the interview on Monday. Following discussion, we have chosen to prioritise candidates with deeper exposure to regulated clinical data, and so we will be proceeding with others for this role.

We are grateful for your interest.

{s} Nakamura
""", roles=("Clinical Data Manager",))

add("hedge-notrightfit", R, "{s} from {c} <hello@{d}>", "thank you from {c}",
    """hey {n},

thanks for throwing your hat in for the {r} role. we've read everything carefully and we don't think it's quite the right fit at this point, so we're going to leave it here.

keep making lovely things.
{s} & the {c} crew
""", roles=("Junior Illustrator", "Motion Designer"))

add("hedge-otherprofiles", R, "{s} Lefebvre <{s}.lefebvre@{d}>", "Your application - {r}",
    """Dear {n},

Many thanks for your application. Having looked at all files, our choice went to other profiles, which are nearer to the needs of the team in this moment.

We thank you one more time and wish you good continuation.

Best regards,
{s} Lefebvre
""")

add("hedge-settled", R, "{s} <{s}@{d}>", "{r} search",
    """{n},

Quick note to close the loop. We've settled on a shortlist and you're not on it this time - the candidates we're moving ahead with have spent more years in agency-side roles, which is what the client roster calls for.

Thanks for the thoughtful application.
{s}
""", roles=("Account Director",))

# ---------------------------------------------------------------- recruiter after a call, with another role
add("recruiter-uk", R, "{s} Barraclough <{s}.barraclough@harkerstaff.co.uk>", "Following our call - {c}",
    """Hi {n},

Great to speak earlier. As I mentioned, {c} came back to me this afternoon and they are passing on you for the {r} post - they've got two internal people in the running and they're leaning that way.

In the same breath though: I've got a fixed-term Reporting Analyst brief with a housing association in Salford that I think is right up your street. Nine months, hybrid, decent day rate. Want the spec?

Speak soon,
{s}
Harker Staffing | 0161 555 0140
""", copies=2)

add("recruiter-us", R, "{s} Delgado <{s}@brightpathtalent.com>", "Re: our call this morning",
    """Hi {n} - thanks for hopping on the phone.

To recap: the hiring team at {c} has picked a different candidate for {r}. I know that stings after the onsite.

BUT - I have a contract-to-hire Business Systems Analyst role in Denver that just opened and I'd love to put you in. Free for 15 min tomorrow?

{s} Delgado
Senior Recruiter, BrightPath Talent
""")

add("recruiter-ireland", R, "{s} Ó Ceallaigh <{s}@lirtalent.ie>", "{c} - feedback and another idea",
    """Hi {n},

Thanks for the chat earlier. Just to put it in writing: {c} have gone with another candidate for the {r} job. Their feedback was kind - they liked your energy but wanted someone who has managed a team of six or more.

Separately, one of my other clients in Cork is hiring a Team Lead for a smaller squad, and honestly I think you'd walk it. Want me to put your CV forward?

Go raibh maith agat,
{s}
""")

add("recruiter-uae", R, "{s} Rahman <{s}.rahman@gulfbridge-hr.ae>", "Feedback from {c} + new opportunity",
    """Dear {n},

Hope you are doing well. As discussed on phone, {c} management is not going ahead with your profile for {r}, because they have finalised a candidate already in Dubai with local driving licence.

I have one more opening with a facilities company in Abu Dhabi, same salary band, family status visa. Please confirm if I can share your CV with them.

Best Regards,
{s} Rahman
GulfBridge HR Consultancy
""")

add("recruiter-india", R, "{s} Sharma <{s}.sharma@talentkart.in>", "As discussed - {c}",
    """Hi {n},

As discussed just now, {c} has put your candidature on reject for the {r} position after the techno-managerial round. They went with a candidate having more hands-on Kubernetes exposure.

I have another requirement with a product company in Pune (hybrid, 18-24 LPA). If interested please share updated CV and current CTC by EOD.

Thanks & Regards,
{s} Sharma
""", roles=("DevOps Engineer",))

add("recruiter-aus", R, "{s} Fitzgerald <{s}@harbourrecruit.com.au>", "Catch-up this arvo",
    """Hey {n},

Thanks for the call this arvo. Confirming what I said: {c} are progressing a different applicant for {r}, so that one's off the table.

The good news is I've got a similar gig with a not-for-profit in Parramatta that closes Friday. I'll flick you the details tonight if you're keen.

Cheers,
{s}
""")
# ---------------------------------------------------------------- public sector
add("public-usajobs-minq", R, "USAJOBS <no-reply@usajobs.example.gov>", "Application Status Update: Not Referred",
    """Dear {n},

Announcement number: DOI-FWS-26-1187-MP
Position: Biological Science Technician, GS-0404-07

HR rated your application. Your resume does not show 52 weeks of specialized experience equivalent to GS-06, which the GS-07 grade requires.

Eligibility result: Not Referred. You were left off the certificate of eligibles that went to the selecting official.

Sign in to USAJOBS and open Application Status for the full notice.

Replies to this mailbox are not read.
""")

add("public-usajobs-cancel", R, "USA Hiring <noreply@hiring.example.gov>", "Vacancy Cancelled - 26-MSD-0442",
    """{n},

The vacancy announcement 26-MSD-0442, Management and Program Analyst, was cancelled by the hiring agency on 14 November. Nobody will be selected from it, and there is nothing you need to do.

We appreciate your interest in serving the public.

Human Resources Office
""")

add("public-council-ineligible", R, "Recruitment Team <recruitment@westmoorfield.gov.example>", "Post ref WMC/2611 - eligibility",
    """Dear {n},

Post: Environmental Health Officer (Grade 9)

Thank you for applying to Westmoorfield Borough Council. The post requires full EHRB registration at the closing date. As your application states that your registration is still pending, we are unable to consider it further for this post.

You are welcome to apply for future vacancies once your registration is confirmed.

Yours sincerely,
HR Shared Service
""")

add("public-scotgov", R, "Resourcing <resourcing@civilpost.example.gov.uk>", "Your application: Policy Officer B2",
    """Dear {n},

Thank you for applying to be a Policy Officer (B2), reference 214588.

The panel assessed your application against the behaviours and experience set out in the advert. Unfortunately your marks fell below the level needed for an invitation to interview. Your scores were: Seeing the Big Picture 3, Delivering at Pace 4, Experience statement 3. The threshold was 4 in each area.

Please log in to the jobs portal if you would like further detail.

Resourcing Team
""")

add("public-ireland-hse", R, "HSE Recruitment <recruitment@healthjobs.example.ie>", "Campaign NRS14077 - shortlisting result",
    """Dear {n},

Re: Clerical Officer, Grade III, campaign NRS14077

I refer to your application for the above campaign. The shortlisting panel has now completed its work and, I'm afraid, your name is not one of those going forward to interview.

Should you want this decision looked at again, please write to us within five working days.

Yours sincerely,
National Recruitment Service
""")

add("public-canada-gc", R, "GC Jobs <gcjobs-noreply@jobs.example.gc.ca>", "Selection process 26-DFO-PAC-EA-447: screening result",
    """Dear {n},

Thank you for applying to selection process 26-DFO-PAC-EA-447 (Fisheries Officer, GT-03).

After review, you have been eliminated from this process because your application did not show evidence of the essential qualification "Experience in enforcement of federal or provincial legislation".

If you'd like an informal discussion, reply to this message within 10 days.

Public Service Commission of Canada - on behalf of the hiring manager
""")

add("public-university-hr", R, "Human Resources <hr-recruit@uni-ashmead.example.ac.uk>", "Vacancy cancelled: Research Technician (REQ-2291)",
    """Dear {n},

Thank you for your application for Research Technician (REQ-2291) in the School of Chemistry.

The School has withdrawn this vacancy after a change in grant funding, and it won't be filled now; every application is being closed.

Sorry for the disappointment - we hope you will consider other roles with us.

HR Recruitment, University of Ashmead
""")

add("public-police", R, "Force Recruitment <recruitment@northfen.police.example.uk>", "Police Constable application - outcome",
    """Dear {n},

Thank you for your interest in joining Northfen Constabulary.

We have completed the vetting stage of your application. Following this, the Force has decided that your application cannot proceed, and it has now been closed. Under our vetting policy we are unable to give the detailed reasons.

You may reapply after 12 months from the date of this letter.

Recruitment and Selection Team
""")

add("public-nz-council", R, "Talent at Kauri Bay District Council <careers@kauribay.govt.example.nz>", "Kia ora {n} - your application",
    """Kia ora {n},

Thanks for your application for Community Facilities Advisor.

We've had a strong response and, after careful review, your application hasn't progressed to the shortlist stage this time.

Ngā mihi nui,
People & Capability
Kauri Bay District Council
""", copies=2)

# ---------------------------------------------------------------- bare ATS status updates
add("ats-nolonger", R, "{c} <{c}@myworkdayjobs.example>", "Application status update",
    """Hello {n},

Something changed on your application for {r} (R-0048213).

Status now: No longer being considered

You can view your candidate home at any time.
""", copies=2)

add("ats-notselected-table", R, "Careers <careers-noreply@{d}>", "Your candidate account: status changed",
    """<html><body>
<p>Hi {n},</p>
<table border="1" cellpadding="6" style="border-collapse:collapse">
<tr><th>Job</th><th>Req ID</th><th>Status</th><th>Updated</th></tr>
<tr><td>{r}</td><td>JR118420</td><td>Not Selected</td><td>Today</td></tr>
</table>
<p>Log in to your candidate profile to see all your applications.</p>
</body></html>""", copies=2)

add("ats-archived", R, "{c} via Greenroom <notifications@greenroom-ats.example>", "{r} at {c}",
    """Hi {n},

Your application to {r} at {c} has been archived by the hiring team.

Greenroom ATS
""", copies=2)

add("ats-statusclosed", R, "noreply@{d}", "Application #8821-{r}",
    """Application ID: 8821
Position: {r}
Status: Closed - Candidate not selected
Date: see header

This message was generated automatically.
""")

add("ats-declined-stage", R, "{c} Hiring <hiring@{d}>", "Status change for your application",
    """Hi {n},

An update on {r}: your application has moved to the stage "Declined".

View your application: https://apply.{d}/status
""")

add("ats-inactive", R, "Candidate Care <candidatecare@{d}>", "Re: Ref CX-30917",
    """Dear {n},

Your application reference CX-30917 for {r} has been marked inactive, as the hiring team has completed its selection for this role.

Candidate Care, {c}
""")

# ---------------------------------------------------------------- internships
add("intern-summer", R, "{c} Early Careers <earlycareers@{d}>", "Summer Internship Programme 2026 - decision",
    """Dear {n},

Thanks for sticking with our Summer Internship Programme 2026 selection, including the online assessment and the virtual assessment day.

We received over 4,000 applications for 60 places. After reviewing your assessment day results, this year's programme won't include you, I'm sorry to say.

Do have a look at our Spring Insight weeks and to apply again next year.

Early Careers Team
""", copies=2)

add("intern-lab", R, "Prof. {s} Hallström <{s}.hallstrom@uni-uppsvik.example>", "Re: summer research placement",
    """Dear {n},

Thank you for your email and CV. I was impressed by your lab record, but the two summer places in my group have now gone to students from our own master's programme, which the funding scheme gives priority to.

Good luck with your applications elsewhere.

Best,
{s} Hallström
""")

add("intern-coop", R, "Co-op Office <coop@polytechnic.example.ca>", "Co-op match result - Winter term",
    """Hi {n},

The employer for posting #7731 ({c}, {r} co-op) has completed their ranking. Unfortunately you were not matched with this employer in Round 1.

You remain eligible for Round 2, which opens Monday.

Co-operative Education Office
""")

add("intern-ngo", R, "{s} <{s}@{d}>", "Your internship application",
    """Dear {n},

We're grateful you applied for our six-month communications internship - so many people did that we were humbled. The selection is now made, and we're sorry this cohort will go ahead without you.

In solidarity,
{s}
Communications Coordinator, {c}
""")

add("intern-bank", R, "Campus Recruiting <campus@{d}>", "{c} Off-Cycle Internship: application outcome",
    """Dear {n},

Your interest in the {c} Off-Cycle Internship in Markets Operations is appreciated.

Having watched your video interview, the team has decided your application stops here and won't go on to the superday.

Good luck with the rest of your degree.

Campus Recruiting
""")
# ---------------------------------------------------------------- other languages
add("lang-de-thread", R, "{s} Krüger <{s}.krueger@{d}>", "AW: [EXTERN] Re: Gespräch am Dienstag",
    """Hallo {n},

danke nochmal für das angenehme Gespräch am Dienstag, das Team war sehr angetan.

Unsere Bereichsleitung hat sich inzwischen für eine Kandidatin entschieden, die das SAP-Umfeld bereits aus ihrer jetzigen Stelle kennt. Ich wollte dir das persönlich schreiben, bevor das System eine Standardmail verschickt.

Alles Gute und bis hoffentlich bald,
{s}
""")

add("lang-de-formal", R, "Personalabteilung {c} <bewerbung@{d}>", "Ihre Bewerbung als {r}",
    """Sehr geehrte/r {n},

vielen Dank für Ihre Bewerbung und das damit verbundene Interesse an unserem Haus.

Nach eingehender Prüfung aller Unterlagen haben wir uns entschieden, andere Bewerberinnen und Bewerber in die nächste Runde einzuladen; für Sie endet das Verfahren damit leider hier.

Ihre Daten löschen wir ein halbes Jahr nach Ende des Verfahrens.

Mit freundlichen Grüßen
Ihr Recruiting-Team
""")

add("lang-fr-thread", R, "{s} Morel <{s}.morel@{d}>", "RE: [EXT] Re: Entretien de vendredi",
    """Bonjour {n},

Merci encore pour votre venue vendredi et pour la qualité de nos échanges.

La direction a finalement retenu une autre candidate, déjà en poste chez un de nos partenaires, qui pourra démarrer dès janvier.

Je garde un très bon souvenir de notre discussion et je me permettrai de revenir vers vous si une mission proche se présente.

Bien cordialement,
{s} Morel
""")

add("lang-fr-formal", R, "Service Recrutement <recrutement@{d}>", "Votre candidature - {r}",
    """Madame, Monsieur,

Nous avons examiné avec attention votre candidature au poste de {r}. Malgré ses qualités, elle ne correspond pas suffisamment à nos besoins du moment et nous ne pourrons pas y donner une suite favorable.

Recevez, Madame, Monsieur, nos meilleures salutations.

Le Service Recrutement
""")

add("lang-es-informal", R, "{s} <{s}@{d}>", "Re: proceso de {r}",
    """Hola {n}:

Gracias por tu paciencia estas semanas. Al final el equipo ha optado por otra persona que ya conocía nuestra herramienta de facturación, así que cerramos el proceso por ahora.

Me quedo con tu contacto, de verdad.

Un abrazo,
{s}
""")

add("lang-es-mx", R, "Reclutamiento {c} <reclutamiento@{d}>", "Resultado de tu postulación",
    """Estimado(a) {n}:

Agradecemos mucho tu interés en la vacante de {r}. Después de revisar los perfiles, te informamos que en esta ocasión no continuarás en el proceso de selección.

Te invitamos a seguir pendiente de nuestras vacantes.

Atentamente,
Equipo de Reclutamiento
""")

add("lang-nl", R, "{s} de Boer <{s}.deboer@{d}>", "Terugkoppeling sollicitatie {r}",
    """Beste {n},

Bedankt voor je sollicitatie en je tijd tijdens het videogesprek. De keuze is gevallen op iemand die al jaren zorgaanbestedingen begeleidt.

We wensen je veel succes bij het vinden van een nieuwe uitdaging.

Met vriendelijke groet,
{s} de Boer
""")

add("lang-it", R, "Ufficio Personale <selezione@{d}>", "Candidatura per {r}",
    """Gentile {n},

la ringraziamo per aver partecipato alla selezione. Dopo un'attenta valutazione, l'azienda ha deciso di orientarsi su un profilo diverso per questa posizione.

Conserveremo il suo curriculum secondo la normativa vigente.

Cordiali saluti,
Ufficio Personale
""")

add("lang-pt-br", R, "{s} Carvalho <{s}.carvalho@{d}>", "Retorno sobre o processo seletivo",
    """Oi {n}, tudo bem?

Queria te dar um retorno sobre a vaga de {r}. O time de liderança decidiu seguir com outra pessoa, que já tinha experiência com o nosso segmento de varejo.

Foi muito bom te conhecer. Sucesso!

Abraços,
{s}
""")

add("lang-da", R, "{c} HR <hr@{d}>", "Vedr. din ansøgning som {r}",
    """Kære {n},

Tak for din ansøgning og for din interesse i {c}.

Efter at have læst samtlige ansøgninger har vi desværre besluttet, at du ikke går videre til samtale denne gang.

Alt godt fremover.

Venlig hilsen
HR-afdelingen
""")

add("lang-no", R, "{s} Haugen <{s}.haugen@{d}>", "Svar på søknad - {r}",
    """Hei {n},

Takk for søknaden og for praten på onsdag. Vi har nå landet på en annen kandidat til stillingen, og vil derfor ikke gå videre med deg denne gangen.

Lykke til videre!

Med vennlig hilsen
{s} Haugen
""")

add("lang-fi", R, "Rekrytointi {c} <rekry@{d}>", "Hakemuksesi: {r}",
    """Hei {n},

kiitos hakemuksestasi ja kiinnostuksestasi meitä kohtaan. Saimme paljon hyviä hakemuksia, ja valitettavasti emme tällä kertaa jatka kanssasi rekrytointiprosessissa.

Toivotamme sinulle onnea työnhakuun.

Ystävällisin terveisin,
Rekrytointitiimi
""")

add("lang-ro", R, "{s} Popescu <{s}.popescu@{d}>", "Rezultatul candidaturii pentru {r}",
    """Bună ziua {n},

Vă mulțumim pentru interesul acordat și pentru timpul alocat interviului. Vă informăm că am decis să continuăm procesul cu un alt candidat, al cărui profil corespunde mai bine cerințelor actuale.

Vă dorim mult succes!

Cu stimă,
{s} Popescu
Departamentul Resurse Umane
""")

add("lang-tr", R, "İnsan Kaynakları <ik@{d}>", "{r} başvurunuz hakkında",
    """Sayın {n},

{c} bünyesindeki {r} pozisyonuna göstermiş olduğunuz ilgi için teşekkür ederiz.

Yapılan değerlendirme sonucunda başvurunuzla bu aşamada ilerleyemeyeceğimizi bildirmek isteriz.

Kariyer hayatınızda başarılar dileriz.

Saygılarımızla,
İnsan Kaynakları Departmanı
""")

add("lang-pt-pt", R, "Recrutamento <recrutamento@{d}>", "Candidatura - {r}",
    """Caro(a) {n},

Agradecemos a sua candidatura à função de {r}. Após análise cuidada, informamos que o seu perfil não foi selecionado para a fase seguinte.

Com os melhores cumprimentos,
Equipa de Recrutamento
""")

add("lang-de-ch", R, "{s} Meier <{s}.meier@{d}>", "Ihre Bewerbung - Absage",
    """Grüezi {n}

Merci vielmals, dass Sie sich als {r} beworben haben. Die Wahl ist auf eine Person gefallen, die bereits Erfahrung im Schweizer Treuhandwesen mitbringt.

Für Ihre weitere Stellensuche viel Erfolg.

Freundliche Grüsse
{s} Meier
""")

# ---------------------------------------------------------------- new shapes
add("new-calendar-cancel", R, "{s} Obuya <{s}.obuya@{d}>", "Canceled: {r} - second interview @ Thu 14:00 - 15:00",
    """This event has been canceled.

{r} - second interview
Thursday 14:00 - 15:00 (GMT)
Organizer: {s} Obuya

Message from organizer:
Hi {n}, I'm cancelling our Thursday slot, sorry for the short notice. Another candidate said yes to our offer this week, so we won't be holding further interviews for this role. Thank you for your time so far.

Invitation from Google Calendar
You got this mail because you were on the guest list.
""", copies=2)

add("new-calendar-outlook", R, "{s} Achterberg <{s}.a@{d}>", "Canceled: Final interview - {n}",
    """When: Tuesday, 17 March 2026 10:30-11:30 (UTC+01:00) Amsterdam, Berlin, Rome
Where: Microsoft Teams Meeting

Hi {n}, apologies - please consider this meeting cancelled. The position has been filled since we spoke, so there's no need for the final stage. Thank you for your interest.

________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Meeting ID: 318 447 209 115
""")

add("new-sigonly", R, "Alex <alex.r@{d}>", "your application",
    """Hi {n},

Thanks for sending your portfolio over. We've looked at it as a team and we won't be taking it further for the role.

Best,
Alex

--
Alex Rautenbach
Studio Manager
{c}
12 Cable Street | www.{d}
""")

add("new-sigonly-formal", R, "R. Ogunleye <r.ogunleye@{d}>", "Application",
    """Dear {n},

I am writing about the application you sent us in October. The position has now been offered to another candidate, so I cannot progress it.

Yours sincerely,

Rotimi Ogunleye
Practice Manager
{c}
Tel 020 7946 0311
""")

add("new-bullets", R, "{c} Careers <careers@{d}>", "What happens next with your {r} application",
    """Hi {n},

Here is where things stand with {r}:

- Your application has been reviewed by the hiring team.
- It won't be moving forward to interview.
- We hold onto your profile for a year in case something fits; ask and we'll erase it sooner.
- You can apply for other roles at {c} straight away.

Thanks for your interest,
{c} Careers
""", copies=2)

add("new-bullets-numbered", R, "{s} <{s}@{d}>", "Next steps (and an honest answer)",
    """{n}, a quick summary so nothing is left unclear:

1. We completed the final round on Friday.
2. The offer has gone to another finalist and she's signed.
3. I'll delete your take-home files from our drive by end of month.
4. If you'd like feedback, reply and I'll book 15 minutes.

Thanks for everything you put in.
{s}
""")

add("new-autotranslated", R, "HR {c} <hr@{d}>", "Result of your application about position",
    """Dear Mr/Mrs {n},

We are thanking you that you have sent application to our firm for the position {r}. After check of all documents we have to say you that your application was not chosen for the next round of the selection. For us it was heavy to decide because many good candidates has applied.

We are wishing you much luck in the further way of career.

With friendly greetings
HR Department {c}
""", copies=2)

add("new-autotranslated-2", R, "Recruiting <recruiting@{d}>", "Concerning your candidature",
    """Hello {n},

Thank you for the interest at our enterprise. We must to inform you that the post of {r} was attributed to another person who has presented a profile more adapted. Your file will stay in our database for eventual future posts.

Cordial salutations,
The service of recruitment
""")

add("new-founder-phone", R, "{s} <{s}@{d}>", "Re: hi",
    """hey {n} sorry for the slow reply been on planes all week. we decided to go w someone whos done the shopify plus migration before, felt safer w the timeline. you were great tho genuinly. lets keep in tuch

sent from phone pls excuse typos
""")

add("new-founder-phone-2", R, "{s} (founder, {c}) <{s}@{d}>", "Re: Re: growth role",
    """Hi {n} - writing this from the school run so forgive brevity + typos. Weve decided not to hire for this rite now after all, we're going to extend Jamal's contract insted. Really sorry to have wasted ur time, you were top of my list if we had gone ahead.
{s}
""")

add("new-goodbad", R, "{s} Ferreira <{s}.ferreira@{d}>", "Good news and bad news",
    """Hi {n},

Good news and bad news, I'm afraid. The good news: the {r} role is finally filled and the team can breathe again. The bad news, for you, is that it wasn't you - we went with the candidate who's been contracting with us since summer.

Thanks for being so patient with our slow process.

{s}
""")

add("new-goodbad-2", R, "{c} Recruitment <jobs@{d}>", "Some good news, and an update on your application",
    """Dear {n},

We have some good news to share: {c} has been awarded the Northern Rail maintenance contract, and we'll be hiring across several teams next year.

As for your application for {r}, we're sorry to say it didn't succeed this time. We'll be advertising the new roles from February and you'd be welcome to apply.

Best wishes,
{c} Recruitment
""")

add("new-referral-friend", R, "Sunita Rao <sunita.rao@{d}>", "Re: intro via Tom",
    """Hi {n},

Tom said you might be getting in touch, and it was lovely to hear about your work. I passed your CV to our head of design as promised. She had a look and said she's not going to take it further for the {r} opening - they need someone with much more B2B SaaS background for this one.

Sorry it's not better news. Say hi to Tom from me!

Sunita
""")

add("new-referral-network", R, "Mark Ibsen <mark@ibsen.example>", "quick update on {c}",
    """Hey {n},

Following up on the intro Priya made. I spoke with my old manager at {c} on Friday. She told me they've already picked their person for the {r} role already; this round is a no, but she'll remember your name.

Hope the search goes OK - let me know if I can intro you anywhere else.

Mark
""")

add("new-subject-only", R, "{c} Recruiting <recruiting@{d}>", "Application unsuccessful - {r}",
    """Hi {n},

Thank you for your interest in {c}. Please see the subject line for the outcome of your application.

Regards,
{c} Recruiting
""")

add("new-subject-only-2", R, "{s} <{s}@{d}>", "Not moving forward - {r}",
    """Hi {n},

Thanks again for your time and the thoughtful answers. Wishing you well with everything.

{s}
""", copies=2)

add("new-cooldown", R, "{c} Talent <no-reply@{d}>", "About reapplying to {c}",
    """Hi {n},

Thanks for applying to {r}. Your application won't be going further at this time.

Please note that candidates who are not successful can reapply to the same role family after 90 days. Your account will let you submit again from then.

{c} Talent
""")

add("new-cooldown-2", R, "Hiring Platform <noreply@hiring.{d}>", "Your {c} application",
    """Hello {n},

Review of {r} applications is done. Because you have completed the technical screen within the last six months without passing it, your application has been closed automatically. You may apply to engineering roles once 6 months have passed since your last attempt.

The {c} Hiring Platform
""", roles=("Software Engineer",))

add("new-pause-search", R, "{s} Lindahl <{s}.lindahl@{d}>", "Update: {r} search paused",
    """Hi {n},

I'm writing to everyone still in process for {r}. We've decided to pause this search indefinitely while the leadership team reviews next year's plan, and we're closing all current applications rather than keeping people waiting.

If and when it reopens, we'll repost it publicly.

Thank you for your time and interest,
{s}
""", copies=2)

add("new-close-search", R, "{c} Talent <talent@{d}>", "Closing the {r} search",
    """Dear {n},

A note to say that {c} has closed the search for {r} without making an appointment. The team's needs have changed and the role has been removed from our plan.

Your application has been closed as well. We're grateful you took part.

{c} Talent
""")

add("new-refcheck", R, "{s} Moreau <{s}.moreau@{d}>", "Following your references",
    """Dear {n},

Thanks for bearing with us through the reference stage. Having read the references alongside the interview notes, we won't be making you an offer.

I realise this is disappointing at such a late stage, and I'm happy to talk it through by phone if that would help.

Kind regards,
{s} Moreau
Head of People, {c}
""")

add("new-plaintext-quoted", R, "{s} Duarte <{s}.duarte@{d}>", "Re: Application: {r}",
    """{n},

Thanks for this. We've now interviewed and appointed for the role, so your application ends there, I'm afraid. Appreciate you writing in.

{s}

> Dear Hiring Manager,
>
> Please find attached my CV for the {r} vacancy advertised on your website. I have
> five years' experience in a similar role and would welcome the chance to talk.
>
> Kind regards,
> {n}
""", copies=2)

add("new-plaintext-quoted-2", R, "info@{d}", "RE: Speculative application",
    """Hello {n}

Thanks for your email. We're not hiring at the moment and we've no plans to before the new year, so there's nothing going for you here, sorry. Best of luck.

Lisa
{c}

-----Original Message-----
From: {n} <{n}@gmail.example>
Subject: Speculative application

Hi, I'm a qualified joiner looking for work in the area. CV attached. Any chance of a start? Cheers, {n}
""")
add("new-offer-rescinded-budget", R, "{s} Quinlan <{s}.quinlan@{d}>", "Regarding your conditional offer",
    """Dear {n},

I'm very sorry to be writing this. Following the board meeting yesterday, {c} has frozen all new hiring for the coming two quarters, and as a result we must withdraw the conditional offer we made to you for {r} on the 3rd.

I know you had started to plan around this and I apologise sincerely. If the freeze lifts I would like to be able to call you first.

{s} Quinlan
Chief Operating Officer
""")

add("new-talentpool-move", R, "{c} Recruiting <careers@{d}>", "We've updated your application",
    """Hi {n},

Reviews for {r} are done. Your profile has been shifted out of this vacancy into our general talent network, and the hiring team is carrying on with different people for this vacancy.

If a matching role opens, a recruiter may reach out.

{c} Recruiting
""")

add("new-voicemail-followup", R, "{s} Gallagher <{s}.gallagher@{d}>", "Sorry I missed you",
    """Hi {n},

I tried you twice this afternoon and left a voicemail, but in case it's easier to read: the panel's decision is that the {r} job goes to someone else. It came down to the presentation, where the other shortlisted candidate went deeper on the commercial model.

My direct line is below if you want to go over it.

{s} Gallagher
0113 496 0882
""")

add("new-group-bcc", R, "Hiring Committee <search-committee@{d}>", "{r} search - to all applicants",
    """Dear Applicant,

The search committee for the {r} post has concluded its work, and the appointment has been made. We write to all applicants who were not invited to campus to let them know that their candidacy will not proceed.

We received 187 applications and we value the interest shown in our department.

On behalf of the committee,
Prof. {s} Adebayo, Chair
""", roles=("Assistant Professor of Sociology",))

add("new-after-trialshift", R, "{s} <{s}@{d}>", "Thanks for Saturday",
    """Hi {n},

Thanks for doing the trial shift on Saturday - the kitchen was bedlam and you kept your head.

Chef has decided to take on Rory full-time instead, mainly because he can do the Sunday doubles. I'll settle up for your four hours by bank transfer this week.

All the best,
{s}
{c}
""", roles=("Line Cook",), copies=2)

add("new-tender-lost", R, "Procurement <procurement@{d}>", "Tender {c}-2026-14: notice of outcome",
    """Dear {n},

Tender: Website accessibility audit (ref {c}-2026-14)

Thank you for your bid. Scoring has finished, and yours was not the highest-scoring bid on price and quality combined. The contract will be awarded to another supplier at the end of the standstill period.

Your scores: Quality 61/70, Price 18/30. Winning bid: Quality 66/70, Price 27/30.

Procurement Team
""")

add("new-marketplace", R, "Upwork-style Notifications <notify@gigfloor.example>", "An update on your proposal",
    """Hi {n},

The job "Bookkeeping for small cafe, 6 hrs/week" has been closed by the client, who hired a different freelancer.

We've archived your proposal. Your 4 Connects for this proposal will not be refunded.

Find more jobs that match your skills on Gigfloor.
""")

add("new-waitlist-end", R, "{c} Graduate Scheme <grads@{d}>", "Reserve list - final update",
    """Dear {n},

When we wrote in September we placed you on our reserve list for the 2026 Graduate Scheme. All places have now been accepted and the reserve list has closed, so there will be no place for you on this year's intake.

Thank you for staying with us through a long process.

Graduate Recruitment
""")

add("new-failed-assessment", R, "{c} Assessments <assessments@{d}>", "Your online assessment results",
    """Dear {n},

Thanks for sitting the numerical and situational judgement tests for {r}.

Your scores came in under our cut-off, so we're closing the application today. We'll keep the scores on file for a year; they and will be reused if you apply for a similar role in that time.

Assessment Team
""")

add("new-portal-sms", R, "{c} Jobs <sms-relay@{d}>", "SMS from {c}",
    """{c}: Hi {n}, about {r}: we're not taking your application further. Thank you. Reply STOP to opt out.
""")

add("new-mixed-lang-nl-en", R, "{s} Visser <{s}.visser@{d}>", "Sollicitatie / your application",
    """Hi {n},

(English below)

Bedankt voor het gesprek van woensdag. We kiezen helaas voor een andere kandidaat.

Thanks for Wednesday's conversation. Unfortunately it's a no from us this time - the job has gone to someone with more Dutch-language client work.

Groet,
{s}
""")

add("new-grant-job", R, "{c} Foundation <programmes@{d}>", "Programme Officer appointment",
    """Dear {n},

Thank you for your application for Programme Officer and for meeting the panel in person.

The Foundation has now appointed to the role. We recognise the work behind your written task and we would like to offer feedback by phone if that's helpful; simply reply with two times that suit.

Yours sincerely,
{s}
Director of Programmes
""")

add("new-retailer-store", R, "Store 0417 Manager <store0417@{d}>", "Christmas temp vacancies",
    """Hi {n}

Thanks for dropping your CV at the tills last week. We've now got all the seasonal staff we need for Christmas, so there are no shifts for you this time round. Feel free to pop in again in the spring when we hire for summer.

Thanks
{s}
Store Manager
""", roles=("Retail Assistant",))

add("new-long-logistics", R, "{s} Harte <{s}.harte@{d}>", "Parking refund + an update",
    """Hi {n},

Two quick bits of admin first. Finance have approved the £14.50 parking from your visit, so that should land in your account in the next payment run. I've also posted back the umbrella you left in reception - it seemed too nice to keep.

On the role itself: the hiring panel have met and chosen another candidate for the role. I'm sorry not to be bringing better news; the panel's notes are yours if you want them.

Thanks again,
{s}
""")

add("new-html-card", R, "{c} <no-reply@{d}>", "An update about your {c} application",
    """<!DOCTYPE html><html><body style="margin:0;background:#f4f4f7">
<div style="max-width:560px;margin:24px auto;background:#ffffff;border-radius:8px;padding:32px;font-family:Helvetica,Arial,sans-serif">
<img src="https://{d}/logo.png" alt="{c}" width="120">
<h2 style="color:#222">Hi {n},</h2>
<p>We've read your application for <b>{r}</b> and, after some debate, chosen to continue with a different group of candidates.</p>
<p>Thank you for picturing yourself here.</p>
<p style="color:#888;font-size:12px">{c} &middot; Privacy &middot; Unsubscribe</p>
</div></body></html>""", copies=2)

add("new-html-mso", R, "{s} Petersen <{s}.petersen@{d}>", "RE: [EXT] Re: Interview feedback",
    """<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta name=Generator content="Microsoft Word 15"></head><body lang=EN-GB>
<div class=WordSection1><p class=MsoNormal>Hi {n},<o:p></o:p></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoNormal>Thanks for your patience. Katrin has chosen to go with the candidate who already holds the NEBOSH diploma, as the site audit is due in Q1.<o:p></o:p></p>
<p class=MsoNormal>I enjoyed our conversation a lot, and I'd be pleased to bump into you again in this industry.<o:p></o:p></p>
<p class=MsoNormal>Kind regards,<br>{s}<o:p></o:p></p></div></body></html>""", roles=("Health and Safety Advisor",))

add("new-volunteer-board", R, "{s} <{s}@{d}>", "Mentor programme applications",
    """Dear {n},

Thank you so much for offering to mentor with us this year. We had more volunteer mentors than mentees for the spring cohort, so we haven't been able to match you this time. We'll contact you if a space opens in autumn.

With thanks,
{s}
Volunteer Coordinator, {c}
""")

add("new-ps-decision", R, "{s} Carrick <{s}.carrick@{d}>", "Those articles I mentioned",
    """Hi {n},

As promised at the end of our chat, here are the three pieces on warehouse slotting I kept going on about - the second one is the one that changed how we lay out the Doncaster site. I think you'd enjoy the bit about pick paths.

Also, our ops conference in March is open to anyone, and tickets are free if you register before January.

Take care,
{s}

P.S. I should have led with this, sorry: we've offered the planner job to someone else, who starts in January. I'm genuinely sorry it wasn't you.
""", roles=("Supply Chain Planner",))
# ================================================================ NOT rejections
# ---------------------------------------------------------------- application confirmations (twins)
add("conf-thread-notruledout", APP, "{s} Whitcombe <{s}.whitcombe@{d}>", "RE: [EXT] Re: Thursday panel - {r}",
    """Hi {n},

Apologies for the radio silence, quarter-end ate me alive.

No decision yet, honestly. The hiring manager is still weighing up the last two people she met and wants to sleep on it over the weekend. Nobody has been ruled out, you included, and I'll ring you the moment I know either way.

Best,
{s}

{s} Whitcombe | People Partner | {c}

From: {n} <{n}@fastmail.example>
Sent: 02 October 2026 18:44
Subject: [EXT] Re: Thursday panel - {r}

Hi {s}, just checking in on timings after Thursday. Thanks, {n}
""")

add("conf-ifnotselected-keep", APP, "{c} Talent Team <talent@{d}>", "We've received your {r} application",
    """Dear {n},

Your application for {r} at {c} has landed and the hiring team can see it now.

They usually work through a batch within three weeks. Should an interview not come of it this time, we'd like to hang on to your details and call you when something alike opens - say the word if you'd prefer we didn't.

The {c} Talent Team
""", copies=2)

add("conf-eitherway", APP, "{s} <{s}@{d}>", "Got your application!",
    """Hi {n},

Thanks for applying - I've read your cover letter and passed it to Dom. He's doing the first sift on Friday and either way, you'll hear back from me by the middle of next week.

{s}
""")

add("conf-onlyifmatch", APP, "Recruitment <recruitment@{d}>", "Application reference 40-{r}",
    """Dear {n},

This note is to say your application for {r} has reached us.

Because so many people apply, we only get back to those whose experience fits the brief. Silence for four weeks after the closing date means that, this time, your application did not go further.

Recruitment Services, {c}
""" + FOOT_CAREERS, copies=2)

add("conf-noreply-weeks", APP, "{c} HR <hr@{d}>", "Thank you for applying",
    """Hello {n},

Your application for the {r} vacancy is safely with us.

We shortlist once applications close on 30 November. No reply within six weeks of that date means your application was not shortlisted, and we will not write separately.

Thanks for thinking of {c}.
""", copies=2)

add("conf-footer-newsletter", APP, "{s} at {c} <{s}@{d}>", "{r} - thanks for applying",
    """Hi {n},

Thanks for your application for {r}. We're reviewing applications as they come in and expect to set up first calls in about ten days. If we don't take things further, we'll still send you a short note - we don't believe in leaving people hanging.

{s}
""" + FOOT_NEWSLETTER)

add("conf-footer-alert", APP, "{c} Talent Team <talent@{d}>", "Application received: {r}",
    """Dear {n},

Your {r} application is in. Expect the hiring team to get to it within a fortnight; should it not progress, an email will say so.

Good luck!
The {c} Talent Team
""" + FOOT_ALERT)

add("conf-footer-legal", APP, "Recruitment <recruitment@{d}>", "Application reference 77-{r}",
    """Dear {n},

Thank you. Your application for {r} has been logged under reference 77. Interviews are planned for the week of 12 January; successful applicants will be contacted by 5 January.

Recruitment Services, {c}
""" + FOOT_LEGAL)

add("conf-hedge-reviewing", APP, "{s} Harcourt <{s}.harcourt@{d}>", "Your application for {r}",
    """Dear {n},

Thanks for applying for {r}; your cover letter was clearly written with care.

We're still reading through the whole field, which is larger than we expected, so it will be another fortnight before we can tell anyone whether their experience lines up with what the team needs. I didn't want you to think we'd forgotten you.

With kind regards,
{s} Harcourt
{c}
""")

add("conf-recruiter-submitted", APP, "{s} Barraclough <{s}.barraclough@harkerstaff.co.uk>", "Following our call - {c}",
    """Hi {n},

Great to speak earlier. As promised, I've submitted your CV to {c} for the {r} post this afternoon. They've got two internal people in the mix too, so realistically it could go either way - if it's a no, I'll tell you straight and we'll look at the other briefs.

Speak soon,
{s}
Harker Staffing | 0161 555 0140
""")

add("conf-usajobs", APP, "USAJOBS <no-reply@usajobs.example.gov>", "Application Received: DOI-FWS-26-1190-MP",
    """Dear {n},

Thank you for applying to Biological Science Technician, GS-0404-05/07.

We have your application. Once the announcement closes, HR will rate every applicant, and you'll get one of three results by email: referred to the hiring manager, not referred, or ineligible.

Track your application in USAJOBS.
""")

add("conf-council", APP, "Recruitment Team <recruitment@westmoorfield.gov.example>", "Post ref WMC/2644 - application received",
    """Dear {n},

Post: Parks Development Officer (Grade 7)

Thank you for applying to Westmoorfield Borough Council. Shortlisting takes place on 9 December. Silence from us after 19 December means you have not made the shortlist this time. Feedback isn't something we can give at this stage.

HR Shared Service
""")

add("conf-hse", APP, "HSE Recruitment <recruitment@healthjobs.example.ie>", "Campaign NRS14102 - acknowledgement",
    """Dear {n},

Your application for Staff Nurse, campaign NRS14102, has been received. Shortlisting may take place; anyone not shortlisted will get a letter.

National Recruitment Service
""")

add("conf-gc", APP, "GC Jobs <gcjobs-noreply@jobs.example.gc.ca>", "Application submitted: 26-DFO-PAC-EA-452",
    """Dear {n},

Your application to selection process 26-DFO-PAC-EA-452 has been submitted. Screening will be done against the essential qualifications; candidates eliminated at screening will be advised through their GC Jobs account.

Public Service Commission of Canada
""")

add("conf-ats-status-table", APP, "Careers <careers-noreply@{d}>", "Your candidate account: status changed",
    """<html><body>
<p>Hi {n},</p>
<table border="1" cellpadding="6" style="border-collapse:collapse">
<tr><th>Job</th><th>Req ID</th><th>Status</th><th>Updated</th></tr>
<tr><td>{r}</td><td>JR118477</td><td>Application Submitted</td><td>Today</td></tr>
</table>
<p>Log in to your candidate profile to see all your applications.</p>
</body></html>""", copies=2)

add("conf-ats-inreview", APP, "{c} <{c}@myworkdayjobs.example>", "Application status update",
    """Hello {n},

Something changed on your application for {r} (R-0048255).

Status now: Under Consideration

You can view your candidate home at any time.
""")

add("conf-intern", APP, "{c} Early Careers <earlycareers@{d}>", "Summer Internship Programme 2026 - application received",
    """Dear {n},

Thanks for your Summer Internship Programme 2026 application. Next comes the online assessment, which will arrive in a separate email within 48 hours.

We have far fewer places than applicants, but every applicant hears from us with a decision, whatever it is, by the end of February.

Early Careers Team
""")

add("conf-coop", APP, "Co-op Office <coop@polytechnic.example.ca>", "Co-op Round 1 - applications closed",
    """Hi {n},

Round 1 applications are now closed. You applied to 8 postings. Employers will shortlist over the next week; if you aren't selected for any interviews in Round 1, you'll be able to apply in Round 2.

Co-operative Education Office
""")

add("conf-lab", APP, "Prof. {s} Hallström <{s}.hallstrom@uni-uppsvik.example>", "Re: summer research placement",
    """Dear {n},

Thanks for your email and CV. The funding scheme gives priority to our own master's students, so I'll know in about three weeks whether I have a place to offer anyone from outside. I'll write to you then in any case.

Best,
{s} Hallström
""")

add("conf-calendar-accepted", APP, "{s} Obuya <{s}.obuya@{d}>", "Updated invitation: {r} - application review @ Thu",
    """This event has been updated.

{r} - internal application review (hiring team only)

Message from organizer:
Hi {n}, you're cc'd just so you can see we've set aside Thursday to go through the applications, including yours. No need to attend. If we don't invite you to interview we'll drop you an email the same day, either way.

Invitation from Google Calendar
""")

add("conf-bullets", APP, "{c} Careers <careers@{d}>", "What happens next with your {r} application",
    """Hi {n},

Here is what happens now with {r}:

- Your application has reached the hiring team.
- They'll review it within 10 working days.
- If it isn't moving forward, you'll get an email; if it is, a recruiter will call.
- We hold onto your profile for a year in case something fits; ask and we'll erase it sooner.

Thanks for your interest,
{c} Careers
""", copies=2)

add("conf-autotranslated", APP, "HR {c} <hr@{d}>", "Confirmation of your application about position",
    """Dear Mr/Mrs {n},

We are thanking you that you have sent application to our firm for the position {r}. Your documents was received complete. In the case your application is not chosen for next round, you will receive information from us by email, and your data is deleted after six months.

With friendly greetings
HR Department {c}
""")

add("conf-founder-phone", APP, "{s} <{s}@{d}>", "Re: hi",
    """hey {n} sorry slow reply on planes all week. got ur cv, looks good. still talking to a couple ppl so cant promise anything, if its not a fit ill tell u straight dont worry. will know by fri

sent from phone pls excuse typos
""")

add("conf-referral-passed", APP, "Sunita Rao <sunita.rao@{d}>", "Re: intro via Tom",
    """Hi {n},

Lovely to hear from you - Tom speaks highly of you. I've passed your CV to our head of design as promised and she's going to look at it this week. I can't promise anything (they might want more B2B SaaS background), but I'll let you know what she says.

Sunita
""")

add("conf-cooldown-info", APP, "{c} Talent <no-reply@{d}>", "Thanks for applying to {c}",
    """Hi {n},

We've received your application for {r}.

Good to know: if an application isn't successful, you can reapply to the same role family after 90 days. You can track this application from your account.

{c} Talent
""")

add("conf-plainquoted", APP, "{s} Duarte <{s}.duarte@{d}>", "Re: Application: {r}",
    """{n},

Thanks for this - received. We're interviewing the week after next. If you're not on the list, you'll get an email from me; I won't leave you wondering.

{s}

> Dear Hiring Manager,
>
> Please find attached my CV for the {r} vacancy advertised on your website.
>
> Kind regards,
> {n}
""")

add("conf-sigonly", APP, "Alex <alex.r@{d}>", "your application",
    """Hi {n},

Thanks for sending your portfolio over. We'll look at it as a team on Monday and I'll be in touch after that, whichever way it goes.

Best,
Alex

--
Alex Rautenbach
Studio Manager
{c}
""")

add("conf-group", APP, "Hiring Committee <search-committee@{d}>", "{r} search - acknowledgement",
    """Dear Applicant,

The search committee for the {r} post acknowledges receipt of your materials. Review begins on 15 January and continues until the post is filled. Candidates not invited to campus will be informed once the appointment is made.

On behalf of the committee,
Prof. {s} Adebayo, Chair
""", roles=("Assistant Professor of Sociology",))
add("conf-html-card", APP, "{c} <no-reply@{d}>", "Thanks for applying to {c}",
    """<!DOCTYPE html><html><body style="margin:0;background:#f4f4f7">
<div style="max-width:560px;margin:24px auto;background:#ffffff;border-radius:8px;padding:32px;font-family:Helvetica,Arial,sans-serif">
<img src="https://{d}/logo.png" alt="{c}" width="120">
<h2 style="color:#222">Hi {n},</h2>
<p>Thanks for applying for <b>{r}</b>. Our team reviews every application by hand. If your experience is a fit, someone will be in touch to book a call; if not, you'll get an email.</p>
<p style="color:#888;font-size:12px">{c} &middot; Privacy &middot; Unsubscribe</p>
</div></body></html>""", copies=2)

add("conf-nz", APP, "Talent at Kauri Bay District Council <careers@kauribay.govt.example.nz>", "Kia ora {n} - we've got your application",
    """Kia ora {n},

Thanks for applying for Community Facilities Advisor. Applications close on Sunday and we'll start shortlisting the week after. Whatever the outcome, we'll be in touch by 20 March.

Ngā mihi nui,
People & Capability
""")

add("conf-tender", APP, "Procurement <procurement@{d}>", "Tender {c}-2026-19: bid received",
    """Dear {n},

This confirms that your bid for tender {c}-2026-19 (Translation services framework) was received before the deadline. Evaluation will take four weeks. All bidders, successful or unsuccessful, will receive a notice of outcome with their scores.

Procurement Team
""")

add("conf-marketplace", APP, "Upwork-style Notifications <notify@gigfloor.example>", "Your proposal was submitted",
    """Hi {n},

Your proposal for "Bookkeeping for small cafe, 6 hrs/week" was submitted. 4 Connects were used. The client may message you, or close the job without hiring - in that case your proposal is archived automatically.
""")

add("conf-volunteer", APP, "{s} <{s}@{d}>", "Mentor programme - thank you!",
    """Dear {n},

Thank you so much for signing up to mentor with us. We match mentors and mentees in late January; if we have more mentors than mentees this time, we'll hold your details for the autumn cohort rather than lose you.

With thanks,
{s}
Volunteer Coordinator, {c}
""")

add("conf-sms", APP, "{c} Jobs <sms-relay@{d}>", "SMS from {c}",
    """{c}: Hi {n}, {r} application received. We'll text you by Fri 14th if we'd like to meet. Reply STOP to opt out.
""")

add("conf-store", APP, "Store 0417 Manager <store0417@{d}>", "Christmas temp vacancies",
    """Hi {n}

Thanks for dropping your CV at the tills. I'm doing the Christmas rota next week and I'll ring everyone I can offer shifts to by Friday. If I don't ring, it means we're full up, but come back in spring.

Thanks
{s}
Store Manager
""", roles=("Retail Assistant",))

add("conf-grad-reserve", APP, "{c} Graduate Scheme <grads@{d}>", "Your place on our reserve list",
    """Dear {n},

Thank you for attending our assessment centre. You performed well, and we've placed you on the reserve list for the 2026 Graduate Scheme. If a place becomes available, we'll contact you by 31 October; we'll also write to let you know if the list closes.

Graduate Recruitment
""")

add("conf-de", APP, "Personalabteilung {c} <bewerbung@{d}>", "Eingangsbestätigung Ihrer Bewerbung",
    """Sehr geehrte/r {n},

schön, dass Sie sich als {r} bei uns beworben haben. Alles ist vollständig angekommen.

Sollten wir Sie nicht zu einem Gespräch einladen, erhalten Sie von uns in jedem Fall eine Nachricht. Bitte sehen Sie bis dahin von Nachfragen ab.

Mit freundlichen Grüßen
Ihr Recruiting-Team
""")

add("conf-fr", APP, "Service Recrutement <recrutement@{d}>", "Accusé de réception - {r}",
    """Madame, Monsieur,

Votre dossier pour le poste de {r} nous est bien parvenu. Si vous n'avez pas de nouvelles d'ici quatre semaines, c'est que nous n'aurons pas donné suite.

Le Service Recrutement
""")

add("conf-es", APP, "Reclutamiento {c} <reclutamiento@{d}>", "Recibimos tu postulación",
    """Hola {n}:

¡Gracias por postularte a {r}! Ya tenemos tu CV. Si tu perfil avanza, te llamaremos en los próximos 15 días; si no, te avisaremos por este medio.

Equipo de Reclutamiento
""")

add("conf-nl", APP, "{s} de Boer <{s}.deboer@{d}>", "Ontvangstbevestiging sollicitatie",
    """Beste {n},

Dank voor je sollicitatie als {r}. We plannen de eerste gesprekken in week 48. Hoor je voor 1 december niets van ons, dan ben je niet geselecteerd voor een gesprek.

Met vriendelijke groet,
{s} de Boer
""")

add("conf-it", APP, "Ufficio Personale <selezione@{d}>", "Conferma ricezione candidatura",
    """Gentile {n},

la sua candidatura per {r} è arrivata correttamente. Qualora il suo profilo non rientri tra quelli selezionati, conserveremo comunque il curriculum per future opportunità.

Cordiali saluti,
Ufficio Personale
""")

add("conf-da", APP, "{c} HR <hr@{d}>", "Tak for din ansøgning",
    """Kære {n},

Vi har modtaget din ansøgning som {r}. Ansøgningsfristen er 1. december, og vi forventer at holde samtaler i uge 50. Du hører fra os, uanset om du bliver indkaldt eller ej.

Venlig hilsen
HR-afdelingen
""")

add("conf-fi", APP, "Rekrytointi {c} <rekry@{d}>", "Kiitos hakemuksestasi",
    """Hei {n},

olemme vastaanottaneet hakemuksesi tehtävään {r}. Otamme yhteyttä haastatteluun valittuihin joulukuun aikana, ja ilmoitamme kaikille hakijoille valinnan tuloksesta.

Ystävällisin terveisin,
Rekrytointitiimi
""")

add("conf-pt", APP, "{s} Carvalho <{s}.carvalho@{d}>", "Recebemos seu currículo",
    """Oi {n}, tudo bem?

Só pra avisar que seu currículo chegou e já está com o time de liderança. Se não seguir adiante, eu mesmo te aviso, pode ficar tranquilo(a).

Abraços,
{s}
""")
# ---------------------------------------------------------------- interviews and reschedules
add("int-thread-nextround", INT, "{s} Brandt <{s}.brandt@{d}>", "RE: [EXT] Re: {r} - conversation with Helena",
    """Hi {n},

Just out of the debrief with Helena - she'd like you to come back for the final round with the platform team. It's a 90-minute session: a walk through a past incident of your choosing, then a chat with two of the engineers.

Could you do Tuesday 17th or Thursday 19th, any time after 10?

Kind regards,
{s}
________________________________
From: {n}
Subject: [EXT] Re: {r} - conversation with Helena

Morning {s}, thanks for setting that up. {n}
""", roles=("Site Reliability Engineer",), copies=2)

add("int-slotmoved", INT, "{s} Obuya <{s}.obuya@{d}>", "Updated: {r} - second interview moved to Fri 11:00",
    """This event has been changed.

{r} - second interview
NEW: Friday 11:00 - 12:00 (GMT)  (was Thursday 14:00)

Message from organizer:
Hi {n}, unfortunately the Thursday slot moved because our Head of Data is travelling. Friday 11:00 is the new time - hit "Yes" if that works, or reply with a better time.

Invitation from Google Calendar
""")

add("int-unfortunately-panel", INT, "{s} Pillai <{s}.pillai@{d}>", "Reschedule: Technical round 2",
    """Dear {n},

Unfortunately one of our panelists is unwell and we have to shift your technical round 2 from Wednesday to Friday, 3:00 PM IST, same Teams link. Kindly confirm your availability.

Regret the inconvenience caused.

Regards,
{s} Pillai
Talent Acquisition - {c}
""")

add("int-invite-formal", INT, "{c} Recruitment <jobs@{d}>", "Invitation to interview - {r}",
    """Dear {n},

Following your application for {r}, we would like to meet you at our Leeds office on Monday 8 December at 10:15.

The interview will last about 45 minutes and will be conducted by a panel of three. Please bring photographic ID. Tell us about any adjustments that would help.

A quick reply to confirm you can make it would be appreciated.

{c} Recruitment
""", copies=2)

add("int-phone-casual", INT, "{s} <{s}@{d}>", "Re: hi",
    """hey {n}, liked ur cv a lot. can u do a quick call tmrw 4pm? 20 mins, just me. ill ring ur mobile

sent from phone
""")

add("int-bookingtool", INT, "{c} via Calendly-ish <notifications@bookslot.example>", "Book your interview with {c}",
    """Hi {n},

{s} from {c} has invited you to book a 30-minute video interview for {r}.

Pick a time: https://bookslot.example/{c}/interview
Available slots close on 12 December.
""")

add("int-usajobs-referred", INT, "Hiring Manager <hiringmgr@fws.example.gov>", "Interview request - Biological Science Technician",
    """{n},

Your name was referred to me on the certificate for DOI-FWS-26-1190-MP. I would like to schedule a 30-minute phone interview during the week of December 8. Please reply with three times that work for you.

Thank you,
{s} Whitfield, Refuge Manager
""")

add("int-academic-campus", INT, "Hiring Committee <search-committee@{d}>", "{r} - campus visit",
    """Dear {n},

On behalf of the committee, I am delighted to invite you for a campus visit on 26-27 January, including a job talk, a teaching demonstration and meetings with faculty and graduate students. We will cover travel and two nights' accommodation.

Prof. {s} Adebayo, Chair
""", roles=("Assistant Professor of Sociology",))

add("int-agency", INT, "{s} Delgado <{s}@brightpathtalent.com>", "{c} wants to meet you!",
    """Hi {n} -

Great news: {c} loved your resume and wants to do a first-round video interview for {r}. They've offered Tue 2pm or Wed 10am MT. Which is better?

I'll prep you beforehand - 15 min call the day before?

{s} Delgado
""")

add("int-nhs-shortlisted", INT, "NHS Jobs-style <noreply@healthjobs.example.uk>", "Invitation to interview: Band 5 Physiotherapist",
    """Dear {n},

Congratulations, you have been shortlisted for Band 5 Physiotherapist (ref 320-PHY-2611). Please log in to book an interview slot. Slots are allocated on a first-come basis and unfortunately cannot be changed once confirmed.

Recruitment Team
""")

add("int-unfortunately-clash", INT, "{s} Lindqvist <{s}.lindqvist@{d}>", "Change of plan for Thursday",
    """Hi {n},

Unfortunately the meeting room we booked for Thursday has been double-booked by the board, so we'll meet you at the café across the road (Hatch & Co.) instead, same time, 2:30. I'll be the one with the red notebook.

See you then,
{s}
""")

add("int-volunteer", INT, "{s} <{s}@{d}>", "Mentor chat",
    """Dear {n},

Thank you for signing up to mentor. Before we match you, we'd love a 20-minute chat to hear about your experience. Could you do Tuesday evening at 6 or Saturday morning at 10?

{s}, Volunteer Coordinator
""")

add("int-de", INT, "{s} Krüger <{s}.krueger@{d}>", "Einladung zum Vorstellungsgespräch",
    """Hallo {n},

vielen Dank für deine Bewerbung. Hast du Lust, uns am Mittwoch, 10. Dezember, gegen 14 Uhr in Köln zu besuchen?

Viele Grüße
{s}
""")

add("int-fr", INT, "{s} Morel <{s}.morel@{d}>", "Invitation à un entretien",
    """Bonjour {n},

Votre profil nous intéresse beaucoup ! Seriez-vous libre pour un échange en visio le jeudi 11 décembre à 10h00 ? Dites-nous si cela vous convient.

Bien cordialement,
{s} Morel
""")

add("int-no", INT, "{s} Haugen <{s}.haugen@{d}>", "Invitasjon til intervju",
    """Hei {n},

Takk for søknaden! Vi vil gjerne invitere deg til et første intervju på Teams tirsdag kl. 13. Gi beskjed om det passer.

Med vennlig hilsen
{s} Haugen
""")

add("int-intern-ac", INT, "{c} Early Careers <earlycareers@{d}>", "You're invited: virtual assessment day",
    """Dear {n},

Congratulations - you've passed the online assessment for our Summer Internship Programme 2026. We'd like to invite you to a virtual assessment day on 22 January. Please choose a session in the portal by 9 January.

Early Careers Team
""")

add("int-aus", INT, "{s} Fitzgerald <{s}@harbourrecruit.com.au>", "Interview locked in",
    """Hey {n},

You're locked in with {c} for Thursday 10am at their Surry Hills office. Ask for Priya at reception. Smart casual is fine.

Cheers,
{s}
""")

add("int-trialshift", INT, "{s} <{s}@{d}>", "Trial shift Saturday?",
    """Hi {n},

Thanks for your CV. Chef would like you in for a paid trial shift this Saturday, 4pm till close. Bring your own knives and non-slip shoes.

{s}
{c}
""", roles=("Line Cook",))
# ---------------------------------------------------------------- next steps / assessments with deadlines
add("next-takehome", NEXT, "{s} Lindgren <{s}@{d}>", "Take-home exercise for {r}",
    """Hey {n} -

Marcus enjoyed the chat! Next up is a short take-home: a threat model for a small payments API. Please aim for 3 hours max, and send it back by Friday 12 December, 5pm PT. Submissions after the deadline unfortunately can't be reviewed, as the panel meets Monday.

- {s}
""", roles=("Security Engineer",))

add("next-online-test", NEXT, "{c} Assessments <assessments@{d}>", "Complete your online assessment by 14 December",
    """Dear {n},

Thanks for applying for {r}. Up next: a 40-minute online assessment (numerical reasoning and situational judgement).

Deadline: 14 December, 23:59 GMT. An assessment not completed by the deadline means we are unable to progress the application, so please leave yourself time.

Start here: https://assess.{d}/start

Assessment Team
""", copies=2)

add("next-references", NEXT, "{s} Moreau <{s}.moreau@{d}>", "References - next step",
    """Dear {n},

Thank you for a great final interview. Before we can finalise things, we'd like to contact two referees, including your most recent line manager. Could you send names and contact details by Wednesday?

Kind regards,
{s} Moreau
Head of People, {c}
""")

add("next-video", NEXT, "{c} Hiring <hiring@{d}>", "Record your video interview",
    """Hi {n},

Your application for {r} has moved to the stage "Video interview". Please record answers to three short questions by Sunday, 11:59pm. Each answer can be up to 2 minutes and you get one retake per question.

Record here: https://apply.{d}/video
""")

add("next-background", NEXT, "Screening Partner <checks@verifyright.example>", "Action required: background check for {c}",
    """Hi {n},

{c} has asked us to complete your background screening. Please fill in the consent form and upload proof of address within 5 working days. Unfortunately we cannot begin the checks, and your start date may move, until this is done.

VerifyRight Screening
""")

add("next-rtw", NEXT, "{c} People <people@{d}>", "Right to work documents - by Monday please",
    """Hello {n},

Ahead of your start, we have to check you're allowed to work in the UK. Bring your passport to reception, give us your share code, or upload a scan via the link below, by Monday 15 December.

{c} People Team
""")

add("next-presentation", NEXT, "{s} Gallagher <{s}.gallagher@{d}>", "Presentation brief for your final interview",
    """Hi {n},

Congratulations on reaching the final stage for {r}. Attached is the brief for a 15-minute presentation on growing our schools partnerships. Please send your slides by 9am on the day of the interview, Thursday 11th.

{s} Gallagher
""")

add("next-assessment-centre", NEXT, "{c} Graduate Scheme <grads@{d}>", "Book your assessment centre place",
    """Dear {n},

Well done on your video interview. Please book one of our assessment centre dates (13, 14 or 20 January) by 5 January. Places are limited, and dates fill quickly.

Graduate Recruitment
""")

add("next-design-exercise", NEXT, "{s} from {c} <hello@{d}>", "little design exercise :)",
    """hey {n},

loved your portfolio! next bit is a tiny exercise - redesign our shop's checkout screen, rough sketches are fine. could you send it by thursday night? no need to spend more than an evening.

{s}
""", roles=("Product Designer",))

add("next-tender-clarification", NEXT, "Procurement <procurement@{d}>", "Tender {c}-2026-19: clarification questions",
    """Dear {n},

As part of evaluation, we have three clarification questions on your bid (attached). Please reply through the portal by 12:00 on 10 December. Responses received after this time cannot be taken into account.

Procurement Team
""")

add("next-agency-docs", NEXT, "{s} Rahman <{s}.rahman@gulfbridge-hr.ae>", "Documents required - {c}",
    """Dear {n},

{c} has shortlisted your profile. Kindly send the following by Sunday: passport copy, attested degree certificate, two passport photos, and your last three salary slips.

Best Regards,
{s} Rahman
""")

add("next-dbs", NEXT, "Safer Recruitment <recruitment@{d}>", "DBS application - please complete within 7 days",
    """Dear {n},

Following your conditional offer, please fill in the online form for your enhanced DBS check within seven days, using the organisation code in the attachment. Unfortunately we cannot confirm a start date until the certificate is returned.

Safer Recruitment Team, {c}
""")

add("next-coding-platform", NEXT, "{c} Engineering <no-reply@codechallenge.example>", "Your {c} coding challenge",
    """Hi {n},

You've been invited to the {c} coding challenge for {r}: 2 problems, 75 minutes. The link expires in 7 days.

Start challenge: https://codechallenge.example/{c}
""", roles=("Software Engineer",))

add("next-fellowship-round2", NEXT, "Fellowship Office <fellowships@{d}>", "Round two: written proposal due 9 January",
    """Dear {n},

We're pleased to let you know you have progressed to round two of the {c} Policy Fellowship. Please submit a 1,500-word proposal by 9 January at noon. Late proposals unfortunately cannot be accepted.

Fellowship Office
""")

add("next-es", NEXT, "Reclutamiento {c} <reclutamiento@{d}>", "Siguiente paso: prueba técnica",
    """Hola {n}:

¡Avanzas a la siguiente etapa! Te enviamos una prueba técnica que debes entregar antes del viernes 12 a las 18:00. Si tienes dudas, responde a este correo.

Equipo de Reclutamiento
""")

add("next-pt", NEXT, "Recrutamento <recrutamento@{d}>", "Próxima fase - teste online",
    """Caro(a) {n},

A sua candidatura passou à fase seguinte. Pedimos que realize o teste online até dia 15, às 23h59.

Com os melhores cumprimentos,
Equipa de Recrutamento
""")

add("next-ro", NEXT, "{s} Popescu <{s}.popescu@{d}>", "Etapa următoare - test de evaluare",
    """Bună ziua {n},

Vă mulțumim pentru interviu. Etapa următoare este un test de evaluare online, pe care vă rugăm să îl completați până vineri, ora 17:00.

Cu stimă,
{s} Popescu
""")

add("next-medical", NEXT, "Force Recruitment <recruitment@northfen.police.example.uk>", "Fitness test and medical - please book",
    """Dear {n},

You have passed the assessment centre. Please book your fitness test and medical using the link below by 19 December. If you cannot attend any of the offered dates, contact us before that date.

Recruitment and Selection Team
""", copies=2)
# ---------------------------------------------------------------- offers
add("offer-thread", OFFER, "{s} Okafor <{s}@{d}>", "Re: [External] Re: follow-up from our chat",
    """{n} - hope your week is treating you kindly.

I'm so pleased to tell you our director wants you in the role! HR will send the formal paperwork today, but I couldn't wait to tell you myself. Unfortunately she's away Thursday, so if you have questions about the package, grab me instead.

Warmly,
{s}
""", roles=("Product Marketing Manager",), copies=2)

add("offer-letter", OFFER, "{c} People <people@{d}>", "Offer of employment - {r}",
    """Dear {n},

It gives us great pleasure to appoint you as {r} at {c}, starting on 2 February 2026, at a salary of £48,500 per annum. Your contract and our benefits guide are attached.

Please sign and return by 15 December. We regret that we cannot hold the offer open beyond that date.

{c} People Team
""")

add("offer-founder", OFFER, "{s} <{s}@{d}>", "Re: Re: growth role",
    """Hi {n} - writing from the school run so forgive typos. we want u! sending the offer tonight. sorry it took so long, the investor call ate my week

{s}
""")

add("offer-india", OFFER, "HR {c} <hr@{d}>", "Offer Letter - {r}",
    """Dear {n},

Congratulations! Happy to share that you are selected for the position of {r} with an annual CTC of INR 21,40,000. Please find the offer letter attached. Kindly share your acceptance and expected date of joining within 3 working days.

HR Team, {c}
""", roles=("DevOps Engineer",))

add("offer-intern", OFFER, "{c} Early Careers <earlycareers@{d}>", "Your Summer Internship offer",
    """Dear {n},

Congratulations! There's a place for you on the {c} Summer Internship Programme 2026 (Technology stream), from 29 June to 4 September.

Please accept in the portal within 14 days.

Early Careers Team
""")

add("offer-freelance", OFFER, "Upwork-style Notifications <notify@gigfloor.example>", "You've been hired!",
    """Hi {n},

Good news - the client hired you for "Bookkeeping for small cafe, 6 hrs/week". The contract starts now. Unfortunately milestone 1 isn't funded yet; the client has been reminded.
""")

add("offer-fr-cdi", OFFER, "{s} Morel <{s}.morel@{d}>", "Proposition d'embauche",
    """Bonjour {n},

Bonne nouvelle : nous vous proposons un CDI au poste de {r}, avec une prise de poste au 5 janvier. La promesse d'embauche est jointe à ce message.

Bien cordialement,
{s} Morel
""")

add("offer-agency", OFFER, "{s} Barraclough <{s}.barraclough@harkerstaff.co.uk>", "{c} - offer!",
    """Hi {n},

You got it! {c} want to offer you the {r} role at £41k plus the usual bonus. They regret they can't move on the start date (5 January), but everything else is negotiable. Ring me when you've had a minute to celebrate.

{s}
""")

add("offer-academic", OFFER, "Dean's Office <dean@{d}>", "Offer of appointment",
    """Dear Dr {n},

On the recommendation of the search committee, I am pleased to offer you appointment as {r}, effective 1 August 2026. The terms are set out in the attached letter.

Sincerely,
Dean of Social Sciences
""", roles=("Assistant Professor of Sociology",))

add("offer-de", OFFER, "{s} Krüger <{s}.krueger@{d}>", "Zusage - wir freuen uns auf dich!",
    """Hallo {n},

wir möchten dich sehr gern im Team haben! Den Vertragsentwurf schicke ich dir morgen. Leider kann unsere Bereichsleitung erst am Freitag unterschreiben, deshalb bitte nicht wundern.

Viele Grüße
{s}
""")

add("offer-verbal-followup", OFFER, "{s} Quinlan <{s}.quinlan@{d}>", "Following our call - your offer",
    """Dear {n},

Following this morning's call, I'm very glad to confirm in writing that {c} is offering you the role of {r}. The paperwork is on its way.

I'm sorry the process dragged - regretfully, our board cycle only meets monthly.

{s} Quinlan
Chief Operating Officer
""")
# ---------------------------------------------------------------- other job mail
add("other-inreview", OTHER, "{c} Hiring <hiring@{d}>", "Status change for your application",
    """Hi {n},

An update on {r}: your application has moved to the stage "Hiring manager review".

View your application: https://apply.{d}/status
""")

add("other-withdrawn", OTHER, "Candidate Care <candidatecare@{d}>", "Withdrawal confirmed: CX-31002",
    """Dear {n},

Your application CX-31002 for {r} has been withdrawn at your request. Shame to lose you - the door's open if you want to come back.

Candidate Care, {c}
""")

add("other-referral-friend-update", OTHER, "Referrals <referrals@{d}>", "Update on your referral: Jonah Mbeki",
    """Hi {n},

Thanks for referring Jonah Mbeki for Data Engineer. The hiring team has reviewed his application and decided not to move forward with him at this time. Referral bonuses only apply to hires, so no bonus will be paid for this referral.

Keep the referrals coming!
{c} Talent
""")

add("other-delay", OTHER, "{s} Lindahl <{s}.lindahl@{d}>", "{r}: timing update",
    """Hi {n},

A quick note to everyone still in process for {r}: our leadership offsite has moved, so decisions will take about two weeks longer than planned. Nobody has been turned down, and your application is still live.

Thanks for bearing with us,
{s}
""")

add("other-account", OTHER, "{c} Careers <no-reply@{d}>", "Welcome to {c} Careers",
    """Hi {n},

Your candidate account is ready. From now on you can save jobs, set up job alerts and track your applications.

If you didn't create this account, please ignore this email.
""")

add("other-data-deleted", OTHER, "Privacy Team <privacy@{d}>", "Your candidate data has been deleted",
    """Dear {n},

As requested under data protection law, everything in your {c} candidate profile has now been erased, including your CV and application history. This request is now closed.

Privacy Team
""")

add("other-feedback-survey", OTHER, "{c} Talent <survey@{d}>", "How was your interview with {c}?",
    """Hi {n},

You recently interviewed with us for {r}. Whatever the outcome turns out to be, we'd love 2 minutes of your honest feedback about the experience.

Take the survey: https://{d}/candidate-survey
""")

add("other-portal-maint", OTHER, "Careers Portal <noreply@{d}>", "Planned maintenance on Saturday",
    """Dear candidate,

Our careers portal will be unavailable on Saturday from 02:00 to 06:00 UTC for maintenance. Applications in progress are saved. We apologise for any inconvenience.
""")

add("other-usajobs-referred", OTHER, "USAJOBS <no-reply@usajobs.example.gov>", "Application Status Update: Referred",
    """Dear {n},

Announcement number: DOI-FWS-26-1190-MP

Your name is on the certificate passed to the hiring manager. Being on it doesn't guarantee an interview; if the manager wants to talk to you, the office will be in touch.
""")

add("other-reminder-incomplete", OTHER, "{c} Careers <no-reply@{d}>", "You haven't finished your application",
    """Hi {n},

You started an application for {r} but didn't submit it. Applications close on Friday - pick up where you left off:

https://careers.{d}/continue
""")

add("alert-weekly", ALERT, "JobHarbor Alerts <alerts@jobharbor.example>", "12 new jobs for \"analyst\" near you",
    """Hi {n},

Here are this week's new jobs:
- Reporting Analyst - {c} - Leeds
- Junior Data Analyst - Harrowgate Water - Remote
- Pricing Analyst - Fernhollow Retail - Manchester

Not interested? Tap "Not for me" on a job and we'll show you fewer like it. Rejected by an employer? Don't let it slow you down - 3 in 4 people land their next role within 4 months.
""")

add("alert-digest", ALERT, "Careers Digest <digest@{d}>", "Roles you might like at {c}",
    """Hi {n},

Based on your profile, these new roles at {c} might interest you:
- {r} (Hybrid)
- Senior {r}

Manage your job alerts at careers.{d}.
""")

add("pitch-linkedin", PITCH, "{s} Harlow <{s}.harlow@talentscout.example>", "Opportunity: {r} at a fast-growing fintech",
    """Hi {n},

Your profile popped up in a search and your background stood out. I'm working with a Series C fintech that's hiring a {r} - fully remote, strong equity.

Fancy 15 minutes on the phone this week?

{s}
""")

add("pitch-agency", PITCH, "{s} <{s}@northstar-recruit.example>", "Quick question",
    """Hi {n}, hope all's well. Would you consider a move right now? Two briefs in the {r} space that might interest you - nothing will happen without your say-so. Cheers, {s}
""")

add("pitch-headhunter", PITCH, "{s} Vandersloot <{s}@executivesearch.example>", "Confidential search - {r}",
    """Dear {n},

We have been retained on a confidential basis to find a {r} for a listed manufacturer in the Midlands. Your name came up in several conversations. Would you be willing to have an exploratory call, without commitment?

Kind regards,
{s} Vandersloot
""")

# ---------------------------------------------------------------- non-job mail with rejection words
add("nonjob-card", NONJOB, "Monzo-ish Bank <alerts@bank.example>", "Payment declined",
    """Hi {n}, a payment of £62.40 to TRAINLINE was declined because your card has been frozen in the app. Unfreeze it to try again. If this wasn't you, call us.
""")

add("nonjob-flat", NONJOB, "Lettings <lettings@citymove.example>", "12B Harbour Row - update",
    """Hi {n},

Thanks for viewing 12B Harbour Row. The landlord has accepted an offer from another applicant, so the flat is no longer available. We have two similar flats in the same postcode - shall I book viewings?

Tom, Citymove Lettings
""")

add("nonjob-paper", NONJOB, "Program Chairs <chairs@confsys.example>", "Paper #214 decision",
    """Dear {n},

Sadly, submission #214, "Scalable label noise estimation", was not among the papers chosen for the main track. The reviews are below. We encourage you to consider the workshop track.

Program Chairs
""")

add("nonjob-visa", NONJOB, "Visa Centre <noreply@visacentre.example>", "Your visa application",
    """Dear {n},

We have refused your visitor visa application. The attached letter gives the decision-maker's reasons. A fresh application can be made whenever you like.
""")

add("nonjob-grant", NONJOB, "Arts Council-ish <grants@artsfund.example>", "Project grant - outcome",
    """Dear {n},

Thank you for applying to the Project Grants fund. Unfortunately we are unable to offer funding for your project this round. The fund was heavily oversubscribed.
""")

add("nonjob-pr", NONJOB, "GitHub <notifications@github.example>", "Re: [acme/toolkit] Add retry to fetch (#1182)",
    """@{n} thanks for the PR! We'll pass on this one - retries belong in the caller, not the library. Closing it; an issue is the place to argue the case.

Reply to this email directly or view it on GitHub.
""")

add("nonjob-party", NONJOB, "{s} <{s}@friends.example>", "Re: Saturday?",
    """Aw {n}, sadly I have to decline - it's my nan's 90th. Rain check? Have a pint for me x
""")

add("nonjob-insurance", NONJOB, "Claims <claims@insure.example>", "Claim CLM-55120",
    """Dear {n},

Our assessor has looked at your water-damage claim. Unfortunately your policy excludes gradual leaks, so the claim has been declined. If you disagree, tell us within 28 days.
""")

add("nonjob-ballot", NONJOB, "City Marathon <ballot@marathon.example>", "Ballot result",
    """Hi {n}, thank you for entering the ballot. Sorry, you weren't successful this year - 540,000 people applied for 17,000 places. Charity places are still open.
""")

add("nonjob-school", NONJOB, "Admissions <admissions@council.example>", "Secondary school place offer",
    """Dear {n},

Your first preference, Hillcrest Academy, was oversubscribed and we could not give your child a place there. A place has been offered at your second preference, Parkside School. You may appeal the decision.
""")

add("nonjob-loan", NONJOB, "Lender <noreply@loans.example>", "Your loan application",
    """Hi {n}, we're sorry, we can't approve your loan application right now. This doesn't affect your credit score. You can apply again in 30 days.
""")

add("nonjob-club", NONJOB, "Membership Secretary <members@rowingclub.example>", "Membership application",
    """Dear {n},

Thank you for your application to join. The novice squad is full for this season, so we have added you to the waiting list at number 14. We will be in touch in spring.
""")

add("nonjob-mortgage-cashback", NONJOB, "Refunds <refunds@shop.example>", "Return request #88231",
    """Hi {n}, your return request for order #88231 was rejected because it arrived back with us after the 30-day limit. We'll post the parcel back.
""")


# ================================================================ rendering
def fill(text: str, values: dict[str, str]) -> str:
    for key, value in values.items():
        text = text.replace("{" + key + "}", value)
    return text


def when(rng: random.Random) -> str:
    start = datetime(2025, 4, 1, tzinfo=UTC)
    day = start + timedelta(days=rng.randrange(600))
    zone = rng.choice(ZONES)
    tz = timezone(timedelta(hours=zone))
    local = datetime(day.year, day.month, day.day, rng.randrange(7, 21), rng.randrange(60), rng.randrange(60), tzinfo=tz)
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
            sender = sender.replace("@" + company + "@", "@").replace("<" + company + "@", "<" + re.sub(r"[^a-z]", "", company.lower()) + "@")
            out.append({
                "id": f"blind10:{prefix}-{counters[prefix]:03d}",
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
    bodies = 0
    for row in rows:
        shared = shingles(row["body"]) & other
        if shared:
            bodies += 1
            shared_all |= shared
            print(f"{row['id']} {row['family']}:")
            for item in sorted(shared):
                print("   ", item)
    print(f"{bodies} of {len(rows)} bodies share a shingle; {len(shared_all)} distinct shared shingles")


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
