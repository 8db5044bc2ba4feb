"""Write blind slice 6 for issue 11: new rejections and non-rejections, sealed.

Stdlib only, fixed seed: two runs write byte-identical `blind-slice-6.jsonl`.
Its writer read neither the training corpus nor its makers, the model, nor the earlier
slices (only one record of slice 5 for the keys). `--check` reports the 6-word shingles our
bodies share with `data/*.jsonl` and the earlier slices, printing only our side.

Body text convention: paragraphs are separated by blank lines; a source line is joined to the
one before it when that one is 60+ characters long (hard-wrapped prose), unless either starts
with `>`; a line starting with `|` is kept as its own line (the `|` dropped). `{slot}` names
are filled per message from the tables below.
"""

from __future__ import annotations

import argparse
import datetime as dt
import html
import json
import random
import re
import sys
import unicodedata
from dataclasses import dataclass
from pathlib import Path

SEED = 61130
HERE = Path(__file__).resolve().parent
OUT = HERE / "blind-slice-6.jsonl"
PROVENANCE = "written for rejectwatch issue 11 blind slice 6 (make_blind6.py); never trained on"


@dataclass(frozen=True)
class T:
    """One hand-written message; `n` copies differ in names, company, role and date."""

    key: str
    label: str
    kind: str
    subject: str
    body: str
    sender: str
    n: int = 1
    locale: str = "en"
    raw: bool = False  # keep the hard line breaks (a plain-text client wrapping at 72)


R, N = "rejection", "not_rejection"

FIRST = {
    "en": [
        "Tobias", "Marguerite", "Kwame", "Priyanka", "Declan", "Yusra", "Callum", "Imogen",
        "Dmitri", "Hollis", "Ngozi", "Rafferty", "Shreya", "Wendell", "Ailsa", "Tamsin",
        "Oisin", "Lucinda", "Bartholomew", "Farah", "Jasper", "Mireille", "Thandiwe", "Corbin",
        "Anjali", "Ewan", "Soraya", "Fergus", "Keziah", "Linnea", "Mateus", "Harriet",
    ],
    "de": ["Jannik", "Svenja", "Lukas", "Merle", "Henrike", "Fabian"],
    "fr": ["Clémence", "Mathis", "Solène", "Baptiste", "Anaïs", "Romain"],
    "es": ["Iker", "Lucía", "Ainhoa", "Javier", "Nerea", "Mateo"],
    "nl": ["Sanne", "Joris", "Fenna", "Daan", "Marit", "Thijs"],
    "it": ["Chiara", "Lorenzo", "Beatrice", "Matteo", "Ginevra", "Tommaso"],
    "pt": ["Inês", "Rodrigo", "Beatriz", "Gonçalo", "Mariana", "Thiago"],
    "pl": ["Zofia", "Kacper", "Agnieszka", "Bartosz", "Weronika", "Michał"],
}
LAST = {
    "en": [
        "Ashdown", "Okonkwo", "Varga", "Pemberton", "Raghunathan", "Quaye", "Lindqvist",
        "Mbeki", "Harrowgate", "Castellanos", "Whitlock", "Nakagawa", "Fairbairn", "Osei",
        "Delacroix", "Brightwater", "Kowalczyk", "Ferreira", "Tennant", "Abernethy", "Saini",
        "Moorcroft", "Adebayo", "Strand", "Halloran", "Vasquez", "Kinsella", "Oyelaran",
    ],
    "de": ["Brückner", "Lindemann", "Thielmann", "Oberhauser", "Kessler", "Wendt"],
    "fr": ["Marchetti", "Lefebvre", "Dumoulin", "Garnier", "Rousseau", "Chevalier"],
    "es": ["Etxeberria", "Salcedo", "Villanueva", "Arrieta", "Montoya", "Quintana"],
    "nl": ["van Dijkhuizen", "Bosman", "de Groot", "Veenstra", "Kuipers", "Hoekstra"],
    "it": ["Bellandi", "Ferraresi", "Gualtieri", "Santoro", "Pellegrini", "Fabbri"],
    "pt": ["Carvalho", "Albuquerque", "Nogueira", "Pacheco", "Sampaio", "Medeiros"],
    "pl": ["Wiśniewska", "Zieliński", "Mazurek", "Pawlak", "Grabowski", "Sikora"],
}
MAILHOST = {
    "en": ["gmail.com", "outlook.com", "proton.me", "yahoo.co.uk", "icloud.com", "fastmail.com",
           "hotmail.co.uk", "live.com", "btinternet.com", "optusnet.com.au"],
    "de": ["web.de", "gmx.de", "posteo.de", "t-online.de"],
    "fr": ["orange.fr", "free.fr", "laposte.net", "gmail.com"],
    "es": ["hotmail.es", "telefonica.net", "gmail.com", "yahoo.es"],
    "nl": ["ziggo.nl", "kpnmail.nl", "gmail.com", "xs4all.nl"],
    "it": ["libero.it", "virgilio.it", "gmail.com", "tiscali.it"],
    "pt": ["sapo.pt", "uol.com.br", "gmail.com", "bol.com.br"],
    "pl": ["wp.pl", "onet.pl", "interia.pl", "o2.pl"],
}
TZ = {
    "en": ["+0000", "+0100", "-0500", "-0400", "-0700", "+0530", "+1000", "+0800"],
    "de": ["+0100", "+0200"], "fr": ["+0100", "+0200"], "es": ["+0100", "+0200"],
    "nl": ["+0100", "+0200"], "it": ["+0100", "+0200"], "pt": ["+0000", "-0300"],
    "pl": ["+0100", "+0200"],
}
COMPANIES = [
    ("Quillfeather Analytics", "quillfeather.io"), ("Brannock & Sley", "brannocksley.co.uk"),
    ("Tidewell Logistics", "tidewell.com"), ("Orrin Medical", "orrinmedical.com"),
    ("Felsgrove Energy", "felsgrove.energy"), ("Kestrel Yard Games", "kestrelyard.com"),
    ("Pallister Foods", "pallisterfoods.co.uk"), ("Lumenharbor", "lumenharbor.com"),
    ("Ravelstone Insurance", "ravelstone.com"), ("Cobbleway Retail", "cobbleway.com"),
    ("Northquay Bank", "northquaybank.com"), ("Hyacinth Robotics", "hyacinthrobotics.ai"),
    ("Dunmore Civil", "dunmorecivil.ie"), ("Saltmarsh Studio", "saltmarsh.studio"),
    ("Verity Biolabs", "veritybiolabs.com"), ("Otterburn Property", "otterburnproperty.com.au"),
    ("Juniper Ledger", "juniperledger.com"), ("Wrenfield Housing", "wrenfieldhousing.org.uk"),
    ("Calloway Freight", "callowayfreight.com"), ("Mosscliff Software", "mosscliff.dev"),
    ("Anvil & Reed", "anvilreed.com"), ("Harrier Aerospace", "harrieraero.com"),
    ("Bellhaven Care", "bellhavencare.co.uk"), ("Tessellate Health", "tessellate.health"),
    ("Oakum Partners", "oakumpartners.com"), ("Pintail Payments", "pintailpay.com"),
    ("Gorse Hill Brewing", "gorsehillbrewing.co.uk"), ("Marlowe Learning", "marlowelearning.org"),
    ("Spindrift Media", "spindriftmedia.co"), ("Cinderford Engineering", "cinderford-eng.com"),
    ("Nimbus Orchard", "nimbusorchard.com"), ("Thornbury Legal", "thornburylegal.com"),
]
ROLES = [
    "Backend Engineer", "Payroll Coordinator", "Clinical Research Associate", "Junior Copywriter",
    "Site Reliability Engineer", "Procurement Analyst", "UX Researcher", "Warehouse Shift Lead",
    "Grants Officer", "Data Scientist II", "Customer Success Manager",
    "Mechanical Design Engineer", "Marketing Operations Specialist", "Commercial Counsel",
    "Laboratory Technician", "Product Designer", "Finance Business Partner",
    "IT Service Desk Analyst", "Sustainability Consultant", "Sales Development Representative",
    "Embedded Software Engineer", "HR Advisor", "BI Developer", "Quantity Surveyor",
    "Community Manager", "Technical Writer", "Bid Writer", "Operations Analyst",
    "Machine Learning Engineer", "Accounts Payable Clerk", "Frontend Developer",
    "Supply Chain Planner",
]
RECRUITERS = [
    ("Odette", "Farrant"), ("Gideon", "Sallow"), ("Rukmini", "Iyer"), ("Beckett", "Ormsby"),
    ("Pernille", "Skov"), ("Adaeze", "Nwosu"), ("Hamish", "Dalgleish"), ("Saoirse", "Lynam"),
    ("Tariq", "Haddad"), ("Verona", "Pike"), ("Magnus", "Ekholm"), ("Delphine", "Auclair"),
    ("Kofi", "Mensah"), ("Rosalind", "Tremayne"), ("Zhen", "Liu"), ("Cormac", "Devlin"),
]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]

# ---------------------------------------------------------------------------------------------
# Rejections
# ---------------------------------------------------------------------------------------------
THREADS = [
    T("thread", R, "rejection", "RE: [EXT] Re: Second conversation - {role}", """\
Hi {name},

Thanks for trekking over on Tuesday and for the warehouse slotting walkthrough - your
whiteboard sketch is still up in the meeting room. We sat down as a panel yesterday and the
hiring manager has chosen to go ahead with a candidate who ran a very similar
migration at their last company.

I know that's not what you were hoping to read. You were great company for an afternoon and I'd
happily put your name forward to colleagues.

|Warm regards,
|{recl}
|Talent Partner | {co}

|From: {full} <{email}>
|Sent: {qsent}
|To: {recl} <{recmail}>
|Subject: Re: [EXT] Second conversation - {role}

|Hi {rec}, thanks again for the time today - let me know if the panel needs anything else from
|me. Best, {name}
""", "{recl} <{recmail}>", n=2),
    T("thread", R, "rejection", "Re: Following up", """\
Hey {name}!

Thanks for following up and sorry for the slow reply, it's been a week. We talked it through
as a team and Marta's going to take the role - she's been freelancing with us since spring and
it just made sense for the rhythm of the studio.

Honestly loved your portfolio, especially the ferry timetable redesign. Keep in touch?

|{rec}

On {qwhen}, {full} <{email}> wrote:
> Hi {rec}, just checking in on the {role} position - any news after last week's chat?
> Thanks, {name}
""", "{rec} at {co} <{recmail}>"),
    T("thread", R, "rejection", "RE: [External] RE: Final interview - {role} ({ref})", """\
Dear {name},

I am grateful you waited so patiently these last two weeks. After the final round the committee
decided to offer the post to another applicant, whose background in regulated clinical systems
matched the immediate priorities of the unit.

The panel noted how carefully your presentation was prepared. We keep candidate files for
half a year, and I hope you will apply again should something comparable open.

|Kind regards,

|{recl}
|Senior Recruitment Adviser
|{co}
|{dom}

|-----Original Message-----
|From: {full} <{email}>
|Sent: {qsent}
|To: {recl}
|Subject: RE: Final interview - {role} ({ref})

|Dear {rec}, many thanks for confirming the slot on Thursday. I will bring a printed copy of the
|slides. Kind regards, {full}

|-----Original Message-----
|From: {recl}
|Subject: Final interview - {role} ({ref})

|Dear {name}, the panel invites you to a final interview on Thursday at 10:00.
""", "{recl} <{recmail}>"),
    T("thread", R, "rejection", "Re: Re: coffee chat -> {role}", """\
{name} - quick update as promised. Our CTO picked the person from the second batch of
interviews; he had shipped firmware for the exact sensor family we use, and that tipped it.
It was genuinely close. If you're in Leeds for the meetup next month the first round's on me.

|Sent from my iPhone

> On {qwhen_us}, {full} <{email}> wrote:
>
> Thanks {rec}, great chatting. Happy to do a take-home if useful.
""", "{rec} {last_rec} <{recmail}>"),
    T("thread", R, "rejection", "AW: Ihre Bewerbung / your application {role}", """\
Dear {name},

thanks a lot for the interesting talk on Monday with me and Mr. Oberhauser. We have now
discussed all candidates and we decided for a colleague who can start already in January and
who speaks German on a business level, which is for the customer side quite important for us.

I hope you understand our decision. For your future way we wish you everything good and much
success.

|Mit freundlichen Grüßen / Best regards
|{recl}
|Personalabteilung
|{co} GmbH
|Sitz der Gesellschaft: Regensburg, Amtsgericht Regensburg HRB 18842
""", "{recl} <{recmail}>"),
    T("thread", R, "rejection", "RE: [EXT] Re: Panel feedback", """\
Hi {name},

Just closing the loop on this. The panel's feedback was really positive on your stakeholder
examples. In the end the business has opted to move forward with an internal colleague from
the Dublin office who already knows the pricing stack.

I'll keep your CV handy - there's usually movement in Q2.

|Cheers,
|{rec}

|________________________________
|From: {full} <{email}>
|Sent: {qsent}
|To: {recl} <{recmail}>
|Subject: Re: [EXT] Panel feedback

|Hi {rec}, did the panel have any thoughts? Thanks!
""", "{recl} <{recmail}>"),
    T("thread", R, "rejection", "Re: Thank you!", """\
Hi {name},

Thank you so much for the lovely note after Friday. I've passed it to Gwen and Ravi too.

We've now wrapped up, and the team has chosen someone whose experience is a little closer to
the grant-reporting side of the job. It was a difficult call because we all enjoyed meeting
you.

Wishing you every success with the search,
|{rec}

On {qwhen}, {name} {last} wrote:
> Dear {rec}, thank you for a really enjoyable conversation on Friday. I left even more
> excited about the {role} role.
""", "{recl} <{recmail}>"),
    T("thread", R, "rejection", "RE: [EXT] RE: [EXT] Re: Onsite debrief", """\
{name},

Sorry this took longer than planned. Leadership made the call to hire the candidate who came
through the Series B investor's network; she'd led the same compliance certification twice.

I argued for you and I'd like to stay in touch. Your system design round was one of the best
this year.

|- {rec}
|Engineering Manager, Platform
|{co}

|CAUTION: This email originated from outside of the organization. Do not click links or open
|attachments unless you recognize the sender and know the content is safe.
""", "{recl} <{recmail}>"),
    T("thread", R, "rejection", "Re: next steps?", """\
Hi {name},

good to hear from you. So, the client came back this morning and they've gone with the other
finalist. He was local and could do the three office days without the commute, I think that
was most of it.

Let me dig around for something similar closer to you - are you still open to contract?

|{rec}

|---- On {qwhen_us} {full} wrote ----
|> any next steps on the {co} role? cheers
""", "{recl} <{recmail}>"),
    T("thread", R, "rejection", "RE: Site visit - {role}", """\
Good afternoon {name},

Thank you again for visiting the plant and for your patience with the noise on the press
line. The panel has now concluded. The position has been awarded to an applicant with a
chartered engineer status, which our client contract requires for sign-off duties.

We'd be glad to have you back on site for the graduate scheme intake if that is of interest.

|Regards,
|{recl}
|HR Business Partner | {co}
|Tel +44 1633 555 0182
""", "{recl} <{recmail}>"),
    T("thread", R, "rejection", "Re: [External] Following our chat", """\
Hi {name} -

Apologies for the radio silence. I promised you a straight answer and here it is: we've
filled the role. Another candidate accepted our offer on Monday.

You were on the shortlist right to the end, for what that's worth.

|Best,
|{rec}

> On {qwhen_us}, {full} <{email}> wrote:
> Hi {rec}, hope your week is going well. Any update on timing?
""", "{rec} {last_rec} <{recmail}>"),
    T("thread", R, "rejection", "RE: RE: Interview feedback please", """\
Dear {name},

Thank you for your mail and sorry for my late answer, I was in holiday. The team leader
selected a candidate with more experience in SAP FI and in the consolidation. I asked him for
feedback for you: he liked your motivation and your presentation, but the other profile was
more matching at this moment.

For your next steps I wish you good luck and success.

|Best regards
|{recl}
|Human Resources
""", "{recl} <{recmail}>"),
    T("thread", R, "rejection", "Re: Fwd: {role} - decision", """\
Hi {name},

Forwarding this on from the hiring team since I'm your contact. Copying their note below.

"Thanks for taking the case study so seriously. We've offered the role to a candidate with a
background in marketplace pricing and she has accepted."

I'm sorry, I know you'd put a lot into this one. Can we grab 15 minutes on Thursday to talk
about what's next?

|{rec}

|---------- Forwarded message ---------
|From: Hiring Team <hiring@{dom}>
|Date: {qwhen_us}
|Subject: {role} - decision
""", "{recl} <{recmail}>"),
]

