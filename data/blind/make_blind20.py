# ruff: noqa: E501, S311
"""Write the twentieth sealed blind slice for issue 11 (blind-slice-20.jsonl).

Stdlib only, fixed seed; two runs write byte-identical files. Options:
--langs  print the make-up by label/kind and label/language (no message text)
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
from dataclasses import dataclass, field
from pathlib import Path

SEED = 200201
HERE = Path(__file__).resolve().parent
OUT = HERE / "blind-slice-20.jsonl"

RECIPIENTS = [
    "Olamide Farrant", "Tuija Brennock", "Ravi Castellane", "Siobhan Ekwueme", "Mateus Lindqvist",
    "Priyanka Ostrowe", "Declan Haverty", "Yuki Amberton", "Zainab Roskell", "Hamish Okonjo",
    "Léa Drummore", "Kofi Penhallow", "Marisol Tennant", "Bartek Ashworth", "Nadia Quarrie",
    "Joaquín Mellor", "Aoife Strand", "Tomasz Weatherall", "Imani Cresswell", "Rhys Abernethy",
    "Chiara Blackmore", "Dev Kulkarni-Hale", "Ingrid Soames", "Femi Addaway", "Rosalind Teague",
    "Arjun Pellow", "Mei-Lin Garside", "Callum Nyambura", "Esther Varga", "Luca Threlfall",
    "Halima Birkett", "Oskar Denholm", "Thandiwe Moss", "Gareth Iwu", "Sunniva Pratt",
    "Ezra Lomax", "Keira Balogun", "Niamh Castellanos", "Wojtek Fairbairn", "Ama Rudd",
]
SIGNERS = [
    "Bronwen Tilsley", "Marcus Adeyemi", "Fenella Roach", "Idris Cawthorne", "Petra Wolstenholme",
    "Gideon Marsh", "Anouk Selby", "Winston Achterberg", "Rukhsana Delacroix", "Torvald Hames",
    "Cressida Oyelaran", "Benedict Szabo", "Lowri Pennington", "Ibrahim Featherstone", "Maud Ellery",
    "Sanjay Wetherby", "Orla Brackenridge", "Felix Mbatha", "Henrietta Yoon", "Colm Drysdale",
    "Tamsin Achebe", "Rupert Kowalczyk", "Nell Ostergaard", "Dominic Ferreira", "Yasmin Calloway",
    "Otis Pemberton", "Greer Nakashima", "Solomon Ruddock", "Ines Harcourt", "Jory Trevithick",
]
PROVIDERS = ["mailbox", "postwise", "inboxly", "fastpost", "letterbox", "mailhaven"]

TZ_SUMMER = {"+0000": "+0100", "+0100": "+0200", "+0200": "+0300"}
TZ_SOUTH = {"+1200": "+1300"}
TZ_NORTH_AMERICA = {"-0500": "-0400", "-0700": "-0600", "-0800": "-0700"}
NO_SUMMER_TIME = (".za.", ".rw.", ".zw.", ".bw.")


@dataclass
class T:
    label: str
    kind: str
    fam: str
    subject: str
    body: str
    co: str
    dom: str
    role: tuple[str, ...] = ("",)
    tz: str = "+0000"
    copies: int = 1
    lang: str = "en"
    frm: str = ""
    rn: tuple[str, ...] = ()
    sn: tuple[str, ...] = ()
    extra: dict[str, str] = field(default_factory=dict)


TEMPLATES: list[T] = []


def rej(fam: str, subject: str, body: str, co: str, dom: str, role: str | tuple[str, ...] = "", **kw: object) -> None:  # noqa: PLR0917
    roles = (role,) if isinstance(role, str) else role
    TEMPLATES.append(T("rejection", "rejection", fam, subject, body, co, dom, roles, **kw))  # type: ignore[arg-type]


def oth(kind: str, fam: str, subject: str, body: str, co: str, dom: str, role: str | tuple[str, ...] = "", **kw: object) -> None:  # noqa: PLR0917
    roles = (role,) if isinstance(role, str) else role
    TEMPLATES.append(T("not_rejection", kind, fam, subject, body, co, dom, roles, **kw))  # type: ignore[arg-type]


# --- footers shared by refusals and their confirmation twins -----------------------------
FOOT_LANTERN = """
--
Lanternbrook Hospitality Careers | careers.lanternbrook.example
Lanternbrook Hotels Group plc, filed in Cardiff under no. 08841207. Registered address: 4 Quayside Steps, Cardiff CF10 4XX.
How we look after applicant records: lanternbrook.example/candidate-privacy (kept 9 months, then wiped).
Want this note in large print, audio or Welsh? Ring 029 2000 4471 and ask for the resourcing desk.
Staff who refer a friend get a thank-you voucher once that friend clears probation."""

FOOT_TIDINGS = """

=========================================
THE SALTMARSH TIDINGS - staff & friends edition, issue 57
* Our Whitby smokehouse picked up a regional food award in the spring
* New pickers' cabins open at the Filey site next month
* Sponsored walk along the estuary: sign-up sheet on the noticeboard
You get the Tidings because you once gave us your e-mail address. Unsubscribe: saltmarsh.example/tidings-off
Saltmarsh Seafoods Ltd, Unit 9 Harbour Trading Estate, Scarborough YO11 9XX
========================================="""

FOOT_ALERTS = """

-----
FRESH ON SKILLSPORT THIS WEEK (matched to your saved searches)
> Kitchen porter, Harrogate - from £12.60/hr
> Warehouse picker (nights), Wakefield - £13.10/hr + shift bonus
> Junior estimator, Leeds - £27k
> Reception cover, Otley - part time
Tweak what lands here: skillsport.example/me/alerts  |  Stop these: skillsport.example/me/quiet
Skillsport is a jobs board. Employers, not Skillsport, make hiring decisions."""

FOOT_LEGAL = """

________________
Pardoe Whitlock Vance LLP is a limited liability partnership registered in England & Wales (OC411902) and authorised & regulated by the SRA (SRA ID 655120). Members' names may be inspected at our seat, 22 Lindley Row, Manchester M2 7XX.
PRIVILEGE: what follows may attract legal professional privilege. If it landed with you by mistake, kindly tell the sender and erase it; copying or relying on it is not allowed.
PAYMENT SCAMS: a message claiming our account has moved is fake, whatever it looks like. Call your matter handler on a known number before sending funds."""

# --- thread replies after interviews: the decision as someone else's hire, no negation ----
rej("thread-glazier", "RE: [EXT] Re: Glazing fitter - Tuesday", """Hi {n},

Cheers for bearing with us. Having slept on it, Daragh's offered the fitter's van to a lad who did his time with Quinlan's in Dundalk - he'd worked on the same sash units we do for the council contract. Really enjoyed showing you round the yard.

All best,
{s}
Brightpane Glazing

-----Original Message-----
From: {n}
Sent: {w} 09:12
To: {s}
Subject: Re: Glazing fitter - Tuesday

Hi, just checking whether there's any news from Tuesday? Thanks again for the tour.""", "Brightpane Glazing", "brightpane.ie.example", "glazing fitter", tz="+0000", copies=2)

rej("thread-archive", "Re: Re: Records assistant - this morning", """Dear {n},

What a pleasure this morning was - I did enjoy hearing about your parish-register project in Ipswich. Over lunch the committee agreed to offer the records assistant post to Gwenllian, who has been volunteering in our reading room since the spring and knows the catalogue inside out.

With every good wish,
{s}
Diocesan Record Office, Aldermere

On {w}, {n} wrote:
> Hello {sf}, it was great to visit. I left my parking ticket at reception, sorry!""", "Diocesan Record Office", "aldermere-records.org.uk.example", "records assistant", copies=2)

rej("thread-yacht", "RE: [External] RE: Deckhand - Palma", """Morning {n},

Quick one from the dock. Captain's gone with the deckhand who crossed with us from Antigua last season - knows the boat and the owner's kids, so it was always going to be close. Cheers for getting to the marina at such short notice.

{sf}
M/Y Caraway Blue - crew office
(sent on the move, sorry for brevity)

-----Original Message-----
From: {n}
To: {s}
Subject: RE: Deckhand - Palma
> Confirming I can do Friday 10:00 at pontoon C.""", "Caraway Blue crew office", "carawayblue-crew.es.example", "deckhand", tz="+0100", copies=2)

rej("thread-optics", "RE: [EXT] Re: Optical assistant - feedback", """Hi {n},

I owe you an update after Saturday. Mr Oduya has taken on Jessamy, who had been covering our dispensing desk two days a week and already knows the frame suppliers. You came across really warmly with the mock customer, and I've told him as much.

Kind regards,
{s}
Practice manager, Harlow Vision Opticians

________________________________
From: {n}
Sent: {w}
Subject: Re: Optical assistant - feedback

Thanks for seeing me on Saturday. Is there an update?""", "Harlow Vision Opticians", "harlowvision.co.uk.example", "optical assistant", copies=2)

rej("thread-brewery", "re: re: brewhouse assistant", """hey {n}

mash day ate the week, soz. we've brought in Tadhg from the bottling line for the brewhouse assistant job - he's been shadowing Ewa since the summer so it made sense for us. proper good chat on monday though, and thanks for the sour you brought.

{sf}
Knotwood Brewing Co.

> On {w} {n} wrote:
> hi {sf}, any word? cheers for the tour of the tanks""", "Knotwood Brewing Co.", "knotwoodbrewing.example", "brewhouse assistant", copies=2)

# --- clear refusals under long footers ---------------------------------------------------------
rej("footer-lantern", "Night porter - Lanternbrook Cardiff Bay", """Dear {n},

Many thanks for filling in the night porter form for Lanternbrook Cardiff Bay. The duty managers and I read every one, and yours is not going through to interview. Do look at our other vacancies - a fresh application is always read.

Resourcing team
Lanternbrook Hotels""" + FOOT_LANTERN, "Lanternbrook Hotels", "lanternbrook.example", "night porter", copies=2, frm="Lanternbrook Resourcing <resourcing@lanternbrook.example>")

rej("footer-tidings", "Your application - seasonal smokehouse operative", """Hello {n},

Cheers for applying as a seasonal smokehouse operative. The season's team is now picked, and there's no place in it for you this year. Good luck elsewhere.

{s}
People team, Saltmarsh Seafoods""" + FOOT_TIDINGS, "Saltmarsh Seafoods", "saltmarsh.example", "smokehouse operative", copies=2)

rej("footer-alerts", "Update from Brackley Joinery via Skillsport", """Hi {n},

Brackley Joinery have looked at your application for Bench joiner (Ilkley) and decided not to go any further with it. You can see the update under My applications.""" + FOOT_ALERTS, "Skillsport", "skillsport.example", "bench joiner", copies=2, frm="Skillsport <updates@skillsport.example>")

rej("footer-legal", "Paralegal (property) - application outcome", """Dear {n},

Your paralegal application for the property team has been read alongside a large field for one post. Having compared each against the brief, we have decided against asking you to the assessment morning.

Yours sincerely,
{s}
Graduate & Paralegal Recruitment""" + FOOT_LEGAL, "Pardoe Whitlock Vance LLP", "pardoewhitlock.example", "paralegal", copies=2)

# --- hedged refusals -------------------------------------------------------------------------
rej("hedge-closer", "Grounds & estates role", """Hi {n},

Cheers for the call on {w}. We've had a good think, and on balance the folk we're going ahead with have spent more of their time on sports turf than on parkland, and parkland is the bulk of next year's contract. The mowing crews get advertised each spring if you fancy another go.

{s}
Fernhill Estates Management""", "Fernhill Estates Management", "fernhill-estates.example", "groundsperson", copies=2)

rej("hedge-direction", "Studio coordinator", """Hi {n},

Wanted to close the loop. Since we spoke, the studio has rethought what this coordinator seat should be - it's becoming more of a bookings-and-invoicing job than a creative one - and we're heading in that direction with other people in mind. Honestly loved the care in your portfolio.

Warmly,
{s}
Pillowfort Animation""", "Pillowfort Animation", "pillowfort.example", "studio coordinator", tz="-0500", copies=2)

rej("hedge-nonnative", "About your application for logistics clerk", """Dear Mr/Ms {n},

We are thanking you for coming to interview last week. After comparing with the other applicants, the management is finding that the profiles of some of them are more matching to what is needed in the customs desk, so these persons will continue. Good luck for the future way is wished from all of us.

Best regards
{s}
Orbis Freight Forwarding SRL""", "Orbis Freight Forwarding", "orbisfreight.ro.example", "logistics clerk", tz="+0200", copies=2)

