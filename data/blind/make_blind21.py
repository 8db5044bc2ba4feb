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

We appreciate the time you put into applying for the {role} position (requisition R-{ref}) at {co}.

Our recruiting team has now reviewed every submission for this requisition. We are sorry to say we will not be taking your application further for this opening.

Your candidate profile remains active, so you can apply for other openings at any time through the Candidate Home page.

Kind regards,
Talent Acquisition
{co}

This message was sent from an unmonitored mailbox. To view your applications, sign in to your candidate account.
""", ("Brackwater Utilities", "Brackwater Energy Services"), ("brackwater.myworkday.example", "brackwater-es.myworkday.example"), frm="{co} <brackwater@myworkday.example>", role=("Asset Data Analyst", "Field Planning Coordinator"), copies=2)

rej("blind21-mix-gh-tallyho", "Your application to {co}", """
Hi {first},

Thanks so much for applying for the {role} role at {co} and for your patience while we worked through applications.

We've had a really strong response and, after looking closely at your background, we've decided not to progress your application at this stage.

We know this isn't the news you were after. We'd be glad to see your name again if a future role here catches your eye.

All the best,
{sig}
Recruiting @ {co}
""", ("Tallyho", "Tallyho Labs"), ("tallyho.example", "tallyholabs.example"), frm="{sig} <no-reply@greenhouse-mail.example>", role=("Senior Product Designer", "Growth Marketing Manager"), copies=2, tz="-0500")

rej("blind21-mix-lever-quayline", "{co} | {role}", """
Hey {first},

I wanted to personally follow up on your application for {role}. We've taken a careful look and, unfortunately, we won't be moving ahead with your candidacy right now.

Hiring here is competitive and this was a hard call with a lot of good people in the mix. Please don't read this as a verdict on your talent.

Cheers,
{sig}
{co} People Team
""", ("Quayline", "Quayline Freight"), ("quayline.example", "quaylinefreight.example"), frm="{sig} <{slocal}@hire.lever.example>", role=("Backend Engineer (Go)", "Ops Analyst, Marketplace"), copies=2, tz="-0800")

rej("blind21-mix-smart-orlen", "Regarding your candidacy for {role}", """
Dear {name},

Many thanks for the interest you have shown in {co} and in the {role} vacancy.

Having assessed your profile against the requirements of the position, our hiring team has chosen not to invite you to the next phase of the selection process.

We would like to keep you informed about future opportunities. You can update your preferences and job alerts in your SmartRecruiters profile.

Best regards,
The {co} Recruitment Team
""", ("Orlen Hospitality Group", "Orlen Hotels & Resorts"), ("orlenhospitality.example", "orlenhotels.example"), frm="{co} <noreply@smartrecruiters-mail.example>", role=("Revenue Manager", "Front Office Supervisor"), copies=2, tz="+0100")

rej("blind21-mix-icims-harlow", "Status of Your Application with {co}", """
Dear {name},

Thank you for applying to Job ID {ref}, {role}.

This note is to let you know that the position has been filled and your application will no longer be considered for this posting. Please continue to visit our careers site for openings that match your skills and interests.

We wish you success in your job search.

{co} Talent Acquisition

*** Please do not reply to this automated email. ***
""", ("Harlow Medical Group", "Harlow Medical Partners"), ("harlowmedical.example", "harlowpartners.example"), frm="{co} Careers <careers@icims-mail.example>", role=("Patient Access Representative", "Medical Coder II"), copies=2, tz="-0600")

rej("blind21-mix-taleo-cresswood", "{co} - Req #{ref} {role}", """
Dear {name},

We have completed our review of candidates for Requisition #{ref} - {role}.

At this time, your qualifications have not been selected for further consideration for this requisition. We encourage you to continue to review our open positions and apply to those for which you are qualified.

Thank you again for considering {co} as your future employer.

Sincerely,
Human Resources
{co}
""", ("Cresswood Insurance", "Cresswood Mutual"), ("cresswood.example", "cresswoodmutual.example"), frm="{co} <cresswood.recruiting@taleo.example>", role=("Claims Adjuster Trainee", "Underwriting Assistant"), copies=2, tz="-0500")

rej("blind21-mix-tt-fjellrand", "Your application for {role} at {co}", """
Hi {first}!

Thank you for your application and for wanting to be part of our journey at {co}.

We have now gone through all applications for the {role} position and we have unfortunately chosen to proceed with other candidates whose experience is closer to what the team needs right now.

We hope you'll keep following us and wish you all the best going forward!

Warm regards,
{sig}
Talent Partner, {co}

Powered by Teamtailor
""", ("Fjellrand", "Fjellrand Outdoor"), ("fjellrand.example", "fjellrand-outdoor.example"), frm="{sig} <{slocal}@fjellrand.teamtailor-mail.example>", role=("E-commerce Coordinator", "Customer Experience Lead"), copies=2, tz="+0100")

rej("blind21-mix-personio-kessler", "Your application as {role}", """
Dear {first} {last},

Thank you for applying as {role} with {co} in Berlin.

After reviewing your documents in detail, we regret that we cannot consider your application any further. Please understand that, due to the high number of applications, we are not able to give individual feedback.

We wish you every success in your further career.

Best regards
{sig}
People & Culture | {co}
{co} GmbH · Kastanienallee 12 · 10435 Berlin
""", ("Kessler Mobility", "Kessler Softworks"), ("kessler-mobility.example", "kesslersoft.example"), frm="{co} Jobs <jobs@{dom}>", role=("Working Student Data Engineering", "Junior Account Executive (English-speaking)"), copies=2, tz="+0100")

rej("blind21-mix-html-norvane", "Thank you for your interest in {co}", """
<html><body><table width="600" style="font-family:Arial"><tr><td>
<img src="https://cdn.norvane.example/logo.png" alt="{co}">
<p>Dear {first},</p>
<p>Thank you for applying for <b>{role}</b>. We read every application we receive and yours was given full consideration.</p>
<p>On this occasion you have not been shortlisted for interview.</p>
<p>With best wishes,<br>{co} Careers</p>
<p style="font-size:11px;color:#888">{co} plc is registered in England (No. 0{ref}). Registered office: 4 Tolney Wharf, Bristol BS1 6QT.</p>
</td></tr></table></body></html>
""", ("Norvane", "Norvane Water"), ("norvane.co.uk.example", "norvanewater.co.uk.example"), frm="{co} Careers <careers@{dom}>", role=("Graduate Civil Engineer", "Network Control Technician"), copies=2)

rej("blind21-mix-gh-after-screen", "Following up - {role}", """
Hi {first},

Thanks again for making time to speak with {sig2} last week. We enjoyed learning about your work at your current company.

After discussing as a team, we've decided to pursue other candidates for the {role} role, as we're looking for someone with more hands-on experience running paid social at scale.

We'll hold on to your details and may reach out as new roles open.

Best,
{sig}
""", ("Pennyroyal", "Pennyroyal Studio"), ("pennyroyal.example", "pennyroyalstudio.example"), frm="{sig} <{slocal}@{dom}>", role=("Paid Social Lead", "Performance Marketing Manager"), copies=2, tz="-0500")

rej("blind21-mix-ats-short-hollins", "Re: {role}", """
Dear {first},

Thanks for your interest in the {role} vacancy. Unfortunately your application has been unsuccessful.

Regards,
Hollins Recruitment
""", ("Hollins & Webb", "Hollins & Webb"), ("hollinswebb.co.uk.example", "hollinswebb.co.uk.example"), frm="Hollins Recruitment <recruitment@{dom}>", role=("Payroll Administrator", "Credit Controller"), copies=2)

rej("blind21-mix-wd-india", "Update on your application for {role}", """
Dear {name},

Greetings from {co}!

We thank you for taking the time to apply for the position of {role} (Job Requisition ID: JR{ref}).

We have carefully reviewed your profile and regret to let you know that it has not been shortlisted for the current requirement. We will retain your profile in our database and get in touch should a suitable opening come up in the future.

Wishing you the very best in your career.

Regards,
Talent Acquisition Team
{co}
""", ("Sarvanta Technologies", "Sarvanta Digital Services"), ("sarvanta.co.in.example", "sarvantadigital.co.in.example"), frm="{co} Careers <careers@{dom}>", role=("Associate Consultant - SAP FICO", "Senior Software Engineer - Java"), copies=2, tz="+0530")

rej("blind21-mix-ats-aus", "Your application - {role}", """
Hi {first},

Thanks for applying for the {role} role with {co}.

We've now finished shortlisting and unfortunately you haven't been selected to progress to interview this time around. We had a huge number of applicants, many with strong backgrounds.

If you'd like to be considered for future roles, just keep your profile up to date on our careers page.

Cheers,
The {co} Talent Team
""", ("Banksia Health", "Banksia Community Health"), ("banksiahealth.com.au.example", "banksiach.org.au.example"), frm="{co} Talent <talent@{dom}>", role=("Enrolled Nurse", "Practice Coordinator"), copies=2, tz="+1000")

rej("blind21-mix-ats-canada", "{co}: Application for {role}", """
Hello {first},

