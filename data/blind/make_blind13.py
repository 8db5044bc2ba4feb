# ruff: noqa: E501
"""Write blind slice 13 (issue 11): new mail the model has never seen, sealed before the next change.

Stdlib only, fixed seed 130131; two runs write byte-identical output. ``--check`` prints our side
of any 6-word shingle this slice shares with ``data/*.jsonl`` or the other files in ``data/blind/``;
those files are read only as sets of shingles and never printed.

Placeholders in sender, subject and body: ``{n}`` the recipient's first name, ``{r}`` the role,
``{c}`` the company, ``{C}`` the company in capitals, ``{d}`` its mail domain, ``{s}`` the
signer's first name. A family's template name carries its language when it is not English
(``blind13-<lang>-<template>-<variant>``), which ``--langs`` counts.
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

SEED = 130131
HERE = Path(__file__).resolve().parent
OUT = HERE / "blind-slice-13.jsonl"
PROV = "written for rejectwatch issue 11 blind slice 13 (make_blind13.py); never trained on"

R = "rejection"
APP = "application_received"
INT = "interview"
NEXT = "next_steps"
OFFER = "offer"
OTHER = "other_job"
ALERT = "job_alert"
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
    MAILS.append(Mail("blind13-" + family, kind, sender, subject, body.strip("\n") + "\n", copies, roles))


FIRST = ["Odalys", "Fintan", "Rasmus", "Chiamaka", "Yusuf", "Maren", "Ilse", "Tomasz", "Bláithín", "Anand",
         "Pilar", "Veikko", "Nokuthula", "Radek", "Aoife", "Zsófia", "Mircea", "Linnea", "Stavros", "Gesine",
         "Kwabena", "Solène", "Emre", "Hedda", "Vojtěch", "Ragnhild", "Aarni", "Shabnam", "Imogen", "Ileana"]
LAST = ["Okonkwo", "Mac Aodha", "Lindqvist", "Bustamante", "Demir", "Strand", "Vermeulen", "Nowicki",
        "Ní Bhriain", "Krishnan", "Olmedo", "Heikkilä", "Dlamini", "Dvořák", "Breathnach", "Kovács",
        "Popescu", "Sayegh", "Karagiannis", "Brinkmann", "Wijaya", "Fontaine", "Grabowski", "Thistlewood",
        "Horáková", "Sæther", "Virtanen", "Rahman", "Carrow", "Munteanu"]
MAILHOSTS = ["proton.example", "mailbox.example", "gmail.example", "hotmail.example", "me.example", "gmx.example"]
SIGNERS = ["Orla", "Benedikt", "Min-ji", "Sigrun", "Chukwudi", "Perpetua", "Laurids", "Deepa", "Emrys", "Yasmin",
           "Falk", "Ngozi", "Clodagh", "Ramón", "Wilhelmina", "Sanjay", "Astrid", "Ciarán", "Ksenia", "Akinyi"]
COMPANIES = [("Harrowgate Freight", "harrowgate-freight.com"), ("Pellucid Health", "pellucid.health"),
             ("Wrenfield Capital", "wrenfield.co.uk"), ("Blue Lantern Games", "bluelantern.gg"),
             ("Corrie & Dunne Solicitors", "corriedunne.ie"), ("Ostara Biotech", "ostarabio.com"),
             ("Millrace Water", "millrace-water.org.uk"), ("Kittiwake Software", "kittiwake.dev"),
             ("Umberfield Retail", "umberfield.com"), ("Saltmarsh Architects", "saltmarsh.archi"),
             ("Vantablue Telecom", "vantablue.net"), ("Hearthstone Care", "hearthstonecare.org"),
             ("Juniper Row Publishing", "juniperrow.pub"), ("Torvik Maritime", "torvik-maritime.no"),
             ("Calloway Aerospace", "calloway-aero.com"), ("Frostbeck Dairy", "frostbeck.co.nz"),
             ("Lumen & Slate Consulting", "lumenslate.com"), ("Gannet Renewables", "gannet-renewables.eu"),
             ("Pinecrest Academy Trust", "pinecrest.sch.uk"), ("Quayside Hotels", "quaysidehotels.com")]
ROLES = ["Hydrographic Surveyor", "Orthoptist", "Tariff Analyst", "Cellar Operations Technician", "Grant Compliance Officer",
         "Sterile Services Lead", "Night Dispatch Coordinator", "Pension Scheme Analyst", "Acoustics Engineer", "Heritage Conservation Officer",
         "Fleet Telematics Analyst", "Tenancy Enforcement Officer", "Bioinformatics Technician", "Rail Timetable Planner", "Localisation QA Tester"]
ZONES = [-8, -6, -5, -3, 0, 1, 2, 3, 5.5, 7, 9, 12]
DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

# ---------------------------------------------------------------- rejections: person-written thread replies after interviews
add("thread-panel-picked", R, "{s} Ferreira-Lowe <{s}.ferreira-lowe@{d}>", "RE: [EXT] Re: Tuesday panel - {r}",
    """Hi {n},

Thanks so much for the follow-up note and the link to the notebook, I shared it with the team.

We met this morning to wrap up. The group went with a candidate who has run the exact migration we're about to start, and with the timeline we have that was what tipped it.

I enjoyed our chat about the on-call rota more than I can say. Please keep in touch - I mean that.

Best,
{s}

> On Wed, {n} wrote:
> Thank you again for the time yesterday. I've attached the notebook I mentioned.
""", copies=3)

add("thread-hiring-manager-offer-accepted", R, "{s} <{s}@{d}>", "Re: [EXT] RE: Re: {r} - final round",
    """{n} - quick one from my phone.

We extended the offer to the other finalist on Friday and she signed this afternoon. I wanted you to hear it from me rather than the system.

You made it really close. If the second headcount gets approved in Q2 I'll be calling you first.

{s}
Sent from my iPhone
""", copies=3)

add("thread-founder-casual", R, "{s} (founder, {c}) <{s}@{d}>", "Re: coffee + the {r} thing",
    """hey {n}!

ok so I owe you a proper answer. we talked it over as a team and we're going to bring on someone who's already been through a seed-to-A scale-up, which is the bit we're most scared of right now.

honestly loved the case study you sent. if you're ever up for a paid side project, shout.

cheers,
{s}
""", copies=2)

add("thread-ext-tag-moved-forward", R, "{s} Okafor <{s}.okafor@{d}>", "RE: [EXTERNAL] Re: Next steps for {r}",
    """Dear {n},

Sorry this has taken longer than I promised - the last interviews slipped a week.

Following a long debrief the hiring team has moved forward with another candidate, whose background in regulated environments lined up slightly more closely with the brief.

It was a pleasure meeting you in person, and your presentation was one of the strongest we saw.

Kind regards,
{s} Okafor
Talent Partner | {c}

From: {n}
Sent: Monday 09:12
To: {s} Okafor
Subject: Re: Next steps for {r}

