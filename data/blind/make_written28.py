# ruff: noqa: E501, S311
"""Write data/blind/written-28.jsonl: training mail, sixteenth batch (other mail in new shapes).

Twenty-first pass, part Q. Sealed slices' precision at filing has stuck at 0.958-0.969: each new
slice files three or four other mails (confirmations, "other job" mail) in shapes no training
file held. written-27 was breadth for rejections; this batch is breadth for the OTHER mail that
looks like a rejection, written before any slice brings it. Every message is ``not_rejection``:
the shapes of real rejections with the deciding sentence absent, conditional or about something
that is not the reader's candidacy.

* ``application_received``: confirmations from invented ATSs, portals, agencies, public bodies,
  small employers and reply threads that talk about a refusal that has not happened
  (conditionals, silence rules, "either way", FAQ questions, outcome lists, status tables with an
  empty or pending outcome, "we only write if", a closing date);
* ``other_job``: hiring paused or cancelled with the application kept, a withdrawal the reader
  asked for, a record updated, a talent-pool notice, a reference request about someone else, a
  colleague's appointment, a rota note, a job alert listing closed posts;
* ``non_job_rejection_words``: refusals and closures of things that are no job, in job-like words
  (a tenancy, a grant, a course place, a club, a permit, a volunteer shift);
* about a tenth in languages the project reads (German, French, Spanish, Dutch, Italian,
  Portuguese, Swedish).

    python data/blind/make_written28.py           # writes the file (seed 280281)
    python data/blind/make_written28.py --langs   # make-up by kind, frame and language
    python data/blind/make_written28.py --check   # 6-word-shingle overlap with the other data

Stdlib only; two runs give byte-identical output.
"""

from __future__ import annotations

import random
import re
import sys
import unicodedata
from collections import Counter
from datetime import datetime, timedelta
from pathlib import Path

SEED = 280281
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
# the scaffolding every batch shares (data/blind/batch_tools.py, beside this file)
from batch_tools import finish, lengths, makeup, run, sealed  # noqa: E402

OUT = HERE / "written-28.jsonl"
SEALED = sealed(20)  # never opened, skipped by name (an earlier first, as when written)
PROVENANCE = "written for rejectwatch issue 11 twenty-first pass as training mail, sixteenth batch, other mail in new shapes (make_written28.py)"
PREFIX = "blindw28"  # the read-slice prefix: train-only in grouped CV, weight READ_SLICE_WEIGHT
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December")

# Templates: (id, kind, frames for the three copies, subject, core). Fields in braces are filled
# per copy: first, full, org, role, ref, date, hm, hm_full, city, n, ats, wd.
AR = "application_received"
OJ = "other_job"
NJ = "non_job_rejection_words"

