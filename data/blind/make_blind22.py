# ruff: noqa: E501, S311
"""Write the twenty-second sealed blind slice for issue 11 (blind-slice-22.jsonl).

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

SEED = 220221
HERE = Path(__file__).resolve().parent
OUT = HERE / "blind-slice-22.jsonl"
WORD = re.compile(r"\w+")
TAG = re.compile(r"<[^>]+>")
SLOT = re.compile(r"\{(\w+)\}")

RECIPIENTS = [
    "Olamide Trevaskis", "Niamh Castellano", "Aarav Pennington", "Thandeka Holroyd", "Declan Sowerby",
    "Mei Ling Ashdown", "Chukwudi Farrant", "Isla Venkataraman", "Rafferty Oyelaran", "Keziah Dunleavy",
    "Sanjay Whitlock", "Aoife Marchetti", "Bongani Tremayne", "Hollie Adeyemi", "Xavier Lumsden",
    "Divya Carruthers", "Eoghan Baptista", "Ngozi Featherstone", "Lachie Demetriou", "Siew Hoon Galbraith",
    "Temitope Wragg", "Clodagh Ferreira", "Nikhil Staunton", "Sipho Harcourt-Vale", "Bronwyn Achebe",
    "Yusuf Pembridge", "Ciara Thackeray", "Ravindra Kilbride", "Amahle Cottrell", "Jiaming Rutherford",
    "Fergal Odunsi", "Marisol Blenkinsop", "Kelechi Grimshaw", "Tamsin Raghavan", "Hamish Oduya",
    "Precious Mallory", "Darragh Tan", "Shreya Bellamy", "Uchenna Fairweather", "Wren Kowalczyk",
]
SIGNERS = [
    "Geraldine Mottram", "Adebayo Kingscote", "Fiona Saltmarsh", "Rutger Pennock", "Zainab Hollinrake",
    "Padraig Somerfield", "Kirsty Van Wyk", "Cedric Oyinlola", "Harriet Blaxland", "Moses Threlfall",
    "Lorna Abernethy", "Trent Kearsley", "Yolanda Fitzhugh", "Benedikt Orme", "Nadia Greatorex",
    "Eamon Castleton", "Tiffany Sekibo", "Rupert Halloran", "Sade Winstanley", "Gideon Parfitt",
    "Maeve Lockhart", "Owain Dassler", "Chidinma Rowntree", "Wesley Armitage-Khoo", "Felicity Onuoha",
]
SIGNERS_IN = ["Lakshmi Venugopal", "Siddharth Khanna", "Ananya Deshpande", "Rahul Chaturvedi", "Meera Pillai", "Varun Saxena"]
PROVIDERS = ["letterbay", "postvine", "mailharbor", "sendloft", "boxkite", "quillmail"]

# zone key -> (standard offset, summer offset or None, summer in northern months?)
ZONES = {
    "uk": ("+0000", "+0100", "n"), "ie": ("+0000", "+0100", "n"), "eu": ("+0100", "+0200", "n"),
    "eu2": ("+0200", "+0300", "n"), "use": ("-0500", "-0400", "n"), "usc": ("-0600", "-0500", "n"),
    "usm": ("-0700", "-0600", "n"), "usp": ("-0800", "-0700", "n"), "cae": ("-0500", "-0400", "n"),
    "cap": ("-0800", "-0700", "n"), "in": ("+0530", None, ""), "au": ("+1000", "+1100", "s"),
    "auw": ("+0800", None, ""), "za": ("+0200", None, ""), "ng": ("+0100", None, ""),
    "sg": ("+0800", None, ""), "nz": ("+1200", "+1300", "s"), "jp": ("+0900", None, ""),
    "kr": ("+0900", None, ""), "cn": ("+0800", None, ""), "ru": ("+0300", None, ""),
    "tr": ("+0300", None, ""), "ae": ("+0400", None, ""), "br": ("-0300", None, ""),
    "mx": ("-0600", None, ""), "pe": ("-0500", None, ""), "py": ("-0300", None, ""),
    "vn": ("+0700", None, ""), "id": ("+0700", None, ""), "ke": ("+0300", None, ""),
    "ir": ("+0330", None, ""), "ph": ("+0800", None, ""), "mw": ("+0200", None, ""),
    "tl": ("+0900", None, ""), "hi": ("-1000", None, ""), "cd": ("+0100", None, ""),
}


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


def add(label: str, kind: str, fam: str, subject: str, body: str, co: str | tuple[str, ...], dom: str | tuple[str, ...], frm: str = "{sig} <{sl}@{dom}>", role: str | tuple[str, ...] = "", tz: str = "uk", copies: int = 1, lang: str = "en", rn: tuple[str, ...] = (), sn: tuple[str, ...] = ()) -> None:  # noqa: PLR0917
    cos = (co,) if isinstance(co, str) else co
    doms = (dom,) if isinstance(dom, str) else dom
    roles = (role,) if isinstance(role, str) else role
    TEMPLATES.append(T(PART[0], label, kind, fam, subject, body.strip("\n"), cos, doms, frm, roles, tz, copies, lang, rn, sn))


def rej(fam: str, subject: str, body: str, co: str | tuple[str, ...], dom: str | tuple[str, ...], **kw: object) -> None:
    add("rejection", "rejection", fam, subject, body, co, dom, **kw)  # type: ignore[arg-type]


def oth(kind: str, fam: str, subject: str, body: str, co: str | tuple[str, ...], dom: str | tuple[str, ...], **kw: object) -> None:  # noqa: PLR0917
    add("not_rejection", kind, fam, subject, body, co, dom, **kw)  # type: ignore[arg-type]


# ---------------------------------------------------------------- mix: ordinary template rejections (40)
rej("ord-wd-closed", "Update on {role} ({req})", """
Dear {first},

Your candidate home has a new update for {role}, requisition {req}.

We read every submission closely, and for this requisition the hiring team has now moved ahead with applicants whose backgrounds track more closely to the brief. Your application is therefore closed.

You can still browse open jobs and set alerts from your candidate home. Your profile stays active until you delete it.

{co} Talent Acquisition
""", ("Halvorsen Freight", "Quarrybank Insurance"), ("halvorsenfreight.example", "quarrybank-ins.example"), frm="{co} Talent Acquisition <wd-noreply@{dom}>", role=("Customs Compliance Analyst", "Claims Handler II"), copies=2)
rej("ord-gh-short", "Your application to {co}", """
Hi {first},

So glad you applied for {role}. The team worked through a large stack of applications, and yours is not one we're taking further this time around.

We're sorry - this stings, we know. We'd genuinely like to see your name again when something closer to your experience comes up on our board.

All the best,
{sig}
Recruiting @ {co}
""", ("Loomfield", "Parcelcraft"), ("loomfield.example", "parcelcraft.example"), frm="{sig} <no-reply@greenhouse-mail.{dom}>", role=("Senior Product Designer", "Growth Marketing Manager"), tz="usp", copies=2)
rej("ord-lever-plain", "{co} | {role}", """
Hello {first},

{role}: we've read your application. Measured against this team's needs right now, we've decided against an interview.

That says nothing about your ability, only about the fit with what this particular team needs right now.

Kind regards,
{sig}
{co} People Team
""", ("Brightwater Labs", "Tessellate Health"), ("brightwaterlabs.example", "tessellatehealth.example"), frm="{sig} <{sl}@hire.{dom}>", role=("Backend Engineer (Go)", "Data Engineer, Claims"), tz="use", copies=2)
rej("ord-sr-dear", "{co}: your application", """
Dear {to},

Many thanks for the interest you showed in {co} by applying for {role}.

Regrettably, your candidacy stops here for this vacancy. The volume of strong applications was very high, and we had to make some difficult choices.

Good luck with everything ahead.

Yours sincerely,
The {co} Recruitment Team

This mailbox is not monitored. Manage your data at https://jobs.{dom}/privacy
""", ("Saltcote Retail Group", "Marrowby Hotels"), ("saltcote.example", "marrowbyhotels.example"), frm="{co} Recruitment <noreply@jobs.{dom}>", role=("Area Operations Manager", "Revenue Manager"), copies=2)
rej("ord-icims-status", "{co} - {role} - Application Status", """
{first},

Thank you for considering {co} as your next employer.

We compared your qualifications with the {role} posting (Job ID {req}) and the team is pursuing other candidates for it.

This inbox is unattended; other openings are listed at careers.{dom}.

EOE statement: hiring decisions at {co} never turn on an applicant's race, faith, sex, colour, orientation, veteran status, gender identity, disability or national origin.
""", ("Dunmore Aerospace", "Keystone Riverside Bank"), ("dunmoreaero.example", "keystoneriverside.example"), frm="{co} Careers <careers-noreply@{dom}>", role=("Quality Inspector III", "Branch Operations Lead"), tz="usc", copies=2)
rej("ord-taleo-long", "Your candidacy - {role}", """
Dear {first},

We value the effort behind your {role} application (requisition {req}) with {co}. Our recruitment team has completed its review of all candidates for this requisition.

While your credentials are impressive, we have selected other candidates whose qualifications and experience sit nearer to this role's needs. As a result, your candidacy for this requisition will not proceed.

We encourage you to review future openings on our career site and to apply for those matching your interests. Your candidate profile stays searchable for twelve months.

Once more, our thanks.

Sincerely,
Human Resources
{co}

Nobody monitors this mailbox.
{co} offers equal opportunity in employment and forbids discrimination or harassment. Ask us for a reasonable accommodation whenever you need one while applying.
""", ("Ridgecrest Utilities", "Monarch Valley Health System"), ("ridgecrestutil.example", "monarchvalleyhealth.example"), frm="{co} <hr.donotreply@{dom}>", role=("Senior Cost Accountant", "Clinical Systems Analyst"), tz="use", copies=2)
rej("ord-ashby-warm", "Following up on {role}", """
Hey {first},

Wanted to close the loop quickly on your application for {role} at {co}. We've made the call not to take your candidacy further.

Hiring at a small company means we can only take on a handful of people each quarter, and the decision was a hard one. The care in your form answers showed.

Cheers,
{sig}
""", ("Fernhollow", "Quanta Orchard"), ("fernhollow.example", "quantaorchard.example"), frm="{sig} <{sl}@{dom}>", role=("Founding Account Executive", "Platform Engineer"), tz="usp", copies=2)
rej("ord-workable-table", "{role} at {co}", """
<html><body><table width="600"><tr><td style="font-family:Arial">
<p>Hi {first},</p>
<p>Thanks for your application to <b>{co}</b> for the <b>{role}</b> opening.</p>
<p>We've read it closely and have decided it won't move on to interviews.</p>
<p>All the best from the team,<br>{sig}<br>{co}</p>
</td></tr><tr><td style="font-size:11px;color:#888">Sent via Workable on behalf of {co}. <a href="https://apply.{dom}/unsubscribe">Unsubscribe</a></td></tr></table></body></html>
""", ("Kilnworth Studio", "Dovetail Logistics"), ("kilnworth.example", "dovetail-log.example"), frm="{co} <notifications@apply.{dom}>", role=("Motion Designer", "Transport Planner"), tz="ie", copies=2)
rej("ord-bamboo-oneliner", "Re: {role} application", """
Hi {first} - thanks for applying. This one's going to someone else. Good luck!

{sig}
""", ("Pennyroyal Bakery Co", "Glasshouse Dental"), ("pennyroyalbakery.example", "glasshousedental.example"), role=("Shift Supervisor", "Dental Receptionist"), tz="usm", copies=2)
rej("ord-jazz-screen", "Phone screen follow-up: {role}", """
Hi {first},

It was good to speak on the phone earlier this week about the {role} opening. After a talk with the hiring manager, your application stops at this round.

The main gap for us was hands-on time with commercial HVAC controls, which is central to this position. It was a pleasure to speak with you, and I hope you find the right fit soon.

Thanks again,
{sig}
{co}
""", ("Cardinal Air Systems", "Pinebarrow Mechanical"), ("cardinalair.example", "pinebarrowmech.example"), role=("Building Automation Technician", "Controls Engineer"), tz="usc", copies=2)
rej("ord-recruitee-eu", "Your application at {co}", """
Dear {first},

Thanks for applying on the position {role}. We have looked at it with attention.

Sadly we decided to stop with your application here. Many candidates applied with a profile that suits better to the requirements of the job.

Much success in the further search.

Kind regards,
{sig}
HR | {co}
""", ("Vanderkamp Optics", "Bergsma Packaging"), ("vanderkamp.example", "bergsmapack.example"), role=("Field Service Engineer", "Export Sales Coordinator"), tz="eu", copies=2)
rej("ord-in-mail", "Application status - {role}", """
Dear {first},

Greetings from {co}!

This is regarding the {role} opening you applied for; thanks for considering our organisation.

After going through your profile, we are unable to move it ahead at present. We shall keep your resume in our databank for any suitable requirement in future.

Wishing you all the best.

Regards,
{sig}
Talent Acquisition Team
{co}
""", ("Sundaram Infotech", "Bharatvahan Logistics"), ("sundaraminfotech.example", "bharatvahan.example"), role=("Java Developer", "Fleet Analyst"), tz="in", copies=2)
rej("ord-au-regret", "{co} - {role} (Ref {req})", """
G'day {first},

Cheers for having a crack at the {role} role with {co}.

We've now finished shortlisting. Unfortunately you missed the shortlist this time, as we had a strong field with more direct experience in the mining services space.

We hang onto your details and will shout if something suitable pops up.

Cheers,
{sig}
People & Culture
""", ("Boulder Creek Resources", "Southwind Civil"), ("bouldercreekres.example", "southwindcivil.example"), role=("HSE Advisor", "Site Administrator"), tz="auw", copies=2)
rej("ord-za-letter", "{role}: outcome of your application", """
Dear {first}

Your application for the {role} position at {co} has been considered.

Please be advised that it was unsuccessful. The response was very large, and the next phase was open only to candidates meeting every minimum requirement.

Thank you, and good luck in your career.

Kind regards
{sig}
Human Capital
{co}
""", ("Protea Mutual", "Karoo Cement"), ("proteamutual.example", "karoocement.example"), role=("Actuarial Assistant", "Plant Electrician"), tz="za", copies=2)
rej("ord-sg-brief", "Application for {role}", """
Dear {first},

Your application for {role} with {co} has been assessed.

We regret that no interview can be offered to you at this juncture.

With appreciation and best wishes,

Regards,
HR Department, {co}
""", "Merlion Precision", "merlionprecision.example", frm="HR Department <hr@{dom}>", role="Process Engineer", tz="sg")
rej("ord-ng-letter", "RE: Application for the position of {role}", """
Dear {first},

We have reviewed what you sent for the above position.

We regret that you were left off the aptitude-stage shortlist of the recruitment exercise. Kindly note that this does not reflect on your competence.

Best wishes in your search.

Yours faithfully,
For: {co}
{sig}
Head, Human Resources
""", "Adamawa Agro Allied Ltd", "adamawaagro.example", role="Farm Accountant", tz="ng")
rej("ord-ca-bilingual", "{co} - {role}", """
Hello {first},

Your {role} application with {co} was received. The selection committee has now gone through every file, and yours will not be moving forward in this competition.

New postings appear on our careers page most weeks.

Best regards,
{sig}
Human Resources | Ressources humaines
""", "Laurentide Credit Union", "laurentidecu.example", role="Member Service Representative", tz="cae")
rej("ord-ie-short", "{role} - {co}", """
Hi {first},