rej("hedge-timing", "Sous chef - Marrow & Ember", """{n},

Good to have you in the kitchen on {w}. Thing is, we've got a few moving parts with the new site and the head chef wants someone who's already run a pass with us, so I reckon that's us done for now. Keep in touch, yeah?

{sf}""", "Marrow & Ember", "marrowandember.example", "sous chef", copies=2)

rej("hedge-fit", "Your candidacy - customer success lead", """Hi {n},

Appreciate the time with Priya and the team. Decision time has come, and a couple of the other finalists look like a snugger fit for the customer team's next year. With your OK we'd keep your details on file.

Best,
{s}
Talent, Brindlework Software""", "Brindlework Software", "brindlework.example", "customer success lead", tz="-0800", copies=2)

# --- recruiter follow-ups after a call: the decision plus another role -------------------------
rej("recruiter-mining", "Following our chat - haul truck operator", """Hi {n},

Good talking yesterday. I sent your details across for the haul truck operator roster at the Pilbara site; they've come back to say they've filled the FIFO crew with operators who already hold the 793 ticket. The good news: there's a water-cart driver role on a 2-and-1 swing with the same contractor that I reckon you'd walk into. Want me to send your CV across?

Cheers,
{s}
Redbank Resources Recruitment | Perth""", "Redbank Resources Recruitment", "redbankrecruit.com.au.example", "haul truck operator", tz="+0800", copies=2)

rej("recruiter-pharma", "RE: QA associate - client update", """Hi {n},

Good to speak earlier. Like I said on the call, Kelvara's hiring manager has picked the candidate who's already worked under their sterile-fill licence, so your application there is closed. Separately, a documentation specialist contract in Cork has just come in - 11 months, hybrid - and your GMP batch-record work fits it nicely. Shall I give you a call tomorrow to walk through it?

{s}
Senior Consultant, Lifeline Scientific Search""", "Lifeline Scientific Search", "lifelinesearch.ie.example", "QA associate", copies=2)

rej("recruiter-hospo", "Quick update + something else", """Hey {n}!

Lovely chatting Tuesday. I heard back from the restaurant group - they've gone with an internal promotion for the general manager spot in Ponsonby, so that one's done. BUT I've got a bar manager opening in Wellington waterfront that pays a bit more than the GM role did. Keen? Keen? I can set up an intro.

Ngā mihi,
{s}
Kiwi Hospitality Talent""", "Kiwi Hospitality Talent", "kiwihospo.co.nz.example", "general manager", tz="+1200", copies=2)

# --- public-sector notices ---------------------------------------------------------------------------
rej("public-nz", "Application outcome - Biosecurity Officer (fixed term)", """Kia ora {n},

Re: Biosecurity Officer, vacancy reference BIO/2291

Thank you for applying. The shortlisting panel assessed every application against the capability profile. Yours was not shortlisted for interview, so your application does not progress further in this process.

You may ask for brief feedback within 20 working days by answering this message.

Ngā mihi,
Recruitment Team
Ministry for Primary Biosecurity""", "Ministry for Primary Biosecurity", "mpb.govt.nz.example", "biosecurity officer", tz="+1200", copies=2, frm="MPB Recruitment <recruitment@mpb.govt.nz.example>")

rej("public-state-list", "Notice of Examination Results - Eligibility Technician", """NOTICE OF EXAMINATION RESULTS

Candidate: {fn}
Classification: Eligibility Technician II
Examination: Training & Experience evaluation

Result: NOT ELIGIBLE. Your final score of 62.40 is below the minimum passing score of 70.00. You have not been added to the employment list for this classification.

An appeal must reach us (postmark counts) no later than 30 days after the date on this notice.

Human Resources Division, County of San Lorenzo""", "County of San Lorenzo", "sanlorenzo-county.gov.example", "eligibility technician", tz="-0800", copies=2, frm="County HR Exams <exams@sanlorenzo-county.gov.example>")

rej("public-cancel", "Vacancy cancelled: Harbour Patrol Assistant", """Dear applicant,

The City Council has cancelled vacancy HPA-07 (Harbour Patrol Assistant). After the marine budget was revised, the post is off this financial year's establishment and the council will appoint no one. Your application for this vacancy is therefore closed. You need do nothing more.

Human Resources
Port Kestrel City Council""", "Port Kestrel City Council", "portkestrel.gov.za.example", "harbour patrol assistant", tz="+0200", copies=2, frm="PKCC Human Resources <hr@portkestrel.gov.za.example>")

rej("public-notreferred", "Assessment result for Wildlife Technician, GS-0404-07", """{n},

Your application for Wildlife Technician (announcement FW-26-0331-DE) has now been rated.

Status: Not Referred
Reason: Basic qualifications met, but your score fell below the cut-off for the group of top-rated applicants whose names go to the selecting official.

Check your applicant profile for the full notice of results.

Regional HR Office, Fisheries & Wildlife Service""", "Fisheries & Wildlife Service", "fws-hr.gov.example", "wildlife technician", tz="-0700", copies=2, frm="FWS Regional HR <no-reply@fws-hr.gov.example>")

# --- bare ATS statuses ---------------------------------------------------------------------------------
rej("ats-hireloom", "Status change: your application at Tullamore Cabinets", """Hireloom | Candidate portal

Application: {r} (#HL-48213)
Employer: Tullamore Cabinets
Was: In review
Now: Not progressed

No action is needed.
Sign in at candidates.hireloom.example to see your applications.""", "Hireloom", "hireloom.example", "cabinet sprayer", copies=2, frm="Hireloom <noreply@hireloom.example>")

rej("ats-pipewell", "Pipewell: application update", """<html><body>
<table style="border:1px solid #ccc;font-family:Arial">
<tr><td colspan="2"><b>Pipewell</b> &middot; application update</td></tr>
<tr><td>Role</td><td>{r}</td></tr>
<tr><td>Company</td><td>Drumlin Utilities</td></tr>
<tr><td>Outcome</td><td><span style="color:#a00">Unsuccessful &ndash; closed</span></td></tr>
<tr><td colspan="2" style="font-size:11px">Automated message. Replies go nowhere.</td></tr>
</table></body></html>""", "Pipewell", "pipewell.example", "meter reader", copies=2, frm="Pipewell <alerts@pipewell.example>")

rej("ats-rostrly", "Rostrly - Harbourside Leisure Centre", """Hi {n},

Harbourside Leisure Centre moved your application for {r} to: Ended by employer.

Rostrly · the rota and hiring app for leisure sites""", "Rostrly", "rostrly.example", "swim teacher", copies=2, frm="Rostrly <no-reply@rostrly.example>")

rej("ats-applyvine", "Applyvine digest: 1 change", """Applyvine - your daily application digest

1 change since yesterday:
- {r} @ Greyfriars Veterinary Group: status changed from "Phone screen" to "Rejected"

0 new messages. Manage digests at applyvine.example/settings""", "Applyvine", "applyvine.example", "veterinary receptionist", copies=2, frm="Applyvine Digest <digest@applyvine.example>")

# --- internship decisions ------------------------------------------------------------------------------
rej("intern-observatory", "Summer studentship outcome", """Dear {n},

Your application for a Calder Hill Observatory summer research studentship was one of 143 for seven places. The selection panel has now allocated them, and there is not one for you this year. We hope you apply again next winter.

{s}
Studentship coordinator""", "Calder Hill Observatory", "calderhill-obs.ac.uk.example", "summer studentship", copies=2)

rej("intern-fashion", "Design internship - spring intake", """Hi {n},

Thanks for sending the mood boards and for coming in for the cutting-room test. For the spring intake we've given the two design-intern spots to other applicants, so there's no spot for you this time. Your knitwear swatches were a talking point, for what it's worth.

x {sf}
Vellum & Thread Studio""", "Vellum & Thread Studio", "vellumthread.example", "design intern", copies=2)

rej("intern-rail", "Rail engineering summer internship 2026", """Dear {n},

Following the online assessment day for our summer internship, we have added up the scores from the group exercise and the technical interview. Your overall result sat under the line we set for offers, so we have closed your application.

Early Careers Team
Castlegate Rail Infrastructure""", "Castlegate Rail Infrastructure", "castlegaterail.example", "engineering intern", copies=2, frm="Castlegate Early Careers <earlycareers@castlegaterail.example>")

# --- short notes ------------------------------------------------------------------------------------------
rej("short-florist", "re: saturday help", """hiya {n} - sorted now thanks, my sister's daughter is doing saturdays. ta for asking x""", "Petal & Stem", "petalstem.example", "saturday assistant")
rej("short-garage", "Apprentice", """{n}, taken someone on already mate. Good luck. {sf}""", "Hollins Motors", "hollinsmotors.example", "apprentice mechanic")
rej("short-nonnative", "application", """Hello {n}, thanks for application. We take other person with forklift licence. Regards {sf}""", "Vistula Pallets", "vistulapallets.example", "warehouse operative", tz="+0100")
rej("short-text", "Fwd: SMS from Ocean Grill", """Forwarded text message:
"Hi {n} its Dom from Ocean Grill, ended up giving the waiter shifts to someone with silver service. thanks tho" """, "Ocean Grill", "oceangrill.example", "waiter")
rej("short-tutor", "Tutoring", """Hi {n} - the family have chosen a tutor who lives closer. Thanks for your time. {sf}, Brightwell Tutors""", "Brightwell Tutors", "brightwelltutors.example", "maths tutor")
rej("short-cleaner", "Cleaning job", """Dear {n}, we filled the cleaning position last week. Sorry for not telling you sooner. {s}""", "Spruce Office Cleaning", "spruceclean.example", "office cleaner")