Hi {s}, any news on timings? Thanks!
""", copies=3)

add("thread-teams-note", R, "{s} via Teams <noreply@teams.{d}>", "{s} sent you a message",
    """{s} sent you a message in chat

"Hi {n} 👋 just closing the loop from last week's interview. The team landed on another candidate for {r}, someone internal who'd been covering the role. Wanted you to hear it today. Thanks so much for the time you put into the task 🙏"

Reply in Teams

You are receiving this because you are a guest in the {c} tenant.
""", copies=2)

add("thread-after-references", R, "{s} Mbeki <{s}.mbeki@{d}>", "RE: Re: Referees for {r}",
    """Hi {n},

Thanks for getting the referee details over so fast - please pass on our thanks to both of them.

I'm sorry to write with this after we'd got as far as references. The director has taken the decision to appoint the other shortlisted candidate, who was able to start in January, and that availability ended up deciding it between two very strong people.

I know this is disappointing at such a late stage. I'd be glad to give you feedback by phone if useful.

Regards,
{s}
""", copies=2)

# ---------------------------------------------------------------- refusals with long footers
add("footer-careers-newsletter", R, "{c} Talent <talent@{d}>", "Your application to {c}",
    """Dear {n},

Thanks for putting yourself forward for {r}. Every application has had a read now, and yours won't be moving on to interview this time round.

Good luck with what comes next.

The {c} Talent Team

------------------------------------------------------------
LIFE AT {C}
Read our latest story: "Five things we learned from moving to a four-day week"
Meet the team: engineering, operations and customer care
Benefits: 30 days annual leave, private medical, cycle-to-work, volunteering days
Our values: Curious. Kind. Accountable.

JOB ALERTS
Set up an alert to get roles like this one in your inbox the morning they're published.
Manage alerts | Unsubscribe from talent newsletters

Follow us on LinkedIn | Instagram | Glassdoor
At {c} we hire on merit and actively seek people of every background, faith and ability.
Registered office: 14 Ferry Lane. Registered in England and Wales.
Privacy notice: we keep candidate data for 12 months. To request deletion reply DELETE.
""", copies=3)

add("footer-jobalert-block", R, "Careers at {c} <no-reply@{d}>", "Update on {r}",
    """Hi {n},

We appreciate your interest. We have decided to pursue other candidates for {r}.

-------------------------------
NEW ROLES YOU MIGHT LIKE
• Operations Analyst – Leeds – Hybrid
• Customer Success Manager – Remote (UK)
• Graduate Finance Programme 2027 – Manchester
• Data Engineer II – Bristol
See all 48 open roles »

You're getting this because you created a candidate account. Update preferences · Unsubscribe
© 2026 {c}. All rights reserved.
""", copies=2)

add("footer-html-remnant", R, "{c} Recruitment <recruitment@{d}>", "{r} – application outcome",
    """<p>Dear {n},</p><p>Many thanks for considering a move to {c}. Following careful review, we regret to let you know that your application has not been shortlisted.</p><p>Kind regards,<br>Recruitment</p>
&nbsp;
<table><tr><td>Follow us</td><td>LinkedIn</td><td>X</td><td>YouTube</td></tr></table>
Discover our graduate schemes, apprenticeships and experienced hires at careers.{d}
CONFIDENTIALITY: the content of this message is meant for the named recipient only. Misdirected? Tell us by reply and erase every copy. Scan attachments yourself; {c} takes no responsibility for malware.
""", copies=2)

# ---------------------------------------------------------------- hedged refusals
add("hedged-better-fit", R, "{s} at {c} <{s}@{d}>", "{r}",
    """Hello {n},

Thank you for your patience while we met candidates for {r}.

There were several applicants whose experience matched what the team needs this year a little more closely, and we'll be continuing with them.

It was good to learn about your work, and I hope our paths cross again.

{s}
""", copies=3)

add("hedged-other-direction", R, "People Team <people@{d}>", "Following up on {r}",
    """Hi {n},

A short update from us. We've decided to go in a different direction with {r} and take the role more towards partnerships than we first advertised. Your application was thoughtful and we didn't want to leave you waiting.

Thank you for considering {c}.

People Team
""", copies=2)

add("hedged-ai-polished", R, "{c} Talent Acquisition <ta@{d}>", "Regarding your candidacy for {r}",
    """Dear {n},

We hope this message finds you well. We want to express our sincere gratitude for the time, energy and enthusiasm you brought to the selection process for {r}.

After thoughtful consideration of a highly competitive field, we have made the decision to move ahead with candidates whose profiles align more closely with the evolving needs of the team. This was by no means an easy decision, and it is in no way a reflection of your considerable talents.

We truly value the connection we've built and would be delighted to stay in touch as new opportunities arise.

With warm regards,
Talent Acquisition | {c}
""", copies=3)

add("hedged-not-the-one", R, "{s} <{s}.recruit@{d}>", "Quick update - {r}",
    """Hi {n}, hope your week is going ok.

Unfortunately it's not going to be you this time for {r} – the client picked a candidate with more hospital-sector background.

Gutted, as I thought you interviewed brilliantly. Talk soon.
{s}
""", copies=2)

# ---------------------------------------------------------------- recruiter follow-ups after a call
add("recruiter-call-other-role", R, "{s} Whitcombe <{s}@staffline-partners.com>", "Following our call - {r} at {c}",
    """Hi {n},

Good to speak earlier, and thanks for taking the news so graciously. To recap for your notes: {c} are passing on you for {r}; the person they chose knew their ERP inside out.

And the other one I promised: a year-long contract at a logistics firm nearby, much the same day rate, starting early next month. Spec attached. Give me a "go" by reply and your CV goes across this afternoon.

Speak soon,
{s} Whitcombe
Senior Consultant | Staffline Partners
M: 07700 900 412
""", copies=3)

add("recruiter-call-agency-short", R, "{s} | Northpoint Recruitment <{s}@northpoint-rec.co.uk>", "RE: {r} feedback",
    """{n},

Further to our chat - feedback from {c} is that they won't be progressing, mainly on notice period (they need someone within 4 weeks).

I've got a better-matched permanent role with a housing association which I think suits you more. Free for 10 mins tomorrow?

{s}
""", copies=2)

# ---------------------------------------------------------------- public sector
add("public-not-referred", R, "USAStaffing <no-reply@usastaffing.example.gov>", "Application status update: {r}, Announcement 27-HR-1193",
    """Dear {n},

Announcement 27-HR-1193 / {r}

Applicant status: NOT REFERRED
Qualification review: minimally qualified (category rating: Qualified)
Certificate issued to selecting official: yes - your name does not appear on it, as the higher quality categories filled the certificate.

Sign in to review the notice of results. Replies to this address go nowhere.
""", copies=2)

add("public-ineligible", R, "Civil Service Jobs <noreply@civilservicejobs.example.gov.uk>", "Vacancy 410327 – {r}",
    """Dear {n},