Great to have your application for {role}. Bad news, I'm afraid: this one hasn't gone your way - we had a fierce amount of interest.

Best of luck with it all,
{sig}
{co}
""", "Ballycastle Distillery", "ballycastledistillery.example", role="Visitor Centre Guide", tz="ie")
rej("ord-us-eeo-long", "Regarding your application to {co}", """
Dear {first},

We received your materials for {role} at {co}. We received a great deal of interest in this opening and appreciate the time you spent preparing your materials.

After reviewing your application against the position's minimum and preferred qualifications, the search committee has decided not to advance your application to interviews. With so many files, individual feedback is not possible.

Please know that this decision applies to this posting only; other postings that match your qualifications are open to you.

Sincerely,

Office of Human Resources
{co}

{co} values a workforce as varied as the students it serves. Applicants with disabilities may request reasonable accommodation by contacting hr-access@{dom}. This institution is an equal opportunity and affirmative action employer.
""", "Wabash Plains University", "wabashplains.example", role="Academic Advisor II", tz="usc")
rej("ord-uk-pipeline", "Your {co} application", """
Hi {first},

Thanks for applying for the {role} job. We've now looked at all the applications we had in and I'm afraid yours isn't one we're taking forward.

Want a sentence or two of feedback? Reply here and I'll try.

Thanks,
{sig}
Talent Partner, {co}
""", "Thornbury & Gale", "thornburygale.example", role="Paraplanner", tz="uk")
rej("ord-ca-afterscreen", "Thanks for chatting with us", """
Hi {first},

Thanks for the Tuesday call about {role}. My notes went to the hiring team and, after some discussion, they've decided to pause your candidacy here and focus on people with more direct payroll experience in Quebec.

I know that's disappointing, and I appreciate your openness during the chat.

Warmly,
{sig}
{co}
""", "Maplecrest Payroll", "maplecrestpayroll.example", role="Payroll Specialist", tz="cae")
rej("ord-nonnative", "About your application", """
Hello {first},

thank you for your applying to the job {role}. We looked at your CV and we are sorry but we decide for other person for this position. Your experience is good but not exactly what we need now.

Good luck for you.

{sig}
{co}
""", "Oderbrück Maschinen", "oderbrueck.example", role="CAD Draughtsperson", tz="eu")
rej("ord-smartr-html", "Thank you from {co}", """
<div style="max-width:560px;font-family:Helvetica"><img src="https://cdn.{dom}/logo.png" alt="{co}" width="120">
<h3>Thank you for applying</h3>
<p>Dear {first},</p>
<p>Our team has looked at your <strong>{role}</strong> application. This time, it won't be progressing further.</p>
<p>Follow us to see future roles.</p>
<p style="color:#777;font-size:12px">{co} &middot; Privacy notice &middot; This is an automated email</p></div>
""", "Ottery Leisure", "otteryleisure.example", frm="{co} Careers <careers@{dom}>", role="Duty Manager", tz="uk")
rej("ord-taleo-short", "{co} Job Application: {req}", """
Dear {to},

Re the {role} position: after a review of your qualifications, we regret to advise that your candidacy has ended.

Regards,
{co} Talent Acquisition
""", "Carrow Petrochemical", "carrowpetro.example", frm="{co} Talent Acquisition <taleo-notify@{dom}>", role="Instrument Technician", tz="usc")
rej("ord-lever-feedback", "{role} - a note from {co}", """
Hi {first},

Thanks again for sending over your portfolio for the {role} position. We spent some time with it as a team.

We won't be sending you the design exercise. The work is thoughtful, but the roles we're hiring into lean heavily on B2B dashboards and we didn't see enough of that yet.

Please reapply in a year or so; I'd be glad to see it.

{sig}
Design Lead, {co}
""", "Northpoint Analytics", "northpointanalytics.example", role="Product Designer", tz="use")
rej("ord-au-sms-style", "{co} application", """
Hi {first}, about the {role} spot at {co} - we're passing this round. Cheers, {sfirst}
""", "Coastline Physio", "coastlinephysio.example", role="Clinic Coordinator", tz="au")

# ---------------------------------------------------------------- mix: issue 11's kinds (60)
rej("thr-outlook-locum", "RE: [EXT] Re: {role} - second conversation", """
Hi {first},

Really appreciated you coming back in on Thursday and walking us through the rota scenario - Bernadette still mentions your idea about the handover board.

We've offered the post to a pharmacist who has been doing our Saturday locum sessions since spring, and she accepted yesterday. Knowing the dispensary already tipped it for her.

Do keep in touch.

{sig}
Pharmacy Manager | {co}

From: {to} <{rmail}>
Sent: {qd}
To: {sig} <{sl}@{dom}>
Subject: Re: {role} - second conversation

Hi {sfirst}, Thursday at 2 works well for me. See you then. {first}
""", ("Wickham Lane Pharmacy", "Harrowgate Chemists"), ("wickhamlanepharmacy.example", "harrowgatechemists.example"), role=("Pharmacist", "Relief Pharmacist"), copies=2)
rej("thr-gmail-curator", "Re: Assistant Curator - follow up", """
Dear {first},

What a pleasure it was to meet you, and thank you for the thoughtful object talk - the panel loved the story of the sampler.

The trustees have now appointed Ms Ferrand, who catalogued our textile store last year as a volunteer, and she starts in the new year.

With warm wishes,
{sig}
{co}

On {qd}, {to} <{rmail}> wrote:
> Dear {sfirst}, I'm looking forward to Tuesday. My presentation slides are attached in advance.
""", ("Hollins Textile Museum", "Calder Mill Heritage Trust"), ("hollinsmuseum.example", "caldermill.example"), copies=2)
rej("thr-ext-ext-ops", "RE: [EXT] RE: [EXT] Re: Ops Lead final round", """
{first} -

Apologies, I'm later with this than promised. We wrapped up the final round on Monday, and Kelvin, our night-shift supervisor in Reno, is stepping into the Ops Lead seat. He's run that floor informally since March, so leadership decided continuity mattered most.

You made this a genuinely tough call. Your resume stays on my desk for the Phoenix site build-out next year.

Best,
{sig}
Director of Fulfillment, {co}

-----Original Message-----
From: {to} <{rmail}>
Sent: {qdu}
To: {sig}
Subject: RE: [EXT] Re: Ops Lead final round

Hi {sfirst}, any news on timing? Thanks!
""", ("Sagebrush Fulfillment", "Redmesa Distribution"), ("sagebrushfulfil.example", "redmesadist.example"), tz="usp", copies=2)
rej("thr-lower-founder", "re: re: chat about the studio", """
hey {first}

thanks heaps for coming by the studio, loved your reel. we've ended up going with a friend of Jono's who did our last two album covers, so that's the call we made. would be good to grab a coffee sometime anyway

{sfirst}
sent from my phone

> On {qd} {to} wrote:
> cheers for the chat, happy to do a small test piece if useful
""", ("Wirehaus Studio", "Crate & Candle Creative"), ("wirehaus.example", "cratecandle.example"), tz="nz", copies=2)
rej("thr-underscore-lab", "RE: Lab Technician interview", """
Dear {first},

It was good to show you round the lab and for the questions about our cold-chain procedure.

I'm writing myself to tell you that Professor Adeleke has appointed our current fixed-term technician, Rhys, to the permanent post. He knows the sequencers inside out and the group felt that was decisive.

Kindest regards,
{sig}
Lab Manager, {co}

________________________________
From: {to}
Sent: {qd}
Subject: Lab Technician interview
Thank you - I'll bring my certificates on the day.
""", ("Institute of Soil Genomics", "Lowther Plant Science Centre"), ("soilgenomics.example", "lowtherplantsci.example"), copies=2)
rej("thr-ext-in", "RE: [EXT] Re: Technical round - {role}", """
Hi {first},

Your answers in the system design round were detailed; the panel liked the discussion on queue backpressure.

Post the panel debrief, the hiring manager has finalised an internal colleague from our Pune office for this role, as she already owns two of the services involved.

Regards,
{sig}
{co}

From: {to} <{rmail}>
Sent: {qd}
Subject: Re: Technical round - {role}
Hi {sfirst}, kindly share the meeting link. Thanks.
""", ("Vayuputra Systems", "Kaveri Digital Labs"), ("vayuputrasys.example", "kaveridigital.example"), role=("SDE 2", "Senior Backend Developer"), tz="in", copies=2)
rej("thr-za-school", "Re: Grade 4 teaching post", """
Morning {first}

Thank you for the demonstration lesson last week, the learners were very taken with your fractions game.

The SGB has recommended Mrs Botha for the post. She was a student teacher with us last year and the children know her.

Kind regards
{sig}
Principal, {co}

On {qd}, {first} wrote:
Good day {sfirst}, I confirm I will be there at 09:00.
""", "Greenpoint Primary School", "greenpointprimary.example", tz="za")
rej("thr-sg-agency", "Re: Re: Interview with client - Finance Executive", """
Hi {first},

Hope you're well. Feedback has come back from the client after Friday's interview: they have offered the Finance Executive role to a candidate with Big Four audit background, who has accepted.

Thanks for your effort in preparing. Another suitable brief should land soon and I'll ping you.

Best regards,
{sig}
Consultant | {co}
""", "Straits Talent Partners", "straitstalent.example", tz="sg")
rej("thr-ie-outlook", "RE: [EXT] Re: Chef de Partie trial", """
Hi {first},

Fair play on Saturday's trial, the lamb was spot on and the lads said you were great on the pass.

Chef has given the section to Tomasz, who's been covering it on agency since the summer, so he's taking it on full-time from next week.

Best of luck,
{sig}
General Manager, {co}

From: {to}
Sent: {qd}
Subject: Re: Chef de Partie trial
Hi {sfirst}, I'll bring my own knives. Thanks!
""", "The Salt Quay", "saltquay.example", tz="ie")
rej("thr-ca-forward", "Fwd: RE: [EXT] Re: Program Coordinator", """
Hi {first},

I'm passing along a note from our director, below. You put a lot into this process, and we noticed.

{sig}

---------- Forwarded message ---------
From: Director, {co}
Subject: RE: [EXT] Re: Program Coordinator

{sfirst}, please let {first} know that we've asked Ayesha to take on the coordinator role. Her two summers running the youth camp gave her a head start with our families. {first} was a delight to meet.
""", "Riverbend Community Centre", "riverbendcc.example", tz="cap")
rej("thr-au-iphone", "Re: Apprentice electrician - trial day", """
Mate cheers for the day on the Bayside job Monday. Gazza's nephew finished his pre-app and we've signed him up, so he's got the spot. Keep at it, you'll get one.

{sfirst}
Sent from my iPhone

> On {qd}, {to} <{rmail}> wrote:
> Thanks for the trial, let me know how I went.
""", "Tidewater Electrical", "tidewaterelec.example", tz="au")
rej("foot-careers-uk", "Your application for {role}", """
Dear {first},

Thank you for applying for {role}. Shortlisting is done; sadly the interview invitations went to other applicants.

Best wishes,
{sig}
Recruitment Team

----------------------------------------------
WHY WORK WITH {co}
Flexible hours | 28 days holiday | Cycle-to-work | Employee assistance line
Refer a friend and receive a £500 thank-you once they pass probation.
Need this e-mail in another format? Call 0300 555 0191.
Candidate data is deleted six months after closing; privacy details: https://careers.{dom}/privacy
{co} Ltd. Registered office: 4 Wharf Row, Gloucester. Company no. 08813466.
Follow us: LinkedIn | Instagram | YouTube
----------------------------------------------
""", ("Severnside Housing", "Fosse Care Homes"), ("severnsidehousing.example", "fossecare.example"), role=("Income Officer", "Activities Coordinator"), copies=2)
rej("foot-jobboard-alert", "Update from {co} on your application", """
Hi {first},

Application update: {co} is not moving ahead with you for {role}.

--------------------------------
MORE JOBS YOU MIGHT LIKE
> Warehouse Team Leader - Leicester - £29,500
> Stock Controller - Nuneaton - £26,000
> Goods-In Supervisor - Coventry - £27,800
> Inventory Planner - Rugby - £31,000
See all 214 matches at https://www.jobpeak.example/s/8821
--------------------------------
You receive this because you applied via JobPeak. Manage alerts | Unsubscribe | Help centre
JobPeak, 19 Cornmarket, Derby
""", ("Midshire Cash & Carry", "Hinckley Parts Depot"), ("midshirecc.example", "hinckleyparts.example"), frm="JobPeak <updates@jobpeak.example>", role=("Stock Controller", "Warehouse Team Leader"), copies=2)
rej("foot-us-network", "{co}: {role}", """
Hello {first},

Thank you for taking an interest in {role}. Having looked at your experience, the team is moving forward with other people for this opening.

Warm regards,
{co} Recruiting

JOIN OUR TALENT NETWORK
New roles by email: https://careers.{dom}/network
Life at {co}: our benefits include 401(k) match, tuition support and paid parental leave.
PRIVATE: addressed to one named person. If that isn't you, alert the sender, then delete.
EOE. {co} uses E-Verify.
""", ("Lakeshore Mutual", "Prairie Gold Foods"), ("lakeshoremutual.example", "prairiegoldfoods.example"), frm="{co} Recruiting <recruiting@{dom}>", role=("Underwriting Assistant", "Food Safety Technician"), tz="usc", copies=2)
rej("foot-newsletter-in", "Your application with {co}", """
Dear {first},

Thank you for applying for {role}. Your profile was reviewed; the team is not taking it further for this opening.

Regards,
Team HR

=== {co} NEWSLETTER ===
* We are now Great Place to Work certified for 3 years!
* Our Hyderabad campus turns 10 - see photos
* Upcoming walk-in drive: Saturday, 10 AM onwards
Follow us on LinkedIn for openings. Beware of fake job offers: {co} never asks for money.
""", "Godavari Tech Park Services", "godavaritps.example", frm="HR <careers@{dom}>", role="Facility Executive", tz="in")
rej("foot-au-values", "Application outcome - {role}", """
Hi {first},

Thank you for applying for {role}. Assessment of applications is complete; the shortlist went ahead without you.

Kind regards,
Talent Team

Our values: Courage | Care | Community
{co} pays respect to the Traditional Owners of the country where our catchments lie, and to their Elders.
Aboriginal and Torres Strait Islander applicants, applicants living with disability and applicants from every culture are encouraged.
Think before you print.
""", "Murrumbidgee Water", "murrumbidgeewater.example", frm="Talent Team <talent@{dom}>", role="Catchment Officer", tz="au")
rej("hedge-closer", "{role} - update", """
Hi {first},

Sorry for the wait while interviews for {role} wrapped up. Candidly, it came down to fine margins, and the other shortlisted people brought experience that lines up a touch more neatly with our roadmap for next year.

Thanks for every hour you gave us.

Best,
{sig}
{co}
""", ("Beacon Lane Software", "Cotswold Ledger"), ("beaconlanesw.example", "cotswoldledger.example"), role=("QA Lead", "Management Accountant"), copies=2)
rej("hedge-direction", "Catching up re: {role}", """
Hi {first},

Quick update from my side. After our conversation, the team rethought what this hire needs to look like and we're heading in a different direction with the position, toward someone more sales-facing.

Really enjoyed our conversations.

