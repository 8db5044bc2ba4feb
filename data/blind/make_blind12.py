# ruff: noqa: E501
"""Write blind slice 12 (issue 11): new mail the model has never seen, sealed before the next change.

Stdlib only, fixed seed 120112; two runs write byte-identical output. ``--check`` prints our side
of any 6-word shingle this slice shares with ``data/*.jsonl`` or the earlier slices; those files
are read only as sets of shingles and never printed.

Placeholders in sender, subject and body: ``{n}`` the recipient's first name, ``{r}`` the role,
``{c}`` the company, ``{C}`` the company in capitals, ``{d}`` its mail domain, ``{s}`` the
signer's first name. A family's template name carries its language when it is not English
(``blind12-<lang>-<template>-<variant>``), which ``--langs`` counts.
"""

from __future__ import annotations

import json
import random
import re
import sys
import unicodedata
from collections import Counter
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

SEED = 120112
HERE = Path(__file__).resolve().parent
OUT = HERE / "blind-slice-12.jsonl"
PROV = "written for rejectwatch issue 11 blind slice 12 (make_blind12.py); never trained on"

R = "rejection"
APP = "application_received"
INT = "interview"
NEXT = "next_steps"
OFFER = "offer"
OTHER = "other_job"
ALERT = "job_alert"
PITCH = "recruiter_outreach"
NONJOB = "non_job_rejection_words"
LANGS = ("cs", "el", "fi", "hu", "ro", "tr", "pl", "sv", "no", "da", "de", "fr", "es", "nl", "it", "pt")


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
    MAILS.append(Mail("blind12-" + family, kind, sender, subject, body.strip("\n") + "\n", copies, roles))


FIRST = ["Tendai", "Brigid", "Oskari", "Marisol", "Hamza", "Ingrid", "Zeynep", "Déaglán", "Anouk", "Prakash",
         "Lucía", "Eero", "Adaeze", "Wiktor", "Saoirse", "Katalin", "Bogdan", "Yarrow", "Nikolaos", "Henrike",
         "Jarrah", "Mireille", "Tobiasz", "Keziah", "Dalibor", "Sunniva", "Ilkka", "Farzana", "Rowena", "Teodora"]
LAST = ["Mukamuri", "Ó Ceallaigh", "Lehtonen", "Villalobos", "Qureshi", "Haugland", "Aydın", "Farrelly",
        "Brouwer", "Raghunathan", "Echeverría", "Kallio", "Nwachukwu", "Zieliński", "Mac Giolla", "Szabó",
        "Ionescu", "Haddad", "Papadakis", "Vogelsang", "Tjandra", "Lemaire", "Kowalczyk", "Ashworth",
        "Procházka", "Rønning", "Mäkelä", "Siddiqui", "Pennington", "Stoica"]
MAILHOSTS = ["fastmail.example", "posteo.example", "gmail.example", "outlook.example", "icloud.example", "web.example"]
SIGNERS = ["Bronagh", "Tiago", "Hyun-woo", "Marit", "Olumide", "Cressida", "Anselm", "Priyanka", "Gwilym", "Nadia",
           "Torsten", "Ebele", "Fionnuala", "Joaquín", "Liesel", "Ravi", "Solveig", "Caoimhe", "Dmitri", "Wairimu"]
COMPANIES = [("Copperleaf Logistics", "copperleaf-logistics.com"), ("Hallowmere Insurance", "hallowmere.co.uk"),
             ("Quillstone Legal", "quillstone.law"), ("Bramblegate Foods", "bramblegate.com"),
             ("Nettlefield Energy", "nettlefield.energy"), ("Orrery Systems", "orrerysystems.io"),
             ("Tidewell Pharma", "tidewellpharma.com"), ("Silverbirch Housing", "silverbirch.org.uk"),
             ("Kestrelmark Bank", "kestrelmark.eu"), ("Dunmore & Vale", "dunmorevale.com"),
             ("Lanternfish Robotics", "lanternfish.ai"), ("Pemberly Outdoors", "pemberly-outdoors.com"),
             ("Rivetworks Manufacturing", "rivetworks.de"), ("Seaholly Travel", "seaholly.travel"),
             ("Greymantle Security", "greymantle.io"), ("Cloudberry Education", "cloudberry.edu.au"),
             ("Marigold Clinics", "marigoldclinics.in"), ("Thistledown Media", "thistledown.media"),
             ("Ferrovia Engineering", "ferrovia-eng.it"), ("Ashgrove Analytics", "ashgrove.dev")]
ROLES = ["Fleet Maintenance Planner", "Grants Officer", "Biostatistician", "Pricing Analyst", "Estates Surveyor",
         "Localisation Producer", "Treasury Accountant", "Embedded Firmware Developer", "Tenancy Sustainment Officer", "Cold Chain Supervisor",
         "Accessibility Specialist", "Regulatory Affairs Associate", "Search Relevance Engineer", "Bid Writer", "Quantity Surveyor"]
ZONES = [-7, -5, -4, -3, 0, 1, 2, 3, 4, 5.5, 8, 10]
DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

# ---------------------------------------------------------------- rejections: person-written thread replies, no negation
add("thread-ops-chose", R, "{s} Castellane <{s}.castellane@{d}>", "RE: [EXT] Re: Thursday follow-up ({r})",
    """Hi {n},

Sorry for keeping you waiting, and thank you for the note after Thursday - the extra slides were a kind touch.

Hester and the ops leads finished their wrap-up an hour ago. Their pick is a candidate who ran a warehouse go-live on our exact WMS, and with cut-over booked for February that tipped it.

Genuinely, the panel enjoyed your session. Your answer on the returns backlog is being quoted in a planning doc already, which tells you something.

Warmly,
{s}

{s} Castellane | Talent Acquisition | {c}
Mobile +44 7700 900 412

-----Original Message-----
From: {n} <{n}@fastmail.example>
Sent: Monday, 9:14 AM
To: {s} Castellane
Subject: [EXT] Re: Thursday follow-up ({r})

Hi {s}, just checking whether the team has reached a view yet? Many thanks, {n}
""", copies=2)

add("thread-internal-mover", R, "{s} <{s}@{d}>", "Re: Re: chat on Friday",
    """{n},

Apologies for going quiet, it's been a strange fortnight here.

Where we've landed: one of our own analysts from the Leeds office put her hand up late in the process, and the director has moved her across into the {r} seat. Close call, and nothing you did or said.

Your write-up of the pricing case was excellent, by the way. Keep doing that in interviews.

{s}

Sent from my iPhone

> On 14 Oct, at 17:02, {n} wrote:
>
> Hi {s}, hope all's well - any update from your side on the role? Cheers
""", copies=2)

add("thread-gmail-quote", R, "{s} Okonjo <{s}.okonjo@{d}>", "Re: [External] {r} - second conversation",
    """Hello {n},

Thank you once more for Tuesday, and for pressing us on the on-call rota - a fair question.

The hiring group talked it through at length and is making the offer to another finalist, someone who has worked on a payments platform very like the one we're rebuilding. After two stages I know that's hard to hear.

Happy to connect on LinkedIn if you'd like.

Kind regards
{s}

On Wed, 3 Sept 2025 at 08:47, {n} <{n}@posteo.example> wrote:
> Dear {s},
> Thank you for Tuesday. Is there any news on the timing you mentioned?
> Best wishes,
> {n}
""", copies=2)

add("thread-offer-accepted-elsewhere", R, "{s} from {c} <{s}@{d}>", "RE: RE: [EXT] Final round - {r}",
    """Hi {n}, hope you had a restful weekend.

I promised you an answer by today, so: our other finalist accepted the offer on Friday afternoon, and the role is now filled.

It was a really tough call. Jonty wants you to know he hopes you'll apply again when the platform team grows next year.

Thank you for sticking with us through three rounds.

Best,
{s}
People Team, {c}

________________________________
From: {n}
Sent: 21 November 2025 16:40
To: {s}
Subject: RE: [EXT] Final round - {r}

Thanks {s}, I'll wait to hear.
""", copies=2)

add("thread-team-lead-direct", R, "{s} Marchetti <{s}.marchetti@{d}>", "Re: Thanks for today",
    """Hey {n},

Thought you should hear it from me, not from the portal.

We've asked someone else to join the team - they've maintained the exact open source library we depend on, and for a team of four that was too useful to pass up.

I really enjoyed the pairing session; your test-first instinct was the best of the week. Coffee's on me next time you're in Bristol.

{s}
Engineering Lead
""", copies=2)

add("thread-panel-further-along", R, "{s} Nakashima <{s}.nakashima@{d}>", "RE: [EXT] Re: Panel interview on the 12th",
    """Dear {n},

Thank you for following up, and apologies that it took a second email from you.

The panel met again yesterday. They felt two of the other candidates were further along in leading regulatory submissions, and we have moved forward with one of them.

I know you were hoping for a different message. Your preparation was evident throughout and the panel noted it.

With best regards,
{s} Nakashima
Recruitment Partner, {c}

From: {n} [mailto:{n}@outlook.example]
Sent: 18 March 2026 10:21
Subject: Re: Panel interview on the 12th
""", copies=1)

# ---------------------------------------------------------------- rejections: clear refusal under long footers
add("footer-careers-long", R, "{c} Careers <careers@{d}>", "Your application to {c}",
    """Dear {n},

Thanks for your interest in our {r} vacancy. The hiring team has read every application now, and we're sorry that yours is not one we'll be taking to interview.

Best of luck as you keep looking.

The {c} Recruitment Team

================================================
EXPLORE LIFE AT {C}
================================================
» Meet the people: read stories from our apprentices, engineers and nurses
» Benefits: 28 days' leave, cycle scheme, enhanced parental leave, volunteering days
» Our pledge: accredited real Living Wage payer; a guaranteed interview scheme for disabled candidates meeting the essentials
» Early careers: our 2026 graduate scheme opens in January - register interest today

Find us on LinkedIn · Instagram · YouTube

Sent to you because you hold a candidate account at careers.{d}.
Manage email preferences | Privacy notice | Delete my account
{c}, Registered office: 4 Canal Wharf, Leeds LS11 5QT. Registered in England No. 08812736
Powered by Workday
""", copies=2)

add("footer-newsletter-under", R, "Talent Team <no-reply@{d}>", "Update on your {r} application",
    """Hi {n},

Thanks for applying for {r}. We've compared your experience with the brief, and the hiring manager is taking other candidates through to interview instead.

Thanks again,
Talent Team

------------------------------------------------------------
THE {C} DISPATCH - November edition
------------------------------------------------------------
What's new: we opened a second hub in Rotterdam and welcomed 40 new colleagues.
Podcast: episode 12, "Shipping software that ships parcels", is out now.
Events: join our virtual open evening on 4 December, 18:00 CET.
Roles you might like: Senior Buyer (Remote), Warehouse Shift Lead (Tilburg), Data Analyst (Hybrid)

Had enough of the Dispatch? Opt out here.
This message was sent by SmartRecruiters on behalf of {c}.
""", copies=2)

