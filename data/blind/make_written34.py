# ruff: noqa: E501, S311
"""Write data/blind/written-34.jsonl: training mail, twenty-second batch (the issue's kinds in new shapes).

Twenty-fifth pass, part F. The kinds the issue says real mail has, in shapes the last batches
did not use, in English from fifteen places (India, Nigeria, Kenya, Ghana, South Africa, the
Philippines, Singapore, Malaysia, Pakistan, the Caribbean, Ireland, Scotland, Canada, Australia,
New Zealand), in twenty creoles, pidgins and regional languages and in everyday registers of two
widely spoken ones, and as many twins in the same shapes and languages:

* (a) English rejections: refusals under very long footers (retail, banks, hospitals,
  universities), one-line ATS statuses ("archived", "inactive", "closed", "not progressing")
  in six tool shapes, non-native hedges, public-sector notices (a province, counties,
  municipalities, a state agency, armed forces, health boards), thread replies after interviews
  naming another hire, recruiters giving a decision and another role, graduate and internship
  decisions;
* (b) rejections in Nigerian Pidgin, Jamaican Patois, Haitian, Cape Verdean, Tok Pisin, Bislama,
  Scots, Low German, Sicilian, Neapolitan, Catalan, Galician, Basque, Occitan, Asturian,
  Ilocano, Cebuano, Tagalog, Swiss German and Frisian, and in Mexican Spanish and Quebec French
  as spoken;
* (c) twins that are not rejections: receipts with refusal talk ("either way", "only if",
  "talent pool", "archived if you withdraw"), "in review" statuses, invitations, assessments
  with deadlines, offers, the reader's own withdrawal confirmed, and refusals that are not about
  a job (events, guest lists, auditions, seats, flats, loans, courses).

Every template is one family of two (other languages) or three (English) copies, one per shell
listed, each copy its own reader, signer, outfit, post and date; every address and link is
under ``.example``.

    python data/blind/make_written34.py           # writes the file (seed 340341)
    python data/blind/make_written34.py --langs   # make-up by kind, shell and language
    python data/blind/make_written34.py --check   # 6-word-shingle overlap with the other data

Stdlib only; two runs give byte-identical output.
"""

from __future__ import annotations

import random
import re
import sys
from datetime import datetime, timedelta
from pathlib import Path

SEED = 340341
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
# the scaffolding every batch shares (data/blind/batch_tools.py, beside this file)
from batch_tools import MakerBase, finish, lengths, makeup, record, run, sealed  # noqa: E402

# written-31's kinds, months and address helpers (the batch beside this file)
from make_written31 import AR, IV, MONTHS, NJ, NS, OF, OJ, RJ, mailbox  # noqa: E402

OUT = HERE / "written-34.jsonl"
PROVENANCE = "written for rejectwatch issue 11 twenty-fifth pass as training mail, twenty-second batch: the issue's kinds in new shapes, English from fifteen places, twenty-two creoles, pidgins, regional languages and registers, twins (make_written34.py)"
PREFIX = "blind-w34"  # the read-slice prefix: train-only in grouped CV, weight READ_SLICE_WEIGHT
SEALED = sealed(24)  # never opened, skipped by name (an earlier first, as when written)

# Templates: (name, kind, region, sector, shells, subject, core). region picks the people,
# cities, greeting and sign-off ("mix": one drawn per copy); sector picks the outfit and posts.
# One copy per shell listed.
ENGLISH_NO = (
    # refusals under very long footers
    ("ie-retail-footer", RJ, "ie", "retail", ("ft", "ft", "ht"), "Your application: {role}, {city}",
     "Thanks a million for putting yourself forward for {role} in our {city} shop. Every weekend slot we advertised has now been taken up, so your application stops here for this round."),
    ("ke-bank-footer", RJ, "ke", "bank", ("ft", "ft", "pm"), "RE: VACANCY - {ROLE}",
     "This refers to your application for the vacancy named above. Following a review of all applications received, we wish to notify you that you were not among those shortlisted for the assessment stage. {org} is grateful that you considered joining us."),
    ("ph-hospital-footer", RJ, "ph", "hospital", ("ft", "ht", "ft"), "Update on your application - {role}",
     "Good day! Our Nursing Service Office has gone through your documents for {role}. We will no longer be proceeding with your application for this batch of hiring, as the slots were filled by applicants with ICU exposure. We are grateful you considered {org}."),
    ("sco-uni-footer", RJ, "sco", "uni", ("ft", "ft", "pm"), "Vacancy {ref}: {role}",
     "The selection panel for {role} (vacancy {ref}) met on {date}. I am afraid you did not make the panel's interview list on this round. The number of strong applications made the panel's task a difficult one."),
    ("za-retail-footer", RJ, "za", "retail", ("ft", "ft", "ht"), "{role} - {city}",
     "Your CV for {role} at our {city} branch was screened by the regional people team. It did not meet the minimum requirements listed in the advert, so it stops at screening and there will be no interview call."),
    ("sg-bank-footer", RJ, "sg", "bank", ("ft", "ht", "ft"), "Your application with {org}",
     "This concerns your {role} application. Having weighed it against the other profiles we received, the bank is proceeding with other people, whose backgrounds match the team's current priorities more tightly."),
    ("ca-hospital-footer", RJ, "ca", "hospital", ("ft", "ft", "pm"), "Posting #{ref} - {role}",
     "Your application to posting #{ref}, {role}, has been closed. Under the collective agreement the posting was awarded to an internal applicant with greater seniority."),
    # one-line ATS statuses
    ("ats-archived", RJ, "mix", "tech", ("at", "at", "at"), "Application status changed",
     "{role}: the hiring team archived your application today."),
    ("ats-inactive-filled", RJ, "mix", "logis", ("at", "at", "at"), "Status update: {role}",
     "Application status: Inactive - the position has been filled."),
    ("ats-closed-not-selected", RJ, "mix", "retail", ("at", "at", "at"), "{role} ({ref})",
     "Outcome: closed, not selected for {role}."),
    ("ats-not-progressing", RJ, "mix", "tech", ("at", "at", "at"), "An update from {org}",
     "{role}: not progressing - the team has closed your application at this stage."),
    ("pk-ats-regretted", RJ, "pk", "bank", ("at", "at", "pm"), "Candidature status: {role}",
     "Your candidature for {role} stands regretted after the screening committee's review."),
    ("my-ats-no-longer", RJ, "my", "logis", ("at", "at", "at"), "Application {ref} updated",
     "Application {ref}: no longer under consideration for {role}."),
    # non-native hedges
    ("in-hedge-client-profile", RJ, "in", "agency", ("rc", "ph", "rc"), "Feedback - {role} with our client",
     "Further to our telecon today, client has finalised a profile which is more matching to their requirement on the payments side. So your candidature for this position is not moving ahead. Will keep you posted on other openings as and when they come."),
    ("ng-hedge-exercise-concluded", RJ, "ng", "logis", ("pm", "ph", "ft"), "Recruitment exercise - {role}",
     "Kindly be informed that management has wrapped up the recruitment exercise for {role}, and your name did not make the final list. We pray God opens a better door for you soon; thanks for bearing with us throughout."),
    ("pk-hedge-intimate", RJ, "pk", "tech", ("pm", "rc", "ph"), "Post of {role}",
     "We are sorry to intimate you that your profile could not be considered for the post of {role}, as the competent authority has approved the names of other candidates. Please do not be disheartened and keep applying."),
    ("gh-hedge-panel-settled", RJ, "gh", "bank", ("pm", "ft", "ph"), "Interview outcome - {role}",
     "Please accept our sincere appreciation for honouring our invitation to the interview. The panel, we must tell you, settled on another candidate whose experience was found to match the demands of the role better. Your details shall be kept on our file."),
    ("ph-hedge-best-fits", RJ, "ph", "retail", ("pm", "ph", "ht"), "Final interview result",
     "Thank you po for your time during the final interview last {day}. We regret that we cannot move forward with your application since we have already found the candidate who best fits the position. God bless on your job hunting!"),
    # public-sector notices
    ("ca-province-screened-out", RJ, "ca", "gov-prov", ("gv", "gv", "pm"), "Competition {ref}: {role}",
     "The screening board has now assessed your application for competition {ref} against the posted qualifications. It was screened out: it did not show the two years of progressive experience in regulatory inspection that the posting required."),
    ("ke-county-unsuccessful", RJ, "ke", "gov-county", ("gv", "gv", "ph"), "Notification of recruitment outcome",
     "The County Public Service Board wishes to notify you that your bid for the {role} position was unsuccessful because the requirements set out in the advertisement were not met. The Board appreciates that you sought to serve the County."),
    ("za-municipality-late", RJ, "za", "gov-muni", ("gv", "gv", "pm"), "Post of {role} (Ref {ref})",
     "The municipality did not consider your {role} application (reference {ref}) because it arrived after the advertised closing date. No correspondence will be entered into on this matter."),
    ("au-state-agency-not-recommended", RJ, "au", "gov-state", ("gv", "pm", "gv"), "Recruitment outcome - {role}",
     "Following the comparative assessment, the panel's recommendation for the {role} role does not include you. The delegate has approved the panel's report and the vacancy has been filled. Feedback can be arranged through the panel convenor."),
    ("nz-forces-medical", RJ, "nz", "forces", ("gv", "gv", "pm"), "Your application to enlist",
     "Your application to enlist as a {role} cannot go any further. The medical review board assessed the information you supplied and found you below the medical entry standard for now. After twelve months you may apply afresh."),
    ("sco-healthboard-withdrawn", RJ, "sco", "gov-health", ("gv", "gv", "ft"), "Vacancy {ref} withdrawn",
     "Vacancy {ref}, {role}: the service has withdrawn this post after a review of the team's establishment, and it will not now be filled. All applications to this vacancy, yours included, have been closed."),
    ("ie-council-not-panelled", RJ, "ie", "gov-council", ("gv", "gv", "pm"), "Competition for {role}",
     "Shortlisting in the {role} competition is now finished. Your name will not go forward, so you will not be on the panel for appointments. The board worked from the information in application forms only."),
    ("gh-forces-intake-list", RJ, "gh", "forces", ("gv", "ph", "gv"), "Recruitment intake - list of successful applicants",
     "The list of applicants invited to the screening stage of the {year} recruitment intake has been published on the portal. Your name and index number do not appear on it, which means you were not picked for this intake."),
    # thread replies after interviews naming another hire
    ("au-thread-went-with", RJ, "au", "logis", ("th", "th", "th"), "Interview - {role}",
     "Cheers for coming out on {day}, the crew reckoned you were great value. We've landed on {other}, who's done a few shutdowns on our site before, and he starts next month. Hope our paths cross again down the track."),
    ("sg-thread-accepted", RJ, "sg", "tech", ("th", "th", "th"), "Final round with our VP",
     "Appreciate your patience over the past two weeks. After the last round with our VP, the team went for a candidate with more regional account coverage, and she has accepted. It was really great chatting with you."),
    ("car-thread-offered", RJ, "car", "bank", ("th", "th", "th"), "Interview for {role}",
     "Good afternoon {first}, many thanks for sitting with the panel last week. The board made its selection on Friday and chose {other}, who has acted as {role} for the past year. We valued your time with us."),
    ("nz-thread-internal", RJ, "nz", "hospital", ("th", "th", "th"), "Your interview",
     "Kia ora {first}, thanks for making the trip up for the interview. We've appointed {other} from within the ward team, who's been covering the job since winter. Ngā mihi for your patience while we sorted it out."),
    # recruiters giving a decision and another role
    ("ie-recruiter-other-role", RJ, "ie", "agency", ("rc", "ph", "rc"), "Following our call",
     "Good chatting earlier. Like I mentioned on the call, the client plumped for a candidate with deeper Salesforce admin experience, so the {role} one is closed off for you. There's a contract {role2} going at a fintech in Sandyford that I think you'd suit though - have you ten minutes tomorrow?"),
    ("my-recruiter-another-opening", RJ, "my", "agency", ("rc", "rc", "ph"), "Your profile for {role}",
     "Following up on our call just now: the hiring manager has chosen not to move your profile ahead for {role}. On a brighter note, I have a {role2} opening with a manufacturer in Penang. Shall I submit your CV for that one?"),
    ("za-recruiter-declined-role2", RJ, "za", "agency", ("ph", "rc", "rc"), "Re: {role}",
     "Hi {first}, heard from the client this morning: they're not taking you further for {role}, they want someone with a B-BBEE verification background. Don't lose heart though, I've got a {role2} spec that looks right up your street. Sending it now."),
    # graduate and internship decisions
    ("in-campus-drive-result", RJ, "in", "campus", ("pc", "pc", "pm"), "{org2} internship drive - final result",
     "Dear Student, the final list for the {org2} internship drive has been released. Your name does not feature in the final selected list of the drive. Students who were not selected remain eligible to register for the upcoming drives this semester."),
    ("gh-national-service-intern", RJ, "gh", "campus", ("pc", "pm", "pc"), "Internship placement decision",
     "We have completed placements for the {year} internship programme at {org2}. All available slots have been taken up, and we were unable to offer you a placement in this cycle. Thank you for wanting to be part of it."),
    ("ca-summer-student", RJ, "ca", "uni", ("pc", "ft", "pm"), "{org} Summer Student Program",
     "The {org} Summer Student Program drew close to four thousand applicants this year, and there is no summer placement for you among the offers we have made. The program reopens next winter, and you would be most welcome to try again."),
    ("au-graduate-programme", RJ, "au", "bank", ("pc", "ft", "at"), "{year} Graduate Programme",
     "Thanks for giving up a full day for our assessment centre. You haven't been offered a place in the {year} Graduate Programme: strong candidates outnumbered places roughly six to one this year."),
)