FOOTER_CORES = [
    ("Your application to {co}", """\
Hi {name},

Thank you for applying for {role} ({ref}). The hiring team has read your application, and it
will go no further. We had a high number of strong applicants and had to make some
hard choices.
""", "{co} Careers <careers@{dom}>"),
    ("Update on {role}", """\
Dear {full},

A quick note to say that, having looked closely at it, we're not taking your
application for {role} any further. It was good of you to apply.
""", "{co} Talent <no-reply@{dom}>"),
    ("{role} at {co}", """\
Hello {name},

The hiring team read your application for {role} this week. You have not been picked
for an interview for this role.

We hope the hunt goes quickly for you.
""", "{co} <jobs@{dom}>"),
    ("An update from {co}", """\
Hi {name},

This is a short note about your application for the {role} vacancy. Applications have been
read and yours will not go forward to the next stage.
""", "{co} Recruiting <recruiting@{dom}>"),
    ("Regarding your application", """\
Dear {name},

Thank you for your application for the {role} post. Regrettably, the interview shortlist
does not include you this time.
""", "People Team, {co} <people@{dom}>"),
]
FOOTERS = [
    """\
|{co_upper} CAREERS
|Explore open roles: https://careers.{dom}/search?team=all
|Join our Talent Community to get roles like this first: https://careers.{dom}/community
|Life at {co}: benefits, hybrid working, parental leave, learning budget
|Follow us: LinkedIn | Instagram | YouTube | Glassdoor
|You are receiving this email because you applied for a position at {co}. Manage
|your candidate profile or unsubscribe from job notifications at any time in the
|candidate portal. {co}, 14 Quayside Row, Bristol BS1 6QR. Privacy notice:
|https://careers.{dom}/privacy
""",
    """\
|---
|JOBS YOU MIGHT LIKE
|* Senior {role} - Remote (UK) - Apply in 1 click
|* {role} (12-month FTC) - Manchester - New
|* Graduate {role} - Glasgow - Closing soon
|* Team Lead, Operations - Hybrid - 3 days ago
|See all 48 matching jobs ->
|You're getting these suggestions because you have a candidate account with us.
|Email preferences | Unsubscribe | Help centre
|Powered by Teamtailor
""",
    """\
|<table width="600" cellpadding="0" cellspacing="0"><tr><td style="font-family:Arial">
|<p><b>{co} Newsletter - this month</b></p>
|<p>Inside: how our night-shift crew cut waiting times by a third; say hello to our apprentice
|cohort; our new office in Porto opens its doors; five tips for your next video interview.</p>
|<p><a href="https://{dom}/news">Read the full issue</a> &middot;
|<a href="https://{dom}/prefs">Update preferences</a> &middot;
|<a href="https://{dom}/unsub">Unsubscribe</a></p>
|<p style="font-size:10px;color:#888">(c) {co}. All rights reserved. Registered office:
|2 Mill Lane, Leicester LE1 4FN.</p></td></tr></table>
""",
    """\
|********************************************************************
|This message and any attachments are confidential and intended solely for the
|addressee. If you have received it in error, please notify the sender and delete
|it. Any views expressed are those of the individual and not necessarily of
|{co}. We process candidate data in line with our Recruitment Privacy Notice;
|your data is erased a year after the process closes, or earlier
|on request. Think before you print.
|********************************************************************
|Hiring events near you: Careers Open Evening, Thursday 6-8pm, Cardiff Hub.
|Refer a friend and earn a 500 GBP bonus when they join!
""",
    """\
|Did you know? {co} was named a Top Employer for the third year running.
|
|Discover more roles in Technology, Operations, Finance and Customer Service on our
|careers site. Set up a job alert and we'll email you when new roles matching your
|skills are posted - daily or weekly, you choose.
|
|Download our app: App Store | Google Play
|Terms of use - Cookie settings - Accessibility - Modern Slavery Statement
|This is a system-generated message from our recruitment platform. Replies to this
|address are not monitored.
""",
]


def footer_templates() -> list[T]:
    """Each refusal under two different long footers: ten families."""
    out = []
    for i, (subject, core, sender) in enumerate(FOOTER_CORES):
        for j in (i, (i + 2) % len(FOOTERS)):
            out.append(T("footer", R, "rejection", subject, core + "\n" + FOOTERS[j], sender))
    return out


HEDGED = [
    T("hedged", R, "rejection", "Your application - {role}", """\
Hi {name},

Thank you for the conversation last week. We've had a really strong field, and a couple of
other applicants brought experience that sits a bit closer to where the team is heading next
year, so we'll be continuing with them.

I hope you find something that's a great fit soon.

|{recl}
|{co}
""", "{recl} <{recmail}>"),
    T("hedged", R, "rejection", "{role} - update", """\
Dear {name},

Sorry to keep you waiting. The team went a different way on this hire. Your energy on the call was
refreshing; maybe we'll cross paths again.

|Regards,
|{rec}
""", "{rec} <{recmail}>"),
    T("hedged", R, "rejection", "Thank you from {co}", """\
Hi {name},

Thank you for your time on the {role} process. In the team's view,
other candidates aligned with the specific needs of this team a bit more strongly right now,
so we'll be moving ahead with those applicants.

We know job hunting takes a lot of energy, and we're grateful you spent some of it on us.

|The {co} Talent Team
""", "{co} Talent Team <talent@{dom}>", n=2),
    T("hedged", R, "rejection", "Re: {role}", """\
Hello {name},

I'll be direct since I'd want the same: the team is leaning towards profiles with more
hands-on Kubernetes operations, and they've made their pick from those. It isn't a comment on
your ability. Happy to share more on a call if it helps.

|{rec}
""", "{recl} <{recmail}>"),
    T("hedged", R, "rejection", "Your candidacy", """\
Dear {full},

Many thanks for your interest in {co}. We have considered your application with care and have
chosen to concentrate on candidates whose experience more closely reflects the requirements of the
{role} role.

With best wishes for your future career,

|Recruitment Team
""", "Recruitment <recruitment@{dom}>", n=2),
    T("hedged", R, "rejection", "{role} application", """\
Hi {name}, thanks for applying. We've found people whose background is a tighter match for
what this role needs at the moment, so we'll stop here for now. All the best - {co}
""", "{co} <hello@{dom}>"),
    T("hedged", R, "rejection", "A note about {role}", """\
Hi {name},

It was a pleasure to get to know you. The hiring team has made its decision and it's a
different direction from your application - they prioritised someone who has already built
a sales team from scratch.

Please don't read this as a closed door.

|All best,
|{rec}, People Ops
""", "{recl} <{recmail}>"),
    T("hedged", R, "rejection", "Your {role} application", """\
Dear {name},

Thank you for your recent application. Having reviewed the applications received, we feel
your skills and experience are not as closely aligned to this particular role as those of
other applicants, and we will therefore be progressing with others at this time.

|Yours sincerely,
|{co} HR
""", "{co} HR <hr@{dom}>"),
    T("hedged", R, "rejection", "{co} | {role}", """\
Hey {name},

Thanks for hopping on a call with us. We're going with someone else whose
experience lines up a little more with our current roadmap. Wishing you the best of luck out
there!

|Team {co}
""", "{co} <team@{dom}>"),
]

AGENCY = [
    T("agency", R, "rejection", "Following our call - {co} role + something else", """\
Hi {name},

Great to speak earlier. As mentioned, {co} have come back and they're proceeding with
another candidate for the {role} role - they wanted someone already inside the insurance
sector.

The good news: I've got a {role} opening at a mid-size logistics firm in Reading, hybrid,
paying up to 58k. From what you told me about wanting less travel, I think it's a better fit
anyway. Shall I send your CV across? Just reply YES and I'll do the rest.

|Thanks,
|{recl}
|Principal Consultant | Harbridge Talent
|M: 07700 900 417
""", "{recl} <{rec_lower}@harbridgetalent.co.uk>"),
    T("agency", R, "rejection", "Feedback from {co}", """\
Hi {name},

Thanks for picking up. To confirm our phone call in writing: the client will not
take you further after the second stage; they felt the level of stakeholder
management was more junior than needed.

On another note, I've got a contract role (6 months, outside IR35) that is almost exactly
your last project. Let me know a good time tomorrow and I'll walk you through it.

|Best regards,
|{rec}
|Kilnworth Recruitment
""", "{rec} <{rec_lower}@kilnworth.com>"),
    T("agency", R, "rejection", "Re: {role} - {co}", """\
Dear {name},

As discussed over call today, client has gone ahead with other profiles for the final round and
your profile will not be moving ahead for this position. Request you to not feel
disheartened.

We have another requirement for {role} with a product MNC in Pune, 4-6 yrs, CTC up to 24 LPA,
notice period up to 60 days acceptable. Kindly share updated CV and current CTC if
interested.

|Thanks & Regards,
|{recl}
|Talent Acquisition | Vriksha Staffing Solutions
|+91 98450 31174
""", "{recl} <{rec_lower}.{last_rec_lower}@vrikshastaffing.in>"),
    T("agency", R, "rejection", "quick one", """\
{name}, like I told you on the phone - {co} have gone with the candidate who interviewed
Wednesday. Gutted for you. BUT the Sydney fintech role I mentioned is real, interviews next
week, I reckon you'd walk it. Call me back when you're free.

|{rec}
|Southerly Recruitment | Level 9, 60 Pitt St
""", "{rec} <{rec_lower}@southerlyrecruit.com.au>"),
    T("agency", R, "rejection", "Your application via Arclight Search", """\
Hello {name},

Thank you for the call this afternoon. To confirm, the hiring manager at {co}
has chosen to continue with two other candidates, so your application for {role} ends
here.

I've attached the spec for the Head of Data role at a healthcare start-up that we talked
about. If the salary band works for you, I can arrange a meeting with the founder next week.

|Kind regards,
|{recl}
|Arclight Search
""", "{recl} <{rec_lower}@arclightsearch.com>"),
    T("agency", R, "rejection", "{role} outcome + next", """\
Hi {name}

Ok so - {co} said no, unfortunately. They liked you but the budget was signed off for a
more senior hire. I've got two others on my desk though (one remote, one in Croydon), want
me to submit you to both?

|{rec}
""", "{rec} <{rec_lower}@brightpathpeople.co.uk>"),
    T("agency", R, "rejection", "Re: Call earlier", """\
Hi {name},

Good speaking with you earlier. Recap: the hiring team picked another candidate for
{role} at {co}; the offer's been accepted. They did say they'd be open to you for the
analytics position coming up in March, so with your OK I'll put you forward for that one when
it opens.

|Cheers,
|{recl}, Foxglove Partners
""", "{recl} <{rec_lower}@foxglovepartners.com>"),
    T("agency", R, "rejection", "{co} decision", """\
Dear {name},

I have now received feedback from {co}. They will not be offering you the position of {role};
they were looking for someone with charity finance experience specifically.

I'd still very much like to work with you. I have a Finance Manager vacancy at a housing
association in Bath that I think suits your background well. Can we speak on Monday?

|Yours,
|{recl}
|Mulberry Lane Recruitment Ltd
""", "{recl} <{rec_lower}@mulberrylane.co.uk>"),
]