# --- kinds no earlier slice lists: occupations ----------------------------------------------------
rej("new-glassblower", "Gaffer's assistant - after the gather test", """Hi {n},

Thanks for coming to the hot shop. You kept a steady gather but the bit work wobbled when the piece got heavy, and we need someone who can hold for Alun on the big vessels from day one, so the gaffer's assistant job isn't yours. Try us again after another year at the bench.

{s}
Cinderwell Glass Studio""", "Cinderwell Glass Studio", "cinderwellglass.example", "gaffer's assistant")
rej("new-luthier", "Workshop apprenticeship", """Dear {n},

I've looked over the photographs of your dovetail box and the ukulele you built at college. It's careful work, but the apprenticeship place this year has gone to a cabinetmaker who has already carved two violin scrolls. I only take one apprentice every three years.

{s}
Ashgrove Violins""", "Ashgrove Violins", "ashgroveviolins.example", "luthier apprentice")
rej("new-bookbinder", "Conservation bindery technician", """Dear {n},

Thank you for the sewing sample and the interview at the bindery. The panel offered the technician post to a candidate with more experience of rebacking leather volumes, which is most of the backlog. Sorry this isn't better.

{s}
Collections Care, Whitmoor College Library""", "Whitmoor College Library", "whitmoor-library.ac.uk.example", "bindery technician")
rej("new-embalmer", "Trainee funeral service operative", """Dear {n},

Thank you for visiting the funeral home and for speaking so thoughtfully with Mrs Kettering. Another applicant has accepted the trainee embalmer place, so your application ends here. We do appreciate how considered your letter was.

Yours sincerely,
{s}
Bellhaven Family Funeral Directors""", "Bellhaven Funeral Directors", "bellhavenfunerals.example", "trainee embalmer")
rej("new-ropeaccess", "Rope access tech - Level 1", """{n},

Checked your logbook scan. Your Level 1 ticket ran out in March and there's under 200 hours logged, so the façade job's not happening for you - client insists on current certs and 500 hours. Get it revalidated and ring me.

{sf}
Highline Access Ltd""", "Highline Access", "highlineaccess.example", "rope access technician")
rej("new-oyster", "Oyster farm hand", """Hi {n},

Thanks for coming out at low tide on {w}. We need hands who can do the 5am tides without a car ride of forty minutes, so we've taken on two people from the village instead. Cheers for giving the trestles a go.

{sf}
Loch Fennan Oysters""", "Loch Fennan Oysters", "lochfennan.example", "farm hand")
rej("new-escaperoom", "Game master audition", """Hey {n},

Thanks for running the Pharaoh room for us on Saturday! The group had fun, but we felt the hints came a bit too early and the story got lost, so we're giving the game-master shifts to two other people from the audition. Come back and play sometime, on the house.

{sf}
Lockbox Escape Rooms, Leicester""", "Lockbox Escape Rooms", "lockboxescape.example", "game master")
rej("new-blacksmith", "Forge assistant", """{n},

Cheers for coming to the forge. I need someone who can strike for me at a steady pace for a full morning, and after twenty minutes your hammer was all over the place. I've offered the job to Kit, who strikes for the farrier down the road. No offence meant.

{s}
Hob & Anvil Ironworks""", "Hob & Anvil Ironworks", "hobandanvil.example", "forge assistant")
rej("new-sushi", "Counter trainee result", """Dear {n},

Thank you for the knife test at our counter on Tuesday. Chef Hayashi felt your rice was not yet consistent enough to serve, so we will not hire you for the counter trainee position. The kitchen porter opening is still there if you want it.

{s}
Nami Sushi Bar""", "Nami Sushi Bar", "namisushi.example", "counter trainee")
rej("new-groomer", "Trial groom on Thursday", """Hi {n},

Thank you for doing the trial groom. Biscuit looked lovely, but the hand-stripping took nearly twice our booking slot and the salon can't run that way on a Saturday. We're going to give the stylist job to someone else. Good luck!

{sf}
Muddy Paws Grooming Salon""", "Muddy Paws Grooming", "muddypaws.example", "dog groomer")
rej("new-perfume", "Olfactive evaluator - test results", """Dear {n},

Thank you for sitting our odour-recognition test. You named 21 of the 40 raw materials; we ask evaluators to reach 32 before training starts. For this reason we cannot offer you the junior evaluator place. The test can be retaken after twelve months.

{s}
Talent, Maison Ambrelle Fragrances""", "Maison Ambrelle", "ambrelle.fr.example", "junior evaluator", tz="+0100")
rej("new-stonemason", "Banker mason - cathedral works yard", """Dear {n},

Thank you for cutting the test moulding for us. The works committee has chosen another banker mason, someone who has worked on limestone tracery before, and I'm afraid there is no second post this year.

{s}
Master Mason, Kingsbridge Cathedral Works""", "Kingsbridge Cathedral Works", "kingsbridgecathedral.org.uk.example", "banker mason")
rej("new-snowcat", "Piste machine operator - winter 26/27", """Hi {n},

Appreciate the application for the night grooming crew. All our snowcat seats for the season have gone to drivers coming back from last winter, leaving none for you. Lift operator roles are still open if you want to switch.

{s}
Mountain Ops, Glenrannoch Snowsports""", "Glenrannoch Snowsports", "glenrannoch.example", "piste machine operator")
rej("new-beekeeper", "Seasonal bee farmer", """Hello {n},

Thank you for helping at Saturday's hive inspection. You were calm with the bees but we need someone who can lift full supers all day in August, and after what you said about your back we don't think this role suits you. Another applicant has taken it.

{s}
Heatherlea Honey""", "Heatherlea Honey", "heatherleahoney.example", "seasonal bee farmer")
rej("new-zoo", "Keeper (primates) - interview outcome", """Dear {n},

Thank you for attending the keeper interview and the practical in the primate house. The team has chosen a keeper with more great-ape training behind them, and so the position will not be offered to you.

People & Culture
Westmarsh Zoological Park""", "Westmarsh Zoological Park", "westmarshzoo.example", "primate keeper")
rej("new-treesurgeon", "Climbing assessment", """{n},

Watched your climb on the oak. Your rigging was untidy and you went up without a second anchor on the big limb, so no crew place for now. Do the NPTC aerial rescue module and we'll look again.

{s}
Oakridge Arboriculture""", "Oakridge Arboriculture", "oakridgearb.example", "climbing arborist")
rej("new-racing", "Work rider", """Hi {n},

Thanks for riding out second lot with us. The guvnor thought you were a bit heavy for the two-year-olds, so the guvnor's said no. Best of luck.

{sf}
Pinfold Racing Stables""", "Pinfold Racing Stables", "pinfoldracing.example", "work rider")
rej("new-stenographer", "Court reporter trainee - speed test", """Dear {n},

You transcribed the 180 wpm passage at 91.2% accuracy. Trainee court reporters must reach 95% before we can place them in a courtroom, so a trainee place is not possible this year. You may retest in six months.

Training Manager, Verbatim Court Services""", "Verbatim Court Services", "verbatimcourt.example", "court reporter trainee", tz="-0500")
rej("new-projectionist", "Festival projectionist", """Hi {n},

Thanks for the chat about the festival booth. We screen eleven 35mm prints this year, and the two projectionists we've booked have both run changeovers on our Kinoton machines before. So we're all set and don't need you this year. Do come to a screening!

{s}
Technical team, Northlight Film Festival""", "Northlight Film Festival", "northlightfilm.example", "projectionist")
rej("new-taxidermy", "Studio assistant", """Dear {n},

Photos received, thanks. The mounts are neat, but the eyes are set too far forward on the fox, and I need an assistant who can get anatomy right without checking in. I've chosen someone else.

{s}
Fenwick Natural History Studio""", "Fenwick Studio", "fenwickstudio.example", "taxidermy assistant")
rej("new-bsl", "BSL/English interpreter - assessment", """Dear {n},

Thank you for completing the interpreting assessment. The panel found that your voice-over of the medical scenario left out key information about dosage, so we are not able to add you to our interpreter team at this time. Feedback from the assessors is attached.

{s}
Handshape Interpreting Co-operative""", "Handshape Interpreting", "handshape.coop.example", "BSL interpreter")
rej("new-distillery", "Warehouseman - distillery", """{n},

Thanks for coming to the bonded warehouse. We've given the warehouseman job to someone who's already rolled casks at Tain, so the job's filled. Good luck to you.

{s}
Glen Corrach Distillery""", "Glen Corrach Distillery", "glencorrach.example", "warehouseman")
rej("new-cooper", "Apprentice cooper", """Dear {n},

We had seventeen applications for our single coopering apprenticeship. After the trial day raising casks, we have chosen another candidate; the place will not be yours.

{s}
Speyfield Cooperage""", "Speyfield Cooperage", "speyfield.example", "apprentice cooper")
rej("new-vineyard", "Pruning crew", """Hi {n},

Thanks for your interest. The winter pruning crew is full for this season - we took back everyone from last year. Your number's on my list for the harvest call-out.

{sf}
Ridgeview Vineyard, Sussex""", "Ridgeview Vineyard", "ridgeviewvines.example", "pruner")
rej("new-mountainguide", "Aspirant guide assessment", """{n},

Thank you for the assessment week on the Aiguilles. The assessors did not pass your short-roping on mixed ground, so you can't move on to the aspirant stage this year. You can re-sit the module next summer.

Training Board, Alpine Guides Association""", "Alpine Guides Association", "alpineguides.example", "aspirant guide", tz="+0100")
rej("new-traindriver", "Trainee train driver - assessments", """Dear {n},

Thank you for attending our trainee train driver assessments. Your result on the concentration and vigilance test was below our standard, so your application cannot proceed. A new application is possible a year from now.

Recruitment, Westway Rail Operations""", "Westway Rail", "westwayrail.example", "trainee train driver")
rej("new-midwife", "Band 6 Midwife - interview outcome", """Dear {n},

Many thanks for sitting the Band 6 Midwife interviews for Delivery Suite. Another candidate has been offered the post. You interviewed well; ring me if a feedback chat would help.

{s}
Matron, Maternity Services""", "Ashbourne Hospitals NHS Trust", "ashbourne.nhs.example", "midwife")
rej("new-coastguard", "Coastguard rescue volunteer", """Dear {n},

Your wish to join our coastguard rescue team is appreciated. Volunteers must live or work within 10 minutes of the station, and your address is further out than that, so your application stops here.

{s}
Station Officer, Rhossili Coastguard Rescue Team""", "Rhossili Coastguard Rescue", "rhossili-crt.example", "rescue volunteer")
rej("new-lifeboat", "Crew application", """Hi {n},

The crew training group met last night. We're full for shore crew this year and can only add sea crew who can reach the station within eight minutes of a page, which you can't from Mumbles. So your application stops there. Maybe shop volunteering?

{s}
Lifeboat Operations Manager, Porthcawl""", "Porthcawl Lifeboat Station", "porthcawllifeboat.example", "crew volunteer")
rej("new-sexton", "Parish sexton vacancy", """Dear {n},

The churchwardens met on {w} evening to look at the sexton applications. They have appointed Mr Tobias Greenhalgh, who has helped with the churchyard for many years. They send their thanks for your application.

{s}
Parish Clerk, St Edburga's""", "St Edburga's Parish", "stedburga.org.uk.example", "sexton")
rej("new-dogwalker", "Wagly: your walker application", """Hi {n},

We've finished reviewing your Wagly walker application. Our area in Clapham is full right now, so no new walkers are being added there. We've closed your application.

Team Wagly""", "Wagly", "wagly.example", "dog walker", frm="Wagly <walkers@wagly.example>")
rej("new-organ", "Organ builder - voicing assistant", """Dear {n},

We listened to you voice the flue pipes in the workshop. We are looking for someone who can hear small differences in tone quickly, and we felt you are not yet there, so the post is not for you. Thank you for travelling to see us.

{s}
Harwood & Pryce Organ Builders""", "Harwood & Pryce", "harwoodpryce.example", "voicing assistant")
# --- kinds no earlier slice lists: formats and sender mistakes ----------------------------------------
rej("new-replyall", "RE: Candidate {n} - warehouse supervisor", """Thanks all. Agreed - let's not proceed with {n}, the shift-pattern answer worried me. Zoe, can you send the usual note?

Oops - {n}, apologies, this was meant for internal eyes. I'm afraid the above is the decision though: we won't be going forward with your application. Sorry for the clumsy way you found out.

{s}
Operations Manager, Eastgate Distribution""", "Eastgate Distribution", "eastgatedistribution.example", "warehouse supervisor")
rej("new-ocr", "Scanned mail: 1 new letter", """ScanPost - a letter arrived at your virtual address.
Sender: Harrowfield Borough Council
Pages: 1. Recognised text (may contain errors):

HARROWFIELD B0ROUGH C0UNCIL
Dear {n}
Re: Library Assistant (ref LIB-114)
Thank y0u for applying. We have c0nsidered your applicati0n and regret that y0u have n0t been shortlisted f0r interview.
Yours faithfully
Pe0ple Services""", "ScanPost", "scanpost.example", "library assistant", frm="ScanPost <letters@scanpost.example>")
rej("new-typeform", "Your answers to Pennant Bikes", """Hi {n}, here's what happens next with your form.

Pennant Bikes - Mechanic application
Q: Do you hold a Cytech level 2 (or better)? A: No
Q: Can you work Saturdays? A: Yes

Result: thanks! Because the mechanic role needs Cytech level 2, your application won't go to the shop team.

Sent by Formwell on behalf of Pennant Bikes""", "Formwell", "formwell.example", "bike mechanic", frm="Formwell <notifications@formwell.example>")
rej("new-zoomcancel", "Canceled: Second interview - {n} / Marlow Learning", """Zoom meeting canceled by {s}

Topic: Second interview - {n} / Marlow Learning
Note from host: Hi {n}, Cancelling - after first interviews the team offered the instructional designer role to another candidate. Thanks for everything so far.""", "Marlow Learning", "marlowlearning.example", "instructional designer", tz="-0500")
rej("new-wrongname", "Correction: your application", """Dear {n},

Please ignore the email I sent you this morning addressed to "Dear Hannah". That email went to you by mistake. Your own result: your graduate surveyor scheme application does not go through to the assessment centre. Apologies for the confusion.

{s}
Graduate Recruitment, Millbrook Surveyors""", "Millbrook Surveyors", "millbrooksurveyors.example", "graduate surveyor")
rej("new-attachment", "Outcome of your application [1 attachment]", """Dear {n},

A letter about your application is attached.

[Attachment: outcome_letter.pdf - text preview]
Dear {n}, Post: Estates Officer. We have now completed shortlisting. Your application did not succeed this time. We wish you well.

{s}
HR, Calderbrook Housing Association""", "Calderbrook Housing Association", "calderbrookha.example", "estates officer")

