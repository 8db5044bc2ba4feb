# ruff: noqa: E501, S311
"""Write data/blind/written-48.jsonl: training mail, thirty-sixth batch (hostile non-rejections).

Twenty-eighth pass, part C (precision). Each shipped model, measured on the slice sealed in its
tree (slices 11-26), filed 40 other mails in about 1,700 filings (pooled precision 0.977): receipts
that talk about a refusal that has not happened, talent-pool welcomes, "in review" statuses,
refusals that are not about a job, staff news naming who was appointed, the reader's own
withdrawal confirmed, and interview, next-step or offer mail with apologetic words. This batch
writes those kinds again, in wordings and channels written-42 did not use:

* (a) ~200 ``not_rejection`` mails of those kinds in US, UK, Irish, Indian, Australian,
  Canadian, Singaporean, South African and Nigerian English, ATS shapes and people, and some in
  German, French, Spanish, Portuguese, Dutch and Italian;
* (b) ~60 ``rejection`` twins from the same senders and shapes, so that the batch does not teach
  "these senders never refuse".

Shells (none of them written-42's): a hiring platform's notification with its own footer
(``hp``), a careers chatbot's transcript emailed after the chat (``cb``), a text message relayed
to email (``tx``), a university careers service passing an employer's words on (``cs``), a
scanned letter's text as the mail body (``sc``), and a plain email from a person (``em``).

    python data/blind/make_written48.py           # writes the file (seed 480481)
    python data/blind/make_written48.py --langs   # make-up by kind, shell and region
    python data/blind/make_written48.py --check   # 6-word-shingle overlap with the other data

Stdlib only; two runs give byte-identical output.
"""

from __future__ import annotations

import random
import re
import sys
from datetime import datetime, timedelta
from pathlib import Path

SEED = 480481
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
# the scaffolding every batch shares (data/blind/batch_tools.py, beside this file)
from batch_tools import MakerBase, ascii_slug, finish, lengths, makeup, record, run, sealed  # noqa: E402

# written-31's kinds, months and address helpers (the batch beside this file)
from make_written31 import AR, IV, MONTHS, NJ, NS, OF, OJ, RJ, mailbox  # noqa: E402

OUT = HERE / "written-48.jsonl"
PROVENANCE = "written for rejectwatch issue 11 twenty-eighth pass as training mail, thirty-sixth batch, precision: hostile non-rejections in new wordings and channels, refusal twins (make_written48.py)"
PREFIX = "blind-w48"  # the read-slice prefix: train-only in grouped CV, weight READ_SLICE_WEIGHT
HAM = "ham"
# slices 27 on are sealed: skipped by name, never opened (slice 26 is read and checked against)
SKIP = sealed(27)