add("footer-job-alert-block", R, "{c} Jobs <jobs-noreply@{d}>", "{r} - application outcome",
    """Hello {n},

Thank you for your interest in {c}. On this occasion your application for {r} has been unsuccessful.

Kind regards,
Resourcing

+++ JOBS MATCHING YOUR SAVED SEARCH +++
Warehouse Operative - Nights | Doncaster | £13.10/hr | Apply now
Transport Planner | Hybrid | £34,000 | Apply now
Customer Service Adviser | Remote | £24,500 | Apply now
Stock Controller | Northampton | £28,000 | Apply now

See all 212 open roles >
You're receiving job alerts because you opted in on 02/05/2025. Change frequency: daily | weekly | off
Powered by iCIMS Talent Cloud
""", copies=2)

add("footer-html-table", R, "Recruiting <recruiting@{d}>", "Your candidacy - {r}",
    """<table width="100%"><tr><td>
Hi {n},<br><br>
Thanks again for the conversations with our team about {r}. After the debrief we've decided to close your candidacy for this role and proceed with others.<br><br>
Do keep an eye on our openings; the team grows every quarter.<br><br>
Best,<br>The {c} Recruiting Team
</td></tr></table>
<table><tr><td style="font-size:11px;color:#888">
{c} · 1200 Harbor Blvd, Suite 400 · Oakland, CA 94607<br>
We're hiring across Product, Engineering and Sales → see open roles<br>
<a href="#">Twitter</a> · <a href="#">LinkedIn</a> · <a href="#">Blog</a><br>
Sent via Greenhouse. Wrong recipient? Let recruiting@{d} know.
</td></tr></table>
""", copies=2)

add("footer-gdpr-essay", R, "{c} HR <hr-noreply@{d}>", "Application {r} / ref 4471-{C}",
    """Dear {n},

Further to your recent application: the shortlisting panel has met and has not invited you to interview.

HR Services

DATA PROTECTION INFORMATION
Your personal data is processed for recruiting under Art. 6(1)(b) GDPR. The documents you sent are kept for six months after the conclusion of the recruitment procedure and then erased, unless you have consented to a longer retention for the talent pool. You may ask us for access, rectification, erasure, restriction of processing, data portability and to object. You may lodge a complaint with a supervisory authority. Questions go to dpo@{d}.

Confidential: meant for the named addressee only. Received in error? Let the sender know and remove it. {c} takes no responsibility for malware carried by e-mail.
Sent via Personio
""", copies=1)

# ---------------------------------------------------------------- rejections: hedged
add("hedged-fit-more-closely", R, "{s} at {c} <talent@{d}>", "{r} at {c}",
    """Hi {n},

Thanks for applying, and for filling in that long questionnaire (we're shortening it, promise).

The field was strong. A handful of applicants matched the brief more closely on day-to-day Kubernetes work, and it's with them that we're continuing.

Reading about your migration project was a highlight of the pile.

{s}
""", copies=2)

add("hedged-another-way", R, "{s} <{s}@{d}>", "Quick update on {r}",
    """Hi {n},

Closing the loop with you on {r}: we went another way with this hire.

You were a delight to schedule and to talk to. Hope the next thing is the right thing.

{s}
{c}
""", copies=2)

add("hedged-other-profiles", R, "Recruitment <recruitment@{d}>", "Regarding your application",
    """Dear {n},

With reference to your candidature for the post of {r}.

After comparison of all received applications, the committee consider that profiles of some other candidates are corresponding better with present needs of the unit, and the selection will be continued with these candidates.

We are thankful for your interest to {c}.

Yours sincerely,
Recruitment Unit
""", copies=1)

add("hedged-decided-to-pursue", R, "{s} Abernethy <{s}.abernethy@{d}>", "{r} opportunity",
    """{n},

Appreciate you speaking with the team last week. We've decided to pursue candidates with deeper experience in clinical data standards for this position.

Wishing you well in your search.

{s} Abernethy
Talent Acquisition
{c}
""", copies=2)

add("hedged-stronger-alignment", R, "Hiring Team <hiring@{d}>", "Thank you, {n}",
    """Hi {n},

Thank you for sharing your background with us for the {r} role. We reviewed it carefully alongside the rest of the pool and the team is focusing on applicants whose recent experience aligns more directly with B2B SaaS renewals.

We appreciate your interest and wish you the best.

The Hiring Team at {c}
""", copies=1)

add("hedged-others-progressed", R, "{s} <{s}.hr@{d}>", "{r} - after the assessment centre",
    """Dear {n},

Thanks for a long Wednesday at the assessment centre. The assessors met yesterday; the final stage goes to the candidates with the top scores on the group exercise and the case study, and your scores fell just below that line.

Your written report was marked well and we've attached the feedback summary.

Best regards,
{s}
Early Careers, {c}
""", copies=2)

add("hedged-kept-the-other", R, "{s} Drummond <{s}@{d}>", "your trial shift",
    """hi {n}

thanks for coming in saturday, the kitchen liked you. we've kept on the other lad who did the trial thursday though, he can do the early shifts which we really need

all the best with it
{s}
head chef
""", copies=1)

# ---------------------------------------------------------------- rejections: recruiter follow-up, decision plus another role
add("recruiter-call-other-role", R, "{s} Whitcombe <{s}.whitcombe@{d}>", "Following our call",
    """Hi {n},

Nice chatting this afternoon. Putting in writing what I told you: for {r}, the hiring manager is proceeding with the other shortlisted person - she reckoned their director-level stakeholder work was the nearer fit.

In the same breath though - Treasury have a Senior Analyst opening, hybrid out of Manchester, that has your name on it, and with your OK I'll submit you. JD attached; let me know by Wednesday and I'll submit.

Speak soon,
{s}
""", copies=2)

add("recruiter-voicemail-recap", R, "{s} <{s}@{d}>", "Sorry I missed you",
    """Hi {n}, tried you twice this afternoon so Ill put it in writing.

Feedback from {c}: they've offered the role to the internal candidate. They liked you a lot, said your technical round was the strongest.

I've got two other briefs in the same space that might interest you, one contract (6 months, outside IR35) and one perm at a scale-up. Shall we talk tomorrow morning?

{s}
Sent from Outlook for Android
""", copies=2)

add("recruiter-decision-redirect", R, "{s} Ferreira <{s}.ferreira@{d}>", "{r} update + something else",
    """{n} -

Thanks for jumping on a call. To recap: the team has selected a different finalist for {r}, so that one's closed for you.

The good news is our Lisbon office is building out a simliar team from Q2, and your name was the first one mentioned. I'll send the brief once it's signed off.

{s}
Recruiter, {c}
""", copies=1)

add("recruiter-text-transcript", R, "{s} via SMS Bridge <sms-bridge@{d}>", "Text message from {s} ({c})",
    """New text message:

"Hi {n} it's {s} from {c}. Hiring mgr went with someone else for the {r} job sorry :( Got a couple of other roles I'd like to run past you tho, free for a call tmrw?"

Reply to this email to respond by text.
""", copies=1)
# ---------------------------------------------------------------- rejections: public sector
add("gov-not-referred", R, "USAStaffing Notifications <no-reply@usastaffing.example>", "Update on your application for {r}, announcement DE-12874403-26",
    """Dear {n},

We have finished reviewing what you submitted for this position.

Position: {r}, GS-0343-11
Announcement number: DE-12874403-26
Agency: Department of Transportation

Status: Not Referred

You were rated as meeting the minimum qualifications. Because of category rating, only candidates in the Best Qualified category were referred, and your name was not on the list given to the selecting official. The full notice is in your account.

This mailbox is not monitored.
""", copies=2)

add("gov-ineligible", R, "Recruitment Portal <donotreply@jobs.{d}>", "Notice of Results - {r}",
    """NOTICE OF RESULTS

Applicant: {n}
Job: {r}
Recruitment No.: 2026-0417

Result: INELIGIBLE

Reason: Your application does not show the minimum qualifications required at the time of the closing date (two years of full-time experience at the level of Analyst II or equivalent).

Think this result is wrong? Ask for a review in writing no later than 14 calendar days after this notice is dated. Include the recruitment number and the specific information you believe was overlooked.

Human Resources Department
""", copies=2)

add("gov-not-best-qualified", R, "Civil Service Jobs <noreply@csjobs.example>", "{r} - sift outcome (ref 384102)",
    """Dear {n},

The vacancy panel has finished the sift for this post, marking each application on the behaviours and the experience the advert asked for. Yours did not reach the standard needed to progress, and the panel has not placed you among the best qualified candidates to be invited to interview.

Your sift scores were:
  Experience: 3
  Seeing the Big Picture: 4
  Making Effective Decisions: 3
The pass mark for each element was 4.

Yours sincerely,
Vacancy Holder
""", copies=2)

add("gov-vacancy-cancelled", R, "Human Resources <hr@council.{d}>", "Cancellation of recruitment - {r} (post 22/117)",
    """Dear {n},

Following the budget review agreed at Cabinet on 12 November, the council has withdrawn the above post. The recruitment is cancelled and nobody will be appointed to it.

We appreciate the work that went into your application. If a reshaped version of the post is advertised later, look out for it on our jobs page - applications from you would be welcome.

Yours faithfully,

Recruitment Team
Borough Council
""", copies=2)

add("gov-not-placed-list", R, "State Personnel Board <exams@spb.example>", "Examination results - {r}",
    """EXAMINATION RESULT NOTIFICATION

Name: {n}
Examination: {r} (Open, Continuous)
Date of examination: 14/10/2026

Your final score was 62.50. The cut-off for the eligible list was 70.00, so your name does not go on the eligible list for this classification.

You may retake this examination after 6 months from the test date.
""", copies=1)

add("gov-reserve-not", R, "Public Appointments <appointments@psc.example>", "Competition PA-2026-081: outcome",
    """Dear {n},

Following the final interview board for competition PA-2026-081 ({r}), the board has placed candidates in order of merit. I regret to inform you that your name has not been placed on the panel from which appointments will be made.

You are entitled to request feedback within 5 working days. The request should be addressed to the Competition Manager.

Yours sincerely,
Competition Manager
""", copies=1)

# ---------------------------------------------------------------- rejections: bare ATS status
add("ats-status-bare", R, "{c} <notification@myworkday.example>", "Application status update",
    """Hi {n},

There's a change on your {r} (R-0042816) application.

Current status: No longer under consideration

Details are in your candidate home.
""", copies=2)

add("ats-status-closed-not-selected", R, "Careers Portal <careers@{d}>", "Status: Closed – not selected",
    """Requisition: {r}
Candidate: {n}
Status: Closed – not selected
Updated: see candidate portal

(auto-generated - nobody reads replies to this mailbox)
""", copies=1)

add("ats-html-row", R, "{c} Recruiting <no-reply@{d}>", "Your applications at {c}",
    """<p>Hi {n}, here is a summary of your applications.</p>
<table border="1" cellpadding="4">
<tr><th>Job</th><th>Location</th><th>Applied</th><th>Status</th></tr>
<tr><td>{r}</td><td>Dublin</td><td>02/09/2026</td><td>Not selected</td></tr>
</table>
<p>Log in to update your profile or withdraw an application.</p>
<p style="color:#999">Powered by SuccessFactors</p>
""", copies=2)

add("ats-position-filled", R, "Jobs at {c} <jobs@{d}>", "{r} - position filled",
    """Hello {n},

We've filled the {r} vacancy, so your application is now closed.

Thanks for applying.

Automatic notice - {c} applicant tracking
""", copies=1)