PUBLIC = [
    T("public", R, "rejection", "USAJOBS - Application Status Update", """\
|Dear {full},

|The status of your application has been updated.

|Announcement number: NPS-IMR-26-{ref}
|Position: Park Ranger (Interpretation), GS-0025-07
|Agency: Department of the Interior
|Status: Not Referred

Your application met the minimum qualifications for this position; however, the
selecting official received only the names of applicants ranked above you, and your name
was not among them. Applicants who were referred ranked higher under the category rating process.

You can view your application record by signing in to your USAJOBS account.

|This is an automated message. Please do not reply.
""", "USAJOBS <no-reply@usajobs.gov>"),
    T("public", R, "rejection", "Notice of Results - {role}", """\
Dear {full}:

Thank you for applying to vacancy announcement MC-26-{ref}-MP. Based on a review of your
application and supporting documentation, you have been determined INELIGIBLE for this
position. Reason: you did not provide a copy of your SF-50 showing 52 weeks at the next lower
grade, which is required for merit promotion applicants.

If you have questions, contact the Human Resources Specialist listed on the announcement.

|Human Resources Office
|U.S. Department of Commerce
""", "hr-notify@doc.gov"),
    T("public", R, "rejection", "Vacancy cancelled: Administrative Officer ({ref})", """\
Dear {name},

You applied for the Administrative Officer vacancy, reference {ref}, with the Borough
Council. We write to let you know that this vacancy has been cancelled following a review of
the service structure and will not be filled. All applications have now been closed, and
no interviews will take place.

We apologise for any inconvenience and thank you for your interest in working for the
Council.

|HR Recruitment Team
|Thornley Borough Council
""", "Thornley Borough Council <recruitment@thornley.gov.uk>"),
    T("public", R, "rejection", "NHS Jobs: update on your application {ref}", """\
Dear {full},

Application reference: {ref}
Job: Band 5 Staff Nurse - Acute Medical Unit
Employer: Ashcombe Teaching Hospitals NHS Foundation Trust

Thank you for applying for this post. The recruiting manager has now shortlisted for this
vacancy and your application has not been shortlisted on this occasion.

For feedback, write to the recruiting manager within 14 days.

|Do not reply to this email. Log in to NHS Jobs to view your applications.
""", "NHS Jobs <no-reply@jobs.nhs.uk>", n=2),
    T("public", R, "rejection", "Civil Service Jobs: Application update - {ref}", """\
Dear {name},

Thank you for applying for the position of Higher Executive Officer - Policy Adviser,
reference {ref}.

The sift panel marked your application against the advertised criteria and
gave these scores:

|Behaviour - Communicating and Influencing: 3 (Moderate)
|Behaviour - Making Effective Decisions: 3 (Moderate)
|Personal Statement: 4 (Adequate)

The minimum score required to progress was 4 in each element. This means you
will not be invited to the next stage.

|Department for Rural Affairs Recruitment
""", "Civil Service Jobs <noreply@csjobs-mail.example.gov.uk>"),
    T("public", R, "rejection", "GC Jobs - Notification: selection process 2026-{ref}", """\
Dear {full},

This is to inform you that you have been screened out of selection process 2026-{ref}
(Program Officer, PM-04) since your application gave no clear evidence that you meet
the essential experience criterion "significant experience in reviewing funding
proposals".

Should you have questions about this decision, you may contact the undersigned within
five (5) business days.

|Staffing Advisor
|Human Resources Branch
""", "GC Jobs <gcjobs-notification@hr-rh.example.gc.ca>"),
    T("public", R, "rejection", "Outcome of your application - APS 5 Client Service Officer", """\
Dear {name},

Thank you for your application for the APS Level 5 Client Service Officer position in
Brisbane (vacancy {ref}).

The selection panel has carefully assessed all applications and has determined that you
were not suitable at this time for progression to the next stage of the process. Your
application will not be placed in the merit pool.

The panel thanks you for your interest in the Australian Public Service.

|Recruitment Services
""", "APS Recruitment <recruitment@services.example.gov.au>"),
    T("public", R, "rejection", "EPSO/AD/412/26 - Your application", """\
Dear candidate,

We regret to inform you that the results you obtained in the computer-based reasoning tests
do not allow you to be admitted to the next stage of this selection procedure. Your
candidate file in your EPSO account contains your marks and the pass mark set by the
Selection Board.

You may request a review within 10 calendar days.

|European Personnel Selection Office
""", "EPSO <no-reply@epso.example.eu>"),
    T("public", R, "rejection", "Police Staff Vacancy {ref} - Outcome", """\
Dear {name},

Re: Intelligence Analyst, Serious Organised Crime Unit, ref {ref}

Thank you for your application. The shortlisting panel met on {qdate} and I regret to
advise that your application was not successful at the shortlisting stage.

With so many applications we cannot give individual feedback.

|Yours sincerely,
|Resourcing Team
|Westmarch Police
""", "Westmarch Police Resourcing <resourcing@westmarch.police.example.uk>"),
    T("public", R, "rejection", "State of Colorado: Status of your application for {role}", """\
Dear {full},

Thank you for your interest in employment with the State. Your score on the structured
application review placed you outside the top group of candidates, and you will not be
invited to the comparative analysis for this announcement.

|Score: 71.5
|Top group cut-off: 80.0

Your eligibility for this announcement has now ended.

|State Human Resources
""", "State HR <noreply@example-state-jobs.gov>"),
]

ATS = [
    T("ats", R, "rejection", "Application status changed", """\
|{co}

|Hi {name},
|The status of your application has changed.

|Job: {role} ({ref})
|Previous status: In review
|Current status: No longer being considered

|View your applications: https://{co_slug}.wd3.myworkday.com/careers/userHome
""", "{co} <{co_slug}@myworkday.com>", n=2),
    T("ats", R, "rejection", "{role} - application update", """\
Hi {name},

Your application for {role} has been archived.

|Archive reason: Hired someone else

|--
|Sent via Lever
""", "{co} <no-reply@hire.lever.co>"),
    T("ats", R, "rejection", "Candidate portal notification", """\
|Requisition: {ref} - {role}
|Candidate: {full}
|Disposition: Not Selected - Other Candidate More Qualified
|Date: {deadline_us}

|This notification was generated by iCIMS on behalf of {co}.
""", "{co} <{co_slug}@talent.icims.com>"),
    T("ats", R, "rejection", "Your application was updated", """\
|Hi {name},

|{role} - {co}
|Status: Rejected

|Log in to SmartRecruiters to see all your applications.
""", "SmartRecruiters <noreply@smartrecruiters.com>"),
    T("ats", R, "rejection", "{co}: {role}", """\
Hi {name},

We've updated your application for {role}. It is now marked as closed.

|Stage: Application Review -> Closed (not progressed)

|Powered by Ashby
""", "{co} Recruiting <no-reply@ashbyhq.com>"),
    T("ats", R, "rejection", "Statusupdate deiner Bewerbung / application status", """\
|Hallo {name},

|Job: {role}
|Status: Absage

|Hello {name},
|Position: {role}
|Status: Declined

|Personio GmbH on behalf of {co}
""", "{co} <jobs@{co_slug}.jobs.personio.de>"),
    T("ats", R, "rejection", "Job Submission Status", """\
|Job Number: {ref}
|Job Title: {role}
|Submission Status: Not selected - Position filled

|Please do not reply to this message. To view your job submissions, access the
|Career Section and click on My Jobpage.
""", "{co} Careers <careers@taleo.net>"),
    T("ats", R, "rejection", "[{co}] Application {ref}", """\
Hello {full},

Application {ref} ({role}) moved to stage: Unsuccessful.

|You can review your candidate profile at any time.
|Recruitee
""", "{co} <no-reply@recruitee.com>"),
    T("ats", R, "rejection", "Your {co} application", """\
|Application update
|{role}
|Outcome: We have decided not to move forward.
|Applied: {qdate}

|BambooHR on behalf of {co} | Privacy
""", "{co} <notifications@app.bamboohr.com>"),
    T("ats", R, "rejection", "Job application status: {role}", """\
|Dear {name},
|Your application status for {role} (Req {ref}) has been updated to: Not Under Consideration.
|Thank you,
|{co} Talent Acquisition
|powered by SAP SuccessFactors
""", "{co} Talent Acquisition <noreply@successfactors.eu>"),
]

INTERN = [
    T("intern", R, "rejection", "Summer Internship Programme {year} - your application", """\
Dear {name},

Thank you for applying to the {co} Summer Internship Programme {year}. We received over 6,000
applications for 85 places this year.

Following the online assessment stage, your application will not move forward, and
this year's programme is now full.

You might like our Spring Insight Week, which opens for applications in
October.

|Early Careers Team, {co}
""", "{co} Early Careers <earlycareers@{dom}>"),
    T("intern", R, "rejection", "Graduate Scheme assessment centre - outcome", """\
Hi {name},

Thanks for joining us at the assessment centre on {qdate}. You clearly put a lot of
preparation into the group exercise. The assessors have now met, and on this occasion you
have not been offered a place on the {year} Graduate Scheme.

Your individual feedback report is attached. Your scores were strongest in the written
exercise.

|Best wishes,
|Graduate Recruitment
""", "Graduate Recruitment <grads@{dom}>"),
    T("intern", R, "rejection", "Co-op placement - Winter term", """\
Hi {name},

Thanks for interviewing for the winter co-op term on the firmware team. The team has ranked
its candidates and we've matched with another student through the co-op portal. You'll
see the result marked "No Rank" in the portal in the next round.

Good luck in round two!

|{rec}, Campus Recruiting
""", "{recl} <{recmail}>"),
    T("intern", R, "rejection", "Your internship application", """\
Dear {name},

Regarding your application for the 6-month marketing internship starting in September:
we have chosen another student for this placement. Every success
with your studies.

|HR team {co}
""", "{co} <stage@{dom}>"),
    T("intern", R, "rejection", "Update: Research Internship, {year}", """\
Hi {name},

Sorry for the long wait while we worked through the research internship applications. The
host teams have completed their matching, and we were not able to find a placement for you
this cycle. Because we match on project needs, this says more about this year's project mix
than about your work.

We hope you'll apply again next year.

|University Programs
""", "University Programs <university@{dom}>"),
    T("intern", R, "rejection", "Industrial Placement {year}: decision", """\
Dear {full},

We have now completed the video interview stage of the Industrial Placement {year}
programme. We regret that your application has been unsuccessful. Due to volume we can't
offer individual feedback.

|Student Recruitment Team
|{co}
""", "Student Recruitment <students@{dom}>"),
    T("intern", R, "rejection", "Apprenticeship application: {role}", """\
Hi {name},

Thanks for applying for our Level 3 apprenticeship. We've filled all the places for this
intake, so your application won't be taken forward. The next intake is advertised in
spring, so do try again then.

|Apprenticeships Team
""", "Apprenticeships <apprenticeships@{dom}>"),
    T("intern", R, "rejection", "Graduate Programme - Numerical test result", """\
Dear {name},

Thanks for sitting the numerical reasoning test for our Graduate Programme. Your score
was in the 38th percentile against our graduate norm group. The threshold to progress this
year is the 55th percentile, so we are unable to take your application further.

|Kind regards,
|Graduate Talent
""", "Graduate Talent <graduates@{dom}>"),
]

MORE_REJECTIONS = [
    T("assess", R, "rejection", "Your coding exercise results", """\
Hi {name},

Thanks for completing the take-home for {role}. Two engineers reviewed it against our rubric:

|Correctness: 3/5
|Code structure: 4/5
|Testing: 2/5
|Written explanation: 4/5
|Total: 13/20 (we take forward 16 and above)

Based on this, we won't be moving your application to the onsite. We hope the breakdown is
useful, the testing section is where most of the gap was.

|{co} Engineering Hiring
""", "{co} Engineering Hiring <eng-hiring@{dom}>"),
    T("assess", R, "rejection", "Online assessment - result", """\
Dear {name},

You recently completed the online assessment for {role}. Your overall result was 54%. The
benchmark for this role is 65%, so your application will not continue on this occasion.

You may re-take the assessment for other roles after six months.

|{co} Recruitment
""", "{co} Recruitment <assessments@{dom}>"),
    T("assess", R, "rejection", "Case study feedback", """\
Hi {name},

Thank you for the case study presentation on Friday. The panel scored it below the level
needed for the final round, mainly on the financial modelling section (the margin
assumptions weren't supported). We have decided to close your application here.

Thanks again for the effort, the deck was clearly designed with care.

|{recl}
""", "{recl} <{recmail}>"),
    T("assess", R, "rejection", "HackerRank challenge - {co}", """\
Hello {name},

Your submission for the {co} coding challenge scored 210/400. Candidates need 300 to be
invited to the technical interview, so we will not be progressing with your application at
this time.

|Regards,
|Talent Acquisition
""", "{co} Talent <talent@{dom}>"),
    T("assess", R, "rejection", "Trial shift", """\
Hi {name}, thanks for doing the trial shift on Saturday. Chef felt the pace on the pass
wasn't quite there yet for our Saturday service, so we won't be offering you the line cook
job. Good luck, honestly.

|{rec}, Gorse Hill Brewing Taproom
""", "{rec} <{rec_lower}@gorsehillbrewing.co.uk>"),
    T("assess", R, "rejection", "Language test outcome - Customer Support (Dutch)", """\
Dear {name},

You recently took the Dutch written and spoken test for our multilingual support team. Your
result (B1) is below the C1 level required for the role. For this reason we cannot continue
with your application.

|Kind regards,
|Recruitment Team, {co}
""", "{co} Recruitment <jobs@{dom}>"),
    T("pause", R, "rejection", "{role} ({ref}) - hiring paused", """\
Hi {name},

I wanted to tell you personally: the business has stopped all hiring until April, and the
{role} requisition you were interviewing for has been closed. We
won't be making a hire for it.

I'm sorry - you were in the final two. If the role reopens I will call you before I post it.

|{rec}
""", "{recl} <{recmail}>"),
    T("pause", R, "rejection", "Update on the {role} opening", """\
Hello {name},

Thank you for your interest in {co}. We've decided to pause hiring for the {role} position
while the team's priorities are reviewed, and we have closed all open applications for it,
yours included. We don't currently have a date for reopening.

|{co} Recruiting
""", "{co} Recruiting <recruiting@{dom}>"),
    T("pause", R, "rejection", "Position withdrawn", """\
Dear {name},

The {role} position has been withdrawn after a change in budget. Your application is
therefore closed. We're grateful for your time.

|{co} HR
""", "{co} HR <hr@{dom}>"),
    T("pause", R, "rejection", "Re: {role} - timeline", """\
Hi {name}, short answer to your question: the role's been put on ice. Headcount was
pulled in the reorg announced on Monday, so we're not hiring for it, and I have to close
your application. Really sorry.

|{rec}
""", "{rec} <{recmail}>"),
    T("logistics", R, "rejection", "Expenses claim and next steps", """\
Hi {name},

Thanks for travelling down for the interview on Wednesday. A few admin points:

|1. Expenses: please send receipts for train and hotel to expenses@{dom} by the end of
|the month; we reimburse within 10 working days.
|2. Visitor badge: no need to return it, it deactivates automatically.
|3. Outcome: the panel decided to offer the role to another candidate.
|4. Your data: we keep interview notes for six months, then delete them.

Thanks again for making the trip.

|{recl}, Recruitment Coordinator
""", "{recl} <{recmail}>"),
    T("logistics", R, "rejection", "Returning your portfolio", """\
Hi {name},

We've posted your printed portfolio back to you by recorded delivery (tracking
RR482019374GB); it should reach you by Friday. Regarding the role itself, we've decided to go
with one of the other designers, so this is where the process ends for you.

Thanks for letting us hold onto it for the week.

|{rec}
|Saltmarsh Studio
""", "{rec} <{rec_lower}@saltmarsh.studio>"),
    T("logistics", R, "rejection", "Your loan laptop / assessment week", """\
Hello {name},

Please hand the loan laptop back at reception on Monday between 9 and 12, or we can send a
courier. Your access to the assessment repository ends tonight.

As for the decision, the team will not be offering a position following the assessment week.
We appreciated your contributions to the sprint.

|IT and People Team, {co}
""", "{co} People Team <people@{dom}>"),
    T("logistics", R, "rejection", "Parking permit + decision", """\
Hi {name} - the parking permit you used for your interview day has now expired, nothing
you need to do. Sorry for the wait on the decision: we've appointed someone else for the
{role} job. Take care.

|{rec}
""", "{rec} <{recmail}>"),
    T("keep", R, "rejection", "Thank you for applying to {co}", """\
Dear {name},

After reviewing your application for {role}, we have decided not to take it forward. We'd
like to hold your profile on file for later vacancies in your field, and we'll
contact you if one comes up.

|Best,
|{co} Recruiting
""", "{co} Recruiting <recruiting@{dom}>"),
    T("keep", R, "rejection", "Your profile - {role}", """\
Hi {name},

The team has finished reviewing for {role} and has decided to move forward with other
applicants. Your background stood out to us, so with your permission we'll hold onto
your CV and reach out if a future vacancy fits.

|Regards,
|{rec}
""", "{recl} <{recmail}>"),
    T("keep", R, "rejection", "We'll keep you in mind", """\
Hi {name},

Your application for {role} wasn't picked for this opening. Your profile now sits in our
talent network, and recruiters may contact you about later openings.

|{co} Careers
""", "{co} Careers <careers@{dom}>"),
]

