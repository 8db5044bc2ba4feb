# ruff: noqa: E501, S311
"""Write the twenty-first sealed blind slice for issue 11 (blind-slice-21.jsonl).

Stdlib only, fixed seed; two runs write byte-identical files. Options:
--langs  print the make-up by part/label/kind and label/language (no message text)
--check  6-word shingles shared with the other .jsonl files in data/ and data/blind/
         (read only as shingle sets; our side printed)
"""

from __future__ import annotations

import argparse
import collections
import datetime as dt
import json
import random
import re
import sys
import unicodedata
from dataclasses import dataclass
from email.utils import format_datetime
from pathlib import Path

SEED = 210211
HERE = Path(__file__).resolve().parent
OUT = HERE / "blind-slice-21.jsonl"

RECIPIENTS = [
    "Adaeze Morcombe", "Fintan Rolleston", "Kavya Brightwell", "Sorcha Palliser", "Dmitri Hawksworth",
    "Nkechi Lavender", "Tobias Quennell", "Ananya Fothergill", "Ciarán Medlicott", "Lerato Sandilands",
    "Jasper Okorafor", "Meenakshi Colclough", "Brodie Vantongeren", "Sinéad Abara", "Wei Jie Harbottle",
    "Rohan Delamere", "Tegan Mwangi", "Pieter Loveridge", "Farah Ainsworth", "Keanu Blackadder",
    "Aaliyah Trewin", "Conor Hazelwood", "Deepika Stanfield", "Mthunzi Carrow", "Harriet Okwu",
    "Lachlan Verity", "Oluwaseun Pryce", "Marguerite Dunmore", "Vikram Eldridge", "Saoirse Kettering",
    "Jonah Rasmussen-Bell", "Priya Whitcombe", "Emeka Lindley", "Gwen Achterlonie", "Tariq Sumner",
    "Bethany Kaur", "Ruairí Osei", "Zanele Hartigan", "Callista Ng", "Ivo Penrose",
]
SIGNERS = [
    "Philippa Marwood", "Obinna Clatworthy", "Heather Rangi", "Stellan Burroughs", "Noor Pettigrew",
    "Cormac Ellingham", "Jacinta Vos", "Raghav Tindall", "Elspeth Mukherjee", "Dwayne Achterberg-Lowe",
    "Miriam Oakenfold", "Thabo Renwick", "Lucinda Farquhar", "Ashwin Prentice", "Greta Holloway",
    "Kwame Stirling", "Imogen Baptiste", "Desmond Kavanagh", "Rosa Lindqvist-Hart", "Sunil Brackley",
    "Catriona Fenwick", "Ezekiel Moorcroft", "Harpreet Gallacher", "Oona Redfern", "Barnaby Nwachukwu",
]
SIGNERS_IN = ["Pooja Raghunathan", "Karthik Iyengar", "Sneha Kulkarni", "Arvind Menon", "Ritu Bhattacharya", "Manoj Thakkar"]
PROVIDERS = ["postmarq", "mailnest", "inkbox", "webpost", "qmail", "swiftmail"]


@dataclass
class T:
    part: str
    label: str
    kind: str
    fam: str
    subject: str
    body: str
    co: tuple[str, ...]
    dom: tuple[str, ...]
    frm: str
    role: tuple[str, ...]
    tz: str
    copies: int
    lang: str
    rn: tuple[str, ...]
    sn: tuple[str, ...]


TEMPLATES: list[T] = []
PART = ["mix"]


def add(label: str, kind: str, fam: str, subject: str, body: str, co: str | tuple[str, ...], dom: str | tuple[str, ...], frm: str = "{sig}", role: str | tuple[str, ...] = "", tz: str = "+0000", copies: int = 1, lang: str = "en", rn: tuple[str, ...] = (), sn: tuple[str, ...] = ()) -> None:  # noqa: PLR0917
    cos = (co,) if isinstance(co, str) else co
    doms = (dom,) if isinstance(dom, str) else dom
    roles = (role,) if isinstance(role, str) else role
    TEMPLATES.append(T(PART[0], label, kind, fam, subject, body.strip("\n"), cos, doms, frm, roles, tz, copies, lang, rn, sn))


def rej(fam: str, subject: str, body: str, co: str | tuple[str, ...], dom: str | tuple[str, ...], **kw: object) -> None:
    add("rejection", "rejection", fam, subject, body, co, dom, **kw)  # type: ignore[arg-type]


def oth(kind: str, fam: str, subject: str, body: str, co: str | tuple[str, ...], dom: str | tuple[str, ...], **kw: object) -> None:  # noqa: PLR0917
    add("not_rejection", kind, fam, subject, body, co, dom, **kw)  # type: ignore[arg-type]


# Placeholders: {name} {first} recipient; {sig} {sfirst} signer; {role} {co} {dom}; {ref} a number.

# ---------------------------------------------------------------- part mix: ATS template rejections
rej("blind21-mix-wd-brackwater", "Update on your application - {role} (R-{ref})", """
Dear {first},

Requisition R-{ref}, {role}, {co}.

Recruiting has reviewed every submission for this requisition, and yours, we are sorry to say, does not go forward for this opening.

Your candidate profile is still active; other openings are on the Candidate Home page.

Kind regards,
Talent Acquisition
{co}

Unmonitored mailbox. Applications are listed under Candidate Home.
""", ("Brackwater Utilities", "Brackwater Energy Services"), ("brackwater.myworkday.example", "brackwater-es.myworkday.example"), frm="{co} <brackwater@myworkday.example>", role=("Asset Data Analyst", "Field Planning Coordinator"), copies=2)

rej("blind21-mix-gh-tallyho", "Your application to {co}", """
Hi {first},

Thanks heaps for going for {role} at {co}, and for waiting while we dug through the pile.

The response was huge, and having looked closely at your background we're not progressing your application at this stage.

Not the news you wanted, we know. Your name would be welcome again on a future opening.

All the best,
{sig}
Recruiting @ {co}
""", ("Tallyho", "Tallyho Labs"), ("tallyho.example", "tallyholabs.example"), frm="{sig} <no-reply@greenhouse-mail.example>", role=("Senior Product Designer", "Growth Marketing Manager"), copies=2, tz="-0500")

rej("blind21-mix-lever-quayline", "{co} | {role}", """
Hey {first},

Following up myself on your {role} application. We've had a careful look and, unfortunately, your candidacy stops here for now.

Hiring here is competitive and this was a hard call with a lot of good people in the mix. It's not a verdict on how talented you are.

Cheers,
{sig}
{co} People Team
""", ("Quayline", "Quayline Freight"), ("quayline.example", "quaylinefreight.example"), frm="{sig} <{slocal}@hire.lever.example>", role=("Backend Engineer (Go)", "Ops Analyst, Marketplace"), copies=2, tz="-0800")

rej("blind21-mix-smart-orlen", "Regarding your candidacy for {role}", """
Dear {name},

Many thanks for considering {co} and the {role} vacancy.

Having weighed your profile against what the position requires, our hiring team will not take you into the next phase of selection.

We would like to keep you informed about future opportunities. You can update your preferences and job alerts in your SmartRecruiters profile.

Best regards,
The {co} Recruitment Team
""", ("Orlen Hospitality Group", "Orlen Hotels & Resorts"), ("orlenhospitality.example", "orlenhotels.example"), frm="{co} <noreply@smartrecruiters-mail.example>", role=("Revenue Manager", "Front Office Supervisor"), copies=2, tz="+0100")

rej("blind21-mix-icims-harlow", "Status of Your Application with {co}", """
Dear {name},

Thank you for applying to Job ID {ref}, {role}.

The position is now filled; your application for this posting is closed. Fresh openings appear on our careers site weekly.

Good luck, from all of us at Harlow.

{co} Talent Acquisition

*** Automated mailbox - replies go nowhere. ***
""", ("Harlow Medical Group", "Harlow Medical Partners"), ("harlowmedical.example", "harlowpartners.example"), frm="{co} Careers <careers@icims-mail.example>", role=("Patient Access Representative", "Medical Coder II"), copies=2, tz="-0600")

rej("blind21-mix-taleo-cresswood", "{co} - Req #{ref} {role}", """
Dear {name},

Candidate review for Requisition #{ref} - {role} is complete.

At this time, your qualifications were not chosen to go further for this requisition. Other open positions on our site may suit you, and we'd welcome an application.

Thanks for considering {co} as an employer.

Sincerely,
Human Resources
{co}
""", ("Cresswood Insurance", "Cresswood Mutual"), ("cresswood.example", "cresswoodmutual.example"), frm="{co} <cresswood.recruiting@taleo.example>", role=("Claims Adjuster Trainee", "Underwriting Assistant"), copies=2, tz="-0500")

rej("blind21-mix-tt-fjellrand", "Your application for {role} at {co}", """
Hi {first}!

Thanks for wanting to come along on the {co} journey!

Every application for {role} has been read now, and unfortunately we've picked others whose experience sits nearer the team's current needs.

Keep following us, and good luck out on the trail!

Warm regards,
{sig}
Talent Partner, {co}

Powered by Teamtailor
""", ("Fjellrand", "Fjellrand Outdoor"), ("fjellrand.example", "fjellrand-outdoor.example"), frm="{sig} <{slocal}@fjellrand.teamtailor-mail.example>", role=("E-commerce Coordinator", "Customer Experience Lead"), copies=2, tz="+0100")

rej("blind21-mix-personio-kessler", "Your application as {role}", """
Dear {first} {last},

Thank you for applying as {role} with {co} in Berlin.

Having looked at your documents in detail, we regret to say your application stops here. With so many applications arriving, individual feedback is sadly beyond us.

All the best for your career.

Best regards
{sig}
People & Culture | {co}
{co} GmbH · Kastanienallee 12 · 10435 Berlin
""", ("Kessler Mobility", "Kessler Softworks"), ("kessler-mobility.example", "kesslersoft.example"), frm="{co} Jobs <jobs@{dom}>", role=("Working Student Data Engineering", "Junior Account Executive (English-speaking)"), copies=2, tz="+0100")

rej("blind21-mix-html-norvane", "{co} careers - your application", """
<html><body><table width="600" style="font-family:Arial"><tr><td>
<img src="https://cdn.norvane.example/logo.png" alt="{co}">
<p>Dear {first},</p>
<p>We read every application in full, including yours for <b>{role}</b>.</p>
<p>It has not been shortlisted, so no interview will follow.</p>
<p>With best wishes,<br>{co} Careers</p>
<p style="font-size:11px;color:#888">{co} plc is registered in England (No. 0{ref}). Registered office: 4 Tolney Wharf, Bristol BS1 6QT.</p>
</td></tr></table></body></html>
""", ("Norvane", "Norvane Water"), ("norvane.co.uk.example", "norvanewater.co.uk.example"), frm="{co} Careers <careers@{dom}>", role=("Graduate Civil Engineer", "Network Control Technician"), copies=2)

rej("blind21-mix-gh-after-screen", "Following up - {role}", """
Hi {first},

Thanks again for the call with {sig2} last week - we enjoyed hearing about the TikTok launch you ran.

The team compared notes, and we're pursuing other people for {role} - we need someone who has run paid social at real scale, hands on.

Your details stay with us in case something new opens.

Best,
{sig}
""", ("Pennyroyal", "Pennyroyal Studio"), ("pennyroyal.example", "pennyroyalstudio.example"), frm="{sig} <{slocal}@{dom}>", role=("Paid Social Lead", "Performance Marketing Manager"), copies=2, tz="-0500")

rej("blind21-mix-ats-short-hollins", "Re: {role}", """
Dear {first},

Re the {role} vacancy - unfortunately you've not been successful with this one.

Regards,
Hollins Recruitment
""", ("Hollins & Webb", "Hollins & Webb"), ("hollinswebb.co.uk.example", "hollinswebb.co.uk.example"), frm="Hollins Recruitment <recruitment@{dom}>", role=("Payroll Administrator", "Credit Controller"), copies=2)

rej("blind21-mix-wd-india", "Update on your application for {role}", """
Dear {name},

Greetings from {co}!

Ref: {role} (Job Requisition ID: JR{ref}).

Your profile was carefully reviewed against the current requirement and, regretfully, is not shortlisted. The profile stays on our database, and we shall connect if a suitable opening arises.

All the best for your career ahead.

Regards,
Talent Acquisition Team
{co}
""", ("Sarvanta Technologies", "Sarvanta Digital Services"), ("sarvanta.co.in.example", "sarvantadigital.co.in.example"), frm="{co} Careers <careers@{dom}>", role=("Associate Consultant - SAP FICO", "Senior Software Engineer - Java"), copies=2, tz="+0530")

rej("blind21-mix-ats-aus", "Your application - {role}", """
Hi {first},

Thanks for applying for the {role} role with {co}.

Shortlisting's wrapped up and sadly you weren't picked to go through to interview this round. Applicant numbers were through the roof, with heaps of solid backgrounds.

Keep your careers-page profile fresh and you'll pop up for later roles.

Cheers,
The {co} Talent Team
""", ("Banksia Health", "Banksia Community Health"), ("banksiahealth.com.au.example", "banksiach.org.au.example"), frm="{co} Talent <talent@{dom}>", role=("Enrolled Nurse", "Practice Coordinator"), copies=2, tz="+1000")

rej("blind21-mix-ats-canada", "{co}: Application for {role}", """
Hello {first},

Thank you for submitting an application for the {role} posting (Competition #{ref}).

The hiring team is moving on with people whose experience mirrors the posting more closely, so your file is closed for this competition. Later postings are open to you as always.

Take care,
{co} Human Resources
Toronto | Calgary | Halifax
""", ("Maplecrest Credit Union", "Maplecrest Financial"), ("maplecrest.ca.example", "maplecrestfinancial.ca.example"), frm="{co} HR <hr-noreply@{dom}>", role=("Member Service Representative", "Financial Advisor Associate"), copies=2, tz="-0500")

# single-copy ATS rejections
rej("blind21-mix-lever-nonnative", "Your application for {role}", """
Hello {first},

Thank you for the interest on our company and for applying the {role} position.

Unfortunately after the review of the profile we decided to not go on with your application on this moment. We receive many profiles and the choice was not easy.

We wish you good luck for your future.

Best regards,
{sig}
HR | {co}
""", "Vitaroma Foods", "vitaroma.example", frm="{sig} <{slocal}@{dom}>", role="Export Sales Executive", tz="+0100")

rej("blind21-mix-sr-sa", "Your application at {co}", """
Good day {first}

Re: {role}.

We wish to advise that your application did not succeed. Given the number of CVs received, individual feedback cannot be provided.

Kind regards
Recruitment Department
{co} (Pty) Ltd
""", "Umhlanga Logistics", "umhlangalogistics.co.za.example", frm="{co} Recruitment <recruit@{dom}>", role="Warehouse Supervisor", tz="+0200")

rej("blind21-mix-ats-irish", "{role} - {co}", """
Dear {first},

Thanks a million for applying for {role}.

The panel did the shortlisting on Tuesday and, I'm sorry, your name didn't make the interview list - a strong field this time.

Go n-éirí leat, and thanks for thinking of the credit union.

Is mise le meas,
{sig}
HR Officer, {co}
""", "Corrib Bay Credit Union", "corribbaycu.ie.example", role="Lending Officer", tz="+0000")

rej("blind21-mix-ats-one-line", "Application update", """
Hi {first} - {role} at {co}: we've looked, and we're passing. Thanks for applying.
""", "Scoutly", "scoutly.example", frm="Scoutly Hiring <hiring@{dom}>", role="Customer Success Associate", tz="-0500")

rej("blind21-mix-ats-long-us", "Thank you for applying to {co}", """
Dear {first},

Job hunting is hard graft, and we noticed you put some of yours into the {role} opening at {co}.

Applications for this opening ran into the hundreds. Recruiters and the hiring manager read each against the skills, experience and qualifications the posting set out.

Having done that review, we are proceeding with other people for this position. It was a hard call and says nothing about your worth as a professional.

A job alert on our careers site flags new roles the day they open. Plenty of today's store leaders applied two or three times before landing here.

Good luck in the search ahead.

Sincerely,
{co} Talent Acquisition

EEO statement: {co} hires on merit. Race, color, religion, sex, orientation, gender identity, origin, disability or veteran status never factor in.
""", "Ridgeback Outdoor Supply", "ridgebackoutdoor.example", frm="{co} Talent Acquisition <talent@{dom}>", role="Store Operations Manager", tz="-0700")

rej("blind21-mix-ats-after-screen-uk", "Your application for {role} with {co}", """
Dear {first},

I hope Thursday's screening call with Kirsty in resourcing felt worthwhile.

With everyone at that stage now reviewed, there's sadly no assessment centre place for you. The feedback from the call was that your experience of regulated customer complaints handling was a little lighter than the role requires.

Thanks for giving it your time.

Kind regards,
{sig}
Resourcing Advisor
{co}
""", "Thameslink Building Society", "thameslinkbs.co.uk.example", role="Complaints Handler", tz="+0000")

rej("blind21-mix-ats-status-subject", "Application status: {role}", """
Hi {first},

A quick update on {role}: the team reviewed your experience and your application won't be moving forward.

You can still see your application history in your candidate account.

- {co} Careers
""", "Brightline Transit", "brightlinetransit.example", frm="{co} Careers <careers@{dom}>", role="Scheduling Analyst", tz="-0500")

rej("blind21-mix-ats-grad-india", "Regarding your application for {role}", """
Dear {first},

Ref: your application for {role}.

Regret to say your candidature cannot be taken forward just now, the profile not being in line with present requirement of the site.

We appreciate your interest in {co} and wish you success ahead.

Thanks & Regards,
HR Team
{co}
""", "Kaveri Infra Projects", "kaveriinfra.co.in.example", frm="HR {co} <hr@{dom}>", role="Site Engineer - Civil", tz="+0530")

rej("blind21-mix-ats-retail", "Your application with {co}", """
Hi {first},

Lovely that you wanted to join {co}.

Sorry, no luck with your {role} application this time round. Don't be put off - stores post new shifts every week.

See you soon,
{co} Recruitment
""", "Puddleby Stores", "puddleby.co.uk.example", frm="{co} Recruitment <jobs@{dom}>", role="Weekend Customer Assistant", tz="+0000")

rej("blind21-mix-ats-plain-tech", "{role} application", """
{first},

Appreciate you applying. The {role} seat is filled and I'm closing out the remaining applications today.

Regards,
{sig}
Engineering Manager, {co}
""", "Kernelwise", "kernelwise.example", role="Site Reliability Engineer", tz="-0800")