# Templates: (name, kind, region, shells, role, subject, core). One copy per shell listed, each
# with its own reader, signer, invented outfit, town, date and time zone from its region.
EN = (
    # -- receipts that talk about a refusal that has not happened
    ("ack-us-hear-back-regardless", AR, "us", ("hp", "cb"), "Billing Specialist", "{org}: we got your application",
     "Hi {first}, thanks for putting in for {role}. A person, not a robot, reads each one of these. In case the team picks a different direction, a note still comes your way, and your résumé sits in front of our sourcers for a year of openings."),
    ("ack-uk-take-it-not-shortlisted", AR, "uk", ("hp", "sc"), "Housing Officer", "{role}: receipt of application",
     "Dear {first}, this confirms that your form for {role} (closing {date}) reached the recruitment team. Owing to numbers we only write to people invited to interview; no word from us before the month closes means you may take it the panel passed you over for this round."),
    ("ack-ie-keep-on-books", AR, "ie", ("em", "tx"), "Payroll Clerk", "Your CV for {role}",
     "Hi {first}, your CV for the {role} job came through grand. {hm} will be in touch after we close on {date}, whatever way it goes, and if it isn't this one, we'll hold onto your details for whatever comes up next."),
    ("ack-in-retained-database", AR, "in", ("hp", "sc"), "Trainee Accountant", "Acknowledgement - {role}",
     "Dear {first}, this mail acknowledges your CV for the {role} opening. In case your profile does not get shortlisted, the same shall be retained in our database for upcoming requirements. Shortlisted candidates shall get a call from HR."),
    ("ack-au-know-either-way-intake", AR, "au", ("em", "cb"), "Apprentice Electrician", "Got your application",
     "Hey {first}, cheers for applying for the {role} intake. We'll tell you yes or no before the month's out, and should it end up a no for this intake your name rolls into the next intake's pile."),
    ("ack-ca-not-contacted-three-weeks", AR, "ca", ("hp", "sc"), "Office Coordinator", "Application received: {role}",
     "Hello {first}, the {role} posting has your application now. We contact only applicants selected to interview. If three weeks pass with no contact, the posting may be treated as closed for you; your file stays active for six months."),
    ("ack-sg-regret-only-shortlisted", AR, "sg", ("hp", "em"), "Admin Executive", "Your application - {role}",
     "Dear {first}, we have your application for {role}. We regret that we can notify shortlisted applicants only. Your personal data is kept in confidence and erased half a year after the closing date."),
    ("ack-za-thirty-days", AR, "za", ("hp", "tx"), "Debtors Clerk", "{role} application",
     "Good day {first}, thank you for applying for {role}. Where a month passes from the closing date without contact from us, kindly consider your application as not successful. {org} thanks you for considering us."),
    ("ack-ng-aptitude-shortlisted", AR, "ng", ("hp", "em"), "Management Trainee", "Application received - {role}",
     "Dear {first}, your application for the {role} scheme has been received. Please be informed that shortlisted applicants alone will be invited for the aptitude test in {city}. Please do not submit more than one application."),
    ("ack-uk-dont-be-put-off", AR, "uk", ("em", "cs"), "Graduate Surveyor", "Thanks for applying, {first}",
     "Hi {first}, your {role} application is with us. If it doesn't go your way this year, don't let that stop you: lots of our surveyors applied twice before they joined. Expect to hear by {date}."),
    ("ack-au-ten-days-means", AR, "au", ("hp", "tx"), "Retail Team Member", "Application: {role}",
     "Thanks {first}! Your {role} application is in. No contact inside 10 business days means we haven't progressed it this time around, though your profile stays open to other stores near {city}."),
    ("ack-us-what-happens-next", AR, "us", ("hp", "cs"), "Data Analyst Intern", "What happens next with your application",
     "Hi {first}, here's what happens next for {role}. If you're a fit, a recruiter reaches out within two weeks about a call. If not, an email arrives once the role is filled. Whichever it is, we keep your profile on hand for future internships."),
    ("ack-uk-no-feedback-stage", AR, "uk", ("hp", "em"), "Research Assistant", "{role} - application acknowledged",
     "Dear {first}, your {role} application has arrived. Apologies that personal feedback isn't possible this early on. Those shortlisted get an interview slot from us by {date}."),
    ("ack-in-not-eligible-if", AR, "in", ("hp", "cb"), "Field Sales Executive", "Application submitted - {role}",
     "Hi {first}, your application for {role} is submitted. Please note applicants who do not hold a two-wheeler licence will not be eligible for this role; if you hold one, upload it to proceed to screening."),
    # -- talent pools, registers, statuses
    ("pool-us-talent-network", AR, "us", ("hp", "em"), "Talent Network", "Welcome to the {org} Talent Network",
     "Hi {first}, you're in! Joining our talent network is not the same as applying for a specific job, so there's nothing to decide yet. We'll email you openings in the areas you ticked, and you can apply with one click."),
    ("pool-uk-pool-no-vacancy", AR, "uk", ("hp", "cs"), "Talent Pool", "Welcome to our talent pool",
     "Hi {first}, thanks for registering your interest, and welcome aboard. There isn't an opening in your area today, which is exactly what the pool is for: when one comes up, the recruiters look here before they advertise."),
    ("pool-in-registered-portal", AR, "in", ("hp", "sc"), "Careers Portal", "Registration successful on {org} careers",
     "Dear {first}, your registration on the {org} careers portal is successful. Our recruiters search registered profiles first whenever a requirement is raised. Keep your profile updated to improve your chances."),
    ("pool-au-casual-pool", AR, "au", ("tx", "em"), "Casual Pool", "Welcome to the casual pool",
     "Hi {first}, you're on the {org} casual pool now. Being on the pool doesn't mean guaranteed shifts; we text you when one matches your availability, first in best dressed."),
    ("pool-ca-monthly-refresh", AR, "ca", ("em", "hp"), "Candidate Pool", "Thanks for connecting with {org}",
     "Hi {first}, thanks for sending your details. We reach out only when your background lines up with one of our active searches. Silence doesn't mean never: our searches are refreshed every month."),
    ("pool-sg-pending-shortlist", AR, "sg", ("hp", "cb"), "Customer Service Officer", "Application status update",
     "Hi {first}, status for your {role} application: Pending shortlisting. The hiring team has not reviewed your application yet. We appreciate your patience during this period."),
    ("status-in-screening", AR, "in", ("hp", "em"), "Business Analyst", "Status: Profile screening ongoing",
     "Dear {first}, your candidature for {role} is under evaluation by the business team. Profile screening is ongoing. You shall be intimated about the next steps at the earliest."),
    ("status-uk-with-manager", AR, "uk", ("hp", "cb"), "Team Leader", "Hiring manager review",
     "Hi {first}, your {role} application is being read by the hiring manager. Waiting is hard, we know. Should the manager decide against taking it further, an email tells you so, and nobody is left guessing."),
    ("status-us-no-decision-yet", AR, "us", ("em", "tx"), "Product Designer", "Quick update on {role}",
     "Hi {first}, quick update: nothing's been decided yet. I don't want to leave you in the dark, so: you're still being considered, and we expect to wrap things up by {date}."),
    ("status-ie-still-running", AR, "ie", ("em", "tx"), "Care Assistant", "{role} update",
     "Hi {first}, sorry for the wait on this. Nobody's been picked for {role} yet, the interviews got pushed back a week. You're still well in the running."),
    ("status-za-closing-extended", AR, "za", ("hp", "sc"), "Lab Technician", "{role}: closing date extended",
     "Dear {first}, unfortunately the closing date for {role} has been extended to {date}, so shortlisting runs later than we planned. Your application remains under consideration."),
    ("status-ng-panel-sits", AR, "ng", ("em", "sc"), "Procurement Officer", "Re: {role} application",
     "Dear {first}, apologies for our slow reply. Your application for {role} is still under review, and the selection panel sits on {next}. You will be communicated with thereafter."),
    ("status-ca-on-hold-budget", AR, "ca", ("hp", "em"), "Policy Analyst", "{role}: hiring on hold",
     "Hi {first}, hiring for {role} is on hold while the budget is confirmed. Your application has not been closed, and it moves again once we get the green light."),
    ("status-us-interviews-first-round", AR, "us", ("hp", "cs"), "Software Engineer I", "Application status: In review",
     "Hi {first}, your application for {role} is in review. Our team is still working through first-round interviews for other candidates, so you may not hear from us for a couple of weeks. No action is needed."),
    # -- refusals that are not about a job
    ("nj-us-apartment-other", NJ, "us", ("em", "tx"), "Apartment", "Re: Unit 12B application",
     "Hi {first}, sorry, the owner approved another applicant for 12B. You'll get the holding deposit back within 5 business days. There's a one-bedroom on Maple opening next month if you want a look."),
    ("nj-uk-flat-let", NJ, "uk", ("em", "tx"), "Flat", "The flat on {street}",
     "Hi {first}, the flat on {street} has now been let, sorry. We've a couple of similar ones coming on next week, shall I send them over?"),
    ("nj-in-loan-declined", NJ, "in", ("sc", "hp"), "Personal Loan", "Your personal loan application",
     "Dear {first}, your personal loan application has been reviewed and, as per our internal credit policy, we are unable to sanction it at present. A fresh application may be made after three months."),
    ("nj-au-card-declined", NJ, "au", ("hp", "sc"), "Credit Card", "About your credit card application",
     "Hi {first}, unfortunately your credit card application hasn't been approved. We based this on your credit file, and you can ask the bureau for a free copy."),
    ("nj-ie-bursary-not-funded", NJ, "ie", ("sc", "em"), "Arts Bursary", "Arts Bursary outcome",
     "Dear {first}, many thanks for your Arts Bursary application. The panel was not able to offer funding to your project in this round. Panel notes can be requested until {date}."),
    ("nj-uk-golf-waiting-list", NJ, "uk", ("em", "sc"), "Membership", "Your membership application",
     "Dear {first}, the committee considered your request for full membership. There is no place this season, and your name stands at 14 on the waiting list."),
    ("nj-sg-launch-full", NJ, "sg", ("hp", "tx"), "Launch event", "Your registration",
     "Hi {first}, thanks for signing up for our product launch. Unfortunately we hit capacity on the guest list, so your spot is unconfirmed. We'll send you the recording."),
    ("nj-ca-daycare-no-spot", NJ, "ca", ("em", "tx"), "Daycare", "Toddler room for September",
     "Hi {first}, we're sorry, we don't have a spot for your little one in the toddler room for September. We've kept you on our waitlist and will call if something opens."),
    ("nj-za-grade-one", NJ, "za", ("sc", "em"), "School admission", "Grade 1 admission",
     "Dear {first}, we regret that your child could not be placed in Grade 1 for next year, as the school is oversubscribed. The application stays on our waiting list."),
    ("nj-us-house-offer", NJ, "us", ("em", "tx"), "Offer on house", "Re: our offer on 14 Elm",
     "Hi {first}, bad news on the house. The sellers went with another offer on 14 Elm, a cash buyer with no contingencies. I'm sorry. Let's look at the two on Birch this weekend."),
    ("nj-uk-manuscript", NJ, "uk", ("sc", "em"), "Manuscript", "Decision on your manuscript",
     "Dear {first}, the editors have now read your manuscript and will not be publishing it in the journal. Both reviewers' notes follow in case they help."),
    ("nj-ng-visa-slot", NJ, "ng", ("hp", "tx"), "Visa appointment", "Appointment request",
     "Dear {first}, the visa appointment date you chose could not be booked as all slots are taken. Please choose another date on the portal."),
    ("nj-au-tender", NJ, "au", ("sc", "em"), "Tender", "Tender outcome: grounds maintenance",
     "Dear {first}, Council has now considered the tenders for mowing and grounds upkeep, and awarded the contract to another tenderer. Your submission was assessed in full."),
    ("nj-in-refund-declined", NJ, "in", ("hp", "tx"), "Refund", "Refund request update",
     "Hi {first}, no refund is possible because the item shows signs of use. You can raise a replacement request instead within 7 days."),
    ("nj-ca-garden-lottery", NJ, "ca", ("em", "tx"), "Garden plot", "Community garden lottery",
     "Hi {first}, the community garden lottery was held on {day} and your name didn't come up this year. If a plot is handed back we'll call you first."),
    ("nj-uk-planning-refused", NJ, "uk", ("sc", "em"), "Planning", "Planning application decision",
     "Dear {first}, the borough has refused your householder application for a rear extension. The attached notice gives the grounds, and an appeal can be lodged within 12 weeks."),
    ("nj-us-adoption-other-family", NJ, "us", ("em", "tx"), "Adoption", "About Biscuit",
     "Hi {first}, thanks so much for your application for Biscuit. Another family who'd met him twice was approved. Two other terriers here are keen to meet you!"),
    ("nj-ie-choir-no-altos", NJ, "ie", ("em", "tx"), "Choir", "Choir auditions",
     "Hi {first}, thanks for coming to sing for us. We're not taking any more altos this term, the section is full. We'd love to hear you again in January."),
    # -- staff and community news naming who was appointed
    ("news-us-vp-welcome", HAM, "us", ("em", "sc"), "VP of Engineering", "Welcoming our new {role}",
     "Hi all, please join me in welcoming {other} as our new {role}. After a long search, {other} stood out for building teams that ship. Their first day is Monday; say hi in the kitchen."),
    ("news-uk-internal-appointed", HAM, "uk", ("em", "sc"), "Head of Finance", "Announcement: {role}",
     "To all staff: I'm pleased to announce that, following a competitive process, {other} has been appointed {role}. Thank you to everyone who put themselves forward; it was a strong field."),
    ("news-in-elevation", HAM, "in", ("em", "sc"), "Zonal Manager", "Org update",
     "Dear all, happy to share the elevation of {other} as {role} for the western region with effect from {date}. Please join us in congratulating {other}."),
    ("news-au-school-captains", HAM, "au", ("em",), "School Captain", "Congratulations to our new captains",
     "Dear families, congratulations to {other} and Jasmine, chosen as School Captains for next year after speeches to the senior school. Thank you to all the students who nominated."),
    ("news-ng-appointment", HAM, "ng", ("sc", "em"), "Head of Operations", "Staff circular: new appointment",
     "All staff are informed that management has named {other} as {role} with effect from {date}. All heads of unit should accord {other} the necessary cooperation."),
    ("news-sg-board", HAM, "sg", ("sc", "em"), "Chief Financial Officer", "Appointment of {role}",
     "The Board has named {other} as {role}, succeeding Mr Goh, who retires at the end of the quarter."),
    ("news-za-accepted-role", HAM, "za", ("em",), "Operations Manager", "New {role}",
     "Hi team, great news: {other} has accepted the role of {role} and starts on the first. Please make them welcome."),
    ("news-ca-executive-director", HAM, "ca", ("em", "sc"), "Executive Director", "Our new {role}",
     "Dear members, the board has chosen {other} as our next {role}. We received over sixty applications, and the hiring committee is grateful to everyone who applied."),
    # -- the reader's own withdrawal confirmed
    ("wd-us-request-received", OJ, "us", ("hp", "cb"), "Account Manager", "Your withdrawal request",
     "Hi {first}, your {role} application is now withdrawn, as you asked. You won't get further updates about this position, and other roles remain open for you to apply to anytime."),
    ("wd-uk-accepted-elsewhere", OJ, "uk", ("em", "tx"), "Project Coordinator", "Re: {role}",
     "Hi {first}, great to hear you've landed a job elsewhere. I've closed you off our end. Congratulations, and enjoy the new place."),
    ("wd-in-as-requested", OJ, "in", ("em", "hp"), "Senior Developer", "Re: Withdrawal - {role}",
     "Dear {first}, as requested, your candidature for {role} stands withdrawn. Every success ahead."),
    ("wd-au-pulled-out", OJ, "au", ("em", "tx"), "Warehouse Supervisor", "Re: {role}",
     "No worries at all {first}, I've pulled you out of the process. Sorry we couldn't move a bit quicker for you. Door's open if things change."),
    ("wd-sg-declined-offer", OJ, "sg", ("em", "hp"), "Marketing Executive", "Re: Offer of employment - {role}",
     "Hi {first}, noted on your decision to decline our offer for {role}. Appreciate the prompt reply, and all the best."),
    ("wd-ng-removed-shortlist", OJ, "ng", ("em", "tx"), "Relationship Manager", "Re: {role} interview",
     "Dear {first}, acknowledged. Your name is off the interview list as you requested, since you have taken up another appointment. Best wishes."),
    ("wd-ca-cancelled-at-request", OJ, "ca", ("em", "cb"), "Support Analyst", "Interview cancelled",
     "Hi {first}, I've cancelled your interview for {next} as you asked. Sorry the timing didn't suit, and thanks for telling us early."),
    ("wd-za-sorry-to-see-go", OJ, "za", ("em", "hp"), "Finance Intern", "Re: Withdrawing my application",
     "Hi {first}, your withdrawal is confirmed. Shame to lose you, but we understand. All the best with your studies."),
    # -- interviews, next steps and offers with apologetic words
    ("iv-us-slot-taken", IV, "us", ("em", "tx"), "Recruiting Coordinator", "Interview time for {role}",
     "Hi {first}, unfortunately the 10 am slot on {next} just got taken. Could you do 1:30 pm instead? It's a video call with {hm}, about 45 minutes."),
    ("iv-uk-interviewer-sick", IV, "uk", ("em", "hp"), "Quality Engineer", "Your interview has moved",
     "Hi {first}, apologies, your interviewer is off sick, so your {role} interview has to shift to {next} at 11am. Everything else stays the same."),
    ("iv-uk-strike-reschedule", IV, "uk", ("hp", "tx"), "Trainee Solicitor", "Rebook your interview",
     "Hi {first}, unfortunately we've had to cancel Tuesday's interviews because of the rail strike. Please pick a new slot with the link below before {date}."),
    ("iv-in-morning-panel-full", IV, "in", ("em", "hp"), "Graduate Engineer Trainee", "Interview schedule - {role}",
     "Dear {first}, the morning panel is at capacity and you were not slotted into it, hence your interview is scheduled in the afternoon panel at 2:30 PM on {next}. Please carry your original documents."),
    ("iv-au-video-failed", IV, "au", ("em", "tx"), "Graphic Designer", "Interview today",
     "Hi {first}, sorry, our video platform's gone down, so no video interview today. {hm} will ring your mobile at the same time instead, hope that's ok."),
    ("iv-ca-ceo-absent", IV, "ca", ("em",), "Director of Operations", "Final interview",
     "Hi {first}, sorry to say our CEO won't make the final interview on {next}; the COO will sit in instead. Good news otherwise: you're one of two in the final round."),
    ("iv-ie-bad-news-parking", IV, "ie", ("em", "tx"), "Staff Nurse", "{role} interview",
     "Hi {first}, bad news first: the car park is closed on {next}. Better news: you've got a {role} interview. Park on the street and come to reception for 10."),
    ("iv-sg-regret-inconvenience-venue", IV, "sg", ("hp", "em"), "Relationship Executive", "Change of interview venue",
     "Dear {first}, we regret any inconvenience caused, but your interview for {role} on {next} will now take place at our Raffles Place office, level 21. Time is unchanged."),
    ("iv-za-apologies-load-shedding", IV, "za", ("em", "tx"), "Junior Accountant", "Interview moved",
     "Hi {first}, apologies, stage 6 load shedding is forecast for {next}, so we've moved your {role} interview to the following morning at 9. Please confirm."),
    ("iv-ng-unfortunately-venue", IV, "ng", ("em", "sc"), "Graduate Trainee", "Invitation to interview",
     "Dear {first}, your interview for {role} is confirmed. Unfortunately, the earlier date has been shifted because of the public holiday; the interview now holds on {next} at our {city} office by 10am."),
    ("iv-us-hybrid-change", IV, "us", ("em", "cb"), "HR Generalist", "{role} interview",
     "Hi {first}, I regret that the {role} role is no longer fully remote; it's now hybrid three days a week. If you're still keen, your interview with {hm} stays on {next}."),
    ("ns-us-test-link-expired", NS, "us", ("hp", "em"), "Support Engineer", "New assessment link",
     "Hi {first}, apologies, the {role} online assessment link expired before you could open it. Here's a fresh one; please complete it by {date}."),
    ("ns-uk-referee-unreachable", NS, "uk", ("em", "hp"), "Practice Manager", "References",
     "Hi {first}, Sadly your second referee hasn't answered us. Could you send us another name and email by {date}, so we can finish the pre-employment checks?"),
    ("ns-in-degree-unverified", NS, "in", ("hp", "em"), "Analyst", "Document verification pending",
     "Dear {first}, unfortunately we could not verify your degree certificate automatically. Kindly upload a self-attested copy by {date} to complete onboarding for {role}."),
    ("ns-au-assessment-full", NS, "au", ("hp", "em"), "Customer Advocate", "Your assessment centre",
     "Hi {first}, regrettably the {city} assessment centre is full, so you're now in the virtual one on {next} instead. It's the same exercises, just on screen."),
    ("ns-ca-police-check", NS, "ca", ("em", "hp"), "Youth Worker", "Next step: vulnerable sector check",
     "Hi {first}, sorry for the extra paperwork! Before we can finalize your hire as {role}, we need a vulnerable sector check. Please book it at the police station by {date}."),
    ("ns-sg-medical", NS, "sg", ("hp", "em"), "Cabin Crew", "Pre-employment medical",
     "Dear {first}, we regret the short notice. Your pre-employment medical for {role} is on {next} at 9am. Please fast from midnight."),
    ("ns-za-no-reply-reminder", NS, "za", ("em", "tx"), "Sales Consultant", "Reminder: documents needed",
     "Hi {first}, sorry to chase. We still need your ID copy and bank details to load you on payroll for {role}. Please send them by {date}."),
    ("ns-ie-garda-vetting", NS, "ie", ("em", "hp"), "Special Needs Assistant", "Vetting form",
     "Hi {first}, apologies for the delay sending this. To go forward with {role} the vetting invitation form has to be filled in and return it by {date}."),
    ("of-us-regret-delay", OF, "us", ("em", "hp"), "Operations Analyst", "Offer: {role}",
     "Hi {first}, we're sorry it took longer than we promised to get back to you. Good news, though: the panel picked you for {role}. The letter is attached."),
    ("of-uk-salary-not-matched", OF, "uk", ("em",), "Marketing Manager", "Your offer",
     "Hi {first}, sadly your salary ask is beyond the band, but we can do £48,000 plus a £3,000 sign-on bonus for {role}. Let me know your thoughts by {date}."),
    ("of-au-start-date", OF, "au", ("em", "tx"), "Civil Engineer", "Offer of employment",
     "Hi {first}, unfortunately we can't make your start date of {date} work because of the site shutdown. Could you start on {next} instead? The offer for {role} is otherwise as sent."),
    ("of-in-wrong-letter", OF, "in", ("em", "hp"), "Software Engineer", "Revised offer letter",
     "Dear {first}, sorry for the confusion; the offer letter shared yesterday had the wrong CTC. The corrected offer for {role} is attached. Kindly accept by {date}."),
    ("of-ca-regraded", OF, "ca", ("em",), "Program Officer", "Offer update",
     "Hi {first}, a bit of news, I'm afraid: the {role} position has been regraded, so the offer is now at level 5 rather than level 4, which means a higher salary. Updated letter attached."),
    ("of-ng-regret-delay-offer", OF, "ng", ("sc", "em"), "Audit Associate", "Offer of appointment",
     "Dear {first}, we regret the delay in communicating this. Following your interview, management approves you for the role of {role}. Kindly report on {next} with your credentials."),
    ("of-za-laptop-delay", OF, "za", ("em", "hp"), "Data Engineer", "Start date",
     "Hi {first}, sorry about this: your laptop shipment is delayed, so your start as {role} moves to {next}. Your contract and salary stay as agreed."),
    ("of-sg-unable-earlier", OF, "sg", ("em",), "Software Engineer", "Re: Offer - {role}",
     "Hi {first}, we're unable to bring your start date earlier because of the pass application, sorry. We're still very happy to have you as {role} from {date}."),
)