add("ats-candidate-home-msg", R, "Candidate Home <candidatehome@{d}>", "You have a new message",
    """You have 1 new message in your candidate home.

From: {c} Talent Acquisition
Regarding: {r}

"Your application has been reviewed and the team will not be progressing it further. Thank you for applying."

View message | Manage notifications
""", copies=1)

add("ats-disposition-code", R, "iCIMS <noreply@icims.example>", "Job update: {r}",
    """{n},

The following job has been updated in your profile:

Job: {r}
Disposition: Candidate not selected – other candidate hired
Date: see portal

If you have questions, contact the recruiter listed on the posting.
{c} | Powered by iCIMS
""", copies=2)

# ---------------------------------------------------------------- rejections: internship / graduate programmes
add("intern-programme-letter", R, "Summer Internship Programme <internships@{d}>", "Your 2026 Summer Internship application",
    """Dear {n},

Thanks for your application to the {c} Summer Internship Programme 2026 and for recording your video answers.

Over 3,400 students applied for 60 places this year. Our assessors have scored every video, and yours is not among those going through to the programme.

Our graduate intake opens in the autumn, and having done this process once you'll know what to expect.

Best wishes,
Early Talent Team
""", copies=2)

add("grad-scheme-after-ac", R, "Graduate Recruitment <graduates@{d}>", "Graduate Scheme 2026 - final stage outcome",
    """Dear {n},

Thanks for coming to our final assessment day. The assessors have pooled the evidence from all four exercises, and I'm sorry that the Graduate Scheme place this year goes to others rather than you.

Your strongest area was the in-tray exercise. Areas to develop: structuring the presentation, and linking recommendations back to the client brief.

Kind regards,
Graduate Recruitment
""", copies=2)

add("placement-year", R, "{s} (Placements) <placements@{d}>", "Industrial placement 2026/27",
    """Hi {n},

thanks for applying for a 12-month placement with us. Every 2026/27 placement has now been allocated to other students, so your application stops here I'm afraid.

Good luck finding a placement!
{s}
""", copies=1)

add("phd-studentship", R, "Doctoral College <dtp-admissions@uni.example>", "Studentship application - outcome",
    """Dear {n},

Re: funded PhD studentship in Computational Ecology. The panel met on 3 March and made its offer to another applicant, who has accepted. This closes your application for the current round.

Yours sincerely,
Doctoral College Admissions
""", copies=1)

# ---------------------------------------------------------------- rejections: short, blunt
add("blunt-one-liner", R, "{s} <{s}@{d}>", "Re: {r}",
    """Not moving foward with you on this one, thanks.
{s}
""", copies=2)

add("blunt-no-role", R, "{s} Pryce <{s}@{d}>", "application",
    """{n}, we have no role for you at this time. Regards, {s}
""", copies=1)

add("blunt-passing", R, "{s} <{s}@{d}>", "re: portfolio",
    """hey {n}, looked thru the portfolio - we're going to pass on it. good luck!!

{s}
""", copies=1)

add("blunt-unsuccessful-sms", R, "{c} Recruitment <recruitment@{d}>", "Your application",
    """Hi {n}, your application for {r} was unsuccessful. Thanks for applying. - {c}
""", copies=1)

# ---------------------------------------------------------------- rejections: agency
add("agency-client-feedback", R, "{s} Hargreaves <{s}.hargreaves@talentbridge.example>", "Client feedback - {r}",
    """Hi {n},

Client's come back on {r}. They're not taking you to the second interview, sadly - their words were they need somebody who's directly led 10+ people.

Don't be disheartened, it was a tight shortlist. I'll keep sending relevant roles your way.

Cheers,
{s} Hargreaves
Senior Consultant, TalentBridge Recruitment
Direct: 0161 496 0742
TalentBridge Recruitment Ltd is an employment agency and an employment business.
""", copies=2)

add("agency-cv-not-shortlisted", R, "{s} <{s}@pinnacle-staffing.example>", "RE: your CV for the {r} job",
    """Hi {n},

Apologies for the slow reply. My client has gone through the CVs I submitted and yours didn't make their shortlist; they're prioritising people with SAP S/4 experience.

I'll shout if something closer comes up.

Thanks,
{s}
Pinnacle Staffing | Finance & Accounting
""", copies=2)

add("agency-role-pulled", R, "{s} Kealy <{s}@hirewell-partners.example>", "{r} - client update",
    """Hi {n},

Bad news I'm afraid - my client has pulled the role entirely after a restructure, so the process has stopped for everyone, including you.

Gutted for you, I know you were keen. Shall I look at other options for you?

{s}
""", copies=1)

# ---------------------------------------------------------------- rejections: decision late or in a P.S.
add("warm-then-decision", R, "{s} Lindqvist <{s}.lindqvist@{d}>", "Thank you from all of us",
    """Dear {n},

I wanted to start by saying how much the team enjoyed meeting you. The way you spoke about your time at the food bank, and how you'd use that to shape our volunteer programme, stayed with several of us for days afterwards. We talked about it again on Monday.

We've spent a long time on this decision, and in the end the trustees have appointed someone who has already run a regional volunteer network of a similar size.

Please do keep in touch - we mean that.

With warm wishes,
{s}
Chief Executive, {c}
""", copies=2)

add("ps-decision", R, "{s} <{s}@{d}>", "Great to meet you",
    """Hi {n},

Friday was such fun - bringing the prototype was inspired, half the studio queued to play with it over lunch.

Hope the move to the new flat went smoothly and that the cat has forgiven you.

Best,
{s}

P.S. Argh, buried the lede: the {r} role has gone to another designer. Would you be up for a freelance project with us in the spring, though? I'd love that.
""", copies=2)

add("long-update-then-decision", R, "{s} Ogunbanjo <{s}.ogunbanjo@{d}>", "Where things are with {r}",
    """Hi {n},

A longer one, sorry. Since we last spoke the team has had a reorganisation: Priti is now heading the analytics group and the reporting work has moved under Finance. We spent some of October re-scoping what the {r} role should cover, which is partly why you haven't heard from me.

With the re-scope, the role became much more about forecasting models and less about stakeholder reporting, and the group chose to appoint a candidate from the earlier shortlist with an econometrics background.

You were very patient with us and I'm grateful.

{s}
""", copies=1)

# ---------------------------------------------------------------- rejections: on hold, budget, cancelled, closed internally
add("hold-budget-freeze", R, "{s} Trevithick <{s}@{d}>", "{r} - hiring freeze",
    """Hi {n},

Hate sending this one. {c} froze all external hiring this morning until next financial year at the earliest, and {r} is caught by it. The process stops here, and there's no offer we're able to make you.

You'll be my first call if the freeze thaws and the role comes back.

{s}
""", copies=2)

add("hold-indefinitely", R, "Recruiting Team <recruiting@{d}>", "{r} - position on hold",
    """Hi {n},

A shift in business priorities means the {r} requisition is paused with no restart date. Every application attached to it is being closed today, yours among them.

We're grateful you considered {c}.

Recruiting Team
""", copies=1)

add("closed-search-internally", R, "{s} <{s}.talent@{d}>", "Update regarding {r}",
    """Dear {n},

Thanks for the conversations over the past month.

We've decided to close the search internally: the {r} position will be filled by a secondment from our Singapore office. I'm letting the remaining external candidates know this week.

I enjoyed our talks very much.

Best regards,
{s}
""", copies=2)

add("role-cancelled-reorg", R, "{s} Halloran <{s}@{d}>", "the {r} role",
    """Hi {n},

Not the email I wanted to write. Following the merger announcement, the {r} position has been cancelled - the work is moving to the acquiring team, who already have someone doing it.

So this ends the process for this role. I'm sorry after all the time you've invested.

{s}
""", copies=1)

add("reqs-filled-earlier", R, "{c} Talent <talent@{d}>", "{r} (REQ-3310)",
    """Hi {n},

Thank you for applying for {r}. This requisition was filled before we were able to review your application, so we have closed it on our side.

We encourage you to apply to other openings that match your experience.

{c} Talent
Sent via Lever
""", copies=1)

# ---------------------------------------------------------------- rejections: other new shapes
add("calendar-cancel-with-decision", R, "{s} <{s}@{d}>", "Cancelled: Final interview - {r} @ Thu 14:00",
    """This event was cancelled by the organiser.

Final interview - {r}
Thu 14:00–15:00 London
Organiser: {s}

Message from organiser:
"Hi {n}, sorry for the short notice - the role went to another candidate this morning, so Thursday's session is off. Thanks for all your time up to now."

Google Calendar event update
""", copies=1)

add("forward-from-manager", R, "{s} <{s}@{d}>", "Fwd: candidates for {r}",
    """Hi {n} - forwarding the manager's note so you see it straight from him. Sorry it's not better news.

---------- Forwarded message ---------
From: Kieran Stobart
Date: Tue, 14 Jan
Subject: candidates for {r}

{s}, can you let {n} know we're going with Alex? Good candidate, just Alex has done the Salesforce migration twice. Thanks.
""", copies=1)

add("portal-feedback-score", R, "Hiring Platform <feedback@{d}>", "Feedback on your {r} take-home",
    """Hi {n},

Your take-home submission for {r} has been reviewed by two engineers.

Overall: did not meet the bar for the onsite stage
- Correctness: partial (2 of 5 edge cases handled)
- Code structure: good
- Tests: limited

You can apply again for engineering roles at {c} after 6 months.
""", copies=2)

add("chat-style-mobile", R, "{s} <{s}@{d}>", "hey",
    """hey {n}! sorry I ghosted a bit. they picked another person for the barista lead spot, the manager's nephew actually lol. you'd have been great. still need people for weekend shifts if u want?

Sent from my Galaxy
""", copies=1)

add("volunteer-to-paid-hr", R, "{c} People <people@{d}>", "Outcome: {r} (internal & external campaign)",
    """Dear {n},

The above role was advertised to staff and externally at the same time, and you applied through the external route.

Interviews are finished; another applicant was offered the post and has accepted it. This message is to confirm the outcome of your application as unsuccessful.

You can request feedback from the recruiting manager.

People Services
""", copies=1)
# ---------------------------------------------------------------- rejections in other languages
add("cs-hr-other-candidate", R, "Personální oddělení {c} <hr@{d}>", "Vaše přihláška na pozici {r}",
    """Dobrý den, {n},

rádi bychom Vám poděkovali za přihlášku na místo {r} u {c} a za Vaši trpělivost během celého řízení.

Všechny přihlášky jsme prošli s vedoucím týmu a místo nabízíme kandidátovi, jehož dosavadní praxe sedí na naše současné potřeby o něco víc.

Ať se Vám daří.

S pozdravem
Personální oddělení {c}
""", copies=1)

add("cs-thread-after-interview", R, "{s} <{s}@{d}>", "Re: Re: pohovor ve čtvrtek",
    """Ahoj {n},

díky ještě jednou za čtvrteční rozhovor, bylo to moc příjemné.

Nakonec jsme vybrali kolegyni, která u nás dřív dělala na zakázku a zná náš systém zevnitř. Rozhodování nebylo jednoduché.

Držím palce a ozvi se, kdyby ses někdy chtěl/a potkat na kafe.

{s}

> Dne 6. 11. 2025 v 9:12 {n} napsal/a:
> Dobrý den, chtěl/a bych se zeptat, jestli už je rozhodnuto?
""", copies=1)

