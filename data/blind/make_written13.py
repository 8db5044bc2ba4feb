# ruff: noqa: E501
"""Write written-13.jsonl (issue 11, thirteenth pass): varied hand-written training mail.

Not a blind slice: this file is written to be trained on (its families start with ``blindw13-``, so
grouped CV keeps them train-only and they carry the read-slice weight). Stdlib only, fixed seed
130113; two runs write byte-identical output. ``--check`` prints our side of any 6-word shingle
these bodies share with ``data/*.jsonl`` or the blind slices; those files are read only as sets of
shingles and never printed.

Placeholders in sender, subject and body: ``{n}`` the recipient's first name, ``{r}`` the role,
``{c}`` the company, ``{C}`` it in capitals, ``{d}`` its mail domain, ``{s}`` the signer's first name.
"""

from __future__ import annotations

import json
import random
import re
import sys
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

SEED = 130113
HERE = Path(__file__).resolve().parent
OUT = HERE / "written-13.jsonl"
PROV = "written for rejectwatch issue 11 thirteenth pass as training mail (make_written13.py)"

R = "rejection"
APP = "application_received"
INT = "interview"
NEXT = "next_steps"
OFFER = "offer"
OTHER = "other_job"
ALERT = "job_alert"
NONJOB = "non_job_rejection_words"


@dataclass(frozen=True)
class Mail:
    family: str
    kind: str
    sender: str
    subject: str
    body: str
    copies: int


MAILS: list[Mail] = []


def add(family: str, kind: str, sender: str, subject: str, body: str, *, copies: int = 3) -> None:
    MAILS.append(Mail("blindw13-" + family, kind, sender, subject, body.strip("\n") + "\n", copies))


FIRST = ["Bartholomew", "Ingrid", "Kwame", "Soraya", "Mateusz", "Eleni", "Tuomas", "Réka", "Ioana", "Emre",
         "Birgitta", "Håkon", "Freja", "Yusuf", "Clodagh", "Priyanka", "Lorcan", "Anouk", "Giacomo", "Beatriz",
         "Wiremu", "Hiroko", "Dagny", "Malik", "Zofia", "Petra", "Nikos", "Aino", "Tamás", "Sevgi"]
LAST = ["Quarshie", "Lindqvist", "Abernethy", "Papadaki", "Wiśniewska", "Korhonen", "Szabó", "Popescu",
        "Yıldız", "Haugland", "Mortensen", "Novák", "Okonkwo", "Delacroix", "Brennan", "Iyer", "Van Dijk",
        "Rinaldi", "Carvalho", "Tane", "Matsuda", "Hartmann", "Ferreira", "Kowalczyk", "Eriksen"]
MAILHOSTS = ["fastmail.example", "posteo.example", "outlook.example", "gmx.example", "icloud.example"]
SIGNERS = ["Harriet", "Nils", "Deepa", "Conor", "Agnieszka", "Stavros", "Mirja", "Laszlo", "Oana", "Cem",
           "Solveig", "Teodor", "Lucía", "Maarten", "Chiara", "Joaquim", "Bronagh", "Kenji", "Adaeze", "Idris"]
COMPANIES = [("Pellucid Systems", "pellucid.io"), ("Harrowgate Foods", "harrowgatefoods.com"),
             ("Meridian Tidewater", "meridiantidewater.com"), ("Quillon Health", "quillonhealth.org"),
             ("Brackenridge Mobility", "brackenridge.eu"), ("Saltmarsh Energy", "saltmarsh-energy.com"),
             ("Orrery Labs", "orrerylabs.dev"), ("Kestrelwood Insurance", "kestrelwood.co.uk"),
             ("Tamarind Logistics", "tamarindlogistics.com"), ("Vellum & Vine", "vellumvine.com"),
             ("Northquay Bank", "northquay.com"), ("Lumenfield Robotics", "lumenfield.ai")]
ROLES = ["Tidal Data Steward", "Pricing Scientist", "Payroll Systems Lead", "Edge Reliability Engineer",
         "Partnerships Coordinator", "Field Research Assistant", "Cold Chain Planner", "Web Platform Developer",
         "People Partner", "Battery Test Engineer", "Renewals Manager", "Contracts Counsel",
         "Rail Systems Graduate", "Treasury Intern", "Trial Data Manager", "API Documentation Writer"]
ZONES = [-7, -5, -4, 0, 1, 2, 3, 4, 5.5, 8, 10, 13]
DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