# --- other languages (language first in the family) ------------------------------------------------
FR = ("Camille Perrault", "Yannick Lemoal", "Soraya Benali", "Mathis Garnier")
rej("fr-boulangerie-mtl", "Votre candidature - commis de salle", """Bonjour {n},

Merci d'être passé(e) au restaurant mardi. Après réflexion, nous avons retenu une personne qui a déjà travaillé avec notre cheffe à Québec. Ce sera donc non pour la job de commis de salle, cette fois-ci. Au plaisir de te croiser!

{s}
Bistro Les Trois Érables, Montréal""", "Bistro Les Trois Érables", "troiserables.ca.example", "commis", tz="-0500", lang="fr", rn=FR, sn=FR)
rej("fr-mairie", "Recrutement agent d'accueil - suite donnée", """Madame, Monsieur,

Vous avez postulé à l'offre d'agent d'accueil de la médiathèque municipale. Réuni le 14, le jury a retenu une autre personne. Votre candidature ne sera donc pas suivie d'une embauche.

Recevez, Madame, Monsieur, nos salutations les meilleures.

{s}
Direction des ressources humaines, Mairie de Saint-Aubin-sur-Lèze""", "Mairie de Saint-Aubin", "saint-aubin-leze.fr.example", "agent d'accueil", tz="+0100", lang="fr", rn=FR, sn=FR)
DE = ("Jonas Brettschneider", "Leonie Vogelsang", "Emre Kaya", "Friederike Albers")
rej("de-handwerk", "Ihre Bewerbung als Zimmerer", """Hallo {n},

danke, dass du beim Probearbeiten auf der Baustelle in Lüneburg dabei warst. Wir haben uns für einen Gesellen entschieden, der schon länger mit Holzrahmenbau arbeitet. Für dich haben wir daher leider keine Stelle.

Viele Grüße
{s}
Zimmerei Hollenbek GmbH""", "Zimmerei Hollenbek", "hollenbek-holzbau.de.example", "Zimmerer", tz="+0100", lang="de", rn=DE, sn=DE)
rej("de-stadtwerke", "Absage: Stellenausschreibung Nr. 2026-041", """Sehr geehrte(r) {fn},

wir beziehen uns auf Ihre Bewerbung auf die Stelle „Sachbearbeitung Abrechnung“ (Ausschreibung Nr. 2026-041). Nach Auswertung aller Unterlagen können wir Sie im weiteren Auswahlverfahren leider nicht berücksichtigen. Ihre Unterlagen vernichten wir ein halbes Jahr nach Abschluss des Verfahrens.

Mit freundlichen Grüßen
Personalabteilung
Stadtwerke Ammerbrück""", "Stadtwerke Ammerbrück", "stadtwerke-ammerbrueck.de.example", "Sachbearbeitung", tz="+0100", lang="de", rn=DE, sn=DE)
ES = ("Lucía Ferrándiz", "Mateo Quiroga", "Ainhoa Etxeberria", "Rodrigo Saldívar")
rej("es-bodega", "Proceso de selección - enólogo/a ayudante", """Estimado/a {n}:

Gracias por venir a la bodega y por la cata del jueves. La plaza de ayudante de enología se la damos a otra persona, alguien con más vendimias en la zona de Rioja Alta. Guardamos tu currículum por si surge algo en la próxima campaña.

Un saludo,
{s}
Bodegas Viña Albarda""", "Bodegas Viña Albarda", "albarda.es.example", "ayudante de enología", tz="+0100", lang="es", rn=ES, sn=ES)
rej("es-chile-portal", "Resultado postulación - Asistente contable", """Hola {n},

Te contamos que tu postulación al cargo de Asistente Contable en Comercial Los Aromos no sigue adelante en el proceso. La empresa seleccionó otros perfiles para la entrevista.

Equipo Postula.cl""", "Comercial Los Aromos", "losaromos.cl.example", "asistente contable", tz="-0300", lang="es", rn=ES, sn=ES, frm="Postula.cl <avisos@postula.cl.example>")
PT = ("Inês Carvalhal", "Tiago Moutinho", "Beatriz Sarmento", "Rui Valadares")
rej("pt-lisboa", "Candidatura - rececionista", """Olá {n},

Obrigada pela entrevista de segunda-feira. Decidimos avançar com outra candidata, que já trabalhou na receção de um hotel no Porto. Fica o nosso obrigado pelo tempo e boa sorte nesta procura.

Cumprimentos,
{s}
Casa do Largo Guesthouse, Lisboa""", "Casa do Largo", "casadolargo.pt.example", "rececionista", tz="+0000", lang="pt", rn=PT, sn=PT)
rej("pt-br-estagio", "Programa de Estágio 2026 - resultado", """Oi {n}, tudo bem?

Valeu por participar da dinâmica em grupo do estágio Agroverde. Dessa vez seu nome não está entre os que seguem para a entrevista. Fique de olho nas próximas turmas!

Time de Atração, Cooperativa Agroverde""", "Cooperativa Agroverde", "agroverde.com.br.example", "estágio", tz="-0300", lang="pt", rn=("Larissa Menezes", "Caio Bitencourt"), sn=PT)
PL = ("Zuzanna Kaczmarczyk", "Bartosz Wilczek", "Agnieszka Rembowska", "Igor Ciesielski")
rej("pl-szpital", "Dot. rekrutacji na stanowisko technika RTG", """Dzień dobry,

dziękujemy za przesłanie dokumentów na stanowisko technika elektroradiologii. Uprzejmie informujemy, że komisja rekrutacyjna wybrała innego kandydata. Dokumenty zniszczymy po zamknięciu naboru.

Łączymy pozdrowienia
Dział Kadr, Szpital Powiatowy w Zawierciu""", "Szpital Powiatowy", "szpital-zawiercie.pl.example", "technik RTG", tz="+0100", lang="pl", rn=PL, sn=PL)
rej("pl-sklep", "Re: praca na kasie", """Cześć {n},

dzięki za rozmowę w sklepie. Niestety wzięliśmy już kogoś na weekendy, więc tym razem nic z tego. Powodzenia!

{sf}""", "Sklep Pod Lipami", "podlipami.pl.example", "kasjer", tz="+0100", lang="pl", rn=PL, sn=PL)
rej("it-museo", "Selezione guida museale", """Gentile {n},

grazie per essere venuto/a al colloquio come guida del Museo Civico. La commissione ha scelto una persona che parla meglio il tedesco, richiesta per i gruppi estivi, e pertanto la sua candidatura non proseguirà.

Cordiali saluti,
{s}
Museo Civico di Vallerana""", "Museo Civico di Vallerana", "museovallerana.it.example", "guida museale", tz="+0100", lang="it", rn=("Giulia Sartorelli", "Davide Pozzuoli"), sn=("Federica Manzotti", "Alessio Carbonara"))
rej("nl-gemeente", "Uw sollicitatie als buitendienstmedewerker", """Beste {n},

Dank voor je brief aan de gemeente Wijkerdam. Alle brieven zijn gelezen, en jij krijgt van ons helaas geen uitnodiging. Andere kandidaten hadden meer ervaring met groenonderhoud.

Met vriendelijke groet,
{s}
Team Werving, Gemeente Wijkerdam""", "Gemeente Wijkerdam", "wijkerdam.nl.example", "buitendienstmedewerker", tz="+0100", lang="nl", rn=("Sanne de Wolff", "Bram Hoekstra"), sn=("Marloes Verbeek", "Jeroen Tjalsma"))
rej("vi-nhahang", "Kết quả phỏng vấn vị trí phụ bếp", """Chào {n},

Cảm ơn em đã đến nhà hàng làm thử hôm thứ Bảy. Sau khi cân nhắc, bếp trưởng đã chọn một bạn khác đã có kinh nghiệm làm món nướng. Lần này nhà hàng chưa thể nhận em. Chúc em sớm tìm được việc phù hợp.

{s}
Nhà hàng Sen Vàng, Đà Nẵng""", "Nhà hàng Sen Vàng", "senvang.vn.example", "phụ bếp", tz="+0700", lang="vi", rn=("Trần Ngọc Anh", "Lê Minh Quân"), sn=("Phạm Thu Hà", "Nguyễn Văn Đức"))
rej("ko-cafe", "바리스타 지원 결과 안내", """{n}님, 안녕하세요.

지난주 면접에 와 주셔서 감사합니다. 검토 결과, 이번 바리스타 채용에서는 라떼 아트 경력이 더 많은 다른 지원자와 함께하기로 했습니다. 좋은 소식을 드리지 못해 죄송합니다.

{s} 드림
카페 소나무길""", "카페 소나무길", "sonamugil.kr.example", "바리스타", tz="+0900", lang="ko", rn=("박지민", "최서연"), sn=("김현우", "이다은"))
rej("ja-ryokan", "選考結果のご連絡（仲居）", """{n}様

先日は当館の面接にお越しいただき、誠にありがとうございました。
慎重に検討いたしました結果、今回は採用を見送らせていただくことになりました。
ご希望に沿えず申し訳ございません。

旅館 月見亭 総務部 {s}""", "旅館 月見亭", "tsukimitei.jp.example", "仲居", tz="+0900", lang="ja", rn=("高橋 美咲", "松本 健太"), sn=("佐々木 裕子", "山口 拓也"))
rej("uk-logistyka", "Відповідь щодо вакансії комірника", """Доброго дня, {n}!

Дякуємо за співбесіду на склад. На жаль, ми обрали іншого кандидата, який уже має посвідчення водія навантажувача. Ваше резюме збережемо, якщо з'явиться інша вакансія.

З повагою,
{s}
ТОВ «Дніпро-Логістик»""", "Дніпро-Логістик", "dnipro-logistyk.ua.example", "комірник", tz="+0200", lang="uk", rn=("Олена Кравчук", "Тарас Мельник"), sn=("Ірина Бондар", "Андрій Савчук"))
rej("hi-school", "शिक्षक पद हेतु आवेदन का परिणाम", """प्रिय {n},

गणित शिक्षक पद के लिए डेमो क्लास देने हेतु धन्यवाद। चयन समिति ने यह पद किसी और शिक्षक को दिया है, अतः इस बार आपकी नियुक्ति संभव नहीं है। आपके भविष्य के लिए शुभकामनाएँ।

{s}
प्रधानाचार्य, सरस्वती विद्या निकेतन, जयपुर""", "सरस्वती विद्या निकेतन", "svnjaipur.in.example", "गणित शिक्षक", tz="+0530", lang="hi", rn=("अंकिता शर्मा", "रोहित वर्मा"), sn=("सुनीता अग्रवाल", "प्रकाश मिश्रा"))
rej("ar-bank", "نتيجة طلب التوظيف - موظف خدمة عملاء", """السيد/السيدة {n}،

نشكركم على حضور المقابلة لوظيفة موظف خدمة العملاء. بعد دراسة جميع الطلبات، نأسف لإعلامكم بأن اللجنة فضّلت متقدماً آخر لشغل هذا المنصب.

مع خالص التحية،
{s}
إدارة الموارد البشرية، مصرف الواحة الأهلي""", "مصرف الواحة", "alwaha-bank.jo.example", "خدمة العملاء", tz="+0300", lang="ar", rn=("ليلى حداد", "عمر الخطيب"), sn=("رنا العلي", "خالد منصور"))
# new to the slices
rej("oc-escola", "Candidatura - animator d'escòla", """Bonjorn {n},

Mercés per vòstra candidatura al pòst d'animator a l'escòla occitana de Lescar. Après l'entretien, avèm causit una autra persona que parla occitan dempuèi l'enfança. Vos desiram de capitar dins vòstras recèrcas.

Amistats,
{s}
Escòla occitana de Lescar""", "Escòla occitana de Lescar", "calandreta-pau.example", "animator", tz="+0100", lang="oc", rn=("Joan Bordenave", "Maria Lacassagne"), sn=("Pèire Casteràs", "Anna Lafitau"))
rej("ast-sidreria", "Solicitú pa camareru", """Hola {n},

Gracies por venir a la sidrería el vienres. Al final escoyimos a otra persona que yá sabe echar sidre bien, asina que esta vegada nun podemos contratate. ¡Munches gracies y suerte!

{sf}
Sidrería El Llagar de Nava""", "Sidrería El Llagar", "elllagar.es.example", "camareru", tz="+0100", lang="ast", rn=("Xuan Suárez", "Llucía Fernández"), sn=("Pelayo Álvarez", "Covadonga Menéndez"))
rej("br-skol", "Ho koulskrid evit ar post kelenner", """Demat {n},

Trugarez evit ho koulskrid evit ar post kelenner e skol Kerlann. Goude ar pennad-kaoz, hon eus dibabet un den all hag a oa bet o labourat er skol a-raok. Ne c'hallomp ket kemer ac'hanoc'h ar wech-mañ.

A galon,
{s}
Skol Kerlann Kemper""", "Skol Kerlann Kemper", "diwan-kemper.example", "kelenner", tz="+0100", lang="br", rn=("Gwenola Le Bihan", "Yann-Vari Kerloc'h"), sn=("Maiwenn Guivarc'h", "Erwan Tanguy"))
rej("sco-bothy", "Yer application fir the bothy warden job", """Hullo {n},

Thanks fir comin up tae the glen on Setterday. The committee hae gien the warden's job tae a wumman fae Braemar that kens the hills weel, sae we'll no be takin ye on this time. We wish ye aw the best.

Aw the best,
{s}
Glen Lochan Bothy Trust""", "Glen Lochan Bothy Trust", "glenlochanbothy.example", "bothy warden", lang="sco")
rej("tpi-mine", "Wok long ples", """Hi {n},

Tenkyu long yu kam long intaviu long Mande. Mipela i makim pinis narapela man long wok draiva, em i gat laisens bilong bikpela trak. Sori, mipela i no inap givim dispela wok long yu.

{s}
Wara Mining Services, Lae""", "Wara Mining Services", "waramining.pg.example", "draiva", tz="+1000", lang="tpi", rn=("Joseph Kila", "Mary Tomuriesa"), sn=("Peter Wambi", "Grace Iamo"))
rej("rw-cooperative", "Igisubizo ku busabe bw'akazi", """Muraho {n},

Turabashimira ko mwitabiriye ikizamini cy'akazi ko kuba umucungamari muri koperative yacu. Twababajwe no kubamenyesha ko mutatoranyijwe kuri uyu mwanya. Tubifurije amahirwe masa.

{s}
Koperative Abahuzamugambi""", "Koperative Abahuzamugambi", "abahuzamugambi.rw.example", "umucungamari", tz="+0200", lang="rw", rn=("Aline Uwase", "Eric Nshimiyimana"), sn=("Jean Bosco Habimana", "Claudine Mukamana"))
rej("sn-farm", "Mhinduro pamusoro pebasa", """Mhoro {n},

Tinokutendai nekuuya kuhurukuro svondo rapfuura. Takasarudza mumwe munhu ane ruzivo rwakawanda rwekurima fodya, saka hatina kukwanisa kukupai basa iri. Tinokushuvirai zvakanaka.

{s}
Mutare Green Farms""", "Mutare Green Farms", "mutaregreen.zw.example", "supervisor", tz="+0200", lang="sn", rn=("Tendai Moyo", "Rudo Chikwanha"), sn=("Farai Mapfumo", "Chipo Dube"))
rej("ig-shop", "Nzaghachi gbasara ọrụ", """Ndewo {n},

Daalụ maka ịbịa maka mkparịta ụka n'ụlọ ahịa anyị. Anyị ahọrọla onye ọzọ nwere ahụmịhe n'ire ekwentị, ya mere anyị agaghị enye gị ọrụ a ugbu a. Ka Chukwu gọzie gị.

{s}
Onitsha Phone Plaza""", "Onitsha Phone Plaza", "onitshaphones.ng.example", "sales", tz="+0100", lang="ig", rn=("Chidinma Okafor", "Ikenna Eze"), sn=("Ngozi Nwosu", "Emeka Obi"))
rej("tn-clinic", "Karabo ka kopo ya gago ya tiro", """Dumela {n},

Re a go leboga go bo o tlile go botsolotswa. Re itse go go itsise gore ga o a tlhophiwa mo tirong ya mooki mo lekgetlong leno; re tlhophile mongwe yo mongwe. Re go eletsa masego.

{s}
Kgosi Clinic, Mahikeng""", "Kgosi Clinic", "kgosiclinic.bw.example", "mooki", tz="+0200", lang="tn", rn=("Lesego Molefe", "Kagiso Sebego"), sn=("Boitumelo Kgosana", "Tebogo Seretse"))
rej("to-resort", "Tali ki ho'o kole ngāue", """Mālō e lelei {n},

Mālō ho'o ha'u ki he 'initaviu 'i he uike kuo'osí. Kuo mau fili ha taha kehe ki he ngāue ko e tauhi fale talifaki'. 'Oku mau fakamolemole he 'ikai lava ke mau 'oatu 'a e ngāue ni kiate koe he taimí ni.

{s}
Vava'u Reef Resort""", "Vava'u Reef Resort", "vavaureef.to.example", "tauhi fale", tz="+1300", lang="to", rn=("Sione Taufa", "Mele Fifita"), sn=("Losaline Vea", "Tevita Havili"))
rej("su-toko", "Waleran lamaran padamelan", """Wilujeng enjing {n},

Hatur nuhun parantos sumping kana wawancara di toko kami. Saatos dipertimbangkeun, kami parantos milih calon sanés anu langkung seueur pangalaman di bagian kasir. Mugia kénging padamelan anu saé.

Hormat,
{s}
Toko Batik Parahyangan, Bandung""", "Toko Batik Parahyangan", "batikparahyangan.id.example", "kasir", tz="+0700", lang="su", rn=("Dewi Rahayu", "Asep Saepudin"), sn=("Euis Nurhayati", "Ujang Permana"))
rej("yi-shul", "וועגן דער שטעלע אין דער שול", """טייערע {n},

א דאנק פארן קומען צום אינטערוויו. מיר האבן אויסגעקליבן אן אנדערן קאנדידאט פאר דער שטעלע פון לערער, וואס האט שוין געלערנט אין א חדר. מיר קענען אייך נישט אננעמען דאס מאל. מיר ווינטשן אייך הצלחה.

{s}
תלמוד תורה אור החיים""", "Talmud Torah Ohr", "ohrhachaim.example", "מלמד", tz="-0500", lang="yi", rn=("יענקל ווייס", "שרה ראָזען"), sn=("משה גרינבערג", "חיים פעלדמאן"))