{sig}
{co}
""", ("Junction Ninety", "Harbourlight Media"), ("junctionninety.example", "harbourlight.example"), role=("Partnerships Manager", "Content Strategist"), tz="use", copies=2)
rej("hedge-nonnative", "Your candidature for {role}", """
Dear {first},

we thank you a lot for the interview of last week. The committee was evaluating all profiles and finally found other candidates more near to the needs of our department at this moment.

We hope to cross our roads again.

Best regards
{sig}
{co}
""", ("Ferrovia Componenti", "Lisboa Marine Tech"), ("ferroviacomp.example", "lisboamarine.example"), role=("Maintenance Planner", "Electrical Engineer"), tz="eu", copies=2)
rej("hedge-stronger", "Re: {role}", """
Hi {first},

Thanks for your patience. We met several excellent people and, in the end, others edged ahead on depth of grant-writing experience. That's all it was.

Sincerely,
{sig}
""", "Tall Pines Land Trust", "tallpineslt.example", role="Development Associate", tz="use")
rej("hedge-priorities", "An update from {co}", """
Hello {first},

I owe you an honest update. Over the past fortnight our leadership reshuffled priorities for the quarter and this particular hire is one of the changes; the {role} search has been wound up without an appointment.

You were generous with your time and I noticed.

{sig}
""", "Ashgrove Fintech", "ashgrovefintech.example", role="Risk Analyst", copies=1)
rej("hedge-ng", "Feedback on your interview", """
Dear {first},

Thank you for honouring our invitation to interview for {role}. Please be informed that the panel has concluded its assessment and the panel judged other candidates nearer to what the role requires.

We appreciate your interest in {co}.

Regards,
{sig}
""", "Lekki Crest Bank", "lekkicrest.example", role="Relationship Officer", tz="ng")
rej("rec-uk-contract", "Following our call", """
Hi {first},

Good to catch up earlier. As per our call, the client is going ahead with a different contractor for the Dynamics role, someone who had done their exact upgrade path before.

Something else though: a 6-month data migration contract, Bristol-based housing group, inside IR35, £450/day. Fancy a look? Spec attached.

Speak soon,
{sig}
{co}
""", ("Caddick Tech Search", "Osprey Interim"), ("caddicktech.example", "ospreyinterim.example"), copies=2)
rej("rec-in-agency", "Feedback | {role} with our client", """
Hi {first},

As discussed over the call, the client has closed this position, selecting a profile with deeper hands-on Kafka exposure.

Meanwhile there is one more requirement for a Data Engineer at a fintech in Bengaluru (hybrid, 18-24 LPA). Kindly send latest CV with notice period.

Thanks & Regards,
{sig}
{co}
""", ("Pragati Staffing", "Nexus Hire India"), ("pragatistaffing.example", "nexushire.example"), role=("Data Engineer", "Big Data Developer"), tz="in", copies=2)
rej("rec-au-inhouse", "Quick one after our chat", """
Hi {first},

Good to talk this morning. Recap: the hiring manager preferred a different applicant for the Payroll Officer job.

Separately, our Newcastle site has a Rostering Coordinator opening that looks a better match for you, and I'm happy to nominate you if keen. Reply and I'll send through the PD.

Cheers,
{sig}
Talent Partner, {co}
""", ("Hunter Valley Aged Care", "Coalcliff Health"), ("huntervalleycare.example", "coalcliffhealth.example"), tz="au", copies=2)
rej("pub-usa-notref", "Notice of Results - Announcement {ref}", """
Dear {to},

Re: vacancy announcement {ref}, {role}, GS-0343-11.

HR rated you eligible and qualified. Other candidates sat in a higher category, so HR did not forward your name for selection.

For this announcement, your application is closed. This mailbox is automated; replies go unread.

HR Office | {co}
""", ("Bureau of Inland Waterways", "Office of Rural Broadband"), ("biw-hr.example", "orb-hr.example"), frm="{co} HR <no-reply@{dom}>", role=("Management Analyst", "Program Analyst"), tz="use", copies=2)
rej("pub-uk-sift", "{role} - sift result", """
Dear {first},

Campaign: {role} ({ref}).

Your application has been sifted. Each behaviour needed a score of 4 to pass; you scored 3 in Working Together and so will not be progressing to interview.

Yours sincerely,
Government Recruitment Service
""", ("Ministry of Coastal Affairs", "Department for Rural Transport"), ("mca-jobs.example", "drt-jobs.example"), frm="GRS Notifications <noreply@{dom}>", role=("Executive Officer", "Higher Executive Officer"), copies=2)
rej("pub-council-cancel", "{role} - vacancy withdrawn", """
Dear {first},

Re: your recent application for {role} with {co}.

Following the budget-setting meeting the post has been withdrawn, and recruitment to it has stopped. No further steps will be taken with your application.

Yours sincerely,
{sig}
HR Business Partner, {co}
""", ("Wexcombe District Council", "Pallant Borough Council"), ("wexcombe.example", "pallant.example"), role=("Planning Enforcement Officer", "Community Safety Officer"), copies=2)
rej("pub-county-inelig", "Application Status: NOT ELIGIBLE", """
Applicant: {to}
Job: {role}
Status: NOT ELIGIBLE

Reason: minimum qualifications not met (the posting requires an active EMT certification). To ask for a review of this determination, reply within 7 calendar days.

{co} Personnel Department
""", "Tulare Bend County", "tularebend.example", frm="{co} Personnel <personnel@{dom}>", role="Dispatcher I", tz="usp")
rej("pub-aps-short", "Outcome: {role}", """
Dear {first},

Re: {role}, {co}.

The panel has now assessed all applicants, and yours ends at this stage. Ask the contact officer for feedback within 28 days.

APS Recruitment
""", "Department of Reef Management", "reefmanagement.example", frm="Recruitment <recruitment@{dom}>", role="APS5 Policy Officer", tz="au")
rej("ats-wd-nlc", "Application update: {role}", """
Status: No Longer Under Consideration

Requisition: {req} {role}
Updated: today

Sign in to {co} Careers to view details.
""", ("Crestmoor Energy", "Talisker Bay Hospitality"), ("crestmoorenergy.example", "taliskerbay.example"), frm="{co} Careers <myworkday@{dom}>", role=("Reliability Engineer", "Front Office Supervisor"), tz="usc", copies=2)
rej("ats-prevnew", "[{co}] Status change", """
Candidate: {to}
Position: {role} ({req})
Previous status: Under review
New status: Rejected - other candidate selected

This is an automated notification.
""", ("Pellucid Optics", "Ironbridge Tooling"), ("pellucid.example", "ironbridgetool.example"), frm="ATS <ats@{dom}>", role=("Optical Technician", "CNC Setter"), copies=2)
rej("ats-oneline", "Your application", """
Your application for {role} is no longer being considered. - {co}
""", "Haymarket Grocers", "haymarketgrocers.example", frm="{co} <jobs@{dom}>", role="Night Fill Team Member", tz="au")
rej("ats-portal", "Portal notification: application {ref}", """
Application {ref} | {role}
Stage: Closed
Outcome: Unsuccessful (vacancy filled)

Details sit behind your login on the applicant portal.
""", "Karawaci Holdings", "karawaci.example", frm="Applicant Portal <portal@{dom}>", role="Accounts Executive", tz="sg")
rej("intern-summer", "{co} Summer Internship {yr}", """
Dear {first},

Your {yr} application to the {co} Summer Internship Program has been read in full. We received more than 3,000 applications for 40 places.

Taking your application and online assessment together, the committee has not selected you for a place this summer. Applications for the following cycle open in August.

{co} Early Careers
""", ("Fairhaven Capital", "Sterling Rock Partners"), ("fairhavencap.example", "sterlingrock.example"), frm="{co} Early Careers <earlycareers@{dom}>", tz="use", copies=2)
rej("intern-grad-ac", "Assessment centre outcome", """
Hi {first},

Thank you for attending our graduate assessment centre. Your overall score landed just short of the offer threshold for the {yr} Graduate Scheme, so there is no offer for you in this intake.

Your detailed feedback report is attached.

{co} Graduate Recruitment
""", ("Hallam Engineering Group", "Brackwater Consulting"), ("hallameng.example", "brackwater.example"), frm="{co} Graduates <graduates@{dom}>", copies=2)
rej("intern-in-campus", "Internship shortlisting result", """
Dear {first},

With reference to the campus internship drive held at your institute, your name is absent from the list of shortlisted students for the next round.

We thank you for participating.

Campus Relations, {co}
""", "Anantha Motors", "ananthamotors.example", frm="Campus Relations <campus@{dom}>", tz="in")
rej("intern-ie-placement", "Placement programme decision", """
Hi {first},

Thanks for interviewing for a work placement with {co}. All 12 placements for the coming academic year have now been allocated, and none has been offered to you. We know placement hunting is stressful and wish you luck finding the right one.

Student Programmes, {co}
""", "Liffeyside Pharma", "liffeysidepharma.example", frm="Student Programmes <students@{dom}>", tz="ie")

# ---------------------------------------------------------------- mix: confirmations (50)
oth("application_received", "conf-wd", "Application received: {role} ({req})", """
Dear {first},

Your application for {role}, requisition {req}, has reached us; the recruiting team has it now.

What comes next: a background that fits the brief gets a call from a recruiter to set up a conversation. If we stop there, the status in your candidate home changes and an e-mail follows. One way or the other, you'll know.

{co} Talent Acquisition
""", ("Halvorsen Freight", "Quarrybank Insurance"), ("halvorsenfreight.example", "quarrybank-ins.example"), frm="{co} Talent Acquisition <wd-noreply@{dom}>", role=("Import Documentation Clerk", "Underwriting Technician"), copies=2)
oth("application_received", "conf-gh", "Thanks for applying to {co}!", """
Hi {first},

We got your application for {role} - thank you! A real human on our recruiting team will look it over within the next two weeks.

Yes or not-right-now, an email reaches you. Ghosting applicants isn't something we do.

{sig}
Recruiting @ {co}
""", ("Loomfield", "Parcelcraft"), ("loomfield.example", "parcelcraft.example"), frm="{sig} <no-reply@greenhouse-mail.{dom}>", role=("Brand Designer", "Lifecycle Marketing Lead"), tz="usp", copies=2)
oth("application_received", "conf-lever", "{co} | application arrived", """
Hello {first},

Quick confirmation: your {role} application is here. Our engineers go through the pile every Friday.

No match, and an e-mail tells you so; a match, and a 30-minute intro call gets booked.

{sig}
{co} People Team
""", ("Brightwater Labs", "Tessellate Health"), ("brightwaterlabs.example", "tessellatehealth.example"), frm="{sig} <{sl}@hire.{dom}>", role=("Site Reliability Engineer", "Analytics Engineer"), tz="use", copies=2)
oth("application_received", "conf-sr", "{co}: thanks for applying", """
Dear {to},

{co} has your application for {role}.

Expect the team to spend up to three weeks on reviews. If things stop there for you, could your details rest with our talent pool for a twelvemonth so we can suggest comparable roles? one reply and they're deleted.

Kind regards,
The {co} Recruitment Team
""", ("Saltcote Retail Group", "Marrowby Hotels"), ("saltcote.example", "marrowbyhotels.example"), frm="{co} Recruitment <noreply@jobs.{dom}>", role=("Store Manager", "Reservations Agent"), copies=2)
oth("application_received", "conf-icims", "{co} - {role} - Application Received", """
{first},

This confirms {co} has your application for {role} (Job ID {req}).

Applications arrive in such numbers that only people picked for interviews hear back. Thirty quiet days generally signal the opening was filled by someone else; your application still stays on file with us.

{co} hires on merit and welcomes every applicant (EOE).
""", ("Dunmore Aerospace", "Keystone Riverside Bank"), ("dunmoreaero.example", "keystoneriverside.example"), frm="{co} Careers <careers-noreply@{dom}>", role=("Composite Technician", "Teller"), tz="usc", copies=2)
oth("application_received", "conf-taleo", "Confirmation of application - {role}", """
Dear {first},

This confirms the {role} application you sent (requisition {req}) with {co}.

Our recruitment team is reviewing all submissions. Where qualifications fit the requirements, someone from the team will reach out. Every candidate not selected gets a notice when the requisition closes.

With regards,
Human Resources
{co}
Nobody monitors this mailbox.
""", ("Ridgecrest Utilities", "Monarch Valley Health System"), ("ridgecrestutil.example", "monarchvalleyhealth.example"), frm="{co} <hr.donotreply@{dom}>", role=("Meter Reader", "Patient Access Representative"), tz="use", copies=2)
oth("application_received", "conf-ashby", "We got your application", """
Hey {first},

Your note about the {role} job landed in my inbox! I go through each one personally, so allow me roughly ten days.

Good news or bad, you'll get an actual answer from me - no robots.

{sig}
""", ("Fernhollow", "Quanta Orchard"), ("fernhollow.example", "quantaorchard.example"), frm="{sig} <{sl}@{dom}>", role=("Customer Success Lead", "Data Scientist"), tz="usp", copies=2)
oth("application_received", "conf-workable", "Application received - {role}", """
<html><body><table width="600"><tr><td style="font-family:Arial">
<p>Hi {first},</p>
<p>Thanks for your application to <b>{co}</b> for the <b>{role}</b> opening.</p>
<p>Each application gets read. Within three weeks you'll have either an email saying we're stopping here or a set of interview slots.</p>
<p>Speak soon,<br>{sig}<br>{co}</p>
</td></tr><tr><td style="font-size:11px;color:#888">Sent via Workable on behalf of {co}.</td></tr></table></body></html>
""", ("Kilnworth Studio", "Dovetail Logistics"), ("kilnworth.example", "dovetail-log.example"), frm="{co} <notifications@apply.{dom}>", role=("3D Artist", "Fleet Coordinator"), tz="ie", copies=2)
oth("application_received", "conf-bamboo", "Re: {role} application", """
Hi {first} - application's in, cheers. Interviews happen next week. No word from me by the 20th probably means we went another way, though I do try to answer everyone.

{sig}
""", ("Pennyroyal Bakery Co", "Glasshouse Dental"), ("pennyroyalbakery.example", "glasshousedental.example"), role=("Bakery Assistant", "Treatment Coordinator"), tz="usm", copies=2)
oth("application_received", "conf-jazz", "{co}: application received", """
Hi {first},

Your application for the {role} job at {co} is in our system.

A good match gets a short phone screen booked. A poor match gets a closing email instead - we aim to send that inside two weeks.

{co} Hiring Team
""", ("Cardinal Air Systems", "Pinebarrow Mechanical"), ("cardinalair.example", "pinebarrowmech.example"), frm="{co} Hiring Team <jobs@{dom}>", role=("HVAC Service Technician", "Estimator"), tz="usc", copies=2)
oth("application_received", "conf-recruitee", "We received your application", """
Dear {first},

Thanks for applying on the position {role}. It arrived well.

After the deadline we go over all applications together. In any case you get an answer, positive or negative, within four weeks.

Kind regards,
{sig}
HR | {co}
""", ("Vanderkamp Optics", "Bergsma Packaging"), ("vanderkamp.example", "bergsmapack.example"), role=("Service Technician", "Inside Sales"), tz="eu", copies=2)
oth("application_received", "conf-in", "Acknowledgement - {role}", """
Dear {first},

Greetings from {co}!