rej("blind21-mix-ats-ngo", "Your application: {role}", """
Dear {first},

212 people applied to be our {role}, you among them - thank you.

Shortlisting is finished and sadly there's no interview for you. With numbers like that, feedback at shortlisting isn't something we can manage.

We're grateful for your support of our work with families.

Best wishes,
{co} People Team
""", "Hearthlight Family Trust", "hearthlight.org.uk.example", frm="{co} People Team <people@{dom}>", role="Family Support Worker", tz="+0000")

rej("blind21-mix-ats-au-retail-short", "{co} careers", """
Hi {first},

Had a look at your {role} application - it's not going any further with us. All the best out there.

{co} Careers
""", "Coolabah Supply Co", "coolabahsupply.com.au.example", frm="{co} Careers <careers@{dom}>", role="Inventory Controller", tz="+1000")

# ---------------------------------------------------------------- part mix: thread replies, no negation
rej("blind21-mix-thread-ledger", "RE: [EXT] Re: Post-interview - {role}", """
Hi {first},

Sorry I'm later than promised - year-end has eaten the fortnight.

Coming back to you myself after Thursday. You were great in the room and Maya in particular enjoyed your answer on the intercompany reconciliation. We've ended up giving the role to someone contracting with us on the close since the spring; she accepted this morning.

Do stay in touch - an FP&A opening is likely in Q2 and I'd think of you first.

Best,
{sig}
Financial Controller | {co}

From: {name} <{raddr}>
Sent: 14 October 2025 16:02
To: {sig} <{saddr}>
Subject: Re: [EXT] Re: Post-interview - {role}

Hi {sfirst},

Just checking in on the {role} role - any news on timings?

Thanks,
{first}
""", ("Fenwick Castings", "Harrowgate Packaging"), ("fenwickcastings.co.uk.example", "harrowgatepack.co.uk.example"), role=("Group Accountant", "Management Accountant"), copies=2, tz="+0100")

rej("blind21-mix-thread-gmail-lab", "Re: Second interview", """
{first} - thanks for Monday, and for a really thoughtful presentation.

Yesterday the panel agreed the post goes to {other}, who has been running our sequencing core as maternity cover and knows the instruments inside out. Hard news after three rounds, I realise.

Please do apply again; we're recruiting two research technicians next spring.

{sfirst}

On Tue, 3 Jun 2025 at 09:41, {name} <{raddr}> wrote:
> Dear {sfirst},
> Thanks for the note on timings. Speak soon.
> Best wishes,
> {first}
""", ("Institute of Cellular Ageing", "Marlowe Genomics Centre"), ("icageing.ac.uk.example", "marlowegenomics.ac.uk.example"), role="Laboratory Manager", copies=2, tz="+0100")

rej("blind21-mix-thread-lowercase", "re: chat on friday", """
hey {first}

thanks again for friday, was good to meet properly. we've gone with Jules for the barista lead spot - she's been doing most of the opening shifts already and the team knows her.

sorry man. come by for a coffee anyway

{sfirst}

Sent from my iPhone

> On 22 Aug 2025, at 18:10, {first} <{raddr}> wrote:
> thanks for the chat today, let me know!
""", ("Kettle & Crumb", "Loaf Lane Coffee"), ("kettleandcrumb.example", "loaflanecoffee.example"), role="Barista Lead", copies=2, tz="+0100")

rej("blind21-mix-thread-outlook-us", "RE: [EXT] RE: {role} - final round", """
{first},

Two weeks is a long wait - thank you. Closing the loop before Thanksgiving.

The committee's offer went to a candidate relocating from our Denver office, and she signed on Friday. Your case study ranked near the top and I told the team so.

If you agree, your name goes to our Austin team - they hire in January.

Regards,
{sig}
Director, Strategy & Operations
{co}

-----Original Message-----
From: {name} <{raddr}>
Sent: Monday, November 17, 2025 8:15 AM
To: {sig} <{saddr}>
Subject: RE: [EXT] RE: {role} - final round

Hi {sfirst}, hope the weekend was restful. Has the decision been made? Many thanks, {first}
""", ("Stonebridge Analytics", "Larkspur Advisory"), ("stonebridgeanalytics.example", "larkspuradvisory.example"), role=("Strategy Manager", "Senior Operations Consultant"), copies=2, tz="-0600")

rej("blind21-mix-thread-internal-move", "RE: [EXT] Re: Category manager - next steps", """
Hi {first},

Hope all's well. An update is overdue after our conversation on the 9th.

Someone from our procurement team put themselves forward for the category manager post at the last minute, and the director is appointing internally. It happened faster than I expected.

It was genuinely a pleasure meeting you, and thanks for the many hours you put in.

Warm regards,
{sig}

________________________________
From: {name} <{raddr}>
Sent: 16 September 2025 11:30
To: {sig}
Subject: Re: [EXT] Re: Category manager - next steps

Thanks {sfirst}, Tuesday works well for me.
""", "Ashgrove Housing Association", "ashgrovehousing.org.uk.example", role="Category Manager", tz="+0100")

rej("blind21-mix-thread-indian", "RE: Interview Feedback - {role}", """
Dear {first},

Greetings of the day.

This is regarding the technical and HR rounds you attended. Post discussion with the panel, the management has finalized another candidate for the said position who has prior experience on the same ERP.

We appreciate your time and will reach out to you for relevant future requirements.

Thanks & Regards
{sig}
Sr. Executive - HR
{co}
Mob: +91 98{ref}37

-----Original Message-----
From: {name}
Sent: 21 July 2025 10:05
To: {sig}
Subject: Interview Feedback - {role}

Dear Sir/Ma'am, kindly update me regarding the status of my interview held on 15th July. Regards, {first}
""", ("Shreeji Polymers", "Nandini Agro Exports"), ("shreejipolymers.co.in.example", "nandiniagro.co.in.example"), role=("Accounts Executive", "Export Documentation Officer"), copies=2, tz="+0530")

rej("blind21-mix-thread-aus", "Re: [External] Site visit", """
G'day {first},

Cheers for coming out to the Wyong site on Wednesday, appreciate you making the drive.

Had a yarn with the boss and we're going with Tommo for the leading hand job. He's been with the crew on the Gosford job and it made sense to keep him on.

Good luck mate, and I'll give you a bell if anything else comes up on the next stage.

{sfirst}
{co}
0412 {ref}

On Wed, 12 Mar 2025, {first} wrote:
> Thanks {sfirst}, see you there at 7.
""", "Tuggerah Civil", "tuggerahcivil.com.au.example", role="Leading Hand", tz="+1100")

rej("blind21-mix-thread-nested", "RE: [EXT] RE: [EXT] Re: Interview day - {role}", """
Hi {first},

Sorry - I know we've kept you waiting.

We met as a panel again on Friday. The board has confirmed the appointment of our current deputy, who's been acting up in the post since the spring, and the announcement goes to staff tomorrow.

Thank you for all you gave the day, the students' tour included.

With best wishes,
{sig}
Head of Sixth Form, {co}

From: {name}
Sent: 03 February 2026 19:12
To: {sig}
Subject: RE: [EXT] Re: Interview day - {role}

Dear {sfirst}, thanks again for Thursday. Is there any news yet?

From: {sig}
Sent: 27 January 2026 08:44
To: {name}
Subject: [EXT] Re: Interview day - {role}

Dear {first}, delighted to offer you an interview slot on Thursday 29th at 9.15.
""", "St Aldhelm's Academy", "staldhelms.sch.uk.example", role="Head of Year 12", tz="+0000")

rej("blind21-mix-thread-canada", "Re: Thanks for meeting", """
Hi {first},

Lovely to get your note, and thanks for Tuesday.

We had two excellent finalists and the team landed on the other one - she's run a similar grant program in Manitoba and will hit the ground running on the fall intake.

Your CV stays in my folder. The foundation grows every year.

Warmly,
{sig}
Executive Director, {co}

On Wed, Jun 11, 2025 at 4:22 PM {name} <{raddr}> wrote:
> Hi {sfirst}, thanks so much for the conversation yesterday. I'm really excited about the role.
""", "Prairie Lantern Foundation", "prairielantern.ca.example", role="Grants Officer", tz="-0500")

rej("blind21-mix-thread-sa", "RE: [EXT] Interview 2", """
Hi {first}

Thanks for your patience, it's been a busy month-end.

One of our branch administrators from Pietermaritzburg was offered the position and accepted on Monday.

Thanks for all your preparation for the second interview.

Regards
{sig}
Regional HR Business Partner
{co}

From: {name} [mailto:{raddr}]
Sent: Thursday, 05 June 2025 14:22
To: {sig}
Subject: Interview 2

Good afternoon {sfirst}, any feedback on the second interview please? Kind regards {first}
""", "Drakensberg Mutual", "drakensbergmutual.co.za.example", role="Branch Operations Manager", tz="+0200")

rej("blind21-mix-thread-mobile-short", "Re: Re: Trial shift Saturday", """
Hi {first}, thanks for Saturday. We've offered the weekend sous role to Danny who did the Sunday trial. All the best x
{sfirst}

Sent from Outlook for Android
""", ("Saltmarsh Kitchen", "The Foxglove Inn"), ("saltmarshkitchen.co.uk.example", "foxgloveinn.co.uk.example"), copies=2, tz="+0100")

# ---------------------------------------------------------------- part mix: refusals under long footers
FOOT_CAREERS = """
----------------------------------------------------------------
LIFE AT {CO}
Meet the team: Priya went from our Wakefield call centre to owning the claims app - her story's on the blog.
Perks: 28 days' leave (birthday off on top), hybrid weeks, pension matched to 8%, bikes through salary sacrifice.
Know someone brilliant? Referral bonus up to £1,000 once they start.
Follow us: LinkedIn | Instagram | YouTube
Want this in bigger type, audio or Easy Read? access@{dom} sorts it.
Your data: applicant records are deleted after twelve months - details at https://{dom}/candidate-privacy
{co} Group Ltd · company no. 0{ref} (England & Wales) · 9 Canal Basin, Leeds LS11 5PS
This went to you after an application on careers.{dom}. Email settings.
"""
rej("blind21-mix-foot-careers", "Your application - {role}", """
Dear {first},

We've read your {role} application properly and, sorry, we're not progressing it.

Kind regards,
{co} Careers
""" + FOOT_CAREERS, ("Bramblecote Insurance", "Bramblecote Direct"), ("bramblecote.co.uk.example", "bramblecotedirect.co.uk.example"), frm="{co} Careers <careers@{dom}>", role=("Pricing Analyst", "Customer Journey Designer"), copies=2)

FOOT_ALERTS = """
=========================================
NEW JOBS THAT MATCH YOUR SAVED SEARCH
=========================================
Procurement Officer - Swindon - £34,000 - Apply in 2 minutes
Buyer (Indirect Spend) - Reading - £38,500 - New
Supply Chain Planner - Hybrid - £41,000 - Closing soon
Contracts Assistant - Oxford - £27,000 - Easy apply
See all 47 jobs >>

Sent to you by {co} because a saved search is switched on. Stop this alert | Daily or weekly? | Help
{co} Ltd, The Old Mill, Abingdon OX14 3PX
"""
rej("blind21-mix-foot-alerts", "An update from {client} via {co}", """
Hi {first},

{client} has looked at what you sent for {role} and marked it as not progressing. They passed on their thanks via us.

Plenty more going below - chin up.
""" + FOOT_ALERTS, ("Jobmeadow", "Jobmeadow"), ("jobmeadow.co.uk.example", "jobmeadow.co.uk.example"), frm="{co} <notifications@{dom}>", role=("Procurement Assistant", "Junior Buyer"), copies=2)

FOOT_NEWS = """

-- THE WEEKLY CRATE --
* Our Bristol roastery is now carbon neutral - here's how we did it.
* Meet Tomasz, our head of green coffee, on his trip to Huila.
* Limited release: washed Gesha, 150 bags only.
* Events: cupping nights every second Thursday; tickets on the website.
* Podcast: episode 41, "Why we stopped chasing 90-point scores".
Crate & Cherry Coffee Roasters Ltd | 22 Gloucester Road, Bristol BS7 8AE | You signed up on our site or sent us a CV once, so here we are. Unsubscribe.
"""
rej("blind21-mix-foot-news", "Roastery Assistant role", """
Hi {first},

Thanks a lot for wanting to be our {role}. The post's gone now, so your application stops here. Wish it was better news.

{sfirst} @ Crate & Cherry
""" + FOOT_NEWS, "Crate & Cherry", "crateandcherry.co.uk.example", role="Roastery Assistant")

FOOT_US_LEGAL = """

________________________________
CONFIDENTIAL: meant only for the addressee(s); may hold privileged material. Reading, copying or forwarding it without permission is not allowed. Misdelivered? Tell us by reply, then erase every copy.
{co} | 1800 Lakeshore Drive, Suite 400, Chicago, IL 60616 | Careers | Benefits | Our Culture | Diversity Report 2025
Talent Network members see new jobs first: https://careers.{dom}/talent-network
This mailbox is not monitored.
"""
rej("blind21-mix-foot-uslegal", "Your Application with {co}", """
Hello {first},

Regarding the {role} position: we regret that we are passing on your application.

Best regards,
{co} Recruiting
""" + FOOT_US_LEGAL, "Lakeshore Freight Systems", "lakeshorefreight.example", frm="{co} Recruiting <recruiting@{dom}>", role="Dispatch Coordinator", tz="-0600")

FOOT_NHS = """

---
{co} NHS Foundation Trust
We are a smoke-free site. Please do not print this e-mail unless necessary.
Contents confidential. Sent to the wrong person? Tell us and then remove it. Trust mail is monitored for network security.
Join our staff bank - flexible shifts, weekly pay: bank.{dom}
Disability Confident Employer | Armed Forces Covenant Gold | Mindful Employer
Visit our jobs pages for all current vacancies.
"""
rej("blind21-mix-foot-nhs", "Application outcome: {role} - ref {ref}", """
Dear {name},

Reference: {ref}
Post: {role}

Regarding this post: I regret that the shortlisting panel did not select you for interview.

Yours sincerely,
Recruitment Team
""" + FOOT_NHS, "Wealdmoor Hospitals", "wealdmoor.nhs.uk.example", frm="Wealdmoor Recruitment <recruitment.noreply@{dom}>", role="Band 4 Ward Clerk")

rej("blind21-mix-foot-au-values", "Update: {role}", """
Hi {first},

Cheers for your {role} application. Unfortunately it stops at this stage.

Good luck!

The {co} team

OUR VALUES
We back each other. We own it. We keep it simple. We do the right thing for the community.

{co} acknowledges the Traditional Custodians of the lands on which we work, and pays respect to Elders past and present.
We're a proud member of the Diversity Council. We welcome applications from Aboriginal and Torres Strait Islander people, people with disability, and people from culturally and linguistically diverse backgrounds.
Download our app | Find a branch | Privacy | Terms
""", "Wattlebank Credit Co-op", "wattlebank.com.au.example", frm="{co} Careers <careers@{dom}>", role="Member Experience Officer", tz="+1000")

# ---------------------------------------------------------------- part mix: hedged refusals
rej("blind21-mix-hedge-closer", "{role} - an update", """
Dear {first},

Your supporting statement for {role} was clearly written with care - thank you.

We received applications from several people whose recent experience sits very close to the work this team does day to day, and on balance we felt their backgrounds were the stronger match for us at this point.

The vacancies page is worth watching.

Best wishes,
{sig}
""", ("Oakhurst Rural Trust", "Moorland Access Trust"), ("oakhurstrural.org.uk.example", "moorlandaccess.org.uk.example"), role=("Community Engagement Officer", "Volunteer Coordinator"), copies=2)

rej("blind21-mix-hedge-direction", "Re: {role}", """
Hi {first},

Sorry for the wait while we thrashed this out.

After speaking to some strong people, this hire is heading a different way - we're now after someone more senior who can also look after the agency relationships. That's a change on our side rather than anything about you.

Thanks for the conversations, I enjoyed them.

{sfirst}
""", ("Hopscotch Media", "Meridian & Fable"), ("hopscotchmedia.example", "meridianfable.example"), role=("Content Strategist", "Brand Copywriter"), copies=2, tz="-0500")

rej("blind21-mix-hedge-pipeline", "Your candidacy - {role}", """
Hi {first},

Here's where things stand. The {role} opening drew lots of interest, and others in our pipeline map more directly onto what the hiring manager is prioritising, especially running Kubernetes in production.

We'll let this one rest here for now. I'd welcome hearing from you for future roles.

Best,
{sig}
Technical Recruiter, {co}
""", "Latticeworks", "latticeworks.example", role="Platform Engineer", tz="-0800")

rej("blind21-mix-hedge-nonnative", "About your application", """
Dear {first},

Thank you for participating to our selection for {role}.

We had the possibility to meet different candidates and some of them have a profile more adherent to our needs for this position, in particular for the experience in pharma regulatory.

We remain available for future occasions and we thank you again.

Kind regards
{sig}
HR Specialist
{co}
""", "Farmabella Italia", "farmabella.example", role="Regulatory Affairs Associate", tz="+0100")

rej("blind21-mix-hedge-kind", "Thank you, {first}", """
Hi {first},

I really appreciated meeting you and hearing how you rebuilt the onboarding at your last place.

We've thought hard, and another person's blend of experience suits where the practice is going a shade better. Honestly close.

Please stay in touch - I'd genuinely like to.

{sig}
Practice Manager, {co}
""", ("Greenlane Dental", "Millbrook Physio"), ("greenlanedental.co.uk.example", "millbrookphysio.co.uk.example"), role="Patient Coordinator", copies=2)

rej("blind21-mix-hedge-restructure", "{role} opening", """
Hello {first},

Good of you to consider {co}. Since we posted the {role} role our priorities have shifted and the team has decided to concentrate on candidates with a stronger background in healthcare claims data.

Thanks for your time on this.

Regards,
{sig}
""", "Claimbridge Health", "claimbridgehealth.example", role="Data Analyst", tz="-0500")

# ---------------------------------------------------------------- part mix: recruiter follow-up, decision + another role
rej("blind21-mix-recruit-uk", "Following our call - {client}", """
Hi {first},

Cheers for the call earlier. Like I said, {client} have got back to me and they've offered the {role} job to another candidate. They liked you, but the other person had done almost the exact same migration.

Silver lining: I've a Croydon housing association contract, 6 months, £450 a day inside IR35, starting mid-January, very similar stack. Shall I put your CV forward? A one-word "yes" and it goes today.

Speak soon,
{sig}
Senior Consultant | {co}
M: 07700 9{tel}
""", ("Kestrel Talent", "Northgate Search"), ("kestreltalent.co.uk.example", "northgatesearch.co.uk.example"), role=("Dynamics 365 Developer", "Power Platform Developer"), copies=2)