RELAYED = [
    T("relay", R, "rejection", "Your application to {role} at {co}", """\
|Your update from {co}
|{role}
|{co} · London, England, United Kingdom (Hybrid)
|Applied on {qdate}

Thank you for your interest in the {role} position at {co}. Unfortunately, {co} has decided
not to proceed with your application.

|See more jobs
|This email was intended for {full}. Learn why we included this. You are receiving
|LinkedIn notification emails.
|Unsubscribe · Help
|LinkedIn Corporation, 1000 W Maude Ave, Sunnyvale, CA 94085
""", "LinkedIn <jobs-noreply@linkedin.com>", n=2),
    T("relay", R, "rejection", "An update on your application", """\
|{co}
|{role} - Denver, CO

The employer has moved on with other candidates for this job. Don't worry, there are more
jobs for you.

|Similar jobs
|{role} - Aurora, CO - $62,000 - $74,000 a year - Easily apply
|Junior {role} - Remote - Responds within 3 days
|Indeed - 200 W Sixth St, Austin, TX 78701
|Unsubscribe from application updates
""", "Indeed <indeedapply@indeed.com>"),
    T("relay", R, "rejection", "Message from {co} about your application", """\
|{co} sent you a message

"Hi {name}, thanks for applying through Welcome to the Jungle. We've looked at your
application and we're choosing other candidates for this role. All the best."

|Reply to {co} · View the job offer
""", "Welcome to the Jungle <noreply@welcometothejungle.com>"),
    T("relay", R, "rejection", "Application viewed - not selected", """\
|Hi {name},

The recruiter at {co} reviewed your application for {role} and marked it: Not selected.

|Keep going! 14 new jobs match your profile today.
|Reed.co.uk
""", "reed.co.uk <jobs@reed.co.uk>"),
]

COOLDOWN = [
    T("cooldown", R, "rejection", "About your recent application", """\
Hi {name},

Thanks for your application for {role}. After reviewing it, we've decided not to move
forward. Per our hiring policy, you'll be able to apply to this role or similar engineering
roles again after 6 months from today; applications submitted sooner will be closed
automatically.

|{co} Recruiting
""", "{co} Recruiting <no-reply@{dom}>"),
    T("cooldown", R, "rejection", "Re-application window", """\
Dear {name},

Thank you for completing the interview loop for {role}. We won't be making you an offer. A
new application is possible after a 12-month waiting period, counted from your final interview
date ({qdate}).

|Candidate Experience Team
""", "{co} Candidate Experience <candidates@{dom}>"),
    T("cooldown", R, "rejection", "{co} application - closed", """\
Hi {name},

You applied to {role} within 90 days of a previous application to the same role. Under our
re-application policy, this application has been closed without review. You can apply again
from {deadline_us}.

|{co} Careers
""", "{co} Careers <careers@{dom}>"),
]

SURVEY = [
    T("survey", R, "rejection", "Thanks for interviewing with {co} - 2 min survey", """\
Hi {name},

Thanks again for interviewing for {role}. We've decided to move forward with another
candidate, and I'm sorry it's not better news.

We'd like our interviews to get better each round. Would you tell us how it went? The survey
is anonymous and takes two minutes: https://survey.{dom}/candidate?id={ref}

|Best,
|{co} Recruiting
""", "{co} Recruiting <recruiting@{dom}>"),
    T("survey", R, "rejection", "How did we do?", """\
|Hi {name},

|Your application for {role} was not successful.

|How would you rate your candidate experience? (1 = poor, 5 = excellent)
|[1] [2] [3] [4] [5]

|Your feedback helps us build a fairer process.
|Sent by {co} via Candidate Pulse
""", "{co} <feedback@candidatepulse.io>"),
    T("survey", R, "rejection", "Your application outcome + feedback request", """\
Dear {name},

Thank you for your application for {role}. On this occasion you have not been successful.
We would value your views on our recruitment process; please complete our short
questionnaire by {deadline_uk}.

|Kind regards,
|People Services, {co}
""", "People Services <peopleservices@{dom}>"),
]

SHORTS = [
    T("founder", R, "rejection", "Re: {role}", """\
Hey {name} - going to pass for now, sorry. Appreciate you coming in.

|Sent from my phone
""", "{rec} {last_rec} <{rec_lower}@{dom}>"),
    T("founder", R, "rejection", "Re: coffee", """\
Thanks {name}. We hired someone last week, so no role open anymore. Good luck!!

|--
|{rec}, co-founder
""", "{rec} <{rec_lower}@{dom}>"),
    T("founder", R, "rejection", "Re: Intro - {name} / {co}", """\
{name}, decided to go with a more senior person for now. Will ping you if that changes.

|Sent from Outlook for iOS
""", "{rec} {last_rec} <{rec_lower}@{dom}>"),
    T("founder", R, "rejection", "re: design role", """\
hey! we offered it to someone else yesterday and they said yes. sorry + thanks for the
chat

|{rec}
""", "{rec} <{rec_lower}@{dom}>"),
    T("specul", R, "rejection", "Your speculative application", """\
Dear {name},

Thanks for getting in touch with your CV on spec. Nothing we have open right now fits your
experience, and we don't hold speculative applications on file, so we won't be
taking this any further. Please keep an eye on our careers page for advertised roles.

|Kind regards,
|HR, {co}
""", "{co} HR <hr@{dom}>"),
    T("specul", R, "rejection", "Re: Open application", """\
Hi {name},

Many thanks for reaching out. We read your open application with interest, but we won't be
hiring for a position like this in the coming months, so I won't be able to offer you
anything.

|{rec}
""", "{recl} <{recmail}>"),
    T("specul", R, "rejection", "Re: Enquiry about junior roles", """\
Dear {name},

Thanks for writing. I'm afraid we aren't able to consider your enquiry: our small team is
fully staffed and we don't take on juniors this year. Best of luck with your search.

|{recl}
|Practice Manager, Thornbury Legal
""", "{recl} <{rec_lower}@thornburylegal.com>"),
    T("refcheck", R, "rejection", "Following your references", """\
Dear {name},

Thank you for providing your references. Having now received them, we have decided not to
proceed with your appointment to the {role} post. I appreciate this will be disappointing
after the interview stage.

|Yours sincerely,
|{recl}
|HR Manager
""", "{recl} <{recmail}>"),
    T("refcheck", R, "rejection", "Re: reference check", """\
Hi {name},

We finished the reference calls yesterday. I won't go into the detail of what was said,
but we've made the decision not to move forward with you for {role}. I'm sorry to deliver
this by email.

|{rec}
""", "{recl} <{recmail}>"),
    T("refcheck", R, "rejection", "Pre-employment screening outcome", """\
Dear {full},

Your conditional offer for {role} was subject to satisfactory employment references. We
have been unable to verify the employment history you provided for 2021-2023, and so the
offer is withdrawn.

|Onboarding Team, {co}
""", "{co} Onboarding <onboarding@{dom}>"),
    T("misc", R, "rejection", "{role} - location requirement", """\
Hi {name},

Thanks for the chat. Unfortunately we can only hire people who are based in Ireland for
this role (payroll reasons), and since you're in Lisbon we can't move forward with your
application.

|{rec}, Talent
""", "{recl} <{recmail}>"),
    T("misc", R, "rejection", "Your application - sponsorship", """\
Dear {name},

Thank you for your application for {role}. This role is not eligible for visa sponsorship,
and as you've told us you would need sponsorship to work in the UK, we are unable to take
your application further.

|{co} Recruitment
""", "{co} Recruitment <recruitment@{dom}>"),
]

FOREIGN_REJECTIONS = [
    T("de", R, "rejection", "Ihre Bewerbung als {role} (m/w/d)", """\
Hallo {name} {last},

vielen Dank für Ihr Interesse an {co} und die Zeit, die Sie in Ihre Bewerbung investiert
haben. Wir haben alle Unterlagen gründlich gelesen und uns für eine andere Kandidatin entschieden,
deren Erfahrung noch etwas näher an dem liegt, was die Stelle verlangt.

Für Ihren weiteren Weg wünschen wir Ihnen viel Erfolg.

|Viele Grüße
|Ihr Recruiting-Team von {co}
""", "{co} Recruiting <karriere@{dom}>", locale="de"),
    T("de", R, "rejection", "Re: Gespräch am Donnerstag", """\
Hallo {name},

danke nochmal für das nette Gespräch letzte Woche. Wir haben intern lange diskutiert und uns
am Ende für einen Bewerber entschieden, der schon Erfahrung mit unserem ERP-System mitbringt.
Die Entscheidung ist uns nicht leicht gefallen.

Ich melde mich gern, wenn wieder etwas Passendes frei wird.

|Beste Grüße
|{rec}

|Am {qwhen_de} schrieb {full} <{email}>:
|> Hallo {rec}, gibt es schon Neuigkeiten? Viele Grüße, {name}
""", "{recl} <{recmail}>", locale="de"),
    T("de", R, "rejection", "Absage: {role}", """\
Sehr geehrte/r {name} {last},

leider müssen wir Ihnen mitteilen, dass die ausgeschriebene Stelle intern besetzt wurde.
Ihre Unterlagen werden gemäß DSGVO nach sechs Monaten gelöscht.

|Mit freundlichen Grüßen
|Personalabteilung
""", "Personal <personal@{dom}>", locale="de"),
    T("fr", R, "rejection", "Votre candidature au poste de {role}", """\
Bonjour {name},

Merci d'avoir pensé à {co} pour la suite de votre carrière. Nous avons lu votre dossier
avec soin et, à regret, nous ne le retiendrons pas pour ce poste.

Nous conservons toutefois vos coordonnées et vous souhaitons bonne chance pour la suite de vos
recherches.

|L'équipe Talents
""", "{co} Talents <talents@{dom}>", locale="fr"),
    T("fr", R, "rejection", "RE: Entretien du {qdate}", """\
Bonjour {name},

Merci encore pour l'échange de mardi, c'était vraiment intéressant. Au final nous avons
choisi quelqu'un qui connaît déjà la paie multi-sites. Ce n'était pas un
choix facile !

Au plaisir de recroiser votre route,
|{rec}

|De : {full} <{email}>
|Envoyé : {qsent}
|Objet : Entretien du {qdate}
""", "{recl} <{recmail}>", locale="fr"),
    T("fr", R, "rejection", "Stage de fin d'études - réponse", """\
Bonjour {name},

Nous avons bien étudié ta candidature pour le stage de fin d'études. Malheureusement, le
stage a été pourvu par un autre étudiant.

Bonne continuation !
|L'équipe RH
""", "RH {co} <rh@{dom}>", locale="fr"),
    T("es", R, "rejection", "Tu candidatura en {co}", """\
Hola {name}:

Gracias por presentarte al proceso de {role}. Hemos revisado tu perfil con atención y, en
esta ocasión, hemos decidido continuar con otras candidaturas que se ajustan más a lo que
buscamos.

¡Mucho ánimo con la búsqueda!

|Equipo de Personas de {co}
""", "{co} Empleo <empleo@{dom}>", locale="es"),
    T("es", R, "rejection", "RE: Segunda entrevista", """\
Buenas tardes, {name}:

Gracias de nuevo por tu tiempo el jueves. Te escribo para contarte que la dirección ha
elegido a otra persona para el puesto, alguien con más años en gestión de almacenes.

Un saludo cordial,
|{recl}
|Selección de Personal
""", "{recl} <{recmail}>", locale="es"),
    T("es", R, "rejection", "Proceso de selección {ref}", """\
Estimado/a {name} {last}:

Le comunicamos que el proceso de selección {ref} ha quedado cancelado y la plaza no se
cubrirá. Agradecemos su participación.

|Departamento de Recursos Humanos
""", "RRHH <rrhh@{dom}>", locale="es"),
    T("nl", R, "rejection", "Je sollicitatie bij {co}", """\
Hoi {name},

Bedankt voor je sollicitatie als {role}. We hebben veel reacties ontvangen en na zorgvuldige
afweging hebben we besloten om met andere kandidaten verder te gaan.

Veel succes met je zoektocht!

|Groet,
|Team Recruitment
""", "{co} Recruitment <werkenbij@{dom}>", locale="nl"),
    T("nl", R, "rejection", "Re: gesprek vrijdag", """\
Hi {name},

Dank je wel voor het gesprek van vrijdag. Het team heeft gekozen voor een kandidaat die al
bekend is met onze klanten in de zorg. Jammer, want we vonden het echt een leuk gesprek.

|Hartelijke groet,
|{rec}
""", "{recl} <{recmail}>", locale="nl"),
    T("it", R, "rejection", "La tua candidatura per {role}", """\
Ciao {name},

grazie per aver inviato la tua candidatura. Dopo un'attenta valutazione, abbiamo deciso di
proseguire con altri profili più in linea con le esigenze attuali del team.

Ti auguriamo il meglio per il tuo percorso professionale.

|Il team HR di {co}
""", "{co} HR <hr@{dom}>", locale="it"),
    T("it", R, "rejection", "Esito colloquio", """\
Gentile {name} {last},

la ringraziamo per aver partecipato al colloquio. La posizione è stata assegnata a un altro
candidato. Conserveremo il suo curriculum per eventuali future opportunità.

|Cordiali saluti,
|Ufficio Risorse Umane
""", "Risorse Umane <selezione@{dom}>", locale="it"),
    T("pt", R, "rejection", "Sua candidatura - {role}", """\
Olá {name},

Obrigado pelo interesse em fazer parte da {co}. Depois de analisar o seu perfil, decidimos
seguir com outros candidatos para esta vaga.

Desejamos sucesso na sua carreira!

|Equipe de Talentos
""", "{co} Talentos <talentos@{dom}>", locale="pt"),
    T("pt", R, "rejection", "Re: Entrevista final", """\
Olá {name}, tudo bem?

Queria agradecer de novo pela conversa. A gestora optou por outra pessoa, com mais
experiência em atendimento B2B. Fico à disposição para futuras vagas.

|Abraço,
|{rec}
""", "{recl} <{recmail}>", locale="pt"),
    T("pl", R, "rejection", "Twoja aplikacja na stanowisko {role}", """\
Cześć {name},

dziękujemy za zainteresowanie pracą w {co}. Po analizie zgłoszeń zdecydowaliśmy się
kontynuować rekrutację z innymi kandydatami.

Życzymy powodzenia w dalszych poszukiwaniach.

|Zespół Rekrutacji
""", "{co} Rekrutacja <rekrutacja@{dom}>", locale="pl"),
    T("pl", R, "rejection", "Odp: Rozmowa rekrutacyjna", """\
Dzień dobry,

dziękuję za udział w rozmowie. Niestety, tym razem wybraliśmy innego kandydata. Pani/Pana CV
zachowamy w naszej bazie przez 12 miesięcy, za zgodą wyrażoną w formularzu.

|Pozdrawiam,
|{recl}
|Dział HR
""", "{recl} <{recmail}>", locale="pl"),
]