# -- refusal twins from the same senders and shapes
EN_RJ = (
    ("rj-us-not-move-forward-kept", RJ, "us", ("hp", "cb"), "Billing Specialist", "{org}: update on your application",
     "Hi {first}, thanks again for putting in for {role}. The team is heading a different direction for this one. Your résumé sits in front of our sourcers for a year of openings."),
    ("rj-uk-not-shortlisted-round", RJ, "uk", ("hp", "sc"), "Housing Officer", "{role}: outcome of shortlisting",
     "Dear {first}, shortlisting for {role} is finished, and sadly the panel passed you over for interview this time."),
    ("rj-ie-not-this-one", RJ, "ie", ("em", "tx"), "Payroll Clerk", "Re: your CV for {role}",
     "Hi {first}, it's {hm} about the {role} job. It's not this one for you I'm afraid, the job went to a candidate with more payroll years. We'll hold onto your details for whatever comes up next."),
    ("rj-in-not-shortlisted-retained", RJ, "in", ("hp", "sc"), "Trainee Accountant", "Update - {role}",
     "Dear {first}, your profile was reviewed for the {role} opening; however, it has not been picked for the next round. The same shall be retained in our database for upcoming requirements."),
    ("rj-au-its-a-no", RJ, "au", ("em", "cb"), "Apprentice Electrician", "Your application",
     "Hey {first}, we said we'd tell you either way: this intake is a no, sorry. Your name rolls into the next intake's pile."),
    ("rj-ca-not-selected-interview", RJ, "ca", ("hp", "sc"), "Office Coordinator", "Update: {role}",
     "Hello {first}, the {role} posting has been screened and your application did not go on to interviews. Thanks for applying."),
    ("rj-sg-regret-not-successful", RJ, "sg", ("hp", "em"), "Admin Executive", "Your application - {role}",
     "Dear {first}, we regret that your {role} application did not succeed. Your personal data is kept in confidence and erased half a year after the closing date."),
    ("rj-za-unsuccessful-shortlisting", RJ, "za", ("hp", "tx"), "Debtors Clerk", "{role} application outcome",
     "Good day {first}, shortlisting is done and sadly your application for {role} did not make it. {org} thanks you for considering us."),
    ("rj-ng-cut-off", RJ, "ng", ("hp", "em"), "Management Trainee", "Aptitude test result - {role}",
     "Dear {first}, your aptitude test for the {role} scheme has been marked. Regrettably, the score fell below the mark needed for the next stage."),
    ("rj-us-status-not-selected", RJ, "us", ("hp", "cs"), "Software Engineer I", "Application status: Not selected",
     "Hi {first}, your application for {role} has been reviewed. The team chose other applicants for this one."),
    ("rj-uk-pool-after-no", RJ, "uk", ("hp", "cs"), "Talent Pool", "Your application",
     "Hi {first}, although the graduate role ends here for you, your name is now in our talent pool, so the recruiters will see you first if something else comes up."),
    ("rj-uk-manager-declined", RJ, "uk", ("hp", "cb"), "Team Leader", "An update on your application",
     "Hi {first}, the hiring manager has reviewed your {role} application and it stops at this point. Disappointing, we know; thanks for applying all the same."),
    ("rj-ie-decision-made", RJ, "ie", ("em", "tx"), "Care Assistant", "{role} update",
     "Hi {first}, sorry for the wait on this. The decision's made on {role}, and it went to another candidate. Thanks a mill for coming in."),
    ("rj-ng-panel-not-recommended", RJ, "ng", ("em", "sc"), "Procurement Officer", "Re: {role} application",
     "Dear {first}, the selection panel sat on {day}. Regrettably, the panel recommended other candidates for {role}."),
    ("rj-ca-posting-cancelled", RJ, "ca", ("hp", "em"), "Policy Analyst", "{role}: posting cancelled",
     "Hi {first}, the {role} posting has been cancelled because the budget was not approved, so your application is closed. Do keep applying."),
    ("rj-us-after-interview", RJ, "us", ("em", "tx"), "Product Designer", "Re: {role}",
     "Hi {first}, thank you for the effort across the interviews. After a lot of thought the team chose another candidate for {role}. Wish I had better news."),
    ("rj-uk-internal-hear-from-me", RJ, "uk", ("em",), "Head of Finance", "{role}",
     "Hi {first}, before the announcement lands, you should hear this from me personally: we've appointed {other} as {role}. I know this will be disappointing. Let's talk about your development next week."),
    ("rj-in-closed-internal", RJ, "in", ("em", "hp"), "Senior Developer", "Re: {role}",
     "Dear {first}, your application for {role} is closed as the position has been filled internally. Every success ahead."),
    ("rj-au-not-progressing", RJ, "au", ("em", "tx"), "Warehouse Supervisor", "Re: {role}",
     "Hi {first}, sorry mate, {role} isn't going your way. We picked a bloke who's run a night shift before. Door's open for the next one."),
    ("rj-sg-unable-offer", RJ, "sg", ("em", "hp"), "Marketing Executive", "Re: {role}",
     "Hi {first}, thank you for meeting the team. We picked someone with more regional experience for {role}, so there's no offer for you this time. All the best."),
    ("rj-za-not-successful-interview", RJ, "za", ("em", "hp"), "Finance Intern", "{role} outcome",
     "Hi {first}, thanks for your interview. Unfortunately you weren't successful for the {role} programme this year. All the best with your studies."),
    ("rj-us-slot-no-interview", RJ, "us", ("em", "tx"), "Recruiting Coordinator", "{role}",
     "Hi {first}, unfortunately {role} interviews won't include you. We had a very strong pool and chose people with more agency experience."),
    ("rj-uk-regret-delay-no", RJ, "uk", ("em", "hp"), "Quality Engineer", "Your {role} application",
     "Hi {first}, I'm sorry we've taken so long to come back to you. Unfortunately there's no {role} offer for you; the panel preferred a candidate with ISO audit experience."),
    ("rj-in-not-cleared-round", RJ, "in", ("em", "hp"), "Graduate Engineer Trainee", "Result - {role}",
     "Dear {first}, regretfully, you have not cleared the technical interview round for {role}. Thanks for your time."),
    ("rj-uk-references-offer-withdrawn", RJ, "uk", ("em", "hp"), "Practice Manager", "Conditional offer",
     "Hi {first}, I'm afraid the references we received were not satisfactory, and we are therefore withdrawing the conditional offer for {role}. I'm sorry to give you this news."),
    ("rj-ng-regret-delay-not-offered", RJ, "ng", ("sc", "em"), "Audit Associate", "Outcome of interview",
     "Dear {first}, we regret the delay in communicating this. Following your interview for {role}, management could not approve your appointment at this time."),
)