ENGLISH_TWINS = (
    # receipts with refusal talk
    ("ie-retail-ack-either-way", AR, "ie", "retail", ("ft", "ft", "ht"), "Your form is in",
     "Your application for {role} in our {city} shop has reached the store manager. Whichever way it goes, a reply reaches you once she has read every form; nothing has been decided on anyone yet."),
    ("ke-bank-ack-only-shortlisted", AR, "ke", "bank", ("ft", "ft", "pm"), "ACKNOWLEDGEMENT OF APPLICATION - {ROLE}",
     "The bank confirms your {role} application is in hand. Kindly note that only shortlisted applicants hear back. If a month elapses from the closing date and the bank has not called, kindly treat your application as unsuccessful."),
    ("sg-bank-ack-talent-pool", AR, "sg", "bank", ("ft", "ht", "ft"), "{org}: application logged",
     "{role}: your application sits with our talent acquisition team. Should this role prove the wrong fit, your profile goes into what HR calls the talent pool, held a twelvemonth, and we might ring you if something similar opens. At present it's under review."),
    ("ats-ack-archived-if-withdraw", AR, "mix", "tech", ("at", "at", "at"), "Application received",
     "Application received for {role}. If you withdraw it, it will be archived and can't be reopened."),
    ("ph-hospital-ack-kept", AR, "ph", "hospital", ("ft", "ht", "ft"), "Application received - {role}",
     "Good day! We received your documents for {role}. Our Nursing Service Office will review them within ten working days. If this batch does not include you, we hold your documents for six months."),
    ("sco-uni-ack-assume", AR, "sco", "uni", ("ft", "ft", "pm"), "Application received: vacancy {ref}",
     "Your application for {role} (vacancy {ref}) has arrived. Shortlisting starts after the {date} closing date. Should four weeks pass from that date without word from the School, please take that silence as meaning you were not shortlisted this time."),
    ("ca-gov-ack-further", AR, "ca", "gov-prov", ("gv", "gv", "pm"), "Application received - competition {ref}",
     "Your application for competition {ref}, {role}, was received. Contact will be made only with applicants chosen to go forward; please keep this notice for your records."),
    ("ke-county-ack-documents", AR, "ke", "gov-county", ("gv", "gv", "ph"), "Acknowledgement: {role}",
     "The Board acknowledges your application for the {role} position. Applicants are reminded that those who fail to attach clearance certificates will not be considered. No shortlisting has taken place yet."),
    ("in-recruiter-feedback-either", AR, "in", "agency", ("rc", "ph", "rc"), "Profile shared - {role}",
     "Your profile is shared with client for the {role} requirement. Feedback will be shared with you whether positive or negative within 3-4 working days. Kindly keep your notice period details handy."),
    # "in review" statuses
    ("ats-in-review", OJ, "mix", "tech", ("at", "at", "at"), "Application status changed",
     "{role}: your application is now in review."),
    ("ats-under-consideration", OJ, "mix", "logis", ("at", "at", "at"), "Status update: {role}",
     "Application status: Under consideration - the hiring team is reviewing applicants."),
    ("ats-moved-screening", OJ, "mix", "retail", ("at", "at", "at"), "{role} ({ref})",
     "Stage: moved to screening for {role}."),
    ("my-ats-shortlisted", NS, "my", "logis", ("at", "at", "at"), "Application {ref} updated",
     "Application {ref}: shortlisted for {role}; interview slot to follow."),
    # invitations
    ("au-thread-second-chat", IV, "au", "logis", ("th", "th", "th"), "Interview - {role}",
     "Cheers for coming out on {day}, the crew reckoned you were great value. We'd like you back to meet {other}, our site lead, for a second chat on {next}. Nothing's been decided yet on anyone, so no stress."),
    ("gh-interview-originals", IV, "gh", "bank", ("pm", "ft", "ph"), "Invitation to interview - {role}",
     "Your application for {role} has made the shortlist for interview. Kindly report at our head office on {next} at 9:00 am with the originals of your certificates. Applicants who are late will regrettably not be interviewed."),
    ("ng-interview-bank", IV, "ng", "bank", ("ft", "pm", "ph"), "Interview invitation",
     "Following your application for {role}, you are to appear before an interview panel on {next} by 10:00 am at our Marina office. Kindly come along with your NYSC discharge certificate. Do not be late."),
    ("sco-healthboard-interview", IV, "sco", "gov-health", ("gv", "gv", "pm"), "Vacancy {ref}: invitation to interview",
     "You have been shortlisted for vacancy {ref}, {role}. Interview day is {next}, at the board's headquarters. Please confirm your attendance through the portal by noon tomorrow."),
    # assessments with deadlines
    ("in-assessment-deadline", NS, "in", "tech", ("at", "at", "pm"), "Online assessment - {role}",
     "Please complete the online assessment for {role} by {next}, 11:59 PM IST. Any application whose assessment is still open at that hour drops out of the process."),
    ("za-assessment-psychometric", NS, "za", "retail", ("pm", "at", "ph"), "Next step: assessments",
     "Good news, your CV for {role} has been shortlisted. Up next: online psychometric assessments; the link expires on {next}, so please set aside about 90 minutes before then."),
    ("nz-grad-video", NS, "nz", "bank", ("pc", "at", "pc"), "{year} Graduate Programme: video interview",
     "Good news: your application has moved through to the recorded video interview for our {year} Graduate Programme. Record your answers by {next}, 5pm NZT. Extensions aren't possible, so best not to leave it until the final day."),
    ("gh-forces-fitness", NS, "gh", "forces", ("gv", "gv", "ph"), "Recruitment intake - screening stage",
     "Your name and index number appear on the list of applicants invited to the screening stage of the {year} intake. Report for the physical fitness test on {next} at 6:00 am with your national ID. Applicants who fail to report will not be considered."),
    # offers
    ("ph-offer-hospital", OF, "ph", "hospital", ("pm", "ht", "ft"), "Job offer - {role}",
     "Good day! Congratulations, {org} is offering you the {role} position. Kindly report to HR on {next} for your contract signing and pre-employment medical. Congratulations and welcome to the team!"),
    ("car-offer-board", OF, "car", "bank", ("th", "pm", "th"), "Interview for {role}",
     "Good afternoon {first}, many thanks for sitting with the panel last week. The board made its selection on Friday and I am delighted to tell you the post is yours. The formal letter will follow; could you start on {next}?"),
    ("ca-summer-offer", OF, "ca", "uni", ("pc", "pm", "ft"), "{org} Summer Student Program - offer",
     "A summer placement as {role} is yours through the {org} Summer Student Program, starting {next}. Accept or decline it in the portal within five business days."),
    ("ie-recruiter-offer", OF, "ie", "agency", ("rc", "ph", "rc"), "Good news on {role}",
     "Delighted to say the client is offering you the {role} contract. Day rate as we discussed, starting {next}. Mull it over and ring me, then I'll set the paperwork going."),
    # the reader's own withdrawal confirmed
    ("ats-withdrawn-archived", OJ, "mix", "tech", ("at", "at", "at"), "Application withdrawn",
     "You withdrew your application for {role}; it has been archived as you asked."),
    ("au-gov-withdrawal-noted", OJ, "au", "gov-state", ("gv", "pm", "gv"), "Withdrawal from recruitment - {role}",
     "Your withdrawal from the {role} recruitment, sent by email on {day}, is recorded. Your application has been removed and your referees won't be approached."),
    ("sg-recruiter-withdrawal", OJ, "sg", "agency", ("rc", "ph", "rc"), "Re: withdrawing from {role}",
     "Noted on your decision to withdraw from the {role} process since you've accepted another offer. I've informed the client accordingly. All the best in the new role, stay in touch ya!"),
    ("my-recruiter-paused", OJ, "my", "agency", ("rc", "ph", "rc"), "Update on {role}",
     "Quick update: the client has put the {role} hire on hold until next quarter's budget is approved, so there's no decision on your profile either way. Meanwhile, I have a {role2} opening in Shah Alam - keen?"),
    ("ca-eligibility-list", OJ, "ca", "gov-prov", ("gv", "gv", "pm"), "Competition {ref}: eligibility list",
     "You have been placed on the eligibility list for competition {ref}, {role}. The list is valid for twelve months and will be used to fill current and future vacancies. Appointments from it have not started yet."),
    ("sco-healthboard-extended", OJ, "sco", "gov-health", ("gv", "ft", "gv"), "Vacancy {ref}: closing date extended",
     "The closing date for vacancy {ref}, {role}, has been extended to {date}. Your application stands; there's no need to submit a fresh one."),
    # refusals that are not about a job
    ("ie-event-guestlist-full", NJ, "ie", "event", ("pm", "ft", "ht"), "Launch night guest list",
     "Sorry {first}, the guest list for Thursday's launch night is full to the rafters and we've had to stop adding names, yours included. Tickets for the public night on Saturday are still on sale."),
    ("au-audition-not-cast", NJ, "au", "theatre", ("pm", "ph", "ft"), "Auditions for our winter show",
     "Thanks for auditioning for our winter show. The directors have cast the play, and the cast sheet is pinned up in the foyer, minus your name this time. Crew and front-of-house volunteers are always welcome."),
    ("za-flat-declined", NJ, "za", "flat", ("ft", "pm", "ph"), "Rental application - {street}",
     "The landlord has looked at your rental application for {street} and chosen a different tenant. Expect your holding deposit back in your account within three business days."),
    ("ke-loan-declined", NJ, "ke", "bank", ("ft", "ft", "ph"), "Loan application status",
     "Your personal loan request of {amount} has been declined following our credit assessment. You may reapply after ninety days or visit any branch to discuss other products."),
    ("pk-admission-not-offered", NJ, "pk", "uni", ("pm", "ft", "ht"), "Admission result - MBA (Evening)",
     "Admission to the MBA (Evening) programme could not be offered to you, your aggregate having fallen below the closing merit. The next admission cycle is open to you as well."),
    ("ng-course-class-full", NJ, "ng", "uni", ("pm", "ft", "ph"), "Weekend data analytics class",
     "Sorry {first}, the weekend data analytics class at {org} filled up within two days of opening, and your registration could not be taken. Your payment link has been cancelled and nothing was deducted."),
    ("car-intern-ack-only-if", AR, "car", "bank", ("pc", "pm", "ft"), "Summer internship - form received",
     "Your form for the {org} summer internship has landed. We will write to you again only if you are picked for the assessment day in March; interns are chosen from that day alone."),
    ("sg-seat-upgrade-bid", NJ, "sg", "airline", ("ft", "pm", "ht"), "Your upgrade bid",
     "Your bid to upgrade to Premium Economy on {date} was unsuccessful, as seats on this flight were taken by higher bids. No charge has been made to your card and your original seat stays confirmed."),
)