# ================================================================ rejections, English
add("thread-ext-chose", R, "{s} Marchetti <{s}@{d}>", "RE: [EXT] Re: Thursday chat - {r}", """
Hi {n},

Really appreciated you making the time on Thursday, and sorry this has taken longer than I promised. The panel went back and forth a lot on this one.

In the end the team has offered the post to a candidate whose background lines up a little more closely with the migration work we have planned for spring, and they accepted yesterday.

Your portfolio walk-through was one of the highlights of the week for me personally. I hope our paths cross again.

Warmly,
{s}

-----Original Message-----
From: {n}
Sent: Monday
To: {s}
Subject: Re: [EXT] Re: Thursday chat - {r}

Hi {s}, just checking in on timing - thanks again!
""")
add("thread-went-with", R, "{s} <{s}@{d}>", "Re: Re: Follow up from our conversation", """
{n} - hope the week is treating you well.

Quick update from our side. We've gone with someone who has run a very similar rollout before, so we'll be moving ahead with them for the {r} seat.

Thanks for being so generous with your time across three rounds. Keep in touch on LinkedIn?

{s}

> On Tue, {n} wrote:
> Hi {s}, lovely to meet the team yesterday. Anything else you need from me?
""")
add("thread-picked-colleague", R, "{s} Oyelaran <{s}.oyelaran@{d}>", "RE: [EXT] RE: next steps?", """
Hey {n},

thanks for nudging me, you're right that I owed you an answer. The hiring manager picked a colleague from our Leeds office who applied internally late in the process, and the offer has been signed.

Honestly you were a strong second. If anything opens in the analytics group later in the year I'd like to call you first.

Best
{s}
Talent Partner | {c}

From: {n}
Sent: 14 March 09:12
Subject: RE: [EXT] RE: next steps?
Hi {s}, any news on the {r} role?
""")
add("thread-short-filled", R, "{s} <{s}@{d}>", "Re: {r} - thank you", """
Hi {n}, just closing the loop: the {r} position has now been filled. Thanks again for the great conversation last week, it was a pleasure. All the best, {s}
""")
add("thread-offer-accepted-other", R, "{s} Lindgren <{s}@{d}>", "RE: [EXT] Re: Final round", """
Dear {n},

Many thanks for the final-round visit and the thoughtful case presentation; the panel kept mentioning how cleanly you laid out the trade-offs.

I'd rather you heard it from me: another finalist said yes to our {r} offer this morning.

After so many conversations I realise this stings. If feedback would help, grab fifteen minutes in my diary.

Kind regards,
{s}

-----Original Message-----
From: {n}
Subject: Re: [EXT] Re: Final round
Thanks {s}, I look forward to hearing from you!
""")
add("footer-careers-long", R, "{c} Careers <careers@{d}>", "Your application for {r}", """
Hello {n},

Thanks for considering {c} as your next employer. Having looked through everything, the hiring group won't take your {r} application further.

Good luck out there.

The {c} Talent Team

________________________________________
Explore life at {c}
Meet our people | Benefits | Diversity & inclusion | Early careers | Locations
Sign up to Talent Circle for first word on openings.
Follow us: LinkedIn · Instagram · YouTube · Glassdoor
Download our app to track every application in one place.
Hiring at {c} is blind to background: we judge skills, never age, faith, ethnicity, gender, orientation or disability.
This note went to you as someone in our applicant records. Preferences | Privacy | Terms
© {c}. All rights reserved. 40 Tideway Road.
""")
add("footer-jobalert-after", R, "no-reply@{d}", "Update on {r}", """
Hi {n},

We're sorry to say you were not selected for the {r} vacancy.

---------------------------------------------
JOBS YOU MIGHT LIKE
Senior {r} - Hybrid - Apply now
{r} (Contract, 6 months) - Remote - Apply now
Operations Lead - On-site - Apply now
See all 148 open roles >
---------------------------------------------
You are subscribed to job alerts from {c}. Unsubscribe or change frequency here.
This mailbox is not monitored.
""")
add("footer-newsletter", R, "{c} People Team <people@{d}>", "Regarding your application", """
Dear {n},

Many thanks for applying for the role of {r}. We had a large number of very capable applicants and, on this occasion, your application has been unsuccessful.

Kind regards
People Team

=== THE {C} QUARTERLY ===
In this issue: our new site in Gdańsk opens its doors, volunteers from the finance team plant 2,000 trees, and our CEO on why four-day weeks are here to stay.
Read more on our blog  |  Podcast: Inside {c}, episode 12
Events: Graduate open evening, 18 April, 6pm - register now
Not interested any more? Update your preferences.
""")
add("hedge-closer-fit", R, "{s} from {c} <talent@{d}>", "{r} at {c}", """
Hi {n},

Thanks for giving {c} a look. The {r} shortlist is settled, and it's made up of applicants whose track record sits nearer to this year's roadmap.

Do keep an eye on our openings page.

Best,
{s}
""")
add("hedge-another-direction", R, "{s} <{s}@{d}>", "{r} update", """
Hi {n},

Hope you're well. I wanted to let you know that after our conversations the team has decided to go in a different direction with this hire and look for someone with a heavier infrastructure profile.

It genuinely was a pleasure speaking with you and I really appreciated your candour about what you're looking for.

Cheers,
{s}
""")
add("hedge-different-profile", R, "Recruitment <recruitment@{d}>", "Your {r} application", """
Dear {n},

Thank you for your patience while we reviewed applications. Having compared all profiles with the brief, we are looking for a somewhat different profile for this position and will be proceeding with other applicants.

Yours sincerely,
Recruitment, {c}
""")
add("hedge-further-along", R, "{s} at {c} <{s}@{d}>", "Thanks for your time, {n}", """
Hi {n},

Thanks so much for chatting with us about the {r} opening. We have a few candidates who are further along in the process, and we've decided to focus on them for now.

We hope you'll keep {c} in mind.

{s}
""")
add("hedge-internal", R, "HR {c} <hr@{d}>", "{r} - outcome", """
Dear {n},

Thank you for applying. Following a review of our workforce plans, we have decided to prioritise internal candidates for this vacancy, and your application will therefore not progress further.

Best regards,
HR Department
""")
add("hedge-stronger-match", R, "{c} Hiring <jobs@{d}>", "Application update: {r}", """
Hi {n}, thanks for your application. We've identified candidates who are a stronger match for the requirements and have chosen to move forward with them. Wishing you the very best.
""")
add("recruiter-call-other-role", R, "{s} Devereux <{s}@{d}>", "Great speaking earlier", """
Hi {n},

Great speaking earlier and thanks for being so open. As I mentioned on the phone, my client has decided not to take you forward for the {r} role - they want someone who has managed a team of ten or more.

BUT, I've got a contract role with a fintech in the city that I think fits you better, 6 months, day rate negotiable. Want me to send the spec over? Let me know by Friday if so.

Speak soon,
{s}
Senior Consultant, {c} Recruitment
""")
add("recruiter-call-twoline", R, "{s} <{s}@{d}>", "following up", """
hi {n} - as discussed, client went with the other candidate on the {r} role. i have two other things that might suit, free for a call monday? {s}
""")
add("recruiter-feedback-other", R, "{s} Nakamura <{s}.nakamura@{d}>", "Feedback from {c}", """
Hello {n},

Following our call this afternoon, just confirming in writing: the hiring team at {c} have closed your application for {r}. Their feedback was that your SQL was excellent but they need someone with more stakeholder-facing work.

On a brighter note, I'm recruiting for a Business Intelligence role with a retailer which is a closer fit - attaching the description. Let me know your thoughts.

Best wishes,
{s}
""")
add("public-not-referred", R, "USAJOBS-style Notifications <no-reply@hiring.{d}>", "Application status for announcement {C}-26-0418", """
Dear {n},

Your application for the position of {r}, announcement number {C}-26-0418, has been reviewed.

Status: Not Referred

Your name was not referred to the selecting official. Commonly this happens when other applicants scored higher in the rating.

This message was sent by the hiring agency. Please do not reply.
""")
add("public-ineligible", R, "Recruitment Office <recruit@{d}>", "Notice of Results - {r}", """
NOTICE OF RESULTS

Applicant: {n}
Position: {r}
Result: Ineligible

Based on the information provided in your application, you do not meet the minimum qualification requirements for this position. You may apply for other positions for which you meet the requirements.
""")
add("public-not-best-qualified", R, "HR Shared Services <hrss@{d}>", "Vacancy {C}-1182: your application", """
Dear Applicant,

Thank you for applying to vacancy {C}-1182 ({r}). Your application was found eligible; however, you were not among the best qualified candidates and will not be considered further for this vacancy.

Human Resources Shared Services
""")
add("public-vacancy-cancelled", R, "Council Recruitment <jobs@{d}>", "Vacancy cancelled: {r}", """
Dear {n},

The {r} vacancy (ref. 26/0713) has been cancelled by the service and nobody will be appointed to it. Every application for it is now closed, yours included.

Sorry for the trouble this causes after the effort you put in.

Resourcing Team
""")
add("public-sift-failed", R, "Civil Service Jobs <noreply@{d}>", "Outcome of sift - {r}", """
Dear {n},

Thank you for applying for the role of {r}. We have now completed the sift. Unfortunately your application did not meet the required standard for the behaviours assessed and you have not progressed to the next stage.

Your sift score: Behaviour 1 - 3, Behaviour 2 - 2 (pass mark 4).

Civil Service Resourcing
""")
add("public-list-closed", R, "State Personnel Board <spb@{d}>", "Eligible list update", """
{n},

The eligible list for {r} on which your name appeared has been abolished as of this month. You will receive no further certification from this list. To be considered for future openings, please reapply when a new recruitment is announced.
""")
add("ats-no-longer", R, "{c} via Workday <noreply@{d}>", "Application status update", """
Hi {n},

The status of your application for {r} (R-20931) has changed.

You are no longer under consideration for this position.

Log in to your candidate home to view details.
""")
add("ats-status-closed", R, "{c} Careers <do-not-reply@{d}>", "Your candidate profile has been updated", """
Candidate: {n}
Job: {r}
Requisition: JR-44170
Status: Closed - Not Selected
Updated: by recruiter

Sign in to see all your applications.
""")
add("ats-disposition", R, "notifications@{d}", "Application {r}: disposition", """
Candidate: {n}
Requisition: {r} / 0093
Disposition: REJ-02 Other candidate more qualified
Stage: Application Review -> Closed

This is an automatically generated message.
""")
add("ats-html-table", R, "{c} Recruiting <recruiting@{d}>", "Your applications at {c}", """
<table><tr><th>Position</th><th>Submitted</th><th>Status</th></tr>
<tr><td>{r}</td><td>02/11</td><td>Not selected</td></tr></table>
<p>Hi {n}, thanks for applying. The position above has been filled by another applicant.</p>
<p>{c} Recruiting</p>
""")
add("ats-oneliner", R, "no-reply@{d}", "Update", """
Your application for {r} at {c} is no longer active. The hiring team has selected other candidates.
""")
add("intern-decision", R, "Early Careers at {c} <earlycareers@{d}>", "Summer Internship Programme - decision", """
Dear {n},

Thanks for applying to the {c} Summer Internship Programme and sitting the online tests.

More than 6,000 students went for 80 places this year. Your test scores, read together with your form, were not enough for a place on this summer's programme, and we can't offer you one.

The graduate scheme opens next autumn - do try it.

Early Careers Team
""")
add("grad-scheme-decision", R, "Graduate Recruitment <grads@{d}>", "Graduate Scheme 2026: your assessment centre", """
Hi {n},

Thanks for joining us at the assessment centre last week. We've now reviewed everyone's performance across the group exercise, the presentation and the interviews.

Your overall score fell just below the threshold for an offer this year, so we won't be able to offer you a place on the 2026 scheme.

Your personal feedback report is attached.

Graduate Recruitment, {c}
""")
add("role-on-hold", R, "{s} <{s}@{d}>", "{r} - role on hold", """
Hi {n},

I'm sorry to come back with this after your second interview. Budget for the {r} position has been frozen for the rest of the financial year, so the role is on hold and we are closing the process for all candidates.

If it reopens I'll get in touch directly.

{s}
""")
add("role-cancelled-reorg", R, "Talent Acquisition <ta@{d}>", "Position withdrawn", """
Dear {n},

Due to an internal reorganisation, the {r} position you applied for has been withdrawn and will not be filled. As a result, we are closing all applications for this opening.

Thank you for your interest in {c}.
""")
add("ps-decision", R, "{s} <{s}@{d}>", "Lovely to meet you", """
Hi {n},

It was so lovely to meet you on Tuesday - the whole team was talking afterwards about your story of rebuilding the warehouse rota from scratch. Your energy is contagious and I can tell you'll do brilliant things wherever you land.

I also wanted to share the book I mentioned, it's "The Goal" by Goldratt. Worth every page.

Thanks again for everything,
{s}

P.S. I should have led with this - we've decided to offer the {r} position to another candidate. Sorry, I know it's hard to hear.
""")
add("warm-long-then-decision", R, "{s} Abara <{s}@{d}>", "Thank you, {n}", """
Dear {n},

I wanted to write to you myself rather than send a standard letter. Over the last month you've met six of us, completed a take-home exercise that clearly took real care, and asked some of the most thoughtful questions we heard from anyone. I've enjoyed every conversation, and I know Priya and Tom felt the same.

We had a very hard choice at the end between two excellent people. We have chosen to go ahead with the other finalist, mainly because of their direct experience with regulated clients.

I'm genuinely sorry. Please stay in touch.

{s}
Head of Product, {c}
""")
add("blunt-short", R, "{s} <{s}@{d}>", "{r}", """
{n}, we've filled the role. Thanks for applying. {s}
""")
add("blunt-nope", R, "hiring@{d}", "re: {r} application", """
Thanks for applying. We will not be moving forward with your application.
""")
add("agency-cv-not-shortlisted", R, "{s} | {c} Staffing <{s}@{d}>", "Your CV - {r}", """
Hi {n},

Thank you for letting me represent you for the {r} vacancy. Unfortunately the client has reviewed your CV and decided not to shortlist you for interview on this occasion.

I'll keep your details on our system and be in touch if something suitable comes up.

Regards,
{s}
""")
add("agency-nonnative", R, "{s} <{s}@{d}>", "Re: position {r}", """
Dear {n},

thank you for your time in the call yesterday. I have spoken with client and sadly they decide to continue with other candidate which have more years in the domain. I am sorry for this news.

Anyway I keep you in my list for next positions, there is many projects coming in Q3.

Best regards
{s}
""")
add("typo-rejection", R, "{s} <{s}@{d}>", "yuor application", """
Hi {n}

thnaks for applying for the {r} postion. we have reviewd all the candiates and unfortunatly we wont be progresing with your applicaiton at this time.

best of luck
{s}
""")
add("decision-after-assessment", R, "Assessments <assessments@{d}>", "Online assessment result", """
Hello {n},

Thank you for completing the numerical and situational judgement tests for the {r} role. Your results did not reach the benchmark required to progress, so your application has now ended.

You may reapply after six months.
""")
add("silent-many-weeks", R, "{s} <{s}@{d}>", "Sorry for the silence", """
Hi {n},

Apologies for going quiet - it's been a chaotic few weeks here. I should have told you sooner that we hired for the {r} role at the start of the month. I'm sorry you had to chase.

All the best with the search,
{s}
""")
add("mass-thanks-selected", R, "{c} <noreply@{d}>", "Thank you for applying", """
Dear {n},

We would like to thank you for the interest you have shown in {c} and the {r} position.

The selection process is now complete and the successful candidate has been informed. We would like to wish you every success in your future career.

Best regards,
{c} Recruitment
""")
add("talent-pool-after-decision", R, "{c} Talent <talent@{d}>", "{r}: where things stand", """
Hi {n},

The team has now made a hire for {r}, so this particular process is closed for you.

With your permission we'd like to move your profile into our talent pool for similar roles over the next 12 months. Just reply NO if you'd rather we didn't.

Thanks, {s}
""")
add("academic-position", R, "Faculty Search Committee <search@{d}>", "Search for Assistant Professor", """
Dear Dr {n},

On behalf of the search committee, thank you for your application for the Assistant Professor position. The committee received more than 300 applications, and after much deliberation it has extended an offer to a candidate whose research most closely complements the department's current strengths.

We are grateful for your interest and wish you success in your research and teaching.

Sincerely,
Professor {s}, Chair of the Search Committee
""")
add("volunteer-board", R, "{s} <{s}@{d}>", "Trustee application", """
Dear {n},

Thank you for applying to join the board of trustees. We had an exceptional field. After interviews the nominations panel has recommended two other candidates to fill the vacancies, and the board has approved their appointment.

Thank you for the care you put into your application.

{s}, Chair
""")
add("retail-hourly", R, "{c} Store Hiring <stores@{d}>", "Store Associate application", """
Hi {n}! Thanks for applying to {c}. We've filled all our open shifts at this store for now, so we won't be scheduling an interview. Check our jobs page for other locations!
""")
add("contract-extension-other", R, "{s} <{s}@{d}>", "Re: the freelance brief", """
Hi {n},

Thanks for the proposal and the rate card. We've decided to award the {r} contract to another freelancer who can start next week.

Would still love to work with you on something in the future.

{s}
""")
add("hedge-not-right-time", R, "{s} <{s}@{d}>", "Circling back", """
Hi {n},

Circling back after your chat with our VP. We've decided that now isn't the right moment to bring you on board for {r}; we're going to continue with the candidates who have deeper experience in payments.

Thanks for your patience and interest.
{s}
""")
add("subject-only-decision", R, "{c} Recruitment <careers@{d}>", "Unsuccessful application - {r}", """
Dear {n},

Please find the outcome of your application above.

Recruitment
""")
add("interview-no-offer", R, "{s} <{s}@{d}>", "Following your interview", """
Dear {n},

Thank you for attending interview for the {r} post on Wednesday. I'm afraid on this occasion the panel did not feel able to offer you the post.

If you would like feedback please contact me.

Yours sincerely
{s}
HR Officer
""")
add("mobile-signature", R, "{s} <{s}@{d}>", "Re: {r}", """
Hey {n}, sorry, they hired someone else for this one. Will shout if I hear of anything else!

Sent from my iPhone
""")
add("hedge-volume-decided", R, "{c} Jobs <jobs@{d}>", "Your application to {c}", """
Hello {n},

We appreciate you applying for {r}. We received a very strong response and have decided to pursue other applications that better match the role's scope.

Warm regards,
{c} Recruiting
""")
# ================================================================ rejections, other languages
add("cs-portal", R, "Kariéra {c} <kariera@{d}>", "Stav vaší žádosti: {r}", """
Dobrý den, {n},

děkujeme za váš zájem o pozici {r}. Po pečlivém posouzení všech uchazečů jsme se rozhodli pokračovat s kandidáty, jejichž zkušenosti lépe odpovídají požadavkům pozice.

Přejeme vám hodně úspěchů.
Tým náboru {c}
""")
add("cs-personal", R, "{s} <{s}@{d}>", "Re: Re: pohovor ve čtvrtek", """
Ahoj {n},

díky moc za čtvrteční schůzku, bylo to fajn povídání. Nakonec jsme místo nabídli kolegyni, která už u podobného projektu byla od začátku, a ona to přijala.

Držím palce a snad se ještě potkáme.
{s}
""")
add("el-formal", R, "Τμήμα Προσωπικού {c} <hr@{d}>", "Αίτηση για τη θέση {r}", """
Αγαπητέ/ή {n},

Σας ευχαριστούμε για το ενδιαφέρον σας για τη θέση {r}. Μετά από προσεκτική αξιολόγηση, αποφασίσαμε να προχωρήσουμε με άλλους υποψηφίους των οποίων το προφίλ ταιριάζει περισσότερο στις ανάγκες μας.

Σας ευχόμαστε καλή επιτυχία.
Με εκτίμηση,
{c}
""")
add("el-short", R, "{s} <{s}@{d}>", "Re: συνέντευξη", """
Γεια σου {n}, ευχαριστώ πολύ για τη συνάντηση. Τελικά η θέση καλύφθηκε από άλλον υποψήφιο. Καλή συνέχεια! {s}
""")
add("fi-formal", R, "Rekrytointi {c} <rekry@{d}>", "Hakemuksesi tehtävään {r}", """
Hei {n},

kiitos hakemuksestasi tehtävään {r}. Saimme paljon hyviä hakemuksia, ja valinta oli vaikea. Valitettavasti et tällä kertaa edennyt rekrytoinnin seuraavaan vaiheeseen.

Toivotamme onnea työnhakuun.
Ystävällisin terveisin,
{c}
""")
add("fi-chosen", R, "{s} <{s}@{d}>", "VS: VS: haastattelu", """
Moi {n},

kiitos vielä viime viikon haastattelusta. Tehtävään valittiin toinen hakija, jolla oli enemmän kokemusta vastaavista järjestelmistä.

Kaikkea hyvää,
{s}
""")
add("hu-formal", R, "{c} HR <hr@{d}>", "Jelentkezése a(z) {r} pozícióra", """
Kedves {n}!

Köszönjük, hogy jelentkezett a(z) {r} pozícióra. Gondos mérlegelés után úgy döntöttünk, hogy olyan jelöltekkel folytatjuk a kiválasztást, akiknek a tapasztalata jobban illeszkedik az elvárásainkhoz.

Sok sikert kívánunk!
Üdvözlettel,
{c} HR
""")
add("hu-short", R, "{s} <{s}@{d}>", "Re: interjú", """
Szia {n}! Köszi a múlt heti beszélgetést. Végül más jelöltet választottunk a pozícióra. További sok sikert! {s}
""")
add("ro-formal", R, "Resurse Umane {c} <hr@{d}>", "Candidatura dumneavoastră - {r}", """
Bună ziua, {n},

Vă mulțumim pentru interesul arătat postului de {r}. În urma analizei tuturor candidaturilor, am decis să continuăm procesul cu alți candidați al căror profil corespunde mai bine cerințelor.

Vă dorim mult succes!
Echipa de recrutare {c}
""")
add("ro-ps", R, "{s} <{s}@{d}>", "Re: mulțumiri", """
Salut {n},

mulțumesc mult pentru discuția de marți, chiar mi-a plăcut ideea ta cu raportările automate.

Din păcate, postul a fost ocupat de un coleg din echipa internă.

Numai bine,
{s}
""")
add("tr-formal", R, "{c} İnsan Kaynakları <ik@{d}>", "{r} başvurunuz hakkında", """
Sayın {n},

{r} pozisyonuna gösterdiğiniz ilgi için teşekkür ederiz. Başvurunuz dikkatle değerlendirilmiş olup, bu aşamada profili pozisyonun gereksinimlerine daha uygun adaylarla sürece devam etme kararı alınmıştır.

Kariyerinizde başarılar dileriz.
{c} İnsan Kaynakları
""")
add("tr-short", R, "{s} <{s}@{d}>", "Ynt: görüşme", """
Merhaba {n}, görüşme için tekrar teşekkürler. Pozisyon için başka bir adayla anlaştık. Başarılar dilerim. {s}
""")
add("pl-formal", R, "Rekrutacja {c} <rekrutacja@{d}>", "Dotyczy: {r}", """
Szanowna Pani / Szanowny Panie {n},

dziękujemy za udział w procesie rekrutacyjnym na stanowisko {r}. Po analizie wszystkich zgłoszeń zdecydowaliśmy się kontynuować rozmowy z osobami, których doświadczenie lepiej odpowiada naszym potrzebom.

Życzymy powodzenia.
Zespół Rekrutacji {c}
""")
add("pl-short", R, "{s} <{s}@{d}>", "Odp: Odp: rozmowa", """
Cześć {n}, dzięki za rozmowę. Niestety wybraliśmy innego kandydata na to stanowisko. Trzymam kciuki! {s}
""")
add("sv-portal", R, "{c} Rekrytering <noreply@{d}>", "Angående din ansökan: {r}", """
Hej {n},

Stort tack för att du sökte {r} hos oss. Urvalet är klart och vi fortsätter processen med personer vars bakgrund ligger närmare det vi söker.

Hoppas du hittar rätt snart!
{c}
""")
add("sv-personal", R, "{s} <{s}@{d}>", "SV: SV: intervju", """
Hej {n},

tack igen för ett trevligt samtal i tisdags. Vi har nu bestämt oss för en annan kandidat som har jobbat med liknande system tidigare.

Allt gott,
{s}
""")
add("no-formal", R, "{c} HR <hr@{d}>", "Søknad på stilling som {r}", """
Hei {n},

Takk for din søknad på stillingen som {r}. Vi har nå gjennomført intervjuer og har valgt å gå videre med en annen kandidat.

Vi ønsker deg lykke til videre.
Med vennlig hilsen
{c}
""")
add("no-short", R, "{s} <{s}@{d}>", "Re: stillingen", """
Hei {n}, takk for praten. Stillingen er nå besatt. Lykke til! Hilsen {s}
""")
add("da-formal", R, "{c} Rekruttering <job@{d}>", "Vedrørende din ansøgning", """
Kære {n},

Tak for din ansøgning til stillingen som {r}. Vi har modtaget mange kvalificerede ansøgninger, og vi har valgt at gå videre med andre kandidater, hvis profil passer bedre til stillingen.

Held og lykke fremover.
Venlig hilsen
{c}
""")
add("da-short", R, "{s} <{s}@{d}>", "SV: samtale", """
Hej {n}, tak for samtalen i fredags. Vi har valgt en anden kandidat til stillingen. Alt godt, {s}
""")
add("de-portal", R, "{c} Karriere <karriere@{d}>", "Ihre Bewerbung als {r}", """
Hallo {n},

vielen Dank für Ihre Bewerbung und das Interesse an {c}. Nach sorgfältiger Prüfung haben wir uns für Bewerberinnen und Bewerber entschieden, deren Profil noch besser zu unseren Anforderungen passt.

Wir wünschen Ihnen für Ihren weiteren Weg alles Gute.
Ihr Recruiting-Team
""")
add("de-personal", R, "{s} <{s}@{d}>", "AW: AW: unser Gespräch", """
Hi {n},

danke nochmal für das nette Gespräch letzte Woche. Wir haben die Stelle inzwischen mit einer Kollegin besetzt, die schon länger im Team als Werkstudentin war.

Viele Grüße
{s}
""")
add("fr-portal", R, "Recrutement {c} <recrutement@{d}>", "Votre candidature - {r}", """
Bonjour {n},

Nous vous remercions de l'intérêt que vous portez à {c}. Après étude attentive de votre dossier, nous avons retenu des profils correspondant davantage aux besoins du poste de {r}.

Nous vous souhaitons une belle réussite dans vos recherches.
L'équipe Recrutement
""")
add("fr-personal", R, "{s} <{s}@{d}>", "RE: RE: entretien de mardi", """
Bonjour {n},

Merci encore pour notre échange de mardi. Le poste a finalement été pourvu par une candidate interne.

Belle continuation,
{s}
""")
add("es-portal", R, "Talento {c} <talento@{d}>", "Actualización de tu candidatura", """
Hola {n},

Gracias por tu interés en el puesto de {r}. Tras revisar todas las candidaturas, hemos decidido continuar con otros perfiles que se ajustan más a lo que buscamos en este momento.

Te deseamos mucha suerte.
Equipo de Talento
""")
add("es-personal", R, "{s} <{s}@{d}>", "RE: entrevista", """
Hola {n}, gracias por la entrevista del jueves. Al final el puesto lo ha ocupado otra persona del equipo. Un saludo y mucha suerte, {s}
""")
add("nl-portal", R, "{c} Werving <werving@{d}>", "Je sollicitatie als {r}", """
Beste {n},

Bedankt voor je sollicitatie en je interesse in {c}. We hebben besloten verder te gaan met kandidaten van wie het profiel beter aansluit bij de functie.

Veel succes met je verdere zoektocht.
Met vriendelijke groet,
Team Werving
""")
add("it-portal", R, "Selezione {c} <selezione@{d}>", "La tua candidatura per {r}", """
Gentile {n},

la ringraziamo per l'interesse dimostrato verso {c}. Dopo un'attenta valutazione, abbiamo deciso di proseguire con altri candidati il cui profilo risulta più in linea con la posizione.

Cordiali saluti,
Ufficio Selezione
""")
add("pt-portal", R, "Recrutamento {c} <rh@{d}>", "A sua candidatura: {r}", """
Olá {n},

Agradecemos o seu interesse na vaga de {r}. Após análise, decidimos avançar com outros candidatos cujo perfil se adequa melhor aos requisitos da função.

Desejamos-lhe sucesso.
Equipa de Recrutamento
""")
# ================================================================ confirmations that talk about a refusal not yet made
add("conf-should-not", APP, "{c} Careers <careers@{d}>", "We received your application: {r}", """
Hi {n},

Thanks for putting yourself forward for {r}; the recruiters now have your details.

Should you not be selected for this one, your CV stays with us for half a year and we may ring you about something similar.

Best,
{c} Careers
""")
add("conf-not-heard", APP, "Recruitment <recruitment@{d}>", "Application acknowledgement", """
Dear {n},

Just a line to say your {r} application has arrived safely.

Silence from us for three weeks after the advert closes means it didn't make the cut this time; we're grateful you thought of us.

Recruitment Team
""")
add("conf-either-way", APP, "{s} at {c} <{s}@{d}>", "Thanks for applying!", """
Hey {n},

Just a quick note to say your application for {r} landed safely. We read every single one ourselves, so it may take a couple of weeks.

Either way we'll keep your details and let you know the outcome.

{s}
""")
add("conf-shortlisted-only", APP, "no-reply@{d}", "Application received - {r}", """
Thank you for your application.

Due to the high volume of applications we receive, we are unable to reply to each applicant individually. Only shortlisted candidates will be contacted.

{c}
""")
add("conf-volume-individually", APP, "{c} Talent Acquisition <ta@{d}>", "Your application to {c}", """
Dear {n},

We have successfully received your application for {r}. Our team is reviewing all applications carefully.

Because of the very high number of responses, we may not be able to give individual feedback to candidates who are not progressed. We appreciate your understanding.

Kind regards,
Talent Acquisition
""")
add("conf-match-only", APP, "Jobs at {c} <jobs@{d}>", "Thanks, {n} - we've got it", """
Hi {n},

Your {r} application is in our system. A recruiter gets in touch only where your profile and the brief line up.

Meanwhile you can find our news on LinkedIn.

The {c} team
""")
add("conf-unsuccessful-pool", APP, "{c} HR <hr@{d}>", "Application received", """
Dear {n},

Thank you for applying for {r}. We will review your application against the criteria and aim to respond within 15 working days.

If your application is unsuccessful this time, we would like to add you to our talent pool - let us know if you prefer us not to.

HR Team
""")
add("conf-weeks-then-unsuccessful-long", APP, "Council Recruitment <jobs@{d}>", "Thank you for your application - ref 26/0881", """
Dear {n},

Your form for {r} (reference 26/0881) arrived today - thank you.

Applications close 30 days after the advert went live and shortlisting happens in the fortnight after that. No word from us a month after the advert shuts means you weren't shortlisted this time round.

Our recruitment is carried out in line with our equal opportunities policy.

Resourcing Team
""")
add("conf-regret-not-all", APP, "{c} <noreply@{d}>", "Application confirmation", """
Hello {n},

Submitted: {r}.

We regret that we can't interview everybody, though a person on the team reads every form. Progress shows up under My Applications.
""")
add("conf-future-roles", APP, "{s} <{s}@{d}>", "re: your application", """
Hi {n},

Got your application and CV, thank you! The hiring manager is away until Monday, so give us a week or so.

Even if this particular role doesn't work out, we're growing fast and I'd love to keep you in mind for future ones.

{s}
""")
add("conf-rejection-explained", APP, "Careers {c} <careers@{d}>", "About your application", """
Dear {n},

Thanks for applying for {r}! Here is how our process works:
1. Application review (up to 2 weeks)
2. Phone screen
3. Technical interview
4. Final interview

We will let you know the result at each stage, whether you move forward or not. Nobody gets ghosted here.

Good luck!
""")
add("conf-not-progress-if", APP, "Graduate Recruitment <grads@{d}>", "Application submitted: Graduate Programme", """
Hi {n},

Thank you for submitting your application to our Graduate Programme.

Next you will receive an invitation to our online tests. If you do not progress past the tests, we will let you know by email, and you will be welcome to apply again next year.

Graduate Recruitment
""")
add("conf-public-sector", APP, "Recruitment Portal <no-reply@{d}>", "Application received for announcement {C}-26-0522", """
Dear {n},

We have received your application for {r} under announcement {C}-26-0522.

Your application will be reviewed to determine whether you meet the qualification requirements. Applicants found ineligible or not among the best qualified will be notified once the review is complete.

Status: Received
""")
add("conf-agency", APP, "{s} | {c} Staffing <{s}@{d}>", "Thanks for registering", """
Hi {n},

Thanks for registering with {c} and sending your CV for the {r} job. I'll review it and if it's a good fit I'll put you forward to the client.

If the client decides not to take you forward I'll let you know, and we'll look at other roles together.

{s}
""")
add("conf-intern", APP, "Early Careers <earlycareers@{d}>", "Internship application received", """
Dear {n},

Thank you for applying to the {c} Summer Internship Programme. We've received your application.

We expect to make decisions by the end of February. Places are limited and not every applicant can be offered a place, but we will reply to everyone.

Early Careers Team
""")
add("conf-footer-long", APP, "{c} Careers <careers@{d}>", "Application submitted: {r}", """
Hello {n},

Your {r} application reached us in one piece. Someone from the team will write to you.

________________________________________
Explore life at {c}
Meet our people | Benefits | Early careers | Locations
Sign up to Talent Circle for first word on openings.
Hiring at {c} is blind to background. This note went to you as someone in our applicant records. Preferences | Privacy
""")
add("conf-nonnative", APP, "{s} <{s}@{d}>", "Your application", """
Dear {n},

thank you for send us your application for {r}. We will check it and come back to you in two weeks maximum. In case we don't choose you for this position, we keep your CV for next positions if you agree.

Best regards
{s}
""")
add("conf-typo", APP, "{s} <{s}@{d}>", "recieved", """
hi {n} thansk for the applicaiton, we got it. will get back to you either way once we've talked to everyone. {s}
""")
add("conf-ps-note", APP, "{c} Jobs <jobs@{d}>", "Thank you for your application", """
Dear {n},

We're delighted you want to join {c}! Your application for {r} is in, and a recruiter will review it shortly.

P.S. Please don't be discouraged if you don't hear back quickly - our team reads everything, and we always reply once a decision is made.
""")
# other-language confirmations with conditionals
add("cs-conf", APP, "Kariéra {c} <kariera@{d}>", "Potvrzení přijetí žádosti", """
Dobrý den, {n},

děkujeme, vaši žádost na pozici {r} jsme přijali. Pokud se vám do tří týdnů neozveme, znamená to, že jsme vybrali jiné uchazeče. Váš životopis si však rádi ponecháme pro budoucí pozice.

Tým náboru
""")
add("el-conf", APP, "Τμήμα Προσωπικού <hr@{d}>", "Παραλαβή αίτησης", """
Αγαπητέ/ή {n},

Λάβαμε την αίτησή σας για τη θέση {r}. Θα επικοινωνήσουμε μόνο με τους υποψηφίους που θα επιλεγούν για συνέντευξη. Σε κάθε περίπτωση, θα διατηρήσουμε το βιογραφικό σας για μελλοντικές θέσεις.

Με εκτίμηση,
{c}
""")
add("fi-conf", APP, "Rekrytointi <rekry@{d}>", "Kiitos hakemuksestasi", """
Hei {n},

olemme vastaanottaneet hakemuksesi tehtävään {r}. Ilmoitamme kaikille hakijoille valinnasta, jos et tule valituksi, kerromme siitä sähköpostitse.

Ystävällisin terveisin,
{c}
""")
add("hu-conf", APP, "{c} HR <hr@{d}>", "Jelentkezését megkaptuk", """
Kedves {n}!

Köszönjük, megkaptuk jelentkezését a(z) {r} pozícióra. Amennyiben nem Önt választjuk, adatait hozzájárulásával további hat hónapig megőrizzük.

Üdvözlettel,
{c}
""")
add("ro-conf", APP, "Resurse Umane <hr@{d}>", "Am primit candidatura ta", """
Bună, {n},

Îți mulțumim pentru candidatura la postul de {r}. Vom contacta doar candidații selectați pentru interviu. Dacă nu vei fi selectat acum, îți vom păstra CV-ul pentru oportunități viitoare.

Echipa {c}
""")
add("tr-conf", APP, "{c} İK <ik@{d}>", "Başvurunuz alındı", """
Merhaba {n},

{r} pozisyonu için başvurunuz bize ulaştı. Yoğun başvuru nedeniyle yalnızca uygun görülen adaylarla iletişime geçilecektir. Olumsuz sonuçlanması durumunda bilgileriniz bir yıl boyunca saklanacaktır.

{c}
""")
add("pl-conf", APP, "Rekrutacja <rekrutacja@{d}>", "Potwierdzenie aplikacji", """
Dzień dobry {n},

dziękujemy za przesłanie aplikacji na stanowisko {r}. Informujemy, że skontaktujemy się tylko z wybranymi osobami. Jeśli nie otrzymasz odpowiedzi w ciągu 30 dni, prosimy uznać, że tym razem nie zakwalifikowałeś/aś się do dalszego etapu.

Zespół {c}
""")
add("sv-conf", APP, "{c} Rekrytering <noreply@{d}>", "Tack för din ansökan", """
Hej {n},

Vi har tagit emot din ansökan till tjänsten som {r}. Oavsett utfall kommer vi att höra av oss när urvalet är klart.

Vänliga hälsningar,
{c}
""")
add("no-conf", APP, "{c} <jobb@{d}>", "Bekreftelse på mottatt søknad", """
Hei {n},

Takk for søknaden på stillingen som {r}. Vi kontakter kandidater som går videre i prosessen. Hvis du ikke blir valgt, beholder vi søknaden din i seks måneder.

Med vennlig hilsen
{c}
""")
add("da-conf", APP, "{c} <job@{d}>", "Tak for din ansøgning", """
Kære {n},

Vi har modtaget din ansøgning som {r}. Hvis du ikke har hørt fra os inden fire uger, er du ikke gået videre denne gang.

Venlig hilsen
{c}
""")
add("de-conf", APP, "{c} Karriere <karriere@{d}>", "Eingangsbestätigung Ihrer Bewerbung", """
Hallo {n},

vielen Dank für Ihre Bewerbung als {r}. Wir prüfen Ihre Unterlagen sorgfältig und melden uns innerhalb von drei Wochen. Sollten wir Sie für diese Position nicht berücksichtigen können, speichern wir Ihre Unterlagen gerne für künftige Stellen.

Ihr Recruiting-Team
""")
add("fr-conf", APP, "Recrutement <recrutement@{d}>", "Accusé de réception", """
Bonjour {n},

Votre dossier pour le poste de {r} nous est bien parvenu. Si vous restez sans nouvelles d'ici quatre semaines, c'est que nous n'aurons pas pu donner suite cette fois-ci.

L'équipe Recrutement {c}
""")
add("es-conf", APP, "Talento <talento@{d}>", "Hemos recibido tu candidatura", """
Hola {n},

Gracias por aplicar al puesto de {r}. Solo nos pondremos en contacto con las personas preseleccionadas. En cualquier caso, guardaremos tu CV para futuras oportunidades.

Equipo de Talento {c}
""")
add("nl-conf", APP, "{c} Werving <werving@{d}>", "Bevestiging sollicitatie", """
Beste {n},

We hebben je sollicitatie voor {r} goed ontvangen. Je hoort binnen twee weken of je door bent naar de volgende ronde, ook als het antwoord nee is.

Met vriendelijke groet,
{c}
""")
add("it-conf", APP, "Selezione <selezione@{d}>", "Conferma candidatura", """
Gentile {n},

abbiamo ricevuto la sua candidatura per {r}. Saranno contattati esclusivamente i candidati ritenuti in linea con il profilo ricercato.

Cordiali saluti,
{c}
""")
add("pt-conf", APP, "Recrutamento <rh@{d}>", "Candidatura recebida", """
Olá {n},

Recebemos a sua candidatura para {r}. Caso não seja selecionado(a) para esta vaga, manteremos os seus dados para futuras oportunidades.

Equipa {c}
""")
# ================================================================ twins: rejection skeletons, decision sentence not (yet) a refusal
add("twin-ats-status-review", APP, "{c} Careers <do-not-reply@{d}>", "Your candidate profile has been updated", """
Job: {r}
Requisition: JR-44170
Status: In Review
Updated: by recruiter

Sign in to see all your applications.
""")
add("twin-ats-status-change", OTHER, "{c} via Workday <noreply@{d}>", "Application status update", """
Hi {n},

The status of your application for {r} (R-20931) has changed.

Your application has moved to the Hiring Manager Review step.

Log in to your candidate home to view details.
""")
add("twin-public-referred", OTHER, "USAJOBS-style Notifications <no-reply@hiring.{d}>", "Application status for announcement {C}-26-0418", """
Dear {n},

Your application for the position of {r}, announcement number {C}-26-0418, has been reviewed.

Status: Referred

Your name was referred to the selecting official, who may contact you for an interview.

This message was sent by the hiring agency. Please do not reply.
""")
add("twin-ats-html-table", APP, "{c} Recruiting <recruiting@{d}>", "Your applications at {c}", """
<table><tr><th>Position</th><th>Submitted</th><th>Status</th></tr>
<tr><td>{r}</td><td>02/11</td><td>Under review</td></tr></table>
<p>Hi {n}, thanks for applying. The hiring team is reviewing applications and will be in touch.</p>
<p>{c} Recruiting</p>
""")
add("twin-thread-still-deciding", OTHER, "{s} Marchetti <{s}@{d}>", "RE: [EXT] Re: Thursday chat - {r}", """
Hi {n},

Really appreciated you making the time on Thursday, and sorry this has taken longer than I promised. The panel is still going back and forth on this one.

We have one more candidate to meet on Monday, and we'll make a decision by the end of next week. I'll call you either way.

Your portfolio walk-through was one of the highlights of the week for me personally.

Warmly,
{s}

-----Original Message-----
From: {n}
Subject: Re: [EXT] Re: Thursday chat - {r}

Hi {s}, just checking in on timing - thanks again!
""")
add("twin-warm-long-pending", OTHER, "{s} Abara <{s}@{d}>", "Thank you, {n}", """
Dear {n},

I wanted to write to you myself rather than send a standard letter. Over the last month you've met six of us, completed a take-home exercise that clearly took real care, and asked some of the most thoughtful questions we heard from anyone.

We have a hard choice at the end between two excellent people, and we want to get it right. The decision will come from our CEO after her return on the 20th; I'll ring you that afternoon, whatever the outcome.

Thank you for your patience.

{s}
Head of Product, {c}
""")
add("twin-intern-assessment", NEXT, "Early Careers at {c} <earlycareers@{d}>", "Summer Internship Programme - next stage", """
Dear {n},

Thanks for applying to the {c} Summer Internship Programme and sitting the online tests.

More than 6,000 students went for 80 places this year. We are pleased to invite you to our virtual assessment day on 14 March. Please book a slot using the link below within five days.

Early Careers Team
""")
add("twin-jobalert-review", APP, "no-reply@{d}", "Update on {r}", """
Hi {n},

Your application for the {r} vacancy is being reviewed by the hiring team.

---------------------------------------------
JOBS YOU MIGHT LIKE
Senior {r} - Hybrid - Apply now
Operations Lead - On-site - Apply now
See all 148 open roles >
---------------------------------------------
You are subscribed to job alerts from {c}. Unsubscribe or change frequency here.
""")
add("twin-recruiter-forward", NEXT, "{s} Devereux <{s}@{d}>", "Great speaking earlier", """
Hi {n},

Great speaking earlier and thanks for being so open. As I mentioned on the phone, my client would like to take you forward for the {r} role - they liked that you've managed a team before.

Also, I've got a contract role with a fintech in the city that might interest you, 6 months. Want me to send the spec over?

Speak soon,
{s}
Senior Consultant, {c} Recruitment
""")
add("twin-sv-portal", APP, "{c} Rekrytering <noreply@{d}>", "Angående din ansökan: {r}", """
Hej {n},

Stort tack för att du sökte {r} hos oss. Vi går nu igenom alla ansökningar och återkommer till dig inom två veckor.

Lycka till!
{c}
""")
add("twin-de-portal", INT, "{c} Karriere <karriere@{d}>", "Ihre Bewerbung als {r}", """
Hallo {n},

vielen Dank für Ihre Bewerbung und das Interesse an {c}. Ihr Profil hat uns überzeugt, und wir möchten Sie gern zu einem ersten Gespräch per Video einladen. Bitte wählen Sie einen Termin über den Link unten.

Ihr Recruiting-Team
""")
# ================================================================ interviews and next steps that mention other candidates
add("int-three-finalists", INT, "{s} <{s}@{d}>", "Final interview - {r}", """
Hi {n},

Good news: you're through to the final stage for {r}. We're meeting three finalists next week, each for 90 minutes with the leadership team. Could you do Tuesday at 10:00 or Thursday at 14:00?

{s}
""")
add("int-not-everyone", NEXT, "{s} at {c} <{s}@{d}>", "You're moving on!", """
Hey {n},

Not everyone moves on from the phone screen, but you do! The next step is a 60-minute technical conversation with two engineers. I'll send a few time options tomorrow.

{s}
""")
add("int-others-declined-you-not", INT, "Recruiting <recruiting@{d}>", "Invitation to interview", """
Dear {n},

We received more than 200 applications for {r} and have shortlisted a small group, including you. We would like to invite you to interview on 3 April at our office.

Please confirm your attendance by replying to this email.

Recruiting, {c}
""")
add("int-thread-next-round", INT, "{s} Oyelaran <{s}.oyelaran@{d}>", "RE: [EXT] RE: next steps?", """
Hey {n},

thanks for nudging me. The hiring manager wants to see you for a second round - she's narrowed it down to you and one other person. Would Wednesday work?

Best
{s}
Talent Partner | {c}

From: {n}
Subject: RE: [EXT] RE: next steps?
Hi {s}, any news on the {r} role?
""")
add("next-case-study", NEXT, "{c} Hiring <jobs@{d}>", "Next step: case study", """
Hi {n},

Thanks for your time on the phone. We'd like you to complete a short case study (about 3 hours) and send it back within a week. Candidates who don't submit by the deadline can't be considered, so do let us know if you need more time.

Good luck!
""")
add("next-assessment-deadline", NEXT, "Assessments <assessments@{d}>", "Action required: online assessment", """
Hello {n},

You have been invited to complete the online assessment for {r}. Please complete it by Sunday 23:59. Incomplete assessments will be treated as a withdrawal.

Good luck.
""")
add("next-references", NEXT, "{s} <{s}@{d}>", "References", """
Hi {n},

We've decided to move you to the reference stage for {r}. The other candidates in the process have been informed that we're pausing with them. Could you send me two referees by Friday?

Thanks,
{s}
""")
add("int-public-interview", INT, "Civil Service Jobs <noreply@{d}>", "Invitation to interview - {r}", """
Dear {n},

Congratulations, you have passed the sift for the role of {r}. Please book your interview slot using the link within 3 working days. Unfortunately we cannot guarantee a slot if you book late.

Civil Service Resourcing
""")
add("int-fi", INT, "{s} <{s}@{d}>", "Kutsu haastatteluun", """
Hei {n},

kiitos hakemuksestasi. Haluaisimme kutsua sinut haastatteluun tehtävään {r}. Haastattelemme kolmea hakijaa ensi viikolla. Sopisiko tiistai klo 13?

Terveisin,
{s}
""")
add("int-pl", INT, "Rekrutacja <rekrutacja@{d}>", "Zaproszenie na rozmowę", """
Dzień dobry {n},

dziękujemy za aplikację na stanowisko {r}. Z wielu zgłoszeń wybraliśmy kilka osób, w tym Panią/Pana, i chcielibyśmy zaprosić na rozmowę w przyszłym tygodniu.

Pozdrawiamy,
{c}
""")
add("int-tr", INT, "{c} İK <ik@{d}>", "Mülakat daveti", """
Merhaba {n},

{r} pozisyonu için yaptığınız başvuru olumlu değerlendirilmiştir. Sizi önümüzdeki hafta bir görüşmeye davet etmek isteriz. Uygun olduğunuz saatleri paylaşabilir misiniz?

{c}
""")
add("int-es", INT, "{s} <{s}@{d}>", "Entrevista para {r}", """
Hola {n},

Nos ha gustado mucho tu perfil. Estamos entrevistando a varios candidatos esta semana y nos gustaría conocerte. ¿Te viene bien el jueves a las 11?

Un saludo,
{s}
""")
# ================================================================ offers
add("offer-warm", OFFER, "{s} <{s}@{d}>", "Offer - {r}", """
Hi {n},

I'm thrilled to tell you that we'd like to offer you the {r} position! It was a very competitive process, and you stood out to everyone. The formal offer letter is attached; take the weekend to think it over.

{s}
""")
add("offer-thread", OFFER, "{s} Lindgren <{s}@{d}>", "RE: [EXT] Re: Final round", """
Dear {n},

Many thanks for the final-round visit. I'm delighted to let you know that the panel has chosen you, and we would like to offer you the {r} role. HR will send the contract today.

Kind regards,
{s}
""")
add("offer-conditional", OFFER, "HR {c} <hr@{d}>", "Conditional offer of employment", """
Dear {n},

We are pleased to make you a conditional offer for the post of {r}, subject to satisfactory references and a background check. If either is unsatisfactory the offer may be withdrawn.

Please sign and return the attached by 12 May.

HR
""")
add("offer-de", OFFER, "{s} <{s}@{d}>", "Unser Angebot", """
Hallo {n},

wir freuen uns sehr, Ihnen die Stelle als {r} anbieten zu können. Den Vertragsentwurf finden Sie im Anhang.

Viele Grüße
{s}
""")
add("offer-sv", OFFER, "{s} <{s}@{d}>", "Erbjudande om anställning", """
Hej {n},

vi vill gärna erbjuda dig tjänsten som {r}! Avtalet kommer i ett separat mejl.

Hälsningar,
{s}
""")
# ================================================================ other job mail
add("withdraw-confirm", OTHER, "{c} Careers <careers@{d}>", "Withdrawal confirmed", """
Hi {n},

This confirms that you have withdrawn your application for {r}. We're sorry to see you go, and you're welcome to apply again in future.
""")
add("neutral-status", OTHER, "{c} <noreply@{d}>", "Your application status", """
Hi {n}, the status of your application for {r} is now: Interview scheduling. A coordinator will reach out soon.
""")
add("alert-closed-similar", ALERT, "Job alerts <alerts@{d}>", "This role has closed - similar roles for you", """
Hi {n},

The {r} role you saved has closed and is no longer accepting applications.

Similar roles:
- {r} II - Remote
- Associate {r} - Hybrid
- Lead {r} - On-site

Manage alerts
""")
add("alert-weekly", ALERT, "{c} Jobs <alerts@{d}>", "12 new jobs matching your search", """
New jobs for "{r}":
{r} - {c} - posted 2 days ago
Junior {r} - posted today
Senior {r} - posted 1 week ago
You're receiving this because you created a job alert.
""")
add("candidate-survey", OTHER, "{c} Candidate Experience <survey@{d}>", "How did we do?", """
Hi {n},

Whatever the outcome of your application for {r}, we'd love to hear how the process felt. The survey takes three minutes and is anonymous.

Thank you!
""")
add("account-gdpr", OTHER, "Privacy <privacy@{d}>", "Your candidate data", """
Dear {n},

Your {c} candidate account has been inactive for 24 months. In line with our retention policy your data will be deleted in 30 days unless you log in.
""")
add("reschedule", OTHER, "{s} <{s}@{d}>", "Need to move our call", """
Hi {n}, so sorry, something came up - can we move Thursday's interview to Friday same time? {s}
""")
add("role-reopened", OTHER, "{s} <{s}@{d}>", "{r} is back open", """
Hi {n},

You may remember the {r} role that was put on hold in the spring. Good news: it has reopened and we'd love to reconsider your application if you're still interested.

{s}
""")
# ================================================================ not job mail, rejection words
add("nj-card-declined", NONJOB, "Billing <billing@{d}>", "Payment declined", """
Hi {n},

Your card ending 4417 was declined when we tried to renew your subscription. Please update your payment method to avoid interruption.
""")
add("nj-tender-lost", NONJOB, "Procurement <procurement@{d}>", "Tender outcome: ref T-2291", """
Dear {n},

Thank you for submitting a bid for the grounds maintenance contract. We regret to inform you that your bid was not successful; the contract has been awarded to another supplier.

Procurement Team
""")
add("nj-rental", NONJOB, "{s} Lettings <{s}@{d}>", "Flat at 14 Larch Road", """
Hi {n}, thanks for viewing the flat. The landlord has chosen another applicant, so it's no longer available. We have two similar flats coming up next month if you're interested. {s}
""")
add("nj-grant", NONJOB, "Grants Office <grants@{d}>", "Your grant application", """
Dear {n},

The panel has completed its review of this round. We are sorry to tell you that your application for community funding was not selected. Feedback is available on request.
""")
add("nj-talk", NONJOB, "Program Committee <pc@{d}>", "Talk proposal decision", """
Dear {n},

Thank you for submitting a talk to our conference. We received 540 proposals for 60 slots, and unfortunately we were not able to accept yours this year.
""")
add("nj-school", NONJOB, "Admissions <admissions@{d}>", "School place allocation", """
Dear parent/guardian of {n},

We are unable to offer a place at your first preference school. Your child has been offered a place at your second preference. You may join the waiting list.
""")
add("nj-pr-closed", NONJOB, "GitHub-style notifications <notifications@{d}>", "[repo] Closed: add retry to uploader (#812)", """
@{n} your pull request #812 was closed without merging by {s}.

"Thanks for this! We decided to go another way and fix it in the client instead."
""")
add("nj-visa-appointment", NONJOB, "Appointments <no-reply@{d}>", "Booking not confirmed", """
{n}, your appointment request could not be confirmed because no slots are available. Your request has been rejected; please try again later.
""")
add("nj-insurance-claim", NONJOB, "Claims <claims@{d}>", "Claim 55-0193 decision", """
Dear {n},

After reviewing your claim we are unable to approve it, because the damage is not covered under your policy. You may appeal within 30 days.
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
                "r": rng.choice(ROLES),
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
                "id": f"written13:{prefix}-{counters[prefix]:03d}",
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
    read = ["blind-slice.jsonl"] + [f"blind-slice-{i}.jsonl" for i in range(2, 11)]  # never the held-out 11 or sealed 12
    files = sorted(HERE.parent.glob("*.jsonl")) + [HERE / name for name in read]
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