rej("blind21-mix-recruit-india", "Feedback - {client} interview", """
Hi {first},

As discussed over call, client feedback is in and your profile is not taken ahead for {role}; they need hands-on Snowflake.

Meanwhile there is one more opening, Senior Data Engineer (Databricks, PySpark) for a product company in Pune, 18-24 LPA, hybrid. If interested, send latest CV with CTC details (current/expected) and NP.

Regards,
{sig}
Talent Acquisition Specialist
{co}
""", ("Vedanta Staffing Solutions", "TalentArc HR Services"), ("vedantastaffing.co.in.example", "talentarc.co.in.example"), role="Data Engineer", copies=2, tz="+0530")

rej("blind21-mix-recruit-canada", "Re: Call today", """
Hey {first},

Good chatting today. For the record: the client has picked someone else for {role}, they wanted more years on commercial builds.

I mentioned the estimator role with a mid-size GC in Mississauga - here's the brief attached. Tell me by Thursday if I should put you forward.

{sig}
{co}
""", "Lakehead Construction Recruiters", "lakeheadrecruit.ca.example", role="Project Coordinator", tz="-0500")

rej("blind21-mix-recruit-inhouse", "{role} - quick update and another idea", """
Hi {first},

Thanks for the chat this morning. As I mentioned, the hiring manager for {role} has chosen to progress with two candidates who have more direct B2B SaaS experience, so this one won't be moving forward for you.

What I'd love to do is introduce you to my colleague who runs hiring for our Customer Education team - I think your training background would be a great match for their Learning Designer role. Shall I set that up?

Best,
{sig}
Talent Partner, {co}
""", "Beaconfield Software", "beaconfield.example", role="Solutions Consultant", tz="-0500")

# ---------------------------------------------------------------- part mix: public-sector notices
rej("blind21-mix-pub-notreferred", "Your application status for Announcement {ref}", """
Dear {name},

Announcement Number: {ref}
Position: {role}
Series/Grade: GS-0343-11

Your application was rated qualified. Because it did not place in the highest category of qualified applicants, it has not been forwarded to the selecting official, and it will not be considered further.

Log in to your account whenever you like to see this status.

Human Resources Office
{co}
""", ("Department of Regional Infrastructure", "Office of Coastal Resilience"), ("dri.gov.example", "ocr.gov.example"), frm="{co} <noreply@hiring.gov.example>", role=("Management and Program Analyst", "Program Analyst"), copies=2, tz="-0500")

rej("blind21-mix-pub-ineligible", "Notice of Results - {role}", """
NOTICE OF RESULTS

Applicant: {name}
Examination: {role}
Exam No.: {ref}

Result: NOT ELIGIBLE
Reason: Application lacks the minimum qualification - one year of full-time supervisory experience.

Disagree with this result? Send a written request for review within 20 calendar days from the notice date.

{co} Civil Service Commission
""", "Pinecrest County", "pinecrestcounty.gov.example", frm="{co} Human Resources <civilservice@{dom}>", role="Senior Account Clerk", tz="-0500")

rej("blind21-mix-pub-cancelled", "Vacancy cancelled: {role} ({ref})", """
Dear Applicant,

The {role} vacancy (reference {ref}) is cancelled: the service's staffing budget was reviewed and the post removed. No appointment will follow, and all applications are closed.

Sorry for the disappointment, and thanks for your application.

Human Resources
{co}
""", ("Tarnside Borough Council", "Eskdale District Council"), ("tarnside.gov.uk.example", "eskdale.gov.uk.example"), frm="{co} Recruitment <recruitment@{dom}>", role=("Parking Services Officer", "Licensing Officer"), copies=2)

rej("blind21-mix-pub-sift", "Civil Service Jobs: {role} - sift result", """
Dear {first},

Vacancy: {ref} - {role}

Sifting of your application is complete.

Your score against the lead behaviour (Communicating and Influencing) was 3, and the minimum required to progress was 4. Because of this you have not progressed further in this campaign.

You can view your scores and feedback on your Civil Service Jobs account.

{co} Recruitment
""", "Department for Rural Economy", "dre.gov.uk.example", frm="Civil Service Jobs <noreply@civilservicejobs.example>", role="Executive Officer - Policy Support")

rej("blind21-mix-pub-sa-regret", "Regret: Post of {role}", """
Dear {name}

POST: {role} (REF NO: {ref})

The Department has considered your application for this post and regrets that it was not successful.

We wish you well in what lies ahead.

Yours faithfully
Director: Human Resource Management
{co}
""", "Department of Public Works (Free State)", "dpwfs.gov.za.example", frm="{co} <hrm@{dom}>", role="Administration Clerk", tz="+0200")

rej("blind21-mix-pub-au-aps", "Outcome of your application - {role}", """
Dear {first}

Job ID {ref}, {role}.

Assessment of all applications by the selection panel is complete. I'm sorry to advise you were not shortlisted; this closes your application.

For feedback, ask the advertised contact officer.

Regards
People Branch
{co}
""", "Australian Bureau of Soil Records", "absr.gov.au.example", frm="{co} Recruitment <recruitment@{dom}>", role="APS 5 Policy Officer", tz="+1100")

# ---------------------------------------------------------------- part mix: bare ATS statuses
rej("blind21-mix-status-wd", "Your application status has changed", """
Application Status Update

Job: {role}
Company: {co}
Status: No Longer Under Consideration

Full details: your Workday candidate home.
""", ("Galloway Freight", "Tynewear Ports"), ("galloway.myworkday.example", "tynewear.myworkday.example"), frm="{co} Workday <noreply@myworkday.example>", role=("Transport Planner", "Port Operations Analyst"), copies=2)

rej("blind21-mix-status-portal", "Sunmoor Energy: application update", """
Hi {first},

Something changed on your {role} application.

Previous status: Applied
New status: Not selected

View your applications: https://jobs.{dom}/candidate
""", ("Sunmoor Energy", "Sunmoor Energy"), ("sunmoor.example", "sunmoor.example"), frm="{co} Jobs <jobs-noreply@{dom}>", role=("Solar Site Technician", "Grid Connections Engineer"), copies=2, tz="-0700")

rej("blind21-mix-status-filled", "{co} - application {ref}", """
Application {ref} - {role}
Current stage: Closed (position filled)

Nothing further is required of you.
""", "Greystone Facilities", "greystonefm.example", frm="{co} Careers <careers@{dom}>", role="Maintenance Planner", tz="-0500")

rej("blind21-mix-status-one", "Application update from {co}", """
Your application for {role} is no longer being considered.
""", "Alder & Finch", "alderfinch.example", frm="{co} <no-reply@{dom}>", role="Merchandiser", tz="+0000")

# ---------------------------------------------------------------- part mix: internship / graduate decisions
rej("blind21-mix-intern-summer", "{co} Summer Internship 2026 - Application Decision", """
Dear {first},

You applied to the {co} 2026 Summer Internship Programme and got through both the online assessment and the video interview - thank you for all that work.

This year 4,800-plus students applied for 60 places. After careful review, we're sorry that one has not gone to you.

Applications to our Graduate Programme open each September, and your name there would be very welcome.

Best wishes,
Early Careers Team
{co}
""", ("Halcyon Capital", "Wexford & Lyle"), ("halcyoncapital.example", "wexfordlyle.example"), frm="{co} Early Careers <earlycareers@{dom}>", role="Summer Analyst", copies=2)

rej("blind21-mix-intern-grad-ac", "Graduate Scheme - Assessment Centre outcome", """
Dear {first},

I hope the virtual assessment centre on 4 March went smoothly from your end.

Our assessors have since compared scores from the group task, your presentation and the competency interview. Your combined score fell below the level for an offer, so your application ends here for this year.

Ask by 30 April if you'd like written feedback.

Kind regards,
{co} Graduate Recruitment
""", ("Tilbrook Engineering", "Ardmore Rail"), ("tilbrookeng.co.uk.example", "ardmorerail.co.uk.example"), frm="{co} Graduates <graduates@{dom}>", copies=2)

rej("blind21-mix-intern-india", "Internship Application Status - {co}", """
Dear {first},

This is regarding the {co} Summer Internship 2025.

We regret that your name does not figure in the internship shortlist this year. Selection was very competitive.

All the best for your academics.

Team Campus Hiring
{co}
""", "Indrayani Motors", "indrayanimotors.co.in.example", frm="Campus Hiring <campus@{dom}>", tz="+0530")

rej("blind21-mix-intern-research", "REU 2026 decision", """
Dear {first},

The {co} Research Experience for Undergraduates program drew 390 applicants for 10 positions this summer.

Regretfully, the 2026 cohort has been filled and does not include you. Please don't read it as a judgement of your potential as a researcher.

Sincerely,
{sig}
REU Program Director
""", "Clearwater Institute of Marine Science", "cims.edu.example", tz="-0500")

# ---------------------------------------------------------------- part mix: confirmations
AR = "application_received"
oth(AR, "blind21-mix-ack-wd", "We've received your application - {role} (R-{ref})", """
Dear {first},

Requisition R-{ref}, {role} at {co}: application submitted and passed to recruiting.

Next: where experience matches the team's needs, a recruiter books a conversation. Where it doesn't, you're emailed to say so and your profile stays live for other openings.

You can follow your application's progress on the Candidate Home page.

Talent Acquisition
{co}
""", ("Brackwater Utilities", "Brackwater Energy Services"), ("brackwater.myworkday.example", "brackwater-es.myworkday.example"), frm="{co} <brackwater@myworkday.example>", role=("Asset Integrity Engineer", "Billing Operations Analyst"), copies=2)

oth(AR, "blind21-mix-ack-gh", "Thanks for applying to {co}!", """
Hi {first},

Thanks for applying for the {role} role - we're excited you're interested in {co}.

Humans read every single one here, so allow a fortnight or so. Yes or no, a real person writes back.

Talk soon,
Recruiting @ {co}
""", ("Tallyho", "Tallyho Labs"), ("tallyho.example", "tallyholabs.example"), frm="{co} Recruiting <no-reply@greenhouse-mail.example>", role=("Staff Data Scientist", "Lifecycle Marketing Manager"), copies=2, tz="-0500")

oth(AR, "blind21-mix-ack-lever", "{co} | {role} application received", """
Hey {first},

Quick one: your {role} application made it to us.

Small team, honest process: a match means a first call within ten days. Not a match means a short email saying so - ghosting isn't our thing.

Cheers,
{co} People Team
""", ("Quayline", "Quayline Freight"), ("quayline.example", "quaylinefreight.example"), frm="{co} People <people@hire.lever.example>", role=("Frontend Engineer (React)", "Carrier Success Manager"), copies=2, tz="-0800")

oth(AR, "blind21-mix-ack-smart", "Application received: {role}", """
Dear {name},

{co} has your application for {role} on file as of today.

Recruiters will assess your profile next. If it isn't retained for the following phase, you'll be informed by e-mail, and - only with your consent - your profile joins our talent pool for 24 months.

Best regards,
The {co} Recruitment Team
""", ("Orlen Hospitality Group", "Orlen Hotels & Resorts"), ("orlenhospitality.example", "orlenhotels.example"), frm="{co} <noreply@smartrecruiters-mail.example>", role=("Night Auditor", "Events Sales Executive"), copies=2, tz="+0100")

oth(AR, "blind21-mix-ack-icims", "Thank you for applying to {co}", """
Dear {name},

Job ID {ref}, {role}: your application reached Harlow's recruiting system.

Because volumes are high, recruiters call only candidates whose background fits the opening. No call within 30 days usually means the job went elsewhere; your profile stays searchable for later openings.

{co} Talent Acquisition

*** Automated mailbox - replies go nowhere. ***
""", ("Harlow Medical Group", "Harlow Medical Partners"), ("harlowmedical.example", "harlowpartners.example"), frm="{co} Careers <careers@icims-mail.example>", role=("Medical Assistant", "Revenue Cycle Specialist"), copies=2, tz="-0600")

oth(AR, "blind21-mix-ack-taleo", "{co} - Application Confirmation - Req #{ref}", """
Dear {name},

Requisition #{ref} - {role}: application logged.

Recruiters review qualifications next. Interviewees are phoned directly; everyone else gets notice once the requisition closes.

Sincerely,
Human Resources
{co}
""", ("Cresswood Insurance", "Cresswood Mutual"), ("cresswood.example", "cresswoodmutual.example"), frm="{co} <cresswood.recruiting@taleo.example>", role=("Customer Service Representative I", "Actuarial Analyst"), copies=2, tz="-0500")

oth(AR, "blind21-mix-ack-tt", "We got your application, {first}!", """
Hi {first}!

So nice that you went for {role} at {co} - happy you found us!

After the 30th we read everything. Match or no match you'll get an answer, and if not now, our connect pool lets us ping you when a better-fitting job turns up.

Warm regards,
{co}

Powered by Teamtailor
""", ("Fjellrand", "Fjellrand Outdoor"), ("fjellrand.example", "fjellrand-outdoor.example"), frm="{co} <jobs@fjellrand.teamtailor-mail.example>", role=("Retail Store Manager, Oslo", "Product Content Editor"), copies=2, tz="+0100")

oth(AR, "blind21-mix-ack-personio", "Confirmation of your application as {role}", """
Dear {first} {last},

Your documents for the {role} opening arrived safely and our team is reading them now.

Allow up to three weeks, please. Positive or negative, an answer from us comes in every case.

Best regards
People & Culture | {co}
{co} GmbH · Kastanienallee 12 · 10435 Berlin
""", ("Kessler Mobility", "Kessler Softworks"), ("kessler-mobility.example", "kesslersoft.example"), frm="{co} Jobs <jobs@{dom}>", role=("Product Owner Payments", "Backend Developer (Kotlin)"), copies=2, tz="+0100")

oth(AR, "blind21-mix-ack-html", "{co} careers - application received", """
<html><body><table width="600" style="font-family:Arial"><tr><td>
<img src="https://cdn.norvane.example/logo.png" alt="{co}">
<p>Dear {first},</p>
<p>Your application for <b>{role}</b> has reached us.</p>
<p>Shortlisting begins when the advert has closed. Three weeks of quiet after that date means you weren't picked for interview this round.</p>
<p>With best wishes,<br>{co} Careers</p>
<p style="font-size:11px;color:#888">{co} plc is registered in England (No. 0{ref}). Registered office: 4 Tolney Wharf, Bristol BS1 6QT.</p>
</td></tr></table></body></html>
""", ("Norvane", "Norvane Water"), ("norvane.co.uk.example", "norvanewater.co.uk.example"), frm="{co} Careers <careers@{dom}>", role=("Wastewater Process Scientist", "Apprentice Electrician"), copies=2)

oth(AR, "blind21-mix-ack-india", "Application Received - {role}", """
Dear {name},

Greetings from {co}!

Your application for {role} (JR{ref}) has reached us. Our TA team is going through profiles, and where one fits the current requirement we shall call for the further rounds.

No fitment now? Your profile simply waits in our database for the next opening.

Regards,
Talent Acquisition Team
{co}
""", ("Sarvanta Technologies", "Sarvanta Digital Services"), ("sarvanta.co.in.example", "sarvantadigital.co.in.example"), frm="{co} Careers <careers@{dom}>", role=("Test Lead - Automation", "Business Analyst - BFSI"), copies=2, tz="+0530")

oth(AR, "blind21-mix-ack-aus", "Thanks for applying - {role}", """
Hi {first},

Your {role} application has landed with {co} - ta for sending it through.

Shortlisting kicks off when the ad comes down. Shortlisted folks get a phone call; everyone else gets an email, so nobody's left hanging.

Cheers,
The {co} Talent Team
""", ("Banksia Health", "Banksia Community Health"), ("banksiahealth.com.au.example", "banksiach.org.au.example"), frm="{co} Talent <talent@{dom}>", role=("Registered Nurse - Aged Care", "Allied Health Assistant"), copies=2, tz="+1000")

oth(AR, "blind21-mix-ack-canada", "{co}: Application received for {role}", """
Hello {first},

Your application for the {role} posting (Competition #{ref}) has been received.

Reviews start after the competition closes. We phone only the people we'd like to interview, and every file stays with HR for six months, in the hope a similar spot opens.

Take care,
{co} Human Resources
Toronto | Calgary | Halifax
""", ("Maplecrest Credit Union", "Maplecrest Financial"), ("maplecrest.ca.example", "maplecrestfinancial.ca.example"), frm="{co} HR <hr-noreply@{dom}>", role=("Commercial Credit Analyst", "Branch Manager"), copies=2, tz="-0500")

oth(AR, "blind21-mix-ack-careersfoot", "We've received your application - {role}", """
Dear {first},

Your {role} application is in. Someone from resourcing will open it inside ten working days.

Plenty of people won't reach interview; if you're one of them, a short note from Bramblecote follows. However it goes, we hold your details twelve months unless you ask for them to be wiped.

Kind regards,
{co} Careers
""" + FOOT_CAREERS, ("Bramblecote Insurance", "Bramblecote Direct"), ("bramblecote.co.uk.example", "bramblecotedirect.co.uk.example"), frm="{co} Careers <careers@{dom}>", role=("Fraud Investigator", "Claims Handler"), copies=2)

oth(AR, "blind21-mix-ack-alerts", "Your application has been sent to {client}", """
Hi {first},

Good news - your application for {role} has been sent to {client}.

What now? Most employers on Jobmeadow look at new CVs inside a fortnight. This inbox pings you again only when {client} changes your status; a long silence can mean they've passed, so don't pin everything on one advert!
""" + FOOT_ALERTS, ("Jobmeadow", "Jobmeadow"), ("jobmeadow.co.uk.example", "jobmeadow.co.uk.example"), frm="{co} <notifications@{dom}>", role=("Stock Controller", "Logistics Administrator"), copies=2)

oth(AR, "blind21-mix-ack-nhs", "Application received: {role} - ref {ref}", """
Dear {name},

Reference: {ref}
Post: {role}

Your application for this post has come through to us.

Managers shortlist during the fortnight after closing. We can't contact each applicant personally, so three weeks of silence after closing means this one wasn't for you.

Yours sincerely,
Recruitment Team
""" + FOOT_NHS, "Wealdmoor Hospitals", "wealdmoor.nhs.uk.example", frm="Wealdmoor Recruitment <recruitment.noreply@{dom}>", role="Band 3 Healthcare Support Worker")

oth(AR, "blind21-mix-ack-uslegal", "We received your application", """
Hello {first},

Your {role} application is queued for a recruiter. Strong matches get an interview call; otherwise your résumé stays on file and we might reach out when something else opens.

Best regards,
{co} Recruiting
""" + FOOT_US_LEGAL, "Lakeshore Freight Systems", "lakeshorefreight.example", frm="{co} Recruiting <recruiting@{dom}>", role="Fleet Maintenance Supervisor", tz="-0600")