CONFIRM = (
    ("ats-table", AR, ("ats", "html", "ats"), "Your application: {role}",
     "{role}: your application is logged as {ref}.\n\nStage | Status | Outcome\nSubmitted | Done | -\nScreening | Queued | pending\nPanel | Not started | -\n\nThe outcome column fills in once the panel has met. Nothing in it yet means nothing has been decided."),
    ("silence-14", AR, ("note", "portal", "sms"), "{role} - got it",
     "Your CV for {role} landed safely. Shortlisting happens on {date}. If the phone hasn't rung within fourteen days of that, assume the panel went another way this round; we're a team of four and cannot write to everybody."),
    ("either-way", AR, ("letter", "note", "html"), "Acknowledgement - {role}",
     "This confirms that your papers for {role} arrived complete. Either way the decision falls, you will hear from me personally by {date}, and if it is a no I will say why."),
    ("faq-why", AR, ("ats", "html", "ats"), "Received: {role} at {org}",
     "Application {ref} is in.\n\nQuestions people ask us\nWhy was I turned down without an interview? - Usually because the essential criteria were not shown in the form. You can ask for feedback once a decision is made.\nCan I apply again? - Yes, for any other vacancy, at any time.\nWhen will I know? - Usually by the end of the third week after the advert comes down."),
    ("outcome-list", AR, ("portal", "ats", "letter"), "{role}: what happens next",
     "Your application for {role} is now with the recruiting manager. From here there are three possible outcomes:\n1. an invitation to a structured interview;\n2. a place on our reserve list for six months;\n3. a note that your application will not progress on this occasion.\nWhichever it is, it reaches you by e-mail from this address."),
    ("only-if", AR, ("sms", "note", "portal"), "Thanks, {first}",
     "A phone call comes only if your skills line up with {role}. A quiet inbox in the first fortnight means nothing in itself; the team is at a trade fair until {date}."),
    ("deadline-close", AR, ("html", "ats", "letter"), "{role} - applications close {date}",
     "Your draft for {role} was saved but is not yet submitted. Applications close at noon on {date}; after that, unsent drafts are removed and cannot be considered. Press Submit on the last page to send it."),
    ("thread-any-news", AR, ("reply", "reply", "reply"), "Re: {role}",
     "Nothing to report yet, sorry - the hiring manager hasn't gone through the pile. I'd rather not guess; it could go either way. The moment a decision lands, good or bad, I'll ping you."),
    ("thread-worried", AR, ("reply", "reply", "reply"), "Re: did I mess up the form?",
     "You didn't mess anything up. The form marked you 'incomplete' only because the reference section saves separately. You're in the pool for {role} and nobody has been ruled in or out yet."),
    ("agency-cv-sent", AR, ("note", "note", "sms"), "Your CV is with {org}'s client",
     "Quick update: I've sent your profile over for the {role} brief. The client sometimes goes quiet for a week, which doesn't mean they've passed. If they decide against, I'll still tell you and the two of us can sit down over the next brief."),
    ("public-body", AR, ("letter", "letter", "portal"), "Recruitment campaign {ref}",
     "Your application in campaign {ref} ({role}) has been registered. Anyone failing the eligibility conditions is informed in writing before the sift. If you have had no such letter by {date}, you have been found eligible and your form goes to the sift panel."),
    ("small-employer", AR, ("note", "sms", "note"), "bakery job",
     "Cheers for bringing your CV round, {first}. We're choosing between a few people for the early shift. Whatever we decide, I'll give you a ring on Friday - I hate leaving people hanging."),
    ("portal-status-pending", AR, ("portal", "ats", "html"), "Status update on {ref}",
     "Your candidate status changed.\n\nPrevious: Submitted\nCurrent: Under review\nDecision: (none recorded)\n\nA decision is recorded here first and then sent to you by e-mail."),
    ("auto-ack-unsuccessful-note", AR, ("ats", "html", "ats"), "We received your application",
     "Your application for {role} reached us. Given how many forms pour in each week, unsuccessful candidates at the screening stage get a short automatic message rather than a personal reply. That message has not been sent to you; screening begins on {date}."),
    ("volume-note", AR, ("html", "portal", "note"), "{role} at {org}",
     "Over 300 people applied for {role}. We mention this not to discourage you but so you understand why replies take time. Your file is complete and in the first review batch."),
    ("conditional-rtw", AR, ("ats", "letter", "portal"), "Right to work check - {role}",
     "Before your application for {role} can move on we need a document showing you may legally work here. Without it by {date}, the file may have to stop there. Upload it from your candidate page."),
    ("feedback-policy", AR, ("letter", "html", "note"), "Application reference {ref}",
     "We confirm receipt. Should your application be unsuccessful at any stage, written feedback can be asked for up to 28 days after our decision. Application data is kept for half a year, after which it is erased."),
    ("grad-scheme", AR, ("html", "ats", "html"), "Graduate programme: you're in the pipeline",
     "Stage one (online form) complete. Stage two is the situational test, which opens on {date}. Candidates who do not reach the benchmark in stage two do not continue to the assessment day, so give yourself a quiet forty minutes."),
    ("reply-hr-auto", AR, ("reply", "reply", "note"), "Re: {role} - my application",
     "Thanks for chasing. I checked the system: you're still live for {role}. The panel hasn't reached a view on anybody. I'm not allowed to share the shortlist before it's signed off, sorry."),
    ("school-post", AR, ("letter", "portal", "letter"), "Teaching post {ref}",
     "The headteacher has your application for {role}. Those on the shortlist hear by {date}; those left off it hear from us too, as we reply to every applicant for teaching posts."),
    ("nhs-like", AR, ("portal", "portal", "ats"), "Application {ref} submitted",
     "Application {ref} for {role} was submitted on {date}.\n\nShortlisting outcome: awaiting\nInterview: to be arranged\nConditional offer: -\n\nPlease log in regularly, as messages may be sent only to your account."),
    ("charity", AR, ("note", "html", "letter"), "Your volunteer-to-staff application",
     "It's lovely to see your name in the pile for {role}. We know you've helped at the shop for years, and we'll treat your application just like any other, so try not to take it to heart if the decision is hard to hear; it hasn't been made yet."),
    ("hospitality-sms", AR, ("sms", "sms", "note"), "{org}",
     "{org}: got your application for {role}. Trial shifts are given to a few applicants only. If you haven't heard by {date} we've filled it, no hard feelings."),
    ("speculative", AR, ("note", "letter", "reply"), "Your speculative letter",
     "Thank you for writing on spec. There is no opening for a {role} at present, so there is nothing to reject or accept. I've put your letter in the folder we look at first when one comes up."),
    ("two-roles", AR, ("ats", "html", "ats"), "Your applications at {org}",
     "You applied for two roles.\n\n{role} - received, not yet reviewed\nStore Supervisor - received, not yet reviewed\n\nYou can hold up to three live applications. A role closes on your page only when a decision about you has been made."),
    ("reference-wait", AR, ("letter", "note", "portal"), "{role}: references",
     "Your application stays on hold until both referees reply. If a reference does not arrive within ten working days we'll phone you about an alternative referee rather than withdraw the application."),
    ("multi-lang-ack", AR, ("html", "html", "ats"), "Confirmation / Bestätigung",
     "Your application ({role}) is safely logged. Ihre Bewerbung liegt uns vor. Decisions are announced after {date}; no decision has been taken on any candidate before that date."),
    ("mailbox-full", AR, ("note", "reply", "note"), "Your e-mail about {role}",
     "Your message reached us but the attachment did not open. Could you send the CV as a PDF? Until then your application is only partly on file, but we have not ruled anything out."),
    ("reply-recruiter-maybe", AR, ("reply", "reply", "reply"), "Re: next steps?",
     "Honestly it's 50/50. They liked your portfolio but someone internal may also go for it. If they pick the internal person I'll phone you that very afternoon, and if not you'll be in the final round."),
    ("closing-extended", AR, ("html", "ats", "portal"), "{role}: closing date moved",
     "We have moved the closing date for {role} to {date} to reach more applicants. Your application is already in and does not need to be sent again. No application has been assessed yet."),
    ("apprentice-portal", AR, ("portal", "html", "portal"), "Apprenticeship application received",
     "Your apprenticeship application is through to the employer. Employers choose who to take forward. If they don't choose you, the vacancy disappears from your dashboard and we suggest similar ones; you'll get a note either way."),
    ("council-silence", AR, ("letter", "letter", "letter"), "Vacancy {ref}",
     "This acknowledges your application for {role}. Owing to the costs of postage the Council does not write to applicants left off the shortlist. Interviews are expected in the week of {date}."),
    ("research-post", AR, ("note", "html", "letter"), "{role} - your application",
     "The committee meets on {date} to draw up a shortlist. I cannot say anything about your chances before then, except that your publications list is complete and nothing is missing from the file."),
    ("ats-timeline", AR, ("ats", "ats", "html"), "Application timeline",
     "Your timeline for {role}\n- applied: done\n- recruiter review: in progress\n- hiring manager review: waiting\n- decision: waiting\nYou will be told the decision whatever it is. Most people hear within 21 days."),
    ("thread-colleague", AR, ("reply", "note", "reply"), "Re: Re: the {role} job",
     "Ha, no, they haven't turned anyone down yet - they haven't even opened the folder! Sandeep in HR said they start on {date}. Fingers crossed for you."),
    ("checklist-incomplete", AR, ("portal", "ats", "html"), "Checklist for {role}",
     "Your application is saved.\n[x] personal details\n[x] employment history\n[ ] supporting statement\n[ ] declaration\nIncomplete applications are not reviewed after the closing date, {date}."),
    ("withdraw-option", AR, ("html", "ats", "portal"), "Thanks for applying",
     "Your {role} application arrived. If your plans change, you can withdraw it yourself from your account at any time. The screening result comes to you, successful or not, within a fortnight."),
)