add("cs-ats-unsuccessful", R, "Kariérní portál <noreply@{d}>", "Informace o výsledku výběrového řízení",
    """Dobrý den,

oznamujeme Vám, že Vaše přihláška na pozici {r} nebyla v tomto výběrovém řízení úspěšná a dále ji nebudeme posuzovat.

Děkujeme za pochopení.

Tato zpráva byla vygenerována automaticky, neodpovídejte na ni.
Provozováno systémem Teamio
""", copies=1)

add("el-profile-fits-better", R, "Τμήμα Ανθρώπινου Δυναμικού <hr@{d}>", "Η αίτησή σας για τη θέση {r}",
    """Αγαπητέ/ή {n},

Λάβαμε και μελετήσαμε την αίτησή σας για τη θέση {r} στην {c}, και σας ευχαριστούμε γι' αυτήν.

Η επιτροπή επιλογής θα συνεχίσει με άλλους υποψηφίους, που η εμπειρία τους είναι πιο κοντά σε όσα χρειάζεται σήμερα η ομάδα.

Καλή συνέχεια στην αναζήτησή σας.

Με εκτίμηση,
Τμήμα Ανθρώπινου Δυναμικού
""", copies=1)

add("el-after-interview-chose", R, "{s} <{s}@{d}>", "RE: Συνέντευξη της Πέμπτης",
    """Καλησπέρα {n},

Ευχαριστούμε πολύ για τον χρόνο σας στη συνέντευξη της Πέμπτης.

Η ομάδα επέλεξε τελικά έναν υποψήφιο με πολυετή εμπειρία στη ναυτιλία, που ήταν το κρίσιμο σημείο για τη συγκεκριμένη θέση.

Θα χαρούμε να μείνουμε σε επαφή.

Φιλικά,
{s}
""", copies=1)

add("el-not-next-stage", R, "Καριέρα στην {c} <careers@{d}>", "Ενημέρωση για την υποψηφιότητά σας",
    """Γεια σας {n},

Δυστυχώς η υποψηφιότητά σας για τη θέση {r} δεν προκρίθηκε στο επόμενο στάδιο της επιλογής.

Σας ευχαριστούμε που μας προτιμήσατε.

Η ομάδα προσλήψεων
""", copies=1)

add("fi-other-applicant", R, "{c} Rekrytointi <rekry@{d}>", "Kiitos hakemuksestasi",
    """Hei {n},

kiitos kiinnostuksestasi {r}-tehtävää kohtaan. Saimme paljon hyviä hakemuksia, ja valinta kohdistui tällä kertaa toiseen hakijaan.

Toivotamme sinulle onnea jatkoon!

Ystävällisin terveisin
{c} / Rekrytointi
""", copies=1)

add("fi-municipal-decision", R, "Kuntarekry <noreply@kuntarekry.example>", "Tiedote valintapäätöksestä",
    """Hyvä hakija,

tehtävään {r} (hakunumero 2026-8841) on valittu toinen hakija. Valintapäätös on nähtävillä kaupungin kirjaamossa, ja siihen liitetään oikaisuvaatimusohje.

Kiitämme kiinnostuksestasi kaupungin tehtäviä kohtaan.

Henkilöstöpalvelut
""", copies=1)

add("fi-not-to-interview", R, "{s} <{s}@{d}>", "{r} - haastattelut",
    """Hei {n},

kävimme hakemukset läpi viime viikolla. Valitettavasti et tullut valituksi haastatteluun, sillä hakijoita oli paljon ja etsimme tällä kertaa enemmän tuotantopuolen kokemusta.

Kiitos vielä ajastasi.

{s}
""", copies=1)

add("hu-not-you", R, "{c} HR <karrier@{d}>", "Visszajelzés a jelentkezéséről",
    """Kedves {n}!

Köszönjük, hogy jelentkezett a(z) {r} pozícióra, és hogy időt szánt a személyes beszélgetésre.

Sajnálattal értesítjük, hogy a kiválasztás során ezúttal egy másik jelölt mellett döntöttünk.

Sok sikert kívánunk a további álláskereséshez!

Üdvözlettel:
{c} HR csapata
""", copies=1)

add("hu-continue-other", R, "{s} <{s}@{d}>", "Re: {r} állás",
    """Szia {n}!

Köszi a türelmet. Megbeszéltük a csapattal, és a folyamatot egy másik jelölttel visszük tovább, aki már dolgozott hasonló ERP-bevezetésen.

Nagyon jó volt veled beszélgetni, maradjunk kapcsolatban.

{s}
""", copies=1)

add("hu-position-filled", R, "Állásportál <ertesites@{d}>", "A meghirdetett pozíciót betöltöttük",
    """Tisztelt {n}!

Tájékoztatjuk, hogy a(z) {r} pozíciót betöltöttük, így jelentkezését a továbbiakban nem tudjuk figyelembe venni.

Köszönjük érdeklődését.

Ez egy automatikus üzenet.
""", copies=1)

add("ro-other-profiles", R, "Recrutare {c} <recrutare@{d}>", "Candidatura dumneavoastră - {r}",
    """Bună ziua, {n},

Vă mulțumim pentru interesul acordat poziției de {r}. După o analiză atentă a tuturor aplicațiilor, am decis să continuăm procesul de recrutare cu alți candidați, ale căror profiluri corespund mai bine cerințelor actuale ale echipei.

Vă dorim mult succes în continuare!

Cu stimă,
Echipa de Recrutare {c}
""", copies=1)

add("ro-not-retained", R, "{s} <{s}@{d}>", "Feedback interviu {r}",
    """Salut {n},

Îți mulțumesc pentru discuția de marți. Din păcate, candidatura ta nu a fost reținută pentru etapa următoare; echipa a ales un coleg cu mai multă experiență pe partea de testare automată.

Toate cele bune,
{s}
""", copies=1)

add("ro-ats-short", R, "Portal Cariere <noreply@{d}>", "Status aplicare: Respins",
    """Stimate/Stimată {n},

Statusul aplicării tale pentru {r} a fost actualizat: Respins.

Îți mulțumim pentru timpul acordat.
Mesaj generat automat - te rugăm să nu răspunzi.
""", copies=1)

add("tr-other-candidate", R, "{c} İnsan Kaynakları <ik@{d}>", "{r} pozisyonu başvurunuz hakkında",
    """Sayın {n},

{r} ilanımıza başvurduğunuz ve sürece zaman ayırdığınız için çok teşekkür ederiz.

Ekibimiz tüm başvuruları inceledi; bu rol için deneyimi ihtiyaçlarımıza daha yakın olan bir adayla yola devam edilecek.

Yeni işinizde ve önünüzdeki adımlarda bol şans dileriz.

Saygılarımızla,
İnsan Kaynakları
""", copies=1)

add("tr-result-negative", R, "Kariyer Bildirim <bildirim@{d}>", "Başvurunuz sonuçlandı",
    """Merhaba {n},

{c} firmasının {r} ilanına yaptığın başvuru değerlendirildi ve olumsuz sonuçlandı.

Sana uygun yeni ilanlar için profilini güncel tutmayı unutma.

Bu e-posta otomatik olarak gönderilmiştir.
""", copies=1)

add("tr-after-interview", R, "{s} <{s}@{d}>", "Ynt: Mülakat sonrası",
    """Merhaba {n},

Geçen haftaki görüşme için tekrar teşekkürler. Yönetim, sahada daha uzun süre çalışmış bir adayı tercih etti; bu nedenle süreci seninle devam ettiremiyoruz.

İleride uygun bir pozisyon açılırsa seninle iletişime geçmek isterim.

İyi çalışmalar,
{s}
""", copies=1)

add("pl-other-person", R, "Rekrutacja {c} <rekrutacja@{d}>", "Dziękujemy za udział w rekrutacji",
    """Dzień dobry {n},

bardzo dziękujemy za czas poświęcony na rozmowy o roli {r}. Zespół przejrzał wszystkie zgłoszenia i dalej idziemy z inną osobą.

Trzymamy kciuki za kolejne kroki zawodowe.

Serdeczności
Zespół Rekrutacji
""", copies=1)

add("pl-not-next-stage", R, "{s} <{s}@{d}>", "Odp: rozmowa - {r}",
    """Cześć {n},

dzięki za rozmowę w zeszły wtorek. Niestety tym razem nie zaprosimy Cię do kolejnego etapu - zespół postawił na osobę z większym doświadczeniem w React Native.

Trzymam kciuki!
{s}

Wysłane z iPhone'a
""", copies=1)

add("pl-recruitment-finished", R, "Kariera {c} <kariera@{d}>", "Zakończenie rekrutacji - {r}",
    """Szanowna Pani / Szanowny Panie,

informujemy, że rekrutacja na stanowisko {r} została zakończona. Wybraliśmy kandydata, którego doświadczenie najlepiej odpowiada wymaganiom tej roli.

Dziękujemy za zainteresowanie ofertą.

Z poważaniem
Dział HR
""", copies=1)

add("sv-moved-on", R, "{c} Rekrytering <rekrytering@{d}>", "Angående din ansökan som {r}",
    """Hej {n}!

Stort tack för att du sökte jobbet som {r} hos oss. Efter intervjuomgången har vi valt att fortsätta med några andra personer, som har mer av den erfarenhet teamet saknar idag.

Lycka till framöver!

Vänliga hälsningar
{c}
""", copies=1)

add("sv-filled", R, "{s} <{s}@{d}>", "Tjänsten är tillsatt",
    """Hej {n},

Tjänsten som {r} är nu tillsatt. Tack för visat intresse och för att du tog dig tid att träffa oss.

Hälsningar,
{s}
""", copies=1)

add("no-not-further", R, "{c} HR <hr@{d}>", "Din søknad på stillingen som {r}",
    """Hei {n},

tusen takk for søknaden din til {r}-stillingen. Alle søknadene er nå lest, og din blir ikke med videre i denne runden.

Lykke til med jobbjakten!

Med vennlig hilsen
{c}
""", copies=1)

add("no-filled", R, "{s} <{s}@{d}>", "Stillingen er besatt",
    """Hei {n},

Stillingen er nå besatt. Vi takker for interessen og for en hyggelig samtale.

Mvh {s}
""", copies=1)

add("da-another-candidate", R, "{c} Rekruttering <job@{d}>", "Vedr. din ansøgning",
    """Kære {n},

Tak for din ansøgning til stillingen som {r}. Vi har nu afsluttet rekrutteringen og har valgt en anden kandidat til stillingen.

Vi vil gerne takke dig for interessen for {c}.

Med venlig hilsen
{c}
""", copies=1)

add("da-no-interview", R, "{s} <{s}@{d}>", "Din ansøgning - {r}",
    """Hej {n}

Vi har haft mange kvalificerede ansøgere, og vi har desværre ikke mulighed for at invitere dig til samtale denne gang.

Held og lykke med jobsøgningen.

Venlig hilsen
{s}
""", copies=1)

add("de-decided-for-her", R, "{s} <{s}@{d}>", "AW: AW: Gespräch vom Dienstag",
    """Hallo {n},

herzlichen Dank für Dienstag und dafür, dass Sie so geduldig auf uns gewartet haben.

Die Wahl ist auf eine Kandidatin gefallen, die bereits zwei ERP-Umstellungen im Mittelstand begleitet hat. Das war am Ende ausschlaggebend.

Alles Gute und viele Grüße
{s}
""", copies=1)