oth(AR, "blind21-mix-ack-pub-usa", "Application Received for Announcement {ref}", """
Dear {name},

Announcement Number {ref}, {role}: application received.

After closing, HR checks each application against the qualification requirements. Found qualified and placed in the best-qualified group? Then the selecting official sees your name. Not referred, or ineligible? A notice posts to your account instead.

Human Resources Office
{co}
""", ("Department of Regional Infrastructure", "Office of Coastal Resilience"), ("dri.gov.example", "ocr.gov.example"), frm="{co} <noreply@hiring.gov.example>", role=("Budget Analyst", "Contract Specialist"), copies=2, tz="-0500")

oth(AR, "blind21-mix-ack-council", "Application received: {role} ({ref})", """
Dear {first},

Your form for {role} (reference {ref}) arrived safely.

Shortlisting is done the week after the vacancy closes. With the volume we get, the council can't write to everybody who misses the shortlist, so silence by 28 November is your answer for this vacancy.

Human Resources
{co}
""", ("Tarnside Borough Council", "Eskdale District Council"), ("tarnside.gov.uk.example", "eskdale.gov.uk.example"), frm="{co} Recruitment <recruitment@{dom}>", role=("Environmental Health Officer", "Customer Services Advisor"), copies=2)

oth(AR, "blind21-mix-ack-intern", "{co} Summer Internship 2026 - Application received", """
Dear {first},

Your application for the {co} 2026 Summer Internship Programme is in.

Next up, a link to the online assessment arrives within 48 hours. Places are few and most applicants will miss out; whatever the result, everybody hears by the end of February.

Best wishes,
Early Careers Team
{co}
""", ("Halcyon Capital", "Wexford & Lyle"), ("halcyoncapital.example", "wexfordlyle.example"), frm="{co} Early Careers <earlycareers@{dom}>", copies=2)

oth(AR, "blind21-mix-ack-sa", "Application Acknowledgement", """
Good day {first}

Your CV for {role} is logged on our system. Only shortlisted applicants get a call; no call within a fortnight of closing means regard the application as unsuccessful.

Kind regards
Recruitment Department
{co} (Pty) Ltd
""", "Umhlanga Logistics", "umhlangalogistics.co.za.example", frm="{co} Recruitment <recruit@{dom}>", role="Fleet Controller", tz="+0200")

oth(AR, "blind21-mix-ack-ngo", "Thanks for applying: {role}", """
Dear {first},

Your application to be our {role} has arrived - thank you.

Shortlisting is anonymous and happens after the closing date. Interview invitations go out by phone; anyone not shortlisted gets an email, sadly without feedback at that point.

Best wishes,
{co} People Team
""", "Hearthlight Family Trust", "hearthlight.org.uk.example", frm="{co} People Team <people@{dom}>", role="Fundraising Officer")

oth(AR, "blind21-mix-ack-onebox", "Application update", """
Hi {first}, {role} application received at {co}. Expect a ping only if it's a fit.
""", "Scoutly", "scoutly.example", frm="Scoutly Hiring <hiring@{dom}>", role="Sales Development Rep", tz="-0500")

oth(AR, "blind21-mix-ack-longus", "Thank you for applying to {co}", """
Dear {first},

Your {role} application is in with {co}. Glad you want to build a career in our stores.

What to expect: recruiters work through applications first-in, first-read. A background that lines up earns a phone screen; otherwise a note lands at this address, usually within three weeks.

Meanwhile, set up an alert on the careers site if you like.

Sincerely,
{co} Talent Acquisition

EEO statement: {co} hires on merit. Race, color, religion, sex, orientation, gender identity, origin, disability or veteran status never factor in.
""", "Ridgeback Outdoor Supply", "ridgebackoutdoor.example", frm="{co} Talent Acquisition <talent@{dom}>", role="Assistant Store Manager", tz="-0700")

oth(AR, "blind21-mix-ack-irish", "{role} - application received", """
Dear {first},

I'm glad to acknowledge your application for the {role} post - it came in on Monday.

Our panel sits after the closing date. However it turns out for you, expect a letter from me.

Is mise le meas,
{sig}
HR Officer, {co}
""", "Corrib Bay Credit Union", "corribbaycu.ie.example", role="Member Services Officer")

oth(AR, "blind21-mix-ack-retail", "Thanks for applying to {co}", """
Hi {first},

Ooh, a {role} application - it's with the store team at {co} now!

Managers ring within 7 days to set up a chat. Should it not work out this time, an email follows and you're free to go for another store the same day.

See you soon,
{co} Recruitment
""", "Puddleby Stores", "puddleby.co.uk.example", frm="{co} Recruitment <jobs@{dom}>", role="Bakery Assistant")

oth(AR, "blind21-mix-ack-nonnative", "Application received - {role}", """
Hello {first},

We thank you for sending the application for {role}. We will evaluate the profile in the next weeks.

If result is negative we keep anyway the CV for next positions, when you agree. If positive, our HR calls you to fix a first colloquium.

Best regards,
HR | {co}
""", "Vitaroma Foods", "vitaroma.example", frm="{co} HR <hr@{dom}>", role="Quality Assurance Technician", tz="+0100")

oth(AR, "blind21-mix-ack-grad-india", "Acknowledgement of your application", """
Dear {first},

Your application for {role} stands acknowledged. HR is scrutinising each profile this week.

Kindly note the written test call goes to shortlisted candidates only; others will not get a separate intimation.

Thanks & Regards,
HR Team
{co}
""", "Kaveri Infra Projects", "kaveriinfra.co.in.example", frm="HR {co} <hr@{dom}>", role="Quantity Surveyor", tz="+0530")

oth(AR, "blind21-mix-ack-apshome", "Application received - {role}", """
Dear {first}

Your application for {role} (Job ID {ref}) has been submitted.

Assessment by the panel starts once the vacancy closes. Every applicant hears how they went, shortlisted or otherwise.

Regards
People Branch
{co}
""", "Australian Bureau of Soil Records", "absr.gov.au.example", frm="{co} Recruitment <recruitment@{dom}>", role="APS 4 Data Officer", tz="+1100")

oth(AR, "blind21-mix-ack-sift-uk", "Civil Service Jobs: application submitted - {role}", """
Dear {first},

Vacancy: {ref} - {role}

Submission confirmed. Sifting against the advert's behaviours and experience starts when the vacancy closes.

Below the minimum sift score means no further progress, shown in your Civil Service Jobs account; above it means an interview invitation.

{co} Recruitment
""", "Department for Rural Economy", "dre.gov.uk.example", frm="Civil Service Jobs <noreply@civilservicejobs.example>", role="Higher Executive Officer - Analyst")

oth(AR, "blind21-mix-ack-recruiter", "Submitted to {client}", """
Hi {first},

Cracking chat earlier. Your CV went over to {client} for {role} at about three.

This client turns CVs round fast, so feedback by Wednesday. A no still gets a call from me to go through why; a yes and we book the first interview straight off.

Cheers,
{sig}
Senior Consultant | {co}
""", ("Kestrel Talent", "Northgate Search"), ("kestreltalent.co.uk.example", "northgatesearch.co.uk.example"), role=("Azure Data Engineer", "BI Developer"), copies=2)

oth(AR, "blind21-mix-ack-smallbiz", "Re: Shop assistant job", """
Hi {first},

Ta for popping your CV in on Saturday and emailing too. Me and Jen are working through the pile this week.

We've had loads though, so I may not manage a reply to each one - nothing from us by next Friday would mean it's someone else. Your Waterstones years look handy though, so fingers crossed.

{sfirst}
The Paper Hare Bookshop

On Sat, 4 Oct 2025 at 17:40, {name} <{raddr}> wrote:
> Hi, I've attached my CV for the weekend shop assistant role we talked about. Thanks, {first}
""", "The Paper Hare", "paperharebooks.co.uk.example")

oth(AR, "blind21-mix-ack-ca-union", "Application received", """
Hi {first},

We received your application for {role}. Thank you.

Screening happens against the posting's criteria. Anyone screened out gets an email after the closing date; that never stops you trying for our next seasonal postings.

{co} Human Resources
""", "Kootenay Parks Society", "kootenayparks.ca.example", frm="{co} HR <hr@{dom}>", role="Seasonal Park Interpreter", tz="-0700")

# ---------------------------------------------------------------- part mix: interviews
IV = "interview"
oth(IV, "blind21-mix-iv-thread", "RE: [EXT] Re: Post-interview - {role}", """
Hi {first},

Quick reply, thank you. The panel wants a second round with you - Maya and the CFO, about an hour, Sheffield office.

Could you do Tuesday 21st at 2pm or Thursday 23rd at 10am? Unfortunately we can't offer a video option for this round.

Best,
{sig}
Financial Controller | {co}

From: {name} <{raddr}>
Sent: 14 October 2025 16:02
To: {sig} <{saddr}>
Subject: Re: [EXT] Re: Post-interview - {role}

Hi {sfirst}, just checking in - any news on timings? Thanks, {first}
""", ("Fenwick Castings", "Harrowgate Packaging"), ("fenwickcastings.co.uk.example", "harrowgatepack.co.uk.example"), role=("Group Accountant", "Management Accountant"), copies=2, tz="+0100")

oth(IV, "blind21-mix-iv-gh", "Interview invitation: {role} at {co}", """
Hi {first},

Good news - next up for {role} is 45 minutes with {sig2}.

Grab a slot here: https://app.greenhouse-sched.example/{ref}

Nothing suits? Reply and we'll dig up another time.

Best,
{sig}
Recruiting @ {co}
""", ("Tallyho", "Tallyho Labs"), ("tallyho.example", "tallyholabs.example"), frm="{sig} <no-reply@greenhouse-mail.example>", role=("Senior Product Designer", "Product Analyst"), copies=2, tz="-0500")

oth(IV, "blind21-mix-iv-india", "Interview Schedule - {role} - {co}", """
Dear {first},

Greetings from {co}!

Happy to share that your profile is shortlisted for {role}. Interview details are as below:

Mode: Virtual (MS Teams)
Date: 12th August 2025
Time: 11:00 AM IST
Round: Technical Round 1

Kindly confirm your availability by replying to this mail.

Regards,
Talent Acquisition Team
{co}
""", ("Sarvanta Technologies", "Sarvanta Digital Services"), ("sarvanta.co.in.example", "sarvantadigital.co.in.example"), frm="{co} Careers <careers@{dom}>", role=("Senior Software Engineer - Java", "Associate Consultant - SAP MM"), copies=2, tz="+0530")

oth(IV, "blind21-mix-iv-lowercase", "re: chat on friday", """
hey {first}

thanks for your message. yeah come in friday at 3 if that works, we're quieter then. bring nothing, just yourself. we'll do a quick chat and maybe pull a few shots

{sfirst}

> On 18 Aug 2025, at 12:40, {first} <{raddr}> wrote:
> hi, saw your post about the barista lead role, would love to chat
""", ("Kettle & Crumb", "Loaf Lane Coffee"), ("kettleandcrumb.example", "loaflanecoffee.example"), copies=2, tz="+0100")

oth(IV, "blind21-mix-iv-council", "Invitation to interview: {role} ({ref})", """
Dear {first},

Good news: you're on the {role} shortlist.

Interviews are on Wednesday 3 December; yours is at 11:30 in Room 2.14 of the Civic Centre, roughly 45 minutes including a brief written task.

Reply to confirm, and mention any adjustments that would help.

Human Resources
{co}
""", ("Tarnside Borough Council", "Eskdale District Council"), ("tarnside.gov.uk.example", "eskdale.gov.uk.example"), frm="{co} Recruitment <recruitment@{dom}>", role=("Environmental Health Officer", "Customer Services Advisor"), copies=2)

oth(IV, "blind21-mix-iv-recruiter-aus", "Re: [External] Site visit", """
G'day {first},

Yep, Wednesday works. Meet me at the site office on Pacific Hwy at 7 and bring your white card and boots. The boss will be there too, so it'll be a proper yarn about the leading hand role.

{sfirst}
{co}

On Mon, 10 Mar 2025, {first} wrote:
> Thanks {sfirst}, when would suit to come out and see the site?
""", "Tuggerah Civil", "tuggerahcivil.com.au.example", tz="+1100")

oth(IV, "blind21-mix-iv-reschedule", "Rescheduling your interview - {role}", """
Hi {first},

Apologies for this, but the hiring manager has been dragged into a client escalation on Thursday. Unfortunately your interview has to move.

Would Monday 10am or Tuesday 3pm work instead? Everything else stays the same - same Zoom link, same panel.

Thanks for your flexibility,
{sig}
Technical Recruiter, {co}
""", "Latticeworks", "latticeworks.example", role="Platform Engineer", tz="-0800")

oth(IV, "blind21-mix-iv-nhs", "Invitation to interview: {role} - ref {ref}", """
Dear {name},

Post: {role}
Reference: {ref}

You have been shortlisted, and your interview is on Friday 14 November at 10:15, Ward 22, Level 3.

Bring photo ID plus a recent utility bill. Can't come? Ring the recruitment line straight away.

Yours sincerely,
Recruitment Team
""" + FOOT_NHS, "Wealdmoor Hospitals", "wealdmoor.nhs.uk.example", frm="Wealdmoor Recruitment <recruitment.noreply@{dom}>", role="Band 5 Staff Nurse")

oth(IV, "blind21-mix-iv-phone", "Quick call?", """
Hi {first},

Your application for {role} caught my eye - fancy a 20-minute phone chat so I can hear more? Tomorrow or Friday, any time?

Thanks,
{sig}
People Team, {co}
""", "Beaconfield Software", "beaconfield.example", role="Customer Education Specialist", tz="-0500")

oth(IV, "blind21-mix-iv-pub-au", "Invitation to interview - {role}", """
Dear {first}

Congratulations - you've made the shortlist for {role} (Job ID {ref}).

Your interview will be held via Microsoft Teams on 19 March at 2:00pm AEDT and will run for 40 minutes. Questions will be provided 10 minutes beforehand.

Regards
People Branch
{co}
""", "Australian Bureau of Soil Records", "absr.gov.au.example", frm="{co} Recruitment <recruitment@{dom}>", role="APS 5 Policy Officer", tz="+1100")

# ---------------------------------------------------------------- part mix: next steps
NS = "next_steps"
oth(NS, "blind21-mix-ns-hackerrank", "{co}: your coding assessment for {role}", """
Hi {first},

Application received - nice! Up next: a 75-minute online coding assessment (two problems, any mainstream language).

Start here: https://assess.{dom}/t/{ref}

The link expires on Sunday at 23:59 PT. Unfinished by then means the application can't go forward, so shout early if you need an extension.

Best,
{co} Recruiting
""", ("Latticeworks", "Kernelwise"), ("latticeworks.example", "kernelwise.example"), frm="{co} Recruiting <recruiting@{dom}>", role=("Platform Engineer", "Site Reliability Engineer"), copies=2, tz="-0800")

oth(NS, "blind21-mix-ns-references", "References - {role}", """
Dear {first},

Lovely meeting you at interview. Before a final decision we need your references.

Please email me two referees' names and addresses - ideally including your current or latest line manager - by Friday 7 November.

Many thanks,
{sig}
Resourcing Advisor
{co}
""", ("Thameslink Building Society", "Ashgrove Housing Association"), ("thameslinkbs.co.uk.example", "ashgrovehousing.org.uk.example"), role=("Complaints Handler", "Category Manager"), copies=2)

oth(NS, "blind21-mix-ns-takehome", "Take-home task - {role}", """
Hi {first},

As promised, the take-home brief for {role} is attached. Three hours is plenty - don't go beyond that.

Deadline is 9am on Monday 15th. We'll walk through it with you at the next interview.

Shout with any questions.

{sfirst}
""", ("Hopscotch Media", "Meridian & Fable"), ("hopscotchmedia.example", "meridianfable.example"), role=("Content Strategist", "Brand Copywriter"), copies=2, tz="-0500")

oth(NS, "blind21-mix-ns-sjt", "{co} Graduate Scheme - complete your online tests", """
Dear {first},

Your {co} Graduate Scheme application is in. Step two: an online situational judgement test plus a numerical reasoning test.

Deadline: 23:59 on 14 January. Applications with incomplete tests will be withdrawn automatically after this date.

Good luck!
{co} Graduate Recruitment
""", ("Tilbrook Engineering", "Ardmore Rail"), ("tilbrookeng.co.uk.example", "ardmorerail.co.uk.example"), frm="{co} Graduates <graduates@{dom}>", copies=2)

oth(NS, "blind21-mix-ns-bgcheck", "Action required: background check", """
Hi {first},

You've reached the final stage for {role} - well done. Ahead of confirming a start date, our screening partner will email you a link to complete your background and employment verification.

Please complete it within 5 business days. If anything in your history needs explaining, just let me know beforehand.

Thanks,
{sig}
{co} Recruiting
""", "Lakeshore Freight Systems", "lakeshorefreight.example", role="Dispatch Coordinator", tz="-0600")

oth(NS, "blind21-mix-ns-documents-india", "Documents required - {role}", """
Dear {first},

Congratulations on clearing the interview rounds. To proceed further, kindly share the following documents by 28th July:

1. Last 3 months' salary slips
2. Relieving letter from previous employer
3. PAN and Aadhaar copy
4. Educational certificates

Regards,
{sig}
Sr. Executive - HR
{co}
""", "Shreeji Polymers", "shreejipolymers.co.in.example", role="Accounts Executive", tz="+0530")

oth(NS, "blind21-mix-ns-video", "One-way video interview - {role}", """
Hi {first},

Thanks for applying to {co}. Next comes a short one-way video interview: three questions, two minutes each, with a practice question first.

Your link is valid until Thursday 5pm. If it expires, please contact us rather than applying again.

Cheers,
The {co} Talent Team
""", "Banksia Health", "banksiahealth.com.au.example", frm="{co} Talent <talent@{dom}>", role="Practice Coordinator", tz="+1000")

oth(NS, "blind21-mix-ns-presentation", "Final stage - presentation brief", """
Dear {first},

Great first interview, thank you. For the final stage, prepare ten minutes on growing corporate partnerships income in your first year with us.

Finals are on 20 February. Slides to us by noon on the 18th, please.

Best wishes,
{co} People Team
""", "Hearthlight Family Trust", "hearthlight.org.uk.example", frm="{co} People Team <people@{dom}>", role="Fundraising Officer")