# ---------------------------------------------------------------------------------------------
# Not rejections
# ---------------------------------------------------------------------------------------------
CONFIRMATIONS = [
    T("conf", N, "application_received", "Thank you for applying to {co}", """\
Hi {name},

Thanks for applying for {role}! Over the next fortnight someone from the hiring team reads it.
If your experience lines up with the role, expect an invitation to a first call. If it
doesn't line up, you'll get an email about that too - no ghosting.

|{co} Recruiting
""", "{co} Recruiting <no-reply@{dom}>", n=2),
    T("conf", N, "application_received", "We've received your application", """\
|{co}

|Hi {name},
|We've received your application for {role} ({ref}).

We get far more applications than we can answer one by one. No word from us after 21 days
means your application has not gone forward this time.

|Track your application: https://{co_slug}.wd1.myworkday.com/careers/userHome
""", "{co} <{co_slug}@myworkday.com>", n=2),
    T("conf", N, "application_received", "Application received - {role}", """\
Dear {name},

Your application has reached us - thank you. We contact only the people we invite to
interview. If no invitation comes, we may hold your details for up to 12 months as our
privacy notice describes.

|Recruitment Team
|{co}
""", "{co} Recruitment <recruitment@{dom}>", n=2),
    T("conf", N, "application_received", "{co} | Application confirmation", """\
Hello {name},

This confirms your application for {role}. Good news or not, you'll get an answer by
{deadline_uk}. We know waiting is hard, and we'd rather give you a clear answer than leave
you wondering.

|Candidate Experience, {co}
""", "{co} <careers@{dom}>"),
    T("conf", N, "application_received", "Thanks for your application!", """\
Hey {name} 👋

Your application for {role} just landed in our inbox. A real human on the hiring team will
read it - we promise. Applications pour in, so if it's a no
we'll still send you a short note so you're not left hanging.

|Cheers,
|The {co} crew
|Powered by Teamtailor
""", "{co} <noreply@teamtailor-mail.com>"),
    T("conf", N, "application_received", "Application submitted: {role}", """\
|Thank you for your application!

|Position: {role}
|Location: Chicago, IL
|Requisition ID: {ref}

What happens next: a recruiter reads each application in turn. Strong matches hear from a
recruiter about the next steps. Otherwise your profile stays in our system, and recruiters
search it when new positions open.

|{co} is an Equal Opportunity Employer. This mailbox is not monitored.
""", "{co} Careers <{co_slug}@talent.icims.com>", n=2),
    T("conf", N, "application_received", "Your application to {co}", """\
Hi {name},

Thanks for your interest in {role}! We've got your application and the hiring team is
reviewing it now.

Because we receive a large number of applications, it can take a few weeks to hear back,
and unfortunately we can't give individual feedback at the application stage. Either way,
we'll write when there's a decision.

|{co} Talent
|Sent via Greenhouse
""", "{co} Talent <no-reply@us.greenhouse-mail.io>", n=2),
    T("conf", N, "application_received", "Your application: {role}", """\
Hi {name},

Thank you for applying. Here's what to expect:

|- Week 1-2: recruiter review
|- Week 3: first interviews for shortlisted applicants
|- Week 5: final round

If you aren't shortlisted, an email comes your way at the end of week 2. Please
don't reply to this message; it goes to an unmonitored mailbox.

|Lever on behalf of {co}
""", "{co} <no-reply@hire.lever.co>"),
    T("conf", N, "application_received", "Bewerbungseingang / Application received", """\
Hi {name},

thank you for your application as {role}. You will hear from us - no
matter if it is an invitation or a rejection - as fast as we can manage. Please understand
that this can take up to
three weeks.

|Best regards
|Your People Team
|Personio on behalf of {co}
""", "{co} <jobs@{co_slug}.jobs.personio.de>"),
    T("conf", N, "application_received", "NHS Jobs: application received {ref}", """\
Dear {full},

Thank you for submitting your application for Band 4 Medical Secretary (reference {ref}).

Please check your account regularly. Applicants who hear nothing by four weeks after the
closing date have not been shortlisted for this post.

|This is an automated email. Do not reply.
""", "NHS Jobs <no-reply@jobs.nhs.uk>"),
    T("conf", N, "application_received", "Application Received", """\
|Dear {full},

|Thank you for applying to announcement IHS-26-{ref} (Medical Support Assistant, GS-0679-05).
|Your application has been received by the Indian Health Service.

Your application will be reviewed to determine if you meet the qualification requirements.
A notice will tell you which of these applies: referred to the hiring manager, not
qualified, or qualified but not referred. Notifications are normally sent within 30 days of
the announcement
closing date.

|USAJOBS - please do not reply to this message
""", "USAJOBS <no-reply@usajobs.gov>"),
    T("conf", N, "application_received", "Your application for {role}", """\
Dear {name},

Thank you for your application. We confirm we have received it.

We aim to write to everyone within two working weeks after the closing date. We're afraid
that, given the volume of applications, unsuccessful candidates will not receive individual
feedback at this stage.

|HR Team
|{co}
""", "{co} HR <hr@{dom}>", n=2),
    T("conf", N, "application_received", "Thank you - {role}", """\
Hi {name},

We received your CV. Honestly, I can't promise a reply to everyone - we're four people and
got 300 applications in a weekend. If I don't write back in two weeks it means we went with
someone else, but please don't take it personally.

|{rec}
|Founder, {co}
""", "{rec} <{rec_lower}@{dom}>"),
    T("conf", N, "application_received", "Application confirmation - Civil Service Jobs", """\
Dear {name},

Your application for Executive Officer - Operations Delivery (reference {ref}) has been
submitted.

The sift is expected to take place in the week commencing {deadline_uk}. Every applicant
receives the sift result, successful or not, and anyone not progressed can ask for
feedback.

|Civil Service Jobs
""", "Civil Service Jobs <noreply@csjobs-mail.example.gov.uk>"),
    T("conf", N, "application_received", "We got it 👍", """\
Thanks for applying to {co}, {name}! We read every application. If we don't think it's the
right fit, we'll tell you. If we do, expect a calendar link.

|- {co} hiring bot
""", "{co} <jobs@{dom}>"),
    T("conf", N, "application_received", "Application received - {role} ({ref})", """\
Dear Applicant,

Thank you for applying for the above-mentioned position. Your application is under process.
Kindly note that only shortlisted candidates will be called for the written test. Candidates
not shortlisted will not receive any communication, and no correspondence will be
entertained in this regard.

|Regards,
|HR Department
|{co}
""", "HR Department <careers@{dom}>"),
    T("conf", N, "application_received", "Received: your internship application", """\
Hi {name},

Thanks for applying to the {co} {year} Summer Internship! Last year's applications broke
our record, so we can't offer every student an interview. Whether or not you're
selected, we'll email you before the end of January.

In the meantime, complete your online profile so we have your university details.

|Early Careers Team
""", "{co} Early Careers <earlycareers@{dom}>"),
    T("conf", N, "application_received", "{role} - thanks for applying", """\
Hi {name},

Your application's in. Our hiring manager reviews new applicants every Friday.

A quick heads-up so you're not left guessing: if the role is filled or the team decides not
to move forward with you, your application status in the portal will change to "Closed" and
you'll get an email. Until then, no news really is just no news.

|{co} Talent Team
""", "{co} Talent <talent@{dom}>"),
    T("conf", N, "application_received", "Your application at {co}", """\
Dear {name},

many thanks for your application and the interest for our company. Your documents arrived
well and we will look at them in detail. Please have a little patience. In case we
cannot consider you for this job, we would like to save your data for other
vacancies, if you agree.

|Kind regards
|{recl}
|HR
""", "{recl} <{recmail}>"),
    T("conf", N, "application_received", "Thanks for applying through SmartRecruiters", """\
|Hi {name},

|Your application for {role} at {co} was sent successfully.

|What's next?
|Next, the hiring team looks at your application. Keep in mind that they may receive many
|applications, so it can take some time to hear back - and some companies only contact
|candidates they want to move forward with.

|SmartRecruiters
""", "SmartRecruiters <noreply@smartrecruiters.com>"),
    T("conf", N, "application_received", "Confirmation of application", """\
Dear {full},

We acknowledge receipt of your application for the post of {role}.

Shortlisting will take place on {deadline_uk}. Silence from us for two weeks after that date
means you have not been shortlisted. We thank you for your
interest in Wrenfield Housing.

|People Services
|Wrenfield Housing
|Registered society no. 30412R
""", "Wrenfield Housing <jobs@wrenfieldhousing.org.uk>"),
    T("conf", N, "application_received", "Your Indeed application has been submitted", """\
|{role}
|{co} - Remote

|Your application has been submitted to {co}.
|Employers usually reach out within two weeks if they're interested.

|Track your applications on My Jobs
|Indeed
""", "Indeed Apply <indeedapply@indeed.com>"),
    T("conf", N, "application_received", "Application sent to {co}", """\
|Your application was sent to {co}
|{role}
|{co} · Remote

|Now, take these steps to stand out
|Add a profile photo · Get your skills verified

|You're receiving LinkedIn notification emails. Unsubscribe
""", "LinkedIn <jobs-noreply@linkedin.com>"),
    T("conf", N, "application_received", "Re: application for the barista job", """\
Hi {name},

got your CV, thanks! We're interviewing the week after next. If it's a no, I'll text you so
you're not waiting around.

|{rec}
|Nimbus Orchard Café
""", "{rec} <{rec_lower}@nimbusorchard.com>"),
    T("conf", N, "application_received", "Application acknowledgement", """\
Dear {name},

Thank you for your application for {role}.

Please note:
|• Applications are reviewed after the closing date.
|• Not taken forward? You'll still get an email from us.
|• We keep applications for six months; after that they are deleted.
|• Rejected applicants may reapply for other roles at any time.

|Recruitment, {co}
""", "{co} Recruitment <recruitment@{dom}>"),
    T("conf", N, "application_received", "Thanks {name}!", """\
Hi {name},

Your application for {role} has been received. We're a small team, so our response times
can vary. Whether it's good news or not, you'll hear from a real person.

|Ashby on behalf of {co}
""", "{co} <no-reply@ashbyhq.com>"),
    T("conf", N, "application_received", "Registration and application complete", """\
Dear {name},

Your candidate account has been created and your application for {role} is complete.
Keep your login details safe.

Please note that if your application falls short of the minimum requirements for this
vacancy, an automated notification will follow. You can still apply for other vacancies
with us.

|Talent Acquisition - {co}
|Powered by Oracle Taleo
""", "{co} Careers <careers@taleo.net>"),
    T("conf", N, "application_received", "Application received - General Application", """\
Hi {name},

Thanks for submitting a general application to {co}! We don't have a specific role for you
yet, but we'll keep your information in our talent pool and reach out when a position
opens that fits. You don't need to do anything else.

|{co} Talent
""", "{co} Talent <talent@{dom}>"),
    T("conf", N, "application_received", "Application confirmation - Graduate Programme", """\
Dear {name},

Thank you for applying to our {year} Graduate Programme. Your next step is the online
assessment; we'll send the link within five working days.

We want to be transparent: competition is strong and most applicants won't be offered a
place. Every applicant will get a final decision by email, whichever stage they reach.

|Graduate Recruitment
""", "Graduate Recruitment <grads@{dom}>"),
    T("conf", N, "application_received", "Jobvite: application received", """\
|Dear {name},

|We received your application for {role}.

|If your background matches our needs, you'll hear from a recruiter. If we decide not to
|pursue your candidacy, we'll let you know.

|Sincerely,
|{co} Recruiting
""", "{co} Recruiting <notification@jobvite.com>"),
    T("conf", N, "application_received", "Your application has been received", """\
Dear {name},

Thank you for applying to {co}. Each application is reviewed carefully. If this position
does not work out, please do not lose heart - plenty of people here were hired the third
time they tried.

|Best regards,
|Talent Acquisition
|SAP SuccessFactors
""", "{co} Talent Acquisition <noreply@successfactors.eu>"),
]