add("fr-other-profile", R, "{s} <{s}@{d}>", "Suite à notre échange",
    """Bonjour {n},

Suite à notre échange téléphonique, je reviens vers vous : le manager a retenu un autre profil pour le poste de {r}, plus proche de son besoin immédiat.

Je garde vos coordonnées et n'hésiterai pas à vous recontacter.

Belle journée,
{s}
Chargée de recrutement, {c}
""", copies=1)

add("es-decantado", R, "{s} <{s}@{d}>", "Proceso {r}",
    """Hola {n}:

Te escribo para contarte que el proceso para {r} ha concluido y el equipo se ha decantado por otra persona.

Gracias de verdad por tu tiempo y tu interés.

Un abrazo,
{s}
""", copies=1)

add("nl-net-iets-beter", R, "{c} Werving <werving@{d}>", "Je sollicitatie bij {c}",
    """Beste {n},

Bedankt voor je sollicitatie en het fijne gesprek. We hebben gekozen voor een kandidaat die net iets beter aansluit bij het profiel van de functie {r}.

We wensen je veel succes bij je verdere zoektocht.

Met vriendelijke groet,
Team Werving
""", copies=1)

add("it-assigned-other", R, "Selezione del Personale <selezione@{d}>", "Esito selezione - {r}",
    """Gentile {n},

la ringraziamo per l'interesse dimostrato e per aver partecipato al colloquio. La informiamo che la posizione di {r} è stata assegnata a un altro candidato.

Cordiali saluti,
Ufficio Selezione
""", copies=1)

add("pt-optamos", R, "Recrutamento <recrutamento@{d}>", "Candidatura {r}",
    """Olá {n},

Agradecemos a sua participação no processo de recrutamento para {r}. Após análise, optámos por avançar com outro candidato cujo percurso se ajusta mais ao que procuramos neste momento.

Votos de sucesso,
Equipa de Recrutamento
""", copies=1)

# ---------------------------------------------------------------- more English rejection shapes
add("teamtailor-connect", R, "{c} <no-reply@teamtailor.example>", "{r} at {c}",
    """Hi {n}!

We've now read your {r} application at {c} - thanks for sending it. The team is continuing the process with a few other people whose experience sits nearer this brief.

Curious about what we open next? Join Connect, our talent community, and you'll get a ping when a role looks like you.

/ {c}

Sent with Teamtailor · Unsubscribe
""", copies=1)

add("survey-after-decision", R, "{c} Candidate Experience <cx@{d}>", "How did we do? + your application",
    """Hi {n},

We've completed the process for {r} and the team has selected another candidate.

We'd love to hear about your experience as a candidate - the survey takes 2 minutes and is anonymous.

[ Take the survey ]

Thank you,
{c} Candidate Experience
""", copies=1)

add("outlook-banner-decision", R, "{s} Quinlan <{s}.quinlan@{d}>", "RE: [EXTERNAL] {r} - references",
    """[EXTERNAL SENDER] Take care: this message came from outside {c}. Think before opening attachments or following links from senders you don't know.

Hi {n},

Thank you for sending the reference details so quickly. Before we contacted them, the hiring manager finalised the appointment with another candidate, so there'll be no need to contact your referees after all.

I appreciate the effort you've put in.

Regards,
{s} Quinlan
""", copies=1)

add("two-roles-both-closed", R, "Recruitment <jobs@{d}>", "Your two applications",
    """Dear {n},

You applied for two roles with us recently: {r} and Team Lead, Operations. Both processes have now concluded and in each case another applicant has been appointed.

Thank you for your interest in {c}.

Recruitment
""", copies=1)
# ---------------------------------------------------------------- application confirmations (refusal talked about, not given)
add("conf-if-not-selected-keep", APP, "{c} Careers <careers@{d}>", "We've received your application - {r}",
    """Hi {n},

Just confirming your {r} application arrived.

A real person reads each one over the next fortnight. Should you not be selected for this one, your CV stays in our files for six months, and we'll look at it again when something similar opens up.

Best wishes,
{c} Talent
""", copies=3)

add("conf-silence-means-no", APP, "Recruitment <recruitment@{d}>", "Application acknowledgement - {r}",
    """Dear {n},

Many thanks - your form for the {r} vacancy arrived safely and has been logged.

Applications close on 12 January and the panel sits the following week. Anyone who has had no word from us by 9 February should take it that the panel did not shortlist them this time round.

Best wishes,
Resourcing (Recruitment Team)
""", copies=3)

add("conf-either-way", APP, "{s} at {c} <{s}@{d}>", "Got it - thanks, {n}!",
    """Hey {n},

{r} application: received - thanks for thinking of us!

How it works here: {s} in the hiring team reads each one herself. Expect an answer inside 10 working days, yes or no, and either way your details stay with us for future roles.

Talk soon,
The {c} crew
""", copies=2)

add("conf-only-shortlisted", APP, "HR <hr@{d}>", "Application received",
    """Dear {n},

This is to confirm that your CV for {r} reached our HR mailbox.

Because a great many people apply for each opening, we will get in touch only with those we shortlist. Thank you all the same for applying.

HR Department
{c}
""", copies=3)

add("conf-volume-apologies", APP, "{c} Talent Acquisition <talent@{d}>", "Thanks for applying to {c}",
    """Hello {n},

Your application for {r} is in, thank you. We get so many applications per opening that sadly we can't write to each person one by one, or send personal feedback, at this early stage.

Where someone's experience lines up with the brief, a recruiter rings them to set up a first call.

Warm regards,
Talent Acquisition
Powered by Greenhouse
""", copies=3)

add("conf-workday-tasks", APP, "{c} <notification@myworkday.example>", "Thank you for applying - {r} (R-1193)",
    """Dear {n},

Your application for {r} (R-1193) is with us - thanks for considering {c}.

Next: someone from Talent Acquisition reads it against the role profile. If it doesn't go forward, a notice will be posted in your candidate home and mailed to you too, so it's worth looking in from time to time.

Sign in to your candidate account whenever you want to see where things stand.

Kind regards,
{c} Talent Acquisition
""", copies=2)

add("conf-not-successful-this-time", APP, "Jobs <jobs@{d}>", "Your application for {r}",
    """Hi {n},

We've received your application. Thank you!

On timing: first review wraps up around the 30th. If you're not successful this time, keep at it - a good number of us got in on the second or third try.

Jobs @ {c}
""", copies=2)

add("conf-talent-pool-consent", APP, "{c} Recruiting <recruiting@{d}>", "Application confirmation + talent pool",
    """Dear {n},

Your {r} application has arrived - thanks.

One question while you wait: may we hold on to your profile for 24 months? Then, should this role not work out, we could write to you about others. Tick the box below to agree; without it we erase your data half a year after this process closes.

[ Yes, keep my profile ]

Recruiting Team
Sent via Personio
""", copies=2)

add("conf-lever-short", APP, "{c} <no-reply@hire.lever.example>", "Thanks for applying to {c}",
    """{n} -

Your application for {r} reached us. We'll take a look and reach out if it looks like a fit on both sides.

- The {c} Team
""", copies=2)

add("conf-rolling-review", APP, "Admissions & Hiring <hiring@{d}>", "{r}: application received (rolling review)",
    """Hi {n},

Your {r} application is with us. We read applications as they come in, and the advert might come down early if the right person turns up.

Whatever the outcome, there'll be an email from us when your application has been decided.

Thank you,
{c}
""", copies=2)

add("conf-gov-received", APP, "USAStaffing Notifications <no-reply@usastaffing.example>", "Application received: {r}, announcement ST-4418210",
    """Dear {n},

Your application for the following position has been received:

Position: {r}
Announcement: ST-4418210
Status: Received

Review starts once the announcement closes. Should you be found ineligible or not referred, a notice of results will tell you so. This mailbox is unattended.
""", copies=2)

add("conf-ats-table", APP, "Candidate Portal <portal@{d}>", "Application submitted",
    """<table>
<tr><td><b>Position</b></td><td>{r}</td></tr>
<tr><td><b>Submitted</b></td><td>today</td></tr>
<tr><td><b>Status</b></td><td>Application received</td></tr>
</table>
<p>You will be notified by email when your status changes. If you are not selected to continue, your status will show as "Not selected".</p>
<p style="font-size:10px">SuccessFactors Recruiting</p>
""", copies=2)

add("conf-intern-programme", APP, "Internships at {c} <internships@{d}>", "Your Summer Internship 2026 application",
    """Hi {n},

Your Summer Internship 2026 application is in, and your two online tests are now unlocked!

Finish both within 5 days. We can only consider students who complete them, so give yourself some slack rather than starting on day five.

Good luck!
Early Careers Team
""", copies=2)

add("conf-agency-registered", APP, "{s} <{s}@staffline-recruit.example>", "Thanks for registering with us",
    """Hi {n},

Got your CV for {r}, thanks, and your now registered with us. If the client doesn't take you forward for this one, no drama - we fill a lot of similar jobs and you'll be on my radar for them.

I'll call you in the next couple of days to go over your background.

{s}
Staffline Recruitment
""", copies=2)

add("conf-mobile-apply", APP, "{c} Jobs <noreply@{d}>", "You applied via mobile - finish your profile",
    """Hi {n}, thanks for your quick application for {r}!

Applications completed on mobile have fewer details. Adding your work history now gives you the best chance; incomplete profiles are sometimes not progressed by our hiring managers.

Finish my profile →

Unsubscribe from reminder emails
""", copies=1)

add("conf-careers-footer", APP, "{c} Careers <careers@{d}>", "Application received: {r}",
    """Dear {n},

Your {r} application is safely in our system. The team reads applications in batches on Mondays, so it may be a week or two.

{c} Careers

==================================
WHY {C}?
» Flexible working and 30 days' holiday
» £1,500 yearly to spend on courses and conferences
» Rated 4.4 on Glassdoor
==================================
Not the right role? Browse 86 other openings.
Manage email preferences | Privacy | Powered by Workday
""", copies=2)

add("conf-reply-from-person", APP, "{s} <{s}@{d}>", "Re: Application - {r}",
    """Hi {n},

Thanks for your email and you CV - it landed fine. I'm collecting applications until Friday and will go through them with Graham next week. If it isn't a match I'll let you know rather than leave you hanging, promise.

Best,
{s}
""", copies=2)

add("conf-no-feedback-policy", APP, "Talent Team <talent@{d}>", "We've received your application",
    """Hello {n},

Thank you for applying to {c}.

A note on feedback: because we receive several hundred applications for each role, we are not able to provide individual feedback to unsuccessful applicants at the screening stage. Candidates who reach interview will receive feedback either way.

We'll be in touch if your profile is shortlisted.

Talent Team
""", copies=2)

add("conf-duplicate", APP, "{c} Recruiting <no-reply@{d}>", "You've already applied for {r}",
    """Hi {n},

It looks like you've already applied for {r}. We've kept your original application and it is still being reviewed, so there's no need to apply again.

Thanks,
{c} Recruiting
""", copies=1)

add("conf-closing-date-passed", APP, "Recruitment Office <recruitment@{d}>", "Application {r} - received after closing date",
    """Dear {n},

Thank you for your application for {r}. It arrived after the published closing date; however, as shortlisting has not yet started, the panel has agreed to consider it along with the others.

You will hear from us by 20 February.

Recruitment Office
""", copies=1)