# ---------------------------------------------------------------- part mix: offers
OF = "offer"
oth(OF, "blind21-mix-offer-thread", "RE: [EXT] RE: {role} - final round", """
{first},

You've been patient these two weeks - thank you. I'm delighted to say the committee is offering you the {role} position.

HR sends the formal letter tomorrow with the compensation we discussed and an early-January start. Ring me if anything needs talking through first.

Regards,
{sig}
Director, Strategy & Operations
{co}

-----Original Message-----
From: {name} <{raddr}>
Sent: Monday, November 17, 2025 8:15 AM
To: {sig} <{saddr}>
Subject: RE: [EXT] RE: {role} - final round

Hi {sfirst}, hope the weekend treated you well. Any news on the decision? Many thanks, {first}
""", ("Stonebridge Analytics", "Larkspur Advisory"), ("stonebridgeanalytics.example", "larkspuradvisory.example"), role=("Strategy Manager", "Senior Operations Consultant"), copies=2, tz="-0600")

oth(OF, "blind21-mix-offer-mobile", "Re: Re: Trial shift Saturday", """
Hi {first}, thanks for Saturday - chef loved your mise. Weekend sous job's yours if you fancy it! Start on the 14th? x
{sfirst}

Sent from Outlook for Android
""", ("Saltmarsh Kitchen", "The Foxglove Inn"), ("saltmarshkitchen.co.uk.example", "foxgloveinn.co.uk.example"), copies=2, tz="+0100")

oth(OF, "blind21-mix-offer-letter-india", "Offer Letter - {role} - {co}", """
Dear {name},

Congratulations!

Further to your interview, {co}, Pune, is happy to appoint you as {role} on the terms below:

Annual CTC: INR 9,60,000
Date of joining: 1st September 2025
Probation: 6 months

Kindly sign the attached offer letter and send it back by 20th August to confirm acceptance.

Thanks & Regards
{sig}
Sr. Executive - HR
{co}
""", "Nandini Agro Exports", "nandiniagro.co.in.example", role="Export Documentation Officer", tz="+0530")

oth(OF, "blind21-mix-offer-canada", "Re: Thanks for meeting", """
Hi {first},

Thanks for your note. Thrilled to say the team wants you as our {role}! I'll send the written offer on Monday - salary as discussed, with a September 2 start.

Warmly,
{sig}
Executive Director, {co}

On Wed, Jun 11, 2025 at 4:22 PM {name} <{raddr}> wrote:
> Hi {sfirst}, thanks so much for the conversation yesterday.
""", "Prairie Lantern Foundation", "prairielantern.ca.example", role="Grants Officer", tz="-0500")

oth(OF, "blind21-mix-offer-conditional", "Conditional offer of employment - {role}", """
Dear {first},

After your interview last week, the academy would like you as our {role}, conditionally, at £31,400 a year.

Conditions: satisfactory references (two), an enhanced DBS certificate and right-to-work documents. Reply within seven days to accept.

Yours sincerely,
{sig}
Head of HR, {co}
""", "St Aldhelm's Academy", "staldhelms.sch.uk.example", role="Science Technician")

# ---------------------------------------------------------------- part mix: other job mail
oth("recruiter_outreach", "blind21-mix-out-uk", "Dynamics role - open to a chat?", """
Hi {first},

Hope it's OK to drop you a line. I'm recruiting a permanent Dynamics 365 Technical Lead for a central London charity - hybrid, up to £75k, great pension.

Open to a conversation? 15 minutes this week would do. Not for you? Totally fine.

Best,
{sig}
Senior Consultant | {co}
""", ("Kestrel Talent", "Northgate Search"), ("kestreltalent.co.uk.example", "northgatesearch.co.uk.example"), copies=2)

oth("job_alert", "blind21-mix-alert", "7 new jobs for 'procurement' near you", """
Hi {first}, here are today's new jobs for your saved search.
""" + FOOT_ALERTS, ("Jobmeadow", "Jobmeadow"), ("jobmeadow.co.uk.example", "jobmeadow.co.uk.example"), frm="{co} <alerts@{dom}>", copies=2)

oth("other_job", "blind21-mix-review", "Your application status has changed", """
Application Status Update

Job: {role}
Company: {co}
Status: Under Review

Full details: your Workday candidate home.
""", ("Galloway Freight", "Tynewear Ports"), ("galloway.myworkday.example", "tynewear.myworkday.example"), frm="{co} Workday <noreply@myworkday.example>", role=("Transport Planner", "Port Operations Analyst"), copies=2)

oth("other_job", "blind21-mix-withdrawn", "Application withdrawn - {role}", """
Hi {first},

Done - as requested, your {role} application has been withdrawn. Shame to lose you; maybe next time.

If this was a mistake, you can reapply while the job is still open.

{co} Careers
""", "Brightline Transit", "brightlinetransit.example", frm="{co} Careers <careers@{dom}>", role="Scheduling Analyst", tz="-0500")

oth("other_job", "blind21-mix-paused", "{role} - recruitment paused", """
Dear {first},

This goes to all applicants for {role}. Because of a delay in confirming next year's funding, we have paused this recruitment for now. No decisions have been made on any application, and nobody has been appointed.

We expect to restart after New Year and I'll write again then. Your application will stay open unless you tell us otherwise.

Best wishes,
{sig}
""", "Oakhurst Rural Trust", "oakhurstrural.org.uk.example", role="Community Engagement Officer")

oth("other_job", "blind21-mix-readvert", "Re-advertisement: {role}", """
Dear Applicant,

The post of {role} (reference {ref}) is being re-advertised with a revised job description and a closing date of 12 January. Applications already received remain valid and will be considered alongside new ones - so please don't send a new form.

Human Resources
{co}
""", "Tarnside Borough Council", "tarnside.gov.uk.example", frm="{co} Recruitment <recruitment@{dom}>", role="Parking Services Officer")

oth("other_job", "blind21-mix-still-review", "Re: [External] Application follow up", """
Hi {first},

Good to hear from you. Your {role} application is still with the hiring manager - she's been on leave, so we're a little behind. News should come late next week.

Best,
{sig}
Talent Partner, {co}

On Mon, 2 Feb 2026, {name} wrote:
> Hi {sfirst}, I wondered if there had been any update on my application? Thanks, {first}
""", "Beaconfield Software", "beaconfield.example", role="Solutions Consultant", tz="-0500")

# ---------------------------------------------------------------- part mix: non-job mail in rejection words
NJ = "non_job_rejection_words"
oth(NJ, "blind21-mix-nj-rental", "Re: Viewing - 14 Alma Terrace", """
Hi {first},

Thanks for viewing on Saturday and for sending over your references so quickly.

Sadly the landlord's chosen a tenant able to start on the 1st, and 14 Alma Terrace is now let. Your details stay on our books for similar places nearby.

Kind regards,
{sig}
Lettings Negotiator, {co}
""", "Hollybrook Lettings", "hollybrooklettings.co.uk.example")

oth(NJ, "blind21-mix-nj-conf", "Your submission to NorthDev 2026", """
Dear {first},

Thank you for submitting "Testing the untestable: contract tests at scale" to NorthDev 2026.

612 proposals came in for 40 speaking slots, and your talk isn't in this year's lineup. Do come as a delegate - submitters get 20% off with the code below.

The NorthDev Programme Committee
""", "NorthDev", "northdev.example", frm="NorthDev Programme Committee <cfp@{dom}>")

oth(NJ, "blind21-mix-nj-loan", "Your loan application {ref}", """
Dear {name},

Re: your personal loan application (ref {ref}).

Having looked at it carefully, we're declining the loan for now. Credit reference agency data and our lending rules were behind the decision.

The agencies we used are listed on our website; each will send your credit file on request.

{co} Lending
""", "Fernhill Bank", "fernhillbank.co.uk.example", frm="{co} <lending@{dom}>")

oth(NJ, "blind21-mix-nj-volunteer-panel", "School governor application", """
Dear {first},

Thank you for offering to serve as a parent governor at Brookfield Primary.

We had four nominations for one vacancy and the ballot result has now been counted. I'm sorry - you weren't elected this time. The successful candidate will be announced in Friday's newsletter.

With thanks,
{sig}
Clerk to the Governors
""", "Brookfield Primary School", "brookfieldprimary.sch.uk.example")

oth(NJ, "blind21-mix-nj-pr", "[lintkit] PR #{ref} closed", """
{sfirst} closed this pull request.

> Appreciate you putting this together. We're not adding YAML config - one configuration format is enough for this tool. Closing; happy to keep talking in the issue.

Reply here or open it on Codeforge. You authored the thread, so you get these.
""", "Codeforge", "codeforge.example", frm="Codeforge <notifications@{dom}>")

oth(OF, "blind21-mix-offer-tt", "Offer: {role} at {co}", """
Hi {first}!

These last few weeks of conversations have been a joy, and we're so happy to offer you the {role} position at {co}.

Your contract is waiting for you to sign in the link below. Starting date 1 March, salary as agreed. Welcome to the team!

Warm regards,
{sig}
Talent Partner, {co}

Powered by Teamtailor
""", "Fjellrand", "fjellrand.example", frm="{sig} <{slocal}@fjellrand.teamtailor-mail.example>", role="E-commerce Coordinator", tz="+0100")

PART[0] = "wide"

# ---------------------------------------------------------------- part wide: English, new trades and formats (refusal, then its twin)
rej("blind21-wide-sms-piano", "Fwd: Text message from 07700 9{tel}", """
---------- Forwarded message ----------
From: SMS Gateway <sms@textbridge.example>
Subject: Text message from 07700 9{tel}

[SMS 14:22] Hi {first} its {sfirst} from {co}. Thanks for coming to the workshop Tues. Ive decided to go with the lad whos been sweeping up for me since spring, he knows the actions already. Sorry. Keep practising the unisons!

Reply STOP to end texts forwarded to email.
""", "Hartwell Piano Services", "hartwellpianos.co.uk.example", frm="SMS Gateway <sms@textbridge.example>")
oth(IV, "blind21-wide-sms-piano-iv", "Fwd: Text message from 07700 9{tel}", """
---------- Forwarded message ----------
From: SMS Gateway <sms@textbridge.example>
Subject: Text message from 07700 9{tel}

[SMS 09:05] Morning {first}, {sfirst} at {co}. Got your letter about the apprenticeship. Can you come to the workshop Tues 10am? Bring a tuning lever if you have one, no worries if not.

Reply STOP to end texts forwarded to email.
""", "Hartwell Piano Services", "hartwellpianos.co.uk.example", frm="SMS Gateway <sms@textbridge.example>")

rej("blind21-wide-mortuary", "Anatomical Pathology Technologist Trainee - outcome", """
Dear {first},

Thank you for attending the observation session in the mortuary and the interview on 9 September. I know the observation can be a difficult afternoon and you handled it with real composure.

The panel has appointed a technologist who holds the Level 3 Certificate in Anatomical Pathology Technology already, so she can work unsupervised on the weekend rota from the start. For that reason, the trainee post is not yours on this occasion.

Yours sincerely,
{sig}
Mortuary Manager, {co}
""", "Calderbrook Hospitals Trust", "calderbrook.nhs.uk.example")
oth(AR, "blind21-wide-mortuary-ack", "Trainee APT application received", """
Dear {first},

Your application for the trainee Anatomical Pathology Technologist post in our mortuary has arrived.

Before interview, shortlisted people come to an observation session. If that doesn't feel possible for you, say so - nobody marks you down for it. Anyone not shortlisted is emailed within three weeks after closing.

Yours sincerely,
Recruitment, {co}
""", "Calderbrook Hospitals Trust", "calderbrook.nhs.uk.example", frm="{co} Recruitment <jobs@{dom}>", copies=2)

rej("blind21-wide-voicemail-waller", "Voicemail from {sig} (01539 {ref})", """
You have a new voicemail.

From: {sig} (01539 {ref})
Duration: 0:48
Transcription (beta):

"Hiya {first}, it's {sfirst} from the walling crew. Thanks for coming up to the Kentmere job Friday, you did a canny bit of the hearting. Anyway, thought it over and my nephew's getting the trainee spot, he's been with us every weekend this year, so that's where it's landed I'm afraid. Give us a shout if you want to do a day's volunteering with the national park lot, I'll put a word in. Cheers, bye."

Transcripts can contain errors; the recording is in the app.
""", "Fellside Walling", "fellsidewalling.co.uk.example", frm="Voicemail <voicemail@callpost.example>")
oth(IV, "blind21-wide-voicemail-waller-iv", "Voicemail from {sig} (01539 {ref})", """
You have a new voicemail.

From: {sig} (01539 {ref})
Duration: 0:31
Transcription (beta):

"Hiya {first}, {sfirst} here from the walling crew, got your email. Come up to the Kentmere job on Friday, half seven, bring gloves and steel toe caps and a flask. We'll see how you get on with a bit of hearting. Text us if Friday's no good. Ta."

Transcripts can contain errors; the recording is in the app.
""", "Fellside Walling", "fellsidewalling.co.uk.example", frm="Voicemail <voicemail@callpost.example>")

rej("blind21-wide-chat-ski", "WhatsApp chat with {sig}", """
WhatsApp Chat with {sig}

12/11/2025, 18:40 - {sig}: Hey {first}! Thanks for doing the shadow day on the nursery slope
12/11/2025, 18:41 - {sig}: Honest answer: we've got the kids' group instructors sorted for this season, we took the two who did the BASI 2 course with us in October
12/11/2025, 18:41 - {sig}: So no slot for you this winter sorry
12/11/2025, 18:55 - {first}: ah ok, thanks for letting me know
12/11/2025, 18:56 - {sig}: Come back after your level 2 and we'll talk 🤙
""", "Snowgate Ski School", "snowgateski.example", frm="{first} <{raddr}>", tz="+0100")
oth(OF, "blind21-wide-chat-ski-offer", "WhatsApp chat with {sig}", """
WhatsApp Chat with {sig}

14/11/2025, 10:02 - {sig}: Hi {first}, good news!!
14/11/2025, 10:02 - {sig}: One of the kids' group instructors pulled out, the slot is yours if you're still keen - 15 Dec to 12 April, accommodation in the staff chalet
14/11/2025, 10:05 - {first}: YES absolutely
14/11/2025, 10:06 - {sig}: 🎉 I'll email the contract tonight
""", "Snowgate Ski School", "snowgateski.example", frm="{first} <{raddr}>", tz="+0100")

rej("blind21-wide-ocr-forensic", "Scan: portal status.jpg", """
[Text recognised from image: portal status.jpg]

{CO} | Candidate Portal
Welcome back, {first} {last}
My Applications
Ref       Post                                  Stage        Status
FS-{ref}  Trainee Forensic Scientist (Drugs)    Assessment   Unsuccess ful - not progressed
          Closing date 30/06/2025               Updated 22/07/2025
Withdraw | View | Print

[2 words with low confidence]
""", "Forensic Services Authority", "fsa-jobs.gov.uk.example", frm="{first} <{raddr}>")
oth("other_job", "blind21-wide-ocr-forensic-review", "Scan: portal screenshot 2.png", """
[Text recognised from image: portal screenshot 2.png]

{CO} | Candidate Portal
Welcome back, {first} {last}
My Applications
Ref       Post                                  Stage        Status
FS-{ref}  Forensic Scientist (DNA)              Sift         Under rev iew
          Closing date 14/03/2026               Updated 19/03/2026
Withdraw | View | Print
""", "Forensic Services Authority", "fsa-jobs.gov.uk.example", frm="{first} <{raddr}>")

rej("blind21-wide-cal-archaeology", "Declined: Field Technician interview @ Thu 12 Jun 2025 10:00 - 10:45 (BST)", """
{sig} has declined this event.

Field Technician interview
Thu 12 Jun 2025 10:00 - 10:45 (BST)
Video call: https://meet.example/dig-{ref}

Note from {sig}: "Hi {first} - I'm cancelling our slot, sorry it's so last-minute. The excavation team for the bypass contract was confirmed this morning from our existing diggers list, so there's no place to interview for now. I'll keep your CSCS card details on file for the autumn."

Calendar notification - sent to you as an attendee.
""", "Greyfriars Archaeology", "greyfriarsarch.co.uk.example", frm="{sig} (Calendar) <calendar-notification@{dom}>")
oth(IV, "blind21-wide-cal-archaeology-iv", "Invitation: Field Technician interview @ Tue 17 Jun 2025 14:00 - 14:45 (BST)", """
{sig} has invited you to this event.

Field Technician interview
Tue 17 Jun 2025 14:00 - 14:45 (BST)
Video call: https://meet.example/dig-{ref}

Note from {sig}: "Hi {first}, here's our slot. Please have your CSCS card handy so I can check it on camera."

Going? Yes - Maybe - No

Calendar notification - sent to you as an attendee.
""", "Greyfriars Archaeology", "greyfriarsarch.co.uk.example", frm="{sig} (Calendar) <calendar-notification@{dom}>")

rej("blind21-wide-card-dive", "[Board] {first} {last} was moved to Not this season", """
Taskboard

{sig} moved the card "{first} {last} - PADI instructor app" from "Try-dive assessed" to "Not this season" on board Hiring 2026.

Comment by {sig}: Buoyancy demo fine but rescue scenario was slow and we need someone ready for groups from day one. Thanks sent by phone.

You watch this card, so you get these.
""", "Bluewater Reef Divers", "bluewaterreef.example", frm="Taskboard <notify@taskboard.example>", tz="+0700")
oth(OF, "blind21-wide-card-dive-offer", "[Board] {first} {last} was moved to Offer sent", """
Taskboard

{sig} moved the card "{first} {last} - divemaster app" from "Try-dive assessed" to "Offer sent" on board Hiring 2026.

Comment by {sig}: Great in the water, guests loved her. Offered Nov-April, 6 days a week, sent by WhatsApp and email.

You watch this card, so you get these.
""", "Bluewater Reef Divers", "bluewaterreef.example", frm="Taskboard <notify@taskboard.example>", tz="+0700")

rej("blind21-wide-autotrans-gelato", "[Translated] Re: application ice cream seller", """
[This message has been automatically translated from Italian]

Good morning {first},

we thank you for the candidacy as seller of ice creams for our van of the seaside. Unfortunately for this summer the staff is already complete, we have taken the boys of last year who know the route.

We wish you good luck and a beautiful summer.

Greetings,
{sig}
{co} snc

[See original] [Always translate from Italian]
""", "Gelateria del Molo", "gelateriamolo.it.example", tz="+0100")
oth(AR, "blind21-wide-autotrans-gelato-ack", "[Translated] Re: application ice cream seller", """
[This message has been automatically translated from Italian]

Good morning {first},

we have received your curriculum, thanks. We choose the staff for the van in the month of May; if your profile interests us we call you to the number you indicated, otherwise we keep the curriculum for the next season.

Greetings,
{sig}
{co} snc

[See original] [Always translate from Italian]
""", "Gelateria del Molo", "gelateriamolo.it.example", tz="+0100")