# -- other languages: (name, kind, lang, shells, role, subject, core)
LANG = (
    ("de-ack-falls-nicht", AR, "de", ("hp", "em"), "Sachbearbeiter Einkauf", "Ihre Bewerbung: {role}",
     "Hallo {first}, Ihre Bewerbungsmappe ({role}) liegt uns vor. Eine Rückmeldung bekommen Sie so oder so bis zum {date}. Sollte es diesmal nicht passen, bleiben Ihre Unterlagen mit Ihrem Einverständnis ein Jahr in unserem Pool."),
    ("de-iv-leider-verschieben", IV, "de", ("em", "tx"), "Werkstudent Controlling", "Ihr Gesprächstermin",
     "Hallo {first}, leider müssen wir Ihren Termin als {role} verschieben, da die Fachabteilung erkrankt ist. Passt Ihnen {next} um 14 Uhr? Wir freuen uns auf das Gespräch."),
    ("de-wd-zurueckgezogen", OJ, "de", ("em", "hp"), "Projektleiter", "Rückzug Ihrer Bewerbung",
     "Guten Tag {first}, wir bestätigen, dass Sie Ihre Bewerbung als {role} zurückgezogen haben. Schade, aber wir verstehen das. Alles Gute für Ihren weiteren Weg."),
    ("de-news-teamleitung", HAM, "de", ("em",), "Teamleiterin", "Neue Teamleitung",
     "Liebe Kolleginnen und Kollegen, wir freuen uns, {other} als neue {role} im Kundenservice begrüßen zu dürfen. Sie wurde aus zahlreichen Bewerbungen ausgewählt."),
    ("de-rj-andere-entschieden", RJ, "de", ("hp", "em"), "Sachbearbeiter Einkauf", "Ihre Bewerbung: {role}",
     "Hallo {first}, Ihre Bewerbungsmappe ({role}) haben wir sorgfältig gelesen. Leider fiel unsere Wahl auf eine andere Bewerberin. Für Ihre Suche alles Gute."),
    ("fr-ack-quelle-que-soit", AR, "fr", ("hp", "em"), "Assistant commercial", "Votre candidature : {role}",
     "Bonjour {first}, votre dossier {role} est bien arrivé. Quelle que soit l'issue, vous recevrez une réponse avant le {date}. Sans retour de notre part d'ici là, votre dossier reste néanmoins à l'étude."),
    ("fr-iv-creneau-pris", IV, "fr", ("em", "tx"), "Chargée de clientèle", "Votre entretien",
     "Bonjour {first}, malheureusement le créneau de 14 h n'est plus disponible pour l'entretien de {role}. Pourriez-vous venir {next} à 16 h ? Merci de votre compréhension."),
    ("fr-of-desole-retard", OF, "fr", ("em",), "Comptable", "Proposition d'embauche",
     "Bonjour {first}, désolés pour ce délai de réponse. Bonne nouvelle : nous aimerions vous recruter comme {role}. La promesse d'embauche à signer arrive dans la journée."),
    ("fr-rj-pas-retenue", RJ, "fr", ("hp", "em"), "Assistant commercial", "Votre candidature : {role}",
     "Bonjour {first}, merci pour votre dossier {role}. Après examen, nous avons retenu une autre personne. Bonne chance pour la suite."),
    ("es-ack-en-cualquier-caso", AR, "es", ("hp", "em"), "Técnico de soporte", "Tu candidatura ha llegado",
     "Hola {first}, gracias por apuntarte al puesto de {role}. En cualquier caso te escribiremos antes del {date}; si esta vez no encaja, conservamos tu CV para otras ofertas."),
    ("es-ns-lamentamos-enlace", NS, "es", ("em", "hp"), "Analista de datos", "Nueva prueba técnica",
     "Hola {first}, lamentamos las molestias: el enlace de la prueba técnica para {role} caducó. Te enviamos uno nuevo; complétala antes del {date}."),
    ("es-nj-piso-alquilado", NJ, "es", ("em", "tx"), "Piso", "El piso de la calle del Carmen",
     "Hola {first}, siento decirte que el piso de la calle del Carmen ya está alquilado a otra persona. Te aviso si sale algo parecido por la zona."),
    ("es-rj-otro-perfil", RJ, "es", ("hp", "em"), "Técnico de soporte", "Tu candidatura",
     "Hola {first}, gracias por tu interés en la oferta de {role}. Tras revisar las candidaturas, hemos decidido seguir con otro perfil. Te deseamos mucha suerte."),
    ("pt-iv-remarcar", IV, "pt", ("em", "tx"), "Analista financeiro", "Sua entrevista",
     "Olá {first}, infelizmente a entrevista de {role} precisou mudar de data. A nova data é {next}, às 10h, pelo mesmo link. Pedimos desculpas pelo transtorno."),
    ("pt-ack-em-analise", AR, "pt", ("hp", "em"), "Assistente administrativo", "Status da candidatura",
     "Olá {first}, sua candidatura para {role} está em análise. Caso não seja selecionado para esta vaga, mantemos seu currículo para oportunidades futuras."),
    ("pt-rj-nao-seguir", RJ, "pt", ("hp", "em"), "Assistente administrativo", "Retorno da candidatura",
     "Olá {first}, obrigado por participar da seleção de {role}. Infelizmente não vamos seguir com a sua candidatura neste momento."),
    ("nl-iv-helaas-ziek", IV, "nl", ("em", "tx"), "Medewerker planning", "Je gesprek",
     "Hoi {first}, helaas is de teamleider ziek, dus ons gesprek over de functie {role} schuift op naar {next} om 10.00 uur. Kun je dan?"),
    ("nl-wd-ingetrokken", OJ, "nl", ("em", "hp"), "Accountmanager", "Je sollicitatie",
     "Hoi {first}, we hebben je bericht ontvangen dat je je sollicitatie als {role} intrekt. Jammer, maar begrijpelijk. Veel succes met je nieuwe baan!"),
    ("nl-rj-niet-door", RJ, "nl", ("em", "hp"), "Medewerker planning", "Je sollicitatie",
     "Hoi {first}, dank voor het gesprek over de functie {role}. We hebben besloten om niet met je verder te gaan; een andere kandidaat past beter bij het team."),
    ("it-ns-purtroppo-spostato", NS, "it", ("em", "hp"), "Impiegato amministrativo", "Colloquio spostato",
     "Ciao {first}, purtroppo il colloquio per {role} è stato spostato a {next} alle 11. Ci scusiamo per il disagio; il resto resta invariato."),
    ("it-ack-in-ogni-caso", AR, "it", ("hp", "em"), "Addetto vendite", "Candidatura ricevuta",
     "Gentile {first}, la sua candidatura per {role} è arrivata. In ogni caso le daremo un riscontro entro il {date}; qualora il profilo non fosse in linea, la conserveremo per altre posizioni."),
    ("it-rj-altri-profili", RJ, "it", ("hp", "em"), "Addetto vendite", "Esito candidatura",
     "Gentile {first}, grazie per l'interesse verso {role}. Purtroppo abbiamo scelto di proseguire con altri profili."),
)