FOREIGN_CONFIRMATIONS = [
    T("conf-de", N, "application_received", "Eingangsbestätigung Ihrer Bewerbung", """\
Hallo {name} {last},

vielen Dank für Ihre Bewerbung als {role}. Wir haben Ihre Unterlagen erhalten und melden uns
innerhalb von zwei Wochen bei Ihnen - ganz gleich, ob mit einer Zusage für ein Gespräch oder
mit einer Absage.

|Viele Grüße
|Ihr Team von {co}
""", "{co} Karriere <karriere@{dom}>", locale="de", n=2),
    T("conf-de", N, "application_received", "Danke für deine Bewerbung!", """\
Hey {name},

deine Bewerbung ist bei uns angekommen. Sollte es diesmal nicht passen, würden wir deine
Daten gern für zukünftige Stellen in unserem Talentpool speichern - dafür brauchen wir kurz
deine Einwilligung im Bewerberportal.

|Dein Recruiting-Team
|Powered by Personio
""", "{co} <jobs@{co_slug}.jobs.personio.de>", locale="de"),
    T("conf-fr", N, "application_received", "Accusé de réception de votre candidature", """\
Bonjour {name},

Nous avons bien reçu votre candidature pour le poste de {role} et nous vous en remercions.
Nos équipes l'étudient avec attention. Si vous n'avez aucune nouvelle d'ici un mois,
c'est que nous ne poursuivrons pas avec votre profil.

|Cordialement,
|Le service Recrutement
""", "{co} Recrutement <recrutement@{dom}>", locale="fr"),
    T("conf-fr", N, "application_received", "Merci pour ta candidature", """\
Salut {name},

Ta candidature est bien arrivée ! On te répond d'ici 10 jours, bonne ou mauvaise nouvelle.

|À très vite,
|L'équipe {co}
""", "{co} <jobs@{dom}>", locale="fr", n=2),
    T("conf-es", N, "application_received", "Hemos recibido tu candidatura", """\
Hola {name}:

Gracias por inscribirte en la oferta de {role}. Si tu perfil encaja, nos pondremos en
contacto contigo en las próximas semanas. Si no es así, guardaremos tu CV para
otras vacantes, a menos que nos pidas borrarlo.

|Equipo de Selección
""", "{co} Selección <seleccion@{dom}>", locale="es", n=2),
    T("conf-nl", N, "application_received", "Bevestiging van je sollicitatie", """\
Hoi {name},

Bedankt voor je sollicitatie! We hebben hem goed ontvangen. Binnen twee weken hoor je van
ons, ook als we niet met je verder gaan.

|Met vriendelijke groet,
|Team Werving & Selectie
""", "{co} <werkenbij@{dom}>", locale="nl", n=2),
    T("conf-it", N, "application_received", "Conferma ricezione candidatura", """\
Gentile {name},

abbiamo ricevuto la sua candidatura per la posizione di {role}. Verrà contattato/a solo in
caso di riscontro positivo; in caso contrario, il suo CV resterà nel nostro database per 24
mesi.

|Ufficio Selezione
""", "{co} Selezione <selezione@{dom}>", locale="it"),
    T("conf-pt", N, "application_received", "Recebemos sua candidatura", """\
Olá {name},

Sua candidatura para {role} foi recebida com sucesso. Nossa equipe vai analisar seu perfil
e, caso você não avance, avisaremos por e-mail. Boa sorte!

|Time de Recrutamento {co}
""", "{co} <vagas@{dom}>", locale="pt"),
    T("conf-pl", N, "application_received", "Potwierdzenie otrzymania aplikacji", """\
Dzień dobry,

dziękujemy za przesłanie aplikacji na stanowisko {role}. Informujemy, że skontaktujemy się
tylko z wybranymi kandydatami. Brak odpowiedzi w ciągu 30 dni oznacza, że nie
zakwalifikowano Pani/Pana do kolejnego etapu.

|Dział Rekrutacji {co}
""", "{co} Rekrutacja <rekrutacja@{dom}>", locale="pl"),
]

INTERVIEWS = [
    T("interview", N, "interview", "Interview invitation - {role}", """\
Hi {name},

Thanks for your application for {role}. Could you join a 45-minute video
call with {rec} and our Head of Product? Choose whichever time suits you here:

|https://cal.{dom}/book/{ref}

Slots are available until {deadline_uk}.

|Best,
|{co} Recruiting
""", "{co} Recruiting <recruiting@{dom}>", n=2),
    T("interview", N, "interview", "Re: Interview on Thursday", """\
Hi {name},

Unfortunately our CTO has been called into a board meeting on Thursday, so I need to move
your interview. Would {when_uk} at 2pm or the following morning at 9:30 work instead?
Sorry for the shuffle!

|{rec}

On {qwhen}, {full} <{email}> wrote:
> Hi {rec}, confirming Thursday at 11. See you then!
""", "{recl} <{recmail}>"),
    T("interview", N, "interview", "RE: [EXT] Re: Next round - {role}", """\
Hi {name},

Great news - the hiring manager would like to meet you for the final round. It's onsite at
our Clerkenwell office on {when_uk}, 10:00-13:00, three conversations back to back. I'll send
the calendar invite and visitor instructions today.

|Cheers,
|{rec}

|From: {full} <{email}>
|Sent: {qsent}
|Subject: Re: Next round - {role}

|Thanks {rec}, looking forward to hearing how it went on your side.
""", "{recl} <{recmail}>"),
    T("interview", N, "interview", "Phone screen with {co}", """\
Hi {name},

Your profile caught our eye! Do you have 20 minutes this week for an intro call? Reply
with a couple of windows that suit and the number I should ring.

|{recl}
|Technical Recruiter, {co}
""", "{recl} <{recmail}>", n=2),
    T("interview", N, "interview", "Invitation to interview: {role} ({ref})", """\
Dear {name},

I am pleased to invite you to interview for the above post. The interview will take place
on {when_uk} at 11:15 at Thornley Town Hall, Committee Room 2, and will last about 45
minutes. You will be asked to give a 10-minute presentation on the topic "How would you
improve resident satisfaction with repairs?"

Please confirm your attendance by replying to this email.

|Yours sincerely,
|HR Recruitment Team
|Thornley Borough Council
""", "Thornley Borough Council <recruitment@thornley.gov.uk>"),
    T("interview", N, "interview", "Rescheduled: Interview {role}", """\
Hi {name},

Unfortunately the 3pm slot on Friday no longer works for one of the panel. I'm sorry about
that. The interview itself is still very much on! Could you do {when_us} at 1pm Eastern
instead? The Zoom link stays the same.

|Thanks for your flexibility,
|{rec}
""", "{recl} <{recmail}>", n=2),
    T("interview", N, "interview", "Your interview is confirmed", """\
|Interview confirmed

|Role: {role}
|When: {when_us}, 3:00 PM - 4:00 PM (PT)
|Where: Google Meet (link in calendar invite)
|Interviewers: {recl}, Engineering Manager

|Can't make it? Change the time from your calendar invite.
|Sent via GoodTime for {co}
""", "{co} Scheduling <scheduling@{dom}>"),
    T("interview", N, "interview", "Einladung zum Vorstellungsgespräch", """\
Hallo {name} {last},

vielen Dank für Ihre Bewerbung. Wir würden Sie gern persönlich kennenlernen und laden Sie zu
einem Gespräch am {when_uk} um 10 Uhr in unser Büro in Köln ein. Geben Sie uns bitte kurz
Bescheid, ob der Termin passt.

|Freundliche Grüße
|{recl}
""", "{recl} <{recmail}>", locale="de"),
    T("interview", N, "interview", "Entretien - {role}", """\
Bonjour {name},

Votre profil a retenu notre attention et nous aimerions échanger avec vous lors d'un
entretien en visio le {when_uk} à 14h. Merci de nous confirmer votre disponibilité.

|Bien cordialement,
|{recl}
""", "{recl} <{recmail}>", locale="fr"),
    T("interview", N, "interview", "Re: interview times", """\
Hi {name} - unfortunately none of those times work for Aleksander, he's travelling. Could you
do Monday 8am or Tuesday 6pm your time? Sorry, we're spread across three time zones.

|{rec}
""", "{rec} <{rec_lower}@{dom}>"),
    T("interview", N, "interview", "Shortlisted - {role}", """\
Dear {name},

Thank you for your application. I'm pleased to tell you that you have been shortlisted for
interview. Interviews will be held on {when_uk}. Please choose a time in the attached
booking form and let us know about any adjustments you need.

|Kind regards,
|People Team
|Bellhaven Care
""", "Bellhaven Care People Team <people@bellhavencare.co.uk>", n=2),
    T("interview", N, "interview", "Invitation: technical interview", """\
Hello {name},

Congratulations on passing the coding challenge! Up next: a 60-minute technical
interview with two engineers. Please choose a time in the next 7 days:

|https://app.{dom}/schedule/{ref}

|{co} Engineering Hiring
""", "{co} Engineering Hiring <eng-hiring@{dom}>"),
    T("interview", N, "interview", "Interview - {role}", """\
Dear {name},

With reference to your application, you are invited for a face-to-face interview on
{when_uk} at 10.30 AM at our Hyderabad office. Kindly bring a printed resume, a
photo ID and your latest payslips. Please reply to confirm your availability.

|Regards,
|{recl}
|HR Team
""", "{recl} <{rec_lower}.{last_rec_lower}@{dom}>"),
    T("interview", N, "interview", "Meet the team - {role}", """\
Hey {name},

Loved your application. Are you up for an informal chat with me and two of the designers
next week? Nothing to prepare, just come curious. Grab a slot here: https://cal.com/{rec_lower}

|{rec}
""", "{rec} <{rec_lower}@{dom}>"),
    T("interview", N, "interview", "Re: Interview availability", """\
Hi {name},

Thank you for getting back to me. Unfortunately the panel can't do Wednesday, but we have
confirmed {when_uk} at 2pm. I've attached the interview pack with directions.

|Best wishes,
|{recl}
""", "{recl} <{recmail}>"),
    T("interview", N, "interview", "Entrevista - {role}", """\
Hola {name}:

Nos gustaría conocerte en una entrevista por videollamada el {when_uk} a las 11:00.
¿Te viene bien? Si no, dinos otra hora.

|Un saludo,
|{recl}
""", "{recl} <{recmail}>", locale="es"),
]