Vacancy reference: 410327
Job title: {r}

Thank you for applying. We have now sifted your application against the eligibility criteria for this vacancy. Based on the nationality and residency rules for this post, you are not eligible to be appointed and your application will not progress further.

If you think this is incorrect, contact the vacancy holder within 5 working days.

Civil Service Resourcing
""", copies=2)

add("public-vacancy-cancelled", R, "Recruitment – {c} Council <jobs@{d}>", "Vacancy withdrawn: {r}",
    """Dear Applicant,

Ref: CX/2026/118 {r}

This letter goes to everyone who applied. After the service budget was re-examined the post above has been deleted from the establishment. Nobody will be appointed and all applications are closed.

The Council appreciates your interest; other posts are listed on our jobs pages.

Human Resources Service
""", copies=2)

add("public-police-sift", R, "Police Recruitment <recruitment@{d}>", "Police Staff Vacancy – Outcome of Shortlisting",
    """Dear {n},

Post: {r} (Police Staff)

Your application has been assessed by the shortlisting panel against the essential criteria. I am sorry to tell you that you did not reach the required standard on criteria 2 and 4 and will not be invited to the assessment day.

Feedback on the sift can be requested by email within 14 days.

Yours sincerely,
Workforce Resourcing
OFFICIAL
""", copies=1)

# ---------------------------------------------------------------- bare ATS status updates
add("ats-status-no-longer", R, "{c} <notifications@{d}.myworkdayjobs.example>", "Status update on your application",
    """Hi {n},

There is an update on {r} (R-20931).

Stage: Not moving forward

Sign in to view your candidate home.
""", copies=3)

add("ats-status-portal-one-line", R, "{c} Careers <do-not-reply@successfactors.example>", "{c} - application {r}",
    """Your application for the position {r} is no longer being considered.

This mailbox is not monitored.
""", copies=2)

add("ats-status-position-filled", R, "Greenhouse on behalf of {c} <no-reply@greenhouse.example>", "{r} at {c}",
    """Hi {n},

The {r} position you applied for has now been filled. Your application is closed.

Thanks for your interest in {c}.
""", copies=2)

add("ats-status-closed-dash", R, "iCIMS <candidates@icims.example>", "Candidate portal notification",
    """Candidate Portal – {c}

Requisition: {r} (2026-4471)
Application status: Closed – Not Selected
Last updated: today

Log in | Help | Privacy
""", copies=2)

# ---------------------------------------------------------------- internships and graduate schemes
add("intern-programme-decision", R, "{c} Early Careers <earlycareers@{d}>", "Summer Internship 2027 – decision",
    """Dear {n},

It was lovely to see you at the Summer Internship 2027 assessment day.

Over 3,400 students applied for 60 internships this year. The selection committee met on Monday, and your name is not among the students receiving a place this summer.

The graduate programme opens for applications in September; this year's result won't be held against you if you apply.

Early Careers Team
""", copies=2)

add("grad-scheme-waitlist-ended", R, "Graduate Recruitment <grads@{d}>", "{c} Graduate Programme – reserve list closed",
    """Hi {n},

In October we placed you on the Graduate Programme reserve list. Every place has since been taken up, which closes the reserve list, and no offer will come from it this year.

Thanks for waiting so patiently through a long autumn.

Graduate Recruitment, {c}
""", copies=2)

add("university-committee", R, "Doctoral Admissions <pgr-admissions@{d}>", "Studentship application – outcome",
    """Dear {n},

The Faculty Studentship Committee met on 18 November to consider applications for funded doctoral places in the School of Engineering.

The committee reviewed your application with care. The competition this round was very strong and the committee has awarded the studentships to other applicants. Your application will therefore not proceed to an offer.

We wish you every success.

Postgraduate Research Office
""", copies=2)

add("academic-postdoc", R, "Prof. {s} Haldane <{s}.haldane@{d}>", "Re: Postdoc position – {r}",
    """Dear {n},

Thank you for your application and the interview last week. After talking it over with my co-investigators I have offered the position to another applicant whose thesis work overlaps more directly with work package 3.

I was impressed by your paper on sparse estimators, and I'd be happy to write to colleagues who may have openings if you'd like.

Best wishes,
{s} Haldane
""", copies=2)

# ---------------------------------------------------------------- other sectors and shapes
add("frozen-role", R, "{s} <{s}@{d}>", "{r} – role on hold",
    """Hi {n},

I'm sorry to tell you that after the board meeting yesterday we've had to freeze hiring for {r} until at least the middle of next year. That means we are closing the process and won't be making an appointment.

I know you put real effort into the final stage and I'm sorry it ends like this.

{s}
Head of Operations, {c}
""", copies=2)

add("role-cancelled-restructure", R, "HR Services <hr@{d}>", "Recruitment for {r} cancelled",
    """Dear {n},

Due to an internal restructure, the {r} vacancy has been cancelled and the recruitment process has ended for all candidates.

We're grateful for your time.

HR Services
""", copies=1)

add("healthcare-nhs-style", R, "Trac Jobs <noreply@trac.example>", "Application for {r} – Not shortlisted",
    """Dear {n}

Application for: {r}
Job reference: 338-MED-2291

The recruiting manager has now completed shortlisting for this post. Your application was not selected for interview.

With so many applications for this vacancy, the ward manager cannot write individual feedback.

Recruitment Team
Replies to this mailbox are not read - use the Contact Us page on the jobs site.
""", copies=2)

add("trades-whatsapp-style", R, "{s} <{s}@{d}>", "electrician job",
    """Hi {n} its {s} from {c}, thanks for coming down to the yard tuesday. we've given the job to a lad who's got his 18th edition already so we'll leave it there for now. keep your number on file if work picks up in spring. cheers
""", copies=2)

add("retail-store-manager", R, "Store {s} <store.hiring@{d}>", "Your interview at {c}",
    """Hi {n},

Thanks for doing the Saturday trial with us. The weekend job has gone to another applicant, so that's it from our side for now.

Take care,
{s}, Store Manager
""", copies=2)

add("law-firm-training-contract", R, "Graduate Recruitment – {c} <graduates@{d}>", "Training Contract 2029 – your application",
    """Dear {n},

Thank you for attending the assessment day for our 2029 Training Contract.

The partners' panel met yesterday. Sadly, a training contract offer will not be made to you in this intake; the standard across the day was unusually high.

Written-exercise feedback is available on request until the end of next month.

Yours sincerely,
Graduate Recruitment Team
{c}
""", copies=2)

add("gig-platform", R, "Gigwell <updates@gigwell.example>", "Your proposal wasn't chosen",
    """Hi {n},

"{r} – 3 month contract" has been awarded to a different freelancer. We've moved your bid to Archived; bid credits spent on it stay spent.

Keep going – new jobs that match your profile are posted every day.