# (b) and (c) in creoles, pidgins, regional languages and registers: the region is the language code.
LANG_NO = (
    ("pcm-driver-given", RJ, "pcm", ("wa", "sms"), "Driver work",
     "How far {first}, na {hm} from {org}. About that driver work wey you apply, oga don give am to another person wey sabi the road well well. No vex abeg, if another one show I go buzz you."),
    ("pcm-office-no-move", RJ, "pcm", ("pm", "wa"), "Your application for {role}",
     "Hello {first},\n\nWe wan thank you say you come the interview for {role}. After we don look everybody, we no fit move your matter reach next stage this time. We wish you better luck for your next try.\n\n{hm}"),
    ("jam-bar-gaan", RJ, "jam", ("wa", "sms"), "Bar work",
     "Wah gwaan {first}, a {hm} from {org}. Mi sorry fi tell yuh, but di bar work gaan to smaddy weh did work yah before. Tanks fi come through still, bless up."),
    ("jam-season-cyaan", RJ, "jam", ("sms", "pm"), "Di work",
     "Mawnin {first}. Di boss seh him nah tek on nobody else fi di season, so yuh cyaan get di work dis time. Keep yuh head up, yuh hear?"),
    ("ht-pos-lot-moun", RJ, "ht", ("pm", "wa"), "Aplikasyon pou {role}",
     "Bonjou {first},\n\nSe {hm} ki ap ekri w pou {org}. Mèsi paske w te aplike pou pòs {role} la. Nou chwazi yon lòt moun, kidonk nou pap ka kontinye avè w fwa sa a. Bon chans!\n\n{hm}"),
    ("kea-otu-pesoa", RJ, "kea", ("wa", "sms"), "Trabadju",
     "Olá {first}, é {hm} di {org}. Nu ta agradise pa bu kandidatura. Nu skodje otu pesoa pa e lugar, pur isu nu ka ta kontinua ku bo gosi. Boa sorti!"),
    ("tpi-meri-stoa", RJ, "tpi", ("pm", "sms"), "Aplikesen bilong wok",
     "Gude {first},\n\nMi {hm} long {org}. Tenkyu long yu salim aplikesen bilong wok {role}. Wok i go pinis long wanpela meri i save wok pinis long stoa bilong mipela, olsem na yu no kisim wok long dispela taim. Gutpela laki.\n\n{hm}"),
    ("bi-narafala-man", RJ, "bi", ("sms", "wa"), "Wok ya",
     "Halo {first}, mi {hm} blong {org}. Tangkyu tumas from yu bin aplae long wok ya. Mifala i jusum narafala man finis, taswe yu no save kasem wok ya long taem ya. Gud lak."),
    ("sco-lassie-gied", RJ, "scots", ("wa", "sms"), "The job",
     "Hiya {first}, it's {hm} fae {org}. Ah'm sorry tae say we've gied the job tae anither lassie that's wirked wi us afore, so there's nae place fir ye this time. Thanks fir comin in, aw the best."),
    ("nds-deern-ut-doerp", RJ, "nds", ("pm", "wa"), "Dien Bewerbung",
     "Moin {first},\n\nhier is {hm} vun {org}. Dank di för dien Bewerbung as {role}. De Steed hett nu en Deern ut'n Dörp kregen, dor warrt dat dütmal nix mit uns. Allens Gode!\n\n{hm}"),
    ("scn-carusu-pigghiatu", RJ, "scn", ("wa", "sms"), "U travagghiu",
     "Ciau {first}, sugnu {hm} di {org}. Grazzi ppi veniri ô culloquiu. Pigghiammu a n'autru carusu ca travagghiava già ccà, accussì stavota nun c'è postu pi tia. Auguri!"),
    ("nap-guaglione", RJ, "nap", ("sms", "wa"), "'O posto",
     "Uè {first}, so' {hm} 'e {org}. Grazie pe' essere venuto. Avimmo pigliato a n'ato guaglione ca già sapeva 'o mestiere, accussì pe' mo nun ce sta posto pe' te. In bocca 'o lupo!"),
    ("ca-formal-altre-perfil", RJ, "cat", ("hl", "pm"), "Candidatura a la plaça de {role}",
     "Benvolgut/da {first},\n\nUs agraïm l'interès per la plaça de {role}. Després d'estudiar totes les candidatures, hem optat per un altre perfil i no continuarem amb la vostra candidatura.\n\nCordialment,\n{hm}"),
    ("ca-informal-noia", RJ, "cat", ("wa", "sms"), "La feina",
     "Ei {first}, sóc {hm} de {org}. Al final hem agafat una noia que ja coneixia el local, així que aquesta vegada no podrà ser. Moltes gràcies per venir!"),
    ("gl-outra-persoa", RJ, "gl", ("pm", "wa"), "O posto de {role}",
     "Ola {first},\n\nson {hm} de {org}. Grazas por vir á entrevista. Decidimos contratar outra persoa para o posto, así que esta vez non imos seguir contigo. Moita sorte!\n\n{hm}"),
    ("eu-beste-hautagai", RJ, "eu", ("hl", "pm"), "{role} lanpostua",
     "Kaixo {first},\n\n{hm} naiz, {org} enpresakoa. Eskerrik asko elkarrizketara etortzeagatik. Beste hautagai bat aukeratu dugu lanposturako, beraz oraingoan ez dugu zurekin jarraituko. Zorte on!\n\n{hm}"),
    ("oc-autra-persona", RJ, "oc", ("pm", "hl"), "Lo pòste de {role}",
     "Bonjorn {first},\n\nsoi {hm} de {org}. Mercé d'èsser passat nos veire. Lo pòste es anat a una autra persona, alara aqueste còp contunharem pas amb vos. Bona sòrt!\n\n{hm}"),
    ("ast-otra-persona", RJ, "ast", ("wa", "pm"), "El puestu",
     "Hola {first}, soi {hm} de {org}. Gracies por venir a la entrevista. Escoyimos a otra persona pal puestu, asina qu'esta vegada nun vamos siguir contigo. ¡Munchu ánimu!"),
    ("ilo-sabali-a-tao", RJ, "ilo", ("sms", "pm"), "Aplikasion para iti {role}",
     "Naimbag nga aldaw {first}, siak ni {hm} iti {org}. Agyamankami iti panagaplaymo. Nakapilikamin iti sabali a tao para iti trabaho, isu a saankami nga agtultuloy kenka ita. Dios ti agngina."),
    ("ceb-lain-napili", RJ, "ceb", ("sms", "wa"), "{role}",
     "Hi {first}, si {hm} ni sa {org}. Salamat sa imong pag-apply. Naa na mi napili nga lain para sa posisyon, mao nga dili na ta makapadayon karon. Good luck sa imong pagpangita!"),
    ("tl-pormal-hindi-napili", RJ, "tlf", ("pm", "hl"), "Resulta ng aplikasyon - {role}",
     "Magandang araw, {first}.\n\nNais naming ipaalam na hindi ka napili para sa posisyong {role}. Maraming salamat sa iyong oras at sa iyong interes na makasama sa {org}.\n\n{hm}"),
    ("gsw-oepper-anders", RJ, "gsw", ("wa", "sms"), "Dini Bewerbig",
     "Hoi {first}, da isch {hm} vo {org}. Merci viumau fürs Vorbiicho. Mir händ üs für öpper anders entschide, drum klappts das Mal leider nöd. Alles Gueti!"),
    ("fy-earder-wurke", RJ, "fy", ("pm", "wa"), "Dyn sollisitaasje",
     "Hoi {first},\n\nmei {hm} fan {org}. Tige tank foar dyn sollisitaasje as {role}. Wy ha it wurk jûn oan ien dy't hjir al earder wurke hat, dus foar dy hawwe wy dizze kear gjin plak. In protte súkses!\n\n{hm}"),
    ("esmx-ya-contratamos", RJ, "esmx", ("wa", "sms"), "El puesto",
     "Qué onda {first}, soy {hm} de {org}. Oye, fíjate que ya contratamos a alguien para el puesto, entonces ahorita no va a poder ser. Gracias por venir y échale ganas."),
    ("frqc-engage-quelqu-un", RJ, "frqc", ("sms", "pm"), "La job",
     "Salut {first}, c'est {hm} de {org}. Merci d'être passé. On a engagé quelqu'un d'autre pour la job, fait que ça marchera pas cette fois-ci. Bonne chance dans tes recherches!"),
)