NEXT_STEPS = [
    T("next", N, "next_steps", "Next step: take-home exercise", """\
Hi {name},

Monday's conversation went well and we'd like to keep going. Up next: a small
take-home task (about 3 hours). You'll find the brief and starter repo here:
https://git.{dom}/hiring/{ref}

Please submit by {deadline_uk}, 23:59 your time. If you need more time, just tell us.

|{rec}
""", "{recl} <{recmail}>", n=2),
    T("next", N, "next_steps", "Complete your online assessment", """\
|Hi {name},

|As part of your application for {role}, please complete the online assessment.
|Time: approx. 40 minutes (numerical and verbal reasoning)
|Deadline: {deadline_us}, 11:59 PM ET

Unfortunately the deadline is fixed, so please block out time this week. An unfinished
assessment at the deadline means your application can't go any further.

|Start assessment: https://assess.{dom}/start?c={ref}
""", "{co} Assessments <assessments@{dom}>", n=2),
    T("next", N, "next_steps", "References - {role}", """\
Dear {name},

Following your interview we are ready to contact referees. By {deadline_uk}, please give
us two people we may approach - your present or last line manager and one other - with
their email and phone number.

|Kind regards,
|{recl}
|HR Officer
""", "{recl} <{recmail}>", n=2),
    T("next", N, "next_steps", "Background check authorization", """\
Hi {name},

We're excited to move forward! The next step is a background check through our partner,
Veristone Screening. You'll receive an email from them within 24 hours with a link to
authorize the check. Please complete it within 3 business days.

|{co} People Operations
""", "{co} People Ops <peopleops@{dom}>"),
    T("next", N, "next_steps", "One-way video interview - {role}", """\
Hello {name},

We'd like to learn more about you through a short recorded video interview: 4 questions, up
to 2 minutes each. The link is valid until {deadline_uk}. You can record from your phone or
laptop.

|Good luck!
|{co} Talent Acquisition
""", "{co} Talent Acquisition <talent@{dom}>"),
    T("next", N, "next_steps", "Right to work check", """\
Dear {name},

Before your start date we must check your right to work in the UK. Please share your
share code (from the gov.uk service) and your date of birth by replying to this email by
{deadline_uk}.

|HR Operations, {co}
""", "{co} HR Operations <hrops@{dom}>"),
    T("next", N, "next_steps", "Case study brief - final round", """\
Hi {name},

Ahead of the final round, please prepare a 15-minute presentation on the attached brief
(market entry for our payments product in Poland). Send the slides 24 hours before your
interview slot. Unfortunately we can't accept slides on the day, as the panel reviews them
beforehand.

|Best,
|{rec}
""", "{recl} <{recmail}>"),
    T("next", N, "next_steps", "DBS check - action needed", """\
Hi {name},

Your Enhanced DBS form needs filling in online, via the link below, by
{deadline_uk}. Bring your ID documents to the office on your induction day so we can
verify them.

|Compliance Team, Bellhaven Care
""", "Bellhaven Care Compliance <compliance@bellhavencare.co.uk>"),
    T("next", N, "next_steps", "Personality questionnaire", """\
Dear {name},

As the next stage of the selection process, please complete the work-style questionnaire
(25 minutes) by {deadline_uk}. There are no right or wrong answers.

|Recruitment Team
""", "{co} Recruitment <recruitment@{dom}>"),
    T("next", N, "next_steps", "Pair programming session - prep", """\
Hi {name},

You're through to the pairing round! Please have a working Python 3.11 environment ready,
and clone the repo below before the session. It's not a test of memorised trivia - talk us
through your thinking.

|https://git.{dom}/pairing-starter
|{co} Engineering
""", "{co} Engineering <eng-hiring@{dom}>"),
    T("next", N, "next_steps", "Ihre nächsten Schritte", """\
Hallo {name},

vielen Dank für das Gespräch. Als nächsten Schritt bitten wir Sie, bis zum {deadline_uk} eine
kurze Fallstudie zu bearbeiten. Die Unterlagen finden Sie im Anhang.

|Beste Grüße
|{recl}
""", "{recl} <{recmail}>", locale="de"),
    T("next", N, "next_steps", "Medical questionnaire", """\
Dear {name},

Your offer is conditional on occupational health clearance. Please complete the confidential
health questionnaire via the link in the separate email from our provider by {deadline_uk}.
If you do not complete it, we may not be able to confirm your start date.

|HR Team
""", "{co} HR <hr@{dom}>"),
    T("next", N, "next_steps", "Skills test - {role}", """\
|Hi {name},

|You've been invited to complete a skills test for {role}.
|Test: Excel (intermediate), 30 minutes
|Expires: {deadline_us}

|Take the test
|Sent via TestGorilla on behalf of {co}
""", "{co} <no-reply@testgorilla.com>"),
    T("next", N, "next_steps", "Documents needed - {role}", """\
Dear {name},

Kindly submit scanned copies of your degree certificates, last three payslips and
relieving letter from your previous employer by {deadline_uk} so we can initiate your
verification.

|Regards,
|HR Operations
""", "{co} HR Operations <hrops@{dom}>"),
    T("next", N, "next_steps", "Portfolio review - next step", """\
Hi {name},

We'd like to see more of your work. Please send 3-4 case studies (PDF or links) that show
your process, not just the final screens. Deadline: {deadline_us}.

|{rec}, Design Lead
""", "{recl} <{recmail}>"),
    T("next", N, "next_steps", "Assessment centre invitation", """\
Dear {name},

Congratulations - you've been selected for our virtual assessment centre on {when_uk}. It
includes a group exercise, a written task and a competency interview. Please confirm by
{deadline_uk}; unconfirmed places will be released to other candidates.

|Graduate Recruitment
""", "Graduate Recruitment <grads@{dom}>"),
    T("next", N, "next_steps", "Próximos pasos - prueba técnica", """\
Hola {name}:

¡Enhorabuena! Pasas a la siguiente fase. Te enviamos una prueba técnica que tendrás que
entregar antes del {deadline_uk}.

|Un saludo,
|{recl}
""", "{recl} <{recmail}>", locale="es"),
]

OFFERS = [
    T("offer", N, "offer", "Offer - {role}", """\
Hi {name},

Great news: we want you as our {role}! The formal offer
letter is attached: base salary of 64,000 GBP, 27 days' holiday plus bank holidays, and a
start date of your choosing in the new year. Have a read and let me know if you have any
questions.

|Congratulations!
|{rec}
""", "{recl} <{recmail}>"),
    T("offer", N, "offer", "Re: decision", """\
{name} - we want you. Offer coming from HR tomorrow. Welcome aboard!

|{rec}
|Sent from my iPhone
""", "{rec} {last_rec} <{rec_lower}@{dom}>"),
    T("offer", N, "offer", "Conditional offer of employment", """\
Dear {full},

Further to your recent interview, I am pleased to offer you the post of {role}. The offer
is conditional on references we find satisfactory, an Enhanced DBS check and proof that
you may work in the UK.

Please confirm your acceptance by {deadline_uk}.

|Yours sincerely,
|{recl}
|Head of HR
""", "{recl} <{recmail}>"),
    T("offer", N, "offer", "Your offer from {co}", """\
|Hi {name},

|{co} has sent you an offer for {role}.
|Review and sign by {deadline_us}.

|View offer
|Sent via Greenhouse
""", "{co} <no-reply@us.greenhouse-mail.io>"),
    T("offer", N, "offer", "Good news!", """\
Hi {name},

Unfortunately for the other candidates, we picked you! 😄 The team was unanimous. I'll
ring you later today to go through numbers.

|{rec}
""", "{rec} <{rec_lower}@{dom}>"),
    T("offer", N, "offer", "Offer letter - {role}", """\
Dear {name},

We are pleased to extend an offer for the position of {role} with an annual CTC of INR
18,50,000. Your joining date will be {deadline_uk}. Kindly sign and return the attached
letter within 3 days.

|Regards,
|HR Department
""", "{co} HR <hr@{dom}>"),
    T("offer", N, "offer", "Job offer: {role}", """\
Hello {name},

On behalf of the whole team, I'm delighted to offer you the {role} role at {co}. We were
impressed at every stage. The offer is contingent on a successful background check.
Details are in the attached letter.

|Best,
|{recl}
""", "{recl} <{recmail}>"),
    T("offer", N, "offer", "Zusage - {role}", """\
Hallo {name},

wir freuen uns sehr, Ihnen die Stelle als {role} anbieten zu können! Den Vertragsentwurf
schicken wir Ihnen in den nächsten Tagen per Post.

|Herzliche Grüße
|{recl}
""", "{recl} <{recmail}>", locale="de"),
    T("offer", N, "offer", "Contract offer", """\
Hi {name},

Good news - the client wants you for the 6-month contract, 550 GBP/day outside IR35,
starting on the 5th. Can you confirm today so I can lock it in?

|{rec}
|Kilnworth Recruitment
""", "{rec} <{rec_lower}@kilnworth.com>"),
    T("offer", N, "offer", "Internship offer {year}", """\
Dear {name},

Congratulations! We're delighted to offer you a place on the {co} Summer Internship {year}.
You have 14 days to accept in the candidate portal.

|Early Careers Team
""", "{co} Early Careers <earlycareers@{dom}>"),
    T("offer", N, "offer", "Proposta di assunzione", """\
Gentile {name},

siamo lieti di comunicarle che è stato/a selezionato/a per la posizione di {role}. In
allegato trova la proposta contrattuale.

|Cordiali saluti,
|Ufficio Risorse Umane
""", "Risorse Umane <selezione@{dom}>", locale="it"),
    T("offer", N, "offer", "Verbal offer follow-up", """\
Hi {name},

Lovely to speak just now and hear how excited you are. As promised, here's the written
version of the verbal offer: {role}, 92,000 USD base, 10% bonus target, start {when_us}.
Paperwork will follow from our HR system.

|{rec}
""", "{recl} <{recmail}>"),
]

OTHER_JOB = [
    T("other", N, "other_job", "Your application is under review", """\
|Hi {name},
|Your application for {role} is now: Under review.
|You'll get an email when it changes.
|{co} Careers
""", "{co} Careers <careers@{dom}>"),
    T("other", N, "other_job", "Re: Referral - your friend {friend}", """\
Hi {name},

Thanks for referring {friend} for the {role} role. Just to let you know, the team decided
not to move forward with them this time, so the referral bonus won't apply. Thanks for sending good
people our way - please do it again!

|{co} Talent Team
""", "{co} Talent <talent@{dom}>"),
    T("other", N, "other_job", "Withdrawal confirmed", """\
Hi {name},

As requested, we've withdrawn your application for {role}. Thanks for letting us know, and
congratulations on your new role! Our door stays open for future applications.

|{co} Recruiting
""", "{co} Recruiting <recruiting@{dom}>"),
    T("other", N, "other_job", "Update on timing", """\
Hi {name},

Quick update: the hiring manager is out this week, so the decision on {role} will come
next week instead. Sorry for the wait, your application is still live.

|{rec}
""", "{recl} <{recmail}>"),
    T("job_alert", N, "job_alert", "12 new jobs for '{role}'", """\
|New jobs matching your search
|{role} - Tidewell Logistics - Leeds - 45k-52k
|Senior {role} - Orrin Medical - Remote
|{role} (maternity cover) - Wrenfield Housing - Bath
|Lead {role} - Northquay Bank - London

|Not interested anymore? Reject these jobs and we'll show you better matches.
|Manage alerts | Unsubscribe
""", "JobFinder Alerts <alerts@jobfinder.example.com>"),
    T("job_alert", N, "job_alert", "Jobs you may be interested in", """\
|Hi {name}, these roles were posted in the last 24 hours:
|• {role} at Lumenharbor (Hybrid)
|• {role} at Pintail Payments (Remote)
|• Associate {role} at Juniper Ledger

|Too many rejections? Try our free CV review.
|LinkedIn Job Alerts
""", "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>"),
    T("job_alert", N, "job_alert", "Neue Jobs für dich", """\
|Hallo {name},
|3 neue Stellen passen zu deinem Suchauftrag "{role}":
|{role} (m/w/d) - Hamburg
|{role} - Remote
|Junior {role} - Berlin
|Suchauftrag bearbeiten | Abmelden
""", "StepStone <jobagent@stepstone.de>", locale="de"),
    T("recruiter_outreach", N, "recruiter_outreach", "{role} opportunity - remote", """\
Hi {name},

Your profile turned up in my search, and you look well matched to a {role} opening at a
client of mine, a Series C healthtech. Fully remote, 110-130k. Got 15 minutes this week?
No worries if not - I'll stop bugging you.

|{recl}
|Foxglove Partners
""", "{recl} <{rec_lower}@foxglovepartners.com>"),
    T("recruiter_outreach", N, "recruiter_outreach", "Re: Following up", """\
Hi {name},

Sorry to hear the last process didn't go your way! I have two new {role} roles that I think
fit you better anyway. Fancy a call tomorrow?

|{rec}
|Harbridge Talent
""", "{rec} <{rec_lower}@harbridgetalent.co.uk>"),
    T("recruiter_outreach", N, "recruiter_outreach", "Quick question", """\
Hi {name} - are you open to new opportunities? We're building a team at {co} and your
background in {role} work stood out. Even if the timing's wrong, I'd love to connect.

|{rec}, Head of Talent
""", "{recl} <{recmail}>"),
    T("other", N, "other_job", "Your account has been created", """\
Welcome to the {co} candidate portal, {name}. Your account is ready. You haven't applied
to any roles yet - browse open positions and save the ones you like.

|{co} Careers
""", "{co} Careers <careers@{dom}>"),
    T("other", N, "other_job", "Re: Can I still apply?", """\
Hi {name},

The posting for {role} closed yesterday, but we haven't reviewed applications yet, so send
your CV to me directly and I'll add it to the pile. No promises, but it will be read.

|{rec}
""", "{recl} <{recmail}>"),
    T("other", N, "other_job", "Reminder: finish your application", """\
Hi {name},

You started an application for {role} but haven't submitted it yet. The role closes on
{deadline_us}. Pick up where you left off: https://careers.{dom}/apply/{ref}

|{co} Careers
""", "{co} Careers <careers@{dom}>"),
    T("other", N, "other_job", "Your candidate data", """\
Dear {name},

Your application to {co} was made more than 12 months ago. In line with our retention
policy, we will delete your candidate data in 30 days unless you log in and ask us to keep
it.

|Data Protection Team
""", "{co} Data Protection <privacy@{dom}>"),
]

