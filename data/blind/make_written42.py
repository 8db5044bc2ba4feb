# ruff: noqa: E501, S311
"""Write data/blind/written-42.jsonl: training mail, thirtieth batch (hostile non-rejections).

Twenty-seventh pass, part C (precision). Each shipped model, measured on the slice sealed in its
tree (slices 11-25), filed about 38 other mails in 1,560 filings: confirmations that talk about a
refusal that has not happened, talent-pool welcomes, "in review" statuses, refusals that are not
about a job, staff news naming who was appointed, the reader's own withdrawal confirmed, and
interview, next-step or offer mail with apologetic words. This batch writes those kinds in new
wordings:

* (a) ~200 ``not_rejection`` mails of those kinds in US, UK, Irish, Indian, Australian,
  Canadian, Singaporean, South African and Nigerian English, ATS shapes and people, and some in
  German, French, Spanish, Portuguese, Dutch and Italian;
* (b) ~60 ``rejection`` twins from the same senders and shapes, so that the batch does not teach
  "these senders never refuse".

Shells: an ATS notification (``ats``), a candidate-portal message alert (``pt``), a no-reply
status mail with an application number (``nr``), a recruitment agency consultant (``ag``), a
formal HR letter (``hr``), and a plain email from a person (``em``).

    python data/blind/make_written42.py           # writes the file (seed 420421)
    python data/blind/make_written42.py --langs   # make-up by kind, shell and region
    python data/blind/make_written42.py --check   # 6-word-shingle overlap with the other data

Stdlib only; two runs give byte-identical output.
"""

from __future__ import annotations

import random
import sys
from datetime import datetime, timedelta
from pathlib import Path

SEED = 420421
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
# the scaffolding every batch shares (data/blind/batch_tools.py, beside this file)
from batch_tools import MakerBase, ascii_slug, finish, lengths, makeup, record, run  # noqa: E402

# written-31's kinds, months and address helpers (the batch beside this file)
from make_written31 import AR, IV, MONTHS, NJ, NS, OF, OJ, RJ, mailbox  # noqa: E402

OUT = HERE / "written-42.jsonl"
PROVENANCE = "written for rejectwatch issue 11 twenty-seventh pass as training mail, thirtieth batch, precision: hostile non-rejections and their refusal twins (make_written42.py)"
PREFIX = "blind-w42"  # the read-slice prefix: train-only in grouped CV, weight READ_SLICE_WEIGHT
HAM = "ham"