REGIONS = {  # people, cities
    "us": ((("Shannon", "Kowalski"), ("Derrick", "Oyelaran"), ("Maribel", "Fuentes"), ("Troy", "Lindqvist")), ("Tulsa", "Omaha", "Boise", "Akron")),
    "uk": ((("Kirsty", "Pemberton"), ("Imran", "Hussain"), ("Bethan", "Lloyd"), ("Gareth", "Sowerby")), ("Wigan", "Swindon", "Carlisle", "Dundee")),
    "ie": ((("Siobhán", "Dunne"), ("Cathal", "Brennan"), ("Aoife", "Madden"), ("Fergal", "Keating")), ("Athlone", "Tralee", "Letterkenny", "Wexford")),
    "in": ((("Sneha", "Kulkarni"), ("Rahul", "Bhatt"), ("Farah", "Siddiqui"), ("Vignesh", "Iyer")), ("Indore", "Coimbatore", "Lucknow", "Bhopal")),
    "au": ((("Kristy", "Nguyen"), ("Damo", "Reilly"), ("Shelby", "Mackay"), ("Ravi", "Chandra")), ("Toowoomba", "Ballarat", "Mackay", "Wagga Wagga")),
    "ca": ((("Chantal", "Bouchard"), ("Tyler", "Okafor"), ("Mandeep", "Sandhu"), ("Kayla", "Whitehorse")), ("Kamloops", "Sudbury", "Saskatoon", "Kelowna")),
    "sg": ((("Hui Min", "Goh"), ("Farhan", "Ismail"), ("Deepa", "Pillai"), ("Wei Jie", "Ong")), ("Singapore", "Bedok", "Yishun", "Clementi")),
    "za": ((("Thandiwe", "Mokoena"), ("Pieter", "Botha"), ("Nomsa", "Khumalo"), ("Yusuf", "Ebrahim")), ("Polokwane", "George", "Bloemfontein", "Mahikeng")),
    "ng": ((("Ngozi", "Okafor"), ("Babatunde", "Alabi"), ("Halima", "Musa"), ("Chinedu", "Nwosu")), ("Abeokuta", "Jos", "Owerri", "Ilorin")),
    "de": ((("Anja", "Hoffmann"), ("Lukas", "Becker"), ("Merve", "Yilmaz"), ("Florian", "Schulte")), ("Münster", "Rostock", "Ulm", "Koblenz")),
    "fr": ((("Camille", "Rousseau"), ("Mehdi", "Haddad"), ("Julie", "Moreau"), ("Nicolas", "Faure")), ("Nantes", "Reims", "Caen", "Pau")),
    "es": ((("Lucía", "Navarro"), ("Javier", "Ortega"), ("Marta", "Iglesias"), ("Álvaro", "Serrano")), ("Valladolid", "Murcia", "Gijón", "Zaragoza")),
    "pt": ((("Juliana", "Ribeiro"), ("Thiago", "Carvalho"), ("Fernanda", "Lima"), ("Rafael", "Teixeira")), ("Campinas", "Curitiba", "Recife", "Goiânia")),
    "nl": ((("Sanne", "de Groot"), ("Daan", "Visser"), ("Fleur", "Bakker"), ("Bram", "Mulder")), ("Zwolle", "Breda", "Leeuwarden", "Apeldoorn")),
    "it": ((("Chiara", "Russo"), ("Matteo", "Colombo"), ("Giulia", "Ferri"), ("Davide", "Marino")), ("Bergamo", "Lecce", "Parma", "Trieste")),
}
ZONES = {"us": ("-0500", "-0600", "-0700"), "uk": ("+0000", "+0100"), "ie": ("+0000", "+0100"), "in": ("+0530",), "au": ("+1000", "+1100", "+0930"),
         "ca": ("-0500", "-0600", "-0800"), "sg": ("+0800",), "za": ("+0200",), "ng": ("+0100",), "de": ("+0100", "+0200"), "fr": ("+0100", "+0200"),
         "es": ("+0100", "+0200"), "pt": ("-0300",), "nl": ("+0100", "+0200"), "it": ("+0100", "+0200")}