OTHER_JOB = (
    ("freeze-kept", OJ, ("letter", "html", "note"), "{role}: recruitment paused",
     "We have paused recruitment for {role} until next year's budget gets settled. Nobody has been appointed and no applicant has been turned down. Your application stays on file and will be assessed if the post reopens."),
    ("cancelled-kept", OJ, ("note", "letter", "portal"), "{role} - vacancy withdrawn",
     "The {role} vacancy has been withdrawn after a restructure. This is not a decision about you or any applicant. With your consent, your name goes on file for the two new posts being drafted."),
    ("withdrawal-asked", OJ, ("ats", "portal", "note"), "Withdrawal confirmed",
     "As you asked, your application for {role} is now withdrawn. Nothing more is needed from you. Changed your mind before {date}? A one-line reply brings it back."),
    ("record-updated", OJ, ("portal", "ats", "portal"), "Your profile was updated",
     "Changes saved on your candidate record: phone number, notice period (one month). Your live applications are not affected by these changes."),
    ("talent-pool", OJ, ("html", "ats", "html"), "Welcome to the {org} talent community",
     "You joined our talent community. Roles fitting the interests you ticked will come your way. Joining is not an application, so nothing about you is assessed until you apply for a specific job."),
    ("reference-other", OJ, ("letter", "note", "letter"), "Reference request: Tamsin Oduya",
     "Tamsin Oduya is in the running for {role} here and names you as her referee. Could you tell us by {date} how you rate her for the work? Your reply is confidential."),
    ("colleague-appointed", OJ, ("note", "html", "note"), "Welcoming our new {role}",
     "Please join me in welcoming Erasmus Tolhurst, who starts as {role} on {date}. Many of you met him during the interviews. His desk is by the window on the second floor."),
    ("rota-note", OJ, ("sms", "note", "sms"), "Rota next week",
     "Rota change: you're off Tuesday and on the late shift Thursday instead. Sorry, I couldn't give you the Saturday you asked for - Mo had booked it first."),
    ("job-alert-closed", OJ, ("html", "html", "ats"), "Jobs matching 'coordinator'",
     "Fresh and recent matches:\n- {role}, {city} - closed\n- Events Coordinator, remote - closed on {date}\n- Volunteer Coordinator, part-time - open\nClosed adverts stay listed for a week so you can see what was around."),
    ("internal-move", OJ, ("note", "html", "letter"), "Your transfer request",
     "Your transfer to the {city} branch is approved from {date}. Your job title and pay stay the same. Please hand your keys to the duty manager on your last day here."),
    ("payroll", OJ, ("html", "portal", "note"), "Your payslip is ready",
     "Your payslip for this month is ready. Overtime claimed after the cut-off was not included and will be paid next month instead."),
    ("hiring-manager-left", OJ, ("note", "letter", "reply"), "{role} - change of contact",
     "The manager who interviewed you has left {org}. I'm picking up the {role} process. No decision exists yet; I'll read the interview notes this week before getting back to you."),
    ("data-deletion", OJ, ("letter", "ats", "html"), "Your data at {org}",
     "As requested, your candidate profile is erased, along with the documents you uploaded. Any applications you had open were closed at the same time at your request."),
    ("training-booked", OJ, ("html", "note", "html"), "Course booking: manual handling",
     "You're booked on manual handling training on {date}. The fire marshal course is full this month, so you're on the list for the next one."),
    ("contract-renewal", OJ, ("letter", "note", "letter"), "Your fixed-term contract",
     "Your fixed-term contract as {role} has been extended to the end of next year on the same terms. Please sign and return the variation letter by {date}."),
    ("recruiter-role-filled-other", OJ, ("note", "reply", "note"), "Another role for you?",
     "Last month you told me nights weren't for you, so I never sent your CV for the warehouse role, and the client has since filled it from their own books. I do have a {role} opening on days that might suit - fancy a chat?"),
    ("shift-bid", OJ, ("portal", "sms", "portal"), "Shift marketplace: request update",
     "Your request for the Sunday shift was not approved because the shift was already covered. Your regular shifts are unchanged. You can bid for open shifts any time."),
)