# Templates: (name, kind, region, shells, role, subject, core). One copy per shell listed, each
# with its own reader, signer, invented outfit, town, date and time zone from its region.
EN = (
    # -- confirmations that talk about a refusal that has not happened
    ("ack-cv-kept-if-not", AR, "uk", ("ats", "nr", "em"), "Payroll Administrator", "Form in: {role}",
     "Cheers for your form for the {role} post at {org}. A member of the resourcing team will look at your details over the next fortnight. Should this particular vacancy not work out for you, we hold your CV on file six months and a similar opening may bring a call. You needn't do anything else for the moment."),
    ("ack-either-way-details", AR, "au", ("ats", "pt", "ag"), "Site Coordinator", "Application lodged: {role}",
     "Your application for {role} has been lodged with {org}. Shortlisting closes on {date}. Either way it goes, your details sit on our system so the recruiters can ring you as fresh projects start up around {city}."),
    ("ack-only-contact-match", AR, "in", ("nr", "ats", "em"), "Associate Software Engineer", "Application ID {ref} received",
     "Dear {first}, your profile for the {role} opening has reached us. As lakhs of profiles come in, the TA team calls back only when a profile fits what the business unit has asked for. Kindly avoid sending follow-up mails for the same."),
    ("ack-assume-fourteen", AR, "za", ("ats", "nr"), "Branch Administrator", "Your application: {role}",
     "We've logged your CV for the {role} vacancy at {org}. People on the shortlist hear by phone within 14 working days after applications close. Where no call has come by then, please regard your application for this vacancy as unsuccessful; do look at our site for other posts."),
    ("ack-no-news-three-weeks", AR, "ng", ("em", "nr", "ats"), "Graduate Trainee", "Acknowledgement: {role} application",
     "Dear {first}, your form for the {role} programme has been logged at {org}. Only candidates who meet the cut-off for the aptitude test will be invited. Where no invite reaches you three weeks after applications close, kindly take it that this cycle did not work out for you."),
    ("ack-conditional-keep-file", AR, "us", ("ats", "pt"), "Customer Success Associate", "Thanks for applying to {org}!",
     "Hi {first}, your {role} application landed and a recruiter is going through it this week. Should this role not go your way, don't worry: every applicant's profile is saved with us and recruiters often circle back when a closer fit opens up."),
    ("ack-sg-shortlisted-only", AR, "sg", ("nr", "ats", "em"), "Operations Executive", "Application for {role}",
     "Dear {first}, your CV for the {role} position has reached our HR desk. As the response has been overwhelming, we will write only to candidates on the shortlist. We keep résumés on our system for twelve months and look there first when openings arise."),
    ("ack-ie-not-progressing-if", AR, "ie", ("ats", "em"), "Healthcare Assistant", "Application received - {role}",
     "Hi {first}, many thanks for your {role} panel application to {org}. If it isn't brought forward to interview this time, you'll get an email saying so, and you'll still be kept in mind for the next panel we run in {city}."),
    ("ack-ca-if-unsuccessful-notice", AR, "ca", ("pt", "nr"), "Program Assistant", "Competition {ref}: application received",
     "Competition {ref} ({role}): your application is in. Screening starts once the posting closes. Applicants screened out are told by email; those screened in get a written-exam invitation."),
    ("ack-whatever-outcome", AR, "uk", ("em", "ag"), "Marketing Executive", "Re: {role} - CV received",
     "Hi {first}, lovely to get your CV for the {role} role, cheers for sending it. The shortlist goes to the client on {date}, and either way I'll ring, promise."),
    ("ack-us-no-response-means", AR, "us", ("ats", "nr"), "Warehouse Associate", "We received your application",
     "Your {role} application to {org} is in. With so many applicants, personal replies to each aren't possible. If your experience lines up, a recruiter phones you to book a chat; other openings are posted on our careers site every week."),
    ("ack-au-unsuccessful-future", AR, "au", ("nr", "em"), "Client Services Officer", "Thank you for your application",
     "G'day {first}, ta for applying, {role} is a popular one. We're currently reviewing applications and expect to finish interviews by {date}. If you aren't shortlisted this round, we'll keep your resume in our talent community for twelve months."),
    # -- talent pool welcomes
    ("pool-welcome-community", AR, "us", ("ats", "pt", "nr"), "General interest", "Welcome to the {org} Talent Community",
     "Hi {first}, you've joined the {org} Talent Community. Expect roles that fit the interests you selected and news about life at {org}. Being in the community doesn't mean you've applied to a specific job; browse open roles any time to apply."),
    ("pool-uk-register", AR, "uk", ("ag", "em"), "Temporary admin", "Welcome to our register",
     "Hi {first}, great to chat earlier. You're now registered with us for temporary admin work in {city}; I'll text you as soon as a booking comes in that suits your hours. Please send over your right-to-work documents when you get a minute."),
    ("pool-in-campus-database", AR, "in", ("nr", "em"), "Campus hiring", "Profile added to talent pool",
     "Dear {first}, your details are now part of the {org} campus hiring talent pool. Whenever a suitable requirement comes up, our HR team will connect with you. No action is required at your end."),
    ("pool-sg-future-roles", AR, "sg", ("ats", "pt"), "Future opportunities", "Talent network: you're in",
     "Welcome to the {org} talent network, {first}. Your profile gets matched against new openings in Singapore and the region and alert you when there's a fit. You can update your preferences or unsubscribe at any time."),
    ("pool-za-graduate-pool", AR, "za", ("em", "nr"), "Graduate pool", "Graduate talent pool",
     "Hi {first}, thank you for registering for the {org} graduate talent pool. Business units draw from the pool all year round, so a call could come at any point. Please keep your transcript and contact details up to date."),
    ("pool-ca-hold-on-file", AR, "ca", ("ag", "pt"), "Bilingual roles", "Your profile with {org}",
     "Hi {first}, thanks for connecting with us. I've popped your profile into our bilingual candidate pool for the {city} area. Nothing suitable is open right now, but our clients hire often and I'll phone you the moment something fits."),
    # -- status "in review"
    ("status-under-review", AR, "us", ("ats", "pt", "nr"), "Financial Analyst", "{role}: status update",
     "Hi {first}, your {role} application (Req {ref}) now shows \"Under review\" while the hiring team reads through candidates. We'll update your status again when there's a decision to share."),
    ("status-in-progress-uk", AR, "uk", ("pt", "nr"), "Policy Officer", "Status change: your application",
     "{role} ({ref}) - new status: Sift in progress. A sift normally runs for two or three weeks once the advert closes. Another email follows when it's done."),
    ("status-hiring-manager-review", AR, "in", ("ats", "em"), "Data Analyst", "Update on your application",
     "Hi {first}, quick update: your profile for {role} is with the hiring manager for review. We are expecting feedback by {date}. Will keep you posted either way."),
    ("status-delay-sorry", AR, "au", ("em", "ag"), "Project Officer", "Re: {role} - where things are at",
     "Hi {first}, apologies for going quiet. Two panel members were away so the panel is still to meet, and nothing is decided on {role}. The shortlist should be finalised by {date}; I'll phone you whichever way it falls."),
    ("status-ng-pending", AR, "ng", ("em", "nr"), "Relationship Officer", "Status of your application",
     "Dear {first}, your {role} application is yet under consideration. The final selection will be concluded after the bank's recruitment committee sits on {date}. We appreciate your patience."),
    ("status-ie-on-hold", AR, "ie", ("em", "ats"), "Accounts Assistant", "{role} - update",
     "Hi {first}, just a note to say the {role} recruitment is paused for a couple of weeks while the finance director is on leave. Your application is still live and nothing has been decided. Sorry for the delay."),
    ("status-sg-second-round-pending", AR, "sg", ("pt", "em"), "Product Designer", "Your application with {org}",
     "Hi {first}, thanks for hanging on. The team is still completing first-round conversations for {role}. We have not made any decisions yet and will reach out by {date} with an update."),
    # -- non-job refusals
    ("nj-flat-gone", NJ, "uk", ("em", "nr"), "", "Re: viewing at {street}",
     "Hi {first}, nice meeting you at the {street} viewing. Unfortunately the landlord took another applicant's holding deposit yesterday, and the flat has been let. Similar places in {city} will come your way by email."),
    ("nj-loan-declined", NJ, "us", ("nr", "em"), "", "Your loan application {ref}",
     "We're sorry, {first}. Our lending team reviewed your personal loan request and has declined it for now. What we saw in your credit file drove this result; the notice enclosed explains how to get that file free within 60 days."),
    ("nj-grant-not-funded", NJ, "ca", ("nr", "em"), "", "Grant application {ref} - decision",
     "Dear {first}, the {org} Community Arts Grant jury met after a strong intake, and regrettably it did not fund your project. The next intake opens in spring."),
    ("nj-club-waitlist", NJ, "au", ("em", "pt"), "", "Membership application",
     "Hi {first}, thanks for applying for a full membership at {org}. Membership's full this season, so no spot can be offered right now; you sit at number 14 on the waitlist."),
    ("nj-guest-list-full", NJ, "sg", ("em", "nr"), "", "Your registration for our evening",
     "Dear {first}, thank you for registering for the launch evening. We're sorry, but the guest list has closed and your place can't be confirmed. We hope to welcome you at a future event."),
    ("nj-school-place", NJ, "uk", ("hr", "nr"), "", "Secondary school place offer",
     "Dear {first}, your first-choice school had more applicants than places, so the council could not allocate a seat there. The allocation for your child is your second-choice school. The appeals leaflet is enclosed."),
    ("nj-conference-talk", NJ, "us", ("em", "pt"), "", "Your talk proposal",
     "Hi {first}, the program committee read over 600 talk proposals and, sadly, yours missed the cut for the schedule. Do come along as an attendee."),
    ("nj-visa-appointment", NJ, "in", ("nr", "em"), "", "Appointment request {ref}",
     "Dear {first}, no appointment slots remain on the date you requested. Please log in to choose an alternative date. This is an auto-generated mail."),
    ("nj-insurance-claim", NJ, "za", ("nr", "em"), "", "Claim {ref}",
     "Dear {first}, our assessor reviewed the cracked windscreen claim. Unfortunately your policy excludes glass cover, so we are unable to pay this claim. You may escalate this decision to our complaints team."),
    ("nj-rental-ng", NJ, "ng", ("em", "nr"), "", "Re: 2-bedroom flat enquiry",
     "Good afternoon {first}, about the flat at {street} you enquired on. Sorry, the landlord has given it to another tenant who paid first. We have other units in {city} if you want to inspect."),
    ("nj-ie-gaa-lotto", NJ, "ie", ("em",), "", "Re: table for the dinner dance",
     "Hi {first}, sorry, all the tables for the dinner dance are gone. I've put your name down in case anyone drops out. Thanks for supporting the club."),
    ("nj-marketplace", NJ, "au", ("nr",), "", "Your offer on the bike wasn't accepted",
     "Hi {first}, the seller said no to your $400 offer on the road bike. Send a fresh offer or look at similar bikes near you."),
    # -- staff news naming who was appointed
    ("news-new-head", HAM, "uk", ("em", "nr"), "", "Staff news: our new Head of Operations",
     "Dear colleagues, I'm delighted to announce that {other} has been appointed as Head of Operations following a competitive process. {other} joins from a regional logistics firm and starts on {date}. Please make her welcome."),
    ("news-promotion", HAM, "us", ("em",), "", "Please welcome our new Sales Director",
     "Team, after an extensive search we've selected {other} as our new Sales Director. Thank you to everyone who took part in the interviews. {other} starts {date}."),
    ("news-board-member", HAM, "za", ("em", "nr"), "", "Board appointment",
     "{org} is pleased to announce the appointment of {other} as a non-executive director with effect from {date}. The board thanks all nominees and members for their participation."),
    ("news-intranet-joiners", HAM, "in", ("nr",), "", "New joiners this week",
     "Hello all, please join us in welcoming {other}, who has been selected as Lead - Quality Assurance and will be based out of our {city} office. Do drop by and say hello."),
    ("news-captain-announced", HAM, "au", ("em",), "", "Club captain for next season",
     "Hi all, the committee has chosen {other} as club captain for next season. Thanks to everyone who put their hand up. Presentation night details to follow."),
    ("news-school-principal", HAM, "ng", ("em",), "", "Appointment of new principal",
     "Dear parents, the board of governors is pleased to inform you that {other} has been appointed principal of the college after a rigorous selection exercise. She resumes on {date}."),
    ("news-sg-promotion", HAM, "sg", ("em",), "", "Organisation announcement",
     "Dear all, we are pleased to share that {other} has been appointed Regional Finance Controller. We thank the other internal candidates for their interest. Please extend your support to {other} in her new role."),
    # -- the reader's own withdrawal confirmed
    ("withdraw-confirmed-ats", OJ, "us", ("ats", "nr"), "Account Executive", "Withdrawal confirmed",
     "Hi {first}, you've withdrawn from {role} at {org}, as you asked. We've stopped considering you for the position. Withdrew by accident? Reapply on the careers site while the posting is live."),
    ("withdraw-thanks-person", OJ, "uk", ("em", "ag"), "Store Manager", "Re: withdrawing from the process",
     "Hi {first}, congrats on landing the new job, and cheers for telling me! You're out of the {role} process now and the hiring manager knows. Keep in touch."),
    ("withdraw-in-noted", OJ, "in", ("em", "nr"), "Business Analyst", "Re: Withdrawal of candidature",
     "Dear {first}, we note your decision to withdraw your candidature for the {role} position. We have updated our records accordingly and will not schedule the second round. Wishing you the very best."),
    ("withdraw-au-sorry-lose", OJ, "au", ("em",), "Field Technician", "Re: {role}",
     "No worries {first}, sorry to lose you from the process but totally understand with the commute. I've taken your name off the list for {role}. All the best."),
    ("withdraw-ca-cancel-interview", OJ, "ca", ("pt", "em"), "Payroll Specialist", "Interview cancelled at your request",
     "Hi {first}, as requested we've cancelled your interview for {role} on {next} and closed your application. Thanks for the early notice."),
    # -- interview, next step and offer mail with apologetic words
    ("iv-slot-taken", IV, "uk", ("em", "ag"), "Finance Business Partner", "Re: interview - {role}",
     "Hi {first}, unfortunately someone else just booked the 3pm on {next}. Is 4:15 any good? The panel would love to meet you. Same address, reception will buzz me."),
    ("iv-moved-sorry", IV, "us", ("ats", "em"), "Software Engineer II", "Rescheduled: your interview for {role}",
     "Hi {first}, sorry for the shuffle: one of your interviewers is out sick, so your onsite now happens on {next} at 10:00 am. Nothing else changes. Please confirm the new time using the link below."),
    ("iv-regret-delay", IV, "in", ("em", "nr"), "Assistant Manager - Credit", "Interview call letter: {role}",
     "Dear {first}, we regret the delayed reply from our side. You are invited for an in-person interview for the {role} position on {next} at 11:00 AM at our {city} office. Kindly carry a copy of your resume and ID proof."),
    ("iv-not-selected-panel-but", IV, "au", ("em",), "Youth Worker", "Interview - {role}",
     "Hi {first}, apologies, the Monday panel fell through because we couldn't get a quorum. We'd still really like you to come and meet us. Are you free on {next} at 2pm instead?"),
    ("iv-sg-reschedule", IV, "sg", ("em", "pt"), "Relationship Manager", "Interview arrangement - {role}",
     "Dear {first}, we apologise that the hiring manager is unable to make the interview on Thursday due to an urgent travel. Would {next} at 10.30am work for you? The interview will be held via video call."),
    ("iv-ng-unfortunately-venue", IV, "ng", ("em", "nr"), "Graduate Trainee", "Invitation to interview - {role}",
     "Dear {first}, unfortunately the venue for the interview has changed due to renovation work at our head office. You are now expected at our {city} branch on {next} by 9:00 am. Please come with your original credentials."),
    ("iv-ie-sorry-couldnt-reach", IV, "ie", ("em",), "Sous Chef", "Trial shift",
     "Hi {first}, sorry I couldn't take your call earlier, was flat out in the kitchen. Any chance you could do a trial on {next} from 4 till 9? Bring your whites."),
    ("iv-za-regret-postponed", IV, "za", ("em", "ats"), "Internal Auditor", "Interview postponed - {role}",
     "Dear {first}, we regret to advise that the panel interview scheduled for this week has been postponed because load shedding hit the office. The new date is {next} at 09:30. We apologise for the inconvenience."),
    ("iv-ca-cancelled-new-date", IV, "ca", ("em",), "Dental Receptionist", "Change to your interview",
     "Hi {first}, so sorry, our interview tomorrow is off as Dr. Patel has an emergency patient. Could we do {next} at 1pm instead? Apologies again."),
    ("ns-sorry-assessment-moved", NS, "uk", ("ats", "em"), "Graduate Engineer", "Change to your assessment centre",
     "Hi {first}, apologies, your assessment centre has had to shift to {next} because of a clash with a site audit. The timetable and the case study brief are attached. Please confirm you can still attend by replying to this email."),
    ("ns-unfortunately-test-link", NS, "in", ("nr", "ats"), "Trainee Engineer", "Online assessment link - {role}",
     "Dear {first}, unfortunately the assessment link shared earlier had expired. Please find the new link below; it is valid until {date} 11:59 PM IST. Kindly complete the test in one sitting."),
    ("ns-us-regret-paperwork", NS, "us", ("ats", "em"), "Registered Nurse", "Action needed: pre-employment paperwork",
     "Hi {first}, we apologize for the back-and-forth. Your background check form was returned incomplete, so we need you to sign it again by {date} before we can schedule orientation."),
    ("ns-au-not-able-pre-start", NS, "au", ("em",), "Disability Support Worker", "Pre-employment checks",
     "Hi {first}, sorry, we weren't able to process your NDIS worker screening check because the reference number didn't match. Could you send it through again by {date}? Then we'll book your induction."),
    ("ns-sg-sorry-medical", NS, "sg", ("em", "pt"), "Staff Nurse", "Pre-employment medical",
     "Dear {first}, apologies for the late notice. Please attend your pre-employment medical examination at our clinic on {next} at 9am. Kindly fast for 8 hours before the appointment."),
    ("ns-za-regret-ref-check", NS, "za", ("em",), "Branch Manager", "Reference checks",
     "Hi {first}, regrettably we could not reach the second referee on your list. Could you please give us another referee by {date} so that we can finalise your appointment?"),
    ("of-regret-delay-offer", OF, "us", ("ats", "em"), "Product Manager", "Your offer from {org}",
     "Hi {first}, we regret the delay, and thanks for hanging in there while approvals went round. We're thrilled to extend you an offer for the {role} role. The offer letter is attached for you to sign by {date}."),
    ("of-unfortunately-start-date", OF, "uk", ("em", "hr"), "Team Leader", "Offer of employment - {role}",
     "Dear {first}, further to your interview, the post of {role} is yours. Unfortunately we can't accommodate a start before {date} due to the office move, so your start date will be that Monday. Kindly sign one copy of the enclosed contract and send it back."),
    ("of-in-sorry-revised", OF, "in", ("em", "nr"), "Senior Associate", "Revised offer letter",
     "Dear {first}, apologies for the error in the earlier offer letter. Please find attached the revised offer for the {role} position with the corrected CTC. Kindly share your acceptance by {date}."),
    ("of-ng-regret-resumption", OF, "ng", ("em",), "Accountant", "Offer of appointment",
     "Dear {first}, after your successful interview, management has approved your appointment as {role}. We regret that resumption has been shifted to {date} because of the public holiday. Kindly acknowledge receipt of this letter."),
    ("of-ie-not-able-salary", OF, "ie", ("em",), "Physiotherapist", "Offer - {role}",
     "Hi {first}, great news, the {role} job is yours! I'm afraid we couldn't stretch the salary up to the figure you mentioned, but we can offer the top of the band plus an extra day's annual leave. Let me know your thoughts."),
    ("of-ca-sorry-wait", OF, "ca", ("em", "pt"), "Logistics Coordinator", "Good news about {role}",
     "Hi {first}, so sorry for the wait - references took longer than we expected. I'm happy to say the {role} position is yours from {date}. The formal letter follows this afternoon."),
    # -- more receipts, statuses and pools (second wave)
    ("ack-28-days-silence", AR, "uk", ("nr", "hr", "pt"), "Ward Clerk", "{role}: thank you for applying",
     "Your {role} form ({ref}) is safely with us. Shortlisting is done by the recruiting manager after the closing date. We aren't able to write to everybody, so if a month goes by after the close without word from us, it will mean the manager has not picked your form out this time."),
    ("ack-regardless-outcome", AR, "us", ("ats", "em", "nr"), "Medical Assistant", "Next steps after applying",
     "Hi {first}, thanks for wanting to join our {city} clinic as {role}. Here's what happens now: a recruiter screens applications within 5 business days, and an email follows from us whatever the outcome is. No need to call the clinic."),
    ("ack-in-not-considered-if", AR, "in", ("ats", "em"), "Customer Support Executive", "Registration successful - walk-in drive",
     "Dear {first}, you are registered for the walk-in drive for {role} on {next} is successful. Candidates arriving after 1 PM will not be entertained, and those without a printed resume may not be considered. Report at the {city} office with this mail."),
    ("ack-ca-may-not-hear", AR, "ca", ("nr", "ats"), "Retail Sales Associate", "Thanks for applying!",
     "Hey {first}, your application to work at our {city} store came through. Store leaders contact the people they want to meet, usually inside two weeks. Not every applicant gets a follow-up from us, but every application is read."),
    ("ack-za-not-reply-all", AR, "za", ("em", "pt"), "Call Centre Agent", "Application received - {role}",
     "Hi {first}, we have received your CV for {role}. Please note that correspondence will be limited to shortlisted candidates only, and we will phone those candidates to arrange an assessment at our {city} site. Good luck!"),
    ("ack-ng-if-successful", AR, "ng", ("nr", "ats"), "Sales Representative", "Application acknowledged",
     "Dear {first}, we have your {role} application at {org}. Should you scale the screening stage, you will receive an SMS and an email with the date of the written test. Kindly keep your phone line active."),
    ("ack-sg-keep-in-view", AR, "sg", ("em", "ag"), "Accounts Executive", "Re: {role} application",
     "Hi {first}, noted with thanks on your application for {role}. My client will review profiles this week. Should your profile not be shortlisted, I will keep it in view for other accounting roles with my clients."),
    ("ack-ie-hear-either-way", AR, "ie", ("pt", "nr"), "Special Needs Assistant", "Application acknowledgement",
     "Hello {first}, your application for the {role} post at the school has been received by the board of management. Interviews are held during the week beginning {date}, and all applicants will hear from the school either way once the board has made its appointment."),
    ("pool-us-silver-medal", AR, "us", ("em",), "Talent pipeline", "Staying in touch",
     "Hi {first}, I'm building a pipeline for engineering roles we expect to open next quarter, and your profile caught my eye. Fancy a 15-minute call so I can keep you in mind? There's no specific opening yet."),
    ("pool-au-casual-pool", AR, "au", ("ats", "em"), "Casual relief pool", "You're in our casual pool",
     "Hi {first}, welcome to the casual relief pool at {org}! Shifts are offered by text on a first-in basis, so keep your phone handy. The induction pack is in the attachment."),
    ("pool-ng-database", AR, "ng", ("em",), "Future roles", "CV on our database",
     "Good day {first}, your CV has been uploaded to our recruitment database. Whenever our clients in {city} have roles that match your profile, one of our consultants will reach out. Thank you."),
    ("status-ca-interviews-ongoing", AR, "ca", ("em", "pt"), "Communications Officer", "Update on {role}",
     "Hi {first}, quick note: we're still interviewing for {role}, so there's no news yet. We expect to wrap up by {date}. Thanks for hanging in there!"),
    ("status-uk-reference-wait", AR, "uk", ("em",), "Teaching Assistant", "Re: {role}",
     "Hi {first}, sorry this is dragging. We're still waiting on the head to sign off the shortlist, so I can't tell you anything just yet. Nothing's been ruled out."),
    ("status-za-still-considering", AR, "za", ("nr", "em"), "Bookkeeper", "Your application status",
     "Dear {first}, kindly note your {role} application is still being considered. The closing date was extended to {date} to widen the pool, after which shortlisting will begin."),
    ("nj-gym-class", NJ, "uk", ("nr", "em"), "", "Class booking: Saturday spin",
     "Hi {first}, sorry, Saturday's 9am spin class is fully booked and you've not been allocated a bike. You're waitlisted, and an email follows if a bike frees up."),
    ("nj-scholarship", NJ, "ng", ("em", "nr"), "", "Scholarship application outcome",
     "Dear {first}, the selection panel for the {org} undergraduate scholarship has concluded its review and regrets that you have not been awarded a scholarship this year. Applications reopen next session."),
    ("nj-pet-adoption", NJ, "au", ("em",), "", "Re: adoption application for Biscuit",
     "Hi {first}, thanks heaps for your application for Biscuit. Unfortunately a family who'd met him first has been approved. Heaps of other dogs still need homes, so do check back on our site."),
    ("nj-marathon-ballot", NJ, "uk", ("nr",), "", "Ballot result",
     "Sorry {first}, no luck in the ballot this year. Over 500,000 people entered. Charity places are still open to run for a cause."),
    ("nj-restaurant-booking", NJ, "sg", ("nr", "em"), "", "Reservation request",
     "Dear {first}, we are sorry we cannot accommodate your reservation for 8 guests on Saturday evening as we are fully committed. We would be happy to offer Sunday lunch instead."),
    ("nj-credit-limit", NJ, "ca", ("nr",), "", "About your credit limit",
     "Hi {first}, we looked at your credit limit request and can't raise it right now. Your limit remains where it is. Try again after six months."),
    ("nj-residency-in", NJ, "in", ("em",), "", "Housing society application",
     "Dear {first}, the managing committee took up your flat transfer request and regrets that it cannot be approved as the NOC from the bank is pending. Kindly resubmit with the document."),
    ("news-us-we-hired", HAM, "us", ("em", "nr"), "", "We've hired a new Head of People",
     "Hi all, we've found our new Head of People! {other} joins us from a healthcare startup and starts {date}. Thanks to everyone who met candidates during the search."),
    ("news-ca-chair", HAM, "ca", ("em",), "", "Board chair elected",
     "Dear members, {other} was elected chair of the board at last night's AGM. Thank you to both candidates for standing. Minutes will follow."),
    ("news-ie-principal", HAM, "ie", ("em",), "", "New principal",
     "Dear parents, the board of management is delighted to confirm that {other} has been appointed as principal from September. We thank all the candidates who applied."),
    ("withdraw-sg-ack", OJ, "sg", ("em", "ats"), "Data Engineer", "Re: Withdrawal from {role} process",
     "Hi {first}, thanks for informing us. Your {role} application is now withdrawn and the technical round is cancelled. All the best at the new company, and do keep in touch."),
    ("withdraw-za-noted", OJ, "za", ("em",), "Sales Manager", "Re: {role} application",
     "Hi {first}, noted, appreciate the heads-up. The MD knows you're pulling out of the {role} process. Sorry it didn't line up this time, shout if anything changes."),
    ("withdraw-ng-ack", OJ, "ng", ("em",), "Procurement Officer", "Re: withdrawal",
     "Dear {first}, we acknowledge your letter withdrawing your application for the {role} role. Your name has been removed from the shortlist. We wish you well."),
    ("iv-uk-sorry-parking", IV, "uk", ("em", "ats"), "Estates Officer", "Interview arrangements - {role}",
     "Dear {first}, no visitor parking on site during the works, I'm afraid, sorry. Your interview for {role} is on {next} at 10:30 in the main building; try the pay-and-display on {street}."),
    ("iv-us-sorry-no-show", IV, "us", ("em",), "Line Cook", "Re: interview today",
     "Hey {first}, so sorry, I got pulled into a delivery and missed our call. Totally my fault. Can you come by the restaurant {next} at 3? Ask for me."),
    ("iv-ca-regret-panel-change", IV, "ca", ("pt", "em"), "Policy Analyst", "Interview - {role}",
     "We regret that a panel member has changed since our last email. Your interview for {role} is confirmed for {next} at 9:30 a.m. (Eastern) on Teams. The link is below."),
    ("iv-in-regret-reschedule", IV, "in", ("em",), "Sales Officer", "Rescheduled: interview for {role}",
     "Dear {first}, regret to say the Saturday interview stands cancelled because of the bandh. It is now rescheduled to {next} at 10 AM at the same venue."),
    ("ns-ie-sorry-garda", NS, "ie", ("em",), "Care Assistant", "Garda vetting",
     "Hi {first}, sorry, the vetting form came back because a previous address was missing. Can you fill it in again and send it by {date}? Then we can get your start sorted."),
    ("ns-ng-regret-medical", NS, "ng", ("em",), "Management Trainee", "Medical examination",
     "Dear {first}, we regret the short notice. Successful candidates are to undergo a pre-employment medical test at the company clinic on {next}. Bring a valid means of identification."),
    ("of-au-sorry-contract", OF, "au", ("em", "ats"), "Registered Nurse", "Your contract",
     "Hi {first}, sorry the contract took so long, payroll had a backlog. Welcome aboard as {role}! Please sign by {date} and we'll book your orientation."),
    ("of-sg-regret-changes", OF, "sg", ("em",), "Business Analyst", "Letter of offer",
     "Dear {first}, we regret that the earlier letter had the wrong reporting line. Attached is the corrected letter of offer for {role}. Please sign and return by {date}."),
    ("of-za-unfortunately-leave", OF, "za", ("em",), "Electrician", "Offer - {role}",
     "Hi {first}, good news, the job is yours! Unfortunately we can't give leave in December in your first year, but the rest of the offer is as discussed. Start date is {date}."),
)