add("conf-school-teaching", APP, "School Business Manager <office@academy.example>", "Application for {r} post",
    """Dear {n},

Your application has reached the school office. The Head and governors shortlist on Monday, and we telephone shortlisted candidates on Tuesday; no call by Wednesday lunchtime means you were not shortlisted for this post.

With thanks for your interest in teaching at the Academy.

School Business Manager
""", copies=2)

add("conf-smartrecruiters", APP, "{c} <noreply@smartrecruiters.example>", "Application received - {r}",
    """Hi {n},

Done! {c} now has your {r} application.

Coming up:
1. A recruiter reads your profile
2. Match → a short phone screen
3. No match → an email saying so

Track your application in your SmartProfile.

SmartRecruiters on behalf of {c} · Unsubscribe
""", copies=2)

# ---------------------------------------------------------------- confirmations in other languages
add("cs-conf-only-selected", APP, "Nábor {c} <nabor@{d}>", "Potvrzení přijetí přihlášky - {r}",
    """Dobrý den, {n},

děkujeme za Vaši přihlášku na pozici {r}, kterou jsme v pořádku obdrželi.

Vzhledem k velkému počtu zájemců budeme kontaktovat pouze vybrané uchazeče. Pokud se Vám neozveme do tří týdnů, znamená to, že jsme zvolili jiné kandidáty.

S pozdravem
Nábor {c}
""", copies=1)

add("el-conf-received", APP, "HR {c} <hr@{d}>", "Λάβαμε την αίτησή σας",
    """Αγαπητέ/ή {n},

Σας ευχαριστούμε για την αίτησή σας για τη θέση {r}. Θα επικοινωνήσουμε μόνο με τους υποψηφίους που θα επιλεγούν για συνέντευξη. Σε κάθε περίπτωση, το βιογραφικό σας θα παραμείνει στη βάση δεδομένων μας για μελλοντικές ευκαιρίες.

Με εκτίμηση,
Τμήμα HR
""", copies=1)

add("fi-conf-received", APP, "{c} Rekrytointi <rekry@{d}>", "Hakemuksesi on vastaanotettu",
    """Hei {n},

kiitos hakemuksestasi {r}-tehtävään! Hakemuksesi on vastaanotettu.

Käymme hakemukset läpi haun päätyttyä ja olemme yhteydessä kaikkiin hakijoihin, valittiin tai ei, viimeistään kuukauden kuluessa.

Terveisin
Rekrytointitiimi
""", copies=1)

add("hu-conf-received", APP, "Karrier {c} <karrier@{d}>", "Jelentkezését megkaptuk",
    """Kedves {n}!

Köszönjük jelentkezését a(z) {r} pozícióra. Önéletrajzát megkaptuk.

Kérjük, vegye figyelembe, hogy csak azokat a jelölteket keressük meg, akiknek szakmai háttere megfelel az elvárásoknak. Amennyiben két héten belül nem keressük, kérjük, tekintse úgy, hogy most nem tudunk ajánlatot tenni.

Üdvözlettel:
HR csapat
""", copies=1)

add("ro-conf-received", APP, "Recrutare {c} <recrutare@{d}>", "Confirmare aplicare - {r}",
    """Bună ziua, {n},

Îți mulțumim pentru aplicarea la poziția de {r}. Am primit CV-ul tău și îl vom analiza în următoarele zile.

Vom contacta doar candidații selectați pentru interviu. Dacă nu vei fi contactat, datele tale vor rămâne în baza noastră pentru alte oportunități.

Echipa de Recrutare
""", copies=1)

add("tr-conf-received", APP, "{c} Kariyer <kariyer@{d}>", "Başvurunuz alındı",
    """Merhaba {n},

{r} pozisyonu için yaptığınız başvuru bize ulaştı. Teşekkür ederiz!

Değerlendirme süreci yaklaşık iki hafta sürecektir. Uygun görülmemeniz durumunda da size e-posta ile bilgi vereceğiz.

Saygılarımızla,
İnsan Kaynakları
""", copies=1)

add("pl-conf-received", APP, "Rekrutacja {c} <rekrutacja@{d}>", "Potwierdzenie otrzymania aplikacji",
    """Dzień dobry {n},

Pani/Pana CV na stanowisko {r} dotarło do nas, dziękujemy. Odezwiemy się wyłącznie do osób zaproszonych na rozmowę; jeśli nie dostanie Pani/Pan od nas wiadomości do końca miesiąca, proszę przyjąć, że tym razem nie przechodzi Pani/Pan dalej.

Pozdrawiamy,
Zespół HR
""", copies=1)

add("sv-conf-received", APP, "{c} <jobb@{d}>", "Tack för din ansökan",
    """Hej {n}!

Din ansökan som {r} har kommit fram. Vi gör urval löpande och kan därför tillsätta före sista dag. Hur det än går hör vi av oss per mejl.

Vänliga hälsningar
{c}
""", copies=1)

add("da-conf-received", APP, "{c} <job@{d}>", "Vi har modtaget din ansøgning",
    """Kære {n}

Tak for din ansøgning til stillingen som {r}. Vi har modtaget den og vender tilbage, når ansøgningsfristen er udløbet. Hvis du ikke bliver indkaldt til samtale, giver vi dig naturligvis besked.

Venlig hilsen
HR
""", copies=1)

add("de-conf-eingang", APP, "Bewerbermanagement {c} <bewerbung@{d}>", "Eingangsbestätigung Ihrer Bewerbung",
    """Sehr geehrte/r {n},

Ihre Unterlagen für die Position {r} sind vollständig bei uns angekommen - danke schön.

Falls es im weiteren Verlauf nicht passen sollte, bekommen Sie in jedem Fall eine kurze Nachricht. Bis dahin bitten wir um etwas Geduld, die Sichtung dauert erfahrungsgemäß drei Wochen.

Beste Grüße
Bewerbermanagement
""", copies=1)

add("fr-conf-accuse", APP, "Recrutement {c} <recrutement@{d}>", "Accusé de réception de votre candidature",
    """Bonjour {n},

Votre dossier pour le poste de {r} nous est bien parvenu, merci de l'intérêt porté à {c}.

Les entretiens seront fixés d'ici la fin du mois. Si vous n'avez eu aucune nouvelle de nous d'ici trois semaines, c'est que votre profil n'aura pas été retenu pour cette fois.

Cordialement,
L'équipe Recrutement
""", copies=1)

add("es-conf-recibida", APP, "Talento {c} <talento@{d}>", "Hemos recibido tu candidatura",
    """Hola {n},

Tu candidatura para {r} ya está registrada, ¡gracias!

Si vemos encaje te llamaremos en unos días. Y si no, tu CV se queda con nosotros para los próximos procesos.

Un saludo,
Equipo de Talento
""", copies=1)
# ---------------------------------------------------------------- interview invitations / scheduling
add("int-finalists-three", INT, "{s} Bellweather <{s}@{d}>", "RE: [EXT] Re: {r} - final stage",
    """Hi {n},

Great news - you're through to the final stage! We're meeting three finalists next week, each for a 90-minute session with the panel and a short presentation.

Could you do Tuesday at 10:00 or Wednesday at 15:30? The brief for the presentation is attached.

Best,
{s}

From: {n}
Sent: Friday 16:12
Subject: [EXT] Re: {r} - final stage
""", copies=2)

add("int-calendly", INT, "{c} Recruiting <recruiting@{d}>", "Schedule your interview for {r}",
    """Hi {n},

Good news: the hiring team wants to meet you for a 45-minute video call about {r}. Grab a time from the booking page below - we're talking to several other candidates this week, so slots go quickly.

[ Choose a time ]

Looking forward to it,
{c} Recruiting
""", copies=2)

add("int-phone-screen-reply", INT, "{s} <{s}@{d}>", "Re: {r} application",
    """Hi {n},

Thanks for applying! I'd love to have a quick 20-minute call to hear more about you. Are you free tomorrow between 11 and 1? If not, just send me a couple of times that work.

{s}
Talent Partner, {c}
""", copies=2)

add("int-onsite-logistics", INT, "Interview Coordination <interviews@{d}>", "Your onsite on Thursday - logistics",
    """Hi {n},

Here are the details for Thursday:

09:30 Arrive at reception, 3rd floor
09:45 Coffee with {s}
10:00 System design (60 min)
11:15 Behavioural (45 min)
12:00 Lunch with the team

Please bring photo ID. If you need any adjustments, just reply to this email.

Interview Coordination
""", copies=2)

add("int-rescheduled", INT, "{s} <{s}@{d}>", "Updated invitation: Interview - {r}",
    """Hi {n}, really sorry - the hiring manager has a clash, so I've moved your interview from Monday to Wednesday 14:00. Same Teams link. Let me know if that doesn't work and we'll find another slot.

{s}

Updated invitation from Outlook
""", copies=2)

add("int-second-round-hedge", INT, "{s} Oyelaran <{s}@{d}>", "Second round - {r}",
    """Hi {n},

Thanks for the first interview. Not everyone is going through, but you are: the panel wants you back for a second round with the department head.

It will be about an hour, in person. Do any of these work: 3 March 10:00, 4 March 14:00?

Kind regards,
{s}
""", copies=1)

add("int-gov-invited", INT, "Recruitment Portal <donotreply@jobs.{d}>", "Invitation to interview - {r}",
    """Dear {n},

The panel has placed you on the interview shortlist for {r}. Interviews take place on 18 and 19 March at the Civic Centre.

Log in and book a slot before 12 March. Can't make either day? Tell us early, so the time can go to another applicant.

Human Resources
""", copies=1)

add("de-int-einladung", INT, "{s} <{s}@{d}>", "Einladung zum Vorstellungsgespräch",
    """Hallo {n},

vielen Dank für Ihre Bewerbung als {r}. Wir möchten Sie gerne kennenlernen und laden Sie zu einem Gespräch per Video ein. Passt Ihnen Donnerstag um 10 Uhr?

Viele Grüße
{s}
""", copies=1)

add("pl-int-zaproszenie", INT, "Rekrutacja {c} <rekrutacja@{d}>", "Zaproszenie na rozmowę - {r}",
    """Dzień dobry {n},

z przyjemnością zapraszamy na rozmowę rekrutacyjną na stanowisko {r}. Proponujemy czwartek, godz. 11:00, online (Teams). Prosimy o potwierdzenie terminu.

Pozdrawiamy,
Zespół Rekrutacji
""", copies=1)

add("tr-int-davet", INT, "{s} <{s}@{d}>", "Mülakat daveti - {r}",
    """Merhaba {n},

Başvurunuz için teşekkürler. Sizi {r} pozisyonu için bir ön görüşmeye davet etmek isteriz. Salı günü saat 14:00 uygun mu?

İyi çalışmalar,
{s}
""", copies=1)

add("int-after-others-declined", INT, "{s} <{s}@{d}>", "{r} - would you still be interested?",
    """Hi {n},

You may remember you applied for {r} back in the spring. We didn't get to interview everyone at the time, but the role has opened up again and I'd love to set up a call if you're still interested. Nothing has been decided yet on our side.

{s}
""", copies=2)