NON_JOB = [
    T("nonjob", N, "non_job_rejection_words", "Payment declined", """\
Hi {name},

We weren't able to take your payment of 14.99 GBP for your Cobbleway Plus membership. Your
card was declined by your bank. Add a new card in the next 7 days to keep
your benefits.

|Cobbleway Plus
""", "Cobbleway <billing@cobbleway.com>"),
    T("nonjob", N, "non_job_rejection_words", "Decision on your manuscript JGE-2026-0{ref}", """\
Dear Dr {last},

Thank you for submitting your manuscript to the Journal of Glacial Ecology. I regret to
inform you that, based on the reviewers' reports, your manuscript cannot be accepted for
publication. The comments are below.

|Sincerely,
|Handling Editor
""", "JGE Editorial Office <editorial@jge.example.org>"),
    T("nonjob", N, "non_job_rejection_words", "Re: 14 Alder Road viewing", """\
Hi {name},

Good to meet you at the Saturday viewing. The landlord has gone with another
applicant's offer, so the flat has been taken off the market. I'll send you similar
listings as they come up.

|{rec}
|Otterburn Property
""", "{rec} <{rec_lower}@otterburnproperty.com.au>"),
    T("nonjob", N, "non_job_rejection_words", "Visa application outcome", """\
Dear {full},

Your application for a Visitor visa has been refused. The reasons for the decision are set
out in the attached refusal notice. You may submit a new application at any time.

|UK Visas and Immigration
""", "UKVI <no-reply@ukvi.example.gov.uk>"),
    T("nonjob", N, "non_job_rejection_words", "Volunteer role: park run marshal", """\
Hi {name},

Thanks for signing up to marshal on Saturday. We've already got enough volunteers for that
date, so we won't need you this week - but please put your name down for the next one!

|Riverside parkrun team
""", "Riverside parkrun <riverside@parkrun.example.com>"),
    T("nonjob", N, "non_job_rejection_words", "Membership waiting list", """\
Dear {name},

Thank you for applying to join Harrow Vale Golf Club. Full membership is currently closed
and your application has been placed on the waiting list (position 34).

|Membership Secretary
""", "Harrow Vale Golf Club <membership@harrowvalegolf.example.co.uk>"),
    T("nonjob", N, "non_job_rejection_words", "Grant application ARC-{ref}", """\
Dear {name},

The panel has completed its review of the spring round. Your project "Tidal Voices" was not
funded. Competition was very strong: 9% of applications received an award.

|Arts Fund Wales
""", "Arts Fund <grants@artsfund.example.org>"),
    T("nonjob", N, "non_job_rejection_words", "[{co_slug}/core] Closed PR #4821: Retry uploads",
      """\
@{name_lower} this was closed without merging. Thanks for the contribution, but we'd
rather fix the root cause in the client than retry around it.

|—
|Reply to this email directly or view it on GitHub.
|You are receiving this because you authored the thread.
""", "{co_slug}/core <notifications@github.com>"),
    T("nonjob", N, "non_job_rejection_words", "Your refund request", """\
Hi {name},

We've reviewed your refund request for order #77{ref}. Unfortunately the item reached us
after the 30-day window had closed, so we can't accept the return. The parcel will be sent back to
you.

|Customer Care
""", "Customer Care <care@{dom}>"),
    T("nonjob", N, "non_job_rejection_words", "Re: Saturday dinner", """\
Hey {name}, so sorry, we have to decline - we've got Mila's recital that evening. Next
time for sure!

|x
""", "{rec} <{rec_lower}@gmail.com>"),
    T("nonjob", N, "non_job_rejection_words", "Planning application 26/0{ref}/FUL - decision", """\
Dear {full},

Planning permission for the rear dormer you proposed has been refused. The attached decision
notice lists the reasons and explains how to appeal.

|Planning Services
""", "Planning <planning@thornley.gov.uk>"),
    T("nonjob", N, "non_job_rejection_words", "Talk proposal: PyCon submission", """\
Hi {name},

Thank you for submitting your proposal. We had 640 submissions for 80 slots and
unfortunately yours wasn't selected this year. We hope to see you there anyway!

|Program Committee
""", "Program Committee <cfp@conf.example.org>"),
    T("nonjob", N, "non_job_rejection_words", "Permiso de residencia - resolución", """\
Estimado/a {name} {last}:

Le comunicamos que su solicitud de renovación de la autorización de residencia ha sido
denegada. Puede presentar recurso de reposición en el plazo de un mes.

|Oficina de Extranjería
""", "Extranjería <notificaciones@extranjeria.example.es>", locale="es"),
    T("nonjob", N, "non_job_rejection_words", "Ihr Kreditantrag", """\
Sehr geehrte/r {name} {last},

leider können wir Ihrem Antrag auf einen Ratenkredit nicht entsprechen. Die Entscheidung
beruht auf unserer internen Bonitätsprüfung.

|Ihre Nordquai Bank
""", "Nordquai Bank <service@nordquai-bank.example.de>", locale="de"),
]

# ---------------------------------------------------------------------------------------------
# Rendering
# ---------------------------------------------------------------------------------------------
GROUPS = {
    "rejection": "rej", "application_received": "conf", "interview": "interview",
    "next_steps": "next", "offer": "offer", "other_job": "other", "job_alert": "other",
    "recruiter_outreach": "other", "non_job_rejection_words": "nonjob",
}
DE_DAYS = ["Mo", "Di", "Mi", "Do", "Fr", "Sa", "So"]
DE_MONTHS = ["Jan", "Feb", "März", "Apr", "Mai", "Juni", "Juli", "Aug", "Sept", "Okt", "Nov",
             "Dez"]


def all_templates() -> list[T]:
    return [
        *THREADS, *footer_templates(), *HEDGED, *AGENCY, *PUBLIC, *ATS, *INTERN,
        *MORE_REJECTIONS, *RELAYED, *COOLDOWN, *SURVEY, *SHORTS, *FOREIGN_REJECTIONS,
        *CONFIRMATIONS, *FOREIGN_CONFIRMATIONS, *INTERVIEWS, *NEXT_STEPS, *OFFERS, *OTHER_JOB,
        *NON_JOB,
    ]


def ascii_handle(text: str) -> str:
    folded = "".join(c for c in unicodedata.normalize("NFKD", text) if c.isascii())
    return re.sub(r"[^a-z]", "", folded.lower())


def flow(text: str) -> str:
    """Join hard-wrapped prose lines; keep `|` lines and `>` quotes as they are."""
    paragraphs = []
    for block in text.strip("\n").split("\n\n"):
        lines: list[str] = []
        previous = ""
        for line in block.split("\n"):
            keep = line.startswith(("|", ">")) or previous.startswith(("|", ">"))
            if lines and not keep and len(previous) >= 60:
                lines[-1] += " " + line
            else:
                lines.append(line[1:] if line.startswith("|") else line)
            previous = line
        paragraphs.append("\n".join(lines))
    return "\n\n".join(paragraphs)


def as_html(text: str) -> str:
    parts = ["<p>" + html.escape(p, quote=False).replace("\n", "<br>") + "</p>"
             for p in text.split("\n\n")]
    return '<html><body style="font-family:Calibri,sans-serif">\n' + "\n".join(parts) + (
        "\n</body></html>"
    )


def workday(day: dt.datetime, ahead: int) -> dt.datetime:
    day = day + dt.timedelta(days=ahead)
    while day.weekday() >= 5:
        day += dt.timedelta(days=1)
    return day


def twelve(moment: dt.datetime) -> str:
    hour = moment.hour % 12 or 12
    return f"{hour}:{moment.minute:02d} {'AM' if moment.hour < 12 else 'PM'}"


def context(rng: random.Random, locale: str) -> tuple[dict[str, str], dt.datetime, str]:
    first, last = rng.choice(FIRST[locale]), rng.choice(LAST[locale])
    host = rng.choice(MAILHOST[locale])
    email = f"{ascii_handle(first)}.{ascii_handle(last)}@{host}"
    if rng.random() < 0.3:
        email = f"{ascii_handle(first)[0]}{ascii_handle(last)}{rng.randint(2, 99)}@{host}"
    co, dom = rng.choice(COMPANIES)
    rec, rec_last = rng.choice(RECRUITERS)
    if locale != "en":
        others = [name for name in LAST[locale] if name != last]
        rec, rec_last = rng.choice(FIRST[locale]), rng.choice(others)
    start = dt.datetime(2025, 2, 1, tzinfo=dt.UTC)
    sent = start + dt.timedelta(days=rng.randint(0, 620), minutes=rng.randint(7 * 60, 21 * 60))
    earlier = sent - dt.timedelta(days=rng.randint(2, 16), minutes=rng.randint(30, 400))
    when, deadline = workday(sent, rng.randint(3, 12)), workday(sent, rng.randint(5, 10))
    friend = f"{rng.choice(FIRST['en'])} {rng.choice(LAST['en'])}"
    slots = {
        "name": first, "last": last, "full": f"{first} {last}", "email": email,
        "name_lower": ascii_handle(first) + ascii_handle(last)[:4],
        "co": co, "dom": dom, "co_slug": ascii_handle(co.split()[0]), "co_upper": co.upper(),
        "role": rng.choice(ROLES), "rec": rec, "last_rec": rec_last, "recl": f"{rec} {rec_last}",
        "rec_lower": ascii_handle(rec), "last_rec_lower": ascii_handle(rec_last),
        "recmail": f"{ascii_handle(rec)}.{ascii_handle(rec_last)}@{dom}",
        "ref": str(rng.randint(10000, 99999)),
        "friend": friend, "year": str(sent.year + (1 if sent.month >= 8 else 0)),
        "qdate": f"{earlier.day} {MONTHS[earlier.month - 1]} {earlier.year}",
        "qsent": f"{WEEKDAYS[earlier.weekday()]}, {MONTHS[earlier.month - 1]} {earlier.day}, "
        f"{earlier.year} {twelve(earlier)}",
        "qwhen": f"{earlier:%a}, {earlier.day} {earlier:%b %Y} at {earlier:%H:%M}",
        "qwhen_us": f"{earlier:%a}, {earlier:%b} {earlier.day}, {earlier.year} at "
        f"{twelve(earlier)}",
        "qwhen_de": f"{DE_DAYS[earlier.weekday()]}., {earlier.day}. "
        f"{DE_MONTHS[earlier.month - 1]} {earlier.year} um {earlier:%H:%M}",
        "when_uk": f"{WEEKDAYS[when.weekday()]} {when.day} {MONTHS[when.month - 1]}",
        "when_us": f"{WEEKDAYS[when.weekday()]}, {MONTHS[when.month - 1]} {when.day}",
        "deadline_uk": f"{deadline.day} {MONTHS[deadline.month - 1]} {deadline.year}",
        "deadline_us": f"{MONTHS[deadline.month - 1]} {deadline.day}, {deadline.year}",
    }
    localise(slots, locale, {"when": when, "deadline": deadline, "earlier": earlier})
    return slots, sent, rng.choice(TZ[locale])


LOCAL_DAYS = {
    "de": "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag",
    "fr": "lundi mardi mercredi jeudi vendredi samedi dimanche",
    "es": "lunes martes miércoles jueves viernes sábado domingo",
    "nl": "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag",
    "it": "lunedì martedì mercoledì giovedì venerdì sabato domenica",
    "pt": "segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado domingo",
    "pl": "poniedziałek wtorek środa czwartek piątek sobota niedziela",
}
LOCAL_MONTHS = {
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre "
    "diciembre",
    "nl": "januari februari maart april mei juni juli augustus september oktober november "
    "december",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre "
    "dicembre",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro "
    "dezembro",
    "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października "
    "listopada grudnia",
}


def local_day(day: dt.datetime, locale: str, year: bool) -> str:
    """A date as a writer in that language would put it: weekday and day, or day and year."""
    name = LOCAL_DAYS[locale].split()[day.weekday()]
    month = LOCAL_MONTHS[locale].split()[day.month - 1]
    dotted = "." if locale == "de" else ""
    joint = " de " if locale in ("es", "pt") else " "
    date = f"{day.day}{dotted}{joint}{month}"
    if year:
        return f"{date}{joint}{day.year}"
    return f"{name}, {date}" if locale in ("de", "pt") else f"{name} {date}"


def localise(slots: dict[str, str], locale: str, dates: dict[str, dt.datetime]) -> None:
    if locale == "en":
        return
    slots["when_uk"] = local_day(dates["when"], locale, year=False)
    slots["deadline_uk"] = local_day(dates["deadline"], locale, year=True)
    slots["qdate"] = local_day(dates["earlier"], locale, year=True)
    earlier = dates["earlier"]
    slots["qsent"] = f"{local_day(earlier, locale, year=False)} {earlier.year} {earlier:%H:%M}"


def fill(text: str, slots: dict[str, str]) -> str:
    return re.sub(r"\{(\w+)\}", lambda m: slots[m.group(1)], text)


def rfc_date(local: dt.datetime, zone: str) -> str:
    """The sender's wall-clock time (office hours) in the sender's zone."""
    return f"{local:%a}, {local.day:02d} {local:%b %Y %H:%M:%S} {zone}"


def build() -> list[dict[str, str]]:
    rng = random.Random(SEED)  # noqa: S311 - a fixed seed for a reproducible file, not security
    variants: dict[str, int] = {}
    numbers: dict[str, int] = {}
    records = []
    for template in all_templates():
        variants[template.key] = variants.get(template.key, 0) + 1
        family = f"blind6-{template.key}-{variants[template.key]}"
        for _ in range(template.n):
            slots, sent, zone = context(rng, template.locale)
            body = fill(template.body, slots)
            body = body.strip("\n") if template.raw or rng.random() < 0.12 else flow(body)
            body = body.replace("\n|", "\n").removeprefix("|")
            if rng.random() < 0.08 and "<" not in body:
                body = as_html(body)
            group = GROUPS[template.kind]
            numbers[group] = numbers.get(group, 0) + 1
            records.append({
                "id": f"blind6:{group}-{numbers[group]:03d}",
                "subject": fill(template.subject, slots),
                "body": body,
                "sender": fill(template.sender, slots),
                "label": template.label,
                "kind": template.kind,
                "family": family,
                "provenance": PROVENANCE,
                "to": f"{slots['full']} <{slots['email']}>",
                "date": rfc_date(sent, zone),
            })
    rng.shuffle(records)
    return records


# ---------------------------------------------------------------------------------------------
# Overlap check
# ---------------------------------------------------------------------------------------------
def shingles(text: str, size: int = 6) -> set[str]:
    words = re.findall(r"\w+(?:'\w+)*", text.lower())
    return {" ".join(words[i : i + size]) for i in range(len(words) - size + 1)}


def others() -> list[Path]:
    earlier = [p for p in sorted(HERE.glob("blind-slice*.jsonl")) if p != OUT]
    return sorted(HERE.parent.glob("*.jsonl")) + earlier


def check(records: list[dict[str, str]]) -> int:
    """Print only our side of the shingles shared with the training files and earlier slices."""
    theirs: set[str] = set()
    for path in others():
        with path.open(encoding="utf-8") as handle:
            for line in handle:
                if line.strip():
                    theirs |= shingles(json.loads(line).get("body", ""))
    shared_bodies, shared_total = 0, set()
    for record in sorted(records, key=lambda r: r["id"]):
        shared = sorted(shingles(record["body"]) & theirs)
        if shared:
            shared_bodies += 1
            shared_total.update(shared)
            print(f"{record['id']} ({record['family']}): " + " | ".join(shared))
    print(f"{shared_bodies} of {len(records)} bodies share a shingle; "
          f"{len(shared_total)} distinct shared shingles; read {len(others())} files")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="report shared 6-word shingles")
    args = parser.parse_args(argv)
    records = build()
    if args.check:
        return check(records)
    with OUT.open("w", encoding="utf-8", newline="\n") as handle:
        for record in records:
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    counts: dict[tuple[str, str], int] = {}
    for record in records:
        key = (record["label"], record["kind"])
        counts[key] = counts.get(key, 0) + 1
    for (label, kind), count in sorted(counts.items()):
        print(f"{label:14} {kind:26} {count}")
    print(f"{len(records)} messages, {len({r['family'] for r in records})} families -> {OUT.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