LANG_TWINS = (
    ("pcm-come-interview", IV, "pcm", ("wa", "sms"), "Interview",
     "How far {first}! Dem don see your CV for {role}. Abeg come interview {next} by 10am for our office. No late o, oga no dey like am."),
    ("pcm-loan-no-pass", NJ, "pcm", ("sms", "pm"), "Your loan",
     "Hello {first}, the small loan wey you apply for no pass this time because your account never reach three months. You fit try again later."),
    ("jam-trial-shift", IV, "jam", ("wa", "sms"), "Trial shift",
     "Yow {first}, di boss like yuh CV. Come fi di trial shift {next}, seven o'clock sharp. Wear black."),
    ("jam-party-list-full", NJ, "jam", ("sms", "wa"), "Di party",
     "Sorry {first}, di guest list full up fi Saturday, mi cyaan put yuh name pon it. Next time fi sure."),
    ("ht-resevwa", AR, "ht", ("pm", "wa"), "Nou resevwa aplikasyon w",
     "Bonjou {first},\n\nNou resevwa aplikasyon w pou {role}. Nou poko pran okenn desizyon; n ap rele w kèlkeswa rezilta a.\n\n{hm}"),
    ("kea-entrevista", IV, "kea", ("wa", "sms"), "Entrevista",
     "Olá {first}, nu kre konbida-bu pa un entrevista dia {next} às 10h. Konfirma pa nu, faxi favor."),
    ("tpi-intaviu", IV, "tpi", ("pm", "sms"), "Intaviu",
     "Gude {first},\n\nMipela i laik singautim yu long kam long intaviu long {next}, 9 kilok long moning. Plis bekim toksave.\n\n{hm}"),
    ("bi-wok-blong-yu", OF, "bi", ("sms", "wa"), "Wok ya",
     "Halo {first}, mifala i glad blong talem se wok blong {role} hem i blong yu. Yu save stat long {next}."),
    ("sco-wee-blether", IV, "scots", ("wa", "sms"), "The job",
     "Hiya {first}, we'd like ye tae come in fir a wee blether aboot the job on {next} at ten. Gie's a text back if that's awricht."),
    ("nds-kennenlehren", IV, "nds", ("pm", "wa"), "Dien Bewerbung",
     "Moin {first},\n\nwi wüllt di geern kennenlehren. Kannst du an'n {next} üm teihn Uhr bi uns vörbikamen?\n\n{hm}"),
    ("scn-pigghiatu", OF, "scn", ("wa", "sms"), "U travagghiu",
     "Ciau {first}, ti vulemu pigghiari pû travagghiu di {role}. Cuminci {next}, si ti va beni."),
    ("nap-jurnata-prova", IV, "nap", ("sms", "wa"), "Prova",
     "Uè {first}, vienece a truvà {next} a 'e diece pe' na jurnata 'e prova. Famme sapé."),
    ("ca-rebuda-tant-si", AR, "cat", ("hl", "pm"), "Candidatura rebuda",
     "Hola {first}, la teva candidatura per a {role} ja és a les nostres mans. Tant si passes a la següent fase com si no, t'escriurem abans del {next}.\n\n{hm}"),
    ("ca-pis-llogat", NJ, "cat", ("wa", "sms"), "El pis",
     "Ei {first}, el propietari ha preferit una altra parella per al pis de dues habitacions. Et passo els anuncis nous quan en surtin."),
    ("gl-proba-practica", NS, "gl", ("pm", "wa"), "Proba práctica",
     "Ola {first},\n\ngustaríanos facerche unha proba práctica o {next} ás 9. Confírmanos se podes vir.\n\n{hm}"),
    ("eu-jaso-dugu", AR, "eu", ("hl", "pm"), "Zure eskaera",
     "Kaixo {first},\n\nzure eskaera jaso dugu {role} lanposturako. Oraindik ez dugu erabakirik hartu.\n\n{hm}"),
    ("oc-entretien", IV, "oc", ("pm", "hl"), "Entretien",
     "Bonjorn {first},\n\nvos convidam a un entretien lo {next} a 10 oras. Mercé de nos confirmar.\n\n{hm}"),
    ("ast-tuyu", OF, "ast", ("wa", "pm"), "El puestu",
     "Hola {first}, el puestu de {role} ye tuyu si lo quies. Entames el {next}."),
    ("ilo-interview", IV, "ilo", ("sms", "pm"), "Interview",
     "Naimbag nga aldaw {first}, aw-awisendaka iti interview inton {next} iti alas nuebe iti bigat."),
    ("ceb-gidawat", OF, "ceb", ("sms", "wa"), "{role}",
     "Hi {first}, gidawat na nimo ang trabaho isip {role}! Pwede ka magsugod sa {next}."),
    ("tl-pormal-natanggap", AR, "tlf", ("pm", "hl"), "Natanggap ang iyong aplikasyon",
     "Magandang araw {first},\n\nnatanggap namin ang iyong aplikasyon. Kung hindi ka makapasa sa screening, sasabihan ka pa rin namin, pero wala pang desisyon.\n\n{hm}"),
    ("gsw-schnuppertag", IV, "gsw", ("wa", "sms"), "Schnuppertag",
     "Hoi {first}, chönntsch am {next} am nüüni zumene Schnuppertag vorbiicho? Gib mer churz Bscheid."),
    ("fy-petear", IV, "fy", ("pm", "wa"), "Petear",
     "Hoi {first},\n\nwy wolle dy graach útnoegje foar in petear op {next} om tsien oere.\n\n{hm}"),
    ("esmx-prueba", IV, "esmx", ("wa", "sms"), "Prueba",
     "Qué onda {first}, ¿te late venir el {next} a las 10 a una prueba? Avísame."),
    ("frqc-entrevue", IV, "frqc", ("sms", "pm"), "Entrevue",
     "Salut {first}, on aimerait te rencontrer {next} à 10h pour une entrevue. Ça te convient-tu?"),
    ("frqc-retrait-confirme", OJ, "frqc", ("pm", "sms"), "Ton retrait",
     "Salut {first}, c'est noté, tu retires ta candidature pour la job de {role}. Merci de nous avoir avisés, bonne chance avec ton nouvel emploi!"),
)