NONJOB = (
    ("tenancy", NJ, ("letter", "note", "html"), "Your tenancy application - {ref}",
     "Your viewing of the flat at 14 Larkspur Row was much appreciated. The landlord chose another household, so the flat is off the market. Your holding deposit will be returned within seven days."),
    ("grant", NJ, ("letter", "html", "portal"), "Small grants round: result",
     "The panel considered 140 applications for community grants. Sadly your project wasn't among those the money stretched to this round. You may apply to the spring round, which opens on {date}."),
    ("course-place", NJ, ("portal", "letter", "html"), "Your course application",
     "The evening pottery course has filled up and there is no seat for you on it. You sit fourth on the waiting list; should a seat free up, we'll write."),
    ("club", NJ, ("note", "html", "note"), "Membership application",
     "The committee looked at your membership form. The club is full up and is taking nobody new this season. Your details are held over for next year."),
    ("permit", NJ, ("letter", "portal", "letter"), "Parking permit application {ref}",
     "The resident parking permit you asked for is refused: the address lies beyond the boundary of the controlled zone. To dispute this, a review can be requested inside 28 days."),
    ("volunteer-shift", NJ, ("sms", "html", "sms"), "Saturday food bank slot",
     "Thanks for offering to help this Saturday! We've got enough hands for that session, so you can have this one off. The Wednesday rota still has gaps if you're free."),
    ("allotment", NJ, ("letter", "note", "html"), "Allotment waiting list",
     "Your application for an allotment plot was received. There are no vacant plots at present and the list is long. We will contact you when your turn comes."),
    ("loan", NJ, ("html", "letter", "portal"), "Update on your loan application",
     "Having looked at your personal loan request, we can't approve it for now. Details in your credit file led to this outcome. You can ask the credit agency for a free copy."),
    ("market-stall", NJ, ("note", "letter", "html"), "Christmas market pitch",
     "Your form asking for a Christmas market pitch came in. Pitches were heavily oversubscribed and yours missed out in the draw. Maybe the summer fair instead?"),
    ("school-admission", NJ, ("letter", "portal", "letter"), "Secondary school place",
     "Your child cannot be given a seat at the school you ranked first. A seat has instead been allocated at your second choice. An appeal can be lodged."),
    ("exhibition", NJ, ("html", "note", "html"), "Open exhibition submission",
     "The selectors have chosen the works for this year's open exhibition. We are sorry that your submission was not included. Please collect your work from the gallery by {date}."),
    ("visa-extension", NJ, ("letter", "letter", "portal"), "Decision on your visitor extension",
     "Your application to extend your stay as a visitor has been refused. You must leave by {date} unless you submit a valid new application. This decision does not affect any future job application."),
    ("sports-team", NJ, ("note", "sms", "note"), "Sunday league squad",
     "Cheers for turning up on the training night. We're keeping the squad as it is for now, so no spot this season. You're welcome to keep training with us on Thursdays."),
)