Your application for the {role} post has reached our team. Our team will screen the profiles and shortlisted candidates will be intimated about the interview schedule. Others may not receive separate communication.

Regards,
Talent Acquisition Team
{co}
""", ("Sundaram Infotech", "Bharatvahan Logistics"), ("sundaraminfotech.example", "bharatvahan.example"), role=("React Developer", "Transport Coordinator"), tz="in", copies=2)
oth("application_received", "conf-au", "{co} - application received (Ref {req})", """
G'day {first},

Thanks for applying for {role}. Applications close on {dl}, and we'll start shortlisting straight after.

No shortlist spot means an email from us; a shortlist spot means a phone call. One or the other lands within a fortnight of closing.

Cheers,
People & Culture, {co}
""", ("Boulder Creek Resources", "Southwind Civil"), ("bouldercreekres.example", "southwindcivil.example"), role=("Environmental Advisor", "Plant Operator"), tz="auw", copies=2)
oth("application_received", "conf-za", "Acknowledgement: {role}", """
Dear {first}

Your application for the {role} position has been received.

Kindly note: applicants not contacted within 30 days after closing should regard their application as unsuccessful. Thank you for considering {co}.

Human Capital, {co}
""", ("Protea Mutual", "Karoo Cement"), ("proteamutual.example", "karoocement.example"), role=("Claims Assessor", "Maintenance Planner"), tz="za", copies=2)
oth("application_received", "conf-footer-uk", "{role}: your application is in", """
Dear {first},

Your {role} application arrived safely. The panel shortlists in the week following the closing date; if three weeks pass after closing and your phone stays quiet, the panel has chosen others this round.

With good wishes,
Recruitment Team

----------------------------------------------
WHY WORK WITH {co}
Flexible hours | 28 days holiday | Cycle-to-work | Employee assistance line
Need this e-mail in another format? Call 0300 555 0191.
{co} Ltd. Registered office: 4 Wharf Row, Gloucester. Company no. 08813466.
----------------------------------------------
""", ("Severnside Housing", "Fosse Care Homes"), ("severnsidehousing.example", "fossecare.example"), role=("Tenancy Officer", "Care Assistant"), copies=2)
oth("application_received", "conf-usa", "Application received - Announcement {ref}", """
Dear {to},

We received your application to announcement {ref}, {role}. Your application was received.

After the announcement closes, Human Resources will review applications. A notice with reasons goes out to anyone rated ineligible, or qualified yet left off the referral list to the selecting official. Referred applicants may be contacted for interview.

HR Office | {co}
""", ("Bureau of Inland Waterways", "Office of Rural Broadband"), ("biw-hr.example", "orb-hr.example"), frm="{co} HR <no-reply@{dom}>", role=("Budget Analyst", "IT Specialist"), tz="use", copies=2)
oth("application_received", "conf-intern", "{co} Summer Internship {yr}: application in", """
Dear {first},

Your application to the {co} Summer Internship Program is complete. Your online assessment link will follow within 48 hours.

Places are limited and most applicants will not receive an offer, but each applicant gets a decision from us, offer or not, before February ends.

{co} Early Careers
""", ("Fairhaven Capital", "Sterling Rock Partners"), ("fairhavencap.example", "sterlingrock.example"), frm="{co} Early Careers <earlycareers@{dom}>", tz="use", copies=2)
oth("application_received", "conf-sg", "Application for {role}", """
Dear {first},

Your application for {role} with {co} is received. Our team will assess your profile; we notify shortlisted candidates only.

Regards,
HR Department, {co}
""", "Merlion Precision", "merlionprecision.example", frm="HR Department <hr@{dom}>", role="Quality Engineer", tz="sg")
oth("application_received", "conf-ng", "RE: Application for the position of {role}", """
Dear {first},

Thanks for sending in an application for the above position. The aptitude test invitation goes only to shortlisted candidates. Any applicant without a message from us inside two weeks should take it that the outcome was not in their favour.

Yours faithfully,
For: {co}
""", "Adamawa Agro Allied Ltd", "adamawaagro.example", role="Store Keeper", tz="ng")
oth("application_received", "conf-ie", "{role} - {co}", """
Hi {first},

Thanks a million for the application for {role}. I'm reading through them all over the coming fortnight, and works out or not, you'll get a note from me.

{sig}
{co}
""", "Ballycastle Distillery", "ballycastledistillery.example", role="Warehouse Operative", tz="ie")
oth("application_received", "conf-us-eeo", "Application received - {role}", """
Dear {first},

Your application for {role} at {co} has been received. Review by the search committee starts {dl} and goes on until someone is hired.

Applicants the committee does not interview receive an e-mail when the search wraps up. We appreciate your patience.

Office of Human Resources
{co} is an equal opportunity and affirmative action employer.
""", "Wabash Plains University", "wabashplains.example", role="Financial Aid Counselor", tz="usc")
oth("application_received", "conf-pub-county", "Application Received: {role}", """
Applicant: {to}
Job: {role}
Status: RECEIVED

Screening for minimum qualifications comes first. Those found NOT ELIGIBLE will receive a notice with review rights; eligible applicants will be invited to the written exam.

{co} Personnel Department
""", "Tulare Bend County", "tularebend.example", frm="{co} Personnel <personnel@{dom}>", role="Eligibility Worker", tz="usp")
oth("application_received", "conf-sift-uk", "{role} - application submitted", """
Dear {first},

Thank you for applying for {role} ({ref}). Sifting will begin after the closing date. Candidates scoring below the pass mark in any behaviour do not go on to the interview stage; you'll be able to see your result in your account.

Government Recruitment Service
""", "Ministry of Coastal Affairs", "mca-jobs.example", frm="GRS Notifications <noreply@{dom}>", role="Administrative Officer")
oth("application_received", "conf-agency-sg", "Received: your CV for Finance Executive", """
Hi {first},

Thanks for sending your CV through. I'll speak to the client this week. Should they pass on you, I'll ring either way, and we can talk about other roles - nobody gets left hanging with me.

Best regards,
{sig}
Consultant | Straits Talent Partners
""", "Straits Talent Partners", "straitstalent.example", tz="sg")
oth("application_received", "conf-lab-thread", "RE: Lab Technician application", """
Dear {first},

Your e-mail and application are safely with me. We shortlist on the 14th; anyone not on the list gets a line from me that week.

Kindest regards,
{sig}
Lab Manager, Institute of Soil Genomics

________________________________
From: {to}
Sent: {qd}
Subject: Lab Technician application
Please find my application attached.
""", "Institute of Soil Genomics", "soilgenomics.example")
oth("application_received", "conf-jobpeak", "Your application was sent to {co}", """
Hi {first},

Your application for {role} was sent to {co}. Employers usually respond within 14 days. If they decide not to proceed, you'll see it on your JobPeak dashboard.

--------------------------------
MORE JOBS YOU MIGHT LIKE
> Forklift Driver - Leicester - £24,900
> Transport Clerk - Hinckley - £25,500
See all 187 matches at https://www.jobpeak.example/s/4410
--------------------------------
JobPeak, 19 Cornmarket, Derby
""", "Midshire Cash & Carry", "midshirecc.example", frm="JobPeak <updates@jobpeak.example>", role="Goods-In Operative")
oth("application_received", "conf-nonnative", "Your application", """
Hello {first},

thank you for your applying. We receive it and we will look at all CVs until end of month. If answer is negative, anyway the CV stays with us for other positions, if you agree.

{sig}
{co}
""", "Oderbrück Maschinen", "oderbrueck.example", role="Assembly Technician", tz="eu")
oth("application_received", "conf-council", "Application received - {role}", """
Dear {first},

Thank you for applying for {role} with {co}. Interviews are expected during the week of {dl}.

Writing individually to each of the many applicants is beyond the council's means. Anyone not contacted by interview week should take it that this one hasn't worked out.

HR Team, {co}
""", "Pallant Borough Council", "pallant.example", role="Parking Services Officer")
oth("application_received", "conf-coastline", "{co} application", """
Hi {first}, your {role} application at {co} came through. If we want a chat we'll call - if not, we'll flick you a quick email. Cheers, {sfirst}
""", "Coastline Physio", "coastlinephysio.example", role="Front Desk Coordinator", tz="au")
oth("application_received", "conf-in-intern", "Registration confirmed - campus internship drive", """
Dear {first},

Your registration for the campus internship drive has been received. The online test will be held on {dl}. Students who clear the test will be intimated for the interview round; the names of shortlisted students will also be shared with your placement cell.

Campus Relations, {co}
""", "Anantha Motors", "ananthamotors.example", frm="Campus Relations <campus@{dom}>", tz="in")
oth("application_received", "conf-ca-committee", "{co} - {role} application", """
Hello {first},

We have your application for the {role} posting at {co}. Once the posting closes, the selection committee sits down with all of them. Interview invitations go only to the people the committee picks; our thanks to everyone who applied.

Human Resources | Ressources humaines
""", "Laurentide Credit Union", "laurentidecu.example", role="Loans Officer", tz="cae")
oth("application_received", "conf-ats-oneline", "Your application", """
{role}: your application is logged with us. Should you go through to the interview list, a team member phones you. - {co}
""", "Haymarket Grocers", "haymarketgrocers.example", frm="{co} <jobs@{dom}>", role="Checkout Operator", tz="au")
oth("application_received", "conf-portal-sg", "Portal notification: application {ref}", """
Application {ref} | {role}
Stage: Submitted
Outcome: Pending

You will be notified of any change of status. Details sit behind your login on the applicant portal.
""", "Karawaci Holdings", "karawaci.example", frm="Applicant Portal <portal@{dom}>", role="Tax Associate", tz="sg")

# ---------------------------------------------------------------- mix: interviews (15), next steps (12), offers (8), other (15)
oth("interview", "int-thread-outlook", "RE: [EXT] Re: {role} - second conversation", """
Hi {first},

Really enjoyed Thursday. Next we'd love a final hour with you and our superintendent pharmacist - is Tuesday 10am or Wednesday 3pm better?

{sig}
Pharmacy Manager | {co}

From: {to} <{rmail}>
Sent: {qd}
Subject: Re: {role} - second conversation
Thanks again for your time today.
""", ("Wickham Lane Pharmacy", "Harrowgate Chemists"), ("wickhamlanepharmacy.example", "harrowgatechemists.example"), role=("Pharmacist", "Pre-registration Pharmacist"), copies=2)
oth("interview", "int-gh", "Interview invitation: {role} at {co}", """
Hi {first},

Good news - the team wants to meet! Grab a 45-minute slot for a video interview with our hiring manager here: https://schedule.{dom}/c/{ref}

Looking forward to it,
{sig}
Recruiting @ {co}
""", ("Loomfield", "Parcelcraft"), ("loomfield.example", "parcelcraft.example"), frm="{sig} <no-reply@greenhouse-mail.{dom}>", role=("Product Designer", "Email Marketing Manager"), tz="usp", copies=2)
oth("interview", "int-in-teams", "Interview schedule - {role}", """
Dear {first},

Good news, {role} interview round is next for your profile. Your technical interview is scheduled on {dl} at 11:30 AM IST on Microsoft Teams. Kindly keep your camera on and join 10 minutes early.

Regards,
{sig}
{co}
""", ("Vayuputra Systems", "Sundaram Infotech"), ("vayuputrasys.example", "sundaraminfotech.example"), role=("SDE 2", "Java Developer"), tz="in", copies=2)
oth("interview", "int-council", "Invitation to interview - {role}", """
Dear {first},

The panel would be glad to interview you for {role} on {dl}. Three people sit on the panel and it runs for roughly 45 minutes, including a short written exercise.

Please confirm your attendance by reply.

Yours sincerely,
{sig}
HR Business Partner, {co}
""", ("Wexcombe District Council", "Severnside Housing"), ("wexcombe.example", "severnsidehousing.example"), role=("Planning Officer", "Income Officer"), copies=2)
oth("interview", "int-resched", "Re: {role} interview", """
Hi {first},

Unfortunately our hiring manager now has to be at a job site on the day we booked. Would the following Monday, same time, work for your interview instead? Sorry for the reshuffle.

{sig}
{co}
""", ("Cardinal Air Systems", "Tidewater Electrical"), ("cardinalair.example", "tidewaterelec.example"), role=("Controls Technician", "Apprentice Electrician"), tz="usc", copies=2)
oth("interview", "int-phone", "Quick chat about {role}?", """
Hey {first},

Thanks for applying to {co}! Got 20 minutes for a phone call this week? Reply with whichever slots suit and I'll put one in the calendar.

{sig}
""", "Fernhollow", "fernhollow.example", role="Account Executive", tz="usp")
oth("interview", "int-aps", "Invitation to interview: {role}", """
Dear {first},

You're on the shortlist for {role}. The panel interview will be held via Teams on {dl}. Please bring two referees' details.

Recruitment, {co}
""", "Department of Reef Management", "reefmanagement.example", frm="Recruitment <recruitment@{dom}>", role="APS6 Senior Policy Officer", tz="au")
oth("interview", "int-trial-ie", "Trial shift - {co}", """
Hi {first},

Thanks for your CV. Would you be able to do a trial on Saturday from 4pm? Bring whites and your knives, and we'll feed you after service.

{sig}
General Manager, {co}
""", "The Salt Quay", "saltquay.example", tz="ie")
oth("interview", "int-school-za", "Invitation: interview and demonstration lesson", """
Good day {first}

Your name is on the shortlist for the Grade 4 post. Please come to the school on {dl} at 09:00 for a demonstration lesson followed by an interview with the SGB panel.

Kind regards
{sig}
Principal, Greenpoint Primary School
""", "Greenpoint Primary School", "greenpointprimary.example", tz="za")
oth("interview", "int-agency-uk", "Interview confirmed!", """
Hi {first},

Brilliant - the client is keen to meet you about the Dynamics contract. First stage is a 30-minute Teams call with their head of IT on {dl} at 2pm. I'll call you beforehand to prep.

{sig}
Caddick Tech Search
""", "Caddick Tech Search", "caddicktech.example")

oth("next_steps", "ns-coding", "Next step: coding exercise for {role}", """
Hi {first},

Thanks for the intro chat. Up next: a 90-minute take-home exercise. You'll receive the link shortly; please submit by 23:59 on {dl}. Deadline clashes with something? Shout and it moves.

{sig}
{co} People Team
""", ("Brightwater Labs", "Tessellate Health"), ("brightwaterlabs.example", "tessellatehealth.example"), frm="{sig} <{sl}@hire.{dom}>", role=("Backend Engineer", "Data Engineer"), tz="use", copies=2)
oth("next_steps", "ns-grad-tests", "{co} Graduate Scheme: online tests", """
Hi {first},

Thanks for applying to the {yr} Graduate Scheme. Now come our online tests (numerical and situational judgement). Please complete both by {dl}; applications with incomplete tests can't be progressed.

{co} Graduate Recruitment
""", ("Hallam Engineering Group", "Brackwater Consulting"), ("hallameng.example", "brackwater.example"), frm="{co} Graduates <graduates@{dom}>", copies=2)
oth("next_steps", "ns-refs", "References - {role}", """
Dear {first},

After your interview, our next task is referencing. Two referees, please - one of them your latest manager - with their emails, by {dl}.

{sig}
{co}
""", ("Hollins Textile Museum", "Riverbend Community Centre"), ("hollinsmuseum.example", "riverbendcc.example"), copies=2)
oth("next_steps", "ns-bgcheck", "Action required: background check", """
Hello {first},