rej("blind21-wide-ambulance", "Emergency Care Assistant - fitness assessment result", """
Dear {first},

You came to our Ashby training centre for the fitness and manual handling assessment - thank you.

To progress to interview, applicants must complete the carry-chair stair descent with the 70 kg mannequin within the required time. Your time was outside the standard, and so your application for Emergency Care Assistant cannot continue in this campaign. Re-applying is possible once three months have passed.

Regards,
Recruitment Team
{co}
""", "Midshires Ambulance Service", "midshiresambulance.nhs.uk.example", frm="{co} Recruitment <recruitment@{dom}>")
oth(NS, "blind21-wide-ambulance-ns", "Emergency Care Assistant - book your fitness assessment", """
Dear {first},

Well done - your application for Emergency Care Assistant has passed the sift.

Next, please book a place on one of our fitness and manual handling assessments at the Ashby training centre. Slots close at midnight on 21 May; if you don't book by then your application will lapse. Wear trainers and bring water.

Regards,
Recruitment Team
{co}
""", "Midshires Ambulance Service", "midshiresambulance.nhs.uk.example", frm="{co} Recruitment <recruitment@{dom}>")

rej("blind21-wide-harbour-pilot", "Trainee Marine Pilot - selection", """
Dear {first},

I'm writing after the simulator exercise you attended on 2 October for the Trainee Marine Pilot post.

The Harbour Master has now completed selection. The two positions have been filled by candidates holding an unlimited Master's certificate with recent command time on vessels over 150 m, and your application will not proceed.

Yours sincerely,
{sig}
Marine Operations Manager
{co}
""", "Port of Kilbrannan", "portkilbrannan.co.uk.example")
oth(AR, "blind21-wide-harbour-pilot-ack", "Trainee Marine Pilot - application received", """
Dear {first},

Your application for Trainee Marine Pilot has been received by the Harbour Master's office.

Candidates meeting the certificate requirements will be invited to a simulator exercise in October. Whatever the outcome of the sift, we will write to every applicant.

Yours sincerely,
Marine Operations
{co}
""", "Port of Kilbrannan", "portkilbrannan.co.uk.example", frm="{co} Marine Ops <marineops@{dom}>", copies=2)

rej("blind21-wide-saddler", "Apprenticeship", """
Dear {first},

Many thanks for your letter and for the purse you stitched for us - the stitch length was very even for someone self-taught.

I have only the one apprenticeship this year and have given it to a young woman from the Walsall college course who has done two years of bridlework. Sorry it couldn't be you.

Yours,
{sig}
{co}, Master Saddler
""", "Pennard Saddlery", "pennardsaddlery.co.uk.example")
oth(NS, "blind21-wide-saddler-ns", "Apprenticeship - trial week", """
Dear {first},

Many thanks for your letter. Would you come for a trial week in the workshop, starting Monday 3 March - 8 till 4, I'll provide the tools.

Could you let me know by the end of this week whether you can come? If I don't hear by Friday I'll offer the week to the next person on my list.

Yours,
{sig}
{co}, Master Saddler
""", "Pennard Saddlery", "pennardsaddlery.co.uk.example")

rej("blind21-wide-aquarist", "Aquarist role - thank you", """
Hi {first},

Wednesday was fun - great questions about the seahorse breeding programme.

Loads of excellent people went for this role. In the end, another applicant's recent hands-on life-support systems work felt slightly nearer to what the team needs during the refit, and we've gone with them.

All the best,
{sig}
Curator, {co}
""", "Tidewell Aquarium", "tidewellaquarium.example")
oth(IV, "blind21-wide-aquarist-iv", "Aquarist role - interview", """
Hi {first},

Great to get your application! Are you free Wednesday at 2pm for an interview and a walk round the back-of-house areas. It'll take about two hours - wear shoes you don't mind getting wet.
Does that suit?

All the best,
{sig}
Curator, {co}
""", "Tidewell Aquarium", "tidewellaquarium.example")

rej("blind21-wide-sonography", "Trainee Sonographer programme 2026", """
Dear {first},

Trainee Sonographer programme: shortlisting outcome.

311 people applied for 6 training posts. Every form was scored on the essential criteria, and yours fell short of this year's interview threshold. These forms take real work, and we're sorry to send this news.

With best wishes,
Imaging Education Team
{co}
""", "Severnvale Imaging Academy", "severnvaleimaging.nhs.uk.example", frm="{co} <imaging.education@{dom}>")
oth(AR, "blind21-wide-sonography-ack", "Trainee Sonographer programme 2026 - application received", """
Dear {first},

Your application to the Trainee Sonographer programme has been received.

Every application is scored against the essential criteria. Interviews will be held in late January, and you can expect to hear the outcome of shortlisting - good or bad - by 16 January.

With best wishes,
Imaging Education Team
{co}
""", "Severnvale Imaging Academy", "severnvaleimaging.nhs.uk.example", frm="{co} <imaging.education@{dom}>", copies=2)

rej("blind21-wide-signaller", "Trainee Signaller: your test results", """
Dear {first},

Thank you for sitting the signaller selection tests at our Doncaster assessment centre.

Your results for the Trainable Signaller Test were:
- Visual search: pass
- Checking: pass
- Sustained attention: below required standard

Because all three parts must be passed, your application cannot continue. You may reapply in six months.

Regards,
Resourcing Team
{co}
""", "Northern Rail Infrastructure", "nri-careers.co.uk.example", frm="{co} Resourcing <resourcing@{dom}>")
oth(NS, "blind21-wide-signaller-ns", "Trainee Signaller: book your selection tests", """
Dear {first},

Your application for Trainee Signaller has passed the first stage. Please book your selection tests (visual search, checking and sustained attention) at the Doncaster or York assessment centre.

Booking closes on 8 April. Bring photo ID; the session lasts about three hours.

Regards,
Resourcing Team
{co}
""", "Northern Rail Infrastructure", "nri-careers.co.uk.example", frm="{co} Resourcing <resourcing@{dom}>")

rej("blind21-wide-cheesemonger", "counter job", """
Hi {first},

Lovely to meet you on Saturday, and thank you for bringing such a good question about the Stichelton.

I've had a long think and the Saturday counter hours are going to Ros, who's been doing our markets since the summer. The shop just isn't busy enough for two new people yet.

Do come in and say hello,
{sfirst}
{co}
""", "The Curd Cellar", "curdcellar.co.uk.example")
oth(OF, "blind21-wide-cheesemonger-offer", "counter job", """
Hi {first},

Lovely to meet you on Saturday! I'd love you to have the Saturday counter hours - 9 till 5, £12.80 an hour to start, all the cheese you can taste.

Could you start on the 18th? Pop in beforehand and I'll do your food hygiene paperwork.

{sfirst}
{co}
""", "The Curd Cellar", "curdcellar.co.uk.example")

rej("blind21-wide-lockkeeper", "Seasonal Lock Keeper 2026", """
Dear {first},

You came to the Stoke Bruerne group day hoping for a Seasonal Lock Keeper season on our waterways - thank you.

Applicants far outnumbered our 14 staffed locks, and sadly there's no season for you this year. The volunteer lock keeper scheme still has places should you want to be involved.

Best wishes,
Seasonal Recruitment
{co}
""", "Waterways Heritage Trust", "waterwaysheritage.org.uk.example", frm="{co} <seasonal@{dom}>")
oth(AR, "blind21-wide-lockkeeper-ack", "Seasonal Lock Keeper 2026 - thanks for applying", """
Dear {first},

Your application for a summer as a Seasonal Lock Keeper has arrived.

We'll invite applicants to group days in February. There are more applicants than locks, so many people won't get a season; if that happens you'll get a short email from us in March, and we'll tell you about volunteering too.

Best wishes,
Seasonal Recruitment
{co}
""", "Waterways Heritage Trust", "waterwaysheritage.org.uk.example", frm="{co} <seasonal@{dom}>")

rej("blind21-wide-shepherd", "Lambing help", """
Hello {first}

Thanks for your email and the references. We've had a good few replies for the lambing job this year and my brother-in-law's lad is coming up from Builth for the whole of March and April, so we're sorted.

All the best with finding a farm.

{sfirst}
{co}, Llanwrtyd
""", "Cefn Isaf Farm", "cefnisaf.co.uk.example")
oth("job_alert", "blind21-wide-shepherd-alert", "Farm jobs this week: 6 new in Wales", """
Farmhands Weekly - new jobs for you, {first}

Lambing assistant - Powys - live-in, March to April
Relief milker - Carmarthenshire - £14.50/h
Tractor driver (silage) - Ceredigion - seasonal
Shepherd, 1,200 ewes - Brecon - house provided
Poultry stockperson - Monmouthshire - permanent
Estate worker - Gwynedd - full time

Edit your alerts | Unsubscribe
""", "Farmhands Weekly", "farmhandsweekly.co.uk.example", frm="Farmhands Weekly <alerts@{dom}>")

rej("blind21-wide-registrar", "Deputy Registrar of Births, Deaths and Marriages", """
Dear {first},

You came to interview and did the role-play for the Deputy Registrar post - thank you.

The panel was impressed by your care in the bereavement role-play. However, the post went to a candidate from the register office's ceremonies team, whose experience gave her the edge on marriages. Your application ends here.

Yours sincerely,
{sig}
Superintendent Registrar, {co}
""", "Westmarch County Council", "westmarch.gov.uk.example")
oth(IV, "blind21-wide-registrar-iv", "Deputy Registrar - interview and role-play", """
Dear {first},

You're invited to interview as Deputy Registrar on Monday 12 May at 14:00, Register Office, Castle Street.

The interview will include a 15-minute role-play of registering a death with a bereaved relative, played by an actor. Tell us about any adjustments you'd find helpful.

Yours sincerely,
{sig}
Superintendent Registrar, {co}
""", "Westmarch County Council", "westmarch.gov.uk.example")

rej("blind21-wide-hedgelaying", "Hedgelaying trainee - Winter 2025", """
Hi {first},

Your form for the winter hedgelaying traineeship was bursting with enthusiasm - lovely to read.

We could only take four trainees this winter. With lots of applicants and few places, we prioritised people who live within 15 miles of our Oxfordshire sites, as travel costs aren't covered. Sorry - not this winter.

Best wishes,
{sig}
Land Management Team, {co}
""", "Cherwell Wildlife Trust", "cherwellwildlife.org.uk.example")
oth(AR, "blind21-wide-hedgelaying-ack", "Hedgelaying trainee - form received", """
Hi {first},

Your form for the winter hedgelaying traineeship is in. Ta!

There are four places. We'll read every form by 20 September and contact everyone, whether you've got a place or not.

Best wishes,
Land Management Team, {co}
""", "Cherwell Wildlife Trust", "cherwellwildlife.org.uk.example", frm="{co} <land@{dom}>", copies=2)

rej("blind21-wide-dm-yoga", "Instagram: new message from {co}", """
{co} sent you a message:

"hey {first} thank u SO much for the demo class last week 🙏 we loved your cueing! we decided to give the Tuesday morning slot to one of our own grads from the teacher training, it felt right for the community. sending love and hope to see you on the mat xx"

Reply in Instagram. Turn off message emails in Settings.
""", "Lotus Loft Yoga", "lotusloft.example", frm="Instagram <no-reply@social-notify.example>", tz="-0800")
oth(NJ, "blind21-wide-dm-yoga-nj", "Instagram: new message from {co}", """
{co} sent you a message:

"hi {first}! sorry, Saturday's sound bath is fully booked 😔 we can't squeeze anyone else in. you're on the waitlist now and you'll get a DM if a mat frees up"

Reply in Instagram. Turn off message emails in Settings.
""", "Lotus Loft Yoga", "lotusloft.example", frm="Instagram <no-reply@social-notify.example>", tz="-0800")

rej("blind21-wide-mascot", "Matchday mascot performer", """
Hi {first},

Thanks for auditioning on Thursday - the dance-off with the goalkeeping coach made us all laugh.

The suit has height limits for safety (5'6" to 5'10"), and as you're above the upper limit we're not able to take you on as our matchday performer. Gutted, honestly - you'd have been brilliant.

Cheers,
{sig}
Community & Events, {co}
""", "Marshfield Town FC", "marshfieldtownfc.co.uk.example")
oth(AR, "blind21-wide-mascot-ack", "Matchday mascot performer - you're on the list", """
Hi {first},

Thanks for putting yourself forward to be our matchday mascot performer!

Auditions are on Thursday evenings in July. Someone will email to book you in - and if we can't fit you in before the season starts, we'll still let you know.

Cheers,
Community & Events, {co}
""", "Marshfield Town FC", "marshfieldtownfc.co.uk.example", frm="{co} Community <community@{dom}>")

rej("blind21-wide-stainedglass", "Conservation Assistant - stained glass", """
Dear {first},

Your portfolio, and the day you spent in the studio, were both a pleasure.

We were very taken with your leading. The panel has, however, decided to appoint a candidate who has completed the conservation MA at York and has worked on medieval glass in situ, which the cathedral contract needs from January. I'm sorry to disappoint you.

With good wishes,
{sig}
Studio Director, {co}
""", "Minster Glass Studio", "minsterglass.co.uk.example")
oth(NS, "blind21-wide-stainedglass-ns", "Conservation Assistant - studio day", """
Dear {first},

Your portfolio arrived and we loved it. Come and join us for a practical day in the studio on 14 November: cleaning and releading a sample panel.

Please confirm by 7 November and send a copy of your working-at-height certificate, if you have one, by then.

With good wishes,
{sig}
Studio Director, {co}
""", "Minster Glass Studio", "minsterglass.co.uk.example")

rej("blind21-wide-firefighter", "On-call Firefighter - Stage 2 outcome", """
Dear {first},

Thank you for attending the physical tests for On-call Firefighter at Brackley station.

You completed the ladder climb, equipment carry and enclosed space tests, but the casualty evacuation ran over the time allowed. Every test has to be passed, so your application stops here. The next recruitment round is open to you.

Regards,
Recruitment Team
{co}
""", "Northamptonshire Vale Fire & Rescue", "nvfire.gov.uk.example", frm="{co} Recruitment <firerecruitment@{dom}>")
oth(AR, "blind21-wide-firefighter-ack", "On-call Firefighter - application received", """
Dear {first},

Your On-call Firefighter application is with the recruitment team now.

Stage 2 is the physical tests. Should you not meet the standard in any one of them, we'll explain how you can prepare and reapply; we will contact you about dates within four weeks either way.

Regards,
Recruitment Team
{co}
""", "Northamptonshire Vale Fire & Rescue", "nvfire.gov.uk.example", frm="{co} Recruitment <firerecruitment@{dom}>", copies=2)

rej("blind21-wide-translator", "Your test translation (EN>DE, legal)", """
Dear {first},

Thank you for completing our test translation. Our reviewer has now assessed it.

Score: 71/100 (our threshold for legal texts is 85)
Main issues: terminology consistency, two omissions in clause 4.

For this language pair, we can't include you in our freelance legal pool. You are welcome to take a new test after 12 months.

Kind regards,
Vendor Management
{co}
""", "Lexicon Bridge Translations", "lexiconbridge.example", frm="{co} Vendor Management <vendors@{dom}>", tz="+0100")
oth(NS, "blind21-wide-translator-ns", "Test translation (EN>FR, medical) - deadline Friday", """
Dear {first},

Thank you for registering as a freelance translator with us. Please find the test translation attached (about 400 words, medical device instructions).

Please return it by Friday 17:00 CET. Late tests can't be assessed, and we will then close your registration for this language pair.

Kind regards,
Vendor Management
{co}
""", "Lexicon Bridge Translations", "lexiconbridge.example", frm="{co} Vendor Management <vendors@{dom}>", tz="+0100")

rej("blind21-wide-teams-guide", "Teams chat transcript - {co} guides", """
Chat transcript exported from Microsoft Teams

[10:14] {sig}: Morning {first}, thanks for the trial tour on Sunday
[10:14] {sig}: The ghost walk was good but we're going with guides who can do the Spanish and German tours as well
[10:15] {sig}: So you're not going on the rota this year, sorry!
[10:21] {first}: Understood, thanks for the chance
[10:22] {sig}: 👍
""", "Old Town Footsteps", "oldtownfootsteps.co.uk.example", frm="{first} <{raddr}>")
oth(IV, "blind21-wide-teams-guide-iv", "Teams chat transcript - {co} guides", """
Chat transcript exported from Microsoft Teams

[16:02] {sig}: Hi {first}! Got your application for the walking guide job
[16:03] {sig}: Can you do a trial tour on Sunday at 11? Meet at the Mercat Cross, 90 mins, we'll follow along as guests
[16:10] {first}: Yes, I'll be there!
""", "Old Town Footsteps", "oldtownfootsteps.co.uk.example", frm="{first} <{raddr}>")


# ---------------------------------------------------------------- part wide: widely spoken languages
rej("blind21-wide-fr-boulangerie", "Votre candidature - vendeuse en boulangerie", """
Bonjour {first},

Merci d'être passée au fournil samedi, et d'avoir postulé comme vendeuse.

Après réflexion, c'est une personne qui travaillait déjà chez nous pendant les vacances d'été et qui connaît la clientèle du quartier que nous avons choisie. Ce ne sera donc pas pour cette fois.

Bonne continuation et à bientôt peut-être derrière le comptoir,
{sig}
{co}, Lyon 4e
""", "Boulangerie Croix-Paquet", "croixpaquet.fr.example", tz="+0100", lang="fr", rn=("Manon Ferrier",), sn=("Sébastien Gaudin",))
oth(AR, "blind21-wide-fr-boulangerie-ack", "Re: candidature vendeuse", """
Bonjour {first},

Nous avons bien reçu votre CV, merci. Nous faisons les essais en boutique la semaine prochaine.

Si votre profil nous intéresse, je vous appelle d'ici vendredi ; sinon, je vous envoie un petit mot pour vous le dire, promis.

{sig}
{co}, Lyon 4e
""", "Boulangerie Croix-Paquet", "croixpaquet.fr.example", tz="+0100", lang="fr", rn=("Chloé Barbier",), sn=("Sébastien Gaudin",))