# ---------------------------------------------------------------- next steps
add("next-take-home-deadline", NEXT, "{c} Engineering <hiring@{d}>", "Next step: take-home exercise for {r}",
    """Hi {n},

Thanks for the chat with {s}. Up next: a take-home. Repo and instructions are at [link].

Submit by Sunday at midnight wherever you are. If you can't finish by then, let us know - we'd rather extend than have you rush. Submissions that arrive late without a note can't be reviewed.

Good luck!
{c} Engineering
""", copies=2)

add("next-assessment-hackerrank", NEXT, "Assessments <assessments@{d}>", "Action required: online assessment for {r}",
    """Dear {n},

You have been invited to complete an online assessment as part of your application for {r}.

Deadline: 7 days from this email
Duration: 75 minutes

Candidates who do not complete the assessment by the deadline will be withdrawn from the process automatically.

Start assessment

Assessments Team
""", copies=2)

add("next-references", NEXT, "{s} <{s}@{d}>", "References - {r}",
    """Hi {n},

Last step before the panel decides: references. Can you send me names and emails for two people who've managed you, ideally including your line manager now or in your last job, by Thursday?

Thanks,
{s}
""", copies=2)

add("next-background-check", NEXT, "Screening Services <screening@checkr.example>", "{c} has requested a background check",
    """Hi {n},

{c} has asked us to complete a background check as part of your hiring process. Please complete the form within 3 business days. If the form is not completed, your check may be cancelled and {c} will be notified.

Start my check

Questions? Visit our help centre.
""", copies=2)

add("next-video-interview-recorded", NEXT, "{c} via HireVue <noreply@hirevue.example>", "Complete your video interview",
    """Hello {n},

As the next stage for {r}, {c} has set up a one-way video interview: 5 questions, up to 2 minutes per answer, with 30 seconds to think first.

Deadline Friday 18:00 - after that the link stops working.

Best of luck!
""", copies=2)

add("next-right-to-work", NEXT, "People Ops <peopleops@{d}>", "Documents needed before we can proceed",
    """Hi {n},

Before we can move you to offer stage, the law says we check your eligibility to work here: upload your passport, or a share code, in the portal by Monday.

People Ops, {c}
""", copies=1)

add("next-portfolio-review", NEXT, "{s} <{s}@{d}>", "Re: Re: {r} - portfolio review",
    """Hi {n},

Thanks - the team liked the case studies. Next up is a 60-min portfolio review where you'll walk us through two projects in depth. Could you send the slides by Wednesday so the panel can look beforehand?

{s}

> Hi {s}, attaching my updated portfolio. Best, {n}
""", copies=1)

add("next-medical-gov", NEXT, "Recruitment <recruitment@{d}>", "Conditional stage - pre-employment checks",
    """Dear {n},

Following your successful interview, we are now carrying out pre-employment checks: occupational health questionnaire, DBS check and references. Please complete the questionnaire within 5 working days. Failure to complete the checks may delay or prevent your appointment.

Recruitment
""", copies=2)

add("cs-next-ukol", NEXT, "{s} <{s}@{d}>", "Další krok - zadání úkolu",
    """Ahoj {n},

díky za první kolo! Dalším krokem je krátký praktický úkol, zadání posílám v příloze. Odevzdej ho prosím do pátku do 18:00.

{s}
""", copies=1)

add("fi-next-ennakkotehtava", NEXT, "{c} Rekrytointi <rekry@{d}>", "Ennakkotehtävä - {r}",
    """Hei {n},

kiitos haastattelusta! Seuraavaksi pyydämme sinua tekemään lyhyen ennakkotehtävän. Palauta se viimeistään maanantaina klo 12.

Terveisin
{s}
""", copies=1)

# ---------------------------------------------------------------- offers
add("offer-verbal-followup", OFFER, "{s} <{s}@{d}>", "Following our call - offer for {r}",
    """Hi {n},

Great to speak just now and to hear how pleased you were! As promised, here's the summary of what we discussed: base salary £58,000, 10% bonus, start date 2 March. The formal contract will follow from People Ops tomorrow.

Welcome aboard (almost)!
{s}
""", copies=2)

add("offer-one-line", OFFER, "{s} <{s}@{d}>", "Re: {r}",
    """Yes! We want you. Offer letter lands tonight. {s}
""", copies=1)

add("offer-conditional", OFFER, "Recruitment <recruitment@{d}>", "Conditional offer of employment - {r}",
    """Dear {n},

Following Tuesday's panel, I'm delighted to offer you the {r} post, conditional on two references we're happy with, an enhanced DBS certificate and sight of your passport or share code.

Should any of these checks not be satisfactory, the offer could be withdrawn - I mention it only because we must, and we don't foresee any problem.

A quick "I accept" in reply is all we need for now.

With best wishes,
Recruitment
""", copies=2)

add("offer-ats-sign", OFFER, "{c} via DocuSign <dse@docusign.example>", "Please sign: Offer Letter - {n}",
    """{s} at {c} sent you a document to review and sign.

Offer Letter - {r}

Please review and sign by Friday.

REVIEW DOCUMENT

Do not share this email.
""", copies=2)

add("offer-beat-others", OFFER, "{s} Rutherford <{s}@{d}>", "RE: [EXT] Re: Final interview",
    """Hi {n},

The final round was tight - three excellent people - but the panel came out unanimous, and we want you as our {r}!

I'll ring after lunch to go through salary, bonus and start date.

{s}
""", copies=2)

add("sv-offer-erbjudande", OFFER, "{s} <{s}@{d}>", "Erbjudande om anställning",
    """Hej {n}!

Vi är glada att kunna erbjuda dig tjänsten som {r}. Anställningsavtalet skickas till dig separat. Hör av dig om du har frågor!

{s}
""", copies=1)

add("ro-offer-oferta", OFFER, "{s} <{s}@{d}>", "Ofertă de angajare - {r}",
    """Bună {n},

Ne bucurăm să îți oferim postul de {r}! Oferta detaliată este atașată. Te rugăm să ne confirmi până vineri.

Cu drag,
{s}
""", copies=1)

add("offer-internship-place", OFFER, "Early Careers <earlycareers@{d}>", "Congratulations - Summer Internship 2026",
    """Dear {n},

Congratulations - there's a place for you on the {c} Summer Internship Programme 2026, starting 22 June! Please accept your offer in the portal within 7 days.

Early Careers Team
""", copies=1)

# ---------------------------------------------------------------- other job mail
add("other-under-review", OTHER, "{c} <notification@myworkday.example>", "Application status update",
    """Hi {n},

The status of your application for {r} has changed.

New status: Under review by hiring manager

Sign in to your candidate home for details.
""", copies=2)

add("other-withdrawal-confirmed", OTHER, "{c} Recruiting <recruiting@{d}>", "Your application has been withdrawn",
    """Hi {n},

Done - your {r} application is withdrawn, as you asked, and you're out of the running for this position. Changed your mind? Write within 14 days and we'll put it back.

Best of luck,
{c} Recruiting
""", copies=2)

add("other-candidate-withdraws-thread", OTHER, "{s} <{s}@{d}>", "Re: withdrawing my application",
    """Hi {n},

Thanks for letting me know, and congratulations on the new role! I've closed your application on our side. Sorry we couldn't move faster.

{s}

> Hi {s}, I've accepted another offer so I'd like to withdraw from the {r} process. Thank you for everything. {n}
""", copies=1)

add("other-recruiter-outreach", PITCH, "{s} <{s}@headhunt-partners.example>", "{r} opportunity - quick chat?",
    """Hi {n},

Your profile popped up while I was searching for a {r} for a fintech client in Amsterdam - it reads like a near-perfect match. Remote anywhere in the EU, €85-95k.

Fancy a quick call this week? Fifteen minutes is plenty.

{s}
""", copies=2)

add("other-alert-closed-similar", ALERT, "Job Alerts <alerts@jobboard.example>", "The {r} role you saved has closed",
    """Hi {n},

Unfortunately the {r} role at {c} you saved is no longer accepting applications. But here are similar roles you might like:

- {r}, Northvale Group, Remote
- Senior {r}, Fenwick & Pryor, Birmingham
- {r} (contract), Marlow Systems, Hybrid

View all matches

Sent because this job was in your saved list. Stop these emails
""", copies=2)

add("other-alert-digest", ALERT, "Job Alerts <alerts@jobboard.example>", "12 new jobs for '{r}'",
    """New jobs matching your search:

{r} - {c} - £45,000 - 1 day ago
{r} - Hartwell Foods - £42,000 - 2 days ago
Lead {r} - Oakridge Partners - £55,000 - 3 days ago

Edit alert | Unsubscribe
""", copies=1)

add("other-gov-status-eligible", OTHER, "USAStaffing Notifications <no-reply@usastaffing.example>", "Status update: {r}",
    """Dear {n},

Your application status for {r} has been updated.

Status: Eligible - Referred to hiring manager

A referred status does not mean you have been selected for an interview. You will be notified when a selection has been made.
""", copies=1)

add("other-pipeline-delay", OTHER, "{s} <{s}@{d}>", "{r} - a delay on our side",
    """Hi {n},

Courtesy note: Maeve, the hiring manager, is away until the 15th and the shortlist waits for her. Nothing has been decided and you remain in the process.

{s}
""", copies=2)

# ---------------------------------------------------------------- non-job mail with rejection words
add("nonjob-card-declined", NONJOB, "Billing <billing@streamly.example>", "Your payment was declined",
    """Hi {n},

Your card issuer declined this month's charge of £10.99. Add a new card within a week or your plan pauses on the 9th.

Update payment method

The Streamly team
""", copies=2)

add("nonjob-rental-other-tenant", NONJOB, "{s} <{s}@lettings.example>", "Flat 3, 22 Mercer Street",
    """Hi {n},

Thanks for coming round to see Flat 3 at the weekend. The landlord has accepted another applicant, mainly because they can take the keys on the 1st, so the flat's now let.

I have a similar two-bed coming up on Albion Road next month - shall I let you know when it's listed?

{s}
Lettings Negotiator
""", copies=2)

add("nonjob-talk-not-accepted", NONJOB, "Programme Committee <cfp@pycon-north.example>", "Your proposal: '{r}s and the art of boring code'",
    """Dear {n},

Thanks for sending a talk to PyCon North 2026. With 412 submissions for 48 slots, the committee had to leave out many good ones, and yours is among those not in the programme.

Come anyway! Everyone who submitted gets 20% off a ticket with code CFP20.

Programme Committee
""", copies=1)

add("nonjob-grant-unfunded", NONJOB, "Research Office <grants@uni.example>", "Outcome of your application to the Seed Fund",
    """Dear {n},

The panel met on 4 March to consider applications to the Seed Fund. We regret that your proposal was not funded in this round. Reviewer comments are attached.

The next round opens in September.

Research Office
""", copies=1)

add("nonjob-tender-lost", NONJOB, "Procurement <procurement@{d}>", "Tender ref T-2026-044: outcome",
    """Dear Supplier,

Thank you for your bid for the grounds maintenance contract (T-2026-044). Following evaluation, the contract has been awarded to another supplier whose bid scored highest on the published criteria.

A debrief is available on request within the standstill period.

Procurement Team
""", copies=1)