As part of the next stage for {role}, please complete the background check form sent by our screening partner. The link expires on {dl}.

{co} Recruiting
""", "Lakeshore Mutual", "lakeshoremutual.example", frm="{co} Recruiting <recruiting@{dom}>", role="Claims Adjuster", tz="usc")
oth("next_steps", "ns-in-docs", "Documents required - {role}", """
Dear {first},

Kindly upload the following documents on the portal by {dl}: last three payslips, relieving letter, PAN and Aadhaar copies. Your application will proceed to the HR discussion thereafter.

Regards,
{sig}
{co}
""", "Kaveri Digital Labs", "kaveridigital.example", role="Senior Backend Developer", tz="in")
oth("next_steps", "ns-video", "Your video interview for {role}", """
Hi {first},

Your application has moved forward! Up next: four questions, answered on recorded video. Complete it any time before {dl}.

{co} Recruitment
""", "Saltcote Retail Group", "saltcote.example", frm="{co} Recruitment <noreply@jobs.{dom}>", role="Assistant Store Manager")
oth("next_steps", "ns-presentation", "Final stage brief - {role}", """
Dear {first},

Ahead of the final stage, please bring ten minutes of slides about growing our corporate membership in the first year. Send slides by noon on {dl}.

{sig}
{co}
""", "Tall Pines Land Trust", "tallpineslt.example", role="Development Associate", tz="use")
oth("next_steps", "ns-sift-test", "{role} - online test", """
Dear {first},

Congratulations, you passed the sift for {role}. You are now invited to complete an online judgement test by {dl}. If you miss this deadline you can't progress, so please set aside 40 minutes.

Government Recruitment Service
""", "Department for Rural Transport", "drt-jobs.example", frm="GRS Notifications <noreply@{dom}>", role="Executive Officer")
oth("next_steps", "ns-assessment-au", "Next step: online assessment", """
Hi {first},

You've been shortlisted for {role}! Up next: a 25-minute online assessment, due by 5pm AWST on {dl}.

People & Culture, {co}
""", "Southwind Civil", "southwindcivil.example", role="Site Administrator", tz="auw")

oth("offer", "off-thread", "Re: Ops Lead final round", """
{first} -

Great news: the Ops Lead job is yours. Your offer letter is attached, with start date to be agreed. Give me a call with any questions.

Best,
{sig}
Director of Fulfillment, {co}
""", ("Sagebrush Fulfillment", "Redmesa Distribution"), ("sagebrushfulfil.example", "redmesadist.example"), tz="usp", copies=2)
oth("offer", "off-in-ctc", "Offer letter - {role}", """
Dear {first},

Happy to share that {co} is offering you the {role} role, at INR 14,20,000 CTC per annum. Kindly revert with acceptance and your joining date by {dl}.

Regards,
{sig}
HR, {co}
""", ("Pragati Staffing", "Bharatvahan Logistics"), ("pragatistaffing.example", "bharatvahan.example"), role=("Data Engineer", "Fleet Analyst"), tz="in", copies=2)
oth("offer", "off-mobile", "Re: trial shift", """
{first} you smashed it Saturday - job's there for the taking. Tuesday ok to start? {sfirst}
""", "The Salt Quay", "saltquay.example", tz="ie")
oth("offer", "off-conditional", "Conditional offer of employment", """
Dear {first},

Following your interview, Delighted news: the {role} post is yours, once references come back fine and the enhanced DBS is clear.

Please let us know whether you accept by {dl}.

Yours sincerely,
{sig}
{co}
""", "Fosse Care Homes", "fossecare.example", role="Activities Coordinator")
oth("offer", "off-ca", "Offer - {role}", """
Hi {first},

On behalf of the team, I'm happy to offer you the {role} role at {co}, starting at $58,000 per year. You'll find the formal offer attached; signatures back to me by {dl}, please.

Warmly,
{sig}
""", "Maplecrest Payroll", "maplecrestpayroll.example", role="Payroll Specialist", tz="cae")
oth("offer", "off-za", "Offer of employment", """
Dear {first}

{co} has approved your appointment as {role}. The contract is attached; kindly sign and send it back by {dl}.

Kind regards
Human Capital, {co}
""", "Protea Mutual", "proteamutual.example", role="Actuarial Assistant", tz="za")

oth("other_job", "oth-wd-review", "Application update: {role}", """
Status: Under Review

Requisition: {req} {role}
Updated: today

Sign in to {co} Careers to view details.
""", ("Crestmoor Energy", "Talisker Bay Hospitality"), ("crestmoorenergy.example", "taliskerbay.example"), frm="{co} Careers <myworkday@{dom}>", role=("Reliability Engineer", "Night Auditor"), tz="usc", copies=2)
oth("job_alert", "alert-jobpeak", "7 new jobs match your search", """
Hi {first},

New jobs for "warehouse supervisor" near you:
> Goods-In Supervisor - Coventry - £27,800
> Shift Manager - Lutterworth - £33,000
> Yard Controller - Daventry - £28,400

Not seeing the right fit? Refine your search.
JobPeak, 19 Cornmarket, Derby | Unsubscribe
""", ("JobPeak", "JobPeak"), ("jobpeak.example", "jobpeak.example"), frm="JobPeak <alerts@jobpeak.example>", copies=2)
oth("other_job", "oth-withdraw", "Withdrawal confirmed", """
Hi {first},

Done - your {role} application is withdrawn, as requested. Enjoy the new post!

{co} Recruitment
""", "Marrowby Hotels", "marrowbyhotels.example", frm="{co} Recruitment <noreply@jobs.{dom}>", role="Revenue Manager")
oth("other_job", "oth-delay", "{role} - timing update", """
Hi {first},

Just flagging that we're running behind. Holidays kept the panel from meeting, so nothing is decided yet. Expect word from us late next week.

{sig}
{co}
""", "Beacon Lane Software", "beaconlanesw.example", role="QA Lead")
oth("recruiter_outreach", "pitch-uk", "Dynamics role - fancy a chat?", """
Hi {first},

Your profile popped up on my search - would you like to hear about a permanent Dynamics 365 lead role in Bristol, up to £75k plus bonus. Hybrid, two days in.

{sig}
Osprey Interim
""", "Osprey Interim", "ospreyinterim.example")
oth("recruiter_outreach", "pitch-in", "Opportunity: Senior Data Engineer", """
Hi {first},

Greetings! We have an urgent opening for a Senior Data Engineer with our client in Hyderabad. Experience 5-8 years, budget up to 30 LPA. Please share your updated resume if interested.

Regards,
{sig}
Nexus Hire India
""", "Nexus Hire India", "nexushire.example", tz="in")
oth("non_job_rejection_words", "nj-flat", "The flat on Albemarle Road", """
Hi {first},

Thanks for viewing the one-bed on Albemarle Road on Saturday. The landlord chose another applicant with an earlier move-in date, and the flat is now let.

Two similar places come on next month - want me to send them over?

{sig}
Lettings Negotiator, Harbury Homes
""", "Harbury Homes", "harburyhomes.example")
oth("non_job_rejection_words", "nj-loan", "Your personal loan application", """
Dear {first},

Having checked your loan request against your credit file, we have declined it. You can ask for the main reasons for our decision by calling us.

Customer Lending, Greywell Bank
""", "Greywell Bank", "greywellbank.example", frm="Greywell Bank <lending@{dom}>")
oth("non_job_rejection_words", "nj-grant", "Community Arts Fund - decision", """
Dear {first},

This round of the Community Arts Fund drew 212 applications for 30 awards. I'm sorry that your project missed out this round.

The Grants Team
""", "Westfold Arts Council", "westfoldarts.example", frm="Grants Team <grants@{dom}>")
oth("non_job_rejection_words", "nj-club", "Membership waiting list", """
Hi {first},

Lovely to get your form for the rowing club. The novice squad is already full this season, so you've gone on our waiting list - you're number 14.

{sig}
Membership Secretary, Thamesmead Rowing Club
""", "Thamesmead Rowing Club", "thamesmeadrc.example")
oth("non_job_rejection_words", "nj-nursery", "Nursery place", """
Dear {first},

About your request for a September nursery place: every place has now gone, so your child could not be offered one. Your child remains on our waiting list.

Admissions, Little Acorns Nursery
""", "Little Acorns Nursery", "littleacorns.example")
oth("other_job", "oth-pause", "{role} - recruitment on hold", """
Hi {first},

We have put recruitment for {role} on hold until the budget for the new financial year gets sign-off. No appointment has been made and your application remains live; we'll pick things up again in about six weeks.

{sig}
{co}
""", "Ashgrove Fintech", "ashgrovefintech.example", role="Risk Analyst")
oth("other_job", "oth-referred", "Notice of Results - Announcement {ref}", """
Dear {to},

Your application for announcement {ref}, {role}, was reviewed. Result: qualified, and referred - the selecting official now has a certificate listing you. The selecting official may contact you directly for an interview.

HR Office | {co}
""", "Office of Rural Broadband", "orb-hr.example", frm="{co} HR <no-reply@{dom}>", role="Program Analyst", tz="use")

# ---------------------------------------------------------------- wide: 25 English refusals, new trades and channels
PART[0] = "wide"
rej("en-clock-postcard", "Scanned post: 1 item (postcard)", """
MailRoomDirect has scanned a new item for you.

Sender (as written): Ticking Hours Clock Restoration, Ludlow
Item type: postcard, handwritten

Transcription:
"Dear {first}, thank you for the letter & the photographs of your carriage clock work, very neat. I have taken on the lad from the college for the bench apprenticeship, so I have no place to offer this year. Don't give up on it. Yours, {sig}"

View the scan: https://app.mailroomdirect.example/items/{ref}
""", "MailRoomDirect", "mailroomdirect.example", frm="MailRoomDirect <scans@{dom}>")
rej("en-smith-imessage", "Fwd: message from Anvil Barn", """
Forwarding this from my phone so I have it in my mail.

---
iMessage from Anvil Barn Forge (+44 7700 900417), {qd}:
Hiya {first}, apologies for the delay, up to my eyes in gates. We've taken on Marcus for the forge apprenticeship, he's been sweeping for us on Saturdays since he was 15 so it felt right. Come to the open forge day in May if you fancy.
---
""", "Anvil Barn Forge", "letterbay.example", frm="{to} <{rmail}>")
rej("en-bind-doccomment", "{sig} commented on \"Bindery trainee - application\"", """
{sig} left a comment in Scrollpad

Document: Bindery trainee - application ({first})
Comment: "Thanks for sharing the doc with us. We've read it with care and the trainee bench is going to an applicant who has already completed the conservation foundation course. Our Saturday workshops are open to you."

Reply in Scrollpad | Sent to you as the document's owner.
""", "Scrollpad", "scrollpad.example", frm="Scrollpad <comments-noreply@{dom}>")
rej("en-bees-chat", "Chat export: Heatherside Honey", """
[Chime chat export - Heatherside Honey]
[09:14] Heatherside Honey: Morning {first}! Finally had time to sit down with the applications for the seasonal bee job
[09:15] Heatherside Honey: It's gone to someone who's done two heather seasons on the moor with us already, and she's said yes
[09:15] Heatherside Honey: So no spot for you this summer I'm afraid, but thanks loads for coming to the apiary visit
[09:31] {first}: ah fair enough, cheers
""", "Heatherside Honey", "postvine.example", frm="Chime <export@chime-chat.example>")
rej("en-glass-shop", "New message from Furnace Lane Glass on Craftmarket", """
You have a new message on Craftmarket.

From: Furnace Lane Glass
Re: Studio assistant listing

"Hi {first}, thanks for your message via our shop page. We had more interest than expected. We've chosen a maker who can already gather and shape on the pipe, and we're not taking yours further. Enjoy the glass course!"

Reply on Craftmarket. Never pay or share bank details outside Craftmarket.
""", "Craftmarket", "craftmarket.example", frm="Craftmarket <messages@{dom}>")
rej("en-wheel-form", "Your Formly response: Wheelwright apprenticeship", """
Thanks for filling in "Wheelwright apprenticeship {yr} - expression of interest"!

Here's a copy of your answers and the workshop's reply.

Q: Why wheels?  A: (your answer)
Q: Do you drive?  A: Yes

Reply from Greenhaugh Wheelwrights:
We had 41 replies for the one place. Our two master wheelwrights picked a joiner with steam-bending experience, so the place is filled. Thanks for writing in.

Powered by Formly
""", "Formly", "formly.example", frm="Formly <responses@{dom}>")
rej("en-mason-letter", "Letter from the Works Department (scanned)", """
[Scanned letter, handwritten, attached by the Works Department office]

Dear {first},

The Clerk of Works has asked me to write to you about the banker mason vacancy. We were very glad to see your carving samples. However, the Chapter has appointed a mason from our own yard who completed his NVQ with us, and the post is now filled.

We shall keep your letter with our papers for future years.

Yours sincerely,
{sig}
Works Department Secretary, St Aelred's Cathedral
""", "St Aelred's Cathedral", "staelredscathedral.example")
rej("en-zoo-chat", "Saved chat from your Meetloop call", """
Meetloop saved the chat from "Trainee Keeper - follow up" ({qd}).

{sig} (Kestrel Wildlife Park): thanks for jumping on, {first}
{sig} (Kestrel Wildlife Park): putting it in writing for you - we've offered the trainee keeper post to one of our long-standing volunteers from the primate section
{sig} (Kestrel Wildlife Park): you were our second choice - please try again for the spring intake
{first}: understood, thank you for being upfront
""", "Meetloop", "meetloop.example", frm="Meetloop <chat-archive@{dom}>")
rej("en-seaweed-neighbourly", "New private message on Neighbourly", """
{sig} sent you a private message

"Hi {first}, thanks for answering my post about seaweed picking on the lower shore. I've filled both spots with folk who already have tide-table experience and their own waders, so I'm all sorted for this season. Cheers anyway!"

Reply on Neighbourly | Report this message
""", "Neighbourly", "neighbourly.example", frm="Neighbourly <noreply@{dom}>", tz="ie")
rej("en-voice-gig", "Your proposal was declined", """
Hi {first},

The client "Paper Moth Audio" declined your proposal for "Narrator for children's audiobook series (British accent)".

Client's note: "Lovely warm read, but we've gone with a narrator who has a longer list of credited audiobooks."

Your 3 Connects have been returned. Keep browsing jobs on Gigloft.
""", "Gigloft", "gigloft.example", frm="Gigloft <notifications@{dom}>")
rej("en-cremator", "Crematorium Technician - application", """
Dear {first},

Re your application for the Crematorium Technician post at Brackenhill Crematorium.

The Bereavement Services Manager has now completed shortlisting. You have not been shortlisted; the panel gave priority to applicants holding the cremator operator certificate.

Yours sincerely,
{sig}
Bereavement Services, Brackenhill Borough Council
""", "Brackenhill Borough Council", "brackenhill.example")
rej("en-heli-ticket", "[Ticket #{ref}] Ground handler application", """
Deskhive | Ticket #{ref} has been updated

Status: Solved

{sig} (Rotorline Heliport HR) wrote:
Hi {first}, re: Helicopter Ground Handler. We are closing this ticket because the hiring manager has selected applicants with airside driving permits already in place. Your application will not progress.