Browse jobs | Notification settings
""", copies=2)

add("decision-late-long-mail", R, "{s} Quartermaine <{s}.q@{d}>", "Your time with us last week – {r}",
    """Dear {n},

I wanted to write properly rather than send a form letter, because you gave us a lot of your time.

First, thank you for travelling to the site and for being so patient when the tour overran. Several of the team mentioned how well you got on with the line supervisors, and your questions about the maintenance schedule were the sharpest we heard all week. I also enjoyed our conversation about the old mill at lunch.

We interviewed five people in total. The panel scored the technical exercise, the interview and the site walk separately, and met on Friday to put it all together. It was close at the top, and in the end we have offered the role to another candidate who has already commissioned a line of this type.

If you'd find a call useful I'm happy to go through your scores.

Best regards,
{s} Quartermaine
Plant Manager
""", copies=2)

add("after-offer-discussion", R, "{s} <{s}.people@{d}>", "Re: Offer conversation – {r}",
    """Hi {n},

Thanks for being so open on our call about salary and start date. I took your figures back to the leadership team.

I'm afraid we aren't able to stretch the budget that far, and as we need someone in post by February we've agreed to withdraw the conditional offer and continue with the reserve candidate. I'm sorry – I'd hoped we'd find a way.

Best wishes,
{s}
""", copies=2)

add("slack-community", R, "Slack <notification@slack.example>", "[{c}] New direct message from {s}",
    """{s} (Hiring Manager)
10:42
hey {n} - thanks again for doing the take-home. going to be straight with you: we're going with another applicant for the {r} spot. your write-up was really clear though. happy to give notes if you want them

Reply in Slack
To stop receiving these emails, update your notification preferences.
""", copies=2)

add("volunteer-board", R, "Trustee Recruitment <trustees@{d}>", "Trustee appointment",
    """Dear {n},

The nominations committee has now completed interviews for the treasurer vacancy on our board. The committee has recommended another candidate to the board for appointment, and we won't be taking your application further.

Thank you for your generous offer of time.

Chair of Nominations
""", copies=1)

add("typo-nonnative", R, "{s} HR <hr.{s}@{d}>", "About you're application",
    """Dear Mr./Mrs. {n}

Thank you for you're application to {c} for position {r}. We have received many CV and after check we decide to continue with other candidate which have more experience in our sector.

We wish you success in you future.

Best Regard
{s}
HR Departement
""", copies=2)

add("mobile-sig-one-liner", R, "{s} <{s}@{d}>", "Re: {r}",
    """Hi {n}, we've offered it to someone else I'm afraid – thanks for your time on Wednesday, it was good to meet.

Sent from Outlook for Android
""", copies=2)

add("quoted-thread-decline-late", R, "{s} Aldana <{s}.aldana@{d}>", "RE: [EXT] RE: [EXT] Re: Availability",
    """Hi {n},

Sorry – one more from me. The team has completed the process and chosen to hire a colleague from our Dublin office for the {r} seat, so we'll close things on our side.

Thanks for all the back and forth on availability.

{s}

-----Original Message-----
From: {n}
Sent: Thursday
Subject: RE: [EXT] Re: Availability

Tuesday or Wednesday afternoon works for a second chat if needed.

-----Original Message-----
From: {s} Aldana
Can you share your availability next week?
""", copies=2)

add("grant-funded-hedge", R, "{c} <careers@{d}>", "{r} application",
    """Dear {n},

Thanks for applying for {r}. Shortlisting is done after a busy field. Your record is impressive, though other applicants ticked more of the essential criteria, and the interview list doesn't include you on this round.

We hope you'll consider future roles with us.

With best wishes,
{c}
""", copies=2)

add("sms-style-shift", R, "ShiftHub <noreply@shifthub.example>", "Application update",
    """ShiftHub: {c} reviewed your application for {r}. They've decided not to move forward. Find more shifts near you in the app.
""", copies=2)

add("staffing-agency-client-closed", R, "Brightwork Staffing <placements@brightwork-staffing.example>", "Assignment update – {c}",
    """Hi {n},

Quick update on the {r} assignment at {c}: the client has filled the position with one of their existing temps, so your submission has been withdrawn from that requirement.

You're still active on our books and I'll call when something similar comes in.

Brightwork Staffing – Industrial Division
""", copies=2)

add("government-portal-unsuccessful", R, "Jobs Portal <noreply@jobs.{d}>", "Message in your account: application result",
    """You have a new message in your Jobs Portal account.

Subject: Selection process result – {r} (Level 4)
Result: Unsuccessful

Please sign in to read the selection report. Messages are kept for 90 days.
""", copies=2)

add("teaching-post", R, "{s} – Headteacher's PA <office@{d}>", "Interview – {r}",
    """Dear {n},

Thank you for spending the day with us and for teaching the Year 9 lesson. The panel has appointed another candidate to the post. The students spoke warmly about your lesson, which I wanted to pass on.

Yours sincerely,
{s}
On behalf of the Headteacher
""", copies=2)

add("nursing-bank", R, "{c} Workforce <workforce@{d}>", "Your application – {r}",
    """Dear {n},

Thank you for attending interview. Having considered all candidates against the person specification, the panel has decided to offer the post to someone else. We would encourage you to join our staff bank in the meantime.

Workforce Team
""", copies=2)

add("hedged-priorities-shifted", R, "{s} <{s}@{d}>", "Re: {r} conversation",
    """Hey {n},

Thanks for your patience. Priorities shifted on our side after the funding round and this role has become a senior one, more senior than the profile we spoke about, so it doesn't make sense for us to carry on together on it.

I enjoyed meeting you and hope to see you at the next meetup.

{s}
""", copies=2)

add("ats-dear-candidate-regret", R, "Talent Team <talent@{d}>", "Thanks for applying to {c}",
    """Dear Candidate,

Your application for {r} was read in full by our team. We are sorry to say it will not go on to the next stage.

Kind regards,
{c}

Prefer fewer emails about our openings? Adjust or stop them here.
""", copies=2)

add("hospitality-chef", R, "{s} – Head Chef <kitchen@{d}>", "Trial",
    """Hi {n}

Cheers for the trial on Friday night, you kept up well considering the rush. We've offered the sous chef spot to someone who's been with the group before. Good luck – you'll land something soon.

{s}
""", copies=2)

# ---------------------------------------------------------------- rejections in other languages
add("cs-rej-vyber", R, "{s} – personální oddělení <hr@{d}>", "Výběrové řízení – {r}",
    """Dobrý den, {n},

děkujeme za Váš čas na pohovoru minulý týden. Po zvážení všech uchazečů jsme se rozhodli pro kolegyni, která již má praxi s naším systémem, a výběrové řízení tím uzavíráme.

Vaše údaje si se souhlasem ponecháme pro případ další pozice.

S pozdravem
{s}
""", copies=2)

add("el-rej-epilogi", R, "Τμήμα Προσωπικού <hr@{d}>", "Σχετικά με την αίτησή σας – {r}",
    """Αγαπητέ/ή {n},