rej("blind21-wide-de-stadtwerke", "Ihre Bewerbung als {role}", """
Sehr geehrte Frau {last},

herzlichen Dank für Ihr Kommen zum Gespräch letzte Woche.

Leicht gefallen ist uns die Auswahl nicht. Die Stelle wird jedoch mit einer Kollegin besetzt, die bereits in unserem Netzbetrieb tätig ist. Ihre Unterlagen erhalten Sie in den nächsten Tagen zurück.

Beruflich wünschen wir Ihnen für die Zukunft viel Erfolg.

Mit freundlichen Grüßen
{sig}
Personalabteilung, {co}
""", "Stadtwerke Elbtal", "stadtwerke-elbtal.de.example", role="Netzplanerin", tz="+0100", lang="de", rn=("Katharina Brenner",), sn=("Jürgen Wessel",))
oth(IV, "blind21-wide-de-stadtwerke-iv", "Einladung zum Vorstellungsgespräch - {role}", """
Sehr geehrter Herr {last},

Ihre Unterlagen haben uns überzeugt. Gern würden wir Sie am Dienstag, 14. Oktober, um 10:00 Uhr in unserem Verwaltungsgebäude in der Hafenstraße 3 zu einem Gespräch treffen.

Geben Sie uns bitte per Antwort auf diese Nachricht Bescheid, ob der Termin passt.

Mit freundlichen Grüßen
{sig}
Personalabteilung, {co}
""", "Stadtwerke Elbtal", "stadtwerke-elbtal.de.example", role="Elektroniker für Betriebstechnik", tz="+0100", lang="de", rn=("Lukas Hofmeister",), sn=("Jürgen Wessel",))

rej("blind21-wide-es-hotel", "Proceso de selección - Recepcionista", """
Hola {first}:

Te agradecemos el tiempo dedicado a la selección de recepcionista nocturno/a de {co}.

Hemos valorado mucho tu entrevista, pero finalmente nos hemos decantado por una candidata con nivel alto de alemán, que es imprescindible para nuestra clientela de invierno. Por eso tu candidatura no sigue adelante.

Mucha suerte en lo que venga.

Un saludo,
{sig}
Recursos Humanos
""", "Hotel Mirador de Teide", "miradorteide.es.example", tz="+0000", lang="es", rn=("Lucía Morales",), sn=("Álvaro Cabrera",))
oth(OF, "blind21-wide-es-hotel-offer", "Oferta - Recepcionista de noche", """
Hola {first}:

¡Enhorabuena! Nos gustaría ofrecerte el puesto de recepcionista de noche en {co}, con contrato de seis meses a partir del 1 de noviembre.

Te adjuntamos las condiciones. Si estás de acuerdo, contéstanos antes del viernes y preparamos el contrato.

Un saludo,
{sig}
Recursos Humanos
""", "Hotel Mirador de Teide", "miradorteide.es.example", tz="+0000", lang="es", rn=("Pablo Herrera",), sn=("Álvaro Cabrera",))

rej("blind21-wide-ptbr-clinica", "Retorno do processo seletivo - Auxiliar de farmácia", """
Olá, {first}, tudo bem?

Obrigada por ter participado da seleção para Auxiliar de Farmácia da {co}.

Depois das entrevistas, a vaga ficou com alguém que já conhecia o controle de medicamentos controlados. Seu currículo vai continuar no nosso banco de talentos.

Um abraço,
{sig}
RH {co}
""", "Rede Vida+ Farmácias", "redevidamais.com.br.example", tz="-0300", lang="pt", rn=("Juliana Ribeiro",), sn=("Marcos Tavares",))

rej("blind21-wide-it-museo", "Esito selezione - addetto/a biglietteria", """
Gentile {first},

La ringraziamo di essere stato/a con noi al colloquio per biglietteria e accoglienza.

Al termine della selezione la commissione ha individuato un'altra persona, già formata sul nostro sistema di prenotazione. Non potremo quindi proseguire con la sua candidatura.

Cordiali saluti,
{sig}
Ufficio Personale - {co}
""", "Fondazione Palazzo Gualtieri", "palazzogualtieri.it.example", tz="+0100", lang="it", rn=("Giulia Santoro",), sn=("Francesca Rinaldi",))

rej("blind21-wide-nl-kinderopvang", "Terugkoppeling sollicitatie pedagogisch medewerker", """
Beste {first},

Dank je wel voor je sollicitatie en voor de meeloopochtend op de peutergroep.

We hebben gekozen voor een collega die al in onze invalpool zit en de kinderen kent. Daarom gaan we niet verder met jouw sollicitatie. We vonden het fijn je te leren kennen.

Hartelijke groet,
{sig}
Locatiemanager, {co}
""", "Kinderopvang De Vlinderhof", "vlinderhof.nl.example", tz="+0100", lang="nl", rn=("Sanne de Groot",), sn=("Marieke Jansen",))

rej("blind21-wide-pl-magazyn", "Rekrutacja - operator wózka widłowego", """
Szanowny Panie,

uprzejmie informujemy o wyniku rekrutacji na operatora wózka widłowego w {co}.

Niestety, podczas części praktycznej nie uzyskał Pan wymaganej liczby punktów za manewry w wąskiej alejce, w związku z czym nie możemy zaproponować Panu zatrudnienia. Zapraszamy do ponownego aplikowania za pół roku.

Z pozdrowieniami
{sig}
Dział Kadr
""", "Logistyka Wisła Centrum", "wislacentrum.pl.example", tz="+0100", lang="pl", rn=("Krzysztof Nowicki",), sn=("Agnieszka Zielińska",))
oth(NJ, "blind21-wide-pl-nj", "Wniosek o kartę parkingową", """
Dzień dobry,

informujemy, że Pana wniosek o abonament parkingowy dla mieszkańców strefy B został rozpatrzony negatywnie, ponieważ adres zameldowania znajduje się poza strefą. Od decyzji przysługuje odwołanie w terminie 14 dni.

Zarząd Dróg Miejskich
""", "Zarząd Dróg Miejskich", "zdm-wisla.pl.example", frm="{co} <parkowanie@{dom}>", tz="+0100", lang="pl", rn=("Tomasz Wróbel",), sn=("Ewa Lis",))

rej("blind21-wide-sv-kommun", "Angående din ansökan - undersköterska", """
Hej {first}!

Stort tack för din ansökan som undersköterska i {co}s hemtjänst och för intervjun i tisdags.

Vi har nu gjort klart rekryteringen och valt en annan sökande som redan arbetar hos oss som timvikarie. Du går därför inte vidare i processen.

Allt gott!
{sig}
Enhetschef
""", "Åsby kommun", "asby.se.example", tz="+0100", lang="sv", rn=("Elin Lindberg",), sn=("Johan Ekström",))

rej("blind21-wide-tr-yazilim", "Başvurunuz hakkında - Junior Frontend Geliştirici", """
Merhaba {first} Bey,

{co} bünyesindeki Junior Frontend Geliştirici pozisyonu için başvurunuz ve ayırdığınız zaman için teşekkürler.

Teknik görüşme sonrasında ekibimiz, React deneyimi daha uzun olan bir adayla ilerleme kararı aldı. Bu nedenle başvurunuzu bu aşamada sonlandırıyoruz.

Kariyerinizde başarılar dileriz.
{sig}
İnsan Kaynakları
""", "Kuzgun Yazılım", "kuzgunyazilim.com.tr.example", tz="+0300", lang="tr", rn=("Emre Yıldız",), sn=("Zeynep Aydın",))

rej("blind21-wide-ru-bank", "Ответ по вакансии «Специалист контакт-центра»", """
Здравствуйте, {first}!

Спасибо, что откликнулись на вакансию «Специалист контакт-центра» в {co} и прошли тестирование.

К сожалению, по результатам теста на скорость печати и грамотность вы не набрали проходной балл, поэтому мы не можем пригласить вас на следующий этап. Повторно откликнуться можно через три месяца.

С уважением,
{sig}
Отдел подбора персонала
""", "Банк «Северный Путь»", "severnyput.ru.example", tz="+0300", lang="ru", rn=("Анна Смирнова",), sn=("Ольга Кузнецова",))

rej("blind21-wide-ja-ryokan", "【{co}】選考結果のご連絡", """
{last} {first} 様

このたびは、{co}の調理補助スタッフ募集にご応募いただき、誠にありがとうございました。

慎重に検討いたしました結果、誠に残念ながら、今回は採用を見送らせていただくこととなりました。

ご希望に添えず申し訳ございませんが、{last}様の今後のご活躍を心よりお祈り申し上げます。

{co} 採用担当
{sig}
""", "湯の花旅館", "yunohana.jp.example", tz="+0900", lang="ja", rn=("翔太 佐藤",), sn=("高橋 美咲",))
oth(AR, "blind21-wide-ja-ryokan-ack", "【{co}】ご応募ありがとうございます", """
{last} {first} 様

このたびは、{co}の客室係募集にご応募いただき、ありがとうございます。応募書類を確かに受け取りました。

書類選考の結果は、合否にかかわらず、10日以内にメールでお知らせいたします。

{co} 採用担当
{sig}
""", "湯の花旅館", "yunohana.jp.example", tz="+0900", lang="ja", rn=("さくら 伊藤",), sn=("高橋 美咲",))

rej("blind21-wide-zh-ecommerce", "关于您应聘运营专员一职的反馈", """
{first}您好：

感谢您投递{co}运营专员岗位，并参加了上周的面试。

经过综合评估，我们认为您目前的经验与该岗位的要求还不完全匹配，因此很遗憾暂时无法进入下一轮。您的简历将保存在我们的人才库中。

祝工作顺利！
{co}人力资源部
{sig}
""", "青禾电商", "qinghe-ec.cn.example", tz="+0800", lang="zh", rn=("王思雨",), sn=("李晨",))

rej("blind21-wide-id-kafe", "Hasil seleksi barista", """
Halo {first},

Terima kasih sudah ikut tes seduh manual di {co} minggu lalu.

Setelah diskusi dengan tim, kami memutuskan untuk memilih kandidat lain yang sudah berpengalaman memakai mesin espresso dua grup. Jadi untuk posisi ini kamu belum bisa bergabung dengan kami.

Semoga sukses selalu!
{sig}
{co}
""", "Kopi Teras Senja", "terassenja.co.id.example", tz="+0700", lang="id", rn=("Rizky Pratama",), sn=("Dewi Lestari",))
oth(IV, "blind21-wide-id-kafe-iv", "Undangan tes barista", """
Halo {first},

Terima kasih atas lamaranmu. Kami mengundangmu untuk tes seduh manual di {co} hari Sabtu jam 10 pagi. Tesnya kira-kira satu jam, alat sudah kami siapkan.

Mohon konfirmasi lewat email ini ya.
{sig}
{co}
""", "Kopi Teras Senja", "terassenja.co.id.example", tz="+0700", lang="id", rn=("Putri Anggraini",), sn=("Dewi Lestari",))

rej("blind21-wide-ar-logistics", "بخصوص طلب التوظيف - منسق شحن", """
الأستاذ {first} المحترم،

نشكرك على اهتمامك بوظيفة منسق شحن لدى {co} وعلى حضورك المقابلة.

بعد دراسة جميع الطلبات، قررت اللجنة اختيار مرشح آخر تتوافق خبرته في التخليص الجمركي بشكل أكبر مع متطلبات الوظيفة، وعليه لن نتمكن من المضي قدماً في طلبك.

مع أطيب التمنيات بالتوفيق،
{sig}
إدارة الموارد البشرية
""", "شركة الواحة للخدمات اللوجستية", "alwaha-logistics.ae.example", tz="+0400", lang="ar", rn=("خالد الحربي",), sn=("ريم العتيبي",))

# ---------------------------------------------------------------- part wide: languages no slice has had
rej("blind21-wide-ga-comharchumann", "Iarratas: Oifigeach Forbartha Pobail", """
A {first}, a chara,

Buíochas leat as cur isteach ar phost an Oifigigh Forbartha Pobail le {co}, agus as an agallamh Dé Máirt.

Tá brón orm a rá leat nár éirigh leat an uair seo. Thairg an painéal an post d'iarrthóir eile a bhfuil taithí fhada aici ar thionscadail Ghaeltachta.

Guímid gach rath ort san am atá le teacht.

Le dea-mhéin,
{sig}
Bainisteoir, {co}
""", "Comharchumann Chois Fharraige", "coisfharraige.ie.example", tz="+0000", lang="ga", rn=("Aoibheann Ní Chonghaile",), sn=("Pádraig Ó Flaithearta",))
oth(AR, "blind21-wide-ga-comharchumann-ack", "Iarratas faighte: Cúntóir Oifige", """
A {first}, a chara,

Tháinig d'iarratas ar phost an Chúntóra Oifige isteach inné. Buíochas leat.

Beidh an gearrliosta réidh faoi dheireadh na míosa. Cibé toradh a bheidh air, scríobhfaimid chugat chun é a chur in iúl duit.

Le dea-mhéin,
{sig}
Bainisteoir, {co}
""", "Comharchumann Chois Fharraige", "coisfharraige.ie.example", tz="+0000", lang="ga", rn=("Cathal Mac Donncha",), sn=("Pádraig Ó Flaithearta",))

rej("blind21-wide-kk-company", "Өтінішіңіз туралы - бухгалтер", """
Құрметті {first},

{co} компаниясындағы бухгалтер лауазымына өтініш бергеніңіз үшін рахмет.

Әңгімелесуден кейін біз салық есебінде тәжірибесі көбірек басқа үміткерді таңдадық. Сондықтан бұл жолы сіздің өтінішіңізді әрі қарай қарастыра алмаймыз.

Болашақта сәттілік тілейміз.
{sig}
Кадр бөлімі, {co}
""", "Дала Агро", "dalaagro.kz.example", tz="+0500", lang="kk", rn=("Айгерім Серікқызы",), sn=("Нұрлан Әбенов",))
oth(AR, "blind21-wide-kk-company-ack", "Өтінішіңіз қабылданды", """
Құрметті {first},

{co} компаниясындағы экономист лауазымына жіберген түйіндемеңіз бізге келіп түсті. Рахмет!

Құжаттарды екі апта ішінде қарап шығамыз. Нәтижесі қандай болса да, сізге электрондық пошта арқылы хабарлаймыз.

{sig}
Кадр бөлімі, {co}
""", "Дала Агро", "dalaagro.kz.example", tz="+0500", lang="kk", rn=("Ерлан Жақсылықов",), sn=("Нұрлан Әбенов",))

rej("blind21-wide-uz-hotel", "Arizangiz bo'yicha javob - ofitsiant", """
Hurmatli {first},

{co} mehmonxonasidagi ofitsiant lavozimiga ariza topshirganingiz uchun rahmat.

Suhbatdan so'ng biz ingliz tilini yaxshiroq biladigan boshqa nomzodni tanladik. Shu sababli bu safar sizni ishga qabul qila olmaymiz.

Kelajakda omad tilaymiz.
{sig}
Kadrlar bo'limi, {co}
""", "Registon Saroy", "registonsaroy.uz.example", tz="+0500", lang="uz", rn=("Dilnoza Karimova",), sn=("Jasur Rahimov",))

rej("blind21-wide-mn-mine", "Таны өргөдлийн хариу - Жолооч", """
Эрхэм {first} танаа,

{co} компанийн хүнд даацын машины жолоочийн ажлын байранд өргөдөл гаргасанд баярлалаа.

Ярилцлагын дараа бид уурхайд ажилласан туршлагатай өөр нэр дэвшигчийг сонгосон тул энэ удаад таныг ажилд авах боломжгүй байна.

Танд амжилт хүсье.
{sig}
Хүний нөөцийн алба, {co}
""", "Говь Эрдэс ХХК", "govierdes.mn.example", tz="+0800", lang="mn", rn=("Бат-Эрдэнэ Ганбаатар",), sn=("Сарнай Должин",))

rej("blind21-wide-wo-hotel", "Sa njaboot ci liggéey bi - serveur", """
Salaam aleekum {first},

Jërëjëf ci sa njaboot ngir liggéey bu serveur ci {co}.

Gannaaw waxtaan wi, tànn nanu beneen nit bu am xam-xam bu bari ci restoraan. Kon yoon wii, menunu la jël ci liggéey bi.

Nu ngi lay ñaanal yàlla na la Yàlla may ndam.
{sig}
{co}, Dakar
""", "Hôtel Teranga Plage", "terangaplage.sn.example", tz="+0000", lang="wo", rn=("Moussa Diop",), sn=("Awa Ndiaye",))

# ---------------------------------------------------------------- part wide: other mail in the same senders' shapes
oth(NJ, "blind21-wide-nj-allotment-sms", "Fwd: Text message from 07700 9{tel}", """
---------- Forwarded message ----------
From: SMS Gateway <sms@textbridge.example>
Subject: Text message from 07700 9{tel}

[SMS 19:40] Hi {first}, {sfirst} from the Church Lane plots. Sorry, plot 14 went to the next person on the waiting list, you're now number 3. Will text when one comes free.

Reply STOP to end texts forwarded to email.
""", "Church Lane Allotments", "churchlaneplots.org.uk.example", frm="SMS Gateway <sms@textbridge.example>")

oth(NJ, "blind21-wide-nj-cal-dentist", "Declined: Check-up @ Mon 3 Nov 2025 09:20 - 09:40 (GMT)", """
{co} has declined this event.

Check-up
Mon 3 Nov 2025 09:20 - 09:40 (GMT)

Note from {co}: "Sorry, Dr Ahmed is off sick that morning so we've had to cancel. We can't offer another slot before the 17th - please call reception to rebook."

Calendar notification - sent to you as an attendee.
""", "Riverside Dental Practice", "riversidedental.co.uk.example", frm="{co} (Calendar) <calendar-notification@{dom}>")

oth(NJ, "blind21-wide-nj-voicemail-garage", "Voicemail from {co} (0161 4{ref})", """
You have a new voicemail.

From: {co} (0161 4{ref})
Duration: 0:36
Transcription (beta):

"Hi {first}, it's the garage. We've had a look at the Corsa and it's failed its MOT, I'm afraid - brake discs and a tyre. We can't let it go out like that. Give us a ring and we'll talk you through a quote. Thanks."

Transcripts can contain errors; the recording is in the app.
""", "Hallam Road Motors", "hallamroadmotors.co.uk.example", frm="Voicemail <voicemail@callpost.example>")

oth(NJ, "blind21-wide-nj-grant", "Small Grants Round 9 - decision", """
Dear {first},

Re: Small Grants bid - Friday repair café.

The panel met on 4 June. Bids came to three times the money available, and yours missed out this round, I'm sorry to say. Round 10 opens in September.

Best wishes,
Grants Team, {co}
""", "Lowfield Community Foundation", "lowfieldcf.org.uk.example", frm="{co} Grants <grants@{dom}>")

oth(NJ, "blind21-wide-nj-scholarship-card", "[Board] Swimming club squad list updated", """
Taskboard

{sig} moved the card "{first} {last} - Masters squad" from "Trial swum" to "Waiting list" on board Club Squads 2026.

Comment by {sig}: Lane 4 is full on Tuesdays; offered Thursday development session instead.

You watch this card, so you get these.
""", "Otterpool Swimming Club", "otterpoolsc.org.uk.example", frm="Taskboard <notify@taskboard.example>")