# Other languages: (id, lang, kind, subject, core); three copies each.
LANG = (
    ("de-eingang", "de", AR, "Eingangsbestätigung {ref}",
     "Ihre Unterlagen für die Stelle {role} sind vollständig bei uns eingegangen. Entschieden ist bisher nichts. Sie hören spätestens bis {date} von uns, egal wie es ausgeht, auch bei einer Absage."),
    ("fr-accuse", "fr", AR, "Accusé de réception - {role}",
     "Votre dossier pour l'emploi de {role} nous est bien parvenu. Si quatre semaines après la clôture vous n'avez rien reçu, c'est que nous aurons choisi une autre personne. Aucun choix n'est fait à ce jour."),
    ("es-pausa", "es", OJ, "Proceso {ref} en pausa",
     "Hemos frenado por un tiempo la selección de {role}. No se ha descartado a ningún candidato y su solicitud sigue activa. Le avisaremos cuando se reanude."),
    ("nl-status", "nl", AR, "Status van je sollicitatie",
     "Je sollicitatie voor {role} staat op 'in behandeling'. Uitslag: nog niet bekend. Hoor je tot {date} niets, dan is de vacature nog niet ingevuld en loopt je sollicitatie gewoon door."),
    ("it-alloggio", "it", NJ, "Domanda di alloggio",
     "La sua domanda per l'alloggio in via Canonica non è stata accolta: l'appartamento è andato a un'altra famiglia. Il deposito le sarà restituito entro dieci giorni."),
    ("pt-ritiro", "pt", OJ, "Candidatura retirada",
     "Conforme pediu, a sua candidatura para {role} foi retirada. Se mudar de ideias até {date}, basta responder a este e-mail."),
    ("sv-bidrag", "sv", NJ, "Beslut om föreningsbidrag",
     "Styrelsen har gått igenom årets ansökningar om bidrag. Er förening får tyvärr inget bidrag den här gången. Ni är välkomna att söka igen i vår."),
)


# Everyone and everything here is invented.
READERS = (("Oriel", "Fanshawe"), ("Kwabena", "Asante-Lyle"), ("Thea", "Brannigan"), ("Marguerite", "Oyelaran"), ("Ruairi", "Cathcart"),
           ("Devika", "Ramaswamy"), ("Elspeth", "Quarrie"), ("Jude", "Amankwah"), ("Saoirse", "Mulrooney"), ("Lorcan", "Deverill"),
           ("Henrietta", "Bolam"), ("Tomasz", "Pilcher"), ("Yewande", "Ikoli"), ("Caspian", "Threlfall"), ("Philippa", "Nkemelu"),
           ("Anwen", "Probert"), ("Dariusz", "Fairlie"), ("Ottoline", "Gask"), ("Malachy", "Sheerin"), ("Zainab", "Huxtable"))
SIGNERS = (("Cressida", "Voake"), ("Abimbola", "Trench"), ("Leofric", "Marr"), ("Juno", "Pelham"), ("Aurelio", "Kemble"),
           ("Branwen", "Tuck"), ("Sefton", "Obi"), ("Mirabel", "Yardley"), ("Hamish", "Lockyer"), ("Ondine", "Carrow"))