Σας ευχαριστούμε για τη συμμετοχή σας στη διαδικασία επιλογής. Η επιτροπή ολοκλήρωσε την αξιολόγηση και επέλεξε άλλον υποψήφιο για τη θέση, οπότε η αίτησή σας δεν θα προχωρήσει.

Σας ευχόμαστε καλή συνέχεια.

Με εκτίμηση,
{s}
""", copies=1)

add("fi-rej-valinta", R, "{c} Rekrytointi <rekry@{d}>", "Hakemuksesi: {r}",
    """Hei {n},

kiitos, että hait meille. Haastattelujen jälkeen päädyimme hakijaan, jolla on pidempi kokemus vastaavista projekteista, joten prosessi päättyy sinun osaltasi tähän.

Toivotamme onnea työnhakuun!

Ystävällisin terveisin
{s}
""", copies=2)

add("hu-rej-mas-jelolt", R, "{s} <{s}@{d}>", "Re: {r} interjú",
    """Kedves {n}!

Köszönöm a múlt heti beszélgetést. A csapat végül egy másik jelöltet választott, aki már dolgozott hasonló projekten, így a folyamatot Önnel most lezárjuk.

Remélem, később még lesz alkalmunk együtt dolgozni.

Üdvözlettel,
{s}
""", copies=1)

add("ro-rej-decizie", R, "Resurse Umane {c} <hr@{d}>", "Rezultat proces de selecție – {r}",
    """Bună ziua, {n},

Mulțumim că ați aplicat la {c}. Echipa a analizat toate dosarele și a ales pentru etapa următoare doi colegi cu experiență mai lungă în producție, astfel că aplicația dumneavoastră se oprește aici.

Toate cele bune!

Echipa de Resurse Umane
""", copies=2)

add("tr-rej-olumsuz", R, "{c} İnsan Kaynakları <ik@{d}>", "Başvurunuz hakkında",
    """Merhaba {n},

{r} pozisyonu için gösterdiğiniz ilgiye teşekkür ederiz. Değerlendirme sürecimiz tamamlandı; bu pozisyon için başka bir adayla ilerleme kararı aldık.

Özgeçmişiniz veri tabanımızda saklanacaktır.

Saygılarımızla,
İnsan Kaynakları
""", copies=2)

add("pl-rej-inna-osoba", R, "{s} z {c} <{s}@{d}>", "Odp: Rekrutacja – {r}",
    """Dzień dobry {n},

dziękuję za rozmowę w czwartek. Niestety tym razem zdecydowaliśmy się zatrudnić inną osobę, która ma większe doświadczenie w branży farmaceutycznej.

Zachęcam do śledzenia naszych ogłoszeń.

Pozdrawiam serdecznie
{s}
""", copies=2)

add("sv-rej-gatt-vidare", R, "{c} Rekrytering <rekrytering@{d}>", "Angående din ansökan – {r}",
    """Hej {n},

Stort tack för ditt intresse för rollen som {r}. Urvalet är klart och den här gången föll valet på sökande med mer erfarenhet av just vår bransch, så din ansökan går inte vidare.

Allt gott i jobbsökandet!

Hälsningar
{s}
""", copies=2)

add("no-rej-ansatt", R, "{s} <{s}@{d}>", "SV: Stillingen som {r}",
    """Hei {n},

Takk for et hyggelig intervju. Vi har nå ansatt en annen kandidat i stillingen og avslutter derfor prosessen.

Lykke til videre!

Mvh
{s}
""", copies=1)

add("da-rej-afslag", R, "{c} HR <job@{d}>", "Din ansøgning – {r}",
    """Kære {n}

Mange tak for din ansøgning. Vi har valgt at gå videre med kandidater, der matcher profilen lidt bedre, og må derfor give dig et afslag denne gang.

Venlig hilsen
{s}, HR
""", copies=2)

add("de-rej-entschieden", R, "{c} Recruiting <karriere@{d}>", "Ihre Bewerbung als {r}",
    """Hallo {n},

vielen Dank für das Gespräch und Ihre Geduld. Wir haben uns für eine Kandidatin entschieden, deren Profil noch besser zu den Anforderungen im Team passt.

Für Ihre weitere berufliche Zukunft wünschen wir Ihnen alles Gute.

Freundliche Grüße
{s}
Talent Acquisition
""", copies=2)

add("fr-rej-retenu", R, "{s} – Recrutement <recrutement@{d}>", "Votre candidature – {r}",
    """Bonjour {n},

Nous vous remercions pour l'intérêt porté à {c}. Après étude attentive, nous avons retenu un autre profil pour ce poste.

Nous vous souhaitons bonne continuation dans vos recherches.

Cordialement,
{s}
""", copies=2)

add("es-rej-proceso", R, "Talento {c} <talento@{d}>", "Actualización de tu candidatura",
    """Hola {n}:

Muchas gracias por el tiempo que dedicaste a las entrevistas para {r}. El equipo ha elegido finalmente a otra candidata, con más rodaje en proyectos de exportación, y cerramos aquí tu proceso.

Ojalá coincidamos más adelante.

Un saludo,
{s}
""", copies=1)

add("nl-rej-gekozen", R, "{s} <{s}@{d}>", "Terugkoppeling sollicitatie {r}",
    """Beste {n},

Dank voor je tijd donderdag, het was een open gesprek. Het team heeft de voorkeur gegeven aan iemand die al jaren in een ziekenhuis werkt, en daarom stopt de procedure voor jou hier.

Het ga je goed.

Groet,
{s}
""", copies=1)

add("it-rej-altro-profilo", R, "Selezione {c} <selezione@{d}>", "Esito candidatura – {r}",
    """Gentile {n},

la ringraziamo per l'interesse dimostrato. Al termine della selezione abbiamo individuato un profilo più in linea con le esigenze della posizione.

Cordiali saluti,
Ufficio Risorse Umane
""", copies=1)

add("pt-rej-outro", R, "Recrutamento {c} <rh@{d}>", "A sua candidatura – {r}",
    """Olá {n},

Agradecemos o seu interesse. Após análise, optámos por avançar com outro candidato cujo perfil se ajusta melhor à função.

Desejamos-lhe sucesso.

Cumprimentos,
{s}
""", copies=1)

# ---------------------------------------------------------------- confirmations (conditional refusal talk, silence rules)
add("conf-if-not-selected-keep", APP, "{c} Careers <careers@{d}>", "We've received your application – {r}",
    """Dear {n},

Thanks – your {r} application arrived and has been passed to the hiring team.

Should this particular role not work out, we'd like to hold on to your CV for a year and get in touch when something similar opens. Say the word and we'll remove it.

Kind regards,
{c} Talent
""", copies=3)

add("conf-either-way", APP, "{s} at {c} <{s}@{d}>", "Thanks for applying!",
    """Hi {n},