RJ_TWINS = (
    ("rj-uk-ward-clerk", RJ, "uk", ("nr", "hr"), "Ward Clerk", "{role}: outcome of shortlisting",
     "Your {role} form ({ref}) has been read. The recruiting manager has completed shortlisting and your form wasn't among those picked for interview this round."),
    ("rj-us-clinic", RJ, "us", ("ats", "nr"), "Medical Assistant", "Where your application stands",
     "Hi {first}, thanks for wanting to join our {city} clinic as {role}. After screening, the clinic is hiring someone with more hands-on experience."),
    ("rj-ca-store", RJ, "ca", ("nr", "ats"), "Retail Sales Associate", "About your application",
     "Hey {first}, thanks for wanting a spot at our {city} store. The store team filled the spot and your application ends here. Feel free to try again next season."),
    ("rj-za-call-centre", RJ, "za", ("em", "pt"), "Call Centre Agent", "Assessment result - {role}",
     "Hi {first}, thank you for doing the assessment at our {city} site. Unfortunately you did not achieve the required score, so we cannot proceed with your application for {role}."),
    ("rj-sg-agency-client", RJ, "sg", ("em", "ag"), "Accounts Executive", "Re: {role} application",
     "Hi {first}, my client has looked at the {role} profiles and won't take yours further, as they prefer someone with audit experience. I will keep it in view for other accounting roles."),
    ("rj-ie-board", RJ, "ie", ("pt", "nr"), "Special Needs Assistant", "Outcome of interviews",
     "Hello {first}, the board of management has now made its appointment to the {role} post. I regret that you were not the successful candidate this time. Thanks for coming along."),
    ("rj-ng-screening", RJ, "ng", ("nr",), "Sales Representative", "Screening result",
     "Dear {first}, your application for the {role} role at {org} did not pass the screening stage, and it is now closed. We appreciate the interest."),
    ("rj-ack-cv-kept", RJ, "uk", ("ats", "nr", "em"), "Payroll Administrator", "Your application - {role}",
     "Cheers for your form for the {role} post at {org}. The resourcing team has read every form, and yours stops at this stage. Your CV is kept six months and ring if a similar post comes up."),
    ("rj-either-way", RJ, "au", ("ats", "ag"), "Site Coordinator", "Update: {role}",
     "Hi {first}, shortlisting for {role} at {org} has closed and your application wasn't one of those progressed to interview. Your details sit on our system so the recruiters can ring you as fresh projects start up around {city}."),
    ("rj-in-not-matching", RJ, "in", ("nr", "em"), "Associate Software Engineer", "Application ID {ref}: status",
     "Dear {first}, the TA team has gone through the profiles for the {role} opening and yours did not make the shortlist. We retain your details for upcoming requirements."),
    ("rj-za-unsuccessful", RJ, "za", ("ats", "em"), "Branch Administrator", "Your application: {role}",
     "We've logged your CV for the {role} vacancy at {org}. Sadly your application did not succeed; the candidates taken forward matched the brief more closely. Do look at our site for other posts."),
    ("rj-ng-not-shortlisted", RJ, "ng", ("em", "nr"), "Graduate Trainee", "{role} programme: outcome",
     "Dear {first}, thanks for sitting the aptitude test for the {role} programme at {org}. Sadly, your score fell short of the cut-off and so will not move on to the interview stage this cycle."),
    ("rj-us-not-moving", RJ, "us", ("ats", "pt"), "Customer Success Associate", "Your application to {org}",
     "Hi {first}, a recruiter has read your {role} application, and it won't progress for now. Your profile is saved with us for future openings."),
    ("rj-sg-regret", RJ, "sg", ("nr", "em"), "Operations Executive", "Application for {role}",
     "Dear {first}, the {role} position is now filled, so no interview will be arranged for you. We keep résumés on our system for twelve months and look there first when openings arise."),
    ("rj-ie-not-progressed", RJ, "ie", ("ats",), "Healthcare Assistant", "{role} panel - outcome",
     "Hi {first}, thanks for your {org} {role} panel application. Sorry, your application hasn't been brought forward to interview this time. You'll still be kept in mind for the next panel we run in {city}."),
    ("rj-ca-screened-out", RJ, "ca", ("pt", "nr"), "Program Assistant", "Competition {ref}: screening result",
     "Competition {ref} ({role}) has been screened. Your application was screened out: the required experience in program administration wasn't shown, so no written-exam invitation will follow."),
    ("rj-uk-agency-client", RJ, "uk", ("ag", "em"), "Marketing Executive", "Re: {role}",
     "Hi {first}, Client feedback on the {role} job is in. They've picked someone with more B2B behind them, so sadly they've passed. I'll be watching for other roles for you."),
    ("rj-au-panel-decided", RJ, "au", ("em", "ag"), "Project Officer", "Re: {role} - outcome",
     "Hi {first}, apologies it's taken this long. The panel met on {date} and decided to offer the {role} position to another applicant. Thanks for your time through the process, and I'm happy to give feedback over the phone."),
    ("rj-ng-committee", RJ, "ng", ("em",), "Relationship Officer", "Status of your application",
     "Dear {first}, the recruitment committee has concluded the {role} selection. Regrettably the committee has not picked you for the role. We appreciate your interest in {org}."),
    ("rj-sg-after-conversations", RJ, "sg", ("pt", "em"), "Product Designer", "Your application with {org}",
     "Hi {first}, thanks for your patience. After the first-round conversations for {role}, we're going ahead with designers whose portfolios sit nearer to what we need. All the best to you."),
    ("rj-us-after-onsite", RJ, "us", ("ats", "em"), "Software Engineer II", "Your onsite for {role}",
     "Hi {first}, thanks for the day onsite with the team. After a long debrief, the {role} offer is going to another candidate. We really enjoyed meeting you."),
    ("rj-in-after-interview", RJ, "in", ("em",), "Assistant Manager - Credit", "Interview result: {role}",
     "Dear {first}, thanks for coming for the {role} interview. You were not selected by the panel for the position. Best wishes for your career ahead."),
    ("rj-uk-after-assessment", RJ, "uk", ("ats", "em"), "Graduate Engineer", "Assessment centre outcome",
     "Hi {first}, thanks for attending the assessment centre. the panel hasn't put you through to the scheme; the standard was very high. Feedback on your case study is attached."),
    ("rj-ie-trial", RJ, "ie", ("em",), "Sous Chef", "Trial shift",
     "Hi {first}, thanks for doing the trial. I'm going with a chef who has more pastry, so I'm saying no this time, sorry. Good luck, you were grand on the pass."),
    ("rj-za-after-panel", RJ, "za", ("em",), "Internal Auditor", "Outcome - {role}",
     "Dear {first}, thanks for sitting the panel interview. Regrettably you did not succeed; the post went to another applicant."),
    ("rj-ca-dental", RJ, "ca", ("em",), "Dental Receptionist", "Reception position",
     "Hi {first}, thanks for meeting Dr. Patel last week. We've hired someone who already knows our scheduling software, so your application ends here."),
    ("rj-us-offer-rescinded-search", RJ, "us", ("ats",), "Product Manager", "Update on {role}",
     "Hi {first}, thanks for waiting while we talked it through. Another candidate has accepted {role}, and the search is closed. We truly appreciated getting to know you."),
    ("rj-au-checks-failed", RJ, "au", ("em",), "Disability Support Worker", "Your application",
     "Hi {first}, thanks for your application. As the role requires a full driver's licence, which you mentioned you don't yet hold, your application can't go past this point."),
)