# --- confirmations, most talking about a refusal that has not happened -----------------------------
AR = "application_received"
oth(AR, "conf-thread-glazier", "RE: [EXT] Re: Glazing fitter - Tuesday", """Hi {n},

Nothing decided - Daragh's still got two more fitters to see on Thursday. Good or bad, I'll ring or mail you before next Friday, I won't leave you hanging.

{s}
Brightpane Glazing

-----Original Message-----
From: {n}
Sent: {w} 09:12
To: {s}
Subject: Re: Glazing fitter - Tuesday

Hi, just checking whether there's any news from Tuesday? Thanks again for the tour.""", "Brightpane Glazing", "brightpane.ie.example", "glazing fitter", copies=2)
oth(AR, "conf-footer-lantern", "Night porter - Lanternbrook Cardiff Bay: we have it", """Dear {n},

Your night porter application for Lanternbrook Cardiff Bay is with us. The duty managers sift once the 28th has passed. If you aren't picked for interview we will still drop you a line, so nobody is left wondering.

Resourcing team
Lanternbrook Hotels""" + FOOT_LANTERN, "Lanternbrook Hotels", "lanternbrook.example", "night porter", copies=2, frm="Lanternbrook Resourcing <resourcing@lanternbrook.example>")
oth(AR, "conf-footer-tidings", "Seasonal smokehouse operative - got it", """Hello {n},

Cheers for applying as a seasonal smokehouse operative. We pick the team in the first week of next month. Only people we want to see get a phone call, so if your phone stays quiet till the 10th, take it that the places went elsewhere this year.

{s}
People team, Saltmarsh Seafoods""" + FOOT_TIDINGS, "Saltmarsh Seafoods", "saltmarsh.example", "smokehouse operative", copies=2)
oth(AR, "conf-footer-alerts", "Your application was sent to Brackley Joinery", """Hi {n},

Your application for Bench joiner (Ilkley) reached Brackley Joinery. Employers on Skillsport answer at their own pace - some only write when they want to meet, so no reply can be a no. Check My applications for any change.""" + FOOT_ALERTS, "Skillsport", "skillsport.example", "bench joiner", copies=2, frm="Skillsport <updates@skillsport.example>")
oth(AR, "conf-footer-legal", "Paralegal (property) - application received", """Dear {n},

Your paralegal application for the property team has arrived safely. We shortlist once applications close. Invited to the assessment morning or not, every applicant gets a letter from me before the month is out.

Yours sincerely,
{s}
Graduate & Paralegal Recruitment""" + FOOT_LEGAL, "Pardoe Whitlock Vance LLP", "pardoewhitlock.example", "paralegal", copies=2)
oth(AR, "conf-ats-hireloom", "Status change: your application at Tullamore Cabinets", """Hireloom | Candidate portal

Application: {r} (#HL-48213)
Employer: Tullamore Cabinets
Was: Submitted
Now: In review

Possible next statuses: Interview, Offer, Not progressed.
Sign in at candidates.hireloom.example to see your applications.""", "Hireloom", "hireloom.example", "cabinet sprayer", copies=2, frm="Hireloom <noreply@hireloom.example>")
oth(AR, "conf-ats-pipewell", "Pipewell: application update", """<html><body>
<table style="border:1px solid #ccc;font-family:Arial">
<tr><td colspan="2"><b>Pipewell</b> &middot; application update</td></tr>
<tr><td>Role</td><td>{r}</td></tr>
<tr><td>Company</td><td>Drumlin Utilities</td></tr>
<tr><td>Outcome</td><td><span style="color:#777">Received &ndash; awaiting review</span></td></tr>
<tr><td colspan="2" style="font-size:11px">If it ends as unsuccessful, this table updates and you get one more e-mail.</td></tr>
</table></body></html>""", "Pipewell", "pipewell.example", "meter reader", copies=2, frm="Pipewell <alerts@pipewell.example>")
oth(AR, "conf-ats-rostrly", "Rostrly - Harbourside Leisure Centre", """Hi {n},

Harbourside Leisure Centre has your application for {r}. The centre manager looks at new ones on Mondays. If they pass, Rostrly will show "Ended by employer" - nothing's happened yet.

Rostrly · the rota and hiring app for leisure sites""", "Rostrly", "rostrly.example", "swim teacher", copies=2, frm="Rostrly <no-reply@rostrly.example>")
oth(AR, "conf-ats-applyvine", "Applyvine digest: 1 change", """Applyvine - your daily application digest

1 change since yesterday:
- {r} @ Greyfriars Veterinary Group: status changed from "Draft" to "Applied"

Tip: a move to "Rejected" or "Interview" shows up here the next morning. Manage digests at applyvine.example/settings""", "Applyvine", "applyvine.example", "veterinary receptionist", copies=2, frm="Applyvine Digest <digest@applyvine.example>")
oth(AR, "conf-public-nz", "Application received - Biosecurity Officer (fixed term)", """Kia ora {n},

Re: Biosecurity Officer, vacancy reference BIO/2291

We have your application. Shortlisting is done against the capability profile in the fortnight after closing. Everyone hears back: those not shortlisted by e-mail, those shortlisted by phone.

Ngā mihi,
Recruitment Team
Ministry for Primary Biosecurity""", "Ministry for Primary Biosecurity", "mpb.govt.nz.example", "biosecurity officer", tz="+1200", copies=2, frm="MPB Recruitment <recruitment@mpb.govt.nz.example>")
oth(AR, "conf-public-state", "Application Received - Eligibility Technician II", """APPLICATION RECEIVED

Candidate: {fn}
Classification: Eligibility Technician II
Examination: Training & Experience evaluation

Your supplemental questionnaire will be scored. Candidates who score 70.00 or higher are placed on the eligible list; candidates below 70.00 receive a Not Eligible notice. Results are mailed within six weeks.

Human Resources Division, County of San Lorenzo""", "County of San Lorenzo", "sanlorenzo-county.gov.example", "eligibility technician", tz="-0800", copies=2, frm="County HR Exams <exams@sanlorenzo-county.gov.example>")
oth(AR, "conf-public-usa", "Application received for Wildlife Technician, GS-0404-07", """{n},

Your application for Wildlife Technician (announcement FW-26-0331-DE) was received.

Status: Received
What happens next: HR rates each applicant. Those not among the best-qualified are marked Not Referred; those referred go to the selecting official. Either way, your applicant profile is updated.

Regional HR Office, Fisheries & Wildlife Service""", "Fisheries & Wildlife Service", "fws-hr.gov.example", "wildlife technician", tz="-0700", copies=2, frm="FWS Regional HR <no-reply@fws-hr.gov.example>")
oth(AR, "conf-intern-observatory", "Summer studentship - your application", """Dear {n},

Thanks for applying for a Calder Hill summer research studentship. Last year 143 people applied for seven places, so most applicants will not be offered one; the panel meets in February and every applicant hears the result in an e-mail, place or no place.

{s}
Studentship coordinator""", "Calder Hill Observatory", "calderhill-obs.ac.uk.example", "summer studentship", copies=2)
oth(AR, "conf-intern-rail", "Rail engineering summer internship 2026 - next", """Dear {n},

Castlegate has logged your summer internship form. Our online assessment day is in January. If your application doesn't move on to it, we'll say so in a short e-mail before Christmas.

Early Careers Team
Castlegate Rail Infrastructure""", "Castlegate Rail Infrastructure", "castlegaterail.example", "engineering intern", copies=2, frm="Castlegate Early Careers <earlycareers@castlegaterail.example>")
oth(AR, "conf-recruiter-mining", "CV sent - haul truck operator", """Hi {n},

Done - the client now has your CV for the haul truck roster at the Pilbara site. They only ring back the ones they want on a medical, so if I've heard nothing by Friday fortnight, assume they've gone another way and I'll line something else up.

Cheers,
{s}
Redbank Resources Recruitment | Perth""", "Redbank Resources Recruitment", "redbankrecruit.com.au.example", "haul truck operator", tz="+0800", copies=2)
oth(AR, "conf-hedge-fit", "Customer success lead - where things are", """Hi {n},

Thanks for the two conversations. We're still reading the last applications and haven't decided anything. Whatever we decide, a proper note from me will follow, not a template.

Best,
{s}
Talent, Brindlework Software""", "Brindlework Software", "brindlework.example", "customer success lead", tz="-0800", copies=2)
oth(AR, "conf-escape", "Game master audition - you're on the list", """Hey {n},

Got your form for the game-master audition. We'll invite the ones we'd like to see run a room. Silence from us past the 30th just means we've filled the shifts.

{sf}
Lockbox Escape Rooms, Leicester""", "Lockbox Escape Rooms", "lockboxescape.example", "game master")
oth(AR, "conf-oyster", "Farm hand application", """Hi {n},

Got your note about farm work. We'll pick hands after the spring tides. A no comes by text; a maybe means we'll ask you out on the shore.

{sf}
Loch Fennan Oysters""", "Loch Fennan Oysters", "lochfennan.example", "farm hand")
oth(AR, "conf-bsl", "Interpreter application", """Dear {n},

Your application to join our interpreter team has arrived. We'll send the assessment date within 15 days. If your registration can't be confirmed, we'll tell you and stop there.

{s}
Handshape Interpreting Co-operative""", "Handshape Interpreting", "handshape.coop.example", "BSL interpreter")
oth(AR, "conf-coastguard", "Coastguard rescue volunteer - received", """Dear {n},

Thanks for applying. Volunteers must live or work within 10 minutes of the station. Once I check your address, I'll write to tell you yes or no, then arrange a station visit if yes.

{s}
Station Officer, Rhossili Coastguard Rescue Team""", "Rhossili Coastguard Rescue", "rhossili-crt.example", "rescue volunteer")
oth(AR, "conf-typeform", "Your answers to Pennant Bikes", """Hi {n}, here's what happens next with your form.

Pennant Bikes - Mechanic application
Q: Do you hold a Cytech level 2 (or better)? A: Yes
Q: Can you work Saturdays? A: Yes

Result: thanks! Your answers go to the shop team, who reply within a week. If the shop passes, that reply tells you in plain words.

Sent by Formwell on behalf of Pennant Bikes""", "Formwell", "formwell.example", "bike mechanic", frm="Formwell <notifications@formwell.example>")
oth(AR, "conf-dogwalker", "Wagly: we've got your walker application", """Hi {n},

Your Wagly walker application is in. We check walkers' areas first: if yours is full, we'll close the application and let you know. If not, expect an ID check invite.

Team Wagly""", "Wagly", "wagly.example", "dog walker", frm="Wagly <walkers@wagly.example>")
oth(AR, "conf-ocr", "Scanned mail: 1 new letter", """ScanPost - a letter arrived at your virtual address.
Sender: Harrowfield Borough Council
Pages: 1. Recognised text (may contain errors):

HARROWFIELD B0ROUGH C0UNCIL
Dear {n}
Re: Library Assistant (ref LIB-114)
We ackn0wledge your applicati0n. Shortlisting will happen 0n 3 June. If y0u have n0t heard by 17 June, please assume y0u have n0t been sh0rtlisted.
Yours faithfully
Pe0ple Services""", "ScanPost", "scanpost.example", "library assistant", frm="ScanPost <letters@scanpost.example>")
oth(AR, "conf-projectionist", "Festival projectionist", """Hi {n},

Thanks for applying for the projection booth. We're waiting on the print list before we book anyone. I'll write when we know - it may be a no if the two regulars are free.

{s}
Technical team, Northlight Film Festival""", "Northlight Film Festival", "northlightfilm.example", "projectionist")
oth(AR, "fr-conf-mairie", "Recrutement agent d'accueil - accusé de réception", """Madame, Monsieur,

Votre dossier est bien arrivé pour l'offre d'agent d'accueil de la médiathèque municipale. Le jury se réunira le 14. Que votre dossier soit retenu ou non, une réponse écrite vous sera adressée.

{s}
Direction des ressources humaines, Mairie de Saint-Aubin-sur-Lèze""", "Mairie de Saint-Aubin", "saint-aubin-leze.fr.example", "agent d'accueil", tz="+0100", lang="fr", rn=FR, sn=FR)
oth(AR, "de-conf-stadtwerke", "Eingangsbestätigung: Ausschreibung Nr. 2026-041", """Sehr geehrte(r) {fn},

Ihre Bewerbung auf die Stelle „Sachbearbeitung Abrechnung“ (Ausschreibung Nr. 2026-041) ist bei uns eingegangen. Die Auswahl beginnt nach Fristende. Sie bekommen auf jeden Fall Nachricht - mit Einladung zum Gespräch oder ohne.

Mit freundlichen Grüßen
Personalabteilung
Stadtwerke Ammerbrück""", "Stadtwerke Ammerbrück", "stadtwerke-ammerbrueck.de.example", "Sachbearbeitung", tz="+0100", lang="de", rn=DE, sn=DE)
oth(AR, "pl-conf-szpital", "Potwierdzenie otrzymania dokumentów", """Dzień dobry,

mamy już Pani/Pana dokumenty na stanowisko technika elektroradiologii. Komisja skontaktuje się tylko z osobami zakwalifikowanymi do rozmowy. Brak wiadomości do końca miesiąca oznacza, że wybrano inne osoby.

Dział Kadr, Szpital Powiatowy w Zawierciu""", "Szpital Powiatowy", "szpital-zawiercie.pl.example", "technik RTG", tz="+0100", lang="pl", rn=PL, sn=PL)
oth(AR, "ko-conf-cafe", "바리스타 지원 접수 완료", """{n}님, 안녕하세요.

카페 소나무길 바리스타 채용에 지원해 주셔서 감사합니다. 서류 검토 후 면접 대상자에게만 개별 연락을 드립니다. 2주가 지나도 연락이 없다면 이번 채용은 어렵게 된 것으로 생각해 주시면 됩니다.

{s} 드림
카페 소나무길""", "카페 소나무길", "sonamugil.kr.example", "바리스타", tz="+0900", lang="ko", rn=("박지민", "최서연"), sn=("김현우", "이다은"))
oth(AR, "tpi-conf-mine", "Mipela kisim pas bilong yu", """Hi {n},

Mipela kisim pinis pas bilong yu long wok draiva. Sapos mipela i no singautim yu long intaviu insait long tupela wik, orait mipela i makim narapela man.

{s}
Wara Mining Services, Lae""", "Wara Mining Services", "waramining.pg.example", "draiva", tz="+1000", lang="tpi", rn=("Joseph Kila", "Mary Tomuriesa"), sn=("Peter Wambi", "Grace Iamo"))
oth(AR, "conf-sexton", "Parish sexton vacancy", """Dear {n},

Your letter about the sexton's post arrived safely. The churchwardens meet on the first Tuesday of next month to consider all applications, and I shall write to each applicant afterwards, whether or not they are asked to come and talk with us.

{s}
Parish Clerk, St Edburga's""", "St Edburga's Parish", "stedburga.org.uk.example", "sexton")