Thanks a lot for applying for {r} – I'm {s} and I'll be looking after your application.

We aim to review everything within two weeks. Either way, you'll hear back from me, and whatever the outcome we'll keep your details so we can reach out about future roles.

Cheers,
{s}
""", copies=3)

add("conf-only-shortlisted", APP, "Recruitment <recruitment@{d}>", "Application received: {r}",
    """Dear {n},

Just a line to say your {r} application landed safely with us.

We get far more applications than we can answer one by one, so the recruiting team writes only to people it shortlists. No message from us within three weeks after the advert closes means the panel did not pick your application this round.

Thanks for thinking of {c}.
""", copies=3)

add("conf-match-contact", APP, "{c} <jobs@{d}>", "Your CV is in our talent pool",
    """Hi {n},

Your profile has been added to the {c} talent pool. We'll only get in touch if there is a match with an open role, so please don't worry if you don't hear from us for a while.

Update your profile any time.

{c} Recruiting
""", copies=3)

add("conf-ats-workday", APP, "{c} <notifications@{d}.myworkdayjobs.example>", "Application submitted: {r}",
    """Hi {n},

Your application for {r} (R-22817) at {c} is in.

The road from here:
① A recruiter reads it (normally inside ten working days).
② Strong overlap with the brief → an invitation to a 30-minute intro call.
③ Not the right overlap → an email from us closing it, so you're never left guessing.

Follow progress from the Candidate Home tab.

Automated notice – the reply button won't reach a person.
""", copies=3)

add("conf-unfortunately-volume", APP, "Talent Team <no-reply@{d}>", "We got it – {r}",
    """Hello {n},

We've received your application for {r}, thanks!

Unfortunately, because of the volume of applications we're not able to respond to everyone personally. Our team reads every application, and if we'd like to take things further you'll hear from us within three weeks.

The {c} Talent Team
""", copies=3)

add("conf-regret-unable-feedback", APP, "{c} HR <hr@{d}>", "Acknowledgement of application",
    """Dear {n},

Your application for {r} has been logged. Applications close on 15 January and the panel shortlists the week after.

Sadly, the panel has no capacity to give feedback to applicants it does not shortlist. If that turns out to be you, thank you in advance for taking the time to apply.

Human Resources
{c}
""", copies=3)

add("conf-public-sector-received", APP, "Jobs Service <noreply@jobs.{d}>", "Application received – Ref 27/0419",
    """Dear {n},

Your application for {r} (Ref 27/0419) has been received.

Applications will be assessed against the essential criteria. Candidates who do not meet the criteria will not be invited to interview and will be notified after the shortlisting date. All outcomes are communicated through your account.

Recruitment Services
""", copies=2)

add("conf-internship-received", APP, "{c} Early Careers <earlycareers@{d}>", "Internship 2027 – application received",
    """Hi {n},

Thanks for applying to the {c} Summer Internship 2027!

Applications are read as they arrive and internships can be gone before the deadline. If this round doesn't work out for you, our monthly student newsletter keeps coming with tips and new openings – opt out any time.

Good luck!
Early Careers Team

Unsubscribe | Privacy
""", copies=2)

add("conf-recruiter-ack", APP, "{s} Pemberton <{s}@harbourline-search.com>", "Re: {r} – CV received",
    """Hi {n},

Thanks, got your CV. I'll send it to {c} tomorrow once I've formatted it. Their turnaround is about a week. A no from them and I'll ring you the same day so we can look elsewhere; a yes and I'll get an interview in the diary.

{s}
Harbourline Search
""", copies=2)

add("conf-html-received", APP, "{c} Jobs <jobs@{d}>", "Thank you for your application",
    """<div style="font-family:Arial"><h2>Thank you, {n}!</h2><p>We have received your application for <b>{r}</b>.</p><p>A human on the team – not a filter – reads each CV, which takes a little while. Whichever way it goes, an update follows when the read-through is done.</p></div>
<hr>
<small>{c} · Careers · Privacy · Unsubscribe from job alerts</small>
""", copies=2)

add("conf-we-will-not-contact-unless", APP, "Recruiting <recruiting@{d}>", "Application confirmation",
    """Hello {n},

Thanks for applying to {c}. We're reviewing applications for {r} now.

We will not contact candidates who are not selected for an interview, as the response has been very large. If the role is a good fit you'll hear from us by the end of the month.

Best,
Recruiting
""", copies=2)

add("conf-not-progressing-faq", APP, "{c} Careers <careers@{d}>", "Application received",
    """Hi {n},

Thanks for your application for {r}.

FAQ
Q: How long does it take?  A: Usually 2–3 weeks.
Q: What if I'm not progressed?  A: You'll receive an email and can reapply after six months.
Q: Can I apply for several roles?  A: Yes, up to three at once.

{c} Careers
""", copies=2)

add("conf-typo-nonnative", APP, "{s} <{s}@{d}>", "Received you're CV",
    """Dear {n}

We are received you're CV for position {r}. We will study and if your profile is not match we will inform you, if is match we call for interview.

Thank you
{s}
HR
""", copies=2)

add("conf-gig-proposal-sent", APP, "Gigwell <updates@gigwell.example>", "Proposal submitted",
    """Hi {n},

Your proposal for "{r} – part-time contract" was sent to the client. Clients hire about 1 in 20 freelancers who apply, so don't be discouraged if you're not picked – keep sending proposals.

Gigwell
""", copies=2)

add("conf-reapplied-keep-details", APP, "Careers <careers@{d}>", "Application received – {r}",
    """Dear {n},

Many thanks for your application. We note you applied to {c} previously; your earlier application won't affect this one.

In the event that you are unsuccessful, we will hold your details for a further six months unless you ask us to delete them.

Regards,
Resourcing Team
""", copies=2)

add("conf-short-thanks", APP, "{c} <no-reply@{d}>", "Application received",
    """Thanks {n} – we've got your application for {r}. We'll be in touch either way.
""", copies=2)

# ---------------------------------------------------------------- confirmations in other languages
add("de-conf-eingang", APP, "{c} Karriere <karriere@{d}>", "Eingangsbestätigung Ihrer Bewerbung",
    """Hallo {n},

Ihre Bewerbung für die Stelle {r} ist bei uns angekommen. Spätestens in drei Wochen bekommen Sie Bescheid – egal wie die Sichtung ausgeht.

Freundliche Grüße
Ihr Recruiting-Team
""", copies=2)

add("fr-conf-reception", APP, "Recrutement {c} <recrutement@{d}>", "Accusé de réception",
    """Bonjour {n},

Votre dossier pour le poste de {r} nous est bien parvenu. L'équipe l'étudiera d'ici la fin du mois ; faute de nouvelles de notre part dans quatre semaines, c'est que nous n'aurons pas donné suite.

Bien cordialement,
Service RH
""", copies=2)

add("es-conf-recibida", APP, "{c} Empleo <empleo@{d}>", "Hemos recibido tu candidatura",
    """Hola {n}:

Gracias por tu interés en {r}. Revisaremos tu perfil y, si encaja con lo que buscamos, te contactaremos. En caso contrario, guardaremos tu CV para futuras vacantes.

Un saludo,
Equipo de Selección
""", copies=2)

add("nl-conf-ontvangen", APP, "{c} Werken bij <werkenbij@{d}>", "Bevestiging sollicitatie",
    """Beste {n},

Je reactie op de vacature {r} is binnen. Uiterlijk over veertien dagen krijg je bericht van ons, welke kant het ook op valt.

Met vriendelijke groet,
Team Recruitment
""", copies=2)

add("pl-conf-otrzymalismy", APP, "Rekrutacja {c} <rekrutacja@{d}>", "Potwierdzenie otrzymania aplikacji",
    """Dzień dobry {n},

dziękujemy za przesłanie aplikacji na stanowisko {r}. Informujemy, że skontaktujemy się tylko z wybranymi kandydatami.

Zespół Rekrutacji
""", copies=2)

add("sv-conf-mottagen", APP, "{c} <jobb@{d}>", "Tack för din ansökan",
    """Hej {n},

Din ansökan om jobbet som {r} har landat hos oss. Vi läser ansökningarna allt eftersom de kommer in och ger besked till alla, både ja och nej.

Vänliga hälsningar
{c}
""", copies=1)

add("it-conf-ricevuta", APP, "Lavora con noi – {c} <careers@{d}>", "Candidatura ricevuta",
    """Gentile {n},

la sua domanda per {r} è arrivata a destinazione. Se questa volta non dovesse andare, teniamo il curriculum in archivio e la ricontattiamo per ruoli simili.

Cordiali saluti
""", copies=1)

# ---------------------------------------------------------------- interview invitations and scheduling
add("int-invite-other-candidates", INT, "{s} <{s}@{d}>", "Interview invitation – {r}",
    """Hi {n},

Good news – we'd like to invite you to a first interview for {r}. We're meeting four other candidates the same week, so please pick a slot soon; the earliest ones go quickly.

Book here: calendly link in your candidate portal

Best,
{s}
""", copies=3)

add("int-unfortunately-reschedule", INT, "{s} Greaves <{s}.greaves@{d}>", "RE: Interview on Thursday",
    """Hi {n},

Unfortunately the hiring manager has been called away on Thursday, so we need to move your interview. Could you do Monday at 14:00 or Tuesday at 10:30 instead? Sorry for the disruption – you are very much still in the process.

{s}
""", copies=3)

add("int-teams-invite", INT, "Microsoft Teams <noreply@teams.{d}>", "Invitation: {r} – second interview @ Wed 11:00",
    """{s} has invited you to a Teams meeting

{r} – second interview
Wednesday 11:00–12:00

Join the meeting now
Meeting ID: 384 551 902 77
Passcode: kR7bq2

Agenda: 20 min case discussion with the team lead, 20 min with the director, time for your questions.
""", copies=2)

add("int-final-round-panel", INT, "{c} Talent <talent@{d}>", "Final round – {r}",
    """Dear {n},

Congratulations on reaching the final round. You'll meet three members of the leadership team on site. Not everyone gets this far, and we're looking forward to it.

Please bring photo ID. Parking details are attached.

Talent Team
""", copies=2)

add("int-phone-screen", INT, "{s} | {c} <{s}@{d}>", "Quick call about {r}?",
    """Hey {n},

Thanks for applying! I'd love to do a 20-minute phone screen this week to hear more about you. Any of Tue 3pm, Wed 10am or Thu 4pm work?

If it doesn't work out timing-wise, no worries, just suggest another.

{s}
""", copies=3)

add("fr-int-entretien", INT, "{s} – {c} <{s}@{d}>", "Invitation à un entretien",
    """Bonjour {n},

Votre profil a retenu notre attention. Nous souhaitons vous rencontrer pour un entretien le mardi 14 à 10h dans nos locaux. Merci de confirmer votre disponibilité.

Cordialement,
{s}
""", copies=1)

add("de-int-einladung", INT, "{c} Recruiting <jobs@{d}>", "Einladung zum Vorstellungsgespräch",
    """Hallo {n},

wir möchten Sie gern kennenlernen. Leider ist unser Büro wegen Umbau geschlossen, daher findet das Gespräch per Video statt: Donnerstag, 9:30 Uhr.

Viele Grüße
{s}
""", copies=1)

add("int-assessment-centre", INT, "Graduate Recruitment <grads@{d}>", "Assessment centre invitation",
    """Dear {n},

You're through to the 22 January assessment day! Roughly one attendee in three ends up with an offer. Expect a team task in the morning, a ten-minute pitch after lunch and a one-to-one with a partner.

Please confirm by Friday.
""", copies=3)

# ---------------------------------------------------------------- next steps with deadlines
add("next-online-test", NEXT, "{c} Assessments <assessments@{d}>", "Next step: online assessment for {r}",
    """Hi {n},

Thanks for your application. The next step is a 45-minute online assessment.

Deadline: complete it by 23:59 on Sunday. Invitations expire after the deadline and unfinished assessments can't be reviewed.

Start assessment

Good luck!
""", copies=3)

add("next-take-home", NEXT, "{s} <{s}@{d}>", "Take-home task – {r}",
    """Hi {n},

As discussed, here's the take-home exercise. Please send your solution by Thursday 12:00. We don't expect more than 3 hours of work. If you can't make the deadline, let me know and we'll find another date – no problem at all.

{s}
""", copies=3)

add("next-documents-request", NEXT, "HR Onboarding <hr@{d}>", "Action required: documents by 5 December",
    """Dear {n},

To continue with your application for {r}, please upload proof of right to work and two referee contacts by 5 December. Applications without these documents cannot be taken further.

Upload documents

HR
""", copies=3)

add("next-video-interview", NEXT, "HireVue for {c} <noreply@hirevue.example>", "Complete your video interview",
    """Hi {n},

{c} has invited you to a recorded video interview for {r}. You have 5 days to complete it (deadline: Friday 18:00).

It takes about 25 minutes. You can practise as many times as you like before you start.

Begin interview
""", copies=3)

add("next-background-check", NEXT, "Screening Team <screening@{d}>", "Background check – please complete by Monday",
    """Hi {n},

You're nearly there. Please complete the background screening form by Monday so we can keep your start date. If the form isn't completed we won't be able to proceed, so do reach out if anything is unclear.

Screening Team
""", copies=2)

add("nl-next-assessment", NEXT, "{c} Werving <werving@{d}>", "Volgende stap: online assessment",
    """Beste {n},

De volgende stap is een online assessment. Rond deze uiterlijk vrijdag 17:00 af; daarna vervalt de link.

Succes!
""", copies=1)

add("next-portfolio", NEXT, "{s} <{s}@{d}>", "Portfolio review – please send by Wednesday",
    """Hi {n},