PHONES = {"us": "+1 405 555 ####", "uk": "+44 7700 9#####", "ie": "+353 85 ### ####", "in": "+91 98### #####", "au": "+61 438 ### ###", "ca": "+1 306 555 ####",
          "sg": "+65 9### ####", "za": "+27 82 ### ####", "ng": "+234 803 ### ####", "de": "+49 151 #######", "fr": "+33 6 ## ## ## ##", "es": "+34 6## ### ###",
          "pt": "+55 19 9####-####", "nl": "+31 6 ########", "it": "+39 347 #######"}
SUFFIXES = {"uk": "Ltd", "ie": "Ltd", "us": "Inc.", "ca": "Inc.", "au": "Pty Ltd", "in": "Pvt. Ltd.", "sg": "Pte. Ltd.", "za": "(Pty) Ltd", "ng": "Limited",
            "de": "GmbH", "fr": "SAS", "es": "S.L.", "pt": "Ltda.", "nl": "B.V.", "it": "S.r.l."}
WORDS = ("Holdings", "Logistics", "Health", "Foods", "Systems", "Partners", "Energy", "Retail", "Analytics", "Engineering", "Services", "Media")
PREFIXES = ("Saltmarsh", "Quillon", "Brightwater", "Redfern", "Oakhurst", "Lumen", "Cobalt Ridge", "Harrowgate", "Marigold", "Northcape", "Tessellate", "Wyvern", "Amberley", "Crestline")
OTHER_NAMES = ("Priya Nair", "Owen Gallagher", "Adaeze Obi", "Marcus Chen", "Lena Fischer", "Sipho Dube", "Rosa Delgado", "Callum Ward")
STREETS = ("Albert Road", "Mill Street", "Queen's Parade", "Orchard Close")
SIGNOFF = {"de": "Viele Grüße", "fr": "Bien cordialement", "es": "Saludos", "pt": "Abraços", "nl": "Groet", "it": "Cordiali saluti"}
PLATFORM_TAIL = {
    "de": "Gesendet über Staffwell im Auftrag von {orgend} Ihre Daten verwalten Sie in Ihrem Kandidatenkonto.",
    "fr": "Envoyé via Staffwell pour le compte de {orgend} Gérez vos données depuis votre espace candidat.",
    "es": "Enviado a través de Staffwell en nombre de {orgend} Gestiona tus datos desde tu área de candidato.",
    "pt": "Enviado pela Staffwell em nome de {orgend} Gerencie seus dados na sua área de candidato.",
    "nl": "Verstuurd via Staffwell namens {orgend} Je gegevens beheer je in je kandidatenaccount.",
    "it": "Inviato tramite Staffwell per conto di {orgend} Gestisca i suoi dati dall'area candidato.",
}
BOTS = ("Robin", "Juno", "Sky", "Mira")
SCHOOLS = ("Northgate University Careers Hub", "Riverside College Careers Service", "St Aldric's University Employability Team", "Lakeshore Polytechnic Career Centre")