# Outfits (name, domain) and posts by sector.
SECTORS = {
    "retail": ((("Harbourline Stores", "harbourline.example"), ("Kestrel Home & Garden", "kestrelhome.example"), ("Brightmarket Supermarkets", "brightmarket.example")), ("Weekend Stock Associate", "Store Manager in Training", "Checkout Supervisor", "Visual Merchandiser")),
    "bank": ((("Meridian Trust Bank", "meridiantrust.example"), ("Equinox Savings Bank", "equinoxsavings.example"), ("Cobalt Commercial Bank", "cobaltbank.example")), ("Relationship Officer", "Credit Risk Analyst", "Branch Operations Officer", "Compliance Associate")),
    "hospital": ((("St Veronica Medical Centre", "stveronica-med.example"), ("Riverside General Hospital", "riversidegeneral.example"), ("Lakehead Regional Health", "lakeheadhealth.example")), ("Staff Nurse (ICU)", "Ward Clerk", "Medical Laboratory Technologist", "Porter")),
    "uni": ((("University of Glenmorven", "glenmorven-uni.example"), ("Northshore University", "northshore-u.example"), ("Kingsbridge College", "kingsbridge-col.example")), ("Research Fellow", "Library Assistant", "Student Advisor", "Laboratory Manager")),
    "tech": ((("Brindle Software", "brindle.example"), ("Quillstack", "quillstack.example"), ("Oriel Data", "orieldata.example")), ("Backend Engineer", "Product Analyst", "Support Engineer", "Solutions Consultant")),
    "logis": ((("Tidewater Freight", "tidewaterfreight.example"), ("Pinecrest Logistics", "pinecrestlog.example"), ("Granite Haulage", "granitehaulage.example")), ("Shutdown Planner", "Warehouse Lead", "Transport Coordinator", "Inventory Controller")),
    "agency": ((("Northlight Recruitment", "northlightrec.example"), ("Keystone Talent", "keystonetalent.example"), ("Halyard Search", "halyardsearch.example")), ("Salesforce Administrator", "Payments Analyst", "Production Supervisor", "Finance Business Partner")),
    "campus": ((("Training & Placement Office, Coromandel Institute of Engineering", "cie-placement.example"), ("Career Services, Akwapim University College", "akwapim-careers.example")), ("Graduate Engineer Trainee", "Summer Intern")),
    "gov-prov": ((("Public Service Commission, Province of Lakeland", "psc-lakeland.example"), ("Public Service Commission, Province of Lakeland", "psc-lakeland.example")), ("Environmental Compliance Inspector", "Licensing Officer", "Program Analyst")),
    "gov-county": ((("Marigat County Public Service Board", "marigat-cpsb.example"), ("Olkeri County Public Service Board", "olkeri-cpsb.example")), ("Ward Administrator", "Public Health Officer", "Revenue Clerk")),
    "gov-muni": ((("Umzinto Local Municipality", "umzinto-lm.example"), ("Kwanobuhle Metropolitan Municipality", "kwanobuhle-metro.example")), ("Traffic Officer", "Town Planner", "Admin Clerk")),
    "gov-state": ((("Department of Regional Roads and Transport", "drrt-state.example"), ("State Water Authority", "statewater-auth.example")), ("Project Officer", "Senior Policy Advisor", "Asset Manager")),
    "gov-health": ((("NHS Strathcarron", "nhs-strathcarron.example"), ("NHS Inverlochy and Islands", "nhs-inverlochy.example")), ("Band 5 Staff Nurse", "Health Records Clerk", "Physiotherapist")),
    "gov-council": ((("Kilbrennan County Council", "kilbrennancoco.example"), ("Drumcree City Council", "drumcreecc.example")), ("Executive Engineer", "Clerical Officer", "Assistant Staff Officer")),
    "forces": ((("Defence Force Recruiting", "defencerecruit.example"), ("Armed Forces Recruitment Board", "afrb-recruit.example")), ("Signaller", "Vehicle Mechanic", "Rifleman", "Logistics Specialist")),
    "event": ((("The Lantern Rooms", "lanternrooms.example"), ("Quayside Gallery", "quaysidegallery.example")), ("",)),
    "theatre": ((("Seagrass Players", "seagrassplayers.example"), ("Old Mill Theatre Company", "oldmilltheatre.example")), ("",)),
    "flat": ((("Jacana Property Rentals", "jacanarentals.example"), ("Ridgeback Lettings", "ridgebacklet.example")), ("",)),
    "airline": ((("Straitsair", "straitsair.example"), ("Orchid Wings", "orchidwings.example")), ("",)),
}

# Places: people, other names, cities, a phone pattern, a greeting and a sign-off.
REGIONS = {
    "in": ((("Aditya", "Joshi"), ("Kavya", "Menon"), ("Siddharth", "Rao"), ("Ishita", "Banerjee"), ("Nikhil", "Desai")), ("Varun", "Shruti", "Manoj"), ("Pune", "Noida", "Coimbatore", "Vadodara"), "+91 97{0}", "Dear {first},", "Thanks & Regards"),
    "ng": ((("Adaeze", "Nwachukwu"), ("Olumide", "Bakare"), ("Zainab", "Bello"), ("Kelechi", "Onyeka"), ("Temitope", "Alade")), ("Femi", "Ifeoma", "Sadiq"), ("Lagos", "Abuja", "Kano", "Owerri"), "+234 806 {0}", "Dear {first},", "Best regards"),
    "ke": ((("Wanjiku", "Kamau"), ("Otieno", "Ochieng"), ("Akinyi", "Atieno"), ("Kiprop", "Rotich"), ("Nyambura", "Githinji")), ("Mutua", "Chebet", "Omondi"), ("Nairobi", "Eldoret", "Kisumu", "Nyeri"), "+254 711 {0}", "Dear {first},", "Yours faithfully"),
    "gh": ((("Abena", "Mensah"), ("Kwame", "Boateng"), ("Efua", "Owusu"), ("Yaw", "Asamoah"), ("Akosua", "Darko")), ("Kojo", "Esi", "Nana"), ("Accra", "Kumasi", "Takoradi", "Tamale"), "+233 24 {0}", "Dear {first},", "Yours sincerely"),
    "za": ((("Lindiwe", "Zulu"), ("Johan", "Pretorius"), ("Ayanda", "Mthembu"), ("Refilwe", "Masilo"), ("Themba", "Ngcobo")), ("Jaco", "Palesa", "Sizwe"), ("Durban", "Bloemfontein", "Polokwane", "East London"), "+27 83 {0}", "Hi {first}", "Kind regards"),
    "ph": ((("Jasmine", "Villanueva"), ("Mark Anthony", "Garcia"), ("Rowena", "Mendoza"), ("Carlo", "Aquino"), ("Liezel", "Ramos")), ("Jun", "Aileen", "Rommel"), ("Quezon City", "Cebu City", "Davao", "Makati"), "+63 918 {0}", "Hi {first},", "Respectfully yours"),
    "sg": ((("Xin Yi", "Chua"), ("Marcus", "Teo"), ("Shalini", "Pillay"), ("Irfan", "Osman"), ("Hui Min", "Koh")), ("Bryan", "Vanessa", "Aziz"), ("Singapore", "Changi", "Woodlands"), "+65 8{0}", "Hi {first},", "Best regards"),
    "my": ((("Aina", "Zulkifli"), ("Wei Jian", "Ng"), ("Kavitha", "Muniandy"), ("Faizal", "Ismail"), ("Jia Yi", "Lau")), ("Syafiq", "Mei Ling", "Ganesh"), ("Kuala Lumpur", "Penang", "Johor Bahru", "Shah Alam"), "+60 16 {0}", "Hi {first},", "Thanks and regards"),
    "pk": ((("Ayesha", "Siddiqui"), ("Bilal", "Qureshi"), ("Hira", "Malik"), ("Usman", "Chaudhry"), ("Sana", "Butt")), ("Hamza", "Mehwish", "Faisal"), ("Lahore", "Karachi", "Islamabad", "Faisalabad"), "+92 300 {0}", "Dear {first},", "Regards"),
    "car": ((("Keisha", "Campbell"), ("Andre", "Ramdass"), ("Tamika", "Joseph"), ("Dwayne", "Alleyne"), ("Shanice", "Persad")), ("Marlon", "Nadia", "Kerwin"), ("Kingston", "Port of Spain", "Bridgetown", "Castries"), "+1 868 555 {0}", "Dear {first},", "Warm regards"),
    "ie": ((("Aoife", "Gallagher"), ("Cian", "Moloney"), ("Siobhán", "Kearney"), ("Eoin", "Brennan"), ("Niamh", "Doherty")), ("Darragh", "Orla", "Fiachra"), ("Cork", "Galway", "Limerick", "Sligo"), "+353 87 {0}", "Hi {first},", "Kind regards"),
    "sco": ((("Eilidh", "MacLeod"), ("Fraser", "Cameron"), ("Kirsty", "Munro"), ("Callum", "Sinclair"), ("Morag", "Buchanan")), ("Ruaridh", "Isla", "Struan"), ("Inverness", "Dundee", "Stirling", "Aberdeen"), "+44 7700 {0}", "Dear {first},", "Best wishes"),
    "ca": ((("Émilie", "Tremblay"), ("Connor", "MacDonald"), ("Harpreet", "Gill"), ("Tyler", "Lavoie"), ("Megan", "Wong")), ("Brett", "Jocelyn", "Amrit"), ("Thunder Bay", "Sudbury", "Kelowna", "Moncton"), "+1 705 555 {0}", "Hi {first},", "Sincerely"),
    "au": ((("Jarrah", "Mitchell"), ("Tayla", "Brennan"), ("Liam", "Papadopoulos"), ("Georgia", "Walsh"), ("Kai", "Nguyen")), ("Brody", "Shae", "Mitch"), ("Mackay", "Bendigo", "Darwin", "Wollongong"), "+61 4{0}", "Hi {first},", "Cheers"),
    "nz": ((("Aroha", "Ngata"), ("Finn", "McKenzie"), ("Mereana", "Tipene"), ("Sam", "Oliver"), ("Ruby", "Thompson")), ("Tama", "Hine", "Josh"), ("Hamilton", "Tauranga", "Dunedin", "Nelson"), "+64 21 {0}", "Kia ora {first},", "Ngā mihi"),
}