Reply to this email to reopen the ticket.
""", "Rotorline Heliport", "deskhive.example", frm="Rotorline HR via Deskhive <support@{dom}>")
rej("en-groom-classified", "Reply to your Yardlist response: Groom wanted", """
Yardlist relay - reply from the advertiser (your address stays hidden).

"Thank you for replying to my ad for a racing yard groom. Position is gone now, I took a lad who rode out for me last winter. Good luck - R."

Do not reply with personal details. Report scams at yardlist.example/safety
""", "Yardlist", "yardlist.example", frm="Yardlist relay <relay-{ref}@yardlist.example>")
rej("en-jockey-academy", "Apprentice Jockey Course - selection", """
Dear {first},

Thank you for attending the two-day selection assessment for the Apprentice Jockey Course.

Your riding on the equicizer was encouraging, but your weight on the final day was above the course limit of 8st 7lb, and the selectors have therefore not offered you a place this intake.

Yours sincerely,
{sig}
Admissions, Northern Racing Academy
""", "Northern Racing Academy", "northernracing.example")
rej("en-guidedog-html", "Your application: Guide Dog Trainer", """
<table width="100%" style="background:#f4f1ea"><tr><td align="center">
<table width="580" style="background:#ffffff;font-family:Georgia"><tr><td style="padding:24px">
<p>Dear {first},</p>
<p>It was good to have your interest in training as a <b>Guide Dog Trainer</b> with Bright Path Dogs.</p>
<p>We have now held our assessment days and I'm sorry: there is no trainee programme place for you this year.</p>
<p>With thanks,<br>{sig}<br>Volunteering &amp; People Team</p>
</td></tr></table>
<p style="font-size:10px;color:#999">Sent with Sendflock &middot; Bright Path Dogs is a registered charity no. 1190077 &middot; <a href="https://brightpathdogs.example/prefs">Email preferences</a></p>
</td></tr></table>
""", "Bright Path Dogs", "brightpathdogs.example", frm="Bright Path Dogs <people@{dom}>")
rej("en-shepherd-farmswap", "Farmswap: reply to your message about 'Lambing shepherd, Powys'", """
Reply from the seller via Farmswap:

"Thanks {first}. Job's taken, had a lass from the next valley who's been doing our scanning. Sorry."

Farmswap will never ask for payment by bank transfer.
""", "Farmswap", "farmswap.example", frm="Farmswap <replies@{dom}>")
rej("en-keeper-estate", "Underkeeper post, Glenlochry Estate", """
Dear {first},

Thank you for coming up to see the beats last week. The head keeper and I have talked it over and we are offering the underkeeper post to a young man from Braemar who has done two seasons on the hill with the neighbouring estate. I know that's a disappointment.

Kind regards,
{sig}
Factor, Glenlochry Estate
""", "Glenlochry Estate", "glenlochry.example")
rej("en-ranger-intranet", "Intranet notice: Countryside Ranger (internal) - result", """
Staff Noticeboard | People & Places

Countryside Ranger (internal expression of interest)

Dear {first},
Thank you for registering interest in the Countryside Ranger secondment. Following interviews, the secondment has been offered to a colleague from the Visitor Centre team. Your line manager has been informed.

This notice was sent to you only. Do not forward outside the organisation.
""", "Moorland Parks Authority", "moorlandparks.example", frm="Staff Noticeboard <intranet@{dom}>")
rej("en-fire-packtest", "Fire crew: work capacity test result", """
{first},

Appreciate you making it to the district office for the arduous-duty pack test on Saturday. Your time for the 3-mile walk carrying 45 lb was 46:12, over the 45:00 limit, which rules you out of the seasonal engine crew this year.

You can retest next season. Stay safe out there.

{sig}
Engine Captain, Sawtooth Ridge Fire District
""", "Sawtooth Ridge Fire District", "sawtoothfire.example", tz="usm")
rej("en-lift-gridbase", "Automation: Lift Operator applications - status changed", """
Gridbase automation

Base: Winter Staff {yr}
Record: {to}
Field "Outcome" changed: Pending -> No (roles filled)
Note from Snowbridge Resort HR: "Lift ops roster is full for the season; there's no position for you this winter."

You get this email because Snowbridge Resort uses Gridbase to track applications.
""", "Snowbridge Resort", "gridbase.example", frm="Gridbase <automations@{dom}>", tz="usm")
rej("en-ropeaccess-seq", "Rope Access Technician - Level 1", """
Hi {first},

Thanks for sending your logbook over. I've shown it to our ops manager and he's filled the Level 1 spots on the North Sea campaign with techs who have more offshore hours, so your name won't go forward.

Cheers,
{sig}
Crew Planning, Highline Access Services

Tracked with Pipelark | Unsubscribe from these emails: https://t.pipelark.example/u/{ref}
""", "Highline Access Services", "highlineaccess.example")
rej("en-verger", "Verger vacancy", """
Dear {first},

The Dean and Chapter have asked me to write about the post of Verger. After much prayerful consideration, a member of the existing Vestry team has been appointed and has accepted. Your letter was written with evident care, and I thank you for it.

With every good wish,
{sig}
Chapter Clerk
""", "Chapter of St Brannoc", "stbrannoc.example")
rej("en-herbarium", "Herbarium Technician - decision", """
Hello {first},

It was good to interview you for the Herbarium Technician role. It was a close run; the post is going to another candidate whose mounting and databasing background suits the digitisation project a little better.

Best wishes,
{sig}
Collections Manager, Calloway Botanic Garden
""", "Calloway Botanic Garden", "callowaybotanic.example", tz="use")
rej("en-choc-dm", "Loopclip: new message from @cacaoandclove", """
@cacaoandclove sent you a message:

"omg thank you for applying {first}!! we were honestly overwhelmed with how many people wanted the tempering assistant spot. we picked someone with a bit more shop-floor time so not this round sadly. keep making the bonbons!!"

Open Loopclip to reply.
""", "Loopclip", "loopclip.example", frm="Loopclip <notify@{dom}>", tz="use")
rej("en-butcher-board", "New message posted in 'Hiring - apprentice'", """
Hutboard | Brindle & Sons Butchers

{sig} posted a message to you:

"{first} - thanks for the half-day on the block, you were careful with the knife. We're giving the apprenticeship to Callum who's done his Saturday shifts with us since school. Sorry, mate."

Reply here or in Hutboard.
""", "Brindle & Sons Butchers", "hutboard.example", frm="Hutboard <notifications@{dom}>")

# ---------------------------------------------------------------- wide: 25 refusals in other languages (15 widely spoken, 10 new to the slices)
rej("fr-patisserie", "Votre candidature - commis pâtissier", """
Bonjour {first},

Quel plaisir de vous avoir eu(e) au laboratoire mardi et d'avoir monté ces choux avec nous. Le chef a finalement confié le poste de commis à Léna, qui fait ses extras chez nous depuis la rentrée et connaît déjà nos fours.

Nous garderons un bon souvenir de votre passage.

{sig}
Pâtisserie Bellecour-Saint-Jean, Lyon
""", "Pâtisserie Bellecour-Saint-Jean", "patisseriebsj.example", tz="eu", lang="fr", rn=("Camille Ferrand",), sn=("Thibaut Delorme",))
rej("de-tischlerei", "Ihre Bewerbung um die Lehrstelle", """
Servus {first},

vielen Dank für den Schnuppertag in unserer Werkstatt, das Schwalbenschwanz-Stück war sauber gearbeitet.

Wir haben die Lehrstelle inzwischen an einen Burschen aus dem Ort vergeben, der seit dem Frühjahr bei uns aushilft. Für heuer ist damit nichts mehr frei.

Alles Gute für die Suche,
{sig}
Tischlerei Wimmer & Söhne, Gmunden
""", "Tischlerei Wimmer & Söhne", "tischlerei-wimmer.example", tz="eu", lang="de", rn=("Lukas Hinterberger",), sn=("Josef Wimmer",))
rej("es-hotel-mx", "Vacante de recepcionista nocturno", """
Hola {first}:

Te escribo del hotel para contarte cómo quedó la vacante de recepción nocturna. Nos decidimos por una compañera que ya cubría turnos en el área de reservas, así que el puesto ya está ocupado.

Te agradecemos mucho la plática del jueves. Ojalá coincidamos más adelante.

Saludos cordiales,
{sig}
Recursos Humanos, Hotel Casona del Jardín, Oaxaca
""", "Hotel Casona del Jardín", "casonadeljardin.example", tz="mx", lang="es", rn=("Valeria Ortiz Cano",), sn=("Mariana Santibáñez",))
rej("pt-startup-br", "Sobre a vaga de Analista de Dados", """
Oi {first}!

Passando pra contar como ficou o processo. O time gostou muito do case, mas escolhemos seguir com uma pessoa que já trabalhou com dados de varejo no nosso ERP. Então a vaga foi fechada com ela.

Valeu demais pelo papo e pela dedicação ao case!

Abraço,
{sig}
Gente & Cultura, Mandacaru Tech
""", "Mandacaru Tech", "mandacarutech.example", tz="br", lang="pt", rn=("Rafael Menezes",), sn=("Juliana Paixão",))
rej("ru-logistics", "Результат собеседования", """
Здравствуйте, {first}!

Благодарим за встречу на складе в четверг. По итогам собеседования руководитель смены остановил выбор на другом человеке: он несколько лет вёл учёт в WMS, поэтому предложить вам эту должность мы сейчас не можем.

С уважением,
{sig}
Отдел персонала, «Северный терминал»
""", "Северный терминал", "severterminal.example", tz="ru", lang="ru", rn=("Андрей Волков",), sn=("Ольга Кравченко",))
rej("ja-ryokan", "仲居スタッフ応募の件", """
{first}様

先日はお忙しい中、当館までお越しいただきありがとうございました。

女将とも話し合いました結果、今回の仲居スタッフには、以前より繁忙期に手伝ってくれていた方をお迎えすることになりました。せっかくご足労いただいたのに申し訳ございません。

また機会がございましたら、どうぞよろしくお願いいたします。

湯けむりの宿 川霧荘
{sig}
""", "川霧荘", "kawagiri-so.example", tz="jp", lang="ja", rn=("佐藤 美咲",), sn=("中村 恵子",))
rej("zh-design", "关于室内设计助理岗位", """
{first}你好：

谢谢你上周来工作室参加面试，也谢谢你带来的手绘稿。

经过团队讨论，这个助理岗位我们最后给了一位已经在我们这里实习了半年的同学，她对我们的项目流程更熟悉。这次就不能和你合作了，希望以后还有机会。

祝好！
{sig}
青瓦空间设计工作室
""", "青瓦空间设计", "qingwa-design.example", tz="cn", lang="zh", rn=("王晓雯",), sn=("陈立群",))
rej("ar-hotel", "بخصوص طلبك لوظيفة مشرف المطبخ", """
الأستاذ/ة {first} المحترم/ة،

نشكرك على حضور المقابلة يوم الأحد وعلى الطبق الذي حضّرته للجنة. بعد التشاور، قرر الشيف التنفيذي اختيار زميل يعمل معنا منذ عامين في الفرع الآخر لشغل هذه الوظيفة.

نتمنى لك كل التوفيق في خطوتك القادمة.

{sig}
الموارد البشرية - فندق واحة النخيل، دبي
""", "فندق واحة النخيل", "wahatalnakheel.example", tz="ae", lang="ar", rn=("ليلى حداد",), sn=("سامر العبيدي",))
rej("tr-tekstil", "Kalite Kontrol Sorumlusu başvurunuz", """
Merhaba {first} Hanım,

Geçen hafta fabrikamıza gelip görüşmeye katıldığınız için teşekkür ederiz. Değerlendirmemizi tamamladık; bu pozisyon için boyahanede uzun süredir çalışan bir arkadaşımızı görevlendirmeye karar verdik.

İlerideki ilanlarımızda sizi yeniden görmekten memnuniyet duyarız.

Saygılarımızla,
{sig}
İnsan Kaynakları, Bursa Pamuk Tekstil
""", "Bursa Pamuk Tekstil", "bursapamuk.example", tz="tr", lang="tr", rn=("Elif Yıldırım",), sn=("Murat Demirtaş",))
rej("vi-software", "Kết quả phỏng vấn vị trí Tester", """
Chào {first},

Nhóm kiểm thử rất vui được gặp bạn hôm thứ Ba. Sau khi cân nhắc, công ty đã chọn một ứng viên có nhiều kinh nghiệm kiểm thử tự động hơn cho vị trí này.

Mong bạn sớm có một chỗ làm ưng ý.

Thân mến,
{sig}
Phòng Nhân sự, Sông Hồng Software
""", "Sông Hồng Software", "songhongsoft.example", tz="vn", lang="vi", rn=("Nguyễn Thu Trang",), sn=("Trần Minh Khoa",))
rej("sw-safari", "Ombi lako la kazi ya dereva wa safari", """
Habari {first},

Asante kwa kuja kwenye usaili wetu Arusha wiki iliyopita. Tumeamua kumpa nafasi hii dereva ambaye amekuwa akifanya kazi nasi kwa mikataba mifupi tangu mwaka jana. Kwa hiyo hatutaweza kuendelea na ombi lako kwa sasa.

Tunakutakia kila la heri.

{sig}
Idara ya Utumishi, Kilele Safaris
""", "Kilele Safaris", "kilelesafaris.example", tz="ke", lang="sw", rn=("Baraka Mwakyusa",), sn=("Neema Kimaro",))
rej("fa-clinic", "درباره درخواست همکاری شما", """
{first} عزیز،

از اینکه برای مصاحبه به کلینیک آمدید سپاسگزاریم. پس از بررسی، مدیر کلینیک تصمیم گرفت این موقعیت منشی را به همکاری بدهد که پیش از این در بخش پذیرش ما کار کرده است.

برایتان آرزوی موفقیت داریم.

{sig}
واحد منابع انسانی، کلینیک دندانپزشکی آفتاب
""", "کلینیک آفتاب", "aftabclinic.example", tz="ir", lang="fa", rn=("مریم رضایی",), sn=("حمید کاظمی",))
rej("uk-bakery", "Щодо вакансії пекаря", """
Доброго дня, {first}!

Дякуємо, що прийшли на пробну зміну в суботу. Ми довго радилися і вирішили взяти на цю посаду пекарку, яка вже пів року працює в нашій другій пекарні на Подолі.

Бажаємо вам успіхів і сподіваємося ще побачитися.

{sig}
Пекарня «Теплий хліб», Київ
""", "Теплий хліб", "teplyikhlib.example", tz="eu2", lang="uk", rn=("Олена Бондаренко",), sn=("Ірина Мельник",))
rej("tl-bpo", "Tungkol sa aplikasyon mo bilang Team Leader", """
Hi {first},

Salamat sa pagpunta mo sa final interview noong Biyernes. Pinili ng account manager ang isang agent na matagal na sa aming Cebu site para sa posisyong ito, kaya hindi na namin maipagpapatuloy ang iyong aplikasyon.

Maraming salamat at good luck sa susunod mong hakbang!

{sig}
Recruitment, Bayanihan Contact Solutions
""", "Bayanihan Contact Solutions", "bayanihancs.example", tz="ph", lang="tl", rn=("Maria Kristine Dela Cruz",), sn=("Joseph Villanueva",))
rej("ms-kopitiam", "Permohonan jawatan penyelia kedai", """
Salam {first},