class Maker(MakerBase):
    # the family prefix and provenance ``add`` writes (a later batch's Maker sets its own)
    prefix = PREFIX
    provenance = PROVENANCE

    def context(self, region: str, role: str) -> dict:
        rng = self.rng
        people, cities = REGIONS[region]
        (hm, hm_sur), (first, surname) = rng.sample(people, 2)
        org = f"{rng.choice(PREFIXES)} {rng.choice(WORDS)} {SUFFIXES[region]}"
        sent = datetime(2018, 5, 2, 7, 0) + timedelta(days=rng.randrange(8 * 365), minutes=rng.randrange(13 * 60), seconds=rng.randrange(60))
        later = sent + timedelta(days=rng.randrange(3, 12))
        due = later + timedelta(days=rng.randrange(2, 9))
        before = sent - timedelta(days=rng.randrange(2, 8))
        return {
            "first": first, "surname": surname, "full": f"{first} {surname}", "hm": hm, "hm_full": f"{hm} {hm_sur}", "role": role,
            "org": org, "short": org.removesuffix(f" {SUFFIXES[region]}"), "dom": f"{ascii_slug(''.join(org.split(' ')[:2]))}.example",
            "region": region, "city": rng.choice(cities), "other": rng.choice(OTHER_NAMES), "street": rng.choice(STREETS),
            "next": f"{later:%A} {later.day} {MONTHS[later.month - 1]}", "date": f"{due.day} {MONTHS[due.month - 1]}",
            "day": f"{before:%A} {before.day} {MONTHS[before.month - 1]}", "sent": sent,
            "phone": re.sub("#", lambda _: str(rng.randrange(10)), PHONES[region]),
            "datehdr": f"{sent:%a, %d %b %Y %H:%M:%S} {rng.choice(ZONES[region])}",
        }

    def shell(self, code: str, region: str, subject: str, core: str, c: dict) -> tuple[str, str, str]:
        """The subject, body and sender of one channel around ``core``."""
        rng = self.rng
        org, short, dom, first, hm = c["org"], c["short"], c["dom"], c["first"], c["hm"]
        lang = region if region in SIGNOFF else ""
        if code == "em":  # a person's email
            hello = "" if "{first}" in core[:40] or core.startswith(("Hi all", "To all", "Dear all", "Dear families", "Dear members", "All staff", "The Board", "Liebe", "Hi team")) or c["first"] in core[:40] else f"Hi {first},\n\n"
            sign = f"{SIGNOFF[lang]},\n{c['hm_full']}" if lang else rng.choice((hm, c["hm_full"], f"{hm}\n{short}", f"Thanks,\n{c['hm_full']}\n{c['role']} hiring team, {short}"))
            tail = rng.choice(("", "", c["phone"], "Sent from my iPhone"))
            return (subject, f"{hello}{core}\n\n{sign}\n{tail}".strip(), f"{c['hm_full']} <{mailbox(c['hm_full'].replace(' ', '.'), 'hr')}@{dom}>")
        if code == "hp":  # a hiring platform's notification with its own footer
            orgend = org if org.endswith(".") else f"{org}."
            tail = PLATFORM_TAIL[lang].format(orgend=orgend) if lang else rng.choice((
                f"Sent by Staffwell on behalf of {orgend} Replies to this address go to the {short} hiring team.",
                f"Staffwell carries hiring mail for {orgend} Change how often Staffwell writes to you under Settings > Notifications."))
            return (subject, f"{short}\n\n{core}\n\n{short} Talent Team\n\n—\n{tail}", f"{short} via Staffwell <notifications@staffwell.example>")
        if code == "cb":  # a careers chatbot's transcript mailed after the chat
            bot = rng.choice(BOTS)
            t = c["sent"]
            return (f"Your chat with {bot} from {short}",
                    f"Transcript: {first} and {bot}, the {short} careers assistant, on {t.day} {MONTHS[t.month - 1]} at {t:%H:%M}.\n\nYou: Any news on my application for {c['role']}?\n{bot}: Let me check that for you, {first}.\n{bot}: {core}\nYou: ok thanks\n{bot}: Anything else I can help with? You can chat again any time on our careers site.\n\n{bot} is software and can get things wrong. Answer this mail with a question and someone from the people team takes it from there.",
                    f"{bot} at {short} Careers <careers-chat@{dom}>")
        if code == "tx":  # a text message relayed to email
            return (f"Text message from {c['phone']}",
                    f"New text message\nFrom: {c['phone']} ({hm}, {short})\nTo: your mobile\nReceived: {c['sent']:%d/%m %H:%M}\n\n{core}\n\n--\nTextMirror copies the texts you receive to this inbox. Reply by text, not to this email.",
                    "TextMirror <relay@textmirror.example>")
        if code == "cs":  # a university careers service passing an employer's words on
            school = rng.choice(SCHOOLS)
            adviser = rng.choice(("Ruth", "Kwame", "Anneke", "Sunil"))
            return (f"Fwd: {subject}",
                    f"Hi {first},\n\n{org} asked us to share the note below with every student who applied via our vacancy board.\n\n----- their message -----\n{core}\n----- end -----\n\nFancy a chat about it? Our advisers have 20-minute slots most weekdays.\n\n{adviser}\n{school}",
                    f"{school} <careers@{ascii_slug(school.split()[0])}uni.example>")
        if code == "sc":  # a scanned letter's text as the mail body
            ref = f"{ascii_slug(short)[:3].upper()}/{c['sent']:%Y}/{rng.randrange(100, 999)}"
            salute = "" if core.startswith(("Dear", "To all", "All staff", "The Board", "Good day", "Hi ", "Hello")) else f"Dear {first} {c['surname']},\n\n"
            return (subject,
                    f"[Text read from the attached scan: letter_{rng.randrange(1000, 9999)}.pdf]\n\n{org.upper()}\n{c['city']}\n\nOur ref: {ref}\n{c['sent'].day} {MONTHS[c['sent'].month - 1]} {c['sent'].year}\n\n{salute}{core}\n\nSincerely,\n\n{c['hm_full']}\nfor {org}\n\n[End of scanned text. The original is attached as a PDF.]",
                    f"{short} Records <letters@{dom}>")
        raise ValueError(code)

    def add(self, name: str, kind: str, region: str, code: str, role: str, subject: str, core: str) -> None:  # noqa: PLR0917 - a template's fields
        c = self.context(region, role)
        subj, body, sender = self.shell(code, region, subject.format(**c), core.format(**c), c)
        self.shells[(kind, code)] += 1
        self.regions[(region, "rejection" if kind == RJ else "other")] += 1
        to = f"{c['full']} <{mailbox(c['first'] + '.' + c['surname'], 'reader')}@inbox.example>"
        self.records.append(record(subj, body, sender, kind=kind, family=f"{self.prefix}-{name}", provenance=self.provenance, to=to, date=c["datehdr"]))


def build(maker: Maker | None = None) -> list[dict]:
    maker = maker or Maker(random.Random(SEED))
    for table in (EN, EN_RJ, LANG):
        for name, kind, region, shells, role, subject, core in table:
            for code in shells:
                maker.add(name, kind, region, code, role, subject, core)
    return finish(maker.records, maker.rng, "w48")


def langs(maker: Maker, records: list[dict]) -> int:
    """Print the make-up by kind, kind/shell and region (no message text)."""
    return makeup(records, (("kind / shell", maker.shells), ("region / label", maker.regions)), lengths(records))


def main(argv: list[str]) -> int:
    maker = Maker(random.Random(SEED))
    records = build(maker)
    return run(argv, OUT, records, lambda: langs(maker, records), skip=SKIP, labels=True)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