# Languages: people, cities, phone, outfits, posts.
LANG = {
    "pcm": ((("Chinedu", "Okeke"), ("Blessing", "Udoh"), ("Segun", "Afolabi"), ("Nneka", "Eze")), ("Warri", "Benin City"), "+234 813 {0}", (("Ogbeh Transport", "ogbehtransport.example"), ("Mama Put Kitchens", "mamaput.example")), ("driver", "sales rep", "cashier")),
    "jam": ((("Tashana", "Brown"), ("Ricardo", "Henry"), ("Shelly-Ann", "Gordon"), ("Devon", "Reid")), ("Montego Bay", "Ocho Rios"), "+1 876 555 {0}", (("Yard Vibes Bar", "yardvibes.example"), ("Blue Lagoon Tours", "bluelagoontours.example")), ("bartender", "tour guide", "cashier")),
    "ht": ((("Widline", "Pierre"), ("Jean-Robert", "Joseph"), ("Mirlande", "Charles"), ("Stanley", "Louis")), ("Okap", "Jakmèl"), "+509 37 {0}", (("Lakay Konstriksyon", "lakaykons.example"), ("Boulanjri Solèy", "boulanjrisoley.example")), ("sekretè", "chofè", "kesye")),
    "kea": ((("Djenifer", "Tavares"), ("Edson", "Semedo"), ("Ivone", "Varela"), ("Nilton", "Fernandes")), ("Praia", "Mindelo"), "+238 99 {0}", (("Mar Azul Turismu", "marazulcv.example"), ("Padaria Kriola", "padariakriola.example")), ("rikisionista", "guia", "kaxa")),
    "tpi": ((("Kila", "Wari"), ("Joseph", "Kaupa"), ("Rose", "Morea"), ("Peter", "Tumu")), ("Lae", "Madang"), "+675 7 {0}", (("Hailans Kofi Kampani", "hailanskofi.example"), ("Madang Sipping", "madangsipping.example")), ("draiva", "klak", "wokman")),
    "bi": ((("Nadia", "Kalsakau"), ("Jimmy", "Tari"), ("Leinasei", "Toa"), ("Roy", "Natapei")), ("Port Vila", "Luganville"), "+678 55 {0}", (("Efate Bungalow", "efatebungalow.example"), ("Santo Kava Bar", "santokava.example")), ("kuk", "draeva", "klina")),
    "scots": ((("Shona", "Baird"), ("Graeme", "Kerr"), ("Ailsa", "Wallace"), ("Douglas", "Gourlay")), ("Paisley", "Kirkcaldy"), "+44 7801 {0}", (("The Thistle Bar", "thistlebar.example"), ("Dunnock's Bakery", "dunnocksbakery.example")), ("barmaid", "counter staff", "kitchen porter")),
    "nds": ((("Hauke", "Janssen"), ("Wiebke", "Petersen"), ("Jörn", "Ohlsen"), ("Frauke", "Harms")), ("Husum", "Leer"), "+49 171 {0}", (("Hof Lüttjen", "hofluettjen.example"), ("Fischköken Ahoi", "fischkoeken.example")), ("Melker", "Köksch", "Verkööpster")),
    "scn": ((("Salvo", "Lo Presti"), ("Rosalia", "Cusumano"), ("Turi", "Spataro"), ("Agata", "Militello")), ("Catania", "Trapani"), "+39 347 {0}", (("Putia Zu Japicu", "putiazujapicu.example"), ("Pasticceria Don Turiddu", "donturiddu.example")), ("banconista", "pasticceri", "cammareri")),
    "nap": ((("Gennaro", "Esposito"), ("Carmela", "Russo"), ("Ciro", "Capasso"), ("Assunta", "Iovine")), ("Pozzuoli", "Torre del Greco"), "+39 338 {0}", (("Pizzeria 'O Vesuvio", "pizzeriaovesuvio.example"), ("Salumeria Totonno", "salumeriatotonno.example")), ("pizzaiuolo", "banconista", "cameriere")),
    "cat": ((("Núria", "Puig"), ("Jordi", "Soler"), ("Montse", "Vidal"), ("Pau", "Ferrer")), ("Girona", "Lleida"), "+34 639 {0}", (("Cal Pinyol", "calpinyol.example"), ("Mas Roures Cooperativa", "masroures.example")), ("cambrer", "tècnic de laboratori", "dependent")),
    "gl": ((("Uxía", "Castro"), ("Brais", "Otero"), ("Antía", "Lorenzo"), ("Iago", "Vilas")), ("Lugo", "Pontevedra"), "+34 646 {0}", (("Conservas Ría Baixa", "riabaixa.example"), ("Adega Os Muíños", "osmuinos.example")), ("operario", "enólogo axudante", "dependente")),
    "eu": ((("Ane", "Etxeberria"), ("Iker", "Goikoetxea"), ("Maialen", "Arrieta"), ("Unai", "Zubizarreta")), ("Donostia", "Gasteiz"), "+34 688 {0}", (("Olaberri", "olaberri.example"), ("Itsasgain", "itsasgain.example")), ("sukaldari", "mekanikari", "saltzaile")),
    "oc": ((("Joana", "Bonnet"), ("Pèire", "Fabre"), ("Marta", "Roux"), ("Miquèl", "Sabatièr")), ("Tolosa", "Montpelhièr"), "+33 6 12 {0}", (("Ostal de la Font", "ostaldelafont.example"), ("Cooperativa Lo Trabuc", "lotrabuc.example")), ("cosinièr", "vendeira", "jardinièr")),
    "ast": ((("Xuacu", "Menéndez"), ("Covadonga", "Álvarez"), ("Pelayo", "Fernández"), ("Xana", "García")), ("Xixón", "Uviéu"), "+34 685 {0}", (("Sidrería El Llagar", "elllagar.example"), ("Quesos La Peña", "quesoslapena.example")), ("camareru", "quesera", "repartidor")),
    "ilo": ((("Marites", "Agbayani"), ("Romualdo", "Pascua"), ("Leonora", "Ramel"), ("Eduardo", "Tabaquero")), ("Laoag", "Vigan"), "+63 919 {0}", (("Ilocos Tobacco Traders", "ilocostobacco.example"), ("Bagnet ni Lola", "bagnetnilola.example")), ("cashier", "driver", "bookkeeper")),
    "ceb": ((("Jessa", "Cabahug"), ("Rodel", "Ybañez"), ("Cherry", "Alcoseba"), ("Glenn", "Tecson")), ("Cebu City", "Tagbilaran"), "+63 927 {0}", (("Lechon Dako Sugbo", "lechondako.example"), ("Mactan Dive Center", "mactandive.example")), ("cashier", "dive assistant", "kusinero")),
    "tlf": ((("Kimberly", "Soriano"), ("Renato", "Manalo"), ("Angelica", "Tolentino"), ("Ramil", "Cruz")), ("Lungsod Quezon", "Batangas"), "+63 905 {0}", (("Bayanihan Manpower", "bayanihanmp.example"), ("Liwayway Foods", "liwaywayfoods.example")), ("kawani sa administrasyon", "tagapag-ingat ng tindahan", "accountant")),
    "gsw": ((("Reto", "Bühler"), ("Nadja", "Zürcher"), ("Urs", "Gisler"), ("Seraina", "Caduff")), ("Luzern", "Winterthur"), "+41 79 {0}", (("Beck Hunziker", "beckhunziker.example"), ("Schreinerei Amrein", "schreinereiamrein.example")), ("Verchäuferin", "Schriiner", "Lehrling")),
    "fy": ((("Sjoukje", "de Vries"), ("Wytse", "Hoekstra"), ("Janneke", "Bosma"), ("Sjoerd", "Dijkstra")), ("Ljouwert", "Snits"), "+31 6 52{0}", (("Molkfabryk De Greidhoeke", "greidhoeke.example"), ("Kafee It Wetterpaad", "wetterpaad.example")), ("operator", "kok", "meiwurker")),
    "esmx": ((("Ximena", "Hernández"), ("Luis Ángel", "Ramírez"), ("Itzel", "Morales"), ("Brandon", "Flores")), ("Puebla", "Querétaro"), "+52 55 {0}", (("Taquería El Güero", "taqueriaelguero.example"), ("Papelería La Estrella", "laestrella.example")), ("mesero", "cajera", "repartidor")),
    "frqc": ((("Marie-Ève", "Gagnon"), ("Jérémie", "Bouchard"), ("Audrey", "Pelletier"), ("Maxime", "Côté")), ("Trois-Rivières", "Saguenay"), "+1 819 555 {0}", (("Dépanneur Chez Ti-Guy", "cheztiguy.example"), ("Cabane à sucre Labrecque", "cabanelabrecque.example")), ("caissier", "plongeur", "commis")),
}
LANG_NAMES = {
    "pcm": "Nigerian Pidgin", "jam": "Jamaican Patois", "ht": "Haitian Creole", "kea": "Cape Verdean Creole", "tpi": "Tok Pisin", "bi": "Bislama",
    "scots": "Scots", "nds": "Low German", "scn": "Sicilian", "nap": "Neapolitan", "cat": "Catalan", "gl": "Galician", "eu": "Basque", "oc": "Occitan",
    "ast": "Asturian", "ilo": "Ilocano", "ceb": "Cebuano", "tlf": "Tagalog (formal)", "gsw": "Swiss German", "fy": "West Frisian",
    "esmx": "Mexican Spanish (everyday)", "frqc": "Quebec French (everyday)",
}