add("nonjob-school-place", NONJOB, "School Admissions <admissions@county.example>", "Secondary school offer",
    """Dear Parent/Carer,

None of the schools you listed had room for your child once the oversubscription criteria were applied, so we are sorry to say your preferences could not be met. A place has instead been allocated at Fernhill Academy, 2.1 miles from your home address. An appeal can be lodged with the admissions authority of any school you named.

School Admissions Service
""", copies=1)

add("nonjob-volunteer-full", NONJOB, "{s} (Volunteers) <volunteers@parkrun-style.example>", "Volunteer roster for Saturday",
    """Hi {n},

Thanks for offering to marshal this Saturday! The roster is already full, so we won't need you this week. Please do sign up again - we're short in January.

{s}
""", copies=1)

add("nonjob-visa-refused", NONJOB, "Visa Centre <noreply@visacentre.example>", "Decision on your visitor visa application",
    """Dear {n},

Your visitor visa application (ref GWF0918-22) has been decided: it is refused. The attached letter explains why, paragraph by paragraph. Your passport is ready to collect from the centre between 09:00 and 15:00.
""", copies=1)

add("nonjob-insurance-claim", NONJOB, "Claims <claims@homeguard.example>", "Your claim HG-22913",
    """Hi {n},

Our assessor's report on the kitchen water damage is back. It found a slow leak behind the dishwasher over several months, and section 4.2 of the policy excludes gradual leaks, so we can't pay this claim.

Think we've got it wrong? Reply within 8 weeks and a different handler will look at it again.

Claims Team
""", copies=1)

add("nonjob-club-membership", NONJOB, "Membership Secretary <members@tennisclub.example>", "Membership application",
    """Dear {n},

The committee has looked at your request to join. Adult membership is at capacity for the season, so no new members can be taken on; you are number 14 on the waiting list.

Membership Secretary
""", copies=1)

add("nonjob-mortgage", NONJOB, "Mortgage Team <mortgages@buildsoc.example>", "Your mortgage application",
    """Dear {n},

We have looked at your mortgage application for 14 Orchard Close. On this occasion we can't lend: the outcome reflects our affordability rules and data we obtained from a credit file agency, which you can ask them to show you.

Mortgage Team
""", copies=1)

# ---------------------------------------------------------------- later additions: further shapes
add("ats-digest-mixed", R, "{c} Careers <careers@{d}>", "Your weekly application summary",
    """Hi {n},

Here's where your applications with {c} stand this week:

• {r} (Glasgow) - In review with the hiring team
• Senior {r} (Remote UK) - Not progressing: the hiring team has chosen other applicants for this one

You can withdraw or update either application from your candidate dashboard.

{c} Careers · Manage notification settings
""", copies=1)

add("linkedin-message-relay", R, "LinkedIn <messages-noreply@linkedin.example>", "{s} sent you a message",
    """{s} ({r} hiring, {c})

"Hi {n} - thanks for the chat last week. Quick heads-up: the role's gone to a contractor who has worked with us since spring. Bookmarking your profile for later."

View message · Reply

You are receiving InMail notification emails. Unsubscribe
""", copies=1)

add("speculative-no-openings", R, "{s} <{s}@{d}>", "Re: Speculative application - {n}",
    """Dear {n},

Thank you for writing to us on spec. We read your letter with interest, but there is nothing in our team for someone with your background at present, and we do not expect that to change before the summer.

With best wishes,
{s}
Practice Manager, {c}
""", copies=1)

add("academic-search-committee", R, "Search Committee Chair <facsearch@uni.example>", "Assistant Professor search (Job #F-2211)",
    """Dear Dr {n},

I write for the search committee about the Assistant Professor position in Environmental Data Science. The committee has completed its work: an offer was extended to a candidate and accepted last week.

More than 180 people applied and the field was exceptional. Thank you for considering our department.

Sincerely,
Chair, Faculty Search Committee
""", copies=1)

add("freelance-platform", R, "Gigspace <notifications@gigspace.example>", "Update on your proposal",
    """Hi {n},

The client has hired another freelancer for "{r} needed for 3-month project". Your proposal has been archived and the Connects you used will not be refunded.

Find similar jobs →

Gigspace, Inc.
""", copies=1)

add("outcome-bullets", R, "{c} Recruitment <recruitment@{d}>", "Thank you for your time - {r} - update",
    """Hi {n},

Outcome of your interview on Monday:

Role: {r}
Stage reached: panel interview
Outcome: Unsuccessful
Feedback available: yes - reply to this email and the hiring manager will call you

Thank you for your time,
{c} Recruitment
""", copies=1)

add("cooldown-reapply", R, "{c} Talent <talent@{d}>", "Your {r} application",
    """Hi {n},

Thanks for applying. The team has compared your application with the {r} requirements and is moving ahead with applicants nearer the brief. Other roles at {c} are open to you right away; this team takes a new application from you after 12 months.

{c} Talent
""", copies=1)

add("pt-br-whatsappish", R, "{s} <{s}@{d}>", "Retorno - vaga {r}",
    """Oi {n}, tudo bem?

Passando pra te dar um retorno: a gestora fechou com outra candidata pra vaga de {r}, alguém que já conhecia o nosso sistema. Adorei conversar com você e vou guardar seu contato pra próximas oportunidades.

Abraço!
{s}
""", copies=1)

add("hu-int-meghivas", INT, "{s} <{s}@{d}>", "Meghívás interjúra - {r}",
    """Kedves {n}!

Köszönjük jelentkezését! Szeretnénk személyes beszélgetésre hívni a(z) {r} pozícióval kapcsolatban, budapesti irodánkba. Megfelelne Önnek jövő kedden 10 órakor?

Üdvözlettel:
{s}
""", copies=1)

add("el-int-prosklisi", INT, "{s} <{s}@{d}>", "Πρόσκληση σε συνέντευξη",
    """Καλημέρα {n},

Με χαρά σας προσκαλούμε σε μια πρώτη συνάντηση μέσω Teams για τη θέση {r}. Σας βολεύει την Τετάρτη στις 12:00;

Με εκτίμηση,
{s}
""", copies=1)

add("next-equal-opps-salary", NEXT, "Recruitment <recruitment@{d}>", "Two short forms before your interview",
    """Hi {n},

Before your interview on the 14th, could you fill in two short forms: our salary-expectations questionnaire and the (optional, anonymous) equal opportunities survey? The first one must be in by Tuesday noon or the panel won't have it on the day.

Thanks!
Recruitment, {c}
""", copies=1)

add("other-referee-request", OTHER, "{c} Recruitment <references@{d}>", "Reference request for {n}",
    """Dear {s},

{n} has applied for the position of {r} at {c} and has given your name as a referee. We would be grateful if you could complete the short online form by Friday.

No decision has been made yet; references are one part of our process.

Thank you,
{c} Recruitment
""", copies=1)

add("nonjob-leave-declined", NONJOB, "HR Self-Service <hr-noreply@{d}>", "Your leave request has been declined",
    """Hi {n},

Your annual leave request for 22-26 December has been declined by your manager.

Comment: "Sorry - we're at minimum cover that week. Could you do 29 Dec-2 Jan instead?"

View in HR Self-Service
""", copies=1)

add("nonjob-expense-rejected", NONJOB, "Expenses <expenses@{d}>", "Expense claim EXP-40912 rejected",
    """Hello {n},

Your expense claim EXP-40912 (Train - Leeds to London, £142.30) was rejected by Finance.

Reason: receipt missing. Attach the receipt and resubmit.
""", copies=1)

add("nonjob-ballot-unsuccessful", NONJOB, "Ticketing <tickets@marathon.example>", "Ballot result: 2027 Marathon",
    """Hi {n},

The 2027 Marathon ballot has been drawn. With 840,000 entries for the places available, your name was not picked this time.

You can still run for charity: more than 700 charities have guaranteed places.

Ticketing Team
""", copies=1)

add("nonjob-pr-closed", NONJOB, "notifications <notifications@codehost.example>", "Re: [fieldkit/fieldkit] Add CSV export (#482)",
    """@{n} thanks for the PR! Maintainers talked it over and this one won't be merged - export belongs in the separate plugin so core stays small. Closing; an issue is the place if you'd like to argue the case.

—
Answer by replying, or open the pull request in your browser.
Notification sent as you opened this pull request.
""", copies=1)

add("other-incomplete-application", OTHER, "{c} Careers <careers@{d}>", "You haven't finished your application",
    """Hi {n},

You started an application for {r} but didn't submit it. Incomplete applications can't be reviewed and are deleted after 30 days.

Continue application

{c} Careers · Powered by Workday
""", copies=1)


def fill(text: str, values: dict[str, str]) -> str:
    for key, value in values.items():
        text = text.replace("{" + key + "}", value)
    return text


def when(rng: random.Random) -> str:
    start = datetime(2025, 9, 1, tzinfo=UTC)
    day = start + timedelta(days=rng.randrange(450))
    zone = rng.choice(ZONES)
    tz = timezone(timedelta(hours=zone))
    local = datetime(day.year, day.month, day.day, rng.randrange(6, 22), rng.randrange(60), rng.randrange(60), tzinfo=tz)
    sign = "+" if zone >= 0 else "-"
    minutes = int(abs(zone) * 60)
    offset = f"{sign}{minutes // 60:02d}{minutes % 60:02d}"
    return f"{DAYS[local.weekday()]}, {local.day:02d} {MONTHS[local.month - 1]} {local.year} {local:%H:%M:%S} {offset}"


def ascii_fold(text: str) -> str:
    """An address's local part in plain ASCII (``joaquín`` -> ``joaquin``)."""
    text = text.replace("ı", "i").replace("ø", "o").replace("æ", "ae")
    return "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))


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
            slug = re.sub(r"[^a-z]", "", ascii_fold(last.lower()))
            host = rng.choice(MAILHOSTS)
            sender = fill(mail.sender, values)
            sender = re.sub(r"<([^@>]+)@", lambda m: "<" + ascii_fold(m.group(1).lower().replace(" ", "")) + "@", sender)
            out.append({
                "id": f"blind12:{prefix}-{counters[prefix]:03d}",
                "subject": fill(mail.subject, values),
                "body": fill(mail.body, values),
                "sender": sender,
                "label": label,
                "kind": mail.kind,
                "family": mail.family,
                "provenance": PROV,
                "to": f"{first} {last} <{re.sub(r'[^a-z]', '', ascii_fold(first.lower()))}.{slug}@{host}>",
                "date": when(rng),
            })
    return out


def language(family: str) -> str:
    head = family.split("-")[1]
    return head if head in LANGS else "en"


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


def counts(rows: list[dict[str, str]]) -> None:
    """Print the slice's make-up by label and kind and by label and language (no message text)."""
    for (label, kind), number in sorted(Counter((row["label"], row["kind"]) for row in rows).items()):
        print(f"{label:14} {kind:26} {number}")
    for (label, lang), number in sorted(Counter((row["label"], language(row["family"])) for row in rows).items()):
        print(f"{label:14} {lang:26} {number}")
    print(f"{len(rows)} records, {len(MAILS)} templates")


def main(argv: list[str]) -> int:
    rows = records()
    if "--check" in argv:
        check(rows)
        return 0
    if "--langs" in argv:
        counts(rows)
        return 0
    with OUT.open("w", encoding="utf-8", newline="\n") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False, sort_keys=False) + "\n")
    print(f"wrote {len(rows)} records to {OUT.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