Terima kasih kerana hadir ke temu duga di cawangan Bangsar minggu lepas. Selepas berbincang, pengurus kami telah memilih seorang pekerja sedia ada dari cawangan Shah Alam untuk mengisi jawatan penyelia ini.

Semoga berjaya dalam pencarian kerja anda.

Yang benar,
{sig}
Sumber Manusia, Kopi Cendana Sdn Bhd
""", "Kopi Cendana", "kopicendana.example", tz="sg", lang="ms", rn=("Nur Aisyah Rahman",), sn=("Faizal Hamzah",))
rej("lb-winery", "Är Bewerbung als Verkeefer(in) am Caveau", """
Moien {first},

villmools merci fir Är Bewerbung an fir de Besuch an der Kellerei. An der Tëschenzäit ass d'Plaz un een anere gaangen, deen zwee Joer um Wäimaart bei eis gehollef huet.

Alles Guddes weiderhin.

Mat beschte Gréiss,
{sig}
Caves Schmit-Reding, Remich
""", "Caves Schmit-Reding", "schmitreding.example", tz="eu", lang="lb", rn=("Tom Weber",), sn=("Carole Schmit",))
rej("co-osteria", "A vostra candidatura per l'osteria", """
Caru {first},

Vi ringraziemu di a vostra candidatura è di a vostra visita à l'osteria. Avemu sceltu infine un ghjovanu di u paese chì travaglia digià cù noi l'estate, dunque u postu hè pigliatu.

Vi auguremu bona furtuna.

À prestu,
{sig}
Osteria di a Funtana, Corti
""", "Osteria di a Funtana", "osteriafuntana.example", tz="eu", lang="co", rn=("Ghjuvan Petru Santini",), sn=("Maria Luisa Orsoni",))
rej("rm-skischool", "Vossa annunzia per la scola da skis", """
Char {first},

grazia fitg per Vossa annunzia sco instructur(a) da skis per l'enviern. Nus avain elegì ina autra persuna ch'ha gia lavurà en nossa scola la stagiun passada, perquai na pudain nus betg As offrir la plazza.

Nus As giavischain bler success.

Cordials salids,
{sig}
Scola da skis Val Sumvitg
""", "Scola da skis Val Sumvitg", "skisumvitg.example", tz="eu", lang="rm", rn=("Gian Andri Caduff",), sn=("Ursina Deplazes",))
rej("qu-turismo", "Llamk'ay mañakusqaykimanta", """
Napaykullayki {first},

Añaychayki turistakunata pusanapaq llamk'ayta mañakusqaykimanta. Kay kutipiqa huk runatam akllarqayku, paymi ñawpaq watakunapi ñanninchikta riqsin. Chayrayku manam qamwan kay watapi llamk'asunchu.

Sumaq kawsay kachun,
{sig}
Inti Ñan Puriykuna, Qusqu
""", "Inti Ñan Puriykuna", "intinan.example", tz="pe", lang="qu", rn=("Wayra Quispe",), sn=("Rosa Huamán",))
rej("gn-cooperativa", "Ne rembiapo jerure", """
Mba'éichapa {first},

Aguyje ne kuatia remondo haguére ore cooperativa-pe. Roiporavo ambue tapicha, oikuaáva porãve ko tembiapo, upévare ndaikatúi romba'apo nendive ko'ág̃a.

Rohayhu ha rombojerovia ne rape.

{sig}
Cooperativa Yvága Poty, Caaguazú
""", "Cooperativa Yvága Poty", "yvagapoty.example", tz="py", lang="gn", rn=("Ñandutí Benítez",), sn=("Derlis Aquino",))
rej("ny-school", "Za ntchito ya mlembi", """
Wokondedwa {first},

Zikomo kwambiri chifukwa chofunsira ntchito ya mlembi pa sukulu yathu. Komiti yasankha munthu wina amene wakhala akuthandiza ku ofesi yathu kwa chaka chimodzi, choncho simunasankhidwe nthawi ino.

Tikukufunirani zabwino zonse.

{sig}
Mphunzitsi Wamkulu, Chisomo Secondary School, Zomba
""", "Chisomo Secondary School", "chisomoschool.example", tz="mw", lang="ny", rn=("Chikondi Banda",), sn=("Grace Phiri",))
rej("st-farm", "Kopo ya hao ya mosebetsi polasing", """
Lumela {first},

Re leboha kopo ya hao ya mosebetsi wa mothusi polasing ya rona. Ka masoabi, lekhetlong lena re nkile motho e mong ya seng a ntse a re thusa nakong ya kotulo, ka hona ha o a kgethwa.

Re o lakaletsa mahlohonolo.

{sig}
Polasi ya Maluti Fruit, Ficksburg
""", "Maluti Fruit", "malutifruit.example", tz="za", lang="st", rn=("Palesa Mokoena",), sn=("Thabo Letsie",))
rej("ln-transport", "Mokanda na yo ya mosala", """
Mbote {first},

Tozali kopesa yo matondi mingi mpo na mokanda na yo ya mosala ya motambwisi motuka. Na mawa, toponi moto mosusu oyo asilaki kosala na biso; yango wana tokoki kozwa yo na mbala oyo te.

Tokolikya yo mabele malamu.

{sig}
Kongo Express Transport, Kinshasa
""", "Kongo Express Transport", "kongoexpress.example", tz="cd", lang="ln", rn=("Patrick Mbuyi",), sn=("Josée Kabeya",))
rej("tet-ngo", "Kona-ba ita-nia aplikasaun", """
Bondia {first},

Obrigadu barak ba ita-nia aplikasaun ba pozisaun asistente administrasaun iha ami-nia ONG. Ami hili ona kandidatu seluk ne'ebé serbisu ona ho ami iha programa agrikultura, entaun ita-nia aplikasaun la kontinua.

Ami hakarak ita susesu iha futuru.

{sig}
Rekursu Umanu, Fundasaun Lafaek Moris, Dili
""", "Fundasaun Lafaek Moris", "lafaekmoris.example", tz="tl", lang="tet", rn=("Joaquina da Costa",), sn=("Mateus Soares",))
rej("haw-loi", "No kāu palapala noi", """
Aloha e {first},

Mahalo nui no kāu palapala noi no ka hana kōkua ma ka loʻi kalo. Ua koho mākou i kekahi mea ʻē aʻe i hana pū me mākou i ke kau i hala, no laila ʻaʻole e hoʻomau ʻia kāu noi i kēia manawa.

Me ke aloha,
{sig}
Hui Loʻi o Waiʻōlino, Kauaʻi
""", "Hui Loʻi o Waiʻōlino", "waiolino.example", tz="hi", lang="haw", rn=("Keola Kahananui",), sn=("Leilani Kealoha",))

# ---------------------------------------------------------------- wide: 50 others (twins of the wide refusals)
oth("application_received", "w-conf-cremator", "Crematorium Technician - application received", """
Dear {first},

Your application for the Crematorium Technician post at {co} has arrived. The panel shortlists once the vacancy closes. We can't write to every applicant, so silence beyond {dl} would mean no shortlist place for you.

Bereavement Services
""", ("Brackenhill Borough Council", "Askerby Town Council"), ("brackenhill.example", "askerby.example"), copies=2)
oth("application_received", "w-conf-guidedog", "We've received your application: Guide Dog Trainer", """
<table width="580" style="font-family:Georgia"><tr><td style="padding:24px">
<p>Dear {first},</p>
<p>Thank you for applying to train as a <b>Guide Dog Trainer</b> with {co}.</p>
<p>Assessment days run next month. Invited or not, an email will follow once shortlisting is done - nobody is left without an answer.</p>
<p>With thanks,<br>Volunteering &amp; People Team</p>
</td></tr></table>
<p style="font-size:10px;color:#999">Sent with Sendflock</p>
""", ("Bright Path Dogs", "Steady Paws Trust"), ("brightpathdogs.example", "steadypaws.example"), frm="{co} <people@{dom}>", copies=2)
oth("application_received", "w-conf-academy", "Apprentice Jockey Course - application received", """
Dear {first},

Applying for the Apprentice Jockey Course at {co}: done, and received. If your application meets our criteria you'll be invited to a two-day selection assessment; if it doesn't, we'll write and explain why. Please remember the weight limit applies on every assessment day.

Admissions
""", ("Northern Racing Academy", "Curragh Vale Riding School"), ("northernracing.example", "curraghvale.example"), copies=2)
oth("application_received", "w-conf-intranet", "Intranet notice: expression of interest received", """
Staff Noticeboard | People & Places

Dear {first},
Your expression of interest in the {role} secondment has been received. Interviews will be held in two weeks. If you're not shortlisted, your line manager will let you know personally.
""", ("Moorland Parks Authority", "Fenland Waterways Trust"), ("moorlandparks.example", "fenlandwaterways.example"), frm="Staff Noticeboard <intranet@{dom}>", role=("Countryside Ranger", "Lock and Weir Ranger"), copies=2)
oth("application_received", "w-conf-fire", "Seasonal engine crew - application received", """
{first},

Got your application for the seasonal engine crew. Next step will be the arduous-duty pack test - if you don't make 45:00 we can't hire you this season, so train with weight. We'll email the test dates once applications close.

{sig}
Engine Captain, {co}
""", ("Sawtooth Ridge Fire District", "Owyhee Rangeland Fire Protection"), ("sawtoothfire.example", "owyheerfp.example"), tz="usm", copies=2)
oth("application_received", "w-conf-formly", "Your Formly response: Cooper apprenticeship", """
Thanks for filling in "Cooper apprenticeship {yr} - expression of interest"!

Note from Speyside Cooperage: we read every form after the closing date. Not going ahead with you? Then one short email comes from us; no need to chase.

Powered by Formly
""", "Formly", "formly.example", frm="Formly <responses@{dom}>")
oth("application_received", "w-conf-craft", "New message from Kelpwork Ceramics on Craftmarket", """
You have a new message on Craftmarket.

"Hi {first}, got your note about the studio assistant listing! We're reading everything this weekend. We'll message every applicant back, yes or no, by Wednesday."

Reply on Craftmarket.
""", "Craftmarket", "craftmarket.example", frm="Craftmarket <messages@{dom}>")
oth("application_received", "w-conf-ticket", "[Ticket #{ref}] Ramp agent application", """
Deskhive | Ticket #{ref} has been created

Status: Open

Hi {first}, thanks for applying for Ramp Agent at Skyharbour Aviation Services. A member of HR will update this ticket when there's a decision. Applicants without an airside permit can still be considered.
""", "Skyharbour Aviation Services", "deskhive.example", frm="Skyharbour HR via Deskhive <support@{dom}>")
oth("application_received", "w-conf-fr", "Candidature reçue - vendeur(se) en boulangerie", """
Bonjour {first},

Votre CV est arrivé chez nous, merci ! Nous rencontrerons les personnes retenues la semaine prochaine. Pas d'appel d'ici quinze jours ? Cela voudra dire qu'une autre personne a été prise, mais votre CV restera dans notre classeur.

{sig}
Pâtisserie Bellecour-Saint-Jean
""", "Pâtisserie Bellecour-Saint-Jean", "patisseriebsj.example", tz="eu", lang="fr", rn=("Inès Marchand",), sn=("Thibaut Delorme",))
oth("application_received", "w-conf-ja", "ご応募ありがとうございます（フロントスタッフ）", """
{first}様

このたびは当館フロントスタッフの求人にご応募いただき、誠にありがとうございます。書類を拝見のうえ、面接をお願いする方にのみ一週間以内にお電話いたします。ご連絡がない場合は、今回はご縁がなかったものとご了承ください。

湯けむりの宿 川霧荘
""", "川霧荘", "kawagiri-so.example", tz="jp", lang="ja", rn=("高橋 健太",))
oth("application_received", "w-conf-lb", "Är Bewerbung ass ukomm", """
Moien {first},

merci fir Är Bewerbung fir d'Vendange. Mir kucken all d'Bewerbungen bis Enn vum Mount duerch. Ob et klappt oder net, Dir kritt eng Äntwert vun eis.

Mat beschte Gréiss,
Caves Schmit-Reding
""", "Caves Schmit-Reding", "schmitreding.example", tz="eu", lang="lb", rn=("Luc Hoffmann",))
oth("application_received", "w-conf-qu", "Mañakusqayki chayamunña", """
Napaykullayki {first},

Llamk'ay mañakusqaykiqa chayamunña, añaychayki. Qhipa semanapi qillqakunata qhawasaqku. Mana akllasqa kaspaqa, huk willakuyta apachimusayki.

Inti Ñan Puriykuna, Qusqu
""", "Inti Ñan Puriykuna", "intinan.example", tz="pe", lang="qu", rn=("Killa Mamani",))
oth("application_received", "w-conf-sw", "Tumepokea ombi lako", """
Habari {first},

Tumepokea ombi lako la kazi ya mpishi kambini. Tutawasiliana na waliochaguliwa kwa usaili ndani ya wiki mbili. Usipopata simu kutoka kwetu baada ya muda huo, tafadhali elewa kuwa hukuchaguliwa safari hii.

Idara ya Utumishi, Kilele Safaris
""", "Kilele Safaris", "kilelesafaris.example", tz="ke", lang="sw", rn=("Amani Mollel",))
oth("application_received", "w-conf-de", "Eingangsbestätigung Ihrer Bewerbung", """
Grüß Gott {first},

danke für Ihre Unterlagen zur Lehrstelle als Tischler/in. Wir melden uns bis Ende des Monats bei allen, die sich beworben haben, auch wenn es diesmal nicht passt.

{sig}
Tischlerei Wimmer & Söhne
""", "Tischlerei Wimmer & Söhne", "tischlerei-wimmer.example", tz="eu", lang="de", rn=("Anna Gruber",), sn=("Josef Wimmer",))
oth("interview", "w-int-meetloop", "Invitation: Trainee Keeper - interview", """
Meetloop invitation

Kestrel Wildlife Park invites you to "Trainee Keeper - interview"
When: {dl}, 10:00-10:45
Join: https://meetloop.example/j/{ref}

Note from {sig}: please have your animal-handling certificates ready to show on camera.
""", "Meetloop", "meetloop.example", frm="Meetloop <invites@{dom}>")
oth("interview", "w-int-imessage", "Fwd: message from Anvil Barn", """
Forwarding so I have the time saved.

---
iMessage from Anvil Barn Forge (+44 7700 900417):
Hi {first}, fancy coming down to the forge Thursday 9ish for a chat and a go on the anvil? Wear boots, no synthetics.
---
""", "Anvil Barn Forge", "postvine.example", frm="{to} <{rmail}>")
oth("interview", "w-int-estate", "Visit to the estate", """
Dear {first},

Your letter about the underkeeper post arrived. Could you come up on {dl}? The head keeper would like to walk the hill with you and have a chat over lunch at the bothy.

Kind regards,
{sig}
Factor, Glenlochry Estate
""", "Glenlochry Estate", "glenlochry.example")
oth("interview", "w-int-seaweed", "New private message on Neighbourly", """
{sig} sent you a private message

"Hi {first}, thanks for answering my post! Could you come down to the slipway Saturday at low tide (about 8am) so I can show you the patch and see how you get on?"

Reply on Neighbourly
""", "Neighbourly", "neighbourly.example", frm="Neighbourly <noreply@{dom}>", tz="ie")
oth("interview", "w-int-tr", "Mülakat daveti - Üretim Planlama Uzmanı", """
Merhaba {first} Bey,