LANG = (
    # German
    ("de-ack-falls-nicht", AR, "de", ("ats", "em"), "Sachbearbeiter Buchhaltung", "Eingangsbestätigung: {role}",
     "schön, dass Sie sich als {role} bei {org} beworben haben. Ihre Unterlagen liegen jetzt beim Fachbereich; eine Rückmeldung bekommen Sie spätestens in drei Wochen. Sollte es mit dieser Stelle nicht klappen, nehmen wir Sie gern in unseren Talentpool auf, sofern Sie zustimmen."),
    ("de-status-pruefung", AR, "de", ("nr",), "Projektmanager", "Statusänderung Ihrer Bewerbung",
     "der Status Ihrer Bewerbung ({ref}) hat sich geändert: In Prüfung durch die Fachabteilung. Entschieden ist bisher nichts; bitte haben Sie noch etwas Geduld."),
    ("de-iv-leider-termin", IV, "de", ("em",), "Werkstudent Marketing", "Ihr Vorstellungsgespräch",
     "leider fällt unser Gespräch am Donnerstag aus, unsere Teamleitung ist kurzfristig auf Dienstreise. Passt Ihnen {next} um 14 Uhr? Das Gespräch findet per Videocall statt."),
    ("de-nj-wohnung", NJ, "de", ("em",), "", "Ihre Anfrage zur Wohnung",
     "danke, dass Sie sich die Wohnung in der {street} angesehen haben. Leider hat sich der Eigentümer für andere Mietinteressenten entschieden. Wir wünschen Ihnen viel Erfolg bei der weiteren Suche."),
    ("de-rj-absage", RJ, "de", ("ats", "em"), "Sachbearbeiter Buchhaltung", "Ihre Bewerbung als {role}",
     "schön, dass Sie sich als {role} bei {org} beworben haben. Nach Durchsicht aller Unterlagen geht die Stelle an eine andere Bewerberin. Gern nehmen wir Sie in unseren Talentpool auf, sofern Sie zustimmen."),
    # French
    ("fr-ack-sans-reponse", AR, "fr", ("ats", "nr"), "Assistant commercial", "Accusé de réception - {role}",
     "votre dossier ({role}) est arrivé chez nous. Elle sera étudiée avec attention par nos équipes. Si trois semaines passent sans nouvelles, c'est que le poste ne s'ouvrira pas pour vous cette fois."),
    ("fr-of-desole", OF, "fr", ("em",), "Chargée de communication", "Proposition d'embauche",
     "désolée pour ce délai, la validation budgétaire a pris plus de temps que prévu. Je suis ravie de vous confirmer que le poste de {role} est à vous dès le {date}. Vous recevrez la promesse d'embauche signée dans la journée."),
    ("fr-ham-nomination", HAM, "fr", ("em",), "", "Nomination",
     "Chers collègues, c'est avec joie que nous annonçons la nomination de {other} au poste de directrice financière à compter du {date}. Nous remercions l'ensemble des candidats internes."),
    ("fr-rj-non-retenu", RJ, "fr", ("ats", "em"), "Assistant commercial", "Votre candidature - {role}",
     "merci d'avoir postulé comme {role}. Nos recruteurs ont étudié chaque dossier et ont choisi de poursuivre avec d'autres personnes pour ce poste. Nous conservons vos coordonnées pour de futures opportunités."),
    # Spanish
    ("es-ack-si-no", AR, "es", ("ats", "em"), "Técnico de soporte", "Candidatura registrada",
     "te has apuntado a la vacante de {role} de {org} y la revisaremos esta semana. Si no seguimos adelante con tu candidatura en esta ocasión, tu CV se queda en nuestra base para otras vacantes."),
    ("es-nj-prestamo", NJ, "es", ("nr",), "", "Tu solicitud de préstamo",
     "tu solicitud de préstamo personal no ha salido aprobada tras el análisis de riesgos. Puedes volver a solicitarlo pasados seis meses."),
    ("es-iv-lo-siento", IV, "es", ("em",), "Administrativo", "Entrevista - {role}",
     "lo siento, la hora de las 10 ya está ocupada. ¿Te vendría bien el {next} a las 12:30? La entrevista será en nuestra oficina de {city}."),
    ("es-rj-descartado", RJ, "es", ("ats", "em"), "Técnico de soporte", "Tu candidatura a {role}",
     "hemos cerrado la revisión de la vacante de {role} de {org}. Hemos revisado los perfiles y seguimos el proceso con otras personas. Tu CV se queda en nuestra base para otras vacantes."),
    # Portuguese
    ("pt-ack-banco-talentos", AR, "pt", ("ats", "nr"), "Analista de RH", "Candidatura recebida",
     "sua inscrição para {role} foi registrada. Se não for desta vez, seu perfil continua no nosso cadastro para as próximas vagas."),
    ("pt-ns-desculpe", NS, "pt", ("em",), "Estagiário de engenharia", "Próxima etapa do processo",
     "desculpe a demora no retorno. Você foi aprovado na etapa de dinâmica e a próxima fase é o teste técnico online, que deve ser concluído até {date}."),
    ("pt-rj-nao-selecionado", RJ, "pt", ("ats", "em"), "Analista de RH", "Retorno sobre sua candidatura",
     "obrigado por participar do processo de {role}. Infelizmente você não seguirá para as próximas etapas. Seu perfil continua no nosso cadastro para as próximas vagas."),
    # Dutch
    ("nl-ack-in-behandeling", AR, "nl", ("ats", "nr"), "Klantenservicemedewerker", "Je sollicitatie is binnen",
     "leuk dat je hebt gesolliciteerd als {role}. We nemen je brief in behandeling en laten binnen twee weken weten of we je uitnodigen. Mocht het deze keer niet lukken, dan bewaren we je gegevens een jaar."),
    ("nl-iv-helaas-verzet", IV, "nl", ("em",), "Verpleegkundige", "Gesprek verzet",
     "helaas gaat je gesprek van dinsdag niet door, de teamleider is ziek. Kun je op {next} om 11.00 uur? Excuses voor het ongemak."),
    ("nl-rj-helaas", RJ, "nl", ("ats", "em"), "Klantenservicemedewerker", "Je sollicitatie als {role}",
     "leuk dat je hebt gesolliciteerd als {role}. Helaas gaan we niet met je verder; andere kandidaten sloten beter aan bij het profiel. We bewaren je gegevens een jaar."),
    # Italian
    ("it-ack-ci-scusiamo", AR, "it", ("ats", "em"), "Impiegato amministrativo", "Conferma candidatura",
     "abbiamo ricevuto il tuo CV per il ruolo di {role}. Ci scusiamo se non potremo rispondere a tutti: chiameremo soltanto chi corrisponde alla ricerca. Il tuo CV resterà nel nostro archivio."),
    ("it-of-purtroppo", OF, "it", ("em",), "Cameriere di sala", "Proposta di assunzione",
     "purtroppo la data di inizio prevista slitta di una settimana per i lavori in sala, ma siamo felici di confermarti come {role} a partire dal {date}. Ti mando il contratto da firmare."),
    ("it-rj-altro-candidato", RJ, "it", ("ats", "em"), "Impiegato amministrativo", "Esito della selezione",
     "grazie per il colloquio per il ruolo di {role}. Per questo ruolo abbiamo preferito un altro profilo. Il tuo CV resterà nel nostro archivio per future ricerche."),
)