Thanks for the chat. Before the panel can meet you, could you send three portfolio pieces with a short note on your role in each, by Wednesday end of day?

{s}
""", copies=2)

# ---------------------------------------------------------------- offers
add("offer-letter", OFFER, "{s} <{s}@{d}>", "Offer of employment – {r}",
    """Dear {n},

I'm delighted to offer you the position of {r} at {c}. Your contract and benefits summary are attached. Please sign and return by the 12th.

We were impressed by every stage. Welcome aboard!

{s}
""", copies=3)

add("offer-verbal-followup", OFFER, "{s} <{s}.talent@{d}>", "Re: great speaking today",
    """Hi {n},

Great to speak just now, and thrilled you're joining! As promised, the written offer follows from our HR system within 24 hours. We went with you over some very strong candidates, so congratulations.

{s}
""", copies=3)

add("offer-conditional", OFFER, "Recruitment <recruitment@{d}>", "Conditional offer – {r}",
    """Dear {n},

The panel would like to appoint you as {r}. This offer is conditional on two satisfactory references and an enhanced DBS check. Unfortunately the start date stays open until both checks have cleared.

Recruitment Team
""", copies=3)

add("es-offer-oferta", OFFER, "{s} – {c} <{s}@{d}>", "Oferta de empleo",
    """Hola {n}:

¡Enhorabuena! Nos complace ofrecerte el puesto de {r}. Te adjuntamos la propuesta; por favor, confírmanos antes del viernes.

Un abrazo,
{s}
""", copies=1)

add("offer-internship", OFFER, "{c} Early Careers <earlycareers@{d}>", "Your internship offer",
    """Hi {n},

Brilliant news – you've been selected for the {c} Summer Internship 2027! Log in and press Accept within a fortnight to secure it.

Early Careers Team
""", copies=2)

# ---------------------------------------------------------------- other job mail
add("other-withdrawal-ack", OTHER, "{s} <{s}@{d}>", "Re: Withdrawing my application",
    """Hi {n},

Appreciate the heads-up, and well done on landing the new job. Your {r} application is now marked as withdrawn at your request. The door stays open for the future.

{s}
""", copies=3)

add("other-status-under-review", OTHER, "{c} Careers <careers@{d}>", "Your application status has changed",
    """Hi {n},

Something moved on your {r} application.

Stage now: Hiring team review (in progress)

Sign in to see details.
""", copies=2)

add("other-job-alert-closed", ALERT, "JobSpotter Alerts <alerts@jobspotter.example>", "7 new jobs for \"{r}\"",
    """New jobs matching your alert

{r} – {c} – Hybrid
Senior {r} – Remote
{r} (12-month FTC) – Leeds

Some jobs you saved have closed and are no longer accepting applications.

Edit alert · Unsubscribe
""", copies=2)

add("other-reference-request", OTHER, "Referencing <references@{d}>", "Reference request for a former colleague",
    """Dear {n},

{s} Tremaine has applied for a position with {c} and named you as a referee. Please complete the short form by Friday. References are confidential and will not be shared with the candidate.

Referencing Team
""", copies=2)

add("other-process-delay", OTHER, "{s} <{s}@{d}>", "Update on timings – {r}",
    """Hi {n},

Just a note that decisions on {r} have been delayed by about two weeks because two panel members are off sick. No decision has been made yet and your application is still active.

Thanks for bearing with us,
{s}
""", copies=2)

add("other-feedback-survey", OTHER, "{c} Candidate Experience <survey@{d}>", "How did we do?",
    """Hi {n},

Whether or not things go your way, tell us how applying to {c} felt – five quick questions, no names attached.

Take the survey
Unsubscribe from surveys
""", copies=2)

add("other-account-deleted", OTHER, "{c} Careers <no-reply@{d}>", "Your candidate account has been deleted",
    """Hi {n},

As requested, your candidate account and all stored data have been deleted. Any open applications were closed at your request.

{c} Careers
""", copies=1)

# ---------------------------------------------------------------- non-job mail with rejection words
add("nonjob-card-declined", NONJOB, "Harbour Bank <alerts@harbourbank.example>", "Card payment declined",
    """Hi {n},

A payment of £42.10 at FRESHMARKET was declined because it would take you over your limit. If this wasn't you, call us on the number on your card.

Harbour Bank
""", copies=2)

add("nonjob-conference-paper", NONJOB, "Programme Chairs <chairs@conf-sysml.example>", "Decision on submission #418",
    """Dear {n},

We regret to inform you that your submission #418 was not accepted to the main track this year. We received 1,912 submissions and accepted 21%. Reviews are available in the submission system. We encourage you to submit to the workshops.

Programme Chairs
""", copies=2)

add("nonjob-rental-application", NONJOB, "Lettings – Keystone Homes <lettings@keystone.example>", "12 Alder Road",
    """Hi {n},

Thanks for coming to see 12 Alder Road. The owner went with a different tenant's bid, so it's off the market as of today. Two comparable flats on Birch Street are free to view this week if you fancy a look.

Lettings Team
""", copies=2)

add("nonjob-pr-rejected", NONJOB, "GitForge <notifications@gitforge.example>", "[acme/parser] Pull request closed: fix tokenizer",
    """{s} closed your pull request #2231.

"Thanks for this! We've decided not to move forward with this approach and went with #2240 instead, which covers the other edge case."

View it on GitForge. Unsubscribe.
""", copies=2)

add("nonjob-grant-council", NONJOB, "Arts Grants <grants@artscouncil.example>", "Project grant – outcome",
    """Dear {n},

Unfortunately your application to the Community Project Fund has been unsuccessful this round. Demand was four times the available budget. You may reapply in the spring round.

Grants Team
""", copies=2)

add("nonjob-school-place", NONJOB, "School Admissions <admissions@county.example>", "Secondary school place offer",
    """Dear Parent/Carer,

Places at your first-choice school all went to children ranked in higher oversubscription categories, so we could not allocate one there. Your child has a place at the school you listed second. An appeal must reach us within 20 school days.

School Admissions
""", copies=2)

add("de-nonjob-kredit", NONJOB, "Kundenservice <service@bank.example>", "Ihr Kreditantrag",
    """Hallo {n},

leider können wir Ihren Kreditantrag derzeit nicht bewilligen. Gründe finden Sie im Online-Banking.

Ihr Kundenservice
""", copies=1)

add("nonjob-visa-slot", NONJOB, "Appointments <noreply@visa-appointments.example>", "Appointment request not confirmed",
    """Dear {n},

Your appointment request could not be confirmed as the selected slot is no longer available. Please choose another date.
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
                "id": f"blind13:{prefix}-{counters[prefix]:03d}",
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
    files = sorted(HERE.parent.glob("*.jsonl")) + sorted(p for p in HERE.glob("*.jsonl") if p != OUT)
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