Başvurunuzu değerlendirdik ve sizi fabrikamızda yüz yüze görüşmeye davet etmek istiyoruz. {dl} tarihinde saat 10:30 uygun olur mu? Lütfen kimlik belgenizi yanınızda getiriniz.

Saygılarımızla,
{sig}
İnsan Kaynakları, Bursa Pamuk Tekstil
""", "Bursa Pamuk Tekstil", "bursapamuk.example", tz="tr", lang="tr", rn=("Emre Aksoy",), sn=("Murat Demirtaş",))
oth("interview", "w-int-vi", "Mời phỏng vấn vị trí Lập trình viên", """
Chào {first},

Hồ sơ của bạn đã qua vòng sàng lọc. Chúng tôi mời bạn tham gia phỏng vấn kỹ thuật vào lúc 14:00 ngày {dl} tại văn phòng Cầu Giấy. Vui lòng xác nhận lại qua email này.

Phòng Nhân sự, Sông Hồng Software
""", "Sông Hồng Software", "songhongsoft.example", tz="vn", lang="vi", rn=("Lê Hoàng Nam",))
oth("interview", "w-int-es", "Entrevista - recepción nocturna", """
Hola {first}:

Nos gustó tu solicitud. ¿Podrías venir al hotel el jueves a las 17:00 para platicar con la gerente de recepción? Pregunta por Mariana en la entrada.

Saludos,
Recursos Humanos, Hotel Casona del Jardín
""", "Hotel Casona del Jardín", "casonadeljardin.example", tz="mx", lang="es", rn=("Diego Ramírez Luna",))
oth("interview", "w-int-rm", "Invitaziun a la discussiun", """
Char {first},

grazia per Vossa annunzia. Nus As envidain gugent ad ina discussiun en nossa scola da skis, il di {dl} a las 14.00. Per plaschair confermai per e-mail.

Cordials salids,
Scola da skis Val Sumvitg
""", "Scola da skis Val Sumvitg", "skisumvitg.example", tz="eu", lang="rm", rn=("Flurina Cavegn",))
oth("interview", "w-int-ny", "Kuyitanidwa ku kuyankhulana", """
Wokondedwa {first},

Zikomo chifukwa chofunsira ntchito ya mlembi. Tikukuitanani kuti mubwere ku sukulu pa {dl} nthawi ya 9 koloko m'mawa kuti tikambirane nanu.

Mphunzitsi Wamkulu, Chisomo Secondary School
""", "Chisomo Secondary School", "chisomoschool.example", tz="mw", lang="ny", rn=("Tiyamike Mwale",))
oth("next_steps", "w-ns-jockey", "Selection assessment: what to bring", """
Dear {first},

Your selection assessment invitation for the Apprentice Jockey Course is attached. Please return the medical questionnaire and parental consent form (if under 18) by {dl}; missing forms mean you can't take part.

Admissions, Northern Racing Academy
""", "Northern Racing Academy", "northernracing.example")
oth("next_steps", "w-ns-packtest", "Pack test booked", """
{first},

You're booked for the arduous-duty pack test on {dl} at 07:00. Bring the signed health screening form - no form, no test. Water and boots are on you.

{sig}
Engine Captain, Sawtooth Ridge Fire District
""", "Sawtooth Ridge Fire District", "sawtoothfire.example", tz="usm")
oth("next_steps", "w-ns-glass", "New message from Furnace Lane Glass on Craftmarket", """
"Hi {first}, lovely to get your message! Pop in for a paid trial morning in the hot shop. Can you tell me by {dl} which of the two Saturdays works? Wear cotton."

Reply on Craftmarket.
""", "Craftmarket", "craftmarket.example", frm="Craftmarket <messages@{dom}>")
oth("next_steps", "w-ns-gig", "Paper Moth Audio sent you an audition script", """
Hi {first},

The client "Paper Moth Audio" has shortlisted your proposal and wants a custom audition: two pages of chapter one, recorded raw, uploaded by {dl}.

Open the job on Gigloft to download the script.
""", "Gigloft", "gigloft.example", frm="Gigloft <notifications@{dom}>")
oth("next_steps", "w-ns-rope", "Rope access - medical and logbook check", """
Hi {first},

Good news, you're through. Next, scan and send your offshore medical and your latest logbook page by {dl} so we can check your hours.

{sig}
Crew Planning, Highline Access Services
""", "Highline Access Services", "highlineaccess.example")
oth("next_steps", "w-ns-herbarium", "Herbarium Technician - practical task", """
Hello {first},

Thanks for your application. Shortlisted candidates are asked to complete a short practical: mounting two specimens and entering their label data. Please book a slot before {dl}.

{sig}
Collections Manager, Calloway Botanic Garden
""", "Calloway Botanic Garden", "callowaybotanic.example", tz="use")
oth("next_steps", "w-ns-zh", "设计助理岗位 - 作品测试", """
{first}你好：

你的简历已通过初筛。下一步请在{dl}前完成一份小户型平面方案，并发送到本邮箱。

青瓦空间设计工作室
""", "青瓦空间设计", "qingwa-design.example", tz="cn", lang="zh", rn=("李思远",))
oth("next_steps", "w-ns-tet", "Teste hakerek", """
Bondia {first},

Ita-nia aplikasaun liu ona ba etapa tuir mai. Favor mai halo teste hakerek iha ami-nia eskritóriu iha loron {dl}, tuku 9:00 dadeer.

Rekursu Umanu, Fundasaun Lafaek Moris
""", "Fundasaun Lafaek Moris", "lafaekmoris.example", tz="tl", lang="tet", rn=("Armando Pereira",))
oth("offer", "w-off-butcher", "New message posted in 'Hiring - apprentice'", """
Hutboard | Brindle & Sons Butchers

{sig} posted a message to you:

"{first} - the apprenticeship is yours if you fancy it. Monday 6am start, we'll sort your whites and a knife roll."
""", "Brindle & Sons Butchers", "hutboard.example", frm="Hutboard <notifications@{dom}>")
oth("offer", "w-off-choc", "Loopclip: new message from @cacaoandclove", """
@cacaoandclove sent you a message:

"{first}!! you're our pick for tempering assistant. can you do thurs-sun? DM us your email and we'll send the contract"
""", "Loopclip", "loopclip.example", frm="Loopclip <notify@{dom}>", tz="use")
oth("offer", "w-off-shepherd", "Farmswap: reply to your message about 'Lambing help, Shropshire'", """
Reply from the seller via Farmswap:

"Thanks {first}, you sound ideal. Job's yours for March and April if you want it - caravan on site."
""", "Farmswap", "farmswap.example", frm="Farmswap <replies@{dom}>")
oth("offer", "w-off-pt", "Proposta - Analista de Dados", """
Oi {first}!

Que alegria: queremos você no time! Segue em anexo a proposta com salário e benefícios. Consegue nos dar um retorno até {dl}?

Abraço,
Gente & Cultura, Mandacaru Tech
""", "Mandacaru Tech", "mandacarutech.example", tz="br", lang="pt", rn=("Beatriz Albuquerque",))
oth("offer", "w-off-haw", "Ua koho ʻia ʻoe", """
Aloha e {first},

Ua koho mākou iā ʻoe no ka hana kōkua ma ka loʻi kalo. E ʻoluʻolu, e hoʻihoʻi mai i kāu pane ma mua o {dl}.

Me ke aloha,
Hui Loʻi o Waiʻōlino
""", "Hui Loʻi o Waiʻōlino", "waiolino.example", tz="hi", lang="haw", rn=("Kainoa Akana",))
oth("other_job", "w-oth-formly", "Your Formly response was updated", """
Greenhaugh Wheelwrights updated the status of your response:

"Wheelwright apprenticeship {yr}": Received -> In review

You'll get another email when the status changes again.
Powered by Formly
""", "Formly", "formly.example", frm="Formly <responses@{dom}>")
oth("other_job", "w-oth-ticket-withdraw", "[Ticket #{ref}] Application withdrawn", """
Deskhive | Ticket #{ref} has been updated

Status: Closed

Hi {first}, per your request the Helicopter Ground Handler application is now withdrawn.
""", "Rotorline Heliport", "deskhive.example", frm="Rotorline HR via Deskhive <support@{dom}>")
oth("job_alert", "w-alert-gig", "New jobs matching 'audiobook narrator'", """
Hi {first},

3 new jobs on Gigloft match your saved search:
- Narrator for cosy mystery series (female, Northern English)
- Voice for museum audio guide, 40 mins
- Explainer video voiceover, 90 seconds

Manage saved searches in your Gigloft settings.
""", "Gigloft", "gigloft.example", frm="Gigloft <alerts@{dom}>")
oth("recruiter_outreach", "w-pitch-rope", "Offshore rope access - are you available?", """
Hi {first},

Saw your IRATA level on a job board. I'm crewing a 5-week turbine blade campaign from March, day rate negotiable. Interested? Quick call this week?

{sig}
Windward Crewing
""", "Windward Crewing", "windwardcrewing.example")
oth("non_job_rejection_words", "w-nj-beeclub", "Beginners' beekeeping course", """
Dear {first},

Our beginners' beekeeping course filled within two days of opening, so there's no spring place for you. You're first on the list for the autumn course.

Heatherside Beekeepers' Association
""", "Heatherside Beekeepers", "heathersidebka.example")
oth("non_job_rejection_words", "w-nj-listing", "Your Craftmarket listing was not approved", """
Hi {first},

Your listing "Hand-thrown mug set" was not approved because its photos break our photo rules (one item per main photo, no watermarks). Fix the listing, then resubmit.

Craftmarket Seller Support
""", "Craftmarket", "craftmarket.example", frm="Craftmarket <sellers@{dom}>")
oth("non_job_rejection_words", "w-nj-choir", "Cathedral choir auditions", """
Dear {first},

The panel heard many fine singers at the choral scholarship auditions. Regrettably no scholarship can be offered to you for the coming year.

{sig}
Director of Music, St Brannoc's
""", "Chapter of St Brannoc", "stbrannoc.example")
oth("non_job_rejection_words", "w-nj-de-flat", "Ihre Anfrage zur Wohnung in der Lindengasse", """
Hallo {first},

schön, dass Sie sich die Zweizimmerwohnung angesehen haben. Die Eigentümerin hat sich für eine andere Mietpartei entschieden, die Wohnung ist vergeben.

Freundliche Grüße,
Hausverwaltung Traunsteiner
""", "Hausverwaltung Traunsteiner", "hv-traunsteiner.example", tz="eu", lang="de", rn=("Stefan Huber",))
oth("non_job_rejection_words", "w-nj-es-beca", "Resultado de la convocatoria de becas", """
Hola {first}:

Te informamos que tu solicitud de beca de transporte no fue aprobada en esta convocatoria porque el ingreso familiar declarado supera el límite. Puedes volver a solicitarla el próximo semestre.

Oficina de Becas, Universidad del Valle de Oaxaca
""", "Universidad del Valle de Oaxaca", "uvo.example", tz="mx", lang="es", rn=("Sofía Hernández",))


def fold(text: str) -> str:
    base = unicodedata.normalize("NFKD", text)
    return "".join(c for c in base if c.isascii() and (c.isalnum() or c in " -")).strip()


def local_part(name: str, n: int) -> str:
    ascii_name = fold(name).lower().replace(" ", ".").replace("-", "")
    return ascii_name or f"user{n:03d}"


START = dt.datetime(2025, 3, 1, tzinfo=dt.UTC)
SPAN_DAYS = 638  # to late November 2026


def offset(zone: str, when: dt.datetime) -> dt.timezone:
    std, summer, half = ZONES[zone]
    raw = std
    if summer and ((half == "n" and 4 <= when.month <= 10) or (half == "s" and (when.month >= 10 or when.month <= 3))):
        raw = summer
    sign = -1 if raw[0] == "-" else 1
    return dt.timezone(sign * dt.timedelta(hours=int(raw[1:3]), minutes=int(raw[3:5])))


def pick_date(rng: random.Random, zone: str) -> dt.datetime:
    day = START + dt.timedelta(days=rng.randrange(SPAN_DAYS))
    naive = day.replace(hour=rng.randrange(7, 22), minute=rng.randrange(60), second=rng.randrange(60), tzinfo=None)
    return naive.replace(tzinfo=offset(zone, naive.replace(tzinfo=dt.UTC)))


def fill(text: str, slots: dict[str, str]) -> str:
    return SLOT.sub(lambda m: slots.get(m.group(1), m.group(0)), text)


def build() -> list[dict[str, str]]:
    rng = random.Random(SEED)
    recs: list[dict[str, str]] = []
    used: collections.Counter[str] = collections.Counter()
    for t in TEMPLATES:
        for copy in range(t.copies):
            rname = t.rn[copy] if len(t.rn) > copy else rng.choice(RECIPIENTS)
            pool = SIGNERS_IN if t.tz == "in" else SIGNERS
            sname = t.sn[copy] if len(t.sn) > copy else rng.choice([s for s in pool if s.split()[0] != rname.split()[0]])
            co = t.co[copy % len(t.co)]
            dom = t.dom[copy % len(t.dom)]
            role = t.role[copy % len(t.role)] if t.role else ""
            when = pick_date(rng, t.tz)
            used[rname] += 1
            slots = {
                "first": rname.split()[0], "to": rname, "sig": sname, "sfirst": sname.split()[0],
                "sl": local_part(sname, used[rname]), "co": co, "dom": dom, "role": role,
                "ref": str(rng.randrange(100000, 999999)), "req": f"R{rng.randrange(1000, 9999)}",
                "dl": (when + dt.timedelta(days=rng.randrange(4, 11))).strftime("%d %B").lstrip("0"),
                "qd": (when - dt.timedelta(days=rng.randrange(2, 9))).strftime("%d/%m/%Y %H:%M"),
                "qdu": (when - dt.timedelta(days=rng.randrange(2, 9))).strftime("%A, %B %d, %Y %I:%M %p"),
                "yr": str(when.year + (1 if when.month >= 9 else 0)),
            }
            rdom = f"{rng.choice(PROVIDERS)}.example"
            slots["rmail"] = f"{local_part(rname, len(recs))}@{rdom}"
            recs.append({
                "subject": fill(t.subject, slots), "body": fill(t.body, slots), "sender": fill(t.frm, slots),
                "label": t.label, "kind": t.kind, "family": f"blind22-{t.part}-{t.fam}",
                "to": f"{rname} <{slots['rmail']}>", "date": format_datetime(when),
                "part": t.part, "lang": t.lang,
            })
    rng.shuffle(recs)
    counters: collections.Counter[str] = collections.Counter()
    for r in recs:
        tag = "rej" if r["label"] == "rejection" else "oth"
        counters[tag] += 1
        r["id"] = f"blind22:{tag}-{counters[tag]:03d}"
    return recs


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


KEYS = ("id", "subject", "body", "sender", "label", "kind", "family", "to", "date")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--langs", action="store_true")
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    records = build()
    if args.langs:
        langs(records)
        return 0
    if args.check:
        check(records)
        return 0
    with OUT.open("w", encoding="utf-8") as handle:
        for r in records:
            handle.write(json.dumps({k: r[k] for k in KEYS}, ensure_ascii=False) + "\n")
    print(f"wrote {len(records)} records to {OUT.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