REGIONS = {  # people, cities
    "uk": ((("Hollie", "Ashworth"), ("Dev", "Mistry"), ("Rhian", "Powell"), ("Callum", "Ferris"), ("Tamsin", "Greaves")), ("Warrington", "Swindon", "Dundee", "Colchester")),
    "ie": ((("Niamh", "Cullinane"), ("Eoin", "Madigan"), ("Gráinne", "Hickey"), ("Darragh", "Kinsella")), ("Kilkenny", "Sligo", "Letterkenny", "Naas")),
    "us": ((("Kayla", "Whitfield"), ("Marcus", "Oyelaran"), ("Dana", "Przybylski"), ("Trevor", "Haines"), ("Lupe", "Castañeda")), ("Fresno", "Akron", "Chattanooga", "Spokane")),
    "ca": ((("Geneviève", "Tremblay"), ("Harpreet", "Gill"), ("Logan", "Doucette"), ("Maya", "Okafor")), ("Moncton", "Red Deer", "Guelph", "Nanaimo")),
    "au": ((("Tahlia", "Brennan"), ("Jarrod", "Whitlock"), ("Ngoc", "Tran"), ("Bec", "Sorensen")), ("Ballarat", "Cairns", "Bunbury", "Wagga Wagga")),
    "in": ((("Ananya", "Deshpande"), ("Karthik", "Raghavan"), ("Pooja", "Malhotra"), ("Vikram", "Chauhan")), ("Coimbatore", "Nagpur", "Jaipur", "Vadodara")),
    "sg": ((("Wei Ling", "Tan"), ("Hafiz", "Rahman"), ("Priyanka", "Nair"), ("Jun Jie", "Lim")), ("Singapore", "Jurong", "Tampines", "Woodlands")),
    "za": ((("Lerato", "Ndlovu"), ("Pieter", "van Wyk"), ("Zanele", "Dlamini"), ("Kuben", "Pillay")), ("Bloemfontein", "East London", "Rustenburg", "Kimberley")),
    "ng": ((("Chiamaka", "Eze"), ("Tunde", "Adeyemi"), ("Aisha", "Bello"), ("Emeka", "Okonkwo")), ("Ibadan", "Enugu", "Kaduna", "Port Harcourt")),
    "de": ((("Katrin", "Vogel"), ("Jonas", "Brandt"), ("Selin", "Aydın"), ("Matthias", "Krüger")), ("Kassel", "Erfurt", "Regensburg", "Bielefeld")),
    "fr": ((("Élodie", "Marchand"), ("Karim", "Benali"), ("Sophie", "Lefèvre"), ("Thomas", "Girard")), ("Angers", "Dijon", "Limoges", "Tours")),
    "es": ((("Lucía", "Navarro"), ("Javier", "Ortega"), ("Marta", "Iglesias"), ("Sergio", "Pastor")), ("Zaragoza", "Murcia", "Valladolid", "Córdoba")),
    "pt": ((("Camila", "Ribeiro"), ("Thiago", "Moura"), ("Larissa", "Carvalho"), ("Rafael", "Teixeira")), ("Campinas", "Curitiba", "Recife", "Goiânia")),
    "nl": ((("Sanne", "de Boer"), ("Bram", "Visser"), ("Fleur", "Jansen"), ("Ruben", "Mulder")), ("Zwolle", "Breda", "Leeuwarden", "Apeldoorn")),
    "it": ((("Chiara", "Ferri"), ("Luca", "Marchetti"), ("Giulia", "Serra"), ("Matteo", "Galli")), ("Bergamo", "Parma", "Lecce", "Trento")),
}
ZONES = {"uk": ("+0000", "+0100"), "ie": ("+0000", "+0100"), "us": ("-0500", "-0600", "-0800"), "ca": ("-0400", "-0500", "-0700"), "au": ("+1000", "+1100"),
         "in": ("+0530",), "sg": ("+0800",), "za": ("+0200",), "ng": ("+0100",), "de": ("+0100", "+0200"), "fr": ("+0100", "+0200"),
         "es": ("+0100", "+0200"), "pt": ("-0300",), "nl": ("+0100", "+0200"), "it": ("+0100", "+0200")}