# Long footers by sender: each part one of two, joined under a rule.
FOOTERS = {
    "retail": (
        ("Click-and-collect is free on baskets above 30 at https://shop.{dom}; pick up from the service desk in any branch within five days.", "Deals of the week, from patio sets to pantry staples, live at https://shop.{dom}/deals."),
        ("Rewards Club: points on every till receipt and a treat on your birthday, https://{dom}/rewards.", "Add your Rewards card to your phone wallet and scan it at any till for points."),
        ("Holiday trading hours for each branch appear in the store finder at https://{dom}/stores.", "The store finder shows each branch's hours, parking and accessible entrances."),
        ("Curious what working with us looks like? Stories from our branches, depots and head office: https://careers.{dom}.", "Weekend, seasonal and management vacancies are all searchable at https://careers.{dom}/search."),
        ("Facebook · Instagram · TikTok · Pinterest - new arrivals and giveaways", "New ranges, recipes and competitions turn up first on our Instagram and TikTok."),
        ("{org} Ltd, registered office 14 Wharf Road, {city}. This mailbox sends only; anything written back to it is lost. How candidate data is handled: https://{dom}/privacy. Marketing mail can be switched off from your account page.", "Mail written back to this sender goes unread. Candidate data is handled as set out at https://{dom}/privacy-candidates. (c) {year} {org}."),
    ),
    "bank": (
        ("A digital savings account opens in minutes from the {org} app: https://{dom}/save.", "Transfers, bill payments and card freezes all sit in the {org} Mobile app."),
        ("SECURITY REMINDER: no one from {org} asks for a PIN, password or one-time code by mail, text or call. Forward anything suspicious to fraud@{dom}.", "Fraudsters pose as bank staff. Our people never ask for an OTP or card details; when unsure, hang up and ring the hotline printed on your card's reverse."),
        ("Deposits are insured up to the limits set by the national deposit protection scheme.", "{org} is regulated by the Central Bank. Deposits are protected by the Deposit Protection Fund within the statutory limits."),
        ("Explore careers at {org}: https://{dom}/careers. Follow our LinkedIn page for graduate trainee and internship announcements.", "Our Graduate Trainee Programme opens every March; register your interest at https://{dom}/careers/graduates."),
        ("DISCLAIMER: Whatever this mail and its attachments contain is confidential to the person it names. Misdelivered copies should be erased and the sender told. The writer speaks personally unless stating otherwise.", "CONFIDENTIALITY NOTICE: This message may hold privileged information. Anyone other than the addressee is barred from using, copying or passing it on. {org} takes no responsibility for viruses carried by mail."),
        ("Save paper: read this on screen.", "Think green: keep it on screen."),
    ),
    "hospital": (
        ("Visiting hours: 10:00-12:00 and 16:00-20:00 daily. Only two visitors per patient at a time.", "Our outpatient clinics are open Monday to Saturday; book online at https://{dom}/appointments."),
        ("Get your flu shot at our Wellness Centre, no appointment needed, every weekday until the end of the month.", "Free blood pressure and sugar screening at the main lobby every first Saturday of the month."),
        ("{org}: accredited teaching hospital, affiliated with three regional nursing colleges.", "{org}: compassionate care since 1962. Accredited by the national health accreditation body."),
        ("Careers: https://{dom}/careers lists openings for nurses, allied health and support staff. Walk-in applicants are accepted at the HR office, ground floor, Annex B.", "Join our team - see openings at https://{dom}/careers or follow our Facebook page for hiring announcements."),
        ("Emergency? Call our 24/7 hotline or go straight to the Emergency Department. Do not use this mailbox for medical concerns.", "This mailbox does not handle medical enquiries. For emergencies, please proceed to the nearest emergency room."),
        ("Data privacy law covers what is written here; it is for the addressee's eyes only. If it strayed into your inbox, please alert the sender and wipe it. Unauthorised use is prohibited.", "CONFIDENTIAL: for the addressee only. We handle personal information as our privacy policy at https://{dom}/privacy describes."),
    ),
    "uni": (
        ("The University is a charity registered in Scotland, No SC0{ref}.", "The University is a registered charity and a member of the national research universities group."),
        ("Open Days: come and see our campus on the first Saturday of each month. Book at https://{dom}/visit.", "Postgraduate open evening next month - talk to staff and students about taught and research programmes."),
        ("Staff benefits include a generous pension scheme, 41 days' annual leave including public holidays, and discounted sports centre membership.", "Working at the University: flexible working, family-friendly policies and a staff development programme."),
        ("Current vacancies across all schools and professional services: https://jobs.{dom}. Sign up for job alerts by category.", "See all current posts at https://jobs.{dom}; you can save searches and receive alerts by email."),
        ("We hold an Athena Swan Silver award and are a Disability Confident employer; applicants from every background are encouraged.", "Equality, diversity and inclusion shape how we recruit; every post here pays the real Living Wage or more."),
        ("The message above, with any files it carries, is confidential and meant only for its addressee. Misdirected copies should be deleted and the sender alerted.", "Information about how the University processes applicant data is available at https://{dom}/recruitment-privacy."),
    ),
    "gov-health": (
        ("This mailbox is unattended. Questions go to the recruitment team through the applicant portal.", "Nobody reads mail sent back here; use the portal's message function instead."),
        ("The board is an equal opportunities employer and encourages applicants of every background.", "The board is committed to fair recruitment and is a Disability Confident Leader."),
        ("Keep up to date with health board news at https://{dom}/news and follow us on Facebook and X.", "Our latest vacancies are also posted on the national health jobs site."),
        ("Information about how we use your personal data during recruitment is available at https://{dom}/privacy.", "Confidential content may be included; anyone who is not the addressee should erase the message and alert the sender."),
    ),
    "logis": (
        ("Track your consignment 24/7 at https://track.{dom}.", "Need a quote? Our freight desk is open 24 hours: https://{dom}/quote."),
        ("Safety is our first value: zero harm, every shift, every site.", "Proud to be ISO 9001, 14001 and 45001 certified."),
        ("Join our drivers' WhatsApp channel for route updates and job openings.", "Careers: https://{dom}/careers - drivers, warehouse and office roles."),
        ("Contents confidential and possibly legally privileged; if misdirected, erase and tell the sender.", "Registered office: Plot 7, Industrial Area, {city}. Company registration no. {ref}."),
    ),
    "event": (
        ("What's on this month: https://{dom}/whats-on. Members get priority booking.", "Next month at {org}: jazz brunches every Sunday and a late-night print fair."),
        ("Become a friend of {org} for priority access, members' evenings and 10% off in the bar.", "Friends membership gets you into previews and launches first."),
        ("Follow us on Instagram for behind-the-scenes news.", "Find us on Instagram, Facebook and TikTok."),
        ("You're receiving this because you joined our mailing list. Unsubscribe at https://{dom}/unsubscribe. {org}, 2 Quay Street, {city}.", "Change what we send, or stop it: https://{dom}/preferences."),
    ),
    "theatre": (
        ("Our next production opens in the spring; tickets on sale from the box office.", "Season tickets for the coming year are now available online."),
        ("We're a volunteer-run company and a registered charity. Every ticket helps keep local theatre alive.", "Donations help fund our youth theatre and workshops: https://{dom}/donate."),
        ("Follow us on Facebook and Instagram for rehearsal photos.", "Find rehearsal schedules and news on our website."),
        ("To stop receiving emails from us, reply with UNSUBSCRIBE. {org}, Old Mill Lane, {city}.", "Manage your membership and email settings at https://{dom}/members."),
    ),
    "flat": (
        ("Browse all available rentals at https://{dom}/to-let.", "New listings every week - set up a property alert at https://{dom}/alerts."),
        ("Landlords: we manage over 2,000 units across the metro. Ask about our tenant-vetting and rent-collection service.", "Thinking of selling? Ask for a free valuation from our sales team."),
        ("{org} is a registered member of the estate agency regulator; fidelity fund certificate available on request.", "All agents are registered with the property practitioners' authority."),
        ("Confidential: meant only for the applicant named. POPIA notice: https://{dom}/privacy.", "Privacy: https://{dom}/privacy · Unsubscribe from property alerts at any time."),
    ),
    "airline": (
        ("Manage your booking, choose seats and add bags at https://{dom}/manage.", "Check in online from 48 hours before departure at https://{dom}/checkin."),
        ("Earn miles on every flight with our frequent flyer programme.", "Members earn and spend miles with our partner airlines and hotels."),
        ("Travel advisory: check entry requirements for your destination before you fly.", "Please arrive at the airport at least two hours before departure."),
        ("Sent automatically; replies go nowhere. Privacy policy: https://{dom}/privacy. (c) {year} {org}.", "This message relates to a booking made under your name. The sending address accepts no replies."),
    ),
}
FOOTERS["tech"] = FOOTERS["logis"]
FOOTERS["agency"] = FOOTERS["logis"]

# Notes the reader sent before, quoted under a thread reply: none speaks of the outcome.
READER_NOTES = (
    "Hi {hm},\n\nCheers again for {day} - good to walk the yard and finally match faces to the names on the emails. Any further paperwork, just holler.\n\nThanks,\n{first}",
    "Dear {hm},\n\nTrust the week is treating you kindly. Is there an update on the {role} position? My referees are ready for a call whenever suits.\n\nKind regards,\n{full}",
    "Hello {hm},\n\nAttached is the sample report I mentioned on {day}. Keen to hear your thoughts.\n\nBest,\n{first}",
    "Hi {hm}, grateful for the chat on {day}. My certificates are now uploaded on the portal as you asked.\n\n{first}",
)
ATS_TOOLS = ("Talentory", "HireLoop", "Applyflow", "PeopleGate", "Recruitdesk", "JobTrail")
PHONE_SIGS = ("Sent from my iPhone", "Sent from my Tecno", "Sent from Outlook for iOS", "Sent from my Infinix")
STREETS = ("14 Protea Road", "Unit 6, Acacia Gardens", "22 Marula Crescent")
AMOUNTS = ("KES 250,000", "KES 80,000", "KES 400,000")