# --- interview invitations ------------------------------------------------------------------------
IV = "interview"
oth(IV, "iv-thread-archive", "Re: Re: Records assistant - this morning", """Dear {n},

What a pleasure this morning was. Over lunch the committee agreed to see you once more, with one other applicant, on {w} at 2pm in the reading room - a short cataloguing exercise, then tea. Would that suit?

With every good wish,
{s}
Diocesan Record Office, Aldermere

On {w}, {n} wrote:
> Hello {sf}, it was great to visit. I left my parking ticket at reception, sorry!""", "Diocesan Record Office", "aldermere-records.org.uk.example", "records assistant", copies=2)
oth(IV, "iv-thread-yacht", "RE: [External] RE: Deckhand - Palma", """Morning {n},

Captain wants to meet you on board before deciding - the lad from last season hasn't confirmed, so the spot's open. Come to pontoon C on {w} at 08:30, bring your STCW certificates and deck shoes.

{sf}
M/Y Caraway Blue - crew office
(sent on the move, sorry for brevity)

-----Original Message-----
From: {n}
To: {s}
Subject: RE: Deckhand - Palma
> Confirming I can do Friday 10:00 at pontoon C.""", "Caraway Blue crew office", "carawayblue-crew.es.example", "deckhand", tz="+0100", copies=2)
oth(IV, "iv-footer-lantern", "Night porter - interview at Lanternbrook Cardiff Bay", """Dear {n},

Good news: the duty managers want to see you about the night porter role. Interviews run on {w} evening from 7pm at the hotel - ask at the front desk for Gwil. Unfortunately our car park is being resurfaced, so please use the Bay multi-storey; we'll stamp your ticket.

Resourcing team
Lanternbrook Hotels""" + FOOT_LANTERN, "Lanternbrook Hotels", "lanternbrook.example", "night porter", copies=2, frm="Lanternbrook Resourcing <resourcing@lanternbrook.example>")
oth(IV, "iv-hedge-closer", "Grounds & estates role - site walk", """Hi {n},

Cheers for the call on {w}. Could you come and walk the parkland with our head groundsman next week - about an hour, wear boots. The parkland is the bulk of next year's contract, so it's the best way for both of us to see if it suits. Tuesday or Thursday morning?

{s}
Fernhill Estates Management""", "Fernhill Estates Management", "fernhill-estates.example", "groundsperson", copies=2)
oth(IV, "iv-recruiter-pharma", "RE: QA associate - client interview", """Hi {n},

Thanks for the call earlier. Kelvara would like to interview you: a video call (45 minutes) with their QA manager on {w} at 11:00, then a site tour if that goes well. They are talking to two others, so prep the sterile-fill questions we discussed. Shall I confirm?

{s}
Senior Consultant, Lifeline Scientific Search""", "Lifeline Scientific Search", "lifelinesearch.ie.example", "QA associate", copies=2)
oth(IV, "iv-ats-rostrly", "Rostrly - Harbourside Leisure Centre", """Hi {n},

Harbourside Leisure Centre moved your application for {r} to: Interview. Pick a time slot in the app (slots go first-come, first-served).

Rostrly · the rota and hiring app for leisure sites""", "Rostrly", "rostrly.example", "swim teacher", copies=2, frm="Rostrly <no-reply@rostrly.example>")
oth(IV, "iv-public-nz", "Interview invitation - Biosecurity Officer (fixed term)", """Kia ora {n},

Re: Biosecurity Officer, vacancy reference BIO/2291

You're on the interview shortlist. Interviews are on 12 and 13 March at our Auckland office, 45 minutes each, with a short written exercise. Tell us which day suits by Friday.

Ngā mihi,
Recruitment Team
Ministry for Primary Biosecurity""", "Ministry for Primary Biosecurity", "mpb.govt.nz.example", "biosecurity officer", tz="+1200", copies=2, frm="MPB Recruitment <recruitment@mpb.govt.nz.example>")
oth(IV, "iv-glassblower", "Come and try a gather", """Hi {n},

Thanks for your letter. Come to the hot shop on {w} at 9 - we'll see how you handle a gather and hold the blowpipe for Alun. Wear cotton, not synthetics.

{s}
Cinderwell Glass Studio""", "Cinderwell Glass Studio", "cinderwellglass.example", "gaffer's assistant")
oth(IV, "iv-midwife", "Band 6 Midwife - invitation to interview", """Dear {n},

You are shortlisted: please come and meet the panel about the Band 6 Midwife post on Delivery Suite on 19 May at 10:30. The panel will be me and two senior midwives. Unfortunately we cannot reimburse travel. Please bring photo ID.

{s}
Matron, Maternity Services""", "Ashbourne Hospitals NHS Trust", "ashbourne.nhs.example", "midwife")
oth(IV, "iv-zoo", "Keeper (primates) - practical day", """Dear {n},

Your name is on the primate keeper shortlist. Please join us on {w} for a practical in the primate house and an interview after lunch. Other shortlisted keepers will be there too.

People & Culture
Westmarsh Zoological Park""", "Westmarsh Zoological Park", "westmarshzoo.example", "primate keeper")
oth(IV, "iv-treesurgeon", "Climb on Thursday", """{n},

Bring your kit Thursday 8am to the yard. Climb on the oak, rig a limb, then we'll chat. If your rescue cert's lapsed bring the paperwork anyway.

{s}
Oakridge Arboriculture""", "Oakridge Arboriculture", "oakridgearb.example", "climbing arborist")
oth(IV, "es-iv-bodega", "Cata y entrevista - ayudante de enología", """Hola {n}:

Nos gustó tu currículum. ¿Podrías venir a la bodega el jueves a las 10:00? Haremos una pequeña cata y hablaremos de la vendimia. Por desgracia no hay transporte público hasta aquí, así que si necesitas que te recojamos en Haro, dímelo.

Un saludo,
{s}
Bodegas Viña Albarda""", "Bodegas Viña Albarda", "albarda.es.example", "ayudante de enología", tz="+0100", lang="es", rn=ES, sn=ES)
oth(IV, "vi-iv-nhahang", "Mời làm thử vị trí phụ bếp", """Chào {n},

Nhà hàng mời em đến làm thử vào thứ Bảy lúc 9 giờ sáng. Em nhớ mang theo giày chống trượt nhé. Nếu không đến được, em nhắn lại trước thứ Sáu.

{s}
Nhà hàng Sen Vàng, Đà Nẵng""", "Nhà hàng Sen Vàng", "senvang.vn.example", "phụ bếp", tz="+0700", lang="vi", rn=("Trần Ngọc Anh", "Lê Minh Quân"), sn=("Phạm Thu Hà", "Nguyễn Văn Đức"))