OTHER_NAMES = ("Sarah Quinlan", "Folake Ajayi", "Ravi Menon", "Bronwyn Ellis", "Mei Chen", "Hannah Vos", "Grace Mbeki", "Lena Hartmann")
PREFIXES = ("Northgate", "Bramble", "Clearwater", "Ironbark", "Sable", "Meridian", "Juniper", "Tidewell", "Foxglove", "Orchard", "Lantern", "Greystone")
SUFFIXES = {"uk": "Ltd", "ie": "Ltd", "us": "Inc.", "ca": "Inc.", "au": "Pty Ltd", "in": "Pvt. Ltd.", "sg": "Pte. Ltd.", "za": "(Pty) Ltd", "ng": "Limited",
            "de": "GmbH", "fr": "SAS", "es": "S.L.", "pt": "Ltda.", "nl": "B.V.", "it": "S.r.l."}
ATS_NAMES = ("HireLoop", "TalentBridge", "Recruitly", "CandidateDesk", "JobHarbor")
AGENCIES = ("Bluestone Recruitment", "Keel Talent", "Paragon People", "Ridgeway Staffing")
STREETS = ("Elm Grove", "Station Road", "Marlowe Court", "Kingsway", "Harbour View")
GREETING = {"de": ("Hallo {first},", "Guten Tag {first} {surname},"), "fr": ("Bonjour {first},", "Madame, Monsieur,"), "es": ("Hola {first}:", "Estimado/a {first}:"),
            "pt": ("Olá {first},", "Prezado(a) {first},"), "nl": ("Hoi {first},", "Beste {first},"), "it": ("Ciao {first},", "Gentile {first},")}