class Maker(MakerBase):
    def context(self, region: str, sector: str) -> dict:
        rng = self.rng
        lang = region if region in LANG else None
        if lang:
            people, cities, phone, orgs, roles = LANG[lang]
            hello, sign = "", ""
        else:
            reg = rng.choice(sorted(REGIONS)) if region == "mix" else region
            people, others, cities, phone, hello, sign = REGIONS[reg]
            orgs, roles = SECTORS[sector]
        (hm, hm_sur), (first, surname) = rng.sample(people, 2)
        (org, dom), (org2, _) = rng.sample(orgs, 2) if len(set(orgs)) > 1 else (orgs[0], orgs[0])
        role, role2 = rng.sample(roles, 2) if len(roles) > 1 else (roles[0], roles[0])
        if sector == "campus":
            role2 = rng.choice(SECTORS["bank"][1] + SECTORS["tech"][1])
            org2 = rng.choice(("Sahyadri Motors", "Volta Breweries", "Kaveri Fintech", "Adansi Gold Fields"))
        elif sector == "agency":
            role2 = rng.choice(SECTORS["logis"][1] + SECTORS["tech"][1])
        sent = datetime(2026, 11, 2, 7, 0) + timedelta(days=rng.randrange(90), minutes=rng.randrange(12 * 60), seconds=rng.randrange(60))
        later = sent + timedelta(days=rng.randrange(3, 18))
        before = sent - timedelta(days=rng.randrange(2, 9))
        nxt = f"{later.day}/{later.month}" if lang else f"{later:%A} {later.day} {MONTHS[later.month - 1]}"
        c = {
            "first": first, "surname": surname, "full": f"{first} {surname}", "hm": hm, "hm_full": f"{hm} {hm_sur}",
            "org": org, "org2": org2, "dom": dom, "lang": lang, "region": None if lang else reg, "sector": sector,
            "role": role, "role2": role2, "city": rng.choice(cities), "other": rng.choice(others) if not lang else "",
            "year": sent.year + 1, "ref": f"{rng.choice(('', 'R', 'VAC-', 'PSB/'))}{rng.randrange(1000, 99999)}",
            "next": nxt, "date": f"{later.day} {MONTHS[later.month - 1]}", "day": f"{before:%A} {before.day} {MONTHS[before.month - 1]}",
            "sent": sent, "later": later, "stamp": f"{sent:%d %b %Y %H:%M}", "phone": phone.format(rng.randrange(100000, 999999)),
            "street": rng.choice(STREETS), "amount": rng.choice(AMOUNTS), "hello": hello, "sign": sign,
            "datehdr": f"{sent:%a, %d %b %Y %H:%M:%S} +0000",
        }
        c["ROLE"] = role.upper()
        return c

    def shell(self, code: str, subject: str, core: str, c: dict) -> tuple[str, str, str]:  # noqa: PLR0911, PLR0912 - one branch per shell
        """The subject, body and sender of one shape around ``core``."""
        rng = self.rng
        org, dom, first = c["org"], c["dom"], c["first"]
        own = bool(re.match(r"(Hi |Hey|Sorry|Good |Kia ora|Dear |Hello|How far|Wah|Yow|Mawnin|Qué|Salut|Ei |Uè|Ciau|Hoi|Hiya|Olá|Halo)", core))
        hello = "" if own or not c["hello"] else c["hello"].format(**c) + "\n\n"
        person = f"{c['hm_full']} <{mailbox(c['hm_full'].replace(' ', '.'), 'staff')}@{dom}>"
        me = f"{c['full']} <{mailbox(first + '.' + c['surname'], 'me')}@inbox.example>"
        if code == "pm":  # a plain mail from a person
            if c["lang"]:
                return (subject, f"{core}\n\n{org} · {c['city']}", person)
            return (subject, f"{hello}{core}\n\n{c['sign']},\n{c['hm_full']}\n{org}", person)
        if code == "ph":  # from a phone: no greeting added, a phone signature
            sign = rng.choice(("", f"\n{c['hm']}", f"\n- {c['hm'][0]}"))
            return (subject if rng.random() < 0.5 else f"Re: {subject}", f"{core}{sign}\n\n{rng.choice(PHONE_SIGS)}", person)
        if code == "ft":  # the careers or service team's mail under a long footer
            parts = FOOTERS.get(c["sector"], FOOTERS["logis"])
            foot = "\n\n".join(rng.choice(pair).format(**c) for pair in parts)
            team = {"retail": "Store Recruitment", "bank": "Human Resources Division", "hospital": "Human Resource Management Office", "uni": "People Services",
                    "gov-health": "Recruitment Services", "event": "Events Team", "theatre": "Company Secretary", "flat": "Rentals Desk", "airline": "Customer Care"}.get(c["sector"], "HR Team")
            return (subject, f"{hello}{core}\n\n{c['sign']},\n{team}\n{org}\n\n" + rng.choice(("=" * 36, "-" * 50, "* * *")) + f"\n\n{foot}", f"{org} <{team.split()[0].lower()}@{dom}>")
        if code == "at":  # a one-line status from an applicant-tracking tool, in one of six shapes
            tool = rng.choice(ATS_TOOLS)
            shape = rng.randrange(6)
            link = f"https://{org.split()[0].lower()}.{tool.lower()}.example/candidate/{c['ref']}"
            if shape == 0:
                body = f"Application update\n\n{c['role']} · {org}\nRequisition {c['ref']}\n\n{core}\n\nSee your candidate home: {link}\nPowered by {tool}"
            elif shape == 1:
                body = f"{core}\n\n- {org} Recruiting\n\nSent via {tool}. Replies to this message are not delivered."
            elif shape == 2:
                body = f"Candidate: {c['full']}\nPosition: {c['role']}\nUpdated: {c['stamp']}\nNote: {core}\n\n{link}"
            elif shape == 3:
                body = f"Hello {first},\n\n{core}\n\nTo see all your applications, sign in at {link}\n\n{org} Talent Acquisition"
            elif shape == 4:
                body = f"[{org} Careers] {core}\n\nManage notifications in the {tool} app."
            else:
                body = f'<html><body><div style="font-family:Helvetica,sans-serif;max-width:520px;margin:auto"><p style="color:#555;font-size:12px">{org} &middot; {tool}</p><p style="font-size:15px">{core}</p><p><a href="{link}">View application</a></p></div></body></html>'
            return (subject, body, f"{org} via {tool} <no-reply@{tool.lower()}.example>")
        if code == "th":  # a reply in a thread after an interview, quoting the reader's note
            sent = c["sent"] - timedelta(hours=rng.randrange(3, 40))
            note = rng.choice(READER_NOTES).format(**c)
            quoted = f"From: {c['full']} <{mailbox(first + '.' + c['surname'], 'me')}@inbox.example>\nSent: {sent:%A, %d %B %Y} {sent:%H:%M}\nTo: {person}\nSubject: Re: {subject}\n\n{note}"
            return (rng.choice(("RE: [EXT] Re: ", "Re: [External] ", "RE: [EXTERNAL] RE: ", "Re: Re: ")) + subject,
                    f"{hello}{core}\n\n{c['hm']}\n\n________________________________\n{quoted}", person)
        if code == "rc":  # a recruiter's mail with a signature
            return (subject, f"{hello}{core}\n\n{c['sign']},\n{c['hm_full']}\n{rng.choice(('Principal Consultant', 'Talent Acquisition Partner', 'Recruitment Consultant', 'Account Manager'))} | {org}\nM: {c['phone']}\nhttps://www.{dom}", person)
        if code == "gv":  # a public-sector notice from a recruitment portal
            return (subject,
                    f"{org}\nRecruitment and Selection\nRef: {c['ref']}\nDate: {c['later'].day} {MONTHS[c['later'].month - 1]} {c['later'].year}\n\n{hello}{core}\n\n{c['sign']},\n\n{c['hm_full']}\nFor the Secretary / Head of Recruitment\n\nGenerated by the {org} e-recruitment system. This address sends only; direct enquiries through the portal at https://jobs.{dom}.",
                    f"{org} e-Recruitment <erecruitment@{dom}>")
        if code == "pc":  # a graduate, internship or campus placement office notice
            return (f"[{org.split(',')[0]}] {subject}",
                    f"{hello}{core}\n\nFor queries, write to the programme coordinator at programmes@{dom}.\n\n{org}\n\nThis notice is sent to registered applicants of the current cycle only.", f"{org.split(',')[0]} <programmes@{dom}>")
        if code == "ht":  # an HTML mail
            greet = "" if own else f"<p>{c['hello'].format(**c)}</p>"
            paras = "".join(f'<p style="margin:0 0 12px;font:15px Georgia,serif">{line}</p>' for line in core.split("\n") if line.strip())
            return (subject, f'<html><body style="background:#eef1f4"><div style="max-width:580px;margin:24px auto;background:#fff;padding:22px;border-top:5px solid #274c77"><h2 style="font:bold 19px Georgia">{org}</h2>{greet}{paras}<p>{c["sign"]},<br>{c["hm"]}</p><p style="font:10px Arial;color:#8a8a8a">{org} &middot; {c["city"]} &middot; <a href="https://{dom}/privacy">Privacy</a> &middot; <a href="https://{dom}/unsubscribe">Unsubscribe</a></p></div></body></html>',
                    f"{org} <mail@{dom}>")
        if code == "sms":  # a text, copied to mail by a phone backup app
            return (f"SMS from {c['phone']}", f"{core}\n\n---\nFrom {c['phone']} · {c['stamp']}\nSaved to email by SMS Keeper", "SMS Keeper <backup@smskeeper.example>")
        if code == "wa":  # a WhatsApp chat exported in the iPhone layout
            t = c["sent"]
            lines = [f"[{t + timedelta(minutes=n):%d/%m/%Y, %H:%M:%S}] {c['hm_full']}: {part}" for n, part in enumerate(p for p in core.split("\n") if p.strip() and p != c["hm"])]
            return (f"WhatsApp Chat with {c['hm_full']}", "\n".join(lines) + "\n\n<attached: _chat.txt>", me)
        if code == "hl":  # an HTML mail in a language
            paras = "".join(f"<p>{line}</p>" for line in core.split("\n") if line.strip())
            return (subject, f'<html><body><div style="font-family:Verdana,sans-serif;max-width:600px;border-left:4px solid #6b8f71;padding:12px 16px">{paras}<hr><small>{org} · {c["city"]} · https://{dom}</small></div></body></html>', f"{org} <info@{dom}>")
        raise ValueError(code)

    def add(self, name: str, kind: str, region: str, sector: str, code: str, subject: str, core: str) -> None:  # noqa: PLR0917 - a template's fields
        seen = {rec["body"] for rec in self.records}
        for _ in range(20):  # a short core in a bare shell can come out twice: draw the copy again
            c = self.context(region, sector)
            subj, body, sender = self.shell(code, subject.format(**c), core.format(**c), c)
            if body + "\n" not in seen:
                break
        self.shells[(kind, code)] += 1
        self.langs[(c["lang"] or "en-" + c["region"], "rejection" if kind == RJ else "other")] += 1
        self.records.append(record(subj, body, sender, kind=kind, family=f"{PREFIX}-{name}", provenance=PROVENANCE, to=f"{c['full']} <{mailbox(c['first'] + '.' + c['surname'], 'me')}@inbox.example>", date=c["datehdr"]))


def build(maker: Maker | None = None) -> list[dict]:
    maker = maker or Maker(random.Random(SEED))
    for name, kind, region, sector, shells, subject, core in ENGLISH_NO + ENGLISH_TWINS:
        for code in shells:
            maker.add(name, kind, region, sector, code, subject, core)
    for name, kind, lang, shells, subject, core in LANG_NO + LANG_TWINS:
        for code in shells:
            maker.add(name, kind, lang, "", code, subject, core)
    return finish(maker.records, maker.rng, "w34")


def langs(maker: Maker, records: list[dict]) -> int:
    """Print the make-up by kind, kind/shell and language or place (no message text)."""
    return makeup(records, (("kind / shell", maker.shells), ("language or place / label", maker.langs)), lengths(records), names=LANG_NAMES)


def main(argv: list[str]) -> int:
    maker = Maker(random.Random(SEED))
    records = build(maker)
    return run(argv, OUT, records, lambda: langs(maker, records), skip=SEALED, top=None)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