Thank you for submitting an application for the {role} posting (Competition #{ref}).

We wanted to let you know that the hiring team has decided to move on with candidates whose experience more closely reflects this role's requirements. We appreciate your interest and encourage you to apply again in the future.

Take care,
{co} Human Resources
Toronto | Calgary | Halifax
""", ("Maplecrest Credit Union", "Maplecrest Financial"), ("maplecrest.ca.example", "maplecrestfinancial.ca.example"), frm="{co} HR <hr-noreply@{dom}>", role=("Member Service Representative", "Financial Advisor Associate"), copies=2, tz="-0500")

# single-copy ATS rejections
rej("blind21-mix-lever-nonnative", "Your application for {role}", """
Hello {first},

Thank you for the interest on our company and for applying the {role} position.

Unfortunately after review of your profile we have decided to not proceed with your application on this moment. We receive many profiles and the choice was not easy.

We wish you good luck for your future.

Best regards,
{sig}
HR | {co}
""", "Vitaroma Foods", "vitaroma.example", frm="{sig} <{slocal}@{dom}>", role="Export Sales Executive", tz="+0100")

rej("blind21-mix-sr-sa", "Your application at {co}", """
Good day {first}

Thank you for your application for the position of {role}.

We wish to advise that your application was unsuccessful. Please note that due to the volume of applications received, we are unable to provide individual feedback.

Kind regards
Recruitment Department
{co} (Pty) Ltd
""", "Umhlanga Logistics", "umhlangalogistics.co.za.example", frm="{co} Recruitment <recruit@{dom}>", role="Warehouse Supervisor", tz="+0200")

rej("blind21-mix-ats-irish", "{role} - {co}", """
Dear {first},

Many thanks for your application for the post of {role}.

The shortlisting panel met on Tuesday and I'm sorry to say you were not among the applicants selected for interview on this occasion. Competition for the post was strong.

Thank you for your interest in working with us and best of luck.

Is mise le meas,
{sig}
HR Officer, {co}
""", "Corrib Bay Credit Union", "corribbaycu.ie.example", role="Lending Officer", tz="+0000")

rej("blind21-mix-ats-one-line", "Application update", """
Hi {first}, we've reviewed your application for {role} and won't be moving forward. Thanks for applying to {co}.
""", "Scoutly", "scoutly.example", frm="Scoutly Hiring <hiring@{dom}>", role="Customer Success Associate", tz="-0500")

rej("blind21-mix-ats-long-us", "Thank you for applying to {co}", """
Dear {first},

Thank you for applying for the {role} position at {co}. We know that searching for a new role takes real effort, and we are grateful that you considered us.

We received a large number of applications for this position. Our recruiters and the hiring manager reviewed each one with care, considering the skills, experience and qualifications described in the posting.

After this review, we have decided to move forward with other applicants for this position. This decision was not easy, and it does not reflect on your worth as a professional.

We encourage you to create a job alert on our careers site so you hear about new roles as soon as they open. Many of our current team members applied more than once before joining us.

Thank you again for your interest, and we wish you the best in your search.

Sincerely,
{co} Talent Acquisition

{co} is an equal opportunity employer. All qualified applicants will receive consideration for employment without regard to race, color, religion, sex, sexual orientation, gender identity, national origin, disability, or veteran status.
""", "Ridgeback Outdoor Supply", "ridgebackoutdoor.example", frm="{co} Talent Acquisition <talent@{dom}>", role="Store Operations Manager", tz="-0700")

rej("blind21-mix-ats-after-screen-uk", "Your application for {role} with {co}", """
Dear {first},

Thank you for taking part in the telephone screening call with our recruitment team on Thursday.

We have now reviewed all the candidates who reached this stage and I'm afraid we will not be inviting you to the assessment centre. The feedback from the call was that your experience of regulated customer complaints handling was a little lighter than the role requires.

We appreciate the effort you put into the process.

Kind regards,
{sig}
Resourcing Advisor
{co}
""", "Thameslink Building Society", "thameslinkbs.co.uk.example", role="Complaints Handler", tz="+0000")

rej("blind21-mix-ats-status-subject", "Application status: {role}", """
Hi {first},

We're writing with an update on your application for {role}. After reviewing your experience, the team has decided not to move your application forward.

You can still see your application history in your candidate account.

- {co} Careers
""", "Brightline Transit", "brightlinetransit.example", frm="{co} Careers <careers@{dom}>", role="Scheduling Analyst", tz="-0500")

rej("blind21-mix-ats-grad-india", "Regarding your application for {role}", """
Dear {first},

This is with reference to your application for the {role} opening with us.

We regret to inform you that we are unable to take your candidature forward at this point of time as your profile does not match our current requirement.

We appreciate your interest in {co} and wish you success ahead.

Thanks & Regards,
HR Team
{co}
""", "Kaveri Infra Projects", "kaveriinfra.co.in.example", frm="HR {co} <hr@{dom}>", role="Site Engineer - Civil", tz="+0530")

rej("blind21-mix-ats-retail", "Your application with {co}", """
Hi {first},

Thank you for applying to work with us at {co}.

We're sorry, but on this occasion your application for {role} has not been successful. Please don't let this put you off - we have new vacancies in stores every week.

See you soon,
{co} Recruitment
""", "Puddleby Stores", "puddleby.co.uk.example", frm="{co} Recruitment <jobs@{dom}>", role="Weekend Customer Assistant", tz="+0000")

rej("blind21-mix-ats-plain-tech", "{role} application", """
{first},

Thank you for applying. We've filled the {role} position and are closing out remaining applications.

Regards,
{sig}
Engineering Manager, {co}
""", "Kernelwise", "kernelwise.example", role="Site Reliability Engineer", tz="-0800")

rej("blind21-mix-ats-ngo", "Your application: {role}", """
Dear {first},

Thank you for applying to join {co} as {role}. We had 212 applications for this post.

The panel has now completed shortlisting and we're sorry that we can't offer you an interview. Because of the number of applications we can't give feedback at the shortlisting stage.

We're grateful for your support of our work with families.

Best wishes,
{co} People Team
""", "Hearthlight Family Trust", "hearthlight.org.uk.example", frm="{co} People Team <people@{dom}>", role="Family Support Worker", tz="+0000")

rej("blind21-mix-ats-au-retail-short", "{co} careers", """
Hi {first},

Thanks for your interest in the {role} role. We've reviewed your application and we won't be progressing it. Best of luck with your search.

{co} Careers
""", "Coolabah Supply Co", "coolabahsupply.com.au.example", frm="{co} Careers <careers@{dom}>", role="Inventory Controller", tz="+1000")

# ---------------------------------------------------------------- part mix: thread replies, no negation
rej("blind21-mix-thread-ledger", "RE: [EXT] Re: Interview follow-up - {role}", """
Hi {first},

Apologies for the slower reply than I promised, it's been a hectic fortnight with year-end.

I wanted to come back to you personally after Thursday. You were great in the room and Maya in particular enjoyed your answer on the intercompany reconciliation. In the end we've offered the role to someone who has been contracting with us on the close since the spring, and she's accepted this morning.

I'd be very happy to stay in touch and I'll keep you in mind for the FP&A opening we expect in Q2.

Best,
{sig}
Financial Controller | {co}

From: {name} <{raddr}>
Sent: 14 October 2025 16:02
To: {sig} <{saddr}>
Subject: Re: [EXT] Re: Interview follow-up - {role}

Hi {sfirst},

Just checking in on the {role} role - any news on timings?

Thanks,
{first}
""", ("Fenwick Castings", "Harrowgate Packaging"), ("fenwickcastings.co.uk.example", "harrowgatepack.co.uk.example"), role=("Group Accountant", "Management Accountant"), copies=2, tz="+0100")

rej("blind21-mix-thread-gmail-lab", "Re: Second interview", """
{first} - thank you for coming in on Monday and for the presentation, which was really thoughtful.

The panel met yesterday and the post is going to {other}, who has been running our sequencing core as maternity cover and knows the instruments inside out. I know that's hard to hear after three rounds.

Please do apply again; we're recruiting two research technicians next spring.

{sfirst}

On Tue, 3 Jun 2025 at 09:41, {name} <{raddr}> wrote:
> Dear {sfirst},
> Thanks for letting me know about the timeline. I look forward to hearing from you.
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

Thank you for your patience over the last two weeks. I wanted to close the loop before the holiday.

The committee has extended the offer to a candidate from our Denver office who is relocating, and she signed on Friday. Your case study was one of the strongest we saw and I said as much to the team.

If you're open to it, I'd like to pass your name to our Austin team, who are hiring in January.

Regards,
{sig}
Director, Strategy & Operations
{co}

-----Original Message-----
From: {name} <{raddr}>
Sent: Monday, November 17, 2025 8:15 AM
To: {sig} <{saddr}>
Subject: RE: [EXT] RE: {role} - final round

Hi {sfirst}, I hope you had a good weekend. Is there any update on the decision? Many thanks, {first}
""", ("Stonebridge Analytics", "Larkspur Advisory"), ("stonebridgeanalytics.example", "larkspuradvisory.example"), role=("Strategy Manager", "Senior Operations Consultant"), copies=2, tz="-0600")

rej("blind21-mix-thread-internal-move", "RE: [EXT] Re: Next steps", """
Hi {first},

I hope you're keeping well. I owe you an update after our conversation on the 9th.

We've had someone from the procurement team put themselves forward for the category manager post late in the process and the director has decided to appoint internally. It happened faster than I expected.

It was genuinely a pleasure meeting you, and thank you for giving us so much of your time.

Warm regards,
{sig}

________________________________
From: {name} <{raddr}>
Sent: 16 September 2025 11:30
To: {sig}
Subject: Re: [EXT] Re: Next steps

Thanks {sfirst}, Tuesday works well for me.
""", "Ashgrove Housing Association", "ashgrovehousing.org.uk.example", role="Category Manager", tz="+0100")

rej("blind21-mix-thread-indian", "RE: Interview Feedback - {role}", """
Dear {first},

Greetings of the day.

Thank you for attending the technical and HR rounds with us. Post discussion with the panel, the management has finalized another candidate for the said position who has prior experience on the same ERP.

We appreciate your time and will reach out to you for relevant future requirements.

Thanks & Regards
{sig}
Sr. Executive - HR
{co}
Mob: +91 98{ref}

-----Original Message-----
From: {name}
Sent: 21 July 2025 10:05
To: {sig}
Subject: Interview Feedback - {role}

Dear Ma'am, kindly update me regarding the status of my interview held on 15th July. Regards, {first}
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

rej("blind21-mix-thread-nested", "RE: [EXT] RE: [EXT] Re: {role} interview", """
Hi {first},

Sorry - I realise you've been waiting on us.

We met as a panel again on Friday. The board has confirmed the appointment of our current deputy, who's been acting up in the post since the spring, and the announcement goes to staff tomorrow.

Thank you for everything you put into the day, including the tour with the students.

With best wishes,
{sig}
Head of Sixth Form, {co}

From: {name}
Sent: 03 February 2026 19:12
To: {sig}
Subject: RE: [EXT] Re: {role} interview

Dear {sfirst}, thank you again for Thursday. I wondered if there was any news.

From: {sig}
Sent: 27 January 2026 08:44
To: {name}
Subject: [EXT] Re: {role} interview

Dear {first}, we would be delighted to invite you to interview on Thursday 29th at 9.15.
""", "St Aldhelm's Academy", "staldhelms.sch.uk.example", role="Head of Year 12", tz="+0000")

rej("blind21-mix-thread-canada", "Re: Thanks for meeting", """
Hi {first},

Thanks for your note, and for taking the time on Tuesday.

We had two excellent finalists and the team landed on the other one - she's run a similar grant program in Manitoba and will hit the ground running on the fall intake.

I'll keep your CV handy. The foundation grows every year.

Warmly,
{sig}
Executive Director, {co}

On Wed, Jun 11, 2025 at 4:22 PM {name} <{raddr}> wrote:
> Hi {sfirst}, thanks so much for the conversation yesterday. I'm really excited about the role.
""", "Prairie Lantern Foundation", "prairielantern.ca.example", role="Grants Officer", tz="-0500")

rej("blind21-mix-thread-sa", "RE: [EXT] Interview 2", """
Hi {first}

Thanks for your patience, it's been a busy month-end.

The position has been offered to one of our branch administrators from Pietermaritzburg and she accepted on Monday.

Thank you for the effort you put into the second interview.

Regards
{sig}
Regional HR Business Partner
{co}

From: {name} [mailto:{raddr}]
Sent: Thursday, 05 June 2025 14:22
To: {sig}
Subject: Interview 2

Good afternoon {sfirst}, I am just following up on the second interview. Kind regards {first}
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
Meet the team: read Priya's story about moving from the call centre to product ownership.
Our benefits: 28 days' holiday plus your birthday, hybrid working, 8% pension match, cycle scheme.
Refer a friend and earn up to £1,000 when they join.
Follow us: LinkedIn | Instagram | YouTube
Accessibility: need this email in large print or another format? Reply to access@{dom}.
Your data: we keep applicant data for 12 months. Read how we use it at https://{dom}/candidate-privacy
{co} Group Ltd, registered in England & Wales No. 0{ref}. Registered office: 9 Canal Basin, Leeds LS11 5PS.
You received this email because you applied through careers.{dom}. Manage email preferences.
"""
rej("blind21-mix-foot-careers", "Your application - {role}", """
Dear {first},

Thank you for applying for {role}. We have considered your application carefully and we will not be taking it further.

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

You are receiving this because you created a job alert on {co}. Unsubscribe from this alert | Change frequency | Help centre
{co} Ltd, The Old Mill, Abingdon OX14 3PX
"""
rej("blind21-mix-foot-alerts", "An update from {client} via {co}", """
Hi {first},

{client} has reviewed your application for {role} and has decided not to progress it further. They have asked us to thank you for your time.

Good luck with your search - there are plenty more roles below.
""" + FOOT_ALERTS, ("Jobmeadow", "Jobmeadow"), ("jobmeadow.co.uk.example", "jobmeadow.co.uk.example"), frm="{co} <notifications@{dom}>", role=("Procurement Assistant", "Junior Buyer"), copies=2)

FOOT_NEWS = """

-- THE WEEKLY CRATE --
* Our Bristol roastery is now carbon neutral - here's how we did it.
* Meet Tomasz, our head of green coffee, on his trip to Huila.
* Limited release: washed Gesha, 150 bags only.
* Events: cupping nights every second Thursday; tickets on the website.
* Podcast: episode 41, "Why we stopped chasing 90-point scores".
Crate & Cherry Coffee Roasters Ltd | 22 Gloucester Road, Bristol BS7 8AE | You're getting this because you once signed up on our site or applied for a job. Unsubscribe.
"""
rej("blind21-mix-foot-news", "Roastery Assistant role", """
Hi {first},

Thanks so much for applying to be our {role}. We've now filled the post, so we won't be taking your application any further. Sorry it's not better news.

{sfirst} @ Crate & Cherry
""" + FOOT_NEWS, "Crate & Cherry", "crateandcherry.co.uk.example", role="Roastery Assistant")

FOOT_US_LEGAL = """

________________________________
CONFIDENTIALITY NOTICE: This email and any attachments are for the sole use of the intended recipient(s) and may contain confidential and privileged information. Any unauthorized review, use, disclosure or distribution is prohibited. If you are not the intended recipient, please contact the sender by reply email and destroy all copies of the original message.
{co} | 1800 Lakeshore Drive, Suite 400, Chicago, IL 60616 | Careers | Benefits | Our Culture | Diversity Report 2025
Join our Talent Network to get first look at new jobs: https://careers.{dom}/talent-network
This mailbox is not monitored.
"""
rej("blind21-mix-foot-uslegal", "Your Application with {co}", """
Hello {first},

Thank you for applying for the {role} position. We regret to tell you that we will not be moving forward with your application.

Best regards,
{co} Recruiting
""" + FOOT_US_LEGAL, "Lakeshore Freight Systems", "lakeshorefreight.example", frm="{co} Recruiting <recruiting@{dom}>", role="Dispatch Coordinator", tz="-0600")

FOOT_NHS = """

---
{co} NHS Foundation Trust
We are a smoke-free site. Please do not print this e-mail unless necessary.
This e-mail and any files transmitted with it are confidential. If you have received this e-mail in error, please notify the sender and delete it. The Trust monitors e-mail to protect its network.
Join our staff bank - flexible shifts, weekly pay: bank.{dom}
Disability Confident Employer | Armed Forces Covenant Gold | Mindful Employer
Visit our jobs pages for all current vacancies.
"""
rej("blind21-mix-foot-nhs", "Application outcome: {role} - ref {ref}", """
Dear {name},

Reference: {ref}
Post: {role}

Thank you for your application for the above post. I regret to inform you that on this occasion your application has not been shortlisted.

Yours sincerely,
Recruitment Team
""" + FOOT_NHS, "Wealdmoor Hospitals", "wealdmoor.nhs.uk.example", frm="Wealdmoor Recruitment <recruitment.noreply@{dom}>", role="Band 4 Ward Clerk")

rej("blind21-mix-foot-au-values", "Update: {role}", """
Hi {first},

Thank you for your application for {role}. Unfortunately, we won't be progressing your application further on this occasion.

We wish you luck.

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

Thank you for applying for the {role} role and for the care you took with your supporting statement.

We received applications from several people whose recent experience sits very close to the work this team does day to day, and on balance we felt their backgrounds were the stronger match for us at this point.

I hope you'll keep an eye on our vacancies.

Best wishes,
{sig}
""", ("Oakhurst Rural Trust", "Moorland Access Trust"), ("oakhurstrural.org.uk.example", "moorlandaccess.org.uk.example"), role=("Community Engagement Officer", "Volunteer Coordinator"), copies=2)

rej("blind21-mix-hedge-direction", "Re: {role}", """
Hi {first},

Thanks for your patience while we worked this through.

Having spoken to a number of strong people, we've decided to go in a different direction with this hire - we're now looking at someone more senior who can also manage the agency relationships. That's a change on our side rather than anything about you.

Thanks for the conversations, I enjoyed them.

{sfirst}
""", ("Hopscotch Media", "Meridian & Fable"), ("hopscotchmedia.example", "meridianfable.example"), role=("Content Strategist", "Brand Copywriter"), copies=2, tz="-0500")

rej("blind21-mix-hedge-pipeline", "Your candidacy - {role}", """
Hi {first},

I wanted to let you know where things stand. We've had a lot of interest in the {role} opening, and other candidates in our pipeline line up more directly with the experience the hiring manager is prioritising, particularly around Kubernetes in production.

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

We've thought hard about it, and we feel that another person's mix of experience fits where the practice is heading slightly better. It was close.

Please stay in touch - I'd genuinely like to.

{sig}
Practice Manager, {co}
""", ("Greenlane Dental", "Millbrook Physio"), ("greenlanedental.co.uk.example", "millbrookphysio.co.uk.example"), role="Patient Coordinator", copies=2)

rej("blind21-mix-hedge-restructure", "{role} opening", """
Hello {first},

Thanks for your interest in {co}. Since we posted the {role} role our priorities have shifted and the team has decided to concentrate on candidates with a stronger background in healthcare claims data.

We appreciate the time you invested.

Regards,
{sig}
""", "Claimbridge Health", "claimbridgehealth.example", role="Data Analyst", tz="-0500")

# ---------------------------------------------------------------- part mix: recruiter follow-up, decision + another role
rej("blind21-mix-recruit-uk", "Following our call - {client}", """
Hi {first},

Good to speak earlier, and as I said on the phone, {client} have come back to me and they're going to go with another candidate for the {role} job. They liked you, but the other person had done almost the exact same migration.

The good news: I've got a contract at a housing association in Croydon, 6 months, £450 a day inside IR35, starting mid-January. It's a very similar stack. Are you happy for me to send your CV over? If so, just reply "yes" and I'll get it across today.

Speak soon,
{sig}
Senior Consultant | {co}
M: 07700 9{ref}
""", ("Kestrel Talent", "Northgate Search"), ("kestreltalent.co.uk.example", "northgatesearch.co.uk.example"), role=("Dynamics 365 Developer", "Power Platform Developer"), copies=2)

rej("blind21-mix-recruit-india", "Feedback - {client} interview", """
Hi {first},

As discussed over call, the client has shared feedback and they will not be proceeding with your profile for {role}, as they need someone with hands-on Snowflake.

Meanwhile, we have an opening with a product MNC in Pune for Senior Data Engineer (Databricks, PySpark), 18-24 LPA, hybrid. Please share your updated CV, current CTC, expected CTC and notice period if interested.

Regards,
{sig}
Talent Acquisition Specialist
{co}
""", ("Vedanta Staffing Solutions", "TalentArc HR Services"), ("vedantastaffing.co.in.example", "talentarc.co.in.example"), role="Data Engineer", copies=2, tz="+0530")

rej("blind21-mix-recruit-canada", "Re: Call today", """
Hey {first},

Thanks for jumping on the phone. Just to put it in writing: the client is moving ahead with someone else for the {role} position, they wanted more time in commercial builds.

I mentioned the estimator role with a mid-size GC in Mississauga - here's the brief attached. Let me know by Thursday if you want me to submit you.

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

Thank you for your interest in the position of {role}, GS-0343-11, Announcement Number {ref}.

Your application was reviewed and you were found to be qualified for this position. However, you were not among the top qualified candidates and your name was not referred to the selecting official for further consideration.

You may check the status of your application at any time by logging into your account.

Human Resources Office
{co}
""", ("Department of Regional Infrastructure", "Office of Coastal Resilience"), ("dri.gov.example", "ocr.gov.example"), frm="{co} <noreply@hiring.gov.example>", role=("Management and Program Analyst", "Program Analyst"), copies=2, tz="-0500")

rej("blind21-mix-pub-ineligible", "Notice of Results - {role}", """
NOTICE OF RESULTS

Applicant: {name}
Examination: {role}
Exam No.: {ref}

Result: NOT ELIGIBLE
Reason: Your application does not show the minimum qualification of one year of full-time experience in a supervisory capacity.

If you believe this determination is in error, you may request a review in writing within 20 calendar days of the date of this notice.

{co} Civil Service Commission
""", "Pinecrest County", "pinecrestcounty.gov.example", frm="{co} Human Resources <civilservice@{dom}>", role="Senior Account Clerk", tz="-0500")

rej("blind21-mix-pub-cancelled", "Vacancy cancelled: {role} ({ref})", """
Dear Applicant,

The vacancy of {role} (reference {ref}) has been cancelled following a review of the service's staffing budget. No appointment will be made and all applications have now been closed.

We apologise for any disappointment this may cause and thank you for the interest you have shown.

Human Resources
{co}
""", ("Tarnside Borough Council", "Eskdale District Council"), ("tarnside.gov.uk.example", "eskdale.gov.uk.example"), frm="{co} Recruitment <recruitment@{dom}>", role=("Parking Services Officer", "Licensing Officer"), copies=2)

rej("blind21-mix-pub-sift", "Civil Service Jobs: {role} - sift result", """
Dear {first},

Vacancy: {ref} - {role}

Thank you for applying. Your application has now been sifted.

Your score against the lead behaviour (Communicating and Influencing) was 3, and the minimum required to progress was 4. Because of this you have not progressed further in this campaign.

You can view your scores and feedback on your Civil Service Jobs account.

{co} Recruitment
""", "Department for Rural Economy", "dre.gov.uk.example", frm="Civil Service Jobs <noreply@civilservicejobs.example>", role="Executive Officer - Policy Support")

rej("blind21-mix-pub-sa-regret", "Regret: Post of {role}", """
Dear {name}

POST: {role} (REF NO: {ref})

Thank you for your application for the above post. The Department regrets to inform you that your application was not successful.

The Department thanks you for your interest and wishes you well in your future endeavours.

Yours faithfully
Director: Human Resource Management
{co}
""", "Department of Public Works (Free State)", "dpwfs.gov.za.example", frm="{co} <hrm@{dom}>", role="Administration Clerk", tz="+0200")

rej("blind21-mix-pub-au-aps", "Outcome of your application - {role}", """
Dear {first}

Thank you for your application for the {role} position (Job ID {ref}).

The selection panel has completed its assessment of all applications. I'm sorry to advise you have not been shortlisted to progress to the next stage of the process.

If you would like feedback, please contact the contact officer listed in the job advertisement.

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

Sign in to view details.
""", ("Galloway Freight", "Tynewear Ports"), ("galloway.myworkday.example", "tynewear.myworkday.example"), frm="{co} Workday <noreply@myworkday.example>", role=("Transport Planner", "Port Operations Analyst"), copies=2)

rej("blind21-mix-status-portal", "There's an update to your application", """
Hi {first},

The status of your application for {role} has been updated.

Previous status: Applied
New status: Not selected

View your applications: https://jobs.{dom}/candidate
""", ("Sunmoor Energy", "Sunmoor Energy"), ("sunmoor.example", "sunmoor.example"), frm="{co} Jobs <jobs-noreply@{dom}>", role=("Solar Site Technician", "Grid Connections Engineer"), copies=2, tz="-0700")

rej("blind21-mix-status-filled", "{co} - application {ref}", """
Application {ref} - {role}
Current stage: Closed
Reason: Position filled

No action is needed from you.
""", "Greystone Facilities", "greystonefm.example", frm="{co} Careers <careers@{dom}>", role="Maintenance Planner", tz="-0500")

rej("blind21-mix-status-one", "Application update from {co}", """
Your application for {role} is no longer being considered.
""", "Alder & Finch", "alderfinch.example", frm="{co} <no-reply@{dom}>", role="Merchandiser", tz="+0000")

# ---------------------------------------------------------------- part mix: internship / graduate decisions
rej("blind21-mix-intern-summer", "{co} Summer Internship 2026 - Application Decision", """
Dear {first},

Thank you for applying to the {co} 2026 Summer Internship Programme and for completing the online assessment and video interview.

This year we received more than 4,800 applications for 60 places. After careful review, we're sorry to tell you that we're unable to offer you a place on the programme.

We hope you'll consider applying for our Graduate Programme when applications open in September.

Best wishes,
Early Careers Team
{co}
""", ("Halcyon Capital", "Wexford & Lyle"), ("halcyoncapital.example", "wexfordlyle.example"), frm="{co} Early Careers <earlycareers@{dom}>", role="Summer Analyst", copies=2)

rej("blind21-mix-intern-grad-ac", "Graduate Scheme - Assessment Centre outcome", """
Dear {first},

Thank you for attending our virtual assessment centre on 4 March.

The assessors have now met to review everyone's performance across the group exercise, the presentation and the competency interview. Unfortunately your overall score fell below the level we need to make an offer, so we won't be taking your application further this year.

Feedback is available on request until 30 April.

Kind regards,
{co} Graduate Recruitment
""", ("Tilbrook Engineering", "Ardmore Rail"), ("tilbrookeng.co.uk.example", "ardmorerail.co.uk.example"), frm="{co} Graduates <graduates@{dom}>", copies=2)

rej("blind21-mix-intern-india", "Internship Application Status - {co}", """
Dear {first},

Thank you for your interest in the {co} Summer Internship 2025.

We regret to inform you that you have not been shortlisted for the internship this year. The selection was highly competitive.

All the best for your academics.

Team Campus Hiring
{co}
""", "Indrayani Motors", "indrayanimotors.co.in.example", frm="Campus Hiring <campus@{dom}>", tz="+0530")

rej("blind21-mix-intern-research", "REU 2026 decision", """
Dear {first},

Thank you for applying to the {co} Research Experience for Undergraduates program. We had 390 applicants for 10 positions this summer.

I am sorry to let you know that we are not able to offer you a position in the 2026 cohort. This is no reflection on your potential as a researcher.

Sincerely,
{sig}
REU Program Director
""", "Clearwater Institute of Marine Science", "cims.edu.example", tz="-0500")

# ---------------------------------------------------------------- part mix: confirmations
AR = "application_received"
oth(AR, "blind21-mix-ack-wd", "We've received your application - {role} (R-{ref})", """
Dear {first},

Thank you for applying for {role} (requisition R-{ref}) at {co}. Your application is now with our recruiting team.

What happens next: if your experience matches what the hiring team needs, a recruiter will contact you to arrange a conversation. If you are not selected to move forward, you'll receive an email from us and your profile will stay active for other openings.

You can follow your application's progress on the Candidate Home page.

Talent Acquisition
{co}
""", ("Brackwater Utilities", "Brackwater Energy Services"), ("brackwater.myworkday.example", "brackwater-es.myworkday.example"), frm="{co} <brackwater@myworkday.example>", role=("Asset Integrity Engineer", "Billing Operations Analyst"), copies=2)

oth(AR, "blind21-mix-ack-gh", "Thanks for applying to {co}!", """
Hi {first},

Thanks for applying for the {role} role - we're excited you're interested in {co}.

Our team reviews every application by hand, so it might take us a couple of weeks to get back to you. Either way - yes or no - you'll hear from a real person.

Talk soon,
Recruiting @ {co}
""", ("Tallyho", "Tallyho Labs"), ("tallyho.example", "tallyholabs.example"), frm="{co} Recruiting <no-reply@greenhouse-mail.example>", role=("Staff Data Scientist", "Lifecycle Marketing Manager"), copies=2, tz="-0500")

oth(AR, "blind21-mix-ack-lever", "{co} | {role} application received", """
Hey {first},

Just a note to say your application for {role} landed safely with us.

We're a small team, so here's the honest version of our process: if there's a match we'll reach out within ten days to set up a first call. If it's not a match this time, we'll let you know that too - we don't ghost people.

Cheers,
{co} People Team
""", ("Quayline", "Quayline Freight"), ("quayline.example", "quaylinefreight.example"), frm="{co} People <people@hire.lever.example>", role=("Frontend Engineer (React)", "Carrier Success Manager"), copies=2, tz="-0800")

oth(AR, "blind21-mix-ack-smart", "Application received: {role}", """
Dear {name},

We confirm the receipt of your application for the {role} position at {co}.

Our recruitment team will now assess your profile. Should your application not be retained for the next phase, we will inform you by e-mail, and with your consent we will keep your profile in our talent pool for 24 months.

Best regards,
The {co} Recruitment Team
""", ("Orlen Hospitality Group", "Orlen Hotels & Resorts"), ("orlenhospitality.example", "orlenhotels.example"), frm="{co} <noreply@smartrecruiters-mail.example>", role=("Night Auditor", "Events Sales Executive"), copies=2, tz="+0100")

oth(AR, "blind21-mix-ack-icims", "Thank you for applying to {co}", """
Dear {name},

Thank you for your interest in Job ID {ref}, {role}. We have received your application.

Due to the high volume of applications, only candidates whose qualifications meet the needs of the position will be contacted. If you are not contacted within 30 days, you may assume the position has been filled, but your profile will remain in our system for future consideration.

{co} Talent Acquisition

*** Please do not reply to this automated email. ***
""", ("Harlow Medical Group", "Harlow Medical Partners"), ("harlowmedical.example", "harlowpartners.example"), frm="{co} Careers <careers@icims-mail.example>", role=("Medical Assistant", "Revenue Cycle Specialist"), copies=2, tz="-0600")

oth(AR, "blind21-mix-ack-taleo", "{co} - Application Confirmation - Req #{ref}", """
Dear {name},

This is to confirm that your application for Requisition #{ref} - {role} has been received.

Our recruiters will review your qualifications. Applicants selected for interviews will be contacted directly; applicants not selected will be notified once the requisition is closed.

Sincerely,
Human Resources
{co}
""", ("Cresswood Insurance", "Cresswood Mutual"), ("cresswood.example", "cresswoodmutual.example"), frm="{co} <cresswood.recruiting@taleo.example>", role=("Customer Service Representative I", "Actuarial Analyst"), copies=2, tz="-0500")

oth(AR, "blind21-mix-ack-tt", "We got your application, {first}!", """
Hi {first}!

Thanks a lot for applying for {role} at {co}. We're happy you found us.

We'll go through all applications after the closing date on the 30th. Whether it's a match or not, we'll send you an answer - and if it isn't this time, we'd love to keep you in our connect pool so we can reach out when something fits better.

Warm regards,
{co}

Powered by Teamtailor
""", ("Fjellrand", "Fjellrand Outdoor"), ("fjellrand.example", "fjellrand-outdoor.example"), frm="{co} <jobs@fjellrand.teamtailor-mail.example>", role=("Retail Store Manager, Oslo", "Product Content Editor"), copies=2, tz="+0100")

oth(AR, "blind21-mix-ack-personio", "Confirmation of your application as {role}", """
Dear {first} {last},

Thank you for your application as {role}. We have received your documents and will review them carefully.

Please understand that this may take up to three weeks. You will hear from us in any case, regardless of whether the answer is positive or negative.

Best regards
People & Culture | {co}
{co} GmbH · Kastanienallee 12 · 10435 Berlin
""", ("Kessler Mobility", "Kessler Softworks"), ("kessler-mobility.example", "kesslersoft.example"), frm="{co} Jobs <jobs@{dom}>", role=("Product Owner Payments", "Backend Developer (Kotlin)"), copies=2, tz="+0100")

oth(AR, "blind21-mix-ack-html", "Thank you for applying to {co}", """
<html><body><table width="600" style="font-family:Arial"><tr><td>
<img src="https://cdn.norvane.example/logo.png" alt="{co}">
<p>Dear {first},</p>
<p>Your application for <b>{role}</b> has reached us.</p>
<p>Shortlisting takes place after the closing date. If you have not heard from us within three weeks of that date, please take it that you have not been shortlisted on this occasion.</p>
<p>With best wishes,<br>{co} Careers</p>
<p style="font-size:11px;color:#888">{co} plc is registered in England (No. 0{ref}). Registered office: 4 Tolney Wharf, Bristol BS1 6QT.</p>
</td></tr></table></body></html>
""", ("Norvane", "Norvane Water"), ("norvane.co.uk.example", "norvanewater.co.uk.example"), frm="{co} Careers <careers@{dom}>", role=("Wastewater Process Scientist", "Apprentice Electrician"), copies=2)

oth(AR, "blind21-mix-ack-india", "Application Received - {role}", """
Dear {name},

Greetings from {co}!

We acknowledge receipt of your application for the position of {role} (JR{ref}). Our Talent Acquisition team will go through your profile and, in case it matches the current requirement, we shall reach out to you for the next steps.

If we do not find a match now, your profile will stay in our database for future openings.

Regards,
Talent Acquisition Team
{co}
""", ("Sarvanta Technologies", "Sarvanta Digital Services"), ("sarvanta.co.in.example", "sarvantadigital.co.in.example"), frm="{co} Careers <careers@{dom}>", role=("Test Lead - Automation", "Business Analyst - BFSI"), copies=2, tz="+0530")

oth(AR, "blind21-mix-ack-aus", "Thanks for applying - {role}", """
Hi {first},

Thanks for applying for the {role} role with {co}. We've got your application.

Shortlisting starts once the ad closes. If you're shortlisted we'll give you a call; if not, we'll send you an email to let you know, so you're not left wondering.

Cheers,
The {co} Talent Team
""", ("Banksia Health", "Banksia Community Health"), ("banksiahealth.com.au.example", "banksiach.org.au.example"), frm="{co} Talent <talent@{dom}>", role=("Registered Nurse - Aged Care", "Allied Health Assistant"), copies=2, tz="+1000")

oth(AR, "blind21-mix-ack-canada", "{co}: Application received for {role}", """
Hello {first},

Your application for the {role} posting (Competition #{ref}) has been received.

We review applications once the competition closes. Only those selected for an interview will be contacted; we keep all applications on file for six months in case a similar position opens.

Take care,
{co} Human Resources
Toronto | Calgary | Halifax
""", ("Maplecrest Credit Union", "Maplecrest Financial"), ("maplecrest.ca.example", "maplecrestfinancial.ca.example"), frm="{co} HR <hr-noreply@{dom}>", role=("Commercial Credit Analyst", "Branch Manager"), copies=2, tz="-0500")

oth(AR, "blind21-mix-ack-careersfoot", "We've received your application - {role}", """
Dear {first},

Thanks for applying for {role}. Your application is in and our resourcing team will look at it within ten working days.

Not everyone will get through to the interview stage, and if that's you we'll still write to tell you. Either way, we'll keep your details on file for a year unless you ask us not to.

Kind regards,
{co} Careers
""" + FOOT_CAREERS, ("Bramblecote Insurance", "Bramblecote Direct"), ("bramblecote.co.uk.example", "bramblecotedirect.co.uk.example"), frm="{co} Careers <careers@{dom}>", role=("Fraud Investigator", "Claims Handler"), copies=2)

oth(AR, "blind21-mix-ack-alerts", "Your application has been sent to {client}", """
Hi {first},

Good news - your application for {role} has been sent to {client}.

What now? Employers usually review applications within 14 days. We'll only get in touch again if {client} updates your status, and if you don't hear anything, it may mean they've chosen not to progress - so keep applying!
""" + FOOT_ALERTS, ("Jobmeadow", "Jobmeadow"), ("jobmeadow.co.uk.example", "jobmeadow.co.uk.example"), frm="{co} <notifications@{dom}>", role=("Stock Controller", "Logistics Administrator"), copies=2)

oth(AR, "blind21-mix-ack-nhs", "Application received: {role} - ref {ref}", """
Dear {name},

Reference: {ref}
Post: {role}

Thank you for your application for the above post, which has been received.

Shortlisting will be completed within 10 working days of the closing date. Unfortunately, we are not able to contact every applicant individually; if you have not heard from us within 3 weeks of the closing date, please assume that your application has not been successful on this occasion.

Yours sincerely,
Recruitment Team
""" + FOOT_NHS, "Wealdmoor Hospitals", "wealdmoor.nhs.uk.example", frm="Wealdmoor Recruitment <recruitment.noreply@{dom}>", role="Band 3 Healthcare Support Worker")

oth(AR, "blind21-mix-ack-uslegal", "We received your application", """
Hello {first},

Thank you for applying for the {role} position. A member of our recruiting team will review your application shortly. If your background is a match, we will reach out to schedule an interview; if not, we will keep your résumé on file and may contact you about future openings.

Best regards,
{co} Recruiting
""" + FOOT_US_LEGAL, "Lakeshore Freight Systems", "lakeshorefreight.example", frm="{co} Recruiting <recruiting@{dom}>", role="Fleet Maintenance Supervisor", tz="-0600")

oth(AR, "blind21-mix-ack-pub-usa", "Application Received for Announcement {ref}", """
Dear {name},

Thank you for applying to {role}, Announcement Number {ref}. Your application has been received.

Your application will be reviewed after the announcement closes to determine whether you meet the qualification requirements. If you are found qualified and among the best qualified, your name will be referred to the selecting official. If you are not referred, or found ineligible, you will receive a notice through your account.

Human Resources Office
{co}
""", ("Department of Regional Infrastructure", "Office of Coastal Resilience"), ("dri.gov.example", "ocr.gov.example"), frm="{co} <noreply@hiring.gov.example>", role=("Budget Analyst", "Contract Specialist"), copies=2, tz="-0500")

oth(AR, "blind21-mix-ack-council", "Application received: {role} ({ref})", """
Dear {first},

Thank you for applying for the post of {role} (reference {ref}).

Shortlisting will take place in the week after the closing date. We regret that, because of the number of applications we receive, we are unable to write to candidates who are not shortlisted. If you have not been contacted by 28 November, please assume you have not been successful on this occasion.

Human Resources
{co}
""", ("Tarnside Borough Council", "Eskdale District Council"), ("tarnside.gov.uk.example", "eskdale.gov.uk.example"), frm="{co} Recruitment <recruitment@{dom}>", role=("Environmental Health Officer", "Customer Services Advisor"), copies=2)

oth(AR, "blind21-mix-ack-intern", "{co} Summer Internship 2026 - Application received", """
Dear {first},

Thank you for applying to the {co} 2026 Summer Internship Programme.

Next, you'll receive a link to our online assessment within 48 hours. Please note that places are limited and the majority of applicants will not be offered a place; we will let everyone know the outcome by the end of February, either way.

Best wishes,
Early Careers Team
{co}
""", ("Halcyon Capital", "Wexford & Lyle"), ("halcyoncapital.example", "wexfordlyle.example"), frm="{co} Early Careers <earlycareers@{dom}>", copies=2)

oth(AR, "blind21-mix-ack-sa", "Application Acknowledgement", """
Good day {first}

Thank you for your application for the position of {role}. Kindly note that only shortlisted candidates will be contacted. Should you not hear from us within two weeks of the closing date, please consider your application unsuccessful.

Kind regards
Recruitment Department
{co} (Pty) Ltd
""", "Umhlanga Logistics", "umhlangalogistics.co.za.example", frm="{co} Recruitment <recruit@{dom}>", role="Fleet Controller", tz="+0200")

oth(AR, "blind21-mix-ack-ngo", "Thanks for applying: {role}", """
Dear {first},

Thank you for applying to join {co} as {role}. Your application has reached us safely.

We shortlist anonymously after the closing date. If you're shortlisted we'll invite you to interview; if you're not, we'll let you know by email, though we can't give feedback at that stage.

Best wishes,
{co} People Team
""", "Hearthlight Family Trust", "hearthlight.org.uk.example", frm="{co} People Team <people@{dom}>", role="Fundraising Officer")

oth(AR, "blind21-mix-ack-onebox", "Application update", """
Hi {first}, we've got your application for {role}. We'll only reach out if it's a fit. Thanks for applying to {co}.
""", "Scoutly", "scoutly.example", frm="Scoutly Hiring <hiring@{dom}>", role="Sales Development Rep", tz="-0500")

oth(AR, "blind21-mix-ack-longus", "Thank you for applying to {co}", """
Dear {first},

Thank you for applying for the {role} position at {co}. We're glad you want to build your career with us.

Here is what to expect. Our recruiters review applications in the order received. If your experience lines up with the role, a recruiter will reach out to schedule a phone screen. If we decide not to move forward, we'll send a note to this address - we never leave candidates hanging for long.

In the meantime, you can create a job alert on our careers site.

Sincerely,
{co} Talent Acquisition

{co} is an equal opportunity employer. All qualified applicants will receive consideration for employment without regard to race, color, religion, sex, sexual orientation, gender identity, national origin, disability, or veteran status.
""", "Ridgeback Outdoor Supply", "ridgebackoutdoor.example", frm="{co} Talent Acquisition <talent@{dom}>", role="Assistant Store Manager", tz="-0700")

oth(AR, "blind21-mix-ack-irish", "{role} - application received", """
Dear {first},

Thanks very much for your application for the post of {role}, which I'm glad to acknowledge.

The shortlisting panel will meet after the closing date. Whatever the panel decides, I'll write to you to let you know how you got on.

Is mise le meas,
{sig}
HR Officer, {co}
""", "Corrib Bay Credit Union", "corribbaycu.ie.example", role="Member Services Officer")

oth(AR, "blind21-mix-ack-retail", "Thanks for applying to {co}", """
Hi {first},

Thanks for applying to work with us at {co}! Your application for {role} is now with the store team.

If they'd like to meet you, they'll call you within 7 days. If the role isn't right this time, we'll drop you an email - and you can apply for other stores straight away.

See you soon,
{co} Recruitment
""", "Puddleby Stores", "puddleby.co.uk.example", frm="{co} Recruitment <jobs@{dom}>", role="Bakery Assistant")

oth(AR, "blind21-mix-ack-nonnative", "Application received - {role}", """
Hello {first},

We thank you for sending the application for {role}. We will evaluate the profile in the next weeks.

In case of negative result we will anyway keep your CV for future positions, if you agree. In case of positive result our HR will call you for a first interview.

Best regards,
HR | {co}
""", "Vitaroma Foods", "vitaroma.example", frm="{co} HR <hr@{dom}>", role="Quality Assurance Technician", tz="+0100")

oth(AR, "blind21-mix-ack-grad-india", "Acknowledgement of your application", """
Dear {first},

This is to acknowledge your application for the {role} opening with us. Our HR team will scrutinise all applications received.

Please note that only shortlisted candidates will be called for the written test. Candidates who are not shortlisted will not be intimated separately.

Thanks & Regards,
HR Team
{co}
""", "Kaveri Infra Projects", "kaveriinfra.co.in.example", frm="HR {co} <hr@{dom}>", role="Quantity Surveyor", tz="+0530")

oth(AR, "blind21-mix-ack-apshome", "Application received - {role}", """
Dear {first}

Your application for {role} (Job ID {ref}) has been submitted.

The selection panel will assess applications after the closing date. All applicants will be advised of the outcome of their application, whether or not they are shortlisted.

Regards
People Branch
{co}
""", "Australian Bureau of Soil Records", "absr.gov.au.example", frm="{co} Recruitment <recruitment@{dom}>", role="APS 4 Data Officer", tz="+1100")

oth(AR, "blind21-mix-ack-sift-uk", "Civil Service Jobs: application submitted - {role}", """
Dear {first},

Vacancy: {ref} - {role}

Your application has been submitted. After the closing date it will be sifted against the behaviours and experience in the advert.

If you don't meet the minimum score at sift, you won't progress further, and you'll be told through your Civil Service Jobs account. Successful candidates will be invited to interview.

{co} Recruitment
""", "Department for Rural Economy", "dre.gov.uk.example", frm="Civil Service Jobs <noreply@civilservicejobs.example>", role="Higher Executive Officer - Analyst")

oth(AR, "blind21-mix-ack-recruiter", "Submitted to {client}", """
Hi {first},

Great speaking today. As agreed I've submitted your CV to {client} for the {role} role this afternoon.

They're usually quick - I'd expect feedback by Wednesday. If it's a no from them I'll still call you to talk it through, and if it's a yes we'll line up the first interview. Either way I'll keep you posted.

Cheers,
{sig}
Senior Consultant | {co}
""", ("Kestrel Talent", "Northgate Search"), ("kestreltalent.co.uk.example", "northgatesearch.co.uk.example"), role=("Azure Data Engineer", "BI Developer"), copies=2)

oth(AR, "blind21-mix-ack-smallbiz", "Re: Shop assistant job", """
Hi {first},

Thanks for dropping your CV in on Saturday and for the email. I'm going through them all this week with my partner.

I'll be honest, we've had loads, so I might not get to reply to everyone individually - if you haven't heard by the end of next week it'll be because we've gone with someone else. But your retail experience looks good so fingers crossed.

{sfirst}
The Paper Hare Bookshop

On Sat, 4 Oct 2025 at 17:40, {name} <{raddr}> wrote:
> Hi, I've attached my CV for the weekend shop assistant role we talked about. Thanks, {first}
""", "The Paper Hare", "paperharebooks.co.uk.example")

oth(AR, "blind21-mix-ack-ca-union", "Application received", """
Hi {first},

We received your application for {role}. Thank you.

Applications will be screened against the posting. Candidates who aren't screened in will receive an email once the competition closes, and all applicants are welcome to apply to future postings.

{co} Human Resources
""", "Kootenay Parks Society", "kootenayparks.ca.example", frm="{co} HR <hr@{dom}>", role="Seasonal Park Interpreter", tz="-0700")

# ---------------------------------------------------------------- part mix: interviews
IV = "interview"
oth(IV, "blind21-mix-iv-thread", "RE: [EXT] Re: Interview follow-up - {role}", """
Hi {first},

Thanks for getting back to me so quickly. The panel would like to see you for a second interview - Maya and the CFO this time, about an hour, at our Sheffield office.

Could you do Tuesday 21st at 2pm or Thursday 23rd at 10am? Unfortunately we can't offer a video option for this round.

Best,
{sig}
Financial Controller | {co}

From: {name} <{raddr}>
Sent: 14 October 2025 16:02
To: {sig} <{saddr}>
Subject: Re: [EXT] Re: Interview follow-up - {role}

Hi {sfirst}, just checking in - any news on timings? Thanks, {first}
""", ("Fenwick Castings", "Harrowgate Packaging"), ("fenwickcastings.co.uk.example", "harrowgatepack.co.uk.example"), role=("Group Accountant", "Management Accountant"), copies=2, tz="+0100")

oth(IV, "blind21-mix-iv-gh", "Interview invitation: {role} at {co}", """
Hi {first},

Great news - the team would like to move you forward to a 45-minute interview for the {role} role with {sig2}.

Please pick a time that works for you using this link: https://app.greenhouse-sched.example/{ref}

If none of the slots suit, just reply and we'll find another.

Best,
{sig}
Recruiting @ {co}
""", ("Tallyho", "Tallyho Labs"), ("tallyho.example", "tallyholabs.example"), frm="{sig} <no-reply@greenhouse-mail.example>", role=("Senior Product Designer", "Product Analyst"), copies=2, tz="-0500")

oth(IV, "blind21-mix-iv-india", "Interview Schedule - {role} - {co}", """
Dear {first},

Greetings from {co}!

With reference to your application, we are pleased to inform you that your profile has been shortlisted for the {role} position. Please find the interview details below:

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

I am pleased to let you know that you have been shortlisted for the post of {role}.

Your interview will take place on Wednesday 3 December at 11:30 at the Civic Centre, Room 2.14. It will last about 45 minutes and will include a short written exercise.

Please confirm your attendance and let us know of any adjustments you need.

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

I'm so sorry to do this, but the hiring manager has been pulled into a client escalation on Thursday. Unfortunately we'll need to move your interview.

Would Monday 10am or Tuesday 3pm work instead? Everything else stays the same - same Zoom link, same panel.

Thanks for your flexibility,
{sig}
Technical Recruiter, {co}
""", "Latticeworks", "latticeworks.example", role="Platform Engineer", tz="-0800")

oth(IV, "blind21-mix-iv-nhs", "Invitation to interview: {role} - ref {ref}", """
Dear {name},

Post: {role}
Reference: {ref}

Following shortlisting, I am pleased to invite you to interview on Friday 14 November at 10:15 on Ward 22, Level 3.

Please bring photo ID and proof of address. If you are unable to attend, please let us know as soon as possible.

Yours sincerely,
Recruitment Team
""" + FOOT_NHS, "Wealdmoor Hospitals", "wealdmoor.nhs.uk.example", frm="Wealdmoor Recruitment <recruitment.noreply@{dom}>", role="Band 5 Staff Nurse")

oth(IV, "blind21-mix-iv-phone", "Quick call?", """
Hi {first},

I came across your application for {role} and would love to have a quick 20-minute phone chat to learn more about you. Are you free at any point tomorrow or Friday?

Thanks,
{sig}
People Team, {co}
""", "Beaconfield Software", "beaconfield.example", role="Customer Education Specialist", tz="-0500")

oth(IV, "blind21-mix-iv-pub-au", "Invitation to interview - {role}", """
Dear {first}

Congratulations, you have been shortlisted for the {role} position (Job ID {ref}).

Your interview will be held via Microsoft Teams on 19 March at 2:00pm AEDT and will run for 40 minutes. Questions will be provided 10 minutes beforehand.

Regards
People Branch
{co}
""", "Australian Bureau of Soil Records", "absr.gov.au.example", frm="{co} Recruitment <recruitment@{dom}>", role="APS 5 Policy Officer", tz="+1100")

# ---------------------------------------------------------------- part mix: next steps
NS = "next_steps"
oth(NS, "blind21-mix-ns-hackerrank", "{co}: your coding assessment for {role}", """
Hi {first},

Thanks for your application! The next step is a 75-minute online coding assessment (two problems, any mainstream language).

Start here: https://assess.{dom}/t/{ref}

The link expires on Sunday at 23:59 PT. If you don't complete it by then, we won't be able to move your application forward, so please reach out early if you need more time.

Best,
{co} Recruiting
""", ("Latticeworks", "Kernelwise"), ("latticeworks.example", "kernelwise.example"), frm="{co} Recruiting <recruiting@{dom}>", role=("Platform Engineer", "Site Reliability Engineer"), copies=2, tz="-0800")

oth(NS, "blind21-mix-ns-references", "References - {role}", """
Dear {first},

Thank you for your time at interview. We'd now like to take up your references before we make a final decision.

Could you send the names and email addresses of two referees, one of whom should be your current or most recent manager, by Friday 7 November?

Many thanks,
{sig}
Resourcing Advisor
{co}
""", ("Thameslink Building Society", "Ashgrove Housing Association"), ("thameslinkbs.co.uk.example", "ashgrovehousing.org.uk.example"), role=("Complaints Handler", "Category Manager"), copies=2)

oth(NS, "blind21-mix-ns-takehome", "Take-home task - {role}", """
Hi {first},

As promised, here's the take-home brief for the {role} role (attached). It should take about three hours - please don't spend more than that.

Please send it back by 9am on Monday 15th. We'll review it together with you in the next interview.

Any questions, give me a shout.

{sfirst}
""", ("Hopscotch Media", "Meridian & Fable"), ("hopscotchmedia.example", "meridianfable.example"), role=("Content Strategist", "Brand Copywriter"), copies=2, tz="-0500")

oth(NS, "blind21-mix-ns-sjt", "{co} Graduate Scheme - complete your online tests", """
Dear {first},

Thank you for applying to the {co} Graduate Scheme. Your next step is to complete our online situational judgement test and numerical reasoning test.

Deadline: 23:59 on 14 January. Applications with incomplete tests will be withdrawn automatically after this date.

Good luck!
{co} Graduate Recruitment
""", ("Tilbrook Engineering", "Ardmore Rail"), ("tilbrookeng.co.uk.example", "ardmorerail.co.uk.example"), frm="{co} Graduates <graduates@{dom}>", copies=2)

oth(NS, "blind21-mix-ns-bgcheck", "Action required: background check", """
Hi {first},

Congratulations on reaching the final stage for {role}. Before we can confirm your start date, our screening partner will email you a link to complete your background and employment verification.

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

Thanks for applying to {co}. We'd like to invite you to record a short one-way video interview: three questions, two minutes each, with a practice question first.

Your link is valid until Thursday 5pm. If it expires, please contact us rather than applying again.

Cheers,
The {co} Talent Team
""", "Banksia Health", "banksiahealth.com.au.example", frm="{co} Talent <talent@{dom}>", role="Practice Coordinator", tz="+1000")

oth(NS, "blind21-mix-ns-presentation", "Final stage - presentation brief", """
Dear {first},

Thank you for a great first interview. For the final stage, please prepare a 10-minute presentation on how you would grow our corporate partnerships income in your first year.

The final interviews are on 20 February. Please send your slides by noon on the 18th.

Best wishes,
{co} People Team
""", "Hearthlight Family Trust", "hearthlight.org.uk.example", frm="{co} People Team <people@{dom}>", role="Fundraising Officer")

# ---------------------------------------------------------------- part mix: offers
OF = "offer"
oth(OF, "blind21-mix-offer-thread", "RE: [EXT] RE: {role} - final round", """
{first},

Thank you for your patience over the last two weeks. I'm delighted to say the committee would like to offer you the {role} position.

HR will send the formal letter tomorrow with the compensation details we discussed, and a start date in early January. Do call me if you'd like to talk anything through before then.

Regards,
{sig}
Director, Strategy & Operations
{co}

-----Original Message-----
From: {name} <{raddr}>
Sent: Monday, November 17, 2025 8:15 AM
To: {sig} <{saddr}>
Subject: RE: [EXT] RE: {role} - final round

Hi {sfirst}, hope you had a good weekend. Any update on the decision? Many thanks, {first}
""", ("Stonebridge Analytics", "Larkspur Advisory"), ("stonebridgeanalytics.example", "larkspuradvisory.example"), role=("Strategy Manager", "Senior Operations Consultant"), copies=2, tz="-0600")

oth(OF, "blind21-mix-offer-mobile", "Re: Re: Trial shift Saturday", """
Hi {first}, thanks for Saturday - chef loved your mise. Weekend sous role is yours if you want it! Can you start on the 14th? x
{sfirst}

Sent from Outlook for Android
""", ("Saltmarsh Kitchen", "The Foxglove Inn"), ("saltmarshkitchen.co.uk.example", "foxgloveinn.co.uk.example"), copies=2, tz="+0100")

oth(OF, "blind21-mix-offer-letter-india", "Offer Letter - {role} - {co}", """
Dear {name},

Congratulations!

With reference to your interview, we are pleased to offer you the position of {role} at {co}, Pune, on the following terms:

Annual CTC: INR 9,60,000
Date of joining: 1st September 2025
Probation: 6 months

Please sign and return the attached offer letter by 20th August as a token of your acceptance.

Thanks & Regards
{sig}
Sr. Executive - HR
{co}
""", "Nandini Agro Exports", "nandiniagro.co.in.example", role="Export Documentation Officer", tz="+0530")

oth(OF, "blind21-mix-offer-canada", "Re: Thanks for meeting", """
Hi {first},

Thanks for your note. I'm thrilled to tell you the team would like you to join us as our {role}! I'll send the written offer on Monday - salary as discussed, with a September 2 start.

Warmly,
{sig}
Executive Director, {co}

On Wed, Jun 11, 2025 at 4:22 PM {name} <{raddr}> wrote:
> Hi {sfirst}, thanks so much for the conversation yesterday.
""", "Prairie Lantern Foundation", "prairielantern.ca.example", role="Grants Officer", tz="-0500")

oth(OF, "blind21-mix-offer-conditional", "Conditional offer of employment - {role}", """
Dear {first},

Following your recent interview, I am pleased to make you a conditional offer of employment for the post of {role} on a starting salary of £31,400 per annum.

This offer is subject to satisfactory references, an enhanced DBS check and proof of your right to work in the UK. Please confirm your acceptance by replying to this email within 7 days.

Yours sincerely,
{sig}
Head of HR, {co}
""", "St Aldhelm's Academy", "staldhelms.sch.uk.example", role="Science Technician")

# ---------------------------------------------------------------- part mix: other job mail
oth("recruiter_outreach", "blind21-mix-out-uk", "Dynamics role - open to a chat?", """
Hi {first},

I hope you don't mind me reaching out. I'm working on a permanent Dynamics 365 Technical Lead role for a charity in central London - hybrid, up to £75k, great pension.

If you're open to a conversation, would you have 15 minutes this week? If it's not for you, no worries at all.

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

Sign in to view details.
""", ("Galloway Freight", "Tynewear Ports"), ("galloway.myworkday.example", "tynewear.myworkday.example"), frm="{co} Workday <noreply@myworkday.example>", role=("Transport Planner", "Port Operations Analyst"), copies=2)

oth("other_job", "blind21-mix-withdrawn", "Application withdrawn - {role}", """
Hi {first},

This confirms that you have withdrawn your application for {role}. We're sorry to see you go and hope our paths cross again.

If this was a mistake, you can reapply while the job is still open.

{co} Careers
""", "Brightline Transit", "brightlinetransit.example", frm="{co} Careers <careers@{dom}>", role="Scheduling Analyst", tz="-0500")

oth("other_job", "blind21-mix-paused", "{role} - recruitment paused", """
Dear {first},

I'm writing to everyone who applied for {role}. Because of a delay in confirming next year's funding, we have paused this recruitment for now. No decisions have been made on any application, and nobody has been appointed.

We expect to restart in the new year and will contact you then. Your application will stay open unless you tell us otherwise.

Best wishes,
{sig}
""", "Oakhurst Rural Trust", "oakhurstrural.org.uk.example", role="Community Engagement Officer")

oth("other_job", "blind21-mix-readvert", "Re-advertisement: {role}", """
Dear Applicant,

The post of {role} (reference {ref}) is being re-advertised with a revised job description and a closing date of 12 January. Applications already received remain valid and will be considered alongside new ones - there's no need to apply again.

Human Resources
{co}
""", "Tarnside Borough Council", "tarnside.gov.uk.example", frm="{co} Recruitment <recruitment@{dom}>", role="Parking Services Officer")

oth("other_job", "blind21-mix-still-review", "Re: [External] Application follow up", """
Hi {first},

Thanks for checking in. Your application for {role} is still with the hiring manager - she's been on leave, so we're a little behind. I'd expect news by the end of next week.

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

The landlord has decided to go with another applicant who can move in from the 1st, so the flat is no longer available. We'll keep your details and let you know about similar properties in the area.

Kind regards,
{sig}
Lettings Negotiator, {co}
""", "Hollybrook Lettings", "hollybrooklettings.co.uk.example")

oth(NJ, "blind21-mix-nj-conf", "Your submission to NorthDev 2026", """
Dear {first},

Thank you for submitting "Testing the untestable: contract tests at scale" to NorthDev 2026.

We received 612 proposals for 40 speaking slots. Unfortunately your talk was not selected for this year's programme. We hope to see you in the audience - a 20% discount code for speakers who applied is below.

The NorthDev Programme Committee
""", "NorthDev", "northdev.example", frm="NorthDev Programme Committee <cfp@{dom}>")

oth(NJ, "blind21-mix-nj-loan", "Your loan application {ref}", """
Dear {name},

Thank you for your recent application for a personal loan.

We have carefully considered your application, but we are unable to approve it at this time. This decision was based on information from credit reference agencies and our own lending criteria.

You can request a copy of your credit file from the agencies listed on our website.

{co} Lending
""", "Fernhill Bank", "fernhillbank.co.uk.example", frm="{co} <lending@{dom}>")

oth(NJ, "blind21-mix-nj-volunteer-panel", "School governor application", """
Dear {first},

Thank you for offering to serve as a parent governor at Brookfield Primary.

We had four nominations for one vacancy and the ballot result has now been counted. I'm sorry to tell you that you were not elected on this occasion. The successful candidate will be announced in Friday's newsletter.

With thanks,
{sig}
Clerk to the Governors
""", "Brookfield Primary School", "brookfieldprimary.sch.uk.example")

oth(NJ, "blind21-mix-nj-pr", "[lintkit] PR #{ref} closed", """
{sfirst} closed this pull request.

> Thanks for taking the time on this. We've decided not to add a YAML config format - we'd rather keep one way to configure the tool. Closing, but happy to discuss in the issue.

Reply to this email directly or view it on Codeforge. You are receiving this because you authored the thread.
""", "Codeforge", "codeforge.example", frm="Codeforge <notifications@{dom}>")

oth(OF, "blind21-mix-offer-tt", "Offer: {role} at {co}", """
Hi {first}!

We really enjoyed getting to know you over the last few weeks, and we're so happy to offer you the {role} position at {co}.

Your contract is waiting for you to sign in the link below. Starting date 1 March, salary as agreed. Welcome to the team!

Warm regards,
{sig}
Talent Partner, {co}

Powered by Teamtailor
""", "Fjellrand", "fjellrand.example", frm="{sig} <{slocal}@fjellrand.teamtailor-mail.example>", role="E-commerce Coordinator", tz="+0100")

PART[0] = "wide"

# ---------------------------------------------------------------- part wide: English, new trades and formats (refusal, then its twin)
rej("blind21-wide-sms-piano", "Fwd: Text message from 07700 9{ref}", """
---------- Forwarded message ----------
From: SMS Gateway <sms@textbridge.example>
Subject: Text message from 07700 9{ref}

[SMS 14:22] Hi {first} its {sfirst} from {co}. Thanks for coming to the workshop Tues. Ive decided to take on the lad who's been sweeping up for me since spring, he knows the actions already. Sorry. Keep practising the unisons!

Reply STOP to end texts forwarded to email.
""", "Hartwell Piano Services", "hartwellpianos.co.uk.example", frm="SMS Gateway <sms@textbridge.example>")
oth(IV, "blind21-wide-sms-piano-iv", "Fwd: Text message from 07700 9{ref}", """
---------- Forwarded message ----------
From: SMS Gateway <sms@textbridge.example>
Subject: Text message from 07700 9{ref}

[SMS 09:05] Morning {first}, {sfirst} at {co}. Got your letter about the apprenticeship. Can you come to the workshop Tues 10am? Bring a tuning lever if you have one, no worries if not.

Reply STOP to end texts forwarded to email.
""", "Hartwell Piano Services", "hartwellpianos.co.uk.example", frm="SMS Gateway <sms@textbridge.example>")

rej("blind21-wide-mortuary", "Anatomical Pathology Technologist Trainee - outcome", """
Dear {first},

Thank you for attending the observation session in the mortuary and the interview on 9 September. I know the observation can be a difficult afternoon and you handled it with real composure.

The panel has appointed a candidate who already holds the Level 3 Certificate in Anatomical Pathology Technology, which means she can work unsupervised on the weekend rota from the start. For that reason we are unable to offer you the trainee post.

Yours sincerely,
{sig}
Mortuary Manager, {co}
""", "Calderbrook Hospitals Trust", "calderbrook.nhs.uk.example")
oth(AR, "blind21-wide-mortuary-ack", "Trainee APT application received", """
Dear {first},

Thank you for applying for the trainee Anatomical Pathology Technologist post in our mortuary.

Shortlisted applicants will be invited to an observation session before interview. If this isn't something you feel able to do, please tell us - it won't count against you. Those who are not shortlisted will hear from us by email within three weeks of the closing date.

Yours sincerely,
Recruitment, {co}
""", "Calderbrook Hospitals Trust", "calderbrook.nhs.uk.example", frm="{co} Recruitment <jobs@{dom}>", copies=2)

rej("blind21-wide-voicemail-waller", "Voicemail from {sig} (01539 {ref})", """
You have a new voicemail.

From: {sig} (01539 {ref})
Duration: 0:48
Transcription (beta):

"Hiya {first}, it's {sfirst} from the walling crew. Thanks for coming up to the Kentmere job Friday, you did a canny bit of the hearting. Anyway, I've had a think and I'm taking on my nephew for the trainee spot, he's been with us every weekend this year, so that's where it's landed I'm afraid. Give us a shout if you want to do a day's volunteering with the national park lot, I'll put a word in. Cheers, bye."

Transcription may not be accurate. Listen in the app.
""", "Fellside Walling", "fellsidewalling.co.uk.example", frm="Voicemail <voicemail@callpost.example>")
oth(IV, "blind21-wide-voicemail-waller-iv", "Voicemail from {sig} (01539 {ref})", """
You have a new voicemail.

From: {sig} (01539 {ref})
Duration: 0:31
Transcription (beta):

"Hiya {first}, {sfirst} here from the walling crew, got your email. Come up to the Kentmere job on Friday, half seven, bring gloves and steel toe caps and a flask. We'll see how you get on with a bit of hearting. Text us if you can't make it. Ta."

Transcription may not be accurate. Listen in the app.
""", "Fellside Walling", "fellsidewalling.co.uk.example", frm="Voicemail <voicemail@callpost.example>")

rej("blind21-wide-chat-ski", "WhatsApp chat with {sig}", """
WhatsApp Chat with {sig}

12/11/2025, 18:40 - {sig}: Hey {first}! Thanks for doing the shadow day on the nursery slope
12/11/2025, 18:41 - {sig}: Honest answer: we've got the kids' group instructors sorted for this season, we took the two who did the BASI 2 course with us in October
12/11/2025, 18:41 - {sig}: So I can't give you the slot this winter sorry
12/11/2025, 18:55 - {first}: ah ok, thanks for letting me know
12/11/2025, 18:56 - {sig}: Come back after your level 2 and we'll talk 🤙
""", "Snowgate Ski School", "snowgateski.example", frm="{first} <{raddr}>", tz="+0100")
oth(OF, "blind21-wide-chat-ski-offer", "WhatsApp chat with {sig}", """
WhatsApp Chat with {sig}

14/11/2025, 10:02 - {sig}: Hi {first}, good news!!
14/11/2025, 10:02 - {sig}: One of the kids' group instructors pulled out, the slot is yours if you still want it - 15 Dec to 12 April, accommodation in the staff chalet
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

Note from {sig}: "Hi {first} - I'm cancelling our slot, sorry for the short notice. The excavation team for the bypass contract was confirmed this morning from our existing diggers list, so there's no place to interview for now. I'll keep your CSCS card details on file for the autumn."

Invitation from Calendar. You are receiving this because you are an attendee.
""", "Greyfriars Archaeology", "greyfriarsarch.co.uk.example", frm="{sig} (Calendar) <calendar-notification@{dom}>")
oth(IV, "blind21-wide-cal-archaeology-iv", "Invitation: Field Technician interview @ Tue 17 Jun 2025 14:00 - 14:45 (BST)", """
{sig} has invited you to this event.

Field Technician interview
Tue 17 Jun 2025 14:00 - 14:45 (BST)
Video call: https://meet.example/dig-{ref}

Note from {sig}: "Hi {first}, here's our slot. Please have your CSCS card handy so I can check it on camera."

Going? Yes - Maybe - No

Invitation from Calendar. You are receiving this because you are an attendee.
""", "Greyfriars Archaeology", "greyfriarsarch.co.uk.example", frm="{sig} (Calendar) <calendar-notification@{dom}>")

rej("blind21-wide-card-dive", "[Board] {first} {last} was moved to Not this season", """
Taskboard

{sig} moved the card "{first} {last} - PADI instructor app" from "Try-dive assessed" to "Not this season" on board Hiring 2026.

Comment by {sig}: Buoyancy demo fine but rescue scenario was slow and we need someone ready for groups from day one. Thanks sent by phone.

You're getting this because you are watching this card.
""", "Bluewater Reef Divers", "bluewaterreef.example", frm="Taskboard <notify@taskboard.example>", tz="+0700")
oth(OF, "blind21-wide-card-dive-offer", "[Board] {first} {last} was moved to Offer sent", """
Taskboard

{sig} moved the card "{first} {last} - divemaster app" from "Try-dive assessed" to "Offer sent" on board Hiring 2026.

Comment by {sig}: Great in the water, guests loved her. Offered Nov-April, 6 days a week, sent by WhatsApp and email.

You're getting this because you are watching this card.
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
""", "Gelateria del Molo", "gelateriamolo.it.example", tz="+0200")
oth(AR, "blind21-wide-autotrans-gelato-ack", "[Translated] Re: application ice cream seller", """
[This message has been automatically translated from Italian]

Good morning {first},

we have received your curriculum, thanks. We choose the staff for the van in the month of May; if your profile interests us we call you to the number you indicated, otherwise we keep the curriculum for the next season.

Greetings,
{sig}
{co} snc

[See original] [Always translate from Italian]
""", "Gelateria del Molo", "gelateriamolo.it.example", tz="+0200")

rej("blind21-wide-ambulance", "Emergency Care Assistant - fitness assessment result", """
Dear {first},

Thank you for attending the fitness and manual handling assessment at our Ashby training centre.

To progress to interview, applicants must complete the carry-chair stair descent with the 70 kg mannequin within the required time. Your time was outside the standard, and so your application for Emergency Care Assistant cannot continue in this campaign. You are welcome to re-apply after three months.

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

Thank you for your application for the post of Trainee Marine Pilot and for attending the simulator exercise on 2 October.

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

I have only the one apprenticeship this year and have given it to a young woman from the Walsall college course who has done two years of bridlework. I'm sorry it's not you.

Yours,
{sig}
{co}, Master Saddler
""", "Pennard Saddlery", "pennardsaddlery.co.uk.example")
oth(NS, "blind21-wide-saddler-ns", "Apprenticeship - trial week", """
Dear {first},

Many thanks for your letter. I'd like you to come for a trial week in the workshop, starting Monday 3 March - 8 till 4, I'll provide the tools.

Could you let me know by the end of this week whether you can come? If I don't hear by Friday I'll offer the week to the next person on my list.

Yours,
{sig}
{co}, Master Saddler
""", "Pennard Saddlery", "pennardsaddlery.co.uk.example")

rej("blind21-wide-aquarist", "Aquarist role - thank you", """
Hi {first},

Thank you for the time you gave us on Wednesday and for the great questions about our seahorse breeding programme.

We've had a lot of excellent people for this role. In the end, another applicant's recent hands-on life-support systems work felt slightly nearer to what the team needs during the refit, and we've gone with them.

All the best,
{sig}
Curator, {co}
""", "Tidewell Aquarium", "tidewellaquarium.example")
oth(IV, "blind21-wide-aquarist-iv", "Aquarist role - interview", """
Hi {first},

Thank you for applying. We'd like to invite you in on Wednesday at 2pm for an interview and a walk round the back-of-house areas. It'll take about two hours - wear shoes you don't mind getting wet.

All the best,
{sig}
Curator, {co}
""", "Tidewell Aquarium", "tidewellaquarium.example")

rej("blind21-wide-sonography", "Trainee Sonographer programme 2026", """
Dear {first},

Thank you for applying to the Trainee Sonographer programme.

We received 311 applications for 6 training posts. Applications were scored against the essential criteria, and your score did not reach the threshold for interview this year. We know how much work goes into these applications and we are sorry to bring you this news.

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

Your application for Trainee Signaller has passed the first stage. Please book your selection tests (visual search, checking and sustained attention) at one of our assessment centres.

Booking closes on 8 April. Bring photo ID; the session lasts about three hours.

Regards,
Resourcing Team
{co}
""", "Northern Rail Infrastructure", "nri-careers.co.uk.example", frm="{co} Resourcing <resourcing@{dom}>")

rej("blind21-wide-cheesemonger", "counter job", """
Hi {first},

Lovely to meet you on Saturday, and thank you for bringing such a good question about the Stichelton.

I've had a long think and I'm going to give the Saturday counter hours to Ros, who's been doing our markets since the summer. The shop just isn't busy enough for two new people yet.

Do come in and say hello,
{sfirst}
{co}
""", "The Curd Cellar", "curdcellar.co.uk.example")
oth(OF, "blind21-wide-cheesemonger-offer", "counter job", """
Hi {first},

Lovely to meet you on Saturday! I'd love you to take the Saturday counter hours - 9 till 5, £12.80 an hour to start, all the cheese you can taste.

Could you start on the 18th? Pop in beforehand and I'll do your food hygiene paperwork.

{sfirst}
{co}
""", "The Curd Cellar", "curdcellar.co.uk.example")

rej("blind21-wide-lockkeeper", "Seasonal Lock Keeper 2026", """
Dear {first},

Thank you for applying to be a Seasonal Lock Keeper on the {co} waterways this summer, and for coming to the group day at Stoke Bruerne.

We had many more applicants than the 14 locks we staff, and we're sorry that we cannot offer you a season with us this year. Our volunteer lock keeper scheme still has places if you'd like to get involved.

Best wishes,
Seasonal Recruitment
{co}
""", "Waterways Heritage Trust", "waterwaysheritage.org.uk.example", frm="{co} <seasonal@{dom}>")
oth(AR, "blind21-wide-lockkeeper-ack", "Seasonal Lock Keeper 2026 - thanks for applying", """
Dear {first},

Thanks for applying to be a Seasonal Lock Keeper this summer.

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

Thank you for attending the interview and role-play exercise for the post of Deputy Registrar.

The panel was impressed by your care in the bereavement role-play. However, the post has been offered to another candidate whose experience in the register office's ceremonies team gave her the edge on the marriages side of the work. We will not be taking your application further.

Yours sincerely,
{sig}
Superintendent Registrar, {co}
""", "Westmarch County Council", "westmarch.gov.uk.example")
oth(IV, "blind21-wide-registrar-iv", "Deputy Registrar - interview and role-play", """
Dear {first},

I am pleased to invite you to interview for the post of Deputy Registrar on Monday 12 May at 14:00 at the Register Office, Castle Street.

The interview will include a 15-minute role-play of registering a death with a bereaved relative, played by an actor. Please let us know if you need any adjustments.

Yours sincerely,
{sig}
Superintendent Registrar, {co}
""", "Westmarch County Council", "westmarch.gov.uk.example")

rej("blind21-wide-hedgelaying", "Hedgelaying trainee - Winter 2025", """
Hi {first},

Thanks for applying to the winter hedgelaying traineeship and for the enthusiasm in your form.

We could only take four trainees this winter. With a lot of applicants and a limited number of places, we prioritised people who live within 15 miles of our Oxfordshire sites, as travel costs aren't covered. We're sorry we can't offer you a place.

Best wishes,
{sig}
Land Management Team, {co}
""", "Cherwell Wildlife Trust", "cherwellwildlife.org.uk.example")
oth(AR, "blind21-wide-hedgelaying-ack", "Hedgelaying trainee - form received", """
Hi {first},

Thanks for your application for the winter hedgelaying traineeship. We've got it.

There are four places. We'll read every form by 20 September and contact everyone, whether you've got a place or not.

Best wishes,
Land Management Team, {co}
""", "Cherwell Wildlife Trust", "cherwellwildlife.org.uk.example", frm="{co} <land@{dom}>", copies=2)

rej("blind21-wide-dm-yoga", "Instagram: new message from {co}", """
{co} sent you a message:

"hey {first} thank you so much for your demo class last week 🙏 we loved your cueing! we decided to give the Tuesday morning slot to one of our own grads from the teacher training, it felt right for the community. sending love and hope to see you on the mat xx"

Reply in Instagram. You're getting this email because you have message notifications turned on.
""", "Lotus Loft Yoga", "lotusloft.example", frm="Instagram <no-reply@social-notify.example>", tz="-0800")
oth(NJ, "blind21-wide-dm-yoga-nj", "Instagram: new message from {co}", """
{co} sent you a message:

"hi {first}! sorry, Saturday's sound bath is fully booked 😔 we can't squeeze anyone else in. we've added you to the waitlist and you'll get a DM if a mat frees up"

Reply in Instagram. You're getting this email because you have message notifications turned on.
""", "Lotus Loft Yoga", "lotusloft.example", frm="Instagram <no-reply@social-notify.example>", tz="-0800")

rej("blind21-wide-mascot", "Matchday mascot performer", """
Hi {first},

Thanks for auditioning on Thursday - the dance-off with the goalkeeping coach made us all laugh.

The suit has height limits for safety (5'6" to 5'10"), and as you're above the upper limit we're not able to take you on as our matchday performer. I'm sorry, I know you'd have been brilliant.

Cheers,
{sig}
Community & Events, {co}
""", "Marshfield Town FC", "marshfieldtownfc.co.uk.example")
oth(AR, "blind21-wide-mascot-ack", "Matchday mascot performer - you're on the list", """
Hi {first},

Thanks for putting yourself forward to be our matchday mascot performer!

Auditions are on Thursday evenings in July. We'll be in touch to book you in - and if we can't fit you in before the season starts, we'll still let you know.

Cheers,
Community & Events, {co}
""", "Marshfield Town FC", "marshfieldtownfc.co.uk.example", frm="{co} Community <community@{dom}>")

rej("blind21-wide-stainedglass", "Conservation Assistant - stained glass", """
Dear {first},

Thank you for your portfolio and for the day in the studio.

We were very taken with your leading. The panel has, however, decided to appoint a candidate who has completed the conservation MA at York and has worked on medieval glass in situ, which the cathedral contract needs from January. I'm sorry to disappoint you.

With good wishes,
{sig}
Studio Director, {co}
""", "Minster Glass Studio", "minsterglass.co.uk.example")
oth(NS, "blind21-wide-stainedglass-ns", "Conservation Assistant - studio day", """
Dear {first},

Thank you for your portfolio. We'd like you to join us for a practical day in the studio on 14 November: cleaning and releading a sample panel.

Please confirm by 7 November and send a copy of your working-at-height certificate, if you have one, by then.

With good wishes,
{sig}
Studio Director, {co}
""", "Minster Glass Studio", "minsterglass.co.uk.example")

rej("blind21-wide-firefighter", "On-call Firefighter - Stage 2 outcome", """
Dear {first},

Thank you for attending the physical tests for On-call Firefighter at Brackley station.

You completed the ladder climb, equipment carry and enclosed space tests, but did not complete the casualty evacuation within the time allowed. As all tests must be passed, we are unable to progress your application at this time. You may reapply in the next recruitment round.

Regards,
Recruitment Team
{co}
""", "Northamptonshire Vale Fire & Rescue", "nvfire.gov.uk.example", frm="{co} Recruitment <firerecruitment@{dom}>")
oth(AR, "blind21-wide-firefighter-ack", "On-call Firefighter - application received", """
Dear {first},

Thank you for applying to be an On-call Firefighter. Your application has been received by the recruitment team.

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

We are unable to add you to our pool of freelance legal translators for this language pair. You are welcome to take a new test after 12 months.

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
[10:15] {sig}: So we won't be adding you to the rota this year, sorry!
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

Merci d'être passée au fournil samedi et pour votre candidature au poste de vendeuse.

Après réflexion, nous avons retenu une personne qui travaillait déjà chez nous pendant les vacances d'été et qui connaît la clientèle du quartier. Nous ne donnerons donc pas suite pour le moment.

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

vielen Dank für Ihre Bewerbung und das Vorstellungsgespräch in der vergangenen Woche.

Wir haben uns die Entscheidung nicht leicht gemacht. Die Stelle wird jedoch mit einer Kollegin besetzt, die bereits in unserem Netzbetrieb tätig ist. Ihre Unterlagen erhalten Sie in den nächsten Tagen zurück.

Für Ihren weiteren Weg wünschen wir Ihnen alles Gute.

Mit freundlichen Grüßen
{sig}
Personalabteilung, {co}
""", "Stadtwerke Elbtal", "stadtwerke-elbtal.de.example", role="Netzplanerin", tz="+0100", lang="de", rn=("Katharina Brenner",), sn=("Jürgen Wessel",))
oth(IV, "blind21-wide-de-stadtwerke-iv", "Einladung zum Vorstellungsgespräch - {role}", """
Sehr geehrter Herr {last},

vielen Dank für Ihre Bewerbung. Wir möchten Sie gern persönlich kennenlernen und laden Sie zu einem Gespräch am Dienstag, 14. Oktober, um 10:00 Uhr in unser Verwaltungsgebäude, Hafenstraße 3, ein.

Bitte bestätigen Sie den Termin kurz per E-Mail.

Mit freundlichen Grüßen
{sig}
Personalabteilung, {co}
""", "Stadtwerke Elbtal", "stadtwerke-elbtal.de.example", role="Elektroniker für Betriebstechnik", tz="+0200", lang="de", rn=("Lukas Hofmeister",), sn=("Jürgen Wessel",))

rej("blind21-wide-es-hotel", "Proceso de selección - Recepcionista", """
Hola {first}:

Gracias por participar en el proceso para el puesto de recepcionista de noche en {co}.

Hemos valorado mucho tu entrevista, pero finalmente nos hemos decantado por una candidata con nivel alto de alemán, que es imprescindible para nuestra clientela de invierno. Por eso no vamos a seguir adelante con tu candidatura.

Te deseamos mucha suerte.

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

Agradecemos muito sua participação no processo seletivo para Auxiliar de Farmácia da {co}.

Depois das entrevistas, a vaga foi preenchida por uma pessoa que já tinha experiência com controle de medicamentos controlados. Seu currículo vai continuar no nosso banco de talentos.

Um abraço,
{sig}
RH {co}
""", "Rede Vida+ Farmácias", "redevidamais.com.br.example", tz="-0300", lang="pt", rn=("Juliana Ribeiro",), sn=("Marcos Tavares",))

rej("blind21-wide-it-museo", "Esito selezione - addetto/a biglietteria", """
Gentile {first},

la ringraziamo per aver partecipato al colloquio per il ruolo di addetto/a alla biglietteria e accoglienza.

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

dziękujemy za udział w rekrutacji na stanowisko operatora wózka widłowego w {co}.

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

Tack för din ansökan till tjänsten som undersköterska på {co}s hemtjänst och för intervjun i tisdags.

Vi har nu gjort klart rekryteringen och valt en annan sökande som redan arbetar hos oss som timvikarie. Du går därför inte vidare den här gången.

Lycka till framöver!
{sig}
Enhetschef
""", "Åsby kommun", "asby.se.example", tz="+0100", lang="sv", rn=("Elin Lindberg",), sn=("Johan Ekström",))

rej("blind21-wide-tr-yazilim", "Başvurunuz hakkında - Junior Frontend Geliştirici", """
Merhaba {first} Bey,

{co} bünyesindeki Junior Frontend Geliştirici pozisyonuna gösterdiğiniz ilgi için teşekkür ederiz.

Teknik görüşme sonrasında ekibimiz, React deneyimi daha uzun olan bir adayla ilerleme kararı aldı. Bu nedenle başvurunuzu bu aşamada sonlandırıyoruz.

Kariyerinizde başarılar dileriz.
{sig}
İnsan Kaynakları
""", "Kuzgun Yazılım", "kuzgunyazilim.com.tr.example", tz="+0300", lang="tr", rn=("Emre Yıldız",), sn=("Zeynep Aydın",))

rej("blind21-wide-ru-bank", "Ответ по вакансии «Специалист контакт-центра»", """
Здравствуйте, {first}!

Благодарим вас за интерес к вакансии «Специалист контакт-центра» в {co} и за прохождение тестирования.

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

rej("blind21-wide-hi-school", "आपके आवेदन के संबंध में - प्राथमिक शिक्षक", """
प्रिय {first} जी,

{co} में प्राथमिक शिक्षक के पद के लिए आवेदन करने और डेमो कक्षा लेने के लिए धन्यवाद।

चयन समिति ने सभी उम्मीदवारों पर विचार करने के बाद इस पद के लिए किसी अन्य उम्मीदवार का चयन किया है। इसलिए इस बार हम आपका आवेदन आगे नहीं बढ़ा पाएंगे।

आपके उज्ज्वल भविष्य की शुभकामनाएं।
{sig}
प्रधानाचार्या, {co}
""", "सरस्वती विद्या निकेतन", "saraswatividya.in.example", tz="+0530", lang="hi", rn=("प्रिया शर्मा",), sn=("सुनीता वर्मा",))
oth(NS, "blind21-wide-hi-school-ns", "डेमो कक्षा - प्राथमिक शिक्षक", """
प्रिय {first} जी,

आपका आवेदन प्राप्त हुआ। अगले चरण में आपको कक्षा 3 के लिए 20 मिनट की डेमो कक्षा लेनी होगी, विषय: पर्यावरण अध्ययन।

कृपया 15 तारीख तक अपनी सुविधा का समय ईमेल से बताएं। समय पर उत्तर न मिलने पर आपका आवेदन अगले चरण में नहीं जा सकेगा।

{sig}
प्रधानाचार्या, {co}
""", "सरस्वती विद्या निकेतन", "saraswatividya.in.example", tz="+0530", lang="hi", rn=("राहुल गुप्ता",), sn=("सुनीता वर्मा",))

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

Go raibh maith agat as d'iarratas ar phost an Oifigigh Forbartha Pobail le {co} agus as teacht chuig an agallamh Dé Máirt.

Tá brón orm a rá leat nár éirigh leat an uair seo. Thairg an painéal an post d'iarrthóir eile a bhfuil taithí fhada aici ar thionscadail Ghaeltachta.

Guímid gach rath ort san am atá le teacht.

Le dea-mhéin,
{sig}
Bainisteoir, {co}
""", "Comharchumann Chois Fharraige", "coisfharraige.ie.example", tz="+0000", lang="ga", rn=("Aoibheann Ní Chonghaile",), sn=("Pádraig Ó Flaithearta",))
oth(AR, "blind21-wide-ga-comharchumann-ack", "Iarratas faighte: Cúntóir Oifige", """
A {first}, a chara,

Go raibh maith agat as d'iarratas ar phost an Chúntóra Oifige. Fuaireamar é inné.

Beidh an gearrliosta réidh faoi dheireadh na míosa. Cibé toradh a bheidh air, scríobhfaimid chugat chun é a chur in iúl duit.

Le dea-mhéin,
{sig}
Bainisteoir, {co}
""", "Comharchumann Chois Fharraige", "coisfharraige.ie.example", tz="+0000", lang="ga", rn=("Cathal Mac Donncha",), sn=("Pádraig Ó Flaithearta",))

rej("blind21-wide-ne-hotel", "तपाईंको आवेदनको बारेमा - रिसेप्सनिस्ट", """
आदरणीय {first} जी,

{co} मा रिसेप्सनिस्ट पदको लागि आवेदन दिनुभएकोमा धन्यवाद।

अन्तर्वार्तापछि हामीले पर्यटन क्षेत्रमा बढी अनुभव भएका अर्का उम्मेदवारलाई छनोट गरेका छौं। त्यसैले यस पटक तपाईंलाई यो पदमा लिन सकिएन।

तपाईंको भविष्यको लागि शुभकामना।
{sig}
मानव संसाधन, {co}
""", "होटल हिमशिखर", "himshikhar.com.np.example", tz="+0545", lang="ne", rn=("सुजन थापा",), sn=("अनिता श्रेष्ठ",))

rej("blind21-wide-mr-bank", "आपल्या अर्जाबाबत - लिपिक पद", """
प्रिय {first},

{co} मधील लिपिक पदासाठी अर्ज केल्याबद्दल आणि लेखी परीक्षेला उपस्थित राहिल्याबद्दल धन्यवाद.

आम्हाला कळवण्यास खेद वाटतो की लेखी परीक्षेत आवश्यक गुण न मिळाल्यामुळे आपली पुढील मुलाखतीसाठी निवड झालेली नाही.

पुढील वाटचालीसाठी शुभेच्छा.
{sig}
मनुष्यबळ विभाग, {co}
""", "कृष्णा सहकारी बँक", "krishnabank.co.in.example", tz="+0530", lang="mr", rn=("अमोल पाटील",), sn=("स्वाती देशमुख",))

rej("blind21-wide-te-school", "మీ దరఖాస్తు గురించి - గణిత ఉపాధ్యాయుడు", """
ప్రియమైన {first} గారు,

{co} లో గణిత ఉపాధ్యాయుడి పోస్టుకు దరఖాస్తు చేసినందుకు మరియు డెమో తరగతి తీసుకున్నందుకు ధన్యవాదాలు.

ఈ పోస్టుకు మేము మరొక అభ్యర్థిని ఎంపిక చేసుకున్నాము. కాబట్టి ఈసారి మీ దరఖాస్తును ముందుకు తీసుకెళ్లలేకపోతున్నాము.

మీ భవిష్యత్తుకు శుభాకాంక్షలు.
{sig}
ప్రిన్సిపాల్, {co}
""", "శ్రీ వాణి హైస్కూల్", "srivani.in.example", tz="+0530", lang="te", rn=("రవి కుమార్",), sn=("లక్ష్మి రెడ్డి",))

rej("blind21-wide-gu-textile", "તમારી અરજી અંગે - સ્ટોર કીપર", """
પ્રિય {first}ભાઈ,

{co} માં સ્ટોર કીપરની જગ્યા માટે અરજી કરવા બદલ આભાર.

ઇન્ટરવ્યુ પછી અમે આ જગ્યા માટે બીજા ઉમેદવારની પસંદગી કરી છે, જેમને કાપડના ગોડાઉનનો અનુભવ છે. તેથી આ વખતે અમે તમારી અરજી આગળ વધારી શકીએ તેમ નથી.

આપના ભવિષ્ય માટે શુભેચ્છાઓ.
{sig}
એચ.આર. વિભાગ, {co}
""", "શ્રીજી ટેક્સટાઇલ્સ", "shreejitex.in.example", tz="+0530", lang="gu", rn=("હાર્દિક પટેલ",), sn=("નીતા શાહ",))

rej("blind21-wide-pa-transport", "ਤੁਹਾਡੀ ਅਰਜ਼ੀ ਬਾਰੇ - ਡਰਾਈਵਰ", """
ਸਤਿ ਸ੍ਰੀ ਅਕਾਲ {first} ਜੀ,

{co} ਵਿੱਚ ਟਰੱਕ ਡਰਾਈਵਰ ਦੀ ਨੌਕਰੀ ਲਈ ਅਰਜ਼ੀ ਦੇਣ ਲਈ ਧੰਨਵਾਦ।

ਡਰਾਈਵਿੰਗ ਟੈਸਟ ਤੋਂ ਬਾਅਦ ਅਸੀਂ ਕਿਸੇ ਹੋਰ ਉਮੀਦਵਾਰ ਨੂੰ ਚੁਣ ਲਿਆ ਹੈ, ਜਿਸ ਕੋਲ ਪਹਾੜੀ ਰੂਟਾਂ ਦਾ ਤਜਰਬਾ ਹੈ। ਇਸ ਲਈ ਇਸ ਵਾਰ ਅਸੀਂ ਤੁਹਾਨੂੰ ਨੌਕਰੀ ਨਹੀਂ ਦੇ ਸਕਦੇ।

ਧੰਨਵਾਦ,
{sig}
{co}, ਲੁਧਿਆਣਾ
""", "ਪੰਜ ਦਰਿਆ ਟਰਾਂਸਪੋਰਟ", "panjdariya.in.example", tz="+0530", lang="pa", rn=("ਗੁਰਪ੍ਰੀਤ ਸਿੰਘ",), sn=("ਹਰਜੀਤ ਕੌਰ",))

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
oth(NJ, "blind21-wide-nj-allotment-sms", "Fwd: Text message from 07700 9{ref}", """
---------- Forwarded message ----------
From: SMS Gateway <sms@textbridge.example>
Subject: Text message from 07700 9{ref}

[SMS 19:40] Hi {first}, {sfirst} from the Church Lane plots. Sorry, plot 14 went to the next person on the waiting list, you're now number 3. Will text when one comes free.

Reply STOP to end texts forwarded to email.
""", "Church Lane Allotments", "churchlaneplots.org.uk.example", frm="SMS Gateway <sms@textbridge.example>")

oth(NJ, "blind21-wide-nj-cal-dentist", "Declined: Check-up @ Mon 3 Nov 2025 09:20 - 09:40 (GMT)", """
{co} has declined this event.

Check-up
Mon 3 Nov 2025 09:20 - 09:40 (GMT)

Note from {co}: "Sorry, Dr Ahmed is off sick that morning so we've had to cancel. We can't offer another slot before the 17th - please call reception to rebook."

Invitation from Calendar. You are receiving this because you are an attendee.
""", "Riverside Dental Practice", "riversidedental.co.uk.example", frm="{co} (Calendar) <calendar-notification@{dom}>")

oth(NJ, "blind21-wide-nj-voicemail-garage", "Voicemail from {co} (0161 {ref})", """
You have a new voicemail.

From: {co} (0161 {ref})
Duration: 0:36
Transcription (beta):

"Hi {first}, it's the garage. We've had a look at the Corsa and I'm afraid it's not passed its MOT - brake discs and a tyre. We can't let it go out like that. Give us a ring and we'll talk you through a quote. Thanks."

Transcription may not be accurate. Listen in the app.
""", "Hallam Road Motors", "hallamroadmotors.co.uk.example", frm="Voicemail <voicemail@callpost.example>")

oth(NJ, "blind21-wide-nj-grant", "Small Grants Round 9 - decision", """
Dear {first},

Thank you for your application to the Small Grants fund for the Friday repair café.

The panel met on 4 June. We had bids totalling three times the money available, and we're sorry to say your application has not been funded in this round. Round 10 opens in September.

Best wishes,
Grants Team, {co}
""", "Lowfield Community Foundation", "lowfieldcf.org.uk.example", frm="{co} Grants <grants@{dom}>")

oth(NJ, "blind21-wide-nj-scholarship-card", "[Board] Swimming club squad list updated", """
Taskboard

{sig} moved the card "{first} {last} - Masters squad" from "Trial swum" to "Waiting list" on board Club Squads 2026.

Comment by {sig}: Lane 4 is full on Tuesdays; offered Thursday development session instead.

You're getting this because you are watching this card.
""", "Otterpool Swimming Club", "otterpoolsc.org.uk.example", frm="Taskboard <notify@taskboard.example>")

oth("other_job", "blind21-wide-teams-withdraw", "Teams chat transcript - {co} guides", """
Chat transcript exported from Microsoft Teams

[09:30] {first}: Hi {sig}, I've taken a job elsewhere so I'd like to withdraw from the guide recruitment
[09:41] {sig}: No problem at all, thanks for telling me! I've taken you off the list. Good luck with the new job
""", "Old Town Footsteps", "oldtownfootsteps.co.uk.example", frm="{first} <{raddr}>")

oth("other_job", "blind21-wide-ocr-paused", "Scan: letter from council.jpg", """
[Text recognised from image: letter from council.jpg]

{CO}
Human Resources, Town Hall
Our ref: HR/{ref}
Dear {first} {last}
POST: Bereavement Services Officer (Cremator ium)
I write to let you know that the appointment to the above post has been postponed until the new financial year. No candidate has been selected, and your application remains under consideration. We will write again by 30 April.
Yours sincerely
Human Resources Manager
""", "Stourbridge Vale Council", "stourbridgevale.gov.uk.example", frm="{first} <{raddr}>")

oth("recruiter_outreach", "blind21-wide-inmail-outreach", "{sig} sent you a message", """
LinkedIn

{sig}
Head of Talent at {co}

"Hi {first}, your footsteps reel came up in a search. We're crewing a six-part drama from March and need a second Foley artist for ten weeks. Fancy a call?"

Reply | View profile

You are receiving InMail notification emails. Unsubscribe.
""", "Kestle Sound Post", "kestlesound.example", frm="LinkedIn <messages-noreply@linkedin-mail.example>")

oth("other_job", "blind21-wide-card-dive-review", "[Board] {first} {last} was moved to Try-dive booked", """
Taskboard

{sig} moved the card "{first} {last} - PADI instructor app" from "Applied" to "Try-dive booked" on board Hiring 2026.

Comment by {sig}: Booked for Thursday 8am boat. Still waiting on her insurance docs.

You're getting this because you are watching this card.
""", "Bluewater Reef Divers", "bluewaterreef.example", frm="Taskboard <notify@taskboard.example>", tz="+0700")

oth(AR, "blind21-wide-tr-yazilim-ack", "Başvurunuzu aldık - Backend Geliştirici", """
Merhaba {first} Hanım,

{co} bünyesindeki Backend Geliştirici pozisyonuna yaptığınız başvuru bize ulaştı, teşekkür ederiz.

Başvuruları iki hafta içinde değerlendiriyoruz. Süreç olumlu da olsa olumsuz da olsa size e-posta ile dönüş yapacağız.

{sig}
İnsan Kaynakları
""", "Kuzgun Yazılım", "kuzgunyazilim.com.tr.example", tz="+0300", lang="tr", rn=("Elif Demir",), sn=("Zeynep Aydın",))

oth(IV, "blind21-wide-ar-logistics-iv", "دعوة لإجراء مقابلة - منسق شحن", """
الأستاذة {first} المحترمة،

نشكرك على تقديم طلبك لوظيفة منسق شحن لدى {co}. يسرنا دعوتك لإجراء مقابلة شخصية يوم الأحد القادم الساعة العاشرة صباحاً في مكتبنا بمنطقة جبل علي.

يرجى تأكيد الحضور بالرد على هذا البريد.

{sig}
إدارة الموارد البشرية
""", "شركة الواحة للخدمات اللوجستية", "alwaha-logistics.ae.example", tz="+0400", lang="ar", rn=("نورة الشمري",), sn=("ريم العتيبي",))

# ---------------------------------------------------------------- build
CLIENTS = ["Ravensworth Homes", "Colbeck Foods", "Tamarind Pay", "Glenmore Logistics", "Aubrey Lane Hotels", "Westerleigh Water", "Pellucid Bank", "Harcastle Engineering"]
OTHERS = ["Niamh", "Oskar", "Leticia", "Dev", "Morag", "Kwabena", "Ellie", "Tomás"]
WORD = re.compile(r"\w+")
TAG = re.compile(r"<[^>]+>")
START = dt.datetime(2025, 3, 1)
SPAN_DAYS = 634


def fold(text: str) -> str:
    norm = unicodedata.normalize("NFKD", text)
    return "".join(c for c in norm if c.isascii() and (c.isalnum() or c in ".-")).lower()


def local_part(name: str, n: int) -> str:
    parts = [fold(p) for p in name.split()]
    parts = [p for p in parts if p]
    return ".".join(parts[:2]) if parts else f"user{n}"


def rfc_date(rng: random.Random, tz: str) -> str:
    day = START + dt.timedelta(days=rng.randrange(SPAN_DAYS), hours=rng.randrange(7, 22), minutes=rng.randrange(60), seconds=rng.randrange(60))
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
            sig = tpl.sn[i] if tpl.sn else rng.choice([s for s in SIGNERS if s.split()[0] != name.split()[0]])
            sig2 = rng.choice([s for s in SIGNERS if s != sig])
            co = tpl.co[i % len(tpl.co)]
            dom = tpl.dom[i % len(tpl.dom)]
            slocal = local_part(sig, n)
            raddr = f"{local_part(name, n)}@{rng.choice(PROVIDERS)}.example"
            vals = {
                "name": name, "first": name.split()[0], "last": " ".join(name.split()[1:]) or name,
                "sig": sig, "sfirst": sig.split()[0], "sig2": sig2, "co": co, "CO": co.upper(), "dom": dom,
                "role": tpl.role[i % len(tpl.role)], "ref": str(rng.randrange(10000, 999999)),
                "client": rng.choice(CLIENTS), "other": rng.choice(OTHERS), "slocal": slocal,
                "raddr": raddr, "saddr": f"{slocal}@{dom}",
            }
            sender = f"{sig} <{slocal}@{dom}>" if tpl.frm == "{sig}" else tpl.frm.format(**vals)
            records.append({
                "id": "", "subject": tpl.subject.format(**vals), "body": tpl.body.format(**vals),
                "sender": sender, "label": tpl.label, "kind": tpl.kind, "family": tpl.fam,
                "to": f"{name} <{raddr}>", "date": rfc_date(rng, tpl.tz), "lang": tpl.lang, "part": tpl.part,
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