ORGS = {
    AR: (("Fenwick & Dray Engineering", "fenwickdray.example"), ("Saltmarsh Housing Trust", "saltmarsh-ht.example"),
         ("Brightwater Logistics", "brightwater-log.example"), ("Harrowgate District Council", "harrowgate-dc.example"),
         ("Kittiwake Bakery", "kittiwakebakery.example"), ("Pennine Crest Recruitment", "penninecrest.example"),
         ("Lowther Academy Trust", "lowtheracademy.example"), ("Quayside Health Partnership", "quaysidehealth.example"),
         ("Marram Software", "marram.example"), ("Old Mill Hotel", "oldmillhotel.example"), ("Thistledown Hospice", "thistledown.example"),
         ("Institute for Coastal Studies", "coastal-studies.example")),
    OJ: (("Carrowmore Foods", "carrowmore.example"), ("Vantage Retail Group", "vantage-retail.example"),
         ("Greyfriars Care Homes", "greyfriarscare.example"), ("Northlight Studios", "northlight.example"),
         ("Bexley & Rudd Surveyors", "bexleyrudd.example"), ("Amberline Rail Services", "amberline.example")),
}
# The senders of refusals that are no job, per template (a letting agent lets flats, a council issues permits).
NJ_ORGS = {
    "tenancy": (("Larkspur Lettings", "larkspurlets.example"), ("Cobble Lane Property", "cobblelane.example")),
    "grant": (("Westbrook Community Fund", "westbrookfund.example"), ("Tidemouth Civic Trust", "tidemouthtrust.example")),
    "course-place": (("Riverside Adult College", "riverside-ac.example"), ("Kelmscott Arts Centre", "kelmscottarts.example")),
    "club": (("Heronsgate Bowls Club", "heronsgatebowls.example"), ("Brackwater Rowing Club", "brackwaterrc.example")),
    "permit": (("Ashdene Borough Council", "ashdene.example"), ("Lowther City Council", "lowthercc.example")),
    "volunteer-shift": (("Tidemouth Food Bank", "tidemouthfb.example"), ("Ashdene Community Larder", "ashdenelarder.example")),
    "allotment": (("Kelmscott Allotment Society", "kelmscottplots.example"), ("Ashdene Borough Council", "ashdene.example")),
    "loan": (("Hollin Credit Union", "hollincu.example"), ("Marlpit Building Society", "marlpitbs.example")),
    "market-stall": (("Harrowgate Markets", "harrowgatemarkets.example"), ("Tidemouth Events Office", "tidemouthevents.example")),
    "school-admission": (("Lowther City Council", "lowthercc.example"), ("Brackwater County Council", "brackwatercc.example")),
    "exhibition": (("Quayside Open Gallery", "quaysidegallery.example"), ("Kelmscott Arts Centre", "kelmscottarts.example")),
    "visa-extension": (("Visitor Extensions Unit", "visitor-extensions.example"), ("Residence Casework Office", "residencecasework.example")),
    "sports-team": (("Brackwater Rovers FC", "brackwaterrovers.example"), ("Tidemouth Athletic Sunday XI", "tidemouthathletic.example")),
}
ROLES = ("Fleet Scheduler", "Grounds and Estates Assistant", "Dispensary Clerk", "Banqueting Sous Chef", "Tenancy Sustainment Officer",
         "Junior Motion Designer", "Coastal Survey Technician", "Bid Writer", "Night Stores Coordinator", "Pupil Attendance Officer",
         "Lab Glassware Technician", "Complaints Caseworker", "Bilingual Switchboard Operator", "Kitchen Porter (weekends)")