SIGNOFF = {"de": "Viele Grüße", "fr": "Cordialement", "es": "Un saludo", "pt": "Atenciosamente", "nl": "Met vriendelijke groet", "it": "Cordiali saluti"}
NOREPLY = {"de": "Diese Mail wurde vom Bewerbungssystem verschickt; Antworten darauf kommen nicht an.", "fr": "Envoi automatique depuis notre outil de recrutement : les réponses à cette adresse ne sont pas lues.",
           "es": "Correo enviado desde nuestra plataforma de selección; las respuestas a esta dirección no se leen.", "pt": "E-mail disparado pela nossa plataforma de vagas; respostas a este endereço não são lidas.",
           "nl": "Dit is een automatisch verzonden bericht; antwoorden wordt niet gelezen.", "it": "Questo è un messaggio automatico, non rispondere a questa email."}


class Maker(MakerBase):
    def context(self, region: str, role: str) -> dict:
        rng = self.rng
        people, cities = REGIONS[region]
        (hm, hm_sur), (first, surname) = rng.sample(people, 2)
        base = rng.choice(PREFIXES)
        org = f"{base} {rng.choice(('Group', 'Health', 'Logistics', 'Financial', 'Partners', 'Systems', 'Foods', 'Energy'))}"
        sent = datetime(2019, 3, 4, 7, 0) + timedelta(days=rng.randrange(7 * 365), minutes=rng.randrange(12 * 60), seconds=rng.randrange(60))
        later = sent + timedelta(days=rng.randrange(4, 15))
        before = sent - timedelta(days=rng.randrange(2, 9))
        return {
            "first": first, "surname": surname, "full": f"{first} {surname}", "hm": hm, "hm_full": f"{hm} {hm_sur}",
            "org": org, "legal": f"{org} {SUFFIXES[region]}", "dom": f"{ascii_slug(org)}.example", "region": region, "city": rng.choice(cities),
            "other": rng.choice(OTHER_NAMES), "street": rng.choice(STREETS), "role": role,
            "ref": f"{rng.choice(('R', 'JR', 'REQ', 'A'))}{rng.randrange(10000, 99999)}",
            "next": f"{later:%A} {later.day} {MONTHS[later.month - 1]}", "date": f"{later.day} {MONTHS[later.month - 1]}",
            "day": f"{before:%A} {before.day} {MONTHS[before.month - 1]}", "sent": sent,
            "datehdr": f"{sent:%a, %d %b %Y %H:%M:%S} {rng.choice(ZONES[region])}",
        }

    def shell(self, code: str, subject: str, core: str, c: dict) -> tuple[str, str, str]:  # noqa: PLR0911 - one branch per shell
        """The subject, body and sender of one channel around ``core``."""
        rng = self.rng
        org, dom, first, hm, region = c["org"], c["dom"], c["first"], c["hm"], c["region"]
        person = f"{c['hm_full']} <{mailbox(c['hm_full'].replace(' ', '.'), 'team')}@{dom}>"
        lang = region if region in GREETING else ""
        if lang:
            hello = rng.choice(GREETING[lang]).format(**c)
            sign = f"{SIGNOFF[lang]}\n{c['hm_full']}\n{c['legal']}"
            if code in {"ats", "nr"}:
                ats = rng.choice(ATS_NAMES)
                return (subject, f"{hello}\n\n{core}\n\n{SIGNOFF[lang]}\n{org} · Recruiting\n\n{NOREPLY[lang]}\n{ats} · {c['ref']}", f"{org} Recruiting <no-reply@{ascii_slug(ats)}.example>")
            return (subject, f"{hello}\n\n{core}\n\n{sign}", person)
        opener = core.startswith(("Hi ", "Dear ", "G'day", "No worries", "Hello", "Team,", "Good afternoon", "Dear colleagues", "Hi all"))
        if code == "em":  # a person's email
            hello = "" if opener else f"{rng.choice(('Hi', 'Hello', 'Dear'))} {first},\n\n"
            sign = rng.choice((hm, c["hm_full"], f"{c['hm_full']}\nPeople & Culture, {org}", f"Regards,\n{hm}"))
            return (subject, f"{hello}{core}\n\n{sign}", person)
        if code == "ats":  # an ATS notification sent for the employer
            ats = rng.choice(ATS_NAMES)
            hello = "" if opener else f"Hi {first},\n\n"
            return (subject, f"{hello}{core}\n\nBest,\nThe {org} Recruiting Team\n\n---\nPowered by {ats}. Sent on behalf of {org} to people with an open application there. Profile, alerts and privacy settings live in your {ats} login.",
                    f"{org} <notifications@{ascii_slug(ats)}.example>")
        if code == "pt":  # a portal alert with the message copied in
            return (f"Portal message - {subject}",
                    f"{org} posted a note to your candidate inbox (copied below).\n\n------\n{core}\n------\n\nAttachments and replies: sign in. Candidate no.: {c['ref']}.",
                    f"{org} Careers Portal <careers-portal@{dom}>")
        if code == "nr":  # a no-reply status email with an application number
            hello = "" if opener else f"Dear {first} {c['surname']},\n\n"
            return (subject, f"{hello}{core}\n\nApplication number: {c['ref']}\nSent from an unattended box. Ask us anything through the careers site.\n\n{c['legal']}",
                    f"{org} Careers <donotreply@{dom}>")
        if code == "ag":  # a recruitment agency consultant
            agency = rng.choice(AGENCIES)
            hello = "" if opener else f"Hi {first},\n\n"
            return (subject, f"{hello}{core}\n\nKind regards,\n{c['hm_full']}\nSenior Consultant | {agency}\nM: 0{rng.randrange(400, 799)} {rng.randrange(100, 999)} {rng.randrange(100, 999)}\n\n{agency} acts as an employment agency for permanent recruitment.",
                    f"{c['hm_full']} <{mailbox(c['hm_full'].replace(' ', '.'), 'consultant')}@{ascii_slug(agency)}.example>")
        if code == "hr":  # a formal HR letter
            hello = "" if opener else f"Dear {first} {c['surname']},\n\n"
            return (subject, f"{c['legal'].upper()}\n{c['city']}\nOur ref: {c['ref']}\n\n{hello}{core}\n\nYours sincerely,\n\n{c['hm_full']}\nHR Manager",
                    f"HR {org} <hr@{dom}>")
        raise ValueError(code)

    def add(self, name: str, kind: str, region: str, code: str, role: str, subject: str, core: str) -> None:  # noqa: PLR0917 - a template's fields
        c = self.context(region, role)
        subj, body, sender = self.shell(code, subject.format(**c), core.format(**c), c)
        self.shells[(kind, code)] += 1
        self.regions[(region, "rejection" if kind == RJ else "other")] += 1
        self.records.append(record(subj, body, sender, kind=kind, family=f"{PREFIX}-{name}", provenance=PROVENANCE, to=f"{c['full']} <{mailbox(c['first'] + '.' + c['surname'], 'reader')}@post.example>", date=c["datehdr"]))


def build(maker: Maker | None = None) -> list[dict]:
    maker = maker or Maker(random.Random(SEED))
    for table in (EN, RJ_TWINS, LANG):
        for name, kind, region, shells, role, subject, core in table:
            for code in shells:
                maker.add(name, kind, region, code, role, subject, core)
    return finish(maker.records, maker.rng, "w42")


def langs(maker: Maker, records: list[dict]) -> int:
    """Print the make-up by kind, kind/shell and region (no message text)."""
    return makeup(records, (("kind / shell", maker.shells), ("region / label", maker.regions)), lengths(records))


def main(argv: list[str]) -> int:
    maker = Maker(random.Random(SEED))
    records = build(maker)
    return run(argv, OUT, records, lambda: langs(maker, records))


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