# --- next steps with deadlines -------------------------------------------------------------------------
NS = "next_steps"
oth(NS, "ns-footer-legal", "Paralegal (property) - before the assessment morning", """Dear {n},

Ahead of the assessment morning, please complete the attached drafting exercise (a short lease summary) and return it by 5pm on Monday 9 March. Exercises that arrive after that time cannot be marked, and the place on the morning would then go to a reserve candidate.

Yours sincerely,
{s}
Graduate & Paralegal Recruitment""" + FOOT_LEGAL, "Pardoe Whitlock Vance LLP", "pardoewhitlock.example", "paralegal", copies=2)
oth(NS, "ns-ats-applyvine", "Applyvine digest: 1 change", """Applyvine - your daily application digest

1 change since yesterday:
- {r} @ Greyfriars Veterinary Group: status changed from "Phone screen" to "Assessment"
  Action needed: finish the 20-minute scenario quiz by Sunday 23:59. Unfinished quizzes close the application.

Manage digests at applyvine.example/settings""", "Applyvine", "applyvine.example", "veterinary receptionist", copies=2, frm="Applyvine Digest <digest@applyvine.example>")
oth(NS, "ns-intern-rail", "Rail engineering internship - online tests", """Dear {n},

Next for you are the online tests: numerical reasoning and a situational judgement test, about 50 minutes in total. The link works until 23:59 on 14 January. If a test is left unfinished when the link expires, the application withdraws itself.

Early Careers Team
Castlegate Rail Infrastructure""", "Castlegate Rail Infrastructure", "castlegaterail.example", "engineering intern", copies=2, frm="Castlegate Early Careers <earlycareers@castlegaterail.example>")
oth(NS, "ns-recruiter-mining", "Medical + D&A booking - haul truck", """Hi {n},

Client wants you on a pre-employment medical and drug & alcohol test. Book a slot at the Osborne Park clinic by Wednesday - if it isn't done by then they'll move to the next operator on the list. Bring your licence and the 793 ticket.

Cheers,
{s}
Redbank Resources Recruitment | Perth""", "Redbank Resources Recruitment", "redbankrecruit.com.au.example", "haul truck operator", tz="+0800", copies=2)
oth(NS, "ns-public-state", "Action Required: Supplemental Questionnaire - Eligibility Technician II", """ACTION REQUIRED

Candidate: {fn}
Classification: Eligibility Technician II

Please complete the supplemental questionnaire in your applicant account by 5:00 PM Pacific on the final filing date. Incomplete questionnaires cannot be scored and the application will be marked incomplete.

Human Resources Division, County of San Lorenzo""", "County of San Lorenzo", "sanlorenzo-county.gov.example", "eligibility technician", tz="-0800", copies=2, frm="County HR Exams <exams@sanlorenzo-county.gov.example>")
oth(NS, "ns-thread-optics", "RE: [EXT] Re: Optical assistant - references", """Hi {n},

Mr Oduya would like to go ahead, subject to two references and a basic DBS check. Could you send me your referees' details and fill in the DBS form by next Friday? No start date until both have come in.

Kind regards,
{s}
Practice manager, Harlow Vision Opticians

________________________________
From: {n}
Sent: {w}
Subject: Re: Optical assistant - feedback

Thanks for seeing me on Saturday. Is there an update?""", "Harlow Vision Opticians", "harlowvision.co.uk.example", "optical assistant", copies=2)
oth(NS, "ns-footer-tidings", "Before your first shift - documents", """Hello {n},

Welcome aboard for the season! Before your first shift we need to see your passport or share code for right to work. Please upload it by the 3rd. Without it there's no rota slot for you, and your start slips to the following week.

{s}
People team, Saltmarsh Seafoods""" + FOOT_TIDINGS, "Saltmarsh Seafoods", "saltmarsh.example", "smokehouse operative", copies=2)
oth(NS, "ns-ropeaccess", "Docs needed - rope access", """{n},

Before I can put you on the façade job I need scans of your current Level 1 ticket and logbook by Thursday noon. After that the crew list goes to the client and it's locked.

{sf}
Highline Access Ltd""", "Highline Access", "highlineaccess.example", "rope access technician")
oth(NS, "ns-traindriver", "Trainee train driver - medical booking", """Dear {n},

Well done on passing the assessments. Your next step is the occupational medical. Please book an appointment within 10 days through your candidate account. If no booking is made, we will assume you no longer wish to continue.

Recruitment, Westway Rail Operations""", "Westway Rail", "westwayrail.example", "trainee train driver")
oth(NS, "ns-stenographer", "Court reporter trainee - book your speed test", """Dear {n},

Please book your speed test (180 wpm, 5 minutes) for any day before the 20th. Candidates who do not book by then will be moved to the next recruitment cycle.

Training Manager, Verbatim Court Services""", "Verbatim Court Services", "verbatimcourt.example", "court reporter trainee", tz="-0500")
oth(NS, "ns-beekeeper", "Form before the hive day", """Hello {n},

Before you come to the hive inspection on Saturday, please fill in the short health form (sting allergies, medication) and return it before Thursday. We can't let anyone into the apiary without it.

{s}
Heatherlea Honey""", "Heatherlea Honey", "heatherleahoney.example", "seasonal bee farmer")
oth(NS, "de-ns-handwerk", "Unterlagen für deinen Start", """Hallo {n},

schön, dass es geklappt hat! Bitte schick uns bis Freitag noch deinen Gesellenbrief und die Steuer-ID. Ohne die Unterlagen können wir dich nicht zum Monatsersten anmelden, dann verschiebt sich der Start.

Viele Grüße
{s}
Zimmerei Hollenbek GmbH""", "Zimmerei Hollenbek", "hollenbek-holzbau.de.example", "Zimmerer", tz="+0100", lang="de", rn=DE, sn=DE)
oth(NS, "ja-ns-ryokan", "ご提出書類のお願い（仲居）", """{n}様

二次面接の前に、履歴書原本と健康診断書を今月25日までにご郵送ください。
期日までに届かない場合、選考を進めることができませんのでご注意ください。

旅館 月見亭 総務部 {s}""", "旅館 月見亭", "tsukimitei.jp.example", "仲居", tz="+0900", lang="ja", rn=("高橋 美咲", "松本 健太"), sn=("佐々木 裕子", "山口 拓也"))

# --- offers -----------------------------------------------------------------------------------------
OF = "offer"
oth(OF, "of-thread-brewery", "re: re: brewhouse assistant", """hey {n}

mash day ate the week, soz. good news - brewhouse assistant is yours - say the word. £26k, 4 days on 3 off, start whenever you can give notice. Tadhg from bottling will show you the ropes. shout if you've questions.

{sf}
Knotwood Brewing Co.

> On {w} {n} wrote:
> hi {sf}, any word? cheers for the tour of the tanks""", "Knotwood Brewing Co.", "knotwoodbrewing.example", "brewhouse assistant", copies=2)
oth(OF, "of-hedge-direction", "Studio coordinator - an offer", """Hi {n},

Good news to share. We rethought what the coordinator seat should be (more bookings and invoicing) and we'd love you in it. $58k, hybrid, starting on the 1st. Offer letter to follow from our HR platform.

Warmly,
{s}
Pillowfort Animation""", "Pillowfort Animation", "pillowfort.example", "studio coordinator", tz="-0500", copies=2)
oth(OF, "of-intern-fashion", "Design internship - spring intake", """Hi {n},

Thanks for the mood boards and the cutting-room test. One of the two design-intern places is yours for spring! Twelve weeks, paid at the London living wage. Could you confirm by Friday so we can sort your pass?

x {sf}
Vellum & Thread Studio""", "Vellum & Thread Studio", "vellumthread.example", "design intern", copies=2)
oth(OF, "of-sexton", "Parish sexton", """Dear {n},

The churchwardens met on {w} and the post of sexton is yours from Lady Day, if you accept. I enclose the terms. We were sorry that Mr Greenhalgh felt unable to continue, and we are glad to welcome you.

{s}
Parish Clerk, St Edburga's""", "St Edburga's Parish", "stedburga.org.uk.example", "sexton")
oth(OF, "of-cooper", "Apprentice cooper - your place", """Dear {n},

After the trial day we are offering you our coopering apprenticeship, four years, starting in September. Sign the agreement enclosed and post it back inside a fortnight.

{s}
Speyfield Cooperage""", "Speyfield Cooperage", "speyfield.example", "apprentice cooper")
oth(OF, "of-snowcat", "Piste machine seat - yours if you want it", """Hi {n},

One of last year's drivers isn't coming back, so there's a snowcat seat on the night crew with your name on it. Season starts 1 December. Reply by the 20th and it's yours.

{s}
Mountain Ops, Glenrannoch Snowsports""", "Glenrannoch Snowsports", "glenrannoch.example", "piste machine operator")
oth(OF, "of-vineyard", "Pruning crew", """Hi {n},

A place has opened on the winter pruning crew. £13.50 an hour, 8 weeks from January. Let me know this week.

{sf}
Ridgeview Vineyard, Sussex""", "Ridgeview Vineyard", "ridgeviewvines.example", "pruner")
oth(OF, "pt-of-lisboa", "Proposta - rececionista", """Olá {n},

Obrigada pela entrevista de segunda-feira. Temos o prazer de lhe propor o lugar de rececionista, com início a 1 de abril, contrato de seis meses. Pode responder até sexta-feira?

Cumprimentos,
{s}
Casa do Largo Guesthouse, Lisboa""", "Casa do Largo", "casadolargo.pt.example", "rececionista", lang="pt", rn=PT, sn=PT)
oth(OF, "uk-of-logistyka", "Пропозиція роботи - комірник", """Доброго дня, {n}!

Раді повідомити, що ми пропонуємо вам посаду комірника. Початок роботи - з понеділка, графік 5/2. Будь ласка, підтвердіть до середи.

З повагою,
{s}
ТОВ «Дніпро-Логістик»""", "Дніпро-Логістик", "dnipro-logistyk.ua.example", "комірник", tz="+0200", lang="uk", rn=("Олена Кравчук", "Тарас Мельник"), sn=("Ірина Бондар", "Андрій Савчук"))