CITIES = ("Harrowgate", "Lowther", "Kelmscott", "Ashdene", "Brackwater", "Tidemouth")
ATS = ("Talentrove", "Quillhire", "Staffbridge Cloud", "Recrutly", "OpenRoles Hub")
ZONES = ("+0000", "+0100", "-0500", "+1000", "+0530")
LANG_PEOPLE = {
    "de": (("Henrike", "Wolters"), ("Ansgar", "Pfeilmeier"), ("Liesel", "Brandhuber"), ("Eckart", "Sieveking")),
    "fr": (("Clothilde", "Ravanel"), ("Aurélien", "Dufresnoy"), ("Noémie", "Castagnet"), ("Thibault", "Morvillier")),
    "es": (("Remedios", "Zubiaurre"), ("Anselmo", "Carballeira"), ("Itziar", "Olazábal"), ("Fermín", "Torrecilla")),
    "nl": (("Femke", "Oosterhuis"), ("Ruben", "Kamphorst"), ("Sanne", "Wijnbergen"), ("Gijs", "Terpstra")),
    "it": (("Ornella", "Battistoni"), ("Corrado", "Lanzarotti"), ("Giuliana", "Speranzini"), ("Ettore", "Malvezzi")),
    "pt": (("Leonor", "Amaral Seixas"), ("Duarte", "Quintela"), ("Inês", "Barroqueiro"), ("Tomé", "Vasconcelos")),
    "sv": (("Ingrid", "Lövgren"), ("Torbjörn", "Ekdahl"), ("Majken", "Sundqvist"), ("Halvar", "Brolin")),
}
LANG_ORGS = {
    "de": (("Stadtwerke Lindenau", "sw-lindenau.example"), ("Brauerei Kesselhof", "kesselhof.example"), ("Klinikum Auental", "auental.example")),
    "fr": (("Mutuelle des Granges", "granges.example"), ("Atelier Bressoux", "bressoux.example"), ("Mairie de Sainte-Alvère", "ste-alvere.example")),
    "es": (("Conservas Arrieta", "arrieta.example"), ("Fundación Lumbreras", "lumbreras.example"), ("Transportes Ugalde", "ugalde.example")),
    "nl": (("Woonstichting Dijkzicht", "dijkzicht.example"), ("Bakkerij Van Tiel", "vantiel.example"), ("Gemeente Oostermeer", "oostermeer.example")),
    "it": (("Cooperativa La Canonica", "lacanonica.example"), ("Edilizia Popolare Brenta", "epbrenta.example"), ("Casa Malvasia", "malvasia.example")),
    "pt": (("Têxteis Ribacoa", "ribacoa.example"), ("Clínica Santa Luzia do Vale", "stluzia.example"), ("Cerâmica Alvarinho", "alvarinho.example")),
    "sv": (("Hembygdsföreningen Ösmo", "osmo-hbf.example"), ("Idrottsföreningen Granbacken", "granbacken.example"), ("Kulturföreningen Vägskälet", "vagskalet.example")),
}
LANG_ROLES = {"de": ("Sachbearbeiter/in Einkauf", "Elektroniker/in"), "fr": ("chargé(e) d'accueil", "comptable"),
              "es": ("técnico de calidad", "auxiliar administrativo"), "nl": ("medewerker klantenservice", "planner"),
              "it": ("magazziniere", "impiegata amministrativa"), "pt": ("técnico de manutenção", "rececionista"),
              "sv": ("ekonomiassistent", "lagerarbetare")}
LANG_SIGN = {"de": "Mit freundlichen Grüßen", "fr": "Cordialement", "es": "Un saludo", "nl": "Met vriendelijke groet",
             "it": "Cordiali saluti", "pt": "Com os melhores cumprimentos", "sv": "Vänliga hälsningar"}
LANG_HELLO = {"de": "Guten Tag {full},", "fr": "Bonjour {full},", "es": "Estimado/a {full}:", "nl": "Beste {first},",
              "it": "Gentile {full},", "pt": "Caro/a {full},", "sv": "Hej {first}!"}