oth("other_job", "blind21-wide-teams-withdraw", "Teams chat transcript - {co} guides", """
Chat transcript exported from Microsoft Teams

[09:30] {first}: Hi {sfirst}, I've accepted a job elsewhere, can you remove me from the guide recruitment
[09:41] {sig}: No problem at all, thanks for telling me! I've taken you off the list. Congrats on the new job
""", "Old Town Footsteps", "oldtownfootsteps.co.uk.example", frm="{first} <{raddr}>")

oth("other_job", "blind21-wide-ocr-paused", "Scan: letter from council.jpg", """
[Text recognised from image: letter from council.jpg]

{CO}
Human Resources, Town Hall
Our ref: HR/{ref}
Dear {first} {last}
POST: Bereavement Services Officer (Cremator ium)
I write with news that the appointment to the above post has been postponed until the new financial year. No candidate has been selected, and your application remains under consideration. We will write again by 30 April.
Yours sincerely
Human Resources Manager
""", "Stourbridge Vale Council", "stourbridgevale.gov.uk.example", frm="{first} <{raddr}>")

oth("recruiter_outreach", "blind21-wide-inmail-outreach", "{sig} sent you a message", """
LinkedIn

{sig}
Head of Talent at {co}

"Hi {first}, your footsteps reel came up in a search. We're crewing a six-part drama from March and need a second Foley artist for ten weeks. Fancy a call?"

Reply | View profile

InMail notifications are on. Unsubscribe.
""", "Kestle Sound Post", "kestlesound.example", frm="LinkedIn <messages-noreply@linkedin-mail.example>")

oth("other_job", "blind21-wide-card-dive-review", "[Board] {first} {last} was moved to Try-dive booked", """
Taskboard

{sig} moved the card "{first} {last} - PADI instructor app" from "Applied" to "Try-dive booked" on board Hiring 2026.

Comment by {sig}: Booked for Thursday 8am boat. Still waiting on her insurance docs.

You watch this card, so you get these.
""", "Bluewater Reef Divers", "bluewaterreef.example", frm="Taskboard <notify@taskboard.example>", tz="+0700")

oth(AR, "blind21-wide-tr-yazilim-ack", "Başvurunuzu aldık - Backend Geliştirici", """
Merhaba {first} Hanım,

{co} bünyesindeki Backend Geliştirici pozisyonu için gönderdiğiniz başvuru elimize ulaştı.

Başvuruları iki hafta içinde değerlendiriyoruz. Süreç olumlu da olsa olumsuz da olsa size e-posta ile dönüş yapacağız.

{sig}
İnsan Kaynakları
""", "Kuzgun Yazılım", "kuzgunyazilim.com.tr.example", tz="+0300", lang="tr", rn=("Elif Demir",), sn=("Zeynep Aydın",))

oth(IV, "blind21-wide-ar-logistics-iv", "دعوة لإجراء مقابلة - منسق شحن", """
الأستاذة {first} المحترمة،

نشكرك على تقديم طلبك لوظيفة منسق شحن لدى {co}. ونود أن نلتقي بك في مكتبنا بجبل علي يوم الأحد المقبل عند العاشرة صباحاً لإجراء المقابلة.

يرجى تأكيد الحضور بالرد على هذا البريد.

{sig}
إدارة الموارد البشرية
""", "شركة الواحة للخدمات اللوجستية", "alwaha-logistics.ae.example", tz="+0400", lang="ar", rn=("نورة الشمري",), sn=("ريم العتيبي",))

rej("blind21-wide-ko-bakery", "[{co}] 제과 보조 채용 결과 안내", """
{first}님, 안녕하세요.

지난주 실기 테스트에 와 주셔서 감사했습니다. 반죽 성형을 꼼꼼하게 하시는 모습이 인상적이었어요.

고민 끝에 이번 제과 보조 자리는 새벽 근무 경험이 있는 다른 분께 맡기기로 했어요. 기쁜 소식이 아니라서 마음이 무겁습니다.

앞으로 하시는 일 모두 잘 되시길 바랄게요.
{co} 점장 {sig} 드림
""", "밀담베이커리", "mildambakery.kr.example", tz="+0900", lang="ko", rn=("지민 김",), sn=("박서연",))
oth(NS, "blind21-wide-ko-bakery-ns", "[{co}] 실기 테스트 일정 안내", """
{first}님, 안녕하세요.

제과 보조 지원서 잘 받았습니다. 다음 단계로 매장에서 한 시간 정도 실기 테스트를 진행하려고 합니다.

이번 주 목요일 오후 3시 또는 금요일 오전 10시 중 편하신 시간을 수요일 저녁까지 회신 부탁드려요. 회신이 없으면 다음 지원자분께 일정을 드리게 됩니다.

{co} 점장 {sig} 드림
""", "밀담베이커리", "mildambakery.kr.example", tz="+0900", lang="ko", rn=("도윤 이",), sn=("박서연",))

rej("blind21-wide-ky-guesthouse", "Арызыңыз боюнча жооп - ашпозчу", """
Урматтуу {first},

{co} конок үйүндөгү ашпозчунун ордуна арыз бергениңиз үчүн ыраазычылык билдиребиз.

Сынак күнүнөн кийин биз улуттук тамактарды жасоодо тажрыйбасы көбүрөөк болгон башка талапкерди тандадык. Ошондуктан бул жолу сизди жумушка ала албайбыз.

Ийгилик каалайбыз!
{sig}
{co}, Каракол
""", "Ысык-Көл Коноктору", "issykkonok.kg.example", tz="+0600", lang="ky", rn=("Айбек Токтосунов",), sn=("Гүлнара Асанова",))

rej("blind21-wide-tk-cotton", "Arzaňyz barada jogap - hasapçy", """
Hormatly {first},

{co} kärhanasyndaky hasapçy wezipesine arza bereniňiz üçin sag boluň.

Söhbetdeşlikden soň, biz salgyt hasabatynda has köp tejribesi bolan başga dalaşgäri saýladyk. Şonuň üçin bu gezek sizi işe kabul edip bilmeris.

Size üstünlik arzuw edýäris.
{sig}
Işgärler bölümi, {co}
""", "Ak Pagta", "akpagta.tm.example", tz="+0500", lang="tk", rn=("Merdan Öwezow",), sn=("Jeren Annaýewa",))

rej("blind21-wide-tt-library", "Гаризагыз буенча җавап - китапханәче", """
Хөрмәтле {first},

Безнең китапханәдә китапханәче вазифасына гариза биргәнегез өчен рәхмәт.

Әңгәмәдән соң без татар һәм рус телләрендә балалар белән эшләү тәҗрибәсе зуррак булган башка кандидатны сайладык. Шуңа күрә бу юлы сезне эшкә ала алмыйбыз.

Уңышлар телибез.
{sig}
{co}
""", "Казан шәһәр балалар китапханәсе", "kazanbalalar.ru.example", tz="+0300", lang="tt", rn=("Алсу Хәйруллина",), sn=("Илдар Галиев",))

rej("blind21-wide-fj-resort", "Nomu kerekere cakacaka - waiter", """
Bula vinaka {first},

Vinaka vakalevu na nomu kerekere me cakacaka vakaweita e {co}.

Ni oti na veitalanoa, keimami sa digitaka e dua tale na tamata e sa vakaitavi oti ena cakacaka vakaoqo e na dua na rusoti. E sega ni rawa me keimami taura iko ena gauna oqo.

Moce mada, kalougata tiko.
{sig}
{co}, Nadi
""", "Tavua Bay Resort", "tavuabay.fj.example", tz="+1200", lang="fj", rn=("Mere Tuilagi",), sn=("Josaia Rokoua",))

rej("blind21-wide-bi-store", "Aplikesen blong yu - stoa kipa", """
Halo {first},

Tangkyu tumas from aplikesen blong yu blong kam stoa kipa long {co}.

Mifala i tokbaot finis, mo mifala i jusum wan narafala man we i wok finis long stoa blong wan yia long Luganville. Taswe mifala i no save tekem yu long wok ia naoia.

Gud lak mo God i blesem yu.
{sig}
{co}, Port Vila
""", "Nambatu Trading", "nambatutrading.vu.example", tz="+1100", lang="bi", rn=("Lisi Kalsakau",), sn=("Jimmy Natapei",))

# ---------------------------------------------------------------- build
CLIENTS = ["Ravensworth Homes", "Colbeck Foods", "Tamarind Pay", "Glenmore Logistics", "Aubrey Lane Hotels", "Westerleigh Water", "Pellucid Bank", "Harcastle Engineering"]
OTHERS = ["Niamh", "Oskar", "Leticia", "Dev", "Morag", "Kwabena", "Ellie", "Tomás"]
WORD = re.compile(r"\w+")
TAG = re.compile(r"<[^>]+>")
START = dt.datetime(2025, 3, 1)
SPAN_DAYS = 634

# Families whose text names a date: their mail falls from that day on, within so many days.
WHEN = {
    "blind21-mix-thread-ledger": ("2025-10-15", 5), "blind21-mix-iv-thread": ("2025-10-14", 2),
    "blind21-mix-thread-gmail-lab": ("2025-06-10", 6), "blind21-mix-thread-lowercase": ("2025-08-24", 3),
    "blind21-mix-iv-lowercase": ("2025-08-18", 2), "blind21-mix-thread-outlook-us": ("2025-11-19", 6),
    "blind21-mix-offer-thread": ("2025-11-18", 5), "blind21-mix-thread-internal-move": ("2025-10-13", 5),
    "blind21-mix-thread-indian": ("2025-07-22", 6), "blind21-mix-thread-aus": ("2025-03-13", 4),
    "blind21-mix-iv-recruiter-aus": ("2025-03-10", 1), "blind21-mix-thread-nested": ("2026-02-04", 3),
    "blind21-mix-thread-canada": ("2025-06-12", 8), "blind21-mix-offer-canada": ("2025-06-12", 8),
    "blind21-mix-thread-sa": ("2025-06-06", 10), "blind21-mix-ack-smallbiz": ("2025-10-05", 3),
    "blind21-mix-iv-india": ("2025-08-04", 5), "blind21-mix-offer-letter-india": ("2025-08-10", 6),
    "blind21-mix-ns-documents-india": ("2025-07-18", 5), "blind21-mix-still-review": ("2026-02-03", 2),
    "blind21-mix-intern-summer": ("2026-01-20", 40), "blind21-mix-ack-intern": ("2025-10-01", 40),
    "blind21-mix-intern-india": ("2025-03-05", 40), "blind21-mix-intern-research": ("2026-03-10", 30),
    "blind21-mix-nj-conf": ("2025-12-01", 40), "blind21-mix-intern-grad-ac": ("2026-03-10", 10),
    "blind21-mix-iv-council": ("2025-11-20", 7), "blind21-mix-ack-council": ("2025-10-25", 20),
    "blind21-mix-iv-nhs": ("2025-11-03", 5), "blind21-mix-ns-references": ("2025-10-28", 5),
    "blind21-mix-ns-sjt": ("2025-12-15", 20),
    "blind21-wide-chat-ski": ("2025-11-12", 2), "blind21-wide-chat-ski-offer": ("2025-11-14", 1),
    "blind21-wide-ocr-forensic": ("2025-07-22", 3), "blind21-wide-ocr-forensic-review": ("2026-03-19", 2),
    "blind21-wide-cal-archaeology": ("2025-06-11", 1), "blind21-wide-cal-archaeology-iv": ("2025-06-09", 3),
    "blind21-wide-card-dive": ("2025-10-01", 60), "blind21-wide-card-dive-offer": ("2025-10-01", 60),
    "blind21-wide-card-dive-review": ("2025-10-01", 60), "blind21-wide-sonography": ("2026-01-10", 6),
    "blind21-wide-sonography-ack": ("2025-11-20", 20), "blind21-wide-lockkeeper": ("2026-03-02", 20),
    "blind21-wide-lockkeeper-ack": ("2026-01-10", 20), "blind21-wide-hedgelaying": ("2025-09-15", 6),
    "blind21-wide-hedgelaying-ack": ("2025-08-20", 20), "blind21-wide-nj-cal-dentist": ("2025-10-31", 3),
    "blind21-wide-nj-scholarship-card": ("2026-01-05", 60), "blind21-wide-registrar-iv": ("2025-04-28", 7),
    "blind21-wide-de-stadtwerke-iv": ("2025-10-01", 7),
}


def fold(text: str) -> str:
    norm = unicodedata.normalize("NFKD", text)
    return "".join(c for c in norm if c.isascii() and (c.isalnum() or c in ".-")).lower()


def local_part(name: str, n: int) -> str:
    parts = [fold(p) for p in name.split()]
    parts = [p for p in parts if p]
    return ".".join(parts[:2]) if parts else f"user{n}"


SUMMER = {"+0000": "+0100", "+0100": "+0200", "-0500": "-0400", "-0600": "-0500", "-0700": "-0600", "-0800": "-0700"}
NO_SUMMER = (".sn.example", ".za.example", ".tm.example", ".uz.example")


def rfc_date(rng: random.Random, tz: str, fam: str, dom: str) -> str:
    start, span = (dt.datetime.fromisoformat(WHEN[fam][0]), WHEN[fam][1]) if fam in WHEN else (START, SPAN_DAYS)
    day = start + dt.timedelta(days=rng.randrange(span), hours=rng.randrange(7, 22), minutes=rng.randrange(60), seconds=rng.randrange(60))
    if dom.endswith((".uk.example", ".ie.example")):
        tz = "+0000"
    if tz in SUMMER and 4 <= day.month <= 10 and not dom.endswith(NO_SUMMER):
        tz = SUMMER[tz]
    sign = -1 if tz.startswith("-") else 1
    offset = dt.timedelta(hours=int(tz[1:3]), minutes=int(tz[3:5])) * sign
    return format_datetime(day.replace(tzinfo=dt.timezone(offset)))


def build() -> list[dict[str, str]]:
    rng = random.Random(SEED)
    records: list[dict[str, str]] = []
    n = 0
    for tpl in TEMPLATES:
        if not tpl.fam.startswith(f"blind21-{tpl.part}-"):
            raise ValueError(tpl.fam)
        for i in range(tpl.copies):
            n += 1
            name = tpl.rn[i] if tpl.rn else rng.choice(RECIPIENTS)
            pool = SIGNERS_IN if tpl.tz == "+0530" else SIGNERS
            sig = tpl.sn[i] if tpl.sn else rng.choice([s for s in pool if s.split()[0] != name.split()[0]])
            sig2 = rng.choice([s for s in pool if s != sig])
            co = tpl.co[i % len(tpl.co)]
            dom = tpl.dom[i % len(tpl.dom)]
            slocal = local_part(sig, n)
            raddr = f"{local_part(name, n)}@{rng.choice(PROVIDERS)}.example"
            vals = {
                "name": name, "first": name.split()[0], "last": " ".join(name.split()[1:]) or name,
                "sig": sig, "sfirst": sig.split()[0], "sig2": sig2, "co": co, "CO": co.upper(), "dom": dom,
                "role": tpl.role[i % len(tpl.role)], "ref": str(rng.randrange(100000, 999999)),
                "client": rng.choice(CLIENTS), "other": rng.choice(OTHERS), "slocal": slocal,
                "raddr": raddr, "saddr": f"{slocal}@{dom}",
            }
            vals["tel"] = vals["ref"][1:]
            sender = f"{sig} <{slocal}@{dom}>" if tpl.frm == "{sig}" else tpl.frm.format(**vals)
            records.append({
                "id": "", "subject": tpl.subject.format(**vals), "body": tpl.body.format(**vals),
                "sender": sender, "label": tpl.label, "kind": tpl.kind, "family": tpl.fam,
                "to": f"{name} <{raddr}>", "date": rfc_date(rng, tpl.tz, tpl.fam, dom), "lang": tpl.lang, "part": tpl.part,
            })
    rng.shuffle(records)
    counters: collections.Counter[str] = collections.Counter()
    for rec in records:
        tag = "rej" if rec["label"] == "rejection" else "oth"
        counters[tag] += 1
        rec["id"] = f"blind21:{tag}-{counters[tag]:03d}"
    return records


def shingles(text: str) -> set[str]:
    words = WORD.findall(TAG.sub(" ", text).lower())
    return {" ".join(words[i:i + 6]) for i in range(len(words) - 5)}


def check(records: list[dict[str, str]]) -> None:
    ours: dict[str, set[str]] = {}
    for rec in records:
        for sh in shingles(rec["subject"] + "\n" + rec["body"]) | shingles(rec["body"]):
            ours.setdefault(sh, set()).add(rec["id"])
    others = sorted(HERE.parent.glob("*.jsonl")) + sorted(p for p in HERE.glob("*.jsonl") if p != OUT)
    shared: set[str] = set()
    for path in others:
        with path.open(encoding="utf-8") as handle:
            for raw in handle:
                if raw.strip():
                    shared |= shingles(json.loads(raw).get("body", "")) & ours.keys()
    bodies = {rid for sh in shared for rid in ours[sh]}
    labels = collections.Counter(rid.split(":")[1][:3] for rid in bodies)
    print(f"files compared: {len(others)}")
    print(f"bodies sharing a shingle: {len(bodies)} of {len(records)} (rej {labels['rej']}, oth {labels['oth']})")
    print(f"distinct shared shingles: {len(shared)}")
    for sh in sorted(shared, key=lambda s: (-len(ours[s]), s)):
        print(f"  {len(ours[sh]):3d}  {sh}")


def langs(records: list[dict[str, str]]) -> None:
    by_kind = collections.Counter((r["part"], r["label"], r["kind"]) for r in records)
    by_lang = collections.Counter((r["label"], r["lang"]) for r in records)
    print("part / label / kind:")
    for (part, label, kind), count in sorted(by_kind.items()):
        print(f"  {part:5s} {label:14s} {kind:26s} {count:4d}")
    print("label / language:")
    for (label, lang), count in sorted(by_lang.items()):
        print(f"  {label:14s} {lang:6s} {count:4d}")
    print(f"total {len(records)}; families {len({r['family'] for r in records})}; templates {len(TEMPLATES)}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--langs", action="store_true", help="print the make-up, no text")
    parser.add_argument("--check", action="store_true", help="shingles shared with the other files")
    args = parser.parse_args()
    records = build()
    if args.langs:
        langs(records)
        return 0
    if args.check:
        check(records)
        return 0
    with OUT.open("w", encoding="utf-8", newline="\n") as handle:
        for rec in records:
            row = {k: v for k, v in rec.items() if k not in {"lang", "part"}}
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {len(records)} records to {OUT.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