# --- other job mail ----------------------------------------------------------------------------------
oth("other_job", "oj-hireloom-withdrawn", "Status change: your application at Tullamore Cabinets", """Hireloom | Candidate portal

Application: {r} (#HL-48213)
Employer: Tullamore Cabinets
Was: In review
Now: Withdrawn by you

You asked to withdraw on {w}. Changed your mind? Apply again from the job page.""", "Hireloom", "hireloom.example", "cabinet sprayer", copies=2, frm="Hireloom <noreply@hireloom.example>")
oth("other_job", "oj-paused", "Harbour Patrol Assistant - recruitment paused", """Dear applicant,

Recruitment for vacancy HPA-07 (Harbour Patrol Assistant) is on hold while the marine budget is revised. No one has been appointed and no applications have been turned down. Yours stays on file and we will write again when shortlisting restarts.

Human Resources
Port Kestrel City Council""", "Port Kestrel City Council", "portkestrel.gov.za.example", "harbour patrol assistant", tz="+0200", copies=2, frm="PKCC Human Resources <hr@portkestrel.gov.za.example>")
oth("other_job", "oj-reference", "Reference request - Ms Delia Frome", """Dear {n},

Delia Frome, who is applying to us as a trainee solicitor, named you as a referee from her time at your firm. Could you complete the short attached form by the 15th? Her application is not affected if you decline to give a reference.

Yours sincerely,
{s}
Graduate & Paralegal Recruitment""" + FOOT_LEGAL, "Pardoe Whitlock Vance LLP", "pardoewhitlock.example", "", copies=2)
oth("other_job", "oj-applyvine-review", "Applyvine digest: no changes", """Applyvine - your daily application digest

No status changes since yesterday.
Still open: {r} @ Greyfriars Veterinary Group (Phone screen), Dental nurse @ Smile Lane (Applied)

Manage digests at applyvine.example/settings""", "Applyvine", "applyvine.example", "veterinary receptionist", frm="Applyvine Digest <digest@applyvine.example>")
oth("other_job", "oj-delay", "Studio coordinator - a delay", """Hi {n},

Quick heads-up: our founders are travelling, so we won't decide on the coordinator seat until the 20th. Nothing's been ruled out for anyone. Sorry for the wait.

{s}
Pillowfort Animation""", "Pillowfort Animation", "pillowfort.example", "studio coordinator", tz="-0500")
oth("job_alert", "ja-skillsport", "Fresh on Skillsport this week", """Hi {n}, four jobs matched your saved searches.""" + FOOT_ALERTS, "Skillsport", "skillsport.example", "", copies=2, frm="Skillsport <alerts@skillsport.example>")
oth("job_alert", "ja-trades", "3 new trade jobs near Bristol", """TradeBoard daily

- Plasterer, Keynsham, £180/day - posted 2h ago
- Apprentice electrician, Filton - posted 5h ago
- Roofer's mate, Clevedon - £14/hr

Not interested in plastering? Remove it from your alert. Jobs you've already applied to are hidden, as are ones that employers have closed.""", "TradeBoard", "tradeboard.example", "", frm="TradeBoard <daily@tradeboard.example>")
oth("recruiter_outreach", "ro-kiwi", "Bar manager role - Wellington?", """Hey {n}!

Saw your profile - you've run busy venues, which is exactly what a waterfront bar I'm working with needs. Bar manager, good base plus tips pool. Keen for a chat? If not, no worries - a one-word "no" is fine and you won't hear from me again.

Ngā mihi,
{s}
Kiwi Hospitality Talent""", "Kiwi Hospitality Talent", "kiwihospo.co.nz.example", "bar manager", tz="+1200", copies=2)
oth("recruiter_outreach", "ro-pharma", "Documentation specialist - Cork", """Hi {n},

I came across your GMP background and have an 11-month documentation specialist contract in Cork. Hybrid, day rate negotiable. Would a quick call this week suit?

{s}
Senior Consultant, Lifeline Scientific Search""", "Lifeline Scientific Search", "lifelinesearch.ie.example", "documentation specialist")

# --- non-job mail that uses rejection words ----------------------------------------------------------
NJ = "non_job_rejection_words"
oth(NJ, "nj-allotment", "Allotment waiting list", """Dear {n},

Every plot at Fennel Lane is let, so there's no allotment for you this year. You sit at number 34 on the list.

Allotments Officer (Fennel Lane)""", "Fennel Lane Allotments", "fennellane.example")
oth(NJ, "nj-grant", "Community fund - your bid", """Dear {n},

The panel reviewed your bid for a defibrillator for the village hall. Unfortunately it did not get funding this round; the fund was oversubscribed five times. You can reapply in October.

Westdale Community Fund""", "Westdale Community Fund", "westdalefund.example")
oth(NJ, "nj-visa", "Visitor visa decision", """Dear applicant,

Visitor visa: REFUSED. The decision notice attached gives the grounds. Nothing stops you applying afresh.

Visa Section (automated message)""", "Visa Section", "visas.gov.example", frm="Visa Section <no-reply@visas.gov.example>")
oth(NJ, "nj-marathon", "Ballot result: City Marathon", """Hi {n},

No luck this year - you weren't drawn in the ballot for the City Marathon. 61,000 people entered for 9,000 places. Fancy running for a charity instead?

City Marathon Events""", "City Marathon", "citymarathon.example")
oth(NJ, "nj-insurance", "Your claim ref CL-77102", """Dear {n},

Claim CL-77102 (escape of water): declined. The leak built up slowly over time, and slow leaks are outside your cover. Disagree? You have 8 weeks to ask for a review.

Claims team, Harbourside Home Insurance""", "Harbourside Home Insurance", "harbourside-ins.example")
oth(NJ, "nj-conference", "Talk proposal - PyNorth 2026", """Hi {n},

Thanks for proposing "Parsing receipts with regex". With 410 proposals and 36 slots, yours wasn't accepted this year. Lightning talks open in March.

Programme committee""", "PyNorth", "pynorth.example")
oth(NJ, "nj-school", "Secondary school offer", """Dear parent/carer of {n},

Westmoor Academy, your first preference, was oversubscribed and your child was refused a place there. Brookfield School (second on your list) has offered a place instead.

School Admissions""", "School Admissions", "admissions.council.example")
oth(NJ, "nj-tender", "Tender outcome: grounds maintenance", """Dear {n},

Your tender for grounds maintenance was unsuccessful. The evaluation panel awarded the contract to a cheaper bidder.

Procurement, Halston District Council""", "Halston District Council", "halston.gov.example")
oth(NJ, "nj-rental", "Re: viewing at 14 Oak Road", """Hi {n},

Cheers for the viewing. The landlord picked someone else's application; the flat's been let. I'll ping you if anything like it comes in.

{sf}, Birchwood Lettings""", "Birchwood Lettings", "birchwoodlettings.example")
oth(NJ, "nj-pr", "[repo] Pull request #482 closed", """{sf} closed this pull request.

"Appreciate the patch; this flag overlaps with --quiet, so it won't be merged. Closing."

Codehub notification - manage these in your settings.""", "Codehub", "codehub.example", frm="Codehub <notifications@codehub.example>")
oth(NJ, "nj-card", "Transaction declined", """Northgate: £42.80 at FRESHMART 0213 on card ..4417 was DECLINED on {w}. Not you? Ring the number on your card.""", "Northgate Bank", "northgatebank.example", frm="Northgate Bank <alerts@northgatebank.example>")
oth(NJ, "nj-choir", "Choir audition", """Dear {n},

Your chamber choir audition was a pleasure to hear. There's no alto place for you this season, as we had only one vacancy. The community choir would love to have you.

{s}, Musical Director""", "Elmfield Chamber Choir", "elmfieldchoir.example")
oth(NJ, "nj-journal", "Decision on manuscript JEE-2026-0193", """Dear Dr {l},

After review, your manuscript has been rejected by the Journal of Estuarine Ecology. Comments from both referees follow.

Handling Editor, JEE""", "Journal of Estuarine Ecology", "jee-journal.example")
oth(NJ, "nj-mortgage", "Your mortgage application", """Dear {n},

We have assessed your mortgage application. We cannot lend on this occasion, because the property is of non-standard construction. This has not been recorded as a credit refusal.

Lending team, Pennine Building Society""", "Pennine Building Society", "penninebs.example")
oth(NJ, "nj-club", "Swim club membership", """Hi {n},

Thanks for signing up for the Masters squad. Sadly the squad is full, so no new members until September. We've popped your name on the waiting list.

Otterburn Swim Club""", "Otterburn Swim Club", "otterburnswim.example")
oth(NJ, "es-nj-beca", "Resolución de la convocatoria de ayudas", """Estimado/a {n}:

Su solicitud de ayuda al alquiler ha sido denegada porque los ingresos de la unidad familiar superan el límite fijado. Cabe recurso de alzada durante el mes siguiente a esta notificación.

Servicio de Vivienda""", "Servicio de Vivienda", "vivienda.gob.es.example", tz="+0100", lang="es", rn=ES, sn=ES)
oth(NJ, "ko-nj-loan", "대출 심사 결과 안내", """{n} 고객님,

신청하신 신용대출은 심사 결과 승인되지 않았습니다. 자세한 사항은 가까운 영업점으로 문의해 주세요.

한빛저축은행""", "한빛저축은행", "hanbit-bank.kr.example", tz="+0900", lang="ko", rn=("박지민", "최서연"))
oth(NJ, "sn-nj-loan", "Chikwereti chenyu", """Mhoro {n},

Tine urombo kukuudzai kuti chikumbiro chenyu chechikwereti hachina kubvumidzwa nekuda kwemari shoma yamunowana pamwedzi.

Zimbank""", "Zimbank", "zimbank.zw.example", tz="+0200", lang="sn", rn=("Tendai Moyo", "Rudo Chikwanha"))


# --- building the records ------------------------------------------------------------------------------
def fold(text: str) -> str:
    """An ASCII address part: accents dropped, anything else removed."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z]", "", plain.lower())


def address(full: str, domain: str, rng: random.Random) -> str:
    parts = full.split()
    local = ".".join(p for p in (fold(parts[0]), fold(parts[-1])) if p)
    if not local:
        local = f"user{rng.randint(100, 999)}"
    return f"{local}@{domain}"


def rfc_date(rng: random.Random, tz: str, dom: str) -> str:
    start = dt.datetime(2025, 3, 1)
    day = start + dt.timedelta(days=rng.randint(0, 634))
    moment = day.replace(hour=rng.randint(6, 21), minute=rng.randint(0, 59), second=rng.randint(0, 59))
    offset = tz
    summer = 4 <= moment.month <= 10 and not any(hint in dom for hint in NO_SUMMER_TIME)
    if tz in TZ_SUMMER and summer:
        offset = TZ_SUMMER[tz]
    if tz in TZ_NORTH_AMERICA and summer:
        offset = TZ_NORTH_AMERICA[tz]
    if tz in TZ_SOUTH and (moment.month >= 10 or moment.month <= 3):
        offset = TZ_SOUTH[tz]
    return moment.strftime("%a, %d %b %Y %H:%M:%S ") + offset


WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")


def build() -> list[dict[str, str]]:
    rng = random.Random(SEED)
    records: list[dict[str, str]] = []
    for tpl in TEMPLATES:
        recipients = list(tpl.rn or RECIPIENTS)
        signers = list(tpl.sn or SIGNERS)
        rng.shuffle(recipients)
        rng.shuffle(signers)
        for copy in range(tpl.copies):
            rname = recipients[copy % len(recipients)]
            others = [name for name in signers if name.split()[0] != rname.split()[0]]
            sname = others[copy % len(others)]
            first = rname.split()[-1 if tpl.lang == "vi" else 0]
            fill = {
                "n": first,
                "s": sname,
                "sf": sname.split()[0],
                "fn": rname,
                "l": rname.split()[-1],
                "c": tpl.co,
                "r": tpl.role[copy % len(tpl.role)],
                "w": rng.choice(WEEKDAYS),
            }
            body = tpl.body.format(**fill)
            subject = tpl.subject.format(**fill)
            sender = tpl.frm or f"{sname} <{address(sname, tpl.dom, rng)}>"
            to_addr = address(rname, f"{rng.choice(PROVIDERS)}.example", rng)
            records.append({
                "subject": subject,
                "body": body,
                "sender": sender,
                "label": tpl.label,
                "kind": tpl.kind,
                "family": f"blind20-{tpl.fam}",
                "to": f"{rname} <{to_addr}>",
                "date": rfc_date(rng, tpl.tz, tpl.dom),
                "lang": tpl.lang,
            })
    rng.shuffle(records)
    counters = {"rejection": 0, "not_rejection": 0}
    out = []
    for rec in records:
        counters[rec["label"]] += 1
        prefix = "rej" if rec["label"] == "rejection" else "oth"
        rid = f"blind20:{prefix}-{counters[rec['label']]:03d}"
        out.append({"id": rid, **rec})
    return out


WORD = re.compile(r"\w+")
TAG = re.compile(r"<[^>]+>")


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
                if not raw.strip():
                    continue
                body = json.loads(raw).get("body", "")
                shared |= shingles(body) & ours.keys()
    bodies = {rid for sh in shared for rid in ours[sh]}
    labels = collections.Counter(rid.split(":")[1][:3] for rid in bodies)
    print(f"files compared: {len(others)}")
    print(f"bodies sharing a shingle: {len(bodies)} of {len(records)} (rej {labels['rej']}, oth {labels['oth']})")
    print(f"distinct shared shingles: {len(shared)}")
    for sh in sorted(shared, key=lambda s: (-len(ours[s]), s)):
        print(f"  {len(ours[sh]):3d}  {sh}")


def langs(records: list[dict[str, str]]) -> None:
    by_kind = collections.Counter((r["label"], r["kind"]) for r in records)
    by_lang = collections.Counter((r["label"], r["lang"]) for r in records)
    print("label / kind:")
    for (label, kind), count in sorted(by_kind.items()):
        print(f"  {label:14s} {kind:26s} {count:4d}")
    print("label / language:")
    for (label, lang), count in sorted(by_lang.items()):
        print(f"  {label:14s} {lang:6s} {count:4d}")
    print(f"total {len(records)}; families {len({r['family'] for r in records})}")


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
            row = {k: v for k, v in rec.items() if k != "lang"}
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {len(records)} records to {OUT.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