class Maker:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.records: list[dict] = []
        self.frames: Counter[tuple[str, str]] = Counter()
        self.langs: Counter[tuple[str, str]] = Counter()

    def context(self, template: str, kind: str, lang: str) -> dict:
        rng = self.rng
        if lang == "en":
            first, surname = rng.choice(READERS)
            hm, hm_sur = rng.choice(SIGNERS)
            org, domain = rng.choice(NJ_ORGS[template] if kind == NJ else ORGS[kind])
            role = rng.choice(ROLES)
        else:
            people = LANG_PEOPLE[lang]
            (first, surname), (hm, hm_sur) = rng.sample(people, 2)
            org, domain = rng.choice(LANG_ORGS[lang])
            role = rng.choice(LANG_ROLES[lang])
        sent = datetime(2026, 9, 1, 7, 0) + timedelta(days=rng.randrange(90), minutes=rng.randrange(12 * 60), seconds=rng.randrange(60))
        later = sent + timedelta(days=rng.randrange(5, 30))
        date = f"{later.day} {MONTHS[later.month - 1]}" if lang == "en" else f"{later:%d.%m.%Y}"
        zone = rng.choice(ZONES) if lang == "en" else "+0100"
        return {
            "first": first, "surname": surname, "full": f"{first} {surname}", "hm": hm, "hm_full": f"{hm} {hm_sur}",
            "org": org, "domain": domain, "role": role, "ref": f"{rng.choice('ABCHKRT')}{rng.randrange(10000, 99999)}",
            "date": date, "city": rng.choice(CITIES), "ats": rng.choice(ATS), "sent": sent, "back": rng.randrange(1, 9),
            "datehdr": f"{sent:%a, %d %b %Y %H:%M:%S} {zone}",
        }

    def frame(self, code: str, subject: str, core: str, c: dict) -> tuple[str, str, str]:  # noqa: PLR0911 - one branch per frame
        if code == "note":
            return subject, f"Hi {c['first']},\n\n{core}\n\n{c['hm']}\n{c['org']}", f"{c['hm_full']} <{c['hm'].lower()}@{c['domain']}>"
        if code == "letter":
            return subject, f"Our ref: {c['ref']}\n\nDear {c['full']},\n\n{core}\n\nYours sincerely,\n{c['hm_full']}\n{c['org']}", f"{c['org']} <office@{c['domain']}>"
        if code == "portal":
            body = f"{c['org']} - applicant account\n\nHello {c['first']},\n\n{core}\n\nSign in: https://jobs.{c['domain']}/account\nThis mailbox is unattended - messages reach us only through your account."
            return subject, body, f"{c['org']} <no-reply@{c['domain']}>"
        if code == "ats":
            body = f"{c['org']}\n\nDear {c['first']},\n\n{core}\n\nWarmly,\nPeople & Talent desk, {c['org']}\n\n--\nSent with {c['ats']} on behalf of {c['org']}. Manage e-mail preferences in your candidate profile."
            return subject, body, f"{c['org']} via {c['ats']} <notifications@{c['ats'].lower().replace(' ', '')}.example>"
        if code == "html":
            paras = "".join(f'<p style="margin:0 0 10px;font:14px Georgia,serif">{line}</p>' for line in core.split("\n") if line.strip())
            body = f'<html><body><table width="100%"><tr><td style="padding:18px"><h2 style="font:bold 17px Georgia,serif">{c["org"]}</h2><p>Dear {c["first"]},</p>{paras}<p style="font-size:11px;color:#777">{c["org"]} | <a href="https://{c["domain"]}/unsubscribe">Unsubscribe</a></p></td></tr></table></body></html>'
            return subject, body, f"{c['org']} <hello@{c['domain']}>"
        if code == "sms":
            body = f"Forwarded text message\nFrom: {c['org']} ({c['hm']})\nTo: {c['first']}, received {c['sent']:%d/%m %H:%M}\n\n{core}\n\n-- passed on by your phone's mail forwarding"
            return subject, body, "SMS Forward <sms-forward@post.example>"
        if code == "reply":
            back = c["sent"] - timedelta(days=c["back"])
            quoted = f"On {back:%a %d %b %Y at %H:%M}, {c['full']} wrote:\n> Hi {c['hm']}, sorry to bother you - any word yet about the {c['role']} post?\n> I keep refreshing my inbox.\n> {c['first']}"
            body = f"Hi {c['first']},\n\n{core}\n\nBest,\n{c['hm']}\n\n{quoted}"
            return subject if subject.lower().startswith("re:") else f"Re: {subject}", body, f"{c['hm_full']} <{c['hm'].lower()}@{c['domain']}>"
        raise ValueError(code)

    def add(self, template: tuple[str, str, str, str], code: str, lang: str) -> None:
        """One copy of a template (name, kind, subject, core) in frame ``code`` and language ``lang``."""
        name, kind, subject, core = template
        c = self.context(name, kind, lang)
        if lang == "en":
            subj, body, sender = self.frame(code, subject.format(**c), core.format(**c), c)
        else:
            subj = subject.format(**c)
            body = f"{LANG_HELLO[lang].format(**c)}\n\n{core.format(**c)}\n\n{LANG_SIGN[lang]}\n{c['hm_full']}\n{c['org']}"
            sender = f"{c['hm_full']} <{c['hm'].lower()}@{c['domain']}>"
        self.frames[(kind, code)] += 1
        self.langs[(kind, lang)] += 1
        folded = unicodedata.normalize("NFKD", f"{c['first']}.{c['surname']}".lower())
        local = re.sub(r"[^a-z.]", "", folded)
        self.records.append({
            "id": "", "subject": subj, "body": body + "\n", "sender": sender, "label": "not_rejection", "kind": kind,
            "family": f"{PREFIX}-{name}-{code}" if lang == "en" else f"{PREFIX}-{name}", "provenance": PROVENANCE,
            "to": f"{c['full']} <{local}@post.example>", "date": c["datehdr"],
        })


def build(maker: Maker | None = None) -> list[dict]:
    maker = maker or Maker(random.Random(SEED))
    for template, kind, frames, subject, core in CONFIRM + OTHER_JOB + NONJOB:
        for code in frames:
            maker.add((template, kind, subject, core), code, "en")
    for template, lang, kind, subject, core in LANG:
        for _ in range(3):
            maker.add((template, kind, subject, core), "plain", lang)
    return finish(maker.records, maker.rng, "w28")


def langs(maker: Maker, records: list[dict]) -> int:
    """Print the make-up by kind, kind/frame and kind/language (no message text)."""
    return makeup(records, (("kind / frame", maker.frames), ("kind / language", maker.langs)), lengths(records), width=22)


def main(argv: list[str]) -> int:
    maker = Maker(random.Random(SEED))
    records = build(maker)
    return run(argv, OUT, records, lambda: langs(maker, records), skip=SEALED, top=None, labels=True)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
